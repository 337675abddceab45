//! powa_stat_bgwriter: the history of the background writer and the
//! checkpointer, one row per server (`powa_bgwriter_deltas(from, to [,
//! srvid])`). PostgreSQL 17 moved the checkpointer's counters from
//! pg_stat_bgwriter to pg_stat_checkpointer (and renamed them); both are
//! read where they exist, every counter under its own name.

use powa_core::export_plugin;
use powa_core::history::{CounterHistory, Source};

fn relations(major: u32) -> Option<&'static [&'static str]> {
    Some(if major >= 17 {
        &["pg_stat_bgwriter", "pg_stat_checkpointer"]
    } else {
        &["pg_stat_bgwriter"]
    })
}

pub static BGWRITER: Source = Source {
    prefix: "powa_bgwriter",
    keys_table: "powa_bgwriter",
    relations,
    required_counter: Some("buffers_alloc"),
    headline: &[
        ("buffers_clean", "bigint"),
        ("maxwritten_clean", "bigint"),
        ("buffers_alloc", "bigint"),
    ],
    ..Source::DEFAULT
};

export_plugin! {
    name: "powa_stat_bgwriter",
    data_source: || CounterHistory::new(&BGWRITER)
}
