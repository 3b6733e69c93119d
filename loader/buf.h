/*
 * buf.h - a growable byte buffer for the loader.  It aborts the program
 * when memory runs out: the loader is a command-line tool, and a document
 * it cannot hold in memory is reported by the caller before it gets here.
 */
#ifndef SCRUTINY_LOAD_BUF_H
#define SCRUTINY_LOAD_BUF_H

#include <stddef.h>

typedef struct buf
{
	char	   *data;			/* NUL-terminated once anything was added */
	size_t		len;
	size_t		cap;
} buf;

extern void buf_init(buf *b);
extern void buf_free(buf *b);
extern void buf_add(buf *b, const char *s, size_t n);
extern void buf_adds(buf *b, const char *s);
extern void buf_addc(buf *b, char c);
extern void buf_printf(buf *b, const char *fmt,...) __attribute__((format(printf, 2, 3)));
/* The last byte added, or NUL when empty. */
extern char buf_last(const buf *b);

#endif							/* SCRUTINY_LOAD_BUF_H */
