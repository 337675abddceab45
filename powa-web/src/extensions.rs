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
use crate::range::{sql_time, Range};
use crate::session::Session;
use crate::statements::thousands;

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
/// `queryid` only if given (where [`qualstats_collected`]).
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
        "SELECT ddl, cardinality(queryids), filtered, gain, estimate_note
           FROM powa_index_suggestions($1, $2, $3::text::timestamptz, $4::text::timestamptz)
          WHERE $5::bigint IS NULL OR $5 = ANY (queryids)",
        &[&srvid, &dbid, &from, &to, &queryid],
    )
    .await?;
    Ok(rows
        .iter()
        .map(|row| {
            let gain: Option<f64> = row.get(3);
            let note: Option<String> = row.get(4);
            Suggestion {
                ddl: row.get(0),
                statements: row.get::<_, Option<i32>>(1).unwrap_or(0) as usize,
                filtered: thousands(row.get::<_, Option<i64>>(2).unwrap_or(0)),
                gain: match (gain, note) {
                    (Some(gain), _) => format!("{:.1} % less estimated cost", 100.0 * gain),
                    (None, Some(note)) => note,
                    (None, None) => "no estimate".to_owned(),
                },
            }
        })
        .collect())
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
