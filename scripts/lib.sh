# Helpers shared by the scripts (sourced, not run).

log() { printf '==> %s\n' "$*" >&2; }

# Runs a command as the server's OS user when we are root (PostgreSQL refuses
# to run as root), as ourselves otherwise.
as_server_user() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Loads the environment prepared by prereqs.sh (installing what is missing).
load_env() {
  local env
  env=$("$POWA_ROOT/scripts/prereqs.sh")
  eval "$env"
}

# Builds and installs the extension into the PostgreSQL install of pg_config $1.
install_extension() {
  local pg_config=$1
  local major
  major=$("$pg_config" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
  local build_log="$POWA_ROOT/.run/build-pg$major.log"
  mkdir -p "$POWA_ROOT/.run"
  log "building and installing the powa extension into $("$pg_config" --pkglibdir) (log: $build_log)"
  if ! (cd "$POWA_ROOT/powa-worker" && cargo pgrx install --pg-config "$pg_config") >"$build_log" 2>&1; then
    tail -40 "$build_log" >&2
    log "building or installing powa failed; the whole log is $build_log"
    return 1
  fi
}

# Every workspace package that declares [package.metadata.powa] plugin = "<name>",
# as lines "<package> <plugin name> <library file stem>".
plugin_packages() {
  cargo metadata --format-version 1 --no-deps --manifest-path "$POWA_ROOT/Cargo.toml" |
    python3 -c '
import json, sys
for p in json.load(sys.stdin)["packages"]:
    plugin = (p.get("metadata") or {}).get("powa", {}).get("plugin")
    if plugin:
        print(p["name"], plugin, "lib" + p["name"].replace("-", "_"))
'
}

# Builds every plugin (they link no PostgreSQL: one build serves every
# version) and installs each as $libdir/<plugin name>.so of pg_config $1.
install_plugins() {
  local pg_config=$1 libdir packages=() line
  libdir=$("$pg_config" --pkglibdir)
  local plugins
  plugins=$(plugin_packages)
  # Test fixtures (deliberately broken plugins) only where tests ask for them.
  [ "${POWA_INSTALL_FIXTURES:-0}" = 1 ] || plugins=$(grep -v ' fixture_' <<<"$plugins" || true)
  while read -r package _ _; do packages+=(-p "$package"); done <<<"$plugins"
  log "building the plugins: $(awk '{print $2}' <<<"$plugins" | tr '\n' ' ')"
  cargo build --quiet "${packages[@]}" --manifest-path "$POWA_ROOT/Cargo.toml" >&2
  while read -r _ plugin stem; do
    install -m 0755 "$CARGO_TARGET_DIR/debug/$stem.so" "$libdir/$plugin.so"
  done <<<"$plugins"
}
