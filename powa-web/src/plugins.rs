//! The plugins and snapshots page: the powa worker's plugins (status,
//! last error, failed WAL records), the snapshots that failed in the time
//! range with their messages, recent plugin errors, powa's settings; each
//! table also as CSV.

use crate::app::{failure_page, prefix, query, render, Shared};
use crate::range::sql_time;
use crate::statements::{begin, csv_line, range_bar, PageQuery};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

/// The page's tables, each read as text columns: shown on the page and
/// served as CSV (`/plugins/csv/{table}`, with the page's range).
#[derive(Clone, Copy)]
struct TableQuery {
    id: &'static str,
    headers: &'static [&'static str],
    /// Takes the range as $1 and $2.
    ranged: bool,
}

const TIME: &str = "'YYYY-MM-DD HH24:MI:SS'";

const TABLES: [TableQuery; 4] = [
    TableQuery {
        id: "plugins",
        headers: &[
            "plugin",
            "version",
            "kinds",
            "status",
            "detail",
            "last error",
            "last error at",
            "failed WAL records",
        ],
        ranged: false,
    },
    TableQuery {
        id: "failed",
        headers: &["server", "time", "sources", "failed", "messages"],
        ranged: true,
    },
    TableQuery {
        id: "errors",
        headers: &["time", "server", "plugin", "operation", "message"],
        ranged: false,
    },
    TableQuery {
        id: "settings",
        headers: &["setting", "value"],
        ranged: false,
    },
];

impl TableQuery {
    fn sql(&self) -> String {
        match self.id {
            "plugins" => format!(
                "SELECT name, coalesce(version, ''), coalesce(array_to_string(kinds, ', '), ''),
                        coalesce(status, ''), coalesce(detail, ''), coalesce(last_error, ''),
                        coalesce(to_char(last_error_at, {TIME}), ''),
                        coalesce(failed_records::text, '')
                   FROM powa_plugins"
            ),
            "failed" => format!(
                "SELECT srvid::text, to_char(ts, {TIME}), sources::text, failed::text,
                        coalesce((SELECT string_agg(coalesce(e->>'module', 'snapshot') || ': '
                                                    || coalesce(e->>'message', ''), ' | ')
                                    FROM jsonb_array_elements(errors) e), '')
                   FROM powa_snapshots
                  WHERE failed > 0 AND ts BETWEEN $1::text::timestamptz AND $2::text::timestamptz
                  ORDER BY ts DESC LIMIT 200"
            ),
            "errors" => format!(
                "SELECT to_char(at, {TIME}), srvid::text, plugin, operation, message
                   FROM powa_plugin_errors LIMIT 50"
            ),
            _ => "SELECT name, setting || coalesce(' ' || unit, '') FROM pg_settings
                   WHERE name LIKE 'powa.%' OR name LIKE 'walker.%' OR name = 'archive_library'
                   ORDER BY name"
                .to_owned(),
        }
    }

    /// The table's rows, every cell as text.
    async fn rows(
        &self,
        session: &crate::session::Session,
        range: &crate::range::Range,
    ) -> Result<Vec<Vec<String>>, crate::app::Failure> {
        let (from, to) = (sql_time(range.from), sql_time(range.to));
        let rows = match self.ranged {
            true => query(session, &self.sql(), &[&from, &to]).await?,
            false => query(session, &self.sql(), &[]).await?,
        };
        Ok(rows
            .iter()
            .map(|row| (0..self.headers.len()).map(|i| row.get(i)).collect())
            .collect())
    }
}

pub struct PluginRow {
    name: String,
    version: String,
    kinds: String,
    status: String,
    detail: String,
    last_error: String,
    last_error_at: String,
    failed_records: String,
}

#[derive(Template)]
#[template(path = "plugins.html")]
struct PluginsPage {
    prefix: String,
    role: String,
    csrf: String,
    range: crate::statements::RangeBar,
    /// `?from=...&to=...` of the CSV links.
    csv_query: String,
    plugins: Vec<PluginRow>,
    /// server, time, sources, failed, messages
    failed: Vec<Vec<String>>,
    /// time, plugin, operation, message
    errors: Vec<Vec<String>>,
    /// name, value with its unit
    settings: Vec<Vec<String>>,
}

/// One table of the page as CSV, for the page's range.
pub async fn plugins_csv(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(table): Path<String>,
    Query(page): Query<PageQuery>,
) -> Response {
    let Some(table) = TABLES.iter().find(|t| t.id == table) else {
        return crate::app::bad_request(
            &state,
            format!(
                "no table {table:?} on the plugins page: {}",
                TABLES.map(|t| t.id).join(", ")
            ),
        );
    };
    let (session, range) = match begin(&state, &headers, &page) {
        Ok(begun) => begun,
        Err(response) => return response,
    };
    let rows = match table.rows(&session, &range).await {
        Ok(rows) => rows,
        Err(failure) => return failure_page(&state, failure),
    };
    let mut csv = csv_line(table.headers.iter().copied());
    for row in &rows {
        csv.push_str(&csv_line(row.iter().map(String::as_str)));
    }
    crate::app::csv_response(&format!("powa-{}.csv", table.id), csv)
}

pub async fn plugins_page(
    State(state): State<Shared>,
    headers: HeaderMap,
    Query(page): Query<PageQuery>,
) -> Response {
    let (session, range) = match begin(&state, &headers, &page) {
        Ok(begun) => begun,
        Err(response) => return response,
    };
    let [plugins, failed, errors, settings] = &TABLES;
    let tables = tokio::join!(
        plugins.rows(&session, &range),
        failed.rows(&session, &range),
        errors.rows(&session, &range),
        settings.rows(&session, &range),
    );
    let (plugins, failed, errors, settings) = match tables {
        (Ok(p), Ok(f), Ok(e), Ok(s)) => (p, f, e, s),
        (Err(failure), ..)
        | (_, Err(failure), ..)
        | (_, _, Err(failure), _)
        | (.., Err(failure)) => return failure_page(&state, failure),
    };
    let csv_query = format!(
        "?from={}&to={}",
        crate::statements::encode(page.from.as_deref().unwrap_or("now-1h")),
        crate::statements::encode(page.to.as_deref().unwrap_or("now"))
    );
    render(
        &PluginsPage {
            prefix: prefix(&state),
            role: session.role.clone(),
            csrf: session.csrf.clone(),
            range: range_bar(&page, &range, Vec::new()),
            csv_query,
            plugins: plugins
                .into_iter()
                .map(|mut row| PluginRow {
                    failed_records: row.remove(7),
                    last_error_at: row.remove(6),
                    last_error: row.remove(5),
                    detail: row.remove(4),
                    status: row.remove(3),
                    kinds: row.remove(2),
                    version: row.remove(1),
                    name: row.remove(0),
                })
                .collect(),
            failed,
            errors,
            settings,
        },
        StatusCode::OK,
    )
}
