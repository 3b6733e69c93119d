/*
 * actions.h - what a committee asked someone to do or provide: requested
 * briefing notes, reports, information, meetings, work programme entries
 * and visits, from a minute item's resolutions and from its discussion.
 *
 * Plain C99, no PostgreSQL headers.  The scanner reads one item's text,
 * uses res_scan() for the resolutions (so resolution numbers agree with
 * scrutiny.resolutions()) and splits the rest into sentences.  A
 * resolution is an action when it asks for something to be done; a
 * discussion sentence needs a request, undertaking or agreement marker
 * ("A request was made for", "officers were asked to", "it was agreed
 * that ... would", "agreed to") and something to deliver.  Results are
 * byte spans into the caller's text; nothing is allocated.
 */
#ifndef SCRUTINY_ACTIONS_H
#define SCRUTINY_ACTIONS_H

#include <stddef.h>
#include <stdbool.h>

#include "resolve.h"

typedef enum act_kind
{
	ACT_BRIEFING_NOTE,
	ACT_REPORT,
	ACT_INFORMATION,
	ACT_MEETING,
	ACT_WORK_PROGRAMME,
	ACT_VISIT,
	ACT_OTHER
} act_kind;

typedef struct act_entry
{
	size_t		start;			/* the sentence or resolution entry */
	size_t		end;
	const res_entry *res;		/* the resolution, only during the callback; NULL for discussion */
	int			res_ordinal;	/* 1-based as res_scan emits them; 0 for discussion */
	act_kind	kind;
	size_t		owner_start;	/* who is asked; equal when not stated */
	size_t		owner_end;
	size_t		due_start;		/* when, as printed; equal when not stated */
	size_t		due_end;
	int			due_year;		/* the due date when it is a day; 0 when not known */
	int			due_month;
	int			due_day;
} act_entry;

typedef bool (*act_emit_fn) (void *ctx, const act_entry *e);

/*
 * The actions of text[0..len) in document order.  held_year/month/day give
 * the meeting date (0 when unknown) for dates printed without a year and
 * for "within N weeks".  tick, when not NULL, is called now and then so a
 * caller can check for a cancel request.  Stops early if emit returns
 * false.  Never reads outside text; time linear in len.
 */
extern void act_scan(const char *text, size_t len,
					 int held_year, int held_month, int held_day,
					 act_emit_fn emit, void (*tick) (void *ctx), void *ctx);

extern const char *act_kind_name(act_kind kind);

#endif							/* SCRUTINY_ACTIONS_H */
