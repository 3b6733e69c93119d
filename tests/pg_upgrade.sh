#!/usr/bin/env bash
# pg_upgrade of a cluster whose database uses scrutiny: the schema's rows,
# a text search index and row-level security come through.  pg_upgrade
# restores the schema with pg_dump --binary-upgrade, which creates the
# extension's objects one by one in its own order, so a dependency that
# PostgreSQL does not record (a thesaurus naming its subdictionary) fails
# here and nowhere else.  Same major version on both sides: that is what
# this machine has, and it exercises the same restore path.
# Prints "N passed, N failed"; exits non-zero on failure.
set -u
cd "$(dirname "$0")/.."
. tests/pgcluster.sh

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok: $1"; }
bad() { failed=$((failed + 1)); echo "FAILED: $1"; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/scrutiny-upgrade.XXXXXX")
chmod 755 "$WORK"
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK"
OLD_CLUSTER=
cleanup() {
    if [ -n "$OLD_CLUSTER" ]; then
        as_server_user "$PG_BINDIR/pg_ctl" -D "$OLD_CLUSTER/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$OLD_CLUSTER"
    fi
    cluster_stop
    rm -rf "$WORK"
}
trap cleanup EXIT

# The old cluster, with minutes ingested and an index on scrutiny.english.
cluster_start || { echo "0 passed, 1 failed"; exit 1; }
OLD_CLUSTER=$CLUSTER_DIR
OLD_PORT=$PGPORT
psql_q -c "CREATE DATABASE minutes" &&
psql_q -d minutes -v doc="$(cat examples/eastmere-children-scrutiny-2019-10-08.txt)" >/dev/null <<'SQL' || bad "set-up"
CREATE EXTENSION scrutiny;
SELECT scrutiny.ingest(:'doc', 'Eastmere Borough Council', 'Children''s Services Scrutiny Committee');
UPDATE scrutiny.action SET status = 'done', closed_on = '2019-12-01' WHERE kind = 'meeting';
CREATE TABLE notes (ref scrutiny.minute_ref, body text);
INSERT INTO notes VALUES ('45/19', 'Looked after children transport costs rose.');
CREATE INDEX notes_fts ON notes USING gin (to_tsvector('scrutiny.english', body));
SQL
ROWS="SELECT md5(string_agg(t, '|' ORDER BY t)) FROM (
        SELECT format('%s', x) AS t FROM scrutiny.meeting x UNION ALL
        SELECT format('%s', x) FROM scrutiny.item x UNION ALL
        SELECT format('%s', x) FROM scrutiny.resolution x UNION ALL
        SELECT format('%s', x) FROM scrutiny.attendance x UNION ALL
        SELECT format('%s', x) FROM scrutiny.action x UNION ALL
        SELECT format('%s', x) FROM scrutiny.citation x) s"
before=$(psql_q -At -d minutes -c "$ROWS")
as_server_user "$PG_BINDIR/pg_ctl" -D "$OLD_CLUSTER/data" -m fast -w stop >/dev/null

# The new cluster, and the upgrade (run where the server user may write).
NEW_CLUSTER=$WORK/new
NEW_PORT=$((OLD_PORT + 1))
while port_in_use "$NEW_PORT"; do NEW_PORT=$((NEW_PORT + 1)); done
as_server_user "$PG_BINDIR/initdb" -D "$NEW_CLUSTER" -U postgres --auth=trust --encoding=UTF8 \
    --no-locale >"$WORK/initdb.log" 2>&1 || { cat "$WORK/initdb.log"; bad initdb; }
if (cd "$WORK" && as_server_user "$PG_BINDIR/pg_upgrade" -U postgres \
        -b "$PG_BINDIR" -B "$PG_BINDIR" -d "$OLD_CLUSTER/data" -D "$NEW_CLUSTER" \
        -p "$OLD_PORT" -P "$NEW_PORT" -s "$WORK" >"$WORK/pg_upgrade.log" 2>&1); then
    ok "pg_upgrade"
else
    tail -n 20 "$WORK/pg_upgrade.log"
    find "$WORK" "$NEW_CLUSTER" -name 'pg_upgrade_dump_*.log' -exec tail -n 20 {} \; 2>/dev/null
    bad "pg_upgrade"
fi

# The new cluster answers as the old one did.
CLUSTER_DIR=$WORK/newrun
mkdir -p "$CLUSTER_DIR"
[ "$(id -u)" -eq 0 ] && chown postgres "$CLUSTER_DIR"
export PGHOST=$CLUSTER_DIR PGPORT=$NEW_PORT
if as_server_user "$PG_BINDIR/pg_ctl" -D "$NEW_CLUSTER" -l "$WORK/new.log" -w \
        -o "-c listen_addresses='' -c unix_socket_directories='$CLUSTER_DIR' -p $NEW_PORT" start >/dev/null; then
    ln -s "$NEW_CLUSTER" "$CLUSTER_DIR/data"
    after=$(psql_q -At -d minutes -c "$ROWS")
    if [ -n "$before" ] && [ "$before" = "$after" ]; then ok "rows"; else bad "rows ($before / $after)"; fi
    got=$(psql_q -At -d minutes -c "SET enable_seqscan = off" \
        -c "SELECT ref FROM notes WHERE to_tsvector('scrutiny.english', body) @@ plainto_tsquery('scrutiny.english', 'LAC')")
    if [ "$got" = "45/19" ]; then ok "text search index"; else bad "text search index ($got)"; fi
    # the private tables stay the officers' alone, and statuses come through
    got=$(psql_q -At -d minutes \
        -c "SELECT has_table_privilege('scrutiny_reader', 'scrutiny.item_private', 'SELECT'),
                   has_table_privilege('scrutiny_officer', 'scrutiny.item_private', 'SELECT'),
                   has_column_privilege('scrutiny_reader', 'scrutiny.document', 'sha256', 'SELECT')" \
        -c "SELECT count(*) FROM scrutiny.action_all WHERE status = 'done'")
    if [ "$got" = "f|t|f
1" ]; then ok "privileges and statuses"; else bad "privileges and statuses ($got)"; fi
else
    cat "$WORK/new.log"
    bad "start the upgraded cluster"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
