//! powa_stat_archiver: the history of pg_stat_archiver (WAL files
//! archived and failed), `powa_archiver_deltas(from, to [, srvid])`; the
//! archive page of powa-web draws it. Its texts and times (last archived
//! and failed file) are the view's current state, not counters: readers
//! take them from pg_stat_archiver itself.

use powa_core::export_plugin;
use powa_core::history::{CounterHistory, Source};

fn relations(_major: u32) -> Option<&'static [&'static str]> {
    Some(&["pg_stat_archiver"])
}

pub static ARCHIVER: Source = Source {
    prefix: "powa_archiver",
    keys_table: "powa_archiver",
    relations,
    required_counter: Some("archived_count"),
    headline: &[("archived_count", "bigint"), ("failed_count", "bigint")],
    ..Source::DEFAULT
};

export_plugin! {
    name: "powa_stat_archiver",
    data_source: || CounterHistory::new(&ARCHIVER)
}
