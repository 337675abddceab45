//! The powa background worker in a real server: it starts with the server,
//! shows in pg_stat_activity, stops promptly, and survives bad plugin names.

use anyhow::Result;
use powa_e2e::{wait_for, Cluster, PgInstall, StopMode};
use std::time::Duration;

/// A cluster with a `powa` database holding the extension, preloading powa.
fn powa_cluster(name: &str, walker_plugins: &str) -> Result<Cluster> {
    let install = PgInstall::from_env()?;
    let mut cluster = Cluster::init(&install, name)?;
    cluster.start()?;
    cluster.execute("postgres", "CREATE DATABASE powa")?;
    cluster.execute("powa", "CREATE EXTENSION powa")?;
    cluster.stop(StopMode::Fast)?;
    cluster.set_conf("shared_preload_libraries", "powa")?;
    cluster.set_conf("walker.plugins", walker_plugins)?;
    cluster.start()?;
    Ok(cluster)
}

fn wait_for_worker(cluster: &Cluster) -> Result<()> {
    wait_for(
        "the powa worker in pg_stat_activity",
        Duration::from_secs(20),
        || {
            Ok(cluster.query_text(
            "postgres",
            "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'powa worker' AND datname = 'powa'",
        )?
        .as_deref()
            == Some("1"))
        },
    )
}

#[test]
fn worker_starts_with_the_server_and_stops_fast() -> Result<()> {
    let mut cluster = powa_cluster("worker_up", "")?;
    wait_for_worker(&cluster)?;
    cluster.wait_for_log(
        "powa worker started in database \"powa\"",
        Duration::from_secs(10),
    )?;

    let took = cluster.stop(StopMode::Fast)?;
    assert!(
        took < Duration::from_secs(5),
        "pg_ctl stop -m fast took {took:?}"
    );
    assert!(
        cluster.log().contains("powa worker stopping"),
        "{}",
        cluster.log_tail(20)
    );
    Ok(())
}

#[test]
fn unknown_and_invalid_plugin_names_do_not_stop_the_server() -> Result<()> {
    let cluster = powa_cluster("bad_plugin_names", "no_such_plugin, ../etc/passwd")?;
    wait_for_worker(&cluster)?;
    cluster.wait_for_log("plugin \"no_such_plugin\" missing", Duration::from_secs(10))?;
    cluster.wait_for_log("plugin \"../etc/passwd\" invalid", Duration::from_secs(10))?;

    let statuses = cluster.query_text(
        "powa",
        "SELECT string_agg(name || '=' || status, ',' ORDER BY position) FROM powa_configured_plugins()",
    )?;
    assert_eq!(
        statuses.as_deref(),
        Some("no_such_plugin=missing,../etc/passwd=invalid")
    );
    Ok(())
}

#[test]
fn worker_is_restarted_after_it_is_killed() -> Result<()> {
    let cluster = powa_cluster("worker_restart", "")?;
    wait_for_worker(&cluster)?;
    let first_pid = cluster
        .query_text(
            "postgres",
            "SELECT pid FROM pg_stat_activity WHERE backend_type = 'powa worker'",
        )?
        .unwrap();
    // SIGKILL of one backend makes the postmaster reinitialise shared memory
    // and restart every worker, ours included.
    // SAFETY: plain kill(2) of a server process of this test's cluster.
    assert_eq!(unsafe { libc::kill(first_pid.parse()?, libc::SIGKILL) }, 0);
    wait_for("a new powa worker", Duration::from_secs(40), || {
        let pid = cluster
            .query_text(
                "postgres",
                "SELECT pid FROM pg_stat_activity WHERE backend_type = 'powa worker'",
            )
            .ok()
            .flatten();
        Ok(pid.is_some_and(|pid| pid != first_pid))
    })?;
    Ok(())
}
