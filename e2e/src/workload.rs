//! The workload of the statements and web benchmarks: N distinct
//! statements in pg_stat_statements and S snapshots of them (a day at a
//! 5-minute frequency by default), some statements run between each two.

use crate::{powa_cluster, Cluster};
use anyhow::Result;
use std::time::Instant;

/// Statements between two snapshots: a slice of the workload, as a real
/// server runs some of its statements in each interval.
pub const PER_INTERVAL: usize = 250;

/// The cluster and what taking its snapshots cost.
pub struct StatementsWorkload {
    pub cluster: Cluster,
    /// Distinct statements of the workload pg_stat_statements tracks.
    pub tracked: i64,
    pub snapshot_ms: Vec<f64>,
    /// `powa_coalesce()` after each 100 snapshots.
    pub coalesce_ms: Vec<f64>,
}

/// The workload's tables: 10 columns each, one per 100 statements.
pub fn bench_tables_sql(statements: usize) -> String {
    let mut setup = String::new();
    for t in 0..statements.div_ceil(100) {
        let columns: Vec<String> = (0..10).map(|c| format!("c{c} int")).collect();
        setup.push_str(&format!(
            "CREATE TABLE bench_t{t} ({}); INSERT INTO bench_t{t} SELECT {} FROM generate_series(1, 10) g;",
            columns.join(", "),
            (0..10).map(|_| "g").collect::<Vec<_>>().join(", ")
        ));
    }
    setup
}

/// `statements` distinct statements: 10 x 10 column pairs per table.
pub fn bench_queries(statements: usize) -> Vec<String> {
    (0..statements)
        .map(|i| {
            let (t, pair) = (i / 100, i % 100);
            format!(
                "SELECT c{} FROM bench_t{t} WHERE c{} = 1",
                pair / 10,
                pair % 10
            )
        })
        .collect()
}

/// Runs `count` of `queries` from `from` (wrapping), in one DO block.
pub fn run_bench_queries(
    client: &mut postgres::Client,
    queries: &[String],
    from: usize,
    count: usize,
) -> Result<()> {
    let body: String = (from..from + count)
        .map(|i| format!("EXECUTE '{}';", queries[i % queries.len()]))
        .collect();
    client.batch_execute(&format!("DO $$ BEGIN {body} END $$"))?;
    Ok(())
}

/// A powa cluster named `name` collecting `plugins` (powa_stat_statements
/// among them), with `statements` distinct statements and `snapshots`
/// snapshots taken by `powa_take_snapshot()`.
pub fn statements_workload(
    name: &str,
    plugins: &str,
    statements: usize,
    snapshots: usize,
) -> Result<StatementsWorkload> {
    let cluster = powa_cluster(
        name,
        &[
            ("shared_preload_libraries", "powa,pg_stat_statements"),
            ("walker.plugins", plugins),
            ("powa.frequency", "-1"),
            ("pg_stat_statements.max", "10000"),
            // The workload's statements run inside a DO block.
            ("pg_stat_statements.track", "all"),
        ],
    )?;
    let mut client = cluster.connect("powa")?;
    client.batch_execute(&format!(
        "CREATE EXTENSION pg_stat_statements; {}",
        bench_tables_sql(statements)
    ))?;
    let queries = bench_queries(statements);
    let run = |client: &mut postgres::Client, from: usize, count: usize| -> Result<()> {
        run_bench_queries(client, &queries, from, count)
    };
    run(&mut client, 0, statements)?;
    let tracked: i64 = client
        .query_one(
            "SELECT count(*) FROM pg_stat_statements WHERE query LIKE 'SELECT c% FROM bench_t%'",
            &[],
        )?
        .get(0);
    let mut snapshot_ms = Vec::new();
    let mut coalesce_ms = Vec::new();
    for s in 0..snapshots {
        run(&mut client, s * PER_INTERVAL, PER_INTERVAL)?;
        let began = Instant::now();
        let failed: i32 = client.query_one("SELECT powa_take_snapshot()", &[])?.get(0);
        snapshot_ms.push(began.elapsed().as_secs_f64() * 1e3);
        anyhow::ensure!(failed == 0, "a snapshot failed:\n{}", cluster.log_tail(20));
        if (s + 1) % 100 == 0 {
            let began = Instant::now();
            client.query_one("SELECT powa_coalesce()", &[])?;
            coalesce_ms.push(began.elapsed().as_secs_f64() * 1e3);
        }
    }
    Ok(StatementsWorkload {
        cluster,
        tracked,
        snapshot_ms,
        coalesce_ms,
    })
}
