-- Added in powa 0.4.0: the roles (powa--0.3.0--0.4.0.sql holds this file
-- verbatim, then gives an existing repository's plugin objects to
-- powa_write_all_data). Run last (finalize): it grants every function of the
-- extension, pgrx's included.
--
--   powa_read_all_metrics  every metric and history, no query text nor
--                          predicate constant
--   powa_read_all_data     that, texts and constants included
--   powa_write_all_data    what the worker and powa-collector write, and
--                          the role plugins run as: owns the plugins'
--                          tables and functions
--   powa_admin             registers and configures servers, enables
--                          sources, forces snapshots
--
-- Roles belong to the cluster: a second database's CREATE EXTENSION finds
-- them, and DROP EXTENSION leaves them.
DO $roles$
DECLARE
    _role text;
BEGIN
    FOREACH _role IN ARRAY ARRAY['powa_read_all_metrics', 'powa_read_all_data',
                                 'powa_write_all_data', 'powa_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = _role) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', _role);
        END IF;
    END LOOP;
END
$roles$;
DO $members$
DECLARE
    _member record;
BEGIN
    FOR _member IN
        SELECT * FROM (VALUES ('powa_read_all_data', 'powa_read_all_metrics'),
                              ('powa_write_all_data', 'powa_read_all_metrics'),
                              ('powa_admin', 'powa_read_all_data'),
                              ('powa_admin', 'powa_write_all_data'),
                              -- the worker reads the local server's
                              -- statistics and settings as that role
                              ('powa_write_all_data', 'pg_read_all_stats'),
                              ('powa_write_all_data', 'pg_read_all_settings')) AS m (member, of_role)
    LOOP
        -- GRANT of a membership that exists says so: only the missing ones.
        IF NOT pg_catalog.pg_has_role(_member.member, _member.of_role, 'MEMBER') THEN
            EXECUTE format('GRANT %I TO %I', _member.of_role, _member.member);
        END IF;
    END LOOP;
END
$members$;

-- Nothing runs by default: every function of the extension loses PUBLIC's
-- EXECUTE, then each is granted to the least role that needs it (a
-- function missing below runs for superusers only, and the permission
-- matrix test, e2e/tests/roles.rs, names it).
DO $revoke$
DECLARE
    _function regprocedure;
BEGIN
    FOR _function IN
        SELECT d.objid::regprocedure
          FROM pg_catalog.pg_depend d
          JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'powa'
         WHERE d.classid = 'pg_catalog.pg_proc'::regclass
           AND d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.deptype = 'e'
    LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', _function);
    END LOOP;
END
$revoke$;

DO $grant$
DECLARE
    _grant record;
    _function regprocedure;
BEGIN
    FOR _grant IN
        SELECT * FROM (VALUES
            -- the counter history's arithmetic (pure) and what the pages read
            ('powa_counter_rows', 'powa_read_all_metrics'),
            ('powa_history_rows', 'powa_read_all_metrics'),
            ('powa_history_sample', 'powa_read_all_metrics'),
            ('powa_packed_rows', 'powa_read_all_metrics'),
            ('powa_packed_sample', 'powa_read_all_metrics'),
            ('powa_int8_went_down', 'powa_read_all_metrics'),
            ('powa_float8_went_down', 'powa_read_all_metrics'),
            ('powa_int8_difference', 'powa_read_all_metrics'),
            ('powa_float8_difference', 'powa_read_all_metrics'),
            ('powa_int8_negated', 'powa_read_all_metrics'),
            ('powa_float8_negated', 'powa_read_all_metrics'),
            ('powa_int8_sum_segments', 'powa_read_all_metrics'),
            ('powa_float8_sum_segments', 'powa_read_all_metrics'),
            ('powa_archive_usage', 'powa_read_all_metrics'),
            ('powa_archive_last_failure', 'powa_read_all_metrics'),
            ('powa_configured_plugins', 'powa_read_all_metrics'),
            ('powa_stat_extensions', 'powa_read_all_metrics'),
            ('powa_server_partitions', 'powa_read_all_metrics'),
            -- a coalesce packs staged rows (the worker, powa-collector)
            ('powa_pack_history', 'powa_write_all_data'),
            ('powa_pack_staged', 'powa_write_all_data'),
            ('powa_pack_int8', 'powa_write_all_data'),
            ('powa_pack_float8', 'powa_write_all_data'),
            -- servers, keys, forced snapshots
            ('powa_register_server', 'powa_admin'),
            ('powa_configure_server', 'powa_admin'),
            ('powa_activate_server', 'powa_admin'),
            ('powa_deactivate_server', 'powa_admin'),
            ('powa_delete_and_purge_server', 'powa_admin'),
            ('powa_check_server', 'powa_admin'),
            ('powa_set_collector_key', 'powa_admin'),
            ('powa_collector_public_key', 'powa_admin'),
            ('powa_check_public_key', 'powa_admin'),
            ('powa_seal', 'powa_admin'),
            ('powa_take_snapshot', 'powa_admin'),
            ('powa_coalesce', 'powa_admin'),
            ('powa_purge', 'powa_admin')
            -- powa_functions_check and powa_note_dropped_extensions are
            -- triggers: nobody calls them.
        ) AS g (function_name, role_name)
    LOOP
        FOR _function IN
            SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
             WHERE p.proname = _grant.function_name
               AND p.pronamespace = '@extschema@'::regnamespace
        LOOP
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', _function, _grant.role_name);
        END LOOP;
    END LOOP;
END
$grant$;

-- The extension's tables and views: every role reads what describes the
-- system; the worker and the collectors write their state; an admin writes
-- the servers and the sources' catalog.
GRANT SELECT ON powa_plugin_state, powa_plugin_error_log, powa_walker_position,
                powa_walker_gaps, powa_functions, powa_snapshots, powa_schema_migrations,
                powa_sql_source_state, powa_dropped_extensions, powa_server_status,
                powa_collector_key, powa_plugins, powa_plugin_errors, powa_sql_sources,
                powa_servers
   TO powa_read_all_metrics;
-- A server's sealed password: for the collectors, who open it.
GRANT SELECT (id, hostname, port, alias, username, dbname, service, frequency,
              powa_coalesce, retention, sources, active, registered_at, extensions)
   ON powa_server TO powa_read_all_metrics;
GRANT SELECT ON powa_server TO powa_write_all_data;
GRANT INSERT, UPDATE, DELETE ON powa_plugin_state, powa_plugin_error_log,
                                powa_walker_position, powa_walker_gaps, powa_snapshots,
                                powa_schema_migrations, powa_sql_source_state,
                                powa_dropped_extensions, powa_server_status
   TO powa_write_all_data;
GRANT USAGE ON SEQUENCE powa_plugin_error_log_id_seq TO powa_write_all_data;
-- The worker and the collectors keep their plugins' rows of the sources'
-- catalog; naming an SQL function to call (function_name) or enabling a
-- source is an admin's act.
GRANT INSERT (srvid, module, operation, entry_point, extension, added_manually),
      UPDATE (entry_point, extension), DELETE
   ON powa_functions TO powa_write_all_data;
GRANT INSERT, UPDATE, DELETE ON powa_functions, powa_server, powa_collector_key TO powa_admin;
GRANT USAGE ON SEQUENCE powa_server_id_seq TO powa_admin;

-- What the worker and the collectors make at run time (the plugins' tables
-- and reading functions) belongs to powa_write_all_data: they run plugins
-- as that role (powa_host::BEGIN_AS_WRITER, the worker's AsWriter), so any
-- of them, superuser or not, can migrate it, and readers get it here. A table holding texts
-- narrows this grant to its other columns (powa_core::schema::private_columns_sql);
-- a partition is read through its parent only (schema::partition_sql).
ALTER DEFAULT PRIVILEGES FOR ROLE powa_write_all_data REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE powa_write_all_data
    GRANT EXECUTE ON FUNCTIONS TO powa_read_all_metrics;
ALTER DEFAULT PRIVILEGES FOR ROLE powa_write_all_data
    GRANT SELECT ON TABLES TO powa_read_all_metrics;
GRANT CREATE ON SCHEMA @extschema@ TO powa_write_all_data;

-- An SQL data source runs as its function's owner: only a role that may
-- already act as that owner names it, so registering a superuser's
-- function takes a superuser.
CREATE FUNCTION powa_functions_check_owner() RETURNS trigger
LANGUAGE plpgsql AS $check$
DECLARE
    _owner regrole;
BEGIN
    IF NEW.function_name IS NULL
       OR (TG_OP = 'UPDATE' AND NEW.function_name IS NOT DISTINCT FROM OLD.function_name) THEN
        RETURN NEW;
    END IF;
    FOR _owner IN
        SELECT p.proowner::regrole FROM pg_catalog.pg_proc p
         WHERE p.oid IN (to_regprocedure(NEW.function_name || '()'),
                         to_regprocedure(NEW.function_name || '(integer)'))
    LOOP
        IF NOT pg_catalog.pg_has_role(current_user, _owner, 'USAGE') THEN
            RAISE EXCEPTION 'powa_functions: % may not register "%": the worker calls it as its owner %, a role % cannot act as',
                current_user, NEW.function_name, _owner, current_user
                USING ERRCODE = 'insufficient_privilege',
                      HINT = 'Register it as ' || _owner::text || ' (or a superuser), or register a function of your own.';
        END IF;
    END LOOP;
    RETURN NEW;
END
$check$;
REVOKE ALL ON FUNCTION powa_functions_check_owner() FROM PUBLIC;
CREATE TRIGGER powa_functions_check_owner BEFORE INSERT OR UPDATE ON powa_functions
    FOR EACH ROW EXECUTE FUNCTION powa_functions_check_owner();
