/*
 * libFuzzer harness for the minute-reference parser and citation scanner.
 * Properties checked, besides "no crash, no over-read" (ASan):
 *   - a parsed value prints canonically and parses back to itself;
 *   - any 8 bytes accepted by mref_is_valid round-trip through text;
 *   - every citation lies inside the input and its label parses to its value.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../extension/core/mref.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_round_trip(mref v)
{
	char		buf[MREF_TEXT_MAX];
	size_t		n = mref_format(v, buf);
	mref		again;
	mref_error	err;
	size_t		pos;

	if (n >= MREF_TEXT_MAX || !mref_parse(buf, n, &again, &err, &pos) || again != v)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	mref		v;
	mref_error	err;
	size_t		pos;
	mref_scanner sc;
	mref_match	m;

	if (mref_parse(s, size, &v, &err, &pos))
		check_round_trip(v);
	else if (pos > size)
		abort();

	if (size >= 8)
	{
		memcpy(&v, data, 8);
		if (mref_is_valid(v))
			check_round_trip(v);
	}

	mref_scan_init(&sc, s, size);
	while (sc.pos < size)
	{
		size_t		before = sc.pos;

		if (mref_scan_next(&sc, &m, sc.pos + 64))
		{
			mref		label_value;

			if (m.start + m.len > size || m.len == 0)
				abort();
			if (!mref_parse(s + m.start, m.len, &label_value, &err, &pos) ||
				label_value != m.value)
				abort();
		}
		else if (sc.pos <= before && sc.pos < size)
			abort();			/* no progress: the caller would loop forever */
	}
	return 0;
}
