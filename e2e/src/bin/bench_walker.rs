//! Benchmark of WAL walking with garbagemap loaded, against peers measured in
//! the same run (run it through `scripts/bench.sh walker`, which installs a
//! release build first):
//!
//! 1. throughput: a range of pgbench WAL, kept by a slot of the benchmark,
//!    read 5 times by the worker from an empty plugin state (its records/s
//!    from its own "caught up" log line) and 5 times by `pg_get_wal_stats()`,
//!    medians compared;
//! 2. lag: during `pgbench -c 2`, the insert position minus the position the
//!    worker shows in pg_stat_activity, sampled every 20 ms (median, p99, max);
//! 3. cost: pgbench TPS with the walker on (garbagemap) and off (no WAL
//!    plugin), alternated (off-on, then on-off), each run after a restart,
//!    a VACUUM and a checkpoint.

use anyhow::{bail, Context, Result};
use powa_core::testing::ratio;
use powa_e2e::{
    cpu_seconds, option_number, percentile, powa_cluster, wait_for, wait_for_powa_worker, Cluster,
};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

const HELP: &str = "\
bench_walker: WAL walking throughput, lag and TPS cost (issue 4 targets:
>= 0.5x pg_get_wal_stats() throughput, p99 lag < 16 MB, TPS ratio >= 0.97)

usage: bench_walker [--scale N] [--seconds S] [--pairs P] [--only PART]
  --scale N     pgbench scale (default 20)
  --seconds S   length of each pgbench run (default 20)
  --pairs P     walker off/on run pairs for the TPS ratio (default 3)
  --only PART   run one part: throughput, lag or tps (default all three)
  --plugin NAME the WAL plugin to walk with (default garbagemap;
                example_wal_counter shows the walker's own cost)
Needs POWA_PG_CONFIG (or pg_config on PATH) with powa and garbagemap installed.";

struct Options {
    scale: u32,
    seconds: u32,
    pairs: u32,
    only: Option<String>,
    plugin: String,
}

impl Options {
    fn runs(&self, part: &str) -> bool {
        self.only.as_deref().is_none_or(|only| only == part)
    }
}

fn options() -> Result<Options> {
    let mut options = Options {
        scale: 20,
        seconds: 20,
        pairs: 3,
        only: None,
        plugin: "garbagemap".to_owned(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--scale" => options.scale = option_number(&mut args, "--scale")?,
            "--seconds" => options.seconds = option_number(&mut args, "--seconds")?,
            "--pairs" => options.pairs = option_number(&mut args, "--pairs")?,
            "--plugin" => options.plugin = args.next().context("--plugin needs a plugin name")?,
            "--only" => match args.next().as_deref() {
                Some(part @ ("throughput" | "lag" | "tps")) => options.only = Some(part.to_owned()),
                other => bail!("--only takes throughput, lag or tps, not {other:?}"),
            },
            "-h" | "--help" => {
                println!("{HELP}");
                std::process::exit(0);
            }
            other => bail!("unknown argument {other:?}\n\n{HELP}"),
        }
    }
    Ok(options)
}

fn pgbench(cluster: &Cluster, args: &[&str]) -> Result<String> {
    cluster.pgbench("powa", args)
}

/// TPS of a `pgbench -c 2 -j 2 -T seconds` run.
fn pgbench_tps(cluster: &Cluster, seconds: u32) -> Result<f64> {
    let out = pgbench(cluster, &["-c", "2", "-j", "2", "-T", &seconds.to_string()])?;
    out.lines()
        .find(|line| line.starts_with("tps = "))
        .and_then(|line| line["tps = ".len()..].split_whitespace().next())
        .and_then(|tps| tps.parse().ok())
        .with_context(|| format!("no tps in pgbench's output:\n{out}"))
}

fn text(cluster: &Cluster, sql: &str) -> Result<String> {
    cluster
        .query_text("powa", sql)?
        .with_context(|| format!("no value from {sql}"))
}

/// Restarts with `plugins` as walker.plugins; returns the worker's pid.
fn set_walker(cluster: &mut Cluster, plugins: &str) -> Result<u32> {
    cluster.set_conf("walker.plugins", plugins)?;
    cluster.restart()?;
    let pid = wait_for_powa_worker(cluster)?;
    pid.parse()
        .with_context(|| format!("worker pid {pid:?} is not a number"))
}

/// (records, seconds) of pg_get_wal_stats over [start, end).
fn walinspect(cluster: &Cluster, start: &str, end: &str) -> Result<(u64, f64)> {
    let began = Instant::now();
    let records = text(
        cluster,
        &format!("SELECT sum(count)::text FROM pg_get_wal_stats('{start}', '{end}')"),
    )?;
    Ok((records.parse()?, began.elapsed().as_secs_f64()))
}

/// The worker's "caught up" log line after `offset`: (records, seconds).
fn caught_up(cluster: &Cluster, offset: u64) -> Result<(u64, f64)> {
    let mut found = None;
    wait_for("the worker to catch up", Duration::from_secs(600), || {
        found = cluster.log_since(offset).lines().find_map(|line| {
            line.split_once("powa: caught up with the WAL at ")
                .map(|(_, rest)| rest.to_owned())
        });
        Ok(found.is_some())
    })?;
    // "<lsn>: <records> records read in <seconds> s (...)"
    let line = found.expect("checked by the wait");
    let words: Vec<&str> = line.split_whitespace().collect();
    Ok((words[1].parse()?, words[5].parse()?))
}

/// Runs of each reader in the throughput part.
const RUNS: usize = 5;

fn main() -> Result<()> {
    let options = options()?;
    let mut cluster = powa_cluster(
        "bench_walker",
        &[
            ("walker.plugins", ""),
            ("shared_buffers", "256MB"),
            ("max_wal_size", "4GB"),
            ("autovacuum", "off"),
        ],
    )?;
    cluster.execute("powa", "CREATE EXTENSION pg_walinspect")?;
    pgbench(&cluster, &["-q", "-i", "-s", &options.scale.to_string()])?;
    println!(
        "bench_walker: PostgreSQL {}, pgbench scale {}, runs of {} s, 2 clients",
        cluster.install.major, options.scale, options.seconds
    );

    if options.runs("throughput") {
        throughput(&mut cluster, &options)?;
    }
    if options.runs("lag") {
        lag(&mut cluster, &options)?;
    }
    if options.runs("tps") {
        tps(&mut cluster, &options)?;
    }
    Ok(())
}

/// Part 1: throughput over a fixed range of WAL, read again and again.
fn throughput(cluster: &mut Cluster, options: &Options) -> Result<()> {
    // A slot of the benchmark's own keeps the range for all the runs.
    let start = text(
        cluster,
        "SELECT lsn::text FROM pg_create_physical_replication_slot('bench_keep', true)",
    )?;
    pgbench_tps(cluster, options.seconds)?;
    let end = text(cluster, "SELECT pg_current_wal_insert_lsn()::text")?;
    let bytes: u64 = text(
        cluster,
        &format!("SELECT ('{end}'::pg_lsn - '{start}'::pg_lsn)::bigint::text"),
    )?
    .parse()?;
    let mut peer_times = Vec::new();
    let mut worker_times = Vec::new();
    let mut records = 0;
    let mut worker_records = 0;
    for _ in 0..RUNS {
        let (count, seconds) = walinspect(cluster, &start, &end)?;
        records = count;
        peer_times.push(seconds);
        // The plugin starts empty at `start`: the worker reserves the WAL
        // back to there (the reading path of a promoted standby) and reads
        // the range, logging its rate when it reaches the end.
        set_walker(cluster, "")?;
        cluster.execute(
            "powa",
            &format!(
                "DO $$ BEGIN
                   IF to_regclass('garbagemap_state') IS NOT NULL THEN
                     DELETE FROM garbagemap_state; DELETE FROM garbagemap_relation;
                   END IF;
                 END $$;
                 INSERT INTO powa_walker_position (plugin, confirmed_lsn, updated_at) VALUES ('{plugin}', '{start}', now())
                 ON CONFLICT (plugin) DO UPDATE SET confirmed_lsn = excluded.confirmed_lsn",
                plugin = options.plugin
            ),
        )?;
        let offset = cluster.log().len() as u64;
        set_walker(cluster, &options.plugin)?;
        let (read, seconds) = caught_up(cluster, offset)?;
        worker_records = read;
        worker_times.push(seconds);
    }
    let median = |times: &[f64]| {
        let mut sorted = times.to_vec();
        sorted.sort_by(f64::total_cmp);
        percentile(&sorted, 0.5)
    };
    let shown = |times: &[f64]| {
        times
            .iter()
            .map(|t| format!("{t:.3}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let walinspect_rate = records as f64 / median(&peer_times);
    let worker_rate = worker_records as f64 / median(&worker_times);
    println!(
        "\nthroughput over {start}..{end} ({:.1} MB of WAL), median of {RUNS} runs each:",
        bytes as f64 / 1e6
    );
    println!(
        "  pg_get_wal_stats   {:>10.0} records/s ({records} records; s: {})",
        walinspect_rate,
        shown(&peer_times)
    );
    println!(
        "  worker+{:<11}{:>10.0} records/s ({worker_records} records; s: {})",
        options.plugin,
        worker_rate,
        shown(&worker_times)
    );
    println!(
        "  ratio              {:>10.2} (target >= 0.5)",
        ratio(
            "worker / pg_get_wal_stats",
            ("the worker's records/s", worker_rate),
            ("pg_get_wal_stats' records/s", walinspect_rate)
        )?
    );
    cluster.execute("powa", "SELECT pg_drop_replication_slot('bench_keep')")?;
    Ok(())
}

/// Part 2: lag during pgbench.
fn lag(cluster: &mut Cluster, options: &Options) -> Result<()> {
    set_walker(cluster, &options.plugin)?;
    let cluster: &Cluster = cluster;
    let stop = AtomicBool::new(false);
    let lags = std::thread::scope(|scope| -> Result<Vec<f64>> {
        let sampler = scope.spawn(|| -> Result<Vec<f64>> {
            let mut client = cluster.connect("powa")?;
            let mut lags = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let row = client.query_one(
                    "SELECT (pg_current_wal_insert_lsn() - (regexp_match(query, 'walking WAL at ([0-9A-F]+/[0-9A-F]+)'))[1]::pg_lsn)::float8
                     FROM pg_stat_activity WHERE backend_type = 'powa worker'",
                    &[],
                )?;
                if let Some(lag) = row.get::<_, Option<f64>>(0) {
                    lags.push(lag.max(0.0));
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            Ok(lags)
        });
        let run = pgbench_tps(cluster, options.seconds);
        stop.store(true, Ordering::Relaxed);
        run?;
        sampler.join().expect("sampler thread")
    })?;
    let mut lags = lags;
    if lags.is_empty() {
        bail!("no lag sample: the worker never showed its position in pg_stat_activity");
    }
    lags.sort_by(f64::total_cmp);
    println!(
        "\nlag behind the insert position during pgbench -c 2 ({} samples):",
        lags.len()
    );
    println!(
        "  median {:.0} bytes, p99 {:.0} bytes ({:.2} MB; target < 16 MB), max {:.0} bytes",
        percentile(&lags, 0.5),
        percentile(&lags, 0.99),
        percentile(&lags, 0.99) / (1024.0 * 1024.0),
        lags[lags.len() - 1]
    );

    Ok(())
}

/// Part 3: TPS with the walker off and on, alternated.
fn tps(cluster: &mut Cluster, options: &Options) -> Result<()> {
    let mut off = Vec::new();
    let mut on = Vec::new();
    // Share of one core the worker used during the runs with the walker on.
    let mut worker_cpu = Vec::new();
    for pair in 0..options.pairs {
        // Off first in even pairs, on first in odd ones: a drift of the
        // machine over the runs favours neither side.
        let mut order = [("", &mut off), (options.plugin.as_str(), &mut on)];
        if pair % 2 == 1 {
            order.reverse();
        }
        for (plugins, runs) in order {
            let pid = set_walker(cluster, plugins)?;
            // Every run starts from vacuumed tables: without autovacuum the
            // garbage of earlier runs would slow the later ones down.
            cluster.execute("powa", "VACUUM")?;
            cluster.execute("powa", "CHECKPOINT")?;
            let (cpu_before, began) = (cpu_seconds(pid)?, Instant::now());
            runs.push(pgbench_tps(cluster, options.seconds)?);
            if !plugins.is_empty() {
                worker_cpu.push((cpu_seconds(pid)? - cpu_before) / began.elapsed().as_secs_f64());
            }
        }
    }
    let mean = |runs: &[f64]| runs.iter().sum::<f64>() / runs.len() as f64;
    let show = |runs: &[f64]| {
        runs.iter()
            .map(|tps| format!("{tps:.0}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    println!(
        "\npgbench -c 2 TPS, walker off and on alternated ({} pairs):",
        options.pairs
    );
    println!("  off  mean {:.0} ({})", mean(&off), show(&off));
    println!("  on   mean {:.0} ({})", mean(&on), show(&on));
    println!(
        "  worker CPU with the walker on: {} of one core",
        worker_cpu
            .iter()
            .map(|share| format!("{:.1}%", share * 100.0))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!(
        "  ratio on/off {:.3} (target >= 0.97)",
        ratio("on/off", ("TPS on", mean(&on)), ("TPS off", mean(&off)))?
    );
    // Per pair, the two runs are back to back: drifts of the machine that
    // hit both cancel out.
    let mut pair_ratios = on
        .iter()
        .zip(&off)
        .map(|(on, off)| ratio("on/off of a pair", ("TPS on", *on), ("TPS off", *off)))
        .collect::<Result<Vec<f64>, _>>()?;
    pair_ratios.sort_by(f64::total_cmp);
    println!(
        "  median of the per-pair ratios {:.3} ({})",
        percentile(&pair_ratios, 0.5),
        pair_ratios
            .iter()
            .map(|r| format!("{r:.3}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(())
}
