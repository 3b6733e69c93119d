# Shared by the corpus checks.  The real minutes are read from
# ../shared/corpus beside the project (or $SCRUTINY_CORPUS); they are never
# copied into it.  A check with no corpus says SKIPPED and succeeds.
CORPUS=${SCRUTINY_CORPUS:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/shared/corpus}

corpus_files() {
    find "$CORPUS" -name '*.txt' -type f | sort
}

require_corpus() {
    if [ ! -d "$CORPUS" ] || [ -z "$(corpus_files)" ]; then
        echo "SKIPPED: $1: no corpus at $CORPUS"
        exit 0
    fi
}

# A fresh database with the extension, for one check.
fresh_db_with_extension() {
    fresh_db "$1" && psql_q -d "$1" -c "CREATE EXTENSION scrutiny"
}

# Precision, recall and F1 of found ($1) against gold ($2), both sorted
# files of one item a line.  Prints them and the misses; sets F1.
score() {
    local tp fp fn
    tp=$(comm -12 "$1" "$2" | wc -l)
    fp=$(comm -23 "$1" "$2" | wc -l)
    fn=$(comm -13 "$1" "$2" | wc -l)
    comm -23 "$1" "$2" | sed 's/^/  false positive: /'
    comm -13 "$1" "$2" | sed 's/^/  missed:         /'
    F1=$(awk -v tp="$tp" -v fp="$fp" -v fn="$fn" 'BEGIN {
        p = tp + fp ? tp / (tp + fp) : 1; r = tp + fn ? tp / (tp + fn) : 1;
        f = p + r ? 2 * p * r / (p + r) : 0;
        printf "%.4f", f }')
    awk -v tp="$tp" -v fp="$fp" -v fn="$fn" -v f="$F1" 'BEGIN {
        p = tp + fp ? tp / (tp + fp) : 1; r = tp + fn ? tp / (tp + fn) : 1;
        printf "  %d found right, %d wrong, %d missed: precision %.4f recall %.4f F1 %s\n", tp, fp, fn, p, r, f }'
}
