//! The repository tables and reading functions of powa_stat_statements.
//!
//! Counters are kept as PostgreSQL shows them (cumulative), in arrays in the
//! order of the server's layout (bigint ones and double precision ones), so
//! that every counter of the running version is kept without a column per
//! counter, and a delta over a range is `last - first`: exact, even for the
//! floating-point times.
//!
//! - staging, `powa_statements_src`: one row per snapshot, with the
//!   statements' ids and their counters side by side (`ints` holds
//!   `int_width` values per statement, in the order of `ids`);
//! - coalesced: the snapshots of one coalesce are a batch
//!   (`powa_statements_batches`, their times once), and each statement gets
//!   one `powa_statements_history` row per batch: two-dimensional arrays
//!   (`ints[j][c]` is counter c at the statement's j-th sample; TOAST
//!   compresses the repeats of unchanged counters) and, when the statement
//!   missed some of the batch's snapshots, the positions in the batch of
//!   those it has (`positions`, NULL for all). Readers unnest a row's arrays
//!   once (subscripting a compressed array decompresses it every time);
//! - `powa_statements_snapshots`: when each snapshot was taken, which tells a
//!   statement that first appears inside a range (its earlier count was 0)
//!   from one that was there at the start.

pub const STATEMENTS: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS powa_statements (
        srvid    integer NOT NULL,
        id       bigint GENERATED ALWAYS AS IDENTITY,
        queryid  bigint NOT NULL,
        dbid     oid NOT NULL,
        userid   oid NOT NULL,
        toplevel boolean NOT NULL,
        query    text NOT NULL,
        PRIMARY KEY (srvid, id),
        UNIQUE (srvid, queryid, dbid, userid, toplevel))",
    // The counter names, in array order, per server: only ever appended to,
    // so that a version upgrade adding counters keeps the older samples.
    "CREATE TABLE IF NOT EXISTS powa_statements_layout (
        srvid  integer PRIMARY KEY,
        ints   text[] NOT NULL,
        floats text[] NOT NULL)",
    "CREATE TABLE IF NOT EXISTS powa_statements_snapshots (
        srvid integer NOT NULL,
        ts    timestamptz NOT NULL,
        PRIMARY KEY (srvid, ts))",
    "CREATE TABLE IF NOT EXISTS powa_statements_src (
        srvid       integer NOT NULL,
        ts          timestamptz NOT NULL,
        ids         bigint[] NOT NULL,
        int_width   integer NOT NULL,
        float_width integer NOT NULL,
        ints        bigint[] NOT NULL,
        floats      double precision[] NOT NULL,
        PRIMARY KEY (srvid, ts))",
    "CREATE TABLE IF NOT EXISTS powa_statements_batches (
        srvid    integer NOT NULL,
        batch    bigint GENERATED ALWAYS AS IDENTITY,
        first_ts timestamptz NOT NULL,
        last_ts  timestamptz NOT NULL,
        ts       timestamptz[] NOT NULL,
        PRIMARY KEY (srvid, batch))",
    "CREATE INDEX IF NOT EXISTS powa_statements_batches_ts
        ON powa_statements_batches (srvid, last_ts)",
    "CREATE TABLE IF NOT EXISTS powa_statements_history (
        srvid     integer NOT NULL,
        batch     bigint NOT NULL,
        id        bigint NOT NULL,
        positions integer[],
        ints      bigint[] NOT NULL,
        floats    double precision[] NOT NULL,
        PRIMARY KEY (srvid, id, batch))",
    "CREATE INDEX IF NOT EXISTS powa_statements_history_batch
        ON powa_statements_history (srvid, batch)",
    // Every sample of [from, to], from staging and coalesced rows alike.
    "CREATE OR REPLACE FUNCTION powa_statements_samples(
        _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)
     RETURNS TABLE (id bigint, ts timestamptz, ints bigint[], floats double precision[])
     LANGUAGE sql STABLE AS $$
        -- Every statement: each staging row split in one pass.
        SELECT r.id, s.ts, r.ints, r.floats
          FROM powa_statements_src s,
               ROWS FROM (unnest(s.ids), powa_bigint_rows(s.ints, s.int_width),
                          powa_float8_rows(s.floats, s.float_width)) AS r(id, ints, floats)
         WHERE _ids IS NULL AND s.srvid = _srvid AND s.ts BETWEEN _from AND _to
           AND r.id IS NOT NULL
        UNION ALL
        -- Some statements: their slices only.
        SELECT e.id, s.ts,
               s.ints[(e.k - 1) * s.int_width + 1 : e.k * s.int_width],
               s.floats[(e.k - 1) * s.float_width + 1 : e.k * s.float_width]
          FROM powa_statements_src s
          CROSS JOIN LATERAL (
              SELECT w.id, array_position(s.ids, w.id) AS k FROM unnest(_ids) AS w(id)) e
         WHERE _ids IS NOT NULL AND s.srvid = _srvid AND s.ts BETWEEN _from AND _to
           AND e.k IS NOT NULL
        UNION ALL
        SELECT h.id, b.ts[coalesce(h.positions[x.j], x.j::int)], x.ints, x.floats
          FROM powa_statements_batches b
          JOIN powa_statements_history h ON h.srvid = b.srvid AND h.batch = b.batch
          -- The widths once per row: a per-element array_length would
          -- decompress the array for every element.
          CROSS JOIN LATERAL (
              SELECT array_length(h.ints, 2) AS ints, array_length(h.floats, 2) AS floats) w
          CROSS JOIN LATERAL (
              SELECT i.j, i.ints, f.floats
                FROM (SELECT (u.o - 1) / w.ints + 1 AS j, array_agg(u.v ORDER BY u.o) AS ints
                        FROM unnest(h.ints) WITH ORDINALITY AS u(v, o) GROUP BY 1) i
                JOIN (SELECT (u.o - 1) / w.floats + 1 AS j, array_agg(u.v ORDER BY u.o) AS floats
                        FROM unnest(h.floats) WITH ORDINALITY AS u(v, o) GROUP BY 1) f
                  USING (j)) x
         WHERE b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from
           AND (_ids IS NULL OR h.id = ANY (_ids))
           AND b.ts[coalesce(h.positions[x.j], x.j::int)] BETWEEN _from AND _to
     $$",
    // Per statement and counter, what happened in [from, to]: the last value
    // minus the value at the range's first snapshot. A statement absent from
    // that snapshot started from 0; counters that go down (a reset of
    // pg_stat_statements, the statement evicted and back) start a new
    // segment from 0, so a delta is never negative.
    "CREATE OR REPLACE FUNCTION powa_statements_counter_deltas(
        _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)
     RETURNS TABLE (id bigint, first_ts timestamptz, last_ts timestamptz,
                    ints bigint[], floats double precision[])
     LANGUAGE sql STABLE AS $$
        WITH layout AS (
            SELECT array_position(l.ints, 'calls') AS calls
              FROM powa_statements_layout l WHERE l.srvid = _srvid),
        start AS (
            SELECT min(sn.ts) AS ts FROM powa_statements_snapshots sn
             WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
        flagged AS (
            SELECT s.*,
                   CASE WHEN lag(s.ts) OVER w IS NULL THEN (s.ts > start.ts)::int
                        ELSE (s.ints[layout.calls] < lag(s.ints[layout.calls]) OVER w)::int
                   END AS reset
              FROM powa_statements_samples(_srvid, _from, _to, _ids) s, layout, start
            WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),
        segmented AS (
            SELECT f.*, sum(f.reset) OVER (PARTITION BY f.id ORDER BY f.ts) AS seg
              FROM flagged f),
        firsts AS (
            SELECT DISTINCT ON (sg.id, sg.seg) sg.id, sg.seg, sg.ts, sg.ints, sg.floats
              FROM segmented sg ORDER BY sg.id, sg.seg, sg.ts),
        lasts AS (
            SELECT DISTINCT ON (sg.id, sg.seg) sg.id, sg.seg, sg.ts, sg.ints, sg.floats
              FROM segmented sg ORDER BY sg.id, sg.seg, sg.ts DESC),
        per_segment AS (
            SELECT l.id, l.seg, f.ts AS first_ts, l.ts AS last_ts,
                   ARRAY(SELECT l.ints[c] - CASE WHEN l.seg = 0 THEN f.ints[c] ELSE 0 END
                           FROM generate_subscripts(l.ints, 1) c ORDER BY c) AS ints,
                   ARRAY(SELECT l.floats[c] - CASE WHEN l.seg = 0 THEN f.floats[c] ELSE 0 END
                           FROM generate_subscripts(l.floats, 1) c ORDER BY c) AS floats
              FROM lasts l JOIN firsts f USING (id, seg))
        SELECT p.id, min(p.first_ts), max(p.last_ts),
               ARRAY(SELECT sum(p2.ints[c])::bigint
                       FROM per_segment p2, generate_subscripts(p2.ints, 1) c
                      WHERE p2.id = p.id GROUP BY c ORDER BY c),
               ARRAY(SELECT sum(p2.floats[c])
                       FROM per_segment p2, generate_subscripts(p2.floats, 1) c
                      WHERE p2.id = p.id GROUP BY c ORDER BY c)
          FROM per_segment p
         GROUP BY p.id
     $$",
    // What users read: per statement, the deltas of [from, to] (every
    // counter in `counters`, the usual ones as columns) and rates.
    "CREATE OR REPLACE FUNCTION powa_statements_deltas(
        _from timestamptz, _to timestamptz, _srvid integer DEFAULT 0, _queryid bigint DEFAULT NULL)
     RETURNS TABLE (queryid bigint, dbid oid, userid oid, toplevel boolean, query text,
                    calls bigint, total_exec_time double precision,
                    mean_exec_time double precision, rows bigint,
                    shared_blks_hit bigint, shared_blks_read bigint,
                    temp_blks_read bigint, temp_blks_written bigint, wal_bytes bigint,
                    calls_per_second double precision, counters jsonb)
     LANGUAGE sql STABLE AS $$
        WITH deltas AS (
            SELECT st.queryid, st.dbid, st.userid, st.toplevel, st.query,
                   (SELECT jsonb_object_agg(n, d.ints[i]) FROM unnest(l.ints) WITH ORDINALITY AS u(n, i))
                   || (SELECT jsonb_object_agg(n, d.floats[i]) FROM unnest(l.floats) WITH ORDINALITY AS u(n, i))
                   AS counters
              FROM powa_statements_counter_deltas(_srvid, _from, _to,
                       CASE WHEN _queryid IS NOT NULL THEN
                           ARRAY(SELECT s.id FROM powa_statements s
                                  WHERE s.srvid = _srvid AND s.queryid = _queryid)
                       END) d
              JOIN powa_statements st ON st.srvid = _srvid AND st.id = d.id
              JOIN powa_statements_layout l ON l.srvid = _srvid
             WHERE _queryid IS NULL OR st.queryid = _queryid)
        SELECT queryid, dbid, userid, toplevel, query,
               (counters->>'calls')::bigint,
               (counters->>'total_exec_time')::double precision,
               (counters->>'total_exec_time')::double precision
                   / nullif((counters->>'calls')::bigint, 0),
               (counters->>'rows')::bigint,
               (counters->>'shared_blks_hit')::bigint,
               (counters->>'shared_blks_read')::bigint,
               (counters->>'temp_blks_read')::bigint,
               (counters->>'temp_blks_written')::bigint,
               (counters->>'wal_bytes')::bigint,
               (counters->>'calls')::bigint
                   / nullif(extract(epoch FROM _to - _from), 0)::double precision,
               counters
          FROM deltas
         ORDER BY (counters->>'total_exec_time')::double precision DESC NULLS LAST
     $$",
];

/// What unregister drops: the reading functions, then the tables.
pub const DROP: &[&str] = &[
    "DROP FUNCTION IF EXISTS powa_statements_deltas(timestamptz, timestamptz, integer, bigint)",
    "DROP FUNCTION IF EXISTS powa_statements_counter_deltas(integer, timestamptz, timestamptz, bigint[])",
    "DROP FUNCTION IF EXISTS powa_statements_samples(integer, timestamptz, timestamptz, bigint[])",
    "DROP TABLE IF EXISTS powa_statements_history, powa_statements_batches,
        powa_statements_src, powa_statements_snapshots, powa_statements_layout,
        powa_statements",
];
