-- What the powa worker reports about its plugins. The worker rewrites
-- powa_plugin_state when it starts and after each cycle, and appends to
-- powa_plugin_error_log (keeping the last 1000 errors).
CREATE TABLE powa_plugin_state (
    position      integer PRIMARY KEY,
    name          text NOT NULL,
    version       text,
    kinds         text[],
    library       text,
    status        text NOT NULL,
    detail        text,
    last_error    text,
    last_error_at timestamptz,
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE powa_plugin_error_log (
    id        bigserial PRIMARY KEY,
    plugin    text NOT NULL,
    operation text NOT NULL,
    message   text NOT NULL,
    at        timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- WAL walking: the position up to which each WAL plugin's flushed state is
-- complete (recorded in the same transaction as the plugin's flush), and the
-- WAL removed before powa read it (its slot was invalidated, or a promoted
-- standby no longer had the WAL after the old primary's flushed positions).
CREATE TABLE powa_walker_position (
    plugin         text PRIMARY KEY,
    confirmed_lsn  pg_lsn NOT NULL,
    -- records before confirmed_lsn the plugin failed on (powa_plugins)
    failed_records bigint NOT NULL DEFAULT 0,
    updated_at     timestamptz NOT NULL
);

-- failed_records: WAL records the plugin's record callback failed on (a
-- record it could not decode, say), counted up to its flushed position: its
-- figures miss what those records did. NULL for a plugin that walks no WAL.
CREATE VIEW powa_plugins AS
    SELECT s.name, s.version, s.kinds, s.library, s.status, s.detail,
           s.last_error, s.last_error_at, w.failed_records
      FROM powa_plugin_state s
      LEFT JOIN powa_walker_position w ON w.plugin = s.name
     ORDER BY s.position;

CREATE VIEW powa_plugin_errors AS
    SELECT plugin, operation, message, at
      FROM powa_plugin_error_log
     ORDER BY id DESC;

CREATE TABLE powa_walker_gaps (
    slot        text NOT NULL,
    from_lsn    pg_lsn,
    to_lsn      pg_lsn NOT NULL,
    -- the WAL plugins whose state misses the records in [from_lsn, to_lsn)
    plugins     text[] NOT NULL DEFAULT '{}',
    reason      text NOT NULL,
    detected_at timestamptz NOT NULL DEFAULT now()
);

-- The data sources' catalog: one row per source (module, the plugin name)
-- and operation, written by powa when a source of walker.plugins starts and
-- removed when it leaves walker.plugins or the extension it needs is
-- dropped. Set enabled = false to stop an operation of a source; sources
-- snapshot in ascending priority.
CREATE TABLE powa_functions (
    srvid         integer NOT NULL DEFAULT 0,
    module        text NOT NULL,
    operation     text NOT NULL
                  CHECK (operation IN ('snapshot', 'aggregate', 'purge', 'unregister', 'sample')),
    entry_point   text NOT NULL,
    -- the monitored server's extension the source reads, if any
    extension     text,
    enabled       boolean NOT NULL DEFAULT true,
    priority      integer NOT NULL DEFAULT 10,
    registered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (srvid, module, operation)
);

-- One row per snapshot cycle (the worker's, or powa_take_snapshot()): how
-- many sources ran, how long it took, and each failure (module, operation,
-- message). Purged with the sources' history.
CREATE TABLE powa_snapshots (
    srvid       integer NOT NULL DEFAULT 0,
    ts          timestamptz NOT NULL,
    sources     integer NOT NULL,
    failed      integer NOT NULL,
    duration_ms double precision NOT NULL,
    errors      jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (srvid, ts)
);

-- A staging row of the counter history going into a coalesced batch
-- (powa_pack_staged's input, see powa_core::history::codec::Staged):
-- the 1-based position of its snapshot in the batch, its ids and their
-- counters, int_width bigint and float_width double precision per id.
-- Here, with the tables, because pgrx writes functions before the other
-- SQL files and powa_pack_staged takes an array of it.
CREATE TYPE powa_staged_row AS (
    position    integer,
    ids         bigint[],
    int_width   integer,
    ints        bigint[],
    float_width integer,
    floats      double precision[]
);
