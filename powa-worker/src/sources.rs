//! The data sources' life cycle, shared by the worker's cycles and
//! `powa_take_snapshot()` and friends:
//! - registration in `powa_functions` (one row per source and operation):
//!   a source is registered when it starts, unregistered (its `unregister`
//!   called, its rows removed) when it leaves `walker.plugins` or the
//!   extension it declared is not installed, and registered again when that
//!   extension is back;
//! - a cycle runs the registered sources in ascending priority, each
//!   operation only if enabled there;
//! - each snapshot cycle is recorded in `powa_snapshots`, with its errors;
//! - SQL data sources (`sql_sources`) take their turns among the plugins',
//!   by priority.
//!
//! What powa-collector does the same way is in `powa_host`: the cycle
//! (`powa_host::cycle`: registrations, the plan, each source's operations;
//! this module is the worker's `CycleHost`), back-off, records and their
//! purge. The startups stay each host's: they differ in their locks.

use crate::plugins::{self, Plugin};
use crate::spi_host::SpiHost;
use crate::sql_sources::{self, SqlSource, SqlSources};
use pgrx::prelude::*;
use powa_core::abi::TD_Opaque;
use powa_core::host::HostApi_TO;
use powa_core::loader::{library_path, load_library};
use powa_core::{parse_plugin_list, Host, Timestamp};
use powa_host::RepositoryError;
pub use powa_host::{Operation, Planned, Report};
use std::collections::HashSet;
use std::time::Duration;

/// The local server's id in the repository.
const LOCAL: i32 = 0;

/// Runs `work` on powa's own tables through the host API (the catalog and
/// records powa-collector writes too, with the same code); an error there
/// is the worker's.
fn on_repository<R>(
    now: Timestamp,
    work: impl FnOnce(&mut Host<'_>) -> Result<R, RepositoryError>,
) -> R {
    let mut spi = SpiHost::at("powa", now);
    let mut host = Host::new(HostApi_TO::from_ptr(&mut spi, TD_Opaque));
    work(&mut host).unwrap_or_else(|error| pgrx::error!("powa: {error}"))
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

fn forget(module: &str, now: Timestamp) {
    on_repository(now, |host| powa_host::forget(host, LOCAL, module));
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
    forget(&name, now);
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
    forget(module, now);
    log!("powa: data source \"{module}\" unregistered: it is not in walker.plugins any more");
}

/// Starts the data sources not started yet (and not backing off), brings
/// `powa_functions` in line with `walker.plugins` and the installed
/// extensions, and returns the sources to run: ascending priority (of
/// their snapshot), then their order in walker.plugins.
fn prepare(plugins: &mut [Plugin], cycle: u64, now: Timestamp) -> Vec<Planned> {
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
    powa_host::cycle::reconcile(&mut LocalCycle::new(plugins, now), &installed)
        .unwrap_or_else(|error| pgrx::error!("powa: {error}"))
}

/// The worker's side of the shared cycle (`powa_host::cycle`): its
/// plugins, called through SPI, their failures recorded by
/// `plugins::run_data_source`.
struct LocalCycle<'a> {
    plugins: &'a mut [Plugin],
    now: Timestamp,
    repository: SpiHost,
}

impl<'a> LocalCycle<'a> {
    fn new(plugins: &'a mut [Plugin], now: Timestamp) -> Self {
        Self {
            plugins,
            now,
            repository: SpiHost::at("powa", now),
        }
    }
}

impl powa_host::cycle::CycleHost for LocalCycle<'_> {
    type Error = RepositoryError;

    fn server(&self) -> i32 {
        LOCAL
    }

    fn repository(&mut self) -> &mut dyn powa_host::Repository {
        &mut self.repository
    }

    fn sources(&self) -> Vec<powa_host::cycle::SourceState> {
        // Every plugin of walker.plugins, by index: one that is no data
        // source (or did not start) is never registered nor planned, and
        // its name keeps a registration of that module from being taken
        // for a departed one.
        self.plugins
            .iter()
            .map(|plugin| {
                let runner = plugin.data_source.as_ref();
                powa_host::cycle::SourceState {
                    name: plugin.name.clone(),
                    started: runner.is_some_and(|r| r.started),
                    extensions: runner
                        .and_then(|r| r.required_extension.clone())
                        .into_iter()
                        .collect(),
                    samples: runner.is_some_and(|r| r.sample_period.is_some()),
                    library: plugin
                        .library_path
                        .as_ref()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                    missing_reported: runner.is_some_and(|r| r.missing_reported),
                }
            })
            .collect()
    }

    fn log(&mut self, message: &str) {
        log!("powa: {message}");
    }

    fn set_missing_reported(&mut self, index: usize, reported: bool) {
        if let Some(runner) = self.plugins[index].data_source.as_mut() {
            runner.missing_reported = reported;
        }
    }

    fn unregister(&mut self, index: usize, why: &str) -> Result<(), RepositoryError> {
        unregister_loaded(&mut self.plugins[index], self.now, why);
        Ok(())
    }

    fn unregister_departed(&mut self, module: &str) -> Result<(), RepositoryError> {
        unregister_departed(module, self.now);
        Ok(())
    }

    fn may_run(&self, index: usize, cycle: u64) -> bool {
        self.plugins[index]
            .data_source
            .as_ref()
            .is_some_and(|r| r.started && r.may_run(cycle))
    }

    fn call(
        &mut self,
        index: usize,
        cycle: u64,
        operation: Operation,
    ) -> Result<Result<(), String>, RepositoryError> {
        let outcome = plugins::run_data_source(
            &mut self.plugins[index],
            cycle,
            self.now,
            operation.name(),
            |source, host| operation.call(source, host),
        );
        Ok(match outcome {
            plugins::Outcome::Failed(message) => Err(message),
            // Checked by may_run before the source's first operation.
            plugins::Outcome::BackingOff | plugins::Outcome::Succeeded => Ok(()),
        })
    }
}

/// The sources of a cycle: the planned plugins and the SQL data sources.
pub struct Planning {
    pub plugins: Vec<Planned>,
    pub sql: Vec<SqlSource>,
}

/// One source's turn in a cycle.
#[derive(Clone, Copy)]
pub enum Turn<'a> {
    Plugin(&'a Planned),
    Sql(&'a SqlSource),
}

impl Planning {
    /// Every source's turn: ascending priority; at equal priority the
    /// plugins first, in their order, then SQL sources by module.
    pub fn turns(&self) -> Vec<Turn<'_>> {
        let mut turns: Vec<(i32, usize, Turn<'_>)> = self
            .plugins
            .iter()
            .map(|p| (p.priority, 0, Turn::Plugin(p)))
            .chain(self.sql.iter().map(|s| (s.priority, 1, Turn::Sql(s))))
            .collect();
        // Stable: each kind keeps its own order within a priority.
        turns.sort_by_key(|(priority, kind, _)| (*priority, *kind));
        turns.into_iter().map(|(_, _, turn)| turn).collect()
    }
}

/// [`prepare`] for the plugins, and the SQL data sources (unregistering
/// those whose extension was dropped).
pub fn plan(plugins: &mut [Plugin], sql: &mut SqlSources, cycle: u64, now: Timestamp) -> Planning {
    Planning {
        plugins: prepare(plugins, cycle, now),
        sql: sql_sources::prepare(sql),
    }
}

/// Runs `operations` of one source's turn (the enabled ones), recording
/// failures in `report`: a plugin through the shared cycle's `run_source`,
/// an SQL source with `sql_operations` (the contract's pace of purges).
#[allow(clippy::too_many_arguments)]
pub fn run(
    plugins: &mut [Plugin],
    sql: &mut SqlSources,
    turn: Turn<'_>,
    cycle: u64,
    now: Timestamp,
    operations: &[Operation],
    sql_operations: &[Operation],
    report: &mut Report,
) {
    match turn {
        Turn::Plugin(planned) => powa_host::cycle::run_source(
            &mut LocalCycle::new(plugins, now),
            planned,
            cycle,
            operations,
            report,
        )
        .unwrap_or_else(|error| pgrx::error!("powa: {error}")),
        Turn::Sql(source) => sql_sources::run(sql, source, cycle, sql_operations, report),
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
    on_repository(now, |host| {
        powa_host::record(host, LOCAL, now, report, duration_ms)
    });
}

/// Purges powa_snapshots with the sources' history.
pub fn purge_records(now: Timestamp, older_than_seconds: u64) {
    on_repository(now, |host| {
        powa_host::purge_snapshots(host, LOCAL, now, older_than_seconds)
    });
}
