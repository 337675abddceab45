//! powa-collector: powa's remote mode, run as its own OS process.
//!
//! What it does today: reads its configuration file and checks the repository
//! database (`check`). Collecting from remote servers is not implemented yet.

mod config;

use anyhow::{bail, Context, Result};
use config::Config;
use std::path::PathBuf;

const HELP: &str = "\
powa-collector: powa's remote-mode collector

USAGE:
    powa-collector --config FILE check

COMMANDS:
    check    connect to the repository named in FILE and report its PostgreSQL
             version and whether the powa extension is installed there

The configuration file holds `repository = <connection string>`; passwords come
from the environment (PGPASSWORD), never from the file.

Collecting from registered remote servers is not implemented yet.
";

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut config_path: Option<PathBuf> = None;
    let mut command: Option<String> = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                print!("{HELP}");
                return Ok(());
            }
            "--config" => {
                config_path = Some(args.next().context("--config needs a file name")?.into())
            }
            other if command.is_none() && !other.starts_with('-') => {
                command = Some(other.to_owned())
            }
            other => bail!("unexpected argument {other:?}\n\n{HELP}"),
        }
    }
    let config_path = config_path.context("--config FILE is required (see --help)")?;
    let config = Config::load(&config_path)?;
    match command.as_deref() {
        Some("check") => check(&config),
        Some(other) => bail!("unknown command {other:?}: the only command is `check`"),
        None => bail!("no command given: the only command is `check`"),
    }
}

fn check(config: &Config) -> Result<()> {
    let mut pg_config: postgres::Config = config
        .repository
        .parse()
        .context("the `repository` connection string is not valid")?;
    if let Ok(password) = std::env::var("PGPASSWORD") {
        pg_config.password(password);
    }
    let mut client = pg_config
        .connect(postgres::NoTls)
        .context("cannot connect to the repository")?;
    let version: String = client.query_one("SHOW server_version", &[])?.get(0);
    let powa: Option<String> = client
        .query_opt(
            "SELECT extversion FROM pg_extension WHERE extname = 'powa'",
            &[],
        )?
        .map(|row| row.get(0));
    println!("repository: PostgreSQL {version}");
    match powa {
        Some(extversion) => println!("powa extension: {extversion}"),
        None => bail!("the powa extension is not installed in the repository database: run CREATE EXTENSION powa there"),
    }
    Ok(())
}
