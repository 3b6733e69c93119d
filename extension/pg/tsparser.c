/*
 * tsparser.c - the scrutiny.parser text search parser: the tokenizer's
 * tokens as written, with the bytes between them as blanks (id 12), so
 * that every byte of the text is returned once, in order, and ts_headline
 * can rebuild the text around highlighted tokens.
 *
 * Token ids are the core's tok_type numbers (stored by configurations:
 * never renumbered).  They keep clear of the ids that PostgreSQL's default
 * headline function treats specially, so the headline callback can hand
 * the fragment selection to it.
 */
#include "compat.h"

#include "miscadmin.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"

#include "segalloc.h"
#include "tsearch.h"

/* Longest blank returned at once (the caller refuses tokens of 2 kB). */
#define BLANK_MAX 1024

typedef struct ParserState
{
	tok_scanner sc;
	tok_token	next;			/* the next token, if have_next */
	bool		have_next;
	bool		done;			/* no token after pos */
	size_t		pos;			/* bytes returned so far */
} ParserState;

PG_FUNCTION_INFO_V1(scrutiny_tsparser_start);
Datum
scrutiny_tsparser_start(PG_FUNCTION_ARGS)
{
	char	   *buf = (char *) PG_GETARG_POINTER(0);
	int			len = PG_GETARG_INT32(1);
	ParserState *st = (ParserState *) palloc0(sizeof(ParserState));

	/* The tokenizer holds no library object: the iterator is the backend's. */
	tok_init(&st->sc, buf, (size_t) Max(len, 0), scrutiny_word_breaker());
	st->sc.tick = scrutiny_check_cancel;
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(scrutiny_tsparser_gettoken);
Datum
scrutiny_tsparser_gettoken(PG_FUNCTION_ARGS)
{
	ParserState *st = (ParserState *) PG_GETARG_POINTER(0);
	char	  **t = (char **) PG_GETARG_POINTER(1);
	int		   *tlen = (int *) PG_GETARG_POINTER(2);
	const char *doc = st->sc.doc;
	size_t		len = st->sc.len;
	size_t		gap_end;

	CHECK_FOR_INTERRUPTS();
	if (st->pos >= len)
		PG_RETURN_INT32(0);
	if (!st->have_next && !st->done)
	{
		st->have_next = tok_next(&st->sc, &st->next);
		st->done = !st->have_next;
	}
	gap_end = st->have_next ? st->next.start : len;
	if (st->pos < gap_end)
	{
		size_t		end = gap_end;

		if (end - st->pos > BLANK_MAX)
		{
			/* cut at a character boundary */
			end = st->pos + BLANK_MAX;
			while (end > st->pos + 1 && ((unsigned char) doc[end] & 0xC0) == 0x80)
				end--;
		}
		*t = (char *) doc + st->pos;
		*tlen = (int) (end - st->pos);
		st->pos = end;
		PG_RETURN_INT32(TOK_BLANK);
	}
	*t = (char *) doc + st->next.start;
	*tlen = (int) st->next.len;
	st->pos = st->next.start + st->next.len;
	st->have_next = false;
	PG_RETURN_INT32((int32) st->next.type);
}

PG_FUNCTION_INFO_V1(scrutiny_tsparser_end);
Datum
scrutiny_tsparser_end(PG_FUNCTION_ARGS)
{
	ParserState *st = (ParserState *) PG_GETARG_POINTER(0);

	pfree(st);
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(scrutiny_tsparser_lextype);
Datum
scrutiny_tsparser_lextype(PG_FUNCTION_ARGS)
{
	/* A fresh array per call, in the caller's context, ending with lexid 0. */
	LexDescr   *descr = (LexDescr *) palloc0(sizeof(LexDescr) * (TOK_TYPE_MAX + 1));
	int			n = 0;
	int			t;

	for (t = 1; t <= TOK_TYPE_MAX; t++)
	{
		const char *name = tok_type_name((tok_type) t);

		if (name == NULL)
			continue;
		descr[n].lexid = t;
		descr[n].alias = pstrdup(name);
		descr[n].descr = pstrdup(tok_type_description((tok_type) t));
		n++;
	}
	descr[n].lexid = 0;
	PG_RETURN_POINTER(descr);
}

/*
 * Fragment selection and highlighting are PostgreSQL's own (prsd_headline):
 * it looks only at the token ids of blanks (12), tags (13) and a few other
 * default-parser ids, none of which this parser uses for anything else.
 */
PG_FUNCTION_INFO_V1(scrutiny_tsparser_headline);
Datum
scrutiny_tsparser_headline(PG_FUNCTION_ARGS)
{
	HeadlineParsedText *prs = (HeadlineParsedText *) PG_GETARG_POINTER(0);
	int			i;

	DirectFunctionCall3(prsd_headline, PG_GETARG_DATUM(0), PG_GETARG_DATUM(1),
						PG_GETARG_DATUM(2));

	/*
	 * A phrase matched as a whole (an acronym's expansion) has its blanks
	 * selected too; highlight its words only, as for any other phrase.
	 */
	for (i = 0; i < prs->curwords; i++)
		if (prs->words[i].type == TOK_BLANK)
			prs->words[i].selected = 0;
	PG_RETURN_POINTER(prs);
}
