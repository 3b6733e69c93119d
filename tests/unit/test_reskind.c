/*
 * Unit tests of extension/core/reskind.c: a resolution's kind is read from
 * the verb that decides it (invented wording in the forms councils use),
 * and the reader stays in bounds and bounded on any input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../extension/core/reskind.h"
#include "../../extension/core/resolve.h"

static int	passed = 0;
static int	failed = 0;

static void
check(int (*reader) (const char *, size_t), const char *name, const char *text, int want)
{
	int			got = reader(text, strlen(text));

	if (got == want)
		passed++;
	else
	{
		failed++;
		printf("FAIL %s: \"%s\": got %d, want %d\n", name, text, got, want);
	}
}

#define expect(text, want) check(reskind_by_verb, "verb", text, want)
#define expect_words(text, want) check(reskind_by_words, "words", text, want)

int
main(void)
{
	/* the participle after "be" */
	expect("That the report be noted.", RES_NOTED);
	expect("That the awards recommended by the Grants Panel be approved", RES_APPROVED);
	expect("That the recommendations of the Board (Minute 12/23 refers) be adopted", RES_APPROVED);
	expect("That the minutes of the Sub-Committee held on 2 May be received", RES_NOTED);
	expect("That the application be REFUSED for the following reasons", RES_OTHER);
	expect("That consideration be deferred to allow a site visit", RES_DEFERRED);
	expect("That the press and public be excluded from the meeting", RES_OTHER);
	expect("That a council tax of £1,234.56 for Band D be set for 2024/25", RES_OTHER);
	/* a verb the table does not know is still the main verb */
	expect("That anonymised responses be shared with the Panel", RESKIND_UNKNOWN);
	expect("That no further action be taken", RESKIND_UNKNOWN);
	/* "to be held": a clause inside the sentence, not its verb */
	expect("That the Board review the scheme at its meeting to be held on 3 May", RESKIND_NONE);
	/* the verb after "to" */
	expect("To note the bank reconciliation", RES_NOTED);
	expect("(ii) to approve the payments listed", RES_APPROVED);
	expect("To consider the purchase of a bench", RESKIND_UNKNOWN);
	expect("to defer the matter to the next meeting", RES_DEFERRED);
	/* the body's verb; a verb qualifying a noun waits for the main one */
	expect("Cabinet approved the award of the contract", RES_APPROVED);
	expect("Cabinet agreed in principle to the sale, subject to a further report", RES_AGREED);
	expect("That this Council notes with concern the loss of the bus service", RES_NOTED);
	expect("That this Council supports the 20mph limit", RES_AGREED);
	/* nouns and names are not verbs */
	expect("That a briefing note on grass cutting be circulated", RESKIND_UNKNOWN);
	expect("That the Community Grants Panel meet in June", RESKIND_NONE);
	expect("an uplift of 6.8% to care fee rates", RESKIND_NONE);
	/* chains and light verbs */
	expect("Apologies were received and accepted from Cllr Moss", RES_AGREED);
	expect("That the draft minutes be taken as read and adopted", RES_APPROVED);
	expect("The correspondence was taken as read", RES_NOTED);
	expect("That the approval of the Council be and is hereby given to the visit", RES_APPROVED);
	expect("That the report be noted and a further report be considered next year", RES_REQUESTED);
	expect("That the panel receive a briefing on bus services", RES_REQUESTED);
	expect("That the panel receive the report", RES_NOTED);
	/* the minutes' record and payments are approved whatever the verb */
	expect("The minutes were agreed as a true record", RES_APPROVED);
	expect("Accounts were presented and accepted for payment", RES_APPROVED);
	/* asking: for something to come back, or someone to act (the wording around it decides) */
	expect("That the Trust be asked to provide a further update", RES_REQUESTED);
	expect("That the Leader be asked to write to the operator", RESKIND_UNKNOWN);
	expect("That the quotation for the village sign be accepted", RES_AGREED);
	/* a clause of time or condition holds no decision's verb */
	expect("that when the survey is received it be circulated to members", RESKIND_UNKNOWN);
	expect("that once a new Chair has been appointed they attend the Panel", RESKIND_NONE);
	expect("That the Board request that the systems be aligned", RES_REQUESTED);
	/* a person told to act */
	expect("That officers provide figures on prosecutions", RES_REQUESTED);
	expect("That the Clerk obtain two quotations", RESKIND_UNKNOWN);
	/* a motion names its decision */
	expect("Cllr Reed proposed acceptance of the minutes, seconded by Cllr Hale", RES_APPROVED);
	expect("Cllr Reed proposed acceptance of the tender, seconded by Cllr Hale", RES_AGREED);
	expect("Cllr Ash proposed approval of the policy", RES_APPROVED);
	expect("That HR contact the contractor", RESKIND_UNKNOWN);

	/* the words-anywhere fallback */
	expect_words("That anonymised responses be shared with the Panel", RES_REQUESTED);
	expect_words("That no further action be taken", RESKIND_NONE);
	expect_words("Recommend REFUSAL", RES_RECOMMENDED);

	/* any input: empty, no letters, an unclosed bracket, long words, bytes >= 0x80 */
	expect("", RESKIND_NONE);
	expect("12/23 -- 4.5 ()()", RESKIND_NONE);
	expect("That (the matter of the hall be noted", RESKIND_NONE);
	expect("That the Supercalifragilisticexpialidociousness be noted", RES_NOTED);
	expect("Penderfynwyd cymeradwyo\xE2\x80\x99r cais \xC3\xA2", RESKIND_NONE);
	{
		/* a long wording is read only to its first words: the result is the same */
		size_t		n = 1 << 20;
		char	   *big = malloc(n + 64);
		int			got;

		strcpy(big, "That the report be noted ");
		for (size_t i = strlen(big); i < n; i++)
			big[i] = (i % 7 == 0) ? ' ' : 'x';
		big[n] = '\0';
		got = reskind_by_verb(big, n);
		if (got == RES_NOTED)
			passed++;
		else
		{
			failed++;
			printf("FAIL: long wording: got %d\n", got);
		}
		/* every length of a prefix stays in bounds (ASan checks the reads) */
		for (size_t l = 0; l < 200; l++)
			(void) reskind_of(big, l);
		free(big);
	}

	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
