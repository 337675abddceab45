//! The cluster-wide and per-relation data sources (powa_stat_database,
//! _bgwriter, _wal, _io, _tables, _indexes) in a real server: for every row
//! and every counter, the deltas of a range equal the view read directly at
//! the range's bounds (gauges: the value at the end), before and after a
//! coalesce, across staging and history.

use anyhow::Result;
use powa_e2e::deltas::{bound, check_all, Checked};
use powa_e2e::{powa_cluster, wait_for, Cluster};
use std::time::Duration;

const SOURCES: &str =
    "powa_stat_database, powa_stat_bgwriter, powa_stat_wal, powa_stat_io, powa_stat_tables, powa_stat_indexes";

/// When the last snapshot was taken.
const TIME: &str = "SELECT max(ts)::text FROM powa_databases_snapshots";

fn checked(major: u32) -> Vec<Checked> {
    let bgwriter = if major >= 17 {
        "SELECT '', to_jsonb(b) || to_jsonb(c) FROM pg_stat_bgwriter b, pg_stat_checkpointer c"
    } else {
        "SELECT '', to_jsonb(b) FROM pg_stat_bgwriter b"
    };
    vec![
        Checked {
            prefix: "powa_databases",
            delta_key: "datid::text",
            direct: Some("SELECT datid::text, to_jsonb(v) FROM pg_stat_database v".into()),
            gauges: &["numbackends"],
        },
        Checked {
            prefix: "powa_bgwriter",
            delta_key: "''",
            direct: Some(bgwriter.into()),
            gauges: &[],
        },
        Checked {
            prefix: "powa_wal",
            delta_key: "''",
            direct: Some("SELECT '', to_jsonb(v) FROM pg_stat_wal v".into()),
            gauges: &[],
        },
        Checked {
            prefix: "powa_io",
            delta_key: "concat_ws('/', backend_type, object, context)",
            direct: (major >= 16).then(|| {
                "SELECT concat_ws('/', backend_type, object, context), to_jsonb(v) FROM pg_stat_io v"
                    .into()
            }),
            gauges: &[],
        },
        Checked {
            prefix: "powa_tables",
            delta_key: "relid::text",
            direct: Some("SELECT relid::text, to_jsonb(v) FROM pg_stat_all_tables v".into()),
            gauges: &["n_live_tup", "n_dead_tup", "n_mod_since_analyze", "n_ins_since_vacuum"],
        },
        Checked {
            prefix: "powa_indexes",
            delta_key: "indexrelid::text",
            direct: Some("SELECT indexrelid::text, to_jsonb(v) FROM pg_stat_all_indexes v".into()),
            gauges: &[],
        },
    ]
}

fn sources_cluster(name: &str) -> Result<Cluster> {
    let cluster = powa_cluster(
        name,
        &[
            ("shared_preload_libraries", "powa"),
            ("walker.plugins", SOURCES),
            ("powa.frequency", "-1"),
            // The snapshot and the direct reads at a bound happen in one
            // transaction and must see the same statistics.
            ("stats_fetch_consistency", "snapshot"),
        ],
    )?;
    cluster.execute(
        "powa",
        "CREATE TABLE src_t (id int PRIMARY KEY, v text);
         CREATE TABLE direct (bound int, prefix text, k text, j jsonb)",
    )?;
    Ok(cluster)
}

/// Inserts, updates and deletes in src_t, then waits until the statistics
/// show the inserts (backends report them asynchronously).
fn workload(cluster: &Cluster, round: i32) -> Result<()> {
    let base = round * 1000;
    cluster.execute(
        "powa",
        &format!(
            "INSERT INTO src_t SELECT g, 'r{round}' FROM generate_series({}, {}) g;
             UPDATE src_t SET v = v || '!' WHERE id % 3 = 0;
             DELETE FROM src_t WHERE id % 7 = 0;
             SELECT count(*) FROM src_t WHERE id BETWEEN 10 AND 20;",
            base + 1,
            base + 500
        ),
    )?;
    let expected = 500 * (round + 1);
    wait_for(
        "src_t's inserts in pg_stat_all_tables",
        Duration::from_secs(20),
        || {
            let inserted = cluster.query_text(
                "powa",
                "SELECT n_tup_ins FROM pg_stat_all_tables WHERE relid = 'src_t'::regclass",
            )?;
            Ok(inserted.and_then(|n| n.parse::<i32>().ok()) >= Some(expected))
        },
    )?;
    Ok(())
}

#[test]
fn every_sources_deltas_equal_its_view_at_the_bounds() -> Result<()> {
    let cluster = sources_cluster("sources_deltas")?;
    let checked = checked(cluster.install.major);
    let t1 = bound(&cluster, &checked, 1, TIME)?;
    workload(&cluster, 0)?;
    let t2 = bound(&cluster, &checked, 2, TIME)?;
    check_all(&cluster, &checked, (&t1, &t2), (1, 2))?;

    // src_t's own row: what the workload did, exactly.
    let src_t = cluster.query_rows(
        "powa",
        &format!(
            "SELECT n_tup_ins, n_tup_del, n_live_tup FROM powa_tables_deltas('{t1}', '{t2}')
              WHERE relname = 'src_t'"
        ),
    )?;
    assert_eq!(
        src_t,
        vec![vec![
            Some("500".into()),
            Some("71".into()),
            Some("429".into())
        ]],
        "src_t: 500 inserted, 71 deleted (multiples of 7), 429 live"
    );

    assert_eq!(
        cluster
            .query_text("powa", "SELECT powa_coalesce()")?
            .as_deref(),
        Some("0")
    );
    workload(&cluster, 1)?;
    let t3 = bound(&cluster, &checked, 3, TIME)?;
    // [t1, t2] now from history only, [t1, t3] and [t2, t3] across both.
    check_all(&cluster, &checked, (&t1, &t2), (1, 2))?;
    check_all(&cluster, &checked, (&t1, &t3), (1, 3))?;
    check_all(&cluster, &checked, (&t2, &t3), (2, 3))?;

    // Rates: per second over the range's snapshots.
    let rate = cluster.query_text(
        "powa",
        &format!(
            "SELECT abs((rates->>'n_tup_ins')::float8 * seconds - n_tup_ins) < 1e-6
               AND NOT rates ? 'n_live_tup'
               FROM powa_tables_deltas('{t2}', '{t3}') WHERE relname = 'src_t'"
        ),
    )?;
    assert_eq!(
        rate.as_deref(),
        Some("t"),
        "rates of cumulative counters only"
    );

    if cluster.install.major < 16 {
        cluster.wait_for_log(
            "powa_io: PostgreSQL 15 has nothing to collect for this source",
            Duration::from_secs(5),
        )?;
    }
    Ok(())
}

#[test]
fn the_wait_sampler_counts_what_a_query_waits_on() -> Result<()> {
    let cluster = powa_cluster(
        "wait_sampling",
        &[
            ("shared_preload_libraries", "powa"),
            ("walker.plugins", "powa_wait_sampling"),
            ("powa.frequency", "1"),
            ("compute_query_id", "on"),
            ("powa_wait_sampling.period", "10"),
        ],
    )?;
    let snapshots = || -> Result<i64> {
        Ok(cluster
            .query_text("powa", "SELECT count(*) FROM powa_wait_events_snapshots")
            .unwrap_or(None)
            .and_then(|n| n.parse().ok())
            .unwrap_or(0))
    };
    wait_for(
        "the worker's first snapshot",
        Duration::from_secs(30),
        || Ok(snapshots()? >= 1),
    )?;
    cluster.execute("powa", "SELECT pg_sleep(2)")?;
    let slept = snapshots()?;
    wait_for(
        "a snapshot after the sleep",
        Duration::from_secs(30),
        || Ok(snapshots()? > slept),
    )?;
    let rows = cluster.query_rows(
        "powa",
        "SELECT samples, queryid <> 0, event_type
           FROM powa_wait_events_deltas('-infinity', 'infinity')
          WHERE event = 'PgSleep' AND dbid = (SELECT oid FROM pg_database WHERE datname = 'powa')",
    )?;
    assert_eq!(rows.len(), 1, "one sleeping query: {rows:?}");
    let samples: i64 = rows[0][0].as_deref().unwrap_or("0").parse()?;
    // 2 s at 10 ms: at most 201 samples; the worker also snapshots and
    // walks WAL in between, so fewer, but not many fewer.
    assert!(
        (100..=201).contains(&samples),
        "{samples} samples of a 2 s sleep at 10 ms"
    );
    assert_eq!(rows[0][1].as_deref(), Some("t"), "the query id is known");
    assert_eq!(rows[0][2].as_deref(), Some("Timeout"));
    let registered = cluster.query_text(
        "powa",
        "SELECT enabled FROM powa_functions WHERE module = 'powa_wait_sampling' AND operation = 'sample'",
    )?;
    assert_eq!(registered.as_deref(), Some("t"));
    Ok(())
}

/// `powa_take_snapshot()` keeps its sources started in a backend, as the
/// worker does (their startup, which makes their tables and functions
/// again, runs once), unless what the startup made was rolled back (by a
/// ROLLBACK TO SAVEPOINT here, or a ROLLBACK), after which the next call
/// starts them again.
#[test]
fn a_backend_keeps_its_sources_started_unless_their_startup_was_rolled_back() -> Result<()> {
    let cluster = powa_cluster(
        "backend_sources",
        &[
            ("walker.plugins", "powa_stat_database"),
            ("powa.frequency", "-1"),
        ],
    )?;
    let mut client = cluster.connect("powa")?;
    let snapshot = |client: &mut postgres::Client| -> Result<i32> {
        Ok(client.query_one("SELECT powa_take_snapshot()", &[])?.get(0))
    };
    let has_deltas = |client: &mut postgres::Client| -> Result<bool> {
        Ok(client
            .query_one(
                "SELECT to_regproc('powa_databases_deltas') IS NOT NULL",
                &[],
            )?
            .get(0))
    };
    // The first startup rolled back with its savepoint: started again.
    client
        .batch_execute("BEGIN; SAVEPOINT s; SELECT powa_take_snapshot(); ROLLBACK TO s; COMMIT")?;
    assert!(!has_deltas(&mut client)?);
    assert_eq!(snapshot(&mut client)?, 0, "{}", cluster.log_tail(10));
    assert!(has_deltas(&mut client)?);
    // Started and committed: not started again in this backend.
    client.batch_execute("DROP FUNCTION powa_databases_deltas")?;
    assert_eq!(snapshot(&mut client)?, 0);
    assert!(!has_deltas(&mut client)?, "the startup ran again");
    // A new backend starts its sources.
    let mut other = cluster.connect("powa")?;
    assert_eq!(snapshot(&mut other)?, 0);
    assert!(has_deltas(&mut other)?);
    // A rolled-back call: its snapshot is gone, the next one is taken.
    let mut third = cluster.connect("powa")?;
    third.batch_execute("BEGIN; SELECT powa_take_snapshot(); ROLLBACK")?;
    assert_eq!(snapshot(&mut third)?, 0);
    assert_eq!(
        cluster.query_i64("powa", "SELECT count(*) FROM powa_databases_snapshots")?,
        4,
        "the committed snapshots"
    );
    Ok(())
}
