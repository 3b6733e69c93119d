/*
 * tokenize.h - the committee-text tokenizer: minute references, money,
 * dates, times, people, acronyms and words, as byte spans.
 *
 * Plain C99 and ICU, no PostgreSQL headers: the server glue (tokenize() and
 * the scrutiny.parser text search parser), the unit tests and the fuzz
 * harness all link this file directly.
 *
 * tok_next() reports the next token at or after the scanner's position as a
 * byte span and a type.  Tokens never overlap, come in document order, and
 * are at most TOK_MAX_LEN bytes; the bytes between tokens are blanks or
 * punctuation.  A type is decided from the token's own text and its
 * immediate neighbours only, and tok_value() computes the normalised value
 * from the token's text and type alone, so a text search dictionary can
 * normalise a token it receives without its context.
 *
 * ASCII text is scanned byte by byte; runs of letters that contain
 * non-ASCII letters (Welsh and accented names, other scripts) are split
 * into words by an ICU word break iterator.  The iterator belongs to the
 * caller (tok_break_open/close), so the scanner itself allocates nothing
 * and holds no library object.
 */
#ifndef SCRUTINY_TOKENIZE_H
#define SCRUTINY_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/*
 * Token types.  The numbers are the text search parser's token ids, which
 * configurations store: never renumber.  They avoid the ids that
 * PostgreSQL's default headline function treats specially (5, 7, 8, 12-17,
 * 20-23); 12 is the parser's blank.
 */
typedef enum tok_type
{
	TOK_NONE = 0,
	TOK_WORD = 1,
	TOK_ACRONYM = 2,
	TOK_PERSON = 3,
	TOK_EMAIL = 4,
	TOK_URL = 6,
	TOK_MINUTE_REF = 9,
	TOK_YEAR_RANGE = 10,
	TOK_DATE = 11,
	TOK_BLANK = 12,				/* only the text search parser emits blanks */
	TOK_TIME = 18,
	TOK_MONEY = 19,
	TOK_PERCENT = 24,
	TOK_NUMBER = 25,
	TOK_ORDINAL = 26,
	TOK_SECTION_REF = 27,
	TOK_PHONE = 28
} tok_type;

#define TOK_TYPE_MAX 28

/* Longest token; longer runs are cut (at a character boundary). */
#define TOK_MAX_LEN 256

/* A value is never longer than this for a token of n bytes. */
#define TOK_VALUE_MAX(n) (2 * (n) + 24)

/* Name ("minute_ref") and description of a type, or NULL for an unknown one. */
extern const char *tok_type_name(tok_type type);
extern const char *tok_type_description(tok_type type);
/* The type with this name, or TOK_NONE. */
extern tok_type tok_type_from_name(const char *name);

/* An ICU word break iterator, opened by the caller; NULL if ICU fails. */
typedef struct tok_break tok_break;
extern tok_break *tok_break_open(void);
extern void tok_break_close(tok_break *brk);

typedef struct tok_scanner
{
	const char *doc;
	size_t		len;
	size_t		pos;			/* next byte to look at */
	tok_break  *brk;			/* may be NULL: non-ASCII runs are then one word */
	size_t		run_start;		/* the non-ASCII run being split into words */
	size_t		run_end;		/* its end, or 0 when there is none */
	bool		run_bi;			/* brk is set on it (else the run is one word) */
	bool		prev_caps;		/* the previous token was an all-capitals word */
	size_t		prev_end;		/* end of the previous token */
	/*
	 * NULL after tok_init(); the caller may set it to be called every few
	 * kilobytes of a stretch without tokens (one tok_next() call can read
	 * all of a document of blanks), so that the server can check for a
	 * cancel request.
	 */
	void		(*tick) (void *ctx);
	void	   *tick_ctx;
} tok_scanner;

typedef struct tok_token
{
	size_t		start;			/* byte offset */
	size_t		len;			/* bytes, 1 .. TOK_MAX_LEN */
	tok_type	type;
} tok_token;

extern void tok_init(tok_scanner *sc, const char *doc, size_t len, tok_break *brk);

/*
 * The next token, or false at the end.  Each call looks at no more than
 * a bounded number of bytes past the token it returns, so a document is
 * scanned in time linear in its length.
 */
extern bool tok_next(tok_scanner *sc, tok_token *tok);

/*
 * Go on at doc[pos], at or after the end of the last token returned, as if
 * the text before it held no token: for a caller that can tell a stretch of
 * text holds nothing it wants (pos must start a line for the tokens after it
 * to be those of a scan that never skipped).
 */
extern void tok_skip_to(tok_scanner *sc, size_t pos);

/*
 * The normalised value of a token of the given type whose text is s[0..len):
 * minute_ref canonical ("53/17"), money in pounds ("1114000"), date ISO
 * ("2018-03-27", "2018-03" or "--03-27" when the year is not given), time
 * "19:54", percent "10.4%", number and ordinal digits ("1114000", "3"),
 * year_range "2017-2018", section_ref "paragraph 7.1", person the name
 * without the title, phone the digits, email and acronym and word lower or
 * as written (see tokenize.c).  Writes at most cap bytes (no terminator)
 * and returns the value's length, which is at most TOK_VALUE_MAX(len); if
 * the text is not a token of that type the value is the text itself.
 */
extern size_t tok_value(tok_type type, const char *s, size_t len, char *out, size_t cap);

/* For person tokens: the span of the name without the title. */
extern void tok_person_name(const char *s, size_t len, size_t *start, size_t *name_len);

#endif							/* SCRUTINY_TOKENIZE_H */
