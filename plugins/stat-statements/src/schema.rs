//! powa_stat_statements' own reading function, on top of the counter
//! history's `powa_statements_counter_deltas` (see `powa_core::history`).

/// `powa_statements_deltas(from, to [, srvid, queryid])`.
pub const READING: &[&str] = &[
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
