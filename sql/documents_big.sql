-- A 50 MB generated document (invented text in the forms of real minutes):
-- every item and resolution is found, and a long call can be cancelled.
SET search_path = public, scrutiny;

CREATE TEMP TABLE big AS
SELECT string_agg(format($f$
%s/19 REVIEW OF SERVICE AREA %s

The Committee considered a report on service area %s. Members asked about
the budget position and the staffing plan for the coming year, and about
the figures in paragraph 3.1 of the report (£%s,000 in total).

Resolved:

- 1. That the report be noted;
- 2. That a briefing note on area %s be circulated to Members.

Eastmere Borough Council - Scrutiny Committee - 5 June 2019

$f$, i, i, i, i % 900 + 100, i), '') AS doc
FROM generate_series(1, 60000) i;

SELECT octet_length(doc) > 50 * 1024 * 1024 AS over_50_mb FROM big;

SELECT count(*) AS items, min(i.ordinal) AS first, max(i.ref) AS last,
       count(DISTINCT i.title) AS titles
FROM big, items(big.doc) i;

SELECT r.kind, count(*)
FROM big, items(big.doc) i, resolutions(i.body) r
GROUP BY r.kind ORDER BY r.kind;

SELECT count(*) AS parts FROM big, parts(big.doc);
SELECT octet_length(clean(doc)) < octet_length(doc) AS shorter FROM big;

-- A cancel request (here a statement timeout) stops a long call.
SET statement_timeout = '20ms';
\set VERBOSITY sqlstate
SELECT count(*) FROM big, items(big.doc) i, resolutions(i.body) r;
SELECT octet_length(clean(doc)) FROM big;
\set VERBOSITY default
RESET statement_timeout;
