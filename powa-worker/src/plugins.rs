//! The plugins of `walker.plugins`, as the worker loads and runs them.
//!
//! Loading: each name is validated and looked up in `$libdir` only; each
//! way a library can be unusable gets its own status and message, and the
//! others load regardless. Running: every callback runs in a subtransaction
//! of its own transaction; an error or a panic rolls back what the callback
//! did, is recorded (plugin, operation, message, time) in
//! `powa_plugin_errors`, and backs the plugin off: after n failures in a
//! row it sits out 2^n cycles (at most 64) before it is tried again.

use crate::sources::{self, Operation, Report};
use crate::spi_host::{in_subtransaction, unix_micros, SpiHost};
use pgrx::prelude::*;
use powa_core::abi::{RResult, TD_Opaque};
use powa_core::ffi::{DataSourceBox, WalPluginBox};
use powa_core::host::HostApi_TO;
use powa_core::loader::{library_path, load_library, LoadedLibrary};
use powa_core::schema::WRITER_ROLE;
use powa_core::{parse_plugin_list, FfiError, Host, HostRef, RmgrSet, Timestamp};
use std::ffi::CStr;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};

/// The server's `$libdir`.
pub fn libdir() -> PathBuf {
    // SAFETY: pkglib_path is a NUL-terminated buffer the postmaster fills at
    // start-up and never changes afterwards.
    let path = unsafe { CStr::from_ptr(std::ptr::addr_of!(pg_sys::pkglib_path).cast()) };
    PathBuf::from(path.to_string_lossy().into_owned())
}

/// A running instance of one kind of a plugin, with its failure record.
pub struct Runner<T> {
    pub object: T,
    pub started: bool,
    pub backoff: powa_host::Backoff,
    /// The extension a data source declared it reads, at startup.
    pub required_extension: Option<String>,
    /// How often a data source samples between snapshots, if it does.
    pub sample_period: Option<std::time::Duration>,
    /// A data source said it collects nothing for want of its extension.
    pub missing_reported: bool,
}

impl<T> Runner<T> {
    fn new(object: T) -> Self {
        Self {
            object,
            started: false,
            backoff: powa_host::Backoff::default(),
            required_extension: None,
            sample_period: None,
            missing_reported: false,
        }
    }

    pub fn may_run(&self, cycle: u64) -> bool {
        self.backoff.may_run(cycle)
    }

    fn succeeded(&mut self) {
        self.backoff.succeeded();
    }

    pub fn failed(&mut self, cycle: u64) {
        self.backoff.failed(cycle);
    }
}

/// One entry of `walker.plugins`.
pub struct Plugin {
    pub position: i32,
    /// The name as written in the setting.
    pub name: String,
    pub library_path: Option<PathBuf>,
    pub library: Option<LoadedLibrary>,
    /// loaded, invalid name, missing, not a plugin, incompatible, ...
    pub load_status: &'static str,
    pub detail: Option<String>,
    pub data_source: Option<Runner<DataSourceBox>>,
    pub wal: Option<Runner<WalPluginBox>>,
    pub wal_wanted: RmgrSet,
    pub last_error: Option<(String, i64)>,
}

impl Plugin {
    pub fn kinds(&self) -> Vec<&'static str> {
        self.library
            .map(|library| library.kinds())
            .unwrap_or_default()
    }

    /// The status shown in powa_plugins.
    pub fn status(&self) -> String {
        let backing_off = [
            self.data_source.as_ref().map(|r| r.backoff.failures),
            self.wal.as_ref().map(|r| r.backoff.failures),
        ]
        .into_iter()
        .flatten()
        .any(|failures| failures > 0);
        if backing_off {
            "backing off".to_owned()
        } else {
            self.load_status.to_owned()
        }
    }
}

/// Loads every plugin named in `setting` from `libdir`, in order. Never
/// fails: what cannot be loaded is described in its entry.
pub fn load_all(setting: &str, libdir: &Path) -> Vec<Plugin> {
    parse_plugin_list(setting)
        .into_iter()
        .enumerate()
        .map(|(index, entry)| {
            let mut plugin = Plugin {
                position: index as i32 + 1,
                name: entry.written.clone(),
                library_path: None,
                library: None,
                load_status: "loaded",
                detail: None,
                data_source: None,
                wal: None,
                wal_wanted: RmgrSet::none(),
                last_error: None,
            };
            match entry.name {
                Err(reason) => {
                    plugin.load_status = "invalid name";
                    plugin.detail = Some(reason.to_string());
                }
                Ok(name) => {
                    plugin.library_path = Some(library_path(libdir, &name));
                    match load_library(libdir, &name) {
                        Err(error) => {
                            plugin.load_status = error.status();
                            plugin.detail = Some(error.to_string());
                        }
                        Ok(library) => plugin.library = Some(library),
                    }
                }
            }
            if let Some(detail) = &plugin.detail {
                warning!("powa: {detail}");
            }
            plugin
        })
        .collect()
}

/// Calls plugin code with a host, inside a subtransaction that is rolled
/// back if the call fails.
pub fn call_plugin<R>(
    plugin: &str,
    call: impl FnOnce(HostRef<'_>) -> RResult<R, FfiError>,
) -> Result<R, String> {
    call_plugin_with(&mut SpiHost::new(plugin, true), call)
}

/// As [`call_plugin`], with the given host. The call runs as
/// powa_write_all_data ([`AsWriter`]).
pub fn call_plugin_with<R>(
    host: &mut SpiHost,
    call: impl FnOnce(HostRef<'_>) -> RResult<R, FfiError>,
) -> Result<R, String> {
    let call = AssertUnwindSafe(call);
    in_subtransaction(AssertUnwindSafe(move || {
        let writer = AsWriter::become_writer()?;
        let limits = crate::limits::arm();
        let jit = JitOff::set();
        let api = HostApi_TO::from_ptr(&mut *host, TD_Opaque);
        let result = (call.0)(api)
            .into_result()
            .map_err(|error| error.message.into_string());
        jit.restore();
        limits.disarm();
        writer.restore();
        result
    }))
}

/// A plugin call's SQL runs as powa_write_all_data, whatever role the
/// worker (powa.role) or the backend calling powa_take_snapshot() is, as a
/// SECURITY DEFINER function's body runs as its owner: what a plugin makes
/// belongs to that role (with the default privileges the extension gives
/// readers), so a collector can migrate it later; and no plugin statement,
/// nor a trigger someone put on a table that role owns, runs with more
/// rights than it has. (powa-collector: `begin_as_writer`.) An
/// error inside the call restores the role with its subtransaction.
struct AsWriter {
    user: pg_sys::Oid,
    context: i32,
}

impl AsWriter {
    fn become_writer() -> Result<Self, String> {
        // SAFETY: catalog lookups and the user id of a backend inside a
        // transaction (the call's subtransaction).
        unsafe {
            let name = std::ffi::CString::new(WRITER_ROLE).expect("a role name without NUL");
            let writer = pg_sys::get_role_oid(name.as_ptr(), true);
            if writer == pg_sys::InvalidOid {
                return Err(format!(
                    "the role {WRITER_ROLE} does not exist: run ALTER EXTENSION powa UPDATE"
                ));
            }
            let (mut user, mut context) = (pg_sys::InvalidOid, 0);
            pg_sys::GetUserIdAndSecContext(&mut user, &mut context);
            if !pg_sys::is_member_of_role(user, writer) {
                let name = std::ffi::CStr::from_ptr(pg_sys::GetUserNameFromId(user, true));
                return Err(powa_host::not_a_writer(&name.to_string_lossy()));
            }
            pg_sys::SetUserIdAndSecContext(
                writer,
                context | pg_sys::SECURITY_LOCAL_USERID_CHANGE as i32,
            );
            Ok(Self { user, context })
        }
    }

    fn restore(self) {
        // SAFETY: as above; back to the user and context of before.
        unsafe { pg_sys::SetUserIdAndSecContext(self.user, self.context) }
    }
}

/// `jit = off` for the statements of one plugin call, restored after it
/// (as a function's `SET jit = off` clause is). A snapshot's statements
/// move large arrays through few rows, which the planner costs above
/// `jit_above_cost`: compiling them took a tenth of a snapshot, for
/// statements that run in milliseconds. An error inside the call rolls
/// the setting back with the call's subtransaction.
struct JitOff(i32);

impl JitOff {
    fn set() -> Self {
        // SAFETY: inside a transaction (the plugin call's subtransaction);
        // the nesting level is closed by `restore` or by the
        // subtransaction's abort.
        unsafe {
            let level = pg_sys::NewGUCNestLevel();
            pg_sys::set_config_option(
                c"jit".as_ptr(),
                c"off".as_ptr(),
                pg_sys::GucContext::PGC_USERSET,
                pg_sys::GucSource::PGC_S_SESSION,
                pg_sys::GucAction::GUC_ACTION_SAVE,
                true,
                0,
                false,
            );
            JitOff(level)
        }
    }

    fn restore(self) {
        // SAFETY: closes the level `set` opened, in the same transaction.
        unsafe { pg_sys::AtEOXact_GUC(true, self.0) }
    }
}

/// Creates the data-source and WAL instances of the loaded plugins
/// (archivers run in the archiver process, not here).
pub fn instantiate(plugins: &mut [Plugin]) {
    instantiate_data_sources(plugins);
    for plugin in plugins.iter_mut() {
        let Some(library) = plugin.library else {
            continue;
        };
        if let Some(new) = library.module.new_wal_plugin() {
            match new().into_result() {
                Ok(object) => plugin.wal = Some(Runner::new(object)),
                Err(error) => record_error(plugin, "create wal plugin", &error.message),
            }
        }
    }
}

/// Creates the data-source instances of the loaded plugins.
fn instantiate_data_sources(plugins: &mut [Plugin]) {
    for plugin in plugins.iter_mut() {
        let Some(library) = plugin.library else {
            continue;
        };
        if let Some(new) = library.module.new_data_source() {
            match new().into_result() {
                Ok(object) => plugin.data_source = Some(Runner::new(object)),
                Err(error) => record_error(plugin, "create data source", &error.message),
            }
        }
    }
}

/// Records a failed callback: server log, powa_plugin_errors, last error.
pub fn record_error(plugin: &mut Plugin, operation: &str, message: &str) {
    let now = unix_micros(unsafe { pg_sys::GetCurrentTimestamp() });
    plugin.last_error = Some((format!("{operation}: {message}"), now));
    log_failure("plugin", &plugin.name, operation, message);
}

/// A failure of `kind` ("plugin", "SQL data source") `name`, in the
/// server log and powa_plugin_errors (under the local server).
pub fn log_failure(kind: &str, name: &str, operation: &str, message: &str) {
    warning!("powa: {kind} \"{name}\" failed in {operation}: {message}");
    let mut spi = SpiHost::at("powa", SpiHost::current_time());
    let mut host = Host::new(HostApi_TO::from_ptr(&mut spi, TD_Opaque));
    if let Err(error) = powa_host::record_failure(&mut host, 0, name, operation, message) {
        warning!("powa: could not record the error of {kind} \"{name}\": {error}");
    }
}

/// Writes the plugins' state to powa_plugin_state (what powa_plugins shows).
pub fn save_state(plugins: &[Plugin]) {
    Spi::run("DELETE FROM powa_plugin_state").expect("powa_plugin_state is powa's own table");
    for plugin in plugins {
        let kinds: Vec<String> = plugin.kinds().into_iter().map(str::to_owned).collect();
        let (last_error, last_error_at) = match &plugin.last_error {
            Some((message, at)) => (Some(message.clone()), Some(*at)),
            None => (None, None),
        };
        Spi::run_with_args(
            "INSERT INTO powa_plugin_state
               (position, name, version, kinds, library, status, detail, last_error, last_error_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
                     to_timestamp($9::float8 / 1e6))",
            &[
                plugin.position.into(),
                plugin.name.as_str().into(),
                plugin.library.map(|l| l.version().to_owned()).into(),
                kinds.into(),
                plugin
                    .library_path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .into(),
                plugin.status().into(),
                plugin.detail.clone().into(),
                last_error.into(),
                last_error_at.map(|at| at as f64).into(),
            ],
        )
        .expect("powa_plugin_state is powa's own table");
    }
}

/// How a data-source operation went.
pub enum Outcome {
    Succeeded,
    /// Not run: not started, or sitting out cycles after failures.
    BackingOff,
    Failed(String),
}

/// Runs one data-source operation of one started plugin if it is not
/// backing off, with `cycle_time` as the host's time.
pub fn run_data_source(
    plugin: &mut Plugin,
    cycle: u64,
    cycle_time: Timestamp,
    operation: &'static str,
    call: impl FnOnce(&mut DataSourceBox, HostRef<'_>) -> RResult<(), FfiError>,
) -> Outcome {
    let name = plugin.name.clone();
    let Some(runner) = plugin.data_source.as_mut() else {
        return Outcome::BackingOff;
    };
    if !runner.started || !runner.may_run(cycle) {
        return Outcome::BackingOff;
    }
    let outcome = call_plugin_with(&mut SpiHost::at(&name, cycle_time), |host| {
        call(&mut runner.object, host)
    });
    match outcome {
        Ok(()) => {
            runner.succeeded();
            Outcome::Succeeded
        }
        Err(message) => {
            runner.failed(cycle);
            record_error(plugin, operation, &message);
            Outcome::Failed(message)
        }
    }
}

/// Starts the WAL plugins: each says which resource managers it wants.
pub fn start_wal_plugins(plugins: &mut [Plugin], cycle: u64) {
    for plugin in plugins.iter_mut() {
        let name = plugin.name.clone();
        let Some(runner) = plugin.wal.as_mut() else {
            continue;
        };
        if runner.started || !runner.may_run(cycle) {
            continue;
        }
        match call_plugin(&name, |host| runner.object.startup(host)) {
            Ok(wanted) => {
                runner.started = true;
                runner.succeeded();
                plugin.wal_wanted = wanted;
            }
            Err(message) => {
                runner.failed(cycle);
                record_error(plugin, "wal startup", &message);
            }
        }
    }
}

/// Tells the started WAL plugins the worker is stopping.
pub fn shut_down_wal_plugins(plugins: &mut [Plugin]) {
    for plugin in plugins.iter_mut() {
        let name = plugin.name.clone();
        let Some(runner) = plugin.wal.as_mut().filter(|r| r.started) else {
            continue;
        };
        if let Err(message) = call_plugin(&name, |host| runner.object.shutdown(host)) {
            record_error(plugin, "wal shutdown", &message);
        }
    }
}

/// The plugins listed in `walker.plugins` as this backend resolves them, in
/// order: the library each name resolves to and whether it loads
/// (`loaded`, `missing`, `invalid name`, `not a plugin`, `incompatible`, ...).
/// Loading happens in this backend; `powa_plugins` shows the worker's view.
#[pg_extern]
fn powa_configured_plugins() -> TableIterator<
    'static,
    (
        name!(position, i32),
        name!(name, String),
        name!(library, Option<String>),
        name!(status, String),
        name!(detail, Option<String>),
    ),
> {
    let rows: Vec<_> = load_all(&crate::settings::walker_plugins(), &libdir())
        .into_iter()
        .map(|plugin| {
            (
                plugin.position,
                plugin.name,
                plugin.library_path.map(|path| path.display().to_string()),
                plugin.load_status.to_owned(),
                plugin.detail,
            )
        })
        .collect();
    TableIterator::new(rows)
}

/// This backend's data sources for `powa_take_snapshot()` and friends,
/// kept started between calls as the worker keeps its own: a source's
/// startup (its tables, its reading functions made again) costs more than
/// a snapshot.
struct BackendSources {
    setting: String,
    plugins: Vec<Plugin>,
    /// The (sub)transaction of the last call that started a source: if it
    /// was rolled back (a ROLLBACK, a ROLLBACK TO SAVEPOINT), what the
    /// startups made is gone and they run again.
    started_in: pg_sys::TransactionId,
}

thread_local! {
    static BACKEND_SOURCES: std::cell::RefCell<Option<BackendSources>> =
        const { std::cell::RefCell::new(None) };
}

/// The kept sources if they are still good for `setting` (with the
/// transaction that started them), else new ones.
fn backend_plugins(setting: &str) -> (Vec<Plugin>, Option<pg_sys::TransactionId>) {
    let kept = BACKEND_SOURCES.with(|kept| kept.borrow_mut().take());
    if let Some(kept) = kept {
        // Still there: made by this transaction (at a level not rolled
        // back), or by one that committed. SAFETY: reads of transaction
        // status.
        let committed = unsafe {
            kept.started_in == pg_sys::InvalidTransactionId
                || pg_sys::TransactionIdIsCurrentTransactionId(kept.started_in)
                || pg_sys::TransactionIdDidCommit(kept.started_in)
        };
        if kept.setting == setting && committed {
            return (kept.plugins, Some(kept.started_in));
        }
    }
    let mut plugins = load_all(setting, &libdir());
    // Data sources only: WAL plugins run in the worker.
    instantiate_data_sources(&mut plugins);
    (plugins, None)
}

fn started(plugins: &[Plugin]) -> usize {
    plugins
        .iter()
        .filter(|p| p.data_source.as_ref().is_some_and(|r| r.started))
        .count()
}

/// Runs `operations` of every registered data source (of `walker.plugins`,
/// and the SQL data sources) in this backend, each in a subtransaction of
/// its own (a failing source is recorded in powa_plugin_errors and the
/// others carry on); returns the cycle's report. Every call runs every
/// source (no back-off: the caller asked for it now); a source that failed
/// starts again at the next call, in case what its startup made was rolled
/// back since.
/// `now` is the cycle's time: every source's samples of a snapshot, and
/// its powa_snapshots row, carry it.
fn run_data_sources_here(operations: &[Operation], now: Timestamp) -> Report {
    let setting = crate::settings::walker_plugins();
    let (mut plugins, kept_since) = backend_plugins(&setting);
    for runner in plugins.iter_mut().filter_map(|p| p.data_source.as_mut()) {
        runner.backoff = powa_host::Backoff::default();
    }
    let started_before = started(&plugins);
    let mut sql = crate::sql_sources::SqlSources::default();
    let sql_operations = sql.pace.operations_of_cycle(operations);
    let planning = sources::plan(&mut plugins, &mut sql, 0, now);
    let mut report = Report::default();
    for turn in planning.turns() {
        sources::run(
            &mut plugins,
            &mut sql,
            turn,
            0,
            now,
            operations,
            &sql_operations,
            &mut report,
        );
    }
    for plugin in plugins.iter_mut() {
        let failed = report
            .errors
            .iter()
            .any(|e| e.module.as_deref() == Some(plugin.name.as_str()));
        if let Some(runner) = plugin.data_source.as_mut().filter(|_| failed) {
            runner.started = false;
        }
    }
    // The caller's level: a savepoint rolled back later takes the startups
    // with it. SAFETY: a plain read of this backend's transaction id.
    let current = unsafe { pg_sys::GetCurrentTransactionIdIfAny() };
    let started_in = match kept_since {
        // Nothing started in this call: what the earlier ones made stands.
        Some(earlier) if started(&plugins) <= started_before => earlier,
        _ => current,
    };
    BACKEND_SOURCES.with(|kept| {
        *kept.borrow_mut() = Some(BackendSources {
            setting,
            plugins,
            started_in,
        })
    });
    report
}

/// Takes a snapshot of every data source now, in this backend, as the
/// worker does every `powa.frequency` (recorded in powa_snapshots);
/// returns the number of sources that failed (their errors are in
/// powa_snapshots and powa_plugin_errors).
#[pg_extern]
fn powa_take_snapshot() -> i32 {
    let began = std::time::Instant::now();
    // The record's time is the sources' (it was taken after them, so a
    // range from powa_snapshots' times missed this snapshot's samples).
    let now = SpiHost::current_time();
    let report = run_data_sources_here(&[Operation::Snapshot], now);
    sources::record(now, &report, began.elapsed().as_secs_f64() * 1e3);
    report.failed_sources()
}

/// Coalesces every data source's staging rows into history now, as the
/// worker does every `powa.coalesce` snapshots; returns the number of
/// sources that failed.
#[pg_extern]
fn powa_coalesce() -> i32 {
    run_data_sources_here(&[Operation::Aggregate], SpiHost::current_time()).failed_sources()
}

/// Purges every data source's history older than `older_than` (by default
/// `powa.retention`) now, and powa_snapshots with it; returns the number
/// of sources that failed.
#[pg_extern]
fn powa_purge(older_than: default!(Option<pgrx::datum::Interval>, "NULL")) -> i32 {
    let retention = match older_than {
        None => crate::settings::retention(),
        Some(interval) => match std::time::Duration::try_from(interval) {
            Ok(duration) => duration,
            Err(_) => pgrx::error!(
                "powa_purge: older_than must be a positive interval of days, hours, minutes or seconds (not months), not {interval}"
            ),
        },
    };
    let seconds = retention.as_secs();
    sources::purge_records(SpiHost::current_time(), seconds);
    run_data_sources_here(&[Operation::Purge(seconds)], SpiHost::current_time()).failed_sources()
}
