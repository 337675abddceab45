//! SQL data sources, PoWA's stat-extension contract
//! (`../shared/reference/powa-stat-extension-integration.txt`) made
//! runnable: the document's functions and its registering INSERT as
//! written, called by the worker at the contract's pace (snapshot every
//! `powa.frequency`, aggregate every `powa.coalesce` snapshots, purge after
//! every 10 aggregates, unregister when the extension named by the module
//! is dropped); failures reported by function name without stopping the
//! others; each function run as its owner, so that writing
//! `powa_functions` gives no one the worker's rights.

use anyhow::{ensure, Context, Result};
use powa_e2e::{install_sql_extension, powa_cluster, wait_for, Cluster, PgInstall};
use std::time::Duration;

/// The document's data source, made runnable: its tables, and its four
/// functions under the names its INSERT registers. Each call is logged in
/// `my_data_source_calls` (rolled back with a failed call).
const MY_DATA_SOURCE: &str = r#"
CREATE TABLE powa_my_data_source_history_current (ts timestamptz NOT NULL, relations bigint NOT NULL);
CREATE TABLE powa_my_data_source_history (
    coalesce_range tstzrange NOT NULL, samples integer NOT NULL, max_relations bigint NOT NULL);
CREATE TABLE my_data_source_calls (id bigserial PRIMARY KEY, operation text NOT NULL);

CREATE OR REPLACE FUNCTION powa_mydatasource_snapshot() RETURNS void AS $PROC$
BEGIN
    INSERT INTO powa_my_data_source_history_current SELECT now(), count(*) FROM pg_class;
    INSERT INTO my_data_source_calls (operation) VALUES ('snapshot');
END
$PROC$ language plpgsql;

CREATE OR REPLACE FUNCTION powa_mydatasource_aggregate() RETURNS void AS $PROC$
BEGIN
    INSERT INTO powa_my_data_source_history
    SELECT tstzrange(min(ts), max(ts), '[]'), count(*), max(relations)
      FROM powa_my_data_source_history_current HAVING count(*) > 0;
    DELETE FROM powa_my_data_source_history_current;
    INSERT INTO my_data_source_calls (operation) VALUES ('aggregate');
END
$PROC$ language plpgsql;

CREATE OR REPLACE FUNCTION powa_mydatasource_purge() RETURNS void AS $PROC$
BEGIN
    DELETE FROM powa_my_data_source_history
     WHERE upper(coalesce_range) < now() - current_setting('powa.retention')::interval;
    INSERT INTO my_data_source_calls (operation) VALUES ('purge');
END
$PROC$ language plpgsql;

CREATE OR REPLACE function public.powa_mydatasource_unregister() RETURNS bool AS
$_$
BEGIN
    DELETE FROM public.powa_functions WHERE module = 'my_data_source';
    INSERT INTO my_data_source_calls (operation) VALUES ('unregister');
        RETURN true;
END;
$_$
language plpgsql;
"#;

/// The document's INSERT, as written.
const DOCUMENTED_INSERT: &str = r#"
INSERT INTO powa_functions (module, operation, function_name, added_manually)
VALUES  ('my_data_source', 'snapshot',   'powa_mydatasource_snapshot',   true),
        ('my_data_source', 'aggregate',  'powa_mydatasource_aggregate',  true),
        ('my_data_source', 'unregister', 'powa_mydatasource_unregister', true),
        ('my_data_source', 'purge',      'powa_mydatasource_purge',      true);
"#;

/// A source whose snapshot always raises, counting its calls in a
/// sequence (which a rollback keeps).
const FLAKY_SOURCE: &str = r#"
CREATE SEQUENCE flaky_calls;
CREATE FUNCTION powa_flaky_snapshot() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('flaky_calls');
    RAISE EXCEPTION 'flaky is out of order';
END $$;
INSERT INTO powa_functions (module, operation, function_name) VALUES ('flaky', 'snapshot', 'powa_flaky_snapshot');
"#;

fn calls(cluster: &Cluster) -> Result<Vec<String>> {
    Ok(cluster
        .query_rows(
            "powa",
            "SELECT operation FROM my_data_source_calls ORDER BY id",
        )?
        .into_iter()
        .map(|row| row[0].clone().unwrap_or_default())
        .collect())
}

#[test]
fn the_documented_sql_source_runs_at_the_contracts_pace_until_its_extension_is_dropped(
) -> Result<()> {
    let install = PgInstall::from_env()?;
    // The module is named after an extension, as the contract asks.
    install_sql_extension(
        &install,
        "my_data_source",
        "CREATE FUNCTION my_data_source_version() RETURNS text LANGUAGE sql AS $$ SELECT '1.0' $$;\n",
    )?;
    // Snapshots start once everything is registered: the first cycle is
    // the worker's first, so the pace can be checked call by call.
    let cluster = powa_cluster(
        "sql_sources_pace",
        &[("powa.frequency", "-1"), ("powa.coalesce", "5")],
    )?;
    cluster.execute("powa", "CREATE EXTENSION my_data_source")?;
    cluster.execute("powa", MY_DATA_SOURCE)?;
    cluster.execute("powa", DOCUMENTED_INSERT)?;
    cluster.execute("powa", FLAKY_SOURCE)?;
    cluster.set_conf("powa.frequency", "1s")?;
    cluster.reload()?;

    // 50 cycles (powa.coalesce's least is 5): a snapshot each, an
    // aggregate every 5th, a purge after the 10th aggregate, in the order
    // of the cycle.
    let mut expected = Vec::new();
    for cycle in 1..=50 {
        expected.push("snapshot");
        if cycle % 5 == 0 {
            expected.push("aggregate");
        }
        if cycle == 50 {
            expected.push("purge");
        }
    }
    wait_for(
        "50 cycles of my_data_source",
        Duration::from_secs(120),
        || Ok(calls(&cluster)?.len() >= expected.len()),
    )
    .with_context(|| cluster.log_tail(30))?;
    let seen = calls(&cluster)?;
    assert_eq!(&seen[..expected.len()], &expected[..], "{seen:?}");
    assert_eq!(
        cluster.query_i64("powa", "SELECT count(*) FROM powa_my_data_source_history")?,
        10,
        "one history row per aggregate, none purged (retention is a day)"
    );
    let status = cluster.query_rows(
        "powa",
        "SELECT status, failures::text, functions->>'snapshot' FROM powa_sql_sources WHERE module = 'my_data_source'",
    )?;
    assert_eq!(
        status,
        vec![vec![
            Some("ok".to_owned()),
            Some("0".to_owned()),
            Some("powa_mydatasource_snapshot".to_owned())
        ]]
    );
    // flaky failed in cycles 1, 3, 7, 15 and 31 only (it sat out 2, 4, 8
    // and 16 cycles), each failure recorded under its name, and it did not
    // stop my_data_source.
    let flaky_calls = cluster.query_i64("powa", "SELECT last_value FROM flaky_calls")?;
    assert_eq!(flaky_calls, 5, "calls of flaky");
    // Every cycle is in powa_snapshots, and its only failures are flaky's.
    assert!(cluster.query_i64("powa", "SELECT count(*) FROM powa_snapshots")? >= 50);
    assert_eq!(
        cluster.query_i64("powa", "SELECT sum(failed) FROM powa_snapshots")?,
        flaky_calls
    );
    let message = cluster
        .query_text(
            "powa",
            "SELECT message FROM powa_plugin_errors WHERE plugin = 'flaky' AND operation = 'snapshot' LIMIT 1",
        )?
        .context("flaky's failure recorded")?;
    assert!(
        message.contains("function \"powa_flaky_snapshot\"")
            && message.contains("flaky is out of order"),
        "{message}"
    );
    assert_eq!(
        cluster.query_text(
            "powa",
            "SELECT status FROM powa_sql_sources WHERE module = 'flaky'"
        )?,
        Some("backing off".to_owned())
    );

    // Dropping the extension the module is named after unregisters it:
    // its unregister runs once and its rows are gone.
    cluster.execute("powa", "DROP EXTENSION my_data_source")?;
    wait_for(
        "my_data_source unregistered",
        Duration::from_secs(20),
        || {
            Ok(cluster.query_i64(
                "powa",
                "SELECT count(*) FROM powa_functions WHERE module = 'my_data_source'",
            )? == 0
                && calls(&cluster)?.contains(&"unregister".to_owned()))
        },
    )?;
    let after = cluster.query_i64("powa", "SELECT count(*) FROM my_data_source_calls")?;
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(
        cluster.query_i64("powa", "SELECT count(*) FROM my_data_source_calls")?,
        after,
        "no call after unregister"
    );
    assert_eq!(
        calls(&cluster)?
            .iter()
            .filter(|c| c.as_str() == "unregister")
            .count(),
        1
    );
    assert_eq!(
        cluster.query_i64(
            "powa",
            "SELECT count(*) FROM powa_sql_sources WHERE module = 'my_data_source'"
        )?,
        0
    );
    assert_eq!(
        cluster.query_i64(
            "powa",
            "SELECT count(*) FROM powa_plugin_errors WHERE plugin = 'my_data_source'"
        )?,
        0
    );
    Ok(())
}

#[test]
fn failing_sql_sources_are_reported_by_name_and_run_as_their_owner() -> Result<()> {
    let cluster = powa_cluster("sql_sources_failures", &[("powa.frequency", "-1")])?;
    cluster.execute(
        "powa",
        r#"
        CREATE TABLE fine_rows (at timestamptz);
        CREATE FUNCTION powa_fine_snapshot(_srvid integer) RETURNS void LANGUAGE sql
            AS $$ INSERT INTO fine_rows VALUES (now()) $$;
        CREATE FUNCTION powa_wrong_snapshot(label text) RETURNS void LANGUAGE sql AS $$ SELECT $$;
        CREATE FUNCTION powa_raising_snapshot() RETURNS void LANGUAGE plpgsql
            AS $$ BEGIN RAISE EXCEPTION 'raising ran out of luck'; END $$;
        INSERT INTO powa_functions (module, operation, function_name, priority) VALUES
            ('missing', 'snapshot', 'powa_missing_snapshot', 1),
            ('wrong', 'snapshot', 'powa_wrong_snapshot', 2),
            ('raising', 'snapshot', 'powa_raising_snapshot', 3),
            ('fine', 'snapshot', 'powa_fine_snapshot', 4);
        "#,
    )?;
    assert_eq!(
        cluster.query_text("powa", "SELECT powa_take_snapshot()")?,
        Some("3".to_owned())
    );
    assert_eq!(
        cluster.query_i64("powa", "SELECT count(*) FROM fine_rows")?,
        1
    );
    let errors: Vec<(String, String)> = cluster
        .query_rows(
            "powa",
            "SELECT plugin, message FROM powa_plugin_errors ORDER BY plugin",
        )?
        .into_iter()
        .map(|r| (r[0].clone().unwrap(), r[1].clone().unwrap()))
        .collect();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert_eq!(errors[0].0, "missing");
    assert_eq!(
        errors[0].1,
        "function \"powa_missing_snapshot\": does not exist"
    );
    assert_eq!(errors[1].0, "raising");
    assert!(
        errors[1]
            .1
            .starts_with("function \"powa_raising_snapshot\": raising ran out of luck"),
        "{}",
        errors[1].1
    );
    assert_eq!(errors[2].0, "wrong");
    assert!(
        errors[2]
            .1
            .contains("function \"powa_wrong_snapshot\": cannot be called")
            && errors[2].1.contains("powa_wrong_snapshot(text)"),
        "{}",
        errors[2].1
    );
    let recorded = cluster
        .query_text(
            "powa",
            "SELECT errors::text FROM powa_snapshots ORDER BY ts DESC LIMIT 1",
        )?
        .unwrap_or_default();
    assert!(
        recorded.contains("powa_missing_snapshot") && recorded.contains("raising ran out of luck"),
        "{recorded}"
    );

    // Rows that break the contract are refused with the rule they break.
    for (row, expected) in [
        (
            "(1, 'remote', 'snapshot', 'powa_fine_snapshot', NULL)",
            "run on the local server only",
        ),
        (
            "(0, 'sampler', 'sample', 'powa_fine_snapshot', NULL)",
            "has no operation \"sample\"",
        ),
        ("(0, 'nothing', 'snapshot', NULL, NULL)", "calls nothing"),
        (
            "(0, 'both', 'snapshot', 'powa_fine_snapshot', 'x.so: snapshot')",
            "names both",
        ),
    ] {
        let error = cluster
            .execute(
                "powa",
                &format!(
                    "INSERT INTO powa_functions (srvid, module, operation, function_name, entry_point) VALUES {row}"
                ),
            )
            .expect_err(row);
        ensure!(format!("{error:#}").contains(expected), "{row}: {error:#}");
    }

    // Writing powa_functions runs a function with its owner's rights, not
    // the worker's: mallory's source may fill mallory's table, and cannot
    // make mallory a superuser.
    cluster.execute(
        "powa",
        r#"
        DELETE FROM powa_functions WHERE function_name IS NOT NULL;
        CREATE ROLE mallory LOGIN;
        GRANT INSERT ON powa_functions TO mallory;
        GRANT CREATE ON SCHEMA public TO mallory;
        SET ROLE mallory;
        CREATE TABLE mallory_rows (who text);
        CREATE FUNCTION powa_mallory_snapshot() RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO mallory_rows VALUES (current_user);
            ALTER ROLE mallory SUPERUSER;
        END $$;
        CREATE FUNCTION powa_mallory_aggregate() RETURNS void LANGUAGE sql
            AS $$ INSERT INTO mallory_rows VALUES (current_user) $$;
        INSERT INTO powa_functions (module, operation, function_name) VALUES
            ('mallory', 'snapshot', 'powa_mallory_snapshot'),
            ('mallory', 'aggregate', 'powa_mallory_aggregate');
        RESET ROLE;
        "#,
    )?;
    assert_eq!(
        cluster.query_text("powa", "SELECT powa_take_snapshot()")?,
        Some("1".to_owned())
    );
    let message = cluster
        .query_text(
            "powa",
            "SELECT message FROM powa_plugin_errors WHERE plugin = 'mallory' LIMIT 1",
        )?
        .unwrap_or_default();
    // (PostgreSQL 15 says "must be superuser to alter superuser roles".)
    assert!(
        message.contains("permission denied") || message.contains("must be superuser"),
        "{message}"
    );
    assert_eq!(
        cluster.query_text(
            "powa",
            "SELECT rolsuper::text FROM pg_roles WHERE rolname = 'mallory'"
        )?,
        Some("false".to_owned())
    );
    assert_eq!(
        cluster.query_text("powa", "SELECT powa_coalesce()")?,
        Some("0".to_owned())
    );
    assert_eq!(
        cluster.query_rows("powa", "SELECT who FROM mallory_rows")?,
        vec![vec![Some("mallory".to_owned())]],
        "the aggregate ran as mallory; the failed snapshot's row was rolled back"
    );

    // powa can still be dropped with SQL sources registered (its event
    // trigger goes with it).
    cluster.execute("powa", "DROP EXTENSION powa")?;
    Ok(())
}
