/*
 * segalloc.h - the allocator and tick the core's document scanners get in the
 * server: palloc in the current memory context (huge allocations allowed:
 * a line table of a 1 GB document passes 1 GB), and a tick that checks for
 * a cancel request.  A copy whose ctx is a MemoryContext allocates there.
 */
#ifndef SCRUTINY_SEGALLOC_H
#define SCRUTINY_SEGALLOC_H

#include "../core/segment.h"

extern const seg_alloc scrutiny_palloc_alloc;

/* The tick every core scanner is given: a cancel request ends the call. */
extern void scrutiny_check_cancel(void *ctx);

#endif							/* SCRUTINY_SEGALLOC_H */
