//! Deltas against the views they come from: a source's `<prefix>_deltas`
//! over a range must equal its view read directly at the range's bounds,
//! counter by counter (gauges: the value at the end). Used by the tests of
//! every counter-history source.

use crate::Cluster;
use anyhow::{Context, Result};

/// One source: its deltas function, how a row of it and of its view is
/// keyed, and how to read the view directly (`None`: not on this version).
pub struct Checked {
    pub prefix: &'static str,
    pub delta_key: &'static str,
    pub direct: Option<String>,
    pub gauges: &'static [&'static str],
}

/// A snapshot and, in the same transaction, every view read directly
/// into the table `direct (bound int, prefix text, k text, j jsonb)`.
/// Returns the snapshot's time, as `time_sql` reads it.
pub fn bound(cluster: &Cluster, checked: &[Checked], bound: i32, time_sql: &str) -> Result<String> {
    let mut sql = String::from("BEGIN; SELECT powa_take_snapshot();");
    for c in checked {
        if let Some(direct) = &c.direct {
            sql.push_str(&format!(
                "INSERT INTO direct SELECT {bound}, '{}', d.* FROM ({direct}) d;",
                c.prefix
            ));
        }
    }
    sql.push_str("COMMIT;");
    cluster.execute("powa", &sql)?;
    let failures = cluster.query_rows(
        "powa",
        "SELECT plugin, operation, message FROM powa_plugin_errors",
    )?;
    assert!(failures.is_empty(), "no source fails: {failures:?}");
    cluster
        .query_text("powa", time_sql)?
        .context("no snapshot time")
}

/// Every (row, counter) whose delta over [from, to] differs from the views
/// read at `start` and `end`; and how many were compared.
/// Reads every view of `checked` on `monitored` (database `database`)
/// into `repository`'s `direct` table as bound `bound`: the remote-mode
/// counterpart of [`bound`]'s reads, made before a snapshot with no
/// workload in between.
pub fn record_direct(
    repository: &Cluster,
    monitored: &Cluster,
    database: &str,
    checked: &[Checked],
    bound: i32,
) -> Result<()> {
    let mut client = repository.connect("powa")?;
    for c in checked {
        let Some(direct) = &c.direct else { continue };
        let rows = monitored.query_rows(database, direct)?;
        for row in rows {
            client.execute(
                "INSERT INTO direct VALUES ($1, $2, $3, $4::text::jsonb)",
                &[&bound, &c.prefix, &row[0], &row[1]],
            )?;
        }
    }
    Ok(())
}

pub fn mismatches(
    cluster: &Cluster,
    srvid: i32,
    c: &Checked,
    (from, to): (&str, &str),
    (start, end): (i32, i32),
) -> Result<(Vec<String>, i64)> {
    let gauges: Vec<String> = c.gauges.iter().map(|g| format!("'{g}'")).collect();
    let compared = format!(
        "WITH measured AS (
             SELECT {key} AS k, d.counters FROM {p}_deltas('{from}', '{to}', {srvid}) d),
         pairs AS (
             SELECT m.k, c.key, c.value AS measured,
                    CASE WHEN c.key = ANY (ARRAY[{gauges}]::text[]) THEN e.j->c.key
                         WHEN e.j->c.key = 'null' THEN 'null'::jsonb
                         WHEN c.key = ANY (l.floats) THEN
                             to_jsonb((e.j->>c.key)::float8 - coalesce((s.j->>c.key)::float8, 0))
                         ELSE to_jsonb((e.j->>c.key)::numeric - coalesce((s.j->>c.key)::numeric, 0))
                    END AS expected
               FROM measured m
               JOIN direct e ON e.bound = {end} AND e.prefix = '{p}' AND e.k = m.k
               LEFT JOIN direct s ON s.bound = {start} AND s.prefix = '{p}' AND s.k = m.k
               JOIN {p}_layout l ON l.srvid = {srvid},
                    jsonb_each(m.counters) c)",
        key = c.delta_key,
        p = c.prefix,
        gauges = gauges.join(", "),
    );
    let rows = cluster.query_rows(
        "powa",
        &format!(
            "{compared}
             SELECT format('%s row %s %s: measured %s, expected %s', '{p}', k, key, measured, expected)
               FROM pairs WHERE measured IS DISTINCT FROM expected
             UNION ALL SELECT 'compared ' || count(*) FROM pairs",
            p = c.prefix
        ),
    )?;
    let mut lines: Vec<String> = rows.into_iter().filter_map(|r| r[0].clone()).collect();
    let count = lines
        .pop()
        .and_then(|last| last.strip_prefix("compared ").map(str::to_owned))
        .context("no count")?
        .parse()?;
    Ok((lines, count))
}

/// Every source of `checked` has no mismatch for the local server, and
/// compared something where its view exists.
pub fn check_all(
    cluster: &Cluster,
    checked: &[Checked],
    times: (&str, &str),
    bounds: (i32, i32),
) -> Result<()> {
    check_server(cluster, 0, checked, times, bounds)
}

/// [`check_all`] for server `srvid` of the repository `cluster`.
pub fn check_server(
    cluster: &Cluster,
    srvid: i32,
    checked: &[Checked],
    times: (&str, &str),
    bounds: (i32, i32),
) -> Result<()> {
    for c in checked {
        let (wrong, compared) = mismatches(cluster, srvid, c, times, bounds)?;
        assert!(
            wrong.is_empty(),
            "{} bounds {bounds:?}: {} mismatches:\n{}",
            c.prefix,
            wrong.len(),
            wrong.join("\n")
        );
        if c.direct.is_some() {
            assert!(compared > 0, "{}: nothing compared", c.prefix);
        } else {
            assert_eq!(
                compared, 0,
                "{}: collected on a version without it",
                c.prefix
            );
        }
    }
    Ok(())
}
