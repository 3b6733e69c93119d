/*
 * charpos.c - byte to character offsets, see charpos.h.
 */
#include "charpos.h"

#include "mb/pg_wchar.h"
#include "miscadmin.h"

void
char_cursor_init(CharCursor *cur, const char *doc)
{
	cur->doc = doc;
	cur->byte_pos = 0;
	cur->char_pos = 0;
	cur->encoding_max = pg_database_encoding_max_length();
	cur->utf8 = GetDatabaseEncoding() == PG_UTF8;
}

int64
char_cursor_offset(CharCursor *cur, size_t pos)
{
	if (cur->encoding_max == 1)
		return (int64) pos;
	if (pos < cur->byte_pos)
	{
		cur->byte_pos = 0;
		cur->char_pos = 0;
	}
	if (cur->utf8)
	{
		const unsigned char *p = (const unsigned char *) cur->doc + cur->byte_pos;
		const unsigned char *end = (const unsigned char *) cur->doc + pos;
		int64		n = end - p;

		/*
		 * Every byte that is not a continuation byte (10xxxxxx) starts a
		 * character.  Eight bytes at a time: items() and the other SRFs
		 * walk the whole document, and a byte at a time was a tenth of
		 * their time.  Each byte of `sum` counts continuation bytes, for at
		 * most 255 words before it is added up.
		 */
		while (end - p >= 8)
		{
			uint64		sum = 0;

			for (int w = 0; w < 255 && end - p >= 8; w++, p += 8)
			{
				uint64		x;

				memcpy(&x, p, sizeof(x));
				sum += ((x & ~(x << 1)) >> 7) & UINT64CONST(0x0101010101010101);
			}
			/* in 16-bit lanes: eight byte counts may add up past 255 */
			sum = (sum & UINT64CONST(0x00FF00FF00FF00FF)) + ((sum >> 8) & UINT64CONST(0x00FF00FF00FF00FF));
			n -= (int64) ((sum * UINT64CONST(0x0001000100010001)) >> 48);
		}
		while (p < end)
		{
			n -= (*p & 0xC0) == 0x80;
			p++;
		}
		cur->char_pos += n;
	}
	else
		cur->char_pos += pg_mbstrlen_with_len(cur->doc + cur->byte_pos,
											  (int) (pos - cur->byte_pos));
	cur->byte_pos = pos;
	return cur->char_pos;
}
