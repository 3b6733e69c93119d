/*
 * textutil.h - small byte-level helpers shared by the core scanners.
 *
 * ASCII decisions only: letters outside ASCII count as "other letters" and
 * the UTF-8 sequences that PDF extraction leaves (no-break spaces, curly
 * quotes, dashes) are recognised where the scanners need them.
 */
#ifndef SCRUTINY_TEXTUTIL_H
#define SCRUTINY_TEXTUTIL_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/*
 * The class tests below are asked of nearly every byte of a document, most
 * of them several times: each is a comparison or two without branches.
 */

/* The bits of ' ', '\t', '\v', '\f' and '\r' (not '\n'). */
#define TU_SPACE_BITS ((1ULL << ' ') | (1ULL << '\t') | (1ULL << '\v') | (1ULL << '\f') | (1ULL << '\r'))

static inline bool
tu_space(unsigned char c)
{
	return c <= ' ' && ((TU_SPACE_BITS >> c) & 1) != 0;
}

static inline bool
tu_digit(unsigned char c)
{
	return (unsigned) (c - '0') < 10;
}

static inline bool
tu_upper(unsigned char c)
{
	return (unsigned) (c - 'A') < 26;
}

static inline bool
tu_lower(unsigned char c)
{
	return (unsigned) (c - 'a') < 26;
}

static inline bool
tu_alpha(unsigned char c)
{
	/* setting the case bit maps 'A'..'Z' on to 'a'..'z' and nothing else there */
	return (unsigned) ((c | 0x20) - 'a') < 26;
}

static inline bool
tu_alnum(unsigned char c)
{
	return tu_alpha(c) || tu_digit(c);
}

static inline unsigned char
tu_fold(unsigned char c)
{
	return (unsigned char) (c | (tu_upper(c) << 5));
}

/*
 * Eight bytes read as one word, to rule out a stretch of text at once when
 * none of its bytes is one a scanner stops at: most stretches hold none.
 */
static inline uint64_t
tu_load8(const char *s)
{
	uint64_t	x;

	memcpy(&x, s, sizeof(x));
	return x;
}

#define TU_ONES8 0x0101010101010101ULL
#define TU_HIGHS8 0x8080808080808080ULL

/* Is some byte of the eight in x equal to c? (Exact: no byte is reported that is not c.) */
static inline bool
tu_has_byte8(uint64_t x, unsigned char c)
{
	uint64_t	v = x ^ (TU_ONES8 * c);

	return ((v - TU_ONES8) & ~v & TU_HIGHS8) != 0;
}

/* tu_starts_ci() and tu_word_ci() compared byte by byte, out of line. */
extern bool tu_starts_ci_bytes(const char *s, size_t len, const char *w);
extern bool tu_word_ci_bytes(const char *s, size_t len, const char *w);

/*
 * The high bit of each of the eight bytes in x that equals c, and no other:
 * exact byte by byte, where tu_has_byte8() is exact only in saying whether.
 */
static inline uint64_t
tu_bytes_equal8(uint64_t x, unsigned char c)
{
	uint64_t	v = x ^ (TU_ONES8 * c);

	return ~(((v & ~TU_HIGHS8) + ~TU_HIGHS8) | v) & TU_HIGHS8;
}

/* Is some byte of the eight in x below n (n at most 128)? */
static inline bool
tu_has_below8(uint64_t x, unsigned char n)
{
	return ((x - TU_ONES8 * n) & ~x & TU_HIGHS8) != 0;
}

/*
 * Does s[0..len) start with the ASCII word w, case-insensitively?
 *
 * The first byte is compared in line: callers try many keywords (literals,
 * whose first byte is known when compiled) at most positions of a
 * document, and nearly every one differs there.
 */
static inline bool
tu_starts_ci(const char *s, size_t len, const char *w)
{
	if (w[0] != '\0' && (len == 0 || tu_fold((unsigned char) s[0]) != (unsigned char) w[0]))
		return false;
	return tu_starts_ci_bytes(s, len, w);
}

/* ... and is the match followed by something that is not a letter? */
static inline bool
tu_word_ci(const char *s, size_t len, const char *w)
{
	if (w[0] != '\0' && (len == 0 || tu_fold((unsigned char) s[0]) != (unsigned char) w[0]))
		return false;
	return tu_word_ci_bytes(s, len, w);
}

/*
 * Is s[0..n) exactly one of the lower-case words of the NULL-terminated
 * list, case-insensitively?  Each entry's first letter is compared first:
 * the scanners ask it of most words of a text.
 */
extern bool tu_word_listed(const char *s, size_t n, const char *const *list);

/* Needles up to this length are found in time linear in len. */
#define TU_FIND_MAX 64

/*
 * Index of the first case-insensitive occurrence of w in s[0..len), or len.
 * w is lower case (an upper-case letter in w never matches).  Time linear
 * in len whatever s holds, for w of at most TU_FIND_MAX bytes.
 */
extern size_t tu_find_ci(const char *s, size_t len, const char *w);

/* Length of a UTF-8 space-like character at s (no-break, thin ...), or 0. */
extern size_t tu_unicode_space(const char *s, size_t len);

/* Length of a UTF-8 dash (en, em, minus, figure dash) at s, or 0. */
extern size_t tu_unicode_dash(const char *s, size_t len);

/* Does a month name ("Jan", "January", "Sept") start s? Returns its length or 0. */
extern size_t tu_month(const char *s, size_t len);

/*
 * Words whose full stop abbreviates rather than ends a sentence, lower
 * case, NULL-terminated: titles ("Cllr.", "Revd.", Welsh "Cyng."),
 * references ("No.", "para."), Latin ("e.g.").  Not "etc." or "Co.", which
 * close lists and names at a sentence's end as often as not.  Every
 * scanner that cuts sentences reads this one list.
 */
extern const char *const tu_abbreviations[];

/*
 * Does the full stop at s[dot] close an abbreviation ("Cllr.", "e.g.") or
 * the initial of a name after a title or another initial ("Cllr. D.
 * Jenkins", "Mrs A. B. Owen"), rather than a sentence?  Looks back no
 * further than s[from].
 */
extern bool tu_abbreviation_stop(const char *s, size_t from, size_t dot);

#endif							/* SCRUTINY_TEXTUTIL_H */
