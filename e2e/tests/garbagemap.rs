//! garbagemap against the truth: pgstattuple's dead_tuple_count per table,
//! and a per-block count from pageinspect per range, through a workload of
//! inserts, HOT and non-HOT updates, deletes and rollbacks, VACUUM, VACUUM
//! FULL, TRUNCATE, a restart and a kill -9.

use anyhow::Result;
use powa_e2e::{differential, wait_for_powa_worker, wait_until_flushed, Cluster};
use std::collections::BTreeMap;
use std::time::Duration;

fn garbagemap_cluster(name: &str) -> Result<Cluster> {
    let cluster = differential::garbagemap_cluster(name)?;
    cluster.execute(
        "powa",
        "CREATE TABLE g (id int PRIMARY KEY, v text, pad text) WITH (autovacuum_enabled = off, fillfactor = 80);
         INSERT INTO g SELECT i, 'v' || i, repeat('x', 40) FROM generate_series(1, 20000) i;",
    )?;
    Ok(cluster)
}

/// Inserts, HOT updates (v is not indexed), non-HOT updates (id is), deletes
/// spread out and concentrated, and rolled-back work.
fn workload(cluster: &Cluster, round: i32) -> Result<()> {
    // One statement per call: a BEGIN in a multi-statement string would
    // make the statements before it part of the rolled-back transaction.
    for statement in [
        format!("UPDATE g SET v = v || '{round}' WHERE id % 5 = 0"),
        format!("UPDATE g SET id = id + 100000 WHERE id % 11 = {round} AND id < 100000"),
        format!("DELETE FROM g WHERE id % 7 = {round}"),
        format!(
            "DELETE FROM g WHERE id BETWEEN {lo} AND {hi}",
            lo = 2000 + round * 3000,
            hi = 2600 + round * 3000
        ),
        format!("BEGIN; INSERT INTO g SELECT i, 'gone', 'rolled back' FROM generate_series(200001 + {round} * 1000, 200300 + {round} * 1000) i; ROLLBACK"),
        "BEGIN; UPDATE g SET v = 'undone' WHERE id % 13 = 0; ROLLBACK".to_owned(),
    ] {
        cluster.execute("powa", &statement)?;
    }
    Ok(())
}

fn wait_for_walker(cluster: &Cluster) -> Result<()> {
    wait_until_flushed(cluster, "garbagemap").map(drop)
}

/// (pgstattuple's dead tuples, garbagemap's) for table g.
fn dead_counts(cluster: &Cluster) -> Result<(i64, i64)> {
    dead_counts_of(cluster, "g")
}

fn dead_counts_of(cluster: &Cluster, table: &str) -> Result<(i64, i64)> {
    let (_, truth, ours) = differential::dead_tuples(cluster, &[table])?.remove(0);
    Ok((truth, ours))
}

fn assert_close(truth: i64, ours: i64, when: &str) {
    let tolerance = (truth as f64 * 0.05).max(2.0);
    assert!(
        (truth - ours).abs() as f64 <= tolerance,
        "{when}: pgstattuple counts {truth} dead tuples, garbagemap {ours} (tolerance {tolerance})"
    );
}

#[test]
fn estimates_match_pgstattuple_through_vacuum_full_and_truncate() -> Result<()> {
    let cluster = garbagemap_cluster("garbagemap_truth")?;
    wait_for_powa_worker(&cluster)?;
    for round in 1..=3 {
        workload(&cluster, round)?;
    }
    let (truth, ours) = dead_counts(&cluster)?;
    // How much is left depends on pruning: a page read while the worker's
    // snapshot holds back the horizon keeps its dead tuples, one read after
    // is pruned (measured: 2,288 to over 3,000).
    assert!(truth > 1000, "the workload leaves garbage: {truth}");
    assert_close(truth, ours, "after the workload");

    // Per range: every range close to the pages' own count, and the ranges
    // with the most garbage are the same.
    let pages = differential::dead_per_range_from_pages(&cluster, "g")?;
    let map = differential::map_per_range(&cluster, "g")?;
    for (range, dead) in &pages {
        let mapped = map.get(range).copied().unwrap_or(0);
        assert!(
            (dead - mapped).abs() as f64 <= (*dead as f64 * 0.05).max(2.0),
            "range {range}: pages say {dead}, garbagemap {mapped}"
        );
    }
    let top = |counts: &BTreeMap<i64, i64>| {
        let mut ranked: Vec<(i64, i64)> = counts.iter().map(|(r, d)| (*d, *r)).collect();
        ranked.sort_by(|a, b| b.cmp(a));
        ranked
            .into_iter()
            .take(5)
            .map(|(_, r)| r)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        top(&map),
        top(&pages),
        "the five ranges with the most dead tuples"
    );

    cluster.execute("powa", "VACUUM g")?;
    let (truth, ours) = dead_counts(&cluster)?;
    assert_close(truth, ours, "after VACUUM");

    workload(&cluster, 4)?;
    cluster.execute("powa", "VACUUM FULL g")?;
    let (truth, ours) = dead_counts(&cluster)?;
    assert_eq!(
        (truth, ours),
        (0, 0),
        "VACUUM FULL leaves no garbage and a new file"
    );

    workload(&cluster, 5)?;
    cluster.execute("powa", "TRUNCATE g")?;
    let (truth, ours) = dead_counts(&cluster)?;
    assert_eq!((truth, ours), (0, 0), "after TRUNCATE");

    // The picture renders.
    let svg = cluster
        .query_text("powa", "SELECT garbagemap_svg('g')")?
        .unwrap();
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"), "{svg}");
    Ok(())
}

#[test]
fn restart_and_kill9_in_the_middle_lose_nothing() -> Result<()> {
    let mut cluster = garbagemap_cluster("garbagemap_crash")?;
    wait_for_powa_worker(&cluster)?;
    workload(&cluster, 1)?;
    cluster.restart()?;
    workload(&cluster, 2)?;

    // A transaction still open when the postmaster dies: its rows end up
    // dead, though no abort record is ever written.
    let mut open = cluster.connect("powa")?;
    open.batch_execute(
        "BEGIN; INSERT INTO g SELECT i, 'in flight', '' FROM generate_series(300001, 300500) i;",
    )?;
    std::thread::sleep(Duration::from_millis(300));
    cluster.kill9()?;
    drop(open);
    cluster.start()?;
    wait_for_powa_worker(&cluster)?;
    workload(&cluster, 3)?;

    let (truth, ours) = dead_counts(&cluster)?;
    assert!(truth > 2000, "{truth}");
    // On 15 and 16 the restarts' checkpoints make the next prune of each
    // page carry a full-page image instead of its item lists: garbagemap
    // reads the image, so the estimate holds there too.
    assert_close(truth, ours, "after a restart and a kill -9");
    assert_eq!(
        differential::missed_records(&cluster)?,
        0,
        "no record failed"
    );
    Ok(())
}

/// The first change of a page after a checkpoint logs its full image, and
/// then a prune record leaves its item lists out (on every version; on 17+
/// for PRUNE_ON_ACCESS and VACUUM's records too): garbagemap reads the
/// restored image instead. Exact, as pgstattuple counts, before and after a
/// checkpoint followed by a pruning read, and after a kill -9.
#[test]
fn pruning_right_after_a_checkpoint_is_exact() -> Result<()> {
    let mut cluster = garbagemap_cluster("garbagemap_checkpoint")?;
    wait_for_powa_worker(&cluster)?;
    // One statement per call: a BEGIN in a multi-statement string would
    // make the statements before it part of the rolled-back transaction.
    for statement in [
        "CREATE TABLE skew (id int PRIMARY KEY, v int, pad text) WITH (autovacuum_enabled = off)",
        "INSERT INTO skew SELECT i, 0, repeat('p', 60) FROM generate_series(1, 60000) i",
        "BEGIN; INSERT INTO skew SELECT i, 0, 'aborted' FROM generate_series(60001, 62500) i; ROLLBACK",
        "UPDATE skew SET v = v + 1 WHERE id <= 6000",
        "UPDATE skew SET v = v + 1 WHERE id <= 6000",
        "UPDATE skew SET v = v + 1 WHERE id <= 6000",
        "DELETE FROM skew WHERE id > 48000 AND id % 7 = 0",
    ] {
        cluster.execute("powa", statement)?;
    }
    let exact = |cluster: &Cluster, when: &str| -> Result<i64> {
        let (truth, ours) = dead_counts_of(cluster, "skew")?;
        assert_eq!(ours, truth, "{when}: garbagemap against pgstattuple");
        Ok(truth)
    };
    let before = exact(&cluster, "before the checkpoint")?;
    assert!(before > 10_000, "{before}");
    cluster.execute("powa", "CHECKPOINT")?;
    cluster.execute("powa", "SELECT count(*) FROM skew")?;
    let after = exact(&cluster, "after CHECKPOINT and a sequential scan")?;
    assert!(after < before / 2, "the scan pruned: {after} of {before}");

    cluster.execute("powa", "UPDATE skew SET v = v + 1 WHERE id <= 2000")?;
    wait_for_walker(&cluster)?;
    cluster.kill9()?;
    cluster.start()?;
    wait_for_powa_worker(&cluster)?;
    for statement in ["CHECKPOINT", "SELECT count(*) FROM skew", "VACUUM skew"] {
        cluster.execute("powa", statement)?;
    }
    exact(
        &cluster,
        "after an update, a kill -9, a checkpoint, a scan and VACUUM",
    )?;
    assert_eq!(
        differential::missed_records(&cluster)?,
        0,
        "no record failed"
    );
    // garbagemap's objects do not hold the extension: it can be dropped.
    cluster.execute("powa", "DROP EXTENSION powa")?;
    Ok(())
}
