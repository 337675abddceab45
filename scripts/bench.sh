#!/usr/bin/env bash
# Runs a benchmark; each prints its figures next to a peer measured in the
# same run. Installs what is missing and a release build of powa and its
# plugins first (into the PostgreSQL of POWA_BENCH_PG, 18 by default).
#
#   scripts/bench.sh walker [--scale N] [--seconds S] [--pairs P]
#       WAL walking with garbagemap: records/s against pg_get_wal_stats(),
#       lag during pgbench -c 2, pgbench TPS with the walker on and off
#   scripts/bench.sh callback
#       one WAL record callback called directly and through the plugin ABI
set -euo pipefail
POWA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$POWA_ROOT/scripts/lib.sh"
load_env

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; }
[ $# -ge 1 ] || { usage >&2; exit 2; }
bench=$1; shift

case "$bench" in
  walker)
    case "${POWA_BENCH_PG:-18}" in
      18) pg_config=$POWA_PG18_CONFIG ;;
      15) pg_config=$POWA_PG15_CONFIG ;;
      *) echo "POWA_BENCH_PG must be 18 or 15" >&2; exit 2 ;;
    esac
    export POWA_BUILD_PROFILE=release
    install_extension "$pg_config"
    install_plugins "$pg_config"
    cargo build --quiet --release -p powa-e2e --bin bench_walker --manifest-path "$POWA_ROOT/Cargo.toml"
    POWA_PG_CONFIG=$pg_config "$CARGO_TARGET_DIR/release/bench_walker" "$@"
    ;;
  callback)
    cargo bench -p powa-core --bench callback --manifest-path "$POWA_ROOT/Cargo.toml" "$@"
    ;;
  -h|--help) usage ;;
  *) echo "unknown benchmark \"$bench\"; there are: walker, callback" >&2; exit 2 ;;
esac
