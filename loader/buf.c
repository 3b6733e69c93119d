/* buf.c - see buf.h. */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
buf_init(buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

void
buf_free(buf *b)
{
	free(b->data);
	buf_init(b);
}

static void
reserve(buf *b, size_t more)
{
	size_t		need;
	char	   *d;

	if (more > (size_t) -1 - b->len - 1)
	{
		fputs("scrutiny-load: out of memory\n", stderr);
		exit(2);
	}
	need = b->len + more + 1;
	if (need <= b->cap)
		return;
	if (b->cap > need / 2 && b->cap < (size_t) -1 / 2)
		need = b->cap * 2;
	if (need < 256)
		need = 256;
	d = realloc(b->data, need);
	if (d == NULL)
	{
		fputs("scrutiny-load: out of memory\n", stderr);
		exit(2);
	}
	b->data = d;
	b->cap = need;
}

void
buf_add(buf *b, const char *s, size_t n)
{
	reserve(b, n);
	if (n > 0)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_adds(buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_addc(buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_printf(buf *b, const char *fmt,...)
{
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	reserve(b, (size_t) n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t) n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t) n;
}

char
buf_last(const buf *b)
{
	return b->len > 0 ? b->data[b->len - 1] : '\0';
}
