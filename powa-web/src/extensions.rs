//! What the stat extensions' sources add to the server, database and query
//! pages: pg_stat_kcache's CPU, disk and fault charts (`powa_kcache`),
//! pg_qualstats' predicates of a query (`powa_qualstats_deltas`), the
//! index suggestions of a database or query (`powa_index_suggestions`),
//! and pg_track_settings' setting changes and restarts as markers across
//! the charts (`powa_settings_log`, `powa_settings_reboots_in`).
//! Each is shown only where its source collected something for the
//! server; otherwise the page says which source would give it.

use crate::app::{has, query, Catalog, Failure};
use crate::charts::{rate, Chart, ChartSpec, Line, Marker, Rows, Value};
use crate::estimate::{Candidate, Estimate};
use crate::range::{sql_time, Range};
use crate::session::Session;
use crate::statements::thousands;
use powa_conninfo::ConnInfo;

/// pg_stat_kcache's figures, of the whole server or of one query (its
/// times are seconds: ms per second is a thousand times their rate).
pub const KCACHE_CHARTS: &[ChartSpec] = &[
    ChartSpec {
        id: "kcache-cpu",
        title: "CPU time (pg_stat_kcache)",
        unit: "ms per second",
        source: "powa_kcache",
        lines: &[
            Line {
                label: "user, execution",
                value: Value::Rate(&["exec_user_time"], 1000.0),
            },
            Line {
                label: "system, execution",
                value: Value::Rate(&["exec_system_time"], 1000.0),
            },
            Line {
                label: "user, planning",
                value: Value::Rate(&["plan_user_time"], 1000.0),
            },
            Line {
                label: "system, planning",
                value: Value::Rate(&["plan_system_time"], 1000.0),
            },
        ],
    },
    ChartSpec {
        id: "kcache-io",
        title: "Disk I/O (pg_stat_kcache)",
        unit: "bytes per second",
        source: "powa_kcache",
        lines: &[
            rate("read", &["exec_reads", "plan_reads"]),
            rate("written", &["exec_writes", "plan_writes"]),
        ],
    },
    ChartSpec {
        id: "kcache-faults",
        title: "Page faults and context switches (pg_stat_kcache)",
        unit: "per second",
        source: "powa_kcache",
        lines: &[
            rate("minor faults", &["exec_minflts", "plan_minflts"]),
            rate("major faults", &["exec_majflts", "plan_majflts"]),
            rate("voluntary switches", &["exec_nvcsws", "plan_nvcsws"]),
            rate("involuntary switches", &["exec_nivcsws", "plan_nivcsws"]),
        ],
    },
];

/// The kcache charts of the server (`queryid` None) or of one query;
/// none when powa_stat_kcache collected nothing for the server.
pub async fn kcache_charts(
    session: &Session,
    srvid: i32,
    range: &Range,
    queryid: Option<i64>,
) -> Result<Vec<Chart>, Failure> {
    if crate::charts::layout(session, "powa_kcache", srvid)
        .await?
        .is_none()
    {
        return Ok(Vec::new());
    }
    match queryid {
        None => crate::charts::charts(session, KCACHE_CHARTS, srvid, range, Rows::All).await,
        Some(queryid) => {
            let ids: Vec<i64> = query(
                session,
                "SELECT coalesce(array_agg(id), '{}') FROM powa_kcache_statements
                  WHERE srvid = $1 AND queryid = $2",
                &[&srvid, &queryid],
            )
            .await?[0]
                .get(0);
            crate::charts::charts(session, KCACHE_CHARTS, srvid, range, Rows::Ids(&ids)).await
        }
    }
}

/// A predicate of a query, over the range.
pub struct Predicate {
    pub column: String,
    pub operator: String,
    pub evaluated: String,
    pub executions: String,
    pub filtered: String,
    /// Rows filtered out of those the predicate saw, in %.
    pub ratio: String,
    pub constants: String,
}

/// Whether powa_qualstats collected for the server: its tables exist
/// wherever the plugin started, its layout once it stored a snapshot.
pub async fn qualstats_collected(session: &Session, srvid: i32) -> Result<bool, Failure> {
    Ok(
        has(session, Catalog::Function, "powa_index_suggestions").await?
            && crate::charts::layout(session, "powa_qualstats", srvid)
                .await?
                .is_some(),
    )
}

/// The query's predicates (pg_qualstats), costliest first (where
/// [`qualstats_collected`]).
pub async fn predicates(
    session: &Session,
    srvid: i32,
    range: &Range,
    queryid: i64,
) -> Result<Vec<Predicate>, Failure> {
    let (from, to) = (sql_time(range.from), sql_time(range.to));
    let rows = query(
        session,
        "WITH q AS (
             SELECT coalesce(relname || '.' || attname, format('relation %s column %s', lrelid, lattnum)) AS col,
                    coalesce(opname, 'operator ' || opno) AS op,
                    CASE eval_type WHEN 'i' THEN 'index' ELSE 'filter' END AS evaluated,
                    constvalue, execution_count, nbfiltered
               FROM powa_qualstats_deltas($1::text::timestamptz, $2::text::timestamptz, $3)
              WHERE queryid = $4 AND execution_count > 0)
         SELECT col, op, evaluated, sum(execution_count)::bigint, sum(nbfiltered)::bigint,
                (array_agg(constvalue ORDER BY execution_count DESC))[1:3]
           FROM q GROUP BY col, op, evaluated
          ORDER BY sum(nbfiltered) DESC, col",
        &[&from, &to, &srvid, &queryid],
    )
    .await?;
    Ok(rows
        .iter()
        .map(|row| {
            let (executions, filtered): (i64, i64) = (row.get(3), row.get(4));
            let constants: Vec<Option<String>> = row.get(5);
            Predicate {
                column: row.get(0),
                operator: row.get(1),
                evaluated: row.get(2),
                executions: thousands(executions),
                filtered: thousands(filtered),
                ratio: format!(
                    "{:.1} %",
                    100.0 * filtered as f64 / executions.max(1) as f64
                ),
                constants: constants
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", "),
            }
        })
        .collect())
}

/// A candidate index.
pub struct Suggestion {
    pub ddl: String,
    pub statements: usize,
    pub filtered: String,
    /// The estimated gain, or why there is none.
    pub gain: String,
}

/// `powa_index_suggestions` for database `dbid`, of the statements of
/// `queryid` only if given (where [`qualstats_collected`]). Where the
/// function cannot estimate gains (a remote server, another database than
/// the repository's), they are estimated in that database itself
/// ([`crate::estimate`]).
pub async fn suggestions(
    session: &Session,
    srvid: i32,
    dbid: u32,
    range: &Range,
    queryid: Option<i64>,
) -> Result<Vec<Suggestion>, Failure> {
    let (from, to) = (sql_time(range.from), sql_time(range.to));
    let rows = query(
        session,
        "SELECT ddl, cardinality(queryids), filtered, cost_before, cost_after, estimate_note,
                queryids
           FROM powa_index_suggestions($1, $2, $3::text::timestamptz, $4::text::timestamptz)
          WHERE $5::bigint IS NULL OR $5 = ANY (queryids)",
        &[&srvid, &dbid, &from, &to, &queryid],
    )
    .await?;
    let ddls: Vec<String> = rows.iter().map(|row| row.get(0)).collect();
    let queryids: Vec<Vec<i64>> = rows.iter().map(|row| row.get(6)).collect();
    let mut estimates: Vec<Estimate> = rows
        .iter()
        .map(|row| match (row.get(3), row.get(4), row.get(5)) {
            (Some(before), Some(after), _) => Estimate::Costs { before, after },
            (_, _, Some(note)) => Estimate::Note(note),
            _ => Estimate::Note("no estimate".to_owned()),
        })
        .collect();
    if !rows.is_empty() {
        if let Some((target, what)) = estimate_target(session, srvid, dbid).await? {
            let candidates: Vec<Candidate> = ddls
                .iter()
                .zip(&queryids)
                .map(|(ddl, queryids)| Candidate { ddl, queryids })
                .collect();
            estimates = crate::estimate::estimate(target, &what, &candidates).await;
        }
    }
    Ok(rows
        .iter()
        .zip(ddls)
        .zip(estimates)
        .map(|((row, ddl), estimate)| Suggestion {
            ddl,
            statements: row.get::<_, Option<i32>>(1).unwrap_or(0) as usize,
            filtered: thousands(row.get::<_, Option<i64>>(2).unwrap_or(0)),
            gain: match estimate {
                Estimate::Costs { before, after } => {
                    format!(
                        "{:.1} % less estimated cost",
                        100.0 * (1.0 - after / before)
                    )
                }
                Estimate::Note(note) => note,
            },
        })
        .collect())
}

/// Where the gains of database `dbid` of server `srvid` are estimated, and
/// its description: None when `powa_index_suggestions` estimates them (the
/// repository's own database, local mode).
async fn estimate_target(
    session: &Session,
    srvid: i32,
    dbid: u32,
) -> Result<Option<(ConnInfo, String)>, Failure> {
    let rows = query(
        session,
        "SELECT $1 = 0 AND $2 = (SELECT oid FROM pg_database WHERE datname = current_database()),
                (SELECT max(datname) FROM powa_databases WHERE srvid = $1 AND datid = $2),
                s.hostname, s.port, coalesce(s.alias, s.hostname || ':' || s.port)
           FROM powa_servers s WHERE s.id = $1",
        &[&srvid, &dbid],
    )
    .await?;
    let Some(row) = rows.first() else {
        return Ok(None);
    };
    let (here, datname): (bool, Option<String>) = (row.get(0), row.get(1));
    let Some(datname) = datname.filter(|_| !here) else {
        return Ok(None);
    };
    let what = format!(
        "database \"{datname}\" of server {}",
        row.get::<_, String>(4)
    );
    let target = if srvid == 0 {
        let mut login = session.login.clone();
        login
            .set("dbname", datname)
            .map_err(|e| Failure::Other(e.to_string()))?;
        login
    } else {
        let port: i32 = row.get(3);
        let port = u16::try_from(port)
            .map_err(|_| Failure::Other(format!("server {srvid} has port {port}")))?;
        session
            .login
            .same_login_on(&row.get::<_, String>(2), port, &datname)
    };
    Ok(Some((target, what)))
}

/// The server's setting changes and restarts in the range, one marker per
/// time (its changes joined), drawn across every chart that has points;
/// nothing where powa_track_settings does not run.
pub async fn mark_settings(
    session: &Session,
    srvid: i32,
    range: &Range,
    charts: &mut [Chart],
) -> Result<(), Failure> {
    if !has(session, Catalog::Function, "powa_settings_log").await? {
        return Ok(());
    }
    let (from, to) = (sql_time(range.from), sql_time(range.to));
    let rows = query(
        session,
        "WITH events AS (
             SELECT ts, CASE WHEN is_dropped THEN name || ' removed'
                             ELSE format('%s: %s → %s', name, coalesce(previous, '(unset)'), setting) END AS label
               FROM powa_settings_log($1, $2::text::timestamptz, $3::text::timestamptz)
             UNION ALL
             SELECT ts, 'restart'
               FROM powa_settings_reboots_in($1, $2::text::timestamptz, $3::text::timestamptz) AS ts)
         SELECT extract(epoch FROM ts)::bigint, string_agg(label, ', ' ORDER BY label)
           FROM events GROUP BY ts ORDER BY ts",
        &[&srvid, &from, &to],
    )
    .await?;
    let markers: Vec<Marker> = rows
        .iter()
        .map(|row| Marker {
            x: row.get(0),
            label: row.get(1),
        })
        .collect();
    for chart in charts.iter_mut().filter(|c| c.empty.is_none()) {
        chart.markers.clone_from(&markers);
    }
    Ok(())
}
