/*
 * libFuzzer harness for extension/core/people.c: any bytes give attendance
 * and declaration rows whose spans lie inside the input, with names that
 * are never empty and enum values in range.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../extension/core/people.h"
#include "../../extension/core/segment.h"

#define CHECK(c) do { if (!(c)) abort(); } while (0)

static void *
fz_alloc(void *ctx, size_t n)
{
	void	   *p = malloc(n ? n : 1);

	(void) ctx;
	CHECK(p != NULL);
	return p;
}

static void
fz_free(void *ctx, void *p)
{
	(void) ctx;
	free(p);
}

static void
check_span(uint32_t s, uint32_t e, size_t size)
{
	CHECK(s <= e && e <= size);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	seg_alloc	a = {fz_alloc, fz_free, NULL, NULL};
	const char *doc = (const char *) data;
	seg_doc		d;
	pp_result	r;

	seg_lines(&d, doc, size, &a);
	seg_parts(&d, &a);
	seg_items(&d, &a);
	pp_attendance(&d, &r, &a);
	for (size_t i = 0; i < r.npeople; i++)
	{
		const pp_person *p = &r.people[i];

		check_span(p->name_start, p->name_end, size);
		CHECK(p->name_start < p->name_end);
		check_span(p->role_start, p->role_end, size);
		check_span(p->org_start, p->org_end, size);
		CHECK(p->nhon <= PP_MAX_HON);
		for (int h = 0; h < p->nhon; h++)
			CHECK(pp_honorific_name(p->hon[h])[0] != '\0');
		CHECK((unsigned) p->category <= PP_INVITED && (unsigned) p->status <= PP_ABSENT);
	}
	pp_free(&r, &a);
	pp_declarations(&d, &r, &a);
	for (size_t i = 0; i < r.ndecls; i++)
	{
		const pp_decl *x = &r.decls[i];

		check_span(x->name_start, x->name_end, size);
		CHECK(x->name_start < x->name_end);
		check_span(x->label_start, x->label_end, size);
		check_span(x->interest_start, x->interest_end, size);
		CHECK((unsigned) x->kind <= PP_KIND_OTHER);
	}
	pp_free(&r, &a);
	seg_free(&d, &a);
	return 0;
}
