//! One registered server, collected by a thread of its own: a server that
//! is down or slow never delays the others.
//!
//! Each snapshot is one repository transaction: every source runs in a
//! savepoint (a failing source is rolled back, the others are kept), then
//! the snapshot's row in `powa_snapshots` and the server's status are
//! written, then it commits. Every `powa_coalesce` snapshots the sources
//! aggregate and purge in the same transaction.

use crate::conninfo::{ConnInfo, ProcessEnvironment};
use crate::host::{describe, CollectorHost, Connection};
use crate::log::Log;
use powa_core::abi::TD_Opaque;
use powa_core::ffi::DataSourceBox;
use powa_core::host::HostApi_TO;
use powa_core::loader::LoadedLibrary;
use powa_core::{FfiError, HostRef, Timestamp};
use std::collections::BTreeMap;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

/// A row of `powa_server`, as the collector uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerConfig {
    pub id: i32,
    pub alias: Option<String>,
    pub hostname: String,
    pub port: i32,
    pub username: String,
    pub dbname: String,
    pub service: Option<String>,
    pub frequency: Duration,
    pub coalesce: u32,
    pub retention_seconds: u64,
    pub sources: Option<Vec<String>>,
}

impl ServerConfig {
    fn conninfo(&self) -> Result<ConnInfo, String> {
        let mut info = ConnInfo::default();
        let mut set = |key: &str, value: String| info.set(key, value).map_err(|e| e.to_string());
        set("host", self.hostname.clone())?;
        set("port", self.port.to_string())?;
        set("user", self.username.clone())?;
        set("dbname", self.dbname.clone())?;
        // Statements on the monitored server may not outlast a snapshot
        // period: a server that stops answering is given up, not waited on.
        let timeout_ms = self.frequency.as_millis().clamp(1_000, 60_000);
        set("options", format!("-c statement_timeout={timeout_ms}"))?;
        if let Some(service) = &self.service {
            set("service", service.clone())?;
        }
        Ok(info)
    }

    fn name(&self) -> String {
        match &self.alias {
            Some(alias) => format!("{} ({alias})", self.id),
            None => self.id.to_string(),
        }
    }
}

pub enum Command {
    Snapshot,
    Stop,
}

/// What every server thread shares.
pub struct Shared {
    pub repository: ConnInfo,
    /// Data-source plugins by name.
    pub libraries: Vec<(String, LoadedLibrary)>,
    pub settings: BTreeMap<String, String>,
    pub log: Log,
    /// `host:pid`, written into the status rows.
    pub collector: String,
    /// Sources create their tables in `startup`: one server at a time, so
    /// two threads never race on the same `CREATE TABLE IF NOT EXISTS`.
    pub startup_lock: Mutex<()>,
    /// The last state of each server, for WORKERS_STATUS.
    pub status: Mutex<BTreeMap<i32, Status>>,
}

#[derive(Debug, Clone, Default)]
pub struct Status {
    pub state: String,
    pub last_snapshot: Option<String>,
    pub last_error: Option<String>,
}

struct Source {
    name: String,
    object: DataSourceBox,
    started: bool,
    required_extensions: Vec<String>,
}

struct Session {
    monitored: Connection,
    repository: Connection,
    version_num: u32,
}

/// Where a snapshot failed as a whole.
enum Broken {
    Monitored(String),
    Repository(String),
}

pub struct ServerWorker {
    config: ServerConfig,
    shared: Arc<Shared>,
    sources: Vec<Source>,
    session: Option<Session>,
    snapshots: u64,
    failures: u32,
}

fn now() -> Timestamp {
    crate::convert::timestamp(SystemTime::now())
}

/// A data-source operation of a snapshot.
#[derive(Clone, Copy)]
enum Operation {
    Snapshot,
    Aggregate,
    Purge,
}

impl Operation {
    fn name(self) -> &'static str {
        match self {
            Operation::Snapshot => "snapshot",
            Operation::Aggregate => "aggregate",
            Operation::Purge => "purge",
        }
    }
}

impl ServerWorker {
    pub fn new(config: ServerConfig, shared: Arc<Shared>) -> Self {
        Self {
            config,
            shared,
            sources: Vec::new(),
            session: None,
            snapshots: 0,
            failures: 0,
        }
    }

    /// Collects until told to stop.
    pub fn run(mut self, commands: Receiver<Command>) {
        let log = |text: &str| self.shared.log.server(self.config.id, text);
        log(&format!(
            "collecting {} every {} s",
            self.config.name(),
            self.config.frequency.as_secs()
        ));
        let mut next = Instant::now();
        loop {
            let wait = next.saturating_duration_since(Instant::now());
            match commands.recv_timeout(wait) {
                Ok(Command::Stop) | Err(RecvTimeoutError::Disconnected) => break,
                Ok(Command::Snapshot) | Err(RecvTimeoutError::Timeout) => {}
            }
            let started = Instant::now();
            match self.snapshot() {
                Ok(()) => {
                    self.failures = 0;
                    next = started + self.config.frequency;
                }
                Err(message) => {
                    self.failures += 1;
                    // 2, 4, 8 ... seconds, at most a minute: a server that
                    // refuses the collector is not hammered at its frequency.
                    let backoff =
                        Duration::from_secs(1 << self.failures.min(6)).min(Duration::from_secs(60));
                    self.shared.log.server(
                        self.config.id,
                        &format!("{message}; next attempt in {} s", backoff.as_secs()),
                    );
                    self.set_status("error", Some(message));
                    next = Instant::now() + backoff;
                }
            }
        }
        self.shared.log.server(self.config.id, "stopped");
        self.set_status("stopped", None);
    }

    /// The in-memory state WORKERS_STATUS reports (the repository's row
    /// is written where the repository is at hand).
    fn set_status(&self, state: &str, error: Option<String>) {
        let mut status = self.shared.status.lock().expect("status lock");
        let entry = status.entry(self.config.id).or_default();
        entry.state = state.to_owned();
        if error.is_some() {
            entry.last_error = error;
        }
    }

    fn connect(&mut self) -> Result<(), String> {
        if self.session.is_some() {
            return Ok(());
        }
        let env = ProcessEnvironment;
        let repository = self
            .shared
            .repository
            .clone()
            .resolve(&env)
            .map_err(|e| format!("repository: {e}"))?;
        let repository_client = repository
            .to_config(Duration::from_secs(10))
            .connect(postgres::NoTls)
            .map_err(|e| {
                format!(
                    "cannot connect to the repository {}: {}",
                    repository.describe(),
                    describe(&e)
                )
            })?;
        let mut repository_connection = Connection::new(repository_client);
        let timeout = self
            .config
            .frequency
            .clamp(Duration::from_secs(2), Duration::from_secs(10));
        let connected = self
            .config
            .conninfo()
            .and_then(|info| info.resolve(&env).map_err(|e| e.to_string()))
            .map_err(|message| format!("server {}: {message}", self.config.name()))
            .and_then(|monitored| {
                let client = monitored
                    .to_config(timeout)
                    .connect(postgres::NoTls)
                    .map_err(|error| {
                        format!(
                            "cannot connect to {}: {}",
                            monitored.describe(),
                            describe(&error)
                        )
                    })?;
                Ok((monitored, client))
            });
        let (monitored, client) = match connected {
            Ok(connected) => connected,
            Err(message) => {
                record_status(
                    &mut repository_connection,
                    &self.shared,
                    &self.config,
                    &message,
                );
                return Err(message);
            }
        };
        let mut monitored_connection = Connection::new(client);
        let version_num = monitored_connection
            .run(
                "SELECT current_setting('server_version_num')::integer AS v",
                &[],
            )
            .map_err(|e| describe(&e))
            .and_then(|r| {
                r.one()
                    .and_then(|row| row.get::<i32>("v"))
                    .map_err(|e| e.to_string())
            })? as u32;
        self.shared.log.server(
            self.config.id,
            &format!(
                "connected to {} (server_version_num {version_num})",
                monitored.describe()
            ),
        );
        self.session = Some(Session {
            monitored: monitored_connection,
            repository: repository_connection,
            version_num,
        });
        Ok(())
    }

    /// Creates the server's data sources (once) and starts those not
    /// started yet.
    fn start_sources(&mut self) {
        if self.sources.is_empty() {
            for (name, library) in &self.shared.libraries {
                if let Some(wanted) = &self.config.sources {
                    if !wanted.contains(name) {
                        continue;
                    }
                }
                let Some(new) = library.module.new_data_source() else {
                    continue;
                };
                match new().into_result() {
                    Ok(object) => self.sources.push(Source {
                        name: name.clone(),
                        object,
                        started: false,
                        required_extensions: Vec::new(),
                    }),
                    Err(error) => self.shared.log.server(
                        self.config.id,
                        &format!("{name}: cannot create the data source: {}", error.message),
                    ),
                }
            }
        }
        let Some(session) = self.session.as_mut() else {
            return;
        };
        for source in self.sources.iter_mut().filter(|s| !s.started) {
            let _serialized = self.shared.startup_lock.lock().expect("startup lock");
            let outcome = in_transaction(&mut session.repository, |repository| {
                // Creating tables and partitions locks the parent tables
                // other servers' snapshots write to: give up (and retry at
                // the next snapshot) before the deadlock detector would pick
                // a victim among those snapshots.
                repository
                    .batch("SET LOCAL lock_timeout = '500ms'")
                    .map_err(|e| describe(&e))?;
                let mut host = CollectorHost::new(
                    &source.name,
                    self.config.id,
                    &mut session.monitored,
                    repository,
                    &self.shared,
                    session.version_num,
                    now(),
                );
                let result = call(&mut host, |api| source.object.startup(api));
                source.required_extensions = host.required_extensions;
                result
            });
            match outcome {
                Ok(()) => source.started = true,
                Err(message) => self.shared.log.server(
                    self.config.id,
                    &format!("{}: startup failed: {message}", source.name),
                ),
            }
        }
    }

    fn snapshot(&mut self) -> Result<(), String> {
        self.connect()?;
        self.start_sources();
        let session = self.session.as_mut().expect("connected above");
        let started = Instant::now();
        let time = now();
        self.snapshots += 1;
        let maintain = self
            .snapshots
            .is_multiple_of(u64::from(self.config.coalesce));
        let outcome = run_snapshot(
            session,
            &mut self.sources,
            &self.shared,
            &self.config,
            time,
            maintain,
            started,
        );
        match outcome {
            Ok(failed) => {
                let ts = format_time(time);
                self.shared.log.debug(&format!(
                    "server {}: snapshot {ts} in {:.1} ms, {failed} source(s) failed",
                    self.config.id,
                    started.elapsed().as_secs_f64() * 1000.0
                ));
                let mut status = self.shared.status.lock().expect("status lock");
                let entry = status.entry(self.config.id).or_default();
                entry.state = if failed == 0 { "ok" } else { "source errors" }.to_owned();
                entry.last_snapshot = Some(ts);
                Ok(())
            }
            Err(Broken::Monitored(message)) => {
                let session = self.session.take().expect("connected");
                let mut repository = session.repository;
                record_status(&mut repository, &self.shared, &self.config, &message);
                Err(message)
            }
            Err(Broken::Repository(message)) => {
                self.session = None;
                Err(message)
            }
        }
    }
}

fn format_time(time: Timestamp) -> String {
    let seconds = time.unix_micros.div_euclid(1_000_000);
    format!("@{seconds}")
}

/// Calls a plugin with `host` as its host API.
fn call(
    host: &mut CollectorHost<'_>,
    operation: impl FnOnce(HostRef<'_>) -> powa_core::abi::RResult<(), FfiError>,
) -> Result<(), String> {
    let api = HostApi_TO::from_ptr(host, TD_Opaque);
    operation(api)
        .into_result()
        .map_err(|error| error.message.into_string())
}

/// Runs `work` in a repository transaction, committed if it succeeds.
fn in_transaction(
    repository: &mut Connection,
    work: impl FnOnce(&mut Connection) -> Result<(), String>,
) -> Result<(), String> {
    repository.batch("BEGIN").map_err(|e| describe(&e))?;
    match work(repository) {
        Ok(()) => repository.batch("COMMIT").map_err(|e| describe(&e)),
        Err(message) => {
            let _ = repository.batch("ROLLBACK");
            Err(message)
        }
    }
}

/// Writes the server's failed state into `powa_server_status` (its own
/// statement: a snapshot transaction in progress is rolled back).
fn record_status(repository: &mut Connection, shared: &Shared, config: &ServerConfig, error: &str) {
    let _ = repository.batch("ROLLBACK");
    let result = repository.run(
        STATUS_SQL,
        &status_params(shared, config, None, Some(error)),
    );
    if let Err(e) = result {
        shared.log.server(
            config.id,
            &format!("cannot record the status: {}", describe(&e)),
        );
    }
}

const STATUS_SQL: &str = "
    INSERT INTO powa_server_status AS s
        (srvid, collector, state, last_snapshot, last_duration_ms, last_error, last_error_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6::text IS NULL THEN NULL ELSE now() END, now())
    ON CONFLICT (srvid) DO UPDATE SET
        collector = excluded.collector,
        state = excluded.state,
        last_snapshot = coalesce(excluded.last_snapshot, s.last_snapshot),
        last_duration_ms = coalesce(excluded.last_duration_ms, s.last_duration_ms),
        last_error = CASE WHEN excluded.state = 'error' OR excluded.last_error IS NOT NULL
                          THEN excluded.last_error ELSE s.last_error END,
        last_error_at = coalesce(excluded.last_error_at, s.last_error_at),
        updated_at = now()";

fn status_params(
    shared: &Shared,
    config: &ServerConfig,
    snapshot: Option<(Timestamp, f64)>,
    error: Option<&str>,
) -> Vec<powa_core::Value> {
    use powa_core::Value;
    let state = match (snapshot, error) {
        (Some(_), None) => "ok",
        (Some(_), Some(_)) => "source errors",
        (None, _) => "error",
    };
    vec![
        Value::Int4(config.id),
        Value::Text(shared.collector.as_str().into()),
        Value::Text(state.into()),
        snapshot.map_or(Value::Null, |(ts, _)| Value::TimestampTz(ts)),
        snapshot.map_or(Value::Null, |(_, ms)| Value::Float8(ms)),
        error.map_or(Value::Null, |e| Value::Text(e.into())),
    ]
}

/// One snapshot of every started source: Ok(number of failed sources).
fn run_snapshot(
    session: &mut Session,
    sources: &mut [Source],
    shared: &Shared,
    config: &ServerConfig,
    time: Timestamp,
    maintain: bool,
    started: Instant,
) -> Result<usize, Broken> {
    let broken_repository =
        |e: postgres::Error| Broken::Repository(format!("repository: {}", describe(&e)));
    let operations: &[Operation] = if maintain {
        &[Operation::Snapshot, Operation::Aggregate, Operation::Purge]
    } else {
        &[Operation::Snapshot]
    };
    // Sources whose extension is missing on the server sit this one out.
    let needs_extensions = sources.iter().any(|s| !s.required_extensions.is_empty());
    let installed: Vec<String> = if !needs_extensions {
        Vec::new()
    } else {
        let rows = session
            .monitored
            .run("SELECT extname::text AS name FROM pg_extension", &[])
            .map_err(|e| Broken::Monitored(format!("lost {}: {}", config.name(), describe(&e))))?;
        rows.rows()
            .filter_map(|r| r.get::<String>("name").ok())
            .collect()
    };
    session
        .repository
        .batch("BEGIN")
        .map_err(broken_repository)?;
    let mut errors: Vec<(&str, &'static str, String)> = Vec::new();
    let (mut ran, mut failed) = (0, 0);
    for source in sources.iter_mut().filter(|s| s.started) {
        if let Some(missing) = source
            .required_extensions
            .iter()
            .find(|e| !installed.contains(e))
        {
            shared.log.debug(&format!(
                "server {}: {}: skipped, extension {missing} is not installed there",
                config.id, source.name
            ));
            continue;
        }
        for &operation in operations {
            session
                .repository
                .batch("SAVEPOINT powa_source")
                .map_err(broken_repository)?;
            let mut host = CollectorHost::new(
                &source.name,
                config.id,
                &mut session.monitored,
                &mut session.repository,
                shared,
                session.version_num,
                time,
            );
            let object = &mut source.object;
            let result = call(&mut host, |api| match operation {
                Operation::Snapshot => object.snapshot(api),
                Operation::Aggregate => object.aggregate(api),
                Operation::Purge => object.purge(api, config.retention_seconds),
            });
            // (The caller records the status, rolling this transaction back.)
            if session.monitored.client.is_closed() {
                return Err(Broken::Monitored(format!(
                    "lost the connection to {}: {}",
                    config.name(),
                    result.err().unwrap_or_default()
                )));
            }
            if session.repository.client.is_closed() {
                return Err(Broken::Repository(format!(
                    "lost the repository: {}",
                    result.err().unwrap_or_default()
                )));
            }
            match result {
                Ok(()) => session
                    .repository
                    .batch("RELEASE SAVEPOINT powa_source")
                    .map_err(broken_repository)?,
                Err(message) => {
                    session
                        .repository
                        .batch("ROLLBACK TO SAVEPOINT powa_source; RELEASE SAVEPOINT powa_source")
                        .map_err(broken_repository)?;
                    shared.log.server(
                        config.id,
                        &format!("{}: {} failed: {message}", source.name, operation.name()),
                    );
                    errors.push((&source.name, operation.name(), message));
                }
            }
        }
        ran += 1;
        if errors
            .last()
            .is_some_and(|(module, _, _)| *module == source.name)
        {
            failed += 1;
        }
    }
    let duration_ms = started.elapsed().as_secs_f64() * 1000.0;
    let errors_json = serde_json::Value::Array(
        errors
            .iter()
            .map(|(module, operation, message)| {
                serde_json::json!({"module": module, "operation": operation, "message": message})
            })
            .collect(),
    )
    .to_string();
    use powa_core::Value;
    session
        .repository
        .run(
            "INSERT INTO powa_snapshots (srvid, ts, sources, failed, duration_ms, errors)
             VALUES ($1, $2, $3, $4, $5, $6::jsonb) ON CONFLICT DO NOTHING",
            &[
                Value::Int4(config.id),
                Value::TimestampTz(time),
                Value::Int4(ran),
                Value::Int4(failed),
                Value::Float8(duration_ms),
                Value::Text(errors_json.into()),
            ],
        )
        .map_err(broken_repository)?;
    let last_error = errors
        .last()
        .map(|(module, operation, message)| format!("{module}: {operation}: {message}"));
    session
        .repository
        .run(
            STATUS_SQL,
            &status_params(
                shared,
                config,
                Some((time, duration_ms)),
                last_error.as_deref(),
            ),
        )
        .map_err(broken_repository)?;
    session
        .repository
        .batch("COMMIT")
        .map_err(broken_repository)?;
    Ok(failed as usize)
}
