#!/usr/bin/env bash
# Entity-relationship diagram of scrutiny's tables, read from the catalog of a
# database where the extension is installed.
#
#   docs/erd.sh                          Graphviz DOT on stdout
#   docs/erd.sh -o schema.dot            DOT to a file
#   docs/erd.sh --svg docs/schema.svg    DOT rendered to SVG with `dot -Tsvg`
#                                        (skipped, with a warning, when Graphviz
#                                        is not installed)
#   docs/erd.sh -s other_schema ...      another schema (default: scrutiny)
#
# The database is the one psql connects to: PGHOST, PGPORT, PGDATABASE, PGUSER
# and the other PG* variables.
#
# Only tables are drawn (plain and partitioned; partitions are left out), with
# every column and its type; primary key columns are underlined and marked PK,
# foreign key columns FK, and each foreign key is an edge from the referencing
# table (crow's foot) to the referenced one.  Every query is sorted, so the
# output changes only when the tables do.
set -euo pipefail

schema=scrutiny
dot_out=
svg_out=

usage() {
    sed -n '2,14s/^# \{0,1\}//p' "$0" >&2
    exit "${1:-2}"
}

while [ $# -gt 0 ]; do
    case "$1" in
        -o) [ $# -ge 2 ] || usage; dot_out=$2; shift 2 ;;
        --svg) [ $# -ge 2 ] || usage; svg_out=$2; shift 2 ;;
        -s) [ $# -ge 2 ] || usage; schema=$2; shift 2 ;;
        -h | --help) usage 0 ;;
        *) usage ;;
    esac
done

# One query writes the whole DOT text.  Names, types and comments go into
# HTML-like labels, so & < > " are escaped; comments become tooltips.
read -r -d '' query <<'SQL' || true
WITH tab AS (
    SELECT c.oid, c.relname,
           CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partkey,
           pg_catalog.obj_description(c.oid, 'pg_class') AS comment
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = :'schema' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
), col AS (
    SELECT t.oid, a.attnum, a.attname,
           pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull,
           EXISTS (SELECT FROM pg_catalog.pg_constraint k
                    WHERE k.conrelid = t.oid AND k.contype = 'p' AND a.attnum = ANY (k.conkey)) AS pk,
           EXISTS (SELECT FROM pg_catalog.pg_constraint k
                    WHERE k.conrelid = t.oid AND k.contype = 'f' AND a.attnum = ANY (k.conkey)) AS fk,
           pg_catalog.col_description(t.oid, a.attnum) AS comment
      FROM tab t
      JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
), node AS (
    SELECT t.relname,
           '  "' || t.relname || '" [label=<' || E'\n'
           || '    <TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="3"'
           || coalesce(' TOOLTIP="' || h.comment || '"', '') || '>' || E'\n'
           || '      <TR><TD COLSPAN="3" BGCOLOR="#dde6f0"><B>' || h.relname || '</B>'
           || coalesce('<BR/><FONT POINT-SIZE="8">partitioned by ' || h.partkey || '</FONT>', '')
           || '</TD></TR>' || E'\n'
           || (SELECT pg_catalog.string_agg(
                      '      <TR><TD ALIGN="LEFT" PORT="w_' || c.attname || '"'
                      || coalesce(' TOOLTIP="' || hc.comment || '"', '') || '>'
                      || CASE WHEN c.pk THEN '<U>' || hc.attname || '</U>' ELSE hc.attname END || '</TD>'
                      || '<TD ALIGN="LEFT"><FONT COLOR="#555555">' || hc.type
                      || CASE WHEN c.attnotnull THEN '' ELSE ' null' END || '</FONT></TD>'
                      || '<TD ALIGN="LEFT" PORT="e_' || c.attname || '">'
                      || pg_catalog.concat_ws(' ', CASE WHEN c.pk THEN 'PK' END, CASE WHEN c.fk THEN 'FK' END)
                      || '</TD></TR>',
                      E'\n' ORDER BY c.attnum)
                 FROM col c
                 CROSS JOIN LATERAL (
                     SELECT pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
                                c.attname, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') AS attname,
                            pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
                                c.type, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') AS type,
                            pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
                                pg_catalog.regexp_replace(c.comment, '\s+', ' ', 'g'),
                                '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') AS comment) hc
                WHERE c.oid = t.oid) || E'\n'
           || '    </TABLE>>];' AS text
      FROM tab t
      CROSS JOIN LATERAL (
          SELECT pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
                     t.relname, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') AS relname,
                 pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
                     t.partkey, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') AS partkey,
                 pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
                     pg_catalog.regexp_replace(t.comment, '\s+', ' ', 'g'),
                     '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') AS comment) h
), edge AS (
    -- From the foreign key's last column (meeting_id of (council_id, meeting_id))
    -- to the referenced one; the tooltip names the constraint and its columns.
    SELECT t.relname, k.conname,
           '  "' || t.relname || '":"e_' || fa.attname || '":e -> "' || r.relname || '":"w_' || ra.attname || '":w'
           || ' [dir=both, arrowtail=crow, arrowhead=tee'
           || CASE WHEN k.confdeltype = 'c' THEN ', style=solid' ELSE ', style=dashed' END
           || ', tooltip="' || k.conname || ': ('
           || (SELECT pg_catalog.string_agg(a.attname, ', ' ORDER BY u.i)
                 FROM pg_catalog.unnest(k.conkey) WITH ORDINALITY AS u(att, i)
                 JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.att)
           || ') references ' || r.relname
           || CASE k.confdeltype WHEN 'c' THEN ', on delete cascade' WHEN 'n' THEN ', on delete set null'
                                 WHEN 'r' THEN ', on delete restrict' ELSE '' END
           || '"];' AS text
      FROM tab t
      JOIN pg_catalog.pg_constraint k ON k.conrelid = t.oid AND k.contype = 'f' AND k.conparentid = 0
      JOIN pg_catalog.pg_class r ON r.oid = k.confrelid
      JOIN pg_catalog.pg_attribute fa ON fa.attrelid = k.conrelid
                                     AND fa.attnum = k.conkey[pg_catalog.array_upper(k.conkey, 1)]
      JOIN pg_catalog.pg_attribute ra ON ra.attrelid = k.confrelid
                                     AND ra.attnum = k.confkey[pg_catalog.array_upper(k.confkey, 1)]
)
SELECT pg_catalog.concat_ws(E'\n',
    '// Generated by docs/erd.sh from the catalog; do not edit.',
    'digraph "' || :'schema' || '" {',
    '  graph [rankdir=LR, fontname="Helvetica", fontsize=12, nodesep=0.3, ranksep=1.1, labelloc=t,',
    '         label="Tables of schema ' || :'schema'
        || ' (PK primary key, FK foreign key; a solid edge deletes on cascade, a dashed one does not)"];',
    '  node [shape=plaintext, fontname="Helvetica", fontsize=10];',
    '  edge [color="#4a5a6a"];',
    (SELECT pg_catalog.string_agg(n.text, E'\n' ORDER BY n.relname) FROM node n),
    (SELECT pg_catalog.string_agg(e.text, E'\n' ORDER BY e.relname, e.conname) FROM edge e),
    '}');
SQL

dot_text=$(psql -X -q -A -t -v ON_ERROR_STOP=1 -v schema="$schema" <<<"$query")
if ! grep -q '<TABLE' <<<"$dot_text"; then
    echo "erd.sh: no table in schema \"$schema\" of this database" >&2
    exit 1
fi

if [ -n "$dot_out" ]; then
    printf '%s\n' "$dot_text" >"$dot_out"
elif [ -z "$svg_out" ]; then
    printf '%s\n' "$dot_text"
fi

if [ -n "$svg_out" ]; then
    if command -v dot >/dev/null 2>&1; then
        printf '%s\n' "$dot_text" | dot -Tsvg -o "$svg_out"
    else
        echo "erd.sh: Graphviz (dot) is not installed: $svg_out not written" >&2
    fi
fi
