//! powa-web's configuration: the `[web]` table of powa's TOML configuration
//! file (`powa_config`, shared with powa-collector), then command-line
//! flags, each value checked by [`Config::set`].

use powa_conninfo::ConnInfo;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: {reason}")]
    File { path: String, reason: String },
    #[error("{0}")]
    Value(String),
}

#[derive(Debug, Clone)]
pub struct Config {
    /// The repository, without user or password (they are the login's):
    /// in local mode, the monitored server's powa database.
    pub repository: ConnInfo,
    pub listen: SocketAddr,
    /// Where powa-web is mounted behind a reverse proxy: `/` or `/powa`.
    pub url_prefix: String,
    /// A session ends after this long without a request.
    pub session_idle: Duration,
    /// Log in with an empty password (trust or peer authentication).
    pub allow_empty_password: bool,
    /// Mark cookies Secure: powa-web is reached over HTTPS through a proxy
    /// (always on when powa-web serves HTTPS itself).
    pub secure_cookies: bool,
    /// HTTPS: the certificate chain and the private key (PEM), both or
    /// neither.
    pub certfile: Option<PathBuf>,
    pub keyfile: Option<PathBuf>,
    /// Who may read `/metrics`.
    pub metrics: Metrics,
    pub metrics_role: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metrics {
    Off,
    /// HTTP Basic: a PostgreSQL role and its password.
    Basic,
    /// Anyone who reaches powa-web, read as `metrics_role`.
    Open,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            repository: ConnInfo::parse("dbname=powa").expect("a valid default"),
            listen: "127.0.0.1:8888".parse().expect("a valid default"),
            url_prefix: "/".to_owned(),
            session_idle: Duration::from_secs(3600),
            allow_empty_password: false,
            secure_cookies: false,
            certfile: None,
            keyfile: None,
            metrics: Metrics::Off,
            metrics_role: None,
        }
    }
}

impl Config {
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let file =
            powa_config::ConfigFile::load(path).map_err(|e| ConfigError::Value(e.to_string()))?;
        let mut config = Config::default();
        let Some(web) = file.web else {
            return Ok(config);
        };
        let on_off = |value: bool| if value { "on" } else { "off" }.to_owned();
        let path_text = |value: PathBuf| value.display().to_string();
        let settings = [
            ("repository", web.repository),
            ("listen", web.listen),
            ("url_prefix", web.url_prefix),
            (
                "session_minutes",
                web.session_minutes.map(|m| m.to_string()),
            ),
            ("allow_empty_password", web.allow_empty_password.map(on_off)),
            ("secure_cookies", web.secure_cookies.map(on_off)),
            ("certfile", web.certfile.map(path_text)),
            ("keyfile", web.keyfile.map(path_text)),
            ("metrics", web.metrics),
            ("metrics_role", web.metrics_role),
        ];
        for (key, value) in settings {
            if let Some(value) = value {
                config.set(key, &value).map_err(|e| ConfigError::File {
                    path: path.display().to_string(),
                    reason: format!("[web] {e}"),
                })?;
            }
        }
        Ok(config)
    }

    /// One setting, from the file or a flag.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), ConfigError> {
        let bad = |what: &str| ConfigError::Value(format!("{key} = {value:?}: {what}"));
        match key {
            "repository" => {
                let info = ConnInfo::parse(value).map_err(|e| bad(&e.to_string()))?;
                if info.has_password() || info.get("user").is_some() {
                    return Err(bad(
                        "leave user and password out: each user logs in with their own PostgreSQL role",
                    ));
                }
                self.repository = info;
            }
            "listen" => {
                self.listen = value
                    .parse()
                    .map_err(|_| bad("an address and port, e.g. 127.0.0.1:8888"))?
            }
            "url_prefix" => {
                if !value.starts_with('/') || value.contains(['"', '\'', '<', '>', ' ', '?', '#']) {
                    return Err(bad("a path starting with /, e.g. /powa"));
                }
                let trimmed = value.trim_end_matches('/');
                self.url_prefix = if trimmed.is_empty() {
                    "/".to_owned()
                } else {
                    trimmed.to_owned()
                };
            }
            "session_minutes" => {
                let minutes: u64 = value
                    .parse()
                    .ok()
                    .filter(|m| *m > 0)
                    .ok_or_else(|| bad("a number of minutes above 0"))?;
                self.session_idle = Duration::from_secs(minutes * 60);
            }
            "allow_empty_password" => {
                self.allow_empty_password = boolean(value).ok_or_else(|| bad("on or off"))?
            }
            "secure_cookies" => {
                self.secure_cookies = boolean(value).ok_or_else(|| bad("on or off"))?
            }
            "metrics" => {
                self.metrics = match value {
                    "off" => Metrics::Off,
                    "basic" => Metrics::Basic,
                    "open" => Metrics::Open,
                    _ => return Err(bad("off, basic or open")),
                }
            }
            "metrics_role" => {
                if value.is_empty() {
                    return Err(bad("a PostgreSQL role"));
                }
                self.metrics_role = Some(value.to_owned());
            }
            "certfile" | "keyfile" => {
                if value.is_empty() {
                    return Err(bad("a path to a PEM file"));
                }
                let path = Some(PathBuf::from(value));
                if key == "certfile" {
                    self.certfile = path;
                } else {
                    self.keyfile = path;
                }
            }
            _ => {
                return Err(ConfigError::Value(format!(
                "unknown setting {key:?}; known: repository, listen, url_prefix, session_minutes, \
                     allow_empty_password, secure_cookies, certfile, keyfile, metrics, metrics_role"
            )))
            }
        }
        Ok(())
    }

    /// The HTTPS files, when both are set; an error when only one is.
    pub fn tls_files(&self) -> Result<Option<(&Path, &Path)>, ConfigError> {
        match (&self.certfile, &self.keyfile) {
            (Some(cert), Some(key)) => Ok(Some((cert, key))),
            (None, None) => Ok(None),
            _ => Err(ConfigError::Value(
                "certfile and keyfile go together: set both for HTTPS, or neither".to_owned(),
            )),
        }
    }

    /// The configuration as a whole: what one setting cannot check alone.
    pub fn check(&self) -> Result<(), ConfigError> {
        self.tls_files()?;
        if self.metrics == Metrics::Open && self.metrics_role.is_none() {
            return Err(ConfigError::Value(
                "metrics = open reads as metrics_role: set it (a role that may read powa's tables)"
                    .to_owned(),
            ));
        }
        Ok(())
    }

    /// Whether cookies are marked Secure.
    pub fn secure(&self) -> bool {
        self.secure_cookies || self.certfile.is_some()
    }

    /// `prefix` + `path` (`path` starts with `/`).
    pub fn url(&self, path: &str) -> String {
        if self.url_prefix == "/" {
            path.to_owned()
        } else {
            format!("{}{path}", self.url_prefix)
        }
    }
}

fn boolean(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" | "1" => Some(true),
        "off" | "false" | "no" | "0" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repository_with_a_user_or_password_is_refused() {
        let mut config = Config::default();
        let error = config
            .set("repository", "host=/tmp dbname=powa password=x")
            .unwrap_err()
            .to_string();
        assert!(error.contains("leave user and password out"), "{error}");
        assert!(config
            .set("repository", "host=/tmp dbname=powa user=x")
            .is_err());
        config
            .set("repository", "host=/tmp port=5433 dbname=powa")
            .unwrap();
    }

    #[test]
    fn url_prefixes_are_paths() {
        let mut config = Config::default();
        config.set("url_prefix", "/powa/").unwrap();
        assert_eq!(config.url("/login"), "/powa/login");
        assert!(config.set("url_prefix", "powa").is_err());
        assert!(config.set("url_prefix", "/a\"b").is_err());
        config.set("url_prefix", "/").unwrap();
        assert_eq!(config.url("/login"), "/login");
    }

    #[test]
    fn https_needs_both_files_and_makes_cookies_secure() {
        let mut config = Config::default();
        assert!(!config.secure());
        config.set("certfile", "/x.pem").unwrap();
        let error = config.tls_files().unwrap_err().to_string();
        assert!(error.contains("set both"), "{error}");
        config.set("keyfile", "/x.key").unwrap();
        assert!(config.tls_files().unwrap().is_some());
        assert!(config.secure());
        assert!(config.set("keyfile", "").is_err());
    }
}
