//! WAL walking in a real server: every record is delivered exactly once per
//! plugin, across a restart and a kill -9 of the postmaster, as counted by
//! pg_walinspect over the same range.

use anyhow::{Context, Result};
use powa_e2e::{powa_cluster, wait_for, wait_for_powa_worker, Cluster};
use std::time::Duration;

/// The LSN the walker started reading from, from its log line.
fn walker_start(cluster: &Cluster) -> Result<String> {
    cluster.wait_for_log("powa: reading WAL from ", Duration::from_secs(30))?;
    let log = cluster.log();
    let line = log
        .lines()
        .find(|l| l.contains("powa: reading WAL from "))
        .unwrap();
    Ok(line
        .split("powa: reading WAL from ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .context("no LSN after 'reading WAL from'")?
        .to_owned())
}

/// Waits until the plugin's flushed position passes the current insert
/// position; returns that flushed position.
fn wait_until_flushed(cluster: &Cluster, plugin: &str) -> Result<String> {
    let target = cluster
        .query_text("powa", "SELECT pg_current_wal_insert_lsn()::text")?
        .unwrap();
    let query =
        format!("SELECT confirmed_lsn::text FROM powa_walker_position WHERE plugin = '{plugin}'");
    let condition = format!("SELECT confirmed_lsn >= '{target}'::pg_lsn FROM powa_walker_position WHERE plugin = '{plugin}'");
    wait_for(
        &format!("{plugin} to flush past {target}"),
        Duration::from_secs(60),
        || Ok(cluster.query_text("powa", &condition)?.as_deref() == Some("t")),
    )?;
    Ok(cluster.query_text("powa", &query)?.unwrap())
}

fn workload(cluster: &Cluster, round: i32) -> Result<()> {
    cluster.execute(
        "powa",
        &format!(
            "INSERT INTO walk SELECT g, 'round {round}' FROM generate_series(1, 2000) g;
             UPDATE walk SET payload = payload || '!' WHERE id % 3 = 0;
             DELETE FROM walk WHERE id % 7 = 0;"
        ),
    )
}

/// (resource manager, records) by the plugin and by pg_get_wal_stats over
/// [start, flushed).
fn counts(
    cluster: &Cluster,
    start: &str,
    flushed: &str,
) -> Result<(Vec<Vec<Option<String>>>, Vec<Vec<Option<String>>>)> {
    let ours = cluster.query_rows(
        "powa",
        "SELECT rmgr, records::text FROM example_wal_counter ORDER BY rmgr",
    )?;
    // The first column is "resource_manager" on 15, "resource_manager/record_type" on 16+.
    let theirs = cluster
        .query_rows(
            "powa",
            &format!("SELECT * FROM pg_get_wal_stats('{start}', '{flushed}') ORDER BY 1"),
        )?
        .into_iter()
        .filter(|row| row[1].as_deref() != Some("0"))
        .map(|row| row[..2].to_vec())
        .collect();
    Ok((ours, theirs))
}

#[test]
fn every_record_once_across_restart_and_kill9() -> Result<()> {
    let mut cluster = powa_cluster(
        "walker_exactly_once",
        &[
            ("walker.plugins", "example_wal_counter"),
            ("walker.flush_interval", "200ms"),
        ],
    )?;
    cluster.execute(
        "powa",
        "CREATE EXTENSION pg_walinspect; CREATE TABLE walk (id int, payload text)",
    )?;
    let start = walker_start(&cluster)?;
    workload(&cluster, 1)?;

    cluster.restart()?;
    wait_for_powa_worker(&cluster)?;
    workload(&cluster, 2)?;
    std::thread::sleep(Duration::from_millis(300));

    cluster.kill9()?;
    cluster.start()?;
    wait_for_powa_worker(&cluster)?;
    workload(&cluster, 3)?;
    cluster.execute("powa", "SELECT pg_switch_wal()")?;
    workload(&cluster, 4)?;

    let flushed = wait_until_flushed(&cluster, "example_wal_counter")?;
    let (ours, theirs) = counts(&cluster, &start, &flushed)?;
    assert!(!ours.is_empty());
    assert_eq!(
        ours, theirs,
        "records per resource manager from {start} to {flushed}"
    );
    let slot = cluster.query_text(
        "powa",
        "SELECT restart_lsn <= (SELECT confirmed_lsn FROM powa_walker_position) FROM pg_replication_slots WHERE slot_name = 'powa_walker'",
    )?;
    assert_eq!(
        slot.as_deref(),
        Some("t"),
        "the slot never passes the flushed position"
    );
    Ok(())
}

#[test]
fn slot_is_dropped_when_no_wal_plugin_is_loaded() -> Result<()> {
    let mut cluster = powa_cluster(
        "walker_slot_lifecycle",
        &[("walker.plugins", "example_wal_counter")],
    )?;
    walker_start(&cluster)?;
    let slots = "SELECT count(*) FROM pg_replication_slots WHERE slot_name = 'powa_walker'";
    assert_eq!(cluster.query_text("powa", slots)?.as_deref(), Some("1"));
    cluster.set_conf("walker.plugins", "example_stat_database")?;
    cluster.restart()?;
    wait_for_powa_worker(&cluster)?;
    wait_for("the slot to be dropped", Duration::from_secs(20), || {
        Ok(cluster.query_text("powa", slots)?.as_deref() == Some("0"))
    })?;
    cluster.wait_for_log(
        "dropped replication slot \"powa_walker\"",
        Duration::from_secs(5),
    )?;
    Ok(())
}
