/*
 * moderngov.c - scrutiny-load moderngov URL: a council's ModernGov site
 * through its web service (mgWebService.asmx).  GetCommittees,
 * GetCouncillorsByWard, then each committee's GetMeetings, then each
 * meeting's GetMeeting go to scrutiny.import_moderngov() (committees,
 * councillors, meetings, attendance, linked documents); the meeting's
 * printed minutes, as import_moderngov picked them from GetMeeting's links,
 * are downloaded and ingested as the committee's minutes of that date.
 * What the answers mean (which meetings are real, which link is the
 * minutes) is the extension's to say, so it is read back from the
 * database, not judged here a second time.  A dry run imports each answer
 * in a transaction of its own that is rolled back once what it made has
 * been read, and downloads no minutes.
 *
 * Polite by default: one request at a time, a pause between requests, a
 * User-Agent that names the program, retries with back-off on a timeout, a
 * dropped connection or a 5xx answer.  Resumable: a meeting whose minutes
 * are already in the database is not fetched again.
 */
#include <ctype.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>
#include <glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "buf.h"
#include "extract.h"
#include "load.h"

#define USER_AGENT "scrutiny-load/" LOADER_VERSION " (committee minutes loader; libcurl)"
#define MG_MAX_COMMITTEE_FILTERS 32

typedef struct http
{
	CURL	   *curl;
	double		delay;			/* seconds between two requests */
	double		retry_wait;		/* first back-off; doubled each retry */
	int			retries;
	long		timeout;		/* seconds for one request */
	double		last;			/* when the last request ended */
	long		requests;
	int64_t		max_bytes;		/* --max-size: a longer answer is refused */
	buf		   *sink;			/* the body being received */
	bool		too_big;		/* the answer ran past max_bytes */
} http;

typedef struct mg_options
{
	conn_params conn;
	const char *site;
	const char *council;
	const char *committees[MG_MAX_COMMITTEE_FILTERS];
	int			ncommittees;
	const char *from;
	const char *to;
	bool		dry_run;
	bool		quiet;
} mg_options;

typedef struct mg_tally
{
	long		committees;
	long		councillors;
	long		meetings;
	long		loaded_before;
	long		no_minutes;
	long		counts[N_OUTCOMES];
	long		warnings;
	buf			failures;
} mg_tally;

static double
mono_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static void
pause_for(double secs)
{
	struct timespec ts;

	if (secs <= 0)
		return;
	ts.tv_sec = (time_t) secs;
	ts.tv_nsec = (long) ((secs - (double) ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) != 0)
		;
}

/* libcurl's writer: a short count makes it stop with CURLE_WRITE_ERROR. */
static size_t
collect(char *data, size_t size, size_t n, void *arg)
{
	http	   *h = arg;

	if ((int64_t) (h->sink->len + size * n) > h->max_bytes)
	{
		h->too_big = true;
		return 0;
	}
	buf_add(h->sink, data, size * n);
	return size * n;
}

/* A failure worth trying again: the network, a timeout, a cut body, 5xx, 429. */
static bool
transient(CURLcode rc, long status)
{
	if (rc != CURLE_OK)
		return rc == CURLE_OPERATION_TIMEDOUT || rc == CURLE_COULDNT_CONNECT ||
			rc == CURLE_PARTIAL_FILE || rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR ||
			rc == CURLE_GOT_NOTHING || rc == CURLE_COULDNT_RESOLVE_HOST;
	return status >= 500 || status == 429;
}

static bool
http_get(http *h, const char *url, buf *body, buf *why)
{
	for (int attempt = 0;; attempt++)
	{
		CURLcode	rc;
		long		status = 0;
		double		wait = h->last + h->delay - mono_now();

		pause_for(wait);
		body->len = 0;
		if (body->data)
			body->data[0] = '\0';
		curl_easy_setopt(h->curl, CURLOPT_URL, url);
		h->sink = body;
		h->too_big = false;
		rc = curl_easy_perform(h->curl);
		h->sink = NULL;			/* (body is the caller's: nothing keeps it) */
		h->last = mono_now();
		h->requests++;
		/* (a length announced beyond the cap is refused before any is read) */
		if (h->too_big || rc == CURLE_FILESIZE_EXCEEDED)
		{
			buf_printf(why, "%s: larger than --max-size (%lld MB): skipped", url,
					   (long long) (h->max_bytes / (1024 * 1024)));
			return false;
		}
		if (rc == CURLE_OK)
			curl_easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &status);
		if (rc == CURLE_OK && status >= 200 && status < 300)
		{
			if (body->data == NULL)
				buf_add(body, "", 0);
			return true;
		}
		if (!transient(rc, status) || attempt >= h->retries)
		{
			if (rc != CURLE_OK)
				buf_printf(why, "%s: %s", url, curl_easy_strerror(rc));
			else
				buf_printf(why, "%s: HTTP %ld", url, status);
			if (attempt > 0)
				buf_printf(why, " (after %d tries)", attempt + 1);
			return false;
		}
		pause_for(h->retry_wait * pow(2, attempt));
	}
}

/* ------------------------------------------------------------------ */
/* The service's XML                                                  */
/* ------------------------------------------------------------------ */

static bool
named(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && xmlStrcasecmp(n->name, (const xmlChar *) name) == 0;
}

/* The first element below n (n itself excluded) with this local name. */
static xmlNode *
find(xmlNode *n, const char *name)
{
	for (xmlNode *c = n->children; c; c = c->next)
	{
		xmlNode    *f;

		if (named(c, name))
			return c;
		if ((f = find(c, name)) != NULL)
			return f;
	}
	return NULL;
}

/* The trimmed text of an element, malloc'd, or NULL when there is none. */
static char *
node_text(xmlNode *f)
{
	xmlChar    *t;
	char	   *out;
	size_t		a = 0,
				b;

	if (f == NULL || (t = xmlNodeGetContent(f)) == NULL)
		return NULL;
	b = strlen((char *) t);
	while (a < b && isspace(t[a]))
		a++;
	while (b > a && isspace(t[b - 1]))
		b--;
	out = b > a ? strndup((char *) t + a, b - a) : NULL;
	xmlFree(t);
	return out;
}

/* The text of n's first descendant so named. */
static char *
text_of(xmlNode *n, const char *name)
{
	return node_text(find(n, name));
}

/*
 * The service's answer as XML text to hand to import_moderngov: a UTF-8
 * byte-order mark dropped, and an ASP.NET <string> wrapper, whose text is
 * the escaped XML, opened.  Parsed into *doc too.
 */
static bool
parse_answer(const buf *body, buf *xml, xmlDoc **doc, buf *why)
{
	const char *s = body->data;
	size_t		len = body->len;
	xmlNode    *root;

	if (len >= 3 && (unsigned char) s[0] == 0xEF && (unsigned char) s[1] == 0xBB &&
		(unsigned char) s[2] == 0xBF)
	{
		s += 3;
		len -= 3;
	}
	*doc = xmlReadMemory(s, (int) len, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
						 XML_PARSE_NOWARNING);
	if (*doc == NULL || (root = xmlDocGetRootElement(*doc)) == NULL)
	{
		buf_adds(why, "the answer is not XML (cut short, or an error page?)");
		if (*doc)
			xmlFreeDoc(*doc);
		*doc = NULL;
		return false;
	}
	if (named(root, "string"))
	{
		xmlChar    *inner = xmlNodeGetContent(root);
		xmlDoc	   *d2 = inner ? xmlReadMemory((char *) inner, xmlStrlen(inner), NULL, NULL,
											 XML_PARSE_NONET | XML_PARSE_NOERROR |
											 XML_PARSE_NOWARNING) : NULL;

		if (d2 == NULL)
		{
			xmlFree(inner);
			buf_adds(why, "the answer's <string> holds no XML");
			return false;
		}
		xmlFreeDoc(*doc);
		*doc = d2;
		buf_adds(xml, (char *) inner);
		xmlFree(inner);
		return true;
	}
	buf_add(xml, s, len);
	return true;
}

/* A link of the site made absolute, spaces escaped ("Printed minutes.pdf"). */
static void
absolute_url(const char *site, const char *href, buf *out)
{
	if (strncmp(href, "http://", 7) == 0 || strncmp(href, "https://", 8) == 0)
		;
	else if (href[0] == '/')
	{
		const char *host = strstr(site, "://");
		const char *slash = host ? strchr(host + 3, '/') : NULL;

		buf_add(out, site, slash ? (size_t) (slash - site) : strlen(site));
	}
	else
	{
		buf_adds(out, site);
		if (buf_last(out) != '/')
			buf_addc(out, '/');
	}
	for (const char *p = href; *p; p++)
		if (*p == ' ')
			buf_adds(out, "%20");
		else
			buf_addc(out, *p);
}

/* ------------------------------------------------------------------ */
/* The walk over the site                                             */
/* ------------------------------------------------------------------ */

/* The server's warnings during one import: each printed, each counted. */
typedef struct warning_sink
{
	const char *what;
	mg_tally   *tally;
} warning_sink;

static void
report_warning(void *arg, const PGresult *r)
{
	warning_sink *w = arg;
	const char *msg = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
	const char *sev = PQresultErrorField(r, PG_DIAG_SEVERITY_NONLOCALIZED);

	if (msg == NULL || sev == NULL || strcmp(sev, "WARNING") != 0)
		return;
	fprintf(stderr, "scrutiny-load: warning: %s: %.*s\n", w->what, (int) strcspn(msg, "\n"), msg);
	w->tally->warnings++;
}

static void
ignore_notice(void *arg, const PGresult *r)
{
	(void) arg;
	(void) r;
}

/*
 * A dry run writes nothing, yet an answer means something only after those
 * it builds on (a committee's meetings after the committees, a meeting
 * after its committee's meetings).  So each answer gets a transaction of
 * its own, in which the answers before it are imported again unheard (their
 * warnings were reported once), and which is rolled back once what the
 * answer made has been read.  No transaction stays open while the service
 * is asked, however long the walk.  Outside a dry run each statement
 * commits on its own and these do nothing.
 */
typedef struct earlier_answers
{
	const buf  *xml[3];
	int			n;
} earlier_answers;

/* False when the dry run's transaction could not begin: the run stops. */
static bool
dry_begin(PGconn *conn, const mg_options *o, const earlier_answers *before)
{
	if (!o->dry_run)
		return true;
	if (!run(conn, "BEGIN") || PQtransactionStatus(conn) != PQTRANS_INTRANS)
	{
		fprintf(stderr, "scrutiny-load: cannot begin the dry run's transaction: %s", PQerrorMessage(conn));
		return false;
	}
	for (int k = 0; before && k < before->n; k++)
	{
		const char *params[2];

		if (before->xml[k]->data == NULL)
			continue;			/* (an answer the site did not give) */
		params[0] = before->xml[k]->data;
		params[1] = o->council;
		PQnoticeReceiver was = PQsetNoticeReceiver(conn, ignore_notice, NULL);
		PGresult   *r;

		run(conn, "SAVEPOINT earlier");
		r = PQexecParams(conn, "SELECT scrutiny.import_moderngov($1::xml, $2)", 2, NULL, params,
						 NULL, NULL, 0);
		PQsetNoticeReceiver(conn, was, NULL);
		run(conn, PQresultStatus(r) == PGRES_TUPLES_OK ? "RELEASE SAVEPOINT earlier"
			: "ROLLBACK TO SAVEPOINT earlier");
		PQclear(r);
	}
	return true;
}

static void
dry_end(PGconn *conn, const mg_options *o)
{
	if (o->dry_run)
		run(conn, "ROLLBACK");
}

/* Tries of one answer that met a deadlock or a serialization failure. */
#define IMPORT_TRIES 3

/*
 * Hands one answer to import_moderngov.  A deadlock or a serialization
 * failure (another loader's transaction in the way) is tried again; in a
 * dry run's transaction a refused answer is rolled back to its savepoint.
 * Returns the rows the import wrote, or -1 when it was refused, with the
 * server's reason in why (the caller says whether that is a warning or a
 * failure; a lost connection it sees from PQstatus).
 */
static long
import_answer(PGconn *conn, const mg_options *o, const char *what, const buf *xml, mg_tally *t,
			  buf *why)
{
	const char *params[2] = {xml->data, o->council};
	warning_sink sink = {what, t};
	long		rows = -1;

	why->len = 0;
	for (int attempt = 1; rows < 0 && PQstatus(conn) == CONNECTION_OK; attempt++)
	{
		PQnoticeReceiver before;
		PGresult   *r;
		bool		ok;
		const char *state;
		bool		again;

		if (o->dry_run)
			run(conn, "SAVEPOINT answer");
		before = PQsetNoticeReceiver(conn, report_warning, &sink);
		r = PQexecParams(conn, "SELECT scrutiny.import_moderngov($1::xml, $2)", 2, NULL, params,
						 NULL, NULL, 0);
		/* (a NULL receiver would change nothing: the one before is put back) */
		PQsetNoticeReceiver(conn, before, NULL);
		ok = PQresultStatus(r) == PGRES_TUPLES_OK;
		state = ok ? NULL : PQresultErrorField(r, PG_DIAG_SQLSTATE);
		again = state && (strcmp(state, "40P01") == 0 || strcmp(state, "40001") == 0) &&
			attempt < IMPORT_TRIES;
		if (ok)
			rows = strtol(PQgetvalue(r, 0, 0), NULL, 10);
		else if (!again)
			server_reason(conn, r, why);
		PQclear(r);
		if (o->dry_run)
			run(conn, ok ? "RELEASE SAVEPOINT answer" : "ROLLBACK TO SAVEPOINT answer");
		if (!ok && !again)
			break;
	}
	if (rows < 0 && why->len == 0)
		server_reason(conn, NULL, why);
	return rows;
}

/* An answer whose refusal is a warning: the walk goes on without it. */
static long
import_or_warn(PGconn *conn, const mg_options *o, const char *what, const buf *xml, mg_tally *t)
{
	buf			why;
	long		rows;

	buf_init(&why);
	rows = import_answer(conn, o, what, xml, t, &why);
	if (rows < 0)
	{
		fprintf(stderr, "scrutiny-load: warning: %s not imported: %s\n", what, why.data);
		t->warnings++;
	}
	buf_free(&why);
	return rows;
}

/*
 * Whether the meeting's minutes are in the database already (not the ones
 * import_moderngov made from the agenda items: printed minutes the service
 * links later still replace them).
 */
static bool
minutes_loaded(PGconn *conn, const mg_options *o, const char *meeting_id)
{
	const char *params[2] = {o->council, meeting_id};
	PGresult   *r = PQexecParams(conn,
								 "SELECT 1 FROM scrutiny.meeting m JOIN scrutiny.council c ON c.id = m.council_id "
								 "WHERE (c.external_id = $1 OR lower(c.name) = lower($1)) AND m.external_id = $2 "
								 "AND NOT scrutiny.moderngov_minutes_only(m.council_id, m.id) LIMIT 1",
								 2, NULL, params, NULL, NULL, 0);
	bool		yes = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1;

	PQclear(r);
	return yes;
}

/*
 * What import_moderngov has of a meeting: the printed minutes' link
 * (malloc'd, NULL when none) and, when its only minutes are those it made
 * from the agenda items, their SHA-256 (malloc'd, else NULL): compared
 * before and after a GetMeeting answer, it tells whether the answer made
 * them, changed them or left them as they were.
 */
static char *
minutes_of_meeting(PGconn *conn, const mg_options *o, const char *meeting_id, char **from_items)
{
	const char *params[2] = {o->council, meeting_id};
	PGresult   *r = PQexecParams(conn,
								 "SELECT m.minutes_url, (SELECT d.sha256 FROM scrutiny.document d "
								 "WHERE d.council_id = m.council_id AND d.meeting_id = m.id AND d.kind = 'minutes' "
								 "AND scrutiny.moderngov_minutes_only(m.council_id, m.id) LIMIT 1) "
								 "FROM scrutiny.meeting m JOIN scrutiny.council c ON c.id = m.council_id "
								 "WHERE (c.external_id = $1 OR lower(c.name) = lower($1)) AND m.external_id = $2",
								 2, NULL, params, NULL, NULL, 0);
	char	   *link = NULL;

	*from_items = NULL;
	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
	{
		if (!PQgetisnull(r, 0, 0))
			link = strdup(PQgetvalue(r, 0, 0));
		if (!PQgetisnull(r, 0, 1))
			*from_items = strdup(PQgetvalue(r, 0, 1));
	}
	PQclear(r);
	return link;
}

static bool
committee_wanted(const mg_options *o, const char *id, const char *title)
{
	if (o->ncommittees == 0)
		return true;
	for (int k = 0; k < o->ncommittees; k++)
		if ((id && strcmp(o->committees[k], id) == 0) ||
			(title && g_ascii_strcasecmp(o->committees[k], title) == 0))
			return true;
	return false;
}

static void
fail_line(mg_tally *t, const mg_options *o, const char *what, const char *why)
{
	t->counts[OUT_FAILED]++;
	buf_printf(&t->failures, "  %s: %s\n", what, why);
	if (!o->quiet)
	{
		printf("failed     %s: %s\n", what, why);
		fflush(stdout);
	}
}

/* One meeting: GetMeeting, then its printed minutes. False when the server went away. */
static bool
one_meeting(PGconn *conn, http *h, const mg_options *o, const earlier_answers *before,
			const char *committee, const char *meeting_id, const char *held_on, mg_tally *t)
{
	buf			url,
				body,
				xml,
				why,
				text,
				notes,
				what;
	xmlDoc	   *doc = NULL;
	char	   *link = NULL;
	char	   *items_before = NULL;
	char	   *items_after = NULL;
	bool		alive = true;

	buf_init(&url);
	buf_init(&body);
	buf_init(&xml);
	buf_init(&why);
	buf_init(&text);
	buf_init(&notes);
	buf_init(&what);
	buf_printf(&what, "%s %s (meeting %s)", committee, held_on, meeting_id);
	t->meetings++;
	if (!o->dry_run && minutes_loaded(conn, o, meeting_id))
	{
		t->loaded_before++;
		goto done;
	}
	buf_printf(&url, "%s/mgWebService.asmx/GetMeeting?lMeetingId=%s", o->site, meeting_id);
	if (!http_get(h, url.data, &body, &why) || !parse_answer(&body, &xml, &doc, &why))
	{
		fail_line(t, o, what.data, why.data);
		goto done;
	}
	buf_printf(&notes, "GetMeeting %s", meeting_id);
	if (!dry_begin(conn, o, before))
	{
		alive = false;
		goto done;
	}
	free(minutes_of_meeting(conn, o, meeting_id, &items_before));
	if (import_answer(conn, o, notes.data, &xml, t, &why) >= 0)
		link = minutes_of_meeting(conn, o, meeting_id, &items_after);
	else
	{
		dry_end(conn, o);
		fail_line(t, o, what.data, why.data);
		alive = PQstatus(conn) == CONNECTION_OK;
		goto done;
	}
	dry_end(conn, o);
	notes.len = 0;
	if (link == NULL && items_after != NULL)
	{
		/*
		 * The service holds the minutes item by item, and import_moderngov
		 * took them: new, changed, or as they were.
		 */
		outcome		out = o->dry_run ? OUT_CHECKED
			: items_before == NULL ? OUT_INGESTED
			: strcmp(items_before, items_after) != 0 ? OUT_REPLACED : OUT_UNCHANGED;

		t->counts[out]++;
		if (!o->quiet)
		{
			printf("%-10s %s  from the service's agenda items\n",
				   o->dry_run ? "would load" : outcome_name(out), what.data);
			fflush(stdout);
		}
		goto done;
	}
	if (link == NULL)
	{
		t->no_minutes++;
		goto done;
	}
	url.len = 0;
	absolute_url(o->site, link, &url);
	if (o->dry_run)
	{
		printf("would load %s: %s\n", what.data, url.data);
		t->counts[OUT_CHECKED]++;
		goto done;
	}
	if (!http_get(h, url.data, &body, &why))
	{
		fail_line(t, o, what.data, why.data);
		goto done;
	}
	{
		int			pages = 0;
		int64_t		meeting = 0;
		outcome		out;
		doc_format	f = extract_sniff((const unsigned char *) body.data, body.len);

		if (!extract_text((const unsigned char *) body.data, body.len, f, &text, &pages, &why))
		{
			fail_line(t, o, what.data, why.data);
			goto done;
		}
		out = ingest_text(conn, text.data ? text.data : "", o->council, committee, held_on,
						  url.data, &meeting, &why, &notes);
		if (out == OUT_FAILED)
		{
			fail_line(t, o, what.data, why.data);
			alive = PQstatus(conn) == CONNECTION_OK;
			goto done;
		}
		t->counts[out]++;
		if (!o->quiet)
		{
			printf("%-10s %s  meeting %lld%s%s\n", outcome_name(out), what.data, (long long) meeting,
				   notes.len ? "  " : "", notes.len ? notes.data : "");
			fflush(stdout);
		}
	}
done:
	if (doc)
		xmlFreeDoc(doc);
	free(link);
	free(items_before);
	free(items_after);
	buf_free(&url);
	buf_free(&body);
	buf_free(&xml);
	buf_free(&why);
	buf_free(&text);
	buf_free(&notes);
	buf_free(&what);
	return alive;
}

/* The text of every element so named below n, one per line. */
static void
texts_named(xmlNode *n, const char *name, buf *out)
{
	for (xmlNode *c = n->children; c; c = c->next)
	{
		if (named(c, name))
		{
			char	   *v = node_text(c);

			if (v != NULL && strchr(v, '\n') == NULL)
				buf_printf(out, "%s%s", out->len ? "\n" : "", v);
			free(v);
		}
		else
			texts_named(c, name, out);
	}
}

/*
 * GetCouncillorsByWard: every councillor's party and ward.  Not every site
 * offers it; a site that refuses is a warning, and the walk goes on.  The
 * councillors counted are those import_moderngov stored under their
 * ModernGov id (one it skipped it has warned of).
 */
static bool
councillors(PGconn *conn, http *h, const mg_options *o, mg_tally *t, buf *imported)
{
	bool		began = true;
	buf			url,
				body,
				xml,
				why;
	xmlDoc	   *doc = NULL;

	buf_init(&url);
	buf_init(&body);
	buf_init(&xml);
	buf_init(&why);
	buf_printf(&url, "%s/mgWebService.asmx/GetCouncillorsByWard", o->site);
	if (!http_get(h, url.data, &body, &why) || !parse_answer(&body, &xml, &doc, &why))
	{
		fprintf(stderr, "scrutiny-load: warning: GetCouncillorsByWard: %s\n", why.data);
		t->warnings++;
	}
	else
	{
		buf			ids;

		buf_init(&ids);
		texts_named(xmlDocGetRootElement(doc), "councillorid", &ids);
		began = dry_begin(conn, o, NULL);
		if (began && import_or_warn(conn, o, "GetCouncillorsByWard", &xml, t) >= 0)
		{
			buf_add(imported, xml.data, xml.len);
			const char *params[2] = {o->council, ids.data ? ids.data : ""};
			PGresult   *r = PQexecParams(conn,
										 "SELECT count(*) FROM scrutiny.person p JOIN scrutiny.council c ON c.id = p.council_id "
										 "WHERE (c.external_id = $1 OR lower(c.name) = lower($1)) "
										 "AND p.external_id IN (SELECT pg_catalog.regexp_split_to_table($2, E'\\n'))",
										 2, NULL, params, NULL, NULL, 0);

			if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
				t->councillors = strtol(PQgetvalue(r, 0, 0), NULL, 10);
			PQclear(r);
		}
		if (began)
			dry_end(conn, o);
		buf_free(&ids);
	}
	if (doc)
		xmlFreeDoc(doc);
	buf_free(&url);
	buf_free(&body);
	buf_free(&xml);
	buf_free(&why);
	return began && PQstatus(conn) == CONNECTION_OK;
}

static void
mg_usage(FILE *f)
{
	fputs("scrutiny-load moderngov loads a council's ModernGov site through its web service.\n\n"
		  "Usage:\n  scrutiny-load moderngov [OPTION]... URL\n\n"
		  "  URL                    the site, e.g. https://democracy.example.gov.uk\n"
		  "      --council=NAME     the council (required: the service does not name it)\n"
		  "      --committee=ID|NAME  only this committee (repeatable)\n"
		  "      --from=DATE        meetings on or after DATE (YYYY-MM-DD)\n"
		  "      --to=DATE          meetings on or before DATE\n"
		  "      --delay=SECONDS    pause between requests (default 1)\n"
		  "      --retries=N        tries again after a timeout or a 5xx (default 3)\n"
		  "      --retry-wait=SECONDS  the first wait before trying again, doubled each time (default 5)\n"
		  "      --timeout=SECONDS  for one request (default 60)\n"
		  "      --max-size=MB      skip an answer or minutes larger than MB megabytes (default 100)\n"
		  "  -n, --dry-run          list the meetings and minutes it would load; write nothing\n"
		  "  -q, --quiet            the summary only\n"
		  "  -d, -h, -p, -U         the connection, as psql\n\n"
		  "Exit status: 0 when everything loaded, 1 when anything failed, 2 on a usage,\n"
		  "connection or site error, 3 when the database server went away.\n", f);
}

int
moderngov_main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"dbname", required_argument, NULL, 'd'},
		{"host", required_argument, NULL, 'h'},
		{"port", required_argument, NULL, 'p'},
		{"username", required_argument, NULL, 'U'},
		{"dry-run", no_argument, NULL, 'n'},
		{"quiet", no_argument, NULL, 'q'},
		{"council", required_argument, NULL, 1},
		{"committee", required_argument, NULL, 2},
		{"from", required_argument, NULL, 3},
		{"to", required_argument, NULL, 4},
		{"delay", required_argument, NULL, 5},
		{"retries", required_argument, NULL, 6},
		{"retry-wait", required_argument, NULL, 7},
		{"timeout", required_argument, NULL, 8},
		{"help", no_argument, NULL, 9},
		{"max-size", required_argument, NULL, 10},
		{NULL, 0, NULL, 0}
	};
	mg_options	o;
	http		h;
	mg_tally	t;
	int			c;
	PGconn	   *conn;
	buf			url,
				body,
				xml,
				committees_xml,
				councillors_xml,
				why;
	xmlDoc	   *doc = NULL;
	xmlNode    *root;
	bool		alive = true;
	int			status;
	double		started = mono_now();
	char	   *site;

	memset(&o, 0, sizeof(o));
	memset(&h, 0, sizeof(h));
	h.delay = 1;
	h.retries = 3;
	h.retry_wait = 5;
	h.timeout = 60;
	h.max_bytes = (int64_t) MAX_SIZE_DEFAULT_MB * 1024 * 1024;
	optind = 1;
	while ((c = getopt_long(argc, argv, "d:h:p:U:nq", longopts, NULL)) != -1)
	{
		switch (c)
		{
			case 'd':
			case 'h':
			case 'p':
			case 'U':
				conn_param_set(&o.conn, c, optarg);
				break;
			case 'n':
				o.dry_run = true;
				break;
			case 'q':
				o.quiet = true;
				break;
			case 1:
				o.council = optarg;
				break;
			case 2:
				if (o.ncommittees == MG_MAX_COMMITTEE_FILTERS)
				{
					fprintf(stderr, "scrutiny-load: at most %d --committee\n", MG_MAX_COMMITTEE_FILTERS);
					return 2;
				}
				o.committees[o.ncommittees++] = optarg;
				break;
			case 3:
			case 4:
				if (!valid_date(optarg))
				{
					fprintf(stderr, "scrutiny-load: --%s \"%s\" is not a date (YYYY-MM-DD)\n",
							c == 3 ? "from" : "to", optarg);
					return 2;
				}
				if (c == 3)
					o.from = optarg;
				else
					o.to = optarg;
				break;
			case 5:
			case 7:
				{
					char	   *end;
					double		v = strtod(optarg, &end);

					if (*end != '\0' || v < 0 || v > 3600)
					{
						fprintf(stderr, "scrutiny-load: --%s must be seconds between 0 and 3600\n",
								c == 5 ? "delay" : "retry-wait");
						return 2;
					}
					if (c == 5)
						h.delay = v;
					else
						h.retry_wait = v;
				}
				break;
			case 6:
				h.retries = atoi(optarg);
				if (h.retries < 0 || h.retries > 20)
				{
					fputs("scrutiny-load: --retries must be between 0 and 20\n", stderr);
					return 2;
				}
				break;
			case 8:
				h.timeout = atol(optarg);
				if (h.timeout < 1 || h.timeout > 3600)
				{
					fputs("scrutiny-load: --timeout must be between 1 and 3600 seconds\n", stderr);
					return 2;
				}
				break;
			case 9:
				mg_usage(stdout);
				return 0;
			case 10:
				if (!parse_max_size(optarg, &h.max_bytes))
					return 2;
				break;
			default:
				fputs("Try \"scrutiny-load moderngov --help\" for more information.\n", stderr);
				return 2;
		}
	}
	if (optind != argc - 1 || o.council == NULL)
	{
		fputs(optind != argc - 1 ? "scrutiny-load: moderngov takes one site URL\n" :
			  "scrutiny-load: moderngov needs --council (the service does not name its council)\n",
			  stderr);
		fputs("Try \"scrutiny-load moderngov --help\" for more information.\n", stderr);
		return 2;
	}
	site = strdup(argv[optind]);
	while (site[0] && site[strlen(site) - 1] == '/')
		site[strlen(site) - 1] = '\0';
	o.site = site;

	conn = connect_db(&o.conn);
	if (PQstatus(conn) != CONNECTION_OK)
	{
		fprintf(stderr, "scrutiny-load: cannot connect: %s", PQerrorMessage(conn));
		PQfinish(conn);
		free(site);
		return 2;
	}
	curl_global_init(CURL_GLOBAL_DEFAULT);
	h.curl = curl_easy_init();
	curl_easy_setopt(h.curl, CURLOPT_USERAGENT, USER_AGENT);
	curl_easy_setopt(h.curl, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(h.curl, CURLOPT_MAXREDIRS, 5L);
	curl_easy_setopt(h.curl, CURLOPT_TIMEOUT, h.timeout);
	curl_easy_setopt(h.curl, CURLOPT_CONNECTTIMEOUT, h.timeout < 30 ? h.timeout : 30L);
	curl_easy_setopt(h.curl, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(h.curl, CURLOPT_WRITEFUNCTION, collect);
	curl_easy_setopt(h.curl, CURLOPT_WRITEDATA, &h);
	curl_easy_setopt(h.curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t) h.max_bytes);
	curl_easy_setopt(h.curl, CURLOPT_NOSIGNAL, 1L);
	h.last = mono_now() - h.delay;

	memset(&t, 0, sizeof(t));
	buf_init(&t.failures);
	buf_init(&url);
	buf_init(&body);
	buf_init(&xml);
	buf_init(&committees_xml);
	buf_init(&councillors_xml);
	buf_init(&why);
	buf_printf(&url, "%s/mgWebService.asmx/GetCommittees", o.site);
	if (!http_get(&h, url.data, &body, &why) || !parse_answer(&body, &xml, &doc, &why))
	{
		fprintf(stderr, "scrutiny-load: GetCommittees: %s\n", why.data);
		status = 2;
		goto out;
	}
	if (!dry_begin(conn, &o, NULL))
	{
		status = 2;
		goto out;
	}
	import_or_warn(conn, &o, "GetCommittees", &xml, &t);
	dry_end(conn, &o);
	buf_add(&committees_xml, xml.data, xml.len);
	root = xmlDocGetRootElement(doc);
	alive = PQstatus(conn) == CONNECTION_OK && councillors(conn, &h, &o, &t, &councillors_xml);
	for (xmlNode *cm = find(root, "committee"); cm && alive; cm = cm->next)
	{
		char	   *id,
				   *title;
		xmlDoc	   *mdoc = NULL;

		if (!named(cm, "committee"))
			continue;
		id = text_of(cm, "committeeid");
		title = text_of(cm, "committeetitle");
		if (id == NULL || title == NULL || !committee_wanted(&o, id, title))
		{
			free(id);
			free(title);
			continue;
		}
		t.committees++;
		url.len = 0;
		xml.len = 0;
		why.len = 0;
		buf_printf(&url, "%s/mgWebService.asmx/GetMeetings?lCommitteeId=%s", o.site, id);
		if (!http_get(&h, url.data, &body, &why) || !parse_answer(&body, &xml, &mdoc, &why))
			fail_line(&t, &o, title, why.data);
		else
		{
			buf			ids;

			/* (a meeting's answer builds on all three; its committee's meetings on one) */
			earlier_answers committees_only = {{&committees_xml}, 1};
			earlier_answers before = {{&committees_xml, &councillors_xml, &xml}, 3};

			/*
			 * The meetings as import_moderngov took them: a meeting it
			 * skipped (no id, no date, cancelled) it has warned of, and is
			 * not fetched.
			 */
			buf_init(&ids);
			for (xmlNode *mt = find(xmlDocGetRootElement(mdoc), "meeting"); mt; mt = mt->next)
			{
				char	   *mid = named(mt, "meeting") ? text_of(mt, "meetingid") : NULL;

				if (mid != NULL && strchr(mid, '\n') == NULL)
					buf_printf(&ids, "%s%s", ids.len ? "\n" : "", mid);
				free(mid);
			}
			if (!dry_begin(conn, &o, &committees_only))
				alive = false;
			else if (import_answer(conn, &o, "GetMeetings", &xml, &t, &why) < 0)
			{
				dry_end(conn, &o);
				fail_line(&t, &o, title, why.data);
				alive = PQstatus(conn) == CONNECTION_OK;
			}
			else
			{
				const char *params[4] = {o.council, ids.data ? ids.data : "", o.from, o.to};
				PGresult   *r = PQexecParams(conn,
											 "SELECT m.external_id, m.held_on::text, b.name "
											 "FROM scrutiny.meeting m JOIN scrutiny.council c ON c.id = m.council_id "
											 "JOIN scrutiny.body b ON b.council_id = m.council_id AND b.id = m.body_id "
											 "WHERE (c.external_id = $1 OR lower(c.name) = lower($1)) "
											 "AND m.external_id IN (SELECT pg_catalog.regexp_split_to_table($2, E'\\n')) "
											 "AND ($3::date IS NULL OR m.held_on >= $3::date) "
											 "AND ($4::date IS NULL OR m.held_on <= $4::date) "
											 "ORDER BY m.held_on, m.external_id", 4, NULL, params, NULL, NULL, 0);

				dry_end(conn, &o);

				if (PQresultStatus(r) != PGRES_TUPLES_OK)
				{
					why.len = 0;
					server_reason(conn, r, &why);
					fail_line(&t, &o, title, why.data);
					alive = PQstatus(conn) == CONNECTION_OK;
				}
				else
					for (int i = 0; i < PQntuples(r) && alive; i++)
						alive = one_meeting(conn, &h, &o, &before, PQgetvalue(r, i, 2), PQgetvalue(r, i, 0),
											PQgetvalue(r, i, 1), &t);
				PQclear(r);
			}
			buf_free(&ids);
		}
		if (mdoc)
			xmlFreeDoc(mdoc);
		free(id);
		free(title);
	}
	if (!o.quiet)
		fflush(stdout);
	printf("scrutiny-load moderngov: %ld committee%s, %ld councillor%s, %ld meeting%s", t.committees,
		   t.committees == 1 ? "" : "s", t.councillors, t.councillors == 1 ? "" : "s",
		   t.meetings, t.meetings == 1 ? "" : "s");
	if (o.dry_run)
		printf(": %ld with minutes to load, %ld without", t.counts[OUT_CHECKED], t.no_minutes);
	else
		printf(": %ld ingested, %ld unchanged, %ld replaced, %ld loaded before, %ld without minutes",
			   t.counts[OUT_INGESTED], t.counts[OUT_UNCHANGED], t.counts[OUT_REPLACED],
			   t.loaded_before, t.no_minutes);
	printf(", %ld failed, %ld warnings; %ld requests (%.1f s)\n", t.counts[OUT_FAILED], t.warnings,
		   h.requests, mono_now() - started);
	if (t.failures.len > 0)
		printf("failed:\n%s", t.failures.data);
	status = t.counts[OUT_FAILED] > 0 ? 1 : 0;
	if (!alive)
	{
		fprintf(stderr, "scrutiny-load: the server went away; what was loaded before stays committed\n");
		status = 3;
	}
out:
	fflush(stdout);
	if (doc)
		xmlFreeDoc(doc);
	buf_free(&url);
	buf_free(&body);
	buf_free(&xml);
	buf_free(&committees_xml);
	buf_free(&councillors_xml);
	buf_free(&why);
	buf_free(&t.failures);
	curl_easy_cleanup(h.curl);
	curl_global_cleanup();
	PQfinish(conn);
	free(site);
	return status;
}
