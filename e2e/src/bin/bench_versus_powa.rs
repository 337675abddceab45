//! Benchmark: PoWA 4.1.4 and powa side by side on PostgreSQL 15, in one
//! run, on the same workload (run it through `scripts/bench.sh
//! versus-powa`, which installs both): N distinct statements (default
//! 5000) with pg_stat_statements, pg_stat_kcache and pg_qualstats on, S
//! snapshots (default 200; both coalesce every 100). Per snapshot, the
//! same slice of the statements runs on both servers, then each takes its
//! snapshot: PoWA's `powa_take_snapshot()` (its own coalesce and purge
//! included when due), powa's `powa_take_snapshot()` (and `powa_coalesce()`
//! every 100 snapshots, counted in that snapshot's time). Figures:
//!
//! 1. snapshot time, median and mean, powa against PoWA;
//! 2. bytes per statement-snapshot: the on-disk size (tables, indexes,
//!    TOAST) of each one's statements, kcache and qualstats history, over
//!    statements × snapshots, powa against PoWA, as the run left them and
//!    after `VACUUM FULL` of both (the data kept, without the space that
//!    coalescing emptied and no vacuum reclaimed yet), per source too.

use anyhow::{bail, Context, Result};
use powa_core::testing::ratio;
use powa_e2e::workload::{bench_queries, bench_tables_sql, run_bench_queries, PER_INTERVAL};
use powa_e2e::{option_number, percentile, powa_cluster, Cluster, PgInstall, StopMode};
use std::time::Instant;

const HELP: &str = "\
bench_versus_powa: PoWA 4.1.4 and powa on the same PostgreSQL 15 workload,
pg_stat_kcache and pg_qualstats on (issue 19 goal: powa at most 0.2x of
PoWA's snapshot time and bytes per statement-snapshot)

usage: bench_versus_powa [--statements N] [--snapshots S]
  --statements N  distinct statements (default 5000)
  --snapshots S   snapshots each (default 200)
Needs POWA_PG_CONFIG (PostgreSQL 15 with powa and its plugins) and
POWA_ARCHIVIST_PG_CONFIG (the PostgreSQL 15 install holding PoWA 4.1.4).
BENCH_DIAG=1 also lists powa's costliest statements.";

/// Settings both servers run with.
const COMMON: &[(&str, &str)] = &[
    ("pg_stat_statements.max", "10000"),
    // The workload's statements run inside a DO block.
    ("pg_stat_statements.track", "all"),
    ("pg_qualstats.max", "10000"),
    ("pg_qualstats.sample_rate", "1"),
];

/// The history's bytes of tables whose names start with one of `prefixes`
/// (partitions included: a partitioned table's own size is 0).
fn history_bytes(client: &mut postgres::Client, prefixes: &[&str]) -> Result<f64> {
    history_sizes(client, prefixes, false)
}

/// The same after `VACUUM FULL` of those tables when `compact`: the data
/// kept, without what coalescing emptied and no vacuum reclaimed yet.
fn history_sizes(client: &mut postgres::Client, prefixes: &[&str], compact: bool) -> Result<f64> {
    let patterns: Vec<String> = prefixes.iter().map(|p| format!("{p}%")).collect();
    if compact {
        let tables: Vec<String> = client
            .query(
                "SELECT format('%I.%I', n.nspname, c.relname)
                   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE c.relkind = 'r' AND n.nspname = 'public' AND c.relname LIKE ANY ($1)",
                &[&patterns],
            )?
            .iter()
            .map(|row| row.get(0))
            .collect();
        for table in tables {
            client.batch_execute(&format!("VACUUM FULL {table}"))?;
        }
    }
    Ok(client
        .query_one(
            "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::float8
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE c.relkind = 'r' AND n.nspname = 'public' AND c.relname LIKE ANY ($1)",
            &[&patterns],
        )?
        .get(0))
}

fn main() -> Result<()> {
    let (mut statements, mut snapshots) = (5000usize, 200usize);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--statements" => statements = option_number(&mut args, "--statements")?,
            "--snapshots" => snapshots = option_number(&mut args, "--snapshots")?,
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(());
            }
            other => bail!("unknown option {other}\n\n{HELP}"),
        }
    }
    let ours_install = PgInstall::from_env()?;
    if ours_install.major != 15 {
        bail!("PoWA 4.1.4 is packaged for PostgreSQL 15: run with POWA_BENCH_PG=15");
    }
    let theirs_install = PgInstall::from_pg_config(
        std::env::var_os("POWA_ARCHIVIST_PG_CONFIG")
            .context("POWA_ARCHIVIST_PG_CONFIG is not set (scripts/bench.sh sets it)")?,
    )?;

    // powa: its worker idle (powa.frequency -1), snapshots taken here.
    let mut settings = vec![
        (
            "shared_preload_libraries",
            "powa, pg_stat_statements, pg_stat_kcache, pg_qualstats",
        ),
        (
            "walker.plugins",
            "powa_stat_statements, powa_stat_kcache, powa_qualstats",
        ),
        ("powa.frequency", "-1"),
    ];
    settings.extend_from_slice(COMMON);
    let ours = powa_cluster("versus_powa_ours", &settings)?;
    // PoWA 4.1.4: its background worker idle too (powa.frequency -1).
    let mut theirs = Cluster::init(&theirs_install, "versus_powa_powa4")?;
    theirs.set_conf(
        "shared_preload_libraries",
        "pg_stat_statements, pg_stat_kcache, pg_qualstats, powa",
    )?;
    theirs.set_conf("powa.frequency", "-1")?;
    for (name, value) in COMMON {
        theirs.set_conf(name, value)?;
    }
    theirs.start()?;
    theirs.execute("postgres", "CREATE DATABASE powa")?;

    let setup = bench_tables_sql(statements);
    let mut our_client = ours.connect("powa")?;
    our_client.batch_execute(&format!(
        "CREATE EXTENSION pg_stat_statements; CREATE EXTENSION pg_stat_kcache;
         CREATE EXTENSION pg_qualstats; {setup}"
    ))?;
    let mut their_client = theirs.connect("powa")?;
    their_client.batch_execute(&format!(
        "CREATE EXTENSION btree_gist; CREATE EXTENSION pg_stat_statements;
         CREATE EXTENSION pg_stat_kcache; CREATE EXTENSION pg_qualstats;
         CREATE EXTENSION powa; {setup}"
    ))?;
    // PoWA registers the stat extensions created after it by an event
    // trigger; these were created before.
    for register in ["powa_kcache_register()", "powa_qualstats_register()"] {
        their_client.batch_execute(&format!("SELECT {register}"))?;
    }
    let version: String = their_client
        .query_one(
            "SELECT extversion FROM pg_extension WHERE extname = 'powa'",
            &[],
        )?
        .get(0);
    if version != "4.1.4" {
        bail!("the PoWA install has powa {version}, not 4.1.4");
    }
    let registered: Vec<String> = their_client
        .query(
            "SELECT DISTINCT module FROM powa_functions WHERE operation = 'snapshot' ORDER BY 1",
            &[],
        )?
        .iter()
        .map(|row| row.get(0))
        .collect();
    for module in ["pg_qualstats", "pg_stat_kcache", "pg_stat_statements"] {
        if !registered.iter().any(|m| m == module) {
            bail!("PoWA does not collect {module} (it collects {registered:?})");
        }
    }

    let queries = bench_queries(statements);
    run_bench_queries(&mut our_client, &queries, 0, statements)?;
    run_bench_queries(&mut their_client, &queries, 0, statements)?;
    let (mut our_ms, mut their_ms) = (Vec::new(), Vec::new());
    for s in 0..snapshots {
        run_bench_queries(&mut our_client, &queries, s * PER_INTERVAL, PER_INTERVAL)?;
        run_bench_queries(&mut their_client, &queries, s * PER_INTERVAL, PER_INTERVAL)?;
        let began = Instant::now();
        let failed: i32 = our_client
            .query_one("SELECT powa_take_snapshot()", &[])?
            .get(0);
        if (s + 1) % 100 == 0 {
            let failed: i32 = our_client.query_one("SELECT powa_coalesce()", &[])?.get(0);
            if failed != 0 {
                bail!("a powa coalesce failed:\n{}", ours.log_tail(20));
            }
        }
        our_ms.push(began.elapsed().as_secs_f64() * 1e3);
        if failed != 0 {
            bail!("a powa snapshot failed:\n{}", ours.log_tail(20));
        }
        let began = Instant::now();
        their_client.batch_execute("SELECT powa_take_snapshot()")?;
        their_ms.push(began.elapsed().as_secs_f64() * 1e3);
    }

    let tracked: i64 = our_client
        .query_one(
            "SELECT count(*) FROM pg_stat_statements WHERE query LIKE 'SELECT c% FROM bench_t%'",
            &[],
        )?
        .get(0);
    let our_bytes = history_bytes(
        &mut our_client,
        &["powa_statements", "powa_kcache", "powa_qualstats"],
    )?;
    let their_bytes = history_bytes(
        &mut their_client,
        &["powa_statements", "powa_kcache", "powa_qualstats"],
    )?;
    let samples = (tracked as f64) * snapshots as f64;
    // Per source, the data kept (after VACUUM FULL): powa's prefix, PoWA's.
    let mut kept = Vec::new();
    for (name, ours, theirs) in [
        ("statements", "powa_statements", "powa_statements"),
        ("kcache", "powa_kcache", "powa_kcache"),
        ("qualstats", "powa_qualstats", "powa_qualstats"),
    ] {
        kept.push((
            name,
            history_sizes(&mut our_client, &[ours], true)?,
            history_sizes(&mut their_client, &[theirs], true)?,
        ));
    }
    let (our_kept, their_kept) = kept.iter().fold((0.0, 0.0), |(o, t), (_, ours, theirs)| {
        (o + ours, t + theirs)
    });

    our_ms.sort_by(f64::total_cmp);
    their_ms.sort_by(f64::total_cmp);
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    println!(
        "bench_versus_powa: PostgreSQL {}, {tracked} distinct statements tracked, {snapshots} snapshots each, \
         pg_stat_kcache and pg_qualstats on, both coalescing every 100",
        ours_install.major
    );
    println!(
        "  snapshot time      powa median {:.1} ms (mean {:.1}), PoWA 4.1.4 median {:.1} ms (mean {:.1}): {:.3}x (median), {:.3}x (mean)",
        percentile(&our_ms, 0.5),
        mean(&our_ms),
        percentile(&their_ms, 0.5),
        mean(&their_ms),
        ratio(
            "snapshot time",
            ("powa's median", percentile(&our_ms, 0.5)),
            ("PoWA's median", percentile(&their_ms, 0.5))
        )?,
        ratio(
            "snapshot time",
            ("powa's mean", mean(&our_ms)),
            ("PoWA's mean", mean(&their_ms))
        )?
    );
    println!(
        "  bytes per statement-snapshot  powa {:.1}, PoWA 4.1.4 {:.1}: {:.3}x ({:.1} MB and {:.1} MB)",
        ratio("powa bytes", ("powa's bytes", our_bytes), ("samples", samples))?,
        ratio("PoWA bytes", ("PoWA's bytes", their_bytes), ("samples", samples))?,
        ratio(
            "bytes per statement-snapshot",
            ("powa's bytes", our_bytes),
            ("PoWA's bytes", their_bytes)
        )?,
        our_bytes / 1e6,
        their_bytes / 1e6
    );
    println!(
        "  bytes kept per statement-snapshot (after VACUUM FULL of both)  powa {:.1}, PoWA 4.1.4 {:.1}: {:.3}x",
        ratio("powa bytes kept", ("powa's bytes", our_kept), ("samples", samples))?,
        ratio("PoWA bytes kept", ("PoWA's bytes", their_kept), ("samples", samples))?,
        ratio(
            "bytes kept",
            ("powa's bytes kept", our_kept),
            ("PoWA's bytes kept", their_kept)
        )?
    );
    for (name, ours, theirs) in &kept {
        println!(
            "    {name:<10} powa {:.1} MB, PoWA {:.1} MB: {:.3}x",
            ours / 1e6,
            theirs / 1e6,
            ratio(name, ("powa's bytes", *ours), ("PoWA's bytes", *theirs))?
        );
    }
    println!("  (goal: at most 0.2x on both)");
    if std::env::var_os("BENCH_DIAG").is_some() {
        // Where powa's snapshots spend their time: its own statements
        // (pg_stat_statements.track = all sees inside powa_take_snapshot).
        let rows = our_client.query(
            "SELECT calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 110)
               FROM pg_stat_statements
              WHERE query !~ 'bench_t' AND query !~ 'pg_stat_statements WHERE'
              ORDER BY total_exec_time DESC LIMIT 15",
            &[],
        )?;
        println!("  powa's costliest statements (calls, ms per call, text):");
        for row in rows {
            let (calls, total, text): (i64, f64, String) = (row.get(0), row.get(1), row.get(2));
            println!(
                "    {calls:>6} {:>9.2}  {text}",
                total / calls.max(1) as f64
            );
        }
    }
    theirs.stop(StopMode::Fast)?;
    Ok(())
}
