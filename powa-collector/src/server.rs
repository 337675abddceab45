//! One registered server, collected by a thread of its own: a server that
//! is down or slow never delays the others.
//!
//! Each snapshot is one repository transaction: every source runs in a
//! savepoint (a failing source is rolled back, the others are kept), then
//! the snapshot's row in `powa_snapshots` and the server's status are
//! written, then it commits. Every `powa_coalesce` snapshots the sources
//! aggregate and purge in the same transaction.
//!
//! Every wait is bounded (see [`crate::client`]): a snapshot may take the
//! server's frequency (at least [`MIN_LIMIT`]), then it is cancelled,
//! rolled back and recorded as failed with the reason; the server is then
//! `stalled` until a snapshot passes within its bounds again. The stall
//! monitor (the main thread) shows `stalled` as soon as a snapshot runs
//! longer than the frequency.

use crate::client::{repository_connection, ClientError, Connection, Deadline, Stop};
use crate::conninfo::{ConnInfo, ProcessEnvironment, Resolved};
use crate::host::CollectorHost;
use crate::log::Log;
use powa_core::abi::TD_Opaque;
use powa_core::ffi::DataSourceBox;
use powa_core::host::HostApi_TO;
use powa_core::loader::LoadedLibrary;
use powa_core::{FfiError, HostRef, Timestamp, Value};
use powa_host::cycle::{self, CycleHost, SourceState};
use powa_host::{Backoff, Operation, Report};
use std::collections::{BTreeMap, HashSet};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};
use tokio::sync::watch;

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
    /// The stat extensions to collect (None: every one installed).
    pub extensions: Option<Vec<String>>,
    /// Its password as the repository holds it: (the public key it was
    /// sealed to, the sealed text).
    pub sealed_password: Option<(String, String)>,
}

impl ServerConfig {
    fn conninfo(&self) -> Result<ConnInfo, String> {
        let mut info = ConnInfo::default();
        let mut set = |key: &str, value: String| info.set(key, value).map_err(|e| e.to_string());
        set("host", self.hostname.clone())?;
        set("port", self.port.to_string())?;
        set("user", self.username.clone())?;
        set("dbname", self.dbname.clone())?;
        // The server gives up on its side too (and frees what it holds) when
        // the collector's deadline would.
        let timeout_ms = time_limit(self.frequency).as_millis();
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
    /// Where they were loaded from (their entry points in powa_functions).
    pub libdir: std::path::PathBuf,
    pub settings: BTreeMap<String, String>,
    /// Opens the servers' sealed passwords (`[collector] password_key`).
    pub password_key: Option<powa_conninfo::sealed::PasswordKey>,
    pub log: Log,
    /// `host:pid`, written into the status rows.
    pub collector: String,
    /// Sources create their tables in `startup`: one server at a time, so
    /// two threads never race on the same `CREATE TABLE IF NOT EXISTS`.
    pub startup_lock: Mutex<()>,
    /// The state of each server, for WORKERS_STATUS and the stall monitor.
    pub status: Mutex<BTreeMap<i32, Status>>,
    /// Set on SIGTERM: every wait gives up.
    pub stop: watch::Receiver<bool>,
}

impl Shared {
    /// What the server threads share, for `config` with its loaded
    /// `libraries`; `collector` names this process in the status rows.
    pub fn new(
        config: &crate::config::Config,
        libraries: Vec<(String, LoadedLibrary)>,
        password_key: Option<powa_conninfo::sealed::PasswordKey>,
        collector: String,
        stop: watch::Receiver<bool>,
    ) -> Result<Self, powa_conninfo::ConnInfoError> {
        Ok(Self {
            repository: ConnInfo::parse(&config.repository)?,
            libraries,
            libdir: config.libdir.clone(),
            settings: config.settings.clone(),
            password_key,
            log: Log,
            collector,
            startup_lock: Mutex::new(()),
            status: Mutex::new(BTreeMap::new()),
            stop,
        })
    }
}

/// Loads the plugin `name` of `libdir`, which must provide a data source.
pub fn load_data_source(
    libdir: &std::path::Path,
    name: &powa_core::PluginName,
) -> Result<LoadedLibrary, String> {
    match powa_core::loader::load_library(libdir, name) {
        Ok(library) if library.module.new_data_source().is_some() => Ok(library),
        Ok(_) => Err(format!(
            "plugin \"{}\" provides no data source: powa-collector leaves it out",
            name.as_str()
        )),
        Err(error) => Err(error.to_string()),
    }
}

/// A new instance of the data source of `library` (loaded as `name`);
/// None when it provides none.
pub fn new_data_source(
    name: &str,
    library: &LoadedLibrary,
) -> Option<Result<DataSourceBox, String>> {
    let new = library.module.new_data_source()?;
    Some(
        new()
            .into_result()
            .map_err(|error| format!("{name}: cannot create the data source: {}", error.message)),
    )
}

#[derive(Debug, Clone)]
pub struct Status {
    pub state: String,
    pub last_snapshot: Option<String>,
    pub last_error: Option<String>,
    /// Since when the server's snapshots have been hitting their bounds.
    pub stalled_since: Option<SystemTime>,
    /// When the snapshot in progress began.
    pub running: Option<(Instant, SystemTime)>,
    pub frequency: Duration,
    /// Held while the server's status row is written: the stall monitor
    /// never overwrites the outcome of a snapshot that just ended.
    pub writing: Arc<Mutex<()>>,
}

impl Status {
    fn new(frequency: Duration) -> Self {
        Self {
            state: "starting".to_owned(),
            last_snapshot: None,
            last_error: None,
            stalled_since: None,
            running: None,
            frequency,
            writing: Arc::new(Mutex::new(())),
        }
    }
}

struct Source {
    name: String,
    object: DataSourceBox,
    started: bool,
    required_extensions: Vec<String>,
    /// Its failures in a row, counted in this server's snapshots.
    backoff: Backoff,
    /// It said it collects nothing for want of its extension.
    missing_reported: bool,
}

struct Monitored {
    connection: Connection,
    version_num: u32,
}

/// Where a snapshot failed as a whole, and whether a bound was hit.
enum Broken {
    Monitored { message: String, timeout: bool },
    Repository { message: String, timeout: bool },
    Stopping,
}

/// How long a server's snapshot may wait in all, and each of the
/// collector's other steps (connecting, a source's startup): the server's
/// frequency, never under [`MIN_LIMIT`].
pub fn time_limit(frequency: Duration) -> Duration {
    frequency.max(MIN_LIMIT)
}

/// The shortest limit: a first snapshot creates partitions and prepares
/// statements, more than a second's work on a busy repository.
const MIN_LIMIT: Duration = Duration::from_secs(2);

/// How soon the repository is tried again: it is one server, not N.
pub const REPOSITORY_RETRY: Duration = Duration::from_secs(1);

pub struct ServerWorker {
    config: ServerConfig,
    shared: Arc<Shared>,
    stop: Stop,
    sources: Vec<Source>,
    repository: Option<Connection>,
    monitored: Option<Monitored>,
    snapshots: u64,
    failures: u32,
    /// The repository's outage not recorded yet: since when, and why.
    unrecorded: Option<(SystemTime, String)>,
    status: Entry,
}

fn now() -> Timestamp {
    crate::convert::timestamp(SystemTime::now())
}

/// This thread's entry in `Shared::status`. After a RELOAD changed a
/// server, a newer thread has an entry of its own, which the older one,
/// still finishing, never touches.
#[derive(Clone)]
struct Entry {
    shared: Arc<Shared>,
    id: i32,
    writing: Arc<Mutex<()>>,
}

impl Entry {
    fn update<R>(&self, change: impl FnOnce(&mut Status) -> R) -> Option<R> {
        let mut status = self.shared.status.lock().expect("status lock");
        status
            .get_mut(&self.id)
            .filter(|entry| Arc::ptr_eq(&entry.writing, &self.writing))
            .map(change)
    }

    /// Held while this server's status row is written (see [`Status`]).
    fn writing(&self) -> MutexGuard<'_, ()> {
        self.writing.lock().expect("status write lock")
    }

    fn stalled_since(&self) -> Option<SystemTime> {
        self.update(|entry| entry.stalled_since).flatten()
    }
}

/// What one attempt came to, for the schedule.
enum Attempt {
    Done,
    /// A bound was hit: try again at the next scheduled time.
    Stalled(String),
    /// The repository failed: try again soon.
    Repository(String),
    /// The server refused or failed: back off.
    Failed(String),
    Stopping,
}

impl ServerWorker {
    pub fn new(config: ServerConfig, shared: Arc<Shared>, stop: watch::Receiver<bool>) -> Self {
        let writing = {
            let mut status = shared.status.lock().expect("status lock");
            let mut entry = Status::new(config.frequency);
            // What the server's previous thread (before a RELOAD) saw.
            if let Some(previous) = status.get(&config.id) {
                entry.last_snapshot = previous.last_snapshot.clone();
                entry.last_error = previous.last_error.clone();
                entry.stalled_since = previous.stalled_since;
            }
            let writing = Arc::clone(&entry.writing);
            status.insert(config.id, entry);
            writing
        };
        Self {
            stop: Stop::new(vec![shared.stop.clone(), stop]),
            sources: Vec::new(),
            repository: None,
            monitored: None,
            snapshots: 0,
            failures: 0,
            unrecorded: None,
            status: Entry {
                shared: Arc::clone(&shared),
                id: config.id,
                writing,
            },
            shared,
            config,
        }
    }

    fn limit(&self) -> Duration {
        time_limit(self.config.frequency)
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
            if self.stop.requested() {
                break;
            }
            let started = Instant::now();
            match self.attempt() {
                Attempt::Done => {
                    self.failures = 0;
                    next = started + self.config.frequency;
                }
                Attempt::Stalled(message) => {
                    self.failures = 0;
                    next = started + self.config.frequency;
                    self.shared.log.server(self.config.id, &message);
                }
                Attempt::Repository(message) => {
                    self.shared.log.server(
                        self.config.id,
                        &format!(
                            "{message}; next attempt in {} s",
                            REPOSITORY_RETRY.as_secs()
                        ),
                    );
                    next = Instant::now() + REPOSITORY_RETRY;
                }
                Attempt::Failed(message) => {
                    self.failures += 1;
                    // 2, 4, 8 ... seconds, at most a minute: a server that
                    // refuses the collector is not hammered at its frequency.
                    let backoff =
                        Duration::from_secs(1 << self.failures.min(6)).min(Duration::from_secs(60));
                    self.shared.log.server(
                        self.config.id,
                        &format!("{message}; next attempt in {} s", backoff.as_secs()),
                    );
                    next = Instant::now() + backoff;
                }
                Attempt::Stopping => break,
            }
        }
        // Dropping the connections rolls back what a snapshot had begun.
        self.monitored = None;
        self.repository = None;
        self.shared.log.server(self.config.id, "stopped");
        self.status.update(|entry| {
            entry.state = "stopped".to_owned();
            entry.running = None;
        });
    }

    /// One scheduled attempt: connect where needed, start the sources,
    /// take a snapshot.
    fn attempt(&mut self) -> Attempt {
        let started = (Instant::now(), SystemTime::now());
        self.set_running(Some(started));
        let outcome = self.attempt_inner(started);
        self.set_running(None);
        outcome
    }

    fn set_running(&self, running: Option<(Instant, SystemTime)>) {
        self.status.update(|entry| entry.running = running);
    }

    fn attempt_inner(&mut self, started: (Instant, SystemTime)) -> Attempt {
        if let Err(message) = self.connect_repository() {
            return if self.stop.requested() {
                Attempt::Stopping
            } else {
                Attempt::Repository(message)
            };
        }
        if let Err((message, timeout)) = self.connect_monitored() {
            if self.stop.requested() {
                return Attempt::Stopping;
            }
            let state = if timeout { "stalled" } else { "error" };
            self.record_failure(state, started, &message, None);
            return if timeout {
                Attempt::Stalled(message)
            } else {
                Attempt::Failed(message)
            };
        }
        self.start_sources();
        // The snapshot proper: its time, duration and deadline start here
        // (connecting and starting sources have bounds of their own).
        let attempt = started;
        let started = (Instant::now(), SystemTime::now());
        let time = crate::convert::timestamp(started.1);
        self.snapshots += 1;
        let maintain = self
            .snapshots
            .is_multiple_of(u64::from(self.config.coalesce));
        let deadline = Deadline::after(
            self.limit(),
            format!("snapshot of server {}", self.config.name()),
        );
        let (Some(repository), Some(monitored)) =
            (self.repository.as_mut(), self.monitored.as_mut())
        else {
            return Attempt::Repository("the repository connection is gone".to_owned());
        };
        repository.set_deadline(Some(deadline.clone()));
        monitored.connection.set_deadline(Some(deadline));
        let outcome = run_snapshot(
            repository,
            monitored,
            &mut self.sources,
            &self.shared,
            &self.config,
            time,
            (self.snapshots, maintain),
            started.0,
            &self.status,
            &self.stop,
        );
        repository.set_deadline(None);
        monitored.connection.set_deadline(None);
        match outcome {
            Ok(committed) => {
                let ts = format_time(time);
                self.shared.log.debug(&format!(
                    "server {}: snapshot {ts} in {:.1} ms, {} source(s) failed{}",
                    self.config.id,
                    started.0.elapsed().as_secs_f64() * 1000.0,
                    committed.failed,
                    if committed.stalled {
                        ", bounds hit"
                    } else {
                        ""
                    }
                ));
                if committed.stalled {
                    Attempt::Stalled(format!(
                        "snapshot {ts} hit a time limit: {}",
                        committed.last_error.unwrap_or_default()
                    ))
                } else {
                    Attempt::Done
                }
            }
            Err(Broken::Stopping) => Attempt::Stopping,
            Err(Broken::Monitored { message, timeout }) => {
                self.monitored = None;
                let state = if timeout { "stalled" } else { "error" };
                let ran = self.sources.iter().filter(|s| s.started).count();
                self.record_failure(state, started, &message, Some((time, ran)));
                if timeout {
                    Attempt::Stalled(message)
                } else {
                    Attempt::Failed(message)
                }
            }
            Err(Broken::Repository {
                message,
                timeout: true,
            }) => {
                // The repository answers no more within the deadline: the
                // snapshot is given up like one the server did not answer,
                // and recorded on a new connection.
                self.repository = None;
                let ran = self.sources.iter().filter(|s| s.started).count();
                if self.connect_repository().is_ok() {
                    self.record_failure("stalled", started, &message, Some((time, ran)));
                }
                Attempt::Stalled(message)
            }
            Err(Broken::Repository {
                message,
                timeout: false,
            }) => {
                self.repository = None;
                self.unrecorded.get_or_insert((attempt.1, message.clone()));
                Attempt::Repository(message)
            }
        }
    }

    /// Connects to the repository if not connected; records a past outage
    /// there once it answers again.
    fn connect_repository(&mut self) -> Result<(), String> {
        if self.repository.as_ref().is_some_and(|c| !c.is_closed()) {
            return Ok(());
        }
        self.repository = None;
        let connected = self
            .shared
            .repository
            .clone()
            .resolve(&ProcessEnvironment)
            .map_err(|e| format!("repository: {e}"))
            .and_then(|repository| {
                repository_connection(&repository, self.limit(), self.stop.clone()).map_err(|e| {
                    format!(
                        "cannot connect to the repository {}: {e}",
                        repository.describe()
                    )
                })
            });
        match connected {
            Ok(connection) => self.repository = Some(connection),
            Err(message) => {
                self.unrecorded
                    .get_or_insert((SystemTime::now(), message.clone()));
                return Err(message);
            }
        }
        if let Some((since, error)) = self.unrecorded.take() {
            let message = format!(
                "the repository could not be reached from {} to {}: {error}",
                crate::log::clock(since),
                crate::log::clock(SystemTime::now())
            );
            self.shared.log.server(self.config.id, &message);
            let stalled_since = self.status.stalled_since();
            let state = if stalled_since.is_some() {
                "stalled"
            } else {
                "error"
            };
            self.status
                .update(|entry| entry.last_error = Some(message.clone()));
            if !self.write_status(state, Some(&message), stalled_since, false) {
                self.unrecorded = Some((since, error));
            }
        }
        Ok(())
    }

    /// The password registered in the repository, opened with the
    /// collector's key, when libpq's rules (the connection parameters, the
    /// service file, PGPASSWORD, the password file) found none.
    fn with_registered_password(&self, mut resolved: Resolved) -> Result<Resolved, String> {
        let Some((sealed_for, sealed)) = &self.config.sealed_password else {
            return Ok(resolved);
        };
        if resolved.password.is_some() {
            return Ok(resolved);
        }
        let key = self.shared.password_key.as_ref().ok_or_else(|| {
            "its password is registered in the repository, sealed for the collectors, \
             and this collector has no key to open it: set password_key under [collector] \
             (the file powa-collector keygen wrote)"
                .to_owned()
        })?;
        resolved.password = Some(
            key.open(sealed_for, sealed)
                .map_err(|e| format!("its registered password: {e}"))?,
        );
        Ok(resolved)
    }

    /// Connects to the monitored server if not connected: Err((message,
    /// whether it did not answer in time)).
    fn connect_monitored(&mut self) -> Result<(), (String, bool)> {
        if self
            .monitored
            .as_ref()
            .is_some_and(|m| !m.connection.is_closed())
        {
            return Ok(());
        }
        self.monitored = None;
        let limit = self.limit();
        let monitored = self
            .config
            .conninfo()
            .and_then(|info| info.resolve(&ProcessEnvironment).map_err(|e| e.to_string()))
            .and_then(|resolved| self.with_registered_password(resolved))
            .map_err(|message| (format!("server {}: {message}", self.config.name()), false))?;
        let fail = |error: ClientError| {
            (
                format!("cannot connect to {}: {error}", monitored.describe()),
                error.is_timeout(),
            )
        };
        let mut connection =
            Connection::connect(&monitored, "the server", limit, self.stop.clone())
                .map_err(fail)?;
        let version_num = connection
            .run(
                "SELECT current_setting('server_version_num')::integer AS v",
                &[],
            )
            .map_err(fail)
            .and_then(|r| {
                r.one()
                    .and_then(|row| row.get::<i32>("v"))
                    .map_err(|e| (e.to_string(), false))
            })? as u32;
        self.shared.log.server(
            self.config.id,
            &format!(
                "connected to {} (server_version_num {version_num})",
                monitored.describe()
            ),
        );
        self.monitored = Some(Monitored {
            connection,
            version_num,
        });
        Ok(())
    }

    /// Records a failed attempt: the server's status, and for a snapshot
    /// that had begun (`snapshot`: its time and sources) its row in
    /// `powa_snapshots`, failed with the reason.
    fn record_failure(
        &mut self,
        state: &str,
        started: (Instant, SystemTime),
        message: &str,
        snapshot: Option<(Timestamp, usize)>,
    ) {
        let stalled_since =
            (state == "stalled").then(|| self.status.stalled_since().unwrap_or(started.1));
        self.status.update(|entry| {
            entry.state = state.to_owned();
            entry.last_error = Some(message.to_owned());
            entry.stalled_since = stalled_since;
        });
        // A snapshot that broke may have left its transaction open.
        self.write_status(state, Some(message), stalled_since, snapshot.is_some());
        let Some((time, sources)) = snapshot else {
            return;
        };
        let Some(repository) = self.repository.as_mut() else {
            return;
        };
        let mut report = Report {
            sources: sources as i32,
            ..Report::default()
        };
        report.failed(None, "snapshot", message);
        let duration_ms = started.0.elapsed().as_secs_f64() * 1000.0;
        let result = powa_host::record(repository, self.config.id, time, &report, duration_ms);
        if let Err(e) = result {
            self.shared.log.server(
                self.config.id,
                &format!("cannot record the failed snapshot: {e}"),
            );
        }
    }

    /// Writes the server's status row on its own (outside a snapshot),
    /// first rolling back a snapshot's transaction if `rollback`; whether
    /// it was written.
    fn write_status(
        &mut self,
        state: &str,
        error: Option<&str>,
        stalled_since: Option<SystemTime>,
        rollback: bool,
    ) -> bool {
        let Some(repository) = self.repository.as_mut() else {
            return false;
        };
        if rollback && repository.batch("ROLLBACK").is_err() {
            self.repository = None;
            return false;
        }
        let _writing = self.status.writing();
        // The attempt is over: the stall monitor, which checks this under
        // the write lock, no longer writes over what follows.
        self.status.update(|entry| entry.running = None);
        let result = repository.run(
            STATUS_SQL,
            &status_params(
                &self.shared,
                &self.config,
                state,
                None,
                error,
                stalled_since,
            ),
        );
        match result {
            Ok(_) => true,
            Err(e) => {
                self.shared
                    .log
                    .server(self.config.id, &format!("cannot record the status: {e}"));
                false
            }
        }
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
                let Some(created) = new_data_source(name, library) else {
                    continue;
                };
                match created {
                    Ok(object) => self.sources.push(Source {
                        name: name.clone(),
                        object,
                        started: false,
                        required_extensions: Vec::new(),
                        backoff: Backoff::default(),
                        missing_reported: false,
                    }),
                    Err(message) => self.shared.log.server(self.config.id, &message),
                }
            }
        }
        let limit = self.limit();
        let (Some(repository), Some(monitored)) =
            (self.repository.as_mut(), self.monitored.as_mut())
        else {
            return;
        };
        let cycle = self.snapshots;
        for source in self
            .sources
            .iter_mut()
            .filter(|s| !s.started && s.backoff.may_run(cycle))
        {
            let deadline = Deadline::after(
                limit,
                format!("startup of {} for server {}", source.name, self.config.id),
            );
            // Another server's startup may be waiting on its own server:
            // this one waits for it no longer than its own deadline.
            let serialized = loop {
                match self.shared.startup_lock.try_lock() {
                    Ok(guard) => break Some(guard),
                    Err(std::sync::TryLockError::Poisoned(poisoned)) => {
                        break Some(poisoned.into_inner())
                    }
                    Err(std::sync::TryLockError::WouldBlock) => {}
                }
                if Instant::now() >= deadline.at || self.stop.requested() {
                    break None;
                }
                std::thread::sleep(Duration::from_millis(10));
            };
            if serialized.is_none() {
                self.shared.log.server(
                    self.config.id,
                    &format!(
                        "{}: startup waited {} s for other servers' startups; retried at the next snapshot",
                        source.name,
                        crate::client::seconds(limit)
                    ),
                );
                continue;
            }
            repository.set_deadline(Some(deadline.clone()));
            monitored.connection.set_deadline(Some(deadline));
            let outcome = in_transaction(repository, |repository| {
                // Creating tables and partitions locks the parent tables
                // other servers' snapshots write to: give up (and retry at
                // the next snapshot) before the deadlock detector would pick
                // a victim among those snapshots.
                repository
                    .batch("SET LOCAL lock_timeout = '500ms'")
                    .map_err(|e| e.to_string())?;
                let mut host = CollectorHost::new(
                    &source.name,
                    self.config.id,
                    &mut monitored.connection,
                    repository,
                    &self.shared,
                    monitored.version_num,
                    now(),
                );
                let result = call(&mut host, |api| source.object.startup(api));
                source.required_extensions = host.required_extensions;
                result
            });
            repository.set_deadline(None);
            monitored.connection.set_deadline(None);
            match outcome {
                Ok(()) => {
                    source.started = true;
                    source.backoff.succeeded();
                }
                Err(message) => {
                    source.backoff.failed(cycle);
                    self.shared.log.server(
                        self.config.id,
                        &format!("{}: startup failed: {message}", source.name),
                    );
                    // In powa_plugin_errors, as the worker's; the startup's
                    // transaction is gone, so on its own.
                    if let Err(error) = powa_host::record_failure(
                        repository,
                        self.config.id,
                        &source.name,
                        "startup",
                        &message,
                    ) {
                        self.shared.log.server(
                            self.config.id,
                            &format!("cannot record the failure of {}: {error}", source.name),
                        );
                    }
                }
            }
        }
    }
}

fn format_time(time: Timestamp) -> String {
    let seconds = time.unix_micros.div_euclid(1_000_000);
    format!("@{seconds}")
}

/// Calls a plugin with `host` as its host API.
pub(crate) fn call(
    host: &mut CollectorHost<'_>,
    operation: impl FnOnce(HostRef<'_>) -> powa_core::abi::RResult<(), FfiError>,
) -> Result<(), String> {
    let api = HostApi_TO::from_ptr(host, TD_Opaque);
    operation(api)
        .into_result()
        .map_err(|error| error.message.into_string())
}

/// Opens a repository transaction in which plugins run as
/// powa_write_all_data (`schema::WRITER_ROLE`), whatever role the collector
/// connected as (a member, checked at start): what plugins make belongs to
/// that role, with the default privileges the extension gives readers, so
/// any collector or the worker can migrate it later; and no plugin
/// statement, nor a trigger on a table a member of that role owns, runs
/// with more rights than it. (The worker does the same for each plugin
/// call, `AsWriter`.)
fn begin_as_writer(repository: &mut Connection) -> Result<(), ClientError> {
    let begin = format!("BEGIN; SET LOCAL ROLE {}", powa_core::schema::WRITER_ROLE);
    repository.batch(&begin).inspect_err(|_| {
        // The failed SET left the transaction aborted.
        let _ = repository.batch("ROLLBACK");
    })
}

/// Runs `work` in a repository transaction, committed if it succeeds.
pub(crate) fn in_transaction(
    repository: &mut Connection,
    work: impl FnOnce(&mut Connection) -> Result<(), String>,
) -> Result<(), String> {
    begin_as_writer(repository).map_err(|e| e.to_string())?;
    match work(repository) {
        Ok(()) => repository.batch("COMMIT").map_err(|e| e.to_string()),
        Err(message) => {
            let _ = repository.batch("ROLLBACK");
            Err(message)
        }
    }
}

const STATUS_SQL: &str = "
    INSERT INTO powa_server_status AS s
        (srvid, collector, state, last_snapshot, last_duration_ms, last_error, last_error_at,
         stalled_since, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6::text IS NULL THEN NULL ELSE now() END, $7, now())
    ON CONFLICT (srvid) DO UPDATE SET
        collector = excluded.collector,
        state = excluded.state,
        last_snapshot = coalesce(excluded.last_snapshot, s.last_snapshot),
        last_duration_ms = coalesce(excluded.last_duration_ms, s.last_duration_ms),
        last_error = CASE WHEN excluded.state = 'error' OR excluded.last_error IS NOT NULL
                          THEN excluded.last_error ELSE s.last_error END,
        last_error_at = coalesce(excluded.last_error_at, s.last_error_at),
        stalled_since = excluded.stalled_since,
        updated_at = now()";

fn status_params(
    shared: &Shared,
    config: &ServerConfig,
    state: &str,
    snapshot: Option<(Timestamp, f64)>,
    error: Option<&str>,
    stalled_since: Option<SystemTime>,
) -> Vec<Value> {
    vec![
        Value::Int4(config.id),
        Value::Text(shared.collector.as_str().into()),
        Value::Text(state.into()),
        snapshot.map_or(Value::Null, |(ts, _)| Value::TimestampTz(ts)),
        snapshot.map_or(Value::Null, |(_, ms)| Value::Float8(ms)),
        error.map_or(Value::Null, |e| Value::Text(e.into())),
        stalled_since.map_or(Value::Null, |since| {
            Value::TimestampTz(crate::convert::timestamp(since))
        }),
    ]
}

/// The stall monitor's write: `stalled` for a server whose snapshot
/// (begun at `running`) is running longer than its frequency, unless that
/// snapshot has ended meanwhile.
pub fn record_stall(
    repository: &mut Connection,
    shared: &Shared,
    srvid: i32,
    running: Instant,
    since: SystemTime,
) -> Result<(), ClientError> {
    let writing = {
        let status = shared.status.lock().expect("status lock");
        match status.get(&srvid) {
            Some(entry) if entry.running.map(|r| r.0) == Some(running) => {
                Arc::clone(&entry.writing)
            }
            _ => return Ok(()),
        }
    };
    // The snapshot may be writing its own outcome right now: then that
    // outcome stands (and the snapshot's wait is not lengthened by ours).
    let Ok(_writing) = writing.try_lock() else {
        return Ok(());
    };
    // Checked again under the write lock: the snapshot's own status
    // (written under it) wins.
    let still_running = shared
        .status
        .lock()
        .expect("status lock")
        .get(&srvid)
        .is_some_and(|entry| entry.running.map(|r| r.0) == Some(running));
    if !still_running {
        return Ok(());
    }
    repository.run(
        "INSERT INTO powa_server_status AS s (srvid, collector, state, stalled_since, updated_at)
         VALUES ($1, $2, 'stalled', $3, now())
         ON CONFLICT (srvid) DO UPDATE SET
             collector = excluded.collector,
             state = 'stalled',
             stalled_since = coalesce(s.stalled_since, excluded.stalled_since),
             updated_at = now()",
        &[
            Value::Int4(srvid),
            Value::Text(shared.collector.as_str().into()),
            Value::TimestampTz(crate::convert::timestamp(since)),
        ],
    )?;
    Ok(())
}

/// A snapshot's committed outcome.
struct Committed {
    failed: usize,
    /// A source hit a bound (the server's or the repository's).
    stalled: bool,
    last_error: Option<String>,
}

fn broken_repository(e: ClientError) -> Broken {
    match e {
        ClientError::Stopping => Broken::Stopping,
        ClientError::NoAnswer(message) => Broken::Repository {
            message,
            timeout: true,
        },
        e => Broken::Repository {
            timeout: matches!(e, ClientError::Dropped(_)),
            message: format!("repository: {e}"),
        },
    }
}

/// The catalog's and records' statements failed: the repository's fault.
fn broken_catalog(e: powa_host::RepositoryError) -> Broken {
    Broken::Repository {
        timeout: false,
        message: format!("repository: {e}"),
    }
}

impl powa_host::Repository for Connection {
    fn run(
        &mut self,
        sql: &str,
        params: &[Value],
    ) -> Result<powa_core::QueryResult, powa_host::RepositoryError> {
        Connection::run(self, sql, params).map_err(|e| powa_host::RepositoryError(e.to_string()))
    }
}

/// A snapshot's context, as the shared cycle (`powa_host::cycle`) reaches
/// it: the registrations, the plan and each source's operations are the
/// worker's code; calling a source (in a savepoint, with the server's
/// deadline) and reporting its failure are the collector's.
struct SnapshotCycle<'a> {
    session: Session<'a>,
    sources: &'a mut [Source],
}

/// What every step of a snapshot reaches, apart from its sources.
struct Session<'a> {
    repository: &'a mut Connection,
    monitored: &'a mut Monitored,
    shared: &'a Shared,
    config: &'a ServerConfig,
    time: Timestamp,
    stop: &'a Stop,
}

impl Session<'_> {
    /// Unregisters `module` for the server: its `unregister` (when there is
    /// an instance to call), then its rows; logged with `why`.
    fn unregister_module(
        &mut self,
        module: &str,
        object: Option<&mut DataSourceBox>,
        why: &str,
    ) -> Result<(), Broken> {
        if let Some(object) = object {
            let called = self.call_in_savepoint(module, |api| object.unregister(api))?;
            if let Err(message) = called {
                self.shared.log.server(
                    self.config.id,
                    &format!("{module}: unregister failed: {message}"),
                );
            }
        }
        powa_host::forget(&mut *self.repository, self.config.id, module)?;
        self.shared
            .log
            .server(self.config.id, &format!("{module}: unregistered: {why}"));
        Ok(())
    }

    /// One operation of a source (`name`) in a savepoint of the snapshot's
    /// transaction: `Ok(Err(message))` when it failed (rolled back, the
    /// snapshot goes on), `Err` when a connection broke or the collector stops.
    fn call_in_savepoint(
        &mut self,
        name: &str,
        operation: impl FnOnce(HostRef<'_>) -> powa_core::abi::RResult<(), FfiError>,
    ) -> Result<Result<(), String>, Broken> {
        let (repository, monitored, shared, config, time, stop) = (
            &mut *self.repository,
            &mut *self.monitored,
            self.shared,
            self.config,
            self.time,
            self.stop,
        );
        repository
            .batch("SAVEPOINT powa_source")
            .map_err(broken_repository)?;
        let mut host = CollectorHost::new(
            name,
            config.id,
            &mut monitored.connection,
            repository,
            shared,
            monitored.version_num,
            time,
        );
        let result = call(&mut host, operation);
        if stop.requested() {
            return Err(Broken::Stopping);
        }
        // (The caller records the failure; dropping the repository
        // connection rolls this transaction back.)
        if monitored.connection.is_closed() {
            let message = result.err().unwrap_or_default();
            let timeout = monitored.connection.take_timeouts() > 0;
            return Err(Broken::Monitored {
                message: if timeout {
                    message
                        .trim_start_matches("on the monitored server: ")
                        .to_owned()
                } else {
                    format!("lost the connection to {}: {message}", config.name())
                },
                timeout,
            });
        }
        if repository.is_closed() {
            return Err(Broken::Repository {
                timeout: repository.take_timeouts() > 0,
                message: format!("lost the repository: {}", result.err().unwrap_or_default()),
            });
        }
        match &result {
            Ok(()) => repository
                .batch("RELEASE SAVEPOINT powa_source")
                .map_err(broken_repository)?,
            Err(_) => repository
                .batch("ROLLBACK TO SAVEPOINT powa_source; RELEASE SAVEPOINT powa_source")
                .map_err(broken_repository)?,
        }
        Ok(result)
    }
}

impl From<powa_host::RepositoryError> for Broken {
    fn from(error: powa_host::RepositoryError) -> Self {
        broken_catalog(error)
    }
}

impl CycleHost for SnapshotCycle<'_> {
    type Error = Broken;

    fn server(&self) -> i32 {
        self.session.config.id
    }

    fn repository(&mut self) -> &mut dyn powa_host::Repository {
        &mut *self.session.repository
    }

    fn sources(&self) -> Vec<SourceState> {
        self.sources
            .iter()
            .map(|source| SourceState {
                name: source.name.clone(),
                started: source.started,
                extensions: source.required_extensions.clone(),
                samples: false,
                library: self
                    .session
                    .shared
                    .libdir
                    .join(format!("{}.so", source.name))
                    .display()
                    .to_string(),
                missing_reported: source.missing_reported,
            })
            .collect()
    }

    fn set_missing_reported(&mut self, index: usize, reported: bool) {
        self.sources[index].missing_reported = reported;
    }

    fn log(&mut self, message: &str) {
        self.session
            .shared
            .log
            .server(self.session.config.id, message);
    }

    fn unregister(&mut self, index: usize, why: &str) -> Result<(), Broken> {
        let source = &mut self.sources[index];
        self.session
            .unregister_module(&source.name, Some(&mut source.object), why)
    }

    fn unregister_departed(&mut self, module: &str) -> Result<(), Broken> {
        // Its unregister, when this collector still has its library.
        let mut object = self
            .session
            .shared
            .libraries
            .iter()
            .find(|(name, _)| name == module)
            .and_then(|(_, library)| library.module.new_data_source())
            .and_then(|new| new().into_result().ok());
        self.session.unregister_module(
            module,
            object.as_mut(),
            "not collected for this server any more",
        )
    }

    fn may_run(&self, index: usize, cycle: u64) -> bool {
        self.sources[index].backoff.may_run(cycle)
    }

    fn call(
        &mut self,
        index: usize,
        cycle: u64,
        operation: Operation,
    ) -> Result<Result<(), String>, Broken> {
        let source = &mut self.sources[index];
        let object = &mut source.object;
        let result = self
            .session
            .call_in_savepoint(&source.name, |api| operation.call(object, api))?;
        match &result {
            Ok(()) => source.backoff.succeeded(),
            Err(message) => {
                source.backoff.failed(cycle);
                self.session.shared.log.server(
                    self.session.config.id,
                    &format!("{}: {} failed: {message}", source.name, operation.name()),
                );
                powa_host::record_failure(
                    self.session.repository,
                    self.session.config.id,
                    &source.name,
                    operation.name(),
                    message,
                )?;
            }
        }
        Ok(result)
    }
}

/// One snapshot of every started source, in one repository transaction:
/// the registered ones in ascending priority, each enabled operation in a
/// savepoint; a source's failed operation ends its turn (a failed snapshot
/// is neither aggregated nor purged) and backs it off (`cycle`: this
/// server's snapshot count), as in the worker (`powa_host`).
#[allow(clippy::too_many_arguments)]
fn run_snapshot(
    repository: &mut Connection,
    monitored: &mut Monitored,
    sources: &mut [Source],
    shared: &Shared,
    config: &ServerConfig,
    time: Timestamp,
    (cycle, maintain): (u64, bool),
    started: Instant,
    status: &Entry,
    stop: &Stop,
) -> Result<Committed, Broken> {
    let broken_monitored = |e: ClientError| match e {
        ClientError::Stopping => Broken::Stopping,
        e => Broken::Monitored {
            timeout: e.is_timeout(),
            message: match e {
                ClientError::NoAnswer(message) => message,
                e => format!("lost {}: {e}", config.name()),
            },
        },
    };
    let operations = Operation::of_cycle(maintain, config.retention_seconds);
    repository.take_timeouts();
    monitored.connection.take_timeouts();
    // Sources whose extension is missing on the server sit this one out.
    let needs_extensions = sources.iter().any(|s| !s.required_extensions.is_empty());
    let installed: Vec<String> = if !needs_extensions {
        Vec::new()
    } else {
        let rows = monitored
            .connection
            .run("SELECT extname::text AS name FROM pg_extension", &[])
            .map_err(broken_monitored)?;
        rows.rows()
            .filter_map(|r| r.get::<String>("name").ok())
            .collect()
    };
    begin_as_writer(repository).map_err(broken_repository)?;
    // A server registered with its stat extensions has only those (and
    // pg_stat_statements, which PoWA always collects) collected.
    let installed: HashSet<String> = installed
        .into_iter()
        .filter(|extension| {
            config.extensions.as_ref().is_none_or(|wanted| {
                extension == "pg_stat_statements" || wanted.contains(extension)
            })
        })
        .collect();
    let mut report = Report::default();
    let mut context = SnapshotCycle {
        session: Session {
            repository: &mut *repository,
            monitored: &mut *monitored,
            shared,
            config,
            time,
            stop,
        },
        sources,
    };
    for planned in cycle::reconcile(&mut context, &installed)? {
        cycle::run_source(&mut context, &planned, cycle, &operations, &mut report)?;
    }
    if maintain {
        powa_host::purge_snapshots(repository, config.id, time, config.retention_seconds)
            .map_err(broken_catalog)?;
    }
    let stalled = repository.take_timeouts() + monitored.connection.take_timeouts() > 0;
    let duration_ms = started.elapsed().as_secs_f64() * 1000.0;
    powa_host::record(repository, config.id, time, &report, duration_ms).map_err(broken_catalog)?;
    let failed = report.failed_sources();
    let last_error = report.errors.last().map(|e| {
        format!(
            "{}: {}: {}",
            e.module.as_deref().unwrap_or_default(),
            e.operation,
            e.message
        )
    });
    let (state, stalled_since) = if stalled {
        let since = status
            .stalled_since()
            .unwrap_or_else(|| SystemTime::now() - started.elapsed());
        ("stalled", Some(since))
    } else if failed > 0 {
        ("source errors", None)
    } else {
        ("ok", None)
    };
    // The status row and the COMMIT under the write lock: the stall
    // monitor, which checks under it that this snapshot still runs, never
    // writes over its outcome (nor waits on the row this one locks).
    let _writing = status.writing();
    repository
        .run(
            STATUS_SQL,
            &status_params(
                shared,
                config,
                state,
                Some((time, duration_ms)),
                last_error.as_deref(),
                stalled_since,
            ),
        )
        .map_err(broken_repository)?;
    repository.batch("COMMIT").map_err(broken_repository)?;
    status.update(|entry| {
        entry.running = None;
        entry.last_snapshot = Some(format_time(time));
        entry.state = state.to_owned();
        entry.stalled_since = stalled_since;
        if let Some(error) = &last_error {
            entry.last_error = Some(error.clone());
        }
    });
    Ok(Committed {
        failed: failed as usize,
        stalled,
        last_error,
    })
}
