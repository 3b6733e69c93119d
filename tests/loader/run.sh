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
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
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

# A broken page whose recovery lets a stray byte through: the text stays UTF-8
# (found by tests/fuzz/loader_extract.c; the page is a mangled moderngov.html).
"$LOADER" --extract "$ROOT/tests/fuzz/seeds/loader_extract/html-stray-byte.html" >"$WORK/stray.txt"
python3 -c "import sys; open(sys.argv[1], 'rb').read().decode('utf-8')" "$WORK/stray.txt" 2>/dev/null \
    && ok "a broken page's stray byte becomes U+FFFD" || bad "a broken page's text is not UTF-8"

# --- Word: a .docx whose items Word numbers itself ------------------------
python3 "$HERE/mkdocx.py" "$WORK/parish.docx" "$HERE/parish-minutes.txt"
out=$(load "$WORK/parish.docx" 2>&1)
check "Word document loads, council from its text" "$?" "0"
check "Word document: items (Word's own numbers) and resolutions as in the text" \
    "$(shape_loaded "$WORK/parish.docx")" "$(shape_of_text "$HERE/parish-minutes.txt")"
check "Word document: a table row is one line" \
    "$(q "SELECT content ~ 'Present:  Cllr J. Hale' FROM scrutiny.document WHERE source = '$WORK/parish.docx'")" "t"
python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1], 'w').writestr('notes.txt', 'x')" "$WORK/bad/archive.zip"
out=$(load --body B "$WORK/bad/archive.zip" 2>&1)
grep -q "bad/archive.zip: a ZIP archive that is not a Word document" <<<"$out" && ok "a ZIP that is no Word document: its reason" || bad "zip: $out"

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
# 200 MB that take no disk: refused by its size before a byte is read
truncate -s 200M "$WORK/bad/huge.pdf"
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
grep -q "huge.pdf: 200 MB, larger than --max-size (100 MB): skipped" <<<"$out" && ok "a 200 MB file: its reason" || bad "200 MB file: $out"
grep -q "^ingested   $WORK/bad/good.txt" <<<"$out" && ok "the good document among them loads" || bad "good document: $out"
check "nothing of a failed document stored" \
    "$(q "SELECT count(*) FROM scrutiny.document WHERE source LIKE '$WORK/bad/%' AND source NOT LIKE '%good.txt'")" "0"
out=$(head -c 3000000 /dev/zero | load --max-size 2 --council X - 2>&1)
check "standard input over --max-size: exit status 2" "$?" "2"
grep -q "standard input: larger than --max-size (2 MB): skipped" <<<"$out" && ok "standard input over --max-size: its reason" || bad "stdin max-size: $out"

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
ports=$(for _ in $(seq 1 12); do printf -- '-p 1 '; done)
# shellcheck disable=SC2086
PGUSER=loader_clerk "$LOADER" $ports -p "${PGPORT:-5432}" -n --council X "$ROOT/examples/eastmere-planning-2020-01-14.txt" >/dev/null 2>&1
check "repeated connection options: the last one wins" "$?" "0"
"$LOADER" --extract "$HERE/moderngov.html" | grep -q "^Street trading policy review$" && ok "--extract prints the text" || bad "--extract"

# --- a ModernGov site through its web service -----------------------------
# The answers are written here by hand in the service's shapes: plain XML
# with a namespace and a byte-order mark, a SOAP envelope, an ASP.NET
# <string> holding the escaped XML, dd/mm/yyyy dates; served on the loopback
# address by mgserver.py.
MG=$WORK/mg
mkdir -p "$MG/good/mgWebService.asmx" "$MG/good/documents/g9001" "$MG/good/documents/g9101" \
         "$MG/bad/mgWebService.asmx" "$MG/bad/documents/g9301"
printf '\xef\xbb\xbf' >"$MG/good/mgWebService.asmx/GetCommittees.xml"
cat >>"$MG/good/mgWebService.asmx/GetCommittees.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<committees xmlns="http://moderngov.co.uk/namespaces">
  <committee><committeeid>101</committeeid><committeetitle>Planning Committee</committeetitle><committeedeleted>False</committeedeleted></committee>
  <committee><committeeid>102</committeeid><committeetitle>Licensing Committee</committeetitle><committeedeleted>False</committeedeleted></committee>
  <committee><committeeid>103</committeeid><committeetitle>Audit Committee</committeetitle></committee>
</committees>
XML
cat >"$MG/good/mgWebService.asmx/GetMeetings_101.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<getmeetings xmlns="http://moderngov.co.uk/namespaces">
  <committee><committeeid>101</committeeid><committeetitle>Planning Committee</committeetitle>
    <committeemeetings>
      <meeting><meetingid>9001</meetingid><meetingdate>14/01/2020</meetingdate><meetingtime>19:00</meetingtime></meeting>
      <meeting><meetingid>9002</meetingid><meetingdate>11/02/2020</meetingdate><meetingtime>19:00</meetingtime></meeting>
    </committeemeetings>
  </committee>
</getmeetings>
XML
cat >"$MG/good/mgWebService.asmx/GetMeetings_102.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body><GetMeetingsResponse xmlns="http://moderngov.co.uk/namespaces"><GetMeetingsResult>
    <getmeetings>
      <committee><committeeid>102</committeeid><committeetitle>Licensing Committee</committeetitle>
        <committeemeetings><meeting><meetingid>9101</meetingid><meetingdate>03/03/2026</meetingdate></meeting></committeemeetings>
      </committee>
    </getmeetings>
  </GetMeetingsResult></GetMeetingsResponse></soap:Body>
</soap:Envelope>
XML
cat >"$MG/good/mgWebService.asmx/GetMeetings_103.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<string xmlns="http://tempuri.org/">&lt;getmeetings&gt;&lt;committee&gt;&lt;committeeid&gt;103&lt;/committeeid&gt;&lt;committeetitle&gt;Audit Committee&lt;/committeetitle&gt;&lt;committeemeetings&gt;&lt;meeting&gt;&lt;meetingid&gt;9201&lt;/meetingid&gt;&lt;meetingdate&gt;05/05/2026&lt;/meetingdate&gt;&lt;/meeting&gt;&lt;/committeemeetings&gt;&lt;/committee&gt;&lt;/getmeetings&gt;</string>
XML
cat >"$MG/good/mgWebService.asmx/GetMeeting_9001.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>9001</meetingid><meetingdate>14/01/2020</meetingdate><meetingtime>19:00</meetingtime>
  <meetinglocation>Council Chamber</meetinglocation>
  <attendees>
    <attendee membertype="committee member" memberid="303" name="Councillor Ruth Quarmby" roledescription="Chair" attendance="Present"/>
  </attendees>
  <linkeddocuments>
    <linkeddocument><documentid>51</documentid><title>Agenda frontsheet</title><url>documents/g9001/Agenda frontsheet.pdf</url></linkeddocument>
    <linkeddocument><documentid>52</documentid><title>Printed minutes</title><url>documents/g9001/Printed minutes 14th-Jan-2020 19.00 Planning Committee.pdf</url></linkeddocument>
  </linkeddocuments>
  <agendaitems><agendaitem><title>Minutes of the previous meeting</title><url>documents/s1/minutes-draft.pdf</url></agendaitem></agendaitems>
</meeting>
XML
cat >"$MG/good/mgWebService.asmx/GetMeeting_9002.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<meeting><meetingid>9002</meetingid><meetingdate>11/02/2020</meetingdate>
  <attendees>
    <attendee membertype="committee member" memberid="303" name="Councillor Ruth Quarmby" roledescription="Chair" attendance="Present"/>
  </attendees>
  <linkeddocuments><linkeddocument><title>Agenda frontsheet</title><url>documents/g9002/Agenda.pdf</url></linkeddocument></linkeddocuments>
</meeting>
XML
cat >"$MG/good/mgWebService.asmx/GetMeeting_9101.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<meeting><meetingid>9101</meetingid><meetingdate>03/03/2026</meetingdate>
  <linkeddocuments><linkeddocument><title>Printed minutes</title><url>/good/documents/g9101/Printed minutes.htm</url></linkeddocument></linkeddocuments>
</meeting>
XML
# the Audit Committee's minutes are held item by item, as escaped HTML
cat >"$MG/good/mgWebService.asmx/GetMeeting_9201.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<meeting><meetingid>9201</meetingid><meetingdate>05/05/2026</meetingdate><meetingtime>10:00</meetingtime>
  <meetingactualstarttime>10:02</meetingactualstarttime><meetingactualfinishtime>11:15</meetingactualfinishtime>
  <agendaitems>
    <agendaitem><agendaitemid>1</agendaitemid><minutesitemnumber>12</minutesitemnumber><agendaitemtitle>Internal Audit Plan</agendaitemtitle>
      <minutesnonemptyhtmlbody>&lt;p&gt;The Committee considered the draft plan for 2026/27.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;RESOLVED:&lt;/strong&gt; That the plan be approved.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem>
    <agendaitem><agendaitemid>2</agendaitemid><minutesitemnumber>13</minutesitemnumber><agendaitemtitle>Risk Register</agendaitemtitle>
      <minutesnonemptyhtmlbody>&lt;p&gt;RESOLVED: That the register be noted.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem>
  </agendaitems>
</meeting>
XML
cat >"$MG/good/mgWebService.asmx/GetCouncillorsByWard.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<councillorsbyward xmlns="http://moderngov.co.uk/namespaces"><wards>
  <ward><wardid>4</wardid><wardtitle>Quarry Hill</wardtitle><councillors>
    <councillor><councillorid>303</councillorid><fullusername>Councillor Ruth Quarmby</fullusername><politicalpartytitle>Independent</politicalpartytitle></councillor>
    <councillor><councillorid>304</councillorid><fullusername>Councillor Idris Penhallow</fullusername><politicalpartytitle>Labour</politicalpartytitle></councillor>
    <councillor><councillorid>305</councillorid><fullusername> </fullusername></councillor>
  </councillors></ward>
</wards></councillorsbyward>
XML
cp "$WORK/pdf/eastmere-planning-2020-01-14.pdf" "$MG/good/documents/g9001/Printed minutes 14th-Jan-2020 19.00 Planning Committee.pdf"
cp "$HERE/moderngov.html" "$MG/good/documents/g9101/Printed minutes.htm"
# the bad site: a 500 before the answer, an answer never in time, a cut body, a date that is none
cat >"$MG/bad/mgWebService.asmx/GetCommittees.xml" <<'XML'
<committees><committee><committeeid>201</committeeid><committeetitle>Cabinet</committeetitle></committee></committees>
XML
cat >"$MG/bad/mgWebService.asmx/GetMeetings_201.xml" <<'XML'
<getmeetings><committee><committeeid>201</committeeid><committeetitle>Cabinet</committeetitle>
  <committeemeetings>
    <meeting><meetingid>9301</meetingid><meetingdate>01/04/2025</meetingdate></meeting>
    <meeting><meetingid>9302</meetingid><meetingdate>31/13/2025</meetingdate></meeting>
    <meeting><meetingid>9303</meetingid><meetingdate>08/04/2025</meetingdate></meeting>
    <meeting><meetingdate>15/04/2025</meetingdate></meeting>
  </committeemeetings></committee></getmeetings>
XML
cat >"$MG/bad/mgWebService.asmx/GetMeeting_9301.xml" <<'XML'
<meeting><meetingid>9301</meetingid><meetingdate>01/04/2025</meetingdate>
  <linkeddocuments><linkeddocument><title>Printed minutes</title><url>documents/g9301/minutes.pdf</url></linkeddocument></linkeddocuments></meeting>
XML
touch "$MG/bad/mgWebService.asmx/GetMeeting_9301.xml.500once"
cp "$WORK/pdf/eastmere-planning-2020-01-14.pdf" "$MG/bad/documents/g9301/minutes.pdf"
touch "$MG/bad/documents/g9301/minutes.pdf.cut"
cp "$MG/bad/mgWebService.asmx/GetMeeting_9301.xml" "$MG/bad/mgWebService.asmx/GetMeeting_9303.xml"
touch "$MG/bad/mgWebService.asmx/GetMeeting_9303.xml.hang"

python3 "$HERE/mgserver.py" "$MG" "$WORK/mg.port" &
MG_PID=$!
trap 'kill $MG_PID 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do [ -s "$WORK/mg.port" ] && break; read -r -t 0.1 < /dev/zero 2>/dev/null || true; done
SITE="http://127.0.0.1:$(cat "$WORK/mg.port")"
mgload() { PGUSER=loader_clerk "$LOADER" moderngov --delay 0 --retry-wait 0 --retries 1 --timeout 2 "$@"; }

out=$(mgload -n --council "Westmere District Council" --committee 101 --from 2020-01-01 --to 2020-01-31 "$SITE/good" 2>&1)
check "moderngov dry run: exit status" "$?" "0"
grep -q "would load Planning Committee 2020-01-14 (meeting 9001): $SITE/good/documents/g9001/Printed%20minutes%2014th-Jan-2020%2019.00%20Planning%20Committee.pdf" <<<"$out" \
    && ok "moderngov dry run: the printed minutes, not the agenda item's draft" || bad "moderngov dry run: $out"
check "moderngov dry run writes nothing" "$(q "SELECT count(*) FROM scrutiny.council WHERE name = 'Westmere District Council'")" "0"

out=$(mgload --council "Westmere District Council" "$SITE/good" 2>&1)
check "moderngov: exit status" "$?" "0"
# (councillor 305 has no name: import_moderngov skips it, and it is not counted)
grep -q "3 committees, 2 councillors, 4 meetings: 3 ingested, 0 unchanged, 0 replaced, 0 loaded before, 1 without minutes, 0 failed, 1 warnings" <<<"$out" \
    && ok "moderngov: the summary" || bad "moderngov summary: $out"
grep -q "warning: GetCouncillorsByWard: .*<councillor> number 3 has no name: skipped" <<<"$out" \
    && ok "moderngov: a councillor without a name is a warning" || bad "moderngov nameless councillor: $out"
wv="(SELECT id FROM scrutiny.council WHERE name = 'Westmere District Council')"
check "moderngov: committees from all three answer forms" \
    "$(q "SELECT string_agg(name, ',' ORDER BY name) FROM scrutiny.body WHERE council_id = $wv")" \
    "Audit Committee,Licensing Committee,Planning Committee"
check "moderngov: meetings with their service ids" \
    "$(q "SELECT string_agg(external_id, ',' ORDER BY external_id) FROM scrutiny.meeting WHERE council_id = $wv")" "9001,9002,9101,9201"
check "moderngov: the minutes attached to the service's meeting" \
    "$(q "SELECT count(*) FROM scrutiny.document d JOIN scrutiny.meeting m ON m.council_id = d.council_id AND m.id = d.meeting_id WHERE d.council_id = $wv AND m.external_id IN ('9001', '9101')")" "2"
check "moderngov: the printed minutes' link, as the service gave it" \
    "$(q "SELECT minutes_url FROM scrutiny.meeting WHERE council_id = $wv AND external_id = '9001'")" \
    "documents/g9001/Printed minutes 14th-Jan-2020 19.00 Planning Committee.pdf"
check "moderngov: minutes held item by item become the meeting's minutes" \
    "$(q "SELECT string_agg(i.label || ' ' || r.kind, ', ' ORDER BY i.ordinal) FROM scrutiny.item i JOIN scrutiny.meeting m ON m.council_id = i.council_id AND m.id = i.meeting_id JOIN scrutiny.resolution r ON r.council_id = i.council_id AND r.item_id = i.id WHERE i.council_id = $wv AND m.external_id = '9201'")" \
    "12 approved, 13 noted"
check "moderngov: the actual times the service recorded" \
    "$(q "SELECT starts_at || ' ' || ends_at FROM scrutiny.meeting WHERE council_id = $wv AND external_id = '9201'")" "10:02:00 11:15:00"
check "moderngov: councillors with party and ward" \
    "$(q "SELECT string_agg(name || ' ' || party || ' ' || ward, ', ' ORDER BY name) FROM scrutiny.person WHERE council_id = $wv AND external_id IS NOT NULL")" \
    "Idris Penhallow Labour Quarry Hill, Ruth Quarmby Independent Quarry Hill"
check "moderngov: the PDF minutes give their items" \
    "$(q "SELECT count(*) FROM scrutiny.item i JOIN scrutiny.meeting m ON m.council_id = i.council_id AND m.id = i.meeting_id WHERE i.council_id = $wv AND m.external_id = '9001'")" \
    "$(shape_of_text "$ROOT/examples/eastmere-planning-2020-01-14.txt" | wc -w)"
# (the minutes' own list replaces the service's once they are ingested: 9002 has none)
check "moderngov: attendance from GetMeeting" \
    "$(q "SELECT string_agg(p.name || ' ' || a.status, ', ' ORDER BY p.name) FROM scrutiny.attendance a
          JOIN scrutiny.meeting m ON m.council_id = a.council_id AND m.id = a.meeting_id
          JOIN scrutiny.person p ON p.council_id = a.council_id AND p.id = a.person_id
          WHERE a.council_id = $wv AND m.external_id = '9002'")" \
    "Ruth Quarmby present"
grep -q "^scrutiny-load/[0-9.]* (committee minutes loader; libcurl) /good/mgWebService.asmx/GetCommittees " "$MG/requests.log" \
    && ok "moderngov: a User-Agent that names the program" || bad "moderngov User-Agent: $(head -2 "$MG/requests.log")"
before=$(grep -c "GetMeeting?lMeetingId=9001" "$MG/requests.log")
out=$(mgload -q --council "Westmere District Council" "$SITE/good" 2>&1)
grep -q "0 ingested, 1 unchanged, 0 replaced, 2 loaded before, 1 without minutes, 0 failed" <<<"$out" \
    && ok "moderngov: a second run loads nothing again" || bad "moderngov second run: $out"
check "moderngov: a second run does not fetch a loaded meeting again" \
    "$(grep -c "GetMeeting?lMeetingId=9001" "$MG/requests.log")" "$before"
# the service's item-by-item minutes corrected: replaced, and counted so
sed -i 's/That the register be noted/That the register be noted as amended/' "$MG/good/mgWebService.asmx/GetMeeting_9201.xml"
out=$(mgload -q --council "Westmere District Council" "$SITE/good" 2>&1)
grep -q "0 ingested, 0 unchanged, 1 replaced, 2 loaded before, 1 without minutes, 0 failed" <<<"$out" \
    && ok "moderngov: corrected item-by-item minutes are replaced" || bad "moderngov corrected items: $out"

# --max-size holds for what the service sends: an answer that says its
# length is refused before it is read, one that does not is cut off
mkdir -p "$MG/big/mgWebService.asmx" "$MG/big/documents"
cat >"$MG/big/mgWebService.asmx/GetCommittees.xml" <<'XML'
<committees><committee><committeeid>401</committeeid><committeetitle>Scrutiny Board</committeetitle></committee></committees>
XML
cat >"$MG/big/mgWebService.asmx/GetMeetings_401.xml" <<'XML'
<getmeetings><committee><committeeid>401</committeeid><committeemeetings>
  <meeting><meetingid>9401</meetingid><meetingdate>02/06/2025</meetingdate></meeting>
  <meeting><meetingid>9402</meetingid><meetingdate>09/06/2025</meetingdate></meeting>
  <meeting><meetingid>9403</meetingid><meetingdate>16/06/2025</meetingdate></meeting>
</committeemeetings></committee></getmeetings>
XML
# (an answer import_moderngov refuses: that meeting fails, with the server's reason)
echo '<frobnicate/>' >"$MG/big/mgWebService.asmx/GetMeeting_9403.xml"
for m in 9401 9402; do
    cat >"$MG/big/mgWebService.asmx/GetMeeting_$m.xml" <<XML
<meeting><meetingid>$m</meetingid><meetingdate>$([ $m = 9401 ] && echo 02 || echo 09)/06/2025</meetingdate><linkeddocuments><linkeddoc><title>Printed minutes</title><url>documents/$m.pdf</url></linkeddoc></linkeddocuments></meeting>
XML
    { printf '%%PDF-1.4\n'; head -c 2200000 /dev/zero; } >"$MG/big/documents/$m.pdf"
done
touch "$MG/big/documents/9402.pdf.nolength"
out=$(mgload -q --max-size 1 --council "Northmere Council" "$SITE/big" 2>&1)
check "moderngov --max-size: exit status 1" "$?" "1"
grep -q "3 meetings: 0 ingested, 0 unchanged, 0 replaced, 0 loaded before, 0 without minutes, 3 failed" <<<"$out" \
    && ok "moderngov --max-size: both minutes refused, and the refused answer failed" || bad "moderngov --max-size: $out"
grep -q "Scrutiny Board 2025-06-16 (meeting 9403): scrutiny.import_moderngov: unexpected root element <frobnicate> (SQLSTATE 22P02)" <<<"$out" \
    && ok "moderngov: an answer the import refuses fails its meeting" || bad "moderngov refused answer: $out"
check "moderngov --max-size: the announced length refused" \
    "$(grep -c "9401.pdf: larger than --max-size (1 MB): skipped" <<<"$out")" "1"
check "moderngov --max-size: an unannounced length cut off" \
    "$(grep -c "9402.pdf: larger than --max-size (1 MB): skipped" <<<"$out")" "1"
mgload --max-size 0 --council X "$SITE/big" >/dev/null 2>&1; check "moderngov --max-size 0: exit status 2" "$?" "2"

out=$(mgload --council "Eastbrook Council" "$SITE/bad" 2>&1)
check "moderngov, bad site: exit status 1" "$?" "1"
# import_moderngov skips the bad date and the meeting without id with a
# warning each and takes the rest; the site has no GetCouncillorsByWard
grep -q "1 committee, 0 councillors, 2 meetings: 0 ingested, 0 unchanged, 0 replaced, 0 loaded before, 0 without minutes, 2 failed, 3 warnings" <<<"$out" \
    && ok "moderngov, bad site: the summary" || bad "moderngov bad summary: $out"
check "moderngov: a 500 is tried again" "$(grep -c "GetMeeting?lMeetingId=9301" "$MG/requests.log")" "2"
grep -q "Cabinet 2025-04-01 (meeting 9301): .*minutes.pdf: .*(after 2 tries)" <<<"$out" && ok "moderngov: a cut body fails after its tries" || bad "moderngov cut body: $out"
grep -q "Cabinet 2025-04-08 (meeting 9303): .*Timeout was reached" <<<"$out" && ok "moderngov: a timeout fails that meeting" || bad "moderngov timeout: $out"
grep -q 'warning: GetMeetings: .*meeting 9302 has an invalid <meetingdate>: "31/13/2025": skipped' <<<"$out" && ok "moderngov: a bad date is a warning on its row" || bad "moderngov bad date: $out"
grep -q 'warning: GetCouncillorsByWard: .*404' <<<"$out" && ok "moderngov: a site without GetCouncillorsByWard is a warning" || bad "moderngov no councillors: $out"
grep -q "<meeting> number 4 has no <meetingid>: skipped" <<<"$out" && ok "moderngov: a meeting without id is a warning" || bad "moderngov no id: $out"
mgload --council X "http://127.0.0.1:1" >/dev/null 2>&1; check "moderngov: no site: exit status 2" "$?" "2"
mgload "$SITE/good" >/dev/null 2>&1; check "moderngov: --council required" "$?" "2"

# --- no leak and no invalid access, under valgrind -----------------------
if command -v valgrind >/dev/null; then
    if valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=9 \
            "$LOADER" --extract "$WORK/pdf" "$WORK/pdf2" "$HERE/moderngov.html" "$WORK/cp1252.txt" \
            "$WORK/utf16.txt" "$WORK/parish.docx" >/dev/null 2>"$WORK/vg.log"; then
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
    if PGUSER=loader_clerk valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
            --error-exitcode=9 "$LOADER" moderngov -q --delay 0 --retry-wait 0 --retries 1 --timeout 2 \
            --council "Valgrind Council" "$SITE/good" >/dev/null 2>"$WORK/vg.log"; [ $? -ne 9 ]; then
        ok "valgrind: a ModernGov site"
    else
        bad "valgrind: moderngov: $(head -20 "$WORK/vg.log")"
    fi
else
    echo "valgrind not installed: the loader's memory checks skipped"
fi

echo "$pass passed, $failed failed"
[ "$failed" -eq 0 ]
