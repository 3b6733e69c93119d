/*
 * cite.c - citations of earlier minutes in an item; see cite.h.
 *
 * Relations are read from the sentence around a reference:
 *   further_to  "Further to", "Following on from", "Arising from" or "With
 *               reference to" stands just before the reference (a keyword
 *               such as "minute No." may come between);
 *   amends      the sentence says the minute is changed: "be amended",
 *               "to read", "be corrected", "be deleted", "be rescinded",
 *               "amendment(s) to minute", "correction to minute" ...;
 *   refers      anything else.
 * further_to wins over amends: a follow-up often discusses amendments of
 * something else.
 */
#include "cite.h"

#include <string.h>

#include "textutil.h"

/* How far a sentence is looked at on either side of a reference. */
#define SENTENCE_REACH 400
/* Bytes between two ticks. */
#define TICK_BYTES 4096

const char *
cite_relation_name(cite_relation r)
{
	switch (r)
	{
		case CITE_AMENDS:
			return "amends";
		case CITE_FURTHER_TO:
			return "further_to";
		case CITE_REFERS:
			break;
	}
	return "refers";
}

bool
cite_with_year(const cite_match *m, int year, mref *out)
{
	mref_parts	p;

	if (m->value != 0)
	{
		*out = m->value;
		return true;
	}
	memset(&p, 0, sizeof(p));
	p.year = year;
	p.number = m->number;
	p.sub[0] = m->sub;
	p.suffix = m->suffix;
	return year >= MREF_MIN_YEAR && year <= MREF_MAX_YEAR && mref_pack(&p, out);
}

static bool
wordish(unsigned char c)
{
	return tu_alnum(c) || c >= 0x80;
}

/* A '.' at s[i] that ends a sentence: not an abbreviation, not a decimal point. */
static bool
full_stop_at(const char *s, size_t len, size_t i)
{
	size_t		w = i;

	if (i + 1 < len && !tu_space((unsigned char) s[i + 1]) && s[i + 1] != '\n' &&
		s[i + 1] != '\'' && s[i + 1] != '"' && s[i + 1] != ')')
		return false;
	while (w > 0 && (tu_alpha((unsigned char) s[w - 1]) || s[w - 1] == '.') && i - w < 8)
		w--;
	if (tu_word_listed(s + w, i - w, tu_abbreviations))
		return false;
	return true;
}

static bool
boundary_at(const char *s, size_t len, size_t i)
{
	char		c = s[i];

	if (c == ';' || c == '!' || c == '?')
		return true;
	if (c == '.')
		return full_stop_at(s, len, i);
	/* a blank line */
	if (c == '\n')
	{
		size_t		j = i + 1;

		while (j < len && tu_space((unsigned char) s[j]))
			j++;
		return j >= len || s[j] == '\n';
	}
	return false;
}

/* The sentence around s[start..end): [*from, *to). */
static void
sentence(const char *s, size_t len, size_t start, size_t end, size_t *from, size_t *to)
{
	size_t		i = start;

	while (i > 0 && start - i < SENTENCE_REACH && !boundary_at(s, len, i - 1))
		i--;
	*from = i;
	i = end;
	while (i < len && i - end < SENTENCE_REACH && !boundary_at(s, len, i))
		i++;
	*to = i;
}

/* Does s[from..to) hold the phrase p (lower case, single spaces) as whole words? */
static bool
has_phrase(const char *s, size_t from, size_t to, const char *p)
{
	size_t		n = strlen(p);

	for (size_t i = from; i + n <= to; i++)
	{
		size_t		k = 0;
		size_t		j = i;

		if (i > from && wordish((unsigned char) s[i - 1]))
			continue;
		while (k < n && j < to)
		{
			if (p[k] == ' ')
			{
				if (!tu_space((unsigned char) s[j]) && s[j] != '\n')
					break;
				while (j < to && (tu_space((unsigned char) s[j]) || s[j] == '\n'))
					j++;
				k++;
				continue;
			}
			if (tu_fold((unsigned char) s[j]) != (unsigned char) p[k])
				break;
			j++;
			k++;
		}
		if (k == n && (j >= to || !tu_alpha((unsigned char) s[j]) || p[n - 1] == ' '))
			return true;
	}
	return false;
}

/*
 * The sentence last looked at and whether it amends: references in the same
 * sentence reuse it, so a text dense with references is still read in time
 * linear in its length.
 */
typedef struct sentence_cache
{
	size_t		from;
	size_t		to;
	bool		amends;
	bool		valid;
} sentence_cache;

static cite_relation
relation_of(const char *s, size_t len, size_t start, size_t end, sentence_cache *sc)
{
	static const char *const follow[] = {
		"further to", "following on from", "following up", "arising from",
		"with reference to", "as a follow up to", "in follow up to"
	};
	static const char *const amend[] = {
		"be amended", "amended to read", "to read", "be corrected", "be altered",
		"be changed", "be deleted", "be replaced", "be rescinded", "be varied",
		"be substituted", "amendment be made", "amendments be made",
		"amendment to minute", "amendments to minute", "amend minute",
		"correction to minute", "corrections to minute", "rescind minute"
	};
	size_t		from;
	size_t		to;
	size_t		near;

	if (sc->valid && start >= sc->from && end <= sc->to)
	{
		from = sc->from;
		to = sc->to;
	}
	else
	{
		sentence(s, len, start, end, &from, &to);
		sc->from = from;
		sc->to = to;
		sc->amends = false;
		for (size_t k = 0; k < sizeof(amend) / sizeof(amend[0]) && !sc->amends; k++)
			sc->amends = has_phrase(s, from, to, amend[k]);
		sc->valid = true;
	}
	/* "Further to minute No." is at most a few words before the number */
	near = start > from + 40 ? start - 40 : from;
	for (size_t k = 0; k < sizeof(follow) / sizeof(follow[0]); k++)
		if (has_phrase(s, near, start, follow[k]))
			return CITE_FURTHER_TO;
	return sc->amends ? CITE_AMENDS : CITE_REFERS;
}

/* Is the reference at s[start] the first thing on its line (a heading)? */
static bool
opens_line(const char *s, size_t start)
{
	size_t		i = start;

	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '#' ||
					 s[i - 1] == '*' || s[i - 1] == '>' || s[i - 1] == '\r'))
		i--;
	return i == 0 || s[i - 1] == '\n' || s[i - 1] == '\f';
}

/*
 * A number printed without a year at s[i] ("75", "12.3", "12a"), delimited
 * so that it is not the front of a reference, a date or a decimal.
 */
static bool
yearless_at(const char *s, size_t len, size_t i, cite_match *m)
{
	size_t		j = i;
	long		number = 0;
	long		sub = 0;
	char		suffix = 0;

	while (j < len && tu_digit((unsigned char) s[j]) && j - i < 6)
		number = number * 10 + (s[j++] - '0');
	if (j == i || j - i > 5 || number < 1 || s[i] == '0')
		return false;
	/* "minutes 2019" is a year, not minute 2019 */
	if (j - i == 4 && number >= 1900 && number <= 2099)
		return false;
	if (j + 1 < len && s[j] == '.' && tu_digit((unsigned char) s[j + 1]))
	{
		size_t		k = j + 1;

		while (k < len && tu_digit((unsigned char) s[k]) && k - j < 4)
			sub = sub * 10 + (s[k++] - '0');
		if (k - j > 3 || sub < 1 || sub > MREF_MAX_SUBMINUTE)
			return false;
		j = k;
	}
	if (j < len && tu_lower((unsigned char) s[j]) &&
		!(j + 1 < len && wordish((unsigned char) s[j + 1])))
		suffix = s[j++];
	if (j < len && (wordish((unsigned char) s[j]) || s[j] == '/' || s[j] == '\\' ||
					s[j] == '-' || s[j] == ':'))
		return false;
	if (j + 1 < len && (s[j] == '.' || s[j] == ',') && tu_digit((unsigned char) s[j + 1]))
		return false;
	/* "minutes 3.50 pm" is a time of day */
	{
		size_t		k = j;

		while (k < len && tu_space((unsigned char) s[k]))
			k++;
		if (tu_word_ci(s + k, len - k, "am") || tu_word_ci(s + k, len - k, "pm") ||
			tu_starts_ci(s + k, len - k, "a.m") || tu_starts_ci(s + k, len - k, "p.m") ||
			tu_word_ci(s + k, len - k, "hrs") || tu_word_ci(s + k, len - k, "hours"))
			return false;
	}
	m->start = i;
	m->len = j - i;
	m->value = 0;
	m->number = (int) number;
	m->sub = (int) sub;
	m->suffix = suffix;
	return true;
}

/* "minute 12 and 13", "minutes 12, 13 & 14": the next yearless number of a list. */
static bool
yearless_next(const char *s, size_t len, size_t i, cite_match *m)
{
	size_t		j = i;
	bool		joined = false;

	while (j < len && tu_space((unsigned char) s[j]))
		j++;
	if (j < len && s[j] == ',')
	{
		j++;
		joined = true;
		while (j < len && tu_space((unsigned char) s[j]))
			j++;
	}
	if (j < len && s[j] == '&')
	{
		j++;
		joined = true;
	}
	else if (j + 3 < len && tu_starts_ci(s + j, 3, "and") && tu_space((unsigned char) s[j + 3]))
	{
		j += 3;
		joined = true;
	}
	if (!joined)
		return false;
	while (j < len && tu_space((unsigned char) s[j]))
		j++;
	return yearless_at(s, len, j, m);
}

/* The next yearless citation at or after *pos, or false with *pos = len. */
static bool
next_yearless(const char *s, size_t len, size_t *pos, bool *in_list, cite_match *m,
			  void (*tick) (void *), void *ctx)
{
	size_t		i = *pos;

	if (*in_list)
	{
		*in_list = false;
		if (yearless_next(s, len, i, m))
		{
			*pos = m->start + m->len;
			*in_list = true;
			return true;
		}
	}
	for (; i < len; i++)
	{
		size_t		after;

		if (tick && i % TICK_BYTES == 0)
			tick(ctx);
		if (tu_fold((unsigned char) s[i]) != 'm')
			continue;
		after = mref_keyword_end(s, len, i);
		if (after == 0)
			continue;
		while (after < len && (s[after] == ' ' || s[after] == '\t'))
			after++;
		if (yearless_at(s, len, after, m))
		{
			*pos = m->start + m->len;
			*in_list = true;
			return true;
		}
		i = after > i ? after - 1 : i;
	}
	*pos = len;
	return false;
}

/* The next cited reference with a year, headings left out. */
static bool
next_dated(mref_scanner *sc, cite_match *m, void (*tick) (void *), void *ctx)
{
	mref_match	mm;

	while (sc->pos < sc->len)
	{
		if (tick)
			tick(ctx);
		if (!mref_scan_next(sc, &mm, sc->pos + TICK_BYTES))
			continue;
		if (opens_line(sc->doc, mm.start))
			continue;
		memset(m, 0, sizeof(*m));
		m->start = mm.start;
		m->len = mm.len;
		m->value = mm.value;
		return true;
	}
	return false;
}

void
cite_scan(const char *doc, size_t len, cite_emit emit, void (*tick) (void *ctx), void *ctx)
{
	mref_scanner sc;
	cite_match	dated;
	cite_match	bare;
	size_t		bare_pos = 0;
	bool		bare_list = false;
	bool		have_dated;
	bool		have_bare;
	sentence_cache cache = {0, 0, false, false};

	mref_scan_init(&sc, doc, len);
	have_dated = next_dated(&sc, &dated, tick, ctx);
	have_bare = next_yearless(doc, len, &bare_pos, &bare_list, &bare, tick, ctx);
	while (have_dated || have_bare)
	{
		cite_match *m = (have_dated && (!have_bare || dated.start <= bare.start)) ? &dated : &bare;
		bool		more;

		m->relation = relation_of(doc, len, m->start, m->start + m->len, &cache);
		more = emit(ctx, m);
		if (!more)
			return;
		if (m == &dated)
			have_dated = next_dated(&sc, &dated, tick, ctx);
		else
			have_bare = next_yearless(doc, len, &bare_pos, &bare_list, &bare, tick, ctx);
		/* the two scanners never report the same bytes: a yearless number is not followed by '/' */
		if (have_dated && have_bare && dated.start < bare.start + bare.len &&
			bare.start < dated.start + dated.len)
			have_bare = next_yearless(doc, len, &bare_pos, &bare_list, &bare, tick, ctx);
	}
}
