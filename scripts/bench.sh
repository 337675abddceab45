#!/usr/bin/env bash
# Runs a benchmark; each prints its figures next to a peer measured in the
# same run. Installs what is missing and a release build of powa and its
# plugins first (into the PostgreSQL of POWA_BENCH_PG, 18 by default).
#
#   scripts/bench.sh walker [--scale N] [--seconds S] [--pairs P]
#       WAL walking with garbagemap: records/s against pg_get_wal_stats(),
#       lag during pgbench -c 2, pgbench TPS with the walker on and off
#   scripts/bench.sh statements [--statements N] [--snapshots S]
#       powa_stat_statements: snapshot and coalesce time, bytes per sample
#       against PoWA's layout, a one-day range query for one statement
#   scripts/bench.sh archive [--segments N]
#       a backlog of pgbench WAL drained by basic_archive, archive_basic
#       (none, lz4, zstd) and cp: segments per second, bytes on disk
#   scripts/bench.sh collector [--servers N] [--seconds S] [--frequency F]
#       remote mode: one powa-collector and one repository for N servers:
#       snapshot latency against a local snapshot, CPU, memory, growth
#   scripts/bench.sh garbagemap [--scale N] [--seconds S]
#       garbagemap's record path without a server, on captured pgbench WAL,
#       against the decoders alone
#   scripts/bench.sh callback
#       one WAL record callback called directly and through the plugin ABI
#   scripts/bench.sh web [--statements N] [--snapshots S] [--requests R]
#       powa-web: server time of the server page, the statements grid and
#       a query page against the SQL they run, the browser's time to a
#       drawn page, the JavaScript it loads
#   scripts/bench.sh versus-powa [--statements N] [--snapshots S]
#       PoWA 4.1.4 and powa on one PostgreSQL 15 workload, pg_stat_kcache
#       and pg_qualstats on: snapshot time and bytes per statement-snapshot
set -euo pipefail
POWA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$POWA_ROOT/scripts/lib.sh"
load_env

usage() { sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; }
[ $# -ge 1 ] || { usage >&2; exit 2; }
bench=$1; shift

case "$bench" in
  walker|statements|archive|collector|web)
    # e2e/src/bin/bench_<name>.rs against a release build installed into
    # the PostgreSQL of POWA_BENCH_PG.
    pg_config=$(pg_config_for "${POWA_BENCH_PG:-18}") || exit 2
    export POWA_BUILD_PROFILE=release
    install_extension "$pg_config"
    install_plugins "$pg_config"
    cargo build --quiet --release -p powa-e2e --bin "bench_$bench" --manifest-path "$POWA_ROOT/Cargo.toml"
    if [ "$bench" = web ]; then
      cargo build --quiet --release -p powa-web --manifest-path "$POWA_ROOT/Cargo.toml"
    fi
    if [ "$bench" = collector ]; then
      cargo build --quiet --release -p powa-collector --manifest-path "$POWA_ROOT/Cargo.toml"
      export POWA_COLLECTOR=$CARGO_TARGET_DIR/release/powa-collector
    fi
    POWA_PG_CONFIG=$pg_config "$CARGO_TARGET_DIR/release/bench_$bench" "$@"
    ;;
  versus-powa)
    # PoWA 4.1.4 in a PostgreSQL 15 install of its own (scripts/lib.sh),
    # powa in the system's.
    pg_config=$(pg_config_for 15) || exit 2
    export POWA_ARCHIVIST_PG_CONFIG
    POWA_ARCHIVIST_PG_CONFIG=$(install_powa_archivist) || exit 1
    export POWA_BUILD_PROFILE=release
    install_extension "$pg_config"
    install_plugins "$pg_config"
    cargo build --quiet --release -p powa-e2e --bin bench_versus_powa --manifest-path "$POWA_ROOT/Cargo.toml"
    POWA_PG_CONFIG=$pg_config "$CARGO_TARGET_DIR/release/bench_versus_powa" "$@"
    ;;
  garbagemap)
    scale=10 seconds=10
    while [ $# -gt 0 ]; do
      case "$1" in
        --scale) scale=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        *) echo "unknown option $1 (there are --scale N, --seconds S)" >&2; exit 2 ;;
      esac
    done
    capture="$POWA_ROOT/.run/bench/pgbench-wal-pg18-s$scale-t$seconds.txt"
    if [ ! -s "$capture" ]; then
      # Every heap, heap2, transaction and storage record of a pgbench run,
      # as the capture plugin receives them (written at its flushes).
      install_extension "$POWA_PG18_CONFIG"
      POWA_INSTALL_FIXTURES=1 install_plugins "$POWA_PG18_CONFIG"
      bin=$("$POWA_PG18_CONFIG" --bindir)
      work=$(mktemp -d /tmp/powa-bench-XXXXXX)
      chmod 755 "$work"
      [ "$(id -u)" = 0 ] && chown postgres "$work"
      # The capture starts after pgbench's initialisation: only the
      # records of the run are kept.
      new_powa_cluster "$work" "$bin" 54398 "$work" '' "powa" <<CONF
walker.flush_interval = '1s'
fixture_wal_capture.file = '$work/records.txt'
autovacuum = off
fsync = off
CONF
      "$bin/pgbench" -q -i -s "$scale" -h "$work" -p 54398 -U postgres powa >/dev/null 2>&1
      cluster_psql -q -d powa -c "ALTER SYSTEM SET walker.plugins = 'fixture_wal_capture'"
      cluster_pg_ctl -m fast restart
      sleep 2
      "$bin/pgbench" -c 2 -j 2 -T "$seconds" -h "$work" -p 54398 -U postgres powa >/dev/null 2>&1
      end=$(cluster_psql -At -d powa -c "SELECT pg_current_wal_insert_lsn()")
      for _ in $(seq 300); do
        done=$(cluster_psql -At -d powa -c "SELECT count(*) FROM powa_walker_position WHERE plugin = 'fixture_wal_capture' AND confirmed_lsn >= '$end'")
        [ "$done" = 1 ] && break
        sleep 1
      done
      cluster_pg_ctl -m fast stop
      mkdir -p "$(dirname "$capture")"
      mv "$work/records.txt" "$capture"
      [ -s "$capture" ] || { echo "no records captured (cluster kept in $work)" >&2; exit 1; }
      rm -rf "$work"
    fi
    POWA_BENCH_WAL=$capture cargo bench -q -p walker-garbagemap --bench tracker --manifest-path "$POWA_ROOT/Cargo.toml"
    ;;
  callback)
    cargo bench -p powa-core --bench callback --manifest-path "$POWA_ROOT/Cargo.toml" "$@"
    ;;
  -h|--help) usage ;;
  *) echo "unknown benchmark \"$bench\"; there are: walker, statements, garbagemap, callback" >&2; exit 2 ;;
esac
