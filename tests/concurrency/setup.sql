-- The documents of the concurrency suite and the order loaders take them in.
-- Run with psql in a database where scrutiny is installed:
--   -v seed=0.42 -v rounds=4 -v burst=4
-- It creates schema conc: conc.doc (the documents), conc.plan (ticket ->
-- document), conc.ticket (the sequence loaders draw tickets from) and
-- conc.load() (what each pgbench transaction runs).
--
-- The documents are variants of examples/eastmere-children-scrutiny-2019-10-08.txt:
-- the same layout (heading, date line, attendance, numbered items with
-- "Resolved:" blocks), for 6 series of 5 meetings (2 councils, 3 bodies
-- each, Planning Committee in both), from January to May 2020 so that the
-- last meeting is in the next municipal year.  Each meeting's minutes cite
-- the previous meeting's first and last minutes and a minute of the one
-- before, so citations link documents that loaders take at the same time;
-- the first meetings also cite minutes from before the set, which stay
-- unresolved.  The council's name is not in the text: the Planning
-- Committee documents are the same text for both councils, which must
-- give one document in each.
--
-- Corrected versions: 5 more documents are other texts of 4 meetings
-- (version 2, and for one meeting version 3).  Version 2 adds a minute
-- that the next meeting cites, changes a vote and names one more
-- councillor present.  A later version replaces an earlier one, and so
-- does an earlier one ingested again after it (its content is no longer
-- held): which version a meeting ends with depends on which loader
-- committed last, so "exactly one copy" is per meeting, not per version.
-- The checks take the version each meeting ended with from the result and
-- require it to be one of that meeting's versions.
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS conc CASCADE;
CREATE SCHEMA conc;

CREATE FUNCTION conc.ref(n int, held date) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$ SELECT n || '/' || lpad((scrutiny.municipal_year(held) % 100)::text, 2, '0') $$;

CREATE FUNCTION conc.long_date(d date) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$ SELECT extract(day FROM d)::int || ' ' || trim(to_char(d, 'Month')) || ' ' || extract(year FROM d) $$;

-- One meeting's minutes.  k: the meeting's place in its series (0..4);
-- first: its first minute number; prev_*: the previous meeting (NULL for
-- the first); prev2_first: the one before that; prev_urgent: the previous
-- meeting's version 2 added minute prev_last + 1.
CREATE FUNCTION conc.minutes(body text, k int, held date, first int, version int,
                             prev_held date, prev_first int, prev_last int,
                             prev2_held date, prev2_first int, prev_corrected boolean,
                             next_held date)
RETURNS text LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
    -- the members of a body are the same at every meeting; names are
    -- shared between bodies so that loaders add the same people at once
    pool text[] := ARRAY['R. Pendleford', 'J. Okafor', 'L. Brackley', 'S. Amadi', 'P. Rennard',
                         'H. Willcox', 'T. Hollins', 'D. Quarmby', 'A. Rusk', 'M. Sefton',
                         'B. Wray', 'C. Iyer'];
    o int := length(body) % 6;
    chair text := pool[1 + o];
    vice text := pool[2 + o];
    members text[] := pool[3 + o : 6 + o];
    extra text := pool[7 + o];
    n int := first;
    t text;
    r text;
BEGIN
    t := upper(body) || E'\n\n'
      || upper(conc.long_date(held)) || E' AT 6.00 PM AT THE CIVIC CENTRE, EASTMERE\n\n'
      || 'Councillor ' || chair || E' (Chair) Committee Members present\n\n'
      || 'Councillor ' || vice || E' (Vice-Chair)\n\n'
      || (SELECT string_agg('Councillor ' || m, ' ') FROM unnest(members) m)
      || CASE WHEN version >= 2 THEN ' Councillor ' || extra ELSE '' END || E'\n\n'
      || E'Officers present Miriam Tollard - Director of Children''s Services\n\n'
      || E'Kate Lydgate - Democratic Services Officer\n\n';

    t := t || conc.ref(n, held) || E' APOLOGIES\n\n'
      || CASE WHEN version >= 2 THEN E'Apologies were received from Councillor Morrow.\n\n'
              ELSE E'Apologies were received from Councillors Hesketh and Morrow.\n\n' END;
    n := n + 1;

    t := t || conc.ref(n, held) || E' DECLARATIONS OF INTEREST\n\n'
      || 'Councillor ' || members[1] || ' declared an interest in minute ' || conc.ref(first + 3, held)
      || E' as a governor of Brookside Primary School.\n\n';
    n := n + 1;

    t := t || conc.ref(n, held) || E' MINUTES\n\n';
    IF prev_held IS NULL THEN
        t := t || 'A Member requested that the third paragraph of Minute ' || conc.ref(first - 7, held)
          || E' be amended to read: ''The Committee asked for the waiting times for assessments''.\n\n';
        r := 'the previous meeting';
    ELSE
        r := 'the meeting held on ' || conc.long_date(prev_held) || ' (Minutes ' || conc.ref(prev_first, prev_held)
          || ' to ' || conc.ref(prev_last, prev_held) || ')';
    END IF;
    t := t || E'Resolved:\n\nThat the minutes of ' || r
      || E', as amended, be approved as a true and accurate record.\n\n';
    n := n + 1;

    t := t || conc.ref(n, held) || ' ' || upper(CASE k % 3 WHEN 0 THEN 'Home to school transport'
                                                        WHEN 1 THEN 'Budget monitoring'
                                                        ELSE 'Housing repairs' END) || E'\n\n'
      || CASE WHEN prev2_held IS NOT NULL
              THEN 'Further to minute ' || conc.ref(prev2_first + 3, prev2_held) || ' the'
              ELSE 'Further to minute ' || conc.ref(first - 15, held) || ' the' END
      || ' Committee considered a report of the Director. Spending had risen to £'
      || (1 + k) || '.' || (length(body) % 10) || 'm in 2019/20, against a budget of £'
      || to_char(900000 + 10000 * k, 'FM999,999') || '. Officers agreed to provide a briefing note by '
      || to_char(held + 28, 'DD/MM/YY') || E'.\n\n'
      || E'Resolved:\n\n(1) That the report be noted;\n\n'
      || E'(2) That a briefing note on the overspend be circulated to Members.\n\n';
    n := n + 1;

    t := t || conc.ref(n, held) || E' WORK PROGRAMME\n\n'
      || 'The Committee considered its work programme'
      || CASE WHEN prev_held IS NOT NULL
              THEN ', including the items deferred at minutes ' || conc.ref(prev_first + 4, prev_held)
                   || ' and ' || conc.ref(prev_first + 5, prev_held)
              ELSE '' END
      || CASE WHEN prev_corrected
              THEN ' and the urgent business at minute ' || conc.ref(prev_last + 1, prev_held)
              ELSE '' END
      || E'.\n\nResolved:\n\nThat the work programme be approved.\n\n';
    n := n + 1;

    t := t || conc.ref(n, held) || E' APPLICATION FOR A BUS DEPOT\n\n'
      || E'The Committee considered the officer''s report.\n\n'
      || 'RESOLVED on a vote of ' || CASE WHEN version >= 2 THEN '6 to 1' ELSE '5 to 2' END
      || E' to grant permission subject to the conditions in the report.\n\n';
    n := n + 1;

    t := t || conc.ref(n, held) || E' DATE OF NEXT MEETING\n\nResolved:\n\n'
      || 'That the next meeting be held on ' || conc.long_date(next_held) || E'.\n\n';

    IF version >= 2 THEN
        n := n + 1;
        t := t || conc.ref(n, held) || E' URGENT BUSINESS\n\n'
          || E'The Chair agreed to take an urgent item on the school transport contract.\n\n'
          || E'Resolved:\n\nThat the Director report to the next meeting on the contract.\n\n';
    END IF;
    IF version >= 3 THEN
        t := t || E'(Correction of ' || conc.long_date(held + 30) || E': the vote at minute '
          || conc.ref(first + 5, held) || E' was recorded in error.)\n\n';
    END IF;
    RETURN t || E'The meeting terminated at 7.41 pm.\n';
END
$fn$;

CREATE TABLE conc.series (council text, body text, day_offset int);
INSERT INTO conc.series VALUES
    ('Eastmere Borough Council', 'Children and Young People Overview and Scrutiny Committee', 0),
    ('Eastmere Borough Council', 'Planning Committee', 1),
    ('Eastmere Borough Council', 'Cabinet', 2),
    ('Kingsbridge City Council', 'Planning Committee', 1),
    ('Kingsbridge City Council', 'Education Scrutiny Board', 3),
    ('Kingsbridge City Council', 'Licensing Committee', 4);

-- Which meetings have corrected versions: (body, k) -> last version.
CREATE TABLE conc.corrected (body text, k int, versions int);
INSERT INTO conc.corrected VALUES ('Planning Committee', 2, 2), ('Cabinet', 1, 3),
                                  ('Education Scrutiny Board', 3, 2);

CREATE TABLE conc.meeting AS
SELECT s.council, s.body, k,
       date '2020-01-07' + 35 * k + s.day_offset AS held_on,
       coalesce((SELECT c.versions FROM conc.corrected c WHERE c.body = s.body AND c.k = m.k), 1) AS versions
  FROM conc.series s, generate_series(0, 4) m(k);

-- Minute numbers run on within a municipal year, from 41 in each; a
-- meeting keeps 10 numbers (7 minutes, 8 in version 2).
CREATE TABLE conc.numbered AS
SELECT m.*, 1 + 10 * (row_number() OVER (PARTITION BY council, body, scrutiny.municipal_year(held_on)
                                         ORDER BY held_on) - 1)::int + 40 AS first
  FROM conc.meeting m;

CREATE TABLE conc.doc (
    id      int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    council text NOT NULL,
    body    text NOT NULL,
    held_on date NOT NULL,
    version int NOT NULL,
    doc     text NOT NULL,
    sha256  text NOT NULL,  -- as ingest computes it
    source  text NOT NULL   -- what loaders pass as ingest's source
);
INSERT INTO conc.doc (council, body, held_on, version, doc, sha256, source)
SELECT council, body, held_on, v, doc, encode(sha256(convert_to(doc, 'UTF8')), 'hex'),
       format('%s %s v%s', body, held_on, v)
  FROM (
SELECT m.council, m.body, m.held_on, v,
       conc.minutes(m.body, m.k, m.held_on, m.first, v,
                    p.held_on, p.first, p.first + 6, p2.held_on, p2.first, p.versions >= 2,
                    m.held_on + 35) AS doc
  FROM conc.numbered m
  LEFT JOIN conc.numbered p ON p.council = m.council AND p.body = m.body AND p.k = m.k - 1
  LEFT JOIN conc.numbered p2 ON p2.council = m.council AND p2.body = m.body AND p2.k = m.k - 2
 CROSS JOIN generate_series(1, m.versions) v) g
 ORDER BY council, body, held_on, v;

-- The plan: `rounds` rounds over every document, each document taken by
-- `burst` loaders in a row, so that with 8 clients several loaders ingest
-- the same document at once.  The first round goes in the order of the
-- series (the versions of a meeting, and a meeting and the one it cites,
-- side by side, before anything is held); the others in an order shuffled
-- with setseed(:seed).
CREATE TABLE conc.plan (ticket bigint PRIMARY KEY, doc_id int NOT NULL REFERENCES conc.doc);
SELECT setseed(:seed);
CREATE TEMP TABLE shuffle AS
SELECT r, d.id, CASE WHEN r = 1 THEN d.id ELSE random() END AS pos
  FROM generate_series(1, :rounds) r, conc.doc d
 ORDER BY r, d.id;
INSERT INTO conc.plan
SELECT row_number() OVER (ORDER BY s.r, s.pos, b), s.id
  FROM shuffle s, generate_series(1, :burst) b;
CREATE SEQUENCE conc.ticket;

-- One pgbench transaction: the next ticket's document.
CREATE FUNCTION conc.load() RETURNS bigint LANGUAGE plpgsql AS $fn$
DECLARE
    t bigint := nextval('conc.ticket');
    d conc.doc;
BEGIN
    SELECT x.* INTO STRICT d FROM conc.doc x JOIN conc.plan p ON p.doc_id = x.id WHERE p.ticket = t;
    RETURN scrutiny.ingest(d.doc, d.council, d.body, NULL, d.source);
END
$fn$;
