/*
 * heading_pattern.h - items found by a caller's PCRE2 heading pattern.
 */
#ifndef SCRUTINY_HEADING_PATTERN_H
#define SCRUTINY_HEADING_PATTERN_H

#include "postgres.h"

#include "../core/segment.h"

/*
 * Fill d->items with the lines of d's minutes parts that the pattern
 * matches (named groups "number", optional "year" and "title"), then settle
 * bodies as the built-in schemes do.  Raises 2201B for a bad pattern.
 */
extern void heading_pattern_items(seg_doc *d, text *pattern, const seg_alloc *a);

#endif							/* SCRUTINY_HEADING_PATTERN_H */
