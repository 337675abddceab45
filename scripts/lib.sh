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

# Lets the postgres OS user reach directory $1 (run as root): every
# directory on its path that this user cannot enter gets an ACL entry
# granting it search permission (x: enter, not list) and nothing else, for
# that user alone; what was changed is said. POWA_GRANT_SEARCH=0 refuses
# and fails with what to change instead.
reach_checkout_as_server_user() {
  local target dir path=""
  [ "$(id -u)" = 0 ] || return 0
  # The real path: through a symbolic link, the directories to enter are
  # those of the target.
  target=$(cd "$1" && pwd -P)
  runuser -u postgres -- test -x "$target" && return 0
  local parts
  IFS=/ read -r -a parts <<<"${target#/}"
  for dir in "" "${parts[@]}"; do
    path="$path/$dir"
    path=${path//\/\//\/}
    runuser -u postgres -- test -x "$path" && continue
    if [ "${POWA_GRANT_SEARCH:-1}" = 0 ]; then
      echo "the postgres OS user, which runs the servers, cannot enter $path (on the way to the checkout $target);" \
        "let it with: setfacl -m u:postgres:x $path (or chmod o+x $path), or move the checkout" >&2
      return 1
    fi
    if ! setfacl -m u:postgres:x "$path"; then
      echo "could not grant the postgres OS user search permission on $path (a file system without ACLs?);" \
        "let it enter with: chmod o+x $path, or move the checkout" >&2
      return 1
    fi
    log "granted the postgres OS user search permission (x) on $path so that servers reach the checkout (undo: setfacl -x u:postgres $path)"
  done
  runuser -u postgres -- test -x "$target" || {
    echo "the postgres OS user still cannot enter $target" >&2
    return 1
  }
}

# Loads the environment prepared by prereqs.sh (installing what is missing).
load_env() {
  local env
  env=$("$POWA_ROOT/scripts/prereqs.sh")
  eval "$env"
}

# The pg_config of PostgreSQL $1: 18 (the wheel's) or 15 (Debian's), as
# load_env set them up; with $2 = any, also the path of a pg_config.
pg_config_for() {
  case "$1" in
    18) echo "$POWA_PG18_CONFIG" ;;
    15) echo "$POWA_PG15_CONFIG" ;;
    *)
      if [ "${2:-}" = any ] && [ -x "$1" ]; then
        echo "$1"
      else
        echo "no PostgreSQL \"$1\": give 18 or 15${2:+ or the path of a pg_config}" >&2
        return 2
      fi
      ;;
  esac
}

# `--release` when POWA_BUILD_PROFILE=release (the benchmarks), else nothing:
# builds are debug by default.
release_flag() {
  [ "${POWA_BUILD_PROFILE:-debug}" = release ] && echo --release || true
}

# Installs file $1 as $2 (mode $3) by writing a new file next to it and
# renaming it over the old one. Never rewrite a library in place: a server
# that has it mapped would die of SIGBUS; after a rename it keeps the old
# file's pages and its new backends load the new file.
install_atomically() {
  local source=$1 target=$2 mode=$3 temp
  temp=$(mktemp "$(dirname "$target")/.$(basename "$target").XXXXXX") || return 1
  if ! { cp "$source" "$temp" && chmod "$mode" "$temp" && mv -f "$temp" "$target"; }; then
    rm -f "$temp"
    return 1
  fi
}

# Builds the extension against pg_config $1 and installs it into the
# PostgreSQL install of pg_config $2 (default $1), file by file with
# install_atomically: `cargo pgrx install` rewrites powa.so in place.
install_extension() {
  local pg_config=$1 target_config=${2:-$1}
  local major
  major=$("$pg_config" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
  local build_log="$POWA_ROOT/.run/build-pg$major.log" stage
  local profile=--debug
  [ "${POWA_BUILD_PROFILE:-debug}" = release ] && profile=
  mkdir -p "$POWA_ROOT/.run"
  # A staging directory of its own: the demo and the tests may install at
  # the same time.
  stage=$(mktemp -d "$POWA_ROOT/.run/package-pg$major.XXXXXX")
  log "building the powa extension for PostgreSQL $major, installing it into $("$target_config" --pkglibdir) (log: $build_log)"
  if ! (cd "$POWA_ROOT/powa-worker" && cargo pgrx package $profile --pg-config "$pg_config" --out-dir "$stage") >"$build_log.$$" 2>&1; then
    mv -f "$build_log.$$" "$build_log"
    tail -40 "$build_log" >&2
    log "building powa failed; the whole log is $build_log"
    rm -rf "$stage"
    return 1
  fi
  mv -f "$build_log.$$" "$build_log"
  local file libdir extdir
  libdir=$("$target_config" --pkglibdir)
  extdir=$("$target_config" --sharedir)/extension
  for file in "$stage$("$pg_config" --pkglibdir)"/*; do
    install_atomically "$file" "$libdir/$(basename "$file")" 0755
  done
  for file in "$stage$("$pg_config" --sharedir)"/extension/*; do
    install_atomically "$file" "$extdir/$(basename "$file")" 0644
  done
  # Earlier releases' scripts (CREATE EXTENSION powa VERSION 'x' and the
  # upgrade test restore a repository of that release) and the upgrade
  # steps (pgrx copies those too; one rule for both is simpler).
  for file in "$POWA_ROOT"/powa-worker/sql/powa--*.sql; do
    install_atomically "$file" "$extdir/$(basename "$file")" 0644
  done
  rm -rf "$stage"
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
  cargo build --quiet $(release_flag) "${packages[@]}" --manifest-path "$POWA_ROOT/Cargo.toml" >&2
  while read -r _ plugin stem; do
    install_atomically "$CARGO_TARGET_DIR/${POWA_BUILD_PROFILE:-debug}/$stem.so" "$libdir/$plugin.so" 0755
  done <<<"$plugins"
  # archive_basic's restore_command, next to the server's programs.
  install_atomically "$CARGO_TARGET_DIR/${POWA_BUILD_PROFILE:-debug}/archive_basic_restore" \
    "$("$pg_config" --bindir)/archive_basic_restore" 0755
}

# Creates and starts a throwaway cluster preloading powa, the way a user sets
# it up: initdb in $1/data (log $1/server.log) with the binaries of $2, port
# $3, unix sockets in $4, listen_addresses $5; creates database powa with the
# extensions named in $6; then restarts with shared_preload_libraries = 'powa'
# and the settings read from standard input. The worker connects to
# powa.database at start, which is why the database comes first.
# cluster_pg_ctl and cluster_psql act on it afterwards.
new_powa_cluster() {
  CLUSTER_DIR=$1 CLUSTER_BIN=$2 CLUSTER_PORT=$3 CLUSTER_SOCKETS=$4
  local listen=$5 extensions=$6 settings extension
  settings=$(cat)
  as_server_user "$CLUSTER_BIN/initdb" -U postgres --auth=trust -E UTF8 --locale=C -D "$CLUSTER_DIR/data" >/dev/null
  cat >> "$CLUSTER_DIR/data/postgresql.conf" <<CONF
port = $CLUSTER_PORT
listen_addresses = '$listen'
unix_socket_directories = '$CLUSTER_SOCKETS'
CONF
  cluster_pg_ctl start
  cluster_psql -q -d postgres -c "CREATE DATABASE powa" >/dev/null
  for extension in $extensions; do
    cluster_psql -q -d powa -c "CREATE EXTENSION $extension" >/dev/null
  done
  cluster_pg_ctl -m fast stop
  printf "shared_preload_libraries = 'powa'\n%s\n" "$settings" >> "$CLUSTER_DIR/data/postgresql.conf"
  cluster_pg_ctl start
}

cluster_pg_ctl() {
  as_server_user "$CLUSTER_BIN/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w "$@" >/dev/null
}

cluster_psql() {
  "$CLUSTER_BIN/psql" -X -v ON_ERROR_STOP=1 -h "$CLUSTER_SOCKETS" -p "$CLUSTER_PORT" -U postgres "$@"
}

# PoWA 4.1.4 (powa-archivist, Debian's postgresql-15-powa) for the
# benchmarks that compare powa with it, in a PostgreSQL 15 install of its
# own under .tools/pg15-powa-archivist: the binaries copied (PostgreSQL
# finds its share and lib directories relative to them), every other file
# linked to the system's PostgreSQL 15, except that its `powa` library and
# extension are PoWA's. Our `powa` stays the only one in the system's
# directories, so neither can be loaded for the other. Prints the copy's
# pg_config.
install_powa_archivist() {
  local root="$POWA_ROOT/.tools/pg15-powa-archivist" deb_dir="$POWA_ROOT/.tools/debs"
  local done="$root/.powa-archivist-4.1.4"
  if [ ! -e "$done" ]; then
    log "installing PoWA 4.1.4 (postgresql-15-powa) into $root"
    rm -rf "$root" && mkdir -p "$root/unpacked" "$deb_dir"
    (cd "$deb_dir" && apt-get download postgresql-15-powa=4.1.4-2+b1 >/dev/null 2>&1) \
      || { echo "cannot download postgresql-15-powa 4.1.4 (apt-get download)" >&2; return 1; }
    dpkg -x "$deb_dir"/postgresql-15-powa_4.1.4*.deb "$root/unpacked"
    local lib="$root/usr/lib/postgresql/15" share="$root/usr/share/postgresql/15"
    mkdir -p "$lib/lib" "$share/extension"
    cp -a /usr/lib/postgresql/15/bin "$lib/bin"
    local file
    for file in /usr/lib/postgresql/15/lib/*; do
      case "$(basename "$file")" in powa.so|bitcode) continue ;; esac
      ln -s "$file" "$lib/lib/"
    done
    cp "$root/unpacked/usr/lib/postgresql/15/lib/powa.so" "$lib/lib/powa.so"
    for file in /usr/share/postgresql/15/*; do
      [ "$(basename "$file")" = extension ] || ln -s "$file" "$share/"
    done
    for file in /usr/share/postgresql/15/extension/*; do
      case "$(basename "$file")" in powa.control|powa--*) continue ;; esac
      ln -s "$file" "$share/extension/"
    done
    cp "$root"/unpacked/usr/share/postgresql/15/extension/powa* "$share/extension/"
    chmod -R a+rX "$root"
    touch "$done"
  fi
  echo "$root/usr/lib/postgresql/15/bin/pg_config"
}
