//! What [`crate::export_plugin!`] expands to: adapters from the author's
//! traits to the stable-ABI trait objects. Every call goes through [`guard`],
//! so a panic in plugin code becomes an error value and never unwinds into
//! the host (where it would end the server process).

use crate::error::{FfiError, PluginResult};
use crate::ffi::{
    ArchiverBox, ArchiverFfi, ArchiverFfi_TO, DataSourceBox, DataSourceFfi, DataSourceFfi_TO,
    WalPluginBox, WalPluginFfi, WalPluginFfi_TO,
};
use crate::host::{Host, HostRef};
use crate::plugin::{ArchiveUsage, Archiver, DataSource, WalPlugin};
use crate::wal::{RmgrSet, WalRecord};
use abi_stable::sabi_trait::TD_Opaque;
use abi_stable::std_types::{ROption, RResult, RStr, RString};
use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Duration;

/// The text of a panic payload.
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "(a panic without a message)".to_owned()
    }
}

/// Runs plugin code, turning an error or a panic into an error value.
pub fn guard<R>(operation: &str, call: impl FnOnce() -> PluginResult<R>) -> RResult<R, FfiError> {
    match catch_unwind(AssertUnwindSafe(call)) {
        Ok(Ok(value)) => RResult::ROk(value),
        Ok(Err(error)) => RResult::RErr(error.into()),
        Err(payload) => RResult::RErr(FfiError::new(format!(
            "panicked in {operation}: {}",
            panic_message(payload.as_ref())
        ))),
    }
}

pub struct DataSourceAdapter<T>(pub T);

impl<T: DataSource> DataSourceFfi for DataSourceAdapter<T> {
    fn startup(&mut self, host: HostRef<'_>) -> RResult<(), FfiError> {
        guard("startup", || self.0.startup(&mut Host::new(host)))
    }
    fn snapshot(&mut self, host: HostRef<'_>) -> RResult<(), FfiError> {
        guard("snapshot", || self.0.snapshot(&mut Host::new(host)))
    }
    fn aggregate(&mut self, host: HostRef<'_>) -> RResult<(), FfiError> {
        guard("aggregate", || self.0.aggregate(&mut Host::new(host)))
    }
    fn purge(&mut self, host: HostRef<'_>, retention_seconds: u64) -> RResult<(), FfiError> {
        guard("purge", || {
            self.0
                .purge(&mut Host::new(host), Duration::from_secs(retention_seconds))
        })
    }
    fn unregister(&mut self, host: HostRef<'_>) -> RResult<(), FfiError> {
        guard("unregister", || self.0.unregister(&mut Host::new(host)))
    }
    fn sample_period_micros(&mut self) -> u64 {
        // A panic here means no sampling; the host learns of it from sample.
        catch_unwind(AssertUnwindSafe(|| self.0.sample_period()))
            .ok()
            .flatten()
            .map_or(0, |period| (period.as_micros() as u64).max(1))
    }
    fn sample(&mut self, host: HostRef<'_>) -> RResult<(), FfiError> {
        guard("sample", || self.0.sample(&mut Host::new(host)))
    }
}

pub struct WalPluginAdapter<T>(pub T);

impl<T: WalPlugin> WalPluginFfi for WalPluginAdapter<T> {
    fn startup(&mut self, host: HostRef<'_>) -> RResult<RmgrSet, FfiError> {
        guard("startup", || self.0.startup(&mut Host::new(host)))
    }
    fn record(&mut self, host: HostRef<'_>, record: &WalRecord<'_>) -> RResult<(), FfiError> {
        guard("record", || self.0.record(&mut Host::new(host), record))
    }
    fn flush(&mut self, host: HostRef<'_>) -> RResult<(), FfiError> {
        guard("flush", || self.0.flush(&mut Host::new(host)))
    }
    fn shutdown(&mut self, host: HostRef<'_>) -> RResult<(), FfiError> {
        guard("shutdown", || self.0.shutdown(&mut Host::new(host)))
    }
}

pub struct ArchiverAdapter<T>(pub T);

impl<T: Archiver> ArchiverFfi for ArchiverAdapter<T> {
    fn startup(&mut self, host: HostRef<'_>) -> RResult<(), FfiError> {
        guard("startup", || self.0.startup(&mut Host::new(host)))
    }
    fn check_configured(&mut self, host: HostRef<'_>) -> RResult<ROption<RString>, FfiError> {
        guard("check_configured", || {
            Ok(self
                .0
                .check_configured(&mut Host::new(host))?
                .map(RString::from)
                .into())
        })
    }
    fn archive_file(
        &mut self,
        host: HostRef<'_>,
        file: RStr<'_>,
        path: RStr<'_>,
    ) -> RResult<(), FfiError> {
        guard("archive_file", || {
            self.0
                .archive_file(&mut Host::new(host), file.as_str(), path.as_str())
        })
    }
    fn shutdown(&mut self, host: HostRef<'_>) -> RResult<(), FfiError> {
        guard("shutdown", || self.0.shutdown(&mut Host::new(host)))
    }
    fn usage(&mut self, host: HostRef<'_>) -> RResult<ROption<ArchiveUsage>, FfiError> {
        guard("usage", || Ok(self.0.usage(&mut Host::new(host))?.into()))
    }
}

/// Builds a data source behind the boundary; a panicking constructor is an error.
pub fn new_data_source<T: DataSource>(
    make: impl FnOnce() -> T,
) -> RResult<DataSourceBox, FfiError> {
    guard("the constructor", || {
        Ok(DataSourceFfi_TO::from_value(
            DataSourceAdapter(make()),
            TD_Opaque,
        ))
    })
}

pub fn new_wal_plugin<T: WalPlugin>(make: impl FnOnce() -> T) -> RResult<WalPluginBox, FfiError> {
    guard("the constructor", || {
        Ok(WalPluginFfi_TO::from_value(
            WalPluginAdapter(make()),
            TD_Opaque,
        ))
    })
}

pub fn new_archiver<T: Archiver>(make: impl FnOnce() -> T) -> RResult<ArchiverBox, FfiError> {
    guard("the constructor", || {
        Ok(ArchiverFfi_TO::from_value(
            ArchiverAdapter(make()),
            TD_Opaque,
        ))
    })
}

/// Exports a plugin library: its root module, with every callback wrapped so
/// that errors and panics become error values.
///
/// ```text
/// powa_core::export_plugin! {
///     name: "my_plugin",            // must equal the library's file name, my_plugin.so
///     data_source: MySource::new,   // optional: fn() -> impl DataSource
///     wal: MyWalPlugin::default,    // optional: fn() -> impl WalPlugin
///     archiver: MyArchiver::new,    // optional: fn() -> impl Archiver
///     settings: my_settings,        // optional: fn() -> Vec<SettingSpec>, names "my_plugin.*"
/// }
/// ```
///
/// It also defines `pub fn powa_plugin_module()`, the root module, so unit
/// tests can drive the plugin through the boundary without loading it.
#[macro_export]
macro_rules! export_plugin {
    (
        name: $name:literal
        $(, data_source: $data_source:expr)?
        $(, wal: $wal:expr)?
        $(, archiver: $archiver:expr)?
        $(, settings: $settings:expr)?
        $(,)?
    ) => {
        #[cfg(panic = "abort")]
        compile_error!(
            "powa plugins must be built with panic = \"unwind\": with abort, a panic in a plugin \
             ends the PostgreSQL process instead of becoming an error"
        );

        /// This library's powa root module.
        pub fn powa_plugin_module() -> $crate::ffi::PluginModule_Ref {
            #[allow(unused_mut)]
            let mut module = $crate::ffi::PluginModule {
                abi_version: $crate::ffi::ABI_VERSION,
                name: $crate::__private::RStr::from_str($name),
                version: $crate::__private::RStr::from_str(env!("CARGO_PKG_VERSION")),
                new_data_source: None,
                new_wal_plugin: None,
                new_archiver: None,
                settings: None,
            };
            $(
                extern "C" fn new_data_source()
                    -> $crate::__private::RResult<$crate::ffi::DataSourceBox, $crate::FfiError>
                {
                    $crate::export::new_data_source($data_source)
                }
                module.new_data_source = Some(new_data_source);
            )?
            $(
                extern "C" fn new_wal_plugin()
                    -> $crate::__private::RResult<$crate::ffi::WalPluginBox, $crate::FfiError>
                {
                    $crate::export::new_wal_plugin($wal)
                }
                module.new_wal_plugin = Some(new_wal_plugin);
            )?
            $(
                extern "C" fn new_archiver()
                    -> $crate::__private::RResult<$crate::ffi::ArchiverBox, $crate::FfiError>
                {
                    $crate::export::new_archiver($archiver)
                }
                module.new_archiver = Some(new_archiver);
            )?
            $(
                extern "C" fn __powa_declared_settings()
                    -> $crate::__private::RVec<$crate::SettingSpec>
                {
                    let declare: fn() -> Vec<$crate::SettingSpec> = $settings;
                    // A panic here would cross the boundary: none declared.
                    ::std::panic::catch_unwind(declare)
                        .unwrap_or_default()
                        .into_iter()
                        .collect()
                }
                module.settings = Some(__powa_declared_settings);
            )?
            $crate::__private::PrefixTypeTrait::leak_into_prefix(module)
        }

        // What abi_stable's #[export_root_module] generates, spelled with
        // paths through powa-core so plugins need no abi_stable dependency.
        #[doc(hidden)]
        #[no_mangle]
        pub static _1as_0lib_1header_0root_bmodule_bloader: $crate::__private::LibHeader = {
            extern "C" fn erased_module() -> $crate::__private::RootModuleResult {
                $crate::__private::call_root_module_loader(powa_plugin_module)
            }
            // SAFETY: the constructor returns the root module of the type named here.
            unsafe {
                $crate::__private::LibHeader::from_constructor::<$crate::ffi::PluginModule_Ref>(
                    erased_module,
                    $crate::__private::CheckTypeLayout::Yes,
                )
            }
        };
    };
}
