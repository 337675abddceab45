//! The routes: login and logout, the servers page (the server and query
//! pages are in `statements`), the stylesheet.
//! Every page runs its SQL as the logged-in role (its own pool); every
//! state-changing request carries the session's CSRF token; every page is
//! served with a Content-Security-Policy that runs no inline script.

use crate::config::Config;
use crate::session::{
    cookie, cookie_value, random_token, same_token, Session, Sessions, LOGIN_COOKIE, SESSION_COOKIE,
};
use askama::Template;
use axum::extract::{Form, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use powa_conninfo::{ConnInfo, ProcessEnvironment};
use serde::Deserialize;
use std::sync::Arc;
use std::time::Duration;
use tokio_postgres::error::SqlState;

/// How long connecting and each page's SQL may take.
const DATABASE_WAIT: Duration = Duration::from_secs(10);

pub struct AppState {
    pub config: Config,
    pub sessions: Sessions,
    /// `/metrics`' connections: (role, password, pool) of the last
    /// credentials that connected.
    pub metrics_pool: tokio::sync::Mutex<Option<(String, Option<String>, Pool)>>,
}

pub type Shared = Arc<AppState>;

pub fn router(state: Shared) -> Router {
    let url = |path: &str| state.config.url(path);
    let mut routes = Router::new()
        .route(&url("/"), get(servers))
        .route(&url("/servers.csv"), get(servers_csv))
        .route(&url("/login"), get(login_form).post(login))
        .route(&url("/logout"), post(logout))
        .route(&url("/server/{id}"), get(crate::statements::server_page))
        .route(
            &url("/server/{id}/statements"),
            get(crate::statements::statements_page),
        )
        .route(&url("/plugins"), get(crate::plugins::plugins_page))
        .route(
            &url("/plugins/csv/{table}"),
            get(crate::plugins::plugins_csv),
        )
        .route(&url("/metrics"), get(crate::metrics::metrics))
        .route(
            &url("/server/{id}/database/{datid}"),
            get(crate::pages::database_page),
        )
        .route(
            &url("/server/{id}/source/{source}"),
            get(crate::pages::source_page),
        )
        .route(
            &url("/server/{id}/csv/{source}"),
            get(crate::pages::grid_csv),
        )
        .route(&url("/server/{id}/wal"), get(crate::ops::wal_page))
        .route(&url("/server/{id}/archive"), get(crate::ops::archive_page))
        .route(&url("/server/{id}/garbage"), get(crate::ops::garbage_page))
        .route(
            &url("/server/{id}/garbage/{relid}"),
            get(crate::ops::heat_map_page),
        )
        .route(
            &url("/configuration"),
            get(crate::admin::configuration_page),
        )
        .route(
            &url("/configuration/register"),
            post(crate::admin::register),
        )
        .route(&url("/configuration/reload"), post(crate::admin::reload))
        .route(
            &url("/configuration/source"),
            post(crate::admin::set_source),
        )
        .route(
            &url("/configuration/server/{id}/configure"),
            post(crate::admin::configure),
        )
        .route(
            &url("/configuration/server/{id}/active"),
            post(crate::admin::set_active),
        )
        .route(
            &url("/configuration/server/{id}/delete"),
            post(crate::admin::delete),
        )
        .route(
            &url("/configuration/server/{id}/snapshot"),
            post(crate::admin::snapshot),
        )
        .route(
            &url("/server/{id}/statements.csv"),
            get(crate::statements::statements_csv),
        )
        .route(
            &url("/server/{id}/query/{queryid}"),
            get(crate::statements::query_page),
        )
        .route(&url("/static/powa.css"), get(stylesheet))
        .route(&url("/static/uplot.css"), get(uplot_stylesheet))
        .route(&url("/static/uplot.js"), get(uplot_script))
        .route(&url("/static/charts.js"), get(charts_script));
    if state.config.url_prefix != "/" {
        // `/powa` is `/powa/`.
        let home = url("/");
        routes = routes.route(
            &state.config.url_prefix,
            get(move || async move { Redirect::permanent(&home) }),
        );
    }
    routes
        .fallback(not_found)
        .layer(axum::middleware::map_response_with_state(
            state.clone(),
            security_headers,
        ))
        .with_state(state)
}

async fn security_headers(State(state): State<Shared>, mut response: Response) -> Response {
    let headers = response.headers_mut();
    if state.config.certfile.is_some() {
        // Served over HTTPS: browsers keep to it.
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        ),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn stylesheet() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("../static/powa.css"),
    )
}

/// uPlot, from the npm registry (`assets/`, installed by scripts/prereqs.sh).
async fn uplot_script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("../assets/node_modules/uplot/dist/uPlot.iife.min.js"),
    )
}

async fn uplot_stylesheet() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("../assets/node_modules/uplot/dist/uPlot.min.css"),
    )
}

async fn charts_script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("../static/charts.js"),
    )
}

pub fn render(template: &impl Template, status: StatusCode) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("the page could not be rendered: {error}"),
        )
            .into_response(),
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    prefix: String,
    title: String,
    message: String,
    hint: String,
}

pub fn error_page(
    state: &AppState,
    status: StatusCode,
    title: &str,
    message: String,
    hint: &str,
) -> Response {
    render(
        &ErrorPage {
            prefix: prefix(state),
            title: title.to_owned(),
            message,
            hint: hint.to_owned(),
        },
        status,
    )
}

/// `url_prefix` as links need it: empty for `/`.
pub fn prefix(state: &AppState) -> String {
    state.config.url("")
}

async fn not_found(State(state): State<Shared>) -> Response {
    error_page(
        &state,
        StatusCode::NOT_FOUND,
        "Not found",
        "There is no such page.".to_owned(),
        "",
    )
}

/// A database error as a page: a missing privilege says which.
fn database_error(state: &AppState, error: &tokio_postgres::Error) -> Response {
    let message = match error.as_db_error() {
        Some(db) => db.message().to_owned(),
        None => error.to_string(),
    };
    if error.code() == Some(&SqlState::INSUFFICIENT_PRIVILEGE) {
        return error_page(
            state,
            StatusCode::FORBIDDEN,
            "Missing privilege",
            message,
            "Your role lacks a privilege this page needs. Ask for powa's reading role: \
             GRANT powa_read_all_data TO <your role> in the repository database \
             (or powa_read_all_metrics, which reads no query text nor constant).",
        );
    }
    error_page(
        state,
        StatusCode::INTERNAL_SERVER_ERROR,
        "Database error",
        message,
        "",
    )
}

/// A page's SQL that failed, as a page.
pub fn failure_page(state: &AppState, failure: Failure) -> Response {
    match failure {
        Failure::Database(error) => database_error(state, &error),
        Failure::Other(message) => error_page(
            state,
            StatusCode::SERVICE_UNAVAILABLE,
            "Repository unavailable",
            message,
            "",
        ),
    }
}

/// The request's live session, or the response that replaces the page
/// (a redirect to the login page). (The large error is that page, made
/// once per request.)
#[allow(clippy::result_large_err)]
pub fn session(state: &AppState, headers: &HeaderMap) -> Result<Arc<Session>, Response> {
    headers
        .get(header::COOKIE)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| cookie_value(h, SESSION_COOKIE))
        .and_then(|id| state.sessions.get(id))
        .ok_or_else(|| Redirect::to(&state.config.url("/login")).into_response())
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    prefix: String,
    repository: String,
    token: String,
    role: String,
    error: Option<String>,
}

fn login_page(state: &AppState, role: &str, error: Option<String>, status: StatusCode) -> Response {
    let token = random_token();
    let mut response = render(
        &LoginPage {
            prefix: prefix(state),
            repository: describe_repository(&state.config.repository),
            token: token.clone(),
            role: role.to_owned(),
            error,
        },
        status,
    );
    let cookie = cookie(
        LOGIN_COOKIE,
        &token,
        &cookie_path(state),
        None,
        state.config.secure(),
    );
    response.headers_mut().append(
        header::SET_COOKIE,
        HeaderValue::from_str(&cookie).expect("a token is ASCII"),
    );
    response
}

fn cookie_path(state: &AppState) -> String {
    state.config.url_prefix.clone()
}

fn describe_repository(info: &ConnInfo) -> String {
    let mut parts = Vec::new();
    if let Some(host) = info.get("host") {
        parts.push(host.to_owned());
    }
    if let Some(port) = info.get("port") {
        parts.push(format!("port {port}"));
    }
    if let Some(dbname) = info.get("dbname") {
        parts.push(format!("database {dbname}"));
    }
    parts.join(", ")
}

async fn login_form(State(state): State<Shared>) -> Response {
    login_page(&state, "", None, StatusCode::OK)
}

#[derive(Deserialize)]
struct LoginForm {
    role: String,
    password: String,
    token: String,
}

async fn login(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    let posted_token = headers
        .get(header::COOKIE)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| cookie_value(h, LOGIN_COOKIE));
    if !posted_token.is_some_and(|t| same_token(t, &form.token)) {
        return login_page(
            &state,
            &form.role,
            Some("The login form expired or did not come from this site: log in again.".to_owned()),
            StatusCode::FORBIDDEN,
        );
    }
    let role = form.role.trim().to_owned();
    if role.is_empty() {
        return login_page(
            &state,
            "",
            Some("Give a role name.".to_owned()),
            StatusCode::UNAUTHORIZED,
        );
    }
    if form.password.is_empty() && !state.config.allow_empty_password {
        return login_page(
            &state,
            &role,
            Some(
                "An empty password is refused (allow_empty_password = on in powa-web's \
                 configuration allows it, for trust or peer authentication)."
                    .to_owned(),
            ),
            StatusCode::UNAUTHORIZED,
        );
    }
    let pool = match connect_as(&state.config, &role, Some(&form.password)).await {
        Ok(pool) => pool,
        Err(message) => {
            return login_page(&state, &role, Some(message), StatusCode::UNAUTHORIZED);
        }
    };
    let login = match login_info(&state.config, &role, Some(&form.password)) {
        Ok(login) => login,
        Err(message) => {
            return login_page(&state, &role, Some(message), StatusCode::UNAUTHORIZED);
        }
    };
    let (id, _) = state.sessions.create(role, pool, login);
    let mut response = Redirect::to(&state.config.url("/")).into_response();
    let path = cookie_path(&state);
    let secure = state.config.secure();
    for cookie in [
        cookie(
            SESSION_COOKIE,
            &id,
            &path,
            Some(state.config.session_idle),
            secure,
        ),
        cookie(LOGIN_COOKIE, "", &path, Some(Duration::ZERO), secure),
    ] {
        response.headers_mut().append(
            header::SET_COOKIE,
            HeaderValue::from_str(&cookie).expect("a token is ASCII"),
        );
    }
    response
}

/// The repository's connection parameters with the role and its typed
/// password (even empty: never one from a password file); None leaves
/// libpq's usual sources.
pub fn login_info(config: &Config, role: &str, password: Option<&str>) -> Result<ConnInfo, String> {
    let mut info = config.repository.clone();
    info.set("user", role.to_owned())
        .map_err(|e| e.to_string())?;
    if let Some(password) = password {
        info.set("password", password.to_owned())
            .map_err(|e| e.to_string())?;
    }
    Ok(info)
}

/// Checks the password by connecting, then makes the role's pool. With
/// `password` None (the metrics role of `metrics = open`), libpq's usual
/// sources apply: a password file, trust or peer authentication.
pub async fn connect_as(
    config: &Config,
    role: &str,
    password: Option<&str>,
) -> Result<Pool, String> {
    let resolved = login_info(config, role, password)?
        .resolve(&ProcessEnvironment)
        .map_err(|e| e.to_string())?;
    let pg_config = resolved.to_config(DATABASE_WAIT);
    let checked = tokio::time::timeout(DATABASE_WAIT, resolved.connect(&pg_config)).await;
    match checked {
        Err(_) => {
            return Err(format!(
                "The repository ({}) did not answer within {} s.",
                resolved.describe(),
                DATABASE_WAIT.as_secs()
            ))
        }
        Ok(Err(error)) => {
            return Err(match error.as_db_error() {
                Some(db) => db.message().to_owned(),
                None => format!(
                    "Cannot reach the repository ({}): {error}",
                    resolved.describe()
                ),
            })
        }
        Ok(Ok((client, connection))) => {
            drop(client);
            let _ = connection.await;
        }
    }
    let connector = powa_conninfo::tls::connector(&resolved.tls).map_err(|e| e.to_string())?;
    let manager = Manager::from_config(
        pg_config,
        connector,
        ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        },
    );
    Pool::builder(manager)
        .max_size(4)
        .runtime(Runtime::Tokio1)
        .wait_timeout(Some(DATABASE_WAIT))
        .create_timeout(Some(DATABASE_WAIT))
        .recycle_timeout(Some(DATABASE_WAIT))
        .build()
        .map_err(|e| e.to_string())
}

#[derive(Deserialize)]
struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// The session of a state-changing request whose CSRF token matches.
#[allow(clippy::result_large_err)]
pub fn checked_session(
    state: &AppState,
    headers: &HeaderMap,
    csrf: &str,
) -> Result<Arc<Session>, Response> {
    let session = session(state, headers)?;
    if !same_token(csrf, &session.csrf) {
        return Err(error_page(
            state,
            StatusCode::FORBIDDEN,
            "Refused",
            "This request did not carry the page's CSRF token.".to_owned(),
            "Reload the page and try again.",
        ));
    }
    Ok(session)
}

async fn logout(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Response {
    if let Err(response) = checked_session(&state, &headers, &form.csrf) {
        return response;
    }
    if let Some(id) = headers
        .get(header::COOKIE)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| cookie_value(h, SESSION_COOKIE))
    {
        state.sessions.remove(id);
    }
    let mut response = Redirect::to(&state.config.url("/login")).into_response();
    let cookie = cookie(
        SESSION_COOKIE,
        "",
        &cookie_path(&state),
        Some(Duration::ZERO),
        state.config.secure(),
    );
    response.headers_mut().append(
        header::SET_COOKIE,
        HeaderValue::from_str(&cookie).expect("ASCII"),
    );
    response
}

struct ServerRow {
    id: i32,
    alias: String,
    hostname: String,
    port: i32,
    frequency: i32,
    state: String,
    last_snapshot: String,
    last_error: String,
    stalled_since: String,
    /// The SVG polyline's points of the last hour's query runtime.
    sparkline: String,
}

impl ServerRow {
    fn state_class(&self) -> &'static str {
        match self.state.as_str() {
            "ok" => "ok",
            "stalled" => "stalled",
            "error" => "error",
            "source errors" => "warn",
            _ => "none",
        }
    }
}

#[derive(Template)]
#[template(path = "servers.html")]
struct ServersPage {
    prefix: String,
    role: String,
    csrf: String,
    servers: Vec<ServerRow>,
}

/// The servers grid's SQL: each registered server with its collector
/// state.
const SERVERS: &str =
    "SELECT id, coalesce(alias, ''), hostname, port, frequency, coalesce(state, ''),
        coalesce(to_char(last_snapshot, 'YYYY-MM-DD HH24:MI:SS'), ''),
        coalesce(last_error, ''),
        coalesce(to_char(stalled_since, 'YYYY-MM-DD HH24:MI:SS'), '')
   FROM powa_servers ORDER BY id";

/// Per server, its query runtime (ms per second) over the last hour in 40
/// points, where powa_stat_statements has collected it.
const SPARKLINES: &str = "SELECT s.id,
        (SELECT array_agg(x.floats[l.position] / x.seconds ORDER BY x.ts)
           FROM (SELECT array_position(l.floats, 'total_exec_time') AS position
                   FROM powa_statements_layout l WHERE l.srvid = s.id) l,
                powa_statements_series(s.id, now() - interval '1 hour', now(), 40) x)
   FROM powa_servers s ORDER BY s.id";

async fn servers(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let session = match session(&state, &headers) {
        Ok(session) => session,
        Err(response) => return response,
    };
    let rows = match query(&session, SERVERS, &[]).await {
        Ok(rows) => rows,
        Err(failure) => return failure_page(&state, failure),
    };
    let has_statements = match has(&session, Catalog::Function, "powa_statements_series").await {
        Ok(found) => found,
        Err(failure) => return failure_page(&state, failure),
    };
    let mut sparklines = std::collections::HashMap::new();
    if has_statements {
        match query(&session, SPARKLINES, &[]).await {
            Ok(lines) => {
                for line in lines {
                    let values: Option<Vec<Option<f64>>> = line.get(1);
                    if let Some(points) = values.as_deref().and_then(crate::charts::sparkline) {
                        sparklines.insert(line.get::<_, i32>(0), points);
                    }
                }
            }
            Err(failure) => return failure_page(&state, failure),
        }
    }
    let servers = rows
        .iter()
        .map(|row| ServerRow {
            id: row.get(0),
            alias: row.get(1),
            hostname: row.get(2),
            port: row.get(3),
            frequency: row.get(4),
            state: row.get(5),
            last_snapshot: row.get(6),
            last_error: row.get(7),
            stalled_since: row.get(8),
            sparkline: sparklines.remove(&row.get::<_, i32>(0)).unwrap_or_default(),
        })
        .collect();
    render(
        &ServersPage {
            prefix: prefix(&state),
            role: session.role.clone(),
            csrf: session.csrf.clone(),
            servers,
        },
        StatusCode::OK,
    )
}

/// The servers grid as CSV.
async fn servers_csv(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let session = match session(&state, &headers) {
        Ok(session) => session,
        Err(response) => return response,
    };
    let rows = match query(&session, SERVERS, &[]).await {
        Ok(rows) => rows,
        Err(failure) => return failure_page(&state, failure),
    };
    let mut csv = String::from(
        "id,alias,hostname,port,frequency,state,last_snapshot,last_error,stalled_since\r\n",
    );
    for row in &rows {
        let fields = [
            row.get::<_, i32>(0).to_string(),
            crate::statements::csv_field(row.get(1)),
            crate::statements::csv_field(row.get(2)),
            row.get::<_, i32>(3).to_string(),
            row.get::<_, i32>(4).to_string(),
            crate::statements::csv_field(row.get(5)),
            row.get::<_, String>(6),
            crate::statements::csv_field(row.get(7)),
            row.get::<_, String>(8),
        ];
        csv.push_str(&fields.join(","));
        csv.push_str("\r\n");
    }
    csv_response("servers.csv", csv)
}

pub enum Failure {
    Database(tokio_postgres::Error),
    Other(String),
}

/// What `has` looks for.
pub enum Catalog {
    Relation,
    Function,
}

/// Whether the repository has this relation or function: a plugin's, there
/// only where the plugin runs.
pub async fn has(session: &Session, kind: Catalog, name: &str) -> Result<bool, Failure> {
    let sql = match kind {
        Catalog::Relation => "SELECT to_regclass($1) IS NOT NULL",
        Catalog::Function => "SELECT to_regproc($1) IS NOT NULL",
    };
    Ok(query(session, sql, &[&name]).await?[0].get(0))
}

/// A grid as a CSV download.
pub fn csv_response(filename: &str, csv: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        csv,
    )
        .into_response()
}

pub fn bad_request(state: &AppState, message: String) -> Response {
    error_page(state, StatusCode::BAD_REQUEST, "Bad request", message, "")
}

/// A page's SQL, as the session's role, bounded in time.
pub async fn query(
    session: &Session,
    sql: &str,
    params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
) -> Result<Vec<tokio_postgres::Row>, Failure> {
    query_pool(&session.pool, sql, params).await
}

/// SQL on one of a pool's connections, bounded in time.
pub async fn query_pool(
    pool: &Pool,
    sql: &str,
    params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
) -> Result<Vec<tokio_postgres::Row>, Failure> {
    let client = pool
        .get()
        .await
        .map_err(|e| Failure::Other(format!("no connection to the repository: {e}")))?;
    match tokio::time::timeout(DATABASE_WAIT, client.query(sql, params)).await {
        Err(_) => Err(Failure::Other(format!(
            "the repository did not answer within {} s",
            DATABASE_WAIT.as_secs()
        ))),
        Ok(result) => result.map_err(Failure::Database),
    }
}
