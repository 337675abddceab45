//! Loading plugin libraries (host side: the powa worker, the archiver,
//! powa-collector).
//!
//! Each library is opened once and never unloaded (abi_stable's rule). Every
//! way a library can be unusable has its own error, naming the plugin and
//! what to do about it.

use crate::ffi::{kinds, PluginModule_Ref, ABI_VERSION};
use crate::plugin_name::PluginName;
use abi_stable::library::{lib_header_from_path, LibraryError};
use std::path::{Path, PathBuf};

/// Why a plugin could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("plugin \"{name}\": no file {}: install the plugin into $libdir or remove \"{name}\" from walker.plugins", path.display())]
    Missing { name: String, path: PathBuf },
    #[error("plugin \"{name}\": {} could not be opened: {reason}", path.display())]
    OpenFailed {
        name: String,
        path: PathBuf,
        reason: String,
    },
    #[error("plugin \"{name}\": {} is not a powa plugin (it exports no powa root module); remove \"{name}\" from walker.plugins", path.display())]
    NotAPlugin { name: String, path: PathBuf },
    #[error("plugin \"{name}\": {} was built against an incompatible powa-core ({reason}); rebuild it against this powa-core", path.display())]
    Incompatible {
        name: String,
        path: PathBuf,
        reason: String,
    },
    #[error("plugin \"{name}\": {} calls itself \"{declared}\": the file name and the plugin's name must agree", path.display())]
    NameMismatch {
        name: String,
        path: PathBuf,
        declared: String,
    },
    #[error("plugin \"{name}\": its root module failed: {reason}")]
    InitFailed { name: String, reason: String },
}

impl LoadError {
    /// A short status word for listings: missing, not a plugin, ...
    pub fn status(&self) -> &'static str {
        match self {
            LoadError::Missing { .. } => "missing",
            LoadError::OpenFailed { .. } => "unloadable",
            LoadError::NotAPlugin { .. } => "not a plugin",
            LoadError::Incompatible { .. } => "incompatible",
            LoadError::NameMismatch { .. } => "name mismatch",
            LoadError::InitFailed { .. } => "failed",
        }
    }
}

/// A loaded plugin library.
#[derive(Clone, Copy)]
pub struct LoadedLibrary {
    pub module: PluginModule_Ref,
}

impl LoadedLibrary {
    pub fn version(&self) -> &'static str {
        self.module.version().as_str()
    }
    pub fn kinds(&self) -> Vec<&'static str> {
        kinds(self.module)
    }
}

/// The path a plugin is loaded from: `<libdir>/<name>.so`.
pub fn library_path(libdir: &Path, name: &PluginName) -> PathBuf {
    libdir.join(name.library_file_name())
}

/// Opens `<libdir>/<name>.so` and checks that it is a compatible powa plugin.
pub fn load_library(libdir: &Path, name: &PluginName) -> Result<LoadedLibrary, LoadError> {
    let path = library_path(libdir, name);
    let name_text = name.as_str().to_owned();
    if !path.is_file() {
        return Err(LoadError::Missing {
            name: name_text,
            path,
        });
    }
    let header = lib_header_from_path(&path).map_err(|error| classify(&name_text, &path, error))?;
    let module = header
        .init_root_module::<PluginModule_Ref>()
        .map_err(|error| classify(&name_text, &path, error))?;
    if module.abi_version() != ABI_VERSION {
        return Err(LoadError::Incompatible {
            name: name_text,
            path,
            reason: format!(
                "it speaks powa ABI version {}, this host speaks {ABI_VERSION}",
                module.abi_version()
            ),
        });
    }
    if module.name().as_str() != name.as_str() {
        return Err(LoadError::NameMismatch {
            name: name_text,
            path,
            declared: module.name().to_string(),
        });
    }
    Ok(LoadedLibrary { module })
}

fn classify(name: &str, path: &Path, error: LibraryError) -> LoadError {
    let name = name.to_owned();
    let path = path.to_path_buf();
    match error {
        LibraryError::OpenError { err, .. } => LoadError::OpenFailed {
            name,
            path,
            reason: err.to_string(),
        },
        LibraryError::GetSymbolError { .. } => LoadError::NotAPlugin { name, path },
        LibraryError::RootModule { err, .. } => LoadError::InitFailed {
            name,
            reason: err.to_string(),
        },
        LibraryError::Many(errors) if !errors.is_empty() => {
            let first = errors.into_iter().next().expect("checked: not empty");
            classify(&name, &path, first)
        }
        other @ (LibraryError::ParseVersionError(_)
        | LibraryError::IncompatibleVersionNumber { .. }
        | LibraryError::AbiInstability(_)
        | LibraryError::InvalidAbiHeader(_)
        | LibraryError::InvalidCAbi { .. }
        | LibraryError::Many(_)) => LoadError::Incompatible {
            name,
            path,
            reason: first_lines(&other.to_string(), 6),
        },
    }
}

/// abi_stable's layout reports can be hundreds of lines: keep the start.
fn first_lines(text: &str, lines: usize) -> String {
    let mut kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(lines)
        .collect();
    if text.lines().filter(|l| !l.trim().is_empty()).count() > lines {
        kept.push("...");
    }
    kept.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
