/*
 * load.h - what the two ways of loading (files, a ModernGov site) share:
 * the connection, one document's ingest, the server's reason for a failure.
 */
#ifndef SCRUTINY_LOAD_LOAD_H
#define SCRUTINY_LOAD_LOAD_H

#include <stdbool.h>
#include <stdint.h>

#include <libpq-fe.h>

#include "buf.h"

#define LOADER_VERSION "0.7"

typedef enum outcome
{
	OUT_INGESTED,
	OUT_UNCHANGED,
	OUT_REPLACED,
	OUT_CHECKED,				/* --dry-run */
	OUT_FAILED,
	OUT_LOST,					/* the connection went away: the run stops */
	OUT_NO_CONNECTION,			/* a worker could not connect at all */
	N_OUTCOMES
} outcome;

/* -d, -h, -p, -U as psql takes them: a later one replaces an earlier. */
typedef struct conn_params
{
	const char *keywords[5];	/* NULL-terminated, for PQconnectdbParams */
	const char *values[5];
} conn_params;

extern void conn_param_set(conn_params *p, int opt, const char *value);
extern PGconn *connect_db(const conn_params *p);
extern const char *outcome_name(outcome o);
extern bool run(PGconn *conn, const char *sql);
extern void server_reason(PGconn *conn, const PGresult *r, buf *why);
extern outcome ingest_text(PGconn *conn, const char *text, const char *council, const char *body,
						   const char *held_on, const char *source, int64_t *meeting, buf *why,
						   buf *notes);
extern bool valid_date(const char *s);

/*
 * The largest document read (--max-size, in both modes).  Minutes run to a
 * few megabytes; a file of hundreds is a scan or a data dump, and reading
 * it whole would cost that much memory in the loader and in the server.
 */
#define MAX_SIZE_DEFAULT_MB 100
#define MAX_SIZE_LIMIT_MB 1000
/* --max-size's argument as bytes; false (with a message) when it is no size. */
extern bool parse_max_size(const char *arg, int64_t *bytes);

/* scrutiny-load moderngov URL ...: argv[0] is "moderngov" */
extern int	moderngov_main(int argc, char **argv);

#endif							/* SCRUTINY_LOAD_LOAD_H */
