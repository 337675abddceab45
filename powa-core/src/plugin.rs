//! The traits plugin authors implement, one per kind of plugin.
//!
//! They are plain Rust traits: [`crate::export_plugin!`] wraps them in the
//! stable-ABI trait objects and catches panics, so none of this code needs
//! to know about the boundary.

use crate::error::PluginResult;
use crate::host::Host;
use crate::wal::{rmgr, RmgrSet, WalRecord};
use std::time::Duration;

/// A stat data source, snapshotted periodically (PoWA's model).
///
/// Every call runs in its own transaction, and its SQL is rolled back if the
/// call returns an error or panics.
pub trait DataSource: Send + 'static {
    /// Once after loading, before any other call: create or upgrade the
    /// tables the source needs (`CREATE TABLE IF NOT EXISTS ...`).
    fn startup(&mut self, _host: &mut Host<'_>) -> PluginResult {
        Ok(())
    }

    /// Every `powa.frequency`: read the monitored server's counters and store
    /// them, tagged with `host.server_id()` and `host.now()` (the same time for
    /// every source of one snapshot cycle, so their samples line up).
    fn snapshot(&mut self, host: &mut Host<'_>) -> PluginResult;

    /// Every `powa.coalesce` snapshots: fold recent snapshots into compact
    /// history.
    fn aggregate(&mut self, _host: &mut Host<'_>) -> PluginResult {
        Ok(())
    }

    /// After an aggregate: delete history older than `retention`.
    fn purge(&mut self, host: &mut Host<'_>, retention: Duration) -> PluginResult;

    /// The source is no longer collected: it left `walker.plugins`, the
    /// extension it declared with [`Host::requires_extension`] was dropped,
    /// or its server is removed. The host has removed its registration
    /// (`powa_functions`); the source decides what to do with what it
    /// stored (powa's own sources keep their history readable).
    fn unregister(&mut self, _host: &mut Host<'_>) -> PluginResult {
        Ok(())
    }

    /// For a source that samples state between snapshots (wait events):
    /// how often the worker should call [`DataSource::sample`], asked once
    /// after `startup`. `None` (the default): never.
    fn sample_period(&mut self) -> Option<Duration> {
        None
    }

    /// Every sample period, in the worker only (`powa_take_snapshot()`
    /// does not sample): look at the server and keep what is seen in
    /// memory, for the next snapshot to store. Keep it cheap: it runs often.
    fn sample(&mut self, _host: &mut Host<'_>) -> PluginResult {
        Ok(())
    }
}

/// A WAL plugin: called for each WAL record of the resource managers it
/// asked for, in WAL order (WALker's model).
///
/// Delivery: state persisted in [`WalPlugin::flush`] counts every record
/// exactly once. The host records the position up to which a plugin's
/// state is complete in the same transaction as its `flush` (the plugin's
/// statements through the host included), and after a restart or crash
/// the plugin receives only the records after that position. Records
/// delivered since the last flush are delivered again after a crash (the
/// state built from them was lost with the process), so keep state in
/// memory between flushes and persist it in `flush` through the host: state
/// written per record, or outside the host's transaction (a file, another
/// database), would count those records twice.
///
/// To expose results to SQL, create tables in `startup` (through the host,
/// versioned with [`crate::schema`]), write them in `flush`, and create the
/// views or functions that read them in `startup`; a data source of the
/// same plugin can keep their history (see `plugins/wal-records`).
pub trait WalPlugin: Send + 'static {
    /// Once after loading: the resource managers whose records to receive.
    fn startup(&mut self, host: &mut Host<'_>) -> PluginResult<RmgrSet>;

    /// Every record of a wanted resource manager. The default dispatches to
    /// the per-resource-manager methods below; override it to see all.
    fn record(&mut self, host: &mut Host<'_>, record: &WalRecord<'_>) -> PluginResult {
        match record.rmgr_id {
            rmgr::HEAP => self.heap(host, record),
            rmgr::HEAP2 => self.heap2(host, record),
            rmgr::XLOG => self.xlog(host, record),
            rmgr::XACT => self.xact(host, record),
            rmgr::SMGR => self.smgr(host, record),
            _ => self.other(host, record),
        }
    }

    fn heap(&mut self, _host: &mut Host<'_>, _record: &WalRecord<'_>) -> PluginResult {
        Ok(())
    }

    fn heap2(&mut self, _host: &mut Host<'_>, _record: &WalRecord<'_>) -> PluginResult {
        Ok(())
    }

    fn xlog(&mut self, _host: &mut Host<'_>, _record: &WalRecord<'_>) -> PluginResult {
        Ok(())
    }

    fn xact(&mut self, _host: &mut Host<'_>, _record: &WalRecord<'_>) -> PluginResult {
        Ok(())
    }

    fn smgr(&mut self, _host: &mut Host<'_>, _record: &WalRecord<'_>) -> PluginResult {
        Ok(())
    }

    /// Records of any other resource manager asked for.
    fn other(&mut self, _host: &mut Host<'_>, _record: &WalRecord<'_>) -> PluginResult {
        Ok(())
    }

    /// Persist the state derived from every record delivered so far. The
    /// host moves its saved WAL position only after every plugin flushed.
    fn flush(&mut self, _host: &mut Host<'_>) -> PluginResult {
        Ok(())
    }

    fn shutdown(&mut self, _host: &mut Host<'_>) -> PluginResult {
        Ok(())
    }
}

/// A WAL archiver (PostgreSQL's archive-module callbacks).
///
/// The archiver process has no database connection: [`Host::query`] fails
/// there; settings, logging and time work.
pub trait Archiver: Send + 'static {
    fn startup(&mut self, _host: &mut Host<'_>) -> PluginResult {
        Ok(())
    }

    /// `Ok(None)` when ready to archive, `Ok(Some(reason))` when not (for
    /// example: the archive directory setting is empty).
    fn check_configured(&mut self, host: &mut Host<'_>) -> PluginResult<Option<String>>;

    /// Archive the file `file` (a WAL file name) found at `path`. Return
    /// only once it is durably archived; an error makes PostgreSQL retry.
    fn archive_file(&mut self, host: &mut Host<'_>, file: &str, path: &str) -> PluginResult;

    fn shutdown(&mut self, _host: &mut Host<'_>) -> PluginResult {
        Ok(())
    }

    /// What the archive holds now, for `powa_archive_usage()`: called in a
    /// backend (not the archiver process), on an archiver made for the
    /// call. `Ok(None)`: this archiver cannot tell.
    fn usage(&mut self, _host: &mut Host<'_>) -> PluginResult<Option<ArchiveUsage>> {
        Ok(None)
    }
}

/// The files of an archive, the WAL they hold and the bytes they take on
/// disk (less than `original_bytes` when compressed).
#[repr(C)]
#[derive(abi_stable::StableAbi, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ArchiveUsage {
    pub files: u64,
    pub original_bytes: u64,
    pub stored_bytes: u64,
}
