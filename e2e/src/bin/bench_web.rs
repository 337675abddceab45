//! Benchmark of powa-web (run it through `scripts/bench.sh web`, which
//! installs a release build first): N distinct statements (5000) and a day
//! of snapshots at a 5-minute frequency (288) of powa_stat_statements,
//! powa_stat_database, powa_stat_wal and powa_stat_bgwriter; the range is
//! every snapshot.
//!
//! 1. Server time of three pages, each the median of R requests on
//!    loopback, against the bare SQL the page runs measured in the same run:
//!    the execution and planning time pg_stat_statements counts for the web
//!    role's top-level statements, per page load. Pages: the server page
//!    (charts, databases grid, statements grid), the statements grid alone
//!    (first page, sorted by total time), a query's page.
//! 2. The browser's time to a drawn server page: `performance.now()` when
//!    the page's script has drawn every chart (headless Chromium), median
//!    of 5 loads.
//! 3. The JavaScript the pages load.

use anyhow::{ensure, Context, Result};
use powa_core::testing::ratio;
use powa_e2e::web::{browser, http_with, log_in, start_chromedriver, start_web, text_of};
use powa_e2e::workload::{statements_workload, StatementsWorkload};
use powa_e2e::{option_number, percentile};
use std::time::{Duration, Instant};

const HELP: &str = "\
bench_web: powa-web's server time against the SQL it runs, the browser's
time to a drawn page, the JavaScript it loads (issue 17 targets: every
page's data within 150 ms and at most 1.2 x its SQL + 10 ms, a drawn page
under 1 s, under 300 kB of JavaScript)

usage: bench_web [--statements N] [--snapshots S] [--requests R]
  --statements N  distinct statements in pg_stat_statements (default 5000)
  --snapshots S   snapshots taken, a day at 5 minutes by default (288)
  --requests R    requests per page measured (default 21)
Needs POWA_PG_CONFIG with powa and its plugins installed, powa-web built
next to this binary, chromium and chromedriver.";

const PASSWORD: &str = "bench-web-Secr3t";

struct Figures {
    page_ms: f64,
    sql_ms: f64,
    statements: f64,
}

fn main() -> Result<()> {
    let (mut statements, mut snapshots, mut requests) = (5000usize, 288usize, 21usize);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--statements" => statements = option_number(&mut args, "--statements")?,
            "--snapshots" => snapshots = option_number(&mut args, "--snapshots")?,
            "--requests" => requests = option_number(&mut args, "--requests")?,
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(());
            }
            other => anyhow::bail!("unknown option {other}\n\n{HELP}"),
        }
    }
    ensure!(requests >= 1, "--requests must be at least 1");
    let StatementsWorkload {
        cluster, tracked, ..
    } = statements_workload(
        "bench_web",
        "powa_stat_statements, powa_stat_database, powa_stat_wal, powa_stat_bgwriter",
        statements,
        snapshots,
    )?;
    cluster.prepend_hba("host all bench_web 127.0.0.1/32 scram-sha-256")?;
    cluster.execute(
        "powa",
        &format!(
            "CREATE ROLE bench_web LOGIN PASSWORD '{PASSWORD}';
             GRANT powa_read_all_data TO bench_web;"
        ),
    )?;
    // The bare SQL's time counts planning too.
    cluster.execute(
        "powa",
        "ALTER SYSTEM SET pg_stat_statements.track_planning = on",
    )?;
    cluster.reload()?;
    let range = cluster
        .query_text(
            "powa",
            "SELECT to_char(min(ts) AT TIME ZONE 'UTC' - interval '1 second', 'YYYY-MM-DD\"T\"HH24:MI:SS')
                    || ' ' ||
                    to_char(max(ts) AT TIME ZONE 'UTC' + interval '1 second', 'YYYY-MM-DD\"T\"HH24:MI:SS')
               FROM powa_statements_snapshots WHERE srvid = 0",
        )?
        .context("no snapshot")?;
    let (from, to) = range.split_once(' ').context("a range")?;
    let queryid = cluster.query_i64(
        "powa",
        "SELECT queryid FROM powa_statements WHERE query = 'SELECT c0 FROM bench_t0 WHERE c0 = $1'",
    )?;
    println!(
        "bench_web: PostgreSQL {}, {tracked} distinct statements, {snapshots} snapshots \
         ({from} to {to} UTC), {requests} requests per page",
        cluster.install.major
    );
    if std::env::var_os("BENCH_WEB_DIAG").is_some() {
        for sql in [
            format!("SELECT count(*) FROM powa_statements_series(0, '{from}', '{to}', 300)"),
            format!("SELECT count(*) FROM powa_statements_samples(0, '{from}', '{to}')"),
            format!("SELECT count(*) FROM powa_statements_counter_deltas(0, '{from}', '{to}')"),
            // The rows that restarted inside the range, from their samples.
            format!(
                "SELECT count(*) FROM powa_statements_sample_deltas(0, '{from}', '{to}',
                    ARRAY(SELECT DISTINCT unnest(restarted) FROM powa_statements_totals
                           WHERE srvid = 0 AND grp IS NULL AND ts > '{from}' AND ts <= '{to}'))"
            ),
            // The range's bounds: the first snapshot is in coalesced history.
            format!(
                "SELECT count(*) FROM powa_statements_snapshot_rows(0,
                    (SELECT min(ts) FROM powa_statements_snapshots
                      WHERE srvid = 0 AND ts BETWEEN '{from}' AND '{to}'))"
            ),
            format!(
                "SELECT count(*) FROM powa_statements_snapshot_rows(0,
                    (SELECT max(ts) FROM powa_statements_snapshots
                      WHERE srvid = 0 AND ts BETWEEN '{from}' AND '{to}'))"
            ),
            format!("SELECT count(*) FROM powa_statements_deltas('{from}', '{to}', 0)"),
            format!("SELECT count(*) FROM powa_databases_series(0, '{from}', '{to}', 300)"),
        ] {
            let began = Instant::now();
            let n = cluster.query_i64("powa", &sql)?;
            println!(
                "  diag {:.1} ms ({n} rows): {sql}",
                began.elapsed().as_secs_f64() * 1e3
            );
        }
    }
    let dir = cluster.server_dir("web")?;
    let (_web, base) = start_web(&cluster, &dir)?;
    let (_driver, driver_port) = start_chromedriver(&dir)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    // Logging in (through the browser, as a user does) gives the session
    // cookie the timed requests carry.
    let client = runtime.block_on(async {
        let client = browser(driver_port, &dir.join("chromium-profile")).await?;
        log_in(&client, &base, "bench_web", PASSWORD).await?;
        anyhow::Ok(client)
    })?;
    let cookie = runtime.block_on(client.get_named_cookie("powa_session"))?;
    let cookie = format!("powa_session={}", cookie.value());
    let pages = [
        ("server page", format!("/powa/server/0?from={from}&to={to}")),
        (
            "statements grid",
            format!("/powa/server/0/statements?from={from}&to={to}&sort=total&order=desc"),
        ),
        (
            "query page",
            format!("/powa/server/0/query/{queryid}?from={from}&to={to}"),
        ),
    ];
    for (name, path) in &pages {
        let figures = measure(&cluster, &base, path, &cookie, requests)?;
        let met = figures.page_ms <= 150.0 && figures.page_ms <= 1.2 * figures.sql_ms + 10.0;
        println!(
            "  {name:<16} median {:.1} ms; its SQL {:.1} ms per load ({:.0} statements): \
             page / SQL {:.2} (goal: <= 150 ms and <= 1.2 x SQL + 10 ms: {})",
            figures.page_ms,
            figures.sql_ms,
            figures.statements,
            ratio(
                "page / SQL",
                ("page time", figures.page_ms),
                ("SQL time", figures.sql_ms)
            )?,
            if met { "met" } else { "missed" }
        );
    }
    // The browser: loads of the server page until every chart is drawn.
    let server_url = format!("{base}/server/0?from={from}&to={to}");
    let mut drawn_ms = Vec::new();
    for _ in 0..5 {
        let at = runtime.block_on(async {
            client.goto(&server_url).await?;
            let began = Instant::now();
            loop {
                let at = client
                    .execute("return document.body.dataset.chartsDrawnAt || null", vec![])
                    .await?;
                if let Some(at) = at.as_str().and_then(|a| a.parse::<f64>().ok()) {
                    return anyhow::Ok(at);
                }
                ensure!(
                    began.elapsed() < Duration::from_secs(30),
                    "the server page drew no chart within 30 s: {}",
                    text_of(&client, "chart-runtime").await.unwrap_or_default()
                );
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        })?;
        drawn_ms.push(at);
    }
    drawn_ms.sort_by(f64::total_cmp);
    let drawn = percentile(&drawn_ms, 0.5);
    let _ = runtime.block_on(client.close());
    println!(
        "  browser          server page drawn {drawn:.0} ms after navigation started (median of 5; \
         goal < 1000 ms: {})",
        if drawn < 1000.0 { "met" } else { "missed" }
    );
    let mut total = 0.0;
    let mut parts = Vec::new();
    for script in ["uplot.js", "charts.js"] {
        let (status, response) =
            http_with(&base, "GET", &format!("/powa/static/{script}"), &[], "")?;
        ensure!(status.contains("200"), "{script}: {status}");
        let body = response.split_once("\r\n\r\n").context("a body")?.1;
        total += body.len() as f64;
        parts.push(format!("{script} {:.1} kB", body.len() as f64 / 1000.0));
    }
    println!(
        "  JavaScript       {} = {:.1} kB, {:.2} of the 300 kB budget",
        parts.join(" + "),
        total / 1000.0,
        ratio(
            "of the budget",
            ("JavaScript bytes", total),
            ("budget", 300_000.0)
        )?
    );
    Ok(())
}

/// A page's median time over `requests` loads, and the SQL those loads
/// ran, per load, as pg_stat_statements counts it (reset before).
fn measure(
    cluster: &powa_e2e::Cluster,
    base: &str,
    path: &str,
    cookie: &str,
    requests: usize,
) -> Result<Figures> {
    let get = || -> Result<f64> {
        let began = Instant::now();
        let (status, _) = http_with(base, "GET", path, &[("Cookie", cookie)], "")?;
        let elapsed = began.elapsed().as_secs_f64() * 1e3;
        ensure!(status.contains("200"), "{path}: {status}");
        Ok(elapsed)
    };
    // Warm: the pool's connections, plans, caches.
    for _ in 0..3 {
        get()?;
    }
    cluster.execute("powa", "SELECT pg_stat_statements_reset()")?;
    let mut page_ms = Vec::new();
    for _ in 0..requests {
        page_ms.push(get()?);
    }
    page_ms.sort_by(f64::total_cmp);
    let sql = cluster.query_rows(
        "powa",
        "SELECT (sum(total_exec_time + total_plan_time))::text, sum(calls)::text
           FROM pg_stat_statements
          WHERE userid = 'bench_web'::regrole AND toplevel",
    )?;
    let number = |i: usize| -> f64 {
        sql[0][i]
            .as_deref()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    };
    Ok(Figures {
        page_ms: percentile(&page_ms, 0.5),
        sql_ms: number(0) / requests as f64,
        statements: number(1) / requests as f64,
    })
}
