/*
 * mref.c - parse, print and find minute references.  See mref.h.
 */
#include "mref.h"

#include <string.h>

#define PREFIX_SHIFT 44
#define YEAR_SHIFT 34
#define NUMBER_SHIFT 17
#define SUB1_SHIFT 11
#define SUB2_SHIFT 5

#define MASK(bits) ((UINT64_C(1) << (bits)) - 1)

static inline bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_alpha(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static inline bool
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Letters, digits, and any byte of a non-ASCII character (a letter in most text). */
static inline bool
is_wordish(unsigned char c)
{
	return is_digit(c) || is_alpha(c) || c >= 0x80;
}

/*
 * Length of a UTF-8 no-break space (U+00A0) at s[i], or 0.  Word processors
 * and web pages put them between "Minute" and its number.
 */
static inline size_t
nbsp_at(const char *s, size_t len, size_t i)
{
	return (i + 1 < len && (unsigned char) s[i] == 0xC2 && (unsigned char) s[i + 1] == 0xA0) ? 2 : 0;
}

/* U+2000-U+206F (dashes, curly quotes, ellipsis) or U+00A0, starting at s[i]. */
static inline bool
typographic_at(const char *s, size_t len, size_t i)
{
	return nbsp_at(s, len, i) ||
		(i + 2 < len && (unsigned char) s[i] == 0xE2 &&
		 ((unsigned char) s[i + 1] == 0x80 || (unsigned char) s[i + 1] == 0x81));
}

/* Does a word go on at s[i]?  Typographic punctuation does not continue one. */
static inline bool
word_continues_at(const char *s, size_t len, size_t i)
{
	return i < len && is_wordish((unsigned char) s[i]) && !typographic_at(s, len, i);
}

/* Does a word end just before s[i]? */
static inline bool
word_ends_before(const char *s, size_t i)
{
	if (i == 0)
		return true;
	if (!is_wordish((unsigned char) s[i - 1]))
		return true;
	if (i >= 2 && (unsigned char) s[i - 2] == 0xC2 && (unsigned char) s[i - 1] == 0xA0)
		return true;
	return i >= 3 && (unsigned char) s[i - 3] == 0xE2 &&
		((unsigned char) s[i - 2] == 0x80 || (unsigned char) s[i - 2] == 0x81);
}

static inline char
to_upper(unsigned char c)
{
	return (char) ((c >= 'a' && c <= 'z') ? c - ('a' - 'A') : c);
}

/* The 5-bit code of prefix letter i (0 = leftmost); 0 means no letter. */
static inline unsigned
prefix_code(mref v, int i)
{
	return (unsigned) ((v >> (PREFIX_SHIFT + 5 * (MREF_MAX_PREFIX - 1 - i))) & MASK(5));
}

int
mref_municipal_year(int year, int month)
{
	return month >= 5 ? year : year - 1;
}

int
mref_expand_year(int two_digits)
{
	return two_digits < 70 ? 2000 + two_digits : 1900 + two_digits;
}

bool
mref_pack(const mref_parts *p, mref *out)
{
	uint64_t	prefix = 0;
	size_t		n = strlen(p->prefix);
	size_t		i;

	if (n > MREF_MAX_PREFIX)
		return false;
	for (i = 0; i < MREF_MAX_PREFIX; i++)
	{
		uint64_t	code = 0;

		if (i < n)
		{
			if (p->prefix[i] < 'A' || p->prefix[i] > 'Z')
				return false;
			code = (uint64_t) (p->prefix[i] - 'A' + 1);
		}
		prefix = (prefix << 5) | code;
	}
	if (p->year < MREF_MIN_YEAR || p->year > MREF_MAX_YEAR)
		return false;
	if (p->number < 1 || p->number > MREF_MAX_NUMBER)
		return false;
	if (p->sub[0] < 0 || p->sub[0] > MREF_MAX_SUBMINUTE ||
		p->sub[1] < 0 || p->sub[1] > MREF_MAX_SUBMINUTE ||
		(p->sub[0] == 0 && p->sub[1] != 0))
		return false;
	if (p->suffix != 0 && (p->suffix < 'a' || p->suffix > 'z'))
		return false;

	*out = (prefix << PREFIX_SHIFT)
		| ((uint64_t) (p->year - MREF_MIN_YEAR) << YEAR_SHIFT)
		| ((uint64_t) p->number << NUMBER_SHIFT)
		| ((uint64_t) p->sub[0] << SUB1_SHIFT)
		| ((uint64_t) p->sub[1] << SUB2_SHIFT)
		| (uint64_t) (p->suffix ? p->suffix - 'a' + 1 : 0);
	return true;
}

void
mref_unpack(mref v, mref_parts *p)
{
	int			n = 0;
	int			i;
	unsigned	suffix = (unsigned) (v & MASK(5));

	for (i = 0; i < MREF_MAX_PREFIX && prefix_code(v, i) != 0; i++)
		p->prefix[n++] = (char) ('A' + prefix_code(v, i) - 1);
	p->prefix[n] = '\0';
	p->year = (int) ((v >> YEAR_SHIFT) & MASK(10)) + MREF_MIN_YEAR;
	p->number = (int) ((v >> NUMBER_SHIFT) & MASK(17));
	p->sub[0] = (int) ((v >> SUB1_SHIFT) & MASK(6));
	p->sub[1] = (int) ((v >> SUB2_SHIFT) & MASK(6));
	p->suffix = suffix ? (char) ('a' + suffix - 1) : 0;
}

bool
mref_is_valid(mref v)
{
	mref_parts	p;
	mref		again;
	int			i;

	/* A code past 'Z' cannot print; a letter after a gap fails the repack below. */
	for (i = 0; i < MREF_MAX_PREFIX; i++)
		if (prefix_code(v, i) > 26)
			return false;
	mref_unpack(v, &p);
	return mref_pack(&p, &again) && again == v;
}

static size_t
put_uint(char *out, unsigned v)
{
	char		tmp[12];
	size_t		n = 0;
	size_t		i;

	do
	{
		tmp[n++] = (char) ('0' + v % 10);
		v /= 10;
	} while (v != 0);
	for (i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	return n;
}

size_t
mref_format(mref v, char *out)
{
	mref_parts	p;
	size_t		n;
	size_t		plen;

	mref_unpack(v, &p);
	plen = strlen(p.prefix);
	memcpy(out, p.prefix, plen);
	n = plen;
	n += put_uint(out + n, (unsigned) p.number);
	if (p.sub[0])
	{
		out[n++] = '.';
		n += put_uint(out + n, (unsigned) p.sub[0]);
		if (p.sub[1])
		{
			out[n++] = '.';
			n += put_uint(out + n, (unsigned) p.sub[1]);
		}
	}
	if (p.suffix)
		out[n++] = p.suffix;
	out[n++] = '/';
	if (p.year >= 1970 && p.year <= 2069)
	{
		out[n++] = (char) ('0' + (p.year % 100) / 10);
		out[n++] = (char) ('0' + p.year % 10);
	}
	else
		n += put_uint(out + n, (unsigned) p.year);
	out[n] = '\0';
	return n;
}

const char *
mref_error_detail(mref_error err)
{
	switch (err)
	{
		case MREF_OK:
			return "No error.";
		case MREF_ERR_EMPTY:
			return "The value is empty.";
		case MREF_ERR_PREFIX_LONG:
			return "A body prefix has at most 4 letters.";
		case MREF_ERR_NO_NUMBER:
			return "The minute number is missing.";
		case MREF_ERR_NUMBER_RANGE:
			return "The minute number must be between 1 and 99999.";
		case MREF_ERR_SUB_MISSING:
			return "A \".\" must be followed by a sub-minute number.";
		case MREF_ERR_SUB_RANGE:
			return "A sub-minute number must be between 1 and 63.";
		case MREF_ERR_SUB_DEPTH:
			return "At most two sub-minute levels are allowed.";
		case MREF_ERR_NO_SLASH:
			return "The minute number must be followed by \"/\" and the year.";
		case MREF_ERR_NO_YEAR:
			return "The year is missing after \"/\".";
		case MREF_ERR_YEAR_DIGITS:
			return "The year must have 2 or 4 digits.";
		case MREF_ERR_YEAR_RANGE:
			return "A four-digit year must be between 1900 and 2899.";
		case MREF_ERR_YEAR_SECOND:
			return "The second year of a municipal-year range must be the year after the first.";
		case MREF_ERR_TRAILING:
			return "Unexpected text after the year.";
	}
	return "Unknown error.";
}

/* Read a run of digits at s[*i]; returns the digit count, value capped. */
static size_t
read_digits(const char *s, size_t len, size_t *i, long *value)
{
	size_t		start = *i;
	long		v = 0;

	while (*i < len && is_digit((unsigned char) s[*i]))
	{
		if (v <= 1000000)
			v = v * 10 + (s[*i] - '0');
		(*i)++;
	}
	*value = v;
	return *i - start;
}

/*
 * Parse one reference that starts exactly at s[i].  On success *end is the
 * byte just past it.  On failure *errpos is where the problem is.
 */
static mref_error
parse_at(const char *s, size_t len, size_t i, mref *out, size_t *end, size_t *errpos,
		 bool stop_before_bad_range)
{
	mref_parts	p;
	size_t		nletters = 0;
	size_t		ndigits;
	long		v;
	int			depth = 0;

	memset(&p, 0, sizeof(p));

	while (i < len && is_alpha((unsigned char) s[i]))
	{
		if (nletters == MREF_MAX_PREFIX)
		{
			*errpos = i;
			return MREF_ERR_PREFIX_LONG;
		}
		p.prefix[nletters++] = to_upper((unsigned char) s[i]);
		i++;
	}
	if (nletters > 0 && i + 1 < len && (s[i] == '/' || s[i] == '.') &&
		is_digit((unsigned char) s[i + 1]))
		i++;

	*errpos = i;
	ndigits = read_digits(s, len, &i, &v);
	if (ndigits == 0)
		return MREF_ERR_NO_NUMBER;
	if (v < 1 || v > MREF_MAX_NUMBER)
		return MREF_ERR_NUMBER_RANGE;
	p.number = (int) v;

	while (i < len && s[i] == '.')
	{
		*errpos = i;
		if (depth == 2)
			return MREF_ERR_SUB_DEPTH;
		i++;
		if (read_digits(s, len, &i, &v) == 0)
			return MREF_ERR_SUB_MISSING;
		if (v < 1 || v > MREF_MAX_SUBMINUTE)
			return MREF_ERR_SUB_RANGE;
		p.sub[depth++] = (int) v;
	}

	if (i < len && is_alpha((unsigned char) s[i]))
	{
		p.suffix = (char) (s[i] | 0x20);
		i++;
	}

	*errpos = i;
	if (i >= len || s[i] != '/')
		return MREF_ERR_NO_SLASH;
	i++;

	*errpos = i;
	ndigits = read_digits(s, len, &i, &v);
	if (ndigits == 0)
		return MREF_ERR_NO_YEAR;
	if (ndigits == 2)
		p.year = mref_expand_year((int) v);
	else if (ndigits == 4)
	{
		if (v < MREF_MIN_YEAR || v > MREF_MAX_YEAR)
			return MREF_ERR_YEAR_RANGE;
		p.year = (int) v;
	}
	else
		return MREF_ERR_YEAR_DIGITS;

	/* Municipal-year range: "07-08", "2007-08", "2007-2008", "2007/08". */
	if (i + 1 < len && is_digit((unsigned char) s[i + 1]) &&
		(s[i] == '-' || (s[i] == '/' && ndigits == 4)))
	{
		size_t		second_at = i + 1;
		size_t		n2;
		long		v2;

		size_t		year_end = i;

		i++;
		n2 = read_digits(s, len, &i, &v2);
		if (!((n2 == 2 && v2 == (p.year + 1) % 100) ||
			  (n2 == 4 && v2 == p.year + 1)))
		{
			/* In prose, "53/17-55/17" is a run of minutes, not a bad range. */
			if (!stop_before_bad_range)
			{
				*errpos = second_at;
				return MREF_ERR_YEAR_SECOND;
			}
			i = year_end;
		}
	}

	if (!mref_pack(&p, out))
		return MREF_ERR_NUMBER_RANGE;	/* unreachable: every part was checked */
	*end = i;
	return MREF_OK;
}

bool
mref_parse(const char *buf, size_t len, mref *out, mref_error *err, size_t *errpos)
{
	size_t		start = 0;
	size_t		stop = len;
	size_t		end = 0;
	mref_error	e;

	while (start < stop && is_space((unsigned char) buf[start]))
		start++;
	while (stop > start && is_space((unsigned char) buf[stop - 1]))
		stop--;
	if (start == stop)
	{
		*err = MREF_ERR_EMPTY;
		*errpos = start;
		return false;
	}
	e = parse_at(buf, stop, start, out, &end, errpos, false);
	if (e == MREF_OK && end != stop)
	{
		e = MREF_ERR_TRAILING;
		*errpos = end;
	}
	*err = e;
	return e == MREF_OK;
}

/* ---------------------------------------------------------------------
 * Finding cited references in prose
 * ---------------------------------------------------------------------
 */

void
mref_scan_init(mref_scanner *sc, const char *doc, size_t len)
{
	sc->doc = doc;
	sc->len = len;
	sc->pos = 0;
	sc->in_list = false;
}

/* Case-insensitive match of an ASCII lower-case word at s[i], whole word. */
static bool
word_at(const char *s, size_t len, size_t i, const char *word, size_t *end)
{
	size_t		n = strlen(word);
	size_t		k;

	if (i + n > len)
		return false;
	for (k = 0; k < n; k++)
	{
		unsigned char c = (unsigned char) s[i + k];

		if ((char) (is_alpha(c) ? (c | 0x20) : c) != word[k])
			return false;
	}
	/* A word ending in "." ends there; otherwise the next byte must not continue it. */
	if (word[n - 1] != '.' && word_continues_at(s, len, i + n))
		return false;
	*end = i + n;
	return true;
}

static size_t
skip_space(const char *s, size_t len, size_t i)
{
	for (;;)
	{
		if (i < len && is_space((unsigned char) s[i]))
			i++;
		else if (nbsp_at(s, len, i))
			i += 2;
		else
			return i;
	}
}

/*
 * "15/16", "2017/18", "2017/2018": a financial or municipal year.  Only the
 * four-digit form is never a minute; "15/16" can be minute 15 of 2016.
 */
static bool
looks_like_year_range(mref v)
{
	mref_parts	p;

	mref_unpack(v, &p);
	if (p.prefix[0] || p.suffix || p.sub[0])
		return false;
	if (p.number < 100)
		return p.number == (p.year - 1) % 100;
	return p.number == p.year - 1;
}

static bool
is_long_year_range(mref v)
{
	return (v >> NUMBER_SHIFT & MASK(17)) >= MREF_MIN_YEAR && looks_like_year_range(v);
}

/*
 * A reference at s[i] that is properly delimited on the right: not the front
 * of a date ("14/05/2014"), a planning number ("13/01573/FUL") or a decimal.
 */
static bool
ref_at(const char *s, size_t len, size_t i, mref *v, size_t *end)
{
	static const char *const not_prefixes[] = {"NO", "NOS", "REF", "MIN", "MINS", "ITEM"};
	size_t		e;
	size_t		errpos;
	size_t		k;
	unsigned char next;

	if (parse_at(s, len, i, v, &e, &errpos, true) != MREF_OK || is_long_year_range(*v))
		return false;
	/*
	 * "Minute 64/17c should read": a paragraph's letter after the year.  The
	 * reference is what comes before it, and the match ends there.
	 */
	if (e + 1 < len && e > i && s[e] >= 'a' && s[e] <= 'z' && is_digit((unsigned char) s[e - 1]) &&
		!is_wordish((unsigned char) s[e + 1]))
	{
		*end = e;
		return true;
	}
	/* "No53/17", "Ref.12/17": a qualifier run into the number is not a body code. */
	if (is_alpha((unsigned char) s[i]))
	{
		mref_parts	p;

		mref_unpack(*v, &p);
		for (k = 0; k < sizeof(not_prefixes) / sizeof(not_prefixes[0]); k++)
			if (strcmp(p.prefix, not_prefixes[k]) == 0)
				return false;
	}
	if (e < len)
	{
		next = (unsigned char) s[e];
		if (word_continues_at(s, len, e) || next == '/' || next == '\\')
			return false;
		if ((next == '.' || next == ':') && e + 1 < len && is_digit((unsigned char) s[e + 1]))
			return false;
		/* "53/17-55/17" continues as a list; "53/17-2" is something else. */
		if (next == '-' && e + 1 < len && is_digit((unsigned char) s[e + 1]))
		{
			mref		v2;
			size_t		e2;

			if (parse_at(s, len, e + 1, &v2, &e2, &errpos, true) != MREF_OK)
				return false;
		}
	}
	*end = e;
	return true;
}

static bool
is_line_break(unsigned char c)
{
	return c == '\n' || c == '\f' || c == '\r';
}

/* Spaces before a lone reference that put it in the right margin of a page. */
#define MARGIN_INDENT 24

/*
 * A reference that opens a heading: "65/17 WILLENHALL ...", "## 25/18 **Chairs
 * Announcement**", or the number alone on its line with the heading after it.
 * i is the start of a line.
 */
static bool
heading_at(const char *s, size_t len, size_t i, mref_match *m)
{
	size_t		at;
	size_t		end;
	size_t		j;
	mref		v;

	{
		size_t		indent = 0;

		while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '#' || s[i] == '*' || s[i] == '>'))
		{
			indent += s[i] == '\t' ? 8 : 1;
			i++;
		}
		if (i >= len || !(is_digit((unsigned char) s[i]) || is_alpha((unsigned char) s[i])))
			return false;
		/* far to the right and alone: a minute book's page mark, not a heading */
		if (indent >= MARGIN_INDENT)
		{
			size_t		k = i;

			while (k < len && !is_line_break((unsigned char) s[k]) && s[k] != ' ')
				k++;
			while (k < len && s[k] == ' ')
				k++;
			if (k >= len || is_line_break((unsigned char) s[k]))
				return false;
		}
	}
	at = i;
	if (!ref_at(s, len, at, &v, &end))
		return false;

	j = end;
	if (j < len && s[j] == '\t')
		return false;			/* a table cell, not a heading */
	for (;;)
	{
		if (j < len && (s[j] == ' ' || s[j] == '*' || s[j] == '_' ||
						s[j] == '.' || s[j] == ':' || s[j] == '-'))
			j++;
		else if (nbsp_at(s, len, j))
			j += 2;
		else
			break;
	}
	if (j >= len || is_line_break((unsigned char) s[j]))
	{
		/* Alone on its line: a heading only if text follows, never a lone "15/16". */
		if (looks_like_year_range(v))
			return false;
		j = skip_space(s, len, j);
		while (j < len && (s[j] == '#' || s[j] == '*'))
			j++;
		if (j >= len || !(is_alpha((unsigned char) s[j]) || (unsigned char) s[j] >= 0x80))
			return false;
	}
	else
	{
		/* A title may open with a quote or bracket: "71/17 'RISE' AGENDA". */
		while (j < len && (s[j] == '\'' || s[j] == '"' || s[j] == '(' || s[j] == '['))
			j++;
		/*
		 * or with one code, an application number or an ordinal, before a
		 * capitalised word: "PC54/19 19/00412/FUL Land at ...", "3rd Quarter".
		 */
		if (j < len && is_digit((unsigned char) s[j]))
		{
			while (j < len && (is_wordish((unsigned char) s[j]) || s[j] == '/' ||
							   s[j] == '.' || s[j] == '-'))
				j++;
			if (j >= len || s[j] != ' ')
				return false;
			while (j < len && s[j] == ' ')
				j++;
		}
		if (j >= len || !((s[j] >= 'A' && s[j] <= 'Z') || (unsigned char) s[j] >= 0x80))
			return false;		/* prose such as "1/20 of the budget" */
	}

	m->start = at;
	m->len = end - at;
	m->value = v;
	return true;
}

/* After "Minute": "No.", "Nos.", "Number", "Item", "Ref." and the like. */
static size_t
skip_minute_qualifier(const char *s, size_t len, size_t i)
{
	static const char *const qualifiers[] = {
		"numbers", "number", "nos.", "nos", "no.", "no", "items", "item",
		"reference", "ref.", "ref"
	};
	size_t		k;
	size_t		end;
	int			n;

	/* "Minute Item No. 5/17", "Minutes: No. 53/17", "Minute No53/17" */
	for (n = 0;; n++)
	{
		i = skip_space(s, len, i);
		if (i < len && s[i] == ':')
			i = skip_space(s, len, i + 1);
		if (n == 3)
			return i;
		for (k = 0; k < sizeof(qualifiers) / sizeof(qualifiers[0]); k++)
		{
			size_t		w = strlen(qualifiers[k]);

			if (word_at(s, len, i, qualifiers[k], &end) ||
				(i + w < len && is_digit((unsigned char) s[i + w]) &&
				 word_at(s, i + w, i, qualifiers[k], &end)))
			{
				i = end;
				break;
			}
		}
		if (k == sizeof(qualifiers) / sizeof(qualifiers[0]))
			return i;
	}
}

/*
 * The words that name an earlier minute before its number. "Item" and
 * "section" are how many parish minutes cite one ("as agreed at item 52/21",
 * "the wording in section 6/11"); "cofnod" (mutated "gofnod") is Welsh for a
 * minute. A number after them must still read as a minute reference (N/YY
 * and the coded forms), so "item 5" and "section 106" are never taken.
 */
static const char *const minute_keywords[] = {
	"minutes", "minute(s)", "minute", "mins.", "min.", "items", "item",
	"section", "cofnod", "gofnod", NULL
};

/* Could a keyword start with this byte? Keeps the scan to one test per byte. */
static bool
keyword_initial(unsigned char c)
{
	c |= 0x20;
	return c == 'm' || c == 'i' || c == 's' || c == 'c' || c == 'g';
}

/* A minute keyword at s[i] (a word start); returns where the ref may start. */
static bool
minute_keyword_at(const char *s, size_t len, size_t i, size_t *after)
{
	size_t		end = 0;
	size_t		k;

	if (i >= len || !keyword_initial((unsigned char) s[i]))
		return false;
	for (k = 0; minute_keywords[k] != NULL; k++)
		if (word_at(s, len, i, minute_keywords[k], &end))
			break;
	if (minute_keywords[k] == NULL)
		return false;
	end = skip_minute_qualifier(s, len, end);
	/* "Minutes (53/17) refer" */
	if (end + 1 < len && s[end] == '(' && is_digit((unsigned char) s[end + 1]))
		end++;
	*after = end;
	return true;
}

size_t
mref_keyword_end(const char *s, size_t len, size_t i)
{
	size_t		after;

	if (i >= len || !word_ends_before(s, i) || !minute_keyword_at(s, len, i, &after))
		return 0;
	return after;
}

/* "53/17 and 55/17", "53/17, 54/17 & 55/17": the next ref of a list. */
static bool
list_next(const char *s, size_t len, size_t i, mref_match *m, size_t *resume)
{
	static const char *const joiners[] = {"and", "or", "to", "&"};
	size_t		j = skip_space(s, len, i);
	size_t		k;
	size_t		end;
	bool		joined = false;
	mref		v;

	if (j < len && (s[j] == ',' || s[j] == ';'))
	{
		j = skip_space(s, len, j + 1);
		joined = true;
	}
	for (k = 0; k < sizeof(joiners) / sizeof(joiners[0]); k++)
	{
		if (word_at(s, len, j, joiners[k], &end) ||
			(joiners[k][0] == '&' && j < len && s[j] == '&' && (end = j + 1)))
		{
			j = skip_space(s, len, end);
			joined = true;
			break;
		}
	}
	/* a run of minutes: "53/17-55/17", "53/17 – 55/17" (en or em dash) */
	if (!joined && j < len && s[j] == '-')
	{
		j = skip_space(s, len, j + 1);
		joined = true;
	}
	else if (!joined && j + 2 < len && (unsigned char) s[j] == 0xE2 &&
			 (unsigned char) s[j + 1] == 0x80 &&
			 ((unsigned char) s[j + 2] == 0x93 || (unsigned char) s[j + 2] == 0x94))
	{
		j = skip_space(s, len, j + 3);
		joined = true;
	}
	if (!joined)
		return false;
	if (minute_keyword_at(s, len, j, &end))
		j = end;
	if (!ref_at(s, len, j, &v, &end))
		return false;
	m->start = j;
	m->len = end - j;
	m->value = v;
	*resume = end;
	return true;
}

bool
mref_scan_next(mref_scanner *sc, mref_match *m, size_t until)
{
	const char *s = sc->doc;
	size_t		len = sc->len;
	size_t		i = sc->pos;

	if (until > len)
		until = len;

	if (sc->in_list)
	{
		size_t		resume;

		sc->in_list = false;
		if (list_next(s, len, i, m, &resume))
		{
			sc->pos = resume;
			sc->in_list = true;
			return true;
		}
	}

	while (i < until)
	{
		unsigned char c = (unsigned char) s[i];
		unsigned char prev = i > 0 ? (unsigned char) s[i - 1] : '\n';

		if (is_line_break(prev) && heading_at(s, len, i, m))
		{
			sc->pos = m->start + m->len;
			return true;
		}
		if (keyword_initial(c) && word_ends_before(s, i))
		{
			size_t		after;
			size_t		end;
			mref		v;

			if (minute_keyword_at(s, len, i, &after))
			{
				if (ref_at(s, len, after, &v, &end))
				{
					m->start = after;
					m->len = end - after;
					m->value = v;
					sc->pos = end;
					sc->in_list = true;
					return true;
				}
				i = after > i ? after : i + 1;
				continue;
			}
		}
		i++;
	}
	sc->pos = i > until ? i : until;
	return false;
}
