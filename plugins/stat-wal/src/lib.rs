//! powa_stat_wal: the history of pg_stat_wal, one row per server
//! (`powa_wal_deltas(from, to [, srvid])`): records, full-page images,
//! bytes, and on versions before 18 the writes and syncs (18 moved those to
//! pg_stat_io).

use powa_core::export_plugin;
use powa_core::history::{CounterHistory, Source};

fn relations(_major: u32) -> Option<&'static [&'static str]> {
    Some(&["pg_stat_wal"])
}

pub static WAL: Source = Source {
    prefix: "powa_wal",
    keys_table: "powa_wal",
    relations,
    required_counter: Some("wal_records"),
    headline: &[
        ("wal_records", "bigint"),
        ("wal_fpi", "bigint"),
        ("wal_bytes", "bigint"),
    ],
    ..Source::DEFAULT
};

export_plugin! {
    name: "powa_stat_wal",
    data_source: || CounterHistory::new(&WAL)
}
