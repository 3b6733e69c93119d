#!/usr/bin/env bash
# `make demo`: a throwaway PostgreSQL with scrutiny, loaded with minutes, and
# what the extension finds in them.
#   tests/demo.sh                       the bundled sample minutes (examples/)
#   tests/demo.sh 'dir/*.txt' ...       other minutes
#   KEEP=1 tests/demo.sh                leave the server running to explore
set -eu
cd "$(dirname "$0")/.."
. tests/pgcluster.sh

files=()
for pattern in "${@:-examples/*.txt}"; do
    for f in $pattern; do [ -f "$f" ] && files+=("$f"); done
done
[ ${#files[@]} -gt 0 ] || { echo "no minutes found in: ${*:-examples/*.txt}" >&2; exit 1; }

if [ "${KEEP:-0}" != 1 ]; then
    trap 'cluster_stop' EXIT
    trap 'cluster_stop; exit 130' INT TERM
fi
cluster_start
echo "Started a throwaway PostgreSQL $(psql_q -At -c 'SHOW server_version') (socket $PGHOST, port $PGPORT)."

psql_q <<'SQL'
CREATE EXTENSION scrutiny;
CREATE TABLE minutes (name text PRIMARY KEY, content text NOT NULL);
SQL
for f in "${files[@]}"; do
    psql_q -v name="$(basename "$f")" -v content="$(cat "$f")" <<'SQL'
INSERT INTO minutes VALUES (:'name', :'content');
SQL
done
echo "Loaded ${#files[@]} minutes document(s)."
echo

psql_q -P footer=off <<'SQL'
\echo Minute references found, in minute_ref order (prefix, year, number):
SELECT r.ref, r.label, m.name AS document, r.start,
       scrutiny.year(r.ref) AS municipal_year
FROM minutes m, scrutiny.minute_refs(m.content) r
ORDER BY r.ref, m.name, r.start;

\echo Per document: how many references, and the first and last:
SELECT m.name AS document, count(r.ref) AS refs,
       scrutiny.min(r.ref) AS first, scrutiny.max(r.ref) AS last
FROM minutes m LEFT JOIN LATERAL scrutiny.minute_refs(m.content) r ON true
GROUP BY m.name ORDER BY m.name;

\echo Items and resolutions per document:
SELECT m.name AS document, count(DISTINCT i.ordinal) AS items, count(r.ordinal) AS resolutions,
       string_agg(DISTINCT r.kind, ', ') AS resolution_kinds
FROM minutes m JOIN LATERAL scrutiny.items(m.content) i ON true
     LEFT JOIN LATERAL scrutiny.resolutions(i.body) r ON true
GROUP BY m.name ORDER BY m.name;

\echo Search: items that mention a briefing note:
SELECT m.name AS document, i.label,
       ts_headline('scrutiny.english', regexp_replace(i.body, '\s+', ' ', 'g'), q, 'MaxWords=12, MinWords=6') AS headline
FROM minutes m, scrutiny.items(m.content) i,
     websearch_to_tsquery('scrutiny.english', '"briefing note"') q
WHERE to_tsvector('scrutiny.english', i.body) @@ q
ORDER BY m.name, i.ordinal;
SQL

if [ "${KEEP:-0}" = 1 ]; then
    echo "The server is still running. Explore with:"
    echo "  psql -h $PGHOST -p $PGPORT -U postgres"
    echo "Stop it with:"
    echo "  runuser -u postgres -- $PG_BINDIR/pg_ctl -D $CLUSTER_DIR/data stop"
else
    echo "The server has been stopped and removed. To keep one running to explore with psql:"
    echo "  make demo KEEP=1"
fi
