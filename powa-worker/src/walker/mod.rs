//! WAL walking: the worker reads every WAL record with PostgreSQL's own
//! reader and hands each to the WAL plugins that asked for its resource
//! manager.
//!
//! Guarantees, and how they are kept:
//! - **Nothing unread is removed**: a physical replication slot
//!   (`walker.slot_name`) holds the WAL from the oldest position a plugin has
//!   not flushed. It is created when a WAL plugin is loaded and dropped when
//!   none is (a forgotten slot would keep WAL forever).
//! - **Nothing is skipped, nothing counted twice**: at flush, each plugin
//!   persists its state and, in the same transaction, the host records the
//!   position up to which that state is complete (`powa_walker_position`).
//!   Only after that commit is the slot advanced, to the smallest such
//!   position. After any restart or crash, reading resumes at the slot
//!   (never later than any plugin's position) and each plugin receives only
//!   the records after its own position.
//! - **No busy polling**: at the end of WAL the page reader returns at once
//!   (`read_local_xlog_page_no_wait`) and the worker sleeps on its latch.
//! - **A lost slot is said, not hidden**: if the slot was invalidated (for
//!   example by `max_slot_wal_keep_size`), the gap is logged and recorded in
//!   `powa_walker_gaps`, and reading continues from the oldest WAL there is.
//!
//! The parts: [`slot`] (the replication slot: state, creation, moving it
//! back, dropping it), [`reader`] (PostgreSQL's WAL reader: the page
//! callback, the reading loop), [`dispatch`] (a record to the plugins that
//! want it, with its block references); this module sets them up and
//! flushes.

mod dispatch;
mod reader;
mod slot;

pub use slot::drop_unused_slot;
use slot::{create_slot, move_slot_back, oldest_wal_on_disk, slot_state};

use crate::plugins::{record_error, Plugin};
use crate::spi_host::in_subtransaction;
use pgrx::bgworkers::BackgroundWorker;
use pgrx::prelude::*;
use powa_core::{format_lsn, parse_lsn, BlockRef};
use reader::{raw, read_page_catching_errors};
use std::time::{Duration, Instant};

/// Longest stretch of reading before the worker looks at signals again.
const BATCH_TIME: Duration = Duration::from_millis(100);

/// What a call to [`Walker::read_batch`] ended with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchEnd {
    /// Reached the end of the WAL written so far: sleep before reading again.
    EndOfWal,
    /// Stopped to let the worker look at signals and timers: read again now.
    TimeUp,
    /// The WAL could not be read (the warning says why): sleep, then retry.
    ReadFailed,
}

pub struct Walker {
    slot: String,
    reader: *mut pg_sys::XLogReaderState,
    private: *mut pg_sys::ReadLocalXLogPageNoWaitPrivate,
    /// Where the next record starts (or, before the first one, where to
    /// look for it).
    next: u64,
    positioned: bool,
    /// Positions up to which each plugin's state is flushed (index = plugin).
    confirmed: Vec<u64>,
    /// Records each plugin's record callback failed on, from the first
    /// record it ever got up to the end of the last batch (index = plugin;
    /// each batch adds its error tally); stored with the position at
    /// flush, which falls between batches, so the count matches the state.
    failed_records: Vec<u64>,
    /// The slot's restart position as last set.
    slot_position: u64,
    delivered_since_flush: u64,
    last_flush: Instant,
    /// Records read since the worker started (for the log and benchmarks).
    pub records_read: u64,
    /// The allocation of the block list handed to plugins, kept empty
    /// between records.
    block_buffer: Vec<BlockRef<'static>>,
    /// When reading started, until the end of WAL is first reached (then
    /// the catch-up rate is logged once).
    catching_up_since: Option<Instant>,
    last_error: Option<String>,
}

fn wal_plugins_loaded(plugins: &[Plugin]) -> bool {
    plugins.iter().any(|plugin| plugin.wal.is_some())
}

impl Walker {
    /// Sets up WAL walking if a WAL plugin is loaded: the slot (created, or
    /// recreated if it was invalidated), the reader, and each plugin's
    /// position. Must run inside a transaction.
    pub fn start(plugins: &mut [Plugin]) -> Option<Walker> {
        if !wal_plugins_loaded(plugins) {
            return None;
        }
        let slot = crate::settings::slot_name();
        // Why the slot had to be recreated, if it was invalidated.
        let mut invalidated: Option<String> = None;
        let prepared = (|| -> Result<u64, String> {
            match slot_state(&slot)? {
                None => {
                    let lsn = create_slot(&slot)?;
                    log!(
                        "powa: created replication slot \"{slot}\" to keep unread WAL at {}",
                        format_lsn(lsn)
                    );
                    Ok(lsn)
                }
                Some((Some(restart), status)) if status != "lost" => Ok(restart),
                Some((restart, status)) => {
                    // The WAL after our position is gone: the gap is said
                    // below, once it is known where reading can resume.
                    Spi::run_with_args(
                        "SELECT pg_drop_replication_slot($1)",
                        &[slot.as_str().into()],
                    )
                    .map_err(|e| e.to_string())?;
                    let lsn = create_slot(&slot)?;
                    invalidated = Some(format!(
                        "replication slot \"{slot}\" was invalidated (wal_status {status}, restart_lsn {}; max_slot_wal_keep_size?)",
                        restart.map(format_lsn).unwrap_or_else(|| "none".to_owned())
                    ));
                    Ok(lsn)
                }
            }
        })();
        let mut start = match prepared {
            Ok(lsn) => lsn,
            Err(error) => {
                warning!(
                    "powa: WAL plugins get no records: replication slot \"{slot}\" cannot be used: {error} \
                     (WAL walking needs wal_level = replica or logical and a free slot in max_replication_slots)"
                );
                return None;
            }
        };

        let (confirmed, failed_records): (Vec<u64>, Vec<u64>) = plugins
            .iter()
            .map(|plugin| {
                let stored = Spi::get_two_with_args::<String, i64>(
                    "SELECT confirmed_lsn::text, failed_records FROM powa_walker_position WHERE plugin = $1",
                    &[plugin.name.as_str().into()],
                );
                match stored {
                    Ok((position, failed)) => (
                        position.as_deref().and_then(parse_lsn).unwrap_or(0),
                        failed.unwrap_or(0).max(0) as u64,
                    ),
                    Err(_) => (0, 0),
                }
            })
            .unzip();

        // A plugin may have flushed less than the slot keeps: the slot was
        // just created (first start after a promotion, whose positions came
        // from the old primary), recreated after an invalidation, or the
        // plugin was left out of walker.plugins for a while. Reach back for
        // its records while the WAL is still on disk; say what is missing.
        let needed = plugins
            .iter()
            .zip(&confirmed)
            .filter(|(plugin, &position)| plugin.wal.is_some() && position != 0)
            .map(|(_, &position)| position)
            .min();
        if let Some(needed) = needed.filter(|&needed| needed < start) {
            let reachable = oldest_wal_on_disk(needed, start);
            if reachable < start {
                match move_slot_back(&slot, reachable) {
                    Ok(()) => start = reachable,
                    Err(error) => warning!(
                        "powa: could not move replication slot \"{slot}\" back to {}: {error}",
                        format_lsn(reachable)
                    ),
                }
            }
        }
        let behind: Vec<&str> = plugins
            .iter()
            .zip(&confirmed)
            .filter(|(plugin, &position)| plugin.wal.is_some() && position != 0 && position < start)
            .map(|(plugin, _)| plugin.name.as_str())
            .collect();
        if let Some(reason) = &invalidated {
            if behind.is_empty() {
                log!("powa: {reason}; every WAL plugin's records are still on disk, nothing was lost");
            }
        }
        if !behind.is_empty() {
            let from = needed.unwrap_or(start);
            let reason = invalidated.unwrap_or_else(|| {
                "the WAL after the plugins' flushed positions is no longer on this server"
                    .to_owned()
            });
            warning!(
                "powa: WAL from {} to {} was removed before powa read it: {reason}; plugins {} miss those records, continuing from {}",
                format_lsn(from),
                format_lsn(start),
                behind.join(", "),
                format_lsn(start)
            );
            let recorded = Spi::run_with_args(
                "INSERT INTO powa_walker_gaps (slot, from_lsn, to_lsn, plugins, reason) VALUES ($1, $2::pg_lsn, $3::pg_lsn, $4, $5)",
                &[
                    slot.as_str().into(),
                    format_lsn(from).into(),
                    format_lsn(start).into(),
                    behind.iter().map(|name| name.to_string()).collect::<Vec<_>>().into(),
                    reason.into(),
                ],
            );
            if let Err(error) = recorded {
                warning!("powa: could not record the WAL gap in powa_walker_gaps: {error}");
            }
        }

        // SAFETY: allocated once for the life of the worker, in
        // TopMemoryContext, and only used from this process.
        let (reader, private) = unsafe {
            let old = pg_sys::MemoryContextSwitchTo(pg_sys::TopMemoryContext);
            let private =
                pg_sys::palloc0(std::mem::size_of::<pg_sys::ReadLocalXLogPageNoWaitPrivate>())
                    as *mut pg_sys::ReadLocalXLogPageNoWaitPrivate;
            let mut routine = pg_sys::XLogReaderRoutine {
                page_read: Some(read_page_catching_errors),
                segment_open: Some(raw::wal_segment_open),
                segment_close: Some(raw::wal_segment_close),
            };
            let reader = pg_sys::XLogReaderAllocate(
                pg_sys::wal_segment_size,
                std::ptr::null(),
                &mut routine,
                private.cast(),
            );
            pg_sys::MemoryContextSwitchTo(old);
            (reader, private)
        };
        if reader.is_null() {
            warning!("powa: WAL plugins get no records: out of memory allocating the WAL reader");
            return None;
        }
        log!(
            "powa: reading WAL from {} (replication slot \"{slot}\")",
            format_lsn(start)
        );
        Some(Walker {
            slot,
            reader,
            private,
            next: start,
            positioned: false,
            confirmed,
            failed_records,
            slot_position: start,
            delivered_since_flush: 0,
            last_flush: Instant::now(),
            records_read: 0,
            block_buffer: Vec::new(),
            catching_up_since: Some(Instant::now()),
            last_error: None,
        })
    }

    pub fn flush_due(&self) -> bool {
        self.delivered_since_flush > 0
            && self.last_flush.elapsed() >= crate::settings::flush_interval()
    }

    /// Reads and dispatches records for up to BATCH_TIME, inside one
    /// transaction (so plugins may use SQL in their record callbacks).
    pub fn read_batch(&mut self, plugins: &mut [Plugin]) -> BatchEnd {
        let deadline = Instant::now() + BATCH_TIME;
        let end = BackgroundWorker::transaction(std::panic::AssertUnwindSafe(|| {
            self.read_until(plugins, deadline)
        }));
        self.report_position();
        if end == BatchEnd::EndOfWal {
            if let Some(since) = self.catching_up_since.take() {
                let seconds = since.elapsed().as_secs_f64();
                log!(
                    "powa: caught up with the WAL at {}: {} records read in {:.3} s ({:.0} records/s)",
                    format_lsn(self.next),
                    self.records_read,
                    seconds,
                    self.records_read as f64 / seconds.max(1e-9)
                );
            }
        }
        end
    }

    /// Shows the read position in pg_stat_activity.query, for DBAs and for
    /// measuring the walker's lag behind the insert position.
    fn report_position(&self) {
        let activity = format!(
            "walking WAL at {} (slot {})",
            format_lsn(self.next),
            self.slot
        );
        if let Ok(activity) = std::ffi::CString::new(activity) {
            // SAFETY: copies the string into this backend's status entry.
            unsafe {
                pg_sys::pgstat_report_activity(
                    pg_sys::BackendState::STATE_RUNNING,
                    activity.as_ptr(),
                )
            };
        }
    }

    /// Every WAL plugin flushes and its position is recorded with it, in one
    /// transaction; then the slot moves to the smallest position.
    pub fn flush(&mut self, plugins: &mut [Plugin]) {
        let position = self.next;
        BackgroundWorker::transaction(std::panic::AssertUnwindSafe(|| {
            for (index, plugin) in plugins.iter_mut().enumerate() {
                let name = plugin.name.clone();
                let Some(runner) = plugin.wal.as_mut().filter(|r| r.started) else {
                    continue;
                };
                let failed_records = self.failed_records[index];
                let flushed = crate::plugins::call_plugin(&name, |host| runner.object.flush(host)).and_then(|()| {
                    in_subtransaction(|| {
                        Spi::run_with_args(
                            "INSERT INTO powa_walker_position (plugin, confirmed_lsn, failed_records, updated_at)
                             VALUES ($1, $2::pg_lsn, $3, now())
                             ON CONFLICT (plugin) DO UPDATE
                             SET confirmed_lsn = excluded.confirmed_lsn,
                                 failed_records = excluded.failed_records,
                                 updated_at = excluded.updated_at",
                            &[
                                name.as_str().into(),
                                format_lsn(position).into(),
                                (failed_records as i64).into(),
                            ],
                        )
                        .map_err(|e| e.to_string())
                    })
                });
                match flushed {
                    Ok(()) => self.confirmed[index] = self.confirmed[index].max(position),
                    Err(message) => record_error(plugin, "flush", &message),
                }
            }
        }));
        // Only plugins that receive records hold the slot back.
        let oldest = plugins
            .iter()
            .enumerate()
            .filter(|(_, plugin)| plugin.wal.is_some())
            .map(|(index, _)| self.confirmed[index])
            .min()
            .unwrap_or(position);
        if oldest > self.slot_position {
            let slot = self.slot.clone();
            let advanced = BackgroundWorker::transaction(|| {
                in_subtransaction(|| {
                    Spi::run_with_args(
                        "SELECT pg_replication_slot_advance($1, $2::pg_lsn)",
                        &[slot.as_str().into(), format_lsn(oldest).into()],
                    )
                    .map_err(|e| e.to_string())
                })
            });
            match advanced {
                Ok(()) => self.slot_position = oldest,
                Err(error) => warning!(
                    "powa: could not advance replication slot \"{}\": {error}",
                    self.slot
                ),
            }
        }
        self.delivered_since_flush = 0;
        self.last_flush = Instant::now();
    }
}
