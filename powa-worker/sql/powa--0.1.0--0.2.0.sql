-- powa 0.1.0 to 0.2.0. A fresh 0.2.0 install gets the same from sql/added-0.2.0.sql;
-- e2e/tests/upgrade.rs checks that both catalogs are equal.
\echo Use "ALTER EXTENSION powa UPDATE TO '0.2.0'" to load this file. \quit

-- The schema version of each plugin's repository tables (a data source's
-- history tables are named after its prefix): one row per step, written by
-- the plugin's startup when it makes or migrates them (powa_core::schema).
CREATE TABLE powa_schema_migrations (
    component   text NOT NULL,
    version     integer NOT NULL,
    description text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (component, version)
);

-- The error log names the server: powa-collector records its sources'
-- failures there too (0 is the local server, the worker's).
ALTER TABLE powa_plugin_error_log ADD COLUMN srvid integer NOT NULL DEFAULT 0;
CREATE OR REPLACE VIEW powa_plugin_errors AS
    SELECT plugin, operation, message, at, srvid
      FROM powa_plugin_error_log
     ORDER BY id DESC;

-- pg_dump saves the rows of an extension's tables only when they are marked
-- so: without this a dump of the repository would restore its history
-- without the servers, catalog and records it belongs to. Status tables the
-- worker and the collector rewrite (powa_plugin_state, powa_server_status)
-- are left out, as is server 0, which CREATE EXTENSION makes.
SELECT pg_catalog.pg_extension_config_dump('powa_server', 'WHERE id <> 0');
SELECT pg_catalog.pg_extension_config_dump('powa_server_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('powa_functions', '');
SELECT pg_catalog.pg_extension_config_dump('powa_snapshots', '');
SELECT pg_catalog.pg_extension_config_dump('powa_plugin_error_log', '');
SELECT pg_catalog.pg_extension_config_dump('powa_plugin_error_log_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('powa_walker_position', '');
SELECT pg_catalog.pg_extension_config_dump('powa_walker_gaps', '');
SELECT pg_catalog.pg_extension_config_dump('powa_schema_migrations', '');
