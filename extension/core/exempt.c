/*
 * exempt.c - whether an item was taken in private, see exempt.h.
 *
 * The vocabulary is data: phrases of slots, each slot a list of
 * alternatives, and rules that chain phrases within a number of characters
 * of each other with no full stop or semicolon between (the regexes'
 * [^.;]{0,40}).  One pass over the words of the text tries every rule at
 * every word start, keeping for each step of a rule only the end of its
 * latest occurrence: the nearest one is the best one for any later word, so
 * the pass is linear whatever the text holds.
 */
#include "exempt.h"

#include <string.h>

#include "textutil.h"

#define NO_MATCH ((size_t) -1)
#define TICK_BYTES 65536
#define CHAIN_STEPS 3

/* The regexes' word characters (\m, \M) in a database without a locale. */
static inline bool
word_char(unsigned char c)
{
	return tu_alnum(c) || c == '_';
}

/* The regexes' \s: ASCII white space, line breaks included. */
static inline bool
regex_space(unsigned char c)
{
	return c == '\n' || tu_space(c);
}

static inline size_t
skip_space(const char *t, size_t p, size_t to)
{
	while (p < to && regex_space((unsigned char) t[p]))
		p++;
	return p;
}

static inline size_t
word_end(const char *t, size_t p, size_t to)
{
	while (p < to && word_char((unsigned char) t[p]))
		p++;
	return p;
}

/*
 * Phrases.  A phrase is a NULL-terminated list of slots, each a
 * NULL-terminated list of lower-case alternatives; white space (one or more
 * characters) separates slots, and a space inside an alternative stands for
 * the same.  An empty alternative leaves its slot out.  A phrase ends where
 * a word does, unless its alternative ends in '*' (words that start so).
 */
typedef const char *const *const *phrase;

static const char *const audience_words[] = {"press", "public", NULL};
static const char *const audience_any[] = {"press", "public", "members of the public", NULL};
static const char *const optional_the[] = {"the", "", NULL};
static const char *const the_word[] = {"the", NULL};
static const char *const exclusion_verbs[] = {"exclude", "excluded", "excluding", "exclusion of", NULL};
static const char *const excluded_word[] = {"excluded", NULL};
static const char *const passive_any[] = {"be", "were", "was", "are", "is", "being", NULL};
static const char *const passive_past[] = {"be", "were", "was", NULL};
static const char *const passive_readmitted[] = {"were", "was", "are", "is", "being", NULL};
static const char *const readmitted_words[] = {"re-admitted", "readmitted", "invited back", "allowed back", NULL};
static const char *const rejoined_words[] = {"re-joined", "rejoined", "returned to", NULL};
static const char *const meeting_places[] = {"meeting", "room", "chamber", NULL};
static const char *const readmission_words[] = {"re-admitted", "readmitted", "readmission of", NULL};
static const char *const negations[] = {"no", "not", "nil", "none", "neither", NULL};
static const char *const negations_short[] = {"no", "not", NULL};
static const char *const exclu_words[] = {"exclu*", NULL};
static const char *const following_words[] = {"following", "remaining", "subsequent", "next", NULL};
static const char *const business_words[] = {"item", "items", "business", "report", "reports", "matter", "matters", NULL};
static const char *const opening_readmitted[] = {
	"re-admitted", "readmitted", "invited back", "allowed back", "re-joined", "rejoined",
	"returned to the meeting", "returned to the room", "returned to the chamber", NULL
};
static const char *const exempt_title_words[] = {"exempt", "confidential", NULL};
static const char *const private_title_words[] = {"exclu*", "private*", NULL};

static const char *const *const audience[] = {audience_words, NULL};
static const char *const *const negation[] = {negations, NULL};
static const char *const *const negation_short[] = {negations_short, NULL};
static const char *const *const exclu_word[] = {exclu_words, NULL};
static const char *const *const excluded[] = {excluded_word, NULL};
static const char *const *const were_excluded_any[] = {passive_any, excluded_word, NULL};
static const char *const *const were_excluded_past[] = {passive_past, excluded_word, NULL};
static const char *const *const were_readmitted[] = {passive_readmitted, readmitted_words, NULL};
static const char *const *const rejoined_meeting[] = {rejoined_words, the_word, meeting_places, NULL};
static const char *const *const exclusion_named[] = {exclusion_verbs, optional_the, audience_any, NULL};
static const char *const *const readmission_named[] = {readmission_words, optional_the, audience_any, NULL};
static const char *const *const readmission_opening[] = {readmission_words, optional_the, audience_any, NULL};
static const char *const *const opening_readmitted_phrase[] = {opening_readmitted, NULL};
static const char *const *const following_business[] = {following_words, business_words, NULL};
static const char *const *const exempt_title[] = {exempt_title_words, NULL};
static const char *const *const private_title[] = {private_title_words, NULL};

/* What the rules find; the judgement is put together from these. */
typedef enum finding
{
	PUBLIC_EXCLUDED,			/* "the public be/were/is ... excluded" */
	EXCLUSION_NAMED,			/* "exclusion of the press", "exclude the public" */
	NEGATED_EXCLUSION,			/* "no items that required the exclusion" */
	PUBLIC_WERE_EXCLUDED,		/* only be/were/was */
	PUBLIC_NOT_EXCLUDED,		/* "not ... the public ... excluded" */
	PUBLIC_READMITTED,
	READMISSION_NAMED,
	PUBLIC_REJOINED,
	FOLLOWING_BUSINESS,
	OPENING_READMITTED,			/* in the body's first sentence */
	OPENING_READMISSION,
	TITLE_EXEMPT,
	TITLE_PRIVATE,
	FINDINGS
} finding;

/*
 * A rule: its steps in order, each (after the first) starting within
 * `within` characters of the end of the one before, with no full stop or
 * semicolon between.  One step is a phrase anywhere.
 */
typedef struct rule
{
	finding		finds;
	phrase		step[CHAIN_STEPS];	/* NULL after the last */
	size_t		within[CHAIN_STEPS];	/* within[i]: before step[i] */
} rule;

/* Over the whole text (title, line break, body), as the regexes read it. */
static const rule text_rules[] = {
	{PUBLIC_EXCLUDED, {audience, were_excluded_any}, {0, 40}},
	{EXCLUSION_NAMED, {exclusion_named}, {0}},
	{NEGATED_EXCLUSION, {negation, exclu_word}, {0, 80}},
	{PUBLIC_WERE_EXCLUDED, {audience, were_excluded_past}, {0, 40}},
	{PUBLIC_NOT_EXCLUDED, {negation_short, audience, excluded}, {0, 40, 40}},
	{PUBLIC_READMITTED, {audience, were_readmitted}, {0, 40}},
	{READMISSION_NAMED, {readmission_named}, {0}},
	{PUBLIC_REJOINED, {audience, rejoined_meeting}, {0, 40}},
	{FOLLOWING_BUSINESS, {following_business}, {0}},
};

/* Over the body's first sentence: the public came back for this item. */
static const rule opening_rules[] = {
	{OPENING_READMITTED, {audience, opening_readmitted_phrase}, {0, 40}},
	{OPENING_READMISSION, {readmission_opening}, {0}},
};

static const rule title_rules[] = {
	{TITLE_EXEMPT, {exempt_title}, {0}},
	{TITLE_PRIVATE, {private_title}, {0}},
};

#define RULES(a) (sizeof(a) / sizeof((a)[0]))

/*
 * One alternative at t[p]: its end, or NO_MATCH.  *open says it ended in
 * '*' (no word end needed).
 */
static size_t
alternative_at(const char *t, size_t p, size_t to, const char *alt, bool *open)
{
	*open = false;
	for (; *alt != '\0'; alt++)
	{
		if (*alt == '*')
		{
			*open = true;
			return p;
		}
		if (*alt == ' ')
		{
			size_t		q = skip_space(t, p, to);

			if (q == p)
				return NO_MATCH;
			p = q;
			continue;
		}
		if (p >= to || tu_fold((unsigned char) t[p]) != (unsigned char) *alt)
			return NO_MATCH;
		p++;
	}
	return p;
}

/* The phrase's slots from slot[0] at t[p] (a word start): its end, or NO_MATCH. */
static size_t
phrase_at(const char *t, size_t p, size_t to, phrase slot)
{
	for (const char *const *alt = slot[0]; *alt != NULL; alt++)
	{
		bool		open;
		size_t		q;

		if ((*alt)[0] == '\0')
		{
			q = phrase_at(t, p, to, slot + 1);
			if (q != NO_MATCH)
				return q;
			continue;
		}
		q = alternative_at(t, p, to, *alt, &open);
		if (q == NO_MATCH)
			continue;
		if (slot[1] == NULL)
		{
			if (open || q >= to || !word_char((unsigned char) t[q]))
				return q;
			continue;
		}
		{
			size_t		r = skip_space(t, q, to);

			if (r > q)
			{
				r = phrase_at(t, r, to, slot + 1);
				if (r != NO_MATCH)
					return r;
			}
		}
	}
	return NO_MATCH;
}

/* The latest occurrence of each step of a rule, reached from the one before. */
typedef struct step_seen
{
	bool		seen;
	size_t		end;			/* byte */
	size_t		end_char;		/* character: phrases are ASCII, so end - start bytes */
} step_seen;

typedef struct scan_state
{
	step_seen	seen[RULES(text_rules)][CHAIN_STEPS];
	bool		found[FINDINGS];
	size_t		last_stop;		/* the latest '.' or ';' before the word, or NO_MATCH */
} scan_state;

/* Is a gap from an earlier step's end to t[p] allowed? */
static inline bool
gap_allowed(const scan_state *st, const step_seen *prev, size_t p, size_t p_char, size_t within)
{
	return prev->seen && prev->end <= p && (st->last_stop == NO_MATCH || st->last_stop < prev->end) &&
		p_char - prev->end_char <= within;
}

static void
rules_at(const char *t, size_t p, size_t p_char, size_t to, const rule *rules, size_t n, scan_state *st)
{
	for (size_t r = 0; r < n; r++)
	{
		const rule *ru = &rules[r];
		size_t		steps = 0;

		if (st->found[ru->finds])
			continue;
		while (steps < CHAIN_STEPS && ru->step[steps] != NULL)
			steps++;
		/* last step first, so that one word never follows itself */
		for (size_t i = steps; i-- > 0;)
		{
			size_t		q;

			if (i > 0 && !gap_allowed(st, &st->seen[r][i - 1], p, p_char, ru->within[i]))
				continue;
			q = phrase_at(t, p, to, ru->step[i]);
			if (q == NO_MATCH)
				continue;
			if (i + 1 == steps)
			{
				st->found[ru->finds] = true;
				break;
			}
			st->seen[r][i].seen = true;
			st->seen[r][i].end = q;
			st->seen[r][i].end_char = p_char + (q - p);
		}
	}
}

/*
 * "12A", "12 A", "7A", "7 A" at t[p] (the regexes' (12|7)\s?A, with \M when
 * word_ends): the end, or NO_MATCH; *seven says which schedule.
 */
static size_t
schedule_number(const char *t, size_t p, size_t to, bool word_ends, bool *seven)
{
	size_t		q;

	if (p + 2 <= to && t[p] == '1' && t[p + 1] == '2')
	{
		*seven = false;
		q = p + 2;
	}
	else if (p < to && t[p] == '7')
	{
		*seven = true;
		q = p + 1;
	}
	else
		return NO_MATCH;
	if (q < to && tu_fold((unsigned char) t[q]) == 'a')
		q++;
	else if (q + 1 < to && regex_space((unsigned char) t[q]) && tu_fold((unsigned char) t[q + 1]) == 'a')
		q += 2;
	else
		return NO_MATCH;
	if (word_ends && q < to && word_char((unsigned char) t[q]))
		return NO_MATCH;
	return q;
}

/* The end of one paragraph number ("3", "12a") at t[p], a digit. */
static size_t
paragraph_number_end(const char *t, size_t p, size_t to)
{
	while (p < to && tu_digit((unsigned char) t[p]))
		p++;
	if (p < to && tu_alpha((unsigned char) t[p]))
		p++;
	return p;
}

/* After a paragraph number at t[p]: the start of the next one, past ", " "and" "&" "or", or NO_MATCH. */
static size_t
next_paragraph_number(const char *t, size_t p, size_t to)
{
	size_t		s = skip_space(t, p, to);
	size_t		n;

	if (s < to && (t[s] == ',' || t[s] == '&'))
		n = skip_space(t, s + 1, to);
	else if (s > p && (tu_starts_ci(t + s, to - s, "and") || tu_starts_ci(t + s, to - s, "or")))
	{
		size_t		w = s + (tu_fold((unsigned char) t[s]) == 'a' ? 3 : 2);

		n = skip_space(t, w, to);
		if (n == w)
			return NO_MATCH;
	}
	else
		return NO_MATCH;
	return n < to && tu_digit((unsigned char) t[n]) ? n : NO_MATCH;
}

/* The end of the longest list of paragraph numbers at t[p], or NO_MATCH. */
static size_t
paragraph_list_end(const char *t, size_t p, size_t to)
{
	size_t		q;

	if (p >= to || !tu_digit((unsigned char) t[p]))
		return NO_MATCH;
	for (;;)
	{
		size_t		n;

		q = paragraph_number_end(t, p, to);
		n = next_paragraph_number(t, q, to);
		if (n == NO_MATCH)
			return q;
		p = n;
	}
}

/*
 * "paragraph", "paragraphs.", "para", "paras.", then white space, at word
 * start t[p]: where the list starts, or NO_MATCH.
 */
static size_t
paragraph_word(const char *t, size_t p, size_t to)
{
	size_t		q;
	size_t		r;

	if (tu_starts_ci(t + p, to - p, "paragraph"))
		q = p + 9;
	else if (tu_starts_ci(t + p, to - p, "para"))
		q = p + 4;
	else
		return NO_MATCH;
	if (q < to && tu_fold((unsigned char) t[q]) == 's')
		q++;
	if (q < to && t[q] == '.')
		q++;
	r = skip_space(t, q, to);
	return r > q ? r : NO_MATCH;
}

/* The word w, then white space, at word start t[p]: where what follows starts, or NO_MATCH. */
static size_t
word_then_space(const char *t, size_t p, size_t to, const char *w)
{
	size_t		n;
	size_t		r;

	if (!tu_starts_ci(t + p, to - p, w))
		return NO_MATCH;
	n = strlen(w);
	r = skip_space(t, p + n, to);
	return r > p + n ? r : NO_MATCH;
}

/* "schedule", white space, at word start t[p]: the start of its number, or NO_MATCH. */
static size_t
schedule_word(const char *t, size_t p, size_t to)
{
	return word_then_space(t, p, to, "schedule");
}

static const char *const of_word[] = {"of", NULL};
static const char *const part_word[] = {"part", NULL};
static const char *const part_one[] = {"1", "i", "one", NULL};
static const char *const schedule_words[] = {"schedule", NULL};
static const char *const *const part_one_of_schedule[] = {of_word, part_word, part_one, of_word, schedule_words, NULL};

/* What the scan of the whole text finds besides the rules. */
typedef struct citation
{
	bool		by_paragraph;	/* "paragraph 3 of Part 1 of Schedule 12A" (first found wins) */
	bool		by_paragraph_seven;
	size_t		by_paragraph_start;
	size_t		by_paragraph_end;
	bool		by_schedule;	/* "Schedule 12A ... paragraph 3" */
	bool		by_schedule_seven;
	size_t		by_schedule_start;
	size_t		by_schedule_end;
	bool		schedule_12a;
	bool		schedule_7a;	/* or section 50A(4) */
} citation;

/* "paragraph(s) N[, N ...] of Part 1 of Schedule 12A" at a word start. */
static void
paragraph_first(const char *t, size_t p, size_t to, citation *c)
{
	size_t		list = paragraph_word(t, p, to);
	size_t		list_end;
	size_t		q;
	bool		seven;

	if (list == NO_MATCH || (list_end = paragraph_list_end(t, list, to)) == NO_MATCH)
		return;
	q = skip_space(t, list_end, to);
	if (q == list_end || (q = phrase_at(t, q, to, part_one_of_schedule)) == NO_MATCH)
		return;
	{
		size_t		r = skip_space(t, q, to);

		if (r == q || schedule_number(t, r, to, true, &seven) == NO_MATCH)
			return;
	}
	c->by_paragraph = true;
	c->by_paragraph_seven = seven;
	c->by_paragraph_start = list;
	c->by_paragraph_end = list_end;
}

/*
 * "Schedule 12A ... paragraph N" at a word start: the regex matched the
 * longest text it could, so of the paragraphs that start within 120
 * characters, with no full stop or semicolon before, the last one counts.
 */
static void
schedule_first(const char *t, size_t p, size_t to, bool utf8, citation *c)
{
	size_t		n = schedule_word(t, p, to);
	size_t		gap;
	size_t		chars = 0;
	size_t		last = NO_MATCH;
	bool		seven;

	if (n == NO_MATCH || (gap = schedule_number(t, n, to, true, &seven)) == NO_MATCH)
		return;
	for (size_t x = gap; x < to && chars <= 120;)
	{
		unsigned char ch = (unsigned char) t[x];

		if (ch == '.' || ch == ';')
			break;
		if (word_char(ch))
		{
			size_t		e = word_end(t, x, to);
			size_t		list = x > 0 && !word_char((unsigned char) t[x - 1]) ? paragraph_word(t, x, to) : NO_MATCH;

			if (list != NO_MATCH && list < to && tu_digit((unsigned char) t[list]))
				last = list;
			chars += e - x;
			x = e;
			continue;
		}
		chars += !utf8 || (ch & 0xC0) != 0x80;
		x++;
	}
	if (last == NO_MATCH)
		return;
	c->by_schedule = true;
	c->by_schedule_seven = seven;
	c->by_schedule_start = last;
	c->by_schedule_end = paragraph_list_end(t, last, to);
}

/* "section 50A(4)", "section 50 A (4)" at a word start. */
static bool
section_50a4(const char *t, size_t p, size_t to)
{
	size_t		q = word_then_space(t, p, to, "section");

	if (q == NO_MATCH || q + 2 > to || t[q] != '5' || t[q + 1] != '0')
		return false;
	q += 2;
	if (q < to && regex_space((unsigned char) t[q]) && q + 1 < to && tu_fold((unsigned char) t[q + 1]) == 'a')
		q++;
	if (q >= to || tu_fold((unsigned char) t[q]) != 'a')
		return false;
	q = skip_space(t, q + 1, to);
	if (q >= to || t[q] != '(')
		return false;
	q = skip_space(t, q + 1, to);
	if (q >= to || t[q] != '4')
		return false;
	q = skip_space(t, q + 1, to);
	return q < to && t[q] == ')';
}

static void
citations_at(const char *t, size_t p, size_t to, bool utf8, citation *c)
{
	switch (tu_fold((unsigned char) t[p]))
	{
		case 'p':
			if (!c->by_paragraph)
				paragraph_first(t, p, to, c);
			break;
		case 's':
			{
				size_t		n = schedule_word(t, p, to);
				bool		seven;

				if (n == NO_MATCH)
				{
					if (!c->schedule_7a && section_50a4(t, p, to))
						c->schedule_7a = true;
					break;
				}
				if (!c->by_paragraph && !c->by_schedule)
					schedule_first(t, p, to, utf8, c);
				if (schedule_number(t, n, to, true, &seven) != NO_MATCH && !seven)
					c->schedule_12a = true;
				if (schedule_number(t, n, to, false, &seven) != NO_MATCH && seven)
					c->schedule_7a = true;
			}
			break;
		default:
			break;
	}
}

/*
 * Every word start of t[from..to): the rules, and the citations when c is
 * given.  Characters are counted as the regexes count them, for the gaps.
 */
static void
scan(const char *t, size_t from, size_t to, bool utf8, const rule *rules, size_t n, scan_state *st,
	 citation *c, void (*tick) (void *), void *ctx)
{
	size_t		chars = 0;
	size_t		next_tick = from + TICK_BYTES;

	memset(st, 0, sizeof(*st));
	st->last_stop = NO_MATCH;
	for (size_t p = from; p < to;)
	{
		unsigned char ch = (unsigned char) t[p];

		if (tick && p >= next_tick)
		{
			tick(ctx);
			next_tick = p + TICK_BYTES;
		}
		if (word_char(ch))
		{
			size_t		e = word_end(t, p, to);

			rules_at(t, p, chars, to, rules, n, st);
			if (c)
				citations_at(t, p, to, utf8, c);
			chars += e - p;
			p = e;
			continue;
		}
		if (ch == '.' || ch == ';')
			st->last_stop = p;
		chars += !utf8 || (ch & 0xC0) != 0x80;
		p++;
	}
}

/*
 * The words the judgement could act on: a text without one of them gets an
 * all-false judgement unread.  Each is a part of a word the rules need, so
 * that the quick test never misses what the rules would find: the
 * PL/pgSQL's early return tested "returned to", " back" and "50a", and
 * missed "returned\nto the meeting", "invited\nback", "section 50 A(4)" and
 * "the readmission of the public", which PDF text and plain wording give.
 */
static const char *const quick_words[] = {
	"schedule", "section", "exclu", "50a", "admit", "admiss", "join", "returned", "back", NULL
};

static bool
has_quick_word(const char *s, size_t len)
{
	bool		first[256] = {false};

	for (const char *const *w = quick_words; *w != NULL; w++)
		first[(unsigned char) (*w)[0]] = true;
	for (size_t i = 0; i < len; i++)
	{
		unsigned char ch = tu_fold((unsigned char) s[i]);

		if (!first[ch])
			continue;
		for (const char *const *w = quick_words; *w != NULL; w++)
			if ((unsigned char) (*w)[0] == ch && tu_starts_ci(s + i, len - i, *w))
				return true;
	}
	return false;
}

/* The words that, just before a title's "exempt" or "confidential", say the item is not. */
static const char *const title_negations[] = {"non", "not", NULL};

/*
 * Does the title hold "exempt" or "confidential" as a word not negated by the
 * word just before it ("Non-exempt appendix", "NOT CONFIDENTIAL", "non
 * exempt")?  The title rule finds the word; this says whether one of its
 * occurrences stands unnegated, for a negated one would hide a public item.
 */
static bool
title_exempt_unnegated(const char *t, size_t len)
{
	for (size_t p = 0; p < len;)
	{
		size_t		e;

		if (!word_char((unsigned char) t[p]))
		{
			p++;
			continue;
		}
		e = word_end(t, p, len);
		if (tu_word_listed(t + p, e - p, exempt_title_words))
		{
			size_t		q = p;
			size_t		w;
			bool		negated = false;

			/* back over one gap of a hyphen or white space to the word before */
			while (q > 0 && q + 3 > p && (t[q - 1] == '-' || regex_space((unsigned char) t[q - 1])))
				q--;
			for (w = q; w > 0 && word_char((unsigned char) t[w - 1]); w--)
				;
			if (q < p && w < q)
				negated = tu_word_listed(t + w, q - w, title_negations);
			if (!negated)
				return true;
		}
		p = e;
	}
	return false;
}

bool
exempt_may_apply(const char *title, size_t title_len, const char *body, size_t body_len)
{
	scan_state	st;

	if (has_quick_word(title, title_len) || has_quick_word(body, body_len))
		return true;
	scan(title, 0, title_len, true, title_rules, 1, &st, NULL, NULL, NULL);
	return st.found[TITLE_EXEMPT] && title_exempt_unnegated(title, title_len);
}

void
exempt_judge(const char *text, size_t len, size_t title_len, bool utf8,
			 exempt_judgement *out, void (*tick) (void *ctx), void *ctx)
{
	scan_state	st;
	scan_state	title_st;
	citation	c = {0};
	size_t		body = title_len < len ? title_len + 1 : len;
	bool		excludes;

	memset(out, 0, sizeof(*out));
	if (title_len > len)
		title_len = len;
	if (!exempt_may_apply(text, title_len, text + body, len - body))
		return;

	scan(text, 0, len, utf8, text_rules, RULES(text_rules), &st, &c, tick, ctx);
	scan(text, 0, title_len, utf8, title_rules, RULES(title_rules), &title_st, NULL, NULL, NULL);

	if (c.by_paragraph || c.by_schedule)
	{
		bool		seven = c.by_paragraph ? c.by_paragraph_seven : c.by_schedule_seven;

		out->has_paragraph = true;
		out->paragraph_start = c.by_paragraph ? c.by_paragraph_start : c.by_schedule_start;
		out->paragraph_end = c.by_paragraph ? c.by_paragraph_end : c.by_schedule_end;
		out->basis = seven ? EXEMPT_BASIS_SCHEDULE_7A : EXEMPT_BASIS_SCHEDULE_12A;
	}
	else if (c.schedule_12a)
		out->basis = EXEMPT_BASIS_SCHEDULE_12A;
	else if (c.schedule_7a)
		out->basis = EXEMPT_BASIS_SCHEDULE_7A;

	excludes = st.found[PUBLIC_EXCLUDED] || st.found[EXCLUSION_NAMED];
	/* "There were no items that required the exclusion of the public." */
	if (excludes && st.found[NEGATED_EXCLUSION])
		excludes = st.found[PUBLIC_WERE_EXCLUDED] && !st.found[PUBLIC_NOT_EXCLUDED];

	/* An explicit readmission only: a false one would publish the private items after it. */
	out->readmits = st.found[PUBLIC_READMITTED] || st.found[READMISSION_NAMED] || st.found[PUBLIC_REJOINED];
	if (out->readmits)
	{
		/* the body's first sentence, after white space the PL/pgSQL's ltrim() took off */
		size_t		s0 = body;
		size_t		s1;
		scan_state	open_st;

		while (s0 < len && (text[s0] == ' ' || text[s0] == '\t' || text[s0] == '\r' || text[s0] == '\n'))
			s0++;
		s1 = s0 + tu_find_ci(text + s0, len - s0, ".");
		scan(text, s0, s1, utf8, opening_rules, RULES(opening_rules), &open_st, NULL, tick, ctx);
		out->readmits_first = open_st.found[OPENING_READMITTED] || open_st.found[OPENING_READMISSION];
	}

	/*
	 * An item about the exclusion itself, or a resolution that names the
	 * items to come, takes the following items into private; the item
	 * itself was heard in public (and keeps the citation it read, as the
	 * PL/pgSQL did).
	 */
	if (excludes && (title_st.found[TITLE_PRIVATE] || st.found[FOLLOWING_BUSINESS]))
	{
		out->excludes_following = true;
		return;
	}
	if (excludes || out->basis != EXEMPT_BASIS_NONE ||
		(title_st.found[TITLE_EXEMPT] && title_exempt_unnegated(text, title_len)))
	{
		out->exempt = true;
		if (out->basis == EXEMPT_BASIS_NONE)
			out->basis = EXEMPT_BASIS_EXCLUSION;
	}
	else
		out->has_paragraph = false;
}

const char *
exempt_basis_name(exempt_basis basis)
{
	switch (basis)
	{
		case EXEMPT_BASIS_SCHEDULE_12A:
			return "Schedule 12A";
		case EXEMPT_BASIS_SCHEDULE_7A:
			return "Schedule 7A";
		case EXEMPT_BASIS_EXCLUSION:
			return "exclusion resolution";
		case EXEMPT_BASIS_NONE:
			break;
	}
	return NULL;
}

size_t
exempt_paragraph_format(const char *text, size_t start, size_t end, char *out)
{
	size_t		n = 0;

	for (size_t p = start; p < end;)
	{
		size_t		q;

		if (!tu_digit((unsigned char) text[p]))
		{
			p++;
			continue;
		}
		q = paragraph_number_end(text, p, end);
		if (n > 0)
		{
			out[n++] = ',';
			out[n++] = ' ';
		}
		memcpy(out + n, text + p, q - p);
		n += q - p;
		p = q;
	}
	out[n] = '\0';
	return n;
}
