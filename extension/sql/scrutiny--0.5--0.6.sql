-- scrutiny 0.5 -> 0.6: a held_on that disagrees with the text is a warning
-- recorded on the document, not an error (docs/schema.md, "Loading").
\echo Use "ALTER EXTENSION scrutiny UPDATE TO '0.6'" to load this file. \quit

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
      FROM (SELECT 'pg_catalog.pg_class'::pg_catalog.regclass AS classid, c.oid AS objid, c.relowner AS owner
              FROM pg_catalog.pg_class c WHERE c.relnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, p.proowner
              FROM pg_catalog.pg_proc p WHERE p.pronamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, t.typowner
              FROM pg_catalog.pg_type t WHERE t.typnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid, o.oprowner
              FROM pg_catalog.pg_operator o WHERE o.oprnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, o.oid, o.opcowner
              FROM pg_catalog.pg_opclass o WHERE o.opcnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, o.oid, o.opfowner
              FROM pg_catalog.pg_opfamily o WHERE o.opfnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, o.oid, o.collowner
              FROM pg_catalog.pg_collation o WHERE o.collnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, o.oid, o.conowner
              FROM pg_catalog.pg_conversion o WHERE o.connamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, o.oid, o.cfgowner
              FROM pg_catalog.pg_ts_config o WHERE o.cfgnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, o.oid, o.dictowner
              FROM pg_catalog.pg_ts_dict o WHERE o.dictnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_ts_parser'::pg_catalog.regclass, o.oid, NULL
              FROM pg_catalog.pg_ts_parser o WHERE o.prsnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_ts_template'::pg_catalog.regclass, o.oid, NULL
              FROM pg_catalog.pg_ts_template o WHERE o.tmplnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass, o.oid, o.stxowner
              FROM pg_catalog.pg_statistic_ext o WHERE o.stxnamespace OPERATOR(pg_catalog.=) v_schema
            UNION ALL SELECT 'pg_catalog.pg_extension'::pg_catalog.regclass, o.oid, o.extowner
              FROM pg_catalog.pg_extension o WHERE o.extnamespace OPERATOR(pg_catalog.=) v_schema
                AND o.oid OPERATOR(pg_catalog.<>) v_extension) o
     CROSS JOIN LATERAL (
        SELECT EXISTS (SELECT FROM pg_catalog.pg_depend d
                        WHERE d.classid OPERATOR(pg_catalog.=) o.classid
                          AND d.objid OPERATOR(pg_catalog.=) o.objid
                          AND d.deptype OPERATOR(pg_catalog.=) 'e'
                          AND d.refobjid OPERATOR(pg_catalog.=) v_extension) AS member,
               EXISTS (SELECT FROM pg_catalog.pg_depend d
                        WHERE d.classid OPERATOR(pg_catalog.=) o.classid
                          AND d.objid OPERATOR(pg_catalog.=) o.objid
                          AND d.deptype OPERATOR(pg_catalog.=) ANY ('{i,a}'::pg_catalog."char"[])) AS part,
               coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r
                          WHERE r.oid OPERATOR(pg_catalog.=) o.owner), true) AS owned_by_superuser) k
     -- Neither a member nor part of one; or a member that is not a table
     -- (0.4 gave the tables to the role that created the extension) yet
     -- belongs to a role that is not a superuser: that role owns the
     -- extension and can make its own objects members (ALTER EXTENSION ADD).
     WHERE (NOT k.member AND NOT k.part)
        OR (k.member AND NOT k.owned_by_superuser
            AND o.classid OPERATOR(pg_catalog.<>) 'pg_catalog.pg_class'::pg_catalog.regclass);
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
-- document.warnings: what ingest noticed and let through
--------------------------------------------------------------------------

ALTER TABLE scrutiny.document ADD COLUMN warnings text[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN scrutiny.document.warnings IS
'What ingest noticed about the document and let through, one sentence each (a held_on that differs from the date the text gives); empty when nothing';
GRANT SELECT (warnings) ON scrutiny.document TO scrutiny_reader;

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
    v_warnings text[] := '{}';
BEGIN
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
    -- The caller's date comes from the council's own system and wins; a text
    -- that says otherwise is recorded, not refused, so a bulk load goes on.
    IF ingest.held_on IS NOT NULL AND info.held_on IS NOT NULL AND info.held_on <> ingest.held_on THEN
        v_warnings := v_warnings || pg_catalog.format(
            'held_on %s was given; the minutes say the meeting was held on %s', ingest.held_on, info.held_on);
        RAISE WARNING 'scrutiny.ingest: held_on % differs from the minutes, which say the meeting was held on %',
                      ingest.held_on, info.held_on
              USING DETAIL = 'The given date is kept; the disagreement is recorded in document.warnings.',
                    HINT = 'Check the date in the council''s system, or pass held_on => NULL to take it from the text.';
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

    -- A corrected version of the meeting's minutes replaces the old rows,
    -- keeping what people set on its actions.
    SELECT pg_catalog.array_agg(d.id ORDER BY d.id) INTO v_old FROM scrutiny.document d
     WHERE d.council_id = v_council AND d.meeting_id = v_meeting AND d.kind = 'minutes';
    IF v_old IS NOT NULL THEN
        PERFORM scrutiny.lock_actions(v_council, v_old);
        v_kept := scrutiny.kept_action_statuses(v_council, v_old);
        PERFORM scrutiny.release_citations_of(v_council, v_old);
        DELETE FROM scrutiny.document d WHERE d.council_id = v_council AND d.id = ANY (v_old);
    END IF;

    SELECT e.extversion INTO v_version FROM pg_catalog.pg_extension e WHERE e.extname = 'scrutiny';
    INSERT INTO scrutiny.document (council_id, meeting_id, kind, source, content, public_content,
                                   sha256, parser_version, warnings)
    VALUES (v_council, v_meeting, 'minutes', ingest.source, v_doc, v_doc, v_sha, v_version, v_warnings)
    RETURNING id INTO v_document;

    PERFORM scrutiny.derive_document(v_council, v_document);
    IF v_kept IS NOT NULL THEN
        PERFORM scrutiny.restore_action_statuses(v_council, v_document, v_kept);
    END IF;
    PERFORM scrutiny.resolve_citations_to(v_council, v_document);
    RETURN v_meeting;
END
$fn$;
