//! garbagemap against the truth, on random workloads: a fixed-seed
//! generator of steps (inserts, COPY, HOT and non-HOT updates, deletes, aborted
//! transactions and savepoints, sequential and index scans that prune,
//! CHECKPOINTs, VACUUM, kill -9 with a transaction in flight) and, after
//! every step, garbagemap's dead tuples compared with `pgstattuple` per
//! table and with the pages themselves (`pageinspect`) per block range.
//!
//! Every comparison must be exact (see [`DifferentialRun::run`]); a failure
//! says whether it was at least within 5%. The same seed gives the same
//! steps, so a failure is replayed by its seed
//! and step count; the regression cases in `tests/garbagemap_differential.rs`
//! keep every failure it found. Used by that test (a few hundred steps) and
//! by `scripts/differential.sh` (longer runs).

use crate::{powa_cluster, wait_for_powa_worker, wait_until_flushed, Cluster};
use anyhow::{bail, Context, Result};
use std::collections::BTreeMap;
use std::fmt;

/// Blocks per garbagemap range in these clusters: small, so that a few
/// thousand rows make many ranges to compare.
pub const RANGE_BLOCKS: i64 = 4;

/// The tables the workload writes: (name, fillfactor). 100 leaves no room
/// on a page (updates go elsewhere, non-HOT), 70 leaves room for HOT.
const TABLES: [(&str, u32); 2] = [("diff_full", 100), ("diff_roomy", 70)];

/// SplitMix64: small, fast and the same on every machine.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next_u64() % (high - low + 1)
    }
}

/// One step of a workload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Insert {
        table: usize,
        rows: u64,
    },
    /// COPY (multi-insert records) of rows `first..first + rows`, in a
    /// transaction that commits or, if `abort`, rolls back.
    Copy {
        table: usize,
        first: u64,
        rows: u64,
        abort: bool,
    },
    /// Updates the unindexed column of every `every`-th row from `from`:
    /// HOT where the page has room.
    HotUpdate {
        table: usize,
        from: u64,
        every: u64,
    },
    /// Updates the indexed column: never HOT.
    ColdUpdate {
        table: usize,
        from: u64,
        every: u64,
    },
    Delete {
        table: usize,
        from: u64,
        to: u64,
    },
    /// Inserts, updates and deletes, then ROLLBACK.
    Aborted {
        table: usize,
        from: u64,
        rows: u64,
    },
    /// A savepoint rolled back inside a committed transaction.
    SavepointRollback {
        table: usize,
        from: u64,
        rows: u64,
    },
    SeqScan {
        table: usize,
    },
    /// An index scan over a range of ids (prunes the heap pages it visits).
    IndexScan {
        table: usize,
        from: u64,
        to: u64,
    },
    Checkpoint,
    Vacuum {
        table: usize,
    },
    /// kill -9 of the postmaster, with a transaction that inserted `rows`
    /// still open, then a start (crash recovery).
    Kill9 {
        table: usize,
        rows: u64,
    },
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Step::Kill9 { table, rows } => write!(
                f,
                "kill -9 with {rows} rows of {} in flight",
                TABLES[*table].0
            ),
            other => write!(f, "{}", other.sql().unwrap_or_default()),
        }
    }
}

/// Ids the rows of a table have been given so far (rows are inserted with
/// rising ids; the workload picks ranges within them).
const MAX_ROWS_PER_STEP: u64 = 600;

impl Step {
    /// A random step, given the highest id inserted so far per table.
    pub fn random(rng: &mut Rng, top_ids: &[u64; 2]) -> Step {
        let table = rng.between(0, 1) as usize;
        let top = top_ids[table].max(1);
        let from = rng.between(1, top);
        let every = rng.between(2, 9);
        let span = rng.between(20, MAX_ROWS_PER_STEP);
        match rng.between(0, 99) {
            0..=11 => Step::Insert {
                table,
                rows: rng.between(50, MAX_ROWS_PER_STEP),
            },
            12..=17 => Step::Copy {
                table,
                first: top_ids[table] + 1,
                rows: rng.between(50, MAX_ROWS_PER_STEP),
                abort: rng.between(0, 2) == 0,
            },
            18..=33 => Step::HotUpdate { table, from, every },
            34..=43 => Step::ColdUpdate { table, from, every },
            44..=55 => Step::Delete {
                table,
                from,
                to: from + span,
            },
            56..=63 => Step::Aborted {
                table,
                from,
                rows: span,
            },
            64..=69 => Step::SavepointRollback {
                table,
                from,
                rows: span,
            },
            70..=78 => Step::SeqScan { table },
            79..=86 => Step::IndexScan {
                table,
                from,
                to: from + span,
            },
            87..=92 => Step::Checkpoint,
            93..=96 => Step::Vacuum { table },
            _ => Step::Kill9 {
                table,
                rows: rng.between(1, 300),
            },
        }
    }

    /// The SQL of the step, run as one string (a transaction's statements
    /// together); None for kill -9, which is no SQL.
    fn sql(&self) -> Option<String> {
        let name = |table: &usize| TABLES[*table].0;
        match self {
            Step::Insert { table, rows } => Some(format!(
                "INSERT INTO {t} (id, v, pad) SELECT coalesce((SELECT max(id) FROM {t}), 0) + i, 0, repeat('x', 40) FROM generate_series(1, {rows}) i",
                t = name(table)
            )),
            Step::Copy {
                table,
                first,
                rows,
                abort,
            } => Some(format!(
                "BEGIN;
                 COPY {t} (id, v, pad) FROM PROGRAM 'seq {first} {last} | sed \"s/$/\t0\tcopied/\"';
                 {end}",
                t = name(table),
                last = first + rows - 1,
                end = if *abort { "ROLLBACK" } else { "COMMIT" }
            )),
            Step::HotUpdate { table, from, every } => Some(format!(
                "UPDATE {t} SET v = v + 1 WHERE id >= {from} AND id % {every} = 0 AND id < {from} + {MAX_ROWS_PER_STEP} * {every}",
                t = name(table)
            )),
            Step::ColdUpdate { table, from, every } => Some(format!(
                "UPDATE {t} SET k = k + 1 WHERE id >= {from} AND id % {every} = 1 AND id < {from} + {MAX_ROWS_PER_STEP} * {every}",
                t = name(table)
            )),
            Step::Delete { table, from, to } => Some(format!(
                "DELETE FROM {t} WHERE id BETWEEN {from} AND {to}",
                t = name(table)
            )),
            Step::Aborted { table, from, rows } => Some(format!(
                "BEGIN;
                 INSERT INTO {t} (id, v, pad) SELECT -i, 0, 'aborted' FROM generate_series(1, {rows}) i;
                 UPDATE {t} SET v = v + 1 WHERE id BETWEEN {from} AND {from} + {rows};
                 DELETE FROM {t} WHERE id BETWEEN {from} + {rows} AND {from} + 2 * {rows};
                 ROLLBACK",
                t = name(table)
            )),
            Step::SavepointRollback { table, from, rows } => Some(format!(
                "BEGIN;
                 UPDATE {t} SET v = v + 1 WHERE id BETWEEN {from} AND {from} + {rows} / 2;
                 SAVEPOINT s;
                 DELETE FROM {t} WHERE id BETWEEN {from} + {rows} / 2 AND {from} + {rows};
                 INSERT INTO {t} (id, v, pad) SELECT -i, 0, 'savepoint' FROM generate_series(1, {rows}) i;
                 ROLLBACK TO s;
                 UPDATE {t} SET k = k + 1 WHERE id BETWEEN {from} + {rows} AND {from} + 2 * {rows};
                 COMMIT",
                t = name(table)
            )),
            Step::SeqScan { table } => Some(format!("SELECT count(*) FROM {}", name(table))),
            Step::IndexScan { table, from, to } => Some(format!(
                "BEGIN; SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off;
                 SELECT sum(v) FROM {t} WHERE id BETWEEN {from} AND {to}; COMMIT",
                t = name(table)
            )),
            Step::Checkpoint => Some("CHECKPOINT".to_owned()),
            Step::Vacuum { table } => Some(format!("VACUUM {}", name(table))),
            Step::Kill9 { .. } => None,
        }
    }
}

/// The steps of workload `seed`, `count` of them.
pub fn workload(seed: u64, count: usize) -> Vec<Step> {
    let mut rng = Rng::new(seed);
    // The tables start with 2,000 rows each (see `DifferentialRun::new`).
    let mut top_ids = [2000u64; 2];
    (0..count)
        .map(|_| {
            let step = Step::random(&mut rng, &top_ids);
            match step {
                Step::Insert { table, rows } | Step::Copy { table, rows, .. } => {
                    top_ids[table] += rows
                }
                _ => {}
            }
            step
        })
        .collect()
}

/// garbagemap's and the truth's dead tuples after a step.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    /// (table, pgstattuple, garbagemap)
    pub tables: Vec<(String, i64, i64)>,
    /// (table, range, pages, garbagemap) for every range where they differ
    pub ranges_differing: Vec<(String, i64, i64, i64)>,
    pub ranges_compared: usize,
}

/// How far garbagemap may be from the truth: 5%, at least 2 tuples.
pub fn tolerance(truth: i64) -> i64 {
    ((truth as f64 * 0.05) as i64).max(2)
}

impl Comparison {
    /// Whether every table and range is within the tolerance.
    pub fn within_tolerance(&self) -> bool {
        self.tables
            .iter()
            .all(|(_, truth, ours)| (truth - ours).abs() <= tolerance(*truth))
            && self
                .ranges_differing
                .iter()
                .all(|(_, _, pages, ours)| (pages - ours).abs() <= tolerance(*pages))
    }

    pub fn exact(&self) -> bool {
        self.tables.iter().all(|(_, truth, ours)| truth == ours) && self.ranges_differing.is_empty()
    }
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (table, truth, ours) in &self.tables {
            write!(f, "{table}: pgstattuple {truth}, garbagemap {ours}; ")?;
        }
        write!(
            f,
            "{} of {} ranges differ",
            self.ranges_differing.len(),
            self.ranges_compared
        )?;
        for (table, range, pages, ours) in self.ranges_differing.iter().take(5) {
            write!(
                f,
                "; {table} range {range}: pages {pages}, garbagemap {ours}"
            )?;
        }
        Ok(())
    }
}

/// A cluster running garbagemap (ranges of RANGE_BLOCKS, flushes every
/// 100 ms, autovacuum off) with pgstattuple and pageinspect in database powa.
pub fn garbagemap_cluster(name: &str) -> Result<Cluster> {
    let cluster = powa_cluster(
        name,
        &[
            ("walker.plugins", "garbagemap"),
            ("walker.flush_interval", "100ms"),
            ("garbagemap.range_blocks", &RANGE_BLOCKS.to_string()),
            ("autovacuum", "off"),
            // The run's WAL stays readable (pg_walinspect) after checkpoints.
            ("wal_keep_size", "1GB"),
        ],
    )?;
    cluster.execute(
        "powa",
        "CREATE EXTENSION pgstattuple; CREATE EXTENSION pageinspect; CREATE EXTENSION pg_walinspect",
    )?;
    Ok(cluster)
}

/// A cluster running garbagemap, with the workload's tables.
pub struct DifferentialRun {
    pub cluster: Cluster,
    pub steps_run: usize,
    /// The most dead tuples the tables held after a step (so a run shows
    /// it compared real garbage, not empty tables).
    pub dead_seen: i64,
    /// The WAL position before the first step.
    start_lsn: String,
}

impl DifferentialRun {
    pub fn new(name: &str) -> Result<Self> {
        let cluster = garbagemap_cluster(name)?;
        for (table, fillfactor) in TABLES {
            cluster.execute(
                "powa",
                &format!(
                    "CREATE TABLE {table} (id int, k int NOT NULL DEFAULT 0, v int, pad text)
                       WITH (autovacuum_enabled = off, fillfactor = {fillfactor});
                     CREATE INDEX ON {table} (id);
                     CREATE INDEX ON {table} (k);
                     INSERT INTO {table} (id, v, pad) SELECT i, 0, repeat('x', 40) FROM generate_series(1, 2000) i"
                ),
            )?;
        }
        wait_for_powa_worker(&cluster)?;
        let start_lsn = cluster
            .query_text("powa", "SELECT pg_current_wal_insert_lsn()::text")?
            .context("no WAL position")?;
        Ok(Self {
            cluster,
            steps_run: 0,
            dead_seen: 0,
            start_lsn,
        })
    }

    /// Prune records of the run that carry a full-page image (their item
    /// lists left out): what the run exercised of the image path.
    pub fn prunes_with_page_images(&self) -> Result<i64> {
        self.cluster.execute("powa", "CHECKPOINT")?;
        self.cluster.query_i64(
            "powa",
            &format!(
                "SELECT count(*) FROM pg_get_wal_records_info('{}', pg_current_wal_flush_lsn())
                  WHERE resource_manager = 'Heap2' AND record_type LIKE 'PRUNE%' AND fpi_length > 0",
                self.start_lsn
            ),
        )
    }

    /// Runs the steps of workload `seed`, comparing after each; stops at
    /// the first comparison that is not exact with an error that says
    /// whether it was within the tolerance and how to replay it. (Exact is
    /// what holds: the map is read after the walker passed the pruning
    /// pgstattuple's own scan did, and nothing else runs on the cluster.)
    pub fn run(&mut self, seed: u64, count: usize) -> Result<()> {
        for (number, step) in workload(seed, count).into_iter().enumerate() {
            self.apply(&step)
                .with_context(|| format!("seed {seed}, step {number}: {step}"))?;
            self.steps_run += 1;
            let comparison = self
                .compare()
                .with_context(|| format!("seed {seed}, comparing after step {number}: {step}"))?;
            if !comparison.exact() {
                bail!(
                    "seed {seed}, after step {number} ({step}): garbagemap is {}: {comparison} \
                     (replay: scripts/differential.sh --seed {seed} --steps {})",
                    if comparison.within_tolerance() {
                        "within 5% but not exact"
                    } else {
                        "off by more than 5%"
                    },
                    number + 1
                );
            }
            self.dead_seen = self
                .dead_seen
                .max(comparison.tables.iter().map(|t| t.1).sum());
        }
        Ok(())
    }

    fn apply(&mut self, step: &Step) -> Result<()> {
        if let Step::Kill9 { table, rows } = step {
            let mut open = self.cluster.connect("powa")?;
            open.batch_execute(&format!(
                "BEGIN; INSERT INTO {} (id, v, pad) SELECT -i, 0, 'in flight' FROM generate_series(1, {rows}) i",
                TABLES[*table].0
            ))?;
            self.cluster.kill9()?;
            drop(open);
            self.cluster.start()?;
            wait_for_powa_worker(&self.cluster)?;
            return Ok(());
        }
        match step.sql() {
            Some(sql) => self.cluster.execute("powa", &sql),
            None => Ok(()),
        }
    }

    /// pgstattuple and garbagemap per table, then the pages per range.
    pub fn compare(&self) -> Result<Comparison> {
        let mut comparison = Comparison {
            tables: dead_tuples(&self.cluster, &TABLES.map(|(table, _)| table))?,
            ..Default::default()
        };
        for (table, _) in TABLES {
            let pages = dead_per_range_from_pages(&self.cluster, table)?;
            let map = map_per_range(&self.cluster, table)?;
            let ranges: std::collections::BTreeSet<i64> =
                pages.keys().chain(map.keys()).copied().collect();
            for range in ranges {
                let in_pages = pages.get(&range).copied().unwrap_or(0);
                let in_map = map.get(&range).copied().unwrap_or(0);
                comparison.ranges_compared += 1;
                if in_pages != in_map {
                    comparison
                        .ranges_differing
                        .push((table.to_string(), range, in_pages, in_map));
                }
            }
        }
        let missed = missed_records(&self.cluster)?;
        if missed != 0 {
            bail!(
                "garbagemap failed on {missed} WAL records:\n{}",
                self.cluster.log_tail(10)
            );
        }
        Ok(comparison)
    }
}

/// (table, pgstattuple's dead tuples, garbagemap's) for each of `tables`.
/// pgstattuple's scans prune pages as they go, so the map is read once the
/// walker has flushed past that pruning.
pub fn dead_tuples(cluster: &Cluster, tables: &[&str]) -> Result<Vec<(String, i64, i64)>> {
    let truths = tables
        .iter()
        .map(|table| {
            cluster.query_i64(
                "powa",
                &format!("SELECT dead_tuple_count FROM pgstattuple('{table}')"),
            )
        })
        .collect::<Result<Vec<i64>>>()?;
    wait_until_flushed(cluster, "garbagemap")?;
    tables
        .iter()
        .zip(truths)
        .map(|(table, truth)| {
            let ours = cluster.query_i64(
                "powa",
                &format!(
                    "SELECT coalesce(sum(dead_tuples), 0) FROM garbagemap WHERE \"table\" = '{table}'"
                ),
            )?;
            Ok((table.to_string(), truth, ours))
        })
        .collect()
}

/// The WAL records garbagemap failed on (its estimates miss them).
pub fn missed_records(cluster: &Cluster) -> Result<i64> {
    cluster.query_i64("powa", "SELECT garbagemap_missed_records()")
}

/// Dead tuples per range from the pages themselves: normal line pointers
/// whose inserter aborted or whose deleter committed (pageinspect reads
/// the pages without pruning them).
pub fn dead_per_range_from_pages(cluster: &Cluster, table: &str) -> Result<BTreeMap<i64, i64>> {
    let rows = cluster.query_rows(
        "powa",
        &format!(
            "SELECT b / {RANGE_BLOCKS}, count(*) FILTER (WHERE
                     pg_xact_status(t_xmin::text::xid8) = 'aborted'
                  OR (t_xmax <> 0 AND t_infomask & x'0080'::int = 0 AND t_infomask & x'1000'::int = 0
                      AND pg_xact_status(t_xmax::text::xid8) = 'committed'))
               FROM generate_series(0, pg_relation_size('{table}') / current_setting('block_size')::int - 1) b,
                    heap_page_items(get_raw_page('{table}', b::int))
              WHERE lp_flags = 1
              GROUP BY 1"
        ),
    )?;
    pairs(rows)
}

/// garbagemap's dead tuples per range of `table`.
pub fn map_per_range(cluster: &Cluster, table: &str) -> Result<BTreeMap<i64, i64>> {
    pairs(cluster.query_rows(
        "powa",
        &format!(
            "SELECT range_number, dead_tuples FROM garbagemap_ranges('{table}') WHERE dead_tuples > 0"
        ),
    )?)
}

fn pairs(rows: Vec<Vec<Option<String>>>) -> Result<BTreeMap<i64, i64>> {
    rows.into_iter()
        .map(|row| {
            let field = |i: usize| -> Result<i64> {
                Ok(row
                    .get(i)
                    .cloned()
                    .flatten()
                    .context("a NULL in a range count")?
                    .parse()?)
            };
            Ok((field(0)?, field(1)?))
        })
        .filter(|pair| !matches!(pair, Ok((_, 0))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_gives_the_same_workload() {
        assert_eq!(workload(7, 200), workload(7, 200));
        assert_ne!(workload(7, 50), workload(8, 50));
        // Every kind of step shows up in a few hundred.
        let steps = workload(1, 400);
        let kinds: std::collections::HashSet<std::mem::Discriminant<Step>> =
            steps.iter().map(std::mem::discriminant).collect();
        assert_eq!(kinds.len(), 12, "{steps:?}");
    }

    #[test]
    fn tolerance_is_five_percent_at_least_two() {
        assert_eq!(tolerance(0), 2);
        assert_eq!(tolerance(1000), 50);
        let mut comparison = Comparison {
            tables: vec![("t".into(), 1000, 1049)],
            ..Default::default()
        };
        assert!(comparison.within_tolerance() && !comparison.exact());
        comparison.tables[0].2 = 1051;
        assert!(!comparison.within_tolerance());
    }
}
