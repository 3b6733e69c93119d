/*
 * reskind.c - the kind of a resolution, read from the verb that decides it.
 *
 * A resolution names many things besides its decision: "That the grant
 * awards recommended by the Panel be approved", "Cabinet agreed in principle
 * ..., subject to a further report", "agreed that the Clerk would write to
 * ...".  Looking for any kind's words anywhere (the fallback in resolve.c)
 * takes the first of these for the second.  This reader finds the verb the
 * sentence is built on, in the shapes resolutions are written in:
 *
 *   "That <subject> be <participle> ..."      the participle after "be"
 *   "To <verb> ..." / "(ii) to <verb> ..."    the verb after "to"
 *   "<Body> <verb>s ..." / "<verb>ed ..."     the first decision verb that is
 *                                             not a noun ("the support") nor a
 *                                             participle before a preposition
 *                                             ("the minutes ... held on")
 *
 * and maps it through one table of word forms.  The kinds are GOLD-FORMAT's
 * (docs/documents.md): approving, confirming or signing minutes and paying
 * are approved; asking for something to come back (a report, an update) is
 * requested, asking someone to act is other; granting, refusing, electing,
 * appointing, authorising, excluding the public, setting a tax are other.
 */
#include "reskind.h"
#include "resolve.h"
#include "textutil.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* What a word can be, besides a decision verb. */
enum
{
	W_BE = 1 << 0,				/* be, was, were: a participle follows */
	W_ADV = 1 << 1,				/* may stand between "be" or "to" and the verb */
	W_DET = 1 << 2,				/* makes the next word a noun: "the support" */
	W_PREP = 1 << 3,			/* after an -ed word: a participle qualifying a noun */
	W_LEAD = 1 << 4,			/* may open the wording before its verb: "And that" */
	W_LIGHT = 1 << 5,			/* a verb only after "be": "be made", "as set out" */
	W_BACK = 1 << 6,			/* something to come back to the members */
	W_STOP = 1 << 7,			/* the main clause has ended: "subject to" */
	W_RECORD = 1 << 8,			/* true / correct / accurate ... record */
	W_ASK = 1 << 9,				/* asking: requested only for something to come back */
	W_OBJECT = 1 << 10,			/* after a bare form, makes it a noun: "support for" */
	W_PAPER = 1 << 11,			/* what members receive to read: "receive a report" */
	W_CLAUSE = 1 << 12,			/* opens a clause inside the sentence: "to be", "which was" */
	W_PERSON = 1 << 13,			/* may be told to act: "that officers provide" */
	W_MOTION = 1 << 14,			/* moves a motion: "proposed" */
	W_ASSENT = 1 << 15,			/* what a motion may propose: "acceptance", "approval" */
	W_SUBORD = 1 << 16			/* opens a clause of time or condition: "once", "when" */
};

typedef struct vocab
{
	const char *word;			/* lower case */
	int			kind;			/* res_kind, or RESKIND_NONE */
	unsigned	flags;
} vocab;

#define K(w, k) {w, k, 0}
#define F(w, f) {w, RESKIND_NONE, f}

/*
 * The decision verbs by kind, then the function words.  A word appears
 * once; add a form with a pg_regress case (sql/resolutions.sql) that needs
 * it.
 */
static const vocab vocabulary[] = {
	{"note", RES_NOTED, W_PAPER}, K("notes", RES_NOTED), K("noted", RES_NOTED), K("noting", RES_NOTED),
	K("receive", RES_NOTED), K("receives", RES_NOTED), K("received", RES_NOTED),
	K("acknowledge", RES_NOTED), K("acknowledges", RES_NOTED), K("acknowledged", RES_NOTED),
	K("nodwyd", RES_NOTED),

	K("approve", RES_APPROVED), K("approves", RES_APPROVED), K("approved", RES_APPROVED),
	K("confirm", RES_APPROVED), K("confirms", RES_APPROVED), K("confirmed", RES_APPROVED),
	K("adopt", RES_APPROVED), K("adopts", RES_APPROVED), K("adopted", RES_APPROVED),
	K("endorse", RES_APPROVED), K("endorses", RES_APPROVED), K("endorsed", RES_APPROVED),
	K("ratify", RES_APPROVED), K("ratifies", RES_APPROVED), K("ratified", RES_APPROVED),
	K("sign", RES_APPROVED), K("signs", RES_APPROVED), K("signed", RES_APPROVED),
	K("pay", RES_APPROVED), K("pays", RES_APPROVED), K("paid", RES_APPROVED),
	K("donate", RES_APPROVED), K("donates", RES_APPROVED), K("donated", RES_APPROVED),

	K("agree", RES_AGREED), K("agrees", RES_AGREED), K("agreed", RES_AGREED),
	K("accept", RES_AGREED), K("accepts", RES_AGREED), K("accepted", RES_AGREED),
	K("support", RES_AGREED), K("supports", RES_AGREED), K("supported", RES_AGREED),
	K("welcome", RES_AGREED), K("welcomes", RES_AGREED), K("welcomed", RES_AGREED),
	K("decide", RES_AGREED), K("decides", RES_AGREED), K("decided", RES_AGREED),

	K("request", RES_REQUESTED), K("requests", RES_REQUESTED), K("requested", RES_REQUESTED),
	{"ask", RES_REQUESTED, W_ASK}, {"asks", RES_REQUESTED, W_ASK},
	{"asked", RES_REQUESTED, W_ASK},

	K("recommend", RES_RECOMMENDED), K("recommends", RES_RECOMMENDED),
	K("recommended", RES_RECOMMENDED),
	K("refer", RES_REFERRED), K("refers", RES_REFERRED), K("referred", RES_REFERRED),
	K("defer", RES_DEFERRED), K("defers", RES_DEFERRED), K("deferred", RES_DEFERRED),
	K("postpone", RES_DEFERRED), K("postpones", RES_DEFERRED), K("postponed", RES_DEFERRED),

	K("grant", RES_OTHER), K("grants", RES_OTHER), K("granted", RES_OTHER),
	K("refuse", RES_OTHER), K("refuses", RES_OTHER), K("refused", RES_OTHER),
	K("elect", RES_OTHER), K("elects", RES_OTHER), K("elected", RES_OTHER),
	K("appoint", RES_OTHER), K("appoints", RES_OTHER), K("appointed", RES_OTHER),
	K("co-opt", RES_OTHER), K("co-opted", RES_OTHER),
	K("authorise", RES_OTHER), K("authorises", RES_OTHER), K("authorised", RES_OTHER),
	K("authorize", RES_OTHER), K("authorizes", RES_OTHER), K("authorized", RES_OTHER),
	K("delegate", RES_OTHER), K("delegates", RES_OTHER), K("delegated", RES_OTHER),
	K("exclude", RES_OTHER), K("excludes", RES_OTHER), K("excluded", RES_OTHER),
	K("declare", RES_OTHER), K("declares", RES_OTHER), K("declared", RES_OTHER),
	K("thank", RES_OTHER), K("thanks", RES_OTHER), K("thanked", RES_OTHER),
	K("affix", RES_OTHER), K("affixed", RES_OTHER),
	K("increase", RES_OTHER), K("increased", RES_OTHER),
	K("issue", RES_OTHER), K("adjourned", RES_OTHER), K("move", RES_OTHER),
	K("make", RES_OTHER), K("makes", RES_OTHER),
	/* light verbs: the kind is in what is set, made or given, if anywhere */
	{"set", RES_OTHER, W_LIGHT}, {"made", RESKIND_NONE, W_LIGHT},
	{"given", RESKIND_NONE, W_LIGHT}, {"taken", RESKIND_NONE, W_LIGHT},
	{"held", RESKIND_NONE, W_LIGHT}, {"issued", RESKIND_NONE, W_LIGHT},

	F("be", W_BE | W_ADV), F("been", W_BE), F("was", W_BE | W_LEAD), F("were", W_BE),
	F("is", W_BE | W_ADV), F("are", W_BE),
	F("duly", W_ADV), F("formally", W_ADV), F("now", W_ADV), F("hereby", W_ADV),
	F("unanimously", W_ADV | W_LEAD), F("not", W_ADV), F("also", W_ADV | W_LEAD),
	F("further", W_ADV | W_LEAD), F("then", W_ADV), F("all", W_ADV), F("both", W_ADV),
	F("therefore", W_ADV), F("accordingly", W_ADV), F("again", W_ADV),
	F("and", W_ADV | W_LEAD), F("that", W_DET | W_LEAD), F("it", W_LEAD),
	F("there", W_LEAD), F("resolved", W_LEAD),
	F("i", W_LEAD), F("ii", W_LEAD), F("iii", W_LEAD), F("iv", W_LEAD),
	F("a", W_DET | W_LEAD), F("b", W_LEAD), F("c", W_LEAD),
	F("the", W_DET), F("an", W_DET), F("its", W_DET), F("this", W_DET), F("their", W_DET),
	F("his", W_DET), F("her", W_DET), F("of", W_DET | W_OBJECT), F("our", W_DET),
	F("any", W_DET),
	F("no", W_DET), F("such", W_DET), F("for", W_DET | W_OBJECT), F("with", W_DET),
	F("to", W_DET | W_CLAUSE), F("about", W_OBJECT), F("which", W_CLAUSE),
	F("who", W_CLAUSE),
	F("by", W_PREP), F("on", W_PREP | W_OBJECT), F("at", W_PREP), F("in", W_PREP),
	F("from", W_PREP | W_OBJECT),
	F("under", W_PREP), F("during", W_PREP), F("between", W_PREP),
	F("once", W_SUBORD), F("when", W_SUBORD), F("until", W_SUBORD), F("if", W_SUBORD),
	F("unless", W_SUBORD), F("whilst", W_SUBORD),
	F("report", W_BACK | W_PAPER), F("reports", W_BACK), F("reporting", W_BACK),
	F("update", W_BACK | W_PAPER), F("updates", W_BACK), F("briefing", W_BACK | W_PAPER),
	F("information", W_BACK), F("presentation", W_PAPER),
	F("circulate", W_BACK), F("submit", W_BACK), F("provide", W_BACK), F("present", W_BACK),
	F("meeting", W_BACK), F("back", W_BACK), F("bring", W_BACK),
	F("officers", W_PERSON), F("members", W_PERSON), F("councillors", W_PERSON),
	F("clerk", W_PERSON), F("chair", W_PERSON), F("chairman", W_PERSON), F("we", W_PERSON),
	F("officer", W_PERSON), F("treasurer", W_PERSON), F("director", W_PERSON),
	F("secretary", W_PERSON),
	F("they", W_PERSON),
	F("subject", W_STOP),
	F("true", W_RECORD), F("correct", W_RECORD), F("accurate", W_RECORD),
	F("record", 0), F("payment", 0), F("as", 0), F("read", 0), F("approval", W_ASSENT),
	F("acceptance", W_ASSENT), F("adoption", W_ASSENT), F("proposed", W_MOTION),
	F("proposes", W_MOTION), F("moved", W_MOTION), F("minutes", 0), F("accounts", 0)
};

#define NVOCAB (sizeof(vocabulary) / sizeof(vocabulary[0]))

/*
 * The table by a hash of each word, open addressing: a word of a wording is
 * found at one or two comparisons, where a binary search took eight.  Built
 * once per process and never changed after.
 */
#define VOCAB_SLOTS 512			/* a power of two, at least twice NVOCAB */

/* (does not compile when VOCAB_SLOTS is too small for the table) */
typedef char vocab_slots_suffice[NVOCAB * 2 <= VOCAB_SLOTS ? 1 : -1];

static const vocab *vocab_slots[VOCAB_SLOTS];
static uint8_t vocab_slot_len[VOCAB_SLOTS];	/* the length of each slot's word: most probes end there */
static bool vocab_ready = false;

static size_t
vocab_hash(const char *w, size_t n)
{
	uint32_t	h = 2166136261u;

	for (size_t i = 0; i < n; i++)
	{
		h ^= (unsigned char) w[i];
		h *= 16777619u;
	}
	return h & (VOCAB_SLOTS - 1);
}

static void
vocab_init(void)
{
	for (size_t i = 0; i < NVOCAB; i++)
	{
		size_t		slot = vocab_hash(vocabulary[i].word, strlen(vocabulary[i].word));

		while (vocab_slots[slot] != NULL)
			slot = (slot + 1) & (VOCAB_SLOTS - 1);
		vocab_slots[slot] = &vocabulary[i];
		vocab_slot_len[slot] = (uint8_t) strlen(vocabulary[i].word);
	}
	vocab_ready = true;
}

/* The entry of the folded word w[0..n) (NUL at w[n]), or NULL. */
static const vocab *
lookup(const char *w, size_t n)
{
	for (size_t slot = vocab_hash(w, n); vocab_slots[slot] != NULL; slot = (slot + 1) & (VOCAB_SLOTS - 1))
		if (vocab_slot_len[slot] == n && memcmp(vocab_slots[slot]->word, w, n) == 0)
			return vocab_slots[slot];
	return NULL;
}

/* Longer words are not in the vocabulary; they are still counted as words. */
#define WORD_MAX 16

/* An aside in brackets longer than this was never closed. */
#define ASIDE_MAX 160

static const vocab no_word = {"", RESKIND_NONE, 0};

/*
 * The first RESKIND_WORDS words of s, each as its vocabulary entry (no_word
 * when it has none).  A word is a run of letters, hyphens and apostrophes
 * (also U+2019); other bytes of UTF-8 letters belong to it too, so a Welsh
 * word is one word that matches nothing.
 */
static size_t
read_words(const char *s, size_t len, const vocab **out, bool *titled, size_t *at,
		   size_t *wlen)
{
	size_t		n = 0;
	size_t		p = 0;
	int			depth = 0;
	size_t		aside = 0;

	while (p < len && n < RESKIND_WORDS)
	{
		char		buf[WORD_MAX + 1];
		size_t		bl = 0;
		bool		fits = true;
		bool		lower_seen = false;
		size_t		from = p;

		/* "(Minute 24/ARC/6 refers)": an aside, not the sentence's verb */
		if (s[p] == '(' || s[p] == '[')
		{
			if (depth++ == 0)
				aside = p;
		}
		else if ((s[p] == ')' || s[p] == ']') && depth > 0)
			depth--;
		else if (depth > 0 && p - aside > ASIDE_MAX)
			depth = 0;			/* a bracket never closed: the sentence goes on */
		if (depth > 0 || (!tu_alpha((unsigned char) s[p]) && (unsigned char) s[p] < 0x80))
		{
			p++;
			continue;
		}
		while (p < len && (tu_alpha((unsigned char) s[p]) || s[p] == '-' || s[p] == '\'' ||
						   (unsigned char) s[p] >= 0x80))
		{
			if ((unsigned char) s[p] >= 0x80)
				fits = false;	/* never in the table, which is ASCII */
			else if (bl < WORD_MAX)
				buf[bl++] = (char) tu_fold((unsigned char) s[p]);
			else
				fits = false;
			if (tu_lower((unsigned char) s[p]))
				lower_seen = true;
			p++;
		}
		buf[bl] = '\0';
		titled[n] = tu_upper((unsigned char) s[from]) && lower_seen;
		at[n] = from;
		wlen[n] = p - from;
		out[n] = fits ? lookup(buf, bl) : NULL;
		if (out[n] == NULL)
			out[n] = &no_word;
		n++;
	}
	return n;
}

static bool
has(const vocab *v, unsigned flag)
{
	return (v->flags & flag) != 0;
}

static bool
is(const vocab *v, const char *w)
{
	return strcmp(v->word, w) == 0;
}

/* The minutes' own record, or a payment: approved whatever verb is used. */
static bool
names_record(const vocab *const *w, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++)
	{
		if (has(w[i], W_RECORD) && is(w[i + 1], "record"))
			return true;
		if ((is(w[i], "as") || is(w[i], "were")) && is(w[i + 1], "correct"))
			return true;
		if (is(w[i], "for") && is(w[i + 1], "payment"))
			return true;
	}
	return false;
}

/* The words of one wording, as read_words() gives them. */
typedef struct wording
{
	const char *s;
	size_t		len;
	size_t		n;
	const vocab *w[RESKIND_WORDS];
	bool		titled[RESKIND_WORDS];
	size_t		at[RESKIND_WORDS];	/* byte offset of each word in s */
	size_t		wlen[RESKIND_WORDS];	/* and its length in bytes */
} wording;

static int	main_verb(const wording *x, size_t from);

/* A light verb after "be": the kind is in what is given or set, if anywhere. */
static int
light_kind(const wording *x, size_t j)
{
	const vocab *const *w = x->w;

	/* "taken as read and adopted": the second verb; "taken as read" alone is noting */
	if (is(w[j], "taken") && j + 2 < x->n && is(w[j + 1], "as") && is(w[j + 2], "read"))
	{
		if (j + 4 < x->n && is(w[j + 3], "and") && w[j + 4]->kind != RESKIND_NONE)
			return w[j + 4]->kind;
		return RES_NOTED;
	}
	/* "the approval of the Council be and is hereby given" */
	for (size_t i = 0; i < j; i++)
		if (is(w[i], "approval"))
			return RES_APPROVED;
	return w[j]->kind != RESKIND_NONE ? w[j]->kind : RESKIND_UNKNOWN;
}

/* Accepting the minutes or the accounts approves them; accepting a tender agrees to it. */
static bool
names_minutes(const vocab *const *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (is(w[i], "minutes") || is(w[i], "accounts"))
			return true;
	return false;
}

/* The verb at w[j], read in its context: chains, what is received or asked. */
static int
verb_kind(const wording *x, size_t j)
{
	const vocab *const *w = x->w;
	size_t		n = x->n;
	int			k = w[j]->kind;

	if (has(w[j], W_LIGHT))
		return light_kind(x, j);
	if (k == RES_NOTED)
	{
		/* "received and accepted": the decision is the verb noting leads to */
		if (j + 2 < n && is(w[j + 1], "and") && w[j + 2]->kind != RESKIND_NONE &&
			w[j + 2]->kind != RES_NOTED)
			return verb_kind(x, j + 2);
		/* "That the panel receive a note on ...": a paper to come */
		if (strncmp(w[j]->word, "receiv", 6) == 0)
			for (size_t i = j + 1; i < n && i <= j + 3; i++)
				if (has(w[i], W_PAPER) && (is(w[j + 1], "a") || is(w[j + 1], "an") ||
										   is(w[j + 1], "further")))
					return RES_REQUESTED;
		/*
		 * "That the report be noted and a further report be considered next
		 * year": noting is the least of decisions; a second one says more.
		 */
		for (size_t i = j + 1; i + 1 < n; i++)
			if (is(w[i], "and"))
			{
				size_t		b = i + 1;

				while (b < n && b <= i + 8 && !has(w[b], W_BE))
					b++;
				if (b < n && b <= i + 8)
				{
					int			k2 = main_verb(x, i + 1);

					if (k2 < 0)
						k2 = reskind_by_words(x->s + x->at[i + 1], x->len - x->at[i + 1]);
					if (k2 >= 0 && k2 != RES_NOTED)
						return k2;
				}
				break;
			}
		return k;
	}
	/*
	 * Asking for something to come back is a request; asking someone to act
	 * is what the body agreed or resolved, a kind the wording around it gives.
	 */
	if (k == RES_REQUESTED && has(w[j], W_ASK))
	{
		for (size_t i = j + 1; i < n; i++)
			if (has(w[i], W_BACK))
				return RES_REQUESTED;
		return RESKIND_UNKNOWN;
	}
	return k;
}

/* w[j] ends in "ed": a past form, which a preposition after makes a qualifier */
static bool
past_form(const vocab *v)
{
	size_t		l = strlen(v->word);

	return l > 2 && strcmp(v->word + l - 2, "ed") == 0;
}

/* A bare form (not -ed, not -s) before "of", "for", "on": a noun ("support for"). */
static bool
bare_noun(const vocab *v, const vocab *next)
{
	size_t		l = strlen(v->word);

	return has(next, W_OBJECT) && !past_form(v) && !(l > 1 && v->word[l - 1] == 's');
}

static bool
ends_ci(const char *w, size_t l, const char *suffix)
{
	size_t		n = strlen(suffix);

	return l > n && tu_starts_ci(w + l - n, n, suffix);
}

/* "AM", "HR": a person's initials */
static bool
initials(const wording *x, size_t j)
{
	const char *ws = x->s + x->at[j];

	if (x->wlen[j] < 2 || x->wlen[j] > 3)
		return false;
	for (size_t i = 0; i < x->wlen[j]; i++)
		if (!tu_upper((unsigned char) ws[i]))
			return false;
	return true;
}

/*
 * "That the Clerk obtain two quotations", "that officers provide figures":
 * a person told to act, in a verb the table does not know.  A request when
 * what they do is bring something back ("provide", "present", "report");
 * any other action is left to the other readings.
 */
static int
subjunctive_kind(const wording *x, size_t i)
{
	const vocab *const *w = x->w;

	if (i == 0 || !is(w[i - 1], "that"))
		return RESKIND_NONE;
	for (size_t j = i + 1; j + 1 < x->n && j <= i + 6; j++)
	{
		const vocab *v = w[j];
		const char *ws = x->s + x->at[j];
		size_t		l = x->wlen[j];

		if (!has(w[j - 1], W_PERSON) && !initials(x, j - 1))
			continue;
		if (x->titled[j] || !tu_lower((unsigned char) ws[0]) || v->kind != RESKIND_NONE ||
			(v->flags & ~W_BACK) != 0)
			continue;
		if (ends_ci(ws, l, "s") || ends_ci(ws, l, "ed") || ends_ci(ws, l, "ing") || ends_ci(ws, l, "ly"))
			continue;			/* not a bare verb */
		return has(v, W_BACK) ? RES_REQUESTED : RESKIND_UNKNOWN;
	}
	return RESKIND_NONE;
}

/* The main verb of the words from w[from] on, or RESKIND_NONE. */
static int
main_verb(const wording *x, size_t from)
{
	const vocab *const *w = x->w;
	size_t		n = x->n;
	size_t		i = from;
	size_t		deferred = RESKIND_WORDS;	/* a verb that may be a qualifier or noun */

	while (i < n && has(w[i], W_LEAD))
		i++;
	if (i < n && is(w[i], "to"))
	{
		size_t		j = i + 1;

		while (j < n && has(w[j], W_ADV))
			j++;
		if (j < n && w[j]->kind != RESKIND_NONE && !is(w[j], "held"))
			return verb_kind(x, j);
		return j < n ? RESKIND_UNKNOWN : RESKIND_NONE;
	}
	for (size_t j = i; j < n; j++)
	{
		if (has(w[j], W_STOP))
			break;
		/*
		 * "that once a new Chair had been appointed they would attend",
		 * "that when the survey is received it be circulated": the verb of a
		 * clause of time or condition is not the decision's: passed over.
		 */
		if (has(w[j], W_SUBORD) && (j == i || is(w[j - 1], "that")))
		{
			size_t		k = j + 1;

			while (k < n && w[k]->kind == RESKIND_NONE && !has(w[k], W_BE) && !has(w[k], W_STOP))
				k++;
			if (k < n && has(w[k], W_BE))
				while (k + 1 < n && (has(w[k + 1], W_BE) || has(w[k + 1], W_ADV)))
					k++;
			if (k + 1 < n && has(w[k], W_BE))
				k++;
			if (k < n && w[k]->kind != RESKIND_NONE && !has(w[k], W_STOP))
			{
				j = k;
				continue;
			}
		}
		/* "Cllr Reed proposed acceptance of the minutes": the motion's noun is its verb */
		if (has(w[j], W_MOTION) && j + 1 < n && has(w[j + 1], W_ASSENT))
			return is(w[j + 1], "acceptance") && !names_minutes(w, n) ? RES_AGREED : RES_APPROVED;
		if (has(w[j], W_BE))
		{
			size_t		k = j + 1;

			if (j > 0 && has(w[j - 1], W_CLAUSE))
				continue;		/* "at its meeting to be held on", "which was": not the main clause */
			while (k < n && has(w[k], W_ADV))
				k++;
			if (k >= n)
				break;
			if (has(w[k], W_LIGHT))
				return light_kind(x, k);
			/* "... be provided": the main verb, whether the table knows it or not */
			return w[k]->kind != RESKIND_NONE ? verb_kind(x, k) : RESKIND_UNKNOWN;
		}
		if (w[j]->kind == RESKIND_NONE || has(w[j], W_LIGHT))
			continue;
		if (j > 0 && has(w[j - 1], W_DET))
			continue;			/* "the support of", "a grant", "to note" in a clause */
		if (j > i && x->titled[j])
			continue;			/* "the Community Grants Panel": a name */
		if (j + 1 < n && has(w[j + 1], W_BE) && !past_form(w[j]))
			continue;			/* "that the village sign be accepted": the subject's noun */
		if (j + 1 < n && ((has(w[j + 1], W_PREP) && past_form(w[j])) || bare_noun(w[j], w[j + 1])))
		{
			/*
			 * "the awards recommended by the Panel ... be approved", "a
			 * briefing note on ... be provided": a qualifier or a noun when a
			 * verb follows, else the verb ("Cabinet agreed in principle").
			 */
			if (deferred == RESKIND_WORDS)
				deferred = j;
			continue;
		}
		return verb_kind(x, j);
	}
	if (deferred < n)
		return verb_kind(x, deferred);
	return subjunctive_kind(x, i);
}

int
reskind_by_verb(const char *s, size_t len)
{
	wording		x;

	if (!vocab_ready)
		vocab_init();
	x.s = s;
	x.len = len;
	x.n = read_words(s, len, x.w, x.titled, x.at, x.wlen);
	if (names_record(x.w, x.n))
		return RES_APPROVED;
	return main_verb(&x, 0);
}

/*
 * The words-anywhere reading, for wording with no decision verb of its own
 * ("a briefing note on ... be shared with the panel", "an uplift of 6.8%"):
 * the first kind whose words occur.  Only the first WORDS_WINDOW bytes are
 * read, so a long entry costs no more than a short one.
 */
#define WORDS_WINDOW 2048

/*
 * Putting the matter on a later agenda defers it: "to add to the agenda for
 * February", "to include on the January agenda", "add this item again to
 * the next agenda", "carried forward to the next agenda".  The verb stands
 * a few words before "agenda"; "to approve the agenda" is no deferral.
 */
#define AGENDA_VERB_REACH 48

static bool
to_later_agenda(const char *s, size_t len)
{
	static const char *const putting[] = {"add", "include", "put", "place", "carry", "carried",
	"bring", "brought", NULL};
	size_t		from = 0;

	for (size_t k; (k = tu_find_ci(s + from, len - from, "agenda")) < len - from; from += k + 6)
	{
		size_t		at = from + k;
		size_t		back = at > AGENDA_VERB_REACH ? at - AGENDA_VERB_REACH : 0;

		for (size_t p = back; p < at; p++)
			if ((p == 0 || !tu_alpha((unsigned char) s[p - 1])) && tu_alpha((unsigned char) s[p]))
			{
				size_t		q = p;

				while (q < at && tu_alpha((unsigned char) s[q]))
					q++;
				if (tu_word_listed(s + p, q - p, putting))
					return true;
				p = q;
			}
	}
	return false;
}

/* Buckets of the phrase index of reskind_by_words(), by a phrase's first two bytes. */
#define PAIR_BUCKETS 256

static size_t
pair_bucket(unsigned char first, unsigned char second)
{
	return (first * 31u + second) % PAIR_BUCKETS;
}

int
reskind_by_words(const char *s, size_t len)
{
	/* Something is to come back to the members. */
	static const char *const requested[] = {
		"request", "briefing note", "briefing paper", "further report", "report back",
		"be provided", "will provide", "to provide", "be shared", "be circulated",
		"be submitted", "be brought", "be presented", "be produced", "be prepared",
		"work programme be", "to the work programme", "on the work programme",
		"in the work programme", "future meeting", "special meeting",
		"further information", "more information", "further consideration", "further update",
		"receive a note", "receive a report", "receive a further", "receive an update",
		"receive a briefing", "an update be", "a report be", "a report on", "at its meeting",
		"at the next meeting", "be given to", "will report", "report progress",
		"to visit", "will visit", "site visit", "be contacted", NULL
	};
	/*
	 * Each list ends with the Welsh words of a Welsh-only minute (a
	 * bilingual one is read by its English), mutated forms too:
	 * cymeradwyo/gymeradwyo approve, yn gywir correct (of minutes), talu/dalu
	 * pay, rhoi £ give £, nodi/nodwyd note, argymell recommend,
	 * gohirio/ohirio defer, penodi/benodi appoint.
	 */
	static const char *const recommended[] = {"recommend ", "recommends", "recommended",
	"to recommend", "recommend:", "argymell", NULL};
	static const char *const referred[] = {"be referred", "refer the", "refers the",
	"referred to", "to refer", "passed to", NULL};
	static const char *const deferred[] = {"defer", "postpone", "held over",
	"continue consideration", "continue its consideration", "gohirio", "ohirio", NULL};
	static const char *const approved[] = {"approv", "confirm", "adopt", "endorse", "ratif",
	"renew", "true record", "correct record", "accurate record", "be signed",
	"cymeradwy", "gymeradwy", "yn gywir", "talu ", "dalu ", "rhoi £", NULL};
	static const char *const agreed[] = {"agree", "support", "accept", "welcome",
	"be established", "to establish", NULL};
	static const char *const noted[] = {"note", "receive", "received", "acknowledge", "nodi",
	"nodwyd", NULL};
	/* Decisions of their own kind (GOLD-FORMAT's "other"): permissions, elections, powers. */
	static const char *const other[] = {"authoris", "authoriz", "be granted", "grant permission",
		"granted", "refuse", "refused", "elected", "be elected", "appoint", "be excluded",
		"exclude the", "delegat", "be set at", "to set", "penodi", "benodi", NULL};

	/* In priority order: the first kind whose words occur wins. */
	static const struct
	{
		int			kind;
		const char *const *words;
	}			rules[] = {
		{RES_RECOMMENDED, recommended}, {RES_OTHER, other}, {RES_REQUESTED, requested},
		{RES_REFERRED, referred}, {RES_DEFERRED, deferred}, {RES_APPROVED, approved},
		{RES_AGREED, agreed}, {RES_NOTED, noted}
	};

#define NRULES (sizeof(rules) / sizeof(rules[0]))
#define NPHRASES (sizeof(requested) / sizeof(requested[0]) + sizeof(recommended) / sizeof(recommended[0]) + \
				  sizeof(referred) / sizeof(referred[0]) + sizeof(deferred) / sizeof(deferred[0]) + \
				  sizeof(approved) / sizeof(approved[0]) + sizeof(agreed) / sizeof(agreed[0]) + \
				  sizeof(noted) / sizeof(noted[0]) + sizeof(other) / sizeof(other[0]))

	/*
	 * The phrases by their first two bytes, so that one pass over s finds
	 * every phrase that occurs: a search per phrase read s a hundred times.
	 * Each chain runs in priority order.  (NPHRASES counts the lists' NULLs
	 * too: room to spare.)
	 */
	static const char *phrase[NPHRASES];
	static unsigned char phrase_rule[NPHRASES];
	static short phrase_next[NPHRASES];
	static short pair_head[PAIR_BUCKETS];
	static bool index_ready = false;
	size_t		best = NRULES;

	if (!index_ready)
	{
		size_t		n = 0;

		for (size_t b = 0; b < PAIR_BUCKETS; b++)
			pair_head[b] = -1;
		for (size_t i = 0; i < NRULES; i++)
			for (const char *const *w = rules[i].words; *w; w++)
			{
				phrase[n] = *w;
				phrase_rule[n] = (unsigned char) i;
				n++;
			}
		/* pushed from the last, so that each chain starts with its first */
		while (n-- > 0)
		{
			size_t		b = pair_bucket((unsigned char) phrase[n][0], (unsigned char) phrase[n][1]);

			phrase_next[n] = pair_head[b];
			pair_head[b] = (short) n;
		}
		index_ready = true;
	}

	if (len > WORDS_WINDOW)
		len = WORDS_WINDOW;
	if (to_later_agenda(s, len))
		return RES_DEFERRED;
	/* (every phrase is two bytes or more) */
	for (size_t i = 0; i + 1 < len; i++)
	{
		size_t		b = pair_bucket(tu_fold((unsigned char) s[i]), tu_fold((unsigned char) s[i + 1]));

		for (short k = pair_head[b]; k >= 0 && phrase_rule[k] < best; k = phrase_next[k])
			if (tu_starts_ci(s + i, len - i, phrase[k]))
			{
				best = phrase_rule[k];
				if (best == 0)
					return rules[0].kind;
				break;
			}
	}
	return best < NRULES ? rules[best].kind : RESKIND_NONE;
#undef NRULES
#undef NPHRASES
}

int
reskind_of(const char *s, size_t len)
{
	int			k = reskind_by_verb(s, len);

	return k >= 0 ? k : reskind_by_words(s, len);
}
