//! Installing over a running server: `scripts/install.sh` replaces powa.so
//! and every plugin while a cluster with powa, a WAL plugin and a data
//! source runs pgbench. Each file must be replaced by a rename (a new
//! inode), never rewritten in place (a rewritten library kills the
//! processes that have it mapped with SIGBUS); the postmaster and the powa
//! worker live on, pgbench never fails, and WAL walking carries on.

use anyhow::{bail, Context, Result};
use powa_e2e::{powa_cluster, wait_for_powa_worker, wait_until_flushed, PgInstall};
use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Inode of every library of powa in `libdir`: powa.so and the plugins.
fn library_inodes(libdir: &Path, names: &[&str]) -> Result<BTreeMap<String, u64>> {
    names
        .iter()
        .map(|name| {
            let path = libdir.join(format!("{name}.so"));
            let meta = std::fs::metadata(&path).with_context(|| path.display().to_string())?;
            Ok((name.to_string(), meta.ino()))
        })
        .collect()
}

#[test]
fn installing_over_a_running_server_replaces_files_by_rename() -> Result<()> {
    let install = PgInstall::from_env()?;
    let cluster = powa_cluster(
        "install_while_running",
        &[
            (
                "walker.plugins",
                "garbagemap, example_wal_counter, powa_stat_database",
            ),
            ("powa.frequency", "1s"),
            ("walker.flush_interval", "200ms"),
        ],
    )?;
    let worker = wait_for_powa_worker(&cluster)?;
    let postmaster = cluster.postmaster_pid()?;
    cluster.pgbench("powa", &["-q", "-i", "-s", "2"])?;
    let libraries = [
        "powa",
        "garbagemap",
        "example_wal_counter",
        "powa_stat_database",
    ];
    let before = library_inodes(&install.pkglibdir, &libraries)?;

    // pgbench runs, in short rounds that must each succeed, for as long as
    // the install takes.
    let installing = Arc::new(AtomicBool::new(true));
    let workload = std::thread::scope(|scope| -> Result<usize> {
        let load = scope.spawn(|| -> Result<usize> {
            let mut rounds = 0;
            while installing.load(Ordering::Relaxed) {
                cluster.pgbench("powa", &["-c", "2", "-T", "1"])?;
                rounds += 1;
            }
            Ok(rounds)
        });
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/install.sh");
        let output = Command::new(&script)
            .arg(&install.pg_config)
            .env("POWA_INSTALL_FIXTURES", "1")
            .output()
            .with_context(|| format!("running {}", script.display()));
        installing.store(false, Ordering::Relaxed);
        let rounds = load.join().expect("the pgbench thread does not panic")?;
        let output = output?;
        if !output.status.success() {
            bail!(
                "scripts/install.sh failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        Ok(rounds)
    })?;
    assert!(workload >= 1, "pgbench ran during the install");

    let after = library_inodes(&install.pkglibdir, &libraries)?;
    for name in libraries {
        assert_ne!(
            before[name], after[name],
            "{name}.so was rewritten in place, not replaced by a new file"
        );
    }
    assert_eq!(
        cluster.postmaster_pid()?,
        postmaster,
        "the postmaster lived on"
    );
    assert_eq!(
        wait_for_powa_worker(&cluster)?,
        worker,
        "the same powa worker runs"
    );
    // WAL walking carries on past the install, and a new backend loads the
    // new powa.so for powa's SQL functions.
    cluster.pgbench("powa", &["-c", "2", "-T", "1"])?;
    wait_until_flushed(&cluster, "garbagemap")?;
    cluster.query_rows("powa", "SELECT * FROM powa_configured_plugins()")?;
    let log = cluster.log();
    assert!(
        !log.contains("terminated by signal"),
        "a process died:\n{}",
        cluster.log_tail(40)
    );
    Ok(())
}
