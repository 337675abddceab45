//! The powa background workers in a real server: they start with the
//! server, show in pg_stat_activity, stop promptly, wait calmly for a missing
//! database or extension, and survive bad plugin names.

use anyhow::Result;
use powa_e2e::{powa_cluster, wait_for, wait_for_powa_worker, Cluster, PgInstall, StopMode};
use std::time::Duration;

#[test]
fn worker_starts_with_the_server_and_stops_fast() -> Result<()> {
    let mut cluster = powa_cluster("worker_up", &[])?;
    wait_for_powa_worker(&cluster)?;
    cluster.wait_for_log(
        "powa worker started in database \"powa\"",
        Duration::from_secs(10),
    )?;
    let launchers = cluster.query_text(
        "postgres",
        "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'powa launcher'",
    )?;
    assert_eq!(launchers.as_deref(), Some("1"));

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
    let cluster = powa_cluster(
        "bad_plugin_names",
        &[("walker.plugins", "no_such_plugin, ../etc/passwd")],
    )?;
    wait_for_powa_worker(&cluster)?;
    cluster.wait_for_log(
        "plugin \"no_such_plugin\": no file",
        Duration::from_secs(10),
    )?;
    cluster.wait_for_log(
        "plugin name \"../etc/passwd\" contains '.'",
        Duration::from_secs(10),
    )?;

    let statuses = cluster.query_text(
        "powa",
        "SELECT string_agg(name || '=' || status, ',' ORDER BY position) FROM powa_configured_plugins()",
    )?;
    assert_eq!(
        statuses.as_deref(),
        Some("no_such_plugin=missing,../etc/passwd=invalid name")
    );
    Ok(())
}

#[test]
fn worker_is_restarted_after_it_is_killed() -> Result<()> {
    let cluster = powa_cluster("worker_restart", &[])?;
    let first_pid = wait_for_powa_worker(&cluster)?;
    // SIGKILL of a backend makes the postmaster reinitialise shared memory
    // and restart every worker, ours included.
    // SAFETY: plain kill(2) of a server process of this test's cluster.
    assert_eq!(unsafe { libc::kill(first_pid.parse()?, libc::SIGKILL) }, 0);
    wait_for("a new powa worker", Duration::from_secs(60), || {
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

#[test]
fn missing_database_and_extension_are_reported_once_and_awaited() -> Result<()> {
    let install = PgInstall::from_env()?;
    let mut cluster = Cluster::init(&install, "missing_database")?;
    cluster.set_conf("shared_preload_libraries", "powa")?;
    cluster.start()?;
    cluster.wait_for_log("database \"powa\" does not exist", Duration::from_secs(10))?;
    // Several re-checks later the message is still there once, and no
    // process has crashed.
    std::thread::sleep(Duration::from_secs(12));
    let log = cluster.log();
    assert_eq!(
        log.matches("database \"powa\" does not exist").count(),
        1,
        "{log}"
    );
    assert!(!log.contains("exited with exit code"), "{log}");

    cluster.execute("postgres", "CREATE DATABASE powa")?;
    cluster.wait_for_log(
        "the powa extension is not installed in database \"powa\"",
        Duration::from_secs(20),
    )?;
    cluster.execute("powa", "CREATE EXTENSION powa")?;
    cluster.wait_for_log(
        "powa worker started in database \"powa\"",
        Duration::from_secs(20),
    )?;
    assert_eq!(
        cluster
            .log()
            .matches("the powa extension is not installed")
            .count(),
        1
    );
    Ok(())
}

#[test]
fn settings_are_validated_with_clear_messages() -> Result<()> {
    let cluster = powa_cluster("settings", &[])?;
    let mut client = cluster.connect("powa")?;
    for (statement, expected) in [
        (
            "ALTER SYSTEM SET powa.frequency = 0",
            "it must be -1 (snapshots disabled) or at least 1 second",
        ),
        (
            "ALTER SYSTEM SET powa.coalesce = 2",
            "outside the valid range",
        ),
        (
            "ALTER SYSTEM SET powa.ignored_users = 'alice,,bob'",
            "has an empty name",
        ),
        (
            "ALTER SYSTEM SET powa.retention = '1 fortnight'",
            "invalid value",
        ),
    ] {
        let error = client.batch_execute(statement).expect_err(statement);
        let text = powa_e2e::describe(&error);
        assert!(text.contains(expected), "{statement}: {text}");
    }
    client.batch_execute("ALTER SYSTEM SET powa.frequency = '2min'")?;
    client.batch_execute("SELECT pg_reload_conf()")?;
    wait_for(
        "powa.frequency to be reloaded",
        Duration::from_secs(10),
        || {
            Ok(cluster
                .query_text("powa", "SHOW powa.frequency")?
                .as_deref()
                == Some("2min"))
        },
    )?;
    Ok(())
}
