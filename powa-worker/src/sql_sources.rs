//! SQL data sources: PoWA's stat-extension contract, a source written as
//! SQL functions registered in `powa_functions` with a `function_name`
//! (`INSERT INTO powa_functions (module, operation, function_name,
//! added_manually) VALUES ...`).
//!
//! Their life cycle is the contract's: `snapshot` every `powa.frequency`,
//! `aggregate` every `powa.coalesce` snapshots, `purge` after every
//! [`powa_host::AGGREGATES_PER_PURGE`] aggregates (the function applies
//! `powa.retention`), `unregister` when the extension named by the module is
//! dropped (noted by an event trigger in `powa_dropped_extensions`, handled
//! at the next cycle), then the module's rows are removed.
//!
//! Each call runs in a subtransaction, as the function's owner under
//! `SECURITY_RESTRICTED_OPERATION` (as ANALYZE runs index expressions):
//! whoever may write `powa_functions` gets the worker to run only what the
//! function's owner may run. A failure (a function that does not exist,
//! cannot be called with the contract's arguments, or raises) is recorded
//! by name in `powa_plugin_errors`, backs the source off like a plugin, and
//! never stops the other sources.

use crate::spi_host::in_subtransaction;
use pgrx::prelude::*;
use powa_host::{Backoff, Operation, Report};
use std::collections::HashMap;
use std::panic::AssertUnwindSafe;

/// One SQL data source, as registered.
#[derive(Debug, Clone)]
pub struct SqlSource {
    pub module: String,
    /// Its snapshot row's priority (10 without one).
    pub priority: i32,
    /// Operation → (function name as registered, enabled).
    pub functions: HashMap<String, (String, bool)>,
}

/// What the worker keeps about its SQL sources between cycles.
#[derive(Debug, Default)]
pub struct SqlSources {
    backoff: HashMap<String, Backoff>,
    pub pace: powa_host::PurgePace,
}

/// Handles the extensions dropped since the last cycle (each SQL source
/// named after one is unregistered), then returns the registered SQL
/// sources, in ascending priority, then module name.
pub fn prepare(state: &mut SqlSources) -> Vec<SqlSource> {
    let dropped: Vec<String> = Spi::connect_mut(|client| {
        client
            .update(
                "DELETE FROM powa_dropped_extensions RETURNING extname",
                None,
                &[],
            )
            .expect("powa_dropped_extensions is powa's own table")
            .filter_map(|row| row.get::<String>(1).ok().flatten())
            .collect()
    });
    let mut sources = registered();
    for extension in dropped {
        let Some(position) = sources.iter().position(|s| s.module == extension) else {
            continue;
        };
        let source = sources.remove(position);
        unregister(state, &source);
    }
    sources
}

/// The registered SQL sources.
fn registered() -> Vec<SqlSource> {
    let rows: Vec<(String, String, String, bool, i32)> = Spi::connect(|client| {
        client
            .select(
                "SELECT module, operation, function_name, enabled, priority
                   FROM powa_functions
                  WHERE srvid = 0 AND function_name IS NOT NULL",
                None,
                &[],
            )
            .expect("powa_functions is powa's own table")
            .map(|row| {
                (
                    row.get::<String>(1).ok().flatten().unwrap_or_default(),
                    row.get::<String>(2).ok().flatten().unwrap_or_default(),
                    row.get::<String>(3).ok().flatten().unwrap_or_default(),
                    row.get::<bool>(4).ok().flatten().unwrap_or(false),
                    row.get::<i32>(5).ok().flatten().unwrap_or(10),
                )
            })
            .collect()
    });
    let mut by_module: std::collections::BTreeMap<String, SqlSource> = Default::default();
    for (module, operation, function, enabled, priority) in rows {
        let source = by_module
            .entry(module.clone())
            .or_insert_with(|| SqlSource {
                module,
                priority: 10,
                functions: HashMap::new(),
            });
        if operation == "snapshot" {
            source.priority = priority;
        }
        source.functions.insert(operation, (function, enabled));
    }
    // Stable: modules of one priority stay in name order.
    let mut sources: Vec<SqlSource> = by_module.into_values().collect();
    sources.sort_by_key(|s| s.priority);
    sources
}

/// Calls `source`'s unregister (if it has an enabled one), then removes
/// its rows and state.
fn unregister(state: &mut SqlSources, source: &SqlSource) {
    if let Some((function, true)) = source.functions.get("unregister") {
        if let Err(message) = call(function) {
            crate::plugins::log_failure("SQL data source", &source.module, "unregister", &message);
        }
    }
    Spi::run_with_args(
        "DELETE FROM powa_functions WHERE srvid = 0 AND module = $1 AND function_name IS NOT NULL",
        &[source.module.as_str().into()],
    )
    .expect("powa_functions is powa's own table");
    Spi::run_with_args(
        "DELETE FROM powa_sql_source_state WHERE module = $1",
        &[source.module.as_str().into()],
    )
    .expect("powa_sql_source_state is powa's own table");
    state.backoff.remove(&source.module);
    log!(
        "powa: SQL data source \"{}\" unregistered: the extension of that name was dropped",
        source.module
    );
}

/// Runs `operations` of `source` (the enabled ones it has), unless it is
/// backing off; stops at its first failure, recorded in `report`.
pub fn run(
    state: &mut SqlSources,
    source: &SqlSource,
    cycle: u64,
    operations: &[Operation],
    report: &mut Report,
) {
    let backoff = state.backoff.entry(source.module.clone()).or_default();
    if !backoff.may_run(cycle) {
        return;
    }
    report.sources += 1;
    for operation in operations {
        let Some((function, true)) = source.functions.get(operation.name()) else {
            continue;
        };
        match call(function) {
            Ok(()) => {
                backoff.succeeded();
                save_state(&source.module, backoff.failures, None);
            }
            Err(message) => {
                backoff.failed(cycle);
                crate::plugins::log_failure(
                    "SQL data source",
                    &source.module,
                    operation.name(),
                    &message,
                );
                save_state(&source.module, backoff.failures, Some(&message));
                report.failed(Some(&source.module), operation.name(), &message);
                break;
            }
        }
    }
}

/// A function as the contract calls it.
struct Callee {
    /// Its name as `regproc` prints it (quoted, qualified if need be).
    name: String,
    owner: pg_sys::Oid,
    /// It takes the server id (PoWA 4's form) rather than nothing.
    takes_server: bool,
}

/// Calls `function` in a subtransaction, as its owner; the error is the
/// message to record.
fn call(function: &str) -> Result<(), String> {
    in_subtransaction(AssertUnwindSafe(|| {
        let limits = crate::limits::arm();
        let result = resolve(function).and_then(|callee| call_as_owner(&callee));
        limits.disarm();
        result
    }))
    .map_err(|message| format!("function \"{function}\": {message}"))
}

/// Finds the function a registered name denotes: one of that name taking
/// no argument, or the server id.
fn resolve(function: &str) -> Result<Callee, String> {
    let found = Spi::connect(|client| {
        let rows = client.select(
            "SELECT p.oid::regproc::text, p.proowner, p.pronargs = 1
               FROM pg_proc p
              WHERE p.oid IN (to_regprocedure($1 || '()'), to_regprocedure($1 || '(integer)'))
                AND p.prokind = 'f'
              ORDER BY p.pronargs
              LIMIT 1",
            None,
            &[function.into()],
        )?;
        let mut found = None;
        for row in rows {
            found = Some(Callee {
                name: row.get::<String>(1)?.unwrap_or_default(),
                owner: row.get::<pg_sys::Oid>(2)?.unwrap_or(pg_sys::InvalidOid),
                takes_server: row.get::<bool>(3)?.unwrap_or(false),
            });
        }
        Ok::<_, pgrx::spi::SpiError>(found)
    })
    .map_err(|error| error.to_string())?;
    if let Some(callee) = found {
        return Ok(callee);
    }
    let others: Option<String> = Spi::get_one_with_args(
        "SELECT string_agg(p.oid::regprocedure::text, ', ' ORDER BY p.oid)
           FROM pg_proc p, parse_ident($1) AS name
          WHERE p.proname = name[array_upper(name, 1)]",
        &[function.into()],
    )
    .map_err(|error| error.to_string())?;
    Err(match others {
        None => "does not exist".to_owned(),
        Some(forms) => format!(
            "cannot be called: a SQL data source's function takes no argument, or the \
             server id (integer), and there is only {forms}"
        ),
    })
}

/// Runs `callee` as its owner, in a security-restricted operation (no SET
/// ROLE, no temporary tables: the owner's rights and nothing else). An
/// error aborts the caller's subtransaction, which restores the user.
fn call_as_owner(callee: &Callee) -> Result<(), String> {
    let mut user = pg_sys::InvalidOid;
    let mut context: i32 = 0;
    // SAFETY: plain reads and writes of the backend's current user id and
    // security context, restored below (or by the subtransaction's abort).
    unsafe {
        pg_sys::GetUserIdAndSecContext(&mut user, &mut context);
        pg_sys::SetUserIdAndSecContext(
            callee.owner,
            context
                | pg_sys::SECURITY_LOCAL_USERID_CHANGE as i32
                | pg_sys::SECURITY_RESTRICTED_OPERATION as i32,
        );
    }
    let argument = if callee.takes_server { "0" } else { "" };
    let result = Spi::run(&format!("SELECT {}({argument})", callee.name));
    unsafe { pg_sys::SetUserIdAndSecContext(user, context) };
    result.map_err(|error| error.to_string())
}

/// What `powa_sql_sources` shows of a source after a call.
fn save_state(module: &str, failures: u32, error: Option<&str>) {
    Spi::run_with_args(
        "INSERT INTO powa_sql_source_state AS s (module, failures, last_run_at, last_error, last_error_at)
         VALUES ($1, $2, now(), $3, CASE WHEN $3 IS NOT NULL THEN now() END)
         ON CONFLICT (module) DO UPDATE
            SET failures = excluded.failures, last_run_at = excluded.last_run_at,
                last_error = coalesce(excluded.last_error, s.last_error),
                last_error_at = coalesce(excluded.last_error_at, s.last_error_at)",
        &[
            module.into(),
            (failures as i32).into(),
            error.into(),
        ],
    )
    .expect("powa_sql_source_state is powa's own table");
}
