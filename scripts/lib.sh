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
