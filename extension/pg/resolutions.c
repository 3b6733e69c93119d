/*
 * resolutions.c - scrutiny.resolutions(item): the single resolutions of a
 * minute item's decision blocks, with their kind and any vote.
 */
#include "compat.h"

#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "../core/resolve.h"
#include "charpos.h"
#include "segalloc.h"
#include "textnorm.h"

typedef struct emit_state
{
	ReturnSetInfo *rsinfo;
	const char *text;
	CharCursor	cur;
	int32		ordinal;
} emit_state;

static bool
emit_resolution(void *ctx, const res_entry *e)
{
	emit_state *st = ctx;
	Datum		values[10];
	bool		nulls[10] = {false};
	size_t		cap = (e->lead_end - e->lead_start) + (e->end - e->start) + 2;
	char	   *buf = palloc(cap);
	size_t		n = res_render(st->text, e, buf);
	int64		start;
	int64		end;

	CHECK_FOR_INTERRUPTS();
	values[0] = Int32GetDatum(++st->ordinal);
	if (e->label_end > e->label_start)
		values[1] = PointerGetDatum(cstring_to_text_with_len(st->text + e->label_start,
															 (int) (e->label_end - e->label_start)));
	else
		nulls[1] = true;
	values[2] = PointerGetDatum(normalized_text(buf, n));
	values[3] = CStringGetTextDatum(res_kind_name(e->kind));
	start = char_cursor_offset(&st->cur, e->start);
	end = char_cursor_offset(&st->cur, e->end);
	values[4] = Int32GetDatum((int32) (start + 1));
	values[5] = Int32GetDatum((int32) (end - start));
	values[6] = Int32GetDatum(e->votes_for);
	nulls[6] = e->votes_for < 0;
	values[7] = Int32GetDatum(e->votes_against);
	nulls[7] = e->votes_against < 0;
	values[8] = Int32GetDatum(e->abstentions);
	nulls[8] = e->abstentions < 0;
	values[9] = BoolGetDatum(e->carried > 0);
	nulls[9] = e->carried < 0;
	tuplestore_putvalues(st->rsinfo->setResult, st->rsinfo->setDesc, values, nulls);
	pfree(buf);
	for (int v = 1; v <= 3; v++)
		if (!nulls[v])
			pfree(DatumGetPointer(values[v]));
	return true;
}

PG_FUNCTION_INFO_V1(scrutiny_resolutions);
Datum
scrutiny_resolutions(PG_FUNCTION_ARGS)
{
	text	   *item = PG_GETARG_TEXT_PP(0);
	emit_state	st;

	scrutiny_materialize(fcinfo);
	st.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	st.text = VARDATA_ANY(item);
	st.ordinal = 0;
	char_cursor_init(&st.cur, st.text);
	res_scan(st.text, VARSIZE_ANY_EXHDR(item), emit_resolution, scrutiny_check_cancel, &st);
	PG_RETURN_NULL();
}
