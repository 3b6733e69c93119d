/*
 * resolve.c - single resolutions in a minute item's decision blocks.
 *
 * Works line by line through the item: a decision keyword opens a block;
 * the block runs over the lines that carry its entries (numbered, lettered,
 * bulleted, or continuing the previous one) and ends at the first paragraph
 * that is narrative again, at "Proposed by", or at the next block.
 */
#include "resolve.h"
#include "reskind.h"

#include <string.h>

#include "textutil.h"

#define DEDUP_SLOTS 64

#define LENGTH_OF(a) (sizeof(a) / sizeof((a)[0]))

/* Sentence starts of one line kept for a second reading of it (sentence_after()). */
#define SENTENCE_MEMO 16

/* Bytes read between two calls of the caller's tick. */
#define TICK_BYTES 65536

typedef enum marker_style
{
	STYLE_NONE,
	STYLE_NUMBER,
	STYLE_ALPHA,
	STYLE_ROMAN,
	STYLE_BULLET
} marker_style;

typedef struct marker
{
	marker_style style;
	size_t		label_start;
	size_t		label_end;
	size_t		content;		/* where the entry's text begins */
	int			value;			/* 1, 2, ... for numbers, letters and romans */
} marker;

typedef struct block_state
{
	/* (wide members first, flags last: no padding between them) */
	const char *t;
	size_t		len;
	res_emit_fn emit;
	void		(*tick) (void *ctx);
	void	   *ctx;
	size_t		next_tick;		/* tick when the scan reaches this byte */
	uint64_t	seen[DEDUP_SLOTS];
	size_t		emitted;		/* entries emitted so far */
	size_t		nseen;
	res_entry	proto;			/* lead-in and votes of the current block */
	size_t		kind_lead_start;	/* the lead-in lead_kind was found for */
	size_t		kind_lead_end;		/* (equal: none yet) */
	/* the last sentence narrative_decisions() read, for a movers' note on the line below */
	size_t		last_s;
	size_t		last_line_end;	/* the end of its line; 0: none */
	/* the resolution's own number printed after the keyword ("Resolved 15/03/11.01"); equal: none */
	size_t		number_start;
	size_t		number_end;
	int			trigger_kind;	/* the block's own verb: "AGREED", "Cabinet agreed:" */
	int			lead_kind;		/* reskind_by_words() of that lead-in */
	int			lead_verb_kind; /* reskind_by_verb() of it */
	int			forced_kind;	/* a bare "Noted." says the kind itself; -1: none */
	int			welsh;			/* no English decision word, the Welsh ones read: 1, 0, or -1 not yet known */
	/*
	 * next_sentence() of the line that ends at memo_end, as next_opening()
	 * found them: narrative_decisions() then cuts the same line at the
	 * same places, and reads them here rather than scan the line again.
	 */
	size_t		memo_end;
	size_t		memo_from[SENTENCE_MEMO];
	size_t		memo_next[SENTENCE_MEMO];
	size_t		nmemo;
	bool		stopped;
	bool		repeats;		/* the entry's wording may recur: "All Councillors were content." */
	bool		information_only;	/* the block's list is for information: nothing is emitted */
	bool		last_decided;	/* ... and whether it made an entry */
	bool		number_alone;	/* that number stands alone on its line, the decision below it */
} block_state;

static void
maybe_tick(block_state *b, size_t p)
{
	if (b->tick != NULL && p >= b->next_tick)
	{
		b->tick(b->ctx);
		b->next_tick = p + TICK_BYTES;
	}
}

/*
 * The start of the first line at or after p (a line start) that holds more
 * than white space, or len: a run of blank lines is passed over a byte at a
 * time, not a line at a time (50 MB of line breaks took a second).
 */
static size_t
after_space_lines(block_state *b, size_t p)
{
	size_t		line = p;

	for (size_t q = p; q < b->len; q++)
	{
		if (b->t[q] == '\n')
			line = q + 1;
		else if (!tu_space((unsigned char) b->t[q]))
			return line;
		if ((q & (TICK_BYTES - 1)) == TICK_BYTES - 1)
			maybe_tick(b, q);
	}
	return b->len;
}

static size_t
line_end(const char *t, size_t len, size_t p)
{
	const char *nl = memchr(t + p, '\n', len - p);

	return nl ? (size_t) (nl - t) : len;
}

static size_t
line_start(const char *t, size_t p)
{
	while (p > 0 && t[p - 1] != '\n')
		p--;
	return p;
}

static size_t
skip_ws_from(const char *t, size_t p, size_t end)
{
	size_t		n;

	for (;;)
	{
		if (p < end && (tu_space((unsigned char) t[p]) || t[p] == '#' || t[p] == '>'))
			p++;
		else if (p + 1 < end && t[p] == '*' && t[p + 1] == '*')
			p += 2;
		else if (p < end && (n = tu_unicode_space(t + p, end - p)) > 0)
			p += n;
		else
			return p;
	}
}

/*
 * The end of the white space (and markdown '#', '>', '**') at t[p], at most
 * end.  Most calls stand at a word or one space before it: those are
 * answered in line.
 */
static inline size_t
skip_ws(const char *t, size_t p, size_t end)
{
	if (p < end && tu_alnum((unsigned char) t[p]))
		return p;
	if (p + 1 < end && t[p] == ' ' && tu_alnum((unsigned char) t[p + 1]))
		return p + 1;
	return skip_ws_from(t, p, end);
}

static size_t
trim_end(const char *t, size_t start, size_t e)
{
	while (e > start && (tu_space((unsigned char) t[e - 1]) || t[e - 1] == '*'))
		e--;
	return e;
}

static int
roman_value(const char *s, size_t len)
{
	static const char *const romans[] = {
		"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"
	};

	for (size_t i = 0; i < sizeof(romans) / sizeof(romans[0]); i++)
		if (strlen(romans[i]) == len && tu_starts_ci(s, len, romans[i]))
			return (int) i + 1;
	return 0;
}

/* The highest number a numbered list mark takes. */
#define MARKER_NUMBER_MAX 99

/*
 * The value of the digits opening t[from, to), or MARKER_NUMBER_MAX + 1 for
 * any larger: no list runs so far, and a long run of digits would overflow.
 */
static int
marker_number(const char *t, size_t from, size_t to)
{
	int			v = 0;

	for (size_t k = from; k < to && tu_digit((unsigned char) t[k]); k++)
		if ((v = v * 10 + (t[k] - '0')) > MARKER_NUMBER_MAX)
			return MARKER_NUMBER_MAX + 1;
	return v;
}

/*
 * A list marker at t[p..end): "1)", "1.", "(1)", "(a)", "a)", "i)", "(iv)",
 * each followed by a space, or a bullet "- " / "• ".
 */
static bool
read_marker(const char *t, size_t p, size_t end, marker *m)
{
	size_t		q = p;
	bool		open = false;
	size_t		ls;
	size_t		le;

	memset(m, 0, sizeof(*m));
	if (q < end && (t[q] == '-' || t[q] == '*') && q + 1 < end && t[q + 1] == ' ')
	{
		size_t		r = skip_ws(t, q + 2, end);
		marker		inner;

		if (read_marker(t, r, end, &inner) && inner.style != STYLE_BULLET)
		{
			*m = inner;
			return true;
		}
		m->style = STYLE_BULLET;
		m->content = r;
		m->label_start = m->label_end = q;
		return true;
	}
	if (end - q >= 4 && (unsigned char) t[q] == 0xE2 && (unsigned char) t[q + 1] == 0x80 &&
		(unsigned char) t[q + 2] == 0xA2)
	{
		m->style = STYLE_BULLET;
		m->content = skip_ws(t, q + 3, end);
		m->label_start = m->label_end = q;
		return true;
	}
	if (q < end && t[q] == '(')
	{
		open = true;
		q++;
	}
	ls = q;
	while (q < end && tu_alnum((unsigned char) t[q]) && q - ls < 5)
		q++;
	le = q;
	if (le == ls || q >= end)
		return false;
	if (open ? t[q] != ')' : (t[q] != ')' && t[q] != '.'))
		return false;
	q++;
	if (q < end && !tu_space((unsigned char) t[q]))
		return false;
	if (q >= end)
		return false;
	m->label_start = ls;
	m->label_end = le;
	m->content = skip_ws(t, q, end);
	if (tu_digit((unsigned char) t[ls]))
	{
		int			v;

		for (size_t k = ls; k < le; k++)
			if (!tu_digit((unsigned char) t[k]))
				return false;
		v = marker_number(t, ls, le);
		if (v == 0 || v > MARKER_NUMBER_MAX)
			return false;
		m->style = STYLE_NUMBER;
		m->value = v;
		return true;
	}
	if (roman_value(t + ls, le - ls) > 0 && (le - ls > 1 || t[ls] == 'i' || t[ls] == 'I'))
	{
		m->style = STYLE_ROMAN;
		m->value = roman_value(t + ls, le - ls);
		return true;
	}
	if (le - ls == 1 && tu_alpha((unsigned char) t[ls]))
	{
		/* A capital "A." opens a sentence as often as a list: only "(A)" and "A)". */
		if (tu_upper((unsigned char) t[ls]) && !open && t[le] == '.')
			return false;
		m->style = STYLE_ALPHA;
		m->value = tu_fold((unsigned char) t[ls]) - 'a' + 1;
		return true;
	}
	return false;
}

/* ------------------------------------------------------------------ */
/* Kinds                                                              */
/* ------------------------------------------------------------------ */

const char *
res_kind_name(res_kind kind)
{
	switch (kind)
	{
		case RES_NOTED:
			return "noted";
		case RES_APPROVED:
			return "approved";
		case RES_AGREED:
			return "agreed";
		case RES_REQUESTED:
			return "requested";
		case RES_RECOMMENDED:
			return "recommended";
		case RES_REFERRED:
			return "referred";
		case RES_DEFERRED:
			return "deferred";
		case RES_OTHER:
			break;
	}
	return "other";
}

/*
 * The caller's tick in a byte loop over a long span, every TICK_BYTES
 * bytes: one entry or trigger line can be most of a document.
 */
static void
span_tick(const block_state *b, size_t p)
{
	if (b->tick != NULL && (p & (TICK_BYTES - 1)) == TICK_BYTES - 1)
		b->tick(b->ctx);
}

/*
 * tu_find_ci() with the caller's tick between windows of a long text, for
 * one search of a text of megabytes can take a good part of a second
 * ("not carried" in a run of "N").  A match starting in a window is found
 * in it (the window reaches on by the needle's length), so the first match
 * is the one tu_find_ci() finds.  b may be NULL (no tick).
 */
#define SEARCH_WINDOW (4 * TICK_BYTES)

static size_t
find_ci(const char *s, size_t len, const char *w, const block_state *b)
{
	size_t		n = strlen(w);

	if (b == NULL || b->tick == NULL || len <= SEARCH_WINDOW)
		return tu_find_ci(s, len, w);
	for (size_t off = 0; off < len; off += SEARCH_WINDOW)
	{
		size_t		end = len - off > SEARCH_WINDOW + n ? off + SEARCH_WINDOW + n - 1 : len;
		size_t		at = tu_find_ci(s + off, end - off, w);

		if (at < end - off)
			return off + at;
		b->tick(b->ctx);
	}
	return len;
}

/* The kind of a resolution's wording, or RES_OTHER when nothing says. */
res_kind
res_classify(const char *s, size_t len)
{
	int			k = reskind_of(s, len);

	return k < 0 ? RES_OTHER : (res_kind) k;
}

/* ------------------------------------------------------------------ */
/* Votes                                                              */
/* ------------------------------------------------------------------ */

static int
small_number(const char *s, size_t len, size_t *used)
{
	static const char *const words[] = {
		"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve"
	};
	int			v = 0;
	size_t		k = 0;

	while (k < len && tu_digit((unsigned char) s[k]) && k < 4)
		v = v * 10 + (s[k++] - '0');
	if (k > 0 && (k == len || !tu_alnum((unsigned char) s[k])))
	{
		*used = k;
		return v;
	}
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (tu_word_ci(s, len, words[i]))
		{
			*used = strlen(words[i]);
			return (int) i;
		}
	return -1;
}

/* The number printed just after position p (skipping ':' and spaces), or -1. */
static int
number_after(const char *s, size_t len, size_t p)
{
	size_t		used;

	while (p < len && (tu_space((unsigned char) s[p]) || s[p] == ':' || s[p] == '-' || s[p] == '='))
		p++;
	return p < len ? small_number(s + p, len - p, &used) : -1;
}

/* "for: 5", "For 5" or "5 for": the count printed beside a vote word, or -1. */
static int
vote_count(const char *s, size_t len, const char *word, const block_state *bs)
{
	size_t		n = strlen(word);

	for (size_t at = 0; at + n <= len; at++)
	{
		size_t		b = at;
		size_t		used;
		int			v;

		span_tick(bs, at);
		if (!tu_word_ci(s + at, len - at, word) || (at > 0 && tu_alpha((unsigned char) s[at - 1])))
			continue;
		if ((v = number_after(s, len, at + n)) >= 0 &&
			(at + n < len && (s[at + n] == ':' || s[at + n] == ' ')))
		{
			size_t		q = at + n;

			while (q < len && (s[q] == ':' || s[q] == ' '))
				q++;
			if (q < len && tu_digit((unsigned char) s[q]))
				return v;
		}
		while (b > 0 && s[b - 1] == ' ')
			b--;
		if (b > 0 && tu_digit((unsigned char) s[b - 1]))
		{
			size_t		d = b;

			while (d > 0 && tu_digit((unsigned char) s[d - 1]))
				d--;
			v = small_number(s + d, b - d, &used);
			if (v >= 0)
				return v;
		}
	}
	return -1;
}

static void
read_votes(const char *s, size_t len, res_entry *e, const block_state *b)
{
	size_t		at;

	e->votes_for = e->votes_against = e->abstentions = e->carried = -1;
	/* "on a vote of 5 to 2", "by 5 votes to 2" */
	if ((at = find_ci(s, len, "vote of ", b)) < len || (at = find_ci(s, len, "by ", b)) < len)
	{
		size_t		p = at + (tu_starts_ci(s + at, len - at, "by ") ? 3 : 8);
		size_t		used;
		int			a = small_number(s + p, len - p, &used);

		if (a >= 0)
		{
			size_t		q = p + used;

			if (tu_starts_ci(s + q, len - q, " votes"))
				q += 6;
			if (tu_starts_ci(s + q, len - q, " to ") || tu_starts_ci(s + q, len - q, " - ") ||
				tu_starts_ci(s + q, len - q, "-"))
			{
				int			b;

				q += s[q] == '-' ? 1 : 3;
				while (q < len && s[q] == ' ')
					q++;
				b = small_number(s + q, len - q, &used);
				if (b >= 0)
				{
					e->votes_for = a;
					e->votes_against = b;
				}
			}
		}
	}
	/* "For: 5, Against: 2, Abstentions: 1" and "(7 for, 0 against, 2 abstentions)" */
	if (e->votes_for < 0)
	{
		e->votes_for = vote_count(s, len, "for", b);
		e->votes_against = vote_count(s, len, "against", b);
		if (e->votes_for < 0 || e->votes_against < 0)
			e->votes_for = e->votes_against = -1;
	}
	if ((at = find_ci(s, len, "abstention", b)) < len || (at = find_ci(s, len, "abstain", b)) < len)
	{
		size_t		colon = at;

		while (colon < len && tu_alpha((unsigned char) s[colon]))
			colon++;
		if (colon < len && s[colon] == ':')
			e->abstentions = number_after(s, len, colon);
		else
		{
			/* "with 1 abstention": the number before the word */
			size_t		b = at;
			size_t		used;

			while (b > 0 && s[b - 1] == ' ')
				b--;
			while (b > 0 && tu_alnum((unsigned char) s[b - 1]))
				b--;
			e->abstentions = small_number(s + b, at - b, &used);
		}
	}
	if (find_ci(s, len, "not carried", b) < len || find_ci(s, len, " lost", b) < len ||
		find_ci(s, len, " fell", b) < len || find_ci(s, len, "defeated", b) < len)
		e->carried = 0;
	else if (find_ci(s, len, "carried", b) < len)
		e->carried = 1;
	else if (e->votes_for >= 0 && e->votes_against >= 0)
		e->carried = e->votes_for > e->votes_against;
	if (e->votes_for >= 0 && e->abstentions < 0)
		e->abstentions = 0;
}

/* ------------------------------------------------------------------ */
/* Triggers                                                           */
/* ------------------------------------------------------------------ */

/* The verbs of a decision made by the body itself, after its name. */
const char *const res_decision_verbs[RES_DECISION_VERB_COUNT + 1] = {"resolved", "agreed", "decided", NULL};

/* The words that may follow such a verb when it opens a decision. */
static const char *const decision_verb_tails[] = {"that", "to", "unanimously", "on", "by", "in terms",
"in principle", "as follows", NULL};

/*
 * The words that name a deciding body at the end of a subject: "The
 * Committee", "Members", "the Parish Council".  "She agreed that ..." or
 * "The Director agreed to ..." tells what one person said or will do.
 */
const char *const res_body_nouns[] = {
	"committee", "sub-committee", "subcommittee", "council", "councillors", "members",
	"board", "panel", "cabinet", "meeting", "forum", "group", "commission",
	"authority", "trustees", "partnership", "assembly", "governors", "all", NULL
};

/* The most words a body's name takes before its verb ("The Planning Sub-Committee"). */
#define SUBJECT_WORDS 6

/*
 * "The Committee resolved:-", "The Sub-Committee RESOLVED that",
 * "Members agreed to ...", "The meeting agreed that ...": a short subject
 * with no punctuation, a decision verb, and then a separator, "that", "to"
 * or a qualifier.  Returns the position after the verb, or 0.
 */
/* What a subject's word may be: a decision verb, or a word of reported speech. */
#define SV_VERB		0x1
#define SV_REPORTED 0x2		/* "that", "if", "not": not the body's decision */

static tu_wordset_row subject_word_rows[RES_DECISION_VERB_COUNT + 3];
static tu_wordset subject_word_set;

/* A subject's word ends at white space; punctuation in it ends the subject. */
#define SV_SPACE	0x1
#define SV_PUNCT	0x2

static uint8_t subject_bytes[256];

static void
build_subject_words(void)
{
	static const char *const reported[] = {"that", "if", "not", NULL};

	tu_wordset_init(&subject_word_set, subject_word_rows, LENGTH_OF(subject_word_rows));
	tu_wordset_add_list(&subject_word_set, res_decision_verbs, SV_VERB);
	tu_wordset_add_list(&subject_word_set, reported, SV_REPORTED);
	for (size_t c = 0; c < 256; c++)
		subject_bytes[c] = (uint8_t) ((tu_space((unsigned char) c) ? SV_SPACE : 0) |
									  (c == '.' || c == ',' || c == ';' || c == ':' || c == '(' ? SV_PUNCT : 0));
}

static size_t
subject_verb(const char *t, size_t q, size_t e)
{
	static bool ready = false;
	size_t		words = 0;
	size_t		r = q;
	size_t		last_s = q;		/* the subject's last word */
	size_t		last_e = q;

	if (!ready)
	{
		build_subject_words();
		ready = true;
	}
	while (r < e && words <= SUBJECT_WORDS)
	{
		size_t		w = r;
		size_t		after;
		unsigned	bytes = 0;
		unsigned	tells = 0;

		while (w < e && !(subject_bytes[(unsigned char) t[w]] & SV_SPACE))
			bytes |= subject_bytes[(unsigned char) t[w++]];
		/* the word's letters: "resolved" in "RESOLVED:-", "agreed" in "agreed," */
		if (tu_alpha((unsigned char) t[r]))
			tells = tu_wordset_tells(&subject_word_set, t + r, tu_letters_end(t, r, w) - r);
		if (words > 0 && (tells & SV_VERB))
		{
			w = tu_letters_end(t, r, w);
			if (!tu_word_listed(t + last_s, last_e - last_s, res_body_nouns))
				return 0;
			after = skip_ws(t, w, e);
			if (after >= e || t[after] == ':' || t[after] == '-' || t[after] == ',' ||
				t[after] == '(' || tu_unicode_dash(t + after, e - after) > 0)
				return w;
			for (size_t x = 0; decision_verb_tails[x]; x++)
				if (tu_word_ci(t + after, e - after, decision_verb_tails[x]))
					return w;
			return 0;
		}
		if (bytes & SV_PUNCT)
			return 0;
		last_s = r;
		last_e = w;
		if (tells & SV_REPORTED)
			return 0;
		words++;
		r = skip_ws(t, w, e);
	}
	return 0;
}

/*
 * Does the line at t[p..e) open a decision block?  Returns the position after
 * the keyword, its qualifiers and separators, or 0 (a block never opens at 0
 * with nothing before it, since the keyword takes at least one byte).
 */
static bool reads_welsh(block_state *b);

/*
 * Welsh for "it was resolved" and "it was agreed", opening a sentence or
 * after a comma; after "a"/"ac" (and) they take the aspirate mutation ("a
 * phenderfynwyd", "a chytunwyd").  The soft forms ("a gytunwyd", "which was
 * agreed") and the negative ("ni chytunwyd") tell of no decision.
 */
static const char *const welsh_decided[] = {"penderfynwyd", "cytunwyd", NULL};
static const char *const welsh_decided_after_and[] = {"phenderfynwyd", "chytunwyd", NULL};
/* What follows the decision word: its substance ("y dylid", "i", "bod"), or a colon. */
static const char *const welsh_decided_then[] = {"y", "i", "bod", "fod", "gwneud", NULL};

static size_t
word_in(const char *t, size_t q, size_t e, const char *const *words)
{
	for (size_t i = 0; words[i]; i++)
		if (tu_word_ci(t + q, e - q, words[i]))
			return strlen(words[i]);
	return 0;
}

/* The length of the Welsh decision word (either form) opening t[q..e), else 0. */
static size_t
welsh_decided_at(const char *t, size_t q, size_t e)
{
	unsigned char c = q < e ? tu_fold((unsigned char) t[q]) : 0;
	size_t		n;

	/* (every form opens with "p" or "c": most words are none, at one comparison) */
	if (c != 'p' && c != 'c')
		return 0;
	n = word_in(t, q, e, welsh_decided);
	return n > 0 ? n : word_in(t, q, e, welsh_decided_after_and);
}

/*
 * Where inside the sentence t[s, se) a Welsh decision is told: ",
 * cytunwyd y byddai ...", "... a phenderfynwyd y dylid ...".  se - s when
 * nowhere.
 */
static size_t
welsh_decided_inside(const char *t, size_t s, size_t se)
{
	for (size_t k = s + 1; k < se; k++)
	{
		size_t		n = 0;
		size_t		before = k;
		size_t		ws;

		if (!tu_space((unsigned char) t[k - 1]) || !tu_alpha((unsigned char) t[k]))
			continue;
		while (before > s && tu_space((unsigned char) t[before - 1]))
			before--;
		ws = before;
		while (ws > s && tu_alpha((unsigned char) t[ws - 1]))
			ws--;
		if (before > s && t[before - 1] == ',')
			n = word_in(t, k, se, welsh_decided);
		else if ((before - ws == 1 && tu_fold((unsigned char) t[ws]) == 'a') ||
				 (before - ws == 2 && tu_starts_ci(t + ws, 2, "ac")))
			n = word_in(t, k, se, welsh_decided_after_and);
		if (n > 0)
		{
			size_t		r = skip_ws(t, k + n, se);
			size_t		w = r;

			while (w < se && tu_alpha((unsigned char) t[w]))
				w++;
			if (r < se && (t[r] == ':' || tu_word_listed(t + r, w - r, welsh_decided_then)))
				return k - s;
		}
	}
	return se - s;
}

/*
 * "Reso1ved:", "RES0LVED": a scan's reading of the keyword, with the digit
 * one for the letter l and zero for o (the confusions OCR makes most).
 */
static bool
scanned_resolved(const char *s, size_t len)
{
	static const char word[] = "resolved";
	bool		misread = false;

	if (len < 8 || (len > 8 && tu_alpha((unsigned char) s[8])))
		return false;
	for (size_t i = 0; i < 8; i++)
	{
		unsigned char c = tu_fold((unsigned char) s[i]);

		if (c == '1' && word[i] == 'l')
			misread = true;
		else if (c == '0' && word[i] == 'o')
			misread = true;
		else if (c != (unsigned char) word[i])
			return false;
	}
	return misread;
}

static size_t
trigger_at(const char *t, size_t p, size_t e, block_state *b)
{
	size_t		q = skip_ws(t, p, e);
	size_t		k;
	size_t		n;
	bool		it_was = false;

	/* "And Resolved:", the Irish form after "Proposed by ... / Seconded by ..." */
	if (tu_word_ci(t + q, e - q, "and") && q + 3 < e)
	{
		size_t		r = skip_ws(t, q + 3, e);

		if (tu_word_ci(t + r, e - r, "resolved"))
			q = r;
	}
	if (tu_word_ci(t + q, e - q, "it was"))
	{
		it_was = true;
		q = skip_ws(t, q + 6, e);
		if (q < e && t[q] == ',')
			q = skip_ws(t, q + 1, e);
	}
	if (tu_word_ci(t + q, e - q, "unanimously"))
		q = skip_ws(t, q + 11, e);
	if (tu_word_ci(t + q, e - q, "resolved") || scanned_resolved(t + q, e - q))
		k = q + 8;
	else if (tu_word_ci(t + q, e - q, "agreed"))
		k = q + 6;
	else if (tu_word_ci(t + q, e - q, "decided"))
		k = q + 7;
	else if ((n = welsh_decided_at(t, q, e)) > 0 && reads_welsh(b))
		k = q + n;				/* Welsh "it was resolved", "it was agreed" */
	else if (it_was)
		return 0;
	else if (tu_word_ci(t + q, e - q, "decision"))
	{
		k = q + 8;
		if (!(k == e || t[k] == ':' || t[k] == ' ' || t[k] == '*' || t[k] == '-'))
			return 0;
		/* "Decision" alone or "Decision:"; not "Decision making was ..." */
		{
			size_t		r = skip_ws(t, k, e);

			if (r < e && t[r] != ':' && t[r] != '-' && !tu_upper((unsigned char) t[r]))
				return 0;
		}
	}
	else if (q < e && tu_upper((unsigned char) t[q]) && (k = subject_verb(t, q, e)) > 0)
		;						/* "The Committee resolved:-", "Members agreed to ..." */
	else
		return 0;
	/* Qualifiers: "(Unanimously)", "unanimously", "on a vote of 5 to 2 with 1 abstention",
	 * before or after the separator ("RESOLVED: (Unanimously) That ...") */
	for (int round = 0; round < 2; round++)
	{
	for (;;)
	{
		size_t		r = skip_ws(t, k, e);

		if (r < e && t[r] == '(')
		{
			const char *close = memchr(t + r, ')', e - r);
			marker		m;

			/* "(Unanimously)" is a qualifier; "(a)" opens the first resolution. */
			if (close && (size_t) (close - t) - r < 60 && !read_marker(t, r, e, &m))
			{
				k = (size_t) (close - t) + 1;
				continue;
			}
		}
		if (tu_word_ci(t + r, e - r, "unanimously"))
		{
			k = r + 11;
			continue;
		}
		if (tu_word_ci(t + r, e - r, "on a vote") || tu_word_ci(t + r, e - r, "by a vote") ||
			tu_word_ci(t + r, e - r, "by a majority"))
		{
			/* up to " to " followed by a verb: skip the numbers and abstentions */
			size_t		s = r + 9;

			for (;;)
			{
				size_t		used;
				size_t		w = skip_ws(t, s, e);

				if (w >= e)
				{
					k = w;
					break;
				}
				if (small_number(t + w, e - w, &used) >= 0 || tu_word_ci(t + w, e - w, "to") ||
					tu_word_ci(t + w, e - w, "with") || tu_word_ci(t + w, e - w, "of") ||
					tu_word_ci(t + w, e - w, "votes") || tu_word_ci(t + w, e - w, "abstention") ||
					tu_word_ci(t + w, e - w, "abstentions") || tu_word_ci(t + w, e - w, "and") ||
					t[w] == ',')
				{
					/* "to" followed by a word that is not a number ends the vote */
					if (tu_word_ci(t + w, e - w, "to"))
					{
						size_t		x = skip_ws(t, w + 2, e);

						if (small_number(t + x, e - x, &used) < 0)
						{
							k = w;
							break;
						}
					}
					while (w < e && !tu_space((unsigned char) t[w]))
						w++;
					s = w;
					continue;
				}
				k = w;
				break;
			}
			continue;
		}
		break;
	}
	/* Separators: ':' '-' "–" ":-" */
	for (;;)
	{
		size_t		r = skip_ws(t, k, e);
		size_t		n;

		if (r < e && (t[r] == ':' || t[r] == '-' || t[r] == ',' || t[r] == '*'))
			k = r + 1;
		else if ((n = tu_unicode_dash(t + r, e - r)) > 0)
			k = r + n;
		else
		{
			k = r;
			break;
		}
	}
	}
	return k;
}

static bool
stop_line(const char *t, size_t p, size_t e)
{
	size_t		q = skip_ws(t, p, e);

	return tu_word_ci(t + q, e - q, "proposed") || tu_word_ci(t + q, e - q, "seconded") ||
		tu_word_ci(t + q, e - q, "minutes") || tu_word_ci(t + q, e - q, "(meeting") ||
		tu_word_ci(t + q, e - q, "the meeting") || tu_word_ci(t + q, e - q, "reason") ||
		tu_word_ci(t + q, e - q, "reasons") || tu_word_ci(t + q, e - q, "note:");
}

/* ------------------------------------------------------------------ */
/* Entries                                                            */
/* ------------------------------------------------------------------ */

static uint64_t
entry_hash(const block_state *b, size_t s, size_t e)
{
	const char *t = b->t;
	uint64_t	h = 1469598103934665603ULL;

	for (size_t i = s; i < e; i++)
	{
		span_tick(b, i);
		if (tu_alnum((unsigned char) t[i]))
		{
			h ^= tu_fold((unsigned char) t[i]);
			h *= 1099511628211ULL;
		}
	}
	return h;
}

static void
emit_entry(block_state *b, size_t s, size_t e, size_t ls, size_t le)
{
	res_entry	r = b->proto;
	uint64_t	h;

	if (b->stopped || b->information_only)
		return;
	s = skip_ws(b->t, s, e);
	e = trim_end(b->t, s, e);
	if (e <= s)
		return;
	/* "RESOLVED to accept the apologies. / PENDERFYNWYD derbyn ...": the other language's copy goes */
	for (size_t k = s; k + 3 < e; k++)
		if (b->t[k] == '.' && b->t[k + 1] == ' ' && b->t[k + 2] == '/' && b->t[k + 3] == ' ' &&
			skip_ws(b->t, k + 3, e) < e && tu_upper((unsigned char) b->t[skip_ws(b->t, k + 3, e)]))
		{
			e = k + 1;
			break;
		}
	/* A block printed twice (under "Decision:" and again under "Minutes:") is one. */
	if (!b->repeats)
	{
		h = entry_hash(b, s, e);
		for (size_t i = 0; i < b->nseen && i < DEDUP_SLOTS; i++)
			if (b->seen[i] == h)
				return;
		b->seen[b->nseen++ % DEDUP_SLOTS] = h;
	}
	r.start = s;
	r.end = e;
	r.label_start = ls;
	r.label_end = le;
	{
		/*
		 * The entry's own verb, else the lead-in's ("Cabinet agreed:" / "an
		 * uplift of 6.8%"), else the block's ("AGREED – To purchase ..."),
		 * else any kind's words in the entry, then in the lead-in.
		 */
		int			k = reskind_by_verb(b->t + s, e - s);
		bool		has_lead = r.lead_end > r.lead_start;
		bool		own_verb = k == RESKIND_UNKNOWN;

		if (has_lead && (b->kind_lead_start != r.lead_start || b->kind_lead_end != r.lead_end))
		{
			/*
			 * Every entry of a list shares the lead-in: read once, or a long
			 * lead-in before many entries is read once per entry.
			 */
			b->lead_verb_kind = reskind_by_verb(b->t + r.lead_start, r.lead_end - r.lead_start);
			b->lead_kind = reskind_by_words(b->t + r.lead_start, r.lead_end - r.lead_start);
			b->kind_lead_start = r.lead_start;
			b->kind_lead_end = r.lead_end;
		}
		/* a verb of its own the table does not know: its other words first */
		if (own_verb)
			k = reskind_by_words(b->t + s, e - s);
		if (k < 0 && has_lead)
			k = b->lead_verb_kind;
		if (k < 0)
			k = b->trigger_kind;
		if (k < 0 && !own_verb)
			k = reskind_by_words(b->t + s, e - s);
		if (k < 0 && has_lead)
			k = b->lead_kind;
		r.kind = k < 0 ? RES_OTHER : (res_kind) k;
	}
	if (b->forced_kind >= 0)
		r.kind = (res_kind) b->forced_kind;
	b->emitted++;
	if (!b->emit(b->ctx, &r))
		b->stopped = true;
}

/*
 * One entry's text may hold several resolutions: "(a) That ... and, (b) that
 * ...", "(i) to approve ...; and (ii) ...", "... service; & the report be
 * noted".  split_markers() splits it at inline markers that run in sequence
 * (and says whether it did), split_inline() also at "; &".
 */
static bool
split_markers(block_state *b, size_t s, size_t e, size_t ls, size_t le)
{
	const char *t = b->t;
	size_t		cuts[64];
	size_t		labs[64][2];
	size_t		ncut = 0;
	marker_style style = STYLE_NONE;
	int			want = 1;

	/* An entry opened by "(a)" may go on inline with "(b)". */
	if (le > ls)
	{
		if (tu_digit((unsigned char) t[ls]))
		{
			style = STYLE_NUMBER;
			want = marker_number(t, ls, le);
		}
		else if (roman_value(t + ls, le - ls) > 1 || (le - ls == 1 && (t[ls] == 'i' || t[ls] == 'I')))
		{
			style = STYLE_ROMAN;
			want = roman_value(t + ls, le - ls);
		}
		else if (le - ls == 1 && tu_alpha((unsigned char) t[ls]))
		{
			style = STYLE_ALPHA;
			want = tu_fold((unsigned char) t[ls]) - 'a' + 1;
		}
		if (style != STYLE_NONE)
		{
			cuts[0] = s;
			labs[0][0] = ls;
			labs[0][1] = le;
			ncut = 1;
			want++;
		}
	}

	/* Inline "(a)" / "(i)" / "(1)" markers, in sequence from the first. */
	for (size_t p = s; p < e && ncut < 63; p++)
	{
		marker		m;

		span_tick(b, p);
		if (t[p] != '(' || (p > s && !tu_space((unsigned char) t[p - 1])))
			continue;
		if (!read_marker(t, p, e, &m) || m.style == STYLE_BULLET)
			continue;
		if (style == STYLE_NONE && m.value == 1)
			style = m.style;
		if (m.style == style && m.value == want)
		{
			cuts[ncut] = p;
			labs[ncut][0] = m.label_start;
			labs[ncut][1] = m.label_end;
			ncut++;
			want++;
		}
	}
	if (ncut >= 2)
	{
		if (cuts[0] > s && !(le > ls))
		{
			/* Text before "(a)" is the lead-in of the lettered resolutions. */
			size_t		lead_end = trim_end(t, s, cuts[0]);

			if (lead_end > s && b->proto.lead_end == b->proto.lead_start)
			{
				b->proto.lead_start = s;
				b->proto.lead_end = lead_end;
			}
		}
		for (size_t k = 0; k < ncut; k++)
		{
			marker		m;
			size_t		from;

			if (k == 0 && cuts[0] == s && le > ls)
				from = s;
			else
			{
				read_marker(t, cuts[k], e, &m);
				from = m.content;
			}
			emit_entry(b, from, k + 1 < ncut ? cuts[k + 1] : e, labs[k][0], labs[k][1]);
		}
		return true;
	}
	return false;
}

/* An inline marker at p after a space: "(a)", "(ii)", "(3)". */
static bool
spaced_marker(const char *t, size_t p, size_t e, marker *m)
{
	return t[p] == '(' && p > 0 && tu_space((unsigned char) t[p - 1]) &&
		read_marker(t, p, e, m) && m->style != STYLE_BULLET;
}

/*
 * What split_markers() needs to know of every part after a "; &" of one
 * entry, found without reading the rest of the entry again for each part.
 */
typedef struct inline_index
{
	bool		have_first;
	size_t		first;			/* the first spaced marker of value 1 at or after where it was looked for */
	bool		built;
	size_t		last_two[STYLE_BULLET]; /* by style: the last spaced marker of value 2, or SIZE_MAX */
} inline_index;

/*
 * Would split_markers(f, e) without a label split?  It cuts at the first
 * marker of value 1 (at f itself, or after a space) and then needs a
 * marker of the same style and value 2 after it.
 */
static bool
markers_would_split(const block_state *b, size_t s, size_t f, size_t e, inline_index *ix)
{
	const char *t = b->t;
	marker		m;
	size_t		first;

	if (f < e && t[f] == '(' && read_marker(t, f, e, &m) && m.style != STYLE_BULLET && m.value == 1)
		first = f;
	else
	{
		/* looked for from an earlier part and not passed: still the first */
		if (!ix->have_first || ix->first < f)
		{
			size_t		p;

			for (p = f; p < e; p++)
			{
				span_tick(b, p);
				if (spaced_marker(t, p, e, &m) && m.value == 1)
					break;
			}
			ix->first = p;
			ix->have_first = true;
		}
		if (ix->first >= e)
			return false;
		first = ix->first;
		read_marker(t, first, e, &m);
	}
	if (!ix->built)
	{
		marker		two;

		for (int k = 0; k < STYLE_BULLET; k++)
			ix->last_two[k] = SIZE_MAX;
		for (size_t p = s + 1; p < e; p++)
		{
			span_tick(b, p);
			if (spaced_marker(t, p, e, &two) && two.value == 2)
				ix->last_two[two.style] = p;
		}
		ix->built = true;
	}
	return ix->last_two[m.style] != SIZE_MAX && ix->last_two[m.style] > first;
}

static void
split_inline(block_state *b, size_t s, size_t e, size_t ls, size_t le)
{
	const char *t = b->t;
	inline_index ix = {false, 0, false, {0}};
	size_t		from = s;
	size_t		from_le = le;

	if (split_markers(b, s, e, ls, le))
		return;
	/*
	 * "...; & the report be noted": each part after a "; &" is split again
	 * as an entry without a label is.  One pass, not a pass per part: a
	 * text of many "; &" would otherwise be read once for each of them.
	 */
	for (size_t p = s; p + 2 < e; p++)
	{
		size_t		q;

		span_tick(b, p);
		if (t[p] != ';')
			continue;
		q = skip_ws(t, p + 1, e);
		if (q < e && t[q] == '&')
		{
			emit_entry(b, from, p, ls, from_le);
			from = q + 1;
			from_le = ls;
			if (markers_would_split(b, s, from, e, &ix))
			{
				split_markers(b, from, e, ls, ls);
				return;
			}
			p = q;
		}
	}
	emit_entry(b, from, e, ls, from_le);
}

/* Does the text end in a joiner that promises another resolution ("; &", ";", "and")? */
static bool
ends_with_joiner(const char *t, size_t s, size_t e)
{
	e = trim_end(t, s, e);
	if (e > s && (t[e - 1] == ';' || t[e - 1] == '&'))
		return true;
	return e >= s + 4 && tu_starts_ci(t + e - 4, 4, " and");
}

/* Parse one block whose content starts at cs; returns where scanning goes on. */
/* Does t[s, e) say that a list follows: "the following", "as follows", "below"? */
static bool
announces_list(const char *t, size_t s, size_t e)
{
	return tu_find_ci(t + s, e - s, "following") < e - s || tu_find_ci(t + s, e - s, "follows") < e - s ||
		tu_find_ci(t + s, e - s, "below") < e - s;
}

/* Does t[s, e) end a sentence: "... be approved.", "... (on a vote of 5 to 1.)"? */
static bool
ends_sentence(const char *t, size_t s, size_t e)
{
	e = trim_end(t, s, e);
	if (e > s && t[e - 1] == ')')
		e--;
	return e > s && (t[e - 1] == '.' || t[e - 1] == '!');
}

static size_t
parse_block(block_state *b, size_t trig_line, size_t cs)
{
	const char *t = b->t;
	size_t		len = b->len;
	size_t		p = cs;
	size_t		cur_s = SIZE_MAX;	/* the current entry */
	size_t		cur_e = 0;
	size_t		cur_ls = 0;
	size_t		cur_le = 0;
	marker_style top = STYLE_NONE;
	bool		blank = false;
	bool		any_marker = false;
	size_t		resume = len;
	size_t		vote_end = line_end(t, len, trig_line);

	b->proto.lead_start = b->proto.lead_end = 0;
	read_votes(t + trig_line, vote_end - trig_line, &b->proto, b);
	{
		size_t		q = skip_ws(t, trig_line, vote_end);

		size_t		te = cs < vote_end ? cs : vote_end;

		/* "Resolved: (For information only)" heads a list of news, not of decisions */
		b->information_only = tu_find_ci(t + q, vote_end - q, "for information") < vote_end - q;
		if (tu_word_ci(t + q, vote_end - q, "agreed") || tu_word_ci(t + q, vote_end - q, "cytunwyd"))
			b->trigger_kind = RES_AGREED;
		else
			b->trigger_kind = reskind_by_verb(t + q, te > q ? te - q : 0);
	}

	while (p < len)
	{
		size_t		e = line_end(t, len, p);
		size_t		q = skip_ws(t, p, e);
		marker		m;

		maybe_tick(b, p);
		if (q >= e)
		{
			blank = cur_s != SIZE_MAX;
			p = after_space_lines(b, e + 1);
			continue;
		}
		if ((p != cs && trigger_at(t, p, e, b) > 0) || stop_line(t, p, e))
		{
			resume = p;
			break;
		}
		/* "&" or "- &" alone joins two entries. */
		{
			size_t		r = q;

			if (r < e && t[r] == '-')
				r = skip_ws(t, r + 1, e);
			if (r < e && t[r] == '&' && skip_ws(t, r + 1, e) == e)
			{
				blank = false;
				p = e + 1;
				continue;
			}
		}
		if (read_marker(t, q, e, &m) && (top == STYLE_NONE || m.style == top) &&
			!(blank && !any_marker && cur_s != SIZE_MAX && (m.value > 1 || b->number_alone) &&
			  ends_sentence(t, cur_s, cur_e) && !announces_list(t, cur_s, cur_e)))
		{
			/*
			 * (A finished sentence, a blank line and a list's second mark end
			 * the block: "RESOLVED to approve the payments. / (b) Bank balances"
			 * goes on to the item's next part; a list's lead-in, "RESOLVED
			 * that:" or "... be approved as follows.", and a first "(a)" do not.)
			 */
			if (cur_s != SIZE_MAX)
			{
				if (!any_marker)
				{
					/* Text before the first entry is the block's lead-in. */
					b->proto.lead_start = cur_s;
					b->proto.lead_end = trim_end(t, cur_s, cur_e);
					while (b->proto.lead_end > cur_s &&
						   (t[b->proto.lead_end - 1] == ':' || t[b->proto.lead_end - 1] == '-' ||
							t[b->proto.lead_end - 1] == ','))
						b->proto.lead_end--;
				}
				else
					split_inline(b, cur_s, cur_e, cur_ls, cur_le);
			}
			top = m.style;
			any_marker = true;
			cur_s = m.content;
			cur_e = e;
			cur_ls = m.label_start;
			cur_le = m.label_end;
			blank = false;
			p = e + 1;
			continue;
		}
		if (cur_s == SIZE_MAX)
		{
			cur_s = q;
			cur_e = e;
			cur_ls = cur_le = q;
			if (b->number_end > b->number_start)
			{
				cur_ls = b->number_start;
				cur_le = b->number_end;
			}
			blank = false;
			p = e + 1;
			continue;
		}
		if (!blank && read_marker(t, q, e, &m) && m.style != STYLE_BULLET)
		{
			/* a sub-item of another style ("i)" under "2.") stays with its parent */
			cur_e = e;
			p = e + 1;
			continue;
		}
		if (blank || ends_with_joiner(t, cur_s, cur_e))
		{
			bool		cont = tu_lower((unsigned char) t[q]) || tu_word_ci(t + q, e - q, "that");

			/* A paragraph after "; &", or a lower-case one, is the next resolution. */
			if ((ends_with_joiner(t, cur_s, cur_e) && cont) ||
				(blank && top == STYLE_NONE && !any_marker && tu_lower((unsigned char) t[q]) &&
				 !read_marker(t, q, e, &m)))
			{
				split_inline(b, cur_s, cur_e, cur_ls, cur_le);
				cur_s = q;
				cur_e = e;
				cur_ls = cur_le = q;
				blank = false;
				p = e + 1;
				continue;
			}
			if (blank && any_marker && e - q < 120 && trim_end(t, q, e) > q &&
				t[trim_end(t, q, e) - 1] == ':')
			{
				/* "The Cabinet also:" opens a second list with its own lead-in. */
				split_inline(b, cur_s, cur_e, cur_ls, cur_le);
				b->proto.lead_start = b->proto.lead_end = 0;
				any_marker = false;
				top = STYLE_NONE;
				cur_s = q;
				cur_e = e;
				cur_ls = cur_le = q;
				blank = false;
				p = e + 1;
				continue;
			}
			if (blank)
			{
				resume = p;
				break;
			}
		}
		/* A line that carries the entry on, or a sub-item of another style. */
		cur_e = e;
		blank = false;
		p = e + 1;
	}
	if (cur_s != SIZE_MAX)
		split_inline(b, cur_s, cur_e, cur_ls, cur_le);
	b->number_start = b->number_end = 0;
	b->number_alone = false;
	return resume > cs ? resume : cs + 1;
}

/*
 * Does the line at p carry on a sentence from the line above: that line is
 * text and does not end a sentence or a heading?
 */
static bool
wrapped_from(const char *t, size_t p)
{
	size_t		e;

	if (p == 0)
		return false;
	e = p - 1;					/* the newline ending the line above */
	while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r'))
		e--;
	if (e == 0 || t[e - 1] == '\n')
		return false;			/* a blank line above */
	return !(t[e - 1] == '.' || t[e - 1] == ':' || t[e - 1] == ';' || t[e - 1] == '!' ||
			 t[e - 1] == '?' || t[e - 1] == ')' || t[e - 1] == '-' || t[e - 1] == '*');
}

/*
 * The start of the next sentence after p in t[.., e): after ". ", "? ",
 * "! " or ") " with a capital letter next, where the full stop is not an
 * abbreviation's or an initial's ("proposed by Cllr. D. Jenkins").  In a
 * bilingual minute the same sentence in the other language follows a
 * spaced slash ("PENDERFYNWYD derbyn yr ymddiheuriadau. / RESOLVED to
 * accept the apologies."): it starts after the slash.  Returns e when
 * there is none.
 */
/* The bits of '.', '?', '!' and ')' above ' ': the bytes a sentence may end at. */
#define SENTENCE_STOP_BITS ((1U << ('.' - ' ')) | (1U << ('?' - ' ')) | (1U << ('!' - ' ')) | (1U << (')' - ' ')))

/*
 * The stop is tested before the space after it, and without branches: the
 * scan asks it of every byte of each line twice over, and one byte in fifty
 * is a stop where one in six is a space.
 */
static inline bool
sentence_stop(unsigned char c)
{
	return (unsigned) (c - ' ') < 32 && ((SENTENCE_STOP_BITS >> (c - ' ')) & 1) != 0;
}

/* The sentence stops among the eight bytes at s: zero when none, else the first is exact. */
static inline uint64_t
sentence_stops8(const char *s)
{
	uint64_t	x = tu_load8(s);

	return tu_byte_hits8(x, '.') | tu_byte_hits8(x, '?') | tu_byte_hits8(x, '!') | tu_byte_hits8(x, ')');
}

static size_t
next_sentence(const char *t, size_t p, size_t e)
{
	for (size_t k = p + 1; k + 1 < e; k++)
	{
		if (k + 7 <= e)
		{
			uint64_t	stops = sentence_stops8(t + k - 1);

			/* no stop at t[k - 1 .. k + 7): no sentence starts after t[k .. k + 8) */
			if (stops == 0)
			{
				k += 7;
				continue;
			}
			/* none before the first stop either: on to the byte after it */
			k += tu_first_high8(stops);
			if (k + 1 >= e)
				break;
		}
		if (sentence_stop((unsigned char) t[k - 1]) && t[k] == ' ' &&
			!(t[k - 1] == '.' && tu_abbreviation_stop(t, 0, k - 1)))
		{
			size_t		r = skip_ws(t, k, e);

			if (r < e && tu_upper((unsigned char) t[r]))
				return r;
			if (r + 1 < e && t[r] == '/' && tu_space((unsigned char) t[r + 1]))
			{
				size_t		other = skip_ws(t, r + 1, e);

				if (other < e && tu_upper((unsigned char) t[other]))
					return other;
			}
		}
	}
	return e;
}

/* next_sentence(b->t, p, e), from the memo of the line when it holds it. */
static size_t
sentence_after(block_state *b, size_t p, size_t e)
{
	size_t		n;

	if (b->memo_end == e)
	{
		for (size_t i = 0; i < b->nmemo; i++)
			if (b->memo_from[i] == p)
				return b->memo_next[i];
	}
	else
	{
		b->memo_end = e;
		b->nmemo = 0;
	}
	n = next_sentence(b->t, p, e);
	if (b->nmemo < SENTENCE_MEMO)
	{
		b->memo_from[b->nmemo] = p;
		b->memo_next[b->nmemo] = n;
		b->nmemo++;
	}
	return n;
}

/* What members said, not a paper: "Concerns were noted about ...". */
static const char *const said_nouns[] = {
	"concern", "comment", "view", "point", "issue", "objection", "question", "worr", NULL
};

static bool
said_subject(const char *t, size_t s, size_t e)
{
	for (size_t i = 0; said_nouns[i]; i++)
		if (tu_find_ci(t + s, e - s, said_nouns[i]) < e - s)
			return true;
	return false;
}

/* A passive "noted" decides on a paper ("The report was noted"), named in a few words. */
#define NOTED_SUBJECT_WORDS 5

/* What a meeting does to a thing, told in the passive: "The report was noted." */
static const char *const outcome_verbs[] = {
	"noted", "approved", "agreed", "accepted", "confirmed", "adopted", "elected",
	"ratified", "endorsed", NULL
};

/* Words that may stand between "was" and the outcome: "were duly approved and signed". */
static const char *const outcome_adverbs[] = {
	"duly", "unanimously", "formally", "all", "then", "received", "submitted", "read",
	"considered", "and", "also", "circulated", "presented", "tabled", NULL
};

/* How a paper comes before the meeting: "There was submitted and noted ...". */
static const char *const submission_verbs[] = {
	"submitted", "circulated", "presented", "tabled", "read", "considered", NULL
};

/* Words before the outcome that make the sentence a report of someone else's decision. */
static const char *const reported_words[] = {
	"that", "reported", "said", "informed", "explained", "advised", "stated", "if",
	"whether", "not", "would", "should", "will", NULL
};

/*
 * One sentence t[s, e) that tells a decision: "The minutes ... were
 * confirmed and signed", "Apologies were received and accepted", "Cllr Lee
 * was duly elected", or a bare "Noted." / "- all noted" closing what comes
 * before it.  Returns true when the sentence is one.
 */
static bool
narrative_decision(const char *t, size_t s, size_t e)
{
	bool		passive = false;
	size_t		words = 0;
	size_t		subject_words = 0;
	size_t		prev_k = s;		/* the word before, for "it was", "there were" */
	size_t		prev_n = 0;
	bool		there = false;	/* "There was ..." */
	bool		submitted = false;	/* ... "submitted", "circulated" */

	for (size_t k = s; k < e;)
	{
		size_t		w = k;
		size_t		n;

		while (w < e && !tu_space((unsigned char) t[w]))
			w++;
		n = w - k;
		while (n > 0 && (t[k + n - 1] == '.' || t[k + n - 1] == ',' || t[k + n - 1] == ';' || t[k + n - 1] == ':'))
			n--;
		words++;
		if (tu_word_listed(t + k, n, reported_words))
			return false;
		/*
		 * "There was submitted and noted the minute of ...", the Scottish
		 * order, tells a paper's outcome; "There was agreed ..." alone is
		 * impersonal narrative.
		 */
		if (passive && there && tu_word_listed(t + k, n, submission_verbs))
			submitted = true;
		if (passive && tu_word_listed(t + k, n, outcome_verbs) && there && !submitted)
			return false;
		if (passive && tu_word_listed(t + k, n, outcome_verbs))
		{
			/* "The presence of Mr Ray was noted": noting a fact is not a decision on a paper */
			if (n == 5 && tu_starts_ci(t + k, 5, "noted") && subject_words > NOTED_SUBJECT_WORDS)
				return false;
			/* "Concerns were noted about the flags": what was said, not a paper */
			if (n == 5 && tu_starts_ci(t + k, 5, "noted") && said_subject(t, s, k))
			{
				size_t		r = skip_ws(t, w, e);

				if (tu_word_ci(t + r, e - r, "about") || tu_word_ci(t + r, e - r, "regarding") ||
					tu_word_ci(t + r, e - r, "concerning"))
					return false;
			}
			return true;
		}
		if (passive && !tu_word_listed(t + k, n, outcome_adverbs))
			passive = false;
		if ((n == 3 && tu_starts_ci(t + k, 3, "was")) || (n == 4 && tu_starts_ci(t + k, 4, "were")))
		{
			/*
			 * "It was noted that ...", "There was agreed ...": impersonal,
			 * narrative.  "Were received and accepted from ..." opening the
			 * text after a heading: the heading is the subject.
			 */
			passive = (words > 1 || tu_upper((unsigned char) t[k])) &&
				!(prev_n == 2 && tu_word_ci(t + prev_k, e - prev_k, "it"));
			there = prev_n == 5 && tu_word_ci(t + prev_k, e - prev_k, "there");
			submitted = false;
			subject_words = words - 1;
		}
		prev_k = k;
		prev_n = n;
		k = skip_ws(t, w, e);
	}
	return false;
}

/*
 * A body's decision on a paper told in the active: "The Committee noted the
 * decisions issued by the District Council", "The Parish Council noted the
 * document", "Cabinet approved the award of the contract".  The subject is
 * a few words ending in a body noun; the object is a thing ("the", "a"),
 * not a fact ("noted that ...", which is narrative).
 */
static const char *const body_outcome_verbs[] = {
	"noted", "approved", "endorsed", "accepted", "adopted", "confirmed", "ratified", NULL
};
static const char *const paper_openers[] = {"the", "a", "an", "its", "their", "receipt", NULL};
static const char *const body_request_verbs[] = {"asked", "requested", NULL};

static bool
body_outcome(const char *t, size_t s, size_t e)
{
	size_t		words = 0;
	size_t		prev_s = s;
	size_t		prev_n = 0;

	for (size_t k = s; k < e && words <= SUBJECT_WORDS;)
	{
		size_t		w = k;
		size_t		n;

		while (w < e && !tu_space((unsigned char) t[w]))
			w++;
		n = w - k;
		if (words > 0 && tu_word_listed(t + k, n, body_outcome_verbs))
		{
			size_t		o = skip_ws(t, w, e);
			size_t		on = o;

			while (on < e && tu_alpha((unsigned char) t[on]))
				on++;
			return tu_word_listed(t + prev_s, prev_n, res_body_nouns) && tu_word_listed(t + o, on - o, paper_openers);
		}
		if (words > 0 && tu_word_listed(t + k, n, body_request_verbs))
		{
			/*
			 * "The Committee asked that the Director circulate ...", "Members
			 * requested a further report", "The Panel asked the Clerk to
			 * write ...": the body's request; not "asked the Director about".
			 */
			size_t		o = skip_ws(t, w, e);
			size_t		on = o;

			while (on < e && tu_alpha((unsigned char) t[on]))
				on++;
			if (!tu_word_listed(t + prev_s, prev_n, res_body_nouns))
				return false;
			if ((on - o == 4 && tu_starts_ci(t + o, 4, "that")) ||
				(on - o == 3 && tu_starts_ci(t + o, 3, "for")))
				return true;
			return tu_word_listed(t + o, on - o, paper_openers) &&
				(n == 9 || tu_find_ci(t + on, e - on, " to ") < e - on);
		}
		if (n > 0 && (t[w - 1] == ',' || t[w - 1] == '.' || t[w - 1] == ';' || t[w - 1] == ':'))
			return false;
		prev_s = k;
		prev_n = n;
		words++;
		k = skip_ws(t, w, e);
	}
	return false;
}

/*
 * A consultee's response to a planning application, the decision of a
 * parish or town council on it: "NO OBJECTIONS", "No observations", "22/0412
 * - No objection, subject to ...".  At the start of the sentence or after
 * its dash; "There were no objections from residents" is narrative.
 */
static const char *const planning_responses[] = {
	"no objection", "no observation", "no comment",
	"dim gwrthwynebiad", "dim sylw",	/* Welsh: no objection(s), no comment(s) */
	NULL
};

static bool
planning_response(const char *t, size_t s, size_t e)
{
	size_t		p = s;

	if (p + 1 < e && (t[p] == '-' || t[p] == '*') && t[p + 1] == ' ')
		p = skip_ws(t, p + 1, e);
	for (int pass = 0; pass < 2; pass++)
	{
		for (size_t i = 0; planning_responses[i]; i++)
			if (tu_starts_ci(t + p, e - p, planning_responses[i]))
				return true;
		/* "15/00243/F – No objections": after the first dash */
		{
			size_t		d = p;

			/* a dash between words: "Mill-Lane" is not one */
			while (d < e)
			{
				size_t		dl = t[d] == '-' ? 1 : tu_unicode_dash(t + d, e - d);

				if (dl > 0 && d + dl < e && tu_space((unsigned char) t[d + dl]))
				{
					d += dl;
					break;
				}
				d += dl > 0 ? dl : 1;
			}
			if (d >= e)
				return false;
			p = skip_ws(t, d, e);
		}
	}
	return false;
}

/*
 * Members' assent told as a fact: "All Councillors were content", "Members
 * noted that they were content with the amended policy", "Councillors gave
 * approval for the memorial".  Not the question ("asked if they were
 * content"), not a refusal ("were not content").
 */
static const char *const consent_phrases[] = {
	"were content", "was content", "gave approval", "gave their approval", "gave its approval",
	"gave unanimous approval", NULL
};
static const char *const consent_spoilers[] = {"if", "whether", "asked", "not", "would", NULL};

#define CONSENT_WORDS 16

static bool
consent_sentence(const char *t, size_t s, size_t e)
{
	size_t		words = 0;
	bool		found = false;

	/* every phrase holds one of these: one search each before the phrases */
	if (tu_find_ci(t + s, e - s, "content") >= e - s && tu_find_ci(t + s, e - s, "approval") >= e - s)
		return false;
	for (size_t i = 0; consent_phrases[i] && !found; i++)
	{
		size_t		at = tu_find_ci(t + s, e - s, consent_phrases[i]);
		size_t		n = strlen(consent_phrases[i]);

		found = at < e - s && (at == 0 || tu_space((unsigned char) t[s + at - 1])) &&
			(s + at + n >= e || !tu_alpha((unsigned char) t[s + at + n]));
	}
	if (!found)
		return false;
	for (size_t k = s; k < e;)
	{
		size_t		w = k;

		while (w < e && !tu_space((unsigned char) t[w]))
			w++;
		if (++words > CONSENT_WORDS || tu_word_listed(t + k, w - k, consent_spoilers))
			return false;
		k = skip_ws(t, w, e);
	}
	return true;
}

static size_t narrative_decisions(block_state *b, size_t from, size_t e);

/*
 * The end of the sentence that goes on from k, over hard-wrapped lines: a
 * full stop before white space, or a blank line.
 */
static size_t
sentence_end(const block_state *b, size_t k)
{
	const char *t = b->t;

	for (size_t q = k; q < b->len; q++)
	{
		span_tick(b, q);
		/* (a full stop closing its line ends the sentence too) */
		if (t[q] == '.' && (q + 1 == b->len || tu_space((unsigned char) t[q + 1]) || t[q + 1] == '\n') &&
			!tu_abbreviation_stop(t, 0, q))
			return q + 1;
		if (t[q] == '\n')
		{
			size_t		r = q + 1;

			while (r < b->len && (t[r] == ' ' || t[r] == '\t' || t[r] == '\r'))
				r++;
			if (r >= b->len || t[r] == '\n')
				return q;
			/* the next entry of a list: a bullet, a number, after a line ending in ';' */
			if (t[r] == '-' || t[r] == '*' || t[r] == '(' || tu_digit((unsigned char) t[r]) ||
				(unsigned char) t[r] >= 0xE2 || (q > k && t[q - 1] == ';'))
				return q;
		}
	}
	return b->len;
}

/*
 * One decision told in a sentence that starts at s, its text from k: votes
 * read, no list under it.  Returns where the sentence ends.
 */
static size_t
narrative_entry(block_state *b, size_t s, size_t k)
{
	size_t		end = sentence_end(b, k);

	memset(&b->proto, 0, sizeof(b->proto));
	b->proto.votes_for = b->proto.votes_against = b->proto.abstentions = b->proto.carried = -1;
	read_votes(b->t + s, end - s, &b->proto, b);
	b->trigger_kind = RES_AGREED;
	b->information_only = false;
	emit_entry(b, k, trim_end(b->t, k, end), k, k);
	return end;
}

/* A sentence that is an outcome alone, and the kind it gives (-1: from the words before). */
static const struct
{
	const char *word;
	int			kind;
}			bare_outcomes[] = {
	{"noted", RES_NOTED}, {"approved", RES_APPROVED}, {"agreed", RES_AGREED},
	{"accepted", RES_AGREED}, {"carried", -1}, {"resolved", -1}, {"nodwyd", RES_NOTED}, {NULL, 0}
};

/* Words that may stand before a bare outcome: "All agreed", "Unanimously approved". */
static const char *const bare_outcome_lead[] = {"all", "unanimously", "duly", "motion", NULL};

/* Words that make a closing outcome part of the sentence: "which was Noted". */
static const char *const outcome_auxiliaries[] = {
	"was", "were", "be", "been", "being", "is", "are", "and", "not", "also", "had", "has",
	"have", "it", "they", "we", "he", "she", "members", "councillors", "council", NULL
};

/*
 * Is t[s, l) one word and a slash, the outcome in the other language of a
 * bilingual minute ("Cytunwyd / Agreed.", "Nodwyd / Noted")?
 */
static bool
bilingual_pair(const char *t, size_t s, size_t l)
{
	size_t		w = s;

	if (l < s + 3 || t[l - 1] != '/' || t[l - 2] != ' ')
		return false;			/* "Footpaths/ Noted" is a heading's */
	l = trim_end(t, s, l - 1);
	while (w < l && !tu_space((unsigned char) t[w]))
		w++;
	return w == l && l > s;
}

/* Is the outcome word at w, after the text t[s, l), a margin note on that text? */
static bool
margin_outcome(const char *t, size_t s, size_t l, size_t w)
{
	size_t		v = l;

	if (!tu_upper((unsigned char) t[w]))
		return false;
	while (v > s && tu_alpha((unsigned char) t[v - 1]))
		v--;
	return !tu_word_listed(t + v, l - v, outcome_auxiliaries);
}

/*
 * Is t[s, se) a bare outcome ("Noted.", "Carried unanimously", "- all
 * noted" at its end, a margin "Noted" closing a line)?  Sets its kind and
 * where the outcome phrase starts.
 */
static bool
bare_outcome(const char *t, size_t s, size_t se, int *kind, size_t *lead)
{
	size_t		bare = se;
	size_t		w;

	while (bare > s && (t[bare - 1] == '.' || t[bare - 1] == '!' || tu_space((unsigned char) t[bare - 1])))
		bare--;
	/* "Carried unanimously": the qualifier after it */
	w = bare;
	while (w > s && tu_alpha((unsigned char) t[w - 1]))
		w--;
	if (bare - w == 11 && tu_starts_ci(t + w, 11, "unanimously") && w > s)
	{
		bare = trim_end(t, s, w);
		w = bare;
		while (w > s && tu_alpha((unsigned char) t[w - 1]))
			w--;
	}
	for (size_t i = 0; bare_outcomes[i].word; i++)
	{
		size_t		n;
		size_t		l = w;

		/* (asked of every sentence: the first letter before strlen()) */
		if (bare == w || tu_fold((unsigned char) t[w]) != (unsigned char) bare_outcomes[i].word[0])
			continue;
		n = strlen(bare_outcomes[i].word);
		if (bare - w != n || !tu_starts_ci(t + w, n, bare_outcomes[i].word))
			continue;
		/* one qualifier before it at most */
		{
			size_t		q = trim_end(t, s, l);
			size_t		v = q;

			while (v > s && tu_alpha((unsigned char) t[v - 1]))
				v--;
			if (v < q && tu_word_listed(t + v, q - v, bare_outcome_lead))
				l = v;
		}
		l = trim_end(t, s, l);
		/*
		 * "The accounts were approved": a sentence, read as one.  But a
		 * capitalised outcome closing a line of its own ("Lloyds Bank,
		 * Sheet 27, Balance of £6,564.21 Noted") is the clerk's margin note.
		 */
		if (l > s && t[l - 1] != '-' && !margin_outcome(t, s, l, w))
			return false;
		*kind = bare_outcomes[i].kind;
		*lead = bilingual_pair(t, s, l) ? s : l;
		return true;
	}
	return false;
}

/* Words that make a motion one that did not pass. */
static const char *const motion_lost[] = {
	"lost", "fell", "defeated", "not carried", "withdrawn", "amendment", "against the motion",
	"not seconded", "no seconder",
	"collwyd",					/* Welsh: was lost */
	NULL
};

/* An amendment, English and Welsh (mutated after "a", "y"). */
static const char *const amendment_words[] = {"amendment", "gwelliant", "welliant", NULL};

/* Lines after a motion within which a decision block may restate it. */
#define MOTION_BLOCK_LINES 4

/* Words a motion and its decision share that tell nothing of what was decided. */
static const char *const restated_stopwords[] = {
	"that", "this", "with", "from", "council", "committee", "clerk", "have", "been", "will",
	"which", "their", "would", "should", "were", "cllr", "councillor", "councillors", NULL
};

/* Shared words that make a decision block the motion's own. */
#define RESTATED_WORDS 2
/* Words of a motion compared, at most. */
#define RESTATED_MAX 24

/* Does the word w (lower case) occur in t[s, e), not inside a longer word? */
static bool
has_word_ci(const char *t, size_t s, size_t e, const char *w)
{
	size_t		n = strlen(w);

	for (size_t p = s; p < e;)
	{
		size_t		at = tu_find_ci(t + p, e - p, w);

		if (at >= e - p)
			return false;
		at += p;
		if ((at == s || !tu_alpha((unsigned char) t[at - 1])) &&
			(at + n >= e || !tu_alpha((unsigned char) t[at + n])))
			return true;
		p = at + 1;
	}
	return false;
}

/*
 * Does the sentence after a motion ending at se tell that it was lost ("On
 * a vote (3 for, 7 against) the proposal fell.")?  Not when it tells of an
 * amendment ("An amendment ... was lost").
 */
static bool
lost_after(const block_state *b, size_t se)
{
	size_t		e = sentence_end(b, skip_ws(b->t, se, b->len));

	if (e <= se)
		return false;
	for (size_t i = 0; amendment_words[i]; i++)
		if (has_word_ci(b->t, se, e, amendment_words[i]))
			return false;
	for (size_t i = 0; motion_lost[i]; i++)
		if (has_word_ci(b->t, se, e, motion_lost[i]))
			return true;
	return false;
}

/* The next word of t[p, e) worth comparing (four characters or more, not a stopword), from *p. */
static bool
next_content_word(const char *t, size_t *p, size_t e, size_t *ws, size_t *wn)
{
	while (*p < e)
	{
		size_t		q = *p;

		while (q < e && !tu_alnum((unsigned char) t[q]))
			q++;
		*p = q;
		while (*p < e && (tu_alnum((unsigned char) t[*p]) || t[*p] == '/' || t[*p] == ',' || t[*p] == '.') &&
			   !((t[*p] == ',' || t[*p] == '.') && (*p + 1 >= e || !tu_digit((unsigned char) t[*p + 1]))))
			(*p)++;
		if (*p - q >= 4 && !tu_word_listed(t + q, *p - q, restated_stopwords))
		{
			*ws = q;
			*wn = *p - q;
			return true;
		}
		if (*p == q)
			(*p)++;
	}
	return false;
}

static bool
same_ci(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (tu_fold((unsigned char) a[i]) != tu_fold((unsigned char) b[i]))
			return false;
	return true;
}

/*
 * Does the decision block at t[bs, be) restate the motion t[ms, me): two of
 * its words or more ("that the precept for 2024/25 be £18,500" / "to set a
 * precept of £18,500 for 2024/25")?
 */
static bool
restates(const char *t, size_t ms, size_t me, size_t bs, size_t be)
{
	size_t		mw[RESTATED_MAX][2];
	size_t		nm = 0;
	size_t		shared = 0;
	size_t		p = ms;
	size_t		ws;
	size_t		wn;

	while (nm < RESTATED_MAX && next_content_word(t, &p, me, &ws, &wn))
	{
		mw[nm][0] = ws;
		mw[nm][1] = wn;
		nm++;
	}
	p = bs;
	while (shared < RESTATED_WORDS && next_content_word(t, &p, be, &ws, &wn))
		for (size_t i = 0; i < nm; i++)
			if (mw[i][1] == wn && same_ci(t + ws, t + mw[i][0], wn))
			{
				shared++;
				mw[i][1] = 0;	/* each of the motion's words once */
				break;
			}
	return shared >= RESTATED_WORDS;
}

/*
 * A motion with a decision block restating it within a few lines after it
 * ("Proposed by Cllr Ames, seconded by Cllr Bell, that the precept be
 * £18,500. The proposal was carried." / "RESOLVED to set a precept of
 * £18,500"): the block is the decision's record, the motion is not counted
 * again.  The motion's substance is t[th, se).
 */
static bool
decided_below(block_state *b, size_t th, size_t se)
{
	const char *t = b->t;
	size_t		p = se;

	for (int lines = 0; lines < MOTION_BLOCK_LINES; lines++)
	{
		size_t		e = line_end(t, b->len, p);
		size_t		next = e + 1;

		if (next >= b->len)
			return false;
		e = line_end(t, b->len, next);
		if (trigger_at(t, next, e, b) > 0 && !tu_word_ci(t + skip_ws(t, next, e), e - next, "it was"))
		{
			/* the block's first lines: "RESOLVED:" / (blank) / "That the application be ..." */
			for (int more = 0; more < MOTION_BLOCK_LINES - 1 && e < b->len; more++)
				e = line_end(t, b->len, e + 1);
			return restates(t, th, se, next, e);
		}
		p = next;
	}
	return false;
}

/*
 * A motion's words, English then Welsh: its mover ("Proposed by", "Cynigiwyd
 * gan"), its seconder ("seconded by", "eiliwyd gan") and where its
 * substance starts ("..., that the quotation be accepted", "..., bod y
 * cofnodion yn gywir", "... y dylid rhoi £100").
 */
static const char *const mover_words[] = {"propose", "cynigiwyd", "cynigiodd", NULL};
static const char *const seconder_words[] = {"second", "eiliwyd", "eiliodd", NULL};
static const char *const substance_openers[] = {
	" that ", " bod ", " fod ", " y dylid ", " y dylai ", " y byddai ", NULL
};

/* Where in t[s, s + len) the first of the words starts; len when none does. */
static size_t
find_first_ci(const char *t, size_t s, size_t len, const char *const *words)
{
	size_t		first = len;

	for (size_t i = 0; words[i]; i++)
	{
		size_t		k = tu_find_ci(t + s, first, words[i]);

		if (k < first)
			first = k;
	}
	return first;
}

/*
 * "Proposed by Cllr Ames, seconded by Cllr Bell, that the quotation be
 * accepted", "Cllr Reed proposed acceptance, seconded by Cllr Hale": a
 * motion with its seconder and its substance, not lost.  "Proposed: CF
 * Seconded: RG" alone names the movers of a decision told elsewhere.
 */
static bool
proposer_sentence(const char *t, size_t s, size_t se)
{
	size_t		len = se - s;

	if (find_first_ci(t, s, len, mover_words) >= len || find_first_ci(t, s, len, seconder_words) >= len)
		return false;
	if (find_first_ci(t, s, len, motion_lost) < len)
		return false;
	return find_first_ci(t, s, len, substance_openers) < len || tu_find_ci(t + s, len, "proposed approv") < len ||
		tu_find_ci(t + s, len, "proposed accept") < len || tu_find_ci(t + s, len, "proposed adopt") < len ||
		tu_find_ci(t + s, len, "proposed to ") < len || tu_find_ci(t + s, len, "proposed the ") < len ||
		tu_find_ci(t + s, len, "proposed for ") < len;
}

/*
 * Does the sentence t[s, se) tell the election that the motion t[ms, me)
 * (its substance) proposed: "... that Cllr Lowe remain as Chairman." /
 * "Cllr Lowe was duly elected."?  Only an election, in the motion's words
 * (the name), and not another one ("... was also elected").
 */
static bool
confirms_election(const char *t, size_t ms, size_t me, size_t s, size_t se)
{
	if (!has_word_ci(t, s, se, "elected") || has_word_ci(t, s, se, "also") ||
		has_word_ci(t, s, se, "further"))
		return false;
	for (size_t p = s, ws, wn; next_content_word(t, &p, se, &ws, &wn);)
	{
		size_t		q = ms;
		size_t		ms2,
					mn;

		if (!tu_upper((unsigned char) t[ws]))
			continue;			/* a name is what the two share */
		while (next_content_word(t, &q, me, &ms2, &mn))
			if (mn == wn && same_ci(t + ws, t + ms2, wn))
				return true;
	}
	return false;
}

/*
 * A nomination to an office with its seconder, set out under the office's
 * name, as an annual meeting's minutes list the officers: "Chair: Ann Reid
 * nominated by Tom Shaw and seconded by Lyn Day".  Told in prose ("Cllr Ames
 * was nominated by ...") it may be one of several candidates, and the
 * election is told after it; "nominations for the second round" is news.
 * Not one that fell or found no seconder.
 */
#define OFFICE_LABEL_REACH 40

static bool
nomination(const char *t, size_t s, size_t se)
{
	const char *colon = memchr(t + s, ':', se - s < OFFICE_LABEL_REACH ? se - s : OFFICE_LABEL_REACH);
	size_t		after;
	size_t		nom;

	if (colon == NULL)
		return false;
	after = skip_ws(t, (size_t) (colon - t) + 1, se);
	nom = tu_find_ci(t + after, se - after, " nominated ");
	/* the office, then a name: "Vice Chair: Willie Jones nominated ..." */
	if (after >= se || !tu_upper((unsigned char) t[after]) || nom >= se - after)
		return false;
	for (size_t k = after; k < after + nom; k++)
		if (t[k] == ',' || t[k] == '.')
			return false;
	if (find_first_ci(t, s, se - s, motion_lost) < se - s)
		return false;
	return true;
}

/*
 * A movers' note: "Proposed Cllr Ames, seconded Cllr Bell, all in favour.",
 * "Proposer Cllr G Key, 2nd Cllr J Bruce." (the seconder as "2nd"),
 * "Proposed: Cllr Ames. Seconded: Cllr Bell." (read here from its first
 * sentence).  It opens with "Proposed" or "Proposer" and a name, and names
 * no substance of proposer_sentence()'s kinds ("that ...", "proposed
 * acceptance").  Such a note says the sentence before it was moved and
 * passed; a clause after the seconder is the motion itself ("..., seconded
 * Cllr Bell, to accept the lower quote"), and *tail is set to it (else to
 * se).  A note whose vote went against it tells of a motion lost.
 */
#define MOVERS_NOTE_WORDS 16

/* A name after "Proposed": an honorific or a capital ("Cllr Ames", "K Newell"). */
static bool
name_at(const char *t, size_t p, size_t e)
{
	static const char *const titles[] = {"cllr", "councillor", "mr", "mrs", "ms", "miss", "dr",
	"cyng", NULL};
	size_t		q = p;

	while (q < e && tu_alpha((unsigned char) t[q]))
		q++;
	return p < e && (tu_upper((unsigned char) t[p]) || tu_word_listed(t + p, q - p, titles));
}

static bool
movers_note(block_state *b, size_t s, size_t se, size_t e, size_t *tail)
{
	const char *t = b->t;
	size_t		len = se - s;
	size_t		words = 0;
	size_t		p;
	size_t		sec;
	res_entry	votes;

	*tail = se;
	if (!tu_word_ci(t + s, len, "proposed") && !tu_word_ci(t + s, len, "proposer"))
		return false;
	p = skip_ws(t, s + 8, se);
	if (p < se && t[p] == ':')
		p = skip_ws(t, p + 1, se);
	if (tu_word_ci(t + p, se - p, "by"))
		p = skip_ws(t, p + 2, se);
	if (!name_at(t, p, se))
		return false;
	if (find_first_ci(t, s, len, motion_lost) < len)
		return false;
	for (size_t k = s; k < se; k++)
		if (tu_space((unsigned char) t[k]) && k + 1 < se && !tu_space((unsigned char) t[k + 1]) &&
			++words > MOVERS_NOTE_WORDS)
			return false;
	memset(&votes, 0, sizeof(votes));
	votes.votes_for = votes.votes_against = votes.abstentions = votes.carried = -1;
	read_votes(t + s, len, &votes, b);
	if (votes.carried == 0 || (votes.votes_for >= 0 && votes.votes_against >= votes.votes_for))
		return false;
	sec = tu_find_ci(t + s, len, "second");
	if (sec == len)
		for (size_t k = s + 1; k + 3 <= se; k++)
			if (tu_starts_ci(t + k, 3, "2nd") && !tu_alnum((unsigned char) t[k - 1]) &&
				name_at(t, skip_ws(t, k + 3, se), se))
			{
				sec = k - s;
				break;
			}
	if (sec < len)
	{
		/* "..., seconded Cllr Bell, to accept the lower quote of £450" */
		size_t		c = tu_find_ci(t + s + sec, len - sec, ", to ");
		size_t		colon = tu_find_ci(t + s + sec, len - sec, ": ");

		if (c < len - sec)
			*tail = s + sec + c + 2;
		else if (colon < len - sec && colon > 10)
			*tail = s + sec + colon + 2;
		return true;
	}
	/* "Proposed: Cllr Ames." then "Seconded: Cllr Bell." */
	{
		size_t		r = skip_ws(t, se, e);

		return r < e && (tu_starts_ci(t + r, e - r, "seconded") || tu_starts_ci(t + r, e - r, "2nd"));
	}
}

/* A question or another's words, which no movers' note makes a decision. */
static bool
reported_sentence(const char *t, size_t s, size_t e)
{
	static const char *const telling[] = {"asked", "reported", "said", "explained", "informed",
	"advised", "stated", "enquired", "queried", "gave a report", NULL};

	e = trim_end(t, s, e);
	if (e > s && t[e - 1] == '?')
		return true;
	for (size_t i = 0; telling[i]; i++)
		if (has_word_ci(t, s, e, telling[i]))
			return true;
	return false;
}

/*
 * The words a sentence's readings need, found in one pass over its words:
 * each reading below runs only when the words it looks for are there, for
 * most sentences of a body tell no decision.
 */
#define SW_PROPOSE	0x01		/* a word opening with "propos" */
#define SW_SECOND	0x02		/* ... "second" */
#define SW_IT_WAS	0x04		/* "it" then "was" */
#define SW_ASSENT	0x08		/* "content", "approval" */
#define SW_OUTCOME	0x20		/* one of body_outcome_verbs */
#define SW_NO		0x40		/* "no" */
#define SW_DECIDED_CY 0x80		/* Welsh "cytunwyd", "penderfynwyd" (it was agreed, resolved) */
#define SW_PROPOSE_CY 0x100		/* Welsh "cynigiwyd", "cynigiodd" */
#define SW_SECOND_CY 0x200		/* Welsh "eiliwyd", "eiliodd" */
#define SW_NOMINATE 0x400		/* a word opening with "nominat" */
#define SW_PASSIVE_OUTCOME 0x800	/* "was"/"were", outcome_adverbs, then one of outcome_verbs */

/* Readings of single words that are not flags of their own. */
#define SW_FLAGS	0xFFFF		/* the flags above; the readings below are not returned */
#define SW_WORD_IT	0x10000		/* "it", for "it was" */
#define SW_WORD_ND	0x20000		/* "nd", for "2nd" */
#define SW_WORD_OUTCOME 0x40000	/* one of outcome_verbs */
#define SW_WORD_ADVERB 0x80000	/* one of outcome_adverbs */
#define SW_WORD_PASSIVE 0x100000	/* "was", "were" */

/*
 * The words sentence_words() reads, as (form, shortest length, longest
 * length, what it tells): a prefix form takes any word at least as long,
 * a whole word only its own length.  A word in two lists is one row that
 * tells both.
 */
typedef struct
{
	const char *form;
	size_t		shortest;
	size_t		longest;
	unsigned	tells;
} sentence_word_form;

static const sentence_word_form sentence_word_forms[] = {
	{"propos", 6, SIZE_MAX, SW_PROPOSE}, {"second", 6, SIZE_MAX, SW_SECOND},
	{"nominat", 9, SIZE_MAX, SW_NOMINATE},
	{"cynigiwyd", 9, 9, SW_PROPOSE_CY}, {"cynigiodd", 9, 9, SW_PROPOSE_CY},
	{"eiliwyd", 7, 7, SW_SECOND_CY}, {"eiliodd", 7, 7, SW_SECOND_CY},
	{"content", 7, 7, SW_ASSENT}, {"approval", 8, 8, SW_ASSENT},
	{"was", 3, 3, SW_WORD_PASSIVE}, {"were", 4, 4, SW_WORD_PASSIVE},
	{"no", 2, 2, SW_NO}, {"dim", 3, 3, SW_NO},
	{"it", 2, 2, SW_WORD_IT}, {"nd", 2, 2, SW_WORD_ND},
	{NULL, 0, 0, 0}
};

/* Lists of whole words declared elsewhere, and what each tells here. */
static const struct
{
	const char *const *words;
	unsigned	tells;
}			sentence_word_lists[] = {
	{welsh_decided, SW_DECIDED_CY}, {welsh_decided_after_and, SW_DECIDED_CY},
	{body_outcome_verbs, SW_OUTCOME}, {body_request_verbs, SW_OUTCOME},
	{outcome_verbs, SW_WORD_OUTCOME}, {outcome_adverbs, SW_WORD_ADVERB},
	{NULL, 0}
};

/* A row for each form and listed word (with the lists' NULLs to spare), by their first two letters. */
#define SW_MAX_ROWS (LENGTH_OF(sentence_word_forms) + LENGTH_OF(welsh_decided) + \
					 LENGTH_OF(welsh_decided_after_and) + LENGTH_OF(body_outcome_verbs) + \
					 LENGTH_OF(body_request_verbs) + LENGTH_OF(outcome_verbs) + \
					 LENGTH_OF(outcome_adverbs))

static tu_wordset_row sentence_word_rows[SW_MAX_ROWS];
static tu_wordset sentence_word_set;

static void
build_sentence_words(void)
{
	tu_wordset_init(&sentence_word_set, sentence_word_rows, LENGTH_OF(sentence_word_rows));
	for (size_t i = 0; sentence_word_forms[i].form; i++)
		tu_wordset_add(&sentence_word_set, sentence_word_forms[i].form, sentence_word_forms[i].shortest,
					   sentence_word_forms[i].longest, sentence_word_forms[i].tells);
	for (size_t l = 0; sentence_word_lists[l].words; l++)
		tu_wordset_add_list(&sentence_word_set, sentence_word_lists[l].words, sentence_word_lists[l].tells);
}

static unsigned
sentence_words(const char *t, size_t s, size_t e)
{
	static bool rows_ready = false;
	unsigned	found = 0;
	bool		prev_it = false;
	bool		passive_run = false;	/* "was", "were" and any outcome_adverbs after them */

	if (!rows_ready)
	{
		build_sentence_words();
		rows_ready = true;
	}

	for (size_t p = s; p < e;)
	{
		size_t		q;
		unsigned	tells;

		if (!tu_alpha((unsigned char) t[p]))
		{
			/* "it was" are two words in a row: not "it, was" nor "it. Was" */
			if (!tu_space((unsigned char) t[p]))
				prev_it = false;
			p++;
			continue;
		}
		q = tu_letters_end(t, p, e);
		tells = tu_wordset_tells(&sentence_word_set, t + p, q - p);
		/* "Proposer Cllr Key, 2nd Cllr Bruce" */
		if ((tells & SW_WORD_ND) && p > s && t[p - 1] == '2' &&
			(p - 1 == s || !tu_alnum((unsigned char) t[p - 2])))
			found |= SW_SECOND;
		if ((tells & SW_WORD_PASSIVE) && prev_it && q - p == 3)
			found |= SW_IT_WAS;
		/* what narrative_decision() needs: "were duly approved", across any punctuation */
		if ((tells & SW_WORD_OUTCOME) && passive_run)
			found |= SW_PASSIVE_OUTCOME;
		found |= tells & SW_FLAGS;
		passive_run = (tells & SW_WORD_PASSIVE) || (passive_run && (tells & SW_WORD_ADVERB));
		prev_it = (tells & SW_WORD_IT) != 0;
		p = q;
	}
	return found;
}

/* Lines below its own that a hard-wrapped sentence may run on over. */
#define WRAP_MAX_LINES 3

/* "a) ", "b. ", "iv) ", "ii. ": a lower-case list mark opening t[r..). */
static bool
lower_list_mark(const char *t, size_t len, size_t r)
{
	size_t		q = r;
	bool		roman = true;

	while (q < len && tu_lower((unsigned char) t[q]) && q - r < 5)
	{
		roman = roman && (t[q] == 'i' || t[q] == 'v' || t[q] == 'x');
		q++;
	}
	return q < len && q > r && (t[q] == ')' || (t[q] == '.' && (q - r == 1 || roman)));
}

/* A line this long, or ending in one of these words, was cut by the page's width. */
#define WRAPPED_LINE_MIN 60
static const char *const unfinished_words[] = {
	"the", "a", "an", "of", "to", "and", "or", "be", "by", "for", "that", "with", "in", "on",
	"at", "from", "as", "was", "were", "is", "are", "this", "which", NULL
};

static bool
cut_by_width(const char *t, size_t s, size_t se)
{
	size_t		w = se;

	if (se - s >= WRAPPED_LINE_MIN)
		return true;
	while (w > s && tu_alpha((unsigned char) t[w - 1]))
		w--;
	return tu_word_listed(t + w, se - w, unfinished_words);
}

/*
 * Does the sentence that ends the line t[s, e) run on to the next line: it
 * ends in no full stop (but an abbreviation's), colon or semicolon, and the
 * next line opens with a lower-case word that is not a list's mark?
 */
static bool
continues_below(const block_state *b, size_t s, size_t e)
{
	const char *t = b->t;
	size_t		se = trim_end(t, s, e);
	size_t		r = e + 1;
	char		c;

	if (se <= s || e >= b->len)
		return false;
	c = t[se - 1];
	if ((c == '.' && !tu_abbreviation_stop(t, 0, se - 1)) || c == ':' || c == ';' || c == '!' || c == '?' ||
		c == ')')
		return false;
	/* "Finance" / "the Clerk presented ...": a short line is a line of its own */
	if (!cut_by_width(t, line_start(t, s), se))
		return false;
	while (r < b->len && (t[r] == ' ' || t[r] == '\t'))
		r++;
	return r < b->len && tu_lower((unsigned char) t[r]) && !lower_list_mark(t, b->len, r);
}

/*
 * Where the sentence that runs on below the line ending at e ends: its
 * first full stop (not an abbreviation's) on the lines below, or the end of
 * the last line it runs on to, at most WRAP_MAX_LINES down.  *last_e is the
 * end of the line it ends on.
 */
static size_t
wrapped_end(const block_state *b, size_t e, size_t *last_e)
{
	const char *t = b->t;

	for (int lines = 0; lines < WRAP_MAX_LINES && e < b->len; lines++)
	{
		size_t		ls = e + 1;
		size_t		le = line_end(t, b->len, ls);

		*last_e = le;
		for (size_t q = ls; q < le; q++)
			if ((t[q] == '.' || t[q] == '?' || t[q] == '!') &&
				(q + 1 == le || tu_space((unsigned char) t[q + 1])) &&
				!(t[q] == '.' && tu_abbreviation_stop(t, 0, q)))
				return q + 1;
		e = le;
		if (!continues_below(b, ls, le))
			break;
	}
	return e;
}

/*
 * The decisions told in narrative in t[from, e), a stretch of one line that
 * opens no decision block: each sentence that tells one is a resolution,
 * and a bare "Noted." or "- all noted" makes one of the text before it.  A
 * last sentence hard-wrapped on to the lines below is read whole, and the
 * scan goes on after it.
 */
static size_t
narrative_decisions(block_state *b, size_t from, size_t e)
{
	const char *t = b->t;
	size_t		s = skip_ws(t, from, e);
	size_t		prev;
	bool		prev_decided = false;	/* the sentence before made an entry */
	size_t		motion_at = SIZE_MAX;	/* the start of the last motion counted */
	size_t		motion_sub = 0;		/* its substance, to its end */
	size_t		motion_end = 0;
	bool		wrapped = false;	/* a sentence ran on to the lines below */
	bool		after_wrap = false; /* ... and this one follows it */
	/* a movers' note opening the line moves the last sentence of the line above */
	bool		above = b->last_line_end > 0 && b->last_line_end + 1 == from;
	size_t		above_s = b->last_s;
	size_t		above_e = b->last_line_end;
	bool		above_decided = b->last_decided;
	/* the last sentence read before, however far above: an outcome after it confirms it */
	bool		earlier_decided = b->last_line_end > 0 && b->last_decided;
	/*
	 * The line's first words go on with a sentence from the line above
	 * ("... amended to read: 'The" / "Committee asked for ..."): no subject
	 * opens there.
	 */
	size_t		line_text = skip_ws(b->t, from, e);
	bool		continued = from > 0 && b->t[from - 1] == '\n' && wrapped_from(b->t, from);

	b->last_line_end = 0;

	{
		/* a list's mark, "6)      Proposer Cllr Gale, 2nd Cllr Hart", is no sentence of its own */
		marker		m;

		if (read_marker(t, s, e, &m))
			s = m.content;
	}
	prev = s;
	memset(&b->proto, 0, sizeof(b->proto));
	b->proto.votes_for = b->proto.votes_against = b->proto.abstentions = b->proto.carried = -1;
	b->trigger_kind = RESKIND_NONE;
	b->information_only = false;
	while (s < e && !b->stopped)
	{
		size_t		n = sentence_after(b, s, e);
		size_t		se = trim_end(t, s, n);
		unsigned	words;
		size_t		emitted_before;
		size_t		tail;

		if (se <= s)
			break;
		if (after_wrap)
		{
			/* the line a wrapped sentence ended on was not read for a decision's opening */
			size_t		k = trigger_at(t, s, e, b);

			if (k > 0 && skip_ws(t, k, e) < e && tu_word_ci(t + s, e - s, "it was"))
				return narrative_entry(b, s, k);
			if (k > 0)
				return parse_block(b, s, skip_ws(t, k, e) < e ? k : (e < b->len ? e + 1 : b->len));
		}
		if (n == e && continues_below(b, s, e))
		{
			/*
			 * "... seconded by Cllr. H. Gwynne and agreed, that the minutes of /
			 * the last meeting ... were correct.  Agreed.": read to its full
			 * stop, then the rest of the line it ends on.
			 */
			n = wrapped_end(b, e, &e);
			se = trim_end(t, s, n);
			n = skip_ws(t, n, e);
			wrapped = true;
		}
		emitted_before = b->emitted;
		after_wrap = wrapped;

		span_tick(b, s);
		{
			/* "Letter from the library. Noted.", "Parish Review - all noted.", "... accepted. Carried" */
			int			kind;
			size_t		lead;

			if (bare_outcome(t, s, se, &kind, &lead))
			{
				size_t		te = lead > s ? trim_end(t, s, t[lead - 1] == '-' ? lead - 1 : lead) : s;

				bool		alone = lead == s && prev == s && n >= e && s == skip_ws(t, from, e);

				b->forced_kind = kind;
				if (te > s)
					emit_entry(b, s, te, s, s);		/* the thing before the dash */
				else if (lead == s && prev < s && !prev_decided)
					emit_entry(b, prev, trim_end(t, prev, s), prev, prev);	/* the sentence before */
				else if (alone && above && !above_decided)
					emit_entry(b, above_s, trim_end(t, above_s, s), above_s, above_s);	/* the line above's */
				else if (alone && !above && !earlier_decided)
					emit_entry(b, s, se, s, s);		/* "Noted." closing the paragraph above */
				b->forced_kind = -1;
				if (te > s || (lead == s && prev < s) || alone)
				{
					prev_decided = b->emitted > emitted_before;
					prev = s;
					s = n;
					continue;
				}
			}
		}
		words = sentence_words(t, s, se);
		/* a bilingual item's motions are read in English (reads_welsh) */
		if ((words & (SW_PROPOSE_CY | SW_SECOND_CY)) && reads_welsh(b))
			words |= (words & SW_PROPOSE_CY ? SW_PROPOSE : 0) | (words & SW_SECOND_CY ? SW_SECOND : 0);
		if ((words & SW_PROPOSE) && (prev < s ? !prev_decided : above && !above_decided &&
									 !(sentence_words(t, above_s, above_e) & (SW_PROPOSE | SW_SECOND))) &&
			!proposer_sentence(t, s, se) && movers_note(b, s, se, b->len, &tail) && !lost_after(b, se) &&
			(tail < se || !reported_sentence(t, prev < s ? prev : above_s, s)))
		{
			/* "The hall will be booked for 8 May. Proposer Cllr Key, 2nd Cllr Bruce." */
			size_t		moved = prev < s ? prev : above_s;

			b->trigger_kind = RES_AGREED;
			if (tail < se)
				emit_entry(b, tail, se, tail, tail);	/* the motion after the seconder */
			else
				emit_entry(b, moved, trim_end(t, moved, s), moved, moved);
			b->trigger_kind = RESKIND_NONE;
			prev_decided = b->emitted > emitted_before;
			prev = s;
			s = n;
			continue;
		}
		if ((words & (SW_PROPOSE | SW_SECOND)) == (SW_PROPOSE | SW_SECOND) && proposer_sentence(t, s, se))
		{
			/* "Proposed by Cllr Ames, seconded by Cllr Bell, that the quote be accepted." */
			size_t		th = find_first_ci(t, s, se - s, substance_openers);

			if (lost_after(b, se) || decided_below(b, th < se - s ? s + th : s, se))
			{
				prev_decided = false;
				prev = s;
				s = n;
				continue;
			}

			/*
			 * "... seconded by Cllr Tudor and unanimously agreed, that the Clerk
			 * write ...": the verb after the seconder, where the substance has
			 * none ("Having noted the report, it was proposed" tells nothing)
			 */
			if (th < se - s)
			{
				size_t		sec = 0;

				for (size_t k; (k = find_first_ci(t, s + sec, th - sec, seconder_words)) < th - sec;)
					sec += k + 6;
				b->trigger_kind = reskind_by_verb(t + s + sec, th - sec);
			}
			/*
			 * "Cllr Leamon proposed acceptance seconded by Cllr Ryves." names no
			 * substance: under each paper it is another decision, in the same words
			 */
			b->repeats = th >= se - s;
			emit_entry(b, th < se - s ? s + th + 1 : s, se, s, s);
			b->repeats = false;
			b->trigger_kind = RESKIND_NONE;
			prev_decided = b->emitted > emitted_before;
			if (prev_decided)
			{
				motion_at = s;
				motion_sub = th < se - s ? s + th : s;
				motion_end = se;
			}
			prev = s;
			s = n;
			continue;
		}
		{
			/* "After discussion it was agreed that ...": the decision is what follows */
			size_t		it = se - s;
			size_t		to = se > e ? se : e;
			size_t		k;

			/* "It was unanimously agreed that ..." opening the sentence, after a bullet too */
			if ((words & SW_IT_WAS) && tu_word_ci(t + s, se - s, "it was"))
				it = 0;
			else if (words & SW_IT_WAS)
			{
				it = tu_find_ci(t + s, se - s, " it was ");
				it = it < se - s ? it + 1 : se - s;
			}
			else if ((words & SW_DECIDED_CY) && reads_welsh(b))
			{
				/* "Wedi trafodaeth, cytunwyd y byddai'r Cyngor yn cofrestru ...", "... a phenderfynwyd y dylid ..." */
				it = welsh_decided_inside(t, s, se);
			}
			k = it < se - s ? trigger_at(t, s + it, to, b) : 0;

			if (k > 0 && skip_ws(t, k, to) < to)
				return narrative_entry(b, s, k);
		}
		if ((words & SW_ASSENT) && consent_sentence(t, s, se))
		{
			/* "All Councillors were content.": the members' assent is an approval */
			b->forced_kind = RES_APPROVED;
			b->repeats = true;
			emit_entry(b, s, se, s, s);
			b->repeats = false;
			b->forced_kind = -1;
		}
		else if ((words & SW_NO) && planning_response(t, s, se))
		{
			/* one per application: "NO OBJECTIONS" under each of them */
			b->repeats = true;
			emit_entry(b, s, se, s, s);
			b->repeats = false;
		}
		else if (((words & SW_PASSIVE_OUTCOME) && narrative_decision(t, s, se)) ||
				 ((words & SW_OUTCOME) && !(s == line_text && continued) && body_outcome(t, s, se)))
		{
			/*
			 * "Proposed by ..., seconded by ..., that Cllr Lee remain Chair.
			 * Cllr Lee was duly elected.": the outcome of the motion just
			 * counted, in its words, confirms it, as a bare "Agreed." does
			 * ("The Parish Council noted the audit" after it is another).
			 */
			if (prev == motion_at && prev < s && confirms_election(t, motion_sub, motion_end, s, se))
				emitted_before = SIZE_MAX;
			else
				emit_entry(b, s, se, s, s);
		}
		else if ((words & (SW_NOMINATE | SW_SECOND)) == (SW_NOMINATE | SW_SECOND) && nomination(t, s, se))
		{
			/* "Chair: Ann Reid nominated by Tom Shaw and seconded by Lyn Day" */
			emit_entry(b, s, se, s, s);
		}
		prev_decided = emitted_before == SIZE_MAX || b->emitted > emitted_before;
		prev = s;
		s = n;
	}
	if (!b->stopped && prev < e)
	{
		b->last_s = prev;
		b->last_decided = prev_decided;
		b->last_line_end = e;
	}
	return e + 1;
}

/* Is t[s, e) one word, white space around it aside ("Agreed", not "The Council resolved")? */
static bool
one_word(const char *t, size_t s, size_t e)
{
	s = skip_ws(t, s, e);
	e = trim_end(t, s, e);
	for (size_t k = s; k < e; k++)
		if (tu_space((unsigned char) t[k]))
			return false;
	return s < e;
}

/*
 * A bilingual item prints each decision in both languages: it is read once,
 * in English, and the Welsh words only where no English one occurs.  Read
 * the first time a Welsh word asks: most items hold none.
 */
static bool
reads_welsh(block_state *b)
{
	if (b->welsh < 0)
		b->welsh = find_ci(b->t, b->len, "resolved", b) == b->len && find_ci(b->t, b->len, "agreed", b) == b->len;
	return b->welsh > 0;
}

/* Does t[s, e) hold a separator, a colon or a dash, as "RESOLVED:" and "Resolved –" do? */
static bool
separated(const char *t, size_t s, size_t e)
{
	for (size_t k = s; k < e; k++)
		if (t[k] == ':' || t[k] == '-' || tu_unicode_dash(t + k, e - k) > 0)
			return true;
	return false;
}

/*
 * Where in t[.., e) after p a decision may open: the next sentence, or a
 * "RESOLVED" in capitals wherever it stands, as a clerk prints it inside a
 * run-on line ("... Coombe Ferris £3,705.00 RESOLVED to set the
 * contributions ...", a scan that lost its line breaks).
 */
static size_t
next_opening(block_state *b, size_t p, size_t e)
{
	const char *t = b->t;
	size_t		n = sentence_after(b, p, e);

	for (size_t k = p + 1; k + 8 <= n; k++)
	{
		const char *r = memchr(t + k, 'R', n - 7 - k);

		if (r == NULL)
			break;
		k = (size_t) (r - t);
		if (tu_space((unsigned char) t[k - 1]) && memcmp(t + k, "RESOLVED", 8) == 0 &&
			(k + 8 == e || !tu_alpha((unsigned char) t[k + 8])))
			return k;
	}
	return n;
}

/*
 * A council that numbers its resolutions prints the number after the
 * keyword: "Resolved 15/03/11.01" over the decision's paragraph, "RESOLVED
 * 24/131 That the accounts be approved".  The number is the entry's label,
 * not its text.  It is a run of digits with a slash or a full stop between
 * digits (a list mark "2." or a vote "(5-3)" is not one) ending in white
 * space, and the decision after it opens with a capital or is on the next
 * line.  Returns where the decision's text may begin: after the number, or
 * k when there is none.
 */
static size_t
resolution_number(block_state *b, size_t k, size_t e)
{
	const char *t = b->t;
	size_t		q = skip_ws(t, k, e);
	size_t		r = q;
	bool		between_digits = false;

	size_t		longest = 0;	/* the longest run of digits */
	size_t		run = 0;
	size_t		after;

	while (r < e && (tu_digit((unsigned char) t[r]) || t[r] == '/' || t[r] == '.'))
	{
		if ((t[r] == '/' || t[r] == '.') && r > q && tu_digit((unsigned char) t[r - 1]) &&
			r + 1 < e && tu_digit((unsigned char) t[r + 1]))
			between_digits = true;
		run = tu_digit((unsigned char) t[r]) ? run + 1 : 0;
		if (run > longest)
			longest = run;
		r++;
	}
	if (r == q || !tu_digit((unsigned char) t[q]) || !between_digits || (r < e && !tu_space((unsigned char) t[r])))
		return k;
	/*
	 * Its decision opens with a capital or is on the next line: "Agreed
	 * 7.30 pm as the start time", "RESOLVED 2024/25 precept be set" hold a
	 * time and a year; a vote "5/0" has single digits only.
	 */
	after = skip_ws(t, r, e);
	if (longest < 2 || (after < e && !tu_upper((unsigned char) t[after])))
		return k;
	b->number_start = q;
	b->number_end = t[r - 1] == '.' ? r - 1 : r;
	b->number_alone = after >= e;
	return r;
}

void
res_scan(const char *text, size_t len, res_emit_fn emit, void (*tick) (void *ctx), void *ctx)
{
	block_state b;
	size_t		p = 0;

	memset(&b, 0, sizeof(b));
	b.t = text;
	b.len = len;
	b.emit = emit;
	b.tick = tick;
	b.ctx = ctx;
	b.next_tick = TICK_BYTES;
	b.forced_kind = -1;
	b.trigger_kind = RESKIND_NONE;
	b.welsh = -1;
	while (p < len && !b.stopped)
	{
		size_t		e;
		size_t		k;

		/* a line of white space opens nothing */
		p = after_space_lines(&b, p);
		if (p >= len)
			break;
		e = line_end(text, len, p);
		maybe_tick(&b, p);
		k = trigger_at(text, p, e, &b);
		/* "... the Clerk / agreed to provide": a wrapped sentence, not a decision */
		if (k > 0 && skip_ws(text, p, e) < e && tu_lower((unsigned char) text[skip_ws(text, p, e)]) &&
			wrapped_from(text, p))
			k = 0;
		/* "Agreed." alone on its line: a bare outcome (narrative_decisions), no block under it */
		if (k > 0)
		{
			size_t		r = skip_ws(text, k, e);

			if (r < e && (text[r] == '.' || text[r] == '!') && skip_ws(text, r + 1, e) >= e)
				k = 0;
		}

		if (k > 0 && skip_ws(text, k, e) < e && tu_word_ci(text + skip_ws(text, p, e), e - p, "it was"))
		{
			/* "It was agreed that ...": a sentence of the narrative, no list under it */
			p = narrative_entry(&b, p, k);
			continue;
		}
		if (k > 0)
		{
			size_t		cs;

			k = resolution_number(&b, k, e);
			/* "Resolved:" alone: the content is on the next lines. */
			cs = skip_ws(text, k, e) < e ? k : (e < len ? e + 1 : len);

			p = parse_block(&b, p, cs);
			continue;
		}
		/* a decision that opens a sentence inside the line, or is told in one */
		{
			size_t		from = p;
			size_t		ss = p;
			bool		opened = false;

			while (!opened && (ss = next_opening(&b, ss, e)) < e)
			{
				size_t		sk = trigger_at(text, ss, e, &b);
				size_t		rest = sk > 0 ? skip_ws(text, sk, e) : e;

				/*
				 * "... were correct. Agreed." and "... seconded by Cllr Ryves.
				 * Agreed" closing the line: a bare outcome closing the sentence
				 * before, no block ("Cllr Hale left. RESOLVED:" opens one).
				 */
				if (sk > 0 && ((rest < e && (text[rest] == '.' || text[rest] == '!') &&
								skip_ws(text, rest + 1, e) >= e) ||
							   (rest >= e && one_word(text, ss, e) && !separated(text, ss, e))))
					sk = 0;
				if (sk > 0 && skip_ws(text, sk, e) < e && tu_word_ci(text + ss, e - ss, "it was"))
				{
					narrative_decisions(&b, from, ss);
					p = narrative_entry(&b, ss, sk);
					opened = true;
					continue;
				}
				if (sk > 0)
				{
					size_t		cs = skip_ws(text, sk, e) < e ? sk : (e < len ? e + 1 : len);

					narrative_decisions(&b, from, ss);
					p = parse_block(&b, ss, cs);
					opened = true;
				}
			}
			if (opened)
				continue;
			p = narrative_decisions(&b, from, e);
		}
	}
}

size_t
res_render(const char *text, const res_entry *e, char *out)
{
	size_t		o = 0;
	size_t		s = e->start;
	size_t		end = e->end;
	bool		space = false;
	bool		lead = e->lead_end > e->lead_start;

	/* Trailing joiners: "; and", "; &", "and,", ";" */
	for (;;)
	{
		end = trim_end(text, s, end);
		if (end > s && (text[end - 1] == ';' || text[end - 1] == '&' || text[end - 1] == ','))
			end--;
		else if (end >= s + 4 && tu_starts_ci(text + end - 4, 4, " and"))
			end -= 4;
		else
			break;
	}
	for (int part = lead ? 0 : 1; part < 2; part++)
	{
		size_t		from = part == 0 ? e->lead_start : s;
		size_t		to = part == 0 ? e->lead_end : end;
		bool		first = true;

		for (size_t i = from; i < to; i++)
		{
			unsigned char c = (unsigned char) text[i];

			if (c == '*' && i + 1 < to && text[i + 1] == '*')
			{
				i++;
				continue;
			}
			if (tu_space(c) || c == '\n')
			{
				space = o > 0;
				continue;
			}
			if (space)
			{
				out[o++] = ' ';
				space = false;
			}
			/* "that the Board" + "Note the report": "that the Board note the report" */
			if (part == 1 && lead && first && tu_upper(c) && i + 1 < to &&
				tu_lower((unsigned char) text[i + 1]))
				c = (unsigned char) (c + 32);
			first = false;
			out[o++] = (char) c;
		}
		space = o > 0;
	}
	if (o > 0 && tu_lower((unsigned char) out[0]))
		out[0] = (char) (out[0] - 32);
	return o;
}
