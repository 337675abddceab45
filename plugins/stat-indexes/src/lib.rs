//! powa_stat_indexes: the history of pg_stat_all_indexes, per index of the
//! database the collecting session is connected to, keyed by (dbid,
//! indexrelid): `powa_indexes_deltas(from, to [, srvid])`.

use powa_core::export_plugin;
use powa_core::history::{Column, CounterHistory, Source};

fn relations(_major: u32) -> Option<&'static [&'static str]> {
    Some(&["pg_stat_all_indexes"])
}

pub static INDEXES: Source = Source {
    prefix: "powa_indexes",
    keys_table: "powa_indexes",
    relations,
    keys: &[
        Column::current_database("dbid"),
        Column::named("indexrelid", "oid"),
    ],
    attributes: &[
        Column::named("relid", "oid"),
        Column::named("schemaname", "text"),
        Column::named("relname", "text"),
        Column::named("indexrelname", "text"),
    ],
    refresh_attributes: true,
    required_counter: Some("idx_scan"),
    headline: &[
        ("idx_scan", "bigint"),
        ("idx_tup_read", "bigint"),
        ("idx_tup_fetch", "bigint"),
    ],
    ..Source::DEFAULT
};

export_plugin! {
    name: "powa_stat_indexes",
    data_source: || CounterHistory::new(&INDEXES)
}
