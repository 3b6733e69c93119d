/*
 * Unit tests of extension/core/people.c: attendance and declarations on
 * small invented documents.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../extension/core/people.h"
#include "../../extension/core/segment.h"

static int passed = 0;
static int failed = 0;

#define CHECK(cond, what) \
	do { if (cond) passed++; else { failed++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, what); } } while (0)

static void *al(void *ctx, size_t n) { void *p = malloc(n ? n : 1); (void) ctx; if (!p) abort(); return p; }
static void rl(void *ctx, void *p) { (void) ctx; free(p); }
static const seg_alloc A = {al, rl, NULL, NULL};

static size_t
app(char *out, size_t o, size_t cap, const char *doc, uint32_t s, uint32_t e)
{
	for (uint32_t i = s; i < e && o + 2 < cap; i++)
		out[o++] = doc[i] == '\n' ? ' ' : doc[i];
	out[o] = '\0';
	return o;
}

/* "status:name|..." of the attendance of doc; roles after '/' when asked. */
static void
attendance(const char *doc, char *out, size_t cap, bool roles)
{
	seg_doc		d;
	pp_result	r;
	size_t		o = 0;

	seg_lines(&d, doc, strlen(doc), &A);
	seg_parts(&d, &A);
	seg_items(&d, &A);
	pp_attendance(&d, &r, &A);
	out[0] = '\0';
	for (size_t i = 0; i < r.npeople && o + 64 < cap; i++)
	{
		const pp_person *p = &r.people[i];

		o += (size_t) snprintf(out + o, cap - o, "%s%c:", i ? "|" : "", pp_status_name(p->status)[0]);
		o = app(out, o, cap, doc, p->name_start, p->name_end);
		if (roles)
		{
			o += (size_t) snprintf(out + o, cap - o, "/%s/", pp_category_name(p->category));
			if (p->role_fixed)
				o += (size_t) snprintf(out + o, cap - o, "%s", p->role_fixed);
			else
				o = app(out, o, cap, doc, p->role_start, p->role_end);
		}
	}
	pp_free(&r, &A);
	seg_free(&d, &A);
}

/* "name/label/kind|..." of the declarations of doc. */
static void
declarations(const char *doc, char *out, size_t cap)
{
	seg_doc		d;
	pp_result	r;
	size_t		o = 0;

	seg_lines(&d, doc, strlen(doc), &A);
	seg_parts(&d, &A);
	seg_items(&d, &A);
	pp_declarations(&d, &r, &A);
	out[0] = '\0';
	for (size_t i = 0; i < r.ndecls && o + 64 < cap; i++)
	{
		const pp_decl *x = &r.decls[i];
		const char *k = pp_kind_name(x->kind);

		if (i)
			out[o++] = '|';
		o = app(out, o, cap, doc, x->name_start, x->name_end);
		out[o++] = '/';
		o = app(out, o, cap, doc, x->label_start, x->label_end);
		o += (size_t) snprintf(out + o, cap - o, "/%s", k ? k : "-");
	}
	pp_free(&r, &A);
	seg_free(&d, &A);
}

int
main(void)
{
	char		out[2048];

	attendance("Present: Councillor A. Bell (Chair), Councillors C Dean and E F Gray.\n\n"
			   "1. Minutes\n\nApproved.\n", out, sizeof(out), true);
	CHECK(strcmp(out, "p:A. Bell/member/Chair|p:C Dean/member/|p:E F Gray/member/") == 0,
		  "plural honorific list");

	attendance("Councillor H. Ives (Chair) Committee Members present\n\n"
			   "Councillor J. Kay Councillor L. Moss\n\n10/20 APOLOGIES\n\nNone.\n", out, sizeof(out), false);
	CHECK(strcmp(out, "p:H. Ives|p:J. Kay|p:L. Moss") == 0, "marker after the first name; run-together list");

	attendance("PRESENT: Councillor Nash in the chair.\nCouncillors Orr (Vice-Chair), Pike, Quill MBE and Rowe.\n\n"
			   "5. MINUTES\n\nApproved.\n", out, sizeof(out), true);
	CHECK(strcmp(out, "p:Nash/member/Chair|p:Orr/member/Vice-Chair|p:Pike/member/|p:Quill/member/|p:Rowe/member/") == 0,
		  "in the chair; postnominal dropped");

	attendance("Present: Councillor Sand\n\nOfficers present Tara Udall - Head of Legal -\n\nServices "
			   "Victor Wynn - Clerk\n\n1. MINUTES\n\nApproved.\n", out, sizeof(out), true);
	CHECK(strcmp(out, "p:Sand/member/|p:Tara Udall/officer/Head of Legal -  Services|p:Victor Wynn/officer/Clerk") == 0,
		  "officers over broken lines");

	attendance("Present: Councillor Abel\n\n1. APOLOGIES\n\nApologies were received from Councillors Birch and Cobb and from Dora Eyre.\n\n"
			   "2. MINUTES\n\nApproved.\n", out, sizeof(out), false);
	CHECK(strcmp(out, "p:Abel|a:Birch|a:Cobb|a:Dora Eyre") == 0, "apologies inside the minutes");

	attendance("Present: Cllr J Fox Cllr Mrs K Gill Cllr. Dr Hale\n\nApologies: None.\n\n1. Minutes\n\nApproved.\n",
			   out, sizeof(out), false);
	CHECK(strcmp(out, "p:J Fox|p:K Gill|p:Hale") == 0, "names run together; empty apologies");

	attendance("Present: Cynghorydd Siân Gwenllïan (Cadeirydd)\n\n1. Minutes\n\nApproved.\n", out, sizeof(out), true);
	CHECK(strcmp(out, "p:Siân Gwenllïan/member/Chair") == 0, "Welsh name and role");

	attendance("Present: Councillor Ince\n(Councillor Ince left the meeting at 7.47pm)\n\n1. Minutes\n\nApproved.\n",
			   out, sizeof(out), false);
	CHECK(strcmp(out, "p:Ince") == 0, "departure keeps the person present once");

	/* kept once per status however printed; the last plural bracket's role for its list */
	attendance("MINUTES of the Board held on 4 March 2025\n\nPresent: Councillor A. Smith, Cllr A Smith, "
			   "Councillors B Jones (Vice-Chairs), C Brown and D Green (Chairs), Mr A-Smith\n\n"
			   "1/24 APOLOGIES\n\nApologies were received from Councillor A Smith and Councillor E White.\n",
			   out, sizeof(out), true);
	CHECK(strcmp(out, "p:A. Smith/member/|p:B Jones/member/Chair|p:C Brown/member/Chair|"
				 "p:D Green/member/Chair|a:A Smith/member/|a:E White/member/") == 0,
		  "each person once per status, roles of a list");

	attendance("1. SUBSTITUTIONS\n\nCouncillor Jude substituted for Councillor Kent.\n\n2. MINUTES\n\nApproved.\n",
			   out, sizeof(out), false);
	CHECK(strcmp(out, "s:Jude") == 0, "substitution sentence");

	attendance("Present:\nCouncillors: Abbs (Chair), Birt and Cole\nPUBLIC DOCUMENT PACK\n\n1. Minutes\n\nApproved.\n\n2. Other\n\nNoted.\n",
			   out, sizeof(out), true);
	CHECK(strcmp(out, "p:Abbs/member/Chair|p:Birt/member/|p:Cole/member/") == 0,
		  "list after a heading colon; a capitalised heading is no name");
	attendance("Yn bresennol: Cynghorwyr Alun Rhys a Bethan Wyn.\nYmddiheuriadau: Cynghorydd Carys Lloyd.\n\n1. Cofnodion\n\nNodwyd.\n\n2. Arall\n\nNodwyd.\n",
			   out, sizeof(out), false);
	CHECK(strcmp(out, "p:Alun Rhys|p:Bethan Wyn|a:Carys Lloyd") == 0, "Welsh header");

	attendance("The Chair, Councillor Lamb, opened the meeting.\n", out, sizeof(out), false);
	CHECK(strcmp(out, "") == 0, "no marker, no attendance");
	attendance("", out, sizeof(out), false);
	CHECK(strcmp(out, "") == 0, "empty document");
	attendance("Present:\n(((((\n\xff\xfe Councillor\n", out, sizeof(out), false);
	CHECK(strcmp(out, "") == 0, "debris");

	declarations("1. DECLARATIONS OF INTEREST\n\nCouncillors M. Nye and O. Park declared an interest, as they were governors.\n\n"
				 "2. MINUTES\n\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "M. Nye//-|O. Park//-") == 0, "two declarants");
	declarations("1. Declarations of Interest\n\nCouncillor Quinn declared a disclosable pecuniary interest in minute 75.\n\n"
				 "2. Minutes\n\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "Quinn/75/pecuniary") == 0, "pecuniary with minute number");
	declarations("1. Declarations of Interest\n\nThere were no declarations of interest intimated.\n\n2. Minutes\n\nApproved.\n",
				 out, sizeof(out));
	CHECK(strcmp(out, "") == 0, "nil return");
	declarations("1. Declarations of Interest\n\nCouncillor\nMinute Number\nNature of Interest\nCouncillor R Sims\n4\n"
				 "Personal and prejudicial interest as a landowner\n\n2. Minutes\n\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "R Sims/4/pecuniary") == 0, "flattened table");
	declarations("1. Declarations of Interest\n\nCouncillor T Vale - non-pecuniary interest in item 6 as a\nmember of the club\n"
				 "Councillor W Xu .... Other Disclosable Interest\n\n2. Minutes\n\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "T Vale/6/non-pecuniary|W Xu//other") == 0, "dash and dot leaders");
	declarations("4. Grants\n\nCouncillor Yeo declared a significant other interest and left the room.\n\n5. Minutes\n\nApproved.\n", out, sizeof(out));
	CHECK(strcmp(out, "Yeo/4/other") == 0, "declaration inside another item takes its label");
	declarations("", out, sizeof(out));
	CHECK(strcmp(out, "") == 0, "empty document");

	CHECK(strcmp(pp_honorific_name(0), "Councillor") == 0, "honorific name");
	CHECK(pp_kind_name(PP_KIND_NONE) == NULL, "no kind");

	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
