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

use crate::plugins::{record_error, Plugin};
use crate::spi_host::{in_subtransaction, SpiHost};
use pgrx::bgworkers::BackgroundWorker;
use pgrx::prelude::*;
use powa_core::abi::{RSlice, TD_Opaque};
use powa_core::host::HostApi_TO;
use powa_core::{format_lsn, parse_lsn, BlockRef, WalRecord};
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

/// `(plugin, operation)` errors of record callbacks since the last flush,
/// reported once per flush rather than once per record.
struct RecordErrors {
    count: u64,
    first: String,
}

fn wal_plugins_loaded(plugins: &[Plugin]) -> bool {
    plugins.iter().any(|plugin| plugin.wal.is_some())
}

fn slot_state(slot: &str) -> Result<Option<(Option<u64>, String)>, String> {
    let row = Spi::get_two_with_args::<String, String>(
        "SELECT restart_lsn::text, coalesce(wal_status, '') FROM pg_replication_slots WHERE slot_name = $1",
        &[slot.into()],
    );
    match row {
        Ok((None, None)) => Ok(None),
        Ok((restart, status)) => Ok(Some((
            restart.as_deref().and_then(parse_lsn),
            status.unwrap_or_default(),
        ))),
        Err(pgrx::spi::SpiError::InvalidPosition) => Ok(None),
        Err(error) => Err(error.to_string()),
    }
}

fn create_slot(slot: &str) -> Result<u64, String> {
    let slot = slot.to_owned();
    in_subtransaction(move || {
        // immediately_reserve: the slot holds WAL from the redo pointer on.
        Spi::get_one_with_args::<String>(
            "SELECT lsn::text FROM pg_create_physical_replication_slot($1, true, false)",
            &[slot.as_str().into()],
        )
        .map_err(|e| e.to_string())?
        .as_deref()
        .and_then(parse_lsn)
        .ok_or_else(|| "the new slot has no restart position".to_owned())
    })
}

/// Drops the slot if no WAL plugin is loaded any more.
pub fn drop_unused_slot(plugins: &[Plugin]) {
    if wal_plugins_loaded(plugins) {
        return;
    }
    let slot = crate::settings::slot_name();
    BackgroundWorker::transaction(|| {
        if let Ok(Some(_)) = slot_state(&slot) {
            let dropped = in_subtransaction(|| {
                Spi::run_with_args(
                    "SELECT pg_drop_replication_slot($1)",
                    &[slot.as_str().into()],
                )
                .map_err(|e| e.to_string())
            });
            match dropped {
                Ok(()) => log!("powa: no WAL plugin is loaded: dropped replication slot \"{slot}\" so it keeps no WAL"),
                Err(error) => warning!("powa: could not drop the unused replication slot \"{slot}\": {error}"),
            }
        }
    });
}

/// The oldest position from `needed` on whose WAL is on disk without a hole
/// up to `upto`, by segment number (any timeline: after a promotion the
/// older records are in the previous timeline's files).
fn oldest_wal_on_disk(needed: u64, upto: u64) -> u64 {
    // SAFETY: a plain global, set at startup.
    let segment_size = unsafe { pg_sys::wal_segment_size } as u64;
    let segments_per_id = 0x1_0000_0000 / segment_size;
    let present: std::collections::HashSet<u64> = std::fs::read_dir("pg_wal")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            if name.len() != 24 || !name.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            let log = u64::from_str_radix(&name[8..16], 16).ok()?;
            let segment = u64::from_str_radix(&name[16..24], 16).ok()?;
            Some(log * segments_per_id + segment)
        })
        .collect();
    let mut segment = upto / segment_size;
    if !present.contains(&segment) {
        return upto;
    }
    while segment > needed / segment_size && present.contains(&(segment - 1)) {
        segment -= 1;
    }
    needed.max(segment * segment_size)
}

/// Sets the slot's restart position back to `position`, so that the WAL
/// from there is kept; fails if that WAL was removed meanwhile.
/// pg_replication_slot_advance only moves forward, hence the slot internals.
fn move_slot_back(slot: &str, position: u64) -> Result<(), String> {
    let name = std::ffi::CString::new(slot).map_err(|e| e.to_string())?;
    let moved = in_subtransaction(move || {
        // SAFETY: the slot is acquired by this process for the duration; its
        // fields change under its spinlock, as slot.c does.
        unsafe {
            #[cfg(feature = "pg15")]
            pg_sys::ReplicationSlotAcquire(name.as_ptr(), true);
            #[cfg(not(feature = "pg15"))]
            pg_sys::ReplicationSlotAcquire(name.as_ptr(), true, true);
            let acquired = pg_sys::MyReplicationSlot;
            let mutex = std::ptr::addr_of_mut!((*acquired).mutex);
            pg_sys::s_lock(
                mutex,
                c"walker.rs".as_ptr(),
                line!() as i32,
                c"move_slot_back".as_ptr(),
            );
            (*acquired).data.restart_lsn = position;
            std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
            std::ptr::write_volatile(mutex, 0 as pg_sys::slock_t);
            pg_sys::ReplicationSlotMarkDirty();
            pg_sys::ReplicationSlotsComputeRequiredLSN();
            pg_sys::ReplicationSlotSave();
            pg_sys::ReplicationSlotRelease();
            // Checked after the slot holds the WAL: removal may have raced us.
            let segment_size = pg_sys::wal_segment_size as u64;
            if pg_sys::XLogGetLastRemovedSegno() >= position / segment_size {
                return Err(format!(
                    "the WAL segment holding {} was removed meanwhile",
                    format_lsn(position)
                ));
            }
        }
        Ok(())
    });
    // SAFETY: releases the slot if an ERROR left it acquired.
    unsafe {
        if !pg_sys::MyReplicationSlot.is_null() {
            pg_sys::ReplicationSlotRelease();
        }
    }
    moved
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

    fn read_until(&mut self, plugins: &mut [Plugin], deadline: Instant) -> BatchEnd {
        let mut errors: Vec<Option<RecordErrors>> = plugins.iter().map(|_| None).collect();
        let mut hosts: Vec<SpiHost> = plugins
            .iter()
            .map(|p| SpiHost::for_wal_records(&p.name, self.reader))
            .collect();
        let end = loop {
            // SAFETY: the reader was allocated by XLogReaderAllocate and is
            // only used by this process; records are read before the next call.
            unsafe {
                // The reader (re)allocates its buffers in the current memory
                // context: keep them in TopMemoryContext, which outlives the
                // batch's transaction, and switch back before plugin code.
                let caller_context = pg_sys::MemoryContextSwitchTo(pg_sys::TopMemoryContext);
                if !self.positioned {
                    let found = pg_sys::XLogFindNextRecord(self.reader, self.next);
                    if found == 0 {
                        (*self.private).end_of_wal = false;
                        pg_sys::MemoryContextSwitchTo(caller_context);
                        break BatchEnd::EndOfWal;
                    }
                    self.positioned = true;
                }
                let mut errormsg: *mut std::ffi::c_char = std::ptr::null_mut();
                // Unguarded (a guard per record costs more than some plugins'
                // work): the reader is also pg_waldump's and reports its
                // own failures in errormsg, and the only callback that
                // could raise an ERROR, the page reader, catches it.
                let record = raw::XLogReadRecord(self.reader, &mut errormsg);
                pg_sys::MemoryContextSwitchTo(caller_context);
                if record.is_null() {
                    let at_end = (*self.private).end_of_wal;
                    (*self.private).end_of_wal = false;
                    if !at_end {
                        let message = if errormsg.is_null() {
                            "unknown error".to_owned()
                        } else {
                            std::ffi::CStr::from_ptr(errormsg)
                                .to_string_lossy()
                                .into_owned()
                        };
                        if self.last_error.as_deref() != Some(message.as_str()) {
                            warning!(
                                "powa: could not read WAL at {}: {message}; retrying",
                                format_lsn(self.next)
                            );
                            self.last_error = Some(message);
                        }
                    }
                    let caller_context = pg_sys::MemoryContextSwitchTo(pg_sys::TopMemoryContext);
                    pg_sys::XLogBeginRead(self.reader, self.next);
                    pg_sys::MemoryContextSwitchTo(caller_context);
                    break if at_end {
                        BatchEnd::EndOfWal
                    } else {
                        BatchEnd::ReadFailed
                    };
                }
                self.last_error = None;
                let start = (*self.reader).ReadRecPtr;
                let end = (*self.reader).EndRecPtr;
                self.dispatch(plugins, &mut hosts, &mut errors, start, end);
                self.next = end;
                self.records_read += 1;
            }
            if self.records_read % 256 == 0 && Instant::now() >= deadline {
                break BatchEnd::TimeUp;
            }
        };
        for ((plugin, error), failed) in plugins
            .iter_mut()
            .zip(errors)
            .zip(self.failed_records.iter_mut())
        {
            if let Some(error) = error {
                *failed += error.count;
                let message = if error.count > 1 {
                    format!(
                        "{} (and {} more records failed in this batch)",
                        error.first,
                        error.count - 1
                    )
                } else {
                    error.first
                };
                record_error(plugin, "record", &message);
            }
        }
        end
    }

    /// Whether plugin `index` gets a record of `rmgr_id` ending at `end`: it
    /// is a started WAL plugin, asked for that resource manager, and has not
    /// flushed past the record already (after a restart, the records up to
    /// its position are in its saved state).
    fn receives(&self, index: usize, plugin: &Plugin, rmgr_id: u8, end: u64) -> bool {
        plugin.wal.as_ref().is_some_and(|runner| runner.started)
            && plugin.wal_wanted.contains(rmgr_id)
            && end > self.confirmed[index]
    }

    /// Hands the record the reader holds to every plugin that wants it and
    /// has not already flushed past it.
    unsafe fn dispatch(
        &mut self,
        plugins: &mut [Plugin],
        hosts: &mut [SpiHost],
        errors: &mut [Option<RecordErrors>],
        start: u64,
        end: u64,
    ) {
        let decoded = unsafe { &*(*self.reader).record };
        let rmgr_id = decoded.header.xl_rmid;
        let wanted = plugins
            .iter()
            .enumerate()
            .any(|(index, plugin)| self.receives(index, plugin, rmgr_id, end));
        if !wanted {
            return;
        }
        // The block list reuses one allocation from record to record.
        let mut blocks = empty_with_lifetime(std::mem::take(&mut self.block_buffer));
        unsafe { block_refs(decoded, &mut blocks) };
        let main_data: &[u8] = if decoded.main_data.is_null() || decoded.main_data_len == 0 {
            &[]
        } else {
            unsafe {
                std::slice::from_raw_parts(decoded.main_data.cast(), decoded.main_data_len as usize)
            }
        };
        let view = WalRecord {
            lsn: start,
            end_lsn: end,
            xid: decoded.header.xl_xid.into_inner(),
            rmgr_id,
            info: decoded.header.xl_info,
            total_len: decoded.header.xl_tot_len,
            blocks: RSlice::from_slice(&blocks),
            main_data: RSlice::from_slice(main_data),
        };
        for (index, plugin) in plugins.iter_mut().enumerate() {
            if !self.receives(index, plugin, rmgr_id, end) {
                continue;
            }
            let Some(runner) = plugin.wal.as_mut() else {
                continue;
            };
            let host = HostApi_TO::from_ptr(&mut hosts[index], TD_Opaque);
            if let Err(error) = runner.object.record(host, &view).into_result() {
                match &mut errors[index] {
                    Some(seen) => seen.count += 1,
                    None => {
                        errors[index] = Some(RecordErrors {
                            count: 1,
                            first: format!("at {}: {}", format_lsn(start), error.message),
                        })
                    }
                }
            }
        }
        self.block_buffer = empty_with_lifetime(blocks);
        self.delivered_since_flush += 1;
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

/// The reader's page callback: PostgreSQL's `read_local_xlog_page_no_wait`,
/// with an ERROR it raises (a WAL file that cannot be opened or read) caught
/// and turned into a failed read whose message XLogReadRecord returns. So no
/// ERROR ever unwinds through XLogReadRecord.
unsafe extern "C-unwind" fn read_page_catching_errors(
    state: *mut pg_sys::XLogReaderState,
    target_page: pg_sys::XLogRecPtr,
    request_length: std::ffi::c_int,
    target_record: pg_sys::XLogRecPtr,
    current_page: *mut std::ffi::c_char,
) -> std::ffi::c_int {
    pgrx::PgTryBuilder::new(|| unsafe {
        pg_sys::read_local_xlog_page_no_wait(
            state,
            target_page,
            request_length,
            target_record,
            current_page,
        )
    })
    .catch_others(|error| {
        let message = crate::spi_host::caught_message(&error);
        // SAFETY: errormsg_buf holds MAX_ERRORMSG_LEN (1000) + 1 bytes.
        unsafe {
            let buffer = (*state).errormsg_buf;
            if !buffer.is_null() {
                let bytes = message.as_bytes();
                let length = bytes.len().min(999);
                std::ptr::copy_nonoverlapping(bytes.as_ptr(), buffer.cast::<u8>(), length);
                *buffer.add(length) = 0;
                // As report_invalid_record does: XLogReadRecord returns the
                // message with the failed read.
                (*state).errormsg_deferred = true;
            }
        }
        -1
    })
    .execute()
}

/// PostgreSQL's reader functions as plain C symbols: the segment callbacks
/// to be stored in the reader's routine (pg_sys only offers them wrapped as
/// Rust functions), and XLogReadRecord to be called without pgrx's guard.
mod raw {
    use pgrx::pg_sys::{TimeLineID, XLogReaderState, XLogRecord, XLogSegNo};
    use std::ffi::c_char;

    unsafe extern "C" {
        pub fn XLogReadRecord(
            state: *mut XLogReaderState,
            errormsg: *mut *mut c_char,
        ) -> *mut XLogRecord;
    }

    unsafe extern "C-unwind" {
        pub fn wal_segment_open(
            state: *mut XLogReaderState,
            segment: XLogSegNo,
            timeline: *mut TimeLineID,
        );
        pub fn wal_segment_close(state: *mut XLogReaderState);
    }
}

/// Empties `blocks` and gives its allocation another lifetime.
fn empty_with_lifetime<'a, 'b>(mut blocks: Vec<BlockRef<'a>>) -> Vec<BlockRef<'b>> {
    blocks.clear();
    // SAFETY: the vector is empty, so no reference of lifetime 'a survives;
    // BlockRef<'a> and BlockRef<'b> have the same layout.
    unsafe { std::mem::transmute::<Vec<BlockRef<'a>>, Vec<BlockRef<'b>>>(blocks) }
}

/// Appends the block references of a decoded record, as the plugins see
/// them, to `blocks`.
unsafe fn block_refs<'a>(decoded: &'a pg_sys::DecodedXLogRecord, blocks: &mut Vec<BlockRef<'a>>) {
    for id in 0..=decoded.max_block_id {
        let block = unsafe { &*decoded.blocks.as_ptr().add(id as usize) };
        if !block.in_use {
            continue;
        }
        #[cfg(feature = "pg15")]
        let (tablespace, database, relation) =
            (block.rnode.spcNode, block.rnode.dbNode, block.rnode.relNode);
        #[cfg(not(feature = "pg15"))]
        let (tablespace, database, relation) = (
            block.rlocator.spcOid,
            block.rlocator.dbOid,
            block.rlocator.relNumber,
        );
        let data: &[u8] = if block.has_data && !block.data.is_null() && block.data_len > 0 {
            unsafe { std::slice::from_raw_parts(block.data.cast(), block.data_len as usize) }
        } else {
            &[]
        };
        blocks.push(BlockRef {
            block_id: id as u8,
            tablespace: tablespace.to_u32(),
            database: database.to_u32(),
            relation: relation.to_u32(),
            fork: block.forknum as u8,
            block: block.blkno,
            has_image: block.has_image,
            data: RSlice::from_slice(data),
        });
    }
}
