/*
 * segment.c - lines and page furniture, cleaned text, parts and minute items.
 *
 * The rules are general ones about how minutes are printed, not about any
 * one council: a heading is a number with a title-like text, and which way
 * of printing numbers is the document's heading scheme is decided by the
 * evidence of the whole part (the longest run of numbers that rise through
 * it), never by one line alone.  See docs/documents.md.
 */
#include "segment.h"

#include <stdlib.h>
#include <string.h>

#include "mref.h"
#include "people.h"
#include "resolve.h"
#include "textutil.h"

/* Lines between two calls of the allocator's tick callback. */
#define TICK_LINES 4096

/* A heading scheme's numbers may skip this many (withdrawn or exempt items). */
#define CHAIN_GAP 12
/* How far back, in candidates of the same family, a chain looks for its predecessor. */
#define CHAIN_WINDOW 64

static void
tick(const seg_alloc *a, size_t i)
{
	if (a->tick && (i % TICK_LINES) == TICK_LINES - 1)
		a->tick(a->ctx);
}

/* The same, for the passes over a document that get no allocator. */
static void
doc_tick(const seg_doc *d, size_t i)
{
	if (d->tick && (i % TICK_LINES) == TICK_LINES - 1)
		d->tick(d->tick_ctx);
}

/* ------------------------------------------------------------------ */
/* Lines                                                              */
/* ------------------------------------------------------------------ */

/* Skip leading markup of a line: indentation, '#', '>' and '**'. */
static size_t
skip_lead_markup(const char *doc, size_t p, size_t end, bool *markup)
{
	for (;;)
	{
		size_t		sp;

		while (p < end && (tu_space((unsigned char) doc[p]) || doc[p] == '>'))
			p++;
		if (p < end && doc[p] == '#')
		{
			*markup = true;
			while (p < end && doc[p] == '#')
				p++;
			continue;
		}
		if (p + 1 < end && doc[p] == '*' && doc[p + 1] == '*')
		{
			*markup = true;
			p += 2;
			continue;
		}
		if ((sp = tu_unicode_space(doc + p, end - p)) > 0)
		{
			p += sp;
			continue;
		}
		return p;
	}
}

static size_t
skip_trail_markup(const char *doc, size_t start, size_t e)
{
	for (;;)
	{
		while (e > start && tu_space((unsigned char) doc[e - 1]))
			e--;
		if (e >= start + 2 && doc[e - 1] == '*' && doc[e - 2] == '*')
		{
			e -= 2;
			continue;
		}
		if (e >= start + 2 && (unsigned char) doc[e - 2] == 0xC2 &&
			(unsigned char) doc[e - 1] == 0xA0)
		{
			e -= 2;
			continue;
		}
		return e;
	}
}

/* A list bullet at p: "- ", "* ", "o ", "• ", "– " (followed by a space). */
static size_t
bullet_len(const char *doc, size_t p, size_t end)
{
	size_t		n = 0;

	if (p < end && (doc[p] == '-' || doc[p] == '*' || doc[p] == 'o'))
		n = 1;
	else if (end - p >= 3 && (unsigned char) doc[p] == 0xE2 &&
			 (unsigned char) doc[p + 1] == 0x80 &&
			 ((unsigned char) doc[p + 2] == 0xA2 || (unsigned char) doc[p + 2] == 0x93))
		n = 3;
	if (n == 0 || p + n >= end || !tu_space((unsigned char) doc[p + n]))
		return 0;
	return n;
}

static bool
is_page_number_line(const char *s, size_t len)
{
	size_t		p = 0;

	if (tu_word_ci(s, len, "page"))
	{
		p = 4;
		while (p < len && (tu_space((unsigned char) s[p]) || s[p] == '|'))
			p++;
		if (p == len)
			return true;		/* "Page" alone, the rest lost in extraction */
		if (!tu_digit((unsigned char) s[p]))
			return false;
		while (p < len && tu_digit((unsigned char) s[p]))
			p++;
		while (p < len && tu_space((unsigned char) s[p]))
			p++;
		if (p == len)
			return true;
		if (!tu_word_ci(s + p, len - p, "of"))
			return false;
		p += 2;
		while (p < len && tu_space((unsigned char) s[p]))
			p++;
		if (p == len || !tu_digit((unsigned char) s[p]))
			return false;
		while (p < len && tu_digit((unsigned char) s[p]))
			p++;
		return p == len;
	}
	/* "- 3 -" and "3 | Page" */
	if (len >= 3 && s[0] == '-' && s[len - 1] == '-')
	{
		for (p = 1; p + 1 < len; p++)
			if (!tu_digit((unsigned char) s[p]) && !tu_space((unsigned char) s[p]))
				return false;
		return true;
	}
	while (p < len && tu_digit((unsigned char) s[p]))
		p++;
	if (p == 0)
		return false;
	while (p < len && (tu_space((unsigned char) s[p]) || s[p] == '|'))
		p++;
	return p < len && tu_word_ci(s + p, len - p, "page") && p + 4 == len;
}

/* The words of a signature block, before or between its dotted lines. */
static const char *const signature_words[] = {
	"chair", "chairman", "chairperson", "chairwoman", "date", "signed", "convener", "provost",
	"mayor", "signature", NULL
};

static size_t
signature_word(const char *s, size_t len)
{
	for (const char *const *w = signature_words; *w; w++)
		if (tu_word_ci(s, len, *w))
			return strlen(*w);
	return 0;
}

/*
 * The signature block: "Chair", "Date:", "Signed ...", "Chairman
 * ........................ Date ............." - signature words and the
 * dots, rules and colons left for the signature, nothing else.  Longer than
 * 24 bytes only with a dotted or ruled space to sign in, so that a sentence
 * that starts "Chairman" is not one.
 */
static bool
is_signature_line(const char *s, size_t len)
{
	size_t		p = 0;
	size_t		words = 0;
	size_t		filler_run = 0;
	bool		space_to_sign = false;

	while (p < len)
	{
		size_t		w = signature_word(s + p, len - p);
		unsigned char c = (unsigned char) s[p];

		if (w > 0 && (p == 0 || !tu_alpha((unsigned char) s[p - 1])))
		{
			words++;
			p += w;
			filler_run = 0;
			continue;
		}
		if (c == '.' || c == '_' || c == ':' || c == '(' || c == ')' || c == '/' ||
			c == '-' || tu_space(c))
		{
			filler_run = (c == '.' || c == '_') ? filler_run + 1 : 0;
			if (filler_run >= 3)
				space_to_sign = true;
			p++;
			continue;
		}
		return false;
	}
	return words > 0 && (len <= 24 || space_to_sign);
}

static bool
is_closing_line(const char *s, size_t len)
{
	size_t		p = 0;

	if (p < len && s[p] == '(')
		p++;
	if (tu_word_ci(s + p, len - p, "the"))
	{
		p += 3;
		while (p < len && tu_space((unsigned char) s[p]))
			p++;
	}
	if (tu_word_ci(s + p, len - p, "meeting"))
	{
		p += 7;
		while (p < len && tu_space((unsigned char) s[p]))
			p++;
		return tu_word_ci(s + p, len - p, "ended") ||
			tu_word_ci(s + p, len - p, "terminated") ||
			tu_word_ci(s + p, len - p, "closed") ||
			tu_word_ci(s + p, len - p, "finished") ||
			tu_word_ci(s + p, len - p, "concluded") ||
			tu_word_ci(s + p, len - p, "rose");
	}
	return is_signature_line(s, len);
}

/* A key for spotting running headers: folded, markup-free, spaces collapsed. */
typedef struct key_state
{
	uint64_t	hash;
	size_t		len;
	bool		digit;
	bool		space;
} key_state;

static void
key_init(key_state *k)
{
	k->hash = 1469598103934665603ULL;
	k->len = 0;
	k->digit = false;
	k->space = false;
}

static void
key_byte(key_state *k, unsigned char c)
{
	k->hash ^= c;
	k->hash *= 1099511628211ULL;
	k->len++;
}

static void
key_feed(key_state *k, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		n;

		if (c == '*' || c == '#' || c == '_')
			continue;
		/* (the UTF-8 spaces and dashes start with a byte above 0x7F) */
		if (tu_space(c) || (c >= 0x80 && (n = tu_unicode_space(s + i, len - i)) > 0))
		{
			if (!tu_space(c))
				i += n - 1;
			k->space = k->len > 0;
			continue;
		}
		if (k->space)
		{
			key_byte(k, ' ');
			k->space = false;
		}
		if (c >= 0x80 && (n = tu_unicode_dash(s + i, len - i)) > 0)
		{
			key_byte(k, '-');
			i += n - 1;
			continue;
		}
		if (tu_digit(c))
			k->digit = true;
		key_byte(k, tu_fold(c));
	}
	k->space = k->len > 0;
}

typedef struct key_entry
{
	uint64_t	hash;
	uint32_t	line;
	uint16_t	lines;			/* 1 or 2 */
	uint16_t	strong;			/* a date or number and the name of a body */
} key_entry;

/* A folio number at the end of a footer changes from page to page: leave it out of the key. */
static size_t
without_folio(const char *s, size_t len)
{
	size_t		e = len;

	while (e > 0 && (tu_digit((unsigned char) s[e - 1]) || s[e - 1] == ' ' || s[e - 1] == '-' ||
					 s[e - 1] == '|'))
		e--;
	return (e >= 8 && e < len) ? e : len;
}

static int
key_cmp(const void *a, const void *b)
{
	const key_entry *x = a;
	const key_entry *y = b;

	if (x->hash != y->hash)
		return x->hash < y->hash ? -1 : 1;
	return x->line < y->line ? -1 : (x->line > y->line);
}

static size_t
count_words(const char *s, size_t len)
{
	size_t		words = 0;
	bool		in = false;

	for (size_t i = 0; i < len; i++)
	{
		bool		sp = tu_space((unsigned char) s[i]);

		if (!sp && !in)
			words++;
		in = !sp;
	}
	return words;
}

/* Words that running headers of committee papers carry when they carry no date. */
static const char *const body_words[] = {
	"committee", "subcommittee", "board", "panel", "cabinet", "council", "minutes", "scrutiny", NULL
};

#define LW_DECISION	0x01		/* one of res_decision_verbs, as a word */
#define LW_BODY		0x02		/* a word that opens with one of body_words ("Councillors") */

/* What the words of s[0..len) hold, in one pass over them. */
static unsigned
line_words(const char *s, size_t len)
{
	unsigned	found = 0;

	for (size_t p = 0; p < len;)
	{
		size_t		q = p;
		unsigned char c;

		if (!tu_alpha((unsigned char) s[p]))
		{
			p++;
			continue;
		}
		while (q < len && tu_alpha((unsigned char) s[q]))
			q++;
		c = tu_fold((unsigned char) s[p]);
		if (tu_word_listed(s + p, q - p, res_decision_verbs))
			found |= LW_DECISION;
		for (size_t v = 0; body_words[v]; v++)
			if ((unsigned char) body_words[v][0] == c && tu_starts_ci(s + p, q - p, body_words[v]))
				found |= LW_BODY;
		p = q;
	}
	return found;
}

#define HEADER_YEAR_MIN 1900
#define HEADER_YEAR_MAX 2099

/*
 * Does the line open as a numbered heading: "2. Minutes of the last
 * meeting", "(4) Finance", "60/17 APOLOGIES"?  A date ("12 May 2025 ...")
 * does not.
 */
static bool
opens_with_heading_number(const char *s, size_t len)
{
	size_t		p = 0;
	size_t		digits = 0;
	size_t		groups = 0;
	long		first = 0;
	size_t		first_digits = 0;
	long		second = -1;
	char		sep = 0;

	if (p < len && (s[p] == '(' || s[p] == '['))
		p++;
	for (;;)
	{
		size_t		from = p;
		long		value = 0;

		while (p < len && tu_digit((unsigned char) s[p]))
		{
			if (value < 100000)
				value = value * 10 + (s[p] - '0');
			p++;
		}
		if (p == from)
			return false;
		digits += p - from;
		if (groups == 0)
		{
			first = value;
			first_digits = p - from;
		}
		else if (groups == 1 && p - from == 2)
			second = value;
		groups++;
		if (p + 1 < len && (s[p] == '/' || s[p] == '.') && tu_digit((unsigned char) s[p + 1]))
		{
			if (groups == 1)
				sep = s[p];
			p++;
		}
		else
			break;
	}
	if (digits > 8)
		return false;
	/*
	 * A date or a year opens a running header as often as a heading:
	 * "14.01.2025 Cabinet", "2025 Cabinet Minutes", "2025/26 Budget".  A
	 * year-first item number ("2023.012 Apologies") has no such shape.
	 */
	if (groups >= 3)
		return false;
	if (first_digits == 4 && first >= HEADER_YEAR_MIN && first <= HEADER_YEAR_MAX &&
		(groups == 1 || (sep == '/' && second == (first + 1) % 100)))
		return false;
	if (p < len && (s[p] == '.' || s[p] == ')' || s[p] == ']'))
		p++;
	if (p >= len || !tu_space((unsigned char) s[p]))
		return false;
	while (p < len && tu_space((unsigned char) s[p]))
		p++;
	return p < len && tu_upper((unsigned char) s[p]) && tu_month(s + p, len - p) == 0;
}

/* Can line i be a running header?  Sets *body when it can and names a body. */
static bool
header_eligible(const seg_doc *d, size_t i, bool *body)
{
	const seg_line *l = &d->lines[i];
	const char *s = d->doc + l->tstart;
	size_t		len = l->tend - l->tstart;
	unsigned	words;

	if (l->flags & (SEG_BLANK | SEG_BULLET | SEG_CLOSING))
		return false;
	if (len < 4 || len > 160 || s[len - 1] == '.' || s[len - 1] == ';')
		return false;
	/*
	 * "The Committee agreed:-" or "Members decided as follows:" in every
	 * item is content, however often it repeats; a one- or two-word label
	 * ("Minutes:", "Supporting documents:") is a web page's furniture.
	 */
	if (len >= 2 && s[len - 2] == ':' && s[len - 1] == '-')
		return false;
	if (s[len - 1] == ':' && count_words(s, len) >= 3)
		return false;
	if (tu_word_ci(s, len, "that"))
		return false;
	/*
	 * An item's heading printed in each of several meetings bound into one
	 * file ("1. Apologies for absence") is a heading each time: running
	 * headers do not open with an item's number.
	 */
	if (opens_with_heading_number(s, len))
		return false;
	/* a line holding a decision verb is a decision's, never page furniture */
	words = line_words(s, len);
	*body = (words & LW_BODY) != 0;
	return !(words & LW_DECISION);
}

/*
 * The key array grows as keys are found: sized for two keys a line, it took
 * 32 bytes for every line of the document, most of which have none.
 */
static key_entry *
push_key(key_entry *keys, size_t *nk, size_t *cap, key_entry k, const seg_alloc *a)
{
	if (*nk == *cap)
	{
		size_t		nc = *cap ? *cap * 2 : 256;
		key_entry  *nkeys = a->alloc(a->ctx, sizeof(key_entry) * nc);

		if (*nk)
			seg_copy(nkeys, keys, sizeof(key_entry) * *nk, a);
		if (keys)
			a->release(a->ctx, keys);
		keys = nkeys;
		*cap = nc;
	}
	keys[(*nk)++] = k;
	return keys;
}

/*
 * Running headers and footers: a short line, or two adjacent short lines,
 * that repeat through the document and carry a date, a page number or the
 * name of a body.  A header printed on one line on some pages and broken
 * over two on others counts as the same.
 */
static void
mark_running_headers(seg_doc *d, const seg_alloc *a)
{
	size_t		n = d->nlines;
	key_entry  *keys = NULL;
	size_t		nk = 0;
	size_t		cap = 0;
	/* line i + 1 of a pair is line i of the next: header_eligible() of it, when known */
	bool		next_eligible = false;
	bool		next_body = false;
	bool		next_known = false;

	if (n == 0)
		return;
	for (size_t i = 0; i < n; i++)
	{
		key_state	k;
		const seg_line *l = &d->lines[i];
		bool		body = next_body;
		bool		eligible = next_known ? next_eligible : header_eligible(d, i, &body);

		next_known = false;
		tick(a, i);
		if (!eligible)
			continue;
		{
			const char *ls = d->doc + l->tstart;
			size_t		ll = l->tend - l->tstart;
			size_t		kept = without_folio(ls, ll);
			key_state	whole;

			key_init(&k);
			key_feed(&k, ls, kept);
			whole = k;
			if (k.len >= 8 && (k.digit || body))
				keys = push_key(keys, &nk, &cap, (key_entry) {k.hash, (uint32_t) i, 1, k.digit && body}, a);
			next_body = false;
			next_eligible = i + 1 < n && header_eligible(d, i + 1, &next_body);
			next_known = true;
			if (next_eligible)
			{
				const seg_line *m = &d->lines[i + 1];
				const char *ms = d->doc + m->tstart;
				size_t		ml = m->tend - m->tstart;

				/* the pair's key goes on from line i's whole text, most often its key */
				k = whole;
				if (kept < ll)
				{
					key_init(&k);
					key_feed(&k, ls, ll);
				}
				key_feed(&k, ms, without_folio(ms, ml));
				body = body || next_body;
				if (k.len <= 200 && (k.digit || body))
					keys = push_key(keys, &nk, &cap, (key_entry) {k.hash, (uint32_t) i, 2, k.digit && body}, a);
			}
		}
	}
	if (nk > 0)
		qsort(keys, nk, sizeof(key_entry), key_cmp);
	for (size_t i = 0; i < nk;)
	{
		size_t		j = i;

		while (j < nk && keys[j].hash == keys[i].hash)
			j++;
		/* Three times, or twice for "Name of a Board - date" (a short document has few pages). */
		if (j - i >= 3 || (j - i == 2 && keys[i].strong))
			for (size_t k = i; k < j; k++)
				for (uint32_t m = 0; m < keys[k].lines; m++)
					d->lines[keys[k].line + m].flags |= SEG_FURNITURE;
		i = j;
	}
	if (keys != NULL)
		a->release(a->ctx, keys);
}

/* Is doc[p..end) nothing but white space?  Such lines fold into one entry. */
static bool
all_space(const char *doc, size_t p, size_t end)
{
	while (p < end && tu_space((unsigned char) doc[p]))
		p++;
	return p == end;
}

/*
 * A run of lines of nothing but white space is one entry of the line table
 * (flagged SEG_FOLDED when it stands for more than one line), and so is a
 * run of OCR debris (below).  Every pass skips blank lines alike, and page
 * furniture alike, so one entry reads as the run did, and the table's size
 * follows the document's text rather than its line breaks: a document of
 * blank lines needed 20 bytes of table for each byte.  The few rules that
 * count lines (how near two part markers are, how long a header is) count
 * the lines an entry stands for (seg_line_count()).
 *
 * This counts entries with runs of white space folded, not debris: an upper
 * bound, for the document memo's limit.
 */
/*
 * After a line of white space, the start of the first line at or after p
 * that holds something else, or len + 1 when the rest is white space: the
 * lines between fold into the entry before, and are passed over a byte at a
 * time (50 MB of line breaks took a second line by line).  *last is set to
 * the start of the last line passed over.
 */
static size_t
skip_space_lines(const char *doc, size_t len, size_t p, size_t *last, const seg_alloc *a)
{
	size_t		line = p;

	*last = p;
	for (size_t q = p; q < len; q++)
	{
		if (doc[q] == '\n')
		{
			*last = line;
			line = q + 1;
		}
		else if (!tu_space((unsigned char) doc[q]))
			return line;
		if (a != NULL && a->tick && (q & 0xFFFF) == 0xFFFF)
			a->tick(a->ctx);
	}
	*last = line;
	return len + 1;
}

size_t
seg_count_lines(const char *doc, size_t len)
{
	size_t		n = 0;
	size_t		p = 0;
	bool		prev_space = false;

	for (;;)
	{
		const char *nl;
		size_t		end;

		if (prev_space)
		{
			size_t		last;

			/* the line at p holds more than white space: it is a new entry */
			p = skip_space_lines(doc, len, p, &last, NULL);
			if (p > len)
				return n;
		}
		/* memchr() rather than a byte loop: this is a pass over the whole document */
		nl = memchr(doc + p, '\n', len - p);
		end = nl ? (size_t) (nl - doc) : len;
		n++;
		prev_space = all_space(doc, p, end);
		if (nl == NULL)
			return n;
		p = end + 1;
	}
}

size_t
seg_line_count(const seg_doc *d, size_t i)
{
	const seg_line *l = &d->lines[i];
	size_t		n = 1;

	if (!(l->flags & SEG_FOLDED))
		return 1;
	for (const char *nl = d->doc + l->start;
		 (nl = memchr(nl, '\n', (size_t) (d->doc + l->end - nl))) != NULL; nl++)
		n++;
	return n;
}

size_t
seg_lines_between(const seg_doc *d, size_t from, size_t to, size_t limit)
{
	size_t		n = 0;

	for (size_t i = from; i < to && n < limit; i++)
		n += seg_line_count(d, i);
	return n < limit ? n : limit;
}

/* Lines of white space and debris lines: what a run of debris folds over. */
static bool
debris_or_space(const seg_line *l)
{
	return (l->flags & SEG_SPACE) || ((l->flags & SEG_FURNITURE) && !(l->flags & SEG_BLANK));
}

/*
 * Runs of three or more one- or two-character lines are OCR debris (a rotated
 * page number, a diagram's letters): page furniture.  Blank lines neither
 * extend nor end a run.  Called when lines[from] (the run's first debris
 * line) to lines[n - 1] (its latest) are a run of three or more: marks them
 * and folds them, with the lines of white space between them, into as few
 * entries as the other blank lines between them allow (a blank line of
 * markup keeps its own entry: a title that runs over it reads it).  Returns
 * the new number of entries.
 */
static size_t
fold_debris(seg_line *lines, size_t from, size_t n)
{
	size_t		w = from;

	for (size_t k = from; k < n; k++)
		if (!(lines[k].flags & SEG_BLANK))
			lines[k].flags |= SEG_FURNITURE;
	for (size_t k = from + 1; k < n; k++)
	{
		if (debris_or_space(&lines[w]) && debris_or_space(&lines[k]))
		{
			/* a fold is furniture, never blank: the debris it holds is what it is */
			lines[w].end = lines[k].end;
			lines[w].tstart = lines[w].tend = lines[k].end;
			lines[w].flags = SEG_FURNITURE | SEG_FOLDED;
			continue;
		}
		lines[++w] = lines[k];
	}
	return w + 1;
}

/* A line longer than this is flowed text when headings run on inside it. */
#define FLOW_LINE_MIN 400

/*
 * Where the next heading starts inside flowed text doc[p, end): after a
 * space, a number ("2.", "14", "2023.046"), a space, and a word in capitals
 * ("2. DECLARATIONS OF INTEREST", "2023.047 MINUTES").  Returns end when
 * there is none.  Scans each byte once: the search resumes where it stopped.
 */
static size_t
flow_break(const char *doc, size_t p, size_t end)
{
	for (size_t q = p + 1; q + 4 < end; q++)
	{
		size_t		k = q;
		size_t		digits;

		if (!tu_digit((unsigned char) doc[q]) || doc[q - 1] != ' ')
			continue;
		while (k < end && tu_digit((unsigned char) doc[k]))
			k++;
		digits = k - q;
		if (digits > 4 || doc[q] == '0')
			continue;
		if (k + 1 < end && doc[k] == '.' && tu_digit((unsigned char) doc[k + 1]))
		{
			size_t		f = ++k;

			while (k < end && tu_digit((unsigned char) doc[k]))
				k++;
			if (k - f > 3)
				continue;
		}
		if (k < end && doc[k] == '.')
			k++;
		if (k + 3 < end && doc[k] == ' ' && tu_upper((unsigned char) doc[k + 1]) &&
			tu_upper((unsigned char) doc[k + 2]) && tu_upper((unsigned char) doc[k + 3]))
			return q;
		/* "... was duly elected. 6. The Minutes of ...": a dotted number after a sentence */
		if (k + 2 < end && doc[k - 1] == '.' && doc[k] == ' ' && tu_upper((unsigned char) doc[k + 1]) &&
			tu_lower((unsigned char) doc[k + 2]) && q >= p + 2 &&
			(doc[q - 2] == '.' || doc[q - 2] == ')' || doc[q - 2] == ':'))
			return q;
		q = k;
	}
	return end;
}

void
seg_lines(seg_doc *d, const char *doc, size_t len, const seg_alloc *a)
{
	size_t		cap = 0;
	size_t		i = 0;
	size_t		p = 0;
	bool		prev_space = false;
	size_t		run = 0;		/* debris candidates in the current run */
	size_t		run_first = 0;	/* the entry of its first */
	size_t		line_start = 0; /* the physical line that p is in, */
	size_t		line_end = SIZE_MAX;	/* found once however often it is split */

	memset(d, 0, sizeof(*d));
	d->doc = doc;
	d->len = len;
	d->tick = a->tick;
	d->tick_ctx = a->ctx;
	if (len == 0)
		return;
	for (size_t k = 0; p <= len; k++)
	{
		size_t		end;
		size_t		e;
		size_t		resume;
		seg_line   *l;
		bool		markup = false;
		bool		space;
		size_t		ts;
		size_t		te;
		size_t		b;

		tick(a, k);
		if (line_end == SIZE_MAX || line_end < p)
		{
			const char *nl = memchr(doc + p, '\n', len - p);

			line_end = nl ? (size_t) (nl - doc) : len;
			line_start = p;
		}
		end = line_end;
		resume = end + 1;
		if (line_end - line_start > FLOW_LINE_MIN)
		{
			/* a page that lost its line breaks: a line for each heading in it */
			size_t		brk = flow_break(doc, p, line_end);

			if (brk < line_end)
			{
				end = brk;
				resume = brk;
			}
		}
		e = end;
		space = all_space(doc, p, end);
		if (e > p && doc[e - 1] == '\r')
			e--;
		if (space && prev_space)
		{
			/* more lines of white space: the run's entry reaches over them */
			size_t		last;
			size_t		next = skip_space_lines(doc, len, p, &last, a);
			size_t		last_end = next > len ? len : next - 1;

			if (last_end > last && doc[last_end - 1] == '\r')
				last_end--;
			l = &d->lines[i - 1];
			l->end = (uint32_t) last_end;
			l->tstart = l->tend = (uint32_t) last_end;
			l->flags |= SEG_FOLDED;
			p = next;
			continue;
		}
		prev_space = space;
		if (i == cap)
		{
			/* grown as it fills: folding makes the table far shorter than the lines */
			size_t		nc = cap ? cap * 2 : 256;
			seg_line   *nls = a->alloc(a->ctx, sizeof(seg_line) * nc);

			if (i > 0)
				seg_copy(nls, d->lines, sizeof(seg_line) * i, a);
			if (d->lines)
				a->release(a->ctx, d->lines);
			d->lines = nls;
			cap = nc;
		}
		l = &d->lines[i];
		l->start = (uint32_t) p;
		l->end = (uint32_t) e;
		l->flags = space ? SEG_SPACE : 0;
		ts = skip_lead_markup(doc, p, e, &markup);
		if ((b = bullet_len(doc, ts, e)) > 0)
		{
			l->flags |= SEG_BULLET;
			ts = skip_lead_markup(doc, ts + b, e, &markup);
		}
		te = skip_trail_markup(doc, ts, e);
		l->tstart = (uint32_t) ts;
		l->tend = (uint32_t) te;
		if (markup)
			l->flags |= SEG_MARKUP;
		if (ts == te)
			l->flags |= SEG_BLANK;
		else
		{
			const char *s = doc + ts;
			size_t		sl = te - ts;

			if (is_page_number_line(s, sl))
				l->flags |= SEG_FURNITURE;
			/* "blank" first: its letter is rarer than the i of "intentionally" */
			else if (sl < 80 && tu_find_ci(s, sl, "blank") < sl &&
					 tu_find_ci(s, sl, "intentionally left blank") < sl)
				l->flags |= SEG_FURNITURE | SEG_BLANK_PAGE;
			else if (sl < 120 && is_closing_line(s, sl))
				l->flags |= SEG_CLOSING;
		}
		p = resume;
		i++;
		if (l->flags & SEG_BLANK)
			continue;
		if (te - ts <= 2 && !(l->flags & SEG_BULLET))
		{
			if (run++ == 0)
				run_first = i - 1;
			if (run >= 3)
			{
				i = fold_debris(d->lines, run_first, i);
				/* the run goes on from its last fold */
				run_first = i - 1;
			}
		}
		else
			run = 0;
	}
	d->nlines = i;
	mark_running_headers(d, a);
}

void
seg_copy(void *dst, const void *src, size_t n, const seg_alloc *a)
{
	const size_t slice = 8 * 1024 * 1024;

	for (size_t off = 0; off < n; off += slice)
	{
		memcpy((char *) dst + off, (const char *) src + off, n - off < slice ? n - off : slice);
		if (a->tick && n - off > slice)
			a->tick(a->ctx);
	}
}

void
seg_free(seg_doc *d, const seg_alloc *a)
{
	if (d->lines)
		a->release(a->ctx, d->lines);
	if (d->parts)
		a->release(a->ctx, d->parts);
	if (d->items)
		a->release(a->ctx, d->items);
	d->lines = NULL;
	d->parts = NULL;
	d->items = NULL;
	d->nlines = d->nparts = d->nitems = 0;
}

/* ------------------------------------------------------------------ */
/* Cleaning                                                           */
/* ------------------------------------------------------------------ */

static const char *const inline_tags[] = {
	"<sup>", "</sup>", "<sub>", "</sub>", "<b>", "</b>", "<i>", "</i>",
	"<u>", "</u>", "<strong>", "</strong>", "<em>", "</em>"
};

/* The ASCII bytes clean_run() does more with than copy: white space and markup. */
static const bool clean_special[128] = {
	['\n'] = true, ['\r'] = true, [' '] = true, ['\t'] = true, ['\f'] = true, ['\v'] = true,
	['#'] = true, ['>'] = true, ['*'] = true, ['<'] = true
};

static inline bool
clean_plain(char c)
{
	return (unsigned char) c < 0x80 && !clean_special[(unsigned char) c];
}

/*
 * Clean buf[0..len) into out (room for len bytes): markup dropped, typography
 * made plain, white space runs made one (a run with a tab stays a tab unless
 * one_line).  Returns the length written, without leading or trailing space.
 */
static size_t
clean_run(const char *buf, size_t len, char *out, bool one_line)
{
	size_t		o = 0;
	bool		pending_space = false;
	bool		pending_tab = false;
	bool		line_start = true;

	for (size_t i = 0; i < len;)
	{
		const unsigned char *u = (const unsigned char *) buf + i;
		size_t		rest = len - i;
		size_t		n;
		char		emit = 0;

		if (u[0] == '\n' || u[0] == '\r' || u[0] == ' ' || u[0] == '\t' ||
			u[0] == '\f' || u[0] == '\v')
		{
			pending_space = o > 0;
			if (u[0] == '\t' && !one_line)
				pending_tab = o > 0;
			if (u[0] == '\n')
				line_start = true;
			i++;
			continue;
		}
		/* most bytes are plain ASCII that is copied as it is, a run at a time */
		if (u[0] < 0x80 && !clean_special[u[0]])
		{
			size_t		j = i + 1;

			line_start = false;
			if (pending_space)
			{
				out[o++] = pending_tab ? '\t' : ' ';
				pending_space = pending_tab = false;
			}
			/* a single space between words is kept as it is: copied with the run */
			while (j < len && (clean_plain(buf[j]) || (buf[j] == ' ' && j + 1 < len && clean_plain(buf[j + 1]))))
				j++;
			memcpy(out + o, buf + i, j - i);
			o += j - i;
			i = j;
			continue;
		}
		if ((n = tu_unicode_space(buf + i, rest)) > 0)
		{
			pending_space = o > 0;
			i += n;
			continue;
		}
		if (line_start && (u[0] == '#' || u[0] == '>'))
		{
			i++;
			continue;
		}
		line_start = false;
		if (rest >= 2 && u[0] == '*' && u[1] == '*')
		{
			i += 2;
			continue;
		}
		if (u[0] == '<')
		{
			bool		tag = false;

			for (size_t t = 0; t < sizeof(inline_tags) / sizeof(inline_tags[0]); t++)
				if (tu_starts_ci(buf + i, rest, inline_tags[t]))
				{
					i += strlen(inline_tags[t]);
					tag = true;
					break;
				}
			if (!tag && (tu_starts_ci(buf + i, rest, "<br>") || tu_starts_ci(buf + i, rest, "<br/>") ||
						 tu_starts_ci(buf + i, rest, "<br />")))
			{
				i += u[3] == '>' ? 4 : (u[3] == '/' ? 5 : 6);
				pending_space = o > 0;
				tag = true;
			}
			if (tag)
				continue;
		}
		/* Zero-width characters and soft hyphens vanish. */
		if ((rest >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x8B && u[2] <= 0x8D) ||
			(rest >= 3 && u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0xA0) ||
			(rest >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) ||
			(rest >= 2 && u[0] == 0xC2 && u[1] == 0xAD))
		{
			i += u[0] == 0xC2 ? 2 : 3;
			continue;
		}
		if (rest >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
			(u[2] == 0x98 || u[2] == 0x99 || u[2] == 0x9B || u[2] == 0xB2))
			emit = '\'';
		else if (rest >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
				 (u[2] == 0x9C || u[2] == 0x9D || u[2] == 0x9F || u[2] == 0xB3))
			emit = '"';
		if (pending_space)
		{
			out[o++] = pending_tab ? '\t' : ' ';
			pending_space = pending_tab = false;
		}
		if (emit)
		{
			out[o++] = emit;
			i += 3;
			continue;
		}
		out[o++] = buf[i++];
	}
	return o;
}

size_t
seg_clean_inline(const char *buf, size_t len, char *out)
{
	size_t		o = clean_run(buf, len, out, true);

	/* A title's trailing ':' '.' or dash, and a "**" left unpaired */
	for (;;)
	{
		while (o > 0 && out[o - 1] == ' ')
			o--;
		if (o > 0 && (out[o - 1] == ':' || out[o - 1] == '.' || out[o - 1] == '-' ||
					  out[o - 1] == '*'))
		{
			/* keep an ellipsis or an abbreviation's dot after one letter ("Ltd.") */
			if (out[o - 1] == '.' && o >= 2 && out[o - 2] == '.')
				break;
			o--;
			continue;
		}
		if (o >= 3 && tu_unicode_dash(out + o - 3, 3) == 3)
		{
			o -= 3;
			continue;
		}
		break;
	}
	return o;
}

/* Last non-space byte written, or 0. */
static unsigned char
last_char(const char *out, size_t o)
{
	return o > 0 ? (unsigned char) out[o - 1] : 0;
}

static size_t clean_lines_from(const seg_doc *d, size_t from, size_t to, size_t first_byte,
							   char *out);

size_t
seg_clean(const seg_doc *d, size_t from, size_t to, char *out)
{
	return clean_lines_from(d, from, to, 0, out);
}

size_t
seg_clean_body(const seg_doc *d, const seg_item *it, char *out)
{
	return clean_lines_from(d, it->body_first, it->body_end, it->body_from, out);
}

size_t
seg_clean_title(const seg_doc *d, const seg_item *it, char *out)
{
	size_t		o = 0;

	for (size_t i = it->first_line; i < d->nlines && d->lines[i].start < it->title_end; i++)
	{
		const seg_line *l = &d->lines[i];
		size_t		s = l->start > it->title_start ? l->start : it->title_start;
		size_t		e = l->end < it->title_end ? l->end : it->title_end;
		size_t		w;

		if (e <= s || (l->flags & SEG_FURNITURE))
			continue;
		if (o > 0)
			out[o++] = ' ';
		w = seg_clean_inline(d->doc + s, e - s, out + o);
		if (w == 0 && o > 0)
			o--;
		o += w;
	}
	return o;
}

static size_t
clean_lines_from(const seg_doc *d, size_t from, size_t to, size_t first_byte, char *out)
{
	size_t		o = 0;
	int			pending = 0;	/* 0 none, 1 line break, 2 paragraph break */

	for (size_t i = from; i < to && i < d->nlines; i++)
	{
		const seg_line *l = &d->lines[i];
		size_t		s = l->start;
		size_t		w;
		unsigned char first;

		doc_tick(d, i);
		if (l->flags & SEG_FURNITURE)
		{
			if (o > 0)
				pending = 2;
			continue;
		}
		if (l->flags & SEG_BLANK)
		{
			if (o > 0)
				pending = 2;
			continue;
		}
		if (i == from && first_byte > s && first_byte <= l->end)
			s = first_byte;
		/* Drop the markdown heading marks and quote marks before cleaning. */
		while (s < l->end && (tu_space((unsigned char) d->doc[s]) || d->doc[s] == '#' ||
							  d->doc[s] == '>'))
			s++;
		first = (unsigned char) d->doc[l->tstart];
		if (o > 0)
		{
			unsigned char c = last_char(out, o);

			if (c == '-' && o >= 2 && tu_lower((unsigned char) out[o - 2]) &&
				tu_lower(first) && !(l->flags & SEG_BULLET))
				o--;			/* a word hyphenated over the line break */
			else if (pending == 2 && tu_lower(first) && !(l->flags & SEG_BULLET) &&
					 (tu_alpha(c) || c == ','))
				out[o++] = ' ';	/* a sentence split by a page break */
			else if (pending == 2)
			{
				out[o++] = '\n';
				out[o++] = '\n';
			}
			else
				out[o++] = '\n';
		}
		w = clean_run(d->doc + s, l->end - s, out + o, false);
		o += w;
		pending = w > 0 ? 1 : pending;
	}
	/* Never end on a break. */
	while (o > 0 && (out[o - 1] == '\n' || out[o - 1] == ' '))
		o--;
	return o;
}

/* ------------------------------------------------------------------ */
/* Titles                                                             */
/* ------------------------------------------------------------------ */

/* Does the line read as a heading-like title: short, no sentence after it? */
static bool
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
	if (count_words(s, len) > 22)
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
static bool
sentence_like(const char *s, size_t len)
{
	while (len > 0 && tu_space((unsigned char) s[len - 1]))
		len--;
	if (len > 110)
		return true;
	return len > 0 && s[len - 1] == '.' && count_words(s, len) >= 5;
}

static bool
mostly_upper(const char *s, size_t len)
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
/* Parts                                                              */
/* ------------------------------------------------------------------ */

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
static bool
decision_word_at(const char *s, size_t len)
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
static bool
agenda_holds_record(const seg_doc *d, const seg_part *part, const seg_alloc *a)
{
	for (size_t i = part->first; i < part->end; i++)
	{
		const seg_line *l = &d->lines[i];
		const char *t = d->doc + l->tstart;
		size_t		n = l->tend - l->tstart;

		tick(a, i);

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

/* The first letters of the phrases, as a bit each (a = bit 0): most words open none. */
static uint32_t
part_form_letters(void)
{
	uint32_t	m = 0;

	for (size_t r = 0; r < N_PART_FORMS; r++)
		m |= 1u << (part_forms[r].phrase[0] - 'a');
	return m;
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

/* Does line i open a part? Returns 1 + kind, or 0. */
static int
part_marker(const seg_doc *d, size_t i, bool after_blank_page, bool in_agenda, uint32_t letters)
{
	const seg_line *l = &d->lines[i];
	const char *s = d->doc + l->tstart;
	size_t		len = l->tend - l->tstart;
	bool		markup = (l->flags & SEG_MARKUP) != 0;
	uint32_t	matched = 0;	/* a bit per row of part_forms */
	bool		no_agenda = false;
	size_t		comma_at;

	if (l->flags & (SEG_BLANK | SEG_FURNITURE | SEG_BULLET | SEG_CLOSING))
		return 0;
	if (len > 250 || tu_digit((unsigned char) s[0]) || s[len - 1] == '.' || s[len - 1] == ',')
		return 0;
	if (tu_word_ci(s, len, "the") || tu_word_ci(s, len, "that") || tu_word_ci(s, len, "to") ||
		tu_word_ci(s, len, "a") || decision_word_at(s, len))
		return 0;
	{
		const char *comma = memchr(s, ',', len);

		comma_at = comma ? (size_t) (comma - s) : len;
	}
	for (size_t p = 0; p < len;)
	{
		unsigned char c = tu_fold((unsigned char) s[p]);
		size_t		w = p;

		if (c < 'a' || c > 'z')
		{
			p++;
			continue;
		}
		while (p < len && tu_alpha((unsigned char) s[p]))
			p++;			/* p: the word's end, where the next search starts */
		if (!(letters & (1u << (c - 'a'))))
			continue;
		for (size_t r = 0; r < N_PART_FORMS; r++)
		{
			const part_form *f = &part_forms[r];

			if ((unsigned char) f->phrase[0] != c || ((f->flags & PF_OPENS) && w > 0) ||
				((f->flags & PF_EARLY) && w >= 80))
				continue;
			if ((f->flags & PF_OPENS) ? tu_word_ci(s + w, len - w, f->phrase)
				: tu_starts_ci(s + w, len - w, f->phrase))
			{
				if (f->flags & PF_NOT)
					return 0;
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
				matched |= 1u << r;
			}
		}
	}
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
	uint32_t	letters = part_form_letters();

	d->nparts = 0;
	if (d->nlines == 0)
		return;
	d->parts = a->alloc(a->ctx, sizeof(seg_part) * cap);
	d->parts[0] = (seg_part) {SEG_PART_MINUTES, 0, d->nlines, SIZE_MAX};
	d->nparts = 1;
	for (size_t i = 0; i < d->nlines; i++)
	{
		const seg_line *l = &d->lines[i];
		int			m;

		tick(a, i);
		if (l->flags & SEG_BLANK_PAGE)
		{
			after_blank_page = true;
			continue;
		}
		if (l->flags & (SEG_BLANK | SEG_FURNITURE))
			continue;
		nonblank++;
		m = part_marker(d, i, after_blank_page,
						d->parts[d->nparts - 1].kind == SEG_PART_AGENDA, letters);
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

/* ------------------------------------------------------------------ */
/* Heading candidates                                                 */
/* ------------------------------------------------------------------ */

typedef struct cand
{
	seg_item	it;
	uint64_t	family;			/* form, and for codes the prefix and year */
	int			weight;
	bool		listed;			/* part of a run of numbered lines: a list */
	int			score;
	int			prev;
	int			chain_len;		/* candidates in the best chain ending here */
	bool		coded;			/* its label is a code, read or not as a minute_ref */
	bool		lettered;		/* "5A.": added under the number before it */
} cand;

static bool
line_usable(const seg_line *l)
{
	return !(l->flags & (SEG_BLANK | SEG_FURNITURE));
}

static size_t
prev_text_line(const seg_doc *d, size_t i, size_t first)
{
	while (i > first)
	{
		i--;
		if (line_usable(&d->lines[i]))
			return i;
	}
	return SIZE_MAX;
}

static size_t
next_text_line(const seg_doc *d, size_t i, size_t end)
{
	for (i = i + 1; i < end; i++)
		if (line_usable(&d->lines[i]))
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
		!sentence_like(d->doc + l->tstart, l->tend - l->tstart);
}

static size_t
skip_spaces(const char *s, size_t p, size_t end)
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
	size_t		q = skip_spaces(s, p, end);
	size_t		n;

	if (q < end && (s[q] == ':' || s[q] == '-' || s[q] == '.'))
		return skip_spaces(s, q + 1, end);
	if ((n = tu_unicode_dash(s + q, end - q)) > 0)
		return skip_spaces(s, q + n, end);
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
			else if (s[k - 1] == ' ' && tu_upper((unsigned char) s[k]) && decision_word_at(s + k, len - k) &&
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
				!decision_word_alone(s, e) && (sentence_like(s + t, len - t) || s[len - 1] == '.'))
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
			(sentence_like(s, len) && titlecase_runon_split(s, len, &title_len, &text_from)))
		{
			/* the minute's text follows its heading on the same line */
			c->it.title_end = (uint32_t) (p + title_len);
			c->it.body_first = i;
			c->it.body_from = (uint32_t) (p + text_from);
			return;
		}
		if (sentence_like(s, len))
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
		else if (!(mostly_upper(d->doc + c->it.title_start, c->it.title_end - c->it.title_start) &&
				   mostly_upper(d->doc + m->tstart, m->tend - m->tstart) &&
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
		from = skip_spaces(s, from, e);
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

	if ((d->lines[c->it.head_line].flags & SEG_MARKUP) || mostly_upper(t, len) ||
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
	return q > p && mostly_upper(s + p, q - p) && seg_title_like(s + p, q - p) &&
		!decision_word_at(s + p, q - p) && s[q - 1] != ':';
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

		j = next_text_line(d, j, end);
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
			v = skip_spaces(d->doc, d->lines[j].tstart + kl + 1, d->lines[j].tend);
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
	size_t		tl = prev_text_line(d, i, first);

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
		p = skip_spaces(d->doc, p, e);
		if (p < e && seg_title_like(d->doc + p, e - p) && !sentence_like(d->doc + p, e - p) &&
			d->doc[e - 1] != '.' && d->doc[e - 1] != ':' && !decision_word_at(d->doc + p, e - p))
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
		if (up == 0 && (tl == 0 || prev_text_line(d, tl, first) + 1 != tl))
			return false;
		tl = prev_text_line(d, tl, first);
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
static bool
read_candidate(const seg_doc *d, size_t i, size_t first, size_t end, cand *c)
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
		q = skip_spaces(s, q, e);
		if (tu_word_ci(s + q, e - q, "no") || tu_word_ci(s + q, e - q, "number"))
		{
			q += tu_word_ci(s + q, e - q, "no") ? 2 : 6;
			if (q < e && s[q] == '.')
				q++;
		}
		if (q < e && s[q] == ':')
			q++;
		q = skip_spaces(s, q, e);
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
			rest = skip_separator(s, k, e);
			if (k < e && !tu_space((unsigned char) s[k]) && s[k] != ':' && s[k] != '*' &&
				!tu_unicode_space(s + k, e - k) && !tu_unicode_dash(s + k, e - k))
				return false;
			if (rest >= e)
			{
				/* The code alone: its title is on the line before ("APOLOGIES" / "PLA146/14") or after. */
				size_t		pl = prev_text_line(d, i, first);
				size_t		nl = next_text_line(d, i, end);

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
				if (decision_word_at(s + rest, e - rest))
					return false;
				set_title(d, c, i, rest, end);
				if ((!seg_title_like(s + rest, e - rest) || sentence_like(s + rest, e - rest)) &&
					!mostly_upper(s + rest, e - rest) && c->it.title_end == e)
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
		size_t		nl = next_text_line(d, i, end);

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
		(!seg_title_like(s + rest, e - rest) || sentence_like(s + rest, e - rest)))
	{
		set_title(d, c, i, rest, end);
		if (c->it.title_end == e)
			set_loose_title(d, c, i, rest);
		c->weight = 1;
		return true;
	}
	if ((form == SEG_FORM_BRACKET || form == SEG_FORM_PAREN) && tu_upper((unsigned char) s[rest]) &&
		(sentence_like(s + rest, e - rest) || !seg_title_like(s + rest, e - rest)))
	{
		/* "[2] Declarations of interest. None.": the title runs on into the minute */
		set_title(d, c, i, rest, end);
		if (c->it.title_end == e)
			set_loose_title(d, c, i, rest);
		c->weight = 1;
		return true;
	}
	if (sentence_like(s + rest, e - rest) || !seg_title_like(s + rest, e - rest))
	{
		/* A Scottish side heading: "Minutes approved." then "3 The minutes of ..." */
		size_t		pl = prev_text_line(d, i, first);
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
			((pp = prev_text_line(d, pl, first)) == SIZE_MAX || pp + 1 < pl) &&
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
			if (form != SEG_FORM_DOT || !t.dot || narrative_opening(s + rest, e - rest))
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

/* Largest step between the numbers of a list's lines: "3. SLCC" / "5. Hall hire". */
#define LIST_GAP 3

/*
 * Numbered lines that follow one another, rising by small steps, with no
 * text between them are a list ("1. Leadership" / "2. Workforce" / ...),
 * not headings.
 */
static void
mark_lists(const seg_doc *d, cand *cs, size_t nc)
{
	size_t		run_start = SIZE_MAX;
	size_t		run = 0;
	size_t		prev = SIZE_MAX;
	int64_t		outer = -1;		/* the number a run that started lower interrupted */

	for (size_t k = 0; k <= nc; k++)
	{
		bool		joined = false;

		if (k < nc && cs[k].it.sub != 0)
			continue;			/* a sub-minute is text between headings */
		/*
		 * A list rises by small steps ("1. HMRC", "2. Salary", "3. SLCC", "5.
		 * Hall hire"); a jump to the number after the one a list interrupted
		 * resumes the scheme: "3. Correspondence" / "1. Civic Award" / "2.
		 * Newsletter" / "4. Website" is a heading, its list and the next
		 * heading.
		 */
		if (k < nc && prev != SIZE_MAX && cs[k].family == cs[prev].family &&
			(cs[k].it.number == cs[prev].it.number + 1 ||
			 (cs[k].it.number > cs[prev].it.number && cs[k].it.number - cs[prev].it.number <= LIST_GAP &&
			  cs[k].it.number != outer + 1) ||
			 (cs[k].it.number == 0 && cs[prev].it.number == 0)))
		{
			size_t		from = cs[prev].it.body_first;

			joined = true;
			for (size_t j = from; j < cs[k].it.first_line; j++)
				if (line_usable(&d->lines[j]))
				{
					joined = false;
					break;
				}
		}
		if (joined)
		{
			run++;
			prev = k;
			continue;
		}
		if (run >= 3)
			for (size_t j = run_start; j < k; j++)
				if (cs[j].it.sub == 0)
					cs[j].listed = true;
		outer = k < nc && prev != SIZE_MAX && cs[k].family == cs[prev].family &&
			cs[k].it.number <= cs[prev].it.number ? cs[prev].it.number : -1;
		run_start = k;
		run = 1;
		prev = k;
	}
}

static int
family_rank(uint64_t family)
{
	return (int) (family >> 60);
}

/*
 * The heading scheme of a part: for every family of candidates (or only
 * the candidates of `family` that read as titles, when it is not 0), the
 * best chain of numbers that rise (or repeat) by small steps through the
 * part; the family whose chain carries the most weight wins.
 */
static void
choose_chain(cand *cs, size_t nc, uint64_t family, int *best_end, const seg_alloc *a)
{
	int			best = -1;
	/*
	 * The previous scored candidate of the same family, through a table of
	 * each family's latest: walking back over every candidate of other
	 * families was quadratic in a part whose headings each have a family
	 * of their own ("A1/17", "B1/17", ...).
	 */
	size_t		nslots = 16;
	int		   *latest;			/* by family hash: 1 + candidate, 0: empty */
	int		   *same_prev;		/* by candidate: the family's scored one before, or -1 */

	*best_end = -1;
	while (nslots < 2 * nc)
		nslots *= 2;
	latest = a->alloc(a->ctx, nslots * sizeof(int));
	memset(latest, 0, nslots * sizeof(int));
	same_prev = a->alloc(a->ctx, (nc > 0 ? nc : 1) * sizeof(int));
	for (size_t j = 0; j < nc; j++)
	{
		cand	   *c = &cs[j];
		size_t		seen = 0;
		size_t		h;

		tick(a, j);
		c->score = -1;
		if (c->listed || c->it.sub != 0 || (family != 0 && (c->family != family || c->weight < 2)))
			continue;
		c->score = c->weight;
		c->prev = -1;
		c->chain_len = 1;
		h = (size_t) ((c->family * 0x9E3779B97F4A7C15ULL) >> 32) & (nslots - 1);
		while (latest[h] != 0 && cs[latest[h] - 1].family != c->family)
			h = (h + 1) & (nslots - 1);
		same_prev[j] = latest[h] - 1;
		latest[h] = (int) j + 1;
		for (int k = same_prev[j]; k >= 0 && seen < CHAIN_WINDOW; k = same_prev[k])
		{
			const cand *b = &cs[k];
			/*
			 * A number printed twice ("4", "4") is a heading twice, but adds
			 * no weight: else numbering that starts again at 1 would gather
			 * its 1s into the chain of the numbers before it.
			 */
			int			link = b->it.number == c->it.number ? 0 : c->weight;

			seen++;

			/* "5A" joins the 5 before it, though it adds no weight */
			if (b->it.number <= c->it.number && c->it.number - b->it.number <= CHAIN_GAP &&
				(b->score + link > c->score ||
				 (c->lettered && b->it.number == c->it.number && b->score >= c->score && c->prev < 0)))
			{
				c->score = b->score + link;
				c->prev = k;
				c->chain_len = b->chain_len + 1;
			}
		}
	}
	a->release(a->ctx, same_prev);
	a->release(a->ctx, latest);
	for (size_t j = 0; j < nc; j++)
	{
		const cand *c = &cs[j];
		int			len = c->chain_len;

		if (c->score < 0)
			continue;
		/* Plain numbers and unread codes need two headings of evidence; minute_refs stand alone. */
		if (len < 2 && family_rank(c->family) >= SEG_FORM_DOT)
			continue;
		/* on equal weight, the chain with a number printed twice in it, then the better family */
		if (c->score > best ||
			(c->score == best && len > cs[*best_end].chain_len) ||
			(c->score == best && len == cs[*best_end].chain_len &&
			 family_rank(c->family) < family_rank(cs[*best_end].family)))
		{
			best = c->score;
			*best_end = (int) j;
		}
	}
}

/* The first candidate of the chain that ends at cs[end]. */
static int
chain_first(const cand *cs, int end)
{
	int			k = end;

	while (cs[k].prev >= 0)
		k = cs[k].prev;
	return k;
}

/*
 * Numbering that starts again: the minutes of a second meeting bound into
 * the same file, or a word processor's list that restarted at 1 part way
 * through the minutes.  In cs[lo, hi), the best chain of the winning
 * family's headings that read as titles, when it starts at 1 (or 0) and
 * holds two headings or more, is the scheme again.  Returns its last
 * candidate, or -1.
 *
 * Numbered lines inside an item start at 1 too.  They are a list, not a
 * restart, when its first line follows the item's heading at once or a
 * line ending in a colon ("The following matters were raised:"), when a
 * line reads as someone's report ("1. Cllr Moss reported on the
 * footpath"), and when they come after the meeting closed or was signed
 * with no new meeting's heading after that (an appendix's numbering).
 */
#define RESTART_MIN_HEADINGS 2

/* Does s[0..len) hold a date: a month's name, or "01/07/2025"? */
static bool
holds_date(const char *s, size_t len)
{
	for (size_t p = 0; p < len; p++)
	{
		if (p > 0 && tu_alnum((unsigned char) s[p - 1]))
			continue;
		if (tu_alpha((unsigned char) s[p]) && tu_month(s + p, len - p) > 0)
			return true;
		if (tu_digit((unsigned char) s[p]))
		{
			size_t		q = p;
			int			groups = 0;
			size_t		digits = 0;

			for (;;)
			{
				size_t		from = q;

				while (q < len && tu_digit((unsigned char) s[q]))
					q++;
				digits = q - from;
				groups++;
				if (q + 1 < len && (s[q] == '/' || s[q] == '.') && tu_digit((unsigned char) s[q + 1]) &&
					groups < 3)
					q++;
				else
					break;
			}
			if (groups == 3 && digits == 4)
				return true;
		}
	}
	return false;
}

/*
 * Does line i open a meeting's record: "Minutes of ...", an attendance
 * marker ("Present:", "Members present:", "Sederunt"), or a body or meeting
 * named with a date on its line or the next ("Ashcombe Community Council" /
 * "Tuesday 1st July 2025")?
 */
static bool
meeting_anchor(const seg_doc *d, size_t i, const seg_alloc *a)
{
	const seg_line *l = &d->lines[i];
	const char *s = d->doc + l->tstart;
	size_t		len = l->tend - l->tstart;
	const char *colon = memchr(s, ':', len);
	size_t		next = i + 1;

	if (tu_word_ci(s, len, "minutes") || tu_word_ci(s, len, "present"))
		return true;
	if (pp_marker_heading(d->doc, l->tstart, colon ? l->tstart + (size_t) (colon - s) : l->tend, a))
		return true;
	if (len > 160 || !((line_words(s, len) & LW_BODY) || tu_find_ci(s, len, "meeting") < len))
		return false;
	if (holds_date(s, len))
		return true;
	while (next < d->nlines && (d->lines[next].flags & SEG_BLANK))
		next++;
	return next < d->nlines &&
		holds_date(d->doc + d->lines[next].tstart, d->lines[next].tend - d->lines[next].tstart);
}

/* The people whose report a numbered line tells: "Cllr Moss reported ...". */
static const char *const report_subjects[] = {
	"cllr", "cllrs", "councillor", "councillors", "mr", "mrs", "ms", "dr", "clerk", "chair",
	"chairman", "mayor", NULL
};

/*
 * "Cllr Moss reported ...", "The Clerk explained ...": a person, then a past
 * tense in lower case ("Mill Lane speed limit" and "Applications received"
 * name no one).
 */
static bool
reads_as_report(const char *s, size_t len)
{
	size_t		p = 0;
	bool		person = false;

	while (p < len)
	{
		size_t		w;

		while (p < len && !tu_alpha((unsigned char) s[p]))
			p++;
		w = p;
		while (p < len && tu_alpha((unsigned char) s[p]))
			p++;
		if (w == p)
			return false;
		if (tu_upper((unsigned char) s[w]))
		{
			person |= tu_word_listed(s + w, p - w, report_subjects);
			continue;
		}
		return person && p - w > 3 && s[p - 2] == 'e' && s[p - 1] == 'd' && s[p - 3] != 'e';
	}
	return false;
}

/*
 * A line ending in a colon that introduces a list: "Members raised the
 * following:", not a label ("In attendance:", "Apologies:").
 */
#define LIST_INTRO_MIN_WORDS 3

static bool
introduces_list(const seg_doc *d, size_t i, const seg_alloc *a)
{
	const seg_line *l = &d->lines[i];
	const char *s = d->doc + l->tstart;
	size_t		len = l->tend - l->tstart;

	return len > 0 && s[len - 1] == ':' && count_words(s, len) >= LIST_INTRO_MIN_WORDS &&
		!pp_marker_heading(d->doc, l->tstart, l->tend - 1, a);
}

/* Is the chain ending at cs[end], after the heading before (NULL: none), a list inside an item? */
static bool
restart_is_list(const seg_doc *d, const cand *cs, int end, const seg_item *before, const seg_alloc *a)
{
	int			first = chain_first(cs, end);
	size_t		head = cs[first].it.first_line;
	bool		after = before != NULL;
	size_t		after_line = after ? before->first_line : 0;
	bool		closed = false;
	size_t		prev = after_line;
	int			titles = 0;
	int			reports = 0;

	/* most of its lines, not one, read as reports: "2. Mill Lane speed limit" is a title */
	for (int k = end; k >= 0; k = cs[k].prev)
		if (cs[k].it.title_end > cs[k].it.title_start)
		{
			titles++;
			reports += reads_as_report(d->doc + cs[k].it.title_start,
									   cs[k].it.title_end - cs[k].it.title_start);
		}
	if (reports * 2 > titles)
		return true;
	if (head == 0)
		return false;
	for (size_t i = after ? after_line + 1 : 0; i < head; i++)
	{
		const seg_line *l = &d->lines[i];

		if ((l->flags & SEG_BLANK) || (after && l->tend <= before->title_end))
			continue;
		prev = i;
		if (!after)
			continue;
		if (l->flags & SEG_CLOSING)
			closed = true;
		else if (closed && meeting_anchor(d, i, a))
			closed = false;
	}
	if (closed)
		return true;
	if (after && prev == after_line)
		return true;
	return prev < head && introduces_list(d, prev, a);
}

/*
 * The next restart in cs[lo, hi) after the heading before (NULL when it is
 * looked for before the winning chain), or -1.  After the chain, an item's
 * list is passed over and the search goes on beyond it: a later meeting
 * may follow.
 */
static int
restart_chain(const seg_doc *d, cand *cs, int lo, int hi, uint64_t family, const seg_item *before,
			  const seg_alloc *a)
{
	for (;;)
	{
		int			end;
		int			len = 0;
		int			k;

		if (hi - lo < RESTART_MIN_HEADINGS)
			return -1;
		choose_chain(cs + lo, (size_t) (hi - lo), family, &end, a);
		if (end < 0)
			return -1;
		for (k = lo + end;; k = cs[k].prev)
		{
			len++;
			if (cs[k].prev < 0)
				break;
			cs[k].prev += lo;	/* choose_chain counted from cs + lo */
		}
		if (len < RESTART_MIN_HEADINGS || cs[k].it.number > 1)
			return -1;
		if (!restart_is_list(d, cs, lo + end, before, a))
			return lo + end;
		if (before == NULL)
			return -1;
		lo += end + 1;
	}
}

void
seg_push_item(seg_doc *d, size_t *cap, const seg_item *it, const seg_alloc *a)
{
	if (d->nitems == *cap)
	{
		size_t		ncap = *cap ? *cap * 2 : 16;
		seg_item   *ni = a->alloc(a->ctx, sizeof(seg_item) * ncap);

		if (d->nitems)
			seg_copy(ni, d->items, sizeof(seg_item) * d->nitems, a);
		if (d->items)
			a->release(a->ctx, d->items);
		d->items = ni;
		*cap = ncap;
	}
	d->items[d->nitems++] = *it;
}

#define LABEL_GROUPS 4

/*
 * A code's numbers ("24/131", "15/03/7", "P.14.23"): which of them is the
 * minute's number is not known from its place, so each is tried as the
 * number of a family of its own, the code with that number blanked out
 * ("24/#", "#/131").  The family in which the numbers rise wins the chain.
 * Writes up to LABEL_GROUPS candidates to out; returns how many.
 */
static size_t
label_candidates(const seg_doc *d, const cand *base, cand *out)
{
	const char *s = d->doc;
	size_t		gstart[LABEL_GROUPS];
	size_t		gend[LABEL_GROUPS];
	int			gval[LABEL_GROUPS];
	size_t		ng = 0;
	size_t		n = 0;

	for (size_t k = base->it.label_start; k < base->it.label_end;)
	{
		size_t		q = k;
		int			v = 0;

		if (!tu_digit((unsigned char) s[k]))
		{
			k++;
			continue;
		}
		while (q < base->it.label_end && tu_digit((unsigned char) s[q]))
		{
			if (q - k < 6)
				v = v * 10 + (s[q] - '0');
			q++;
		}
		if (ng == LABEL_GROUPS || q - k > 5)
			return 0;			/* not a minute's code: a phone number, a long figure */
		gstart[ng] = k;
		gend[ng] = q;
		gval[ng] = v;
		ng++;
		k = q;
	}
	for (size_t g = 0; g < ng; g++)
	{
		uint64_t	h = 1469598103934665603ULL;

		if (gval[g] == 0)
			continue;
		for (size_t k = base->it.label_start; k < base->it.label_end; k++)
		{
			unsigned char ch = (unsigned char) s[k];

			if (k >= gstart[g] && k < gend[g])
			{
				if (k > gstart[g])
					continue;
				ch = '#';
			}
			else if (ch >= 'A' && ch <= 'Z')
				ch = (unsigned char) (ch - 'A' + 'a');
			h = (h ^ ch) * 1099511628211ULL;
		}
		out[n] = *base;
		out[n].it.form = SEG_FORM_LABEL;
		out[n].it.number = gval[g];
		out[n].it.year = 0;
		out[n].it.code = 0;
		out[n].family = ((uint64_t) SEG_FORM_LABEL << 60) | (h >> 4);
		n++;
	}
	return n;
}

/* ------------------------------------------------------------------ */
/* Documents without numbers                                          */
/* ------------------------------------------------------------------ */

/* How an unnumbered heading is set apart; the document's scheme is one of them. */
typedef enum title_shape
{
	SHAPE_MARKUP,				/* "**Election of Chair**", "## Planning" alone on its line */
	SHAPE_UNDERLINED,			/* "Matters Arising" over "---------------" */
	SHAPE_RUNIN,				/* "Planning Applications: J. Ratsey - conversion ..." */
	SHAPE_CAPITALS,				/* "APOLOGIES FOR ABSENCE" alone, prose under it */
	SHAPE_COUNT
} title_shape;

/* Unnumbered headings of one shape it takes to call it the document's scheme. */
#define TITLE_SCHEME_MIN 3
/* The longest run-in title: "Any Other Business:". */
#define RUNIN_TITLE_WORDS 6

/* "-----", "=====": a line that underlines the one above it. */
static bool
underline_line(const seg_doc *d, size_t i)
{
	const seg_line *l = &d->lines[i];
	size_t		n = 0;

	for (size_t k = l->start; k < l->end; k++)
	{
		char		ch = d->doc[k];

		if (ch == '-' || ch == '=')
			n++;
		else if (!tu_space((unsigned char) ch))
			return false;
	}
	return n >= 3;
}

/* Two lower-case words in a row: the line is prose, not a list of names. */
static bool
reads_as_prose(const char *s, size_t len)
{
	int			run = 0;

	for (size_t k = 0; k < len;)
	{
		size_t		w = k;

		while (w < len && !tu_space((unsigned char) s[w]))
			w++;
		if (w > k && tu_lower((unsigned char) s[k]))
		{
			if (++run == 2)
				return true;
		}
		else
			run = 0;
		k = w;
		while (k < len && tu_space((unsigned char) s[k]))
			k++;
	}
	return false;
}

/* "Planning Applications", "Any Other Business": a run-in title's words. */
static bool
runin_title(const char *s, size_t len)
{
	size_t		words = count_words(s, len);

	if (words == 0 || words > RUNIN_TITLE_WORDS || !tu_upper((unsigned char) s[0]))
		return false;
	for (size_t k = 0; k < len; k++)
		if (!(tu_alpha((unsigned char) s[k]) || tu_space((unsigned char) s[k]) || s[k] == '\'' ||
			  s[k] == '&' || s[k] == '-' || (unsigned char) s[k] >= 0x80))
			return false;
	return true;
}

/*
 * Read line i as an unnumbered heading of some shape; the candidate's
 * label is empty.  The shapes are ways of setting a title apart that
 * councils use when they print no numbers: a heading in markup, an
 * underlined line, a run-in title before a colon at the start of a
 * paragraph, a line in capitals with prose under it.
 */
static int
title_candidate(const seg_doc *d, size_t i, size_t first, size_t end, cand *c,
				const seg_alloc *a)
{
	const seg_line *l = &d->lines[i];
	const char *s = d->doc;
	size_t		p = l->tstart;
	size_t		e = l->tend;
	size_t		pl = prev_text_line(d, i, first);
	size_t		nl = next_text_line(d, i, end);
	bool		after_gap = pl == SIZE_MAX || pl + 1 < i;
	int			shape = -1;

	if (l->flags & (SEG_BLANK | SEG_FURNITURE | SEG_BULLET | SEG_CLOSING) || e - p < 2)
		return -1;
	memset(c, 0, sizeof(*c));
	c->prev = -1;
	c->it.form = SEG_FORM_TITLE;
	c->it.head_line = c->it.first_line = i;
	c->it.label_start = c->it.label_end = (uint32_t) p;
	c->it.title_start = (uint32_t) p;
	c->it.title_end = (uint32_t) e;
	c->it.body_first = i + 1;
	if (decision_word_at(s + p, e - p) || tu_digit((unsigned char) s[p]))
		return -1;
	if (i + 1 < end && underline_line(d, i + 1) && seg_title_like(s + p, e - p))
	{
		shape = SHAPE_UNDERLINED;
		c->it.body_first = i + 2;
		nl = next_text_line(d, i + 1, end);
	}
	else if ((l->flags & SEG_MARKUP) && seg_title_like(s + p, e - p) && !sentence_like(s + p, e - p))
		shape = SHAPE_MARKUP;
	else if (after_gap && !(l->flags & SEG_MARKUP))
	{
		size_t		colon = p;

		while (colon < e && s[colon] != ':' && colon - p <= 60)
			colon++;
		if (colon < e && s[colon] == ':' && colon + 1 < e && runin_title(s + p, colon - p))
		{
			shape = SHAPE_RUNIN;
			c->it.title_end = (uint32_t) colon;
			c->it.body_first = i;
			c->it.body_from = (uint32_t) skip_spaces(s, colon + 1, e);
			if (c->it.body_from >= e)
			{
				c->it.body_first = i + 1;
				c->it.body_from = 0;
			}
			/* "Present: ...", "Apologies: ...": the attendance header, in the same form */
			if (pp_marker_heading(s, p, colon, a))
				return -1;
			return shape;
		}
		if (mostly_upper(s + p, e - p) && seg_title_like(s + p, e - p) && nl == i + 1 &&
			!(d->lines[nl].flags & SEG_BULLET) &&
			reads_as_prose(s + d->lines[nl].tstart, d->lines[nl].tend - d->lines[nl].tstart))
			shape = SHAPE_CAPITALS;
	}
	if (shape < 0 || nl == SIZE_MAX)
		return -1;
	/* A heading needs text under it: not another heading straight after. */
	if ((shape == SHAPE_MARKUP && (d->lines[nl].flags & SEG_MARKUP)) ||
		(shape == SHAPE_UNDERLINED && nl + 1 < end && underline_line(d, nl + 1)))
		return -1;
	/* "Present" over a list of names is the attendance header, not an item */
	if (pp_marker_heading(s, p, e, a) &&
		((d->lines[nl].flags & SEG_BULLET) ||
		 !reads_as_prose(s + d->lines[nl].tstart, d->lines[nl].tend - d->lines[nl].tstart)))
		return SHAPE_COUNT;
	return shape;
}

/*
 * The items of a part that prints no numbers: the headings of the shape
 * that occurs most (at least TITLE_SCHEME_MIN times), after the attendance
 * header when the document has one.  Labels and refs are empty.
 */
static void
title_items(seg_doc *d, const seg_part *part, size_t *cap, const seg_alloc *a)
{
	size_t		count[SHAPE_COUNT] = {0};
	size_t		best = SHAPE_COUNT;
	size_t		after = part->first;
	size_t		n = part->end - part->first;
	signed char *shapes = a->alloc(a->ctx, n > 0 ? n : 1);	/* each line's, read once */
	cand		c;

	for (size_t i = part->first; i < part->end; i++)
	{
		int			shape;

		tick(a, i);
		shape = title_candidate(d, i, part->first, part->end, &c, a);
		shapes[i - part->first] = (signed char) shape;
		if (shape == SHAPE_COUNT)
			after = i + 1;		/* the items start after the attendance header */
		else if (shape >= 0)
			count[shape]++;
	}
	for (size_t k = 0; k < SHAPE_COUNT; k++)
		if (count[k] >= TITLE_SCHEME_MIN && (best == SHAPE_COUNT || count[k] > count[best]))
			best = k;
	/* only the scheme's headings are read again, for their spans */
	for (size_t i = after; best < SHAPE_COUNT && i < part->end; i++)
	{
		tick(a, i);
		if (shapes[i - part->first] == (signed char) best &&
			title_candidate(d, i, part->first, part->end, &c, a) == (int) best)
			seg_push_item(d, cap, &c.it, a);
	}
	a->release(a->ctx, shapes);
}

static void
items_of_part(seg_doc *d, const seg_part *part, size_t *cap, const seg_alloc *a)
{
	cand	   *cs;
	size_t		nc = 0;
	size_t		ccap = part->end - part->first + 1 + LABEL_GROUPS;
	int			end_idx;
	int		   *chain;
	size_t		nchain = 0;
	int		   *ends;
	size_t		nends;

	cs = a->alloc(a->ctx, sizeof(cand) * ccap);
	for (size_t i = part->first; i < part->end; i++)
	{
		tick(a, i);
		if (nc + 1 + LABEL_GROUPS > ccap)
		{
			cand	   *ncs = a->alloc(a->ctx, sizeof(cand) * ccap * 2);

			seg_copy(ncs, cs, sizeof(cand) * nc, a);
			a->release(a->ctx, cs);
			cs = ncs;
			ccap *= 2;
		}
		if (read_candidate(d, i, part->first, part->end, &cs[nc]))
		{
			if (cs[nc].coded)
			{
				cand		base = cs[nc];
				size_t		nl;

				/* a code minute_ref reads keeps its own candidate; the others are labels only */
				if (base.family != 1)
					nc++;
				nl = label_candidates(d, &base, &cs[nc]);
				nc += nl;
			}
			else
				nc++;
		}
	}
	mark_lists(d, cs, nc);
	choose_chain(cs, nc, 0, &end_idx, a);
	if (end_idx < 0)
	{
		a->release(a->ctx, cs);
		title_items(d, part, cap, a);
		return;
	}
	/* the chains' last candidates, in document order */
	ends = a->alloc(a->ctx, sizeof(int) * nc);
	ends[0] = end_idx;
	nends = 1;
	for (;;)
	{
		/* numbering that starts again before the chain: an earlier meeting */
		int			lo = chain_first(cs, ends[0]);
		int			e = restart_chain(d, cs, 0, lo, cs[ends[0]].family, NULL, a);

		if (e < 0)
			break;
		memmove(ends + 1, ends, sizeof(int) * nends);
		ends[0] = e;
		nends++;
	}
	for (;;)
	{
		/* and after it: a later meeting, or a list numbering that restarted */
		int			e = restart_chain(d, cs, ends[nends - 1] + 1, (int) nc, cs[end_idx].family,
									  &cs[ends[nends - 1]].it, a);

		if (e < 0)
			break;
		ends[nends++] = e;
	}
	chain = a->alloc(a->ctx, sizeof(int) * nc);
	for (size_t r = 0; r < nends; r++)
	{
		size_t		part_stop = r + 1 < nends ? cs[chain_first(cs, ends[r + 1])].it.first_line : part->end;

		nchain = 0;
		for (int k = ends[r]; k >= 0; k = cs[k].prev)
			chain[nchain++] = k;
		for (size_t n = nchain; n-- > 0;)
		{
			const cand *c = &cs[chain[n]];
			int			major = c->it.number;
			int			want = 1;
			size_t		stop = n > 0 ? cs[chain[n - 1]].it.first_line : part_stop;

			seg_push_item(d, cap, &c->it, a);
			/*
			 * Sub-minutes ("338.1") belong to item 338 when the numbering runs
			 * on through the year; where it starts at 1 with each meeting,
			 * "1.1" is paragraph numbering.
			 */
			if (cs[chain[nchain - 1]].it.number <= 1)
				continue;
			for (size_t k = (size_t) chain[n] + 1; k < nc && cs[k].it.first_line < stop; k++)
				if (cs[k].it.sub == want && cs[k].it.number == major)
				{
					seg_item	sub = cs[k].it;

					sub.form = c->it.form;
					seg_push_item(d, cap, &sub, a);
					want++;
				}
		}
	}
	a->release(a->ctx, chain);
	a->release(a->ctx, ends);
	a->release(a->ctx, cs);
}

static bool decision_line(const seg_doc *d, size_t i);

/*
 * Do the items found from index `from` on read as a record: decisions under
 * at least two of them, and under one in three?  An agenda's items have
 * none; the minutes bound into an agenda pack, under "Agenda Item 3", do.
 */
static bool
items_hold_decisions(const seg_doc *d, size_t from, const seg_part *part, const seg_alloc *a)
{
	size_t		with = 0;

	for (size_t k = from; k < d->nitems; k++)
	{
		size_t		stop = k + 1 < d->nitems ? d->items[k + 1].first_line : part->end;

		for (size_t i = d->items[k].body_first; i < stop; i++)
		{
			tick(a, i);
			if (line_usable(&d->lines[i]) && decision_line(d, i))
			{
				with++;
				break;
			}
		}
	}
	return with >= 2 && with * 3 >= d->nitems - from;
}

void
seg_items(seg_doc *d, const seg_alloc *a)
{
	size_t		cap = 0;

	d->nitems = 0;
	for (size_t p = 0; p < d->nparts; p++)
	{
		const seg_part *part = &d->parts[p];
		size_t		before = d->nitems;

		if (part->kind == SEG_PART_MINUTES ||
			(part->kind == SEG_PART_AGENDA && agenda_holds_record(d, part, a)))
			items_of_part(d, part, &cap, a);
		else if (part->kind == SEG_PART_AGENDA)
		{
			/* a part's kind is judged by its content too: a record under an agenda's title */
			items_of_part(d, part, &cap, a);
			if (!items_hold_decisions(d, before, part, a))
				d->nitems = before;
		}
	}
	seg_finish_items(d, a);
}

/* ------------------------------------------------------------------ */
/* Bodies, ends, orphaned decisions                                   */
/* ------------------------------------------------------------------ */

static bool
decision_line(const seg_doc *d, size_t i)
{
	const seg_line *l = &d->lines[i];
	const char *s = d->doc + l->tstart;
	size_t		len = l->tend - l->tstart;
	size_t		p = 0;
	bool		digit = false;

	/* "27/24 RESOLVED: ..." - the minute it belongs to may open it */
	while (p < len && (tu_alnum((unsigned char) s[p]) || s[p] == '/' || s[p] == '.'))
		digit |= tu_digit((unsigned char) s[p++]);
	if (digit && p < len && tu_space((unsigned char) s[p]))
	{
		while (p < len && tu_space((unsigned char) s[p]))
			p++;
		s += p;
		len -= p;
	}
	return tu_word_ci(s, len, "resolved") || tu_word_ci(s, len, "agreed") ||
		tu_word_ci(s, len, "decision") || tu_word_ci(s, len, "it was resolved");
}

size_t
seg_clean_orphan(const seg_doc *d, const seg_item *it, char *out)
{
	size_t		o = 0;
	size_t		dl = SIZE_MAX;

	for (size_t i = it->orphan_first; i < it->orphan_end; i++)
		if (line_usable(&d->lines[i]) && decision_line(d, i))
		{
			dl = i;
			break;
		}
	if (dl == SIZE_MAX)
		return seg_clean(d, it->orphan_first, it->orphan_end, out);
	o = seg_clean(d, dl, dl + 1, out);
	if (dl > it->orphan_first)
	{
		size_t		w;

		out[o] = '\n';
		out[o + 1] = '\n';
		w = seg_clean(d, it->orphan_first, dl, out + o + 2);
		if (w > 0)
			o += 2 + w;
	}
	if (dl + 1 < it->orphan_end)
	{
		size_t		w;

		out[o] = '\n';
		out[o + 1] = '\n';
		w = seg_clean(d, dl + 1, it->orphan_end, out + o + 2);
		if (w > 0)
			o += 2 + w;
	}
	return o;
}

/*
 * The words of the text an orphaned decision is compared with: every run
 * of 4 to 31 letters in it, folded, in an open-addressing table.  Built
 * once the plain search has been asked often, so that matching the titles
 * of a part's many items (or one very long title) against the text costs
 * the length of the titles, not that times the text's.
 */
#define OVERLAP_WORD_MAX 31
#define OVERLAP_PLAIN_TRIES 256

typedef struct word_set
{
	const char *text;
	size_t		tlen;
	uint32_t   *slots;			/* pos | len << 12 | tag << 17; 0: empty (len is never 0) */
	size_t		mask;
	size_t		tries;			/* plain searches so far */
} word_set;

static uint32_t
fold_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}

static bool
folded_equal(const char *text, size_t pos, const char *word, size_t w)
{
	for (size_t k = 0; k < w; k++)
		if (tu_fold((unsigned char) text[pos + k]) != (unsigned char) word[k])
			return false;
	return true;
}

static void
word_set_build(word_set *ws, const seg_alloc *a)
{
	size_t		nslots = 64;
	const char *t = ws->text;

	/* tlen is at most 4096: positions take 12 bits */
	while (nslots < 2 * (OVERLAP_WORD_MAX - 3) * ws->tlen)
		nslots *= 2;
	ws->slots = a->alloc(a->ctx, nslots * sizeof(uint32_t));
	memset(ws->slots, 0, nslots * sizeof(uint32_t));
	ws->mask = nslots - 1;
	for (size_t i = 0; i < ws->tlen; i++)
	{
		uint32_t	h = 2166136261u;

		if (!tu_alpha((unsigned char) t[i]))
			continue;
		for (size_t n = 1; n <= OVERLAP_WORD_MAX && i + n <= ws->tlen &&
			 tu_alpha((unsigned char) t[i + n - 1]); n++)
		{
			uint32_t	entry;
			size_t		j;

			h = fold_step(h, tu_fold((unsigned char) t[i + n - 1]));
			if (n < 4)
				continue;
			entry = (uint32_t) i | (uint32_t) n << 12 | (h >> 17) << 17;
			for (j = h & ws->mask; ws->slots[j] != 0; j = (j + 1) & ws->mask)
			{
				uint32_t	o = ws->slots[j];

				if ((o >> 12) == (entry >> 12))
				{
					size_t		op = o & 0xFFF;
					bool		same = true;

					for (size_t k = 0; k < n && same; k++)
						same = tu_fold((unsigned char) t[op + k]) == tu_fold((unsigned char) t[i + k]);
					if (same)
						break;
				}
			}
			if (ws->slots[j] == 0)
				ws->slots[j] = entry;
		}
	}
}

/* Does the folded word w occur in the text, as tu_find_ci() would find it? */
static bool
word_in_text(word_set *ws, const char *word, size_t w, const seg_alloc *a)
{
	uint32_t	h = 2166136261u;
	uint32_t	key;

	if (ws->slots == NULL && ws->tries++ < OVERLAP_PLAIN_TRIES)
		return tu_find_ci(ws->text, ws->tlen, word) < ws->tlen;
	if (ws->slots == NULL)
		word_set_build(ws, a);
	for (size_t k = 0; k < w; k++)
		h = fold_step(h, (unsigned char) word[k]);
	key = (uint32_t) w | (h >> 17) << 5;
	for (size_t j = h & ws->mask; ws->slots[j] != 0; j = (j + 1) & ws->mask)
	{
		uint32_t	o = ws->slots[j];

		if ((o >> 12) == key && folded_equal(ws->text, o & 0xFFF, word, w))
			return true;
	}
	return false;
}

/* How many words of at least four letters of the title occur in the text? */
static int
title_overlap(const seg_doc *d, const seg_item *it, word_set *ws, const seg_alloc *a)
{
	const char *t = d->doc + it->title_start;
	size_t		len = it->title_end - it->title_start;
	int			hits = 0;

	for (size_t i = 0; i < len;)
	{
		char		word[OVERLAP_WORD_MAX + 1];
		size_t		w = 0;

		while (i < len && !tu_alpha((unsigned char) t[i]))
			i++;
		while (i < len && tu_alpha((unsigned char) t[i]))
		{
			if (w < sizeof(word) - 1)
				word[w++] = (char) tu_fold((unsigned char) t[i]);
			i++;
		}
		word[w] = '\0';
		if (w >= 4 && word_in_text(ws, word, w, a))
			hits++;
	}
	return hits;
}

/*
 * The parts divide the lines in order, so the part of a line is found by
 * bisection: this is asked for every item, and a pack can have as many
 * parts as items.
 */
static size_t
part_end_of_line(const seg_doc *d, size_t line)
{
	size_t		lo = 0;
	size_t		hi = d->nparts;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (d->parts[mid].first <= line)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* lo - 1 is the last part that starts at or before the line */
	if (lo > 0 && line < d->parts[lo - 1].end)
		return d->parts[lo - 1].end;
	return d->nlines;
}

/*
 * The item of this part (items 0..k, all ending at pend) whose coded label
 * ("27/24", "PC12/23") opens line i, or SIZE_MAX.  A bare number names
 * nothing: "5." opens too many lines.
 */
static size_t
item_named_by(const seg_doc *d, size_t i, size_t k, size_t pend)
{
	const char *t = d->doc + d->lines[i].tstart;
	size_t		tlen = d->lines[i].tend - d->lines[i].tstart;

	for (size_t m = k + 1; m-- > 0;)
	{
		const seg_item *it = &d->items[m];
		const char *label = d->doc + it->label_start;
		size_t		llen = it->label_end - it->label_start;
		bool		coded = false;

		if (part_end_of_line(d, it->head_line) != pend)
			break;
		for (size_t c = 0; c < llen; c++)
			if (label[c] == '/' || tu_alpha((unsigned char) label[c]))
				coded = true;
		if (coded && llen >= 3 && llen < tlen && memcmp(t, label, llen) == 0 &&
			!tu_alnum((unsigned char) t[llen]) && t[llen] != '/')
			return m;
	}
	return SIZE_MAX;
}

void
seg_finish_items(seg_doc *d, const seg_alloc *a)
{
	for (size_t k = 0; k < d->nitems; k++)
	{
		seg_item   *it = &d->items[k];
		size_t		pend = part_end_of_line(d, it->head_line);
		size_t		end = pend;
		size_t		last;

		tick(a, k);

		if (k + 1 < d->nitems && d->items[k + 1].first_line < end)
			end = d->items[k + 1].first_line;
		if (it->body_first > end)
			it->body_first = end;
		it->orphan_first = it->orphan_end = 0;
		/* The last item of a part ends where the meeting closes. */
		if (k + 1 == d->nitems || d->items[k + 1].first_line >= pend)
		{
			for (size_t j = it->body_first; j < end; j++)
				if (d->lines[j].flags & SEG_CLOSING)
				{
					size_t		after = j;
					size_t		dl = SIZE_MAX;

					end = j;
					/* A decision printed after the signature belongs to an item of this part. */
					while (after < pend && ((d->lines[after].flags & SEG_CLOSING) ||
											!line_usable(&d->lines[after])))
						after++;
					for (size_t m = after; m < pend; m++)
						if (line_usable(&d->lines[m]) && decision_line(d, m))
						{
							dl = m;
							break;
						}
					if (dl != SIZE_MAX)
					{
						size_t		best = k;
						int			best_hits = 0;
						word_set	ws = {d->doc + d->lines[after].start,
							d->lines[pend - 1].end - d->lines[after].start, NULL, 0, 0};
						size_t		named = item_named_by(d, dl, k, pend);

						if (ws.tlen > 4096)
							ws.tlen = 4096;
						/* "27/24 RESOLVED: That ..." names its item; else the one whose title it echoes */
						for (size_t m = named != SIZE_MAX ? 0 : k + 1; m-- > 0;)
						{
							int			h;

							tick(a, m);
							if (part_end_of_line(d, d->items[m].head_line) != pend)
								break;
							h = title_overlap(d, &d->items[m], &ws, a);
							if (h > best_hits)
							{
								best_hits = h;
								best = m;
							}
						}
						if (ws.slots != NULL)
							a->release(a->ctx, ws.slots);
						if (named != SIZE_MAX)
							best = named;
						d->items[best].orphan_first = after;
						d->items[best].orphan_end = pend;
					}
					break;
				}
		}
		it->body_end = end > it->body_first ? end : it->body_first;
		/* The item's span ends at its last line of text. */
		last = it->first_line;
		for (size_t j = end; j-- > it->first_line;)
			if (line_usable(&d->lines[j]))
			{
				last = j;
				break;
			}
		if (last < it->head_line)
			last = it->head_line;
		it->start = d->lines[it->first_line].start;
		it->end = d->lines[last].end;
	}
}
