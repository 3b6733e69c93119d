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
	const unsigned char *u = (const unsigned char *) s;

	/* s[0] in the low byte whatever the machine's order (compilers make this one load) */
	return (uint64_t) u[0] | (uint64_t) u[1] << 8 | (uint64_t) u[2] << 16 | (uint64_t) u[3] << 24 |
		(uint64_t) u[4] << 32 | (uint64_t) u[5] << 40 | (uint64_t) u[6] << 48 | (uint64_t) u[7] << 56;
}

#define TU_ONES8 0x0101010101010101ULL
#define TU_HIGHS8 0x8080808080808080ULL

/*
 * Nonzero when some byte of the eight in x equals c: the high bit of the
 * first such byte is set (those of later bytes may be set wrongly).  The
 * tests of several bytes are or-ed before one branch.
 */
static inline uint64_t
tu_byte_hits8(uint64_t x, unsigned char c)
{
	uint64_t	v = x ^ (TU_ONES8 * c);

	return (v - TU_ONES8) & ~v & TU_HIGHS8;
}

/* tu_starts_ci() and tu_word_ci() compared byte by byte, out of line. */
extern bool tu_starts_ci_bytes(const char *s, size_t len, const char *w);
extern bool tu_word_ci_bytes(const char *s, size_t len, const char *w);

/*
 * The high bit of each of the eight bytes in x that equals c, and no other:
 * exact byte by byte, where tu_byte_hits8() is exact only in saying whether.
 */
static inline uint64_t
tu_bytes_equal8(uint64_t x, unsigned char c)
{
	uint64_t	v = x ^ (TU_ONES8 * c);

	return ~(((v & ~TU_HIGHS8) + ~TU_HIGHS8) | v) & TU_HIGHS8;
}

/* Nonzero when some byte of the eight in x is below n (n at most 128), as tu_byte_hits8(). */
static inline uint64_t
tu_below_hits8(uint64_t x, unsigned char n)
{
	return (x - TU_ONES8 * n) & ~x & TU_HIGHS8;
}

/* The high bit of each of the eight bytes in x that is no ASCII letter, and no other. */
static inline uint64_t
tu_not_alpha8(uint64_t x)
{
	/* folded to lower case, the high bit of each byte cleared (no carry between bytes) */
	uint64_t	y = (x | (TU_ONES8 * 0x20)) & ~TU_HIGHS8;
	uint64_t	from_a = y + TU_ONES8 * (0x80 - 'a');	/* high bit: y >= 'a' */
	uint64_t	past_z = y + TU_ONES8 * (0x80 - 'z' - 1);	/* high bit: y > 'z' */

	return ~(from_a & ~past_z & ~x) & TU_HIGHS8;
}

/* The index (0..7) of the first byte whose high bit is set in m, a nonzero mask of high bits. */
static inline size_t
tu_first_high8(uint64_t m)
{
#if defined(__GNUC__)
	return (size_t) __builtin_ctzll(m) >> 3;
#else
	uint64_t	lowest = m & (~m + 1);

	/* 1 << 8k times this has k in its top byte */
	return (size_t) (((lowest >> 7) * 0x0001020304050607ULL) >> 56);
#endif
}

/*
 * The end of the run of ASCII letters at t[p], at most e: eight bytes at a
 * time, for the scanners that read a text word by word spend most of their
 * time finding where each word ends.
 */
static inline size_t
tu_letters_end(const char *t, size_t p, size_t e)
{
	for (; p + 8 <= e; p += 8)
	{
		uint64_t	stop = tu_not_alpha8(tu_load8(t + p));

		if (stop != 0)
			return p + tu_first_high8(stop);
	}
	while (p < e && tu_alpha((unsigned char) t[p]))
		p++;
	return p;
}

/* Is some byte of the eight in x an ASCII digit?  ('0'..'9' are the bytes that xor '0' takes below 10.) */
static inline bool
tu_has_digit8(uint64_t x)
{
	return tu_below_hits8(x ^ (TU_ONES8 * '0'), 10) != 0;
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
 * For each list tu_word_listed() is asked about, the lengths its words have
 * by their first letter: most words of a text are ruled out by one bit, in
 * line, where the list was read word by word.  Lists are static arrays (a
 * vocabulary is declared once), so a list's address names it for as long
 * as the process lives; its index is built the first time it is asked
 * about (textutil.c), in the first free of a few slots from
 * tu_word_index_slot().
 */
#define TU_WORD_INDEX_SLOTS 64
#define TU_WORD_INDEX_PROBES 4
#define TU_WORD_INDEX_OTHER 26	/* words opening with no letter a-z */
#define TU_WORD_INDEX_LONG 31	/* the bit of every length from 31 up */

typedef struct tu_word_index
{
	const char *const *list;	/* NULL: slot free */
	uint32_t	lengths[TU_WORD_INDEX_OTHER + 1];	/* bit n: a word of n bytes */
} tu_word_index;

extern tu_word_index tu_word_indexes[TU_WORD_INDEX_SLOTS];

static inline size_t
tu_word_index_slot(const char *const *list)
{
	return (size_t) (((uintptr_t) list / sizeof(list[0])) % TU_WORD_INDEX_SLOTS);
}

static inline size_t
tu_word_index_letter(unsigned char c)
{
	return tu_lower(c) ? (size_t) (c - 'a') : TU_WORD_INDEX_OTHER;
}

static inline uint32_t
tu_word_length_bit(size_t n)
{
	return (uint32_t) 1 << (n < TU_WORD_INDEX_LONG ? n : TU_WORD_INDEX_LONG);
}

/* tu_word_listed() past the index in the first slot: the index found or built, then the words. */
extern bool tu_word_listed_bytes(const char *s, size_t n, const char *const *list);

/*
 * Is s[0..n) exactly one of the lower-case words of the NULL-terminated
 * list (a static array), case-insensitively?
 */
static inline bool
tu_word_listed(const char *s, size_t n, const char *const *list)
{
	const tu_word_index *ix = &tu_word_indexes[tu_word_index_slot(list)];

	if (n > 0 && ix->list == list &&
		(ix->lengths[tu_word_index_letter(tu_fold((unsigned char) s[0]))] & tu_word_length_bit(n)) == 0)
		return false;
	return tu_word_listed_bytes(s, n, list);
}

/*
 * A set of word forms, each telling some bits, looked up by a word's first
 * two letters: for a scanner that reads every word of a text against
 * several vocabularies at once, where most words are in none.  A form is
 * two or more lower-case ASCII letters; with shortest and longest it takes
 * the words it opens of a length in [shortest, longest] ("propos" from 6
 * up takes "proposed" and "proposal"; a whole word is its own length).
 * The same form with the same lengths in two vocabularies is one row that
 * tells both.  A pair of letters holds the lengths its rows take (bit n for
 * length n, TU_WORD_INDEX_LONG for that and more) and its rows chained.
 * The caller gives the rows' storage (its vocabularies are static arrays,
 * so it knows how many); rows are added once, before the first lookup.
 */
#define TU_WORDSET_NO_ROW (-1)
#define TU_WORDSET_PLACES 27	/* 'a'..'z', and 26 for a byte that is no ASCII letter */

typedef struct tu_wordset_row
{
	const char *form;
	size_t		form_len;
	size_t		shortest;		/* never less than form_len */
	size_t		longest;
	unsigned	tells;
	int			next;			/* the pair's next row, or TU_WORDSET_NO_ROW */
} tu_wordset_row;

typedef struct tu_wordset
{
	tu_wordset_row *rows;
	size_t		nrows;
	size_t		cap;
	struct
	{
		uint32_t	lengths;
		int			first;
	}			pairs[TU_WORDSET_PLACES * TU_WORDSET_PLACES];
} tu_wordset;

/* A byte's place in the alphabet, TU_WORDSET_PLACES - 1 for no ASCII letter. */
extern const uint8_t tu_letter_place[256];

extern void tu_wordset_init(tu_wordset *ws, tu_wordset_row *rows, size_t cap);
extern void tu_wordset_add(tu_wordset *ws, const char *form, size_t shortest, size_t longest,
						   unsigned tells);
/* Each word of the NULL-ended list, as a whole word. */
extern void tu_wordset_add_list(tu_wordset *ws, const char *const *words, unsigned tells);
/* What a word that passed the pair's lengths tells, by its rows. */
extern unsigned tu_wordset_rows(const tu_wordset *ws, int first, const char *t, size_t n);

/*
 * What the word t[0..n) of ASCII letters (n > 0) tells: 0 for most words,
 * ruled out in line.  A word of one letter is looked up with no second
 * letter, in a pair no form has.
 */
static inline unsigned
tu_wordset_tells(const tu_wordset *ws, const char *t, size_t n)
{
	size_t		pair = (size_t) tu_letter_place[(unsigned char) t[0]] * TU_WORDSET_PLACES +
		(n > 1 ? tu_letter_place[(unsigned char) t[1]] : TU_WORDSET_PLACES - 1);

	if ((ws->pairs[pair].lengths & tu_word_length_bit(n)) == 0)
		return 0;
	return tu_wordset_rows(ws, ws->pairs[pair].first, t, n);
}

/* Needles up to this length are found in time linear in len. */
#define TU_FIND_MAX 64

/*
 * Index of the first case-insensitive occurrence of w in s[0..len), or len.
 * w is lower case (an upper-case letter in w never matches).  Time linear
 * in len whatever s holds, for w of at most TU_FIND_MAX bytes.
 */
extern size_t tu_find_ci(const char *s, size_t len, const char *w);

/* tu_unicode_space() and tu_unicode_dash() past the first byte, out of line. */
extern size_t tu_unicode_space_bytes(const char *s, size_t len);
extern size_t tu_unicode_dash_bytes(const char *s, size_t len);

/*
 * Length of a UTF-8 space-like character at s (no-break, thin ...), or 0.
 * (Asked after most bytes that are no ASCII space: an ASCII byte is no
 * such character, said in line.)
 */
static inline size_t
tu_unicode_space(const char *s, size_t len)
{
	return len >= 2 && (unsigned char) s[0] >= 0xC2 ? tu_unicode_space_bytes(s, len) : 0;
}

/* Length of a UTF-8 dash (en, em, minus, figure dash) at s, or 0. */
static inline size_t
tu_unicode_dash(const char *s, size_t len)
{
	return len >= 3 && (unsigned char) s[0] == 0xE2 ? tu_unicode_dash_bytes(s, len) : 0;
}

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
