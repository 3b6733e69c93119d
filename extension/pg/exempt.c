/*
 * exempt.c - scrutiny.item_exemption(title, body): how one item is judged
 * private (extension/core/exempt.c), as one row.
 *
 * Not strict: a NULL title or body reads as empty text, as the PL/pgSQL
 * function this replaces had it, so ingest never loses an item's row.
 */
#include "compat.h"

#include "access/htup_details.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "../core/exempt.h"
#include "segalloc.h"

#define EXEMPT_COLUMNS 6

/*
 * The row type, blessed once per call site: ingest calls this once per
 * item, and reading the OUT columns from the catalog each time would cost
 * more than judging most items.
 */
static TupleDesc
result_desc(FunctionCallInfo fcinfo)
{
	TupleDesc	desc = fcinfo->flinfo->fn_extra;

	if (desc == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
							errmsg("function returning record called in context that cannot accept type record")));
		desc = BlessTupleDesc(CreateTupleDescCopy(desc));
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = desc;
	}
	return desc;
}

PG_FUNCTION_INFO_V1(scrutiny_item_exemption);
Datum
scrutiny_item_exemption(PG_FUNCTION_ARGS)
{
	TupleDesc	desc = result_desc(fcinfo);
	text	   *title = PG_ARGISNULL(0) ? NULL : PG_GETARG_TEXT_PP(0);
	text	   *body = PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1);
	const char *t = title ? VARDATA_ANY(title) : "";
	size_t		tlen = title ? VARSIZE_ANY_EXHDR(title) : 0;
	const char *b = body ? VARDATA_ANY(body) : "";
	size_t		blen = body ? VARSIZE_ANY_EXHDR(body) : 0;
	exempt_judgement j = {0};
	Datum		values[EXEMPT_COLUMNS];
	bool		nulls[EXEMPT_COLUMNS] = {false, true, true, false, false, false};

	/* most items: no word to act on, and no need to join title and body */
	if (exempt_may_apply(t, tlen, b, blen))
	{
		/* the judgement reads title and body as one text, as the regexes did */
		char	   *joined = MemoryContextAllocHuge(CurrentMemoryContext, tlen + 1 + blen);
		const char *basis;

		memcpy(joined, t, tlen);
		joined[tlen] = '\n';
		memcpy(joined + tlen + 1, b, blen);
		exempt_judge(joined, tlen + 1 + blen, tlen, GetDatabaseEncoding() == PG_UTF8, &j,
					 scrutiny_check_cancel, NULL);
		if (j.has_paragraph)
		{
			char	   *list = MemoryContextAllocHuge(CurrentMemoryContext,
												 EXEMPT_PARAGRAPH_MAX(j.paragraph_end - j.paragraph_start));
			size_t		n = exempt_paragraph_format(joined, j.paragraph_start, j.paragraph_end, list);

			values[1] = PointerGetDatum(cstring_to_text_with_len(list, (int) n));
			nulls[1] = false;
			pfree(list);
		}
		basis = exempt_basis_name(j.basis);
		if (basis != NULL)
		{
			values[2] = CStringGetTextDatum(basis);
			nulls[2] = false;
		}
		pfree(joined);
	}
	values[0] = BoolGetDatum(j.exempt);
	values[3] = BoolGetDatum(j.excludes_following);
	values[4] = BoolGetDatum(j.readmits);
	values[5] = BoolGetDatum(j.readmits_first);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
