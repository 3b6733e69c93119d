#!/usr/bin/env bash
# Every test suite of scrutiny; `make test` runs it after installing the build.
#   tests/run-all.sh              all suites
#   tests/run-all.sh unit fuzz    only those (unit, lint, fuzz, regress, encodings, dump, trusted,
#                                 upgrade, pg_upgrade, corpus, concurrency, limits, loader, deb)
# deb (tests/deb.sh) builds the Debian packages and, as root, installs them
# over what `make install` put in (the same files): it runs last, and only
# where dpkg-buildpackage is found.
# Ends with "N passed, N failed" and exits non-zero if anything failed.
set -u
cd "$(dirname "$0")/.."
TOP=$(pwd)
BUILD=$TOP/tests/build
mkdir -p "$BUILD"
. tests/pgcluster.sh

FUZZ_RUNS=${FUZZ_RUNS:-200000}
SUITES=${*:-unit lint fuzz regress encodings dump trusted upgrade pg_upgrade corpus concurrency limits loader \
$(command -v dpkg-buildpackage >/dev/null && echo deb)}
PASSED=0
FAILED=0
FAILURES=()

pass() { PASSED=$((PASSED + ${2:-1})); }
fail() { FAILED=$((FAILED + ${2:-1})); FAILURES+=("$1"); echo "FAILED: $1"; }

# Add the counts of a "N passed, N failed" line in file $2, as suite $1.
add_counts() {
    local line p f
    line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$2" | tail -n 1)
    if [ -z "$line" ]; then fail "$1 (no result line)"; return; fi
    p=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')
    f=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')
    pass "$1" "$p"
    [ "$f" -eq 0 ] || fail "$1" "$f"
}

CORE_SRCS=$(ls extension/core/*.c)
# The core uses ICU (word breaks for non-ASCII letters in tokenize.c).
CORE_LIBS=$(pkg-config --cflags --libs icu-uc icu-i18n)

suite_unit() {
    echo "== unit tests of extension/core (ASan and UBSan, then valgrind)"
    local t name
    for t in tests/unit/test_*.c; do
        name=$(basename "$t" .c)
        if ! gcc -std=c99 -Wall -Wextra -Werror -g -O1 -fsanitize=address,undefined \
                -fno-sanitize-recover=all -o "$BUILD/$name" "$t" $CORE_SRCS $CORE_LIBS; then
            fail "unit $name (build)"; continue
        fi
        "$BUILD/$name" >"$BUILD/$name.out" 2>&1
        local rc=$?
        cat "$BUILD/$name.out"
        add_counts "unit $name" "$BUILD/$name.out"
        # A crash after the counts were printed still fails the suite.
        if [ $rc -ne 0 ] && grep -q ' 0 failed' "$BUILD/$name.out"; then
            fail "unit $name (exit $rc)"
        fi
        # Again without sanitizers, under valgrind: no leak, no invalid access.
        gcc -std=c99 -g -O1 -o "$BUILD/$name.vg" "$t" $CORE_SRCS $CORE_LIBS &&
        if valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=all \
                "$BUILD/$name.vg" >/dev/null 2>"$BUILD/$name.vg.log"; then
            pass "valgrind $name"
        else
            cat "$BUILD/$name.vg.log"
            fail "valgrind $name"
        fi
    done
}

suite_lint() {
    echo "== cppcheck and clang-tidy"
    if cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
            --std=c99 --inline-suppr extension/core tests/unit tests/fuzz; then
        pass cppcheck
    else
        fail cppcheck
    fi
    local f server_inc
    server_inc=$("$PG_CONFIG" --includedir-server)
    local loader_inc
    loader_inc="-I$("$PG_CONFIG" --includedir) $(pkg-config --cflags poppler-glib libxml-2.0 libcurl libzip)"
    if cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
            --std=c99 --inline-suppr loader tests/fuzz/loader_extract.c; then
        pass "cppcheck loader"
    else
        fail "cppcheck loader"
    fi
    for f in extension/core/*.c extension/pg/*.c loader/*.c; do
        # shellcheck disable=SC2086
        if clang-tidy -quiet --warnings-as-errors='*' "$f" -- -std=c99 -D_GNU_SOURCE \
                -I"$server_inc" $loader_inc >"$BUILD/tidy.log" 2>&1; then
            pass "clang-tidy $f"
        else
            grep -E 'warning|error' "$BUILD/tidy.log"
            fail "clang-tidy $f"
        fi
    done
    lint_package
}

# META.json against the PGXN Meta Spec and the control file (tests/pgxn_meta.py,
# which must also refuse broken copies of it), and `make dist`'s zip: one top
# directory scrutiny-X.Y.Z/ holding META.json, the control file and every
# committed source of the extension and the loader.
lint_package() {
    if python3 tests/pgxn_meta.py --project . META.json; then pass "META.json"; else fail "META.json"; fi
    if python3 tests/pgxn_meta.py --self-test META.json >"$BUILD/meta-selftest.log" 2>&1; then
        tail -n 1 "$BUILD/meta-selftest.log"; pass "META.json checker refuses broken documents"
    else
        cat "$BUILD/meta-selftest.log"; fail "META.json checker refuses broken documents"
    fi
    if ! git rev-parse --verify -q HEAD >/dev/null 2>&1; then
        echo "SKIPPED make dist: not a git checkout"; return
    fi
    local version zip top listing missing
    version=$(python3 -c 'import json; print(json.load(open("META.json"))["version"])')
    zip="$BUILD/scrutiny-$version.zip"
    rm -f "$zip"
    if ! (cd "$BUILD" && make -s -f "$TOP/Makefile" dist >"$BUILD/dist.log" 2>&1) || [ ! -f "$zip" ]; then
        cat "$BUILD/dist.log"; fail "make dist"; return
    fi
    listing=$(python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$zip")
    top=$(cut -d/ -f1 <<<"$listing" | sort -u)
    missing=$(git ls-tree -r --name-only HEAD -- META.json scrutiny.control Makefile LICENSE Changes \
                  extension loader | while read -r f; do
                  grep -qxF "scrutiny-$version/$f" <<<"$listing" || echo "$f"; done)
    if [ "$top" = "scrutiny-$version" ] && [ -z "$missing" ] &&
       grep -qxF "scrutiny-$version/META.json" <<<"$listing" &&
       grep -qxF "scrutiny-$version/scrutiny.control" <<<"$listing"; then
        echo "make dist: scrutiny-$version.zip, $(wc -l <<<"$listing") entries under scrutiny-$version/"
        pass "make dist"
    else
        echo "top directories: $top"; echo "missing: $missing" | head -n 20
        fail "make dist"
    fi
}

# Build one libFuzzer harness from its sources and flags, and run it from
# its seeds (tests/fuzz/seeds/NAME), the corpus grown by `make fuzz-long`
# (tests/fuzz/grown/NAME) and the corpus of earlier runs here.
# FUZZ_HARNESSES="fuzz_segment ..." runs only those; FUZZ_GROW=1 (make
# fuzz-long) merges what the run found into tests/fuzz/grown/NAME, the
# smallest set of inputs that reaches the same coverage.
fuzz_one() {
    local name=$1
    shift
    if [ -n "${FUZZ_HARNESSES:-}" ] && ! grep -qw -- "$name" <<<"$FUZZ_HARNESSES"; then
        return
    fi
    # shellcheck disable=SC2068
    if ! clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
            -o "$BUILD/$name" $@; then
        fail "fuzz $name (build)"; return
    fi
    local seeds=("tests/fuzz/seeds/${name#fuzz_}")
    [ -d "tests/fuzz/grown/${name#fuzz_}" ] && seeds+=("tests/fuzz/grown/${name#fuzz_}")
    mkdir -p "$BUILD/corpus-$name"
    if "$BUILD/$name" -runs="$FUZZ_RUNS" -max_len=4096 -seed=1 -print_final_stats=1 \
            "$BUILD/corpus-$name" "${seeds[@]}" >"$BUILD/$name.log" 2>&1; then
        echo "$name: $(grep -E '^Done [0-9]+ runs' "$BUILD/$name.log" | tail -n 1)," \
            "$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$BUILD/$name.log" | tail -n 1)"
        pass "fuzz $name"
        if [ "${FUZZ_GROW:-0}" = 1 ]; then
            local grown="tests/fuzz/grown/${name#fuzz_}"
            rm -rf "$grown.new" && mkdir -p "$grown.new"
            if "$BUILD/$name" -merge=1 -max_len=4096 "$grown.new" "$BUILD/corpus-$name" "${seeds[@]}" \
                    >"$BUILD/$name.merge.log" 2>&1; then
                rm -rf "$grown" && mv "$grown.new" "$grown"
                echo "$name: $(ls "$grown" | wc -l) inputs kept in $grown"
            else
                tail -n 20 "$BUILD/$name.merge.log"
                fail "fuzz $name (merge)"
            fi
        fi
    else
        tail -n 30 "$BUILD/$name.log"
        fail "fuzz $name"
    fi
}

suite_fuzz() {
    echo "== libFuzzer, $FUZZ_RUNS runs per harness"
    local h
    for h in tests/fuzz/fuzz_*.c; do
        fuzz_one "$(basename "$h" .c)" "$h" $CORE_SRCS $CORE_LIBS
    done
    # the loader's text extraction (HTML, text, Word, the council guess), with its own libraries
    fuzz_one loader_extract -D_DEFAULT_SOURCE tests/fuzz/loader_extract.c loader/extract.c \
        loader/guess.c loader/buf.c $(pkg-config --cflags --libs poppler-glib libxml-2.0 libzip)
}

suite_regress() {
    echo "== pg_regress"
    rm -rf results regression.diffs regression.out
    make -s installcheck PG_CONFIG="$PG_CONFIG" >"$BUILD/regress.log" 2>&1
    local rc=$?
    cat "$BUILD/regress.log"
    local ok bad
    # PostgreSQL 15 prints "test name ... ok", 16+ prints TAP "ok 1 - name".
    ok=$(grep -cE '(\.\.\. ok|^ok [0-9]+ )' "$BUILD/regress.log")
    bad=$(grep -cE '(\.\.\. FAILED|^not ok [0-9]+ )' "$BUILD/regress.log")
    pass regress "$ok"
    [ "$bad" -eq 0 ] || fail "pg_regress" "$bad"
    if [ $rc -ne 0 ]; then
        [ -f regression.diffs ] && head -n 200 regression.diffs
        [ "$bad" -gt 0 ] || fail "pg_regress (exit $rc)"
    fi
}

# The suites that read the same in any server encoding, and the encodings
# suite itself, in a LATIN1 and an SQL_ASCII database (the regress suite runs
# them in UTF8).  sql/encodings.sql says what differs and why.
ENCODING_SUITES="minute_ref parts documents_big docmemo encodings"
suite_encodings() {
    echo "== pg_regress in LATIN1 and SQL_ASCII databases"
    local enc
    for enc in LATIN1 SQL_ASCII; do
        rm -rf "$BUILD/enc-$enc" && mkdir -p "$BUILD/enc-$enc"
        make -s installcheck PG_CONFIG="$PG_CONFIG" REGRESS="$ENCODING_SUITES" ISOLATION= \
            REGRESS_OPTS="--encoding=$enc --no-locale --outputdir=$BUILD/enc-$enc --dbname=regress_${enc,,}" \
            >"$BUILD/enc-$enc.log" 2>&1
        local rc=$? ok bad
        sed "s/^/$enc: /" "$BUILD/enc-$enc.log" | grep -E '(\.\.\. |^[A-Z_0-9]+: (ok|not ok) )'
        ok=$(grep -cE '(\.\.\. ok|^ok [0-9]+ )' "$BUILD/enc-$enc.log")
        bad=$(grep -cE '(\.\.\. FAILED|^not ok [0-9]+ )' "$BUILD/enc-$enc.log")
        pass "encodings $enc" "$ok"
        [ "$bad" -eq 0 ] || fail "encodings $enc" "$bad"
        if [ $rc -ne 0 ]; then
            [ -f "$BUILD/enc-$enc/regression.diffs" ] && head -n 100 "$BUILD/enc-$enc/regression.diffs"
            [ "$bad" -gt 0 ] || fail "encodings $enc (exit $rc)"
        fi
    done
}

suite_corpus() {
    echo "== corpus checks against hand-checked gold labels"
    local c
    for c in tests/corpus/check_*.sh; do
        bash "$c" >"$BUILD/$(basename "$c").out" 2>&1
        local rc=$?
        cat "$BUILD/$(basename "$c").out"
        if grep -q '^SKIPPED' "$BUILD/$(basename "$c").out"; then continue; fi
        if [ $rc -eq 0 ]; then pass "$(basename "$c")"; else fail "$(basename "$c")"; fi
    done
}

# pg_dump of a database that uses scrutiny restores to the same data, and the
# dump creates the extension rather than its objects one by one.
suite_dump() {
    echo "== pg_dump and restore"
    local psql="$PG_BINDIR/psql -X -q -v ON_ERROR_STOP=1"
    local dump="$BUILD/dump.sql"
    { fresh_db dump_src && fresh_db dump_dst; } || { fail dump; return; }
    $psql -d dump_src <<'SQL' || { fail "dump (set-up)"; return; }
CREATE EXTENSION scrutiny;
CREATE TABLE cited (r scrutiny.minute_ref PRIMARY KEY, note text);
INSERT INTO cited SELECT scrutiny.minute_ref(i, 2017, CASE WHEN i % 3 = 0 THEN 'PC' END), 'n' || i
FROM generate_series(1, 500) i;
CREATE INDEX ON cited USING hash (r);
CREATE TABLE items (ref scrutiny.minute_ref, body text);
INSERT INTO items SELECT scrutiny.minute_ref(i, 2017),
       format('Cllr Ruane noted the LAC overspend of £%s in minute %s/17.', i * 1000, i)
FROM generate_series(1, 500) i;
CREATE INDEX items_fts ON items USING gin (to_tsvector('scrutiny.english', body));
SQL
    # the schema's tables: rows ingested before the dump
    $psql -d dump_src -v doc="$(cat examples/eastmere-children-scrutiny-2019-10-08.txt)" >/dev/null <<'SQL' || { fail "dump (ingest)"; return; }
SELECT scrutiny.ingest(:'doc', 'Eastmere Borough Council', 'Children''s Services Scrutiny Committee');
UPDATE scrutiny.action SET status = 'dropped', closed_on = '2019-11-01', note = 'kept by pg_dump';
SQL
    "$PG_BINDIR/pg_dump" -d dump_src >"$dump" || { fail "dump (pg_dump)"; return; }
    if grep -q 'CREATE TYPE scrutiny.minute_ref\|CREATE FUNCTION scrutiny\.' "$dump"; then
        fail "dump contains extension objects"; return
    fi
    $psql -d dump_dst -f "$dump" >/dev/null || { fail "dump (restore)"; return; }
    local a b
    a=$($psql -At -d dump_src -c "SELECT md5(string_agg(r::text || note, ',' ORDER BY r)) FROM cited")
    b=$($psql -At -d dump_dst -c "SELECT md5(string_agg(r::text || note, ',' ORDER BY r)) FROM cited")
    if [ -n "$a" ] && [ "$a" = "$b" ]; then pass dump; else fail "dump (data differs)"; fi
    # every row of the schema's tables, and the identity sequences: a later
    # ingest into the restored database gets new ids
    local rows="SELECT md5(string_agg(t, '|' ORDER BY t)) FROM (
        SELECT format('%s', x) AS t FROM scrutiny.council x UNION ALL
        SELECT format('%s', x) FROM scrutiny.body x UNION ALL
        SELECT format('%s', x) FROM scrutiny.meeting x UNION ALL
        SELECT format('%s', x) FROM scrutiny.document x UNION ALL
        SELECT format('%s', x) FROM scrutiny.item x UNION ALL
        SELECT format('%s', x) FROM scrutiny.resolution x UNION ALL
        SELECT format('%s', x) FROM scrutiny.person x UNION ALL
        SELECT format('%s', x) FROM scrutiny.attendance x UNION ALL
        SELECT format('%s', x) FROM scrutiny.declaration x UNION ALL
        SELECT format('%s', x) FROM scrutiny.citation x UNION ALL
        SELECT format('%s', x) FROM scrutiny.action x UNION ALL
        SELECT format('%s', x) FROM scrutiny.amount x) s"
    a=$($psql -At -d dump_src -c "$rows")
    b=$($psql -At -d dump_dst -c "$rows")
    if [ -n "$a" ] && [ "$a" = "$b" ] &&
       [ "$($psql -At -d dump_dst -c "SELECT count(*) FROM scrutiny.action WHERE note = 'kept by pg_dump'")" -gt 0 ] &&
       $psql -At -d dump_dst -v doc="$(cat examples/eastmere-planning-2020-01-14.txt)" <<'SQL' >/dev/null
SELECT scrutiny.ingest(:'doc', 'Eastmere Borough Council', 'Planning Committee');
SQL
    then
        pass "dump (schema rows and sequences)"
    else
        echo "src: $a, restored: $b"
        fail "dump (schema rows and sequences)"
    fi
    # the text search index is rebuilt on restore and answers the same way
    local q="SET enable_seqscan = off;
             SELECT string_agg(ref::text, ',' ORDER BY ref) FROM items
             WHERE to_tsvector('scrutiny.english', body)
                   @@ plainto_tsquery('scrutiny.english', 'looked after children £440,000')"
    a=$($psql -At -d dump_src -c "$q")
    b=$($psql -At -d dump_dst -c "$q")
    if [ "$a" = "440/17" ] && [ "$a" = "$b" ] &&
       $psql -At -d dump_dst -c "SET enable_seqscan = off" \
           -c "EXPLAIN SELECT * FROM items WHERE to_tsvector('scrutiny.english', body) @@ 'lac'::tsquery" |
           grep -q items_fts; then
        pass "dump (text search index)"
    else
        echo "src: $a, restored: $b"
        fail "dump (text search index)"
    fi
}

# trusted = true: a database owner who is not a superuser can create the
# extension and use it.
suite_trusted() {
    echo "== CREATE EXTENSION by a database owner who is not a superuser"
    local psql="$PG_BINDIR/psql -X -q -v ON_ERROR_STOP=1"
    { PGOPTIONS="-c client_min_messages=warning" psql_q -d postgres \
          -c "DROP DATABASE IF EXISTS trusted_db" -c "DROP ROLE IF EXISTS council_owner" \
          -c "CREATE ROLE council_owner LOGIN NOSUPERUSER" &&
      fresh_db trusted_db council_owner; } || { fail trusted; return; }
    local got
    got=$($psql -At -U council_owner -d trusted_db \
        -c "CREATE EXTENSION scrutiny" \
        -c "SELECT count(*) FROM scrutiny.minute_refs('Minute 53/17 and 55/17')" \
        -c "SELECT to_tsvector('scrutiny.english', 'Looked after children: minute 53/17, £1.114m')" \
        -c "SELECT scrutiny.ingest(E'Minutes of the Parish Council held on 3 March 2025\\n\\n12/24 PLAY AREA\\n\\nResolved: That the play area be repaired.\\n', 'Ashcombe Parish Council', 'Parish Council') IS NOT NULL" \
        -c "SELECT count(*) FROM scrutiny.resolution" 2>&1)
    if [ "$got" = "2
'53/17':3 'lac':1 'minut':2 '£1114000':4
t
1" ]; then pass trusted; else echo "$got"; fail trusted; fi
}

# Installing the first version and updating along the chain of upgrade
# scripts gives the same objects, comments and markings as a fresh install.
suite_upgrade() {
    echo "== ALTER EXTENSION UPDATE from every earlier version"
    local first latest describe a b
    first=$(ls extension/sql/scrutiny--*.sql | grep -v -- '--.*--' | sed 's/.*scrutiny--//; s/\.sql$//' | sort -V | head -n 1)
    latest=$(sed -n "s/^default_version = '\(.*\)'/\1/p" scrutiny.control)
    describe="SELECT pg_describe_object(d.classid, d.objid, 0) || ' | ' ||
                     coalesce(obj_description(d.objid, c.relname), '-') || ' | ' ||
                     coalesce((SELECT p.provolatile::text || p.proparallel || p.proisstrict
                               FROM pg_proc p WHERE d.classid = 'pg_proc'::regclass
                                 AND p.oid = d.objid), '')
              FROM pg_depend d JOIN pg_class c ON c.oid = d.classid
              WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'scrutiny')
              ORDER BY 1"
    { fresh_db upgrade_chain && fresh_db upgrade_fresh; } || { fail upgrade; return; }
    a=$(psql_q -At -d upgrade_chain -c "CREATE EXTENSION scrutiny VERSION '$first'" \
            -c "ALTER EXTENSION scrutiny UPDATE" -c "$describe" 2>&1)
    b=$(psql_q -At -d upgrade_fresh -c "CREATE EXTENSION scrutiny" -c "$describe" 2>&1)
    if [ -n "$b" ] && [ "$a" = "$b" ]; then
        pass "upgrade $first -> $latest"
    else
        diff <(echo "$a") <(echo "$b") | head -n 40
        fail "upgrade $first -> $latest"
    fi
}

# 8 loaders at once ingest 35 documents (30 meetings, 4 of them in several
# versions; tests/concurrency/setup.sql), each document 16 times, several
# loaders on the same document or on documents that cite each other at the
# same moment.  Then: no failed transaction and no deadlock, one meeting per
# council, body and date, one document per meeting and per content, every
# row of a meeting from its document, every citation that can be resolved
# resolved, and the same rows as one loader ingesting the same documents
# (ending with the versions the concurrent load ended with) into another
# database.  CONCURRENCY_PREPARE=file.sql runs file.sql in the loaders'
# database first (tests/concurrency/no-lock.sql: ingest without its lock,
# to see the suite fail).
suite_concurrency() {
    echo "== 8 concurrent loaders"
    local dir=tests/concurrency clients=8 rounds=4 burst=4 seed=0.42
    local vars="-v seed=$seed -v rounds=$rounds -v burst=$burst"
    local log="$BUILD/concurrency.pgbench.log" docs txns rc line name ok detail
    { fresh_db conc_load && fresh_db conc_serial &&
      psql_q -d conc_load -c "CREATE EXTENSION scrutiny" $vars -f $dir/setup.sql >/dev/null &&
      psql_q -d conc_serial -c "CREATE EXTENSION scrutiny" $vars -f $dir/setup.sql >/dev/null &&
      if [ -n "${CONCURRENCY_PREPARE:-}" ]; then
          echo "(loaders' database prepared with $CONCURRENCY_PREPARE)"; psql_q -d conc_load -f "$CONCURRENCY_PREPARE"
      fi; } || { fail "concurrency (set-up)"; return; }
    txns=$(psql_q -At -d conc_load -c "SELECT count(*) FROM conc.plan")
    docs=$(psql_q -At -d conc_load -c "SELECT count(*) FROM conc.doc")
    if [ $((txns % clients)) -ne 0 ]; then fail "concurrency (plan of $txns tickets)"; return; fi

    # The server log from here on: errors of earlier suites are not ours.
    local server_log=${CLUSTER_DIR:+$CLUSTER_DIR/server.log} log_from=0
    [ -n "$server_log" ] && [ -r "$server_log" ] && log_from=$(stat -c %s "$server_log")
    "$PG_BINDIR/pgbench" -n -c $clients -j $clients -t $((txns / clients)) \
        -f $dir/load.pgbench conc_load >"$log" 2>&1
    rc=$?
    grep -E 'transactions actually processed|failed transactions|aborted' "$log"
    if [ $rc -eq 0 ] && grep -qE "^number of transactions actually processed: $txns/$txns\$" "$log" &&
       grep -qE '^number of failed transactions: 0 ' "$log"; then
        pass "concurrency: pgbench, $txns ingests of $docs documents, none failed"
    else
        grep -E 'ERROR|DETAIL|aborted' "$log" | head -n 20
        fail "concurrency: pgbench (exit $rc)"
    fi
    if [ -n "$server_log" ] && [ -r "$server_log" ]; then
        if tail -c +$((log_from + 1)) "$server_log" | grep -E 'ERROR|deadlock' | head -n 20 | grep .; then
            fail "concurrency: errors or deadlocks in the server log"
        else
            pass "concurrency: no error or deadlock in the server log"
        fi
    else
        echo "(server log not readable: deadlocks are counted by pgbench as failed transactions)"
    fi

    if line=$(psql_q -At -d conc_load -f $dir/check.sql 2>&1); then
        while IFS='|' read -r name ok detail; do
            echo "$name: $detail"
            if [ "$ok" = t ]; then pass "concurrency: $name"; else fail "concurrency: $name"; fi
        done <<<"$line"
    else
        echo "$line"; fail "concurrency: check.sql"
    fi

    # The reference: one loader, ending with the versions the loaders ended with.
    local winners a b
    winners=$(psql_q -At -d conc_load -c "SELECT array_agg(d.id ORDER BY d.id) FROM conc.doc d
        JOIN scrutiny.council c ON lower(c.name) = lower(d.council)
        JOIN scrutiny.document x ON x.council_id = c.id AND x.sha256 = d.sha256")
    if ! psql_q -d conc_serial -v winners="$winners" -f $dir/serial.sql >/dev/null; then
        fail "concurrency: serial load"; return
    fi
    a=$(psql_q -At -d conc_load -f $dir/digest.sql 2>&1)
    b=$(psql_q -At -d conc_serial -f $dir/digest.sql 2>&1)
    while IFS='|' read -r name rows detail; do
        line=$(grep -F "$name|" <<<"$b" | head -n 1)
        if [ "$name|$rows|$detail" = "$line" ] && [ "$rows" -gt 0 ]; then
            echo "$name: $rows rows, as one loader"
            pass "concurrency: $name as one loader"
        else
            echo "$name: $rows rows $detail, one loader: ${line:-nothing}"
            fail "concurrency: $name as one loader"
        fi
    done <<<"$a"
}

# Pathological inputs (tests/limits/cases.tsv) under statement_timeout = 1s:
# each must end within 2 s, finished or cancelled.
suite_limits() {
    echo "== pathological inputs end within 2 s under statement_timeout = 1s"
    { fresh_db limits && psql_q -d limits -c "CREATE EXTENSION scrutiny"; } || { fail "limits (set-up)"; return; }
    PGDATABASE=limits PSQL="$PG_BINDIR/psql" bash tests/limits/run.sh >"$BUILD/limits.out" 2>&1
    cat "$BUILD/limits.out"
    add_counts limits "$BUILD/limits.out"
}

# pg_upgrade from a cluster with scrutiny to a new one (its own two clusters).
suite_pg_upgrade() {
    echo "== pg_upgrade of a cluster whose database uses scrutiny"
    bash tests/pg_upgrade.sh >"$BUILD/pg_upgrade.out" 2>&1
    cat "$BUILD/pg_upgrade.out"
    add_counts pg_upgrade "$BUILD/pg_upgrade.out"
}

# scrutiny-load (tests/loader/run.sh): PDF, HTML and text through the loader
# into a fresh database, as a role that is only a member of scrutiny_loader.
suite_loader() {
    echo "== scrutiny-load"
    [ -x loader/scrutiny-load ] || { fail "loader (not built: make)"; return; }
    { fresh_db loader_db && psql_q -d loader_db -c "CREATE EXTENSION scrutiny"; } || { fail "loader (set-up)"; return; }
    PGDATABASE=loader_db PSQL="$PG_BINDIR/psql" LOADER=loader/scrutiny-load \
        bash tests/loader/run.sh >"$BUILD/loader.out" 2>&1
    grep -v '^ok: ' "$BUILD/loader.out"
    add_counts loader "$BUILD/loader.out"
}

# The Debian packages (tests/deb.sh): built in a scratch copy, lintian, then
# (as root) dpkg -i and the autopkgtest against the installed package, in a
# cluster of its own.  DEB_NO_INSTALL=1 stops after lintian.
suite_deb() {
    echo "== Debian packages: build, lintian, install, installcheck"
    bash tests/deb.sh >"$BUILD/deb.out" 2>&1
    cat "$BUILD/deb.out"
    add_counts deb "$BUILD/deb.out"
}

needs_cluster=0
for s in $SUITES; do case $s in regress|encodings|dump|trusted|upgrade|corpus|concurrency|limits|loader) needs_cluster=1 ;; esac; done
if [ $needs_cluster -eq 1 ]; then
    trap 'cluster_stop' EXIT
    trap 'cluster_stop; exit 130' INT TERM
    cluster_start || { echo "could not start a throwaway cluster"; echo "0 passed, 1 failed"; exit 1; }
    echo "throwaway cluster on socket $PGHOST port $PGPORT"
fi

for s in $SUITES; do
    "suite_$s"
done

echo
if [ ${#FAILURES[@]} -gt 0 ]; then
    printf 'failed: %s\n' "${FAILURES[@]}"
fi
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
