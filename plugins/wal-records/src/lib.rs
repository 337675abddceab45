//! powa_wal_records: WAL records, bytes and full-page images per resource
//! manager over time. Two halves in one plugin:
//! - a WAL plugin, fed every record by the walker, adds them up per
//!   resource manager and at each flush adds its counts to the cumulative
//!   `powa_wal_records_current`, in the transaction in which the host
//!   records its position: after a restart it gets only the records after
//!   that position, so each record is counted once;
//! - a data source keeping that table's history (`powa_wal_records_deltas`,
//!   and per-snapshot totals per resource manager that the WAL page of
//!   powa-web stacks).
//!
//! The time of a record is when the walker read it: the walker's lag
//! (seconds, see `powa_walker_position`) shifts the charts by as much.

use powa_core::history::{Column, CounterHistory, Source};
use powa_core::{
    export_plugin, format_lsn, parse_lsn, rmgr, DataSource, Host, PluginError, PluginResult,
    RmgrSet, WalPlugin, WalRecord,
};
use std::collections::BTreeMap;
use std::time::Duration;

const CREATE: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS powa_wal_records_current (
        rmgr        text PRIMARY KEY,
        records     bigint NOT NULL,
        bytes       bigint NOT NULL,
        fpi_records bigint NOT NULL,
        fpis        bigint NOT NULL)",
    // One row: the end of the last record counted.
    "CREATE TABLE IF NOT EXISTS powa_wal_records_counted (
        one     boolean PRIMARY KEY DEFAULT true CHECK (one),
        upto    pg_lsn NOT NULL)",
];

fn relations(_major: u32) -> Option<&'static [&'static str]> {
    Some(&["powa_wal_records_current"])
}

pub static WAL_RECORDS: Source = Source {
    prefix: "powa_wal_records",
    keys_table: "powa_wal_records",
    relations,
    keys: &[Column::named("rmgr", "text")],
    required_counter: Some("records"),
    missing_hint: "; its WAL reader writes it: is powa_wal_records in walker.plugins there?",
    headline: &[
        ("records", "bigint"),
        ("bytes", "bigint"),
        ("fpi_records", "bigint"),
        ("fpis", "bigint"),
    ],
    totals_by: Some("rmgr"),
    ..Source::DEFAULT
};

/// What one resource manager's records add up to.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub records: i64,
    pub bytes: i64,
    /// Records carrying at least one full-page image.
    pub fpi_records: i64,
    /// Full-page images (a record may carry several).
    pub fpis: i64,
}

/// The WAL half: counts since the last flush, per resource manager id.
#[derive(Default)]
pub struct RecordCounter {
    pending: BTreeMap<u8, Counts>,
    /// The end of the last record counted (already in the table, or pending).
    upto: u64,
}

impl WalPlugin for RecordCounter {
    fn startup(&mut self, host: &mut Host<'_>) -> PluginResult<RmgrSet> {
        for statement in CREATE {
            host.execute(statement, &[])?;
        }
        let counted = host.query(
            "SELECT upto::text AS upto FROM powa_wal_records_counted",
            &[],
        )?;
        if let Some(row) = counted.rows().next() {
            let text: String = row.get("upto")?;
            self.upto = parse_lsn(&text).ok_or_else(|| {
                PluginError::msg(format!(
                    "powa_wal_records_counted holds {text:?}, not an LSN"
                ))
            })?;
        }
        Ok(RmgrSet::all())
    }

    fn record(&mut self, _host: &mut Host<'_>, record: &WalRecord<'_>) -> PluginResult {
        if record.end_lsn <= self.upto {
            return Ok(());
        }
        self.upto = record.end_lsn;
        let images = record.blocks.iter().filter(|b| b.has_image).count() as i64;
        let counts = self.pending.entry(record.rmgr_id).or_default();
        counts.records += 1;
        counts.bytes += i64::from(record.total_len);
        counts.fpi_records += i64::from(images > 0);
        counts.fpis += images;
        Ok(())
    }

    fn flush(&mut self, host: &mut Host<'_>) -> PluginResult {
        if self.pending.is_empty() {
            return Ok(());
        }
        // One transaction (the host's): the counts and the position move
        // together.
        for (id, counts) in &self.pending {
            host.execute(
                "INSERT INTO powa_wal_records_current AS c VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (rmgr) DO UPDATE
                 SET records = c.records + excluded.records, bytes = c.bytes + excluded.bytes,
                     fpi_records = c.fpi_records + excluded.fpi_records,
                     fpis = c.fpis + excluded.fpis",
                &[
                    &rmgr::name(*id),
                    &counts.records,
                    &counts.bytes,
                    &counts.fpi_records,
                    &counts.fpis,
                ],
            )?;
        }
        host.execute(
            "INSERT INTO powa_wal_records_counted (upto) VALUES ($1::pg_lsn)
             ON CONFLICT (one) DO UPDATE SET upto = excluded.upto",
            &[&format_lsn(self.upto)],
        )?;
        // Cleared only once written: a failed flush is retried with them.
        self.pending.clear();
        Ok(())
    }
}

/// The data-source half: the counter history of the table, which it
/// creates too (a snapshot may come before the walker's first flush).
pub struct RecordHistory {
    history: CounterHistory,
}

impl Default for RecordHistory {
    fn default() -> Self {
        Self {
            history: CounterHistory::new(&WAL_RECORDS),
        }
    }
}

impl DataSource for RecordHistory {
    fn startup(&mut self, host: &mut Host<'_>) -> PluginResult {
        if host.server_id() == 0 {
            for statement in CREATE {
                host.execute(statement, &[])?;
            }
        }
        self.history.startup(host)
    }

    fn snapshot(&mut self, host: &mut Host<'_>) -> PluginResult {
        self.history.snapshot(host)
    }

    fn aggregate(&mut self, host: &mut Host<'_>) -> PluginResult {
        self.history.aggregate(host)
    }

    fn purge(&mut self, host: &mut Host<'_>, retention: Duration) -> PluginResult {
        self.history.purge(host, retention)
    }
}

export_plugin! {
    name: "powa_wal_records",
    data_source: RecordHistory::default,
    wal: RecordCounter::default
}

#[cfg(test)]
mod tests {
    use super::*;
    use powa_core::testing::TestHost;
    use powa_core::{BlockRef, QueryResult, Value};

    fn block(block_id: u8, has_image: bool) -> BlockRef<'static> {
        BlockRef {
            block_id,
            tablespace: 1663,
            database: 5,
            relation: 16384,
            fork: 0,
            block: u32::from(block_id),
            has_image,
            image_len: if has_image { 1000 } else { 0 },
            data: (&[][..]).into(),
        }
    }

    fn record<'a>(
        end_lsn: u64,
        rmgr_id: u8,
        total_len: u32,
        blocks: &'a [BlockRef<'a>],
    ) -> WalRecord<'a> {
        WalRecord {
            lsn: end_lsn - u64::from(total_len),
            end_lsn,
            xid: 0,
            rmgr_id,
            info: 0,
            total_len,
            blocks: blocks.into(),
            main_data: (&[][..]).into(),
        }
    }

    #[test]
    fn counts_records_bytes_and_images_and_skips_what_was_counted() {
        let mut test_host = TestHost::new();
        test_host.respond(
            "FROM powa_wal_records_counted",
            QueryResult::new(&["upto"], vec![vec![Value::Text("0/100".into())]]),
        );
        let mut counter = RecordCounter::default();
        let mut host = test_host.host();
        assert_eq!(counter.startup(&mut host).unwrap(), RmgrSet::all());
        let (images, plain) = ([block(0, true), block(1, true)], [block(0, false)]);
        // Already counted before the restart: up to 0/100.
        counter
            .record(&mut host, &record(0x100, rmgr::HEAP, 64, &plain))
            .unwrap();
        counter
            .record(&mut host, &record(0x180, rmgr::HEAP, 128, &images))
            .unwrap();
        counter
            .record(&mut host, &record(0x1c0, rmgr::HEAP, 64, &plain))
            .unwrap();
        counter
            .record(&mut host, &record(0x1e0, rmgr::XACT, 32, &[]))
            .unwrap();
        assert_eq!(
            counter.pending.get(&rmgr::HEAP),
            Some(&Counts {
                records: 2,
                bytes: 192,
                fpi_records: 1,
                fpis: 2
            })
        );
        counter.flush(&mut host).unwrap();
        counter.flush(&mut host).unwrap(); // nothing new: no statement
        drop(host);
        let written: Vec<Vec<Value>> = test_host
            .statements()
            .iter()
            .filter(|s| s.sql.contains("INSERT"))
            .map(|s| s.params.clone())
            .collect();
        assert_eq!(
            written,
            vec![
                // In resource manager id order: Transaction is 1, Heap 10.
                vec![
                    Value::Text("Transaction".into()),
                    Value::Int8(1),
                    Value::Int8(32),
                    Value::Int8(0),
                    Value::Int8(0)
                ],
                vec![
                    Value::Text("Heap".into()),
                    Value::Int8(2),
                    Value::Int8(192),
                    Value::Int8(1),
                    Value::Int8(2)
                ],
                vec![Value::Text("0/1E0".into())],
            ]
        );
    }

    #[test]
    fn a_failed_flush_keeps_the_counts() {
        let mut test_host = TestHost::new();
        let mut counter = RecordCounter::default();
        counter
            .record(&mut test_host.host(), &record(0x40, rmgr::HEAP, 10, &[]))
            .unwrap();
        test_host.fail("INSERT INTO powa_wal_records_current", "disk full");
        assert!(counter.flush(&mut test_host.host()).is_err());
        assert_eq!(counter.pending.get(&rmgr::HEAP).map(|c| c.records), Some(1));
    }
}
