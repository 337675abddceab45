//! The operations pages: WAL (generation over time, records, bytes and
//! full-page images per resource manager, the walker's positions, lag and
//! gaps), garbage (tables ranked by garbagemap's dead
//! tuples, each table's heat map) and archive (archived and failed files
//! over time, the archiver's state and last failure with its reason). They share one
//! template: a heading, the range, charts, tables and notes.

use crate::app::{failure_page, has, prefix, query, render, Catalog, Failure, Shared};
use crate::charts::{rate, Chart, ChartSpec, Line, Value};
use crate::health::{archiver_state, walker_positions};
use crate::pages::{begin, Params};
use crate::statements::{bytes, range_bar, thousands, RangeBar};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use std::collections::HashMap;

/// A plain table of texts.
pub struct Table {
    pub id: String,
    pub title: String,
    pub headers: Vec<String>,
    /// Per row, per cell: (text, link).
    pub rows: Vec<Vec<(String, Option<String>)>>,
    pub empty: String,
}

impl Table {
    fn new(id: &str, title: &str, headers: &[&str], empty: &str) -> Self {
        Self {
            id: id.to_owned(),
            title: title.to_owned(),
            headers: headers.iter().map(|h| (*h).to_owned()).collect(),
            rows: Vec::new(),
            empty: empty.to_owned(),
        }
    }

    fn push(&mut self, cells: Vec<String>) {
        self.rows
            .push(cells.into_iter().map(|c| (c, None)).collect());
    }
}

/// A heat map cell: its shade (0 white to 9 darkest) and what it says.
pub struct HeatCell {
    pub shade: u8,
    pub title: String,
}

#[derive(Template)]
#[template(path = "ops.html")]
struct OpsPage {
    prefix: String,
    role: String,
    csrf: String,
    title: String,
    server_name: String,
    server_link: String,
    range: Option<RangeBar>,
    charts: Vec<Chart>,
    charts_json: String,
    tables: Vec<Table>,
    heat: Vec<HeatCell>,
    heat_caption: String,
    notes: Vec<String>,
}

const WAL_CHARTS: &[ChartSpec] = &[
    ChartSpec {
        id: "wal-bytes",
        title: "WAL generated",
        unit: "bytes per second",
        source: "powa_wal",
        lines: &[rate("bytes", &["wal_bytes"])],
    },
    ChartSpec {
        id: "wal-records",
        title: "WAL records",
        unit: "per second",
        source: "powa_wal",
        lines: &[
            rate("records", &["wal_records"]),
            rate("full-page images", &["wal_fpi"]),
        ],
    },
    ChartSpec {
        id: "wal-fpi-share",
        title: "Full-page images",
        unit: "% of records",
        source: "powa_wal",
        lines: &[Line {
            label: "full-page images",
            value: Value::Ratio {
                part: &["wal_fpi"],
                whole: &["wal_records"],
            },
        }],
    },
];

/// powa_wal_records' counters per resource manager, stacked.
const WAL_RECORDS_STACKED: &[ChartSpec] = &[
    ChartSpec {
        id: "rmgr-records",
        title: "WAL records per resource manager",
        unit: "per second",
        source: "powa_wal_records",
        lines: &[rate("records", &["records"])],
    },
    ChartSpec {
        id: "rmgr-bytes",
        title: "WAL bytes per resource manager",
        unit: "bytes per second",
        source: "powa_wal_records",
        lines: &[rate("bytes", &["bytes"])],
    },
    ChartSpec {
        id: "rmgr-fpis",
        title: "Full-page images per resource manager",
        unit: "per second",
        source: "powa_wal_records",
        lines: &[rate("full-page images", &["fpis"])],
    },
];

const ARCHIVE_CHARTS: &[ChartSpec] = &[ChartSpec {
    id: "archived",
    title: "WAL files archived and failed",
    unit: "per minute",
    source: "powa_archiver",
    lines: &[
        Line {
            label: "archived",
            value: Value::Rate(&["archived_count"], 60.0),
        },
        Line {
            label: "failed",
            value: Value::Rate(&["failed_count"], 60.0),
        },
    ],
}];

/// The page's common parts, then what it adds.
struct Page {
    session: std::sync::Arc<crate::session::Session>,
    params: Params,
    server_name: String,
}

async fn page(
    state: &crate::app::AppState,
    headers: &HeaderMap,
    id: i32,
    all: HashMap<String, String>,
) -> Result<Page, Response> {
    let (session, params, server_name) = begin(state, headers, id, all).await?;
    Ok(Page {
        session,
        params,
        server_name,
    })
}

#[allow(clippy::too_many_arguments)]
fn show(
    state: &crate::app::AppState,
    page: &Page,
    id: i32,
    title: String,
    with_range: bool,
    charts: Vec<Chart>,
    tables: Vec<Table>,
    heat: (Vec<HeatCell>, String),
    notes: Vec<String>,
) -> Response {
    let prefix_text = prefix(state);
    render(
        &OpsPage {
            server_link: format!("{prefix_text}/server/{id}?{}", page.params.base()),
            prefix: prefix_text,
            role: page.session.role.clone(),
            csrf: page.session.csrf.clone(),
            title,
            server_name: page.server_name.clone(),
            range: with_range.then(|| range_bar(&page.params.page, &page.params.range, Vec::new())),
            charts_json: crate::charts::page_json(&charts),
            charts,
            tables,
            heat: heat.0,
            heat_caption: heat.1,
            notes,
        },
        StatusCode::OK,
    )
}

/// `2026-12-02 10:00:00` (UTC), or "" for no time.
fn utc_text(unix: Option<f64>) -> String {
    unix.map(|at| crate::range::url_time(at as i64).replace('T', " "))
        .unwrap_or_default()
}

const LOCAL_ONLY: &str = "The WAL walker and the archiver run in the repository's own server \
                          (server 0, local mode): their state is shown there.";

pub async fn wal_page(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<i32>,
    Query(all): Query<HashMap<String, String>>,
) -> Response {
    let page = match page(&state, &headers, id, all).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    let notes = vec![
        "Per resource manager: powa_wal_records (in walker.plugins) counts the records \
         as the walker reads them and makes them visible when the walker flushes \
         (walker.flush_interval); its snapshots take what was flushed, so its charts lag \
         by the walker's lag plus up to a flush interval."
            .to_owned(),
    ];
    let tables = wal_tables(&page.session, id);
    let charts = Charts {
        specs: WAL_CHARTS,
        stacked: WAL_RECORDS_STACKED,
    };
    charts_page(&state, &page, id, "WAL", charts, tables, notes).await
}

/// The walker's positions and gaps (of the repository's own server).
async fn wal_tables(session: &crate::session::Session, id: i32) -> Result<Vec<Table>, Failure> {
    let mut tables = Vec::new();
    if id != 0 {
        return Ok(tables);
    }
    let mut positions = Table::new(
        "walker",
        "The walker's position per WAL plugin",
        &[
            "plugin",
            "flushed up to",
            "lag",
            "failed records",
            "updated",
        ],
        "No WAL plugin has flushed: walker.plugins names none, or none has run yet.",
    );
    for position in walker_positions(&session.pool).await? {
        positions.push(vec![
            position.plugin,
            position.confirmed_lsn,
            crate::statements::bytes(position.lag_bytes.unwrap_or(0)),
            thousands(position.failed_records),
            utc_text(Some(position.updated_at)),
        ]);
    }
    tables.push(positions);
    let mut gaps = Table::new(
        "gaps",
        "Gaps: WAL removed before powa read it",
        &["slot", "from", "to", "plugins", "reason", "detected"],
        "No gap: every WAL plugin read every record.",
    );
    for row in query(
        session,
        "SELECT slot, coalesce(from_lsn::text, ''), to_lsn::text,
                    array_to_string(plugins, ', '), reason,
                    to_char(detected_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')
               FROM powa_walker_gaps ORDER BY detected_at DESC LIMIT 100",
        &[],
    )
    .await?
    {
        gaps.push((0..6).map(|i| row.get::<_, String>(i)).collect());
    }
    tables.push(gaps);
    Ok(tables)
}

/// A page's charts: of the whole server, then stacked per group of the
/// source's totals.
struct Charts {
    specs: &'static [ChartSpec],
    stacked: &'static [ChartSpec],
}

/// A page of charts and tables (those of the repository's own server
/// only: others get a note that says where they are).
async fn charts_page(
    state: &crate::app::AppState,
    page: &Page,
    id: i32,
    title: &str,
    specs: Charts,
    tables: impl std::future::Future<Output = Result<Vec<Table>, Failure>>,
    mut notes: Vec<String>,
) -> Response {
    let range = &page.params.range;
    let charts = async {
        let whole = crate::charts::charts(
            &page.session,
            specs.specs,
            id,
            range,
            crate::charts::Rows::All,
        );
        let stacked = futures_util::future::join_all(
            specs
                .stacked
                .iter()
                .map(|spec| crate::charts::grouped_chart(&page.session, spec, id, range)),
        );
        let (whole, stacked) = tokio::join!(whole, stacked);
        let mut charts = whole?;
        for chart in stacked {
            charts.push(chart?);
        }
        Ok::<_, Failure>(charts)
    };
    let (charts, tables) = match tokio::join!(charts, tables) {
        (Ok(charts), Ok(tables)) => (charts, tables),
        (Err(failure), _) | (_, Err(failure)) => return failure_page(state, failure),
    };
    if id != 0 {
        notes.push(LOCAL_ONLY.to_owned());
    }
    show(
        state,
        page,
        id,
        title.to_owned(),
        true,
        charts,
        tables,
        (Vec::new(), String::new()),
        notes,
    )
}

pub async fn archive_page(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<i32>,
    Query(all): Query<HashMap<String, String>>,
) -> Response {
    let page = match page(&state, &headers, id, all).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    let notes = vec![
        "The archive's files, bytes on disk and compression ratio are what the archiver \
         plugin reads in its directory now (powa_archive_usage()), of the repository's own \
         server."
            .to_owned(),
    ];
    let tables = archiver_tables(&page.session, id);
    let charts = Charts {
        specs: ARCHIVE_CHARTS,
        stacked: &[],
    };
    charts_page(&state, &page, id, "Archive", charts, tables, notes).await
}

/// The archiver's state (of the repository's own server).
async fn archiver_tables(
    session: &crate::session::Session,
    id: i32,
) -> Result<Vec<Table>, Failure> {
    let mut tables = Vec::new();
    if id != 0 {
        return Ok(tables);
    }
    let state = archiver_state(&session.pool).await?;
    let mut archiver = Table::new("archiver", "The archiver", &["", ""], "");
    let behind = match state.behind {
        Some(behind) => format!("{behind} finished WAL file(s)"),
        None => "unknown (nothing archived yet, or a standby)".to_owned(),
    };
    for (label, value) in [
        ("archive_mode", state.mode),
        ("archive_library", state.library),
        ("archived", thousands(state.archived)),
        (
            "last archived",
            format!(
                "{} {}",
                state.last_archived_wal.unwrap_or_default(),
                utc_text(state.last_archived_at)
            ),
        ),
        ("failed", thousands(state.failed)),
        (
            "last failed",
            format!(
                "{} {}",
                state.last_failed_wal.unwrap_or_default(),
                utc_text(state.last_failed_at)
            ),
        ),
        ("last failure's reason", last_failure(session).await?),
        ("current WAL file", state.current_wal.unwrap_or_default()),
        ("behind", behind),
    ] {
        archiver.push(vec![label.to_owned(), value]);
    }
    for (label, value) in archive_usage(session).await? {
        archiver.push(vec![label.to_owned(), value]);
    }
    tables.push(archiver);
    Ok(tables)
}

/// What the archive holds (`powa_archive_usage()`): its files, bytes on
/// disk, the WAL they hold and the compression ratio, or why not known.
async fn archive_usage(
    session: &crate::session::Session,
) -> Result<Vec<(&'static str, String)>, Failure> {
    const LABEL: &str = "archive on disk";
    if !has(session, Catalog::Function, "powa_archive_usage").await? {
        let reason = "unknown: the powa extension here has no powa_archive_usage()";
        return Ok(vec![(LABEL, reason.to_owned())]);
    }
    let rows = match query(
        session,
        "SELECT files, wal_bytes, stored_bytes, compression_ratio FROM powa_archive_usage()",
        &[],
    )
    .await
    {
        Ok(rows) => rows,
        // Not configured, or the directory unreadable: the archiver's words.
        Err(Failure::Database(error)) if error.as_db_error().is_some() => {
            let message = error.as_db_error().map(|e| e.message()).unwrap_or_default();
            return Ok(vec![(LABEL, format!("unknown: {message}"))]);
        }
        Err(other) => return Err(other),
    };
    let Some(row) = rows.first() else {
        let reason = "unknown: the archiver does not report its usage";
        return Ok(vec![(LABEL, reason.to_owned())]);
    };
    let ratio: Option<f64> = row.get(3);
    Ok(vec![
        (
            LABEL,
            format!("{} in {} file(s)", bytes(row.get(2)), thousands(row.get(0))),
        ),
        ("WAL held", bytes(row.get(1))),
        (
            "compression ratio",
            ratio.map_or("none (an empty archive)".to_owned(), |r| format!("{r:.2}")),
        ),
    ])
}

/// The archive module's last failure with its reason, which
/// pg_stat_archiver lacks (`powa_archive_last_failure()`).
async fn last_failure(session: &crate::session::Session) -> Result<String, Failure> {
    if !has(session, Catalog::Function, "powa_archive_last_failure").await? {
        return Ok(
            "unknown: the powa extension here has no powa_archive_last_failure()".to_owned(),
        );
    }
    let rows = query(
        session,
        "SELECT file, extract(epoch FROM failed_at)::float8, reason FROM powa_archive_last_failure()",
        &[],
    )
    .await?;
    Ok(match rows.first() {
        Some(row) => format!(
            "{} at {}: {}",
            row.get::<_, String>(0),
            utc_text(Some(row.get(1))),
            row.get::<_, String>(2)
        ),
        None => "none recorded".to_owned(),
    })
}

const NO_GARBAGEMAP: &str = "garbagemap is not collected here: add garbagemap to walker.plugins \
                             (it reads the WAL of the repository's own server, server 0).";

pub async fn garbage_page(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<i32>,
    Query(all): Query<HashMap<String, String>>,
) -> Response {
    let page = match page(&state, &headers, id, all).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    let session = &page.session;
    let prefix_text = prefix(&state);
    let mut tables = Vec::new();
    let mut notes = Vec::new();
    let present = match has(session, Catalog::Relation, "garbagemap").await {
        Ok(present) => present && id == 0,
        Err(failure) => return failure_page(&state, failure),
    };
    if present {
        let mut ranked = Table::new(
            "garbage",
            "Tables by estimated dead tuples",
            &[
                "table",
                "dead tuples",
                "block ranges",
                "blocks per range",
                "updated",
                "missed WAL records",
            ],
            "garbagemap has seen no dead tuple yet.",
        );
        let rows = match query(
            session,
            "SELECT relation::oid::bigint, schema || '.' || \"table\", dead_tuples, ranges,
                    range_blocks, to_char(last_update AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'),
                    missed_records
               FROM garbagemap ORDER BY dead_tuples DESC, 2 LIMIT 100",
            &[],
        )
        .await
        {
            Ok(rows) => rows,
            Err(failure) => return failure_page(&state, failure),
        };
        for row in rows {
            let relid: i64 = row.get(0);
            ranked.rows.push(vec![
                (
                    row.get(1),
                    Some(format!(
                        "{prefix_text}/server/{id}/garbage/{relid}?{}",
                        page.params.base()
                    )),
                ),
                (thousands(row.get(2)), None),
                (thousands(i64::from(row.get::<_, i32>(3))), None),
                (thousands(i64::from(row.get::<_, i32>(4))), None),
                (row.get(5), None),
                (thousands(row.get(6)), None),
            ]);
        }
        tables.push(ranked);
    } else {
        notes.push(NO_GARBAGEMAP.to_owned());
    }
    show(
        &state,
        &page,
        id,
        "Garbage".to_owned(),
        false,
        Vec::new(),
        tables,
        (Vec::new(), String::new()),
        notes,
    )
}

/// A table's heat map: its block ranges, shaded by dead tuples.
pub async fn heat_map_page(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path((id, relid)): Path<(i32, u32)>,
    Query(all): Query<HashMap<String, String>>,
) -> Response {
    let page = match page(&state, &headers, id, all).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    let session = &page.session;
    let present = match has(session, Catalog::Relation, "garbagemap").await {
        Ok(present) => present && id == 0,
        Err(failure) => return failure_page(&state, failure),
    };
    if !present {
        return show(
            &state,
            &page,
            id,
            "Garbage heat map".to_owned(),
            false,
            Vec::new(),
            Vec::new(),
            (Vec::new(), String::new()),
            vec![NO_GARBAGEMAP.to_owned()],
        );
    }
    let oid = i64::from(relid);
    let rows = match query(
        session,
        "SELECT (SELECT c.oid::regclass::text FROM pg_class c WHERE c.oid = $1::bigint::oid),
                r.range_number, r.first_block, r.last_block, r.dead_tuples
           FROM garbagemap_ranges($1::bigint::oid::regclass) r
          WHERE EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = $1::bigint::oid)
          ORDER BY r.range_number",
        &[&oid],
    )
    .await
    {
        Ok(rows) => rows,
        Err(failure) => return failure_page(&state, failure),
    };
    let Some(first) = rows.first() else {
        return crate::app::error_page(
            &state,
            StatusCode::NOT_FOUND,
            "No such table",
            format!("No relation of oid {relid} has block ranges here."),
            "The garbage page lists the tables garbagemap knows.",
        );
    };
    let name: String = first.get(0);
    let cells = heat_cells(
        &rows
            .iter()
            .map(|row| (row.get(1), row.get(2), row.get(3), row.get(4)))
            .collect::<Vec<(i32, i64, i64, i64)>>(),
    );
    let total: i64 = rows.iter().map(|row| row.get::<_, i64>(4)).sum();
    let caption = format!(
        "{} dead tuples in {} block ranges; darkest: the range with the most.",
        thousands(total),
        thousands(rows.len() as i64)
    );
    show(
        &state,
        &page,
        id,
        format!("Garbage heat map of {name}"),
        false,
        Vec::new(),
        Vec::new(),
        (cells, caption),
        Vec::new(),
    )
}

/// Cells of (range, first block, last block, dead tuples), shaded 0 to 9
/// relative to the range with the most.
pub fn heat_cells(ranges: &[(i32, i64, i64, i64)]) -> Vec<HeatCell> {
    let top = ranges.iter().map(|r| r.3).max().unwrap_or(0).max(1);
    ranges
        .iter()
        .map(|&(range, first, last, dead)| HeatCell {
            shade: if dead <= 0 {
                0
            } else {
                (1 + dead * 8 / top).min(9) as u8
            },
            title: format!(
                "range {range}, blocks {first}-{last}: {} dead tuples",
                thousands(dead)
            ),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heat_cells_are_shaded_relative_to_the_fullest_range() {
        let cells = heat_cells(&[(0, 0, 127, 0), (1, 128, 255, 10), (2, 256, 300, 80)]);
        let shades: Vec<u8> = cells.iter().map(|c| c.shade).collect();
        assert_eq!(shades, [0, 2, 9]);
        assert_eq!(cells[1].title, "range 1, blocks 128-255: 10 dead tuples");
    }
}
