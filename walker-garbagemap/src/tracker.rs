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
//! - the dead tuples are remembered by item (page and line pointer), so
//!   that pruning subtracts exactly the dead tuples whose storage it frees:
//!   a root of a HOT chain replaced by a redirect, an item made LP_DEAD, a
//!   heap-only tuple made unused. An item that is already a redirect or
//!   LP_DEAD holds no tuple and was subtracted when it became one, so
//!   moving a redirect and VACUUM's second pass free nothing.
//! - a prune record that carries a full-page image leaves its item lists
//!   out (on every version: the first change of a page after a checkpoint
//!   logs its image): then the image (restored by the server) says which
//!   remembered dead items no longer hold a tuple.
//! - a relation file that is dropped or replaced (DROP, TRUNCATE, VACUUM
//!   FULL, CLUSTER) is forgotten; a truncated one loses its tail.

use crate::map::{GarbageMap, RelFile};
use powa_core::decode::{
    decode_heap, decode_heap2, decode_smgr, decode_xact, DecodeError, Heap2Op, HeapOp, PageId,
    PruneKind, SmgrOp, XactOp,
};
use powa_core::{rmgr, WalRecord};
use rustc_hash::{FxHashMap, FxHashSet};

/// What a transaction's end makes dead on one page: the tuple at
/// `dead_on_commit` if it commits (a delete, an update's old version), the
/// one at `dead_on_abort` if it aborts (an insert, an update's new
/// version). Item numbers start at 1: 0 is none. A HOT update is one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pending {
    page: PageId,
    dead_on_commit: u16,
    dead_on_abort: u16,
}

const NO_ITEM: u16 = 0;

/// Why a record could not be applied.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error(
        "prune record at {lsn} left its item lists out and its page image is unusable: {reason}"
    )]
    PageImage { lsn: String, reason: String },
}

pub struct Tracker {
    pub map: GarbageMap,
    major: u32,
    pending: PendingEffects,
    prepared: FxHashSet<u32>,
    /// The items holding a tuple counted dead, per page.
    dead_items: FxHashMap<PageId, PageItems>,
    changed: FxHashSet<RelFile>,
    dropped: FxHashSet<RelFile>,
    /// The relation last marked changed (and so not dropped): consecutive
    /// effects mostly hit the same relation.
    last_changed: Option<RelFile>,
    /// Transactions a shutdown or end-of-recovery checkpoint ended so far.
    pub ended_by_checkpoint: u64,
}

/// The dead items of one page. Most pages hold a few: up to INLINE_ITEMS
/// are kept inline, so that an entry of the map is 32 bytes and a map of
/// every page with garbage stays in the CPU caches; more spill to a bitmap.
#[derive(Debug, Clone, Default)]
struct PageItems {
    inline_len: u16,
    inline: [u16; INLINE_ITEMS],
    spilled: Option<Box<ItemSet>>,
}

const INLINE_ITEMS: usize = 3;

impl PageItems {
    /// Adds `item`; false if it was there.
    fn insert(&mut self, item: u16) -> bool {
        if let Some(set) = &mut self.spilled {
            return set.insert(item);
        }
        let len = usize::from(self.inline_len);
        if self.inline[..len].contains(&item) {
            return false;
        }
        if len < INLINE_ITEMS {
            self.inline[len] = item;
            self.inline_len += 1;
            return true;
        }
        let mut set = ItemSet::default();
        for known in self.inline {
            set.insert(known);
        }
        set.insert(item);
        self.spilled = Some(Box::new(set));
        self.inline_len = 0;
        true
    }

    /// Removes `item`; false if it was not there.
    fn remove(&mut self, item: u16) -> bool {
        if let Some(set) = &mut self.spilled {
            return set.remove(item);
        }
        let len = usize::from(self.inline_len);
        match self.inline[..len].iter().position(|known| *known == item) {
            Some(at) => {
                self.inline[at] = self.inline[len - 1];
                self.inline_len -= 1;
                true
            }
            None => false,
        }
    }

    fn is_empty(&self) -> bool {
        match &self.spilled {
            Some(set) => set.is_empty(),
            None => self.inline_len == 0,
        }
    }

    fn len(&self) -> usize {
        match &self.spilled {
            Some(set) => set.len(),
            None => usize::from(self.inline_len),
        }
    }

    /// The items, in no particular order.
    fn items(&self) -> Vec<u16> {
        match &self.spilled {
            Some(set) => set.iter().collect(),
            None => self.inline[..usize::from(self.inline_len)].to_vec(),
        }
    }
}

/// A set of line pointer numbers of one page, as a bitmap: prunes of busy
/// pages list hundreds of items, each looked up. The first 320 bits (every
/// item of an 8 kB page) are inline, so a lookup touches one allocation.
#[derive(Debug, Clone, Default)]
struct ItemSet {
    low: [u64; INLINE_WORDS],
    /// Items past the inline words (pages larger than 8 kB).
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

    fn contains(&self, item: u16) -> bool {
        let (index, bit) = (usize::from(item / 64), 1u64 << (item % 64));
        let word = if index < INLINE_WORDS {
            self.low[index]
        } else {
            self.high.get(index - INLINE_WORDS).copied().unwrap_or(0)
        };
        word & bit != 0
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
            dead_items: FxHashMap::default(),
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

    fn wait(&mut self, xid: u32, page: PageId, dead_on_commit: u16, dead_on_abort: u16) {
        self.pending.push(
            xid,
            Pending {
                page,
                dead_on_commit,
                dead_on_abort,
            },
        );
    }

    /// The tuple at `item` of `page` is dead.
    fn add_dead(&mut self, page: PageId, item: u16) {
        if self.dead_items.entry(page).or_default().insert(item) {
            self.map.add_dead(page.rel, page.block, 1);
            self.mark_changed(page.rel);
        }
    }

    /// The storage of whichever `items` of `page` held a dead tuple was
    /// freed.
    fn reclaim(&mut self, page: PageId, items: impl IntoIterator<Item = u16>) {
        let Some(dead) = self.dead_items.get_mut(&page) else {
            return;
        };
        let freed = items.into_iter().filter(|item| dead.remove(*item)).count() as u64;
        if dead.is_empty() {
            self.dead_items.remove(&page);
        }
        if freed > 0 {
            self.map.reclaim(page.rel, page.block, freed);
            self.mark_changed(page.rel);
        }
    }

    /// A prune of `page` left its item lists out for a page image: the
    /// dead items the image no longer shows holding a tuple were freed.
    fn reclaim_by_image(
        &mut self,
        lsn: u64,
        page: PageId,
        block_image: impl FnOnce(u8) -> Result<Vec<u8>, String>,
    ) -> Result<(), ApplyError> {
        let Some(dead) = self.dead_items.get(&page) else {
            return Ok(());
        };
        let unusable = |reason: String| ApplyError::PageImage {
            lsn: powa_core::format_lsn(lsn),
            reason,
        };
        let image = block_image(0).map_err(unusable)?;
        let holding = items_holding_tuples(&image).map_err(unusable)?;
        let freed: Vec<u16> = dead
            .items()
            .into_iter()
            .filter(|item| !holding.contains(*item))
            .collect();
        self.reclaim(page, freed);
        Ok(())
    }

    /// The page was initialised empty: no dead tuple is left on it.
    fn empty_page(&mut self, page: PageId) {
        if let Some(dead) = self.dead_items.remove(&page) {
            self.map.reclaim(page.rel, page.block, dead.len() as u64);
            self.mark_changed(page.rel);
        }
    }

    fn forget_relation(&mut self, rel: RelFile) {
        self.map.forget(rel);
        self.dead_items.retain(|page, _| page.rel != rel);
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
                let item = if committed {
                    effect.dead_on_commit
                } else {
                    effect.dead_on_abort
                };
                if item != NO_ITEM {
                    self.add_dead(effect.page, item);
                }
            }
            self.pending.give_back(slot, effects);
        }
    }

    /// Applies one record of the heap, heap2, transaction, storage or XLOG
    /// resource manager; others are ignored. `block_image` restores the
    /// page image of a block reference of the record; it is only asked for
    /// prune records that left their item lists out for a page image.
    pub fn apply(
        &mut self,
        record: &WalRecord<'_>,
        block_image: impl FnOnce(u8) -> Result<Vec<u8>, String>,
    ) -> Result<(), ApplyError> {
        match record.rmgr_id {
            rmgr::HEAP => match decode_heap(record)? {
                HeapOp::Insert {
                    page,
                    offset,
                    init_page,
                } => {
                    if init_page {
                        self.empty_page(page);
                    }
                    self.wait(record.xid, page, NO_ITEM, offset);
                }
                HeapOp::Delete { page, offset } => self.wait(record.xid, page, offset, NO_ITEM),
                HeapOp::Update {
                    old_page,
                    old_offset,
                    new_page,
                    new_offset,
                    init_page,
                    ..
                } => {
                    if init_page {
                        self.empty_page(new_page);
                    }
                    if old_page == new_page {
                        self.wait(record.xid, old_page, old_offset, new_offset);
                    } else {
                        self.wait(record.xid, old_page, old_offset, NO_ITEM);
                        self.wait(record.xid, new_page, NO_ITEM, new_offset);
                    }
                }
                _ => {}
            },
            rmgr::HEAP2 => match decode_heap2(record, self.major)? {
                Heap2Op::MultiInsert {
                    page,
                    offsets,
                    init_page,
                    ..
                } => {
                    if init_page {
                        self.empty_page(page);
                    }
                    for offset in offsets {
                        self.wait(record.xid, page, NO_ITEM, offset);
                    }
                }
                // VACUUM's second pass frees no tuple storage.
                Heap2Op::Prune {
                    kind: PruneKind::VacuumCleanup,
                    items_omitted: true,
                    ..
                } => {}
                Heap2Op::Prune {
                    page,
                    items_omitted: true,
                    ..
                } => self.reclaim_by_image(record.lsn, page, block_image)?,
                Heap2Op::Prune {
                    page,
                    redirected,
                    dead,
                    unused,
                    ..
                } => {
                    // A root replaced by a redirect, an item made LP_DEAD or
                    // unused: each frees its tuple if it held one counted dead.
                    let roots = redirected.pairs().map(|(root, _)| root);
                    self.reclaim(page, roots.chain(dead.iter()).chain(unused.iter()));
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
                    self.dead_items
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

    /// The waiting effects and the dead items, to persist at flush.
    ///
    /// Format GM2, little-endian: the number of open transactions, each as
    /// xid, prepared flag, effect count and effects (page, item dead on
    /// commit, item dead on abort); then the number of pages with dead items, each as page, item
    /// count and items. A page is tablespace, database, relation, block.
    pub fn encode_state(&self) -> Vec<u8> {
        let mut out = STATE_FORMAT.to_vec();
        let put_page = |out: &mut Vec<u8>, page: &PageId| {
            for v in [
                page.rel.tablespace,
                page.rel.database,
                page.rel.relation,
                page.block,
            ] {
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
                put_page(&mut out, &effect.page);
                out.extend_from_slice(&effect.dead_on_commit.to_le_bytes());
                out.extend_from_slice(&effect.dead_on_abort.to_le_bytes());
            }
        }
        out.extend_from_slice(&(self.dead_items.len() as u32).to_le_bytes());
        for (page, items) in &self.dead_items {
            put_page(&mut out, page);
            out.extend_from_slice(&(items.len() as u16).to_le_bytes());
            for item in items.items() {
                out.extend_from_slice(&item.to_le_bytes());
            }
        }
        out
    }

    /// Restores what [`Tracker::encode_state`] wrote.
    pub fn decode_state(&mut self, bytes: &[u8]) -> Result<(), String> {
        let bad = || {
            "garbagemap state is damaged or of another format: starting without waiting effects and dead items".to_owned()
        };
        let mut at = 0usize;
        let mut take = |n: usize| -> Result<&[u8], String> {
            let part = bytes.get(at..at + n).ok_or_else(bad)?;
            at += n;
            Ok(part)
        };
        if take(STATE_FORMAT.len())? != STATE_FORMAT {
            return Err(bad());
        }
        let u32_of = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let u16_of = |b: &[u8]| u16::from_le_bytes([b[0], b[1]]);
        let page_of = |b: &[u8]| PageId {
            rel: RelFile {
                tablespace: u32_of(&b[0..4]),
                database: u32_of(&b[4..8]),
                relation: u32_of(&b[8..12]),
            },
            block: u32_of(&b[12..16]),
        };
        let mut pending = PendingEffects::default();
        let mut prepared = FxHashSet::default();
        for _ in 0..u32_of(take(4)?) {
            let xid = u32_of(take(4)?);
            if take(1)?[0] == 1 {
                prepared.insert(xid);
            }
            for _ in 0..u32_of(take(4)?) {
                let b = take(20)?;
                pending.push(
                    xid,
                    Pending {
                        page: page_of(b),
                        dead_on_commit: u16_of(&b[16..18]),
                        dead_on_abort: u16_of(&b[18..20]),
                    },
                );
            }
        }
        let mut dead_items: FxHashMap<PageId, PageItems> = FxHashMap::default();
        for _ in 0..u32_of(take(4)?) {
            let b = take(18)?;
            let page = page_of(b);
            let items = dead_items.entry(page).or_default();
            for _ in 0..u16_of(&b[16..18]) {
                items.insert(u16_of(take(2)?));
            }
        }
        if at != bytes.len() {
            return Err(bad());
        }
        self.pending = pending;
        self.prepared = prepared;
        self.dead_items = dead_items;
        Ok(())
    }
}

const STATE_FORMAT: &[u8] = b"GM2";

/// The line pointer states of a heap page (bits 15-16 of each line pointer).
const LP_NORMAL: u32 = 1;
/// Size of a heap page's header, where its line pointers start.
const PAGE_HEADER_SIZE: usize = 24;

/// The items of a heap page image that hold a tuple (LP_NORMAL line
/// pointers): redirects, LP_DEAD and unused items hold none, and items past
/// the line pointer array (truncated by pruning) do not exist.
fn items_holding_tuples(page: &[u8]) -> Result<ItemSet, String> {
    if page.len() < PAGE_HEADER_SIZE {
        return Err(format!("a page of {} bytes has no header", page.len()));
    }
    // pd_lower: where the line pointer array ends.
    let lower = usize::from(u16::from_le_bytes([page[12], page[13]]));
    if lower < PAGE_HEADER_SIZE
        || lower > page.len()
        || !(lower - PAGE_HEADER_SIZE).is_multiple_of(4)
    {
        return Err(format!(
            "pd_lower {lower} does not end a line pointer array in a page of {} bytes",
            page.len()
        ));
    }
    let mut holding = ItemSet::default();
    for (index, pointer) in page[PAGE_HEADER_SIZE..lower].chunks_exact(4).enumerate() {
        let pointer = u32::from_le_bytes([pointer[0], pointer[1], pointer[2], pointer[3]]);
        if (pointer >> 15) & 0b11 == LP_NORMAL {
            holding.insert(index as u16 + 1);
        }
    }
    Ok(holding)
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
        record
            .with_view(|view| {
                tracker.apply(view, |_| Err("the capture has no page images".to_owned()))
            })
            .unwrap();
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
        tracker.wait(7, PageId { rel, block: 0 }, 3, NO_ITEM);
        tracker.wait(7, PageId { rel, block: 0 }, 4, NO_ITEM);
        tracker.end_transaction(7, &[], true);
        assert_eq!(tracker.take_changes(), (vec![rel], vec![]));
        tracker.mark_changed(rel);
        tracker.forget_relation(rel);
        assert_eq!(tracker.take_changes(), (vec![], vec![rel]));
    }

    #[test]
    fn page_items_spill_to_a_bitmap() {
        let mut items = PageItems::default();
        assert!(items.insert(7) && items.insert(2) && !items.insert(7));
        assert!(items.remove(7) && !items.remove(7));
        for item in [3, 4, 200] {
            assert!(items.insert(item));
        }
        assert!(items.spilled.is_some(), "four items spill");
        assert!(!items.insert(200));
        let mut listed = items.items();
        listed.sort();
        assert_eq!(listed, vec![2, 3, 4, 200]);
        for item in listed {
            assert!(items.remove(item));
        }
        assert!(items.is_empty());
        assert_eq!(items.len(), 0);
    }

    #[test]
    fn item_set_adds_removes_and_lists() {
        assert_eq!(
            std::mem::size_of::<(PageId, PageItems)>(),
            32,
            "half a cache line"
        );
        let mut set = ItemSet::default();
        assert!(set.is_empty());
        assert!(set.insert(3));
        assert!(!set.insert(3), "already there");
        assert!(set.insert(291));
        assert!(set.insert(1000), "past the inline words");
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![3, 291, 1000]);
        assert!(set.contains(291) && set.contains(1000) && !set.contains(4));
        assert!(!set.contains(9000), "past the end");
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
            dead_on_commit: 1,
            dead_on_abort: NO_ITEM,
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
        /// The waiting effects and the dead items, in order, to compare.
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
            let mut dead_items: Vec<_> = self
                .dead_items
                .iter()
                .flat_map(|(page, items)| items.items().into_iter().map(|item| (*page, item)))
                .collect();
            dead_items.sort_unstable();
            (pending, dead_items)
        }
    }

    #[test]
    fn state_round_trips() {
        let (lines, _) = captured(18);
        let mut tracker = Tracker::new(GarbageMap::new(4).unwrap(), 18);
        // Stop inside the workload, once transactions are open and dead
        // tuples known.
        for line in &lines {
            apply(&mut tracker, line);
            if tracker.open_transactions() > 0 && !tracker.dead_items.is_empty() {
                break;
            }
        }
        let state = tracker.encode_state();
        let mut restored = Tracker::new(GarbageMap::new(4).unwrap(), 18);
        restored.decode_state(&state).unwrap();
        let (pending, dead_items) = tracker.sorted_state();
        assert!(
            !pending.is_empty() && !dead_items.is_empty(),
            "a state worth saving: {} open transactions, {} dead items",
            pending.len(),
            dead_items.len()
        );
        assert_eq!(restored.sorted_state(), (pending, dead_items));
        assert!(restored.decode_state(b"junk").is_err());
        assert!(
            restored.decode_state(&state[..state.len() - 1]).is_err(),
            "a cut state is refused"
        );
        let mut longer = state.clone();
        longer.push(0);
        assert!(restored.decode_state(&longer).is_err(), "trailing bytes");
    }

    const REL: RelFile = RelFile {
        tablespace: 1663,
        database: 5,
        relation: 16384,
    };
    const PAGE: PageId = PageId { rel: REL, block: 7 };

    /// A heap page image whose line pointers have these states (0 unused,
    /// 1 normal, 2 redirect, 3 dead).
    fn page_image(states: &[u32]) -> Vec<u8> {
        let mut page = vec![0u8; 8192];
        let lower = (PAGE_HEADER_SIZE + 4 * states.len()) as u16;
        page[12..14].copy_from_slice(&lower.to_le_bytes());
        for (index, state) in states.iter().enumerate() {
            // lp_off 8000, lp_len 40 for tuples; redirects point at item 1.
            let pointer = match state {
                1 => 8000 | (1 << 15) | (40 << 17),
                2 => 1 | (2 << 15),
                other => other << 15,
            };
            let at = PAGE_HEADER_SIZE + 4 * index;
            page[at..at + 4].copy_from_slice(&u32::to_le_bytes(pointer));
        }
        page
    }

    /// A prune record of PAGE (heap2 info `info`) whose item lists were
    /// left out for a full-page image, in the format of the tracker's
    /// PostgreSQL version.
    fn prune_with_image_as(
        tracker: &mut Tracker,
        info: u8,
        image: Result<Vec<u8>, String>,
    ) -> Result<(), ApplyError> {
        let main_data = if tracker.major >= 17 {
            // reason, flags: redirections and dead items (in the left-out
            // block data) and a conflict horizon, which follows.
            let mut data = vec![1u8, (1 << 5) | (1 << 6) | (1 << 3)];
            data.extend_from_slice(&742u32.to_le_bytes());
            data
        } else {
            let mut data = 0u32.to_le_bytes().to_vec(); // latestRemovedXid
            data.extend_from_slice(&1u16.to_le_bytes()); // nredirected
            data.extend_from_slice(&1u16.to_le_bytes()); // ndead
            data
        };
        let blocks = [powa_core::BlockRef {
            block_id: 0,
            tablespace: REL.tablespace,
            database: REL.database,
            relation: REL.relation,
            fork: 0,
            block: PAGE.block,
            has_image: true,
            image_len: 8192,
            data: powa_core::abi::RSlice::from_slice(&[]),
        }];
        let record = WalRecord {
            lsn: 0x100_0000,
            end_lsn: 0x100_0100,
            xid: 0,
            rmgr_id: rmgr::HEAP2,
            info,
            total_len: 8300,
            blocks: powa_core::abi::RSlice::from_slice(&blocks),
            main_data: powa_core::abi::RSlice::from_slice(&main_data),
        };
        tracker.apply(&record, |block| {
            assert_eq!(block, 0, "the pruned page's image");
            image
        })
    }

    /// A prune while reading PAGE, its item lists left out for an image.
    fn prune_with_image(
        tracker: &mut Tracker,
        image: Result<Vec<u8>, String>,
    ) -> Result<(), ApplyError> {
        prune_with_image_as(tracker, 0x10, image)
    }

    /// Items 2, 3 and 4 of PAGE deleted and committed, on PostgreSQL `major`.
    fn three_dead_on(major: u32) -> Tracker {
        let mut tracker = Tracker::new(GarbageMap::new(4).unwrap(), major);
        for item in [2, 3, 4] {
            tracker.wait(100, PAGE, item, NO_ITEM);
        }
        tracker.end_transaction(100, &[], true);
        assert_eq!(tracker.map.dead_tuples(REL), 3);
        tracker
    }

    fn three_dead() -> Tracker {
        three_dead_on(15)
    }

    #[test]
    fn a_prune_without_item_lists_reads_the_page_image() {
        for major in [15, 16, 17, 18] {
            let mut tracker = three_dead_on(major);
            // Item 2 became a redirect, 3 unused, 4 still holds its tuple.
            prune_with_image(&mut tracker, Ok(page_image(&[1, 2, 0, 1, 1]))).unwrap();
            assert_eq!(tracker.map.dead_tuples(REL), 1, "PostgreSQL {major}");
            assert_eq!(tracker.dead_items[&PAGE].items(), vec![4]);
            // A later prune that truncated the line pointer array after item 3.
            prune_with_image(&mut tracker, Ok(page_image(&[1, 2, 0]))).unwrap();
            assert_eq!(tracker.map.dead_tuples(REL), 0, "PostgreSQL {major}");
            assert!(tracker.dead_items.is_empty());
            // Nothing left to reclaim: the image is not even asked for.
            prune_with_image(&mut tracker, Err("not asked".to_owned())).unwrap();
        }
    }

    #[test]
    fn vacuum_records_without_item_lists_on_17_and_later() {
        // VACUUM's first pass prunes: the image says what it freed.
        let mut tracker = three_dead_on(18);
        prune_with_image_as(&mut tracker, 0x20, Ok(page_image(&[1, 3, 3, 1]))).unwrap();
        assert_eq!(tracker.dead_items[&PAGE].items(), vec![4]);
        // Its second pass only turns LP_DEAD items unused: nothing is freed
        // and the image is not asked for.
        prune_with_image_as(&mut tracker, 0x30, Err("not asked".to_owned())).unwrap();
        assert_eq!(tracker.map.dead_tuples(REL), 1);
    }

    #[test]
    fn an_unusable_page_image_is_an_error_that_keeps_the_estimate() {
        let mut tracker = three_dead();
        let error = prune_with_image(&mut tracker, Err("lz4 is not supported".to_owned()))
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("0/1000000") && error.contains("lz4 is not supported"),
            "{error}"
        );
        let mut damaged = page_image(&[1, 1, 1]);
        damaged[12..14].copy_from_slice(&9000u16.to_le_bytes());
        let error = prune_with_image(&mut tracker, Ok(damaged))
            .unwrap_err()
            .to_string();
        assert!(error.contains("pd_lower 9000"), "{error}");
        assert_eq!(tracker.map.dead_tuples(REL), 3, "kept as it was");
    }

    #[test]
    fn a_dead_tuple_is_counted_once_and_freed_once() {
        let mut tracker = Tracker::new(GarbageMap::new(4).unwrap(), 18);
        // Inserted by a transaction that aborted, and deleted by it too; an
        // update on the same page is one entry.
        tracker.wait(200, PAGE, NO_ITEM, 5);
        tracker.wait(200, PAGE, 5, NO_ITEM);
        tracker.wait(200, PAGE, 5, 6);
        tracker.end_transaction(200, &[], false);
        assert_eq!(tracker.map.dead_tuples(REL), 2);
        // Item 5 made a redirect, then the redirect moved: freed once.
        tracker.reclaim(PAGE, [5]);
        tracker.reclaim(PAGE, [5, 9]);
        assert_eq!(tracker.map.dead_tuples(REL), 1);
        // The page was initialised empty for a new tuple.
        tracker.empty_page(PAGE);
        assert_eq!(tracker.map.dead_tuples(REL), 0);
        assert!(tracker.dead_items.is_empty());
    }
}
