-- Roles and row-level security: what scrutiny_reader, scrutiny_officer and
-- scrutiny_loader can and cannot read and do, through the tables, the views
-- and full-text search.  Each user logs in (SET SESSION AUTHORIZATION).
SET client_min_messages=warning;
CREATE EXTENSION IF NOT EXISTS scrutiny;
DROP ROLE IF EXISTS regress_scrutiny_reader, regress_scrutiny_officer, regress_scrutiny_loader,
                    regress_scrutiny_nobody;
RESET client_min_messages;
SET search_path = public, scrutiny;
SET datestyle = ISO, YMD;

CREATE ROLE regress_scrutiny_reader LOGIN IN ROLE scrutiny_reader;
CREATE ROLE regress_scrutiny_officer LOGIN IN ROLE scrutiny_officer;
CREATE ROLE regress_scrutiny_loader LOGIN IN ROLE scrutiny_loader;
CREATE ROLE regress_scrutiny_nobody LOGIN;

-- The roles the extension made are group roles.
SELECT rolname, rolcanlogin, rolsuper, rolcreaterole FROM pg_roles WHERE rolname LIKE 'scrutiny\_%' ORDER BY 1;

CREATE TEMP TABLE minutes (name text, content text);
GRANT SELECT ON minutes TO PUBLIC;
INSERT INTO minutes VALUES ('june', $m$NORTHFOLD DISTRICT COUNCIL

MINUTES of a meeting of the Overview and Scrutiny Committee held on Monday 10 June 2024 at 6.30 pm in the Council Chamber, Northfold House

Present: Councillor A. Pryce (Chair), Councillors B. Quayle, C. Rowntree and D. Selby

Apologies for absence were received from Councillor E. Tamsin.

12/24 DECLARATIONS OF INTEREST

Councillor D. Selby declared a personal interest in item 14/24 as a trustee of Northfold Leisure Trust.

13/24 MINUTES

Resolved: That the minutes of the meeting held on 20 May 2024 be approved as a correct record.

14/24 LEISURE CENTRE CONTRACT

Further to minute 5/24, the Committee considered a report on the leisure centre contract, which showed extra costs of £240,000.

Resolved:
(a) That the report be noted.
(b) That a briefing note on the tender timetable be circulated to Members before the next meeting.

15/24 EXCLUSION OF THE PRESS AND PUBLIC

Resolved: That the press and public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.

16/24 LAND DISPOSAL AT MILL LANE

The Committee considered the offers received for the site at Mill Lane, the highest being £1.2m from Harrowgate Homes.

Resolved: That the Head of Property report back on the valuation by 1 August 2024.

17/24 DATE OF NEXT MEETING

The press and public were readmitted to the meeting.

Resolved: That the next meeting be held on 8 July 2024.

The meeting closed at 8.05 pm.
$m$);

-- A loader ingests: item 16/24 was taken in private.
SET SESSION AUTHORIZATION regress_scrutiny_loader;
SELECT ingest(content, 'Westbury Town Council', 'Overview and Scrutiny Committee') IS NOT NULL AS ingested
  FROM minutes;
RESET SESSION AUTHORIZATION;

-- The public record.
SET SESSION AUTHORIZATION regress_scrutiny_reader;
SELECT i.label, i.title, i.exempt, length(i.body) > 0 AS has_body
  FROM item i JOIN council c ON c.id = i.council_id WHERE c.name = 'Westbury Town Council' ORDER BY i.ordinal;
SELECT count(*) AS resolutions
  FROM resolution r JOIN council c ON c.id = r.council_id WHERE c.name = 'Westbury Town Council';
SELECT a.kind FROM action a JOIN council c ON c.id = a.council_id
 WHERE c.name = 'Westbury Town Council' ORDER BY a.id;
-- The private tables and the officers' views are not the reader's at all.
SELECT count(*) FROM item_private;
SELECT count(*) FROM resolution_private;
SELECT count(*) FROM action_all;
SELECT a.label FROM amount a JOIN council c ON c.id = a.council_id WHERE c.name = 'Westbury Town Council';
-- Full-text search finds nothing said in private.
SELECT i.label FROM item i JOIN council c ON c.id = i.council_id
 WHERE c.name = 'Westbury Town Council' AND i.tsv @@ websearch_to_tsquery('scrutiny.english', 'Harrowgate');
SELECT i.label, i.tsv FROM item i JOIN council c ON c.id = i.council_id
 WHERE c.name = 'Westbury Town Council' AND i.exempt;
-- The document: the public text only.
SELECT content FROM document;
SELECT strpos(d.public_content, 'Harrowgate') AS names_bidder, strpos(d.public_content, '[Exempt') > 0 AS notice
  FROM document d JOIN council c ON c.id = d.council_id WHERE c.name = 'Westbury Town Council';
-- The views apply the same rules.
SELECT items, resolutions, actions FROM meetings WHERE council = 'Westbury Town Council';
SELECT label, total FROM money_mentioned mm JOIN council c ON c.id = mm.council_id
 WHERE c.name = 'Westbury Town Council';
SELECT label, kind FROM open_actions oa JOIN council c ON c.id = oa.council_id
 WHERE c.name = 'Westbury Town Council' ORDER BY label;
-- Readers change nothing and ingest nothing.
UPDATE action SET status = 'done';
DELETE FROM item;
SELECT ingest(content, 'Westbury Town Council', 'Overview and Scrutiny Committee') FROM minutes;
SELECT reparse();
RESET SESSION AUTHORIZATION;

-- Officers read everything, and set action statuses (only those columns).
SET SESSION AUTHORIZATION regress_scrutiny_officer;
SELECT i.label, i.exempt, i.exempt_paragraph, i.exempt_basis
  FROM item i JOIN council c ON c.id = i.council_id WHERE c.name = 'Westbury Town Council' AND i.exempt;
SELECT i.label FROM item_private p JOIN item i ON i.council_id = p.council_id AND i.id = p.item_id
  JOIN council c ON c.id = i.council_id
 WHERE c.name = 'Westbury Town Council' AND p.tsv @@ websearch_to_tsquery('scrutiny.english', 'Harrowgate');
SELECT strpos(d.content, 'Harrowgate') > 0 AS names_bidder
  FROM document d JOIN council c ON c.id = d.council_id WHERE c.name = 'Westbury Town Council';
SELECT items, resolutions, actions FROM meetings WHERE council = 'Westbury Town Council';
SELECT i.label, left(p.body, 60) AS private_text FROM item i
  JOIN item_private p ON p.council_id = i.council_id AND p.item_id = i.id
  JOIN council c ON c.id = i.council_id WHERE c.name = 'Westbury Town Council';
SELECT count(*) FILTER (WHERE private) AS private, count(*) AS resolutions FROM resolution_all r
  JOIN council c ON c.id = r.council_id WHERE c.name = 'Westbury Town Council';
UPDATE action_private a SET status = 'done', closed_on = '2024-07-30', note = 'Valuation reported'
  FROM council c WHERE c.id = a.council_id AND c.name = 'Westbury Town Council';
UPDATE action_private SET text = 'rewritten';
UPDATE action SET text = 'rewritten';
\set VERBOSITY terse
UPDATE action a SET status = 'finished' FROM council c WHERE c.id = a.council_id AND c.name = 'Westbury Town Council';
\set VERBOSITY default
SELECT ingest(content, 'Westbury Town Council', 'Overview and Scrutiny Committee') FROM minutes;
RESET SESSION AUTHORIZATION;

-- A reader still sees nothing of the closed exempt action.
SET SESSION AUTHORIZATION regress_scrutiny_reader;
SELECT count(*) AS visible_done FROM action WHERE status = 'done' AND note = 'Valuation reported';
SELECT count(*) FROM action_private;
RESET SESSION AUTHORIZATION;

-- Anyone else may use the text functions, but reads no table.
SET SESSION AUTHORIZATION regress_scrutiny_nobody;
SELECT ref FROM minute_refs('Further to minute 5/24.');
SELECT count(*) FROM item;
SELECT count(*) FROM meetings;
RESET SESSION AUTHORIZATION;


-- Every way a reader could learn what was said in private.  Minutes with
-- each hard case: a readmission recorded inside the private item, a
-- private item whose text runs on from its heading line, a heading run on
-- with its text, a decision printed after the signature, a declaration, an
-- action with a due date, a citation and sums, all in private.  Each
-- distinctive token of the private text is then looked for in every column
-- the reader can select, in search statistics, in plans and in pg_stats.
INSERT INTO minutes VALUES ('ashford', $m$ASHFORD VALE TOWN COUNCIL

MINUTES of a meeting of the Finance Committee held on Tuesday 9 July 2024 at 7.00 pm at the Town Hall

Present: Councillor J. Abbot (Chair), Councillors K. Boyd, L. Crane and M. Dunn

20/24 DECLARATIONS OF INTEREST

None were made at this point.

21/24 BUDGET MONITORING

The Committee noted the report on spending to June.

Resolved: That the report be noted.

22/24 EXCLUSION OF THE PRESS AND PUBLIC

Resolved: That the press and public be excluded from the meeting for the following items on the grounds that they involve the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.

23/24 SALE OF LAND AT QUARRY ROAD

Councillor K. Boyd declared a pecuniary interest as a director of Zephyrine Holdings and left the room.

The Committee considered the bid of Zephyrine Holdings of £812,345, further to minute 7/23.

Resolved: That the Clerk report back on the Zephyrine bid by 17 August 2024.

The press and public were readmitted to the meeting.

24/24 ALLOTMENT LEASE (EXEMPT) Resolved: That the lease be granted to Quillfeather Farms at £3,210 a year.

25/24 PLAYING FIELD

The Committee noted progress on the playing field.

26/24 EXCLUSION OF THE PRESS AND PUBLIC

Resolved: That the press and public be excluded for the following item under paragraph 3 of Part 1 of Schedule 12A.

27/24 MILL LANE DEPOT: The Committee considered the Xanthorpe tender of £77,777 for the depot and agreed to accept it subject to contract, with the Clerk to sign the contract by the end of September after taking advice on the terms offered.

Chairman ........................ Date .............

27/24 RESOLVED: That the Xanthorpe tender be accepted and the Clerk negotiate with Wolvercote Plant Hire.
$m$);
SET SESSION AUTHORIZATION regress_scrutiny_loader;
SELECT ingest(content, 'Ashford Vale Town Council', 'Finance Committee') IS NOT NULL AS ingested
  FROM minutes WHERE name = 'ashford';
-- The same minutes with the private text written at greater length, as
-- another council's: nothing a reader sees may change with it.
SELECT ingest(replace(replace(replace(content, 'Zephyrine Holdings of', 'Zephyrine Holdings Limited, a company of Upper Bramwell, of'),
                              'Quillfeather Farms', 'Quillfeather Farms and Orchards'),
                      'Wolvercote Plant Hire', 'Wolvercote Plant Hire and Haulage'),
              'Ashford Vale Parish Council', 'Finance Committee') IS NOT NULL AS ingested
  FROM minutes WHERE name = 'ashford';
RESET SESSION AUTHORIZATION;
ANALYZE;

-- An officer sees which items were private.
SET SESSION AUTHORIZATION regress_scrutiny_officer;
SELECT i.label, i.title, i.exempt, i.exempt_paragraph, i.private, length(i.body) > 0 AS has_text
  FROM item_all i JOIN council c ON c.id = i.council_id WHERE c.name = 'Ashford Vale Town Council'
 ORDER BY i.ordinal;
SELECT r.private, r.text FROM resolution_all r JOIN council c ON c.id = r.council_id
 WHERE c.name = 'Ashford Vale Town Council' ORDER BY r.private, r.id;
SELECT d.name, d.item_label, d.private FROM declaration_all d JOIN council c ON c.id = d.council_id
 WHERE c.name = 'Ashford Vale Town Council';
SELECT a.kind, a.due_on, a.private FROM action_all a JOIN council c ON c.id = a.council_id
 WHERE c.name = 'Ashford Vale Town Council' ORDER BY a.private, a.id;
SELECT x.cited_ref, x.private FROM citation_all x JOIN council c ON c.id = x.council_id
 WHERE c.name = 'Ashford Vale Town Council' ORDER BY x.private, x.id;
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION regress_scrutiny_reader;
SELECT i.label, i.title, i.exempt, i.exempt_paragraph, length(i.body) > 0 AS has_body
  FROM item i JOIN council c ON c.id = i.council_id WHERE c.name = 'Ashford Vale Town Council'
 ORDER BY i.ordinal;
SELECT d.public_content FROM document d JOIN council c ON c.id = d.council_id
 WHERE c.name = 'Ashford Vale Town Council';
CREATE TEMP TABLE leaks (place text, token text);
DO $hunt$
DECLARE
    tokens text[] := ARRAY['zephyr', '812,345', '812345', '7/23', 'quillfeath', '3,210', '3210', 'xanthorp',
                           '77,777', '77777', 'wolvercot', '2024-08-17', 'bramwell', 'orchard', 'haulage'];
    r record;
    cols text;
    txt text;
    tok text;
BEGIN
    -- every column of every table and view of the schema the reader may select
    FOR r IN SELECT c.oid, c.relname FROM pg_class c
              WHERE c.relnamespace = 'scrutiny'::regnamespace AND c.relkind IN ('r', 'v')
    LOOP
        SELECT string_agg(format('coalesce(%I::text, %L)', a.attname, ''), ' || ''|'' || ') INTO cols
          FROM pg_attribute a
         WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
           AND has_column_privilege(r.oid, a.attnum, 'SELECT');
        CONTINUE WHEN cols IS NULL;
        EXECUTE format('SELECT lower(string_agg(%s, E''\n'')) FROM scrutiny.%I', cols, r.relname) INTO txt;
        FOREACH tok IN ARRAY tokens LOOP
            -- (not inside a longer number: a timestamp's microseconds may hold 3210)
            IF txt ~ ('(^|[^0-9])' || tok || '([^0-9]|$)') THEN
                INSERT INTO leaks VALUES (r.relname, tok);
            END IF;
        END LOOP;
    END LOOP;
    -- what the public search vectors hold, and the exports
    SELECT lower(string_agg(word, ' ')) INTO txt FROM ts_stat('SELECT tsv FROM scrutiny.item');
    SELECT txt || lower(string_agg(scrutiny.meeting_ocd(m.id)::text, ' ')) INTO txt FROM scrutiny.meeting m;
    -- the planner's statistics of every column the reader can see
    SELECT txt || lower(coalesce(string_agg(concat_ws(' ', s.most_common_vals::text, s.histogram_bounds::text), ' '), ''))
      INTO txt FROM pg_stats s WHERE s.schemaname = 'scrutiny';
    FOREACH tok IN ARRAY tokens LOOP
        IF txt ~ ('(^|[^0-9])' || tok || '([^0-9]|$)') THEN
            INSERT INTO leaks VALUES ('search, exports or statistics', tok);
        END IF;
    END LOOP;
END
$hunt$;
SELECT * FROM leaks ORDER BY 1, 2;
-- The statistics of the private tables are not the reader's either.
SELECT count(*) AS private_stats FROM pg_stats WHERE schemaname = 'scrutiny' AND tablename LIKE '%\_private';
-- Plans give nothing away: no private row is there to be filtered out.
SET enable_seqscan = off;
CREATE TEMP TABLE plans (query text, plan text);
DO $plans$
DECLARE
    q text;
    line text;
BEGIN
    FOREACH q IN ARRAY ARRAY['SELECT * FROM scrutiny.action WHERE due_on < ''2024-08-18''',
                             'SELECT * FROM scrutiny.action WHERE due_on < ''2024-08-17''',
                             'SELECT * FROM scrutiny.citation WHERE cited_ref = ''7/23''',
                             'SELECT * FROM scrutiny.citation WHERE cited_ref = ''7/22'''] LOOP
        FOR line IN EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ' || q LOOP
            INSERT INTO plans VALUES (q, regexp_replace(line, '''[^'']*''', '?', 'g'));
        END LOOP;
    END LOOP;
END
$plans$;
-- (a due date either side of the private action's, a cited minute that
-- only private text cites and one nobody cites: the same plan and rows)
SELECT count(DISTINCT p) AS distinct_plans
  FROM (SELECT query, string_agg(plan, E'\n') AS p FROM plans
         WHERE query LIKE '%action%' GROUP BY query) s;
SELECT count(DISTINCT p) AS distinct_plans
  FROM (SELECT query, string_agg(plan, E'\n') AS p FROM plans
         WHERE query LIKE '%citation%' GROUP BY query) s;
RESET enable_seqscan;
-- Longer private text changes nothing a reader sees: the public text and
-- every offset are the same for both councils.
SELECT count(DISTINCT d.public_content) AS public_texts
  FROM document d JOIN council c ON c.id = d.council_id WHERE c.name LIKE 'Ashford Vale %';
SELECT count(*) AS items_that_differ FROM (
    SELECT i.ordinal, i.label, i.title, i.start, i.len, i.body, i.tsv::text FROM item i JOIN council c ON c.id = i.council_id
     WHERE c.name = 'Ashford Vale Town Council'
    EXCEPT
    SELECT i.ordinal, i.label, i.title, i.start, i.len, i.body, i.tsv::text FROM item i JOIN council c ON c.id = i.council_id
     WHERE c.name = 'Ashford Vale Parish Council') x;
-- And no digest of the raw text.
SELECT sha256 FROM document;
DROP TABLE leaks, plans;
RESET SESSION AUTHORIZATION;

DROP TABLE minutes;
DROP ROLE regress_scrutiny_reader, regress_scrutiny_officer, regress_scrutiny_loader, regress_scrutiny_nobody;
