/*
 * Unit tests of extension/core/textutil.c: tu_find_ci() finds what a
 * plain search finds, and in time linear in the text on the inputs that
 * made the old search quadratic (a run of the needle's first letter).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../extension/core/textutil.h"

static int	passed = 0;
static int	failed = 0;

#define CHECK(cond, what) \
	do { if (cond) passed++; else { failed++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, what); } } while (0)

/* The definition: the first i where w matches s[i..] folded. */
static size_t
find_plain(const char *s, size_t len, const char *w)
{
	size_t		n = strlen(w);

	if (n == 0)
		return len;
	for (size_t i = 0; i + n <= len; i++)
		if (tu_starts_ci(s + i, len - i, w))
			return i;
	return len;
}

/* A small deterministic generator, so failures repeat. */
static unsigned long rng = 12345;

static unsigned
next_rand(void)
{
	rng = rng * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned) (rng >> 33);
}

static double
cpu_seconds(void)
{
	return (double) clock() / CLOCKS_PER_SEC;
}

int
main(void)
{
	char		buf[64];

	CHECK(tu_find_ci("Minutes of the Board", 20, "minutes of") == 0, "at the start");
	CHECK(tu_find_ci("The MINUTES OF the Board", 24, "minutes of") == 4, "upper case in the text");
	CHECK(tu_find_ci("abc", 3, "abcd") == 3, "needle longer than the text");
	CHECK(tu_find_ci("abc", 3, "") == 3, "empty needle");
	CHECK(tu_find_ci("", 0, "a") == 0, "empty text");
	CHECK(tu_find_ci("aaab", 4, "aab") == 1, "a partial match that restarts");
	CHECK(tu_find_ci("abababac", 8, "ababac") == 2, "a border of the needle");
	CHECK(tu_find_ci("PERCENT", 7, "percent") == 0, "whole text");
	CHECK(tu_find_ci("per cent", 7, "per cent") == 7, "the length bounds the search");
	CHECK(tu_find_ci("aXb", 3, "Xb") == 3, "an upper-case needle never matches");
	CHECK(tu_find_ci("12 per\ncent", 11, "per cent") == 11, "a line break is not a space");

	/* against the definition, on texts and needles of few letters (many near misses) */
	{
		const char	letters[] = "aAbBp P";
		int			bad = 0;

		for (int round = 0; round < 20000; round++)
		{
			char		text[40];
			char		needle[8];
			size_t		tl = next_rand() % sizeof(text);
			size_t		nl = next_rand() % sizeof(needle);

			for (size_t i = 0; i < tl; i++)
				text[i] = letters[next_rand() % (sizeof(letters) - 1)];
			for (size_t i = 0; i < nl; i++)
				needle[i] = (char) tu_fold((unsigned char) letters[next_rand() % (sizeof(letters) - 1)]);
			needle[nl] = '\0';
			if (tu_find_ci(text, tl, needle) != find_plain(text, tl, needle))
				bad++;
		}
		CHECK(bad == 0, "agrees with a plain search");
	}

	/* a needle longer than TU_FIND_MAX takes the slower road to the same answer */
	{
		char		longw[TU_FIND_MAX + 11];
		char		text[3 * TU_FIND_MAX];

		memset(longw, 'a', sizeof(longw) - 2);
		longw[sizeof(longw) - 2] = 'b';
		longw[sizeof(longw) - 1] = '\0';
		memset(text, 'A', sizeof(text));
		text[sizeof(text) - 1] = 'B';
		CHECK(tu_find_ci(text, sizeof(text), longw) == sizeof(text) - strlen(longw), "long needle");
		text[sizeof(text) - 1] = 'A';
		CHECK(tu_find_ci(text, sizeof(text), longw) == sizeof(text), "long needle absent");
	}

	/*
	 * 1 MB of one letter: the old search took minutes ("percent" in
	 * "PPPP..."); a linear one takes milliseconds, and well under the bound
	 * under valgrind too.
	 */
	{
		size_t		n = 1024 * 1024;
		char	   *big = malloc(n);
		double		t0;
		size_t		at;

		if (big == NULL)
			return 1;
		memset(big, 'P', n);
		t0 = cpu_seconds();
		at = tu_find_ci(big, n, "percent");
		at += tu_find_ci(big, n, "per cent");
		at += tu_find_ci(big, n, "pppppppq");
		memset(big, 'N', n);
		at += tu_find_ci(big, n, "not carried");
		at += tu_find_ci(big, n, "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnx");
		CHECK(at == 5 * n, "nothing found in a run of one letter");
		big[n - 1] = 'x';
		CHECK(tu_find_ci(big, n, "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnx") == n - 30, "found at the end of a run");
		CHECK(cpu_seconds() - t0 < 10.0, "a run of one letter is searched in linear time");
		free(big);
	}

	snprintf(buf, sizeof(buf), "Page 3 of 4");
	CHECK(tu_find_ci(buf, strlen(buf), "of") == 7, "short text");

	{
		/* a word set: openings with lengths, whole words, one row telling two vocabularies */
		static const char *const verbs[] = {"agreed", "noted", NULL};
		static const char *const more[] = {"noted", "deferred", NULL};
		tu_wordset_row rows[8];
		tu_wordset	ws;

		tu_wordset_init(&ws, rows, 8);
		tu_wordset_add(&ws, "propos", 6, SIZE_MAX, 0x1);
		tu_wordset_add(&ws, "nominat", 9, 12, 0x2);
		tu_wordset_add_list(&ws, verbs, 0x4);
		tu_wordset_add_list(&ws, more, 0x8);
		CHECK(ws.nrows == 5, "a word in two lists is one row");
		CHECK(tu_wordset_tells(&ws, "Proposed", 8) == 0x1 && tu_wordset_tells(&ws, "PROPOS", 6) == 0x1,
			  "an opening takes its own length and longer, in any case");
		CHECK(tu_wordset_tells(&ws, "propo", 5) == 0 && tu_wordset_tells(&ws, "propel", 6) == 0,
			  "a shorter word or another at the length asked is not the opening");
		CHECK(tu_wordset_tells(&ws, "nominate", 8) == 0 && tu_wordset_tells(&ws, "nominated", 9) == 0x2 &&
			  tu_wordset_tells(&ws, "nominations", 11) == 0x2 && tu_wordset_tells(&ws, "nominationsxx", 13) == 0,
			  "an opening's lengths bound it both ways");
		CHECK(tu_wordset_tells(&ws, "Noted", 5) == (0x4 | 0x8) && tu_wordset_tells(&ws, "agreed", 6) == 0x4 &&
			  tu_wordset_tells(&ws, "agree", 5) == 0 && tu_wordset_tells(&ws, "agreedx", 7) == 0,
			  "a whole word is its own length only");
		CHECK(tu_wordset_tells(&ws, "proposalsandamendmentsandmoreandmore", 36) == 0x1,
			  "an opening with no longest length takes a word of 31 letters and more");
		CHECK(tu_wordset_tells(&ws, "a", 1) == 0 && tu_wordset_tells(&ws, "n", 1) == 0, "one letter is no form");
		CHECK(tu_letter_place['A'] == 0 && tu_letter_place['z'] == 25 && tu_letter_place['@'] == 26 &&
			  tu_letter_place['['] == 26 && tu_letter_place['`'] == 26 && tu_letter_place['{'] == 26 &&
			  tu_letter_place[0xC3] == 26, "a byte's place in the alphabet");
	}

	{
		/* the full stop at the end of each text */
		static const struct
		{
			const char *text;
			bool		abbreviation;
		}			stops[] = {
			{"proposed by Cllr.", true}, {"as noted in para.", true}, {"trees, shrubs etc.", false}, {"Ash and Co.", false}, {"gan Gyng.", true}, {"gan Cyng. D.", true},
			{"e.g.", true}, {"by Cllr. D.", true}, {"by Cllr D.", true}, {"Mrs A. B.", true},
			{"Mrs A.", true}, {"see Appendix A.", false}, {"the minutes were noted.", false},
			{"Plan B.", false}, {".", false}, {"A.", false}, {"Shropshire Cllr.", true},
			{"a reconsideration.", false}, {"Councillor K.", true}
		};

		for (size_t i = 0; i < sizeof(stops) / sizeof(stops[0]); i++)
		{
			size_t		dot = strlen(stops[i].text) - 1;

			CHECK(tu_abbreviation_stop(stops[i].text, 0, dot) == stops[i].abbreviation, stops[i].text);
		}
		CHECK(!tu_abbreviation_stop("Cllr. D.", 6, 7), "no look back before from");
	}

	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
