//! Upgrading powa in place: the extension's SQL (`ALTER EXTENSION powa
//! UPDATE` through `powa--A--B.sql`) and the sources' history tables (their
//! migrations, run by each source's startup).
//!
//! The fixture `e2e/upgrade-fixtures/0.1.0` is a repository made by powa
//! 0.1.0 (`scripts/make-upgrade-fixture.sh v0.1.0` runs
//! `make_upgrade_fixture` below against that release's binaries): history of
//! four sources for the local server and a remote one, and what every
//! source's deltas read then.

use anyhow::{bail, ensure, Context, Result};
use powa_e2e::collector::CollectorProcess;
use powa_e2e::{wait_for, Cluster, PgInstall, StopMode};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The release the fixture was made by.
const FIXTURE_RELEASE: &str = "0.1.0";

/// The sources the fixture holds, by plugin and table prefix.
const SOURCES: [(&str, &str); 4] = [
    ("powa_stat_statements", "powa_statements"),
    ("powa_stat_database", "powa_databases"),
    ("powa_stat_tables", "powa_tables"),
    ("powa_stat_bgwriter", "powa_bgwriter"),
];

fn plugins() -> String {
    SOURCES.map(|(plugin, _)| plugin).join(", ")
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("upgrade-fixtures/{FIXTURE_RELEASE}"))
}

/// What describes the extension's objects, one line each, sorted: tables
/// and their columns, constraints, indexes, views, functions, sequences, the
/// extension's members, their grants (and the default ones, and the
/// schema's) and what pg_dump saves of its tables.
const CATALOG: &str = "
WITH ext AS (SELECT oid, extconfig, extcondition FROM pg_extension WHERE extname = 'powa'),
members AS (
    SELECT d.classid, d.objid FROM pg_depend d, ext
     WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'),
rels AS (
    SELECT c.oid, c.relname, c.relkind, c.relacl FROM pg_class c JOIN members m
        ON m.classid = 'pg_class'::regclass AND m.objid = c.oid)
SELECT line FROM (
    SELECT 'member ' || pg_describe_object(m.classid, m.objid, 0) AS line FROM members m
    UNION ALL
    SELECT format('column %s.%s %s%s default %s', r.relname, a.attname,
                  format_type(a.atttypid, a.atttypmod), CASE WHEN a.attnotnull THEN ' not null' END,
                  pg_get_expr(ad.adbin, ad.adrelid))
      FROM rels r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
      LEFT JOIN pg_attrdef ad ON ad.adrelid = r.oid AND ad.adnum = a.attnum
    UNION ALL
    SELECT format('constraint %s.%s %s', r.relname, co.conname, pg_get_constraintdef(co.oid))
      FROM rels r JOIN pg_constraint co ON co.conrelid = r.oid
    UNION ALL
    SELECT 'index ' || pg_get_indexdef(i.indexrelid) FROM rels r JOIN pg_index i ON i.indrelid = r.oid
    UNION ALL
    SELECT format('view %s %s', r.relname, pg_get_viewdef(r.oid)) FROM rels r WHERE r.relkind = 'v'
    UNION ALL
    SELECT 'function ' || pg_get_functiondef(p.oid) FROM pg_proc p JOIN members m
        ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid WHERE p.prokind <> 'a'
    UNION ALL
    SELECT format('grants %s %s', r.relname, r.relacl) FROM rels r
    UNION ALL
    SELECT format('column grants %s.%s %s', r.relname, a.attname, a.attacl)
      FROM rels r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attacl IS NOT NULL
    UNION ALL
    SELECT format('function grants %s %s', p.oid::regprocedure, p.proacl) FROM pg_proc p JOIN members m
        ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid
    UNION ALL
    SELECT format('default grants %s %s %s %s', d.defaclrole::regrole, d.defaclnamespace::regnamespace,
                  d.defaclobjtype, d.defaclacl)
      FROM pg_default_acl d
    UNION ALL
    SELECT format('schema grants %s %s', n.nspname, n.nspacl) FROM pg_namespace n WHERE n.nspname = 'public'
    UNION ALL
    SELECT format('dumped %s %s', c::regclass, coalesce(ext.extcondition[i], ''))
      FROM ext, unnest(ext.extconfig) WITH ORDINALITY u(c, i)
) lines ORDER BY line";

fn catalog(cluster: &Cluster, database: &str) -> Result<Vec<String>> {
    Ok(cluster
        .query_rows(database, CATALOG)?
        .into_iter()
        .map(|row| row.into_iter().next().flatten().unwrap_or_default())
        .collect())
}

/// powa--0.3.0--0.4.0.sql holds what a fresh install runs (added-0.4.0.sql)
/// verbatim, then gives an existing repository's plugin objects to
/// powa_write_all_data: the roles and grants are written once.
#[test]
fn the_0_4_0_update_runs_what_a_fresh_install_does() -> Result<()> {
    let sql = Path::new(env!("CARGO_MANIFEST_DIR")).join("../powa-worker/sql");
    let added = fs::read_to_string(sql.join("added-0.4.0.sql"))?;
    let update = fs::read_to_string(sql.join("powa--0.3.0--0.4.0.sql"))?;
    ensure!(
        update.contains(&added),
        "powa--0.3.0--0.4.0.sql does not hold added-0.4.0.sql verbatim"
    );
    Ok(())
}

#[test]
fn an_upgraded_extension_equals_a_fresh_install() -> Result<()> {
    let install = PgInstall::from_env()?;
    let mut cluster = Cluster::init(&install, "upgrade-catalog")?;
    cluster.start()?;
    cluster.execute("postgres", "CREATE DATABASE fresh")?;
    cluster.execute("postgres", "CREATE DATABASE upgraded")?;
    cluster.execute("fresh", "CREATE EXTENSION powa")?;
    cluster.execute(
        "upgraded",
        &format!("CREATE EXTENSION powa VERSION '{FIXTURE_RELEASE}'"),
    )?;
    let before = catalog(&cluster, "upgraded")?;
    cluster.execute("upgraded", "ALTER EXTENSION powa UPDATE")?;
    let version = |database| {
        cluster.query_text(
            database,
            "SELECT extversion FROM pg_extension WHERE extname = 'powa'",
        )
    };
    let current = version("fresh")?.context("the extension's version")?;
    assert_ne!(
        current, FIXTURE_RELEASE,
        "the workspace's version is the fixture's"
    );
    assert_eq!(version("upgraded")?, Some(current));
    let (fresh, upgraded) = (catalog(&cluster, "fresh")?, catalog(&cluster, "upgraded")?);
    assert!(fresh.len() > 50, "too few catalog lines: {fresh:?}");
    assert_ne!(
        before, fresh,
        "the release changed nothing: the test proves nothing"
    );
    let only_fresh: Vec<&String> = fresh.iter().filter(|l| !upgraded.contains(l)).collect();
    let only_upgraded: Vec<&String> = upgraded.iter().filter(|l| !fresh.contains(l)).collect();
    assert!(
        only_fresh.is_empty() && only_upgraded.is_empty(),
        "the upgrade scripts do not lead to a fresh install's catalog:\n\
         only in a fresh install:\n{only_fresh:#?}\nonly after the upgrade:\n{only_upgraded:#?}"
    );
    Ok(())
}

/// One source's deltas over one range: the fixture's line format
/// (tab-separated: prefix, server, from, to, the rows as JSON).
#[derive(Debug, Clone, PartialEq)]
struct Deltas {
    prefix: String,
    srvid: i32,
    from: String,
    to: String,
    rows: String,
}

impl Deltas {
    fn line(&self) -> String {
        format!(
            "{}\t{}\t{}\t{}\t{}",
            self.prefix, self.srvid, self.from, self.to, self.rows
        )
    }

    fn parse(line: &str) -> Result<Self> {
        let fields: Vec<&str> = line.splitn(5, '\t').collect();
        let [prefix, srvid, from, to, rows] = fields[..] else {
            bail!(
                "a fixture line has {} fields, not 5: {line:?}",
                fields.len()
            );
        };
        Ok(Self {
            prefix: prefix.to_owned(),
            srvid: srvid.parse()?,
            from: from.to_owned(),
            to: to.to_owned(),
            rows: rows.to_owned(),
        })
    }

    /// What the repository reads now for this source, server and range.
    fn read(cluster: &Cluster, prefix: &str, srvid: i32, from: &str, to: &str) -> Result<Self> {
        let rows = cluster
            .query_text(
                "powa",
                &format!(
                    "SELECT coalesce(json_agg(json_build_array(
                                d.id, d.first_ts AT TIME ZONE 'UTC', d.last_ts AT TIME ZONE 'UTC',
                                d.ints, d.floats) ORDER BY d.id), '[]')
                       FROM {prefix}_counter_deltas({srvid},
                            '{from}'::timestamp AT TIME ZONE 'UTC',
                            '{to}'::timestamp AT TIME ZONE 'UTC') d"
                ),
            )?
            .context("json_agg returned no row")?;
        Ok(Self {
            prefix: prefix.to_owned(),
            srvid,
            from: from.to_owned(),
            to: to.to_owned(),
            rows,
        })
    }
}

/// Checks that the repository reads `expected` for each of its ranges. A
/// counter the layout gained since (the server now monitored has a column
/// the fixture's had not: another major version) must read NULL in these
/// ranges; the first difference is reported.
fn reads_as(cluster: &Cluster, expected: &[Deltas], when: &str) -> Result<()> {
    for e in expected {
        let actual = Deltas::read(cluster, &e.prefix, e.srvid, &e.from, &e.to)?;
        let (now, then): (serde_json::Value, serde_json::Value) = (
            serde_json::from_str(&actual.rows)?,
            serde_json::from_str(&e.rows)?,
        );
        let (now, then) = (
            now.as_array().context("rows")?,
            then.as_array().context("rows")?,
        );
        let differs = |what: String| {
            anyhow::anyhow!(
                "{when}: {} of server {} over [{}, {}] differs from what {FIXTURE_RELEASE} read: {what}",
                e.prefix, e.srvid, e.from, e.to
            )
        };
        if now.len() != then.len() {
            return Err(differs(format!("{} rows, not {}", now.len(), then.len())));
        }
        for (row_now, row_then) in now.iter().zip(then) {
            let (row_now, row_then) = (
                row_now.as_array().context("row")?,
                row_then.as_array().context("row")?,
            );
            if row_now[..3] != row_then[..3] {
                return Err(differs(format!(
                    "row {:?} is {:?}",
                    &row_then[..3],
                    &row_now[..3]
                )));
            }
            for column in [3, 4] {
                let (values_now, values_then) = (
                    row_now[column].as_array().context("counters")?,
                    row_then[column].as_array().context("counters")?,
                );
                let width = values_then.len();
                if values_now.len() < width
                    || values_now[..width] != values_then[..]
                    || values_now[width..].iter().any(|v| !v.is_null())
                {
                    return Err(differs(format!(
                        "row {} reads {:?}, not {:?}",
                        row_then[0], values_now, values_then
                    )));
                }
            }
        }
    }
    Ok(())
}

/// The snapshot times of server `srvid` (UTC, as text), in order.
fn snapshot_times(cluster: &Cluster, srvid: i32) -> Result<Vec<String>> {
    Ok(cluster
        .query_rows(
            "powa",
            &format!(
                "SELECT (ts AT TIME ZONE 'UTC')::text FROM powa_snapshots
                  WHERE srvid = {srvid} AND failed = 0 ORDER BY ts"
            ),
        )?
        .into_iter()
        .filter_map(|row| row.into_iter().next().flatten())
        .collect())
}

/// Every source's deltas over four ranges of each server's snapshots: all
/// of them, each half, and all but the ends.
fn every_delta(cluster: &Cluster, servers: &[i32]) -> Result<Vec<Deltas>> {
    let mut all = Vec::new();
    for &srvid in servers {
        let times = snapshot_times(cluster, srvid)?;
        if times.len() < 6 {
            bail!("server {srvid} has {} snapshots, 6 are needed", times.len());
        }
        let (n, half) = (times.len() - 1, times.len() / 2);
        for (from, to) in [(0, n), (0, half), (half, n), (1, n - 1)] {
            for (_, prefix) in SOURCES {
                all.push(Deltas::read(
                    cluster,
                    prefix,
                    srvid,
                    &times[from],
                    &times[to],
                )?);
            }
        }
    }
    Ok(all)
}

/// A server for the sources: pg_stat_statements preloaded, a `powa`
/// database (the repository's, or a monitored one) with it.
fn server_with_statements(install: &PgInstall, name: &str) -> Result<Cluster> {
    let mut cluster = Cluster::init(install, name)?;
    cluster.set_conf("shared_preload_libraries", "pg_stat_statements")?;
    cluster.set_conf("track_functions", "all")?;
    cluster.start()?;
    cluster.execute("postgres", "CREATE DATABASE powa")?;
    cluster.execute("powa", "CREATE EXTENSION pg_stat_statements")?;
    Ok(cluster)
}

fn workload(cluster: &Cluster, round: usize) -> Result<()> {
    cluster.execute(
        "powa",
        &format!(
            "CREATE TABLE IF NOT EXISTS upgrade_work (id int PRIMARY KEY, v text);
             INSERT INTO upgrade_work SELECT g, 'round {round}' FROM generate_series(1, 200 * {}) g
                 ON CONFLICT (id) DO UPDATE SET v = excluded.v;
             SELECT count(*) FROM upgrade_work WHERE v LIKE 'round%';
             DELETE FROM upgrade_work WHERE id % 7 = {};",
            round + 1,
            round % 7
        ),
    )
}

/// Makes the fixture with whatever powa `POWA_PG_CONFIG` and
/// `POWA_COLLECTOR` are (scripts/make-upgrade-fixture.sh points them at a
/// release's build) into `POWA_UPGRADE_FIXTURE_OUT`.
#[test]
#[ignore = "run by scripts/make-upgrade-fixture.sh against a release's build"]
fn make_upgrade_fixture() -> Result<()> {
    let out = PathBuf::from(
        std::env::var_os("POWA_UPGRADE_FIXTURE_OUT")
            .context("POWA_UPGRADE_FIXTURE_OUT is not set")?,
    );
    fs::create_dir_all(&out)?;
    let install = PgInstall::from_env()?;
    let mut repository = server_with_statements(&install, "fixture-repository")?;
    repository.execute("powa", "CREATE EXTENSION powa")?;
    let release = repository
        .query_text(
            "powa",
            "SELECT extversion FROM pg_extension WHERE extname = 'powa'",
        )?
        .context("powa's version")?;
    if release != FIXTURE_RELEASE {
        bail!("this build's powa is {release}; the fixture is of {FIXTURE_RELEASE}");
    }
    repository.stop(StopMode::Fast)?;
    repository.set_conf("shared_preload_libraries", "powa, pg_stat_statements")?;
    repository.set_conf("walker.plugins", &plugins())?;
    repository.set_conf("powa.frequency", "-1")?;
    repository.start()?;
    let remote = server_with_statements(&install, "fixture-remote")?;
    let srvid: i32 = repository
        .query_text(
            "powa",
            &format!(
                "SELECT powa_register_server(hostname => '127.0.0.1', port => {}, alias => 'remote',
                        username => 'postgres', dbname => 'powa', frequency => 1, retention => '100 years')",
                remote.port()
            ),
        )?
        .context("powa_register_server returned nothing")?
        .parse()?;
    repository.execute(
        "powa",
        &format!("UPDATE powa_server SET powa_coalesce = 5 WHERE id = {srvid}"),
    )?;
    // The release's collector reads the configuration format of its time.
    let collector_dir = repository.server_dir("collector")?;
    let config = collector_dir.join("collector.conf");
    fs::write(
        &config,
        format!(
            "repository = host={} port={} user=postgres dbname=powa\nlibdir = {}\nplugins = {}\n",
            repository.socket_dir().display(),
            repository.port(),
            install.pkglibdir.display(),
            plugins()
        ),
    )?;
    let collector = CollectorProcess::spawn(&collector_dir, &config, &[])?;
    for round in 0..8 {
        workload(&repository, round)?;
        workload(&remote, round)?;
        let failed = repository.query_text("powa", "SELECT powa_take_snapshot()")?;
        if failed.as_deref() != Some("0") {
            bail!("powa_take_snapshot() failed: {failed:?}");
        }
        if round == 4 {
            let failed = repository.query_text("powa", "SELECT powa_coalesce()")?;
            if failed.as_deref() != Some("0") {
                bail!("powa_coalesce() failed: {failed:?}");
            }
        }
        std::thread::sleep(Duration::from_millis(600));
    }
    // The collector coalesces every 5 snapshots: at least 8 means both
    // coalesced and staged history.
    wait_for(
        "8 snapshots of the remote server",
        Duration::from_secs(60),
        || Ok(snapshot_times(&repository, srvid)?.len() >= 8),
    )
    .with_context(|| collector.log())?;
    drop(collector);
    let deltas = every_delta(&repository, &[0, srvid])?;
    let empty = deltas.iter().filter(|d| d.rows == "[]").count();
    if empty > deltas.len() / 4 {
        bail!(
            "{empty} of {} ranges read no rows: not a fixture worth keeping",
            deltas.len()
        );
    }
    let lines: Vec<String> = deltas.iter().map(Deltas::line).collect();
    fs::write(out.join("deltas.tsv"), lines.join("\n") + "\n")?;
    // The dump: pg_dump's (what is not the extension's, and the extension
    // itself), then the extension's tables' rows, which 0.1.0 did not mark
    // for pg_dump.
    let dump = repository
        .client_command("pg_dump")
        .args(["--no-owner", "--no-privileges", "-d", "powa"])
        .output()?;
    if !dump.status.success() {
        bail!("pg_dump failed: {}", String::from_utf8_lossy(&dump.stderr));
    }
    let mut text = String::from_utf8(dump.stdout)?;
    for (table, condition) in [
        ("powa_server", "WHERE id <> 0"),
        ("powa_functions", ""),
        ("powa_snapshots", ""),
        ("powa_walker_position", ""),
    ] {
        let rows = repository
            .client_command("psql")
            .args(["-X", "-d", "powa", "-c"])
            .arg(format!(
                "COPY (SELECT * FROM {table} {condition}) TO STDOUT"
            ))
            .output()?;
        if !rows.status.success() {
            bail!(
                "copying {table} failed: {}",
                String::from_utf8_lossy(&rows.stderr)
            );
        }
        text.push_str(&format!(
            "\nCOPY public.{table} FROM stdin;\n{}\\.\n",
            String::from_utf8(rows.stdout)?
        ));
    }
    text.push_str(
        "\nSELECT pg_catalog.setval('public.powa_server_id_seq', (SELECT max(id) FROM public.powa_server));\n",
    );
    fs::write(out.join("repository.sql"), portable_dump(&text))?;
    Ok(())
}

/// pg_dump's text without what an older psql or server refuses: psql's
/// `\restrict` guard (a newer psql's) and settings an older server lacks.
fn portable_dump(text: &str) -> String {
    text.lines()
        .filter(|line| {
            !line.starts_with("\\restrict")
                && !line.starts_with("\\unrestrict")
                && !line.starts_with("SET transaction_timeout")
        })
        .map(|line| format!("{line}\n"))
        .collect()
}

#[test]
fn a_repository_of_0_1_0_upgrades_with_its_history() -> Result<()> {
    let fixture = fixture_dir();
    let expected: Vec<Deltas> = fs::read_to_string(fixture.join("deltas.tsv"))
        .with_context(|| format!("reading {}", fixture.display()))?
        .lines()
        .map(Deltas::parse)
        .collect::<Result<_>>()?;
    let install = PgInstall::from_env()?;
    let mut repository = server_with_statements(&install, "upgrade-repository")?;
    repository.execute(
        "powa",
        &format!("CREATE EXTENSION powa VERSION '{FIXTURE_RELEASE}'"),
    )?;
    let restore = repository
        .client_command("psql")
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", "powa", "-f"])
        .arg(fixture.join("repository.sql"))
        .output()?;
    if !restore.status.success() {
        bail!(
            "restoring the fixture failed: {}",
            String::from_utf8_lossy(&restore.stderr)
        );
    }
    // History from long ago: nothing may purge it while the test reads it.
    repository.execute("powa", "UPDATE powa_server SET retention = '100 years'")?;
    let srvid: i32 = repository
        .query_text("powa", "SELECT id FROM powa_server WHERE alias = 'remote'")?
        .context("the fixture's remote server")?
        .parse()?;
    assert!(
        expected.len() >= 32,
        "a fixture of {} ranges",
        expected.len()
    );
    reads_as(&repository, &expected, "restored")?;

    // New binaries on the old SQL: the worker and the collector wait for
    // the update, and say what to run.
    repository.stop(StopMode::Fast)?;
    repository.set_conf("shared_preload_libraries", "powa, pg_stat_statements")?;
    repository.set_conf("walker.plugins", &plugins())?;
    repository.set_conf("powa.frequency", "-1")?;
    repository.set_conf("powa.retention", "10000d")?;
    repository.start()?;
    repository.wait_for_log(
        &format!("is at version {FIXTURE_RELEASE}, this powa is"),
        Duration::from_secs(30),
    )?;
    assert!(repository
        .log()
        .contains("run ALTER EXTENSION powa UPDATE there"));
    let collector_dir = repository.server_dir("collector")?;
    let check = powa_e2e::collector::collector_check(&collector_config(
        &collector_dir,
        &install,
        &repository,
    )?)?;
    let said = String::from_utf8_lossy(&check.stderr);
    assert!(
        !check.status.success() && said.contains("ALTER EXTENSION powa UPDATE"),
        "powa-collector check on a 0.1.0 repository: {said}"
    );

    repository.execute("powa", "ALTER EXTENSION powa UPDATE")?;
    repository.restart()?;
    powa_e2e::wait_for_powa_worker(&repository)?;
    // The sources start (and migrate their tables) at their first snapshot.
    let failed = repository.query_text("powa", "SELECT powa_take_snapshot()")?;
    assert_eq!(failed.as_deref(), Some("0"), "{}", repository.log_tail(30));
    for (_, prefix) in SOURCES {
        let version = repository.query_text(
            "powa",
            &format!(
                "SELECT max(version) FROM powa_schema_migrations WHERE component = '{prefix}'"
            ),
        )?;
        assert_eq!(
            version.as_deref(),
            Some("4"),
            "{prefix}'s schema version\n{}",
            repository.log_tail(40)
        );
        assert!(
            repository
                .log()
                .contains(&format!("{prefix}: tables migrated to schema version 4")),
            "the migration of {prefix} is not in the server log"
        );
    }
    // The sources' tables and partitions of 0.1.0 belong to
    // powa_write_all_data now (the update gave them), their texts hidden
    // from powa_read_all_metrics (the startup narrowed the grant), their
    // partitions read through their parents only.
    let foreign = repository.query_rows(
        "powa",
        "SELECT c.relname::text, c.relowner::regrole::text FROM pg_class c
          WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
            AND c.relname ~ '^powa_(statements|databases|tables|bgwriter)'
            AND c.relowner <> 'powa_write_all_data'::regrole",
    )?;
    assert!(
        foreign.is_empty(),
        "not given to powa_write_all_data: {foreign:?}"
    );
    let reads = |sql: &str| repository.query_text("powa", sql);
    assert_eq!(
        reads("SELECT has_column_privilege('powa_read_all_metrics', 'powa_statements', 'query', 'SELECT')::text")?
            .as_deref(),
        Some("false"),
        "powa_read_all_metrics reads the upgraded statements' texts"
    );
    assert_eq!(
        reads("SELECT has_column_privilege('powa_read_all_metrics', 'powa_statements', 'queryid', 'SELECT')::text")?
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        reads("SELECT has_table_privilege('powa_read_all_metrics', 'powa_statements_srv0', 'SELECT')::text")?
            .as_deref(),
        Some("false")
    );
    let steps = repository.query_rows(
        "powa",
        "SELECT component, version, description FROM powa_schema_migrations ORDER BY 1, 2",
    )?;
    assert_eq!(steps.len(), 4 * SOURCES.len(), "{steps:?}");
    // The migrated tables are the ones a new install makes.
    let fresh =
        powa_e2e::powa_cluster("upgrade-fresh", &[("walker.plugins", "powa_stat_database")])?;
    wait_for(
        "the fresh install's tables",
        Duration::from_secs(30),
        || {
            Ok(fresh.query_text(
                "powa",
                "SELECT to_regclass('powa_databases_totals_srv0') IS NOT NULL",
            )? == Some("t".to_owned()))
        },
    )?;
    let tables = |cluster: &Cluster| catalog_of_tables(cluster, "powa_databases");
    assert_eq!(tables(&repository)?, tables(&fresh)?);
    drop(fresh);
    // Staging arrays are compressed with lz4 where the server has it
    // (schema version 4), in the partitions too.
    let lz4 = repository.query_text(
        "powa",
        "SELECT 'lz4' = ANY (enumvals) FROM pg_settings WHERE name = 'default_toast_compression'",
    )? == Some("t".to_owned());
    let compression = repository.query_text(
        "powa",
        "SELECT string_agg(attname || ':' || attcompression::text, ',' ORDER BY attname)
           FROM pg_attribute
          WHERE attrelid = 'powa_databases_src_srv0'::regclass AND attname IN ('ids', 'ints', 'floats')",
    )?;
    let staging = if lz4 {
        "floats:l,ids:l,ints:l"
    } else {
        "floats:,ids:,ints:"
    };
    assert_eq!(
        compression.as_deref(),
        Some(staging),
        "lz4 available: {lz4}"
    );

    reads_as(&repository, &expected, "after the upgrade")?;

    // The collector collects again, from a new remote server standing in
    // for the fixture's.
    let remote = server_with_statements(&install, "upgrade-remote")?;
    repository.execute(
        "powa",
        &format!(
            "UPDATE powa_server SET port = {} WHERE id = {srvid}",
            remote.port()
        ),
    )?;
    // Every source counted and none failed: a source failing its startup
    // backs off and is not counted.
    let complete = format!(
        "SELECT count(*) FROM powa_snapshots WHERE srvid = {srvid} AND failed = 0 AND sources = {}",
        SOURCES.len()
    );
    let before = repository.query_i64("powa", &complete)?;
    let collector =
        CollectorProcess::start(&collector_dir, &install, &repository, &plugins(), &[])?;
    wait_for(
        "a complete snapshot of the remote server after the upgrade",
        Duration::from_secs(60),
        || Ok(repository.query_i64("powa", &complete)? > before),
    )
    .with_context(|| collector.log())?;
    drop(collector);
    for (_, prefix) in SOURCES {
        let stored = repository.query_i64(
            "powa",
            &format!(
                "SELECT count(*) FROM {prefix}_snapshots
                  WHERE srvid = {srvid} AND ts = (SELECT max(ts) FROM powa_snapshots WHERE srvid = {srvid})"
            ),
        )?;
        assert_eq!(
            stored, 1,
            "{prefix} has no rows of the collector's last snapshot"
        );
    }
    reads_as(&repository, &expected, "after new snapshots")?;

    // pg_dump keeps the extension's records with the history: restored
    // into a new database, it reads the same.
    let dump = repository
        .client_command("pg_dump")
        .args(["--no-owner", "-d", "powa", "-f"])
        .arg(collector_dir.join("dump.sql"))
        .output()?;
    assert!(
        dump.status.success(),
        "{}",
        String::from_utf8_lossy(&dump.stderr)
    );
    repository.execute("postgres", "CREATE DATABASE restored")?;
    let restore = repository
        .client_command("psql")
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", "restored", "-f"])
        .arg(collector_dir.join("dump.sql"))
        .output()?;
    assert!(
        restore.status.success(),
        "{}",
        String::from_utf8_lossy(&restore.stderr)
    );
    for table in [
        "powa_server",
        "powa_functions",
        "powa_snapshots",
        "powa_schema_migrations",
        "powa_statements_history",
    ] {
        let count =
            |database| repository.query_i64(database, &format!("SELECT count(*) FROM {table}"));
        assert_eq!(
            count("restored")?,
            count("powa")?,
            "{table} in the restored dump"
        );
    }
    Ok(())
}

/// The collector's configuration file for `powa-collector check`.
fn collector_config(dir: &Path, install: &PgInstall, repository: &Cluster) -> Result<PathBuf> {
    fs::create_dir_all(dir)?;
    let config = dir.join("check.toml");
    fs::write(
        &config,
        powa_e2e::collector::collector_config(repository, &install.pkglibdir, &plugins(), ""),
    )?;
    Ok(config)
}

/// The columns (with their compression) and indexes of a source's tables:
/// the parents and the local server's partitions, sorted.
fn catalog_of_tables(cluster: &Cluster, prefix: &str) -> Result<Vec<Vec<Option<String>>>> {
    cluster.query_rows(
        "powa",
        &format!(
            "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
                    || ' compression ' || a.attcompression::text, a.attnotnull
               FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
              WHERE c.relname LIKE '{prefix}\\_%'
                AND (c.relkind = 'p' OR c.relname LIKE '%\\_srv0')
                AND NOT a.attisdropped
             UNION ALL
             SELECT c.relname, pg_get_indexdef(i.indexrelid), NULL, NULL
               FROM pg_class c JOIN pg_index i ON i.indrelid = c.oid
              WHERE c.relname LIKE '{prefix}\\_%' AND c.relkind = 'p'
             ORDER BY 1, 2"
        ),
    )
}
