/*
 * textutil.c - byte-level helpers shared by the core scanners.
 */
#include "textutil.h"

#include <string.h>

/*
 * The keyword is compared as it is walked, without strlen(): callers try
 * many keywords at most positions of a document, and nearly every one
 * differs at its first byte.
 */
bool
tu_starts_ci(const char *s, size_t len, const char *w)
{
	for (size_t i = 0; w[i] != '\0'; i++)
		if (i >= len || tu_fold((unsigned char) s[i]) != (unsigned char) w[i])
			return false;
	return true;
}

bool
tu_word_ci(const char *s, size_t len, const char *w)
{
	size_t		i;

	for (i = 0; w[i] != '\0'; i++)
		if (i >= len || tu_fold((unsigned char) s[i]) != (unsigned char) w[i])
			return false;
	return i == len || !tu_alpha((unsigned char) s[i]);
}

/*
 * The first letter is found with memchr() in each case: the scanners look
 * for a few keywords in every line of a document, and most lines hold none.
 */
size_t
tu_find_ci(const char *s, size_t len, const char *w)
{
	size_t		n = strlen(w);
	unsigned char lower;
	unsigned char upper;
	const char *p = s;
	const char *last;

	if (n == 0 || n > len)
		return len;
	lower = (unsigned char) w[0];
	upper = tu_lower(lower) ? (unsigned char) (lower - 32) : lower;
	last = s + (len - n) + 1;	/* candidates start before this */
	while (p < last)
	{
		const char *a = memchr(p, lower, (size_t) (last - p));
		const char *b = upper != lower ? memchr(p, upper, (size_t) ((a ? a : last) - p)) : NULL;
		const char *c = b ? b : a;

		if (c == NULL)
			break;
		if (tu_starts_ci(c, len - (size_t) (c - s), w))
			return (size_t) (c - s);
		p = c + 1;
	}
	return len;
}

size_t
tu_unicode_space(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;

	if (len >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;				/* no-break space */
	if (len >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
		((u[2] >= 0x80 && u[2] <= 0x8A) || u[2] == 0xAF))
		return 3;				/* en quad .. hair space, narrow no-break space */
	if (len >= 3 && u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0x9F)
		return 3;				/* medium mathematical space */
	if (len >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
		return 3;				/* ideographic space */
	return 0;
}

size_t
tu_unicode_dash(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;

	if (len >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0x95)
		return 3;				/* hyphen, figure dash, en dash, em dash, bar */
	if (len >= 3 && u[0] == 0xE2 && u[1] == 0x88 && u[2] == 0x92)
		return 3;				/* minus sign */
	return 0;
}

size_t
tu_month(const char *s, size_t len)
{
	static const char *const months[] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december",
		"sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
		"oct", "nov", "dec"
	};

	for (size_t i = 0; i < sizeof(months) / sizeof(months[0]); i++)
	{
		size_t		n = strlen(months[i]);

		if (tu_word_ci(s, len, months[i]))
			return n;
		/* "Sept." and "Nov." */
		if (n <= 4 && tu_starts_ci(s, len, months[i]) && len > n && s[n] == '.')
			return n + 1;
	}
	return 0;
}
