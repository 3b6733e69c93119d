/*
 * guess.h - the council a minutes document names near its top, for a run
 * without --council: "WEREHAM PARISH COUNCIL", "Minutes of the meeting of
 * Stoke Ferry Parish Council held on ...".  NULL when none is named.
 */
#ifndef SCRUTINY_LOAD_GUESS_H
#define SCRUTINY_LOAD_GUESS_H

#include <stddef.h>

/* A malloc'd name in title case, or NULL. */
extern char *guess_council(const char *text, size_t len);

#endif							/* SCRUTINY_LOAD_GUESS_H */
