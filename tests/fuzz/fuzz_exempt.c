/*
 * libFuzzer harness for extension/core/exempt.c: any title and body give a
 * judgement that keeps exempt.h's promises (an all-false one when
 * exempt_may_apply() says no word applies, a basis for every exempt item, a
 * paragraph span inside the text that exempt_paragraph_format() prints
 * within EXEMPT_PARAGRAPH_MAX), the same in bytes as in UTF-8 when the text
 * is ASCII, and the same with or without a tick callback.
 *
 * The first byte is the title's length (at most the rest of the input); the
 * rest is the title, then the body, joined with the line break exempt_judge()
 * expects at text[title_len].
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../extension/core/exempt.h"

#define CHECK(c) do { if (!(c)) abort(); } while (0)

static void
count_tick(void *ctx)
{
	(*(size_t *) ctx)++;
}

static bool
all_false(const exempt_judgement *j)
{
	return !j->exempt && j->basis == EXEMPT_BASIS_NONE && !j->has_paragraph &&
		j->paragraph_start == 0 && j->paragraph_end == 0 &&
		!j->excludes_following && !j->readmits && !j->readmits_first;
}

static bool
same(const exempt_judgement *a, const exempt_judgement *b)
{
	return a->exempt == b->exempt && a->basis == b->basis && a->has_paragraph == b->has_paragraph &&
		a->paragraph_start == b->paragraph_start && a->paragraph_end == b->paragraph_end &&
		a->excludes_following == b->excludes_following && a->readmits == b->readmits &&
		a->readmits_first == b->readmits_first;
}

/* exempt_paragraph_format() of text[start..end) into exactly the bytes it may write. */
static size_t
check_format(const char *text, size_t start, size_t end)
{
	size_t		cap = EXEMPT_PARAGRAPH_MAX(end - start);
	char	   *out = malloc(cap);
	size_t		n;

	CHECK(out != NULL);
	n = exempt_paragraph_format(text, start, end, out);
	CHECK(n < cap && out[n] == '\0' && strlen(out) == n);
	/* numbers joined by ", ": it starts with a digit and ends with no separator */
	CHECK(n == 0 || (out[0] >= '0' && out[0] <= '9' && out[n - 1] != ' ' && out[n - 1] != ','));
	free(out);
	return n;
}

static void
check_judgement(const exempt_judgement *j, bool may, const char *text, size_t len)
{
	const char *name = exempt_basis_name(j->basis);

	if (!may)
		CHECK(all_false(j));
	CHECK((name == NULL) == (j->basis == EXEMPT_BASIS_NONE));
	CHECK(!j->exempt || j->basis != EXEMPT_BASIS_NONE);
	/* an item that takes the following items into private was heard in public */
	CHECK(!(j->exempt && j->excludes_following));
	/* a basis with no exemption only as the citation such an item keeps */
	CHECK(j->basis == EXEMPT_BASIS_NONE || j->exempt || j->excludes_following);
	CHECK(!j->readmits_first || j->readmits);
	if (j->has_paragraph)
	{
		CHECK(j->basis == EXEMPT_BASIS_SCHEDULE_12A || j->basis == EXEMPT_BASIS_SCHEDULE_7A);
		CHECK(j->paragraph_start < j->paragraph_end && j->paragraph_end <= len);
		CHECK(text[j->paragraph_start] >= '0' && text[j->paragraph_start] <= '9');
		CHECK(check_format(text, j->paragraph_start, j->paragraph_end) > 0);
	}
	else
		CHECK(j->paragraph_start == 0 && j->paragraph_end == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *rest = size ? data + 1 : data;
	size_t		n = size ? size - 1 : 0;
	size_t		tl = size && data[0] < n ? data[0] : n;
	size_t		bl = n - tl;
	size_t		len = tl + 1 + bl;
	/* exact-size copies, so ASan catches any read past the title, the body or the text */
	char	   *title = malloc(tl ? tl : 1);
	char	   *body = malloc(bl ? bl : 1);
	char	   *text = malloc(len);
	bool		ascii = true;
	bool		may;
	size_t		ticks = 0;
	exempt_judgement u;
	exempt_judgement b;
	exempt_judgement quiet;

	CHECK(title != NULL && body != NULL && text != NULL);
	memcpy(title, rest, tl);
	memcpy(body, rest + tl, bl);
	memcpy(text, title, tl);
	text[tl] = '\n';
	memcpy(text + tl + 1, body, bl);
	for (size_t i = 0; i < n; i++)
		ascii = ascii && rest[i] < 0x80;

	may = exempt_may_apply(title, tl, body, bl);
	exempt_judge(text, len, tl, true, &u, count_tick, &ticks);
	check_judgement(&u, may, text, len);
	exempt_judge(text, len, tl, false, &b, count_tick, &ticks);
	check_judgement(&b, may, text, len);
	/* gaps count characters or bytes: the two differ only where a character takes several bytes */
	if (ascii)
		CHECK(same(&u, &b));
	exempt_judge(text, len, tl, true, &quiet, NULL, NULL);
	CHECK(same(&u, &quiet));

	/* the title alone, with no line break after it (title_len == len) */
	exempt_judge(title, tl, tl, true, &quiet, NULL, NULL);
	check_judgement(&quiet, exempt_may_apply(title, tl, "", 0), title, tl);

	/* any span, not only one the judgement found, stays within the bound */
	check_format(text, tl + 1, len);

	free(text);
	free(body);
	free(title);
	return 0;
}
