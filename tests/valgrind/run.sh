#!/usr/bin/env bash
# `make test-valgrind`: the pg_regress suites against a throwaway server run
# under valgrind memcheck, then every error valgrind reports with a frame in
# scrutiny's shared library is listed, and the run fails if there is one.
#
# Debian's PostgreSQL is built without USE_VALGRIND, so memcheck sees the
# server's memory contexts as the malloc'd blocks they are carved from: it
# finds reads of uninitialised bytes, reads and writes outside any block,
# and uninitialised bytes passed to system calls, not a palloc chunk
# overrun inside its block (the regress suites' own checks and the ASan
# unit and fuzz builds of the core cover those).  PostgreSQL's suppression
# file (src/tools/valgrind.supp in its source tree) is used when
# PG_VALGRIND_SUPP names it; without it the server's own reports are only
# counted, since the verdict reads the frames of each report.
set -u
cd "$(dirname "$0")/../.."
. tests/pgcluster.sh
python3 tests/valgrind/verdict.py --self-test || exit 1

WORK=$(mktemp -d "${TMPDIR:-/tmp}/scrutiny-valgrind.XXXXXX")
chmod 755 "$WORK"
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK"
trap 'cluster_stop; rm -rf "$WORK"' EXIT

supp=()
if [ -n "${PG_VALGRIND_SUPP:-}" ]; then
    [ -r "$PG_VALGRIND_SUPP" ] || { echo "PG_VALGRIND_SUPP=$PG_VALGRIND_SUPP is not readable" >&2; exit 2; }
    supp=(--suppressions="$(cd "$(dirname "$PG_VALGRIND_SUPP")" && pwd)/$(basename "$PG_VALGRIND_SUPP")")
fi

# pg_ctl starts the server through this wrapper (-p): the postmaster and every
# backend it forks run under memcheck, each with a log of its own.
cat >"$WORK/postgres" <<WRAP
#!/bin/sh
exec valgrind --quiet --tool=memcheck --leak-check=no --track-origins=yes \\
    --read-var-info=no --num-callers=30 --fullpath-after= --error-markers=VALGRIND-ERROR-BEGIN,VALGRIND-ERROR-END \\
    --log-file="$WORK/valgrind.%p.log" ${supp[*]:-} "$PG_BINDIR/postgres" "\$@"
WRAP
chmod 755 "$WORK/postgres"
export CLUSTER_POSTGRES="$WORK/postgres" CLUSTER_START_TIMEOUT=600
cluster_start || exit 1
echo "== pg_regress under valgrind memcheck (PostgreSQL $(psql_q -At -c 'SHOW server_version'))"

rm -rf results regression.diffs regression.out output_iso
make -s installcheck PG_CONFIG="$PG_CONFIG" >"$WORK/regress.log" 2>&1
rc=$?
cat "$WORK/regress.log"
cluster_stop

python3 tests/valgrind/verdict.py "$WORK"
vrc=$?
[ $rc -ne 0 ] && { [ -f regression.diffs ] && head -n 100 regression.diffs; echo "pg_regress failed under valgrind (exit $rc)"; }
[ $rc -eq 0 ] && [ $vrc -eq 0 ]
