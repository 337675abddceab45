//! The WAL record view handed to WAL plugins.
//!
//! The worker decodes each record with PostgreSQL's own reader and hands the
//! plugin this FFI-safe view of it: nothing in it points into PostgreSQL
//! structures the plugin could misread across versions.

use abi_stable::std_types::RSlice;
use abi_stable::StableAbi;

/// Resource manager ids of the built-in resource managers (the same in every
/// supported PostgreSQL version).
pub mod rmgr {
    pub const XLOG: u8 = 0;
    pub const XACT: u8 = 1;
    pub const SMGR: u8 = 2;
    pub const CLOG: u8 = 3;
    pub const DATABASE: u8 = 4;
    pub const TABLESPACE: u8 = 5;
    pub const MULTIXACT: u8 = 6;
    pub const RELMAP: u8 = 7;
    pub const STANDBY: u8 = 8;
    pub const HEAP2: u8 = 9;
    pub const HEAP: u8 = 10;
    pub const BTREE: u8 = 11;

    /// Names as `pg_get_wal_stats()` prints them, indexed by id.
    pub const NAMES: [&str; 22] = [
        "XLOG",
        "Transaction",
        "Storage",
        "CLOG",
        "Database",
        "Tablespace",
        "MultiXact",
        "RelMap",
        "Standby",
        "Heap2",
        "Heap",
        "Btree",
        "Hash",
        "Gin",
        "Gist",
        "Sequence",
        "SPGist",
        "BRIN",
        "CommitTs",
        "ReplicationOrigin",
        "Generic",
        "LogicalMessage",
    ];

    /// The name of a resource manager id; custom ones (128 and up) by number.
    pub fn name(id: u8) -> String {
        NAMES
            .get(usize::from(id))
            .map(|name| (*name).to_owned())
            .unwrap_or_else(|| format!("rmgr {id}"))
    }
}

/// A set of resource manager ids: what a WAL plugin wants to receive.
#[repr(C)]
#[derive(StableAbi, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RmgrSet {
    bits: [u64; 4],
}

impl RmgrSet {
    pub const fn none() -> Self {
        Self { bits: [0; 4] }
    }

    pub const fn all() -> Self {
        Self {
            bits: [u64::MAX; 4],
        }
    }

    pub const fn with(mut self, id: u8) -> Self {
        self.bits[(id / 64) as usize] |= 1 << (id % 64);
        self
    }

    pub const fn contains(&self, id: u8) -> bool {
        self.bits[(id / 64) as usize] & (1 << (id % 64)) != 0
    }

    pub fn is_empty(&self) -> bool {
        self.bits.iter().all(|word| *word == 0)
    }
}

/// A block a record touches.
#[repr(C)]
#[derive(StableAbi, Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockRef<'a> {
    /// The record's own number for this reference (0, 1, ...).
    pub block_id: u8,
    pub tablespace: u32,
    pub database: u32,
    /// The relation's file number (pg_class.relfilenode), not its OID.
    pub relation: u32,
    /// 0 main, 1 free space map, 2 visibility map, 3 init.
    pub fork: u8,
    pub block: u32,
    /// The record carries a full-page image of the block.
    pub has_image: bool,
    /// The image's length as stored in the record (without its hole,
    /// compressed if it was), 0 without an image: the WAL bytes the image
    /// costs.
    pub image_len: u16,
    /// The resource manager's data for this block (for example the item
    /// offsets a prune record removed); empty when there is none.
    pub data: RSlice<'a, u8>,
}

/// One WAL record.
#[repr(C)]
#[derive(StableAbi, Debug, Clone, Copy)]
pub struct WalRecord<'a> {
    /// Where the record starts.
    pub lsn: u64,
    /// Where the next record starts: a position up to which work is done.
    pub end_lsn: u64,
    pub xid: u32,
    pub rmgr_id: u8,
    /// The record kind within its resource manager, including flag bits.
    pub info: u8,
    /// Length of the whole record in bytes.
    pub total_len: u32,
    pub blocks: RSlice<'a, BlockRef<'a>>,
    /// The record's main data: the body the decoders read.
    pub main_data: RSlice<'a, u8>,
}

impl<'a> WalRecord<'a> {
    /// The block reference with id `block_id`, if the record has it.
    pub fn block(&self, block_id: u8) -> Option<&BlockRef<'a>> {
        self.blocks.iter().find(|block| block.block_id == block_id)
    }
}

/// An LSN as PostgreSQL prints it: `16/B374D848`.
pub fn format_lsn(lsn: u64) -> String {
    format!("{:X}/{:X}", lsn >> 32, lsn & 0xFFFF_FFFF)
}

/// Parses `16/B374D848`; None if it is not an LSN.
pub fn parse_lsn(text: &str) -> Option<u64> {
    let (high, low) = text.trim().split_once('/')?;
    let high = u32::from_str_radix(high, 16).ok()?;
    let low = u32::from_str_radix(low, 16).ok()?;
    Some((u64::from(high) << 32) | u64::from(low))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lsn_text() {
        assert_eq!(format_lsn(0x16_B374_D848), "16/B374D848");
        assert_eq!(parse_lsn("16/B374D848"), Some(0x16_B374_D848));
        assert_eq!(parse_lsn("0/0"), Some(0));
        assert_eq!(parse_lsn("x/1"), None);
        assert_eq!(parse_lsn("12"), None);
    }

    #[test]
    fn rmgr_sets() {
        let set = RmgrSet::none().with(rmgr::HEAP).with(200);
        assert!(set.contains(rmgr::HEAP) && set.contains(200));
        assert!(!set.contains(rmgr::HEAP2));
        assert!(RmgrSet::none().is_empty());
        assert!(RmgrSet::all().contains(255));
        assert_eq!(rmgr::name(rmgr::HEAP2), "Heap2");
        assert_eq!(rmgr::name(130), "rmgr 130");
    }
}
