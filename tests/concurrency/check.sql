-- What must hold after the concurrent load, whatever order the loaders
-- ran in.  Output: name|ok|detail per check (ok is t or f).
SET search_path = public, scrutiny;  -- the minute_ref operators

CREATE TEMP VIEW expected_meeting AS
SELECT council, body, held_on, count(*) AS versions, array_agg(sha256) AS shas
  FROM conc.doc GROUP BY council, body, held_on;

CREATE TEMP VIEW held AS
SELECT c.name AS council, b.name AS body, m.held_on, m.council_id, m.id AS meeting_id
  FROM scrutiny.meeting m
  JOIN scrutiny.council c ON c.id = m.council_id
  JOIN scrutiny.body b ON b.council_id = m.council_id AND b.id = m.body_id;

CREATE TEMP TABLE checks (ord serial, name text, ok boolean, detail text);

-- One meeting per council, body and date, and no other.
INSERT INTO checks (name, ok, detail)
SELECT 'one meeting per council, body and date',
       count(*) = (SELECT count(*) FROM expected_meeting)
       AND count(*) = count(DISTINCT (council, body, held_on))
       AND count(*) = count(*) FILTER (WHERE EXISTS (
               SELECT FROM expected_meeting e
                WHERE e.council = h.council AND e.body = h.body AND e.held_on = h.held_on)),
       format('%s meetings (%s distinct) for %s expected', count(*),
              count(DISTINCT (council, body, held_on)), (SELECT count(*) FROM expected_meeting))
  FROM held h;

-- One minutes document per meeting, and it is one of that meeting's texts.
INSERT INTO checks (name, ok, detail)
SELECT 'one minutes document per meeting, one of its versions',
       count(*) FILTER (WHERE docs = 1 AND ours) = (SELECT count(*) FROM held) AND sum(docs) = count(*),
       format('%s meetings with one document of their own, %s documents in all',
              count(*) FILTER (WHERE docs = 1 AND ours), sum(docs))
  FROM (SELECT h.meeting_id,
               (SELECT count(*) FROM scrutiny.document d
                 WHERE d.council_id = h.council_id AND d.meeting_id = h.meeting_id AND d.kind = 'minutes') AS docs,
               (SELECT bool_and(d.sha256 = ANY (e.shas)) FROM scrutiny.document d
                 WHERE d.council_id = h.council_id AND d.meeting_id = h.meeting_id) AS ours
          FROM held h
          JOIN expected_meeting e ON e.council = h.council AND e.body = h.body AND e.held_on = h.held_on) x;

-- One document row per distinct content of a council: every meeting with
-- a single version has exactly that text, once.
INSERT INTO checks (name, ok, detail)
SELECT 'one document per distinct content',
       bool_and(n = 1), format('%s single-version documents, %s held once, %s missing, %s held twice or more',
                               count(*), count(*) FILTER (WHERE n = 1), count(*) FILTER (WHERE n = 0),
                               count(*) FILTER (WHERE n > 1))
  FROM (SELECT (SELECT count(*) FROM scrutiny.document x
                  JOIN scrutiny.council c ON c.id = x.council_id
                 WHERE lower(c.name) = lower(e.council) AND x.sha256 = e.shas[1]) AS n
          FROM expected_meeting e WHERE e.versions = 1) s;

-- Every row of a meeting comes from the meeting's document.
INSERT INTO checks (name, ok, detail)
SELECT 'rows of a meeting from its document',
       count(*) = 0, format('%s items or declarations from another document', count(*))
  FROM (SELECT i.id FROM scrutiny.item i
          JOIN scrutiny.document d ON d.council_id = i.council_id AND d.id = i.document_id
         WHERE d.meeting_id <> i.meeting_id
        UNION ALL
        SELECT x.id FROM scrutiny.declaration x
          JOIN scrutiny.document d ON d.council_id = x.council_id AND d.id = x.document_id
         WHERE d.meeting_id <> x.meeting_id) bad;

-- Every citation that could point at an item does, at one with the cited
-- number in the same council and body.
INSERT INTO checks (name, ok, detail)
SELECT 'every resolvable citation resolved',
       count(*) FILTER (WHERE c.cited_item_id IS NULL AND could) = 0
       AND count(*) FILTER (WHERE c.cited_item_id IS NOT NULL AND NOT right_item) = 0
       AND count(*) FILTER (WHERE c.cited_item_id IS NOT NULL) > 0,
       format('%s citations, %s resolved, %s resolvable but not resolved, %s resolved to a wrong item',
              count(*), count(*) FILTER (WHERE c.cited_item_id IS NOT NULL),
              count(*) FILTER (WHERE c.cited_item_id IS NULL AND could),
              count(*) FILTER (WHERE c.cited_item_id IS NOT NULL AND NOT right_item))
  FROM (SELECT c.*,
               EXISTS (SELECT FROM scrutiny.item j
                         JOIN scrutiny.meeting jm ON jm.council_id = j.council_id AND jm.id = j.meeting_id
                        WHERE j.council_id = c.council_id AND j.ref = c.cited_ref AND jm.body_id = m.body_id) AS could,
               EXISTS (SELECT FROM scrutiny.item j
                         JOIN scrutiny.meeting jm ON jm.council_id = j.council_id AND jm.id = j.meeting_id
                        WHERE j.council_id = c.council_id AND j.id = c.cited_item_id
                          AND j.ref = c.cited_ref AND jm.body_id = m.body_id) AS right_item
          FROM scrutiny.citation c
          JOIN scrutiny.item i ON i.council_id = c.council_id AND i.id = c.item_id
          JOIN scrutiny.meeting m ON m.council_id = i.council_id AND m.id = i.meeting_id) c;

SELECT concat_ws('|', name, ok, detail) FROM checks ORDER BY ord;
