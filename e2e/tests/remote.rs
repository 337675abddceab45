//! Remote mode end to end: a repository without powa preloaded, a primary
//! and its streaming hot standby collected over loopback TCP with a
//! password from a password file, powa-collector in between.

use anyhow::{bail, ensure, Context, Result};
use postgres::fallible_iterator::FallibleIterator;
use powa_e2e::collector::CollectorProcess as Collector;
use powa_e2e::{free_port, wait_for, Cluster, PgInstall, StopMode};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;
use std::time::{Duration, Instant};

const PASSWORD: &str = "e2e-Secr3t-do-not-log";
const WRONG_PASSWORD: &str = "e2e-Wr0ng-do-not-log";
const SOURCES: &str = "powa_stat_statements, powa_stat_database";

/// A remote primary (pg_stat_statements, a scram-authenticated collector
/// role) and the repository, started.
fn remote_primary(install: &PgInstall) -> Result<Cluster> {
    let mut primary = Cluster::init(install, "remote-primary")?;
    primary.set_conf("shared_preload_libraries", "pg_stat_statements")?;
    primary.set_conf("password_encryption", "scram-sha-256")?;
    primary.prepend_hba("host all collector,intruder 127.0.0.1/32 scram-sha-256")?;
    primary.start()?;
    primary.execute("postgres", "CREATE EXTENSION pg_stat_statements")?;
    primary.execute(
        "postgres",
        &format!(
            "CREATE ROLE collector LOGIN PASSWORD '{PASSWORD}' IN ROLE pg_read_all_stats;
             CREATE ROLE intruder LOGIN PASSWORD 'not-what-the-file-says'"
        ),
    )?;
    Ok(primary)
}

fn repository(install: &PgInstall) -> Result<Cluster> {
    let mut repository = Cluster::init(install, "repository")?;
    repository.start()?;
    repository.execute("postgres", "CREATE DATABASE powa")?;
    // No shared_preload_libraries: the repository only keeps the history.
    repository.execute("powa", "CREATE EXTENSION powa")?;
    Ok(repository)
}

/// Snapshots of `srvid` where every source ran and none failed. A source
/// whose startup waited too long for a table lock (another server's
/// snapshot was writing) starts at a later snapshot: the snapshots before
/// that do not count, or the workload could run before its first one.
fn snapshots(repository: &Cluster, srvid: i32) -> Result<i64> {
    let sources = SOURCES.split(',').count();
    Ok(repository
        .query_text(
            "powa",
            &format!(
                "SELECT count(*) FROM powa_snapshots
                  WHERE srvid = {srvid} AND failed = 0 AND sources = {sources}"
            ),
        )?
        .unwrap_or_default()
        .parse()?)
}

fn wait_for_snapshots(
    repository: &Cluster,
    srvid: i32,
    count: i64,
    collector: &Collector,
) -> Result<()> {
    wait_for(
        &format!("{count} snapshots of server {srvid}"),
        Duration::from_secs(60),
        || Ok(snapshots(repository, srvid)? >= count),
    )
    .with_context(|| format!("collector log:\n{}", collector.log()))
}

fn status(repository: &Cluster, srvid: i32) -> Result<String> {
    Ok(repository
        .query_text(
            "powa",
            &format!("SELECT coalesce(last_error, '') FROM powa_servers WHERE id = {srvid}"),
        )?
        .unwrap_or_default())
}

/// Calls of the statements whose text holds `marker`, in the remote's
/// pg_stat_statements and in the repository's deltas of all its history.
fn calls(remote: &Cluster, repository: &Cluster, srvid: i32, marker: &str) -> Result<(i64, i64)> {
    let direct = remote
        .query_text(
            "postgres",
            &format!(
                "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query LIKE '%{marker}%'"
            ),
        )?
        .unwrap_or_default()
        .parse()?;
    let stored = repository
        .query_text(
            "powa",
            &format!(
                "SELECT coalesce(sum(calls), 0) FROM powa_statements_deltas(now() - interval '1 hour', now() + interval '1 hour', {srvid})
                  WHERE query LIKE '%{marker}%'"
            ),
        )?
        .unwrap_or_default()
        .parse()?;
    Ok((direct, stored))
}

fn register(
    repository: &Cluster,
    port: u16,
    alias: &str,
    username: &str,
    dbname: &str,
) -> Result<i32> {
    Ok(repository
        .query_text(
            "powa",
            &format!(
                "SELECT powa_register_server(hostname => '127.0.0.1', port => {port}, alias => '{alias}',
                        username => '{username}', dbname => '{dbname}', frequency => 1)"
            ),
        )?
        .context("an id")?
        .parse()?)
}

#[test]
fn collects_a_primary_and_its_hot_standby() -> Result<()> {
    let install = PgInstall::from_env()?;
    let primary = remote_primary(&install)?;
    let mut standby = Cluster::standby_of(&primary, "remote-standby")?;
    standby.start()?;
    let repository = repository(&install)?;
    let dir = repository.server_dir("collector")?;
    let passfile = dir.join("pgpass");
    fs::write(
        &passfile,
        format!("127.0.0.1:*:*:collector:{PASSWORD}\n127.0.0.1:*:*:intruder:{WRONG_PASSWORD}\n"),
    )?;
    fs::set_permissions(&passfile, fs::Permissions::from_mode(0o600))?;

    let primary_id = register(
        &repository,
        primary.port(),
        "primary",
        "collector",
        "postgres",
    )?;
    let standby_id = register(
        &repository,
        standby.port(),
        "standby",
        "collector",
        "postgres",
    )?;
    // The same host, port and database again is refused with its reason.
    let again = register(
        &repository,
        primary.port(),
        "again",
        "collector",
        "postgres",
    )
    .err()
    .map(|e| format!("{e:#}"));
    assert!(
        again
            .as_deref()
            .unwrap_or("")
            .contains("registered already"),
        "{again:?}"
    );
    let wrong_id = register(
        &repository,
        primary.port(),
        "wrong password",
        "intruder",
        "template1",
    )?;
    let unreachable_id = register(
        &repository,
        free_port()?,
        "unreachable",
        "collector",
        "postgres",
    )?;

    let collector = Collector::start(
        &dir,
        &install,
        &repository,
        SOURCES,
        &[("PGPASSFILE", &passfile)],
    )?;
    wait_for_snapshots(&repository, primary_id, 1, &collector)?;
    wait_for_snapshots(&repository, standby_id, 1, &collector)?;

    // A workload after the first snapshots: the deltas of the whole history
    // must count exactly what pg_stat_statements counts.
    for _ in 0..7 {
        primary.execute(
            "postgres",
            "SELECT count(*) AS remote_primary_marker FROM generate_series(1, 100)",
        )?;
    }
    for _ in 0..4 {
        standby.execute(
            "postgres",
            "SELECT count(*) AS remote_standby_marker FROM generate_series(1, 10)",
        )?;
    }
    let (primary_now, standby_now) = (
        snapshots(&repository, primary_id)?,
        snapshots(&repository, standby_id)?,
    );
    wait_for_snapshots(&repository, primary_id, primary_now + 2, &collector)?;
    wait_for_snapshots(&repository, standby_id, standby_now + 2, &collector)?;
    let (direct, stored) = calls(&primary, &repository, primary_id, "remote_primary_marker")?;
    assert_eq!((direct, stored), (7, 7), "the primary's calls");
    let (direct, stored) = calls(&standby, &repository, standby_id, "remote_standby_marker")?;
    assert_eq!((direct, stored), (4, 4), "the hot standby's calls");
    let databases = repository.query_text(
        "powa",
        &format!("SELECT count(*) FROM powa_databases_deltas(now() - interval '1 hour', now() + interval '1 hour', {standby_id})"),
    )?;
    assert!(
        databases.unwrap_or_default().parse::<i64>()? >= 3,
        "powa_stat_database on the standby"
    );

    // Clear statuses for servers that cannot be collected.
    wait_for(
        "the two failing servers' status",
        Duration::from_secs(30),
        || {
            Ok(!status(&repository, wrong_id)?.is_empty()
                && !status(&repository, unreachable_id)?.is_empty())
        },
    )
    .with_context(|| format!("collector log:\n{}", collector.log()))?;
    let wrong = status(&repository, wrong_id)?;
    assert!(
        wrong.contains("password authentication failed for user \"intruder\""),
        "{wrong}"
    );
    let unreachable = status(&repository, unreachable_id)?;
    assert!(
        unreachable.contains("cannot connect to collector@127.0.0.1"),
        "{unreachable}"
    );
    assert!(
        unreachable.to_lowercase().contains("refused"),
        "{unreachable}"
    );

    // Stopping the standby does not delay the primary's snapshots; the
    // standby's resume once it is back.
    standby.stop(StopMode::Fast)?;
    let stopped_at = Instant::now();
    let primary_before = snapshots(&repository, primary_id)?;
    let standby_before = snapshots(&repository, standby_id)?;
    std::thread::sleep(Duration::from_secs(6));
    let primary_during = snapshots(&repository, primary_id)? - primary_before;
    assert!(
        primary_during >= 4,
        "{primary_during} snapshots of the primary in 6 s while the standby was down"
    );
    assert!(snapshots(&repository, standby_id)? <= standby_before + 1);
    let down = status(&repository, standby_id)?;
    assert!(!down.is_empty(), "the stopped standby's status says why");
    standby.start()?;
    wait_for_snapshots(&repository, standby_id, standby_before + 2, &collector)?;
    assert!(stopped_at.elapsed() < Duration::from_secs(90));

    // Commands: WORKERS_STATUS answers on the channel given, FORCE_SNAPSHOT
    // takes one now, RELOAD (sent by powa_configure_server) applies.
    repository.execute(
        "powa",
        &format!("SELECT powa_configure_server({primary_id}, '{{\"frequency\": 3600}}')"),
    )?;
    std::thread::sleep(Duration::from_secs(2));
    let before = snapshots(&repository, primary_id)?;
    repository.execute(
        "powa",
        &format!("NOTIFY powa_collector, 'FORCE_SNAPSHOT {primary_id}'"),
    )?;
    wait_for_snapshots(&repository, primary_id, before + 1, &collector)?;
    let mut listener = repository.connect("powa")?;
    listener.batch_execute("LISTEN e2e_status")?;
    repository.execute("powa", "NOTIFY powa_collector, 'WORKERS_STATUS e2e_status'")?;
    let answer = listener
        .notifications()
        .timeout_iter(Duration::from_secs(10))
        .next()?
        .context("no answer to WORKERS_STATUS")?;
    assert!(
        answer.payload().contains(&format!("\"{primary_id}\""))
            && answer.payload().contains("\"state\""),
        "{}",
        answer.payload()
    );

    // No password anywhere: not in the repository, not in the log.
    let dump = Command::new(install.bin("pg_dump"))
        .args(["-h"])
        .arg(repository.socket_dir())
        .args([
            "-p",
            &repository.port().to_string(),
            "-U",
            "postgres",
            "powa",
        ])
        .output()?;
    assert!(
        dump.status.success(),
        "{}",
        String::from_utf8_lossy(&dump.stderr)
    );
    let dump = String::from_utf8_lossy(&dump.stdout);
    assert!(
        dump.contains("remote_primary_marker"),
        "the dump holds the history"
    );
    // pg_stat_statements keeps CREATE ROLE ... PASSWORD as typed: the
    // statements source masks the literal before it leaves the server.
    assert!(
        dump.contains("PASSWORD '********'"),
        "the masked CREATE ROLE"
    );
    let log = collector.log();
    for secret in [PASSWORD, WRONG_PASSWORD] {
        assert!(!dump.contains(secret), "a password in the repository");
        assert!(!log.contains(secret), "a password in the collector's log");
    }

    // Deleting a server drops its partitions.
    repository.execute(
        "powa",
        &format!("SELECT powa_delete_and_purge_server({standby_id})"),
    )?;
    let left = repository.query_text(
        "powa",
        &format!("SELECT count(*) FROM powa_server_partitions({standby_id})"),
    )?;
    assert_eq!(left.as_deref(), Some("0"));
    assert_eq!(
        repository
            .query_text(
                "powa",
                &format!("SELECT count(*) FROM powa_statements WHERE srvid = {standby_id}")
            )?
            .as_deref(),
        Some("0")
    );

    // SIGTERM stops the collector cleanly.
    let mut collector = collector;
    collector.signal(libc::SIGTERM);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(exit) = collector.child.try_wait()? {
            assert!(exit.success(), "exit status {exit}: {}", collector.log());
            break;
        }
        if Instant::now() > deadline {
            bail!(
                "powa-collector did not stop on SIGTERM:\n{}",
                collector.log()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(collector.log().contains("stopped"));
    Ok(())
}

#[test]
fn registration_is_checked() -> Result<()> {
    let install = PgInstall::from_env()?;
    let repository = repository(&install)?;
    let refused = |sql: &str| -> Result<String> {
        match repository.execute("powa", sql) {
            Ok(()) => bail!("accepted: {sql}"),
            Err(error) => Ok(format!("{error:#}")),
        }
    };
    assert!(
        refused("SELECT powa_register_server(hostname => 'h', port => 0)")?
            .contains("port is 0: it must be from 1 to 65535")
    );
    assert!(
        refused("SELECT powa_register_server(hostname => 'h', frequency => 0)")?
            .contains("frequency is 0")
    );
    assert!(
        refused("SELECT powa_register_server(hostname => 'h', sources => '{Bad-Name}')")?
            .contains("must name data-source plugins")
    );
    // A password needs the collectors' key first, and the refusal says
    // how to make one.
    let no_key = refused("SELECT powa_register_server(hostname => 'h', password => 'pw-x7')")?;
    assert!(
        no_key.contains("no collector key is configured")
            && no_key.contains("powa-collector keygen")
            // (The statement is quoted before the server's error.)
            && !no_key.split("ERROR:").nth(1).unwrap_or_default().contains("pw-x7"),
        "{no_key}"
    );
    let unknown = refused(
        "SELECT powa_register_server(hostname => 'h', extensions => '{pg_stat_kcache,pg_foo}')",
    )?;
    assert!(
        unknown.contains("'pg_foo' is no stat extension powa collects")
            && unknown.contains(
                "pg_stat_statements, pg_stat_kcache, pg_qualstats, pg_wait_sampling, pg_track_settings, hypopg"
            ),
        "{unknown}"
    );
    repository.execute(
        "powa",
        "SELECT powa_register_server(hostname => 'h', alias => 'a')",
    )?;
    assert!(
        refused("SELECT powa_configure_server(1, '{\"password\": \"pw-x7\"}')")?
            .contains("no collector key is configured")
    );
    assert!(
        refused("SELECT powa_configure_server(1, '{\"password_sealed\": \"00\"}')")?
            .contains("cannot configure \"password_sealed\"")
    );
    assert!(
        refused("SELECT powa_set_collector_key('-----BEGIN PGP PUBLIC KEY BLOCK-----')")?
            .contains("a public key is 64 hex digits")
    );
    assert!(
        refused("SELECT powa_configure_server(0, '{\"frequency\": 5}')")?.contains("local server")
    );
    assert!(refused("SELECT powa_deactivate_server(42)")?.contains("there is no server 42"));
    repository.execute("powa", "SELECT powa_deactivate_server(1)")?;
    assert_eq!(
        repository
            .query_text("powa", "SELECT active FROM powa_servers WHERE id = 1")?
            .as_deref(),
        Some("f")
    );
    Ok(())
}

/// The rows of `powa_functions` for `srvid`: (module, operation, enabled).
fn functions(repository: &Cluster, srvid: i32) -> Result<Vec<String>> {
    Ok(repository
        .query_rows(
            "powa",
            &format!(
                "SELECT format('%s %s %s', module, operation, enabled) FROM powa_functions
                  WHERE srvid = {srvid} ORDER BY module, operation"
            ),
        )?
        .into_iter()
        .filter_map(|row| row[0].clone())
        .collect())
}

/// The collector's directory, with a password file holding the
/// collector role's password.
fn collector_dir(repository: &Cluster) -> Result<(std::path::PathBuf, std::path::PathBuf)> {
    let dir = repository.server_dir("collector")?;
    let passfile = dir.join("pgpass");
    fs::write(&passfile, format!("127.0.0.1:*:*:collector:{PASSWORD}\n"))?;
    fs::set_permissions(&passfile, fs::Permissions::from_mode(0o600))?;
    Ok((dir, passfile))
}

/// A remote primary registered in a repository as "primary" (user
/// collector, database postgres), with the collector's directory and
/// password file: what the collector tests start from.
fn primary_registered() -> Result<(
    PgInstall,
    Cluster,
    Cluster,
    std::path::PathBuf,
    std::path::PathBuf,
    i32,
)> {
    let install = PgInstall::from_env()?;
    let primary = remote_primary(&install)?;
    let repository = repository(&install)?;
    let (dir, passfile) = collector_dir(&repository)?;
    let id = register(
        &repository,
        primary.port(),
        "primary",
        "collector",
        "postgres",
    )?;
    Ok((install, primary, repository, dir, passfile, id))
}

fn count(repository: &Cluster, sql: &str) -> Result<i64> {
    Ok(repository
        .query_text("powa", sql)?
        .unwrap_or_default()
        .parse()?)
}

/// The collector runs the worker's cycle (`powa_host`): it registers its
/// sources for the server in powa_functions, skips an operation disabled
/// there, unregisters a source whose extension is dropped and registers it
/// again once it is back, and purges the server's powa_snapshots rows with
/// the sources' history.
#[test]
fn the_collector_keeps_the_catalog_and_purges_its_records() -> Result<()> {
    let (install, primary, repository, dir, passfile, id) = primary_registered()?;
    // A maintenance cycle every 5 snapshots, purging what is 5 s old.
    repository.execute(
        "powa",
        &format!(
            "UPDATE powa_server SET powa_coalesce = 5, retention = '5 seconds' WHERE id = {id}"
        ),
    )?;
    let collector = Collector::start(
        &dir,
        &install,
        &repository,
        SOURCES,
        &[("PGPASSFILE", &passfile)],
    )?;
    wait_for_snapshots(&repository, id, 1, &collector)?;
    let registered = functions(&repository, id)?;
    for module in ["powa_stat_database", "powa_stat_statements"] {
        for operation in ["aggregate", "purge", "snapshot", "unregister"] {
            let row = format!("{module} {operation} t");
            assert!(registered.contains(&row), "{row} in {registered:?}");
        }
    }
    let entry_point = repository.query_text(
        "powa",
        &format!(
            "SELECT entry_point FROM powa_functions
              WHERE srvid = {id} AND module = 'powa_stat_database' AND operation = 'snapshot'"
        ),
    )?;
    assert!(
        entry_point
            .as_deref()
            .is_some_and(|e| e.ends_with("powa_stat_database.so: snapshot")),
        "{entry_point:?}"
    );

    // A disabled snapshot is not taken; the other source's still are.
    repository.execute(
        "powa",
        &format!(
            "UPDATE powa_functions SET enabled = false
              WHERE srvid = {id} AND module = 'powa_stat_database' AND operation = 'snapshot'"
        ),
    )?;
    // (The latest snapshot of each source: purge, every 5 snapshots,
    // removes the oldest.)
    let latest = |table: &str| -> Result<String> {
        Ok(repository
            .query_text(
                "powa",
                &format!("SELECT coalesce(max(ts)::text, '') FROM {table} WHERE srvid = {id}"),
            )?
            .unwrap_or_default())
    };
    // Snapshots after the latest recorded (purge removes the oldest).
    let after_latest = |n: i64| -> Result<()> {
        let mark = latest("powa_snapshots")?;
        wait_for(
            &format!("{n} more snapshots"),
            Duration::from_secs(60),
            || {
                Ok(count(
                    &repository,
                    &format!(
                        "SELECT count(*) FROM powa_snapshots
                      WHERE srvid = {id} AND ts > '{mark}' AND failed = 0 AND sources = 2"
                    ),
                )? >= n)
            },
        )
        .with_context(|| format!("collector log:\n{}", collector.log()))
    };
    // The snapshot running while it was disabled may have been planned
    // before: counted from the next one.
    after_latest(2)?;
    let (databases, statements) = (
        latest("powa_databases_snapshots")?,
        latest("powa_statements_snapshots")?,
    );
    after_latest(3)?;
    assert_eq!(latest("powa_databases_snapshots")?, databases, "disabled");
    assert_ne!(latest("powa_statements_snapshots")?, statements, "enabled");

    // The server's records are purged with its history.
    let first = repository
        .query_text(
            "powa",
            &format!("SELECT min(ts)::text FROM powa_snapshots WHERE srvid = {id}"),
        )?
        .context("a first snapshot")?;
    wait_for(
        "the first snapshot's record purged",
        Duration::from_secs(60),
        || {
            count(
                &repository,
                &format!(
                    "SELECT count(*) FROM powa_snapshots WHERE srvid = {id} AND ts = '{first}'"
                ),
            )
            .map(|n| n == 0)
        },
    )
    .with_context(|| format!("collector log:\n{}", collector.log()))?;

    // The extension a source reads is dropped: the source is unregistered;
    // back, registered again (its operations enabled as at first).
    primary.execute("postgres", "DROP EXTENSION pg_stat_statements")?;
    let statements_rows = |repository: &Cluster| -> Result<usize> {
        Ok(functions(repository, id)?
            .iter()
            .filter(|row| row.starts_with("powa_stat_statements "))
            .count())
    };
    wait_for(
        "powa_stat_statements unregistered",
        Duration::from_secs(60),
        || Ok(statements_rows(&repository)? == 0),
    )
    .with_context(|| format!("collector log:\n{}", collector.log()))?;
    primary.execute("postgres", "CREATE EXTENSION pg_stat_statements")?;
    wait_for(
        "powa_stat_statements registered again",
        Duration::from_secs(60),
        || Ok(statements_rows(&repository)? == 4),
    )
    .with_context(|| format!("collector log:\n{}", collector.log()))?;
    let log = collector.log();
    assert!(
        log.contains("powa_stat_statements: unregistered: the extension \"pg_stat_statements\""),
        "{log}"
    );
    Ok(())
}

/// The collector backs a failing source off as the worker does (after n
/// failures in a row, the next 2^n - 1 of the server's snapshots go
/// without it): each failure is in powa_plugin_errors with the server and
/// the panic's message, and the other source keeps collecting.
#[test]
fn the_collector_backs_a_failing_source_off() -> Result<()> {
    let (install, _primary, repository, dir, passfile, id) = primary_registered()?;
    let config = dir.join("collector.toml");
    fs::write(
        &config,
        powa_e2e::collector::collector_config(
            &repository,
            &install.pkglibdir,
            "fixture_panicky, powa_stat_database",
            "[collector.settings]\n\"fixture_panicky.panic_in\" = \"startup\"\n",
        ),
    )?;
    let collector = Collector::spawn(&dir, &config, &[("PGPASSFILE", &passfile)])?;
    wait_for(
        "12 snapshots of powa_stat_database",
        Duration::from_secs(60),
        || {
            Ok(count(
                &repository,
                &format!("SELECT count(*) FROM powa_databases_snapshots WHERE srvid = {id}"),
            )? >= 12)
        },
    )
    .with_context(|| format!("collector log:\n{}", collector.log()))?;
    let log = collector.log();
    drop(collector);
    // As the worker does: each failure in powa_plugin_errors, for the server.
    let failures = repository.query_rows(
        "powa",
        &format!(
            "SELECT operation, message FROM powa_plugin_errors
              WHERE srvid = {id} AND plugin = 'fixture_panicky' ORDER BY at"
        ),
    )?;
    let cycles = count(
        &repository,
        &format!("SELECT count(*) FROM powa_snapshots WHERE srvid = {id}"),
    )?;
    // Attempts at snapshots 1, 3, 7 (and 15): a handful, not one per cycle.
    assert!(
        (2..=4).contains(&failures.len()) && cycles >= 12,
        "{} attempts in {cycles} snapshots: {failures:?}\ncollector log:\n{log}",
        failures.len()
    );
    for failure in &failures {
        assert_eq!(failure[0].as_deref(), Some("startup"));
        assert!(
            failure[1]
                .as_deref()
                .is_some_and(|m| m.contains("fixture_panicky panics in startup as asked")),
            "{failure:?}"
        );
    }
    // The healthy source ran in every snapshot.
    let without = count(
        &repository,
        &format!(
            "SELECT count(*) FROM powa_snapshots s
              WHERE s.srvid = {id} AND s.ts > (SELECT min(ts) FROM powa_databases_snapshots WHERE srvid = {id})
                AND NOT EXISTS (SELECT 1 FROM powa_databases_snapshots d WHERE d.srvid = {id} AND d.ts = s.ts)"
        ),
    )?;
    assert_eq!(without, 0, "snapshots without powa_stat_database");
    Ok(())
}

/// The collector runs a server's sources in ascending priority of their
/// snapshot rows, as the worker does (see plugins.rs): two sources failing
/// every snapshot record their errors in that order, and in the other
/// after the priorities swap.
#[test]
fn the_collector_runs_sources_in_priority_order() -> Result<()> {
    let install = PgInstall::from_env()?;
    // pg_stat_statements installed but not preloaded: its source fails.
    let mut monitored = Cluster::init(&install, "priorities-monitored")?;
    monitored.start()?;
    monitored.execute("postgres", "CREATE EXTENSION pg_stat_statements")?;
    let repository = repository(&install)?;
    let dir = repository.server_dir("collector")?;
    let id = register(
        &repository,
        monitored.port(),
        "monitored",
        "postgres",
        "postgres",
    )?;
    let config = dir.join("collector.toml");
    fs::write(
        &config,
        powa_e2e::collector::collector_config(
            &repository,
            &install.pkglibdir,
            "fixture_panicky, powa_stat_statements",
            "[collector.settings]\n\"fixture_panicky.panic_in\" = \"snapshot\"\n",
        ),
    )?;
    let collector = Collector::spawn(&dir, &config, &[])?;
    wait_for("both sources registered", Duration::from_secs(30), || {
        Ok(count(
            &repository,
            &format!("SELECT count(DISTINCT module) FROM powa_functions WHERE srvid = {id}"),
        )? == 2)
    })
    .with_context(|| format!("collector log:\n{}", collector.log()))?;
    let first = powa_e2e::order_after_priorities(
        &repository,
        id,
        &[("powa_stat_statements", 1), ("fixture_panicky", 20)],
        Duration::from_secs(90),
    )
    .with_context(|| format!("collector log:\n{}", collector.log()))?;
    assert_eq!(first, ["powa_stat_statements", "fixture_panicky"]);
    let second = powa_e2e::order_after_priorities(
        &repository,
        id,
        &[("powa_stat_statements", 30), ("fixture_panicky", 5)],
        Duration::from_secs(90),
    )
    .with_context(|| format!("collector log:\n{}", collector.log()))?;
    assert_eq!(second, ["fixture_panicky", "powa_stat_statements"]);
    Ok(())
}

/// PoWA's documented registration works as written, and a password given
/// there is stored sealed to the collectors' key: powa-collector opens it
/// with its key file (when the password file has none), and it is in no
/// table, no pg_dump of the repository and no log line of the collector.
#[test]
fn registered_passwords_are_sealed_for_the_collector() -> Result<()> {
    let install = PgInstall::from_env()?;
    let primary = remote_primary(&install)?;
    let repository = repository(&install)?;
    let dir = repository.server_dir("collector")?;
    // No password file entry for the monitored server.
    let passfile = dir.join("pgpass");
    fs::write(&passfile, "")?;
    fs::set_permissions(&passfile, fs::Permissions::from_mode(0o600))?;

    let key_file = dir.join("collector.key");
    let keygen = Command::new(powa_e2e::collector_binary()?)
        .args(["keygen", "--output"])
        .arg(&key_file)
        .output()?;
    ensure!(
        keygen.status.success(),
        "keygen: {}",
        String::from_utf8_lossy(&keygen.stderr)
    );
    ensure!(fs::metadata(&key_file)?.permissions().mode() & 0o777 == 0o600);
    let public_key = String::from_utf8(keygen.stdout)?.trim().to_owned();
    repository.execute(
        "powa",
        &format!("SELECT powa_set_collector_key('{public_key}')"),
    )?;

    // The documentation's call, as written.
    let documented = repository
        .query_text(
            "powa",
            "SELECT powa_register_server(hostname => 'myserver.domain.com',
                alias => 'myserver',
                password => 'mypassword',
                extensions => '{pg_stat_kcache,pg_qualstats,pg_wait_sampling}');",
        )?
        .context("an id")?;
    repository.execute(
        "powa",
        &format!("SELECT powa_deactivate_server({documented})"),
    )?;
    assert_eq!(
        repository.query_text(
            "powa",
            &format!("SELECT extensions::text || ' ' || has_password FROM powa_servers WHERE id = {documented}"),
        )?,
        Some("{pg_stat_kcache,pg_qualstats,pg_wait_sampling} true".to_owned())
    );

    let id: i32 = repository
        .query_text(
            "powa",
            &format!(
                "SELECT powa_register_server(hostname => '127.0.0.1', port => {}, alias => 'primary',
                        username => 'collector', dbname => 'postgres', frequency => 1,
                        password => '{PASSWORD}', extensions => '{{pg_stat_kcache}}')",
                primary.port()
            ),
        )?
        .context("an id")?
        .parse()?;

    // Without the key, the collector says what is missing.
    let config = dir.join("collector.toml");
    let libdir = &install.pkglibdir;
    fs::write(
        &config,
        powa_e2e::collector::collector_config(&repository, libdir, SOURCES, "debug = true\n"),
    )?;
    let mut keyless = Collector::spawn(&dir, &config, &[("PGPASSFILE", &passfile)])?;
    wait_for(
        "the keyless collector's complaint",
        Duration::from_secs(30),
        || Ok(status(&repository, id)?.contains("no key to open it")),
    )
    .with_context(|| keyless.log())?;
    keyless.signal(libc::SIGTERM);
    keyless.wait_exit(Duration::from_secs(10))?;
    let keyless_log = keyless.log();

    fs::write(
        &config,
        powa_e2e::collector::collector_config(
            &repository,
            libdir,
            SOURCES,
            &format!(
                "debug = true\npassword_key = {:?}\n",
                key_file.display().to_string()
            ),
        ),
    )?;
    let collector = Collector::spawn(&dir, &config, &[("PGPASSFILE", &passfile)])?;
    wait_for_snapshots(&repository, id, 2, &collector)?;

    // The password is nowhere in plaintext: tables, dump, logs.
    assert_eq!(
        repository.query_i64(
            "powa",
            &format!(
                "SELECT count(*) FROM powa_server s WHERE s::text LIKE '%{PASSWORD}%' OR s::text LIKE '%mypassword%'"
            ),
        )?,
        0
    );
    let dump = repository
        .client_command("pg_dump")
        .args(["--dbname", "powa"])
        .output()?;
    ensure!(
        dump.status.success(),
        "pg_dump: {}",
        String::from_utf8_lossy(&dump.stderr)
    );
    let dump = String::from_utf8_lossy(&dump.stdout);
    ensure!(
        dump.contains("COPY public.powa_server"),
        "the dump has the servers"
    );
    ensure!(!dump.contains(PASSWORD) && !dump.contains("mypassword"));
    for log in [collector.log(), keyless_log] {
        ensure!(!log.contains(PASSWORD), "a password in the collector's log");
    }
    Ok(())
}
