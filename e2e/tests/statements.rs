//! powa_stat_statements in a real server: the deltas of a range equal the
//! difference of pg_stat_statements read directly at the range's bounds,
//! before and after coalescing and purging; a reset never gives negative
//! deltas; a failing source is recorded and the others' snapshots are whole.

use anyhow::{Context, Result};
use powa_e2e::{powa_cluster, Cluster};
use std::time::Duration;

/// Statements of the tests carry this marker, to tell them from the rest.
const MARKER: &str = "stmt_marker";

fn statements_cluster(name: &str, plugins: &str) -> Result<Cluster> {
    let cluster = powa_cluster(
        name,
        &[
            ("shared_preload_libraries", "powa,pg_stat_statements"),
            ("walker.plugins", plugins),
            // Snapshots are taken by hand, at the bounds the tests compare.
            ("powa.frequency", "-1"),
        ],
    )?;
    cluster.execute(
        "powa",
        "CREATE EXTENSION pg_stat_statements;
         CREATE TABLE stmt_t (id int PRIMARY KEY, v text)",
    )?;
    Ok(cluster)
}

fn workload(cluster: &Cluster, round: i32) -> Result<()> {
    let base = round * 1000;
    cluster.execute(
        "powa",
        &format!(
            "INSERT INTO stmt_t /* {MARKER} insert */ SELECT g, 'r{round}' FROM generate_series({}, {}) g;
             UPDATE stmt_t /* {MARKER} update */ SET v = v || '!' WHERE id % 3 = 0;
             SELECT count(*) /* {MARKER} count */ FROM stmt_t WHERE v LIKE 'r%';",
            base + 1,
            base + 500
        ),
    )?;
    if round % 2 == 0 {
        // A statement only some rounds run: new in some ranges.
        cluster.execute(
            "powa",
            &format!("DELETE FROM stmt_t /* {MARKER} delete */ WHERE id % 7 = 0"),
        )?;
    }
    Ok(())
}

/// Takes a snapshot; returns its time as text.
fn snapshot(cluster: &Cluster) -> Result<String> {
    let failed = cluster
        .query_text("powa", "SELECT powa_take_snapshot()")?
        .context("powa_take_snapshot returned nothing")?;
    assert_eq!(failed, "0", "no source failed:\n{}", cluster.log_tail(20));
    cluster
        .query_text(
            "powa",
            "SELECT max(ts)::text FROM powa_statements_snapshots",
        )?
        .context("no snapshot time")
}

/// Coalesces the staged snapshots; no source fails.
fn coalesce(cluster: &Cluster) -> Result<()> {
    let failed = cluster.query_text("powa", "SELECT powa_coalesce()")?;
    anyhow::ensure!(
        failed.as_deref() == Some("0"),
        "powa_coalesce() failed: {failed:?}"
    );
    Ok(())
}

/// pg_stat_statements' counters of the marked statements, kept in `table`.
fn read_directly(cluster: &Cluster, table: &str) -> Result<()> {
    cluster.execute(
        "powa",
        &format!(
            "CREATE TABLE {table} AS
             SELECT queryid, dbid, userid, toplevel, calls, total_exec_time, rows,
                    shared_blks_hit, shared_blks_read, wal_bytes::bigint AS wal_bytes
               FROM pg_stat_statements WHERE query LIKE '%{first}' || '{rest}%'",
            // Split: PostgreSQL 15 keeps utility statements' text as written,
            // and this one must not match its own pattern.
            first = &MARKER[..4],
            rest = &MARKER[4..]
        ),
    )
}

/// The marked statements whose deltas over [from, to] differ from the
/// difference of the two direct reads (0 where a read lacks one).
fn mismatches(
    cluster: &Cluster,
    from: &str,
    to: &str,
    start: &str,
    end: &str,
) -> Result<Vec<String>> {
    let rows = cluster.query_rows(
        "powa",
        &format!(
            "WITH expected AS (
                 SELECT e.queryid, e.dbid, e.userid, e.toplevel,
                        e.calls - coalesce(s.calls, 0) AS calls,
                        e.total_exec_time - coalesce(s.total_exec_time, 0) AS total_exec_time,
                        e.rows - coalesce(s.rows, 0) AS rows,
                        e.shared_blks_hit - coalesce(s.shared_blks_hit, 0) AS shared_blks_hit,
                        e.wal_bytes - coalesce(s.wal_bytes, 0) AS wal_bytes
                   FROM {end} e LEFT JOIN {start} s USING (queryid, dbid, userid, toplevel)),
             measured AS (
                 SELECT * FROM powa_statements_deltas('{from}', '{to}')
                  WHERE query LIKE '%{MARKER}%')
             SELECT coalesce(x.queryid, m.queryid)::text,
                    format('expected calls %s time %s rows %s hit %s wal %s, measured %s %s %s %s %s',
                           x.calls, x.total_exec_time, x.rows, x.shared_blks_hit, x.wal_bytes,
                           m.calls, m.total_exec_time, m.rows, m.shared_blks_hit, m.wal_bytes)
               FROM expected x FULL JOIN measured m USING (queryid, dbid, userid, toplevel)
              WHERE x.calls IS DISTINCT FROM m.calls
                 OR x.total_exec_time IS DISTINCT FROM m.total_exec_time
                 OR x.rows IS DISTINCT FROM m.rows
                 OR x.shared_blks_hit IS DISTINCT FROM m.shared_blks_hit
                 OR x.wal_bytes IS DISTINCT FROM m.wal_bytes"
        ),
    )?;
    Ok(rows
        .into_iter()
        .map(|row| {
            format!(
                "{}: {}",
                row[0].clone().unwrap_or_default(),
                row[1].clone().unwrap_or_default()
            )
        })
        .collect())
}

fn marked_deltas(cluster: &Cluster, from: &str, to: &str) -> Result<Vec<Vec<Option<String>>>> {
    cluster.query_rows(
        "powa",
        &format!(
            "SELECT queryid, calls, total_exec_time, rows, counters::text
               FROM powa_statements_deltas('{from}', '{to}')
              WHERE query LIKE '%{MARKER}%' ORDER BY queryid"
        ),
    )
}

#[test]
fn deltas_equal_pg_stat_statements_at_the_bounds_through_coalesce_and_purge() -> Result<()> {
    let cluster = statements_cluster("statements_deltas", "powa_stat_statements")?;
    workload(&cluster, 1)?;
    let t1 = snapshot(&cluster)?;
    read_directly(&cluster, "bound_1")?;
    workload(&cluster, 2)?;
    // Purge below cuts between the first two snapshots, at whole seconds.
    std::thread::sleep(Duration::from_millis(2500));
    let t2 = snapshot(&cluster)?;
    read_directly(&cluster, "bound_2")?;
    workload(&cluster, 3)?;
    workload(&cluster, 4)?;
    let t3 = snapshot(&cluster)?;
    read_directly(&cluster, "bound_3")?;

    for (from, to, start, end) in [
        (&t1, &t2, "bound_1", "bound_2"),
        (&t2, &t3, "bound_2", "bound_3"),
        (&t1, &t3, "bound_1", "bound_3"),
    ] {
        let wrong = mismatches(&cluster, from, to, start, end)?;
        assert!(wrong.is_empty(), "[{from}, {to}] from staging: {wrong:#?}");
    }
    let marked = marked_deltas(&cluster, &t1, &t3)?;
    assert_eq!(
        marked.len(),
        4,
        "insert, update, count and delete: {marked:?}"
    );

    // Coalesced: the same deltas, read from the arrays.
    coalesce(&cluster)?;
    assert_eq!(
        cluster
            .query_text("powa", "SELECT count(*) FROM powa_statements_src")?
            .as_deref(),
        Some("0"),
        "staging is empty after coalescing"
    );
    assert_eq!(marked_deltas(&cluster, &t1, &t3)?, marked, "after coalesce");
    for (from, to, start, end) in [
        (&t1, &t2, "bound_1", "bound_2"),
        (&t2, &t3, "bound_2", "bound_3"),
    ] {
        let wrong = mismatches(&cluster, from, to, start, end)?;
        assert!(
            wrong.is_empty(),
            "[{from}, {to}] after coalesce: {wrong:#?}"
        );
    }

    // Purge what is older than t1 + 1 s: t1's samples go, t2's and t3's stay.
    let samples_at = |ts: &str| -> Result<String> {
        Ok(cluster
            .query_text(
                "powa",
                &format!("SELECT count(*) FROM powa_statements_samples(0, '{ts}', '{ts}')"),
            )?
            .unwrap_or_default())
    };
    let (kept_2, kept_3) = (samples_at(&t2)?, samples_at(&t3)?);
    assert_ne!(samples_at(&t1)?, "0");
    let failed = cluster.query_text(
        "powa",
        &format!(
            "SELECT powa_purge(make_interval(secs => floor(extract(epoch FROM now() - '{t1}'::timestamptz)) - 1))"
        ),
    )?;
    assert_eq!(failed.as_deref(), Some("0"));
    assert_eq!(samples_at(&t1)?, "0", "older than the retention: gone");
    assert_eq!(
        (samples_at(&t2)?, samples_at(&t3)?),
        (kept_2, kept_3),
        "newer: kept"
    );
    let wrong = mismatches(&cluster, &t2, &t3, "bound_2", "bound_3")?;
    assert!(wrong.is_empty(), "[{t2}, {t3}] after purge: {wrong:#?}");
    Ok(())
}

#[test]
fn a_reset_never_gives_negative_deltas() -> Result<()> {
    let cluster = statements_cluster("statements_reset", "powa_stat_statements")?;
    workload(&cluster, 1)?;
    let t1 = snapshot(&cluster)?;
    workload(&cluster, 2)?;
    snapshot(&cluster)?;
    cluster.execute("powa", "SELECT pg_stat_statements_reset()")?;
    workload(&cluster, 3)?;
    let t3 = snapshot(&cluster)?;
    let negative = cluster.query_rows(
        "powa",
        &format!(
            "SELECT d.query, c.key, c.value
               FROM powa_statements_deltas('{t1}', '{t3}') d, jsonb_each(d.counters) c
              WHERE c.value <> 'null' AND c.value::numeric < 0"
        ),
    )?;
    assert!(negative.is_empty(), "negative deltas: {negative:?}");
    // The insert ran once in round 2 and once after the reset (round 3).
    let insert_calls = cluster.query_text(
        "powa",
        &format!(
            "SELECT calls FROM powa_statements_deltas('{t1}', '{t3}')
              WHERE query LIKE '%{MARKER} insert%'"
        ),
    )?;
    assert_eq!(insert_calls.as_deref(), Some("2"));
    Ok(())
}

/// The buckets where `<prefix>_totals_series` (per-snapshot totals) and
/// `<prefix>_ids_series` over the same rows (every sample) differ: counters
/// exactly, floats to 1e-9 of their size (summed in another order).
fn series_mismatches(
    cluster: &Cluster,
    from: &str,
    to: &str,
    points: i32,
    group: Option<&str>,
) -> Result<Vec<Vec<Option<String>>>> {
    let (totals, ids) = match group {
        None => (
            format!("powa_statements_totals_series(0, '{from}', '{to}', {points})"),
            "NULL".to_owned(),
        ),
        Some(dbid) => (
            format!(
                "powa_statements_totals_series(0, '{from}', '{to}', {points}, true)
                  WHERE grp = '{dbid}'"
            ),
            format!(
                "(SELECT array_agg(id) FROM powa_statements WHERE srvid = 0 AND dbid = {dbid})"
            ),
        ),
    };
    cluster.query_rows(
        "powa",
        &format!(
            "WITH t AS (SELECT * FROM {totals}),
                  i AS (SELECT * FROM powa_statements_ids_series(0, '{from}', '{to}', {points}, {ids}))
             SELECT coalesce(t.ts, i.ts)::text, t.seconds::text, i.seconds::text,
                    t.ints::text, i.ints::text, t.floats::text, i.floats::text
               FROM t FULL JOIN i ON t.ts = i.ts
              WHERE t.ts IS NULL OR i.ts IS NULL OR t.seconds <> i.seconds
                 OR t.ints IS DISTINCT FROM i.ints
                 OR cardinality(t.floats) <> cardinality(i.floats)
                 OR EXISTS (SELECT 1 FROM unnest(t.floats, i.floats) u(a, b)
                             WHERE (u.a IS NULL) <> (u.b IS NULL)
                                OR abs(u.a - u.b) > 1e-9 * greatest(abs(u.a), abs(u.b), 1))"
        ),
    )
}

#[test]
fn totals_and_bounds_give_what_every_rows_samples_give_through_a_reset_a_restart_and_coalesce(
) -> Result<()> {
    let mut cluster = statements_cluster("statements_totals", "powa_stat_statements")?;
    cluster.execute("powa", "CREATE DATABASE other")?;
    let other = |cluster: &Cluster, round: i32| {
        cluster.execute(
            "other",
            &format!("SELECT count(*) /* {MARKER} other {round} */ FROM pg_class"),
        )
    };
    let mut bounds = Vec::new();
    workload(&cluster, 1)?;
    other(&cluster, 1)?;
    bounds.push(snapshot(&cluster)?);
    workload(&cluster, 2)?;
    bounds.push(snapshot(&cluster)?);
    // A reset: every row counts from 0 again.
    cluster.execute("powa", "SELECT pg_stat_statements_reset()")?;
    workload(&cluster, 3)?;
    other(&cluster, 3)?;
    bounds.push(snapshot(&cluster)?);
    // A restart: the previous snapshot is read back from the repository.
    cluster.restart()?;
    workload(&cluster, 4)?;
    bounds.push(snapshot(&cluster)?);
    coalesce(&cluster)?;
    workload(&cluster, 5)?;
    other(&cluster, 5)?;
    bounds.push(snapshot(&cluster)?);
    workload(&cluster, 6)?;
    bounds.push(snapshot(&cluster)?);
    // Enough snapshots for a coalesce to make several batches (of at most
    // BATCH_SNAPSHOTS), whose samples read as before.
    for round in 7..133 {
        if round % 3 == 0 {
            workload(&cluster, round)?;
        }
        if round == 28 {
            // A second reset: rows that came inside a range and are gone
            // at its end ("other 5").
            cluster.execute("powa", "SELECT pg_stat_statements_reset()")?;
        }
        bounds.push(snapshot(&cluster)?);
    }
    let every_sample =
        "SELECT string_agg(format('%s %s %s %s', id, ts, ints, floats), ',' ORDER BY id, ts)
                          FROM powa_statements_samples(0, '-infinity', 'infinity')";
    let staged = cluster.query_text("powa", every_sample)?;
    coalesce(&cluster)?;
    assert_eq!(
        cluster.query_text("powa", every_sample)?,
        staged,
        "the samples, coalesced"
    );
    let batches = cluster.query_rows(
        "powa",
        "SELECT cardinality(ts)::text FROM powa_statements_batches WHERE srvid = 0 ORDER BY batch",
    )?;
    let sizes: Vec<String> = batches
        .into_iter()
        .filter_map(|row| row[0].clone())
        .collect();
    assert_eq!(
        sizes,
        ["4", "100", "28"],
        "batches of at most 100 snapshots"
    );

    let (first, last) = (&bounds[0], &bounds[bounds.len() - 1]);
    let totals = cluster.query_i64(
        "powa",
        &format!(
            "SELECT count(*) FROM powa_statements_totals_series(0, '{first}', '{last}', 1000)"
        ),
    )?;
    assert_eq!(
        totals as usize,
        bounds.len() - 1,
        "a point per snapshot after the first"
    );
    let calls = cluster.query_i64(
        "powa",
        &format!(
            "SELECT sum(s.ints[array_position(l.ints, 'calls')])
               FROM powa_statements_totals_series(0, '{first}', '{last}', 1000) s,
                    powa_statements_layout l WHERE l.srvid = 0"
        ),
    )?;
    assert!(calls >= 5 * 3, "the workload's calls at least: {calls}");
    // Every bucket a snapshot, two buckets, and ranges starting inside.
    for (from, to, points, across_reset) in [
        (first, last, 1000, true),
        (first, last, 2, true),
        (&bounds[1], &bounds[4], 1000, true),
        (&bounds[2], last, 3, true),
        (&bounds[3], &bounds[26], 1000, false),
        // Bounds inside two different batches of one coalesce.
        (&bounds[40], &bounds[110], 1000, false),
    ] {
        let wrong = series_mismatches(&cluster, from, to, points, None)?;
        assert!(wrong.is_empty(), "[{from}, {to}] / {points}: {wrong:#?}");
        // The deltas: from the bounds for the rows the totals say did not
        // restart, exactly what every sample gives.
        let deltas = cluster.query_rows(
            "powa",
            &format!(
                "SELECT coalesce(c.id, s.id)::text, c.ints::text, s.ints::text,
                        c.floats::text, s.floats::text
                   FROM powa_statements_counter_deltas(0, '{from}', '{to}') c
                   FULL JOIN powa_statements_sample_deltas(0, '{from}', '{to}') s USING (id)
                  WHERE c.id IS NULL OR s.id IS NULL OR c.ints IS DISTINCT FROM s.ints
                     OR c.floats IS DISTINCT FROM s.floats OR c.first_ts <> s.first_ts
                     OR c.last_ts <> s.last_ts"
            ),
        )?;
        assert!(deltas.is_empty(), "deltas [{from}, {to}]: {deltas:#?}");
        // ... where the bounds were read: every snapshot after the first
        // has its totals, and some rows did not restart.
        let uncovered = cluster.query_i64(
            "powa",
            &format!(
                "SELECT (SELECT count(*) - 1 FROM powa_statements_snapshots
                          WHERE srvid = 0 AND ts BETWEEN '{from}' AND '{to}')
                      - (SELECT count(*) FROM powa_statements_totals
                          WHERE srvid = 0 AND grp IS NULL AND closed_ids IS NOT NULL
                            AND ts > '{from}' AND ts <= '{to}')"
            ),
        )?;
        assert_eq!(uncovered, 0, "[{from}, {to}]: snapshots without totals");
        let from_bounds = cluster.query_i64(
            "powa",
            &format!(
                "SELECT count(*) FROM powa_statements_snapshot_rows(0, '{to}') e
                  WHERE e.id NOT IN (SELECT unnest(restarted) FROM powa_statements_totals
                                      WHERE srvid = 0 AND grp IS NULL
                                        AND ts > '{from}' AND ts <= '{to}')
                    AND e.id IN (SELECT id FROM powa_statements_snapshot_rows(0, '{from}'))"
            ),
        )?;
        // (Across the reset every row restarted.)
        assert!(
            across_reset || from_bounds > 0,
            "[{from}, {to}]: no row read from the bounds"
        );
        let databases = cluster.query_rows(
            "powa",
            "SELECT DISTINCT dbid::text FROM powa_statements WHERE srvid = 0",
        )?;
        assert!(databases.len() >= 2, "powa and other: {databases:?}");
        for dbid in databases.iter().filter_map(|row| row[0].clone()) {
            let wrong = series_mismatches(&cluster, from, to, points, Some(&dbid))?;
            assert!(
                wrong.is_empty(),
                "database {dbid}, [{from}, {to}] / {points}: {wrong:#?}"
            );
        }
    }
    Ok(())
}

#[test]
fn a_failing_source_is_recorded_and_the_others_snapshot() -> Result<()> {
    let cluster = statements_cluster(
        "statements_failing",
        "powa_stat_statements, example_stat_database",
    )?;
    // The extension stays installed but its view is gone: the source
    // fails (a dropped extension would unregister it instead).
    cluster.execute(
        "powa",
        "ALTER EXTENSION pg_stat_statements DROP VIEW pg_stat_statements;
         DROP VIEW pg_stat_statements",
    )?;
    let failed = cluster.query_text("powa", "SELECT powa_take_snapshot()")?;
    assert_eq!(failed.as_deref(), Some("1"), "one source failed");
    let recorded = cluster.query_text(
        "powa",
        "SELECT format('%s %s %s', sources, failed, errors->0->>'module') FROM powa_snapshots",
    )?;
    assert_eq!(
        recorded.as_deref(),
        Some("2 1 powa_stat_statements"),
        "the snapshot's record names the failure"
    );
    let error = cluster
        .query_text(
            "powa",
            "SELECT operation || ': ' || message FROM powa_plugin_errors
              WHERE plugin = 'powa_stat_statements'",
        )?
        .context("the failure is recorded")?;
    assert!(
        error.starts_with("snapshot: ") && error.contains("CREATE EXTENSION pg_stat_statements"),
        "{error}"
    );
    let databases = cluster.query_text(
        "powa",
        "SELECT count(*) = (SELECT count(*) FROM pg_stat_database WHERE datname IS NOT NULL)
           FROM example_stat_database_history",
    )?;
    assert_eq!(
        databases.as_deref(),
        Some("t"),
        "the other source's snapshot is whole"
    );
    Ok(())
}

/// Rows of powa_functions, as "module operation enabled extension".
fn registrations(cluster: &Cluster) -> Result<Vec<String>> {
    Ok(cluster
        .query_rows(
            "powa",
            "SELECT format('%s %s %s %s', module, operation, enabled, coalesce(extension, '-'))
               FROM powa_functions ORDER BY module, operation",
        )?
        .into_iter()
        .filter_map(|row| row[0].clone())
        .collect())
}

fn count(cluster: &Cluster, sql: &str) -> Result<i64> {
    Ok(cluster
        .query_text("powa", sql)?
        .context("no count")?
        .parse()?)
}

#[test]
fn sources_are_registered_disabled_and_unregistered_through_powa_functions() -> Result<()> {
    let mut cluster = statements_cluster(
        "statements_catalog",
        "powa_stat_statements, powa_stat_database",
    )?;
    snapshot(&cluster)?;
    let registered = registrations(&cluster)?;
    assert_eq!(registered.len(), 8, "{registered:?}");
    assert!(registered.contains(&"powa_stat_statements snapshot t pg_stat_statements".to_owned()));
    assert!(registered.contains(&"powa_stat_database snapshot t -".to_owned()));
    assert_eq!(
        cluster
            .query_text(
                "powa",
                "SELECT format('%s %s %s', sources, failed, errors) FROM powa_snapshots"
            )?
            .as_deref(),
        Some("2 0 []")
    );

    // A disabled operation is skipped; the rest runs.
    cluster.execute(
        "powa",
        "UPDATE powa_functions SET enabled = false
          WHERE module = 'powa_stat_database' AND operation = 'snapshot'",
    )?;
    snapshot(&cluster)?;
    assert_eq!(
        count(&cluster, "SELECT count(*) FROM powa_databases_snapshots")?,
        1
    );
    assert_eq!(
        count(&cluster, "SELECT count(*) FROM powa_statements_snapshots")?,
        2
    );

    // The extension dropped: unregistered, no failure, history kept.
    workload(&cluster, 0)?;
    cluster.execute("powa", "DROP EXTENSION pg_stat_statements")?;
    snapshot(&cluster)?;
    assert!(
        !registrations(&cluster)?
            .iter()
            .any(|r| r.starts_with("powa_stat_statements")),
        "{:?}",
        registrations(&cluster)?
    );
    cluster.wait_for_log(
        "data source \"powa_stat_statements\" unregistered: the extension \"pg_stat_statements\" it reads is not installed",
        Duration::from_secs(5),
    )?;
    assert_eq!(
        count(&cluster, "SELECT count(*) FROM powa_statements_snapshots")?,
        2
    );
    assert_eq!(
        count(&cluster, "SELECT count(*) FROM powa_plugin_errors")?,
        0
    );

    // Back: registered again (enabled), snapshots again.
    cluster.execute("powa", "CREATE EXTENSION pg_stat_statements")?;
    snapshot(&cluster)?;
    assert!(registrations(&cluster)?
        .contains(&"powa_stat_statements snapshot t pg_stat_statements".to_owned()));
    assert_eq!(
        count(&cluster, "SELECT count(*) FROM powa_statements_snapshots")?,
        3
    );

    // Out of walker.plugins: unregistered at the next cycle.
    cluster.set_conf("walker.plugins", "powa_stat_database")?;
    cluster.restart()?;
    let failed = cluster.query_text("powa", "SELECT powa_take_snapshot()")?;
    assert_eq!(failed.as_deref(), Some("0"));
    let left: Vec<String> = registrations(&cluster)?;
    assert!(
        left.iter().all(|r| r.starts_with("powa_stat_database")),
        "{left:?}"
    );
    assert_eq!(left.len(), 4);
    cluster.wait_for_log(
        "data source \"powa_stat_statements\" unregistered: it is not in walker.plugins any more",
        Duration::from_secs(5),
    )?;
    Ok(())
}
