//! `/metrics`: powa's health in the OpenMetrics text format, for
//! Prometheus. Per server: its collector state, the age of its last
//! snapshot, the failed snapshots the repository keeps, per source; of the
//! repository's own server (local mode): the WAL walker's lag, failed
//! records and gaps, and the archiver's counts, failures and lag.
//! Read as the role of `metrics = basic` (HTTP Basic credentials) or
//! `metrics_role` (`metrics = open`).

use crate::app::{connect_as, query_pool, Failure, Shared};
use crate::config::Metrics;
use crate::health::{archiver_state, walker_positions};
use crate::session::same_token;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use deadpool_postgres::Pool;
use std::fmt::Write;

/// The collector's states of a server (powa_server_status.state); a
/// state set lists them all, the current one at 1.
const STATES: &[&str] = &["ok", "source errors", "stalled", "error"];

const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

pub async fn metrics(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let credentials = match state.config.metrics {
        Metrics::Off => {
            return (
                StatusCode::NOT_FOUND,
                "/metrics is off: set metrics = basic or open in powa-web's configuration\n",
            )
                .into_response()
        }
        Metrics::Basic => match basic_credentials(&headers) {
            Some((role, password)) => (role, Some(password)),
            None => {
                return unauthorized(
                    "HTTP Basic credentials are needed: a PostgreSQL role and its password",
                )
            }
        },
        Metrics::Open => (
            state
                .config
                .metrics_role
                .clone()
                .expect("Config::check requires metrics_role with metrics = open"),
            None,
        ),
    };
    let pool = match pool_for(&state, credentials).await {
        Ok(pool) => pool,
        Err(message) => return unauthorized(&message),
    };
    match exposition(&pool).await {
        Ok(text) => ([(header::CONTENT_TYPE, CONTENT_TYPE)], text).into_response(),
        Err(Failure::Database(error)) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "the repository refused the metrics' SQL: {}\n",
                powa_conninfo::describe_error(&error)
            ),
        )
            .into_response(),
        Err(Failure::Other(message)) => {
            (StatusCode::SERVICE_UNAVAILABLE, format!("{message}\n")).into_response()
        }
    }
}

fn unauthorized(message: &str) -> Response {
    (
        StatusCode::UNAUTHORIZED,
        [(header::WWW_AUTHENTICATE, "Basic realm=\"powa metrics\"")],
        format!("{message}\n"),
    )
        .into_response()
}

/// `Authorization: Basic base64(role:password)`.
pub fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let encoded = value.strip_prefix("Basic ")?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (role, password) = text.split_once(':')?;
    (!role.is_empty()).then(|| (role.to_owned(), password.to_owned()))
}

/// The pool of the last credentials that connected, or a new one if these
/// differ (checked by connecting, as logging in is).
async fn pool_for(
    state: &Shared,
    (role, password): (String, Option<String>),
) -> Result<Pool, String> {
    let mut cached = state.metrics_pool.lock().await;
    if let Some((cached_role, cached_password, pool)) = cached.as_ref() {
        let same_password = match (cached_password, &password) {
            (Some(a), Some(b)) => same_token(a, b),
            (None, None) => true,
            _ => false,
        };
        if *cached_role == role && same_password {
            return Ok(pool.clone());
        }
    }
    if password.as_deref() == Some("") && !state.config.allow_empty_password {
        return Err("an empty password is refused (allow_empty_password)".to_owned());
    }
    let pool = connect_as(&state.config, &role, password.as_deref()).await?;
    *cached = Some((role, password, pool.clone()));
    Ok(pool)
}

/// A label value, escaped as OpenMetrics wants.
pub fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The text, metric family by metric family.
#[derive(Default)]
pub struct Exposition {
    text: String,
}

impl Exposition {
    pub fn family(&mut self, name: &str, kind: &str, help: &str) {
        let _ = writeln!(self.text, "# TYPE {name} {kind}\n# HELP {name} {help}");
    }

    pub fn sample(&mut self, name: &str, labels: &[(&str, &str)], value: f64) {
        let labels: Vec<String> = labels
            .iter()
            .map(|(key, value)| format!("{key}=\"{}\"", label(value)))
            .collect();
        let labels = if labels.is_empty() {
            String::new()
        } else {
            format!("{{{}}}", labels.join(","))
        };
        let _ = writeln!(self.text, "{name}{labels} {value}");
    }

    pub fn finish(mut self) -> String {
        self.text.push_str("# EOF\n");
        self.text
    }
}

async fn exposition(pool: &Pool) -> Result<String, Failure> {
    let mut out = Exposition::default();
    let servers = query_pool(
        pool,
        "SELECT s.id::text, coalesce(s.alias, ''),
                coalesce(s.state, CASE WHEN s.id = 0 THEN 'local' ELSE 'unknown' END),
                extract(epoch FROM now() - greatest(
                    s.last_snapshot,
                    (SELECT max(sn.ts) FROM powa_snapshots sn WHERE sn.srvid = s.id AND sn.failed = 0)
                ))::float8,
                (SELECT count(*) FROM powa_snapshots sn WHERE sn.srvid = s.id AND sn.failed > 0)::float8
           FROM powa_servers s ORDER BY s.id",
        &[],
    )
    .await?;
    out.family(
        "powa_server_state",
        "stateset",
        "The collector's state of the server (ok, source errors, stalled, error; local: the powa worker's)",
    );
    for row in &servers {
        let (id, alias, state): (String, String, String) = (row.get(0), row.get(1), row.get(2));
        let mut states = STATES.to_vec();
        if !states.contains(&state.as_str()) {
            states.push(&state);
        }
        for each in states {
            out.sample(
                "powa_server_state",
                &[
                    ("server", &id),
                    ("alias", &alias),
                    ("powa_server_state", each),
                ],
                if each == state { 1.0 } else { 0.0 },
            );
        }
    }
    out.family(
        "powa_server_last_snapshot_age_seconds",
        "gauge",
        "Seconds since the server's last complete snapshot",
    );
    for row in &servers {
        let (id, alias): (String, String) = (row.get(0), row.get(1));
        if let Some(age) = row.get::<_, Option<f64>>(3) {
            out.sample(
                "powa_server_last_snapshot_age_seconds",
                &[("server", &id), ("alias", &alias)],
                age,
            );
        }
    }
    out.family(
        "powa_server_failed_snapshots",
        "gauge",
        "Failed snapshots the repository keeps for the server (within its retention)",
    );
    for row in &servers {
        let (id, alias): (String, String) = (row.get(0), row.get(1));
        out.sample(
            "powa_server_failed_snapshots",
            &[("server", &id), ("alias", &alias)],
            row.get(4),
        );
    }
    let sources = query_pool(
        pool,
        "SELECT sn.srvid::text, coalesce(e->>'module', ''), count(*)::float8
           FROM powa_snapshots sn, jsonb_array_elements(sn.errors) e
          GROUP BY 1, 2 ORDER BY 1, 2",
        &[],
    )
    .await?;
    out.family(
        "powa_source_failures",
        "gauge",
        "Failures of each data source in the snapshots the repository keeps",
    );
    for row in &sources {
        let (id, source): (String, String) = (row.get(0), row.get(1));
        out.sample(
            "powa_source_failures",
            &[("server", &id), ("source", &source)],
            row.get(2),
        );
    }
    // The repository's own server: its WAL walker and archiver.
    let walker = walker_positions(pool).await?;
    out.family(
        "powa_walker_lag_bytes",
        "gauge",
        "WAL bytes between the server's current position and each WAL plugin's flushed position",
    );
    for position in &walker {
        if let Some(lag) = position.lag_bytes {
            out.sample(
                "powa_walker_lag_bytes",
                &[("plugin", &position.plugin)],
                lag as f64,
            );
        }
    }
    out.family(
        "powa_walker_failed_records",
        "gauge",
        "WAL records a plugin's callback failed on, up to its flushed position",
    );
    for position in &walker {
        out.sample(
            "powa_walker_failed_records",
            &[("plugin", &position.plugin)],
            position.failed_records as f64,
        );
    }
    let gaps = query_pool(pool, "SELECT count(*)::float8 FROM powa_walker_gaps", &[]).await?;
    out.family(
        "powa_walker_gaps",
        "gauge",
        "Ranges of WAL removed before powa read them",
    );
    out.sample("powa_walker_gaps", &[], gaps[0].get(0));
    let archiver = archiver_state(pool).await?;
    if archiver.mode != "off" {
        out.family(
            "powa_archiver_archived",
            "counter",
            "WAL files archived (pg_stat_archiver)",
        );
        out.sample(
            "powa_archiver_archived_total",
            &[],
            archiver.archived as f64,
        );
        out.family(
            "powa_archiver_failed",
            "counter",
            "Failed attempts to archive a WAL file (pg_stat_archiver)",
        );
        out.sample("powa_archiver_failed_total", &[], archiver.failed as f64);
        if let Some(failed_at) = archiver.last_failed_at {
            out.family(
                "powa_archiver_last_failure_timestamp_seconds",
                "gauge",
                "When archiving last failed, and on which file",
            );
            out.sample(
                "powa_archiver_last_failure_timestamp_seconds",
                &[(
                    "file",
                    archiver.last_failed_wal.as_deref().unwrap_or_default(),
                )],
                failed_at,
            );
        }
        if let Some(behind) = archiver.behind {
            out.family(
                "powa_archiver_lag_segments",
                "gauge",
                "Finished WAL segments not archived yet (the one being written not counted)",
            );
            out.sample("powa_archiver_lag_segments", &[], behind as f64);
        }
    }
    Ok(out.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_the_text_ends_with_eof() {
        let mut out = Exposition::default();
        out.family("powa_x", "gauge", "help");
        out.sample("powa_x", &[("alias", "a\"b\\c\nd")], 1.5);
        out.sample("powa_x", &[], 2.0);
        assert_eq!(
            out.finish(),
            "# TYPE powa_x gauge\n# HELP powa_x help\npowa_x{alias=\"a\\\"b\\\\c\\nd\"} 1.5\npowa_x 2\n# EOF\n"
        );
    }

    #[test]
    fn basic_credentials_are_read() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::AUTHORIZATION,
            "Basic dmlld2VyOnM6ZWNyZXQ=".parse().unwrap(),
        );
        assert_eq!(
            basic_credentials(&headers),
            Some(("viewer".to_owned(), "s:ecret".to_owned()))
        );
        headers.insert(header::AUTHORIZATION, "Bearer x".parse().unwrap());
        assert_eq!(basic_credentials(&headers), None);
    }
}
