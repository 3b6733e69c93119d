/*
 * segment.h - the structure of a minutes document: lines and page furniture,
 * cleaned text, parts (agenda, minutes, reports) and minute items.
 *
 * Plain C99, no PostgreSQL headers.  Everything is reported as byte offsets
 * into the caller's document; nothing is copied.  Arrays whose size depends
 * on the document come from the caller's allocator (palloc in the server,
 * malloc in the tests), so an error or a cancel in the server frees them with
 * the memory context.  The allocator may also carry a tick callback that the
 * long loops call every few thousand lines (the server checks for a cancel
 * request there).
 *
 * The pipeline:
 *   seg_lines()  splits the text into lines and marks furniture (running
 *                headers and footers, page numbers, blank-page notices, OCR
 *                debris) from evidence over the whole document;
 *   seg_parts()  divides a document pack into agenda, minutes, report and
 *                other parts;
 *   seg_items()  finds the minute headings of each minutes part, choosing
 *                one heading scheme per part from the evidence (numbers that
 *                rise through the part with title-like text after them);
 *   seg_clean()  writes the cleaned text of a run of lines.
 */
#ifndef SCRUTINY_SEGMENT_H
#define SCRUTINY_SEGMENT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef struct seg_alloc
{
	void	   *(*alloc) (void *ctx, size_t size);	/* must not return NULL */
	void		(*release) (void *ctx, void *ptr);
	void		(*tick) (void *ctx);	/* may be NULL */
	void	   *ctx;
} seg_alloc;

/* Line flags */
#define SEG_BLANK		0x01	/* nothing but white space and markup */
#define SEG_FURNITURE	0x02	/* page furniture: dropped by seg_clean() */
#define SEG_BULLET		0x04	/* opens with a list bullet ("- ", "* ", "o ") */
#define SEG_MARKUP		0x08	/* a markdown heading or a wholly bold line */
#define SEG_CLOSING		0x10	/* "Meeting ended at ...", "Chair:", "Date:" */
#define SEG_BLANK_PAGE	0x20	/* "This page is intentionally left blank" */
#define SEG_FOLDED		0x40	/* one entry for several lines: white space, or OCR debris */
#define SEG_SPACE		0x80	/* SEG_BLANK: nothing but white space */
#define SEG_RUN_ON		0x100	/* the next heading, run on after a sentence in its line above */

typedef struct seg_line
{
	uint32_t	start;			/* the line, without its line break */
	uint32_t	end;
	uint32_t	tstart;			/* its text without leading and trailing markup */
	uint32_t	tend;
	uint32_t	flags;
} seg_line;

typedef enum seg_part_kind
{
	SEG_PART_AGENDA,
	SEG_PART_MINUTES,
	SEG_PART_REPORT,
	SEG_PART_OTHER
} seg_part_kind;

typedef struct seg_part
{
	seg_part_kind kind;
	size_t		first;			/* lines [first, end) */
	size_t		end;
	size_t		title_line;		/* SIZE_MAX when the part has no title line */
} seg_part;

/* How a heading was printed; also the family a heading scheme is chosen in. */
typedef enum seg_form
{
	SEG_FORM_CODE,				/* "65/17 TITLE", "PC45/19 Title", "Cou/286/07-08 Title" */
	SEG_FORM_MINUTE,			/* "Minute 151: Title", "Minute No. 12 - Title" */
	SEG_FORM_ITEM,				/* "Item 5: Title" */
	SEG_FORM_DOT,				/* "73. Title", "#### 73. Title", "80." then "Title" */
	SEG_FORM_BARE,				/* "334 APOLOGIES", Scottish "Title" then "3 The ..." */
	SEG_FORM_PATTERN,			/* the caller's heading_pattern */
	SEG_FORM_LABEL,				/* any other code: "24/131", "NCA 101/23", "P.14.23", "2023/41" */
	SEG_FORM_BRACKET,			/* "(139) TITLE", "[4] Finance." */
	SEG_FORM_PAREN,				/* "1) Welcome and apologies" */
	SEG_FORM_MARGIN,			/* "APOLOGIES FOR ABSENCE        C/23/112": the number in the margin */
	SEG_FORM_TITLE				/* no number: a heading known by its shape alone */
} seg_form;

typedef struct seg_item
{
	seg_form	form;
	size_t		first_line;		/* the item starts here (title line when it comes first) */
	size_t		head_line;		/* the line holding the number */
	size_t		body_first;		/* body lines [body_first, body_end) */
	uint32_t	body_from;		/* the body starts at this byte of its first line (0: whole line) */
	size_t		body_end;
	size_t		orphan_first;	/* a decision block printed after the signature */
	size_t		orphan_end;		/* that belongs to this item; equal when none */
	uint32_t	start;			/* byte span of the whole item */
	uint32_t	end;
	uint32_t	label_start;	/* the number as printed */
	uint32_t	label_end;
	uint32_t	title_start;	/* the title as printed, maybe over lines; equal when none */
	uint32_t	title_end;
	int32_t		number;			/* 0 when the label is not a plain or coded number */
	int32_t		sub;			/* sub-minute: 338.1 -> 1; 0 otherwise */
	int32_t		year;			/* four-digit year printed in the label, 0 when none */
	uint64_t	code;			/* the mref of a coded label, 0 when none */
} seg_item;

typedef struct seg_doc
{
	const char *doc;
	size_t		len;
	seg_line   *lines;
	size_t		nlines;
	seg_part   *parts;
	size_t		nparts;
	seg_item   *items;
	size_t		nitems;
	/* seg_lines()'s tick and its ctx (which must live as long), for seg_clean() and the other passes that get no allocator */
	void		(*tick) (void *ctx);
	void	   *tick_ctx;
} seg_doc;

/*
 * Lines and furniture of doc[0..len).  len must be below 4 GB (PostgreSQL
 * text is at most 1 GB).  A run of lines that hold nothing but white space
 * is one entry (SEG_BLANK | SEG_SPACE | SEG_FOLDED), and so is a run of OCR
 * debris with the lines of white space inside it (SEG_FURNITURE |
 * SEG_FOLDED): line indexes are entries.
 */
extern void seg_lines(seg_doc *d, const char *doc, size_t len, const seg_alloc *a);

/* At least the number of entries seg_lines() makes of doc[0..len), cheaply. */
extern size_t seg_count_lines(const char *doc, size_t len);

/* How many lines of the document entry i stands for (1 unless SEG_FOLDED). */
extern size_t seg_line_count(const seg_doc *d, size_t i);

/* The lines of the document entries [from, to) stand for, counted up to limit. */
extern size_t seg_lines_between(const seg_doc *d, size_t from, size_t to, size_t limit);

/* Parts; needs seg_lines().  Always at least one part when there is a line. */
extern void seg_parts(seg_doc *d, const seg_alloc *a);

/*
 * The built-in heading schemes: items of every minutes part, in document
 * order, with bodies, sub-minutes and orphaned decision blocks settled.
 * Needs seg_parts().
 */
extern void seg_items(seg_doc *d, const seg_alloc *a);

/*
 * Items found by other means (a heading_pattern): d->items holds their
 * head_line, label and title spans; this sets first_line, bodies, spans and
 * orphans as seg_items() does.  Items must be in document order.
 */
extern void seg_finish_items(seg_doc *d, const seg_alloc *a);

/* Append an item to d->items (*cap is the array's capacity, 0 at first). */
extern void seg_push_item(seg_doc *d, size_t *cap, const seg_item *it, const seg_alloc *a);

extern void seg_free(seg_doc *d, const seg_alloc *a);

/*
 * memcpy() in slices with the allocator's tick between them, for arrays
 * that grow by doubling: the last copy of an array of millions of entries
 * is hundreds of megabytes.
 */
extern void seg_copy(void *dst, const void *src, size_t n, const seg_alloc *a);

/*
 * Cleaned text of lines [from, to) into out, which needs room for
 * lines[to-1].end - lines[from].start + 1 bytes (cleaning never lengthens
 * text).  Furniture is dropped, markup stripped, typography made plain,
 * words hyphenated over a line break joined, a sentence split by a page
 * break rejoined, runs of blank lines made one.  Returns the length; out is
 * not NUL-terminated.
 */
extern size_t seg_clean(const seg_doc *d, size_t from, size_t to, char *out);

/* An item's body: seg_clean() of its body lines, from body_from on the first. */
extern size_t seg_clean_body(const seg_doc *d, const seg_item *it, char *out);

/*
 * An item's title on one line, the lines of page furniture inside it left
 * out.  out needs title_end - title_start + 1 bytes.
 */
extern size_t seg_clean_title(const seg_doc *d, const seg_item *it, char *out);

/*
 * Cleaned text of an item's orphaned decision block (orphan_first ..
 * orphan_end), its "Resolved:" line first: PDF extraction can print the
 * keyword after the words it introduces.  out needs the span's length + 2.
 */
extern size_t seg_clean_orphan(const seg_doc *d, const seg_item *it, char *out);

/*
 * The text of buf[0..len) on one line: markup stripped, typography made
 * plain, white space collapsed, a trailing ':' '.' or dash dropped.  For
 * titles and labels.  out needs len + 1 bytes.
 */
extern size_t seg_clean_inline(const char *buf, size_t len, char *out);

extern const char *seg_part_kind_name(seg_part_kind kind);

#endif							/* SCRUTINY_SEGMENT_H */
