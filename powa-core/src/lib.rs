//! powa-core: the plugin SDK of powa, and the contract between the powa host
//! and its plugins.
//!
//! A powa plugin is a `cdylib` that links this crate and nothing of
//! PostgreSQL. It is installed as `$libdir/<name>.so`, listed in
//! `walker.plugins`, and loaded by the powa background worker (data sources,
//! WAL plugins), by the archiver (`archive_library = 'powa'`) and by
//! `powa-collector` (data sources, remote mode). A plugin built once works on
//! every PostgreSQL version the host supports.
//!
//! # Writing a plugin
//!
//! 1. A crate with `crate-type = ["cdylib", "rlib"]` (the rlib lets its unit
//!    tests call it directly) that depends on `powa-core`, built with
//!    `panic = "unwind"` (the default).
//! 2. Implement one or more of [`DataSource`], [`WalPlugin`], [`Archiver`].
//!    Everything the server offers comes through the [`Host`] passed into
//!    every callback: SQL with parameters, logging, settings, the server's
//!    version, the time.
//! 3. Export it with [`export_plugin!`]. The macro builds the stable-ABI root
//!    module and wraps every callback so that an error or a panic becomes an
//!    error value the host records; nothing unwinds into the server. Declare
//!    the plugin's settings there too (`settings: fn() -> Vec<SettingSpec>`,
//!    names `<name>.*`): the server then knows them (`SHOW`, `pg_settings`,
//!    a bad value refused when set) and the plugin reads them with
//!    [`Host::setting`] as text.
//! 4. Test it against [`testing::TestHost`], without a server.
//! 5. Copy `target/<profile>/lib<crate>.so` to `$libdir/<name>.so` and add
//!    `<name>` to `walker.plugins` (restart to load).
//!
//! Names are `[a-z0-9_]+`; the name given to [`export_plugin!`] must equal the
//! file name. A library built against an incompatible powa-core is refused
//! at load time with the reason, and the other plugins carry on.
//!
//! # A data source
//!
//! Snapshots commits and rollbacks per database into its own table.
//!
//! ```
//! use powa_core::{export_plugin, DataSource, Host, PluginResult};
//! use std::time::Duration;
//!
//! #[derive(Default)]
//! struct Commits;
//!
//! impl DataSource for Commits {
//!     fn startup(&mut self, host: &mut Host<'_>) -> PluginResult {
//!         host.execute(
//!             "CREATE TABLE IF NOT EXISTS commits_history
//!                (srvid int, ts timestamptz, datname text, commits bigint)",
//!             &[],
//!         )?;
//!         Ok(())
//!     }
//!
//!     fn snapshot(&mut self, host: &mut Host<'_>) -> PluginResult {
//!         let rows = host.query_monitored("SELECT datname, xact_commit FROM pg_stat_database WHERE datname IS NOT NULL", &[])?;
//!         let (server, now) = (host.server_id(), host.now());
//!         for row in rows.rows() {
//!             let (datname, commits): (String, i64) = (row.get("datname")?, row.get("xact_commit")?);
//!             host.execute(
//!                 "INSERT INTO commits_history VALUES ($1, $2, $3, $4)",
//!                 &[&server, &now, &datname, &commits],
//!             )?;
//!         }
//!         Ok(())
//!     }
//!
//!     fn purge(&mut self, host: &mut Host<'_>, retention: Duration) -> PluginResult {
//!         let oldest = host.now().unix_micros - retention.as_micros() as i64;
//!         host.execute(
//!             "DELETE FROM commits_history WHERE ts < to_timestamp($1::float8 / 1e6)",
//!             &[&(oldest as f64)],
//!         )?;
//!         Ok(())
//!     }
//! }
//!
//! export_plugin! { name: "commits", data_source: Commits::default }
//!
//! // Unit test, no server:
//! let mut test_host = powa_core::testing::TestHost::new();
//! Commits.snapshot(&mut test_host.host()).unwrap();
//! assert!(test_host.sql()[0].contains("pg_stat_database"));
//! ```
//!
//! # A WAL plugin
//!
//! Counts heap records.
//!
//! ```
//! use powa_core::{export_plugin, rmgr, Host, PluginResult, RmgrSet, WalPlugin, WalRecord};
//!
//! #[derive(Default)]
//! struct HeapCounter {
//!     records: i64,
//! }
//!
//! impl WalPlugin for HeapCounter {
//!     fn startup(&mut self, _host: &mut Host<'_>) -> PluginResult<RmgrSet> {
//!         Ok(RmgrSet::none().with(rmgr::HEAP)) // called for nothing else
//!     }
//!
//!     fn heap(&mut self, _host: &mut Host<'_>, _record: &WalRecord<'_>) -> PluginResult {
//!         self.records += 1;
//!         Ok(())
//!     }
//!
//!     fn flush(&mut self, host: &mut Host<'_>) -> PluginResult {
//!         host.info(&format!("{} heap records so far", self.records));
//!         Ok(())
//!     }
//! }
//!
//! export_plugin! { name: "heap_counter", wal: HeapCounter::default }
//! ```
//!
//! # An archiver
//!
//! Refuses to run until its directory is set.
//!
//! ```
//! use powa_core::{export_plugin, Archiver, Host, PluginError, PluginResult};
//!
//! struct CopyArchiver;
//!
//! impl Archiver for CopyArchiver {
//!     fn check_configured(&mut self, host: &mut Host<'_>) -> PluginResult<Option<String>> {
//!         Ok(match host.setting("copy_archiver.directory").as_deref() {
//!             None | Some("") => Some("copy_archiver.directory is not set".into()),
//!             Some(_) => None,
//!         })
//!     }
//!
//!     fn archive_file(&mut self, host: &mut Host<'_>, file: &str, path: &str) -> PluginResult {
//!         let directory = host.setting("copy_archiver.directory").ok_or_else(|| PluginError::msg("not configured"))?;
//!         std::fs::copy(path, std::path::Path::new(&directory).join(file))?;
//!         Ok(())
//!     }
//! }
//!
//! export_plugin! { name: "copy_archiver", archiver: || CopyArchiver }
//! ```

pub mod declared;
pub mod decode;
pub mod error;
pub mod export;
pub mod ffi;
pub mod history;
pub mod host;
pub mod loader;
pub mod plugin;
pub mod plugin_name;
pub mod schema;
pub mod settings;
pub mod testing;
pub mod value;
pub mod wal;

pub use declared::{SettingKind, SettingReload, SettingSpec};
pub use error::{FfiError, HostError, PluginError, PluginResult, RowError};
pub use host::{Host, HostApi, HostRef, LogLevel, Target};
pub use plugin::{ArchiveUsage, Archiver, DataSource, WalPlugin};
pub use plugin_name::{parse_plugin_list, PluginName, PluginNameError};
pub use value::{FromValue, QueryResult, Row, Timestamp, ToValue, Value};
pub use wal::{format_lsn, parse_lsn, rmgr, BlockRef, RmgrSet, WalRecord};

/// Used by [`export_plugin!`]; not part of the API.
#[doc(hidden)]
pub mod __private {
    pub use abi_stable::library::{
        __call_root_module_loader as call_root_module_loader, CheckTypeLayout, LibHeader,
        RootModuleResult,
    };
    pub use abi_stable::prefix_type::PrefixTypeTrait;
    pub use abi_stable::std_types::{ROption, RResult, RStr, RVec};
}

/// For the host side: abi_stable types the loader's callers need.
pub mod abi {
    pub use abi_stable::sabi_trait::TD_Opaque;
    pub use abi_stable::sabi_types::RMut;
    pub use abi_stable::std_types::{RBox, ROption, RResult, RSlice, RStr, RString, RVec};
}

#[cfg(test)]
mod tests {
    #[test]
    fn export_macro_uses_abi_stables_root_module_symbol() {
        assert_eq!(
            abi_stable::library::ROOT_MODULE_LOADER_NAME,
            "_1as_0lib_1header_0root_bmodule_bloader"
        );
    }
}
