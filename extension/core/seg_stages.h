/*
 * seg_stages.h - what the stages of segment (seg_lines.c, seg_clean.c,
 * seg_parts.c, seg_heads.c, seg_chain.c, seg_untitled.c, segment.c) share
 * and nobody outside them sees: the heading candidate, the cancel ticks and
 * the readers one stage lends another.  See segment.h for the interface.
 */
#ifndef SCRUTINY_SEG_STAGES_H
#define SCRUTINY_SEG_STAGES_H

#include <stdlib.h>
#include <string.h>

#include "mref.h"
#include "people.h"
#include "resolve.h"
#include "segment.h"
#include "textutil.h"

/* Lines between two calls of the allocator's tick callback. */
#define TICK_LINES 4096

static inline void
seg_tick(const seg_alloc *a, size_t i)
{
	if (a->tick && (i % TICK_LINES) == TICK_LINES - 1)
		a->tick(a->ctx);
}

/* The same, for the passes over a document that get no allocator. */
static inline void
seg_doc_tick(const seg_doc *d, size_t i)
{
	if (d->tick && (i % TICK_LINES) == TICK_LINES - 1)
		d->tick(d->tick_ctx);
}

static inline bool
seg_line_usable(const seg_line *l)
{
	return !(l->flags & (SEG_BLANK | SEG_FURNITURE));
}

/* What seg_line_words() finds in a line. */
#define LW_DECISION	0x01		/* one of res_decision_verbs, as a word */
#define LW_BODY		0x02		/* a word that opens with one of body_words ("Councillors") */

/* The years a running header or a year-first number may carry. */
#define HEADER_YEAR_MIN 1900
#define HEADER_YEAR_MAX 2099

/* A code yields at most this many candidates, one per numeric part. */
#define LABEL_GROUPS 4

/* A line read as a heading: its number, title and the evidence for it. */
typedef struct cand
{
	seg_item	it;
	uint64_t	family;			/* form, and for codes the prefix and year */
	int			weight;
	bool		listed;			/* part of a run of numbered lines: a list */
	int			score;
	int			prev;
	int			chain_len;		/* candidates in the best chain ending here */
	bool		coded;			/* its label is a code, read or not as a minute_ref */
	bool		lettered;		/* "5A.": added under the number before it */
} cand;

/* seg_lines.c */
extern size_t seg_count_words(const char *s, size_t len);
extern unsigned seg_line_words(const char *s, size_t len);

/* seg_parts.c */
extern bool seg_decision_word_at(const char *s, size_t len);
extern bool seg_agenda_holds_record(const seg_doc *d, const seg_part *part, const seg_alloc *a);

/* seg_heads.c */
extern bool seg_title_like(const char *s, size_t len);
extern bool seg_sentence_like(const char *s, size_t len);
extern bool seg_mostly_upper(const char *s, size_t len);
extern size_t seg_prev_text_line(const seg_doc *d, size_t i, size_t first);
extern size_t seg_next_text_line(const seg_doc *d, size_t i, size_t end);
extern size_t seg_skip_spaces(const char *s, size_t p, size_t end);
extern bool seg_read_candidate(const seg_doc *d, size_t i, size_t first, size_t end, cand *c);

/* seg_chain.c */
extern void seg_mark_lists(const seg_doc *d, cand *cs, size_t nc);
extern void seg_choose_chain(cand *cs, size_t nc, uint64_t family, int *best_end, const seg_alloc *a);
extern int	seg_chain_first(const cand *cs, int end);
extern int	seg_restart_chain(const seg_doc *d, cand *cs, int lo, int hi, uint64_t family,
							  const seg_item *before, const seg_alloc *a);
extern size_t seg_label_candidates(const seg_doc *d, const cand *base, cand *out);

/* seg_untitled.c */
extern void seg_title_items(seg_doc *d, const seg_part *part, size_t *cap, const seg_alloc *a);

#endif							/* SCRUTINY_SEG_STAGES_H */
