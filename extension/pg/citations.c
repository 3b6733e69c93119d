/*
 * citations.c - scrutiny.citations(item, held_on): the earlier minutes an
 * item cites, as rows (ref, label, relation, start, len).
 *
 * The core (extension/core/cite.c) finds the references and their
 * relations; this file dates the ones printed without a year in the
 * municipal year of held_on (NULL ref without it), and turns byte spans into
 * 1-based character offsets.
 */
#include "compat.h"

#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/tuplestore.h"

#include "../core/cite.h"
#include "charpos.h"
#include "minute_ref.h"
#include "segalloc.h"

typedef struct emit_state
{
	ReturnSetInfo *rsinfo;
	const char *text;
	CharCursor	cur;
	int			year;			/* municipal year of held_on, 0 when none */
} emit_state;

static bool
emit_citation(void *ctx, const cite_match *m)
{
	emit_state *st = ctx;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};
	mref		ref;
	int64		start;

	CHECK_FOR_INTERRUPTS();
	if (m->value != 0 || (st->year > 0 && cite_with_year(m, st->year, &ref)))
		values[0] = MinuteRefGetDatum(m->value != 0 ? m->value : ref);
	else
		nulls[0] = true;
	/* A label is ASCII: its byte length is its character length. */
	values[1] = PointerGetDatum(cstring_to_text_with_len(st->text + m->start, (int) m->len));
	values[2] = CStringGetTextDatum(cite_relation_name(m->relation));
	start = char_cursor_offset(&st->cur, m->start);
	values[3] = Int32GetDatum((int32) (start + 1));
	values[4] = Int32GetDatum((int32) m->len);
	tuplestore_putvalues(st->rsinfo->setResult, st->rsinfo->setDesc, values, nulls);
	pfree(DatumGetPointer(values[1]));
	pfree(DatumGetPointer(values[2]));
	return true;
}

PG_FUNCTION_INFO_V1(scrutiny_citations);
Datum
scrutiny_citations(PG_FUNCTION_ARGS)
{
	text	   *item;
	emit_state	st;

	scrutiny_materialize(fcinfo);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	item = PG_GETARG_TEXT_PP(0);
	st.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	st.text = VARDATA_ANY(item);
	st.year = 0;
	if (PG_NARGS() >= 2 && !PG_ARGISNULL(1) && !date_municipal_year(PG_GETARG_DATEADT(1), &st.year))
		st.year = 0;
	char_cursor_init(&st.cur, st.text);
	cite_scan(st.text, VARSIZE_ANY_EXHDR(item), emit_citation, scrutiny_check_cancel, &st);
	PG_RETURN_NULL();
}
