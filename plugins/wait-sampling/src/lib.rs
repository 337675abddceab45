//! powa_wait_sampling: what active backends wait on, as pg_wait_sampling
//! profiles it (that extension need not be installed). The powa worker
//! calls `sample` every `powa_wait_sampling.period` milliseconds (default
//! 100); each sample reads `pg_stat_activity` once and counts, per (database,
//! user, query id, wait event type, wait event), the backends in state
//! `active` (a backend running on CPU counts as event type and event
//! `CPU`; `powa.ignored_users` are left out). The counts are kept in memory
//! and stored at each snapshot as cumulative counters in powa-core's counter
//! history: `powa_wait_events_deltas(from, to [, srvid])` gives the samples
//! of each in a range (times the period: the time spent). Samples are taken
//! by the worker only: `powa_take_snapshot()`, in a backend that never
//! sampled, stores nothing.

use powa_core::history::{Column, CounterHistory, Layout, Source};
use powa_core::{export_plugin, DataSource, Host, PluginError, PluginResult};
use std::collections::BTreeMap;
use std::time::Duration;

/// Rows come from the sampler's memory, not from a view.
pub static WAIT_EVENTS: Source = Source {
    prefix: "powa_wait_events",
    keys_table: "powa_wait_events",
    keys: &[
        Column::named("dbid", "oid"),
        Column::named("userid", "oid"),
        // 0 when the statement has no query id (compute_query_id off).
        Column::named("queryid", "bigint"),
        Column::named("event_type", "text"),
        Column::named("event", "text"),
    ],
    headline: &[("samples", "bigint")],
    totals_by: Some("event_type"),
    ..Source::DEFAULT
};

/// Each sample is a transaction and a query in the worker: about 1 ms of
/// CPU here (10 ms periods cost 10% of a core, 100 ms 1%), where
/// pg_wait_sampling reads shared memory directly; hence 100 by default.
const DEFAULT_PERIOD_MS: u64 = 100;

/// One sample: the active backends other than the sampler's own
/// (pg_stat_get_activity: pg_stat_activity without its joins).
macro_rules! active_backends {
    () => {
        "SELECT datid::text AS dbid, usesysid::text AS userid,
                coalesce(query_id, 0)::text AS queryid,
                coalesce(wait_event_type, 'CPU') AS event_type,
                coalesce(wait_event, 'CPU') AS event, usesysid
           FROM pg_stat_get_activity(NULL)
          WHERE state = 'active' AND pid <> pg_backend_pid()
            AND datid IS NOT NULL AND usesysid IS NOT NULL"
    };
}

const SAMPLE: &str = active_backends!();

/// The same, leaving out `powa.ignored_users` ($1).
const SAMPLE_IGNORING: &str = concat!(
    "SELECT * FROM (",
    active_backends!(),
    ") a WHERE usesysid NOT IN (SELECT oid FROM pg_roles WHERE rolname = ANY ($1::text[]))"
);

/// `powa_wait_sampling.period`, in milliseconds: 1 to 1000.
pub fn parse_period(setting: Option<&str>) -> Result<Duration, String> {
    let Some(text) = setting.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(Duration::from_millis(DEFAULT_PERIOD_MS));
    };
    match text.parse::<u64>() {
        Ok(ms @ 1..=1000) => Ok(Duration::from_millis(ms)),
        _ => Err(format!(
            "powa_wait_sampling.period must be a whole number of milliseconds from 1 to 1000, not {text:?}"
        )),
    }
}

/// (dbid, userid, queryid, event type, event)
type Key = [String; 5];

pub struct WaitSampling {
    history: CounterHistory,
    period: Duration,
    /// Samples per key since the worker started: cumulative, like the
    /// statistics views the other sources read.
    counts: BTreeMap<Key, i64>,
}

impl Default for WaitSampling {
    fn default() -> Self {
        Self {
            history: CounterHistory::new(&WAIT_EVENTS),
            period: Duration::from_millis(DEFAULT_PERIOD_MS),
            counts: BTreeMap::new(),
        }
    }
}

impl DataSource for WaitSampling {
    fn startup(&mut self, host: &mut Host<'_>) -> PluginResult {
        self.period = parse_period(host.setting("powa_wait_sampling.period").as_deref())
            .map_err(PluginError::msg)?;
        self.history.startup(host)
    }

    fn sample_period(&mut self) -> Option<Duration> {
        Some(self.period)
    }

    fn sample(&mut self, host: &mut Host<'_>) -> PluginResult {
        let ignored = host.ignored_users()?;
        let rows = if ignored.is_empty() {
            host.query_monitored(SAMPLE, &[])?
        } else {
            host.query_monitored(SAMPLE_IGNORING, &[&ignored])?
        };
        for row in rows.rows() {
            let key: Key = [
                row.get("dbid")?,
                row.get("userid")?,
                row.get("queryid")?,
                row.get("event_type")?,
                row.get("event")?,
            ];
            *self.counts.entry(key).or_insert(0) += 1;
        }
        Ok(())
    }

    fn snapshot(&mut self, host: &mut Host<'_>) -> PluginResult {
        let layout = self.history.layout(
            host,
            &Layout {
                ints: vec!["samples".to_owned()],
                floats: Vec::new(),
            },
        )?;
        let mut identity: Vec<Vec<Option<String>>> = vec![Vec::new(); 5];
        let mut ints = Vec::with_capacity(self.counts.len() * layout.ints.len());
        for (key, count) in &self.counts {
            for (column, value) in identity.iter_mut().zip(key) {
                column.push(Some(value.clone()));
            }
            // The layout may have grown counters this source does not have.
            ints.extend(
                layout
                    .ints
                    .iter()
                    .map(|name| (name == "samples").then_some(*count)),
            );
        }
        self.history.store(
            host,
            &layout,
            self.counts.len(),
            &identity,
            &ints,
            &vec![None; self.counts.len() * layout.floats.len()],
        )
    }

    fn aggregate(&mut self, host: &mut Host<'_>) -> PluginResult {
        self.history.aggregate(host)
    }

    fn purge(&mut self, host: &mut Host<'_>, retention: Duration) -> PluginResult {
        self.history.purge(host, retention)
    }
}

/// The sampler's settings, as the server knows them.
fn settings() -> Vec<powa_core::SettingSpec> {
    vec![powa_core::SettingSpec::integer(
        "powa_wait_sampling.period",
        "Milliseconds between two samples of the backends' wait events.",
        DEFAULT_PERIOD_MS as i32,
        1,
        1000,
    )
    .restart()]
}

export_plugin! { name: "powa_wait_sampling", data_source: WaitSampling::default, settings: settings }

#[cfg(test)]
mod tests {
    use super::*;
    use powa_core::testing::TestHost;
    use powa_core::{QueryResult, ToValue, Value};

    fn active(rows: &[[&str; 5]]) -> QueryResult {
        QueryResult::new(
            &["dbid", "userid", "queryid", "event_type", "event"],
            rows.iter()
                .map(|r| r.iter().map(|v| Value::Text((*v).into())).collect())
                .collect(),
        )
    }

    #[test]
    fn the_period_is_checked() {
        assert_eq!(parse_period(None), Ok(Duration::from_millis(100)));
        assert_eq!(parse_period(Some(" 250 ")), Ok(Duration::from_millis(250)));
        for bad in ["0", "1001", "ten", "-5"] {
            let error = parse_period(Some(bad)).unwrap_err();
            assert!(error.contains("from 1 to 1000"), "{error}");
        }
    }

    #[test]
    fn samples_are_counted_and_stored_as_cumulative_counters() {
        let mut test_host = TestHost::new();
        test_host.respond(
            "pg_stat_get_activity",
            active(&[
                ["5", "10", "42", "Timeout", "PgSleep"],
                ["5", "10", "42", "Timeout", "PgSleep"],
                ["5", "10", "7", "CPU", "CPU"],
            ]),
        );
        let mut sampler = WaitSampling::default();
        sampler.sample(&mut test_host.host()).unwrap();
        sampler.sample(&mut test_host.host()).unwrap();
        test_host.respond(
            "LEFT JOIN (SELECT * FROM known",
            QueryResult::new(&["id"], vec![vec![Value::Int8(1)], vec![Value::Int8(2)]]),
        );
        sampler.snapshot(&mut test_host.host()).unwrap();
        let insert = test_host.statements().last().unwrap();
        assert!(
            insert.sql.contains("INSERT INTO powa_wait_events_src"),
            "{}",
            insert.sql
        );
        // Keys in text order: query 42 (4 samples in two), then query 7.
        assert_eq!(insert.params[6], vec![Some(4i64), Some(2)].to_value());
    }
}
