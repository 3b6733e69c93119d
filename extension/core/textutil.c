/*
 * textutil.c - byte-level helpers shared by the core scanners.
 */
#include "textutil.h"

#include <stdlib.h>
#include <string.h>

/*
 * The keyword is compared as it is walked, without strlen(): callers try
 * many keywords at most positions of a document, and nearly every one
 * differs at its first byte.
 */
bool
tu_starts_ci_bytes(const char *s, size_t len, const char *w)
{
	for (size_t i = 0; w[i] != '\0'; i++)
		if (i >= len || tu_fold((unsigned char) s[i]) != (unsigned char) w[i])
			return false;
	return true;
}

bool
tu_word_ci_bytes(const char *s, size_t len, const char *w)
{
	size_t		i;

	for (i = 0; w[i] != '\0'; i++)
		if (i >= len || tu_fold((unsigned char) s[i]) != (unsigned char) w[i])
			return false;
	return i == len || !tu_alpha((unsigned char) s[i]);
}

tu_word_index tu_word_indexes[TU_WORD_INDEX_SLOTS];

/* The index of list, built the first time it is asked for; NULL when every slot it may take is held. */
static const tu_word_index *
index_of(const char *const *list)
{
	size_t		slot = tu_word_index_slot(list);

	for (size_t probe = 0; probe < TU_WORD_INDEX_PROBES; probe++, slot = (slot + 1) % TU_WORD_INDEX_SLOTS)
	{
		tu_word_index *ix = &tu_word_indexes[slot];

		if (ix->list == list)
			return ix;
		if (ix->list == NULL)
		{
			for (size_t i = 0; list[i]; i++)
				ix->lengths[tu_word_index_letter((unsigned char) list[i][0])] |=
					tu_word_length_bit(strlen(list[i]));
			ix->list = list;
			return ix;
		}
	}
	return NULL;
}

#define L26 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26
#define LETTERS 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25

const uint8_t tu_letter_place[256] = {
	L26, L26, L26, L26,			/* 0x00..0x3F */
	26, LETTERS, 26, 26, 26, 26, 26,	/* '@', 'A'..'Z', '['..'_' */
	26, LETTERS, 26, 26, 26, 26, 26,	/* '`', 'a'..'z', '{'..0x7F */
	L26, L26, L26, L26, L26, L26, L26, L26	/* 0x80..0xFF */
};

#undef L26
#undef LETTERS

void
tu_wordset_init(tu_wordset *ws, tu_wordset_row *rows, size_t cap)
{
	ws->rows = rows;
	ws->nrows = 0;
	ws->cap = cap;
	for (size_t i = 0; i < TU_WORDSET_PLACES * TU_WORDSET_PLACES; i++)
	{
		ws->pairs[i].lengths = 0;
		ws->pairs[i].first = TU_WORDSET_NO_ROW;
	}
}

void
tu_wordset_add(tu_wordset *ws, const char *form, size_t shortest, size_t longest, unsigned tells)
{
	size_t		pair = (size_t) tu_letter_place[(unsigned char) form[0]] * TU_WORDSET_PLACES +
		tu_letter_place[(unsigned char) form[1]];
	size_t		form_len = strlen(form);

	for (int i = ws->pairs[pair].first; i != TU_WORDSET_NO_ROW; i = ws->rows[i].next)
	{
		tu_wordset_row *row = &ws->rows[i];

		if (strcmp(row->form, form) == 0 && row->shortest == (shortest > form_len ? shortest : form_len) &&
			row->longest == longest)
		{
			row->tells |= tells;
			return;
		}
	}
	/* the caller counted its vocabularies' rows: more is a mistake in the declaration */
	if (ws->nrows == ws->cap)
		abort();
	ws->rows[ws->nrows] = (tu_wordset_row) {
		form, form_len, shortest > form_len ? shortest : form_len, longest, tells, ws->pairs[pair].first
	};
	ws->pairs[pair].first = (int) ws->nrows++;
	for (size_t n = ws->rows[ws->pairs[pair].first].shortest; n <= TU_WORD_INDEX_LONG && n <= longest; n++)
		ws->pairs[pair].lengths |= tu_word_length_bit(n);
	if (longest > TU_WORD_INDEX_LONG)
		ws->pairs[pair].lengths |= tu_word_length_bit(TU_WORD_INDEX_LONG);
}

void
tu_wordset_add_list(tu_wordset *ws, const char *const *words, unsigned tells)
{
	for (size_t i = 0; words[i]; i++)
		tu_wordset_add(ws, words[i], strlen(words[i]), strlen(words[i]), tells);
}

unsigned
tu_wordset_rows(const tu_wordset *ws, int first, const char *t, size_t n)
{
	for (int i = first; i != TU_WORDSET_NO_ROW; i = ws->rows[i].next)
	{
		const tu_wordset_row *row = &ws->rows[i];
		size_t		j = 2;		/* the pair's two letters are the form's */

		if (n < row->shortest || n > row->longest)
			continue;
		while (j < row->form_len && tu_fold((unsigned char) t[j]) == (unsigned char) row->form[j])
			j++;
		if (j == row->form_len)
			return row->tells;
	}
	return 0;
}

bool
tu_word_listed_bytes(const char *s, size_t n, const char *const *list)
{
	unsigned char first;
	const tu_word_index *ix;

	if (n == 0)
		return false;
	first = tu_fold((unsigned char) s[0]);
	ix = index_of(list);
	if (ix != NULL && (ix->lengths[tu_word_index_letter(first)] & tu_word_length_bit(n)) == 0)
		return false;
	for (size_t i = 0; list[i]; i++)
	{
		const char *w = list[i];
		size_t		j = 1;

		if ((unsigned char) w[0] != first)
			continue;
		while (j < n && w[j] != '\0' && tu_fold((unsigned char) s[j]) == (unsigned char) w[j])
			j++;
		if (j == n && w[j] == '\0')
			return true;
	}
	return false;
}

/*
 * Needles longer than TU_FIND_MAX (no caller has one) are compared at each
 * candidate: correct, but time grows with the needle's length as well.
 */
static size_t
find_ci_long(const char *s, size_t len, const char *w)
{
	size_t		n = strlen(w);

	for (size_t i = 0; i + n <= len; i++)
		if (tu_starts_ci(s + i, len - i, w))
			return i;
	return len;
}

/* The first position >= from of byte c in s[0..len), or len. */
static size_t
next_byte(const char *s, size_t len, size_t from, unsigned char c)
{
	const char *p = memchr(s + from, c, len - from);

	return p ? (size_t) (p - s) : len;
}

/*
 * Knuth-Morris-Pratt over folded bytes, so that no byte of s is compared
 * more than twice whatever s holds: a run of the needle's first letter
 * ("PPPP..." for "percent") cost a quadratic search when every candidate
 * restarted the comparison.  Between candidates the first letter is found
 * with memchr() in each case, as before: the scanners look for a few
 * keywords in every line, and most lines hold none.  Each case's next
 * occurrence is remembered until the scan passes it, so the memchr() calls
 * read each byte at most once per case.
 */
size_t
tu_find_ci(const char *s, size_t len, const char *w)
{
	unsigned char border[TU_FIND_MAX];	/* border[k]: longest proper border of w[0..k] */
	size_t		n = 0;
	unsigned char lower;
	unsigned char upper;
	size_t		next_lower = 0;
	size_t		next_upper = 0;
	bool		searched = false;
	size_t		i = 0;
	size_t		j = 0;			/* bytes of w matched before s[i] */

	while (w[n] != '\0')
	{
		if (n == TU_FIND_MAX)
			return find_ci_long(s, len, w);
		n++;
	}
	if (n == 0 || n > len)
		return len;
	border[0] = 0;
	for (size_t k = 1, b = 0; k < n; k++)
	{
		while (b > 0 && w[k] != w[b])
			b = border[b - 1];
		if (w[k] == w[b])
			b++;
		border[k] = (unsigned char) b;
	}
	lower = (unsigned char) w[0];
	upper = tu_lower(lower) ? (unsigned char) (lower - 32) : lower;
	for (;;)
	{
		unsigned char c;

		if (j == 0)
		{
			if (!searched || next_lower < i)
				next_lower = next_byte(s, len, i, lower);
			if (upper != lower && (!searched || next_upper < i))
				next_upper = next_byte(s, len, i, upper);
			searched = true;
			i = upper != lower && next_upper < next_lower ? next_upper : next_lower;
			if (len - i < n)	/* also when neither case was found (i == len) */
				return len;
		}
		else if (len - i < n - j)
			return len;
		c = tu_fold((unsigned char) s[i]);
		while (j > 0 && c != (unsigned char) w[j])
			j = border[j - 1];
		if (c == (unsigned char) w[j] && ++j == n)
			return i + 1 - n;
		i++;
	}
}

size_t
tu_unicode_space_bytes(const char *s, size_t len)
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
tu_unicode_dash_bytes(const char *s, size_t len)
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

	unsigned char first = len > 0 ? tu_fold((unsigned char) s[0]) : 0;

	for (size_t i = 0; i < sizeof(months) / sizeof(months[0]); i++)
	{
		size_t		n;

		/* (asked at most words of a heading: the first letter before strlen()) */
		if (first != (unsigned char) months[i][0])
			continue;
		n = strlen(months[i]);

		if (tu_word_ci(s, len, months[i]))
			return n;
		/* "Sept." and "Nov." */
		if (n <= 4 && tu_starts_ci(s, len, months[i]) && len > n && s[n] == '.')
			return n + 1;
	}
	return 0;
}

const char *const tu_abbreviations[] = {
	"mr", "mrs", "ms", "dr", "cllr", "cllrs", "cyng", "gyng", "rev", "revd", "prof", "rt", "hon", "st",
	"jr", "snr", "jnr", "fr", "esq", "no", "nos", "min", "mins", "ref", "para", "paras",
	"p", "pp", "vol", "cf", "eg", "ie", "e.g", "i.e", "approx", "vs", NULL
};

/* Titles before a name, after which a capital letter and a full stop are an initial. */
static const char *const name_titles[] = {
	"mr", "mrs", "ms", "miss", "dr", "cllr", "cllrs", "councillor", "cyng", "gyng", "rev", "revd", "prof",
	"sir", "dame", "lady", "lord", NULL
};

/* Longest abbreviation, full stops inside included ("approx", "e.g"). */
#define ABBREVIATION_MAX 10

/* Start of the word (letters and inner full stops) that ends at s[end], not before from. */
static size_t
word_start(const char *s, size_t from, size_t end)
{
	size_t		w = end;

	while (w > from && (tu_alpha((unsigned char) s[w - 1]) || s[w - 1] == '.') && end - w <= ABBREVIATION_MAX)
		w--;
	return w;
}

bool
tu_abbreviation_stop(const char *s, size_t from, size_t dot)
{
	size_t		w = word_start(s, from, dot);
	size_t		p;

	if (w == dot || (w > from && tu_alnum((unsigned char) s[w - 1])))
		return false;			/* no word, or one too long to be an abbreviation */
	if (tu_word_listed(s + w, dot - w, tu_abbreviations))
		return true;
	if (dot - w != 1 || !tu_upper((unsigned char) s[w]))
		return false;
	/* an initial: the word before is a title or another initial */
	p = w;
	while (p > from && (s[p - 1] == ' ' || s[p - 1] == '\t'))
		p--;
	if (p > from && s[p - 1] == '.')
		p--;
	if (p == w || p == from)
		return false;
	w = word_start(s, from, p);
	return (p - w == 1 && tu_upper((unsigned char) s[w])) || tu_word_listed(s + w, p - w, name_titles);
}
