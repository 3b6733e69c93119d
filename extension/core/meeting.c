/*
 * meeting.c - a meeting's details from its minutes; see meeting.h.
 *
 * The title block is found first: a line "Minutes of [the] [... Meeting of]
 * [the] NAME [held ...]" (the name may run onto the next line, or stand on
 * the line before when the title is "Minutes of the meeting held ..."),
 * else the first title-like line with a full date within the next three
 * lines.  A candidate counts only if a full date follows within its block,
 * which runs to "Present" or "In attendance", at most eight lines.  The date,
 * the start time and the venue come from that block; "Time of
 * Commencement", "meeting commenced at", the end and adjournments come from
 * sentences anywhere after the title.
 */
#include "meeting.h"

#include <string.h>

#include "textutil.h"
#include "tokenize.h"

#define BLOCK_LINES 8
#define BLOCK_BYTES 2000
#define PROSE_BYTES 250
#define TITLE_BYTES 1000
#define TITLE_TRIES 500
#define VENUE_BYTES 150
#define FALLBACK_LINES 80
#define TICK_BYTES 4096
/* tokens a cue may stand before its time: "closed at 9.03 pm" */
#define CUE_REACH 6

typedef struct line
{
	size_t		start;
	size_t		end;			/* without the line break */
	size_t		ts;				/* text without markup at either end */
	size_t		te;
} line;

static bool
markup(char c)
{
	return c == ' ' || c == '\t' || c == '#' || c == '*' || c == '>' || c == '_' || c == '\r';
}

/* The line starting at pos (pos < len). */
static void
line_at(const char *s, size_t len, size_t pos, line *l)
{
	const char *nl = memchr(s + pos, '\n', len - pos);

	l->start = pos;
	l->end = nl ? (size_t) (nl - s) : len;
	l->ts = l->start;
	l->te = l->end;
	while (l->ts < l->te && markup(s[l->ts]))
		l->ts++;
	while (l->te > l->ts && markup(s[l->te - 1]))
		l->te--;
}

static size_t
after_line(const line *l, size_t len)
{
	return l->end < len ? l->end + 1 : len;
}

/*
 * The next line with text at or after pos; false at the end.  Blank lines
 * are passed over a byte at a time rather than a line at a time: the first
 * byte that is neither markup nor a line break is on the line wanted, and
 * 50 MB of line breaks took a second line by line.
 */
static bool
next_text_line(const char *s, size_t len, size_t pos, line *l)
{
	size_t		from = pos;
	size_t		q = pos;

	while (q < len && (s[q] == '\n' || markup(s[q])))
	{
		if (s[q] == '\n')
			from = q + 1;
		q++;
	}
	if (q >= len)
		return false;
	line_at(s, len, from, l);
	return true;
}

static bool
word_start(const char *s, size_t i)
{
	return i == 0 || !(tu_alnum((unsigned char) s[i - 1]) || (unsigned char) s[i - 1] >= 0x80);
}

/* The ASCII word w (lower case) at s[i], whole word, case-insensitively. */
static bool
word_at(const char *s, size_t end, size_t i, const char *w)
{
	return i < end && word_start(s, i) && tu_word_ci(s + i, end - i, w);
}

static size_t
skip_blanks(const char *s, size_t end, size_t i)
{
	while (i < end && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

static bool
starts_with_ci(const char *s, size_t end, size_t i, const char *w)
{
	return i < end && tu_starts_ci(s + i, end - i, w);
}

static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
};

/* A date or time starts at s[i]: a digit, a weekday or "noon". */
static bool
when_at(const char *s, size_t end, size_t i)
{
	if (i >= end)
		return false;
	if (tu_digit((unsigned char) s[i]))
		return true;
	for (size_t k = 0; k < 7; k++)
		if (starts_with_ci(s, end, i, weekdays[k]))
			return true;
	return word_at(s, end, i, "noon") || word_at(s, end, i, "midday");
}

/*
 * Where a name (committee or venue) that starts at s[from] stops on its
 * line: before "held", before "on"/"at"/"commencing"/a comma/a dash that
 * leads to a date or time, before a date itself; else at the line end.
 */
static size_t
name_stop(const char *s, size_t from, size_t end, bool stop_at_place)
{
	for (size_t i = from; i < end; i++)
	{
		size_t		j;

		if (!word_start(s, i) && s[i] != ',' && s[i] != '-' && (unsigned char) s[i] != 0xE2)
			continue;
		if (i > from && (word_at(s, end, i, "held") || word_at(s, end, i, "commencing") ||
						 word_at(s, end, i, "starting") || word_at(s, end, i, "beginning")))
			return i;
		if (stop_at_place && i > from && (word_at(s, end, i, "at") || word_at(s, end, i, "in")))
		{
			j = skip_blanks(s, end, i + 2);
			if (j < end && (tu_upper((unsigned char) s[j]) || word_at(s, end, j, "the")))
				return i;
		}
		if (word_at(s, end, i, "on") || word_at(s, end, i, "at") || word_at(s, end, i, "from"))
		{
			j = skip_blanks(s, end, i + (s[i + 1] == 'r' || s[i + 1] == 'R' ? 4 : 2));
			if (when_at(s, end, j))
				return i;
		}
		if (s[i] == ',' || s[i] == '-')
		{
			j = skip_blanks(s, end, i + 1);
			if (when_at(s, end, j))
				return i;
		}
		/* an en or em dash */
		if ((unsigned char) s[i] == 0xE2 && i + 2 < end && (unsigned char) s[i + 1] == 0x80 &&
			((unsigned char) s[i + 2] == 0x93 || (unsigned char) s[i + 2] == 0x94))
		{
			j = skip_blanks(s, end, i + 3);
			if (when_at(s, end, j))
				return i;
		}
		/* a date; "Scrutiny Board (2)" keeps its number */
		if (i > from && tu_digit((unsigned char) s[i]) &&
			!(s[i - 1] == '(' && i + 1 < end && s[i + 1] == ')'))
			return i;
	}
	return end;
}

/* Trim blanks, markup and trailing punctuation from [*a, *b). */
static void
trim(const char *s, size_t *a, size_t *b)
{
	while (*a < *b && (markup(s[*a]) || s[*a] == ':' || s[*a] == ','))
		(*a)++;
	while (*b > *a && (markup(s[*b - 1]) || s[*b - 1] == ',' || s[*b - 1] == '-' ||
					   s[*b - 1] == ':' || s[*b - 1] == ';' || s[*b - 1] == '.' ||
					   s[*b - 1] == '('))
		(*b)--;
}

static size_t
count_bold(const char *s, size_t a, size_t b)
{
	size_t		n = 0;

	for (size_t i = a; i + 1 < b; i++)
		if (s[i] == '*' && s[i + 1] == '*')
		{
			n++;
			i++;
		}
	return n;
}

/* The last word of s[a..b) is a joining word: the name goes on. */
static bool
ends_joined(const char *s, size_t a, size_t b)
{
	static const char *const joiners[] = {"and", "of", "the", "&", "for", "on"};
	size_t		w = b;

	while (w > a && !tu_space((unsigned char) s[w - 1]))
		w--;
	for (size_t k = 0; k < sizeof(joiners) / sizeof(joiners[0]); k++)
		if (b - w == strlen(joiners[k]) && tu_starts_ci(s + w, b - w, joiners[k]))
			return true;
	return false;
}

/* A line that ends the title block: the attendance starts. */
static bool
attendance_line(const char *s, const line *l)
{
	static const char *const heads[] = {
		"present", "in attendance", "attendance", "apologies", "members present",
		"councillors present", "members:", "sederunt"
	};

	for (size_t k = 0; k < sizeof(heads) / sizeof(heads[0]); k++)
		if (starts_with_ci(s, l->te, l->ts, heads[k]))
			return true;
	return false;
}

/* Not a committee's name: pack covers, labels, notices. */
static bool
not_a_title(const char *s, const line *l)
{
	static const char *const starts[] = {
		"public document pack", "agenda", "minutes", "minute", "notice", "summons",
		"page ", "date", "time", "place", "venue", "location", "present", "in attendance",
		"apologies", "summary", "report", "to:", "from:", "dear", "please"
	};
	size_t		letters = 0;

	if (l->te - l->ts > 200)
		return true;
	for (size_t k = 0; k < sizeof(starts) / sizeof(starts[0]); k++)
		if (starts_with_ci(s, l->te, l->ts, starts[k]))
			return true;
	for (size_t i = l->ts; i < l->te; i++)
	{
		if (tu_alpha((unsigned char) s[i]))
			letters++;
		else if (tu_digit((unsigned char) s[i]))
			return true;		/* a date, a number: not a name */
	}
	return letters < 3 || s[l->te - 1] == '.' || s[l->te - 1] == ':';
}

/* "Minutes of" / "Minute of" at s[i] opening a title; *after is where the name may start. */
static bool
minutes_of_at(const char *s, const line *l, size_t i, size_t *after)
{
	size_t		j;

	if (!word_start(s, i))
		return false;
	if (starts_with_ci(s, l->te, i, "minutes of "))
		j = i + 11;
	else if (starts_with_ci(s, l->te, i, "minute of "))
		j = i + 10;
	else if (i == l->ts && starts_with_ci(s, l->te, i, "meeting of "))
		j = i + 11;
	else
		return false;
	if (i > l->ts)
	{
		/* "Coventry City Council Minutes of the ...", never "to agree the minutes of" */
		size_t		w = i;

		if (!tu_upper((unsigned char) s[i]))
			return false;
		while (w > l->ts && s[w - 1] == ' ')
			w--;
		while (w > l->ts && s[w - 1] != ' ')
			w--;
		if (!tu_upper((unsigned char) s[w]))
			return false;
	}
	j = skip_blanks(s, l->te, j);
	/* (the article's own length: "a" may be the last byte of the text) */
	if (word_at(s, l->te, j, "the"))
		j = skip_blanks(s, l->te, j + 3);
	else if (word_at(s, l->te, j, "an"))
		j = skip_blanks(s, l->te, j + 2);
	else if (word_at(s, l->te, j, "a"))
		j = skip_blanks(s, l->te, j + 1);
	/* "[Annual|Extraordinary|...] Meeting of [the]" within a few words */
	for (size_t w = 0, k = j; w < 4 && k < l->te; w++)
	{
		if (word_at(s, l->te, k, "meeting"))
		{
			size_t		m = skip_blanks(s, l->te, k + 7);

			if (word_at(s, l->te, m, "of"))
			{
				j = skip_blanks(s, l->te, m + 2);
				if (word_at(s, l->te, j, "the"))
					j = skip_blanks(s, l->te, j + 3);
			}
			else if (w == 0)
				j = m;			/* "Minutes of the Meeting held ..." */
			break;
		}
		while (k < l->te && s[k] != ' ')
			k++;
		k = skip_blanks(s, l->te, k);
	}
	*after = j;
	return true;
}

static int
two(const char *v)
{
	return (v[0] - '0') * 10 + (v[1] - '0');
}

/* A token's time in minutes after midnight, or -1. */
static int
token_time(const char *s, const tok_token *t, bool after_at)
{
	char		v[TOK_VALUE_MAX(TOK_MAX_LEN)];
	size_t		n;
	const char *p = s + t->start;

	if (t->type == TOK_TIME)
	{
		n = tok_value(t->type, p, t->len, v, sizeof(v));
		if (n == 5 && v[2] == ':' && tu_digit((unsigned char) v[0]) && tu_digit((unsigned char) v[1]) &&
			tu_digit((unsigned char) v[3]) && tu_digit((unsigned char) v[4]) &&
			two(v) < 24 && two(v + 3) < 60)
			return two(v) * 60 + two(v + 3);
		return -1;
	}
	if (t->type == TOK_WORD)
	{
		if (tu_word_ci(p, t->len, "noon") || tu_word_ci(p, t->len, "midday"))
			return 12 * 60;
		if (tu_word_ci(p, t->len, "midnight"))
			return 0;
		return -1;
	}
	/* "at 18.30": a 24-hour time the tokenizer reads as a decimal */
	if (t->type == TOK_NUMBER && after_at && (t->len == 4 || t->len == 5) &&
		(p[t->len - 3] == '.' || p[t->len - 3] == ':'))
	{
		size_t		h = t->len - 3;
		int			hours = h == 1 ? p[0] - '0' : two(p);

		if (tu_digit((unsigned char) p[0]) && (h == 1 || tu_digit((unsigned char) p[1])) &&
			tu_digit((unsigned char) p[h + 1]) && tu_digit((unsigned char) p[h + 2]) &&
			hours < 24 && two(p + h + 1) < 60)
			return hours * 60 + two(p + h + 1);
	}
	return -1;
}

/* "31 February" is no date. */
static bool
calendar_date(int y, int m, int d)
{
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (y < 1 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return false;
	return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

/* "12.07.2023", which the tokenizer reads as two numbers: day, month, year. */
static void
dotted_date(const char *p, size_t n, int *y, int *m, int *d)
{
	size_t		i = 0;
	int			part[3] = {0, 0, 0};

	for (int k = 0; k < 3; k++)
	{
		size_t		from = i;

		while (i < n && tu_digit((unsigned char) p[i]) && i - from < 4)
			part[k] = part[k] * 10 + (p[i++] - '0');
		if (i == from || (k < 2 && (i - from > 2 || i >= n || p[i] != '.')) ||
			(k == 2 && (i - from != 4 || (i < n && tu_alnum((unsigned char) p[i])))))
			return;
		if (k < 2)
			i++;
	}
	if (calendar_date(part[2], part[1], part[0]))
	{
		*y = part[2];
		*m = part[1];
		*d = part[0];
	}
}

/* The first full date and time in s[from..to). */
static void
block_when(const char *s, size_t from, size_t to, int *y, int *m, int *d, int *t)
{
	static const char *const later[] = {
		"terminat", "close", "ended", "end", "finish", "conclu", "adjourn", "reconven", "resum"
	};
	tok_scanner sc;
	tok_token	tok;
	bool		after_at = false;
	bool		later_line = false;	/* "The meeting ended at ...": not the start */
	size_t		prev_end = 0;

	*y = 0;
	*t = -1;
	tok_init(&sc, s + from, to - from, NULL);
	while (tok_next(&sc, &tok))
	{
		const char *p = s + from + tok.start;
		bool		dated = false;

		if (memchr(s + from + prev_end, '\n', tok.start - prev_end))
			later_line = false;
		prev_end = tok.start + tok.len;
		if (tok.type == TOK_WORD)
			for (size_t k = 0; k < sizeof(later) / sizeof(later[0]); k++)
				if (tu_starts_ci(p, tok.len, later[k]))
					later_line = true;
		if (tok.type == TOK_NUMBER && *y == 0)
		{
			dotted_date(p, s + to - p, y, m, d);
			dated = *y != 0;
		}
		if (tok.type == TOK_DATE && *y == 0)
		{
			char		v[TOK_VALUE_MAX(TOK_MAX_LEN)];
			size_t		n = tok_value(tok.type, p, tok.len, v, sizeof(v));

			if (n == 10 && v[4] == '-' && v[7] == '-' && tu_digit((unsigned char) v[0]) &&
				calendar_date(two(v) * 100 + two(v + 2), two(v + 5), two(v + 8)))
			{
				*y = two(v) * 100 + two(v + 2);
				*m = two(v + 5);
				*d = two(v + 8);
			}
		}
		else if (*t < 0 && !dated && !later_line)
		{
			tok_token	adj = tok;

			adj.start += from;
			*t = token_time(s, &adj, after_at);
		}
		after_at = tok.type == TOK_WORD && tu_word_ci(p, tok.len, "at");
	}
}

/* The block of a title starting at line l: [l->start, *to). */
static size_t
block_end(const char *s, size_t len, const line *first)
{
	line		l;
	size_t		pos = after_line(first, len);
	size_t		to = first->end;

	for (int n = 0; n < BLOCK_LINES && next_text_line(s, len, pos, &l); n++)
	{
		/* a paragraph of prose is past the title block */
		if (attendance_line(s, &l) || l.end - first->start > BLOCK_BYTES ||
			l.te - l.ts > PROSE_BYTES)
			break;
		to = l.end;
		pos = after_line(&l, len);
	}
	return to;
}

/* "the Board", "the Committee": the meeting itself, not a place. */
static bool
the_context(const char *s, size_t a, size_t b)
{
	static const char *const bodies[] = {
		"board", "committee", "panel", "meeting", "council", "cabinet", "chair", "forum"
	};

	if (!word_at(s, b, a, "the"))
		return false;
	a = skip_blanks(s, b, a + 3);
	for (size_t k = 0; k < sizeof(bodies) / sizeof(bodies[0]); k++)
		if (b - a == strlen(bodies[k]) && tu_starts_ci(s + a, b - a, bodies[k]))
			return true;
	return false;
}

/* The venue in s[from..to): "Place:"/"Venue:" labels, else "at|in|via NAME". */
static void
find_venue(const char *s, size_t len, size_t from, size_t to, meet_info *out)
{
	static const char *const labels[] = {"place", "venue", "location"};
	static const char *const not_names[] = {
		"which", "its", "public", "private", "this", "that", "least", "all", "attendance",
		"person", "the chair", "the meeting", "the start", "the end"
	};
	size_t		pos = from;
	line		l;

	while (pos < to && next_text_line(s, len, pos, &l) && l.start < to)
	{
		size_t		a = pos > l.ts ? pos : l.ts;
		size_t		e = l.te < to ? l.te : to;

		for (size_t k = 0; k < 3; k++)
			if (a == l.ts && word_at(s, e, a, labels[k]))
			{
				size_t		v = skip_blanks(s, e, a + strlen(labels[k]));
				line		nl;

				if (v < e && s[v] == ':')
					v = skip_blanks(s, e, v + 1);
				while (v < e && markup(s[v]))
					v++;
				if (v >= e && next_text_line(s, len, after_line(&l, len), &nl) && nl.start < to)
				{
					out->venue_start = nl.ts;
					out->venue_end = nl.te;
					return;
				}
				if (v < e)
				{
					out->venue_start = v;
					out->venue_end = e;
					trim(s, &out->venue_start, &out->venue_end);
					return;
				}
			}
		for (size_t i = a; i < e; i++)
		{
			size_t		v;
			size_t		stop;
			bool		bad = false;

			if (!(word_at(s, e, i, "at") || word_at(s, e, i, "in") || word_at(s, e, i, "via")))
				continue;
			v = skip_blanks(s, e, i + (tu_fold((unsigned char) s[i]) == 'v' ? 3 : 2));
			while (v < e && s[v] == '*')
				v++;
			if (v >= e || !(tu_upper((unsigned char) s[v]) || word_at(s, e, v, "the")) ||
				when_at(s, e, v))
				continue;
			for (size_t k = 0; k < sizeof(not_names) / sizeof(not_names[0]); k++)
				if (starts_with_ci(s, e, v, not_names[k]))
					bad = true;
			for (size_t k = 0; k < 12 && !bad; k++)
			{
				static const char *const months[] = {
					"january", "february", "march", "april", "may", "june", "july",
					"august", "september", "october", "november", "december"
				};

				if (word_at(s, e, v, months[k]))
					bad = true;
			}
			if (bad)
				continue;
			stop = name_stop(s, v, e, false);
			trim(s, &v, &stop);
			if (stop > v && stop - v <= VENUE_BYTES && !the_context(s, v, stop) &&
				!memchr(s + v, '<', stop - v) && !memchr(s + v, '@', stop - v))
			{
				out->venue_start = v;
				out->venue_end = stop;
				return;
			}
		}
		pos = after_line(&l, len);
	}
}

/* The committee's name from a "Minutes of" line; false when the line gives none. */
static bool
title_name(const char *s, size_t len, const line *l, size_t name, meet_info *out)
{
	line		cur = *l;
	size_t		stop = name_stop(s, name, cur.te, true);

	/* a bold title broken over lines, or a name that ends in "and" */
	for (int n = 0; n < 2 && stop == cur.te; n++)
	{
		line		nl;

		if (after_line(&cur, len) >= len)
			break;
		line_at(s, len, after_line(&cur, len), &nl);
		/* a title's line is short (as find_title() takes it): a long one is text */
		if (nl.te <= nl.ts || nl.te - nl.ts > TITLE_BYTES ||
			attendance_line(s, &nl) || when_at(s, nl.te, nl.ts) ||
			word_at(s, nl.te, nl.ts, "held") || word_at(s, nl.te, nl.ts, "at") ||
			word_at(s, nl.te, nl.ts, "on"))
			break;
		if (!(count_bold(s, cur.start, cur.end) % 2 == 1 || ends_joined(s, name, cur.te) ||
			  tu_lower((unsigned char) s[nl.ts])))
			break;
		cur = nl;
		stop = name_stop(s, nl.ts, nl.te, true);
	}
	trim(s, &name, &stop);
	/* "Minutes of the Cabinet Meeting held ..." */
	if (stop >= name + 8 && tu_starts_ci(s + stop - 8, 8, " meeting"))
	{
		stop -= 8;
		trim(s, &name, &stop);
	}
	if (stop <= name || word_at(s, stop, name, "held") || word_at(s, stop, name, "the") ||
		word_at(s, stop, name, "last") || word_at(s, stop, name, "previous"))
		return false;
	out->body_start = name;
	out->body_end = stop;
	return true;
}

/* The nearest title-like line among the three before line l. */
static bool
name_before(const char *s, size_t len, const line *l, meet_info *out)
{
	size_t		pos = l->start;

	for (int n = 0; n < 3 && pos > 0; n++)
	{
		line		p;
		size_t		b = pos - 1;	/* the line break before */

		while (b > 0 && s[b - 1] != '\n')
			b--;
		line_at(s, len, b, &p);
		pos = b;
		if (p.te <= p.ts)
		{
			n--;
			if (l->start - b > BLOCK_BYTES)
				return false;
			continue;
		}
		if (!not_a_title(s, &p))
		{
			out->body_start = p.ts;
			out->body_end = p.te;
			return true;
		}
	}
	return false;
}

/* Every word capitalised but the joining ones: "Planning and Highways Committee". */
static bool
title_case(const char *s, size_t a, size_t b)
{
	static const char *const small[] = {"and", "of", "the", "for", "in", "on", "&", "-"};

	for (size_t i = a; i < b;)
	{
		size_t		w = i;
		bool		ok = false;

		while (w < b && s[w] != ' ')
			w++;
		if (tu_upper((unsigned char) s[i]) || (unsigned char) s[i] >= 0x80 || s[i] == '(' ||
			s[i] == '\'')
			ok = true;
		for (size_t k = 0; !ok && k < sizeof(small) / sizeof(small[0]); k++)
			ok = w - i == strlen(small[k]) && tu_starts_ci(s + i, w - i, small[k]);
		if (!ok)
			return false;
		i = skip_blanks(s, b, w);
	}
	return true;
}

/* "Planning Committee - 5 March 2020 at 7pm": the name and the date on one line. */
static bool
one_line_title(const char *s, size_t len, const line *l, meet_info *out, size_t *bfrom,
			   size_t *bto)
{
	size_t		stop;
	size_t		a = l->ts;
	line		head = *l;
	int			t;

	/* the length first: reading a line of megabytes for its name stop cost seconds */
	if (l->te - l->ts > PROSE_BYTES)
		return false;
	stop = name_stop(s, l->ts, l->te, true);
	if (stop >= l->te || stop <= l->ts)
		return false;
	trim(s, &a, &stop);
	head.te = stop;
	if (stop <= a || not_a_title(s, &head) || !title_case(s, a, stop))
		return false;
	block_when(s, stop, l->te, &out->year, &out->month, &out->day, &t);
	if (out->year == 0)
		return false;
	out->body_start = a;
	out->body_end = stop;
	*bto = block_end(s, len, l);
	block_when(s, stop, *bto, &out->year, &out->month, &out->day, &out->starts_at);
	*bfrom = stop;
	return true;
}

/* The title block; returns its start, and sets the name, date and start time. */
static bool
find_title(const char *s, size_t len, meet_info *out, size_t *bfrom, size_t *bto,
		   void (*tick) (void *), void *ctx)
{
	size_t		pos = 0;
	line		l;
	int			t;
	int			tries = 0;

	/* a "Minutes of" title anywhere; a document of nothing but such lines stops early */
	while (tries < TITLE_TRIES && next_text_line(s, len, pos, &l))
	{
		size_t		lim = l.te < l.ts + 300 ? l.te : l.ts + 300;

		/* a title is a short line: the work per candidate stays bounded */
		if (l.te - l.ts > TITLE_BYTES)
			lim = l.ts;

		if (tick && (l.start / TICK_BYTES != after_line(&l, len) / TICK_BYTES))
			tick(ctx);
		for (size_t i = l.ts; i < lim; i++)
		{
			size_t		name;
			size_t		to;

			if (tu_fold((unsigned char) s[i]) != 'm' || !minutes_of_at(s, &l, i, &name))
				continue;
			tries++;
			to = block_end(s, len, &l);
			block_when(s, i, to, &out->year, &out->month, &out->day, &t);
			if (out->year == 0)
				break;
			if (!title_name(s, len, &l, name, out) && !name_before(s, len, &l, out))
				out->body_start = out->body_end = 0;
			out->starts_at = t;
			*bfrom = out->body_end > out->body_start && out->body_end > i ? out->body_end : name;
			*bto = to;
			return true;
		}
		pos = after_line(&l, len);
	}
	/* else the first title-like line with a date close below it */
	pos = 0;
	for (int n = 0; n < FALLBACK_LINES && next_text_line(s, len, pos, &l); n++)
	{
		line		d;
		size_t		dpos = after_line(&l, len);

		pos = dpos;
		if (one_line_title(s, len, &l, out, bfrom, bto))
			return true;
		if (not_a_title(s, &l))
			continue;
		for (int k = 0; k < 3 && next_text_line(s, len, dpos, &d); k++)
		{
			size_t		to;

			if (d.te - d.ts > PROSE_BYTES)
				break;

			block_when(s, d.ts, d.te, &out->year, &out->month, &out->day, &t);
			if (out->year == 0)
			{
				dpos = after_line(&d, len);
				continue;
			}
			out->body_start = l.ts;
			out->body_end = l.te;
			to = block_end(s, len, &l);
			block_when(s, l.end, to, &out->year, &out->month, &out->day, &out->starts_at);
			*bfrom = l.end;
			*bto = to;
			return true;
		}
	}
	out->year = 0;
	return false;
}

/* Sentence-level cues ---------------------------------------------------- */

typedef struct cues
{
	meet_info  *out;
	meet_adjourn_emit emit;
	void	   *ctx;
	long		tokno;			/* tokens read */
	long		context_at;		/* last "meeting", "chair", "time" ... in the sentence */
	long		body_at;		/* last "committee", "board" ... in the sentence */
	long		end_at;			/* last ending word after a context word */
	long		start_at;		/* last starting word after a context word */
	long		adjourn_at;		/* last "adjourned" in the sentence */
	long		reconvene_at;	/* last "reconvened" in the sentence */
	long		time_at;		/* last time in the sentence */
	int			last_time;
	bool		public_seen;	/* "closed to the public": not the end */
	bool		date_seen;		/* "adjourned until 5 March": another day */
	int			adjourned;		/* the adjournment being read, -1 none */
	int			reconvened;
	int			sentences_open;	/* sentences since an unfinished adjournment */
	int			cue_start;		/* "Meeting commenced at": wins over the title */
} cues;

/*
 * w starts the word p[0..n), whose folded first letter is c0.  Every word
 * of a document is tried against some forty cue words: comparing the
 * first letter here, before any call, is what keeps the scan fast.
 */
static inline bool
prefix_ci(const char *p, size_t n, unsigned char c0, const char *w)
{
	return (unsigned char) w[0] == c0 && tu_starts_ci(p, n, w);
}

static inline bool
word_ci(const char *p, size_t n, unsigned char c0, const char *w)
{
	return (unsigned char) w[0] == c0 && tu_word_ci(p, n, w);
}

static void
flush_adjournment(cues *c)
{
	if (c->adjourned >= 0 && c->emit)
		c->emit(c->ctx, c->adjourned, c->reconvened);
	c->adjourned = -1;
	c->reconvened = -1;
	c->sentences_open = 0;
}

static void
end_sentence(cues *c)
{
	/* "adjourned at 9.00 pm until 10.00 am on 10 January": it resumes another day */
	if (c->adjourn_at >= 0 && c->date_seen && c->adjourned >= 0)
	{
		c->reconvened = -1;
		flush_adjournment(c);
	}
	c->context_at = c->body_at = c->end_at = c->start_at = -100;
	c->adjourn_at = c->reconvene_at = c->time_at = -100;
	c->public_seen = c->date_seen = false;
	if (c->adjourned >= 0 && (c->reconvened >= 0 || ++c->sentences_open > 2))
		flush_adjournment(c);
}

static void
on_word(cues *c, const char *p, size_t n)
{
	/* "the meeting", "the Chair", "Time of ..." anywhere before the verb */
	static const char *const context[] = {"meeting", "session", "chair", "time", "proceedings"};
	/* "the Committee rose": a body just before it ("the Council's offices close" is not) */
	static const char *const bodies[] = {
		"committee", "board", "panel", "council", "cabinet", "forum", "group", "sub-committee"
	};
	static const char *const ends[] = {
		"terminat", "closed", "close", "closure", "ended", "finish", "conclu", "rose"
	};
	static const char *const starts[] = {"commenc", "started", "start", "began", "begin", "opened"};
	unsigned char c0 = n > 0 ? tu_fold((unsigned char) p[0]) : 0;
	static const char *const reconvenes[] = {
		"reconven", "re-conven", "convened", "resum", "recommenc", "re-commenc", "reassembl",
		"returned"
	};

	for (size_t k = 0; k < sizeof(context) / sizeof(context[0]); k++)
		if (prefix_ci(p, n, c0, context[k]))
			c->context_at = c->tokno;
	for (size_t k = 0; k < sizeof(bodies) / sizeof(bodies[0]); k++)
		if (word_ci(p, n, c0, bodies[k]) && n == strlen(bodies[k]))
			c->body_at = c->tokno;
	if (word_ci(p, n, c0, "public") || word_ci(p, n, c0, "press") || word_ci(p, n, c0, "item"))
		c->public_seen = true;
	if (prefix_ci(p, n, c0, "adjourn") || prefix_ci(p, n, c0, "recess"))
	{
		if (c->adjourned >= 0 && c->adjourn_at < 0)
			flush_adjournment(c);
		c->adjourn_at = c->tokno;
		/* "At 8.15 pm the Committee adjourned" */
		if (c->time_at >= 0 && c->tokno - c->time_at <= 8 && c->adjourned < 0)
			c->adjourned = c->last_time;
		return;
	}
	for (size_t k = 0; k < sizeof(reconvenes) / sizeof(reconvenes[0]); k++)
		if (prefix_ci(p, n, c0, reconvenes[k]))
			c->reconvene_at = c->tokno;
	if (c->context_at >= 0 || c->tokno == 0 || (c->body_at >= 0 && c->tokno - c->body_at <= 1))
	{
		for (size_t k = 0; k < sizeof(ends) / sizeof(ends[0]); k++)
			if (prefix_ci(p, n, c0, ends[k]))
				c->end_at = c->tokno;
		if (word_ci(p, n, c0, "end"))
			c->end_at = c->tokno;
		for (size_t k = 0; k < sizeof(starts) / sizeof(starts[0]); k++)
			if (prefix_ci(p, n, c0, starts[k]))
				c->start_at = c->tokno;
	}
}

static void
on_time(cues *c, int t)
{
	c->time_at = c->tokno;
	c->last_time = t;
	if (c->adjourn_at >= 0)
	{
		if (c->adjourned < 0)
			c->adjourned = t;
		else if (c->reconvened < 0)
			c->reconvened = t;
		return;
	}
	if (c->adjourned >= 0 && c->reconvened < 0 && c->reconvene_at >= 0 &&
		c->tokno - c->reconvene_at <= CUE_REACH)
	{
		c->reconvened = t;
		return;
	}
	if (c->end_at >= 0 && c->tokno - c->end_at <= CUE_REACH && !c->public_seen &&
		c->out->ends_at < 0)
		c->out->ends_at = t;
	else if (c->start_at >= 0 && c->tokno - c->start_at <= CUE_REACH && c->cue_start < 0)
		c->cue_start = t;
}

/* Does the gap s[a..b) between two tokens end a sentence? */
static bool
gap_ends_sentence(const char *s, size_t a, size_t b, bool time_dot, const char *next)
{
	size_t		breaks = 0;

	if (time_dot && tu_upper((unsigned char) *next))
		return true;
	for (size_t i = a; i < b; i++)
	{
		char		ch = s[i];

		if (ch == '\n')
		{
			if (++breaks == 2)
				return true;
		}
		else if (ch == ';' || ch == '!' || ch == '?' || ch == '(' || ch == ')')
			return true;
		else if (ch == '.' && (i + 1 >= b || tu_space((unsigned char) s[i + 1]) || s[i + 1] == '\n'))
			return true;
		else if (!tu_space((unsigned char) ch))
			breaks = 0;
	}
	return false;
}

/* Does the gap s[a..b) hold a blank line (two line breaks with only spaces between)? */
static bool
gap_has_blank_line(const char *s, size_t a, size_t b)
{
	size_t		breaks = 0;

	for (size_t i = a; i < b; i++)
	{
		if (s[i] == '\n')
		{
			if (++breaks == 2)
				return true;
		}
		else if (!tu_space((unsigned char) s[i]))
			breaks = 0;
	}
	return false;
}

/*
 * The caller's tick when a scan of one paragraph crosses a TICK_BYTES
 * boundary: a paragraph can be all of a document.
 */
static void
bytes_tick(size_t from, size_t to, void (*tick) (void *), void *ctx)
{
	if (tick && from / TICK_BYTES != to / TICK_BYTES)
		tick(ctx);
}

/* The line break that ends the paragraph holding s[i] (the one before a blank line), or len. */
static size_t
paragraph_end(const char *s, size_t len, size_t i, void (*tick) (void *), void *ctx)
{
	const char *nl;

	while (i < len && (nl = memchr(s + i, '\n', len - i)) != NULL)
	{
		size_t		j = (size_t) (nl - s) + 1;

		bytes_tick(i, j, tick, ctx);
		while (j < len && tu_space((unsigned char) s[j]))
			j++;
		if (j >= len || s[j] == '\n')
			return (size_t) (nl - s);
		i = j;
	}
	return len;
}

/*
 * Where the last thing in s[a..b) that can be part of a time ends (a digit,
 * "noon", "midday" or "midnight"), or a when there is none.
 */
static size_t
time_candidates_end(const char *s, size_t a, size_t b, void (*tick) (void *), void *ctx)
{
	/* from the end: the last one is wanted */
	for (size_t i = b; i-- > a;)
	{
		unsigned char ch = tu_fold((unsigned char) s[i]);

		if (i % TICK_BYTES == 0 && tick)
			tick(ctx);
		if (tu_digit(ch))
			return i + 1;
		if (ch == 'n' && i >= a + 3 && tu_starts_ci(s + i - 3, 4, "noon"))
			return i + 1;
		if (ch == 'y' && i >= a + 5 && tu_starts_ci(s + i - 5, 6, "midday"))
			return i + 1;
		if (ch == 't' && i >= a + 7 && tu_starts_ci(s + i - 7, 8, "midnight"))
			return i + 1;
	}
	return a;
}

/*
 * Is the last token of s[a..b) the word "at"?  As the tokenizer reads it:
 * tokens never cross a line, so its last line that holds a token is enough,
 * and of a long line (a paragraph extracted as one line) its last words,
 * from a space: reading all of it again would cost what the skip saved.
 */
#define AT_TAIL 128
#define AT_NEAR_END 48

static bool
last_token_is_at(const char *s, size_t a, size_t b)
{
	bool		maybe = false;

	/*
	 * The tokens are read only when "at" starts a word among the last few
	 * bytes ("at", "at:", "at's", as the scan reads a token that starts
	 * with it): nearly every paragraph ends otherwise.
	 */
	for (size_t i = b > a + AT_NEAR_END ? b - AT_NEAR_END : a; i + 2 <= b && !maybe; i++)
		maybe = (i == a || !tu_alnum((unsigned char) s[i - 1])) && tu_word_ci(s + i, b - i, "at");
	if (!maybe)
		return false;
	while (b > a)
	{
		size_t		ls = b;
		tok_scanner sc;
		tok_token	t;
		bool		any = false;
		bool		at = false;

		while (ls > a && s[ls - 1] != '\n' && b - ls < AT_TAIL)
			ls--;
		if (ls > a && s[ls - 1] != '\n')
		{
			/* start after a space, not inside a word */
			while (ls < b && !tu_space((unsigned char) s[ls]))
				ls++;
		}
		tok_init(&sc, s + ls, b - ls, NULL);
		while (tok_next(&sc, &t))
		{
			any = true;
			at = t.type == TOK_WORD && tu_word_ci(s + ls + t.start, t.len, "at");
		}
		if (any)
			return at;
		/* nothing there: the line before (or, in a long line, the bytes before) */
		while (ls > a && s[ls - 1] != '\n')
			ls--;
		b = ls > a ? ls - 1 : a;
	}
	return false;
}

/*
 * The cues are read token by token, but only a time gives a value, and an
 * adjournment is the only thing carried from one sentence to the next.  So
 * while no adjournment is open, the sentences of a paragraph after the
 * last one that can hold a time (all of them, in a paragraph that has none)
 * are passed over without being tokenized: they could change nothing.
 */
static void
scan_cues(const char *s, size_t len, size_t from, cues *c, void (*tick) (void *), void *ctx)
{
	size_t		prev_end = from;
	bool		time_dot = false;
	bool		after_at = false;
	bool		first = true;
	size_t		para_end = 0;	/* the paragraph being read ends here */
	size_t		para_times_end = 0; /* and its last possible time here */
	unsigned	ticks = 0;
	tok_scanner sc;
	tok_token	tok;

	if (tick)
		tick(ctx);
	end_sentence(c);
	tok_init(&sc, s + from, len - from, NULL);
	sc.tick = tick;
	sc.tick_ctx = ctx;
	while (tok_next(&sc, &tok))
	{
		const char *p = s + from + tok.start;
		tok_token	abs = tok;
		int			t;

		/* a cancel check every few thousand tokens */
		if (tick && (++ticks & 4095) == 0)
			tick(ctx);
		abs.start += from;
		if (first || gap_has_blank_line(s, prev_end, abs.start))
		{
			para_end = paragraph_end(s, len, abs.start, tick, ctx);
			para_times_end = time_candidates_end(s, abs.start, para_end, tick, ctx);
			first = false;
		}
		if (c->tokno > 0 && gap_ends_sentence(s, prev_end, abs.start, time_dot, p))
		{
			end_sentence(c);
			c->tokno = 0;
		}
		if (c->tokno == 0 && c->adjourned < 0 && abs.start >= para_times_end &&
			abs.start < para_end)
		{
			after_at = last_token_is_at(s, abs.start, para_end);
			time_dot = false;
			prev_end = para_end;
			tok_skip_to(&sc, para_end - from);
			continue;
		}
		if (tok.type == TOK_DATE)
			c->date_seen = true;
		if (tok.type == TOK_WORD)
			on_word(c, p, tok.len);
		t = token_time(s, &abs, after_at);
		if (t >= 0)
			on_time(c, t);
		after_at = tok.type == TOK_WORD && tu_word_ci(p, tok.len, "at");
		time_dot = tok.type == TOK_TIME && p[tok.len - 1] == '.';
		prev_end = abs.start + tok.len;
		c->tokno++;
	}
	end_sentence(c);
	flush_adjournment(c);
}

void
meet_scan(const char *doc, size_t len, meet_info *out, meet_adjourn_emit emit,
		  void (*tick) (void *ctx), void *ctx)
{
	size_t		bfrom = 0;
	size_t		bto = 0;
	cues		c;

	memset(out, 0, sizeof(*out));
	out->starts_at = -1;
	out->ends_at = -1;
	if (!find_title(doc, len, out, &bfrom, &bto, tick, ctx))
	{
		out->body_start = out->body_end = 0;
		out->starts_at = -1;
		bfrom = 0;
	}
	else
		find_venue(doc, len, bfrom, bto, out);
	memset(&c, 0, sizeof(c));
	c.out = out;
	c.emit = emit;
	c.ctx = ctx;
	c.adjourned = c.reconvened = -1;
	c.cue_start = -1;
	c.last_time = -1;
	/* the title's own line is where a "Minutes of" title starts */
	scan_cues(doc, len, out->body_end > out->body_start && out->body_start < bfrom ?
			  out->body_start : bfrom, &c, tick, ctx);
	if (c.cue_start >= 0)
		out->starts_at = c.cue_start;
}
