//! The plugins and snapshots page: the powa worker's plugins (status,
//! last error, failed WAL records), the snapshots that failed in the time
//! range with their messages, recent plugin errors, powa's settings.

use crate::app::{failure_page, prefix, query, render, Shared};
use crate::range::sql_time;
use crate::statements::{begin, range_bar, PageQuery};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

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

pub struct FailedSnapshot {
    srvid: i32,
    ts: String,
    sources: i32,
    failed: i32,
    messages: String,
}

#[derive(Template)]
#[template(path = "plugins.html")]
struct PluginsPage {
    prefix: String,
    role: String,
    csrf: String,
    range: crate::statements::RangeBar,
    plugins: Vec<PluginRow>,
    failed: Vec<FailedSnapshot>,
    /// (time, plugin, operation, message)
    errors: Vec<(String, String, String, String)>,
    /// (name, value with its unit)
    settings: Vec<(String, String)>,
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
    let time = "'YYYY-MM-DD HH24:MI:SS'";
    let plugins = query(
        &session,
        &format!(
            "SELECT name, coalesce(version, ''), coalesce(array_to_string(kinds, ', '), ''),
                    coalesce(status, ''), coalesce(detail, ''), coalesce(last_error, ''),
                    coalesce(to_char(last_error_at, {time}), ''),
                    coalesce(failed_records::text, '')
               FROM powa_plugins"
        ),
        &[],
    )
    .await;
    let (from, to) = (sql_time(range.from), sql_time(range.to));
    let failed = query(
        &session,
        &format!(
            "SELECT srvid, to_char(ts, {time}), sources, failed,
                    coalesce((SELECT string_agg(coalesce(e->>'module', 'snapshot') || ': '
                                                || coalesce(e->>'message', ''), ' | ')
                                FROM jsonb_array_elements(errors) e), '')
               FROM powa_snapshots
              WHERE failed > 0 AND ts BETWEEN $1::text::timestamptz AND $2::text::timestamptz
              ORDER BY ts DESC LIMIT 200"
        ),
        &[&from, &to],
    )
    .await;
    let errors = query(
        &session,
        &format!(
            "SELECT to_char(at, {time}), plugin, operation, message
               FROM powa_plugin_errors LIMIT 50"
        ),
        &[],
    )
    .await;
    let settings = query(
        &session,
        "SELECT name, setting || coalesce(' ' || unit, '') FROM pg_settings
          WHERE name LIKE 'powa.%' OR name LIKE 'walker.%' OR name = 'archive_library'
          ORDER BY name",
        &[],
    )
    .await;
    let (plugins, failed, errors, settings) = match (plugins, failed, errors, settings) {
        (Ok(p), Ok(f), Ok(e), Ok(s)) => (p, f, e, s),
        (Err(failure), ..)
        | (_, Err(failure), ..)
        | (_, _, Err(failure), _)
        | (.., Err(failure)) => return failure_page(&state, failure),
    };
    render(
        &PluginsPage {
            prefix: prefix(&state),
            role: session.role.clone(),
            csrf: session.csrf.clone(),
            range: range_bar(&page, &range, Vec::new()),
            plugins: plugins
                .iter()
                .map(|row| PluginRow {
                    name: row.get(0),
                    version: row.get(1),
                    kinds: row.get(2),
                    status: row.get(3),
                    detail: row.get(4),
                    last_error: row.get(5),
                    last_error_at: row.get(6),
                    failed_records: row.get(7),
                })
                .collect(),
            failed: failed
                .iter()
                .map(|row| FailedSnapshot {
                    srvid: row.get(0),
                    ts: row.get(1),
                    sources: row.get(2),
                    failed: row.get(3),
                    messages: row.get(4),
                })
                .collect(),
            errors: errors
                .iter()
                .map(|row| (row.get(0), row.get(1), row.get(2), row.get(3)))
                .collect(),
            settings: settings
                .iter()
                .map(|row| (row.get(0), row.get(1)))
                .collect(),
        },
        StatusCode::OK,
    )
}
