/*
 * actions.c - requested actions in a minute item (see actions.h).
 *
 * Everything here is word matching on byte spans: a pattern is an ASCII
 * phrase matched case-insensitively on word boundaries, where a space
 * matches any run of white space (PDF text wraps anywhere) and a final '*'
 * any further letters.  The rules are about the grammar of requests that
 * councils share (a request or undertaking marker, then something to
 * deliver, a recipient or a due date), not about one council's wording.
 */
#include "actions.h"

#include <stdint.h>
#include <string.h>

#include "textutil.h"
#include "tokenize.h"

#define U(s, i) ((unsigned char) (s)[i])

/*
 * Sentences longer than this are cut: no request is that long, and it
 * bounds the work per byte (each sentence is matched against a fixed set
 * of word lists).
 */
#define MAX_SENTENCE 3000

/* How far before a date its preposition is looked for. */
#define DUE_LOOKBACK 64

typedef struct span
{
	const char *s;
	size_t		n;
} span;

static bool
blank(unsigned char c)
{
	return tu_space(c) || c == '\n';
}

static bool
wordc(unsigned char c)
{
	return tu_alnum(c) || c >= 0x80;
}

/* Length of pattern w matched at s[i..], or 0. */
static size_t
match_at(const span *sp, size_t i, const char *w)
{
	const char *s = sp->s;
	size_t		n = sp->n;
	size_t		j = i;

	if (i >= n || (i > 0 && wordc(U(s, i - 1))))
		return 0;
	for (; *w; w++)
	{
		if (*w == '*')
		{
			while (j < n && tu_alpha(U(s, j)))
				j++;
			return j - i;
		}
		if (*w == ' ')
		{
			if (j >= n || !blank(U(s, j)))
				return 0;
			while (j < n && blank(U(s, j)))
				j++;
			continue;
		}
		if (j >= n || tu_fold(U(s, j)) != tu_fold((unsigned char) *w))
			return 0;
		j++;
	}
	if (j < n && wordc(U(s, j)))
		return 0;
	return j - i;
}

/* Pattern of list matched at i: its length (and index), or 0. */
static size_t
match_list(const span *sp, size_t i, const char *const *list, int *which)
{
	unsigned char c;

	if (i >= sp->n)
		return 0;
	c = tu_fold(U(sp->s, i));
	for (int k = 0; list[k]; k++)
	{
		size_t		m;

		/* most patterns fail on the first letter: test it without a call */
		if (tu_fold((unsigned char) list[k][0]) != c)
			continue;
		m = match_at(sp, i, list[k]);

		if (m > 0)
		{
			if (which)
				*which = k;
			return m;
		}
	}
	return 0;
}

/* First position >= from where a pattern of list matches, or sp->n. */
static size_t
find_list(const span *sp, size_t from, const char *const *list, size_t *mlen)
{
	/*
	 * The first letters of the list's patterns, as a mask: most words of a
	 * sentence start with none of them and are passed over without walking
	 * the list (this search runs over every sentence of an item).
	 */
	uint32_t	firsts = 0;
	bool		other_first = false;

	for (int k = 0; list[k]; k++)
	{
		unsigned char c = tu_fold((unsigned char) list[k][0]);

		if (c >= 'a' && c <= 'z')
			firsts |= UINT32_C(1) << (c - 'a');
		else
			other_first = true;
	}
	for (size_t i = from; i < sp->n; i++)
	{
		size_t		m;
		unsigned char c;

		if (!tu_alpha(U(sp->s, i)) || (i > 0 && wordc(U(sp->s, i - 1))))
			continue;
		c = tu_fold(U(sp->s, i));
		if (!other_first && (c < 'a' || c > 'z' || !(firsts & (UINT32_C(1) << (c - 'a')))))
			continue;
		m = match_list(sp, i, list, NULL);
		if (m > 0)
		{
			if (mlen)
				*mlen = m;
			return i;
		}
	}
	return sp->n;
}

static bool
has_any(const span *sp, size_t from, const char *const *list)
{
	return find_list(sp, from, list, NULL) < sp->n;
}

/* Start of the next word at or after i (or n). */
static size_t
skip_blank(const span *sp, size_t i)
{
	while (i < sp->n && !tu_alnum(U(sp->s, i)) && U(sp->s, i) < 0x80 &&
		   sp->s[i] != '(' && sp->s[i] != '&')
		i++;
	return i;
}

static size_t
word_end(const span *sp, size_t i)
{
	while (i < sp->n && (wordc(U(sp->s, i)) || sp->s[i] == '\'' || sp->s[i] == '-'))
		i++;
	return i;
}

/* ---------------------------------------------------------------------
 * Word lists
 */

/* Verbs that deliver something to someone, after "be" ("be circulated"). */
static const char *const passive_strong[] = {
	"provided", "circulated", "shared", "sent", "arranged", "convened", "brought",
	"submitted", "presented", "reported back", "prepared", "produced", "forwarded",
	"distributed", "added", "included", "scheduled", "invited", "contacted",
	"written to", "investigated", "explored", "organised", "organized", "emailed",
	"e-mailed", "made available", "set up", "sought", "obtained", "given",
	"updated", "drafted", "copied", "placed", "requested", "asked", "identified",
	"issued", "supplied", "fed back", "followed up", "looked into", "clarified",
	"confirmed", "pursued", "undertaken", "carried out", "circulated", "tabled",
	"commissioned", "established", NULL
};

/* Verbs that are actions only with a future meeting or date ("be considered at a future meeting"). */
static const char *const passive_weak[] = {
	"considered", "reviewed", "examined", "discussed", "monitored", "revisited",
	"looked at", "received", "reported", "taken", "presented", "scrutinised",
	"scrutinized", NULL
};

/* The same in the active voice, after "will", "would", "to" or a named owner. */
static const char *const active_strong[] = {
	"provide", "circulate", "share", "send", "arrange", "convene", "bring",
	"submit", "present", "report back", "prepare", "produce", "forward",
	"distribute", "add", "include", "schedule", "invite", "contact", "write",
	"investigate", "explore", "organise", "organize", "email", "e-mail",
	"make available", "set out", "set up", "seek", "obtain", "supply",
	"feed back", "follow up", "look into", "liaise", "attend", "identify",
	"clarify", "confirm", "update", "draft", "issue", "pursue", "check",
	"find out", "respond", "reply", "brief", "come back", "return", "visit",
	"request", "ask", "raise", "publish", "consult", "meet", "speak", "discuss",
	"ensure", "give", "think", "develop", "advise", "inform", "arrange for", "email",
	"monitor", "review", "consider", "examine", "undertake", "carry out", "table",
	"commission", NULL
};

/* Weak ones among them: actions only with a due phrase. */
static const char *const active_weak[] = {
	"monitor", "review", "consider", "examine", "discuss", "receive", "think",
	"ensure", "develop", "give", NULL
};

/* "agreed to ..." that is a decision, not a task. */
static const char *const decision_verbs[] = {
	"note", "approve", "accept", "endorse", "support", "agree", "recommend",
	"adopt", "defer", "refer", "welcome", "thank", "exclude", "suspend",
	"appoint", "elect", "continue", "receive", "consider", "be", "the", NULL
};

/* Resolution wording that decides rather than asks. */
static const char *const decided[] = {
	"be noted", "be approved", "be agreed", "be endorsed", "be accepted",
	"be refused", "be granted", "be received", "be welcomed", "be supported",
	"be adopted", "be ratified", "be deferred", "be recommended", "be rejected",
	"be withdrawn", "be signed", "be confirmed as", NULL
};

/* Things a committee asks to be delivered. */
static const char *const deliverables[] = {
	"briefing*", "report", "reports", "information", "details", "data", "figures",
	"breakdown", "update", "updates", "examples", "copy", "copies", "list",
	"note", "response", "responses", "answer", "answers", "visit", "visits",
	"site visit", "special meeting", "extraordinary meeting", "additional meeting",
	"presentation", "analysis", "summary", "statistics", "overview", "workshop",
	"seminar", "work programme", "work plan", "forward plan", NULL
};

/* Deliverables that are an action even without a verb ("That a briefing note on ..."). */
static const char *const deliverables_strong[] = {
	"briefing note*", "briefing paper*", "written briefing", "site visit*",
	"special meeting", "extraordinary meeting", "further report*", "written response",
	"written answer", "written reply", "progress report*", "update report*", NULL
};

static const char *const request_words[] = {
	"request", "requests", "requested", "requesting", "instruct", "instructs",
	"instructed", NULL
};

/* Questions asked at the meeting and answered there. */
static const char *const asked_not[] = {
	"asked for clarification", "asked for assurance*", "asked for an explanation",
	"asked for views", "asked for comments", "asked for confirmation",
	"asked for their views", "asked for an assurance", NULL
};

static const char *const asked_forms[] = {
	"asked that", "asked for", "was asked to", "were asked to", "be asked to",
	"is asked to", "are asked to", "ask that", "asks that", NULL
};

static const char *const asked_words[] = {"ask", "asks", "asked", "invite", "invites", "invited", NULL};

static const char *const agreed_forms[] = {
	"agreed that", "agreed:", "undertook to", "undertaken to", "offered to",
	"promised to", "undertook that", "gave an undertaking", NULL
};

static const char *const agreed_to[] = {"agreed to", "agree to", "agrees to", "decided to", "resolved to", NULL};

static const char *const modals[] = {
	"would", "will", "should", "shall", "would then", "will then", "would also",
	"will also", "would be able to", NULL
};

static const char *const be_words[] = {"be", "being", NULL};

static const char *const adverbs[] = {
	"also", "further", "then", "now", "formally", "urgently", "shortly", "again",
	"jointly", "directly", "promptly", "subsequently", "duly", NULL
};

/* Where something goes: "to the Committee", "with Members". */
static const char *const recipients[] = {
	"to the committee", "to the panel", "to the board", "to the scrutiny*",
	"to the sub-committee", "to members", "to all members", "to committee members",
	"to panel members", "to board members", "to councillors",
	"with the committee", "with the panel", "with the board", "with members",
	"with committee members", "with all members", "to the group", "to the forum",
	"to the commission", "to the sub committee", "to the chair", NULL
};

static const char *const amendment[] = {"be amended", "amendment", "amendments", "be corrected", NULL};

/* Titles whose holder can be asked to do something. */
static const char *const role_words[] = {
	"officer", "officers", "director", "chair", "chairman", "chairperson",
	"chairwoman", "vice-chair", "vice chair", "cabinet member", "lead member",
	"portfolio holder", "head", "manager", "chief executive", "clerk",
	"co-ordinator", "coordinator", "leader", "adviser", "advisor", "partner",
	"solicitor", "secretary", "treasurer", "controller", "commissioner",
	"convener", "convenor", "provost", "monitoring officer", "lead officer",
	"service manager", NULL
};

/* ---------------------------------------------------------------------
 * Owner: a title phrase in the position of the one asked
 */

static bool
cap_word(const span *sp, size_t i)
{
	return i < sp->n && (tu_upper(U(sp->s, i)) || sp->s[i] == '(' || sp->s[i] == '&' ||
						 U(sp->s, i) >= 0x80);
}

/* Words that may follow a title inside its phrase ("of", "for", "and"). */
static const char *const np_glue[] = {"of", "for", "and", "&", "the", "-", NULL};

/* What follows an owner: a verb of delivery or a modal. */
static const char *const owner_after[] = {
	"will", "would", "should", "shall", "to", "is to", "are to", "were asked",
	"was asked", "be asked", "be requested", "be invited", "agreed to",
	"undertook", "offered", "confirmed that", "advised that", "agreed that", NULL
};

static const char *const owner_before[] = {
	"asked", "ask", "asks", "requested", "request", "requests", "instructed",
	"instruct", "instructs", "invited", "invite", "invites", "by", "from", NULL
};


static size_t
prev_word(const span *sp, size_t i)
{
	size_t		j = i;

	while (j > 0 && blank(U(sp->s, j - 1)))
		j--;
	while (j > 0 && (wordc(U(sp->s, j - 1)) || sp->s[j - 1] == '-' || sp->s[j - 1] == '\''))
		j--;
	return j;
}

/*
 * The title phrase around a role word at r: back over capitalised words,
 * one "new"/"interim", "the"; forward over "of"/"for"/"and" and
 * capitalised words.
 */
static void
title_phrase(const span *sp, size_t r, size_t rlen, size_t *ps, size_t *pe)
{
	size_t		s = r;
	size_t		e = r + rlen;
	int			guard = 0;

	for (;;)
	{
		size_t		p = prev_word(sp, s);
		size_t		pe2 = word_end(sp, p);

		if (p >= s || pe2 > s || ++guard > 8)
			break;
		if (cap_word(sp, p) && !match_at(sp, p, "the") && !match_at(sp, p, "that"))
			s = p;
		else
		{
			if (match_at(sp, p, "new") || match_at(sp, p, "interim") || match_at(sp, p, "relevant") ||
				match_at(sp, p, "appropriate") || match_at(sp, p, "senior"))
			{
				s = p;
				p = prev_word(sp, s);
			}
			if (p < s && match_at(sp, p, "the"))
				s = p;
			break;
		}
	}
	guard = 0;
	for (;;)
	{
		size_t		j = e;
		size_t		w;
		bool		glued = false;

		while (j < sp->n && tu_space(U(sp->s, j)))
			j++;
		if (j == e || j >= sp->n || ++guard > 12)
			break;
		while (match_list(sp, j, np_glue, NULL) || sp->s[j] == '&')
		{
			size_t		m = sp->s[j] == '&' ? 1 : match_list(sp, j, np_glue, NULL);

			j += m;
			while (j < sp->n && tu_space(U(sp->s, j)))
				j++;
			glued = true;
			if (j >= sp->n)
				break;
		}
		if (!cap_word(sp, j))
			break;
		w = word_end(sp, j);
		if (j < sp->n && sp->s[j] == '(')
		{
			w = j + 1;
			while (w < sp->n && w - j < 40 && sp->s[w] != ')' && sp->s[w] != '\n')
				w++;
			if (w >= sp->n || sp->s[w] != ')')
				break;
			w++;
		}
		if (w <= j)
			break;
		(void) glued;
		e = w;
	}
	*ps = s;
	*pe = e;
}

static bool
find_owner(const span *sp, size_t from, size_t *os, size_t *oe)
{
	for (size_t i = from; i < sp->n; i++)
	{
		size_t		m;
		size_t		s,
					e,
					a,
					b;
		bool		ok;

		if (!tu_alpha(U(sp->s, i)) || (i > 0 && wordc(U(sp->s, i - 1))))
			continue;
		m = match_list(sp, i, role_words, NULL);
		if (m == 0)
			continue;
		/* "Chair of the Board" inside "the Chair of the Board's report" is not an owner */
		title_phrase(sp, i, m, &s, &e);
		a = skip_blank(sp, e);
		if (e < sp->n && sp->s[e] == ',')
		{
			/* "the Assistant Director, once in post, will identify" */
			size_t		c = e + 1;

			while (c < sp->n && c - e < 40 && sp->s[c] != ',' && sp->s[c] != '.')
				c++;
			if (c < sp->n && sp->s[c] == ',' && match_list(sp, skip_blank(sp, c), modals, NULL))
				a = skip_blank(sp, c);
		}
		b = prev_word(sp, s);
		ok = (e < sp->n && sp->s[e] != '\'' &&
			  (match_list(sp, a, owner_after, NULL) || match_list(sp, a, active_strong, NULL))) ||
			(b < s && match_list(sp, b, owner_before, NULL));
		if (ok)
		{
			*os = s;
			*oe = e;
			return true;
		}
		i = e > i ? e - 1 : i;
	}
	return false;
}

static const char *const person_titles[] = {
	"cllr", "cllr.", "councillor", "mr", "mrs", "ms", "miss", "dr", "county councillor", NULL
};

/* A title phrase that opens the sentence: the one who undertook something. */
static bool
subject_owner(const span *sp, size_t *os, size_t *oe)
{
	size_t		i = 0;

	/* "Cllr Evans", "Mrs Jones": a named member */
	if (match_list(sp, 0, person_titles, NULL) > 0)
	{
		size_t		e = word_end(sp, 0);

		for (int k = 0; k < 4; k++)
		{
			size_t		j = skip_blank(sp, e);

			if (j >= sp->n || !tu_upper(U(sp->s, j)) || j - e > 2)
				break;
			e = word_end(sp, j);
		}
		if (e > word_end(sp, 0))
		{
			*os = 0;
			*oe = e;
			return true;
		}
		return false;
	}
	for (int k = 0; k < 4 && i < sp->n; k++)
	{
		size_t		m = match_list(sp, i, role_words, NULL);

		if (m > 0)
		{
			title_phrase(sp, i, m, os, oe);
			return *os == 0;
		}
		if (!cap_word(sp, i) && !match_at(sp, i, "the"))
			return false;
		i = skip_blank(sp, word_end(sp, i));
	}
	return false;
}

/* ---------------------------------------------------------------------
 * Due dates
 */

static long
days_from_civil(long y, long m, long d)
{
	long		era;
	long		yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(long z, int *y, int *m, int *d)
{
	long		era,
				doe,
				yoe,
				doy,
				mp,
				yy;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = (int) (yy + (*m <= 2));
}

static bool
valid_date(int y, int m, int d)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	return !(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

typedef struct due_info
{
	size_t		start;
	size_t		end;
	int			y,
				m,
				d;
} due_info;

typedef struct held_date
{
	int			y,
				m,
				d;
} held_date;

static int
num2(const char *v, size_t i, size_t n, size_t len)
{
	int			x = 0;

	if (i + n > len)
		return 0;
	for (size_t k = i; k < i + n; k++)
	{
		if (!tu_digit(U(v, k)))
			return 0;
		x = x * 10 + (v[k] - '0');
	}
	return x;
}

/* Prepositions that make a date a due date. */
static const char *const due_preps[] = {
	"by", "before", "on", "until", "for", "no later than", "not later than", "in",
	"of", "from", "at", NULL
};

static const char *const due_meeting[] = {
	"at its meeting", "at the meeting", "at their meeting", "at a meeting",
	"to its meeting", "to the meeting", "for its meeting", "for the meeting",
	"to their meeting", "at the committee meeting", "at the board meeting",
	"at the panel meeting", NULL
};

static const char *const number_words[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "fourteen", "twenty-one", "twenty-eight", "twenty eight", NULL
};

/* A date token in [from, n) used as a due date ("by 30 June", "at its meeting to be held on ..."). */
static bool
find_due_date(const span *sp, size_t from, const held_date *held, due_info *du)
{
	tok_scanner sc;
	tok_token	tok;

	tok_init(&sc, sp->s, sp->n, NULL);
	sc.pos = from;
	while (tok_next(&sc, &tok))
	{
		size_t		w,
					m;
		size_t		lo;
		char		v[TOK_VALUE_MAX(TOK_MAX_LEN)];
		size_t		vl;
		int			y = 0,
					mo = 0,
					d = 0;

		if (tok.type != TOK_DATE)
			continue;
		w = prev_word(sp, tok.start);
		if (w >= tok.start)
			continue;
		m = match_list(sp, w, due_preps, NULL);
		if (m == 0)
		{
			/* "no later than" is three words back */
			size_t		w3 = prev_word(sp, prev_word(sp, w));

			if (w3 < w && match_at(sp, w3, "no later than"))
				w = w3;
			else
				continue;
		}
		lo = w;
		if (match_at(sp, w, "on") || match_at(sp, w, "of") || match_at(sp, w, "at") ||
			match_at(sp, w, "from"))
		{
			/* past: "the meeting held on"; future: "to be held on", "meeting on" */
			size_t		p = prev_word(sp, w);
			size_t		k;

			if (p < w && match_at(sp, p, "held"))
			{
				size_t		p2 = prev_word(sp, p);

				if (!(p2 < p && match_at(sp, p2, "be")))
					continue;
			}
			else if (!(p < w && (match_at(sp, p, "meeting") || match_at(sp, p, "scheduled") ||
								 match_at(sp, p, "place"))))
				continue;
			for (k = w > DUE_LOOKBACK ? w - DUE_LOOKBACK : 0; k < w; k++)
				if (match_list(sp, k, due_meeting, NULL))
				{
					lo = k;
					break;
				}
		}
		vl = tok_value(TOK_DATE, sp->s + tok.start, tok.len, v, sizeof(v));
		if (vl == 10 && v[4] == '-')
		{
			y = num2(v, 0, 4, vl);
			mo = num2(v, 5, 2, vl);
			d = num2(v, 8, 2, vl);
		}
		else if (vl == 7 && v[0] == '-' && v[1] == '-' && held->y > 0)
		{
			/* "by 30 June": the next such day on or after the meeting */
			mo = num2(v, 2, 2, vl);
			d = num2(v, 5, 2, vl);
			y = held->y;
			if (mo < held->m || (mo == held->m && d < held->d))
				y++;
		}
		du->start = lo;
		du->end = tok.start + tok.len;
		if (valid_date(y, mo, d))
		{
			du->y = y;
			du->m = mo;
			du->d = d;
		}
		return true;
	}
	return false;
}

static const char *const rel_preps[] = {"at", "to", "for", "by", "before", "until", "in", "attend", NULL};
static const char *const rel_dets[] = {"the", "a", "its", "their", "this", "each", "every", "an", NULL};
static const char *const rel_adjs[] = {
	"next", "future", "following", "subsequent", "forthcoming", "later", "special",
	"additional", "each", "every", "further", "extraordinary", NULL
};
static const char *const rel_fixed[] = {
	"next municipal year", "the new municipal year", "in due course",
	"as soon as possible", "at the earliest opportunity", "the next cycle",
	"after the meeting", "following the meeting", NULL
};

/* A relative due phrase: "at the next Panel meeting", "to a future meeting", "within 28 days". */
static bool
find_due_relative(const span *sp, size_t from, const held_date *held, due_info *du)
{
	for (size_t i = from; i < sp->n; i++)
	{
		size_t		m,
					j;

		if (!tu_alpha(U(sp->s, i)) || (i > 0 && wordc(U(sp->s, i - 1))))
			continue;
		if ((m = match_list(sp, i, rel_fixed, NULL)) > 0)
		{
			du->start = i;
			du->end = i + m;
			return true;
		}
		if ((m = match_at(sp, i, "within")) > 0 || (m = match_at(sp, i, "in")) > 0)
		{
			size_t		a = skip_blank(sp, i + m);
			size_t		ae = word_end(sp, a);
			long		n = 0;
			int			k = -1;
			size_t		u;

			if (ae > a && tu_digit(U(sp->s, a)))
			{
				for (size_t q = a; q < ae && n < 1000; q++)
					n = tu_digit(U(sp->s, q)) ? n * 10 + (sp->s[q] - '0') : n;
			}
			else if (match_list(sp, a, number_words, &k) > 0)
			{
				static const int vals[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 21, 28, 28};

				n = vals[k];
				ae = a + match_list(sp, a, number_words, NULL);
			}
			if (n <= 0 || n >= 1000)
				continue;
			u = skip_blank(sp, ae);
			if (match_at(sp, u, "working days"))
				continue;		/* bank holidays make these uncountable here */
			if ((m = match_at(sp, u, "days")) || (m = match_at(sp, u, "day")) ||
				(m = match_at(sp, u, "weeks")) || (m = match_at(sp, u, "week")) ||
				(m = match_at(sp, u, "months")) || (m = match_at(sp, u, "month")))
			{
				du->start = i;
				du->end = u + m;
				if (held->y > 0)
				{
					long		z = days_from_civil(held->y, held->m, held->d);
					int			y,
								mo,
								d;

					if (tu_fold(U(sp->s, u)) == 'd')
						z += n;
					else if (tu_fold(U(sp->s, u)) == 'w')
						z += 7 * n;
					else
					{
						/* calendar months, clamped to the month's last day */
						long		mm = held->m - 1 + n;

						y = held->y + (int) (mm / 12);
						mo = (int) (mm % 12) + 1;
						d = held->d;
						while (d > 28 && !valid_date(y, mo, d))
							d--;
						z = days_from_civil(y, mo, d);
					}
					civil_from_days(z, &y, &mo, &d);
					if (valid_date(y, mo, d))
					{
						du->y = y;
						du->m = mo;
						du->d = d;
					}
				}
				return true;
			}
			continue;
		}
		if ((m = match_list(sp, i, rel_preps, NULL)) == 0)
			continue;
		j = skip_blank(sp, i + m);
		if (match_list(sp, j, rel_adjs, NULL) == 0 &&
			(m = match_list(sp, j, rel_dets, NULL)) > 0)
			j = skip_blank(sp, j + m);
		if ((m = match_list(sp, j, rel_adjs, NULL)) == 0)
			continue;
		j = skip_blank(sp, j + m);
		for (int k = 0; k < 4 && j < sp->n; k++)
		{
			if ((m = match_at(sp, j, "meeting")) > 0 || (m = match_at(sp, j, "meetings")) > 0)
			{
				du->start = i;
				du->end = j + m;
				return true;
			}
			if (!cap_word(sp, j) && !match_at(sp, j, "committee") && !match_at(sp, j, "board") &&
				!match_at(sp, j, "panel") && !match_at(sp, j, "scrutiny"))
				break;
			j = skip_blank(sp, word_end(sp, j));
		}
	}
	return false;
}

/* ---------------------------------------------------------------------
 * Kinds
 */

static const char *const k_briefing[] = {
	"briefing*", "written briefing", "a note providing", "a note on", "a note setting",
	"a note about", "a note explaining", "a note detailing", "a note outlining",
	"a note giving", "a note summarising", "a note regarding", "a brief note", NULL
};
static const char *const k_wp[] = {"work programme*", "work plan*", "workplan*", "forward plan*", "work programmes", NULL};
static const char *const k_wp_verbs[] = {
	"add*", "includ*", "be placed", "placed on", "put on", "schedul*", "incorporat*",
	"form part", "considered as part", "be listed", NULL
};
static const char *const k_visit[] = {"visit", "visits", "visited", "site visit*", NULL};
static const char *const k_meeting_nouns[] = {
	"special meeting", "extraordinary meeting", "additional meeting", "joint meeting",
	"informal meeting", "further meeting", "workshop", "seminar", "meeting", NULL
};
static const char *const k_meeting_verbs[] = {
	"arrange*", "convene*", "organis*", "organiz*", "schedul*", "call", "called",
	"hold", "held", "set up", NULL
};
static const char *const k_meeting_adj[] = {
	"special meeting", "extraordinary meeting", "additional meeting", "joint meeting",
	"informal meeting", "workshop", "seminar", "further meeting", NULL
};
static const char *const k_report[] = {
	"report", "reports", "report back", "update", "updates", "presentation",
	"reported back", "report*", NULL
};
static const char *const k_info[] = {
	"information", "details", "data on", "data about", "data for", "the data", "figures",
	"breakdown", "examples", "copy", "copies", "list", "response", "responses",
	"answer", "answers", "statistics",
	"numbers", "costs", "summary", "guidance", "clarification", "circulat*", "share",
	"shared", "sent", "feedback", "analysis", "overview", "note", "explanation", NULL
};

static act_kind
classify(const span *sp, size_t from)
{
	size_t		m;
	size_t		at;

	if (has_any(sp, from, k_briefing))
		return ACT_BRIEFING_NOTE;
	if (has_any(sp, from, k_wp) && has_any(sp, from, k_wp_verbs))
		return ACT_WORK_PROGRAMME;
	if (has_any(sp, from, k_visit))
		return ACT_VISIT;
	at = find_list(sp, from, k_meeting_nouns, &m);
	if (at < sp->n && has_any(sp, from, k_meeting_verbs) &&
		(has_any(sp, from, k_meeting_adj) || has_any(sp, from, (const char *const[]) {"meeting be", "meeting would be", "meeting will be", "meeting should be", NULL})))
		return ACT_MEETING;
	if (has_any(sp, from, k_report))
		return ACT_REPORT;
	if (has_any(sp, from, k_info))
		return ACT_INFORMATION;
	return ACT_OTHER;
}

static bool find_due(const span *sp, size_t from, const held_date *held, due_info *du);

/* ---------------------------------------------------------------------
 * Verb positions
 */

/* After "be"/"being" (and adverbs): 2 strong, 1 weak, 0 none. */
static int
passive_at(const span *sp, size_t i)
{
	size_t		m = match_list(sp, i, be_words, NULL);
	size_t		j;

	if (m == 0)
		return 0;
	j = skip_blank(sp, i + m);
	for (int k = 0; k < 2; k++)
	{
		size_t		a = match_list(sp, j, adverbs, NULL);

		if (a == 0)
			break;
		j = skip_blank(sp, j + a);
	}
	if (match_list(sp, j, passive_strong, NULL))
		return 2;
	if (match_list(sp, j, passive_weak, NULL))
		return 1;
	return 0;
}

/* After a modal or "to": 2 strong, 1 weak, 0 none ("would be circulated" included). */
static int
verb_after(const span *sp, size_t j)
{
	for (int k = 0; k < 2; k++)
	{
		size_t		a = match_list(sp, j, adverbs, NULL);

		if (a == 0)
			break;
		j = skip_blank(sp, j + a);
	}
	if (match_list(sp, j, be_words, NULL))
		return passive_at(sp, j);
	if (match_list(sp, j, active_weak, NULL))
		return 1;
	if (match_list(sp, j, active_strong, NULL))
		return 2;
	return 0;
}

/* Strength of the verb in a modal position at word i ("would provide", "be circulated"): 0 none, 1 weak, 2 strong */
static int
modal_at(const span *sp, size_t i)
{
	size_t		m;

	if (!tu_alpha(U(sp->s, i)) || (i > 0 && wordc(U(sp->s, i - 1))))
		return 0;
	if ((m = match_list(sp, i, modals, NULL)) > 0)
		return verb_after(sp, skip_blank(sp, i + m));
	if (match_list(sp, i, be_words, NULL))
		return passive_at(sp, i);
	return 0;
}

/* Strongest verb in a modal position in [from, n) */
static int
modal_verbs(const span *sp, size_t from)
{
	int			best = 0;

	for (size_t i = from; i < sp->n && best < 2; i++)
	{
		int			v = modal_at(sp, i);

		if (v > best)
			best = v;
	}
	return best;
}

/*
 * The last positions of a verb in a modal position (any, and strong), so
 * that "is there one after i" costs nothing per marker.  SIZE_MAX: none.
 */
typedef struct modal_map
{
	size_t		last_any;
	size_t		last_strong;
	bool		done;
} modal_map;

static void
modal_scan(const span *sp, modal_map *mm)
{
	mm->last_any = mm->last_strong = SIZE_MAX;
	mm->done = true;
	for (size_t i = 0; i < sp->n; i++)
	{
		int			v = modal_at(sp, i);

		if (v > 0)
			mm->last_any = i;
		if (v == 2)
			mm->last_strong = i;
	}
}

/* Strength of the strongest modal-position verb at or after i. */
static int
modal_from(const span *sp, modal_map *mm, size_t i)
{
	if (!mm->done)
		modal_scan(sp, mm);
	if (mm->last_strong != SIZE_MAX && mm->last_strong >= i)
		return 2;
	if (mm->last_any != SIZE_MAX && mm->last_any >= i)
		return 1;
	return 0;
}

/* "asked X to <verb>": the verb after the next "to" within a few words */
static int
asked_to(const span *sp, size_t i)
{
	size_t		j = skip_blank(sp, word_end(sp, i));

	for (int k = 0; k < 12 && j < sp->n; k++)
	{
		if (match_at(sp, j, "to"))
			return verb_after(sp, skip_blank(sp, j + 2));
		if (match_at(sp, j, "whether") || match_at(sp, j, "if") || match_at(sp, j, "how") ||
			match_at(sp, j, "about") || match_at(sp, j, "what") || match_at(sp, j, "why"))
			return 0;
		j = skip_blank(sp, word_end(sp, j));
	}
	return 0;
}

/* ---------------------------------------------------------------------
 * Deciding
 */

typedef struct scan_state
{
	const char *t;
	size_t		len;
	held_date	held;
	act_emit_fn emit;
	void		(*tick) (void *ctx);
	void	   *ctx;
	size_t		pos;			/* discussion is scanned up to here */
	int			ordinal;		/* resolutions seen */
	bool		stop;
} scan_state;

static void
emit_action(scan_state *st, const span *sp, size_t base, size_t from,
			const res_entry *res, const due_info *du, bool have_due, bool self)
{
	act_entry	a;
	size_t		os,
				oe;

	memset(&a, 0, sizeof(a));
	a.start = base;
	a.end = base + sp->n;
	a.res = res;
	a.res_ordinal = res ? st->ordinal : 0;
	a.kind = classify(sp, from);
	a.owner_start = a.owner_end = base;
	a.due_start = a.due_end = base;
	if (find_owner(sp, 0, &os, &oe) || (self && subject_owner(sp, &os, &oe)))
	{
		a.owner_start = base + os;
		a.owner_end = base + oe;
	}
	if (have_due)
	{
		a.due_start = base + du->start;
		a.due_end = base + du->end;
		a.due_year = du->y;
		a.due_month = du->m;
		a.due_day = du->d;
	}
	if (!st->emit(st->ctx, &a))
		st->stop = true;
}

static bool
find_due(const span *sp, size_t from, const held_date *held, due_info *du)
{
	memset(du, 0, sizeof(*du));
	if (find_due_date(sp, from, held, du))
		return true;
	memset(du, 0, sizeof(*du));
	return find_due_relative(sp, from, held, du);
}

static void
resolution(scan_state *st, const res_entry *e)
{
	span		sp;
	due_info	du;
	bool		have_due;
	bool		dec;
	bool		act = false;
	int			verbs;

	if (e->end <= e->start || e->end > st->len)
		return;
	sp.s = st->t + e->start;
	sp.n = e->end - e->start;
	if (sp.n > MAX_SENTENCE)
		sp.n = MAX_SENTENCE;
	if (has_any(&sp, 0, amendment))
		return;
	dec = has_any(&sp, 0, decided);
	have_due = find_due(&sp, 0, &st->held, &du);
	verbs = modal_verbs(&sp, 0);
	if (verbs == 2 || (verbs == 1 && have_due))
		act = true;
	else if (!dec && (has_any(&sp, 0, request_words) || has_any(&sp, 0, asked_words)))
		act = true;
	else if (!dec && has_any(&sp, 0, deliverables_strong))
		act = true;
	else if (have_due && !dec)
		act = true;
	else
	{
		/* "That the Panel receive a note ...", "That the Director of X provide ..." */
		size_t		os,
					oe;
		size_t		r = find_list(&sp, 0, (const char *const[]) {"receive", "receives", NULL}, NULL);

		if (r < sp.n && has_any(&sp, r, deliverables))
			act = true;
		else if (find_owner(&sp, 0, &os, &oe) &&
				 verb_after(&sp, skip_blank(&sp, oe)) == 2)
			act = true;
	}
	if (act)
		emit_action(st, &sp, e->start, 0, e, &du, have_due, false);
}

/* "she had requested ...": a request made before the meeting, already met */
static bool
pluperfect(const span *sp, size_t i)
{
	size_t		p = prev_word(sp, i);

	if (p < i && match_at(sp, p, "been"))
		p = prev_word(sp, p);
	return p < i && match_at(sp, p, "had");
}

/*
 * The markers that open a sentence: "ACTION: Clerk", "Action - officers",
 * and the parish form "Clerk to write to Highways", "Cllr Smith to obtain
 * quotes" (*self: the subject is the owner).
 */
static bool
opening_marker(const span *sp, bool *self)
{
	size_t		os,
				oe;

	*self = false;
	if (match_at(sp, 0, "action") || match_at(sp, 0, "actions"))
	{
		size_t		c = word_end(sp, 0);

		while (c < sp->n && tu_space(U(sp->s, c)))
			c++;
		if (c < sp->n && (sp->s[c] == ':' || sp->s[c] == '-'))
			return true;
	}
	if (subject_owner(sp, &os, &oe) &&
		match_at(sp, skip_blank(sp, oe), "to") &&
		verb_after(sp, skip_blank(sp, skip_blank(sp, oe) + 2)) > 0)
	{
		*self = true;
		return true;
	}
	return false;
}

/* End of the run of ASCII letters at i. */
static size_t
letters_end(const span *sp, size_t i)
{
	while (i < sp->n && tu_alpha(U(sp->s, i)))
		i++;
	return i;
}

/*
 * The words that decide whether a sentence is read closely, by first
 * letter: every marker that discussion_marker() looks for after the opening
 * ones starts with an MK_WORD, MK_COPULA ("is asked to") or MK_IT ("it was
 * agreed") word and holds an MK_WORD; future_delivery() needs an MK_MODAL
 * or "is to"/"are to".  A sentence with none of them (most sentences) is
 * passed over after this one look at its words.
 */
enum
{
	MK_WORD = 1,
	MK_MODAL = 2,
	MK_COPULA = 4,
	MK_IT = 8
};

typedef struct marker_entry
{
	const char *word;
	unsigned char len;
	unsigned char cls;
} marker_entry;

#define MK(w, c) {w, sizeof(w) - 1, c}
static const marker_entry mk_a[] = {
	MK("ask", MK_WORD), MK("asks", MK_WORD), MK("asked", MK_WORD), MK("agree", MK_WORD),
	MK("agrees", MK_WORD), MK("agreed", MK_WORD), MK("are", MK_COPULA), {NULL, 0, 0}
};
static const marker_entry mk_d[] = {MK("decided", MK_WORD), {NULL, 0, 0}};
static const marker_entry mk_g[] = {MK("gave", MK_WORD), {NULL, 0, 0}};
static const marker_entry mk_i[] = {
	MK("instruct", MK_WORD), MK("instructs", MK_WORD), MK("instructed", MK_WORD),
	MK("invite", MK_WORD), MK("invites", MK_WORD), MK("invited", MK_WORD),
	MK("is", MK_COPULA), MK("it", MK_IT), {NULL, 0, 0}
};
static const marker_entry mk_o[] = {MK("offered", MK_WORD), {NULL, 0, 0}};
static const marker_entry mk_p[] = {MK("promised", MK_WORD), {NULL, 0, 0}};
static const marker_entry mk_r[] = {
	MK("request", MK_WORD), MK("requests", MK_WORD), MK("requested", MK_WORD),
	MK("requesting", MK_WORD), MK("resolved", MK_WORD), {NULL, 0, 0}
};
static const marker_entry mk_s[] = {MK("should", MK_MODAL), MK("shall", MK_MODAL), {NULL, 0, 0}};
static const marker_entry mk_u[] = {MK("undertook", MK_WORD), MK("undertaken", MK_WORD), {NULL, 0, 0}};
static const marker_entry mk_w[] = {MK("would", MK_MODAL), MK("will", MK_MODAL), {NULL, 0, 0}};
#undef MK

/* The MK_ class of the word sp[i..e) (letters, then no word character), or 0. */
static unsigned
marker_class(const span *sp, size_t i, size_t e)
{
	const marker_entry *t;

	if (e - i < 2 || e - i > 10 || (e < sp->n && wordc(U(sp->s, e))))
		return 0;
	switch (tu_fold(U(sp->s, i)))
	{
		case 'a':
			t = mk_a;
			break;
		case 'd':
			t = mk_d;
			break;
		case 'g':
			t = mk_g;
			break;
		case 'i':
			t = mk_i;
			break;
		case 'o':
			t = mk_o;
			break;
		case 'p':
			t = mk_p;
			break;
		case 'r':
			t = mk_r;
			break;
		case 's':
			t = mk_s;
			break;
		case 'u':
			t = mk_u;
			break;
		case 'w':
			t = mk_w;
			break;
		default:
			return 0;
	}
	for (; t->word; t++)
		if (t->len == e - i && tu_starts_ci(sp->s + i, e - i, t->word))
			return t->cls;
	return 0;
}

static bool
has_marker_word(const span *sp)
{
	for (size_t i = 0; i < sp->n; i++)
	{
		size_t		e;
		unsigned	cls;

		if (!tu_alpha(U(sp->s, i)) || (i > 0 && wordc(U(sp->s, i - 1))))
			continue;
		e = letters_end(sp, i);
		cls = marker_class(sp, i, e);
		if ((cls & (MK_WORD | MK_MODAL)) ||
			((cls & MK_COPULA) && match_at(sp, skip_blank(sp, e), "to")))
			return true;
		i = e - 1;
	}
	return false;
}

/*
 * The position of a discussion marker in sp, or sp->n; *self is set when
 * the marker is an undertaking ("agreed to"), whose owner is the sentence's
 * subject.
 */
static size_t
discussion_marker(const span *sp, const held_date *held, bool *self)
{
	int			tries = 0;
	due_info	du;
	modal_map	mm = {0, 0, false};

	if (opening_marker(sp, self))
		return 0;
	for (size_t i = 0; i < sp->n && tries < 8; i++)
	{
		size_t		m;

		if (!tu_alpha(U(sp->s, i)) || (i > 0 && wordc(U(sp->s, i - 1))))
			continue;
		/* markers start with these words; the rest of the words are skipped cheaply */
		if (!(marker_class(sp, i, letters_end(sp, i)) & (MK_WORD | MK_COPULA | MK_IT)) ||
			pluperfect(sp, i))
			continue;
		if ((m = match_list(sp, i, request_words, NULL)) > 0)
		{
			size_t		p = prev_word(sp, i);

			/* "at the request of" names who asked, not what */
			if (p < i && match_at(sp, p, "the") && match_at(sp, i, "request") &&
				match_at(sp, skip_blank(sp, i + m), "of"))
				continue;
			tries++;
			if (modal_from(sp, &mm, i) > 0 || has_any(sp, i + m, deliverables))
				return i;
			continue;
		}
		if (match_list(sp, i, asked_not, NULL))
			continue;
		if ((m = match_list(sp, i, asked_forms, NULL)) > 0)
		{
			tries++;
			if (modal_from(sp, &mm, i) > 0 || has_any(sp, i + m, deliverables) ||
				verb_after(sp, skip_blank(sp, i + m)) > 0)
				return i;
			continue;
		}
		/*
		 * The searches to the sentence's end below count as tries too, or a
		 * sentence of many markers costs its length once per marker.
		 */
		if (match_list(sp, i, asked_words, NULL) > 0 && asked_to(sp, i) > 0)
		{
			/* an invitation is to a later meeting only when it says which */
			if (tu_fold(U(sp->s, i)) != 'i')
				return i;
			tries++;
			if (find_due(sp, i, held, &du))
				return i;
			continue;
		}
		if ((m = match_list(sp, i, agreed_to, NULL)) > 0)
		{
			size_t		v = skip_blank(sp, i + m);

			if (!match_list(sp, v, decision_verbs, NULL))
			{
				*self = true;
				return i;
			}
			if (match_at(sp, v, "receive") || match_at(sp, v, "consider"))
			{
				tries++;
				if (has_any(sp, v, deliverables))
				{
					*self = true;
					return i;
				}
			}
			continue;
		}
		if ((m = match_list(sp, i, agreed_forms, NULL)) > 0 ||
			(m = match_at(sp, i, "it was agreed")) > 0 ||
			(m = match_at(sp, i, "it was also agreed")) > 0)
		{
			tries++;
			if (modal_from(sp, &mm, i) == 2 ||
				verb_after(sp, skip_blank(sp, i + m)) > 0)
			{
				*self = !match_at(sp, i, "agreed that") && !match_at(sp, i, "it*");
				return i;
			}
			continue;
		}
	}
	return sp->n;
}

/* "would be circulated to Members", "a special meeting would be arranged" */
static bool
future_delivery(const span *sp, const held_date *held, due_info *du, bool *have_due)
{
	for (size_t i = 0; i < sp->n; i++)
	{
		size_t		m;
		int			v;

		if (!tu_alpha(U(sp->s, i)) || (i > 0 && wordc(U(sp->s, i - 1))))
			continue;
		if ((m = match_list(sp, i, modals, NULL)) == 0 &&
			(m = match_at(sp, i, "is to")) == 0 && (m = match_at(sp, i, "are to")) == 0)
			continue;
		v = verb_after(sp, skip_blank(sp, i + m));
		if (v == 0)
			continue;
		*have_due = find_due(sp, 0, held, du);
		/* "would be reported to the Committee": weak verbs need a recipient or a date */
		if (*have_due || has_any(sp, 0, recipients) ||
			(v == 2 && (has_any(sp, 0, deliverables_strong) || has_any(sp, 0, k_visit))))
			return true;
		return false;
	}
	return false;
}

static void
discussion_sentence(scan_state *st, size_t a, size_t b)
{
	span		sp;
	size_t		mk;
	due_info	du;
	bool		have_due = false;
	bool		self = false;
	bool		opening = false;	/* the prefilter found an opening marker */

	sp.s = st->t + a;
	sp.n = b - a;
	if (sp.n < 8 || (!has_marker_word(&sp) && !(opening = opening_marker(&sp, &self))))
		return;
	mk = opening ? 0 : discussion_marker(&sp, &st->held, &self);
	if (mk < sp.n)
		have_due = find_due(&sp, mk, &st->held, &du);
	else if (future_delivery(&sp, &st->held, &du, &have_due))
		mk = 0;
	else
		return;
	/* "The minutes be amended to read ...": a correction, not a task */
	if (has_any(&sp, 0, amendment))
		return;
	emit_action(st, &sp, a, mk, NULL, &du, have_due, self);
}

/* End of the sentence that starts at i (exclusive), at most to. */
static size_t
sentence_end(const span *sp, size_t i, size_t to)
{
	size_t		lim = to - i > MAX_SENTENCE ? i + MAX_SENTENCE : to;

	for (size_t j = i; j < lim; j++)
	{
		unsigned char c = U(sp->s, j);

		if (c == ';' || c == '!' || c == '?')
			return j + 1;
		if (c == '.' && (j + 1 >= to || blank(U(sp->s, j + 1))))
		{
			size_t		w = prev_word(sp, j);
			size_t		k = j + 1;

			while (k < to && tu_space(U(sp->s, k)))
				k++;
			if (w < j && ((j - w == 1 && tu_upper(U(sp->s, w))) || tu_word_listed(sp->s + w, j - w, tu_abbreviations)))
				continue;
			if (k < to && tu_lower(U(sp->s, k)))
				continue;
			return j + 1;
		}
		if (c == '\n')
		{
			size_t		k = j + 1;
			size_t		p = j;

			while (k < to && tu_space(U(sp->s, k)))
				k++;
			while (p > i && tu_space(U(sp->s, p - 1)))
				p--;
			if (k >= to || sp->s[k] == '\n' || sp->s[k] == '-' || sp->s[k] == '*' ||
				sp->s[k] == '#' || sp->s[k] == '|' || sp->s[k] == '(' || (p > i && sp->s[p - 1] == ':') ||
				(U(sp->s, k) == 0xE2 && k + 2 < to && U(sp->s, k + 1) == 0x80 && U(sp->s, k + 2) == 0xA2) ||
				(tu_digit(U(sp->s, k)) && k + 1 < to && (sp->s[k + 1] == ')' || sp->s[k + 1] == '.')))
				return j + 1;
		}
	}
	return lim;
}

static void
discussion(scan_state *st, size_t from, size_t to)
{
	span		all;
	size_t		i = from;
	unsigned	n = 0;

	all.s = st->t;
	all.n = to;
	while (i < to && !st->stop)
	{
		size_t		e = sentence_end(&all, i, to);
		size_t		a = i;
		size_t		b = e;

		if ((++n & 63) == 0 && st->tick)
			st->tick(st->ctx);
		while (a < b && (blank(U(st->t, a)) || st->t[a] == '-' || st->t[a] == '*' ||
						 st->t[a] == '#' || st->t[a] == '>'))
			a++;
		while (b > a && (blank(U(st->t, b - 1)) || st->t[b - 1] == '*'))
			b--;
		if (b > a)
			discussion_sentence(st, a, b);
		i = e > i ? e : i + 1;
	}
}

static bool
on_resolution(void *ctx, const res_entry *e)
{
	scan_state *st = ctx;
	size_t		gap_end = e->start;

	st->ordinal++;
	if (st->tick)
		st->tick(st->ctx);
	if (e->lead_end > e->lead_start && e->lead_start >= st->pos && e->lead_start < gap_end)
		gap_end = e->lead_start;
	if (gap_end > st->pos && gap_end <= st->len)
		discussion(st, st->pos, gap_end);
	if (st->stop)
		return false;
	resolution(st, e);
	if (e->end > st->pos && e->end <= st->len)
		st->pos = e->end;
	return !st->stop;
}

/* res_scan()'s tick: the caller's, with the caller's context. */
static void
resolution_tick(void *ctx)
{
	scan_state *st = ctx;

	if (st->tick)
		st->tick(st->ctx);
}

void
act_scan(const char *text, size_t len, int held_year, int held_month, int held_day,
		 act_emit_fn emit, void (*tick) (void *ctx), void *ctx)
{
	scan_state	st;

	memset(&st, 0, sizeof(st));
	st.t = text;
	st.len = len;
	if (valid_date(held_year, held_month, held_day))
	{
		st.held.y = held_year;
		st.held.m = held_month;
		st.held.d = held_day;
	}
	st.emit = emit;
	st.tick = tick;
	st.ctx = ctx;
	res_scan(text, len, on_resolution, resolution_tick, &st);
	if (!st.stop && st.pos < len)
		discussion(&st, st.pos, len);
}

const char *
act_kind_name(act_kind kind)
{
	switch (kind)
	{
		case ACT_BRIEFING_NOTE:
			return "briefing_note";
		case ACT_REPORT:
			return "report";
		case ACT_INFORMATION:
			return "information";
		case ACT_MEETING:
			return "meeting";
		case ACT_WORK_PROGRAMME:
			return "work_programme";
		case ACT_VISIT:
			return "visit";
		case ACT_OTHER:
			break;
	}
	return "other";
}
