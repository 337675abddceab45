//! End-to-end test kit: throwaway PostgreSQL clusters for powa's tests,
//! and for plugin authors' tests of their plugins.
//!
//! A [`Cluster`] is created from a PostgreSQL install (found through its
//! `pg_config`), lives in a private directory under the checkout's `.run/e2e`,
//! listens on a free loopback port and on a private unix-socket directory, and
//! is stopped and removed when dropped, also when the test panics. When the
//! tests run as root, every server command runs as the `postgres` OS user,
//! because PostgreSQL refuses to run as root.
//!
//! Also the kit plugin authors test their plugin with, end to end, from
//! their own crate (`examples/third-party` is one, outside powa's
//! workspace): depend on `powa-e2e` as a dev-dependency, and in a test
//!
//! ```no_run
//! # fn main() -> anyhow::Result<()> {
//! use powa_e2e::{built_library, install_plugin, powa_cluster, PgInstall};
//! let install = PgInstall::from_env()?; // POWA_PG_CONFIG, with powa installed
//! install_plugin(&install, "my_plugin", &built_library("my_plugin")?)?;
//! let cluster = powa_cluster("my_plugin", &[("walker.plugins", "my_plugin")])?;
//! let failed = cluster.query_text("powa", "SELECT powa_take_snapshot()")?;
//! assert_eq!(failed.as_deref(), Some("0"));
//! # Ok(()) }
//! ```
//!
//! `built_library` is the crate's cdylib as `cargo test` built it;
//! `install_plugin` puts it into the install's `$libdir` the way powa's
//! scripts do (a new file renamed over the old one); [`powa_cluster`]
//! starts a throwaway cluster preloading powa with the given settings;
//! [`wait_for`], [`Cluster::log_tail`] and the rest help the assertions.
//! Clusters live under `POWA_E2E_DIR` (default: `.run/e2e` of powa's
//! checkout).

pub mod collector;
pub mod deltas;
pub mod differential;
pub mod web;
pub mod workload;

use anyhow::{anyhow, bail, Context, Result};
use std::fs;
use std::io::{Read, Seek, SeekFrom};
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The OS user servers run as when the tests run as root.
pub const SERVER_OS_USER: &str = "postgres";
/// The superuser every cluster is created with (`initdb -U`).
pub const SUPERUSER: &str = "postgres";

/// A PostgreSQL installation, described by its `pg_config`.
#[derive(Debug, Clone)]
pub struct PgInstall {
    pub pg_config: PathBuf,
    pub bindir: PathBuf,
    pub pkglibdir: PathBuf,
    /// Where its `extension/` directory is.
    pub sharedir: PathBuf,
    /// Major version, e.g. 18.
    pub major: u32,
}

impl PgInstall {
    pub fn from_pg_config(pg_config: impl AsRef<Path>) -> Result<Self> {
        let pg_config = pg_config.as_ref().to_path_buf();
        let ask = |flag: &str| -> Result<String> {
            let out = Command::new(&pg_config)
                .arg(flag)
                .output()
                .with_context(|| format!("running {} {flag}", pg_config.display()))?;
            if !out.status.success() {
                bail!(
                    "{} {flag} failed: {}",
                    pg_config.display(),
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
        };
        let version = ask("--version")?; // "PostgreSQL 18.1"
        let major = version
            .split_whitespace()
            .nth(1)
            .and_then(|v| v.split(['.', 'b', 'r']).next())
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| anyhow!("cannot read a major version from {version:?}"))?;
        Ok(Self {
            bindir: ask("--bindir")?.into(),
            pkglibdir: ask("--pkglibdir")?.into(),
            sharedir: ask("--sharedir")?.into(),
            pg_config,
            major,
        })
    }

    /// The install named by `POWA_PG_CONFIG`, which the test command sets for
    /// each PostgreSQL version it runs the suite against.
    pub fn from_env() -> Result<Self> {
        let path = std::env::var_os("POWA_PG_CONFIG").ok_or_else(|| {
            anyhow!("POWA_PG_CONFIG is not set: run the suite through scripts/test.sh, or point it at a pg_config")
        })?;
        Self::from_pg_config(path)
    }

    pub fn bin(&self, program: &str) -> PathBuf {
        self.bindir.join(program)
    }
}

/// Whether this process runs as root (then servers run as SERVER_OS_USER).
pub fn running_as_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// A command that runs as the server's OS user: `runuser` when we are root.
pub fn server_command(program: impl AsRef<Path>) -> Command {
    if running_as_root() {
        let mut command = Command::new("runuser");
        command
            .args(["-u", SERVER_OS_USER, "--"])
            .arg(program.as_ref());
        command
    } else {
        Command::new(program.as_ref())
    }
}

fn run_checked(command: &mut Command) -> Result<Output> {
    let description = format!("{command:?}");
    let out = command
        .output()
        .with_context(|| format!("starting {description}"))?;
    if !out.status.success() {
        bail!(
            "{description} failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(out)
}

fn chown_to_server_user(path: &Path) -> Result<()> {
    if running_as_root() {
        run_checked(Command::new("chown").args(["-R", SERVER_OS_USER]).arg(path))?;
    }
    Ok(())
}

/// Where clusters are created: `$POWA_E2E_DIR`, else `.run/e2e` in the checkout.
fn clusters_root() -> PathBuf {
    if let Some(dir) = std::env::var_os("POWA_E2E_DIR") {
        return dir.into();
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../.run/e2e")
}

/// A free TCP port on loopback (the kernel picks it; the server binds it right after).
pub fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// How `pg_ctl stop` shuts the server down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopMode {
    Smart,
    Fast,
    Immediate,
}

impl StopMode {
    fn as_arg(self) -> &'static str {
        match self {
            StopMode::Smart => "smart",
            StopMode::Fast => "fast",
            StopMode::Immediate => "immediate",
        }
    }
}

static CLUSTER_SEQUENCE: AtomicUsize = AtomicUsize::new(0);

/// A throwaway cluster. Dropping it stops the server and removes its files.
pub struct Cluster {
    pub install: PgInstall,
    pub name: String,
    root: PathBuf,
    socket_dir: PathBuf,
    port: u16,
    running: bool,
    /// Keep the files after the test (POWA_E2E_KEEP=1), to read them by hand.
    keep: bool,
}

impl Cluster {
    /// `initdb` a new cluster named after the test (`name` is for humans and paths).
    pub fn init(install: &PgInstall, name: &str) -> Result<Self> {
        let mut cluster = Self::prepare(install, name)?;
        run_checked(
            server_command(install.bin("initdb"))
                .args([
                    "-U",
                    SUPERUSER,
                    "--auth=trust",
                    "--no-sync",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "-D",
                ])
                .arg(cluster.data_dir()),
        )
        .with_context(|| format!("initdb of {}", cluster.name))?;
        cluster.configure()?;
        Ok(cluster)
    }

    /// A streaming standby of `primary` (running), from `pg_basebackup -R`,
    /// with the primary's settings and its own port and socket directory.
    /// Not started.
    pub fn standby_of(primary: &Cluster, name: &str) -> Result<Self> {
        Self::from_base_backup(primary, name, &["-X", "stream", "-R"])
    }

    /// A base backup of `primary` (running) without WAL (`pg_basebackup -X
    /// none`), with its own port and socket directory: to restore from an
    /// archive. Not started.
    pub fn base_backup_of(primary: &Cluster, name: &str) -> Result<Self> {
        Self::from_base_backup(primary, name, &["-X", "none"])
    }

    fn from_base_backup(primary: &Cluster, name: &str, options: &[&str]) -> Result<Self> {
        let mut cluster = Self::prepare(&primary.install, name)?;
        run_checked(
            server_command(primary.install.bin("pg_basebackup"))
                .arg("-h")
                .arg(primary.socket_dir())
                .args(["-p", &primary.port().to_string(), "-U", SUPERUSER])
                .args(options)
                .args(["-c", "fast", "--no-sync", "-D"])
                .arg(cluster.data_dir()),
        )
        .with_context(|| format!("pg_basebackup of {} into {}", primary.name, cluster.name))?;
        cluster.configure()?;
        Ok(cluster)
    }

    /// Asks for archive recovery at the next start (`recovery.signal`).
    pub fn request_recovery(&self) -> Result<()> {
        let signal = self.data_dir().join("recovery.signal");
        std::fs::write(&signal, b"").with_context(|| signal.display().to_string())?;
        chown_to_server_user(&signal)
    }

    /// Waits until this standby has replayed the WAL up to `lsn`.
    pub fn wait_for_replay(&self, lsn: &str) -> Result<()> {
        let replayed = format!("SELECT pg_last_wal_replay_lsn() >= '{lsn}'::pg_lsn");
        wait_for(
            &format!("{} to replay up to {lsn}", self.name),
            Duration::from_secs(60),
            || Ok(self.query_text("powa", &replayed)?.as_deref() == Some("t")),
        )
    }

    /// The name of the oldest WAL file in pg_wal.
    pub fn oldest_wal_file(&self) -> Result<String> {
        self.query_text(
            "powa",
            "SELECT min(name) FROM pg_ls_waldir() WHERE name ~ '^[0-9A-F]{24}$'",
        )?
        .context("no WAL file in pg_wal")
    }

    /// `pg_ctl promote`, waiting until the server is out of recovery.
    pub fn promote(&self) -> Result<()> {
        run_checked(self.pg_ctl().args(["-w", "-t", "60", "promote"]))
            .with_context(|| format!("promoting {}", self.name))?;
        Ok(())
    }

    /// Directories and a port for a new cluster, with no data directory yet.
    fn prepare(install: &PgInstall, name: &str) -> Result<Self> {
        let sequence = CLUSTER_SEQUENCE.fetch_add(1, Ordering::SeqCst);
        let unique = format!(
            "{name}-pg{}-{}-{sequence}",
            install.major,
            std::process::id()
        );
        let base = clusters_root();
        fs::create_dir_all(&base).with_context(|| format!("creating {}", base.display()))?;
        let root = base.canonicalize()?.join(&unique);
        if root.exists() {
            fs::remove_dir_all(&root)?;
        }
        fs::create_dir_all(&root)?;
        // Unix socket paths are limited to 107 bytes: keep the directory short,
        // private to this cluster, and out of the (possibly deep) checkout.
        let socket_dir =
            std::env::temp_dir().join(format!("powa-e2e-{}-{sequence}", std::process::id()));
        if socket_dir.exists() {
            fs::remove_dir_all(&socket_dir)?;
        }
        fs::create_dir_all(&socket_dir)?;
        fs::set_permissions(&socket_dir, fs::Permissions::from_mode(0o700))?;
        chown_to_server_user(&root)?;
        chown_to_server_user(&socket_dir)?;

        Ok(Self {
            install: install.clone(),
            name: unique,
            root,
            socket_dir,
            port: free_port()?,
            running: false,
            keep: std::env::var_os("POWA_E2E_KEEP").is_some(),
        })
    }

    /// The settings every test cluster gets (appended: the last line wins).
    fn configure(&mut self) -> Result<()> {
        let cluster = self;
        cluster.set_port(cluster.port)?;
        cluster.set_conf(
            "unix_socket_directories",
            &cluster.socket_dir.display().to_string(),
        )?;
        cluster.set_conf("listen_addresses", "127.0.0.1")?;
        // Tests never survive an OS crash; fsync only slows them down. The
        // crash tests kill processes, which fsync does not protect against.
        cluster.set_conf("fsync", "off")?;
        cluster.set_conf("shared_buffers", "32MB")?;
        cluster.set_conf("log_line_prefix", "%m [%p] %b ")?;
        Ok(())
    }

    /// Serves TLS with this certificate and key (PEM), written into the
    /// data directory for the server's OS user (the key readable by it
    /// only, as PostgreSQL demands); takes effect at the next start or
    /// reload.
    pub fn use_tls(&self, certificate_pem: &str, key_pem: &str) -> Result<()> {
        let (cert, key) = (
            self.data_dir().join("server.crt"),
            self.data_dir().join("server.key"),
        );
        fs::write(&cert, certificate_pem)?;
        fs::write(&key, key_pem)?;
        fs::set_permissions(&key, fs::Permissions::from_mode(0o600))?;
        chown_to_server_user(&cert)?;
        chown_to_server_user(&key)?;
        self.set_conf("ssl", "on")?;
        self.set_conf("ssl_cert_file", "server.crt")?;
        self.set_conf("ssl_key_file", "server.key")
    }

    /// A directory `name` next to the data directory, owned by the server's
    /// OS user (an archive, a restored copy), created empty.
    pub fn server_dir(&self, name: &str) -> Result<PathBuf> {
        let dir = self.root.join(name);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        chown_to_server_user(&dir)?;
        Ok(dir)
    }

    pub fn data_dir(&self) -> PathBuf {
        self.root.join("data")
    }

    pub fn log_file(&self) -> PathBuf {
        self.root.join("server.log")
    }

    pub fn socket_dir(&self) -> &Path {
        &self.socket_dir
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn is_running(&self) -> bool {
        self.running
    }

    fn set_port(&mut self, port: u16) -> Result<()> {
        self.port = port;
        self.set_conf("port", &port.to_string())
    }

    /// Sets a configuration parameter in postgresql.conf (the last line wins).
    /// Takes effect at the next start, or reload for reloadable settings.
    pub fn set_conf(&self, name: &str, value: &str) -> Result<()> {
        use std::io::Write;
        let path = self.data_dir().join("postgresql.conf");
        let mut file = fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .with_context(|| format!("opening {}", path.display()))?;
        writeln!(file, "{name} = '{}'", value.replace('\'', "''"))?;
        Ok(())
    }

    /// Puts `line` first in pg_hba.conf (it wins over initdb's trust
    /// lines); takes effect at the next reload.
    pub fn prepend_hba(&self, line: &str) -> Result<()> {
        let path = self.data_dir().join("pg_hba.conf");
        let old =
            fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        fs::write(&path, format!("{line}\n{old}"))?;
        Ok(())
    }

    fn pg_ctl(&self) -> Command {
        let mut command = server_command(self.install.bin("pg_ctl"));
        command.arg("-D").arg(self.data_dir());
        command
    }

    /// Starts the server and waits until it accepts connections.
    pub fn start(&mut self) -> Result<()> {
        // The port was free when chosen; another process may have taken it
        // since. Retry on a new port rather than fail the test.
        for attempt in 0..3 {
            let log_offset = self.log_len();
            let result = run_checked(
                self.pg_ctl()
                    .arg("-l")
                    .arg(self.log_file())
                    .args(["-w", "-t", "60", "start"]),
            );
            match result {
                Ok(_) => {
                    self.running = true;
                    return Ok(());
                }
                Err(error) => {
                    let log = self.log_since(log_offset);
                    if attempt < 2 && log.contains("could not bind") {
                        self.set_port(free_port()?)?;
                        continue;
                    }
                    return Err(
                        error.context(format!("starting {}; server log:\n{log}", self.name))
                    );
                }
            }
        }
        unreachable!("the loop returns on its last attempt")
    }

    /// `pg_ctl stop -m <mode>`; returns how long the stop took.
    pub fn stop(&mut self, mode: StopMode) -> Result<Duration> {
        let started = Instant::now();
        run_checked(
            self.pg_ctl()
                .args(["-w", "-t", "60", "-m", mode.as_arg(), "stop"]),
        )
        .with_context(|| {
            format!(
                "stopping {}; server log tail:\n{}",
                self.name,
                self.log_tail(40)
            )
        })?;
        self.running = false;
        Ok(started.elapsed())
    }

    pub fn restart(&mut self) -> Result<()> {
        self.stop(StopMode::Fast)?;
        self.start()
    }

    /// Sends SIGHUP to the postmaster (`pg_ctl reload`).
    pub fn reload(&self) -> Result<()> {
        run_checked(self.pg_ctl().arg("reload"))?;
        Ok(())
    }

    /// The postmaster's pid, from postmaster.pid.
    pub fn postmaster_pid(&self) -> Result<i32> {
        let pid_file = self.data_dir().join("postmaster.pid");
        let text = fs::read_to_string(&pid_file)
            .with_context(|| format!("reading {}", pid_file.display()))?;
        text.lines()
            .next()
            .and_then(|line| line.trim().parse().ok())
            .ok_or_else(|| anyhow!("no pid in {}", pid_file.display()))
    }

    /// `kill -9` of the postmaster, as a crash would. Waits until all of its
    /// children have exited too, so the next start finds no shared memory in use.
    pub fn kill9(&mut self) -> Result<()> {
        let pid = self.postmaster_pid()?;
        let children = child_pids(pid);
        // SAFETY: plain kill(2) of a process we started.
        if unsafe { libc::kill(pid, libc::SIGKILL) } != 0 {
            bail!("kill -9 {pid}: {}", std::io::Error::last_os_error());
        }
        self.running = false;
        let mut all = children;
        all.push(pid);
        wait_for(
            "the killed postmaster and its children to exit",
            Duration::from_secs(30),
            || Ok(all.iter().all(|pid| !process_alive(*pid))),
        )?;
        // Where nothing reaps orphans (a container's init), the postmaster
        // stays a zombie, and a zombie's pid looks alive to the next
        // postmaster, which then refuses to start. Every process of the old
        // server is gone: its lock file is stale.
        let _ = fs::remove_file(self.data_dir().join("postmaster.pid"));
        let socket = self.socket_dir.join(format!(".s.PGSQL.{}", self.port));
        let _ = fs::remove_file(socket.with_extension(format!("{}.lock", self.port)));
        let _ = fs::remove_file(socket);
        Ok(())
    }

    /// Stops the postmaster and every process of the server with SIGSTOP,
    /// as a frozen host would: connections are still accepted by the
    /// kernel, nothing answers. Resumed by [`Frozen::thaw`] or on drop.
    pub fn freeze(&self) -> Result<Frozen> {
        let postmaster = self.postmaster_pid()?;
        // The postmaster first: it forks no new process once stopped.
        let mut pids = vec![postmaster];
        signal(postmaster, libc::SIGSTOP)?;
        for child in child_pids(postmaster) {
            signal(child, libc::SIGSTOP)?;
            pids.push(child);
        }
        Ok(Frozen { pids })
    }

    /// A superuser connection to `database`, over the private unix socket.
    pub fn connect(&self, database: &str) -> Result<postgres::Client> {
        postgres::Config::new()
            .host_path(&self.socket_dir)
            .port(self.port)
            .user(SUPERUSER)
            .dbname(database)
            .application_name("powa-e2e")
            .connect(postgres::NoTls)
            .with_context(|| format!("connecting to {} database {database}", self.name))
    }

    /// The server's clock (`clock_timestamp()`), in seconds since the epoch:
    /// what snapshot times are compared with.
    pub fn clock(&self) -> Result<f64> {
        Ok(self
            .query_text("postgres", "SELECT extract(epoch FROM clock_timestamp())")?
            .context("no time")?
            .parse()?)
    }

    /// Runs SQL (one or several statements, no parameters) in `database`.
    pub fn execute(&self, database: &str, sql: &str) -> Result<()> {
        self.connect(database)?
            .batch_execute(sql)
            .map_err(|error| anyhow!("running on {}: {sql}: {}", self.name, describe(&error)))
    }

    /// Every row of a query, each column as text (NULL → None).
    pub fn query_rows(&self, database: &str, sql: &str) -> Result<Vec<Vec<Option<String>>>> {
        let mut client = self.connect(database)?;
        let messages = client
            .simple_query(sql)
            .map_err(|error| anyhow!("running on {}: {sql}: {}", self.name, describe(&error)))?;
        Ok(messages
            .into_iter()
            .filter_map(|message| match message {
                postgres::SimpleQueryMessage::Row(row) => Some(
                    (0..row.len())
                        .map(|i| row.get(i).map(str::to_owned))
                        .collect(),
                ),
                _ => None,
            })
            .collect())
    }

    /// The first column of the first row of a query, as text (NULL → None).
    pub fn query_text(&self, database: &str, sql: &str) -> Result<Option<String>> {
        let mut client = self.connect(database)?;
        let rows = client
            .simple_query(sql)
            .map_err(|error| anyhow!("running on {}: {sql}: {}", self.name, describe(&error)))?;
        for message in rows {
            if let postgres::SimpleQueryMessage::Row(row) = message {
                return Ok(row.get(0).map(str::to_owned));
            }
        }
        bail!("{sql} returned no row")
    }

    /// The first column of the first row of a query as an integer (NULL
    /// is 0).
    pub fn query_i64(&self, database: &str, sql: &str) -> Result<i64> {
        let text = self.query_text(database, sql)?;
        text.as_deref()
            .unwrap_or("0")
            .parse()
            .with_context(|| format!("{sql} returned {text:?}, not an integer"))
    }

    /// An environment for command-line clients (psql, pgbench) of this cluster.
    pub fn client_command(&self, program: &str) -> Command {
        let mut command = Command::new(self.install.bin(program));
        command
            .env("PGHOST", &self.socket_dir)
            .env("PGPORT", self.port.to_string())
            .env("PGUSER", SUPERUSER);
        command
    }

    /// Runs pgbench with `args` on `database`; returns its standard output.
    pub fn pgbench(&self, database: &str, args: &[&str]) -> Result<String> {
        let output = self
            .client_command("pgbench")
            .args(args)
            .arg(database)
            .output()
            .context("running pgbench")?;
        if !output.status.success() {
            anyhow::bail!(
                "pgbench {args:?} failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// The whole server log.
    pub fn log(&self) -> String {
        fs::read(self.log_file())
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .unwrap_or_default()
    }

    fn log_len(&self) -> u64 {
        fs::metadata(self.log_file()).map(|m| m.len()).unwrap_or(0)
    }

    /// The log written after byte `offset`.
    pub fn log_since(&self, offset: u64) -> String {
        let mut text = Vec::new();
        if let Ok(mut file) = fs::File::open(self.log_file()) {
            if file.seek(SeekFrom::Start(offset)).is_ok() {
                let _ = file.read_to_end(&mut text);
            }
        }
        String::from_utf8_lossy(&text).into_owned()
    }

    /// The last `lines` lines of the server log.
    pub fn log_tail(&self, lines: usize) -> String {
        let log = self.log();
        let all: Vec<&str> = log.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }

    /// Waits until the server log contains `needle`.
    pub fn wait_for_log(&self, needle: &str, timeout: Duration) -> Result<()> {
        wait_for(&format!("{needle:?} in the server log"), timeout, || {
            Ok(self.log().contains(needle))
        })
        .with_context(|| format!("server log tail:\n{}", self.log_tail(30)))
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        if self.data_dir().join("postmaster.pid").exists() {
            if self
                .pg_ctl()
                .args(["-w", "-t", "30", "-m", "immediate", "stop"])
                .output()
                .is_err()
            {
                if let Ok(pid) = self.postmaster_pid() {
                    // SAFETY: plain kill(2) of a process we started.
                    unsafe { libc::kill(pid, libc::SIGKILL) };
                }
            }
        }
        if std::thread::panicking() {
            eprintln!(
                "--- server log of {} (tail) ---\n{}",
                self.name,
                self.log_tail(60)
            );
        }
        if !self.keep {
            let _ = fs::remove_dir_all(&self.root);
        }
        let _ = fs::remove_dir_all(&self.socket_dir);
    }
}

/// A cluster preloading powa, with a `powa` database holding the extension
/// and the given extra settings (`walker.plugins`, `powa.frequency`, ...),
/// started. The database is created before powa is preloaded, as a user
/// would.
pub fn powa_cluster(name: &str, settings: &[(&str, &str)]) -> Result<Cluster> {
    let install = PgInstall::from_env()?;
    let mut cluster = Cluster::init(&install, name)?;
    cluster.start()?;
    cluster.execute("postgres", "CREATE DATABASE powa")?;
    cluster.execute("powa", "CREATE EXTENSION powa")?;
    cluster.stop(StopMode::Fast)?;
    cluster.set_conf("shared_preload_libraries", "powa")?;
    for (name, value) in settings {
        cluster.set_conf(name, value)?;
    }
    cluster.start()?;
    Ok(cluster)
}

/// The powa-collector binary: `POWA_COLLECTOR`, or the one cargo built
/// into the target directory of this test binary (`cargo build -p
/// powa-collector`; the test command does it).
pub fn collector_binary() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os("POWA_COLLECTOR") {
        return Ok(PathBuf::from(path));
    }
    workspace_binary("powa-collector")
}

/// The library `lib<stem>.so` cargo built next to the running test
/// binary: a plugin crate's own cdylib (`crate-type = ["cdylib", "rlib"]`),
/// which `cargo test` builds with the crate's tests.
pub fn built_library(stem: &str) -> Result<PathBuf> {
    let profile = profile_dir()?;
    let file = format!("lib{stem}.so");
    // `cargo test` leaves it in deps/; `cargo build` copies it up.
    [profile.join("deps").join(&file), profile.join(&file)]
        .into_iter()
        .find(|library| library.is_file())
        .with_context(|| {
            format!(
                "{file} is in neither {} nor its deps/: is {stem} the crate's library name, \
                 with crate-type cdylib?",
                profile.display()
            )
        })
}

/// Installs `library` as the plugin `name` (`$libdir/<name>.so`) of
/// `install`: written under a temporary name and renamed over the old file,
/// so a server that has the old one mapped keeps running.
pub fn install_plugin(install: &PgInstall, name: &str, library: &Path) -> Result<()> {
    let name = powa_core::PluginName::new(name)?;
    let target = install.pkglibdir.join(format!("{}.so", name.as_str()));
    let temporary = install
        .pkglibdir
        .join(format!(".{}.so.{}", name.as_str(), std::process::id()));
    fs::copy(library, &temporary)
        .with_context(|| format!("copying {} to {}", library.display(), temporary.display()))?;
    fs::set_permissions(&temporary, fs::Permissions::from_mode(0o755))?;
    fs::rename(&temporary, &target)
        .with_context(|| format!("renaming {} to {}", temporary.display(), target.display()))?;
    Ok(())
}

/// Installs an SQL-only extension `name` (version 1.0) whose script is
/// `script`, written beside and renamed over the old files.
pub fn install_sql_extension(install: &PgInstall, name: &str, script: &str) -> Result<()> {
    let directory = install.sharedir.join("extension");
    let control = format!(
        "comment = 'written by the powa test suite'\ndefault_version = '1.0'\nrelocatable = true\n"
    );
    for (file, text) in [
        (format!("{name}.control"), control.as_str()),
        (format!("{name}--1.0.sql"), script),
    ] {
        let temporary = directory.join(format!(".{file}.{}", std::process::id()));
        fs::write(&temporary, text).with_context(|| format!("writing {}", temporary.display()))?;
        fs::set_permissions(&temporary, fs::Permissions::from_mode(0o644))?;
        fs::rename(&temporary, directory.join(&file))?;
    }
    Ok(())
}

/// The cargo profile directory of the running binary (a test binary is
/// in `<profile>/deps`, a binary in `<profile>` itself).
fn profile_dir() -> Result<PathBuf> {
    let exe = std::env::current_exe()?;
    let mut profile_dir = exe
        .parent()
        .context("the test binary is not in a cargo target directory")?;
    if profile_dir.file_name().is_some_and(|name| name == "deps") {
        profile_dir = profile_dir
            .parent()
            .context("the test binary is not in a cargo target directory")?;
    }
    Ok(profile_dir.to_path_buf())
}

/// A binary of the workspace, built next to the test binary.
pub fn workspace_binary(name: &str) -> Result<PathBuf> {
    let binary = profile_dir()?.join(name);
    if !binary.is_file() {
        bail!(
            "{} is missing: run `cargo build -p {name}` first (scripts/test.sh does)",
            binary.display()
        );
    }
    Ok(binary)
}

/// Waits until the powa worker shows in pg_stat_activity; returns its pid.
pub fn wait_for_powa_worker(cluster: &Cluster) -> Result<String> {
    let mut pid = None;
    wait_for("the powa worker in pg_stat_activity", Duration::from_secs(30), || {
        pid = cluster.query_text(
            "postgres",
            "SELECT pid FROM pg_stat_activity WHERE backend_type = 'powa worker' AND datname = 'powa'",
        )?;
        Ok(pid.is_some())
    })
    .with_context(|| format!("server log tail:\n{}", cluster.log_tail(30)))?;
    Ok(pid.expect("checked by the wait"))
}

/// A postgres error with the server's message, detail and hint, which the
/// error's own Display leaves out (`postgres::Error` is tokio-postgres').
pub use powa_conninfo::describe_error as describe;

/// Polls `condition` every 100 ms until it holds or `timeout` passes. Errors
/// from the condition are kept and reported if it never holds (a server that
/// is still starting refuses connections, for example).
pub fn wait_for(
    what: &str,
    timeout: Duration,
    mut condition: impl FnMut() -> Result<bool>,
) -> Result<()> {
    let deadline = Instant::now() + timeout;
    let mut last_error = None;
    loop {
        match condition() {
            Ok(true) => return Ok(()),
            Ok(false) => {}
            Err(error) => last_error = Some(error),
        }
        if Instant::now() >= deadline {
            let detail = last_error
                .map(|e| format!(" (last error: {e:#})"))
                .unwrap_or_default();
            bail!("timed out after {timeout:?} waiting for {what}{detail}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A server stopped by [`Cluster::freeze`].
pub struct Frozen {
    pids: Vec<i32>,
}

impl Frozen {
    pub fn thaw(mut self) -> Result<()> {
        self.resume()
    }

    fn resume(&mut self) -> Result<()> {
        // Children first, the postmaster last (the reverse of the freeze).
        for pid in std::mem::take(&mut self.pids).into_iter().rev() {
            signal(pid, libc::SIGCONT)?;
        }
        Ok(())
    }
}

impl Drop for Frozen {
    fn drop(&mut self) {
        let _ = self.resume();
    }
}

fn signal(pid: i32, signal: i32) -> Result<()> {
    // SAFETY: plain kill(2) of a process of a server we started.
    if unsafe { libc::kill(pid, signal) } != 0 {
        bail!("kill -{signal} {pid}: {}", std::io::Error::last_os_error());
    }
    Ok(())
}

fn process_alive(pid: i32) -> bool {
    // A zombie has released everything a new server could trip over.
    match fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .is_some_and(|state| state != "Z"),
        Err(_) => false,
    }
}

fn child_pids(parent: i32) -> Vec<i32> {
    let Ok(entries) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| {
            fs::read_to_string(format!("/proc/{pid}/stat"))
                .ok()
                .and_then(|stat| {
                    let (_, rest) = stat.rsplit_once(')')?;
                    rest.split_whitespace().nth(1)?.parse::<i32>().ok()
                })
                == Some(parent)
        })
        .collect()
}

/// Waits until WAL plugin `plugin` has flushed everything inserted into WAL
/// so far; returns its flushed position. The insert position, not the
/// write position: an abort record, or a prune done while reading, waits in
/// WAL buffers until the WAL writer flushes it.
pub fn wait_until_flushed(cluster: &Cluster, plugin: &str) -> Result<String> {
    let target = cluster
        .query_text("powa", "SELECT pg_current_wal_insert_lsn()::text")?
        .context("no insert position")?;
    let position =
        format!("SELECT confirmed_lsn::text FROM powa_walker_position WHERE plugin = '{plugin}'");
    let passed = format!(
        "SELECT confirmed_lsn >= '{target}'::pg_lsn FROM powa_walker_position WHERE plugin = '{plugin}'"
    );
    wait_for(
        &format!("{plugin} to flush past {target}"),
        Duration::from_secs(60),
        || Ok(cluster.query_text("powa", &passed)?.as_deref() == Some("t")),
    )?;
    cluster
        .query_text("powa", &position)?
        .context("no flushed position")
}

/// The value at `fraction` (0.5 the median) of sorted samples.
pub fn percentile(sorted: &[f64], fraction: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * fraction).round() as usize]
}

/// The number following option `name` in `args`.
pub fn option_number<T: std::str::FromStr>(
    args: &mut impl Iterator<Item = String>,
    name: &str,
) -> Result<T> {
    args.next()
        .with_context(|| format!("{name} needs a number"))?
        .parse()
        .ok()
        .with_context(|| format!("{name} needs a positive whole number"))
}

/// CPU seconds (user + system) a process has used, from /proc.
pub fn cpu_seconds(pid: u32) -> Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .with_context(|| format!("reading /proc/{pid}/stat"))?;
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th fields of the line, in clock ticks.
    let after_name = &stat[stat.rfind(')').context("no command name in stat")? + 2..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks: u64 = fields[11].parse::<u64>()? + fields[12].parse::<u64>()?;
    // SAFETY: sysconf has no preconditions.
    let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    Ok(ticks as f64 / per_second)
}

/// The modules whose failures server `srvid`'s snapshots recorded, in the
/// order they ran, for each snapshot after `after` (a timestamptz as text)
/// with at least two failed sources: how tests see the order a cycle runs
/// its sources in.
pub fn failure_orders(cluster: &Cluster, srvid: i32, after: &str) -> Result<Vec<Vec<String>>> {
    Ok(cluster
        .query_rows(
            "powa",
            &format!(
                "SELECT string_agg(e->>'module', ',' ORDER BY n)
                   FROM powa_snapshots s, jsonb_array_elements(s.errors) WITH ORDINALITY AS x(e, n)
                  WHERE s.srvid = {srvid} AND s.ts > '{after}'::timestamptz AND s.failed >= 2
                  GROUP BY s.ts ORDER BY s.ts"
            ),
        )?
        .into_iter()
        .filter_map(|row| row.into_iter().next().flatten())
        .map(|modules| modules.split(',').map(str::to_owned).collect())
        .collect())
}

/// Sets the snapshot priorities of server `srvid`'s sources (`module`,
/// priority) in powa_functions, then waits for a snapshot after that where
/// both failed and returns the order they failed in (they back off
/// together: such a snapshot comes within 2^n cycles).
pub fn order_after_priorities(
    cluster: &Cluster,
    srvid: i32,
    priorities: &[(&str, i32)],
    timeout: Duration,
) -> Result<Vec<String>> {
    for (module, priority) in priorities {
        cluster.execute(
            "powa",
            &format!(
                "UPDATE powa_functions SET priority = {priority}
                  WHERE srvid = {srvid} AND module = '{module}' AND operation = 'snapshot'"
            ),
        )?;
    }
    let after = cluster
        .query_text("powa", "SELECT now()::text")?
        .context("no time")?;
    let mut order = Vec::new();
    wait_for("a snapshot where both sources failed", timeout, || {
        // The snapshot running while the priorities changed may have been
        // planned before: the last one counts.
        if let Some(last) = failure_orders(cluster, srvid, &after)?.pop() {
            order = last;
        }
        Ok(!order.is_empty())
    })?;
    Ok(order)
}
