/*
 * libFuzzer harness for extension/core/segment.c and resolve.c: any bytes
 * give lines, parts and items whose spans lie inside the input and in
 * order, cleaning never writes more than it may, and the resolutions of
 * every item body stay inside that body.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../extension/core/resolve.h"
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

typedef struct body
{
	const char *t;
	size_t		len;
	size_t		last_start;
} body;

static bool
check_entry(void *ctx, const res_entry *e)
{
	body	   *b = ctx;
	size_t		cap = (e->lead_end - e->lead_start) + (e->end - e->start) + 2;
	char	   *out;

	CHECK(e->start <= e->end && e->end <= b->len);
	CHECK(e->lead_start <= e->lead_end && e->lead_end <= b->len);
	CHECK(e->label_start <= e->label_end && e->label_end <= b->len);
	CHECK(e->start >= b->last_start);
	b->last_start = e->start;
	out = malloc(cap);
	CHECK(out != NULL);
	CHECK(res_render(b->t, e, out) <= cap);
	free(out);
	return true;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	seg_alloc	a = {fz_alloc, fz_free, NULL, NULL};
	const char *doc = (const char *) data;
	seg_doc		d;
	char	   *out;
	size_t		n;

	seg_lines(&d, doc, size, &a);
	seg_parts(&d, &a);
	seg_items(&d, &a);
	for (size_t i = 0; i < d.nlines; i++)
	{
		const seg_line *l = &d.lines[i];

		CHECK(l->start <= l->tstart && l->tstart <= l->tend && l->tend <= l->end && l->end <= size);
		/* a line break between lines, or none where flowed text was cut before a heading */
		CHECK(i == 0 || l->start >= d.lines[i - 1].end);
	}
	for (size_t p = 0; p < d.nparts; p++)
		CHECK(d.parts[p].first < d.parts[p].end && d.parts[p].end <= d.nlines &&
			  (p == 0 || d.parts[p].first == d.parts[p - 1].end));
	out = malloc(size + 1);
	CHECK(out != NULL);
	n = seg_clean(&d, 0, d.nlines, out);
	CHECK(n <= size);
	for (size_t k = 0; k < d.nitems; k++)
	{
		const seg_item *it = &d.items[k];
		body		b;

		CHECK(it->start <= it->end && it->end <= size);
		CHECK(it->label_start <= it->label_end && it->label_end <= size);
		CHECK(it->title_start <= it->title_end && it->title_end <= size);
		CHECK(it->body_first <= it->body_end && it->body_end <= d.nlines);
		CHECK(k == 0 || it->start >= d.items[k - 1].start);
		n = seg_clean_title(&d, it, out);
		CHECK(n <= it->title_end - it->title_start);
		if (it->body_first < it->body_end)
		{
			n = seg_clean_body(&d, it, out);
			CHECK(n <= d.lines[it->body_end - 1].end - d.lines[it->body_first].start);
			b.t = out;
			b.len = n;
			b.last_start = 0;
			res_scan(out, n, check_entry, NULL, &b);
		}
		if (it->orphan_first < it->orphan_end)
		{
			CHECK(it->orphan_end <= d.nlines);
			n = seg_clean_orphan(&d, it, out);
			CHECK(n <= d.lines[it->orphan_end - 1].end - d.lines[it->orphan_first].start + 2);
		}
	}
	free(out);
	seg_free(&d, &a);
	return 0;
}
