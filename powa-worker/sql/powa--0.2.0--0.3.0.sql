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

-- Remote servers' passwords, as PoWA's powa_register_server takes them,
-- stored sealed (a libsodium sealed box, powa_conninfo::sealed) to the
-- collectors' public key: only the private key, in the key file named by
-- the collectors' configuration (password_key), opens them. One key for
-- the repository: its row.
CREATE TABLE powa_collector_key (
    one        boolean PRIMARY KEY DEFAULT true CHECK (one),
    public_key text NOT NULL,
    set_at     timestamptz NOT NULL DEFAULT now()
);

-- extensions: the stat extensions to collect from the server (NULL: all
-- that are installed there); password_sealed: its password sealed to
-- password_key (the public key of that time).
ALTER TABLE powa_server ADD COLUMN extensions text[];
ALTER TABLE powa_server ADD COLUMN password_sealed text;
ALTER TABLE powa_server ADD COLUMN password_key text;

-- The stat extensions powa collects: powa_register_server's extensions
-- are checked against them.
CREATE FUNCTION powa_stat_extensions() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT '{pg_stat_statements,pg_stat_kcache,pg_qualstats,pg_wait_sampling,pg_track_settings,hypopg}'::text[]
$$;

-- The collectors' public key, or the steps to configure one.
CREATE FUNCTION powa_collector_public_key() RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    _key text;
BEGIN
    SELECT public_key INTO _key FROM powa_collector_key;
    IF _key IS NULL THEN
        RAISE EXCEPTION 'no collector key is configured: a password cannot be stored'
            USING HINT = 'On the collector''s machine run powa-collector keygen --output /etc/powa/collector.key '
                         '(it prints the public key), then here SELECT powa_set_collector_key(''<public key>''), '
                         'and set password_key = "/etc/powa/collector.key" under [collector] in its configuration. '
                         'Or register the server without a password and give it in the collector''s password file '
                         '(~/.pgpass) or service file.';
    END IF;
    RETURN _key;
END
$$;

-- Sets the collectors' public key (what `powa-collector keygen` prints).
CREATE FUNCTION powa_set_collector_key(public_key text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    _key text := powa_check_public_key(public_key);
    _stale integer;
BEGIN
    INSERT INTO powa_collector_key (public_key) VALUES (_key)
    ON CONFLICT (one) DO UPDATE SET public_key = excluded.public_key, set_at = now();
    SELECT count(*) INTO _stale FROM powa_server s
     WHERE s.password_sealed IS NOT NULL AND s.password_key <> _key;
    IF _stale > 0 THEN
        RAISE WARNING '% servers have a password sealed to the previous key: the collectors with the new key cannot open them', _stale
            USING HINT = 'Give each its password again: SELECT powa_configure_server(id, ''{"password": "..."}'').';
    END IF;
    PERFORM pg_notify('powa_collector', 'RELOAD');
    RETURN _key;
END
$$;

CREATE OR REPLACE FUNCTION powa_check_server(_server powa_server) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    _unknown text;
BEGIN
    IF coalesce(_server.hostname, '') = '' THEN
        RAISE EXCEPTION 'hostname is empty: give a host name, an IP address or a unix socket directory';
    END IF;
    IF _server.port IS NULL OR _server.port NOT BETWEEN 1 AND 65535 THEN
        RAISE EXCEPTION 'port is %: it must be from 1 to 65535', coalesce(_server.port::text, 'NULL');
    END IF;
    IF coalesce(_server.username, '') = '' OR coalesce(_server.dbname, '') = '' THEN
        RAISE EXCEPTION 'username and dbname must not be empty';
    END IF;
    IF _server.frequency IS NULL OR (_server.frequency <> -1 AND _server.frequency < 1) THEN
        RAISE EXCEPTION 'frequency is %: it must be -1 (no snapshots) or at least 1 second',
            coalesce(_server.frequency::text, 'NULL');
    END IF;
    IF _server.powa_coalesce IS NULL OR _server.powa_coalesce < 5 THEN
        RAISE EXCEPTION 'powa_coalesce is %: it must be at least 5 snapshots',
            coalesce(_server.powa_coalesce::text, 'NULL');
    END IF;
    IF _server.retention IS NULL OR _server.retention <= '0'::interval THEN
        RAISE EXCEPTION 'retention is %: it must be a positive interval, e.g. ''1 day''',
            coalesce(_server.retention::text, 'NULL');
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(_server.sources) AS u(name)
                WHERE name IS NULL OR name !~ '^[a-z0-9_]+$') THEN
        RAISE EXCEPTION 'sources % must name data-source plugins ([a-z0-9_]+), or be NULL for all of them',
            _server.sources;
    END IF;
    SELECT string_agg(coalesce(quote_literal(name), 'NULL'), ', ') INTO _unknown
      FROM unnest(_server.extensions) AS u(name)
     WHERE name IS NULL OR NOT name = ANY (powa_stat_extensions());
    IF _unknown IS NOT NULL THEN
        RAISE EXCEPTION 'extensions: % is no stat extension powa collects', _unknown
            USING HINT = 'The known ones are ' || array_to_string(powa_stat_extensions(), ', ')
                         || '; NULL collects every one installed on the server.';
    END IF;
END
$$;

-- PoWA's signature, as its documentation calls it: password and
-- extensions come after powa's own parameters (call them by name).
DROP FUNCTION powa_register_server(text, integer, text, text, text, integer, interval, text[], text, integer);
CREATE FUNCTION powa_register_server(
    hostname text,
    port integer DEFAULT 5432,
    alias text DEFAULT NULL,
    username text DEFAULT 'powa',
    dbname text DEFAULT 'powa',
    frequency integer DEFAULT 300,
    retention interval DEFAULT '1 day',
    sources text[] DEFAULT NULL,
    service text DEFAULT NULL,
    powa_coalesce integer DEFAULT 100,
    password text DEFAULT NULL,
    extensions text[] DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    _server powa_server;
    _existing integer;
BEGIN
    _server := ROW(NULL, hostname, port, alias, username, dbname, service, frequency,
                   powa_coalesce, retention, sources, true, now(), extensions, NULL, NULL)::powa_server;
    PERFORM powa_check_server(_server);
    SELECT s.id INTO _existing FROM powa_server s
     WHERE s.hostname = _server.hostname AND s.port = _server.port AND s.dbname = _server.dbname;
    IF FOUND THEN
        RAISE EXCEPTION 'server %:%/% is registered already (id %)',
            _server.hostname, _server.port, _server.dbname, _existing
            USING HINT = 'change it with powa_configure_server';
    END IF;
    IF EXISTS (SELECT 1 FROM powa_server s WHERE s.alias = _server.alias) THEN
        RAISE EXCEPTION 'alias "%" is taken by another server', _server.alias;
    END IF;
    IF password IS NOT NULL THEN
        _server.password_key := powa_collector_public_key();
        _server.password_sealed := powa_seal(_server.password_key, password);
    END IF;
    _server.id := nextval('powa_server_id_seq');
    INSERT INTO powa_server SELECT _server.*;
    PERFORM pg_notify('powa_collector', 'RELOAD');
    RETURN _server.id;
END
$$;

-- Changes what `_data` names (a json object of powa_server's columns:
-- hostname, port, alias, username, dbname, service, frequency,
-- powa_coalesce, retention, sources, extensions; and password, sealed as
-- powa_register_server does, null to remove it).
CREATE OR REPLACE FUNCTION powa_configure_server(_srvid integer, _data json) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    _server powa_server;
    _key text;
    _allowed text[] := '{hostname,port,alias,username,dbname,service,frequency,powa_coalesce,retention,sources,extensions,password}';
BEGIN
    IF _srvid = 0 THEN
        RAISE EXCEPTION 'server 0 is the local server: its settings are powa.frequency, powa.coalesce and powa.retention';
    END IF;
    IF json_typeof(_data) IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'the changes must be a json object, e.g. {"frequency": 60}';
    END IF;
    FOR _key IN SELECT json_object_keys(_data) LOOP
        IF NOT _key = ANY (_allowed) THEN
            RAISE EXCEPTION 'cannot configure "%": the keys allowed are %', _key, array_to_string(_allowed, ', ');
        END IF;
    END LOOP;
    SELECT * INTO _server FROM powa_server WHERE id = _srvid FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no server %', _srvid;
    END IF;
    -- (password_sealed and password_key are not keys json_populate_record
    -- may take from _data: the keys were checked above.)
    _server := json_populate_record(_server, _data);
    PERFORM powa_check_server(_server);
    IF (_data::jsonb) ? 'password' THEN
        IF _data->>'password' IS NULL THEN
            _server.password_key := NULL;
            _server.password_sealed := NULL;
        ELSE
            _server.password_key := powa_collector_public_key();
            _server.password_sealed := powa_seal(_server.password_key, _data->>'password');
        END IF;
    END IF;
    UPDATE powa_server s SET hostname = _server.hostname, port = _server.port,
           alias = _server.alias, username = _server.username, dbname = _server.dbname,
           service = _server.service, frequency = _server.frequency,
           powa_coalesce = _server.powa_coalesce, retention = _server.retention,
           sources = _server.sources, extensions = _server.extensions,
           password_sealed = _server.password_sealed, password_key = _server.password_key
     WHERE s.id = _srvid;
    PERFORM pg_notify('powa_collector', 'RELOAD');
    RETURN true;
END
$$;

CREATE OR REPLACE VIEW powa_servers AS
    SELECT s.id, s.alias, s.hostname, s.port, s.username, s.dbname, s.service,
           s.frequency, s.powa_coalesce, s.retention, s.sources, s.active,
           st.collector, st.state, st.last_snapshot, st.last_duration_ms,
           st.last_error, st.last_error_at, st.stalled_since, st.updated_at AS status_at,
           s.extensions, s.password_sealed IS NOT NULL AS has_password
      FROM powa_server s
      LEFT JOIN powa_server_status st ON st.srvid = s.id
     ORDER BY s.id;

SELECT pg_catalog.pg_extension_config_dump('powa_collector_key', '');

-- powa_seal and powa_check_public_key are the library's (a fresh install
-- gets them from pgrx's generated script).
CREATE FUNCTION "powa_check_public_key"("public_key" TEXT) RETURNS TEXT
STRICT
LANGUAGE c
AS 'MODULE_PATHNAME', 'powa_check_public_key_wrapper';
CREATE FUNCTION "powa_seal"("public_key" TEXT, "password" TEXT) RETURNS TEXT
STRICT
LANGUAGE c
AS 'MODULE_PATHNAME', 'powa_seal_wrapper';

-- The counter history's packed rows (powa_core::history::codec): the
-- sources' schema migration 3 packs their history with them (a fresh
-- install gets them from pgrx's generated script).
CREATE FUNCTION "powa_pack_history"(
	"samples" INT,
	"ints" bigint[],
	"int_width" INT,
	"floats" double precision[],
	"float_width" INT
) RETURNS bytea
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c
AS 'MODULE_PATHNAME', 'powa_pack_history_wrapper';
CREATE FUNCTION "powa_packed_rows"(
	"positions" INT[],
	"samples" INT,
	"packed" bytea,
	"int_width" INT,
	"float_width" INT
) RETURNS TABLE (
	"position" INT,
	"ints" bigint[],
	"floats" double precision[]
)
IMMUTABLE PARALLEL SAFE
LANGUAGE c
AS 'MODULE_PATHNAME', 'powa_packed_rows_wrapper';
CREATE FUNCTION "powa_packed_sample"(
	"positions" INT[],
	"samples" INT,
	"packed" bytea,
	"int_width" INT,
	"float_width" INT,
	"position" INT
) RETURNS TABLE (
	"ints" bigint[],
	"floats" double precision[]
)
IMMUTABLE PARALLEL SAFE
LANGUAGE c
AS 'MODULE_PATHNAME', 'powa_packed_sample_wrapper';

-- A coalesce packs a batch's staging rows in one call per chunk of ids
-- (powa_core::history::codec::pack_staged); the type is its input.
CREATE TYPE powa_staged_row AS (
    position    integer,
    ids         bigint[],
    int_width   integer,
    ints        bigint[],
    float_width integer,
    floats      double precision[]
);
CREATE FUNCTION "powa_pack_staged"(
	"batch_len" INT,
	"staged" powa_staged_row[],
	"int_width" INT,
	"float_width" INT
) RETURNS TABLE (
	"id" bigint,
	"positions" INT[],
	"samples" INT,
	"packed" bytea
)
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c
AS 'MODULE_PATHNAME', 'powa_pack_staged_wrapper';
