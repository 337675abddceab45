//! The data sources' life cycle, shared by the worker's cycles and
//! `powa_take_snapshot()` and friends:
//! - registration in `powa_functions` (one row per source and operation):
//!   a source is registered when it starts, unregistered (its `unregister`
//!   called, its rows removed) when it leaves `walker.plugins` or the
//!   extension it declared is not installed, and registered again when that
//!   extension is back;
//! - a cycle runs the registered sources in ascending priority, each
//!   operation only if enabled there;
//! - each snapshot cycle is recorded in `powa_snapshots`, with its errors.

use crate::plugins::{self, Plugin};
use crate::spi_host::SpiHost;
use pgrx::prelude::*;
use powa_core::loader::{library_path, load_library};
use powa_core::{parse_plugin_list, Timestamp};
use std::collections::{HashMap, HashSet};
use std::time::Duration;

/// A data-source operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Snapshot,
    Aggregate,
    /// Purge what is older than this many seconds.
    Purge(u64),
}

impl Operation {
    pub fn name(self) -> &'static str {
        match self {
            Operation::Snapshot => "snapshot",
            Operation::Aggregate => "aggregate",
            Operation::Purge(_) => "purge",
        }
    }
}

/// The operations every source registers; one that samples adds "sample".
const OPERATIONS: [&str; 4] = ["snapshot", "aggregate", "purge", "unregister"];

/// One registered source to run, and which of its operations are enabled.
#[derive(Debug, Clone)]
pub struct Planned {
    pub index: usize,
    pub enabled: HashSet<String>,
}

/// What a cycle did: the sources run and every failure.
#[derive(Debug, Default)]
pub struct Report {
    pub sources: i32,
    /// (module, operation, message)
    pub errors: Vec<(String, &'static str, String)>,
}

/// A registered module's rows: operation → (enabled, priority).
type Registrations = HashMap<String, HashMap<String, (bool, i32)>>;

fn registrations() -> Registrations {
    let mut registered: Registrations = HashMap::new();
    Spi::connect(|client| {
        let rows = client
            .select(
                "SELECT module, operation, enabled, priority FROM powa_functions WHERE srvid = 0",
                None,
                &[],
            )
            .expect("powa_functions is powa's own table");
        for row in rows {
            let module: String = row.get(1).ok().flatten().unwrap_or_default();
            let operation: String = row.get(2).ok().flatten().unwrap_or_default();
            let enabled: bool = row.get(3).ok().flatten().unwrap_or(false);
            let priority: i32 = row.get(4).ok().flatten().unwrap_or(10);
            registered
                .entry(module)
                .or_default()
                .insert(operation, (enabled, priority));
        }
    });
    registered
}

fn installed_extensions() -> HashSet<String> {
    Spi::connect(|client| {
        client
            .select("SELECT extname::text FROM pg_extension", None, &[])
            .expect("pg_extension is readable")
            .filter_map(|row| row.get::<String>(1).ok().flatten())
            .collect()
    })
}

fn register(plugin: &Plugin, extension: Option<&str>, samples: bool) {
    let library = plugin
        .library_path
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let sample = samples.then_some("sample");
    for operation in OPERATIONS.into_iter().chain(sample) {
        Spi::run_with_args(
            "INSERT INTO powa_functions (srvid, module, operation, entry_point, extension)
             VALUES (0, $1, $2, $3, $4)
             ON CONFLICT (srvid, module, operation)
             DO UPDATE SET entry_point = excluded.entry_point, extension = excluded.extension",
            &[
                plugin.name.as_str().into(),
                operation.into(),
                format!("{library}: {operation}").into(),
                extension.into(),
            ],
        )
        .expect("powa_functions is powa's own table");
    }
    log!("powa: data source \"{}\" registered", plugin.name);
}

fn forget(module: &str) {
    Spi::run_with_args(
        "DELETE FROM powa_functions WHERE srvid = 0 AND module = $1",
        &[module.into()],
    )
    .expect("powa_functions is powa's own table");
}

/// Unregisters a source of walker.plugins: its `unregister`, then its rows.
fn unregister_loaded(plugin: &mut Plugin, now: Timestamp, why: &str) {
    let name = plugin.name.clone();
    if let Some(runner) = plugin.data_source.as_mut() {
        let outcome = plugins::call_plugin_with(&mut SpiHost::at(&name, now), |host| {
            runner.object.unregister(host)
        });
        if let Err(message) = outcome {
            plugins::record_error(plugin, "unregister", &message);
        }
    }
    forget(&name);
    log!("powa: data source \"{name}\" unregistered: {why}");
}

/// Unregisters a module that left walker.plugins: its library is loaded
/// once more, if it still can be, for its `unregister`.
fn unregister_departed(module: &str, now: Timestamp) {
    let libdir = plugins::libdir();
    let called = parse_plugin_list(module)
        .into_iter()
        .next()
        .and_then(|entry| entry.name.ok())
        .and_then(|name| load_library(&libdir, &name).ok().map(|l| (name, l)))
        .and_then(|(name, library)| {
            let new = library.module.new_data_source()?;
            let mut object = new().into_result().ok()?;
            Some(
                plugins::call_plugin_with(&mut SpiHost::at(module, now), |host| {
                    object.unregister(host)
                })
                .map_err(|message| (library_path(&libdir, &name), message)),
            )
        });
    match called {
        Some(Err((path, message))) => warning!(
            "powa: data source \"{module}\" ({}) failed in unregister: {message}",
            path.display()
        ),
        Some(Ok(())) => {}
        None => log!(
            "powa: data source \"{module}\" cannot be loaded any more; only its registration is removed"
        ),
    }
    forget(module);
    log!("powa: data source \"{module}\" unregistered: it is not in walker.plugins any more");
}

/// Starts the data sources not started yet (and not backing off), brings
/// `powa_functions` in line with `walker.plugins` and the installed
/// extensions, and returns the sources to run: ascending priority (of
/// their snapshot), then their order in walker.plugins.
pub fn prepare(plugins: &mut [Plugin], cycle: u64, now: Timestamp) -> Vec<Planned> {
    for plugin in plugins.iter_mut() {
        let name = plugin.name.clone();
        let Some(runner) = plugin.data_source.as_mut() else {
            continue;
        };
        if runner.started || !runner.may_run(cycle) {
            continue;
        }
        let mut host = SpiHost::at(&name, now);
        match plugins::call_plugin_with(&mut host, |host| runner.object.startup(host)) {
            Ok(()) => {
                runner.started = true;
                runner.required_extension = host.required_extensions.first().cloned();
                runner.sample_period = match runner.object.sample_period_micros() {
                    0 => None,
                    micros => Some(Duration::from_micros(micros)),
                };
            }
            Err(message) => {
                runner.failed(cycle);
                plugins::record_error(plugin, "startup", &message);
            }
        }
    }
    let installed = installed_extensions();
    let registered = registrations();
    let listed: HashSet<&str> = plugins.iter().map(|p| p.name.as_str()).collect();
    for module in registered.keys() {
        if !listed.contains(module.as_str()) {
            unregister_departed(module, now);
        }
    }
    let mut changed = false;
    for plugin in plugins.iter_mut() {
        let Some(runner) = plugin.data_source.as_ref().filter(|r| r.started) else {
            continue;
        };
        let extension = runner.required_extension.clone();
        let samples = runner.sample_period.is_some();
        let present = extension.as_ref().is_none_or(|e| installed.contains(e));
        let is_registered = registered.contains_key(&plugin.name);
        if !present && is_registered {
            let why = format!(
                "the extension \"{}\" it reads is not installed; it is registered again once it is",
                extension.as_deref().unwrap_or_default()
            );
            unregister_loaded(plugin, now, &why);
            changed = true;
        } else if present && !is_registered {
            register(plugin, extension.as_deref(), samples);
            changed = true;
        }
    }
    let registered = if changed { registrations() } else { registered };
    let mut planned: Vec<(i32, Planned)> = plugins
        .iter()
        .enumerate()
        .filter(|(_, p)| p.data_source.as_ref().is_some_and(|r| r.started))
        .filter_map(|(index, plugin)| {
            let rows = registered.get(&plugin.name)?;
            let priority = rows.get("snapshot").map(|(_, p)| *p).unwrap_or(10);
            let enabled = rows
                .iter()
                .filter(|(_, (enabled, _))| *enabled)
                .map(|(operation, _)| operation.clone())
                .collect();
            Some((priority, Planned { index, enabled }))
        })
        .collect();
    planned.sort_by_key(|(priority, p)| (*priority, p.index));
    planned.into_iter().map(|(_, p)| p).collect()
}

/// Runs `operations` of one planned source (the enabled ones), recording
/// failures in `report`.
pub fn run(
    plugin: &mut Plugin,
    planned: &Planned,
    cycle: u64,
    now: Timestamp,
    operations: &[Operation],
    report: &mut Report,
) {
    report.sources += 1;
    for &operation in operations {
        if !planned.enabled.contains(operation.name()) {
            continue;
        }
        let outcome =
            plugins::run_data_source(plugin, cycle, now, operation.name(), |source, host| {
                match operation {
                    Operation::Snapshot => source.snapshot(host),
                    Operation::Aggregate => source.aggregate(host),
                    Operation::Purge(seconds) => source.purge(host, seconds),
                }
            });
        match outcome {
            plugins::Outcome::Failed(message) => {
                report
                    .errors
                    .push((plugin.name.clone(), operation.name(), message));
                // A failed snapshot is not aggregated or purged this cycle.
                break;
            }
            plugins::Outcome::BackingOff => break,
            plugins::Outcome::Succeeded => {}
        }
    }
}

/// The planned sources that sample (and may), with the shortest period
/// among them: all are sampled at that pace.
pub fn sample_period(plugins: &[Plugin], planned: &[Planned]) -> Option<Duration> {
    planned
        .iter()
        .filter(|p| p.enabled.contains("sample"))
        .filter_map(|p| plugins[p.index].data_source.as_ref()?.sample_period)
        .min()
}

/// One sample of every planned source that samples. A failure is recorded
/// and backs the source off like any other.
pub fn sample(plugins: &mut [Plugin], planned: &[Planned], cycle: u64) {
    let now = SpiHost::current_time();
    for p in planned.iter().filter(|p| p.enabled.contains("sample")) {
        let plugin = &mut plugins[p.index];
        if plugin
            .data_source
            .as_ref()
            .and_then(|r| r.sample_period)
            .is_some()
        {
            plugins::run_data_source(plugin, cycle, now, "sample", |source, host| {
                source.sample(host)
            });
        }
    }
}

/// Records a snapshot cycle in powa_snapshots.
pub fn record(now: Timestamp, report: &Report, duration_ms: f64) {
    let column = |pick: fn(&(String, &'static str, String)) -> String| -> Vec<String> {
        report.errors.iter().map(pick).collect()
    };
    Spi::run_with_args(
        "INSERT INTO powa_snapshots (srvid, ts, sources, failed, duration_ms, errors)
         SELECT 0, to_timestamp($1::float8 / 1e6), $2, $3, $4,
                coalesce(jsonb_agg(jsonb_build_object('module', e.module, 'operation', e.operation,
                                                      'message', e.message) ORDER BY e.n), '[]')
           FROM unnest($5::text[], $6::text[], $7::text[]) WITH ORDINALITY
                AS e(module, operation, message, n)
         ON CONFLICT (srvid, ts) DO NOTHING",
        &[
            (now.unix_micros as f64).into(),
            report.sources.into(),
            (report.errors.len() as i32).into(),
            duration_ms.into(),
            column(|e| e.0.clone()).into(),
            column(|e| e.1.to_owned()).into(),
            column(|e| e.2.clone()).into(),
        ],
    )
    .expect("powa_snapshots is powa's own table");
}

/// Purges powa_snapshots with the sources' history.
pub fn purge_records(now: Timestamp, older_than_seconds: u64) {
    Spi::run_with_args(
        "DELETE FROM powa_snapshots
          WHERE srvid = 0 AND ts < to_timestamp($1::float8 / 1e6) - make_interval(secs => $2)",
        &[
            (now.unix_micros as f64).into(),
            (older_than_seconds as f64).into(),
        ],
    )
    .expect("powa_snapshots is powa's own table");
}
