/*
 * seg_parts.c - the parts of a document (front matter, agenda, minutes,
 * reports, appendices), from the markers in part_forms and from what each
 * part holds; an agenda whose items carry decisions is the record.
 */
#include "seg_stages.h"

const char *
seg_part_kind_name(seg_part_kind kind)
{
	switch (kind)
	{
		case SEG_PART_AGENDA:
			return "agenda";
		case SEG_PART_MINUTES:
			return "minutes";
		case SEG_PART_REPORT:
			return "report";
		case SEG_PART_OTHER:
			break;
	}
	return "other";
}

/* A line that opens with the word of a decision ("RESOLVED – That the minutes of ..."). */
bool
seg_decision_word_at(const char *s, size_t len)
{
	return tu_word_ci(s, len, "resolved") || tu_word_ci(s, len, "agreed") ||
		tu_word_ci(s, len, "approved") || tu_word_ci(s, len, "noted");
}

/* Is the line before i (blank lines apart) a number alone: "177." then its title? */
static bool
under_number_alone(const seg_doc *d, size_t i)
{
	size_t		j = i;

	while (j > 0 && (d->lines[j - 1].flags & SEG_BLANK) && i - j < 3)
		j--;
	if (j == 0 || (d->lines[j - 1].flags & (SEG_BLANK | SEG_FURNITURE)))
		return false;
	{
		const seg_line *l = &d->lines[j - 1];
		const char *t = d->doc + l->tstart;
		size_t		n = l->tend - l->tstart;
		size_t		k = 0;

		while (k < n && tu_digit((unsigned char) t[k]))
			k++;
		return k > 0 && k <= 4 && (k == n || (k + 1 == n && t[k] == '.'));
	}
}

/*
 * An agenda page that carries the record ("Agenda, decisions and minutes":
 * each item followed by "Minutes:" or "Decision:" and what was decided) is
 * read as minutes: a part is judged by what it holds, not by its title.
 */
bool
seg_agenda_holds_record(const seg_doc *d, const seg_part *part, const seg_alloc *a)
{
	for (size_t i = part->first; i < part->end; i++)
	{
		const seg_line *l = &d->lines[i];
		const char *t = d->doc + l->tstart;
		size_t		n = l->tend - l->tstart;

		seg_tick(a, i);

		if (l->flags & (SEG_BLANK | SEG_FURNITURE))
			continue;
		if ((n == 8 && tu_starts_ci(t, n, "minutes:")) || (n == 9 && tu_starts_ci(t, n, "decision:")))
			return true;
	}
	return false;
}

/*
 * The lines that open a part of a document, one row per form.  A line is
 * read once: at each word's start the rows with its first letter are
 * tried.  The first row that matches and whose conditions hold gives the
 * part's kind; a PF_NOT row that matches anywhere in the line makes it no
 * marker, a PF_NOT_AGENDA row no agenda marker.  Each row's pg_regress case
 * is in sql/parts.sql (or the file named).
 */
#define PF_OPENS		0x01	/* the line opens with the phrase, a whole word */
#define PF_EARLY		0x02	/* within the line's first 80 bytes */
#define PF_MARKUP		0x04	/* only on a markdown heading or a bold line */
#define PF_REPORTLIKE	0x08	/* in an agenda, only on such a line: "Report of the Director" describes an item there */
#define PF_NOT			0x10	/* a line holding it opens no part */
#define PF_NOT_AGENDA	0x20	/* ... no agenda */

typedef struct part_form
{
	const char *phrase;			/* lower case */
	seg_part_kind kind;
	uint8_t		flags;
	uint8_t		max_len;		/* the line is at most this long; 0: any length up to 250 */
} part_form;

static const part_form part_forms[] = {
	/* the item that approves the last minutes is a title ("Minutes of the previous meeting") */
	{"minutes of the previous", SEG_PART_MINUTES, PF_NOT, 0},
	{"minutes of the last", SEG_PART_MINUTES, PF_NOT, 0},
	/* "Agenda item 4", "Agenda No. 3" number an item */
	{"agenda item", SEG_PART_AGENDA, PF_NOT_AGENDA, 0},
	{"agenda no", SEG_PART_AGENDA, PF_NOT_AGENDA, 0},
	/* records: "Summary of matters considered", "Record of Decisions", items.sql's decision notice */
	{"summary of matters considered", SEG_PART_MINUTES, 0, 0},
	{"record of decisions", SEG_PART_MINUTES, 0, 0},
	{"decision notice", SEG_PART_MINUTES, 0, 0},
	{"minutes of", SEG_PART_MINUTES, PF_EARLY, 0},
	{"minutes", SEG_PART_MINUTES, PF_OPENS | PF_MARKUP, 12},
	{"agenda", SEG_PART_AGENDA, PF_OPENS, 60},
	/* a report bound into the pack */
	{"briefing note", SEG_PART_REPORT, PF_OPENS | PF_REPORTLIKE, 80},
	{"report of", SEG_PART_REPORT, PF_OPENS | PF_REPORTLIKE, 80},
	{"report to", SEG_PART_REPORT, PF_OPENS | PF_REPORTLIKE, 80},
	{"report title", SEG_PART_REPORT, PF_OPENS | PF_REPORTLIKE, 80},
	{"cabinet report", SEG_PART_REPORT, PF_OPENS | PF_REPORTLIKE, 80},
	{"committee report", SEG_PART_REPORT, PF_OPENS | PF_REPORTLIKE, 80},
	/* the pack's other papers */
	{"work programme", SEG_PART_OTHER, PF_OPENS | PF_MARKUP, 60},
	{"forward plan", SEG_PART_OTHER, PF_OPENS | PF_MARKUP, 60},
	{"outstanding issues", SEG_PART_OTHER, PF_OPENS | PF_MARKUP, 60},
	{"action tracker", SEG_PART_OTHER, PF_OPENS | PF_MARKUP, 60},
};

#define N_PART_FORMS (sizeof(part_forms) / sizeof(part_forms[0]))

/*
 * The rows of part_forms by the first letter of their phrase, as a bit per
 * row: those a line's first word may open, and those a later word may (no
 * PF_OPENS row).  Most words open none, and the others one or two rows,
 * where every row was tried at every word with a row's letter.
 *
 * A phrase's first word is followed by a space or ends a PF_OPENS phrase,
 * so only a word of just its length can open the row: by_length rules out
 * "and", "at", "made" ... without comparing them with "agenda" or
 * "minutes".
 */
#define PART_WORD_LONG 31		/* the slot of every length from 31 up */

typedef struct part_rows
{
	uint32_t	opening[26];
	uint32_t	inside[26];
	uint32_t	by_length[PART_WORD_LONG + 1];
} part_rows;

static void
part_form_rows(part_rows *rows)
{
	memset(rows, 0, sizeof(*rows));
	for (size_t r = 0; r < N_PART_FORMS; r++)
	{
		const char *phrase = part_forms[r].phrase;
		size_t		letter = (size_t) (phrase[0] - 'a');
		size_t		first_word = tu_letters_end(phrase, 0, strlen(phrase));

		rows->opening[letter] |= 1u << r;
		if (!(part_forms[r].flags & PF_OPENS))
			rows->inside[letter] |= 1u << r;
		rows->by_length[first_word < PART_WORD_LONG ? first_word : PART_WORD_LONG] |= 1u << r;
	}
}

/* The lower-case words a body's name may hold: "Newcastle upon Tyne City Council". */
static const char *const name_joiners[] = {"of", "and", "upon", "on", "in", "under", NULL};

/*
 * Is s[0..n) a body's name in Title Case, "Ashcombe Parish Council"?  A
 * sentence's opening ("Circulated to the Committee") has lower-case words.
 */
static bool
names_body_before(const char *s, size_t n)
{
	size_t		last = n;
	size_t		last_len = 0;

	for (size_t p = 0; p < n;)
	{
		size_t		w;

		while (p < n && !tu_alpha((unsigned char) s[p]))
			p++;
		w = p;
		while (p < n && tu_alpha((unsigned char) s[p]))
			p++;
		if (w == p)
			break;
		if (!tu_upper((unsigned char) s[w]) && !tu_word_listed(s + w, p - w, name_joiners))
			return false;
		last = w;
		last_len = p - w;
	}
	return last < n && tu_upper((unsigned char) s[last]) && tu_word_listed(s + last, last_len, res_body_nouns);
}

/*
 * Does the line open with a list's mark, "(a)", "(iv)", "(2)", "b)", "c."?
 * It is an entry of a list, "(a) That the minutes of the meeting held on
 * ... be approved", never the title of a part.
 */
#define LIST_MARK_MAX 5

static bool
opens_with_list_mark(const char *s, size_t len)
{
	size_t		k = s[0] == '(' ? 1 : 0;
	size_t		from = k;

	while (k < len && k - from < LIST_MARK_MAX && tu_alnum((unsigned char) s[k]))
		k++;
	if (k == from || k >= len)
		return false;
	if (from == 1)
		return s[k] == ')';
	/* "b) ", "c. ": one lower-case letter or a roman numeral, then a space */
	return (s[k] == ')' || s[k] == '.') && k + 1 < len && s[k + 1] == ' ' &&
		tu_lower((unsigned char) s[0]);
}

/*
 * Do lower-case words come before s[w], "AB confirmed all Councillors had
 * seen the minutes of ..."?  A sentence names the minutes there; a title's
 * words before its phrase are capitalised: "DRAFT MINUTES OF", "Unconfirmed
 * Minutes of", "Ashcombe Parish Council Minutes of".
 */
static bool
prose_before(const char *s, size_t w)
{
	for (size_t p = 0; p < w;)
	{
		size_t		q;

		while (p < w && !tu_alpha((unsigned char) s[p]))
			p++;
		q = p;
		while (q < w && tu_alpha((unsigned char) s[q]))
			q++;
		if (q > p && tu_lower((unsigned char) s[p]) && !tu_word_listed(s + p, q - p, name_joiners))
			return true;
		p = q;
	}
	return false;
}

/* Does line i open a part? Returns 1 + kind, or 0. */
static int
part_marker(const seg_doc *d, size_t i, bool after_blank_page, bool in_agenda, const part_rows *rows)
{
	const seg_line *l = &d->lines[i];
	const char *s = d->doc + l->tstart;
	size_t		len = l->tend - l->tstart;
	bool		markup = (l->flags & SEG_MARKUP) != 0;
	uint32_t	matched = 0;	/* a bit per row of part_forms */
	bool		no_agenda = false;
	size_t		comma_at = SIZE_MAX;	/* the first comma's index (len: none), found at the first match */

	if (l->flags & (SEG_BLANK | SEG_FURNITURE | SEG_BULLET | SEG_CLOSING))
		return 0;
	if (len > 250 || tu_digit((unsigned char) s[0]) || s[len - 1] == '.' || s[len - 1] == ',')
		return 0;
	if (tu_word_ci(s, len, "the") || tu_word_ci(s, len, "that") || tu_word_ci(s, len, "to") ||
		tu_word_ci(s, len, "a") || seg_decision_word_at(s, len) || opens_with_list_mark(s, len))
		return 0;
	for (size_t p = 0; p < len;)
	{
		unsigned char c = tu_fold((unsigned char) s[p]);
		size_t		w = p;

		if (c < 'a' || c > 'z')
		{
			p++;
			continue;
		}
		p = tu_letters_end(s, p, len);	/* p: the word's end, where the next search starts */
		for (uint32_t tried = (w == 0 ? rows->opening[c - 'a'] : rows->inside[c - 'a']) &
			 rows->by_length[p - w < PART_WORD_LONG ? p - w : PART_WORD_LONG], r = 0; tried >> r; r++)
		{
			const part_form *f = &part_forms[r];

			if (!((tried >> r) & 1) || ((f->flags & PF_EARLY) && w >= 80))
				continue;
			if ((f->flags & PF_OPENS) ? tu_word_ci(s + w, len - w, f->phrase)
				: tu_starts_ci(s + w, len - w, f->phrase))
			{
				if (f->flags & PF_NOT)
					return 0;
				if (comma_at == SIZE_MAX)
				{
					const char *comma = memchr(s, ',', len);

					comma_at = comma ? (size_t) (comma - s) : len;
				}
				if (f->flags & PF_NOT_AGENDA)
					no_agenda = true;
				/*
				 * After a comma the phrase is a sentence's, a title's before:
				 * "Circulated, copy of draft Minutes of Meeting of ..." is
				 * the first line of an item's paragraph.  A body's name
				 * before the comma is a title's: "Ashcombe Parish Council,
				 * Minutes of the Meeting held on ...".
				 */
				else if (comma_at < w && !names_body_before(s, comma_at))
					continue;
				else if (w > 0 && prose_before(s, w))
					continue;
				matched |= 1u << r;
			}
		}
	}
	if (matched == 0 && !(after_blank_page && markup))
		return 0;
	/* the title under a number alone is an item's */
	if (under_number_alone(d, i))
		return 0;
	for (size_t r = 0; r < N_PART_FORMS; r++)
	{
		const part_form *f = &part_forms[r];

		if (!(matched & (1u << r)) || (f->flags & PF_NOT_AGENDA) ||
			(f->max_len > 0 && len > f->max_len) || ((f->flags & PF_MARKUP) && !markup) ||
			((f->flags & PF_REPORTLIKE) && in_agenda && !markup) ||
			(f->kind == SEG_PART_AGENDA && no_agenda))
			continue;
		return 1 + f->kind;
	}
	return after_blank_page && markup ? 1 + SEG_PART_OTHER : 0;
}

void
seg_parts(seg_doc *d, const seg_alloc *a)
{
	size_t		cap = 8;
	bool		after_blank_page = false;
	bool		first_marked = false;
	size_t		nonblank = 0;
	part_rows	rows;

	d->nparts = 0;
	if (d->nlines == 0)
		return;
	part_form_rows(&rows);
	d->parts = a->alloc(a->ctx, sizeof(seg_part) * cap);
	d->parts[0] = (seg_part) {SEG_PART_MINUTES, 0, d->nlines, SIZE_MAX};
	d->nparts = 1;
	for (size_t i = 0; i < d->nlines; i++)
	{
		const seg_line *l = &d->lines[i];
		int			m;

		seg_tick(a, i);
		if (l->flags & SEG_BLANK_PAGE)
		{
			after_blank_page = true;
			continue;
		}
		if (l->flags & (SEG_BLANK | SEG_FURNITURE))
			continue;
		nonblank++;
		m = part_marker(d, i, after_blank_page,
						d->parts[d->nparts - 1].kind == SEG_PART_AGENDA, &rows);
		after_blank_page = false;
		if (m == 0)
		{
			if (d->parts[d->nparts - 1].title_line == SIZE_MAX && d->nparts == 1 && nonblank == 1)
				d->parts[0].title_line = i;
			continue;
		}
		/* A marker in the first lines names the first part rather than opening a second. */
		if (d->nparts == 1 && nonblank <= 6)
		{
			/* ... and a record of the meeting stays minutes ("Report of the Chair" below it) */
			if (!first_marked || d->parts[0].kind != SEG_PART_MINUTES)
			{
				d->parts[0].kind = (seg_part_kind) (m - 1);
				d->parts[0].title_line = i;
			}
			first_marked = true;
			continue;
		}
		/*
		 * Consecutive markers ("Briefing note" after "Report of ...") make
		 * one part: within three lines of the document, however many entries.
		 */
		if (d->parts[d->nparts - 1].first + 1 >= i ||
			(d->parts[d->nparts - 1].title_line != SIZE_MAX &&
			 d->parts[d->nparts - 1].title_line + 3 >= i &&
			 seg_lines_between(d, d->parts[d->nparts - 1].title_line, i, 4) <= 3 &&
			 d->parts[d->nparts - 1].kind == (seg_part_kind) (m - 1)))
			continue;
		if (d->nparts == cap)
		{
			seg_part   *np = a->alloc(a->ctx, sizeof(seg_part) * cap * 2);

			seg_copy(np, d->parts, sizeof(seg_part) * cap, a);
			a->release(a->ctx, d->parts);
			d->parts = np;
			cap *= 2;
		}
		d->parts[d->nparts - 1].end = i;
		d->parts[d->nparts] = (seg_part) {(seg_part_kind) (m - 1), i, d->nlines, i};
		d->nparts++;
	}
}

