-- The schema: ingest, reparse, exempt items, citations across meetings,
-- the dashboards' views, and what the catalog promises (comments, search
-- paths, no SECURITY DEFINER).  Invented minutes in the forms councils use.
SET client_min_messages=warning;
CREATE EXTENSION IF NOT EXISTS scrutiny;
RESET client_min_messages;
SET search_path = public, scrutiny;
SET datestyle = ISO, YMD;

CREATE TEMP TABLE minutes (name text PRIMARY KEY, content text NOT NULL);
INSERT INTO minutes VALUES
('june', $m$NORTHFOLD DISTRICT COUNCIL

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
$m$),
('may', $m$NORTHFOLD DISTRICT COUNCIL

MINUTES of a meeting of the Overview and Scrutiny Committee held on Monday 20 May 2024 at 6.30 pm in the Council Chamber, Northfold House

Present: Councillor A. Pryce (Chair), Councillors B. Quayle, C. Rowntree, D. Selby and E. Tamsin

4/24 APPOINTMENT OF VICE-CHAIR

Resolved: That Councillor B. Quayle be appointed Vice-Chair for the municipal year.

5/24 LEISURE CENTRE CONTRACT

The Committee received an update on the leisure centre contract.

Resolved: That a report on the contract costs be brought to the next meeting.

The meeting closed at 7.40 pm.
$m$),
('july', $m$NORTHFOLD DISTRICT COUNCIL

MINUTES of a meeting of the Overview and Scrutiny Committee held on Monday 8 July 2024 at 6.30 pm in the Council Chamber, Northfold House

Present: Councillor A. Pryce (Chair), Councillors C. Rowntree, D. Selby and E. Tamsin

Apologies for absence were received from Councillor B. Quayle.

21/24 LEISURE CENTRE CONTRACT

Further to minute 14/24, Members noted the briefing note on the tender timetable.

Resolved: That the update be noted.
$m$),
('glenarden', $m$GLENARDEN COUNCIL

Minute of Meeting of the Education Committee held in the Council Chambers, Glenarden on 3 September 2024 at 10.00 am.

Present: Councillor F. Urquhart (Convener), Councillors G. Vass and H. Wallace.

1. MINUTE OF PREVIOUS MEETING

The minute of the meeting of 20 August 2024 was approved.

2. SCHOOL TRANSPORT REVIEW

The Committee agreed to continue consideration of the review to its next meeting.

3. STAFFING MATTER

The Committee resolved in terms of Section 50A(4) of the Local Government (Scotland) Act 1973 to exclude the press and public for this item on the grounds that it involved the likely disclosure of exempt information as defined in paragraph 1 of Part I of Schedule 7A to the Act.

The Committee agreed the recommendation of the Executive Director.
$m$);

-- The June minutes first: they cite minute 5/24 of May, not yet held.
SELECT ingest(content, 'Northfold District Council', 'Overview and Scrutiny Committee', source => name) AS june
  FROM minutes WHERE name = 'june' \gset
SELECT b.name, b.kind, m.held_on, m.starts_at, m.ends_at, m.venue, m.municipal_year
  FROM meeting m JOIN body b ON b.council_id = m.council_id AND b.id = m.body_id
 WHERE m.id = :june;
SELECT ordinal, ref, label, title, exempt, exempt_paragraph, exempt_basis
  FROM item WHERE meeting_id = :june ORDER BY ordinal;
-- Rows of the exempt item are in the private tables; resolution_all and
-- the other officers' views show both.
SELECT i.label, r.ordinal, r.kind, r.private, r.text
  FROM resolution_all r JOIN item i ON i.id = r.item_id
 WHERE i.meeting_id = :june ORDER BY i.ordinal, r.ordinal;
SELECT i.label, a.kind, a.owner, a.due_on, a.status, a.private, r.ordinal AS resolution
  FROM action_all a JOIN item i ON i.id = a.item_id
  LEFT JOIN resolution_all r ON r.id = a.resolution_id AND r.private = a.private
 WHERE i.meeting_id = :june ORDER BY i.ordinal, a.ordinal;
SELECT i.label, a.amount, a.label AS printed, a.private
  FROM amount_all a JOIN item i ON i.id = a.item_id WHERE i.meeting_id = :june ORDER BY a.private, a.id;
-- The exempt item's public row: its number, title and paragraph, no text.
SELECT i.label, i.title, i.body = '' AS no_body, p.title AS private_title, length(p.body) > 0 AS private_body
  FROM item i JOIN item_private p ON p.council_id = i.council_id AND p.item_id = i.id
 WHERE i.meeting_id = :june;
-- A public item's offsets point into public_content.
SELECT i.label, left(substr(d.public_content, i.start, i.len), length(i.label)) = i.label
               AND right(substr(d.public_content, i.start, i.len), 12) = right(i.body, 12) AS offsets_ok
  FROM item i JOIN document d ON d.council_id = i.council_id AND d.id = i.document_id
 WHERE i.meeting_id = :june AND NOT i.exempt ORDER BY i.ordinal;
SELECT p.name, p.key, a.status, a.role, a.category, a.source
  FROM attendance a JOIN person p ON p.id = a.person_id
 WHERE a.meeting_id = :june ORDER BY a.status, p.key;
SELECT p.name, i.label AS item, d.item_label, d.interest
  FROM declaration d JOIN person p ON p.id = d.person_id LEFT JOIN item i ON i.id = d.item_id
 WHERE d.meeting_id = :june;
SELECT c.cited_ref, c.relation, c.cited_item_id IS NOT NULL AS resolved
  FROM citation c JOIN item i ON i.id = c.item_id WHERE i.meeting_id = :june;
-- What the public may read of the document: the exempt item's text is withheld.
SELECT substr(public_content, strpos(public_content, '16/24'), 120) AS public_text,
       strpos(public_content, 'Harrowgate') AS names_bidder,
       strpos(content, 'Harrowgate') > 0 AS content_names_bidder
  FROM document WHERE meeting_id = :june;

-- May, ingested later: June's citation of 5/24 now points at it.
SELECT ingest(content, 'Northfold District Council', 'overview and scrutiny committee') AS may
  FROM minutes WHERE name = 'may' \gset
SELECT ci.label AS citing, c.cited_ref, t.label AS cited, tm.held_on AS cited_held_on
  FROM citation c JOIN item ci ON ci.id = c.item_id
  LEFT JOIN item t ON t.id = c.cited_item_id LEFT JOIN meeting tm ON tm.id = t.meeting_id
 WHERE ci.meeting_id = :june;
-- July cites June's 14/24, already held.
SELECT ingest(content, 'Northfold District Council', 'Overview and Scrutiny Committee') AS july
  FROM minutes WHERE name = 'july' \gset
SELECT citing_label, cited_ref, cited_title, cited_held_on FROM (
  SELECT label AS citing_label, cited_ref, cited_title, cited_held_on, held_on FROM citation_graph) g
 ORDER BY held_on, citing_label;

-- One body, one person each, whatever the case or punctuation of the names.
SELECT count(*) AS bodies FROM body;
SELECT p.name, p.key, count(a.*) AS meetings FROM person p LEFT JOIN attendance a ON a.person_id = p.id
 GROUP BY p.council_id, p.id ORDER BY p.key;

-- The same content again changes nothing and returns the same meeting.
SELECT (SELECT count(*) FROM item) AS items_before,
       (SELECT max(ingested_at) FROM document) AS last_ingest \gset
SELECT ingest(content, 'NORTHFOLD DISTRICT COUNCIL', 'Overview and Scrutiny Committee') = :june AS same_meeting
  FROM minutes WHERE name = 'june';
SELECT (SELECT count(*) FROM item) = :items_before AS same_items,
       (SELECT max(ingested_at) FROM document) = :'last_ingest' AS nothing_written;

-- Officers set statuses; a corrected version of June's minutes replaces the
-- old rows and keeps them.
UPDATE action SET status = 'done', closed_on = '2024-07-01', note = 'Sent by email'
 WHERE item_id IN (SELECT id FROM item WHERE meeting_id = :june AND label = '14/24');
UPDATE action_private SET status = 'dropped', closed_on = '2024-07-02', note = 'Site withdrawn'
 WHERE item_id IN (SELECT id FROM item WHERE meeting_id = :june AND label = '16/24');
SELECT ingest(replace(content, 'extra costs of £240,000', 'extra costs of £245,000'),
              'Northfold District Council', 'Overview and Scrutiny Committee') = :june AS same_meeting
  FROM minutes WHERE name = 'june';
SELECT count(*) AS june_documents FROM document WHERE meeting_id = :june;
SELECT i.label, a.kind, a.status, a.closed_on, a.note, a.private
  FROM action_all a JOIN item i ON i.id = a.item_id WHERE i.meeting_id = :june ORDER BY i.ordinal, a.ordinal;
SELECT a.label, a.amount, a.private FROM amount_all a JOIN item i ON i.id = a.item_id
 WHERE i.meeting_id = :june ORDER BY a.private, a.id;
-- July's citation follows 14/24 to the corrected document's item.
SELECT g.cited_ref, t.document_id = (SELECT id FROM document WHERE meeting_id = :june) AS points_at_new_text
  FROM citation_graph g JOIN item t ON t.id = g.cited_item_id WHERE g.meeting_id = :july;

-- A held_on that the text contradicts: the caller's date (from the council's
-- own system) wins, with a WARNING and a note in document.warnings, so a bulk
-- load goes on.
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT ingest(E'NORTHFOLD DISTRICT COUNCIL\n\nMinutes of the meeting of the Overview and Scrutiny Committee held on 3 December 2024\n\n40/24 NOTES\n\nMembers noted the notes.\n',
              'Northfold District Council', 'Overview and Scrutiny Committee', '2024-12-04') AS december \gset
SELECT m.held_on, d.warnings FROM meeting m JOIN document d ON d.meeting_id = m.id WHERE m.id = :december;
-- A text with no date; NULL arguments.
SELECT ingest('Some notes of a discussion.', 'Northfold District Council', 'Overview and Scrutiny Committee');
SELECT ingest(NULL, 'Northfold District Council', 'Overview and Scrutiny Committee');
SELECT ingest('x', ' ', 'Overview and Scrutiny Committee');
\set VERBOSITY terse
\set SHOW_CONTEXT errors
-- Given the date, a text without one is accepted.
SELECT ingest(E'NORTHFOLD DISTRICT COUNCIL\n\n30/24 NOTES\n\nMembers noted the notes.\n',
              'Northfold District Council', 'Overview and Scrutiny Committee', '2024-09-09') IS NOT NULL AS ingested;

-- The page each item starts on, from the form feeds that PDF text keeps
-- at page breaks (an item that starts at the top of a page is on that
-- page); a text without page breaks gives no pages.
SELECT ingest(E'NORTHFOLD DISTRICT COUNCIL\n\nMinutes of the meeting of the Licensing Committee held on 8 October 2024\n\n'
              '51/24 APOLOGIES\n\nNone.\n\n52/24 TAXI FARES\n\nThe Committee reviewed the fares.\n\f'
              'Resolved: That the fares be increased.\n\n53/24 STREET TRADING\n\nNoted.\n\f54/24 DATE OF NEXT MEETING\n\n'
              '12 November 2024.\n',
              'Northfold District Council', 'Licensing Committee') AS licensing \gset
SELECT label, page FROM item WHERE meeting_id = :licensing ORDER BY ordinal;
SELECT DISTINCT page FROM item WHERE meeting_id = :december;
-- A document with an exempt item gives no pages: the page of the item
-- after it would tell a reader how long the private text ran.
SELECT ingest(E'NORTHFOLD DISTRICT COUNCIL\n\nMinutes of the meeting of the Licensing Committee held on 12 November 2024\n\n'
              '61/24 EXCLUSION OF THE PRESS AND PUBLIC\n\nResolved: That the press and public be excluded for the following item under paragraph 3 of Part 1 of Schedule 12A.\n\n'
              '62/24 LICENCE REVIEW\n\nThe Committee heard the case.\n\f\f\f\nResolved: That the licence be revoked.\n\n'
              'The press and public were readmitted.\n\n63/24 DATE OF NEXT MEETING\n\n10 December 2024.\n',
              'Northfold District Council', 'Licensing Committee') AS licensing_exempt \gset
SELECT label, exempt, page FROM item WHERE meeting_id = :licensing_exempt ORDER BY ordinal;
-- The public text of that document: the exempt item is replaced, the
-- rest is the document's own text, cut in one pass by text_spans().
SELECT public_content FROM document WHERE meeting_id = :licensing_exempt;

-- text_spans(doc, starts, lens) is substr(doc, starts[i], lens[i]) for
-- each i, in one pass: characters, not bytes; a NULL length runs to the
-- end; a start before 1 is read as substr() reads it; a NULL start gives NULL.
WITH t(doc) AS (VALUES ('£12 for the hall, €5 for the hire')),
     s(starts, lens) AS (VALUES ('{1,2,5,0,-1,20,NULL,40}'::int[], '{3,2,NULL,2,3,0,1,2}'::int[]))
SELECT text_spans(t.doc, s.starts, s.lens) AS spans,
       text_spans(t.doc, s.starts, s.lens)
         = ARRAY(SELECT CASE WHEN st IS NULL THEN NULL WHEN ln IS NULL THEN substr(t.doc, st) ELSE substr(t.doc, st, ln) END
                   FROM unnest(s.starts, s.lens) u(st, ln)) AS as_substr
  FROM t, s;
SELECT text_spans('abc', '{}', '{}') AS none;
SELECT text_spans('abc', '{1}', '{-1}');
SELECT text_spans('abc', '{1,2}', '{1}');

-- The Scottish form: section 50A(4) and Schedule 7A.
SELECT ingest(content, 'Glenarden Council', 'Education Committee') AS glenarden FROM minutes WHERE name = 'glenarden' \gset
SELECT label, ref, title, exempt, exempt_paragraph, exempt_basis FROM item WHERE meeting_id = :glenarden ORDER BY ordinal;

-- How items are judged: own words, a forward exclusion, readmission, negation.
SELECT title, x.* FROM (VALUES
  ('CONTRACT AWARD', 'Exempt information under Paragraphs 1, 2 and 3 of Part 1 of Schedule 12A of the Local Government Act 1972.'),
  ('STAFFING (EXEMPT)', 'The Panel agreed the recommendation.'),
  ('PROPERTY MATTER', 'Schedule 12A of the Act, paragraph 3, applies to this report.'),
  ('LOCAL GOVERNMENT (ACCESS TO INFORMATION) ACT 1985', 'There were no items that required the exclusion of the public.'),
  ('EXCLUSION OF PUBLIC', 'Resolved: That the public be excluded for the remaining items of business.'),
  ('LEGAL ADVICE', 'Resolved: That the press and public be excluded during consideration of this item.'),
  ('CHAIR''S ANNOUNCEMENTS', 'The press and public were readmitted to the meeting.'),
  ('PARKING', 'Members discussed public car parks.'),
  ('NON-EXEMPT APPENDIX', 'Members noted the appendix.'),
  ('The press', E'The press and public\nreturned\nto the meeting.')) AS t(title, body),
  item_exemption(title, body) x;

-- reparse: every row derived again, statuses kept.
SELECT reparse() AS documents;
SELECT reparse(id) AS documents FROM document WHERE meeting_id = :june;
SELECT i.label, a.status, a.note, a.private FROM action_all a JOIN item i ON i.id = a.item_id
 WHERE i.meeting_id = :june AND a.status <> 'open' ORDER BY i.ordinal;
SELECT reparse(-1);

-- The dashboards' views.
SELECT council, body, body_kind, held_on, municipal_year, items, resolutions, attendees, apologies,
       actions, open_actions
  FROM meetings ORDER BY council, held_on;
SELECT person, body, municipal_year, meetings, present, apologies, absent, rate
  FROM attendance_rate WHERE council_id = (SELECT id FROM council WHERE name = 'Northfold District Council')
 ORDER BY person;
SELECT body, raised_on, label, kind, owner, due_on, due_meeting_on,
       age_days = CURRENT_DATE - raised_on AS age_ok, overdue = (coalesce(due_on, due_meeting_on) < CURRENT_DATE) AS overdue_ok
  FROM open_actions ORDER BY raised_on, action_id;
SELECT body, municipal_year, kind, resolutions FROM resolutions_by_kind ORDER BY body, municipal_year, kind;
SELECT held_on, label, title, mentions, total, largest, labels FROM money_mentioned ORDER BY held_on, label;

-- Parallel plans on one server for queries over ingested rows.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT year(ref), count(*) FROM item WHERE tsv @@ websearch_to_tsquery('scrutiny.english', 'leisure centre')
 GROUP BY 1;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM item i, citations(i.body) c;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- The catalog: every table, column, view and function has a comment; every
-- SQL and PL/pgSQL function sets its search_path; nothing is SECURITY DEFINER.
SELECT c.relname, a.attname
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE n.nspname = 'scrutiny' AND c.relkind = 'r' AND col_description(c.oid, a.attnum) IS NULL;
SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'scrutiny' AND c.relkind IN ('r', 'v') AND obj_description(c.oid, 'pg_class') IS NULL;
SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = 'scrutiny' AND obj_description(p.oid, 'pg_proc') IS NULL;
SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_language l ON l.oid = p.prolang
 WHERE n.nspname = 'scrutiny' AND l.lanname IN ('sql', 'plpgsql')
   AND NOT EXISTS (SELECT FROM unnest(p.proconfig) s WHERE s LIKE 'search\_path=%')
   AND p.proname NOT IN ('person_key', 'body_kind');  -- inlined SQL expressions, every name qualified
SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = 'scrutiny' AND p.prosecdef;
