#!/usr/bin/env bash
# Longer differential runs of garbagemap than the test suite's: random
# workloads (fixed seeds) checked after every step against pgstattuple per
# table and pageinspect per block range, each seed in a fresh cluster.
# Installs what is missing and powa into the PostgreSQL chosen first.
#
#   scripts/differential.sh [--pg 18|15] [--seeds FIRST-LAST | --seed N] [--steps N]
#
# Defaults: --pg 18 --seeds 1-4 --steps 500. A failure says the seed and
# step count that replay it.
set -euo pipefail
POWA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$POWA_ROOT/scripts/lib.sh"

version=18 args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --pg) version=$2; shift 2 ;;
    --seeds|--seed|--steps) args+=("$1" "$2"); shift 2 ;;
    *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
load_env
pg_config=$(pg_config_for "$version") || exit 2
install_extension "$pg_config"
install_plugins "$pg_config"
cargo build --quiet -p powa-e2e --bin garbagemap_differential --manifest-path "$POWA_ROOT/Cargo.toml"
POWA_PG_CONFIG=$pg_config "$CARGO_TARGET_DIR/debug/garbagemap_differential" "${args[@]}"
