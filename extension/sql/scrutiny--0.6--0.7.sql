-- scrutiny 0.6 -> 0.7: the page an item starts on; ModernGov's councillors
-- (party and ward), actual times, linked documents and item-by-item
-- minutes; a row of a ModernGov answer that cannot be read is a warning,
-- not the end of the answer; item_exemption in C (docs/schema.md,
-- docs/interop.md).
\echo Use "ALTER EXTENSION scrutiny UPDATE TO '0.7'" to load this file. \quit

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
-- Pages
--------------------------------------------------------------------------

-- How many form feeds (page breaks, as the loader and pdftotext keep them)
-- a text holds.
CREATE FUNCTION scrutiny.form_feeds(t text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
    SELECT pg_catalog.length(t) - pg_catalog.length(pg_catalog.replace(t, E'\f', ''))
$fn$;
COMMENT ON FUNCTION scrutiny.form_feeds(text) IS
'The number of form feeds (page breaks) in a text; the page of a character is one more than the form feeds before it';

CREATE FUNCTION scrutiny.text_spans(doc text, starts integer[], lens integer[]) RETURNS text[]
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'scrutiny_text_spans';
COMMENT ON FUNCTION scrutiny.text_spans(text, integer[], integer[]) IS
'substr(doc, starts[i], lens[i]) for every i, cut in one pass over doc (substr counts characters from the start at each call); a NULL length runs to the end, a NULL start gives NULL';

ALTER TABLE scrutiny.item ADD COLUMN page integer CHECK (page > 0);
COMMENT ON COLUMN scrutiny.item.page IS
'The page of the source document on which the item starts (1 + the form feeds before it), for links such as source#page=N; NULL when the text has no page breaks, and for the items of a document with an exempt item (their pages would tell how long its private text is)';

-- Items stored by 0.6, of documents with page breaks and no exempt item
-- (a document with one gives no pages: they would tell how long its private
-- text is).
UPDATE scrutiny.item AS i
   SET page = 1 + scrutiny.form_feeds(pg_catalog.substr(d.content, 1, i.start - 1)
                                      || pg_catalog.substring(pg_catalog.substr(d.content, i.start, i.len), '^\s*'))
  FROM scrutiny.document AS d
 WHERE d.council_id = i.council_id AND d.id = i.document_id
   AND pg_catalog.strpos(d.content, E'\f') > 0
   AND NOT EXISTS (SELECT FROM scrutiny.item AS e
                    WHERE e.council_id = d.council_id AND e.document_id = d.id AND e.exempt);

CREATE OR REPLACE VIEW scrutiny.item_all WITH (security_invoker = true) AS
SELECT i.council_id, i.id, i.meeting_id, i.document_id, i.ordinal, i.ref, i.label,
       coalesce(p.title, i.title) AS title, coalesce(p.body, i.body) AS body,
       i.exempt, i.exempt_paragraph, i.exempt_basis, i.exempt AS private, i.page
  FROM scrutiny.item i
  LEFT JOIN scrutiny.item_private p ON p.council_id = i.council_id AND p.item_id = i.id;
COMMENT ON COLUMN scrutiny.item_all.page IS 'The page of the source document on which the item starts (item.page)';

--------------------------------------------------------------------------
-- Exempt items
--------------------------------------------------------------------------

-- The judgement of an item's privacy in C (extension/core/exempt.c), the
-- same as the PL/pgSQL of 0.5 for every input, in one pass over the words
-- rather than up to fifteen regular expressions.  The same name, arguments,
-- OUT columns and comment; not strict (a NULL title or body is empty text).
CREATE OR REPLACE FUNCTION scrutiny.item_exemption(title text, body text,
    OUT exempt boolean, OUT paragraph text, OUT basis text,
    OUT excludes_following boolean, OUT readmits boolean, OUT readmits_first boolean)
    RETURNS record
    AS 'MODULE_PATHNAME', 'scrutiny_item_exemption'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;

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
    v_paged    boolean;
    v_source   text;
BEGIN
    SELECT d.meeting_id, d.content, m.body_id, m.held_on, d.source
      INTO v_meeting, v_content, v_body, v_held, v_source
      FROM scrutiny.document d
      JOIN scrutiny.meeting m ON m.council_id = d.council_id AND m.id = d.meeting_id
     WHERE d.council_id = v_council AND d.id = v_document;
    v_paged := pg_catalog.strpos(v_content, E'\f') > 0;

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
    ), bounds AS (
        -- The spans the pages and the public text are made of, three an
        -- item: its gap (the text since the item before), its own text, and
        -- the two as one span; NULL where neither reads it (the usual
        -- document, with no pages and no exempt item, needs none).
        SELECT pg_catalog.array_agg(v.start ORDER BY s.ordinal, v.which) AS starts,
               pg_catalog.array_agg(v.len ORDER BY s.ordinal, v.which) AS lens
          FROM shown s
         CROSS JOIN LATERAL (VALUES
                (1, CASE WHEN v_paged OR s.any_exempt THEN s.gap_from END, GREATEST(s.start - s.gap_from, 0)),
                (2, CASE WHEN v_paged OR s.any_exempt THEN s.start END, s.len),
                (3, CASE WHEN v_paged AND NOT s.any_exempt THEN s.gap_from END,
                    GREATEST(s.start + s.len - s.gap_from, 0))) v(which, start, len)
    ), cut AS (
        -- cut in one pass: substr() counts the document's characters from
        -- its start at each call, once an item
        SELECT x.n, x.span
          FROM bounds b
         CROSS JOIN LATERAL pg_catalog.unnest(scrutiny.text_spans(v_content, b.starts, b.lens))
               WITH ORDINALITY x(span, n)
    ), spanned AS (
        SELECT s.*, g.span AS gap_text, o.span AS own_text, t.span AS through_text
          FROM (SELECT s.*, pg_catalog.row_number() OVER (ORDER BY s.ordinal) AS k FROM shown s) s
          JOIN cut g ON g.n = 3 * s.k - 2
          JOIN cut o ON o.n = 3 * s.k - 1
          JOIN cut t ON t.n = 3 * s.k
    ), paged AS (
        -- The page of the PDF where the item starts: one more than the form
        -- feeds before its first printed character (a page break may open
        -- its span), counted span by span (an item's gap and its own text)
        -- so the document is read once; NULL when it has no pages.  A
        -- document with an exempt item gives no pages: the page of the
        -- item after it would tell a reader how long the private text ran.
        SELECT s.*,
               CASE WHEN v_paged AND NOT s.any_exempt
                    THEN 1 + coalesce(pg_catalog.sum(s.feeds_through) OVER w, 0) + s.feeds_before END AS page
          FROM (SELECT s.*,
                       scrutiny.form_feeds(s.gap_text || pg_catalog.substring(s.own_text, '^\s*')) AS feeds_before,
                       scrutiny.form_feeds(s.through_text) AS feeds_through
                  FROM spanned s) s
        WINDOW w AS (ORDER BY s.ordinal ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
    ), pieces AS (
        SELECT s.*,
               CASE WHEN NOT s.exempt THEN s.own_text
                    ELSE pg_catalog.concat_ws(' ', s.label, s.shown_title) || E'\n\n'
                         || '[Exempt: not for publication'
                         || CASE WHEN s.paragraph IS NOT NULL
                                 THEN ' under paragraph ' || s.paragraph || ' of ' || s.basis
                                 WHEN s.basis <> 'exclusion resolution' THEN ' under ' || s.basis
                                 ELSE '' END || ']' END AS piece,
               CASE WHEN s.ordinal = 1 OR NOT s.any_exempt OR s.gap_text !~ '\S'
                    THEN s.gap_text
                    ELSE E'\n\n' END AS gap
          FROM paged s
    ), placed AS (
        SELECT p.*,
               pg_catalog.sum(pg_catalog.length(p.gap) + pg_catalog.length(p.piece)) OVER w
                   - pg_catalog.length(p.piece) + 1 AS public_start
          FROM pieces p
        WINDOW w AS (ORDER BY p.ordinal ROWS UNBOUNDED PRECEDING)
    ), public_rows AS (
        INSERT INTO scrutiny.item (council_id, meeting_id, document_id, ordinal, ref, label, title, body,
                                   start, len, page, exempt, exempt_paragraph, exempt_basis)
        SELECT v_council, v_meeting, v_document, p.ordinal, p.ref, p.label, p.shown_title,
               CASE WHEN p.exempt THEN '' ELSE p.body END,
               CASE WHEN p.any_exempt THEN p.public_start ELSE p.start END,
               CASE WHEN p.any_exempt THEN pg_catalog.length(p.piece) ELSE p.len END,
               p.page, p.exempt, p.paragraph, p.basis
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
    -- counts: who came back during a private item is not published.  The
    -- minutes ModernGov holds item by item (import_moderngov's) do not
    -- replace its own list of attendees.
    IF EXISTS (SELECT FROM scrutiny.attendance(v_public))
       AND NOT (v_source LIKE 'moderngov:%'
                AND EXISTS (SELECT FROM scrutiny.attendance a
                             WHERE a.council_id = v_council AND a.meeting_id = v_meeting AND a.source = 'moderngov')) THEN
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

--------------------------------------------------------------------------
-- ModernGov: councillors, times, documents, item-by-item minutes
--------------------------------------------------------------------------

ALTER TABLE scrutiny.person
    ADD COLUMN party text,
    ADD COLUMN ward text,
    ADD COLUMN external_id text;
CREATE UNIQUE INDEX person_external_id_key ON scrutiny.person (council_id, external_id);
COMMENT ON COLUMN scrutiny.person.party IS 'The person''s political party as the council''s ModernGov service gives it (GetCouncillorsByWard, or an attendee''s politicalparty); NULL when not known';
COMMENT ON COLUMN scrutiny.person.ward IS 'The ward or division the councillor represents, as the council''s ModernGov service gives it; NULL when not known';
COMMENT ON COLUMN scrutiny.person.external_id IS 'The person''s id in the council''s ModernGov service (councillorid, an attendee''s memberid); unique within the council';

ALTER TABLE scrutiny.meeting
    ADD COLUMN minutes_url text,
    ADD COLUMN links jsonb CHECK (pg_catalog.jsonb_typeof(links) = 'array');
COMMENT ON COLUMN scrutiny.meeting.minutes_url IS 'The printed minutes among the documents the council''s ModernGov service links for the meeting, as it gives the url (often relative to the site); NULL when none';
COMMENT ON COLUMN scrutiny.meeting.links IS 'The documents the council''s ModernGov service links for the meeting, restricted ones left out: [{"title": ..., "url": ...}] in its order; NULL when not imported';

-- ModernGov's fields: minutes HTML brings the named entities of HTML
-- (&pound;, &ndash;, &rsquo;), not only XML's five and &nbsp;.  The names
-- are one table; a name not in it is kept as printed.
CREATE OR REPLACE FUNCTION scrutiny.moderngov_text(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
    AS $$
SELECT nullif(pg_catalog.btrim(pg_catalog.regexp_replace(
           coalesce(pg_catalog.string_agg(
               CASE
                   WHEN c.cp BETWEEN 1 AND 1114111 AND c.cp NOT BETWEEN 55296 AND 57343
                       THEN pg_catalog.chr(c.cp)
                   ELSE coalesce(e.ch, r.m[1])
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
       LEFT JOIN (VALUES ('&amp;', '&'), ('&lt;', '<'), ('&gt;', '>'), ('&quot;', '"'), ('&apos;', ''''),
                         ('&nbsp;', ' '), ('&pound;', U&'\00A3'), ('&euro;', U&'\20AC'), ('&ndash;', U&'\2013'),
                         ('&mdash;', U&'\2014'), ('&lsquo;', U&'\2018'), ('&rsquo;', U&'\2019'),
                         ('&ldquo;', U&'\201C'), ('&rdquo;', U&'\201D'), ('&hellip;', U&'\2026'),
                         ('&bull;', U&'\2022'), ('&middot;', U&'\00B7'), ('&deg;', U&'\00B0'),
                         ('&frac12;', U&'\00BD'), ('&frac14;', U&'\00BC'), ('&frac34;', U&'\00BE'),
                         ('&copy;', U&'\00A9'), ('&sect;', U&'\00A7'), ('&para;', U&'\00B6'))
                 AS e(name, ch) ON e.name = r.m[1]
$$;

-- ModernGov's dates: dd/mm/yyyy as the service gives them (with a time
-- after it or not), or ISO yyyy-mm-dd (with a time or not); NULL for
-- anything else or a day that does not exist.
CREATE FUNCTION scrutiny.moderngov_date(t text) RETURNS date
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
DECLARE
    v_p text[];
    v_y int;
    v_mo int;
    v_d int;
BEGIN
    v_p := pg_catalog.regexp_match(pg_catalog.btrim(t), '^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$');
    IF v_p IS NOT NULL THEN
        v_d := v_p[1]::int; v_mo := v_p[2]::int; v_y := v_p[3]::int;
    ELSE
        v_p := pg_catalog.regexp_match(pg_catalog.btrim(t), '^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$');
        IF v_p IS NULL THEN
            RETURN NULL;
        END IF;
        v_y := v_p[1]::int; v_mo := v_p[2]::int; v_d := v_p[3]::int;
    END IF;
    IF v_y < 1 OR v_mo NOT BETWEEN 1 AND 12 OR v_d < 1
       OR v_d > pg_catalog.date_part('day', pg_catalog.make_date(v_y, v_mo, 1) + interval '1 month' - interval '1 day') THEN
        RETURN NULL;
    END IF;
    RETURN pg_catalog.make_date(v_y, v_mo, v_d);
END
$fn$;
COMMENT ON FUNCTION scrutiny.moderngov_date(text) IS
'Helper of scrutiny.import_moderngov: a date as ModernGov gives it (dd/mm/yyyy, or yyyy-mm-dd, either with a time after it); NULL when it is no date';

-- ModernGov's times: 18:00, 18:00:00, 6.30 pm, 6pm, 10.00 a.m., noon,
-- alone or after a date (2024-03-04T18:05:00, 04/03/2024 18:05).  A
-- midnight after a date is a date without a time; anything else ("TBC")
-- is no time.
CREATE FUNCTION scrutiny.moderngov_time(t text) RETURNS time
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
DECLARE
    v_s text := pg_catalog.lower(pg_catalog.btrim(t));
    v_dated boolean;
    v_p text[];
    v_h int;
    v_mi int;
    v_se int;
BEGIN
    v_dated := v_s ~ '^\d{1,4}[-/]\d{1,2}[-/]\d{1,4}(t|\s+)';
    v_s := pg_catalog.regexp_replace(v_s, '^\d{1,4}[-/]\d{1,2}[-/]\d{1,4}(t|\s+)', '');
    v_s := pg_catalog.regexp_replace(v_s, '(:\d{2})(\.\d+)?(z|[+-]\d{2}:?\d{2})?$', '\1');
    IF v_s IN ('noon', 'midday', '12 noon', '12 midday') THEN
        RETURN '12:00';
    END IF;
    v_p := pg_catalog.regexp_match(v_s, '^(\d{1,2})(?:[.:](\d{2}))?(?::(\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?)?$');
    IF v_p IS NULL OR (v_p[2] IS NULL AND v_p[4] IS NULL) THEN
        RETURN NULL;
    END IF;
    v_h := v_p[1]::int;
    v_mi := coalesce(v_p[2]::int, 0);
    v_se := coalesce(v_p[3]::int, 0);
    IF v_p[4] IS NOT NULL THEN
        v_h := CASE WHEN v_h NOT BETWEEN 1 AND 12 THEN 99
                    WHEN pg_catalog.left(v_p[4], 1) = 'a' THEN v_h % 12
                    ELSE v_h % 12 + 12 END;
    END IF;
    IF v_h >= 24 OR v_mi >= 60 OR v_se >= 60 OR (v_dated AND v_h = 0 AND v_mi = 0 AND v_se = 0) THEN
        RETURN NULL;
    END IF;
    RETURN pg_catalog.make_time(v_h, v_mi, v_se);
END
$fn$;
COMMENT ON FUNCTION scrutiny.moderngov_time(text) IS
'Helper of scrutiny.import_moderngov: a time as ModernGov gives it (18:00, 6.30 pm, noon, or after a date); NULL when it is no time';

-- A name as ModernGov prints it ("Councillor Ann Reid MBE (Chair)"): the
-- name without leading honorifics, postnominals and a closing "(...)",
-- the first honorific in scrutiny's spelling, and the bracket's text.
CREATE FUNCTION scrutiny.moderngov_name(given text, OUT name text, OUT honorific text, OUT note text)
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
DECLARE
    -- Leading honorifics ("Councillor", "Cllr.", "Dr", "The Rt Hon", ...).
    hon_re CONSTANT text := '^((?:(?:county|borough|district|city|town|parish|community)\s+)?'
                            '(?:councillor|councilor|cllr|cynghorydd|cyng|mrs|mr|ms|miss|mx|dr|professor|prof'
                            '|the\s+rev(?:erend|d)?|reverend|revd|rev|canon|father|sir|dame|lord|lady|baroness'
                            '|(?:the\s+)?(?:rt\.?|right)\s+hon(?:ourable)?\.?|bailie|provost|alderman|rabbi'
                            '|imam|pastor|bishop|hon)\.?)\s+';
    -- Trailing postnominals, printed in capitals ("MBE", "JP", "PhD").
    post_re CONSTANT text := '(?:\s*,)?(?:\s+(?:MBE|OBE|CBE|KBE|DBE|BEM|JP|DL|QC|KC|MP|MSP|MEP|AM|MA|BA|BSc|BSC'
                             '|MSc|MSC|PhD|PHD|FRS|FCA|CC|GM|QPM|RN|FRCP|LLB|MBBS|CEng)\.?,?)+\s*$';
    v_p text[];
    v_s text;
BEGIN
    name := scrutiny.moderngov_text(given);
    IF name IS NULL THEN
        RETURN;
    END IF;
    v_p := pg_catalog.regexp_match(name, '^(.*\S)\s*\(([^()]*)\)$');
    IF v_p IS NOT NULL THEN
        name := v_p[1];
        note := nullif(pg_catalog.btrim(v_p[2]), '');
    END IF;
    LOOP
        v_p := pg_catalog.regexp_match(name, hon_re, 'i');
        EXIT WHEN v_p IS NULL OR pg_catalog.length(v_p[1]) >= pg_catalog.length(name) - 1;
        honorific := coalesce(honorific, v_p[1]);
        name := pg_catalog.btrim(pg_catalog.substr(name, pg_catalog.length(v_p[1]) + 1));
    END LOOP;
    IF honorific IS NOT NULL THEN
        honorific := pg_catalog.lower(pg_catalog.regexp_replace(honorific, '[.\s]+', ' ', 'g'));
        honorific := CASE
            WHEN honorific ~ 'counc|cllr' THEN 'Councillor'
            WHEN honorific ~ '^cyng' THEN 'Cynghorydd'
            WHEN honorific ~ '(rt|right) hon' THEN 'Rt Hon'
            WHEN honorific ~ '^the rev' THEN 'Rev'
            ELSE pg_catalog.initcap(pg_catalog.btrim(honorific)) END;
    END IF;
    v_s := pg_catalog.regexp_replace(name, post_re, '');
    IF v_s <> '' THEN
        name := v_s;
    END IF;
END
$fn$;
COMMENT ON FUNCTION scrutiny.moderngov_name(text) IS
'Helper of scrutiny.import_moderngov: a name as ModernGov prints it split into the name (no honorifics, postnominals or closing bracket), the first honorific and the bracket''s text ("Councillor Ann Reid MBE (Chair)" -> Ann Reid, Councillor, Chair)';

-- Minutes HTML as ModernGov holds it (<minutesnonemptyhtmlbody>, its
-- markup escaped once more in the XML) as lines of text: block elements
-- end lines, paragraphs are parted by a blank line, entities decoded.
CREATE FUNCTION scrutiny.moderngov_html_text(html text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
SELECT nullif(pg_catalog.btrim(pg_catalog.regexp_replace(
           pg_catalog.string_agg(coalesce(scrutiny.moderngov_text(l.line), ''), E'\n' ORDER BY l.n),
           E'\n{3,}', E'\n\n', 'g'), E'\n'), '')
  FROM pg_catalog.regexp_split_to_table(
           pg_catalog.regexp_replace(
               pg_catalog.regexp_replace(
                   pg_catalog.regexp_replace(
                       pg_catalog.regexp_replace(html, '<(script|style)\M.*?</(script|style)\s*>', '', 'gi'),
                       '<\s*/?\s*(p|div|h[1-6]|ul|ol|table|blockquote)\M[^>]*>', E'\n\n', 'gi'),
                   '<\s*(br|li|tr)\M[^>]*>', E'\n', 'gi'),
               '<[^>]*>', ' ', 'g'),
           E'\n') WITH ORDINALITY AS l(line, n)
$fn$;
COMMENT ON FUNCTION scrutiny.moderngov_html_text(text) IS
'Helper of scrutiny.import_moderngov: minutes HTML as ModernGov holds it for an agenda item, as text (block elements end lines, paragraphs parted by a blank line, entities decoded); NULL when it holds no text';

-- An answer given as text: a byte-order mark (which no xml value may start
-- a document with) and white space before the XML are dropped.
CREATE FUNCTION scrutiny.moderngov_xml(doc text) RETURNS xml
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
BEGIN
    RETURN XMLPARSE(CONTENT pg_catalog.regexp_replace(doc, '^[\uFEFF\s]+', ''));
EXCEPTION WHEN invalid_xml_content OR invalid_xml_document OR invalid_text_representation THEN
    RAISE EXCEPTION 'scrutiny.import_moderngov: the answer is not XML'
        USING ERRCODE = 'invalid_text_representation',
              DETAIL = SQLERRM,
              HINT = 'Pass the body mgWebService.asmx answered with, as it came.';
END
$fn$;
COMMENT ON FUNCTION scrutiny.moderngov_xml(text) IS
'Helper of scrutiny.import_moderngov: a ModernGov answer given as text, as xml (a leading byte-order mark and white space dropped)';

-- Whether the meeting's minutes, if it has any, are only those
-- import_moderngov made from the service's agenda items (document.source
-- 'moderngov:...'): printed minutes, once ingested, win over them.
CREATE FUNCTION scrutiny.moderngov_minutes_only(council_id bigint, meeting_id bigint) RETURNS boolean
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
    SELECT NOT EXISTS (SELECT FROM scrutiny.document AS d
                        WHERE d.council_id = moderngov_minutes_only.council_id
                          AND d.meeting_id = moderngov_minutes_only.meeting_id
                          AND d.kind = 'minutes' AND coalesce(d.source, '') NOT LIKE 'moderngov:%')
$fn$;
COMMENT ON FUNCTION scrutiny.moderngov_minutes_only(bigint, bigint) IS
'Helper of scrutiny.import_moderngov: true when the meeting has no minutes but those import_moderngov made from ModernGov''s agenda items (source moderngov:...), which printed minutes replace';

-- People of a ModernGov answer: by the service's id, else by
-- scrutiny.person_key of the name; what the answer gives (honorific,
-- party, ward, the id) is set, what it leaves out is kept.
CREATE FUNCTION scrutiny.moderngov_person(council_id bigint, external_id text, key text, name text,
                                          honorific text, party text, ward text,
                                          OUT person_id bigint, OUT changed integer)
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
DECLARE
    v_council bigint := moderngov_person.council_id;
    v_ext text := moderngov_person.external_id;
    v_key text := moderngov_person.key;
    v_other text;
BEGIN
    changed := 0;
    IF v_ext IS NOT NULL THEN
        SELECT p.id INTO person_id FROM scrutiny.person AS p WHERE p.council_id = v_council AND p.external_id = v_ext;
    END IF;
    IF person_id IS NULL THEN
        SELECT p.id, p.external_id INTO person_id, v_other
          FROM scrutiny.person AS p WHERE p.council_id = v_council AND p.key = v_key;
        -- Two councillors of one name (ModernGov tells them apart by id) are
        -- two people: the second gets a key no name reduces to, so minutes
        -- naming either still find the first.
        IF v_other IS DISTINCT FROM v_ext AND v_other IS NOT NULL AND v_ext IS NOT NULL THEN
            person_id := NULL;
            v_key := v_key || ' #' || v_ext;
            RAISE WARNING 'scrutiny.import_moderngov: two people are named "%" (ModernGov ids % and %): kept apart, the second with key "%"',
                          moderngov_person.name, v_other, v_ext, v_key
                USING HINT = 'Attendance read from minutes goes to the first; correct it by hand if it was the other.';
        END IF;
    END IF;
    IF person_id IS NULL THEN
        INSERT INTO scrutiny.person AS p (council_id, name, key, honorific, party, ward, external_id)
             VALUES (v_council, moderngov_person.name, v_key, moderngov_person.honorific,
                     moderngov_person.party, moderngov_person.ward, v_ext)
        ON CONFLICT DO NOTHING
        RETURNING p.id INTO person_id;
        IF FOUND THEN
            changed := 1;
            RETURN;
        END IF;
        -- Another import made the person after this one looked.
        SELECT p.id INTO person_id FROM scrutiny.person AS p
         WHERE p.council_id = v_council AND (p.key = v_key OR p.external_id = v_ext)
         ORDER BY p.external_id = v_ext DESC NULLS LAST LIMIT 1;
    END IF;
    UPDATE scrutiny.person AS p
       SET honorific = coalesce(moderngov_person.honorific, p.honorific),
           party = coalesce(moderngov_person.party, p.party),
           ward = coalesce(moderngov_person.ward, p.ward),
           external_id = coalesce(p.external_id, v_ext)
     WHERE p.council_id = v_council AND p.id = person_id
       AND (p.honorific, p.party, p.ward, p.external_id) IS DISTINCT FROM
           (coalesce(moderngov_person.honorific, p.honorific), coalesce(moderngov_person.party, p.party),
            coalesce(moderngov_person.ward, p.ward), coalesce(p.external_id, v_ext));
    GET DIAGNOSTICS changed = ROW_COUNT;
END
$fn$;
COMMENT ON FUNCTION scrutiny.moderngov_person(bigint, text, text, text, text, text, text) IS
'Helper of scrutiny.import_moderngov: the person of a ModernGov answer, found by the service''s id or the name''s key, made when new, with the honorific, party, ward and id the answer gives; a second person of the same name with another id is kept apart (key suffixed " #id", with a WARNING); changed is 1 when a row was written';
REVOKE EXECUTE ON FUNCTION scrutiny.moderngov_person(bigint, text, text, text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION scrutiny.moderngov_person(bigint, text, text, text, text, text, text) TO scrutiny_loader, @extowner@;

CREATE OR REPLACE FUNCTION scrutiny.import_moderngov(doc xml, council text) RETURNS integer
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, scrutiny, pg_temp
    AS $fn$
DECLARE
    shapes CONSTANT text := 'Pass the XML (or its text) that mgWebService.asmx returns for GetCommittees (root <committees>), '
                            'GetMeetings (<getmeetings>), GetAllMeetingsByDate (<getmeetingsbydate>), GetMeeting (<meeting>) '
                            'or GetCouncillorsByWard (<councillorsbyward>).';
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
    v_date      date;
    v_time      time;
    v_hon       text;
    v_status    text;
    v_role      text;
    v_category  text;
    v_paren     text;
    v_councillors jsonb := '[]';    -- {ext, key, name, honorific, party, ward} in document order
    v_agenda    text := '';         -- the minutes the agenda items carry, as text
    v_links     jsonb;              -- the documents a GetMeeting response links
    v_minutes_url text;             -- of them, the printed minutes
    v_doc_text  text;
    v_source    text;
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
    -- A byte-order mark kept by a client that read the answer as text.
    IF NOT doc IS DOCUMENT AND pg_catalog.left(doc::text, 1) = U&'\FEFF' THEN
        doc := scrutiny.moderngov_xml(doc::text);
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
    IF v_root IS NULL OR v_root NOT IN ('committees', 'getmeetings', 'getmeetingsbydate', 'meeting', 'councillorsbyward') THEN
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
                RAISE WARNING 'scrutiny.import_moderngov: <committee> number % has no <committeeid>: skipped', r.ord
                    USING HINT = 'Every <committee> needs a <committeeid>.';
                CONTINUE;
            END IF;
            IF r.title IS NULL AND v_root = 'committees' THEN
                RAISE WARNING 'scrutiny.import_moderngov: committee % has no <committeetitle>: skipped', r.ext
                    USING HINT = 'Every <committee> of GetCommittees needs a <committeetitle>.';
                CONTINUE;
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
    -- A meeting without an id or a date is skipped with a warning: the rest
    -- of the answer is still imported.
    IF v_root NOT IN ('committees', 'councillorsbyward') THEN
        FOR r IN
            SELECT x.ord, scrutiny.moderngov_text(x.ext) AS ext, scrutiny.moderngov_text(x.mdate) AS mdate,
                   scrutiny.moderngov_text(x.mtime) AS mtime, scrutiny.moderngov_text(x.venue) AS venue,
                   scrutiny.moderngov_text(x.status) AS status, scrutiny.moderngov_text(x.cext) AS cext,
                   scrutiny.moderngov_text(x.ctitle) AS ctitle, scrutiny.moderngov_text(x.astart) AS astart,
                   scrutiny.moderngov_text(x.afinish) AS afinish
              FROM XMLTABLE(CASE WHEN v_root = 'meeting' THEN '/*' ELSE '/*//*[local-name()="meeting"]' END
                            PASSING doc
                            COLUMNS ord FOR ORDINALITY,
                                    ext text PATH '*[local-name()="meetingid"]',
                                    mdate text PATH '*[local-name()="meetingdate"]',
                                    mtime text PATH '*[local-name()="meetingtime"]',
                                    venue text PATH '*[local-name()="meetinglocation"]',
                                    status text PATH '*[local-name()="meetingstatus"]',
                                    astart text PATH '*[local-name()="meetingactualstarttime"]',
                                    afinish text PATH '*[local-name()="meetingactualfinishtime"]',
                                    cext text PATH 'ancestor-or-self::*[*[local-name()="committeeid"]][1]/*[local-name()="committeeid"]',
                                    ctitle text PATH 'ancestor-or-self::*[*[local-name()="committeeid"]][1]/*[local-name()="committeetitle"]') AS x
             ORDER BY x.ord
        LOOP
            IF r.ext IS NULL THEN
                RAISE WARNING 'scrutiny.import_moderngov: <meeting> number % has no <meetingid>: skipped', r.ord
                    USING HINT = 'Every <meeting> needs a <meetingid> and a <meetingdate>.';
                CONTINUE;
            END IF;
            v_date := scrutiny.moderngov_date(r.mdate);
            IF v_date IS NULL THEN
                RAISE WARNING 'scrutiny.import_moderngov: meeting % has an invalid <meetingdate>: "%": skipped',
                              r.ext, coalesce(r.mdate, '')
                    USING HINT = 'ModernGov gives dates as dd/mm/yyyy (04/03/2024); yyyy-mm-dd is accepted too.';
                CONTINUE;
            END IF;
            -- The time the meeting began, as the service recorded it, else
            -- as it was called (a time in an ISO date stands for a missing
            -- <meetingtime>); the finish only as recorded.
            v_time := coalesce(scrutiny.moderngov_time(r.astart), scrutiny.moderngov_time(r.mtime),
                               scrutiny.moderngov_time(r.mdate));

            -- A cancelled meeting is not imported (an existing row is left alone).
            CONTINUE WHEN r.status ~* 'cancel';

            IF r.cext IS NOT NULL THEN
                v_committees := v_committees || pg_catalog.jsonb_build_object('ext', r.cext, 'title', r.ctitle);
            END IF;
            v_meetings := v_meetings || pg_catalog.jsonb_build_object(
                'ext', r.ext, 'cext', r.cext, 'held_on', v_date, 'starts_at', v_time,
                'ends_at', scrutiny.moderngov_time(r.afinish), 'venue', r.venue);
        END LOOP;
    END IF;

    -- Attendees (GetMeeting).
    IF v_root = 'meeting' THEN
        v_attendees := pg_catalog.xpath_exists('/*/*[local-name()="attendees"]', doc);
        FOR r IN
            SELECT x.ord, scrutiny.moderngov_text(x.aname) AS aname,
                   scrutiny.moderngov_text(x.attendance) AS given,
                   pg_catalog.lower(scrutiny.moderngov_text(x.attendance)) AS attendance,
                   scrutiny.moderngov_text(x.role) AS role, pg_catalog.lower(scrutiny.moderngov_text(x.mtype)) AS mtype,
                   scrutiny.moderngov_text(x.memberid) AS memberid, scrutiny.moderngov_text(x.party) AS party,
                   scrutiny.moderngov_text(x.ward) AS ward
              FROM XMLTABLE('/*/*[local-name()="attendees"]/*[local-name()="attendee"]' PASSING doc
                            COLUMNS ord FOR ORDINALITY,
                                    aname text PATH '(@*[local-name()="name"] | *[local-name()="name"])[1]',
                                    attendance text PATH '(@*[local-name()="attendance"] | *[local-name()="attendance"])[1]',
                                    role text PATH '(@*[local-name()="roledescription"] | *[local-name()="roledescription"])[1]',
                                    mtype text PATH '(@*[local-name()="membertype"] | *[local-name()="membertype"])[1]',
                                    memberid text PATH '(@*[local-name()="memberid"] | *[local-name()="memberid"])[1]',
                                    party text PATH '(@*[local-name()="politicalparty"] | *[local-name()="politicalparty"])[1]',
                                    ward text PATH '(@*[local-name()="ward"] | *[local-name()="ward"])[1]') AS x
             ORDER BY x.ord
        LOOP
            IF r.aname IS NULL THEN
                RAISE WARNING 'scrutiny.import_moderngov: <attendee> number % has no name: skipped', r.ord
                    USING HINT = 'Every <attendee> needs a name attribute (or a <name> element).';
                CONTINUE;
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

            SELECT n.name, n.honorific, n.note INTO v_name, v_hon, v_paren
              FROM scrutiny.moderngov_name(r.aname) AS n;
            IF scrutiny.person_key(v_name) = '' THEN
                RAISE WARNING 'scrutiny.import_moderngov: attendee % has no name: "%": skipped', r.ord, r.aname
                    USING HINT = 'Every <attendee> needs a name with letters or digits in it.';
                CONTINUE;
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
                'status', v_status, 'role', v_role, 'category', v_category,
                'ext', r.memberid, 'party', r.party, 'ward', r.ward);
        END LOOP;
    END IF;

    -- The documents a GetMeeting response links for the meeting (not those
    -- of its agenda items), in document order, and among them the printed
    -- minutes: one titled "Printed minutes", else the first titled
    -- "minutes" that is no draft and no agenda.  Restricted ones are left out.
    IF v_root = 'meeting' THEN
        SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('title', l.title, 'url', l.url) ORDER BY l.ord),
               (pg_catalog.array_agg(l.url ORDER BY l.rank DESC, l.ord) FILTER (WHERE l.rank > 0))[1]
          INTO v_links, v_minutes_url
          FROM (SELECT x.ord, scrutiny.moderngov_text(x.title) AS title, scrutiny.moderngov_text(x.url) AS url,
                       CASE WHEN x.title ~* 'printed\s+minutes' THEN 2
                            WHEN x.title ~* 'minutes' AND x.title !~* 'draft|agenda' THEN 1
                            ELSE 0 END AS rank
                  FROM XMLTABLE('/*/*[local-name()="linkeddocuments"]/*[*[local-name()="url"]]' PASSING doc
                                COLUMNS ord FOR ORDINALITY,
                                        title text PATH '*[local-name()="title"]',
                                        url text PATH '*[local-name()="url"]',
                                        restricted text PATH '*[local-name()="isrestricted"]') AS x
                 WHERE pg_catalog.lower(coalesce(pg_catalog.btrim(x.restricted), '')) NOT IN ('true', '1', 'yes')) AS l
         WHERE l.url IS NOT NULL;

        -- The minutes ModernGov holds item by item (<minutesnonemptyhtmlbody>),
        -- as the text of minutes: each item's number and title, then its
        -- minutes.  Items the service marks restricted, not to be displayed
        -- (isdisplayallowed) or with minutes not published (isminutepublished)
        -- are left out.
        SELECT coalesce(pg_catalog.string_agg(
                   pg_catalog.concat_ws(' ', coalesce(a.mnum, a.num) || '.', pg_catalog.upper(a.title))
                   || E'\n\n' || a.minutes, E'\n\n' ORDER BY a.ord), '')
          INTO v_agenda
          FROM (SELECT x.ord, scrutiny.moderngov_text(x.num) AS num, scrutiny.moderngov_text(x.mnum) AS mnum,
                       scrutiny.moderngov_text(x.title) AS title, scrutiny.moderngov_html_text(x.minutes) AS minutes
                  FROM XMLTABLE('/*/*[local-name()="agendaitems"]/*[local-name()="agendaitem"]' PASSING doc
                                COLUMNS ord FOR ORDINALITY,
                                        num text PATH '*[local-name()="agendaitemnumber"]',
                                        mnum text PATH '*[local-name()="minutesitemnumber"]',
                                        title text PATH '*[local-name()="agendaitemtitle"]',
                                        minutes text PATH '*[local-name()="minutesnonemptyhtmlbody"]',
                                        restricted text PATH '*[local-name()="isrestricted"]',
                                        shown text PATH '*[local-name()="isdisplayallowed"]',
                                        published text PATH '*[local-name()="isminutepublished"]') AS x
                 WHERE pg_catalog.lower(coalesce(pg_catalog.btrim(x.restricted), '')) NOT IN ('true', '1', 'yes')
                   AND pg_catalog.lower(coalesce(pg_catalog.btrim(x.shown), '')) NOT IN ('false', '0', 'no')
                   AND pg_catalog.lower(coalesce(pg_catalog.btrim(x.published), '')) NOT IN ('false', '0', 'no')) AS a
         WHERE a.minutes IS NOT NULL;
    END IF;

    -- Councillors (GetCouncillorsByWard): each with the ward it is listed
    -- under and its party.
    IF v_root = 'councillorsbyward' THEN
        FOR r IN
            SELECT x.ord, scrutiny.moderngov_text(x.ext) AS ext, scrutiny.moderngov_text(x.fullname) AS fullname,
                   scrutiny.moderngov_text(x.party) AS party, scrutiny.moderngov_text(x.ward) AS ward
              FROM XMLTABLE('/*//*[local-name()="ward"]//*[local-name()="councillor"]' PASSING doc
                            COLUMNS ord FOR ORDINALITY,
                                    ext text PATH '*[local-name()="councillorid"]',
                                    fullname text PATH '*[local-name()="fullusername"]',
                                    party text PATH '*[local-name()="politicalpartytitle"]',
                                    ward text PATH 'ancestor::*[local-name()="ward"][1]/*[local-name()="wardtitle"]') AS x
             ORDER BY x.ord
        LOOP
            SELECT n.name, n.honorific INTO v_name, v_hon FROM scrutiny.moderngov_name(r.fullname) AS n;
            IF v_name IS NULL OR scrutiny.person_key(v_name) = '' THEN
                RAISE WARNING 'scrutiny.import_moderngov: <councillor> number % has no name: skipped', r.ord
                    USING HINT = 'Every <councillor> needs a <fullusername>.';
                CONTINUE;
            END IF;
            v_councillors := v_councillors || pg_catalog.jsonb_build_object(
                'ext', r.ext, 'key', scrutiny.person_key(v_name), 'name', v_name,
                'honorific', coalesce(v_hon, 'Councillor'), 'party', r.party, 'ward', r.ward);
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
        -- A GetMeeting answer's one committee: the body's ingest lock first
        -- (below, at the meeting), before its row is renamed or given the id.
        IF v_root = 'meeting' THEN
            SELECT b.id INTO v_bid FROM scrutiny.body AS b
             WHERE b.council_id = v_cid
               AND (b.external_id = r.ext OR pg_catalog.lower(b.name) = pg_catalog.lower(r.title))
             ORDER BY b.external_id = r.ext DESC NULLS LAST LIMIT 1;
            IF FOUND THEN
                PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(
                            pg_catalog.format('scrutiny.body %s %s', v_cid, v_bid), 0));
            END IF;
        END IF;
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
                RAISE WARNING 'scrutiny.import_moderngov: committee % is not known and the document gives no <committeetitle>: skipped', r.ext
                    USING HINT = 'Import the council''s GetCommittees response first.';
                CONTINUE;
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
               (e.j ->> 'ends_at')::time AS ends_at, e.j ->> 'venue' AS venue
          FROM pg_catalog.jsonb_array_elements(v_meetings) WITH ORDINALITY AS e(j, ord)
         ORDER BY e.j ->> 'ext' COLLATE "C", e.ord
    LOOP
        v_bid := (v_bodies ->> r.cext)::bigint;
        IF v_bid IS NULL THEN
            SELECT m.body_id INTO v_bid FROM scrutiny.meeting AS m
             WHERE m.council_id = v_cid AND m.external_id = r.ext;
            IF NOT FOUND THEN
                RAISE WARNING 'scrutiny.import_moderngov: meeting % names no committee and is not known: skipped', r.ext
                    USING HINT = 'Import the committee''s GetMeetings response first, or give the meeting a <committeeid>.';
                CONTINUE;
            END IF;
        END IF;
        -- A GetMeeting answer writes what ingest writes under this lock
        -- (attendance, the minutes from its agenda items): taken before any of
        -- it, as ingest takes it, so that the two wait in one order (and
        -- taken already above when the answer names a known committee).
        IF v_root = 'meeting' THEN
            PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(
                        pg_catalog.format('scrutiny.body %s %s', v_cid, v_bid), 0));
        END IF;

        UPDATE scrutiny.meeting AS m
           SET body_id = v_bid, held_on = r.held_on,
               starts_at = coalesce(r.starts_at, m.starts_at), ends_at = coalesce(r.ends_at, m.ends_at),
               venue = coalesce(r.venue, m.venue)
         WHERE m.council_id = v_cid AND m.external_id = r.ext
           AND (m.body_id, m.held_on, m.starts_at, m.ends_at, m.venue) IS DISTINCT FROM
               (v_bid, r.held_on, coalesce(r.starts_at, m.starts_at), coalesce(r.ends_at, m.ends_at),
                coalesce(r.venue, m.venue))
        RETURNING m.id INTO v_mid;
        IF FOUND THEN
            v_n := v_n + 1;
        ELSE
            SELECT m.id INTO v_mid FROM scrutiny.meeting AS m WHERE m.council_id = v_cid AND m.external_id = r.ext;
            IF NOT FOUND THEN
                UPDATE scrutiny.meeting AS m
                   SET external_id = r.ext,
                       starts_at = coalesce(r.starts_at, m.starts_at),
                       ends_at = coalesce(r.ends_at, m.ends_at),
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
                    INSERT INTO scrutiny.meeting AS m (council_id, body_id, held_on, starts_at, ends_at, venue, external_id)
                         VALUES (v_cid, v_bid, r.held_on, r.starts_at, r.ends_at, r.venue, r.ext)
                    ON CONFLICT (council_id, external_id) DO UPDATE
                       SET body_id = excluded.body_id, held_on = excluded.held_on,
                           starts_at = coalesce(excluded.starts_at, m.starts_at),
                           ends_at = coalesce(excluded.ends_at, m.ends_at),
                           venue = coalesce(excluded.venue, m.venue)
                     WHERE (m.body_id, m.held_on, m.starts_at, m.ends_at, m.venue) IS DISTINCT FROM
                           (excluded.body_id, excluded.held_on, coalesce(excluded.starts_at, m.starts_at),
                            coalesce(excluded.ends_at, m.ends_at), coalesce(excluded.venue, m.venue))
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

    -- The documents GetMeeting links; an answer that links none leaves
    -- what an earlier one gave.
    IF v_root = 'meeting' AND v_meeting IS NOT NULL AND v_links IS NOT NULL THEN
        UPDATE scrutiny.meeting AS m SET links = v_links, minutes_url = v_minutes_url
         WHERE m.council_id = v_cid AND m.id = v_meeting
           AND (m.links, m.minutes_url) IS DISTINCT FROM (v_links, v_minutes_url);
        GET DIAGNOSTICS v_k = ROW_COUNT;
        v_n := v_n + v_k;
    ELSIF v_root = 'meeting' AND v_meeting IS NOT NULL THEN
        SELECT m.minutes_url INTO v_minutes_url FROM scrutiny.meeting AS m
         WHERE m.council_id = v_cid AND m.id = v_meeting;
    END IF;

    -- Attendance of a GetMeeting response, unless the minutes have given the
    -- meeting's attendance (they replace ModernGov's).  People are matched
    -- on scrutiny.person_key of the name.
    IF v_attendees AND v_meeting IS NOT NULL
       AND NOT EXISTS (SELECT FROM scrutiny.attendance AS a
                        WHERE a.council_id = v_cid AND a.meeting_id = v_meeting AND a.source = 'minutes'
                          AND NOT scrutiny.moderngov_minutes_only(v_cid, v_meeting)) THEN
        -- (what the service's item-by-item minutes named gives way to its list)
        DELETE FROM scrutiny.attendance AS a
         WHERE a.council_id = v_cid AND a.meeting_id = v_meeting AND a.source = 'minutes';
        GET DIAGNOSTICS v_k = ROW_COUNT;
        v_n := v_n + v_k;
        -- (one row per person, by id else key; written in key order, the order
        -- ingest's scrutiny.upsert_people inserts people in)
        FOR r IN
            SELECT * FROM (
                SELECT DISTINCT ON (coalesce(e.j ->> 'ext', e.j ->> 'key') COLLATE "C") e.j ->> 'key' AS key, e.j ->> 'name' AS name,
                       e.j ->> 'honorific' AS honorific, e.j ->> 'status' AS status, e.j ->> 'role' AS role,
                       e.j ->> 'category' AS category, e.j ->> 'ext' AS ext, e.j ->> 'party' AS party,
                       e.j ->> 'ward' AS ward
                  FROM pg_catalog.jsonb_array_elements(v_people) WITH ORDINALITY AS e(j, ord)
                 ORDER BY coalesce(e.j ->> 'ext', e.j ->> 'key') COLLATE "C", e.ord) AS one
             ORDER BY one.key, one.ext COLLATE "C"
        LOOP
            SELECT x.person_id, x.changed INTO v_pid, v_k
              FROM scrutiny.moderngov_person(v_cid, r.ext, r.key, r.name, r.honorific, r.party, r.ward) AS x;
            v_n := v_n + v_k;
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

    -- Councillors, by ModernGov's id, else by scrutiny.person_key of the name
    -- (written in key order, as attendees are).
    FOR r IN
        SELECT * FROM (
            SELECT DISTINCT ON (coalesce(e.j ->> 'ext', e.j ->> 'key') COLLATE "C")
                   e.j ->> 'ext' AS ext, e.j ->> 'key' AS key, e.j ->> 'name' AS name,
                   e.j ->> 'honorific' AS honorific, e.j ->> 'party' AS party, e.j ->> 'ward' AS ward
              FROM pg_catalog.jsonb_array_elements(v_councillors) WITH ORDINALITY AS e(j, ord)
             ORDER BY coalesce(e.j ->> 'ext', e.j ->> 'key') COLLATE "C", e.ord) AS one
         ORDER BY one.key, one.ext COLLATE "C"
    LOOP
        SELECT x.changed INTO v_k
          FROM scrutiny.moderngov_person(v_cid, r.ext, r.key, r.name, r.honorific, r.party, r.ward) AS x;
        v_n := v_n + v_k;
    END LOOP;

    -- The minutes the agenda items carry become the meeting's minutes when
    -- the service links no printed minutes and the meeting has no minutes
    -- but these (printed minutes, ingested later, replace them).  The text
    -- is headed with the meeting's body, date and time, so that ingest finds
    -- this meeting.  A document ingest refuses is a warning: the rest is
    -- imported.
    IF v_agenda <> '' AND v_meeting IS NOT NULL AND v_minutes_url IS NULL
       AND scrutiny.moderngov_minutes_only(v_cid, v_meeting) THEN
        SELECT pg_catalog.format('Minutes of the %s held on %s%s', b.name,
                                 pg_catalog.to_char(m.held_on, 'FMDD FMMonth YYYY'),
                                 ' at ' || pg_catalog.lower(pg_catalog.to_char(m.starts_at, 'FMHH12.MI am')))
               || E'\n\n' || v_agenda || E'\n',
               c.name, b.name, m.held_on, 'moderngov:GetMeeting?lMeetingId=' || m.external_id
          INTO v_doc_text, v_s, v_name, v_date, v_source
          FROM scrutiny.meeting AS m
          JOIN scrutiny.body AS b ON b.council_id = m.council_id AND b.id = m.body_id
          JOIN scrutiny.council AS c ON c.id = m.council_id
         WHERE m.council_id = v_cid AND m.id = v_meeting;
        -- (the same minutes again are nothing to do)
        IF NOT EXISTS (SELECT FROM scrutiny.document AS d
                        WHERE d.council_id = v_cid AND d.meeting_id = v_meeting AND d.kind = 'minutes'
                          AND d.content = v_doc_text) THEN
            BEGIN
                -- ingest finds the meeting by body, date and time: on another
                -- meeting (two of one body at one time) it would replace that
                -- meeting's minutes, so that is undone
                IF scrutiny.ingest(v_doc_text, v_s, v_name, v_date, v_source) IS DISTINCT FROM v_meeting THEN
                    RAISE EXCEPTION 'another meeting of % on % has the same time', v_name, v_date;
                END IF;
                v_n := v_n + 1;
            EXCEPTION
                -- (the transaction's own troubles are the caller's to retry)
                WHEN deadlock_detected OR serialization_failure OR lock_not_available THEN
                    RAISE;
                WHEN OTHERS THEN
                    GET STACKED DIAGNOSTICS v_s = MESSAGE_TEXT;
                    RAISE WARNING 'scrutiny.import_moderngov: the agenda items'' minutes were not ingested: %', v_s;
            END;
        END IF;
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
COMMENT ON FUNCTION scrutiny.import_moderngov(xml, text) IS
'Imports a response of ModernGov''s web service (GetCommittees, GetMeetings, GetAllMeetingsByDate, GetMeeting or GetCouncillorsByWard) for the named council: bodies, meetings with their actual times and linked documents, attendance (source moderngov), councillors with party and ward, and the minutes GetMeeting''s agenda items carry; upserted by ModernGov''s ids; a row it cannot read is skipped with a WARNING; returns the number of rows inserted, updated or deleted (0 when nothing changed)';

-- The same for an answer given as text, as a client reads it off the wire
-- (a byte-order mark and all).
CREATE FUNCTION scrutiny.import_moderngov(doc text, council text) RETURNS integer
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, scrutiny, pg_temp
AS $fn$
    SELECT scrutiny.import_moderngov(scrutiny.moderngov_xml(doc), council)
$fn$;
COMMENT ON FUNCTION scrutiny.import_moderngov(text, text) IS
'scrutiny.import_moderngov(xml, text) for an answer given as text: a leading byte-order mark and white space are dropped, and text that is not XML is refused with SQLSTATE 22P02';
REVOKE EXECUTE ON FUNCTION scrutiny.import_moderngov(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION scrutiny.import_moderngov(text, text) TO scrutiny_loader, @extowner@;
