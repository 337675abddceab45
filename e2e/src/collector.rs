//! A powa-collector process for a test: its configuration, its log, its
//! signals.

use crate::{collector_binary, Cluster, PgInstall};
use anyhow::{Context, Result};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// powa-collector's configuration file: `[collector]` collecting into
/// `repository`'s powa database (as postgres) with the plugins `sources`
/// (comma-separated) of `libdir`, and `extra` TOML lines of the table.
pub fn collector_config(repository: &Cluster, libdir: &Path, sources: &str, extra: &str) -> String {
    collector_config_as(repository, "postgres", libdir, sources, extra)
}

/// As [`collector_config`], connecting to the repository as `user`.
pub fn collector_config_as(
    repository: &Cluster,
    user: &str,
    libdir: &Path,
    sources: &str,
    extra: &str,
) -> String {
    let plugins: Vec<String> = sources
        .split(',')
        .map(|name| format!("{:?}", name.trim()))
        .filter(|quoted| quoted != "\"\"")
        .collect();
    format!(
        "[collector]\nrepository = \"host={} port={} user={user} dbname=powa\"\nlibdir = {:?}\n\
         plugins = [{}]\n{extra}",
        repository.socket_dir().display(),
        repository.port(),
        libdir.display().to_string(),
        plugins.join(", ")
    )
}

/// `powa-collector --config <config> check`: what it exits with and says.
pub fn collector_check(config: &Path) -> Result<std::process::Output> {
    Ok(Command::new(collector_binary()?)
        .arg("--config")
        .arg(config)
        .arg("check")
        .output()?)
}

pub struct CollectorProcess {
    pub child: Child,
    log: PathBuf,
}

impl CollectorProcess {
    /// Starts `powa-collector run` with the plugins `sources`, collecting
    /// into `repository`'s powa database, with the environment `env`
    /// (PGPASSFILE and friends; PGPASSWORD and PGSERVICE are removed).
    pub fn start(
        dir: &Path,
        install: &PgInstall,
        repository: &Cluster,
        sources: &str,
        env: &[(&str, &Path)],
    ) -> Result<Self> {
        let config = dir.join("collector.toml");
        fs::write(
            &config,
            collector_config(repository, &install.pkglibdir, sources, "debug = true\n"),
        )?;
        Self::spawn(dir, &config, env)
    }

    /// Starts `powa-collector --config <config> run`, its log in
    /// `dir/collector.log`, with the environment `env`.
    pub fn spawn(dir: &Path, config: &Path, env: &[(&str, &Path)]) -> Result<Self> {
        let log = dir.join("collector.log");
        let mut command = Command::new(collector_binary()?);
        command
            .args(["--config"])
            .arg(config)
            .arg("run")
            .env_remove("PGPASSWORD")
            .env_remove("PGSERVICE")
            .stdout(Stdio::null())
            // Appended: a restarted collector keeps the earlier lines.
            .stderr(
                fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&log)?,
            );
        for (name, value) in env {
            command.env(name, value);
        }
        let child = command.spawn().context("starting powa-collector")?;
        Ok(Self { child, log })
    }

    pub fn log(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn signal(&self, signal: i32) {
        // SAFETY: kill on our own child's pid.
        unsafe { libc::kill(self.child.id() as i32, signal) };
    }

    /// Waits at most `timeout` for the process to exit: its status, None if
    /// it still runs.
    pub fn wait_exit(&mut self, timeout: Duration) -> Result<Option<ExitStatus>> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(exit) = self.child.try_wait()? {
                return Ok(Some(exit));
            }
            if Instant::now() >= deadline {
                return Ok(None);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for CollectorProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
