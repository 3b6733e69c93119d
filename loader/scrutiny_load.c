/*
 * scrutiny-load - load published minutes (PDF, HTML, text) into a database
 * with the scrutiny extension, through scrutiny.ingest().
 *
 * It needs no superuser and no file access on the server: the documents are
 * read here and sent as text, so any role that may call ingest (the
 * scrutiny_loader role) can run it.  Each document is one transaction: a
 * document that fails leaves nothing behind, and the run goes on.  With -j N
 * the documents are shared among N worker processes, each with its own
 * connection; the parent hands out one document at a time and keeps the
 * tally.  See docs/loader.md.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "buf.h"
#include "extract.h"
#include "guess.h"
#include "load.h"

#define JOBS_MAX 64
/* A reason sent from a worker to the parent; one write, so never torn. */
#define NOTE_MAX 700
/* The progress bar is redrawn at most this often (milliseconds). */
#define REDRAW_MS 100


static const char *const outcome_names[N_OUTCOMES] = {
	"ingested", "unchanged", "replaced", "checked", "failed", "lost", "no connection"
};

typedef struct result
{
	int32_t		worker;
	int32_t		index;
	int32_t		outcome;
	int64_t		meeting;
	char		note[NOTE_MAX];
} result;

typedef struct input
{
	char	   *path;			/* "-" for standard input */
	off_t		size;
} input;

typedef struct options
{
	conn_params conn;
	const char *council;
	const char *body;
	const char *held_on;
	const char *source;
	int			jobs;
	bool		dry_run;
	bool		quiet;
	bool		extract_only;
} options;

static input *inputs;
static size_t ninputs;
static size_t inputs_cap;
static off_t total_bytes;
static buf	stdin_data;
static bool stdin_read;

/* The largest document read, in bytes (--max-size). */
static off_t max_bytes = (off_t) MAX_SIZE_DEFAULT_MB * 1024 * 1024;

static void
usage(FILE *f)
{
	fputs("scrutiny-load loads minutes documents into a database with the scrutiny extension.\n\n"
		  "Usage:\n  scrutiny-load [OPTION]... FILE|DIRECTORY|-...\n"
		  "  scrutiny-load moderngov [OPTION]... URL   (see scrutiny-load moderngov --help)\n\n"
		  "Documents (PDF, HTML, Word .docx or text, judged by content; directories are read\n"
		  "recursively):\n"
		  "      --council=NAME     the council (default: named in the document)\n"
		  "      --body=NAME        the committee (default: named in the document)\n"
		  "      --held-on=DATE     the meeting date, YYYY-MM-DD (default: read from the minutes)\n"
		  "      --source=TEXT      the source recorded (default: the file's path)\n"
		  "  -j, --jobs=N           load with N connections at once (default 1)\n"
		  "  -n, --dry-run          read and parse, print what would be loaded, write nothing\n"
		  "  -q, --quiet            no progress and no line per document; the summary only\n"
		  "      --extract          print each document's text as it would be sent; no database\n"
		  "      --max-size=MB      skip documents larger than MB megabytes (default 100)\n\n"
		  "Connection (as psql; the PG* variables and ~/.pgpass apply):\n"
		  "  -d, --dbname=DBNAME    database name or conninfo string\n"
		  "  -h, --host=HOSTNAME    server host or socket directory\n"
		  "  -p, --port=PORT        server port\n"
		  "  -U, --username=NAME    database user\n\n"
		  "      --help             show this help and exit\n"
		  "      --version          show the version and exit\n\n"
		  "Exit status: 0 when every document loaded, 1 when any failed, 2 on a usage or\n"
		  "connection error, 3 when the server went away during the run.\n", f);
}

static void
add_input(const char *path, off_t size)
{
	if (ninputs == inputs_cap)
	{
		size_t		cap = inputs_cap ? inputs_cap * 2 : 64;
		input	   *n = realloc(inputs, cap * sizeof(input));

		if (n == NULL)
		{
			fputs("scrutiny-load: out of memory\n", stderr);
			exit(2);
		}
		inputs = n;
		inputs_cap = cap;
	}
	inputs[ninputs].path = strdup(path);
	if (inputs[ninputs].path == NULL)
	{
		fputs("scrutiny-load: out of memory\n", stderr);
		exit(2);
	}
	inputs[ninputs].size = size;
	ninputs++;
	total_bytes += size;
}

static int
skip_hidden(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

/* A directory's files in name order, then its subdirectories' (hidden ones skipped). */
static void
walk(const char *dir, int depth)
{
	struct dirent **names;
	int			n;

	if (depth > 64)
	{
		fprintf(stderr, "scrutiny-load: %s: directories nested too deep, skipped\n", dir);
		return;
	}
	n = scandir(dir, &names, skip_hidden, alphasort);
	if (n < 0)
	{
		fprintf(stderr, "scrutiny-load: %s: %s\n", dir, strerror(errno));
		add_input(dir, 0);		/* reported as failed when it is read */
		return;
	}
	for (int i = 0; i < n; i++)
	{
		buf			p;
		struct stat st;

		buf_init(&p);
		buf_printf(&p, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]->d_name);
		if (stat(p.data, &st) == 0 && S_ISDIR(st.st_mode))
			walk(p.data, depth + 1);
		else if (stat(p.data, &st) == 0 && S_ISREG(st.st_mode))
			add_input(p.data, st.st_size);
		buf_free(&p);
		free(names[i]);
	}
	free(names);
}

/* size < 0: read from a stream, and more than the limit */
static void
too_large(off_t size, buf *why)
{
	if (size >= 0)
		buf_printf(why, "%.0f MB, ", (double) size / (1024.0 * 1024.0));
	buf_printf(why, "larger than --max-size (%ld MB): skipped", (long) (max_bytes / (1024 * 1024)));
}

static bool
read_all(FILE *f, buf *out, buf *why)
{
	char		chunk[65536];
	size_t		n;

	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
	{
		buf_add(out, chunk, n);
		if ((off_t) out->len > max_bytes)
		{
			too_large(-1, why);
			return false;
		}
	}
	if (ferror(f))
	{
		buf_printf(why, "read error: %s", strerror(errno));
		return false;
	}
	if (out->data == NULL)
		buf_add(out, "", 0);
	return true;
}

static bool
read_input(const input *in, buf *out, buf *why)
{
	FILE	   *f;
	bool		ok;

	if (strcmp(in->path, "-") == 0)
	{
		buf_add(out, stdin_data.data ? stdin_data.data : "", stdin_data.len);
		return true;
	}
	if (in->size > max_bytes)
	{
		too_large(in->size, why);
		return false;
	}
	f = fopen(in->path, "rb");
	if (f == NULL)
	{
		buf_printf(why, "cannot open: %s", strerror(errno));
		return false;
	}
	ok = read_all(f, out, why);
	fclose(f);
	return ok;
}

/* The first line of a server error, without its "ERROR:  ", and its SQLSTATE. */
void
server_reason(PGconn *conn, const PGresult *r, buf *why)
{
	const char *msg = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	const char *m = msg ? msg : PQerrorMessage(conn);
	size_t		n = strcspn(m, "\n");

	buf_add(why, m, n);
	if (state)
		buf_printf(why, " (SQLSTATE %s)", state);
}

static void
collect_notice(void *arg, const PGresult *r)
{
	buf		   *notes = arg;
	const char *msg = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
	const char *sev = PQresultErrorField(r, PG_DIAG_SEVERITY_NONLOCALIZED);

	if (msg == NULL || sev == NULL || strcmp(sev, "WARNING") != 0)
		return;
	if (notes->len > 0)
		buf_adds(notes, "; ");
	buf_add(notes, msg, strcspn(msg, "\n"));
}

bool
run(PGconn *conn, const char *sql)
{
	PGresult   *r = PQexec(conn, sql);
	bool		ok = PQresultStatus(r) == PGRES_COMMAND_OK;

	PQclear(r);
	return ok;
}

/* What the minutes name as the committee, read by the extension itself. */
static char *
body_from_document(PGconn *conn, const char *text, buf *why)
{
	const char *params[1] = {text};
	PGresult   *r = PQexecParams(conn, "SELECT body FROM scrutiny.meeting_info($1)", 1, NULL,
								 params, NULL, NULL, 0);
	char	   *body = NULL;

	if (PQresultStatus(r) != PGRES_TUPLES_OK)
		server_reason(conn, r, why);
	else if (PQntuples(r) == 1 && !PQgetisnull(r, 0, 0) && PQgetvalue(r, 0, 0)[0] != '\0')
		body = strdup(PQgetvalue(r, 0, 0));
	PQclear(r);
	return body;
}

static void
print_dry_run(PGconn *conn, const input *in, const char *text, const char *council,
			  const char *body, const options *o, buf *why, bool *ok)
{
	const char *params[2] = {text, o->held_on};
	PGresult   *r;
	buf			rep;

	*ok = false;
	r = PQexecParams(conn,
					 "SELECT coalesce(m.held_on::text, '?'), i.label, i.title, r.kind, r.resolution "
					 "FROM scrutiny.meeting_info($1) m, "
					 "scrutiny.items($1, coalesce($2::date, m.held_on)) i "
					 "LEFT JOIN LATERAL scrutiny.resolutions(i.body) r ON true "
					 "ORDER BY i.ordinal, r.ordinal", 2, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
	{
		server_reason(conn, r, why);
		PQclear(r);
		return;
	}
	buf_init(&rep);
	buf_printf(&rep, "%s\n  meeting: %s, %s, held on %s\n", in->path, council, body,
			   o->held_on ? o->held_on : (PQntuples(r) > 0 ? PQgetvalue(r, 0, 0) : "?"));
	{
		int			items = 0;
		int			resolutions = 0;

		for (int i = 0; i < PQntuples(r); i++)
		{
			const char *label = PQgetisnull(r, i, 1) ? "-" : PQgetvalue(r, i, 1);

			if (i == 0 || strcmp(PQgetvalue(r, i - 1, 1), label) != 0 ||
				strcmp(PQgetvalue(r, i - 1, 2), PQgetvalue(r, i, 2)) != 0)
			{
				items++;
				buf_printf(&rep, "  item %s  %.70s\n", label, PQgetvalue(r, i, 2));
			}
			if (!PQgetisnull(r, i, 4))
			{
				resolutions++;
				buf_printf(&rep, "      %-11s %.66s\n", PQgetvalue(r, i, 3), PQgetvalue(r, i, 4));
			}
		}
		buf_printf(&rep, "  %d items, %d resolutions\n", items, resolutions);
	}
	fwrite(rep.data, 1, rep.len, stdout);
	fflush(stdout);
	buf_free(&rep);
	PQclear(r);
	*ok = true;
}

/*
 * One document in one transaction: ingest, then what ingest did, from the
 * statistics of this transaction alone: no document row written means the
 * same text was there already; a document row deleted means an earlier
 * version was replaced.  Warnings ingest raises go to notes.
 */
/*
 * The server keeps the plans a session makes at its first documents (those
 * of ingest's PL/pgSQL and of the foreign-key checks).  Loading into a new
 * database they are made on empty tables, before autovacuum has gathered
 * any statistics, as scans of everything of the council, and kept while the
 * tables grow: 1,000 documents went at 27 a second.  Dropped each time this
 * connection's documents double (16, 32, 64, ...), they are made again for
 * tables of the size they have reached.  A process has one connection (the
 * workers of -j are processes), so the count is the connection's.
 */
#define REPLAN_FIRST 16

static void
replan_as_tables_grow(PGconn *conn)
{
	static long documents;

	documents++;
	if (documents >= REPLAN_FIRST && (documents & (documents - 1)) == 0)
		run(conn, "DISCARD PLANS");
}

outcome
ingest_text(PGconn *conn, const char *text, const char *council, const char *body,
			const char *held_on, const char *source, int64_t *meeting, buf *why, buf *notes)
{
	const char *params[5] = {text, council, body, held_on, source};
	PGresult   *r;
	outcome		out = OUT_INGESTED;
	PQnoticeReceiver before = PQsetNoticeReceiver(conn, collect_notice, notes);

	/* (restored below with the receiver it replaced: a NULL one would change nothing) */
	if (!run(conn, "BEGIN"))
	{
		server_reason(conn, NULL, why);
		PQsetNoticeReceiver(conn, before, NULL);
		return OUT_FAILED;
	}
	r = PQexecParams(conn, "SELECT scrutiny.ingest($1, $2, $3, $4::date, $5)", 5, NULL,
					 params, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
	{
		server_reason(conn, r, why);
		PQclear(r);
		run(conn, "ROLLBACK");
		PQsetNoticeReceiver(conn, before, NULL);
		return OUT_FAILED;
	}
	*meeting = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	r = PQexec(conn, "SELECT n_tup_ins, n_tup_del FROM pg_catalog.pg_stat_xact_user_tables "
			   "WHERE relid = 'scrutiny.document'::pg_catalog.regclass");
	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
	{
		long		ins = strtol(PQgetvalue(r, 0, 0), NULL, 10);
		long		del = strtol(PQgetvalue(r, 0, 1), NULL, 10);

		out = ins == 0 ? OUT_UNCHANGED : del > 0 ? OUT_REPLACED : OUT_INGESTED;
	}
	PQclear(r);
	if (!run(conn, "COMMIT"))
	{
		buf_adds(why, "COMMIT failed: ");
		server_reason(conn, NULL, why);
		out = OUT_FAILED;
	}
	else
		replan_as_tables_grow(conn);
	PQsetNoticeReceiver(conn, before, NULL);
	return out;
}

static void
load_one(PGconn *conn, const input *in, const options *o, result *res)
{
	buf			data;
	buf			text;
	buf			why;
	buf			notes;
	char	   *council = NULL;
	char	   *body = NULL;
	int			pages = 0;
	doc_format	f;

	buf_init(&data);
	buf_init(&text);
	buf_init(&why);
	buf_init(&notes);
	res->outcome = OUT_FAILED;
	res->meeting = 0;
	if (!read_input(in, &data, &why))
		goto done;
	f = extract_sniff((const unsigned char *) data.data, data.len);
	if (!extract_text((const unsigned char *) data.data, data.len, f, &text, &pages, &why))
		goto done;
	buf_free(&data);
	if (text.data == NULL)
		buf_add(&text, "", 0);

	council = o->council ? strdup(o->council) : guess_council(text.data, text.len);
	if (council == NULL)
	{
		buf_adds(&why, "the document names no council: give --council");
		goto done;
	}
	body = o->body ? strdup(o->body) : body_from_document(conn, text.data, &why);
	if (body == NULL)
	{
		if (why.len == 0)
			buf_adds(&why, "the document names no committee: give --body");
		goto done;
	}
	if (o->dry_run)
	{
		bool		ok;

		if (!run(conn, "BEGIN READ ONLY"))
		{
			server_reason(conn, NULL, &why);
			goto done;
		}
		print_dry_run(conn, in, text.data, council, body, o, &why, &ok);
		run(conn, "ROLLBACK");
		if (ok)
			res->outcome = OUT_CHECKED;
		goto done;
	}
	{
		const char *src = o->source ? o->source : (strcmp(in->path, "-") == 0 ? "stdin" : in->path);

		res->outcome = ingest_text(conn, text.data, council, body, o->held_on, src, &res->meeting,
								   &why, &notes);
	}

done:
	if (res->outcome == OUT_FAILED && PQstatus(conn) == CONNECTION_BAD)
		res->outcome = OUT_LOST;
	if (res->outcome == OUT_FAILED || res->outcome == OUT_LOST)
		snprintf(res->note, sizeof(res->note), "%s", why.data ? why.data : "unknown failure");
	else if (notes.len > 0)
		snprintf(res->note, sizeof(res->note), "%s", notes.data);
	else if (pages > 0)
		snprintf(res->note, sizeof(res->note), "%d page%s", pages, pages == 1 ? "" : "s");
	else
		res->note[0] = '\0';
	free(council);
	free(body);
	buf_free(&data);
	buf_free(&text);
	buf_free(&why);
	buf_free(&notes);
}

static bool
write_all(int fd, const void *p, size_t n)
{
	const char *c = p;

	while (n > 0)
	{
		ssize_t		w = write(fd, c, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		c += w;
		n -= (size_t) w;
	}
	return true;
}

static bool
read_full(int fd, void *p, size_t n)
{
	char	   *c = p;

	while (n > 0)
	{
		ssize_t		r = read(fd, c, n);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return false;
		c += r;
		n -= (size_t) r;
	}
	return true;
}

const char *
outcome_name(outcome o)
{
	return o >= 0 && o < N_OUTCOMES ? outcome_names[o] : "?";
}

void
conn_param_set(conn_params *p, int opt, const char *value)
{
	const char *key = opt == 'd' ? "dbname" : opt == 'h' ? "host" : opt == 'p' ? "port" : "user";
	int			k = 0;

	while (p->keywords[k] != NULL && strcmp(p->keywords[k], key) != 0)
		k++;
	p->keywords[k] = key;
	p->values[k] = value;
}

PGconn *
connect_db(const conn_params *p)
{
	PGconn	   *conn = PQconnectdbParams(p->keywords, p->values, 1);

	if (PQstatus(conn) == CONNECTION_OK)
	{
		PGresult   *r = PQexec(conn, "SET application_name = 'scrutiny-load'");

		PQclear(r);
	}
	return conn;
}

static void
worker(int id, int jobs_fd, int results_fd, const options *o)
{
	PGconn	   *conn = connect_db(&o->conn);
	result		res;
	int32_t		index;

	memset(&res, 0, sizeof(res));
	res.worker = id;
	if (PQstatus(conn) != CONNECTION_OK)
	{
		res.index = -1;
		res.outcome = OUT_NO_CONNECTION;
		snprintf(res.note, sizeof(res.note), "%s", PQerrorMessage(conn));
		res.note[strcspn(res.note, "\n")] = '\0';
		write_all(results_fd, &res, sizeof(res));
		PQfinish(conn);
		_exit(0);
	}
	while (read_full(jobs_fd, &index, sizeof(index)) && index >= 0 && (size_t) index < ninputs)
	{
		memset(&res, 0, sizeof(res));
		res.worker = id;
		res.index = index;
		load_one(conn, &inputs[index], o, &res);
		if (!write_all(results_fd, &res, sizeof(res)))
			break;
		if (res.outcome == OUT_LOST)
			break;
	}
	PQfinish(conn);
	_exit(0);
}

static double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

typedef struct tally
{
	size_t		counts[N_OUTCOMES];
	size_t		done;
	off_t		done_bytes;
	double		started;
	double		drawn;
	bool		bar;			/* a progress bar on a terminal */
	bool		bar_shown;
	buf			failures;
} tally;

static void
draw_bar(tally *t, bool force)
{
	double		now = now_seconds();
	double		secs = now - t->started;
	double		rate = secs > 0 ? (double) t->done_bytes / secs : 0;

	if (!t->bar || (!force && (now - t->drawn) * 1000 < REDRAW_MS))
		return;
	t->drawn = now;
	fprintf(stderr, "\r\033[K[%zu/%zu] %3d%%  %.1f MB/s", t->done, ninputs,
			ninputs ? (int) (100 * t->done / ninputs) : 100, rate / 1e6);
	if (rate > 0 && t->done < ninputs)
	{
		long		eta = (long) ((double) (total_bytes - t->done_bytes) / rate);

		fprintf(stderr, "  ETA %ld:%02ld", eta / 60, eta % 60);
	}
	fprintf(stderr, "  %zu failed", t->counts[OUT_FAILED] + t->counts[OUT_LOST]);
	fflush(stderr);
	t->bar_shown = true;
}

static void
clear_bar(tally *t)
{
	if (t->bar && t->bar_shown)
	{
		fputs("\r\033[K", stderr);
		t->bar_shown = false;
	}
}

static void
report(tally *t, const result *res, const options *o)
{
	const input *in = &inputs[res->index];
	bool		failed = res->outcome == OUT_FAILED || res->outcome == OUT_LOST;

	t->counts[res->outcome]++;
	t->done++;
	t->done_bytes += in->size;
	if (failed)
		buf_printf(&t->failures, "  %s: %s\n", in->path, res->note);
	if (!o->quiet && res->outcome != OUT_CHECKED && (failed || !t->bar))
	{
		clear_bar(t);
		if (failed)
			printf("failed     %s: %s\n", in->path, res->note);
		else
			printf("%-10s %s  meeting %lld%s%s\n", outcome_name(res->outcome), in->path,
				   (long long) res->meeting, res->note[0] ? "  " : "", res->note);
		fflush(stdout);
	}
	draw_bar(t, t->done == ninputs);
}

/* --extract: the text of each document, a form feed and its name between them. */
static int
print_texts(void)
{
	int			failed = 0;

	for (size_t i = 0; i < ninputs; i++)
	{
		buf			data;
		buf			text;
		buf			why;
		int			pages;

		buf_init(&data);
		buf_init(&text);
		buf_init(&why);
		if (ninputs > 1)
			printf("%s==> %s <==\n", i > 0 ? "\n" : "", inputs[i].path);
		if (read_input(&inputs[i], &data, &why) &&
			extract_text((const unsigned char *) data.data, data.len,
						 extract_sniff((const unsigned char *) data.data, data.len),
						 &text, &pages, &why))
			fwrite(text.data ? text.data : "", 1, text.len, stdout);
		else
		{
			fprintf(stderr, "scrutiny-load: %s: %s\n", inputs[i].path, why.data);
			failed = 1;
		}
		buf_free(&data);
		buf_free(&text);
		buf_free(&why);
	}
	fflush(stdout);
	return failed;
}

bool
valid_date(const char *s)
{
	int			y,
				m,
				d;
	char		tail;

	return sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && strlen(s) == 10 &&
		m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

bool
parse_max_size(const char *arg, int64_t *bytes)
{
	char	   *end;
	long		mb = strtol(arg, &end, 10);

	if (*arg == '\0' || *end != '\0' || mb < 1 || mb > MAX_SIZE_LIMIT_MB)
	{
		fprintf(stderr, "scrutiny-load: --max-size must be megabytes between 1 and %d\n",
				MAX_SIZE_LIMIT_MB);
		return false;
	}
	*bytes = (int64_t) mb * 1024 * 1024;
	return true;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"dbname", required_argument, NULL, 'd'},
		{"host", required_argument, NULL, 'h'},
		{"port", required_argument, NULL, 'p'},
		{"username", required_argument, NULL, 'U'},
		{"jobs", required_argument, NULL, 'j'},
		{"dry-run", no_argument, NULL, 'n'},
		{"quiet", no_argument, NULL, 'q'},
		{"council", required_argument, NULL, 1},
		{"body", required_argument, NULL, 2},
		{"held-on", required_argument, NULL, 3},
		{"source", required_argument, NULL, 4},
		{"help", no_argument, NULL, 5},
		{"version", no_argument, NULL, 6},
		{"extract", no_argument, NULL, 7},
		{"max-size", required_argument, NULL, 8},
		{NULL, 0, NULL, 0}
	};
	options		o;
	int			c;
	int			results[2];
	int			jobs_fd[JOBS_MAX];
	pid_t		pids[JOBS_MAX];
	tally		t;
	size_t		next = 0;
	int			running;
	int			status = 0;
	bool		lost = false;
	char	   *no_connection = NULL;

	if (argc > 1 && strcmp(argv[1], "moderngov") == 0)
		return moderngov_main(argc - 1, argv + 1);
	memset(&o, 0, sizeof(o));
	o.jobs = 1;
	while ((c = getopt_long(argc, argv, "d:h:p:U:j:nq", longopts, NULL)) != -1)
	{
		switch (c)
		{
			case 'd':
			case 'h':
			case 'p':
			case 'U':
				conn_param_set(&o.conn, c, optarg);
				break;
			case 'j':
				o.jobs = atoi(optarg);
				if (o.jobs < 1 || o.jobs > JOBS_MAX)
				{
					fprintf(stderr, "scrutiny-load: --jobs must be between 1 and %d\n", JOBS_MAX);
					return 2;
				}
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
				o.body = optarg;
				break;
			case 3:
				if (!valid_date(optarg))
				{
					fprintf(stderr, "scrutiny-load: --held-on \"%s\" is not a date (YYYY-MM-DD)\n", optarg);
					return 2;
				}
				o.held_on = optarg;
				break;
			case 4:
				o.source = optarg;
				break;
			case 5:
				usage(stdout);
				return 0;
			case 6:
				puts("scrutiny-load " LOADER_VERSION);
				return 0;
			case 7:
				o.extract_only = true;
				break;
			case 8:
				{
					int64_t		bytes;

					if (!parse_max_size(optarg, &bytes))
						return 2;
					max_bytes = (off_t) bytes;
				}
				break;
			default:
				fputs("Try \"scrutiny-load --help\" for more information.\n", stderr);
				return 2;
		}
	}
	if (optind >= argc)
	{
		fputs("scrutiny-load: no documents given (files, directories or - for standard input)\n"
			  "Try \"scrutiny-load --help\" for more information.\n", stderr);
		return 2;
	}
	for (int i = optind; i < argc; i++)
	{
		struct stat st;

		if (strcmp(argv[i], "-") == 0)
		{
			buf			why;

			if (stdin_read)
				continue;
			buf_init(&why);
			buf_init(&stdin_data);
			if (!read_all(stdin, &stdin_data, &why))
			{
				fprintf(stderr, "scrutiny-load: standard input: %s\n", why.data);
				return 2;
			}
			stdin_read = true;
			add_input("-", (off_t) stdin_data.len);
		}
		else if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			walk(argv[i], 0);
		else
			add_input(argv[i], stat(argv[i], &st) == 0 ? st.st_size : 0);
	}
	if (ninputs == 0)
	{
		fputs("scrutiny-load: no documents found\n", stderr);
		return 2;
	}
	if (o.source && ninputs > 1)
	{
		fputs("scrutiny-load: --source names one document; give one file\n", stderr);
		return 2;
	}
	if (o.extract_only)
		return print_texts();
	/* a dry run prints each document's report from its worker: one at a time */
	if (o.dry_run)
		o.jobs = 1;
	if ((size_t) o.jobs > ninputs)
		o.jobs = (int) ninputs;

	signal(SIGPIPE, SIG_IGN);
	fflush(stdout);
	if (pipe(results) != 0)
	{
		perror("scrutiny-load: pipe");
		return 2;
	}
	for (int w = 0; w < o.jobs; w++)
	{
		int			p[2];

		if (pipe(p) != 0)
		{
			perror("scrutiny-load: pipe");
			return 2;
		}
		pids[w] = fork();
		if (pids[w] < 0)
		{
			perror("scrutiny-load: fork");
			return 2;
		}
		if (pids[w] == 0)
		{
			close(p[1]);
			close(results[0]);
			for (int k = 0; k < w; k++)
				close(jobs_fd[k]);
			worker(w, p[0], results[1], &o);
		}
		close(p[0]);
		jobs_fd[w] = p[1];
	}
	close(results[1]);

	memset(&t, 0, sizeof(t));
	buf_init(&t.failures);
	t.started = now_seconds();
	t.bar = !o.quiet && isatty(2);
	for (int w = 0; w < o.jobs; w++)
	{
		int32_t		index = next < ninputs ? (int32_t) next++ : -1;

		write_all(jobs_fd[w], &index, sizeof(index));
	}
	running = o.jobs;
	while (running > 0)
	{
		result		res;
		int32_t		index;

		if (!read_full(results[0], &res, sizeof(res)))
			break;
		if (res.outcome == OUT_NO_CONNECTION)
		{
			if (no_connection == NULL)
				no_connection = strdup(res.note);
			running--;
			continue;
		}
		report(&t, &res, &o);
		if (res.outcome == OUT_LOST)
		{
			lost = true;
			running--;
			continue;
		}
		index = (!lost && next < ninputs) ? (int32_t) next++ : -1;
		write_all(jobs_fd[res.worker], &index, sizeof(index));
		if (index < 0)
			running--;
	}
	for (int w = 0; w < o.jobs; w++)
	{
		int32_t		stop = -1;

		write_all(jobs_fd[w], &stop, sizeof(stop));
		close(jobs_fd[w]);
	}
	for (int w = 0; w < o.jobs; w++)
		waitpid(pids[w], NULL, 0);
	draw_bar(&t, true);
	clear_bar(&t);

	if (no_connection != NULL && t.done == 0)
	{
		fprintf(stderr, "scrutiny-load: cannot connect: %s\n", no_connection);
		free(no_connection);
		buf_free(&t.failures);
		return 2;
	}
	printf("scrutiny-load: %zu document%s: ", ninputs, ninputs == 1 ? "" : "s");
	if (o.dry_run)
		printf("%zu checked", t.counts[OUT_CHECKED]);
	else
		printf("%zu ingested, %zu unchanged, %zu replaced", t.counts[OUT_INGESTED],
			   t.counts[OUT_UNCHANGED], t.counts[OUT_REPLACED]);
	printf(", %zu failed", t.counts[OUT_FAILED] + t.counts[OUT_LOST]);
	if (t.done < ninputs)
		printf(", %zu not tried", ninputs - t.done);
	printf(" (%.1f s)\n", now_seconds() - t.started);
	if (t.failures.len > 0)
		printf("failed:\n%s", t.failures.data);
	if (lost)
	{
		fprintf(stderr, "scrutiny-load: the server went away; the documents loaded before stay committed\n");
		status = 3;
	}
	else if (t.counts[OUT_FAILED] > 0 || no_connection != NULL)
		status = 1;
	if (!lost && t.done < ninputs)
	{
		/* a worker died (a crash in a library, a kill) before reporting */
		fprintf(stderr, "scrutiny-load: a worker ended without finishing; %zu documents not tried\n",
				ninputs - t.done);
		status = status ? status : 1;
	}
	if (no_connection != NULL)
		fprintf(stderr, "scrutiny-load: a worker could not connect: %s\n", no_connection);
	fflush(stdout);
	buf_free(&t.failures);
	free(no_connection);
	return status;
}
