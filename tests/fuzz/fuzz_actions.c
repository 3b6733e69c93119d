/*
 * libFuzzer harness for extension/core/actions.c: any bytes give actions in
 * document order whose spans (action, owner, due) lie inside the input,
 * owners and dues inside their action, resolution ordinals that count up
 * from 1, and due dates that are real days.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../extension/core/actions.h"

#define CHECK(c) do { if (!(c)) abort(); } while (0)

typedef struct seen
{
	size_t		len;
	size_t		last_start;
	int			last_res;
} seen;

static bool
check_action(void *ctx, const act_entry *a)
{
	seen	   *s = ctx;

	CHECK(a->start < a->end && a->end <= s->len);
	CHECK(a->start >= s->last_start);
	CHECK(a->owner_start <= a->owner_end && a->owner_end <= s->len);
	CHECK(a->owner_start == a->owner_end || (a->owner_start >= a->start && a->owner_end <= a->end));
	CHECK(a->due_start <= a->due_end && a->due_end <= s->len);
	CHECK(a->due_start == a->due_end || (a->due_start >= a->start && a->due_end <= a->end));
	CHECK(a->res_ordinal >= 0 && (a->res_ordinal == 0) == (a->res == NULL));
	CHECK(a->res_ordinal == 0 || a->res_ordinal >= s->last_res);
	CHECK(a->due_year == 0 || (a->due_month >= 1 && a->due_month <= 12 &&
							   a->due_day >= 1 && a->due_day <= 31));
	CHECK(act_kind_name(a->kind) != NULL);
	s->last_start = a->start;
	if (a->res_ordinal > 0)
		s->last_res = a->res_ordinal;
	return true;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* a copy of exactly size bytes, so ASan catches any read past the end */
	char	   *buf = malloc(size ? size : 1);
	seen		s = {size, 0, 0};
	/* with a meeting date on odd first bytes, without on even ones */
	int			y = size > 0 && (data[0] & 1) ? 2000 + data[0] % 30 : 0;

	CHECK(buf != NULL);
	if (size)
		memcpy(buf, data, size);
	act_scan(buf, size, y, 1 + (int) (size % 12), 1 + (int) (size % 28), check_action, NULL, &s);
	free(buf);
	return 0;
}
