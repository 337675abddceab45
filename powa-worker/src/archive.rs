//! The archive module host: with `archive_library = 'powa'` the archiver
//! process loads this library, which loads the one plugin of
//! `walker.plugins` that provides an archiver and forwards PostgreSQL's
//! callbacks to it (PostgreSQL 15's stateless API, and 16+'s with state and
//! a startup callback; pgrx binds neither in full for 16+, hence the mirrors
//! below).
//!
//! Nothing raises an ERROR here: a plugin's error or panic (caught at the
//! boundary) makes archive_file return false with the reason in the log,
//! so the archiver retries the file later instead of failing (15 and 16
//! turn an ERROR in archive_file into the archiver's exit).

use crate::plugins::{libdir, load_all};
use crate::spi_host::SpiHost;
use pgrx::prelude::*;
use powa_core::abi::TD_Opaque;
use powa_core::ffi::ArchiverBox;
use powa_core::host::HostApi_TO;
use std::ffi::{c_char, CStr};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The archiver of walker.plugins, or why there is none.
pub struct ArchiveHost {
    name: String,
    archiver: Result<ArchiverBox, String>,
}

impl ArchiveHost {
    /// Loads walker.plugins and keeps its only archiver.
    fn load() -> Self {
        let setting = crate::settings::walker_plugins();
        let plugins = load_all(&setting, &libdir());
        let archivers: Vec<_> = plugins
            .iter()
            .filter_map(|plugin| {
                let new = plugin.library?.module.new_archiver()?;
                Some((plugin.name.clone(), new))
            })
            .collect();
        match archivers.as_slice() {
            [] => Self {
                name: String::new(),
                archiver: Err(format!(
                    "no plugin of walker.plugins provides an archiver (walker.plugins = '{setting}'); \
                     list one, for example archive_basic"
                )),
            },
            [(name, new)] => Self {
                name: name.clone(),
                archiver: new()
                    .into_result()
                    .map_err(|error| format!("plugin \"{name}\" could not create its archiver: {}", error.message)),
            },
            many => Self {
                name: String::new(),
                archiver: Err(format!(
                    "more than one plugin of walker.plugins provides an archiver ({}); list exactly one",
                    many.iter().map(|(name, _)| name.as_str()).collect::<Vec<_>>().join(", ")
                )),
            },
        }
    }

    /// Calls the archiver with a host for this process (no database).
    fn call<R>(
        &mut self,
        call: impl FnOnce(
            &mut ArchiverBox,
            powa_core::HostRef<'_>,
        ) -> powa_core::abi::RResult<R, powa_core::FfiError>,
    ) -> Result<R, String> {
        let archiver = self.archiver.as_mut().map_err(|reason| reason.clone())?;
        let mut host = SpiHost::new(&self.name, false);
        let api = HostApi_TO::from_ptr(&mut host, TD_Opaque);
        call(archiver, api)
            .into_result()
            .map_err(|error| error.message.into_string())
    }

    fn startup(&mut self) {
        if let Err(message) = self.call(|archiver, host| archiver.startup(host)) {
            if self.archiver.is_ok() {
                warning!(
                    "powa archive host: archiver \"{}\" failed to start: {message}",
                    self.name
                );
            }
        }
    }

    /// None when ready, else why not.
    fn check_configured(&mut self) -> Option<String> {
        match self.call(|archiver, host| archiver.check_configured(host)) {
            Ok(reason) => reason.into_option().map(|r| format!("{}: {r}", self.name)),
            Err(message) => Some(message),
        }
    }

    fn archive_file(&mut self, file: &str, path: &str) -> bool {
        match self.call(|archiver, host| archiver.archive_file(host, file.into(), path.into())) {
            Ok(()) => true,
            Err(message) => {
                warning!(
                    "powa archive host: archiving \"{file}\" failed: {message}; it will be retried"
                );
                if let Err(error) = LastFailure::now(file, &message).save() {
                    warning!("powa archive host: cannot keep the failure's reason in {LAST_FAILURE}: {error}");
                }
                false
            }
        }
    }

    /// What the archive holds, when the archiver can tell.
    fn usage(&mut self) -> Result<Option<powa_core::ArchiveUsage>, String> {
        let name = self.name.clone();
        // A plugin built before `usage` existed lacks it: calling it
        // panics on this side of the boundary.
        catch_unwind(AssertUnwindSafe(|| {
            self.call(|archiver, host| archiver.usage(host))
        }))
        .unwrap_or_else(|_| Err(format!("archiver \"{name}\" predates usage reports")))
        .map(|usage| usage.into_option())
    }

    fn shutdown(&mut self) {
        if self.archiver.is_ok() {
            if let Err(message) = self.call(|archiver, host| archiver.shutdown(host)) {
                warning!(
                    "powa archive host: archiver \"{}\" failed to shut down: {message}",
                    self.name
                );
            }
        }
    }
}

/// The archiver's last failure, kept for `powa_archive_last_failure()`
/// (pg_stat_archiver has the file and time, not the reason). Relative to
/// the data directory, the working directory of the archiver and of
/// backends; pg_stat_tmp is left out of base backups.
const LAST_FAILURE: &str = "pg_stat_tmp/powa_archive_last_failure";

/// A failure as stored: the file, the time (Unix microseconds) and the
/// reason, one per line (the reason's own line breaks made spaces).
#[derive(Debug, PartialEq)]
pub struct LastFailure {
    pub file: String,
    pub unix_micros: i64,
    pub reason: String,
}

impl LastFailure {
    fn now(file: &str, reason: &str) -> Self {
        let unix_micros = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_micros() as i64)
            .unwrap_or(0);
        Self {
            file: file.to_owned(),
            unix_micros,
            reason: reason.replace(['\n', '\r'], " "),
        }
    }

    fn text(&self) -> String {
        format!("{}\n{}\n{}\n", self.file, self.unix_micros, self.reason)
    }

    fn parse(text: &str) -> Option<Self> {
        let mut lines = text.lines();
        let file = lines.next()?.to_owned();
        let unix_micros = lines.next()?.parse().ok()?;
        let reason = lines.next()?.to_owned();
        Some(Self {
            file,
            unix_micros,
            reason,
        })
    }

    /// Written whole then renamed: a reader never sees half of it.
    fn save(&self) -> std::io::Result<()> {
        let partial = format!("{LAST_FAILURE}.partial");
        std::fs::write(&partial, self.text())?;
        std::fs::rename(&partial, LAST_FAILURE)
    }

    fn load() -> Result<Option<Self>, String> {
        match std::fs::read_to_string(LAST_FAILURE) {
            Ok(text) => Self::parse(&text)
                .map(Some)
                .ok_or_else(|| format!("{LAST_FAILURE} is not a failure powa wrote: {text:?}")),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(format!("cannot read {LAST_FAILURE}: {error}")),
        }
    }
}

/// The archive module's last failure on this server: the WAL file, when,
/// and the archiver's reason (no row when nothing failed since the file
/// was last removed).
#[pg_extern]
fn powa_archive_last_failure() -> TableIterator<
    'static,
    (
        name!(file, String),
        name!(failed_at, TimestampWithTimeZone),
        name!(reason, String),
    ),
> {
    let failure = LastFailure::load().unwrap_or_else(|message| pgrx::error!("{message}"));
    TableIterator::new(failure.into_iter().map(|failure| {
        // Unix microseconds to PostgreSQL's epoch (2000-01-01).
        let since_2000 = failure.unix_micros - 946_684_800_000_000;
        let failed_at = TimestampWithTimeZone::try_from(since_2000).unwrap_or_else(|_| {
            pgrx::error!("{LAST_FAILURE}: time {} out of range", failure.unix_micros)
        });
        (failure.file, failed_at, failure.reason)
    }))
}

/// What the archive of walker.plugins' archiver holds: its files, the WAL
/// they hold, the bytes they take on disk and their ratio (no row when
/// the archiver cannot tell). Read in this backend: the archiver is loaded
/// here for the call, with this session's settings.
#[pg_extern]
fn powa_archive_usage() -> TableIterator<
    'static,
    (
        name!(archiver, String),
        name!(files, i64),
        name!(wal_bytes, i64),
        name!(stored_bytes, i64),
        name!(compression_ratio, Option<f64>),
    ),
> {
    let mut host = ArchiveHost::load();
    let usage = host
        .usage()
        .unwrap_or_else(|message| pgrx::error!("powa_archive_usage: {message}"));
    let name = host.name.clone();
    TableIterator::new(usage.into_iter().map(move |usage| {
        let ratio = (usage.stored_bytes > 0)
            .then(|| usage.original_bytes as f64 / usage.stored_bytes as f64);
        (
            name.clone(),
            usage.files as i64,
            usage.original_bytes as i64,
            usage.stored_bytes as i64,
            ratio,
        )
    }))
}

/// Runs host code, turning a panic of the host itself into `fallback`.
fn guarded<R>(fallback: R, work: impl FnOnce() -> R) -> R {
    catch_unwind(AssertUnwindSafe(work)).unwrap_or(fallback)
}

fn text(pointer: *const c_char) -> String {
    if pointer.is_null() {
        return String::new();
    }
    // SAFETY: the archiver passes NUL-terminated strings valid for the call.
    unsafe { CStr::from_ptr(pointer) }
        .to_string_lossy()
        .into_owned()
}

/// Tells the archiver why archiving is not configured: the DETAIL of its
/// "archiving is not configured" message on 17+ (this crate builds for 15
/// and 18), a WARNING on 15.
fn report_not_configured(reason: &str) {
    #[cfg(not(feature = "pg15"))]
    {
        extern "C" {
            static mut arch_module_check_errdetail_string: *mut c_char;
        }
        if let Ok(reason) = std::ffi::CString::new(reason) {
            // SAFETY: the archiver reads and clears this global after
            // check_configured_cb; the string is palloc'd in its context.
            unsafe {
                arch_module_check_errdetail_string = pg_sys::pstrdup(reason.as_ptr());
            }
        }
    }
    #[cfg(feature = "pg15")]
    warning!("powa archive host: archiving is not configured: {reason}");
}

#[cfg(not(feature = "pg15"))]
mod api {
    //! PostgreSQL 16+: `archive/archive_module.h`.
    use super::*;
    use std::ffi::c_void;

    #[repr(C)]
    pub struct ArchiveModuleState {
        pub private_data: *mut c_void,
    }

    type State = *mut ArchiveModuleState;

    #[repr(C)]
    pub struct ArchiveModuleCallbacks {
        pub startup_cb: Option<unsafe extern "C-unwind" fn(State)>,
        pub check_configured_cb: Option<unsafe extern "C-unwind" fn(State) -> bool>,
        pub archive_file_cb:
            Option<unsafe extern "C-unwind" fn(State, *const c_char, *const c_char) -> bool>,
        pub shutdown_cb: Option<unsafe extern "C-unwind" fn(State)>,
    }

    static CALLBACKS: ArchiveModuleCallbacks = ArchiveModuleCallbacks {
        startup_cb: Some(startup),
        check_configured_cb: Some(check_configured),
        archive_file_cb: Some(archive_file),
        shutdown_cb: Some(shutdown),
    };

    /// The host kept in the archiver's state.
    unsafe fn host<'a>(state: State) -> Option<&'a mut ArchiveHost> {
        if state.is_null() || (*state).private_data.is_null() {
            return None;
        }
        Some(&mut *((*state).private_data as *mut ArchiveHost))
    }

    unsafe extern "C-unwind" fn startup(state: State) {
        guarded((), || {
            let host = Box::into_raw(Box::new(ArchiveHost::load()));
            (*state).private_data = host.cast();
            (*host).startup();
        })
    }

    unsafe extern "C-unwind" fn check_configured(state: State) -> bool {
        guarded(false, || match host(state) {
            None => false,
            Some(host) => match host.check_configured() {
                None => true,
                Some(reason) => {
                    report_not_configured(&reason);
                    false
                }
            },
        })
    }

    unsafe extern "C-unwind" fn archive_file(
        state: State,
        file: *const c_char,
        path: *const c_char,
    ) -> bool {
        guarded(false, || {
            host(state).is_some_and(|host| host.archive_file(&text(file), &text(path)))
        })
    }

    unsafe extern "C-unwind" fn shutdown(state: State) {
        guarded((), || {
            if let Some(host) = host(state) {
                host.shutdown();
                drop(Box::from_raw(host as *mut ArchiveHost));
                (*state).private_data = std::ptr::null_mut();
            }
        })
    }

    #[no_mangle]
    pub extern "C-unwind" fn _PG_archive_module_init() -> *const ArchiveModuleCallbacks {
        &CALLBACKS
    }
}

#[cfg(feature = "pg15")]
mod api {
    //! PostgreSQL 15: `postmaster/pgarch.h`, callbacks without state: the
    //! host lives in this process's static, loaded at the first call.
    use super::*;
    use std::cell::RefCell;

    thread_local! {
        static HOST: RefCell<Option<ArchiveHost>> = const { RefCell::new(None) };
    }

    fn with_host<R>(work: impl FnOnce(&mut ArchiveHost) -> R) -> R {
        HOST.with(|host| {
            let mut host = host.borrow_mut();
            let host = host.get_or_insert_with(|| {
                let mut host = ArchiveHost::load();
                host.startup();
                host
            });
            work(host)
        })
    }

    unsafe extern "C-unwind" fn check_configured() -> bool {
        guarded(false, || {
            with_host(|host| match host.check_configured() {
                None => true,
                Some(reason) => {
                    report_not_configured(&reason);
                    false
                }
            })
        })
    }

    unsafe extern "C-unwind" fn archive_file(file: *const c_char, path: *const c_char) -> bool {
        guarded(false, || {
            with_host(|host| host.archive_file(&text(file), &text(path)))
        })
    }

    unsafe extern "C-unwind" fn shutdown() {
        guarded((), || {
            HOST.with(|host| {
                if let Some(mut host) = host.borrow_mut().take() {
                    host.shutdown();
                }
            })
        })
    }

    #[no_mangle]
    pub unsafe extern "C-unwind" fn _PG_archive_module_init(
        callbacks: *mut pg_sys::ArchiveModuleCallbacks,
    ) {
        (*callbacks).check_configured_cb = Some(check_configured);
        (*callbacks).archive_file_cb = Some(archive_file);
        (*callbacks).shutdown_cb = Some(shutdown);
    }
}
