#!/usr/bin/env bash
# Captures real WAL records from PostgreSQL 18 and 15 as test data for the
# decoders in powa-core (powa-core/tests/data/wal-pg<N>.txt).
#
# For each version: a throwaway cluster runs powa with the capture plugin
# (e2e/fixtures/wal-capture), a fixed workload runs on table `capture`, and
# the records of that table and of its transactions are kept, with a header
# saying which workload produced them. powa-core/tests/decode.rs checks the
# decoders against those files.
set -euo pipefail
POWA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$POWA_ROOT/scripts/lib.sh"
load_env

WORKLOAD=$(cat <<'SQL'
CREATE TABLE capture (id int, v text) WITH (autovacuum_enabled = off, fillfactor = 50);
CREATE INDEX ON capture (id);
INSERT INTO capture SELECT g, 'row ' || g FROM generate_series(1, 200) g;
COPY capture FROM PROGRAM 'seq 201 250 | sed "s/$/\tcopied/"';
UPDATE capture SET v = v || '!' WHERE id <= 20;
UPDATE capture SET id = id + 1000 WHERE id BETWEEN 21 AND 30;
DELETE FROM capture WHERE id BETWEEN 31 AND 40;
BEGIN; INSERT INTO capture VALUES (-1, 'rolled back'); ROLLBACK;
BEGIN; SAVEPOINT s; DELETE FROM capture WHERE id = 41; ROLLBACK TO s; DELETE FROM capture WHERE id = 42; COMMIT;
SELECT pg_logical_emit_message(false, 'powa', 'dead_tuple_count=' || dead_tuple_count) FROM pgstattuple('capture');
VACUUM capture;
VACUUM (FREEZE) capture;
SQL
)
# TRUNCATE gives the table a new relation file: run apart, to learn both.
AFTER_TRUNCATE="TRUNCATE capture; INSERT INTO capture VALUES (1, 'after truncate');"

for version in ${POWA_PG_VERSIONS:-18 15}; do
  pg_config_var="POWA_PG${version}_CONFIG"
  pg_config=${!pg_config_var}
  bin=$("$pg_config" --bindir)
  install_extension "$pg_config"
  POWA_INSTALL_FIXTURES=1 install_plugins "$pg_config"

  work=$(mktemp -d /tmp/powa-capture-XXXXXX)
  chmod 755 "$work"
  [ "$(id -u)" = 0 ] && chown postgres "$work"
  capture_file="$work/records.txt"
  new_powa_cluster "$work" "$bin" 54399 "$work" '' "powa pgstattuple" <<CONF
walker.plugins = 'fixture_wal_capture'
walker.flush_interval = '200ms'
fixture_wal_capture.file = '$capture_file'
CONF
  psql() { cluster_psql -q "$@"; }
  sleep 2
  relfile="SELECT relfilenode FROM pg_class WHERE relname = 'capture'"
  psql -d powa <<<"$WORKLOAD"
  files=$(psql -d powa -Atc "$relfile")
  psql -d powa <<<"$AFTER_TRUNCATE"
  files="$files,$(psql -d powa -Atc "$relfile")"
  psql -d powa -c "SELECT pg_sleep(1.5)" >/dev/null
  cluster_pg_ctl -m fast stop
  out="$POWA_ROOT/powa-core/tests/data/wal-pg$version.txt"
  mkdir -p "$(dirname "$out")"
  python3 - "$capture_file" "$files" "$out" "$version" "$WORKLOAD
$AFTER_TRUNCATE" <<'PY'
import sys
path, current, out, version, workload = sys.argv[1:6]
lines = [l.split(" ") for l in open(path).read().splitlines()]
HEAP, HEAP2, XACT, SMGR, LOGICALMSG = 10, 9, 1, 2, 21
files = {int(f) for f in current.split(",") if f}
def block_rels(l):
    return {int(b.split(",")[3]) for b in l[5].split("|")} if l[5] != "-" else set()
def smgr_rel(l):
    main = bytes.fromhex(l[4])
    # create: rlocator first; truncate: blkno, then rlocator
    return int.from_bytes(main[8:12] if int(l[2]) & 0xF0 == 0x10 else main[12:16], "little")
keep, xids = [], set()
for l in lines:
    rm = int(l[1])
    if rm in (HEAP, HEAP2) and block_rels(l) & files:
        keep.append(l); xids.add(l[3])
    elif rm == SMGR and smgr_rel(l) in files:
        keep.append(l); xids.add(l[3])
    elif rm == LOGICALMSG:
        keep.append(l)  # the workload's marker, with pgstattuple's count
# Transaction ends: those of the workload's transactions (a subtransaction's
# end is in its parent's record, under the parent's xid), so every one from
# the workload's first record on.
first = min(tuple(int(p, 16) for p in l[0].split("/")) for l in keep)
for l in lines:
    if int(l[1]) == XACT and tuple(int(p, 16) for p in l[0].split("/")) >= first:
        keep.append(l)
keep.sort(key=lambda l: tuple(int(p, 16) for p in l[0].split("/")))
with open(out, "w") as f:
    f.write(f"# Real WAL records from PostgreSQL {version}, captured by scripts/capture-wal-fixtures.sh\n")
    f.write("# from this workload on table capture (relation files: " + ",".join(map(str, sorted(files))) + "):\n")
    for w in workload.splitlines():
        f.write("#   " + w + "\n")
    f.write("# lsn rmgr info xid main_hex blocks(id,tablespace,database,relation,fork,block,image,data_hex|...)\n")
    for l in keep:
        f.write(" ".join(l) + "\n")
print(f"{out}: {len(keep)} records")
PY
  [ -n "${POWA_CAPTURE_KEEP:-}" ] || rm -rf "$work"
done
