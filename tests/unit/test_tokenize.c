/*
 * Unit tests of extension/core/tokenize.c, without a server: types, spans
 * and values on invented sentences in the forms of real minutes, and
 * invalid UTF-8 that must not be over-read.
 * Prints one line per failure and a closing "N passed, N failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uclean.h>

#include "../../extension/core/tokenize.h"

static int	passed;
static int	failed;
static tok_break *brk;

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

/*
 * The tokens of doc, as "type:token=value" joined by " | ", into out.
 */
static void
describe(const char *doc, size_t len, char *out, size_t cap)
{
	tok_scanner sc;
	tok_token	t;
	size_t		n = 0;

	out[0] = '\0';
	tok_init(&sc, doc, len, brk);
	while (tok_next(&sc, &t))
	{
		char		value[TOK_VALUE_MAX(TOK_MAX_LEN)];
		size_t		vlen = tok_value(t.type, doc + t.start, t.len, value, sizeof(value));
		int			k;

		if (vlen > sizeof(value))
			vlen = sizeof(value);
		k = snprintf(out + n, cap - n, "%s%s:%.*s=%.*s", n ? " | " : "",
					 tok_type_name(t.type), (int) t.len, doc + t.start, (int) vlen, value);
		if (k < 0 || (size_t) k >= cap - n)
			return;
		n += (size_t) k;
	}
}

/* doc must give exactly these tokens. */
static void
tokens(const char *doc, const char *want)
{
	char		got[8192];

	describe(doc, strlen(doc), got, sizeof(got));
	CHECK(strcmp(got, want) == 0, "'%s'\n   got  %s\n   want %s", doc, got, want);
}

/* The one token of doc has this type and value. */
static void
one(const char *doc, tok_type type, const char *value)
{
	char		want[1024];

	snprintf(want, sizeof(want), "%s:%s=%s", tok_type_name(type), doc, value);
	tokens(doc, want);
}

static void
test_types(void)
{
	one("65/17", TOK_MINUTE_REF, "65/17");
	one("PC45/19", TOK_MINUTE_REF, "PC45/19");
	one("53/2017", TOK_MINUTE_REF, "53/17");
	one("220.2.1/19", TOK_MINUTE_REF, "220.2.1/19");
	one("2017/18", TOK_YEAR_RANGE, "2017-2018");
	one("2015-2018", TOK_YEAR_RANGE, "2015-2018");
	one("1999/00", TOK_YEAR_RANGE, "1999-2000");
	one("27 March 2018", TOK_DATE, "2018-03-27");
	one("6th April 2017", TOK_DATE, "2017-04-06");
	one("27<sup>th</sup> April", TOK_DATE, "--04-27");
	one("24 August, 2015", TOK_DATE, "2015-08-24");
	one("30/3/17", TOK_DATE, "2017-03-30");
	one("14/05/2014", TOK_DATE, "2014-05-14");
	one("September 2017", TOK_DATE, "2017-09");
	one("6.00 pm", TOK_TIME, "18:00");
	one("7.54pm", TOK_TIME, "19:54");
	one("12.30 a.m.", TOK_TIME, "00:30");
	one("12 noon", TOK_TIME, "12:00");
	one("18:05", TOK_TIME, "18:05");
	one("£440,000", TOK_MONEY, "440000");
	one("£1.114m", TOK_MONEY, "1114000");
	one("£22k", TOK_MONEY, "22000");
	one("£0.5bn", TOK_MONEY, "500000000");
	one("£12.50", TOK_MONEY, "12.5");
	one("£2.4 million", TOK_MONEY, "2400000");
	one("53%", TOK_PERCENT, "53%");
	one("10.40%", TOK_PERCENT, "10.4%");
	one("1,114,000", TOK_NUMBER, "1114000");
	one("007", TOK_NUMBER, "7");
	one("3rd", TOK_ORDINAL, "3");
	one("21ST", TOK_ORDINAL, "21");
	one("paragraph 7.1", TOK_SECTION_REF, "paragraph 7.1");
	one("Section 5.2", TOK_SECTION_REF, "section 5.2");
	one("Appendix 1", TOK_SECTION_REF, "appendix 1");
	one("Pages 3", TOK_SECTION_REF, "page 3");
	one("LAC", TOK_ACRONYM, "LAC");
	one("CAF's", TOK_ACRONYM, "CAF");
	one("CAF\xe2\x80\x99s", TOK_ACRONYM, "CAF");
	one("DfE", TOK_ACRONYM, "DfE");
	one("SEND", TOK_ACRONYM, "SEND");
	one("SLAs", TOK_ACRONYM, "SLA");
	one("Ofsted", TOK_WORD, "ofsted");
	one("McAllister", TOK_WORD, "mcallister");
	one("Councillor T. Jukes", TOK_PERSON, "T. Jukes");
	one("Cllr Ruane", TOK_PERSON, "Ruane");
	one("Mr Moran", TOK_PERSON, "Moran");
	one("Rt.Hon. Jacqui Smith", TOK_PERSON, "Jacqui Smith");
	one("Ms. K. L. Marwood", TOK_PERSON, "K. L. Marwood");
	one("Councillor Siân O'Neill", TOK_PERSON, "Siân O'Neill");
	one("clerk@example.gov.uk", TOK_EMAIL, "clerk@example.gov.uk");
	one("J.Bloggs@Example.gov.uk", TOK_EMAIL, "j.bloggs@example.gov.uk");
	one("https://example.gov.uk/a?b=1", TOK_URL, "https://example.gov.uk/a?b=1");
	one("www.example.gov.uk", TOK_URL, "www.example.gov.uk");
	one("024 7683 3237", TOK_PHONE, "02476833237");
	one("0121 569 3896", TOK_PHONE, "01215693896");
	one("(024) 7683 3237", TOK_PHONE, "02476833237");
	one("07700900123", TOK_PHONE, "07700900123");
	one("Gŵyr", TOK_WORD, "gŵyr");
	one("ÆRØ", TOK_WORD, "ærø");
}

static void
test_sentences(void)
{
	tokens("Further to Minute 53/17, £1.114m (10.4%) was agreed on 27 March 2018.",
		   "word:Further=further | word:to=to | word:Minute=minute | minute_ref:53/17=53/17 | "
		   "money:£1.114m=1114000 | percent:10.4%=10.4% | word:was=was | word:agreed=agreed | "
		   "word:on=on | date:27 March 2018=2018-03-27");
	/* percentages in words, as formal minutes print them; "percentage" is a word */
	tokens("24.9 per cent, 5 Percent and 3 percentage points",
		   "percent:24.9 per cent=24.9% | percent:5 Percent=5% | word:and=and | number:3=3 | "
		   "word:percentage=percentage | word:points=points");
	/* headings in capitals are words; an acronym in prose is one */
	tokens("61/17 DECLARATIONS OF INTEREST\nThe LSCB met.",
		   "minute_ref:61/17=61/17 | word:DECLARATIONS=declarations | word:OF=of | "
		   "word:INTEREST=interest | word:The=the | acronym:LSCB=LSCB | word:met=met");
	/* a name stops at the next title and at a list of names */
	tokens("Councillor D. Heskey Councillor A. Wynne",
		   "person:Councillor D. Heskey=D. Heskey | person:Councillor A. Wynne=A. Wynne");
	tokens("Cllr Ostrander Mary Lyle",
		   "person:Cllr Ostrander=Ostrander | word:Mary=mary | word:Lyle=lyle");
	/* not dates, not minutes */
	tokens("13/01573/FUL 2017/2040 45/17/18",
		   "number:13=13 | number:01573=1573 | acronym:FUL=FUL | number:2017=2017 | "
		   "number:2040=2040 | number:45=45 | number:17=17 | number:18=18");
	tokens("£ alone £5abc", "word:alone=alone | word:5abc=5abc");
	tokens("", "");
	tokens(" .,;:-()[] ", "");
}

/* Spans: in order, non-overlapping, inside the text, and the right bytes. */
static void
test_spans(void)
{
	const char *doc = "Zoë’s report — £1.5m for Ysgol Gŵyr (Minute 12/20) at 7.54pm.";
	tok_scanner sc;
	tok_token	t;
	size_t		prev_end = 0;
	int			n = 0;
	bool		ok = true;

	tok_init(&sc, doc, strlen(doc), brk);
	while (tok_next(&sc, &t))
	{
		if (t.start < prev_end || t.len == 0 || t.start + t.len > strlen(doc) ||
			t.len > TOK_MAX_LEN)
			ok = false;
		prev_end = t.start + t.len;
		n++;
	}
	CHECK(ok && n == 10, "spans out of order or bounds (%d tokens)", n);

	/* long runs are cut at TOK_MAX_LEN, at a character boundary */
	{
		char		big[1200];
		size_t		i;

		for (i = 0; i + 2 <= 1000; i += 2)
		{
			big[i] = (char) 0xC3;
			big[i + 1] = (char) 0xA9;	/* é */
		}
		tok_init(&sc, big, 1000, brk);
		ok = true;
		n = 0;
		while (tok_next(&sc, &t))
		{
			if (t.len > TOK_MAX_LEN || ((unsigned char) big[t.start] & 0xC0) == 0x80)
				ok = false;
			n++;
		}
		CHECK(ok && n == 4, "a 1000-byte word is cut into 4 tokens at character boundaries (%d)", n);
	}
}

/*
 * Invalid UTF-8, truncated sequences at the very end: the scanner must not
 * read past the end (the buffers are exactly sized, so ASan and valgrind
 * report any over-read).
 */
static void
test_invalid_utf8(void)
{
	static const char *const cases[] = {
		"abc\xC3", "\xE2\x80", "\xC2", "word \xFF\xFE word", "Gw\xC5", "\xF0\x9F\x98",
		"\xA3" "5", "5\xE2", "caf\xE2\x80", "LAC\xE2\x80\x99", "\xC2\xA3", "\xC2\xA3" "1.5",
		"Cllr \xC5\xB5", "7.54p", "12/2", "\x80\x80\x80"
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		size_t		len = strlen(cases[i]);
		char	   *copy = malloc(len);
		tok_scanner sc;
		tok_token	t;
		bool		ok = true;

		memcpy(copy, cases[i], len);	/* no terminator after the text */
		tok_init(&sc, copy, len, brk);
		while (tok_next(&sc, &t))
		{
			char		value[TOK_VALUE_MAX(TOK_MAX_LEN)];

			if (t.start + t.len > len ||
				tok_value(t.type, copy + t.start, t.len, value, sizeof(value)) >
				TOK_VALUE_MAX(t.len))
				ok = false;
		}
		CHECK(ok && sc.pos == len, "invalid UTF-8 case %zu", i);
		free(copy);
	}
}

/* Without an ICU iterator a non-ASCII run is one word; values never overflow. */
static void
test_no_icu_and_values(void)
{
	const char *doc = "日本語のテキスト";
	tok_scanner sc;
	tok_token	t;
	char		small[4];
	size_t		n;

	tok_init(&sc, doc, strlen(doc), NULL);
	CHECK(tok_next(&sc, &t) && t.len == strlen(doc) && !tok_next(&sc, &t),
		  "without ICU a run of letters is one word");
	n = tok_value(TOK_MONEY, "£1,114,000", strlen("£1,114,000"), small, sizeof(small));
	CHECK(n == 7, "tok_value reports the full length (%zu) into a short buffer", n);
	CHECK(tok_type_from_name("money") == TOK_MONEY && tok_type_from_name("nope") == TOK_NONE,
		  "type names");
}

int
main(void)
{
	brk = tok_break_open();
	CHECK(brk != NULL, "ICU word break iterator");
	test_types();
	test_sentences();
	test_spans();
	test_invalid_utf8();
	test_no_icu_and_values();
	tok_break_close(brk);
	u_cleanup();				/* ICU's caches, so valgrind sees no leak */
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
