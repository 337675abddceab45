//! `powa-collector import`: copies the history of a PoWA 4.1 repository
//! (statements, kcache, qualstats, waits, database names, its servers)
//! into powa's, so that users moving from PoWA keep their past.
//!
//! The history is not translated by hand: for each snapshot PoWA took,
//! the very plugins the collector runs take a snapshot whose time is
//! PoWA's and whose "monitored server" is PoWA's repository, where a
//! schema of shadows (`powa_import`, first on the session's search_path)
//! answers `pg_stat_statements` (and `pg_stat_statements(showtext)`),
//! `pg_stat_kcache()`, `pg_qualstats()` and
//! `pg_wait_sampling_profile` with what PoWA recorded at that time. All of
//! it lives in one REPEATABLE READ transaction on PoWA's database that is
//! rolled back at the end: PoWA's repository is read, never changed (the
//! role needs CREATE on that database for the shadows' schema).
//!
//! What PoWA kept that way differs from pg_qualstats': PoWA resets
//! pg_qualstats at each snapshot and keeps per-interval counts, so the
//! shadow gives their running sums; its predicates are per qual (`qualid`,
//! the predicate's position in it as `uniquequalnodeid`), its constants
//! only as top lists, which are not imported.
//!
//! Idempotent: per server and source, only PoWA's snapshots after the last
//! one powa has are taken (a second run adds nothing; an interrupted one
//! resumes). A server collected by powa before the import therefore gets
//! none of PoWA's older history: import first, then collect.

use crate::client::{repository_connection, Connection, Stop};
use crate::config::Config;
use crate::conninfo::{ConnInfo, ProcessEnvironment};
use crate::host::CollectorHost;
use crate::server::{call, in_transaction, load_data_source, new_data_source, Shared};
use anyhow::{anyhow, bail, Context, Result};
use powa_core::loader::LoadedLibrary;
use powa_core::Timestamp;
use std::time::Duration;
use tokio::sync::watch;

/// A PoWA history and the powa source that takes it over.
struct Imported {
    /// The powa plugin (and its prefix, whose `_snapshots` tell what
    /// was imported already).
    plugin: &'static str,
    prefix: &'static str,
    /// The table of PoWA's records in the shadows' schema: srvid, ts, ...
    table: &'static str,
    /// Statements making `table` and the shadow the plugin reads.
    setup: fn() -> Vec<String>,
}

/// Which PoWA server and snapshot the shadows answer for.
const CURRENT: &str = "srvid = current_setting('powa_import.srvid')::integer
       AND ts = current_setting('powa_import.ts')::timestamptz";

const STATEMENT_COUNTERS: &[(&str, &str)] = &[
    ("calls", "bigint"),
    ("total_exec_time", "double precision"),
    ("rows", "bigint"),
    ("shared_blks_hit", "bigint"),
    ("shared_blks_read", "bigint"),
    ("shared_blks_dirtied", "bigint"),
    ("shared_blks_written", "bigint"),
    ("local_blks_hit", "bigint"),
    ("local_blks_read", "bigint"),
    ("local_blks_dirtied", "bigint"),
    ("local_blks_written", "bigint"),
    ("temp_blks_read", "bigint"),
    ("temp_blks_written", "bigint"),
    ("blk_read_time", "double precision"),
    ("blk_write_time", "double precision"),
    ("plans", "bigint"),
    ("total_plan_time", "double precision"),
    ("wal_records", "bigint"),
    ("wal_fpi", "bigint"),
    ("wal_bytes", "numeric"),
];

const KCACHE_COUNTERS: &[(&str, &str)] = &[
    ("plan_reads", "bigint"),
    ("plan_writes", "bigint"),
    ("plan_user_time", "double precision"),
    ("plan_system_time", "double precision"),
    ("plan_minflts", "bigint"),
    ("plan_majflts", "bigint"),
    ("plan_nswaps", "bigint"),
    ("plan_msgsnds", "bigint"),
    ("plan_msgrcvs", "bigint"),
    ("plan_nsignals", "bigint"),
    ("plan_nvcsws", "bigint"),
    ("plan_nivcsws", "bigint"),
    ("exec_reads", "bigint"),
    ("exec_writes", "bigint"),
    ("exec_user_time", "double precision"),
    ("exec_system_time", "double precision"),
    ("exec_minflts", "bigint"),
    ("exec_majflts", "bigint"),
    ("exec_nswaps", "bigint"),
    ("exec_msgsnds", "bigint"),
    ("exec_msgrcvs", "bigint"),
    ("exec_nsignals", "bigint"),
    ("exec_nvcsws", "bigint"),
    ("exec_nivcsws", "bigint"),
];

const QUAL_COUNTERS: &[(&str, &str)] = &[
    ("occurences", "bigint"),
    ("execution_count", "bigint"),
    ("nbfiltered", "bigint"),
];

/// Each counter as `pattern` makes it ({name} and {type} replaced),
/// comma-separated: a select list, sums, a function's result columns.
fn each(counters: &[(&str, &str)], pattern: &str) -> String {
    let items: Vec<String> = counters
        .iter()
        .map(|(name, kind)| pattern.replace("{name}", name).replace("{type}", kind))
        .collect();
    items.join(", ")
}

/// PoWA's records of one history: the coalesced arrays and the current
/// rows, summed per key and time (duplicates would be pg_stat_statements'
/// toplevel rows, which PoWA 4.1 does not tell apart).
fn records_table(
    table: &str,
    keys: &str,
    counters: &[(&str, &str)],
    coalesced: &str,
    current: &str,
) -> String {
    format!(
        "CREATE UNLOGGED TABLE powa_import.{table} AS
         SELECT srvid, ts, {keys}, {sums}
           FROM ({coalesced} UNION ALL {current}) r
          GROUP BY srvid, ts, {keys}",
        sums = each(counters, "sum({name})::{type} AS {name}")
    )
}

fn statements_setup() -> Vec<String> {
    let keys = "queryid, dbid, userid";
    vec![
        records_table(
            "statements",
            keys,
            STATEMENT_COUNTERS,
            "SELECT h.srvid, h.queryid, h.dbid, h.userid, u.*
               FROM powa_statements_history h, unnest(h.records) u",
            "SELECT c.srvid, c.queryid, c.dbid, c.userid, (c.record).*
               FROM powa_statements_history_current c",
        ),
        "CREATE INDEX ON powa_import.statements (srvid, ts)".to_owned(),
        format!(
            "CREATE VIEW powa_import.pg_stat_statements AS
             SELECT s.userid, s.dbid, true AS toplevel, s.queryid, q.query, {counters}
               FROM powa_import.statements s
               JOIN powa_statements q USING (srvid, queryid, dbid, userid)
              WHERE s.{CURRENT}",
            counters = each(STATEMENT_COUNTERS, "s.{name}")
        ),
        // powa_stat_statements reads its counters with
        // pg_stat_statements(false): that too must be the shadow.
        "CREATE FUNCTION powa_import.pg_stat_statements(showtext boolean)
         RETURNS SETOF powa_import.pg_stat_statements
         LANGUAGE sql STABLE AS 'SELECT * FROM powa_import.pg_stat_statements'"
            .to_owned(),
    ]
}

fn kcache_setup() -> Vec<String> {
    let keys = "queryid, dbid, userid, top";
    vec![
        records_table(
            "kcache",
            keys,
            KCACHE_COUNTERS,
            "SELECT h.srvid, h.queryid, h.dbid, h.userid, h.top, u.*
               FROM powa_kcache_metrics h, unnest(h.metrics) u",
            "SELECT c.srvid, c.queryid, c.dbid, c.userid, c.top, (c.metrics).*
               FROM powa_kcache_metrics_current c WHERE c.metrics IS NOT NULL",
        ),
        "CREATE INDEX ON powa_import.kcache (srvid, ts)".to_owned(),
        format!(
            "CREATE FUNCTION powa_import.pg_stat_kcache()
             RETURNS TABLE (queryid bigint, top boolean, userid oid, dbid oid, {declared})
             LANGUAGE sql STABLE AS $$
                 SELECT k.queryid, k.top, k.userid, k.dbid, {counters}
                   FROM powa_import.kcache k WHERE k.{CURRENT}
             $$",
            declared = each(KCACHE_COUNTERS, "{name} {type}"),
            counters = each(KCACHE_COUNTERS, "k.{name}")
        ),
    ]
}

fn qualstats_setup() -> Vec<String> {
    let keys = "qualid, queryid, dbid, userid";
    vec![
        records_table(
            "qual_intervals",
            keys,
            QUAL_COUNTERS,
            "SELECT h.srvid, h.qualid, h.queryid, h.dbid, h.userid, u.ts,
                    u.occurences, u.execution_count, u.nbfiltered
               FROM powa_qualstats_quals_history h, unnest(h.records) u",
            "SELECT c.srvid, c.qualid, c.queryid, c.dbid, c.userid, c.ts,
                    c.occurences, c.execution_count, c.nbfiltered
               FROM powa_qualstats_quals_history_current c",
        ),
        // PoWA's counts are per interval (it resets pg_qualstats at each
        // snapshot): a predicate's counters are their running sums, at
        // every snapshot from its first on, as pg_qualstats' would be.
        format!(
            "CREATE UNLOGGED TABLE powa_import.quals AS
             WITH times AS (SELECT DISTINCT srvid, ts FROM powa_import.qual_intervals),
                  firsts AS (SELECT srvid, {keys}, min(ts) AS first
                               FROM powa_import.qual_intervals GROUP BY srvid, {keys})
             SELECT f.srvid, t.ts, f.qualid, f.queryid, f.dbid, f.userid, {running}
               FROM firsts f
               JOIN times t ON t.srvid = f.srvid AND t.ts >= f.first
               LEFT JOIN powa_import.qual_intervals r
                 ON (r.srvid, r.qualid, r.queryid, r.dbid, r.userid, r.ts)
                  = (f.srvid, f.qualid, f.queryid, f.dbid, f.userid, t.ts)
             WINDOW w AS (PARTITION BY f.srvid, f.qualid, f.queryid, f.dbid, f.userid
                          ORDER BY t.ts)",
            running = each(
                QUAL_COUNTERS,
                "(sum(coalesce(r.{name}, 0)) OVER w)::{type} AS {name}"
            )
        ),
        "CREATE INDEX ON powa_import.quals (srvid, ts)".to_owned(),
        // One row per predicate of the qual, with the qual's counters (the
        // predicates of one pg_qualstats qual have the same ones).
        format!(
            "CREATE FUNCTION powa_import.pg_qualstats()
             RETURNS TABLE (userid oid, dbid oid, lrelid oid, lattnum smallint, opno oid,
                            rrelid oid, rattnum smallint, qualid bigint, qualnodeid bigint,
                            uniquequalnodeid bigint, {declared}, constant_position integer,
                            queryid bigint, constvalue varchar, eval_type \"char\")
             LANGUAGE sql STABLE AS $$
                 SELECT q.userid, q.dbid, p.relid, p.attnum::smallint, p.opno,
                        NULL::oid, NULL::smallint, q.qualid, q.qualid, p.n, {counters},
                        NULL::integer, q.queryid, NULL::varchar, p.eval_type
                   FROM powa_import.quals q
                   JOIN powa_qualstats_quals d USING (srvid, qualid, queryid, dbid, userid)
                  CROSS JOIN LATERAL unnest(d.quals)
                        WITH ORDINALITY AS p(relid, attnum, opno, eval_type, n)
                  WHERE q.{CURRENT}
             $$",
            declared = each(QUAL_COUNTERS, "{name} {type}"),
            counters = each(QUAL_COUNTERS, "q.{name}")
        ),
    ]
}

fn waits_setup() -> Vec<String> {
    let keys = "queryid, event_type, event";
    vec![
        // Per query and event: powa_pg_wait_sampling adds up a query's
        // databases as it adds up pg_wait_sampling's backends.
        records_table(
            "waits",
            keys,
            &[("count", "bigint")],
            "SELECT h.srvid, h.queryid, h.event_type, h.event, u.ts, u.count
               FROM powa_wait_sampling_history h, unnest(h.records) u",
            "SELECT c.srvid, c.queryid, c.event_type, c.event, (c.record).ts, (c.record).count
               FROM powa_wait_sampling_history_current c",
        ),
        "CREATE INDEX ON powa_import.waits (srvid, ts)".to_owned(),
        format!(
            "CREATE VIEW powa_import.pg_wait_sampling_profile AS
             SELECT w.queryid, w.event_type, w.event, w.count
               FROM powa_import.waits w WHERE w.{CURRENT}"
        ),
    ]
}

const IMPORTED: &[Imported] = &[
    Imported {
        plugin: "powa_stat_statements",
        prefix: "powa_statements",
        table: "statements",
        setup: statements_setup,
    },
    Imported {
        plugin: "powa_stat_kcache",
        prefix: "powa_kcache",
        table: "kcache",
        setup: kcache_setup,
    },
    Imported {
        plugin: "powa_qualstats",
        prefix: "powa_qualstats",
        table: "quals",
        setup: qualstats_setup,
    },
    Imported {
        plugin: "powa_pg_wait_sampling",
        prefix: "powa_wait_profile",
        table: "waits",
        setup: waits_setup,
    },
];

/// Where the names of the databases go: the keys of powa_stat_database.
const DATABASES_PLUGIN: &str = "powa_stat_database";

/// A server of PoWA's and where its history goes in powa.
#[derive(Debug)]
struct ServerMap {
    powa_id: i32,
    ours: i32,
    name: String,
    version_num: u32,
}

pub struct Options {
    /// PoWA's repository, a libpq connection string.
    pub from: String,
    /// powa's server that PoWA's local server (its id 0) is.
    pub local_server: i32,
    /// The bound of each statement on either database.
    pub limit: Duration,
}

pub fn import(config: &Config, options: &Options) -> Result<()> {
    let stop = Stop::new(Vec::new());
    let repository_info = ConnInfo::parse(&config.repository)
        .context("the `repository` connection string")?
        .resolve(&ProcessEnvironment)?;
    let mut repository = repository_connection(&repository_info, options.limit, stop.clone())
        .map_err(|e| {
            anyhow!(
                "cannot connect to the repository {}: {e}",
                repository_info.describe()
            )
        })?;
    crate::powa_version(&mut repository)?;
    let powa_info = ConnInfo::parse(&options.from)
        .context("--from (PoWA's repository, a libpq connection string)")?
        .resolve(&ProcessEnvironment)?;
    let mut powa = Connection::connect(&powa_info, "PoWA's repository", options.limit, stop)
        .map_err(|e| {
            anyhow!(
                "cannot connect to PoWA's repository {}: {e}",
                powa_info.describe()
            )
        })?;
    let powa_version: Option<String> = powa
        .query(
            "SELECT extversion FROM pg_extension WHERE extname = 'powa'",
            &[],
        )?
        .first()
        .map(|row| row.get(0));
    match powa_version.as_deref() {
        Some(version) if version.starts_with("4.1.") => {}
        Some(version) => bail!(
            "{} has powa {version}: powa-collector import reads PoWA 4.1 repositories \
             (upgrade PoWA to 4.1 first: ALTER EXTENSION powa UPDATE)",
            powa_info.describe()
        ),
        None => bail!(
            "{} has no powa extension: --from must name the database PoWA's repository is in",
            powa_info.describe()
        ),
    }

    let libraries = load_plugins(config)?;
    let (_stopping, stop_receiver) = watch::channel(false);
    let shared = Shared::new(
        config,
        libraries,
        None,
        format!("import:{}", std::process::id()),
        stop_receiver,
    )?;

    // One snapshot of PoWA's repository; the shadows and the tables under
    // them are gone with its rollback.
    powa.batch("BEGIN ISOLATION LEVEL REPEATABLE READ")?;
    let servers = map_servers(&mut powa, &mut repository, options.local_server)?;
    powa.batch("CREATE SCHEMA powa_import").map_err(|e| {
        anyhow!(
            "cannot create the schema of the shadows in PoWA's database ({e}): \
             the role needs CREATE on it (nothing is left there: it is rolled back)"
        )
    })?;
    for imported in IMPORTED {
        for statement in (imported.setup)() {
            powa.batch(&statement)
                .with_context(|| format!("reading PoWA's history for {}", imported.plugin))?;
        }
    }
    // pg_qualstats' source names the predicates' columns from the catalog
    // of the database it is connected to: PoWA's repository is that of
    // PoWA's local server only, never of a remote one.
    powa.batch(
        "CREATE VIEW powa_import.pg_database AS
         SELECT * FROM pg_catalog.pg_database
          WHERE current_setting('powa_import.srvid')::integer = 0",
    )?;
    powa.batch("SET LOCAL search_path = powa_import, pg_catalog, public")?;

    let mut total = 0usize;
    for server in &servers {
        import_databases(&mut powa, &mut repository, &shared, server)?;
        for imported in IMPORTED {
            total += import_source(&mut powa, &mut repository, &shared, server, imported)?;
        }
    }
    powa.batch("ROLLBACK")?;
    println!(
        "imported {total} snapshots of {} server(s); the history is kept for each server's \
         retention (powa.retention for the local server, powa_configure_server's retention \
         for the others): raise it first to keep older snapshots",
        servers.len()
    );
    Ok(())
}

/// The plugins taking over PoWA's histories (and the database names),
/// from the configuration's libdir whatever its plugin list.
fn load_plugins(config: &Config) -> Result<Vec<(String, LoadedLibrary)>> {
    let mut loaded = Vec::new();
    let names = IMPORTED.iter().map(|i| i.plugin).chain([DATABASES_PLUGIN]);
    for name in names {
        let library = load_data_source(
            &config.libdir,
            &powa_core::PluginName::new(name).map_err(|e| anyhow!("{e}"))?,
        )
        .map_err(|e| {
            anyhow!(
                "the import needs the plugin {name} in {}: {e}",
                config.libdir.display()
            )
        })?;
        loaded.push((name.to_owned(), library));
    }
    Ok(loaded)
}

/// PoWA's servers and theirs in powa: PoWA's local server is
/// `local_server`; a remote one is the registered server of the same host,
/// port and database, registered (as PoWA had it, without its password)
/// when there is none.
fn map_servers(
    powa: &mut Connection,
    repository: &mut Connection,
    local_server: i32,
) -> Result<Vec<ServerMap>> {
    let own_version: i32 = powa
        .query("SELECT current_setting('server_version_num')::integer", &[])?
        .first()
        .map(|row| row.get(0))
        .context("no server_version_num")?;
    let rows = powa.query(
        "SELECT id, hostname, port, alias, username, dbname, frequency, powa_coalesce,
                retention::text, password IS NOT NULL,
                -- '15.4', '15.4 (Debian 15.4-1)': major and minor as a number
                (substring(version FROM '^(\\d+)')::integer * 10000
                 + coalesce(substring(version FROM '^\\d+\\.(\\d+)')::integer, 0))
           FROM powa_servers ORDER BY id",
        &[],
    )?;
    let mut servers = Vec::new();
    for row in rows {
        let powa_id: i32 = row.get(0);
        let (hostname, port, alias): (String, i32, Option<String>) =
            (row.get(1), row.get(2), row.get(3));
        let version_num = row.get::<_, Option<i32>>(10).unwrap_or(own_version).max(0) as u32;
        if powa_id == 0 {
            let exists = repository
                .query("SELECT 1 FROM powa_server WHERE id = $1", &[&local_server])?
                .len();
            if exists == 0 {
                bail!("--local-server {local_server}: the repository has no server of that id");
            }
            servers.push(ServerMap {
                powa_id,
                ours: local_server,
                name: format!("PoWA's local server (powa server {local_server})"),
                version_num: own_version as u32,
            });
            continue;
        }
        let (username, dbname): (String, String) = (row.get(4), row.get(5));
        let existing = repository.query(
            "SELECT id FROM powa_server WHERE hostname = $1 AND port = $2 AND dbname = $3",
            &[&hostname, &port, &dbname],
        )?;
        let ours: i32 = match existing.first() {
            Some(row) => row.get(0),
            None => {
                let (frequency, coalesce, retention): (i32, i32, String) =
                    (row.get(6), row.get(7), row.get(8));
                let registered = repository
                    .query(
                        "SELECT powa_register_server(hostname => $1, port => $2, alias => $3,
                                username => $4, dbname => $5, frequency => $6,
                                powa_coalesce => $7, retention => $8::text::interval)",
                        &[
                            &hostname, &port, &alias, &username, &dbname, &frequency, &coalesce,
                            &retention,
                        ],
                    )
                    .with_context(|| format!("registering PoWA's server {hostname}:{port}"))?;
                let id: i32 = registered
                    .first()
                    .map(|row| row.get(0))
                    .context("powa_register_server returned no id")?;
                println!("registered PoWA's server {hostname}:{port}/{dbname} as server {id}");
                if row.get::<_, bool>(9) {
                    println!(
                        "  PoWA kept its password in plain text; it is not copied: give it with \
                         a password file, or powa_configure_server({id}, '{{\"password\": \"...\"}}') \
                         once the collectors have a key (powa-collector keygen)"
                    );
                }
                id
            }
        };
        servers.push(ServerMap {
            powa_id,
            ours,
            name: format!(
                "PoWA's server {} (powa server {ours})",
                alias.unwrap_or_else(|| format!("{hostname}:{port}"))
            ),
            version_num,
        });
    }
    Ok(servers)
}

/// Starts `plugin` for the server (its tables and partitions), as the
/// collector does before its first snapshot.
fn start(
    powa: &mut Connection,
    repository: &mut Connection,
    shared: &Shared,
    server: &ServerMap,
    plugin: &str,
) -> Result<powa_core::ffi::DataSourceBox> {
    let (_, library) = shared
        .libraries
        .iter()
        .find(|(name, _)| name == plugin)
        .with_context(|| format!("{plugin} is not loaded"))?;
    let mut source = new_data_source(plugin, library)
        .with_context(|| format!("{plugin} provides no data source"))?
        .map_err(|e| anyhow!(e))?;
    in_transaction(repository, |repository| {
        let mut host = CollectorHost::new(
            plugin,
            server.ours,
            powa,
            repository,
            shared,
            server.version_num,
            Timestamp::from_unix_micros(0),
        );
        call(&mut host, |api| source.startup(api))
    })
    .map_err(|e| anyhow!("{plugin}: startup for {}: {e}", server.name))?;
    Ok(source)
}

/// PoWA's database names, as powa_stat_database keeps them (a name known
/// already stays).
fn import_databases(
    powa: &mut Connection,
    repository: &mut Connection,
    shared: &Shared,
    server: &ServerMap,
) -> Result<()> {
    start(powa, repository, shared, server, DATABASES_PLUGIN)?;
    let rows = powa.query(
        "SELECT oid, datname::text FROM public.powa_databases WHERE srvid = $1",
        &[&server.powa_id],
    )?;
    let (oids, names): (Vec<u32>, Vec<String>) = rows
        .iter()
        .map(|row| (row.get::<_, u32>(0), row.get::<_, String>(1)))
        .unzip();
    let oids: Vec<i64> = oids.into_iter().map(i64::from).collect();
    repository.query(
        "INSERT INTO powa_databases (srvid, datid, datname)
         SELECT $1, d.oid::oid, d.name FROM unnest($2::bigint[], $3::text[]) AS d(oid, name)
         ON CONFLICT DO NOTHING",
        &[&server.ours, &oids, &names],
    )?;
    println!("{}: {} database names", server.name, names.len());
    Ok(())
}

/// PoWA's snapshots of one history for one server, each taken by the
/// plugin at PoWA's time; returns how many were taken.
fn import_source(
    powa: &mut Connection,
    repository: &mut Connection,
    shared: &Shared,
    server: &ServerMap,
    imported: &Imported,
) -> Result<usize> {
    let plugin = imported.plugin;
    let times = powa.query(
        &format!(
            "SELECT DISTINCT ts::text, (extract(epoch FROM ts) * 1000000)::bigint
               FROM powa_import.{} WHERE srvid = $1 ORDER BY 2",
            imported.table
        ),
        &[&server.powa_id],
    )?;
    if times.is_empty() {
        return Ok(0);
    }
    let mut source = start(powa, repository, shared, server, plugin)?;
    let last: Option<i64> = repository
        .query(
            &format!(
                "SELECT (extract(epoch FROM max(ts)) * 1000000)::bigint
                   FROM {}_snapshots WHERE srvid = $1",
                imported.prefix
            ),
            &[&server.ours],
        )?
        .first()
        .and_then(|row| row.get(0));
    let coalesce: i32 = repository
        .query(
            "SELECT powa_coalesce FROM powa_server WHERE id = $1",
            &[&server.ours],
        )?
        .first()
        .map(|row| row.get(0))
        .unwrap_or(100);
    powa.query(
        "SELECT set_config('powa_import.srvid', $1::text, true)",
        &[&server.powa_id.to_string()],
    )?;
    let (mut taken, mut present) = (0usize, 0usize);
    for row in &times {
        let (text, micros): (String, i64) = (row.get(0), row.get(1));
        if last.is_some_and(|last| micros <= last) {
            present += 1;
            continue;
        }
        powa.query("SELECT set_config('powa_import.ts', $1, true)", &[&text])?;
        let time = Timestamp::from_unix_micros(micros);
        in_transaction(repository, |repository| {
            let mut host = CollectorHost::new(
                plugin,
                server.ours,
                powa,
                repository,
                shared,
                server.version_num,
                time,
            );
            call(&mut host, |api| source.snapshot(api))?;
            // Coalesced as the collector would have, every `coalesce`.
            if (taken + 1) % coalesce.max(1) as usize == 0 {
                call(&mut host, |api| source.aggregate(api))?;
            }
            Ok(())
        })
        .map_err(|e| anyhow!("{plugin}: the snapshot of {} at {text}: {e}", server.name))?;
        taken += 1;
    }
    println!(
        "{}: {plugin}: {taken} snapshots imported{}",
        server.name,
        if present > 0 {
            format!(", {present} left out (powa has snapshots up to then already)")
        } else {
            String::new()
        }
    );
    Ok(taken)
}
