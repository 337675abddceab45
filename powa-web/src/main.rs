//! powa-web: powa's web UI. Users log in with a PostgreSQL role of the
//! repository; pages read the repository with that role's privileges.

mod app;
mod charts;
mod config;
mod plugins;
mod range;
mod session;
mod statements;

use anyhow::{bail, Context, Result};
use config::Config;
use std::path::PathBuf;
use std::sync::Arc;

const HELP: &str = "\
powa-web: powa's web UI

USAGE:
    powa-web [--config FILE] [--listen ADDR] [--repository CONNINFO] [--url-prefix PATH]

CONFIGURATION FILE (key = value lines, # comments); flags override it:
    repository = host=/run/postgresql port=5432 dbname=powa
                                    the repository (in local mode, the monitored
                                    server's powa database), without user or
                                    password: each user logs in with a role
    listen     = 127.0.0.1:8888     address and port to serve on
    url_prefix = /                  where a reverse proxy mounts powa-web
    session_minutes = 60            a session ends after this long idle
    allow_empty_password = off      on: log in with an empty password (trust)
    secure_cookies = off            on: behind an HTTPS proxy

Logging in checks the role's password by connecting to the repository; the
password is then kept only in the server's memory (the role's connection
pool), never in a cookie: the browser holds an opaque session id
(HttpOnly, SameSite=Strict). Every form carries a CSRF token.

PAGES: the servers (state, last snapshot, last error); a server's
statements over a time range (?from=now-1h&to=now, or UTC times such as
2026-12-02T10:00), paged, sorted and filtered in SQL, and as CSV; a
query's full text and figures; the plugins, failed snapshots, plugin
errors and settings. HTTPS (certfile, keyfile), the database, source,
WAL, garbage, archive and configuration pages, charts and /metrics are
not built yet.
";

#[tokio::main]
async fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut config_path: Option<PathBuf> = None;
    let mut flags = Vec::new();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().with_context(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => {
                print!("{HELP}");
                return Ok(());
            }
            "--config" => config_path = Some(value("--config")?.into()),
            "--listen" => flags.push(("listen", value("--listen")?)),
            "--repository" => flags.push(("repository", value("--repository")?)),
            "--url-prefix" => flags.push(("url_prefix", value("--url-prefix")?)),
            other => bail!("unexpected argument {other:?}\n\n{HELP}"),
        }
    }
    let mut config = match &config_path {
        Some(path) => Config::load(path)?,
        None => Config::default(),
    };
    for (key, value) in flags {
        config.set(key, &value)?;
    }
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    eprintln!(
        "powa-web: serving http://{}{}",
        listener.local_addr()?,
        config.url("/")
    );
    let state = Arc::new(app::AppState {
        sessions: session::Sessions::new(config.session_idle),
        config,
    });
    axum::serve(listener, app::router(state))
        .with_graceful_shutdown(async {
            let mut terminate =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                    .expect("a SIGTERM handler");
            tokio::select! {
                _ = terminate.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
        })
        .await?;
    Ok(())
}
