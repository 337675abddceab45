//! PostgreSQL's WAL reader: its page callback, and the loop reading a
//! batch of records.

use super::dispatch::RecordErrors;
use super::{BatchEnd, Walker};
use crate::plugins::{record_error, Plugin};
use crate::spi_host::SpiHost;
use pgrx::prelude::*;
use powa_core::format_lsn;
use std::time::Instant;

impl Walker {
    pub(super) fn read_until(&mut self, plugins: &mut [Plugin], deadline: Instant) -> BatchEnd {
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
}

/// The reader's page callback: PostgreSQL's `read_local_xlog_page_no_wait`,
/// with an ERROR it raises (a WAL file that cannot be opened or read) caught
/// and turned into a failed read whose message XLogReadRecord returns. So no
/// ERROR ever unwinds through XLogReadRecord.
pub(super) unsafe extern "C-unwind" fn read_page_catching_errors(
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
pub(super) mod raw {
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
