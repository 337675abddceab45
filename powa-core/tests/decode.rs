//! The decoders on real WAL records from PostgreSQL 15 and 18, captured by
//! `scripts/capture-wal-fixtures.sh` from a known workload (see the header
//! of each data file): the decoded operations must add up to that workload.

use powa_core::decode::{
    decode_heap, decode_heap2, decode_smgr, decode_xact, Heap2Op, HeapOp, PruneKind, SmgrOp, XactOp,
};
use powa_core::{rmgr, WalRecord};

/// Calls `f` with each captured record as the view plugins receive.
fn each_record(major: u32, mut f: impl FnMut(&WalRecord<'_>)) {
    let path = format!(
        "{}/tests/data/wal-pg{major}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    for record in powa_core::testing::captured::load(&path).0 {
        record.with_view(&mut f);
    }
}

#[derive(Default, Debug)]
struct Tally {
    inserts: usize,
    init_pages: usize,
    deletes: usize,
    hot_updates: usize,
    cold_updates: usize,
    multi_inserted: usize,
    /// Tuples with storage freed by pruning: dead roots turned into
    /// redirects, items turned dead, heap-only tuples turned unused.
    pruned: usize,
    /// LP_DEAD items made unused by VACUUM's second pass.
    cleaned: usize,
    frozen: u32,
    commits: usize,
    aborts: usize,
    subxacts_committed: usize,
    dropped: usize,
    creates: usize,
}

fn tally(major: u32) -> Tally {
    let mut t = Tally::default();
    each_record(major, |record| match record.rmgr_id {
        rmgr::HEAP => match decode_heap(record).unwrap() {
            HeapOp::Insert { init_page, .. } => {
                t.inserts += 1;
                t.init_pages += usize::from(init_page);
            }
            HeapOp::Delete { .. } => t.deletes += 1,
            HeapOp::Update {
                hot: true,
                old_page,
                new_page,
                ..
            } => {
                assert_eq!(old_page, new_page, "a HOT update stays on its page");
                t.hot_updates += 1;
            }
            HeapOp::Update { hot: false, .. } => t.cold_updates += 1,
            other => panic!("unexpected heap record {other:?}"),
        },
        rmgr::HEAP2 => match decode_heap2(record, major).unwrap() {
            Heap2Op::MultiInsert {
                tuples, offsets, ..
            } => {
                assert_eq!(offsets.len(), usize::from(tuples), "one offset per tuple");
                assert!(
                    offsets.windows(2).all(|w| w[0] < w[1]) && offsets[0] >= 1,
                    "rising item numbers: {offsets:?}"
                );
                t.multi_inserted += usize::from(tuples)
            }
            Heap2Op::Prune {
                kind: PruneKind::VacuumCleanup,
                redirected,
                dead,
                unused,
                ..
            } => {
                assert!(
                    redirected.is_empty() && dead.is_empty(),
                    "the second pass only frees LP_DEAD items"
                );
                t.cleaned += unused.len();
            }
            Heap2Op::Prune {
                redirected,
                dead,
                unused,
                frozen,
                ..
            } => {
                t.pruned += redirected.pairs().count() + dead.len() + unused.len();
                t.frozen += frozen;
            }
            Heap2Op::Freeze { frozen, .. } => t.frozen += frozen,
            Heap2Op::Visible { .. } => {}
            other => panic!("unexpected heap2 record {other:?}"),
        },
        rmgr::XACT => match decode_xact(record, major).unwrap() {
            XactOp::Commit {
                subxacts, dropped, ..
            } => {
                t.commits += 1;
                t.subxacts_committed += subxacts.len();
                t.dropped += dropped.len();
            }
            XactOp::Abort { .. } => t.aborts += 1,
            _ => {}
        },
        rmgr::SMGR => match decode_smgr(record).unwrap() {
            SmgrOp::Create { .. } => t.creates += 1,
            SmgrOp::Truncate { .. } => {}
        },
        // The workload's marker (a logical message).
        21 => {}
        other => panic!("unexpected resource manager {other}"),
    });
    t
}

fn check_workload(major: u32) {
    let t = tally(major);
    // 200 rows from INSERT ... SELECT, 1 rolled back, 1 after TRUNCATE.
    assert_eq!(t.inserts, 202, "{t:?}");
    assert!(t.init_pages >= 1, "{t:?}");
    assert_eq!(t.multi_inserted, 50, "COPY of 50 rows: {t:?}");
    // 10 + the one in the rolled-back savepoint + the one after it.
    assert_eq!(t.deletes, 12, "{t:?}");
    // v is not indexed and fillfactor leaves room: HOT; id is indexed: not.
    assert_eq!(t.hot_updates, 20, "{t:?}");
    assert_eq!(t.cold_updates, 10, "{t:?}");
    // Dead tuples VACUUM found: 20 HOT roots, 10 old versions, 11 committed
    // deletes, 1 rolled-back insert.
    assert_eq!(t.pruned, 42, "{t:?}");
    assert!(t.cleaned > 0 && t.cleaned <= 42, "{t:?}");
    assert!(t.frozen > 0, "VACUUM (FREEZE) froze tuples: {t:?}");
    assert!(t.aborts >= 2, "the rolled-back insert and savepoint: {t:?}");
    assert!(t.subxacts_committed >= 1, "{t:?}");
    assert!(
        t.dropped >= 1,
        "TRUNCATE drops the old file at commit: {t:?}"
    );
    assert!(
        t.creates >= 2,
        "CREATE TABLE and TRUNCATE create files: {t:?}"
    );
}

#[test]
fn postgresql_18_records_add_up_to_the_workload() {
    check_workload(18);
}

#[test]
fn postgresql_15_records_add_up_to_the_workload() {
    check_workload(15);
}

#[test]
fn truncated_records_are_refused_with_a_reason() {
    each_record(18, |record| {
        if record.rmgr_id != rmgr::HEAP || record.main_data.len() < 2 {
            return;
        }
        let short = WalRecord {
            main_data: record.main_data[..1].into(),
            ..*record
        };
        let error = decode_heap(&short).unwrap_err();
        assert!(error.to_string().contains("too short"), "{error}");
    });
}
