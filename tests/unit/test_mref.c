/*
 * Unit tests of extension/core/mref.c, without a server.
 * Prints one line per failure and a closing "N passed, N failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../extension/core/mref.h"

static int	passed;
static int	failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) \
			passed++; \
		else \
		{ \
			failed++; \
			printf("FAIL %s:%d: ", __FILE__, __LINE__); \
			printf(__VA_ARGS__); \
			printf("\n"); \
		} \
	} while (0)

/* in must parse and print as out. */
static void
round_trip(const char *in, const char *out)
{
	mref		v;
	mref		again;
	mref_error	err;
	size_t		pos;
	char		buf[MREF_TEXT_MAX];

	if (!mref_parse(in, strlen(in), &v, &err, &pos))
	{
		CHECK(0, "'%s' rejected: %s", in, mref_error_detail(err));
		return;
	}
	mref_format(v, buf);
	CHECK(strcmp(buf, out) == 0, "'%s' printed '%s', want '%s'", in, buf, out);
	CHECK(mref_parse(buf, strlen(buf), &again, &err, &pos) && again == v,
		  "'%s' does not round-trip", buf);
	CHECK(mref_is_valid(v), "'%s' packs to an invalid value", in);
}

static void
rejects(const char *in, mref_error want)
{
	mref		v;
	mref_error	err = MREF_OK;
	size_t		pos;

	CHECK(!mref_parse(in, strlen(in), &v, &err, &pos) && err == want,
		  "'%s': got error %d, want %d", in, (int) err, (int) want);
}

static mref
val(const char *in)
{
	mref		v = 0;
	mref_error	err;
	size_t		pos;

	if (!mref_parse(in, strlen(in), &v, &err, &pos))
		CHECK(0, "'%s' should parse", in);
	return v;
}

static void
test_input_forms(void)
{
	round_trip("65/17", "65/17");
	round_trip("  65/17\t\n", "65/17");
	round_trip("PC45/19", "PC45/19");
	round_trip("pc45/19", "PC45/19");
	round_trip("PLA146/14", "PLA146/14");
	round_trip("Cou/285/07-08", "COU285/07");
	round_trip("Cou.285/07", "COU285/07");
	round_trip("ABCD1/20", "ABCD1/20");
	round_trip("65a/17", "65a/17");
	round_trip("65A/17", "65a/17");
	round_trip("338.1/19", "338.1/19");
	round_trip("220.2.1/19", "220.2.1/19");
	round_trip("220.2.1b/19", "220.2.1b/19");
	round_trip("12/1999", "12/99");
	round_trip("5/1950", "5/1950");
	round_trip("5/2070", "5/2070");
	round_trip("5/2069", "5/69");
	round_trip("5/1970", "5/70");
	round_trip("5/69", "5/69");
	round_trip("5/70", "5/70");
	round_trip("5/00", "5/00");
	round_trip("5/2899", "5/2899");
	round_trip("5/1900", "5/1900");
	round_trip("99999/17", "99999/17");
	round_trip("007/17", "7/17");
	round_trip("12/2007-08", "12/07");
	round_trip("12/2007/08", "12/07");
	round_trip("12/2007-2008", "12/07");
	round_trip("12/99-00", "12/99");
	round_trip("12/1999-00", "12/99");
	round_trip("1.63.63/17", "1.63.63/17");
}

static void
test_errors(void)
{
	rejects("", MREF_ERR_EMPTY);
	rejects("   ", MREF_ERR_EMPTY);
	rejects("ABCDE1/17", MREF_ERR_PREFIX_LONG);
	rejects("PC/17", MREF_ERR_NO_SLASH);	/* prefix PC, number 17, no year */
	rejects("PC/", MREF_ERR_NO_NUMBER);
	rejects("/17", MREF_ERR_NO_NUMBER);
	rejects("0/17", MREF_ERR_NUMBER_RANGE);
	rejects("100000/17", MREF_ERR_NUMBER_RANGE);
	rejects("99999999999999999999/17", MREF_ERR_NUMBER_RANGE);
	rejects("65./17", MREF_ERR_SUB_MISSING);
	rejects("65.0/17", MREF_ERR_SUB_RANGE);
	rejects("65.64/17", MREF_ERR_SUB_RANGE);
	rejects("65.1.2.3/17", MREF_ERR_SUB_DEPTH);
	rejects("65", MREF_ERR_NO_SLASH);
	rejects("65ab/17", MREF_ERR_NO_SLASH);
	rejects("65-17", MREF_ERR_NO_SLASH);
	rejects("65/", MREF_ERR_NO_YEAR);
	rejects("65/x", MREF_ERR_NO_YEAR);
	rejects("65/7", MREF_ERR_YEAR_DIGITS);
	rejects("65/017", MREF_ERR_YEAR_DIGITS);
	rejects("65/20171", MREF_ERR_YEAR_DIGITS);
	rejects("65/1899", MREF_ERR_YEAR_RANGE);
	rejects("65/2900", MREF_ERR_YEAR_RANGE);
	rejects("65/07-09", MREF_ERR_YEAR_SECOND);
	rejects("65/2007-2009", MREF_ERR_YEAR_SECOND);
	rejects("65/2007/09", MREF_ERR_YEAR_SECOND);
	rejects("65/07/08", MREF_ERR_TRAILING);
	rejects("65/17 x", MREF_ERR_TRAILING);
	rejects("65/17.", MREF_ERR_TRAILING);
	rejects("65 /17", MREF_ERR_NO_SLASH);
}

static void
test_order(void)
{
	/* (prefix, year, number, sub-minutes, suffix) */
	static const char *const ascending[] = {
		"1/16", "100/16", "1/17", "2/17", "2a/17", "2b/17", "2.1/17", "2.1.1/17",
		"2.2/17", "3/17", "99999/17", "1/2100",
		"A1/10", "P1/17", "PC1/16", "PC45/19", "PD1/10", "ZZZZ1/10"
	};
	size_t		n = sizeof(ascending) / sizeof(ascending[0]);
	size_t		i;

	for (i = 0; i + 1 < n; i++)
		CHECK(val(ascending[i]) < val(ascending[i + 1]), "%s < %s",
			  ascending[i], ascending[i + 1]);
	CHECK(val("2.1/17") < val("2.1a/17"), "sub-minutes before suffix");
	CHECK(val("2a/17") < val("2.9/17"), "2a/17 sorts before 2.9/17: sub-minutes compare first");
}

static void
test_pack_checks(void)
{
	mref_parts	p;
	mref		v;

	memset(&p, 0, sizeof(p));
	p.number = 1;
	p.year = 2017;
	CHECK(mref_pack(&p, &v), "minimal parts pack");
	p.sub[1] = 3;
	CHECK(!mref_pack(&p, &v), "second sub-minute without a first is refused");
	p.sub[1] = 0;
	strcpy(p.prefix, "a");
	CHECK(!mref_pack(&p, &v), "lower-case prefix is refused by pack");
	CHECK(!mref_is_valid(0), "0 is not a valid packed value");
	CHECK(!mref_is_valid(UINT64_MAX), "all ones is not a valid packed value");
	/* a prefix code after a gap: "A_B" */
	CHECK(!mref_is_valid(val("A1/17") | (UINT64_C(2) << 49)), "prefix with a gap is invalid");
}

/* Labels found by the scanner, joined with "|". */
static void
scan(const char *doc, char *out, size_t outlen)
{
	mref_scanner sc;
	mref_match	m;
	size_t		n = 0;
	size_t		len = strlen(doc);

	out[0] = '\0';
	mref_scan_init(&sc, doc, len);
	while (sc.pos < len)
	{
		/* small slices, to test that slicing loses nothing */
		if (!mref_scan_next(&sc, &m, sc.pos + 7))
			continue;
		if (n + m.len + 2 >= outlen)
			break;
		if (n > 0)
			out[n++] = '|';
		memcpy(out + n, doc + m.start, m.len);
		n += m.len;
		out[n] = '\0';
	}
}

static void
finds(const char *doc, const char *want)
{
	char		got[512];

	scan(doc, got, sizeof(got));
	CHECK(strcmp(got, want) == 0, "in \"%s\": found \"%s\", want \"%s\"", doc, got, want);
}

static void
test_scanner(void)
{
	finds("the sixth paragraph of Minute 53/17 be amended", "53/17");
	finds("Further to minute 28/16 the Board", "28/16");
	finds("Min. No. 12/2019 refers", "12/2019");
	finds("minutes 53/17 and 55/17 were noted", "53/17|55/17");
	finds("Minutes 53/17, 54/17 & 55/17.", "53/17|54/17|55/17");
	finds("(Minute 23/2019 refers)", "23/2019");
	finds("see minute item 32/24 above", "32/24");
	/* the parish forms: an item or section cited by its number */
	finds("as agreed at item 52/21, the review", "52/21");
	finds("the wording in section 6/11 a was changed", "6/11");
	finds("Items 3/22 and 4/22 were deferred", "3/22|4/22");
	finds("Yn dilyn cofnod 118/23, derbyniwyd", "118/23");
	finds("Yn codi o gofnod 61/22, adroddodd y Clerc", "61/22");
	finds("agenda item 5 and section 106 agreements", "");
	finds("item 22/01234/FUL was refused", "");
	finds("Minute No: PC45/19", "PC45/19");
	finds("minute Cou/285/07-08 applies", "Cou/285/07-08");
	finds("65/17 WILLENHALL E-ACT ACADEMY\n\nText", "65/17");
	finds("x\n25/18 **Chairs Announcement**\n", "25/18");
	finds("#### 65/17 Apologies", "65/17");
	finds("PC45/19 Planning Applications", "PC45/19");
	finds("APOLOGIES\nPLA146/14\nApologies were received", "PLA146/14");
	finds("Cou/286/07-08 Apologies for Absence", "Cou/286/07-08");
	finds("338.1/19 The Minutes were APPROVED", "338.1/19");
	finds("71/17 'RISE' AGENDA - QUARTER 1", "71/17");
	finds("72/17 \"Our Place\" programme", "72/17");
	finds("73/17 (Exempt) Contract award", "73/17");
	finds("1/4 'of the' budget", "");
	/* a paragraph's letter after the year; a minute book's page mark in the margin */
	finds("Minute 64/17c should read: fees.", "64/17");
	finds("Minute 64/17cd is not one", "");
	finds("                                   187/23\n\nMinutes of the meeting", "");
	finds("  65/17 WILLENHALL ACADEMY\n\nText", "65/17");
	finds("PC54/19 19/00412/FUL Land at Station Road", "PC54/19");
	finds("12/19 3rd Quarter Report", "12/19");
	finds("1/2 2 cups of flour", "");
	finds("1/2 2", "");

	/* typography from word processors and web pages (UTF-8) */
	finds("Minute\xC2\xA0" "53/17 refers", "53/17");
	finds("65/17\xC2\xA0" "APOLOGIES", "65/17");
	finds("as in \xE2\x80\x9CMinute 53/17\xE2\x80\x9D above", "53/17");
	finds("Minute 53/17\xE2\x80\x99s recommendation", "53/17");
	finds("see Minute 53/17\xE2\x80\xA6", "53/17");
	finds("Minutes 53/17\xE2\x80\x94" "55/17", "53/17|55/17");
	finds("Minute 53/17 \xE2\x80\x93 55/17", "53/17|55/17");
	finds("Caf\xC3\xA9minute 5/17", "");
	/* runs of minutes, qualifiers, keyword forms */
	finds("Minutes 53/17-55/17 were noted", "53/17|55/17");
	finds("Minutes 53/17 - 55/17", "53/17|55/17");
	finds("minute 12/17-19 approved", "");
	finds("Minute No53/17 refers", "53/17");
	finds("Minute Ref12/17", "12/17");
	finds("No.12/19 Apologies", "");
	finds("Min.53/17 Minutes of the last meeting", "53/17");
	finds("Ref.12/17 Apologies", "");
	finds("Minutes: No. 53/17", "53/17");
	finds("Minute Item No. 5/17", "5/17");
	finds("Minutes (53/17) refer", "53/17");
	finds("Minute(s) 53/17", "53/17");
	finds("Mins. 53/17", "53/17");
	finds("\t65/17 TITLE", "65/17");

	/* not minute references */
	finds("feedback 6/2/17 Minister", "");
	finds("Information circulated 30/3/17", "");
	finds("held on 14/05/2014 at", "");
	finds("Work Programme 2017/18 and 2015/16", "");
	finds("minutes 2017/18 budget", "");
	finds("2017/18 Budget Outturn", "");
	finds("application 13/01573/FUL was", "");
	finds("Minute 13/01573/FUL", "");
	finds("20/501261/FULL and 16/P/0462/F and 14/506664", "");
	finds("minute 14/506664", "");
	finds("Telephone: (024) 7683 3237/3111", "");
	finds("at 10/30 pm", "");
	finds("1/2 of members\n1/20 of the budget", "");
	finds("\t15/16\tprotecting children", "");
	finds("15/16\n", "");
	finds("minute 75 below", "");
	finds("Minute 151:  Declarations of Interest.", "");
	finds("minute 53/17.5 and 53/17-2", "");
	finds("minutes of the meeting held on 20/6/17", "");
	finds("Last updated 07/04/17", "");
	finds("minute 12/17x", "");
	finds("", "");
	finds("minute", "");
	finds("minute 5", "");
	finds("minute 5/", "");
	finds("\n\n\n", "");
}

/* The scanner never reads past the end: run it on every prefix of a text. */
static void
test_scanner_prefixes(void)
{
	const char *doc = "Minutes 53/17 and 55/17\n65/17 TITLE\nCou/285/07-08 X";
	size_t		len = strlen(doc);
	size_t		k;
	int			ok = 1;

	for (k = 0; k <= len; k++)
	{
		char	   *copy = malloc(k ? k : 1);
		mref_scanner sc;
		mref_match	m;

		memcpy(copy, doc, k);
		mref_scan_init(&sc, copy, k);
		while (sc.pos < k)
			if (mref_scan_next(&sc, &m, k) && m.start + m.len > k)
				ok = 0;
		free(copy);
	}
	CHECK(ok, "matches stay inside every prefix of the text");
}

int
main(void)
{
	test_input_forms();
	test_errors();
	test_order();
	test_pack_checks();
	test_scanner();
	test_scanner_prefixes();
	printf("unit mref: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
