//! powa_stat_kcache: the history of pg_stat_kcache, per (queryid, dbid,
//! userid, top) as pg_stat_statements keys its statements: user and system
//! CPU time, bytes read and written on disk, page faults, swaps, IPC,
//! signals and context switches, of planning (`plan_*`) and execution
//! (`exec_*`), every counter the installed version has.
//! `powa_kcache_deltas(from, to [, srvid])` reads a range; join it to
//! `powa_statements_deltas` on (queryid, dbid, userid, toplevel = top)
//! for the query text.

use powa_core::export_plugin;
use powa_core::history::{Column, CounterHistory, Source};

fn relations(_major: u32) -> Option<&'static [&'static str]> {
    // The function: its views join pg_stat_statements and drop queryid.
    Some(&["pg_stat_kcache()"])
}

pub static KCACHE: Source = Source {
    prefix: "powa_kcache",
    keys_table: "powa_kcache_statements",
    relations,
    filter: "queryid IS NOT NULL",
    ignored_users_column: Some("userid"),
    keys: &[
        Column::named("queryid", "bigint"),
        Column::named("dbid", "oid"),
        Column::named("userid", "oid"),
        Column::named("top", "boolean"),
    ],
    extension: Some("pg_stat_kcache"),
    required_counter: Some("exec_reads"),
    missing_hint: "; is the extension installed there (CREATE EXTENSION pg_stat_kcache, \
                   with shared_preload_libraries including pg_stat_statements and pg_stat_kcache)?",
    headline: &[
        ("exec_user_time", "double precision"),
        ("exec_system_time", "double precision"),
        ("exec_reads", "bigint"),
        ("exec_writes", "bigint"),
        ("exec_minflts", "bigint"),
        ("exec_majflts", "bigint"),
        ("exec_nvcsws", "bigint"),
        ("exec_nivcsws", "bigint"),
        ("plan_user_time", "double precision"),
        ("plan_system_time", "double precision"),
    ],
    totals_by: Some("dbid"),
    ..Source::DEFAULT
};

export_plugin! {
    name: "powa_stat_kcache",
    data_source: || CounterHistory::new(&KCACHE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use powa_core::history::testing::SourceTest;

    #[test]
    fn a_snapshot_keeps_every_counter_per_statement() {
        let stored = SourceTest::new(&KCACHE)
            .float("exec_user_time")
            .float("exec_system_time")
            .integer("exec_reads")
            .integer("exec_minflts")
            .row(
                &["42", "5", "10", "true"],
                &[
                    ("exec_user_time", 0.5),
                    ("exec_system_time", 0.25),
                    ("exec_reads", 8192.0),
                    ("exec_minflts", 3.0),
                ],
            )
            .snapshot()
            .unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].floats["exec_user_time"], Some(0.5));
        assert_eq!(stored[0].ints["exec_reads"], Some(8192));
    }

    #[test]
    fn it_reads_the_function() {
        let query = KCACHE.read_query(
            &["pg_stat_kcache()"],
            &Default::default(),
            &Default::default(),
        );
        assert!(
            query.contains("FROM pg_stat_kcache() WHERE (queryid IS NOT NULL)"),
            "{query}"
        );
    }
}
