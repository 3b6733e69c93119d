/*
 * segment.c - minute items: the stages in order (lines, parts, candidates,
 * chain or title scheme), then the items' bodies, ends and the decisions
 * left outside any item.
 *
 * The rules are general ones about how minutes are printed, not about any
 * one council: a heading is a number with a title-like text, and which way
 * of printing numbers is the document's heading scheme is decided by the
 * evidence of the whole part (the longest run of numbers that rise through
 * it), never by one line alone.  See docs/documents.md and
 * docs/architecture.md for the stages and the files that hold them.
 */
#include "seg_stages.h"

static void
items_of_part(seg_doc *d, const seg_part *part, size_t *cap, const seg_alloc *a)
{
	cand	   *cs;
	size_t		nc = 0;
	size_t		ccap = part->end - part->first + 1 + LABEL_GROUPS;
	int			end_idx;
	int		   *chain;
	size_t		nchain = 0;
	int		   *ends;
	size_t		nends;

	cs = a->alloc(a->ctx, sizeof(cand) * ccap);
	for (size_t i = part->first; i < part->end; i++)
	{
		seg_tick(a, i);
		if (nc + 1 + LABEL_GROUPS > ccap)
		{
			cand	   *ncs = a->alloc(a->ctx, sizeof(cand) * ccap * 2);

			seg_copy(ncs, cs, sizeof(cand) * nc, a);
			a->release(a->ctx, cs);
			cs = ncs;
			ccap *= 2;
		}
		if (seg_read_candidate(d, i, part->first, part->end, &cs[nc]))
		{
			if (cs[nc].coded)
			{
				cand		base = cs[nc];
				size_t		nl;

				/* a code minute_ref reads keeps its own candidate; the others are labels only */
				if (base.family != 1)
					nc++;
				nl = seg_label_candidates(d, &base, &cs[nc]);
				nc += nl;
			}
			else
				nc++;
		}
	}
	seg_mark_lists(d, cs, nc);
	seg_choose_chain(cs, nc, 0, &end_idx, a);
	if (end_idx < 0)
	{
		a->release(a->ctx, cs);
		seg_title_items(d, part, cap, a);
		return;
	}
	/* the chains' last candidates, in document order */
	ends = a->alloc(a->ctx, sizeof(int) * nc);
	ends[0] = end_idx;
	nends = 1;
	for (;;)
	{
		/* numbering that starts again before the chain: an earlier meeting */
		int			lo = seg_chain_first(cs, ends[0]);
		int			e = seg_restart_chain(d, cs, 0, lo, cs[ends[0]].family, NULL, a);

		if (e < 0)
			break;
		memmove(ends + 1, ends, sizeof(int) * nends);
		ends[0] = e;
		nends++;
	}
	for (;;)
	{
		/* and after it: a later meeting, or a list numbering that restarted */
		int			e = seg_restart_chain(d, cs, ends[nends - 1] + 1, (int) nc, cs[end_idx].family,
									  &cs[ends[nends - 1]].it, a);

		if (e < 0)
			break;
		ends[nends++] = e;
	}
	chain = a->alloc(a->ctx, sizeof(int) * nc);
	for (size_t r = 0; r < nends; r++)
	{
		size_t		part_stop = r + 1 < nends ? cs[seg_chain_first(cs, ends[r + 1])].it.first_line : part->end;

		nchain = 0;
		for (int k = ends[r]; k >= 0; k = cs[k].prev)
			chain[nchain++] = k;
		for (size_t n = nchain; n-- > 0;)
		{
			const cand *c = &cs[chain[n]];
			int			major = c->it.number;
			int			want = 1;
			size_t		stop = n > 0 ? cs[chain[n - 1]].it.first_line : part_stop;

			seg_push_item(d, cap, &c->it, a);
			/*
			 * Sub-minutes ("338.1") belong to item 338 when the numbering runs
			 * on through the year; where it starts at 1 with each meeting,
			 * "1.1" is paragraph numbering.
			 */
			if (cs[chain[nchain - 1]].it.number <= 1)
				continue;
			for (size_t k = (size_t) chain[n] + 1; k < nc && cs[k].it.first_line < stop; k++)
				if (cs[k].it.sub == want && cs[k].it.number == major)
				{
					seg_item	sub = cs[k].it;

					sub.form = c->it.form;
					seg_push_item(d, cap, &sub, a);
					want++;
				}
		}
	}
	a->release(a->ctx, chain);
	a->release(a->ctx, ends);
	a->release(a->ctx, cs);
}

static bool decision_line(const seg_doc *d, size_t i);

/*
 * Do the items found from index `from` on read as a record: decisions under
 * at least two of them, and under one in three?  An agenda's items have
 * none; the minutes bound into an agenda pack, under "Agenda Item 3", do.
 */
static bool
items_hold_decisions(const seg_doc *d, size_t from, const seg_part *part, const seg_alloc *a)
{
	size_t		with = 0;

	for (size_t k = from; k < d->nitems; k++)
	{
		size_t		stop = k + 1 < d->nitems ? d->items[k + 1].first_line : part->end;

		for (size_t i = d->items[k].body_first; i < stop; i++)
		{
			seg_tick(a, i);
			if (seg_line_usable(&d->lines[i]) && decision_line(d, i))
			{
				with++;
				break;
			}
		}
	}
	return with >= 2 && with * 3 >= d->nitems - from;
}

void
seg_items(seg_doc *d, const seg_alloc *a)
{
	size_t		cap = 0;

	d->nitems = 0;
	for (size_t p = 0; p < d->nparts; p++)
	{
		const seg_part *part = &d->parts[p];
		size_t		before = d->nitems;

		if (part->kind == SEG_PART_MINUTES ||
			(part->kind == SEG_PART_AGENDA && seg_agenda_holds_record(d, part, a)))
			items_of_part(d, part, &cap, a);
		else if (part->kind == SEG_PART_AGENDA)
		{
			/* a part's kind is judged by its content too: a record under an agenda's title */
			items_of_part(d, part, &cap, a);
			if (!items_hold_decisions(d, before, part, a))
				d->nitems = before;
		}
	}
	seg_finish_items(d, a);
}

/* ------------------------------------------------------------------ */
/* Bodies, ends, orphaned decisions                                   */
/* ------------------------------------------------------------------ */

static bool
decision_line(const seg_doc *d, size_t i)
{
	const seg_line *l = &d->lines[i];
	const char *s = d->doc + l->tstart;
	size_t		len = l->tend - l->tstart;
	size_t		p = 0;
	bool		digit = false;

	/* "27/24 RESOLVED: ..." - the minute it belongs to may open it */
	while (p < len && (tu_alnum((unsigned char) s[p]) || s[p] == '/' || s[p] == '.'))
		digit |= tu_digit((unsigned char) s[p++]);
	if (digit && p < len && tu_space((unsigned char) s[p]))
	{
		while (p < len && tu_space((unsigned char) s[p]))
			p++;
		s += p;
		len -= p;
	}
	return tu_word_ci(s, len, "resolved") || tu_word_ci(s, len, "agreed") ||
		tu_word_ci(s, len, "decision") || tu_word_ci(s, len, "it was resolved");
}

size_t
seg_clean_orphan(const seg_doc *d, const seg_item *it, char *out)
{
	size_t		o = 0;
	size_t		dl = SIZE_MAX;

	for (size_t i = it->orphan_first; i < it->orphan_end; i++)
		if (seg_line_usable(&d->lines[i]) && decision_line(d, i))
		{
			dl = i;
			break;
		}
	if (dl == SIZE_MAX)
		return seg_clean(d, it->orphan_first, it->orphan_end, out);
	o = seg_clean(d, dl, dl + 1, out);
	if (dl > it->orphan_first)
	{
		size_t		w;

		out[o] = '\n';
		out[o + 1] = '\n';
		w = seg_clean(d, it->orphan_first, dl, out + o + 2);
		if (w > 0)
			o += 2 + w;
	}
	if (dl + 1 < it->orphan_end)
	{
		size_t		w;

		out[o] = '\n';
		out[o + 1] = '\n';
		w = seg_clean(d, dl + 1, it->orphan_end, out + o + 2);
		if (w > 0)
			o += 2 + w;
	}
	return o;
}

/*
 * The words of the text an orphaned decision is compared with: every run
 * of 4 to 31 letters in it, folded, in an open-addressing table.  Built
 * once the plain search has been asked often, so that matching the titles
 * of a part's many items (or one very long title) against the text costs
 * the length of the titles, not that times the text's.
 */
#define OVERLAP_WORD_MAX 31
#define OVERLAP_PLAIN_TRIES 256

typedef struct word_set
{
	const char *text;
	size_t		tlen;
	uint32_t   *slots;			/* pos | len << 12 | tag << 17; 0: empty (len is never 0) */
	size_t		mask;
	size_t		tries;			/* plain searches so far */
} word_set;

static uint32_t
fold_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}

static bool
folded_equal(const char *text, size_t pos, const char *word, size_t w)
{
	for (size_t k = 0; k < w; k++)
		if (tu_fold((unsigned char) text[pos + k]) != (unsigned char) word[k])
			return false;
	return true;
}

static void
word_set_build(word_set *ws, const seg_alloc *a)
{
	size_t		nslots = 64;
	const char *t = ws->text;

	/* tlen is at most 4096: positions take 12 bits */
	while (nslots < 2 * (OVERLAP_WORD_MAX - 3) * ws->tlen)
		nslots *= 2;
	ws->slots = a->alloc(a->ctx, nslots * sizeof(uint32_t));
	memset(ws->slots, 0, nslots * sizeof(uint32_t));
	ws->mask = nslots - 1;
	for (size_t i = 0; i < ws->tlen; i++)
	{
		uint32_t	h = 2166136261u;

		if (!tu_alpha((unsigned char) t[i]))
			continue;
		for (size_t n = 1; n <= OVERLAP_WORD_MAX && i + n <= ws->tlen &&
			 tu_alpha((unsigned char) t[i + n - 1]); n++)
		{
			uint32_t	entry;
			size_t		j;

			h = fold_step(h, tu_fold((unsigned char) t[i + n - 1]));
			if (n < 4)
				continue;
			entry = (uint32_t) i | (uint32_t) n << 12 | (h >> 17) << 17;
			for (j = h & ws->mask; ws->slots[j] != 0; j = (j + 1) & ws->mask)
			{
				uint32_t	o = ws->slots[j];

				if ((o >> 12) == (entry >> 12))
				{
					size_t		op = o & 0xFFF;
					bool		same = true;

					for (size_t k = 0; k < n && same; k++)
						same = tu_fold((unsigned char) t[op + k]) == tu_fold((unsigned char) t[i + k]);
					if (same)
						break;
				}
			}
			if (ws->slots[j] == 0)
				ws->slots[j] = entry;
		}
	}
}

/* Does the folded word w occur in the text, as tu_find_ci() would find it? */
static bool
word_in_text(word_set *ws, const char *word, size_t w, const seg_alloc *a)
{
	uint32_t	h = 2166136261u;
	uint32_t	key;

	if (ws->slots == NULL && ws->tries++ < OVERLAP_PLAIN_TRIES)
		return tu_find_ci(ws->text, ws->tlen, word) < ws->tlen;
	if (ws->slots == NULL)
		word_set_build(ws, a);
	for (size_t k = 0; k < w; k++)
		h = fold_step(h, (unsigned char) word[k]);
	key = (uint32_t) w | (h >> 17) << 5;
	for (size_t j = h & ws->mask; ws->slots[j] != 0; j = (j + 1) & ws->mask)
	{
		uint32_t	o = ws->slots[j];

		if ((o >> 12) == key && folded_equal(ws->text, o & 0xFFF, word, w))
			return true;
	}
	return false;
}

/* How many words of at least four letters of the title occur in the text? */
static int
title_overlap(const seg_doc *d, const seg_item *it, word_set *ws, const seg_alloc *a)
{
	const char *t = d->doc + it->title_start;
	size_t		len = it->title_end - it->title_start;
	int			hits = 0;

	for (size_t i = 0; i < len;)
	{
		char		word[OVERLAP_WORD_MAX + 1];
		size_t		w = 0;

		while (i < len && !tu_alpha((unsigned char) t[i]))
			i++;
		while (i < len && tu_alpha((unsigned char) t[i]))
		{
			if (w < sizeof(word) - 1)
				word[w++] = (char) tu_fold((unsigned char) t[i]);
			i++;
		}
		word[w] = '\0';
		if (w >= 4 && word_in_text(ws, word, w, a))
			hits++;
	}
	return hits;
}

/*
 * The parts divide the lines in order, so the part of a line is found by
 * bisection: this is asked for every item, and a pack can have as many
 * parts as items.
 */
static size_t
part_end_of_line(const seg_doc *d, size_t line)
{
	size_t		lo = 0;
	size_t		hi = d->nparts;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (d->parts[mid].first <= line)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* lo - 1 is the last part that starts at or before the line */
	if (lo > 0 && line < d->parts[lo - 1].end)
		return d->parts[lo - 1].end;
	return d->nlines;
}

/*
 * The item of this part (items 0..k, all ending at pend) whose coded label
 * ("27/24", "PC12/23") opens line i, or SIZE_MAX.  A bare number names
 * nothing: "5." opens too many lines.
 */
static size_t
item_named_by(const seg_doc *d, size_t i, size_t k, size_t pend)
{
	const char *t = d->doc + d->lines[i].tstart;
	size_t		tlen = d->lines[i].tend - d->lines[i].tstart;

	for (size_t m = k + 1; m-- > 0;)
	{
		const seg_item *it = &d->items[m];
		const char *label = d->doc + it->label_start;
		size_t		llen = it->label_end - it->label_start;
		bool		coded = false;

		if (part_end_of_line(d, it->head_line) != pend)
			break;
		for (size_t c = 0; c < llen; c++)
			if (label[c] == '/' || tu_alpha((unsigned char) label[c]))
				coded = true;
		if (coded && llen >= 3 && llen < tlen && memcmp(t, label, llen) == 0 &&
			!tu_alnum((unsigned char) t[llen]) && t[llen] != '/')
			return m;
	}
	return SIZE_MAX;
}

void
seg_finish_items(seg_doc *d, const seg_alloc *a)
{
	for (size_t k = 0; k < d->nitems; k++)
	{
		seg_item   *it = &d->items[k];
		size_t		pend = part_end_of_line(d, it->head_line);
		size_t		end = pend;
		size_t		last;

		seg_tick(a, k);

		if (k + 1 < d->nitems && d->items[k + 1].first_line < end)
			end = d->items[k + 1].first_line;
		if (it->body_first > end)
			it->body_first = end;
		it->orphan_first = it->orphan_end = 0;
		/* The last item of a part ends where the meeting closes. */
		if (k + 1 == d->nitems || d->items[k + 1].first_line >= pend)
		{
			for (size_t j = it->body_first; j < end; j++)
				if (d->lines[j].flags & SEG_CLOSING)
				{
					size_t		after = j;
					size_t		dl = SIZE_MAX;

					end = j;
					/* A decision printed after the signature belongs to an item of this part. */
					while (after < pend && ((d->lines[after].flags & SEG_CLOSING) ||
											!seg_line_usable(&d->lines[after])))
						after++;
					for (size_t m = after; m < pend; m++)
						if (seg_line_usable(&d->lines[m]) && decision_line(d, m))
						{
							dl = m;
							break;
						}
					if (dl != SIZE_MAX)
					{
						size_t		best = k;
						int			best_hits = 0;
						word_set	ws = {d->doc + d->lines[after].start,
							d->lines[pend - 1].end - d->lines[after].start, NULL, 0, 0};
						size_t		named = item_named_by(d, dl, k, pend);

						if (ws.tlen > 4096)
							ws.tlen = 4096;
						/* "27/24 RESOLVED: That ..." names its item; else the one whose title it echoes */
						for (size_t m = named != SIZE_MAX ? 0 : k + 1; m-- > 0;)
						{
							int			h;

							seg_tick(a, m);
							if (part_end_of_line(d, d->items[m].head_line) != pend)
								break;
							h = title_overlap(d, &d->items[m], &ws, a);
							if (h > best_hits)
							{
								best_hits = h;
								best = m;
							}
						}
						if (ws.slots != NULL)
							a->release(a->ctx, ws.slots);
						if (named != SIZE_MAX)
							best = named;
						d->items[best].orphan_first = after;
						d->items[best].orphan_end = pend;
					}
					break;
				}
		}
		it->body_end = end > it->body_first ? end : it->body_first;
		/* The item's span ends at its last line of text. */
		last = it->first_line;
		for (size_t j = end; j-- > it->first_line;)
			if (seg_line_usable(&d->lines[j]))
			{
				last = j;
				break;
			}
		if (last < it->head_line)
			last = it->head_line;
		it->start = d->lines[it->first_line].start;
		it->end = d->lines[last].end;
	}
}

