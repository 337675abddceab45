//! Decoders of the WAL record bodies WAL plugins most often need, for each
//! supported PostgreSQL major version, so plugins never hard-code format
//! constants.
//!
//! Formats follow `access/heapam_xlog.h`, `access/xact.h` and
//! `catalog/storage_xlog.h` of PostgreSQL 15 and 18. Where they differ (the
//! heap2 prune and vacuum records were rewritten in 17, dropped-stats items
//! grew in 18, relation identities were renamed in 16 but kept their
//! layout), the decoder takes the server's major version.

use crate::wal::{rmgr, WalRecord};

/// A relation's file as WAL names it (pg_class.relfilenode, not the OID).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RelFileId {
    pub tablespace: u32,
    pub database: u32,
    pub relation: u32,
}

/// A heap page a record changes (main fork).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PageId {
    pub rel: RelFileId,
    pub block: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("{rmgr} record at {lsn} (info 0x{info:02X}) is too short: {need} bytes of {what} needed, {have} present")]
    TooShort {
        rmgr: &'static str,
        lsn: String,
        info: u8,
        what: &'static str,
        need: usize,
        have: usize,
    },
    #[error("{rmgr} record at {lsn} (info 0x{info:02X}) has no block reference {block_id}")]
    MissingBlock {
        rmgr: &'static str,
        lsn: String,
        info: u8,
        block_id: u8,
    },
    #[error(
        "{rmgr} record at {lsn} has info 0x{info:02X}, which PostgreSQL {major} does not define"
    )]
    UnknownInfo {
        rmgr: &'static str,
        lsn: String,
        info: u8,
        major: u32,
    },
    #[error("record at {lsn} belongs to resource manager {rmgr_id}, not {expected}")]
    WrongRmgr {
        lsn: String,
        rmgr_id: u8,
        expected: &'static str,
    },
}

/// Reads little-endian fixed-size fields from a record part.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    record: &'a WalRecord<'a>,
    rmgr: &'static str,
    what: &'static str,
}

impl<'a> Reader<'a> {
    fn new(
        record: &'a WalRecord<'a>,
        rmgr: &'static str,
        what: &'static str,
        bytes: &'a [u8],
    ) -> Self {
        Self {
            bytes,
            at: 0,
            record,
            rmgr,
            what,
        }
    }

    #[inline]
    fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        match self.bytes.get(self.at..self.at + n) {
            Some(part) => {
                self.at += n;
                Ok(part)
            }
            None => Err(self.too_short(n)),
        }
    }

    /// Kept out of line: the hot path only checks lengths.
    #[cold]
    #[inline(never)]
    fn too_short(&self, n: usize) -> DecodeError {
        DecodeError::TooShort {
            rmgr: self.rmgr,
            lsn: crate::wal::format_lsn(self.record.lsn),
            info: self.record.info,
            what: self.what,
            need: self.at + n,
            have: self.bytes.len(),
        }
    }

    #[inline]
    fn u8(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }

    #[inline]
    fn u16(&mut self) -> Result<u16, DecodeError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    #[inline]
    fn u32(&mut self) -> Result<u32, DecodeError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    #[inline]
    fn skip(&mut self, n: usize) -> Result<(), DecodeError> {
        self.take(n).map(|_| ())
    }

    fn align(&mut self, to: usize) {
        self.at = self.at.div_ceil(to) * to;
    }

    fn offsets(&mut self, n: usize) -> Result<Vec<u16>, DecodeError> {
        Ok(self.item_list(n)?.iter().collect())
    }

    /// `n` item numbers, read in place.
    fn item_list(&mut self, n: usize) -> Result<ItemList<'a>, DecodeError> {
        self.take(2 * n).map(|bytes| ItemList { bytes })
    }

    fn remaining(&self) -> usize {
        self.bytes.len().saturating_sub(self.at)
    }

    fn rel(&mut self) -> Result<RelFileId, DecodeError> {
        Ok(RelFileId {
            tablespace: self.u32()?,
            database: self.u32()?,
            relation: self.u32()?,
        })
    }
}

fn page(record: &WalRecord<'_>, rmgr: &'static str, block_id: u8) -> Result<PageId, DecodeError> {
    let block = record
        .block(block_id)
        .ok_or_else(|| DecodeError::MissingBlock {
            rmgr,
            lsn: crate::wal::format_lsn(record.lsn),
            info: record.info,
            block_id,
        })?;
    Ok(PageId {
        rel: RelFileId {
            tablespace: block.tablespace,
            database: block.database,
            relation: block.relation,
        },
        block: block.block,
    })
}

fn check_rmgr(record: &WalRecord<'_>, id: u8, expected: &'static str) -> Result<(), DecodeError> {
    if record.rmgr_id == id {
        Ok(())
    } else {
        Err(DecodeError::WrongRmgr {
            lsn: crate::wal::format_lsn(record.lsn),
            rmgr_id: record.rmgr_id,
            expected,
        })
    }
}

const HEAP_INIT_PAGE: u8 = 0x80;
const HEAP_OPMASK: u8 = 0x70;

/// A heap record: what happened to which tuple.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeapOp {
    /// A new tuple at `offset` of `page`; `init_page` when the page was
    /// (re)initialised for it.
    Insert {
        page: PageId,
        offset: u16,
        init_page: bool,
    },
    /// The tuple at `offset` was deleted (dead once the transaction commits).
    Delete {
        page: PageId,
        offset: u16,
    },
    /// The old version at `old_offset` of `old_page` was replaced by a new
    /// one; `hot` when the new version is a heap-only tuple on the same page.
    Update {
        old_page: PageId,
        old_offset: u16,
        new_page: PageId,
        new_offset: u16,
        hot: bool,
        init_page: bool,
    },
    /// TRUNCATE of these relation OIDs (for logical decoding; the relation
    /// files themselves are replaced, which the xact records show).
    Truncate {
        relation_oids: Vec<u32>,
    },
    /// A speculative insertion was confirmed.
    Confirm {
        page: PageId,
        offset: u16,
    },
    Lock {
        page: PageId,
        offset: u16,
    },
    Inplace {
        page: PageId,
        offset: u16,
    },
}

/// Decodes a record of the heap resource manager.
pub fn decode_heap(record: &WalRecord<'_>) -> Result<HeapOp, DecodeError> {
    const RMGR: &str = "Heap";
    check_rmgr(record, rmgr::HEAP, RMGR)?;
    let mut main = Reader::new(record, RMGR, "main data", &record.main_data);
    let init_page = record.info & HEAP_INIT_PAGE != 0;
    Ok(match record.info & HEAP_OPMASK {
        0x00 => HeapOp::Insert {
            offset: main.u16()?,
            page: page(record, RMGR, 0)?,
            init_page,
        },
        0x10 => {
            main.skip(4)?; // xmax
            HeapOp::Delete {
                offset: main.u16()?,
                page: page(record, RMGR, 0)?,
            }
        }
        op @ (0x20 | 0x40) => {
            main.skip(4)?; // old_xmax
            let old_offset = main.u16()?;
            main.skip(2)?; // old_infobits_set, flags
            main.skip(4)?; // new_xmax
            let new_offset = main.u16()?;
            let new_page = page(record, RMGR, 0)?;
            // Block 1 is the old page when the new version went elsewhere.
            let old_page = match record.block(1) {
                Some(_) => page(record, RMGR, 1)?,
                None => new_page,
            };
            HeapOp::Update {
                old_page,
                old_offset,
                new_page,
                new_offset,
                hot: op == 0x40,
                init_page,
            }
        }
        0x30 => {
            main.skip(4)?; // dbId
            let count = main.u32()? as usize;
            main.skip(1)?; // flags
            main.align(4);
            HeapOp::Truncate {
                relation_oids: (0..count).map(|_| main.u32()).collect::<Result<_, _>>()?,
            }
        }
        0x50 => HeapOp::Confirm {
            offset: main.u16()?,
            page: page(record, RMGR, 0)?,
        },
        0x60 => {
            main.skip(4)?; // locking_xid
            HeapOp::Lock {
                offset: main.u16()?,
                page: page(record, RMGR, 0)?,
            }
        }
        _ => HeapOp::Inplace {
            offset: main.u16()?,
            page: page(record, RMGR, 0)?,
        },
    })
}

/// Item (line pointer) numbers as a record stores them, read in place:
/// decoding a prune record allocates nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ItemList<'a> {
    bytes: &'a [u8],
}

impl<'a> ItemList<'a> {
    pub fn len(&self) -> usize {
        self.bytes.len() / 2
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = u16> + 'a {
        self.bytes
            .chunks_exact(2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
    }

    /// The items as (first, second) pairs: the redirects' (root, target).
    pub fn pairs(&self) -> impl Iterator<Item = (u16, u16)> + 'a {
        self.bytes.chunks_exact(4).map(|b| {
            (
                u16::from_le_bytes([b[0], b[1]]),
                u16::from_le_bytes([b[2], b[3]]),
            )
        })
    }
}

/// Which kind of pruning a prune record comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PruneKind {
    /// Pruning while reading a page (PostgreSQL 15: every prune record).
    OnAccess,
    /// VACUUM's first pass (17+).
    VacuumScan,
    /// VACUUM's second pass: LP_DEAD items become unused, no tuple storage
    /// is freed (15: the VACUUM record).
    VacuumCleanup,
}

/// A heap2 record; item lists are read in place from the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heap2Op<'a> {
    /// Line pointers changed by pruning or vacuum on `page`:
    /// `redirected` (root, target) pairs (see [`ItemList::pairs`]), items
    /// that became `dead` (LP_DEAD) and items that became `unused`, and how
    /// many tuples were frozen.
    Prune {
        kind: PruneKind,
        page: PageId,
        redirected: ItemList<'a>,
        dead: ItemList<'a>,
        unused: ItemList<'a>,
        frozen: u32,
        /// The record carries a full-page image of the block and left its
        /// item lists out (every version does: the lists are block data
        /// registered without `REGBUF_KEEP_DATA`). Then the lists above are
        /// empty, `frozen` is 0, and the restored page image shows the
        /// result: which items still hold a tuple.
        items_omitted: bool,
    },
    /// Tuples frozen (15's FREEZE_PAGE; 17+ freezes within prune records).
    Freeze {
        page: PageId,
        frozen: u32,
    },
    /// The page was marked all-visible.
    Visible {
        page: PageId,
    },
    /// `tuples` new tuples inserted at once (COPY, bulk inserts), at
    /// `offsets` (1..=tuples when `init_page`: the record leaves them out).
    MultiInsert {
        page: PageId,
        tuples: u16,
        offsets: Vec<u16>,
        init_page: bool,
    },
    LockUpdated {
        page: PageId,
        offset: u16,
    },
    NewCid,
    Rewrite,
}

impl Heap2Op<'_> {
    /// A prune whose item lists were left out for a page image.
    fn prune_shown_by_image(kind: PruneKind, page: PageId) -> Self {
        Heap2Op::Prune {
            kind,
            page,
            redirected: ItemList::default(),
            dead: ItemList::default(),
            unused: ItemList::default(),
            frozen: 0,
            items_omitted: true,
        }
    }
}

/// Decodes a record of the heap2 resource manager of PostgreSQL `major`.
pub fn decode_heap2<'a>(record: &'a WalRecord<'a>, major: u32) -> Result<Heap2Op<'a>, DecodeError> {
    const RMGR: &str = "Heap2";
    check_rmgr(record, rmgr::HEAP2, RMGR)?;
    let mut main = Reader::new(record, RMGR, "main data", &record.main_data);
    let op = record.info & HEAP_OPMASK;
    let unknown = || DecodeError::UnknownInfo {
        rmgr: RMGR,
        lsn: crate::wal::format_lsn(record.lsn),
        info: record.info,
        major,
    };
    let data: &'a [u8] = record.block(0).map(|b| b.data.as_slice()).unwrap_or(&[]);
    Ok(match (op, major >= 17) {
        (0x00, _) => Heap2Op::Rewrite,
        (0x40, _) => Heap2Op::Visible {
            page: page(record, RMGR, 1)?,
        },
        (0x50, _) => {
            let _flags = main.u8()?;
            main.align(2);
            let tuples = main.u16()?;
            let init_page = record.info & HEAP_INIT_PAGE != 0;
            Heap2Op::MultiInsert {
                tuples,
                offsets: if init_page {
                    (1..=tuples).collect()
                } else {
                    main.offsets(usize::from(tuples))?
                },
                page: page(record, RMGR, 0)?,
                init_page,
            }
        }
        (0x60, _) => {
            main.skip(4)?;
            Heap2Op::LockUpdated {
                offset: main.u16()?,
                page: page(record, RMGR, 0)?,
            }
        }
        (0x70, _) => Heap2Op::NewCid,
        // PostgreSQL 15 and 16: PRUNE, VACUUM, FREEZE_PAGE.
        (0x10, false) => {
            main.skip(4)?; // latestRemovedXid
            let redirected = main.u16()?;
            let dead = main.u16()?;
            let page = page(record, RMGR, 0)?;
            if image_replaces_block_data(record, data) {
                return Ok(Heap2Op::prune_shown_by_image(PruneKind::OnAccess, page));
            }
            let mut items = Reader::new(record, RMGR, "block 0 data", data);
            let pairs = items.item_list(2 * redirected as usize)?;
            let dead = items.item_list(dead as usize)?;
            let unused = items.item_list(items.remaining() / 2)?;
            Heap2Op::Prune {
                kind: PruneKind::OnAccess,
                page,
                redirected: pairs,
                dead,
                unused,
                frozen: 0,
                items_omitted: false,
            }
        }
        (0x20, false) => {
            let count = main.u16()?;
            let omitted = count > 0 && image_replaces_block_data(record, data);
            let mut items = Reader::new(record, RMGR, "block 0 data", data);
            Heap2Op::Prune {
                kind: PruneKind::VacuumCleanup,
                page: page(record, RMGR, 0)?,
                redirected: ItemList::default(),
                dead: ItemList::default(),
                unused: if omitted {
                    ItemList::default()
                } else {
                    items.item_list(count as usize)?
                },
                frozen: 0,
                items_omitted: omitted,
            }
        }
        (0x30, false) => {
            main.skip(4)?; // cutoff_xid
            Heap2Op::Freeze {
                frozen: u32::from(main.u16()?),
                page: page(record, RMGR, 0)?,
            }
        }
        // PostgreSQL 17 and later: one prune record in three flavours.
        (0x10 | 0x20 | 0x30, true) => {
            let kind = match op {
                0x10 => PruneKind::OnAccess,
                0x20 => PruneKind::VacuumScan,
                _ => PruneKind::VacuumCleanup,
            };
            let _reason = main.u8()?;
            let flags = main.u8()?;
            const HAS_FREEZE_PLANS: u8 = 1 << 4;
            const HAS_REDIRECTIONS: u8 = 1 << 5;
            const HAS_DEAD_ITEMS: u8 = 1 << 6;
            const HAS_NOW_UNUSED_ITEMS: u8 = 1 << 7;
            const HAS_ITEM_LISTS: u8 =
                HAS_FREEZE_PLANS | HAS_REDIRECTIONS | HAS_DEAD_ITEMS | HAS_NOW_UNUSED_ITEMS;
            let page = page(record, RMGR, 0)?;
            if flags & HAS_ITEM_LISTS != 0 && image_replaces_block_data(record, data) {
                return Ok(Heap2Op::prune_shown_by_image(kind, page));
            }
            let mut items = Reader::new(record, RMGR, "block 0 data", data);
            let mut frozen = 0u32;
            if flags & HAS_FREEZE_PLANS != 0 {
                let plans = items.u16()?;
                items.skip(2)?; // padding before the 4-byte aligned plans
                for _ in 0..plans {
                    // xlhp_freeze_plan: xmax u32, infomask2 u16, infomask u16,
                    // frzflags u8, (pad) ntuples u16: 12 bytes.
                    items.skip(4 + 2 + 2 + 1 + 1)?;
                    frozen += u32::from(items.u16()?);
                }
            }
            let mut sub_record =
                |present: bool, per_item: usize| -> Result<ItemList<'a>, DecodeError> {
                    if !present {
                        return Ok(ItemList::default());
                    }
                    let n = items.u16()? as usize;
                    items.item_list(n * per_item)
                };
            let pairs = sub_record(flags & HAS_REDIRECTIONS != 0, 2)?;
            let dead = sub_record(flags & HAS_DEAD_ITEMS != 0, 1)?;
            let unused = sub_record(flags & HAS_NOW_UNUSED_ITEMS != 0, 1)?;
            Heap2Op::Prune {
                kind,
                page,
                redirected: pairs,
                dead,
                unused,
                frozen,
                items_omitted: false,
            }
        }
        _ => return Err(unknown()),
    })
}

/// Whether the block data of block 0 was left out because the record
/// carries a full-page image of it: XLogInsert drops the data of a block
/// registered without `REGBUF_KEEP_DATA` when it logs the block's image,
/// which is what every prune and vacuum record of PostgreSQL 15 to 18 does
/// right after a checkpoint (the image then shows the result).
fn image_replaces_block_data(record: &WalRecord<'_>, data: &[u8]) -> bool {
    data.is_empty() && record.block(0).is_some_and(|b| b.has_image)
}

/// How a transaction ended, with what the end applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum XactOp {
    /// `xid` and its `subxacts` committed; `dropped` relation files are gone.
    Commit {
        xid: u32,
        subxacts: Vec<u32>,
        dropped: Vec<RelFileId>,
    },
    /// `xid` and its `subxacts` aborted; `dropped` files (created by it) are gone.
    Abort {
        xid: u32,
        subxacts: Vec<u32>,
        dropped: Vec<RelFileId>,
    },
    Prepare {
        xid: u32,
    },
    Assignment,
    Invalidations,
}

/// Decodes a record of the transaction resource manager of PostgreSQL `major`.
pub fn decode_xact(record: &WalRecord<'_>, major: u32) -> Result<XactOp, DecodeError> {
    const RMGR: &str = "Transaction";
    check_rmgr(record, rmgr::XACT, RMGR)?;
    const HAS_INFO: u8 = 0x80;
    const HAS_DBINFO: u32 = 1 << 0;
    const HAS_SUBXACTS: u32 = 1 << 1;
    const HAS_RELFILES: u32 = 1 << 2;
    const HAS_INVALS: u32 = 1 << 3;
    const HAS_TWOPHASE: u32 = 1 << 4;
    const HAS_DROPPED_STATS: u32 = 1 << 8;
    let op = record.info & 0x70;
    let commit = matches!(op, 0x00 | 0x30);
    match op {
        0x00 | 0x20 | 0x30 | 0x40 => {
            let mut main = Reader::new(record, RMGR, "main data", &record.main_data);
            main.skip(8)?; // xact_time
            let xinfo = if record.info & HAS_INFO != 0 {
                main.u32()?
            } else {
                0
            };
            if xinfo & HAS_DBINFO != 0 {
                main.skip(8)?;
            }
            let mut subxacts = Vec::new();
            if xinfo & HAS_SUBXACTS != 0 {
                let n = main.u32()? as usize;
                subxacts = (0..n).map(|_| main.u32()).collect::<Result<_, _>>()?;
            }
            let mut dropped = Vec::new();
            if xinfo & HAS_RELFILES != 0 {
                let n = main.u32()? as usize;
                dropped = (0..n).map(|_| main.rel()).collect::<Result<_, _>>()?;
            }
            if xinfo & HAS_DROPPED_STATS != 0 {
                let n = main.u32()? as usize;
                // kind, dboid, objid: 12 bytes; 18 widened objid to 64 bits.
                main.skip(n * if major >= 18 { 16 } else { 12 })?;
            }
            if commit && xinfo & HAS_INVALS != 0 {
                let n = main.u32()? as usize;
                main.skip(n * 16)?; // SharedInvalidationMessage
            }
            // A prepared transaction's own xid is in the record, not its header.
            let xid = if xinfo & HAS_TWOPHASE != 0 {
                main.u32()?
            } else {
                record.xid
            };
            Ok(if commit {
                XactOp::Commit {
                    xid,
                    subxacts,
                    dropped,
                }
            } else {
                XactOp::Abort {
                    xid,
                    subxacts,
                    dropped,
                }
            })
        }
        0x10 => Ok(XactOp::Prepare { xid: record.xid }),
        0x50 => Ok(XactOp::Assignment),
        0x60 => Ok(XactOp::Invalidations),
        _ => Err(DecodeError::UnknownInfo {
            rmgr: RMGR,
            lsn: crate::wal::format_lsn(record.lsn),
            info: record.info,
            major,
        }),
    }
}

/// A storage manager record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmgrOp {
    /// A relation file was created (new table, new file after a rewrite).
    Create { rel: RelFileId, fork: u32 },
    /// The relation was cut to `blocks` blocks; `heap` when the main fork was.
    Truncate {
        rel: RelFileId,
        blocks: u32,
        heap: bool,
    },
}

/// Decodes a record of the storage resource manager.
pub fn decode_smgr(record: &WalRecord<'_>) -> Result<SmgrOp, DecodeError> {
    const RMGR: &str = "Storage";
    check_rmgr(record, rmgr::SMGR, RMGR)?;
    let mut main = Reader::new(record, RMGR, "main data", &record.main_data);
    match record.info & 0xF0 {
        0x10 => Ok(SmgrOp::Create {
            rel: main.rel()?,
            fork: main.u32()?,
        }),
        0x20 => {
            let blocks = main.u32()?;
            let rel = main.rel()?;
            let flags = main.u32()?;
            Ok(SmgrOp::Truncate {
                rel,
                blocks,
                heap: flags & 0x1 != 0,
            })
        }
        _ => Err(DecodeError::UnknownInfo {
            rmgr: RMGR,
            lsn: crate::wal::format_lsn(record.lsn),
            info: record.info,
            major: 0,
        }),
    }
}
