/*
 * docmemo.c - see docmemo.h.
 *
 * Why a TOAST pointer is a safe key: the memo is dropped at the end of
 * every transaction, and within one the pointer (toast table, value OID,
 * raw size) of a value we have read names that value only.  Its OID could
 * name another value only after the first one was deleted, vacuumed away
 * and the server's OID counter had gone round all 2^32 values, all between
 * two calls of one transaction.  Values not stored out of line (literals,
 * results of expressions, short values) are compared byte for byte, which
 * costs a memcmp of the document against the memo's copy.
 */
#include "docmemo.h"

#include "access/detoast.h"
#include "access/xact.h"
#include "utils/memutils.h"

#include "segalloc.h"

typedef struct doc_memo
{
	bool		registered;		/* the transaction callback */
	MemoryContext cxt;			/* holds everything below; reset to forget */
	MemoryContext seg_cxt;		/* the structure, a child of cxt; NULL when none */
	bool		valid;			/* the key and text are set */
	bool		by_pointer;		/* keyed by TOAST pointer, else by bytes */
	Oid			toastrelid;
	Oid			valueid;
	int32		rawsize;
	char	   *s;				/* the document's bytes, in cxt */
	size_t		len;
	bool		have_structure;
	seg_doc		seg;			/* lines, parts, built-in items */
} doc_memo;

static doc_memo memo;

static void
memo_forget(void)
{
	/* always: a call cancelled half way may have left memory here and nothing marked */
	if (memo.cxt != NULL)
		MemoryContextReset(memo.cxt);	/* seg_cxt with it */
	memo.seg_cxt = NULL;
	memo.valid = false;
	memo.have_structure = false;
	memo.s = NULL;
	memo.len = 0;
}

static void
memo_xact_callback(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
		case XACT_EVENT_PREPARE:
			memo_forget();
			break;
		default:
			break;
	}
}

static void
memo_init(void)
{
	/* the callback first: without it nothing may be kept (it is what makes the key safe) */
	if (!memo.registered)
	{
		RegisterXactCallback(memo_xact_callback, NULL);
		memo.registered = true;
	}
	if (memo.cxt == NULL)
		memo.cxt = AllocSetContextCreate(TopMemoryContext, "scrutiny document memo",
										 ALLOCSET_DEFAULT_SIZES);
}

/*
 * Is the document small enough for its structure to be kept?  The line
 * table is 20 bytes a line, so a text of blank lines would need far more
 * than its own size.
 */
static bool
structure_fits(const char *s, size_t len)
{
	/* a text has at most one line more than it has bytes: most need no count */
	if (len < DOC_MEMO_MAX_LINES)
		return true;
	return seg_count_lines(s, len) <= DOC_MEMO_MAX_LINES;
}

doc_ref
doc_memo_text(FunctionCallInfo fcinfo, int argno)
{
	struct varlena *v = (struct varlena *) PG_GETARG_POINTER(argno);
	doc_ref		r = {NULL, 0, false};

	memo_init();
	if (VARATT_IS_EXTERNAL_ONDISK(v))
	{
		struct varatt_external ptr;

		VARATT_EXTERNAL_GET_POINTER(ptr, v);
		if (memo.valid && memo.by_pointer && memo.toastrelid == ptr.va_toastrelid &&
			memo.valueid == ptr.va_valueid && memo.rawsize == ptr.va_rawsize)
		{
			r.s = memo.s;
			r.len = memo.len;
			r.kept = true;
			return r;
		}
		if (ptr.va_rawsize - VARHDRSZ <= DOC_MEMO_MAX_BYTES)
		{
			MemoryContext old;
			struct varlena *t;

			memo_forget();
			old = MemoryContextSwitchTo(memo.cxt);
			t = detoast_attr(v);
			MemoryContextSwitchTo(old);
			memo.s = VARDATA_ANY(t);
			memo.len = VARSIZE_ANY_EXHDR(t);
			memo.by_pointer = true;
			memo.toastrelid = ptr.va_toastrelid;
			memo.valueid = ptr.va_valueid;
			memo.rawsize = ptr.va_rawsize;
			memo.valid = true;
			r.s = memo.s;
			r.len = memo.len;
			r.kept = true;
			return r;
		}
	}
	v = pg_detoast_datum_packed(v);
	r.s = VARDATA_ANY(v);
	r.len = VARSIZE_ANY_EXHDR(v);
	if (memo.valid && !memo.by_pointer && memo.len == r.len && memcmp(memo.s, r.s, r.len) == 0)
	{
		r.s = memo.s;
		r.kept = true;
	}
	else if (r.len <= DOC_MEMO_MAX_BYTES)
	{
		/* keep a copy: the structure points into the bytes, and the argument may go */
		memo_forget();
		memo.s = MemoryContextAllocHuge(memo.cxt, r.len > 0 ? r.len : 1);
		memcpy(memo.s, r.s, r.len);
		memo.len = r.len;
		memo.by_pointer = false;
		memo.valid = true;
		r.s = memo.s;
		r.kept = true;
	}
	return r;
}

const seg_doc *
doc_memo_structure(const doc_ref *doc, seg_doc *own, bool *owned)
{
	seg_alloc	a = scrutiny_palloc_alloc;
	seg_doc    *d;

	if (doc->kept && memo.valid && memo.s == doc->s && memo.have_structure)
	{
		*owned = false;
		return &memo.seg;
	}
	if (doc->kept && memo.valid && memo.s == doc->s && structure_fits(doc->s, doc->len))
	{
		/*
		 * Built in a context of its own: an error on the way leaves it
		 * unmarked, and the next call drops what was built and starts again.
		 */
		if (memo.seg_cxt != NULL)
			MemoryContextDelete(memo.seg_cxt);
		memo.seg_cxt = AllocSetContextCreate(memo.cxt, "scrutiny document structure",
											 ALLOCSET_DEFAULT_SIZES);
		a.ctx = memo.seg_cxt;
		d = &memo.seg;
		*owned = false;
	}
	else
	{
		d = own;
		*owned = true;
	}
	memset(d, 0, sizeof(*d));
	seg_lines(d, doc->s, doc->len, &a);
	seg_parts(d, &a);
	seg_items(d, &a);
	if (!*owned)
		memo.have_structure = true;
	return d;
}
