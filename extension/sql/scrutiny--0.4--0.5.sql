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
-- The tables belong to the extension, not to the role that created it
--------------------------------------------------------------------------

-- What the extension's tables are made of, beyond their rows: columns with
-- types and defaults, constraints, indexes, triggers, rules, policies,
-- statistics objects, inheritance and row-level security.  Whoever owns a
-- table can attach code to it that runs with the rights of whoever writes
-- its rows; 0.4 gave the tables to the role that created the extension, so
-- the update to 0.5 compares them with this description of what 0.4 made
-- before it takes them back.
CREATE FUNCTION scrutiny.table_fingerprint() RETURNS TABLE (table_name text, part text, name text, definition text)
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $fn$
    WITH t AS (
        SELECT c.oid, c.relname FROM pg_catalog.pg_class c
         WHERE c.relnamespace = 'scrutiny'::pg_catalog.regnamespace AND c.relkind IN ('r', 'p')
    )
    SELECT t.relname::text, 'column', a.attname::text,
           pg_catalog.concat_ws(' ', pg_catalog.format_type(a.atttypid, a.atttypmod),
                                CASE WHEN a.attnotnull THEN 'not null' END,
                                CASE a.attidentity WHEN 'a' THEN 'identity always' WHEN 'd' THEN 'identity' END,
                                CASE WHEN a.attgenerated = 's' THEN 'generated' END,
                                pg_catalog.pg_get_expr(d.adbin, d.adrelid))
      FROM t JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
      LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    UNION ALL
    SELECT t.relname, 'constraint', k.conname::text, pg_catalog.pg_get_constraintdef(k.oid)
      FROM t JOIN pg_catalog.pg_constraint k ON k.conrelid = t.oid
    UNION ALL
    SELECT t.relname, 'index', i.relname::text, pg_catalog.pg_get_indexdef(i.oid)
      FROM t JOIN pg_catalog.pg_index x ON x.indrelid = t.oid JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
    UNION ALL
    SELECT t.relname, 'trigger', g.tgname::text, pg_catalog.pg_get_triggerdef(g.oid)
      FROM t JOIN pg_catalog.pg_trigger g ON g.tgrelid = t.oid WHERE NOT g.tgisinternal
    UNION ALL
    SELECT t.relname, 'rule', r.rulename::text, pg_catalog.pg_get_ruledef(r.oid)
      FROM t JOIN pg_catalog.pg_rewrite r ON r.ev_class = t.oid
    UNION ALL
    SELECT t.relname, 'policy', p.polname::text,
           pg_catalog.concat_ws(' ', p.polcmd::text, p.polpermissive::text,
                                (SELECT pg_catalog.string_agg(CASE WHEN r = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(r)::text END, ',' ORDER BY 1)
                                   FROM pg_catalog.unnest(p.polroles) r),
                                pg_catalog.pg_get_expr(p.polqual, p.polrelid), pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid))
      FROM t JOIN pg_catalog.pg_policy p ON p.polrelid = t.oid
    UNION ALL
    SELECT t.relname, 'statistics', s.stxname::text, pg_catalog.pg_get_statisticsobjdef(s.oid)
      FROM t JOIN pg_catalog.pg_statistic_ext s ON s.stxrelid = t.oid
    UNION ALL
    SELECT t.relname, 'inherits', i.inhparent::pg_catalog.regclass::text, i.inhrelid::pg_catalog.regclass::text
      FROM t JOIN pg_catalog.pg_inherits i ON i.inhrelid = t.oid OR i.inhparent = t.oid
    UNION ALL
    SELECT t.relname, 'row security', c.relname::text,
           pg_catalog.concat_ws(' ', c.relrowsecurity::text, c.relforcerowsecurity::text, c.relkind::text, a.amname::text)
      FROM t JOIN pg_catalog.pg_class c ON c.oid = t.oid LEFT JOIN pg_catalog.pg_am a ON a.oid = c.relam
$fn$;
COMMENT ON FUNCTION scrutiny.table_fingerprint() IS
'The make-up of the extension''s tables (columns with types and defaults, constraints, indexes, triggers, rules, policies, statistics objects, inheritance, row-level security), one row per part, for checking that nobody attached code to them';
REVOKE EXECUTE ON FUNCTION scrutiny.table_fingerprint() FROM PUBLIC;

-- The owner of a table can hang code on it (a trigger, a rule, a policy,
-- a default, a check, an index expression, a statistics object, a child
-- table) that runs with the rights of whoever writes or analyses its rows,
-- a superuser or a loader calling ingest.  So the tables now belong to the
-- role running this script, like the functions, and the role that created
-- the extension is granted what it needs to load, read, dump and restore
-- them.  A 0.4 database whose tables carry anything 0.4 did not make is
-- not taken over: the update stops and says what to remove.
DO $takeover$
DECLARE
    v_diff text;
    t      text;
BEGIN
    WITH expected (table_name, part, name, definition) AS (VALUES
        ('action', 'column', 'closed_on', 'date'),
        ('action', 'column', 'council_id', 'bigint not null'),
        ('action', 'column', 'due', 'text'),
        ('action', 'column', 'due_on', 'date'),
        ('action', 'column', 'exempt', 'boolean not null false'),
        ('action', 'column', 'id', 'bigint not null identity'),
        ('action', 'column', 'item_id', 'bigint not null'),
        ('action', 'column', 'kind', 'text not null'),
        ('action', 'column', 'meeting_id', 'bigint not null'),
        ('action', 'column', 'note', 'text'),
        ('action', 'column', 'ordinal', 'integer not null'),
        ('action', 'column', 'owner', 'text'),
        ('action', 'column', 'resolution_id', 'bigint'),
        ('action', 'column', 'status', 'text not null ''open''::text'),
        ('action', 'column', 'text', 'text not null'),
        ('action', 'constraint', 'action_check', 'CHECK (((status <> ''open''::text) OR (closed_on IS NULL)))'),
        ('action', 'constraint', 'action_council_id_item_id_fkey', 'FOREIGN KEY (council_id, item_id) REFERENCES scrutiny.item(council_id, id) ON DELETE CASCADE'),
        ('action', 'constraint', 'action_council_id_meeting_id_fkey', 'FOREIGN KEY (council_id, meeting_id) REFERENCES scrutiny.meeting(council_id, id) ON DELETE CASCADE'),
        ('action', 'constraint', 'action_council_id_resolution_id_fkey', 'FOREIGN KEY (council_id, resolution_id) REFERENCES scrutiny.resolution(council_id, id) ON DELETE CASCADE'),
        ('action', 'constraint', 'action_ordinal_check', 'CHECK ((ordinal > 0))'),
        ('action', 'constraint', 'action_pkey', 'PRIMARY KEY (council_id, id)'),
        ('action', 'constraint', 'action_status_check', 'CHECK ((status = ANY (ARRAY[''open''::text, ''done''::text, ''dropped''::text])))'),
        ('action', 'index', 'action_item', 'CREATE INDEX action_item ON scrutiny.action USING btree (council_id, item_id)'),
        ('action', 'index', 'action_meeting', 'CREATE INDEX action_meeting ON scrutiny.action USING btree (council_id, meeting_id) INCLUDE (status)'),
        ('action', 'index', 'action_open', 'CREATE INDEX action_open ON scrutiny.action USING btree (council_id, due_on) WHERE (status = ''open''::text)'),
        ('action', 'index', 'action_pkey', 'CREATE UNIQUE INDEX action_pkey ON scrutiny.action USING btree (council_id, id)'),
        ('action', 'index', 'action_resolution', 'CREATE INDEX action_resolution ON scrutiny.action USING btree (council_id, resolution_id)'),
        ('action', 'policy', 'loader_writes', '* true scrutiny_loader true true'),
        ('action', 'policy', 'officer_reads', 'r true scrutiny_officer true'),
        ('action', 'policy', 'officer_sets_status', 'w true scrutiny_officer true true'),
        ('action', 'policy', 'public_record', 'r true scrutiny_reader (NOT exempt)'),
        ('action', 'row security', 'action', 'true false r heap'),
        ('amount', 'column', 'amount', 'numeric not null'),
        ('amount', 'column', 'council_id', 'bigint not null'),
        ('amount', 'column', 'currency', 'text not null'),
        ('amount', 'column', 'exempt', 'boolean not null false'),
        ('amount', 'column', 'id', 'bigint not null identity'),
        ('amount', 'column', 'item_id', 'bigint not null'),
        ('amount', 'column', 'label', 'text not null'),
        ('amount', 'constraint', 'amount_council_id_item_id_fkey', 'FOREIGN KEY (council_id, item_id) REFERENCES scrutiny.item(council_id, id) ON DELETE CASCADE'),
        ('amount', 'constraint', 'amount_pkey', 'PRIMARY KEY (council_id, id)'),
        ('amount', 'index', 'amount_item', 'CREATE INDEX amount_item ON scrutiny.amount USING btree (council_id, item_id)'),
        ('amount', 'index', 'amount_pkey', 'CREATE UNIQUE INDEX amount_pkey ON scrutiny.amount USING btree (council_id, id)'),
        ('amount', 'policy', 'loader_writes', '* true scrutiny_loader true true'),
        ('amount', 'policy', 'officer_reads', 'r true scrutiny_officer true'),
        ('amount', 'policy', 'public_record', 'r true scrutiny_reader (NOT exempt)'),
        ('amount', 'row security', 'amount', 'true false r heap'),
        ('attendance', 'column', 'category', 'text'),
        ('attendance', 'column', 'council_id', 'bigint not null'),
        ('attendance', 'column', 'meeting_id', 'bigint not null'),
        ('attendance', 'column', 'organisation', 'text'),
        ('attendance', 'column', 'person_id', 'bigint not null'),
        ('attendance', 'column', 'role', 'text'),
        ('attendance', 'column', 'source', 'text not null'),
        ('attendance', 'column', 'status', 'text not null'),
        ('attendance', 'constraint', 'attendance_council_id_meeting_id_fkey', 'FOREIGN KEY (council_id, meeting_id) REFERENCES scrutiny.meeting(council_id, id) ON DELETE CASCADE'),
        ('attendance', 'constraint', 'attendance_council_id_person_id_fkey', 'FOREIGN KEY (council_id, person_id) REFERENCES scrutiny.person(council_id, id)'),
        ('attendance', 'constraint', 'attendance_pkey', 'PRIMARY KEY (council_id, meeting_id, person_id)'),
        ('attendance', 'constraint', 'attendance_source_check', 'CHECK ((source = ANY (ARRAY[''minutes''::text, ''moderngov''::text])))'),
        ('attendance', 'constraint', 'attendance_status_check', 'CHECK ((status = ANY (ARRAY[''present''::text, ''apologies''::text, ''substitute''::text, ''absent''::text])))'),
        ('attendance', 'index', 'attendance_person', 'CREATE INDEX attendance_person ON scrutiny.attendance USING btree (council_id, person_id)'),
        ('attendance', 'index', 'attendance_pkey', 'CREATE UNIQUE INDEX attendance_pkey ON scrutiny.attendance USING btree (council_id, meeting_id, person_id)'),
        ('attendance', 'row security', 'attendance', 'false false r heap'),
        ('body', 'column', 'council_id', 'bigint not null'),
        ('body', 'column', 'external_id', 'text'),
        ('body', 'column', 'id', 'bigint not null identity'),
        ('body', 'column', 'kind', 'text not null'),
        ('body', 'column', 'name', 'text not null'),
        ('body', 'constraint', 'body_council_id_fkey', 'FOREIGN KEY (council_id) REFERENCES scrutiny.council(id)'),
        ('body', 'constraint', 'body_kind_check', 'CHECK ((kind = ANY (ARRAY[''cabinet''::text, ''scrutiny''::text, ''planning''::text, ''licensing''::text, ''audit''::text, ''panel''::text, ''board''::text, ''council''::text, ''committee''::text])))'),
        ('body', 'constraint', 'body_name_check', 'CHECK ((btrim(name) <> ''''::text))'),
        ('body', 'constraint', 'body_pkey', 'PRIMARY KEY (council_id, id)'),
        ('body', 'index', 'body_external_id_key', 'CREATE UNIQUE INDEX body_external_id_key ON scrutiny.body USING btree (council_id, external_id)'),
        ('body', 'index', 'body_name_key', 'CREATE UNIQUE INDEX body_name_key ON scrutiny.body USING btree (council_id, lower(name))'),
        ('body', 'index', 'body_pkey', 'CREATE UNIQUE INDEX body_pkey ON scrutiny.body USING btree (council_id, id)'),
        ('body', 'row security', 'body', 'false false r heap'),
        ('citation', 'column', 'cited_item_id', 'bigint'),
        ('citation', 'column', 'cited_ref', 'scrutiny.minute_ref not null'),
        ('citation', 'column', 'council_id', 'bigint not null'),
        ('citation', 'column', 'exempt', 'boolean not null false'),
        ('citation', 'column', 'id', 'bigint not null identity'),
        ('citation', 'column', 'item_id', 'bigint not null'),
        ('citation', 'column', 'label', 'text'),
        ('citation', 'column', 'relation', 'text'),
        ('citation', 'constraint', 'citation_council_id_cited_item_id_fkey', 'FOREIGN KEY (council_id, cited_item_id) REFERENCES scrutiny.item(council_id, id) ON DELETE SET NULL (cited_item_id)'),
        ('citation', 'constraint', 'citation_council_id_item_id_fkey', 'FOREIGN KEY (council_id, item_id) REFERENCES scrutiny.item(council_id, id) ON DELETE CASCADE'),
        ('citation', 'constraint', 'citation_pkey', 'PRIMARY KEY (council_id, id)'),
        ('citation', 'index', 'citation_cited_item', 'CREATE INDEX citation_cited_item ON scrutiny.citation USING btree (council_id, cited_item_id)'),
        ('citation', 'index', 'citation_cited_ref', 'CREATE INDEX citation_cited_ref ON scrutiny.citation USING btree (council_id, cited_ref)'),
        ('citation', 'index', 'citation_item', 'CREATE INDEX citation_item ON scrutiny.citation USING btree (council_id, item_id)'),
        ('citation', 'index', 'citation_pkey', 'CREATE UNIQUE INDEX citation_pkey ON scrutiny.citation USING btree (council_id, id)'),
        ('citation', 'policy', 'loader_writes', '* true scrutiny_loader true true'),
        ('citation', 'policy', 'officer_reads', 'r true scrutiny_officer true'),
        ('citation', 'policy', 'public_record', 'r true scrutiny_reader (NOT exempt)'),
        ('citation', 'row security', 'citation', 'true false r heap'),
        ('council', 'column', 'created_at', 'timestamp with time zone not null now()'),
        ('council', 'column', 'external_id', 'text'),
        ('council', 'column', 'id', 'bigint not null identity'),
        ('council', 'column', 'name', 'text not null'),
        ('council', 'constraint', 'council_name_check', 'CHECK ((btrim(name) <> ''''::text))'),
        ('council', 'constraint', 'council_pkey', 'PRIMARY KEY (id)'),
        ('council', 'index', 'council_external_id_key', 'CREATE UNIQUE INDEX council_external_id_key ON scrutiny.council USING btree (external_id)'),
        ('council', 'index', 'council_name_key', 'CREATE UNIQUE INDEX council_name_key ON scrutiny.council USING btree (lower(name))'),
        ('council', 'index', 'council_pkey', 'CREATE UNIQUE INDEX council_pkey ON scrutiny.council USING btree (id)'),
        ('council', 'row security', 'council', 'false false r heap'),
        ('declaration', 'column', 'council_id', 'bigint not null'),
        ('declaration', 'column', 'document_id', 'bigint not null'),
        ('declaration', 'column', 'id', 'bigint not null identity'),
        ('declaration', 'column', 'interest', 'text'),
        ('declaration', 'column', 'item_id', 'bigint'),
        ('declaration', 'column', 'item_label', 'text'),
        ('declaration', 'column', 'kind', 'text'),
        ('declaration', 'column', 'meeting_id', 'bigint not null'),
        ('declaration', 'column', 'person_id', 'bigint not null'),
        ('declaration', 'constraint', 'declaration_council_id_document_id_fkey', 'FOREIGN KEY (council_id, document_id) REFERENCES scrutiny.document(council_id, id) ON DELETE CASCADE'),
        ('declaration', 'constraint', 'declaration_council_id_item_id_fkey', 'FOREIGN KEY (council_id, item_id) REFERENCES scrutiny.item(council_id, id) ON DELETE SET NULL (item_id)'),
        ('declaration', 'constraint', 'declaration_council_id_meeting_id_fkey', 'FOREIGN KEY (council_id, meeting_id) REFERENCES scrutiny.meeting(council_id, id) ON DELETE CASCADE'),
        ('declaration', 'constraint', 'declaration_council_id_person_id_fkey', 'FOREIGN KEY (council_id, person_id) REFERENCES scrutiny.person(council_id, id)'),
        ('declaration', 'constraint', 'declaration_kind_check', 'CHECK ((kind = ANY (ARRAY[''pecuniary''::text, ''non-pecuniary''::text, ''other''::text])))'),
        ('declaration', 'constraint', 'declaration_pkey', 'PRIMARY KEY (council_id, id)'),
        ('declaration', 'index', 'declaration_document', 'CREATE INDEX declaration_document ON scrutiny.declaration USING btree (council_id, document_id)'),
        ('declaration', 'index', 'declaration_item', 'CREATE INDEX declaration_item ON scrutiny.declaration USING btree (council_id, item_id)'),
        ('declaration', 'index', 'declaration_meeting', 'CREATE INDEX declaration_meeting ON scrutiny.declaration USING btree (council_id, meeting_id)'),
        ('declaration', 'index', 'declaration_person', 'CREATE INDEX declaration_person ON scrutiny.declaration USING btree (council_id, person_id)'),
        ('declaration', 'index', 'declaration_pkey', 'CREATE UNIQUE INDEX declaration_pkey ON scrutiny.declaration USING btree (council_id, id)'),
        ('declaration', 'row security', 'declaration', 'false false r heap'),
        ('document', 'column', 'content', 'text not null'),
        ('document', 'column', 'council_id', 'bigint not null'),
        ('document', 'column', 'id', 'bigint not null identity'),
        ('document', 'column', 'ingested_at', 'timestamp with time zone not null now()'),
        ('document', 'column', 'kind', 'text not null ''minutes''::text'),
        ('document', 'column', 'meeting_id', 'bigint not null'),
        ('document', 'column', 'parser_version', 'text not null'),
        ('document', 'column', 'public_content', 'text not null'),
        ('document', 'column', 'sha256', 'text not null'),
        ('document', 'column', 'source', 'text'),
        ('document', 'constraint', 'document_council_id_meeting_id_fkey', 'FOREIGN KEY (council_id, meeting_id) REFERENCES scrutiny.meeting(council_id, id) ON DELETE CASCADE'),
        ('document', 'constraint', 'document_kind_check', 'CHECK ((kind = ANY (ARRAY[''minutes''::text, ''agenda''::text, ''pack''::text, ''report''::text])))'),
        ('document', 'constraint', 'document_pkey', 'PRIMARY KEY (council_id, id)'),
        ('document', 'constraint', 'document_sha256_check', 'CHECK ((sha256 ~ ''^[0-9a-f]{64}$''::text))'),
        ('document', 'index', 'document_meeting', 'CREATE INDEX document_meeting ON scrutiny.document USING btree (council_id, meeting_id)'),
        ('document', 'index', 'document_pkey', 'CREATE UNIQUE INDEX document_pkey ON scrutiny.document USING btree (council_id, id)'),
        ('document', 'index', 'document_sha256_key', 'CREATE UNIQUE INDEX document_sha256_key ON scrutiny.document USING btree (council_id, sha256)'),
        ('document', 'row security', 'document', 'false false r heap'),
        ('item', 'column', 'body', 'text not null'),
        ('item', 'column', 'council_id', 'bigint not null'),
        ('item', 'column', 'document_id', 'bigint not null'),
        ('item', 'column', 'exempt', 'boolean not null false'),
        ('item', 'column', 'exempt_basis', 'text'),
        ('item', 'column', 'exempt_paragraph', 'text'),
        ('item', 'column', 'id', 'bigint not null identity'),
        ('item', 'column', 'label', 'text'),
        ('item', 'column', 'len', 'integer not null'),
        ('item', 'column', 'meeting_id', 'bigint not null'),
        ('item', 'column', 'ordinal', 'integer not null'),
        ('item', 'column', 'ref', 'scrutiny.minute_ref'),
        ('item', 'column', 'start', 'integer not null'),
        ('item', 'column', 'title', 'text'),
        ('item', 'column', 'tsv', 'tsvector generated (setweight(to_tsvector(''scrutiny.english''::regconfig, COALESCE(title, ''''::text)), ''A''::"char") || setweight(to_tsvector(''scrutiny.english''::regconfig, body), ''B''::"char"))'),
        ('item', 'constraint', 'item_check', 'CHECK ((exempt OR ((exempt_paragraph IS NULL) AND (exempt_basis IS NULL))))'),
        ('item', 'constraint', 'item_council_id_document_id_fkey', 'FOREIGN KEY (council_id, document_id) REFERENCES scrutiny.document(council_id, id) ON DELETE CASCADE'),
        ('item', 'constraint', 'item_council_id_document_id_ordinal_key', 'UNIQUE (council_id, document_id, ordinal)'),
        ('item', 'constraint', 'item_council_id_meeting_id_fkey', 'FOREIGN KEY (council_id, meeting_id) REFERENCES scrutiny.meeting(council_id, id) ON DELETE CASCADE'),
        ('item', 'constraint', 'item_exempt_basis_check', 'CHECK ((exempt_basis = ANY (ARRAY[''Schedule 12A''::text, ''Schedule 7A''::text, ''exclusion resolution''::text])))'),
        ('item', 'constraint', 'item_len_check', 'CHECK ((len >= 0))'),
        ('item', 'constraint', 'item_ordinal_check', 'CHECK ((ordinal > 0))'),
        ('item', 'constraint', 'item_pkey', 'PRIMARY KEY (council_id, id)'),
        ('item', 'constraint', 'item_start_check', 'CHECK ((start > 0))'),
        ('item', 'index', 'item_council_id_document_id_ordinal_key', 'CREATE UNIQUE INDEX item_council_id_document_id_ordinal_key ON scrutiny.item USING btree (council_id, document_id, ordinal)'),
        ('item', 'index', 'item_meeting', 'CREATE INDEX item_meeting ON scrutiny.item USING btree (council_id, meeting_id)'),
        ('item', 'index', 'item_pkey', 'CREATE UNIQUE INDEX item_pkey ON scrutiny.item USING btree (council_id, id)'),
        ('item', 'index', 'item_ref', 'CREATE INDEX item_ref ON scrutiny.item USING btree (council_id, ref)'),
        ('item', 'index', 'item_tsv', 'CREATE INDEX item_tsv ON scrutiny.item USING gin (tsv)'),
        ('item', 'policy', 'loader_writes', '* true scrutiny_loader true true'),
        ('item', 'policy', 'officer_reads', 'r true scrutiny_officer true'),
        ('item', 'policy', 'public_record', 'r true scrutiny_reader (NOT exempt)'),
        ('item', 'row security', 'item', 'true false r heap'),
        ('meeting', 'column', 'adjourned', 'jsonb'),
        ('meeting', 'column', 'body_id', 'bigint not null'),
        ('meeting', 'column', 'council_id', 'bigint not null'),
        ('meeting', 'column', 'ends_at', 'time without time zone'),
        ('meeting', 'column', 'external_id', 'text'),
        ('meeting', 'column', 'held_on', 'date not null'),
        ('meeting', 'column', 'id', 'bigint not null identity'),
        ('meeting', 'column', 'municipal_year', 'integer generated scrutiny.municipal_year(held_on)'),
        ('meeting', 'column', 'starts_at', 'time without time zone'),
        ('meeting', 'column', 'venue', 'text'),
        ('meeting', 'constraint', 'meeting_council_id_body_id_fkey', 'FOREIGN KEY (council_id, body_id) REFERENCES scrutiny.body(council_id, id)'),
        ('meeting', 'constraint', 'meeting_pkey', 'PRIMARY KEY (council_id, id)'),
        ('meeting', 'index', 'meeting_body_held_on', 'CREATE INDEX meeting_body_held_on ON scrutiny.meeting USING btree (council_id, body_id, held_on)'),
        ('meeting', 'index', 'meeting_external_id_key', 'CREATE UNIQUE INDEX meeting_external_id_key ON scrutiny.meeting USING btree (council_id, external_id)'),
        ('meeting', 'index', 'meeting_held_on', 'CREATE INDEX meeting_held_on ON scrutiny.meeting USING btree (held_on)'),
        ('meeting', 'index', 'meeting_pkey', 'CREATE UNIQUE INDEX meeting_pkey ON scrutiny.meeting USING btree (council_id, id)'),
        ('meeting', 'row security', 'meeting', 'false false r heap'),
        ('person', 'column', 'council_id', 'bigint not null'),
        ('person', 'column', 'honorific', 'text'),
        ('person', 'column', 'id', 'bigint not null identity'),
        ('person', 'column', 'key', 'text not null'),
        ('person', 'column', 'name', 'text not null'),
        ('person', 'constraint', 'person_council_id_fkey', 'FOREIGN KEY (council_id) REFERENCES scrutiny.council(id)'),
        ('person', 'constraint', 'person_key_check', 'CHECK ((key <> ''''::text))'),
        ('person', 'constraint', 'person_pkey', 'PRIMARY KEY (council_id, id)'),
        ('person', 'index', 'person_key_key', 'CREATE UNIQUE INDEX person_key_key ON scrutiny.person USING btree (council_id, key)'),
        ('person', 'index', 'person_pkey', 'CREATE UNIQUE INDEX person_pkey ON scrutiny.person USING btree (council_id, id)'),
        ('person', 'row security', 'person', 'false false r heap'),
        ('resolution', 'column', 'abstentions', 'integer'),
        ('resolution', 'column', 'carried', 'boolean'),
        ('resolution', 'column', 'council_id', 'bigint not null'),
        ('resolution', 'column', 'exempt', 'boolean not null false'),
        ('resolution', 'column', 'id', 'bigint not null identity'),
        ('resolution', 'column', 'item_id', 'bigint not null'),
        ('resolution', 'column', 'kind', 'text'),
        ('resolution', 'column', 'label', 'text'),
        ('resolution', 'column', 'meeting_id', 'bigint not null'),
        ('resolution', 'column', 'ordinal', 'integer not null'),
        ('resolution', 'column', 'text', 'text not null'),
        ('resolution', 'column', 'votes_against', 'integer'),
        ('resolution', 'column', 'votes_for', 'integer'),
        ('resolution', 'constraint', 'resolution_abstentions_check', 'CHECK ((abstentions >= 0))'),
        ('resolution', 'constraint', 'resolution_council_id_item_id_fkey', 'FOREIGN KEY (council_id, item_id) REFERENCES scrutiny.item(council_id, id) ON DELETE CASCADE'),
        ('resolution', 'constraint', 'resolution_council_id_item_id_ordinal_key', 'UNIQUE (council_id, item_id, ordinal)'),
        ('resolution', 'constraint', 'resolution_council_id_meeting_id_fkey', 'FOREIGN KEY (council_id, meeting_id) REFERENCES scrutiny.meeting(council_id, id) ON DELETE CASCADE'),
        ('resolution', 'constraint', 'resolution_ordinal_check', 'CHECK ((ordinal > 0))'),
        ('resolution', 'constraint', 'resolution_pkey', 'PRIMARY KEY (council_id, id)'),
        ('resolution', 'constraint', 'resolution_votes_against_check', 'CHECK ((votes_against >= 0))'),
        ('resolution', 'constraint', 'resolution_votes_for_check', 'CHECK ((votes_for >= 0))'),
        ('resolution', 'index', 'resolution_council_id_item_id_ordinal_key', 'CREATE UNIQUE INDEX resolution_council_id_item_id_ordinal_key ON scrutiny.resolution USING btree (council_id, item_id, ordinal)'),
        ('resolution', 'index', 'resolution_meeting', 'CREATE INDEX resolution_meeting ON scrutiny.resolution USING btree (council_id, meeting_id)'),
        ('resolution', 'index', 'resolution_pkey', 'CREATE UNIQUE INDEX resolution_pkey ON scrutiny.resolution USING btree (council_id, id)'),
        ('resolution', 'policy', 'loader_writes', '* true scrutiny_loader true true'),
        ('resolution', 'policy', 'officer_reads', 'r true scrutiny_officer true'),
        ('resolution', 'policy', 'public_record', 'r true scrutiny_reader (NOT exempt)'),
        ('resolution', 'row security', 'resolution', 'true false r heap')
    ), found AS (
        SELECT f.table_name, f.part, f.name, f.definition FROM scrutiny.table_fingerprint() f
         WHERE f.table_name OPERATOR(pg_catalog.=) ANY (ARRAY['council', 'body', 'meeting', 'document', 'item',
                   'resolution', 'person', 'attendance', 'declaration', 'citation', 'action', 'amount'])
    ), differences AS (
        (SELECT 'not made by scrutiny 0.4' AS why, * FROM found EXCEPT SELECT 'not made by scrutiny 0.4', * FROM expected)
        UNION ALL
        (SELECT 'missing', * FROM expected EXCEPT SELECT 'missing', * FROM found)
    )
    SELECT pg_catalog.string_agg(pg_catalog.format('%s %s %s (%s): %s', d.table_name, d.part, d.name, d.why,
                                                   d.definition), E'\n' ORDER BY d.table_name, d.part, d.name)
      INTO v_diff FROM differences d;
    IF v_diff IS NOT NULL THEN
        RAISE EXCEPTION 'the tables of scrutiny are not as scrutiny 0.4 made them'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = v_diff,
                  HINT = 'Their owner can attach code that would run as the role running the update. '
                         'Drop what the extension did not make (or put back what it did), then update again.';
    END IF;
    FOREACH t IN ARRAY ARRAY['council', 'body', 'meeting', 'document', 'item', 'resolution', 'person',
                             'attendance', 'declaration', 'citation', 'action', 'amount'] LOOP
        EXECUTE pg_catalog.format('ALTER TABLE scrutiny.%I OWNER TO %I', t, CURRENT_USER);
    END LOOP;
END
$takeover$;
GRANT SELECT, INSERT, UPDATE, DELETE, REFERENCES ON scrutiny.council, scrutiny.body, scrutiny.meeting,
    scrutiny.document, scrutiny.item, scrutiny.resolution, scrutiny.person, scrutiny.attendance,
    scrutiny.declaration, scrutiny.citation, scrutiny.action, scrutiny.amount TO @extowner@;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA scrutiny TO @extowner@;

--------------------------------------------------------------------------
-- Items taken in private: their text in tables readers are not granted
--------------------------------------------------------------------------

-- 0.4 kept an exempt item's text in the shared tables behind a policy
-- (NOT exempt).  PostgreSQL does not hide covert channels of row-level
-- security: EXPLAIN's "Rows Removed by Filter" under a leakproof index
-- condition told a reader an exempt action's due date, planner estimates
-- told repeated texts, and the offsets of visible items gave each exempt
-- span's length.  So what was said in private is now stored where a reader
-- has no privilege at all; the shared tables hold, for an exempt item, what
-- the public minutes print (its number, its title, the paragraph it was
-- taken under) and nothing derived from its text.
CREATE TABLE scrutiny.item_private (
    council_id bigint NOT NULL,
    item_id    bigint NOT NULL,
    title      text,
    body       text NOT NULL,
    start      int NOT NULL CHECK (start > 0),
    len        int NOT NULL CHECK (len >= 0),
    tsv        tsvector GENERATED ALWAYS AS (
                   pg_catalog.setweight(pg_catalog.to_tsvector('scrutiny.english'::regconfig, body), 'B')) STORED,
    PRIMARY KEY (council_id, item_id),
    FOREIGN KEY (council_id, item_id) REFERENCES scrutiny.item (council_id, id) ON DELETE CASCADE
);
CREATE INDEX item_private_tsv ON scrutiny.item_private USING gin (tsv);
COMMENT ON TABLE scrutiny.item_private IS 'The text of an item taken in private; the item''s public row in scrutiny.item holds only its number, title and the paragraph it was exempt under';
COMMENT ON COLUMN scrutiny.item_private.council_id IS 'The council (scrutiny.council.id)';
COMMENT ON COLUMN scrutiny.item_private.item_id IS 'The item (scrutiny.item.id), which is exempt';
COMMENT ON COLUMN scrutiny.item_private.title IS 'The item''s title as scrutiny.items read it, with any text run on after the heading (scrutiny.item.title holds the public part)';
COMMENT ON COLUMN scrutiny.item_private.body IS 'The item''s text after its heading, as scrutiny.items gave it';
COMMENT ON COLUMN scrutiny.item_private.start IS 'Character offset (1-based) of the item in scrutiny.document.content';
COMMENT ON COLUMN scrutiny.item_private.len IS 'Length in characters of the item in scrutiny.document.content';
COMMENT ON COLUMN scrutiny.item_private.tsv IS 'Text search vector of the body (weight B) under scrutiny.english, for officers'' searches';

CREATE TABLE scrutiny.resolution_private (
    council_id    bigint NOT NULL,
    id            bigint GENERATED BY DEFAULT AS IDENTITY,
    item_id       bigint NOT NULL,
    meeting_id    bigint NOT NULL,
    ordinal       int NOT NULL CHECK (ordinal > 0),
    label         text,
    text          text NOT NULL,
    kind          text,
    votes_for     int CHECK (votes_for >= 0),
    votes_against int CHECK (votes_against >= 0),
    abstentions   int CHECK (abstentions >= 0),
    carried       boolean,
    PRIMARY KEY (council_id, id),
    FOREIGN KEY (council_id, item_id) REFERENCES scrutiny.item_private (council_id, item_id) ON DELETE CASCADE,
    FOREIGN KEY (council_id, meeting_id) REFERENCES scrutiny.meeting (council_id, id) ON DELETE CASCADE,
    UNIQUE (council_id, item_id, ordinal)
);
CREATE INDEX resolution_private_meeting ON scrutiny.resolution_private (council_id, meeting_id);
COMMENT ON TABLE scrutiny.resolution_private IS 'A resolution of an item taken in private (as scrutiny.resolution)';

CREATE TABLE scrutiny.citation_private (
    council_id    bigint NOT NULL,
    id            bigint GENERATED BY DEFAULT AS IDENTITY,
    item_id       bigint NOT NULL,
    cited_ref     scrutiny.minute_ref NOT NULL,
    label         text,
    relation      text,
    cited_item_id bigint,
    PRIMARY KEY (council_id, id),
    FOREIGN KEY (council_id, item_id) REFERENCES scrutiny.item_private (council_id, item_id) ON DELETE CASCADE
);
CREATE INDEX citation_private_item ON scrutiny.citation_private (council_id, item_id);
CREATE INDEX citation_private_cited_ref ON scrutiny.citation_private (council_id, cited_ref);
CREATE INDEX citation_private_cited_item ON scrutiny.citation_private (council_id, cited_item_id);
COMMENT ON TABLE scrutiny.citation_private IS 'An earlier minute cited by an item taken in private (as scrutiny.citation)';

CREATE TABLE scrutiny.action_private (
    council_id    bigint NOT NULL,
    id            bigint GENERATED BY DEFAULT AS IDENTITY,
    item_id       bigint NOT NULL,
    meeting_id    bigint NOT NULL,
    resolution_id bigint,
    ordinal       int NOT NULL CHECK (ordinal > 0),
    text          text NOT NULL,
    kind          text NOT NULL,
    owner         text,
    due           text,
    due_on        date,
    status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    closed_on     date,
    note          text,
    PRIMARY KEY (council_id, id),
    FOREIGN KEY (council_id, item_id) REFERENCES scrutiny.item_private (council_id, item_id) ON DELETE CASCADE,
    FOREIGN KEY (council_id, resolution_id) REFERENCES scrutiny.resolution_private (council_id, id) ON DELETE CASCADE,
    FOREIGN KEY (council_id, meeting_id) REFERENCES scrutiny.meeting (council_id, id) ON DELETE CASCADE,
    CHECK (status <> 'open' OR closed_on IS NULL)
);
CREATE INDEX action_private_item ON scrutiny.action_private (council_id, item_id);
CREATE INDEX action_private_resolution ON scrutiny.action_private (council_id, resolution_id);
CREATE INDEX action_private_meeting ON scrutiny.action_private (council_id, meeting_id) INCLUDE (status);
COMMENT ON TABLE scrutiny.action_private IS 'Something a meeting asked for in private, and whether it was done (as scrutiny.action)';

CREATE TABLE scrutiny.amount_private (
    council_id bigint NOT NULL,
    id         bigint GENERATED BY DEFAULT AS IDENTITY,
    item_id    bigint NOT NULL,
    amount     numeric NOT NULL,
    currency   text NOT NULL,
    label      text NOT NULL,
    PRIMARY KEY (council_id, id),
    FOREIGN KEY (council_id, item_id) REFERENCES scrutiny.item_private (council_id, item_id) ON DELETE CASCADE
);
CREATE INDEX amount_private_item ON scrutiny.amount_private (council_id, item_id);
COMMENT ON TABLE scrutiny.amount_private IS 'A sum of money mentioned in an item taken in private (as scrutiny.amount)';

-- A declaration made only in private text: its maker may be named nowhere
-- in public, so the name is kept here and no scrutiny.person row is made
-- for it.
CREATE TABLE scrutiny.declaration_private (
    council_id  bigint NOT NULL,
    id          bigint GENERATED BY DEFAULT AS IDENTITY,
    meeting_id  bigint NOT NULL,
    document_id bigint NOT NULL,
    name        text NOT NULL,
    person_id   bigint,
    item_id     bigint,
    item_label  text,
    interest    text,
    kind        text CHECK (kind IN ('pecuniary', 'non-pecuniary', 'other')),
    PRIMARY KEY (council_id, id),
    FOREIGN KEY (council_id, meeting_id) REFERENCES scrutiny.meeting (council_id, id) ON DELETE CASCADE,
    FOREIGN KEY (council_id, document_id) REFERENCES scrutiny.document (council_id, id) ON DELETE CASCADE,
    FOREIGN KEY (council_id, person_id) REFERENCES scrutiny.person (council_id, id)
);
CREATE INDEX declaration_private_document ON scrutiny.declaration_private (council_id, document_id);
CREATE INDEX declaration_private_person ON scrutiny.declaration_private (council_id, person_id);
CREATE INDEX declaration_private_item ON scrutiny.declaration_private (council_id, item_id);
COMMENT ON TABLE scrutiny.declaration_private IS 'A declaration of interest that only the private text of the minutes records';

DO $private_fk$
BEGIN
    IF pg_catalog.current_setting('server_version_num')::int >= 150000 THEN
        EXECUTE 'ALTER TABLE scrutiny.citation_private ADD FOREIGN KEY (council_id, cited_item_id) '
                'REFERENCES scrutiny.item (council_id, id) ON DELETE SET NULL (cited_item_id)';
        EXECUTE 'ALTER TABLE scrutiny.declaration_private ADD FOREIGN KEY (council_id, item_id) '
                'REFERENCES scrutiny.item (council_id, id) ON DELETE SET NULL (item_id)';
    END IF;
END
$private_fk$;

-- The private tables' columns mean what their public counterparts' do.
DO $private_comments$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT pc.relname AS private_table, a.attname,
               pg_catalog.col_description(pub.oid, pa.attnum) AS comment
          FROM pg_catalog.pg_class pc
          JOIN pg_catalog.pg_attribute a ON a.attrelid = pc.oid AND a.attnum > 0 AND NOT a.attisdropped
          JOIN pg_catalog.pg_class pub ON pub.relnamespace = pc.relnamespace
                                      AND pub.relname = pg_catalog.replace(pc.relname, '_private', '')
          JOIN pg_catalog.pg_attribute pa ON pa.attrelid = pub.oid AND pa.attname = a.attname
         WHERE pc.relnamespace = 'scrutiny'::pg_catalog.regnamespace
           AND pc.relname IN ('resolution_private', 'citation_private', 'action_private',
                              'amount_private', 'declaration_private')
           AND pg_catalog.col_description(pc.oid, a.attnum) IS NULL
    LOOP
        EXECUTE pg_catalog.format('COMMENT ON COLUMN scrutiny.%I.%I IS %L', r.private_table, r.attname, r.comment);
    END LOOP;
END
$private_comments$;
COMMENT ON COLUMN scrutiny.declaration_private.name IS 'The name of the person who declared, as printed';
COMMENT ON COLUMN scrutiny.declaration_private.person_id IS 'The person (scrutiny.person.id) when the public record names them too';
COMMENT ON COLUMN scrutiny.citation_private.cited_item_id IS 'The cited item (scrutiny.item.id) once the council''s same body has it';

DO $private_dump$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['item_private', 'resolution_private', 'citation_private', 'action_private',
                             'amount_private', 'declaration_private'] LOOP
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.format('scrutiny.%I', t)::pg_catalog.regclass, '');
        EXECUTE pg_catalog.format('GRANT SELECT ON scrutiny.%I TO scrutiny_officer', t);
        EXECUTE pg_catalog.format('GRANT SELECT, INSERT, UPDATE, DELETE ON scrutiny.%I TO scrutiny_loader', t);
        IF t <> 'item_private' THEN
            PERFORM pg_catalog.pg_extension_config_dump(
                pg_catalog.pg_get_serial_sequence(pg_catalog.format('scrutiny.%I', t), 'id')::pg_catalog.regclass, '');
            EXECUTE pg_catalog.format('COMMENT ON SEQUENCE %s IS %L',
                pg_catalog.pg_get_serial_sequence(pg_catalog.format('scrutiny.%I', t), 'id'),
                pg_catalog.format('Identity of scrutiny.%I.id', t));
        END IF;
    END LOOP;
END
$private_dump$;
GRANT UPDATE (status, closed_on, note) ON scrutiny.action_private TO scrutiny_officer;
GRANT SELECT, INSERT, UPDATE, DELETE, REFERENCES ON scrutiny.item_private, scrutiny.resolution_private,
    scrutiny.citation_private, scrutiny.action_private, scrutiny.amount_private, scrutiny.declaration_private
    TO @extowner@;
GRANT USAGE, SELECT, UPDATE ON SEQUENCE scrutiny.resolution_private_id_seq, scrutiny.citation_private_id_seq,
    scrutiny.action_private_id_seq, scrutiny.amount_private_id_seq, scrutiny.declaration_private_id_seq
    TO @extowner@;

-- The shared tables hold nothing private any more: no policy filters them
-- (a filter is what leaked), and a reader's search uses the GIN index.
DO $no_rls$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['item', 'resolution', 'citation', 'action', 'amount'] LOOP
        EXECUTE pg_catalog.format('DROP POLICY public_record ON scrutiny.%I', t);
        EXECUTE pg_catalog.format('DROP POLICY officer_reads ON scrutiny.%I', t);
        EXECUTE pg_catalog.format('DROP POLICY loader_writes ON scrutiny.%I', t);
        EXECUTE pg_catalog.format('ALTER TABLE scrutiny.%I DISABLE ROW LEVEL SECURITY', t);
    END LOOP;
END
$no_rls$;
DROP POLICY officer_sets_status ON scrutiny.action;

-- No digest of the raw text for a reader: with the public text and the
-- length of a private passage, a SHA-256 let a reader test guesses of it.
REVOKE SELECT (sha256) ON scrutiny.document FROM scrutiny_reader;

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

-- 0.4 took "Councillor X returned to the meeting" (a member back after
-- declaring an interest) for a readmission of the public, and a
-- readmission anywhere in a private item for the end of that item's
-- privacy.  A readmission now names the press or public, and
-- readmits_first says it opens the item's text (the public came back for
-- this item); anywhere else it ends the private session after the item.
DROP FUNCTION scrutiny.item_exemption(text, text);
CREATE FUNCTION scrutiny.item_exemption(title text, body text,
    OUT exempt boolean, OUT paragraph text, OUT basis text,
    OUT excludes_following boolean, OUT readmits boolean, OUT readmits_first boolean)
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
    readmits_first := false;
    -- Nearly every item names no schedule, exclusion or readmission, and
    -- has no "exempt" title: skip the regular expressions for them (they
    -- cost more than the rest of ingest on long items).
    lowered := pg_catalog.lower(t);
    IF pg_catalog.strpos(lowered, 'schedule') = 0 AND pg_catalog.strpos(lowered, 'exclu') = 0 AND pg_catalog.strpos(lowered, '50a') = 0
       AND pg_catalog.strpos(lowered, 'admit') = 0 AND pg_catalog.strpos(lowered, 'join') = 0
       AND pg_catalog.strpos(lowered, 'returned to') = 0
       AND pg_catalog.strpos(lowered, ' back') = 0
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
    -- An explicit readmission of the press or public, nothing looser: a
    -- false one would publish the private items after it.
    readmits := t ~* '\m(press|public)\M[^.;]{0,40}?\m(were|was|are|is|being)\s+(re-?admitted|readmitted|invited\s+back|allowed\s+back)\M'
             OR t ~* '\m(re-?admitted|readmission\s+of)\s+(the\s+)?(press|public|members\s+of\s+the\s+public)\M'
             OR t ~* '\m(press|public)\M[^.;]{0,40}?\m(re-?joined|returned\s+to)\s+the\s+(meeting|room|chamber)\M';
    readmits_first := readmits
        AND pg_catalog.split_part(pg_catalog.ltrim(coalesce(body, ''), E' \t\r\n'), '.', 1)
            ~* '\m(press|public)\M[^;]{0,40}?\m(re-?admitted|readmitted|invited\s+back|allowed\s+back|re-?joined|returned\s+to\s+the\s+(meeting|room|chamber))\M|\m(re-?admitted|readmission\s+of)\s+(the\s+)?(press|public)\M';

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
COMMENT ON FUNCTION scrutiny.item_exemption(text, text) IS
'Whether an item was taken in private, as its own title and text say: exempt information under a paragraph of Schedule 12A or Schedule 7A, section 50A(4), a resolution excluding the press and public, an "(Exempt)" title; whether it takes the following items into private; and whether it records the press and public readmitted, at its opening (for this item) or later (for the items after it)';

-- The title an exempt item is shown with: its heading as the public
-- minutes print it, without text run on after it ("MILL LANE: The
-- Committee considered ...", "LEASE (EXEMPT) Resolved: That ...").
CREATE FUNCTION scrutiny.public_title(title text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
    -- Only a heading recognised as one is shown: in capitals, or a few
    -- words with no figures; anything else may be the private text itself
    -- ("Staffing Members approved the dismissal of ..."), so nothing is shown.
    SELECT CASE WHEN h ~ '[[:upper:]]' AND h !~ '[[:lower:]]{2}' THEN h
                WHEN pg_catalog.array_length(pg_catalog.regexp_split_to_array(h, '\s+'), 1) <= 8
                     AND h !~ '[0-9£$€%]' THEN h END
      FROM (SELECT NULLIF(pg_catalog.btrim(pg_catalog.regexp_replace(title,
               '(:\s|\s[-–—]\s|\m(resolved|agreed|decided|decision|the\s+(committee|council|board|panel|cabinet))\M|[.;!?](\s|$)).*$',
               '', 'i'), E' \t:-–—'), '') AS h) cut;
$fn$;
COMMENT ON FUNCTION scrutiny.public_title(text) IS
'The heading of an item taken in private as the public minutes print it: the title up to a colon, dash, sentence end or decision word that runs its text on ("MILL LANE DEPOT: The Committee ..." -> "MILL LANE DEPOT"), shown only when it is in capitals or a few words without figures; otherwise NULL';

-- The lines that close the minutes after the last item ("The meeting
-- closed at 8.05 pm", "Chairman ........ Date ......"), up to the first
-- other line: text after them (a decision printed after the signature)
-- may be a private item's, so the public text stops there.  The words are
-- those of the segmenter's closing lines (extension/core/segment.c).
CREATE FUNCTION scrutiny.closing_lines(tail text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
    SELECT coalesce(pg_catalog.string_agg(s.line, E'\n' ORDER BY s.n), '')
      FROM (SELECT x.line, x.n,
                   pg_catalog.bool_and(x.line ~ '^\s*$'
                       OR x.line ~* '^\s*\(?\s*(the\s+)?meeting\s+(closed|ended|finished|concluded|terminated|rose)\M'
                       OR x.line ~* '^\s*(\(?\s*(chair|chairman|chairperson|chairwoman|date|signed|convener|provost|mayor|signature)\M\s*\)?[\s.:_/-]*)+$')
                       OVER (ORDER BY x.n) AS closing
              FROM pg_catalog.regexp_split_to_table(tail, E'\n') WITH ORDINALITY AS x(line, n)) s
     WHERE s.closing;
$fn$;
COMMENT ON FUNCTION scrutiny.closing_lines(text) IS
'The lines that close minutes after their last item (the meeting closed at ..., a signature block), up to the first other line; public_content keeps these and withholds what follows';

-- Rows derived from one stored document: items, resolutions, citations,
-- actions, amounts, declarations and attendance, and the public text.
-- Used by ingest and by reparse; the caller holds the body's lock.
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

    -- Items, which of them were taken in private (an item's own words, or
    -- an exclusion before it that no readmission followed: a readmission
    -- recorded in an item ends the private session after that item), and
    -- the text the public may read.  That text is assembled from what is
    -- known to be public: the header, each public item's own span, and for
    -- an exempt item its number, public title and a notice.  When a
    -- document has an exempt item, text that no item holds (after the last
    -- item's span: a signature, an orphaned decision) is withheld, and so
    -- are its offsets: a public item's start and len point into
    -- public_content, an exempt item's raw span is in item_private.
    WITH raw AS (
        SELECT i.ordinal, i.ref, i.label, i.title, i.body, i.start, i.len, x.*
          FROM scrutiny.items(v_content, v_held) i
         CROSS JOIN LATERAL scrutiny.item_exemption(i.title, i.body) x
    ), marked AS (
        SELECT raw.*,
               pg_catalog.max(ordinal) FILTER (WHERE excludes_following) OVER before AS excluded_at,
               pg_catalog.max(ordinal) FILTER (WHERE readmits) OVER before AS readmitted_at
          FROM raw
        WINDOW before AS (ORDER BY ordinal ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
    ), judged AS (
        SELECT m.ordinal, m.ref, m.label, m.title, m.body, m.start, m.len,
               m.exempt OR p.private AS exempt,
               CASE WHEN m.exempt THEN m.paragraph WHEN p.private THEN e.paragraph END AS paragraph,
               CASE WHEN m.exempt THEN m.basis
                    WHEN p.private THEN coalesce(e.basis, 'exclusion resolution') END AS basis
          FROM marked m
          LEFT JOIN raw e ON e.ordinal = m.excluded_at
         CROSS JOIN LATERAL (SELECT m.excluded_at IS NOT NULL AND NOT m.excludes_following AND NOT m.readmits_first
                                    AND (m.readmitted_at IS NULL OR m.readmitted_at < m.excluded_at) AS private) p
    ), shown AS (
        SELECT j.*,
               pg_catalog.bool_or(j.exempt) OVER () AS any_exempt,
               CASE WHEN j.exempt THEN scrutiny.public_title(j.title) ELSE j.title END AS shown_title,
               coalesce(pg_catalog.lag(j.start + j.len) OVER w, 1) AS gap_from
          FROM judged j
        WINDOW w AS (ORDER BY j.ordinal)
    ), pieces AS (
        SELECT s.*,
               CASE WHEN NOT s.exempt THEN pg_catalog.substr(v_content, s.start, s.len)
                    ELSE pg_catalog.concat_ws(' ', s.label, s.shown_title) || E'\n\n'
                         || '[Exempt: not for publication'
                         || CASE WHEN s.paragraph IS NOT NULL
                                 THEN ' under paragraph ' || s.paragraph || ' of ' || s.basis
                                 WHEN s.basis <> 'exclusion resolution' THEN ' under ' || s.basis
                                 ELSE '' END || ']' END AS piece,
               CASE WHEN s.ordinal = 1 OR NOT s.any_exempt
                         OR pg_catalog.substr(v_content, s.gap_from, GREATEST(s.start - s.gap_from, 0)) !~ '\S'
                    THEN pg_catalog.substr(v_content, s.gap_from, GREATEST(s.start - s.gap_from, 0))
                    ELSE E'\n\n' END AS gap
          FROM shown s
    ), placed AS (
        SELECT p.*,
               pg_catalog.sum(pg_catalog.length(p.gap) + pg_catalog.length(p.piece)) OVER w
                   - pg_catalog.length(p.piece) + 1 AS public_start
          FROM pieces p
        WINDOW w AS (ORDER BY p.ordinal ROWS UNBOUNDED PRECEDING)
    ), public_rows AS (
        INSERT INTO scrutiny.item (council_id, meeting_id, document_id, ordinal, ref, label, title, body,
                                   start, len, exempt, exempt_paragraph, exempt_basis)
        SELECT v_council, v_meeting, v_document, p.ordinal, p.ref, p.label, p.shown_title,
               CASE WHEN p.exempt THEN '' ELSE p.body END,
               CASE WHEN p.any_exempt THEN p.public_start ELSE p.start END,
               CASE WHEN p.any_exempt THEN pg_catalog.length(p.piece) ELSE p.len END,
               p.exempt, p.paragraph, p.basis
          FROM placed p
         ORDER BY p.ordinal
        RETURNING id, ordinal
    ), private_rows AS (
        INSERT INTO scrutiny.item_private (council_id, item_id, title, body, start, len)
        SELECT v_council, r.id, p.title, p.body, p.start, p.len
          FROM public_rows r JOIN placed p ON p.ordinal = r.ordinal
         WHERE p.exempt
        RETURNING item_id
    )
    SELECT CASE WHEN NOT coalesce(pg_catalog.bool_or(p.exempt), false) THEN v_content
                ELSE pg_catalog.string_agg(p.gap || p.piece, '' ORDER BY p.ordinal)
                     || scrutiny.closing_lines(pg_catalog.substr(v_content, pg_catalog.max(p.start + p.len))) || E'\n' END
      INTO v_public
      FROM placed p;
    UPDATE scrutiny.document d SET public_content = v_public
     WHERE d.council_id = v_council AND d.id = v_document AND d.public_content IS DISTINCT FROM v_public;
    -- The meeting's close and adjournments as the public text gives them:
    -- an adjournment during a private item, or a closing time printed in
    -- text the public text withholds, is not the reader's.
    IF v_public IS DISTINCT FROM v_content THEN
        UPDATE scrutiny.meeting m
           SET ends_at = i.ends_at, adjourned = NULLIF(i.adjourned, '[]')
          FROM scrutiny.meeting_info(v_public) i
         WHERE m.council_id = v_council AND m.id = v_meeting;
    END IF;

    -- Everyone the public text names.  (Nothing else of this council is
    -- locked yet: the body's lock keeps other loaders of these meetings
    -- away, and people are taken in key order.)
    PERFORM scrutiny.upsert_people(v_council, v_public);

    INSERT INTO scrutiny.resolution (council_id, item_id, meeting_id, ordinal, label, text, kind,
                                     votes_for, votes_against, abstentions, carried)
    SELECT i.council_id, i.id, i.meeting_id, r.ordinal, r.label, r.resolution, r.kind,
           r.votes_for, r.votes_against, r.abstentions, r.carried
      FROM scrutiny.item i
     CROSS JOIN LATERAL scrutiny.resolutions(i.body) r
     WHERE i.council_id = v_council AND i.document_id = v_document AND NOT i.exempt;
    INSERT INTO scrutiny.resolution_private (council_id, item_id, meeting_id, ordinal, label, text, kind,
                                             votes_for, votes_against, abstentions, carried)
    SELECT i.council_id, i.id, i.meeting_id, r.ordinal, r.label, r.resolution, r.kind,
           r.votes_for, r.votes_against, r.abstentions, r.carried
      FROM scrutiny.item i
      JOIN scrutiny.item_private ip ON ip.council_id = i.council_id AND ip.item_id = i.id
     CROSS JOIN LATERAL scrutiny.resolutions(ip.body) r
     WHERE i.council_id = v_council AND i.document_id = v_document;

    -- A citation points at the cited item when the council's same body
    -- has it (the earliest held, when a number was printed twice).
    INSERT INTO scrutiny.citation (council_id, item_id, cited_ref, label, relation, cited_item_id)
    SELECT i.council_id, i.id, c.ref, c.label, c.relation, scrutiny.cited_item(v_council, v_body, c.ref)
      FROM scrutiny.item i
     CROSS JOIN LATERAL scrutiny.citations(i.body, v_held) c
     WHERE i.council_id = v_council AND i.document_id = v_document AND NOT i.exempt;
    INSERT INTO scrutiny.citation_private (council_id, item_id, cited_ref, label, relation, cited_item_id)
    SELECT i.council_id, i.id, c.ref, c.label, c.relation, scrutiny.cited_item(v_council, v_body, c.ref)
      FROM scrutiny.item i
      JOIN scrutiny.item_private ip ON ip.council_id = i.council_id AND ip.item_id = i.id
     CROSS JOIN LATERAL scrutiny.citations(ip.body, v_held) c
     WHERE i.council_id = v_council AND i.document_id = v_document;

    INSERT INTO scrutiny.action (council_id, item_id, meeting_id, resolution_id, ordinal, text, kind, owner, due,
                                 due_on)
    SELECT i.council_id, i.id, i.meeting_id, res.id, a.ordinal, a.action, a.kind, a.owner, a.due, a.due_on
      FROM scrutiny.item i
     CROSS JOIN LATERAL scrutiny.actions(i.body, v_held) a
      LEFT JOIN scrutiny.resolution res
             ON res.council_id = i.council_id AND res.item_id = i.id AND res.ordinal = a.resolution_ordinal
     WHERE i.council_id = v_council AND i.document_id = v_document AND NOT i.exempt;
    INSERT INTO scrutiny.action_private (council_id, item_id, meeting_id, resolution_id, ordinal, text, kind,
                                         owner, due, due_on)
    SELECT i.council_id, i.id, i.meeting_id, res.id, a.ordinal, a.action, a.kind, a.owner, a.due, a.due_on
      FROM scrutiny.item i
      JOIN scrutiny.item_private ip ON ip.council_id = i.council_id AND ip.item_id = i.id
     CROSS JOIN LATERAL scrutiny.actions(ip.body, v_held) a
      LEFT JOIN scrutiny.resolution_private res
             ON res.council_id = i.council_id AND res.item_id = i.id AND res.ordinal = a.resolution_ordinal
     WHERE i.council_id = v_council AND i.document_id = v_document;

    INSERT INTO scrutiny.amount (council_id, item_id, amount, currency, label)
    SELECT i.council_id, i.id, a.amount, a.currency, a.label
      FROM scrutiny.item i
     CROSS JOIN LATERAL scrutiny.amounts(i.body) a
     WHERE i.council_id = v_council AND i.document_id = v_document AND NOT i.exempt;
    INSERT INTO scrutiny.amount_private (council_id, item_id, amount, currency, label)
    SELECT i.council_id, i.id, a.amount, a.currency, a.label
      FROM scrutiny.item i
      JOIN scrutiny.item_private ip ON ip.council_id = i.council_id AND ip.item_id = i.id
     CROSS JOIN LATERAL scrutiny.amounts(ip.body) a
     WHERE i.council_id = v_council AND i.document_id = v_document;

    -- Declarations the public text records are public; those only the
    -- whole text records (made in a private item) are private.
    INSERT INTO scrutiny.declaration (council_id, meeting_id, document_id, person_id, item_id,
                                      item_label, interest, kind)
    SELECT v_council, v_meeting, v_document, p.id, scrutiny.declared_item(v_council, v_document, d.item_label),
           d.item_label, d.interest, d.kind
      FROM scrutiny.declarations(v_public) d
      JOIN scrutiny.person p ON p.council_id = v_council AND p.key = scrutiny.person_key(d.name);
    IF v_public IS DISTINCT FROM v_content THEN
        INSERT INTO scrutiny.declaration_private (council_id, meeting_id, document_id, name, person_id, item_id,
                                                  item_label, interest, kind)
        SELECT v_council, v_meeting, v_document, d.name, p.id,
               scrutiny.declared_item(v_council, v_document, d.item_label), d.item_label, d.interest, d.kind
          FROM (SELECT x.name, x.item_label, x.interest, x.kind FROM scrutiny.declarations(v_content) x
                EXCEPT ALL
                SELECT y.name, y.item_label, y.interest, y.kind FROM scrutiny.declarations(v_public) y) d
          LEFT JOIN scrutiny.person p ON p.council_id = v_council AND p.key = scrutiny.person_key(d.name);
    END IF;

    -- The minutes are the record of who came: when they name anyone, they
    -- replace what ModernGov said about the meeting.  Only the public text
    -- counts: who came back during a private item is not published.
    IF EXISTS (SELECT FROM scrutiny.attendance(v_public)) THEN
        DELETE FROM scrutiny.attendance a WHERE a.council_id = v_council AND a.meeting_id = v_meeting;
        INSERT INTO scrutiny.attendance (council_id, meeting_id, person_id, status, role, category,
                                         organisation, source)
        SELECT DISTINCT ON (p.id) v_council, v_meeting, p.id, a.status, a.role, a.category,
               a.organisation, 'minutes'
          FROM scrutiny.attendance(v_public) a
          JOIN scrutiny.person p ON p.council_id = v_council AND p.key = scrutiny.person_key(a.name)
         ORDER BY p.id, a.ordinal;
    END IF;
END
$fn$;

-- The item of the council's same body that a citation of ref points at:
-- the earliest held, when a number was printed twice.
CREATE FUNCTION scrutiny.cited_item(council_id bigint, body_id bigint, ref scrutiny.minute_ref) RETURNS bigint
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
    SELECT j.id
      FROM scrutiny.item j
      JOIN scrutiny.meeting jm ON jm.council_id = j.council_id AND jm.id = j.meeting_id
     WHERE j.council_id = $1 AND j.ref = $3 AND jm.body_id = $2
     ORDER BY jm.held_on, j.id LIMIT 1;
$fn$;
COMMENT ON FUNCTION scrutiny.cited_item(bigint, bigint, scrutiny.minute_ref) IS
'The item a citation of a minute reference points at: the earliest held item with that reference in the council''s same body (used by ingest)';

-- The item of a document that a declaration names ("item 14/24", "14").
CREATE FUNCTION scrutiny.declared_item(council_id bigint, document_id bigint, item_label text) RETURNS bigint
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
    SELECT i.id FROM scrutiny.item i
     WHERE i.council_id = $1 AND i.document_id = $2
       AND (i.label = $3 OR i.ref::text = $3 OR (i.ref IS NOT NULL AND scrutiny.number(i.ref)::text = $3))
     ORDER BY i.ordinal LIMIT 1;
$fn$;
COMMENT ON FUNCTION scrutiny.declared_item(bigint, bigint, text) IS
'The item of a document that a declaration of interest names by its label, reference or number (used by ingest)';

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

-- Statuses people set on a meeting's actions, public and private, before
-- its rows are replaced.  The caller locks the rows first
-- (scrutiny.lock_actions): an officer's update committed while a loader
-- waited on its row lock was otherwise read as it was before, and lost.
CREATE OR REPLACE FUNCTION scrutiny.kept_action_statuses(council_id bigint, document_ids bigint[]) RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
    SELECT coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
               'label', coalesce(i.label, i.ref::text, i.title), 'ordinal', a.ordinal, 'kind', a.kind,
               'text', a.text, 'status', a.status, 'closed_on', a.closed_on, 'note', a.note)
               ORDER BY a.private, a.id), '[]')
      FROM (SELECT false AS private, x.council_id, x.id, x.item_id, x.ordinal, x.kind, x.text, x.status,
                   x.closed_on, x.note
              FROM scrutiny.action x
            UNION ALL
            SELECT true, x.council_id, x.id, x.item_id, x.ordinal, x.kind, x.text, x.status, x.closed_on, x.note
              FROM scrutiny.action_private x) a
      JOIN scrutiny.item i ON i.council_id = a.council_id AND i.id = a.item_id
     WHERE a.council_id = $1 AND i.document_id = ANY ($2)
       AND (a.status <> 'open' OR a.note IS NOT NULL);
$fn$;

CREATE FUNCTION scrutiny.lock_actions(council_id bigint, document_ids bigint[]) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
BEGIN
    -- Every action of the documents, in id order, waiting for an officer's
    -- open transaction on any of them; the statuses are read afterwards,
    -- by a statement that sees what the officer committed.
    PERFORM FROM scrutiny.action a
      JOIN scrutiny.item i ON i.council_id = a.council_id AND i.id = a.item_id
     WHERE a.council_id = lock_actions.council_id AND i.document_id = ANY (lock_actions.document_ids)
     ORDER BY a.id
       FOR UPDATE OF a;
    PERFORM FROM scrutiny.action_private a
      JOIN scrutiny.item i ON i.council_id = a.council_id AND i.id = a.item_id
     WHERE a.council_id = lock_actions.council_id AND i.document_id = ANY (lock_actions.document_ids)
     ORDER BY a.id
       FOR UPDATE OF a;
END
$fn$;
COMMENT ON FUNCTION scrutiny.lock_actions(bigint, bigint[]) IS
'Locks every action, public and private, of the given documents, so that the statuses ingest and reparse carry over include updates committed meanwhile';

CREATE OR REPLACE FUNCTION scrutiny.restore_action_statuses(council_id bigint, document_id bigint, kept jsonb)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
#variable_conflict use_column
DECLARE
    s    record;
    lost text[] := '{}';
    how  text;
    tab  text;
    n    bigint;
    done boolean;
BEGIN
    -- An action keeps its status across a corrected text even when the
    -- correction moves its item into or out of private: both tables are
    -- tried, first for the same words, then for the same place and kind.
    FOR s IN SELECT * FROM pg_catalog.jsonb_to_recordset(kept)
                 AS k(label text, ordinal int, kind text, text text, status text, closed_on date, note text)
    LOOP
        done := false;
        FOREACH how IN ARRAY ARRAY['a.text = $5', 'a.ordinal = $6 AND a.kind = $7'] LOOP
            FOREACH tab IN ARRAY ARRAY['action', 'action_private'] LOOP
                EXECUTE pg_catalog.format(
                    'UPDATE scrutiny.%I a SET status = $1, closed_on = $2, note = $3
                       FROM scrutiny.item i
                      WHERE a.council_id = $4 AND i.council_id = a.council_id AND i.id = a.item_id
                        AND i.document_id = $8 AND coalesce(i.label, i.ref::text, i.title) = $9
                        AND %s AND a.status = ''open'' AND a.note IS NULL', tab, how)
                    USING s.status, s.closed_on, s.note, restore_action_statuses.council_id, s.text, s.ordinal,
                          s.kind, restore_action_statuses.document_id, s.label;
                GET DIAGNOSTICS n = ROW_COUNT;
                done := n > 0;
                EXIT WHEN done;
            END LOOP;
            EXIT WHEN done;
        END LOOP;
        CONTINUE WHEN done;
        lost := lost || pg_catalog.format('%s #%s (%s, %s)', s.label, s.ordinal, s.status, pg_catalog.left(s.text, 60));
    END LOOP;
    IF pg_catalog.cardinality(lost) > 0 THEN
        RAISE WARNING 'scrutiny: % action status(es) set by people match no action of the new text',
                      pg_catalog.cardinality(lost)
              USING DETAIL = pg_catalog.array_to_string(lost, E'\n'),
                    HINT = 'They were: item label, action number, status, text. Set them again on the new rows of scrutiny.action or scrutiny.action_private.';
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
    p_body     bigint := (SELECT m.body_id FROM scrutiny.document d
                            JOIN scrutiny.meeting m ON m.council_id = d.council_id AND m.id = d.meeting_id
                           WHERE d.council_id = resolve_citations_to.council_id
                             AND d.id = resolve_citations_to.document_id);
BEGIN
    -- PL/pgSQL rather than SQL so that the plans are kept between calls
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
           AND cm.body_id = p_body
         ORDER BY c.id
           FOR UPDATE OF c
    )
    UPDATE scrutiny.citation c SET cited_item_id = t.cited
      FROM target t
     WHERE c.council_id = p_council AND c.id = t.id;
    WITH target AS (
        SELECT c.id,
               (SELECT j.id FROM scrutiny.item j
                 WHERE j.council_id = p_council AND j.document_id = p_document AND j.ref = c.cited_ref
                 ORDER BY j.ordinal LIMIT 1) AS cited
          FROM scrutiny.citation_private c
          JOIN scrutiny.item ci ON ci.council_id = c.council_id AND ci.id = c.item_id
          JOIN scrutiny.meeting cm ON cm.council_id = ci.council_id AND cm.id = ci.meeting_id
         WHERE c.council_id = p_council AND c.cited_item_id IS NULL
           AND c.cited_ref IN (SELECT j.ref FROM scrutiny.item j
                                WHERE j.council_id = p_council AND j.document_id = p_document AND j.ref IS NOT NULL)
           AND cm.body_id = p_body
         ORDER BY c.id
           FOR UPDATE OF c
    )
    UPDATE scrutiny.citation_private c SET cited_item_id = t.cited
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
    WITH target AS (
        SELECT c.id FROM scrutiny.citation_private c
         WHERE c.council_id = $1
           AND c.cited_item_id IN (SELECT i.id FROM scrutiny.item i
                                    WHERE i.council_id = $1 AND i.document_id = ANY ($2))
         ORDER BY c.id
           FOR UPDATE
    )
    UPDATE scrutiny.citation_private c SET cited_item_id = NULL
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
        PERFORM scrutiny.lock_actions(d.council_id, ARRAY[d.id]);
        v_kept := scrutiny.kept_action_statuses(d.council_id, ARRAY[d.id]);
        PERFORM scrutiny.release_citations_of(d.council_id, ARRAY[d.id]);
        DELETE FROM scrutiny.item i WHERE i.council_id = d.council_id AND i.document_id = d.id;
        DELETE FROM scrutiny.declaration x WHERE x.council_id = d.council_id AND x.document_id = d.id;
        DELETE FROM scrutiny.declaration_private x WHERE x.council_id = d.council_id AND x.document_id = d.id;
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

REVOKE EXECUTE ON FUNCTION scrutiny.lock_actions(bigint, bigint[]), scrutiny.cited_item(bigint, bigint, scrutiny.minute_ref),
    scrutiny.declared_item(bigint, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION scrutiny.lock_actions(bigint, bigint[]), scrutiny.cited_item(bigint, bigint, scrutiny.minute_ref),
    scrutiny.declared_item(bigint, bigint, text) TO scrutiny_loader, @extowner@;

--------------------------------------------------------------------------
-- 0.4 databases: private text moved, public text rebuilt
--------------------------------------------------------------------------

-- Every document is derived again by the rules above: exempt items' text,
-- resolutions, citations, actions, sums and declarations go to the private
-- tables, public_content is rebuilt from what is public, and the statuses
-- officers set are carried over (reparse keeps them).  Then the shared
-- tables lose the exempt flags they no longer need.
SELECT scrutiny.reparse() AS documents_rederived;
-- People 0.4 took from private declarations: named nowhere in public.
UPDATE scrutiny.declaration_private x SET person_id = NULL
 WHERE NOT EXISTS (SELECT FROM scrutiny.declaration d WHERE d.council_id = x.council_id AND d.person_id = x.person_id)
   AND NOT EXISTS (SELECT FROM scrutiny.attendance a WHERE a.council_id = x.council_id AND a.person_id = x.person_id);
DELETE FROM scrutiny.person p
 WHERE NOT EXISTS (SELECT FROM scrutiny.declaration d WHERE d.council_id = p.council_id AND d.person_id = p.id)
   AND NOT EXISTS (SELECT FROM scrutiny.attendance a WHERE a.council_id = p.council_id AND a.person_id = p.id)
   AND EXISTS (SELECT FROM scrutiny.declaration_private x
                WHERE x.council_id = p.council_id AND scrutiny.person_key(x.name) = p.key);
ALTER TABLE scrutiny.resolution DROP COLUMN exempt;
ALTER TABLE scrutiny.citation DROP COLUMN exempt;
ALTER TABLE scrutiny.action DROP COLUMN exempt;
ALTER TABLE scrutiny.amount DROP COLUMN exempt;
-- The planner's statistics of 0.4 were gathered over private rows, which
-- row-level security hid from readers; now that readers see the shared
-- tables' statistics, gather them again over the public record.
DO $analyze$
BEGIN
    -- (a new install has no rows: leave the planner to size empty tables)
    IF EXISTS (SELECT FROM scrutiny.document) THEN
        ANALYZE scrutiny.item, scrutiny.resolution, scrutiny.citation, scrutiny.action, scrutiny.amount,
                scrutiny.declaration, scrutiny.person, scrutiny.attendance, scrutiny.document;
    END IF;
END
$analyze$;

--------------------------------------------------------------------------
-- Officers' views: the public and the private rows together
--------------------------------------------------------------------------

-- Readers are granted none of these (they read the private tables).  A
-- private row's id is its private table's: (private, id) is the key.
CREATE VIEW scrutiny.item_all AS
SELECT i.council_id, i.id, i.meeting_id, i.document_id, i.ordinal, i.ref, i.label,
       coalesce(p.title, i.title) AS title, coalesce(p.body, i.body) AS body,
       i.exempt, i.exempt_paragraph, i.exempt_basis, i.exempt AS private
  FROM scrutiny.item i
  LEFT JOIN scrutiny.item_private p ON p.council_id = i.council_id AND p.item_id = i.id;
COMMENT ON VIEW scrutiny.item_all IS 'Every item with its whole text, exempt items'' included (for officers)';

CREATE VIEW scrutiny.resolution_all AS
SELECT council_id, id, item_id, meeting_id, ordinal, label, text, kind, votes_for, votes_against, abstentions,
       carried, false AS private
  FROM scrutiny.resolution
UNION ALL
SELECT council_id, id, item_id, meeting_id, ordinal, label, text, kind, votes_for, votes_against, abstentions,
       carried, true
  FROM scrutiny.resolution_private;
COMMENT ON VIEW scrutiny.resolution_all IS 'Every resolution, of items taken in public and in private (for officers)';

CREATE VIEW scrutiny.citation_all AS
SELECT council_id, id, item_id, cited_ref, label, relation, cited_item_id, false AS private FROM scrutiny.citation
UNION ALL
SELECT council_id, id, item_id, cited_ref, label, relation, cited_item_id, true FROM scrutiny.citation_private;
COMMENT ON VIEW scrutiny.citation_all IS 'Every citation, by items taken in public and in private (for officers)';

CREATE VIEW scrutiny.action_all AS
SELECT council_id, id, item_id, meeting_id, resolution_id, ordinal, text, kind, owner, due, due_on, status,
       closed_on, note, false AS private
  FROM scrutiny.action
UNION ALL
SELECT council_id, id, item_id, meeting_id, resolution_id, ordinal, text, kind, owner, due, due_on, status,
       closed_on, note, true
  FROM scrutiny.action_private;
COMMENT ON VIEW scrutiny.action_all IS 'Every action, of items taken in public and in private (for officers; set a status on scrutiny.action or scrutiny.action_private)';

CREATE VIEW scrutiny.amount_all AS
SELECT council_id, id, item_id, amount, currency, label, false AS private FROM scrutiny.amount
UNION ALL
SELECT council_id, id, item_id, amount, currency, label, true FROM scrutiny.amount_private;
COMMENT ON VIEW scrutiny.amount_all IS 'Every sum of money, in items taken in public and in private (for officers)';

CREATE VIEW scrutiny.declaration_all AS
SELECT d.council_id, d.id, d.meeting_id, d.document_id, p.name, d.person_id, d.item_id, d.item_label,
       d.interest, d.kind, false AS private
  FROM scrutiny.declaration d
  JOIN scrutiny.person p ON p.council_id = d.council_id AND p.id = d.person_id
UNION ALL
SELECT council_id, id, meeting_id, document_id, name, person_id, item_id, item_label, interest, kind, true
  FROM scrutiny.declaration_private;
COMMENT ON VIEW scrutiny.declaration_all IS 'Every declaration of interest, made in public and in private (for officers)';

DO $all_views$
DECLARE
    r record;
BEGIN
    -- A view column means what the same column of its table does.
    FOR r IN
        SELECT v.relname AS view_name, a.attname,
               pg_catalog.col_description(t.oid, ta.attnum) AS comment
          FROM pg_catalog.pg_class v
          JOIN pg_catalog.pg_attribute a ON a.attrelid = v.oid AND a.attnum > 0
          JOIN pg_catalog.pg_class t ON t.relnamespace = v.relnamespace
                                    AND t.relname = pg_catalog.replace(v.relname, '_all', '')
          JOIN pg_catalog.pg_attribute ta ON ta.attrelid = t.oid AND ta.attname = a.attname
         WHERE v.relnamespace = 'scrutiny'::pg_catalog.regnamespace AND v.relkind = 'v'
           AND v.relname IN ('item_all', 'resolution_all', 'citation_all', 'action_all', 'amount_all',
                             'declaration_all')
    LOOP
        EXECUTE pg_catalog.format('COMMENT ON COLUMN scrutiny.%I.%I IS %L', r.view_name, r.attname, r.comment);
    END LOOP;
    FOREACH r.view_name IN ARRAY ARRAY['item_all', 'resolution_all', 'citation_all', 'action_all', 'amount_all',
                                       'declaration_all'] LOOP
        EXECUTE pg_catalog.format('COMMENT ON COLUMN scrutiny.%I.private IS %L', r.view_name,
            'Whether the row is of an item taken in private (its id is then the private table''s)');
        IF pg_catalog.current_setting('server_version_num')::int >= 150000 THEN
            EXECUTE pg_catalog.format('ALTER VIEW scrutiny.%I SET (security_invoker = true)', r.view_name);
        END IF;
        EXECUTE pg_catalog.format('GRANT SELECT ON scrutiny.%I TO scrutiny_officer, scrutiny_loader', r.view_name);
    END LOOP;
END
$all_views$;
COMMENT ON COLUMN scrutiny.item_all.title IS 'The title as the minutes print it (for an exempt item, with any text run on after its heading)';
COMMENT ON COLUMN scrutiny.item_all.body IS 'The item''s text after its heading, exempt items'' included';
COMMENT ON COLUMN scrutiny.declaration_all.name IS 'The name of the person who declared';
GRANT SELECT ON scrutiny.item_all, scrutiny.resolution_all, scrutiny.citation_all, scrutiny.action_all,
                scrutiny.amount_all, scrutiny.declaration_all TO @extowner@;
