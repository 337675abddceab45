//! WAL walking in a real server: every record is delivered exactly once per
//! plugin, across a restart and a kill -9 of the postmaster, as counted by
//! pg_walinspect over the same range.

use anyhow::{Context, Result};
use powa_e2e::{
    powa_cluster, wait_for, wait_for_powa_worker, wait_until_flushed, Cluster, StopMode,
};
use std::collections::BTreeMap;
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

/// A cluster walking WAL with example_wal_counter (flushing every 200 ms),
/// pg_walinspect to check it, and the table the workload writes to.
fn counting_cluster(name: &str, extra: &[(&str, &str)]) -> Result<Cluster> {
    walking_cluster(name, "example_wal_counter", extra)
}

/// A cluster walking WAL with `plugins` (flushing every 200 ms).
fn walking_cluster(name: &str, plugins: &str, extra: &[(&str, &str)]) -> Result<Cluster> {
    let mut settings = vec![
        ("walker.plugins", plugins),
        ("walker.flush_interval", "200ms"),
    ];
    settings.extend_from_slice(extra);
    let cluster = powa_cluster(name, &settings)?;
    cluster.execute(
        "powa",
        "CREATE EXTENSION pg_walinspect; CREATE TABLE walk (id int, payload text)",
    )?;
    Ok(cluster)
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

/// A crash (`kill -9` of the postmaster), then a start and the worker up.
fn crash_and_restart(cluster: &mut Cluster) -> Result<()> {
    cluster.kill9()?;
    cluster.start()?;
    wait_for_powa_worker(cluster)?;
    Ok(())
}

#[test]
fn every_record_once_across_restart_and_kill9() -> Result<()> {
    let mut cluster = counting_cluster("walker_exactly_once", &[])?;
    let start = walker_start(&cluster)?;
    workload(&cluster, 1)?;

    cluster.restart()?;
    wait_for_powa_worker(&cluster)?;
    workload(&cluster, 2)?;
    std::thread::sleep(Duration::from_millis(300));

    crash_and_restart(&mut cluster)?;
    workload(&cluster, 3)?;
    cluster.execute("powa", "SELECT pg_switch_wal()")?;
    workload(&cluster, 4)?;

    let flushed = wait_until_flushed(&cluster, "example_wal_counter")?;
    let (ours, theirs) = (counted(&cluster)?, wal_stats(&cluster, &start, &flushed)?);
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

/// Per resource manager: records, bytes, records with a full-page image.
type RecordFigures = BTreeMap<String, (i64, i64, i64)>;

fn record_figures(cluster: &Cluster, sql: &str) -> Result<RecordFigures> {
    cluster
        .query_rows("powa", sql)?
        .into_iter()
        .map(|row| {
            let number =
                |i: usize| -> Result<i64> { Ok(row[i].as_deref().unwrap_or("0").parse()?) };
            Ok((
                row[0].clone().unwrap_or_default(),
                (number(1)?, number(2)?, number(3)?),
            ))
        })
        .collect()
}

#[test]
fn wal_records_counts_what_pg_walinspect_reads_across_a_kill9() -> Result<()> {
    let mut cluster = walking_cluster("walker_wal_records", "powa_wal_records", &[])?;
    let start = walker_start(&cluster)?;
    workload(&cluster, 1)?;
    // Full-page images: the first change of each page after a checkpoint.
    cluster.execute("powa", "CHECKPOINT")?;
    workload(&cluster, 2)?;
    std::thread::sleep(Duration::from_millis(300));
    // Records after the last flush are delivered again: counted once.
    crash_and_restart(&mut cluster)?;
    workload(&cluster, 3)?;

    let flushed = wait_until_flushed(&cluster, "powa_wal_records")?;
    let upto = cluster.query_text("powa", "SELECT upto::text FROM powa_wal_records_counted")?;
    assert_eq!(
        upto.as_deref(),
        Some(flushed.as_str()),
        "counted up to the flushed position"
    );
    let ours = record_figures(
        &cluster,
        "SELECT rmgr, records, bytes, fpi_records FROM powa_wal_records_current ORDER BY 1",
    )?;
    let theirs = record_figures(
        &cluster,
        &format!(
            "SELECT resource_manager, count(*), sum(record_length), count(*) FILTER (WHERE fpi_length > 0)
               FROM pg_get_wal_records_info('{start}', '{flushed}')
              GROUP BY 1 ORDER BY 1"
        ),
    )?;
    assert_eq!(
        ours, theirs,
        "per resource manager from {start} to {flushed}"
    );
    assert!(
        ours.get("Heap").is_some_and(|(_, _, images)| *images > 0),
        "the updates after the checkpoint logged full-page images: {ours:?}"
    );
    let fewer_images = cluster.query_i64(
        "powa",
        "SELECT count(*) FROM powa_wal_records_current WHERE fpis < fpi_records",
    )?;
    assert_eq!(fewer_images, 0, "a record with images has at least one");
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

/// Records per resource manager, as pg_get_wal_stats counts them over
/// [start, end) on `cluster` (its first column is "resource_manager" on 15,
/// "resource_manager/record_type" on 16+).
fn wal_stats(cluster: &Cluster, start: &str, end: &str) -> Result<BTreeMap<String, u64>> {
    let mut counts = BTreeMap::new();
    for row in cluster.query_rows(
        "powa",
        &format!("SELECT * FROM pg_get_wal_stats('{start}', '{end}')"),
    )? {
        let records: u64 = row[1].as_deref().unwrap_or("0").parse()?;
        if records > 0 {
            *counts
                .entry(row[0].clone().unwrap_or_default())
                .or_default() += records;
        }
    }
    Ok(counts)
}

/// Records per resource manager as example_wal_counter has them.
fn counted(cluster: &Cluster) -> Result<BTreeMap<String, u64>> {
    cluster
        .query_rows(
            "powa",
            "SELECT rmgr, records::text FROM example_wal_counter",
        )?
        .into_iter()
        .map(|row| {
            Ok((
                row[0].clone().unwrap_or_default(),
                row[1].as_deref().unwrap_or("0").parse()?,
            ))
        })
        .collect()
}

fn sum(a: &BTreeMap<String, u64>, b: &BTreeMap<String, u64>) -> BTreeMap<String, u64> {
    let mut total = a.clone();
    for (rmgr, records) in b {
        *total.entry(rmgr.clone()).or_default() += records;
    }
    total
}

fn difference(
    after: &BTreeMap<String, u64>,
    before: &BTreeMap<String, u64>,
) -> BTreeMap<String, u64> {
    after
        .iter()
        .map(|(rmgr, records)| {
            (
                rmgr.clone(),
                records - before.get(rmgr).copied().unwrap_or(0),
            )
        })
        .filter(|(_, records)| *records > 0)
        .collect()
}

/// Failover: a streaming standby is promoted (new timeline) after the old
/// primary stopped. Its worker starts from the positions the old primary's
/// walker flushed (replicated with the plugins' state), reads the rest of
/// the old timeline and crosses into the new one: nothing skipped, nothing
/// counted twice.
#[test]
fn a_promoted_standby_continues_where_the_old_primary_stopped() -> Result<()> {
    let mut primary = counting_cluster("walker_failover_primary", &[])?;
    let start = walker_start(&primary)?;
    workload(&primary, 1)?;
    let mut standby = Cluster::standby_of(&primary, "walker_failover_standby")?;
    // A promoted server's first checkpoint removes the WAL before its redo
    // point unless something keeps it; the worker reserves it only once it
    // starts (see the README on standbys).
    standby.set_conf("wal_keep_size", "256MB")?;
    standby.start()?;
    workload(&primary, 2)?;
    wait_until_flushed(&primary, "example_wal_counter")?;
    // Records after the primary's last flush: only the standby can count them.
    workload(&primary, 3)?;
    let split = primary
        .query_text("powa", "SELECT pg_current_wal_insert_lsn()::text")?
        .unwrap();
    standby.wait_for_replay(&split)?;
    let primary_part = wal_stats(&primary, &start, &split)?;
    primary.stop(StopMode::Fast)?;

    standby.promote()?;
    wait_for_powa_worker(&standby)?;
    workload(&standby, 4)?;
    let flushed = wait_until_flushed(&standby, "example_wal_counter")?;
    let timeline = standby.query_text(
        "powa",
        "SELECT substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8)",
    )?;
    assert_eq!(
        timeline.as_deref(),
        Some("00000002"),
        "the standby is on a new timeline"
    );
    let expected = sum(&primary_part, &wal_stats(&standby, &split, &flushed)?);
    assert_eq!(
        counted(&standby)?,
        expected,
        "records per resource manager from {start} (old primary) to {flushed} (promoted standby)"
    );
    assert_eq!(
        standby
            .query_text("powa", "SELECT count(*) FROM powa_walker_gaps")?
            .as_deref(),
        Some("0")
    );
    Ok(())
}

/// WAL removed under the slot (max_slot_wal_keep_size while powa was not
/// running) is a gap that is logged and recorded with the plugins it
/// affects; walking resumes at the oldest WAL on disk and counts all of it.
#[test]
fn an_invalidated_slot_is_recorded_as_a_gap() -> Result<()> {
    let mut cluster = counting_cluster(
        "walker_slot_invalidated",
        &[("max_slot_wal_keep_size", "1MB")],
    )?;
    walker_start(&cluster)?;
    workload(&cluster, 1)?;
    wait_until_flushed(&cluster, "example_wal_counter")?;
    cluster.stop(StopMode::Fast)?;

    // Without powa, nothing advances the slot: WAL piles up past
    // max_slot_wal_keep_size and the checkpoint removes it.
    cluster.set_conf("shared_preload_libraries", "")?;
    cluster.start()?;
    // The counts and the position they are complete up to, as the last
    // flush left them (written in one transaction).
    let before = counted(&cluster)?;
    let flushed_before = cluster
        .query_text(
            "powa",
            "SELECT confirmed_lsn::text FROM powa_walker_position",
        )?
        .unwrap();
    wait_for(
        "the slot to be invalidated",
        Duration::from_secs(60),
        || {
            workload(&cluster, 2)?;
            cluster.execute("powa", "SELECT pg_switch_wal(); CHECKPOINT")?;
            Ok(cluster
                .query_text(
                    "powa",
                    "SELECT wal_status FROM pg_replication_slots WHERE slot_name = 'powa_walker'",
                )?
                .as_deref()
                == Some("lost"))
        },
    )?;
    cluster.stop(StopMode::Fast)?;
    cluster.set_conf("shared_preload_libraries", "powa")?;
    cluster.start()?;
    wait_for_powa_worker(&cluster)?;
    cluster.wait_for_log("was invalidated", Duration::from_secs(30))?;
    let gap = cluster.query_rows(
        "powa",
        "SELECT from_lsn::text, to_lsn::text, plugins::text FROM powa_walker_gaps",
    )?;
    assert_eq!(gap.len(), 1, "one gap: {gap:?}");
    assert_eq!(
        gap[0][0].as_deref(),
        Some(flushed_before.as_str()),
        "the gap starts at the flushed position"
    );
    assert_eq!(gap[0][2].as_deref(), Some("{example_wal_counter}"));
    let resumed = gap[0][1].clone().unwrap();
    // The oldest WAL file's segment number, by name (pg_walfile_name_offset
    // rounds segment boundaries down on 15).
    let oldest_file = cluster.oldest_wal_file()?;
    let segment_size: u64 = cluster
        .query_text(
            "powa",
            "SELECT setting FROM pg_settings WHERE name = 'wal_segment_size'",
        )?
        .unwrap()
        .parse()?;
    let (high, low) = resumed.split_once('/').unwrap();
    let resumed_position = (u64::from_str_radix(high, 16)? << 32) | u64::from_str_radix(low, 16)?;
    let oldest_segment = u64::from_str_radix(&oldest_file[8..16], 16)? * (1 << 32) / segment_size
        + u64::from_str_radix(&oldest_file[16..24], 16)?;
    assert_eq!(
        resumed_position,
        oldest_segment * segment_size,
        "reading resumed at {resumed}, the start of the oldest WAL file on disk ({oldest_file})"
    );

    workload(&cluster, 3)?;
    let flushed = wait_until_flushed(&cluster, "example_wal_counter")?;
    assert_eq!(
        difference(&counted(&cluster)?, &before),
        wal_stats(&cluster, &resumed, &flushed)?,
        "every record from where reading resumed ({resumed}) to {flushed}"
    );
    Ok(())
}

#[test]
fn a_missing_wal_file_is_reported_and_the_server_keeps_running() -> Result<()> {
    // The worker's position stays where it started: nothing flushes for an
    // hour, and kill -9 skips the flush at shutdown, so after the restart
    // the worker reads again from there.
    let mut cluster = counting_cluster("walker_missing_wal", &[("walker.flush_interval", "1h")])?;
    wait_for_powa_worker(&cluster)?;
    // Nothing flushed yet: reading starts where the slot was created.
    let slot_start =
        "SELECT restart_lsn::text FROM pg_replication_slots WHERE slot_name = 'powa_walker'";
    wait_for("the walker's slot", Duration::from_secs(30), || {
        Ok(cluster.query_text("powa", slot_start)?.is_some())
    })?;
    let position = cluster
        .query_text("powa", slot_start)?
        .context("the slot's start")?;
    // Four WAL files past the position, then a checkpoint: recovery after a
    // crash starts in the last one and never needs the middle ones.
    for round in 0..4 {
        workload(&cluster, round)?;
        cluster.execute("powa", "SELECT pg_switch_wal()")?;
    }
    cluster.execute("powa", "CHECKPOINT")?;
    let needed = cluster
        .query_text(
            "powa",
            &format!(
                "SELECT pg_walfile_name('{position}'::pg_lsn + 2 * pg_size_bytes(current_setting('wal_segment_size')))"
            ),
        )?
        .context("a WAL file name")?;
    cluster.kill9()?;
    let missing = cluster.data_dir().join("pg_wal").join(&needed);
    std::fs::remove_file(&missing).with_context(|| format!("removing {}", missing.display()))?;
    let offset = cluster.log().len();
    cluster.start()?;
    wait_for(
        "the worker to report the missing WAL file",
        Duration::from_secs(30),
        || {
            Ok(cluster.log()[offset..].lines().any(|line| {
                line.contains("powa: could not read WAL at")
                    && line.contains(&needed)
                    && line.contains("retrying")
            }))
        },
    )?;
    // The worker is alive and the server unharmed: the error was a failed
    // read, not an ERROR thrown through the WAL reader.
    std::thread::sleep(Duration::from_secs(1));
    wait_for_powa_worker(&cluster)?;
    let log = cluster.log()[offset..].to_owned();
    assert!(
        !log.contains("terminated by signal") && !log.contains("PANIC"),
        "{log}"
    );
    assert!(
        !log.contains("caught up with the WAL"),
        "a failed read is not the end of the WAL: {log}"
    );
    // Four rounds of 2000 rows, less the 285 of each with id % 7 = 0.
    assert_eq!(
        cluster
            .query_text("powa", "SELECT count(*) FROM walk")?
            .as_deref(),
        Some("6860"),
        "the server still answers, with every committed row"
    );
    Ok(())
}

/// A standby promoted without powa keeps no WAL for it (no slot, and
/// wal_keep_size = 0): when powa starts there later, the WAL from the old
/// primary's last flush up to the oldest file left is gone, and that is
/// recorded as a gap, not lost silently; every record after is counted.
#[test]
fn a_promoted_standby_without_kept_wal_records_the_gap() -> Result<()> {
    let mut primary = counting_cluster("walker_promoted_gap_primary", &[])?;
    walker_start(&primary)?;
    workload(&primary, 1)?;
    wait_until_flushed(&primary, "example_wal_counter")?;
    let mut standby = Cluster::standby_of(&primary, "walker_promoted_gap_standby")?;
    standby.set_conf("shared_preload_libraries", "")?;
    standby.set_conf("wal_keep_size", "0")?;
    standby.start()?;
    let replayed = primary
        .query_text("powa", "SELECT pg_current_wal_insert_lsn()::text")?
        .unwrap();
    standby.wait_for_replay(&replayed)?;
    primary.stop(StopMode::Fast)?;
    standby.promote()?;
    // Without powa nothing keeps the WAL: checkpoints remove it. The counts
    // and their position came from the old primary by replication.
    let before = counted(&standby)?;
    let position_before = standby
        .query_text(
            "powa",
            "SELECT confirmed_lsn::text FROM powa_walker_position",
        )?
        .unwrap();
    for round in 2..6 {
        workload(&standby, round)?;
        standby.execute("powa", "SELECT pg_switch_wal()")?;
        standby.execute("powa", "CHECKPOINT")?;
    }
    let oldest_before_powa = standby.oldest_wal_file()?;
    assert_eq!(
        &oldest_before_powa[..8],
        "00000002",
        "the old timeline's files are gone"
    );

    standby.stop(StopMode::Fast)?;
    standby.set_conf("shared_preload_libraries", "powa")?;
    standby.start()?;
    wait_for_powa_worker(&standby)?;
    wait_for("the gap to be recorded", Duration::from_secs(30), || {
        Ok(standby
            .query_text("powa", "SELECT count(*) FROM powa_walker_gaps")?
            .as_deref()
            == Some("1"))
    })?;
    let gap = standby.query_rows(
        "powa",
        "SELECT from_lsn::text, to_lsn::text, plugins::text FROM powa_walker_gaps",
    )?;
    assert_eq!(
        gap[0][0].as_deref(),
        Some(position_before.as_str()),
        "the gap starts where the old primary's worker last flushed"
    );
    assert_eq!(gap[0][2].as_deref(), Some("{example_wal_counter}"));
    let resumed = gap[0][1].clone().unwrap();
    workload(&standby, 6)?;
    let flushed = wait_until_flushed(&standby, "example_wal_counter")?;
    assert_eq!(
        difference(&counted(&standby)?, &before),
        wal_stats(&standby, &resumed, &flushed)?,
        "every record from where reading resumed ({resumed}) to {flushed}"
    );
    Ok(())
}

/// Each block reference's `image_len` is the bytes its full-page image
/// takes in the record: per record, their sum is pg_walinspect's
/// fpi_length (right after a checkpoint, so the updates log images).
#[test]
fn block_images_have_their_stored_length() -> Result<()> {
    let capture_dir = tempfile_dir("walker_image_len")?;
    let capture = capture_dir.join("capture.txt");
    let capture_setting = capture.display().to_string();
    let cluster = walking_cluster(
        "walker_image_len",
        "fixture_wal_capture",
        &[("fixture_wal_capture.file", capture_setting.as_str())],
    )?;
    let start = walker_start(&cluster)?;
    workload(&cluster, 1)?;
    // Hint bits set before the checkpoint: with data checksums (18's
    // default) a page whose first touch after it sets hint bits logs its
    // image in an XLOG record (FPI_FOR_HINT), which this test does not
    // read, and the heap record after it none; how many did varied with
    // what else had read the table.
    cluster.execute("powa", "VACUUM walk")?;
    cluster.execute("powa", "CHECKPOINT")?;
    workload(&cluster, 2)?;
    let flushed = wait_until_flushed(&cluster, "fixture_wal_capture")?;
    let (records, _) = powa_core::testing::captured::load(&capture_setting);
    let captured: BTreeMap<u64, u64> = records
        .iter()
        .map(|r| (r.lsn, r.blocks.iter().map(|b| u64::from(b.image_len)).sum()))
        .collect();
    for record in &records {
        for block in &record.blocks {
            assert_eq!(
                block.image_len == 0,
                !block.has_image,
                "a block's image length is 0 exactly when it has no image: {block:?}"
            );
        }
    }
    let theirs = cluster.query_rows(
        "powa",
        &format!(
            "SELECT start_lsn::text, fpi_length FROM pg_get_wal_records_info('{start}', '{flushed}')
              WHERE resource_manager IN ('Heap', 'Heap2', 'Transaction', 'Storage')
              ORDER BY start_lsn"
        ),
    )?;
    let mut with_images = 0;
    for row in &theirs {
        let lsn =
            powa_core::parse_lsn(row[0].as_deref().context("an LSN")?).context("a readable LSN")?;
        let fpi_length: u64 = row[1].as_deref().context("fpi_length")?.parse()?;
        let ours = captured.get(&lsn).with_context(|| {
            format!(
                "the record at {} was not captured",
                row[0].as_deref().unwrap_or("")
            )
        })?;
        assert_eq!(*ours, fpi_length, "image bytes of the record at {lsn:X}");
        with_images += usize::from(fpi_length > 0);
    }
    println!("{with_images} records with images compared");
    assert!(
        with_images > 10,
        "{with_images} records with images after the checkpoint"
    );
    drop(cluster);
    std::fs::remove_dir_all(&capture_dir)?;
    Ok(())
}

/// A directory the server's OS user may write to, removed with the test's
/// cluster directories.
fn tempfile_dir(name: &str) -> Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("powa-e2e-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    std::process::Command::new("chmod")
        .arg("777")
        .arg(&dir)
        .status()?;
    Ok(dir)
}
