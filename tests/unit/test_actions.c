/*
 * Unit tests of extension/core/actions.c: request forms from resolutions and
 * discussion, kinds, owners, due phrases and dates, on invented passages.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../extension/core/actions.h"

static int	passed = 0;
static int	failed = 0;

#define CHECK(cond, what) \
	do { if (cond) passed++; else { failed++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, what); } } while (0)

/* One line per action: "kind|owner|due|yyyy-mm-dd|res" joined by newlines. */
typedef struct collected
{
	const char *text;
	char		out[2048];
	size_t		n;
	int			count;
	int			ticks;
} collected;

static bool
collect(void *ctx, const act_entry *a)
{
	collected  *c = ctx;
	int			w;

	if (a->start > a->end || a->owner_start > a->owner_end || a->due_start > a->due_end)
		return false;
	w = snprintf(c->out + c->n, sizeof(c->out) - c->n, "%s%s|%.*s|%.*s|%04d-%02d-%02d|%d",
				 c->count ? "\n" : "", act_kind_name(a->kind),
				 (int) (a->owner_end - a->owner_start), c->text + a->owner_start,
				 (int) (a->due_end - a->due_start), c->text + a->due_start,
				 a->due_year, a->due_month, a->due_day, a->res_ordinal);
	if (w > 0 && (size_t) w < sizeof(c->out) - c->n)
		c->n += (size_t) w;
	c->count++;
	return true;
}

static void
tick(void *ctx)
{
	((collected *) ctx)->ticks++;
}

static const char *
scan(collected *c, const char *text, int y, int m, int d)
{
	memset(c, 0, sizeof(*c));
	c->text = text;
	act_scan(text, strlen(text), y, m, d, collect, tick, c);
	return c->out;
}

#define EXPECT(text, y, m, d, want) \
	do { collected c_; const char *got_ = scan(&c_, (text), (y), (m), (d)); \
		 CHECK(strcmp(got_, (want)) == 0, text); \
		 if (strcmp(got_, (want)) != 0) printf("  got:  %s\n  want: %s\n", got_, (want)); } while (0)

int
main(void)
{
	/* discussion */
	EXPECT("A request was made for a briefing note on the bus routes.", 0, 0, 0,
		   "briefing_note|||0000-00-00|0");
	EXPECT("Officers were asked to circulate the figures to Members by 30 June.", 2019, 7, 10,
		   "information|Officers|by 30 June|2020-06-30|0");
	EXPECT("Officers were asked to circulate the figures to Members by 30 June.", 2019, 6, 1,
		   "information|Officers|by 30 June|2019-06-30|0");
	EXPECT("Officers were asked to circulate the figures to Members by 30 June.", 0, 0, 0,
		   "information|Officers|by 30 June|0000-00-00|0");
	EXPECT("The Chair requested that the Director of Housing provide a written response.", 0, 0, 0,
		   "information|the Director of Housing||0000-00-00|0");
	EXPECT("It was agreed that at the next Panel meeting officers would set out the options.", 0, 0, 0,
		   "other|officers|at the next Panel meeting|0000-00-00|1");
	EXPECT("The Clerk was asked to contact the police within 2 weeks.", 2021, 12, 25,
		   "other|The Clerk|within 2 weeks|2022-01-08|0");
	EXPECT("Clerk to write to the landowner about the hedge.", 0, 0, 0,
		   "other|Clerk||0000-00-00|0");
	/* (the body's request is a resolution too, and the action is its) */
	EXPECT("Members requested that the item be added to the work programme.", 0, 0, 0,
		   "work_programme|||0000-00-00|1");
	EXPECT("He confirmed that a special meeting would be arranged.", 0, 0, 0,
		   "meeting|||0000-00-00|0");
	/* not actions */
	EXPECT("A Member asked whether the library would reopen.", 0, 0, 0, "");
	EXPECT("A Member asked for clarification on the report.", 0, 0, 0, "");
	EXPECT("She had requested a list of posts, which Members had received.", 0, 0, 0, "");
	EXPECT("A Member requested that minute 5 be amended to read 'ten'.", 0, 0, 0, "");
	EXPECT("The minutes of the meeting held on 5 May 2021 were approved.", 0, 0, 0, "");
	EXPECT("The next meeting will be held on 2 June 2021.", 0, 0, 0, "");
	EXPECT("The Committee agreed to note the report.", 0, 0, 0, "");
	/* resolutions: ordinals as res_scan numbers them */
	EXPECT("Resolved:\n1. That the report be noted.\n2. That a site visit be arranged.\n", 0, 0, 0,
		   "visit|||0000-00-00|2");
	EXPECT("RESOLVED that a report be brought to the next meeting.", 0, 0, 0,
		   "report||to the next meeting|0000-00-00|1");
	EXPECT("Resolved:\nThat the Committee review progress at its meeting to be held on 27 March 2018.\n",
		   0, 0, 0, "other||at its meeting to be held on 27 March 2018|2018-03-27|1");
	EXPECT("Resolved:\nThat the work programme be noted.\n", 0, 0, 0, "");
	EXPECT("Resolved:\nThat the minutes of the meeting held on 5 May, a copy having been circulated, be approved.\n",
		   0, 0, 0, "");
	EXPECT("RESOLVED that the Head of Planning be asked to provide a briefing note to Members.", 0, 0, 0,
		   "briefing_note|the Head of Planning||0000-00-00|1");
	/* "within 1 month" from 31 January clamps to the month's end */
	EXPECT("The Clerk was asked to contact the owner within 1 month.", 2024, 1, 31,
		   "other|The Clerk|within 1 month|2024-02-29|0");
	/* edge input */
	EXPECT("", 0, 0, 0, "");
	EXPECT("Resolved:\n", 0, 0, 0, "");
	{
		/* long input without a full stop: bounded sentences, ticks for cancel checks */
		size_t		n = 200000;
		char	   *big = malloc(n + 1);
		collected	c;

		if (big == NULL)
			return 1;
		for (size_t i = 0; i < n; i++)
			big[i] = "requested that be provided to Members "[i % 38];
		big[n] = '\0';
		scan(&c, big, 0, 0, 0);
		CHECK(c.ticks > 0, "ticks on long input");
		free(big);
	}
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
