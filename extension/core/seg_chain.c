/*
 * seg_chain.c - the heading chain: the run of candidates whose numbers rise
 * through a part with title-like text and item-like bodies; numbered lists,
 * paragraphs and restarts (a second meeting) are told from it here.
 */
#include "seg_stages.h"

/* A heading scheme's numbers may skip this many (withdrawn or exempt items). */
#define CHAIN_GAP 12
/* How far back, in candidates of the same family, a chain looks for its predecessor. */
#define CHAIN_WINDOW 64

/* Largest step between the numbers of a list's lines: "3. SLCC" / "5. Hall hire". */
#define LIST_GAP 3

/*
 * Numbered lines that follow one another, rising by small steps, with no
 * text between them are a list ("1. Leadership" / "2. Workforce" / ...),
 * not headings.
 */
void
seg_mark_lists(const seg_doc *d, cand *cs, size_t nc)
{
	size_t		run_start = SIZE_MAX;
	size_t		run = 0;
	size_t		prev = SIZE_MAX;
	int64_t		outer = -1;		/* the number a run that started lower interrupted */

	for (size_t k = 0; k <= nc; k++)
	{
		bool		joined = false;

		if (k < nc && cs[k].it.sub != 0)
			continue;			/* a sub-minute is text between headings */
		/*
		 * A list rises by small steps ("1. HMRC", "2. Salary", "3. SLCC", "5.
		 * Hall hire"); a jump to the number after the one a list interrupted
		 * resumes the scheme: "3. Correspondence" / "1. Civic Award" / "2.
		 * Newsletter" / "4. Website" is a heading, its list and the next
		 * heading.
		 */
		if (k < nc && prev != SIZE_MAX && cs[k].family == cs[prev].family &&
			(cs[k].it.number == cs[prev].it.number + 1 ||
			 (cs[k].it.number > cs[prev].it.number && cs[k].it.number - cs[prev].it.number <= LIST_GAP &&
			  cs[k].it.number != outer + 1) ||
			 (cs[k].it.number == 0 && cs[prev].it.number == 0)))
		{
			size_t		from = cs[prev].it.body_first;

			joined = true;
			for (size_t j = from; j < cs[k].it.first_line; j++)
				if (seg_line_usable(&d->lines[j]))
				{
					joined = false;
					break;
				}
		}
		if (joined)
		{
			run++;
			prev = k;
			continue;
		}
		if (run >= 3)
			for (size_t j = run_start; j < k; j++)
				if (cs[j].it.sub == 0)
					cs[j].listed = true;
		outer = k < nc && prev != SIZE_MAX && cs[k].family == cs[prev].family &&
			cs[k].it.number <= cs[prev].it.number ? cs[prev].it.number : -1;
		run_start = k;
		run = 1;
		prev = k;
	}
}

static int
family_rank(uint64_t family)
{
	return (int) (family >> 60);
}

/*
 * The heading scheme of a part: for every family of candidates (or only
 * the candidates of `family` that read as titles, when it is not 0), the
 * best chain of numbers that rise (or repeat) by small steps through the
 * part; the family whose chain carries the most weight wins.
 */
void
seg_choose_chain(cand *cs, size_t nc, uint64_t family, int *best_end, const seg_alloc *a)
{
	int			best = -1;
	/*
	 * The previous scored candidate of the same family, through a table of
	 * each family's latest: walking back over every candidate of other
	 * families was quadratic in a part whose headings each have a family
	 * of their own ("A1/17", "B1/17", ...).
	 */
	size_t		nslots = 16;
	int		   *latest;			/* by family hash: 1 + candidate, 0: empty */
	int		   *same_prev;		/* by candidate: the family's scored one before, or -1 */

	*best_end = -1;
	while (nslots < 2 * nc)
		nslots *= 2;
	latest = a->alloc(a->ctx, nslots * sizeof(int));
	memset(latest, 0, nslots * sizeof(int));
	same_prev = a->alloc(a->ctx, (nc > 0 ? nc : 1) * sizeof(int));
	for (size_t j = 0; j < nc; j++)
	{
		cand	   *c = &cs[j];
		size_t		seen = 0;
		size_t		h;

		seg_tick(a, j);
		c->score = -1;
		if (c->listed || c->it.sub != 0 || (family != 0 && (c->family != family || c->weight < 2)))
			continue;
		c->score = c->weight;
		c->prev = -1;
		c->chain_len = 1;
		h = (size_t) ((c->family * 0x9E3779B97F4A7C15ULL) >> 32) & (nslots - 1);
		while (latest[h] != 0 && cs[latest[h] - 1].family != c->family)
			h = (h + 1) & (nslots - 1);
		same_prev[j] = latest[h] - 1;
		latest[h] = (int) j + 1;
		for (int k = same_prev[j]; k >= 0 && seen < CHAIN_WINDOW; k = same_prev[k])
		{
			const cand *b = &cs[k];
			/*
			 * A number printed twice ("4", "4") is a heading twice, but adds
			 * no weight: else numbering that starts again at 1 would gather
			 * its 1s into the chain of the numbers before it.
			 */
			int			link = b->it.number == c->it.number ? 0 : c->weight;

			seen++;

			/* "5A" joins the 5 before it, though it adds no weight */
			if (b->it.number <= c->it.number && c->it.number - b->it.number <= CHAIN_GAP &&
				(b->score + link > c->score ||
				 (c->lettered && b->it.number == c->it.number && b->score >= c->score && c->prev < 0)))
			{
				c->score = b->score + link;
				c->prev = k;
				c->chain_len = b->chain_len + 1;
			}
		}
	}
	a->release(a->ctx, same_prev);
	a->release(a->ctx, latest);
	for (size_t j = 0; j < nc; j++)
	{
		const cand *c = &cs[j];
		int			len = c->chain_len;

		if (c->score < 0)
			continue;
		/* Plain numbers and unread codes need two headings of evidence; minute_refs stand alone. */
		if (len < 2 && family_rank(c->family) >= SEG_FORM_DOT)
			continue;
		/* on equal weight, the chain with a number printed twice in it, then the better family */
		if (c->score > best ||
			(c->score == best && len > cs[*best_end].chain_len) ||
			(c->score == best && len == cs[*best_end].chain_len &&
			 family_rank(c->family) < family_rank(cs[*best_end].family)))
		{
			best = c->score;
			*best_end = (int) j;
		}
	}
}

/* The first candidate of the chain that ends at cs[end]. */
int
seg_chain_first(const cand *cs, int end)
{
	int			k = end;

	while (cs[k].prev >= 0)
		k = cs[k].prev;
	return k;
}

/*
 * Numbering that starts again: the minutes of a second meeting bound into
 * the same file, or a word processor's list that restarted at 1 part way
 * through the minutes.  In cs[lo, hi), the best chain of the winning
 * family's headings that read as titles, when it starts at 1 (or 0) and
 * holds two headings or more, is the scheme again.  Returns its last
 * candidate, or -1.
 *
 * Numbered lines inside an item start at 1 too.  They are a list, not a
 * restart, when its first line follows the item's heading at once or a
 * line ending in a colon ("The following matters were raised:"), when a
 * line reads as someone's report ("1. Cllr Moss reported on the
 * footpath"), and when they come after the meeting closed or was signed
 * with no new meeting's heading after that (an appendix's numbering).
 */
#define RESTART_MIN_HEADINGS 2

/* Does s[0..len) hold a date: a month's name, or "01/07/2025"? */
static bool
holds_date(const char *s, size_t len)
{
	for (size_t p = 0; p < len; p++)
	{
		if (p > 0 && tu_alnum((unsigned char) s[p - 1]))
			continue;
		if (tu_alpha((unsigned char) s[p]) && tu_month(s + p, len - p) > 0)
			return true;
		if (tu_digit((unsigned char) s[p]))
		{
			size_t		q = p;
			int			groups = 0;
			size_t		digits = 0;

			for (;;)
			{
				size_t		from = q;

				while (q < len && tu_digit((unsigned char) s[q]))
					q++;
				digits = q - from;
				groups++;
				if (q + 1 < len && (s[q] == '/' || s[q] == '.') && tu_digit((unsigned char) s[q + 1]) &&
					groups < 3)
					q++;
				else
					break;
			}
			if (groups == 3 && digits == 4)
				return true;
		}
	}
	return false;
}

/*
 * Does line i open a meeting's record: "Minutes of ...", an attendance
 * marker ("Present:", "Members present:", "Sederunt"), or a body or meeting
 * named with a date on its line or the next ("Ashcombe Community Council" /
 * "Tuesday 1st July 2025")?
 */
static bool
meeting_anchor(const seg_doc *d, size_t i, const seg_alloc *a)
{
	const seg_line *l = &d->lines[i];
	const char *s = d->doc + l->tstart;
	size_t		len = l->tend - l->tstart;
	const char *colon = memchr(s, ':', len);
	size_t		next = i + 1;

	if (tu_word_ci(s, len, "minutes") || tu_word_ci(s, len, "present"))
		return true;
	if (pp_marker_heading(d->doc, l->tstart, colon ? l->tstart + (size_t) (colon - s) : l->tend, a))
		return true;
	if (len > 160 || !((seg_line_words(s, len) & LW_BODY) || tu_find_ci(s, len, "meeting") < len))
		return false;
	if (holds_date(s, len))
		return true;
	while (next < d->nlines && (d->lines[next].flags & SEG_BLANK))
		next++;
	return next < d->nlines &&
		holds_date(d->doc + d->lines[next].tstart, d->lines[next].tend - d->lines[next].tstart);
}

/* The people whose report a numbered line tells: "Cllr Moss reported ...". */
static const char *const report_subjects[] = {
	"cllr", "cllrs", "councillor", "councillors", "mr", "mrs", "ms", "dr", "clerk", "chair",
	"chairman", "mayor", NULL
};

/*
 * "Cllr Moss reported ...", "The Clerk explained ...": a person, then a past
 * tense in lower case ("Mill Lane speed limit" and "Applications received"
 * name no one).
 */
static bool
reads_as_report(const char *s, size_t len)
{
	size_t		p = 0;
	bool		person = false;

	while (p < len)
	{
		size_t		w;

		while (p < len && !tu_alpha((unsigned char) s[p]))
			p++;
		w = p;
		while (p < len && tu_alpha((unsigned char) s[p]))
			p++;
		if (w == p)
			return false;
		if (tu_upper((unsigned char) s[w]))
		{
			person |= tu_word_listed(s + w, p - w, report_subjects);
			continue;
		}
		return person && p - w > 3 && s[p - 2] == 'e' && s[p - 1] == 'd' && s[p - 3] != 'e';
	}
	return false;
}

/*
 * A line ending in a colon that introduces a list: "Members raised the
 * following:", not a label ("In attendance:", "Apologies:").
 */
#define LIST_INTRO_MIN_WORDS 3

static bool
introduces_list(const seg_doc *d, size_t i, const seg_alloc *a)
{
	const seg_line *l = &d->lines[i];
	const char *s = d->doc + l->tstart;
	size_t		len = l->tend - l->tstart;

	return len > 0 && s[len - 1] == ':' && seg_count_words(s, len) >= LIST_INTRO_MIN_WORDS &&
		!pp_marker_heading(d->doc, l->tstart, l->tend - 1, a);
}

/* Is the chain ending at cs[end], after the heading before (NULL: none), a list inside an item? */
static bool
restart_is_list(const seg_doc *d, const cand *cs, int end, const seg_item *before, const seg_alloc *a)
{
	int			first = seg_chain_first(cs, end);
	size_t		head = cs[first].it.first_line;
	bool		after = before != NULL;
	size_t		after_line = after ? before->first_line : 0;
	bool		closed = false;
	size_t		prev = after_line;
	int			titles = 0;
	int			reports = 0;

	/* most of its lines, not one, read as reports: "2. Mill Lane speed limit" is a title */
	for (int k = end; k >= 0; k = cs[k].prev)
		if (cs[k].it.title_end > cs[k].it.title_start)
		{
			titles++;
			reports += reads_as_report(d->doc + cs[k].it.title_start,
									   cs[k].it.title_end - cs[k].it.title_start);
		}
	if (reports * 2 > titles)
		return true;
	if (head == 0)
		return false;
	for (size_t i = after ? after_line + 1 : 0; i < head; i++)
	{
		const seg_line *l = &d->lines[i];

		if ((l->flags & SEG_BLANK) || (after && l->tend <= before->title_end))
			continue;
		prev = i;
		if (!after)
			continue;
		if (l->flags & SEG_CLOSING)
			closed = true;
		else if (closed && meeting_anchor(d, i, a))
			closed = false;
	}
	if (closed)
		return true;
	if (after && prev == after_line)
		return true;
	return prev < head && introduces_list(d, prev, a);
}

/*
 * The next restart in cs[lo, hi) after the heading before (NULL when it is
 * looked for before the winning chain), or -1.  After the chain, an item's
 * list is passed over and the search goes on beyond it: a later meeting
 * may follow.
 */
int
seg_restart_chain(const seg_doc *d, cand *cs, int lo, int hi, uint64_t family, const seg_item *before,
			  const seg_alloc *a)
{
	for (;;)
	{
		int			end;
		int			len = 0;
		int			k;

		if (hi - lo < RESTART_MIN_HEADINGS)
			return -1;
		seg_choose_chain(cs + lo, (size_t) (hi - lo), family, &end, a);
		if (end < 0)
			return -1;
		for (k = lo + end;; k = cs[k].prev)
		{
			len++;
			if (cs[k].prev < 0)
				break;
			cs[k].prev += lo;	/* choose_chain counted from cs + lo */
		}
		if (len < RESTART_MIN_HEADINGS || cs[k].it.number > 1)
			return -1;
		if (!restart_is_list(d, cs, lo + end, before, a))
			return lo + end;
		if (before == NULL)
			return -1;
		lo += end + 1;
	}
}

void
seg_push_item(seg_doc *d, size_t *cap, const seg_item *it, const seg_alloc *a)
{
	if (d->nitems == *cap)
	{
		size_t		ncap = *cap ? *cap * 2 : 16;
		seg_item   *ni = a->alloc(a->ctx, sizeof(seg_item) * ncap);

		if (d->nitems)
			seg_copy(ni, d->items, sizeof(seg_item) * d->nitems, a);
		if (d->items)
			a->release(a->ctx, d->items);
		d->items = ni;
		*cap = ncap;
	}
	d->items[d->nitems++] = *it;
}

/*
 * A code's numbers ("24/131", "15/03/7", "P.14.23"): which of them is the
 * minute's number is not known from its place, so each is tried as the
 * number of a family of its own, the code with that number blanked out
 * ("24/#", "#/131").  The family in which the numbers rise wins the chain.
 * Writes up to LABEL_GROUPS candidates to out; returns how many.
 */
size_t
seg_label_candidates(const seg_doc *d, const cand *base, cand *out)
{
	const char *s = d->doc;
	size_t		gstart[LABEL_GROUPS];
	size_t		gend[LABEL_GROUPS];
	int			gval[LABEL_GROUPS];
	size_t		ng = 0;
	size_t		n = 0;

	for (size_t k = base->it.label_start; k < base->it.label_end;)
	{
		size_t		q = k;
		int			v = 0;

		if (!tu_digit((unsigned char) s[k]))
		{
			k++;
			continue;
		}
		while (q < base->it.label_end && tu_digit((unsigned char) s[q]))
		{
			if (q - k < 6)
				v = v * 10 + (s[q] - '0');
			q++;
		}
		if (ng == LABEL_GROUPS || q - k > 5)
			return 0;			/* not a minute's code: a phone number, a long figure */
		gstart[ng] = k;
		gend[ng] = q;
		gval[ng] = v;
		ng++;
		k = q;
	}
	for (size_t g = 0; g < ng; g++)
	{
		uint64_t	h = 1469598103934665603ULL;

		if (gval[g] == 0)
			continue;
		for (size_t k = base->it.label_start; k < base->it.label_end; k++)
		{
			unsigned char ch = (unsigned char) s[k];

			if (k >= gstart[g] && k < gend[g])
			{
				if (k > gstart[g])
					continue;
				ch = '#';
			}
			else if (ch >= 'A' && ch <= 'Z')
				ch = (unsigned char) (ch - 'A' + 'a');
			h = (h ^ ch) * 1099511628211ULL;
		}
		out[n] = *base;
		out[n].it.form = SEG_FORM_LABEL;
		out[n].it.number = gval[g];
		out[n].it.year = 0;
		out[n].it.code = 0;
		out[n].family = ((uint64_t) SEG_FORM_LABEL << 60) | (h >> 4);
		n++;
	}
	return n;
}

