#!/usr/bin/env bash
# Runs every test: unit tests of the pure crates, then for PostgreSQL 18 and
# 15 the pgrx tests of the extension and the end-to-end suite against real
# throwaway clusters. Installs what is missing first. The last line is the
# summary `N passed, N failed, N skipped`; the exit status is non-zero on any
# failure.
#
#   scripts/test.sh              everything
#   POWA_PG_VERSIONS=18 scripts/test.sh    only PostgreSQL 18
#
# Every test binary runs even after one fails (--no-fail-fast), so the
# counts cover the whole suite.
#
# Per version: the extension's pgrx tests, the end-to-end suite, and
# examples/third-party (a plugin crate outside the workspace) tested with
# the e2e kit.
set -uo pipefail
POWA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$POWA_ROOT/scripts/lib.sh"
set -e
load_env
# PoWA 4.1.4 (Debian's package on PostgreSQL 15), the source of the
# import's test, unpacked apart from the server's own libraries.
export POWA_ARCHIVIST_PG_CONFIG
POWA_ARCHIVIST_PG_CONFIG=$(install_powa_archivist) || log "PoWA 4.1.4 could not be installed: the import test will fail"
set +e

LOGS="$POWA_ROOT/.run/test-logs"
rm -rf "$LOGS"
mkdir -p "$LOGS"
passed=0 failed=0 skipped=0
failed_steps=()

# Runs one step, shows its output, and adds its cargo test counts.
step() {
  local name=$1; shift
  local output="$LOGS/$name.log"
  log "$name"
  "$@" 2>&1 | tee "$output"
  local status=${PIPESTATUS[0]}
  local counts
  # Skipped: ignored tests, and those a step filtered out (--skip).
  counts=$(grep -E '^test result: ' "$output" |
    sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed; ([0-9]+) ignored; [0-9]+ measured; ([0-9]+) filtered out.*/\1 \2 \3 \4/' |
    awk '{p+=$1; f+=$2; s+=$3+$4} END {print p+0, f+0, s+0}')
  read -r p f s <<<"$counts"
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  if [ "$status" -ne 0 ]; then
    failed_steps+=("$name")
    # A step that failed before any test ran (a build error) counts as one failure.
    [ "$f" -eq 0 ] && failed=$((failed + 1))
  fi
}

step unit cargo test --no-fail-fast --workspace --exclude powa --exclude powa-e2e

for version in ${POWA_PG_VERSIONS:-18 15}; do
  pg_config_var="POWA_PG${version}_CONFIG"
  pg_config=${!pg_config_var}
  pgdata="$POWA_ROOT/.run/pgrx-test-pg$version"
  mkdir -p "$pgdata"
  [ "$(id -u)" = 0 ] && chown postgres "$pgdata"
  step "pgrx-pg$version" bash -c "cd '$POWA_ROOT/powa-worker' && cargo pgrx test pg$version --runas postgres --pgdata '$pgdata'"
  step "install-pg$version" bash -c ". '$POWA_ROOT/scripts/lib.sh' && install_extension '$pg_config' && POWA_INSTALL_FIXTURES=1 install_plugins '$pg_config'"
  # The TLS tests need a server built with SSL (the embedded 18 is not).
  e2e_skip=""
  if ! "$pg_config" --configure | grep -qE -- "--with-(openssl|ssl)"; then
    e2e_skip="--skip tls_"
    log "PostgreSQL $version is built without SSL: its tls_* tests are skipped (they run where the server has SSL)"
  fi
  # The remote-mode tests run the collector binary.
  step "e2e-pg$version" bash -c "cargo build -p powa-collector -p powa-web && POWA_PG_CONFIG='$pg_config' cargo test --no-fail-fast -p powa-e2e -- --test-threads=2 $e2e_skip"
  # A plugin crate outside the workspace, tested as its author would
  # (unit tests, then end to end with the kit). It resolves its
  # dependencies as the workspace did, so the shared target directory
  # already holds them.
  cp "$POWA_ROOT/Cargo.lock" "$POWA_ROOT/examples/third-party/Cargo.lock"
  step "third-party-pg$version" bash -c "POWA_PG_CONFIG='$pg_config' cargo test --manifest-path '$POWA_ROOT/examples/third-party/Cargo.toml'"
done

if [ ${#failed_steps[@]} -gt 0 ]; then
  log "failed steps: ${failed_steps[*]} (logs in $LOGS)"
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ ${#failed_steps[@]} -eq 0 ]
