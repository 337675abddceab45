//! powa's settings (GUCs).
//!
//! The settings are defined only while the postmaster preloads powa:
//! PostgreSQL refuses to create restart-only settings later, and a backend
//! that loads powa for `CREATE EXTENSION` on a server that does not preload it
//! (a remote-mode repository) must still work. Reads therefore go through
//! PostgreSQL's configuration by name, which also sees a value written in
//! postgresql.conf for a setting nobody defined, and fall back to the default.
//!
//! `walker.plugins` is read once at postmaster start (restart to change);
//! names in it are validated by the loader, not here, so that one bad name is
//! reported while the server and the other plugins carry on.

use pgrx::guc::{GucContext, GucFlags, GucRegistry, GucSetting};
use pgrx::pg_sys;
use std::ffi::{CStr, CString};

static WALKER_PLUGINS: GucSetting<Option<CString>> = GucSetting::<Option<CString>>::new(None);
static POWA_DATABASE: GucSetting<Option<CString>> =
    GucSetting::<Option<CString>>::new(Some(c"powa"));

const DEFAULT_DATABASE: &str = "powa";

/// Defines the settings; call only while shared_preload_libraries loads.
pub fn define() {
    GucRegistry::define_string_guc(
        c"walker.plugins",
        c"Comma-separated names of the powa plugins to load from $libdir.",
        c"Names are [a-z0-9_]+; each names $libdir/<name>.so. Changing it needs a restart.",
        &WALKER_PLUGINS,
        GucContext::Postmaster,
        GucFlags::default(),
    );
    GucRegistry::define_string_guc(
        c"powa.database",
        c"Database the powa background worker connects to.",
        c"The powa extension must be created in it. Changing it needs a restart.",
        &POWA_DATABASE,
        GucContext::Postmaster,
        GucFlags::default(),
    );
}

/// The current value of a setting by name, if it has one.
fn read(name: &CStr) -> Option<String> {
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

pub fn database() -> String {
    read(c"powa.database")
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| DEFAULT_DATABASE.to_owned())
}
