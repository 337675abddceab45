//! The settings plugins declare (`powa_core::SettingSpec`), registered
//! with PostgreSQL as real settings while the postmaster preloads powa: the
//! plugins of `walker.plugins` are opened for their declarations, each
//! `<plugin>.<setting>` is defined with its kind, bounds or values, default
//! and reload context, and the plugin's prefix is reserved, so a misspelt
//! setting under it is reported (and dropped) instead of silently ignored.
//! Plugins keep reading them as text, by name.

use pgrx::prelude::*;
use powa_core::loader::load_library;
use powa_core::{parse_plugin_list, SettingKind, SettingReload, SettingSpec};
use std::ffi::{c_char, c_int, CString};
use std::path::Path;

/// Defines the settings the plugins named in `plugins` declare; call only
/// while shared_preload_libraries loads. A plugin that cannot be loaded
/// declares nothing here (the worker reports it when it loads plugins).
pub fn define(plugins: &str, libdir: &Path) {
    for entry in parse_plugin_list(plugins) {
        let Ok(name) = entry.name else { continue };
        let Ok(library) = load_library(libdir, &name) else {
            continue;
        };
        let specs = powa_core::ffi::declared_settings(library.module);
        let prefix = format!("{}.", name.as_str());
        let mut defined = 0;
        for spec in &specs {
            if !spec.name.starts_with(&prefix) {
                warning!(
                    "powa: plugin \"{}\" declares the setting \"{}\", outside its own \"{prefix}*\": not defined",
                    name.as_str(),
                    spec.name
                );
                continue;
            }
            match define_one(spec) {
                Ok(()) => defined += 1,
                Err(reason) => warning!(
                    "powa: plugin \"{}\": setting \"{}\" not defined: {reason}",
                    name.as_str(),
                    spec.name
                ),
            }
        }
        if defined > 0 {
            let class = CString::new(name.as_str()).expect("plugin names are [a-z0-9_]+");
            // SAFETY: in _PG_init; PostgreSQL copies the name.
            unsafe { pg_sys::MarkGUCPrefixReserved(class.as_ptr()) };
        }
    }
}

/// A C string that lives as long as the process (PostgreSQL keeps the
/// pointers it is given for settings).
fn leaked(text: &str) -> Result<*const c_char, String> {
    CString::new(text)
        .map(|c| c.into_raw() as *const c_char)
        .map_err(|_| format!("{text:?} contains a NUL byte"))
}

fn define_one(spec: &SettingSpec) -> Result<(), String> {
    let name = leaked(&spec.name)?;
    let description = leaked(&spec.description)?;
    let context = match spec.reload {
        SettingReload::Reload => pg_sys::GucContext::PGC_SIGHUP,
        SettingReload::Restart => pg_sys::GucContext::PGC_POSTMASTER,
    };
    // SAFETY: in _PG_init of the postmaster; every pointer given stays valid
    // for the life of the process (leaked), as PostgreSQL requires.
    unsafe {
        match spec.kind {
            SettingKind::Text => pg_sys::DefineCustomStringVariable(
                name,
                description,
                std::ptr::null(),
                Box::leak(Box::new(std::ptr::null_mut::<c_char>())),
                leaked(&spec.default)?,
                context,
                0,
                None,
                None,
                None,
            ),
            SettingKind::Integer => {
                let default: c_int = spec
                    .default
                    .parse()
                    .map_err(|_| format!("its default {:?} is not a number", spec.default))?;
                if !(spec.min..=spec.max).contains(&default) {
                    return Err(format!(
                        "its default {default} is not in {}..{}",
                        spec.min, spec.max
                    ));
                }
                pg_sys::DefineCustomIntVariable(
                    name,
                    description,
                    std::ptr::null(),
                    Box::leak(Box::new(default)),
                    default,
                    spec.min,
                    spec.max,
                    context,
                    0,
                    None,
                    None,
                    None,
                )
            }
            SettingKind::Choice => {
                let default = spec
                    .values
                    .iter()
                    .position(|v| *v == spec.default)
                    .ok_or_else(|| {
                        format!("its default {:?} is not one of its values", spec.default)
                    })?;
                let mut options = Vec::with_capacity(spec.values.len() + 1);
                for (index, value) in spec.values.iter().enumerate() {
                    options.push(pg_sys::config_enum_entry {
                        name: leaked(value)?,
                        val: index as c_int,
                        hidden: false,
                    });
                }
                options.push(pg_sys::config_enum_entry {
                    name: std::ptr::null(),
                    val: 0,
                    hidden: false,
                });
                pg_sys::DefineCustomEnumVariable(
                    name,
                    description,
                    std::ptr::null(),
                    Box::leak(Box::new(default as c_int)),
                    default as c_int,
                    options.leak().as_ptr(),
                    context,
                    0,
                    None,
                    None,
                    None,
                )
            }
            SettingKind::Boolean => {
                let default = spec.default.as_str() == "on";
                pg_sys::DefineCustomBoolVariable(
                    name,
                    description,
                    std::ptr::null(),
                    Box::leak(Box::new(default)),
                    default,
                    context,
                    0,
                    None,
                    None,
                    None,
                )
            }
        }
    }
    Ok(())
}
