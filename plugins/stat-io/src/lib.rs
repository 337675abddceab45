//! powa_stat_io: the history of pg_stat_io (PostgreSQL 16 and later), per
//! backend type, object and context (`powa_io_deltas(from, to [, srvid])`).
//! On PostgreSQL 15, which has no pg_stat_io, it collects nothing and says
//! so once.

use powa_core::export_plugin;
use powa_core::history::{Column, CounterHistory, Source};

fn relations(major: u32) -> Option<&'static [&'static str]> {
    if major >= 16 {
        Some(&["pg_stat_io"])
    } else {
        None
    }
}

pub static IO: Source = Source {
    prefix: "powa_io",
    keys_table: "powa_io",
    relations,
    keys: &[
        Column::named("backend_type", "text"),
        Column::named("object", "text"),
        Column::named("context", "text"),
    ],
    // The size of an I/O unit (16 and 17), not a count.
    not_counters: &["op_bytes"],
    required_counter: Some("reads"),
    missing_hint: " (pg_stat_io exists from PostgreSQL 16 on)",
    headline: &[
        ("reads", "bigint"),
        ("writes", "bigint"),
        ("extends", "bigint"),
        ("hits", "bigint"),
        ("evictions", "bigint"),
        ("fsyncs", "bigint"),
    ],
    ..Source::DEFAULT
};

export_plugin! {
    name: "powa_stat_io",
    data_source: || CounterHistory::new(&IO)
}
