/*
 * seg_lines.c - the line table of a document and its page furniture.
 *
 * One pass splits the text into lines and flags each: blank, page furniture
 * (page numbers, signature and closing lines, running headers and footers
 * found by how often their words repeat), a flowed page split at its in-line
 * headings.  Every later stage reads this table, never the raw text.
 */
#include "seg_stages.h"

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

/* What a meeting does at its end, after "The meeting ...": "The meeting closed at 9.05 pm". */
static const char *const closing_verbs[] = {
	"ended", "terminated", "closed", "finished", "concluded", "rose", NULL
};

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
		for (size_t k = 0; closing_verbs[k]; k++)
			if (tu_word_ci(s + p, len - p, closing_verbs[k]))
				return true;
		return false;
	}
	return is_signature_line(s, len);
}

/*
 * A key for spotting running headers: folded, markup-free, spaces collapsed.
 * The key's bytes are hashed eight at a time (acc holds those of a word not
 * yet full), so that a run of plain bytes is folded and hashed as one word:
 * the same key gives the same hash however its line was printed.
 */
typedef struct key_state
{
	uint64_t	hash;
	uint64_t	acc;			/* the key's last len % 8 bytes, the first in the low byte */
	size_t		len;
	bool		digit;
	bool		space;
} key_state;

static void
key_init(key_state *k)
{
	k->hash = 1469598103934665603ULL;
	k->acc = 0;
	k->len = 0;
	k->digit = false;
	k->space = false;
}

static uint64_t
key_mix(uint64_t hash, uint64_t word)
{
	hash = (hash ^ word) * 0x9E3779B97F4A7C15ULL;
	return hash ^ (hash >> 29);
}

static void
key_byte(key_state *k, unsigned char c)
{
	k->acc |= (uint64_t) c << (8 * (k->len & 7));
	if ((++k->len & 7) == 0)
	{
		k->hash = key_mix(k->hash, k->acc);
		k->acc = 0;
	}
}

/* Eight key bytes at once: w, its first byte in the low byte. */
static void
key_word(key_state *k, uint64_t w)
{
	unsigned	shift = 8 * (unsigned) (k->len & 7);

	if (shift == 0)
		k->hash = key_mix(k->hash, w);
	else
	{
		k->hash = key_mix(k->hash, k->acc | w << shift);
		k->acc = w >> (64 - shift);
	}
	k->len += 8;
}

/* The hash of the key fed so far (the key may go on being fed). */
static uint64_t
key_hash(const key_state *k)
{
	return key_mix(key_mix(k->hash, k->acc), k->len);
}

/*
 * Eight bytes the key takes as they are, folded: printable ASCII and single
 * spaces between words (neither first nor last), none of the markup bytes
 * key_feed() drops.
 */
static bool
key_plain8(uint64_t x)
{
	uint64_t	spaces = tu_bytes_equal8(x, ' ');

	return ((x | tu_below_hits8(x | spaces >> 1, '!')) & TU_HIGHS8) == 0 &&
		(spaces & (spaces >> 8 | TU_HIGHS8 >> 56 << 56 | 0x80)) == 0 &&
		(tu_byte_hits8(x, '*') | tu_byte_hits8(x, '#') | tu_byte_hits8(x, '_')) == 0;
}

/* x's ASCII capitals in lower case (x holds no byte above 0x7F). */
static uint64_t
key_fold8(uint64_t x)
{
	uint64_t	from_a = x + TU_ONES8 * (0x80 - 'A');	/* high bit: x >= 'A' */
	uint64_t	past_z = x + TU_ONES8 * (0x80 - 'Z' - 1);	/* high bit: x > 'Z' */

	return x | ((from_a & ~past_z & TU_HIGHS8) >> 2);
}

static void
key_feed(key_state *k, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		n;

		if (!k->space && i + 8 <= len)
		{
			uint64_t	x = tu_load8(s + i);

			if (key_plain8(x))
			{
				if (tu_has_digit8(x))
					k->digit = true;
				key_word(k, key_fold8(x));
				i += 7;
				continue;
			}
		}
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

/* Does s[0..len) hold an ASCII digit? */
static bool
holds_digit(const char *s, size_t len)
{
	size_t		i = 0;

	for (; i + 8 <= len; i += 8)
		if (tu_has_digit8(tu_load8(s + i)))
			return true;
	for (; i < len; i++)
		if (tu_digit((unsigned char) s[i]))
			return true;
	return false;
}

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

size_t
seg_count_words(const char *s, size_t len)
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

/* The words seg_line_words() reads: the decision verbs whole, the body words as openings. */
static tu_wordset_row line_word_rows[sizeof(body_words) / sizeof(body_words[0]) + RES_DECISION_VERB_COUNT];
static tu_wordset line_word_set;

static void
build_line_words(void)
{
	tu_wordset_init(&line_word_set, line_word_rows, sizeof(line_word_rows) / sizeof(line_word_rows[0]));
	tu_wordset_add_list(&line_word_set, res_decision_verbs, LW_DECISION);
	for (size_t v = 0; body_words[v]; v++)
		tu_wordset_add(&line_word_set, body_words[v], strlen(body_words[v]), SIZE_MAX, LW_BODY);
}

/* What the words of s[0..len) hold, in one pass over them. */
unsigned
seg_line_words(const char *s, size_t len)
{
	static bool ready = false;
	unsigned	found = 0;

	if (!ready)
	{
		build_line_words();
		ready = true;
	}
	for (size_t p = 0; p < len;)
	{
		size_t		q;

		if (!tu_alpha((unsigned char) s[p]))
		{
			p++;
			continue;
		}
		q = tu_letters_end(s, p, len);
		found |= tu_wordset_tells(&line_word_set, s + p, q - p);
		p = q;
	}
	return found;
}

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
	if (s[len - 1] == ':' && seg_count_words(s, len) >= 3)
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
	words = seg_line_words(s, len);
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
		seg_tick(a, i);
		if (!eligible)
			continue;
		{
			const char *ls = d->doc + l->tstart;
			size_t		ll = l->tend - l->tstart;
			size_t		kept = without_folio(ls, ll);
			key_state	whole;

			/*
			 * A key is kept only with a digit or a body's name in its text:
			 * one is hashed only then (k.digit is whether its text holds a
			 * digit), for most lines of minutes have neither.
			 */
			bool		hashed = holds_digit(ls, kept) || body;

			if (hashed)
			{
				key_init(&k);
				key_feed(&k, ls, kept);
				whole = k;
				if (k.len >= 8)
					keys = push_key(keys, &nk, &cap, (key_entry) {key_hash(&k), (uint32_t) i, 1, k.digit && body}, a);
			}
			next_body = false;
			next_eligible = i + 1 < n && header_eligible(d, i + 1, &next_body);
			next_known = true;
			if (next_eligible)
			{
				const seg_line *m = &d->lines[i + 1];
				const char *ms = d->doc + m->tstart;
				size_t		ml = m->tend - m->tstart;
				size_t		mkept = without_folio(ms, ml);

				body = body || next_body;
				if (body || holds_digit(ls, kept < ll ? ll : kept) || holds_digit(ms, mkept))
				{
					/* the pair's key goes on from line i's whole text, most often its key */
					if (kept < ll || !hashed)
					{
						key_init(&k);
						key_feed(&k, ls, kept < ll ? ll : kept);
					}
					else
						k = whole;
					key_feed(&k, ms, mkept);
					if (k.len <= 200)
						keys = push_key(keys, &nk, &cap, (key_entry) {key_hash(&k), (uint32_t) i, 2, k.digit && body}, a);
				}
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
 * Does doc[q) follow the end of a sentence and a space: ". ", ") ", ": ",
 * "? ", or a closing quote ('... during this meeting?" There was ...')?
 */
static bool
after_sentence(const char *doc, size_t p, size_t q)
{
	if (q < p + 2 || doc[q - 1] != ' ')
		return false;
	if (doc[q - 2] == '.' || doc[q - 2] == ')' || doc[q - 2] == ':' || doc[q - 2] == '?' ||
		doc[q - 2] == '"')
		return true;
	/* a closing curly quote, U+201D */
	return q >= p + 4 && (unsigned char) doc[q - 4] == 0xE2 && (unsigned char) doc[q - 3] == 0x80 &&
		(unsigned char) doc[q - 2] == 0x9D;
}

/*
 * A heading number at doc[q): digits ("2", "14", "2023"), maybe a part
 * (".046") or a year ("/17"), maybe a full stop.  Returns its end, or q
 * when there is none; *value is its number, *year its year digits' value
 * (-1 when none), *dotted whether a full stop ends it.
 */
static size_t
heading_number_at(const char *doc, size_t q, size_t end, long *value, long *year, bool *dotted)
{
	size_t		k = q;

	*value = 0;
	*year = -1;
	*dotted = false;
	if (q >= end || !tu_digit((unsigned char) doc[q]) || doc[q] == '0')
		return q;
	while (k < end && tu_digit((unsigned char) doc[k]))
	{
		if (k - q >= 4)
			return q;
		*value = *value * 10 + (doc[k++] - '0');
	}
	if (k + 1 < end && doc[k] == '.' && tu_digit((unsigned char) doc[k + 1]))
	{
		size_t		f = ++k;

		while (k < end && tu_digit((unsigned char) doc[k]))
			k++;
		if (k - f > 3)
			return q;
	}
	else if (k + 2 < end && doc[k] == '/' && tu_digit((unsigned char) doc[k + 1]) &&
			 tu_digit((unsigned char) doc[k + 2]))
	{
		size_t		f = ++k;

		*year = 0;
		while (k < end && tu_digit((unsigned char) doc[k]))
		{
			if (k - f >= 4)
				return q;		/* no year: a reference's digits ("12/345678") */
			*year = *year * 10 + (doc[k++] - '0');
		}
		if (k - f != 2 && k - f != 4)
			return q;
	}
	if (k < end && doc[k] == '.')
	{
		*dotted = true;
		k++;
	}
	return k;
}

/*
 * Where the next heading starts inside flowed text doc[p, end): after a
 * space, a number ("2.", "14", "2023.046", "71/17"), a space, and a word
 * in capitals ("2. DECLARATIONS OF INTEREST", "2023.047 MINUTES"); or,
 * after a finished sentence, a dotted or year-numbered one and a
 * capitalised word ("... was duly elected. 6. The Minutes of ...", "...
 * detained at work. 71/17 Declaration of Interest").  Returns end when
 * there is none.  Scans each byte once: the search resumes where it stopped.
 */
static size_t
flow_break(const char *doc, size_t p, size_t end)
{
	for (size_t q = p + 1; q + 4 < end; q++)
	{
		long		value;
		long		year;
		bool		dotted;
		size_t		k;

		/* most of a flowed page is words: eight bytes with no digit at once */
		if (q + 8 <= end && !tu_has_digit8(tu_load8(doc + q)))
		{
			q += 7;
			continue;
		}

		if (!tu_digit((unsigned char) doc[q]) || doc[q - 1] != ' ')
			continue;
		k = heading_number_at(doc, q, end, &value, &year, &dotted);
		if (k == q)
		{
			while (q + 1 < end && tu_digit((unsigned char) doc[q + 1]))
				q++;
			continue;
		}
		/* (a year-numbered one after a sentence: "FEES AND CHARGES 2024/25 RESOLVED" is one title) */
		if (k + 3 < end && doc[k] == ' ' && tu_upper((unsigned char) doc[k + 1]) &&
			tu_upper((unsigned char) doc[k + 2]) && tu_upper((unsigned char) doc[k + 3]) &&
			(year < 0 || after_sentence(doc, p, q)))
			return q;
		if (k + 2 < end && (dotted || year >= 0) && doc[k] == ' ' && tu_upper((unsigned char) doc[k + 1]) &&
			tu_lower((unsigned char) doc[k + 2]) && after_sentence(doc, p, q))
			return q;
		q = k;
	}
	return end;
}

/*
 * A shorter line splits only where it holds the heading after its own,
 * after a finished sentence: "5. Election of Vice-Chairman ... Cllr Peake
 * was duly elected. 6. The Minutes of ..." (some of a page's line breaks
 * lost).  The line opens with "N. " or "N/YY "; returns where "N+1. " (or
 * "N+1/YY ") and a capital follow the end of a sentence, or end when there
 * is none, or when another number of the form comes first there (a list
 * the item holds: "Members raised the following: 1. The hedge ...").
 */
static size_t
next_heading_break(const char *doc, size_t p, size_t end)
{
	size_t		q = p;
	long		n;
	long		year;
	bool		dotted;
	size_t		k;

	while (q < end && doc[q] == ' ')
		q++;
	k = heading_number_at(doc, q, end, &n, &year, &dotted);
	if (k == q || k + 1 >= end || doc[k] != ' ' || !(dotted || year >= 0))
		return end;
	for (size_t r = k + 1; r + 4 < end; r++)
	{
		long		m;
		long		my;
		bool		md;
		size_t		f;

		if (!tu_digit((unsigned char) doc[r]) || !after_sentence(doc, p, r))
			continue;
		f = heading_number_at(doc, r, end, &m, &my, &md);
		if (f == r || my != year || md != dotted || f + 1 >= end || doc[f] != ' ' ||
			!tu_upper((unsigned char) doc[f + 1]))
			continue;
		if (m != n + 1)
			return end;			/* a list inside the item: "... the following: 1. The hedge ... 2. ..." */
		return r;
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
	size_t		run_on_at = SIZE_MAX;	/* where next_heading_break() split it */

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

		seg_tick(a, k);
		if (line_end == SIZE_MAX || line_end < p)
		{
			const char *nl = memchr(doc + p, '\n', len - p);

			line_end = nl ? (size_t) (nl - doc) : len;
			line_start = p;
		}
		end = line_end;
		resume = end + 1;
		{
			/* a page that lost its line breaks: a line for each heading in it */
			bool		flowed = line_end - line_start > FLOW_LINE_MIN;
			size_t		brk = flowed ? flow_break(doc, p, line_end) : next_heading_break(doc, p, line_end);

			if (brk < line_end)
			{
				end = brk;
				resume = brk;
				if (!flowed)
					run_on_at = brk;
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
		l->flags = (space ? SEG_SPACE : 0) | (p == run_on_at ? SEG_RUN_ON : 0);
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
			/*
			 * "blank" first: its letter is rarer than the i of "intentionally";
			 * and before it its k, found without setting up a search.
			 */
			else if (sl < 80 && (memchr(s, 'k', sl) != NULL || memchr(s, 'K', sl) != NULL) &&
					 tu_find_ci(s, sl, "blank") < sl && tu_find_ci(s, sl, "intentionally left blank") < sl)
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

