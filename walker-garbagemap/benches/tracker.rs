//! garbagemap's record path without a server: real pgbench WAL captured by
//! `scripts/bench.sh garbagemap` (file in POWA_BENCH_WAL), applied to a
//! fresh tracker again and again, against the decoders alone on the same
//! records in the same run (the part of the work any WAL plugin pays).

use powa_core::decode::{decode_heap, decode_heap2, decode_smgr, decode_xact};
use powa_core::testing::captured::load;
use powa_core::{rmgr, WalRecord};
use std::time::Instant;
use walker_garbagemap::map::GarbageMap;
use walker_garbagemap::tracker::Tracker;

const RUNS: usize = 7;
const MAJOR: u32 = 18;

fn decode_only(records: &[WalRecord<'_>]) -> usize {
    let mut decoded = 0;
    for record in records {
        let ok = match record.rmgr_id {
            rmgr::HEAP => decode_heap(record).is_ok(),
            rmgr::HEAP2 => decode_heap2(record, MAJOR).is_ok(),
            rmgr::XACT => decode_xact(record, MAJOR).is_ok(),
            rmgr::SMGR => decode_smgr(record).is_ok(),
            _ => false,
        };
        decoded += usize::from(ok);
    }
    decoded
}

fn tracked(records: &[WalRecord<'_>]) -> u64 {
    let mut tracker = Tracker::new(GarbageMap::new(128).expect("a valid range size"), MAJOR);
    for record in records {
        tracker
            .apply(record, |_| Err("no page images in a capture".to_owned()))
            .expect("captured records apply");
    }
    tracker
        .map
        .relations()
        .map(|rel| tracker.map.dead_tuples(rel))
        .sum()
}

fn median_seconds(mut run: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let began = Instant::now();
            run();
            began.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn main() {
    let Ok(path) = std::env::var("POWA_BENCH_WAL") else {
        eprintln!("POWA_BENCH_WAL must name a capture file: run scripts/bench.sh garbagemap");
        std::process::exit(2);
    };
    let (captured, _) = load(&path);
    // The worker hands over records from the reader's decode buffer, one
    // after the other in memory: lay the bytes and block references out the
    // same way, not as one allocation per record.
    let mut bytes = Vec::new();
    let mut spans = Vec::new();
    for record in &captured {
        let mut span = |data: &[u8]| {
            bytes.extend_from_slice(data);
            (bytes.len() - data.len(), data.len())
        };
        let main = span(&record.main_data);
        let blocks: Vec<(usize, usize)> = record.blocks.iter().map(|b| span(&b.data)).collect();
        spans.push((main, blocks));
    }
    let slice = |(at, len): (usize, usize)| &bytes[at..at + len];
    let mut blocks = Vec::new();
    for (record, (_, block_spans)) in captured.iter().zip(&spans) {
        for (b, span) in record.blocks.iter().zip(block_spans) {
            blocks.push(b.view(slice(*span)));
        }
    }
    let mut first_block = 0;
    let records: Vec<WalRecord<'_>> = captured
        .iter()
        .zip(&spans)
        .map(|(record, (main, _))| {
            let own = &blocks[first_block..first_block + record.blocks.len()];
            first_block += record.blocks.len();
            record.view(own, slice(*main))
        })
        .collect();
    drop(captured);
    let mut decoded = 0;
    let mut dead = 0;
    let decode_time = median_seconds(|| decoded = decode_only(&records));
    let track_time = median_seconds(|| dead = tracked(&records));
    let per_record = |seconds: f64| seconds * 1e9 / records.len() as f64;
    println!(
        "garbagemap tracker over {} captured pgbench records ({decoded} decoded), median of {RUNS} runs:",
        records.len()
    );
    println!(
        "  decoders alone   {:>12.0} records/s ({:.1} ns/record)",
        records.len() as f64 / decode_time,
        per_record(decode_time)
    );
    println!(
        "  tracker          {:>12.0} records/s ({:.1} ns/record; {dead} dead tuples at the end)",
        records.len() as f64 / track_time,
        per_record(track_time)
    );
    let tracker_over_decoders = powa_core::testing::ratio(
        "tracker / decoders",
        ("the tracker's time", track_time),
        ("the decoders' time", decode_time),
    )
    .unwrap_or_else(|missing| {
        eprintln!("{missing}");
        std::process::exit(1)
    });
    println!("  tracker / decoders time {tracker_over_decoders:.2}");
}
