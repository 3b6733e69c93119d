/*
 * libFuzzer harness for the loader's text extraction from untrusted files:
 * HTML pages (libxml2's tree walked by extract.c), Word documents, text in any encoding,
 * and the council guess.  PDF input is left to poppler's own fuzzing: the
 * harness skips what sniffs as PDF.  Properties, besides "no crash, no
 * over-read, no leak" (ASan, LeakSanitizer):
 *   - the text is valid UTF-8, holds no NUL and no carriage return;
 *   - a guessed council is a non-empty name that ends in "Council".
 */
#include <glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../loader/extract.h"
#include "../../loader/guess.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	doc_format	f = extract_sniff(data, size);
	buf			out;
	buf			why;
	int			pages = 0;

	if (f == DOC_PDF)
		return 0;
	buf_init(&out);
	buf_init(&why);
	if (!extract_text(data, size, f, &out, &pages, &why))
	{
		if (why.len == 0)
			abort();			/* a failure always says why */
	}
	else if (out.data != NULL)
	{
		char	   *council;

		if (!g_utf8_validate(out.data, (gssize) out.len, NULL) ||
			memchr(out.data, '\0', out.len) != NULL || memchr(out.data, '\r', out.len) != NULL)
			abort();
		council = guess_council(out.data, out.len);
		if (council != NULL &&
			(strlen(council) < 8 || strcmp(council + strlen(council) - 7, "Council") != 0))
			abort();
		free(council);
	}
	buf_free(&out);
	buf_free(&why);
	return 0;
}
