/*
 * Unit tests of extension/core/segment.c and resolve.c: heading schemes,
 * furniture, cleaning and resolutions on small invented documents.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../extension/core/people.h"
#include "../../extension/core/resolve.h"
#include "../../extension/core/segment.h"

static int passed = 0;
static int failed = 0;

#define CHECK(cond, what) \
	do { if (cond) passed++; else { failed++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, what); } } while (0)

static void *al(void *ctx, size_t n) { void *p = malloc(n ? n : 1); (void) ctx; if (!p) abort(); return p; }
static void rl(void *ctx, void *p) { (void) ctx; free(p); }
static const seg_alloc A = {al, rl, NULL, NULL};

/* The labels of the items of doc, joined by spaces. */
static void
labels(const char *doc, char *out, size_t cap)
{
	seg_doc		d;
	size_t		o = 0;

	seg_lines(&d, doc, strlen(doc), &A);
	seg_parts(&d, &A);
	seg_items(&d, &A);
	out[0] = '\0';
	for (size_t k = 0; k < d.nitems && o + 32 < cap; k++)
		o += (size_t) snprintf(out + o, cap - o, "%s%.*s", k ? " " : "",
							   (int) (d.items[k].label_end - d.items[k].label_start),
							   doc + d.items[k].label_start);
	seg_free(&d, &A);
}

/* The title of item k of doc, and which items hold an orphaned decision. */
static void
title_of(const char *doc, size_t k, char *out, size_t cap, char *orphans, size_t ocap)
{
	seg_doc		d;
	size_t		o = 0;

	seg_lines(&d, doc, strlen(doc), &A);
	seg_parts(&d, &A);
	seg_items(&d, &A);
	out[0] = '\0';
	orphans[0] = '\0';
	if (k < d.nitems)
		snprintf(out, cap, "%.*s", (int) (d.items[k].title_end - d.items[k].title_start),
				 doc + d.items[k].title_start);
	for (size_t m = 0; m < d.nitems && o + 32 < ocap; m++)
		if (d.items[m].orphan_end > d.items[m].orphan_first)
			o += (size_t) snprintf(orphans + o, ocap - o, "%s%.*s", o ? " " : "",
								   (int) (d.items[m].label_end - d.items[m].label_start),
								   doc + d.items[m].label_start);
	seg_free(&d, &A);
}

static void
clean(const char *doc, char *out)
{
	seg_doc		d;
	size_t		n;

	seg_lines(&d, doc, strlen(doc), &A);
	n = seg_clean(&d, 0, d.nlines, out);
	out[n] = '\0';
	seg_free(&d, &A);
}

typedef struct collected
{
	const char *text;
	char		kinds[256];
	char		words[1024];
	int			n;
} collected;

static bool
collect(void *ctx, const res_entry *e)
{
	collected  *c = ctx;
	char		buf[1024];
	size_t		n;

	if ((e->lead_end - e->lead_start) + (e->end - e->start) + 2 > sizeof(buf))
		return false;
	n = res_render(c->text, e, buf);
	strncat(c->kinds, c->n ? " " : "", sizeof(c->kinds) - strlen(c->kinds) - 1);
	strncat(c->kinds, res_kind_name(e->kind), sizeof(c->kinds) - strlen(c->kinds) - 1);
	strncat(c->words, c->n ? "|" : "", sizeof(c->words) - strlen(c->words) - 1);
	strncat(c->words, buf, n < sizeof(c->words) - strlen(c->words) - 1 ? n : 0);
	c->n++;
	return true;
}

static collected
resolve(const char *text)
{
	collected	c;

	memset(&c, 0, sizeof(c));
	c.text = text;
	res_scan(text, strlen(text), collect, NULL, &c);
	return c;
}

typedef struct shape
{
	size_t		nparts;
	size_t		npeople;
	size_t		nlines;
} shape;

/* Parts, people and entries of the line table of doc. */
static shape
shape_of(const char *doc)
{
	seg_doc		d;
	pp_result	r;
	shape		sh;

	seg_lines(&d, doc, strlen(doc), &A);
	seg_parts(&d, &A);
	seg_items(&d, &A);
	pp_attendance(&d, &r, &A);
	sh.nparts = d.nparts;
	sh.npeople = r.npeople;
	sh.nlines = d.nlines;
	pp_free(&r, &A);
	seg_free(&d, &A);
	return sh;
}

/*
 * Runs of blank lines are one entry of the line table; the rules that
 * count lines still count every one of them.
 */
static void
test_folded_lines(void)
{
	char		doc[4096];
	shape		sh;

	/* two report markers within three lines make one part, four lines apart two */
	for (int blanks = 1; blanks <= 4; blanks++)
	{
		snprintf(doc, sizeof(doc), "Minutes of the Board\nText one.\nText two.\nText three.\n"
				 "Text four.\nText five.\nText six.\nReport to the Cabinet\n%.*s"
				 "Report of the Director\nText seven.\n", blanks, "\n\n\n\n");
		sh = shape_of(doc);
		CHECK(sh.nparts == (blanks <= 2 ? 2u : 3u), "markers apart by lines, blank ones counted");
		CHECK(sh.nlines == 12, "blank lines between two markers are one entry");
	}
	/* with no items, only the first 80 lines are the header, blank ones counted */
	for (int blanks = 77; blanks <= 80; blanks++)
	{
		size_t		o = (size_t) snprintf(doc, sizeof(doc), "MINUTES OF THE BOARD\n");

		for (int i = 0; i < blanks; i++)
			o += (size_t) snprintf(doc + o, sizeof(doc) - o, "  \n");
		snprintf(doc + o, sizeof(doc) - o, "Present: Councillor A Smith\n\nThe Board met.\n");
		sh = shape_of(doc);
		CHECK(sh.npeople == (blanks <= 78 ? 1u : 0u), "the header is 80 lines of the document");
		CHECK(sh.nlines == 6, "lines of spaces are one entry");
	}
}

int
main(void)
{
	char		out[4096];
	collected	c;

	/* Text run on after a heading: the capitals before ": " or a capitalised word are the title. */
	{
		char		orphans[256];
		const char *runon = "12/24 LAND AT MILL LANE: The Committee considered the tender from a contractor "
			"for the depot.\n\n13/24 LEASE (EXEMPT) Resolved: That the lease of the allotments be granted for "
			"five years.\n\n14/24 PLANNING: Report of the Director\n\nNoted.\n";
		const char *signed_off = "20/24 DEPOT\n\nThe depot was discussed.\n\n21/24 PARK\n\nThe park was discussed.\n\n"
			"Chairman ........................ Date ..............\n\n"
			"20/24 RESOLVED: That the depot be sold to the highest bidder.\n";

		labels(runon, out, sizeof(out));
		CHECK(strcmp(out, "12/24 13/24 14/24") == 0, "headings with their text run on");
		title_of(runon, 0, out, sizeof(out), orphans, sizeof(orphans));
		CHECK(strcmp(out, "LAND AT MILL LANE") == 0, "title ends at the colon before a sentence");
		title_of(runon, 1, out, sizeof(out), orphans, sizeof(orphans));
		CHECK(strcmp(out, "LEASE (EXEMPT)") == 0, "title ends before a capitalised word that starts a sentence");
		title_of(runon, 2, out, sizeof(out), orphans, sizeof(orphans));
		CHECK(strcmp(out, "PLANNING: Report of the Director") == 0, "a colon in a title that no sentence follows");
		labels(signed_off, out, sizeof(out));
		CHECK(strcmp(out, "20/24 21/24") == 0, "a decision after a dotted signature line is no heading");
		title_of(signed_off, 0, out, sizeof(out), orphans, sizeof(orphans));
		CHECK(strcmp(orphans, "20/24") == 0, "the decision goes to the item its number names");
	}
	/* Numbering that starts again: the chain goes on, and numbered sentences stay in a body. */
	labels("1. Apologies\n\nNone.\n\n2. Minutes\n\nApproved.\n\n3. Reports\n\nTwo letters:\n"
		   "1. The kerb will be mended in July.\n2. The bus will run.\n\n"
		   "1. Accounts\n\nPaid.\n\n2. Planning\n\nNone.\n", out, sizeof(out));
	CHECK(strcmp(out, "1 2 3 1 2") == 0, "a list numbering that restarted");
	/* ... but numbered lines after a line that introduces them are the item's list */
	labels("1. Apologies\n\nNone.\n\n2. Minutes\n\nApproved.\n\n3. Any other business\n"
		   "Members raised the following:\n\n1. Verges\nTo be cut.\n\n2. Bins\nEmpty.\n", out, sizeof(out));
	CHECK(strcmp(out, "1 2 3") == 0, "a list after a line ending in a colon is no restart");
	labels("1. Apologies\n\nNone.\n\n2. Minutes\n\nApproved.\n\n3. Any other business\n\n"
		   "1. Cllr Keel reported on the verges\nTo be cut.\n\n2. Cllr Dunn raised the bins\nEmpty.\n",
		   out, sizeof(out));
	CHECK(strcmp(out, "1 2 3") == 0, "numbered reports inside an item are no restart");
	labels("1. Apologies\n\nNone.\n\n2. Finance\n\nPaid.\n\nThe meeting closed at 9 pm.\n\n"
		   "Appendix A\n\n1. Payments\nListed.\n\n2. Balances\nListed.\n", out, sizeof(out));
	CHECK(strcmp(out, "1 2") == 0, "an appendix's numbering after the close is no restart");
	labels("1. Apologies\n\nNone.\n\n2. Minutes\n\nApproved.\n\n3. Finance\n\nPaid.\n\n"
		   "4. Any other business\nMembers raised the following:\n\n1. Verges\nTo be cut.\n\n"
		   "2. Bins\nEmpty.\n\n3. Dogs\nFouling.\n\n4. Grit\nEmpty.\n\nPlanning Committee, 2 July 2025\n\n"
		   "1. Apologies for absence\nNone.\n\n2. Planning applications\nNone.\n\n"
		   "3. Date of next meeting\nAugust.\n", out, sizeof(out));
	CHECK(strcmp(out, "1 2 3 4 1 2 3") == 0, "a meeting after a refused list is still found");
	labels("1. Apologies\n\nNone.\n\n2. Minutes\n\nApproved.\n\n3. Correspondence\n\n1. Civic Award\n\n"
		   "2. Newsletter\n\n4. Website\n\nLive.\n\n5. 2026/27 precept\n\nSet.\n\n6. Close\n\nClosed.\n",
		   out, sizeof(out));
	CHECK(strcmp(out, "1 2 3 4 5 6") == 0, "a heading with its list under it is no list of headings; a year opens a title");
	labels("1. Apologies\nNone.\n\n2. Payments\n1. HMRC\n2. Salary\n3. SLCC\n5. Hall hire\n6. Grass\n\n"
		   "3. Planning\n1. 2025/0456 Land at Mill Lane\nNo objection.\n\n4. Close\nClosed.\n", out, sizeof(out));
	CHECK(strcmp(out, "1 2 3 4") == 0, "a list that skips a number is a list; a planning reference is no title");
	labels("1. Apologies\nNone.\n\n2. Correspondence\nRead.\n\n2A. Internal auditor\nAppointed.\n\n"
		   "3. 5G mast\nNo objection.\n\n4. Close\nClosed.\n", out, sizeof(out));
	CHECK(strcmp(out, "1 2 2A 3 4") == 0, "an item added under a number is labelled with its letter");
	labels("1. Apologies\n\nNone.\n\n2. Finance\n\nPaid.\n\nThe meeting closed at 9 pm.\n\n"
		   "Brentley Community Council\nWednesday 2nd July 2025\n\n1. Apologies for absence\nNone.\n\n"
		   "2. Minutes of the last meeting\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "1 2 1 2") == 0, "a body named above its date opens a meeting after the close");
	labels("Minutes of 3 June\n\n1. Apologies for absence\n\nNone.\n\n2. Minutes of the last meeting\n\n"
		   "Approved.\n\nMinutes of 1 July\n\n1. Apologies for absence\n\nNone.\n\n"
		   "2. Minutes of the last meeting\n\nApproved.\n\nMinutes of 5 August\n\n"
		   "1. Apologies for absence\n\nNone.\n\n2. Minutes of the last meeting\n\nApproved.\n",
		   out, sizeof(out));
	CHECK(strcmp(out, "1 2 1 2 1 2") == 0, "headings repeated in each meeting are not running headers");
	labels("14.01.2025 Cabinet\n1. Apologies for absence\nNone.\n\n2. Budget\nApproved.\n\n"
		   "14.01.2025 Cabinet\n3. Capital programme\nNoted.\n\n14.01.2025 Cabinet\n4. Next meeting\nMay.\n",
		   out, sizeof(out));
	CHECK(strcmp(out, "1 2 3 4") == 0, "a running header opening with a date is furniture");
	/* A Title Case title run on into its minute's sentence: the text starts at the sentence's opener. */
	{
		char		orphans[256];
		const char *runon_tc = "101/24 To Approve the Hedge Contract 2025/26 Onwards The Clerk had asked three firms to quote.\n\n"
			"102/24 To Receive an Update from Cllr Hale on the Footpaths and the Stile at Mill Lane Reported Broken in the Summer\n\nNoted.\n";

		title_of(runon_tc, 0, out, sizeof(out), orphans, sizeof(orphans));
		CHECK(strcmp(out, "To Approve the Hedge Contract 2025/26 Onwards") == 0, "a Title Case run-on title ends before its sentence");
		title_of(runon_tc, 1, out, sizeof(out), orphans, sizeof(orphans));
		CHECK(strncmp(out, "To Receive an Update from Cllr Hale on", 38) == 0, "a title goes on after 'from'");
	}
	/* One grammar of codes: the number is whichever part rises along the chain. */
	labels("24/131  APOLOGIES\n\nNone.\n\n24/132  MINUTES\n\nApproved.\n\n24/133  PLANNING\n\nNone.\n",
		   out, sizeof(out));
	CHECK(strcmp(out, "24/131 24/132 24/133") == 0, "year first, then the number");
	labels("2023/41  APOLOGIES\n\nNone.\n\n2023/42  MINUTES\n\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "2023/41 2023/42") == 0, "a four-digit year first");
	labels("NCA 101/23  Apologies\n\nNone.\n\nNCA 102/23  Minutes\n\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "NCA 101/23 NCA 102/23") == 0, "a prefix before a space");
	labels("P.14.23  APOLOGIES\n\nNone.\n\nP.15.23  MINUTES\n\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "P.14.23 P.15.23") == 0, "a lettered dotted code");
	labels("24-25/CFA/31 Apologies\n\nNone.\n\n24-25/CFA/32 Minutes\n\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "24-25/CFA/31 24-25/CFA/32") == 0, "a year range, a prefix, the number last");
	labels("Item 15/03/1 Public Forum:\n\nNone.\n\nItem 15/03/2 Reports:\n\nNone.\n", out, sizeof(out));
	CHECK(strcmp(out, "15/03/1 15/03/2") == 0, "Item and a three-part code");
	labels("30/11/23 A note\n\nText.\n", out, sizeof(out));
	CHECK(strcmp(out, "") == 0, "a code minute_ref cannot read needs a second heading");
	labels("PL.61  23/00944/FUL – LAND AT MILL LANE\n\nGranted.\n\nPL.62  23/01188/FUL – 4 ELM ROW\n\nRefused.\n",
		   out, sizeof(out));
	CHECK(strcmp(out, "PL.61 PL.62") == 0, "a title that opens with an application code");
	labels("Agenda, decisions and minutes\n\n177.\n\nApologies\n\nMinutes:\n\nNone.\n\n178.\n\n"
		   "Minutes of the previous meeting\n\nMinutes:\n\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "177 178") == 0, "an agenda page that holds the record is read as minutes");
	labels("7/24 To receive apologies – None were received.\n\n8/24 Village Hall Report The hall was painted.\n",
		   out, sizeof(out));
	CHECK(strcmp(out, "7/24 8/24") == 0, "a coded heading whose text runs on in mixed case");
	labels("1. To receive apologies: None.\n\n2. To approve the minutes. Approved.\n", out, sizeof(out));
	CHECK(strcmp(out, "1 2") == 0, "agenda-style titles under plain numbers");
	labels("(139) APOLOGIES\nNone.\n(140) MINUTES\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "139 140") == 0, "numbers in brackets");
	labels("1) Welcome\nThe chair welcomed all.\n2) Police report\nThree incidents:\n1) a theft;\n2) a fire.\n"
		   "3) Any other business\nNone.\n", out, sizeof(out));
	CHECK(strcmp(out, "1 2 3") == 0, "a closing parenthesis; a list under an item stays text");
	labels("APOLOGIES            C/23/112\n\nNone.\n\nMINUTES              C/23/113\n\nApproved.\n",
		   out, sizeof(out));
	CHECK(strcmp(out, "C/23/112 C/23/113") == 0, "numbers in the right margin");
	labels("Decision No.:   CAB/41/24\nSubject:  Minutes\n\nApproved.\n\nDecision No.:   CAB/42/24\n"
		   "Subject:  Library Hours\n\nAdopted.\n", out, sizeof(out));
	CHECK(strcmp(out, "CAB/41/24 CAB/42/24") == 0, "a record of decisions");
	labels("1 Apologies for Absence\nTo receive apologies.\n31\nNone.\n2 Declarations\nTo declare.\n32\nNone.\n",
		   out, sizeof(out));
	CHECK(strcmp(out, "31 32") == 0, "the minute number under its title, beside the agenda number");
	labels("2023.046 APOLOGIES\n\nNone.\n\n2023.047 MINUTES\n\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "2023.046 2023.047") == 0, "year first, with a full stop");
	{
		char		flowed[1200];

		snprintf(flowed, sizeof(flowed), "%s1. APOLOGIES FOR ABSENCE Cllr Cole. 2. DECLARATIONS OF INTEREST "
				 "None. 3. MINUTES RESOLVED that the minutes be signed.",
				 "The meeting opened at 7.30 pm in the village hall with the chairman presiding over "
				 "a full agenda of business for the evening, which had been circulated in advance to "
				 "all members and to the press, together with the papers for each item, and the "
				 "chairman explained the order of business and the arrangements for the public forum "
				 "which would follow the formal business of the council at the end of the meeting. ");
		labels(flowed, out, sizeof(out));
		CHECK(strcmp(out, "1 2 3") == 0, "headings inside flowed text");
		/* a number with a long run of digits after its slash is no heading, and no overflow */
		snprintf(flowed, sizeof(flowed), "%s 70/17 Apologies None. 12/%s Reference noted. 71/17 Minutes Approved.",
				 "The meeting opened at 7.30 pm in the village hall with the chairman presiding over "
				 "a full agenda of business for the evening, which had been circulated in advance to "
				 "all members and to the press, together with the papers for each item, and the "
				 "chairman explained the order of business and the arrangements for the public forum.",
				 "98765432109876543210987654321098765432109876543210");
		labels(flowed, out, sizeof(out));
		CHECK(strcmp(out, "70/17 71/17") == 0, "year-numbered headings inside flowed text");
	}
	labels("5/24 Election Cllr Hobb was elected. 6/24 The minutes were approved.\n\n7/24 Finance\n\nNoted.\n",
		   out, sizeof(out));
	CHECK(strcmp(out, "5/24 6/24 7/24") == 0, "the next heading run on after a sentence in a shorter line");
	labels("5. Footpaths The stile was repaired. 7. The gate was painted.\n\n6. Finance\n\nNoted.\n",
		   out, sizeof(out));
	CHECK(strcmp(out, "5 6") == 0, "a number other than the next one inside a shorter line is text");
	labels("Present: A. Lake\n\nMinutes: Signed.\n\nPlanning: No objection.\n\nPayments: Approved.\n",
		   out, sizeof(out));
	CHECK(strcmp(out, "  ") == 0, "three unnumbered run-in headings, without the attendance header");
	labels("60/17 APOLOGIES\n\nNone.\n\n61/17 MINUTES\n\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "60/17 61/17") == 0, "coded headings");
	labels("#### 71. Declarations\n\nNone.\n\n#### 72. Minutes\n\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "71 72") == 0, "markdown dotted headings");
	labels("25/18 Trust\n\nPriorities:\n\n1. Leadership\n2. Workforce\n3. Practice\n\n26/18 Fostering\n\nText.\n",
		   out, sizeof(out));
	CHECK(strcmp(out, "25/18 26/18") == 0, "a numbered list is not a heading scheme");
	labels("APOLOGIES\nPLA146/14\nNone.\n\nMINUTES\nPLA147/14\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "PLA146/14 PLA147/14") == 0, "code after its heading");
	labels("338 MINUTES\n\n338.1 The minutes were APPROVED.\n\n339 QUESTIONS\n\nNone.\n", out, sizeof(out));
	CHECK(strcmp(out, "338 338.1 339") == 0, "sub-minutes");
	labels("1 APOLOGIES\n\nNone.\n\n1.1 The Convener welcomed all.\n\n2 MINUTES\n\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "1 2") == 0, "paragraph numbers where numbering starts at 1");
	labels("5 SEPTEMBER 2017 AT 6.00 PM\n\n3 pm start\n\nNothing here.\n", out, sizeof(out));
	CHECK(strcmp(out, "") == 0, "dates and times are not headings");
	labels("Declarations.\n\n1 There were none declared at this meeting.\n\nMinutes approved.\n\n2 The minute of 3 May was approved.\n",
		   out, sizeof(out));
	CHECK(strcmp(out, "1 2") == 0, "Scottish side headings");
	labels("", out, sizeof(out));
	CHECK(strcmp(out, "") == 0, "empty document");

	clean("Text one.\n\nPage 3 of 8\n\nText two.", out);
	CHECK(strcmp(out, "Text one.\n\nText two.") == 0, "page numbers dropped");
	clean("The develop-\nment plan.", out);
	CHECK(strcmp(out, "The development plan.") == 0, "hyphenation joined");
	clean("the new Head\n\nteacher arrived.", out);
	CHECK(strcmp(out, "the new Head teacher arrived.") == 0, "page-split sentence rejoined");
	clean("27<sup>th</sup> **April**", out);
	CHECK(strcmp(out, "27th April") == 0, "markup dropped");
	clean("\xE2\x80\x9CYes\xE2\x80\x9D\xC2\xA0it\xE2\x80\x99s", out);
	CHECK(strcmp(out, "\"Yes\" it's") == 0, "typography made plain");
	clean("A Board \xE2\x80\x93 5 May 2019\n\nOne.\n\nA Board \xE2\x80\x93 5 May 2019\n\nTwo.\n\nA Board \xE2\x80\x93 5 May 2019\n", out);
	CHECK(strcmp(out, "One.\n\nTwo.") == 0, "running header dropped");
	/* the key is read eight bytes at a time where it can be: spacing, case and bold do not change it */
	clean("Planning  Committee  14 May 2024\n\nOne.\n\nPLANNING COMMITTEE 14 MAY 2024\n\nTwo.\n\n"
		  "**Planning Committee\t14 May 2024**\n\nThree.\n", out);
	CHECK(strcmp(out, "One.\n\nTwo.\n\nThree.") == 0, "running header printed three ways dropped");
	clean("Planning Committee 14 May 2024 (A)\n\nOne.\n\nPlanning Committee 14 May 2024 (B)\n\nTwo.\n\n"
		  "Planning Committee 14 May 2024 (C)\n\nThree.\n", out);
	CHECK(strstr(out, "(A)") != NULL && strstr(out, "(C)") != NULL, "lines that differ in one byte are not one header");

	c = resolve("Resolved:\n\nThat the report be noted.");
	CHECK(c.n == 1 && strcmp(c.kinds, "noted") == 0, "single resolution");
	c = resolve("RESOLVED that the Board\n\n1) Note the report\n2) Request a briefing note\n");
	CHECK(c.n == 2 && strcmp(c.kinds, "noted requested") == 0, "lead-in list kinds");
	CHECK(strcmp(c.words, "That the Board note the report|That the Board request a briefing note") == 0,
		  "lead-in carried");
	/* a number of thirty digits as a resolution's label reads as no list mark, without overflow (UBSan checks) */
	c = resolve("Resolved:888888888888888888888888888888/888888888888888888888888888888\n"
				"0. That a grant be provided by 30 June.\n2..\n.\n");
	CHECK(c.n >= 1, "a label of thirty digits");
	c = resolve("Resolved \xE2\x80\x93 (a) That X be approved and, (b) that Y be deferred.");
	CHECK(c.n == 2 && strcmp(c.kinds, "approved deferred") == 0, "inline letters");
	c = resolve("That the panel receive a note; & the report be noted.\n\nResolved\n\nThat A be shared with the Panel; &\nthe report be noted.");
	CHECK(c.n == 2, "joined by ; & after Resolved only");
	c = resolve("It was agreed that the Chair would write.");
	CHECK(c.n == 1 && strcmp(c.words, "That the Chair would write.") == 0,
		  "a decision told in the narrative is a resolution");
	c = resolve("It was noted that the Chair would write.");
	CHECK(c.n == 0, "what was noted in passing is no resolution");
	c = resolve("");
	CHECK(c.n == 0, "empty item");

	test_folded_lines();

	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
