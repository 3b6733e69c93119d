/*
 * Unit tests of extension/core/meeting.c and cite.c: titles, dates, times,
 * venues, adjournments and citations on small invented passages.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../extension/core/cite.h"
#include "../../extension/core/meeting.h"

static int passed = 0;
static int failed = 0;

#define CHECK(cond, what) \
	do { if (cond) passed++; else { failed++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, what); } } while (0)

typedef struct meeting
{
	char		body[256];
	char		venue[256];
	char		date[16];
	int			starts;
	int			ends;
	char		adj[256];		/* "a-r a-r" in minutes after midnight */
} meeting;

static void
on_adjourn(void *ctx, int a, int r)
{
	meeting    *m = ctx;
	size_t		n = strlen(m->adj);

	if (n + 24 < sizeof(m->adj))
		snprintf(m->adj + n, sizeof(m->adj) - n, "%s%d-%d", n ? " " : "", a, r);
}

static void
span(const char *s, size_t a, size_t b, char *out, size_t cap)
{
	size_t		n = b - a < cap - 1 ? b - a : cap - 1;

	memcpy(out, s + a, n);
	out[n] = '\0';
}

static meeting
meet(const char *doc)
{
	meeting		m;
	meet_info	mi;

	size_t		len = strlen(doc);
	/* a copy without the terminator: the sanitizers see any read past the end */
	char	   *copy = malloc(len > 0 ? len : 1);

	memcpy(copy, doc, len);
	memset(&m, 0, sizeof(m));
	meet_scan(copy, len, &mi, on_adjourn, NULL, &m);
	free(copy);
	span(doc, mi.body_start, mi.body_end, m.body, sizeof(m.body));
	span(doc, mi.venue_start, mi.venue_end, m.venue, sizeof(m.venue));
	if (mi.year)
		snprintf(m.date, sizeof(m.date), "%04d-%02d-%02d", mi.year % 10000, mi.month % 100, mi.day % 100);
	m.starts = mi.starts_at;
	m.ends = mi.ends_at;
	return m;
}

typedef struct cites
{
	const char *doc;
	char		out[512];		/* "label:relation:year?" joined by spaces */
	int			n;
} cites;

static bool
on_cite(void *ctx, const cite_match *m)
{
	cites	   *c = ctx;
	size_t		n = strlen(c->out);

	if (n + 64 < sizeof(c->out))
		snprintf(c->out + n, sizeof(c->out) - n, "%s%.*s:%s%s", n ? " " : "", (int) m->len,
				 c->doc + m->start, cite_relation_name(m->relation), m->value ? "" : ":bare");
	c->n++;
	return true;
}

static cites
cite(const char *doc)
{
	cites		c;

	memset(&c, 0, sizeof(c));
	c.doc = doc;
	cite_scan(doc, strlen(doc), on_cite, NULL, &c);
	return c;
}

int
main(void)
{
	meeting		m;
	cites		c;
	cite_match	cm;
	mref		r;
	char		buf[MREF_TEXT_MAX];

	m = meet("PLANNING AND HIGHWAYS COMMITTEE\n\n5 SEPTEMBER 2019 AT 6.00 PM AT THE GUILDHALL\n\n"
			 "Councillor A. Bee (Chair)\n\n20/19 APOLOGIES\n\nThe meeting terminated at 9.03 pm.");
	CHECK(strcmp(m.body, "PLANNING AND HIGHWAYS COMMITTEE") == 0, "name line body");
	CHECK(strcmp(m.date, "2019-09-05") == 0, "date line");
	CHECK(m.starts == 18 * 60 && m.ends == 21 * 60 + 3, "start and end");
	CHECK(strcmp(m.venue, "THE GUILDHALL") == 0, "venue after the time");

	/* an "at" that ends a paragraph passed over still makes the next number a time */
	m = meet("PLANNING COMMITTEE\n\n5 SEPTEMBER 2019 AT 6.00 PM AT THE GUILDHALL\n\n"
			 "The Committee discussed the plans.\n\nThe Chair noted the meeting would pause at:\n\n"
			 "18.30 the Committee adjourned.\n\nThe meeting terminated at 9.03 pm.");
	CHECK(strcmp(m.adj, "1110--1") == 0, "\"at:\" before a paragraph break");

	/* found by fuzzing: an article as the last byte was read one past the end */
	m = meet("SEPTEMBER 2019\nMinutes of a");
	CHECK(m.starts == -1, "\"Minutes of a\" at the very end");

	m = meet("**Minutes of the Housing and Environment\nScrutiny Board**\n\n**4 March 2019 at 5.00pm\n"
			 "at Westholm House, Millbridge**\n\nPresent: Councillor X\n\n(Meeting ended at 6.10 pm)");
	CHECK(strcmp(m.body, "Housing and Environment\nScrutiny Board") == 0, "bold title over two lines");
	CHECK(strcmp(m.venue, "Westholm House, Millbridge") == 0, "venue on the next line");
	CHECK(m.starts == 17 * 60 && m.ends == 18 * 60 + 10, "5.00pm, ended");

	m = meet("Minutes of the meeting of Little Wemble Parish Council held at the Village Hall on Monday 3 April 2023 at 7.30pm\n\n"
			 "Present: Cllrs A, B\n\nThe meeting adjourned at 8.15 pm and reconvened at 8.20 pm.\nThe meeting closed at 12.10 am.");
	CHECK(strcmp(m.body, "Little Wemble Parish Council") == 0, "parish body");
	CHECK(strcmp(m.venue, "the Village Hall") == 0, "parish venue");
	CHECK(strcmp(m.adj, "1215-1220") == 0, "one adjournment");
	CHECK(m.ends == 10, "past midnight");

	m = meet("EDUCATION COMMITTEE\n\nMinute of Meeting held in the Council Chambers, Civic Centre, Kilbrannan on "
			 "Tuesday 5 March 2024 at 10.00 a.m.\n\nPresent\nCouncillors A and B.\n\nThe meeting ended at 12 noon.");
	CHECK(strcmp(m.body, "EDUCATION COMMITTEE") == 0, "Scottish: name above 'Minute of Meeting held'");
	CHECK(strcmp(m.venue, "the Council Chambers, Civic Centre, Kilbrannan") == 0, "Scottish venue");
	CHECK(m.ends == 12 * 60, "12 noon");

	m = meet("Regulatory Board\n\nDate: Wednesday, 8 February 2023\nTime: 14:00\nVenue: Room 2 - Civic Offices\n\n"
			 "Present: X\n\nMeeting commenced at 18:05\n\nAt 19.10 the Board adjourned.\nIt reconvened at 19.25.\n\nThe meeting finished at 20.40.");
	CHECK(strcmp(m.venue, "Room 2 - Civic Offices") == 0, "Venue: label");
	CHECK(m.starts == 18 * 60 + 5, "commenced at wins over the title's time");
	CHECK(strcmp(m.adj, "1150-1165") == 0, "time before 'adjourned', reconvened in the next sentence");
	CHECK(m.ends == 20 * 60 + 40, "24-hour time with a stop after 'at'");

	m = meet("Resolved that the minutes of the meeting held on 3 May 2022 be approved.\n\n"
			 "The meeting was closed to the public at 8.10 pm.");
	CHECK(m.body[0] == '\0' && m.date[0] == '\0' && m.ends == -1, "no title, closed to the public");

	m = meet("");
	CHECK(m.body[0] == '\0' && m.starts == -1 && m.adj[0] == '\0', "empty document");
	m = meet("Minutes of the meeting held on 31 February 2023 at 25.99 pm");
	CHECK(m.date[0] == '\0', "no such date");
	m = meet("Minutes of \n\n**\n");
	CHECK(m.body[0] == '\0', "a title with nothing after it");

	c = cite("That the second sentence of Minute 41/22 be amended to read: 'x'. Further to minute 28/21 the "
			 "Board noted it. Members noted minutes 12/22 and 13/22.");
	CHECK(strcmp(c.out, "41/22:amends 28/21:further_to 12/22:refers 13/22:refers") == 0, "relations");
	c = cite("declared an interest at minute 75 below. Further to Minute No. 12 the Panel met. Minutes 4, 5 and 6 noted.");
	CHECK(strcmp(c.out, "75:refers:bare 12:further_to:bare 4:refers:bare 5:refers:bare 6:refers:bare") == 0,
		  "yearless references and lists");
	c = cite("45/22 MINUTES\n\nThe minutes of the meeting held on 3 May 2022. It lasted 90 minutes. "
			 "Minutes 2019. Minute 14/05/2022. Minutes 3.50 pm. Minute 0. Seven minute briefings.");
	CHECK(c.n == 0, "not citations");
	c = cite("It was agreed that minute 8a be deleted and minute 12.3 noted.");
	CHECK(strcmp(c.out, "8a:amends:bare 12.3:amends:bare") == 0, "suffix and sub-minute");

	memset(&cm, 0, sizeof(cm));
	cm.number = 75;
	CHECK(mref_municipal_year(2023, 4) == 2022 && mref_municipal_year(2023, 5) == 2023, "municipal year");
	CHECK(cite_with_year(&cm, 2016, &r) && mref_format(r, buf) == 5 && memcmp(buf, "75/16", 5) == 0,
		  "yearless dated");
	CHECK(!cite_with_year(&cm, 0, &r), "no year");
	CHECK(strcmp(cite_relation_name(CITE_FURTHER_TO), "further_to") == 0, "relation name");

	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
