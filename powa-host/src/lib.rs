//! What the worker (local mode, server 0) and powa-collector (remote mode,
//! one thread per server) both do around the data sources, written once:
//! - the cycle's operations ([`Operation::of_cycle`]);
//! - the catalog in `powa_functions`: a source's rows per server
//!   ([`register`], [`forget`]), read back with their enabled flags and
//!   priorities ([`registrations`]) to order and filter a cycle ([`plan`]);
//! - the back-off of a failing source ([`Backoff`]);
//! - the record of each snapshot in `powa_snapshots` ([`record`]) and its
//!   purge with the sources' history ([`purge_snapshots`]), per server;
//! - the plugins' error log ([`record_failure`]);
//! - the check that the repository's extension is the hosts' version
//!   ([`extension_mismatch`]).
//!
//! - the cycle itself, registrations to operations ([`cycle`]).
//!
//! Every statement goes to a [`Repository`]: the worker's is the host API
//! over SPI ([`powa_core::Host`]), the collector's its repository
//! connection. Plugins do not link this crate, so it changes with the
//! hosts, never with the plugin ABI.

pub mod cycle;

use powa_core::{Host, QueryResult, RowError, Timestamp, ToValue, Value};
use std::collections::{HashMap, HashSet};

/// The powa version of the worker and powa-collector: the extension's SQL
/// they write to must be at the same version.
pub const POWA_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Why a host cannot use the repository whose powa extension is at
/// `installed` (None: not installed), `database` naming where it is; None
/// when it can. New binaries and an extension not yet updated (`ALTER
/// EXTENSION powa UPDATE` not run) would write tables of another shape.
pub fn extension_mismatch(database: &str, installed: Option<&str>) -> Option<String> {
    match installed {
        None => Some(format!(
            "the powa extension is not installed in {database}: run CREATE EXTENSION powa there"
        )),
        Some(version) if version == POWA_VERSION => None,
        Some(version) => Some(format!(
            "the powa extension in {database} is at version {version}, this powa is \
             {POWA_VERSION}: run ALTER EXTENSION powa UPDATE there (see the README's \"Upgrading\")"
        )),
    }
}

/// A statement on the repository failed, or its answer was not the
/// expected one.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct RepositoryError(pub String);

impl From<RowError> for RepositoryError {
    fn from(error: RowError) -> Self {
        Self(error.to_string())
    }
}

/// Where powa's own tables are, as a host reaches them: runs one statement
/// with `$1`-style parameters in the current transaction.
pub trait Repository {
    fn run(&mut self, sql: &str, params: &[Value]) -> Result<QueryResult, RepositoryError>;
}

impl Repository for Host<'_> {
    fn run(&mut self, sql: &str, params: &[Value]) -> Result<QueryResult, RepositoryError> {
        let params: Vec<&dyn ToValue> = params.iter().map(|p| p as &dyn ToValue).collect();
        self.query(sql, &params)
            .map_err(|error| RepositoryError(error.to_string()))
    }
}

/// Why a role cannot act as powa_write_all_data (`schema::WRITER_ROLE`,
/// which the worker and powa-collector run plugins as), with what to do.
pub fn not_a_writer(role: &str) -> String {
    let writer = powa_core::schema::WRITER_ROLE;
    format!(
        "role \"{role}\" is not a member of {writer}, as which powa runs its \
         plugins in the repository (GRANT {writer} TO \"{role}\")"
    )
}

/// `values` as statement parameters.
fn params(values: &[&dyn ToValue]) -> Vec<Value> {
    values.iter().map(|v| v.to_value()).collect()
}

/// A data-source operation of a cycle.
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

    /// Calls this operation of `source`.
    pub fn call(
        self,
        source: &mut powa_core::ffi::DataSourceBox,
        host: powa_core::HostRef<'_>,
    ) -> powa_core::abi::RResult<(), powa_core::FfiError> {
        match self {
            Operation::Snapshot => source.snapshot(host),
            Operation::Aggregate => source.aggregate(host),
            Operation::Purge(seconds) => source.purge(host, seconds),
        }
    }

    /// A cycle's operations: a snapshot, and on a maintenance cycle (every
    /// `coalesce`-th) also aggregate, then purge what is older than the
    /// retention.
    pub fn of_cycle(maintain: bool, retention_seconds: u64) -> Vec<Operation> {
        if maintain {
            vec![
                Operation::Snapshot,
                Operation::Aggregate,
                Operation::Purge(retention_seconds),
            ]
        } else {
            vec![Operation::Snapshot]
        }
    }
}

/// PoWA's stat-extension contract purges after every 10 aggregates (powa's
/// plugins purge at each); SQL data sources keep that pace.
pub const AGGREGATES_PER_PURGE: u64 = 10;

/// Counts the aggregating cycles of SQL data sources, to purge them at the
/// contract's pace.
#[derive(Debug, Default, Clone)]
pub struct PurgePace {
    aggregates: u64,
}

impl PurgePace {
    /// The operations of a cycle whose plugins run `operations`: the same,
    /// except that an aggregating cycle purges only every
    /// [`AGGREGATES_PER_PURGE`] aggregates (a purge asked alone, by
    /// `powa_purge()`, always runs).
    pub fn operations_of_cycle(&mut self, operations: &[Operation]) -> Vec<Operation> {
        let aggregates = operations.contains(&Operation::Aggregate);
        if aggregates {
            self.aggregates += 1;
        }
        let purge_due = !aggregates || self.aggregates.is_multiple_of(AGGREGATES_PER_PURGE);
        operations
            .iter()
            .copied()
            .filter(|operation| purge_due || !matches!(operation, Operation::Purge(_)))
            .collect()
    }
}

/// The operations every source registers; one that samples adds
/// [`SAMPLE`].
pub const OPERATIONS: [&str; 4] = ["snapshot", "aggregate", "purge", "unregister"];
pub const SAMPLE: &str = "sample";

/// Cycles a failing source sits out at most.
pub const MAX_BACKOFF_CYCLES: u64 = 64;

/// A source's failures in a row: after the n-th it sits out 2^n cycles (at
/// most [`MAX_BACKOFF_CYCLES`]) before it is tried again.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Backoff {
    pub failures: u32,
    /// The first cycle it may run in again.
    pub resume_at: u64,
}

impl Backoff {
    pub fn may_run(&self, cycle: u64) -> bool {
        cycle >= self.resume_at
    }

    pub fn succeeded(&mut self) {
        self.failures = 0;
    }

    pub fn failed(&mut self, cycle: u64) {
        self.failures += 1;
        self.resume_at = cycle + (1u64 << self.failures.min(6)).min(MAX_BACKOFF_CYCLES);
    }
}

/// A server's registered modules: module → operation → (enabled, priority).
pub type Registrations = HashMap<String, HashMap<String, (bool, i32)>>;

/// The plugins' rows of `powa_functions` for `server` (SQL data sources,
/// rows with a `function_name`, are the worker's own: `powa_worker`'s
/// `sql_sources`).
pub fn registrations(
    repository: &mut (impl Repository + ?Sized),
    server: i32,
) -> Result<Registrations, RepositoryError> {
    let rows = repository.run(
        "SELECT module, operation, enabled, priority FROM powa_functions
         WHERE srvid = $1 AND function_name IS NULL",
        &params(&[&server]),
    )?;
    let mut registered: Registrations = HashMap::new();
    for row in rows.rows() {
        let module: String = row.get("module")?;
        let operation: String = row.get("operation")?;
        let enabled: Option<bool> = row.get("enabled")?;
        let priority: Option<i32> = row.get("priority")?;
        registered.entry(module).or_default().insert(
            operation,
            (enabled.unwrap_or(false), priority.unwrap_or(10)),
        );
    }
    Ok(registered)
}

/// Registers `module` for `server`: a row per operation (kept with its
/// enabled flag and priority when it exists), its entry point in `library`.
pub fn register(
    repository: &mut (impl Repository + ?Sized),
    server: i32,
    module: &str,
    library: &str,
    extension: Option<&str>,
    samples: bool,
) -> Result<(), RepositoryError> {
    for operation in OPERATIONS.into_iter().chain(samples.then_some(SAMPLE)) {
        repository.run(
            // A module of the same name registered as an SQL data source
            // keeps its rows.
            "INSERT INTO powa_functions
               (srvid, module, operation, entry_point, extension, added_manually)
             VALUES ($1, $2, $3, $4, $5, false)
             ON CONFLICT (srvid, module, operation)
             DO UPDATE SET entry_point = excluded.entry_point, extension = excluded.extension
             WHERE powa_functions.function_name IS NULL",
            &params(&[
                &server,
                &module,
                &operation,
                &format!("{library}: {operation}"),
                &extension,
            ]),
        )?;
    }
    Ok(())
}

/// Removes `module`'s rows for `server`.
pub fn forget(
    repository: &mut (impl Repository + ?Sized),
    server: i32,
    module: &str,
) -> Result<(), RepositoryError> {
    repository.run(
        "DELETE FROM powa_functions WHERE srvid = $1 AND module = $2",
        &params(&[&server, &module]),
    )?;
    Ok(())
}

/// One source to run in a cycle, and which of its operations are enabled.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    pub index: usize,
    pub module: String,
    /// Its snapshot row's priority (10 without one).
    pub priority: i32,
    pub enabled: HashSet<String>,
}

/// The registered sources among `started` (index, module name), in the
/// order a cycle runs them: ascending priority of their snapshot row, then
/// their index (their order in the configuration).
pub fn plan<'a>(
    started: impl IntoIterator<Item = (usize, &'a str)>,
    registered: &Registrations,
) -> Vec<Planned> {
    let mut planned: Vec<Planned> = started
        .into_iter()
        .filter_map(|(index, module)| {
            let rows = registered.get(module)?;
            let priority = rows.get("snapshot").map_or(10, |(_, priority)| *priority);
            let enabled = rows
                .iter()
                .filter(|(_, (enabled, _))| *enabled)
                .map(|(operation, _)| operation.clone())
                .collect();
            Some(Planned {
                index,
                module: module.to_owned(),
                priority,
                enabled,
            })
        })
        .collect();
    planned.sort_by_key(|p| (p.priority, p.index));
    planned
}

/// What a snapshot cycle did: the sources it ran (a source backing off is
/// not run, nor counted) and every failure.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Report {
    pub sources: i32,
    pub errors: Vec<Failure>,
}

/// A failure of a cycle: of one source's operation, or (no module) of the
/// whole snapshot.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub module: Option<String>,
    pub operation: String,
    pub message: String,
}

impl Report {
    pub fn failed(&mut self, module: Option<&str>, operation: &str, message: &str) {
        self.errors.push(Failure {
            module: module.map(str::to_owned),
            operation: operation.to_owned(),
            message: message.to_owned(),
        });
    }

    /// The sources that failed (each counted once; a whole-snapshot
    /// failure counts every source, and at least one: a snapshot that
    /// failed before its sources were counted, on its connection say, is
    /// still a failed snapshot).
    pub fn failed_sources(&self) -> i32 {
        if self.errors.iter().any(|e| e.module.is_none()) {
            return self.sources.max(1);
        }
        let modules: HashSet<&str> = self
            .errors
            .iter()
            .filter_map(|e| e.module.as_deref())
            .collect();
        modules.len() as i32
    }
}

/// Records a snapshot of `server` at `ts` in `powa_snapshots` (once: a
/// second record for the same time is ignored).
pub fn record(
    repository: &mut (impl Repository + ?Sized),
    server: i32,
    ts: Timestamp,
    report: &Report,
    duration_ms: f64,
) -> Result<(), RepositoryError> {
    let modules: Vec<Option<String>> = report.errors.iter().map(|e| e.module.clone()).collect();
    let operations: Vec<Option<String>> = report
        .errors
        .iter()
        .map(|e| Some(e.operation.clone()))
        .collect();
    let messages: Vec<Option<String>> = report
        .errors
        .iter()
        .map(|e| Some(e.message.clone()))
        .collect();
    repository.run(
        "INSERT INTO powa_snapshots (srvid, ts, sources, failed, duration_ms, errors)
         SELECT $1, $2, $3, $4, $5,
                coalesce(jsonb_agg(jsonb_build_object('module', e.module, 'operation', e.operation,
                                                      'message', e.message) ORDER BY e.n), '[]')
           FROM unnest($6::text[], $7::text[], $8::text[]) WITH ORDINALITY
                AS e(module, operation, message, n)
         ON CONFLICT (srvid, ts) DO NOTHING",
        &params(&[
            &server,
            &ts,
            &report.sources,
            &report.failed_sources(),
            &duration_ms,
            &modules,
            &operations,
            &messages,
        ]),
    )?;
    Ok(())
}

/// How many entries `powa_plugin_error_log` keeps (the newest).
pub const ERROR_LOG_KEPT: i64 = 1000;

/// Appends a plugin's failure to `powa_plugin_error_log` (what
/// `powa_plugin_errors` shows) for `server`, and trims the log to its
/// newest [`ERROR_LOG_KEPT`] entries.
pub fn record_failure(
    repository: &mut (impl Repository + ?Sized),
    server: i32,
    module: &str,
    operation: &str,
    message: &str,
) -> Result<(), RepositoryError> {
    repository.run(
        "INSERT INTO powa_plugin_error_log (srvid, plugin, operation, message) VALUES ($1, $2, $3, $4)",
        &params(&[&server, &module, &operation, &message]),
    )?;
    repository.run(
        "DELETE FROM powa_plugin_error_log
          WHERE id <= (SELECT max(id) - $1 FROM powa_plugin_error_log)",
        &params(&[&ERROR_LOG_KEPT]),
    )?;
    Ok(())
}

/// Purges `server`'s `powa_snapshots` rows older than `older_than_seconds`
/// before `now`, as its sources purge their history.
pub fn purge_snapshots(
    repository: &mut (impl Repository + ?Sized),
    server: i32,
    now: Timestamp,
    older_than_seconds: u64,
) -> Result<(), RepositoryError> {
    repository.run(
        "DELETE FROM powa_snapshots
          WHERE srvid = $1 AND ts < $2::timestamptz - make_interval(secs => $3)",
        &params(&[&server, &now, &(older_than_seconds as f64)]),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use powa_core::testing::TestHost;
    use powa_core::{QueryResult, Value};

    #[test]
    fn backoff_doubles_up_to_64_cycles_and_resets_on_success() {
        let mut backoff = Backoff::default();
        assert!(backoff.may_run(0));
        backoff.failed(10);
        assert_eq!(backoff.resume_at, 12);
        assert!(!backoff.may_run(11) && backoff.may_run(12));
        for _ in 0..10 {
            backoff.failed(100);
        }
        assert_eq!(backoff.resume_at, 100 + MAX_BACKOFF_CYCLES);
        backoff.succeeded();
        backoff.failed(200);
        assert_eq!(backoff.resume_at, 202);
    }

    #[test]
    fn sql_sources_purge_after_every_tenth_aggregate() {
        let mut pace = PurgePace::default();
        let coalescing = Operation::of_cycle(true, 60);
        let mut purges = Vec::new();
        for cycle in 1..=25 {
            let operations = pace.operations_of_cycle(&coalescing);
            assert!(operations.contains(&Operation::Aggregate));
            if operations.iter().any(|o| matches!(o, Operation::Purge(_))) {
                purges.push(cycle);
            }
        }
        assert_eq!(purges, vec![10, 20]);
        // Snapshot-only cycles do not count; a purge asked alone runs.
        assert_eq!(
            pace.operations_of_cycle(&[Operation::Snapshot]),
            vec![Operation::Snapshot]
        );
        assert_eq!(
            pace.operations_of_cycle(&[Operation::Purge(5)]),
            vec![Operation::Purge(5)]
        );
        assert_eq!(pace.aggregates, 25);
    }

    #[test]
    fn a_cycle_runs_registered_sources_by_priority_with_their_enabled_operations() {
        let mut test_host = TestHost::new();
        let row = |module: &str, operation: &str, enabled: bool, priority: i32| {
            vec![
                Value::Text(module.into()),
                Value::Text(operation.into()),
                Value::Bool(enabled),
                Value::Int4(priority),
            ]
        };
        test_host.respond(
            "FROM powa_functions",
            QueryResult::new(
                &["module", "operation", "enabled", "priority"],
                vec![
                    row("a", "snapshot", true, 20),
                    row("a", "purge", false, 20),
                    row("b", "snapshot", true, 5),
                    row("c", "snapshot", false, 10),
                ],
            ),
        );
        let registered = registrations(&mut test_host.host(), 3).unwrap();
        assert_eq!(test_host.statements()[0].params, vec![Value::Int4(3)]);
        // d is started but not registered (its extension is missing).
        let planned = plan([(0, "a"), (1, "b"), (2, "c"), (3, "d")], &registered);
        let order: Vec<usize> = planned.iter().map(|p| p.index).collect();
        assert_eq!(order, vec![1, 2, 0]);
        assert!(planned[2].enabled.contains("snapshot") && !planned[2].enabled.contains("purge"));
        assert!(planned[1].enabled.is_empty());
    }

    #[test]
    fn records_and_purges_are_per_server() {
        let mut test_host = TestHost::new();
        let mut report = Report {
            sources: 3,
            ..Report::default()
        };
        report.failed(Some("a"), "snapshot", "boom");
        report.failed(Some("a"), "aggregate", "again");
        let now = Timestamp::from_unix_micros(1_767_225_600_000_000);
        record(&mut test_host.host(), 7, now, &report, 1.5).unwrap();
        purge_snapshots(&mut test_host.host(), 7, now, 86_400).unwrap();
        let statements = test_host.statements();
        assert_eq!(statements[0].params[0], Value::Int4(7));
        assert_eq!(statements[0].params[2], Value::Int4(3));
        assert_eq!(statements[0].params[3], Value::Int4(1), "a failed once");
        assert!(statements[1].sql.contains("srvid = $1"));
        assert_eq!(statements[1].params[0], Value::Int4(7));

        let mut whole = Report {
            sources: 4,
            ..Report::default()
        };
        whole.failed(None, "snapshot", "no answer");
        assert_eq!(whole.failed_sources(), 4);
        let mut before_any_source = Report::default();
        before_any_source.failed(None, "snapshot", "no answer");
        assert_eq!(before_any_source.failed_sources(), 1);
    }
}
