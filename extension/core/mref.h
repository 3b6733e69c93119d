/*
 * mref.h - minute references ("65/17", "PC45/19", "220.2.1/19", "Cou/285/07-08")
 *
 * Plain C99, no PostgreSQL headers: the server glue, the unit tests and the
 * fuzz harnesses all link this file directly.
 *
 * A reference is packed into one uint64 so that comparing the packed values
 * as unsigned integers gives the SQL total order
 *     (prefix, year, number, sub-minute 1, sub-minute 2, suffix)
 * and so that the SQL type can be pass-by-value with an integer sort.
 *
 *   bits 63..44  prefix: four 5-bit letters, 1 = 'A' .. 26 = 'Z', 0 = none,
 *                left-aligned so "P" < "PC" < "PD" and no prefix sorts first
 *   bits 43..34  year - 1900 (0 .. 999)
 *   bits 33..17  number (1 .. 99999)
 *   bits 16..11  first sub-minute (0 = none, 1 .. 63)
 *   bits 10..5   second sub-minute (0 = none, 1 .. 63)
 *   bits  4..0   suffix letter (0 = none, 1 = 'a' .. 26 = 'z')
 *
 * Every valid reference has number >= 1, so the packed value is never 0;
 * 0 is free for "no value" in callers.
 */
#ifndef SCRUTINY_MREF_H
#define SCRUTINY_MREF_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define MREF_MAX_NUMBER 99999
#define MREF_MAX_SUBMINUTE 63
#define MREF_MAX_PREFIX 4
#define MREF_MIN_YEAR 1900
#define MREF_MAX_YEAR 2899

/* Longest canonical text: "ABCD99999.63.63z/2899" is 21 bytes. */
#define MREF_TEXT_MAX 24

typedef uint64_t mref;

typedef struct mref_parts
{
	char		prefix[MREF_MAX_PREFIX + 1];	/* upper case, NUL-terminated, "" if none */
	int			year;			/* four digits */
	int			number;
	int			sub[2];			/* 0 where absent; sub[1] only if sub[0] */
	char		suffix;			/* 'a'..'z' or 0 */
} mref_parts;

/* Why a text is not a minute reference; mref_error_detail() says it in words. */
typedef enum mref_error
{
	MREF_OK = 0,
	MREF_ERR_EMPTY,
	MREF_ERR_PREFIX_LONG,
	MREF_ERR_NO_NUMBER,
	MREF_ERR_NUMBER_RANGE,
	MREF_ERR_SUB_MISSING,
	MREF_ERR_SUB_RANGE,
	MREF_ERR_SUB_DEPTH,
	MREF_ERR_NO_SLASH,
	MREF_ERR_NO_YEAR,
	MREF_ERR_YEAR_DIGITS,
	MREF_ERR_YEAR_RANGE,
	MREF_ERR_YEAR_SECOND,
	MREF_ERR_TRAILING
} mref_error;

/*
 * Parse a whole reference from buf[0..len); surrounding ASCII white space is
 * allowed.  Returns true and sets *out, or false and sets *err and *errpos (the
 * byte offset of the offending part).  Never reads outside buf.
 */
extern bool mref_parse(const char *buf, size_t len, mref *out,
					   mref_error *err, size_t *errpos);

/* Human-readable reason, a full sentence for errdetail(). */
extern const char *mref_error_detail(mref_error err);

/* Canonical text into out (at least MREF_TEXT_MAX bytes); returns its length. */
extern size_t mref_format(mref value, char *out);

extern void mref_unpack(mref value, mref_parts *parts);

/*
 * Pack parts; returns false if any part is out of range (prefix must be 0-4
 * letters A-Z, suffix 0 or a-z).
 */
extern bool mref_pack(const mref_parts *parts, mref *out);

/* A packed value that came from outside (binary input) is checked with this. */
extern bool mref_is_valid(mref value);

/* Year from 2 digits: 00-69 -> 2000-2069, 70-99 -> 1970-1999. */
extern int	mref_expand_year(int two_digits);

/*
 * The municipal year of a calendar date: the year in which the May-to-April
 * year holding it began (scrutiny.municipal_year(), items(), citations()).
 */
extern int	mref_municipal_year(int year, int month);

/*
 * Citations of minute references in prose.
 *
 * mref_scan_next() finds the next reference at or after *pos in
 * doc[0..len) that is cited as a minute ("Minute 53/17", "minutes 53/17 and
 * 55/17", "Min. No. 12/2019") or that opens a heading line ("65/17 TITLE").
 * It returns true with the byte span of the reference as printed (without
 * the word "Minute") and its value, and advances past it.
 *
 * Only references that start before byte offset `until` are looked for, so
 * a caller can scan a long document in slices and check for interrupts in
 * between; when none is found it returns false with sc->pos == until (or
 * the document length).  The scan is done when sc->pos == sc->len.  The
 * state lives in the caller's struct; no allocation, no global state.
 */
typedef struct mref_scanner
{
	const char *doc;
	size_t		len;
	size_t		pos;
	bool		in_list;		/* just read a cited ref: "and 55/17" may follow */
} mref_scanner;

typedef struct mref_match
{
	size_t		start;			/* byte offset of the label */
	size_t		len;			/* byte length of the label */
	mref		value;
} mref_match;

extern void mref_scan_init(mref_scanner *sc, const char *doc, size_t len);
extern bool mref_scan_next(mref_scanner *sc, mref_match *m, size_t until);

/*
 * "Minute", "Minutes No.", "Min. Ref." and the like starting at s[i] (a word
 * start): where the cited number may start, or 0 when there is no keyword.
 * For callers that look for references printed without a year ("minute 75").
 */
extern size_t mref_keyword_end(const char *s, size_t len, size_t i);

#endif							/* SCRUTINY_MREF_H */
