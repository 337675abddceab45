//! The data sources' cycle for one server, written once: the worker runs
//! it for the local server, powa-collector for each remote one. What
//! differs between them (how a source is called: SPI subtransactions or a
//! client connection's savepoints; how a failure is logged) is a
//! [`CycleHost`]; what a cycle does is here:
//! - [`reconcile`]: `powa_functions` brought in line with the sources the
//!   host runs and the extensions the server has (register a started
//!   source, unregister one whose extension is gone or that the host no
//!   longer runs), then the plan: the registered sources in priority order
//!   with their enabled operations;
//! - [`run_source`]: one planned source's operations of the cycle, unless
//!   it is backing off (then it is not counted), only the enabled ones,
//!   stopping at its first failure (a failed snapshot is not aggregated or
//!   purged), each failure in the cycle's [`Report`].

use crate::{plan, register, registrations, Operation, Planned, Registrations, Report, Repository};
use std::collections::HashSet;

/// A data source as the cycle sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceState {
    pub name: String,
    /// Its startup succeeded.
    pub started: bool,
    /// The monitored server's extensions it reads (declared in startup).
    pub extensions: Vec<String>,
    /// It samples between snapshots (registers the `sample` operation).
    pub samples: bool,
    /// Its library, for the catalog's entry point.
    pub library: String,
    /// The host said it collects nothing for want of an extension (said
    /// once, until the source is registered).
    pub missing_reported: bool,
}

/// What the worker and powa-collector provide to run a server's cycle.
pub trait CycleHost {
    /// The host cannot go on with this cycle (powa-collector: the
    /// repository or the server is gone; the worker's SPI raises instead).
    type Error: From<crate::RepositoryError>;

    fn server(&self) -> i32;
    /// powa's own tables.
    fn repository(&mut self) -> &mut dyn Repository;
    /// The sources the host runs for this server, by index.
    fn sources(&self) -> Vec<SourceState>;
    fn log(&mut self, message: &str);
    /// Records whether source `index`'s missing extension was reported.
    fn set_missing_reported(&mut self, index: usize, reported: bool);
    /// Calls source `index`'s `unregister` (a failure there is the host's
    /// to report) and removes its rows from `powa_functions`.
    fn unregister(&mut self, index: usize, why: &str) -> Result<(), Self::Error>;
    /// The same for a registered module the host no longer runs: its
    /// library is loaded once more, if it still can be, for `unregister`.
    fn unregister_departed(&mut self, module: &str) -> Result<(), Self::Error>;
    /// Whether source `index` runs in `cycle` (not backing off).
    fn may_run(&self, index: usize, cycle: u64) -> bool;
    /// Runs `operation` of source `index`: `Ok(Err(message))` when the
    /// source failed (its work rolled back, its back-off and the error log
    /// updated by the host), `Err` when the host cannot go on.
    fn call(
        &mut self,
        index: usize,
        cycle: u64,
        operation: Operation,
    ) -> Result<Result<(), String>, Self::Error>;
}

/// Brings the server's `powa_functions` rows in line with the host's
/// sources and the server's `installed` extensions, and returns the plan:
/// the registered, started sources in the order a cycle runs them.
pub fn reconcile<H: CycleHost>(
    host: &mut H,
    installed: &HashSet<String>,
) -> Result<Vec<Planned>, H::Error> {
    let server = host.server();
    let sources = host.sources();
    let registered = registrations(host.repository(), server)?;
    let mut changed = false;
    for module in registered.keys() {
        if !sources.iter().any(|s| &s.name == module) {
            host.unregister_departed(module)?;
            changed = true;
        }
    }
    for (index, source) in sources.iter().enumerate().filter(|(_, s)| s.started) {
        let missing = source.extensions.iter().find(|e| !installed.contains(*e));
        let is_registered = registered.contains_key(&source.name);
        match (missing, is_registered) {
            (Some(extension), true) => {
                host.unregister(
                    index,
                    &format!(
                        "the extension \"{extension}\" it reads is not installed; \
                         it is registered again once it is"
                    ),
                )?;
                host.set_missing_reported(index, true);
                changed = true;
            }
            (Some(extension), false) if !source.missing_reported => {
                host.log(&format!(
                    "data source \"{}\" collects nothing: the extension \"{extension}\" it \
                     reads is not installed on this server; it is registered once it is",
                    source.name
                ));
                host.set_missing_reported(index, true);
            }
            (None, false) => {
                host.set_missing_reported(index, false);
                register(
                    host.repository(),
                    server,
                    &source.name,
                    &source.library,
                    source.extensions.first().map(String::as_str),
                    source.samples,
                )?;
                host.log(&format!("data source \"{}\" registered", source.name));
                changed = true;
            }
            _ => {}
        }
    }
    let registered: Registrations = if changed {
        registrations(host.repository(), server)?
    } else {
        registered
    };
    let runnable = sources
        .iter()
        .enumerate()
        .filter(|(_, s)| s.started && s.extensions.iter().all(|e| installed.contains(e)))
        .map(|(index, s)| (index, s.name.as_str()));
    Ok(plan(runnable, &registered))
}

/// Runs the cycle's `operations` of one planned source, recording its
/// failure in `report`.
pub fn run_source<H: CycleHost>(
    host: &mut H,
    planned: &Planned,
    cycle: u64,
    operations: &[Operation],
    report: &mut Report,
) -> Result<(), H::Error> {
    if !host.may_run(planned.index, cycle) {
        return Ok(());
    }
    report.sources += 1;
    for &operation in operations {
        if !planned.enabled.contains(operation.name()) {
            continue;
        }
        if let Err(message) = host.call(planned.index, cycle, operation)? {
            report.failed(Some(&planned.module), operation.name(), &message);
            break;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Backoff, RepositoryError};
    use powa_core::{QueryResult, Value};

    /// A host whose repository is a list of powa_functions rows, and whose
    /// sources fail the operations they are told to.
    #[derive(Default)]
    struct FakeHost {
        rows: Vec<(String, String, bool, i32)>,
        sources: Vec<SourceState>,
        fails: Vec<(String, &'static str)>,
        backoff: Vec<Backoff>,
        calls: Vec<String>,
        unregistered: Vec<String>,
        logged: Vec<String>,
    }

    impl Repository for FakeHost {
        fn run(&mut self, sql: &str, params: &[Value]) -> Result<QueryResult, RepositoryError> {
            let text = |i: usize| match &params[i] {
                Value::Text(t) => t.to_string(),
                other => format!("{other:?}"),
            };
            if sql.starts_with("SELECT module") {
                let rows = self
                    .rows
                    .iter()
                    .map(|(m, o, e, p)| {
                        vec![
                            Value::Text(m.as_str().into()),
                            Value::Text(o.as_str().into()),
                            Value::Bool(*e),
                            Value::Int4(*p),
                        ]
                    })
                    .collect();
                return Ok(QueryResult::new(
                    &["module", "operation", "enabled", "priority"],
                    rows,
                ));
            }
            if sql.starts_with("INSERT INTO powa_functions") {
                self.rows.push((text(1), text(2), true, 10));
            }
            Ok(QueryResult::new(&[], Vec::new()))
        }
    }

    impl CycleHost for FakeHost {
        type Error = RepositoryError;
        fn server(&self) -> i32 {
            3
        }
        fn repository(&mut self) -> &mut dyn Repository {
            self
        }
        fn sources(&self) -> Vec<SourceState> {
            self.sources.clone()
        }
        fn log(&mut self, message: &str) {
            self.logged.push(message.to_owned());
        }
        fn set_missing_reported(&mut self, index: usize, reported: bool) {
            self.sources[index].missing_reported = reported;
        }
        fn unregister(&mut self, index: usize, _why: &str) -> Result<(), RepositoryError> {
            let name = self.sources[index].name.clone();
            self.rows.retain(|r| r.0 != name);
            self.unregistered.push(name);
            Ok(())
        }
        fn unregister_departed(&mut self, module: &str) -> Result<(), RepositoryError> {
            self.rows.retain(|r| r.0 != module);
            self.unregistered.push(module.to_owned());
            Ok(())
        }
        fn may_run(&self, index: usize, cycle: u64) -> bool {
            self.backoff[index].may_run(cycle)
        }
        fn call(
            &mut self,
            index: usize,
            cycle: u64,
            operation: Operation,
        ) -> Result<Result<(), String>, RepositoryError> {
            let name = self.sources[index].name.clone();
            self.calls.push(format!("{name} {}", operation.name()));
            if self.fails.contains(&(name, operation.name())) {
                self.backoff[index].failed(cycle);
                return Ok(Err("it failed".into()));
            }
            Ok(Ok(()))
        }
    }

    fn source(name: &str, extensions: &[&str]) -> SourceState {
        SourceState {
            name: name.into(),
            started: true,
            extensions: extensions.iter().map(|e| (*e).to_owned()).collect(),
            samples: false,
            library: format!("/lib/{name}.so"),
            missing_reported: false,
        }
    }

    fn host(sources: Vec<SourceState>) -> FakeHost {
        FakeHost {
            backoff: vec![Backoff::default(); sources.len()],
            sources,
            ..FakeHost::default()
        }
    }

    fn cycle(host: &mut FakeHost, installed: &[&str], cycle_number: u64) -> Report {
        let installed: HashSet<String> = installed.iter().map(|e| (*e).to_owned()).collect();
        let planned = reconcile(host, &installed).unwrap();
        let mut report = Report::default();
        let operations = Operation::of_cycle(true, 60);
        for plan in &planned {
            run_source(host, plan, cycle_number, &operations, &mut report).unwrap();
        }
        report
    }

    #[test]
    fn sources_register_run_in_priority_order_and_leave() {
        let mut host = host(vec![source("a", &[]), source("b", &[])]);
        host.rows.push(("gone".into(), "snapshot".into(), true, 10));
        cycle(&mut host, &[], 0);
        assert_eq!(host.unregistered, ["gone"]);
        assert_eq!(host.calls[..3], ["a snapshot", "a aggregate", "a purge"]);
        for row in host.rows.iter_mut().filter(|r| r.0 == "b") {
            row.3 = 1;
        }
        host.calls.clear();
        cycle(&mut host, &[], 1);
        assert_eq!(
            host.calls[0], "b snapshot",
            "b has the lower priority number"
        );
    }

    #[test]
    fn a_disabled_operation_is_skipped_and_a_failure_stops_the_source() {
        let mut host = host(vec![source("a", &[]), source("b", &[])]);
        cycle(&mut host, &[], 0);
        for row in host
            .rows
            .iter_mut()
            .filter(|r| r.0 == "a" && r.1 == "aggregate")
        {
            row.2 = false;
        }
        host.fails.push(("b".into(), "snapshot"));
        host.calls.clear();
        let report = cycle(&mut host, &[], 1);
        assert_eq!(host.calls, ["a snapshot", "a purge", "b snapshot"]);
        assert_eq!(report.sources, 2);
        assert_eq!(report.failed_sources(), 1);
        // Backing off: not run, not counted.
        host.calls.clear();
        let report = cycle(&mut host, &[], 2);
        assert_eq!(report.sources, 1);
        assert!(!host.calls.iter().any(|c| c.starts_with('b')));
    }

    #[test]
    fn a_missing_extension_unregisters_until_it_is_back() {
        let mut host = host(vec![source("s", &["pg_stat_statements"])]);
        let report = cycle(&mut host, &["pg_stat_statements"], 0);
        assert_eq!(report.sources, 1);
        let report = cycle(&mut host, &[], 1);
        assert_eq!(host.unregistered, ["s"]);
        assert_eq!(report.sources, 0);
        assert!(host.rows.is_empty());
        cycle(&mut host, &["pg_stat_statements"], 2);
        assert!(host.rows.iter().any(|r| r.0 == "s"), "registered again");
    }

    #[test]
    fn a_source_without_its_extension_says_so_once() {
        let mut host = host(vec![source("k", &["pg_stat_kcache"]), source("d", &[])]);
        for number in 0..3 {
            let report = cycle(&mut host, &[], number);
            assert_eq!(report.sources, 1, "d runs");
        }
        let missing: Vec<&String> = host
            .logged
            .iter()
            .filter(|m| m.contains("\"k\" collects nothing"))
            .collect();
        assert_eq!(missing.len(), 1, "{:?}", host.logged);
        assert!(missing[0].contains("\"pg_stat_kcache\""));
        // Installed, then gone again: said again.
        cycle(&mut host, &["pg_stat_kcache"], 3);
        cycle(&mut host, &[], 4);
        cycle(&mut host, &[], 5);
        assert_eq!(host.unregistered, ["k"]);
        assert!(host.sources[0].missing_reported);
    }
}
