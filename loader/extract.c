/* extract.c - see extract.h. */
#include "extract.h"

#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <poppler.h>
#include <zip.h>

/* How much of a file's start is looked at to tell its format. */
#define SNIFF_BYTES 1024
/* HTML nests no deeper than this here (libxml2 itself stops at 256). */
#define HTML_DEPTH_MAX 512

const char *
extract_format_name(doc_format f)
{
	switch (f)
	{
		case DOC_PDF:
			return "pdf";
		case DOC_HTML:
			return "html";
		case DOC_TEXT:
			return "text";
		case DOC_DOCX:
			return "docx";
		case DOC_BINARY:
			break;
	}
	return "binary";
}

static bool
starts_ci(const unsigned char *s, size_t len, const char *w)
{
	size_t		n = strlen(w);

	if (len < n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (g_ascii_tolower(s[i]) != w[i])
			return false;
	return true;
}

doc_format
extract_sniff(const unsigned char *data, size_t len)
{
	size_t		n = len < SNIFF_BYTES ? len : SNIFF_BYTES;
	size_t		p = 0;

	/* "%PDF-" may follow a little junk; readers accept it within the first kilobyte */
	for (size_t i = 0; i + 5 <= n; i++)
		if (memcmp(data + i, "%PDF-", 5) == 0)
			return DOC_PDF;
	if (n >= 4 && memcmp(data, "PK\003\004", 4) == 0)
		return DOC_DOCX;
	if (n >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
		p = 3;
	while (p < n && g_ascii_isspace(data[p]))
		p++;
	if (starts_ci(data + p, n - p, "<!doctype html") || starts_ci(data + p, n - p, "<html") ||
		starts_ci(data + p, n - p, "<head") || starts_ci(data + p, n - p, "<body") ||
		starts_ci(data + p, n - p, "<div") || starts_ci(data + p, n - p, "<table") ||
		starts_ci(data + p, n - p, "<p>") || starts_ci(data + p, n - p, "<h1") ||
		starts_ci(data + p, n - p, "<h2") || starts_ci(data + p, n - p, "<!--"))
		return DOC_HTML;
	if (starts_ci(data + p, n - p, "<?xml"))
	{
		/* XHTML */
		for (size_t i = p; i + 5 <= n; i++)
			if (starts_ci(data + i, n - i, "<html"))
				return DOC_HTML;
	}
	/* UTF-16 text carries NULs but says so with its byte-order mark */
	if (n >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
		return DOC_TEXT;
	if (memchr(data, '\0', n) != NULL)
		return DOC_BINARY;
	return DOC_TEXT;
}

/* Windows-1252's 0x80..0x9F; the rest of its upper half is Latin-1. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
	0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178
};

static void
add_utf8(buf *out, uint32_t cp)
{
	char		tmp[4];
	size_t		n;

	if (cp < 0x80)
	{
		tmp[0] = (char) cp;
		n = 1;
	}
	else if (cp < 0x800)
	{
		tmp[0] = (char) (0xC0 | (cp >> 6));
		tmp[1] = (char) (0x80 | (cp & 0x3F));
		n = 2;
	}
	else
	{
		tmp[0] = (char) (0xE0 | (cp >> 12));
		tmp[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		tmp[2] = (char) (0x80 | (cp & 0x3F));
		n = 3;
	}
	buf_add(out, tmp, n);
}

/* Copies UTF-8 text with its line ends made '\n' ("\r\n" and a lone '\r'). */
static void
add_lines(buf *out, const char *s, size_t len)
{
	size_t		from = 0;

	for (size_t i = 0; i < len; i++)
	{
		if (s[i] != '\r')
			continue;
		buf_add(out, s + from, i - from);
		buf_addc(out, '\n');
		if (i + 1 < len && s[i + 1] == '\n')
			i++;
		from = i + 1;
	}
	buf_add(out, s + from, len - from);
}

bool
extract_plain(const unsigned char *data, size_t len, buf *out, buf *why)
{
	const char *s = (const char *) data;

	if (len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
	{
		GError	   *err = NULL;
		gsize		wrote = 0;
		gchar	   *u = g_convert(s + 2, (gssize) (len - 2), "UTF-8",
								  data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", NULL, &wrote, &err);

		if (u == NULL)
		{
			buf_printf(why, "UTF-16 text that does not convert: %s", err ? err->message : "?");
			g_clear_error(&err);
			return false;
		}
		if (memchr(u, '\0', wrote) != NULL)
		{
			g_free(u);
			buf_adds(why, "the text holds NUL characters");
			return false;
		}
		add_lines(out, u, wrote);
		g_free(u);
		return true;
	}
	if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
	{
		s += 3;
		len -= 3;
	}
	if (memchr(s, '\0', len) != NULL)
	{
		buf_adds(why, "binary content (NUL bytes): not a text, PDF or HTML document");
		return false;
	}
	if (g_utf8_validate(s, (gssize) len, NULL))
	{
		add_lines(out, s, len);
		return true;
	}
	/* Not UTF-8: the Windows code page that Word and older sites write. */
	{
		buf			u;

		buf_init(&u);
		for (size_t i = 0; i < len; i++)
		{
			unsigned char c = (unsigned char) s[i];

			if (c < 0x80)
				buf_addc(&u, (char) c);
			else if (c < 0xA0)
				add_utf8(&u, cp1252_high[c - 0x80]);
			else
				add_utf8(&u, c);
		}
		add_lines(out, u.data, u.len);
		buf_free(&u);
	}
	return true;
}

/* ------------------------------------------------------------------ */
/* HTML                                                               */
/* ------------------------------------------------------------------ */

typedef struct html_state
{
	buf		   *out;
	bool		space;			/* white space seen since the last text */
	int			pre;			/* inside <pre> */
} html_state;

static bool
name_in(const xmlChar *name, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (xmlStrcasecmp(name, (const xmlChar *) list[i]) == 0)
			return true;
	return false;
}

/* Never text of the minutes: code, navigation, forms, embedded media. */
static const char *const skipped_elements[] = {
	"script", "style", "noscript", "template", "head", "nav", "form", "button", "select",
	"input", "textarea", "iframe", "svg", "object", "img", "map", NULL
};

/* A class or id word that marks site furniture ("breadcrumb", "cookie-banner"). */
static const char *const furniture_words[] = {
	"nav", "navigation", "menu", "breadcrumb", "breadcrumbs", "cookie", "cookies", "skiplink",
	"sidebar", NULL
};

/* Lines of their own, with a blank line around them. */
static const char *const paragraph_elements[] = {
	"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "ul", "ol", "dl",
	"hr", NULL
};

/* Lines of their own. */
static const char *const line_elements[] = {
	"div", "li", "tr", "dt", "dd", "section", "article", "main", "header", "footer", "aside",
	"address", "caption", "figure", "figcaption", "tbody", "thead", "tfoot", "body", NULL
};

static bool
attribute_marks_furniture(const xmlNode *n, const char *attr)
{
	xmlChar    *v = xmlGetProp(n, (const xmlChar *) attr);
	bool		hit = false;

	if (v == NULL)
		return false;
	for (char *p = (char *) v; *p && !hit;)
	{
		size_t		w = 0;

		while (p[w] && !g_ascii_isspace(p[w]) && p[w] != '-' && p[w] != '_')
			w++;
		for (size_t k = 0; furniture_words[k] && !hit; k++)
			hit = strlen(furniture_words[k]) == w && g_ascii_strncasecmp(p, furniture_words[k], w) == 0;
		p += w;
		while (*p && (g_ascii_isspace(*p) || *p == '-' || *p == '_'))
			p++;
	}
	xmlFree(v);
	return hit;
}

static void
html_newline(html_state *st, int want)
{
	buf		   *o = st->out;
	int			have = 0;

	st->space = false;
	if (o->len == 0)
		return;
	while ((size_t) have < o->len && have < 2 && o->data[o->len - 1 - have] == '\n')
		have++;
	/* a line's trailing spaces go */
	if (have == 0)
		while (o->len > 0 && o->data[o->len - 1] == ' ')
			o->data[--o->len] = '\0';
	for (; have < want; have++)
		buf_addc(o, '\n');
}

static void
html_text(html_state *st, const char *s)
{
	for (; *s; s++)
	{
		unsigned char c = (unsigned char) *s;

		if (st->pre)
		{
			if (c != '\r')
				buf_addc(st->out, (char) c);
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
		{
			st->space = true;
			continue;
		}
		if (st->space && st->out->len > 0 && buf_last(st->out) != '\n' && buf_last(st->out) != ' ')
			buf_addc(st->out, ' ');
		st->space = false;
		buf_addc(st->out, (char) c);
	}
}

static void
html_walk(html_state *st, const xmlNode *n, int depth)
{
	for (; n != NULL; n = n->next)
	{
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
		{
			if (n->content)
				html_text(st, (const char *) n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE || depth > HTML_DEPTH_MAX)
			continue;
		if (name_in(n->name, skipped_elements) ||
			attribute_marks_furniture(n, "class") || attribute_marks_furniture(n, "id") ||
			attribute_marks_furniture(n, "role"))
			continue;
		if (xmlStrcasecmp(n->name, (const xmlChar *) "br") == 0)
		{
			buf_addc(st->out, '\n');
			st->space = false;
			continue;
		}
		if (xmlStrcasecmp(n->name, (const xmlChar *) "td") == 0 ||
			xmlStrcasecmp(n->name, (const xmlChar *) "th") == 0)
		{
			/* the cells of a row are one line: "12." and its title */
			if (st->out->len > 0 && buf_last(st->out) != '\n')
				buf_adds(st->out, "  ");
			st->space = false;
			html_walk(st, n->children, depth + 1);
			continue;
		}
		{
			bool		para = name_in(n->name, paragraph_elements);
			bool		line = !para && name_in(n->name, line_elements);
			bool		pre = xmlStrcasecmp(n->name, (const xmlChar *) "pre") == 0;

			if (para || line)
				html_newline(st, para ? 2 : 1);
			if (xmlStrcasecmp(n->name, (const xmlChar *) "li") == 0)
				buf_adds(st->out, "- ");
			st->pre += pre;
			html_walk(st, n->children, depth + 1);
			st->pre -= pre;
			if (para || line)
				html_newline(st, para ? 2 : 1);
		}
	}
}

/* Does the page name its own character set? Then libxml2 follows it. */
static bool
declares_charset(const unsigned char *data, size_t len)
{
	size_t		n = len < 4096 ? len : 4096;

	for (size_t i = 0; i + 8 <= n; i++)
		if (starts_ci(data + i, n - i, "charset") || starts_ci(data + i, n - i, "encoding="))
			return true;
	return false;
}

bool
extract_html(const unsigned char *data, size_t len, buf *out, buf *why)
{
	const char *enc = NULL;
	htmlDocPtr	doc;
	html_state	st;
	xmlNode    *root;

	if (len > INT32_MAX)
	{
		buf_adds(why, "an HTML page over 2 GB");
		return false;
	}
	if (!declares_charset(data, len))
		enc = g_utf8_validate((const char *) data, (gssize) len, NULL) ? "UTF-8" : "windows-1252";
	doc = htmlReadMemory((const char *) data, (int) len, NULL, enc,
						 HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
						 HTML_PARSE_NONET);
	if (doc == NULL)
	{
		buf_adds(why, "an HTML page libxml2 cannot parse");
		return false;
	}
	root = xmlDocGetRootElement(doc);
	st.out = out;
	st.space = false;
	st.pre = 0;
	if (root != NULL)
		html_walk(&st, root, 0);
	xmlFreeDoc(doc);
	html_newline(&st, 1);
	return true;
}

/* ------------------------------------------------------------------ */
/* Word documents                                                     */
/* ------------------------------------------------------------------ */

/* A part of a .docx larger than this is refused (a ZIP bomb, not minutes). */
#define DOCX_PART_MAX (256 * 1024 * 1024)
/* Levels of a Word list. */
#define DOCX_LEVELS 9

/*
 * Word numbers its headings and lists itself: "1." is not in the text but
 * in numbering.xml (each w:num points at an abstract list whose levels have
 * a format and a start).  The numbers are put back, because the heading
 * chain reads them.
 */
typedef struct docx_level
{
	char		fmt[16];		/* decimal, lowerLetter, upperLetter, lowerRoman, bullet ... */
	int			start;
} docx_level;

typedef struct docx_list
{
	int			num_id;
	int			abstract_id;
	int			counter[DOCX_LEVELS];
} docx_list;

typedef struct docx_state
{
	buf		   *out;
	docx_list  *lists;
	size_t		nlists;
	/* abstract lists: id and levels */
	int		   *abstract_ids;
	docx_level *levels;			/* nabstract * DOCX_LEVELS */
	size_t		nabstract;
} docx_state;

static bool
local(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, (const xmlChar *) name) == 0;
}

static int
int_attr(const xmlNode *n, const char *name, int dflt)
{
	xmlChar    *v = NULL;
	int			r = dflt;

	for (xmlAttr *a = n->properties; a; a = a->next)
		if (xmlStrcmp(a->name, (const xmlChar *) name) == 0)
			v = xmlNodeGetContent((xmlNode *) a);
	if (v)
	{
		r = atoi((char *) v);
		xmlFree(v);
	}
	return r;
}

static void
str_attr(const xmlNode *n, const char *name, char *out, size_t cap)
{
	out[0] = '\0';
	for (xmlAttr *a = n->properties; a; a = a->next)
		if (xmlStrcmp(a->name, (const xmlChar *) name) == 0)
		{
			xmlChar    *v = xmlNodeGetContent((xmlNode *) a);

			if (v)
				g_strlcpy(out, (char *) v, cap);
			xmlFree(v);
		}
}

static xmlNode *
child(const xmlNode *n, const char *name)
{
	for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
		if (local(c, name))
			return c;
	return NULL;
}

static bool
read_part(zip_t *za, const char *name, buf *out, buf *why)
{
	zip_stat_t	st;
	zip_file_t *f;
	char		chunk[65536];
	zip_int64_t n;

	if (zip_stat(za, name, 0, &st) != 0)
		return false;
	if ((st.valid & ZIP_STAT_SIZE) && st.size > DOCX_PART_MAX)
	{
		buf_printf(why, "a Word document whose %s is over %d MB", name, DOCX_PART_MAX >> 20);
		return false;
	}
	if ((f = zip_fopen(za, name, 0)) == NULL)
	{
		buf_printf(why, "a Word document whose %s does not open: %s", name, zip_strerror(za));
		return false;
	}
	while ((n = zip_fread(f, chunk, sizeof(chunk))) > 0)
	{
		if (out->len + (size_t) n > DOCX_PART_MAX)
		{
			zip_fclose(f);
			buf_printf(why, "a Word document whose %s is over %d MB", name, DOCX_PART_MAX >> 20);
			return false;
		}
		buf_add(out, chunk, (size_t) n);
	}
	zip_fclose(f);
	if (n < 0)
	{
		buf_printf(why, "a Word document whose %s is damaged", name);
		return false;
	}
	return true;
}

static void
read_numbering(docx_state *st, xmlNode *root)
{
	for (xmlNode *n = root ? root->children : NULL; n; n = n->next)
	{
		if (local(n, "abstractNum"))
		{
			size_t		k = st->nabstract++;

			st->abstract_ids = g_renew(int, st->abstract_ids, st->nabstract);
			st->levels = g_renew(docx_level, st->levels, st->nabstract * DOCX_LEVELS);
			st->abstract_ids[k] = int_attr(n, "abstractNumId", -1);
			for (int l = 0; l < DOCX_LEVELS; l++)
			{
				g_strlcpy(st->levels[k * DOCX_LEVELS + l].fmt, "decimal", 16);
				st->levels[k * DOCX_LEVELS + l].start = 1;
			}
			for (xmlNode *lv = n->children; lv; lv = lv->next)
			{
				int			il = local(lv, "lvl") ? int_attr(lv, "ilvl", -1) : -1;
				xmlNode    *f;
				xmlNode    *s;

				if (il < 0 || il >= DOCX_LEVELS)
					continue;
				if ((f = child(lv, "numFmt")) != NULL)
					str_attr(f, "val", st->levels[k * DOCX_LEVELS + il].fmt, 16);
				if ((s = child(lv, "start")) != NULL)
					st->levels[k * DOCX_LEVELS + il].start = int_attr(s, "val", 1);
			}
		}
		else if (local(n, "num"))
		{
			xmlNode    *a = child(n, "abstractNumId");
			size_t		k = st->nlists++;

			st->lists = g_renew(docx_list, st->lists, st->nlists);
			memset(&st->lists[k], 0, sizeof(docx_list));
			st->lists[k].num_id = int_attr(n, "numId", -1);
			st->lists[k].abstract_id = a ? int_attr(a, "val", -1) : -1;
		}
	}
}

static void
add_roman(buf *out, int v, bool upper)
{
	static const int vals[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
	static const char *const syms[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

	for (int i = 0; i < 13 && v > 0 && v < 4000; i++)
		while (v >= vals[i])
		{
			for (const char *p = syms[i]; *p; p++)
				buf_addc(out, upper ? (char) (*p - 32) : *p);
			v -= vals[i];
		}
}

/* The number Word prints before a paragraph of a list, as text. */
static void
list_number(docx_state *st, int num_id, int ilvl)
{
	docx_list  *l = NULL;
	const docx_level *lv = NULL;
	int			v;

	if (ilvl < 0 || ilvl >= DOCX_LEVELS)
		return;
	for (size_t i = 0; i < st->nlists; i++)
		if (st->lists[i].num_id == num_id)
			l = &st->lists[i];
	if (l == NULL || num_id == 0)
		return;
	for (size_t i = 0; i < st->nabstract; i++)
		if (st->abstract_ids[i] == l->abstract_id)
			lv = &st->levels[i * DOCX_LEVELS + ilvl];
	if (lv == NULL)
		return;
	v = lv->start + l->counter[ilvl]++;
	for (int d = ilvl + 1; d < DOCX_LEVELS; d++)
		l->counter[d] = 0;
	if (strcmp(lv->fmt, "decimal") == 0)
		buf_printf(st->out, "%d. ", v);
	else if (strcmp(lv->fmt, "lowerLetter") == 0 || strcmp(lv->fmt, "upperLetter") == 0)
		buf_printf(st->out, "(%c) ", (lv->fmt[0] == 'l' ? 'a' : 'A') + (v - 1) % 26);
	else if (strcmp(lv->fmt, "lowerRoman") == 0 || strcmp(lv->fmt, "upperRoman") == 0)
	{
		buf_addc(st->out, '(');
		add_roman(st->out, v, lv->fmt[0] == 'u');
		buf_adds(st->out, ") ");
	}
	else if (strcmp(lv->fmt, "bullet") == 0)
		buf_adds(st->out, "- ");
}

/* The text of a paragraph's runs: w:t, w:tab, w:br. */
static void
runs_text(docx_state *st, xmlNode *n, int depth)
{
	for (xmlNode *c = n->children; c && depth < HTML_DEPTH_MAX; c = c->next)
	{
		if (local(c, "t"))
		{
			xmlChar    *t = xmlNodeGetContent(c);

			if (t)
				buf_adds(st->out, (char *) t);
			xmlFree(t);
		}
		else if (local(c, "tab"))
			buf_adds(st->out, "  ");
		else if (local(c, "br") || local(c, "cr"))
			buf_addc(st->out, '\n');
		else if (!local(c, "pPr") && !local(c, "rPr") && !local(c, "instrText") &&
				 !local(c, "delText"))
			runs_text(st, c, depth + 1);
	}
}

static void
docx_paragraph(docx_state *st, xmlNode *p)
{
	xmlNode    *ppr = child(p, "pPr");
	xmlNode    *num = child(ppr, "numPr");

	if (num)
	{
		xmlNode    *il = child(num, "ilvl");
		xmlNode    *id = child(num, "numId");

		list_number(st, id ? int_attr(id, "val", 0) : 0, il ? int_attr(il, "val", 0) : 0);
	}
	runs_text(st, p, 0);
}

static void
docx_walk(docx_state *st, xmlNode *n, int depth)
{
	for (xmlNode *c = n->children; c && depth < HTML_DEPTH_MAX; c = c->next)
	{
		if (local(c, "p"))
		{
			/* a paragraph is a line, as Word saves text; empty ones are the blank lines */
			docx_paragraph(st, c);
			buf_addc(st->out, '\n');
		}
		else if (local(c, "tr"))
		{
			/* a row is one line: its cells' paragraphs, cells two spaces apart */
			bool		first = true;

			for (xmlNode *tc = c->children; tc; tc = tc->next)
			{
				if (!local(tc, "tc"))
					continue;
				if (!first)
					buf_adds(st->out, "  ");
				first = false;
				for (xmlNode *p = tc->children; p; p = p->next)
					if (local(p, "p"))
					{
						if (buf_last(st->out) != ' ' && buf_last(st->out) != '\n' && st->out->len > 0)
							buf_addc(st->out, ' ');
						docx_paragraph(st, p);
					}
			}
			buf_addc(st->out, '\n');
		}
		else if (local(c, "tbl"))
		{
			docx_walk(st, c, depth + 1);
			buf_addc(st->out, '\n');
		}
		else
			docx_walk(st, c, depth + 1);
	}
}

bool
extract_docx(const unsigned char *data, size_t len, buf *out, buf *why)
{
	zip_error_t zerr;
	zip_source_t *src;
	zip_t	   *za;
	buf			part;
	docx_state	st;
	xmlDoc	   *doc;
	bool		ok = false;

	zip_error_init(&zerr);
	src = zip_source_buffer_create(data, len, 0, &zerr);
	za = src ? zip_open_from_source(src, ZIP_RDONLY, &zerr) : NULL;
	if (za == NULL)
	{
		buf_printf(why, "a ZIP archive that does not open (%s)", zip_error_strerror(&zerr));
		if (src)
			zip_source_free(src);
		zip_error_fini(&zerr);
		return false;
	}
	zip_error_fini(&zerr);
	memset(&st, 0, sizeof(st));
	st.out = out;
	buf_init(&part);
	if (read_part(za, "word/numbering.xml", &part, why))
	{
		xmlDoc	   *nd = xmlReadMemory(part.data, (int) part.len, NULL, NULL,
									   XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

		if (nd)
		{
			read_numbering(&st, xmlDocGetRootElement(nd));
			xmlFreeDoc(nd);
		}
	}
	if (why->len > 0)
		goto done;
	part.len = 0;
	if (!read_part(za, "word/document.xml", &part, why))
	{
		if (why->len == 0)
			buf_adds(why, "a ZIP archive that is not a Word document (no word/document.xml)");
		goto done;
	}
	doc = xmlReadMemory(part.data, (int) part.len, NULL, NULL,
						XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (doc == NULL || xmlDocGetRootElement(doc) == NULL)
	{
		buf_adds(why, "a Word document whose text part is not XML");
		if (doc)
			xmlFreeDoc(doc);
		goto done;
	}
	docx_walk(&st, xmlDocGetRootElement(doc), 0);
	xmlFreeDoc(doc);
	ok = true;
done:
	buf_free(&part);
	g_free(st.lists);
	g_free(st.abstract_ids);
	g_free(st.levels);
	zip_close(za);
	return ok;
}

/* ------------------------------------------------------------------ */
/* PDF                                                                */
/* ------------------------------------------------------------------ */

/*
 * poppler prints its complaints about broken files on stderr, where they
 * would break the progress bar; the reason a file fails is reported by the
 * loader instead.
 */
static int
quiet_stderr(void)
{
	int			saved = dup(2);
	int			null = open("/dev/null", O_WRONLY);

	if (null >= 0)
	{
		dup2(null, 2);
		close(null);
	}
	return saved;
}

static void
restore_stderr(int saved)
{
	if (saved >= 0)
	{
		dup2(saved, 2);
		close(saved);
	}
}

/* ------------------------------------------------------------------ */
/* Reading order of a page in two columns                             */
/* ------------------------------------------------------------------ */

/*
 * poppler orders a page's text blocks by its own flow rules, and on a page
 * in two columns it interleaves them wherever a column has a gap (a blank
 * line between paragraphs lets the other column's next block in).  So a
 * page whose lines fall either side of a gutter is put back in order here:
 * in each band between lines that cross the gutter (a title over both
 * columns, a footer), the left column's lines, then the right's.  A page
 * with no gutter keeps poppler's order.
 */
typedef struct page_line
{
	size_t		from;			/* byte span of the line in the page's text */
	size_t		to;
	double		x1,
				y1,
				x2,
				y2;
	int			side;			/* -1 left of the gutter, 1 right, 0 across */
} page_line;

/* Lines on each side of a gutter for the page to count as two columns. */
#define COLUMN_MIN_LINES 4

static int
by_top(const void *a, const void *b)
{
	const page_line *l = a;
	const page_line *r = b;

	if (l->y1 != r->y1)
		return l->y1 < r->y1 ? -1 : 1;
	return l->x1 < r->x1 ? -1 : l->x1 > r->x1;
}

static size_t
page_lines(const char *text, const PopplerRectangle *rects, guint nrects, bool split_gaps,
		   page_line **out)
{
	size_t		cap = 64;
	size_t		n = 0;
	page_line  *ls = g_new(page_line, cap);
	size_t		from = 0;
	guint		ci = 0;
	const char *q = text;
	page_line	cur;
	bool		inked = false;

	memset(&cur, 0, sizeof(cur));
	for (;; q = g_utf8_next_char(q), ci++)
	{
		gunichar	u = g_utf8_get_char(q);

		if (u == '\n' || u == 0)
		{
			cur.from = from;
			cur.to = (size_t) (q - text);
			if (inked)
			{
				if (n == cap)
					ls = g_renew(page_line, ls, cap *= 2);
				ls[n++] = cur;
			}
			inked = false;
			from = cur.to + 1;
			if (u == 0)
				break;
			continue;
		}
		if (ci < nrects && !g_unichar_isspace(u))
		{
			const PopplerRectangle *r = &rects[ci];

			/*
			 * poppler joins text on one baseline into one line, across a
			 * gutter too; a gap of two em or more ends the piece here.
			 */
			if (split_gaps && inked && r->x1 - cur.x2 > 2 * (r->y2 - r->y1) && r->y2 > r->y1)
			{
				const char *back = q;

				/* the piece ends at its last inked character, before the gap's spaces */
				while (back > text + from && g_unichar_isspace(g_utf8_get_char(g_utf8_prev_char(back))))
					back = g_utf8_prev_char(back);
				cur.from = from;
				cur.to = (size_t) (back - text);
				if (n == cap)
					ls = g_renew(page_line, ls, cap *= 2);
				ls[n++] = cur;
				from = (size_t) (q - text);
				inked = false;
			}
			if (!inked)
			{
				cur.x1 = r->x1;
				cur.y1 = r->y1;
				cur.x2 = r->x2;
				cur.y2 = r->y2;
				inked = true;
			}
			cur.x1 = MIN(cur.x1, r->x1);
			cur.y1 = MIN(cur.y1, r->y1);
			cur.x2 = MAX(cur.x2, r->x2);
			cur.y2 = MAX(cur.y2, r->y2);
		}
	}
	*out = ls;
	return n;
}

/* A gap between two lines wider than a line's spacing: the paragraph's blank line. */
static bool
paragraph_gap(const page_line *above, const page_line *below)
{
	double		h = above->y2 - above->y1;

	return h > 0 && below->y1 - above->y2 > h * 0.8;
}

/* The x of a gutter with lines either side of it, or a negative number. */
static double
find_gutter(const page_line *ls, size_t n, double width)
{
	double		best = -1;
	size_t		best_across = n;

	for (size_t i = 0; i < n; i++)
	{
		double		x = ls[i].x2 + 1;
		size_t		left = 0,
					right = 0,
					across = 0;

		if (x < width * 0.3 || x > width * 0.7)
			continue;
		for (size_t k = 0; k < n; k++)
		{
			if (ls[k].x2 <= x)
				left++;
			else if (ls[k].x1 >= x)
				right++;
			else
				across++;
		}
		if (left >= COLUMN_MIN_LINES && right >= COLUMN_MIN_LINES && across * 4 <= n &&
			across < best_across)
		{
			best = x;
			best_across = across;
		}
	}
	return best;
}

static void
add_page_text(PopplerPage *page, const char *text, buf *out)
{
	PopplerRectangle *rects = NULL;
	guint		nrects = 0;
	page_line  *ls = NULL;
	size_t		n;
	double		width,
				height,
				gutter;

	poppler_page_get_size(page, &width, &height);
	if (!poppler_page_get_text_layout(page, &rects, &nrects) ||
		nrects != (guint) g_utf8_strlen(text, -1))
	{
		g_free(rects);
		add_lines(out, text, strlen(text));
		return;
	}
	n = page_lines(text, rects, nrects, true, &ls);
	gutter = find_gutter(ls, n, width);
	if (gutter < 0)
	{
		/* one column: poppler's order, with the blank lines its text leaves out */
		g_free(ls);
		n = page_lines(text, rects, nrects, false, &ls);
		g_free(rects);
		for (size_t i = 0; i < n; i++)
		{
			if (i > 0 && paragraph_gap(&ls[i - 1], &ls[i]))
				buf_addc(out, '\n');
			add_lines(out, text + ls[i].from, ls[i].to - ls[i].from);
			buf_addc(out, '\n');
		}
		g_free(ls);
		return;
	}
	g_free(rects);
	for (size_t i = 0; i < n; i++)
		ls[i].side = ls[i].x2 <= gutter ? -1 : ls[i].x1 >= gutter ? 1 : 0;
	qsort(ls, n, sizeof(page_line), by_top);
	for (size_t b = 0; b < n;)
	{
		size_t		e = b;

		if (ls[b].side == 0)
		{
			add_lines(out, text + ls[b].from, ls[b].to - ls[b].from);
			buf_addc(out, '\n');
			b++;
			continue;
		}
		while (e < n && ls[e].side != 0)
			e++;
		for (int side = -1; side <= 1; side += 2)
		{
			const page_line *last = NULL;

			for (size_t i = b; i < e; i++)
			{
				if (ls[i].side != side)
					continue;
				if (last != NULL && ls[i].y1 - last->y1 < (last->y2 - last->y1) * 0.5)
				{
					/* pieces of one line split at a tab stop: "12." and its title */
					if (out->len > 0 && buf_last(out) == '\n')
						out->data[--out->len] = '\0';
					buf_adds(out, "  ");
				}
				else if (last != NULL && paragraph_gap(last, &ls[i]))
					buf_addc(out, '\n');
				add_lines(out, text + ls[i].from, ls[i].to - ls[i].from);
				buf_addc(out, '\n');
				last = &ls[i];
			}
		}
		b = e;
	}
	g_free(ls);
}

bool
extract_pdf(const unsigned char *data, size_t len, buf *out, int *pages, buf *why)
{
	GBytes	   *bytes = g_bytes_new_static(data, len);
	GError	   *err = NULL;
	PopplerDocument *doc;
	int			saved = quiet_stderr();
	size_t		letters = 0;
	int			n;

	*pages = 0;
	doc = poppler_document_new_from_bytes(bytes, NULL, &err);
	if (doc == NULL)
	{
		restore_stderr(saved);
		if (err && err->domain == POPPLER_ERROR && err->code == POPPLER_ERROR_ENCRYPTED)
			buf_adds(why, "an encrypted PDF: it opens only with a password");
		else
			buf_printf(why, "not a readable PDF (%s)", err ? err->message : "poppler gave no reason");
		g_clear_error(&err);
		g_bytes_unref(bytes);
		return false;
	}
	n = poppler_document_get_n_pages(doc);
	for (int i = 0; i < n; i++)
	{
		PopplerPage *page = poppler_document_get_page(doc, i);
		char	   *text = page ? poppler_page_get_text(page) : NULL;

		if (i > 0)
		{
			if (out->len > 0 && buf_last(out) != '\n')
				buf_addc(out, '\n');
			buf_addc(out, '\f');
		}
		if (text != NULL)
		{
			size_t		tl = strlen(text);

			for (size_t k = 0; k < tl; k++)
				letters += g_ascii_isalnum(text[k]) || (unsigned char) text[k] >= 0x80;
			add_page_text(page, text, out);
			g_free(text);
		}
		if (page)
			g_object_unref(page);
	}
	g_object_unref(doc);
	g_bytes_unref(bytes);
	restore_stderr(saved);
	*pages = n;
	if (n == 0)
	{
		buf_adds(why, "a PDF with no pages");
		return false;
	}
	if (letters == 0)
	{
		buf_printf(why, "a PDF with no text layer (%d page%s of images: scanned?); run OCR first, e.g. ocrmypdf",
				   n, n == 1 ? "" : "s");
		return false;
	}
	if (out->len > 0 && buf_last(out) != '\n')
		buf_addc(out, '\n');
	return true;
}

/*
 * The libraries' text is meant to be UTF-8, but libxml2's recovery can let
 * a stray byte of a broken page through ("&" then a byte of another code
 * page); the server would refuse the whole document for it, so such bytes
 * become U+FFFD here.
 */
static void
valid_utf8(buf *out)
{
	gchar	   *fixed;

	if (out->data == NULL || g_utf8_validate(out->data, (gssize) out->len, NULL))
		return;
	fixed = g_utf8_make_valid(out->data, (gssize) out->len);
	out->len = 0;
	buf_adds(out, fixed);
	g_free(fixed);
}

bool
extract_text(const unsigned char *data, size_t len, doc_format f, buf *out, int *pages, buf *why)
{
	bool		ok;

	*pages = 0;
	switch (f)
	{
		case DOC_PDF:
			ok = extract_pdf(data, len, out, pages, why);
			valid_utf8(out);
			return ok;
		case DOC_HTML:
			ok = extract_html(data, len, out, why);
			valid_utf8(out);
			return ok;
		case DOC_TEXT:
			return extract_plain(data, len, out, why);
		case DOC_DOCX:
			ok = extract_docx(data, len, out, why);
			valid_utf8(out);
			return ok;
		case DOC_BINARY:
			break;
	}
	buf_adds(why, "binary content: not a text, PDF or HTML document");
	return false;
}
