/*
 * seg_clean.c - the text of a span of lines as a reader sees it: markup,
 * furniture and hyphenation removed, spaces collapsed.
 */
#include "seg_stages.h"

static const char *const inline_tags[] = {
	"<sup>", "</sup>", "<sub>", "</sub>", "<b>", "</b>", "<i>", "</i>",
	"<u>", "</u>", "<strong>", "</strong>", "<em>", "</em>"
};

/* The ASCII bytes clean_run() does more with than copy: white space and markup. */
static const bool clean_special[128] = {
	['\n'] = true, ['\r'] = true, [' '] = true, ['\t'] = true, ['\f'] = true, ['\v'] = true,
	['#'] = true, ['>'] = true, ['*'] = true, ['<'] = true
};

static inline bool
clean_plain(char c)
{
	return (unsigned char) c < 0x80 && !clean_special[(unsigned char) c];
}

/*
 * Are the eight bytes at s, read with the one after them, all copied as
 * they are by clean_run()'s run loop: plain, or a single space before a
 * plain byte?  (Conservative: any control byte says no, and the loop reads
 * them one by one.)  Nearly all of a body's text is such runs.
 */
static inline bool
plain_run8(const char *s)
{
	uint64_t	x = tu_load8(s);
	unsigned char ninth = (unsigned char) s[8];
	uint64_t	special = (x & TU_HIGHS8) | tu_below_hits8(x, ' ') | tu_byte_hits8(x, '#') |
		tu_byte_hits8(x, '>') | tu_byte_hits8(x, '*') | tu_byte_hits8(x, '<');

	/* a space next to a space ends the run, as does a space before a special byte */
	special |= tu_bytes_equal8(x, ' ') & tu_bytes_equal8(tu_load8(s + 1), ' ');
	return special == 0 && (clean_plain((char) ninth) || ninth == ' ');
}

/*
 * Clean buf[0..len) into out (room for len bytes): markup dropped, typography
 * made plain, white space runs made one (a run with a tab stays a tab unless
 * one_line).  Returns the length written, without leading or trailing space.
 */
static size_t
clean_run(const char *buf, size_t len, char *out, bool one_line)
{
	size_t		o = 0;
	bool		pending_space = false;
	bool		pending_tab = false;
	bool		line_start = true;

	for (size_t i = 0; i < len;)
	{
		const unsigned char *u = (const unsigned char *) buf + i;
		size_t		rest = len - i;
		size_t		n;
		char		emit = 0;

		if (u[0] == '\n' || u[0] == '\r' || u[0] == ' ' || u[0] == '\t' ||
			u[0] == '\f' || u[0] == '\v')
		{
			pending_space = o > 0;
			if (u[0] == '\t' && !one_line)
				pending_tab = o > 0;
			if (u[0] == '\n')
				line_start = true;
			i++;
			continue;
		}
		/* most bytes are plain ASCII that is copied as it is, a run at a time */
		if (u[0] < 0x80 && !clean_special[u[0]])
		{
			size_t		j = i + 1;

			line_start = false;
			if (pending_space)
			{
				out[o++] = pending_tab ? '\t' : ' ';
				pending_space = pending_tab = false;
			}
			/* a single space between words is kept as it is: copied with the run */
			for (;;)
			{
				size_t		stop;

				while (j + 9 <= len && plain_run8(buf + j))
					j += 8;
				stop = j + 8;
				while (j < stop && j < len &&
					   (clean_plain(buf[j]) || (buf[j] == ' ' && j + 1 < len && clean_plain(buf[j + 1]))))
					j++;
				if (j < stop)
					break;
			}
			memcpy(out + o, buf + i, j - i);
			o += j - i;
			i = j;
			continue;
		}
		if ((n = tu_unicode_space(buf + i, rest)) > 0)
		{
			pending_space = o > 0;
			i += n;
			continue;
		}
		if (line_start && (u[0] == '#' || u[0] == '>'))
		{
			i++;
			continue;
		}
		line_start = false;
		if (rest >= 2 && u[0] == '*' && u[1] == '*')
		{
			i += 2;
			continue;
		}
		if (u[0] == '<')
		{
			bool		tag = false;

			for (size_t t = 0; t < sizeof(inline_tags) / sizeof(inline_tags[0]); t++)
				if (tu_starts_ci(buf + i, rest, inline_tags[t]))
				{
					i += strlen(inline_tags[t]);
					tag = true;
					break;
				}
			if (!tag && (tu_starts_ci(buf + i, rest, "<br>") || tu_starts_ci(buf + i, rest, "<br/>") ||
						 tu_starts_ci(buf + i, rest, "<br />")))
			{
				i += u[3] == '>' ? 4 : (u[3] == '/' ? 5 : 6);
				pending_space = o > 0;
				tag = true;
			}
			if (tag)
				continue;
		}
		/* Zero-width characters and soft hyphens vanish. */
		if ((rest >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x8B && u[2] <= 0x8D) ||
			(rest >= 3 && u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0xA0) ||
			(rest >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) ||
			(rest >= 2 && u[0] == 0xC2 && u[1] == 0xAD))
		{
			i += u[0] == 0xC2 ? 2 : 3;
			continue;
		}
		if (rest >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
			(u[2] == 0x98 || u[2] == 0x99 || u[2] == 0x9B || u[2] == 0xB2))
			emit = '\'';
		else if (rest >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
				 (u[2] == 0x9C || u[2] == 0x9D || u[2] == 0x9F || u[2] == 0xB3))
			emit = '"';
		if (pending_space)
		{
			out[o++] = pending_tab ? '\t' : ' ';
			pending_space = pending_tab = false;
		}
		if (emit)
		{
			out[o++] = emit;
			i += 3;
			continue;
		}
		out[o++] = buf[i++];
	}
	return o;
}

size_t
seg_clean_inline(const char *buf, size_t len, char *out)
{
	size_t		o = clean_run(buf, len, out, true);

	/* A title's trailing ':' '.' or dash, and a "**" left unpaired */
	for (;;)
	{
		while (o > 0 && out[o - 1] == ' ')
			o--;
		if (o > 0 && (out[o - 1] == ':' || out[o - 1] == '.' || out[o - 1] == '-' ||
					  out[o - 1] == '*'))
		{
			/* keep an ellipsis or an abbreviation's dot after one letter ("Ltd.") */
			if (out[o - 1] == '.' && o >= 2 && out[o - 2] == '.')
				break;
			o--;
			continue;
		}
		if (o >= 3 && tu_unicode_dash(out + o - 3, 3) == 3)
		{
			o -= 3;
			continue;
		}
		break;
	}
	return o;
}

/* Last non-space byte written, or 0. */
static unsigned char
last_char(const char *out, size_t o)
{
	return o > 0 ? (unsigned char) out[o - 1] : 0;
}

static size_t clean_lines_from(const seg_doc *d, size_t from, size_t to, size_t first_byte,
							   char *out);

size_t
seg_clean(const seg_doc *d, size_t from, size_t to, char *out)
{
	return clean_lines_from(d, from, to, 0, out);
}

size_t
seg_clean_body(const seg_doc *d, const seg_item *it, char *out)
{
	return clean_lines_from(d, it->body_first, it->body_end, it->body_from, out);
}

size_t
seg_clean_title(const seg_doc *d, const seg_item *it, char *out)
{
	size_t		o = 0;

	for (size_t i = it->first_line; i < d->nlines && d->lines[i].start < it->title_end; i++)
	{
		const seg_line *l = &d->lines[i];
		size_t		s = l->start > it->title_start ? l->start : it->title_start;
		size_t		e = l->end < it->title_end ? l->end : it->title_end;
		size_t		w;

		if (e <= s || (l->flags & SEG_FURNITURE))
			continue;
		if (o > 0)
			out[o++] = ' ';
		w = seg_clean_inline(d->doc + s, e - s, out + o);
		if (w == 0 && o > 0)
			o--;
		o += w;
	}
	return o;
}

static size_t
clean_lines_from(const seg_doc *d, size_t from, size_t to, size_t first_byte, char *out)
{
	size_t		o = 0;
	int			pending = 0;	/* 0 none, 1 line break, 2 paragraph break */

	for (size_t i = from; i < to && i < d->nlines; i++)
	{
		const seg_line *l = &d->lines[i];
		size_t		s = l->start;
		size_t		w;
		unsigned char first;

		seg_doc_tick(d, i);
		if (l->flags & SEG_FURNITURE)
		{
			if (o > 0)
				pending = 2;
			continue;
		}
		if (l->flags & SEG_BLANK)
		{
			if (o > 0)
				pending = 2;
			continue;
		}
		if (i == from && first_byte > s && first_byte <= l->end)
			s = first_byte;
		/* Drop the markdown heading marks and quote marks before cleaning. */
		while (s < l->end && (tu_space((unsigned char) d->doc[s]) || d->doc[s] == '#' ||
							  d->doc[s] == '>'))
			s++;
		first = (unsigned char) d->doc[l->tstart];
		if (o > 0)
		{
			unsigned char c = last_char(out, o);

			if (c == '-' && o >= 2 && tu_lower((unsigned char) out[o - 2]) &&
				tu_lower(first) && !(l->flags & SEG_BULLET))
				o--;			/* a word hyphenated over the line break */
			else if (pending == 2 && tu_lower(first) && !(l->flags & SEG_BULLET) &&
					 (tu_alpha(c) || c == ','))
				out[o++] = ' ';	/* a sentence split by a page break */
			else if (pending == 2)
			{
				out[o++] = '\n';
				out[o++] = '\n';
			}
			else
				out[o++] = '\n';
		}
		w = clean_run(d->doc + s, l->end - s, out + o, false);
		o += w;
		pending = w > 0 ? 1 : pending;
	}
	/* Never end on a break. */
	while (o > 0 && (out[o - 1] == '\n' || out[o - 1] == ' '))
		o--;
	return o;
}

