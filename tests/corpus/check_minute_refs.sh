#!/usr/bin/env bash
# minute_refs() on the real corpus against hand-checked gold labels.
# Needs a running server (PGHOST/PGPORT/PGUSER set, as tests/run-all.sh does).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../pgcluster.sh"
. "$HERE/lib.sh"
require_corpus minute_refs
fresh_db_with_extension scrutiny_corpus

found=$(mktemp) gold=$(mktemp)
trap 'rm -f "$found" "$gold"' EXIT
for f in $(corpus_files); do
    "$PG_BINDIR/psql" -X -q -At -F $'\t' -d scrutiny_corpus -v ON_ERROR_STOP=1 \
        -v doc="$(cat "$f")" -v name="$(basename "$f")" <<'SQL'
SELECT :'name',
       array_length(string_to_array(substr(:'doc', 1, start), E'\n'), 1),
       label
FROM scrutiny.minute_refs(:'doc');
SQL
done | sort >"$found"
grep -v '^#' "$HERE/minute_refs.gold" | sort >"$gold"

echo "minute_refs on $(corpus_files | wc -l) corpus documents:"
score "$found" "$gold"
awk -v f="$F1" 'BEGIN { exit !(f >= 1.0) }' || { echo "  FAIL: F1 below 1.0"; exit 1; }
