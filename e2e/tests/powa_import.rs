//! Moving from PoWA: `powa-collector import` copies a PoWA 4.1.4
//! repository's history (Debian's postgresql-15-powa on PostgreSQL 15,
//! with pg_stat_kcache, pg_qualstats and pg_wait_sampling) into a powa
//! repository (the version under test: 18 or 15). Over a range of PoWA's
//! snapshots, one bound in PoWA's coalesced history and one in its current
//! rows, each imported source's deltas equal PoWA's records at the bounds
//! (pg_qualstats: the sums of PoWA's per-interval counts); database names
//! and a remote server come along (its password does not); PoWA's database
//! is left as it was; a second run imports nothing.

use anyhow::{ensure, Context, Result};
use powa_e2e::collector::collector_config;
use powa_e2e::deltas::{check_server, record_direct, Checked};
use powa_e2e::{collector_binary, powa_cluster, Cluster, PgInstall};
use std::process::Command;

/// PoWA's records of one history at time `$T`: coalesced arrays and the
/// current rows.
fn statements_at(t: &str) -> String {
    format!(
        "SELECT concat_ws('/', queryid, dbid, userid), to_jsonb(r) FROM (
             SELECT h.queryid, h.dbid, h.userid, u.* FROM powa_statements_history h, unnest(h.records) u
             UNION ALL
             SELECT c.queryid, c.dbid, c.userid, (c.record).* FROM powa_statements_history_current c) r
          WHERE r.ts = '{t}'"
    )
}

fn kcache_at(t: &str) -> String {
    format!(
        "SELECT concat_ws('/', queryid, dbid, userid, top), to_jsonb(r) FROM (
             SELECT h.queryid, h.dbid, h.userid, h.top, u.* FROM powa_kcache_metrics h, unnest(h.metrics) u
             UNION ALL
             SELECT c.queryid, c.dbid, c.userid, c.top, (c.metrics).* FROM powa_kcache_metrics_current c) r
          WHERE r.ts = '{t}'"
    )
}

/// PoWA keeps pg_qualstats' counts per interval: at `t`, their sums.
fn quals_at(t: &str) -> String {
    format!(
        "SELECT concat_ws('/', queryid, dbid, userid, qualid),
                jsonb_build_object('occurences', sum(occurences),
                                   'execution_count', sum(execution_count),
                                   'nbfiltered', sum(nbfiltered)) FROM (
             SELECT h.queryid, h.dbid, h.userid, h.qualid, u.* FROM powa_qualstats_quals_history h, unnest(h.records) u
             UNION ALL
             SELECT c.queryid, c.dbid, c.userid, c.qualid, c.ts, c.occurences, c.execution_count,
                    c.nbfiltered, c.mean_err_estimate_ratio, c.mean_err_estimate_num
               FROM powa_qualstats_quals_history_current c) r
          WHERE r.ts <= '{t}' GROUP BY 1"
    )
}

/// Per query and event, PoWA's databases added up.
fn waits_at(t: &str) -> String {
    format!(
        "SELECT concat_ws('/', queryid, event_type, event), jsonb_build_object('count', sum(count)) FROM (
             SELECT h.queryid, h.event_type, h.event, u.ts, u.count
               FROM powa_wait_sampling_history h, unnest(h.records) u
             UNION ALL
             SELECT c.queryid, c.event_type, c.event, (c.record).ts, (c.record).count
               FROM powa_wait_sampling_history_current c) r
          WHERE r.ts = '{t}' GROUP BY 1"
    )
}

fn checked(t: &str) -> Vec<Checked> {
    vec![
        Checked {
            prefix: "powa_statements",
            delta_key: "concat_ws('/', queryid, dbid, userid)",
            direct: Some(statements_at(t)),
            gauges: &[],
        },
        Checked {
            prefix: "powa_kcache",
            delta_key: "concat_ws('/', queryid, dbid, userid, top)",
            direct: Some(kcache_at(t)),
            gauges: &[],
        },
        Checked {
            prefix: "powa_qualstats",
            delta_key: "concat_ws('/', queryid, dbid, userid, qualnodeid)",
            direct: Some(quals_at(t)),
            gauges: &[],
        },
        Checked {
            prefix: "powa_wait_profile",
            delta_key: "concat_ws('/', queryid, event_type, event)",
            direct: Some(waits_at(t)),
            gauges: &[],
        },
    ]
}

/// PoWA 4.1.4 on PostgreSQL 15 with its stat extensions, coalescing every
/// 5 snapshots, its worker idle (snapshots are taken by the test).
fn powa4_cluster() -> Result<Cluster> {
    let pg_config = std::env::var_os("POWA_ARCHIVIST_PG_CONFIG").context(
        "POWA_ARCHIVIST_PG_CONFIG is not set: scripts/test.sh installs PoWA 4.1.4 and sets it",
    )?;
    let install = PgInstall::from_pg_config(pg_config)?;
    let mut cluster = Cluster::init(&install, "powa_import_powa4")?;
    cluster.set_conf(
        "shared_preload_libraries",
        "pg_stat_statements, pg_stat_kcache, pg_qualstats, pg_wait_sampling, powa",
    )?;
    for (name, value) in [
        ("powa.frequency", "-1"),
        ("powa.coalesce", "5"),
        ("pg_qualstats.sample_rate", "1"),
    ] {
        cluster.set_conf(name, value)?;
    }
    cluster.start()?;
    cluster.execute("postgres", "CREATE DATABASE powa")?;
    cluster.execute(
        "powa",
        "CREATE EXTENSION btree_gist; CREATE EXTENSION pg_stat_statements;
         CREATE EXTENSION pg_stat_kcache; CREATE EXTENSION pg_qualstats;
         CREATE EXTENSION pg_wait_sampling; CREATE EXTENSION powa;
         SELECT powa_kcache_register(); SELECT powa_qualstats_register();
         SELECT powa_wait_sampling_register();
         CREATE TABLE imp_t (id int PRIMARY KEY, v int);
         INSERT INTO imp_t SELECT g, g % 100 FROM generate_series(1, 20000) g;
         ANALYZE imp_t",
    )?;
    let version = cluster.query_text(
        "powa",
        "SELECT extversion FROM pg_extension WHERE extname = 'powa'",
    )?;
    ensure!(
        version.as_deref() == Some("4.1.4"),
        "PoWA 4.1.4, not {version:?}"
    );
    Ok(cluster)
}

fn import(repository: &Cluster, powa4: &Cluster, local_server: &str) -> Result<String> {
    let (success, text) = try_import(repository, powa4, local_server)?;
    ensure!(success, "the import failed:\n{text}");
    Ok(text)
}

/// Runs the import from `powa4`'s powa database: whether it succeeded, and
/// what it printed.
fn try_import(repository: &Cluster, powa4: &Cluster, local_server: &str) -> Result<(bool, String)> {
    let dir = repository.server_dir("import")?;
    let config = dir.join("collector.toml");
    std::fs::write(
        &config,
        collector_config(
            repository,
            &repository.install.pkglibdir,
            "powa_stat_statements",
            "",
        ),
    )?;
    let output = Command::new(collector_binary()?)
        .arg("--config")
        .arg(&config)
        .args(["import", "--from"])
        .arg(format!(
            "host={} port={} user=postgres dbname=powa",
            powa4.socket_dir().display(),
            powa4.port()
        ))
        .args(["--local-server", local_server])
        .output()?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    Ok((output.status.success(), text))
}

#[test]
fn powa_history_imports_with_equal_deltas_once() -> Result<()> {
    let powa4 = powa4_cluster()?;
    // PoWA's remote server, as its documentation registers one.
    powa4.execute(
        "powa",
        "SELECT powa_register_server(hostname => 'db1.example.com', alias => 'db1',
                                     password => 'not-copied-0451')",
    )?;
    // Eight snapshots: the first five coalesced, the last three current.
    let mut times = Vec::new();
    for round in 0..8 {
        let mut sql = String::new();
        for i in 0..10 {
            sql.push_str(&format!(
                "SELECT count(*) FROM imp_t WHERE v = {};",
                (i * 7 + round) % 100
            ));
            sql.push_str(&format!(
                "SELECT v FROM imp_t WHERE id = {};",
                i * 13 + round + 1
            ));
        }
        sql.push_str("SELECT pg_sleep(0.05) FROM imp_t WHERE id = 1;");
        powa4.execute("powa", &sql)?;
        powa4.execute("powa", "SELECT powa_take_snapshot()")?;
        times.push(
            powa4
                .query_text(
                    "powa",
                    "SELECT snapts::text FROM powa_snapshot_metas WHERE srvid = 0",
                )?
                .context("no snapshot time")?,
        );
    }
    let coalesced = powa4.query_i64("powa", "SELECT count(*) FROM powa_statements_history")?;
    ensure!(coalesced > 0, "PoWA coalesced its first snapshots");
    let errors = powa4.query_text(
        "powa",
        "SELECT array_to_string(errors, '; ') FROM powa_snapshot_metas WHERE srvid = 0",
    )?;
    ensure!(errors.is_none(), "PoWA's snapshots had errors: {errors:?}");

    let repository = powa_cluster("powa_import_repository", &[("powa.frequency", "-1")])?;
    let srvid = repository
        .query_text(
            "powa",
            &format!(
                "SELECT powa_register_server(hostname => '{}', port => {}, alias => 'powa4',
                                             username => 'postgres', dbname => 'powa')",
                powa4.socket_dir().display(),
                powa4.port()
            ),
        )?
        .context("no server id")?;
    // Wrong sources and targets are refused with the reason.
    for (from, local, expected) in [
        (
            &repository,
            srvid.as_str(),
            "powa-collector import reads PoWA 4.1 repositories",
        ),
        (
            &powa4,
            "999",
            "--local-server 999: the repository has no server of that id",
        ),
    ] {
        let (success, text) = try_import(&repository, from, local)?;
        assert!(!success && text.contains(expected), "{expected}: {text}");
    }
    let output = import(&repository, &powa4, &srvid)?;
    assert!(output.contains("not copied"), "{output}");
    assert!(!output.contains("not-copied-0451"), "{output}");

    // The deltas of [second snapshot, last]: the start in PoWA's coalesced
    // history, the end in its current rows.
    let (from, to) = (&times[1], &times[7]);
    repository.execute(
        "powa",
        "CREATE TABLE direct (bound int, prefix text, k text, j jsonb)",
    )?;
    record_direct(&repository, &powa4, "powa", &checked(from), 1)?;
    record_direct(&repository, &powa4, "powa", &checked(to), 2)?;
    let srvid: i32 = srvid.parse()?;
    check_server(&repository, srvid, &checked(to), (from, to), (1, 2))?;
    // Every key PoWA has at the end is there.
    for c in checked(to) {
        let key = c.delta_key;
        let missing = repository.query_rows(
            "powa",
            &format!(
                "SELECT k FROM direct WHERE bound = 2 AND prefix = '{p}'
                 EXCEPT SELECT {key} FROM {p}_deltas('{from}', '{to}', {srvid})",
                p = c.prefix
            ),
        )?;
        assert!(missing.is_empty(), "{}: missing {missing:?}", c.prefix);
    }
    // The workload's predicate, named from PoWA's database (its local server).
    let named = repository.query_i64(
        "powa",
        &format!(
            "SELECT count(*) FROM powa_qualstats_deltas('{from}', '{to}', {srvid})
              WHERE relname = 'public.imp_t' AND attname = 'v' AND execution_count > 0"
        ),
    )?;
    assert!(named >= 1, "the predicate on imp_t.v, named");

    // Database names, and PoWA's remote server registered without its password.
    let databases = repository.query_i64(
        "powa",
        &format!("SELECT count(*) FROM powa_databases WHERE srvid = {srvid} AND datname = 'powa'"),
    )?;
    assert_eq!(databases, 1, "PoWA's database names");
    let remote = repository.query_rows(
        "powa",
        "SELECT alias, port::text, password_sealed IS NULL FROM powa_server
          WHERE hostname = 'db1.example.com'",
    )?;
    assert_eq!(
        remote,
        vec![vec![
            Some("db1".into()),
            Some("5432".into()),
            Some("t".into())
        ]]
    );
    let dump = repository
        .client_command("pg_dump")
        .args(["-d", "powa"])
        .output()?;
    assert!(dump.status.success());
    assert!(!String::from_utf8_lossy(&dump.stdout).contains("not-copied-0451"));
    // PoWA's database as it was.
    assert_eq!(
        powa4.query_text("powa", "SELECT to_regnamespace('powa_import')::text")?,
        None
    );

    // A second run adds nothing; the deltas stay.
    let snapshots = "SELECT (SELECT count(*) FROM powa_statements_snapshots)
                          + (SELECT count(*) FROM powa_kcache_snapshots)
                          + (SELECT count(*) FROM powa_qualstats_snapshots)
                          + (SELECT count(*) FROM powa_wait_profile_snapshots)";
    let before = repository.query_i64("powa", snapshots)?;
    assert_eq!(before, 8 * 4, "eight snapshots of each source");
    let again = import(&repository, &powa4, &srvid.to_string())?;
    assert!(again.contains("imported 0 snapshots"), "{again}");
    assert_eq!(repository.query_i64("powa", snapshots)?, before);
    check_server(&repository, srvid, &checked(to), (from, to), (1, 2))?;
    Ok(())
}
