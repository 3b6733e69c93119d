#!/usr/bin/env bash
# meeting_info() and citations() on the real corpus against hand-checked gold labels
# (tests/corpus/meeting_info.gold, tests/corpus/citations.gold).
# meeting_info: one row per field (body, held_on, starts_at, ends_at, venue, each
# adjournment); citations: one row per citation (label, relation, ref), whole documents,
# yearless references dated with the gold held_on.  Both need F1 >= 0.9.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../pgcluster.sh"
. "$HERE/lib.sh"
require_corpus meeting
fresh_db_with_extension scrutiny_meeting

found_m=$(mktemp) gold_m=$(mktemp) found_c=$(mktemp) gold_c=$(mktemp)
trap 'rm -f "$found_m" "$gold_m" "$found_c" "$gold_c"' EXIT

# Names are compared folded: lower case, one space, plain quotes and dashes.
fold() { sed -e "s/–/-/g; s/—/-/g; s/’/'/g" | tr 'A-Z' 'a-z' | tr -s ' '; }

for f in $(corpus_files); do
    name=$(basename "$f")
    held=$(awk -F'\t' -v n="$name" '$1 == n && $2 == "held_on" { print $3 }' "$HERE/meeting_info.gold")
    "$PG_BINDIR/psql" -X -q -At -F $'\t' -d scrutiny_meeting -v ON_ERROR_STOP=1 \
        -v doc="$(cat "$f")" -v name="$name" -v held="${held:-}" <<'SQL'
SELECT 'M', :'name', f.field, f.value
FROM scrutiny.meeting_info(:'doc') m,
LATERAL (VALUES ('body', m.body), ('held_on', m.held_on::text),
                ('starts_at', to_char(m.starts_at, 'HH24:MI')),
                ('ends_at', to_char(m.ends_at, 'HH24:MI')), ('venue', m.venue)) f(field, value)
WHERE f.value IS NOT NULL
UNION ALL
SELECT 'M', :'name', 'adjourned', concat(a->>'adjourned', '-', a->>'reconvened')
FROM scrutiny.meeting_info(:'doc') m, jsonb_array_elements(m.adjourned) a
UNION ALL
SELECT 'C', :'name', c.label, c.relation || E'\t' || coalesce(c.ref::text, '')
FROM scrutiny.citations(:'doc', nullif(:'held', '')::date) c;
SQL
done >"$found_m.all"
awk -F'\t' '$1 == "M" { print $2 "\t" $3 "\t" $4 }' "$found_m.all" | fold | sort >"$found_m"
awk -F'\t' '$1 == "C" { print $2 "\t" $3 "\t" $4 "\t" $5 }' "$found_m.all" | sort >"$found_c"
rm -f "$found_m.all"
grep -v '^#' "$HERE/meeting_info.gold" | fold | sort >"$gold_m"
grep -v '^#' "$HERE/citations.gold" | sort >"$gold_c"

n=$(corpus_files | wc -l)
echo "meeting_info on $n corpus documents (one row per field and adjournment):"
score "$found_m" "$gold_m"
m_f1=$F1
echo "citations on $n corpus documents (label, relation, ref):"
score "$found_c" "$gold_c"
c_f1=$F1

status=0
awk -v f="$m_f1" 'BEGIN { exit !(f >= 0.9) }' || { echo "  FAIL: meeting_info F1 below 0.9"; status=1; }
awk -v f="$c_f1" 'BEGIN { exit !(f >= 0.9) }' || { echo "  FAIL: citations F1 below 0.9"; status=1; }
exit $status
