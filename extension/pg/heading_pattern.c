/*
 * heading_pattern.c - a council's own heading form, as a PCRE2 pattern.
 *
 * Patterns are compiled once per backend and kept in a small cache keyed by
 * the pattern text (PCRE2 allocates with malloc; the cache lives as long as
 * the backend).  JIT is used where the library has it.  Every match runs
 * under match and depth limits, so no line can make the pattern backtrack
 * for long: a line that hits a limit is simply not a heading.
 */
#include "postgres.h"

#include "mb/pg_wchar.h"
#include "miscadmin.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "../core/mref.h"
#include "heading_pattern.h"

#define PATTERN_CACHE_SIZE 8
#define MATCH_LIMIT 100000
#define DEPTH_LIMIT 1000

typedef struct cached_pattern
{
	char	   *source;			/* malloc'd copy of the pattern text */
	size_t		source_len;
	pcre2_code *code;
	pcre2_match_data *match;
	uint64		last_used;
	int			number_group;
	int			year_group;		/* -1 when absent */
	int			title_group;
	bool		utf;
} cached_pattern;

static cached_pattern cache[PATTERN_CACHE_SIZE];
static uint64 use_clock = 0;
static pcre2_match_context *match_context = NULL;

static void
forget(cached_pattern *c)
{
	if (c->match)
		pcre2_match_data_free(c->match);
	if (c->code)
		pcre2_code_free(c->code);
	free(c->source);
	memset(c, 0, sizeof(*c));
}

static int
group(pcre2_code *code, const char *name)
{
	int			n = pcre2_substring_number_from_name(code, (PCRE2_SPTR) name);

	return n > 0 ? n : -1;
}

static cached_pattern *
compile_pattern(text *pattern)
{
	const char *src = VARDATA_ANY(pattern);
	size_t		len = VARSIZE_ANY_EXHDR(pattern);
	bool		utf = GetDatabaseEncoding() == PG_UTF8;
	cached_pattern *slot = &cache[0];
	int			err_code;
	PCRE2_SIZE	erroffset;
	pcre2_code *code;

	for (int i = 0; i < PATTERN_CACHE_SIZE; i++)
	{
		cached_pattern *c = &cache[i];

		if (c->code && c->source_len == len && c->utf == utf && memcmp(c->source, src, len) == 0)
		{
			c->last_used = ++use_clock;
			return c;
		}
		if (c->last_used < slot->last_used)
			slot = c;
	}
	if (match_context == NULL)
	{
		match_context = pcre2_match_context_create(NULL);
		if (match_context == NULL)
			ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
		pcre2_set_match_limit(match_context, MATCH_LIMIT);
		pcre2_set_depth_limit(match_context, DEPTH_LIMIT);
	}
	code = pcre2_compile((PCRE2_SPTR) src, len, utf ? (PCRE2_UTF | PCRE2_UCP) : 0,
						 &err_code, &erroffset, NULL);
	if (code == NULL)
	{
		PCRE2_UCHAR message[256];

		pcre2_get_error_message(err_code, message, sizeof(message));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_REGULAR_EXPRESSION),
				 errmsg("invalid heading_pattern: %s", (const char *) message),
				 errdetail("The error is at character %d of the pattern.", (int) erroffset + 1),
				 errhint("heading_pattern is a PCRE2 pattern matched against each line.")));
	}
	if (group(code, "number") < 0)
	{
		pcre2_code_free(code);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_REGULAR_EXPRESSION),
				 errmsg("heading_pattern has no group named \"number\""),
				 errhint("Name the group that captures the minute number: (?<number>\\d+). "
						 "Groups \"year\" and \"title\" are optional.")));
	}
	/* JIT where available; the interpreter otherwise. */
	(void) pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);

	forget(slot);
	slot->source = malloc(len + 1);
	slot->match = pcre2_match_data_create_from_pattern(code, NULL);
	if (slot->source == NULL || slot->match == NULL)
	{
		pcre2_code_free(code);
		forget(slot);
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
	}
	memcpy(slot->source, src, len);
	slot->source_len = len;
	slot->utf = utf;
	slot->code = code;
	slot->number_group = group(code, "number");
	slot->year_group = group(code, "year");
	slot->title_group = group(code, "title");
	slot->last_used = ++use_clock;
	return slot;
}

static bool
group_span(const cached_pattern *c, int g, size_t base, uint32 *s, uint32 *e)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->match);

	if (g < 0 || ov[2 * g] == PCRE2_UNSET)
		return false;
	*s = (uint32) (base + ov[2 * g]);
	*e = (uint32) (base + ov[2 * g + 1]);
	return *e > *s;
}

static int
digits_value(const char *s, uint32 from, uint32 to, int max_digits)
{
	int			v = 0;
	int			n = 0;

	for (uint32 i = from; i < to; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
		{
			if (++n > max_digits)
				return 0;
			v = v * 10 + (s[i] - '0');
		}
		else if (n > 0)
			break;
	}
	return v;
}

void
heading_pattern_items(seg_doc *d, text *pattern, const seg_alloc *a)
{
	cached_pattern *c = compile_pattern(pattern);
	size_t		cap = 0;

	d->nitems = 0;
	for (size_t p = 0; p < d->nparts; p++)
	{
		const seg_part *part = &d->parts[p];

		if (part->kind != SEG_PART_MINUTES)
			continue;
		for (size_t i = part->first; i < part->end; i++)
		{
			const seg_line *l = &d->lines[i];
			seg_item	it;
			int			rc;
			uint32		ns;
			uint32		ne;
			uint32		ys;
			uint32		ye;

			/* every line: one match may run up to the match limit */
			CHECK_FOR_INTERRUPTS();
			if (l->flags & (SEG_BLANK | SEG_FURNITURE))
				continue;
			rc = pcre2_match(c->code, (PCRE2_SPTR) (d->doc + l->start), l->end - l->start,
							 0, 0, c->match, match_context);
			if (rc < 0 || !group_span(c, c->number_group, l->start, &ns, &ne))
				continue;		/* no match, or a limit hit: not a heading */
			memset(&it, 0, sizeof(it));
			it.form = SEG_FORM_PATTERN;
			it.first_line = it.head_line = i;
			it.body_first = i + 1;
			it.label_start = ns;
			it.label_end = ne;
			it.number = digits_value(d->doc, ns, ne, 5);
			if (group_span(c, c->year_group, l->start, &ys, &ye))
			{
				int			y = digits_value(d->doc, ys, ye, 4);

				it.year = y < 100 ? mref_expand_year(y) : y;
				if (ye > it.label_end && ys >= ne)
					it.label_end = ye;	/* "45/19": the label runs on to the year */
			}
			if (!group_span(c, c->title_group, l->start, &it.title_start, &it.title_end))
			{
				PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->match);

				it.title_start = (uint32) (l->start + ov[1]);
				it.title_end = l->tend > it.title_start ? l->tend : it.title_start;
			}
			if (it.year > 0 && (it.year < MREF_MIN_YEAR || it.year > MREF_MAX_YEAR))
				it.year = 0;
			if (it.number > MREF_MAX_NUMBER)
				it.number = 0;
			seg_push_item(d, &cap, &it, a);
		}
	}
	seg_finish_items(d, a);
}
