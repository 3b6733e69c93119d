/*
 * spans.c - many substrings of one text, cut in one pass.
 *
 * substr(doc, start, len) counts characters from the start of doc at each
 * call, so cutting a document of n characters into its k items, as
 * derive_document does for the public text and the pages, read the
 * document k times over: one 25 MB document with multibyte characters
 * took 18 minutes to ingest.  text_spans() sorts the spans' bounds and
 * finds them all in one walk through the text.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"

/* One end of a span: its 0-based character offset, which end of which span, its byte offset. */
typedef struct
{
	int64		chr;
	int			end_index;		/* 2 * span, + 1 for the span's end */
	size_t		byte;
} span_bound;

static int
bound_order(const void *a, const void *b)
{
	int64		x = ((const span_bound *) a)->chr;
	int64		y = ((const span_bound *) b)->chr;

	return x < y ? -1 : x > y;
}

/* Characters walked between two checks for a cancel. */
#define SPAN_CANCEL_CHARS (1 << 20)

/* The byte offset of each bound in data[0..len), bounds sorted by character. */
static void
locate_bounds(const char *data, size_t len, span_bound *bounds, int nbounds)
{
	int			encoding_max = pg_database_encoding_max_length();
	bool		utf8 = GetDatabaseEncoding() == PG_UTF8;
	size_t		p = 0;
	int64		c = 0;
	int64		next_check = SPAN_CANCEL_CHARS;

	for (int i = 0; i < nbounds; i++)
	{
		span_bound *b = &bounds[i];

		if (encoding_max == 1)
		{
			b->byte = b->chr < (int64) len ? (size_t) b->chr : len;
			continue;
		}
		while (c < b->chr && p < len)
		{
			if (utf8)
			{
				/* a character is its lead byte and the continuation bytes (10xxxxxx) after it */
				p++;
				while (p < len && ((unsigned char) data[p] & 0xC0) == 0x80)
					p++;
			}
			else
			{
				size_t		n = (size_t) pg_mblen(data + p);

				p = n < len - p ? p + n : len;
			}
			if (++c >= next_check)
			{
				CHECK_FOR_INTERRUPTS();
				next_check += SPAN_CANCEL_CHARS;
			}
		}
		b->byte = p;
	}
}

PG_FUNCTION_INFO_V1(scrutiny_text_spans);

/*
 * text_spans(doc, starts, lens): element i is substr(doc, starts[i],
 * lens[i]), or substr(doc, starts[i]) when lens[i] is NULL; NULL when
 * starts[i] is.
 */
Datum
scrutiny_text_spans(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	ArrayType  *starts_array = PG_GETARG_ARRAYTYPE_P(1);
	ArrayType  *lens_array = PG_GETARG_ARRAYTYPE_P(2);
	const char *data = VARDATA_ANY(doc);
	size_t		len = VARSIZE_ANY_EXHDR(doc);
	Datum	   *starts;
	Datum	   *lens;
	bool	   *start_nulls;
	bool	   *len_nulls;
	int			nstarts;
	int			nlens;
	span_bound *bounds;
	size_t	   *byte_of;
	Datum	   *spans;
	bool	   *span_nulls;
	int			dims[1];
	int			lower_bounds[1] = {1};

	if (ARR_NDIM(starts_array) > 1 || ARR_NDIM(lens_array) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("starts and lens must be one-dimensional arrays")));
	deconstruct_array(starts_array, INT4OID, sizeof(int32), true, TYPALIGN_INT,
					  &starts, &start_nulls, &nstarts);
	deconstruct_array(lens_array, INT4OID, sizeof(int32), true, TYPALIGN_INT,
					  &lens, &len_nulls, &nlens);
	if (nstarts != nlens)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("starts has %d elements and lens %d", nstarts, nlens),
				 errhint("Give one length (or NULL, for the rest of the text) for each start.")));
	if (nstarts == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));

	bounds = palloc(sizeof(span_bound) * 2 * (size_t) nstarts);
	for (int i = 0; i < nstarts; i++)
	{
		/* substr()'s reading of a start before 1: the span still ends at start + len */
		int64		start = start_nulls[i] ? 1 : DatumGetInt32(starts[i]);
		int64		from = start > 1 ? start - 1 : 0;
		int64		to = start_nulls[i] ? from : PG_INT64_MAX;

		if (!start_nulls[i] && !len_nulls[i])
		{
			int64		n = DatumGetInt32(lens[i]);

			if (n < 0)
				ereport(ERROR,
						(errcode(ERRCODE_SUBSTRING_ERROR),
						 errmsg("negative substring length not allowed"),
						 errhint("Element %d of lens is %lld.", i + 1, (long long) n)));
			to = start - 1 + n;
			if (to < from)
				to = from;
		}
		bounds[2 * i] = (span_bound) {from, 2 * i, 0};
		bounds[2 * i + 1] = (span_bound) {to, 2 * i + 1, 0};
	}
	qsort(bounds, 2 * (size_t) nstarts, sizeof(span_bound), bound_order);
	locate_bounds(data, len, bounds, 2 * nstarts);

	byte_of = palloc(sizeof(size_t) * 2 * (size_t) nstarts);
	for (int i = 0; i < 2 * nstarts; i++)
		byte_of[bounds[i].end_index] = bounds[i].byte;
	pfree(bounds);

	spans = palloc(sizeof(Datum) * (size_t) nstarts);
	span_nulls = palloc(sizeof(bool) * (size_t) nstarts);
	for (int i = 0; i < nstarts; i++)
	{
		span_nulls[i] = start_nulls[i];
		spans[i] = start_nulls[i] ? (Datum) 0 :
			PointerGetDatum(cstring_to_text_with_len(data + byte_of[2 * i],
													 (int) (byte_of[2 * i + 1] - byte_of[2 * i])));
	}
	dims[0] = nstarts;
	PG_RETURN_ARRAYTYPE_P(construct_md_array(spans, span_nulls, 1, dims, lower_bounds,
											 TEXTOID, -1, false, TYPALIGN_INT));
}
