//! powa's configuration file, one for powa-collector and powa-web: TOML,
//! a `[collector]` table and a `[web]` table, each program reading its own.
//! Both programs parse the whole file with the same declarations, so a key
//! unknown anywhere is refused by name (with the keys allowed there)
//! whichever program reads it.
//!
//! ```toml
//! [collector]
//! repository = "host=/run/postgresql dbname=powa"
//! libdir = "/usr/lib/postgresql/18/lib"
//! plugins = ["powa_stat_statements", "powa_stat_database"]
//!
//! [collector.settings]
//! "powa.ignored_users" = "backup"
//!
//! [web]
//! repository = "host=/run/postgresql dbname=powa"
//! listen = "127.0.0.1:8888"
//! ```

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    pub collector: Option<CollectorSection>,
    pub web: Option<WebSection>,
}

/// `[collector]`: powa-collector's settings.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectorSection {
    /// The repository database, a libpq `key=value` connection string
    /// without a password (it comes from the password or service file).
    pub repository: String,
    /// The directory holding the data-source plugins (`<name>.so`).
    pub libdir: PathBuf,
    /// The data-source plugins to load.
    pub plugins: Vec<String>,
    /// Log every snapshot.
    #[serde(default)]
    pub debug: bool,
    #[serde(default)]
    pub log_format: LogFormat,
    /// The private key opening the server passwords sealed in the
    /// repository (`powa-collector keygen` writes it, mode 0600).
    #[serde(default)]
    pub password_key: Option<PathBuf>,
    /// What plugins read as settings (`"powa.ignored_users" = "..."`),
    /// checked against what each plugin declares.
    #[serde(default)]
    pub settings: BTreeMap<String, SettingValue>,
}

/// How powa-collector writes its log lines.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// One line of text per event (journald adds its own time stamp).
    #[default]
    Text,
    /// One JSON object per line, for log shippers.
    Json,
}

/// A plugin setting: written as TOML likes (`period = 100`, `on = true`),
/// read by the plugin as text, as a server setting is.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum SettingValue {
    Text(String),
    Integer(i64),
    Float(f64),
    Boolean(bool),
}

impl fmt::Display for SettingValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingValue::Text(text) => f.write_str(text),
            SettingValue::Integer(value) => write!(f, "{value}"),
            SettingValue::Float(value) => write!(f, "{value}"),
            SettingValue::Boolean(value) => f.write_str(if *value { "on" } else { "off" }),
        }
    }
}

/// `[web]`: powa-web's settings, each optional (flags may give them, and
/// powa-web has defaults); powa-web checks the values.
#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebSection {
    pub repository: Option<String>,
    pub listen: Option<String>,
    pub url_prefix: Option<String>,
    pub session_minutes: Option<u64>,
    pub allow_empty_password: Option<bool>,
    pub secure_cookies: Option<bool>,
    pub certfile: Option<PathBuf>,
    pub keyfile: Option<PathBuf>,
    pub metrics: Option<String>,
    pub metrics_role: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {message}{hint}")]
    Syntax {
        path: String,
        message: String,
        hint: &'static str,
    },
    #[error("{path}: no [{section}] table: {program} reads its settings from it")]
    MissingSection {
        path: String,
        section: &'static str,
        program: &'static str,
    },
}

/// Said when a file fails to parse and reads like the `key = value` lines
/// of powa before 0.2.0.
const OLD_FORMAT_HINT: &str = "\n(this reads like the `key = value` lines of powa 0.1; \
    the file is TOML since 0.2.0: quote the values, put them under [collector] or [web], \
    and list plugins as [\"a\", \"b\"]; see --help)";

impl ConfigFile {
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Self::parse(&text).map_err(|(message, old_format)| ConfigError::Syntax {
            path: path.display().to_string(),
            message,
            hint: if old_format { OLD_FORMAT_HINT } else { "" },
        })
    }

    /// The file's text parsed: on an error, toml's message (with the line
    /// and the key) and whether the text looks like the old format.
    pub fn parse(text: &str) -> Result<Self, (String, bool)> {
        toml::from_str(text).map_err(|error: toml::de::Error| {
            let old_format = !text.contains('[')
                && text.lines().any(|line| {
                    line.split_once('=')
                        .is_some_and(|(_, value)| !value.trim_start().starts_with(['"', '\'']))
                });
            (error.to_string().trim_end().to_owned(), old_format)
        })
    }

    /// `[collector]`, which powa-collector needs.
    pub fn collector(self, path: &Path) -> Result<CollectorSection, ConfigError> {
        self.collector.ok_or_else(|| ConfigError::MissingSection {
            path: path.display().to_string(),
            section: "collector",
            program: "powa-collector",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOTH: &str = r#"
        # comments are fine
        [collector]
        repository = "host=/tmp dbname=powa"
        libdir = "/usr/lib/postgresql/18/lib"
        plugins = ["powa_stat_statements", "powa_stat_database"]
        debug = true
        log_format = "json"

        [collector.settings]
        "powa.ignored_users" = "backup, nagios"
        "powa_wait_sampling.period" = 100

        [web]
        listen = "127.0.0.1:8888"
        session_minutes = 30
        allow_empty_password = false
    "#;

    #[test]
    fn both_sections_parse() {
        let file = ConfigFile::parse(BOTH).unwrap();
        let collector = file.collector.unwrap();
        assert_eq!(
            collector.plugins,
            ["powa_stat_statements", "powa_stat_database"]
        );
        assert!(collector.debug);
        assert_eq!(collector.log_format, LogFormat::Json);
        assert_eq!(
            collector.settings["powa_wait_sampling.period"].to_string(),
            "100"
        );
        let web = file.web.unwrap();
        assert_eq!(web.session_minutes, Some(30));
    }

    #[test]
    fn unknown_keys_are_refused_by_name_with_the_known_ones() {
        let (message, old) =
            ConfigFile::parse(&BOTH.replace("session_minutes", "session_minute")).unwrap_err();
        assert!(
            message.contains("unknown field `session_minute`"),
            "{message}"
        );
        assert!(message.contains("session_minutes"), "{message}");
        assert!(!old);
        let (message, _) = ConfigFile::parse("[colector]\n").unwrap_err();
        assert!(message.contains("unknown field `colector`"), "{message}");
        assert!(
            message.contains("expected `collector` or `web`"),
            "{message}"
        );
    }

    #[test]
    fn bad_values_say_where() {
        let (message, _) =
            ConfigFile::parse(&BOTH.replace("debug = true", "debug = \"yes\"")).unwrap_err();
        assert!(
            message.contains("debug") && message.contains("line"),
            "{message}"
        );
        let (message, _) =
            ConfigFile::parse(&BOTH.replace("log_format = \"json\"", "log_format = \"xml\""))
                .unwrap_err();
        assert!(
            message.contains("`text`, `json`") || message.contains("text"),
            "{message}"
        );
    }

    #[test]
    fn the_old_format_gets_a_hint() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("collector.conf");
        std::fs::write(
            &path,
            "repository = host=/tmp dbname=powa\nlibdir = /usr/lib\n",
        )
        .unwrap();
        let error = ConfigFile::load(&path).unwrap_err().to_string();
        assert!(error.contains("is TOML since 0.2.0"), "{error}");
        assert!(error.starts_with(&path.display().to_string()), "{error}");
    }

    #[test]
    fn powa_collector_needs_its_section() {
        let file = ConfigFile::parse("[web]\nlisten = \"127.0.0.1:1\"\n").unwrap();
        let error = file
            .collector(Path::new("/etc/powa/powa.toml"))
            .unwrap_err()
            .to_string();
        assert!(error.contains("no [collector] table"), "{error}");
    }
}
