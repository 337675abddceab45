//! Where the plugins named in `walker.plugins` are, as the server sees them.
//!
//! Plugins are resolved by name in `$libdir` only. This reports, for each
//! listed name, the library file it resolves to and whether that file exists;
//! loading the libraries through the stable ABI is not implemented yet.

use pgrx::prelude::*;
use powa_core::plugin_name::{parse_plugin_list, PluginListEntry};
use std::ffi::CStr;
use std::path::{Path, PathBuf};

/// The server's `$libdir`.
pub fn libdir() -> PathBuf {
    // SAFETY: pkglib_path is a NUL-terminated buffer the postmaster fills at
    // start-up and never changes afterwards.
    let path = unsafe { CStr::from_ptr(std::ptr::addr_of!(pg_sys::pkglib_path).cast()) };
    PathBuf::from(path.to_string_lossy().into_owned())
}

/// One `walker.plugins` entry resolved against a library directory.
pub struct ResolvedPlugin {
    pub written: String,
    pub library: Option<PathBuf>,
    pub status: &'static str,
    pub detail: Option<String>,
}

pub fn resolve(entry: &PluginListEntry, libdir: &Path) -> ResolvedPlugin {
    match &entry.name {
        Err(reason) => ResolvedPlugin {
            written: entry.written.clone(),
            library: None,
            status: "invalid",
            detail: Some(reason.to_string()),
        },
        Ok(name) => {
            let library = libdir.join(name.library_file_name());
            let (status, detail) = if library.is_file() {
                ("found", None)
            } else {
                (
                    "missing",
                    Some(format!(
                        "no file {}: install the plugin into $libdir or remove \"{name}\" from walker.plugins",
                        library.display()
                    )),
                )
            };
            ResolvedPlugin {
                written: entry.written.clone(),
                library: Some(library),
                status,
                detail,
            }
        }
    }
}

pub fn resolve_configured() -> Vec<ResolvedPlugin> {
    let libdir = libdir();
    parse_plugin_list(&crate::settings::walker_plugins())
        .iter()
        .map(|entry| resolve(entry, &libdir))
        .collect()
}

/// The plugins listed in `walker.plugins`, in order, with the library each
/// one resolves to and whether it is there (`found`, `missing`, `invalid`).
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
    let rows: Vec<_> = resolve_configured()
        .into_iter()
        .enumerate()
        .map(|(index, plugin)| {
            (
                index as i32 + 1,
                plugin.written,
                plugin.library.map(|path| path.display().to_string()),
                plugin.status.to_owned(),
                plugin.detail,
            )
        })
        .collect();
    TableIterator::new(rows)
}
