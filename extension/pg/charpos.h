/*
 * charpos.h - turn the core's byte offsets into SQL character offsets.
 *
 * The core reports byte spans; SQL users get 1-based character offsets so
 * that substr(doc, start, len) gives the span back in any server encoding.
 * A cursor walks forward through the document once, so converting every
 * offset of a scan costs one pass over the text, not one pass per offset.
 */
#ifndef SCRUTINY_CHARPOS_H
#define SCRUTINY_CHARPOS_H

#include "postgres.h"

typedef struct CharCursor
{
	const char *doc;
	size_t		byte_pos;		/* bytes counted so far */
	int64		char_pos;		/* characters in doc[0..byte_pos) */
	int			encoding_max;	/* 1: bytes are characters */
	bool		utf8;
} CharCursor;

extern void char_cursor_init(CharCursor *cur, const char *doc);

/*
 * The 0-based character offset of byte offset pos.  Offsets must be asked
 * for in non-decreasing order (an earlier offset is recounted from the start).
 */
extern int64 char_cursor_offset(CharCursor *cur, size_t pos);

#endif							/* SCRUTINY_CHARPOS_H */
