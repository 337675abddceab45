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

/// `LOCK_TIMEOUT` and `STATEMENT_TIMEOUT` of `TimeoutId` (utils/timeout.h,
/// the same in every supported version); pgrx binds no timeout.h.
const LOCK_TIMEOUT: c_int = 2;
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
    /// A cycle begun at `began` of `sources` sources that may take
    /// `period`: each source may wait on locks for a share of half of it.
    pub fn for_cycle(began: Instant, period: Duration, sources: usize) -> Self {
        let lock_timeout = (period / (2 * sources.max(1) as u32)).max(MIN_CALL);
        Self {
            deadline: began + period,
            lock_timeout,
        }
    }
}

thread_local! {
    static LIMIT: Cell<Option<CallLimit>> = const { Cell::new(None) };
    /// The deadline of the call in progress, while one is armed.
    static CALL_DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
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

/// The bounds of one call, armed while it lives; made inside the call's
/// subtransaction (an `ERROR` they raise is the call's failure).
pub struct Armed {
    /// lock_timeout before the call, restored after it.
    previous_lock_timeout: Option<CString>,
}

pub fn arm() -> Armed {
    let Some(limit) = LIMIT.with(Cell::get) else {
        return Armed {
            previous_lock_timeout: None,
        };
    };
    let deadline = limit.deadline.max(Instant::now() + MIN_CALL);
    let lock_ms = limit
        .lock_timeout
        .min(deadline.saturating_duration_since(Instant::now()))
        .as_millis()
        .max(1);
    // SAFETY: inside a transaction; GetConfigOption's string is copied at
    // once.
    let previous = unsafe {
        let value = pg_sys::GetConfigOption(c"lock_timeout".as_ptr(), false, false);
        std::ffi::CStr::from_ptr(value).to_owned()
    };
    set_lock_timeout(&CString::new(lock_ms.to_string()).expect("digits"));
    CALL_DEADLINE.with(|d| d.set(Some(deadline)));
    arm_statement_timeout(deadline);
    Armed {
        previous_lock_timeout: Some(previous),
    }
}

/// Before each statement of a call: the statement timeout set to what is
/// left of the call's time, or an error once none is left (a plugin that
/// went on after a timeout gets no more time).
pub fn before_statement() -> Result<(), String> {
    let Some(deadline) = CALL_DEADLINE.with(Cell::get) else {
        return Ok(());
    };
    if Instant::now() >= deadline {
        return Err(
            "the time limit of this snapshot cycle has passed (powa.frequency bounds each cycle)"
                .to_owned(),
        );
    }
    arm_statement_timeout(deadline);
    Ok(())
}

fn arm_statement_timeout(deadline: Instant) {
    let ms = deadline
        .saturating_duration_since(Instant::now())
        .as_millis()
        .clamp(1, c_int::MAX as u128) as c_int;
    // SAFETY: the timeout is registered by InitPostgres in every process
    // with a database; arming an armed one moves its time.
    unsafe { enable_timeout_after(STATEMENT_TIMEOUT, ms) };
}

fn set_lock_timeout(value: &CString) {
    // SAFETY: inside a transaction; lock_timeout is a user-settable
    // setting, set for the current transaction only.
    unsafe {
        pg_sys::set_config_option(
            c"lock_timeout".as_ptr(),
            value.as_ptr(),
            pg_sys::GucContext::PGC_USERSET,
            pg_sys::GucSource::PGC_S_SESSION,
            pg_sys::GucAction::GUC_ACTION_LOCAL,
            true,
            pgrx::PgLogLevel::ERROR as c_int,
            false,
        );
    }
}

impl Armed {
    /// After a call that succeeded, still inside its subtransaction: the
    /// bounds lifted, lock_timeout as it was, and a timeout that fired as
    /// the call ended raised here, as the call's failure, rather than in
    /// powa's own work after it.
    pub fn disarm(mut self) {
        let Some(previous) = self.previous_lock_timeout.take() else {
            return;
        };
        stop_timer();
        set_lock_timeout(&previous);
        pgrx::check_for_interrupts!();
    }
}

fn stop_timer() {
    CALL_DEADLINE.with(|d| d.set(None));
    // SAFETY: disarms the timer armed in `arm`, keeping its indicator for
    // ProcessInterrupts' message.
    unsafe { disable_timeout(STATEMENT_TIMEOUT, true) };
}

impl Drop for Armed {
    fn drop(&mut self) {
        if self.previous_lock_timeout.take().is_none() {
            return;
        }
        // The call failed (its subtransaction is rolled back, lock_timeout
        // with it). A timeout that fired meanwhile left a cancel pending
        // that would hit powa's own work after the call: withdrawn.
        stop_timer();
        // SAFETY: reads and resets the indicators; clears a flag set by
        // this process's own timeout handlers.
        unsafe {
            let statement = get_timeout_indicator(STATEMENT_TIMEOUT, true);
            let lock = get_timeout_indicator(LOCK_TIMEOUT, true);
            if statement || lock {
                pg_sys::QueryCancelPending = 0;
            }
        }
    }
}
