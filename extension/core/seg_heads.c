/*
 * seg_heads.c - heading candidates: each line read as a number (any form of
 * the one numbering grammar) and a title, with the weight of its evidence.
 * Which candidates are the document's headings is decided later, by the
 * chain (seg_chain.c), never by one line alone.
 */
#include "seg_stages.h"

/* Does the line read as a heading-like title: short, no sentence after it? */
bool
seg_title_like(const char *s, size_t len)
{
	unsigned char c0;
	unsigned char cl;

	while (len > 0 && tu_space((unsigned char) s[len - 1]))
		len--;
	while (len > 0 && (tu_space((unsigned char) s[0]) || s[0] == '*'))
	{
		s++;
		len--;
	}
	if (len < 2 || len > 160)
		return false;
	c0 = (unsigned char) s[0];
	cl = (unsigned char) s[len - 1];
	if (!(tu_upper(c0) || tu_digit(c0) || c0 >= 0x80 || c0 == '\'' || c0 == '"' || c0 == '('))
		return false;
	if (cl == ',' || cl == ';')
		return false;
	if (seg_count_words(s, len) > 22)
		return false;
	if (cl == '.' && len > 90)
		return false;
	/* Two sentences are a paragraph, not a title. */
	for (size_t i = 1; i + 2 < len; i++)
		if (s[i] == '.' && s[i + 1] == ' ' && tu_upper((unsigned char) s[i + 2]) &&
			tu_lower((unsigned char) s[i - 1]) && i > 3)
			return false;
	return true;
}

/* A sentence rather than a heading: long, or ends with a full stop after several words. */
bool
seg_sentence_like(const char *s, size_t len)
{
	while (len > 0 && tu_space((unsigned char) s[len - 1]))
		len--;
	if (len > 110)
		return true;
	return len > 0 && s[len - 1] == '.' && seg_count_words(s, len) >= 5;
}

bool
seg_mostly_upper(const char *s, size_t len)
{
	size_t		up = 0;
	size_t		lo = 0;

	for (size_t i = 0; i < len; i++)
	{
		if (tu_upper((unsigned char) s[i]))
			up++;
		else if (tu_lower((unsigned char) s[i]))
			lo++;
	}
	return up >= 2 && up >= 4 * lo;
}

/* ------------------------------------------------------------------ */
/* Heading candidates                                                 */
/* ------------------------------------------------------------------ */

size_t
seg_prev_text_line(const seg_doc *d, size_t i, size_t first)
{
	while (i > first)
	{
		i--;
		if (seg_line_usable(&d->lines[i]))
			return i;
	}
	return SIZE_MAX;
}

size_t
seg_next_text_line(const seg_doc *d, size_t i, size_t end)
{
	for (i = i + 1; i < end; i++)
		if (seg_line_usable(&d->lines[i]))
			return i;
	return SIZE_MAX;
}

/* Does the line look like it opens with an item number (used to refuse titles)? */
static bool
starts_with_number(const seg_doc *d, size_t i)
{
	return tu_digit((unsigned char) d->doc[d->lines[i].tstart]);
}

/* A title-like line that may stand as an item's title on its own. */
static bool
title_line(const seg_doc *d, size_t i)
{
	const seg_line *l = &d->lines[i];

	if (l->flags & (SEG_BULLET | SEG_CLOSING | SEG_BLANK | SEG_FURNITURE))
		return false;
	if (starts_with_number(d, i))
		return false;
	if (tu_word_ci(d->doc + l->tstart, l->tend - l->tstart, "resolved") ||
		tu_word_ci(d->doc + l->tstart, l->tend - l->tstart, "minutes:"))
		return false;
	return seg_title_like(d->doc + l->tstart, l->tend - l->tstart) &&
		!seg_sentence_like(d->doc + l->tstart, l->tend - l->tstart);
}

size_t
seg_skip_spaces(const char *s, size_t p, size_t end)
{
	size_t		n;

	for (;;)
	{
		if (p < end && tu_space((unsigned char) s[p]))
			p++;
		else if (p < end && (n = tu_unicode_space(s + p, end - p)) > 0)
			p += n;
		else
			return p;
	}
}

/* A separator between a number and its title: ':' '.' '-' or a dash, with spaces. */
static size_t
skip_separator(const char *s, size_t p, size_t end)
{
	size_t		q = seg_skip_spaces(s, p, end);
	size_t		n;

	if (q < end && (s[q] == ':' || s[q] == '-' || s[q] == '.'))
		return seg_skip_spaces(s, q + 1, end);
	if ((n = tu_unicode_dash(s + q, end - q)) > 0)
		return seg_skip_spaces(s, q + n, end);
	return q;
}

/*
 * "27/24 RESOLVED: That ..." is a decision of minute 27/24 (printed apart
 * from it, after the signature say), not a heading titled "RESOLVED".
 */
static bool
decision_word_alone(const char *s, size_t len)
{
	static const char *const words[] = {"resolved", "agreed", "decision", "decided", "recommended", NULL};

	for (const char *const *w = words; *w; w++)
		if (len == strlen(*w) && tu_starts_ci(s, len, *w))
			return true;
	return false;
}

/* The longest heading a minute's text is taken to run on from. */
#define RUNON_TITLE_MAX 160

/*
 * A heading with the minute's text run on after it on one line:
 * "234  MINUTES – Resolved – That ...", "16/24 LAND AT MILL LANE: The
 * Committee considered ...", "25/24 LEASE (EXEMPT) Resolved: That ...".  The
 * title is a run of capitals ended by a dash, a colon or the first
 * capitalised word in lower case, and what follows is a sentence (so
 * "PLANNING: Report of the Director" stays one title).  Sets the title's
 * length and where the text starts.  Scans at most RUNON_TITLE_MAX bytes,
 * counting the case of letters as it goes, so a long line costs no more.
 */
static bool
runon_split(const char *s, size_t len, size_t *title_len, size_t *text_from)
{
	size_t		up = 0;
	size_t		lo = 0;
	size_t		lim = len < RUNON_TITLE_MAX ? len : RUNON_TITLE_MAX;

	for (size_t k = 0; k < lim; k++)
	{
		size_t		n = tu_unicode_dash(s + k, len - k);
		size_t		from = 0;

		if (k > 1 && up >= 2 && up >= 4 * lo)
		{
			if (n > 0)
				from = k + n;
			else if (s[k] == '-' && s[k - 1] == ' ')
				from = k + 1;
			else if (s[k] == ':' && k + 1 < len && tu_space((unsigned char) s[k + 1]))
				from = k + 1;
			else if (s[k - 1] == ' ' && tu_upper((unsigned char) s[k]) && k + 1 < len &&
					 tu_lower((unsigned char) s[k + 1]))
				from = k;
			/* "CHAPEL ROOF A quotation of ...": "A" or "I" opening the sentence */
			else if (s[k - 1] == ' ' && (s[k] == 'A' || s[k] == 'I') && k + 2 < len && s[k + 1] == ' ' &&
					 tu_lower((unsigned char) s[k + 2]))
				from = k;
			else if (s[k - 1] == ' ' && tu_upper((unsigned char) s[k]) && seg_decision_word_at(s + k, len - k) &&
					 memchr(s + k, ' ', len - k) != NULL)
			{
				/* "TREE SURVEY RESOLVED to defer ...": the decision ends the title */
				size_t		e = k;

				while (e > 0 && tu_space((unsigned char) s[e - 1]))
					e--;
				*title_len = e;
				*text_from = k;
				return true;
			}
		}
		if (from > 0)
		{
			size_t		t = from;
			size_t		e = k;

			while (t < len && tu_space((unsigned char) s[t]))
				t++;
			while (e > 0 && (tu_space((unsigned char) s[e - 1]) || s[e - 1] == ':'))
				e--;
			if (t < len && e > 1 && (tu_upper((unsigned char) s[t]) || s[t] == '\'' || s[t] == '"') &&
				!decision_word_alone(s, e) && (seg_sentence_like(s + t, len - t) || s[len - 1] == '.'))
			{
				*title_len = e;
				*text_from = t;
				return true;
			}
		}
		if (tu_upper((unsigned char) s[k]))
			up++;
		else if (tu_lower((unsigned char) s[k]))
			lo++;
	}
	return false;
}

/*
 * An agenda's title in Title Case run on into the minute's sentence on the
 * same line, as parish minutes written over the agenda print them: "To
 * Approve the Grounds Maintenance Contract 2020/21 Onwards The Clerk advised
 * that ...".  The sentence opens with one of sentence_openers after a word
 * that can end a title ("from Cllr Lee" goes on; "Costs, if any Cllr Lee"
 * does not), at least three title words before it, four in five of those
 * that are no function word capitalised (or numbers), and at least three of
 * the six words after the opener in lower case.
 */
static const char *const sentence_openers[] = {
	"the", "cllr", "cllrs", "councillor", "councillors", "mr", "mrs", "ms", "dr", "it", "members",
	"there", "this", "he", "she", "they", "we", "a", "an", NULL
};
static const char *const title_function_words[] = {
	"a", "an", "and", "any", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
	"the", "to", "with", NULL
};

#define TITLECASE_MIN_WORDS 3
#define TITLECASE_LOOKAHEAD 6
#define TITLECASE_LOWER_MIN 3

static bool
titlecase_runon_split(const char *s, size_t len, size_t *title_len, size_t *text_from)
{
	size_t		title_words = 0;
	size_t		capital_words = 0;	/* of the title's words that are no function word */
	size_t		content_words = 0;
	bool		prev_function = true;
	size_t		lim = len < RUNON_TITLE_MAX ? len : RUNON_TITLE_MAX;

	for (size_t p = 0; p < lim;)
	{
		size_t		q = p;
		size_t		n;

		while (q < len && !tu_space((unsigned char) s[q]))
			q++;
		n = q;
		while (n > p && !tu_alnum((unsigned char) s[n - 1]))
			n--;			/* trailing punctuation */
		n -= p;
		if (n > 0 && tu_upper((unsigned char) s[p]) && title_words >= TITLECASE_MIN_WORDS &&
			!prev_function && capital_words * 5 >= content_words * 4 &&
			tu_alpha((unsigned char) s[p]) && tu_word_listed(s + p, n, sentence_openers))
		{
			/* the next words: a sentence has lower-case words, a title few */
			size_t		lower = 0;
			size_t		r = q;

			for (size_t w = 0; w < TITLECASE_LOOKAHEAD && r < len; w++)
			{
				while (r < len && tu_space((unsigned char) s[r]))
					r++;
				if (r < len && tu_lower((unsigned char) s[r]))
					lower++;
				while (r < len && !tu_space((unsigned char) s[r]))
					r++;
			}
			if (lower >= TITLECASE_LOWER_MIN)
			{
				size_t		e = p;

				while (e > 0 && tu_space((unsigned char) s[e - 1]))
					e--;
				*title_len = e;
				*text_from = p;
				return true;
			}
		}
		if (n > 0)
		{
			bool		function = tu_alpha((unsigned char) s[p]) && tu_word_listed(s + p, n, title_function_words);

			title_words++;
			if (!function)
			{
				content_words++;
				if (tu_upper((unsigned char) s[p]) || tu_digit((unsigned char) s[p]))
					capital_words++;
			}
			prev_function = function && !(n == 3 && tu_starts_ci(s + p, n, "any"));
		}
		p = q;
		while (p < len && tu_space((unsigned char) s[p]))
			p++;
	}
	return false;
}

/*
 * The title of a candidate whose number is at [.., p) on line i: the rest of
 * the line, and the following line(s) when the title carries on there.
 */
static void
set_title(const seg_doc *d, cand *c, size_t i, size_t p, size_t end_line)
{
	const seg_line *l = &d->lines[i];
	size_t		te = l->tend;
	size_t		last = i;
	const char *s = d->doc + p;
	size_t		len = te > p ? te - p : 0;
	size_t		stars = 0;

	c->it.title_start = (uint32_t) p;
	c->it.title_end = (uint32_t) te;
	if (len > 0)
	{
		size_t		title_len;
		size_t		text_from;

		if (runon_split(s, len, &title_len, &text_from) ||
			(seg_sentence_like(s, len) && titlecase_runon_split(s, len, &title_len, &text_from)))
		{
			/* the minute's text follows its heading on the same line */
			c->it.title_end = (uint32_t) (p + title_len);
			c->it.body_first = i;
			c->it.body_from = (uint32_t) (p + text_from);
			return;
		}
		if (seg_sentence_like(s, len))
			return;
	}
	/* A bold title left open goes on to the line that closes it. */
	for (size_t k = l->start; k + 1 < l->end; k++)
		if (d->doc[k] == '*' && d->doc[k + 1] == '*')
		{
			stars++;
			k++;
		}
	for (size_t n = 0; n < 3; n++)
	{
		size_t		j = last + 1;
		const seg_line *m;
		bool		crossed = false;

		while (j < end_line && (d->lines[j].flags & (SEG_BLANK | SEG_FURNITURE)))
		{
			if (d->lines[j].flags & SEG_FURNITURE)
				crossed = true;
			j++;
		}
		if (j >= end_line)
			break;
		m = &d->lines[j];
		if (j != last + 1 && !crossed)
			break;
		if (m->flags & (SEG_BULLET | SEG_CLOSING) || starts_with_number(d, j))
			break;
		if (stars % 2 == 1)
		{
			/* carry on to the closing "**" */
			for (size_t k = m->start; k + 1 < m->end; k++)
				if (d->doc[k] == '*' && d->doc[k + 1] == '*')
				{
					stars++;
					k++;
				}
		}
		else if (!(seg_mostly_upper(d->doc + c->it.title_start, c->it.title_end - c->it.title_start) &&
				   seg_mostly_upper(d->doc + m->tstart, m->tend - m->tstart) &&
				   seg_title_like(d->doc + m->tstart, m->tend - m->tstart) &&
				   !tu_word_ci(d->doc + m->tstart, m->tend - m->tstart, "resolved")))
			break;
		c->it.title_end = m->tend;
		last = j;
	}
	c->it.body_first = last + 1;
}

/*
 * A heading whose text runs on in mixed case ("277/19 To receive apologies
 * for absence – Were received from ...", "1. To approve the minutes: The
 * minutes were signed"): the title is what comes before the first dash,
 * colon or sentence end, the rest of the line is the minute's text.  Used
 * only where the number alone is evidence enough (a coded minute number, or
 * an agenda-style "To <verb>" title), since a numbered paragraph has the
 * same shape.  With no separator the whole line is the title.
 */
static void
set_loose_title(const seg_doc *d, cand *c, size_t i, size_t p)
{
	const char *s = d->doc;
	size_t		e = d->lines[i].tend;
	size_t		lim = e - p < RUNON_TITLE_MAX ? e : p + RUNON_TITLE_MAX;

	c->it.title_start = (uint32_t) p;
	c->it.title_end = (uint32_t) e;
	c->it.body_first = i + 1;
	c->it.body_from = 0;
	for (size_t k = p + 1; k < lim; k++)
	{
		size_t		dash = s[k - 1] == ' ' ? tu_unicode_dash(s + k, e - k) : 0;
		size_t		from = 0;

		if (dash > 0 && k + dash < e && s[k + dash] == ' ')
			from = k + dash;
		else if (s[k] == '-' && s[k - 1] == ' ' && k + 1 < e && s[k + 1] == ' ')
			from = k + 1;
		else if ((s[k] == ':' || s[k] == '.') && k + 1 < e && s[k + 1] == ' ' &&
				 !tu_digit((unsigned char) s[k - 1]))
			from = k + 1;
		if (from == 0)
			continue;
		from = seg_skip_spaces(s, from, e);
		if (from >= e)
			break;
		{
			size_t		te = k;

			while (te > p && tu_space((unsigned char) s[te - 1]))
				te--;
			if (te == p)
				break;
			c->it.title_end = (uint32_t) te;
		}
		c->it.body_first = i;
		c->it.body_from = (uint32_t) from;
		return;
	}
}

/*
 * A title that opens with a planning application's code ("23/00944/OUT –
 * OUTLINE APPLICATION ..."): digits, a slash, more, and letters at the end.
 */
static bool
application_code(const char *s, size_t len)
{
	size_t		k = 0;
	size_t		slashes = 0;

	while (k < len && (tu_alnum((unsigned char) s[k]) || s[k] == '/'))
		slashes += s[k++] == '/';
	return slashes >= 2 && tu_digit((unsigned char) s[0]) && tu_alpha((unsigned char) s[k - 1]);
}

/* "To receive ...", "To approve ...": the form of an agenda item's title. */
static bool
agenda_style_title(const char *s, size_t len)
{
	return len > 4 && s[0] == 'T' && s[1] == 'o' && s[2] == ' ' && tu_lower((unsigned char) s[3]);
}

/* Read "73", "73.", "338.1", "14a" at s[p..end). */
typedef struct numtok
{
	size_t		end;			/* after the digits (and sub-number) */
	int			number;
	int			sub;
	bool		dot;			/* a '.' right after */
	bool		paren;			/* a ')' right after: numbered list */
	bool		colon;
	bool		lettered;		/* "5A." */
} numtok;

static bool
read_number(const char *s, size_t p, size_t end, numtok *t)
{
	size_t		q = p;
	int			v = 0;

	memset(t, 0, sizeof(*t));
	while (q < end && tu_digit((unsigned char) s[q]) && q - p < 5)
		v = v * 10 + (s[q++] - '0');
	if (q == p || (q < end && tu_digit((unsigned char) s[q])) || v == 0 || s[p] == '0')
		return false;
	t->number = v;
	if (q + 1 < end && s[q] == '.' && tu_digit((unsigned char) s[q + 1]) && s[q + 1] != '0')
	{
		size_t		r = q + 1;
		int			sub = 0;

		while (r < end && tu_digit((unsigned char) s[r]) && r - q <= 2)
			sub = sub * 10 + (s[r++] - '0');
		if (r < end && (tu_digit((unsigned char) s[r]) ||
						(s[r] == '.' && r + 1 < end && tu_digit((unsigned char) s[r + 1]))))
			return false;		/* 3.1.2, 1.234: paragraph numbers, decimals */
		t->sub = sub;
		q = r;
	}
	else if (q + 2 < end && tu_alpha((unsigned char) s[q]) && (s[q + 1] == '.' || s[q + 1] == ')') &&
			 tu_space((unsigned char) s[q + 2]))
	{
		q++;					/* "5A. Appointment of auditor": an item added under 5, labelled with its letter */
		t->lettered = true;
	}
	t->end = q;
	if (q < end && s[q] == '.')
	{
		t->dot = true;
		t->end = q + 1;
	}
	else if (q < end && s[q] == ')')
		t->paren = true;
	else if (q < end && s[q] == ':')
	{
		t->colon = true;
		t->end = q + 1;
	}
	else if (q < end && !tu_space((unsigned char) s[q]) && !tu_unicode_space(s + q, end - q) &&
			 !(s[q] == '*' || s[q] == '-'))
		return false;			/* "3rd", "15%", "2,000" */
	return true;
}

/*
 * A title that opens with a number: a year ("2010 precept requirements",
 * "2026/27 budget") or a number run into its unit ("20mph zones", "5G
 * mast"), then words.  Not a date, a time, a count or a table's row.
 */
static bool
titled_number(const char *s, size_t len)
{
	size_t		p = 0;
	long		v = 0;
	bool		unit = false;

	while (p < len && tu_digit((unsigned char) s[p]) && p < 5)
		v = v * 10 + (s[p++] - '0');
	if (p < len && tu_alpha((unsigned char) s[p]))
	{
		unit = true;
		while (p < len && tu_alpha((unsigned char) s[p]))
			p++;
	}
	else if (p != 4 || v < HEADER_YEAR_MIN || v > HEADER_YEAR_MAX)
		return false;
	else if (p + 2 < len && (s[p] == '/' || s[p] == '-') && tu_digit((unsigned char) s[p + 1]))
	{
		size_t		from = ++p;

		while (p < len && tu_digit((unsigned char) s[p]))
			p++;
		if (p - from != 2)
			return false;		/* "2025/0456 Land at Mill Lane": a planning application's reference */
	}
	if (unit && (tu_word_ci(s + p - 2, len - p + 2, "am") || tu_word_ci(s + p - 2, len - p + 2, "pm") ||
				 tu_word_ci(s + p - 2, len - p + 2, "th") || tu_word_ci(s + p - 2, len - p + 2, "st") ||
				 tu_word_ci(s + p - 2, len - p + 2, "nd") || tu_word_ci(s + p - 2, len - p + 2, "rd")))
		return false;			/* "7pm", "15th March" */
	if (p >= len || s[p] != ' ')
		return false;
	while (p < len && s[p] == ' ')
		p++;
	return p + 1 < len && tu_alpha((unsigned char) s[p]) && tu_alpha((unsigned char) s[p + 1]) &&
		tu_month(s + p, len - p) == 0;
}

/* Text after a number that is not a title: a date, a time, a sum, a resolution. */
static bool
refused_rest(const char *s, size_t len)
{
	if (len == 0)
		return false;
	if (tu_month(s, len) > 0)
		return true;
	if (tu_word_ci(s, len, "that") || tu_word_ci(s, len, "am") || tu_word_ci(s, len, "pm") ||
		tu_starts_ci(s, len, "p.m") || tu_starts_ci(s, len, "a.m") ||
		(tu_lower((unsigned char) s[0]) &&
		 (tu_word_ci(s, len, "to") || tu_word_ci(s, len, "and") || tu_word_ci(s, len, "of"))))
		return true;
	if (tu_digit((unsigned char) s[0]))
		return !titled_number(s, len);
	return s[0] == '%' || s[0] == '|';
}

static int
title_weight(const seg_doc *d, const cand *c)
{
	const char *t = d->doc + c->it.title_start;
	size_t		len = c->it.title_end - c->it.title_start;

	if ((d->lines[c->it.head_line].flags & SEG_MARKUP) || seg_mostly_upper(t, len) ||
		(len >= 2 && t[0] == '*' && t[1] == '*'))
		return 3;
	return 2;
}

/*
 * "(139)", "[4]": a number in brackets opening the line.  Reads it into t as
 * read_number would, with t->end after the closing bracket.
 */
static bool
read_bracketed(const char *s, size_t p, size_t end, numtok *t)
{
	char		close;
	size_t		q = p + 1;
	int			v = 0;

	memset(t, 0, sizeof(*t));
	if (p + 2 >= end || (s[p] != '(' && s[p] != '['))
		return false;
	close = s[p] == '(' ? ')' : ']';
	while (q < end && tu_digit((unsigned char) s[q]) && q - p <= 5)
		v = v * 10 + (s[q++] - '0');
	if (q == p + 1 || q >= end || s[q] != close || v == 0 || s[p + 1] == '0')
		return false;
	t->number = v;
	t->end = q + 1;
	t->dot = true;				/* a number in brackets may stand alone above its title */
	return true;
}

/*
 * "APOLOGIES FOR ABSENCE          C/23/112": a title, a gap of three spaces
 * or more, and a code with a digit in it at the end of the line, the way
 * town councils print minute numbers in the right margin.  Returns where the
 * code starts, or 0.
 */
static size_t
margin_code(const char *s, size_t p, size_t e)
{
	size_t		k = e;
	size_t		gap = 0;
	bool		digit = false;

	while (k > p && !tu_space((unsigned char) s[k - 1]))
	{
		k--;
		digit |= tu_digit((unsigned char) s[k]);
	}
	if (!digit || e - k > 16 || k == p)
		return 0;
	while (k - gap > p && tu_space((unsigned char) s[k - gap - 1]))
		gap++;
	if ((gap < 3 && !(gap >= 1 && s[k - 1] == '\t')) || k - gap == p)
		return 0;
	return k;
}

/*
 * The code s[0, len) of a coded candidate, as its minute_ref when the type
 * reads it (family: the form's rank, prefix and year), else as a label only
 * (family 1: its numbers are weighed in items_of_part).  False for a
 * sub-minute, which is never a heading of its own.
 */
static bool
take_code(cand *c, const char *s, size_t len, seg_form rank)
{
	mref		v;
	mref_error	err;
	size_t		errpos;
	mref_parts	parts;

	if (!mref_parse(s, len, &v, &err, &errpos))
	{
		c->family = 1;
		return true;
	}
	mref_unpack(v, &parts);
	if (parts.sub[0] != 0)
		return false;
	c->it.number = parts.number;
	c->it.year = parts.year;
	c->it.code = v;
	c->family = ((uint64_t) rank << 60) | (v >> 34);
	return true;
}

/* The text before a margin number, s[p, q): a title in capitals. */
static bool
margin_title(const char *s, size_t p, size_t q)
{
	while (q > p && tu_space((unsigned char) s[q - 1]))
		q--;
	return q > p && seg_mostly_upper(s + p, q - p) && seg_title_like(s + p, q - p) &&
		!seg_decision_word_at(s + p, q - p) && s[q - 1] != ':';
}

/* Words printed before a heading's number, and the form each gives. */
static const struct
{
	const char *word;
	seg_form	form;
}			number_prefixes[] = {
	{"minute", SEG_FORM_MINUTE},	/* "Minute 151:", "Minute No. 12 -" */
	{"min", SEG_FORM_MINUTE},		/* "Min. No. 12" */
	{"decision", SEG_FORM_MINUTE},	/* "Decision No.: CAB/112/23" (a record of decisions) */
	{"agenda item", SEG_FORM_ITEM}, /* "Agenda Item 5" */
	{"item", SEG_FORM_ITEM},		/* "Item 5: Title" */
	{NULL, SEG_FORM_DOT}
};

/* Keys of the line that gives a heading's title in a key-value record ("Subject: ..."). */
static const char *const title_keys[] = {"subject", "title", "report title", "item title", NULL};

/*
 * "Decision No.: CAB/112/23" / "Agenda item: 3" / "Subject: Minutes of ...":
 * a record of decisions prints each heading as keys and values.  Finds the
 * title key in the few lines under the number and sets the title to its value.
 */
static bool
keyed_title(const seg_doc *d, size_t i, size_t end, cand *c)
{
	size_t		j = i;

	for (int n = 0; n < 4; n++)
	{
		const char *t;
		size_t		len;

		j = seg_next_text_line(d, j, end);
		if (j == SIZE_MAX)
			return false;
		t = d->doc + d->lines[j].tstart;
		len = d->lines[j].tend - d->lines[j].tstart;
		for (size_t k = 0; title_keys[k]; k++)
		{
			size_t		kl = strlen(title_keys[k]);
			size_t		v;

			if (!tu_starts_ci(t, len, title_keys[k]) || kl >= len || t[kl] != ':')
				continue;
			v = seg_skip_spaces(d->doc, d->lines[j].tstart + kl + 1, d->lines[j].tend);
			if (v >= d->lines[j].tend)
				return false;
			c->it.title_start = (uint32_t) v;
			c->it.title_end = d->lines[j].tend;
			c->it.body_first = j + 1;
			return true;
		}
	}
	return false;
}

/*
 * "31" alone on its line under "1 Apologies for Absence" (and perhaps a line
 * that describes the agenda item): the minute number printed after its
 * title, the way CMIS pages print it.  The title is the line right above,
 * or the one above a description, without the agenda number that opens it.
 */
static bool
number_under_title(const seg_doc *d, size_t i, size_t first, cand *c)
{
	size_t		tl = seg_prev_text_line(d, i, first);

	for (int up = 0; up < 2 && tl != SIZE_MAX; up++)
	{
		const seg_line *l = &d->lines[tl];
		size_t		p = l->tstart;
		size_t		e = l->tend;

		if (l->flags & (SEG_BULLET | SEG_CLOSING))
			return false;
		while (p < e && tu_digit((unsigned char) d->doc[p]))
			p++;
		if (p > l->tstart && (p >= e || !tu_space((unsigned char) d->doc[p])))
			return false;
		p = seg_skip_spaces(d->doc, p, e);
		if (p < e && seg_title_like(d->doc + p, e - p) && !seg_sentence_like(d->doc + p, e - p) &&
			d->doc[e - 1] != '.' && d->doc[e - 1] != ':' && !seg_decision_word_at(d->doc + p, e - p))
		{
			c->it.first_line = tl;
			c->it.title_start = (uint32_t) p;
			c->it.title_end = (uint32_t) e;
			c->it.body_first = i + 1;
			c->family |= 1;		/* numbers under their titles are a scheme of their own */
			/* beside an agenda number it is surely the minute's; alone, a table cell may look so */
			c->weight = p > l->tstart ? 3 : 1;
			return true;
		}
		/* one line between: the agenda's description of the item, a sentence */
		if (up == 0 && (tl == 0 || seg_prev_text_line(d, tl, first) + 1 != tl))
			return false;
		tl = seg_prev_text_line(d, tl, first);
	}
	return false;
}

/* Words that open a numbered paragraph of narrative rather than a heading. */
static const char *const narrative_openers[] = {
	"the", "a", "an", "it", "he", "she", "they", "we", "this", "there", "mr", "mrs", "ms",
	"dr", "cllr", "councillor", "members", "in", "on", "at", "if", "as", "following", NULL
};

static bool
narrative_opening(const char *s, size_t len)
{
	for (size_t k = 0; narrative_openers[k]; k++)
		if (tu_word_ci(s, len, narrative_openers[k]))
			return true;
	return false;
}

/* Try to read a heading candidate at line i of a part [first, end). */
bool
seg_read_candidate(const seg_doc *d, size_t i, size_t first, size_t end, cand *c)
{
	const seg_line *l = &d->lines[i];
	const char *s = d->doc;
	size_t		p = l->tstart;
	size_t		e = l->tend;
	seg_form	form;
	numtok		t;
	size_t		rest;
	size_t		q;
	bool		bracketed;

	memset(c, 0, sizeof(*c));
	c->prev = -1;
	if (l->flags & (SEG_BLANK | SEG_FURNITURE | SEG_BULLET | SEG_CLOSING))
		return false;
	c->it.head_line = c->it.first_line = i;
	c->it.body_first = i + 1;

	/* "|1459. PLANNING": a scan's rule at the margin read as a bar (a table's row has more) */
	if (s[p] == '|' && p + 1 < e && memchr(s + p + 1, '|', e - p - 1) == NULL)
	{
		size_t		r = seg_skip_spaces(s, p + 1, e);

		if (r < e && tu_digit((unsigned char) s[r]))
			p = r;
	}

	if (tu_alpha((unsigned char) s[p]) && (q = margin_code(s, p, e)) != 0 &&
		margin_title(s, p, q))
	{
		size_t		te = q;
		size_t		lend = e;

		while (te > p && tu_space((unsigned char) s[te - 1]))
			te--;
		while (lend > q && (s[lend - 1] == '.' || s[lend - 1] == ':'))
			lend--;
		c->coded = true;
		c->it.form = SEG_FORM_MARGIN;
		c->it.label_start = (uint32_t) q;
		c->it.label_end = (uint32_t) lend;
		c->it.title_start = (uint32_t) p;
		c->it.title_end = (uint32_t) te;
		c->weight = 3;
		return take_code(c, s + q, lend - q, SEG_FORM_MARGIN);
	}

	/* "Minute 151:", "Minute No. 12 -", "Item 5:", "Agenda Item 5", "Decision No.: CAB/112/23" */
	q = p;
	form = SEG_FORM_DOT;
	for (size_t w = 0; number_prefixes[w].word; w++)
		if (tu_word_ci(s + q, e - q, number_prefixes[w].word))
		{
			form = number_prefixes[w].form;
			q += strlen(number_prefixes[w].word);
			break;
		}
	if (form != SEG_FORM_DOT)
	{
		size_t		k;

		if (q < e && s[q] == '.')
			q++;
		q = seg_skip_spaces(s, q, e);
		if (tu_word_ci(s + q, e - q, "no") || tu_word_ci(s + q, e - q, "number"))
		{
			q += tu_word_ci(s + q, e - q, "no") ? 2 : 6;
			if (q < e && s[q] == '.')
				q++;
		}
		if (q < e && s[q] == ':')
			q++;
		q = seg_skip_spaces(s, q, e);
		p = q;
		/* the number, or a code with a number in it */
		for (k = p; k < e && !tu_space((unsigned char) s[k]) && !tu_digit((unsigned char) s[k]); k++)
			;
		if (p >= e || k >= e || !tu_digit((unsigned char) s[k]) || k - p > 6 ||
			!tu_alnum((unsigned char) s[p]))
			return false;
	}

	bracketed = form == SEG_FORM_DOT && read_bracketed(s, p, e, &t);

	/* "2023.046 APOLOGIES": the year first, then the minute's number in the year */
	if (form == SEG_FORM_DOT && !bracketed && p + 7 < e && tu_digit((unsigned char) s[p]) &&
		tu_digit((unsigned char) s[p + 1]) && tu_digit((unsigned char) s[p + 2]) &&
		tu_digit((unsigned char) s[p + 3]) && s[p + 4] == '.' && tu_digit((unsigned char) s[p + 5]) &&
		(s[p] == '1' || s[p] == '2'))
	{
		int			year = (s[p] - '0') * 1000 + (s[p + 1] - '0') * 100 + (s[p + 2] - '0') * 10 +
			(s[p + 3] - '0');
		int			number = 0;
		size_t		k = p + 5;

		while (k < e && tu_digit((unsigned char) s[k]) && k - p < 8)
			number = number * 10 + (s[k++] - '0');
		if (year < 1990 || year > 2099 || number == 0 || k - p < 7 || k >= e ||
			!tu_space((unsigned char) s[k]))
			return false;
		rest = skip_separator(s, k, e);
		if (rest >= e || !tu_upper((unsigned char) s[rest]))
			return false;
		c->it.number = number;
		c->it.year = year;
		c->it.form = SEG_FORM_CODE;
		c->it.label_start = (uint32_t) p;
		c->it.label_end = (uint32_t) k;
		c->family = ((uint64_t) SEG_FORM_CODE << 60) | (uint64_t) (0x10000 + year);
		set_title(d, c, i, rest, end);
		c->weight = title_weight(d, c);
		return true;
	}

	/*
	 * A coded number: "65/17", "PC45/19", "Cou/286/07-08", "PLA146/14", and
	 * codes the minute_ref type does not read ("24/131", "P.14.23",
	 * "24-25/CFA/31"); "NCA 101/23" carries its prefix before a space.
	 */
	if (!bracketed)
	{
		size_t		k = p;
		bool		slash = false;
		bool		lettered = false;
		bool		glued = false;	/* "A2Minutes of ...": a scan lost the space */
		size_t		letters = 0;

		while (p + letters < e && tu_upper((unsigned char) s[p + letters]) && letters < 6)
			letters++;
		if (form == SEG_FORM_DOT && letters >= 2 && letters <= 5 && p + letters + 1 < e &&
			s[p + letters] == ' ' && tu_digit((unsigned char) s[p + letters + 1]))
			k = p + letters + 1;
		while (k < e && (tu_alnum((unsigned char) s[k]) || s[k] == '/' || s[k] == '.' || s[k] == '-'))
		{
			if (s[k] == '/')
				slash = true;
			k++;
		}
		/* "P.14.23", "PL.58", "A12": letters, then digits, in one token */
		if (!slash && form == SEG_FORM_DOT && tu_alpha((unsigned char) s[p]))
		{
			size_t		q2 = p;

			while (q2 < k && tu_alpha((unsigned char) s[q2]))
				q2++;
			if (q2 < k && s[q2] == '.')
				q2++;
			lettered = q2 - p <= 4 && q2 < k && tu_digit((unsigned char) s[q2]) &&
				tu_upper((unsigned char) s[p]);
			if (lettered)
			{
				/* the digits, then a capitalised word: the title, its space lost in the scan */
				size_t		dgt = q2;

				while (dgt < k && tu_digit((unsigned char) s[dgt]))
					dgt++;
				if (dgt + 1 < k && tu_upper((unsigned char) s[dgt]) && tu_lower((unsigned char) s[dgt + 1]))
				{
					k = dgt;
					glued = true;
				}
			}
		}
		if (slash || lettered)
		{
			size_t		lend = k;

			while (lend > p && (s[lend - 1] == '.' || s[lend - 1] == '-' || s[lend - 1] == ':'))
				lend--;
			c->coded = true;
			if (!take_code(c, s + p, lend - p, form == SEG_FORM_DOT ? SEG_FORM_CODE : form))
				return false;
			c->it.form = c->family == 1 ? SEG_FORM_LABEL :
				form == SEG_FORM_DOT ? SEG_FORM_CODE : form;
			c->it.label_start = (uint32_t) p;
			c->it.label_end = (uint32_t) lend;
			rest = glued ? k : skip_separator(s, k, e);
			if (!glued && k < e && !tu_space((unsigned char) s[k]) && s[k] != ':' && s[k] != '*' &&
				!tu_unicode_space(s + k, e - k) && !tu_unicode_dash(s + k, e - k))
				return false;
			if (rest >= e)
			{
				/* The code alone: its title is on the line before ("APOLOGIES" / "PLA146/14") or after. */
				size_t		pl = seg_prev_text_line(d, i, first);
				size_t		nl = seg_next_text_line(d, i, end);

				if (form == SEG_FORM_MINUTE && keyed_title(d, i, end, c))
					;
				else if (pl != SIZE_MAX && pl + 1 == i && title_line(d, pl))
				{
					c->it.first_line = pl;
					c->it.title_start = d->lines[pl].tstart;
					c->it.title_end = d->lines[pl].tend;
					c->it.body_first = i + 1;
				}
				else if (nl != SIZE_MAX && title_line(d, nl))
				{
					c->it.title_start = d->lines[nl].tstart;
					c->it.title_end = d->lines[nl].tend;
					c->it.body_first = nl + 1;
				}
				else
					return false;
			}
			else
			{
				if (!tu_upper((unsigned char) s[rest]) && s[rest] != '*' && s[rest] != '\'' &&
					s[rest] != '"' && (unsigned char) s[rest] < 0x80 &&
					!application_code(s + rest, e - rest))
					return false;
				/* "27/24 RESOLVED: That ...": the minute's decision, printed under its number */
				if (seg_decision_word_at(s + rest, e - rest))
					return false;
				set_title(d, c, i, rest, end);
				if ((!seg_title_like(s + rest, e - rest) || seg_sentence_like(s + rest, e - rest)) &&
					!seg_mostly_upper(s + rest, e - rest) && c->it.title_end == e)
				{
					/* a coded number, then its text as a sentence: still a heading, of less weight */
					set_loose_title(d, c, i, rest);
					c->weight = 1;
					return true;
				}
			}
			c->weight = title_weight(d, c);
			return true;
		}
	}

	if (!bracketed && !read_number(s, p, e, &t))
		return false;
	c->it.number = t.number;
	c->it.sub = t.sub;
	c->lettered = t.lettered;
	c->it.label_start = (uint32_t) p;
	c->it.label_end = (uint32_t) (t.dot || t.colon ? t.end - 1 : t.end);
	if (bracketed)
	{
		/* "(139)": the label is the number inside */
		form = SEG_FORM_BRACKET;
		c->it.label_start = (uint32_t) p + 1;
	}
	else if (t.paren)
	{
		/* "1) Welcome": a family of its own, so a numbered list beside the minutes stays apart */
		if (form != SEG_FORM_DOT || t.sub != 0)
			return false;
		form = SEG_FORM_PAREN;
		t.end++;
	}
	else if (form == SEG_FORM_DOT && !t.dot && !t.colon)
		form = SEG_FORM_BARE;
	if (form == SEG_FORM_DOT && t.colon)
		form = SEG_FORM_BARE;
	c->it.form = form;
	c->family = ((uint64_t) form << 60) | (bracketed ? (unsigned char) s[p] : 0);
	rest = skip_separator(s, t.end, e);
	if (t.sub != 0)
	{
		/* "338.1 The Minutes ...": a sub-minute, settled once the items are known */
		c->it.title_start = c->it.title_end = (uint32_t) rest;
		c->it.body_first = i;
		c->it.body_from = (uint32_t) rest;
		c->weight = 0;
		return true;
	}
	if (rest >= e)
	{
		/* "80." alone, the title on a following line (the ModernGov layout) */
		size_t		nl = seg_next_text_line(d, i, end);

		if (form == SEG_FORM_BARE && !t.colon)
			return number_under_title(d, i, first, c);
		if (!(t.dot || form == SEG_FORM_MINUTE || form == SEG_FORM_ITEM) || nl == SIZE_MAX ||
			!title_line(d, nl))
			return false;
		c->it.title_start = d->lines[nl].tstart;
		c->it.title_end = d->lines[nl].tend;
		c->it.body_first = nl + 1;
		c->weight = 2;
		return true;
	}
	if (refused_rest(s + rest, e - rest))
		return false;
	if (agenda_style_title(s + rest, e - rest) &&
		(!seg_title_like(s + rest, e - rest) || seg_sentence_like(s + rest, e - rest)))
	{
		set_title(d, c, i, rest, end);
		if (c->it.title_end == e)
			set_loose_title(d, c, i, rest);
		c->weight = 1;
		return true;
	}
	if ((form == SEG_FORM_BRACKET || form == SEG_FORM_PAREN) && tu_upper((unsigned char) s[rest]) &&
		(seg_sentence_like(s + rest, e - rest) || !seg_title_like(s + rest, e - rest)))
	{
		/* "[2] Declarations of interest. None.": the title runs on into the minute */
		set_title(d, c, i, rest, end);
		if (c->it.title_end == e)
			set_loose_title(d, c, i, rest);
		c->weight = 1;
		return true;
	}
	if (seg_sentence_like(s + rest, e - rest) || !seg_title_like(s + rest, e - rest))
	{
		/* A Scottish side heading: "Minutes approved." then "3 The minutes of ..." */
		size_t		pl = seg_prev_text_line(d, i, first);
		size_t		pp;

		/* ... unless the line itself is "234  MINUTES – Resolved – That ..." */
		if (tu_upper((unsigned char) s[rest]))
		{
			set_title(d, c, i, rest, end);
			if (c->it.title_end < e)
			{
				c->weight = 2;
				return true;
			}
			c->it.body_first = i + 1;
			c->it.body_from = 0;
		}

		if (form == SEG_FORM_BARE && pl != SIZE_MAX && title_line(d, pl) &&
			!(d->lines[pl].flags & SEG_CLOSING) && tu_upper((unsigned char) s[rest]) &&
			((pp = seg_prev_text_line(d, pl, first)) == SIZE_MAX || pp + 1 < pl) &&
			d->lines[pl].tend - d->lines[pl].tstart <= 90)
		{
			c->it.first_line = pl;
			c->it.title_start = d->lines[pl].tstart;
			c->it.title_end = d->lines[pl].tend;
			c->it.body_first = i;
			c->weight = 2;
			return true;
		}
		if (!tu_upper((unsigned char) s[rest]))
			return false;
		set_title(d, c, i, rest, end);
		if (c->it.title_end == e)
		{
			/*
			 * "2. Chairman signed his Acceptance of Office.": a heading whose
			 * minute runs on in the same sentence, as parish clerks write them.
			 * Of little weight, and never opening with the words of narrative,
			 * so that numbered paragraphs ("1. Mr Jones introduced ...") lose
			 * to the titled headings around them.
			 */
			if (form != SEG_FORM_DOT || !t.dot ||
				(narrative_opening(s + rest, e - rest) && !(d->lines[i].flags & SEG_RUN_ON)))
				return false;
			set_loose_title(d, c, i, rest);
			if (c->it.body_first > i)
			{
				/* the sentence is the heading and the minute both: its decision is read */
				c->it.body_first = i;
				c->it.body_from = (uint32_t) rest;
			}
			c->weight = 1;
			return true;
		}
		c->weight = 2;
		return true;
	}
	if (!(tu_upper((unsigned char) s[rest]) || s[rest] == '*' || s[rest] == '\'' ||
		  s[rest] == '"' || s[rest] == '(' || (unsigned char) s[rest] >= 0x80 ||
		  titled_number(s + rest, e - rest)))
		return false;
	set_title(d, c, i, rest, end);
	/* "2025/26 budget set at £24,000" reads as a list's line as often as a heading */
	c->weight = tu_digit((unsigned char) s[rest]) ? 1 : title_weight(d, c);
	return true;
}

