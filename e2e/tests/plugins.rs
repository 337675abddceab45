//! Plugins in a real server: they load in the listed order, every way a
//! library can be unusable is reported with its reason, and a plugin that
//! panics in a callback is recorded and backed off while the server, the
//! worker and the other plugins carry on.

use anyhow::{Context, Result};
use powa_e2e::{
    powa_cluster, wait_for, wait_for_powa_worker, wait_until_flushed, Cluster, PgInstall, StopMode,
};
use std::time::Duration;

/// (name, status, detail) of every plugin in powa_plugins, in order.
fn plugin_rows(cluster: &Cluster) -> Result<Vec<(String, String, String)>> {
    Ok(cluster
        .query_rows(
            "powa",
            "SELECT name, status, coalesce(detail, '') FROM powa_plugins",
        )?
        .into_iter()
        .map(|row| {
            (
                row[0].clone().unwrap(),
                row[1].clone().unwrap(),
                row[2].clone().unwrap(),
            )
        })
        .collect())
}

fn count(cluster: &Cluster, sql: &str) -> Result<i64> {
    Ok(cluster
        .query_text("powa", sql)?
        .unwrap_or_default()
        .parse()?)
}

/// A library that exists but is no powa plugin: a copy of plpgsql.
fn install_not_a_plugin(install: &PgInstall) -> Result<()> {
    let target = install.pkglibdir.join("not_a_plugin.so");
    if !target.exists() {
        let temp = install
            .pkglibdir
            .join(format!("not_a_plugin.so.{}", std::process::id()));
        std::fs::copy(install.pkglibdir.join("plpgsql.so"), &temp)?;
        std::fs::rename(temp, target)?;
    }
    Ok(())
}

#[test]
fn plugins_load_in_order_and_each_failure_has_its_reason() -> Result<()> {
    install_not_a_plugin(&PgInstall::from_env()?)?;
    let cluster = powa_cluster(
        "plugin_loading",
        &[
            (
                "walker.plugins",
                "example_stat_database, no_such_plugin, ../evil, not_a_plugin, fixture_bad_abi, a/b, example_wal_counter",
            ),
            ("powa.frequency", "1s"),
        ],
    )?;
    let worker = wait_for_powa_worker(&cluster)?;
    wait_for("powa_plugins to be filled", Duration::from_secs(20), || {
        Ok(plugin_rows(&cluster)?.len() == 7)
    })?;
    let rows = plugin_rows(&cluster)?;
    let names_and_statuses: Vec<(&str, &str)> = rows
        .iter()
        .map(|(n, s, _)| (n.as_str(), s.as_str()))
        .collect();
    assert_eq!(
        names_and_statuses,
        [
            ("example_stat_database", "loaded"),
            ("no_such_plugin", "missing"),
            ("../evil", "invalid name"),
            ("not_a_plugin", "not a plugin"),
            ("fixture_bad_abi", "incompatible"),
            ("a/b", "invalid name"),
            ("example_wal_counter", "loaded"),
        ]
    );
    assert!(
        rows[1].2.contains("no file") && rows[1].2.contains("no_such_plugin.so"),
        "{}",
        rows[1].2
    );
    assert!(
        rows[2]
            .2
            .contains("only lower-case letters, digits and '_'"),
        "{}",
        rows[2].2
    );
    assert!(rows[3].2.contains("is not a powa plugin"), "{}", rows[3].2);
    assert!(
        rows[4]
            .2
            .contains("built against an incompatible powa-core"),
        "{}",
        rows[4].2
    );

    let kinds = cluster.query_rows(
        "powa",
        "SELECT array_to_string(kinds, ','), version FROM powa_plugins WHERE status = 'loaded'",
    )?;
    assert_eq!(kinds[0][0].as_deref(), Some("data source"));
    assert_eq!(kinds[1][0].as_deref(), Some("wal"));
    assert_eq!(kinds[0][1].as_deref(), Some(env!("CARGO_PKG_VERSION")));

    // The good plugins work despite the bad ones: the data source snapshots.
    wait_for(
        "example_stat_database snapshots",
        Duration::from_secs(20),
        || {
            Ok(count(
                &cluster,
                "SELECT count(DISTINCT ts) FROM example_stat_database_history",
            )? >= 3)
        },
    )?;
    assert!(cluster
        .query_text("powa", "SELECT to_regclass('example_wal_counter')")?
        .is_some());
    assert_eq!(
        wait_for_powa_worker(&cluster)?,
        worker,
        "the worker never restarted"
    );
    Ok(())
}

/// A cluster running fixture_panicky next to example_stat_database, with
/// fixture_panicky panicking in `panic_in`.
fn panicky_cluster(name: &str, panic_in: &str) -> Result<Cluster> {
    powa_cluster(
        name,
        &[
            ("walker.plugins", "fixture_panicky, example_stat_database"),
            ("powa.frequency", "1s"),
            ("powa.coalesce", "5"),
            ("fixture_panicky.panic_in", panic_in),
        ],
    )
}

/// Waits for an error of fixture_panicky in `operation`, checks that it
/// carries the panic message, that the other plugin kept snapshotting, and
/// that neither the worker nor the server restarted.
fn assert_panic_recorded(cluster: &Cluster, operation: &str, callback: &str) -> Result<()> {
    let worker = wait_for_powa_worker(cluster)?;
    let errors_of = |op: &str| {
        count(
            cluster,
            &format!("SELECT count(*) FROM powa_plugin_errors WHERE plugin = 'fixture_panicky' AND operation = '{op}'"),
        )
    };
    wait_for(
        &format!("an error of fixture_panicky in {operation}"),
        Duration::from_secs(30),
        || Ok(errors_of(operation)? >= 1),
    )?;
    let message = cluster
        .query_text(
            "powa",
            &format!(
                "SELECT message FROM powa_plugin_errors WHERE plugin = 'fixture_panicky' AND operation = '{operation}' LIMIT 1"
            ),
        )?
        .unwrap();
    assert!(
        message.contains(&format!("panics in {callback} as asked"))
            && message.contains("panicked in"),
        "{message}"
    );
    let before = count(
        cluster,
        "SELECT count(DISTINCT ts) FROM example_stat_database_history",
    )?;
    wait_for(
        "example_stat_database to keep snapshotting",
        Duration::from_secs(20),
        || {
            Ok(count(
                cluster,
                "SELECT count(DISTINCT ts) FROM example_stat_database_history",
            )? >= before + 3)
        },
    )?;
    assert_eq!(
        wait_for_powa_worker(cluster)?,
        worker,
        "the worker never restarted"
    );
    assert!(
        !cluster.log().contains("terminated by signal"),
        "{}",
        cluster.log_tail(30)
    );
    Ok(())
}

#[test]
fn panic_in_startup_is_recorded_and_backed_off() -> Result<()> {
    let cluster = panicky_cluster("panic_startup", "startup")?;
    assert_panic_recorded(&cluster, "startup", "startup")?;
    // Backed off: over a dozen one-second cycles, a handful of attempts
    // (cycles 1, 3, 7, 15, ...), not one per cycle.
    std::thread::sleep(Duration::from_secs(8));
    let cycles = count(
        &cluster,
        "SELECT count(DISTINCT ts) FROM example_stat_database_history",
    )?;
    let attempts = count(
        &cluster,
        "SELECT count(*) FROM powa_plugin_errors WHERE plugin = 'fixture_panicky'",
    )?;
    assert!(
        cycles >= 10 && attempts <= 4,
        "{attempts} attempts in {cycles} cycles"
    );
    let status = cluster.query_rows(
        "powa",
        "SELECT status, last_error, last_error_at IS NOT NULL FROM powa_plugins WHERE name = 'fixture_panicky'",
    )?;
    assert_eq!(status[0][0].as_deref(), Some("backing off"));
    assert!(status[0][1]
        .as_deref()
        .unwrap()
        .starts_with("startup: panicked in startup"));
    assert_eq!(status[0][2].as_deref(), Some("t"));
    Ok(())
}

#[test]
fn panic_in_snapshot_rolls_its_work_back() -> Result<()> {
    let cluster = panicky_cluster("panic_snapshot", "snapshot")?;
    assert_panic_recorded(&cluster, "snapshot", "snapshot")?;
    // The row the fixture inserted before panicking was rolled back.
    assert_eq!(
        count(&cluster, "SELECT count(*) FROM fixture_panicky_snapshots")?,
        0
    );
    Ok(())
}

#[test]
fn panic_in_aggregate_is_recorded() -> Result<()> {
    let cluster = panicky_cluster("panic_aggregate", "aggregate")?;
    assert_panic_recorded(&cluster, "aggregate", "aggregate")?;
    // The snapshots before it were kept.
    assert!(count(&cluster, "SELECT count(*) FROM fixture_panicky_snapshots")? >= 5);
    Ok(())
}

#[test]
fn panic_in_purge_is_recorded() -> Result<()> {
    let cluster = panicky_cluster("panic_purge", "purge")?;
    assert_panic_recorded(&cluster, "purge", "purge")
}

#[test]
fn panic_in_wal_startup_and_shutdown_is_recorded() -> Result<()> {
    let mut cluster = panicky_cluster("panic_wal", "wal_startup")?;
    assert_panic_recorded(&cluster, "wal startup", "wal_startup")?;

    // Now let the WAL side start, and panic when it is shut down.
    cluster.set_conf("fixture_panicky.panic_in", "shutdown")?;
    cluster.restart()?;
    wait_for_powa_worker(&cluster)?;
    cluster.stop(StopMode::Fast)?;
    cluster.start()?;
    wait_for(
        "the shutdown panic in powa_plugin_errors",
        Duration::from_secs(20),
        || {
            Ok(count(
            &cluster,
            "SELECT count(*) FROM powa_plugin_errors WHERE plugin = 'fixture_panicky' AND operation = 'wal shutdown'",
        )? >= 1)
        },
    )?;
    Ok(())
}

#[test]
fn panic_in_record_and_flush_is_recorded() -> Result<()> {
    let cluster = powa_cluster(
        "panic_record_flush",
        &[
            (
                "walker.plugins",
                "fixture_panicky, example_wal_counter, example_stat_database",
            ),
            ("powa.frequency", "1s"),
            ("walker.flush_interval", "200ms"),
            ("fixture_panicky.panic_in", "record,flush"),
        ],
    )?;
    assert_panic_recorded(&cluster, "record", "record")?;
    assert_panic_recorded(&cluster, "flush", "flush")?;
    // Record errors are reported once per batch, not once per record.
    let message = cluster
        .query_text("powa", "SELECT message FROM powa_plugin_errors WHERE operation = 'record' ORDER BY at DESC LIMIT 1")?
        .unwrap();
    assert!(message.starts_with("at "), "{message}");
    // The well-behaved WAL plugin flushed; the failing one holds the slot back.
    wait_for(
        "example_wal_counter to flush",
        Duration::from_secs(20),
        || {
            Ok(count(
                &cluster,
                "SELECT count(*) FROM powa_walker_position WHERE plugin = 'example_wal_counter'",
            )? == 1)
        },
    )?;
    assert_eq!(
        count(
            &cluster,
            "SELECT count(*) FROM powa_walker_position WHERE plugin = 'fixture_panicky'"
        )?,
        0
    );
    Ok(())
}

/// Records a WAL plugin failed on are counted in powa_plugins, up to its
/// flushed position, and the count survives a restart: a plugin failing on
/// every record has failed on exactly the records example_wal_counter
/// counted up to the same flush.
#[test]
fn failed_records_are_counted_across_restarts() -> Result<()> {
    let mut cluster = powa_cluster(
        "failed_records",
        &[
            ("walker.plugins", "fixture_panicky, example_wal_counter"),
            ("walker.flush_interval", "200ms"),
            ("fixture_panicky.panic_in", "record"),
        ],
    )?;
    // (failed records of fixture_panicky, records example_wal_counter
    // counted), read in one statement once both flushed the same position.
    let failed_and_counted = |cluster: &Cluster| -> Result<(i64, i64)> {
        cluster.execute("powa", "CREATE TABLE IF NOT EXISTS churn (i int); INSERT INTO churn SELECT generate_series(1, 100)")?;
        wait_until_flushed(cluster, "fixture_panicky")?;
        wait_until_flushed(cluster, "example_wal_counter")?;
        let row = cluster.query_rows(
            "powa",
            "SELECT p.failed_records, (SELECT sum(records) FROM example_wal_counter)
               FROM powa_plugins p
               JOIN powa_walker_position mine ON mine.plugin = p.name
               JOIN powa_walker_position other ON other.plugin = 'example_wal_counter'
              WHERE p.name = 'fixture_panicky' AND mine.confirmed_lsn = other.confirmed_lsn",
        )?;
        let row = row
            .first()
            .context("both plugins flushed the same position")?;
        Ok((
            row[0].as_deref().unwrap_or("0").parse()?,
            row[1].as_deref().unwrap_or("0").parse()?,
        ))
    };
    wait_for_powa_worker(&cluster)?;
    let (failed, counted) = failed_and_counted(&cluster)?;
    assert!(failed > 100, "{failed}");
    assert_eq!(failed, counted, "every record fixture_panicky got failed");
    assert_eq!(
        cluster
            .query_text("powa", "SELECT failed_records IS NULL FROM powa_plugins WHERE name = 'example_wal_counter'")?
            .as_deref(),
        Some("f"),
        "a WAL plugin that never failed shows 0"
    );
    cluster.restart()?;
    wait_for_powa_worker(&cluster)?;
    let (failed_after, counted_after) = failed_and_counted(&cluster)?;
    assert!(failed_after > failed, "{failed_after} after {failed}");
    assert_eq!(failed_after, counted_after, "after a restart");
    Ok(())
}

/// The settings plugins declare are the server's own: `SHOW` and
/// `pg_settings` describe them, a bad value is refused with what is
/// allowed, a good one applies at reload, and a misspelt setting under a
/// plugin's name is reported at start.
#[test]
fn declared_settings_are_server_settings() -> Result<()> {
    let cluster = powa_cluster(
        "declared_settings",
        &[
            (
                "walker.plugins",
                "archive_basic, garbagemap, powa_wait_sampling",
            ),
            ("powa.frequency", "-1"),
            ("archive_basic.compression", "lz4"),
            ("archive_basic.compresion", "zstd"),
        ],
    )?;
    let show = |name: &str| -> Result<String> {
        cluster
            .query_text("powa", &format!("SHOW {name}"))?
            .context("a value")
    };
    assert_eq!(
        show("archive_basic.compression")?,
        "lz4",
        "from postgresql.conf"
    );
    assert_eq!(show("archive_basic.zstd_workers")?, "2", "the default");
    assert_eq!(show("archive_basic.archive_directory")?, "");
    assert_eq!(show("garbagemap.range_blocks")?, "128");
    assert_eq!(show("powa_wait_sampling.period")?, "100");
    let described = cluster.query_rows(
        "powa",
        "SELECT name, vartype, context, coalesce(enumvals::text, ''),
                coalesce(min_val, ''), coalesce(max_val, ''), short_desc
           FROM pg_settings
          WHERE name LIKE 'archive\\_basic.%' OR name LIKE 'garbagemap.%'
             OR name LIKE 'powa\\_wait\\_sampling.%'
          ORDER BY name",
    )?;
    let described: Vec<String> = described
        .iter()
        .map(|row| {
            row[..6]
                .iter()
                .map(|v| v.clone().unwrap_or_default())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert_eq!(
        described,
        [
            "archive_basic.archive_directory string sighup   ",
            "archive_basic.compression enum sighup {none,lz4,zstd}  ",
            "archive_basic.zstd_workers integer sighup  0 16",
            "garbagemap.range_blocks integer postmaster  1 131072",
            "powa_wait_sampling.period integer postmaster  1 1000",
        ]
        .map(str::to_owned),
    );
    let refused = |sql: &str| -> String {
        match cluster.execute("powa", sql) {
            Ok(()) => format!("{sql}: accepted"),
            Err(error) => format!("{error:#}"),
        }
    };
    let gzip = refused("ALTER SYSTEM SET archive_basic.compression = 'gzip'");
    assert!(
        gzip.contains("invalid value for parameter \"archive_basic.compression\": \"gzip\"")
            && gzip.contains("Available values: none, lz4, zstd"),
        "{gzip}"
    );
    let workers = refused("ALTER SYSTEM SET archive_basic.zstd_workers = 17");
    assert!(
        workers.contains(
            "17 is outside the valid range for parameter \"archive_basic.zstd_workers\" (0 .. 16)"
        ),
        "{workers}"
    );
    cluster.execute(
        "powa",
        "ALTER SYSTEM SET archive_basic.compression = 'zstd'",
    )?;
    cluster.execute("powa", "SELECT pg_reload_conf()")?;
    wait_for("the new value", Duration::from_secs(10), || {
        Ok(show("archive_basic.compression")? == "zstd")
    })?;
    cluster.wait_for_log(
        "invalid configuration parameter name \"archive_basic.compresion\"",
        Duration::from_secs(10),
    )?;
    Ok(())
}

/// The worker runs its sources in ascending priority of their snapshot
/// row in powa_functions: with two sources failing every snapshot
/// (fixture_panicky as asked, powa_stat_statements because
/// pg_stat_statements is installed but not preloaded), the snapshot's
/// errors come in that order, and in the other after the priorities swap.
#[test]
fn sources_run_in_priority_order() -> Result<()> {
    let mut cluster = powa_cluster(
        "priorities",
        &[
            ("walker.plugins", "fixture_panicky, powa_stat_statements"),
            ("powa.frequency", "1s"),
            ("fixture_panicky.panic_in", "snapshot"),
        ],
    )?;
    cluster.execute("powa", "CREATE EXTENSION pg_stat_statements")?;
    // A new worker: both sources fail from its first cycle on, so their
    // back-offs keep them failing in the same cycles.
    cluster.restart()?;
    wait_for("both sources registered", Duration::from_secs(30), || {
        Ok(count(
            &cluster,
            "SELECT count(DISTINCT module) FROM powa_functions WHERE srvid = 0",
        )? == 2)
    })?;
    let first = powa_e2e::order_after_priorities(
        &cluster,
        0,
        &[("powa_stat_statements", 1), ("fixture_panicky", 20)],
        Duration::from_secs(60),
    )?;
    assert_eq!(first, ["powa_stat_statements", "fixture_panicky"]);
    let second = powa_e2e::order_after_priorities(
        &cluster,
        0,
        &[("powa_stat_statements", 30), ("fixture_panicky", 5)],
        Duration::from_secs(60),
    )?;
    assert_eq!(second, ["fixture_panicky", "powa_stat_statements"]);
    Ok(())
}
