/*
 * libFuzzer harness for the committee-text tokenizer.
 * Properties checked, besides "no crash, no over-read" (ASan):
 *   - every token lies inside the input, is 1..TOK_MAX_LEN bytes long and
 *     has a named type;
 *   - tokens come in order and never overlap, and each call makes progress;
 *   - a value never exceeds TOK_VALUE_MAX of its token;
 *   - the same input gives the same tokens (a second scan agrees);
 *   - the scan ends with the whole input consumed.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../extension/core/tokenize.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_TOKENS 8192

static tok_token first[MAX_TOKENS];
static tok_break *brk;

static size_t
scan(const char *s, size_t size, tok_token *out, size_t max)
{
	tok_scanner sc;
	tok_token	t;
	size_t		n = 0;
	size_t		prev_end = 0;
	char		value[TOK_VALUE_MAX(TOK_MAX_LEN)];

	tok_init(&sc, s, size, brk);
	while (tok_next(&sc, &t))
	{
		if (t.len == 0 || t.len > TOK_MAX_LEN || t.start < prev_end || t.start + t.len > size ||
			tok_type_name(t.type) == NULL || t.type == TOK_BLANK)
			abort();
		if (sc.pos != t.start + t.len)
			abort();			/* the scanner resumes right after the token */
		if (tok_value(t.type, s + t.start, t.len, value, sizeof(value)) > TOK_VALUE_MAX(t.len))
			abort();
		prev_end = t.start + t.len;
		if (n < max)
			out[n] = t;
		n++;
	}
	if (sc.pos != size)
		abort();
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	size_t		n1,
				n2,
				i;
	tok_token	again[64];

	if (brk == NULL)
		brk = tok_break_open();	/* one per process, like a backend */
	n1 = scan(s, size, first, MAX_TOKENS);
	n2 = scan(s, size, again, 64);
	if (n1 != n2)
		abort();
	for (i = 0; i < n1 && i < 64 && i < MAX_TOKENS; i++)
		if (first[i].start != again[i].start || first[i].len != again[i].len ||
			first[i].type != again[i].type)
			abort();
	return 0;
}
