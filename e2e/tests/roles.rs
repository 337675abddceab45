//! powa's roles (README, "Security"): each can do what its row of the
//! matrix says and gets `permission denied` for the rest. The functions and
//! relations are read from the catalog (those of the extension and those
//! its plugins made, everything in the powa database's schema outside the
//! other extensions), so a new function or table nobody decided about fails
//! the test. Then a worker and a collector that are not superusers collect
//! every source that documents its needs.

use anyhow::{bail, ensure, Context, Result};
use powa_e2e::collector::{collector_check, collector_config_as, CollectorProcess};
use powa_e2e::{wait_for, Cluster, PgInstall, StopMode};
use std::collections::BTreeMap;
use std::fs;
use std::time::Duration;

/// The least of powa's roles that may read a relation or run a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    Metrics,
    /// Texts and constants: powa_read_all_data.
    Data,
    Write,
    Admin,
    /// Triggers: called by no role.
    Nobody,
}

/// The test's login roles, one per powa role, and one with none.
const ROLES: [(&str, Option<&str>); 5] = [
    ("m_public", None),
    ("m_metrics", Some("powa_read_all_metrics")),
    ("m_data", Some("powa_read_all_data")),
    ("m_write", Some("powa_write_all_data")),
    ("m_admin", Some("powa_admin")),
];

/// Whether the test role `role` passes `level`. powa_write_all_data owns
/// what plugins make (so it reads texts, and partitions); powa_admin is a
/// member of both other roles.
fn allowed(role: &str, level: Level) -> bool {
    match level {
        Level::Metrics => role != "m_public",
        Level::Data => matches!(role, "m_data" | "m_write" | "m_admin"),
        Level::Write => matches!(role, "m_write" | "m_admin"),
        Level::Admin => role == "m_admin",
        Level::Nobody => false,
    }
}

/// The extension's functions, as added-0.4.0.sql grants them.
fn extension_function(name: &str) -> Option<Level> {
    Some(match name {
        "powa_counter_rows"
        | "powa_history_rows"
        | "powa_history_sample"
        | "powa_packed_rows"
        | "powa_packed_sample"
        | "powa_int8_went_down"
        | "powa_float8_went_down"
        | "powa_int8_difference"
        | "powa_float8_difference"
        | "powa_int8_negated"
        | "powa_float8_negated"
        | "powa_int8_sum_segments"
        | "powa_float8_sum_segments"
        | "powa_archive_usage"
        | "powa_archive_last_failure"
        | "powa_configured_plugins"
        | "powa_stat_extensions"
        | "powa_server_partitions" => Level::Metrics,
        "powa_pack_history" | "powa_pack_staged" | "powa_pack_int8" | "powa_pack_float8" => {
            Level::Write
        }
        "powa_register_server"
        | "powa_configure_server"
        | "powa_activate_server"
        | "powa_deactivate_server"
        | "powa_delete_and_purge_server"
        | "powa_check_server"
        | "powa_set_collector_key"
        | "powa_collector_public_key"
        | "powa_check_public_key"
        | "powa_seal"
        | "powa_take_snapshot"
        | "powa_coalesce"
        | "powa_purge" => Level::Admin,
        "powa_functions_check" | "powa_functions_check_owner" | "powa_note_dropped_extensions" => {
            Level::Nobody
        }
        _ => return None,
    })
}

/// Functions the plugins make that read texts or constants (a reader of
/// metrics gets `permission denied for table`); every other one of theirs
/// reads metrics.
const PLUGIN_FUNCTIONS_READING_TEXTS: [&str; 3] = [
    "powa_statements_deltas",
    "powa_qualstats_deltas",
    "powa_index_suggestions",
];

/// The extension's relations: all read by powa_read_all_metrics, but for
/// the columns it may not read, which need the level given.
fn extension_relation(name: &str) -> Option<(&'static [&'static str], Level)> {
    Some(match name {
        // The sealed password is the collectors' to open.
        "powa_server" => (&["password_sealed", "password_key"], Level::Write),
        "powa_plugin_state"
        | "powa_plugin_error_log"
        | "powa_walker_position"
        | "powa_walker_gaps"
        | "powa_functions"
        | "powa_snapshots"
        | "powa_schema_migrations"
        | "powa_sql_source_state"
        | "powa_dropped_extensions"
        | "powa_server_status"
        | "powa_collector_key"
        | "powa_plugins"
        | "powa_plugin_errors"
        | "powa_sql_sources"
        | "powa_servers" => (&[], Level::Metrics),
        _ => return None,
    })
}

/// Plugin tables holding texts: the columns a reader of metrics may not
/// read (powa_read_all_data reads them).
fn plugin_private_columns(name: &str) -> (&'static [&'static str], Level) {
    match name {
        "powa_statements" => (&["query"], Level::Data),
        "powa_qualstats_quals" => (&["constvalue"], Level::Data),
        _ => (&[], Level::Metrics),
    }
}

/// Plugins that run in the worker only (the WAL plugins, powa's own wait
/// sampler): not for a collector.
const WORKER_ONLY: [&str; 3] = ["garbagemap", "powa_wal_records", "powa_wait_sampling"];

/// The data sources of this install, and the libraries they need preloaded
/// and the extensions created: every plugin whose needs a non-superuser
/// meets (pg_read_all_stats, REPLICATION for the WAL plugins).
struct Sources {
    plugins: Vec<&'static str>,
    preload: Vec<&'static str>,
    extensions: Vec<&'static str>,
}

fn sources(install: &PgInstall) -> Sources {
    let mut sources = Sources {
        plugins: vec![
            "powa_stat_statements",
            "powa_stat_database",
            "powa_stat_bgwriter",
            "powa_stat_wal",
            "powa_stat_io",
            "powa_stat_tables",
            "powa_stat_indexes",
            "powa_stat_archiver",
            "powa_track_settings",
            "powa_wait_sampling",
            "powa_wal_records",
            "garbagemap",
        ],
        preload: vec!["pg_stat_statements"],
        extensions: vec!["pg_stat_statements"],
    };
    // Debian's 15 has the stat extensions; the embedded 18 has none.
    if install.major < 18 {
        sources.plugins.extend([
            "powa_stat_kcache",
            "powa_qualstats",
            "powa_pg_wait_sampling",
        ]);
        sources
            .preload
            .extend(["pg_stat_kcache", "pg_qualstats", "pg_wait_sampling"]);
        sources.extensions.extend([
            "pg_stat_kcache",
            "pg_qualstats",
            "pg_wait_sampling",
            "pg_track_settings",
        ]);
    }
    sources
}

/// A cluster with powa and `sources`, its worker connecting as `worker_role`
/// (made before the worker starts, as a DBA would) or as the bootstrap
/// superuser, snapshotting every `frequency`.
fn cluster(
    name: &str,
    sources: &Sources,
    worker_role: Option<&str>,
    frequency: &str,
) -> Result<Cluster> {
    let install = PgInstall::from_env()?;
    let mut cluster = Cluster::init(&install, name)?;
    cluster.start()?;
    cluster.execute("postgres", "CREATE DATABASE powa")?;
    cluster.execute("powa", "CREATE EXTENSION powa")?;
    if let Some(role) = worker_role {
        cluster.execute(
            "powa",
            &format!(
                "CREATE ROLE {role} LOGIN REPLICATION IN ROLE powa_write_all_data, pg_read_all_stats"
            ),
        )?;
        cluster.set_conf("powa.role", role)?;
    }
    cluster.stop(StopMode::Fast)?;
    cluster.set_conf(
        "shared_preload_libraries",
        &format!("powa, {}", sources.preload.join(", ")),
    )?;
    cluster.set_conf("walker.plugins", &sources.plugins.join(", "))?;
    cluster.set_conf("pg_qualstats.sample_rate", "1")?;
    cluster.set_conf("powa.frequency", frequency)?;
    cluster.start()?;
    for extension in &sources.extensions {
        cluster.execute(
            "powa",
            &format!("CREATE EXTENSION IF NOT EXISTS {extension}"),
        )?;
    }
    cluster.execute(
        "powa",
        "CREATE TABLE roles_t (id int PRIMARY KEY, v int);
         INSERT INTO roles_t SELECT g, g FROM generate_series(1, 1000) g;
         SELECT count(*) FROM roles_t WHERE v = 10;",
    )?;
    Ok(cluster)
}

/// What the catalog holds of powa's and its plugins': every function and
/// relation of the powa database's schema that no other extension owns.
struct Object {
    /// `regprocedure` or `regclass` text.
    name: String,
    /// Its bare name.
    bare: String,
    member: bool,
    owner: String,
    /// A relation: a partition; a function: the arguments as
    /// `(SELECT NULL::type)` (a constant NULL would let the planner fold a
    /// strict function's call away, privileges unchecked).
    partition: bool,
    arguments: String,
}

fn objects(client: &mut postgres::Client, functions: bool) -> Result<Vec<Object>> {
    let sql = if functions {
        "SELECT p.oid::regprocedure::text, p.proname::text, p.proowner::regrole::text,
                coalesce((SELECT string_agg(format('(SELECT NULL::%s)', format_type(t, NULL)), ', ' ORDER BY i)
                            FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY a(t, i)), ''),
                false, p.oid, 'pg_proc'::regclass::oid
           FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace"
    } else {
        "SELECT c.oid::regclass::text, c.relname::text, c.relowner::regrole::text, '',
                c.relispartition, c.oid, 'pg_class'::regclass::oid
           FROM pg_class c
          WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
            AND c.relname <> 'roles_t'"
    };
    let sql = format!(
        "SELECT o.*, EXISTS (SELECT 1 FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                              WHERE d.classid = o.catalog AND d.objid = o.oid AND d.deptype = 'e'
                                AND e.extname = 'powa')
           FROM ({sql}) o (name, bare, owner, arguments, partition, oid, catalog)
          WHERE NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                             WHERE d.classid = o.catalog AND d.objid = o.oid AND d.deptype = 'e'
                               AND e.extname <> 'powa')
          ORDER BY 1"
    );
    Ok(client
        .query(&sql, &[])?
        .iter()
        .map(|row| Object {
            name: row.get(0),
            bare: row.get(1),
            owner: row.get(2),
            arguments: row.get(3),
            partition: row.get(4),
            member: row.get(7),
        })
        .collect())
}

/// Runs `sql` as `role` in a transaction rolled back: None when it ran (or
/// failed for another reason than privileges), the error when permission was
/// denied.
fn attempt(client: &mut postgres::Client, role: &str, sql: &str) -> Result<Option<String>> {
    let mut transaction = client.transaction()?;
    transaction.batch_execute(&format!(
        "SET LOCAL ROLE {role}; SET LOCAL statement_timeout = '20s'"
    ))?;
    let outcome = match transaction.batch_execute(sql) {
        Ok(()) => None,
        Err(error) => match error.as_db_error() {
            Some(db) if db.code() == &postgres::error::SqlState::INSUFFICIENT_PRIVILEGE => {
                Some(db.message().to_owned())
            }
            Some(db) if db.code() == &postgres::error::SqlState::QUERY_CANCELED => {
                bail!("{sql} as {role} ran 20 s")
            }
            Some(_) => None,
            None => return Err(error).context(format!("{sql} as {role}")),
        },
    };
    transaction.rollback()?;
    Ok(outcome)
}

/// Runs `sql` as `role` ([`attempt`]) and notes in `wrong` when it was
/// denied though `expected` (or ran though not), `what` naming the act.
fn expect(
    wrong: &mut Vec<String>,
    client: &mut postgres::Client,
    role: &str,
    sql: &str,
    expected: bool,
    what: &str,
) -> Result<()> {
    let denied = attempt(client, role, sql)?;
    if denied.is_some() == expected {
        wrong.push(match denied {
            Some(message) => format!("{role} was denied {what}: {message}"),
            None => format!("{role} may not, but did: {what}"),
        });
    }
    Ok(())
}

#[test]
fn each_role_does_what_its_row_says_and_is_denied_the_rest() -> Result<()> {
    let install = PgInstall::from_env()?;
    let sources = sources(&install);
    let cluster = cluster("roles-matrix", &sources, None, "-1")?;
    // The plugins make their tables and functions when they start: the
    // data sources at a snapshot, the WAL plugins in the worker.
    cluster.execute("powa", "SELECT powa_take_snapshot()")?;
    wait_for("the WAL plugins' startup", Duration::from_secs(60), || {
        Ok(cluster.query_i64(
            "powa",
            "SELECT count(*) FROM pg_class WHERE relname IN ('garbagemap', 'powa_wal_records_current')",
        )? == 2)
    })
    .with_context(|| cluster.log_tail(30))?;
    for (role, member_of) in ROLES {
        let grant = member_of
            .map(|r| format!(" IN ROLE {r}"))
            .unwrap_or_default();
        cluster.execute("powa", &format!("CREATE ROLE {role} LOGIN{grant}"))?;
    }
    let mut client = cluster.connect("powa")?;
    let mut wrong = Vec::new();
    let mut checked = BTreeMap::new();

    let functions = objects(&mut client, true)?;
    ensure!(
        functions.len() > 100,
        "too few functions: {}",
        functions.len()
    );
    for function in &functions {
        let level = if function.member {
            extension_function(&function.bare)
        } else if function.owner == "powa_write_all_data" {
            Some(
                if PLUGIN_FUNCTIONS_READING_TEXTS.contains(&function.bare.as_str()) {
                    Level::Data
                } else {
                    Level::Metrics
                },
            )
        } else {
            None
        };
        let Some(level) = level else {
            wrong.push(format!(
                "function {} (owner {}) has no row in the matrix: grant it in the SQL \
                 (an extension function) or make it in a plugin's startup (owned by \
                 powa_write_all_data), and add it here",
                function.name, function.owner
            ));
            continue;
        };
        let call = format!(
            "SELECT public.\"{}\"({})",
            function.bare, function.arguments
        );
        for (role, _) in ROLES {
            let what = format!("running {} ({level:?})", function.name);
            expect(
                &mut wrong,
                &mut client,
                role,
                &call,
                allowed(role, level),
                &what,
            )?;
        }
        *checked.entry(format!("{level:?} functions")).or_insert(0) += 1;
    }

    let relations = objects(&mut client, false)?;
    for relation in &relations {
        let (level, private, private_level): (Level, &[&str], Level) = if relation.member {
            match extension_relation(&relation.bare) {
                Some((private, private_level)) => (Level::Metrics, private, private_level),
                None => {
                    wrong.push(format!(
                        "relation {} has no row in the matrix",
                        relation.name
                    ));
                    continue;
                }
            }
        } else if relation.owner == "powa_write_all_data" {
            if relation.partition {
                // Read through the parent only: by its owner's members.
                (Level::Write, &[], Level::Write)
            } else {
                let (private, private_level) = plugin_private_columns(&relation.bare);
                (Level::Metrics, private, private_level)
            }
        } else {
            wrong.push(format!(
                "relation {} (owner {}) has no row in the matrix: make it in a plugin's \
                 startup (owned by powa_write_all_data) or in the extension's SQL",
                relation.name, relation.owner
            ));
            continue;
        };
        let readable: Vec<String> = client
            .query(
                "SELECT quote_ident(attname) FROM pg_attribute
                  WHERE attrelid = $1::text::regclass AND attnum > 0 AND NOT attisdropped
                    AND attname::text <> ALL ($2) ORDER BY attnum",
                &[
                    &relation.name,
                    &private.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
                ],
            )?
            .iter()
            .map(|row| row.get(0))
            .collect();
        // Every column: the private ones need their own level.
        let all_level = if private.is_empty() {
            level
        } else {
            private_level
        };
        for (role, _) in ROLES {
            let expected_all = allowed(role, all_level);
            let every_column = format!("SELECT * FROM {} LIMIT 0", relation.name);
            let what = format!("reading every column of {}", relation.name);
            expect(
                &mut wrong,
                &mut client,
                role,
                &every_column,
                expected_all,
                &what,
            )?;
            if !private.is_empty() {
                let others = format!(
                    "SELECT {} FROM {} LIMIT 0",
                    readable.join(", "),
                    relation.name
                );
                let what = format!("reading the columns of {} but {private:?}", relation.name);
                expect(
                    &mut wrong,
                    &mut client,
                    role,
                    &others,
                    allowed(role, level),
                    &what,
                )?;
            }
        }
        *checked.entry(format!("{level:?} relations")).or_insert(0) += 1;
    }
    ensure!(
        relations.iter().any(|r| r.bare == "powa_statements")
            && relations.iter().any(|r| r.bare == "powa_statements_srv0"),
        "the statements' keys table and its partition were not made: {:?}",
        relations.iter().map(|r| &r.name).collect::<Vec<_>>()
    );

    // Writes: the worker's and the collectors' state; the servers and the
    // sources' catalog are an admin's.
    let writes: [(&str, Level); 6] = [
        (
            "INSERT INTO powa_snapshots (srvid, ts, sources, failed, duration_ms) VALUES (0, now(), 0, 0, 0)",
            Level::Write,
        ),
        (
            "INSERT INTO powa_functions (module, operation, entry_point, added_manually)
             VALUES ('m', 'snapshot', 'lib: snapshot', false)",
            Level::Write,
        ),
        ("UPDATE powa_functions SET enabled = false", Level::Admin),
        ("UPDATE powa_server SET frequency = 60 WHERE id = 0", Level::Admin),
        ("INSERT INTO powa_collector_key (public_key) VALUES ('k')", Level::Admin),
        // An SQL data source naming a function of the role's own.
        (
            "CREATE FUNCTION pg_temp.own_snapshot(integer) RETURNS void LANGUAGE sql AS '';
             INSERT INTO powa_functions (module, operation, function_name)
             VALUES ('own', 'snapshot', 'pg_temp.own_snapshot')",
            Level::Admin,
        ),
    ];
    for (sql, level) in writes {
        for (role, _) in ROLES {
            let what = format!("`{sql}`");
            expect(
                &mut wrong,
                &mut client,
                role,
                sql,
                allowed(role, level),
                &what,
            )?;
        }
    }
    // No role but a superuser names a superuser's function: the worker
    // would call it as its owner.
    let denied = attempt(
        &mut client,
        "m_admin",
        "INSERT INTO powa_functions (module, operation, function_name)
         VALUES ('reload', 'snapshot', 'pg_reload_conf')",
    )?
    .context("powa_admin registered a superuser's function as an SQL data source")?;
    ensure!(
        denied.contains("the worker calls it as its owner"),
        "unexpected refusal: {denied}"
    );

    ensure!(
        wrong.is_empty(),
        "the permission matrix is broken:\n{}",
        wrong.join("\n")
    );

    // A member of powa_write_all_data owns the plugins' tables and may put
    // a trigger on one: a superuser's snapshot runs it as
    // powa_write_all_data, not as the superuser.
    client.batch_execute(
        "SET ROLE m_write;
         CREATE TABLE trigger_log (ran_as text, superuser boolean);
         GRANT INSERT ON trigger_log TO PUBLIC;
         CREATE FUNCTION trigger_spy() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             INSERT INTO trigger_log
             SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user;
             RETURN NULL;
         END $$;
         CREATE TRIGGER spy AFTER INSERT ON powa_databases_src
             FOR EACH STATEMENT EXECUTE FUNCTION trigger_spy();
         RESET ROLE;
         SELECT powa_take_snapshot();",
    )?;
    let ran = cluster.query_rows("powa", "SELECT ran_as, superuser::text FROM trigger_log")?;
    ensure!(
        !ran.is_empty()
            && ran.iter().all(|row| row
                == &[
                    Some("powa_write_all_data".to_owned()),
                    Some("false".to_owned())
                ]),
        "a writer's trigger ran during a superuser's snapshot as: {ran:?}"
    );
    println!("checked: {checked:?}");
    ensure!(
        checked.get("Data functions").copied().unwrap_or(0) >= 1
            && checked.get("Admin functions").copied().unwrap_or(0) >= 10
            && checked.get("Write relations").copied().unwrap_or(0) >= 10,
        "the matrix covered too little: {checked:?}"
    );
    Ok(())
}

/// The sources whose snapshots failed in the last cycle of `srvid`, with
/// their errors, or None while no cycle ran.
fn last_cycle(cluster: &Cluster, srvid: i32) -> Result<Option<(i64, String)>> {
    let rows = cluster.query_rows(
        "powa",
        &format!(
            "SELECT failed::text, errors::text FROM powa_snapshots
              WHERE srvid = {srvid} ORDER BY ts DESC LIMIT 1"
        ),
    )?;
    Ok(rows.first().map(|row| {
        (
            row[0].as_deref().unwrap_or("0").parse().unwrap_or(-1),
            row[1].clone().unwrap_or_default(),
        )
    }))
}

#[test]
fn a_worker_and_a_collector_without_superuser_collect_every_source() -> Result<()> {
    let install = PgInstall::from_env()?;
    let sources = sources(&install);
    let cluster = cluster("roles-unprivileged", &sources, Some("powa_worker"), "2s")?;
    // The worker's role is no superuser, and its cycles fail nothing.
    wait_for(
        "two snapshots of the worker",
        Duration::from_secs(60),
        || {
            Ok(cluster.query_i64(
                "powa",
                "SELECT count(*) FROM powa_snapshots WHERE srvid = 0",
            )? >= 2)
        },
    )
    .with_context(|| cluster.log_tail(30))?;
    let (failed, errors) = last_cycle(&cluster, 0)?.context("a worker's cycle")?;
    ensure!(
        failed == 0,
        "the worker's sources failed as powa_worker: {errors}"
    );
    let plugins = cluster.query_rows(
        "powa",
        "SELECT name, status, coalesce(last_error, '') FROM powa_plugins
          WHERE status <> 'loaded' OR last_error IS NOT NULL",
    )?;
    ensure!(
        plugins.is_empty(),
        "plugins not ok under powa_worker: {plugins:?}"
    );
    let superuser = cluster.query_text(
        "powa",
        "SELECT usesuper::text FROM pg_stat_activity a JOIN pg_user u ON u.usename = a.usename
          WHERE a.backend_type = 'powa worker'",
    )?;
    ensure!(
        superuser.as_deref() == Some("false"),
        "the worker does not run as powa_worker (superuser: {superuser:?})"
    );
    // Statement texts collected under pg_read_all_stats, not hidden.
    let hidden = cluster.query_i64(
        "powa",
        "SELECT count(*) FROM powa_statements WHERE query = '<insufficient privilege>'",
    )?;
    ensure!(
        hidden == 0,
        "{hidden} statement texts were hidden from powa_worker"
    );

    // powa-collector: the repository as powa_write_all_data, the monitored
    // server (this one again, as a remote server) as pg_monitor.
    cluster.execute(
        "powa",
        "CREATE ROLE collector LOGIN IN ROLE powa_write_all_data;
         CREATE ROLE monitor LOGIN IN ROLE pg_monitor;",
    )?;
    let srvid = cluster
        .query_text(
            "powa",
            &format!(
                "SELECT powa_register_server(hostname => '127.0.0.1', port => {}, alias => 'self',
                        username => 'monitor', dbname => 'powa', frequency => 1)",
                cluster.port()
            ),
        )?
        .context("a server id")?;
    let srvid: i32 = srvid.parse()?;
    let dir = cluster.server_dir("collector")?;
    let remote_plugins: Vec<&str> = sources
        .plugins
        .iter()
        .copied()
        .filter(|p| !WORKER_ONLY.contains(p))
        .collect();
    let config = dir.join("collector.toml");
    fs::write(
        &config,
        collector_config_as(
            &cluster,
            "collector",
            &install.pkglibdir,
            &remote_plugins.join(", "),
            "debug = true\n",
        ),
    )?;
    let collector = CollectorProcess::spawn(&dir, &config, &[])?;
    let waited = wait_for(
        "three snapshots of the collector",
        Duration::from_secs(60),
        || {
            Ok(cluster.query_i64(
                "powa",
                &format!("SELECT count(*) FROM powa_snapshots WHERE srvid = {srvid}"),
            )? >= 3)
        },
    );
    if let Err(error) = waited {
        bail!("{error}\ncollector log:\n{}", collector.log());
    }
    let (failed, errors) = last_cycle(&cluster, srvid)?.context("a collector's cycle")?;
    ensure!(
        failed == 0,
        "the collector's sources failed as collector/monitor: {errors}\n{}",
        collector.log()
    );
    let status = cluster.query_rows(
        "powa",
        &format!("SELECT state, coalesce(last_error, '') FROM powa_servers WHERE id = {srvid}"),
    )?;
    ensure!(
        status.first().and_then(|r| r[1].as_deref()) == Some(""),
        "the server has an error: {status:?}"
    );
    let hidden = cluster.query_i64(
        "powa",
        &format!(
            "SELECT count(*) FROM powa_statements
              WHERE srvid = {srvid} AND query = '<insufficient privilege>'"
        ),
    )?;
    ensure!(
        hidden == 0,
        "{hidden} statement texts were hidden from the monitor role"
    );
    // The same sources as the worker's (the WAL plugins aside): a source
    // whose extension is missing on this version is left out by both.
    let worker_only = format!("'{}'", WORKER_ONLY.join("', '"));
    let modules = |srvid: i32| {
        cluster.query_text(
            "powa",
            &format!(
                "SELECT string_agg(DISTINCT module, ', ') FROM powa_functions
                  WHERE srvid = {srvid} AND operation = 'snapshot'
                    AND module NOT IN ({worker_only})"
            ),
        )
    };
    let (local, remote) = (modules(0)?, modules(srvid)?);
    ensure!(
        local == remote && local.is_some(),
        "the collector registered {remote:?}, the worker {local:?}"
    );
    Ok(())
}

#[test]
fn a_role_outside_powa_write_all_data_is_told_what_to_grant() -> Result<()> {
    let install = PgInstall::from_env()?;
    let mut cluster = Cluster::init(&install, "roles-outsider")?;
    cluster.start()?;
    cluster.execute("postgres", "CREATE DATABASE powa")?;
    cluster.execute("powa", "CREATE EXTENSION powa")?;
    cluster.execute(
        "powa",
        "CREATE ROLE outsider LOGIN IN ROLE pg_read_all_stats;
         GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO outsider;
         GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO outsider;",
    )?;
    cluster.stop(StopMode::Fast)?;
    cluster.set_conf("shared_preload_libraries", "powa")?;
    cluster.set_conf("walker.plugins", "powa_stat_database")?;
    cluster.set_conf("powa.frequency", "1s")?;
    cluster.set_conf("powa.role", "outsider")?;
    cluster.start()?;
    // The worker: its plugin calls fail, each with the grant to make.
    let expected = "role \"outsider\" is not a member of powa_write_all_data";
    wait_for("the worker's refusal", Duration::from_secs(30), || {
        Ok(cluster.query_i64(
            "powa",
            &format!(
                "SELECT count(*) FROM powa_plugin_errors
                  WHERE plugin = 'powa_stat_database' AND strpos(message, '{expected}') > 0
                    AND strpos(message, 'GRANT powa_write_all_data TO \"outsider\"') > 0"
            ),
        )? > 0)
    })
    .with_context(|| {
        format!(
            "{:?}\n{}",
            cluster.query_rows("powa", "SELECT operation, message FROM powa_plugin_errors"),
            cluster.log_tail(20)
        )
    })?;
    // powa-collector refuses to start, and says the same.
    let dir = cluster.server_dir("collector")?;
    let config = dir.join("collector.toml");
    fs::write(
        &config,
        collector_config_as(
            &cluster,
            "outsider",
            &install.pkglibdir,
            "powa_stat_database",
            "",
        ),
    )?;
    let check = collector_check(&config)?;
    let said = String::from_utf8_lossy(&check.stderr);
    ensure!(
        !check.status.success() && said.contains(expected),
        "powa-collector check as outsider: {said}"
    );
    Ok(())
}
