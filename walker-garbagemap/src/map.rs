//! The map: estimated dead tuples per relation file and block range.

use rustc_hash::FxHashMap;

pub use powa_core::decode::RelFileId as RelFile;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MapError {
    #[error(
        "garbagemap block range size must be between 1 and {MAX_RANGE_BLOCKS} blocks, not {0}"
    )]
    BadRangeSize(u32),
}

/// Largest block range: 2^17 blocks of 8 kB are 1 GB, one segment file.
pub const MAX_RANGE_BLOCKS: u32 = 1 << 17;

/// Estimated dead tuples per block range, for every relation seen.
#[derive(Debug, Clone)]
pub struct GarbageMap {
    range_blocks: u32,
    relations: FxHashMap<RelFile, Vec<u64>>,
}

impl GarbageMap {
    pub fn new(range_blocks: u32) -> Result<Self, MapError> {
        if range_blocks == 0 || range_blocks > MAX_RANGE_BLOCKS {
            return Err(MapError::BadRangeSize(range_blocks));
        }
        Ok(Self {
            range_blocks,
            relations: FxHashMap::default(),
        })
    }

    pub fn range_blocks(&self) -> u32 {
        self.range_blocks
    }

    fn range_of(&self, block: u32) -> usize {
        (block / self.range_blocks) as usize
    }

    /// `count` tuple versions in `block` became dead.
    pub fn add_dead(&mut self, rel: RelFile, block: u32, count: u64) {
        let range = self.range_of(block);
        // get_mut first: the relation is almost always known already.
        let ranges = match self.relations.get_mut(&rel) {
            Some(ranges) => ranges,
            None => self.relations.entry(rel).or_default(),
        };
        if ranges.len() <= range {
            ranges.resize(range + 1, 0);
        }
        ranges[range] += count;
    }

    /// `count` dead tuples in `block` were reclaimed (prune, vacuum). The
    /// estimate never goes below zero: WAL from before the map started may
    /// reclaim tuples the map never saw die.
    pub fn reclaim(&mut self, rel: RelFile, block: u32, count: u64) {
        let range = self.range_of(block);
        if let Some(slot) = self
            .relations
            .get_mut(&rel)
            .and_then(|ranges| ranges.get_mut(range))
        {
            *slot = slot.saturating_sub(count);
        }
    }

    /// The relation was truncated to `blocks` blocks: ranges past the end are
    /// gone, and a range cut in two keeps its estimate (a safe over-estimate).
    pub fn truncate(&mut self, rel: RelFile, blocks: u32) {
        if let Some(ranges) = self.relations.get_mut(&rel) {
            ranges.truncate(blocks.div_ceil(self.range_blocks) as usize);
        }
    }

    /// The relation's file is gone (drop, rewrite): forget it.
    pub fn forget(&mut self, rel: RelFile) {
        self.relations.remove(&rel);
    }

    /// Estimated dead tuples per range of `rel`, range 0 first.
    pub fn ranges(&self, rel: RelFile) -> &[u64] {
        self.relations.get(&rel).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Estimated dead tuples in the whole relation.
    pub fn dead_tuples(&self, rel: RelFile) -> u64 {
        self.ranges(rel).iter().sum()
    }

    /// The relations with an estimate, in order.
    pub fn relations(&self) -> impl Iterator<Item = RelFile> + '_ {
        let mut relations: Vec<RelFile> = self.relations.keys().copied().collect();
        relations.sort_unstable();
        relations.into_iter()
    }

    /// Sets a relation's ranges as stored (loading persisted state).
    pub fn set_ranges(&mut self, rel: RelFile, ranges: Vec<u64>) {
        self.relations.insert(rel, ranges);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REL: RelFile = RelFile {
        tablespace: 1663,
        database: 5,
        relation: 16384,
    };

    #[test]
    fn counts_dead_tuples_per_range() {
        let mut map = GarbageMap::new(4).unwrap();
        map.add_dead(REL, 0, 2);
        map.add_dead(REL, 3, 1);
        map.add_dead(REL, 9, 5);
        assert_eq!(map.ranges(REL), &[3, 0, 5]);
        assert_eq!(map.dead_tuples(REL), 8);
    }

    #[test]
    fn reclaim_never_goes_negative() {
        let mut map = GarbageMap::new(4).unwrap();
        map.add_dead(REL, 1, 2);
        map.reclaim(REL, 1, 5);
        map.reclaim(REL, 100, 1);
        assert_eq!(map.ranges(REL), &[0]);
    }

    #[test]
    fn truncate_and_forget() {
        let mut map = GarbageMap::new(4).unwrap();
        map.add_dead(REL, 1, 1);
        map.add_dead(REL, 6, 1);
        map.add_dead(REL, 13, 1);
        map.truncate(REL, 5);
        assert_eq!(map.ranges(REL), &[1, 1]);
        map.truncate(REL, 0);
        assert_eq!(map.dead_tuples(REL), 0);
        map.add_dead(REL, 0, 1);
        map.forget(REL);
        assert_eq!(map.relations().count(), 0);
    }

    #[test]
    fn range_size_is_validated() {
        assert_eq!(GarbageMap::new(0).unwrap_err(), MapError::BadRangeSize(0));
        assert!(GarbageMap::new(MAX_RANGE_BLOCKS + 1).is_err());
        assert!(GarbageMap::new(MAX_RANGE_BLOCKS).is_ok());
    }
}
