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
  log "building and installing the powa extension into $("$pg_config" --pkglibdir)"
  (cd "$POWA_ROOT/powa-worker" && cargo pgrx install --pg-config "$pg_config" >&2)
}
