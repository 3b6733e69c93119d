#!/usr/bin/env bash
# `make bench`: scrutiny against PostgreSQL's own equivalents, measured in
# one run on one throwaway server, best of N repetitions each.  Ratios are
# what to compare between machines; absolute times vary with the machine.
set -eu
cd "$(dirname "$0")/../.."
. tests/pgcluster.sh
trap 'cluster_stop' EXIT
trap 'cluster_stop; exit 130' INT TERM
cluster_start
REPS=${BENCH_REPS:-5}
CORPUS=${SCRUTINY_CORPUS:-$(cd .. && pwd)/shared/corpus}
echo "PostgreSQL $(psql_q -At -c 'SHOW server_version'), best of $REPS runs each"

corpus_doc=""
if [ -d "$CORPUS" ]; then
    corpus_files=$(find "$CORPUS" -name '*.txt' -type f | sort)
else
    echo "(no corpus at $CORPUS: the text benchmarks use the bundled examples)"
    corpus_files=$(ls examples/*.txt)
fi
corpus_doc=$(xargs cat <<<"$corpus_files")
# the same documents one by one, each ended by a form feed (no minutes have one)
corpus_docs=$(while IFS= read -r f; do cat "$f"; printf '\f'; done <<<"$corpus_files")

# BENCH_PREPARE=file.sql runs file.sql after CREATE EXTENSION: to try a
# changed view or an index on the same data without reinstalling.
psql_q -v reps="$REPS" -v corpus="$corpus_doc" -v corpus_docs="$corpus_docs" \
    ${BENCH_PREPARE:+-v prepare="$BENCH_PREPARE"} <<'SQL'
\pset footer off
CREATE EXTENSION scrutiny;
\if :{?prepare}
\i :prepare
\endif
SET max_parallel_workers_per_gather = 0;
SET work_mem = '1GB';
SET maintenance_work_mem = '1GB';
SET jit = off;
-- Documents are compressed as scrutiny.document stores them (lz4), so a
-- benchmark reads them as ingest and reparse do; PostgreSQL's side reads
-- the same tables.
SET default_toast_compression = lz4;

-- Best wall-clock milliseconds of `reps` runs of a statement (and of an
-- optional clean-up statement run after each, not timed).
CREATE FUNCTION bench(stmt text, reps int, cleanup text DEFAULT NULL) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    best numeric;
    ms numeric;
BEGIN
    FOR i IN 1..reps LOOP
        t0 := clock_timestamp();
        EXECUTE stmt;
        ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
        best := least(best, ms);
        IF cleanup IS NOT NULL THEN EXECUTE cleanup; END IF;
    END LOOP;
    RETURN round(best, 1);
END $$;

CREATE TABLE results (benchmark text, scrutiny_ms numeric, postgres_ms numeric,
                      baseline text, target text);

-- 1 M values: minute references in the printed forms, and integers with the
-- same digits, as text
SELECT setseed(0.42) \gset
CREATE TABLE mref_text AS
SELECT CASE WHEN i % 10 = 0 THEN 'PC' ELSE '' END
       || (1 + (random() * 400)::int) || '/' || lpad((random() * 30)::int::text, 2, '0') AS t
FROM generate_series(1, 1000000) i;
CREATE TABLE int_text AS SELECT replace(replace(t, 'PC', ''), '/', '') AS t FROM mref_text;
VACUUM ANALYZE mref_text;
VACUUM ANALYZE int_text;

INSERT INTO results SELECT 'text input, 1 M values (cast)',
    bench('SELECT count(t::scrutiny.minute_ref) FROM mref_text', :reps),
    bench('SELECT count(t::int4) FROM int_text', :reps), 'int4', '<= 1.5';

-- the same through COPY, the way data is loaded
SELECT current_setting('data_directory') || '/mref.txt' AS mref_file,
       current_setting('data_directory') || '/int.txt' AS int_file \gset
COPY mref_text TO :'mref_file';
COPY int_text TO :'int_file';
CREATE TABLE mref_load (r scrutiny.minute_ref);
CREATE TABLE int_load (i int4);
SELECT format('COPY mref_load FROM %L', :'mref_file') AS copy_mref,
       format('COPY int_load FROM %L', :'int_file') AS copy_int \gset
INSERT INTO results SELECT 'text input, 1 M values (COPY)',
    bench(:'copy_mref', :reps, 'TRUNCATE mref_load'),
    bench(:'copy_int', :reps, 'TRUNCATE int_load'), 'int4', '<= 1.5';

-- sorting 1 M values against (int4, int4) pairs
CREATE TABLE mrefs AS SELECT t::scrutiny.minute_ref AS r FROM mref_text;
CREATE TABLE pairs AS
SELECT scrutiny.number(r) AS num, scrutiny.year(r) AS yr FROM mrefs;
VACUUM ANALYZE mrefs;
VACUUM ANALYZE pairs;
INSERT INTO results SELECT 'sort 1 M',
    bench('SELECT * FROM mrefs ORDER BY r OFFSET 1000000', :reps),
    bench('SELECT * FROM pairs ORDER BY yr, num OFFSET 1000000', :reps), '(int4, int4)', '<= 1.2';

-- btree index build
INSERT INTO results SELECT 'btree index build, 1 M',
    bench('CREATE INDEX bench_idx ON mrefs (r)', :reps, 'DROP INDEX bench_idx'),
    bench('CREATE INDEX bench_idx ON pairs (yr, num)', :reps, 'DROP INDEX bench_idx'),
    '(int4, int4)', '';

-- hash aggregate
INSERT INTO results SELECT 'GROUP BY (hash), 1 M',
    bench('SELECT r, count(*) FROM mrefs GROUP BY r', :reps),
    bench('SELECT yr, num, count(*) FROM pairs GROUP BY yr, num', :reps), '(int4, int4)', '';

-- minute_refs() on the corpus repeated to about 25 MB, against a regexp
-- that finds every "N/NN" (and so does less: no context, no validation)
CREATE TABLE corpus AS
SELECT repeat(:'corpus' || E'\n', greatest(1, (25 * 1024 * 1024) / (length(:'corpus') + 1))) AS doc;
SELECT round(octet_length(doc) / 1048576.0, 1) AS corpus_mb FROM corpus \gset
INSERT INTO results SELECT format('minute_refs, %s MB', :'corpus_mb'),
    bench('SELECT count(*) FROM corpus, scrutiny.minute_refs(doc)', :reps),
    bench($q$SELECT count(*) FROM corpus, regexp_matches(doc, '\d+/\d\d', 'g')$q$, :reps),
    'regexp_matches', '';

-- Committee text search on the same 25 MB: the tokenizer against the
-- default parser, and to_tsvector against the english configuration
INSERT INTO results SELECT format('tokenize, %s MB', :'corpus_mb'),
    bench('SELECT count(*) FROM corpus, scrutiny.tokenize(doc)', :reps),
    bench($q$SELECT count(*) FROM corpus, ts_parse('default', doc)$q$, :reps),
    'ts_parse(''default'')', '<= 0.33';
-- to_tsvector is run the way it is used, one document a row: the same
-- 25 MB as rows of one copy of the corpus each (about 130 kB).  On one
-- 25 MB value both configurations spend most of their time in PostgreSQL's
-- own sort of every word position (make_tsvector), which no parser or
-- dictionary changes, and positions past 16383 are all the same; that row
-- is kept to show it.
CREATE TABLE corpus_rows AS
SELECT substr(doc, (i - 1) * (length(:'corpus') + 1) + 1, length(:'corpus') + 1) AS doc
FROM corpus, generate_series(1, length(doc) / (length(:'corpus') + 1)) i;
INSERT INTO results SELECT format('to_tsvector, %s MB as %s rows', :'corpus_mb', (SELECT count(*) FROM corpus_rows)),
    bench($q$SELECT sum(length(to_tsvector('scrutiny.english', doc))) FROM corpus_rows$q$, :reps),
    bench($q$SELECT sum(length(to_tsvector('english', doc))) FROM corpus_rows$q$, :reps),
    'to_tsvector(''english'')', '<= 0.5';
INSERT INTO results SELECT format('to_tsvector, one %s MB value', :'corpus_mb'),
    bench($q$SELECT length(to_tsvector('scrutiny.english', doc)) FROM corpus$q$, :reps),
    bench($q$SELECT length(to_tsvector('english', doc)) FROM corpus$q$, :reps),
    'to_tsvector(''english'')', '';

-- Document structure, one document a row as ingest reads them: each of the
-- corpus's documents as a row, over and over to about 25 MB, every item and
-- each item's resolutions, against PostgreSQL's regexp split at "NN/NN "
-- headings (which does far less: no scheme, no bodies, no decisions).  The
-- corpus as one value is no document: its councils' different numberings
-- and its copies' repeated headings would measure a structure no minutes have.
CREATE TABLE doc_rows AS
SELECT d.doc
FROM (SELECT doc FROM string_to_table(:'corpus_docs', E'\f') t(doc) WHERE doc <> '') d,
     generate_series(1, greatest(1, (25 * 1024 * 1024) / octet_length(:'corpus_docs')));
SELECT round(sum(octet_length(doc)) / 1048576.0, 1) AS doc_rows_mb, count(*) AS doc_rows_n FROM doc_rows \gset
-- the copies' bodies are equal, and a Memoize node would read each only once
SET enable_memoize = off;
INSERT INTO results SELECT format('items + resolutions, %s MB as %s documents', :'doc_rows_mb', :'doc_rows_n'),
    bench('SELECT count(*) FROM doc_rows c, scrutiny.items(c.doc) i LEFT JOIN LATERAL scrutiny.resolutions(i.body) r ON true', :reps),
    bench($q$SELECT count(*) FROM doc_rows c, regexp_split_to_table(c.doc, '\n(?=\d{1,4}/\d{2} )')$q$, :reps),
    'regexp_split_to_table', '<= 1.0, >= 150 MB/s';
RESET enable_memoize;

-- People and facts, everything together, one document a row: meeting
-- details, attendance and declarations of each document, and of each item
-- its citations, actions, amounts and percentages (items() included).
-- There is no PostgreSQL equivalent; the target is a throughput.
INSERT INTO results SELECT format('people and facts, %s MB as %s rows', :'corpus_mb', (SELECT count(*) FROM corpus_rows)),
    bench($q$SELECT count(*) FROM corpus_rows c, LATERAL (
        SELECT 1 FROM scrutiny.meeting_info(c.doc)
        UNION ALL SELECT 1 FROM scrutiny.attendance(c.doc)
        UNION ALL SELECT 1 FROM scrutiny.declarations(c.doc)
        UNION ALL SELECT 1 FROM scrutiny.items(c.doc) i, LATERAL (
            SELECT 1 FROM scrutiny.citations(i.body)
            UNION ALL SELECT 1 FROM scrutiny.actions(i.body)
            UNION ALL SELECT 1 FROM scrutiny.amounts(i.body)
            UNION ALL SELECT 1 FROM scrutiny.percentages(i.body)) f) x$q$, :reps),
    NULL, '', '>= 30 MB/s';

-- Ingest: 1,000 documents, the corpus's documents over and over, each
-- repetition for a council of its own (Bench council 1, 2, ...) so that
-- every document is new content (ingest skips content a council already
-- holds) while the text is the corpus's own; one ingest call and one
-- commit per document, as one loader.  PostgreSQL's equivalent: what it
-- does itself to keep a text searchable, an INSERT of the same texts, one
-- a transaction, into a table with a stored to_tsvector('english', doc)
-- column and a GIN index on it: ingest's own item table stores the items'
-- text with a stored tsvector and a GIN index, so this is the part of
-- ingest PostgreSQL already has (its tokenizer and index maintenance);
-- the ratio is what reading the structure, people and facts costs on top.
-- Both tables compress with lz4, as scrutiny.document does.
CREATE TABLE ingest_docs AS
SELECT n, 'Bench council ' || ((n - 1) / d.k + 1) AS council, (scrutiny.meeting_info(d.doc)).body AS body,
       d.doc, 'corpus document ' || d.i AS source
  FROM (SELECT doc, i, count(*) OVER () AS k
          FROM string_to_table(:'corpus_docs', E'\f') WITH ORDINALITY t(doc, i) WHERE doc <> '') d
  JOIN generate_series(1, 1000) n ON d.i = (n - 1) % d.k + 1;
SELECT round(sum(octet_length(doc)) / 1048576.0, 1) AS ingest_mb, count(*) AS ingest_docs FROM ingest_docs \gset
CREATE TABLE plain_docs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, doc text COMPRESSION lz4,
                         tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', doc)) STORED);
CREATE INDEX plain_docs_tsv ON plain_docs USING gin (tsv);
CREATE TABLE load_times (what text, ms numeric);
-- Empties the tables a load writes, and commits.
CREATE PROCEDURE bench_empty(what text) LANGUAGE plpgsql AS $$
BEGIN
    IF what = 'scrutiny' THEN
        TRUNCATE scrutiny.council, scrutiny.body, scrutiny.meeting, scrutiny.document, scrutiny.item,
                 scrutiny.resolution, scrutiny.person, scrutiny.attendance, scrutiny.declaration,
                 scrutiny.citation, scrutiny.action, scrutiny.amount CASCADE;
    ELSE
        TRUNCATE plain_docs;
    END IF;
    COMMIT;
END $$;
-- A procedure, so that each document is committed on its own; best of
-- `reps` loads into emptied tables.
CREATE PROCEDURE bench_load(what text, reps int) LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    d record;
BEGIN
    FOR i IN 1..reps LOOP
        CALL bench_empty(what);
        t0 := clock_timestamp();
        FOR d IN SELECT * FROM ingest_docs ORDER BY n LOOP
            IF what = 'scrutiny' THEN
                PERFORM scrutiny.ingest(d.doc, d.council, d.body, NULL, d.source);
            ELSE
                INSERT INTO plain_docs (doc) VALUES (d.doc);
            END IF;
            COMMIT;
        END LOOP;
        INSERT INTO load_times VALUES (what, round(extract(epoch FROM clock_timestamp() - t0) * 1000, 1));
        COMMIT;
    END LOOP;
END $$;
-- The same text as one document, the corpus's documents as its pages: a
-- long document must cost what its bytes do (substr() once an item made
-- this quadratic: 18 minutes for one 25 MB document on 2026-12-07).  Run
-- before the 1,000-document loads, which empty the tables again.
CREATE TABLE one_doc AS
SELECT string_agg(doc, E'\n\f' ORDER BY n) AS doc, round(sum(octet_length(doc)) / 1048576.0, 1) AS mb
  FROM ingest_docs;
SELECT mb AS one_doc_mb FROM one_doc \gset
CREATE PROCEDURE bench_one_doc(what text, reps int) LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
BEGIN
    FOR i IN 1..reps LOOP
        CALL bench_empty(what);
        t0 := clock_timestamp();
        IF what = 'scrutiny' THEN
            PERFORM scrutiny.ingest((SELECT doc FROM one_doc), 'Bench council one', 'Council', NULL,
                                    'the corpus as one document');
        ELSE
            INSERT INTO plain_docs (doc) SELECT doc FROM one_doc;
        END IF;
        COMMIT;
        INSERT INTO load_times VALUES (what || ' one', round(extract(epoch FROM clock_timestamp() - t0) * 1000, 1));
        COMMIT;
    END LOOP;
END $$;
CALL bench_one_doc('scrutiny', least(:reps, 3));
CALL bench_one_doc('postgres', least(:reps, 3));
CALL bench_load('scrutiny', :reps);
CALL bench_load('postgres', :reps);
SELECT count(*) = :ingest_docs AS all_ingested FROM scrutiny.document \gset
\if :all_ingested
\else
\echo 'ingest stored fewer documents than it was given'
\endif
INSERT INTO results SELECT format('ingest, %s documents (%s MB), one loader', :ingest_docs, :'ingest_mb'),
    (SELECT min(ms) FROM load_times WHERE what = 'scrutiny'),
    (SELECT min(ms) FROM load_times WHERE what = 'postgres'),
    'INSERT + to_tsvector(''english'') + GIN', '<= 10 s';
INSERT INTO results SELECT format('ingest, the same text as one document of %s MB with page breaks', :'one_doc_mb'),
    (SELECT min(ms) FROM load_times WHERE what = 'scrutiny one'),
    (SELECT min(ms) FROM load_times WHERE what = 'postgres one'),
    'INSERT + to_tsvector(''english'') + GIN', '<= the 1,000 documents'' ingest';

-- The dashboards' views on 10,000 generated meetings (tests/bench/gen_meetings.sql),
-- each fully fetched (count(v) of the whole row makes every column be
-- computed), and as a dashboard asks: one body, one municipal year.
\i tests/bench/gen_meetings.sql
SELECT to_regclass('scrutiny.meetings') IS NOT NULL AS have_views \gset
\if :have_views
SELECT b.council_id AS dash_council, b.id AS dash_body, 2019 AS dash_year,
       date '2019-05-01' AS dash_from, date '2020-05-01' AS dash_to
  FROM scrutiny.body b JOIN scrutiny.council c ON c.id = b.council_id
 WHERE c.name = 'Eastmere Borough Council' AND b.name = 'Planning Committee' \gset
CREATE TEMP TABLE dash_views (ord int, view text, filter text);
INSERT INTO dash_views VALUES
    (1, 'meetings', format('council_id = %s AND body_id = %s AND municipal_year = %s', :dash_council, :dash_body, :dash_year)),
    (2, 'attendance_rate', format('council_id = %s AND body_id = %s AND municipal_year = %s', :dash_council, :dash_body, :dash_year)),
    (3, 'open_actions', format('council_id = %s AND body_id = %s AND raised_on >= %L AND raised_on < %L', :dash_council, :dash_body, :'dash_from', :'dash_to')),
    (4, 'resolutions_by_kind', format('council_id = %s AND body_id = %s AND municipal_year = %s', :dash_council, :dash_body, :dash_year)),
    (5, 'citation_graph', format('council_id = %s AND body_id = %s AND held_on >= %L AND held_on < %L', :dash_council, :dash_body, :'dash_from', :'dash_to')),
    (6, 'money_mentioned', format('council_id = %s AND body_id = %s AND municipal_year = %s', :dash_council, :dash_body, :dash_year));
INSERT INTO results
SELECT format('view %s, %s', v.view, w.label),
       bench(format('SELECT count(v) FROM scrutiny.%I v', v.view) || w.cond, :reps), NULL, '', w.target
  FROM dash_views v,
       LATERAL (VALUES (1, '10,000 meetings', '', '<= 200 ms'),
                       (2, 'one body and year', ' WHERE ' || v.filter, '')) w(o, label, cond, target)
 ORDER BY v.ord, w.o;
\else
\echo '(the installed scrutiny has no dashboard views: view benchmarks skipped)'
\endif

SELECT benchmark, scrutiny_ms, postgres_ms, baseline,
       round(scrutiny_ms / nullif(postgres_ms, 0), 2) AS ratio, target
FROM results;
SELECT round(:corpus_mb / (SELECT scrutiny_ms FROM results WHERE benchmark LIKE 'minute_refs%') * 1000, 1)
       AS minute_refs_mb_per_s,
       round(:doc_rows_mb / (SELECT scrutiny_ms FROM results WHERE benchmark LIKE 'items%') * 1000, 1)
       AS items_resolutions_mb_per_s,
       round(:corpus_mb / (SELECT scrutiny_ms FROM results WHERE benchmark LIKE 'people%') * 1000, 1)
       AS people_and_facts_mb_per_s,
       round((SELECT scrutiny_ms FROM results WHERE benchmark LIKE 'ingest, % documents (%') / 1000, 1) AS ingest_s,
       round(:ingest_mb / (SELECT scrutiny_ms FROM results WHERE benchmark LIKE 'ingest, % documents (%') * 1000, 1)
       AS ingest_mb_per_s;
SQL

# Peak memory of one backend on 50 MB of newlines, the input that made
# clean() peak at 21 times its size: the rise of the backend's peak resident
# set (VmHWM, read from the backend's own /proc entry), each measurement in
# a fresh backend, against PostgreSQL's replace() on the same value.
peak_kb() {
    psql_q -At -c "SELECT substring(pg_read_file('/proc/self/status') FROM 'VmHWM:\s*(\d+)')::int AS before" \
           -c "$1" -c "SELECT substring(pg_read_file('/proc/self/status') FROM 'VmHWM:\s*(\d+)')::int" |
        awk 'NR == 1 { b = $1 } END { print $1 - b }'
}
if [ -r /proc/self/status ]; then
    input_kb=$((50000000 / 1024))
    clean_kb=$(peak_kb "SELECT length(scrutiny.clean(repeat(E'\n', 50000000)))")
    items_kb=$(peak_kb "SELECT count(*) FROM scrutiny.items(repeat(E'\n', 50000000))")
    replace_kb=$(peak_kb "SELECT length(replace(repeat(E'\n', 50000000), E'\n', ' '))")
    echo
    echo "peak memory on 50 MB of newlines (rise of the backend's VmHWM), bound: 4x the input"
    awk -v in_kb="$input_kb" -v c="$clean_kb" -v i="$items_kb" -v r="$replace_kb" 'BEGIN {
        printf "  %-38s %8d kB  %5.2fx the input\n", "scrutiny.clean", c, c / in_kb
        printf "  %-38s %8d kB  %5.2fx the input\n", "scrutiny.items", i, i / in_kb
        printf "  %-38s %8d kB  %5.2fx the input\n", "replace(doc, newline, space) (PostgreSQL)", r, r / in_kb
    }'
fi

# scrutiny-load: 1,000 PDFs loaded with one and with two connections, in
# documents per second, against the time the text extraction alone takes
# (the loader's --extract, poppler and the reading order, no database) and
# pdftotext on the same files; the difference is the loader's own overhead
# plus the extension's parsing and storing.
if [ -x loader/scrutiny-load ]; then
    pdfs=$(mktemp -d)
    ndocs=${BENCH_PDFS:-1000}
    python3 tests/bench/mkbenchpdfs.py "$pdfs" "$ndocs"
    secs() { local a b; a=$(date +%s.%N); "$@" >/dev/null 2>&1; b=$(date +%s.%N); echo "$a $b" | awk '{ printf "%.2f", $2 - $1 }'; }
    psql_q -c "CREATE DATABASE bench_load" && psql_q -d bench_load -c "CREATE EXTENSION scrutiny"
    load_j() {
        psql_q -d bench_load -c "SET client_min_messages = warning" -c "TRUNCATE scrutiny.council CASCADE" >/dev/null
        secs loader/scrutiny-load -q -d bench_load -j "$1" --council "Benchford Parish Council" \
            --body "Parish Council" "$pdfs"
    }
    extract_s=$(secs loader/scrutiny-load --extract "$pdfs")
    pdftotext_s=""
    command -v pdftotext >/dev/null &&
        pdftotext_s=$(secs bash -c 'for f in "$1"/*.pdf; do pdftotext "$f" - ; done' _ "$pdfs")
    j1_s=$(load_j 1)
    j2_s=$(load_j 2)
    loaded=$(psql_q -At -d bench_load -c "SELECT count(*) FROM scrutiny.document")
    echo
    echo "scrutiny-load on $ndocs PDFs ($(du -sh "$pdfs" | cut -f1)), $loaded loaded by the -j 2 run"
    awk -v n="$ndocs" -v e="$extract_s" -v p="$pdftotext_s" -v a="$j1_s" -v b="$j2_s" 'BEGIN {
        printf "  %-44s %7.2f s  %7.1f documents/s\n", "scrutiny-load -j 1", a, n / a
        printf "  %-44s %7.2f s  %7.1f documents/s\n", "scrutiny-load -j 2", b, n / b
        printf "  %-44s %7.2f s  %7.1f documents/s\n", "text extraction alone (scrutiny-load --extract)", e, n / e
        if (p != "") printf "  %-44s %7.2f s  %7.1f documents/s\n", "pdftotext, one process a file", p, n / p
        printf "  extraction is %.0f%% of the -j 1 load\n", 100 * e / a
    }'
    rm -rf "$pdfs"
fi
