/*
 * seg_untitled.c - documents that print no numbers: headings taken by their
 * shape (a short title-like line, a body after it, repeated through the
 * part) when no numbered chain exists.
 */
#include "seg_stages.h"

/* How an unnumbered heading is set apart; the document's scheme is one of them. */
typedef enum title_shape
{
	SHAPE_MARKUP,				/* "**Election of Chair**", "## Planning" alone on its line */
	SHAPE_UNDERLINED,			/* "Matters Arising" over "---------------" */
	SHAPE_RUNIN,				/* "Planning Applications: J. Ratsey - conversion ..." */
	SHAPE_CAPITALS,				/* "APOLOGIES FOR ABSENCE" alone, prose under it */
	SHAPE_COUNT
} title_shape;

/* Unnumbered headings of one shape it takes to call it the document's scheme. */
#define TITLE_SCHEME_MIN 3
/* The longest run-in title: "Any Other Business:". */
#define RUNIN_TITLE_WORDS 6

/* "-----", "=====": a line that underlines the one above it. */
static bool
underline_line(const seg_doc *d, size_t i)
{
	const seg_line *l = &d->lines[i];
	size_t		n = 0;

	for (size_t k = l->start; k < l->end; k++)
	{
		char		ch = d->doc[k];

		if (ch == '-' || ch == '=')
			n++;
		else if (!tu_space((unsigned char) ch))
			return false;
	}
	return n >= 3;
}

/* Two lower-case words in a row: the line is prose, not a list of names. */
static bool
reads_as_prose(const char *s, size_t len)
{
	int			run = 0;

	for (size_t k = 0; k < len;)
	{
		size_t		w = k;

		while (w < len && !tu_space((unsigned char) s[w]))
			w++;
		if (w > k && tu_lower((unsigned char) s[k]))
		{
			if (++run == 2)
				return true;
		}
		else
			run = 0;
		k = w;
		while (k < len && tu_space((unsigned char) s[k]))
			k++;
	}
	return false;
}

/* "Planning Applications", "Any Other Business": a run-in title's words. */
static bool
runin_title(const char *s, size_t len)
{
	size_t		words = seg_count_words(s, len);

	if (words == 0 || words > RUNIN_TITLE_WORDS || !tu_upper((unsigned char) s[0]))
		return false;
	for (size_t k = 0; k < len; k++)
		if (!(tu_alpha((unsigned char) s[k]) || tu_space((unsigned char) s[k]) || s[k] == '\'' ||
			  s[k] == '&' || s[k] == '-' || (unsigned char) s[k] >= 0x80))
			return false;
	return true;
}

/*
 * Read line i as an unnumbered heading of some shape; the candidate's
 * label is empty.  The shapes are ways of setting a title apart that
 * councils use when they print no numbers: a heading in markup, an
 * underlined line, a run-in title before a colon at the start of a
 * paragraph, a line in capitals with prose under it.
 */
static int
title_candidate(const seg_doc *d, size_t i, size_t first, size_t end, cand *c,
				const seg_alloc *a)
{
	const seg_line *l = &d->lines[i];
	const char *s = d->doc;
	size_t		p = l->tstart;
	size_t		e = l->tend;
	size_t		pl = seg_prev_text_line(d, i, first);
	size_t		nl = seg_next_text_line(d, i, end);
	bool		after_gap = pl == SIZE_MAX || pl + 1 < i;
	int			shape = -1;

	if (l->flags & (SEG_BLANK | SEG_FURNITURE | SEG_BULLET | SEG_CLOSING) || e - p < 2)
		return -1;
	memset(c, 0, sizeof(*c));
	c->prev = -1;
	c->it.form = SEG_FORM_TITLE;
	c->it.head_line = c->it.first_line = i;
	c->it.label_start = c->it.label_end = (uint32_t) p;
	c->it.title_start = (uint32_t) p;
	c->it.title_end = (uint32_t) e;
	c->it.body_first = i + 1;
	if (seg_decision_word_at(s + p, e - p) || tu_digit((unsigned char) s[p]))
		return -1;
	if (i + 1 < end && underline_line(d, i + 1) && seg_title_like(s + p, e - p))
	{
		shape = SHAPE_UNDERLINED;
		c->it.body_first = i + 2;
		nl = seg_next_text_line(d, i + 1, end);
	}
	else if ((l->flags & SEG_MARKUP) && seg_title_like(s + p, e - p) && !seg_sentence_like(s + p, e - p))
		shape = SHAPE_MARKUP;
	else if (after_gap && !(l->flags & SEG_MARKUP))
	{
		size_t		colon = p;

		while (colon < e && s[colon] != ':' && colon - p <= 60)
			colon++;
		if (colon < e && s[colon] == ':' && colon + 1 < e && runin_title(s + p, colon - p))
		{
			shape = SHAPE_RUNIN;
			c->it.title_end = (uint32_t) colon;
			c->it.body_first = i;
			c->it.body_from = (uint32_t) seg_skip_spaces(s, colon + 1, e);
			if (c->it.body_from >= e)
			{
				c->it.body_first = i + 1;
				c->it.body_from = 0;
			}
			/* "Present: ...", "Apologies: ...": the attendance header, in the same form */
			if (pp_marker_heading(s, p, colon, a))
				return -1;
			return shape;
		}
		if (seg_mostly_upper(s + p, e - p) && seg_title_like(s + p, e - p) && nl == i + 1 &&
			!(d->lines[nl].flags & SEG_BULLET) &&
			reads_as_prose(s + d->lines[nl].tstart, d->lines[nl].tend - d->lines[nl].tstart))
			shape = SHAPE_CAPITALS;
	}
	if (shape < 0 || nl == SIZE_MAX)
		return -1;
	/* A heading needs text under it: not another heading straight after. */
	if ((shape == SHAPE_MARKUP && (d->lines[nl].flags & SEG_MARKUP)) ||
		(shape == SHAPE_UNDERLINED && nl + 1 < end && underline_line(d, nl + 1)))
		return -1;
	/* "Present" over a list of names is the attendance header, not an item */
	if (pp_marker_heading(s, p, e, a) &&
		((d->lines[nl].flags & SEG_BULLET) ||
		 !reads_as_prose(s + d->lines[nl].tstart, d->lines[nl].tend - d->lines[nl].tstart)))
		return SHAPE_COUNT;
	return shape;
}

/*
 * The items of a part that prints no numbers: the headings of the shape
 * that occurs most (at least TITLE_SCHEME_MIN times), after the attendance
 * header when the document has one.  Labels and refs are empty.
 */
void
seg_title_items(seg_doc *d, const seg_part *part, size_t *cap, const seg_alloc *a)
{
	size_t		count[SHAPE_COUNT] = {0};
	size_t		best = SHAPE_COUNT;
	size_t		after = part->first;
	size_t		n = part->end - part->first;
	signed char *shapes = a->alloc(a->ctx, n > 0 ? n : 1);	/* each line's, read once */
	cand		c;

	for (size_t i = part->first; i < part->end; i++)
	{
		int			shape;

		seg_tick(a, i);
		shape = title_candidate(d, i, part->first, part->end, &c, a);
		shapes[i - part->first] = (signed char) shape;
		if (shape == SHAPE_COUNT)
			after = i + 1;		/* the items start after the attendance header */
		else if (shape >= 0)
			count[shape]++;
	}
	for (size_t k = 0; k < SHAPE_COUNT; k++)
		if (count[k] >= TITLE_SCHEME_MIN && (best == SHAPE_COUNT || count[k] > count[best]))
			best = k;
	/* only the scheme's headings are read again, for their spans */
	for (size_t i = after; best < SHAPE_COUNT && i < part->end; i++)
	{
		seg_tick(a, i);
		if (shapes[i - part->first] == (signed char) best &&
			title_candidate(d, i, part->first, part->end, &c, a) == (int) best)
			seg_push_item(d, cap, &c.it, a);
	}
	a->release(a->ctx, shapes);
}
