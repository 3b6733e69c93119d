/*
 * tokenize.c - the committee-text tokenizer.  See tokenize.h.
 *
 * One pass over the bytes.  At each ASCII letter or digit the scanner
 * decides, looking only a few bytes ahead, which token starts there:
 *
 *   digit   year_range 2017/18, date 30/3/17, minute_ref 53/17, time 7.54pm,
 *           date 27th April 2017, phone 024 7683 3237, ordinal 3rd,
 *           percent 10.4%, number 1,114,000 (in that order of preference)
 *   letter  url, email, minute_ref PC45/19, person Cllr Ruane, section_ref
 *           paragraph 7.1, date March 2018, acronym LAC, word
 *   £       money £1.114m
 *   (       phone (024) 7683 3237
 *
 * Everything else is blank or punctuation and is skipped.  A run of letters
 * that contains a non-ASCII letter goes to ICU's word break iterator.
 */
#include "tokenize.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "mref.h"
#include "textutil.h"

/* Longest run of letters handed to ICU at once. */
#define RUN_MAX 4096

/*
 * How far past the current position one call may look.  The scanners run
 * to the end of a run of letters or digits before cutting a token to
 * TOK_MAX_LEN, so without a bound a run of megabytes was scanned again for
 * each of its 256-byte tokens (quadratic: 6 MB of one letter took 46 s).
 * No token or lookahead of real text comes near it; a longer run is cut
 * at the window's end the same way each time, so the same input still
 * gives the same tokens.
 */
#define SCAN_WINDOW (2 * RUN_MAX)

struct tok_break
{
	UBreakIterator *bi;
};

/* ---------------------------------------------------------------------
 * Types
 * ---------------------------------------------------------------------
 */

typedef struct type_info
{
	tok_type	type;
	const char *name;
	const char *description;
} type_info;

static const type_info types[] = {
	{TOK_WORD, "word", "Word, letters in any script"},
	{TOK_ACRONYM, "acronym", "Acronym (LAC, DfE, CAF's)"},
	{TOK_PERSON, "person", "Person with a title (Cllr Ruane)"},
	{TOK_EMAIL, "email", "Email address"},
	{TOK_URL, "url", "URL"},
	{TOK_MINUTE_REF, "minute_ref", "Minute reference (53/17, PC45/19)"},
	{TOK_YEAR_RANGE, "year_range", "Year range (2017/18)"},
	{TOK_DATE, "date", "Date (27 March 2018, 30/3/17)"},
	{TOK_BLANK, "blank", "Space and punctuation"},
	{TOK_TIME, "time", "Time of day (7.54pm)"},
	{TOK_MONEY, "money", "Sum of money in pounds (£1.114m)"},
	{TOK_PERCENT, "percent", "Percentage (10.4%)"},
	{TOK_NUMBER, "number", "Number (1,114,000)"},
	{TOK_ORDINAL, "ordinal", "Ordinal number (3rd)"},
	{TOK_SECTION_REF, "section_ref", "Reference to part of a document (paragraph 7.1)"},
	{TOK_PHONE, "phone", "UK telephone number"},
};

#define NTYPES (sizeof(types) / sizeof(types[0]))

static const type_info *
find_type(tok_type type)
{
	size_t		i;

	for (i = 0; i < NTYPES; i++)
		if (types[i].type == type)
			return &types[i];
	return NULL;
}

const char *
tok_type_name(tok_type type)
{
	const type_info *t = find_type(type);

	return t ? t->name : NULL;
}

const char *
tok_type_description(tok_type type)
{
	const type_info *t = find_type(type);

	return t ? t->description : NULL;
}

tok_type
tok_type_from_name(const char *name)
{
	size_t		i;

	for (i = 0; i < NTYPES; i++)
		if (strcmp(types[i].name, name) == 0)
			return types[i].type;
	return TOK_NONE;
}

/* ---------------------------------------------------------------------
 * ICU word breaks
 * ---------------------------------------------------------------------
 */

tok_break *
tok_break_open(void)
{
	UErrorCode	status = U_ZERO_ERROR;
	UBreakIterator *bi = ubrk_open(UBRK_WORD, "", NULL, 0, &status);
	tok_break  *brk;

	if (U_FAILURE(status) || bi == NULL)
		return NULL;
	brk = (tok_break *) malloc(sizeof(tok_break));
	if (brk == NULL)
	{
		ubrk_close(bi);
		return NULL;
	}
	brk->bi = bi;
	return brk;
}

void
tok_break_close(tok_break *brk)
{
	if (brk == NULL)
		return;
	ubrk_close(brk->bi);
	free(brk);
}

/* ---------------------------------------------------------------------
 * Bytes
 * ---------------------------------------------------------------------
 */

#define U(s, i) ((unsigned char) (s)[i])

/* The code point at s[i] (i < len) and its length; -1 for a bad sequence. */
static inline UChar32
decode_at(const char *s, size_t len, size_t i, size_t *n)
{
	UChar32		c;
	int32_t		j = 0;
	int32_t		avail = (int32_t) ((len - i) < 8 ? (len - i) : 8);

	U8_NEXT((const uint8_t *) s + i, j, avail, c);
	*n = (size_t) j;
	return c;
}

/* A letter or combining mark outside ASCII: part of a word. */
static inline bool
is_intl_letter(UChar32 c)
{
	return c >= 0x80 && (u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0);
}

/* Right single quotation mark U+2019, used as an apostrophe. */
static inline bool
rsquo_at(const char *s, size_t len, size_t i)
{
	return i + 2 < len && U(s, i) == 0xE2 && U(s, i + 1) == 0x80 && U(s, i + 2) == 0x99;
}

/* Length of an apostrophe (' or U+2019) at s[i], or 0. */
static inline size_t
apostrophe_at(const char *s, size_t len, size_t i)
{
	if (i < len && s[i] == '\'')
		return 1;
	return rsquo_at(s, len, i) ? 3 : 0;
}

/* Does a non-ASCII letter start at s[i]? */
static inline bool
intl_letter_at(const char *s, size_t len, size_t i)
{
	size_t		n;

	return i < len && U(s, i) >= 0x80 && is_intl_letter(decode_at(s, len, i, &n));
}

/* Nothing that would continue a word or a number at s[i]. */
static inline bool
delimited_at(const char *s, size_t len, size_t i)
{
	return i >= len || (!tu_alnum(U(s, i)) && !intl_letter_at(s, len, i));
}

/* Case-insensitive match of a lower-case ASCII word at s[i..i+n). */
static bool
word_eq(const char *s, size_t n, const char *w)
{
	return strlen(w) == n && tu_starts_ci(s, n, w);
}

/* Index of s[0..n) in a NULL-terminated list of lower-case words, or -1. */
static int
word_in(const char *s, size_t n, const char *const *list)
{
	int			i;
	unsigned char first;

	if (n == 0)
		return -1;
	first = tu_fold(U(s, 0));
	/* the first letter first: most words are in no list */
	for (i = 0; list[i] != NULL; i++)
		if ((unsigned char) list[i][0] == first && word_eq(s, n, list[i]))
			return i;
	return -1;
}

static size_t
letters_end(const char *s, size_t len, size_t i)
{
	while (i < len && tu_alpha(U(s, i)))
		i++;
	return i;
}

static size_t
digits_end(const char *s, size_t len, size_t i)
{
	while (i < len && tu_digit(U(s, i)))
		i++;
	return i;
}

/* Spaces and tabs (not line breaks), at most max of them. */
static size_t
spaces_end(const char *s, size_t len, size_t i, size_t max)
{
	size_t		start = i;

	while (i < len && i - start < max && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

/* Value of digits s[i..end), capped. */
static long
digits_value(const char *s, size_t i, size_t end)
{
	long		v = 0;

	for (; i < end; i++)
		if (v < 100000000)
			v = v * 10 + (s[i] - '0');
	return v;
}

/*
 * A number with optional thousands separators and decimals at s[i]
 * ("1,114,000", "10.4"); returns its end, or i if there is none.
 */
static size_t
number_end(const char *s, size_t len, size_t i)
{
	size_t		e = digits_end(s, len, i);

	if (e == i)
		return i;
	if (e - i <= 3)
	{
		/* ",ddd" groups, each exactly three digits */
		while (e + 3 < len && s[e] == ',' && tu_digit(U(s, e + 1)) &&
			   tu_digit(U(s, e + 2)) && tu_digit(U(s, e + 3)) &&
			   (e + 4 >= len || !tu_digit(U(s, e + 4))))
			e += 4;
	}
	if (e + 1 < len && s[e] == '.' && tu_digit(U(s, e + 1)))
		e = digits_end(s, len, e + 1);
	return e;
}

/*
 * " per cent" or " percent" after a number ending at i, as formal minutes
 * print percentages ("24.9 per cent"); returns the end, or 0.
 */
static size_t
percent_words_end(const char *s, size_t len, size_t i)
{
	size_t		j = i;

	if (j >= len || s[j] != ' ')
		return 0;
	j++;
	if (tu_starts_ci(s + j, len - j, "percent"))
		j += 7;
	else if (tu_starts_ci(s + j, len - j, "per cent"))
		j += 8;
	else
		return 0;
	return j < len && tu_alpha(U(s, j)) ? 0 : j;
}

/* ---------------------------------------------------------------------
 * Word lists
 * ---------------------------------------------------------------------
 */

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", NULL
};
static const char *const month_abbrevs[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul",
	"aug", "sep", "oct", "nov", "dec", NULL
};

/* Month number (1-12) of s[0..n), or 0. */
static int
month_of(const char *s, size_t n)
{
	int			m = word_in(s, n, months);

	if (m < 0)
		m = word_in(s, n, month_abbrevs);
	if (m < 0 && word_eq(s, n, "sept"))
		m = 8;
	return m + 1;
}

static const char *const titles[] = {
	"councillor", "councillors", "cllr", "cllrs", "mr", "mrs", "ms", "miss",
	"dr", "prof", "professor", "sir", "dame", "lord", "lady", "baroness", NULL
};

/* Capitalised words that follow a name but are not part of it. */
static const char *const not_names[] = {
	"the", "and", "chair", "chairman", "vice", "cabinet", "member", "members",
	"council", "committee", "board", "deputy", "leader", "portfolio", "director",
	"officer", "head", "lead", "executive", "mayor", "present", "apologies",
	"in", "on", "at", "of", "for", "to", "as", "it", "he", "she", "they", NULL
};

static const char *const section_words[] = {
	"paragraph", "paragraphs", "para", "section", "sections", "appendix",
	"annex", "schedule", "part", "item", "items", "page", "pages", "clause",
	"chapter", "table", "figure", NULL
};

/* ---------------------------------------------------------------------
 * Recognisers: each returns the end of the token it finds at s[i], or 0
 * ---------------------------------------------------------------------
 */

/* "2017/18", "2015-2018", "2015–16" (en dash) */
static size_t
year_range_at(const char *s, size_t len, size_t i)
{
	size_t		e = digits_end(s, len, i);
	size_t		j,
				e2;
	long		y1,
				y2;

	if (e - i != 4)
		return 0;
	y1 = digits_value(s, i, e);
	if (y1 < 1900 || y1 > 2099)
		return 0;
	if (e < len && (s[e] == '/' || s[e] == '-'))
		j = e + 1;
	else if (e + 2 < len && U(s, e) == 0xE2 && U(s, e + 1) == 0x80 && U(s, e + 2) == 0x93)
		j = e + 3;
	else
		return 0;
	e2 = digits_end(s, len, j);
	if (e2 - j == 2)
	{
		y2 = y1 - y1 % 100 + digits_value(s, j, e2);
		if (y2 <= y1)
			y2 += 100;
	}
	else if (e2 - j == 4)
		y2 = digits_value(s, j, e2);
	else
		return 0;
	if (y2 <= y1 || y2 > y1 + 20)
		return 0;
	if (!delimited_at(s, len, e2) || (e2 < len && (s[e2] == '/' || s[e2] == '-')))
		return 0;
	return e2;
}

/* "30/3/17", "14/05/2014" */
static size_t
slash_date_at(const char *s, size_t len, size_t i)
{
	size_t		e1 = digits_end(s, len, i);
	size_t		e2,
				e3;
	long		d,
				m;

	if (e1 - i < 1 || e1 - i > 2 || e1 >= len || s[e1] != '/')
		return 0;
	e2 = digits_end(s, len, e1 + 1);
	if (e2 - e1 - 1 < 1 || e2 - e1 - 1 > 2 || e2 >= len || s[e2] != '/')
		return 0;
	e3 = digits_end(s, len, e2 + 1);
	if (e3 - e2 - 1 != 2 && e3 - e2 - 1 != 4)
		return 0;
	d = digits_value(s, i, e1);
	m = digits_value(s, e1 + 1, e2);
	if (d < 1 || d > 31 || m < 1 || m > 12)
		return 0;
	if (!delimited_at(s, len, e3) || (e3 < len && s[e3] == '/'))
		return 0;
	return e3;
}

/*
 * A minute reference starting at s[i]: an optional prefix of up to four
 * letters, the number, sub-minutes, a suffix letter, "/" and a two- or
 * four-digit year (with an optional "-08" range), delimited; checked by
 * mref_parse.
 */
static size_t
minute_ref_at(const char *s, size_t len, size_t i)
{
	size_t		e = i;
	size_t		n;
	int			subs = 0;
	mref		v;
	mref_error	err;
	size_t		errpos;

	while (e < len && tu_alpha(U(s, e)) && e - i < 5)
		e++;
	if (e - i > 4)
		return 0;
	if (e > i && e + 1 < len && (s[e] == '/' || s[e] == '.') && tu_digit(U(s, e + 1)))
		e++;
	n = digits_end(s, len, e);
	if (n == e || n - e > 5)
		return 0;
	e = n;
	while (subs < 2 && e + 1 < len && s[e] == '.' && tu_digit(U(s, e + 1)))
	{
		e = digits_end(s, len, e + 1);
		subs++;
	}
	if (e < len && tu_lower(U(s, e)))
		e++;
	if (e + 2 >= len || s[e] != '/')
		return 0;
	n = digits_end(s, len, e + 1);
	if (n - e - 1 != 2 && n - e - 1 != 4)
		return 0;
	if (n - e - 1 == 4 && e - i == 4 && tu_digit(U(s, i)) && digits_value(s, i, e) >= 1900 &&
		digits_value(s, i, e) <= 2099)
		return 0;				/* "2017/2040": two years, not minute 2017 */
	e = n;
	if (e + 2 < len && s[e] == '-' && tu_digit(U(s, e + 1)) && tu_digit(U(s, e + 2)) &&
		(e + 3 >= len || !tu_digit(U(s, e + 3))))
	{
		/* keep the range only if mref_parse accepts it as one */
		if (mref_parse(s + i, e + 3 - i, &v, &err, &errpos))
			e += 3;
	}
	if (!delimited_at(s, len, e) || (e < len && s[e] == '/'))
		return 0;
	if (e + 1 < len && (s[e] == '.' || s[e] == '-' || s[e] == ':') && tu_digit(U(s, e + 1)))
		return 0;
	if (!mref_parse(s + i, e - i, &v, &err, &errpos))
		return 0;
	return e;
}

/* "am", "pm", "a.m.", "p.m.", "noon", "midday" at s[i]; returns the end or 0. */
static size_t
meridiem_end(const char *s, size_t len, size_t i, int *offset)
{
	unsigned char c;

	if (i >= len)
		return 0;
	c = tu_fold(U(s, i));
	if (c == 'a' || c == 'p')
	{
		*offset = c == 'p' ? 12 : 0;
		if (i + 1 < len && tu_fold(U(s, i + 1)) == 'm' && delimited_at(s, len, i + 2))
			return i + 2;
		if (i + 3 < len && s[i + 1] == '.' && tu_fold(U(s, i + 2)) == 'm' && s[i + 3] == '.')
			return i + 4;
		return 0;
	}
	*offset = -1;
	if (i + 4 <= len && word_eq(s + i, 4, "noon") && delimited_at(s, len, i + 4))
		return i + 4;
	if (i + 6 <= len && word_eq(s + i, 6, "midday") && delimited_at(s, len, i + 6))
		return i + 6;
	return 0;
}

/* "6.00 pm", "7.54pm", "1.00 p.m.", "2pm", "12 noon", "18:30" */
static size_t
time_at(const char *s, size_t len, size_t i)
{
	size_t		e = digits_end(s, len, i);
	size_t		m;
	long		h;
	int			offset;
	bool		minutes = false;
	bool		colon = false;

	if (e - i < 1 || e - i > 2)
		return 0;
	h = digits_value(s, i, e);
	if (e + 2 < len && (s[e] == '.' || s[e] == ':') && tu_digit(U(s, e + 1)) &&
		tu_digit(U(s, e + 2)) && (e + 3 >= len || !tu_digit(U(s, e + 3))))
	{
		if (digits_value(s, e + 1, e + 3) > 59)
			return 0;
		colon = s[e] == ':';
		minutes = true;
		e += 3;
	}
	m = meridiem_end(s, len, spaces_end(s, len, e, 1), &offset);
	if (m != 0)
	{
		if (offset < 0)			/* noon: "12 noon" only */
			return (h == 12 && !minutes) ? m : 0;
		return (h >= 1 && h <= 12) ? m : 0;
	}
	if (colon && h <= 23 && delimited_at(s, len, e) &&
		!(e + 1 < len && s[e] == ':' && tu_digit(U(s, e + 1))))
		return e;
	return 0;
}

/* Ordinal suffix at s[i]: "st", "th", "<sup>th</sup>"; returns its end or 0. */
static size_t
ordinal_suffix_end(const char *s, size_t len, size_t i)
{
	static const char *const suffixes[] = {"st", "nd", "rd", "th", NULL};

	if (i + 2 <= len && word_in(s + i, 2, suffixes) >= 0 && delimited_at(s, len, i + 2))
		return i + 2;
	if (i + 13 <= len && memcmp(s + i, "<sup>", 5) == 0 &&
		word_in(s + i + 5, 2, suffixes) >= 0 && memcmp(s + i + 7, "</sup>", 6) == 0)
		return i + 13;
	return 0;
}

/*
 * "27 March 2018", "6th April 2017", "27<sup>th</sup> April", "24 August, 2015":
 * a day at s[i]..e (digits already read), then a month and maybe a year.
 */
static size_t
day_month_date_at(const char *s, size_t len, size_t i, size_t e)
{
	size_t		j,
				me,
				y,
				ye;
	long		d;

	if (e - i < 1 || e - i > 2)
		return 0;
	d = digits_value(s, i, e);
	if (d < 1 || d > 31)
		return 0;
	j = ordinal_suffix_end(s, len, e);
	if (j == 0)
		j = e;
	if (j >= len || s[j] != ' ')
		return 0;
	j = spaces_end(s, len, j, 2);
	me = letters_end(s, len, j);
	if (month_of(s + j, me - j) == 0 || !delimited_at(s, len, me))
		return 0;
	if (me < len && s[me] == '.' && me - j == 3)
		me++;
	/* the year: " 2018" or ", 2018" */
	y = me;
	if (y < len && s[y] == ',')
		y++;
	if (y < len && s[y] == ' ')
	{
		y = spaces_end(s, len, y, 2);
		ye = digits_end(s, len, y);
		if (ye - y == 4 && delimited_at(s, len, ye) && digits_value(s, y, ye) >= 1900 &&
			digits_value(s, y, ye) <= 2099)
			return ye;
	}
	return me;
}

/* "March 2018" (a capitalised month name and a year), at a letter run i..e. */
static size_t
month_year_at(const char *s, size_t len, size_t i, size_t e)
{
	size_t		y,
				ye;

	if (!tu_upper(U(s, i)) || e - i < 3 || e + 1 >= len || s[e] != ' ' ||
		!tu_digit(U(s, e + 1)) || word_in(s + i, e - i, months) < 0)
		return 0;
	y = spaces_end(s, len, e, 2);
	ye = digits_end(s, len, y);
	if (ye - y != 4 || !delimited_at(s, len, ye) || digits_value(s, y, ye) < 1900 ||
		digits_value(s, y, ye) > 2099)
		return 0;
	if (ye < len && (s[ye] == '/' || s[ye] == '-') && ye + 1 < len && tu_digit(U(s, ye + 1)))
		return 0;
	return ye;
}

/*
 * UK telephone numbers: "024 7683 3237", "0121 569 3896", "(024) 7683 3237",
 * "07700 900123", "02476833237" - ten or eleven digits starting with 0.
 */
static size_t
phone_at(const char *s, size_t len, size_t i)
{
	size_t		j = i;
	size_t		ndigits = 0;
	int			groups = 0;
	bool		paren = false;

	if (j < len && s[j] == '(')
	{
		paren = true;
		j++;
	}
	if (j >= len || s[j] != '0')
		return 0;
	while (j < len && groups < 4)
	{
		size_t		e = digits_end(s, len, j);

		if (e == j || e - j > 11)
			return 0;
		ndigits += e - j;
		groups++;
		j = e;
		if (paren && groups == 1)
		{
			if (j >= len || s[j] != ')')
				return 0;
			j++;
		}
		if (ndigits >= 10 || j + 1 >= len || s[j] != ' ' || !tu_digit(U(s, j + 1)))
			break;
		j++;
	}
	if ((ndigits != 10 && ndigits != 11) || !delimited_at(s, len, j) ||
		(j < len && (s[j] == '/' || s[j] == '.' || s[j] == ',') && j + 1 < len &&
		 tu_digit(U(s, j + 1))))
		return 0;
	return j;
}

/* "£440,000", "£1.114m", "£22k", "£12.4 million" with s[i] at the pound sign. */
static size_t
money_at(const char *s, size_t len, size_t i)
{
	size_t		j = i + 2;		/* past U+00A3 */
	size_t		e = number_end(s, len, j);
	size_t		k;

	if (e == j)
		return 0;
	k = letters_end(s, len, e);
	if (k > e)
	{
		if (word_eq(s + e, k - e, "k") || word_eq(s + e, k - e, "m") ||
			word_eq(s + e, k - e, "bn"))
			return k;
		return 0;				/* "£5abc" is not money */
	}
	if (e + 1 < len && s[e] == ' ')
	{
		k = letters_end(s, len, e + 1);
		if (word_eq(s + e + 1, k - e - 1, "million") || word_eq(s + e + 1, k - e - 1, "billion"))
			return k;
	}
	if (!delimited_at(s, len, e))
		return 0;
	return e;
}

/*
 * A title at s[i..e) (a letter run): "Councillor", "Cllr.", "Rt.Hon.",
 * "Rt Hon".  Returns the end of the title including its dot, or 0.
 */
static size_t
title_end(const char *s, size_t len, size_t i, size_t e)
{
	if (!tu_upper(U(s, i)))
		return 0;
	if (e - i == 2 && word_eq(s + i, 2, "rt"))
	{
		size_t		j = e;
		size_t		h;

		if (j < len && s[j] == '.')
			j++;
		j = spaces_end(s, len, j, 1);
		h = letters_end(s, len, j);
		if (h - j == 3 && word_eq(s + j, 3, "hon"))
			return (h < len && s[h] == '.') ? h + 1 : h;
		return 0;
	}
	if (e - i > 11 || word_in(s + i, e - i, titles) < 0)
		return 0;
	return (e < len && s[e] == '.') ? e + 1 : e;
}

/*
 * The end of one capitalised name word at s[i] ("Ruane", "O'Brien",
 * "Smith-Jones", "Siân"), or 0.
 */
static size_t
name_word_end(const char *s, size_t len, size_t i)
{
	size_t		e = i + 1;
	size_t		n;

	if (i >= len || !tu_upper(U(s, i)))
		return 0;
	for (;;)
	{
		if (e < len && tu_alpha(U(s, e)))
			e++;
		else if (e < len && U(s, e) >= 0x80 && is_intl_letter(decode_at(s, len, e, &n)))
			e += n;
		else if ((n = apostrophe_at(s, len, e)) != 0 && e + n < len && tu_upper(U(s, e + n)))
			e += n;
		else if (e + 1 < len && s[e] == '-' && tu_upper(U(s, e + 1)))
			e++;
		else
			break;
		if (e - i > 64)
			return 0;
	}
	return e;
}

/* A capitalised name word (not an initial, a heading word or a title) at s[k]. */
static bool
is_name_word_at(const char *s, size_t len, size_t k)
{
	size_t		w = name_word_end(s, len, k);

	return w >= k + 2 && !tu_upper(U(s, k + 1)) && word_in(s + k, w - k, not_names) < 0 &&
		word_in(s + k, w - k, titles) < 0;
}

/*
 * A person at s[i] with a title ending at t: initials ("T.", "M") and one or
 * two capitalised name words on the same line.
 */
static size_t
person_at(const char *s, size_t len, size_t t)
{
	size_t		j = t;
	size_t		end = 0;
	int			initials = 0;
	int			words = 0;

	for (;;)
	{
		size_t		k = spaces_end(s, len, j, 2);
		size_t		w;

		/* without a space, a name part may only follow a dot ("Rt.Hon.Jacqui") */
		if (k == j && !(j > 0 && s[j - 1] == '.'))
			break;
		if (k >= len || !tu_upper(U(s, k)))
			break;
		/* an initial: one capital, then a dot or a space */
		if (words == 0 && initials < 3 && (k + 1 >= len || s[k + 1] == '.' || s[k + 1] == ' ') &&
			!(k + 1 < len && tu_alpha(U(s, k + 1))))
		{
			j = k + 1;
			if (j < len && s[j] == '.')
				j++;
			initials++;
			continue;
		}
		w = name_word_end(s, len, k);
		if (w == 0 || word_in(s + k, w - k, not_names) >= 0 ||
			word_in(s + k, w - k, titles) >= 0 || month_of(s + k, w - k) != 0 ||
			(w - k == 2 && word_eq(s + k, 2, "rt")))
			break;
		/* after a name word: no initial, no all-capitals word (a heading, an acronym) */
		if (words > 0 && (w - k < 2 || tu_upper(U(s, k + 1))))
			break;
		j = w;
		if (++words == 2)
		{
			/* three capitalised words in a row are a list of names: "Cllr Ruane Jane Moore" */
			if (is_name_word_at(s, len, spaces_end(s, len, w, 2)))
				break;
		}
		end = w;
		if (words == 2)
			break;
	}
	if (end == 0 || end - t > TOK_MAX_LEN - 16)
		return 0;
	return end;
}

/* "paragraph 7.1", "Section 5.2", "Appendix 1", "Appendix A", "Schedule 12A" */
static size_t
section_ref_at(const char *s, size_t len, size_t i, size_t e)
{
	size_t		j,
				k;

	if (e >= len || s[e] != ' ')
		return 0;
	j = spaces_end(s, len, e, 2);
	/* cheap test first: a number or a capital must follow */
	if (j >= len || !(tu_digit(U(s, j)) || tu_upper(U(s, j))) || e - i < 4 || e - i > 10)
		return 0;
	if (word_in(s + i, e - i, section_words) < 0)
		return 0;
	if (tu_digit(U(s, j)))
	{
		k = digits_end(s, len, j);
		while (k + 1 < len && s[k] == '.' && tu_digit(U(s, k + 1)) && k - j < 16)
			k = digits_end(s, len, k + 1);
		if (k - j == 4 && s[j] != '0' && digits_value(s, j, k) >= 1900 &&
			digits_value(s, j, k) <= 2099)
			return 0;		/* "schedule 2017": a year */
		if (k < len && tu_upper(U(s, k)) && delimited_at(s, len, k + 1))
			k++;			/* "12A" */
		if (!delimited_at(s, len, k))
			return 0;
		return k;
	}
	/* a single capital letter: "Appendix A" */
	if (tu_upper(U(s, j)) && delimited_at(s, len, j + 1) &&
		(word_eq(s + i, e - i, "appendix") || word_eq(s + i, e - i, "annex")))
		return j + 1;
	return 0;
}

/* The local part ends at the '@' at s[at]; is there a domain after it? */
static size_t
email_at(const char *s, size_t len, size_t i)
{
	size_t		j = i;
	size_t		at,
				dot = 0,
				e;

	while (j < len && j - i < 64 &&
		   (tu_alnum(U(s, j)) || s[j] == '.' || s[j] == '_' || s[j] == '-' || s[j] == '+'))
		j++;
	if (j >= len || s[j] != '@' || j == i || s[j - 1] == '.')
		return 0;
	at = j;
	e = at + 1;
	while (e < len && e - at < 128 && (tu_alnum(U(s, e)) || s[e] == '-' || s[e] == '.'))
	{
		if (s[e] == '.')
			dot = e;
		e++;
	}
	/* trailing dots belong to the sentence */
	while (e > at + 1 && s[e - 1] == '.')
		e--;
	if (dot == 0 || dot >= e - 1 || dot == at + 1 || !tu_alpha(U(s, e - 1)))
		return 0;
	return e;
}

static bool
url_char(unsigned char c)
{
	return c > 0x20 && c < 0x7f && c != '<' && c != '>' && c != '"' && c != '\'' &&
		c != '`' && c != '{' && c != '}' && c != '|' && c != '\\' && c != '^';
}

/* "http://...", "https://...", "www...." at a letter run s[i..e) */
static size_t
url_at(const char *s, size_t len, size_t i, size_t e)
{
	size_t		j;

	if ((word_eq(s + i, e - i, "http") || word_eq(s + i, e - i, "https")) &&
		e + 3 < len && s[e] == ':' && s[e + 1] == '/' && s[e + 2] == '/' &&
		tu_alnum(U(s, e + 3)))
		j = e + 3;
	else if (word_eq(s + i, e - i, "www") && e + 1 < len && s[e] == '.' && tu_alnum(U(s, e + 1)))
		j = e + 1;
	else
		return 0;
	while (j < len && j - i < TOK_MAX_LEN && url_char(U(s, j)))
		j++;
	/* trailing punctuation belongs to the sentence */
	while (j > i && (s[j - 1] == '.' || s[j - 1] == ',' || s[j - 1] == ';' ||
					 s[j - 1] == ':' || s[j - 1] == ')' || s[j - 1] == '!' || s[j - 1] == '?'))
		j--;
	return j;
}

/* ---------------------------------------------------------------------
 * The scanner
 * ---------------------------------------------------------------------
 */

void
tok_init(tok_scanner *sc, const char *doc, size_t len, tok_break *brk)
{
	sc->doc = doc;
	sc->len = len;
	sc->pos = 0;
	sc->brk = brk;
	sc->run_start = 0;
	sc->run_end = 0;
	sc->run_bi = false;
	sc->prev_caps = false;
	sc->prev_end = 0;
	sc->tick = NULL;
	sc->tick_ctx = NULL;
}

void
tok_skip_to(tok_scanner *sc, size_t pos)
{
	if (pos <= sc->pos)
		return;
	sc->pos = pos < sc->len ? pos : sc->len;
	sc->run_start = sc->run_end = 0;
	sc->run_bi = false;
	sc->prev_caps = false;
	sc->prev_end = sc->pos;
}

/* Cut a token [start, end) to TOK_MAX_LEN bytes at a character boundary. */
static size_t
cap_end(const char *s, size_t start, size_t end)
{
	if (end - start <= TOK_MAX_LEN)
		return end;
	end = start + TOK_MAX_LEN;
	while (end > start + 1 && (U(s, end) & 0xC0) == 0x80)
		end--;
	return end;
}

static bool
emit(tok_scanner *sc, tok_token *tok, size_t start, size_t end, tok_type type)
{
	end = cap_end(sc->doc, start, end);
	tok->start = start;
	tok->len = end - start;
	tok->type = type;
	sc->pos = end;
	sc->prev_end = end;
	return true;
}

/* All capitals, at least two letters: a heading word or an acronym. */
static bool
all_caps(const char *s, size_t i, size_t e)
{
	if (e - i < 2)
		return false;
	for (; i < e; i++)
		if (!tu_upper(U(s, i)))
			return false;
	return true;
}

/* Is there no line break between the previous token and s[i]? */
static bool
same_line_as_prev(const tok_scanner *sc, size_t i)
{
	size_t		j;

	if (i - sc->prev_end > 8)
		return false;
	for (j = sc->prev_end; j < i; j++)
		if (sc->doc[j] == '\n' || sc->doc[j] == '\r')
			return false;
	return true;
}

/* Does an all-capitals word follow s[e] on the same line? */
static bool
caps_word_follows(const char *s, size_t len, size_t e)
{
	size_t		j = e;
	size_t		k;

	while (j < len && j - e < 4 && (s[j] == ' ' || s[j] == '\t' || s[j] == '-' ||
									s[j] == '&' || s[j] == ',' || s[j] == '(' ||
									s[j] == ')' || s[j] == ':' || s[j] == '/'))
		j++;
	k = letters_end(s, len, j);
	return all_caps(s, j, k) && delimited_at(s, len, k);
}

/*
 * Words and acronyms from a run of ASCII letters at s[i..e).  The word
 * continues through apostrophes and digits ("Children's", "KS2").
 */
static bool
scan_word(tok_scanner *sc, tok_token *tok, size_t i, size_t e)
{
	const char *s = sc->doc;
	size_t		len = sc->len;
	size_t		core = e;		/* end of the letters before any "'s" */
	size_t		n;
	size_t		upper = 0,
				lowerc = 0,
				j;
	bool		caps = all_caps(s, i, e);
	bool		prev_caps = sc->prev_caps && same_line_as_prev(sc, i);

	/* Children's, O'Brien, CAF’s */
	while ((n = apostrophe_at(s, len, e)) != 0 && e + n < len && tu_alpha(U(s, e + n)))
		e = letters_end(s, len, e + n);
	if (e < len && tu_digit(U(s, e)))
	{
		while (e < len && tu_alnum(U(s, e)))
			e++;
		sc->prev_caps = false;
		return emit(sc, tok, i, e, TOK_WORD);
	}
	sc->prev_caps = caps;
	for (j = i; j < core; j++)
	{
		if (tu_upper(U(s, j)))
			upper++;
		else
			lowerc++;
	}
	/* SLAs: a plural s after capitals */
	if (core - i >= 3 && s[core - 1] == 's' && lowerc == 1 && upper == core - i - 1)
		lowerc = 0;
	if (upper >= 2 && upper > lowerc && upper <= 6 &&
		(e == core || e - core == 2 || e - core == 4) &&
		!(caps && (prev_caps || caps_word_follows(s, len, e))))
	{
		if (e == core || s[e - 1] == 's')
			return emit(sc, tok, i, e, TOK_ACRONYM);
	}
	return emit(sc, tok, i, e, TOK_WORD);
}

/* The extent of a run of letters with a non-ASCII letter in it, from s[i]. */
static size_t
intl_run_end(const char *s, size_t len, size_t i)
{
	size_t		e = i;
	size_t		n;

	while (e < len && e - i < RUN_MAX)
	{
		if (tu_alnum(U(s, e)))
			e++;
		else if (U(s, e) >= 0x80 && is_intl_letter(decode_at(s, len, e, &n)))
			e += n;
		else if ((n = apostrophe_at(s, len, e)) != 0 && e + n < len &&
				 (tu_alpha(U(s, e + n)) || intl_letter_at(s, len, e + n)))
			e += n;
		else
			break;
	}
	return e > len ? len : e;
}

/*
 * The next word of the non-ASCII run [run_start, run_end) from pos, by
 * ICU word boundaries; skips pieces ICU calls neither words nor numbers.
 */
static bool
scan_intl(tok_scanner *sc, tok_token *tok, size_t run_start)
{
	const char *s = sc->doc;
	UBreakIterator *bi = sc->brk ? sc->brk->bi : NULL;

	sc->prev_caps = false;
	if (run_start != SIZE_MAX)
	{
		UErrorCode	status = U_ZERO_ERROR;
		UText		ut = UTEXT_INITIALIZER;

		sc->run_end = intl_run_end(s, sc->len, run_start);
		sc->run_start = run_start;
		if (bi != NULL)
		{
			utext_openUTF8(&ut, s + run_start, (int64_t) (sc->run_end - run_start), &status);
			if (U_SUCCESS(status))
				ubrk_setUText(bi, &ut, &status);
			utext_close(&ut);
			if (U_FAILURE(status))
				bi = NULL;
		}
		sc->run_bi = bi != NULL;
	}
	else
		bi = sc->run_bi ? bi : NULL;

	while (sc->pos < sc->run_end)
	{
		size_t		start = sc->pos;
		size_t		end;
		int32_t		b;

		if (bi == NULL)
			return emit(sc, tok, start, sc->run_end, TOK_WORD);
		b = ubrk_following(bi, (int32_t) (start - sc->run_start));
		if (b == UBRK_DONE || sc->run_start + (size_t) b <= start)
			end = sc->run_end;
		else
			end = sc->run_start + (size_t) b;
		if (end > sc->run_end)
			end = sc->run_end;
		if (ubrk_getRuleStatus(bi) >= UBRK_WORD_NONE_LIMIT || end - start > 3 ||
			tu_alnum(U(s, start)) || intl_letter_at(s, sc->len, start))
			return emit(sc, tok, start, end, TOK_WORD);
		sc->pos = end;			/* an apostrophe on its own */
	}
	sc->run_end = 0;
	return false;
}

/* Tokens that start with a digit at s[i]. */
static bool
scan_digits(tok_scanner *sc, tok_token *tok, size_t i)
{
	const char *s = sc->doc;
	size_t		len = sc->len;
	size_t		e = digits_end(s, len, i);
	size_t		t;

	sc->prev_caps = false;
	if (i > 0 && (s[i - 1] == '/' || s[i - 1] == '.') && i > 1 && tu_digit(U(s, i - 2)))
	{
		/* the tail of something longer ("13/01573/FUL"): a plain number */
		t = number_end(s, len, i);
		if (t < len && tu_alpha(U(s, t)))
			goto word;
		return emit(sc, tok, i, t, TOK_NUMBER);
	}
	if (e < len && (s[e] == '/' || s[e] == '-' || U(s, e) == 0xE2))
	{
		if ((t = year_range_at(s, len, i)) != 0)
			return emit(sc, tok, i, t, TOK_YEAR_RANGE);
		if ((t = slash_date_at(s, len, i)) != 0)
			return emit(sc, tok, i, t, TOK_DATE);
	}
	if (e < len && (s[e] == '/' || s[e] == '.' || tu_lower(U(s, e))) &&
		(t = minute_ref_at(s, len, i)) != 0)
		return emit(sc, tok, i, t, TOK_MINUTE_REF);
	if (e - i <= 2)
	{
		if ((t = time_at(s, len, i)) != 0)
			return emit(sc, tok, i, t, TOK_TIME);
		if ((t = day_month_date_at(s, len, i, e)) != 0)
			return emit(sc, tok, i, t, TOK_DATE);
	}
	if (s[i] == '0' && (t = phone_at(s, len, i)) != 0)
		return emit(sc, tok, i, t, TOK_PHONE);
	if ((t = ordinal_suffix_end(s, len, e)) != 0)
		return emit(sc, tok, i, t, TOK_ORDINAL);
	t = number_end(s, len, i);
	if (t < len && s[t] == '%')
		return emit(sc, tok, i, t + 1, TOK_PERCENT);
	if ((e = percent_words_end(s, len, t)) != 0)
		return emit(sc, tok, i, e, TOK_PERCENT);
	if (t < len && (tu_alpha(U(s, t)) || intl_letter_at(s, len, t)))
		goto word;
	return emit(sc, tok, i, t, TOK_NUMBER);

word:
	/* digits and letters together: "12A", "3x4" */
	t = i;
	while (t < len && tu_alnum(U(s, t)))
		t++;
	if (t < len && intl_letter_at(s, len, t))
	{
		sc->pos = i;
		return scan_intl(sc, tok, i);
	}
	return emit(sc, tok, i, t, TOK_WORD);
}

/* Tokens that start with an ASCII letter at s[i]. */
static bool
scan_letters(tok_scanner *sc, tok_token *tok, size_t i)
{
	const char *s = sc->doc;
	size_t		len = sc->len;
	size_t		e = letters_end(s, len, i);
	size_t		t;
	unsigned char next = e < len ? U(s, e) : 0;

	if (next >= 0x80 && (intl_letter_at(s, len, e) ||
						 (rsquo_at(s, len, e) && intl_letter_at(s, len, e + 3))))
	{
		sc->pos = i;
		return scan_intl(sc, tok, i);
	}
	if (next == '\'' && intl_letter_at(s, len, e + 1))
	{
		sc->pos = i;
		return scan_intl(sc, tok, i);
	}
	if (next == ':' || next == '.')
	{
		if ((t = url_at(s, len, i, e)) != 0)
		{
			sc->prev_caps = false;
			return emit(sc, tok, i, t, TOK_URL);
		}
	}
	if (next == '@' || next == '.' || next == '_' || next == '-' || next == '+' ||
		tu_digit(next))
	{
		if ((t = email_at(s, len, i)) != 0)
		{
			sc->prev_caps = false;
			return emit(sc, tok, i, t, TOK_EMAIL);
		}
	}
	if (e - i <= 4 && tu_upper(U(s, i)) && (tu_digit(next) || next == '/'))
	{
		if ((t = minute_ref_at(s, len, i)) != 0)
		{
			sc->prev_caps = false;
			return emit(sc, tok, i, t, TOK_MINUTE_REF);
		}
	}
	if (tu_upper(U(s, i)))
	{
		size_t		te = title_end(s, len, i, e);

		if (te != 0 && (t = person_at(s, len, te)) != 0)
		{
			sc->prev_caps = false;
			return emit(sc, tok, i, t, TOK_PERSON);
		}
		if ((t = month_year_at(s, len, i, e)) != 0)
		{
			sc->prev_caps = false;
			return emit(sc, tok, i, t, TOK_DATE);
		}
	}
	if (next == ' ' && (t = section_ref_at(s, len, i, e)) != 0)
	{
		sc->prev_caps = false;
		return emit(sc, tok, i, t, TOK_SECTION_REF);
	}
	return scan_word(sc, tok, i, e);
}

static bool next_in_window(tok_scanner *sc, tok_token *tok);

bool
tok_next(tok_scanner *sc, tok_token *tok)
{
	size_t		doc_len = sc->len;
	bool		found = false;

	/* a window of blanks and punctuation has no token: look in the next */
	while (!found && sc->pos < doc_len)
	{
		if (doc_len - sc->pos > SCAN_WINDOW)
		{
			/* end the window at a character boundary */
			sc->len = sc->pos + SCAN_WINDOW;
			while (sc->len > sc->pos + 1 && (U(sc->doc, sc->len) & 0xC0) == 0x80)
				sc->len--;
		}
		found = next_in_window(sc, tok);
		sc->len = doc_len;
		if (!found && sc->tick && sc->pos < doc_len)
			sc->tick(sc->tick_ctx);
	}
	return found;
}

static bool
next_in_window(tok_scanner *sc, tok_token *tok)
{
	const char *s = sc->doc;
	size_t		len = sc->len;

	if (sc->pos < sc->run_end)
	{
		if (scan_intl(sc, tok, SIZE_MAX))
			return true;
	}
	while (sc->pos < len)
	{
		size_t		i = sc->pos;
		unsigned char c = U(s, i);

		if (c < 0x80)
		{
			size_t		t;

			if (tu_alpha(c))
				return scan_letters(sc, tok, i);
			if (tu_digit(c))
				return scan_digits(sc, tok, i);
			if (c == '(' && i + 1 < len && s[i + 1] == '0' && (t = phone_at(s, len, i)) != 0)
			{
				sc->prev_caps = false;
				return emit(sc, tok, i, t, TOK_PHONE);
			}
			sc->pos = i + 1;
		}
		else
		{
			size_t		n;
			UChar32		cp = decode_at(s, len, i, &n);
			size_t		t;

			if (cp == 0xA3 && (t = money_at(s, len, i)) != 0)
			{
				sc->prev_caps = false;
				return emit(sc, tok, i, t, TOK_MONEY);
			}
			if (is_intl_letter(cp))
			{
				if (scan_intl(sc, tok, i))
					return true;
				continue;
			}
			sc->pos = i + (n > 0 ? n : 1);
		}
	}
	return false;
}

/* ---------------------------------------------------------------------
 * Values
 * ---------------------------------------------------------------------
 */

typedef struct out_buf
{
	char	   *out;
	size_t		cap;
	size_t		n;
} out_buf;

static void
put(out_buf *b, char c)
{
	if (b->n < b->cap)
		b->out[b->n] = c;
	b->n++;
}

static void
put_str(out_buf *b, const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		put(b, s[i]);
}

static void
put_int(out_buf *b, long v, int width)
{
	char		tmp[24];
	int			n = 0;

	if (v < 0)
		v = 0;
	do
	{
		tmp[n++] = (char) ('0' + v % 10);
		v /= 10;
	} while (v != 0 && n < 20);
	while (n < width)
		tmp[n++] = '0';
	while (n > 0)
		put(b, tmp[--n]);
}

/*
 * A decimal number s[i..e) ("1,114", "10.40") times 10^shift, as a plain
 * number without separators, leading zeros or trailing fraction zeros.
 */
static void
put_scaled(out_buf *b, const char *s, size_t i, size_t e, int shift)
{
	char		digits[TOK_MAX_LEN];
	size_t		nd = 0;
	size_t		point = SIZE_MAX;
	size_t		first,
				last,
				k;

	for (k = i; k < e && nd < sizeof(digits); k++)
	{
		if (tu_digit(U(s, k)))
			digits[nd++] = s[k];
		else if (s[k] == '.' && point == SIZE_MAX)
			point = nd;
	}
	if (point == SIZE_MAX)
		point = nd;
	point += (size_t) shift;
	/* the integer part: digits[0..point), padded with zeros past nd */
	first = 0;
	while (first + 1 < point && first < nd && digits[first] == '0')
		first++;
	for (k = first; k < point; k++)
		put(b, k < nd ? digits[k] : '0');
	if (point == 0)
		put(b, '0');
	last = nd;
	while (last > point && digits[last - 1] == '0')
		last--;
	if (last > point)
	{
		put(b, '.');
		for (k = point; k < last; k++)
			put(b, digits[k]);
	}
}

static void
put_lower_ascii(out_buf *b, const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		put(b, (char) tu_fold(U(s, i)));
}

/* Lower case by ICU's simple case mapping; U+2019 becomes an apostrophe. */
static void
put_lower(out_buf *b, const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		if (U(s, i) < 0x80)
		{
			put(b, (char) tu_fold(U(s, i)));
			i++;
		}
		else
		{
			size_t		n;
			UChar32		c = decode_at(s, len, i, &n);

			if (c < 0)
			{
				put(b, s[i]);
				i++;
				continue;
			}
			if (c == 0x2019)
				put(b, '\'');
			else
			{
				uint8_t		tmp[4];
				int32_t		k = 0;
				UBool		err = false;
				int32_t		m;

				U8_APPEND((uint8_t *) tmp, k, 4, u_tolower(c), err);
				if (err)
					put_str(b, s + i, n);
				else
					for (m = 0; m < k; m++)
						put(b, (char) tmp[m]);
			}
			i += n;
		}
	}
}

void
tok_person_name(const char *s, size_t len, size_t *start, size_t *name_len)
{
	size_t		e = letters_end(s, len, 0);
	size_t		t = title_end(s, len, 0, e);
	size_t		i;

	if (t == 0)
		t = e;
	i = t;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	*start = i;
	*name_len = len - i;
}

/* Value of a date token. */
static void
date_value(out_buf *b, const char *s, size_t len)
{
	size_t		e = digits_end(s, len, 0);
	long		day = 0,
				month = 0,
				year = 0;
	size_t		j;

	if (e == 0)
	{
		/* "March 2018" */
		j = letters_end(s, len, 0);
		month = month_of(s, j);
		j = spaces_end(s, len, j, 2);
		year = digits_value(s, j, digits_end(s, len, j));
		put_int(b, year, 4);
		put(b, '-');
		put_int(b, month, 2);
		return;
	}
	day = digits_value(s, 0, e);
	if (e < len && s[e] == '/')
	{
		size_t		e2 = digits_end(s, len, e + 1);
		size_t		e3 = digits_end(s, len, e2 + 1);

		month = digits_value(s, e + 1, e2);
		year = digits_value(s, e2 + 1, e3);
		if (e3 - e2 - 1 == 2)
			year = mref_expand_year((int) year);
	}
	else
	{
		j = ordinal_suffix_end(s, len, e);
		if (j == 0)
			j = e;
		j = spaces_end(s, len, j, 2);
		e = letters_end(s, len, j);
		month = month_of(s + j, e - j);
		while (e < len && !tu_digit(U(s, e)))
			e++;
		if (e < len)
			year = digits_value(s, e, digits_end(s, len, e));
	}
	if (year > 0)
		put_int(b, year, 4);
	else
		put_str(b, "-", 1);
	put(b, '-');
	put_int(b, month, 2);
	put(b, '-');
	put_int(b, day, 2);
}

static void
time_value(out_buf *b, const char *s, size_t len)
{
	size_t		e = digits_end(s, len, 0);
	long		h = digits_value(s, 0, e);
	long		m = 0;
	int			offset = 0;

	if (e + 2 < len && (s[e] == '.' || s[e] == ':') && tu_digit(U(s, e + 1)))
	{
		m = digits_value(s, e + 1, e + 3);
		e += 3;
	}
	if (meridiem_end(s, len, spaces_end(s, len, e, 1), &offset) != 0 && offset >= 0)
	{
		if (h == 12)
			h = 0;
		h += offset;
	}
	put_int(b, h, 2);
	put(b, ':');
	put_int(b, m, 2);
}

static void
money_value(out_buf *b, const char *s, size_t len)
{
	size_t		i = (len >= 2 && U(s, 0) == 0xC2) ? 2 : 0;
	size_t		e = number_end(s, len, i);
	size_t		k = e;
	int			shift = 0;

	while (k < len && !tu_alpha(U(s, k)))
		k++;
	if (k < len)
	{
		unsigned char c = tu_fold(U(s, k));

		shift = c == 'k' ? 3 : c == 'm' ? 6 : c == 'b' ? 9 : 0;
	}
	put_scaled(b, s, i, e, shift);
}

size_t
tok_value(tok_type type, const char *s, size_t len, char *out, size_t cap)
{
	out_buf		b = {out, cap, 0};
	size_t		i,
				n;

	switch (type)
	{
		case TOK_MINUTE_REF:
			{
				mref		v;
				mref_error	err;
				size_t		errpos;
				char		buf[MREF_TEXT_MAX];

				if (!mref_parse(s, len, &v, &err, &errpos))
					break;
				n = mref_format(v, buf);
				put_str(&b, buf, n);
				return b.n;
			}
		case TOK_YEAR_RANGE:
			{
				size_t		e = digits_end(s, len, 0);
				long		y1 = digits_value(s, 0, e);
				size_t		j = e;
				size_t		e2;
				long		y2;

				while (j < len && !tu_digit(U(s, j)))
					j++;
				e2 = digits_end(s, len, j);
				y2 = digits_value(s, j, e2);
				if (e2 - j == 2)
				{
					y2 += y1 - y1 % 100;
					if (y2 <= y1)
						y2 += 100;
				}
				put_int(&b, y1, 4);
				put(&b, '-');
				put_int(&b, y2, 4);
				return b.n;
			}
		case TOK_DATE:
			date_value(&b, s, len);
			return b.n;
		case TOK_TIME:
			time_value(&b, s, len);
			return b.n;
		case TOK_MONEY:
			money_value(&b, s, len);
			return b.n;
		case TOK_PERCENT:
			/* the number only: "10.4%", "24.9 per cent" */
			put_scaled(&b, s, 0, number_end(s, len, 0), 0);
			put(&b, '%');
			return b.n;
		case TOK_NUMBER:
			put_scaled(&b, s, 0, len, 0);
			return b.n;
		case TOK_ORDINAL:
			put_scaled(&b, s, 0, digits_end(s, len, 0), 0);
			return b.n;
		case TOK_SECTION_REF:
			{
				size_t		e = letters_end(s, len, 0);

				if (e > 4 && s[e - 1] == 's' && word_in(s, e, section_words) >= 0)
					e--;		/* "Pages 3" -> "page 3" */
				put_lower_ascii(&b, s, e);
				put(&b, ' ');
				i = spaces_end(s, len, letters_end(s, len, 0), 2);
				put_str(&b, s + i, len - i);
				return b.n;
			}
		case TOK_PERSON:
			tok_person_name(s, len, &i, &n);
			put_str(&b, s + i, n);
			return b.n;
		case TOK_PHONE:
			for (i = 0; i < len; i++)
				if (tu_digit(U(s, i)))
					put(&b, s[i]);
			return b.n;
		case TOK_EMAIL:
			put_lower_ascii(&b, s, len);
			return b.n;
		case TOK_ACRONYM:
			n = len;
			if (n >= 2 && s[n - 2] == '\'' && s[n - 1] == 's')
				n -= 2;
			else if (n >= 4 && rsquo_at(s, len, n - 4) && s[n - 1] == 's')
				n -= 4;
			else if (n >= 3 && s[n - 1] == 's' && tu_upper(U(s, n - 2)))
				n -= 1;
			put_str(&b, s, n);
			return b.n;
		case TOK_WORD:
			put_lower(&b, s, len);
			return b.n;
		default:
			break;
	}
	put_str(&b, s, len);
	return b.n;
}
