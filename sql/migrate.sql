-- A 0.4 database with an item taken in private is migrated by ALTER
-- EXTENSION UPDATE: its text moves to the private tables, the public text
-- is rebuilt from the public parts, and the statuses officers set are kept.
SET client_min_messages = warning;
DROP DATABASE IF EXISTS regress_migrate;
RESET client_min_messages;
CREATE DATABASE regress_migrate;
\c regress_migrate
CREATE EXTENSION scrutiny VERSION '0.4';
SET search_path = public, scrutiny;
SELECT ingest($m$MINUTES of a meeting of the Finance Committee of Kelderby Town Council held on Monday 10 June 2024 at 6.30 pm

14/24 PAVILION REPAIRS

Resolved: That a briefing note on the repairs be circulated to Members before the next meeting.

15/24 EXCLUSION OF THE PRESS AND PUBLIC

Resolved: That the press and public be excluded from the meeting for the following item under paragraph 3 of Part 1 of Schedule 12A.

16/24 SALE OF THE OLD DEPOT

Councillor R. Vantongeren declared a personal interest as a neighbour of the depot.

The Committee considered the offer of £410,000 from Pemberthy Estates.

Resolved: That the Clerk report back on the Pemberthy offer by 1 August 2024.

The press and public were readmitted to the meeting.

17/24 DATE OF NEXT MEETING

Resolved: That the next meeting be held on 8 July 2024.
$m$, 'Kelderby Town Council', 'Finance Committee') IS NOT NULL AS ingested;
-- 0.4 read the readmission inside 16/24 as the end of its privacy: the
-- item, its resolution and the bidder's name were public.
SELECT label, exempt FROM item ORDER BY ordinal;
SELECT strpos(public_content, 'Pemberthy') > 0 AS public_text_names_bidder FROM document;
UPDATE action SET status = 'done', closed_on = '2024-07-01', note = 'Circulated' WHERE kind = 'briefing_note';
UPDATE action SET status = 'dropped', closed_on = '2024-07-02', note = 'Offer withdrawn' WHERE kind = 'report';
-- 0.4's statistics and people were gathered over the private text too.
ANALYZE;
SELECT name FROM person WHERE name LIKE '%Vantongeren%';

ALTER EXTENSION scrutiny UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'scrutiny';
SELECT label, exempt, length(body) AS public_body FROM item ORDER BY ordinal;
SELECT i.label, left(p.body, 45) AS private_text FROM item_private p JOIN item i ON i.id = p.item_id;
SELECT r.private, left(r.text, 50) AS text FROM resolution_all r ORDER BY r.private, r.id;
SELECT a.kind, a.status, a.note, a.private FROM action_all a ORDER BY a.private, a.id;
SELECT strpos(public_content, 'Pemberthy') > 0 AS public_text_names_bidder,
       strpos(public_content, '[Exempt') > 0 AS notice FROM document;
-- Nothing derived from the private text is left in the shared tables.
SELECT count(*) AS people_named_in_private FROM person WHERE name LIKE '%Vantongeren%';
SELECT d.name, d.person_id FROM declaration_private d;
SELECT count(*) AS statistics_naming_bidder FROM pg_stats
 WHERE schemaname = 'scrutiny' AND tablename NOT LIKE '%\_private'
   AND (most_common_vals::text ~* 'pemberthy|410' OR histogram_bounds::text ~* 'pemberthy|410');
-- The shared tables have no policy and no exempt flag left to filter on.
SELECT count(*) AS policies FROM pg_policies WHERE schemaname = 'scrutiny';
SELECT attrelid::regclass AS has_exempt_column FROM pg_attribute
 WHERE attname = 'exempt' AND NOT attisdropped AND attrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'scrutiny'::regnamespace AND relkind = 'r');
\c contrib_regression
DROP DATABASE regress_migrate;

-- A 0.6 database: its items get the page they start on (0.7) from the
-- update, for documents with page breaks and no exempt item.
CREATE DATABASE regress_migrate;
\c regress_migrate
CREATE EXTENSION scrutiny VERSION '0.6';
SET search_path = public, scrutiny;
SELECT ingest(E'MINUTES of a meeting of the Finance Committee of Kelderby Town Council held on Monday 9 September 2024 at 6.30 pm\n\n'
              '31/24 APOLOGIES\n\nNone.\n\f32/24 GRANTS\n\nResolved: That the grants be paid.\n\f\f33/24 CLOSE\n\nNoted.\n',
              'Kelderby Town Council', 'Finance Committee') IS NOT NULL AS ingested;
ALTER EXTENSION scrutiny UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'scrutiny';
SELECT label, page FROM item ORDER BY ordinal;
SELECT count(*) AS pages_after_reparse FROM (SELECT reparse()) r, item WHERE page IS NOT NULL;
\c contrib_regression
DROP DATABASE regress_migrate;
