//! Benchmark of archive_basic (run it through `scripts/bench.sh archive`):
//! one backlog of real pgbench WAL (`pgbench -i` and TPC-B runs, kept by a
//! slot), drained in turn by contrib basic_archive, archive_basic with each
//! compression and `archive_command = 'cp %p ...'`, over several rounds
//! (runs on this machine swing by 2x). Before each run the server is
//! stopped, the segments marked `.ready` again, the archive emptied, and the
//! page cache written out and dropped (as root), so that every run reads
//! pg_wal from disk and starts with no dirty pages. Prints every run, then
//! per archiver the median segments per second, its ratio to basic_archive's
//! median, and the bytes on disk.

use anyhow::{bail, Context, Result};
use powa_core::testing::ratio;
use powa_e2e::{option_number, powa_cluster, wait_for, Cluster, StopMode};
use std::path::Path;
use std::time::{Duration, Instant};

const HELP: &str = "\
bench_archive: drain a backlog of pgbench WAL with basic_archive, archive_basic
(none, lz4, zstd) and cp; segments per second and bytes on disk.

  --segments N   backlog size in 16 MB segments (default 600)
  --rounds R     runs of each archiver (default 3)

Needs POWA_PG_CONFIG (or pg_config on PATH) with powa and archive_basic installed.";

const SEGMENT: u64 = 16 * 1024 * 1024;

struct Archiver {
    label: &'static str,
    settings: Vec<(&'static str, String)>,
}

fn archivers(dir: &Path) -> Vec<Archiver> {
    let dir = dir.display().to_string();
    let powa = |compression: &str| {
        vec![
            ("archive_library", "powa".to_owned()),
            ("archive_command", String::new()),
            ("archive_basic.archive_directory", dir.clone()),
            ("archive_basic.compression", compression.to_owned()),
        ]
    };
    let basic_archive = vec![
        ("archive_library", "basic_archive".to_owned()),
        ("archive_command", String::new()),
        ("basic_archive.archive_directory", dir.clone()),
    ];
    vec![
        Archiver {
            label: "basic_archive",
            settings: basic_archive,
        },
        Archiver {
            label: "archive_basic none",
            settings: powa("none"),
        },
        Archiver {
            label: "archive_basic lz4",
            settings: powa("lz4"),
        },
        Archiver {
            label: "archive_basic zstd",
            settings: powa("zstd"),
        },
        Archiver {
            label: "archive_command cp",
            settings: vec![
                ("archive_library", String::new()),
                ("archive_command", format!("cp %p {dir}/%f")),
            ],
        },
    ]
}

fn segments_since(cluster: &Cluster, start: &str) -> Result<u64> {
    let bytes: u64 = cluster
        .query_text(
            "powa",
            &format!("SELECT (pg_current_wal_lsn() - '{start}'::pg_lsn)::bigint"),
        )?
        .context("lsn")?
        .parse()?;
    Ok(bytes / SEGMENT)
}

fn directory_bytes(dir: &Path) -> Result<u64> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir)? {
        total += entry?.metadata()?.len();
    }
    Ok(total)
}

/// Marks every archived segment `.ready` again (server stopped).
fn mark_ready(cluster: &Cluster) -> Result<()> {
    let status = cluster.data_dir().join("pg_wal/archive_status");
    for entry in std::fs::read_dir(&status)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "done") {
            std::fs::rename(&path, path.with_extension("ready"))?;
        }
    }
    Ok(())
}

/// Writes out dirty pages and drops the page cache (root only).
fn settle_page_cache() -> Result<bool> {
    let synced = std::process::Command::new("sync").status()?.success();
    let dropped = std::fs::write("/proc/sys/vm/drop_caches", b"3").is_ok();
    Ok(synced && dropped)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() -> Result<()> {
    let mut segments: u64 = 600;
    let mut rounds: u32 = 3;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--segments" => segments = option_number(&mut args, "--segments")?,
            "--rounds" => rounds = option_number(&mut args, "--rounds")?,
            "--help" | "-h" => {
                println!("{HELP}");
                return Ok(());
            }
            other => bail!("unknown option {other}\n\n{HELP}"),
        }
    }
    let mut cluster = powa_cluster(
        "bench_archive",
        &[
            ("archive_mode", "on"),
            // Archiving paused while the backlog is made: no directory.
            ("archive_library", "powa"),
            ("walker.plugins", "archive_basic"),
            ("powa.frequency", "-1"),
            ("max_wal_size", "4GB"),
            // The test clusters run with fsync off; archivers that fsync
            // through PostgreSQL (basic_archive) would then skip it.
            ("fsync", "on"),
            ("synchronous_commit", "off"),
        ],
    )?;
    let archive = cluster.server_dir("archive")?;
    cluster.execute(
        "powa",
        "SELECT pg_create_physical_replication_slot('bench_archive_keep', true)",
    )?;
    let start = cluster
        .query_text("powa", "SELECT pg_current_wal_lsn()::text")?
        .context("lsn")?;
    let began = Instant::now();
    while segments_since(&cluster, &start)? < segments {
        cluster.pgbench("powa", &["-q", "-i", "-s", "20"])?;
        cluster.pgbench(
            "powa",
            &["-c", "2", "-j", "2", "-T", "10", "-M", "prepared"],
        )?;
    }
    let last = cluster
        .query_text("powa", "SELECT pg_walfile_name(pg_switch_wal())")?
        .context("switch")?;
    let backlog = cluster
        .query_text(
            "powa",
            "SELECT count(*) FROM pg_ls_archive_statusdir() WHERE name LIKE '%.ready'",
        )?
        .context("count")?;
    println!(
        "bench_archive: PostgreSQL {}, a backlog of {backlog} segments of pgbench WAL (pgbench -i -s 20 and 10 s TPC-B runs, made in {:.0} s)",
        cluster.install.major,
        began.elapsed().as_secs_f64()
    );

    cluster.execute("powa", "CHECKPOINT")?;
    let settled = settle_page_cache()?;
    if !settled {
        println!("  (not root: the page cache is not dropped between runs)");
    }
    let archivers = archivers(&archive);
    let mut rates: Vec<Vec<f64>> = vec![Vec::new(); archivers.len()];
    let mut stored: Vec<u64> = vec![0; archivers.len()];
    for round in 1..=rounds {
        for (index, archiver) in archivers.iter().enumerate() {
            cluster.stop(StopMode::Fast)?;
            mark_ready(&cluster)?;
            std::fs::remove_dir_all(&archive)?;
            cluster.server_dir("archive")?;
            for (name, value) in &archiver.settings {
                cluster.set_conf(name, value)?;
            }
            settle_page_cache()?;
            let began = Instant::now();
            cluster.start()?;
            wait_for(
                &format!("{} to drain the backlog", archiver.label),
                Duration::from_secs(3600),
                || {
                    Ok(cluster
                        .query_text("powa", "SELECT last_archived_wal FROM pg_stat_archiver")?
                        .is_some_and(|archived| archived >= last)
                        && cluster
                            .query_text(
                                "powa",
                                "SELECT count(*) FROM pg_ls_archive_statusdir() WHERE name LIKE '%.ready'",
                            )?
                            .as_deref()
                            == Some("0"))
                },
            )
            .with_context(|| cluster.log_tail(20))?;
            let seconds = began.elapsed().as_secs_f64();
            let files = std::fs::read_dir(&archive)?.count() as f64;
            let rate = files / seconds;
            rates[index].push(rate);
            stored[index] = directory_bytes(&archive)?;
            println!(
                "  round {round} {:<20} {files:>5.0} files in {seconds:>6.1} s: {rate:>6.1} segments/s",
                archiver.label
            );
        }
    }
    let peer = median(&mut rates[0].clone());
    println!("  medians:");
    for (index, archiver) in archivers.iter().enumerate() {
        let rate = median(&mut rates[index]);
        println!(
            "  {:<20} {rate:>6.1} segments/s, {:.2} x basic_archive; {:>6.0} MB on disk ({:.2} of the WAL)",
            archiver.label,
            ratio(
                "x basic_archive",
                (&format!("{}'s segments/s", archiver.label), rate),
                ("basic_archive's segments/s", peer)
            )?,
            stored[index] as f64 / 1e6,
            ratio(
                "of the WAL",
                (&format!("{}'s bytes on disk", archiver.label), stored[index] as f64),
                ("the WAL's bytes", backlog.parse::<f64>()? * SEGMENT as f64)
            )?
        );
    }
    println!("  targets: archive_basic none and zstd at least 1.00 x basic_archive; zstd at most 0.33 of the WAL");
    Ok(())
}
