//! Turns decoded WAL records into dead-tuple estimates.
//!
//! A tuple version counts as dead the way `pgstattuple` counts it: it still
//! takes space in a page and no transaction can see it any more. So:
//! - a delete, and the old version of an update, become dead when their
//!   transaction commits; an insert, and the new version of an update, when
//!   theirs aborts. Until then the effect waits under the transaction id;
//!   a subtransaction's waits under its own id, which its parent's commit
//!   record lists. A shutdown checkpoint (also written at the end of crash
//!   recovery) ends every transaction that was still open, as an abort.
//! - pruning frees the storage of dead tuples: a dead root of a HOT chain
//!   replaced by a redirect, an item made LP_DEAD, a heap-only tuple made
//!   unused. A line pointer that was already a redirect holds no tuple, so
//!   redirects are remembered to count each freed tuple once. VACUUM's
//!   second pass only frees line pointers, no tuples.
//! - a relation file that is dropped or replaced (DROP, TRUNCATE, VACUUM
//!   FULL, CLUSTER) is forgotten; a truncated one loses its tail.

use crate::map::{GarbageMap, RelFile};
use powa_core::decode::{
    decode_heap, decode_heap2, decode_smgr, decode_xact, DecodeError, Heap2Op, HeapOp, PageId,
    PruneKind, SmgrOp, XactOp,
};
use powa_core::{rmgr, WalRecord};
use rustc_hash::{FxHashMap, FxHashSet};

/// An effect waiting for its transaction to end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pending {
    page: PageId,
    tuples: u32,
    /// Dead if the transaction commits (delete); else if it aborts (insert).
    on_commit: bool,
}

pub struct Tracker {
    pub map: GarbageMap,
    major: u32,
    pending: PendingEffects,
    prepared: FxHashSet<u32>,
    /// Line pointers known to be redirects, per page.
    redirects: FxHashMap<PageId, ItemSet>,
    changed: FxHashSet<RelFile>,
    dropped: FxHashSet<RelFile>,
    /// The relation last marked changed (and so not dropped): consecutive
    /// effects mostly hit the same relation.
    last_changed: Option<RelFile>,
    /// Transactions a shutdown or end-of-recovery checkpoint ended so far.
    pub ended_by_checkpoint: u64,
}

/// A set of line pointer numbers of one page, as a bitmap: prunes of busy
/// pages list hundreds of items, each looked up. The first 320 bits (every
/// item of an 8 kB page) are inline, so a lookup touches one allocation.
#[derive(Debug, Clone, Default)]
struct ItemSet {
    low: [u64; INLINE_WORDS],
    high: Vec<u64>,
}

const INLINE_WORDS: usize = 5;

impl ItemSet {
    fn word(&mut self, item: u16) -> (&mut u64, u64) {
        let (index, bit) = (usize::from(item / 64), 1u64 << (item % 64));
        if index < INLINE_WORDS {
            return (&mut self.low[index], bit);
        }
        let index = index - INLINE_WORDS;
        if self.high.len() <= index {
            self.high.resize(index + 1, 0);
        }
        (&mut self.high[index], bit)
    }

    /// Adds `item`; false if it was there.
    fn insert(&mut self, item: u16) -> bool {
        let (word, bit) = self.word(item);
        let had = *word & bit != 0;
        *word |= bit;
        !had
    }

    /// Removes `item`; false if it was not there.
    fn remove(&mut self, item: u16) -> bool {
        if usize::from(item / 64) >= INLINE_WORDS + self.high.len() {
            return false;
        }
        let (word, bit) = self.word(item);
        let had = *word & bit != 0;
        *word &= !bit;
        had
    }

    fn is_empty(&self) -> bool {
        self.low.iter().chain(&self.high).all(|bits| *bits == 0)
    }

    fn len(&self) -> usize {
        self.low
            .iter()
            .chain(&self.high)
            .map(|bits| bits.count_ones() as usize)
            .sum()
    }

    fn iter(&self) -> impl Iterator<Item = u16> + '_ {
        self.low
            .iter()
            .chain(&self.high)
            .enumerate()
            .flat_map(|(index, bits)| {
                (0..64u16)
                    .filter(move |bit| bits & (1 << bit) != 0)
                    .map(move |bit| index as u16 * 64 + bit)
            })
    }
}

/// Effects waiting for their transaction, per xid. The vectors are kept and
/// reused (a transaction's effects would otherwise cost an allocation each
/// time), and the last xid's slot is remembered: a transaction's records
/// mostly come in a row.
#[derive(Debug, Default)]
struct PendingEffects {
    slot_of: FxHashMap<u32, usize>,
    slots: Vec<Vec<Pending>>,
    free: Vec<usize>,
    last: Option<(u32, usize)>,
}

/// A reused vector keeps at most this capacity (a huge transaction's
/// memory is given back).
const KEPT_CAPACITY: usize = 1024;

impl PendingEffects {
    fn push(&mut self, xid: u32, effect: Pending) {
        let slot = match self.last {
            Some((last, slot)) if last == xid => slot,
            _ => {
                let slot = match self.slot_of.get(&xid) {
                    Some(&slot) => slot,
                    None => {
                        let slot = self.free.pop().unwrap_or_else(|| {
                            self.slots.push(Vec::new());
                            self.slots.len() - 1
                        });
                        self.slot_of.insert(xid, slot);
                        slot
                    }
                };
                self.last = Some((xid, slot));
                slot
            }
        };
        self.slots[slot].push(effect);
    }

    /// Takes the effects of `xid` out; hand the vector back with `give_back`.
    fn take(&mut self, xid: u32) -> Option<(usize, Vec<Pending>)> {
        let slot = self.slot_of.remove(&xid)?;
        if self.last.is_some_and(|(last, _)| last == xid) {
            self.last = None;
        }
        Some((slot, std::mem::take(&mut self.slots[slot])))
    }

    fn give_back(&mut self, slot: usize, mut effects: Vec<Pending>) {
        effects.clear();
        if effects.capacity() > KEPT_CAPACITY {
            effects = Vec::new();
        }
        self.slots[slot] = effects;
        self.free.push(slot);
    }

    fn xids(&self) -> impl Iterator<Item = u32> + '_ {
        self.slot_of.keys().copied()
    }

    fn effects(&self, xid: u32) -> &[Pending] {
        self.slot_of
            .get(&xid)
            .map(|&slot| self.slots[slot].as_slice())
            .unwrap_or(&[])
    }

    fn len(&self) -> usize {
        self.slot_of.len()
    }
}

const XLOG_CHECKPOINT_SHUTDOWN: u8 = 0x00;
const XLOG_END_OF_RECOVERY: u8 = 0x90;

impl Tracker {
    pub fn new(map: GarbageMap, major: u32) -> Self {
        Self {
            map,
            major,
            pending: PendingEffects::default(),
            prepared: FxHashSet::default(),
            redirects: FxHashMap::default(),
            changed: FxHashSet::default(),
            dropped: FxHashSet::default(),
            last_changed: None,
            ended_by_checkpoint: 0,
        }
    }

    /// Relations changed and dropped since the last call, in order.
    pub fn take_changes(&mut self) -> (Vec<RelFile>, Vec<RelFile>) {
        self.last_changed = None;
        let mut dropped: Vec<RelFile> = std::mem::take(&mut self.dropped).into_iter().collect();
        let mut changed: Vec<RelFile> = std::mem::take(&mut self.changed).into_iter().collect();
        dropped.sort_unstable();
        changed.sort_unstable();
        (changed, dropped)
    }

    /// Puts back changes whose writing failed, to be written at the next flush.
    pub fn restore_changes(&mut self, changed: Vec<RelFile>, dropped: Vec<RelFile>) {
        self.changed.extend(changed);
        self.dropped.extend(dropped);
    }

    fn wait(&mut self, xid: u32, page: PageId, tuples: u32, on_commit: bool) {
        self.pending.push(
            xid,
            Pending {
                page,
                tuples,
                on_commit,
            },
        );
    }

    fn forget_page_redirects(&mut self, page: PageId) {
        self.redirects.remove(&page);
    }

    fn forget_relation(&mut self, rel: RelFile) {
        self.map.forget(rel);
        self.redirects.retain(|page, _| page.rel != rel);
        self.changed.remove(&rel);
        self.dropped.insert(rel);
        if self.last_changed == Some(rel) {
            self.last_changed = None;
        }
    }

    /// The relation's row must be written at the next flush. A relation
    /// forgotten and then changed again (a new file reusing the number, or
    /// a table created since the last flush) is written, not deleted.
    fn mark_changed(&mut self, rel: RelFile) {
        if self.last_changed == Some(rel) {
            return;
        }
        if !self.dropped.is_empty() {
            self.dropped.remove(&rel);
        }
        self.changed.insert(rel);
        self.last_changed = Some(rel);
    }

    fn end_transaction(&mut self, xid: u32, subxacts: &[u32], committed: bool) {
        for id in std::iter::once(&xid).chain(subxacts) {
            if !self.prepared.is_empty() {
                self.prepared.remove(id);
            }
            let Some((slot, effects)) = self.pending.take(*id) else {
                continue;
            };
            for effect in &effects {
                if effect.on_commit == committed {
                    self.map
                        .add_dead(effect.page.rel, effect.page.block, u64::from(effect.tuples));
                    self.mark_changed(effect.page.rel);
                }
            }
            self.pending.give_back(slot, effects);
        }
    }

    /// Applies one record of the heap, heap2, transaction, storage or XLOG
    /// resource manager; others are ignored.
    pub fn apply(&mut self, record: &WalRecord<'_>) -> Result<(), DecodeError> {
        match record.rmgr_id {
            rmgr::HEAP => match decode_heap(record)? {
                HeapOp::Insert {
                    page, init_page, ..
                } => {
                    if init_page {
                        self.forget_page_redirects(page);
                    }
                    self.wait(record.xid, page, 1, false);
                }
                HeapOp::Delete { page, .. } => self.wait(record.xid, page, 1, true),
                HeapOp::Update {
                    old_page,
                    new_page,
                    init_page,
                    ..
                } => {
                    if init_page {
                        self.forget_page_redirects(new_page);
                    }
                    self.wait(record.xid, old_page, 1, true);
                    self.wait(record.xid, new_page, 1, false);
                }
                _ => {}
            },
            rmgr::HEAP2 => match decode_heap2(record, self.major)? {
                Heap2Op::MultiInsert {
                    page,
                    tuples,
                    init_page,
                } => {
                    if init_page {
                        self.forget_page_redirects(page);
                    }
                    self.wait(record.xid, page, u32::from(tuples), false);
                }
                Heap2Op::Prune {
                    page,
                    omitted: Some((redirected, dead)),
                    kind,
                    ..
                } => {
                    // The offsets were left out (a page image stands for
                    // them, PostgreSQL 15-16): count the redirects and dead
                    // items the record still numbers; heap-only tuples made
                    // unused are not known, and neither are the redirects.
                    self.forget_page_redirects(page);
                    let freed = if kind == PruneKind::VacuumCleanup {
                        0
                    } else {
                        u64::from(redirected) + u64::from(dead)
                    };
                    if freed > 0 {
                        self.map.reclaim(page.rel, page.block, freed);
                        self.mark_changed(page.rel);
                    }
                }
                Heap2Op::Prune {
                    kind,
                    page,
                    redirected,
                    dead,
                    unused,
                    ..
                } => {
                    let mut freed = 0u64;
                    let items = self.redirects.entry(page).or_default();
                    for (root, _) in redirected {
                        // A new redirect replaces a dead root tuple; moving an
                        // existing redirect frees nothing.
                        if items.insert(root) {
                            freed += 1;
                        }
                    }
                    for item in dead.into_iter().chain(unused) {
                        let was_redirect = items.remove(item);
                        if kind != PruneKind::VacuumCleanup && !was_redirect {
                            freed += 1;
                        }
                    }
                    if items.is_empty() {
                        self.redirects.remove(&page);
                    }
                    if freed > 0 {
                        self.map.reclaim(page.rel, page.block, freed);
                        self.mark_changed(page.rel);
                    }
                }
                _ => {}
            },
            rmgr::XACT => match decode_xact(record, self.major)? {
                XactOp::Commit {
                    xid,
                    subxacts,
                    dropped,
                } => {
                    self.end_transaction(xid, &subxacts, true);
                    for rel in dropped {
                        self.forget_relation(rel);
                    }
                }
                XactOp::Abort {
                    xid,
                    subxacts,
                    dropped,
                } => {
                    self.end_transaction(xid, &subxacts, false);
                    for rel in dropped {
                        self.forget_relation(rel);
                    }
                }
                XactOp::Prepare { xid } => {
                    self.prepared.insert(xid);
                }
                _ => {}
            },
            rmgr::SMGR => match decode_smgr(record)? {
                // A new file may reuse the number of a long-dropped one.
                SmgrOp::Create { rel, fork: 0 } => self.forget_relation(rel),
                SmgrOp::Truncate {
                    rel,
                    blocks,
                    heap: true,
                } => {
                    self.map.truncate(rel, blocks);
                    self.redirects
                        .retain(|page, _| page.rel != rel || page.block < blocks);
                    self.changed.insert(rel);
                }
                _ => {}
            },
            rmgr::XLOG => {
                let info = record.info & 0xF0;
                if info == XLOG_CHECKPOINT_SHUTDOWN || info == XLOG_END_OF_RECOVERY {
                    // Nothing but prepared transactions survives a shutdown
                    // or a crash: the others ended, as aborts, without a record.
                    let open: Vec<u32> = self
                        .pending
                        .xids()
                        .filter(|x| !self.prepared.contains(x))
                        .collect();
                    self.ended_by_checkpoint += open.len() as u64;
                    for xid in open {
                        self.end_transaction(xid, &[], false);
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Transactions with effects still waiting (for tests and the log).
    pub fn open_transactions(&self) -> usize {
        self.pending.len()
    }

    /// The waiting effects and known redirects, to persist at flush.
    pub fn encode_state(&self) -> Vec<u8> {
        let mut out = b"GM1".to_vec();
        let put_rel = |out: &mut Vec<u8>, rel: &RelFile| {
            for v in [rel.tablespace, rel.database, rel.relation] {
                out.extend_from_slice(&v.to_le_bytes());
            }
        };
        out.extend_from_slice(&(self.pending.len() as u32).to_le_bytes());
        for xid in self.pending.xids() {
            let effects = self.pending.effects(xid);
            out.extend_from_slice(&xid.to_le_bytes());
            out.push(u8::from(self.prepared.contains(&xid)));
            out.extend_from_slice(&(effects.len() as u32).to_le_bytes());
            for effect in effects {
                put_rel(&mut out, &effect.page.rel);
                out.extend_from_slice(&effect.page.block.to_le_bytes());
                out.extend_from_slice(&effect.tuples.to_le_bytes());
                out.push(u8::from(effect.on_commit));
            }
        }
        let count: usize = self.redirects.values().map(ItemSet::len).sum();
        out.extend_from_slice(&(count as u32).to_le_bytes());
        for (page, items) in &self.redirects {
            for item in items.iter() {
                put_rel(&mut out, &page.rel);
                out.extend_from_slice(&page.block.to_le_bytes());
                out.extend_from_slice(&item.to_le_bytes());
            }
        }
        out
    }

    /// Restores what [`Tracker::encode_state`] wrote.
    pub fn decode_state(&mut self, bytes: &[u8]) -> Result<(), String> {
        let bad = || "garbagemap state is damaged: starting without waiting effects".to_owned();
        let mut at = 0usize;
        let mut take = |n: usize| -> Result<&[u8], String> {
            let part = bytes.get(at..at + n).ok_or_else(bad)?;
            at += n;
            Ok(part)
        };
        if take(3)? != b"GM1" {
            return Err(bad());
        }
        let u32_of = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let mut pending = PendingEffects::default();
        let mut prepared = FxHashSet::default();
        for _ in 0..u32_of(take(4)?) {
            let xid = u32_of(take(4)?);
            if take(1)?[0] == 1 {
                prepared.insert(xid);
            }
            for _ in 0..u32_of(take(4)?) {
                let b = take(21)?;
                pending.push(
                    xid,
                    Pending {
                        page: PageId {
                            rel: RelFile {
                                tablespace: u32_of(&b[0..4]),
                                database: u32_of(&b[4..8]),
                                relation: u32_of(&b[8..12]),
                            },
                            block: u32_of(&b[12..16]),
                        },
                        tuples: u32_of(&b[16..20]),
                        on_commit: b[20] == 1,
                    },
                );
            }
        }
        let mut redirects: FxHashMap<PageId, ItemSet> = FxHashMap::default();
        for _ in 0..u32_of(take(4)?) {
            let b = take(18)?;
            let page = PageId {
                rel: RelFile {
                    tablespace: u32_of(&b[0..4]),
                    database: u32_of(&b[4..8]),
                    relation: u32_of(&b[8..12]),
                },
                block: u32_of(&b[12..16]),
            };
            redirects
                .entry(page)
                .or_default()
                .insert(u16::from_le_bytes([b[16], b[17]]));
        }
        self.pending = pending;
        self.prepared = prepared;
        self.redirects = redirects;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    //! The tracker on the real WAL captured for powa-core's decoder tests
    //! (scripts/capture-wal-fixtures.sh): before its VACUUM the workload
    //! records pgstattuple's dead_tuple_count in a logical message, and the
    //! map must hold exactly that; after VACUUM none; TRUNCATE replaces the
    //! file.
    use super::*;
    use powa_core::testing::captured::CapturedRecord;

    fn captured(major: u32) -> (Vec<CapturedRecord>, Vec<u32>) {
        let path = format!(
            "{}/../powa-core/tests/data/wal-pg{major}.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        powa_core::testing::captured::load(&path)
    }

    fn apply(tracker: &mut Tracker, record: &CapturedRecord) {
        record.with_view(|view| tracker.apply(view)).unwrap();
    }

    fn dead_in(tracker: &Tracker, relation: u32) -> u64 {
        tracker
            .map
            .relations()
            .filter(|rel| rel.relation == relation)
            .map(|rel| tracker.map.dead_tuples(rel))
            .sum()
    }

    fn replay(major: u32) {
        let (lines, files) = captured(major);
        let first_file = files[0];
        let mut tracker = Tracker::new(GarbageMap::new(4).unwrap(), major);
        // The workload left a marker with pgstattuple's dead_tuple_count
        // just before its VACUUM: the map must say the same.
        let marker = lines
            .iter()
            .position(|l| l.rmgr_id == 21)
            .expect("the capture's marker");
        let message = String::from_utf8_lossy(&lines[marker].main_data);
        let expected: u64 = message
            .split("dead_tuple_count=")
            .nth(1)
            .unwrap()
            .trim_end_matches('\0')
            .parse()
            .unwrap();
        for line in &lines[..marker] {
            apply(&mut tracker, line);
        }
        assert_eq!(
            dead_in(&tracker, first_file),
            expected,
            "as pgstattuple counted before VACUUM"
        );
        let first_prune = marker;
        let truncate = lines
            .iter()
            .position(|l| {
                l.rmgr_id == rmgr::SMGR && l.info & 0xF0 == 0x10 && l.lsn > lines[first_prune].lsn
            })
            .unwrap();
        for line in &lines[first_prune..truncate] {
            apply(&mut tracker, line);
        }
        assert_eq!(
            dead_in(&tracker, first_file),
            0,
            "VACUUM reclaimed them all"
        );
        for line in &lines[truncate..] {
            apply(&mut tracker, line);
        }
        assert_eq!(
            tracker
                .map
                .relations()
                .filter(|r| r.relation == first_file)
                .count(),
            0,
            "the old file is forgotten"
        );
        assert_eq!(tracker.open_transactions(), 0);
    }

    #[test]
    fn replays_postgresql_18_wal() {
        replay(18);
    }

    #[test]
    fn replays_postgresql_15_wal() {
        replay(15);
    }

    #[test]
    fn a_relation_changed_after_it_was_forgotten_is_written() {
        let rel = RelFile {
            tablespace: 1663,
            database: 5,
            relation: 16384,
        };
        let mut tracker = Tracker::new(GarbageMap::new(4).unwrap(), 18);
        tracker.forget_relation(rel);
        tracker.wait(7, PageId { rel, block: 0 }, 3, true);
        tracker.end_transaction(7, &[], true);
        assert_eq!(tracker.take_changes(), (vec![rel], vec![]));
        tracker.mark_changed(rel);
        tracker.forget_relation(rel);
        assert_eq!(tracker.take_changes(), (vec![], vec![rel]));
    }

    #[test]
    fn item_set_adds_removes_and_lists() {
        let mut set = ItemSet::default();
        assert!(set.is_empty());
        assert!(set.insert(3));
        assert!(!set.insert(3), "already there");
        assert!(set.insert(291));
        assert!(set.insert(1000), "past the inline words");
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![3, 291, 1000]);
        assert!(set.remove(1000));
        assert!(!set.remove(290));
        assert!(!set.remove(5000), "past the end");
        assert!(set.remove(3));
        assert!(set.remove(291));
        assert!(set.is_empty());
    }

    #[test]
    fn pending_effects_are_kept_per_transaction() {
        let effect = |block| Pending {
            page: PageId {
                rel: RelFile {
                    tablespace: 1663,
                    database: 5,
                    relation: 16384,
                },
                block,
            },
            tuples: 1,
            on_commit: true,
        };
        let mut pending = PendingEffects::default();
        pending.push(10, effect(1));
        pending.push(11, effect(2));
        pending.push(10, effect(3));
        assert_eq!(pending.len(), 2);
        let (slot, effects) = pending.take(10).unwrap();
        assert_eq!(effects, vec![effect(1), effect(3)]);
        pending.give_back(slot, effects);
        assert!(pending.take(10).is_none(), "taken once");
        // The freed vector serves the next transaction, empty.
        pending.push(12, effect(4));
        assert_eq!(pending.effects(12), &[effect(4)]);
        assert_eq!(pending.effects(11), &[effect(2)]);
        let mut xids: Vec<u32> = pending.xids().collect();
        xids.sort();
        assert_eq!(xids, vec![11, 12]);
    }

    type SortedState = (Vec<(u32, bool, Vec<Pending>)>, Vec<(PageId, u16)>);

    impl Tracker {
        /// The waiting effects and the redirects, in order, to compare.
        fn sorted_state(&self) -> SortedState {
            let mut pending: Vec<_> = self
                .pending
                .xids()
                .map(|xid| {
                    (
                        xid,
                        self.prepared.contains(&xid),
                        self.pending.effects(xid).to_vec(),
                    )
                })
                .collect();
            pending.sort_by_key(|(xid, _, _)| *xid);
            let mut redirects: Vec<_> = self
                .redirects
                .iter()
                .flat_map(|(page, items)| items.iter().map(|item| (*page, item)))
                .collect();
            redirects.sort_unstable();
            (pending, redirects)
        }
    }

    #[test]
    fn state_round_trips() {
        let (lines, _) = captured(18);
        let mut tracker = Tracker::new(GarbageMap::new(4).unwrap(), 18);
        // Stop inside the workload, once transactions are open and
        // redirects known.
        for line in &lines {
            apply(&mut tracker, line);
            if tracker.open_transactions() > 0 && !tracker.redirects.is_empty() {
                break;
            }
        }
        let state = tracker.encode_state();
        let mut restored = Tracker::new(GarbageMap::new(4).unwrap(), 18);
        restored.decode_state(&state).unwrap();
        let (pending, redirects) = tracker.sorted_state();
        assert!(
            !pending.is_empty() && !redirects.is_empty(),
            "a state worth saving: {} open transactions, {} redirects",
            pending.len(),
            redirects.len()
        );
        assert_eq!(restored.sorted_state(), (pending, redirects));
        assert!(restored.decode_state(b"junk").is_err());
    }
}
