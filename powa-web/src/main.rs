//! powa-web: powa's web UI. Users log in with a PostgreSQL role of the
//! repository; pages read the repository with that role's privileges.

mod admin;
mod app;
mod charts;
mod config;
mod estimate;
mod extensions;
mod format;
mod grids;
mod health;
mod metrics;
mod ops;
mod pages;
mod plugins;
mod range;
mod session;
mod statements;
mod tls;

use anyhow::{Context, Result};
use clap::Parser;
use config::Config;
use std::path::PathBuf;
use std::sync::Arc;

/// powa's web UI.
#[derive(Debug, Parser)]
#[command(name = "powa-web", version, after_help = DETAILS)]
struct Cli {
    /// powa's configuration file (its [web] table).
    #[arg(short, long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Address and port to serve on (e.g. 127.0.0.1:8888).
    #[arg(long, value_name = "ADDR")]
    listen: Option<String>,
    /// The repository, a libpq connection string without user or password.
    #[arg(long, value_name = "CONNINFO")]
    repository: Option<String>,
    /// Where a reverse proxy mounts powa-web (e.g. /powa).
    #[arg(long, value_name = "PATH")]
    url_prefix: Option<String>,
    /// HTTPS: the certificate chain (PEM); needs --keyfile.
    #[arg(long, value_name = "PEM")]
    certfile: Option<String>,
    /// HTTPS: the private key (PEM); needs --certfile.
    #[arg(long, value_name = "PEM")]
    keyfile: Option<String>,
}

/// What `--help` adds after the flags.
const DETAILS: &str = "\
CONFIGURATION FILE (TOML; powa-collector reads the [collector] table of the
same file); flags override it:
    [web]
    repository = \"host=/run/postgresql port=5432 dbname=powa\"
                                    the repository (in local mode, the monitored
                                    server's powa database), without user or
                                    password: each user logs in with a role
    listen     = \"127.0.0.1:8888\"   address and port to serve on
    url_prefix = \"/\"                where a reverse proxy mounts powa-web
    session_minutes = 60            a session ends after this long idle
    allow_empty_password = false    true: log in with an empty password (trust)
    secure_cookies = false          true: behind an HTTPS proxy
    metrics    = \"off\"              /metrics (OpenMetrics, for Prometheus): off;
                                    basic: HTTP Basic credentials, a PostgreSQL
                                    role and its password, checked by connecting;
                                    open: no credentials, read as metrics_role
    metrics_role = \"powa_metrics\"   the role of metrics = open (its password, if
                                    any, from a password file)
    certfile   = \"/etc/powa/web.crt\" HTTPS: the certificate chain (PEM)
    keyfile    = \"/etc/powa/web.key\" and its private key (PEM); both or neither.
                                    Cookies are then Secure, responses carry HSTS
A key unknown in either table is refused by name.

Logging in checks the role's password by connecting to the repository; the
password is then kept only in the server's memory (the role's connection
pool), never in a cookie: the browser holds an opaque session id
(HttpOnly, SameSite=Strict). Every form carries a CSRF token.

PAGES: the servers (state, last snapshot, last error); a server's charts
(query runtime, calls, blocks, hit ratio, temp, WAL, database activity,
bgwriter and checkpointer, I/O, waits by event type; downsampled in the
repository, drag across one to zoom) and statements over a time range
(?from=now-1h&to=now, or UTC times such as 2026-12-02T10:00), paged,
sorted and filtered in SQL, and as CSV; a query's full text, figures and
charts; a database's charts and its statements, tables and indexes; any
source's page (a chart per counter, the grid of its deltas); every grid
as CSV; a server's WAL (generation, the walker's positions and gaps),
archive (archived and failed files, the archiver's state) and garbage
(tables by dead tuples, each table's heat map) pages; the plugins, failed
snapshots, plugin errors and settings; /configuration for admin roles
(register, configure, activate, delete servers, snapshot now, reload the
collector, enable or disable sources).

METRICS: per server its state, the age of its last snapshot, the failed
snapshots the repository keeps, per source; in local mode, the WAL
walker's lag and failed records per plugin and its gaps, and the
archiver's counts, failures and lag in WAL segments.
";

#[tokio::main]
async fn main() -> Result<()> {
    let cli = Cli::parse();
    let flags = [
        ("listen", cli.listen),
        ("repository", cli.repository),
        ("url_prefix", cli.url_prefix),
        ("certfile", cli.certfile),
        ("keyfile", cli.keyfile),
    ]
    .into_iter()
    .filter_map(|(key, value)| Some((key, value?)));
    let mut config = match &cli.config {
        Some(path) => Config::load(path)?,
        None => Config::default(),
    };
    for (key, value) in flags {
        config.set(key, &value)?;
    }
    config.check()?;
    let tls = match config.tls_files()? {
        Some((cert, key)) => Some(tls::server_config(cert, key)?),
        None => None,
    };
    let listener = std::net::TcpListener::bind(config.listen)
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    listener.set_nonblocking(true)?;
    eprintln!(
        "powa-web: serving {}://{}{}",
        if tls.is_some() { "https" } else { "http" },
        listener.local_addr()?,
        config.url("/")
    );
    let state = Arc::new(app::AppState {
        sessions: session::Sessions::new(config.session_idle),
        metrics_pool: tokio::sync::Mutex::new(None),
        config,
    });
    let handle = axum_server::Handle::new();
    let stopping = handle.clone();
    tokio::spawn(async move {
        let mut terminate =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                .expect("a SIGTERM handler");
        tokio::select! {
            _ = terminate.recv() => {}
            _ = tokio::signal::ctrl_c() => {}
        }
        // Requests under way get 5 s to finish.
        stopping.graceful_shutdown(Some(std::time::Duration::from_secs(5)));
    });
    let service = app::router(state).into_make_service();
    match tls {
        Some(tls) => {
            axum_server::from_tcp_rustls(
                listener,
                axum_server::tls_rustls::RustlsConfig::from_config(tls),
            )
            .handle(handle)
            .serve(service)
            .await?
        }
        None => {
            axum_server::from_tcp(listener)
                .handle(handle)
                .serve(service)
                .await?
        }
    }
    Ok(())
}
