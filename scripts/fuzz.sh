#!/usr/bin/env bash
# Fuzzes one target for a while (release build, random seed unless given);
# the test suite runs a fixed number of cases of each (fuzz/tests/fuzz.rs).
#
#   scripts/fuzz.sh TARGET MINUTES [SEED]
#       TARGET: wal-heap, wal-heap2, wal-xact, wal-smgr, codec,
#       archive-header, restore
#
# Prints the cases run and every finding with its input; exits 1 when
# there is one.
set -euo pipefail
POWA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$POWA_ROOT/scripts/lib.sh"
load_env

if [ $# -lt 2 ]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
cargo build --quiet --release -p powa-fuzz --manifest-path "$POWA_ROOT/Cargo.toml"
exec "$CARGO_TARGET_DIR/release/powa-fuzz" "$@"
