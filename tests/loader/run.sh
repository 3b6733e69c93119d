#!/bin/bash
# scrutiny-load against a database with the extension: PGDATABASE names it
# (empty, the extension created), LOADER the program, PSQL psql.  It makes its
# inputs from the invented minutes in examples/: PDFs (hard-wrapped lines,
# running headers and page numbers, two columns), a ModernGov page, text in
# Windows-1252 and UTF-16, and broken ones.  It loads as a role that is only
# a member of scrutiny_loader, never a superuser.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
LOADER=${LOADER:-$ROOT/loader/scrutiny-load}
PSQL=${PSQL:-psql}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
pass=0
failed=0
ok() { echo "ok: $1"; pass=$((pass + 1)); }
bad() { echo "FAILED: $1"; failed=$((failed + 1)); }
check() { if [ "$2" = "$3" ]; then ok "$1"; else bad "$1: got '$2', want '$3'"; fi; }
q() { $PSQL -X -At -v ON_ERROR_STOP=1 -c "$1"; }
load() { PGUSER=loader_clerk "$LOADER" "$@"; }

q "DO \$\$ BEGIN CREATE ROLE loader_clerk LOGIN IN ROLE scrutiny_loader;
   EXCEPTION WHEN duplicate_object THEN NULL; END \$\$" >/dev/null
check "the loading role is no superuser" "$(q "SELECT rolsuper FROM pg_roles WHERE rolname = 'loader_clerk'")" "f"

# The items and resolutions the extension reads from a text, as one line.
shape_of_text() {
    local f=$1
    $PSQL -X -At -v ON_ERROR_STOP=1 -v doc="$(cat "$f")" <<'SQL'
SELECT string_agg(i.label || ':' || (SELECT count(*) FROM scrutiny.resolutions(i.body)), ' ' ORDER BY i.ordinal)
  FROM scrutiny.items(:'doc') i;
SQL
}
# The same, of the document loaded from a source.
shape_loaded() {
    q "SELECT string_agg(i.label || ':' || (SELECT count(*) FROM scrutiny.resolution r WHERE r.item_id = i.id), ' ' ORDER BY i.ordinal)
         FROM scrutiny.document d JOIN scrutiny.item i ON i.document_id = d.id WHERE d.source = '$1'"
}

# --- inputs --------------------------------------------------------------
mkdir -p "$WORK/pdf" "$WORK/pdf2" "$WORK/bad"
n=0
for f in "$ROOT"/examples/*.txt; do
    n=$((n + 1))
    base=$(basename "$f" .txt)
    held=$(grep -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}' <<<"$base")
    # a running header with the body and date, page numbers, 35 lines a page
    python3 "$HERE/mkpdf.py" "$WORK/pdf/$base.pdf" "$f" --header "Minutes - $held" \
        --page-numbers --lines-per-page 20
    python3 "$HERE/mkpdf.py" "$WORK/pdf2/$base.pdf" "$f" --columns 2 --lines-per-page 60
done
check "PDFs made" "$(ls "$WORK/pdf" "$WORK/pdf2" | grep -c pdf$)" "$((2 * n))"

# --- PDF: the same items and resolutions as the text ---------------------
out=$(load --council "Eastmere Borough Council" --body "Test Committee" "$WORK/pdf" 2>&1)
rc=$?
check "PDF folder loads (exit status)" "$rc" "0"
grep -q "$n ingested, 0 unchanged, 0 replaced, 0 failed" <<<"$out" && ok "PDF folder summary" || bad "PDF folder summary: $out"
load -q --council "Eastmere Borough Council" --body "Two-column Committee" "$WORK/pdf2" >/dev/null
check "two-column PDFs load" "$?" "0"
for f in "$ROOT"/examples/*.txt; do
    base=$(basename "$f" .txt)
    want=$(shape_of_text "$f")
    check "$base.pdf: items and resolutions as in the text" "$(shape_loaded "$WORK/pdf/$base.pdf")" "$want"
    check "$base.pdf in two columns: items and resolutions as in the text" "$(shape_loaded "$WORK/pdf2/$base.pdf")" "$want"
done
pages=$(q "SELECT count(*) FROM scrutiny.document WHERE source LIKE '$WORK/pdf/%' AND content LIKE '%' || chr(12) || '%'")
check "page breaks kept as form feeds" "$pages" "$n"

# --- again: unchanged; a changed text replaces --------------------------
out=$(load -q --council "Eastmere Borough Council" --body "Test Committee" "$WORK/pdf")
grep -q "0 ingested, $n unchanged, 0 replaced, 0 failed" <<<"$out" && ok "a second run changes nothing" || bad "second run: $out"
sed 's/were agreed as a true record/were approved as a true record/' "$ROOT/examples/kingsbridge-scrutiny-board-2018-04-05.txt" >"$WORK/corrected.txt"
python3 "$HERE/mkpdf.py" "$WORK/pdf/kingsbridge-scrutiny-board-2018-04-05.pdf" "$WORK/corrected.txt" \
    --header "Minutes - 2018-04-05" --page-numbers --lines-per-page 20
out=$(load -q --council "Eastmere Borough Council" --body "Test Committee" "$WORK/pdf")
grep -q "0 ingested, $((n - 1)) unchanged, 1 replaced, 0 failed" <<<"$out" && ok "a corrected document replaces the old" || bad "corrected: $out"

# --- HTML: a ModernGov page --------------------------------------------
out=$(load "$HERE/moderngov.html" 2>&1)
check "ModernGov page loads, council and body from the page" "$?" "0"
check "ModernGov page: items and resolutions" "$(shape_loaded "$HERE/moderngov.html")" "41:0 42:1 43:1 44:1"
check "ModernGov page: council named on the page" \
    "$(q "SELECT c.name FROM scrutiny.document d JOIN scrutiny.council c ON c.id = d.council_id WHERE d.source = '$HERE/moderngov.html'")" \
    "Ashcombe District Council"
check "ModernGov page: navigation, scripts and cookie banner left out" \
    "$(q "SELECT count(*) FROM scrutiny.document WHERE source = '$HERE/moderngov.html' AND (content ~ 'mgSettings|Councillors</li>|cookies|Home >')")" "0"

# --- text in other encodings ---------------------------------------------
printf 'WESTBY PARISH COUNCIL\n\nMinutes of the meeting held on 12 May 2025 at 7.30 pm\n\n1. Apologies\nCllr O\x92Brien sent apologies.\n\n2. Payments\nThe payment of \xa3450 to the caf\xe9 was approved.\n' >"$WORK/cp1252.txt"
out=$(load --body "Parish Council" "$WORK/cp1252.txt" 2>&1)
check "Windows-1252 text loads" "$?" "0"
check "Windows-1252 text converted" \
    "$(q "SELECT content ~ 'O’Brien' AND content ~ '£450 to the café' FROM scrutiny.document WHERE source = '$WORK/cp1252.txt'")" "t"
check "council taken from the text, in title case" \
    "$(q "SELECT c.name FROM scrutiny.document d JOIN scrutiny.council c ON c.id = d.council_id WHERE d.source = '$WORK/cp1252.txt'")" \
    "Westby Parish Council"
python3 -c "import sys; sys.stdout.buffer.write(open(sys.argv[1], encoding='utf-8').read().encode('utf-16'))" \
    "$ROOT/examples/kingsbridge-scrutiny-board-2018-04-05.txt" >"$WORK/utf16.txt"
load -q --council "Kingsbridge City Council" "$WORK/utf16.txt" >/dev/null
check "UTF-16 text loads" "$(shape_loaded "$WORK/utf16.txt")" "$(shape_of_text "$ROOT/examples/kingsbridge-scrutiny-board-2018-04-05.txt")"

# --- standard input, --source, --held-on ---------------------------------
load -q --council "Northby Council" --body "Cabinet" --held-on 2025-06-02 --source "stdin-test" - \
    <"$ROOT/examples/eastmere-planning-2020-01-14.txt" >/dev/null 2>&1
check "standard input with --source and --held-on" \
    "$(q "SELECT m.held_on FROM scrutiny.document d JOIN scrutiny.meeting m ON m.id = d.meeting_id WHERE d.source = 'stdin-test'")" "2025-06-02"

# --- dry run writes nothing ----------------------------------------------
before=$(q "SELECT count(*) FROM scrutiny.document")
out=$(load -n --council "Dry Council" "$ROOT/examples/kingsbridge-scrutiny-board-2018-04-05.txt")
check "dry run: exit status" "$?" "0"
grep -q "item 82  School Places Strategy" <<<"$out" && ok "dry run prints the items" || bad "dry run output: $out"
grep -q "4 items, 4 resolutions" <<<"$out" && ok "dry run prints the counts" || bad "dry run counts: $out"
check "dry run writes nothing" "$(q "SELECT count(*) FROM scrutiny.document")" "$before"
check "dry run adds no council" "$(q "SELECT count(*) FROM scrutiny.council WHERE name = 'Dry Council'")" "0"

# --- bad inputs: a reason each, and the run goes on ----------------------
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog garbage' >"$WORK/bad/corrupt.pdf"
python3 "$HERE/mkpdf.py" "$WORK/bad/scanned.pdf" "$ROOT/examples/eastmere-planning-2020-01-14.txt" --images-only
if command -v qpdf >/dev/null; then
    qpdf --encrypt secret secret 256 -- "$WORK/pdf/eastmere-planning-2020-01-14.pdf" "$WORK/bad/encrypted.pdf"
fi
head -c 3000 /dev/urandom | tr -d '%' | sed 's/^/\x00/' >"$WORK/bad/binary.dat"
cp "$ROOT/examples/eastmere-planning-2020-01-14.txt" "$WORK/bad/good.txt"
printf 'Some notes with no council named\n' >"$WORK/bad/nocouncil.txt"
out=$(load --body "Planning Committee" "$WORK/bad" 2>&1)
rc=$?
check "bad inputs: exit status 1" "$rc" "1"
grep -q "corrupt.pdf: not a readable PDF" <<<"$out" && ok "corrupt PDF: its reason" || bad "corrupt PDF: $out"
grep -q "scanned.pdf: a PDF with no text layer" <<<"$out" && ok "image-only PDF: its reason" || bad "image-only PDF: $out"
if command -v qpdf >/dev/null; then
    grep -q "encrypted.pdf: an encrypted PDF" <<<"$out" && ok "encrypted PDF: its reason" || bad "encrypted PDF: $out"
fi
grep -q "binary.dat: binary content" <<<"$out" && ok "binary file: its reason" || bad "binary file: $out"
grep -q "nocouncil.txt: the document names no council: give --council" <<<"$out" && ok "no council: its reason" || bad "no council: $out"
grep -q "^ingested   $WORK/bad/good.txt" <<<"$out" && ok "the good document among them loads" || bad "good document: $out"
check "nothing of a failed document stored" \
    "$(q "SELECT count(*) FROM scrutiny.document WHERE source LIKE '$WORK/bad/%' AND source NOT LIKE '%good.txt'")" "0"

# --- a failure inside ingest rolls back that document only ---------------
printf 'NOWHERE TOWN COUNCIL\n\nSome text without any date of meeting.\n' >"$WORK/nodate.txt"
out=$(load --body "Town Council" "$WORK/nodate.txt" "$ROOT/examples/kingsbridge-scrutiny-board-2018-04-05.txt" 2>&1)
grep -q "nodate.txt: scrutiny.ingest: the minutes give no date of meeting (SQLSTATE" <<<"$out" && ok "ingest's error, with its SQLSTATE" || bad "ingest error: $out"
check "no meeting left by the failed document" "$(q "SELECT count(*) FROM scrutiny.council WHERE name = 'Nowhere Town Council'")" "0"

# --- -j 2 gives what -j 1 gives ------------------------------------------
q "CREATE DATABASE loader_j2 TEMPLATE template0" >/dev/null 2>&1 || true
j1=$(q "SELECT string_agg(d.source || '=' || (SELECT count(*) FROM scrutiny.item i WHERE i.document_id = d.id), ',' ORDER BY d.source) FROM scrutiny.document d WHERE d.source LIKE '$WORK/pdf/%'")
q "DELETE FROM scrutiny.document WHERE source LIKE '$WORK/pdf/%'" >/dev/null
out=$(load -j 2 --council "Eastmere Borough Council" --body "Test Committee" "$WORK/pdf" 2>&1)
check "-j 2: exit status" "$?" "0"
j2=$(q "SELECT string_agg(d.source || '=' || (SELECT count(*) FROM scrutiny.item i WHERE i.document_id = d.id), ',' ORDER BY d.source) FROM scrutiny.document d WHERE d.source LIKE '$WORK/pdf/%'")
check "-j 2 stores what -j 1 stored" "$j2" "$j1"

# --- the server goes away mid-run ----------------------------------------
# A trigger (of this test only) ends the backend when the third document
# arrives: the run stops, says so, and the two before it stay committed.
mkdir -p "$WORK/away"
for k in 1 2 3 4; do
    sed "s/14 January 2020/1$k January 2021/" "$ROOT/examples/eastmere-planning-2020-01-14.txt" >"$WORK/away/doc$k.txt"
done
q "CREATE FUNCTION public.end_session() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS \$\$
   BEGIN IF NEW.source LIKE '%away/doc3.txt' THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF; RETURN NEW; END \$\$;
   CREATE TRIGGER end_session BEFORE INSERT ON scrutiny.document FOR EACH ROW EXECUTE FUNCTION public.end_session()" >/dev/null
out=$(load --council "Away Council" --body "Planning Committee" "$WORK/away" 2>&1)
rc=$?
q "DROP TRIGGER end_session ON scrutiny.document; DROP FUNCTION public.end_session()" >/dev/null
check "server gone: exit status 3" "$rc" "3"
grep -q "the server went away; the documents loaded before stay committed" <<<"$out" && ok "server gone: the message" || bad "server gone: $out"
grep -q "1 not tried" <<<"$out" && ok "server gone: the rest not tried" || bad "server gone, not tried: $out"
check "server gone: what was committed stays" \
    "$(q "SELECT count(*) FROM scrutiny.document WHERE source LIKE '$WORK/away/%'")" "2"

# --- usage errors ---------------------------------------------------------
load >/dev/null 2>&1; check "no documents: exit status 2" "$?" "2"
load --held-on 2025-13-40 x >/dev/null 2>&1; check "bad --held-on: exit status 2" "$?" "2"
PGUSER=loader_clerk "$LOADER" -p 1 --council X "$WORK/cp1252.txt" >/dev/null 2>&1; check "no server: exit status 2" "$?" "2"
"$LOADER" --extract "$HERE/moderngov.html" | grep -q "^Street trading policy review$" && ok "--extract prints the text" || bad "--extract"

# --- no leak and no invalid access, under valgrind -----------------------
if command -v valgrind >/dev/null; then
    if valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=9 \
            "$LOADER" --extract "$WORK/pdf" "$WORK/pdf2" "$HERE/moderngov.html" "$WORK/cp1252.txt" \
            "$WORK/utf16.txt" >/dev/null 2>"$WORK/vg.log"; then
        ok "valgrind: --extract of every input"
    else
        bad "valgrind: --extract: $(head -20 "$WORK/vg.log")"
    fi
    if PGUSER=loader_clerk valgrind -q --trace-children=yes --leak-check=full \
            --errors-for-leak-kinds=definite --error-exitcode=9 "$LOADER" -q -j 2 \
            --council "Valgrind Council" --body "Test Committee" "$WORK/pdf" "$WORK/bad" \
            >/dev/null 2>"$WORK/vg.log"; [ $? -ne 9 ]; then
        ok "valgrind: a load with two workers and failures"
    else
        bad "valgrind: load: $(head -20 "$WORK/vg.log")"
    fi
else
    echo "valgrind not installed: the loader's memory checks skipped"
fi

echo "$pass passed, $failed failed"
[ "$failed" -eq 0 ]
