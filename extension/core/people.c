/*
 * people.c - attendance and declarations of interest in minutes.
 *
 * Text is first cut into tokens (words, separators, line ends) so that the
 * rules can be written over words rather than bytes: a person is a run of
 * honorifics and a name, or, where the context says a list of people is
 * being printed (after "Present:", "Officers", "Apologies ... from"), a bare
 * name such as "A Brennan" or "Louise Hughes".  What follows a name (a
 * bracket, a dash and a job title, "in the chair") gives role, category and
 * status.  Markers such as "Officers present" or "Apologies:" set the status
 * and category of the people after them, wherever on the line they fall.
 *
 * Every loop is bounded by the token count, which is at most the number of
 * bytes of the region, and nothing reads outside [tstart, tend) of a line.
 */
#include "people.h"

#include <stdlib.h>
#include <string.h>

#include "textutil.h"

/* ------------------------------------------------------------------ tokens */

enum
{
	T_WORD, T_COMMA, T_SEMI, T_COLON, T_LP, T_RP, T_DASH, T_AND, T_PERIOD,
	T_DOTS, T_NL
};

#define W_CAP		0x01		/* starts with a capital (or a non-ASCII letter) */
#define W_INITIAL	0x02		/* "D", "D." */
#define W_LOWER		0x04
#define W_NUM		0x08

typedef struct tok
{
	uint32_t	s;
	uint32_t	e;
	uint8_t		type;
	uint8_t		flags;
	uint8_t		cls;			/* C_* classes, settled once when the word is cut */
	uint8_t		hon;			/* the honorific's index when C_HON */
} tok;

#define C_HON		0x01
#define C_HONPL		0x02		/* "Councillors": the honorific of a list */
#define C_NOTNAME	0x04
#define C_TITLE		0x08
#define C_PARTICLE	0x10
#define C_POSTNOM	0x20
#define C_MSTART	0x40		/* may start a marker */
#define C_LEAVE		0x80		/* "left", "arrived" */


#define LEX_LEN		20
#define LEX_BUCKETS	(27 * LEX_LEN)

typedef struct lexent
{
	const char *w;				/* lower case */
	uint8_t		cls;
	uint8_t		hon;
} lexent;

typedef struct toks
{
	tok		   *t;
	size_t		n;
	size_t		cap;
	const seg_alloc *a;
} toks;

static void classify(const char *doc, tok *t);

static void
tk_push(toks *k, uint8_t type, size_t s, size_t e, uint8_t flags)
{
	if (k->n == k->cap)
	{
		size_t		nc = k->cap ? k->cap * 2 : 256;
		tok		   *nt = k->a->alloc(k->a->ctx, nc * sizeof(tok));

		if (k->n)
			seg_copy(nt, k->t, k->n * sizeof(tok), k->a);
		if (k->t)
			k->a->release(k->a->ctx, k->t);
		k->t = nt;
		k->cap = nc;
	}
	k->t[k->n].s = (uint32_t) s;
	k->t[k->n].e = (uint32_t) e;
	k->t[k->n].type = type;
	k->t[k->n].flags = flags;
	k->t[k->n].cls = 0;
	k->t[k->n].hon = 0;
	k->n++;
}

static bool
eq_ci(const char *s, size_t len, const char *w)
{
	/* no strlen: most words differ at the first letter */
	for (size_t i = 0; i < len; i++)
		if (w[i] == '\0' || tu_fold((unsigned char) s[i]) != (unsigned char) w[i])
			return false;
	return w[len] == '\0';
}

static bool
in_list_ci(const char *s, size_t len, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (eq_ci(s, len, list[i]))
			return true;
	return false;
}

static bool
markup_byte(unsigned char c)
{
	return c == '*' || c == '#' || c == '_' || c == '`' || c == '|' || c == '"' ||
		c == '[' || c == ']' || c == '<' || c == '>' || c == '/' || c == '!' ||
		c == '?' || c == '\\' || c == '{' || c == '}' || c == '=' || c == '+';
}

/* Tokens of doc[s..e), one line (no line break inside). */
static void
tokenize_span(toks *k, const char *doc, size_t s, size_t e)
{
	size_t		i = s;
	size_t		next_tick = s + 65536;	/* one line can be most of a document */

	while (i < e)
	{
		unsigned char c = (unsigned char) doc[i];
		size_t		u;

		if (i >= next_tick)
		{
			if (k->a->tick)
				k->a->tick(k->a->ctx);
			next_tick = i + 65536;
		}

		if (tu_space(c) || markup_byte(c))
		{
			i++;
			continue;
		}
		if ((u = tu_unicode_space(doc + i, e - i)) > 0)
		{
			i += u;
			continue;
		}
		if ((u = tu_unicode_dash(doc + i, e - i)) > 0)
		{
			tk_push(k, T_DASH, i, i + u, 0);
			i += u;
			continue;
		}
		if (e - i >= 3 && (unsigned char) doc[i] == 0xE2 && (unsigned char) doc[i + 1] == 0x80 &&
			(unsigned char) doc[i + 2] == 0xA6)
		{
			tk_push(k, T_DOTS, i, i + 3, 0);
			i += 3;
			continue;
		}
		switch (c)
		{
			case ',':
				tk_push(k, T_COMMA, i, i + 1, 0);
				i++;
				continue;
			case ';':
				tk_push(k, T_SEMI, i, i + 1, 0);
				i++;
				continue;
			case ':':
				tk_push(k, T_COLON, i, i + 1, 0);
				i++;
				continue;
			case '(':
				tk_push(k, T_LP, i, i + 1, 0);
				i++;
				continue;
			case ')':
				tk_push(k, T_RP, i, i + 1, 0);
				i++;
				continue;
			case '&':
				tk_push(k, T_AND, i, i + 1, 0);
				i++;
				continue;
			case '-':
				{
					size_t		j = i;

					while (j < e && doc[j] == '-')
						j++;
					tk_push(k, T_DASH, i, j, 0);
					i = j;
					continue;
				}
			case '.':
				{
					size_t		j = i;

					while (j < e && doc[j] == '.')
						j++;
					tk_push(k, j - i >= 2 ? T_DOTS : T_PERIOD, i, j, 0);
					i = j;
					continue;
				}
			default:
				break;
		}
		/* a word: up to a separator; a hyphen or a point between digits stays */
		{
			size_t		j = i;
			uint8_t		fl = 0;

			while (j < e)
			{
				unsigned char d = (unsigned char) doc[j];

				if (tu_space(d) || markup_byte(d) || d == ',' || d == ';' || d == ':' ||
					d == '(' || d == ')' || d == '&')
					break;
				if (tu_unicode_space(doc + j, e - j) || tu_unicode_dash(doc + j, e - j))
					break;
				if (d == '-' && !(j + 1 < e && tu_alnum((unsigned char) doc[j + 1]) && j > i))
					break;
				if (d == '.' && !(j > i && tu_digit((unsigned char) doc[j - 1]) &&
								  j + 1 < e && tu_digit((unsigned char) doc[j + 1])))
					break;
				j++;
			}
			if (tu_upper(c) || c >= 0x80)
				fl |= W_CAP;
			else if (tu_lower(c))
				fl |= W_LOWER;
			else if (tu_digit(c))
				fl |= W_NUM;
			if (j - i == 1 && tu_upper(c))
				fl |= W_INITIAL;
			/* the full stop of an initial or an abbreviation belongs to the word */
			if (j < e && doc[j] == '.' && !(j + 1 < e && doc[j + 1] == '.') &&
				((fl & W_INITIAL) || tu_word_listed(doc + i, j - i, tu_abbreviations)))
				j++;
			/* "and" joins list entries as "&" does */
			tk_push(k, eq_ci(doc + i, j - i, "and") ? T_AND : T_WORD, i, j, fl);
			if (k->t[k->n - 1].type == T_WORD)
				classify(doc, &k->t[k->n - 1]);
			i = j;
		}
	}
}

static void
tokenize_line(toks *k, const seg_doc *d, size_t li, uint32_t from)
{
	const seg_line *l = &d->lines[li];
	size_t		s = l->tstart > from ? l->tstart : from;

	if (l->flags & (SEG_FURNITURE | SEG_BLANK))
		return;
	if (s < l->tend)
		tokenize_span(k, d->doc, s, l->tend);
	tk_push(k, T_NL, l->tend, l->tend, 0);
}

/* ------------------------------------------------------------ word tables */

typedef struct hon_entry
{
	const char *w;
	uint8_t		canon;
	bool		plural;
} hon_entry;

static const char *const hon_names[] = {
	"Councillor", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor",
	"Rev", "Revd", "Reverend", "Canon", "Father", "Sir", "Dame", "Lord", "Lady",
	"Baroness", "Rt Hon", "Bailie", "Provost", "Cynghorydd", "Dean", "Alderman",
	"Rabbi", "Imam", "Pastor", "Bishop", "Hon"
};

static const hon_entry hons[] = {
	{"councillor", 0, false}, {"councillors", 0, true}, {"cllr", 0, false},
	{"cllrs", 0, true}, {"councilor", 0, false}, {"councilors", 0, true},
	{"mr", 1, false}, {"mrs", 2, false}, {"ms", 3, false}, {"miss", 4, false},
	{"mx", 5, false}, {"dr", 6, false}, {"prof", 7, false}, {"professor", 8, false},
	{"rev", 9, false}, {"revd", 10, false}, {"reverend", 11, false},
	{"canon", 12, false}, {"father", 13, false}, {"sir", 14, false},
	{"dame", 15, false}, {"lord", 16, false}, {"lady", 17, false},
	{"baroness", 18, false}, {"rt", 19, false}, {"bailie", 20, false},
	{"bailies", 20, true}, {"provost", 21, false}, {"cynghorydd", 22, false},
	{"cynghorwyr", 22, true}, {"cyng", 22, false},
	{"alderman", 24, false}, {"rabbi", 25, false}, {"imam", 26, false},
	{"pastor", 27, false}, {"bishop", 28, false}, {"hon", 29, false},
	{NULL, 0, false}
};

#define HON_COUNCILLOR	0
#define HON_RT			19
#define HON_HON			29
#define HON_BAILIE		20
#define HON_PROVOST		21
#define HON_CYNG		22

const char *
pp_honorific_name(uint8_t h)
{
	return h < sizeof(hon_names) / sizeof(hon_names[0]) ? hon_names[h] : "";
}

/* Length of w without a trailing full stop. */
static size_t
wlen(const char *doc, const tok *t)
{
	size_t		n = t->e - t->s;

	return (n > 1 && doc[t->e - 1] == '.') ? n - 1 : n;
}

static bool
tw_is(const char *doc, const tok *t, const char *w)
{
	return t->type == T_WORD && eq_ci(doc + t->s, wlen(doc, t), w);
}

static bool
tw_prefix(const char *doc, const tok *t, const char *w)
{
	return t->type == T_WORD && tu_starts_ci(doc + t->s, t->e - t->s, w);
}

static bool
tw_in(const char *doc, const tok *t, const char *const *list)
{
	return t->type == T_WORD && in_list_ci(doc + t->s, wlen(doc, t), list);
}

/* The honorific at t (capitalised), or -1. */
static int
honorific(const char *doc, const tok *t, bool *plural)
{
	(void) doc;
	if (t->type != T_WORD || !(t->flags & W_CAP) || !(t->cls & C_HON))
		return -1;
	*plural = (t->cls & C_HONPL) != 0;
	return t->hon;
}

static const char *const postnominals[] = {
	"mbe", "obe", "cbe", "kbe", "dbe", "bem", "jp", "dl", "qc", "kc", "mp", "msp",
	"mep", "am", "ma", "ba", "bsc", "msc", "phd", "frs", "fca", "cc", "gm", "qpm",
	"rn", "frcp", "llb", "mbbs", "ceng", NULL
};

static bool
postnominal(const char *doc, const tok *t)
{
	(void) doc;
	return t->type == T_WORD && (t->cls & C_POSTNOM);
}

/* Printed in capitals (PhD aside), so "Ma" or "Am" in a name stays a name. */
static bool
postnominal_word(const char *doc, const tok *t)
{
	size_t		n = wlen(doc, t);

	if (n < 2)
		return false;
	for (size_t i = 0; i < n; i++)
		if (tu_lower((unsigned char) doc[t->s + i]) && !eq_ci(doc + t->s, n, "phd"))
			return false;
	return in_list_ci(doc + t->s, n, postnominals);
}

/* Words that are never part of a name: they start markers, sentences, headings. */
static const char *const not_names[] = {
	"the", "present", "apologies", "apology", "officers", "officer", "members",
	"member", "committee", "panel", "board", "portfolio", "cabinet", "non-elected",
	"co-opted", "employees", "invited", "substitute", "substitutes",
	"substitutions", "in", "also", "attending", "attendance", "absent", "other",
	"none", "nil", "chair", "vice-chair", "chairman", "minutes", "declarations",
	"declaration", "public", "business", "there", "this", "that", "it", "no",
	"all", "and", "for", "from", "of", "with", "by", "at", "on", "to", "a", "an",
	"was", "were", "he", "she", "they", "his", "her", "agenda", "item", "minute",
	"resolved", "noted", "non", "representatives", "representative", "apologies:",
	"interest", "interests", "councillor", "items", "meeting", "council",
	"deputy", "leader", "mayor", "clerk", "we", "i", "also:", "non-voting",
	"voting", "elected", "tel", "email", "e-mail", "telephone", "date", "time",
	"place", "venue", "held", "page", "pages", NULL
};

/* Words of job titles and bodies: a bare name holding one is not a name. */
static const char *const title_words[] = {
	"director", "officer", "manager", "head", "chief", "executive", "assistant",
	"interim", "senior", "principal", "lead", "service", "services", "partner",
	"adviser", "advisor", "coordinator", "co-ordinator", "solicitor", "democratic",
	"finance", "legal", "corporate", "strategic", "regional", "national",
	"education", "team", "group", "policy", "scrutiny", "support", "commissioning",
	"development", "resources", "safeguarding", "improvement", "standards",
	"access", "achievement", "governance", "secretary", "treasurer", "engineer",
	"planner", "project", "programme", "operations", "health", "housing", "social",
	"care", "trust", "academy", "school", "schools", "directorate", "partnership",
	"department", "authority", "university", "college", "police", "nhs", "fire",
	"ltd", "limited", "plc", "association", "society", "network", "centre",
	"center", "unit", "division", "council", "county", "borough", "city",
	"district", "parish", "town", "community", "children's", "childrens", "adult",
	"adults", "people", "place", "diocese", "diocesan", "church", "governor",
	"teacher", "representative", "commercial", "technical", "monitoring",
	"planning", "highways", "environment", "environmental", "transport",
	"committee", "overview", "economic", "economy", "public", "business",
	"information", "communications", "performance", "audit", "risk", "strategy",
	"member", "members", "cabinet", "portfolio", "holder", "chair", "vice-chair",
	"administrator", "analyst", "consultant", "specialist", "worker",
	"practitioner", "inspector", "commissioner", "superintendent", "sergeant",
	"constable", "apologies", "present", "officers", "minutes", "report", "item",
	NULL
};

/* Lower-case words inside names: "van", "ap", "de". */
static const char *const particles[] = {
	"de", "van", "von", "der", "den", "ap", "ab", "le", "la", "du", "da", "di",
	"del", "dos", "bin", "al", "el", "mac", "st", NULL
};

/* ----------------------------------------------------------------- names */

typedef struct nm
{
	size_t		first;			/* name tokens [first, last] */
	size_t		last;
	size_t		next;			/* after the name and any postnominals */
} nm;

/*
 * A name at token i: initials then capitalised words ("M Y Hussain", "Siân
 * Gwenllïan", "Stafford-Nelson").  An initial after a full word starts the
 * next person ("Ruane S Hanson").  A bare name (no honorific before it) must
 * have two parts and no word of a job title or body.
 */
static bool
parse_name(const char *doc, const tok *t, size_t n, size_t i, bool bare, nm *out)
{
	size_t		j = i;
	int			ninit = 0;
	int			nfull = 0;
	bool		dummy;

	while (j < n && t[j].type == T_WORD && ninit + nfull < 6)
	{
		const tok  *w = &t[j];

		if (!(w->flags & W_CAP))
		{
			if (nfull + ninit > 0 && (w->cls & C_PARTICLE) && j + 1 < n &&
				t[j + 1].type == T_WORD && (t[j + 1].flags & W_CAP))
			{
				j++;
				continue;
			}
			break;
		}
		if (honorific(doc, w, &dummy) >= 0 || postnominal(doc, w) ||
			(!(w->flags & W_INITIAL) && (w->cls & C_NOTNAME)))
			break;
		/* without an honorific, a word all in capitals is a heading, not a name */
		if (bare && w->e - w->s >= 4)
		{
			bool		caps = true;

			for (uint32_t b = w->s; b < w->e && caps; b++)
				caps = !tu_lower((unsigned char) doc[b]) && (unsigned char) doc[b] < 0x80;
			if (caps)
				return false;
		}
		if (w->flags & W_INITIAL)
		{
			if (nfull > 0)
				break;
			ninit++;
		}
		else
			nfull++;
		if (bare && (w->cls & C_TITLE))
			return false;
		j++;
	}
	if (nfull == 0)
		return false;
	if (bare && ninit + nfull < 2)
		return false;
	out->first = i;
	out->last = j - 1;
	while (j < n && postnominal(doc, &t[j]))
		j++;
	/* "Jawaid MBE, JP" */
	while (j + 1 < n && t[j].type == T_COMMA && postnominal(doc, &t[j + 1]))
		j += 2;
	out->next = j;
	return true;
}

/* --------------------------------------------------------------- markers */

typedef struct marker
{
	const char *words[4];
	int			status;			/* -1: keep the current status (or present) */
	int			category;
	bool		always;			/* valid before a lower-case word too */
} marker;

static const marker markers[] = {
	{{"apologies", "for", "absence"}, PP_APOLOGIES, PP_MEMBER, true},
	{{"apologies"}, PP_APOLOGIES, PP_MEMBER, true},
	{{"apology"}, PP_APOLOGIES, PP_MEMBER, true},
	{{"absent"}, PP_ABSENT, PP_MEMBER, false},
	{{"not", "present"}, PP_ABSENT, PP_MEMBER, false},
	{{"substitute", "members"}, PP_SUBSTITUTE, PP_MEMBER, false},
	{{"substitutes"}, PP_SUBSTITUTE, PP_MEMBER, false},
	{{"substitute"}, PP_SUBSTITUTE, PP_MEMBER, false},
	{{"substitutions"}, PP_SUBSTITUTE, PP_MEMBER, false},
	{{"officers", "in", "attendance"}, PP_PRESENT, PP_OFFICER, false},
	{{"officers"}, PP_PRESENT, PP_OFFICER, false},
	{{"council", "officers"}, PP_PRESENT, PP_OFFICER, false},
	{{"employees"}, PP_PRESENT, PP_OFFICER, false},
	{{"officials"}, PP_PRESENT, PP_OFFICER, false},
	{{"other", "members", "in", "attendance"}, PP_PRESENT, PP_MEMBER, false},
	{{"other", "members"}, PP_PRESENT, PP_MEMBER, false},
	{{"other", "councillors"}, PP_PRESENT, PP_MEMBER, false},
	{{"cabinet", "members"}, PP_PRESENT, PP_CABINET, false},
	{{"cabinet", "member"}, PP_PRESENT, PP_CABINET, false},
	{{"portfolio", "holders"}, PP_PRESENT, PP_CABINET, false},
	{{"portfolio", "holder"}, PP_PRESENT, PP_CABINET, false},
	{{"executive", "members"}, PP_PRESENT, PP_CABINET, false},
	{{"co-opted", "members"}, -1, PP_COOPTED, false},
	{{"co-opted", "member"}, -1, PP_COOPTED, false},
	{{"co-opted"}, -1, PP_COOPTED, false},
	{{"non-elected"}, -1, PP_COOPTED, false},
	{{"non", "elected"}, -1, PP_COOPTED, false},
	{{"non-councillor"}, -1, PP_COOPTED, false},
	{{"committee", "members"}, PP_PRESENT, PP_MEMBER, false},
	{{"panel", "members"}, PP_PRESENT, PP_MEMBER, false},
	{{"board", "members"}, PP_PRESENT, PP_MEMBER, false},
	{{"members", "present"}, PP_PRESENT, PP_MEMBER, false},
	{{"councillors", "present"}, PP_PRESENT, PP_MEMBER, false},
	{{"members"}, PP_PRESENT, PP_MEMBER, false},
	{{"present"}, PP_PRESENT, PP_MEMBER, false},
	{{"sederunt"}, PP_PRESENT, PP_MEMBER, false},
	/* Welsh: "Yn bresennol", "Ymddiheuriadau", "Swyddogion", "Hefyd yn bresennol" */
	{{"yn", "bresennol"}, PP_PRESENT, PP_MEMBER, false},
	{{"presennol"}, PP_PRESENT, PP_MEMBER, false},
	{{"ymddiheuriadau"}, PP_APOLOGIES, PP_MEMBER, true},
	{{"swyddogion"}, PP_PRESENT, PP_OFFICER, false},
	{{"hefyd", "yn", "bresennol"}, PP_PRESENT, PP_INVITED, false},
	{{"also", "in", "attendance"}, PP_PRESENT, PP_INVITED, false},
	{{"in", "attendance"}, PP_PRESENT, PP_INVITED, false},
	{{"also", "present"}, PP_PRESENT, PP_INVITED, false},
	{{"also", "attending"}, PP_PRESENT, PP_INVITED, false},
	{{"attending"}, PP_PRESENT, PP_INVITED, false},
	{{"attendees"}, PP_PRESENT, PP_INVITED, false},
	{{"invited"}, PP_PRESENT, PP_INVITED, false},
	{{"by", "invitation"}, PP_PRESENT, PP_INVITED, false},
	{{"guests"}, PP_PRESENT, PP_INVITED, false},
	{{NULL}, 0, 0, false}
};

/* Words that may trail a marker: "Non-elected voting Members present". */
static const char *const marker_tail[] = {
	"present", "members", "member", "voting", "non-voting", "attending",
	"councillors", "for", "absence", "in", "attendance", "received", NULL
};

/* The marker at token i: its entry and the token after it, or NULL. */
static const marker *
match_marker(const char *doc, const tok *t, size_t n, size_t i, size_t *next)
{
	if (t[i].type != T_WORD || !(t[i].flags & W_CAP) || !(t[i].cls & C_MSTART))
		return NULL;
	for (size_t m = 0; markers[m].words[0]; m++)
	{
		size_t		j = i;
		int			w;

		for (w = 0; w < 4 && markers[m].words[w]; w++, j++)
			if (j >= n || !tw_is(doc, &t[j], markers[m].words[w]))
				break;
		if (w < 4 && markers[m].words[w])
			continue;
		/* "in attendance" only as a phrase: a bare "In" also starts "In the chair" */
		while (j < n && tw_in(doc, &t[j], marker_tail) &&
			   !(tw_is(doc, &t[j], "in") && !(j + 1 < n && tw_is(doc, &t[j + 1], "attendance"))))
			j++;
		if (!markers[m].always && j < n && t[j].type == T_WORD && (t[j].flags & W_LOWER) &&
			!tw_is(doc, &t[j], "and"))
			return NULL;
		while (j < n && t[j].type == T_COLON)
			j++;
		*next = j;
		return &markers[m];
	}
	return NULL;
}

static const char *const leave_verbs[] = {
	"arrived", "left", "joined", "withdrew", "entered", "returned", "declared",
	"re-joined", "rejoined", "departed", NULL
};

/* Bucket of a word by its first letter ('a'..'z', or other) and its length. */
static size_t
lex_bucket(const char *w, size_t len)
{
	unsigned char c = tu_fold((unsigned char) w[0]);

	return (tu_lower(c) ? (size_t) (c - 'a') : 26) * LEX_LEN + (len < LEX_LEN ? len : LEX_LEN - 1);
}

/*
 * Every listed word, grouped by first letter and length:
 * lexicon[lexicon_bucket[b] .. lexicon_bucket[b + 1]) share bucket b.  Built
 * from the lists the first time a word is classified and never changed
 * after: it was built (and allocated, and the lists counted) for every
 * span tokenized, and the segmenter asks pp_marker_heading() of one line at
 * a time.
 */
#define LEXICON_MAX (sizeof(not_names) / sizeof(not_names[0]) + sizeof(title_words) / sizeof(title_words[0]) + \
					 sizeof(particles) / sizeof(particles[0]) + sizeof(leave_verbs) / sizeof(leave_verbs[0]) + \
					 sizeof(postnominals) / sizeof(postnominals[0]) + sizeof(hons) / sizeof(hons[0]) + \
					 sizeof(markers) / sizeof(markers[0]))

static lexent lexicon[LEXICON_MAX];
static uint16_t lexicon_bucket[LEX_BUCKETS + 1];
static bool lexicon_ready = false;

static void
lex_put(uint16_t *fill, const char *w, uint8_t cls, uint8_t hon)
{
	size_t		b = lex_bucket(w, strlen(w));

	lexicon[fill[b]].w = w;
	lexicon[fill[b]].cls = cls;
	lexicon[fill[b]++].hon = hon;
}

/*
 * The word lists grouped by first letter and length (a counting sort,
 * linear in the lists): a word is then compared with the one or two listed
 * words of its bucket instead of every list.
 */
static void
lex_build(void)
{
	const char *const *lists[] = {not_names, title_words, particles, leave_verbs, postnominals};
	const uint8_t lcls[] = {C_NOTNAME, C_TITLE, C_PARTICLE, C_LEAVE, C_POSTNOM};
	uint16_t	fill[LEX_BUCKETS + 1] = {0};
	size_t		n = 0;

	for (size_t l = 0; l < 5; l++)
		for (size_t i = 0; lists[l][i]; i++)
			fill[lex_bucket(lists[l][i], strlen(lists[l][i]))]++;
	for (size_t i = 0; hons[i].w; i++)
		fill[lex_bucket(hons[i].w, strlen(hons[i].w))]++;
	for (size_t m = 0; markers[m].words[0]; m++)
		fill[lex_bucket(markers[m].words[0], strlen(markers[m].words[0]))]++;
	for (size_t b = 0; b < LEX_BUCKETS; b++)
	{
		size_t		c = fill[b];

		lexicon_bucket[b] = (uint16_t) n;
		fill[b] = (uint16_t) n;
		n += c;
	}
	lexicon_bucket[LEX_BUCKETS] = (uint16_t) n;
	for (size_t l = 0; l < 5; l++)
		for (size_t i = 0; lists[l][i]; i++)
			lex_put(fill, lists[l][i], lcls[l], 0);
	for (size_t i = 0; hons[i].w; i++)
		lex_put(fill, hons[i].w, (uint8_t) (C_HON | (hons[i].plural ? C_HONPL : 0)), hons[i].canon);
	for (size_t m = 0; markers[m].words[0]; m++)
		lex_put(fill, markers[m].words[0], C_MSTART, 0);
	lexicon_ready = true;
}

/* The word classes of t, looked up once so that the rules test bits. */
static void
classify(const char *doc, tok *t)
{
	size_t		n = wlen(doc, t);
	size_t		b;

	if (n == 0 || n >= LEX_LEN - 1)
		return;
	if (!lexicon_ready)
		lex_build();
	b = lex_bucket(doc + t->s, n);
	for (size_t i = lexicon_bucket[b]; i < lexicon_bucket[b + 1]; i++)
		if (eq_ci(doc + t->s, n, lexicon[i].w))
		{
			t->cls |= lexicon[i].cls;
			if (lexicon[i].cls & C_HON)
				t->hon = lexicon[i].hon;
		}
	/* postnominals are printed in capitals: "Ma" or "Am" in a name stays a name */
	if ((t->cls & C_POSTNOM) && !postnominal_word(doc, t))
		t->cls &= (uint8_t) ~C_POSTNOM;
}

/* ------------------------------------------------------------ attendance */

typedef struct ppl
{
	pp_person	p;
	int			status;			/* -1 while no marker has said */
	bool		councillor;
	uint32_t	hash;			/* of the name's folded letters, to compare names fast */
} ppl;

static uint32_t
name_hash(const char *doc, uint32_t s, uint32_t e)
{
	uint32_t	h = 2166136261u;

	for (; s < e; s++)
		if (tu_alnum((unsigned char) doc[s]) || (unsigned char) doc[s] >= 0x80)
			h = (h ^ tu_fold((unsigned char) doc[s])) * 16777619u;
	return h;
}

typedef struct scan
{
	const seg_doc *d;
	const char *doc;
	const seg_alloc *a;
	ppl		   *v;
	size_t		n;
	size_t		cap;
} scan;

static ppl *
push_person(scan *sc)
{
	if (sc->n == sc->cap)
	{
		size_t		nc = sc->cap ? sc->cap * 2 : 32;
		ppl		   *nv = sc->a->alloc(sc->a->ctx, nc * sizeof(ppl));

		if (sc->n)
			seg_copy(nv, sc->v, sc->n * sizeof(ppl), sc->a);
		if (sc->v)
			sc->a->release(sc->a->ctx, sc->v);
		sc->v = nv;
		sc->cap = nc;
	}
	memset(&sc->v[sc->n], 0, sizeof(ppl));
	return &sc->v[sc->n++];
}

/* Letters of a span folded, for comparing names printed differently. */
static bool
same_name(const char *doc, uint32_t as, uint32_t ae, uint32_t bs, uint32_t be)
{
	for (;;)
	{
		while (as < ae && !tu_alnum((unsigned char) doc[as]) && (unsigned char) doc[as] < 0x80)
			as++;
		while (bs < be && !tu_alnum((unsigned char) doc[bs]) && (unsigned char) doc[bs] < 0x80)
			bs++;
		if (as == ae || bs == be)
			return as == ae && bs == be;
		if (tu_fold((unsigned char) doc[as]) != tu_fold((unsigned char) doc[bs]))
			return false;
		as++;
		bs++;
	}
}

/*
 * "Chair" or "Vice-Chair" when doc[s..e) names one, in any spelling
 * ("Chairman", "Vice Chair", "Vice-Chairs", "in the chair", Welsh "Cadeirydd").
 */
static const char *
chair_role(const char *doc, uint32_t s, uint32_t e)
{
	char		key[24];
	size_t		kl = 0;

	/* letters only, so "Vice-Chair", "Vice Chair" and "Vice-Chairs" meet */
	for (uint32_t b = s; b < e; b++)
		if (tu_alpha((unsigned char) doc[b]))
		{
			if (kl == sizeof(key) - 1)
				return NULL;
			key[kl++] = (char) tu_fold((unsigned char) doc[b]);
		}
	key[kl] = '\0';
	if (!strcmp(key, "chair") || !strcmp(key, "chairs") || !strcmp(key, "chairman") ||
		!strcmp(key, "chairperson") || !strcmp(key, "inthechair") ||
		!strcmp(key, "chairwoman") || !strcmp(key, "cadeirydd"))
		return "Chair";
	if (!strcmp(key, "vicechair") || !strcmp(key, "vicechairs") ||
		!strcmp(key, "vicechairman") || !strcmp(key, "vicechairperson") ||
		!strcmp(key, "vicechairwoman") || !strcmp(key, "isgadeirydd"))
		return "Vice-Chair";
	return NULL;
}

/* A bracket's words: a canonical role, or a category or status it states. */
static void
bracket(const char *doc, const tok *t, size_t from, size_t to, ppl *p)
{
	if (from >= to)
		return;
	for (size_t j = from; j < to; j++)
	{
		if (tw_prefix(doc, &t[j], "substitut"))
			p->status = PP_SUBSTITUTE;
		if (tw_prefix(doc, &t[j], "co-opt") || tw_prefix(doc, &t[j], "coopt"))
			p->p.category = PP_COOPTED;
		if (tw_is(doc, &t[j], "invitation"))
			p->p.category = PP_INVITED;
	}
	p->p.role_fixed = chair_role(doc, t[from].s, t[to - 1].e);
	if (p->p.role_fixed != NULL)
		return;
	/* "(co-opted member)" and "(By Invitation)": the category says it all */
	if (p->p.category == PP_COOPTED && to - from <= 2 &&
		(tw_prefix(doc, &t[from], "co-opt") || tw_prefix(doc, &t[from], "coopt")))
		return;
	if (p->p.category == PP_INVITED && to - from == 2 && tw_is(doc, &t[from], "by"))
		return;
	p->p.role_start = t[from].s;
	p->p.role_end = t[to - 1].e;
}

/* Is the person who starts at i in this scan an entry of an officers' list? */
static bool
entry_start(const char *doc, const tok *t, size_t n, size_t i)
{
	nm			m;
	bool		pl;
	size_t		nx;

	if (i >= n || t[i].type != T_WORD)
		return false;
	if (honorific(doc, &t[i], &pl) >= 0 || match_marker(doc, t, n, i, &nx))
		return true;
	if (!parse_name(doc, t, n, i, true, &m))
		return false;
	return m.next >= n || t[m.next].type == T_DASH || t[m.next].type == T_COMMA ||
		t[m.next].type == T_LP || t[m.next].type == T_SEMI || t[m.next].type == T_NL ||
		t[m.next].type == T_PERIOD || t[m.next].type == T_AND;
}

/* Words on the line starting at token i, up to its line end. */
static size_t
line_words(const tok *t, size_t n, size_t i)
{
	size_t		c = 0;

	for (; i < n && t[i].type != T_NL; i++)
		c += t[i].type == T_WORD;
	return c;
}

/*
 * A job title after "Name - " or "Name, ": up to a semicolon, the start of
 * the next entry, or a line end that does not break the title.  With
 * commas (the "Name, Title, Body;" form) the first part is the role and the
 * rest the organisation.
 */
static size_t
parse_title(const char *doc, const tok *t, size_t n, size_t i, bool comma_form, ppl *p)
{
	size_t		j = i;
	size_t		last = SIZE_MAX;
	size_t		split = SIZE_MAX;
	bool		pl;

	while (j < n)
	{
		const tok  *c = &t[j];
		size_t		nx;

		if (c->type == T_SEMI || c->type == T_PERIOD || c->type == T_LP || c->type == T_RP)
			break;
		if (c->type == T_NL)
		{
			size_t		k = j;
			bool		cont;

			while (k < n && t[k].type == T_NL)
				k++;
			if (k >= n || last == SIZE_MAX)
				break;
			cont = t[j - 1].type == T_DASH || t[j - 1].type == T_AND || t[j - 1].type == T_COMMA ||
				(t[k].type == T_WORD && (t[k].flags & W_LOWER));
			if (!cont && !comma_form && t[k].type == T_WORD && (t[k].flags & W_CAP) &&
				!entry_start(doc, t, n, k) &&
				line_words(t, n, k) <= 3)
				cont = true;
			if (!cont)
				break;
			j = k;
			continue;
		}
		if (c->type == T_WORD && j > i)
		{
			/* a marker inside a line ends the title only as a heading: "Apologies:" */
			if (honorific(doc, c, &pl) >= 0 ||
				(match_marker(doc, t, n, j, &nx) &&
				 ((nx > 0 && t[nx - 1].type == T_COLON) ||
				  ((nx >= n || t[nx].type == T_NL) && nx >= j + 2))))
				break;
			/* "... Partner Lynda Poole - Assistant Director", "... Directorate S Frossell," */
			if (entry_start(doc, t, n, j))
			{
				nm			m;

				if (parse_name(doc, t, n, j, true, &m) && m.next < n &&
					(t[m.next].type == T_DASH || (t[j].flags & W_INITIAL)))
					break;
			}
		}
		if (comma_form && c->type == T_COMMA && split == SIZE_MAX && last != SIZE_MAX)
			split = j;
		if (c->type != T_COMMA && c->type != T_DASH && c->type != T_AND)
			last = j;
		j++;
	}
	if (last != SIZE_MAX && last >= i)
	{
		/* a trailing dash or ampersand is not part of the title */
		if (split != SIZE_MAX && split < last)
		{
			size_t		o = split + 1;

			p->p.role_start = t[i].s;
			p->p.role_end = t[split - 1].e;
			while (o < last && t[o].type != T_WORD)
				o++;
			p->p.org_start = t[o].s;
			p->p.org_end = t[last].e;
		}
		else
		{
			p->p.role_start = t[i].s;
			p->p.role_end = t[last].e;
		}
	}
	return j;
}

typedef struct state
{
	int			status;
	int			category;
} state;

static void
set_roles(scan *sc, size_t from, size_t to, const char *role)
{
	for (size_t q = from; q < to; q++)
		sc->v[q].p.role_fixed = role;
}

/*
 * Attendance in tokens t[0..n): header says whether this is the header
 * before the first item (bare names allowed at line starts once a marker has
 * been seen) or an item's body (bare names only after "from" and markers).
 */
static void
scan_attendance(scan *sc, const tok *t, size_t n, state st, bool header)
{
	const char *doc = sc->doc;
	size_t		i = 0;
	int			list_hon = -1;	/* the honorific of "Councillors A, B and C" */
	size_t		group_first = 0;
	bool		entry = true;	/* a list entry may start here */
	bool		after_person = false;
	bool		skip_next = false;	/* "... substitute for Councillor B" */
	size_t		line_first = sc->n;
	/*
	 * The role a plural bracket gives the people of its list before it.  A
	 * later one in the same list covers them too and wins, so it is set
	 * once when the list is done: setting it at every bracket of
	 * "Councillors A (Chairs), B (Chairs), ..." was quadratic.
	 */
	const char *group_role = NULL;
	size_t		group_role_from = 0;
	size_t		group_role_to = 0;

	while (i < n)
	{
		const tok  *c = &t[i];
		const marker *mk;
		size_t		nx;
		int			h;
		bool		plural = false;
		uint8_t		hv[PP_MAX_HON];
		uint8_t		nh = 0;
		nm			m;
		bool		ok = false;
		bool		bare = false;
		size_t		j;
		ppl		   *p;

		if ((i & 4095) == 0 && sc->a->tick)
			sc->a->tick(sc->a->ctx);
		switch (c->type)
		{
			case T_NL:
				line_first = sc->n;
				entry = header;
				i++;
				continue;
			case T_PERIOD:
			case T_SEMI:
				list_hon = -1;
				entry = true;
				skip_next = false;
				after_person = false;
				i++;
				continue;
			case T_COMMA:
			case T_AND:
			case T_COLON:
				entry = true;
				i++;
				continue;
			case T_LP:
				/* brackets not after a name ("(Councillor X left at 7.47pm)") are skipped */
				for (j = i + 1; j < n && t[j].type != T_RP && t[j].type != T_NL; j++)
					;
				i = j < n && t[j].type == T_RP ? j + 1 : j;
				continue;
			case T_WORD:
				break;
			default:
				entry = false;
				i++;
				continue;
		}
		if ((mk = match_marker(doc, t, n, i, &nx)) != NULL)
		{
			bool		line_end = nx >= n || t[nx].type == T_NL;

			if (mk->status >= 0)
				st.status = mk->status;
			else if (st.status < 0)
				st.status = PP_PRESENT;
			st.category = mk->category;
			/* "Councillor C. Towe (Chair) Committee Members present": the marker ends the line */
			if (line_end && header)
				for (size_t q = line_first; q < sc->n; q++)
				{
					if (mk->status >= 0 || sc->v[q].status < 0)
						sc->v[q].status = st.status;
					sc->v[q].p.category = (pp_category) mk->category;
				}
			list_hon = -1;
			entry = true;
			after_person = false;
			i = nx;
			continue;
		}
		/* Welsh "a" / "ac" ("and") inside a list of councillors */
		if (list_hon >= 0 && (c->flags & W_LOWER) && (tw_is(doc, c, "a") || tw_is(doc, c, "ac")) &&
			i + 1 < n && t[i + 1].type == T_WORD && (t[i + 1].flags & W_CAP))
		{
			entry = true;
			i++;
			continue;
		}
		if (tw_is(doc, c, "from") || tw_is(doc, c, "of") || tw_is(doc, c, "by"))
		{
			entry = true;
			i++;
			continue;
		}
		if (tw_prefix(doc, c, "substitut") && after_person && sc->n > 0)
		{
			/* "Councillor A substituted for / attended as substitute for Councillor B" */
			sc->v[sc->n - 1].status = PP_SUBSTITUTE;
			skip_next = true;
			i++;
			continue;
		}
		j = i;
		while (j < n && nh < PP_MAX_HON && (h = honorific(doc, &t[j], &plural)) >= 0)
		{
			hv[nh++] = (uint8_t) h;
			if (plural)
			{
				list_hon = h;
				group_first = sc->n;
			}
			/* "Rt Hon", "Rt. Hon." */
			if (h == HON_RT && j + 1 < n && tw_prefix(doc, &t[j + 1], "hon"))
				j++;
			j++;
		}
		if (nh > 0)
			ok = parse_name(doc, t, n, j, false, &m);
		else if (list_hon >= 0 && entry && (c->flags & W_CAP))
		{
			ok = parse_name(doc, t, n, i, false, &m);
			if (ok)
				hv[nh++] = (uint8_t) list_hon;
		}
		else if ((entry || after_person) && st.status >= 0 && (c->flags & W_CAP))
		{
			ok = parse_name(doc, t, n, i, true, &m);
			bare = ok;
		}
		if (!ok)
		{
			/* after_person lasts to the sentence end: "X attended as a substitute" */
			if (nh == 0)
				entry = false;
			i = nh > 0 ? j : i + 1;
			continue;
		}
		/* "Councillor X left the meeting ..." does not change the list */
		if (m.next < n && t[m.next].type == T_WORD && (t[m.next].cls & C_LEAVE))
		{
			i = m.next + 1;
			entry = false;
			after_person = false;
			continue;
		}
		if (skip_next)
		{
			skip_next = false;
			i = m.next;
			after_person = false;
			continue;
		}
		p = push_person(sc);
		p->p.name_start = t[m.first].s;
		p->p.name_end = t[m.last].e;
		p->hash = name_hash(doc, p->p.name_start, p->p.name_end);
		memcpy(p->p.hon, hv, nh);
		p->p.nhon = nh;
		p->status = st.status;
		p->p.category = (pp_category) (st.category >= 0 ? st.category : PP_MEMBER);
		for (uint8_t q = 0; q < nh; q++)
			if (hv[q] == HON_COUNCILLOR || hv[q] == HON_CYNG || hv[q] == HON_BAILIE ||
				hv[q] == HON_PROVOST)
				p->councillor = true;
		i = m.next;
		/* what follows the name */
		if (i < n && t[i].type == T_LP)
		{
			size_t		k = i + 1;

			while (k < n && t[k].type != T_RP && t[k].type != T_NL)
				k++;
			bracket(doc, t, i + 1, k, p);
			/* "Councillors S Davies and M Y Hussain (Vice-Chairs)" */
			if (p->p.role_fixed && list_hon >= 0 && t[k - 1 > i ? k - 1 : i].e > t[i].s &&
				doc[t[k - 1].e - 1] == 's')
			{
				if (group_role != NULL && group_role_from != group_first)
					set_roles(sc, group_role_from, group_role_to, group_role);
				group_role = p->p.role_fixed;
				group_role_from = group_first;
				group_role_to = sc->n - 1;
			}
			i = k < n && t[k].type == T_RP ? k + 1 : k;
		}
		if (i + 2 < n && tw_is(doc, &t[i], "in") && tw_is(doc, &t[i + 1], "the") &&
			tw_is(doc, &t[i + 2], "chair"))
		{
			p->p.role_fixed = "Chair";
			i += 3;
		}
		if (i < n && t[i].type == T_DASH && i + 1 < n && t[i + 1].type == T_WORD)
		{
			i = parse_title(doc, t, n, i + 1, false, p);
			/* "Councillor J Smith - Chairman" */
			if (p->p.role_end > p->p.role_start)
				p->p.role_fixed = chair_role(doc, p->p.role_start, p->p.role_end);
			if (p->p.role_fixed != NULL)
				p->p.role_start = p->p.role_end = 0;
		}
		else if (i < n && t[i].type == T_COMMA && st.status == PP_PRESENT &&
				 (st.category == PP_OFFICER || st.category == PP_INVITED) &&
				 !(list_hon >= 0) && i + 1 < n && t[i + 1].type == T_WORD &&
				 !entry_start(doc, t, n, i + 1))
			i = parse_title(doc, t, n, i + 1, true, p);
		(void) bare;
		entry = false;
		after_person = true;
	}
	if (group_role != NULL)
		set_roles(sc, group_role_from, group_role_to, group_role);
}

/* Does the item's title hold one of the words? */
static bool
title_has(const seg_doc *d, const seg_item *it, const char *w, bool whole)
{
	const char *t = d->doc + it->title_start;
	size_t		len = it->title_end - it->title_start;
	size_t		n = strlen(w);

	/*
	 * At a word's start ("Apologies", "Non-attendance"), and when whole, to
	 * its end, but for a plural's s: "Accounts to be presented" and
	 * "Representatives" are not a list of those present.
	 */
	for (size_t p = 0; p < len;)
	{
		size_t		at = tu_find_ci(t + p, len - p, w);

		if (at >= len - p)
			return false;
		at += p;
		if (at == 0 || !tu_alpha((unsigned char) t[at - 1]))
		{
			size_t		end = at + n;

			/* a plural is the same word: "Attendances", "Absences" */
			if (end < len && tu_fold((unsigned char) t[end]) == 's')
				end++;
			else if (end + 1 < len && tu_fold((unsigned char) t[end]) == 'e' &&
					 tu_fold((unsigned char) t[end + 1]) == 's')
				end += 2;
			if (!whole || end >= len || !tu_alpha((unsigned char) t[end]))
				return true;
		}
		p = at + 1;
	}
	return false;
}

static void
tokenize_lines(toks *k, const seg_doc *d, size_t from, size_t to, uint32_t first_from,
			   const seg_alloc *a)
{
	for (size_t li = from; li < to && li < d->nlines; li++)
	{
		if ((li & 1023) == 0 && a->tick)
			a->tick(a->ctx);
		tokenize_line(k, d, li, li == from ? first_from : 0);
	}
}

/*
 * Keep people some marker placed, once each per status, in order; returns
 * how many are kept at the front of sc->v.  The people already kept are
 * found by an open-addressing table on (status, name hash): comparing each
 * person with every kept one was quadratic in a long "Present:" list.
 */
static size_t
keep_first_of_each(scan *sc)
{
	size_t		nslots = 16;
	size_t		out = 0;
	uint32_t   *slots;			/* 1 + index into sc->v of a kept person; 0: empty */

	while (nslots < 2 * sc->n)
		nslots *= 2;
	slots = sc->a->alloc(sc->a->ctx, nslots * sizeof(uint32_t));
	memset(slots, 0, nslots * sizeof(uint32_t));
	for (size_t q = 0; q < sc->n; q++)
	{
		const ppl  *p = &sc->v[q];
		size_t		h;
		bool		dup = false;

		if (p->status < 0)
			continue;
		if ((q & 4095) == 0 && sc->a->tick)
			sc->a->tick(sc->a->ctx);
		h = (size_t) ((p->hash ^ ((uint32_t) p->status * 0x9E3779B1u)) & (nslots - 1));
		for (; slots[h] != 0; h = (h + 1) & (nslots - 1))
		{
			const ppl  *o = &sc->v[slots[h] - 1];

			if (o->status == p->status && o->hash == p->hash &&
				same_name(sc->doc, o->p.name_start, o->p.name_end,
						  p->p.name_start, p->p.name_end))
			{
				dup = true;
				break;
			}
		}
		if (dup)
			continue;
		/* kept people move to the front, never past one still to be read */
		sc->v[out] = *p;
		slots[h] = (uint32_t) out + 1;
		out++;
	}
	sc->a->release(sc->a->ctx, slots);
	return out;
}

void
pp_attendance(const seg_doc *d, pp_result *r, const seg_alloc *a)
{
	scan		sc = {d, d->doc, a, NULL, 0, 0};
	size_t		part = SIZE_MAX;
	size_t		hfrom;
	size_t		hto;
	toks		k = {NULL, 0, 0, a};
	state		st = {-1, PP_MEMBER};
	size_t		out = 0;

	memset(r, 0, sizeof(*r));
	for (size_t p = 0; p < d->nparts; p++)
		if (d->parts[p].kind == SEG_PART_MINUTES)
		{
			part = p;
			break;
		}
	if (part == SIZE_MAX && d->nparts > 0)
		part = 0;
	if (part == SIZE_MAX)
		return;
	hfrom = d->parts[part].first;
	hto = d->parts[part].end;
	for (size_t q = 0; q < d->nitems; q++)
		if (d->items[q].first_line >= hfrom && d->items[q].first_line < hto)
		{
			hto = d->items[q].first_line;
			break;
		}
	/*
	 * No items: only the opening 80 lines can be a header (lines of the
	 * document: a folded run of blank lines counts as all its lines).
	 */
	if (hto == d->parts[part].end)
	{
		size_t		k = hfrom;
		size_t		n = 0;

		while (k < hto && n < 80)
			n += seg_line_count(d, k++);
		hto = k;
	}
	tokenize_lines(&k, d, hfrom, hto, 0, a);
	scan_attendance(&sc, k.t, k.n, st, true);
	for (size_t q = 0; q < d->nitems; q++)
	{
		const seg_item *it = &d->items[q];
		state		ist = {-1, PP_MEMBER};

		/* the attendance of one meeting: a pack's later minutes are other meetings */
		if (it->first_line < d->parts[part].first || it->first_line >= d->parts[part].end)
			continue;
		if (title_has(d, it, "apolog", false) || title_has(d, it, "absence", true))
			ist.status = PP_APOLOGIES;
		else if (title_has(d, it, "substitut", false))
			ist.status = PP_SUBSTITUTE;
		else if (title_has(d, it, "attendance", true) || title_has(d, it, "present", true))
			ist.status = PP_PRESENT;
		else
			continue;
		k.n = 0;
		tokenize_lines(&k, d, it->body_first, it->body_end, it->body_from, a);
		scan_attendance(&sc, k.t, k.n, ist, false);
	}
	if (k.t)
		a->release(a->ctx, k.t);
	/*
	 * Where the minutes call their councillors "Councillor", a member printed
	 * without it ("Mr R Ross (Church rep)", "S Hanson") is co-opted; a parish
	 * list with no honorifics at all is just members.
	 */
	for (size_t q = 0; q < sc.n; q++)
		if (sc.v[q].councillor)
		{
			for (size_t o = 0; o < sc.n; o++)
				if (sc.v[o].p.category == PP_MEMBER && !sc.v[o].councillor)
					sc.v[o].p.category = PP_COOPTED;
			break;
		}
	out = keep_first_of_each(&sc);
	if (out == 0)
	{
		if (sc.v)
			a->release(a->ctx, sc.v);
		return;
	}
	r->people = a->alloc(a->ctx, out * sizeof(pp_person));
	for (size_t q = 0; q < out; q++)
	{
		r->people[q] = sc.v[q].p;
		r->people[q].status = (pp_status) sc.v[q].status;
	}
	r->npeople = out;
	a->release(a->ctx, sc.v);
}

/* ---------------------------------------------------------- declarations */

typedef struct dscan
{
	const char *doc;
	size_t		len;
	const seg_alloc *a;
	pp_decl    *v;
	size_t		n;
	size_t		cap;
} dscan;

static pp_decl *
push_decl(dscan *ds)
{
	if (ds->n == ds->cap)
	{
		size_t		nc = ds->cap ? ds->cap * 2 : 16;
		pp_decl    *nv = ds->a->alloc(ds->a->ctx, nc * sizeof(pp_decl));

		if (ds->n)
			seg_copy(nv, ds->v, ds->n * sizeof(pp_decl), ds->a);
		if (ds->v)
			ds->a->release(ds->a->ctx, ds->v);
		ds->v = nv;
		ds->cap = nc;
	}
	memset(&ds->v[ds->n], 0, sizeof(pp_decl));
	return &ds->v[ds->n++];
}

/* The kind of interest the words t[from..to) state. */
static pp_kind
interest_kind(const char *doc, const tok *t, size_t from, size_t to)
{
	pp_kind		k = PP_KIND_NONE;
	bool		personal = false;

	for (size_t j = from; j < to; j++)
	{
		if (t[j].type != T_WORD)
			continue;
		if (tw_is(doc, &t[j], "non-pecuniary") ||
			(tw_is(doc, &t[j], "non") && j + 2 < to && tw_is(doc, &t[j + 2], "pecuniary")))
			return PP_KIND_NON_PECUNIARY;
		if (tw_is(doc, &t[j], "pecuniary") || tw_is(doc, &t[j], "prejudicial"))
			k = PP_KIND_PECUNIARY;
		else if ((tw_is(doc, &t[j], "other") || tw_is(doc, &t[j], "significant") ||
				  tw_is(doc, &t[j], "registrable") || tw_is(doc, &t[j], "registerable")) &&
				 k == PP_KIND_NONE)
			k = PP_KIND_OTHER;
		else if (tw_is(doc, &t[j], "personal"))
			personal = true;
	}
	if (k == PP_KIND_NONE && personal)
		k = PP_KIND_NON_PECUNIARY;
	return k;
}

/* The number after "minute", "item", "agenda item", "minute no." in t[from..to). */
static bool
item_ref(const char *doc, const tok *t, size_t from, size_t to, uint32_t *s, uint32_t *e)
{
	for (size_t j = from; j + 1 < to; j++)
		if (tw_is(doc, &t[j], "minute") || tw_is(doc, &t[j], "item") ||
			tw_is(doc, &t[j], "minutes") || tw_is(doc, &t[j], "items"))
		{
			size_t		q = j + 1;

			if (q < to && (tw_is(doc, &t[q], "no") || tw_is(doc, &t[q], "number")))
				q++;
			if (q < to && t[q].type == T_WORD && (t[q].flags & W_NUM))
			{
				*s = t[q].s;
				*e = t[q].e;
				return true;
			}
		}
	return false;
}

/* Names of the people in t[from..to): honorific-led, lists, or one bare name. */
static size_t
names_in(const char *doc, const tok *t, size_t from, size_t to, nm *out, size_t cap)
{
	size_t		c = 0;
	bool		list = false;
	bool		sep = true;
	bool		pl;

	for (size_t j = from; j < to && c < cap;)
	{
		size_t		q = j;
		bool		plural = false;
		nm			m;

		if (t[j].type == T_COMMA || t[j].type == T_AND)
		{
			sep = true;
			j++;
			continue;
		}
		if (t[j].type == T_LP)
		{
			while (j < to && t[j].type != T_RP)
				j++;
			continue;
		}
		while (q < to && honorific(doc, &t[q], &pl) >= 0)
		{
			plural |= pl;
			q++;
		}
		if (q > j || (list && sep) || (j == from && c == 0))
		{
			bool		bare = q == j && !(list && sep);

			if (parse_name(doc, t, to, q, bare, &m))
			{
				out[c++] = m;
				if (q > j)
					list = plural;
				sep = false;
				j = m.next;
				continue;
			}
		}
		sep = false;
		j = q > j ? q : j + 1;
	}
	return c;
}

static void
emit_decls(dscan *ds, const nm *names, size_t nn, const tok *t, uint32_t ls, uint32_t le,
		   size_t ifrom, size_t ito, pp_kind kind)
{
	while (ifrom < ito && t[ifrom].type != T_WORD && t[ifrom].type != T_LP)
		ifrom++;
	while (ito > ifrom && t[ito - 1].type != T_WORD && t[ito - 1].type != T_RP)
		ito--;
	for (size_t q = 0; q < nn; q++)
	{
		pp_decl    *x = push_decl(ds);

		x->name_start = t[names[q].first].s;
		x->name_end = t[names[q].last].e;
		x->label_start = ls;
		x->label_end = le;
		if (ito > ifrom)
		{
			size_t		e = t[ito - 1].e;

			x->interest_start = t[ifrom].s;
			/* a closing quote the tokens skipped as markup: "headed "Bus Shelters"" */
			if (e < ds->len && (ds->doc[e] == '"' || ds->doc[e] == '\''))
				e++;
			else if (e + 3 <= ds->len && (unsigned char) ds->doc[e] == 0xE2 &&
					 (unsigned char) ds->doc[e + 1] == 0x80 &&
					 ((unsigned char) ds->doc[e + 2] == 0x9D || (unsigned char) ds->doc[e + 2] == 0x99))
				e += 3;
			x->interest_end = (uint32_t) e;
		}
		x->kind = kind;
	}
}

#define MAX_NAMES 32

/* "Councillors A and B declared a ... interest in ..." sentences of t[0..n). */
static void
decl_sentences(dscan *ds, const tok *t, size_t n, const seg_item *it, bool decl_item)
{
	const char *doc = ds->doc;
	size_t		s = 0;
	size_t		next_tick = 4096;
	nm			names[MAX_NAMES];

	while (s < n)
	{
		size_t		e = s;
		size_t		dj = SIZE_MAX;
		size_t		ij = SIZE_MAX;
		size_t		nn;
		uint32_t	ls = 0;
		uint32_t	le = 0;

		while (e < n && t[e].type != T_PERIOD)
			e++;
		if (ds->a->tick && e >= next_tick)
		{
			ds->a->tick(ds->a->ctx);
			next_tick = e + 4096;
		}
		for (size_t j = s; j < e; j++)
		{
			if (dj == SIZE_MAX && tw_prefix(doc, &t[j], "declar"))
				dj = j;
			if (dj != SIZE_MAX && ij == SIZE_MAX &&
				(tw_is(doc, &t[j], "interest") || tw_is(doc, &t[j], "interests")))
				ij = j;
		}
		if (dj != SIZE_MAX && ij != SIZE_MAX)
		{
			nn = names_in(doc, t, s, dj, names, MAX_NAMES);
			if (nn == 0)
			{
				/* "Declarations of interest were made by Councillor X" */
				for (size_t j = dj; j < e; j++)
					if (tw_is(doc, &t[j], "by"))
					{
						nn = names_in(doc, t, j + 1, e, names, MAX_NAMES);
						break;
					}
			}
			if (nn > 0)
			{
				if (!item_ref(doc, t, s, e, &ls, &le) && !decl_item)
				{
					ls = it->label_start;
					le = it->label_end;
				}
				emit_decls(ds, names, nn, t, ls, le, ij + 1, e,
						   interest_kind(doc, t, dj, ij + 1));
			}
		}
		s = e + 1;
	}
}

/* A line that is one header cell of a flattened table. */
static int
header_cell(const char *doc, const seg_line *l)
{
	const char *s = doc + l->tstart;
	size_t		len = l->tend - l->tstart;

	if (len == 0 || len > 40)
		return 0;
	if (tu_find_ci(s, len, "interest") < len || tu_find_ci(s, len, "reason") < len)
		return 3;
	if (tu_find_ci(s, len, "minute") < len || tu_find_ci(s, len, "item") < len)
		return 2;
	if (tu_find_ci(s, len, "type") < len || tu_find_ci(s, len, "kind") < len)
		return 4;
	if (tu_starts_ci(s, len, "councillor") || tu_starts_ci(s, len, "member") ||
		tu_starts_ci(s, len, "name") || tu_starts_ci(s, len, "cllr"))
		return 1;
	return 0;
}

/*
 * Declarations of a declarations item: flattened tables, "Name - interest"
 * rows with continuation lines, and sentences.
 */
static void
decl_item_body(dscan *ds, const seg_doc *d, const seg_item *it, toks *k)
{
	const char *doc = d->doc;
	size_t		lines[64];
	size_t		nl = 0;
	size_t		li;
	nm			names[MAX_NAMES];

	/* a flattened table: header cells one a line, then the rows */
	for (li = it->body_first; li < it->body_end; li++)
	{
		const seg_line *l = &d->lines[li];
		int			hc;

		if (l->flags & (SEG_BLANK | SEG_FURNITURE))
			continue;
		hc = header_cell(doc, l);
		if (hc == 1 && nl == 0)
			lines[nl++] = li;
		else if (nl > 0 && hc > 1 && nl < 6)
			lines[nl++] = li;
		else if (nl >= 2)
			break;
		else
			nl = 0;
	}
	if (nl >= 2)
	{
		size_t		ncol = nl;
		int			colkind[6];
		size_t		cell = 0;
		size_t		row[6];

		for (size_t c = 0; c < ncol; c++)
			colkind[c] = header_cell(doc, &d->lines[lines[c]]);
		for (; li < it->body_end; li++)
		{
			const seg_line *l = &d->lines[li];

			if (l->flags & (SEG_BLANK | SEG_FURNITURE))
				continue;
			row[cell++] = li;
			if (cell < ncol)
				continue;
			cell = 0;
			k->n = 0;
			tokenize_line(k, d, row[0], 0);
			if (names_in(doc, k->t, 0, k->n, names, 1) != 1)
				break;
			{
				pp_decl    *x = push_decl(ds);
				pp_kind		kind = PP_KIND_NONE;

				x->name_start = k->t[names[0].first].s;
				x->name_end = k->t[names[0].last].e;
				for (size_t c = 1; c < ncol; c++)
				{
					const seg_line *cl = &d->lines[row[c]];

					if (colkind[c] == 2)
					{
						size_t		q = cl->tstart;

						while (q < cl->tend && !tu_digit((unsigned char) doc[q]))
							q++;
						x->label_start = (uint32_t) q;
						while (q < cl->tend && !tu_space((unsigned char) doc[q]) && doc[q] != ',')
							q++;
						x->label_end = (uint32_t) q;
					}
					else if (colkind[c] == 3 || colkind[c] == 4)
					{
						k->n = 0;
						tokenize_line(k, d, row[c], 0);
						if (kind == PP_KIND_NONE)
							kind = interest_kind(doc, k->t, 0, k->n);
						if (colkind[c] == 3)
						{
							x->interest_start = cl->tstart;
							x->interest_end = cl->tend;
						}
					}
				}
				x->kind = kind;
			}
		}
		return;
	}

	/* "Name - interest" rows, and sentences */
	k->n = 0;
	tokenize_lines(k, d, it->body_first, it->body_end, it->body_from, ds->a);
	{
		const tok  *t = k->t;
		size_t		n = k->n;
		size_t		i = 0;
		size_t		sent_from = 0;

		while (i < n)
		{
			size_t		le = i;
			size_t		nn;
			size_t		sep;

			while (le < n && t[le].type != T_NL)
				le++;
			nn = names_in(doc, t, i, le, names, 1);
			sep = nn ? names[0].next : le;
			if (nn == 1 && names[0].first <= i + 3 && sep < le &&
				(t[sep].type == T_DASH || t[sep].type == T_DOTS || t[sep].type == T_COLON))
			{
				size_t		e = le;
				uint32_t	ls = 0;
				uint32_t	lend = 0;
				bool		pl;

				/* continuation lines: up to a line that starts another person */
				while (e < n)
				{
					size_t		q = e + 1;
					nm			m2;

					if (q >= n || honorific(doc, &t[q], &pl) >= 0 ||
						(parse_name(doc, t, n, q, true, &m2) && m2.next < n &&
						 (t[m2.next].type == T_DASH || t[m2.next].type == T_DOTS)))
						break;
					e = q;
					while (e < n && t[e].type != T_NL)
						e++;
				}
				/* the interest may run over line ends: names_in sees no T_NL there */
				item_ref(doc, t, sep, e, &ls, &lend);
				emit_decls(ds, names, 1, t, ls, lend, sep + 1, e,
						   interest_kind(doc, t, sep, e));
				i = e < n ? e + 1 : e;
				sent_from = i;
				continue;
			}
			i = le < n ? le + 1 : le;
		}
		(void) sent_from;
		/* sentences: drop line ends so a sentence over a line break is one */
		{
			size_t		w = 0;

			for (size_t q = 0; q < n; q++)
				if (k->t[q].type != T_NL)
					k->t[w++] = k->t[q];
			k->n = w;
		}
		/* skip lines already taken as rows: a row has no "declar" word, so no harm */
		decl_sentences(ds, k->t, k->n, it, true);
	}
}

void
pp_declarations(const seg_doc *d, pp_result *r, const seg_alloc *a)
{
	dscan		ds = {d->doc, d->len, a, NULL, 0, 0};
	toks		k = {NULL, 0, 0, a};

	memset(r, 0, sizeof(*r));
	for (size_t q = 0; q < d->nitems; q++)
	{
		const seg_item *it = &d->items[q];
		bool		decl_item = title_has(d, it, "interest", false) || title_has(d, it, "declaration", false);

		if (a->tick)
			a->tick(a->ctx);
		if (decl_item)
		{
			decl_item_body(&ds, d, it, &k);
			continue;
		}
		k.n = 0;
		for (size_t li = it->body_first; li < it->body_end && li < d->nlines; li++)
		{
			const seg_line *l = &d->lines[li];
			size_t		s = li == it->body_first && it->body_from > l->tstart ? it->body_from : l->tstart;

			if ((li & 1023) == 0 && a->tick)
				a->tick(a->ctx);
			/* only lines that can hold a declaration are worth tokenizing */
			if (!(l->flags & (SEG_FURNITURE | SEG_BLANK)) && s < l->tend &&
				tu_find_ci(d->doc + s, l->tend - s, "declar") < l->tend - s)
				tokenize_span(&k, d->doc, s, l->tend);
		}
		decl_sentences(&ds, k.t, k.n, it, false);
	}
	if (k.t)
		a->release(a->ctx, k.t);
	r->decls = ds.v;
	r->ndecls = ds.n;
}

/*
 * Is doc[s, e) an attendance marker and nothing else ("Present",
 * "Officers in attendance:", "Apologies")?  The segmenter asks, so that a
 * document without numbers does not take its attendance header for items.
 */
bool
pp_marker_heading(const char *doc, size_t s, size_t e, const seg_alloc *a)
{
	toks		k = {NULL, 0, 0, a};
	size_t		next = 0;
	bool		only = false;

	tokenize_span(&k, doc, s, e);
	if (k.n > 0 && match_marker(doc, k.t, k.n, 0, &next) != NULL)
		only = next >= k.n;
	if (k.t)
		a->release(a->ctx, k.t);
	return only;
}

void
pp_free(pp_result *r, const seg_alloc *a)
{
	if (r->people)
		a->release(a->ctx, r->people);
	if (r->decls)
		a->release(a->ctx, r->decls);
	memset(r, 0, sizeof(*r));
}

const char *
pp_category_name(pp_category c)
{
	static const char *const names[] = {"member", "co-opted", "cabinet member", "officer", "invited"};

	return (unsigned) c < 5 ? names[c] : "member";
}

const char *
pp_status_name(pp_status s)
{
	static const char *const names[] = {"present", "apologies", "substitute", "absent"};

	return (unsigned) s < 4 ? names[s] : "present";
}

const char *
pp_kind_name(pp_kind k)
{
	switch (k)
	{
		case PP_KIND_PECUNIARY:
			return "pecuniary";
		case PP_KIND_NON_PECUNIARY:
			return "non-pecuniary";
		case PP_KIND_OTHER:
			return "other";
		default:
			return NULL;
	}
}
