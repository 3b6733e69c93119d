/*
 * tsearch.h - what the tokenizer glue files share: the backend's ICU word
 * break iterator and the check that the database encoding is UTF-8.
 */
#ifndef SCRUTINY_TSEARCH_H
#define SCRUTINY_TSEARCH_H

#include "postgres.h"

#include "fmgr.h"
#include "tsearch/ts_cache.h"

#include "../core/tokenize.h"

/*
 * The word break iterator of this backend, opened on first use and kept
 * for the life of the backend (one per process, reused by every call, so
 * nothing leaks when a call ends in an error: the next call resets it).
 * Also refuses a database encoding other than UTF-8.
 */
extern tok_break *scrutiny_word_breaker(void);

/* The lexize functions of scrutiny's text search templates (tsdict.c, tswords.c). */
extern PGDLLEXPORT Datum scrutiny_value_lexize(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum scrutiny_words_lexize(PG_FUNCTION_ARGS);

/*
 * A scrutiny dictionary may not call another scrutiny dictionary (under
 * any name, itself included): one that names itself, directly or through
 * another, would call itself until the stack overflows.  The first is for
 * init, which must not look the dictionary up in the cache (building the
 * entry runs its init, which would look it up again); the second for a
 * cache entry in hand.  Both raise an error naming the option.
 */
extern void scrutiny_refuse_own_dictionary(Oid dict_oid, const char *template_name,
										   const char *option);
extern void scrutiny_refuse_own_entry(const TSDictionaryCacheEntry *entry,
									  const char *template_name, const char *option);

#endif							/* SCRUTINY_TSEARCH_H */
