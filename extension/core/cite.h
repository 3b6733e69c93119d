/*
 * cite.h - earlier minutes that a minute item cites, with the relation of
 * the citation: the item amends the cited minute, follows it up ("Further
 * to minute 28/16") or just refers to it.
 *
 * Plain C99, no PostgreSQL headers.  References printed with a year come
 * from the minute reference scanner (mref.h); this file adds the ones
 * printed without a year ("minute 75", "Minute No. 12"), which the caller
 * dates with the municipal year of the meeting.  Spans are byte offsets into
 * the caller's text; nothing is allocated.
 */
#ifndef SCRUTINY_CITE_H
#define SCRUTINY_CITE_H

#include <stddef.h>
#include <stdbool.h>

#include "mref.h"

typedef enum cite_relation
{
	CITE_REFERS = 0,
	CITE_AMENDS,
	CITE_FURTHER_TO
} cite_relation;

typedef struct cite_match
{
	size_t		start;			/* the reference as printed, without "Minute" */
	size_t		len;
	mref		value;			/* 0 when printed without a year */
	int			number;			/* when value is 0: the number, sub-minute, suffix */
	int			sub;
	char		suffix;
	cite_relation relation;
} cite_match;

/* Return false to stop the scan. */
typedef bool (*cite_emit) (void *ctx, const cite_match *m);

/*
 * Every citation in doc[0..len), in document order.  tick (may be NULL) is
 * called every few kilobytes so that the server can check for a cancel.
 */
extern void cite_scan(const char *doc, size_t len, cite_emit emit,
					  void (*tick) (void *ctx), void *ctx);

/* A yearless citation dated in a municipal year; false if out of range. */
extern bool cite_with_year(const cite_match *m, int year, mref *out);

extern const char *cite_relation_name(cite_relation r);

#endif							/* SCRUTINY_CITE_H */
