/*
 * textnorm.c - NFKC through ICU: ligatures, full-width forms and the other
 * compatibility characters that PDF extraction leaves become plain text.
 *
 * ICU's normaliser instance is owned by ICU and shared; everything this file
 * allocates is palloc'd, so an error or a cancel frees it with the context.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "textnorm.h"
#include "../core/segment.h"

/*
 * The characters of the Basic Multilingual Plane that NFKC leaves as they are
 * whatever stands beside them: quick check YES and combining class 0 (a text
 * of such characters alone is normalised, as ICU's own quick check reads it).
 * Asked of ICU one block of 64 code points at a time, the first time a text
 * holds one of the block: minutes use a few blocks (Latin-1, general
 * punctuation, currency), and the other texts take ICU's full path.
 */
#define NFKC_BMP_BLOCKS (0x10000 / 64)

static uint64 nfkc_stable[NFKC_BMP_BLOCKS];
static uint8 nfkc_block_known[NFKC_BMP_BLOCKS];

static bool
nfkc_stable_char(const UNormalizer2 *nfkc, uint32 c)
{
	uint32		block = c >> 6;

	if (!nfkc_block_known[block])
	{
		uint64		bits = 0;

		for (uint32 k = 0; k < 64; k++)
		{
			uint32		cp = block * 64 + k;
			UChar		u = (UChar) cp;
			UErrorCode	status = U_ZERO_ERROR;

			if (cp >= 0xD800 && cp <= 0xDFFF)
				continue;		/* a surrogate is no character */
			if (unorm2_getCombiningClass(nfkc, (UChar32) cp) == 0 &&
				unorm2_quickCheck(nfkc, &u, 1, &status) == UNORM_YES && U_SUCCESS(status))
				bits |= UINT64CONST(1) << k;
		}
		nfkc_stable[block] = bits;
		nfkc_block_known[block] = 1;
	}
	return (nfkc_stable[block] >> (c & 63)) & 1;
}

/*
 * Is s[0..len), valid UTF-8, already NFKC by its characters alone?  False
 * also for anything this does not read (four-byte sequences): ICU decides.
 */
static bool
nfkc_quick_yes(const UNormalizer2 *nfkc, const unsigned char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		uint32		c;

		if (s[i] < 0x80)
		{
			uint64		word;

			/* most text is ASCII: eight bytes a step */
			while (i + 8 <= len && (memcpy(&word, s + i, 8), (word & UINT64CONST(0x8080808080808080)) == 0))
				i += 8;
			if (i < len && s[i] < 0x80)
				i++;
			continue;
		}
		if ((s[i] & 0xE0) == 0xC0 && i + 1 < len)
		{
			c = ((uint32) (s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
			i += 2;
		}
		else if ((s[i] & 0xF0) == 0xE0 && i + 2 < len)
		{
			c = ((uint32) (s[i] & 0x0F) << 12) | ((uint32) (s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
			i += 3;
		}
		else
			return false;
		if (!nfkc_stable_char(nfkc, c))
			return false;
	}
	return true;
}

/*
 * A long text is normalised a piece at a time, each ending before an ASCII
 * byte (no character composes with an ASCII character after it, so the
 * pieces normalise as the whole would), with a cancel check between: ICU
 * takes some 100 ms for 20 MB and cannot be interrupted.
 */
#define NFKC_PIECE (1024 * 1024)

static text *normalized_piece(const UNormalizer2 *nfkc, const char *s, size_t len);

text *
normalized_text(const char *s, size_t len)
{
	UErrorCode	status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc;
	text	  **pieces;
	size_t		npieces = 0;
	size_t		total = 0;
	text	   *result;
	char	   *out;

	if (len == 0 || GetDatabaseEncoding() != PG_UTF8)
		return cstring_to_text_with_len(s, (int) len);
	nfkc = unorm2_getNFKCInstance(&status);
	if (U_FAILURE(status))
		elog(ERROR, "ICU NFKC normaliser unavailable: %s", u_errorName(status));
	if (len <= NFKC_PIECE)
		return normalized_piece(nfkc, s, len);

	pieces = palloc(sizeof(text *) * (len / NFKC_PIECE + 1));
	for (size_t from = 0; from < len;)
	{
		size_t		to = from + NFKC_PIECE < len ? from + NFKC_PIECE : len;

		while (to < len && (unsigned char) s[to] >= 0x80)
			to++;
		CHECK_FOR_INTERRUPTS();
		pieces[npieces] = normalized_piece(nfkc, s + from, to - from);
		total += VARSIZE_ANY_EXHDR(pieces[npieces]);
		npieces++;
		from = to;
	}
	if (total + VARHDRSZ + 1 > MaxAllocSize)
		ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						errmsg("normalised text is too long")));
	result = (text *) palloc(VARHDRSZ + total + 1);
	out = VARDATA(result);
	for (size_t i = 0; i < npieces; i++)
	{
		memcpy(out, VARDATA_ANY(pieces[i]), VARSIZE_ANY_EXHDR(pieces[i]));
		out += VARSIZE_ANY_EXHDR(pieces[i]);
		pfree(pieces[i]);
	}
	SET_VARSIZE(result, VARHDRSZ + total);
	pfree(pieces);
	return result;
}

static text *
normalized_piece(const UNormalizer2 *nfkc, const char *s, size_t len)
{
	UErrorCode	status = U_ZERO_ERROR;
	UChar	   *wide;
	UChar	   *norm;
	int32_t		wlen;
	int32_t		nlen;
	int32_t		olen;
	text	   *result;

	if (nfkc_quick_yes(nfkc, (const unsigned char *) s, len))
		return cstring_to_text_with_len(s, (int) len);

	wide = MemoryContextAllocHuge(CurrentMemoryContext, sizeof(UChar) * (len + 1));
	u_strFromUTF8(wide, (int32_t) len + 1, &wlen, s, (int32_t) len, &status);
	if (U_FAILURE(status))
		elog(ERROR, "ICU conversion from UTF-8 failed: %s", u_errorName(status));
	if (unorm2_isNormalized(nfkc, wide, wlen, &status) && U_SUCCESS(status))
	{
		pfree(wide);
		return cstring_to_text_with_len(s, (int) len);
	}
	status = U_ZERO_ERROR;
	nlen = unorm2_normalize(nfkc, wide, wlen, NULL, 0, &status);
	if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
		elog(ERROR, "ICU NFKC normalisation failed: %s", u_errorName(status));
	status = U_ZERO_ERROR;
	norm = MemoryContextAllocHuge(CurrentMemoryContext, sizeof(UChar) * ((size_t) nlen + 1));
	unorm2_normalize(nfkc, wide, wlen, norm, nlen + 1, &status);
	if (U_FAILURE(status))
		elog(ERROR, "ICU NFKC normalisation failed: %s", u_errorName(status));
	pfree(wide);
	status = U_ZERO_ERROR;
	u_strToUTF8(NULL, 0, &olen, norm, nlen, &status);
	if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
		elog(ERROR, "ICU conversion to UTF-8 failed: %s", u_errorName(status));
	if ((Size) olen + VARHDRSZ + 1 > MaxAllocSize)
		ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						errmsg("normalised text is too long")));
	result = (text *) palloc(VARHDRSZ + olen + 1);
	status = U_ZERO_ERROR;
	u_strToUTF8(VARDATA(result), olen + 1, NULL, norm, nlen, &status);
	if (U_FAILURE(status))
		elog(ERROR, "ICU conversion to UTF-8 failed: %s", u_errorName(status));
	SET_VARSIZE(result, VARHDRSZ + olen);
	pfree(norm);
	return result;
}

text *
inline_text(const char *s, size_t len)
{
	char	   *buf = palloc(len + 1);
	size_t		n = seg_clean_inline(s, len, buf);
	text	   *t = normalized_text(buf, n);

	pfree(buf);
	return t;
}
