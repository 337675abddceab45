//! Plugins driven through the stable-ABI boundary, in-process: errors and
//! panics come back as error values with their message.

use powa_core::testing::TestHost;
use powa_core::{
    export_plugin, rmgr, Archiver, DataSource, Host, PluginError, PluginResult, RmgrSet, WalPlugin,
    WalRecord,
};
use std::time::Duration;

#[derive(Default)]
struct Flaky {
    snapshots: u32,
}

impl DataSource for Flaky {
    fn snapshot(&mut self, host: &mut Host<'_>) -> PluginResult {
        self.snapshots += 1;
        host.execute("INSERT INTO t VALUES ($1)", &[&(self.snapshots as i64)])?;
        Ok(())
    }
    fn aggregate(&mut self, host: &mut Host<'_>) -> PluginResult {
        host.execute("SELECT broken", &[])?;
        Ok(())
    }
    fn purge(&mut self, _host: &mut Host<'_>, retention: Duration) -> PluginResult {
        panic!("purge exploded after {}s", retention.as_secs())
    }
}

#[derive(Default)]
struct Counter {
    heap: u32,
}

impl WalPlugin for Counter {
    fn startup(&mut self, _host: &mut Host<'_>) -> PluginResult<RmgrSet> {
        Ok(RmgrSet::none().with(rmgr::HEAP))
    }
    fn heap(&mut self, _host: &mut Host<'_>, record: &WalRecord<'_>) -> PluginResult {
        self.heap += 1;
        if record.xid == 13 {
            return Err(PluginError::msg("unlucky xid"));
        }
        Ok(())
    }
}

struct Refusing;

impl Archiver for Refusing {
    fn check_configured(&mut self, _host: &mut Host<'_>) -> PluginResult<Option<String>> {
        Ok(Some("refusing.directory is not set".into()))
    }
    fn archive_file(&mut self, _host: &mut Host<'_>, file: &str, _path: &str) -> PluginResult {
        Err(PluginError::msg(format!("cannot archive {file}")))
    }
}

export_plugin! {
    name: "boundary_test",
    data_source: Flaky::default,
    wal: Counter::default,
    archiver: || Refusing,
}

fn record(xid: u32) -> WalRecord<'static> {
    WalRecord {
        lsn: 16,
        end_lsn: 80,
        xid,
        rmgr_id: rmgr::HEAP,
        info: 0,
        total_len: 64,
        blocks: Default::default(),
        main_data: Default::default(),
    }
}

#[test]
fn module_describes_the_plugin() {
    let module = powa_plugin_module();
    assert_eq!(module.name().as_str(), "boundary_test");
    assert_eq!(module.version().as_str(), env!("CARGO_PKG_VERSION"));
    assert_eq!(module.abi_version(), powa_core::ffi::ABI_VERSION);
    assert_eq!(
        powa_core::ffi::kinds(module),
        ["data source", "wal", "archiver"]
    );
}

#[test]
fn data_source_errors_and_panics_become_values() {
    let mut source = (powa_plugin_module().new_data_source().unwrap())().unwrap();
    let mut host = TestHost::new();
    host.fail("broken", "column \"broken\" does not exist");

    assert!(source.snapshot(host.api()).is_ok());
    assert_eq!(host.statements()[0].params, vec![powa_core::Value::Int8(1)]);

    let error = source.aggregate(host.api()).unwrap_err();
    assert_eq!(error.message.as_str(), "column \"broken\" does not exist");

    let error = source.purge(host.api(), 60).unwrap_err();
    assert_eq!(
        error.message.as_str(),
        "panicked in purge: purge exploded after 60s"
    );

    // The plugin is still usable after a panic.
    assert!(source.snapshot(host.api()).is_ok());
    assert_eq!(
        host.statements().last().unwrap().params,
        vec![powa_core::Value::Int8(2)]
    );
}

#[test]
fn wal_plugin_dispatch_and_errors() {
    let mut plugin = (powa_plugin_module().new_wal_plugin().unwrap())().unwrap();
    let mut host = TestHost::new();
    let wanted = plugin.startup(host.api()).unwrap();
    assert!(wanted.contains(rmgr::HEAP) && !wanted.contains(rmgr::HEAP2));
    assert!(plugin.record(host.api(), &record(12)).is_ok());
    let error = plugin.record(host.api(), &record(13)).unwrap_err();
    assert_eq!(error.message.as_str(), "unlucky xid");
    assert!(plugin.flush(host.api()).is_ok());
}

#[test]
fn archiver_reports_configuration_and_failures() {
    let mut archiver = (powa_plugin_module().new_archiver().unwrap())().unwrap();
    let mut host = TestHost::new();
    let reason = archiver.check_configured(host.api()).unwrap();
    assert_eq!(
        reason.into_option().unwrap().as_str(),
        "refusing.directory is not set"
    );
    let error = archiver
        .archive_file(
            host.api(),
            "000000010000000000000001".into(),
            "pg_wal/000000010000000000000001".into(),
        )
        .unwrap_err();
    assert_eq!(
        error.message.as_str(),
        "cannot archive 000000010000000000000001"
    );
}
