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
            SELECT st.queryid, st.dbid, st.userid, st.toplevel, st.query, d.ints, d.floats,
                   l.ints AS int_names, l.floats AS float_names
              FROM powa_statements_counter_deltas(_srvid, _from, _to,
                       CASE WHEN _queryid IS NOT NULL THEN
                           ARRAY(SELECT s.id FROM powa_statements s
                                  WHERE s.srvid = _srvid AND s.queryid = _queryid)
                       END) d
              JOIN powa_statements st ON st.srvid = _srvid AND st.id = d.id
              JOIN powa_statements_layout l ON l.srvid = _srvid
             WHERE _queryid IS NULL OR st.queryid = _queryid)
        -- The usual counters straight from the arrays (a grid of thousands
        -- of statements reads them; building then reading the jsonb took
        -- seconds), every counter in `counters`.
        SELECT queryid, dbid, userid, toplevel, query,
               ints[array_position(int_names, 'calls')],
               floats[array_position(float_names, 'total_exec_time')],
               floats[array_position(float_names, 'total_exec_time')]
                   / nullif(ints[array_position(int_names, 'calls')], 0),
               ints[array_position(int_names, 'rows')],
               ints[array_position(int_names, 'shared_blks_hit')],
               ints[array_position(int_names, 'shared_blks_read')],
               ints[array_position(int_names, 'temp_blks_read')],
               ints[array_position(int_names, 'temp_blks_written')],
               ints[array_position(int_names, 'wal_bytes')],
               ints[array_position(int_names, 'calls')]
                   / nullif(extract(epoch FROM _to - _from), 0)::double precision,
               (SELECT jsonb_object_agg(n, ints[i]) FROM unnest(int_names) WITH ORDINALITY AS u(n, i))
               || (SELECT jsonb_object_agg(n, floats[i])
                     FROM unnest(float_names) WITH ORDINALITY AS u(n, i))
          FROM deltas
         ORDER BY floats[array_position(float_names, 'total_exec_time')] DESC NULLS LAST
     $$",
];
