//! powa-collector: powa's remote mode, run as its own OS process.
//!
//! It loads the data-source plugins named in its configuration file (the
//! very libraries the powa worker loads), reads the servers registered in
//! the repository (`powa_servers`) and collects each in a thread of its
//! own. It LISTENs on the repository's `powa_collector` channel for
//! commands; SIGHUP reloads, SIGTERM and SIGINT stop it cleanly.

mod client;
mod config;
use powa_conninfo as conninfo;
mod convert;
mod host;
mod import;
mod log;
mod server;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use client::{repository_connection, Connection, Stop};
use config::Config;
use conninfo::{ConnInfo, ProcessEnvironment};
use server::{Command, ServerConfig, ServerWorker, Shared, REPOSITORY_RETRY};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};
use tokio::sync::watch;

/// The bound of each of the control connection's statements (reading the
/// servers, answering WORKERS_STATUS, writing a stall).
const CONTROL_LIMIT: Duration = Duration::from_secs(5);

/// How long SIGTERM waits for the server threads: stuck ones are then
/// abandoned (the process exits, their transactions roll back).
const STOP_WAIT: Duration = Duration::from_secs(4);

/// What `--help` adds after the flags.
const DETAILS: &str = "\
CONFIGURATION FILE (TOML; powa-web reads the [web] table of the same file):
    [collector]
    repository = \"host=/run/postgresql dbname=powa\"   libpq key=value form
    libdir     = \"/usr/lib/postgresql/18/lib\"         where the plugins are
    plugins    = [\"powa_stat_statements\", \"powa_stat_database\"]
    debug      = false                                true: log every snapshot
    password_key = \"/etc/powa/collector.key\"          opens registered passwords
    log_format = \"text\"                               or \"json\": a JSON object per line
    [collector.settings]
    \"powa.ignored_users\" = \"...\"                      any <plugin>.<setting>
A key unknown in either table is refused by name.

ROLES: no superuser is needed. On the repository, a role in
powa_write_all_data (the collector makes the plugins' tables as that role);
on each monitored server, a role in pg_monitor (or pg_read_all_stats).

PASSWORDS are never read from the configuration file: as with libpq they
come from the password file (PGPASSFILE or ~/.pgpass), the service file
(service=NAME; PGSERVICEFILE or ~/.pg_service.conf) or PGPASSWORD. A
monitored server's password may also be registered in the repository
(powa_register_server(..., password => '...')): it is stored sealed to the
collectors' public key and used when those rules find none; the private key
is the file named by password_key under [collector]:
    powa-collector keygen --output /etc/powa/collector.key
    psql <repository> -c \"SELECT powa_set_collector_key('<printed key>')\"
Passwords are never logged.

COMMANDS ON THE REPOSITORY (NOTIFY powa_collector, '<command>'):
    RELOAD                  read powa_servers again (powa_register_server and
                            the other functions send it)
    FORCE_SNAPSHOT <srvid>  take a snapshot of that server now
    WORKERS_STATUS [chan]   answer with a JSON object of every server's state
                            on channel chan (default powa_collector_status)
Each server's state, last snapshot and last error are also in powa_servers.

LIMITS: every wait is bounded by the server's frequency (at least 2 s): a
snapshot that passes it is cancelled, rolled back and recorded as failed
with the reason; the server shows `stalled` (with stalled_since) as soon as
a snapshot runs longer than its frequency. Repository sessions run with
statement_timeout = that limit and lock_timeout = half of it. The
repository is retried every second; its outage is recorded in each
server's last_error once it is back. SIGTERM and SIGINT stop within 5 s,
abandoning stuck snapshots (their transactions roll back).
";

/// powa's remote-mode collector: collects the servers registered in a
/// repository database (powa_register_server) with the data-source plugins
/// the powa worker loads.
#[derive(Debug, Parser)]
#[command(name = "powa-collector", version, after_help = DETAILS)]
struct Cli {
    /// powa's configuration file (its [collector] table); needed by every
    /// command but keygen.
    #[arg(short, long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Log lines as text or JSON objects (overrides the file's log_format).
    #[arg(long, value_name = "FORMAT", value_parser = ["text", "json"])]
    log_format: Option<String>,
    #[command(subcommand)]
    command: Option<Action>,
}

#[derive(Debug, Clone, Subcommand)]
enum Action {
    /// (the default) Collect every active registered server, one thread per
    /// server, until SIGTERM or SIGINT (within 5 s); SIGHUP reloads the
    /// servers.
    Run,
    /// Connect to the repository, report its PostgreSQL version and the
    /// powa extension's, load the plugins.
    Check,
    /// Write a new key for the passwords registered in the repository
    /// (readable by its owner only) and print its public key, for
    /// `SELECT powa_set_collector_key('...')` on the repository.
    Keygen {
        /// The key file to write (it must not exist).
        #[arg(long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Copy the history of a PoWA 4.1 repository (its servers, database
    /// names, statements, pg_stat_kcache, pg_qualstats and pg_wait_sampling
    /// histories) into the repository, each PoWA snapshot taken by the
    /// plugins at PoWA's time; PoWA's repository is only read. Running it
    /// again adds only what is new.
    Import {
        /// PoWA's repository database, as a libpq connection string
        /// (`host=... dbname=powa`); its role needs CREATE on that database
        /// (for a schema rolled back at the end).
        #[arg(long, value_name = "CONNINFO")]
        from: String,
        /// The repository's server that PoWA's local server (id 0) is.
        #[arg(long, value_name = "ID", default_value_t = 0)]
        local_server: i32,
        /// The bound of each statement on either database, in seconds.
        #[arg(long, value_name = "SECONDS", default_value_t = 600)]
        statement_limit: u64,
    },
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    let command = cli.command.unwrap_or(Action::Run);
    if let Action::Keygen { output } = &command {
        return keygen(output);
    }
    let Some(config_path) = cli.config else {
        bail!("--config FILE is required (powa's configuration file, its [collector] table)");
    };
    let mut config = Config::load(&config_path)?;
    match cli.log_format.as_deref() {
        Some("json") => config.log_format = powa_config::LogFormat::Json,
        Some(_) => config.log_format = powa_config::LogFormat::Text,
        None => {}
    }
    log::init(config.log_format, config.debug);
    match command {
        Action::Run => run(config_path, config),
        Action::Check => check(&config),
        Action::Import {
            from,
            local_server,
            statement_limit,
        } => import::import(
            &config,
            &import::Options {
                from,
                local_server,
                limit: Duration::from_secs(statement_limit.max(1)),
            },
        ),
        Action::Keygen { .. } => unreachable!("handled above"),
    }
}

/// Writes a new password key to `output` (mode 0600, never over an
/// existing file) and prints how to give its public key to the repository.
fn keygen(output: &std::path::Path) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let key = conninfo::sealed::PasswordKey::generate();
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(output)
        .with_context(|| format!("cannot create the key file {}", output.display()))?;
    file.write_all(key.to_file_text().as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("writing {}", output.display()))?;
    println!("{}", key.public_hex());
    eprintln!(
        "wrote {}: set password_key = \"{}\" under [collector], and on the repository run\n  SELECT powa_set_collector_key('{}');",
        output.display(),
        output.display(),
        key.public_hex()
    );
    Ok(())
}

/// A bounded session on the repository (see `client::repository_connection`).
fn repository_client(config: &Config, stop: Stop) -> Result<Connection> {
    let resolved = ConnInfo::parse(&config.repository)
        .context("the `repository` connection string")?
        .resolve(&ProcessEnvironment)?;
    repository_connection(&resolved, CONTROL_LIMIT, stop).map_err(|e| {
        anyhow::anyhow!(
            "cannot connect to the repository {}: {e}",
            resolved.describe()
        )
    })
}

fn check(config: &Config) -> Result<()> {
    let mut client = repository_client(config, Stop::new(Vec::new()))?;
    let version: String = client
        .query("SHOW server_version", &[])?
        .first()
        .context("SHOW server_version returned no row")?
        .get(0);
    println!("repository: PostgreSQL {version}");
    powa_version(&mut client)?;
    for (name, library) in load_plugins(config, &log::Log)? {
        println!("plugin {name} {}", library.version());
    }
    Ok(())
}

fn powa_version(client: &mut Connection) -> Result<()> {
    let powa: Option<String> = client
        .query(
            "SELECT extversion FROM pg_extension WHERE extname = 'powa'",
            &[],
        )?
        .first()
        .map(|row| row.get(0));
    if let Some(problem) = powa_host::extension_mismatch("the repository database", powa.as_deref())
    {
        bail!(problem);
    }
    println!("powa extension: {}", powa_host::POWA_VERSION);
    // Plugins run as that role (server::begin_as_writer).
    let row = client.query(
        "SELECT current_user::text, pg_has_role($1, 'MEMBER')",
        &[&powa_core::schema::WRITER_ROLE],
    )?;
    let row = row.first().context("no row for the role check")?;
    if !row.get::<_, bool>(1) {
        bail!(powa_host::not_a_writer(&row.get::<_, String>(0)));
    }
    Ok(())
}

/// The data-source plugins of the configuration; one that cannot be
/// loaded is reported and left out.
fn load_plugins(
    config: &Config,
    log: &log::Log,
) -> Result<Vec<(String, powa_core::loader::LoadedLibrary)>> {
    let mut loaded = Vec::new();
    for entry in powa_core::parse_plugin_list(&config.plugins) {
        let name = match entry.name {
            Ok(name) => name,
            Err(error) => {
                log.warning(&format!("plugins: {error}"));
                continue;
            }
        };
        match server::load_data_source(&config.libdir, &name) {
            Ok(library) => loaded.push((name.as_str().to_owned(), library)),
            Err(message) => log.warning(&message),
        }
    }
    if loaded.is_empty() {
        bail!(
            "none of the plugins ({}) is a loadable data source",
            config.plugins
        );
    }
    Ok(loaded)
}

/// The active registered servers, in id order.
fn registered_servers(client: &mut Connection) -> Result<Vec<ServerConfig>> {
    let rows = client.query(
        "SELECT id, alias, hostname, port, username, dbname, service, frequency,
                powa_coalesce, extract(epoch FROM retention)::bigint, sources,
                extensions, password_key, password_sealed
           FROM powa_server
          WHERE id <> 0 AND active AND frequency > 0
          ORDER BY id",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|row| ServerConfig {
            id: row.get(0),
            alias: row.get(1),
            hostname: row.get(2),
            port: row.get(3),
            username: row.get(4),
            dbname: row.get(5),
            service: row.get(6),
            frequency: Duration::from_secs(row.get::<_, i32>(7) as u64),
            coalesce: row.get::<_, i32>(8) as u32,
            retention_seconds: row.get::<_, i64>(9).max(1) as u64,
            sources: row.get(10),
            extensions: row.get(11),
            sealed_password: match (row.get(12), row.get(13)) {
                (Some(key), Some(sealed)) => Some((key, sealed)),
                _ => None,
            },
        })
        .collect())
}

struct Running {
    config: ServerConfig,
    commands: Sender<Command>,
    /// Makes the thread's waits give up.
    stop: watch::Sender<bool>,
    thread: JoinHandle<()>,
}

struct Collector {
    shared: Arc<Shared>,
    running: BTreeMap<i32, Running>,
    stopping: Vec<JoinHandle<()>>,
}

impl Collector {
    /// Starts, stops and restarts server threads to match `servers`.
    fn apply(&mut self, servers: Vec<ServerConfig>) {
        let wanted: BTreeMap<i32, ServerConfig> = servers.into_iter().map(|s| (s.id, s)).collect();
        let gone: Vec<i32> = self
            .running
            .iter()
            .filter(|(id, running)| wanted.get(id) != Some(&running.config))
            .map(|(id, _)| *id)
            .collect();
        for id in gone {
            let running = self.running.remove(&id).expect("listed above");
            let _ = running.commands.send(Command::Stop);
            let _ = running.stop.send(true);
            self.stopping.push(running.thread);
        }
        for (id, config) in wanted {
            if self.running.contains_key(&id) {
                continue;
            }
            let (commands, receiver) = mpsc::channel();
            let (stop, stop_receiver) = watch::channel(false);
            let worker = ServerWorker::new(config.clone(), Arc::clone(&self.shared), stop_receiver);
            let thread = std::thread::Builder::new()
                .name(format!("server {id}"))
                .spawn(move || worker.run(receiver))
                .expect("a thread can be spawned");
            self.running.insert(
                id,
                Running {
                    config,
                    commands,
                    stop,
                    thread,
                },
            );
        }
        self.stopping.retain(|thread| !thread.is_finished());
        let mut status = self.shared.status.lock().expect("status lock");
        status.retain(|id, _| self.running.contains_key(id));
    }

    /// Reads the registered servers again and applies them.
    fn reload(&mut self, client: &mut Connection) {
        match registered_servers(client) {
            Ok(servers) => self.apply(servers),
            Err(e) => self
                .shared
                .log
                .info(&format!("cannot read the servers: {e}")),
        }
    }

    fn status_json(&self) -> String {
        let status = self.shared.status.lock().expect("status lock");
        let servers: serde_json::Map<String, serde_json::Value> = self
            .running
            .keys()
            .map(|id| {
                let entry = status.get(id);
                (
                    id.to_string(),
                    serde_json::json!({
                        "state": entry.map_or("starting", |e| e.state.as_str()),
                        "stalled_since": entry.and_then(|e| e.stalled_since).map(log::clock),
                        "last_snapshot": entry.and_then(|e| e.last_snapshot.clone()),
                        "last_error": entry.and_then(|e| e.last_error.clone()),
                    }),
                )
            })
            .collect();
        serde_json::Value::Object(servers).to_string()
    }

    /// Marks `stalled` every server whose snapshot runs longer than its
    /// frequency, in memory at once and in the repository when `client`
    /// is at hand.
    fn watch_stalls(&mut self, mut client: Option<&mut Connection>) {
        let now = Instant::now();
        let stalls: Vec<(i32, Instant, SystemTime)> = {
            let mut status = self.shared.status.lock().expect("status lock");
            status
                .iter_mut()
                .filter_map(|(id, entry)| {
                    let (began, began_at) = entry.running?;
                    if now.duration_since(began) <= entry.frequency {
                        return None;
                    }
                    let since = *entry.stalled_since.get_or_insert(began_at);
                    if entry.state == "stalled" {
                        return None;
                    }
                    entry.state = "stalled".to_owned();
                    self.shared.log.server(
                        *id,
                        &format!(
                            "stalled: the snapshot begun at {} runs longer than the frequency ({} s)",
                            log::clock(began_at),
                            entry.frequency.as_secs()
                        ),
                    );
                    Some((*id, began, since))
                })
                .collect()
        };
        for (id, began, since) in stalls {
            if let Some(client) = client.as_deref_mut() {
                if let Err(e) = server::record_stall(client, &self.shared, id, began, since) {
                    self.shared
                        .log
                        .server(id, &format!("cannot record the stall: {e}"));
                }
            }
        }
    }

    /// Stops every server thread, waiting at most STOP_WAIT for them.
    fn stop_all(&mut self) {
        for running in self.running.values() {
            let _ = running.commands.send(Command::Stop);
            let _ = running.stop.send(true);
        }
        let threads: Vec<JoinHandle<()>> = std::mem::take(&mut self.running)
            .into_values()
            .map(|r| r.thread)
            .chain(std::mem::take(&mut self.stopping))
            .collect();
        let deadline = Instant::now() + STOP_WAIT;
        while Instant::now() < deadline && threads.iter().any(|t| !t.is_finished()) {
            std::thread::sleep(Duration::from_millis(20));
        }
        for thread in threads {
            if thread.is_finished() {
                let _ = thread.join();
            } else {
                self.shared.log.warning(&format!(
                    "{} did not stop within {} s: abandoned (its transactions roll back)",
                    thread.thread().name().unwrap_or("a thread"),
                    STOP_WAIT.as_secs()
                ));
            }
        }
    }
}

fn run(config_path: PathBuf, config: Config) -> Result<()> {
    let log = log::Log;
    let libraries = load_plugins(&config, &log)?;
    let password_key = config
        .password_key
        .as_deref()
        .map(conninfo::sealed::PasswordKey::read)
        .transpose()
        .context("[collector] password_key")?;
    // The plugins' settings in the file, against what they declare (as
    // the server checks them in postgresql.conf).
    let declared: Vec<(&str, Vec<powa_core::SettingSpec>)> = libraries
        .iter()
        .map(|(name, library)| {
            (
                name.as_str(),
                powa_core::ffi::declared_settings(library.module),
            )
        })
        .collect();
    powa_core::declared::check_written(
        config
            .settings
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str())),
        &declared,
    )
    .map_err(|reason| anyhow::anyhow!("{}: {reason}", config_path.display()))?;
    log.info(&format!(
        "started with {} data source(s): {}",
        libraries.len(),
        libraries
            .iter()
            .map(|(n, _)| n.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let reload = Arc::new(AtomicBool::new(false));
    let terminate = Arc::new(AtomicBool::new(false));
    // SIGTERM must reach threads blocked in a wait: a thread of its own
    // turns the signals into the stop every wait selects on.
    let (stop_sender, stop) = watch::channel(false);
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let mut signals = signal_hook::iterator::Signals::new([SIGHUP, SIGTERM, SIGINT])?;
        let (reload, terminate) = (Arc::clone(&reload), Arc::clone(&terminate));
        std::thread::Builder::new()
            .name("signals".to_owned())
            .spawn(move || {
                for signal in signals.forever() {
                    if signal == SIGHUP {
                        reload.store(true, Ordering::Relaxed);
                    } else {
                        terminate.store(true, Ordering::Relaxed);
                        let _ = stop_sender.send(true);
                    }
                }
            })?;
    }
    let control_stop = || Stop::new(vec![stop.clone()]);

    let mut control = repository_client(&config, control_stop())?;
    powa_version(&mut control).inspect_err(|e| log.warning(&e.to_string()))?;
    let host_name = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_owned())
        .unwrap_or_else(|_| "localhost".to_owned());
    let mut collector = Collector {
        shared: Arc::new(Shared::new(
            &config,
            libraries,
            password_key,
            format!("{host_name}:{}", std::process::id()),
            stop.clone(),
        )?),
        running: BTreeMap::new(),
        stopping: Vec::new(),
    };
    let shared = Arc::clone(&collector.shared);
    let log = |text: &str| shared.log.info(text);
    control.batch("LISTEN powa_collector")?;
    collector.apply(registered_servers(&mut control)?);
    let mut control = Some(control);
    let mut reconnect_at = Instant::now();
    while !terminate.load(Ordering::Relaxed) {
        if reload.swap(false, Ordering::Relaxed) {
            log("SIGHUP: reloading the servers (a change of plugins, libdir or settings needs a restart)");
            if let Some(client) = control.as_mut() {
                collector.reload(client);
            }
        }
        collector.watch_stalls(control.as_mut());
        let Some(client) = control.as_mut() else {
            std::thread::sleep(Duration::from_millis(200));
            if Instant::now() >= reconnect_at {
                match repository_client(&config, control_stop()).and_then(|mut c| {
                    c.batch("LISTEN powa_collector")?;
                    let servers = registered_servers(&mut c)?;
                    Ok((c, servers))
                }) {
                    Ok((client, servers)) => {
                        log("reconnected to the repository");
                        collector.apply(servers);
                        control = Some(client);
                    }
                    Err(e) => {
                        log(&format!(
                            "{e:#}; retrying in {} s",
                            REPOSITORY_RETRY.as_secs()
                        ));
                        reconnect_at = Instant::now() + REPOSITORY_RETRY;
                    }
                }
            }
            continue;
        };
        match client.notification(Duration::from_millis(250)) {
            Ok(None) => {
                if client.is_closed() {
                    log("lost the repository's control connection; the servers' threads go on");
                    control = None;
                }
            }
            Ok(Some(notification)) => {
                let payload = notification.payload().trim().to_owned();
                let (command, argument) = payload
                    .split_once(char::is_whitespace)
                    .map(|(c, a)| (c.to_owned(), a.trim().to_owned()))
                    .unwrap_or((payload.clone(), String::new()));
                match command.to_ascii_uppercase().as_str() {
                    "RELOAD" => {
                        log("RELOAD: reading the servers again");
                        collector.reload(client);
                    }
                    "FORCE_SNAPSHOT" => match argument
                        .parse::<i32>()
                        .ok()
                        .and_then(|id| collector.running.get(&id))
                    {
                        Some(running) => {
                            let _ = running.commands.send(Command::Snapshot);
                        }
                        None => log(&format!(
                            "FORCE_SNAPSHOT {argument:?}: not the id of a server being collected"
                        )),
                    },
                    "WORKERS_STATUS" => {
                        let channel = if argument.is_empty() {
                            "powa_collector_status".to_owned()
                        } else {
                            argument
                        };
                        let status = collector.status_json();
                        if let Err(e) = client.query(
                            "SELECT pg_notify($1, $2)",
                            &[&channel, &status],
                        ) {
                            log(&format!("cannot answer WORKERS_STATUS: {e}"));
                        }
                    }
                    _ => log(&format!(
                        "unknown command {payload:?}: the commands are RELOAD, FORCE_SNAPSHOT <srvid> and WORKERS_STATUS [channel]"
                    )),
                }
            }
            Err(e) => {
                log(&format!("lost the repository's control connection: {e}"));
                control = None;
            }
        }
    }
    log("stopping");
    drop(control);
    collector.stop_all();
    log("stopped");
    Ok(())
}
