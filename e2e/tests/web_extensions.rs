//! What the stat extensions add to powa-web, in a real headless Chromium:
//! on PostgreSQL 15 with pg_stat_kcache, pg_qualstats and hypopg, the
//! server and query pages draw pg_stat_kcache's CPU, disk and fault
//! charts, the query page lists its predicates and the index they ask for
//! with its estimated gain, and so does the database page; on 18, without
//! those extensions, the pages draw none of those charts and say which
//! source would give the rest. A setting changed by ALTER SYSTEM
//! (pg_track_settings) is a marker across the charts. Screenshots:
//! `.run/web/extensions-*.png`.

use anyhow::{ensure, Context, Result};
use fantoccini::{Client, Locator};
use powa_e2e::collector::CollectorProcess;
use powa_e2e::web::*;
use powa_e2e::{powa_cluster, wait_for, Cluster, PgInstall};
use std::time::Duration;

const VIEWER_PASSWORD: &str = "web-Secr3t-extensions";

/// A local cluster whose workload filters an unindexed column, snapshots
/// every second.
fn extensions_cluster(with_extensions: bool) -> Result<Cluster> {
    let (preload, plugins, extensions) = if with_extensions {
        (
            "powa, pg_stat_statements, pg_stat_kcache, pg_qualstats",
            "powa_stat_statements, powa_stat_database, powa_stat_kcache, powa_qualstats, \
             powa_track_settings",
            "CREATE EXTENSION pg_stat_statements; CREATE EXTENSION pg_stat_kcache;
             CREATE EXTENSION pg_qualstats; CREATE EXTENSION hypopg;
             CREATE EXTENSION pg_track_settings;",
        )
    } else {
        (
            "powa, pg_stat_statements",
            "powa_stat_statements, powa_stat_database, powa_stat_kcache, powa_qualstats",
            "CREATE EXTENSION pg_stat_statements;",
        )
    };
    let cluster = powa_cluster(
        "web-extensions",
        &[
            ("shared_preload_libraries", preload),
            ("walker.plugins", plugins),
            ("powa.frequency", "1"),
            ("pg_qualstats.sample_rate", "1"),
        ],
    )?;
    cluster.prepend_hba("host all viewer 127.0.0.1/32 scram-sha-256")?;
    cluster.reload()?;
    cluster.execute(
        "powa",
        &format!(
            "{extensions}
             CREATE ROLE viewer LOGIN PASSWORD '{VIEWER_PASSWORD}';
             CREATE TABLE ix_t (id int PRIMARY KEY, v int, w text);
             INSERT INTO ix_t SELECT g, g % 5000, repeat('w', 50) FROM generate_series(1, 200000) g;
             ANALYZE ix_t;"
        ),
    )?;
    if with_extensions {
        // The database the remote server is registered with, where
        // powa-web estimates the gains.
        cluster.execute("postgres", "CREATE DATABASE app")?;
        cluster.execute(
            "app",
            "CREATE EXTENSION pg_stat_statements; CREATE EXTENSION pg_qualstats;
             CREATE EXTENSION hypopg; CREATE TABLE ap_t (id int PRIMARY KEY, k int);
             INSERT INTO ap_t SELECT g, g % 5000 FROM generate_series(1, 200000) g;
             ANALYZE ap_t;
             GRANT SELECT ON ap_t TO viewer;",
        )?;
    }
    let snapshots = || cluster.query_i64("powa", "SELECT count(*) FROM powa_snapshots");
    let before = snapshots()?;
    let mut client = cluster.connect("powa")?;
    let mut round = 0;
    // The setting changes once powa_track_settings has kept the settings
    // as they were (else the new value is the initial one, no change),
    // and the wait lasts until a snapshot has kept the change.
    let settings_kept = || -> Result<bool> {
        Ok(cluster.query_i64(
            "powa",
            "SELECT count(*) FROM pg_class WHERE oid = to_regclass('powa_settings_changes')",
        )? > 0
            && cluster.query_i64("powa", "SELECT count(*) FROM powa_settings_changes")? > 0)
    };
    let change_kept = || -> Result<bool> {
        Ok(cluster.query_i64(
            "powa",
            "SELECT count(*) FROM powa_settings_changes
              WHERE name = 'work_mem' AND setting = '12288' AND previous = '4096'",
        )? > 0)
    };
    let mut changed = !with_extensions;
    // One statement per query (pg_qualstats keeps it as the example the
    // gain is estimated with).
    wait_for(
        "6 snapshots of the workload",
        Duration::from_secs(60),
        || {
            for i in 0..10 {
                client.simple_query(&format!(
                    "SELECT count(*) FROM ix_t WHERE v = {}",
                    (round * 10 + i) % 5000
                ))?;
            }
            round += 1;
            // A setting changes: a marker on the charts.
            if !changed && round >= 3 && settings_kept()? {
                cluster.execute("powa", "ALTER SYSTEM SET work_mem = '12MB'")?;
                cluster.execute("powa", "SELECT pg_reload_conf()")?;
                changed = true;
            }
            Ok(snapshots()? >= before + 6 && (!with_extensions || (changed && change_kept()?)))
        },
    )?;
    cluster.execute(
        "powa",
        // Index suggestions plan the statements as the role logged in:
        // it reads the tables.
        "GRANT powa_read_all_data TO viewer;
         GRANT pg_read_all_stats TO viewer;
         GRANT SELECT ON ix_t TO viewer",
    )?;
    Ok(cluster)
}

/// The same server registered again as a remote one (its database `app`)
/// and collected by powa-collector, until its predicates ask for an
/// index; its id.
fn remote_copy(
    install: &PgInstall,
    cluster: &Cluster,
    app_datid: i64,
) -> Result<(i64, CollectorProcess)> {
    let srvid = cluster.query_i64(
        "powa",
        &format!(
            "SELECT powa_register_server(hostname => '127.0.0.1', port => {}, alias => 'remote-self',
                    username => 'postgres', dbname => 'app', frequency => 1,
                    extensions => '{{pg_qualstats}}')",
            cluster.port()
        ),
    )?;
    let dir = cluster.server_dir("collector")?;
    let collector = CollectorProcess::start(
        &dir,
        install,
        cluster,
        "powa_stat_statements, powa_stat_database, powa_qualstats",
        &[],
    )?;
    let mut client = cluster.connect("app")?;
    let mut round = 0;
    wait_for(
        "an index suggestion for the remote server",
        Duration::from_secs(60),
        || {
            client.simple_query(&format!("SELECT count(*) FROM ap_t WHERE k = {round}"))?;
            round += 1;
            Ok(cluster.query_i64(
                "powa",
                &format!(
                    "SELECT count(*) FROM powa_index_suggestions({srvid}, {app_datid},
                            now() - interval '10 min', now())"
                ),
            )? > 0)
        },
    )
    .with_context(|| collector.log())?;
    Ok((srvid, collector))
}

/// The page's text from the heading that starts with `heading` to the
/// next heading (the whole page when there is no such heading).
async fn section_text(client: &Client, heading: &str) -> Result<String> {
    let text = client.find(Locator::Css("body")).await?.text().await?;
    let Some(start) = text.find(heading) else {
        return Ok(text);
    };
    let rest = &text[start..];
    Ok(rest.lines().take(12).collect::<Vec<_>>().join("\n"))
}

/// The ids of the page's charts.
async fn chart_ids(client: &Client) -> Result<Vec<String>> {
    let value = client
        .execute(
            "return Array.from(document.querySelectorAll('figure.chart')).map(f => f.id);",
            vec![],
        )
        .await?;
    Ok(value
        .as_array()
        .context("an array")?
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect())
}

/// Points drawn by chart `id`.
async fn points(client: &Client, id: &str) -> Result<i64> {
    Ok(client
        .execute(
            &format!(
                "const f = document.getElementById('{id}');
                 return f && f.querySelector('canvas') ? Number(f.dataset.points || 0) : 0;"
            ),
            vec![],
        )
        .await?
        .as_i64()
        .unwrap_or(0))
}

#[test]
fn the_pages_show_kcache_predicates_and_index_suggestions() -> Result<()> {
    let install = PgInstall::from_env()?;
    let with_extensions = install.major < 18;
    let cluster = extensions_cluster(with_extensions)?;
    let queryid = cluster.query_i64(
        "powa",
        "SELECT queryid FROM pg_stat_statements WHERE query ~ 'FROM ix[_]t WHERE v =' LIMIT 1",
    )?;
    let datid = cluster.query_i64("powa", "SELECT oid FROM pg_database WHERE datname = 'powa'")?;
    let app_datid = cluster.query_i64(
        "powa",
        "SELECT coalesce((SELECT oid FROM pg_database WHERE datname = 'app'), 0)",
    )?;
    let remote = with_extensions
        .then(|| remote_copy(&install, &cluster, app_datid))
        .transpose()?;
    let remote_srvid = remote.as_ref().map_or(0, |(srvid, _)| *srvid);
    let dir = cluster.server_dir("web")?;
    let (_web, base) = start_web(&cluster, &dir)?;
    let (_driver, driver_port) = start_chromedriver(&dir)?;
    browse(&dir, driver_port, |client| async move {
        log_in(&client, &base, "viewer", VIEWER_PASSWORD).await?;
        let kcache = ["chart-kcache-cpu", "chart-kcache-io", "chart-kcache-faults"];

        client
            .goto(&format!("{base}/server/0?from=now-10m&to=now"))
            .await?;
        let ids = chart_ids(&client).await?;
        for id in kcache {
            ensure!(
                ids.iter().any(|i| i == id) == with_extensions,
                "server page charts: {ids:?}"
            );
        }
        if with_extensions {
            let drawn = points(&client, "chart-kcache-cpu").await?;
            ensure!(drawn >= 2, "the server's CPU chart has {drawn} points");
            let markers = client
                .find(Locator::Id("chart-runtime"))
                .await?
                .attr("data-markers")
                .await?
                .unwrap_or_default();
            ensure!(
                markers.contains("work_mem: 4096 → 12288"),
                "the runtime chart's markers: {markers:?}"
            );
            full_page_screenshot(&client, "extensions-server.png").await?;
        }

        client
            .goto(&format!(
                "{base}/server/0/query/{queryid}?from=now-10m&to=now"
            ))
            .await?;
        let ids = chart_ids(&client).await?;
        for id in kcache {
            ensure!(
                ids.iter().any(|i| i == id) == with_extensions,
                "query page charts: {ids:?}"
            );
        }
        if !with_extensions {
            for id in ["no-predicates", "no-suggestions"] {
                let text = text_of(&client, id).await?;
                ensure!(
                    text.contains("powa_qualstats (pg_qualstats) collects nothing for this server"),
                    "{id}: {text}"
                );
            }
            return Ok(());
        }
        let drawn = points(&client, "chart-kcache-cpu").await?;
        ensure!(drawn >= 2, "the query's CPU chart has {drawn} points");
        let predicate = client
            .find(Locator::Css("#predicates tbody tr"))
            .await?
            .text()
            .await?;
        ensure!(
            predicate.contains("public.ix_t.v") && predicate.contains("filter"),
            "the first predicate: {predicate}"
        );
        let suggestion = client
            .find(Locator::Css("#suggestions tbody tr"))
            .await?
            .text()
            .await?;
        ensure!(
            suggestion.contains("CREATE INDEX ON public.ix_t USING btree (v)")
                && suggestion.contains("% less estimated cost"),
            "the query's suggestion: {suggestion}"
        );
        full_page_screenshot(&client, "extensions-query.png").await?;

        client
            .goto(&format!(
                "{base}/server/0/database/{datid}?from=now-10m&to=now"
            ))
            .await?;
        let suggestions = client
            .find(Locator::Css("#suggestions"))
            .await?
            .text()
            .await?;
        ensure!(
            suggestions.contains("CREATE INDEX ON public.ix_t USING btree (v)"),
            "the database's suggestions: {suggestions}"
        );
        full_page_screenshot(&client, "extensions-database.png").await?;

        // Gains the SQL function cannot estimate where it runs are
        // estimated in the monitored database itself: a remote server's.
        let remote_page =
            format!("{base}/server/{remote_srvid}/database/{app_datid}?from=now-10m&to=now");
        client.goto(&remote_page).await?;
        let suggestion = section_text(&client, "Index suggestions").await?;
        ensure!(
            suggestion.contains("CREATE INDEX ON public.ap_t USING btree (k)")
                && suggestion.contains("% less estimated cost"),
            "the remote server's suggestion: {suggestion}"
        );
        full_page_screenshot(&client, "extensions-remote-database.png").await?;
        // Without hypopg there, the page says so.
        // (The blocking client runs outside the browser's runtime.)
        std::thread::scope(|scope| {
            scope
                .spawn(|| cluster.execute("app", "DROP EXTENSION hypopg"))
                .join()
                .expect("the DROP EXTENSION thread")
        })?;
        client.goto(&remote_page).await?;
        let suggestion = section_text(&client, "Index suggestions").await?;
        ensure!(
            suggestion.contains(
                "hypopg is not installed in database \"app\" of server remote-self \
                 (CREATE EXTENSION hypopg there)"
            ),
            "the remote server's suggestion without hypopg: {suggestion}"
        );
        Ok(())
    })
}
