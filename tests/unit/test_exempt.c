/*
 * Unit tests of extension/core/exempt.c: the bases of exempt information
 * (Schedule 12A, Schedule 7A, section 50A(4)), exclusion resolutions and the
 * items they take into private, readmission, "(Exempt)" and "Confidential"
 * titles, and items that only mention these words, on invented passages.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../extension/core/exempt.h"

static int	passed = 0;
static int	failed = 0;

#define CHECK(cond, what) \
	do { if (cond) passed++; else { failed++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, what); } } while (0)

/*
 * One judgement as the SQL row prints it: "exempt|paragraph|basis|
 * excludes_following|readmits|readmits_first" with t and f, so that a case
 * reads like a row of expected/schema.out.
 */
typedef struct judged
{
	bool		may;
	bool		consistent;
	int			ticks;
	char		row[256];
} judged;

static void
tick(void *ctx)
{
	((judged *) ctx)->ticks++;
}

static char
tf(bool b)
{
	return b ? 't' : 'f';
}

/*
 * What exempt.h promises of any judgement of text[0..len): checked on every
 * case, since a wrong pairing (an exempt item with no basis, a paragraph
 * span outside the text) would pass a comparison of the printed row only by
 * luck.
 */
static bool
judgement_consistent(const exempt_judgement *j, bool may, const char *text, size_t len)
{
	/* the caller may skip joining title and body: nothing may be lost then */
	if (!may && (j->exempt || j->basis != EXEMPT_BASIS_NONE || j->has_paragraph ||
				 j->paragraph_start != 0 || j->paragraph_end != 0 ||
				 j->excludes_following || j->readmits || j->readmits_first))
		return false;
	if (j->exempt && j->basis == EXEMPT_BASIS_NONE)
		return false;
	/* an item that takes the following items into private was itself heard in public */
	if (j->exempt && j->excludes_following)
		return false;
	/* a basis without exemption only as the citation an exclusion item read */
	if (j->basis != EXEMPT_BASIS_NONE && !j->exempt && !j->excludes_following)
		return false;
	if (j->readmits_first && !j->readmits)
		return false;
	if (j->has_paragraph)
	{
		if (j->basis != EXEMPT_BASIS_SCHEDULE_12A && j->basis != EXEMPT_BASIS_SCHEDULE_7A)
			return false;
		if (j->paragraph_start >= j->paragraph_end || j->paragraph_end > len ||
			text[j->paragraph_start] < '0' || text[j->paragraph_start] > '9')
			return false;
	}
	else if (j->paragraph_start != 0 || j->paragraph_end != 0)
		return false;
	return (j->basis == EXEMPT_BASIS_NONE) == (exempt_basis_name(j->basis) == NULL);
}

/* Judge title and body joined as the SQL glue joins them (exact-size buffers, for ASan). */
static void
judge(judged *r, const char *title, size_t title_len, const char *body, size_t body_len, bool utf8)
{
	size_t		len = title_len + 1 + body_len;
	char	   *text = malloc(len);
	exempt_judgement j;
	const char *basis;
	char	   *list = NULL;

	memset(r, 0, sizeof(*r));
	if (text == NULL)
		abort();
	memcpy(text, title, title_len);
	text[title_len] = '\n';
	memcpy(text + title_len + 1, body, body_len);
	r->may = exempt_may_apply(title, title_len, body, body_len);
	exempt_judge(text, len, title_len, utf8, &j, tick, r);
	if (j.has_paragraph && j.paragraph_start < j.paragraph_end && j.paragraph_end <= len)
	{
		list = malloc(EXEMPT_PARAGRAPH_MAX(j.paragraph_end - j.paragraph_start));
		if (list == NULL)
			abort();
		exempt_paragraph_format(text, j.paragraph_start, j.paragraph_end, list);
	}
	basis = exempt_basis_name(j.basis);
	snprintf(r->row, sizeof(r->row), "%c|%s|%s|%c|%c|%c", tf(j.exempt), list ? list : "",
			 basis ? basis : "", tf(j.excludes_following), tf(j.readmits), tf(j.readmits_first));
	r->consistent = judgement_consistent(&j, r->may, text, len);
	free(list);
	free(text);
}

/*
 * The row for title and body, the same with gaps counted in bytes (the
 * cases are ASCII, where bytes are characters), and consistent both ways.
 */
#define EXPECT(title, body, want) \
	do { judged u_, b_; \
		 judge(&u_, (title), strlen(title), (body), strlen(body), true); \
		 judge(&b_, (title), strlen(title), (body), strlen(body), false); \
		 CHECK(strcmp(u_.row, (want)) == 0, title " / " body); \
		 if (strcmp(u_.row, (want)) != 0) printf("  got:  %s\n  want: %s\n", u_.row, (want)); \
		 CHECK(strcmp(b_.row, u_.row) == 0, "the same in bytes: " title); \
		 CHECK(u_.consistent && b_.consistent, "consistent: " title); } while (0)

/* exempt_paragraph_format() of the whole of s, into a buffer of exactly the bytes it may write. */
static int
format_is(const char *s, const char *want)
{
	size_t		n = strlen(s);
	char	   *out = malloc(EXEMPT_PARAGRAPH_MAX(n));
	size_t		w;
	int			ok;

	if (out == NULL)
		abort();
	w = exempt_paragraph_format(s, 0, n, out);
	ok = w == strlen(want) && strcmp(out, want) == 0;
	if (!ok)
		printf("  format \"%s\": got \"%s\", want \"%s\"\n", s, out, want);
	free(out);
	return ok;
}

static void
test_bases(void)
{
	/* Schedule 12A, the paragraphs cited before it, in every list form */
	EXPECT("CONTRACT AWARD",
		   "Exempt information under paragraphs 1 and 2 of Part 1 of Schedule 12A to the Local Government Act 1972.",
		   "t|1, 2|Schedule 12A|f|f|f");
	EXPECT("DEPOT LEASE", "Exempt under paragraph 3 & 4 of Part I of Schedule 12A.",
		   "t|3, 4|Schedule 12A|f|f|f");
	EXPECT("DEPOT LEASE", "Exempt under paragraphs 1, 2 & 3 of part one of schedule 12 A.",
		   "t|1, 2, 3|Schedule 12A|f|f|f");
	EXPECT("STAFFING REVIEW",
		   "The report was not for publication by virtue of paragraphs 1\nor 2 of Part 1 of\nSchedule 12A.",
		   "t|1, 2|Schedule 12A|f|f|f");
	EXPECT("GRANT APPEAL", "Exempt by virtue of PARAGRAPH 7a OF PART 1 OF SCHEDULE 12A.",
		   "t|7a|Schedule 12A|f|f|f");
	/* the schedule first, then its paragraph: the last one within 120 characters counts */
	EXPECT("LAND AT ORCHARD WAY", "Schedule 12A of the Act, paragraph 3, applies to this report.",
		   "t|3|Schedule 12A|f|f|f");
	EXPECT("LAND AT ORCHARD WAY", "Schedule 12A applies, paragraph 3 and then paragraph 4 or 5 of it.",
		   "t|4, 5|Schedule 12A|f|f|f");
	/* a full stop ends the reach of the schedule: the basis stays, the paragraph does not */
	EXPECT("LAND AT ORCHARD WAY", "Schedule 12A applies. The officer cited paragraph 3.",
		   "t||Schedule 12A|f|f|f");
	/* "paragraph N of Part 1 of Schedule 12A" anywhere wins over the schedule named first */
	EXPECT("LAND AT ORCHARD WAY",
		   "Schedule 12A, paragraph 1, was raised; exempt under paragraph 3 of Part 1 of Schedule 12A.",
		   "t|3|Schedule 12A|f|f|f");
	/* "para" for "paragraph" */
	EXPECT("PUPIL PLACEMENT", "Exempt under para 6 of Part I of Schedule 7A.", "t|6|Schedule 7A|f|f|f");
	EXPECT("CONTRACT", "Exempt under paras. 1 and 3 of Part 1 of Schedule 12A.", "t|1, 3|Schedule 12A|f|f|f");
	EXPECT("PARADE", "The parade 3 of Schedule 12A route was agreed.", "t||Schedule 12A|f|f|f");
	/* Scotland: Schedule 7A, section 50A(4) */
	EXPECT("PUPIL PLACEMENT",
		   "Exempt under paragraph 6 of Part 1 of Schedule 7A to the Local Government (Scotland) Act 1973.",
		   "t|6|Schedule 7A|f|f|f");
	EXPECT("PUPIL PLACEMENT", "Schedule 7A applies to this item.", "t||Schedule 7A|f|f|f");
	EXPECT("PUPIL PLACEMENT",
		   "The Committee resolved under section 50A(4) of the Local Government (Scotland) Act 1973 that the "
		   "public be excluded during this item.",
		   "t||Schedule 7A|f|f|f");
	EXPECT("PUPIL PLACEMENT", "As section 50A ( 4 ) provides, the item was heard in private.",
		   "t||Schedule 7A|f|f|f");
	/* the section's letter apart from its number: the quick test reads "section" */
	EXPECT("PUPIL PLACEMENT", "As section 50 A(4) provides, the item was heard in private.",
		   "t||Schedule 7A|f|f|f");
	/* both schedules named, no paragraph: 12A */
	EXPECT("TRANSFER", "Schedule 7A and Schedule 12A were both cited.", "t||Schedule 12A|f|f|f");
	/* accepted quirk, as the regex had it (no word end after 7A): "Schedule 7AB" reads as 7A */
	EXPECT("TRANSFER", "Schedule 7AB applies.", "t||Schedule 7A|f|f|f");
	EXPECT("TRANSFER", "Schedule 12AB applies.", "f|||f|f|f");
	EXPECT("TRANSFER", "Schedule 17A applies.", "f|||f|f|f");
}

static void
test_exclusion(void)
{
	EXPECT("LEGAL ADVICE", "RESOLVED that the press and public be excluded during consideration of this item.",
		   "t||exclusion resolution|f|f|f");
	EXPECT("LEGAL ADVICE", "The Committee agreed to exclude members of the public for this item.",
		   "t||exclusion resolution|f|f|f");
	/* a resolution that names the items to come takes them into private, not itself */
	EXPECT("MINUTES",
		   "RESOLVED that the press and public be excluded from the meeting for the following item(s) of "
		   "business.",
		   "f|||t|f|f");
	EXPECT("ANY OTHER BUSINESS",
		   "RESOLVED that the press and public be excluded from the meeting during consideration of the next "
		   "item of business.",
		   "f|||t|f|f");
	/* ... and keeps the citation it read, as the PL/pgSQL did */
	EXPECT("MINUTES",
		   "RESOLVED that the press and public be excluded from the meeting for the following items on the "
		   "grounds that they involve the likely disclosure of exempt information as defined in paragraphs "
		   "1 and 2 of Part 1 of Schedule 12A.",
		   "f|1, 2|Schedule 12A|t|f|f");
	/* an item about the exclusion itself, by its title */
	EXPECT("EXCLUSION OF THE PRESS AND PUBLIC", "RESOLVED that the press and public be excluded.",
		   "f|||t|f|f");
	EXPECT("PRIVATE BUSINESS", "RESOLVED that the public be excluded.", "f|||t|f|f");
	/* the gap from "public" to "be excluded": 40 characters, not 41, and no full stop or semicolon */
	EXPECT("HOUSING", "The public xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx be excluded.",
		   "t||exclusion resolution|f|f|f");
	EXPECT("HOUSING", "The public xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx be excluded.", "f|||f|f|f");
	EXPECT("HOUSING", "The public, having left; be excluded.", "f|||f|f|f");
	/* title and body are one text, as the regexes read them */
	EXPECT("ITEM HEARD WITH THE PUBLIC", "be excluded from the meeting.", "t||exclusion resolution|f|f|f");
	/* negations: nothing was excluded, unless an exclusion is also recorded */
	EXPECT("LOCAL GOVERNMENT (ACCESS TO INFORMATION) ACT 1985",
		   "There were no items that required the exclusion of the public.", "f|||f|f|f");
	EXPECT("HOUSING", "It was not necessary for the press and public to be excluded.", "f|||f|f|f");
	EXPECT("HOUSING",
		   "There were no items requiring the exclusion of the public. The press and public were excluded for "
		   "item 7.",
		   "t||exclusion resolution|f|f|f");
	EXPECT("HOUSING", "The press and public were excluded. No member of the public was excluded.",
		   "f|||f|f|f");
}

static void
test_readmission(void)
{
	EXPECT("CHAIR'S ANNOUNCEMENTS", "The press and public were readmitted to the meeting.", "f|||f|t|t");
	/* the opening is the body's first sentence, after leading white space */
	EXPECT("HOUSING", "  \n\t The press and public were readmitted. The Chair welcomed them back.",
		   "f|||f|t|t");
	EXPECT("HOUSING", "The Chair thanked Members. The press and public were readmitted.", "f|||f|t|f");
	EXPECT("HOUSING", "Members of the public were invited back into the room.", "f|||f|t|t");
	EXPECT("HOUSING", "The public were allowed back; the Chair resumed.", "f|||f|t|t");
	EXPECT("HOUSING", "The public re-joined the chamber at 8.15 pm.", "f|||f|t|t");
	EXPECT("HOUSING", "The press returned to the meeting.", "f|||f|t|t");
	EXPECT("HOUSING", "The Chair readmitted the press and public.", "f|||f|t|t");
	/* "members of the public" is the audience for the opening too (the PL/pgSQL read only "press", "public") */
	EXPECT("HOUSING", "The Chair re-admitted members of the public.", "f|||f|t|t");
	/* a readmission in the title is no opening of the body */
	EXPECT("THE PRESS AND PUBLIC WERE READMITTED", "Members noted the report.", "f|||f|t|f");
	/* an exempt item that ends with the public back */
	EXPECT("LAND SALE", "Exempt under paragraph 3 of Part 1 of Schedule 12A. The press and public were readmitted.",
		   "t|3|Schedule 12A|f|t|f");
	EXPECT("LAND SALE (EXEMPT)", "Members agreed the sale. The public were re-admitted to the meeting.",
		   "t||exclusion resolution|f|t|f");
	/*
	 * The quick test holds every word the rules need (the PL/pgSQL's early
	 * return missed these): "readmission", and words wrapped over a line
	 */
	EXPECT("HOUSING", "Following the readmission of the public the Chair spoke.", "f|||f|t|t");
	EXPECT("HOUSING", "The press\nreturned\nto the meeting.", "f|||f|t|t");
	EXPECT("HOUSING", "Members of the public were invited\nback into the room.", "f|||f|t|t");
	EXPECT("HOUSING", "The public were allowed\tback; the Chair resumed.", "f|||f|t|t");
}

static void
test_titles(void)
{
	EXPECT("STAFFING (EXEMPT)", "The Panel agreed the recommendation.", "t||exclusion resolution|f|f|f");
	EXPECT("Confidential", "Members noted the update.", "t||exclusion resolution|f|f|f");
	EXPECT("LAND (EXEMPT)", "under paragraph 3 of Part 1 of Schedule 12A", "t|3|Schedule 12A|f|f|f");
	/* a negated title word says the item is public */
	EXPECT("NON-EXEMPT APPENDIX", "Members noted the appendix.", "f|||f|f|f");
	EXPECT("Non-confidential summary of the review", "Members noted it.", "f|||f|f|f");
	EXPECT("BUDGET (NOT EXEMPT)", "Members noted the budget.", "f|||f|f|f");
	EXPECT("Non exempt papers", "Noted.", "f|||f|f|f");
	/* ... but another, unnegated, still makes it exempt */
	EXPECT("NON-EXEMPT APPENDIX TO THE EXEMPT REPORT", "Noted.", "t||exclusion resolution|f|f|f");
	EXPECT("NOTE: EXEMPT", "Noted.", "t||exclusion resolution|f|f|f");
	EXPECT("Nonexempt", "Noted.", "f|||f|f|f");
}

/* Items that only mention the words: heard in public, nothing for the glue to print. */
static void
test_harmless(void)
{
	EXPECT("Exemptions from council tax", "Members considered the report on council tax exemptions.",
		   "f|||f|f|f");
	EXPECT("Exemptions from council tax", "The exemptions are listed in the schedule to the report.",
		   "f|||f|f|f");
	EXPECT("Confidentiality of council data", "Members noted the policy.", "f|||f|f|f");
	EXPECT("REPORT", "This report is not exempt and was considered in public.", "f|||f|f|f");
	EXPECT("REPORT",
		   "The Chair confirmed that the item would be considered in public and that there was no need to "
		   "exclude the press and public.",
		   "f|||f|f|f");
	EXPECT("REPORT", "The item was considered in public; no exclusion of the press and public was required.",
		   "f|||f|f|f");
	EXPECT("PARKING", "Members discussed public car parks.", "f|||f|f|f");
	EXPECT("APOLOGIES", "Cllr Okafor joined the meeting at 7.10 pm.", "f|||f|f|f");
	EXPECT("ALLOTMENTS", "The schedule of rents was approved; tenants would be invited back to comment.",
		   "f|||f|f|f");
	/* the early return: most items hold none of the words, and are judged without a scan */
	{
		judged		r;

		judge(&r, "PARKING", 7, "Members discussed public car parks.", 35, true);
		CHECK(!r.may, "no word to act on: may_apply is false");
		judge(&r, "Exemptions from council tax", 27, "The exemptions were noted.", 26, true);
		CHECK(!r.may, "'exemptions' is no word to act on");
		judge(&r, "STAFFING (EXEMPT)", 17, "Noted.", 6, true);
		CHECK(r.may, "an (Exempt) title is one");
		judge(&r, "EXCLUSION OF THE PRESS AND PUBLIC", 33, "", 0, true);
		CHECK(r.may, "'exclu' in the title is one");
	}
}

/* Gaps in characters when utf8 holds, in bytes when it does not. */
static void
test_utf8_gaps(void)
{
	judged		u;
	judged		b;
	/* 30 two-byte letters: a gap of 32 characters and 62 bytes */
	const char *body = "The public \xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
		"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
		"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9 be excluded.";
	char		sched[400];
	size_t		n;

	judge(&u, "HOUSING", 7, body, strlen(body), true);
	judge(&b, "HOUSING", 7, body, strlen(body), false);
	CHECK(strcmp(u.row, "t||exclusion resolution|f|f|f") == 0, "a gap of 32 UTF-8 characters is within 40");
	CHECK(strcmp(b.row, "f|||f|f|f") == 0, "a gap of 62 bytes is not");
	CHECK(u.consistent && b.consistent, "consistent: UTF-8 gap");

	/* the schedule's reach, 120: 102 characters, 202 bytes */
	n = (size_t) snprintf(sched, sizeof(sched), "Schedule 12A ");
	for (int i = 0; i < 100; i++)
		n += (size_t) snprintf(sched + n, sizeof(sched) - n, "\xC3\xA9");
	n += (size_t) snprintf(sched + n, sizeof(sched) - n, " paragraph 3");
	judge(&u, "LAND", 4, sched, n, true);
	judge(&b, "LAND", 4, sched, n, false);
	CHECK(strcmp(u.row, "t|3|Schedule 12A|f|f|f") == 0, "paragraph 102 UTF-8 characters after the schedule");
	CHECK(strcmp(b.row, "t||Schedule 12A|f|f|f") == 0, "but 202 bytes after it");
	CHECK(u.consistent && b.consistent, "consistent: UTF-8 reach");
}

static void
test_format(void)
{
	char		out[EXEMPT_PARAGRAPH_MAX(16) + 1];
	const char *text = "paragraphs 1 and 2 of";

	CHECK(format_is("1 and 2", "1, 2"), "format: and");
	CHECK(format_is("3 & 4", "3, 4"), "format: &");
	CHECK(format_is("1, 2 & 3", "1, 2, 3"), "format: comma and &");
	CHECK(format_is("1\nor 2", "1, 2"), "format: or over a line break");
	CHECK(format_is("12a AND 3", "12a, 3"), "format: a letter after the number");
	CHECK(format_is("7", "7"), "format: one paragraph");
	CHECK(format_is("", ""), "format: empty span");
	/* the most the bound allows for: a number and a letter, two bytes each */
	CHECK(format_is("1a1a1a1a", "1a, 1a, 1a, 1a"), "format: dense numbers within the bound");
	/* a span in the middle of a text, and nothing past the NUL */
	memset(out, 'x', sizeof(out));
	CHECK(exempt_paragraph_format(text, 11, 18, out) == 4 && strcmp(out, "1, 2") == 0, "format: a span");
	CHECK(out[5] == 'x', "format: writes no more than its list and NUL");
}

static void
test_basis_name(void)
{
	CHECK(exempt_basis_name(EXEMPT_BASIS_NONE) == NULL, "basis name: none");
	CHECK(strcmp(exempt_basis_name(EXEMPT_BASIS_SCHEDULE_12A), "Schedule 12A") == 0, "basis name: 12A");
	CHECK(strcmp(exempt_basis_name(EXEMPT_BASIS_SCHEDULE_7A), "Schedule 7A") == 0, "basis name: 7A");
	CHECK(strcmp(exempt_basis_name(EXEMPT_BASIS_EXCLUSION), "exclusion resolution") == 0,
		  "basis name: exclusion");
}

/* exempt_judge() on exactly-sized texts, with title_len at the edges. */
static void
judge_raw(const char *s, size_t len, size_t title_len, exempt_judgement *j)
{
	char	   *text = malloc(len ? len : 1);

	if (text == NULL)
		abort();
	memcpy(text, s, len);
	exempt_judge(text, len, title_len, true, j, NULL, NULL);
	free(text);
}

static void
test_edges(void)
{
	exempt_judgement j;
	judged		r;

	judge(&r, "", 0, "", 0, true);
	CHECK(strcmp(r.row, "f|||f|f|f") == 0 && !r.may && r.consistent, "empty title and body");
	judge(&r, "", 0, "The press and public were readmitted.", 37, true);
	CHECK(strcmp(r.row, "f|||f|t|t") == 0 && r.consistent, "empty title");
	judge(&r, "STAFFING (EXEMPT)", 17, "", 0, true);
	CHECK(strcmp(r.row, "t||exclusion resolution|f|f|f") == 0 && r.consistent, "empty body");
	CHECK(!exempt_may_apply("", 0, "", 0), "may_apply of nothing");

	judge_raw("", 0, 0, &j);
	CHECK(!j.exempt && !j.readmits && j.basis == EXEMPT_BASIS_NONE, "no text at all");
	/* title_len == len: a title and no line break, no body */
	judge_raw("STAFFING (EXEMPT)", 17, 17, &j);
	CHECK(j.exempt && j.basis == EXEMPT_BASIS_EXCLUSION, "title_len == len: the title is judged");
	judge_raw("The press and public were readmitted", 36, 36, &j);
	CHECK(j.readmits && !j.readmits_first, "title_len == len: no body to open with the readmission");
	judge_raw("LAND (EXEMPT)\nunder paragraph 3 of Part 1 of Schedule 12A", 57, 13, &j);
	CHECK(j.exempt && j.has_paragraph && j.paragraph_start == 30 && j.paragraph_end == 31,
		  "the paragraph span is a byte offset into the joined text");
	/* a title_len past the text reads as the whole text a title (ASan checks the reads) */
	judge_raw("LAND (EXEMPT)", 13, 40, &j);
	CHECK(j.exempt && j.basis == EXEMPT_BASIS_EXCLUSION, "title_len > len is clamped");
}

/* A body of n bytes, sentence repeated, then tail. */
static char *
long_body(size_t n, const char *sentence, const char *tail, size_t *len)
{
	size_t		s = strlen(sentence);
	size_t		t = strlen(tail);
	char	   *b = malloc(n + t);

	if (b == NULL)
		abort();
	for (size_t i = 0; i < n; i++)
		b[i] = sentence[i % s];
	memcpy(b + n, tail, t);
	*len = n + t;
	return b;
}

static void
test_long(void)
{
	size_t		len;
	char	   *body = long_body(200000, "The schedule of rents was noted. ", "The press and public were readmitted.",
								 &len);
	judged		u;
	judged		b;

	/* a cancel request must be seen on a long item whatever the encoding */
	judge(&u, "ALLOTMENTS", 10, body, len, true);
	judge(&b, "ALLOTMENTS", 10, body, len, false);
	CHECK(u.ticks > 0, "ticks on a 200 kB body, utf8");
	CHECK(b.ticks > 0, "ticks on a 200 kB body, bytes");
	CHECK(strcmp(u.row, "f|||f|t|f") == 0 && strcmp(b.row, u.row) == 0,
		  "the readmission at the end of a 200 kB body");
	CHECK(u.consistent && b.consistent, "consistent: long body");
	free(body);

	/* an exemption at the far end of a long body with no stop: the scan stays linear and finds it */
	body = long_body(200000, "and the ", " under paragraph 5 of Part 1 of Schedule 12A", &len);
	judge(&u, "LAND", 4, body, len, true);
	CHECK(u.ticks > 0 && strcmp(u.row, "t|5|Schedule 12A|f|f|f") == 0, "a citation after 200 kB");
	free(body);
}

int
main(void)
{
	test_bases();
	test_exclusion();
	test_readmission();
	test_titles();
	test_harmless();
	test_utf8_gaps();
	test_format();
	test_basis_name();
	test_edges();
	test_long();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
