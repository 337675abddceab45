//! The replication slot that keeps the WAL powa has not read yet.

use super::wal_plugins_loaded;
use crate::plugins::Plugin;
use crate::spi_host::in_subtransaction;
use pgrx::bgworkers::BackgroundWorker;
use pgrx::prelude::*;
use powa_core::{format_lsn, parse_lsn};

pub(super) fn slot_state(slot: &str) -> Result<Option<(Option<u64>, String)>, String> {
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

pub(super) fn create_slot(slot: &str) -> Result<u64, String> {
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
pub(super) fn oldest_wal_on_disk(needed: u64, upto: u64) -> u64 {
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
pub(super) fn move_slot_back(slot: &str, position: u64) -> Result<(), String> {
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
                c"walker/slot.rs".as_ptr(),
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
