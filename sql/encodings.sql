SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS scrutiny;
RESET client_min_messages;
SET search_path = public, scrutiny;
\set VERBOSITY terse
-- Server encodings.  This file is ASCII: its other characters are made with
-- chr(), which gives the code point in UTF8 and the byte in a single-byte
-- encoding, and nothing it prints is other than ASCII, so it reads and
-- prints the same in every client encoding.  make test runs it in UTF8 (the
-- regress suite) and in LATIN1 and SQL_ASCII (the encodings suite); the
-- answers that differ have an expected file each.  The minutes are invented.

SELECT CASE WHEN getdatabaseencoding() = 'UTF8' THEN 'UTF8' ELSE 'single-byte' END AS encoding;

-- e acute, E acute and the pound sign: one character each in all three
-- encodings (two bytes in UTF8), so every offset is the same in each
CREATE TEMP TABLE enc_doc AS
SELECT format(E'NORTHFOLD PARISH COUNCIL\n\nMinutes of the meeting held on 3 June 2024\n\n'
              'Present: Cllr A Ren%1$se (Chair), Cllr B Okafor and Cllr C Doyle\n\n'
              '12/24 CAF%2$s LEASE\n\n'
              'The lease of the caf%1$s at %3$s1,200 a year was noted. See minute 11/24.\n\n'
              'RESOLVED: That the lease be renewed at %3$s1,250 a year.\n\n'
              '13/24 DATE OF NEXT MEETING\n\n'
              'RESOLVED: That the next meeting be held on 1 July 2024.\n',
              chr(233), chr(201), chr(163)) AS doc;

-- Each span is a substr() of the document that opens with its label
SELECT i.ordinal, i.label, i.start, i.len,
       substr(d.doc, i.start, i.len) LIKE i.label || '%' AS span_opens_with_label,
       position(i.body IN substr(d.doc, i.start, i.len)) > 0 AS body_inside
  FROM enc_doc d, items(d.doc) i ORDER BY i.ordinal;

SELECT i.label, r.ordinal, r.kind, r.start, r.len,
       substr(i.body, r.start, r.len) LIKE 'That the%' AS span_is_wording
  FROM enc_doc d, items(d.doc) i, resolutions(i.body) r ORDER BY i.ordinal, r.ordinal;

SELECT r.label, r.start, r.len, substr(d.doc, r.start, r.len) = r.label AS span_is_label
  FROM enc_doc d, minute_refs(d.doc) r;

SELECT a.ordinal, a.status, length(a.name) AS name_chars
  FROM enc_doc d, attendance(d.doc) a ORDER BY a.ordinal;

-- Sums of money are read with the text search parser's tokens, so they need
-- a UTF8 database: elsewhere the function says so (0A000)
SELECT a.amount, a.currency, substr(i.body, a.start, a.len) = a.label AS span_is_label
  FROM enc_doc d, items(d.doc) i, amounts(i.body) a ORDER BY i.ordinal, a.start;

-- Bytes that are no UTF-8 (in SQL_ASCII they are kept as they are; in UTF8
-- and LATIN1, chr() makes characters of them) never crash a scanner nor give
-- a span substr() cannot use
CREATE TEMP TABLE odd_doc AS
SELECT E'21/24 APOLOGIES ' || chr(255) || chr(195) || E'\n\nNone were received ' || chr(195) || E'.\n\n'
       || E'22/24 MINUTES\n\n' || chr(226) || chr(128) || E'RESOLVED: That the minutes of 21/24 be approved.\n' AS doc;

SELECT i.ordinal, i.label, substr(d.doc, i.start, i.len) LIKE i.label || '%' AS span_opens_with_label
  FROM odd_doc d, items(d.doc) i ORDER BY i.ordinal;
SELECT count(*) AS resolutions
  FROM odd_doc d, items(d.doc) i, resolutions(i.body) r;
SELECT r.label, substr(d.doc, r.start, r.len) = r.label AS span_is_label
  FROM odd_doc d, minute_refs(d.doc) r;
SELECT length(clean(doc)) > 0 AS cleaned FROM odd_doc;

-- The text search parser reads UTF-8 only: elsewhere it says so (0A000)
SELECT count(*) FROM tokenize('The Committee noted the report.');
