/*
 * reskind.h - the kind of a resolution, read from the verb that decides it.
 *
 * Plain C99, no PostgreSQL headers.  "That the recommendations of the Panel
 * be approved" is approved although it says "recommend"; "agreed that the
 * Clerk would investigate" is agreed although it names an action.  The kind
 * is the decision's own verb: the participle after "be" in a "That ... be
 * <verb>" resolution, the verb after "to" in "To <verb> ...", else the first
 * finite verb of the decision vocabulary that is not a noun ("the support"),
 * nor a participle qualifying a noun ("the awards recommended by").
 */
#ifndef SCRUTINY_RESKIND_H
#define SCRUTINY_RESKIND_H

#include <stddef.h>

/*
 * No verb was found (the wording is a noun phrase: "an uplift of 6.8%"): the
 * kind is the lead-in's or the block's.  A verb was found that the table does
 * not know ("be shared", "To consider"): the wording's other words say more
 * than the lead-in.  Both are negative; a kind is >= 0.
 */
#define RESKIND_NONE (-1)
#define RESKIND_UNKNOWN (-2)

/*
 * The res_kind (as int) of a resolution's wording s[0..len), or RESKIND_NONE
 * or RESKIND_UNKNOWN.
 * Reads at most the first RESKIND_WORDS words: time is bounded whatever len.
 */
#define RESKIND_WORDS 40
extern int	reskind_by_verb(const char *s, size_t len);

/*
 * The words-anywhere reading for wording with no decision verb: the first
 * kind (in a fixed priority) whose words occur in the first 2 kB.
 */
extern int	reskind_by_words(const char *s, size_t len);

/* reskind_by_verb(), else reskind_by_words(). */
extern int	reskind_of(const char *s, size_t len);

#endif							/* SCRUTINY_RESKIND_H */
