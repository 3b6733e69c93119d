/*
 * segalloc.c - see segalloc.h.
 */
#include "postgres.h"

#include "miscadmin.h"

#include "segalloc.h"

/* ctx: the memory context, or NULL for the current one */
static void *
palloc_huge(void *ctx, size_t size)
{
	return MemoryContextAllocHuge(ctx ? (MemoryContext) ctx : CurrentMemoryContext,
								  size > 0 ? size : 1);
}

static void
pfree_ptr(void *ctx, void *ptr)
{
	pfree(ptr);
}

void
scrutiny_check_cancel(void *ctx)
{
	CHECK_FOR_INTERRUPTS();
}

const seg_alloc scrutiny_palloc_alloc = {palloc_huge, pfree_ptr, scrutiny_check_cancel, NULL};
