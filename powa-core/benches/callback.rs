//! The cost of one WAL-plugin callback through the stable ABI (sabi trait
//! object, panic guard, host wrapper), against the same method called
//! directly, both making one SQL-free host call (`host.now()`).
//!
//! Run: `cargo bench -p powa-core --bench callback` (or `scripts/bench.sh`).

use powa_core::testing::TestHost;
use powa_core::{export_plugin, rmgr, Host, PluginResult, RmgrSet, WalPlugin, WalRecord};
use std::hint::black_box;
use std::time::{Duration, Instant};

#[derive(Default)]
struct Bench {
    records: u64,
    checksum: i64,
}

impl WalPlugin for Bench {
    fn startup(&mut self, _host: &mut Host<'_>) -> PluginResult<RmgrSet> {
        Ok(RmgrSet::all())
    }

    fn record(&mut self, host: &mut Host<'_>, record: &WalRecord<'_>) -> PluginResult {
        self.records += 1;
        self.checksum = self
            .checksum
            .wrapping_add(host.now().unix_micros ^ record.lsn as i64);
        Ok(())
    }
}

export_plugin! { name: "bench", wal: Bench::default }

const CALLS: u64 = 20_000_000;
const ROUNDS: usize = 5;

fn record() -> WalRecord<'static> {
    WalRecord {
        lsn: 0x1000,
        end_lsn: 0x1040,
        xid: 7,
        rmgr_id: rmgr::HEAP,
        info: 0,
        total_len: 64,
        blocks: Default::default(),
        main_data: Default::default(),
    }
}

/// The best of ROUNDS runs of CALLS calls, in nanoseconds per call.
fn best_ns_per_call(mut run: impl FnMut()) -> f64 {
    (0..ROUNDS)
        .map(|_| {
            let started = Instant::now();
            for _ in 0..CALLS {
                run();
            }
            started.elapsed()
        })
        .min()
        .unwrap_or(Duration::ZERO)
        .as_nanos() as f64
        / CALLS as f64
}

fn main() {
    let record = record();
    let mut host = TestHost::new();

    let mut direct = Bench::default();
    let direct_ns = best_ns_per_call(|| {
        let mut wrapped = Host::new(host.api());
        direct.record(&mut wrapped, black_box(&record)).unwrap();
    });

    let mut through_abi = (powa_plugin_module().new_wal_plugin().unwrap())().unwrap();
    let abi_ns = best_ns_per_call(|| {
        through_abi.record(host.api(), black_box(&record)).unwrap();
    });

    let host_call_ns = best_ns_per_call(|| {
        let wrapped = Host::new(host.api());
        black_box(wrapped.now());
    });

    assert_eq!(direct.records, CALLS * ROUNDS as u64);
    println!("one WAL record callback with one SQL-free host call (host.now()), best of {ROUNDS} x {CALLS} calls:");
    println!("  direct method call:          {direct_ns:7.2} ns/call");
    println!("  through the stable ABI:      {abi_ns:7.2} ns/call");
    let abi_over_direct = powa_core::testing::ratio(
        "ABI / direct",
        ("the ABI call's ns", abi_ns),
        ("the direct call's ns", direct_ns),
    )
    .unwrap_or_else(|missing| {
        eprintln!("{missing}");
        std::process::exit(1)
    });
    println!("  ratio ABI / direct:          {abi_over_direct:7.2}");
    println!("  (the host call alone, via the host trait object: {host_call_ns:.2} ns)");
}
