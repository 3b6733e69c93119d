-- minute_ref: input forms, errors, output, order, operators, indexes, hashing,
-- binary I/O, constructor and accessors.
CREATE EXTENSION scrutiny;
SET search_path = public, scrutiny;
\set VERBOSITY default

-- Every input form, with its canonical output
SELECT input, input::minute_ref AS canonical
FROM (VALUES ('65/17'), ('  65/17  '), ('PC45/19'), ('pc45/19'), ('PLA146/14'),
             ('Cou/285/07-08'), ('COU.285/07'), ('ABCD1/20'), ('65a/17'), ('65A/17'),
             ('338.1/19'), ('220.2.1/19'), ('220.2.1b/19'), ('12/1999'), ('5/1950'),
             ('5/2070'), ('5/69'), ('5/70'), ('5/00'), ('12/2007-08'), ('12/2007/08'),
             ('12/2007-2008'), ('12/99-00'), ('007/17'), ('99999/2899'), ('1/1900'))
     AS t(input);

-- Output round-trips
SELECT count(*) AS not_round_tripping
FROM (VALUES ('65/17'), ('PC45/19'), ('Cou/285/07-08'), ('220.2.1b/19'), ('5/1950'))
     AS t(input)
WHERE input::minute_ref::text::minute_ref <> input::minute_ref;

-- Errors: SQLSTATE 22P02, a detail naming the wrong part, a hint with examples
SELECT ''::minute_ref;
SELECT 'ABCDE1/17'::minute_ref;
SELECT 'PC/'::minute_ref;
SELECT '0/17'::minute_ref;
SELECT '100000/17'::minute_ref;
SELECT '4294967297/17'::minute_ref;
SELECT '65./17'::minute_ref;
SELECT '65.64/17'::minute_ref;
SELECT '65.1.2.3/17'::minute_ref;
SELECT '65'::minute_ref;
SELECT '65-17'::minute_ref;
SELECT '65/'::minute_ref;
SELECT '65/7'::minute_ref;
SELECT '65/017'::minute_ref;
SELECT '65/1899'::minute_ref;
SELECT '65/2900'::minute_ref;
SELECT '65/07-09'::minute_ref;
SELECT '65/07/08'::minute_ref;
SELECT '65/17 Minutes'::minute_ref;
SELECT 'PC 45/19'::minute_ref;
\set VERBOSITY sqlstate
SELECT '65/17x'::minute_ref;
\set VERBOSITY default

-- Order: (prefix, year, number, sub-minutes, suffix)
CREATE TABLE refs (r minute_ref);
INSERT INTO refs
SELECT v::minute_ref
FROM unnest(ARRAY['PC45/19', '2/17', '1/17', '2.1/17', '2a/17', '100/16', '1/2100',
                  '2.1.1/17', 'P1/17', 'PC1/16', '2b/17', '2.2/17', 'ZZZZ1/10',
                  '12/1999', '5/1950', '3/17']) v;
SELECT r FROM refs ORDER BY r;
SELECT min(r), max(r) FROM refs;
SELECT count(DISTINCT r) FROM refs;

-- Operators
SELECT '65/17'::minute_ref = '65/2017', '65/17'::minute_ref <> '65/18',
       '65/17'::minute_ref < '66/17', '65/17'::minute_ref <= '65/17',
       '66/17'::minute_ref > '65/17', '65/17'::minute_ref >= '65a/17',
       'PC1/10'::minute_ref > '99999/2899';
SELECT minute_ref_cmp('1/17', '2/17'), minute_ref_cmp('2/17', '2/17'), minute_ref_cmp('2/17', '1/17');

-- Operator classes are valid
SELECT opc.opcname, am.amname, amvalidate(opc.oid)
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcintype = 'scrutiny.minute_ref'::regtype ORDER BY am.amname;

-- Indexes: btree and hash, used by the planner
CREATE TABLE minutes_index_test AS
SELECT minute_ref(1 + i % 997, 2000 + i % 20) AS r, i
FROM generate_series(1, 20000) i;
CREATE INDEX minutes_index_test_btree ON minutes_index_test (r);
ANALYZE minutes_index_test;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM minutes_index_test WHERE r = '53/12';
SELECT count(*) FROM minutes_index_test WHERE r = '53/12';
EXPLAIN (COSTS OFF) SELECT r FROM minutes_index_test WHERE r BETWEEN '53/17' AND '60/17' ORDER BY r;
SELECT count(*) FROM minutes_index_test WHERE r BETWEEN '53/17' AND '60/17';
CREATE INDEX minutes_index_test_hash ON minutes_index_test USING hash (r);
DROP INDEX minutes_index_test_btree;
EXPLAIN (COSTS OFF) SELECT * FROM minutes_index_test WHERE r = '53/12';
SELECT count(*) FROM minutes_index_test WHERE r = '53/12';
RESET enable_seqscan;
RESET enable_bitmapscan;

-- Selectivity: the planner's row estimates follow the column's statistics
-- (within 20% of the true count), where fixed defaults would be far off
CREATE FUNCTION estimate_check(cond text, OUT actual bigint, OUT close boolean)
LANGUAGE plpgsql AS $$
DECLARE plan json;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) SELECT * FROM minutes_index_test WHERE ' || cond INTO plan;
    EXECUTE 'SELECT count(*) FROM minutes_index_test WHERE ' || cond INTO actual;
    close := (plan -> 0 -> 'Plan' ->> 'Plan Rows')::bigint BETWEEN actual * 0.8 AND actual * 1.2;
END $$;
SELECT cond, (estimate_check(cond)).*
FROM unnest(ARRAY['r < ''500/01''', 'r >= ''900/18''', 'r <= ''1/19''', 'r > ''10/00''',
                  'r = ''53/12''', 'r <> ''53/12''']) AS cond;

-- Hash aggregate, hash join and merge join
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT r, count(*) FROM minutes_index_test GROUP BY r;
RESET enable_sort;
SELECT count(*) FROM (SELECT r, count(*) FROM minutes_index_test GROUP BY r) g;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM refs a JOIN refs b ON a.r = b.r;
SELECT count(*) FROM refs a JOIN refs b ON a.r = b.r;
RESET enable_mergejoin;
SET enable_hashjoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM refs a JOIN refs b ON a.r = b.r;
SELECT count(*) FROM refs a JOIN refs b ON a.r = b.r;
RESET enable_hashjoin;
RESET enable_nestloop;

-- Hash functions agree on equal values, and the extended hash takes the seed
SELECT minute_ref_hash('65/17') = minute_ref_hash('65/2017') AS same_hash,
       minute_ref_hash_extended('65/17', 0) <> minute_ref_hash_extended('65/17', 1) AS seeded;

-- Binary COPY round trip (a file in the data directory: server-side COPY
-- needs an absolute path the server may write)
SELECT current_setting('data_directory') || '/scrutiny_refs.bin' AS binfile \gset
COPY refs TO :'binfile' WITH (FORMAT binary);
CREATE TABLE refs_copy (r minute_ref);
COPY refs_copy FROM :'binfile' WITH (FORMAT binary);
SELECT count(*) AS copied, count(*) FILTER (WHERE r IN (SELECT r FROM refs)) AS matching
FROM refs_copy;
SELECT minute_ref_send('PC45/19');
-- A bytea field has the same binary framing, so it can carry hand-made bytes:
-- an unknown format version, and a value no text can produce, are refused.
CREATE TABLE raw (b bytea);
INSERT INTO raw VALUES ('\x02000000000000020001');
COPY raw TO :'binfile' WITH (FORMAT binary);
COPY refs_copy FROM :'binfile' WITH (FORMAT binary);
TRUNCATE raw;
INSERT INTO raw VALUES ('\x01ffffffffffffffff');
COPY raw TO :'binfile' WITH (FORMAT binary);
COPY refs_copy FROM :'binfile' WITH (FORMAT binary);
TRUNCATE raw;
INSERT INTO raw VALUES ('\x01000000000000');
COPY raw TO :'binfile' WITH (FORMAT binary);
COPY refs_copy FROM :'binfile' WITH (FORMAT binary);

-- Constructor
SELECT minute_ref(65, 2017), minute_ref(65, 17), minute_ref(45, 2019, 'pc'),
       minute_ref(65, 2017, suffix => 'A'), minute_ref(285, 2007, 'Cou', 'b'),
       minute_ref(5, 1950), minute_ref(NULL, 2017), minute_ref(1, NULL);
SELECT minute_ref(0, 2017);
SELECT minute_ref(100000, 2017);
SELECT minute_ref(1, 1800);
SELECT minute_ref(1, 2017, 'ABCDE');
SELECT minute_ref(1, 2017, 'P1');
SELECT minute_ref(1, 2017, NULL, 'ab');
SELECT minute_ref(1, 2017, '');

-- Accessors
SELECT r, number(r), year(r), prefix(r), suffix(r), subminutes(r)
FROM (VALUES ('65/17'::minute_ref), ('PC45/19'), ('Cou/285/07-08'), ('65a/17'),
             ('338.1/19'), ('220.2.1b/19'), ('5/1950')) AS t(r);

-- municipal_year: May to April
SET datestyle = ISO;
SELECT d, municipal_year(d)
FROM (VALUES (date '2017-04-06'), ('2017-04-30'), ('2017-05-01'), ('2017-09-05'),
             ('2018-01-01'), ('infinity'), ('-infinity')) AS t(d);

-- Markings: every C function is IMMUTABLE and PARALLEL SAFE, and every object is commented
SELECT p.proname, p.provolatile, p.proparallel, p.proisstrict
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'scrutiny')
  AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')
  AND (p.provolatile <> 'i' OR p.proparallel <> 's')
ORDER BY 1;
SELECT pg_describe_object(classid, objid, 0) AS uncommented
FROM pg_depend
WHERE refobjid = (SELECT oid FROM pg_extension WHERE extname = 'scrutiny')
  AND deptype = 'e'
  AND obj_description(objid, classid::regclass::text) IS NULL
ORDER BY 1;
