//! powa_stat_database: the history of pg_stat_database, per database
//! (`powa_databases_deltas(from, to [, srvid])`), every counter of the
//! running version. The storage and reading functions are powa-core's
//! counter history (`powa_core::history`).

use powa_core::export_plugin;
use powa_core::history::{Column, CounterHistory, Source};

fn relations(_major: u32) -> Option<&'static [&'static str]> {
    Some(&["pg_stat_database"])
}

pub static DATABASES: Source = Source {
    prefix: "powa_databases",
    keys_table: "powa_databases",
    relations,
    keys: &[Column::named("datid", "oid")],
    // NULL for the row of shared objects (datid 0).
    attributes: &[Column::named("datname", "text")],
    refresh_attributes: true,
    gauges: &["numbackends"],
    required_counter: Some("xact_commit"),
    headline: &[
        ("xact_commit", "bigint"),
        ("xact_rollback", "bigint"),
        ("blks_read", "bigint"),
        ("blks_hit", "bigint"),
        ("tup_returned", "bigint"),
        ("tup_fetched", "bigint"),
        ("tup_inserted", "bigint"),
        ("tup_updated", "bigint"),
        ("tup_deleted", "bigint"),
        ("temp_files", "bigint"),
        ("temp_bytes", "bigint"),
        ("deadlocks", "bigint"),
        ("numbackends", "bigint"),
    ],
    ..Source::DEFAULT
};

export_plugin! {
    name: "powa_stat_database",
    data_source: || CounterHistory::new(&DATABASES)
}
