#!/usr/bin/env bash
# attendance() and declarations() on the real corpus against hand-checked gold
# labels (tests/corpus/attendance.gold, tests/corpus/declarations.gold).
# Attendance is scored on (document, status, name) and must reach F1 >= 0.95;
# categories are scored too, for information.  Declarations are scored on
# (document, name, item label, kind) and must reach F1 >= 0.9: the corpus holds
# few of them, so one miss costs a lot, and the regression suites carry the
# forms the corpus lacks.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../pgcluster.sh"
. "$HERE/lib.sh"
require_corpus people
fresh_db_with_extension scrutiny_people

all=$(mktemp) found=$(mktemp) gold=$(mktemp)
trap 'rm -f "$all" "$found" "$gold"' EXIT

for f in $(corpus_files); do
    "$PG_BINDIR/psql" -X -q -At -F $'\t' -d scrutiny_people -v ON_ERROR_STOP=1 \
        -v doc="$(cat "$f")" -v name="$(basename "$f")" <<'SQL'
SELECT 'A', :'name', status, name, category, '' FROM scrutiny.attendance(:'doc')
UNION ALL
SELECT 'D', :'name', name, coalesce(item_label, ''), coalesce(kind, ''), ''
FROM scrutiny.declarations(:'doc');
SQL
done >"$all"
status=0

echo "attendance on $(corpus_files | wc -l) corpus documents (status, name):"
awk -F'\t' '$1 == "A" { print $2 "\t" $3 "\t" $4 }' "$all" | sort >"$found"
grep -v '^#' "$HERE/attendance.gold" | cut -f1-3 | sort >"$gold"
score "$found" "$gold"
awk -v f="$F1" 'BEGIN { exit !(f >= 0.95) }' || { echo "  FAIL: attendance F1 below 0.95"; status=1; }

echo "attendance categories (status, name, category; for information):"
awk -F'\t' '$1 == "A" { print $2 "\t" $3 "\t" $4 "\t" $5 }' "$all" | sort >"$found"
grep -v '^#' "$HERE/attendance.gold" | sort >"$gold"
score "$found" "$gold"

echo "declarations (name, item label, kind):"
awk -F'\t' '$1 == "D" { print $2 "\t" $3 "\t" $4 "\t" $5 }' "$all" | sort >"$found"
grep -v '^#' "$HERE/declarations.gold" | sort >"$gold"
score "$found" "$gold"
awk -v f="$F1" 'BEGIN { exit !(f >= 0.9) }' || { echo "  FAIL: declarations F1 below 0.9"; status=1; }
exit $status
