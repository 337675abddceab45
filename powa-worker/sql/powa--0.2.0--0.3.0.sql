-- powa 0.2.0 to 0.3.0. A fresh 0.3.0 install gets the same from sql/added-0.3.0.sql;
-- e2e/tests/upgrade.rs checks that both catalogs are equal.
\echo Use "ALTER EXTENSION powa UPDATE TO '0.3.0'" to load this file. \quit

-- SQL data sources, as PoWA's stat-extension contract writes them: a row
-- per operation naming an SQL function (function_name) instead of a
-- plugin's entry point. The worker calls them (snapshot every
-- powa.frequency, aggregate every powa.coalesce snapshots, purge after
-- every 10 aggregates, unregister when the extension named by module is
-- dropped), each call as the function's owner.
ALTER TABLE powa_functions ALTER COLUMN entry_point DROP NOT NULL;
ALTER TABLE powa_functions ADD COLUMN function_name text;
-- true: written by a person (PoWA's default); powa writes its plugins'
-- rows with false.
ALTER TABLE powa_functions ADD COLUMN added_manually boolean NOT NULL DEFAULT true;

-- The rules of a row, with errors that say which was broken (a CHECK
-- constraint would only name itself).
CREATE FUNCTION powa_functions_check() RETURNS trigger
LANGUAGE plpgsql AS $check$
BEGIN
    IF NEW.function_name IS NULL AND NEW.entry_point IS NULL THEN
        RAISE EXCEPTION 'powa_functions: the row (%, %) calls nothing', NEW.module, NEW.operation
            USING HINT = 'Set function_name to the SQL function to call; entry_point is written by powa for its plugins.';
    END IF;
    IF NEW.function_name IS NOT NULL AND NEW.entry_point IS NOT NULL THEN
        RAISE EXCEPTION 'powa_functions: the row (%, %) names both an SQL function and a plugin entry point', NEW.module, NEW.operation
            USING HINT = 'A row calls either function_name (an SQL data source) or entry_point (a plugin).';
    END IF;
    IF NEW.function_name IS NOT NULL AND NEW.srvid <> 0 THEN
        RAISE EXCEPTION 'powa_functions: SQL data source "%" is registered for server %, SQL data sources run on the local server only (srvid 0)', NEW.module, NEW.srvid
            USING HINT = 'powa-collector collects remote servers with its plugins; leave srvid out or set it to 0.';
    END IF;
    IF NEW.function_name IS NOT NULL AND NEW.operation NOT IN ('snapshot', 'aggregate', 'purge', 'unregister') THEN
        RAISE EXCEPTION 'powa_functions: SQL data source "%" has no operation "%"', NEW.module, NEW.operation
            USING HINT = 'The operations of an SQL data source are snapshot, aggregate, purge and unregister.';
    END IF;
    RETURN NEW;
END
$check$;
CREATE TRIGGER powa_functions_check BEFORE INSERT OR UPDATE ON powa_functions
    FOR EACH ROW EXECUTE FUNCTION powa_functions_check();

-- How each SQL data source fares, written by the worker after each call.
CREATE TABLE powa_sql_source_state (
    module        text PRIMARY KEY,
    -- failures in a row: after the n-th it sits out 2^n snapshots (at most 64)
    failures      integer NOT NULL DEFAULT 0,
    last_run_at   timestamptz,
    last_error    text,
    last_error_at timestamptz
);

-- The SQL data sources: their functions by operation, and their state.
CREATE VIEW powa_sql_sources AS
    SELECT f.module,
           jsonb_object_agg(f.operation, f.function_name) AS functions,
           array_agg(f.operation ORDER BY f.operation) FILTER (WHERE f.enabled) AS enabled,
           min(f.priority) FILTER (WHERE f.operation = 'snapshot') AS priority,
           CASE WHEN s.module IS NULL THEN 'not run yet'
                WHEN s.failures > 0 THEN 'backing off'
                ELSE 'ok' END AS status,
           s.failures, s.last_run_at, s.last_error, s.last_error_at
      FROM powa_functions f
      LEFT JOIN powa_sql_source_state s ON s.module = f.module
     WHERE f.function_name IS NOT NULL
     GROUP BY f.module, s.module, s.failures, s.last_run_at, s.last_error, s.last_error_at
     ORDER BY f.module;

-- Extensions dropped while an SQL data source is named after them: the
-- worker calls those sources' unregister at its next snapshot (and
-- powa_take_snapshot() at its), then removes their rows. Noted by an event
-- trigger, so that DROP EXTENSION never runs a source's code.
CREATE TABLE powa_dropped_extensions (
    extname    text PRIMARY KEY,
    dropped_at timestamptz NOT NULL DEFAULT now()
);

-- SECURITY DEFINER: whoever may drop an extension may note it here.
CREATE FUNCTION powa_note_dropped_extensions() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @extschema@, pg_catalog AS $note$
BEGIN
    INSERT INTO powa_dropped_extensions (extname)
    SELECT DISTINCT d.object_name
      FROM pg_event_trigger_dropped_objects() d
     WHERE d.object_type = 'extension'
       AND EXISTS (SELECT 1 FROM powa_functions f
                    WHERE f.module = d.object_name AND f.function_name IS NOT NULL)
    ON CONFLICT (extname) DO UPDATE SET dropped_at = excluded.dropped_at;
END
$note$;
CREATE EVENT TRIGGER powa_sql_sources_dropped ON sql_drop
    WHEN TAG IN ('DROP EXTENSION')
    EXECUTE FUNCTION powa_note_dropped_extensions();

SELECT pg_catalog.pg_extension_config_dump('powa_sql_source_state', '');
SELECT pg_catalog.pg_extension_config_dump('powa_dropped_extensions', '');
