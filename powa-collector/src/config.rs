//! The collector's configuration file.
//!
//! One `key = value` per line, `#` starts a comment. Keys:
//! - `repository`: the repository database, as a libpq `key=value`
//!   connection string (`host=/run/postgresql dbname=powa`, or
//!   `service=powa`). No password belongs here: it comes from the password
//!   file, the service file or `PGPASSWORD`, as for libpq.
//! - `libdir`: the directory holding the data-source plugins (`<name>.so`).
//! - `plugins`: the data-source plugins to load, comma-separated.
//! - `debug`: `on` logs every snapshot.
//! - any `<plugin>.<setting>` (e.g. `powa.ignored_users`): what plugins
//!   read as settings.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub repository: String,
    pub libdir: PathBuf,
    pub plugins: String,
    pub debug: bool,
    pub settings: BTreeMap<String, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("line {line}: expected `key = value`, found {text:?}")]
    Syntax { line: usize, text: String },
    #[error("line {line}: unknown key {key:?}; the keys are repository, libdir, plugins, debug and <plugin>.<setting>")]
    UnknownKey { line: usize, key: String },
    #[error("`repository` is missing: set it to the repository's connection string, e.g. repository = host=/tmp dbname=powa")]
    MissingRepository,
    #[error("`{0}` is missing: set libdir to the directory of the plugins' .so files and plugins to their names")]
    Missing(&'static str),
    #[error("line {line}: debug must be on or off, not {value:?}")]
    Debug { line: usize, value: String },
    #[error("line {line}: `repository` holds a password; keep it out of files others may read and use PGPASSWORD instead")]
    PasswordInFile { line: usize },
}

impl Config {
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Self::parse(&text)
    }

    pub fn parse(text: &str) -> Result<Self, ConfigError> {
        let mut repository = None;
        let mut libdir = None;
        let mut plugins = None;
        let mut debug = false;
        let mut settings = BTreeMap::new();
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let content = raw.split('#').next().unwrap_or("").trim();
            if content.is_empty() {
                continue;
            }
            let (key, value) = content.split_once('=').ok_or_else(|| ConfigError::Syntax {
                line,
                text: raw.to_owned(),
            })?;
            let value = value.trim().trim_matches('"').to_owned();
            match key.trim() {
                "repository" => {
                    if crate::conninfo::ConnInfo::parse(&value)
                        .map(|info| info.has_password())
                        .unwrap_or(false)
                    {
                        return Err(ConfigError::PasswordInFile { line });
                    }
                    repository = Some(value);
                }
                "libdir" => libdir = Some(PathBuf::from(value)),
                "plugins" => plugins = Some(value),
                "debug" => {
                    debug = match value.as_str() {
                        "on" | "true" => true,
                        "off" | "false" => false,
                        _ => return Err(ConfigError::Debug { line, value }),
                    }
                }
                setting if setting.contains('.') => {
                    settings.insert(setting.to_owned(), value);
                }
                other => {
                    return Err(ConfigError::UnknownKey {
                        line,
                        key: other.to_owned(),
                    })
                }
            }
        }
        Ok(Self {
            repository: repository.ok_or(ConfigError::MissingRepository)?,
            libdir: libdir.ok_or(ConfigError::Missing("libdir"))?,
            plugins: plugins.ok_or(ConfigError::Missing("plugins"))?,
            debug,
            settings,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_repository_and_ignores_comments() {
        let config = Config::parse(
            "# repo\nrepository = \"host=/tmp dbname=powa\"  # local\n\nlibdir = /lib\n\
             plugins = a, b\npowa.ignored_users = x\n",
        )
        .unwrap();
        assert_eq!(config.repository, "host=/tmp dbname=powa");
        assert_eq!(config.plugins, "a, b");
        assert_eq!(config.settings["powa.ignored_users"], "x");
        assert!(!config.debug);
        assert!(matches!(
            Config::parse("repository = x\nplugins = a"),
            Err(ConfigError::Missing("libdir"))
        ));
        assert!(matches!(
            Config::parse("debug = maybe"),
            Err(ConfigError::Debug { line: 1, .. })
        ));
    }

    #[test]
    fn refuses_unknown_keys_garbage_and_passwords() {
        assert!(matches!(
            Config::parse("frequency = 5"),
            Err(ConfigError::UnknownKey { line: 1, .. })
        ));
        assert!(matches!(
            Config::parse("\nrepository"),
            Err(ConfigError::Syntax { line: 2, .. })
        ));
        assert!(matches!(
            Config::parse(""),
            Err(ConfigError::MissingRepository)
        ));
        let err = Config::parse("repository = host=x password=secret").unwrap_err();
        assert!(matches!(err, ConfigError::PasswordInFile { line: 1 }));
        assert!(!err.to_string().contains("secret"));
    }

    #[test]
    fn load_reports_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("none.conf");
        let err = Config::load(&missing).unwrap_err();
        assert!(err.to_string().contains("none.conf"), "{err}");
    }
}
