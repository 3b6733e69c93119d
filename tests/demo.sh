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

# Each document is ingested on its own: one that cannot be (no date of
# meeting, say) is reported and the rest go on.  The council is the file
# name's first word (eastmere-planning-2020-01-14.txt: Eastmere), or
# $COUNCIL; the body is the one the minutes name.
psql_q -v council="${COUNCIL:-}" -P footer=off <<'SQL'
SET client_min_messages = warning;
SET demo.council = :'council';
CREATE TEMP TABLE ingest_log (name text, meeting bigint, problem text);
DO $$
DECLARE
    m record;
BEGIN
    FOR m IN SELECT name, content FROM minutes ORDER BY name LOOP
        BEGIN
            INSERT INTO ingest_log
            SELECT m.name, scrutiny.ingest(m.content,
                       council => coalesce(nullif(current_setting('demo.council', true), ''),
                                           CASE WHEN m.name ~ '^[A-Za-z]+-' THEN initcap(split_part(m.name, '-', 1)) || ' Council'
                                                ELSE 'Demo Council' END),
                       body => coalesce((scrutiny.meeting_info(m.content)).body, 'Committee'),
                       source => m.name), NULL;
        EXCEPTION WHEN OTHERS THEN
            INSERT INTO ingest_log VALUES (m.name, NULL, SQLERRM);
        END;
    END LOOP;
END
$$;
\echo Ingested with scrutiny.ingest (one transaction per document):
SELECT name AS document, meeting, coalesce(problem, 'ok') AS result FROM ingest_log ORDER BY name;

\echo Meetings (scrutiny.meetings):
SELECT council, body, held_on, starts_at, ends_at, items, resolutions, attendees, apologies, actions, open_actions
FROM scrutiny.meetings ORDER BY council, held_on;

\echo Attendance rates, lowest first (scrutiny.attendance_rate):
SELECT person, body, municipal_year, meetings, present, apologies, rate
FROM scrutiny.attendance_rate ORDER BY rate, person LIMIT 10;

\echo Open actions, oldest first (scrutiny.open_actions):
SELECT body, raised_on, label, kind, owner, due_on, due_meeting_on, overdue,
       left(regexp_replace(action, '\s+', ' ', 'g'), 70) AS action
FROM scrutiny.open_actions ORDER BY raised_on, action_id LIMIT 10;

\echo Resolutions by kind (scrutiny.resolutions_by_kind):
SELECT body, municipal_year, kind, resolutions
FROM scrutiny.resolutions_by_kind ORDER BY body, municipal_year, resolutions DESC, kind;

\echo Citations between minutes (scrutiny.citation_graph):
SELECT held_on, label AS item, relation, cited_ref, cited_held_on, cited_title
FROM scrutiny.citation_graph ORDER BY held_on, label, cited_ref;

\echo Search: items about a briefing note (GIN index on scrutiny.item.tsv):
SELECT m.held_on, i.label, i.title,
       ts_headline('scrutiny.english', regexp_replace(i.body, '\s+', ' ', 'g'), q, 'MaxWords=12, MinWords=6') AS headline
FROM scrutiny.item i JOIN scrutiny.meeting m ON m.council_id = i.council_id AND m.id = i.meeting_id,
     websearch_to_tsquery('scrutiny.english', '"briefing note"') q
WHERE i.tsv @@ q
ORDER BY m.held_on, i.ordinal;
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
