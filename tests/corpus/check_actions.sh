#!/usr/bin/env bash
# actions() on the real corpus against hand-checked gold labels
# (tests/corpus/actions.gold: file, item label, kind, anchor words).
# Actions are per item: items(doc) then actions(body).  A found action
# matches a gold one of the same document, item label and kind whose wording
# contains the gold anchor; each found action matches at most one gold line.
# Fails below F1 0.9.  Also checks amounts() against the money tokens: every
# amount's label is the text at its offsets.
set -eu -o pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../pgcluster.sh"
. "$HERE/lib.sh"
require_corpus actions
fresh_db_with_extension scrutiny_actions

found=$(mktemp) gold=$(mktemp) f1file=$(mktemp)
trap 'rm -f "$found" "$gold" "$f1file" "$f1file.amounts"' EXIT
: >"$f1file.amounts"

fold() { sed -e 's/–/-/g; s/—/-/g; s/’/'"'"'/g' | tr 'A-Z' 'a-z' | tr -s ' '; }

for f in $(corpus_files); do
    "$PG_BINDIR/psql" -X -q -At -F $'\t' -d scrutiny_actions -v ON_ERROR_STOP=1 \
        -v doc="$(cat "$f")" -v name="$(basename "$f")" <<'SQL'
SELECT :'name', i.label, a.kind, a.action
FROM scrutiny.items(:'doc') i, scrutiny.actions(i.body) a;
SQL
    n=$("$PG_BINDIR/psql" -X -q -At -d scrutiny_actions -v ON_ERROR_STOP=1 -v doc="$(cat "$f")" <<'SQL'
SELECT count(*) FROM scrutiny.amounts(:'doc') a
WHERE substr(:'doc', a.start, a.len) <> a.label OR a.amount IS NULL OR a.amount < 0;
SQL
)
    echo "$n" >>"$f1file.amounts"
done | fold >"$found"
bad_amounts=$(awk '{ s += $1 } END { print s + 0 }' "$f1file.amounts"); rm -f "$f1file.amounts"
grep -v '^#' "$HERE/actions.gold" | fold >"$gold"

echo "actions on $(corpus_files | wc -l) corpus documents (item, kind, anchor):"
awk -F'\t' '
    NR == FNR { fd[NR] = $1; fi[NR] = $2; fk[NR] = $3; ft[NR] = $4; nf = NR; next }
    {
        hit = 0
        for (i = 1; i <= nf; i++)
            if (!used[i] && fd[i] == $1 && fi[i] == $2 && fk[i] == $3 && index(ft[i], $4) > 0) {
                used[i] = 1; hit = 1; break
            }
        if (hit) tp++; else { fn++; print "  missed:         " $0 }
    }
    END {
        for (i = 1; i <= nf; i++) if (!used[i]) { fp++; print "  false positive: " fd[i] "\t" fi[i] "\t" fk[i] "\t" substr(ft[i], 1, 100) }
        p = tp + fp ? tp / (tp + fp) : 1; r = tp + fn ? tp / (tp + fn) : 1
        f = p + r ? 2 * p * r / (p + r) : 0
        printf "  %d found right, %d wrong, %d missed: precision %.4f recall %.4f F1 %.4f\n", tp, fp, fn, p, r, f
        print f > "/dev/stderr"
    }' "$found" "$gold" 2>"$f1file"
f1=$(cat "$f1file")

status=0
awk -v f="$f1" 'BEGIN { exit !(f >= 0.9) }' || { echo "  FAIL: actions F1 below 0.9"; status=1; }
echo "amounts: $bad_amounts whose label is not the text at their offsets"
[ "$bad_amounts" -eq 0 ] || { echo "  FAIL: amounts offsets"; status=1; }
exit $status
