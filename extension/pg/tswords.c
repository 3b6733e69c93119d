/*
 * tswords.c - the scrutiny.words text search template: English words for
 * scrutiny.english, stemmed by another dictionary whose answers are kept,
 * with acronym expansions ("looked after children") indexed as the acronym.
 *
 * Why not PostgreSQL's thesaurus in front of english_stem: both sit in the
 * path of every word, so each word was stemmed twice (the thesaurus stems
 * to look a word up), and Snowball stemming costs more than the rest of
 * to_tsvector together; scrutiny.english was 1.4x slower than english.
 * Committee text repeats a small vocabulary, so here each distinct word is
 * stemmed once per backend and its answer kept with the word's place in the
 * acronym rules: a word that starts no expansion costs one hash probe.
 *
 * Options:
 *   dictionary            the single-word dictionary that indexes words
 *                         (scrutiny.english_stem: Snowball, stop words)
 *   acronyms              a file "expansion : acronym" in tsearch_data
 *                         (extension "ths"), as PostgreSQL's thesaurus reads
 *   expansion_dictionary  the dictionary expansion words are compared with
 *                         (default: dictionary); scrutiny.acronym_stem
 *                         has no stop words, so "looked after children"
 *                         is written as said
 *
 * Expansions are matched through PostgreSQL's multi-word protocol
 * (DictSubState.getnext), longest first: a word that starts an expansion
 * hands back its own lexemes as the tentative answer, so when the rest of
 * the expansion does not follow, the word is indexed as itself and the
 * following words are read again from the start.  A matched expansion is
 * one position, as with the thesaurus.
 *
 * The kept answers live in a memory context below the dictionary's own (the
 * text search cache keeps it until the dictionary changes) and are bounded:
 * at WORDS_MAX_KEPT words or WORDS_MAX_BYTES bytes they are dropped and
 * collected again, so a document of random strings costs memory once.
 * When a wrapped dictionary changes (ALTER TEXT SEARCH DICTIONARY), its
 * cache entry turns invalid and everything kept here is built again.
 */
#include "compat.h"

#include <ctype.h>

#include "catalog/namespace.h"
#include "commands/defrem.h"
#include "common/hashfn.h"
#include "miscadmin.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_locale.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"
#include "utils/regproc.h"

#include "tsearch.h"

#define WORDS_MAX_KEPT (1 << 16)
#define WORDS_MAX_BYTES (8 * 1024 * 1024)
#define WORDS_INITIAL_SLOTS 1024

#define NO_NODE (-1)

/* A node of the expansion trie: one word of one or more expansions. */
typedef struct ExpansionNode
{
	char	   *word;			/* the word's lexeme (expansion dictionary) */
	int			first_child;
	int			next_sibling;
	TSLexeme   *acronym;		/* not NULL: an expansion ends here */
} ExpansionNode;

/* What is kept for one word as written. */
typedef struct KeptWord
{
	uint32		hash;
	int32		len;			/* 0: empty slot */
	char	   *word;
	TSLexeme   *answer;			/* the dictionary's answer; NULL: unknown */
	char	   *expansion_word; /* lexeme for matching expansions, or NULL */
	int			first_node;		/* the trie node it starts, or NO_NODE */
} KeptWord;

typedef struct WordsDict
{
	Oid			dict_oid;
	Oid			expansion_dict_oid;
	char	   *acronyms_file;	/* NULL: no acronyms */
	TSDictionaryCacheEntry *dict;
	TSDictionaryCacheEntry *expansion_dict;
	MemoryContext rules_cxt;	/* the trie */
	MemoryContext kept_cxt;		/* the kept words */
	ExpansionNode *nodes;		/* nodes[0] is the root */
	int			nnodes;
	int			nodes_cap;
	KeptWord   *slots;
	uint32		nslots;			/* a power of two */
	uint32		nkept;
} WordsDict;

/* The state of a match in progress, kept in DictSubState.private_state. */
typedef struct ExpansionMatch
{
	int			node;
} ExpansionMatch;

static TSLexeme *
copy_lexemes(MemoryContext cxt, const TSLexeme *lexemes)
{
	int			n = 0;
	TSLexeme   *copy;

	while (lexemes[n].lexeme != NULL)
		n++;
	copy = (TSLexeme *) MemoryContextAlloc(cxt, sizeof(TSLexeme) * (n + 1));
	for (int i = 0; i < n; i++)
	{
		copy[i] = lexemes[i];
		copy[i].lexeme = MemoryContextStrdup(cxt, lexemes[i].lexeme);
	}
	memset(&copy[n], 0, sizeof(TSLexeme));
	return copy;
}

/* The answer of a single-word dictionary, in the current memory context. */
static TSLexeme *
ask(TSDictionaryCacheEntry *dict, const char *word, int len)
{
	DictSubState dstate = {false, false, NULL};
	TSLexeme   *answer;

	answer = (TSLexeme *) DatumGetPointer(FunctionCall4(&dict->lexize,
														PointerGetDatum(dict->dictData),
														PointerGetDatum(word),
														Int32GetDatum(len),
														PointerGetDatum(&dstate)));
	if (dstate.getnext)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("scrutiny.words needs single-word dictionaries"),
				 errhint("Use a dictionary such as english_stem, not a thesaurus.")));
	return answer;
}

/* The first lexeme of a word through the expansion dictionary, or NULL. */
static char *
expansion_lexeme(WordsDict *d, const char *word, int len)
{
	TSLexeme   *answer = ask(d->expansion_dict, word, len);

	return answer != NULL && answer[0].lexeme != NULL ? answer[0].lexeme : NULL;
}

static int
find_child(const WordsDict *d, int parent, const char *word)
{
	for (int c = d->nodes[parent].first_child; c != NO_NODE; c = d->nodes[c].next_sibling)
		if (strcmp(d->nodes[c].word, word) == 0)
			return c;
	return NO_NODE;
}

static int
add_child(WordsDict *d, int parent, const char *word)
{
	int			c = find_child(d, parent, word);
	ExpansionNode *node;

	if (c != NO_NODE)
		return c;
	if (d->nnodes == d->nodes_cap)
	{
		d->nodes_cap *= 2;
		d->nodes = repalloc(d->nodes, sizeof(ExpansionNode) * d->nodes_cap);
	}
	c = d->nnodes++;
	node = &d->nodes[c];
	node->word = pstrdup(word);
	node->first_child = NO_NODE;
	node->acronym = NULL;
	node->next_sibling = d->nodes[parent].first_child;
	d->nodes[parent].first_child = c;
	return c;
}

static void
rules_syntax_error(const char *file, int line, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_CONFIG_FILE_ERROR),
			 errmsg("invalid acronym rule in \"%s.ths\", line %d: %s", file, line, what),
			 errhint("Each rule is \"expansion : acronym\", for example \"looked after children : lac\".")));
}

/*
 * Reads the rules into the trie.  The words of each side are separated by
 * white space and compared as the expansion dictionary gives them; an
 * acronym is indexed as its lexemes, one position each after the first.
 */
static void
load_rules(WordsDict *d)
{
	char	   *path = get_tsearch_config_filename(d->acronyms_file, "ths");
	tsearch_readline_state trst;
	char	   *line;
	int			lineno = 0;

	if (!tsearch_readline_begin(&trst, path))
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("could not open acronym file \"%s.ths\"", d->acronyms_file),
				 errdetail("%s: %m", path),
				 errhint("Acronym files are read from PostgreSQL's tsearch_data directory; make install puts scrutiny_acronyms.ths there.")));
	while ((line = tsearch_readline(&trst)) != NULL)
	{
		char	   *colon;
		char	   *side[2];
		int			node = 0;
		int			nacronym = 0;
		TSLexeme   *acronym;

		lineno++;
		for (char *c = line; *c; c++)
			if (*c == '#')
			{
				*c = '\0';
				break;
			}
		colon = strchr(line, ':');
		if (colon == NULL)
		{
			for (char *c = line; *c; c++)
				if (!isspace((unsigned char) *c))
					rules_syntax_error(d->acronyms_file, lineno, "no \":\"");
			pfree(line);
			continue;
		}
		*colon = '\0';
		side[0] = line;
		side[1] = colon + 1;
		acronym = palloc0(sizeof(TSLexeme) * (strlen(side[1]) / 2 + 2));
		for (int s = 0; s < 2; s++)
		{
			char	   *saveptr = NULL;

			for (char *w = strtok_r(side[s], " \t\r\n", &saveptr); w != NULL;
				 w = strtok_r(NULL, " \t\r\n", &saveptr))
			{
				char	   *lexeme = expansion_lexeme(d, w, (int) strlen(w));

				if (lexeme == NULL)
					continue;
				if (s == 0)
					node = add_child(d, node, lexeme);
				else
				{
					acronym[nacronym].lexeme = lexeme;
					acronym[nacronym].flags = nacronym > 0 ? TSL_ADDPOS : 0;
					nacronym++;
				}
			}
		}
		if (node == 0)
			rules_syntax_error(d->acronyms_file, lineno, "no expansion before \":\"");
		if (nacronym == 0)
			rules_syntax_error(d->acronyms_file, lineno, "no acronym after \":\"");
		d->nodes[node].acronym = acronym;
		pfree(line);
	}
	tsearch_readline_end(&trst);
}

static void
forget_kept(WordsDict *d)
{
	MemoryContextReset(d->kept_cxt);
	d->nslots = WORDS_INITIAL_SLOTS;
	d->slots = MemoryContextAllocZero(d->kept_cxt, sizeof(KeptWord) * d->nslots);
	d->nkept = 0;
}

/* (Re)builds the trie and forgets kept words when a wrapped dictionary changed. */
static void
prepare(WordsDict *d)
{
	MemoryContext old;

	if (d->dict != NULL && d->dict->isvalid &&
		(d->acronyms_file == NULL || (d->expansion_dict != NULL && d->expansion_dict->isvalid)))
		return;
	d->dict = lookup_ts_dictionary_cache(d->dict_oid);
	scrutiny_refuse_own_entry(d->dict, "scrutiny.words", "dictionary");
	forget_kept(d);
	if (d->acronyms_file == NULL)
		return;
	d->expansion_dict = lookup_ts_dictionary_cache(d->expansion_dict_oid);
	scrutiny_refuse_own_entry(d->expansion_dict, "scrutiny.words", "expansion_dictionary");
	MemoryContextReset(d->rules_cxt);
	old = MemoryContextSwitchTo(d->rules_cxt);
	d->nodes_cap = 64;
	d->nodes = palloc(sizeof(ExpansionNode) * d->nodes_cap);
	d->nnodes = 1;
	d->nodes[0].word = NULL;
	d->nodes[0].first_child = NO_NODE;
	d->nodes[0].next_sibling = NO_NODE;
	d->nodes[0].acronym = NULL;
	PG_TRY();
	{
		load_rules(d);
	}
	PG_CATCH();
	{
		/* a half-read rule set must not be used by the next call */
		d->dict = NULL;
		PG_RE_THROW();
	}
	PG_END_TRY();
	MemoryContextSwitchTo(old);
}

PG_FUNCTION_INFO_V1(scrutiny_words_init);
Datum
scrutiny_words_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	WordsDict  *d = (WordsDict *) palloc0(sizeof(WordsDict));
	ListCell   *l;

	check_stack_depth();
	foreach(l, options)
	{
		DefElem    *opt = (DefElem *) lfirst(l);

		if (strcmp(opt->defname, "dictionary") == 0)
			d->dict_oid = get_ts_dict_oid(stringToQualifiedNameList(defGetString(opt)), false);
		else if (strcmp(opt->defname, "expansion_dictionary") == 0)
			d->expansion_dict_oid = get_ts_dict_oid(stringToQualifiedNameList(defGetString(opt)), false);
		else if (strcmp(opt->defname, "acronyms") == 0)
			d->acronyms_file = pstrdup(defGetString(opt));
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized scrutiny.words parameter: \"%s\"", opt->defname)));
	}
	if (!OidIsValid(d->dict_oid))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("missing dictionary parameter"),
				 errhint("A scrutiny.words dictionary needs dictionary = 'english_stem' or another single-word dictionary.")));
	if (!OidIsValid(d->expansion_dict_oid))
		d->expansion_dict_oid = d->dict_oid;
	/*
	 * Before prepare() looks them up: building a cache entry runs the
	 * dictionary's init, and a dictionary that names itself would be built
	 * inside its own build until the stack overflowed.
	 */
	scrutiny_refuse_own_dictionary(d->dict_oid, "scrutiny.words", "dictionary");
	if (d->expansion_dict_oid != d->dict_oid)
		scrutiny_refuse_own_dictionary(d->expansion_dict_oid, "scrutiny.words", "expansion_dictionary");

	/* init runs in the dictionary's own long-lived context */
	d->rules_cxt = AllocSetContextCreate(CurrentMemoryContext, "scrutiny.words rules",
										 ALLOCSET_SMALL_SIZES);
	d->kept_cxt = AllocSetContextCreate(CurrentMemoryContext, "scrutiny.words kept words",
										ALLOCSET_DEFAULT_SIZES);
	/* read the rules now, so that a bad file is reported by CREATE/ALTER */
	prepare(d);
	PG_RETURN_POINTER(d);
}

static void
grow_slots(WordsDict *d)
{
	uint32		nslots = d->nslots * 2;
	KeptWord   *slots = MemoryContextAllocZero(d->kept_cxt, sizeof(KeptWord) * nslots);

	for (uint32 i = 0; i < d->nslots; i++)
	{
		uint32		j;

		if (d->slots[i].len == 0)
			continue;
		for (j = d->slots[i].hash & (nslots - 1); slots[j].len != 0; j = (j + 1) & (nslots - 1))
			;
		slots[j] = d->slots[i];
	}
	pfree(d->slots);
	d->slots = slots;
	d->nslots = nslots;
}

/* The kept entry of a word, made on first sight. */
static KeptWord *
kept_word(WordsDict *d, const char *in, int len)
{
	uint32		hash = hash_bytes((const unsigned char *) in, len);
	uint32		j;
	KeptWord   *slot;
	TSLexeme   *answer;
	char	   *expansion_word = NULL;

	for (j = hash & (d->nslots - 1); d->slots[j].len != 0; j = (j + 1) & (d->nslots - 1))
	{
		slot = &d->slots[j];
		if (slot->hash == hash && slot->len == len && memcmp(slot->word, in, len) == 0)
			return slot;
	}

	answer = ask(d->dict, in, len);
	if (d->acronyms_file != NULL)
		expansion_word = d->expansion_dict_oid == d->dict_oid
			? (answer != NULL ? answer[0].lexeme : NULL)
			: expansion_lexeme(d, in, len);

	if (d->nkept >= WORDS_MAX_KEPT ||
		MemoryContextMemAllocated(d->kept_cxt, true) >= WORDS_MAX_BYTES)
	{
		forget_kept(d);
		for (j = hash & (d->nslots - 1); d->slots[j].len != 0; j = (j + 1) & (d->nslots - 1))
			;
	}
	slot = &d->slots[j];
	slot->hash = hash;
	slot->len = len;
	slot->word = MemoryContextAlloc(d->kept_cxt, len);
	memcpy(slot->word, in, len);
	slot->answer = answer != NULL ? copy_lexemes(d->kept_cxt, answer) : NULL;
	slot->expansion_word = expansion_word != NULL ? MemoryContextStrdup(d->kept_cxt, expansion_word) : NULL;
	slot->first_node = expansion_word != NULL ? find_child(d, 0, expansion_word) : NO_NODE;
	d->nkept++;
	if (d->nkept * 2 > d->nslots)
	{
		grow_slots(d);
		return kept_word(d, in, len);
	}
	return slot;
}

static TSLexeme *
answer_copy(const TSLexeme *lexemes)
{
	return lexemes != NULL ? copy_lexemes(CurrentMemoryContext, lexemes) : NULL;
}

PG_FUNCTION_INFO_V1(scrutiny_words_lexize);
Datum
scrutiny_words_lexize(PG_FUNCTION_ARGS)
{
	WordsDict  *d = (WordsDict *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	DictSubState *dstate = (DictSubState *) PG_GETARG_POINTER(3);
	ExpansionMatch *match = dstate != NULL ? (ExpansionMatch *) dstate->private_state : NULL;
	KeptWord   *kept;
	int			node;
	const ExpansionNode *n;

	/* the wrapped dictionaries are not ours, but a loop through others' templates is possible */
	check_stack_depth();
	prepare(d);

	if (match != NULL)
	{
		/* inside an expansion: the end of the text, or the next word */
		dstate->getnext = false;
		if (dstate->isend || in == NULL || len <= 0)
			PG_RETURN_POINTER(NULL);
		kept = kept_word(d, in, len);
		node = kept->expansion_word != NULL ? find_child(d, match->node, kept->expansion_word) : NO_NODE;
		if (node == NO_NODE)
			PG_RETURN_POINTER(NULL);	/* the tentative answer stands */
		match->node = node;
		n = &d->nodes[node];
		if (n->first_child != NO_NODE)
			dstate->getnext = true;		/* a longer expansion may follow */
		PG_RETURN_POINTER(answer_copy(n->acronym));
	}

	if (in == NULL || len <= 0)
		PG_RETURN_POINTER(NULL);
	kept = kept_word(d, in, len);
	if (kept->first_node == NO_NODE || dstate == NULL)
		PG_RETURN_POINTER(answer_copy(kept->answer));

	n = &d->nodes[kept->first_node];
	if (n->first_child == NO_NODE)
		PG_RETURN_POINTER(answer_copy(n->acronym));	/* a one-word rule */

	/*
	 * The word starts an expansion: ask for the next word, with the
	 * acronym (a one-word rule) or the word itself as the tentative answer.
	 */
	match = (ExpansionMatch *) palloc(sizeof(ExpansionMatch));
	match->node = kept->first_node;
	dstate->private_state = match;
	dstate->getnext = true;
	PG_RETURN_POINTER(answer_copy(n->acronym != NULL ? n->acronym : kept->answer));
}
