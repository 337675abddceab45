//! powa_stat_tables: the history of pg_stat_all_tables, per table of the
//! database the collecting session is connected to (the powa worker's
//! `powa.database` in local mode), keyed by (dbid, relid):
//! `powa_tables_deltas(from, to [, srvid])`. The tuple counts
//! (n_live_tup, n_dead_tup, ...) are gauges: a range gives their last value.

use powa_core::export_plugin;
use powa_core::history::{Column, CounterHistory, Source};

fn relations(_major: u32) -> Option<&'static [&'static str]> {
    Some(&["pg_stat_all_tables"])
}

pub static TABLES: Source = Source {
    prefix: "powa_tables",
    keys_table: "powa_tables",
    relations,
    keys: &[
        Column::current_database("dbid"),
        Column::named("relid", "oid"),
    ],
    attributes: &[
        Column::named("schemaname", "text"),
        Column::named("relname", "text"),
    ],
    refresh_attributes: true,
    gauges: &[
        "n_live_tup",
        "n_dead_tup",
        "n_mod_since_analyze",
        "n_ins_since_vacuum",
    ],
    required_counter: Some("seq_scan"),
    headline: &[
        ("seq_scan", "bigint"),
        ("seq_tup_read", "bigint"),
        ("idx_scan", "bigint"),
        ("idx_tup_fetch", "bigint"),
        ("n_tup_ins", "bigint"),
        ("n_tup_upd", "bigint"),
        ("n_tup_del", "bigint"),
        ("n_tup_hot_upd", "bigint"),
        ("n_live_tup", "bigint"),
        ("n_dead_tup", "bigint"),
        ("vacuum_count", "bigint"),
        ("autovacuum_count", "bigint"),
        ("analyze_count", "bigint"),
        ("autoanalyze_count", "bigint"),
    ],
    ..Source::DEFAULT
};

export_plugin! {
    name: "powa_stat_tables",
    data_source: || CounterHistory::new(&TABLES)
}
