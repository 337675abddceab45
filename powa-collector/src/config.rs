//! The collector's configuration file.
//!
//! One `key = value` per line, `#` starts a comment. Keys:
//! - `repository`: connection string of the repository database, in the
//!   `postgres` crate's key=value form (`host=/run/postgresql dbname=powa`).
//!   No password belongs here: it comes from the environment, as for libpq.

use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub repository: String,
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
    #[error("line {line}: unknown key {key:?}; the known key is `repository`")]
    UnknownKey { line: usize, key: String },
    #[error("`repository` is missing: set it to the repository's connection string, e.g. repository = host=/tmp dbname=powa")]
    MissingRepository,
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
                    if value
                        .split_whitespace()
                        .any(|part| part.starts_with("password="))
                    {
                        return Err(ConfigError::PasswordInFile { line });
                    }
                    repository = Some(value);
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
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_repository_and_ignores_comments() {
        let config =
            Config::parse("# repo\nrepository = \"host=/tmp dbname=powa\"  # local\n\n").unwrap();
        assert_eq!(config.repository, "host=/tmp dbname=powa");
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
