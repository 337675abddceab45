//! A record to the plugins that want it, as a [`WalRecord`] with its block
//! references.

use super::Walker;
use crate::plugins::Plugin;
use crate::spi_host::SpiHost;
use pgrx::prelude::*;
use powa_core::abi::{RSlice, TD_Opaque};
use powa_core::host::HostApi_TO;
use powa_core::{format_lsn, BlockRef, WalRecord};

/// `(plugin, operation)` errors of record callbacks since the last flush,
/// reported once per flush rather than once per record.
pub(super) struct RecordErrors {
    pub(super) count: u64,
    pub(super) first: String,
}

impl Walker {
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
    pub(super) unsafe fn dispatch(
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
}

/// Empties `blocks` and gives its allocation another lifetime.
pub(super) fn empty_with_lifetime<'a, 'b>(mut blocks: Vec<BlockRef<'a>>) -> Vec<BlockRef<'b>> {
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
            image_len: if block.has_image { block.bimg_len } else { 0 },
            data: RSlice::from_slice(data),
        });
    }
}
