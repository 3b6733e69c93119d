#!/usr/bin/env bash
# items() and resolutions() on the real corpus against hand-checked gold labels
# (tests/corpus/items.gold, tests/corpus/resolutions.gold: labels only).
# Items must match exactly (F1 = 1.0); resolutions need F1 >= 0.95.
# A found resolution matches a gold one with the same document, item label and
# kind whose wording contains the gold anchor (its first five words).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../pgcluster.sh"
. "$HERE/lib.sh"
require_corpus items
fresh_db_with_extension scrutiny_items

found_items=$(mktemp) gold_items=$(mktemp) found_res=$(mktemp) gold_res=$(mktemp)
trap 'rm -f "$found_items" "$gold_items" "$found_res" "$gold_res"' EXIT

# Titles and anchors are compared folded: lower case, one space, plain dashes.
fold() { sed -e 's/–/-/g; s/—/-/g' | tr 'A-Z' 'a-z' | tr -s ' '; }

for f in $(corpus_files); do
    "$PG_BINDIR/psql" -X -q -At -F $'\t' -d scrutiny_items -v ON_ERROR_STOP=1 \
        -v doc="$(cat "$f")" -v name="$(basename "$f")" <<'SQL'
SELECT 'I', :'name', i.label, coalesce(i.title, ''), '', ''
FROM scrutiny.items(:'doc') i
UNION ALL
SELECT 'R', :'name', i.label, r.kind, r.resolution, i.ordinal::text
FROM scrutiny.items(:'doc') i, scrutiny.resolutions(i.body) r;
SQL
done >"$found_res.all"
awk -F'\t' '$1 == "I" { print $2 "\t" $3 "\t" $4 }' "$found_res.all" | fold | sort >"$found_items"
grep -v '^#' "$HERE/items.gold" | fold | sort >"$gold_items"
echo "items on $(corpus_files | wc -l) corpus documents (label and title):"
score "$found_items" "$gold_items"
items_f1=$F1

# Pair each gold resolution with an unused found one of the same item and kind
# whose wording contains the anchor; what is left over is wrong or missed.
awk -F'\t' '$1 == "R" { print $2 "\t" $3 "\t" $4 "\t" $5 }' "$found_res.all" | fold >"$found_res"
grep -v '^#' "$HERE/resolutions.gold" | fold >"$gold_res"
rm -f "$found_res.all"
echo "resolutions (item, kind, anchor):"
awk -F'\t' '
    function norm(s) { gsub(/[.,;:]+$/, "", s); return s }
    NR == FNR { fd[NR] = $1; fi[NR] = $2; fk[NR] = $3; ft[NR] = $4; nf = NR; next }
    {
        a = norm($4); hit = 0
        for (i = 1; i <= nf; i++)
            if (!used[i] && fd[i] == $1 && fi[i] == $2 && fk[i] == $3 && index(ft[i], a) > 0) {
                used[i] = 1; hit = 1; break
            }
        if (hit) tp++; else { fn++; print "  missed:         " $0 }
    }
    END {
        for (i = 1; i <= nf; i++) if (!used[i]) { fp++; print "  false positive: " fd[i] "\t" fi[i] "\t" fk[i] "\t" ft[i] }
        p = tp + fp ? tp / (tp + fp) : 1; r = tp + fn ? tp / (tp + fn) : 1
        f = p + r ? 2 * p * r / (p + r) : 0
        printf "  %d found right, %d wrong, %d missed: precision %.4f recall %.4f F1 %.4f\n", tp, fp, fn, p, r, f
        print f > "/dev/stderr"
    }' "$found_res" "$gold_res" 2>"$gold_items.f1"
res_f1=$(cat "$gold_items.f1"); rm -f "$gold_items.f1"

status=0
awk -v f="$items_f1" 'BEGIN { exit !(f >= 1.0) }' || { echo "  FAIL: items F1 below 1.0"; status=1; }
awk -v f="$res_f1" 'BEGIN { exit !(f >= 0.95) }' || { echo "  FAIL: resolutions F1 below 0.95"; status=1; }
exit $status
