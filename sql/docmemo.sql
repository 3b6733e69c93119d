SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS scrutiny;
RESET client_min_messages;
SET search_path = public, scrutiny;
-- The document memo: meeting_info, attendance, declarations and items asked
-- about one document share its detoasted text and its structure.  Whatever
-- was asked before, each call must answer as if it were the only one.  The
-- minutes are invented.

CREATE TEMP TABLE memo_docs (id int, doc text);
-- out of line and uncompressed: the memo knows these by their TOAST pointer
ALTER TABLE memo_docs ALTER doc SET STORAGE EXTERNAL;
INSERT INTO memo_docs
SELECT id, format($m$
MINUTES OF THE %s SCRUTINY PANEL
held on 4 May 2022 at 6.00 pm at the Guildhall, Market Street

Present: Councillor R Abbott (Chair), Councillors S %s, T Quinn and U Vance.

Apologies: Councillor W Yates.

12/22 DECLARATIONS OF INTEREST

Councillor T Quinn declared a pecuniary interest in minute 14/22.

13/22 MINUTES

RESOLVED: That the minutes of the meeting held on 2 March 2022 be approved.

14/22 LIBRARY OPENING HOURS

%s

RESOLVED: That a briefing note on weekend opening be circulated to members.

The meeting ended at 7.45 pm.
$m$, panel, member, repeat('The Panel discussed the branch libraries. ', 60))
FROM (VALUES (1, 'COMMUNITIES', 'Fox'), (2, 'ENVIRONMENT', 'Fry')) v(id, panel, member);
SELECT id, pg_column_size(doc) > 2000 AS out_of_line FROM memo_docs ORDER BY id;

-- Each function on its own, then all of them over the same rows in one query:
-- the same rows.
-- (each statement is a transaction of its own, and the memo ends with it)
CREATE TEMP TABLE alone (id int, f text, r text);
INSERT INTO alone SELECT id, 'meeting', m::text FROM memo_docs, meeting_info(doc) m;
INSERT INTO alone SELECT id, 'attendance', a::text FROM memo_docs, attendance(doc) a;
INSERT INTO alone SELECT id, 'declarations', x::text FROM memo_docs, declarations(doc) x;
INSERT INTO alone SELECT id, 'items', i::text FROM memo_docs, items(doc) i;
CREATE TEMP TABLE together AS
SELECT id, f, r FROM memo_docs, LATERAL (
    SELECT 'meeting' AS f, m::text AS r FROM meeting_info(doc) m
    UNION ALL SELECT 'attendance', a::text FROM attendance(doc) a
    UNION ALL SELECT 'declarations', x::text FROM declarations(doc) x
    UNION ALL SELECT 'items', i::text FROM items(doc) i) t;
SELECT f, count(*) FROM alone GROUP BY f ORDER BY f;
SELECT count(*) AS differences FROM
  ((TABLE alone EXCEPT ALL TABLE together) UNION ALL (TABLE together EXCEPT ALL TABLE alone)) d;

-- A document changed in the middle of a transaction is read again.
BEGIN;
SELECT name FROM memo_docs, attendance(doc) WHERE id = 1 ORDER BY ordinal;
UPDATE memo_docs SET doc = replace(doc, 'Fox', 'Fairley') WHERE id = 1;
SELECT name FROM memo_docs, attendance(doc) WHERE id = 1 ORDER BY ordinal;
COMMIT;
SELECT name FROM memo_docs, attendance(doc) WHERE id = 1 ORDER BY ordinal;

-- Values that are not stored out of line are compared byte for byte: two
-- documents of the same length that differ in one letter.
SELECT name FROM attendance(E'Present: Councillors A Bell and C Dunn.\n') ORDER BY ordinal;
SELECT name FROM attendance(E'Present: Councillors A Bell and C Duff.\n') ORDER BY ordinal;
SELECT name FROM attendance(E'Present: Councillors A Bell and C Dunn.\n') ORDER BY ordinal;

-- The caller's headings and the built-in ones over the same document, in turn.
SELECT label, title FROM memo_docs, items(doc) WHERE id = 2 ORDER BY ordinal;
SELECT label, title FROM memo_docs,
       items(doc, heading_pattern => '^(?<number>1[34])/(?<year>22) (?<title>.+)$') WHERE id = 2 ORDER BY ordinal;
SELECT label, title FROM memo_docs, items(doc) WHERE id = 2 ORDER BY ordinal;

-- An error after the structure is built leaves nothing wrong behind.
SELECT count(*) FROM memo_docs, items(doc, heading_pattern => '(') WHERE id = 2;
SELECT count(*) FROM memo_docs, items(doc) WHERE id = 2;

-- So does a cancel while it is being built: the next call builds it again.
CREATE TEMP TABLE memo_long (doc text);
ALTER TABLE memo_long ALTER doc SET STORAGE EXTERNAL;
INSERT INTO memo_long
SELECT string_agg(format(E'%s/22 ITEM %s\n\nThe Panel discussed the branch libraries.\n\n', i, i), '')
FROM generate_series(1, 90000) i;
SELECT octet_length(doc) < 8 * 1024 * 1024 AS kept_by_the_memo FROM memo_long;
-- (in a transaction, which keeps the memo: a savepoint takes the cancel)
BEGIN;
SAVEPOINT before_cancel;
SET LOCAL statement_timeout = '10ms';
\set VERBOSITY sqlstate
SELECT count(*) FROM memo_long, attendance(doc);
\set VERBOSITY default
ROLLBACK TO before_cancel;
SELECT count(*), max(label) FILTER (WHERE ordinal = 90000) FROM memo_long, items(doc);
COMMIT;

-- A document larger than the memo keeps (8 MB) is worked on call by call.
SELECT count(*) FROM (SELECT repeat(E'Present: Councillor A Brown (Chair), Councillors C Dale and E Fox.\n', 130000) AS doc) big, attendance(big.doc);
-- Nor is the structure of one with more lines than it keeps (262,144).
SELECT name FROM attendance(E'Present: Councillors A Bell and C Dunn.\n\n5/22 APOLOGIES\n\nNone.\n' ||
                            repeat(E'\n', 300000));
SELECT label, title FROM items(E'Present: Councillors A Bell and C Dunn.\n\n5/22 APOLOGIES\n\nNone.\n' ||
                               repeat(E'\n', 300000));
DROP TABLE memo_docs, alone, together, memo_long;
