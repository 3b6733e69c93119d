-- The reference load: one loader, every document once in order (each
-- ingest its own transaction), then again the version each corrected
-- meeting ended with in the concurrent load (-v winners='{ids of conc.doc}'),
-- so that both loads end with the same texts.
SET client_min_messages = warning;
SELECT format('SELECT scrutiny.ingest(%L, %L, %L, NULL, %L)', doc, council, body, source)
  FROM conc.doc ORDER BY id
\gexec
SELECT format('SELECT scrutiny.ingest(%L, %L, %L, NULL, %L)', d.doc, d.council, d.body, d.source)
  FROM conc.doc d
 WHERE d.id = ANY (:'winners'::int[])
   AND EXISTS (SELECT FROM conc.doc v
                WHERE v.council = d.council AND v.body = d.body AND v.held_on = d.held_on AND v.id <> d.id)
 ORDER BY d.id
\gexec
