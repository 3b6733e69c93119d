-- The parsing functions give the same rows under a parallel plan as under
-- a serial one: each function is PARALLEL SAFE and keeps nothing between
-- calls that a worker would not have.  Each function's rows over a table of
-- documents are digested with parallel query off, then with every
-- document's call run in a worker (Gather over a parallel scan).
CREATE TABLE parallel_docs (id int, doc text);
INSERT INTO parallel_docs
SELECT g, format($d$MINUTES OF THE MEETING OF FENWICK PARISH COUNCIL HELD ON %s MARCH 2024 AT 7.30 PM

Present: Cllr A Penrose (Chair), Cllr B Hale, Cllr C Moss and Cllr D Lee.
Apologies: Cllr E Dunn.

%s/24 DECLARATIONS OF INTEREST
Cllr Hale declared a pecuniary interest in item %s/24 (she owns land beside the site).

%s/24 MINUTES
RESOLVED that the minutes of the meeting held on 6 February 2024 be approved.

%s/24 PLANNING
24/0%s/FUL - Land at Mill Lane. The Council resolved to support the application, 5 votes for and 1 against.
Action: Clerk to reply to the planning authority by 20 March 2024.

%s/24 FINANCE
The payments of £1,2%s.00 were approved, a rise of 3%% on last year. The matter was deferred from minute 31/24.

The meeting closed at 9.05 pm.
$d$, 1 + g % 28, 40 + g % 7, 42 + g % 7, 41 + g % 7, 42 + g % 7, g % 100, 43 + g % 7, g % 10)
FROM generate_series(1, 400) g;
ANALYZE parallel_docs;

-- Each function's rows digested, as views run under both plans.
CREATE TEMP VIEW parallel_digests AS
SELECT 'items' AS fn, (SELECT md5(string_agg(x::text, '|' ORDER BY x::text))
  FROM (SELECT d.id, i FROM parallel_docs d, scrutiny.items(d.doc) i) x) AS digest
UNION ALL
SELECT 'resolutions' AS fn, (SELECT md5(string_agg(x::text, '|' ORDER BY x::text))
  FROM (SELECT d.id, r FROM parallel_docs d, scrutiny.items(d.doc) i, scrutiny.resolutions(i.body) r) x) AS digest
UNION ALL
SELECT 'facts' AS fn, (SELECT md5(string_agg(x::text, '|' ORDER BY x::text))
  FROM (SELECT d.id, scrutiny.clean(d.doc), m, p, a, dc, mr, t
          FROM parallel_docs d, scrutiny.meeting_info(d.doc) m,
               LATERAL (SELECT array_agg(p ORDER BY p.ordinal) FROM scrutiny.parts(d.doc) p) p(p),
               LATERAL (SELECT array_agg(a ORDER BY a.ordinal) FROM scrutiny.attendance(d.doc) a) a(a),
               LATERAL (SELECT array_agg(dc::text ORDER BY dc::text) FROM scrutiny.declarations(d.doc) dc) dc(dc),
               LATERAL (SELECT array_agg(mr::text ORDER BY mr.start) FROM scrutiny.minute_refs(d.doc) mr) mr(mr),
               LATERAL (SELECT count(*) FROM scrutiny.tokenize(d.doc)) t(t)) x) AS digest
UNION ALL
SELECT 'item_facts' AS fn, (SELECT md5(string_agg(x::text, '|' ORDER BY x::text))
  FROM (SELECT d.id, i.ordinal, c, ac, am, pc
          FROM parallel_docs d, scrutiny.items(d.doc) i,
               LATERAL (SELECT array_agg(c::text ORDER BY c.start) FROM scrutiny.citations(i.body, DATE '2024-03-01') c) c(c),
               LATERAL (SELECT array_agg(ac::text ORDER BY ac.ordinal) FROM scrutiny.actions(i.body, DATE '2024-03-01') ac) ac(ac),
               LATERAL (SELECT array_agg(am::text ORDER BY am.start) FROM scrutiny.amounts(i.body) am) am(am),
               LATERAL (SELECT array_agg(pc::text ORDER BY pc.start) FROM scrutiny.percentages(i.body) pc) pc(pc)) x) AS digest;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_digests AS SELECT * FROM parallel_digests;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT d.id, i FROM parallel_docs d, scrutiny.items(d.doc) i;
SELECT d.fn, d.digest = s.digest AS same
  FROM parallel_digests d JOIN serial_digests s USING (fn) ORDER BY d.fn;
-- the rows are not empty: a digest of nothing would match too
SELECT count(*) > 1000 AS resolutions_found FROM parallel_docs d, scrutiny.items(d.doc) i, scrutiny.resolutions(i.body) r;
RESET ALL;
DROP VIEW parallel_digests;
DROP TABLE serial_digests, parallel_docs;
