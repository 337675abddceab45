//! powa's settings (GUCs).
//!
//! `walker.plugins` is read once at postmaster start (restart to change);
//! names in it are validated by the loader, not here, so that one bad name is
//! reported while the server and the other plugins carry on.

use pgrx::guc::{GucContext, GucFlags, GucRegistry, GucSetting};
use std::ffi::CString;

pub static WALKER_PLUGINS: GucSetting<Option<CString>> = GucSetting::<Option<CString>>::new(None);
pub static POWA_DATABASE: GucSetting<Option<CString>> =
    GucSetting::<Option<CString>>::new(Some(c"powa"));

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

fn string_setting(setting: &GucSetting<Option<CString>>) -> String {
    setting
        .get()
        .map(|value| value.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub fn walker_plugins() -> String {
    string_setting(&WALKER_PLUGINS)
}

pub fn database() -> String {
    string_setting(&POWA_DATABASE)
}
