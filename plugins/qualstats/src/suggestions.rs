//! `powa_index_suggestions(srvid, dbid, from, to)`: the indexes the range's
//! predicates ask for, in the repository.
//!
//! From `powa_qualstats_deltas`, the predicates of database `dbid` that
//! filtered rows after a scan (`eval_type` 'f': no index served them), per
//! statement and table: their columns, and the access method every one of
//! their operators allows (btree first; a single column may take hash,
//! gist, spgist, gin or brin). Statements asking for the same (table,
//! method, columns) make one candidate, ranked by the rows their
//! predicates filtered out.
//!
//! The estimated gain needs the monitored database itself: when the
//! function runs there (local mode, `srvid` 0, `dbid` the current
//! database) and hypopg and pg_qualstats are installed in it, each
//! candidate's statements (pg_qualstats' example texts, with constants) are
//! planned without and with the candidate as a hypothetical index: the sum
//! of their estimated costs before and after, and the gain (1 − after /
//! before). Elsewhere those columns are NULL and `estimate_note` says why.

pub const SUGGESTIONS: &str = r#"
CREATE OR REPLACE FUNCTION powa_index_suggestions(
    _srvid integer, _dbid oid, _from timestamptz, _to timestamptz)
RETURNS TABLE (
    relname text, access_method text, columns text[], ddl text,
    quals bigint, executions bigint, filtered bigint, queryids bigint[],
    cost_before double precision, cost_after double precision, gain double precision,
    estimate_note text)
LANGUAGE plpgsql AS $$
DECLARE
    _row record;
    _query text;
    _plan json;
    _before double precision;
    _after double precision;
    _why_not text := CASE
        WHEN _srvid <> 0 OR _dbid IS DISTINCT FROM
                 (SELECT oid FROM pg_database WHERE datname = current_database())
            THEN 'gains are estimated in the monitored database itself: call this there (local mode)'
        WHEN NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'hypopg')
            THEN 'hypopg is not installed in this database (CREATE EXTENSION hypopg)'
        WHEN to_regproc('pg_qualstats_example_query') IS NULL
            THEN 'pg_qualstats is not installed in this database'
        END;
BEGIN
    FOR _row IN
        WITH quals AS (
            SELECT d.queryid, d.relname, d.attname, d.access_methods,
                   d.execution_count, d.nbfiltered
              FROM powa_qualstats_deltas(_from, _to, _srvid) d
             WHERE d.dbid = _dbid AND d.relname IS NOT NULL AND d.attname IS NOT NULL
               AND d.eval_type = 'f' AND d.execution_count > 0
        ), per_statement AS (
            SELECT q.queryid, q.relname,
                   array_agg(DISTINCT q.attname ORDER BY q.attname) AS columns,
                   count(*) AS quals, sum(q.execution_count) AS executions,
                   sum(q.nbfiltered) AS filtered,
                   bool_and('btree' = ANY (q.access_methods)) AS btree,
                   bool_and('hash' = ANY (q.access_methods)) AS hash,
                   bool_and('gist' = ANY (q.access_methods)) AS gist,
                   bool_and('spgist' = ANY (q.access_methods)) AS spgist,
                   bool_and('gin' = ANY (q.access_methods)) AS gin,
                   bool_and('brin' = ANY (q.access_methods)) AS brin
              FROM quals q
             GROUP BY q.queryid, q.relname
        ), chosen AS (
            SELECT s.*,
                   CASE WHEN s.btree THEN 'btree'
                        WHEN cardinality(s.columns) > 1 THEN NULL
                        WHEN s.hash THEN 'hash' WHEN s.gist THEN 'gist'
                        WHEN s.spgist THEN 'spgist' WHEN s.gin THEN 'gin'
                        WHEN s.brin THEN 'brin' END AS access_method
              FROM per_statement s
        )
        SELECT c.relname, c.access_method, c.columns,
               format('CREATE INDEX ON %s USING %s (%s)', c.relname, c.access_method,
                      (SELECT string_agg(quote_ident(col), ', ') FROM unnest(c.columns) AS col)) AS ddl,
               sum(c.quals)::bigint AS quals, sum(c.executions)::bigint AS executions,
               sum(c.filtered)::bigint AS filtered,
               array_agg(DISTINCT c.queryid ORDER BY c.queryid) AS queryids
          FROM chosen c
         WHERE c.access_method IS NOT NULL
         GROUP BY c.relname, c.access_method, c.columns
         ORDER BY sum(c.filtered) DESC, c.relname, c.columns
    LOOP
        relname := _row.relname;
        access_method := _row.access_method;
        columns := _row.columns;
        ddl := _row.ddl;
        quals := _row.quals;
        executions := _row.executions;
        filtered := _row.filtered;
        queryids := _row.queryids;
        cost_before := NULL;
        cost_after := NULL;
        gain := NULL;
        estimate_note := _why_not;
        IF _why_not IS NULL THEN
            BEGIN
                _before := 0;
                _after := 0;
                FOR _query IN
                    SELECT pg_qualstats_example_query(id) FROM unnest(_row.queryids) AS id
                LOOP
                    -- One statement that only reads: EXPLAIN plans it, never runs it.
                    CONTINUE WHEN _query IS NULL OR _query !~* '^\s*(select|with)\s'
                        OR rtrim(_query, '; ') ~ ';';
                    EXECUTE 'EXPLAIN (FORMAT JSON) ' || _query INTO _plan;
                    _before := _before + (_plan->0->'Plan'->>'Total Cost')::double precision;
                    PERFORM hypopg_create_index(_row.ddl);
                    EXECUTE 'EXPLAIN (FORMAT JSON) ' || _query INTO _plan;
                    _after := _after + (_plan->0->'Plan'->>'Total Cost')::double precision;
                    PERFORM hypopg_reset();
                END LOOP;
                IF _before > 0 THEN
                    cost_before := _before;
                    cost_after := _after;
                    gain := 1 - _after / _before;
                ELSE
                    estimate_note := 'pg_qualstats keeps no single-statement example of these statements';
                END IF;
            EXCEPTION WHEN OTHERS THEN
                -- A statement that no longer plans (a dropped table): no estimate.
                PERFORM hypopg_reset();
                estimate_note := 'planning an example statement failed: ' || SQLERRM;
            END;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$"#;
