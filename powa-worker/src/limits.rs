//! Time limits of the data sources' calls in the worker's own cycles
//! (local mode): a source whose query waits on a lock, or runs on, is
//! cancelled with the reason, so the WAL walking and the other sources
//! wait at most a frequency. Calls made elsewhere (`powa_take_snapshot()`
//! in a client's session) keep that session's own settings.
//!
//! A limit holds two bounds: `lock_timeout`, a short share of the
//! frequency (a lock on one source's table costs that source its
//! snapshot, not the others theirs), and a statement timeout armed until
//! the cycle's deadline. A background worker arms no statement timeout by
//! itself (only a client's statements do), so it is armed here around each
//! call, inside the call's subtransaction, and disarmed after it.

use pgrx::pg_sys;
use std::cell::Cell;
use std::ffi::{c_int, CString};
use std::time::{Duration, Instant};

/// `STATEMENT_TIMEOUT` of `TimeoutId` (utils/timeout.h, the same in every
/// supported version); pgrx binds no timeout.h.
const STATEMENT_TIMEOUT: c_int = 3;

extern "C-unwind" {
    fn enable_timeout_after(id: c_int, delay_ms: c_int);
    fn disable_timeout(id: c_int, keep_indicator: bool);
    fn get_timeout_indicator(id: c_int, reset_indicator: bool) -> bool;
}

/// The least a call is given, even past the cycle's deadline: the next
/// sources still run, briefly.
const MIN_CALL: Duration = Duration::from_millis(100);

#[derive(Debug, Clone, Copy)]
pub struct CallLimit {
    pub deadline: Instant,
    pub lock_timeout: Duration,
}

impl CallLimit {
    /// A cycle of `sources` sources that may take `period`: each source may
    /// wait on locks for a share of half of it.
    pub fn for_cycle(period: Duration, sources: usize) -> Self {
        let lock_timeout = (period / (2 * sources.max(1) as u32)).max(MIN_CALL);
        Self {
            deadline: Instant::now() + period,
            lock_timeout,
        }
    }
}

thread_local! {
    static LIMIT: Cell<Option<CallLimit>> = const { Cell::new(None) };
}

/// Runs `work` with the data sources' calls limited by `limit`.
pub fn with_limit<R>(limit: CallLimit, work: impl FnOnce() -> R) -> R {
    let outer = LIMIT.with(|l| l.replace(Some(limit)));
    struct Restore(Option<CallLimit>);
    impl Drop for Restore {
        fn drop(&mut self) {
            LIMIT.with(|l| l.set(self.0));
        }
    }
    let _restore = Restore(outer);
    work()
}

/// The bounds of one call, armed while it lives; call inside the call's
/// subtransaction (an `ERROR` it raises is the call's failure).
pub struct Armed {
    armed: bool,
}

pub fn arm() -> Armed {
    let Some(limit) = LIMIT.with(Cell::get) else {
        return Armed { armed: false };
    };
    let remaining = limit
        .deadline
        .saturating_duration_since(Instant::now())
        .max(MIN_CALL);
    let lock_ms = limit.lock_timeout.min(remaining).as_millis().max(1);
    let name = CString::new("lock_timeout").expect("no NUL");
    let value = CString::new(lock_ms.to_string()).expect("digits");
    // SAFETY: inside a transaction; lock_timeout is a user-settable
    // setting, set for the current (sub)transaction only; the timeout is
    // registered by InitPostgres in every process with a database.
    unsafe {
        pg_sys::set_config_option(
            name.as_ptr(),
            value.as_ptr(),
            pg_sys::GucContext::PGC_USERSET,
            pg_sys::GucSource::PGC_S_SESSION,
            pg_sys::GucAction::GUC_ACTION_LOCAL,
            true,
            pgrx::PgLogLevel::ERROR as c_int,
            false,
        );
        let ms = remaining.as_millis().min(c_int::MAX as u128) as c_int;
        enable_timeout_after(STATEMENT_TIMEOUT, ms);
    }
    Armed { armed: true }
}

impl Drop for Armed {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        // SAFETY: disarms the timer armed in `arm`. A timeout that fired
        // just as the call ended leaves a cancel pending that would hit
        // powa's own bookkeeping after the call: it is withdrawn.
        unsafe {
            disable_timeout(STATEMENT_TIMEOUT, true);
            if get_timeout_indicator(STATEMENT_TIMEOUT, true) {
                pg_sys::QueryCancelPending = 0;
            }
        }
    }
}
