-- 10,000 generated meetings for the dashboards' views (tests/bench/bench.sh),
-- inserted straight into the scrutiny tables (ingest would take too long):
-- 3 councils, 20 bodies, 500 meetings each from May 2012 to April 2024
-- (12 municipal years), and per meeting on average 10 items, 15
-- resolutions, 12 attendance rows, 2 actions, 3 citations (4 in 5
-- resolved, to an item of the body's previous meeting) and 2 sums of money.
-- Deterministic: every choice is arithmetic on the row numbers.
TRUNCATE scrutiny.council, scrutiny.body, scrutiny.meeting, scrutiny.document, scrutiny.item,
         scrutiny.resolution, scrutiny.person, scrutiny.attendance, scrutiny.declaration,
         scrutiny.citation, scrutiny.action, scrutiny.amount RESTART IDENTITY CASCADE;

INSERT INTO scrutiny.council (name)
VALUES ('Northfold District Council'), ('Eastmere Borough Council'), ('Kingsbridge City Council');

-- 7 bodies for each council but the last, which has 6
INSERT INTO scrutiny.body (council_id, name, kind)
SELECT c.id, b.name, scrutiny.body_kind(b.name)
  FROM scrutiny.council c
 CROSS JOIN unnest(ARRAY['Cabinet', 'Council', 'Planning Committee', 'Licensing Committee',
                         'Audit and Governance Committee', 'Children''s Overview and Scrutiny Committee',
                         'Health Scrutiny Panel']) WITH ORDINALITY b(name, o)
 WHERE c.id < 3 OR b.o < 7
 ORDER BY c.id, b.o;

-- 60 people per council; a body's members are 16 of them
INSERT INTO scrutiny.person (council_id, name, key, honorific)
SELECT c.id, n.name, scrutiny.person_key(n.name), 'Councillor'
  FROM scrutiny.council c,
       LATERAL (SELECT chr(65 + p % 26) || '. ' || (ARRAY['Okafor', 'Brackley', 'Amadi', 'Rennard', 'Willcox',
                       'Hollins', 'Quarmby', 'Rusk', 'Sefton', 'Wray', 'Iyer', 'Towe'])[1 + p % 12]
                       || CASE WHEN p >= 26 THEN '-' || p / 26 ELSE '' END AS name
                  FROM generate_series(0, 59) p) n
 ORDER BY c.id, n.name;

CREATE TEMP TABLE gen_body AS
SELECT b.council_id, b.id AS body_id, row_number() OVER (ORDER BY b.id) - 1 AS bn FROM scrutiny.body b;

-- meeting g: body g mod 20, the body's k-th meeting, about every 9 days
CREATE TEMP TABLE gen_meeting AS
SELECT g, b.council_id, b.body_id, b.bn, (g - 1) / 20 AS k,
       date '2012-05-08' + (((g - 1) / 20) * 4370 / 500 + b.bn % 7)::int AS held_on,
       6 + (g * 7) % 9 AS n_items
  FROM generate_series(1, 10000) g
  JOIN gen_body b ON b.bn = (g - 1) % 20;

INSERT INTO scrutiny.meeting (council_id, body_id, held_on, starts_at, ends_at, venue, external_id)
SELECT council_id, body_id, held_on, time '18:00' + (bn % 3) * interval '30 min',
       time '19:30' + (g % 5) * interval '10 min', 'Council Chamber', 'g' || g
  FROM gen_meeting ORDER BY g;
ALTER TABLE gen_meeting ADD COLUMN meeting_id bigint, ADD COLUMN municipal_year int;
UPDATE gen_meeting gm SET meeting_id = m.id, municipal_year = m.municipal_year
  FROM scrutiny.meeting m WHERE m.council_id = gm.council_id AND m.external_id = 'g' || gm.g;

INSERT INTO scrutiny.document (council_id, meeting_id, kind, source, content, public_content, sha256, parser_version)
SELECT council_id, meeting_id, 'minutes', 'generated ' || g, 'Minutes of generated meeting ' || g,
       'Minutes of generated meeting ' || g, encode(sha256(convert_to('generated ' || g, 'UTF8')), 'hex'), '0.4'
  FROM gen_meeting ORDER BY g;

-- items: numbered on through the body's municipal year
INSERT INTO scrutiny.item (council_id, meeting_id, document_id, ordinal, ref, label, title, body, start, len,
                           exempt, exempt_paragraph, exempt_basis)
SELECT m.council_id, m.meeting_id, d.id, o,
       scrutiny.minute_ref(m.first_no + o - 1, m.municipal_year),
       (m.first_no + o - 1) || '/' || lpad((m.municipal_year % 100)::text, 2, '0'),
       (ARRAY['Apologies', 'Declarations of Interest', 'Minutes', 'Budget Monitoring', 'Home to School Transport',
              'Housing Repairs', 'Work Programme', 'Planning Application', 'Library Services', 'Adult Social Care',
              'Waste Collection Contract', 'Date of Next Meeting'])[1 + (m.g + o) % 12],
       format('The Committee considered a report of the Director on item %s of meeting %s. Members asked about '
              'the overspend of £%s against the budget and the waiting times for assessments set out in '
              'section 4.2 of the report. The Chair thanked officers for the update and noted that a further '
              'report would be brought to a future meeting of the Committee.', o, m.g, 1000 * (m.g % 977 + o)),
       1 + (o - 1) * 400, 400,
       (m.g + o) % 50 = 0,
       CASE WHEN (m.g + o) % 50 = 0 THEN '3' END,
       CASE WHEN (m.g + o) % 50 = 0 THEN 'Schedule 12A' END
  FROM (SELECT gm.*, 1 + coalesce(sum(n_items) OVER (PARTITION BY body_id, municipal_year ORDER BY held_on
                                                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int AS first_no
          FROM gen_meeting gm) m
  JOIN scrutiny.document d ON d.council_id = m.council_id AND d.meeting_id = m.meeting_id
 CROSS JOIN generate_series(1, m.n_items) o
 ORDER BY m.g, o;

-- an exempt item's text is private: its public row has none, and no rows
-- are derived from it in the shared tables
INSERT INTO scrutiny.item_private (council_id, item_id, body, start, len)
SELECT council_id, id, body, start, len FROM scrutiny.item WHERE exempt;
UPDATE scrutiny.item SET body = '' WHERE exempt;

-- Statistics before the rows that refer to items: the foreign-key checks
-- are planned from them, and a table never analysed is planned as if empty
-- (a sequential scan of 100,000 items for each of 150,000 resolutions).
ANALYZE scrutiny.meeting, scrutiny.document, scrutiny.item;

-- 0 to 3 resolutions an item (1.5 on average)
INSERT INTO scrutiny.resolution (council_id, item_id, meeting_id, ordinal, label, text, kind, votes_for,
                                 votes_against, abstentions, carried)
SELECT i.council_id, i.id, i.meeting_id, r, '(' || r || ')',
       'That the report be ' || (ARRAY['noted', 'agreed', 'approved', 'deferred', 'refused', 'recommended'])[1 + (i.id + r) % 6],
       (ARRAY['noted', 'agreed', 'approved', 'deferred', 'refused', 'recommended'])[1 + (i.id + r) % 6],
       CASE WHEN i.id % 10 = 0 THEN 6 END, CASE WHEN i.id % 10 = 0 THEN 2 END,
       CASE WHEN i.id % 10 = 0 THEN 1 END, CASE WHEN i.id % 10 = 0 THEN true END
  FROM scrutiny.item i CROSS JOIN generate_series(1, (i.id * 5) % 4) r
 WHERE NOT i.exempt
 ORDER BY i.id, r;

-- an action on one item in 5: 3 in 5 open
INSERT INTO scrutiny.action (council_id, item_id, meeting_id, resolution_id, ordinal, text, kind, owner, due,
                             due_on, status, closed_on)
SELECT i.council_id, i.id, i.meeting_id, r.id, 1, 'Officers to circulate a briefing note to Members',
       (ARRAY['briefing_note', 'report', 'visit', 'information'])[1 + i.id % 4], 'Director',
       CASE WHEN i.id % 3 <> 0 THEN 'by the next meeting' END,
       CASE WHEN i.id % 3 <> 0 THEN m.held_on + 28 + (i.id % 60)::int END,
       (ARRAY['open', 'open', 'open', 'done', 'dropped'])[1 + i.id / 5 % 5],
       CASE WHEN i.id / 5 % 5 >= 3 THEN m.held_on + 40 END
  FROM scrutiny.item i
  JOIN scrutiny.meeting m ON m.council_id = i.council_id AND m.id = i.meeting_id
  LEFT JOIN scrutiny.resolution r ON r.council_id = i.council_id AND r.item_id = i.id AND r.ordinal = 1
 WHERE i.id % 5 = 0 AND NOT i.exempt
 ORDER BY i.id;

-- citations by 3 items in 10, of the item with the same place (or the
-- last) in the body's previous meeting; one in 5 cites a minute not held
INSERT INTO scrutiny.citation (council_id, item_id, cited_ref, label, relation, cited_item_id)
SELECT i.council_id, i.id,
       CASE WHEN (i.id / 10) % 5 = 0 THEN scrutiny.minute_ref(900 + i.ordinal, m.municipal_year) ELSE ci.ref END,
       CASE WHEN (i.id / 10) % 5 = 0 THEN (900 + i.ordinal)::text ELSE ci.label END,
       (ARRAY['refers', 'further_to', 'amends', 'confirms'])[1 + i.id % 4],
       CASE WHEN (i.id / 10) % 5 = 0 THEN NULL ELSE ci.id END
  FROM scrutiny.item i
  JOIN gen_meeting m ON m.council_id = i.council_id AND m.meeting_id = i.meeting_id
  JOIN gen_meeting pm ON pm.body_id = m.body_id AND pm.k = m.k - 1
  JOIN scrutiny.item ci ON ci.council_id = pm.council_id AND ci.meeting_id = pm.meeting_id
                       AND ci.ordinal = least(i.ordinal, pm.n_items)
 WHERE i.id % 10 IN (1, 4, 7) AND NOT i.exempt
 ORDER BY i.id;

-- two sums in one item in 10
INSERT INTO scrutiny.amount (council_id, item_id, amount, currency, label)
SELECT i.council_id, i.id, 1000 * (i.id % 977 + s), 'GBP', '£' || to_char(1000 * (i.id % 977 + s), 'FM999,999,999')
  FROM scrutiny.item i CROSS JOIN generate_series(1, 2) s
 WHERE i.id % 10 = 2 AND NOT i.exempt
 ORDER BY i.id, s;

-- 12 of the body's 16 members at each meeting: mostly present, some
-- apologies, a few absent or substituting
INSERT INTO scrutiny.attendance (council_id, meeting_id, person_id, status, role, category, source)
SELECT m.council_id, m.meeting_id, p.id,
       CASE WHEN (m.g + s) % 7 = 0 THEN 'apologies' WHEN (m.g + s) % 31 = 0 THEN 'absent'
            WHEN (m.g + s) % 23 = 0 THEN 'substitute' ELSE 'present' END,
       CASE WHEN s = 0 THEN 'Chair' WHEN s = 1 THEN 'Vice-Chair' END, 'member', 'minutes'
  FROM gen_meeting m
 CROSS JOIN generate_series(0, 11) s
  JOIN LATERAL (SELECT p.id FROM scrutiny.person p WHERE p.council_id = m.council_id
                 ORDER BY p.id OFFSET (m.bn * 3 + (s + m.k) % 16) % 60 LIMIT 1) p ON true
 ORDER BY m.g, s;

VACUUM ANALYZE scrutiny.council, scrutiny.body, scrutiny.meeting, scrutiny.document, scrutiny.item,
        scrutiny.resolution, scrutiny.person, scrutiny.attendance, scrutiny.citation, scrutiny.action,
        scrutiny.amount;
