-- scrutiny 0.4 -> 0.5: nothing the extension runs can be redirected to
-- another role's code (docs/schema.md, "Security").
\echo Use "ALTER EXTENSION scrutiny UPDATE TO '0.5'" to load this file. \quit

-- BEGIN lockdown
--------------------------------------------------------------------------
-- The schema belongs to the extension alone
--------------------------------------------------------------------------

-- This block runs first in the install script and in every upgrade from
-- 0.5 on, before any statement that could resolve a name to an object of
-- somebody else's.  Under a trusted install it runs as the bootstrap
-- superuser, in a schema the installing database owner created, so every
-- name in it is qualified and every operator is pg_catalog's.  It takes the
-- schema from whoever created it (only the role running the script may
-- create objects in it from now on), then refuses to go on if the schema
-- holds anything the extension did not create: a function planted there
-- beforehand would otherwise be called, with the superuser's rights, by
-- the script or by the extension's functions later.
DO $lockdown$
DECLARE
    v_schema oid := (SELECT n.oid FROM pg_catalog.pg_namespace n
                      WHERE n.nspname OPERATOR(pg_catalog.=) 'scrutiny');
    v_extension oid := (SELECT e.oid FROM pg_catalog.pg_extension e
                         WHERE e.extname OPERATOR(pg_catalog.=) 'scrutiny');
    v_grantee oid;
    v_foreign text;
BEGIN
    EXECUTE pg_catalog.format('ALTER SCHEMA scrutiny OWNER TO %I', CURRENT_USER);
    FOR v_grantee IN
        SELECT DISTINCT a.grantee
          FROM pg_catalog.pg_namespace n, pg_catalog.aclexplode(n.nspacl) a
         WHERE n.oid OPERATOR(pg_catalog.=) v_schema
           AND a.grantee OPERATOR(pg_catalog.<>) n.nspowner
    LOOP
        IF v_grantee OPERATOR(pg_catalog.=) 0 THEN
            REVOKE ALL ON SCHEMA scrutiny FROM PUBLIC;
        ELSE
            EXECUTE pg_catalog.format('REVOKE ALL ON SCHEMA scrutiny FROM %I',
                                      pg_catalog.pg_get_userbyid(v_grantee));
        END IF;
    END LOOP;
    GRANT USAGE ON SCHEMA scrutiny TO PUBLIC;

    -- Objects in the schema that are neither members of the extension nor
    -- parts of one (an index, a row type, an identity sequence): other
    -- extensions' members count as foreign too.
    SELECT pg_catalog.string_agg(pg_catalog.pg_describe_object(o.classid, o.objid, 0), ', '
                                 ORDER BY pg_catalog.pg_describe_object(o.classid, o.objid, 0))
      INTO v_foreign
      FROM (SELECT 'pg_catalog.pg_class'::pg_catalog.regclass AS classid, c.oid AS objid
              FROM pg_catalog.pg_class c WHERE c.relnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid
              FROM pg_catalog.pg_proc p WHERE p.pronamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid
              FROM pg_catalog.pg_type t WHERE t.typnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid
              FROM pg_catalog.pg_operator o WHERE o.oprnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, o.oid
              FROM pg_catalog.pg_opclass o WHERE o.opcnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, o.oid
              FROM pg_catalog.pg_opfamily o WHERE o.opfnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, o.oid
              FROM pg_catalog.pg_collation o WHERE o.collnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, o.oid
              FROM pg_catalog.pg_conversion o WHERE o.connamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, o.oid
              FROM pg_catalog.pg_ts_config o WHERE o.cfgnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, o.oid
              FROM pg_catalog.pg_ts_dict o WHERE o.dictnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_ts_parser'::pg_catalog.regclass, o.oid
              FROM pg_catalog.pg_ts_parser o WHERE o.prsnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_ts_template'::pg_catalog.regclass, o.oid
              FROM pg_catalog.pg_ts_template o WHERE o.tmplnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass, o.oid
              FROM pg_catalog.pg_statistic_ext o WHERE o.stxnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_extension'::pg_catalog.regclass, o.oid
              FROM pg_catalog.pg_extension o WHERE o.extnamespace OPERATOR(pg_catalog.=) v_schema
                AND o.oid OPERATOR(pg_catalog.<>) v_extension) o
     WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                        WHERE d.classid OPERATOR(pg_catalog.=) o.classid
                          AND d.objid OPERATOR(pg_catalog.=) o.objid
                          AND (d.deptype OPERATOR(pg_catalog.=) 'e'
                                   AND d.refobjid OPERATOR(pg_catalog.=) v_extension
                               OR d.deptype OPERATOR(pg_catalog.=) ANY ('{i,a}'::pg_catalog."char"[])));
    IF v_foreign IS NOT NULL THEN
        RAISE EXCEPTION 'schema "scrutiny" holds objects that are not part of extension "scrutiny"'
            USING ERRCODE = 'invalid_schema_definition',
                  DETAIL = pg_catalog.format('Not the extension''s: %s.', v_foreign),
                  HINT = 'Drop them or move them to another schema (a role that could create them '
                         'could have the extension call them), then run the command again.';
    END IF;
END
$lockdown$;
-- END lockdown

--------------------------------------------------------------------------
-- Code attached to the tables
--------------------------------------------------------------------------

-- The tables belong to the role that created the extension, so that role
-- can attach code to them: a trigger, an index expression, a policy, a
-- column default or a domain.  Such code runs with the rights of whoever
-- writes the rows, which would let the database owner act as a superuser
-- (or a loader) that calls ingest.  Functions, operators and types of
-- pg_catalog and of this schema are safe (only superusers can create
-- them); anything else attached to a table stops a caller who is not the
-- tables' owner.
CREATE FUNCTION scrutiny.check_table_hooks() RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
DECLARE
    v_schema oid := 'scrutiny'::pg_catalog.regnamespace;
    v_owner  oid := (SELECT c.relowner FROM pg_catalog.pg_class c
                      WHERE c.oid OPERATOR(pg_catalog.=) 'scrutiny.item'::pg_catalog.regclass);
    v_found  text;
BEGIN
    IF v_owner OPERATOR(pg_catalog.=) (SELECT r.oid FROM pg_catalog.pg_roles r
                                        WHERE r.rolname OPERATOR(pg_catalog.=) CURRENT_USER) THEN
        RETURN;
    END IF;
    WITH tables AS (
        SELECT c.oid FROM pg_catalog.pg_class c
         WHERE c.relnamespace OPERATOR(pg_catalog.=) v_schema AND c.relkind OPERATOR(pg_catalog.=) 'r'
    ), attached AS (
        -- the tables themselves (their columns' types) and what hangs on them
        SELECT 'pg_catalog.pg_class'::pg_catalog.regclass AS classid, t.oid AS objid FROM tables t
        UNION
        SELECT d.classid, d.objid FROM pg_catalog.pg_depend d JOIN tables t
            ON d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
           AND d.refobjid OPERATOR(pg_catalog.=) t.oid
         WHERE d.classid OPERATOR(pg_catalog.=) ANY (ARRAY['pg_catalog.pg_trigger', 'pg_catalog.pg_policy',
                   'pg_catalog.pg_attrdef', 'pg_catalog.pg_constraint']::pg_catalog.regclass[])
            OR d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
               AND d.objid IN (SELECT i.indexrelid FROM pg_catalog.pg_index i)
            OR d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
               AND d.objid IN (SELECT r.oid FROM pg_catalog.pg_rewrite r JOIN tables t2 ON r.ev_class OPERATOR(pg_catalog.=) t2.oid)
    )
    SELECT pg_catalog.string_agg(DISTINCT pg_catalog.format('%s uses %s',
               pg_catalog.pg_describe_object(a.classid, a.objid, 0),
               pg_catalog.pg_describe_object(u.refclassid, u.refobjid, 0)), '; ')
      INTO v_found
      FROM attached a
      JOIN pg_catalog.pg_depend u ON u.classid OPERATOR(pg_catalog.=) a.classid
                                 AND u.objid OPERATOR(pg_catalog.=) a.objid
      LEFT JOIN pg_catalog.pg_proc p ON u.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
                                    AND p.oid OPERATOR(pg_catalog.=) u.refobjid
      LEFT JOIN pg_catalog.pg_operator o ON u.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_operator'::pg_catalog.regclass
                                        AND o.oid OPERATOR(pg_catalog.=) u.refobjid
      LEFT JOIN pg_catalog.pg_type y ON u.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_type'::pg_catalog.regclass
                                    AND y.oid OPERATOR(pg_catalog.=) u.refobjid
      LEFT JOIN pg_catalog.pg_opclass k ON u.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_opclass'::pg_catalog.regclass
                                       AND k.oid OPERATOR(pg_catalog.=) u.refobjid
     WHERE coalesce(p.pronamespace, o.oprnamespace, y.typnamespace, k.opcnamespace)
           NOT IN ('pg_catalog'::pg_catalog.regnamespace, v_schema);
    IF v_found IS NOT NULL THEN
        RAISE EXCEPTION 'the tables of scrutiny run code that their owner, %, can change',
                        pg_catalog.pg_get_userbyid(v_owner)
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = v_found || '.',
                  HINT = pg_catalog.format('Run it as %I, or drop what the extension did not create.',
                                           pg_catalog.pg_get_userbyid(v_owner));
    END IF;
END
$fn$;
COMMENT ON FUNCTION scrutiny.check_table_hooks() IS
'Refuses, to any role but the owner of the extension''s tables, to write rows when a trigger, index, policy, rule, default, constraint or column type on those tables uses a function, operator or type outside pg_catalog and scrutiny (code its owner could write would run with the caller''s rights); ingest, reparse and import_moderngov call it first';
REVOKE EXECUTE ON FUNCTION scrutiny.check_table_hooks() FROM PUBLIC;

--------------------------------------------------------------------------
-- Every SQL and PL/pgSQL function: pg_catalog first, every call qualified
--------------------------------------------------------------------------

-- 0.4 ran them with search_path = scrutiny, pg_catalog, pg_temp and called
-- lower(), format(), strpos() ... unqualified: a scrutiny.lower(text) in a
-- schema its owner could write shadowed pg_catalog.lower.  Operators and
-- types are left to the path: pg_catalog is searched first and scrutiny
-- takes objects from its superuser alone (pg_temp is never searched for
-- functions or operators).

CREATE OR REPLACE FUNCTION scrutiny.person_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $$ SELECT pg_catalog.btrim(pg_catalog.regexp_replace(pg_catalog.regexp_replace(
               pg_catalog.lower(name), '[^[:alnum:][:space:]]+', ' ', 'g'), '\s+', ' ', 'g')) $$;

CREATE OR REPLACE FUNCTION scrutiny.body_kind(name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $$ SELECT CASE
        WHEN name OPERATOR(pg_catalog.~*) '\mcabinet\M' THEN 'cabinet'
        WHEN name OPERATOR(pg_catalog.~*) '\m(scrutiny|overview)\M' THEN 'scrutiny'
        WHEN name OPERATOR(pg_catalog.~*) '\m(planning|development control|development management)\M' THEN 'planning'
        WHEN name OPERATOR(pg_catalog.~*) '\mlicensing\M' THEN 'licensing'
        WHEN name OPERATOR(pg_catalog.~*) '\m(audit|governance|standards)\M' THEN 'audit'
        WHEN name OPERATOR(pg_catalog.~*) '\m(sub-?committee|panel|working group|forum)\M' THEN 'panel'
        WHEN name OPERATOR(pg_catalog.~*) '\mboard\M' THEN 'board'
        WHEN name OPERATOR(pg_catalog.~*) '^\s*(full\s+|the\s+)?([[:alpha:]'' -]+\s+)?(council|cyngor)\s*$' THEN 'council'
        ELSE 'committee' END $$;

CREATE OR REPLACE FUNCTION scrutiny.item_exemption(title text, body text,
    OUT exempt boolean, OUT paragraph text, OUT basis text,
    OUT excludes_following boolean, OUT readmits boolean)
    RETURNS record
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
DECLARE
    t text := coalesce(title, '') || E'\n' || coalesce(body, '');
    lowered text;
    m text[];
    excludes boolean;
BEGIN
    exempt := false;
    excludes_following := false;
    readmits := false;
    -- Nearly every item names no schedule, exclusion or readmission, and
    -- has no "exempt" title: skip the regular expressions for them (they
    -- cost more than the rest of ingest on long items).
    lowered := pg_catalog.lower(t);
    IF pg_catalog.strpos(lowered, 'schedule') = 0 AND pg_catalog.strpos(lowered, 'exclu') = 0 AND pg_catalog.strpos(lowered, '50a') = 0
       AND pg_catalog.strpos(lowered, 'admit') = 0 AND pg_catalog.strpos(lowered, 'join') = 0
       AND pg_catalog.strpos(lowered, 'returned to the meeting') = 0
       AND coalesce(title, '') !~* '\m(exempt|confidential)\M' THEN
        RETURN;
    END IF;

    -- "paragraph(s) 1 and 2 of Part 1 of Schedule 12A", "para 6 of Part I of Schedule 7A"
    m := pg_catalog.regexp_match(t, '\mparagraphs?\.?\s+(\d+[a-z]?(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+or\s+)\d+[a-z]?)*)'
                         '\s+of\s+part\s+(?:1|I|one)\s+of\s+schedule\s+(12|7)\s?A\M', 'i');
    IF m IS NULL THEN
        -- "Schedule 12A ... paragraph 3" (the schedule named first)
        m := pg_catalog.regexp_match(t, '\mschedule\s+(12|7)\s?A\M[^.;]{0,120}?\mparagraphs?\.?\s+'
                             '(\d+[a-z]?(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+or\s+)\d+[a-z]?)*)', 'i');
        IF m IS NOT NULL THEN
            m := ARRAY[m[2], m[1]];
        END IF;
    END IF;
    IF m IS NOT NULL THEN
        paragraph := pg_catalog.regexp_replace(m[1], '\s*(,|\mand\M|&|\mor\M)\s*', ', ', 'gi');
        basis := 'Schedule ' || m[2] || 'A';
    ELSIF t ~* '\mschedule\s+12\s?A\M' THEN
        basis := 'Schedule 12A';
    ELSIF t ~* '\m(schedule\s+7\s?A|section\s+50\s?A\s*\(\s*4\s*\))' THEN
        basis := 'Schedule 7A';
    END IF;

    excludes := t ~* '\m(press|public)\M[^.;]{0,40}?\m(be|were|was|are|is|being)\s+excluded\M'
             OR t ~* '\mexclu(de|ded|ding|sion\s+of)\s+(the\s+)?(press|public|members\s+of\s+the\s+public)\M';
    -- "There were no items that required the exclusion of the public."
    IF excludes AND t ~* '\m(no|not|nil|none|neither)\M[^.;]{0,80}?\mexclu' THEN
        excludes := t ~* '\m(press|public)\M[^.;]{0,40}?\m(be|were|was)\s+excluded\M'
                    AND t !~* '\m(no|not)\M[^.;]{0,40}?\m(press|public)\M[^.;]{0,40}?\mexcluded\M';
    END IF;
    readmits := t ~* '\m(re-?admitted|readmitted|re-?joined\s+the\s+meeting|returned\s+to\s+the\s+meeting)';

    -- An item about the exclusion itself, or a resolution that names the
    -- items to come, takes the following items into private; the item
    -- itself was heard in public.
    IF excludes AND (coalesce(title, '') ~* '\m(exclu|private)'
                     OR t ~* '\m(following|remaining|subsequent|next)\s+(items?|business|reports?|matters?)\M') THEN
        excludes_following := true;
        RETURN;
    END IF;

    IF excludes OR basis IS NOT NULL OR coalesce(title, '') ~* '\m(exempt|confidential)\M' THEN
        exempt := true;
        basis := coalesce(basis, 'exclusion resolution');
    ELSE
        paragraph := NULL;
    END IF;
END
$fn$;

CREATE OR REPLACE FUNCTION scrutiny.derive_document(council_id bigint, document_id bigint) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
#variable_conflict use_column
DECLARE
    v_council  bigint := derive_document.council_id;
    v_document bigint := derive_document.document_id;
    v_meeting  bigint;
    v_body     bigint;
    v_held     date;
    v_content  text;
    v_public   text;
BEGIN
    SELECT d.meeting_id, d.content, m.body_id, m.held_on
      INTO v_meeting, v_content, v_body, v_held
      FROM scrutiny.document d
      JOIN scrutiny.meeting m ON m.council_id = d.council_id AND m.id = d.meeting_id
     WHERE d.council_id = v_council AND d.id = v_document;

    -- Items, and which were taken in private: an item's own words, or the
    -- last exclusion before it that no readmission followed.
    INSERT INTO scrutiny.item (council_id, meeting_id, document_id, ordinal, ref, label, title, body,
                               start, len, exempt, exempt_paragraph, exempt_basis)
    WITH raw AS (
        SELECT i.ordinal, i.ref, i.label, i.title, i.body, i.start, i.len, x.*
          FROM scrutiny.items(v_content, v_held) i
         CROSS JOIN LATERAL scrutiny.item_exemption(i.title, i.body) x
    ), marked AS (
        SELECT raw.*,
               pg_catalog.max(ordinal) FILTER (WHERE excludes_following) OVER before AS excluded_at,
               pg_catalog.max(ordinal) FILTER (WHERE readmits) OVER up_to AS readmitted_at
          FROM raw
        WINDOW before AS (ORDER BY ordinal ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
               up_to AS (ORDER BY ordinal ROWS UNBOUNDED PRECEDING)
    ), decided AS (
        SELECT m.*, (m.excluded_at IS NOT NULL AND (m.readmitted_at IS NULL OR m.readmitted_at < m.excluded_at)
                     AND NOT m.excludes_following) AS private,
               e.paragraph AS excluded_paragraph, e.basis AS excluded_basis
          FROM marked m
          LEFT JOIN raw e ON e.ordinal = m.excluded_at
    )
    SELECT v_council, v_meeting, v_document, ordinal, ref, label, title, body, start, len,
           exempt OR private,
           CASE WHEN exempt THEN paragraph WHEN private THEN excluded_paragraph END,
           CASE WHEN exempt THEN basis WHEN private THEN coalesce(excluded_basis, 'exclusion resolution') END
      FROM decided
     ORDER BY ordinal;

    -- What the public may read: the document with the text of each exempt
    -- item (after its heading line) replaced by a notice, assembled in one
    -- pass (a copy of the whole text per exempt item made a 10 MB document
    -- with 20 of them take 24 s).
    WITH span AS (
        SELECT i.start + CASE WHEN h.nl = 0 THEN i.len ELSE h.nl END AS cut,
               i.start + i.len AS resume,
               '[Exempt: not for publication'
               || CASE WHEN i.exempt_paragraph IS NOT NULL
                       THEN ' under paragraph ' || i.exempt_paragraph || ' of ' || i.exempt_basis
                       WHEN i.exempt_basis <> 'exclusion resolution' THEN ' under ' || i.exempt_basis
                       ELSE '' END
               || E']\n' AS notice,
               pg_catalog.row_number() OVER (ORDER BY i.start) AS n
          FROM scrutiny.item i
         CROSS JOIN LATERAL (SELECT pg_catalog.strpos(pg_catalog.substr(v_content, i.start, i.len), E'\n') AS nl) h
         WHERE i.council_id = v_council AND i.document_id = v_document AND i.exempt
    ), kept AS (
        SELECT span.*, coalesce(pg_catalog.lag(resume) OVER (ORDER BY n), 1) AS from_char FROM span
    )
    SELECT pg_catalog.string_agg(piece, '' ORDER BY n, part) INTO v_public
      FROM (SELECT n, 1 AS part, pg_catalog.substr(v_content, from_char, cut - from_char) AS piece FROM kept
            UNION ALL
            SELECT n, 2, notice FROM kept
            UNION ALL
            SELECT pg_catalog.max(n) + 1, 1, pg_catalog.substr(v_content, pg_catalog.max(resume)) FROM kept
            HAVING pg_catalog.count(*) > 0) pieces;
    v_public := coalesce(v_public, v_content);
    UPDATE scrutiny.document d SET public_content = v_public
     WHERE d.council_id = v_council AND d.id = v_document AND d.public_content IS DISTINCT FROM v_public;

    INSERT INTO scrutiny.resolution (council_id, item_id, meeting_id, ordinal, label, text, kind,
                                     votes_for, votes_against, abstentions, carried, exempt)
    SELECT i.council_id, i.id, i.meeting_id, r.ordinal, r.label, r.resolution, r.kind,
           r.votes_for, r.votes_against, r.abstentions, r.carried, i.exempt
      FROM scrutiny.item i
     CROSS JOIN LATERAL scrutiny.resolutions(i.body) r
     WHERE i.council_id = v_council AND i.document_id = v_document;

    -- A citation points at the cited item when the council's same body
    -- has it (the earliest held, when a number was printed twice).
    INSERT INTO scrutiny.citation (council_id, item_id, cited_ref, label, relation, cited_item_id, exempt)
    SELECT i.council_id, i.id, c.ref, c.label, c.relation,
           (SELECT j.id
              FROM scrutiny.item j
              JOIN scrutiny.meeting jm ON jm.council_id = j.council_id AND jm.id = j.meeting_id
             WHERE j.council_id = v_council AND j.ref = c.ref AND jm.body_id = v_body
             ORDER BY jm.held_on, j.id LIMIT 1),
           i.exempt
      FROM scrutiny.item i
     CROSS JOIN LATERAL scrutiny.citations(i.body, v_held) c
     WHERE i.council_id = v_council AND i.document_id = v_document;

    INSERT INTO scrutiny.action (council_id, item_id, meeting_id, resolution_id, ordinal, text, kind, owner, due,
                                 due_on, exempt)
    SELECT i.council_id, i.id, i.meeting_id, res.id, a.ordinal, a.action, a.kind, a.owner, a.due, a.due_on, i.exempt
      FROM scrutiny.item i
     CROSS JOIN LATERAL scrutiny.actions(i.body, v_held) a
      LEFT JOIN scrutiny.resolution res
             ON res.council_id = i.council_id AND res.item_id = i.id AND res.ordinal = a.resolution_ordinal
     WHERE i.council_id = v_council AND i.document_id = v_document;

    INSERT INTO scrutiny.amount (council_id, item_id, amount, currency, label, exempt)
    SELECT i.council_id, i.id, a.amount, a.currency, a.label, i.exempt
      FROM scrutiny.item i
     CROSS JOIN LATERAL scrutiny.amounts(i.body) a
     WHERE i.council_id = v_council AND i.document_id = v_document;

    INSERT INTO scrutiny.declaration (council_id, meeting_id, document_id, person_id, item_id,
                                      item_label, interest, kind)
    SELECT v_council, v_meeting, v_document, p.id,
           (SELECT i.id FROM scrutiny.item i
             WHERE i.council_id = v_council AND i.document_id = v_document
               AND (i.label = d.item_label OR i.ref::text = d.item_label
                    OR (i.ref IS NOT NULL AND scrutiny.number(i.ref)::text = d.item_label))
             ORDER BY i.ordinal LIMIT 1),
           d.item_label, d.interest, d.kind
      FROM scrutiny.declarations(v_content) d
      JOIN scrutiny.person p ON p.council_id = v_council AND p.key = scrutiny.person_key(d.name);

    -- The minutes are the record of who came: when they name anyone, they
    -- replace what ModernGov said about the meeting.
    IF EXISTS (SELECT FROM scrutiny.attendance(v_content)) THEN
        DELETE FROM scrutiny.attendance a WHERE a.council_id = v_council AND a.meeting_id = v_meeting;
        INSERT INTO scrutiny.attendance (council_id, meeting_id, person_id, status, role, category,
                                         organisation, source)
        SELECT DISTINCT ON (p.id) v_council, v_meeting, p.id, a.status, a.role, a.category,
               a.organisation, 'minutes'
          FROM scrutiny.attendance(v_content) a
          JOIN scrutiny.person p ON p.council_id = v_council AND p.key = scrutiny.person_key(a.name)
         ORDER BY p.id, a.ordinal;
    END IF;
END
$fn$;

CREATE OR REPLACE FUNCTION scrutiny.upsert_people(council_id bigint, doc text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
#variable_conflict use_column
BEGIN
    -- PL/pgSQL rather than SQL so that the plan is kept between calls.
    INSERT INTO scrutiny.person (council_id, name, key, honorific)
    SELECT DISTINCT ON (k) upsert_people.council_id, name, k, honorific
      FROM (SELECT a.name, a.honorific, scrutiny.person_key(a.name) AS k, a.ordinal AS o
              FROM scrutiny.attendance(upsert_people.doc) a
            UNION ALL
            SELECT d.name, NULL, scrutiny.person_key(d.name), 1000000
              FROM scrutiny.declarations(upsert_people.doc) d) named
     WHERE k <> ''
     ORDER BY k, o
    ON CONFLICT (council_id, key) DO NOTHING;
END
$fn$;

CREATE OR REPLACE FUNCTION scrutiny.kept_action_statuses(council_id bigint, document_ids bigint[]) RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
    SELECT coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
               'label', coalesce(i.label, i.ref::text, i.title), 'ordinal', a.ordinal, 'kind', a.kind,
               'text', a.text, 'status', a.status, 'closed_on', a.closed_on, 'note', a.note)
               ORDER BY a.id), '[]')
      FROM scrutiny.action a
      JOIN scrutiny.item i ON i.council_id = a.council_id AND i.id = a.item_id
     WHERE a.council_id = $1 AND i.document_id = ANY ($2)
       AND (a.status <> 'open' OR a.note IS NOT NULL);
$fn$;

CREATE OR REPLACE FUNCTION scrutiny.restore_action_statuses(council_id bigint, document_id bigint, kept jsonb)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
#variable_conflict use_column
DECLARE
    s    record;
    lost text[] := '{}';
BEGIN
    FOR s IN SELECT * FROM pg_catalog.jsonb_to_recordset(kept)
                 AS k(label text, ordinal int, kind text, text text, status text, closed_on date, note text)
    LOOP
        -- the same words in the same item; else the same place and kind
        UPDATE scrutiny.action a SET status = s.status, closed_on = s.closed_on, note = s.note
          FROM scrutiny.item i
         WHERE a.council_id = restore_action_statuses.council_id AND i.council_id = a.council_id
           AND i.id = a.item_id AND i.document_id = restore_action_statuses.document_id
           AND coalesce(i.label, i.ref::text, i.title) = s.label AND a.text = s.text
           AND a.status = 'open' AND a.note IS NULL;
        IF NOT FOUND THEN
            UPDATE scrutiny.action a SET status = s.status, closed_on = s.closed_on, note = s.note
              FROM scrutiny.item i
             WHERE a.council_id = restore_action_statuses.council_id AND i.council_id = a.council_id
               AND i.id = a.item_id AND i.document_id = restore_action_statuses.document_id
               AND coalesce(i.label, i.ref::text, i.title) = s.label AND a.ordinal = s.ordinal
               AND a.kind = s.kind AND a.status = 'open' AND a.note IS NULL;
            IF NOT FOUND THEN
                lost := lost || pg_catalog.format('%s #%s (%s, %s)', s.label, s.ordinal, s.status, pg_catalog.left(s.text, 60));
            END IF;
        END IF;
    END LOOP;
    IF pg_catalog.cardinality(lost) > 0 THEN
        RAISE WARNING 'scrutiny: % action status(es) set by people match no action of the new text',
                      pg_catalog.cardinality(lost)
              USING DETAIL = pg_catalog.array_to_string(lost, E'\n'),
                    HINT = 'They were: item label, action number, status, text. Set them again on the new rows of scrutiny.action.';
    END IF;
END
$fn$;

CREATE OR REPLACE FUNCTION scrutiny.resolve_citations_to(council_id bigint, document_id bigint) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
#variable_conflict use_column
DECLARE
    p_council  bigint := resolve_citations_to.council_id;
    p_document bigint := resolve_citations_to.document_id;
BEGIN
    -- PL/pgSQL rather than SQL so that the plan is kept between calls
    -- (planning cost six times the query).
    WITH target AS (
        SELECT c.id,
               (SELECT j.id FROM scrutiny.item j
                 WHERE j.council_id = p_council AND j.document_id = p_document AND j.ref = c.cited_ref
                 ORDER BY j.ordinal LIMIT 1) AS cited
          FROM scrutiny.citation c
          JOIN scrutiny.item ci ON ci.council_id = c.council_id AND ci.id = c.item_id
          JOIN scrutiny.meeting cm ON cm.council_id = ci.council_id AND cm.id = ci.meeting_id
         WHERE c.council_id = p_council AND c.cited_item_id IS NULL
           AND c.cited_ref IN (SELECT j.ref FROM scrutiny.item j
                                WHERE j.council_id = p_council AND j.document_id = p_document AND j.ref IS NOT NULL)
           AND cm.body_id = (SELECT m.body_id FROM scrutiny.document d
                               JOIN scrutiny.meeting m ON m.council_id = d.council_id AND m.id = d.meeting_id
                              WHERE d.council_id = p_council AND d.id = p_document)
         ORDER BY c.id
           FOR UPDATE OF c
    )
    UPDATE scrutiny.citation c SET cited_item_id = t.cited
      FROM target t
     WHERE c.council_id = p_council AND c.id = t.id;
END
$fn$;

CREATE OR REPLACE FUNCTION scrutiny.release_citations_of(council_id bigint, document_ids bigint[]) RETURNS void
    LANGUAGE sql
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
    WITH target AS (
        SELECT c.id FROM scrutiny.citation c
         WHERE c.council_id = $1
           AND c.cited_item_id IN (SELECT i.id FROM scrutiny.item i
                                    WHERE i.council_id = $1 AND i.document_id = ANY ($2))
         ORDER BY c.id
           FOR UPDATE
    )
    UPDATE scrutiny.citation c SET cited_item_id = NULL
      FROM target t
     WHERE c.council_id = $1 AND c.id = t.id;
$fn$;

CREATE OR REPLACE FUNCTION scrutiny.ingest(doc text, council text, body text, held_on date DEFAULT NULL,
                                source text DEFAULT NULL) RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
#variable_conflict use_column
DECLARE
    v_doc      text := ingest.doc;
    v_sha      text;
    v_council  bigint;
    v_body     bigint;
    v_meeting  bigint;
    v_document bigint;
    v_held     date;
    v_old      bigint[];
    v_kept     jsonb;
    v_version  text;
    info       record;
BEGIN
    PERFORM scrutiny.check_table_hooks();
    IF v_doc IS NULL OR ingest.council IS NULL OR ingest.body IS NULL THEN
        RAISE EXCEPTION 'scrutiny.ingest: doc, council and body must not be NULL'
              USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF pg_catalog.btrim(ingest.council) = '' OR pg_catalog.btrim(ingest.body) = '' THEN
        RAISE EXCEPTION 'scrutiny.ingest: council and body must not be empty'
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_sha := pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(v_doc, 'UTF8')), 'hex');

    INSERT INTO scrutiny.council (name) VALUES (pg_catalog.btrim(ingest.council))
        ON CONFLICT ((pg_catalog.lower(name))) DO NOTHING;
    SELECT c.id INTO v_council FROM scrutiny.council c WHERE pg_catalog.lower(c.name) = pg_catalog.lower(pg_catalog.btrim(ingest.council));
    IF v_council IS NULL THEN
        -- Another loader added it after this transaction's snapshot
        -- (REPEATABLE READ or SERIALIZABLE): the caller may retry.
        RAISE EXCEPTION 'scrutiny.ingest: council "%" was added by a concurrent transaction', ingest.council
              USING ERRCODE = 'serialization_failure',
                    HINT = 'Retry the transaction, or run ingest at READ COMMITTED.';
    END IF;

    -- The same content again: nothing to do.
    SELECT d.meeting_id INTO v_meeting FROM scrutiny.document d
     WHERE d.council_id = v_council AND d.sha256 = v_sha;
    IF FOUND THEN
        RETURN v_meeting;
    END IF;

    info := scrutiny.meeting_info(v_doc);
    IF ingest.held_on IS NOT NULL AND info.held_on IS NOT NULL AND info.held_on <> ingest.held_on THEN
        RAISE EXCEPTION 'scrutiny.ingest: held_on % contradicts the minutes, which say the meeting was held on %',
                        ingest.held_on, info.held_on
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'Pass the date the minutes give, or held_on => NULL to take it from the text.';
    END IF;
    v_held := coalesce(ingest.held_on, info.held_on);
    IF v_held IS NULL THEN
        RAISE EXCEPTION 'scrutiny.ingest: the minutes give no date of meeting'
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'Pass the date as held_on.';
    END IF;

    INSERT INTO scrutiny.body (council_id, name, kind)
    VALUES (v_council, pg_catalog.btrim(ingest.body), scrutiny.body_kind(ingest.body))
        ON CONFLICT (council_id, (pg_catalog.lower(name))) DO NOTHING;
    SELECT b.id INTO v_body FROM scrutiny.body b
     WHERE b.council_id = v_council AND pg_catalog.lower(b.name) = pg_catalog.lower(pg_catalog.btrim(ingest.body));
    IF v_body IS NULL THEN
        RAISE EXCEPTION 'scrutiny.ingest: body "%" was added by a concurrent transaction', ingest.body
              USING ERRCODE = 'serialization_failure',
                    HINT = 'Retry the transaction, or run ingest at READ COMMITTED.';
    END IF;

    -- One loader at a time per body.  A second loader of the same content
    -- finds it below once the first has committed; and citations, which
    -- link meetings of one body, are never resolved against a meeting
    -- another loader is writing or replacing (a lock per meeting let two
    -- loaders miss each other's items, or cite an item being deleted).
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(pg_catalog.format('scrutiny.body %s %s', v_council, v_body), 0));
    SELECT d.meeting_id INTO v_meeting FROM scrutiny.document d
     WHERE d.council_id = v_council AND d.sha256 = v_sha;
    IF FOUND THEN
        RETURN v_meeting;
    END IF;

    SELECT m.id INTO v_meeting FROM scrutiny.meeting m
     WHERE m.council_id = v_council AND m.body_id = v_body AND m.held_on = v_held
     ORDER BY m.starts_at IS NOT DISTINCT FROM info.starts_at DESC, m.id
     LIMIT 1;
    IF v_meeting IS NULL THEN
        INSERT INTO scrutiny.meeting (council_id, body_id, held_on, starts_at, ends_at, venue, adjourned)
        VALUES (v_council, v_body, v_held, info.starts_at, info.ends_at, info.venue,
                nullif(info.adjourned, '[]'))
        RETURNING id INTO v_meeting;
    ELSE
        -- The minutes record what happened; they win over the schedule.
        UPDATE scrutiny.meeting m
           SET starts_at = coalesce(info.starts_at, m.starts_at),
               ends_at = coalesce(info.ends_at, m.ends_at),
               venue = coalesce(info.venue, m.venue),
               adjourned = coalesce(nullif(info.adjourned, '[]'), m.adjourned)
         WHERE m.council_id = v_council AND m.id = v_meeting;
    END IF;

    PERFORM scrutiny.upsert_people(v_council, v_doc);

    -- A corrected version of the meeting's minutes replaces the old rows,
    -- keeping what people set on its actions.
    SELECT pg_catalog.array_agg(d.id ORDER BY d.id) INTO v_old FROM scrutiny.document d
     WHERE d.council_id = v_council AND d.meeting_id = v_meeting AND d.kind = 'minutes';
    IF v_old IS NOT NULL THEN
        v_kept := scrutiny.kept_action_statuses(v_council, v_old);
        PERFORM scrutiny.release_citations_of(v_council, v_old);
        DELETE FROM scrutiny.document d WHERE d.council_id = v_council AND d.id = ANY (v_old);
    END IF;

    SELECT e.extversion INTO v_version FROM pg_catalog.pg_extension e WHERE e.extname = 'scrutiny';
    INSERT INTO scrutiny.document (council_id, meeting_id, kind, source, content, public_content,
                                   sha256, parser_version)
    VALUES (v_council, v_meeting, 'minutes', ingest.source, v_doc, v_doc, v_sha, v_version)
    RETURNING id INTO v_document;

    PERFORM scrutiny.derive_document(v_council, v_document);
    IF v_kept IS NOT NULL THEN
        PERFORM scrutiny.restore_action_statuses(v_council, v_document, v_kept);
    END IF;
    PERFORM scrutiny.resolve_citations_to(v_council, v_document);
    RETURN v_meeting;
END
$fn$;

CREATE OR REPLACE FUNCTION scrutiny.reparse(document_id bigint DEFAULT NULL) RETURNS int
    LANGUAGE plpgsql
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
#variable_conflict use_column
DECLARE
    d       record;
    v_kept  jsonb;
    v_count int := 0;
    v_version text := (SELECT e.extversion FROM pg_catalog.pg_extension e WHERE e.extname = 'scrutiny');
BEGIN
    PERFORM scrutiny.check_table_hooks();
    IF reparse.document_id IS NOT NULL
       AND NOT EXISTS (SELECT FROM scrutiny.document x WHERE x.id = reparse.document_id) THEN
        RAISE EXCEPTION 'scrutiny.reparse: no document %', reparse.document_id
              USING ERRCODE = 'no_data_found';
    END IF;
    FOR d IN SELECT x.council_id, x.id, x.meeting_id, x.content, m.body_id, m.held_on
               FROM scrutiny.document x
               JOIN scrutiny.meeting m ON m.council_id = x.council_id AND m.id = x.meeting_id
              WHERE reparse.document_id IS NULL OR x.id = reparse.document_id
              ORDER BY x.council_id, x.id
    LOOP
        PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(pg_catalog.format('scrutiny.body %s %s', d.council_id, d.body_id), 0));
        PERFORM scrutiny.upsert_people(d.council_id, d.content);
        v_kept := scrutiny.kept_action_statuses(d.council_id, ARRAY[d.id]);
        PERFORM scrutiny.release_citations_of(d.council_id, ARRAY[d.id]);
        DELETE FROM scrutiny.item i WHERE i.council_id = d.council_id AND i.document_id = d.id;
        DELETE FROM scrutiny.declaration x WHERE x.council_id = d.council_id AND x.document_id = d.id;
        DELETE FROM scrutiny.attendance a
         WHERE a.council_id = d.council_id AND a.meeting_id = d.meeting_id AND a.source = 'minutes';
        PERFORM scrutiny.derive_document(d.council_id, d.id);
        PERFORM scrutiny.restore_action_statuses(d.council_id, d.id, v_kept);
        PERFORM scrutiny.resolve_citations_to(d.council_id, d.id);
        UPDATE scrutiny.document x SET parser_version = v_version
         WHERE x.council_id = d.council_id AND x.id = d.id;
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$fn$;

CREATE OR REPLACE FUNCTION scrutiny.moderngov_text(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
    AS $$
SELECT nullif(pg_catalog.btrim(pg_catalog.regexp_replace(
           coalesce(pg_catalog.string_agg(
               CASE
                   WHEN c.cp BETWEEN 1 AND 1114111 AND c.cp NOT BETWEEN 55296 AND 57343
                       THEN pg_catalog.chr(c.cp)
                   WHEN r.m[1] = '&amp;' THEN '&'
                   WHEN r.m[1] = '&lt;' THEN '<'
                   WHEN r.m[1] = '&gt;' THEN '>'
                   WHEN r.m[1] = '&quot;' THEN '"'
                   WHEN r.m[1] = '&apos;' THEN ''''
                   WHEN r.m[1] = '&nbsp;' THEN ' '
                   ELSE r.m[1]
               END, '' ORDER BY r.n), ''),
           '[\s\u00a0]+', ' ', 'g')), '')
  FROM pg_catalog.regexp_matches(t, '&#?[[:alnum:]]+;|[^&]+|&', 'g') WITH ORDINALITY AS r(m, n)
       CROSS JOIN LATERAL (SELECT CASE
           WHEN r.m[1] ~ '^&#[0-9]{1,7};$'
               THEN pg_catalog.substr(r.m[1], 3, pg_catalog.length(r.m[1]) - 3)::int
           WHEN r.m[1] ~* '^&#x[0-9a-f]{1,6};$'
               THEN ('x' || pg_catalog.lpad(pg_catalog.substr(r.m[1], 4, pg_catalog.length(r.m[1]) - 4),
                                            8, '0'))::bit(32)::int
           END AS cp) AS c
$$;

CREATE OR REPLACE FUNCTION scrutiny.import_moderngov(doc xml, council text) RETURNS integer
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, scrutiny, pg_temp
    AS $fn$
DECLARE
    shapes CONSTANT text := 'Pass the XML that mgWebService.asmx returns for GetCommittees (root <committees>), '
                            'GetMeetings (<getmeetings>), GetAllMeetingsByDate (<getmeetingsbydate>) '
                            'or GetMeeting (<meeting>).';
    -- Leading honorifics ("Councillor", "Cllr.", "Dr", "The Rt Hon", ...).
    hon_re CONSTANT text := '^((?:(?:county|borough|district|city|town|parish|community)\s+)?'
                            '(?:councillor|councilor|cllr|cynghorydd|cyng|mrs|mr|ms|miss|mx|dr|professor|prof'
                            '|the\s+rev(?:erend|d)?|reverend|revd|rev|canon|father|sir|dame|lord|lady|baroness'
                            '|(?:the\s+)?(?:rt\.?|right)\s+hon(?:ourable)?\.?|bailie|provost|alderman|rabbi'
                            '|imam|pastor|bishop|hon)\.?)\s+';
    -- Trailing postnominals, printed in capitals ("MBE", "JP", "PhD").
    post_re CONSTANT text := '(?:\s*,)?(?:\s+(?:MBE|OBE|CBE|KBE|DBE|BEM|JP|DL|QC|KC|MP|MSP|MEP|AM|MA|BA|BSc|BSC'
                             '|MSc|MSC|PhD|PHD|FRS|FCA|CC|GM|QPM|RN|FRCP|LLB|MBBS|CEng)\.?,?)+\s*$';
    v_council   text := pg_catalog.btrim(import_moderngov.council);
    v_root      text;
    v_cid       bigint;             -- the council
    v_n         integer := 0;       -- rows inserted, updated or deleted
    v_k         integer;
    v_committees jsonb := '[]';     -- {ext, title} in document order
    v_meetings  jsonb := '[]';      -- {ext, cext, held_on, starts_at, venue} in document order
    v_people    jsonb := '[]';      -- {key, name, honorific, status, role, category} in document order
    v_unknown   text[] := '{}';     -- attendance values not understood
    v_bodies    jsonb := '{}';      -- committee id -> body id
    v_attendees boolean := false;   -- a GetMeeting response with <attendees>
    v_meeting   bigint;             -- the meeting of a GetMeeting response
    v_pids      bigint[] := '{}';
    r           record;
    v_bid       bigint;
    v_mid       bigint;
    v_pid       bigint;
    v_name      text;
    v_s         text;
    v_p         text[];
    v_y         int;
    v_mo        int;
    v_d         int;
    v_h         int;
    v_mi        int;
    v_se        int;
    v_date      date;
    v_time      time;
    v_hon       text;
    v_status    text;
    v_role      text;
    v_category  text;
    v_paren     text;
BEGIN
    PERFORM scrutiny.check_table_hooks();
    IF doc IS NULL THEN
        RAISE EXCEPTION 'scrutiny.import_moderngov: the document is NULL'
            USING ERRCODE = 'invalid_parameter_value', HINT = shapes;
    END IF;
    IF v_council IS NULL OR v_council = '' THEN
        RAISE EXCEPTION 'scrutiny.import_moderngov: no council given'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'ModernGov''s responses do not name the council: pass its name (or its external_id) as the second argument.';
    END IF;
    IF NOT doc IS DOCUMENT THEN
        RAISE EXCEPTION 'scrutiny.import_moderngov: the XML is not a single document'
            USING ERRCODE = 'invalid_text_representation', HINT = shapes;
    END IF;

    v_root := (pg_catalog.xpath('local-name(/*)', doc))[1]::text;
    -- A SOAP response: Envelope / Body / <op>Response / <op>Result / the document.
    IF v_root = 'Envelope' THEN
        doc := (pg_catalog.xpath('/*[local-name()="Envelope"]/*[local-name()="Body"]/*[1]/*[1]/*[1]', doc))[1];
        v_root := CASE WHEN doc IS NULL THEN 'Envelope'
                       ELSE (pg_catalog.xpath('local-name(/*)', doc))[1]::text END;
    END IF;
    IF v_root IS NULL OR v_root NOT IN ('committees', 'getmeetings', 'getmeetingsbydate', 'meeting') THEN
        RAISE EXCEPTION 'scrutiny.import_moderngov: unexpected root element <%>', v_root
            USING ERRCODE = 'invalid_text_representation', HINT = shapes;
    END IF;

    ------------------------------------------------------------------
    -- Read and check the whole document before writing anything (an
    -- error later still undoes the call's writes: it is one statement).
    ------------------------------------------------------------------

    -- Committees listed as such (GetCommittees, GetMeetings).
    IF v_root IN ('committees', 'getmeetings') THEN
        FOR r IN
            SELECT x.ord, scrutiny.moderngov_text(x.ext) AS ext, scrutiny.moderngov_text(x.title) AS title,
                   pg_catalog.lower(pg_catalog.btrim(x.deleted)) AS deleted
              FROM XMLTABLE('/*/*[local-name()="committee"]' PASSING doc
                            COLUMNS ord FOR ORDINALITY,
                                    ext text PATH '*[local-name()="committeeid"]',
                                    title text PATH '*[local-name()="committeetitle"]',
                                    deleted text PATH '*[local-name()="committeedeleted"]') AS x
             ORDER BY x.ord
        LOOP
            IF r.ext IS NULL THEN
                RAISE EXCEPTION 'scrutiny.import_moderngov: <committee> number % has no <committeeid>', r.ord
                    USING ERRCODE = 'invalid_text_representation',
                          HINT = 'Every <committee> needs a <committeeid>.';
            END IF;
            IF r.title IS NULL AND v_root = 'committees' THEN
                RAISE EXCEPTION 'scrutiny.import_moderngov: committee % has no <committeetitle>', r.ext
                    USING ERRCODE = 'invalid_text_representation',
                          HINT = 'Every <committee> of GetCommittees needs a <committeetitle>.';
            END IF;
            IF r.deleted IN ('true', '1', 'yes') THEN
                CONTINUE;
            END IF;
            v_committees := v_committees || pg_catalog.jsonb_build_object('ext', r.ext, 'title', r.title);
        END LOOP;
    END IF;

    -- Meetings (GetMeetings, GetAllMeetingsByDate, GetMeeting).  A meeting's
    -- committee is the nearest enclosing element with a <committeeid>: the
    -- meeting itself (GetAllMeetingsByDate, GetMeeting) or its <committee>.
    IF v_root <> 'committees' THEN
        FOR r IN
            SELECT x.ord, scrutiny.moderngov_text(x.ext) AS ext, scrutiny.moderngov_text(x.mdate) AS mdate,
                   scrutiny.moderngov_text(x.mtime) AS mtime, scrutiny.moderngov_text(x.venue) AS venue,
                   scrutiny.moderngov_text(x.status) AS status, scrutiny.moderngov_text(x.cext) AS cext,
                   scrutiny.moderngov_text(x.ctitle) AS ctitle
              FROM XMLTABLE(CASE WHEN v_root = 'meeting' THEN '/*' ELSE '/*//*[local-name()="meeting"]' END
                            PASSING doc
                            COLUMNS ord FOR ORDINALITY,
                                    ext text PATH '*[local-name()="meetingid"]',
                                    mdate text PATH '*[local-name()="meetingdate"]',
                                    mtime text PATH '*[local-name()="meetingtime"]',
                                    venue text PATH '*[local-name()="meetinglocation"]',
                                    status text PATH '*[local-name()="meetingstatus"]',
                                    cext text PATH 'ancestor-or-self::*[*[local-name()="committeeid"]][1]/*[local-name()="committeeid"]',
                                    ctitle text PATH 'ancestor-or-self::*[*[local-name()="committeeid"]][1]/*[local-name()="committeetitle"]') AS x
             ORDER BY x.ord
        LOOP
            IF r.ext IS NULL THEN
                RAISE EXCEPTION 'scrutiny.import_moderngov: <meeting> number % has no <meetingid>', r.ord
                    USING ERRCODE = 'invalid_text_representation',
                          HINT = 'Every <meeting> needs a <meetingid> and a <meetingdate>.';
            END IF;

            -- The date: dd/mm/yyyy as the service gives it, or ISO yyyy-mm-dd
            -- (with a time, which then stands for a missing <meetingtime>).
            v_s := r.mdate;
            v_date := NULL;
            v_time := NULL;
            v_p := pg_catalog.regexp_match(v_s, '^(\d{1,2})/(\d{1,2})/(\d{4})$');
            IF v_p IS NOT NULL THEN
                v_d := v_p[1]::int; v_mo := v_p[2]::int; v_y := v_p[3]::int;
            ELSE
                v_p := pg_catalog.regexp_match(v_s, '^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$');
                IF v_p IS NOT NULL THEN
                    v_y := v_p[1]::int; v_mo := v_p[2]::int; v_d := v_p[3]::int;
                    IF v_p[4] IS NOT NULL AND v_p[4]::int < 24 AND v_p[5]::int < 60
                       AND coalesce(v_p[6]::int, 0) < 60 AND (v_p[4] || v_p[5]) <> '0000' THEN
                        v_time := pg_catalog.make_time(v_p[4]::int, v_p[5]::int, coalesce(v_p[6]::int, 0));
                    END IF;
                END IF;
            END IF;
            IF v_p IS NOT NULL AND v_y >= 1 AND v_mo BETWEEN 1 AND 12 AND v_d >= 1 THEN
                IF v_d <= pg_catalog.date_part('day', pg_catalog.make_date(v_y, v_mo, 1)
                                                        + interval '1 month' - interval '1 day') THEN
                    v_date := pg_catalog.make_date(v_y, v_mo, v_d);
                END IF;
            END IF;
            IF v_date IS NULL THEN
                RAISE EXCEPTION 'scrutiny.import_moderngov: meeting % has an invalid <meetingdate>: "%"',
                                r.ext, coalesce(v_s, '')
                    USING ERRCODE = 'invalid_text_representation',
                          HINT = 'ModernGov gives dates as dd/mm/yyyy (04/03/2024); yyyy-mm-dd is accepted too.';
            END IF;

            -- The time: 18:00, 18:00:00, 6.30 pm, 6pm, 10.00 a.m., noon.
            -- Anything else ("TBC") is no time.
            v_s := pg_catalog.lower(r.mtime);
            IF v_s IN ('noon', 'midday', '12 noon', '12 midday') THEN
                v_time := '12:00';
            ELSIF v_s IS NOT NULL THEN
                v_p := pg_catalog.regexp_match(v_s, '^(\d{1,2})(?:[.:](\d{2}))?(?::(\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?)?$');
                IF v_p IS NOT NULL AND (v_p[2] IS NOT NULL OR v_p[4] IS NOT NULL) THEN
                    v_h := v_p[1]::int;
                    v_mi := coalesce(v_p[2]::int, 0);
                    v_se := coalesce(v_p[3]::int, 0);
                    IF v_p[4] IS NOT NULL THEN
                        v_h := CASE WHEN v_h NOT BETWEEN 1 AND 12 THEN 99
                                    WHEN pg_catalog.left(v_p[4], 1) = 'a' THEN v_h % 12
                                    ELSE v_h % 12 + 12 END;
                    END IF;
                    IF v_h < 24 AND v_mi < 60 AND v_se < 60 THEN
                        v_time := pg_catalog.make_time(v_h, v_mi, v_se);
                    END IF;
                END IF;
            END IF;

            -- A cancelled meeting is not imported (an existing row is left alone).
            CONTINUE WHEN r.status ~* 'cancel';

            IF r.cext IS NOT NULL THEN
                v_committees := v_committees || pg_catalog.jsonb_build_object('ext', r.cext, 'title', r.ctitle);
            END IF;
            v_meetings := v_meetings || pg_catalog.jsonb_build_object(
                'ext', r.ext, 'cext', r.cext, 'held_on', v_date, 'starts_at', v_time, 'venue', r.venue);
        END LOOP;
    END IF;

    -- Attendees (GetMeeting).
    IF v_root = 'meeting' THEN
        v_attendees := pg_catalog.xpath_exists('/*/*[local-name()="attendees"]', doc);
        FOR r IN
            SELECT x.ord, scrutiny.moderngov_text(x.aname) AS aname,
                   scrutiny.moderngov_text(x.attendance) AS given,
                   pg_catalog.lower(scrutiny.moderngov_text(x.attendance)) AS attendance,
                   scrutiny.moderngov_text(x.role) AS role, pg_catalog.lower(scrutiny.moderngov_text(x.mtype)) AS mtype
              FROM XMLTABLE('/*/*[local-name()="attendees"]/*[local-name()="attendee"]' PASSING doc
                            COLUMNS ord FOR ORDINALITY,
                                    aname text PATH '(@*[local-name()="name"] | *[local-name()="name"])[1]',
                                    attendance text PATH '(@*[local-name()="attendance"] | *[local-name()="attendance"])[1]',
                                    role text PATH '(@*[local-name()="roledescription"] | *[local-name()="roledescription"])[1]',
                                    mtype text PATH '(@*[local-name()="membertype"] | *[local-name()="membertype"])[1]') AS x
             ORDER BY x.ord
        LOOP
            IF r.aname IS NULL THEN
                RAISE EXCEPTION 'scrutiny.import_moderngov: <attendee> number % has no name', r.ord
                    USING ERRCODE = 'invalid_text_representation',
                          HINT = 'Every <attendee> needs a name attribute (or a <name> element).';
            END IF;

            -- Attendance onto scrutiny's status; "Expected" (the meeting has not
            -- taken place) and values not understood are skipped.
            v_status := CASE
                WHEN r.attendance ~ '^(present\M.*\msubstitute|substitute|attended as substitute)' THEN 'substitute'
                WHEN r.attendance ~ '^apolog' THEN 'apologies'
                WHEN r.attendance ~ '^(absent|not present|did not attend|non-attendance)' THEN 'absent'
                WHEN r.attendance ~ '^(present|in attendance|attended|attending|virtual|remote)' THEN 'present'
                END;
            IF v_status IS NULL THEN
                IF r.attendance IS NOT NULL AND r.attendance <> 'expected' THEN
                    v_unknown := v_unknown || r.given;
                END IF;
                CONTINUE;
            END IF;

            -- The name without honorifics, postnominals and a closing "(...)".
            v_name := r.aname;
            v_paren := NULL;
            v_p := pg_catalog.regexp_match(v_name, '^(.*\S)\s*\(([^()]*)\)$');
            IF v_p IS NOT NULL THEN
                v_name := v_p[1];
                v_paren := nullif(pg_catalog.btrim(v_p[2]), '');
            END IF;
            v_hon := NULL;
            LOOP
                v_p := pg_catalog.regexp_match(v_name, hon_re, 'i');
                EXIT WHEN v_p IS NULL OR pg_catalog.length(v_p[1]) >= pg_catalog.length(v_name) - 1;
                v_hon := coalesce(v_hon, v_p[1]);
                v_name := pg_catalog.btrim(pg_catalog.substr(v_name, pg_catalog.length(v_p[1]) + 1));
            END LOOP;
            IF v_hon IS NOT NULL THEN
                v_hon := pg_catalog.lower(pg_catalog.regexp_replace(v_hon, '[.\s]+', ' ', 'g'));
                v_hon := CASE
                    WHEN v_hon ~ 'counc|cllr' THEN 'Councillor'
                    WHEN v_hon ~ '^cyng' THEN 'Cynghorydd'
                    WHEN v_hon ~ '(rt|right) hon' THEN 'Rt Hon'
                    WHEN v_hon ~ '^the rev' THEN 'Rev'
                    ELSE pg_catalog.initcap(pg_catalog.btrim(v_hon)) END;
            END IF;
            v_s := pg_catalog.regexp_replace(v_name, post_re, '');
            IF v_s <> '' THEN
                v_name := v_s;
            END IF;
            IF scrutiny.person_key(v_name) = '' THEN
                RAISE EXCEPTION 'scrutiny.import_moderngov: attendee % has no name: "%"', r.ord, r.aname
                    USING ERRCODE = 'invalid_text_representation',
                          HINT = 'Every <attendee> needs a name with letters or digits in it.';
            END IF;

            -- A substitute marked only by the role; generic roles are none.
            v_role := coalesce(r.role, v_paren);
            IF v_role ~* '^substitute( member)?$' THEN
                v_status := CASE WHEN v_status = 'present' THEN 'substitute' ELSE v_status END;
                v_role := NULL;
            ELSIF v_role ~* '^((committee|panel|board|sub-committee|council|cabinet)\s+)?(member|councillor)s?$' THEN
                v_role := NULL;
            END IF;
            v_category := CASE
                WHEN r.mtype ~ 'officer' THEN 'officer'
                WHEN r.mtype ~ 'co-?opt' THEN 'co-opted'
                WHEN r.mtype ~ 'cabinet|portfolio|executive' THEN 'cabinet member'
                WHEN r.mtype ~ 'guest|invite|visitor|witness|observer|speaker' THEN 'invited'
                WHEN r.mtype ~ 'member|councillor|substitute|reserve|chair' THEN 'member'
                WHEN v_hon = 'Councillor' THEN 'member'
                END;
            v_people := v_people || pg_catalog.jsonb_build_object(
                'key', scrutiny.person_key(v_name), 'name', v_name, 'honorific', v_hon,
                'status', v_status, 'role', v_role, 'category', v_category);
        END LOOP;
    END IF;

    ------------------------------------------------------------------
    -- Write: the council, then bodies, meetings, people and attendance,
    -- each in the order of its key so that concurrent imports lock rows
    -- in the same order.
    ------------------------------------------------------------------

    SELECT c.id INTO v_cid FROM scrutiny.council AS c WHERE c.external_id = v_council;
    IF NOT FOUND THEN
        SELECT c.id INTO v_cid FROM scrutiny.council AS c WHERE pg_catalog.lower(c.name) = pg_catalog.lower(v_council);
        IF NOT FOUND THEN
            INSERT INTO scrutiny.council AS c (name) VALUES (v_council)
                ON CONFLICT (pg_catalog.lower(name)) DO NOTHING
                RETURNING c.id INTO v_cid;
            IF FOUND THEN
                v_n := v_n + 1;
            ELSE
                SELECT c.id INTO v_cid FROM scrutiny.council AS c
                 WHERE pg_catalog.lower(c.name) = pg_catalog.lower(v_council);
            END IF;
        END IF;
    END IF;

    -- Bodies, by ModernGov committee id; a body of the same name without one
    -- (made from minutes) takes the id.
    FOR r IN
        SELECT DISTINCT ON (e.j ->> 'ext' COLLATE "C") e.j ->> 'ext' AS ext, e.j ->> 'title' AS title
          FROM pg_catalog.jsonb_array_elements(v_committees) WITH ORDINALITY AS e(j, ord)
         ORDER BY e.j ->> 'ext' COLLATE "C", (e.j ->> 'title' IS NULL), e.ord
    LOOP
        SELECT b.id INTO v_bid FROM scrutiny.body AS b WHERE b.council_id = v_cid AND b.external_id = r.ext;
        IF FOUND THEN
            IF r.title IS NOT NULL THEN
                BEGIN
                    UPDATE scrutiny.body AS b
                       SET name = r.title,
                           kind = CASE WHEN b.kind = scrutiny.body_kind(b.name) THEN scrutiny.body_kind(r.title)
                                       ELSE b.kind END
                     WHERE b.council_id = v_cid AND b.id = v_bid AND b.name IS DISTINCT FROM r.title;
                    GET DIAGNOSTICS v_k = ROW_COUNT;
                    v_n := v_n + v_k;
                EXCEPTION WHEN unique_violation THEN
                    RAISE NOTICE 'scrutiny.import_moderngov: committee % keeps its name: another body is called "%"',
                                 r.ext, r.title;
                END;
            END IF;
        ELSE
            IF r.title IS NULL THEN
                RAISE EXCEPTION 'scrutiny.import_moderngov: committee % is not known and the document gives no <committeetitle>', r.ext
                    USING ERRCODE = 'invalid_text_representation',
                          HINT = 'Import the council''s GetCommittees response first.';
            END IF;
            UPDATE scrutiny.body AS b
               SET external_id = r.ext, name = r.title,
                   kind = CASE WHEN b.kind = scrutiny.body_kind(b.name) THEN scrutiny.body_kind(r.title)
                               ELSE b.kind END
             WHERE b.council_id = v_cid AND pg_catalog.lower(b.name) = pg_catalog.lower(r.title)
               AND b.external_id IS NULL
            RETURNING b.id INTO v_bid;
            IF FOUND THEN
                v_n := v_n + 1;
            ELSE
                INSERT INTO scrutiny.body AS b (council_id, name, kind, external_id)
                     VALUES (v_cid, r.title, scrutiny.body_kind(r.title), r.ext)
                ON CONFLICT (council_id, pg_catalog.lower(name)) DO NOTHING
                RETURNING b.id INTO v_bid;
                IF FOUND THEN
                    v_n := v_n + 1;
                ELSE
                    -- The name is taken by a body with another committee id (ModernGov
                    -- may keep an expired committee of the same title), or ingest has
                    -- just made it: its meetings go to that body.
                    SELECT b.id INTO v_bid FROM scrutiny.body AS b
                     WHERE b.council_id = v_cid AND pg_catalog.lower(b.name) = pg_catalog.lower(r.title);
                    UPDATE scrutiny.body AS b SET external_id = r.ext
                     WHERE b.council_id = v_cid AND b.id = v_bid AND b.external_id IS NULL;
                    GET DIAGNOSTICS v_k = ROW_COUNT;
                    v_n := v_n + v_k;
                END IF;
            END IF;
        END IF;
        v_bodies := v_bodies || pg_catalog.jsonb_build_object(r.ext, v_bid);
    END LOOP;

    -- Meetings, by ModernGov meeting id; a meeting of the same body and day
    -- without one (made from minutes) takes the id.  Values the document
    -- does not give (the venue, in GetMeetings) are kept.
    FOR r IN
        SELECT DISTINCT ON (e.j ->> 'ext' COLLATE "C") e.j ->> 'ext' AS ext, e.j ->> 'cext' AS cext,
               (e.j ->> 'held_on')::date AS held_on, (e.j ->> 'starts_at')::time AS starts_at,
               e.j ->> 'venue' AS venue
          FROM pg_catalog.jsonb_array_elements(v_meetings) WITH ORDINALITY AS e(j, ord)
         ORDER BY e.j ->> 'ext' COLLATE "C", e.ord
    LOOP
        v_bid := (v_bodies ->> r.cext)::bigint;
        IF v_bid IS NULL THEN
            SELECT m.body_id INTO v_bid FROM scrutiny.meeting AS m
             WHERE m.council_id = v_cid AND m.external_id = r.ext;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'scrutiny.import_moderngov: meeting % names no committee and is not known', r.ext
                    USING ERRCODE = 'invalid_text_representation',
                          HINT = 'Import the committee''s GetMeetings response first, or give the meeting a <committeeid>.';
            END IF;
        END IF;

        UPDATE scrutiny.meeting AS m
           SET body_id = v_bid, held_on = r.held_on,
               starts_at = coalesce(r.starts_at, m.starts_at), venue = coalesce(r.venue, m.venue)
         WHERE m.council_id = v_cid AND m.external_id = r.ext
           AND (m.body_id, m.held_on, m.starts_at, m.venue) IS DISTINCT FROM
               (v_bid, r.held_on, coalesce(r.starts_at, m.starts_at), coalesce(r.venue, m.venue))
        RETURNING m.id INTO v_mid;
        IF FOUND THEN
            v_n := v_n + 1;
        ELSE
            SELECT m.id INTO v_mid FROM scrutiny.meeting AS m WHERE m.council_id = v_cid AND m.external_id = r.ext;
            IF NOT FOUND THEN
                UPDATE scrutiny.meeting AS m
                   SET external_id = r.ext,
                       starts_at = coalesce(r.starts_at, m.starts_at),
                       venue = coalesce(r.venue, m.venue)
                 WHERE m.council_id = v_cid AND m.external_id IS NULL
                   AND m.id = (SELECT o.id FROM scrutiny.meeting AS o
                                WHERE o.council_id = v_cid AND o.body_id = v_bid AND o.held_on = r.held_on
                                  AND o.external_id IS NULL
                                  AND (r.starts_at IS NULL OR o.starts_at IS NULL OR o.starts_at = r.starts_at)
                                ORDER BY (o.starts_at = r.starts_at) DESC NULLS LAST, o.id
                                LIMIT 1)
                RETURNING m.id INTO v_mid;
                IF FOUND THEN
                    v_n := v_n + 1;
                ELSE
                    INSERT INTO scrutiny.meeting AS m (council_id, body_id, held_on, starts_at, venue, external_id)
                         VALUES (v_cid, v_bid, r.held_on, r.starts_at, r.venue, r.ext)
                    ON CONFLICT (council_id, external_id) DO UPDATE
                       SET body_id = excluded.body_id, held_on = excluded.held_on,
                           starts_at = coalesce(excluded.starts_at, m.starts_at),
                           venue = coalesce(excluded.venue, m.venue)
                     WHERE (m.body_id, m.held_on, m.starts_at, m.venue) IS DISTINCT FROM
                           (excluded.body_id, excluded.held_on, coalesce(excluded.starts_at, m.starts_at),
                            coalesce(excluded.venue, m.venue))
                    RETURNING m.id INTO v_mid;
                    IF FOUND THEN
                        v_n := v_n + 1;
                    ELSE
                        SELECT m.id INTO v_mid FROM scrutiny.meeting AS m
                         WHERE m.council_id = v_cid AND m.external_id = r.ext;
                    END IF;
                END IF;
            END IF;
        END IF;
        v_meeting := v_mid;
    END LOOP;

    -- Attendance of a GetMeeting response, unless the minutes have given the
    -- meeting's attendance (they replace ModernGov's).  People are matched
    -- on scrutiny.person_key of the name.
    IF v_attendees AND v_meeting IS NOT NULL
       AND NOT EXISTS (SELECT FROM scrutiny.attendance AS a
                        WHERE a.council_id = v_cid AND a.meeting_id = v_meeting AND a.source = 'minutes') THEN
        FOR r IN
            SELECT DISTINCT ON (e.j ->> 'key' COLLATE "C") e.j ->> 'key' AS key, e.j ->> 'name' AS name,
                   e.j ->> 'honorific' AS honorific, e.j ->> 'status' AS status, e.j ->> 'role' AS role,
                   e.j ->> 'category' AS category
              FROM pg_catalog.jsonb_array_elements(v_people) WITH ORDINALITY AS e(j, ord)
             ORDER BY e.j ->> 'key' COLLATE "C", e.ord
        LOOP
            INSERT INTO scrutiny.person AS p (council_id, name, key, honorific)
                 VALUES (v_cid, r.name, r.key, r.honorific)
            ON CONFLICT (council_id, key) DO UPDATE SET honorific = excluded.honorific
             WHERE excluded.honorific IS NOT NULL AND p.honorific IS DISTINCT FROM excluded.honorific
            RETURNING p.id INTO v_pid;
            IF FOUND THEN
                v_n := v_n + 1;
            ELSE
                SELECT p.id INTO v_pid FROM scrutiny.person AS p WHERE p.council_id = v_cid AND p.key = r.key;
            END IF;
            v_pids := v_pids || v_pid;

            INSERT INTO scrutiny.attendance AS a (council_id, meeting_id, person_id, status, role, category, source)
                 VALUES (v_cid, v_meeting, v_pid, r.status, r.role, r.category, 'moderngov')
            ON CONFLICT (council_id, meeting_id, person_id) DO UPDATE
               SET status = excluded.status, role = excluded.role, category = excluded.category
             WHERE a.source = 'moderngov'
               AND (a.status, a.role, a.category) IS DISTINCT FROM (excluded.status, excluded.role, excluded.category);
            GET DIAGNOSTICS v_k = ROW_COUNT;
            v_n := v_n + v_k;
        END LOOP;

        DELETE FROM scrutiny.attendance AS a
         WHERE a.council_id = v_cid AND a.meeting_id = v_meeting AND a.source = 'moderngov'
           AND a.person_id <> ALL (v_pids);
        GET DIAGNOSTICS v_k = ROW_COUNT;
        v_n := v_n + v_k;
    END IF;

    IF pg_catalog.cardinality(v_unknown) > 0 THEN
        RAISE NOTICE 'scrutiny.import_moderngov: % attendee(s) skipped, attendance not understood: %',
                     pg_catalog.cardinality(v_unknown),
                     (SELECT pg_catalog.string_agg(DISTINCT pg_catalog.format('"%s"', u), ', ')
                        FROM pg_catalog.unnest(v_unknown) AS u);
    END IF;

    RETURN v_n;
END
$fn$;

CREATE OR REPLACE FUNCTION scrutiny.meeting_ocd(meeting_id bigint) RETURNS jsonb
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
    AS $fn$
SELECT pg_catalog.jsonb_build_object(
    '_type', 'event',
    'name', b.name,
    'description', '',
    'classification', 'committee-meeting',
    'start_date', t.start_date,
    'end_date', t.end_date,
    'timezone', 'Europe/London',
    'all_day', false,
    'status', CASE WHEN m.held_on < (pg_catalog.now() AT TIME ZONE 'Europe/London')::date
                     OR EXISTS (SELECT FROM scrutiny.document AS d
                                 WHERE d.council_id = m.council_id AND d.meeting_id = m.id AND d.kind = 'minutes')
                   THEN 'passed' ELSE 'confirmed' END,
    'location', pg_catalog.jsonb_build_object(
        'name', coalesce(m.venue, 'Not recorded'),
        'note', CASE WHEN m.venue IS NULL THEN 'scrutiny holds no venue for this meeting' ELSE '' END,
        'url', NULL,
        'coordinates', NULL),
    'participants',
        pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object(
            'name', b.name, 'type', 'organization', 'entity_type', 'organization', 'note', 'host'))
        || coalesce((
            SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object(
                       'name', p.name, 'type', 'person', 'entity_type', 'person', 'note', a.status,
                       'role', a.role, 'category', a.category, 'organisation', a.organisation,
                       'honorific', p.honorific, 'source', a.source))
                   ORDER BY pg_catalog.array_position(ARRAY['present', 'substitute', 'apologies', 'absent'], a.status),
                            p.name, p.id)
              FROM scrutiny.attendance AS a
              JOIN scrutiny.person AS p ON p.council_id = a.council_id AND p.id = a.person_id
             WHERE a.council_id = m.council_id AND a.meeting_id = m.id), '[]'::jsonb),
    'agenda', coalesce((
        SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
                   'description', coalesce(nullif(pg_catalog.btrim(i.title), ''),
                                                      nullif(pg_catalog.btrim(i.label), ''),
                                                      'Item ' || i.ordinal),
                   'order', i.ordinal::text,
                   'classification', '[]'::jsonb,
                   'subjects', '[]'::jsonb,
                   'notes', r.notes,
                   'related_entities', '[]'::jsonb,
                   'media', '[]'::jsonb,
                   'extras', pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object(
                                 'minute_ref', i.ref::text, 'label', i.label, 'exempt', i.exempt,
                                 'exempt_paragraph', i.exempt_paragraph, 'exempt_basis', i.exempt_basis))
                             || pg_catalog.jsonb_build_object('decisions', r.decisions))
               ORDER BY i.document_id, i.ordinal)
          FROM scrutiny.item AS i
          CROSS JOIN LATERAL (
              SELECT coalesce(pg_catalog.jsonb_agg(pg_catalog.concat_ws(' ', s.label, s.text)
                                                              ORDER BY s.ordinal)
                                             FILTER (WHERE pg_catalog.btrim(s.text) <> ''), '[]'::jsonb) AS notes,
                     coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object(
                                             'label', s.label, 'text', s.text, 'kind', s.kind,
                                             'votes_for', s.votes_for, 'votes_against', s.votes_against,
                                             'abstentions', s.abstentions, 'carried', s.carried))
                                         ORDER BY s.ordinal), '[]'::jsonb) AS decisions
                FROM scrutiny.resolution AS s
               WHERE s.council_id = i.council_id AND s.item_id = i.id) AS r
         WHERE i.council_id = m.council_id AND i.meeting_id = m.id), '[]'::jsonb),
    'media', '[]'::jsonb,
    'documents', coalesce((
        SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object(
                   'note', pg_catalog.initcap(d.kind),
                   'url', pg_catalog.replace(pg_catalog.btrim(d.source), ' ', '%20'),
                   'media_type', CASE
                       WHEN d.source ~* '\.pdf($|[?#])' THEN 'application/pdf'
                       WHEN d.source ~* '\.docx($|[?#])'
                           THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                       WHEN d.source ~* '\.doc($|[?#])' THEN 'application/msword'
                       WHEN d.source ~* '\.html?($|[?#])' THEN 'text/html'
                       WHEN d.source ~* '\.(txt|md)($|[?#])' THEN 'text/plain'
                       END))
               ORDER BY d.id)
          FROM scrutiny.document AS d
         WHERE d.council_id = m.council_id AND d.meeting_id = m.id
           AND pg_catalog.btrim(coalesce(d.source, '')) <> ''), '[]'::jsonb),
    'links', CASE WHEN g.page IS NULL THEN '[]'::jsonb
                  ELSE pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object(
                           'note', 'ModernGov meeting page', 'url', g.page)) END,
    'sources', CASE WHEN pg_catalog.jsonb_array_length(g.sources) > 0 THEN g.sources
                    ELSE pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object(
                             'url', pg_catalog.format('urn:scrutiny:council:%s:meeting:%s', m.council_id, m.id),
                             'note', 'scrutiny database')) END,
    'extras', pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object(
                  'council', c.name, 'council_id', m.council_id, 'council_external_id', c.external_id,
                  'meeting_id', m.id, 'body_id', b.id, 'body_kind', b.kind,
                  'municipal_year', m.municipal_year,
                  'moderngov_meeting_id', m.external_id, 'moderngov_committee_id', b.external_id))
              || CASE WHEN m.adjourned IS NULL THEN '{}'::jsonb
                      ELSE pg_catalog.jsonb_build_object('adjourned', m.adjourned) END)
  FROM scrutiny.meeting AS m
  JOIN scrutiny.body AS b ON b.council_id = m.council_id AND b.id = m.body_id
  JOIN scrutiny.council AS c ON c.id = m.council_id
  CROSS JOIN LATERAL (
      SELECT m.held_on + m.starts_at AS st,
             CASE WHEN m.ends_at IS NULL THEN NULL
                  WHEN m.starts_at IS NOT NULL AND m.ends_at < m.starts_at THEN m.held_on + 1 + m.ends_at
                  ELSE m.held_on + m.ends_at END AS et) AS l
  CROSS JOIN LATERAL (
      SELECT CASE WHEN l.st IS NULL THEN pg_catalog.to_char(m.held_on, 'YYYY-MM-DD')
                  ELSE pg_catalog.to_char(l.st, 'YYYY-MM-DD"T"HH24:MI:SS')
                       || (SELECT CASE WHEN z.o < interval '0' THEN '-' || pg_catalog.to_char(-z.o, 'HH24:MI')
                                       ELSE '+' || pg_catalog.to_char(z.o, 'HH24:MI') END
                             FROM (SELECT l.st - ((l.st AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC') AS o) AS z)
                  END AS start_date,
             CASE WHEN l.et IS NULL THEN ''
                  ELSE pg_catalog.to_char(l.et, 'YYYY-MM-DD"T"HH24:MI:SS')
                       || (SELECT CASE WHEN z.o < interval '0' THEN '-' || pg_catalog.to_char(-z.o, 'HH24:MI')
                                       ELSE '+' || pg_catalog.to_char(z.o, 'HH24:MI') END
                             FROM (SELECT l.et - ((l.et AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC') AS o) AS z)
                  END AS end_date) AS t
  CROSS JOIN LATERAL (
      SELECT CASE WHEN c.external_id ~* '^https?://' AND m.external_id IS NOT NULL AND b.external_id IS NOT NULL
                  THEN pg_catalog.rtrim(c.external_id, '/') || '/ieListDocuments.aspx?CId=' || b.external_id
                       || '&MId=' || m.external_id END AS page) AS g0
  CROSS JOIN LATERAL (
      SELECT g0.page,
             CASE WHEN g0.page IS NULL THEN '[]'::jsonb
                  ELSE pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object(
                           'url', g0.page, 'note', 'ModernGov meeting page')) END
             || coalesce((
                    SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
                               'url', pg_catalog.replace(pg_catalog.btrim(d.source), ' ', '%20'), 'note', d.kind)
                               ORDER BY d.id)
                      FROM scrutiny.document AS d
                     WHERE d.council_id = m.council_id AND d.meeting_id = m.id
                       AND pg_catalog.btrim(d.source) ~* '^[a-z][a-z0-9+.-]*:\S'), '[]'::jsonb) AS sources) AS g
 WHERE m.id = meeting_ocd.meeting_id
 ORDER BY m.council_id
 LIMIT 1
$fn$;
GRANT EXECUTE ON FUNCTION scrutiny.check_table_hooks() TO scrutiny_loader, @extowner@;
