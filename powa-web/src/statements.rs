//! The server page (its statements over a time range: paged, sorted and
//! filtered in SQL, query texts cut to a prefix) and the query page (one
//! statement's full text and figures over the range). Both read
//! `powa_statements_deltas`, as the logged-in role.

use crate::app::{
    bad_request, csv_response, error_page, failure_page, has, prefix, query, render, session,
    Catalog, Failure, Shared,
};
use crate::range::{now_unix, sql_time, url_time, Range};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;
use tokio_postgres::types::ToSql;

use crate::charts::{rate, Chart, ChartSpec, Line, Rows, Value};

const HIT_RATIO: Line = Line {
    label: "hit ratio",
    value: Value::Share {
        part: &["shared_blks_hit"],
        rest: &["shared_blks_read"],
    },
};

/// The statements' charts: of the whole server, or of one query.
pub const STATEMENT_CHARTS: &[ChartSpec] = &[
    ChartSpec {
        id: "runtime",
        title: "Query runtime",
        unit: "ms per second",
        source: "powa_statements",
        lines: &[
            rate("execution", &["total_exec_time"]),
            rate("planning", &["total_plan_time"]),
        ],
    },
    ChartSpec {
        id: "calls",
        title: "Calls",
        unit: "per second",
        source: "powa_statements",
        lines: &[rate("calls", &["calls"])],
    },
    ChartSpec {
        id: "rows",
        title: "Rows",
        unit: "per second",
        source: "powa_statements",
        lines: &[rate("rows", &["rows"])],
    },
    ChartSpec {
        id: "blocks",
        title: "Block access",
        unit: "blocks per second",
        source: "powa_statements",
        lines: &[
            rate("hit", &["shared_blks_hit"]),
            rate("read", &["shared_blks_read"]),
        ],
    },
    ChartSpec {
        id: "hit-ratio",
        title: "Hit ratio",
        unit: "%",
        source: "powa_statements",
        lines: &[HIT_RATIO],
    },
    ChartSpec {
        id: "temp",
        title: "Temporary blocks",
        unit: "blocks per second",
        source: "powa_statements",
        lines: &[
            rate("read", &["temp_blks_read"]),
            rate("written", &["temp_blks_written"]),
        ],
    },
    ChartSpec {
        id: "statement-wal",
        title: "WAL of statements",
        unit: "bytes per second",
        source: "powa_statements",
        lines: &[rate("WAL", &["wal_bytes"])],
    },
];

pub const DATABASE_ACTIVITY: ChartSpec = ChartSpec {
    id: "database-activity",
    title: "Database activity",
    unit: "per second",
    source: "powa_databases",
    lines: &[
        rate("commits", &["xact_commit"]),
        rate("rollbacks", &["xact_rollback"]),
        rate("tuples returned", &["tup_returned"]),
        rate("fetched", &["tup_fetched"]),
        rate("inserted", &["tup_inserted"]),
        rate("updated", &["tup_updated"]),
        rate("deleted", &["tup_deleted"]),
    ],
};

/// The server's own figures, from the server-wide sources.
const SERVER_CHARTS: &[ChartSpec] = &[
    ChartSpec {
        id: "wal",
        title: "WAL",
        unit: "per second",
        source: "powa_wal",
        lines: &[
            rate("bytes", &["wal_bytes"]),
            rate("records", &["wal_records"]),
            rate("full-page images", &["wal_fpi"]),
        ],
    },
    DATABASE_ACTIVITY,
    ChartSpec {
        id: "bgwriter",
        title: "Background writer and checkpointer",
        unit: "per second",
        source: "powa_bgwriter",
        lines: &[
            rate("buffers cleaned", &["buffers_clean"]),
            rate("buffers allocated", &["buffers_alloc"]),
            // 15 and 16 in pg_stat_bgwriter, 17+ in pg_stat_checkpointer.
            rate(
                "checkpoint buffers",
                &["buffers_checkpoint", "buffers_written"],
            ),
            rate("checkpoints timed", &["checkpoints_timed", "num_timed"]),
            rate(
                "checkpoints requested",
                &["checkpoints_req", "num_requested"],
            ),
        ],
    },
    ChartSpec {
        id: "io",
        title: "I/O (pg_stat_io)",
        unit: "operations per second",
        source: "powa_io",
        lines: &[
            rate("reads", &["reads"]),
            rate("writes", &["writes"]),
            rate("extends", &["extends"]),
            rate("hits", &["hits"]),
            rate("fsyncs", &["fsyncs"]),
        ],
    },
];

const WAITS: ChartSpec = ChartSpec {
    id: "waits",
    title: "Waits, stacked by event type",
    unit: "samples per second",
    source: "powa_wait_events",
    lines: &[rate("samples", &["samples"])],
};

/// The charts of the server page (`queryid` None) or of one query's page.
async fn page_charts(
    session: &crate::session::Session,
    id: i32,
    range: &Range,
    queryid: Option<i64>,
) -> Result<Vec<Chart>, Failure> {
    let statement_ids = match queryid {
        Some(queryid) => Some(
            query(
                session,
                "SELECT coalesce(array_agg(id), '{}') FROM powa_statements
                  WHERE srvid = $1 AND queryid = $2",
                &[&id, &queryid],
            )
            .await?[0]
                .get::<_, Vec<i64>>(0),
        ),
        None => None,
    };
    let statement_rows = match &statement_ids {
        Some(ids) => Rows::Ids(ids),
        None => Rows::All,
    };
    let statements = crate::charts::charts(session, STATEMENT_CHARTS, id, range, statement_rows);
    let (statements, waits, server) = match queryid {
        // The server's waits per event type come from the totals, in one
        // query whatever the number of statements.
        None => {
            let waits = crate::charts::grouped_chart(session, &WAITS, id, range);
            let server = crate::charts::charts(session, SERVER_CHARTS, id, range, Rows::All);
            tokio::join!(statements, waits, server)
        }
        Some(queryid) => {
            let waits = query_waits(session, id, range, queryid);
            let (statements, waits) = tokio::join!(statements, waits);
            (statements, waits, Ok(Vec::new()))
        }
    };
    let mut charts = statements?;
    charts.extend(server?);
    charts.push(waits?);
    charts.extend(crate::extensions::kcache_charts(session, id, range, queryid).await?);
    crate::extensions::mark_settings(session, id, range, &mut charts).await?;
    Ok(charts)
}

/// One query's waits, stacked by event type.
async fn query_waits(
    session: &crate::session::Session,
    id: i32,
    range: &Range,
    queryid: i64,
) -> Result<Chart, Failure> {
    let groups: Vec<(String, Vec<i64>)> =
        match has(session, Catalog::Relation, "powa_wait_events").await? {
            true => query(
                session,
                "SELECT event_type, array_agg(id) FROM powa_wait_events
                  WHERE srvid = $1 AND queryid = $2
                  GROUP BY event_type ORDER BY event_type",
                &[&id, &queryid],
            )
            .await?
            .iter()
            .map(|row| (row.get::<_, String>(0), row.get::<_, Vec<i64>>(1)))
            .collect(),
            false => Vec::new(),
        };
    crate::charts::stacked_chart(session, &WAITS, id, range, &groups).await
}

/// Rows per page of the statements grid.
const PAGE_ROWS: i64 = 50;
/// Characters of a query text shown in the grid.
const TEXT_PREFIX: i32 = 200;

#[derive(Deserialize, Default)]
pub struct PageQuery {
    pub from: Option<String>,
    pub to: Option<String>,
    pub sort: Option<String>,
    pub order: Option<String>,
    pub page: Option<i64>,
    pub q: Option<String>,
}

/// The grid's sortable columns: URL key, label, SQL expression.
const COLUMNS: &[(&str, &str, &str)] = &[
    ("calls", "calls", "calls"),
    ("total", "total time", "total_exec_time"),
    ("mean", "mean time", "mean_exec_time"),
    ("rows", "rows", "rows"),
    ("hit", "blocks hit", "shared_blks_hit"),
    ("read", "blocks read", "shared_blks_read"),
    ("temp", "temp blocks", "temp_blks"),
    ("wal", "WAL", "wal_bytes"),
];

pub struct RangeBar {
    pub from: String,
    pub to: String,
    pub from_text: String,
    pub to_text: String,
    /// The range resolved, in Unix seconds: the charts' time axis.
    pub from_unix: i64,
    pub to_unix: i64,
    /// (label, link, active)
    pub presets: Vec<(String, String, bool)>,
    /// Other parameters the range form keeps.
    pub keep: Vec<(String, String)>,
}

pub fn range_bar(page: &PageQuery, range: &Range, keep: Vec<(String, String)>) -> RangeBar {
    let from = page.from.clone().unwrap_or_else(|| "now-1h".to_owned());
    let to = page.to.clone().unwrap_or_else(|| "now".to_owned());
    let mut others = String::new();
    for (key, value) in &keep {
        others.push_str(&format!("&{key}={}", encode(value)));
    }
    let presets = ["15m", "1h", "6h", "1d", "7d"]
        .iter()
        .map(|span| {
            let start = format!("now-{span}");
            let active = from == start && to == "now";
            (
                (*span).to_owned(),
                format!("?from={}&to=now{others}", encode(&start)),
                active,
            )
        })
        .collect();
    RangeBar {
        from,
        to,
        from_text: url_time(range.from).replace('T', " "),
        to_text: url_time(range.to).replace('T', " "),
        from_unix: range.from,
        to_unix: range.to,
        presets,
        keep,
    }
}

/// Percent-encoding for a URL's query string.
pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// `1,234,567`
pub fn thousands(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if value < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// Milliseconds as people read them: `0.012 ms`, `12.3 ms`, `4.56 s`.
pub fn duration_ms(ms: f64) -> String {
    if ms < 1.0 {
        format!("{ms:.3} ms")
    } else if ms < 1000.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{:.2} s", ms / 1000.0)
    }
}

pub fn bytes(value: i64) -> String {
    let value = value as f64;
    match value {
        v if v >= 1024.0 * 1024.0 * 1024.0 => format!("{:.1} GiB", v / 1024.0 / 1024.0 / 1024.0),
        v if v >= 1024.0 * 1024.0 => format!("{:.1} MiB", v / 1024.0 / 1024.0),
        v if v >= 1024.0 => format!("{:.1} kiB", v / 1024.0),
        v => format!("{v:.0} B"),
    }
}

pub struct Column {
    key: &'static str,
    label: &'static str,
    link: String,
    active: bool,
}

pub struct StatementRow {
    link: String,
    text: String,
    cut: bool,
    length: i32,
    calls: i64,
    calls_text: String,
    total_text: String,
    mean_text: String,
    rows_text: String,
    hit_text: String,
    read_text: String,
    temp_text: String,
    wal_text: String,
}

#[derive(Template)]
#[template(path = "server.html")]
struct ServerPage {
    prefix: String,
    role: String,
    csrf: String,
    server_name: String,
    range: RangeBar,
    sort: String,
    order: String,
    filter: String,
    columns: Vec<Column>,
    statements: Vec<StatementRow>,
    empty_reason: String,
    total: String,
    first_row: i64,
    last_row: i64,
    previous: Option<String>,
    next: Option<String>,
    csv: String,
    charts: Vec<Chart>,
    charts_json: String,
    grids: Vec<crate::grids::Grid>,
    /// (name, link) of each counter-history source.
    sources: Vec<(String, String)>,
    server_id: i32,
    /// The statements page: the grid without the charts.
    grid_only: bool,
    /// `?from=...&to=...`
    range_query: String,
}

/// The server's name for headings: `1 (alias)`; an error page if the
/// role may not read it or it does not exist.
pub async fn server_name(
    state: &crate::app::AppState,
    session: &crate::session::Session,
    id: i32,
) -> Result<String, Response> {
    let rows = query(
        session,
        "SELECT coalesce(alias, '') FROM powa_servers WHERE id = $1",
        &[&id],
    )
    .await
    .map_err(|failure| failure_page(state, failure))?;
    match rows.first() {
        Some(row) => {
            let alias: String = row.get(0);
            Ok(if alias.is_empty() {
                id.to_string()
            } else {
                format!("{id} ({alias})")
            })
        }
        None => Err(error_page(
            state,
            StatusCode::NOT_FOUND,
            "No such server",
            format!("No server has the id {id}."),
            "The servers page lists them.",
        )),
    }
}

/// A page's session and time range, or the page that replaces it.
#[allow(clippy::result_large_err)]
pub fn begin(
    state: &crate::app::AppState,
    headers: &HeaderMap,
    page: &PageQuery,
) -> Result<(std::sync::Arc<crate::session::Session>, Range), Response> {
    let session = session(state, headers)?;
    let range = Range::from_query(page.from.as_deref(), page.to.as_deref(), now_unix())
        .map_err(|message| bad_request(state, message))?;
    Ok((session, range))
}

/// What the statements grid shows: sort, order, page, filter, checked.
#[derive(Clone)]
struct Grid {
    sort_key: String,
    sort_sql: &'static str,
    order: &'static str,
    page_number: i64,
    filter: String,
}

impl Grid {
    #[allow(clippy::result_large_err)]
    fn parse(state: &crate::app::AppState, page: &PageQuery) -> Result<Self, Response> {
        let sort_key = page.sort.clone().unwrap_or_else(|| "total".to_owned());
        let Some(&(_, _, sort_sql)) = COLUMNS.iter().find(|(key, _, _)| *key == sort_key) else {
            let known: Vec<&str> = COLUMNS.iter().map(|(key, _, _)| *key).collect();
            return Err(bad_request(
                state,
                format!(
                    "sort={sort_key:?} is not a column; the columns are {}",
                    known.join(", ")
                ),
            ));
        };
        let order = match page.order.as_deref().unwrap_or("desc") {
            "asc" => "asc",
            "desc" => "desc",
            other => {
                return Err(bad_request(
                    state,
                    format!("order={other:?}: it is asc or desc"),
                ))
            }
        };
        let page_number = page.page.unwrap_or(1);
        if !(1..=1_000_000).contains(&page_number) {
            return Err(bad_request(
                state,
                format!("page={page_number}: pages are numbered from 1"),
            ));
        }
        Ok(Self {
            sort_key,
            sort_sql,
            order,
            page_number,
            filter: page.q.clone().unwrap_or_default(),
        })
    }

    /// The grid's rows: (total, queryid, text (cut to `text_chars`),
    /// length, calls, total time, mean time, rows, hit, read, temp, WAL);
    /// `limit` None: all of them.
    async fn rows(
        &self,
        session: &crate::session::Session,
        id: i32,
        range: &Range,
        text_chars: Option<i32>,
        limit: Option<i64>,
        offset: i64,
    ) -> Result<Vec<tokio_postgres::Row>, Failure> {
        let (from, to) = (sql_time(range.from), sql_time(range.to));
        let text = match text_chars {
            Some(chars) => format!("left(query, {chars})"),
            None => "query".to_owned(),
        };
        // The sort column and order come from fixed lists, never from the URL.
        let sql = format!(
            "WITH d AS (
                 SELECT queryid, query, calls, total_exec_time, mean_exec_time, rows,
                        shared_blks_hit, shared_blks_read,
                        coalesce(temp_blks_read, 0) + coalesce(temp_blks_written, 0) AS temp_blks,
                        wal_bytes
                   FROM powa_statements_deltas($1::text::timestamptz, $2::text::timestamptz, $3)
                  WHERE calls > 0 AND ($4 = '' OR strpos(lower(query), lower($4)) > 0))
             SELECT count(*) OVER ()::bigint, queryid, {text}, length(query),
                    calls, total_exec_time, mean_exec_time, rows, shared_blks_hit,
                    shared_blks_read, temp_blks, wal_bytes
               FROM d
              ORDER BY {} {} NULLS LAST, queryid
              LIMIT $5 OFFSET $6",
            self.sort_sql, self.order
        );
        let params: [&(dyn ToSql + Sync); 6] = [&from, &to, &id, &self.filter, &limit, &offset];
        query(session, &sql, &params).await
    }
}

/// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a
/// line break.
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// One CSV line (RFC 4180, CRLF-terminated) of `cells`.
pub fn csv_line<'a>(cells: impl IntoIterator<Item = &'a str>) -> String {
    let mut line = cells
        .into_iter()
        .map(csv_field)
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// The statements grid as CSV: every row of the range, filter and sort,
/// with full texts and raw numbers.
pub async fn statements_csv(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<i32>,
    Query(page): Query<PageQuery>,
) -> Response {
    let (session, range, grid) = match begin_grid(&state, &headers, &page) {
        Ok(begun) => begun,
        Err(response) => return response,
    };
    if let Err(response) = server_name(&state, &session, id).await {
        return response;
    }
    let rows = match grid.rows(&session, id, &range, None, None, 0).await {
        Ok(rows) => rows,
        Err(failure) => return failure_page(&state, failure),
    };
    let mut csv = String::from(
        "queryid,query,calls,total_exec_time,mean_exec_time,rows,shared_blks_hit,\
         shared_blks_read,temp_blks,wal_bytes\r\n",
    );
    for row in &rows {
        let number = |i: usize| {
            row.get::<_, Option<i64>>(i)
                .map_or(String::new(), |v| v.to_string())
        };
        let float = |i: usize| {
            row.get::<_, Option<f64>>(i)
                .map_or(String::new(), |v| v.to_string())
        };
        let fields = [
            row.get::<_, i64>(1).to_string(),
            csv_field(row.get(2)),
            number(4),
            float(5),
            float(6),
            number(7),
            number(8),
            number(9),
            number(10),
            number(11),
        ];
        csv.push_str(&fields.join(","));
        csv.push_str("\r\n");
    }
    csv_response(&format!("server-{id}-statements.csv"), csv)
}

/// A grid page's session, time range and grid settings, or the page that
/// replaces it.
#[allow(clippy::result_large_err)]
fn begin_grid(
    state: &crate::app::AppState,
    headers: &HeaderMap,
    page: &PageQuery,
) -> Result<(std::sync::Arc<crate::session::Session>, Range, Grid), Response> {
    let (session, range) = begin(state, headers, page)?;
    Ok((session, range, Grid::parse(state, page)?))
}

pub async fn server_page(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<i32>,
    Query(page): Query<PageQuery>,
    Query(all): Query<std::collections::HashMap<String, String>>,
) -> Response {
    server_or_statements(state, headers, id, page, all, false).await
}

/// The statements grid alone: paging, sorting and filtering without
/// drawing the server's charts again.
pub async fn statements_page(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<i32>,
    Query(page): Query<PageQuery>,
    Query(all): Query<std::collections::HashMap<String, String>>,
) -> Response {
    server_or_statements(state, headers, id, page, all, true).await
}

async fn server_or_statements(
    state: Shared,
    headers: HeaderMap,
    id: i32,
    page: PageQuery,
    all: std::collections::HashMap<String, String>,
    grid_only: bool,
) -> Response {
    let (session, range, grid) = match begin_grid(&state, &headers, &page) {
        Ok(begun) => begun,
        Err(response) => return response,
    };
    let Grid {
        sort_key,
        order,
        page_number,
        filter,
        ..
    } = grid.clone();
    let server_name = match server_name(&state, &session, id).await {
        Ok(name) => name,
        Err(response) => return response,
    };
    let params = match crate::pages::Params::parse(&state, all) {
        Ok(params) => params,
        Err(response) => return response,
    };
    let prefix_text = prefix(&state);
    // The grid alone lists no sources and draws no databases grid.
    let sources = if grid_only {
        Vec::new()
    } else {
        match crate::grids::sources(&session).await {
            Ok(sources) => sources,
            Err(failure) => return failure_page(&state, failure),
        }
    };
    // The databases grid, the statements grid and the charts are read at
    // once, each on its own pooled connection.
    let databases = if sources.iter().any(|s| s == "powa_databases") {
        let mut request = match params.grid(
            &state,
            "databases",
            "Databases",
            "powa_databases",
            format!("{prefix_text}/server/{id}/csv/powa_databases"),
        ) {
            Ok(request) => request,
            Err(response) => return response,
        };
        request.default_sort = Some("xact_commit");
        request.link = Some((
            "datid",
            format!("{prefix_text}/server/{id}/database/"),
            format!("?{}", params.base()),
        ));
        Some(request)
    } else {
        None
    };
    let sources = sources
        .into_iter()
        .map(|source| {
            let link = format!(
                "{prefix_text}/server/{id}/source/{source}?{}",
                params.base()
            );
            (source, link)
        })
        .collect();
    let offset = (page_number - 1) * PAGE_ROWS;
    let (databases, rows, charts) = tokio::join!(
        async {
            match databases {
                Some(request) => crate::grids::grid(&session, request, id, &range)
                    .await
                    .map(Some),
                None => Ok(None),
            }
        },
        grid.rows(
            &session,
            id,
            &range,
            Some(TEXT_PREFIX),
            Some(PAGE_ROWS),
            offset,
        ),
        async {
            if grid_only {
                Ok(Vec::new())
            } else {
                page_charts(&session, id, &range, None).await
            }
        }
    );
    let grids: Vec<_> = match databases {
        Ok(grid) => grid.into_iter().collect(),
        Err(failure) => return crate::pages::grid_failure(&state, failure),
    };
    let (rows, charts) = match (rows, charts) {
        (Ok(rows), Ok(charts)) => (rows, charts),
        (Err(failure), _) | (_, Err(failure)) => return failure_page(&state, failure),
    };
    let total: i64 = rows.first().map_or(0, |row| row.get(0));
    let base = format!(
        "?from={}&to={}&q={}",
        encode(page.from.as_deref().unwrap_or("now-1h")),
        encode(page.to.as_deref().unwrap_or("now")),
        encode(&filter)
    );
    let link = |sort: &str, order: &str, number: i64| {
        format!("{base}&sort={sort}&order={order}&page={number}")
    };
    let columns = COLUMNS
        .iter()
        .map(|(key, label, _)| {
            let active = *key == sort_key;
            let next_order = if active && order == "desc" {
                "asc"
            } else {
                "desc"
            };
            Column {
                key,
                label,
                link: link(key, next_order, 1),
                active,
            }
        })
        .collect();
    let from_param = encode(page.from.as_deref().unwrap_or("now-1h"));
    let to_param = encode(page.to.as_deref().unwrap_or("now"));
    let statements = rows
        .iter()
        .map(|row| {
            let queryid: i64 = row.get(1);
            let length: i32 = row.get(3);
            let number = |i: usize| row.get::<_, Option<i64>>(i).unwrap_or(0);
            let calls = number(4);
            StatementRow {
                link: format!(
                    "{prefix_text}/server/{id}/query/{queryid}?from={from_param}&to={to_param}"
                ),
                text: row.get(2),
                cut: length > TEXT_PREFIX,
                length,
                calls,
                calls_text: thousands(calls),
                total_text: duration_ms(row.get::<_, Option<f64>>(5).unwrap_or(0.0)),
                mean_text: duration_ms(row.get::<_, Option<f64>>(6).unwrap_or(0.0)),
                rows_text: thousands(number(7)),
                hit_text: thousands(number(8)),
                read_text: thousands(number(9)),
                temp_text: thousands(number(10)),
                wal_text: bytes(number(11)),
            }
        })
        .collect::<Vec<_>>();
    let empty_reason = if page_number > 1 && total == 0 {
        "No statements on this page: go back to the first one.".to_owned()
    } else if filter.is_empty() {
        "No statement ran in this range: either nothing was collected here (fewer than two \
         snapshots in this range) or no statement was called."
            .to_owned()
    } else {
        format!("No statement of this range contains {filter:?}.")
    };
    let last_row = offset + statements.len() as i64;
    render(
        &ServerPage {
            prefix: prefix_text.clone(),
            role: session.role.clone(),
            csrf: session.csrf.clone(),
            server_name,
            range: range_bar(
                &page,
                &range,
                vec![
                    ("sort".to_owned(), sort_key.clone()),
                    ("order".to_owned(), order.to_owned()),
                    ("q".to_owned(), filter.clone()),
                ],
            ),
            sort: sort_key.clone(),
            order: order.to_owned(),
            filter,
            columns,
            statements,
            empty_reason,
            total: thousands(total),
            first_row: offset + 1,
            last_row,
            csv: format!(
                "{prefix_text}/server/{id}/statements.csv{base}&sort={sort_key}&order={order}"
            ),
            previous: (page_number > 1).then(|| link(&sort_key, order, page_number - 1)),
            next: (last_row < total).then(|| link(&sort_key, order, page_number + 1)),
            charts_json: crate::charts::page_json(&charts),
            charts,
            grids,
            sources,
            server_id: id,
            grid_only,
            range_query: format!("?{}", params.base()),
        },
        StatusCode::OK,
    )
}

pub struct Figures {
    text: String,
    calls: i64,
    calls_text: String,
    total: f64,
    total_text: String,
    mean_text: String,
    rows: i64,
    rows_text: String,
    hit: i64,
    hit_text: String,
    read: i64,
    read_text: String,
    hit_ratio: String,
    temp: i64,
    temp_text: String,
    wal: i64,
    wal_text: String,
}

#[derive(Template)]
#[template(path = "query.html")]
struct QueryPage {
    prefix: String,
    role: String,
    csrf: String,
    server_name: String,
    server_link: String,
    queryid: i64,
    range: RangeBar,
    figures: Option<Figures>,
    charts: Vec<Chart>,
    charts_json: String,
    predicates: Option<Vec<crate::extensions::Predicate>>,
    suggestions: Option<Vec<crate::extensions::Suggestion>>,
}

pub async fn query_page(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path((id, queryid)): Path<(i32, i64)>,
    Query(page): Query<PageQuery>,
) -> Response {
    let (session, range) = match begin(&state, &headers, &page) {
        Ok(begun) => begun,
        Err(response) => return response,
    };
    let server_name = match server_name(&state, &session, id).await {
        Ok(name) => name,
        Err(response) => return response,
    };
    let (from, to) = (sql_time(range.from), sql_time(range.to));
    // Every (database, user, top level) row of the statement, summed.
    let params: [&(dyn ToSql + Sync); 4] = [&from, &to, &id, &queryid];
    let figures = query(
        &session,
        "SELECT min(query), sum(calls)::bigint, sum(total_exec_time), sum(rows)::bigint,
                sum(shared_blks_hit)::bigint, sum(shared_blks_read)::bigint,
                sum(coalesce(temp_blks_read, 0) + coalesce(temp_blks_written, 0))::bigint,
                sum(wal_bytes)::bigint
           FROM powa_statements_deltas($1::text::timestamptz, $2::text::timestamptz, $3, $4)
         HAVING sum(calls) > 0",
        &params,
    );
    // pg_qualstats' predicates of the query, and the indexes they ask
    // for in each database the query ran in.
    let extensions = async {
        if !crate::extensions::qualstats_collected(&session, id).await? {
            return Ok::<_, Failure>((None, None));
        }
        let predicates = crate::extensions::predicates(&session, id, &range, queryid).await?;
        let databases: Vec<u32> = query(
            &session,
            "SELECT DISTINCT dbid FROM powa_statements WHERE srvid = $1 AND queryid = $2",
            &[&id, &queryid],
        )
        .await?
        .iter()
        .map(|row| row.get(0))
        .collect();
        let mut suggestions = Vec::new();
        for dbid in databases {
            suggestions.extend(
                crate::extensions::suggestions(&session, id, dbid, &range, Some(queryid)).await?,
            );
        }
        Ok((Some(predicates), Some(suggestions)))
    };
    let (rows, charts, extensions) = tokio::join!(
        figures,
        page_charts(&session, id, &range, Some(queryid)),
        extensions
    );
    let (rows, charts, (predicates, suggestions)) = match (rows, charts, extensions) {
        (Ok(rows), Ok(charts), Ok(extensions)) => (rows, charts, extensions),
        (Err(failure), _, _) | (_, Err(failure), _) | (_, _, Err(failure)) => {
            return failure_page(&state, failure)
        }
    };
    let figures = rows.first().map(|row| {
        let number = |i: usize| row.get::<_, Option<i64>>(i).unwrap_or(0);
        let calls = number(1);
        let total: f64 = row.get::<_, Option<f64>>(2).unwrap_or(0.0);
        let (hit, read) = (number(4), number(5));
        Figures {
            text: crate::format::format_sql(row.get(0)),
            calls,
            calls_text: thousands(calls),
            total,
            total_text: duration_ms(total),
            mean_text: duration_ms(total / calls.max(1) as f64),
            rows: number(3),
            rows_text: thousands(number(3)),
            hit,
            hit_text: thousands(hit),
            read,
            read_text: thousands(read),
            hit_ratio: if hit + read > 0 {
                format!("{:.2} %", 100.0 * hit as f64 / (hit + read) as f64)
            } else {
                "no block accessed".to_owned()
            },
            temp: number(6),
            temp_text: thousands(number(6)),
            wal: number(7),
            wal_text: bytes(number(7)),
        }
    });
    let prefix_text = prefix(&state);
    render(
        &QueryPage {
            server_link: format!(
                "{prefix_text}/server/{id}?from={}&to={}",
                encode(page.from.as_deref().unwrap_or("now-1h")),
                encode(page.to.as_deref().unwrap_or("now"))
            ),
            prefix: prefix_text,
            role: session.role.clone(),
            csrf: session.csrf.clone(),
            server_name,
            queryid,
            range: range_bar(&page, &range, Vec::new()),
            figures,
            charts_json: crate::charts::page_json(&charts),
            charts,
            predicates,
            suggestions,
        },
        StatusCode::OK,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(-1000), "-1,000");
        assert_eq!(duration_ms(0.0123), "0.012 ms");
        assert_eq!(duration_ms(12.34), "12.3 ms");
        assert_eq!(duration_ms(4560.0), "4.56 s");
        assert_eq!(bytes(2048), "2.0 kiB");
    }

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(csv_field("SELECT 1"), "SELECT 1");
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(csv_field("a\nb"), "\"a\nb\"");
    }

    #[test]
    fn query_strings_are_encoded() {
        assert_eq!(encode("now-1h"), "now-1h");
        assert_eq!(encode("a b&c=<d>"), "a%20b%26c%3D%3Cd%3E");
    }
}
