//! The stat extensions PoWA integrates, read by powa's sources: on
//! PostgreSQL 15 (Debian's packages) every counter of pg_stat_kcache and
//! pg_qualstats over a range equals the extension read directly at the
//! range's bounds, before and after a coalesce; on a server without them
//! (PostgreSQL 18 here) each source says once that it collects nothing and
//! the other sources run.

use anyhow::{ensure, Context, Result};
use powa_e2e::deltas::{bound, check_all, Checked};
use powa_e2e::{powa_cluster, wait_for, Cluster, PgInstall};
use std::time::Duration;

const PLUGINS: &str = "powa_stat_statements, powa_stat_kcache, powa_qualstats, \
     powa_track_settings, powa_pg_wait_sampling";

/// When the last snapshot was taken.
const TIME: &str = "SELECT max(ts)::text FROM powa_kcache_snapshots";

/// The workload's statements (the pattern does not match itself).
const WORKLOAD_QUERIES: &str =
    "SELECT queryid FROM pg_stat_statements WHERE query ~ 'ext[_]t' AND query !~ 'direct'";

fn checked() -> Vec<Checked> {
    vec![
        Checked {
            prefix: "powa_kcache",
            delta_key: "concat_ws('/', queryid, dbid, userid, top)",
            direct: Some(format!(
                "SELECT concat_ws('/', queryid, dbid, userid, top), to_jsonb(k)
                   FROM pg_stat_kcache() k WHERE queryid IN ({WORKLOAD_QUERIES})"
            )),
            gauges: &[],
        },
        Checked {
            prefix: "powa_qualstats",
            delta_key: "concat_ws('/', queryid, dbid, userid, qualnodeid, uniquequalnodeid, eval_type)",
            direct: Some(format!(
                "SELECT concat_ws('/', queryid, dbid, userid, qualnodeid, uniquequalnodeid, eval_type),
                        to_jsonb(q) - 'constvalue'
                   FROM pg_qualstats() q WHERE queryid IN ({WORKLOAD_QUERIES})"
            )),
            gauges: &[],
        },
    ]
}

fn extensions_cluster(name: &str) -> Result<Cluster> {
    let cluster = powa_cluster(
        name,
        &[
            (
                "shared_preload_libraries",
                "powa, pg_stat_statements, pg_stat_kcache, pg_qualstats, pg_wait_sampling",
            ),
            ("walker.plugins", PLUGINS),
            ("powa.frequency", "-1"),
            // Every predicate of every statement, not a sample of them.
            ("pg_qualstats.sample_rate", "1"),
        ],
    )?;
    cluster.execute(
        "powa",
        "CREATE EXTENSION pg_stat_statements;
         CREATE EXTENSION pg_stat_kcache;
         CREATE EXTENSION pg_qualstats;
         CREATE EXTENSION pg_track_settings;
         CREATE EXTENSION pg_wait_sampling;
         CREATE TABLE ext_t (id int PRIMARY KEY, v int, w text);
         INSERT INTO ext_t SELECT g, g % 100, 'w' || g FROM generate_series(1, 20000) g;
         ANALYZE ext_t;
         CREATE TABLE direct (bound int, prefix text, k text, j jsonb)",
    )?;
    Ok(cluster)
}

/// Predicates on the unindexed column v, with several constants, and on
/// the primary key.
fn workload(cluster: &Cluster, round: i32) -> Result<()> {
    workload_in(cluster, "powa", round)
}

fn workload_in(cluster: &Cluster, database: &str, round: i32) -> Result<()> {
    let mut sql = String::new();
    for i in 0..20 {
        sql.push_str(&format!(
            "SELECT count(*) FROM ext_t WHERE v = {};",
            (i * 7 + round) % 100
        ));
        sql.push_str(&format!("SELECT w FROM ext_t WHERE id = {};", i * 13 + 1));
    }
    cluster.execute(database, &sql)
}

#[test]
fn stat_extension_deltas_equal_the_extensions_at_the_bounds() -> Result<()> {
    let install = PgInstall::from_env()?;
    if install.major >= 18 {
        return sources_without_their_extensions_say_so_once();
    }
    let cluster = extensions_cluster("stat_extensions")?;
    let mut checked = checked();
    checked.push(wait_profile());
    workload(&cluster, 0)?;
    let t1 = bound(&cluster, &checked, 1, TIME)?;
    workload(&cluster, 1)?;
    // A wait pg_wait_sampling counts, then time for its collector (every
    // 10 ms) to count it all.
    cluster.execute("powa", "SELECT pg_sleep(0.3) FROM ext_t WHERE id = 1")?;
    std::thread::sleep(Duration::from_millis(200));
    let t2 = bound(&cluster, &checked, 2, TIME)?;
    check_all(&cluster, &checked, (&t1, &t2), (1, 2))?;

    // What a user reads: CPU time per statement, predicates with names.
    let cpu = cluster.query_i64(
        "powa",
        &format!(
            "SELECT count(*) FROM powa_kcache_deltas('{t1}', '{t2}')
              WHERE exec_user_time + exec_system_time > 0 AND queryid IN ({WORKLOAD_QUERIES})"
        ),
    )?;
    ensure!(cpu >= 1, "the workload used CPU time");
    let predicates = cluster.query_rows(
        "powa",
        &format!(
            "SELECT relname, attname, opname, 'btree' = ANY (access_methods)::text,
                    sum(execution_count)::text, (sum(nbfiltered) > 0)::text
               FROM powa_qualstats_deltas('{t1}', '{t2}')
              WHERE attname = 'v' GROUP BY 1, 2, 3, 4"
        ),
    )?;
    assert_eq!(
        predicates,
        vec![vec![
            Some("public.ext_t".into()),
            Some("v".into()),
            Some("=".into()),
            Some("true".into()),
            Some("400000".into()),
            Some("true".into()),
        ]],
        "20 scans of 20000 rows, filtering on v"
    );

    assert_eq!(
        cluster.query_text("powa", "SELECT powa_coalesce()")?,
        Some("0".into())
    );
    workload(&cluster, 2)?;
    std::thread::sleep(Duration::from_millis(200));
    let t3 = bound(&cluster, &checked, 3, TIME)?;
    check_all(&cluster, &checked, (&t1, &t2), (1, 2))?;
    check_all(&cluster, &checked, (&t1, &t3), (1, 3))?;
    check_all(&cluster, &checked, (&t2, &t3), (2, 3))?;
    Ok(())
}

/// PostgreSQL 18 here has none of the extensions: both sources say so
/// once, pg_stat_statements' source runs.
fn sources_without_their_extensions_say_so_once() -> Result<()> {
    let cluster = powa_cluster(
        "stat_extensions_missing",
        &[
            ("shared_preload_libraries", "powa, pg_stat_statements"),
            ("walker.plugins", PLUGINS),
            ("powa.frequency", "1s"),
        ],
    )?;
    cluster.execute("powa", "CREATE EXTENSION pg_stat_statements")?;
    cluster.wait_for_log(
        "data source \"powa_stat_kcache\" collects nothing: the extension \"pg_stat_kcache\"",
        Duration::from_secs(20),
    )?;
    cluster.wait_for_log(
        "data source \"powa_qualstats\" collects nothing: the extension \"pg_qualstats\"",
        Duration::from_secs(20),
    )?;
    cluster.wait_for_log(
        "data source \"powa_track_settings\" collects nothing: the extension \"pg_track_settings\"",
        Duration::from_secs(20),
    )?;
    wait_for(
        "snapshots of powa_stat_statements",
        Duration::from_secs(20),
        || {
            Ok(cluster.query_i64(
                "powa",
                "SELECT count(*) FROM powa_snapshots WHERE sources = 1 AND failed = 0",
            )? >= 3)
        },
    )?;
    let log = cluster.log();
    cluster.wait_for_log(
        "data source \"powa_pg_wait_sampling\" collects nothing: the extension \"pg_wait_sampling\"",
        Duration::from_secs(20),
    )?;
    for source in [
        "powa_stat_kcache",
        "powa_qualstats",
        "powa_track_settings",
        "powa_pg_wait_sampling",
    ] {
        let said = log
            .matches(&format!("data source \"{source}\" collects nothing"))
            .count();
        assert_eq!(said, 1, "{source} said so {said} times");
    }
    Ok(())
}

/// The remote sources: pg_wait_sampling's profile, of queries on the
/// workload's table.
fn wait_profile() -> Checked {
    Checked {
        prefix: "powa_wait_profile",
        delta_key: "concat_ws('/', queryid, event_type, event)",
        direct: Some(format!(
            "SELECT concat_ws('/', coalesce(queryid, 0), coalesce(event_type, 'CPU'), coalesce(event, 'CPU')),
                    jsonb_build_object('count', sum(count))
               FROM pg_wait_sampling_profile WHERE queryid IN ({WORKLOAD_QUERIES})
              GROUP BY 1"
        )),
        gauges: &[],
    }
}

const REMOTE_PLUGINS: &str = "powa_stat_statements, powa_stat_kcache, powa_qualstats, \
     powa_pg_wait_sampling, powa_track_settings";

/// Snapshots of server `srvid` with no failure.
fn snapshots(repository: &Cluster, srvid: i32) -> Result<i64> {
    repository.query_i64(
        "powa",
        &format!("SELECT count(*) FROM powa_snapshots WHERE srvid = {srvid} AND failed = 0"),
    )
}

/// A snapshot of each server, taken now (FORCE_SNAPSHOT); returns their
/// times.
fn force_snapshots(
    repository: &Cluster,
    servers: &[i32],
    collector: &powa_e2e::collector::CollectorProcess,
) -> Result<Vec<String>> {
    let mut times = Vec::new();
    for &srvid in servers {
        let before = snapshots(repository, srvid)?;
        repository.execute(
            "powa",
            &format!("NOTIFY powa_collector, 'FORCE_SNAPSHOT {srvid}'"),
        )?;
        wait_for(
            &format!("snapshot {} of server {srvid}", before + 1),
            Duration::from_secs(30),
            || Ok(snapshots(repository, srvid)? > before),
        )
        .with_context(|| collector.log())?;
        times.push(
            repository
                .query_text(
                    "powa",
                    &format!("SELECT max(ts)::text FROM powa_snapshots WHERE srvid = {srvid}"),
                )?
                .context("a snapshot time")?,
        );
    }
    Ok(times)
}

/// In remote mode, powa-collector reads the extensions of a primary and
/// of its streaming standby (pg_wait_sampling's profile included, which
/// powa's own sampler cannot give for either): every counter over a range
/// equals the extensions read on each server at the bounds. Where the
/// extensions are missing (PostgreSQL 18 here), the collector says once per
/// server and source that it collects nothing, and pg_stat_statements is
/// collected.
#[test]
fn the_collector_reads_the_extensions_of_a_primary_and_its_standby() -> Result<()> {
    let install = PgInstall::from_env()?;
    let with_extensions = install.major < 18;
    let mut primary = Cluster::init(&install, "ext-primary")?;
    if with_extensions {
        primary.set_conf(
            "shared_preload_libraries",
            "pg_stat_statements, pg_stat_kcache, pg_qualstats, pg_wait_sampling",
        )?;
        primary.set_conf("pg_qualstats.sample_rate", "1")?;
    } else {
        primary.set_conf("shared_preload_libraries", "pg_stat_statements")?;
    }
    primary.start()?;
    let extensions = if with_extensions {
        "CREATE EXTENSION pg_stat_statements; CREATE EXTENSION pg_stat_kcache;
         CREATE EXTENSION pg_qualstats; CREATE EXTENSION pg_wait_sampling;
         CREATE EXTENSION pg_track_settings;"
    } else {
        "CREATE EXTENSION pg_stat_statements;"
    };
    primary.execute(
        "postgres",
        &format!(
            "{extensions}
             CREATE TABLE ext_t (id int PRIMARY KEY, v int, w text);
             INSERT INTO ext_t SELECT g, g % 100, 'w' || g FROM generate_series(1, 20000) g;
             ANALYZE ext_t;"
        ),
    )?;
    let mut standby = Cluster::standby_of(&primary, "ext-standby")?;
    standby.start()?;
    wait_for("ext_t on the standby", Duration::from_secs(60), || {
        Ok(standby.query_i64("postgres", "SELECT count(*) FROM ext_t")? == 20000)
    })?;

    let mut repository = Cluster::init(&install, "ext-repository")?;
    repository.start()?;
    repository.execute("postgres", "CREATE DATABASE powa")?;
    repository.execute(
        "powa",
        "CREATE EXTENSION powa; CREATE TABLE direct (bound int, prefix text, k text, j jsonb)",
    )?;
    let mut servers = Vec::new();
    for (cluster, alias) in [(&primary, "primary"), (&standby, "standby")] {
        let id: i32 = repository
            .query_text(
                "powa",
                &format!(
                    "SELECT powa_register_server(hostname => '127.0.0.1', port => {}, alias => '{alias}',
                            username => 'postgres', dbname => 'postgres', frequency => 3600,
                            extensions => '{{pg_stat_kcache,pg_qualstats,pg_wait_sampling,pg_track_settings}}')",
                    cluster.port()
                ),
            )?
            .context("an id")?
            .parse()?;
        servers.push(id);
    }
    let dir = repository.server_dir("collector")?;
    let collector = powa_e2e::collector::CollectorProcess::start(
        &dir,
        &install,
        &repository,
        REMOTE_PLUGINS,
        &[],
    )?;
    for &srvid in &servers {
        wait_for(
            &format!("the first snapshot of server {srvid}"),
            Duration::from_secs(30),
            || Ok(snapshots(&repository, srvid)? >= 1),
        )
        .with_context(|| collector.log())?;
    }

    if !with_extensions {
        force_snapshots(&repository, &servers, &collector)?;
        let log = collector.log();
        for (source, extension) in [
            ("powa_stat_kcache", "pg_stat_kcache"),
            ("powa_qualstats", "pg_qualstats"),
            ("powa_pg_wait_sampling", "pg_wait_sampling"),
            ("powa_track_settings", "pg_track_settings"),
        ] {
            let said =
                format!("data source \"{source}\" collects nothing: the extension \"{extension}\"");
            assert_eq!(log.matches(&said).count(), 2, "once per server: {log}");
        }
        assert_eq!(
            repository.query_i64(
                "powa",
                "SELECT count(*) FROM powa_snapshots WHERE srvid > 0 AND (failed > 0 OR sources <> 1)"
            )?,
            0,
            "pg_stat_statements' source alone, without failures"
        );
        return Ok(());
    }

    let mut checked = checked();
    checked.push(wait_profile());
    let bounds = |number: i32| -> Result<Vec<String>> {
        for (cluster, offset) in [(&primary, 0), (&standby, 10)] {
            powa_e2e::deltas::record_direct(
                &repository,
                cluster,
                "postgres",
                &checked,
                number + offset,
            )?;
        }
        force_snapshots(&repository, &servers, &collector)
    };
    let t1 = bounds(1)?;
    workload_in(&primary, "postgres", 0)?;
    workload_in(&standby, "postgres", 1)?;
    for cluster in [&primary, &standby] {
        cluster.execute("postgres", "SELECT pg_sleep(0.3) FROM ext_t WHERE id = 1")?;
    }
    // pg_wait_sampling's collector counts every 10 ms.
    std::thread::sleep(Duration::from_millis(200));
    let t2 = bounds(2)?;
    powa_e2e::deltas::check_server(&repository, servers[0], &checked, (&t1[0], &t2[0]), (1, 2))?;
    powa_e2e::deltas::check_server(
        &repository,
        servers[1],
        &checked,
        (&t1[1], &t2[1]),
        (11, 12),
    )?;

    // The standby's waits: its pg_sleep, seen by pg_wait_sampling there.
    let slept = repository.query_i64(
        "powa",
        &format!(
            "SELECT coalesce(sum(count), 0) FROM powa_wait_profile_deltas('{}', '{}', {})
              WHERE event = 'PgSleep'",
            t1[1], t2[1], servers[1]
        ),
    )?;
    ensure!(slept >= 10, "{slept} samples of the standby's 300 ms sleep");

    // pg_track_settings' source functions work on the standby too: each
    // server's settings kept as their starting point, and its start.
    for &srvid in &servers {
        let kept = repository.query_i64(
            "powa",
            &format!(
                "SELECT count(*) FROM powa_settings_changes WHERE srvid = {srvid} AND initial"
            ),
        )?;
        ensure!(kept > 200, "{kept} settings of server {srvid}");
        assert_eq!(
            repository.query_i64(
                "powa",
                &format!("SELECT count(*) FROM powa_settings_reboots WHERE srvid = {srvid}")
            )?,
            1
        );
    }
    Ok(())
}

/// Mean execution time (ms) of the workload statement on ix_t's column v.
fn mean_time(cluster: &Cluster) -> Result<f64> {
    Ok(cluster
        .query_text(
            "powa",
            "SELECT sum(total_exec_time) / sum(calls) FROM pg_stat_statements
              WHERE query ~ 'FROM ix[_]t WHERE v ='",
        )?
        .context("the workload statement in pg_stat_statements")?
        .parse()?)
}

/// An unindexed predicate gets its index suggested, with a positive
/// estimated gain (hypopg, in the monitored database); once the index is
/// made, the statement's mean time falls. Without pg_qualstats (18 here)
/// the function is there and suggests nothing.
#[test]
fn an_unindexed_predicate_gets_an_index_suggested() -> Result<()> {
    let install = PgInstall::from_env()?;
    let with_extensions = install.major < 18;
    let cluster = if with_extensions {
        let cluster = extensions_cluster("index_suggestions")?;
        cluster.execute("powa", "CREATE EXTENSION hypopg")?;
        cluster
    } else {
        let cluster = powa_cluster(
            "index_suggestions_missing",
            &[
                ("shared_preload_libraries", "powa, pg_stat_statements"),
                ("walker.plugins", PLUGINS),
                ("powa.frequency", "-1"),
            ],
        )?;
        cluster.execute("powa", "CREATE EXTENSION pg_stat_statements")?;
        cluster
    };
    cluster.execute(
        "powa",
        "CREATE TABLE ix_t (id int PRIMARY KEY, v int, w text);
         INSERT INTO ix_t SELECT g, g % 5000, repeat('w', 50) FROM generate_series(1, 200000) g;
         ANALYZE ix_t;",
    )?;
    // One statement per query, as applications send them (pg_qualstats
    // keeps the query string as the statement's example).
    let run = |round: i32| -> Result<()> {
        let mut client = cluster.connect("powa")?;
        for i in 0..30 {
            client.simple_query(&format!(
                "SELECT count(*) FROM ix_t WHERE v = {}",
                (i * 31 + round) % 5000
            ))?;
        }
        Ok(())
    };
    let snapshot_time = |cluster: &Cluster| -> Result<String> {
        cluster.execute("powa", "SELECT powa_take_snapshot()")?;
        cluster
            .query_text("powa", "SELECT max(ts)::text FROM powa_snapshots")?
            .context("a snapshot")
    };
    let t1 = snapshot_time(&cluster)?;
    run(0)?;
    let t2 = snapshot_time(&cluster)?;
    let suggestions = cluster.query_rows(
        "powa",
        &format!(
            "SELECT relname, access_method, columns::text, ddl, (gain > 0)::text,
                    (cost_after < cost_before)::text, estimate_note
               FROM powa_index_suggestions(0, (SELECT oid FROM pg_database WHERE datname = 'powa'),
                                           '{t1}', '{t2}')"
        ),
    )?;
    if !with_extensions {
        assert_eq!(suggestions, Vec::<Vec<Option<String>>>::new());
        return Ok(());
    }
    assert_eq!(
        suggestions.first().cloned().unwrap_or_default(),
        vec![
            Some("public.ix_t".into()),
            Some("btree".into()),
            Some("{v}".into()),
            Some("CREATE INDEX ON public.ix_t USING btree (v)".into()),
            Some("true".into()),
            Some("true".into()),
            None,
        ],
        "{suggestions:?}"
    );
    let before = mean_time(&cluster)?;
    let ddl = suggestions[0][3].clone().unwrap_or_default();
    cluster.execute(
        "powa",
        &format!("{ddl}; ANALYZE ix_t; SELECT pg_stat_statements_reset()"),
    )?;
    run(1)?;
    let after = mean_time(&cluster)?;
    ensure!(
        after < before / 2.0,
        "the statement's mean time went from {before:.3} ms to {after:.3} ms"
    );
    Ok(())
}

/// pg_track_settings' changes: a setting changed by ALTER SYSTEM and a
/// reload is kept with its previous value, a restart is kept; what did not
/// change is not stored again. Without the extension (18 here) the
/// source's tables stay empty.
#[test]
fn setting_changes_and_restarts_are_kept() -> Result<()> {
    let install = PgInstall::from_env()?;
    let with_extensions = install.major < 18;
    let mut cluster = if with_extensions {
        extensions_cluster("track_settings")?
    } else {
        powa_cluster(
            "track_settings_missing",
            &[("walker.plugins", PLUGINS), ("powa.frequency", "-1")],
        )?
    };
    let snapshot = |cluster: &Cluster| -> Result<String> {
        cluster.execute("powa", "SELECT powa_take_snapshot()")?;
        cluster
            .query_text("powa", "SELECT max(ts)::text FROM powa_snapshots")?
            .context("a snapshot")
    };
    let t0 = snapshot(&cluster)?;
    if !with_extensions {
        snapshot(&cluster)?;
        assert_eq!(
            cluster.query_i64("powa", "SELECT count(*) FROM powa_settings_changes")?,
            0
        );
        return Ok(());
    }
    let initial = cluster.query_i64(
        "powa",
        "SELECT count(*) FROM powa_settings_changes WHERE initial",
    )?;
    ensure!(
        initial > 200,
        "{initial} settings kept as the starting point"
    );
    cluster.execute("powa", "ALTER SYSTEM SET work_mem = '12MB'")?;
    cluster.execute("powa", "SELECT pg_reload_conf()")?;
    wait_for("work_mem reloaded", Duration::from_secs(10), || {
        Ok(cluster.query_text("powa", "SHOW work_mem")?.as_deref() == Some("12MB"))
    })?;
    let t1 = snapshot(&cluster)?;
    snapshot(&cluster)?;
    let log = cluster.query_rows(
        "powa",
        &format!(
            "SELECT name, previous, setting, is_dropped::text
               FROM powa_settings_log(0, '{t0}', now())"
        ),
    )?;
    assert_eq!(
        log,
        vec![vec![
            Some("work_mem".into()),
            Some("4096".into()),
            Some("12288".into()),
            Some("false".into())
        ]],
        "one change, kept once"
    );
    cluster.restart()?;
    let t2 = snapshot(&cluster)?;
    let reboots = cluster.query_i64(
        "powa",
        &format!("SELECT count(*) FROM powa_settings_reboots_in(0, '{t0}'::timestamptz - interval '1 hour', '{t2}')"),
    )?;
    assert_eq!(reboots, 2, "the first start and the restart");
    ensure!(t1 < t2);
    Ok(())
}
