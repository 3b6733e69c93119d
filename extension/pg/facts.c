/*
 * facts.c - scrutiny.actions(item, held_on), scrutiny.amounts(item) and
 * scrutiny.percentages(item).
 *
 * actions() runs the core action scanner (extension/core/actions.c);
 * amounts() and percentages() are the money and percent tokens of the
 * tokenizer with their normalised values, so there is one money scanner in
 * the code base.
 */
#include "compat.h"

#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/numeric.h"
#include "utils/tuplestore.h"

#include "../core/actions.h"
#include "../core/resolve.h"
#include "../core/textutil.h"
#include "charpos.h"
#include "textnorm.h"
#include "tsearch.h"
#include "segalloc.h"

typedef struct action_state
{
	ReturnSetInfo *rsinfo;
	const char *text;
	int32		ordinal;
} action_state;

/* Text of s[0..len) with white space collapsed and list markup dropped. */
static text *
plain_text(const char *s, size_t len)
{
	char	   *buf = palloc(len + 1);
	size_t		n = 0;
	bool		space = false;
	text	   *t;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
		{
			space = n > 0;
			continue;
		}
		if (c == '*' && i + 1 < len && s[i + 1] == '*')
		{
			i++;				/* bold markup */
			continue;
		}
		if (space)
			buf[n++] = ' ';
		space = false;
		buf[n++] = (char) c;
	}
	t = normalized_text(buf, n);
	pfree(buf);
	return t;
}

static bool
emit_action(void *ctx, const act_entry *a)
{
	action_state *st = ctx;
	Datum		values[7];
	bool		nulls[7] = {false};

	CHECK_FOR_INTERRUPTS();
	values[0] = Int32GetDatum(++st->ordinal);
	if (a->res != NULL)
	{
		const res_entry *e = a->res;
		size_t		cap = (e->lead_end - e->lead_start) + (e->end - e->start) + 2;
		char	   *buf = palloc(cap);
		size_t		n = res_render(st->text, e, buf);

		/* the same wording as scrutiny.resolutions() gives */
		values[1] = PointerGetDatum(normalized_text(buf, n));
		pfree(buf);
	}
	else
		values[1] = PointerGetDatum(plain_text(st->text + a->start, a->end - a->start));
	values[2] = CStringGetTextDatum(act_kind_name(a->kind));
	if (a->owner_end > a->owner_start)
		values[3] = PointerGetDatum(plain_text(st->text + a->owner_start,
											   a->owner_end - a->owner_start));
	else
		nulls[3] = true;
	if (a->due_end > a->due_start)
		values[4] = PointerGetDatum(plain_text(st->text + a->due_start,
											   a->due_end - a->due_start));
	else
		nulls[4] = true;
	if (a->due_year > 0)
		values[5] = DateADTGetDatum(date2j(a->due_year, a->due_month, a->due_day) -
									POSTGRES_EPOCH_JDATE);
	else
		nulls[5] = true;
	if (a->res_ordinal > 0)
		values[6] = Int32GetDatum(a->res_ordinal);
	else
		nulls[6] = true;
	tuplestore_putvalues(st->rsinfo->setResult, st->rsinfo->setDesc, values, nulls);
	for (int v = 1; v <= 4; v++)
		if (!nulls[v])
			pfree(DatumGetPointer(values[v]));
	return true;
}

PG_FUNCTION_INFO_V1(scrutiny_actions);
Datum
scrutiny_actions(PG_FUNCTION_ARGS)
{
	text	   *item;
	action_state st;
	int			y = 0,
				m = 0,
				d = 0;

	scrutiny_materialize(fcinfo);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	item = PG_GETARG_TEXT_PP(0);
	if (PG_NARGS() > 1 && !PG_ARGISNULL(1))
	{
		DateADT		held = PG_GETARG_DATEADT(1);

		/* infinite dates give no year to lend */
		if (!DATE_NOT_FINITE(held))
			j2date(held + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	}
	st.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	st.text = VARDATA_ANY(item);
	st.ordinal = 0;
	act_scan(st.text, VARSIZE_ANY_EXHDR(item), y, m, d, emit_action, scrutiny_check_cancel, &st);
	PG_RETURN_NULL();
}

/*
 * Can text hold a token of the type?  A money token holds "£" and a
 * percentage "%", "percent" or "per cent" (the tokenizer's forms); most
 * items hold neither, and these searches (memchr underneath) spare
 * tokenizing them.
 */
static bool
could_hold(const char *s, size_t len, tok_type want)
{
	if (want == TOK_MONEY)
	{
		for (const char *p = s; (p = memchr(p, 0xA3, len - (size_t) (p - s))) != NULL; p++)
			if (p > s && (unsigned char) p[-1] == 0xC2)
				return true;
		return false;
	}
	return memchr(s, '%', len) != NULL || tu_find_ci(s, len, "percent") < len ||
		tu_find_ci(s, len, "per cent") < len;
}

/*
 * The money (or percent) tokens of an item.  Values are built from the
 * tokenizer's normalised value string, so numeric_in decides what a
 * number is.
 */
static void
scan_tokens(FunctionCallInfo fcinfo, tok_type want)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(doc);
	size_t		len = VARSIZE_ANY_EXHDR(doc);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	tok_break  *brk = scrutiny_word_breaker();
	char	   *value = palloc(TOK_VALUE_MAX(TOK_MAX_LEN) + 1);
	tok_scanner sc;
	tok_token	tok;
	CharCursor	cur;
	uint32		n = 0;

	if (!could_hold(s, len, want))
	{
		pfree(value);
		return;
	}
	char_cursor_init(&cur, s);
	tok_init(&sc, s, len, brk);
	sc.tick = scrutiny_check_cancel;
	while (tok_next(&sc, &tok))
	{
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};
		int			c = 0;
		size_t		vlen;
		int64		start;
		int64		end;

		if ((++n & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		if (tok.type != want)
			continue;
		vlen = tok_value(tok.type, s + tok.start, tok.len, value, TOK_VALUE_MAX(TOK_MAX_LEN));
		if (want == TOK_PERCENT && vlen > 0 && value[vlen - 1] == '%')
			vlen--;
		value[vlen] = '\0';
		/* a value that is not a plain number would make numeric_in raise an error */
		if (vlen == 0 || strspn(value, "0123456789.-") != vlen)
			continue;
		start = char_cursor_offset(&cur, tok.start);
		end = char_cursor_offset(&cur, tok.start + tok.len);
		values[c++] = DirectFunctionCall3(numeric_in, CStringGetDatum(value),
										  ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
		if (want == TOK_MONEY)
			values[c++] = CStringGetTextDatum("GBP");
		values[c++] = PointerGetDatum(normalized_text(s + tok.start, tok.len));
		values[c++] = Int32GetDatum((int32) (start + 1));
		values[c++] = Int32GetDatum((int32) (end - start));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		for (int v = 0; v < c - 2; v++)
			pfree(DatumGetPointer(values[v]));
	}
	pfree(value);
}

PG_FUNCTION_INFO_V1(scrutiny_amounts);
Datum
scrutiny_amounts(PG_FUNCTION_ARGS)
{
	scrutiny_materialize(fcinfo);
	scan_tokens(fcinfo, TOK_MONEY);
	PG_RETURN_NULL();
}

PG_FUNCTION_INFO_V1(scrutiny_percentages);
Datum
scrutiny_percentages(PG_FUNCTION_ARGS)
{
	scrutiny_materialize(fcinfo);
	scan_tokens(fcinfo, TOK_PERCENT);
	PG_RETURN_NULL();
}
