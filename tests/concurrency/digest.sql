-- What two loads must agree on: for each table, the number of rows and the
-- md5 of its rows in order, without ids (surrogate keys and their order
-- depend on which loader came first).  Meetings are named by council,
-- body and date, items by their meeting and ordinal, people by their key.
-- Output: name|rows|md5, one line per table.
CREATE TEMP VIEW mk AS
SELECT m.council_id, m.id, concat_ws('|', c.name, b.name, m.held_on) AS key
  FROM scrutiny.meeting m
  JOIN scrutiny.council c ON c.id = m.council_id
  JOIN scrutiny.body b ON b.council_id = m.council_id AND b.id = m.body_id;
CREATE TEMP VIEW ik AS
SELECT i.council_id, i.id, mk.key || '#' || i.ordinal AS key
  FROM scrutiny.item i JOIN mk ON mk.council_id = i.council_id AND mk.id = i.meeting_id;
CREATE TEMP VIEW pk AS
SELECT p.council_id, p.id, c.name || '|' || p.key AS key
  FROM scrutiny.person p JOIN scrutiny.council c ON c.id = p.council_id;

CREATE TEMP VIEW digest_rows (name, r) AS
SELECT 'documents (generated)', concat_ws('|', id, council, body, held_on, version, sha256, source)
  FROM conc.doc
UNION ALL
SELECT 'meetings', concat_ws('|', mk.key, b.kind, m.starts_at, m.ends_at, m.venue, m.municipal_year,
                             m.adjourned, m.external_id)
  FROM scrutiny.meeting m
  JOIN mk ON mk.council_id = m.council_id AND mk.id = m.id
  JOIN scrutiny.body b ON b.council_id = m.council_id AND b.id = m.body_id
UNION ALL
SELECT 'documents', concat_ws('|', mk.key, d.kind, d.source, d.sha256, md5(d.content), md5(d.public_content),
                              d.parser_version)
  FROM scrutiny.document d JOIN mk ON mk.council_id = d.council_id AND mk.id = d.meeting_id
UNION ALL
SELECT 'items', concat_ws('|', ik.key, d.sha256, i.ref, i.label, i.title, md5(i.body), i.start, i.len,
                          i.exempt, i.exempt_paragraph, i.exempt_basis, md5(i.tsv::text),
                          md5(p.body), p.start, p.len)
  FROM scrutiny.item i
  JOIN ik ON ik.council_id = i.council_id AND ik.id = i.id
  LEFT JOIN scrutiny.item_private p ON p.council_id = i.council_id AND p.item_id = i.id
  JOIN scrutiny.document d ON d.council_id = i.council_id AND d.id = i.document_id
UNION ALL
SELECT 'resolutions', concat_ws('|', ik.key, r.ordinal, r.label, r.text, r.kind, r.votes_for,
                                r.votes_against, r.abstentions, r.carried, r.private)
  FROM scrutiny.resolution_all r JOIN ik ON ik.council_id = r.council_id AND ik.id = r.item_id
UNION ALL
SELECT 'citations', concat_ws('|', ik.key, c.cited_ref, c.label, c.relation, coalesce(cited.key, '-'), c.private)
  FROM scrutiny.citation_all c
  JOIN ik ON ik.council_id = c.council_id AND ik.id = c.item_id
  LEFT JOIN ik cited ON cited.council_id = c.council_id AND cited.id = c.cited_item_id
UNION ALL
SELECT 'actions', concat_ws('|', ik.key, r.ordinal, a.ordinal, a.text, a.kind, a.owner, a.due, a.due_on,
                            a.status, a.closed_on, a.note, a.private)
  FROM scrutiny.action_all a
  JOIN ik ON ik.council_id = a.council_id AND ik.id = a.item_id
  LEFT JOIN scrutiny.resolution_all r ON r.council_id = a.council_id AND r.id = a.resolution_id
                                     AND r.private = a.private
UNION ALL
SELECT 'amounts', concat_ws('|', ik.key, a.amount, a.currency, a.label, a.private)
  FROM scrutiny.amount_all a JOIN ik ON ik.council_id = a.council_id AND ik.id = a.item_id
UNION ALL
SELECT 'people', concat_ws('|', pk.key, p.name, p.honorific)
  FROM scrutiny.person p JOIN pk ON pk.council_id = p.council_id AND pk.id = p.id
UNION ALL
SELECT 'attendance', concat_ws('|', mk.key, pk.key, a.status, a.role, a.category, a.organisation, a.source)
  FROM scrutiny.attendance a
  JOIN mk ON mk.council_id = a.council_id AND mk.id = a.meeting_id
  JOIN pk ON pk.council_id = a.council_id AND pk.id = a.person_id
UNION ALL
SELECT 'declarations', concat_ws('|', mk.key, d.sha256, pk.key, coalesce(ik.key, '-'), x.item_label,
                                 x.interest, x.kind)
  FROM scrutiny.declaration x
  JOIN mk ON mk.council_id = x.council_id AND mk.id = x.meeting_id
  JOIN scrutiny.document d ON d.council_id = x.council_id AND d.id = x.document_id
  JOIN pk ON pk.council_id = x.council_id AND pk.id = x.person_id
  LEFT JOIN ik ON ik.council_id = x.council_id AND ik.id = x.item_id;

SELECT n.name || '|' || count(d.r) || '|' || coalesce(md5(string_agg(d.r, E'\n' ORDER BY d.r COLLATE "C")), '-')
  FROM unnest(ARRAY['documents (generated)', 'meetings', 'documents', 'items', 'resolutions', 'citations',
                    'actions', 'amounts', 'people', 'attendance', 'declarations']) WITH ORDINALITY n(name, o)
  LEFT JOIN digest_rows d ON d.name = n.name
 GROUP BY n.name, n.o
 ORDER BY n.o;
