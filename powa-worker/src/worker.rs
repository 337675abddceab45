//! The powa background workers.
//!
//! - The **launcher** (static, one per cluster, connected to no database)
//!   waits until `powa.database` exists, then starts the worker in it and
//!   restarts it if it exits. A missing database is reported once, with the
//!   fix, and checked again calmly: no crash loop. (A worker cannot connect
//!   to a database that does not exist without dying, so the check has to
//!   happen in a process that is connected to none, as PostgreSQL's own
//!   autovacuum launcher does.)
//! - The **worker** (dynamic, connected to `powa.database`) waits until the
//!   powa extension exists there, loads the plugins of `walker.plugins`, and
//!   runs the data sources every `powa.frequency`.
//!
//! Both sleep on their latch, which SIGTERM sets: `pg_ctl stop -m fast`
//! never waits for them. SIGHUP reloads the settings.

use crate::limits::{self, CallLimit};
use crate::plugins::{self, Plugin};
use crate::sources::{self, Operation, Report};
use crate::walker::{self, BatchEnd, Walker};
use pgrx::bgworkers::{
    BackgroundWorker, BackgroundWorkerBuilder, DynamicBackgroundWorker, SignalWakeFlags,
};
use pgrx::prelude::*;
use std::time::{Duration, Instant};

/// `backend_type` of the processes in pg_stat_activity.
pub const LAUNCHER_TYPE: &str = "powa launcher";
pub const WORKER_TYPE: &str = "powa worker";

/// How long the postmaster waits before restarting the launcher after a crash.
const LAUNCHER_RESTART_DELAY: Duration = Duration::from_secs(5);
/// How often a missing database or extension is looked for again.
const RECHECK: Duration = Duration::from_secs(5);
/// Sleep at the end of WAL: short right after records came, doubling up to
/// the maximum while none come. SIGTERM and SIGHUP wake the worker at once.
const MIN_WAL_WAIT: Duration = Duration::from_millis(10);
const MAX_WAL_WAIT: Duration = Duration::from_millis(200);
/// How long the launcher waits before restarting a worker that exited.
const WORKER_RESTART_DELAY: Duration = Duration::from_secs(10);

pub fn register() {
    BackgroundWorkerBuilder::new(LAUNCHER_TYPE)
        .set_type(LAUNCHER_TYPE)
        .set_library("powa")
        .set_function("powa_launcher_main")
        .enable_spi_access()
        .set_restart_time(Some(LAUNCHER_RESTART_DELAY))
        .load();
}

fn reload_settings_if_asked() {
    if BackgroundWorker::sighup_received() {
        // SAFETY: called from a worker's main loop, outside any transaction,
        // which is where PostgreSQL's own workers reload their configuration.
        unsafe { pg_sys::ProcessConfigFile(pg_sys::GucContext::PGC_SIGHUP) };
    }
}

/// The OID of database `name`, if it exists.
///
/// A plain heap scan of pg_database, as the autovacuum launcher does: a
/// process connected to no database cannot use pg_database's indexes until
/// some backend has written the shared relcache file.
fn database_oid(name: &str) -> Option<pg_sys::Oid> {
    BackgroundWorker::transaction(|| {
        let mut found = None;
        // SAFETY: pg_database is a shared catalog, readable without a
        // database; the scan is opened and closed in this transaction.
        unsafe {
            let relation =
                pg_sys::table_open(pg_sys::DatabaseRelationId, pg_sys::AccessShareLock as i32);
            let scan = pg_sys::table_beginscan_catalog(relation, 0, std::ptr::null_mut());
            loop {
                let tuple = pg_sys::heap_getnext(scan, pg_sys::ScanDirection::ForwardScanDirection);
                if tuple.is_null() {
                    break;
                }
                let form = pg_sys::heap_tuple_get_struct::<pg_sys::FormData_pg_database>(tuple);
                let datname = std::ffi::CStr::from_ptr((*form).datname.data.as_ptr());
                if datname.to_bytes() == name.as_bytes() {
                    found = Some((*form).oid);
                    break;
                }
            }
            pg_sys::table_endscan(scan);
            pg_sys::table_close(relation, pg_sys::AccessShareLock as i32);
        }
        found
    })
}

fn start_worker(database: pg_sys::Oid) -> Option<DynamicBackgroundWorker> {
    let started = BackgroundWorkerBuilder::new(WORKER_TYPE)
        .set_type(WORKER_TYPE)
        .set_library("powa")
        .set_function("powa_worker_main")
        .set_argument(database.into_datum())
        .enable_spi_access()
        .set_restart_time(None)
        .set_notify_pid(unsafe { pg_sys::MyProcPid })
        .load_dynamic();
    match started {
        Ok(worker) => Some(worker),
        Err(_) => {
            warning!("powa: could not start the powa worker: no background worker slot is free (raise max_worker_processes)");
            None
        }
    }
}

#[pg_guard]
#[unsafe(no_mangle)]
pub extern "C-unwind" fn powa_launcher_main(_arg: pg_sys::Datum) {
    BackgroundWorker::attach_signal_handlers(SignalWakeFlags::SIGHUP | SignalWakeFlags::SIGTERM);
    BackgroundWorker::connect_worker_to_spi(None, None);

    let mut worker: Option<DynamicBackgroundWorker> = None;
    let mut next_start = Instant::now();
    let mut reported_missing: Option<String> = None;
    loop {
        reload_settings_if_asked();
        if let Some(running) = &worker {
            if matches!(
                running.pid(),
                Err(pgrx::bgworkers::BackgroundWorkerStatus::Stopped)
                    | Err(pgrx::bgworkers::BackgroundWorkerStatus::PostmasterDied)
            ) {
                worker = None;
                next_start = Instant::now() + WORKER_RESTART_DELAY;
            }
        }
        if worker.is_none() && Instant::now() >= next_start {
            let database = crate::settings::database();
            match database_oid(&database) {
                Some(oid) => {
                    worker = start_worker(oid);
                    reported_missing = None;
                    if worker.is_none() {
                        next_start = Instant::now() + WORKER_RESTART_DELAY;
                    }
                }
                None => {
                    if reported_missing.as_deref() != Some(database.as_str()) {
                        log!(
                            "powa: database \"{database}\" does not exist: create it and the extension \
                             (CREATE DATABASE {database}; then in it CREATE EXTENSION powa), or set powa.database; \
                             checking again every {} s",
                            RECHECK.as_secs()
                        );
                        reported_missing = Some(database);
                    }
                    next_start = Instant::now() + RECHECK;
                }
            }
        }
        let wait = next_start
            .saturating_duration_since(Instant::now())
            .max(Duration::from_millis(100));
        if !BackgroundWorker::wait_latch(Some(if worker.is_some() { RECHECK } else { wait })) {
            break;
        }
    }
}

/// The version of the powa extension installed in the worker's database.
fn installed_extension_version() -> Option<String> {
    BackgroundWorker::transaction(|| {
        Spi::get_one::<String>("SELECT extversion FROM pg_extension WHERE extname = 'powa'")
            .ok()
            .flatten()
    })
}

#[pg_guard]
#[unsafe(no_mangle)]
pub extern "C-unwind" fn powa_worker_main(arg: pg_sys::Datum) {
    BackgroundWorker::attach_signal_handlers(SignalWakeFlags::SIGHUP | SignalWakeFlags::SIGTERM);
    let database = unsafe { pg_sys::Oid::from_datum(arg, false) };
    let database_name = crate::settings::database();
    // As powa.role when set (a role that does not exist ends the worker
    // with PostgreSQL's error; the launcher starts it again later).
    match crate::settings::role() {
        Some(role) => BackgroundWorker::connect_worker_to_spi(Some(&database_name), Some(&role)),
        None => BackgroundWorker::connect_worker_to_spi_by_oid(database, None),
    }

    // Wait for the extension at this library's version: its tables hold
    // what the plugins report.
    let mut reported = None;
    while let Some(problem) = powa_host::extension_mismatch(
        &format!("database \"{database_name}\""),
        installed_extension_version().as_deref(),
    ) {
        if reported.as_ref() != Some(&problem) {
            log!(
                "powa: {problem}; checking again every {} s",
                RECHECK.as_secs()
            );
            reported = Some(problem);
        }
        if !BackgroundWorker::wait_latch(Some(RECHECK)) {
            return;
        }
        reload_settings_if_asked();
    }

    let setting = crate::settings::walker_plugins();
    log!("powa worker started in database \"{database_name}\", walker.plugins = '{setting}'");
    let mut plugins = plugins::load_all(&setting, &plugins::libdir());
    for plugin in &plugins {
        if let Some(library) = plugin.library {
            log!(
                "powa: plugin \"{}\" {} loaded ({})",
                plugin.name,
                library.version(),
                library.kinds().join(", ")
            );
        }
    }
    let mut cycle: u64 = 0;
    let mut sql_sources = crate::sql_sources::SqlSources::default();
    let mut walker = None;
    BackgroundWorker::transaction(std::panic::AssertUnwindSafe(|| {
        plugins::instantiate(&mut plugins);
        plugins::start_wal_plugins(&mut plugins, cycle);
        walker = Walker::start(&mut plugins);
        plugins::save_state(&plugins);
    }));
    walker::drop_unused_slot(&plugins);

    let mut next_snapshot = Instant::now();
    let mut snapshots: u64 = 0;
    // The sources of the last cycle, and when the samplers among them run next.
    let mut planned = Vec::new();
    let mut next_sample = Instant::now();
    let mut idle_wait = MIN_WAL_WAIT;
    loop {
        reload_settings_if_asked();
        let frequency = crate::settings::frequency();
        if let Some(frequency) = frequency {
            if Instant::now() >= next_snapshot {
                cycle += 1;
                next_snapshot = Instant::now() + frequency;
                snapshots += 1;
                planned = run_cycle(
                    &mut plugins,
                    &mut sql_sources,
                    cycle,
                    snapshots % crate::settings::coalesce() == 0,
                );
            }
        }
        let mut wait = match frequency {
            Some(_) => next_snapshot
                .saturating_duration_since(Instant::now())
                .max(Duration::from_millis(10)),
            None => RECHECK,
        };
        if let Some(period) = frequency.and(sources::sample_period(&plugins, &planned)) {
            if Instant::now() >= next_sample {
                // Samples may take their period (half a second at least).
                let limit =
                    CallLimit::for_cycle(Instant::now(), period.max(Duration::from_millis(500)), 1);
                limits::with_limit(limit, || {
                    BackgroundWorker::transaction(std::panic::AssertUnwindSafe(|| {
                        sources::sample(&mut plugins, &planned, cycle);
                    }));
                });
                next_sample = Instant::now() + period;
            }
            wait = wait.min(next_sample.saturating_duration_since(Instant::now()));
        }
        if let Some(walker) = walker.as_mut() {
            let read_before = walker.records_read;
            let end = walker.read_batch(&mut plugins);
            if walker.flush_due() {
                walker.flush(&mut plugins);
            }
            if end == BatchEnd::TimeUp {
                // More WAL is waiting: look at signals, then read on.
                if BackgroundWorker::sigterm_received() {
                    break;
                }
                continue;
            }
            // At the end of WAL: sleep a little, longer while nothing comes.
            idle_wait = if walker.records_read > read_before {
                MIN_WAL_WAIT
            } else {
                (idle_wait * 2).min(MAX_WAL_WAIT)
            };
            wait = wait.min(idle_wait);
        }
        if !BackgroundWorker::wait_latch(Some(wait)) {
            break;
        }
    }
    if let Some(walker) = walker.as_mut() {
        walker.flush(&mut plugins);
    }
    BackgroundWorker::transaction(std::panic::AssertUnwindSafe(|| {
        plugins::shut_down_wal_plugins(&mut plugins);
        plugins::save_state(&plugins);
    }));
    log!("powa worker stopping");
}

/// One snapshot cycle: every registered data source snapshots, in
/// priority order, each in its own transaction and all at the same time
/// (their samples line up); on coalesce cycles they also aggregate and
/// purge. The cycle is recorded in powa_snapshots.
fn run_cycle(
    plugins: &mut [Plugin],
    sql: &mut crate::sql_sources::SqlSources,
    cycle: u64,
    coalesce: bool,
) -> Vec<sources::Planned> {
    let retention = crate::settings::retention().as_secs();
    let now = crate::spi_host::SpiHost::current_time();
    let began = Instant::now();
    let operations = Operation::of_cycle(coalesce, retention);
    let sql_operations = sql.pace.operations_of_cycle(&operations);
    let mut planning = None;
    // The sources' calls, startups included, may take the frequency in all
    // (see limits).
    let frequency = crate::settings::frequency().unwrap_or(RECHECK);
    limits::with_limit(CallLimit::for_cycle(began, frequency, 1), || {
        BackgroundWorker::transaction(std::panic::AssertUnwindSafe(|| {
            planning = Some(sources::plan(plugins, sql, cycle, now));
        }));
    });
    let planning = planning.expect("the planning transaction ran");
    let mut report = Report::default();
    let turns = planning.turns();
    limits::with_limit(CallLimit::for_cycle(began, frequency, turns.len()), || {
        for &turn in &turns {
            BackgroundWorker::transaction(std::panic::AssertUnwindSafe(|| {
                sources::run(
                    plugins,
                    sql,
                    turn,
                    cycle,
                    now,
                    &operations,
                    &sql_operations,
                    &mut report,
                );
            }));
        }
    });
    BackgroundWorker::transaction(std::panic::AssertUnwindSafe(|| {
        sources::record(now, &report, began.elapsed().as_secs_f64() * 1e3);
        if coalesce {
            sources::purge_records(now, retention);
        }
    }));
    BackgroundWorker::transaction(std::panic::AssertUnwindSafe(|| {
        plugins::start_wal_plugins(plugins, cycle);
        plugins::save_state(plugins);
    }));
    planning.plugins
}
