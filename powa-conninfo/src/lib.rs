//! Connection parameters found the way libpq finds them, for
//! `tokio-postgres` (which reads no environment and no file by itself): `key=value`
//! connection strings, the service file (`service=`), the environment
//! (`PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`, `PGPASSWORD`,
//! `PGSERVICE`, `PGSSLMODE`, ...) and the password file (`PGPASSFILE`,
//! `~/.pgpass`); TLS as libpq's `sslmode` asks ([`tls`]).
//!
//! Passwords are held in [`Secret`], which never prints its content: no
//! error, log line or status written by the collector can show one.

pub mod sealed;
pub mod tls;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A password: kept out of every `Debug` and `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConnInfoError {
    #[error("connection string: {0}")]
    Syntax(String),
    #[error("connection string: unknown keyword {0:?}; known: host, hostaddr, port, user, dbname, password, service, sslmode, sslrootcert, sslcert, sslkey, sslcrl, application_name, connect_timeout, options")]
    UnknownKeyword(String),
    #[error("service {name:?} is in no service file (looked in {looked})")]
    UnknownService { name: String, looked: String },
    #[error("service file {}: line {line}: {reason}", path.display())]
    ServiceFile {
        path: PathBuf,
        line: usize,
        reason: String,
    },
    #[error("port {0:?} is not a port number (1 to 65535)")]
    Port(String),
    #[error("sslmode={0:?} is no mode; allowed: {allowed}", allowed = tls::SslMode::ALLOWED)]
    Tls(String),
}

const KEYWORDS: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "user",
    "dbname",
    "password",
    "service",
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "sslcrl",
    "application_name",
    "connect_timeout",
    "options",
];

/// The parameters of one connection, before defaults are applied.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConnInfo {
    params: BTreeMap<String, String>,
    password: Option<Secret>,
}

/// Where the environment and files are read from (the real ones, or a
/// test's).
pub trait Environment {
    fn var(&self, name: &str) -> Option<String>;
    fn home(&self) -> Option<PathBuf> {
        self.var("HOME").map(PathBuf::from)
    }
}

pub struct ProcessEnvironment;

impl Environment for ProcessEnvironment {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok().filter(|v| !v.is_empty())
    }
}

impl ConnInfo {
    /// Parses a libpq `key=value` connection string (values may be
    /// single-quoted, with `\'` and `\\` escapes).
    pub fn parse(text: &str) -> Result<Self, ConnInfoError> {
        let mut info = ConnInfo::default();
        let mut chars = text.chars().peekable();
        loop {
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
            if chars.peek().is_none() {
                break;
            }
            let mut key = String::new();
            while let Some(c) = chars.next_if(|c| *c != '=' && !c.is_whitespace()) {
                key.push(c);
            }
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
            if chars.next() != Some('=') {
                return Err(ConnInfoError::Syntax(format!(
                    "expected \"=\" after {key:?} (the form is key=value ...)"
                )));
            }
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
            let mut value = String::new();
            if chars.next_if_eq(&'\'').is_some() {
                loop {
                    match chars.next() {
                        None => {
                            return Err(ConnInfoError::Syntax(format!(
                                "unterminated quoted value of {key:?}"
                            )))
                        }
                        Some('\'') => break,
                        Some('\\') => value.extend(chars.next()),
                        Some(c) => value.push(c),
                    }
                }
            } else {
                while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                    if c == '\\' {
                        value.extend(chars.next());
                    } else {
                        value.push(c);
                    }
                }
            }
            info.set(&key, value)?;
        }
        Ok(info)
    }

    /// Sets one parameter (a password goes into a [`Secret`]).
    pub fn set(&mut self, key: &str, value: String) -> Result<(), ConnInfoError> {
        if !KEYWORDS.contains(&key) {
            return Err(ConnInfoError::UnknownKeyword(key.to_owned()));
        }
        if key == "password" {
            self.password = Some(Secret(value));
        } else {
            self.params.insert(key.to_owned(), value);
        }
        Ok(())
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.params.get(key).map(String::as_str)
    }

    /// The same login (user, password, TLS settings, connect timeout,
    /// application name) on another server: `host`, `port` and `dbname`
    /// replace the rest.
    pub fn same_login_on(&self, host: &str, port: u16, dbname: &str) -> ConnInfo {
        let kept = [
            "user",
            "connect_timeout",
            "application_name",
            "sslmode",
            "sslrootcert",
            "sslcert",
            "sslkey",
            "sslcrl",
        ];
        let mut params: BTreeMap<String, String> = kept
            .into_iter()
            .filter_map(|key| Some((key.to_owned(), self.get(key)?.to_owned())))
            .collect();
        params.insert("host".to_owned(), host.to_owned());
        params.insert("port".to_owned(), port.to_string());
        params.insert("dbname".to_owned(), dbname.to_owned());
        ConnInfo {
            params,
            password: self.password.clone(),
        }
    }

    /// Whether the parameters themselves hold a password (the collector
    /// refuses one in its configuration file).
    pub fn has_password(&self) -> bool {
        self.password.is_some()
    }

    /// Completes the parameters as libpq does: the service's entries, then
    /// the environment, then defaults; the password last, from
    /// `PGPASSWORD` or the password file.
    pub fn resolve(mut self, env: &dyn Environment) -> Result<Resolved, ConnInfoError> {
        let service = self
            .get("service")
            .map(str::to_owned)
            .or_else(|| env.var("PGSERVICE"));
        if let Some(service) = service {
            for (key, value) in service_entries(&service, env)? {
                if key == "password" {
                    if self.password.is_none() {
                        self.password = Some(Secret(value));
                    }
                } else if !self.params.contains_key(&key) {
                    self.set(&key, value)?;
                }
            }
        }
        for (key, variable) in [
            ("host", "PGHOST"),
            ("port", "PGPORT"),
            ("user", "PGUSER"),
            ("dbname", "PGDATABASE"),
        ] {
            if !self.params.contains_key(key) {
                if let Some(value) = env.var(variable) {
                    self.params.insert(key.to_owned(), value);
                }
            }
        }
        let host = self
            .get("host")
            .or(self.get("hostaddr"))
            .unwrap_or("/var/run/postgresql")
            .to_owned();
        let port_text = self.get("port").unwrap_or("5432").to_owned();
        let port = port_text
            .parse::<u16>()
            .ok()
            .filter(|p| *p > 0)
            .ok_or(ConnInfoError::Port(port_text))?;
        let user = self
            .get("user")
            .map(str::to_owned)
            .or_else(|| env.var("USER"))
            .unwrap_or_else(|| "postgres".to_owned());
        let dbname = self.get("dbname").unwrap_or(&user).to_owned();
        let tls = self.tls_settings(env, &host)?;
        let password = self
            .password
            .clone()
            .or_else(|| env.var("PGPASSWORD").map(Secret))
            .or_else(|| password_file_lookup(env, &host, port, &dbname, &user));
        let connect_timeout = self
            .get("connect_timeout")
            .and_then(|t| t.parse::<u64>().ok())
            .filter(|t| *t > 0)
            .map(Duration::from_secs);
        Ok(Resolved {
            host,
            port,
            user,
            dbname,
            password,
            application_name: self.get("application_name").map(str::to_owned),
            options: self.get("options").map(str::to_owned),
            connect_timeout,
            tls,
        })
    }

    /// The TLS parameters as libpq completes them: the parameter, else
    /// its `PGSSL*` variable, else the file under `~/.postgresql/` (the
    /// client certificate and the CRL only if they exist). Unix sockets
    /// never use TLS (the server refuses it there), as with libpq.
    fn tls_settings(
        &self,
        env: &dyn Environment,
        host: &str,
    ) -> Result<tls::TlsSettings, ConnInfoError> {
        let given = |key: &str, variable: &str| {
            self.get(key)
                .map(str::to_owned)
                .or_else(|| env.var(variable))
        };
        let mode_text = given("sslmode", "PGSSLMODE");
        let mode = match mode_text.as_deref() {
            None => tls::SslMode::Prefer,
            Some(text) => {
                tls::SslMode::parse(text).ok_or_else(|| ConnInfoError::Tls(text.to_owned()))?
            }
        };
        let home_file = |name: &str| env.home().map(|home| home.join(".postgresql").join(name));
        let path = |key: &str, variable: &str, default: &str, only_if_exists: bool| match given(
            key, variable,
        ) {
            Some(path) => Some(PathBuf::from(path)),
            None => home_file(default).filter(|path| !only_if_exists || path.exists()),
        };
        let cert = path("sslcert", "PGSSLCERT", "postgresql.crt", true).filter(|p| p.exists());
        Ok(tls::TlsSettings {
            mode: if host.starts_with('/') {
                tls::SslMode::Disable
            } else {
                mode
            },
            root_cert: path("sslrootcert", "PGSSLROOTCERT", "root.crt", false),
            key: cert
                .as_ref()
                .and_then(|_| path("sslkey", "PGSSLKEY", "postgresql.key", false)),
            cert,
            crl: path("sslcrl", "PGSSLCRL", "root.crl", true),
        })
    }
}

/// Complete connection parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub host: String,
    pub port: u16,
    pub user: String,
    pub dbname: String,
    pub password: Option<Secret>,
    pub application_name: Option<String>,
    pub options: Option<String>,
    pub connect_timeout: Option<Duration>,
    pub tls: tls::TlsSettings,
}

impl Resolved {
    /// `user@host:port/dbname`, for messages (never the password).
    pub fn describe(&self) -> String {
        format!("{}@{}:{}/{}", self.user, self.host, self.port, self.dbname)
    }

    /// Connects with `config` (this connection's, maybe amended) and this
    /// connection's TLS settings: `allow` tries without TLS first, then
    /// with it when the server refuses a connection in clear.
    pub async fn connect(
        &self,
        config: &tokio_postgres::Config,
    ) -> Result<Connected, ConnectError> {
        let connector = tls::connector(&self.tls).map_err(ConnectError::Tls)?;
        let attempt = |mode: tokio_postgres::config::SslMode| {
            let mut config = config.clone();
            config.ssl_mode(mode);
            let connector = connector.clone();
            async move { config.connect(connector).await }
        };
        use tokio_postgres::config::SslMode as Mode;
        let connected = match self.tls.mode {
            tls::SslMode::Disable => attempt(Mode::Disable).await,
            tls::SslMode::Allow => match attempt(Mode::Disable).await {
                Err(error) if error.as_db_error().is_some() => attempt(Mode::Require).await,
                other => other,
            },
            tls::SslMode::Prefer => attempt(Mode::Prefer).await,
            tls::SslMode::Require | tls::SslMode::VerifyCa | tls::SslMode::VerifyFull => {
                attempt(Mode::Require).await
            }
        };
        connected.map_err(ConnectError::Postgres)
    }

    /// The `postgres` crate's configuration: keepalives on and a connect
    /// timeout, so a server that vanishes fails the connection instead of
    /// hanging it.
    pub fn to_config(&self, default_timeout: Duration) -> tokio_postgres::Config {
        let mut config = tokio_postgres::Config::new();
        if self.host.starts_with('/') {
            config.host_path(&self.host);
        } else {
            config.host(&self.host);
        }
        config
            .port(self.port)
            .user(&self.user)
            .dbname(&self.dbname)
            .application_name(self.application_name.as_deref().unwrap_or("powa-collector"))
            .connect_timeout(self.connect_timeout.unwrap_or(default_timeout))
            .keepalives(true)
            .keepalives_idle(Duration::from_secs(10))
            .keepalives_interval(Duration::from_secs(5))
            .keepalives_retries(3)
            // Data the server's kernel does not acknowledge for this long
            // (the host is gone, not just the server) drops the connection.
            .tcp_user_timeout(Duration::from_secs(10));
        if let Some(password) = &self.password {
            config.password(password.expose());
        }
        if let Some(options) = &self.options {
            config.options(options);
        }
        // `allow` is tried without TLS first by [`Resolved::connect`]; a
        // pool's connections prefer it.
        config.ssl_mode(match self.tls.mode {
            tls::SslMode::Disable => tokio_postgres::config::SslMode::Disable,
            tls::SslMode::Allow | tls::SslMode::Prefer => tokio_postgres::config::SslMode::Prefer,
            tls::SslMode::Require | tls::SslMode::VerifyCa | tls::SslMode::VerifyFull => {
                tokio_postgres::config::SslMode::Require
            }
        });
        config
    }
}

/// The service files libpq reads, in its order.
fn service_files(env: &dyn Environment) -> Vec<PathBuf> {
    let mut files = Vec::new();
    match env.var("PGSERVICEFILE") {
        Some(file) => files.push(PathBuf::from(file)),
        None => files.extend(env.home().map(|home| home.join(".pg_service.conf"))),
    }
    let sysconf = env
        .var("PGSYSCONFDIR")
        .unwrap_or_else(|| "/etc/postgresql-common".to_owned());
    files.push(Path::new(&sysconf).join("pg_service.conf"));
    files
}

/// The `key=value` entries of service `name` (the first file that has it).
fn service_entries(
    name: &str,
    env: &dyn Environment,
) -> Result<Vec<(String, String)>, ConnInfoError> {
    let files = service_files(env);
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        if let Some(entries) = parse_service_file(&text, name).map_err(|(line, reason)| {
            ConnInfoError::ServiceFile {
                path: path.clone(),
                line,
                reason,
            }
        })? {
            return Ok(entries);
        }
    }
    Err(ConnInfoError::UnknownService {
        name: name.to_owned(),
        looked: files
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", "),
    })
}

/// The entries of section `[name]`, None if the file has no such section.
fn parse_service_file(
    text: &str,
    name: &str,
) -> Result<Option<Vec<(String, String)>>, (usize, String)> {
    let mut in_section = false;
    let mut found = None;
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            if in_section {
                break;
            }
            in_section = section.trim() == name;
            if in_section {
                found = Some(Vec::new());
            }
            continue;
        }
        if !in_section {
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or((index + 1, "expected key=value".to_owned()))?;
        let key = key.trim();
        if !KEYWORDS.contains(&key) || key == "service" {
            return Err((index + 1, format!("unknown keyword {key:?}")));
        }
        found
            .as_mut()
            .expect("inside a section")
            .push((key.to_owned(), value.trim().to_owned()));
    }
    Ok(found)
}

/// The password file's password for this connection, as libpq finds it:
/// the first matching `host:port:database:user:password` line (`*`
/// matches anything; a unix socket directory matches `localhost`). A file
/// others can read is ignored, as libpq does.
fn password_file_lookup(
    env: &dyn Environment,
    host: &str,
    port: u16,
    dbname: &str,
    user: &str,
) -> Option<Secret> {
    let path = match env.var("PGPASSFILE") {
        Some(file) => PathBuf::from(file),
        None => env.home()?.join(".pgpass"),
    };
    use std::os::unix::fs::PermissionsExt;
    let metadata = std::fs::metadata(&path).ok()?;
    if !metadata.is_file() || metadata.permissions().mode() & 0o077 != 0 {
        if metadata.is_file() {
            eprintln!(
                "powa-collector: warning: password file {} has group or world access; \
                 permissions should be u=rw (0600) or less: it is not used",
                path.display()
            );
        }
        return None;
    }
    let text = std::fs::read_to_string(&path).ok()?;
    let host = if host.starts_with('/') {
        "localhost"
    } else {
        host
    };
    let port = port.to_string();
    text.lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .find_map(|line| {
            let fields = split_password_line(line);
            let [h, p, d, u, password] = fields.as_slice() else {
                return None;
            };
            let matches = |pattern: &str, value: &str| pattern == "*" || pattern == value;
            (matches(h, host) && matches(p, &port) && matches(d, dbname) && matches(u, user))
                .then(|| Secret(password.clone()))
        })
}

/// Splits a password-file line on unescaped colons (`\:` and `\\` escape).
fn split_password_line(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => fields.last_mut().expect("one field").extend(chars.next()),
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().expect("one field").push(c),
        }
    }
    fields
}

/// A client and its connection (to drive), TLS or not.
pub type Connected = (
    tokio_postgres::Client,
    tokio_postgres::Connection<tokio_postgres::Socket, tls::RustlsStream<tokio_postgres::Socket>>,
);

/// Why [`Resolved::connect`] failed.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("TLS: {0}")]
    Tls(tls::TlsError),
    #[error("{}", describe_error(.0))]
    Postgres(tokio_postgres::Error),
}

impl ConnectError {
    /// The server's error, when it answered with one.
    pub fn as_db_error(&self) -> Option<&tokio_postgres::error::DbError> {
        match self {
            Self::Postgres(error) => error.as_db_error(),
            Self::Tls(_) => None,
        }
    }
}

/// A client error as PostgreSQL words it: message, detail and hint.
pub fn describe_error(error: &tokio_postgres::Error) -> String {
    match error.as_db_error() {
        Some(db) => {
            let mut text = format!("{}: {}", db.severity(), db.message());
            if let Some(detail) = db.detail() {
                text.push_str(&format!(" (detail: {detail})"));
            }
            if let Some(hint) = db.hint() {
                text.push_str(&format!(" (hint: {hint})"));
            }
            text
        }
        None => {
            let mut text = error.to_string();
            let mut source = std::error::Error::source(error);
            while let Some(cause) = source {
                let cause_text = cause.to_string();
                if !text.contains(&cause_text) {
                    text.push_str(&format!(": {cause_text}"));
                }
                source = cause.source();
            }
            text
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::os::unix::fs::PermissionsExt;

    struct FakeEnvironment(HashMap<&'static str, String>);

    impl Environment for FakeEnvironment {
        fn var(&self, name: &str) -> Option<String> {
            self.0.get(name).cloned()
        }
    }

    fn env(pairs: &[(&'static str, &str)]) -> FakeEnvironment {
        FakeEnvironment(pairs.iter().map(|(k, v)| (*k, v.to_string())).collect())
    }

    #[test]
    fn parses_quoted_values_and_refuses_garbage() {
        let info = ConnInfo::parse("host=/tmp  dbname='my db' user=o\\'brien").unwrap();
        assert_eq!(info.get("host"), Some("/tmp"));
        assert_eq!(info.get("dbname"), Some("my db"));
        assert_eq!(info.get("user"), Some("o'brien"));
        assert!(matches!(
            ConnInfo::parse("host"),
            Err(ConnInfoError::Syntax(_))
        ));
        assert!(matches!(
            ConnInfo::parse("dbname='x"),
            Err(ConnInfoError::Syntax(_))
        ));
        assert_eq!(
            ConnInfo::parse("colour=blue"),
            Err(ConnInfoError::UnknownKeyword("colour".into()))
        );
    }

    #[test]
    fn passwords_never_print() {
        let info = ConnInfo::parse("host=h password=hunter2").unwrap();
        assert!(info.has_password());
        let resolved = info.resolve(&env(&[])).unwrap();
        assert!(!format!("{resolved:?}").contains("hunter2"));
        assert!(!resolved.describe().contains("hunter2"));
        assert_eq!(resolved.password.unwrap().expose(), "hunter2");
    }

    #[test]
    fn the_same_login_on_another_server_keeps_only_the_login() {
        let info = ConnInfo::parse(
            "service=repo host=/tmp port=5999 dbname=powa user=viewer password=s3cret \
             sslmode=disable application_name=powa-web connect_timeout=3",
        )
        .unwrap();
        let moved = info.same_login_on("db.example", 5433, "app");
        assert_eq!(moved.get("service"), None);
        assert_eq!(moved.get("sslmode"), Some("disable"));
        assert_eq!(moved.get("application_name"), Some("powa-web"));
        let resolved = moved.resolve(&env(&[("PGUSER", "ignored")])).unwrap();
        assert_eq!(resolved.describe(), "viewer@db.example:5433/app");
        assert_eq!(resolved.password.unwrap().expose(), "s3cret");
        assert_eq!(resolved.connect_timeout, Some(Duration::from_secs(3)));
    }

    #[test]
    fn environment_fills_what_the_string_leaves_out() {
        let resolved = ConnInfo::parse("dbname=powa")
            .unwrap()
            .resolve(&env(&[
                ("PGHOST", "db.example"),
                ("PGPORT", "5433"),
                ("PGUSER", "alice"),
                ("PGDATABASE", "ignored"),
                ("PGPASSWORD", "from-env"),
            ]))
            .unwrap();
        assert_eq!(resolved.describe(), "alice@db.example:5433/powa");
        assert_eq!(resolved.password.unwrap().expose(), "from-env");
        assert_eq!(
            ConnInfo::parse("port=99999")
                .unwrap()
                .resolve(&env(&[]))
                .unwrap_err(),
            ConnInfoError::Port("99999".into())
        );
        let error = ConnInfo::parse("sslmode=required")
            .unwrap()
            .resolve(&env(&[]))
            .unwrap_err();
        assert_eq!(error, ConnInfoError::Tls("required".into()));
        assert!(error
            .to_string()
            .contains("allowed: disable, allow, prefer"));
    }

    #[test]
    fn tls_settings_follow_libpq() {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().to_str().unwrap();
        let resolve = |text: &str, pairs: &[(&'static str, &str)]| {
            ConnInfo::parse(text)
                .unwrap()
                .resolve(&env(pairs))
                .unwrap()
                .tls
        };
        // prefer by default; the root certificate under ~/.postgresql even
        // when missing (verify-* then says so), the client's only if there.
        let tls = resolve("host=db", &[("HOME", home)]);
        assert_eq!(tls.mode, tls::SslMode::Prefer);
        assert_eq!(tls.root_cert, Some(dir.path().join(".postgresql/root.crt")));
        assert_eq!((tls.cert, tls.key, tls.crl), (None, None, None));
        std::fs::create_dir(dir.path().join(".postgresql")).unwrap();
        std::fs::write(dir.path().join(".postgresql/postgresql.crt"), "").unwrap();
        let tls = resolve("host=db", &[("HOME", home), ("PGSSLMODE", "verify-full")]);
        assert_eq!(tls.mode, tls::SslMode::VerifyFull);
        assert_eq!(
            tls.cert,
            Some(dir.path().join(".postgresql/postgresql.crt"))
        );
        assert_eq!(tls.key, Some(dir.path().join(".postgresql/postgresql.key")));
        // The parameter wins over the variable; a unix socket never uses TLS.
        let tls = resolve(
            "host=db sslmode=require sslrootcert=/etc/ca.pem sslcrl=/etc/crl.pem",
            &[("PGSSLMODE", "disable")],
        );
        assert_eq!(tls.mode, tls::SslMode::Require);
        assert_eq!(tls.root_cert, Some(PathBuf::from("/etc/ca.pem")));
        assert_eq!(tls.crl, Some(PathBuf::from("/etc/crl.pem")));
        assert_eq!(
            resolve("host=/tmp sslmode=verify-full", &[]).mode,
            tls::SslMode::Disable
        );
    }

    #[test]
    fn password_file_matches_like_libpq_and_must_be_private() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(
            &file,
            "# comment\nother:5432:*:*:wrong\nlocalhost:5433:powa:bob:sec\\:ret\n*:*:*:bob:fallback\n",
        )
        .unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        let environment = env(&[("PGPASSFILE", file.to_str().unwrap())]);
        let lookup = |host, port| {
            password_file_lookup(&environment, host, port, "powa", "bob")
                .map(|s| s.expose().to_owned())
        };
        assert_eq!(lookup("/tmp", 5433).as_deref(), Some("sec:ret"));
        assert_eq!(lookup("localhost", 5433).as_deref(), Some("sec:ret"));
        assert_eq!(lookup("elsewhere", 5432).as_deref(), Some("fallback"));
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(lookup("/tmp", 5433), None, "a readable file is ignored");
    }

    #[test]
    fn service_file_gives_entries_and_its_password() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("services");
        std::fs::write(
            &file,
            "[repo]\nhost=/run/pg\nport=5444\npassword=s3cret\n\n[other]\nhost=x\n",
        )
        .unwrap();
        let environment = env(&[("PGSERVICEFILE", file.to_str().unwrap())]);
        let resolved = ConnInfo::parse("service=repo dbname=powa user=u")
            .unwrap()
            .resolve(&environment)
            .unwrap();
        assert_eq!(resolved.describe(), "u@/run/pg:5444/powa");
        assert_eq!(resolved.password.unwrap().expose(), "s3cret");
        let missing = ConnInfo::parse("service=nope")
            .unwrap()
            .resolve(&environment)
            .unwrap_err();
        assert!(matches!(missing, ConnInfoError::UnknownService { .. }));
        std::fs::write(&file, "[repo]\ncolour=blue\n").unwrap();
        let bad = ConnInfo::parse("service=repo")
            .unwrap()
            .resolve(&environment)
            .unwrap_err();
        assert!(bad.to_string().contains("line 2"), "{bad}");
    }
}
