# Throwaway PostgreSQL cluster for tests, the demo and benchmarks.
# Source this file, then: cluster_start; ...; cluster_stop.
# The server refuses to run as root, so as root it runs as the `postgres`
# user; otherwise as the invoking user.  It listens only on a Unix socket in
# its own temporary directory, on a port no other server is using.
# Exports PGHOST, PGPORT, PGUSER, PGDATABASE for psql and pg_regress.

PG_MAJOR=${PG_MAJOR:-15}
PG_CONFIG=${PG_CONFIG:-$(ls /usr/lib/postgresql/$PG_MAJOR/bin/pg_config 2>/dev/null || command -v pg_config)}
PG_BINDIR=$("$PG_CONFIG" --bindir)

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    ls /tmp/.s.PGSQL."$1" /var/run/postgresql/.s.PGSQL."$1" >/dev/null 2>&1
}

cluster_start() {
    CLUSTER_DIR=$(mktemp -d "${TMPDIR:-/tmp}/scrutiny-pg.XXXXXX")
    chmod 755 "$CLUSTER_DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres "$CLUSTER_DIR"
    local port=$(( 54400 + RANDOM % 500 ))
    while port_in_use "$port"; do port=$((port + 1)); done
    export PGHOST="$CLUSTER_DIR" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
    as_server_user "$PG_BINDIR/initdb" -D "$CLUSTER_DIR/data" -U postgres --auth=trust \
        --encoding=UTF8 --no-locale >"$CLUSTER_DIR/initdb.log" 2>&1 || {
        cat "$CLUSTER_DIR/initdb.log" >&2; return 1; }
    # CLUSTER_POSTGRES: another program to start as the server (a wrapper that runs it under valgrind)
    as_server_user "$PG_BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w \
        ${CLUSTER_POSTGRES:+-p "$CLUSTER_POSTGRES"} -t "${CLUSTER_START_TIMEOUT:-60}" \
        -o "-c listen_addresses='' -c unix_socket_directories='$CLUSTER_DIR' -p $port -c fsync=off -c shared_buffers=256MB -c max_wal_size=4GB" \
        start >/dev/null || { cat "$CLUSTER_DIR/server.log" >&2; return 1; }
}

cluster_stop() {
    [ -n "${CLUSTER_DIR:-}" ] || return 0
    as_server_user "$PG_BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -m fast -w -t "${CLUSTER_START_TIMEOUT:-60}" stop >/dev/null 2>&1 || true
    rm -rf "$CLUSTER_DIR"
    CLUSTER_DIR=
}

# psql for scripts: stop at the first error, no psqlrc, quiet.
psql_q() {
    "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 "$@"
}

# A new, empty database (dropped first if it exists), optionally owned by a role.
fresh_db() {
    PGOPTIONS="-c client_min_messages=warning" psql_q -d postgres \
        -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1${2:+ OWNER $2}"
}
