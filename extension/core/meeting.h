/*
 * meeting.h - a meeting's details from its minutes: the committee's name as
 * printed in the title, the date, start and end times, the venue and any
 * adjournments.
 *
 * Plain C99 and the tokenizer (tokenize.h, for dates and times), no
 * PostgreSQL headers.  Spans are byte offsets into the caller's document;
 * nothing is allocated.  Adjournments are handed to a callback as they are
 * found, so a document with many needs no array.
 */
#ifndef SCRUTINY_MEETING_H
#define SCRUTINY_MEETING_H

#include <stddef.h>
#include <stdbool.h>

typedef struct meet_info
{
	size_t		body_start;		/* the committee's name; may run over a line break */
	size_t		body_end;		/* equal to body_start when not found */
	size_t		venue_start;
	size_t		venue_end;		/* equal when not found */
	int			year;			/* held on; 0 when not found */
	int			month;
	int			day;
	int			starts_at;		/* minutes after midnight, -1 when not found */
	int			ends_at;		/* may be before starts_at: the meeting ran past midnight */
} meet_info;

/* An adjournment: times in minutes after midnight, reconvened -1 when not printed. */
typedef void (*meet_adjourn_emit) (void *ctx, int adjourned, int reconvened);

/*
 * Scan doc[0..len).  emit and tick may be NULL; tick is called every few
 * kilobytes so that the server can check for a cancel request.
 */
extern void meet_scan(const char *doc, size_t len, meet_info *out,
					  meet_adjourn_emit emit, void (*tick) (void *ctx), void *ctx);

#endif							/* SCRUTINY_MEETING_H */
