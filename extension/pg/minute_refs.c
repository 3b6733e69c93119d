/*
 * minute_refs.c - scrutiny.minute_refs(doc): the minute references cited in
 * a text, as rows (ref, label, start, len).
 */
#include "compat.h"

#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "charpos.h"
#include "minute_ref.h"

/* Bytes scanned between two checks for a cancel request. */
#define SCAN_SLICE (256 * 1024)

PG_FUNCTION_INFO_V1(minute_refs);
Datum
minute_refs(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(doc);
	size_t		len = VARSIZE_ANY_EXHDR(doc);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	mref_scanner sc;
	mref_match	m;
	CharCursor	cur;

	scrutiny_materialize(fcinfo);
	char_cursor_init(&cur, s);
	mref_scan_init(&sc, s, len);

	while (sc.pos < len)
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		int64		start;

		CHECK_FOR_INTERRUPTS();
		if (!mref_scan_next(&sc, &m, sc.pos + SCAN_SLICE))
			continue;
		start = char_cursor_offset(&cur, m.start);
		values[0] = MinuteRefGetDatum(m.value);
		/* A label is ASCII: its byte length is its character length. */
		values[1] = PointerGetDatum(cstring_to_text_with_len(s + m.start, (int) m.len));
		values[2] = Int32GetDatum((int32) (start + 1));
		values[3] = Int32GetDatum((int32) m.len);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		/* The tuplestore keeps its own copy; without this, memory grows per row. */
		pfree(DatumGetPointer(values[1]));
	}
	PG_RETURN_NULL();
}
