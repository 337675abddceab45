//! Local mode under a lock: a session holds ACCESS EXCLUSIVE on one data
//! source's history table (powa_stat_database's) for several frequencies.
//! That source's snapshots fail with the lock timeout, while the other
//! source (powa_stat_bgwriter) keeps its schedule and the WAL walking goes
//! on; the locked source resumes within a frequency of the release.

use anyhow::{ensure, Context, Result};
use powa_e2e::{powa_cluster, wait_for, wait_for_powa_worker, Cluster};
use std::time::{Duration, Instant};

/// powa.frequency, in seconds.
const FREQUENCY: f64 = 2.0;
const LOCK: Duration = Duration::from_secs(8);
/// Polling and scheduling allowance.
const SLACK: f64 = 1.5;

/// Snapshot cycles since `from`: (time, messages of the failures).
fn cycles(cluster: &Cluster, from: f64) -> Result<Vec<(f64, String)>> {
    cluster
        .query_rows(
            "powa",
            &format!(
                "SELECT extract(epoch FROM ts),
                        coalesce((SELECT string_agg((e->>'module') || ': ' || (e->>'message'), ' | ')
                                    FROM jsonb_array_elements(errors) e), '')
                   FROM powa_snapshots WHERE srvid = 0 AND ts >= to_timestamp({from}) ORDER BY ts"
            ),
        )?
        .into_iter()
        .map(|row| {
            Ok((
                row[0].as_deref().context("a time")?.parse()?,
                row[1].clone().unwrap_or_default(),
            ))
        })
        .collect()
}

/// Seconds until example_wal_counter has flushed past the WAL written now.
fn walking_delay(cluster: &Cluster) -> Result<f64> {
    cluster.execute(
        "powa",
        "INSERT INTO filler SELECT g FROM generate_series(1, 1000) g",
    )?;
    let target = cluster
        .query_text("powa", "SELECT pg_current_wal_insert_lsn()::text")?
        .context("an LSN")?;
    let asked = Instant::now();
    wait_for("the walker to read on", Duration::from_secs(30), || {
        Ok(cluster
            .query_text(
                "powa",
                &format!(
                    "SELECT confirmed_lsn >= '{target}' FROM powa_walker_position
                  WHERE plugin = 'example_wal_counter'"
                ),
            )?
            .as_deref()
            == Some("t"))
    })?;
    Ok(asked.elapsed().as_secs_f64())
}

#[test]
fn a_lock_on_a_sources_table_stalls_neither_the_walker_nor_the_others() -> Result<()> {
    let cluster = powa_cluster(
        "local-limits",
        &[
            (
                "walker.plugins",
                "powa_stat_database, powa_stat_bgwriter, example_wal_counter",
            ),
            ("powa.frequency", "2"),
            ("walker.flush_interval", "200ms"),
        ],
    )?;
    wait_for_powa_worker(&cluster)?;
    cluster.execute("powa", "CREATE TABLE filler (i int)")?;
    wait_for(
        "3 complete snapshot cycles",
        Duration::from_secs(60),
        || {
            Ok(cycles(&cluster, 0.0)?
                .iter()
                .filter(|(_, e)| e.is_empty())
                .count()
                >= 3)
        },
    )
    .with_context(|| cluster.log_tail(30))?;
    let before = walking_delay(&cluster)?;

    let table = "powa_databases_snapshots_srv0";
    ensure!(
        cluster
            .query_text(
                "powa",
                &format!("SELECT to_regclass('{table}') IS NOT NULL")
            )?
            .as_deref()
            == Some("t"),
        "{table} does not exist: the test locks the wrong table"
    );
    let mut locker = cluster.connect("powa")?;
    let locked_at = cluster.clock()?;
    locker.batch_execute(&format!(
        "BEGIN; LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE"
    ))?;
    std::thread::sleep(Duration::from_secs_f64(FREQUENCY));
    let during = walking_delay(&cluster)?;
    std::thread::sleep(LOCK.saturating_sub(Duration::from_secs_f64(cluster.clock()? - locked_at)));
    let released_at = cluster.clock()?;
    locker.batch_execute("COMMIT")?;

    // The walker read on during the lock as before it.
    ensure!(
        during <= FREQUENCY + SLACK,
        "the walker took {during:.1} s to read new WAL during the lock ({before:.1} s before it)"
    );
    // A cycle at least every frequency (one late at most), each with the
    // locked source failing on the lock timeout and the other one done.
    let locked: Vec<(f64, String)> = cycles(&cluster, locked_at)?
        .into_iter()
        .filter(|(ts, _)| *ts < released_at)
        .collect();
    let mut previous = locked_at;
    for ts in locked
        .iter()
        .map(|(ts, _)| *ts)
        .chain(std::iter::once(released_at))
    {
        ensure!(
            ts - previous <= 2.0 * FREQUENCY + SLACK,
            "{:.1} s without a snapshot cycle during the lock: {locked:?}",
            ts - previous
        );
        previous = ts;
    }
    ensure!(
        locked
            .iter()
            .filter(|(_, errors)| errors.contains("powa_stat_database"))
            .count()
            >= 2
            && locked
                .iter()
                .all(|(_, errors)| !errors.contains("powa_stat_bgwriter")),
        "during the lock only powa_stat_database should fail: {locked:?}"
    );
    ensure!(
        locked
            .iter()
            .any(|(_, errors)| errors.contains("lock timeout")),
        "no failure says lock timeout: {locked:?}"
    );
    // The bgwriter source kept its history; the locked one resumes.
    let bgwriter_rows = cluster.query_i64(
        "powa",
        &format!("SELECT count(*) FROM powa_bgwriter_snapshots
                   WHERE srvid = 0 AND ts BETWEEN to_timestamp({locked_at}) AND to_timestamp({released_at})"),
    )?;
    ensure!(
        bgwriter_rows >= 2,
        "{bgwriter_rows} bgwriter snapshots during the lock"
    );
    let mut resumed = None;
    wait_for(
        "powa_stat_database to resume",
        Duration::from_secs(30),
        || {
            resumed = cycles(&cluster, released_at)?
                .into_iter()
                .find(|(_, errors)| errors.is_empty())
                .map(|(ts, _)| ts - released_at);
            Ok(resumed.is_some())
        },
    )?;
    let resumed = resumed.expect("found above");
    ensure!(
        resumed <= FREQUENCY + SLACK,
        "powa_stat_database resumed {resumed:.1} s after the release"
    );
    println!(
        "local mode, a lock on powa_stat_database's table for {} s: the walker read new WAL in {during:.2} s \
         ({before:.2} s before the lock), {} cycles during the lock, resumed {resumed:.1} s after the release",
        LOCK.as_secs(),
        locked.len()
    );
    Ok(())
}
