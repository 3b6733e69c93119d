/*
 * people.c - scrutiny.attendance(doc) and scrutiny.declarations(doc): who
 * attended a meeting and who declared an interest.
 *
 * The core (extension/core/people.c) finds the people as byte spans over the
 * document's structure from segment.c; this file gives both palloc'd memory
 * with a cancel check, and turns spans into one-line, NFKC-normalised text.
 */
#include "compat.h"

#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "../core/people.h"
#include "../core/segment.h"
#include "docmemo.h"
#include "segalloc.h"
#include "textnorm.h"

/* doc[s..e) on one line (markup stripped, white space collapsed), or NULL when empty. */
static text *
span_text(const char *doc, uint32_t s, uint32_t e)
{
	text	   *t;

	if (e <= s)
		return NULL;
	t = inline_text(doc + s, e - s);
	return VARSIZE_ANY_EXHDR(t) > 0 ? t : NULL;
}

static void
set_text(Datum *values, bool *nulls, int col, text *t)
{
	values[col] = PointerGetDatum(t);
	nulls[col] = t == NULL;
}

PG_FUNCTION_INFO_V1(scrutiny_attendance);
Datum
scrutiny_attendance(PG_FUNCTION_ARGS)
{
	doc_ref		doc = doc_memo_text(fcinfo, 0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	seg_doc		own;
	bool		owned;
	const seg_doc *d;
	pp_result	r;
	int32		ordinal = 0;

	scrutiny_materialize(fcinfo);
	d = doc_memo_structure(&doc, &own, &owned);
	pp_attendance(d, &r, &scrutiny_palloc_alloc);
	for (size_t i = 0; i < r.npeople; i++)
	{
		const pp_person *p = &r.people[i];
		Datum		values[7];
		bool		nulls[7] = {false};
		StringInfoData hon;

		CHECK_FOR_INTERRUPTS();
		set_text(values, nulls, 1, span_text(d->doc, p->name_start, p->name_end));
		if (p->nhon > 0)
		{
			initStringInfo(&hon);
			for (int h = 0; h < p->nhon; h++)
				appendStringInfo(&hon, "%s%s", h ? " " : "", pp_honorific_name(p->hon[h]));
			set_text(values, nulls, 2, cstring_to_text(hon.data));
			pfree(hon.data);
		}
		else
			nulls[2] = true;
		if (p->role_fixed)
			set_text(values, nulls, 3, cstring_to_text(p->role_fixed));
		else
			set_text(values, nulls, 3, span_text(d->doc, p->role_start, p->role_end));
		values[4] = CStringGetTextDatum(pp_category_name(p->category));
		values[5] = CStringGetTextDatum(pp_status_name(p->status));
		set_text(values, nulls, 6, span_text(d->doc, p->org_start, p->org_end));
		if (nulls[1])
			continue;
		values[0] = Int32GetDatum(++ordinal);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		for (int c = 1; c < 7; c++)
			if (!nulls[c])
				pfree(DatumGetPointer(values[c]));
	}
	pp_free(&r, &scrutiny_palloc_alloc);
	if (owned)
		seg_free(&own, &scrutiny_palloc_alloc);
	PG_RETURN_NULL();
}

PG_FUNCTION_INFO_V1(scrutiny_declarations);
Datum
scrutiny_declarations(PG_FUNCTION_ARGS)
{
	doc_ref		doc = doc_memo_text(fcinfo, 0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	seg_doc		own;
	bool		owned;
	const seg_doc *d;
	pp_result	r;

	scrutiny_materialize(fcinfo);
	d = doc_memo_structure(&doc, &own, &owned);
	pp_declarations(d, &r, &scrutiny_palloc_alloc);
	for (size_t i = 0; i < r.ndecls; i++)
	{
		const pp_decl *x = &r.decls[i];
		Datum		values[4];
		bool		nulls[4] = {false};
		const char *kind = pp_kind_name(x->kind);

		CHECK_FOR_INTERRUPTS();
		set_text(values, nulls, 0, span_text(d->doc, x->name_start, x->name_end));
		set_text(values, nulls, 1, span_text(d->doc, x->label_start, x->label_end));
		set_text(values, nulls, 2, span_text(d->doc, x->interest_start, x->interest_end));
		if (kind)
			values[3] = CStringGetTextDatum(kind);
		else
			nulls[3] = true;
		if (nulls[0])
			continue;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		for (int c = 0; c < 4; c++)
			if (!nulls[c])
				pfree(DatumGetPointer(values[c]));
	}
	pp_free(&r, &scrutiny_palloc_alloc);
	if (owned)
		seg_free(&own, &scrutiny_palloc_alloc);
	PG_RETURN_NULL();
}
