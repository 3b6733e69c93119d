/* guess.c - see guess.h. */
#include "guess.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* How far down the document the council's name is looked for. */
#define GUESS_LINES 30
/* A name has at most this many words before "Council". */
#define GUESS_WORDS 6

/* Words that open a sentence about the council, not its name. */
static const char *const not_name_words[] = {
	"minutes", "minute", "meeting", "meetings", "agenda", "annual", "extraordinary", "ordinary",
	"special", "full", "the", "of", "a", "an", "at", "for", "to", "held", "and", NULL
};

/* Small words inside a place's name: "Newcastle upon Tyne", "Stratford-on-Avon". */
static const char *const name_joiners[] = {"upon", "on", "in", "under", "le", "by", "next", NULL};

static bool
ascii_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool
ascii_alpha(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool
word_is(const char *s, size_t n, const char *const *list)
{
	for (size_t k = 0; list[k]; k++)
	{
		size_t		w = strlen(list[k]);
		size_t		i;

		if (w != n)
			continue;
		for (i = 0; i < n && (s[i] | 0x20) == list[k][i]; i++)
			;
		if (i == n)
			return true;
	}
	return false;
}

/* The name ending with "Council" at line[c..c+7), or NULL. */
static char *
name_before(const char *line, size_t c)
{
	size_t		from = c;
	int			words = 0;
	size_t		start = c;
	buf			out;

	while (words < GUESS_WORDS)
	{
		size_t		e = from;
		size_t		b;

		while (e > 0 && line[e - 1] == ' ')
			e--;
		b = e;
		while (b > 0 && (ascii_alpha(line[b - 1]) || line[b - 1] == '-' || line[b - 1] == '\''))
			b--;
		if (b == e || (b > 0 && line[b - 1] != ' '))
			break;
		if (word_is(line + b, e - b, name_joiners) && words > 0)
		{
			from = b;
			continue;
		}
		if (!ascii_upper(line[b]) || word_is(line + b, e - b, not_name_words))
			break;
		start = b;
		from = b;
		words++;
	}
	if (words == 0)
		return NULL;
	/* title case, so "WEREHAM PARISH COUNCIL" and "Wereham Parish Council" are one council */
	buf_init(&out);
	for (size_t i = start; i < c + 7; i++)
	{
		char		ch = line[i];
		bool		first = i == start || !ascii_alpha(line[i - 1]);

		if (ch == ' ' && buf_last(&out) == ' ')
			continue;
		if (ascii_alpha(ch))
			ch = first ? (char) (ch & ~0x20) : (char) (ch | 0x20);
		buf_addc(&out, ch);
	}
	/* joiners stay lower case: "Newcastle Upon Tyne" -> "Newcastle upon Tyne" */
	for (size_t i = 1; i < out.len; i++)
	{
		if (out.data[i - 1] != ' ')
			continue;
		for (size_t k = 0; name_joiners[k]; k++)
		{
			size_t		w = strlen(name_joiners[k]);

			if (i + w < out.len && out.data[i + w] == ' ' &&
				word_is(out.data + i, w, name_joiners) && i > 0)
				out.data[i] = (char) (out.data[i] | 0x20);
		}
	}
	return out.data;
}

char *
guess_council(const char *text, size_t len)
{
	size_t		p = 0;

	for (int line = 0; line < GUESS_LINES && p < len; line++)
	{
		size_t		e = p;

		while (e < len && text[e] != '\n')
			e++;
		for (size_t i = p; i + 7 <= e; i++)
		{
			bool		starts = i == p || !ascii_alpha(text[i - 1]);
			bool		ends = i + 7 == e || !ascii_alpha(text[i + 7]);

			if (starts && ends && word_is(text + i, 7, (const char *const[]) {"council", NULL}))
			{
				buf			l;
				char	   *name;

				/* a copy of the line with tabs as spaces */
				buf_init(&l);
				buf_add(&l, text + p, e - p);
				for (size_t k = 0; k < l.len; k++)
					if (l.data[k] == '\t' || l.data[k] == '\r')
						l.data[k] = ' ';
				name = name_before(l.data, i - p);
				buf_free(&l);
				if (name)
					return name;
			}
		}
		p = e + 1;
	}
	return NULL;
}
