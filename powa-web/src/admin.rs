//! The configuration page, for admin roles (those that may change
//! powa_server and powa_functions): register, configure, activate,
//! deactivate and delete servers, force a snapshot, reload the collector,
//! enable or disable a source. Every change goes through powa's SQL
//! functions (or the documented UPDATE of powa_functions.enabled) as the
//! logged-in role, in a POST carrying the session's CSRF token.

use crate::app::{
    checked_session, error_page, failure_page, prefix, query, render, Failure, Shared,
};
use crate::statements::encode;
use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::collections::HashMap;
use tokio_postgres::types::ToSql;

/// What an admin role may do, as privileges.
const ADMIN_CHECK: &str = "SELECT has_table_privilege('powa_server', 'INSERT')
        AND has_table_privilege('powa_server', 'UPDATE')
        AND has_table_privilege('powa_server', 'DELETE')
        AND has_table_privilege('powa_functions', 'UPDATE')";

pub struct ServerRow {
    id: i32,
    alias: String,
    address: String,
    frequency: i32,
    retention: String,
    active: bool,
    state: String,
}

pub struct SourceRow {
    srvid: i32,
    module: String,
    operation: String,
    enabled: bool,
}

#[derive(Template)]
#[template(path = "configuration.html")]
struct ConfigurationPage {
    prefix: String,
    role: String,
    csrf: String,
    done: String,
    servers: Vec<ServerRow>,
    sources: Vec<SourceRow>,
}

/// The session if its role is an admin, else the page that says which
/// privileges it lacks.
async fn admin(
    state: &crate::app::AppState,
    session: &crate::session::Session,
) -> Result<(), Response> {
    let rows = query(session, ADMIN_CHECK, &[])
        .await
        .map_err(|failure| failure_page(state, failure))?;
    if rows[0].get::<_, bool>(0) {
        Ok(())
    } else {
        Err(error_page(
            state,
            StatusCode::FORBIDDEN,
            "For admin roles",
            format!(
                "The configuration page is for admin roles: role {} lacks INSERT, UPDATE or \
                 DELETE on powa_server, or UPDATE on powa_functions.",
                session.role
            ),
            "Log in as an admin role, or GRANT powa_admin TO this one.",
        ))
    }
}

pub async fn configuration_page(
    State(state): State<Shared>,
    headers: HeaderMap,
    Query(all): Query<HashMap<String, String>>,
) -> Response {
    let session = match crate::app::session(&state, &headers) {
        Ok(session) => session,
        Err(response) => return response,
    };
    if let Err(response) = admin(&state, &session).await {
        return response;
    }
    let servers = query(
        &session,
        "SELECT id, coalesce(alias, ''), hostname || ':' || port || '/' || dbname, frequency,
                retention::text, active, coalesce(state, '')
           FROM powa_servers ORDER BY id",
        &[],
    );
    let sources = query(
        &session,
        "SELECT srvid, module, operation, enabled FROM powa_functions
          ORDER BY srvid, module, operation",
        &[],
    );
    let (servers, sources) = match tokio::join!(servers, sources) {
        (Ok(servers), Ok(sources)) => (servers, sources),
        (Err(failure), _) | (_, Err(failure)) => return failure_page(&state, failure),
    };
    render(
        &ConfigurationPage {
            prefix: prefix(&state),
            role: session.role.clone(),
            csrf: session.csrf.clone(),
            done: all.get("done").cloned().unwrap_or_default(),
            servers: servers
                .iter()
                .map(|row| ServerRow {
                    id: row.get(0),
                    alias: row.get(1),
                    address: row.get(2),
                    frequency: row.get(3),
                    retention: row.get(4),
                    active: row.get(5),
                    state: row.get(6),
                })
                .collect(),
            sources: sources
                .iter()
                .map(|row| SourceRow {
                    srvid: row.get(0),
                    module: row.get(1),
                    operation: row.get(2),
                    enabled: row.get(3),
                })
                .collect(),
        },
        StatusCode::OK,
    )
}

/// Runs a change as the admin role, then back to the page with what was
/// done; PostgreSQL's refusal (a bad value, a taken alias) on a page of
/// its own.
async fn change(
    state: &crate::app::AppState,
    headers: &HeaderMap,
    csrf: &str,
    sql: &str,
    params: &[&(dyn ToSql + Sync)],
    done: String,
) -> Response {
    let session = match checked_session(state, headers, csrf) {
        Ok(session) => session,
        Err(response) => return response,
    };
    if let Err(response) = admin(state, &session).await {
        return response;
    }
    match query(&session, sql, params).await {
        Ok(_) => Redirect::to(&format!(
            "{}?done={}",
            state.config.url("/configuration"),
            encode(&done)
        ))
        .into_response(),
        Err(Failure::Database(error)) => error_page(
            state,
            StatusCode::BAD_REQUEST,
            "Refused",
            powa_conninfo::describe_error(&error),
            "Nothing was changed. Go back to the configuration page to try again.",
        ),
        Err(failure) => failure_page(state, failure),
    }
}

#[derive(Deserialize)]
pub struct RegisterForm {
    // Absent: refused as a wrong token (403), not as a malformed form.
    #[serde(default)]
    csrf: String,
    hostname: String,
    port: String,
    #[serde(default)]
    alias: String,
    username: String,
    dbname: String,
    frequency: String,
    retention: String,
}

/// A form's number, or a page that says what is allowed.
#[allow(clippy::result_large_err)]
fn number(state: &crate::app::AppState, name: &str, text: &str) -> Result<i32, Response> {
    text.trim().parse().map_err(|_| {
        error_page(
            state,
            StatusCode::BAD_REQUEST,
            "Refused",
            format!("{name} = {text:?}: a whole number"),
            "Nothing was changed.",
        )
    })
}

pub async fn register(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<RegisterForm>,
) -> Response {
    let (port, frequency) = match (
        number(&state, "port", &form.port),
        number(&state, "frequency", &form.frequency),
    ) {
        (Ok(port), Ok(frequency)) => (port, frequency),
        (Err(response), _) | (_, Err(response)) => return response,
    };
    let done = format!("registered {}:{}/{}", form.hostname, port, form.dbname);
    change(
        &state,
        &headers,
        &form.csrf,
        "SELECT powa_register_server(hostname => $1, port => $2, alias => nullif($3, ''),
                username => $4, dbname => $5, frequency => $6, retention => $7::text::interval)",
        &[
            &form.hostname,
            &port,
            &form.alias,
            &form.username,
            &form.dbname,
            &frequency,
            &form.retention,
        ],
        done,
    )
    .await
}

#[derive(Deserialize)]
pub struct ConfigureForm {
    // Absent: refused as a wrong token (403), not as a malformed form.
    #[serde(default)]
    csrf: String,
    frequency: String,
    retention: String,
    #[serde(default)]
    alias: String,
}

pub async fn configure(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<i32>,
    Form(form): Form<ConfigureForm>,
) -> Response {
    let frequency = match number(&state, "frequency", &form.frequency) {
        Ok(frequency) => frequency,
        Err(response) => return response,
    };
    change(
        &state,
        &headers,
        &form.csrf,
        "SELECT powa_configure_server($1, json_strip_nulls(json_build_object(
                'frequency', $2::int, 'retention', $3::text, 'alias', nullif($4, ''))))",
        &[&id, &frequency, &form.retention, &form.alias],
        format!("configured server {id}"),
    )
    .await
}

#[derive(Deserialize)]
pub struct ActiveForm {
    // Absent: refused as a wrong token (403), not as a malformed form.
    #[serde(default)]
    csrf: String,
    active: String,
}

pub async fn set_active(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<i32>,
    Form(form): Form<ActiveForm>,
) -> Response {
    let active = form.active == "on";
    change(
        &state,
        &headers,
        &form.csrf,
        "SELECT powa_activate_server($1, $2)",
        &[&id, &active],
        format!(
            "{} server {id}",
            if active { "activated" } else { "deactivated" }
        ),
    )
    .await
}

#[derive(Deserialize)]
pub struct DeleteForm {
    // Absent: refused as a wrong token (403), not as a malformed form.
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    confirm: String,
}

pub async fn delete(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<i32>,
    Form(form): Form<DeleteForm>,
) -> Response {
    if form.confirm != "on" {
        return error_page(
            &state,
            StatusCode::BAD_REQUEST,
            "Not deleted",
            format!("Deleting server {id} purges its whole history: tick \"confirm\" to do it."),
            "Nothing was changed.",
        );
    }
    change(
        &state,
        &headers,
        &form.csrf,
        "SELECT powa_delete_and_purge_server($1)",
        &[&id],
        format!("deleted server {id} and its history"),
    )
    .await
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    // Absent: refused as a wrong token (403), not as a malformed form.
    #[serde(default)]
    csrf: String,
}

/// Server 0 is snapshotted here (`powa_take_snapshot()`), the others by
/// the collector, told through `NOTIFY powa_collector`.
pub async fn snapshot(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<i32>,
    Form(form): Form<CsrfOnly>,
) -> Response {
    if id == 0 {
        change(
            &state,
            &headers,
            &form.csrf,
            "SELECT powa_take_snapshot()",
            &[],
            "took a snapshot of server 0".to_owned(),
        )
        .await
    } else {
        change(
            &state,
            &headers,
            &form.csrf,
            "SELECT pg_notify('powa_collector', 'FORCE_SNAPSHOT ' || $1::int)",
            &[&id],
            format!("asked the collector for a snapshot of server {id}"),
        )
        .await
    }
}

pub async fn reload(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<CsrfOnly>,
) -> Response {
    change(
        &state,
        &headers,
        &form.csrf,
        "SELECT pg_notify('powa_collector', 'RELOAD')",
        &[],
        "asked the collector to reload".to_owned(),
    )
    .await
}

#[derive(Deserialize)]
pub struct SourceForm {
    // Absent: refused as a wrong token (403), not as a malformed form.
    #[serde(default)]
    csrf: String,
    srvid: i32,
    module: String,
    operation: String,
    enabled: String,
}

pub async fn set_source(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<SourceForm>,
) -> Response {
    let enabled = form.enabled == "on";
    change(
        &state,
        &headers,
        &form.csrf,
        "UPDATE powa_functions SET enabled = $4
          WHERE srvid = $1 AND module = $2 AND operation = $3",
        &[&form.srvid, &form.module, &form.operation, &enabled],
        format!(
            "{} {} {} of server {}",
            if enabled { "enabled" } else { "disabled" },
            form.module,
            form.operation,
            form.srvid
        ),
    )
    .await
}
