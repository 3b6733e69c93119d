/*
 * textnorm.c - NFKC through ICU: ligatures, full-width forms and the other
 * compatibility characters that PDF extraction leaves become plain text.
 *
 * ICU's normaliser instance is owned by ICU and shared; everything this file
 * allocates is palloc'd, so an error or a cancel frees it with the context.
 */
#include "postgres.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "textnorm.h"
#include "../core/segment.h"

static bool
all_ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char) s[i] >= 0x80)
			return false;
	return true;
}

text *
normalized_text(const char *s, size_t len)
{
	UErrorCode	status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc;
	UChar	   *wide;
	UChar	   *norm;
	int32_t		wlen;
	int32_t		nlen;
	int32_t		olen;
	text	   *result;

	if (len == 0 || all_ascii(s, len) || GetDatabaseEncoding() != PG_UTF8)
		return cstring_to_text_with_len(s, (int) len);
	nfkc = unorm2_getNFKCInstance(&status);
	if (U_FAILURE(status))
		elog(ERROR, "ICU NFKC normaliser unavailable: %s", u_errorName(status));

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
