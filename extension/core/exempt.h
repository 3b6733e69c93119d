/*
 * exempt.h - whether a minute item was taken in private, as its own title
 * and text say (scrutiny.item_exemption): exempt information under a
 * paragraph of Schedule 12A or 7A or section 50A(4), a resolution excluding
 * the press and public, an "(Exempt)" or "Confidential" title; whether the
 * item takes the items after it into private; whether it records the press
 * and public readmitted, and whether at its opening.
 *
 * Plain C99, no PostgreSQL headers.  The judgement is the one the PL/pgSQL
 * function of 0.5 to 0.6 made with POSIX regular expressions, read here
 * word by word in one pass: ASCII case-insensitive, words of ASCII letters,
 * digits and '_' (the regexes' \m and \M in a database without a locale),
 * gaps measured in characters.  Nothing is allocated; spans are byte
 * offsets into the caller's text.
 */
#ifndef SCRUTINY_EXEMPT_H
#define SCRUTINY_EXEMPT_H

#include <stddef.h>
#include <stdbool.h>

typedef enum exempt_basis
{
	EXEMPT_BASIS_NONE = 0,
	EXEMPT_BASIS_SCHEDULE_12A,
	EXEMPT_BASIS_SCHEDULE_7A,	/* also section 50A(4) */
	EXEMPT_BASIS_EXCLUSION		/* a resolution excluding the public, or the title */
} exempt_basis;

typedef struct exempt_judgement
{
	bool		exempt;
	exempt_basis basis;
	bool		has_paragraph;	/* the paragraphs cited, as printed: */
	size_t		paragraph_start;	/* see exempt_paragraph_format() */
	size_t		paragraph_end;
	bool		excludes_following;
	bool		readmits;
	bool		readmits_first;
} exempt_judgement;

/*
 * False when neither the title nor the body holds a word the judgement
 * could act on: the judgement is then all false, and a caller may skip
 * joining title and body for exempt_judge().  Most items are judged here.
 */
extern bool exempt_may_apply(const char *title, size_t title_len, const char *body, size_t body_len);

/*
 * Judge one item.  text[0..len) is the title, a line break, then the body
 * (the regexes read the two as one text): text[title_len] is that line
 * break.  utf8: gaps are counted in UTF-8 characters, else in bytes.  tick
 * (may be NULL) is called every few tens of kilobytes so that the server can
 * check for a cancel request.
 */
extern void exempt_judge(const char *text, size_t len, size_t title_len, bool utf8,
						 exempt_judgement *out, void (*tick) (void *ctx), void *ctx);

/* "Schedule 12A", "Schedule 7A", "exclusion resolution", or NULL. */
extern const char *exempt_basis_name(exempt_basis basis);

/* The bytes exempt_paragraph_format() may write for a span of n bytes. */
#define EXEMPT_PARAGRAPH_MAX(n) (2 * (n) + 1)

/*
 * The paragraphs of text[start..end) as one list: "1 and 2", "1, 2 & 3",
 * "1\nor 2" give "1, 2" and "1, 2, 3".  Writes at most
 * EXEMPT_PARAGRAPH_MAX(end - start) bytes to out, with a terminating NUL,
 * and returns the length written without it.
 */
extern size_t exempt_paragraph_format(const char *text, size_t start, size_t end, char *out);

#endif							/* SCRUTINY_EXEMPT_H */
