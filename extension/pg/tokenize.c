/*
 * tokenize.c - scrutiny.tokenize(doc): every token of a text with its type,
 * the text as written, its normalised value and 1-based character offsets.
 */
#include "compat.h"

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "charpos.h"
#include "segalloc.h"
#include "tsearch.h"

static tok_break *word_breaker = NULL;

tok_break *
scrutiny_word_breaker(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("scrutiny text search needs a UTF8 database"),
				 errdetail("The database encoding is %s.", GetDatabaseEncodingName())));
	if (word_breaker == NULL)
	{
		word_breaker = tok_break_open();
		if (word_breaker == NULL)
			elog(ERROR, "could not open an ICU word break iterator");
	}
	return word_breaker;
}

/* A text datum built in a reusable buffer of TOK_VALUE_MAX(TOK_MAX_LEN) bytes. */
static Datum
text_in_buffer(text *buf, const char *s, size_t len)
{
	SET_VARSIZE(buf, VARHDRSZ + len);
	memcpy(VARDATA(buf), s, len);
	return PointerGetDatum(buf);
}

PG_FUNCTION_INFO_V1(scrutiny_tokenize);
Datum
scrutiny_tokenize(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(doc);
	size_t		len = VARSIZE_ANY_EXHDR(doc);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	tok_break  *brk = scrutiny_word_breaker();
	Datum		type_names[TOK_TYPE_MAX + 1];
	text	   *token_buf;
	text	   *value_buf;
	char	   *value;
	tok_scanner sc;
	tok_token	tok;
	CharCursor	cur;
	int32		ordinal = 0;
	int			t;

	scrutiny_materialize(fcinfo);

	for (t = 0; t <= TOK_TYPE_MAX; t++)
	{
		const char *name = tok_type_name((tok_type) t);

		type_names[t] = name ? CStringGetTextDatum(name) : (Datum) 0;
	}
	token_buf = (text *) palloc(VARHDRSZ + TOK_MAX_LEN);
	value_buf = (text *) palloc(VARHDRSZ + TOK_VALUE_MAX(TOK_MAX_LEN));
	value = palloc(TOK_VALUE_MAX(TOK_MAX_LEN));

	char_cursor_init(&cur, s);
	tok_init(&sc, s, len, brk);
	sc.tick = scrutiny_check_cancel;
	while (tok_next(&sc, &tok))
	{
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};
		int64		start = char_cursor_offset(&cur, tok.start);
		int64		end = char_cursor_offset(&cur, tok.start + tok.len);
		size_t		vlen = tok_value(tok.type, s + tok.start, tok.len,
									 value, TOK_VALUE_MAX(TOK_MAX_LEN));

		if ((ordinal & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		Assert(vlen <= TOK_VALUE_MAX(TOK_MAX_LEN));
		values[0] = Int32GetDatum(++ordinal);
		values[1] = type_names[tok.type];
		values[2] = text_in_buffer(token_buf, s + tok.start, tok.len);
		values[3] = text_in_buffer(value_buf, value, Min(vlen, TOK_VALUE_MAX(TOK_MAX_LEN)));
		values[4] = Int32GetDatum((int32) (start + 1));
		values[5] = Int32GetDatum((int32) (end - start));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	PG_RETURN_NULL();
}
