/*
 * tsearch.h - what the tokenizer glue files share: the backend's ICU word
 * break iterator and the check that the database encoding is UTF-8.
 */
#ifndef SCRUTINY_TSEARCH_H
#define SCRUTINY_TSEARCH_H

#include "postgres.h"

#include "../core/tokenize.h"

/*
 * The word break iterator of this backend, opened on first use and kept
 * for the life of the backend (one per process, reused by every call, so
 * nothing leaks when a call ends in an error: the next call resets it).
 * Also refuses a database encoding other than UTF-8.
 */
extern tok_break *scrutiny_word_breaker(void);

#endif							/* SCRUTINY_TSEARCH_H */
