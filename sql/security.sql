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
SELECT count(*) FILTER (WHERE r.exempt) AS exempt_resolutions, count(*) AS resolutions
  FROM resolution r JOIN council c ON c.id = r.council_id WHERE c.name = 'Westbury Town Council';
SELECT a.kind, a.exempt FROM action a JOIN council c ON c.id = a.council_id
 WHERE c.name = 'Westbury Town Council' ORDER BY a.id;
SELECT a.label FROM amount a JOIN council c ON c.id = a.council_id WHERE c.name = 'Westbury Town Council';
-- Full-text search finds nothing said in private.
SELECT i.label FROM item i JOIN council c ON c.id = i.council_id
 WHERE c.name = 'Westbury Town Council' AND i.tsv @@ websearch_to_tsquery('scrutiny.english', 'Harrowgate');
SELECT count(*) AS exempt_tsvectors FROM item WHERE exempt;
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
SELECT i.label FROM item i JOIN council c ON c.id = i.council_id
 WHERE c.name = 'Westbury Town Council' AND i.tsv @@ websearch_to_tsquery('scrutiny.english', 'Harrowgate');
SELECT strpos(d.content, 'Harrowgate') > 0 AS names_bidder
  FROM document d JOIN council c ON c.id = d.council_id WHERE c.name = 'Westbury Town Council';
SELECT items, resolutions, actions FROM meetings WHERE council = 'Westbury Town Council';
UPDATE action a SET status = 'done', closed_on = '2024-07-30', note = 'Valuation reported'
  FROM council c WHERE c.id = a.council_id AND c.name = 'Westbury Town Council' AND a.exempt;
UPDATE action SET text = 'rewritten';
UPDATE action a SET status = 'finished' FROM council c WHERE c.id = a.council_id AND c.name = 'Westbury Town Council';
SELECT ingest(content, 'Westbury Town Council', 'Overview and Scrutiny Committee') FROM minutes;
RESET SESSION AUTHORIZATION;

-- A reader still sees nothing of the closed exempt action.
SET SESSION AUTHORIZATION regress_scrutiny_reader;
SELECT count(*) AS visible_done FROM action WHERE status = 'done' AND note = 'Valuation reported';
RESET SESSION AUTHORIZATION;

-- Anyone else may use the text functions, but reads no table.
SET SESSION AUTHORIZATION regress_scrutiny_nobody;
SELECT ref FROM minute_refs('Further to minute 5/24.');
SELECT count(*) FROM item;
SELECT count(*) FROM meetings;
RESET SESSION AUTHORIZATION;

DROP TABLE minutes;
DROP ROLE regress_scrutiny_reader, regress_scrutiny_officer, regress_scrutiny_loader, regress_scrutiny_nobody;
