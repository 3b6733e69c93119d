/*
 * libFuzzer harness for extension/core/meeting.c and cite.c: any bytes give
 * meeting details whose spans lie inside the input, times of day and real
 * dates, and citations in order inside the input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../extension/core/cite.h"
#include "../../extension/core/meeting.h"

#define CHECK(c) do { if (!(c)) abort(); } while (0)

typedef struct state
{
	size_t		size;
	size_t		last_start;
	int			ticks;
} state;

static void
tick(void *ctx)
{
	((state *) ctx)->ticks++;
}

static void
on_adjourn(void *ctx, int a, int r)
{
	(void) ctx;
	CHECK(a >= 0 && a < 24 * 60);
	CHECK(r >= -1 && r < 24 * 60);
}

static bool
on_cite(void *ctx, const cite_match *m)
{
	state	   *st = ctx;
	mref		r;

	CHECK(m->len > 0 && m->start + m->len <= st->size);
	CHECK(m->start >= st->last_start);
	st->last_start = m->start;
	CHECK(m->relation == CITE_REFERS || m->relation == CITE_AMENDS || m->relation == CITE_FURTHER_TO);
	if (m->value != 0)
		CHECK(mref_is_valid(m->value));
	else
		CHECK(m->number >= 1 && m->number <= MREF_MAX_NUMBER && cite_with_year(m, 2020, &r) &&
			  mref_is_valid(r));
	return true;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *doc = (const char *) data;
	state		st = {size, 0, 0};
	meet_info	mi;

	meet_scan(doc, size, &mi, on_adjourn, tick, &st);
	CHECK(mi.body_start <= mi.body_end && mi.body_end <= size);
	CHECK(mi.venue_start <= mi.venue_end && mi.venue_end <= size);
	CHECK(mi.starts_at >= -1 && mi.starts_at < 24 * 60);
	CHECK(mi.ends_at >= -1 && mi.ends_at < 24 * 60);
	CHECK(mi.year == 0 || (mi.month >= 1 && mi.month <= 12 && mi.day >= 1 && mi.day <= 31));
	cite_scan(doc, size, on_cite, tick, &st);
	return 0;
}
