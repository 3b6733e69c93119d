/*
 * docmemo.h - one document's text and structure kept between calls.
 *
 * A query that asks several document functions about the same document
 * (meeting_info, attendance, declarations and items over one row, as an
 * ingest does) would otherwise detoast it and segment it once per call;
 * those two steps are most of what the later calls cost.  The memo keeps
 * the last document a backend was asked about, and its lines, parts and
 * items, until another document is asked for or the transaction ends.
 *
 * A value read from a table is recognised by its TOAST pointer without
 * being detoasted again; any other value by its bytes.  Documents larger
 * than DOC_MEMO_MAX_BYTES are not kept: every call works on its own copy;
 * nor is the structure of one with more than DOC_MEMO_MAX_LINES lines.
 */
#ifndef SCRUTINY_DOCMEMO_H
#define SCRUTINY_DOCMEMO_H

#include "compat.h"

#include "../core/segment.h"

#define DOC_MEMO_MAX_BYTES (8 * 1024 * 1024)
/* ... and whose structure is kept only up to this many lines (5 MB of line table) */
#define DOC_MEMO_MAX_LINES 262144

typedef struct doc_ref
{
	const char *s;
	size_t		len;
	bool		kept;			/* the memo holds it: use doc_memo_structure() */
} doc_ref;

/* The text of argument argno (not NULL) as bytes, detoasted at most once per memo. */
extern doc_ref doc_memo_text(FunctionCallInfo fcinfo, int argno);

/*
 * Lines, parts and built-in items of a document from doc_memo_text().  When
 * the memo keeps it, the result belongs to the memo (do not free it);
 * otherwise *owned is set and the caller frees it with seg_free().
 */
extern const seg_doc *doc_memo_structure(const doc_ref *doc, seg_doc *own, bool *owned);

#endif							/* SCRUTINY_DOCMEMO_H */
