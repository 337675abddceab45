//! The WAL decoders on hostile records: real records captured from
//! PostgreSQL 15 and 18 (`powa-core/tests/data`) mutated, and random ones,
//! each decoded as every format version 15 to 18. A decoder may refuse a
//! record (an error); it may not panic.

use crate::{hex, Rng, Target};
use powa_core::decode::{decode_heap, decode_heap2, decode_smgr, decode_xact, Heap2Op};
use powa_core::testing::captured::{self, CapturedRecord};
use powa_core::wal::rmgr;
use powa_core::wal::{BlockRef, WalRecord};

pub const MAJORS: [u32; 4] = [15, 16, 17, 18];

/// The captured records of resource manager `rmgr_id`.
fn seeds(rmgr_id: u8) -> Vec<CapturedRecord> {
    let mut all = Vec::new();
    for major in [15, 18] {
        let path = format!(
            "{}/../powa-core/tests/data/wal-pg{major}.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        all.extend(
            captured::load(&path)
                .0
                .into_iter()
                .filter(|r| r.rmgr_id == rmgr_id),
        );
    }
    all
}

type Decoder = fn(&WalRecord<'_>, u32) -> Result<(), String>;

pub struct WalTarget {
    name: &'static str,
    rmgr_id: u8,
    seeds: Vec<CapturedRecord>,
    decode: Decoder,
}

pub fn targets() -> Vec<Box<dyn Target>> {
    let make = |name, rmgr_id, decode: Decoder| -> Box<dyn Target> {
        Box::new(WalTarget {
            name,
            rmgr_id,
            seeds: seeds(rmgr_id),
            decode,
        })
    };
    vec![
        make("wal-heap", rmgr::HEAP, |r, _| {
            decode_heap(r).map(|_| ()).map_err(|e| e.to_string())
        }),
        make("wal-heap2", rmgr::HEAP2, |r, major| {
            let op = decode_heap2(r, major).map_err(|e| e.to_string())?;
            // Walk what a plugin walks: every item a prune lists.
            if let Heap2Op::Prune {
                redirected,
                dead,
                unused,
                ..
            } = op
            {
                let walked =
                    redirected.pairs().count() + dead.iter().count() + unused.iter().count();
                std::hint::black_box(walked);
            }
            Ok(())
        }),
        make("wal-xact", rmgr::XACT, |r, major| {
            decode_xact(r, major).map(|_| ()).map_err(|e| e.to_string())
        }),
        make("wal-smgr", rmgr::SMGR, |r, _| {
            decode_smgr(r).map(|_| ()).map_err(|e| e.to_string())
        }),
    ]
}

/// A record's parts, owned, before they are viewed as a `WalRecord`.
struct Parts {
    info: u8,
    main_data: Vec<u8>,
    blocks: Vec<(u8, bool, Vec<u8>)>,
}

impl WalTarget {
    fn parts(&self, rng: &mut Rng) -> Parts {
        if !self.seeds.is_empty() && !rng.chance(4) {
            let seed = &self.seeds[rng.below(self.seeds.len())];
            let mut info = seed.info;
            if rng.chance(8) {
                info ^= 1 << rng.below(8);
            }
            let blocks = seed
                .blocks
                .iter()
                .map(|b| {
                    let data = if rng.chance(2) {
                        rng.mutate(&b.data)
                    } else {
                        b.data.clone()
                    };
                    (b.block_id, b.has_image, data)
                })
                .collect();
            let main_data = if rng.chance(5) {
                seed.main_data.clone()
            } else {
                rng.mutate(&seed.main_data)
            };
            return Parts {
                info,
                main_data,
                blocks,
            };
        }
        let blocks = (0..rng.below(4))
            .map(|i| {
                let len = rng.below(80);
                (i as u8, rng.chance(3), rng.bytes(len))
            })
            .collect();
        let len = rng.below(160);
        Parts {
            info: rng.next_u64() as u8,
            main_data: rng.bytes(len),
            blocks,
        }
    }
}

impl Target for WalTarget {
    fn name(&self) -> &'static str {
        self.name
    }

    fn case(&mut self, rng: &mut Rng, input: &mut String) -> Result<(), String> {
        let parts = self.parts(rng);
        *input = format!(
            "rmgr {} info {:#04x} main_data {} blocks [{}]",
            self.rmgr_id,
            parts.info,
            hex(&parts.main_data),
            parts
                .blocks
                .iter()
                .map(|(id, image, data)| format!(
                    "{id}{}:{}",
                    if *image { "i" } else { "" },
                    hex(data)
                ))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let blocks: Vec<BlockRef<'_>> = parts
            .blocks
            .iter()
            .map(|(block_id, has_image, data)| BlockRef {
                block_id: *block_id,
                tablespace: 1663,
                database: 5,
                relation: 16384,
                fork: 0,
                block: 0,
                has_image: *has_image,
                image_len: if *has_image { 8192 } else { 0 },
                data: data.as_slice().into(),
            })
            .collect();
        let record = WalRecord {
            lsn: 0x100_0000,
            end_lsn: 0x100_0100,
            xid: 742,
            rmgr_id: self.rmgr_id,
            info: parts.info,
            total_len: parts.main_data.len() as u32,
            blocks: blocks.as_slice().into(),
            main_data: parts.main_data.as_slice().into(),
        };
        for major in MAJORS {
            // Refusing is allowed; only panics and loops are findings.
            let _ = (self.decode)(&record, major);
        }
        Ok(())
    }
}
