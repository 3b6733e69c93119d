/*
 * Unit tests of the core scanners on crafted inputs that used to take time
 * quadratic in their length (a run of one letter, an unterminated
 * resolution, long lists, many headings of as many families) or memory many
 * times their size (a text of blank lines): each must give the right answer,
 * in time linear in its length, calling the caller's tick on the way.
 *
 * The inputs are large enough that the old code took minutes on them, and
 * small enough that the linear code runs in well under the bound under
 * valgrind.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../extension/core/actions.h"
#include "../../extension/core/people.h"
#include "../../extension/core/resolve.h"
#include "../../extension/core/segment.h"
#include "../../extension/core/tokenize.h"

static int	passed = 0;
static int	failed = 0;

#define CHECK(cond, what) \
	do { if (cond) passed++; else { failed++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, what); } } while (0)

/* CPU seconds a linear scan of these inputs stays well under, under valgrind too. */
#define BOUND 20.0

static long ticks = 0;
static size_t allocated = 0;	/* bytes the scanners hold now */
static size_t peak = 0;			/* and at most */

/* The allocator counts what it holds: a size header before each block. */
static void *
al(void *ctx, size_t n)
{
	size_t	   *p = malloc(sizeof(size_t) + (n ? n : 1));

	(void) ctx;
	if (p == NULL)
		abort();
	*p = n;
	allocated += n;
	if (allocated > peak)
		peak = allocated;
	return p + 1;
}

static void
rl(void *ctx, void *ptr)
{
	size_t	   *p = (size_t *) ptr - 1;

	(void) ctx;
	allocated -= *p;
	free(p);
}

static void
tk(void *ctx)
{
	(void) ctx;
	ticks++;
}

static const seg_alloc A = {al, rl, tk, NULL};

static double
cpu_seconds(void)
{
	return (double) clock() / CLOCKS_PER_SEC;
}

/* prefix, then unit n times, then suffix, in a malloc'd string; *len its length */
static char *
repeat(const char *prefix, const char *unit, size_t n, const char *suffix, size_t *len)
{
	size_t		pl = strlen(prefix);
	size_t		ul = strlen(unit);
	size_t		sl = strlen(suffix);
	char	   *s = malloc(pl + ul * n + sl + 1);

	if (s == NULL)
		abort();
	memcpy(s, prefix, pl);
	for (size_t i = 0; i < n; i++)
		memcpy(s + pl + i * ul, unit, ul);
	memcpy(s + pl + ul * n, suffix, sl + 1);
	*len = pl + ul * n + sl;
	return s;
}

typedef struct entries
{
	size_t		n;
	size_t		last_start;
	size_t		last_end;
	res_kind	last_kind;
} entries;

static bool
count_entry(void *ctx, const res_entry *e)
{
	entries    *c = ctx;

	c->n++;
	c->last_start = e->start;
	c->last_end = e->end;
	c->last_kind = e->kind;
	return true;
}

static bool
count_action(void *ctx, const act_entry *e)
{
	size_t	   *n = ctx;

	(void) e;
	(*n)++;
	return true;
}

static void
test_resolutions(void)
{
	size_t		len;
	char	   *s;
	entries		c;
	double		t0;

	/* "Resolved: That NNN...": one entry, the whole unterminated text */
	s = repeat("Resolved: That ", "N", 1000000, "", &len);
	memset(&c, 0, sizeof(c));
	ticks = 0;
	t0 = cpu_seconds();
	res_scan(s, len, count_entry, tk, &c);
	CHECK(cpu_seconds() - t0 < BOUND, "an unterminated resolution is scanned in linear time");
	CHECK(c.n == 1 && c.last_end == len && c.last_kind == RES_OTHER, "one resolution to the end");
	CHECK(ticks > 0, "ticks while a long resolution is read");
	free(s);

	/* a decision keyword 200,000 times on one line */
	s = repeat("", "Resolved: ", 200000, "", &len);
	memset(&c, 0, sizeof(c));
	t0 = cpu_seconds();
	res_scan(s, len, count_entry, tk, &c);
	CHECK(cpu_seconds() - t0 < BOUND, "repeated keywords are scanned in linear time");
	CHECK(c.n == 1, "repeated keywords make one resolution");
	free(s);

	/* "x; & x; & ...": every part its own resolution, found in one pass */
	s = repeat("Resolved: That ", "x; & ", 100000, "y", &len);
	memset(&c, 0, sizeof(c));
	t0 = cpu_seconds();
	res_scan(s, len, count_entry, tk, &c);
	CHECK(cpu_seconds() - t0 < BOUND, "a chain of \"; &\" is split in linear time");
	/* equal texts are one resolution (a block printed twice): "That x", "x", "y" */
	CHECK(c.n == 3 && c.last_end == len, "the parts of a chain of \"; &\"");
	free(s);

	/* the lead-in before a long list is classified once */
	s = repeat("Resolved:\nThat the Board ", "considered matters ", 5000, "\n", &len);
	{
		char	   *t = malloc(len + 50000 * 16 + 1);
		size_t		tl = len;

		memcpy(t, s, len);
		for (int i = 0; i < 50000; i++)
			tl += (size_t) sprintf(t + tl, "(%c) item%d\n", 'a' + i % 2, i);
		memset(&c, 0, sizeof(c));
		t0 = cpu_seconds();
		res_scan(t, tl, count_entry, tk, &c);
		CHECK(cpu_seconds() - t0 < BOUND, "a long lead-in before many entries is read once");
		CHECK(c.n > 1, "the entries after a long lead-in");
		free(t);
	}
	free(s);
}

static void
test_actions(void)
{
	size_t		len;
	char	   *s;
	size_t		n = 0;
	double		t0;

	s = repeat("Resolved: That ", "N", 500000, "", &len);
	t0 = cpu_seconds();
	act_scan(s, len, 2024, 3, 4, count_action, tk, &n);
	CHECK(cpu_seconds() - t0 < BOUND, "actions of an unterminated resolution in linear time");
	free(s);
	/* markers whose checks read to the sentence's end count as tries */
	s = repeat("", "invited him to provide ", 20000, "", &len);
	t0 = cpu_seconds();
	act_scan(s, len, 2024, 3, 4, count_action, tk, &n);
	CHECK(cpu_seconds() - t0 < BOUND, "many invitations in one sentence in linear time");
	free(s);
}

typedef struct built
{
	seg_doc		d;
	pp_result	att;
	size_t		ndecls;
} built;

static void
build(built *b, const char *s, size_t len)
{
	pp_result	r;

	seg_lines(&b->d, s, len, &A);
	seg_parts(&b->d, &A);
	seg_items(&b->d, &A);
	pp_attendance(&b->d, &b->att, &A);
	pp_declarations(&b->d, &r, &A);
	b->ndecls = r.ndecls;
	pp_free(&r, &A);
}

static void
unbuild(built *b)
{
	pp_free(&b->att, &A);
	seg_free(&b->d, &A);
}

static void
test_attendance(void)
{
	size_t		n = 100000;
	size_t		cap = n * 40 + 200;
	char	   *s = malloc(cap);
	size_t		len;
	built		b;
	double		t0;

	if (s == NULL)
		abort();
	/* 100,000 names, each printed twice: kept once, in order */
	len = (size_t) sprintf(s, "MINUTES of a meeting of the Council held on 4 March 2025\n\nPresent: ");
	for (size_t i = 0; i < n; i++)
		len += (size_t) sprintf(s + len, "Councillor Name%zu, ", i / 2);
	len += (size_t) sprintf(s + len, "\n\n1/24 APOLOGIES\n\nNone.\n");
	ticks = 0;
	t0 = cpu_seconds();
	build(&b, s, len);
	CHECK(cpu_seconds() - t0 < BOUND, "a long attendance list is read in linear time");
	CHECK(b.att.npeople == n / 2, "each person of a long list once");
	CHECK(b.att.npeople > 1 && memcmp(s + b.att.people[1].name_start, "Name1,", 5) == 0,
		  "people in the order printed");
	CHECK(ticks > 0, "ticks while a long list is read");
	unbuild(&b);

	/* every bracket of a plural honorific's list gives its role to the list so far */
	len = (size_t) sprintf(s, "MINUTES of a meeting of the Council held on 4 March 2025\n\nPresent: Councillors ");
	for (size_t i = 0; i < n / 2; i++)
		len += (size_t) sprintf(s + len, "A%zu (%s), ", i, i + 1 < n / 2 ? "Vice-Chairs" : "Chairs");
	len += (size_t) sprintf(s + len, "\n\n1/24 APOLOGIES\n\nNone.\n");
	t0 = cpu_seconds();
	build(&b, s, len);
	CHECK(cpu_seconds() - t0 < BOUND, "roles of a long list in linear time");
	CHECK(b.att.npeople == n / 2, "everyone of a list with roles");
	CHECK(b.att.npeople > 2 && b.att.people[0].role_fixed != NULL &&
		  strcmp(b.att.people[0].role_fixed, "Chair") == 0 &&
		  strcmp(b.att.people[b.att.npeople - 1].role_fixed, "Chair") == 0,
		  "the last plural bracket's role for the whole list");
	unbuild(&b);
	free(s);

	/* honorifics alone */
	s = repeat("Present: ", "Councillor ", 200000, "", &len);
	t0 = cpu_seconds();
	build(&b, s, len);
	CHECK(cpu_seconds() - t0 < BOUND, "a run of honorifics in linear time");
	CHECK(b.att.npeople == 0, "honorifics name nobody");
	unbuild(&b);
	free(s);
}

static void
test_headings(void)
{
	size_t		n = 30000;
	char	   *s = malloc(n * 100 + 200);
	size_t		len = 0;
	built		b;
	double		t0;

	if (s == NULL)
		abort();
	/* every heading of a family of its own (prefix and number) */
	for (size_t i = 0; i < n; i++)
		len += (size_t) sprintf(s + len, "%c%c%c%zu/17 TITLE\n", 'A' + (int) (i % 26),
								'A' + (int) (i / 26 % 26), 'A' + (int) (i / 676 % 26), i % 50 + 1);
	t0 = cpu_seconds();
	build(&b, s, len);
	CHECK(cpu_seconds() - t0 < BOUND, "headings of many families in linear time");
	CHECK(b.d.nitems >= 1, "a chain among many families");
	unbuild(&b);

	/* as many parts as items: each item's part is found by bisection */
	len = 0;
	for (size_t i = 0; i < n / 2; i++)
		len += (size_t) sprintf(s + len, "Minutes of meeting %zu of the Board\n\n"
								"%zu/24 APOLOGIES %zu RECEIVED\n\nNone were received.\n\n"
								"%zu/24 MINUTES %zu APPROVED\n\nThe minutes were approved.\n\n",
								i, i % 50 + 1, i, i % 50 + 2, i);
	t0 = cpu_seconds();
	build(&b, s, len);
	CHECK(cpu_seconds() - t0 < BOUND, "many parts in linear time");
	CHECK(b.d.nparts == n / 2 - 1 && b.d.nitems == n, "a part for each \"Minutes of\" after the first");
	unbuild(&b);

	/*
	 * A decision after the signature, compared with the titles of a part's
	 * many items: the one with most words in it wins ("farmhouse" is in
	 * "farmhouses" as the plain search finds it).
	 */
	len = 0;
	for (size_t i = 0; i < n * 9 / 10; i++)
		len += (size_t) sprintf(s + len, "%zu/24 PLANNING APPLICATION %zu %s\n\nText.\n", i + 1, i,
								i == n / 3 ? "EASTMERE FARMHOUSE APPROVED" :
								i == 2 * n / 3 ? "EASTMERE FARMHOUSES" : "LAND WEST");
	len += (size_t) sprintf(s + len, "Chair\nResolved: That the Eastmere farmhouses application be approved.\n");
	t0 = cpu_seconds();
	build(&b, s, len);
	CHECK(cpu_seconds() - t0 < BOUND, "an orphaned decision among many items in linear time");
	CHECK(b.d.nitems == n * 9 / 10 && b.d.items[n / 3].orphan_end > b.d.items[n / 3].orphan_first,
		  "the orphaned decision joins the item whose title it echoes most");
	unbuild(&b);
	free(s);
}

static void
test_blank_lines(void)
{
	size_t		len;
	char	   *s = repeat("", "\n", 5000000, "", &len);
	built		b;
	char	   *out;
	double		t0;

	/* 5 MB of line breaks: one entry, so the structure is a few bytes */
	peak = allocated = 0;
	t0 = cpu_seconds();
	seg_lines(&b.d, s, len, &A);
	CHECK(b.d.nlines == 1 && (b.d.lines[0].flags & SEG_FOLDED), "a run of blank lines is one entry");
	CHECK(seg_line_count(&b.d, 0) == len + 1, "the entry stands for every line of the run");
	out = malloc(len + 1);
	CHECK(seg_clean(&b.d, 0, b.d.nlines, out) == 0, "blank lines clean to nothing");
	free(out);
	seg_parts(&b.d, &A);
	seg_items(&b.d, &A);
	CHECK(peak < len / 4, "the line table of blank lines is small");
	CHECK(cpu_seconds() - t0 < BOUND, "blank lines in linear time");
	seg_free(&b.d, &A);
	free(s);

	/* white space and carriage returns fold too; a line of markup does not */
	s = repeat("A\n", " \r\n\t\n\r\n", 1000, "**\n\nB\n", &len);
	seg_lines(&b.d, s, len, &A);
	CHECK(b.d.nlines == 6, "lines of white space fold, a markup line stays its own");
	CHECK(seg_count_lines(s, len) == b.d.nlines, "seg_count_lines counts folded white space");
	CHECK(seg_lines_between(&b.d, 0, b.d.nlines, SIZE_MAX) == 3005, "lines counted through a fold");
	CHECK(seg_lines_between(&b.d, 0, b.d.nlines, 10) == 10, "counted up to the limit");
	seg_free(&b.d, &A);
	free(s);

	/* runs of one- and two-character lines are debris: furniture, folded with the blank lines in them */
	s = repeat("Text.\n", "x\n\nab\n \n", 1000000, "Text.\n", &len);
	peak = allocated = 0;
	seg_lines(&b.d, s, len, &A);
	/* "Text.", the fold, the line of a space after it, "Text.", the empty last line */
	CHECK(b.d.nlines == 5 && b.d.lines[1].flags == (SEG_FURNITURE | SEG_FOLDED), "a run of debris is one entry");
	CHECK(seg_line_count(&b.d, 1) == 4000000 - 1, "the fold stands for the debris and the blank lines in it");
	CHECK(peak < len / 4, "the line table of debris is small");
	out = malloc(len + 1);
	CHECK(seg_clean(&b.d, 0, b.d.nlines, out) == 12 && memcmp(out, "Text.\n\nText.", 12) == 0,
		  "debris cleans to a paragraph break");
	free(out);
	seg_free(&b.d, &A);
	free(s);

	/* two short lines are no run; a blank line of markup keeps its entry inside one */
	s = repeat("Text.\nx\nab\nText.\n", "x\n**\ny\n", 3, "Text.\n", &len);
	seg_lines(&b.d, s, len, &A);
	CHECK(b.d.nlines == 13 && !(b.d.lines[1].flags & SEG_FURNITURE) &&
		  (b.d.lines[4].flags & SEG_FURNITURE) && (b.d.lines[5].flags & SEG_BLANK) &&
		  (b.d.lines[6].flags & SEG_FURNITURE), "debris folds around a line of markup");
	seg_free(&b.d, &A);
	free(s);
}

static void
test_tokenizer(void)
{
	size_t		len;
	char	   *s = repeat("", "\n", 1000000, "word", &len);
	tok_scanner sc;
	tok_token	t;
	bool		found;

	tok_init(&sc, s, len, NULL);
	sc.tick = tk;
	ticks = 0;
	found = tok_next(&sc, &t);
	CHECK(found && t.start == len - 4 && t.len == 4, "the token after 1 MB of blanks");
	CHECK(ticks > 100, "ticks while blanks are skipped");
	free(s);
}

int
main(void)
{
	test_resolutions();
	test_actions();
	test_attendance();
	test_headings();
	test_blank_lines();
	test_tokenizer();
	CHECK(allocated == 0, "everything allocated is released");
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
