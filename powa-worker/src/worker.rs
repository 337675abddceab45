//! The powa background worker: one per cluster, connected to `powa.database`.
//!
//! Today it connects, reports the plugins `walker.plugins` resolves to, reloads
//! settings on SIGHUP and leaves promptly on SIGTERM (it sleeps on its latch,
//! which SIGTERM sets, so `pg_ctl stop -m fast` never waits for it).

use pgrx::bgworkers::{BackgroundWorker, BackgroundWorkerBuilder, SignalWakeFlags};
use pgrx::prelude::*;
use std::time::Duration;

/// `backend_type` of the worker in pg_stat_activity.
pub const WORKER_TYPE: &str = "powa worker";

/// How long the postmaster waits before restarting a worker that exited
/// abnormally (pgrx's default is never).
const RESTART_DELAY: Duration = Duration::from_secs(10);

/// Upper bound of one sleep; the latch wakes the worker earlier on signals.
const IDLE_WAIT: Duration = Duration::from_secs(10);

pub fn register() {
    BackgroundWorkerBuilder::new(WORKER_TYPE)
        .set_type(WORKER_TYPE)
        .set_library("powa")
        .set_function("powa_worker_main")
        .enable_spi_access()
        .set_restart_time(Some(RESTART_DELAY))
        .load();
}

#[pg_guard]
#[unsafe(no_mangle)]
pub extern "C-unwind" fn powa_worker_main(_arg: pg_sys::Datum) {
    BackgroundWorker::attach_signal_handlers(SignalWakeFlags::SIGHUP | SignalWakeFlags::SIGTERM);
    let database = crate::settings::database();
    BackgroundWorker::connect_worker_to_spi(Some(&database), None);
    log!(
        "powa worker started in database \"{database}\", walker.plugins = '{}'",
        crate::settings::walker_plugins()
    );
    for plugin in crate::plugins::resolve_configured() {
        match plugin.detail {
            None => log!("powa: plugin \"{}\" {}", plugin.written, plugin.status),
            Some(detail) => warning!(
                "powa: plugin \"{}\" {}: {detail}",
                plugin.written,
                plugin.status
            ),
        }
    }

    while BackgroundWorker::wait_latch(Some(IDLE_WAIT)) {
        if BackgroundWorker::sighup_received() {
            // SAFETY: called from the worker's main loop, outside any transaction,
            // which is where PostgreSQL's own workers reload their configuration.
            unsafe { pg_sys::ProcessConfigFile(pg_sys::GucContext::PGC_SIGHUP) };
        }
    }
    log!("powa worker stopping");
}
