-- Remote mode: the servers powa-collector collects from into this
-- repository. Server 0 is the local server (the powa worker's snapshots).
-- A password given to powa_register_server is stored sealed to the
-- collectors' key (added-0.3.0.sql); else the collector finds one as libpq
-- would (password file, service file, PGPASSWORD).
CREATE TABLE powa_server (
    id            integer PRIMARY KEY,
    hostname      text NOT NULL,
    port          integer NOT NULL,
    alias         text UNIQUE,
    username      text NOT NULL,
    dbname        text NOT NULL,
    -- a section of the collector's service file giving what the columns
    -- above leave out (a password, TLS settings)
    service       text,
    frequency     integer NOT NULL,
    powa_coalesce integer NOT NULL DEFAULT 100,
    retention     interval NOT NULL,
    -- the data-source plugins to collect, NULL: every one the collector loads
    sources       text[],
    active        boolean NOT NULL DEFAULT true,
    registered_at timestamptz NOT NULL DEFAULT now(),
    CHECK (id = 0 OR port BETWEEN 1 AND 65535),
    CHECK (frequency = -1 OR frequency >= 1),
    CHECK (powa_coalesce >= 5),
    CHECK (retention > '0'::interval),
    UNIQUE (hostname, port, dbname)
);
CREATE SEQUENCE powa_server_id_seq OWNED BY powa_server.id;
ALTER TABLE powa_server ALTER COLUMN id SET DEFAULT nextval('powa_server_id_seq');
INSERT INTO powa_server (id, hostname, port, alias, username, dbname, frequency, retention)
VALUES (0, '<local>', 0, '<local>', current_user, current_database(), 300, '1 day');

-- What the collector last did for each server (written by powa-collector).
CREATE TABLE powa_server_status (
    srvid         integer PRIMARY KEY REFERENCES powa_server (id) ON DELETE CASCADE,
    collector     text NOT NULL,
    state         text NOT NULL,
    last_snapshot timestamptz,
    last_duration_ms double precision,
    last_error    text,
    last_error_at timestamptz,
    -- state 'stalled': since when the server's snapshots have been hitting
    -- their time limits (no answer, a lock or statement timeout).
    stalled_since timestamptz,
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE VIEW powa_servers AS
    SELECT s.id, s.alias, s.hostname, s.port, s.username, s.dbname, s.service,
           s.frequency, s.powa_coalesce, s.retention, s.sources, s.active,
           st.collector, st.state, st.last_snapshot, st.last_duration_ms,
           st.last_error, st.last_error_at, st.stalled_since, st.updated_at AS status_at
      FROM powa_server s
      LEFT JOIN powa_server_status st ON st.srvid = s.id
     ORDER BY s.id;

CREATE FUNCTION powa_check_server(_server powa_server) RETURNS void
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

-- PoWA's parameters password and extensions come after powa's own (call
-- them by name, as PoWA's documentation does).
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
CREATE FUNCTION powa_configure_server(_srvid integer, _data json) RETURNS boolean
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

CREATE FUNCTION powa_activate_server(_srvid integer, _active boolean DEFAULT true) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
    IF _srvid = 0 THEN
        RAISE EXCEPTION 'server 0 is the local server: the powa worker collects it';
    END IF;
    UPDATE powa_server SET active = _active WHERE id = _srvid;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no server %', _srvid;
    END IF;
    PERFORM pg_notify('powa_collector', 'RELOAD');
    RETURN true;
END
$$;

CREATE FUNCTION powa_deactivate_server(_srvid integer) RETURNS boolean
LANGUAGE sql AS $$ SELECT powa_activate_server(_srvid, false) $$;

-- The partitions holding server `_srvid`'s rows, of every table partitioned
-- by server id.
CREATE FUNCTION powa_server_partitions(_srvid integer) RETURNS SETOF regclass
LANGUAGE sql STABLE AS $$
    SELECT i.inhrelid::regclass
      FROM pg_partitioned_table pt
      JOIN pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = pt.partattrs[0]
      JOIN pg_inherits i ON i.inhparent = pt.partrelid
      JOIN pg_class c ON c.oid = i.inhrelid
     WHERE pt.partstrat = 'l' AND a.attname = 'srvid'
       AND pg_get_expr(c.relpartbound, c.oid) = format('FOR VALUES IN (%s)', _srvid)
$$;

-- Forgets a server and everything collected from it: its partitions are
-- dropped (no row-by-row delete, no bloat left behind).
CREATE FUNCTION powa_delete_and_purge_server(_srvid integer) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    _partition regclass;
BEGIN
    IF _srvid = 0 THEN
        RAISE EXCEPTION 'server 0 is the local server: it cannot be deleted';
    END IF;
    PERFORM 1 FROM powa_server WHERE id = _srvid FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no server %', _srvid;
    END IF;
    FOR _partition IN SELECT powa_server_partitions(_srvid) LOOP
        EXECUTE format('DROP TABLE %s', _partition);
    END LOOP;
    DELETE FROM powa_snapshots WHERE srvid = _srvid;
    DELETE FROM powa_functions WHERE srvid = _srvid;
    DELETE FROM powa_server WHERE id = _srvid;
    PERFORM pg_notify('powa_collector', 'RELOAD');
    RETURN true;
END
$$;
