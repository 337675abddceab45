//! powa-collector under faults, end to end: three monitored servers A, B
//! and C collected every FREQUENCY into a repository, and in turn
//! - B frozen (SIGSTOP of its postmaster and every backend),
//! - a lock held on a table of C's history in the repository,
//! - the repository down, then frozen,
//! - SIGTERM while B is frozen,
//! - kill -9 of the collector while C's snapshot waits on a lock.
//!
//! Each asserts what the status says, that the others keep their schedule,
//! that the faulty server resumes within a frequency of the fault's end,
//! and at the end that no snapshot was duplicated or half-written.
//!
//! Time allowances: the status is polled every 100 ms and the collector's
//! stall monitor looks every 250 ms, so "within N frequencies" is checked
//! as N frequencies plus SLACK.

use anyhow::{bail, ensure, Context, Result};
use postgres::fallible_iterator::FallibleIterator;
use powa_e2e::collector::CollectorProcess;
use powa_e2e::{wait_for, Cluster, PgInstall, StopMode};
use std::time::{Duration, Instant};

const SOURCES: &str = "powa_stat_statements, powa_stat_database";
/// Every server's frequency, in seconds (the collector's time limit for a
/// snapshot is the same).
const FREQUENCY: f64 = 2.0;
/// What a fault lasts.
const FAULT: Duration = Duration::from_secs(8);
/// Polling and scheduling allowance.
const SLACK: f64 = 1.5;

fn monitored(install: &PgInstall, name: &str) -> Result<Cluster> {
    let mut cluster = Cluster::init(install, name)?;
    cluster.set_conf("shared_preload_libraries", "pg_stat_statements")?;
    cluster.start()?;
    cluster.execute("postgres", "CREATE EXTENSION pg_stat_statements")?;
    Ok(cluster)
}

fn register(repository: &Cluster, server: &Cluster, alias: &str) -> Result<i32> {
    Ok(repository.query_i64(
        "powa",
        &format!(
            "SELECT powa_register_server(hostname => '{}', port => {}, alias => '{alias}',
                        username => 'postgres', dbname => 'postgres', frequency => {FREQUENCY})",
            server.socket_dir().display(),
            server.port()
        ),
    )? as i32)
}

/// A row of powa_snapshots: start (epoch seconds), end, failed sources,
/// the errors' messages.
#[derive(Debug)]
struct Snapshot {
    start: f64,
    end: f64,
    failed: i64,
    /// The sources that ran (one backing off, or whose startup waited for
    /// other servers' startups, is not counted).
    sources: i64,
    messages: String,
}

fn snapshots(repository: &Cluster, srvid: i32, from: f64) -> Result<Vec<Snapshot>> {
    repository
        .query_rows(
            "powa",
            &format!(
                "SELECT extract(epoch FROM ts), extract(epoch FROM ts) + duration_ms / 1000,
                        failed, coalesce((SELECT string_agg(e->>'message', ' | ')
                                            FROM jsonb_array_elements(errors) e), ''),
                        sources
                   FROM powa_snapshots WHERE srvid = {srvid} AND ts >= to_timestamp({from})
                  ORDER BY ts"
            ),
        )?
        .into_iter()
        .map(|row| {
            let number =
                |i: usize| -> Result<f64> { Ok(row[i].as_deref().context("a value")?.parse()?) };
            Ok(Snapshot {
                start: number(0)?,
                end: number(1)?,
                failed: number(2)? as i64,
                messages: row[3].clone().unwrap_or_default(),
                sources: number(4)? as i64,
            })
        })
        .collect()
}

/// Server `srvid`'s complete snapshots between `from` and `to` are never
/// more than one frequency late: none is missing from the window's start,
/// between two of them or before its end.
fn assert_on_schedule(
    repository: &Cluster,
    srvid: i32,
    from: f64,
    to: f64,
    fault: &str,
) -> Result<()> {
    let complete: Vec<f64> = snapshots(repository, srvid, from - FREQUENCY)?
        .into_iter()
        .filter(|s| s.failed == 0 && s.start <= to)
        .map(|s| s.start)
        .collect();
    let mut previous = from;
    for &start in complete.iter().chain(std::iter::once(&to)) {
        let gap = start - previous;
        ensure!(
            gap <= 2.0 * FREQUENCY + SLACK,
            "during {fault}, server {srvid} went {gap:.1} s without a complete snapshot \
             (more than a frequency late); its snapshots: {complete:?}"
        );
        previous = previous.max(start);
    }
    Ok(())
}

fn state(repository: &Cluster, srvid: i32) -> Result<(String, Option<String>, String)> {
    let row = repository
        .query_rows(
            "powa",
            &format!(
                "SELECT coalesce(state, ''), stalled_since::text, coalesce(last_error, '')
                   FROM powa_servers WHERE id = {srvid}"
            ),
        )?
        .into_iter()
        .next()
        .context("no row in powa_servers")?;
    Ok((
        row[0].clone().unwrap_or_default(),
        row[1].clone(),
        row[2].clone().unwrap_or_default(),
    ))
}

/// Waits until `srvid` shows `stalled` in powa_servers; how long it took
/// from `since`.
fn wait_for_stalled(
    repository: &Cluster,
    srvid: i32,
    since: f64,
    collector: &CollectorProcess,
) -> Result<f64> {
    wait_for(
        &format!("server {srvid} to show stalled"),
        Duration::from_secs_f64(2.0 * FREQUENCY + SLACK),
        || Ok(state(repository, srvid)?.0 == "stalled"),
    )
    .with_context(|| format!("collector log:\n{}", collector.log()))?;
    let (_, stalled_since, _) = state(repository, srvid)?;
    ensure!(stalled_since.is_some(), "stalled without a stalled_since");
    Ok(repository.clock()? - since)
}

/// Waits for a complete snapshot of `srvid` ending after `after`; how
/// long after `after` it ended.
fn wait_for_resume(
    repository: &Cluster,
    srvid: i32,
    after: f64,
    collector: &CollectorProcess,
) -> Result<f64> {
    let mut resumed = None;
    wait_for(
        &format!("server {srvid} to resume"),
        Duration::from_secs(30),
        || {
            resumed = snapshots(repository, srvid, after - 2.0 * FREQUENCY)?
                .into_iter()
                .find(|s| s.failed == 0 && s.end > after)
                .map(|s| s.end - after);
            Ok(resumed.is_some())
        },
    )
    .with_context(|| format!("collector log:\n{}", collector.log()))?;
    Ok(resumed.expect("found above"))
}

/// The state WORKERS_STATUS gives for `srvid`.
fn workers_status(repository: &Cluster, srvid: i32) -> Result<String> {
    let mut listener = repository.connect("powa")?;
    listener.batch_execute("LISTEN e2e_faults")?;
    repository.execute("powa", "NOTIFY powa_collector, 'WORKERS_STATUS e2e_faults'")?;
    let answer = listener
        .notifications()
        .timeout_iter(Duration::from_secs(5))
        .next()?
        .context("no answer to WORKERS_STATUS within 5 s")?;
    let status: serde_json::Value = serde_json::from_str(answer.payload())?;
    Ok(status[srvid.to_string()]["state"]
        .as_str()
        .unwrap_or_default()
        .to_owned())
}

/// Every snapshot's history is whole: each server's rows in a source's
/// `<prefix>_snapshots` belong to a row of powa_snapshots where that
/// source did not fail, and each row of powa_snapshots where both sources
/// ran and none failed has its rows in both. (A source whose startup
/// waited too long for a lock starts at a later snapshot: the snapshots
/// before it ran without it.)
fn assert_whole(repository: &Cluster) -> Result<()> {
    for (prefix, module) in [
        ("powa_statements", "powa_stat_statements"),
        ("powa_databases", "powa_stat_database"),
    ] {
        let orphans = repository.query_rows(
            "powa",
            &format!(
                "SELECT s.srvid, s.ts::text FROM {prefix}_snapshots s
                  WHERE s.srvid > 0 AND NOT EXISTS (
                        SELECT FROM powa_snapshots p
                         WHERE p.srvid = s.srvid AND p.ts = s.ts
                           AND NOT p.errors @> '[{{\"module\": \"{module}\"}}]')"
            ),
        )?;
        ensure!(
            orphans.is_empty(),
            "{prefix} holds snapshots powa_snapshots does not have as done: {orphans:?}"
        );
        let missing = repository.query_rows(
            "powa",
            &format!(
                "SELECT p.srvid, p.ts::text FROM powa_snapshots p
                  WHERE p.srvid > 0 AND p.failed = 0 AND p.sources = 2 AND NOT EXISTS (
                        SELECT FROM {prefix}_snapshots s WHERE s.srvid = p.srvid AND s.ts = p.ts)"
            ),
        )?;
        ensure!(
            missing.is_empty(),
            "complete snapshots without their {prefix} rows: {missing:?}"
        );
    }
    Ok(())
}

fn start_collector(
    dir: &std::path::Path,
    install: &PgInstall,
    repository: &Cluster,
) -> Result<CollectorProcess> {
    CollectorProcess::start(dir, install, repository, SOURCES, &[])
}

#[test]
fn faults_are_bounded_and_reported() -> Result<()> {
    let install = PgInstall::from_env()?;
    let a = monitored(&install, "faults-a")?;
    let b = monitored(&install, "faults-b")?;
    let c = monitored(&install, "faults-c")?;
    let mut repository = Cluster::init(&install, "faults-repository")?;
    repository.start()?;
    repository.execute("postgres", "CREATE DATABASE powa")?;
    repository.execute("powa", "CREATE EXTENSION powa")?;
    let (id_a, id_b, id_c) = (
        register(&repository, &a, "A")?,
        register(&repository, &b, "B")?,
        register(&repository, &c, "C")?,
    );
    let dir = repository.server_dir("collector")?;
    let mut collector = start_collector(&dir, &install, &repository)?;
    for id in [id_a, id_b, id_c] {
        wait_for(
            &format!("3 complete snapshots of server {id}, every source counted"),
            Duration::from_secs(60),
            || {
                Ok(snapshots(&repository, id, 0.0)?
                    .iter()
                    .filter(|s| s.failed == 0 && s.sources == SOURCES.split(',').count() as i64)
                    .count()
                    >= 3)
            },
        )
        .with_context(|| format!("collector log:\n{}", collector.log()))?;
    }
    let mut figures = Vec::new();

    // 1. B frozen: stalled, its snapshot cancelled and recorded as failed
    // with the reason, never committed late; A and C on schedule.
    let frozen_at = repository.clock()?;
    let frozen = b.freeze()?;
    let stalled_after = wait_for_stalled(&repository, id_b, frozen_at, &collector)?;
    ensure!(
        workers_status(&repository, id_b)? == "stalled",
        "WORKERS_STATUS does not say stalled for the frozen server"
    );
    std::thread::sleep(
        FAULT.saturating_sub(Duration::from_secs_f64(repository.clock()? - frozen_at)),
    );
    let thawed_at = repository.clock()?;
    frozen.thaw()?;
    let resumed_after = wait_for_resume(&repository, id_b, thawed_at, &collector)?;
    figures.push(format!(
        "frozen server: stalled after {stalled_after:.1} s, resumed {resumed_after:.1} s after the thaw"
    ));
    ensure!(
        resumed_after <= FREQUENCY + SLACK,
        "B resumed {resumed_after:.1} s after the thaw"
    );
    for id in [id_a, id_c] {
        assert_on_schedule(&repository, id, frozen_at, thawed_at, "B's freeze")?;
    }
    let during = snapshots(&repository, id_b, frozen_at - FREQUENCY)?;
    let cancelled = during
        .iter()
        .find(|s| s.failed > 0)
        .with_context(|| format!("no failed snapshot of B recorded: {during:?}"))?;
    let expected = format!(
        "snapshot of server {id_b} (B) cancelled after {FREQUENCY} s: no answer from the server"
    );
    ensure!(
        cancelled.messages.contains(&expected),
        "B's failed snapshot says {:?}, not {expected:?}",
        cancelled.messages
    );
    if let Some(late) = during
        .iter()
        .find(|s| s.failed == 0 && s.end - s.start > FREQUENCY + SLACK)
    {
        bail!(
            "a snapshot of B was committed {:.1} s after its start: {late:?}",
            late.end - late.start
        );
    }
    wait_for("B's state ok again", Duration::from_secs(10), || {
        let (state, since, _) = state(&repository, id_b)?;
        Ok(state == "ok" && since.is_none())
    })?;

    // 2. A lock on C's history: C stalled, its snapshots failed with the
    // lock timeout; A and B on schedule.
    let table = format!("powa_statements_snapshots_srv{id_c}");
    let mut locker = repository.connect("powa")?;
    let locked_at = repository.clock()?;
    locker.batch_execute(&format!(
        "BEGIN; LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE"
    ))?;
    let stalled_after = wait_for_stalled(&repository, id_c, locked_at, &collector)?;
    std::thread::sleep(
        FAULT.saturating_sub(Duration::from_secs_f64(repository.clock()? - locked_at)),
    );
    let released_at = repository.clock()?;
    locker.batch_execute("COMMIT")?;
    let resumed_after = wait_for_resume(&repository, id_c, released_at, &collector)?;
    figures.push(format!(
        "repository lock: stalled after {stalled_after:.1} s, resumed {resumed_after:.1} s after the release"
    ));
    ensure!(
        resumed_after <= FREQUENCY + SLACK,
        "C resumed {resumed_after:.1} s after the lock was released"
    );
    for id in [id_a, id_b] {
        assert_on_schedule(
            &repository,
            id,
            locked_at,
            released_at,
            "the lock on C's table",
        )?;
    }
    let during = snapshots(&repository, id_c, locked_at)?;
    ensure!(
        during
            .iter()
            .any(|s| s.failed > 0 && s.start < released_at && s.messages.contains("lock timeout")),
        "no snapshot of C failed with the lock timeout: {during:?}"
    );

    // 3. The repository down: every server resumes within a frequency of
    // its return, and each one's last_error tells of the outage.
    repository.stop(StopMode::Fast)?;
    std::thread::sleep(FAULT);
    repository.start()?;
    let back_at = repository.clock()?;
    for id in [id_a, id_b, id_c] {
        let resumed_after = wait_for_resume(&repository, id, back_at, &collector)?;
        figures.push(format!(
            "repository outage: server {id} resumed {resumed_after:.1} s after the repository's return"
        ));
        ensure!(
            resumed_after <= FREQUENCY + SLACK,
            "server {id} resumed {resumed_after:.1} s after the repository came back"
        );
        let (_, _, last_error) = state(&repository, id)?;
        ensure!(
            last_error.contains("the repository could not be reached"),
            "server {id}'s last_error after the outage: {last_error:?}"
        );
    }

    // 3b. The repository frozen: every wait on it is bounded too; each
    // server resumes within a frequency of the thaw, and says what
    // happened in last_error.
    let frozen = repository.freeze()?;
    std::thread::sleep(FAULT);
    let thaw = Instant::now();
    frozen.thaw()?;
    let thawed_at = repository.clock()? - thaw.elapsed().as_secs_f64();
    for id in [id_a, id_b, id_c] {
        let resumed_after = wait_for_resume(&repository, id, thawed_at, &collector)?;
        figures.push(format!(
            "repository frozen: server {id} resumed {resumed_after:.1} s after the thaw"
        ));
        ensure!(
            resumed_after <= FREQUENCY + SLACK,
            "server {id} resumed {resumed_after:.1} s after the repository's thaw"
        );
        let (_, _, last_error) = state(&repository, id)?;
        ensure!(
            last_error.contains("no answer from the repository")
                || last_error.contains("the repository could not be reached"),
            "server {id}'s last_error after the repository's freeze: {last_error:?}"
        );
    }

    // 4. SIGTERM while B is frozen: the collector exits within 5 s.
    let frozen_at = repository.clock()?;
    let frozen = b.freeze()?;
    wait_for_stalled(&repository, id_b, frozen_at, &collector)?;
    let asked = Instant::now();
    collector.signal(libc::SIGTERM);
    let exit = collector.wait_exit(Duration::from_secs(5))?;
    let took = asked.elapsed();
    frozen.thaw()?;
    match exit {
        Some(status) => ensure!(
            status.success(),
            "exit status {status}: {}",
            collector.log()
        ),
        None => bail!(
            "powa-collector still runs 5 s after SIGTERM:\n{}",
            collector.log()
        ),
    }
    figures.push(format!(
        "SIGTERM during a freeze: exited in {:.2} s",
        took.as_secs_f64()
    ));

    // 5. kill -9 while C's snapshot, its statements written, waits on a lock
    // on its databases history.
    drop(collector);
    let mut collector = start_collector(&dir, &install, &repository)?;
    let restarted_at = repository.clock()?;
    for id in [id_a, id_b, id_c] {
        wait_for_resume(&repository, id, restarted_at, &collector)?;
    }
    let mut locker = repository.connect("powa")?;
    locker.batch_execute(&format!(
        "BEGIN; LOCK TABLE powa_databases_snapshots_srv{id_c} IN ACCESS EXCLUSIVE MODE"
    ))?;
    wait_for(
        "C's snapshot to wait on the lock",
        Duration::from_secs(10),
        || {
            Ok(repository.query_i64(
                "powa",
                "SELECT count(*) FROM pg_stat_activity
              WHERE application_name = 'powa-collector' AND wait_event_type = 'Lock'",
            )? > 0)
        },
    )?;
    collector.signal(libc::SIGKILL);
    collector.wait_exit(Duration::from_secs(5))?;
    locker.batch_execute("COMMIT")?;
    // The killed session ends when its lock wait does.
    wait_for(
        "the killed collector's sessions to end",
        Duration::from_secs(10),
        || {
            Ok(repository.query_i64(
                "powa",
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'powa-collector'",
            )? == 0)
        },
    )?;
    println!("{}", figures.join("\n"));
    assert_whole(&repository)?;
    drop(collector);
    repository.stop(StopMode::Fast)?;
    Ok(())
}
