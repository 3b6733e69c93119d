/*
 * resolve.h - single resolutions in a minute item's decision blocks.
 *
 * Plain C99, no PostgreSQL headers.  The scanner finds decision blocks
 * ("Resolved:", "RESOLVED that", "The Committee resolved:-", "AGREED",
 * "Decision:"), splits each into single resolutions (numbered, lettered,
 * roman, bulleted, joined by "; &", or lettered inline in one sentence) and
 * classifies each.  Results are byte spans into the caller's text; the
 * resolution's wording (with a lead-in carried into every entry) is built by
 * res_render().
 */
#ifndef SCRUTINY_RESOLVE_H
#define SCRUTINY_RESOLVE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef enum res_kind
{
	RES_NOTED,
	RES_APPROVED,
	RES_AGREED,
	RES_REQUESTED,
	RES_RECOMMENDED,
	RES_REFERRED,
	RES_DEFERRED,
	RES_OTHER
} res_kind;

typedef struct res_entry
{
	size_t		start;			/* the entry's own text (after its number) */
	size_t		end;
	size_t		label_start;	/* its number or letter, without brackets; equal when none */
	size_t		label_end;
	size_t		lead_start;		/* the block's lead-in ("that the Scrutiny Board"), equal when none */
	size_t		lead_end;
	res_kind	kind;
	int			votes_for;		/* -1 when not stated */
	int			votes_against;
	int			abstentions;
	int			carried;		/* -1 unknown, 0 lost, 1 carried */
} res_entry;

/*
 * Find the resolutions of text[0..len).  Calls emit for each in order; stops
 * early if emit returns false.  tick (may be NULL) is called every few
 * kilobytes so that the server can check for a cancel request; both get
 * ctx.  Never reads outside text; time linear in len (times a small
 * constant).
 */
typedef bool (*res_emit_fn) (void *ctx, const res_entry *e);
extern void res_scan(const char *text, size_t len, res_emit_fn emit,
					 void (*tick) (void *ctx), void *ctx);

/*
 * The wording of an entry into out: lead-in and entry joined so they read as
 * one sentence, markup and trailing joiners ("; and", "; &") dropped, white
 * space collapsed, first letter capitalised.  out needs
 * (lead_end - lead_start) + (end - start) + 2 bytes.
 */
extern size_t res_render(const char *text, const res_entry *e, char *out);

extern const char *res_kind_name(res_kind kind);

/* The verbs that make a line a decision's ("The Committee agreed:-"); NULL-ended. */
#define RES_DECISION_VERB_COUNT 3
extern const char *const res_decision_verbs[RES_DECISION_VERB_COUNT + 1];

/* The words that name a deciding body ("Committee", "Council", "Members"); NULL-ended. */
extern const char *const res_body_nouns[];

/* The kind of a resolution's wording (out of res_render). */
extern res_kind res_classify(const char *s, size_t len);

#endif							/* SCRUTINY_RESOLVE_H */
