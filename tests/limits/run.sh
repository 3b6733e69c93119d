#!/usr/bin/env bash
# Runs tests/limits/cases.tsv against the server in PG* (a database with
# scrutiny); prints one line a case and "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
# A client-side bound too, so a statement that ignores its cancel fails
# the case instead of holding the suite.
psql="timeout 30 ${PSQL:-psql} -X -q -At"
passed=0 failed=0
while IFS=$'\t' read -r name stmt; do
    case $name in ''|'#'*) continue ;; esac
    # The elapsed time is taken on the server, around the statement alone.
    out=$($psql -v ON_ERROR_STOP=0 2>&1 <<SQL
SELECT clock_timestamp() AS t0 \gset
SET statement_timeout = '1s';
$stmt;
RESET statement_timeout;
SELECT 'elapsed ' || round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 2);
SQL
)
    secs=$(sed -n 's/^elapsed //p' <<<"$out")
    how=finished
    grep -q 'canceling statement due to statement timeout' <<<"$out" && how=cancelled
    if grep -E '^(ERROR|FATAL|PANIC)' <<<"$out" | grep -qv 'statement timeout' || [ -z "$secs" ]; then
        echo "FAILED: $name: $(grep -E 'ERROR|FATAL|PANIC|server closed' <<<"$out" | head -n 2)"
        failed=$((failed + 1))
    elif awk -v s="$secs" 'BEGIN { exit !(s < 2) }'; then
        echo "ok: $name ($how in $secs s)"
        passed=$((passed + 1))
    else
        echo "FAILED: $name ($how in $secs s, over 2 s)"
        failed=$((failed + 1))
    fi
done <tests/limits/cases.tsv
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
