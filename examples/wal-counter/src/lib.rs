//! example_wal_counter: a powa WAL plugin, written only against powa-core.
//! See README.md.

use powa_core::{export_plugin, rmgr, Host, PluginResult, RmgrSet, WalPlugin, WalRecord};
use std::collections::BTreeMap;

/// Records and bytes per resource manager id since the last flush.
#[derive(Default)]
pub struct WalCounter {
    pending: BTreeMap<u8, (i64, i64)>,
}

impl WalPlugin for WalCounter {
    fn startup(&mut self, host: &mut Host<'_>) -> PluginResult<RmgrSet> {
        host.execute(
            "CREATE TABLE IF NOT EXISTS example_wal_counter (
                rmgr text PRIMARY KEY,
                records bigint NOT NULL,
                bytes bigint NOT NULL)",
            &[],
        )?;
        Ok(RmgrSet::all())
    }

    fn record(&mut self, _host: &mut Host<'_>, record: &WalRecord<'_>) -> PluginResult {
        let counts = self.pending.entry(record.rmgr_id).or_default();
        counts.0 += 1;
        counts.1 += i64::from(record.total_len);
        Ok(())
    }

    fn flush(&mut self, host: &mut Host<'_>) -> PluginResult {
        for (id, (records, bytes)) in &self.pending {
            host.execute(
                "INSERT INTO example_wal_counter AS c VALUES ($1, $2, $3)
                 ON CONFLICT (rmgr) DO UPDATE
                 SET records = c.records + excluded.records, bytes = c.bytes + excluded.bytes",
                &[&rmgr::name(*id), records, bytes],
            )?;
        }
        // Cleared only once every row is written: a failed flush is retried
        // with the same counts, and the host does not move past it.
        self.pending.clear();
        Ok(())
    }
}

export_plugin! { name: "example_wal_counter", wal: WalCounter::default }

#[cfg(test)]
mod tests {
    use super::*;
    use powa_core::testing::TestHost;
    use powa_core::Value;

    fn record(rmgr_id: u8, total_len: u32) -> WalRecord<'static> {
        WalRecord {
            lsn: 0,
            end_lsn: 0,
            xid: 0,
            rmgr_id,
            info: 0,
            total_len,
            blocks: Default::default(),
            main_data: Default::default(),
        }
    }

    #[test]
    fn counts_per_resource_manager_and_flushes_once() {
        let mut test_host = TestHost::new();
        let mut counter = WalCounter::default();
        let mut host = test_host.host();
        assert_eq!(counter.startup(&mut host).unwrap(), RmgrSet::all());
        for (id, len) in [(rmgr::HEAP, 100), (rmgr::HEAP, 50), (rmgr::XACT, 30)] {
            counter.record(&mut host, &record(id, len)).unwrap();
        }
        counter.flush(&mut host).unwrap();
        counter.flush(&mut host).unwrap(); // nothing new: no statement
        drop(host);

        let upserts: Vec<_> = test_host.statements()[1..]
            .iter()
            .map(|s| s.params.clone())
            .collect();
        assert_eq!(
            upserts,
            vec![
                vec![
                    Value::Text("Transaction".into()),
                    Value::Int8(1),
                    Value::Int8(30)
                ],
                vec![Value::Text("Heap".into()), Value::Int8(2), Value::Int8(150)],
            ]
        );
    }

    #[test]
    fn a_failed_flush_keeps_the_counts() {
        let mut test_host = TestHost::new();
        let mut counter = WalCounter::default();
        counter
            .record(&mut test_host.host(), &record(rmgr::HEAP, 10))
            .unwrap();
        test_host.fail("INSERT INTO example_wal_counter", "disk full");
        assert!(counter.flush(&mut test_host.host()).is_err());
        assert_eq!(counter.pending.get(&rmgr::HEAP), Some(&(1, 10)));
    }
}
