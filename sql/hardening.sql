-- A database owner who is not a superuser tries to gain a superuser's
-- rights through the extension (it is trusted, so its scripts run as the
-- bootstrap superuser).  Every planted function announces itself with a
-- WARNING (extension scripts hide notices) and tries to make its owner a
-- superuser: no such WARNING may appear
-- below, and rolsuper stays false.
\set SHOW_CONTEXT never
SET client_min_messages = warning;
DROP DATABASE IF EXISTS regress_hard_fresh;
DROP DATABASE IF EXISTS regress_hard_old;
DROP ROLE IF EXISTS regress_hard_owner;
DROP ROLE IF EXISTS regress_hard_plain;
RESET client_min_messages;
SELECT current_user AS superuser \gset
CREATE ROLE regress_hard_owner LOGIN NOSUPERUSER;
CREATE DATABASE regress_hard_fresh OWNER regress_hard_owner;
CREATE DATABASE regress_hard_old OWNER regress_hard_owner;

\c regress_hard_fresh regress_hard_owner
-- The bait, written once: a function body that reports who ran it and tries
-- to promote its owner.
CREATE FUNCTION public.bait(what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE WARNING 'planted % ran as %', what, current_user;
    ALTER ROLE regress_hard_owner SUPERUSER;
EXCEPTION WHEN insufficient_privilege THEN
    NULL;
END $$;

-- 1. Before install: look-alikes of what the install script calls.
CREATE SCHEMA scrutiny;
CREATE FUNCTION scrutiny.format(text, text) RETURNS text LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('format'); RETURN $1; END $$;
CREATE FUNCTION scrutiny.lower(text) RETURNS text LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('lower'); RETURN $1; END $$;
CREATE FUNCTION scrutiny.regexp_replace(text, text, text, text) RETURNS text LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('regexp_replace'); RETURN $1; END $$;
CREATE FUNCTION scrutiny.coalesce(text, text) RETURNS text LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('coalesce'); RETURN $1; END $$;
CREATE FUNCTION scrutiny.text_eq(text, text) RETURNS boolean LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('='); RETURN $1 OPERATOR(pg_catalog.=) $2; END $$;
CREATE OPERATOR scrutiny.= (LEFTARG = text, RIGHTARG = text, FUNCTION = scrutiny.text_eq);
-- A cast needs the owner of a type at either end.
CREATE CAST (text AS integer) WITH FUNCTION scrutiny.lower(text);
CREATE EXTENSION scrutiny;
SELECT rolsuper FROM pg_roles WHERE rolname = 'regress_hard_owner';
DROP SCHEMA scrutiny CASCADE;

-- An empty schema of the owner's, open to everybody: the install takes it.
CREATE SCHEMA scrutiny;
GRANT CREATE ON SCHEMA scrutiny TO PUBLIC;
CREATE EXTENSION scrutiny;
SELECT nspowner::regrole::text = :'superuser' AS owned_by_superuser,
       has_schema_privilege('regress_hard_owner', 'scrutiny', 'CREATE') AS owner_can_create,
       has_schema_privilege('public', 'scrutiny', 'CREATE') AS public_can_create,
       has_schema_privilege('public', 'scrutiny', 'USAGE') AS public_can_use
  FROM pg_namespace WHERE nspname = 'scrutiny';

-- 2. After install: nothing can be added to the schema.
CREATE FUNCTION scrutiny.lower(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 $$;
CREATE OPERATOR scrutiny.= (LEFTARG = scrutiny.minute_ref, RIGHTARG = text, FUNCTION = pg_catalog.texteq);
-- The owner's own schema is open to it; the extension never searches it.
CREATE FUNCTION public.lower(text) RETURNS text LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('public.lower'); RETURN $1; END $$;
CREATE FUNCTION public.format(text, text) RETURNS text LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('public.format'); RETURN $1; END $$;
CREATE FUNCTION public.strpos(text, text) RETURNS integer LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('public.strpos'); RETURN 0; END $$;
CREATE FUNCTION public.btrim(text) RETURNS text LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('public.btrim'); RETURN $1; END $$;
CREATE FUNCTION public.regexp_replace(text, text, text, text) RETURNS text LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('public.regexp_replace'); RETURN $1; END $$;
CREATE FUNCTION public.text_eq(text, text) RETURNS boolean LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('public.='); RETURN $1 OPERATOR(pg_catalog.=) $2; END $$;
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.text_eq);
CREATE FUNCTION public.ref_eq(scrutiny.minute_ref, text) RETURNS boolean LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('public.=(minute_ref, text)'); RETURN true; END $$;
CREATE OPERATOR public.= (LEFTARG = scrutiny.minute_ref, RIGHTARG = text, FUNCTION = public.ref_eq);
-- Nor can it add a cast to the extension's type.
CREATE CAST (text AS scrutiny.minute_ref) WITH FUNCTION public.lower(text);
-- Nor grant the extension's roles: they belong to the cluster.
GRANT scrutiny_reader TO regress_hard_owner;

-- A superuser (and then the owner itself) uses the extension with the
-- owner's schema first in its path: none of the planted code runs.
CREATE TABLE public.minutes AS SELECT $m$MINUTES of a meeting of the Grange Parish Council held on Tuesday 4 March 2025 at 7.30 pm

Present: Councillor F. Hale (Chair), Councillors G. Ince and H. Judd

31/24 DECLARATIONS OF INTEREST

Councillor H. Judd declared an interest in item 33/24 as a member of the allotment society.

32/24 MINUTES

Resolved: That the minutes of the meeting held on 4 February 2025 be approved, further to minute 20/24.

33/24 ALLOTMENTS

The Clerk reported rent arrears of £1,200. Resolved: That the Clerk write to the tenants by 31 March 2025.

34/24 EXCLUSION OF THE PRESS AND PUBLIC

Resolved: That the press and public be excluded from the meeting for the following item under paragraph 3 of Part 1 of Schedule 12A.

35/24 LAND AT CHURCH FARM (EXEMPT)

Resolved: That the offer be accepted.
$m$::text AS doc;
GRANT SELECT ON minutes TO PUBLIC;
\c - :superuser
SET search_path = public, pg_catalog, scrutiny;
SELECT scrutiny.ingest(doc, 'Grange Parish Council', 'Parish Council') IS NOT NULL AS ingested FROM minutes;
SELECT scrutiny.reparse() AS reparsed;
SELECT scrutiny.person_key('Cllr. F.  Hale'), scrutiny.body_kind('Planning Committee');
SELECT exempt, paragraph FROM scrutiny.item_exemption('LAND (EXEMPT)', 'under paragraph 3 of Part 1 of Schedule 12A');
SELECT scrutiny.import_moderngov('<committees><committee><committeeid>7</committeeid><committeetitle>Parish Council</committeetitle></committee></committees>'::xml, 'Grange Parish Council') AS imported;
SELECT scrutiny.meeting_ocd(min(id)) ->> 'name' AS ocd_name FROM scrutiny.meeting;
SELECT label, exempt FROM scrutiny.item ORDER BY ordinal;
SELECT rolsuper FROM pg_roles WHERE rolname = 'regress_hard_owner';

-- 3. The tables belong to the extension, not to the database owner, who
-- can load, read and correct them but hang no code on them: code on a
-- table runs with the rights of whoever writes its rows.
\c - regress_hard_owner
CREATE FUNCTION public.hook() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('trigger'); RETURN NEW; END $$;
CREATE FUNCTION public.fold(text) RETURNS text LANGUAGE plpgsql IMMUTABLE
    AS $$ BEGIN PERFORM public.bait('expression'); RETURN $1; END $$;
CREATE TRIGGER hook BEFORE INSERT ON scrutiny.item FOR EACH ROW EXECUTE FUNCTION public.hook();
CREATE POLICY peek ON scrutiny.item FOR ALL USING (public.fold(title) IS NOT NULL);
CREATE RULE copy AS ON INSERT TO scrutiny.amount DO ALSO SELECT public.fold(NEW.label);
ALTER TABLE scrutiny.document ALTER COLUMN ingested_at SET DEFAULT CASE WHEN public.fold('x') IS NOT NULL THEN now() END;
ALTER TABLE scrutiny.item ADD CONSTRAINT harmless CHECK (pg_catalog.query_to_xml('SELECT 1', false, false, '') IS NOT NULL);
ALTER TABLE scrutiny.document ADD COLUMN loot text;
CREATE INDEX item_folded ON scrutiny.item (public.fold(title));
CREATE STATISTICS item_stats ON (public.fold(title)) FROM scrutiny.item;
CREATE TABLE public.kid () INHERITS (scrutiny.item);
ALTER TABLE scrutiny.item SET SCHEMA public;
-- What it may do: load and read, and set an action's status.
SELECT scrutiny.ingest(replace(doc, '4 March', '5 March'), 'Grange Parish Council', 'Parish Council') IS NOT NULL AS ingested
  FROM minutes;
UPDATE scrutiny.action SET status = 'done', closed_on = '2025-03-20' WHERE kind = 'report';
SELECT count(*) > 0 AS reads_private FROM scrutiny.item_private;
\c - :superuser
SELECT scrutiny.ingest(replace(doc, '4 March', '6 March'), 'Grange Parish Council', 'Parish Council') IS NOT NULL AS ingested
  FROM minutes;
SELECT scrutiny.reparse() > 0 AS reparsed;
SELECT rolsuper FROM pg_roles WHERE rolname = 'regress_hard_owner';

-- 4. A 0.4 database, whose schema its owner could write, is repaired by
-- the update; the update refuses to run past a planted function.
\c regress_hard_old regress_hard_owner
CREATE FUNCTION public.bait(what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE WARNING 'planted % ran as %', what, current_user;
    ALTER ROLE regress_hard_owner SUPERUSER;
EXCEPTION WHEN insufficient_privilege THEN
    NULL;
END $$;
CREATE EXTENSION scrutiny VERSION '0.4';
CREATE FUNCTION scrutiny.format(text, text) RETURNS text LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('format'); RETURN $1; END $$;
CREATE FUNCTION scrutiny.lower(text) RETURNS text LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('lower'); RETURN $1; END $$;
ALTER EXTENSION scrutiny UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'scrutiny';
-- Made members of the extension, which its owner may do, they are still
-- not the extension's: they belong to a role that is not a superuser.
ALTER EXTENSION scrutiny ADD FUNCTION scrutiny.lower(text);
ALTER EXTENSION scrutiny UPDATE;
ALTER EXTENSION scrutiny DROP FUNCTION scrutiny.lower(text);
DROP FUNCTION scrutiny.format(text, text), scrutiny.lower(text);
-- Code the owner hung on its 0.4 tables would run as the superuser that
-- runs the update, which derives every document again: refused.
CREATE FUNCTION public.hook() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN PERFORM public.bait('trigger'); RETURN NEW; END $$;
CREATE TRIGGER hook BEFORE INSERT ON scrutiny.item FOR EACH ROW EXECUTE FUNCTION public.hook();
ALTER TABLE scrutiny.item ADD CONSTRAINT harmless CHECK (pg_catalog.query_to_xml(
    'SELECT public.bait(''check'')', false, false, '') IS NOT NULL) NOT VALID;
ALTER EXTENSION scrutiny UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'scrutiny';
DROP TRIGGER hook ON scrutiny.item;
ALTER TABLE scrutiny.item DROP CONSTRAINT harmless;
ALTER EXTENSION scrutiny UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'scrutiny';
CREATE FUNCTION scrutiny.lower(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 $$;
SELECT relname, relowner::regrole::text = :'superuser' AS owned_by_superuser
  FROM pg_class WHERE relnamespace = 'scrutiny'::regnamespace AND relkind = 'r' ORDER BY relname;
SELECT rolsuper FROM pg_roles WHERE rolname = 'regress_hard_owner';

-- 5. The catalog: every SQL and PL/pgSQL function of the extension puts
-- pg_catalog first in its path; C functions call no SQL by name.
\c regress_hard_fresh :superuser
SELECT p.oid::regprocedure AS function, l.lanname, p.proconfig
  FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'scrutiny'
 WHERE l.lanname NOT IN ('c', 'internal')
   AND (p.proconfig IS NULL
        OR NOT EXISTS (SELECT FROM unnest(p.proconfig) c WHERE c LIKE 'search\_path=pg\_catalog,%'))
 ORDER BY 1;
-- Calls in their bodies that are neither qualified nor SQL syntax (such
-- as COALESCE or EXISTS): the list must be empty.
SELECT p.proname, m[1] AS unqualified_call
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'scrutiny'
  JOIN pg_language l ON l.oid = p.prolang AND l.lanname IN ('sql', 'plpgsql'),
  LATERAL regexp_matches(regexp_replace(regexp_replace(p.prosrc, '--[^\n]*', '', 'g'),
                                        $re$E?'(?:[^']|'')*'$re$, '''''', 'g'),
                         '(?:^|[^[:alnum:]_.:%$])([[:alpha:]_][[:alnum:]_]*)\s*\(', 'g') m
 WHERE lower(m[1]) NOT IN ('coalesce', 'nullif', 'greatest', 'least', 'exists', 'in', 'any', 'all',
                           'values', 'array', 'row', 'filter', 'over', 'overlay', 'xmltable', 'and', 'or',
                           'not', 'on', 'as', 'from', 'lateral', 'conflict', 'then', 'else', 'where', 'by',
                           'when', 'if', 'elsif', 'select', 'join', 'using', 'case', 'return', 'returning')
   AND EXISTS (SELECT FROM pg_proc f WHERE f.proname = lower(m[1]))
 ORDER BY 1, 2;
-- The extension defines no SECURITY DEFINER function.
SELECT p.oid::regprocedure, p.proacl
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'scrutiny'
 WHERE p.prosecdef;

-- 6. Any login role: a dictionary of a scrutiny template that names itself
-- is refused, where it used to recurse until the backend died (and the
-- postmaster restarted every backend).
CREATE ROLE regress_hard_plain LOGIN;
\c - regress_hard_plain
-- (the error's text names pg_temp_N, which varies: the SQLSTATE alone here,
-- the whole message in the tsearch suite)
\set VERBOSITY sqlstate
CREATE TEXT SEARCH DICTIONARY pg_temp.d1 (TEMPLATE = scrutiny.words, dictionary = 'scrutiny.english_stem');
ALTER TEXT SEARCH DICTIONARY pg_temp.d1 (dictionary = 'pg_temp.d1');
SELECT ts_lexize('pg_temp.d1', 'reviewing') AS still_one_word;
CREATE TEXT SEARCH DICTIONARY pg_temp.d2 (TEMPLATE = scrutiny.value, type = 'person', dictionary = 'scrutiny.english_stem');
ALTER TEXT SEARCH DICTIONARY pg_temp.d2 (type = 'person', dictionary = 'pg_temp.d2');
\set VERBOSITY default
SELECT 'the backend lives' AS after;
DROP TEXT SEARCH DICTIONARY pg_temp.d1, pg_temp.d2;

\c contrib_regression :superuser
DROP ROLE regress_hard_plain;
DROP DATABASE regress_hard_fresh;
DROP DATABASE regress_hard_old;
DROP ROLE regress_hard_owner;
