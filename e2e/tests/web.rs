//! powa-web in a real headless Chromium (Debian's chromium and
//! chromium-driver, driven over WebDriver): logging in with a PostgreSQL
//! role, the servers page, what a wrong password, a role without
//! privileges and an empty password get, hostile aliases rendered inert, a
//! POST without the CSRF token refused, the session cookie's flags, and a
//! screenshot of the page under `.run/web/`.

use anyhow::{bail, ensure, Context, Result};
use fantoccini::actions::InputSource;
use fantoccini::{Client, Locator};
use powa_e2e::web::*;
use powa_e2e::{workspace_binary, Cluster, PgInstall};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

const VIEWER_PASSWORD: &str = "web-Secr3t-viewer";
const STRANGER_PASSWORD: &str = "web-Secr3t-stranger";
const SCRIPT_ALIAS: &str = "<script>alert(1)</script>";
const IMG_ALIAS: &str = "\"><img src=x onerror=alert(2)>";

/// The repository: powa installed, roles `viewer` (may read everything),
/// `stranger` (may read nothing) and `trusted` (no password needed), and
/// three registered servers, two of them with hostile aliases.
fn repository(install: &PgInstall) -> Result<Cluster> {
    let mut repository = Cluster::init(install, "web-repository")?;
    repository.set_conf("password_encryption", "scram-sha-256")?;
    repository.prepend_hba(
        "host all trusted 127.0.0.1/32 trust\nhost all viewer,stranger 127.0.0.1/32 scram-sha-256",
    )?;
    repository.start()?;
    repository.execute("postgres", "CREATE DATABASE powa")?;
    repository.execute("powa", "CREATE EXTENSION powa")?;
    repository.execute(
        "powa",
        &format!(
            "CREATE ROLE viewer LOGIN PASSWORD '{VIEWER_PASSWORD}';
             GRANT powa_read_all_data TO viewer;
             CREATE ROLE stranger LOGIN PASSWORD '{STRANGER_PASSWORD}';
             REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
             CREATE ROLE trusted LOGIN;"
        ),
    )?;
    for (alias, port) in [("demo", 5432), (SCRIPT_ALIAS, 5433), (IMG_ALIAS, 5434)] {
        repository.execute(
            "powa",
            &format!(
                "SELECT powa_register_server(hostname => '127.0.0.1', port => {port},
                        alias => {}, username => 'powa', dbname => 'postgres')",
                quote(alias)
            ),
        )?;
    }
    Ok(repository)
}

fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

#[test]
fn logs_in_shows_the_servers_and_refuses_what_it_must() -> Result<()> {
    let install = PgInstall::from_env()?;
    let repository = repository(&install)?;
    let dir = repository.server_dir("web")?;
    let (_web, base) = start_web(&repository, &dir)?;
    let (_driver, driver_port) = start_chromedriver(&dir)?;
    browse(&dir, driver_port, |client| async move {
        run(&client, &base, &repository).await
    })
}

async fn run(client: &Client, base: &str, _repository: &Cluster) -> Result<()> {
    // A wrong password: PostgreSQL's own reason, on the login page.
    log_in(client, base, "viewer", "not-the-password").await?;
    let message = text_of(client, "login-error").await?;
    ensure!(
        message.contains("password authentication failed for user \"viewer\""),
        "wrong password: {message:?}"
    );
    // An empty password is refused before any connection.
    log_in(client, base, "trusted", "").await?;
    let message = text_of(client, "login-error").await?;
    ensure!(
        message.contains("An empty password is refused"),
        "empty password: {message:?}"
    );

    // The right one: the servers page.
    log_in(client, base, "viewer", VIEWER_PASSWORD).await?;
    let url = client.current_url().await?;
    ensure!(
        url.path() == "/powa/",
        "after logging in: {url}:\n{}",
        client.source().await?
    );
    let table = text_of(client, "servers").await?;
    for alias in ["demo", SCRIPT_ALIAS, IMG_ALIAS, "<local>"] {
        ensure!(
            table.contains(alias),
            "{alias:?} is not shown as text: {table}"
        );
    }
    // The hostile aliases are text: no script, no image, no alert.
    inert(client).await?;
    // The session cookie: opaque, HttpOnly, SameSite=Strict, no password.
    let cookie = client.get_named_cookie("powa_session").await?;
    ensure!(
        cookie.http_only() == Some(true),
        "the session cookie is not HttpOnly"
    );
    ensure!(
        format!("{:?}", cookie.same_site()) == "Some(Strict)",
        "the session cookie is not SameSite=Strict"
    );
    ensure!(
        cookie.value().len() == 64 && !cookie.value().contains(VIEWER_PASSWORD),
        "the session cookie: {:?}",
        cookie.value()
    );
    fs::create_dir_all(screenshots_dir())?;
    let png = client.screenshot().await?;
    fs::write(screenshots_dir().join("servers.png"), png)?;

    // A POST without the CSRF token is refused, with the session cookie.
    let session = format!("powa_session={}", cookie.value());
    let (status, body) = http(base, "POST", "/powa/logout", &session, "")?;
    ensure!(
        status.contains("403") && body.contains("CSRF token"),
        "logout without a CSRF token: {status}"
    );
    let (status, _) = http(base, "POST", "/powa/logout", &session, "csrf=0000")?;
    ensure!(
        status.contains("403"),
        "logout with a wrong CSRF token: {status}"
    );
    // ... and the session still works.
    client.refresh().await?;
    ensure!(
        text_of(client, "servers").await?.contains("demo"),
        "the session ended"
    );

    // Logging out ends the session.
    click_and_wait(client, "logout").await?;
    let url = client.current_url().await?;
    ensure!(url.path() == "/powa/login", "after logging out: {url}");
    let (status, _) = http(base, "GET", "/powa/", &session, "")?;
    ensure!(
        status.contains("303"),
        "the old session still opens the page: {status}"
    );

    // A role that may read nothing: which privilege is missing, no trace.
    log_in(client, base, "stranger", STRANGER_PASSWORD).await?;
    let message = text_of(client, "error-message").await?;
    ensure!(
        message.contains("permission denied for view powa_servers"),
        "a role without privileges: {message:?}"
    );
    let page = client.source().await?;
    ensure!(
        page.contains("GRANT powa_read_all_data"),
        "no hint of the privilege to grant"
    );
    full_page_screenshot(client, "missing-privilege.png").await?;
    Ok(())
}

/// pg_stat_statements in the powa database, and a role `viewer` that logs
/// in over loopback with a password.
fn with_viewer(cluster: &Cluster) -> Result<()> {
    cluster.prepend_hba("host all viewer 127.0.0.1/32 scram-sha-256")?;
    cluster.reload()?;
    cluster.execute(
        "powa",
        &format!(
            "CREATE EXTENSION pg_stat_statements;
             CREATE ROLE viewer LOGIN PASSWORD '{VIEWER_PASSWORD}';"
        ),
    )
}

/// A local-mode cluster: 5,000 distinct statements and a hostile comment
/// between two snapshots, a `viewer` role over loopback with a password.
fn local_cluster() -> Result<Cluster> {
    let cluster = powa_e2e::powa_cluster(
        "web-local",
        &[
            ("shared_preload_libraries", "powa,pg_stat_statements"),
            ("walker.plugins", "powa_stat_statements"),
            ("powa.frequency", "-1"),
            ("pg_stat_statements.max", "10000"),
        ],
    )?;
    with_viewer(&cluster)?;
    cluster.execute("powa", "SELECT powa_take_snapshot()")?;
    // 5,000 statements pg_stat_statements tells apart (constants and
    // aliases do not count, the columns read do): two columns of a wide
    // table each; top-level statements of one simple query.
    let columns: Vec<String> = (1..=100).map(|c| format!("c{c} int")).collect();
    cluster.execute(
        "powa",
        &format!("CREATE TABLE web_wide ({})", columns.join(", ")),
    )?;
    let mut workload = String::new();
    for i in 1..=50 {
        for j in 1..=100 {
            workload.push_str(&format!("SELECT c{i}, c{j} FROM web_wide;"));
        }
    }
    for _ in 0..7 {
        workload.push_str(
            // (A comment inside the statement: pg_stat_statements keeps it.)
            "SELECT relname AS web_xss /* <script>alert(3)</script> \"><img src=x onerror=alert(4)> */ \
             FROM pg_class WHERE relname = 'x';",
        );
    }
    cluster.execute("powa", &workload)?;
    cluster.execute("powa", "SELECT powa_take_snapshot()")?;
    // A snapshot that fails: its source waits on a lock past lock_timeout.
    let mut locker = cluster.connect("powa")?;
    locker.batch_execute(
        "BEGIN; LOCK TABLE powa_statements_snapshots_srv0 IN ACCESS EXCLUSIVE MODE",
    )?;
    cluster.execute(
        "powa",
        "SET lock_timeout = '200ms'; SELECT powa_take_snapshot()",
    )?;
    locker.batch_execute("ROLLBACK")?;
    let last = cluster.query_text(
        "powa",
        "SELECT failed || ' ' || errors::text FROM powa_snapshots ORDER BY ts DESC LIMIT 1",
    )?;
    ensure!(
        last.as_deref().is_some_and(|l| l.contains("lock timeout")),
        "the snapshot taken under the lock: {last:?}"
    );
    // Once the sources made their tables.
    cluster.execute("powa", "GRANT powa_read_all_data TO viewer")?;
    Ok(cluster)
}

async fn inert(client: &Client) -> Result<()> {
    // powa-web's own scripts (charts: uPlot and ours, their data as JSON)
    // are the only ones.
    let scripts = client
        .execute(
            "return Array.from(document.querySelectorAll('script')).filter(s =>
                 !(s.type === 'application/json' && s.id === 'powa-charts')
                 && !/\\/static\\/(uplot|charts)\\.js$/.test(s.src)).length",
            vec![],
        )
        .await?;
    let images = client
        .execute("return document.images.length", vec![])
        .await?;
    ensure!(
        scripts == serde_json::json!(0) && images == serde_json::json!(0),
        "scripts {scripts}, images {images} at {}",
        client.current_url().await?
    );
    if let Ok(alert) = client.get_alert_text().await {
        bail!("an alert opened: {alert:?}");
    }
    Ok(())
}

/// The grid's calls column, as numbers.
async fn calls_column(client: &Client) -> Result<Vec<i64>> {
    let value = client
        .execute(
            "return Array.from(document.querySelectorAll('#statements tbody tr td:nth-child(2)'))
                    .map(td => Number(td.dataset.value))",
            vec![],
        )
        .await?;
    Ok(value
        .as_array()
        .context("an array")?
        .iter()
        .map(|v| v.as_i64().unwrap_or(-1))
        .collect())
}

#[test]
fn the_server_and_query_pages_show_what_the_sql_functions_say() -> Result<()> {
    let cluster = local_cluster()?;
    let dir = cluster.server_dir("web")?;
    let (_web, base) = start_web(&cluster, &dir)?;
    let (_driver, driver_port) = start_chromedriver(&dir)?;
    // An absolute range around both snapshots, as the URL gives it.
    let bound = |sql: &str| -> Result<String> {
        cluster
            .query_text(
                "powa",
                &format!("SELECT to_char(({sql}) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS')"),
            )?
            .context("a time")
    };
    let (from, to) = (
        bound("now() - interval '10 minutes'")?,
        bound("now() + interval '10 minutes'")?,
    );
    let deltas = format!(
        "powa_statements_deltas('{} UTC', '{} UTC', 0)",
        from.replace('T', " "),
        to.replace('T', " ")
    );
    let total = cluster.query_i64(
        "powa",
        &format!("SELECT count(*) FROM {deltas} WHERE calls > 0"),
    )?;
    ensure!(
        total > 5000,
        "only {total} statements in the range {deltas}; pg_stat_statements has {}, powa_statements {}, snapshots {:?}",
        cluster.query_i64("powa", "SELECT count(*) FROM pg_stat_statements")?,
        cluster.query_i64("powa", "SELECT count(*) FROM powa_statements")?,
        cluster.query_text("powa", "SELECT string_agg(ts::text, ', ') FROM powa_statements_snapshots")?
    );
    // What the pages must show, from SQL (before the browser: the sync
    // client may not run inside its runtime).
    let most_calls = cluster.query_i64("powa", &format!("SELECT max(calls) FROM {deltas}"))?;
    let xss_queryid = cluster.query_i64(
        "powa",
        &format!("SELECT min(queryid) FROM {deltas} WHERE query LIKE '%web_xss%'"),
    )?;
    let mut figures = Vec::new();
    for column in [
        "calls",
        "rows",
        "shared_blks_hit",
        "shared_blks_read",
        "wal_bytes",
    ] {
        figures.push((
            column,
            cluster.query_i64(
                "powa",
                &format!(
                    "SELECT coalesce(sum({column}), 0)::bigint FROM {deltas} WHERE queryid = {xss_queryid}"
                ),
            )?,
        ));
    }
    let expected = Expected {
        total,
        most_calls,
        xss_queryid,
        figures,
    };
    browse(&dir, driver_port, |client| async move {
        server_pages(&client, &base, &from, &to, &expected).await
    })
}

struct Expected {
    total: i64,
    most_calls: i64,
    xss_queryid: i64,
    /// (column, the sum over the range)
    figures: Vec<(&'static str, i64)>,
}

async fn server_pages(
    client: &Client,
    base: &str,
    from: &str,
    to: &str,
    expected: &Expected,
) -> Result<()> {
    let total = expected.total;
    log_in(client, base, "viewer", VIEWER_PASSWORD).await?;
    // The grid: the total of the SQL function, 50 rows a page, sorted.
    client
        .goto(&format!(
            "{base}/server/0?from={from}&to={to}&sort=calls&order=desc"
        ))
        .await?;
    let shown = text_of(client, "total").await?.replace(',', "");
    ensure!(
        shown == total.to_string(),
        "the grid says {shown} statements, SQL {total}"
    );
    let calls = calls_column(client).await?;
    ensure!(calls.len() == 50, "{} rows on the first page", calls.len());
    ensure!(
        calls.windows(2).all(|w| w[0] >= w[1]),
        "not sorted by calls: {calls:?}"
    );
    ensure!(
        calls[0] == expected.most_calls,
        "first row {} calls, SQL's most {}",
        calls[0],
        expected.most_calls
    );
    fs::create_dir_all(screenshots_dir())?;
    fs::write(
        screenshots_dir().join("server.png"),
        client.screenshot().await?,
    )?;
    // The grid as CSV: every row, full texts, quoted where needed.
    ensure!(text_of(client, "csv").await? == "CSV", "no CSV link");
    let (status, response) = http_in_session(
        client,
        base,
        "GET",
        &format!("/powa/server/0/statements.csv?from={from}&to={to}&sort=calls&order=desc"),
        "",
    )
    .await?;
    ensure!(status.contains("200"), "CSV: {status}");
    let (head, body) = response.split_once("\r\n\r\n").context("an HTTP body")?;
    ensure!(head.contains("text/csv"), "CSV headers: {head}");
    let lines = body.lines().count() as i64;
    ensure!(
        lines == total + 1,
        "{lines} CSV lines for {total} statements and a header"
    );
    ensure!(
        body.contains(
            "\"SELECT relname AS web_xss /* <script>alert(3)</script> \"\"><img src=x onerror=alert(4)> */"
        ),
        "the hostile text is not a quoted CSV field"
    );
    click_and_wait(client, "next").await?;
    let pager = text_of(client, "pager").await?;
    ensure!(pager.contains("statements 51–100"), "page 2: {pager:?}");
    ensure!(
        client
            .current_url()
            .await?
            .query()
            .unwrap_or("")
            .contains("page=2"),
        "no page in the URL"
    );
    // Sorting by another column, ascending, from its header.
    click_and_wait(client, "sort-calls").await?;
    let calls = calls_column(client).await?;
    ensure!(
        calls.windows(2).all(|w| w[0] <= w[1]),
        "not sorted ascending: {calls:?}"
    );
    // Filtering on the server.
    fill(client, "filter", "c50, c100 FROM").await?;
    click_and_wait(client, "apply-filter").await?;
    ensure!(
        text_of(client, "total").await? == "1",
        "filtering on c50, c100 FROM"
    );
    ensure!(
        text_of(client, "statements")
            .await?
            .contains("SELECT c50, c100 FROM web_wide"),
        "the filtered statement"
    );
    // The hostile comment is text, in the grid and on the query page.
    let grid = read_at(
        client,
        &format!("{base}/server/0?from={from}&to={to}&q=web_xss"),
        "statements",
    )
    .await?;
    ensure!(
        grid.contains("<script>alert(3)</script>"),
        "the comment is not shown as text: {grid}\n{}",
        client.source().await?
    );
    inert(client).await?;
    click_on_and_wait(client, Locator::Css("#statements td.query a")).await?;
    let text = text_of(client, "query-text").await?;
    ensure!(
        text.contains("\"><img src=x onerror=alert(4)>") && text.contains("web_xss"),
        "the query page's text: {text:?}"
    );
    // Laid out: a clause a line, the comment whole.
    ensure!(
        text.contains("*/\nFROM pg_class\nWHERE relname = $1"),
        "the query page's text is not laid out: {text:?}"
    );
    inert(client).await?;
    // The query page's figures are powa_statements_deltas' for that range.
    let url = client.current_url().await?;
    let queryid: i64 = url
        .path()
        .rsplit('/')
        .next()
        .and_then(|id| id.parse().ok())
        .context("a queryid in the URL")?;
    ensure!(
        queryid == expected.xss_queryid,
        "the link led to query {queryid}, not {}",
        expected.xss_queryid
    );
    for (id, sum) in &expected.figures {
        let shown = client
            .find(Locator::Id(id))
            .await?
            .attr("data-value")
            .await?
            .context("a data-value")?;
        ensure!(
            shown == sum.to_string(),
            "{id}: the page says {shown}, SQL {sum}"
        );
    }
    ensure!(
        text_of(client, "calls").await? == "7",
        "the hostile statement ran 7 times"
    );
    fs::write(
        screenshots_dir().join("query.png"),
        client.screenshot().await?,
    )?;
    // The plugins and snapshots page: the worker's plugins, the failed
    // snapshot with its reason, powa's settings.
    let plugins = read_at(
        client,
        &format!("{base}/plugins?from={from}&to={to}"),
        "plugins",
    )
    .await?;
    ensure!(
        plugins.contains("powa_stat_statements"),
        "plugins: {plugins}"
    );
    let failed = text_of(client, "failed").await?;
    ensure!(
        failed.contains("powa_stat_statements") && failed.contains("lock timeout"),
        "failed snapshots: {failed}"
    );
    ensure!(
        text_of(client, "settings")
            .await?
            .contains("powa.frequency"),
        "no settings"
    );
    // The plugin errors: each under its header (server, plugin, ...).
    let error_row = client
        .execute(
            "const t = document.getElementById('errors');
             const head = [...t.tHead.rows[0].cells].map(c => c.textContent);
             const row = [...t.tBodies[0].rows[0].cells].map(c => c.textContent);
             return head.map((h, i) => h + '=' + row[i]).concat([String(row.length)]);",
            vec![],
        )
        .await?;
    let error_row: Vec<String> = error_row
        .as_array()
        .context("the errors table")?
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    ensure!(
        error_row.contains(&"server=0".to_owned())
            && error_row.contains(&"plugin=powa_stat_statements".to_owned())
            && error_row.contains(&"operation=snapshot".to_owned())
            && error_row.last().map(String::as_str) == Some("5"),
        "the plugin errors' first row under its headers: {error_row:?}"
    );
    fs::write(
        screenshots_dir().join("plugins.png"),
        client.screenshot().await?,
    )?;
    // Each table as CSV, for the page's range: the failed snapshot's
    // message whole, in a quoted field.
    let csv_link = client
        .find(Locator::Id("failed-csv"))
        .await?
        .attr("href")
        .await?
        .context("the failed snapshots' CSV link")?;
    let (status, response) = http_in_session(client, base, "GET", &csv_link, "").await?;
    let body = response.split_once("\r\n\r\n").map(|b| b.1).unwrap_or("");
    ensure!(
        status.contains("200")
            && body.starts_with("server,time,sources,failed,messages\r\n")
            && body.contains("lock timeout"),
        "failed snapshots' CSV: {status}\n{body}"
    );
    let (status, _) = http_in_session(client, base, "GET", "/powa/plugins/csv/secrets", "").await?;
    ensure!(status.contains("400"), "an unknown table: {status}");
    client.back().await?;
    // Another range: the URL and the data change.
    fill(client, "from", "2000-01-01T00:00").await?;
    fill(client, "to", "2000-01-02T00:00").await?;
    click_and_wait(client, "apply-range").await?;
    let url = client.current_url().await?;
    ensure!(
        url.query()
            .unwrap_or("")
            .contains("from=2000-01-01T00%3A00"),
        "the URL: {url}"
    );
    let empty = text_of(client, "no-statements").await?;
    ensure!(
        empty.contains("fewer than two snapshots"),
        "an empty range says: {empty:?}"
    );
    // A range that ends before it begins is refused with the reason.
    let message = read_at(
        client,
        &format!("{base}/server/0?from=now&to=now-1h"),
        "error-message",
    )
    .await?;
    ensure!(
        message.contains("from must be earlier than to"),
        "{message:?}"
    );
    Ok(())
}

/// The sources the charts draw, collected every second while a workload
/// runs: inserts and updates, a query that sleeps (its waits), a role
/// `viewer` over loopback.
fn workload_cluster() -> Result<Cluster> {
    let cluster = powa_e2e::powa_cluster(
        "web-charts",
        &[
            ("shared_preload_libraries", "powa,pg_stat_statements"),
            (
                "walker.plugins",
                "powa_stat_statements, powa_stat_database, powa_stat_bgwriter, powa_stat_wal, \
                 powa_stat_io, powa_stat_tables, powa_stat_indexes, powa_stat_archiver, \
                 powa_wait_sampling, example_wal_counter, garbagemap, archive_basic, \
                 powa_wal_records",
            ),
            ("powa.frequency", "1"),
            // /metrics reports the archiver and the WAL walker.
            ("archive_mode", "on"),
            ("archive_library", "powa"),
            ("compute_query_id", "on"),
            ("powa_wait_sampling.period", "20"),
        ],
    )?;
    let archive = cluster.server_dir("archive")?;
    cluster.set_conf(
        "archive_basic.archive_directory",
        &archive.display().to_string(),
    )?;
    with_viewer(&cluster)?;
    cluster.execute(
        "powa",
        "CREATE TABLE web_charts (id int PRIMARY KEY, v int)",
    )?;
    let snapshots = || {
        cluster.query_i64(
            "powa",
            "SELECT count(*) FROM powa_snapshots WHERE failed = 0",
        )
    };
    let before = snapshots()?;
    let mut client = cluster.connect("powa")?;
    let mut round = 0;
    let began = std::time::Instant::now();
    while snapshots()? < before + 6 {
        ensure!(
            began.elapsed() < Duration::from_secs(60),
            "fewer than 6 snapshots in 60 s: {}",
            cluster.log_tail(20)
        );
        client.batch_execute(&format!(
            "INSERT INTO web_charts SELECT i, 0 FROM generate_series({0} * 1000 + 1, {0} * 1000 + 1000) i;
             UPDATE web_charts SET v = v + 1 WHERE id % 7 = 0;
             SELECT count(*) FROM web_charts;
             SELECT pg_sleep(0.3);
             CHECKPOINT;
             SELECT pg_switch_wal()",
            round
        ))?;
        round += 1;
    }
    powa_e2e::wait_until_flushed(&cluster, "example_wal_counter")?;
    cluster.execute("powa", "GRANT powa_read_all_data TO viewer")?;
    Ok(cluster)
}

#[test]
fn charts_draw_a_real_workload_share_their_cursor_and_zoom() -> Result<()> {
    let cluster = workload_cluster()?;
    let major = cluster.query_i64(
        "powa",
        "SELECT current_setting('server_version_num')::int / 10000",
    )?;
    let sleep_queryid = cluster.query_i64(
        "powa",
        "SELECT queryid FROM pg_stat_statements WHERE query LIKE 'SELECT pg_sleep%' LIMIT 1",
    )?;
    let dir = cluster.server_dir("web")?;
    let (_web, base) = start_web_with(&cluster, &dir, "http", "metrics = \"basic\"\n")?;
    check_metrics(&base)?;
    let (_driver, driver_port) = start_chromedriver(&dir)?;
    browse(&dir, driver_port, |client| async move {
        chart_pages(&client, &base, major, sleep_queryid).await
    })
}

/// `/metrics` with HTTP Basic credentials: the local server's snapshot
/// age, the WAL plugin's lag, the archiver's counts; refused without
/// them or with a wrong password.
fn check_metrics(base: &str) -> Result<()> {
    use base64::Engine;
    let basic = |role: &str, password: &str| {
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{role}:{password}"))
        )
    };
    let get = |authorization: &str| {
        http_with(
            base,
            "GET",
            "/powa/metrics",
            &[("Authorization", authorization)],
            "",
        )
    };
    let (status, response) = get("")?;
    ensure!(
        status.contains("401")
            && response
                .to_ascii_lowercase()
                .contains("www-authenticate: basic"),
        "/metrics without credentials: {response}"
    );
    let (status, _) = get(&basic("viewer", "wrong"))?;
    ensure!(
        status.contains("401"),
        "/metrics with a wrong password: {status}"
    );
    let (status, response) = get(&basic("viewer", VIEWER_PASSWORD))?;
    ensure!(status.contains("200"), "/metrics: {response}");
    let (head, body) = response.split_once("\r\n\r\n").context("an HTTP body")?;
    ensure!(
        head.to_ascii_lowercase()
            .contains("application/openmetrics-text"),
        "/metrics' headers: {head}"
    );
    ensure!(
        body.ends_with("# EOF\n"),
        "/metrics does not end with # EOF: {body}"
    );
    let value = |prefix: &str| -> Result<f64> {
        body.lines()
            .find(|l| l.starts_with(prefix))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse().ok())
            .with_context(|| format!("no {prefix} in /metrics:\n{body}"))
    };
    let age = value("powa_server_last_snapshot_age_seconds{server=\"0\",alias=\"<local>\"}")?;
    ensure!(
        (0.0..10.0).contains(&age),
        "the last snapshot is {age} s old"
    );
    ensure!(
        value("powa_server_state{server=\"0\",alias=\"<local>\",powa_server_state=\"local\"}")?
            == 1.0,
        "the local server's state"
    );
    let lag = value("powa_walker_lag_bytes{plugin=\"example_wal_counter\"}")?;
    ensure!(lag >= 0.0, "walker lag {lag}");
    ensure!(value("powa_walker_gaps ")? == 0.0, "gaps");
    ensure!(
        value("powa_archiver_archived_total ")? >= 1.0,
        "nothing archived"
    );
    ensure!(
        value("powa_archiver_failed_total ")? == 0.0,
        "archiving failed"
    );
    ensure!(value("powa_archiver_lag_segments ")? >= 0.0, "archiver lag");
    Ok(())
}

/// The whole page (the window made as tall as it), under `.run/web/`.
/// Per chart of the page: (id, points drawn, why it is empty).
async fn drawn_charts(client: &Client) -> Result<Vec<(String, i64, String)>> {
    let value = client
        .execute(
            "return Array.from(document.querySelectorAll('figure.chart')).map(f => [
                 f.id,
                 Number(f.dataset.points || 0) * (f.querySelector('canvas') ? 1 : 0),
                 (f.querySelector('.chart-empty') || {}).textContent || '']);",
            vec![],
        )
        .await?;
    let charts = value
        .as_array()
        .context("an array")?
        .iter()
        .map(|c| {
            (
                c[0].as_str().unwrap_or_default().to_owned(),
                c[1].as_i64().unwrap_or(0),
                c[2].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    Ok(charts)
}

/// Every chart drawn with at least two points, but those `absent` names
/// with the reason it gives.
fn check_charts(
    page: &str,
    charts: &[(String, i64, String)],
    absent: &[(&str, &str)],
) -> Result<()> {
    ensure!(!charts.is_empty(), "{page}: no chart");
    for (id, points, empty) in charts {
        match absent
            .iter()
            .find(|(name, _)| id == &format!("chart-{name}"))
        {
            Some((_, reason)) => ensure!(
                empty.contains(reason),
                "{page}: {id} should say {reason:?}, says {empty:?} ({points} points)"
            ),
            None => ensure!(
                *points >= 2,
                "{page}: {id} has {points} points drawn ({empty:?})"
            ),
        }
    }
    Ok(())
}

async fn chart_pages(client: &Client, base: &str, major: i64, sleep_queryid: i64) -> Result<()> {
    log_in(client, base, "viewer", VIEWER_PASSWORD).await?;
    // The servers page: the local server's query runtime of the last hour.
    let points = client
        .execute(
            "const line = document.querySelector('#spark-0 polyline');
             return line ? line.getAttribute('points').split(' ').length : 0;",
            vec![],
        )
        .await?
        .as_i64()
        .unwrap_or(0);
    ensure!(
        points >= 2,
        "the local server's sparkline has {points} points"
    );
    let (status, response) = http_in_session(client, base, "GET", "/powa/servers.csv", "").await?;
    let body = response.split_once("\r\n\r\n").map(|b| b.1).unwrap_or("");
    ensure!(
        status.contains("200")
            && body.starts_with("id,alias,hostname")
            && body.lines().nth(1).unwrap_or("").starts_with("0,<local>"),
        "servers.csv: {status} {body}"
    );

    client
        .goto(&format!("{base}/server/0?from=now-5m&to=now"))
        .await?;
    let charts = drawn_charts(client).await?;
    let absent: &[(&str, &str)] = if major < 16 {
        &[("io", "no powa_io history")]
    } else {
        &[]
    };
    check_charts("server page", &charts, absent)?;
    for id in [
        "runtime",
        "calls",
        "blocks",
        "hit-ratio",
        "wal",
        "database-activity",
        "bgwriter",
        "waits",
    ] {
        ensure!(
            charts.iter().any(|(c, _, _)| c == &format!("chart-{id}")),
            "no {id} chart on the server page"
        );
    }
    full_page_screenshot(client, "server-charts.png").await?;
    // The cursor is shared: hovering one chart moves every chart's cursor.
    let over = client.find(Locator::Css("#chart-calls .u-over")).await?;
    client
        .perform_actions(
            fantoccini::actions::MouseActions::new("mouse".to_owned()).then(
                fantoccini::actions::PointerAction::MoveToElement {
                    element: over.clone(),
                    duration: None,
                    x: 20.0,
                    y: 0.0,
                },
            ),
        )
        .await?;
    let cursors = client
        .execute(
            // The time under each chart's cursor (charts of other sources
            // span other times: the same time is at another pixel).
            "return ['calls', 'runtime', 'wal'].map(id => {
                 const u = document.getElementById('chart-' + id).powaPlot;
                 return u.cursor.left >= 0 ? u.posToVal(u.cursor.left, 'x') : -1;
             })",
            vec![],
        )
        .await?;
    let cursors: Vec<f64> = cursors
        .as_array()
        .context("cursors")?
        .iter()
        .map(|v| v.as_f64().unwrap_or(-1.0))
        .collect();
    ensure!(
        cursors
            .iter()
            .all(|left| *left > 0.0 && (left - cursors[0]).abs() < 1.0),
        "the charts' cursors: {cursors:?}"
    );
    // Every chart spans the page's range (the range bar's data-from and
    // data-to), whatever times its points have.
    let spans = client
        .execute(
            "const bar = document.querySelector('form.range');
             return [Number(bar.dataset.from), Number(bar.dataset.to)].concat(
                 ['calls', 'runtime', 'wal'].flatMap(id => {
                     const u = document.getElementById('chart-' + id).powaPlot;
                     return [u.scales.x.min, u.scales.x.max];
                 }))",
            vec![],
        )
        .await?;
    let spans: Vec<f64> = spans
        .as_array()
        .context("spans")?
        .iter()
        .map(|v| v.as_f64().unwrap_or(-1.0))
        .collect();
    ensure!(
        spans[0] > 0.0 && spans.chunks(2).all(|pair| pair == &spans[..2]),
        "the range and each chart's time axis: {spans:?}"
    );
    // Dragging across a chart opens the page over that span.
    let first_x = |client: &Client| {
        let client = client.clone();
        async move {
            let value = client
                .execute(
                    "return JSON.parse(document.getElementById('powa-charts').textContent)
                         .find(c => c.id === 'calls').x",
                    vec![],
                )
                .await?;
            let x: Vec<i64> = value
                .as_array()
                .context("x")?
                .iter()
                .filter_map(|v| v.as_i64())
                .collect();
            anyhow::Ok(x)
        }
    };
    let before = first_x(client).await?;
    // Across the chart's points (the axis spans the page's range, the
    // workload a part of it): from the second point to the one before the
    // last, as offsets from the plot's centre, where the pointer starts.
    let across = client
        .execute(
            "const u = document.getElementById('chart-calls').powaPlot;
             const xs = u.data[0], half = u.over.getBoundingClientRect().width / 2;
             return [u.valToPos(xs[1], 'x') - half, u.valToPos(xs[xs.length - 2], 'x') - half];",
            vec![],
        )
        .await?;
    let across: Vec<f64> = across
        .as_array()
        .context("the points' positions")?
        .iter()
        .filter_map(|v| v.as_f64())
        .collect();
    ensure!(
        across.len() == 2 && across[1] - across[0] >= 8.0,
        "the calls chart's points are too close to drag across: {across:?}"
    );
    mark_page(client).await?;
    client
        .perform_actions(
            fantoccini::actions::MouseActions::new("mouse".to_owned())
                .then(fantoccini::actions::PointerAction::MoveToElement {
                    element: over.clone(),
                    duration: None,
                    x: across[0],
                    y: 0.0,
                })
                .then(fantoccini::actions::PointerAction::Down {
                    button: fantoccini::actions::MOUSE_BUTTON_LEFT,
                })
                .then(fantoccini::actions::PointerAction::MoveToElement {
                    element: over.clone(),
                    duration: Some(Duration::from_millis(200)),
                    x: across[1],
                    y: 0.0,
                })
                .then(fantoccini::actions::PointerAction::Up {
                    button: fantoccini::actions::MOUSE_BUTTON_LEFT,
                }),
        )
        .await?;
    wait_for_new_page(client, "dragging across the calls chart").await?;
    let url = client.current_url().await?;
    let query = url.query().unwrap_or_default().to_owned();
    ensure!(
        !query.contains("now") && query.contains("from=20") && query.contains("to=20"),
        "the zoomed URL: {url}"
    );
    let after = first_x(client).await?;
    ensure!(
        !after.is_empty()
            && after != before
            && after.len() < before.len()
            && after[0] >= before[0]
            && after[after.len() - 1] <= before[before.len() - 1],
        "zooming changed the calls chart's points from {before:?} to {after:?}"
    );
    // The query page: its counters over time, and the waits of the query
    // that sleeps (event type Timeout).
    client
        .goto(&format!(
            "{base}/server/0/query/{sleep_queryid}?from=now-10m&to=now"
        ))
        .await?;
    let charts = drawn_charts(client).await?;
    check_charts("query page", &charts, &[])?;
    let waits = chart_labels(client, "waits").await?;
    ensure!(
        waits
            .as_array()
            .is_some_and(|l| l.iter().any(|v| v == "Timeout")),
        "the sleeping query's waits: {waits}"
    );
    full_page_screenshot(client, "query-charts.png").await?;
    database_and_source_pages(client, base).await
}

/// The labels of a chart's lines, as the page's script has them.
async fn chart_labels(client: &Client, chart: &str) -> Result<serde_json::Value> {
    Ok(client
        .execute(
            "return JSON.parse(document.getElementById('powa-charts').textContent)
                 .find(c => c.id === arguments[0]).labels",
            vec![serde_json::Value::from(chart)],
        )
        .await?)
}

/// A numeric column of a grid, as its cells' values.
async fn grid_column(client: &Client, grid: &str, column: &str) -> Result<Vec<f64>> {
    let value = client
        .execute(
            "const table = document.getElementById(arguments[0] + '-grid');
             const names = Array.from(table.querySelectorAll('thead th')).map(th => th.textContent.replace(/[▲▼]/g, '').trim());
             const i = names.indexOf(arguments[1]);
             if (i < 0) return null;
             return Array.from(table.querySelectorAll('tbody tr')).map(tr => Number(tr.children[i].dataset.value));",
            vec![serde_json::json!(grid), serde_json::json!(column)],
        )
        .await?;
    value
        .as_array()
        .with_context(|| format!("no column {column} in grid {grid}"))?
        .iter()
        .map(|v| v.as_f64().context("a number"))
        .collect()
}

/// From the server page: the databases grid leads to the database's page
/// (its charts, statements, tables and indexes, sortable and as CSV); the
/// sources list to a source's generic page.
async fn database_and_source_pages(client: &Client, base: &str) -> Result<()> {
    client
        .goto(&format!("{base}/server/0?from=now-10m&to=now"))
        .await?;
    ensure!(
        text_of(client, "databases-grid").await?.contains("powa"),
        "the databases grid"
    );
    click_on_and_wait(
        client,
        Locator::XPath("//table[@id='databases-grid']//a[text()='powa']"),
    )
    .await?;
    ensure!(
        text_of(client, "database-name").await? == "powa",
        "the database page's name"
    );
    check_charts("database page", &drawn_charts(client).await?, &[])?;
    full_page_screenshot(client, "database-charts.png").await?;
    ensure!(
        text_of(client, "tables-grid").await?.contains("web_charts"),
        "the tables grid"
    );
    // A table's row leads to its garbage heat map.
    let heat_link = client
        .find(Locator::XPath(
            "//table[@id='tables-grid']//a[text()='web_charts']",
        ))
        .await?
        .attr("href")
        .await?
        .unwrap_or_default();
    ensure!(
        heat_link.contains("/garbage/"),
        "web_charts links {heat_link:?}"
    );
    // (System catalogs' indexes too: web_charts' key is scanned too little
    // to be on the first page, sorted by scans.)
    let scans = grid_column(client, "indexes", "idx_scan").await?;
    ensure!(
        !scans.is_empty() && scans.windows(2).all(|w| w[0] >= w[1]),
        "the indexes grid by idx_scan: {scans:?}"
    );
    ensure!(
        text_of(client, "statements-grid")
            .await?
            .contains("UPDATE web_charts"),
        "the database's statements"
    );
    ensure!(
        text_of(client, "functions-note")
            .await?
            .contains("pg_stat_user_functions"),
        "what the page says of functions"
    );
    // Sorting a grid from its header, in SQL.
    click_and_wait(client, "tables-sort-n_tup_ins").await?;
    let inserted = grid_column(client, "tables", "n_tup_ins").await?;
    ensure!(
        inserted.len() > 1 && inserted.windows(2).all(|w| w[0] >= w[1]),
        "tables by n_tup_ins: {inserted:?}"
    );
    click_and_wait(client, "tables-sort-n_tup_ins").await?;
    let inserted = grid_column(client, "tables", "n_tup_ins").await?;
    ensure!(
        inserted.windows(2).all(|w| w[0] <= w[1]),
        "tables by n_tup_ins ascending: {inserted:?}"
    );
    // The grid as CSV: a line per row of the range, and its header.
    let total: i64 = text_of(client, "tables-total")
        .await?
        .replace(',', "")
        .parse()?;
    let csv_link = client
        .find(Locator::Id("tables-csv"))
        .await?
        .attr("href")
        .await?
        .context("a CSV link")?;
    let (status, response) = http_in_session(client, base, "GET", &csv_link, "").await?;
    ensure!(status.contains("200"), "tables CSV: {status}");
    let body = response.split_once("\r\n\r\n").context("a body")?.1;
    ensure!(
        body.lines().next().unwrap_or_default().contains("relname")
            && body.lines().count() as i64 == total + 1,
        "tables CSV of {total} rows: {body}"
    );
    full_page_screenshot(client, "database.png").await?;
    // A source's generic page: a chart per counter of its layout.
    client
        .goto(&format!("{base}/server/0?from=now-10m&to=now"))
        .await?;
    click_and_wait(client, "source-powa_tables").await?;
    ensure!(
        text_of(client, "source-name").await? == "powa_tables",
        "the source page"
    );
    let charts = drawn_charts(client).await?;
    ensure!(
        charts.iter().any(|(id, _, _)| id == "chart-n_dead_tup")
            && charts.iter().any(|(id, _, _)| id == "chart-seq_scan"),
        "the source's counters: {charts:?}"
    );
    check_charts("source page", &charts, &[])?;
    ensure!(
        text_of(client, "deltas-grid").await?.contains("web_charts"),
        "the source's deltas grid"
    );
    full_page_screenshot(client, "source.png").await?;
    operations_pages(client, base).await?;
    // A source that does not exist.
    let missing = read_at(
        client,
        &format!("{base}/server/0/source/nothing_here"),
        "error-message",
    )
    .await?;
    ensure!(missing.contains("no counter history"), "{missing}");
    Ok(())
}

/// A self-signed certificate for 127.0.0.1 in `dir` (cert.pem, key.pem),
/// and the base64 SHA-256 of its public key, as Chromium's
/// --ignore-certificate-errors-spki-list takes it.
fn make_certificate(dir: &Path) -> Result<(PathBuf, PathBuf, String)> {
    use base64::Engine;
    use sha2::Digest;
    let key = rcgen::KeyPair::generate()?;
    let params = rcgen::CertificateParams::new(vec!["127.0.0.1".to_owned()])?;
    let certificate = params.self_signed(&key)?;
    let (cert_path, key_path) = (dir.join("cert.pem"), dir.join("key.pem"));
    fs::write(&cert_path, certificate.pem())?;
    fs::write(&key_path, key.serialize_pem())?;
    let spki = base64::engine::general_purpose::STANDARD
        .encode(sha2::Sha256::digest(key.public_key_der()));
    Ok((cert_path, key_path, spki))
}

#[test]
fn serves_https_with_the_certificate_it_is_given() -> Result<()> {
    let install = PgInstall::from_env()?;
    let repository = repository(&install)?;
    let dir = repository.server_dir("web")?;
    let (cert, key, spki) = make_certificate(&dir)?;
    // A key file that holds no key: refused at startup with the reason.
    let refused = std::process::Command::new(workspace_binary("powa-web")?)
        .args(["--listen", "127.0.0.1:0", "--certfile"])
        .arg(&cert)
        .arg("--keyfile")
        .arg(&cert)
        .env_remove("RUST_BACKTRACE")
        .output()?;
    let stderr = String::from_utf8_lossy(&refused.stderr);
    ensure!(
        !refused.status.success()
            && stderr.contains("keyfile")
            && stderr.contains("no PEM private key"),
        "a certificate as key file: {:?} {stderr}",
        refused.status
    );
    let (_web, base) = start_web_with(
        &repository,
        &dir,
        "https",
        &format!(
            "certfile = {:?}\nkeyfile = {:?}\n",
            cert.display().to_string(),
            key.display().to_string()
        ),
    )?;
    // Plain HTTP on the HTTPS port gets no page.
    let plain = base.replace("https://", "http://");
    if let Ok((status, _)) = http(&plain, "GET", "/powa/login", "", "") {
        ensure!(!status.starts_with("HTTP/1.1 2"), "plain HTTP got {status}");
    }
    let (_driver, driver_port) = start_chromedriver(&dir)?;
    // Chromium accepts this one certificate's key, no other.
    let accept = [format!("--ignore-certificate-errors-spki-list={spki}")];
    browse_with(&dir, driver_port, &accept, |client| async move {
        log_in(&client, &base, "viewer", VIEWER_PASSWORD).await?;
        let url = client.current_url().await?;
        ensure!(
            url.scheme() == "https" && url.path() == "/powa/",
            "after logging in over HTTPS: {url}:\n{}",
            client.source().await?
        );
        ensure!(
            text_of(&client, "servers").await?.contains("demo"),
            "the servers page over HTTPS"
        );
        let cookie = client.get_named_cookie("powa_session").await?;
        ensure!(
            cookie.secure() == Some(true),
            "the session cookie is not Secure under HTTPS"
        );
        Ok(())
    })
}

/// The WAL, archive and garbage pages of the workload cluster: charts
/// with points, the walker's plugins, the archiver's state, the tables
/// ranked by dead tuples and a table's heat map.
async fn operations_pages(client: &Client, base: &str) -> Result<()> {
    client
        .goto(&format!("{base}/server/0/wal?from=now-10m&to=now"))
        .await?;
    let charts = drawn_charts(client).await?;
    check_charts("WAL page", &charts, &[])?;
    for id in ["rmgr-records", "rmgr-bytes", "rmgr-fpis"] {
        ensure!(
            charts.iter().any(|(c, _, _)| c == &format!("chart-{id}")),
            "no {id} chart on the WAL page"
        );
    }
    // Records per resource manager: the workload's inserts are Heap records.
    let managers = chart_labels(client, "rmgr-records").await?;
    ensure!(
        managers
            .as_array()
            .is_some_and(|l| l.iter().any(|v| v == "Heap") && l.iter().any(|v| v == "Transaction")),
        "the resource managers of the records: {managers}"
    );
    let walker = text_of(client, "walker").await?;
    ensure!(
        walker.contains("example_wal_counter") && walker.contains("garbagemap"),
        "the walker's plugins: {walker}"
    );
    ensure!(
        text_of(client, "gaps-empty").await?.contains("No gap"),
        "gaps"
    );
    full_page_screenshot(client, "wal.png").await?;
    client
        .goto(&format!("{base}/server/0/archive?from=now-10m&to=now"))
        .await?;
    check_charts("archive page", &drawn_charts(client).await?, &[])?;
    let archiver = text_of(client, "archiver").await?;
    ensure!(
        archiver.contains("archive_library powa") && archiver.contains("behind"),
        "the archiver: {archiver}"
    );
    // Plain copies (archive_basic.compression = none): as big as the WAL.
    ensure!(
        archiver.contains("archive on disk")
            && archiver.contains("file(s)")
            && archiver.contains("compression ratio 1.00"),
        "the archive's usage: {archiver}"
    );
    full_page_screenshot(client, "archive.png").await?;
    client.goto(&format!("{base}/server/0/garbage")).await?;
    let ranked = text_of(client, "garbage").await?;
    ensure!(ranked.contains("public.web_charts"), "garbage: {ranked}");
    click_on_and_wait(client, Locator::LinkText("public.web_charts")).await?;
    ensure!(
        text_of(client, "page-title").await?.contains("web_charts"),
        "the heat map's title"
    );
    let cells = client
        .execute(
            "return document.querySelectorAll('#heatmap .heat').length",
            vec![],
        )
        .await?
        .as_i64()
        .unwrap_or(0);
    let caption = text_of(client, "heat-caption").await?;
    ensure!(
        cells >= 1 && caption.contains(&format!("in {cells} block ranges")),
        "{cells} cells, caption {caption:?}"
    );
    full_page_screenshot(client, "garbage.png").await?;
    Ok(())
}

const ADMIN_PASSWORD: &str = "web-Secr3t-admin";

#[test]
fn the_configuration_page_changes_servers_through_powa_functions() -> Result<()> {
    let install = PgInstall::from_env()?;
    let repository = repository(&install)?;
    repository.execute(
        "powa",
        &format!(
            "CREATE ROLE admin LOGIN IN ROLE powa_admin PASSWORD '{ADMIN_PASSWORD}';
             -- A source of server 1, as a collector registers it.
             INSERT INTO powa_functions (srvid, module, operation, entry_point)
             VALUES (1, 'powa_stat_statements', 'snapshot', 'powa_stat_statements')"
        ),
    )?;
    repository.prepend_hba("host all admin 127.0.0.1/32 scram-sha-256")?;
    repository.reload()?;
    let dir = repository.server_dir("web")?;
    let (_web, base) = start_web(&repository, &dir)?;
    let (_driver, driver_port) = start_chromedriver(&dir)?;
    let base_for_pages = base.clone();
    browse(&dir, driver_port, |client| async move {
        configuration_pages(&client, &base_for_pages).await
    })?;
    // What the page did is in the repository.
    let row = repository.query_rows(
        "powa",
        "SELECT frequency::text, active::text FROM powa_server WHERE alias = 'added'",
    )?;
    ensure!(row.is_empty(), "the added server was not deleted: {row:?}");
    let enabled = repository.query_text(
        "powa",
        "SELECT enabled::text FROM powa_functions WHERE srvid = 1 AND module = 'powa_stat_statements'",
    )?;
    ensure!(
        enabled.as_deref() == Some("false"),
        "the source: {enabled:?}"
    );
    let row = repository.query_rows(
        "powa",
        "SELECT frequency::text, active::text, retention::text FROM powa_server WHERE alias = 'demo'",
    )?;
    ensure!(
        row == vec![vec![
            Some("60".to_owned()),
            Some("false".to_owned()),
            Some("02:00:00".to_owned())
        ]],
        "the demo server: {row:?}"
    );
    Ok(())
}

/// Types `text` into the field `id`, replacing what it held.
async fn fill(client: &Client, id: &str, text: &str) -> Result<()> {
    let field = client.find(Locator::Id(id)).await?;
    field.clear().await?;
    field.send_keys(text).await?;
    Ok(())
}

async fn configuration_pages(client: &Client, base: &str) -> Result<()> {
    // A role that may not change powa_server is told so.
    log_in(client, base, "viewer", VIEWER_PASSWORD).await?;
    let refused = read_at(client, &format!("{base}/configuration"), "error-message").await?;
    ensure!(
        refused.contains("for admin roles") && refused.contains("viewer"),
        "viewer on the configuration page: {refused}"
    );
    full_page_screenshot(client, "configuration-refused.png").await?;
    client.goto(&format!("{base}/")).await?;
    click_and_wait(client, "logout").await?;
    log_in(client, base, "admin", ADMIN_PASSWORD).await?;
    client.goto(&format!("{base}/configuration")).await?;
    // Registering, with powa_register_server.
    fill(client, "register-hostname", "127.0.0.2").await?;
    fill(client, "register-port", "5440").await?;
    fill(client, "register-alias", "added").await?;
    fill(client, "register-frequency", "120").await?;
    click_and_wait(client, "register-submit").await?;
    ensure!(
        text_of(client, "done")
            .await?
            .contains("registered 127.0.0.1:5440")
            || text_of(client, "done")
                .await?
                .contains("registered 127.0.0.2:5440"),
        "after registering"
    );
    let servers = text_of(client, "config-servers").await?;
    ensure!(
        servers.contains("added") && servers.contains("127.0.0.2:5440"),
        "{servers}"
    );
    // A bad value gets PostgreSQL's refusal, and nothing changes.
    fill(client, "register-hostname", "127.0.0.3").await?;
    fill(client, "register-frequency", "0").await?;
    click_and_wait(client, "register-submit").await?;
    let refused = text_of(client, "error-message").await?;
    ensure!(refused.contains("frequency"), "frequency 0: {refused}");
    // Configuring and deactivating the demo server (id 1).
    client.goto(&format!("{base}/configuration")).await?;
    let row = client.find(Locator::Id("server-1")).await?;
    let frequency = row.find(Locator::Css("input[name=frequency]")).await?;
    frequency.clear().await?;
    frequency.send_keys("60").await?;
    let retention = row.find(Locator::Css("input[name=retention]")).await?;
    retention.clear().await?;
    retention.send_keys("2 hours").await?;
    click_and_wait(client, "configure-1").await?;
    ensure!(
        text_of(client, "done").await? == "Done: configured server 1.",
        "configuring"
    );
    click_and_wait(client, "toggle-1").await?;
    ensure!(
        text_of(client, "done")
            .await?
            .contains("deactivated server 1"),
        "deactivating"
    );
    ensure!(
        text_of(client, "server-1").await?.contains("Activate"),
        "the demo server shows as inactive"
    );
    // Deleting needs the confirmation box.
    let added = client
        .execute(
            "return Array.from(document.querySelectorAll('#config-servers tbody tr'))
                 .find(tr => tr.textContent.includes('added')).id.replace('server-', '')",
            vec![],
        )
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned();
    click_and_wait(client, &format!("delete-{added}")).await?;
    let refused = text_of(client, "error-message").await?;
    ensure!(
        refused.contains("tick"),
        "deleting without confirming: {refused}"
    );
    client.goto(&format!("{base}/configuration")).await?;
    client
        .find(Locator::Id(&format!("confirm-{added}")))
        .await?
        .click()
        .await?;
    click_and_wait(client, &format!("delete-{added}")).await?;
    ensure!(
        text_of(client, "done")
            .await?
            .contains(&format!("deleted server {added}")),
        "deleting"
    );
    ensure!(
        !text_of(client, "config-servers")
            .await?
            .contains("127.0.0.2"),
        "the deleted server is still listed"
    );
    // Disabling a source.
    click_and_wait(client, "source-1-powa_stat_statements-snapshot").await?;
    ensure!(
        text_of(client, "done")
            .await?
            .contains("disabled powa_stat_statements snapshot of server 1"),
        "disabling a source"
    );
    click_and_wait(client, "reload").await?;
    ensure!(
        text_of(client, "done").await?.contains("reload"),
        "reloading the collector"
    );
    // A change without the CSRF token is refused.
    let (status, _) = http_in_session(
        client,
        base,
        "POST",
        "/powa/configuration/server/1/active",
        "active=on",
    )
    .await?;
    ensure!(
        status.contains("403"),
        "a change without a CSRF token: {status}"
    );
    full_page_screenshot(client, "configuration.png").await?;
    Ok(())
}
