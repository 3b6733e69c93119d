/*
 * extract.h - the text of a published minutes document, whatever form it
 * came in: PDF (poppler), HTML (libxml2's HTML parser), plain text in UTF-8,
 * UTF-16 or Windows-1252.  The format is judged by the content, never by
 * the file's name; a Word document (.docx) is read too.  The text is UTF-8 with '\n' line ends, and a PDF's pages
 * are separated by form feeds so that scrutiny.clean() knows the pages.
 */
#ifndef SCRUTINY_LOAD_EXTRACT_H
#define SCRUTINY_LOAD_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

typedef enum doc_format
{
	DOC_TEXT,
	DOC_PDF,
	DOC_HTML,
	DOC_DOCX,					/* a ZIP archive; a Word document when it holds word/document.xml */
	DOC_BINARY					/* none of the above: refused */
} doc_format;

extern doc_format extract_sniff(const unsigned char *data, size_t len);
extern const char *extract_format_name(doc_format f);

/*
 * Writes the document's text to out (which the caller initialised).  False
 * when there is no text to be had, with the reason in why: an encrypted or
 * broken PDF, a PDF of scanned images, binary content.  *pages is the number
 * of pages of a PDF, 0 for the other formats.
 */
extern bool extract_text(const unsigned char *data, size_t len, doc_format f,
						 buf *out, int *pages, buf *why);

/* The same steps one by one, for the tests. */
extern bool extract_plain(const unsigned char *data, size_t len, buf *out, buf *why);
extern bool extract_html(const unsigned char *data, size_t len, buf *out, buf *why);
extern bool extract_docx(const unsigned char *data, size_t len, buf *out, buf *why);
extern bool extract_pdf(const unsigned char *data, size_t len, buf *out, int *pages, buf *why);

#endif							/* SCRUTINY_LOAD_EXTRACT_H */
