//! The collector's configuration: the `[collector]` table of powa's TOML
//! configuration file (`powa_config`, shared with powa-web):
//! - `repository`: the repository database, as a libpq `key=value`
//!   connection string (`host=/run/postgresql dbname=powa`, or
//!   `service=powa`). No password belongs here: it comes from the password
//!   file, the service file or `PGPASSWORD`, as for libpq.
//! - `libdir`: the directory holding the data-source plugins (`<name>.so`).
//! - `plugins`: the data-source plugins to load.
//! - `debug`: log every snapshot; `log_format`: `text` or `json`.
//! - `password_key`: the key file opening the passwords registered with
//!   `powa_register_server(..., password => ...)` (sealed to its public key).
//! - `[collector.settings]`: what plugins read as settings
//!   (`"powa.ignored_users" = "..."`).

use powa_config::{ConfigFile, LogFormat};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub repository: String,
    pub libdir: PathBuf,
    /// The plugins, comma-separated (as `walker.plugins` lists them).
    pub plugins: String,
    pub debug: bool,
    pub log_format: LogFormat,
    pub password_key: Option<PathBuf>,
    pub settings: BTreeMap<String, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(transparent)]
    File(#[from] powa_config::ConfigError),
    #[error("{path}: [collector] repository holds a password; keep it out of files others may read and use a password file or PGPASSWORD instead")]
    PasswordInFile { path: String },
    #[error("{path}: [collector] plugins is empty: list the data-source plugins to load")]
    NoPlugins { path: String },
}

impl Config {
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let section = ConfigFile::load(path)?.collector(path)?;
        let shown = path.display().to_string();
        if crate::conninfo::ConnInfo::parse(&section.repository)
            .map(|info| info.has_password())
            .unwrap_or(false)
        {
            return Err(ConfigError::PasswordInFile { path: shown });
        }
        if section.plugins.is_empty() {
            return Err(ConfigError::NoPlugins { path: shown });
        }
        Ok(Self {
            repository: section.repository,
            libdir: section.libdir,
            plugins: section.plugins.join(", "),
            debug: section.debug,
            log_format: section.log_format,
            password_key: section.password_key,
            settings: section
                .settings
                .into_iter()
                .map(|(name, value)| (name, value.to_string()))
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Config, ConfigError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("powa.toml");
        std::fs::write(&path, text).unwrap();
        Config::load(&path)
    }

    #[test]
    fn reads_the_collector_table() {
        let config = load(
            "[collector]\nrepository = \"host=/tmp dbname=powa\"  # local\nlibdir = \"/lib\"\n\
             plugins = [\"a\", \"b\"]\n[collector.settings]\n\"powa.ignored_users\" = \"x\"\n\
             \"powa_wait_sampling.period\" = 50\n",
        )
        .unwrap();
        assert_eq!(config.repository, "host=/tmp dbname=powa");
        assert_eq!(config.plugins, "a, b");
        assert_eq!(config.settings["powa.ignored_users"], "x");
        assert_eq!(config.settings["powa_wait_sampling.period"], "50");
        assert!(!config.debug);
        assert_eq!(config.log_format, LogFormat::Text);
    }

    #[test]
    fn refuses_missing_keys_unknown_keys_and_passwords() {
        let error = load("[collector]\nrepository = \"x\"\nplugins = [\"a\"]\n")
            .unwrap_err()
            .to_string();
        assert!(error.contains("missing field `libdir`"), "{error}");
        let error = load(
            "[collector]\nrepository = \"x\"\nlibdir = \"/l\"\nplugins = [\"a\"]\nfrequency = 5\n",
        )
        .unwrap_err()
        .to_string();
        assert!(error.contains("unknown field `frequency`"), "{error}");
        let error = load("[collector]\nrepository = \"host=x password=secret\"\nlibdir = \"/l\"\nplugins = [\"a\"]\n")
            .unwrap_err();
        assert!(matches!(error, ConfigError::PasswordInFile { .. }));
        assert!(!error.to_string().contains("secret"));
        let error =
            load("[collector]\nrepository = \"x\"\nlibdir = \"/l\"\nplugins = []\n").unwrap_err();
        assert!(matches!(error, ConfigError::NoPlugins { .. }));
    }

    #[test]
    fn load_reports_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("none.toml");
        let err = Config::load(&missing).unwrap_err();
        assert!(err.to_string().contains("none.toml"), "{err}");
    }
}
