/*
 * documents.c - scrutiny.clean(doc), scrutiny.parts(doc) and
 * scrutiny.items(doc, held_on, heading_pattern): the structure of a minutes
 * document as SQL values and rows.
 *
 * The core (extension/core/segment.c and its stages) does the work on byte spans; this file
 * gives it palloc'd memory, checks for a cancel request in its long loops,
 * turns spans into text (NFKC-normalised) and 1-based character offsets.
 */
#include "compat.h"

#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/tuplestore.h"

#include "../core/mref.h"
#include "../core/segment.h"
#include "segalloc.h"
#include "charpos.h"
#include "docmemo.h"
#include "heading_pattern.h"
#include "minute_ref.h"
#include "textnorm.h"

/* The document's bytes; PostgreSQL text is below 1 GB, so offsets fit in 32 bits. */
static void
read_doc(text *doc, const char **s, size_t *len)
{
	*s = VARDATA_ANY(doc);
	*len = VARSIZE_ANY_EXHDR(doc);
}

/* Cleaned text of lines [from, to) as normalised text. */
static text *
clean_lines(const seg_doc *d, size_t from, size_t to)
{
	char	   *buf;
	size_t		n;
	text	   *t;

	if (from >= to)
		return cstring_to_text_with_len("", 0);
	buf = MemoryContextAllocHuge(CurrentMemoryContext,
								 d->lines[to - 1].end - d->lines[from].start + 1);
	n = seg_clean(d, from, to, buf);
	t = normalized_text(buf, n);
	pfree(buf);
	return t;
}

PG_FUNCTION_INFO_V1(scrutiny_clean);
Datum
scrutiny_clean(PG_FUNCTION_ARGS)
{
	const char *s;
	size_t		len;
	seg_doc		d;
	text	   *result;

	read_doc(PG_GETARG_TEXT_PP(0), &s, &len);
	seg_lines(&d, s, len, &scrutiny_palloc_alloc);
	result = clean_lines(&d, 0, d.nlines);
	seg_free(&d, &scrutiny_palloc_alloc);
	PG_RETURN_TEXT_P(result);
}

/* Last line of [first, end) with text, for a part's or item's span. */
static size_t
last_text_line(const seg_doc *d, size_t first, size_t end)
{
	for (size_t j = end; j-- > first;)
	{
		if ((j & 4095) == 0)
			CHECK_FOR_INTERRUPTS();
		if (!(d->lines[j].flags & (SEG_BLANK | SEG_FURNITURE)))
			return j;
	}
	return first;
}

PG_FUNCTION_INFO_V1(scrutiny_parts);
Datum
scrutiny_parts(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const char *s;
	size_t		len;
	seg_doc		d;
	CharCursor	cur;

	scrutiny_materialize(fcinfo);
	read_doc(PG_GETARG_TEXT_PP(0), &s, &len);
	seg_lines(&d, s, len, &scrutiny_palloc_alloc);
	seg_parts(&d, &scrutiny_palloc_alloc);
	char_cursor_init(&cur, s);
	for (size_t p = 0; p < d.nparts; p++)
	{
		const seg_part *part = &d.parts[p];
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};
		size_t		last = last_text_line(&d, part->first, part->end);
		int64		start;
		int64		end;

		CHECK_FOR_INTERRUPTS();
		start = char_cursor_offset(&cur, d.lines[part->first].start);
		end = char_cursor_offset(&cur, d.lines[last].end);
		values[0] = Int32GetDatum((int32) p + 1);
		values[1] = CStringGetTextDatum(seg_part_kind_name(part->kind));
		if (part->title_line == SIZE_MAX)
			nulls[2] = true;
		else
		{
			const seg_line *l = &d.lines[part->title_line];
			size_t		te = l->tend;

			/* A bold title broken over two lines ("**Minutes of the X" / "Board**") */
			if (part->title_line + 1 < part->end &&
				!(d.lines[part->title_line + 1].flags & (SEG_BLANK | SEG_FURNITURE)))
			{
				size_t		stars = 0;

				for (size_t k = l->start; k + 1 < l->end; k++)
					if (s[k] == '*' && s[k + 1] == '*')
					{
						stars++;
						k++;
					}
				if (stars % 2 == 1)
					te = d.lines[part->title_line + 1].tend;
			}
			values[2] = PointerGetDatum(inline_text(s + l->tstart, te - l->tstart));
		}
		values[3] = Int32GetDatum((int32) (start + 1));
		values[4] = Int32GetDatum((int32) (end - start));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	seg_free(&d, &scrutiny_palloc_alloc);
	PG_RETURN_NULL();
}

/* The municipal year (May to April) of held_on, or 0 when there is none. */
static int
municipal_year_of(FunctionCallInfo fcinfo)
{
	int			year;

	if (PG_NARGS() < 2 || PG_ARGISNULL(1) || !date_municipal_year(PG_GETARG_DATEADT(1), &year))
		return 0;
	return year;
}

/* The minute_ref of an item, or false when no year is known. */
static bool
item_ref(const seg_item *it, int municipal_year, mref *out)
{
	mref_parts parts;

	if (it->code != 0)
	{
		*out = it->code;
		return true;
	}
	if (it->number <= 0)
		return false;
	memset(&parts, 0, sizeof(parts));
	parts.number = it->number;
	parts.sub[0] = it->sub;
	parts.year = it->year > 0 ? it->year : municipal_year;
	if (parts.year == 0)
		return false;
	return mref_pack(&parts, out);
}

PG_FUNCTION_INFO_V1(scrutiny_items);
Datum
scrutiny_items(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const char *s;
	doc_ref		doc;
	seg_doc		own;
	bool		owned;
	const seg_doc *structure;
	seg_doc		d;
	seg_item   *pattern_items = NULL;
	CharCursor	cur;
	int			myear;

	scrutiny_materialize(fcinfo);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	doc = doc_memo_text(fcinfo, 0);
	s = doc.s;
	myear = municipal_year_of(fcinfo);
	structure = doc_memo_structure(&doc, &own, &owned);
	d = *structure;
	if (PG_NARGS() >= 3 && !PG_ARGISNULL(2))
	{
		/* the caller's headings over the same lines and parts; the built-in items stay as they are */
		d.items = NULL;
		d.nitems = 0;
		heading_pattern_items(&d, PG_GETARG_TEXT_PP(2), &scrutiny_palloc_alloc);
		pattern_items = d.items;
	}

	char_cursor_init(&cur, s);
	for (size_t k = 0; k < d.nitems; k++)
	{
		const seg_item *it = &d.items[k];
		Datum		values[7];
		bool		nulls[7] = {false, false, false, false, false, false, false};
		mref		ref;
		int64		start;
		int64		end;
		text	   *body;

		CHECK_FOR_INTERRUPTS();
		values[0] = Int32GetDatum((int32) k + 1);
		if (item_ref(it, myear, &ref))
			values[1] = MinuteRefGetDatum(ref);
		else
			nulls[1] = true;
		if (it->label_end > it->label_start)
			values[2] = PointerGetDatum(inline_text(s + it->label_start,
													 it->label_end - it->label_start));
		else
			nulls[2] = true;	/* an unnumbered document's heading */
		if (it->title_end > it->title_start)
		{
			char	   *buf = palloc(it->title_end - it->title_start + 1);
			size_t		n = seg_clean_title(&d, it, buf);

			values[3] = PointerGetDatum(normalized_text(buf, n));
			pfree(buf);
		}
		else
			nulls[3] = true;
		if (it->body_first < it->body_end)
		{
			char	   *buf = MemoryContextAllocHuge(CurrentMemoryContext,
													 d.lines[it->body_end - 1].end -
													 d.lines[it->body_first].start + 1);
			size_t		n = seg_clean_body(&d, it, buf);

			body = normalized_text(buf, n);
			pfree(buf);
		}
		else
			body = cstring_to_text_with_len("", 0);
		if (it->orphan_end > it->orphan_first)
		{
			/* A decision printed after the signature joins the item it was made on. */
			size_t		olen = d.lines[it->orphan_end - 1].end - d.lines[it->orphan_first].start;
			char	   *buf = MemoryContextAllocHuge(CurrentMemoryContext, olen + 4);
			size_t		n = seg_clean_orphan(&d, it, buf);
			text	   *orphan = normalized_text(buf, n);
			size_t		blen = VARSIZE_ANY_EXHDR(body);
			size_t		ol = VARSIZE_ANY_EXHDR(orphan);
			text	   *joined = (text *) MemoryContextAllocHuge(CurrentMemoryContext,
																 VARHDRSZ + blen + 2 + ol);

			memcpy(VARDATA(joined), VARDATA_ANY(body), blen);
			memcpy(VARDATA(joined) + blen, "\n\n", 2);
			memcpy(VARDATA(joined) + blen + 2, VARDATA_ANY(orphan), ol);
			SET_VARSIZE(joined, VARHDRSZ + blen + 2 + ol);
			pfree(buf);
			pfree(orphan);
			pfree(body);
			body = joined;
		}
		values[4] = PointerGetDatum(body);
		start = char_cursor_offset(&cur, it->start);
		end = char_cursor_offset(&cur, it->end);
		values[5] = Int32GetDatum((int32) (start + 1));
		values[6] = Int32GetDatum((int32) (end - start));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		for (int v = 2; v <= 4; v++)
			if (!nulls[v])
				pfree(DatumGetPointer(values[v]));
	}
	if (pattern_items)
		pfree(pattern_items);
	if (owned)
		seg_free(&own, &scrutiny_palloc_alloc);
	PG_RETURN_NULL();
}
