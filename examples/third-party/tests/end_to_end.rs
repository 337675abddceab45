//! The plugin in a real server, with powa's test kit (`powa-e2e`): a
//! throwaway cluster preloading powa with this plugin in walker.plugins,
//! the plugin's own build installed into the PostgreSQL of
//! `POWA_PG_CONFIG` (which must have powa installed).

use anyhow::{Context, Result};
use powa_e2e::{built_library, install_plugin, powa_cluster, PgInstall};

#[test]
fn counts_the_calls_of_a_function_between_two_snapshots() -> Result<()> {
    let install = PgInstall::from_env()?;
    install_plugin(
        &install,
        "example_user_functions",
        &built_library("example_user_functions")?,
    )?;
    let cluster = powa_cluster(
        "example_user_functions",
        &[
            ("walker.plugins", "example_user_functions"),
            ("powa.frequency", "-1"),
            ("track_functions", "all"),
        ],
    )?;
    cluster.execute(
        "powa",
        "CREATE FUNCTION twice(x int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 2 * x; END $$",
    )?;
    let snapshot = || -> Result<String> {
        let failed = cluster.query_text("powa", "SELECT powa_take_snapshot()")?;
        anyhow::ensure!(
            failed.as_deref() == Some("0"),
            "a failed snapshot: {}",
            cluster.log_tail(20)
        );
        Ok(cluster
            .query_text("powa", "SELECT max(ts)::text FROM powa_snapshots")?
            .context("no snapshot recorded")?)
    };
    cluster.execute("powa", "SELECT twice(g) FROM generate_series(1, 5) g")?;
    let first = snapshot()?;
    cluster.execute("powa", "SELECT twice(g) FROM generate_series(1, 7) g")?;
    // The statistics of a session reach pg_stat_user_functions at its end.
    std::thread::sleep(std::time::Duration::from_millis(1200));
    let second = snapshot()?;
    let direct = cluster.query_text(
        "powa",
        "SELECT calls FROM pg_stat_user_functions WHERE funcname = 'twice'",
    )?;
    assert_eq!(
        direct.as_deref(),
        Some("12"),
        "pg_stat_user_functions itself"
    );
    let calls = cluster.query_text(
        "powa",
        &format!(
            "SELECT calls FROM example_user_functions_deltas('{first}', '{second}')
              WHERE funcname = 'twice'"
        ),
    )?;
    // Bounded by powa_snapshots' times: the sources' samples carry them.
    assert_eq!(
        calls.as_deref(),
        Some("7"),
        "calls of twice() from {first} to {second}"
    );
    Ok(())
}
