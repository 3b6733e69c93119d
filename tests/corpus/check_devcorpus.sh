#!/usr/bin/env bash
# The development corpus (../shared/dev-corpus: minutes in the forms of many
# councils, with gold labels) scored by its own scorer (../shared/tools/score.py),
# as a ratchet: every measure must stay at or above its floor in
# devcorpus.floors (what the last structure work reached, minus 0.02), and no
# document may give zero items where its gold has items, except those the
# floors file names as known.  Skipped when ../shared is absent.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../pgcluster.sh"
. "$HERE/lib.sh"
SHARED=${SCRUTINY_SHARED:-$(cd "$HERE/../../.." && pwd)/shared}
SCORER=$SHARED/tools/score.py
if [ ! -d "$SHARED/dev-corpus/docs" ] || [ ! -f "$SCORER" ]; then
    echo "SKIPPED: dev corpus: no $SHARED/dev-corpus or $SCORER"
    exit 0
fi
fresh_db_with_extension scrutiny_devcorpus
out=$(mktemp)
trap 'rm -f "$out"' EXIT

PGDATABASE=scrutiny_devcorpus python3 "$SCORER" all --verbose >"$out" 2>&1 || {
    cat "$out"; echo "FAIL: the scorer failed"; exit 1; }
status=0
while read -r measure floor; do
    case "$measure" in ''|'#'*|zero-items) continue ;; esac
    got=$(awk -v m="$measure" '$1 == m && $2 == "F1" { print $3 }' "$out" | tail -n 1)
    if [ -z "$got" ]; then
        echo "FAIL: $measure: no score"; status=1; continue
    fi
    if awk -v g="$got" -v f="$floor" 'BEGIN { exit !(g + 0 >= f + 0) }'; then
        echo "ok: $measure F1 $got (floor $floor)"
    else
        echo "FAIL: $measure F1 $got is below its floor $floor"; status=1
    fi
done <"$HERE/devcorpus.floors"

# Documents with gold items that gave none (the items section of the verbose output).
known=$(awk '$1 == "zero-items" { print $2 }' "$HERE/devcorpus.floors")
zero=$(awk '/^items F1/ { exit } /tp 0 fp 0 fn [1-9]/ { sub(":", "", $1); print $1 }' "$out")
for doc in $zero; do
    if grep -qxF "$doc" <<<"$known"; then
        echo "known: $doc gives no items"
    else
        echo "FAIL: $doc gives no items; its gold has some"; status=1
    fi
done
# ... and a listed document that is read now leaves the list, so it cannot slip back.
for doc in $known; do
    if ! grep -qxF "$doc" <<<"$zero"; then
        echo "FAIL: $doc now gives items: remove its zero-items line from devcorpus.floors"; status=1
    fi
done
[ $status -eq 0 ] && echo "dev corpus: every measure at or above its floor"
exit $status
