//! powa's settings (GUCs).
//!
//! The settings are defined only while the postmaster preloads powa:
//! PostgreSQL refuses to create restart-only settings later, and a backend
//! that loads powa for `CREATE EXTENSION` on a server that does not preload
//! it (a remote-mode repository) must still work. Text settings are read
//! through PostgreSQL's configuration by name, which also sees a value
//! written in postgresql.conf for a setting nobody defined.
//!
//! `walker.plugins` names are validated by the loader, not here, so that one
//! bad name is reported while the server and the other plugins carry on.
//! Every other setting is checked when set, with a message that says what is
//! allowed (powa_core::settings).

use pgrx::pg_sys;
use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::ptr::addr_of_mut;

const DEFAULT_DATABASE: &str = "powa";

// The variables PostgreSQL writes the settings into (it owns them: they are
// only read here).
static mut WALKER_PLUGINS: *mut c_char = std::ptr::null_mut();
static mut POWA_DATABASE: *mut c_char = std::ptr::null_mut();
static mut POWA_ROLE: *mut c_char = std::ptr::null_mut();
static mut POWA_IGNORED_USERS: *mut c_char = std::ptr::null_mut();
static mut WALKER_SLOT_NAME: *mut c_char = std::ptr::null_mut();
static mut POWA_FREQUENCY: c_int = 300;
static mut POWA_COALESCE: c_int = 100;
static mut POWA_RETENTION_MINUTES: c_int = 24 * 60;
static mut WALKER_FLUSH_INTERVAL_MS: c_int = 10_000;

/// Reports a refused value the way PostgreSQL's check hooks do.
unsafe fn refuse(detail: &str) -> bool {
    let detail = CString::new(detail).unwrap_or_default();
    unsafe { pg_sys::GUC_check_errdetail_string = pg_sys::pstrdup(detail.as_ptr()) };
    false
}

unsafe extern "C-unwind" fn check_frequency(
    value: *mut c_int,
    _: *mut *mut c_void,
    _: pg_sys::GucSource::Type,
) -> bool {
    match powa_core::settings::check_frequency(unsafe { *value }) {
        Ok(()) => true,
        Err(detail) => unsafe { refuse(&detail) },
    }
}

unsafe extern "C-unwind" fn check_database(
    value: *mut *mut c_char,
    _: *mut *mut c_void,
    _: pg_sys::GucSource::Type,
) -> bool {
    let text = unsafe { text_of(*value) };
    match powa_core::settings::check_database(&text) {
        Ok(()) => true,
        Err(detail) => unsafe { refuse(&detail) },
    }
}

unsafe extern "C-unwind" fn check_ignored_users(
    value: *mut *mut c_char,
    _: *mut *mut c_void,
    _: pg_sys::GucSource::Type,
) -> bool {
    let text = unsafe { text_of(*value) };
    match powa_core::settings::parse_ignored_users(&text) {
        Ok(_) => true,
        Err(detail) => unsafe { refuse(&detail) },
    }
}

unsafe extern "C-unwind" fn check_slot_name(
    value: *mut *mut c_char,
    _: *mut *mut c_void,
    _: pg_sys::GucSource::Type,
) -> bool {
    let text = unsafe { text_of(*value) };
    match powa_core::settings::check_slot_name(&text) {
        Ok(()) => true,
        Err(detail) => unsafe { refuse(&detail) },
    }
}

unsafe fn text_of(value: *const c_char) -> String {
    if value.is_null() {
        String::new()
    } else {
        unsafe { CStr::from_ptr(value) }
            .to_string_lossy()
            .into_owned()
    }
}

/// Defines the settings; call only while shared_preload_libraries loads.
pub fn define() {
    // SAFETY: called once from _PG_init in the postmaster; the variables are
    // static and live as long as the process.
    unsafe {
        pg_sys::DefineCustomStringVariable(
            c"walker.plugins".as_ptr(),
            c"Comma-separated names of the powa plugins to load from $libdir.".as_ptr(),
            c"Names are [a-z0-9_]+; each names $libdir/<name>.so. Changing it needs a restart."
                .as_ptr(),
            addr_of_mut!(WALKER_PLUGINS),
            c"".as_ptr(),
            pg_sys::GucContext::PGC_POSTMASTER,
            0,
            None,
            None,
            None,
        );
        pg_sys::DefineCustomStringVariable(
            c"walker.slot_name".as_ptr(),
            c"Physical replication slot that keeps the WAL the powa worker has not read yet.".as_ptr(),
            c"Created when a WAL plugin is loaded, dropped when none is. Changing it needs a restart.".as_ptr(),
            addr_of_mut!(WALKER_SLOT_NAME),
            c"powa_walker".as_ptr(),
            pg_sys::GucContext::PGC_POSTMASTER,
            0,
            Some(check_slot_name),
            None,
            None,
        );
        pg_sys::DefineCustomIntVariable(
            c"walker.flush_interval".as_ptr(),
            c"How often WAL plugins flush their state while records come in.".as_ptr(),
            c"After a crash, the WAL since the last flush is read again.".as_ptr(),
            addr_of_mut!(WALKER_FLUSH_INTERVAL_MS),
            10_000,
            100,
            3_600_000,
            pg_sys::GucContext::PGC_SIGHUP,
            pg_sys::GUC_UNIT_MS as i32,
            None,
            None,
            None,
        );
        pg_sys::DefineCustomStringVariable(
            c"powa.database".as_ptr(),
            c"Database the powa background worker connects to.".as_ptr(),
            c"The powa extension must be created in it. Changing it needs a restart.".as_ptr(),
            addr_of_mut!(POWA_DATABASE),
            c"powa".as_ptr(),
            pg_sys::GucContext::PGC_POSTMASTER,
            0,
            Some(check_database),
            None,
            None,
        );
        pg_sys::DefineCustomStringVariable(
            c"powa.role".as_ptr(),
            c"Role the powa background worker connects as; empty: the bootstrap superuser."
                .as_ptr(),
            c"A role that is not a superuser needs LOGIN, membership in powa_write_all_data and \
pg_read_all_stats, and REPLICATION when WAL plugins are loaded. Changing it needs a restart."
                .as_ptr(),
            addr_of_mut!(POWA_ROLE),
            c"".as_ptr(),
            pg_sys::GucContext::PGC_POSTMASTER,
            0,
            None,
            None,
            None,
        );
        pg_sys::DefineCustomIntVariable(
            c"powa.frequency".as_ptr(),
            c"Time between two snapshots of the data sources; -1 disables them.".as_ptr(),
            std::ptr::null(),
            addr_of_mut!(POWA_FREQUENCY),
            300,
            -1,
            7 * 24 * 3600,
            pg_sys::GucContext::PGC_SIGHUP,
            pg_sys::GUC_UNIT_S as i32,
            Some(check_frequency),
            None,
            None,
        );
        pg_sys::DefineCustomIntVariable(
            c"powa.coalesce".as_ptr(),
            c"Number of snapshots folded into one history row.".as_ptr(),
            std::ptr::null(),
            addr_of_mut!(POWA_COALESCE),
            100,
            5,
            100_000,
            pg_sys::GucContext::PGC_SIGHUP,
            0,
            None,
            None,
            None,
        );
        pg_sys::DefineCustomIntVariable(
            c"powa.retention".as_ptr(),
            c"How long history is kept before it is purged.".as_ptr(),
            std::ptr::null(),
            addr_of_mut!(POWA_RETENTION_MINUTES),
            24 * 60,
            1,
            i32::MAX,
            pg_sys::GucContext::PGC_SIGHUP,
            pg_sys::GUC_UNIT_MIN as i32,
            None,
            None,
            None,
        );
        pg_sys::DefineCustomStringVariable(
            c"powa.ignored_users".as_ptr(),
            c"Comma-separated roles whose activity the data sources ignore.".as_ptr(),
            std::ptr::null(),
            addr_of_mut!(POWA_IGNORED_USERS),
            c"".as_ptr(),
            pg_sys::GucContext::PGC_SIGHUP,
            0,
            Some(check_ignored_users),
            None,
            None,
        );
    }
}

/// The current value of a setting by name, if it has one.
pub fn read(name: &CStr) -> Option<String> {
    // SAFETY: GetConfigOption returns NULL (missing_ok) or a string owned by
    // the GUC machinery that stays valid until the setting changes; it is
    // copied at once.
    let value = unsafe { pg_sys::GetConfigOption(name.as_ptr(), true, false) };
    (!value.is_null()).then(|| {
        unsafe { CStr::from_ptr(value) }
            .to_string_lossy()
            .into_owned()
    })
}

pub fn walker_plugins() -> String {
    read(c"walker.plugins").unwrap_or_default()
}

pub fn flush_interval() -> std::time::Duration {
    std::time::Duration::from_millis(unsafe { WALKER_FLUSH_INTERVAL_MS }.max(100) as u64)
}

pub fn slot_name() -> String {
    read(c"walker.slot_name")
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "powa_walker".to_owned())
}

pub fn database() -> String {
    read(c"powa.database")
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| DEFAULT_DATABASE.to_owned())
}

/// The role the worker connects as, None for the bootstrap superuser.
pub fn role() -> Option<String> {
    read(c"powa.role").filter(|name| !name.is_empty())
}

/// Seconds between snapshots, None when disabled. Only meaningful where powa
/// is preloaded (the worker).
pub fn frequency() -> Option<std::time::Duration> {
    let seconds = unsafe { POWA_FREQUENCY };
    (seconds > 0).then(|| std::time::Duration::from_secs(seconds as u64))
}

pub fn coalesce() -> u64 {
    unsafe { POWA_COALESCE }.max(1) as u64
}

pub fn retention() -> std::time::Duration {
    std::time::Duration::from_secs(unsafe { POWA_RETENTION_MINUTES }.max(1) as u64 * 60)
}
