//! Benchmark of remote mode (run it through `scripts/bench.sh collector`,
//! which installs a release build first): one powa-collector and one
//! repository serving N registered servers (default 50, simulated by as
//! many databases of one monitored cluster, each with pg_stat_statements)
//! at a 10-second frequency while pgbench runs there:
//!
//! 1. snapshot latency per server (median, p99; powa_snapshots.duration_ms)
//!    against the same sources' local snapshot (`powa_take_snapshot()` in
//!    the monitored cluster, measured in the same run);
//! 2. how late snapshots start against their frequency;
//! 3. the collector's CPU (share of one core) and memory (peak RSS);
//! 4. the repository's growth per hour.

use anyhow::{bail, Context, Result};
use powa_core::testing::ratio;
use powa_e2e::{
    collector_binary, cpu_seconds, option_number, percentile, powa_cluster, Cluster, PgInstall,
};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const HELP: &str = "\
bench_collector: one powa-collector and one repository for many servers

usage: bench_collector [--servers N] [--seconds S] [--frequency F] [--coalesce C]
  --servers N    registered servers (default 50)
  --seconds S    measured run (default 120)
  --frequency F  seconds between two snapshots of a server (default 10)
  --coalesce C   snapshots between two aggregates (powa_coalesce, default 100;
                 a small value shows the coalesced history's growth in a
                 short run)
Needs POWA_PG_CONFIG with powa and its plugins installed, and the
powa-collector binary (POWA_COLLECTOR, or cargo's target directory).";

const SOURCES: &str = "powa_stat_statements, powa_stat_database, powa_stat_bgwriter, \
                       powa_stat_wal, powa_stat_io, powa_stat_tables, powa_stat_indexes";

fn proc_field(pid: u32, file: &str, key: &str) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/{file}")).ok()?;
    text.lines()
        .find(|l| l.starts_with(key))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn main() -> Result<()> {
    let (mut servers, mut seconds, mut frequency, mut coalesce) = (50usize, 120u64, 10u64, 100u32);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--servers" => servers = option_number(&mut args, "--servers")?,
            "--seconds" => seconds = option_number(&mut args, "--seconds")?,
            "--frequency" => frequency = option_number(&mut args, "--frequency")?,
            "--coalesce" => coalesce = option_number(&mut args, "--coalesce")?,
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(());
            }
            other => bail!("unknown option {other}\n\n{HELP}"),
        }
    }
    let install = PgInstall::from_env()?;
    // The monitored cluster also preloads powa with the same sources: its
    // local snapshot is the peer the remote one is compared with.
    let remote = powa_cluster(
        "bench_collector_remote",
        &[
            ("shared_preload_libraries", "powa,pg_stat_statements"),
            ("walker.plugins", SOURCES),
            ("powa.frequency", "-1"),
            ("max_connections", "200"),
        ],
    )?;
    remote.execute("template1", "CREATE EXTENSION pg_stat_statements")?;
    remote.execute("powa", "CREATE EXTENSION pg_stat_statements")?;
    for n in 0..servers {
        remote.execute("postgres", &format!("CREATE DATABASE bench_{n}"))?;
    }
    remote.pgbench("bench_0", &["-i", "-s", "2", "-q"])?;

    let mut repository = Cluster::init(&install, "bench_collector_repository")?;
    repository.set_conf("max_connections", "200")?;
    repository.start()?;
    repository.execute("postgres", "CREATE DATABASE powa")?;
    repository.execute("powa", "CREATE EXTENSION powa")?;
    for n in 0..servers {
        repository.execute(
            "powa",
            &format!(
                "SELECT powa_register_server(hostname => '{}', port => {}, alias => 'server {n}',
                        username => 'postgres', dbname => 'bench_{n}', frequency => {frequency},
                        powa_coalesce => {coalesce})",
                remote.socket_dir().display(),
                remote.port()
            ),
        )?;
    }
    let dir = repository.server_dir("collector")?;
    let config = dir.join("collector.toml");
    std::fs::write(
        &config,
        powa_e2e::collector::collector_config(&repository, &install.pkglibdir, SOURCES, ""),
    )?;
    let log = dir.join("collector.log");
    let mut collector = Command::new(collector_binary()?)
        .arg("--config")
        .arg(&config)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log)?)
        .spawn()?;
    let pid = collector.id();
    let mut pgbench = remote
        .client_command("pgbench")
        .args(["-c", "2", "-R", "50", "-T"])
        .arg((seconds + 3 * frequency + 30).to_string())
        .arg("bench_0")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;

    // The first round creates the tables and partitions: measure after it.
    let count = |sql: &str| -> Result<i64> {
        Ok(repository
            .query_text("powa", sql)?
            .unwrap_or_default()
            .parse()?)
    };
    let warm_until = Instant::now() + Duration::from_secs(120);
    while count("SELECT count(DISTINCT srvid) FROM powa_snapshots WHERE srvid > 0")?
        < servers as i64
    {
        if Instant::now() > warm_until {
            bail!(
                "not every server was collected within 2 minutes; collector log:\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    std::thread::sleep(Duration::from_secs(frequency));
    let start_size = count("SELECT pg_database_size('powa')")?;
    let start_cpu = cpu_seconds(pid)?;
    let start_time = repository
        .query_text("powa", "SELECT now()")?
        .context("now")?;
    let started = Instant::now();
    std::thread::sleep(Duration::from_secs(seconds));
    let elapsed = started.elapsed().as_secs_f64();
    let cpu = cpu_seconds(pid)? - start_cpu;
    let rss_kb = proc_field(pid, "status", "VmRSS:").unwrap_or(0);
    let peak_kb = proc_field(pid, "status", "VmHWM:").unwrap_or(0);
    repository.execute("powa", "CHECKPOINT")?;
    let end_size = count("SELECT pg_database_size('powa')")?;

    let rows = repository.query_rows(
        "powa",
        &format!(
            "SELECT duration_ms::text, failed::text,
                    coalesce(extract(epoch FROM ts - lag(ts) OVER (PARTITION BY srvid ORDER BY ts))::text, '')
               FROM powa_snapshots WHERE srvid > 0 AND ts >= '{start_time}'"
        ),
    )?;
    let mut latencies: Vec<f64> = Vec::new();
    let mut gaps: Vec<f64> = Vec::new();
    let mut failed = 0;
    for row in &rows {
        let field = |i: usize| row[i].clone().unwrap_or_default();
        latencies.push(field(0).parse()?);
        failed += field(1).parse::<i64>()?;
        if let Ok(gap) = field(2).parse::<f64>() {
            gaps.push(gap - frequency as f64);
        }
    }
    latencies.sort_by(f64::total_cmp);
    gaps.sort_by(f64::total_cmp);
    let _ = collector.kill();
    let _ = collector.wait();
    let _ = pgbench.kill();
    let _ = pgbench.wait();

    // The peer: the same sources snapshotted locally in the monitored server.
    let mut client = remote.connect("powa")?;
    client.execute("SELECT powa_take_snapshot()", &[])?;
    let mut local: Vec<f64> = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        client.execute("SELECT powa_take_snapshot()", &[])?;
        local.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    local.sort_by(f64::total_cmp);

    if latencies.is_empty() {
        bail!("no snapshot in the measured run");
    }
    let expected = servers as f64 * elapsed / frequency as f64;
    let median = percentile(&latencies, 0.5);
    let local_median = percentile(&local, 0.5);
    println!(
        "bench_collector: PostgreSQL {}, {servers} servers every {frequency} s, {} sources, \
         powa_coalesce {coalesce}, {elapsed:.0} s measured",
        install.major,
        SOURCES.split(',').count()
    );
    println!(
        "  snapshots            {} ({:.0} expected), {failed} failed source runs",
        latencies.len(),
        expected
    );
    println!(
        "  latency per server   median {median:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&latencies, 0.99),
        latencies.last().copied().unwrap_or(0.0)
    );
    println!(
        "  local peer           powa_take_snapshot() median {local_median:.1} ms: remote / local = {:.2}",
        ratio(
            "remote / local",
            ("the remote latency", median),
            ("the local latency", local_median)
        )?
    );
    if !gaps.is_empty() {
        println!(
            "  start lateness       median {:.2} s, p99 {:.2} s",
            percentile(&gaps, 0.5),
            percentile(&gaps, 0.99)
        );
    }
    println!(
        "  collector            {:.1}% of one core, RSS {:.1} MiB (peak {:.1} MiB)",
        100.0 * cpu / elapsed,
        rss_kb as f64 / 1024.0,
        peak_kb as f64 / 1024.0
    );
    let per_hour = (end_size - start_size) as f64 * 3600.0 / elapsed;
    let batches = count("SELECT count(*) FROM powa_statements_batches")?;
    println!(
        "  repository growth    {:.1} MiB per hour ({:.2} MiB per server per hour; {batches} \
         powa_statements batches coalesced by then)",
        per_hour / 1048576.0,
        per_hour / 1048576.0 / servers as f64
    );
    Ok(())
}
