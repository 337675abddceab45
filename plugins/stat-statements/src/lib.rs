//! powa_stat_statements: the history of pg_stat_statements, per (queryid,
//! dbid, userid, toplevel), with every cumulative counter of the running
//! version and each query text stored once (in `powa_statements`).
//!
//! The storage, snapshot, coalesce, purge and the generic reading
//! functions are powa-core's counter history (`powa_core::history`);
//! this source adds `powa_statements_deltas(from, to [, srvid, queryid])`,
//! the per-statement view users read (see `schema`).

mod schema;

use powa_core::export_plugin;
use powa_core::history::{Column, CounterHistory, Source};

fn relations(_major: u32) -> Option<&'static [&'static str]> {
    Some(&["pg_stat_statements"])
}

/// The query text with the literal of every `PASSWORD '...'` masked:
/// pg_stat_statements keeps utility statements as they were typed, and
/// `CREATE ROLE ... PASSWORD '...'` must not travel into the history.
const QUERY_WITHOUT_PASSWORDS: &str =
    r"regexp_replace(query, '(PASSWORD\s+)''(?:[^'']|'''')*''', '\1''********''', 'gi')";

pub static STATEMENTS: Source = Source {
    prefix: "powa_statements",
    keys_table: "powa_statements",
    relations,
    // The view loads every query text at each call; texts are read for new
    // statements only.
    without_attributes: &[("pg_stat_statements", "pg_stat_statements(false)")],
    filter: "queryid IS NOT NULL",
    ignored_users_column: Some("userid"),
    keys: &[
        Column::named("queryid", "bigint"),
        Column::named("dbid", "oid"),
        Column::named("userid", "oid"),
        Column::named("toplevel", "boolean"),
    ],
    attributes: &[Column {
        name: "query",
        sql_type: "text",
        expression: QUERY_WITHOUT_PASSWORDS,
    }],
    private_attributes: &["query"],
    // A statement's text is the first one seen: texts are long, and
    // comparing them at every snapshot would cost more than it tells.
    // Not cumulative: a delta of them means nothing.
    not_counter_prefixes: &["min_", "max_", "mean_", "stddev_"],
    extension: Some("pg_stat_statements"),
    required_counter: Some("calls"),
    missing_hint: "; is the extension installed there (CREATE EXTENSION pg_stat_statements, \
                   with shared_preload_libraries including pg_stat_statements)?",
    headline: &[],
    generic_deltas: false,
    extra_sql: schema::READING,
    // A database's page charts its statements from these.
    totals_by: Some("dbid"),
    ..Source::DEFAULT
};

export_plugin! {
    name: "powa_stat_statements",
    data_source: || CounterHistory::new(&STATEMENTS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use powa_core::history::Layout;
    use powa_core::testing::TestHost;
    use powa_core::{DataSource, QueryResult, Target, ToValue, Value};

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|n| n.to_string()).collect()
    }

    fn columns() -> QueryResult {
        let column = |name: &str, is_float: bool| {
            vec![
                Value::Text("pg_stat_statements".into()),
                Value::Text(name.into()),
                Value::Bool(is_float),
            ]
        };
        QueryResult::new(
            &["relation", "name", "is_float"],
            vec![
                column("queryid", false),
                column("calls", false),
                column("total_exec_time", true),
                column("min_exec_time", true),
                column("rows", false),
                column("wal_bytes", false),
            ],
        )
    }

    fn statements() -> QueryResult {
        let row = |queryid: i64, calls: i64, time: f64| {
            vec![
                Value::Text(queryid.to_string().into()),
                Value::Text("5".into()),
                Value::Text("10".into()),
                Value::Text("true".into()),
                Value::Text(format!("SELECT {queryid}").into()),
                vec![Some(calls), Some(calls * 2), None].to_value(),
                vec![Some(time)].to_value(),
            ]
        };
        QueryResult::new(
            &["k0", "k1", "k2", "k3", "a0", "ints", "floats"],
            vec![row(11, 3, 1.5), row(12, 7, 0.25)],
        )
    }

    #[test]
    fn the_monitored_query_reads_the_layout_with_nulls_for_missing_counters() {
        let stored = Layout {
            ints: names(&["calls", "rows", "gone"]),
            floats: names(&["total_exec_time"]),
        };
        let current = Layout {
            ints: names(&["calls", "new_counter", "rows"]),
            floats: names(&["total_exec_time", "total_plan_time"]),
        };
        let merged = Layout::merged(&stored, &current);
        assert_eq!(
            merged.ints,
            names(&["calls", "rows", "gone", "new_counter"])
        );
        let query = STATEMENTS.read_query(&["pg_stat_statements"], &merged, &current);
        assert!(
            query.contains(
                r#"ARRAY["calls"::bigint, "rows"::bigint, NULL::bigint, "new_counter"::bigint]"#
            ),
            "{query}"
        );
        assert!(query.contains("(queryid)::text AS k0"), "{query}");
        assert!(query.contains("rolname = ANY ($1::text[])"), "{query}");
    }

    #[test]
    fn a_snapshot_reads_twice_and_writes_the_staging_chunks_once() {
        let mut test_host = TestHost::new();
        test_host
            .respond("JOIN pg_attribute", columns())
            .respond("FROM pg_stat_statements", statements())
            .respond(
                "LEFT JOIN (SELECT * FROM known",
                QueryResult::new(&["id"], vec![vec![Value::Int8(130)], vec![Value::Int8(3)]]),
            )
            .set_setting("powa.ignored_users", "monitor, backup")
            .set_server_id(2);
        CounterHistory::new(&STATEMENTS)
            .snapshot(&mut test_host.host())
            .unwrap();
        let statements = test_host.statements();
        let targets: Vec<Target> = statements.iter().map(|s| s.target).collect();
        assert_eq!(
            targets,
            vec![
                Target::Monitored,
                Target::Repository,
                Target::Repository,
                // Keys and counters.
                Target::Monitored,
                // The last snapshot's time and the layout's version (no
                // ids known), then the texts of the new statements.
                Target::Repository,
                Target::Monitored,
                Target::Repository,
                Target::Repository
            ],
            "{:?}",
            test_host.sql()
        );
        assert!(statements[2]
            .sql
            .starts_with("INSERT INTO powa_statements_layout"));
        assert_eq!(
            statements[3].params[0],
            vec![Some("monitor".to_owned()), Some("backup".to_owned())].to_value()
        );
        assert!(!statements[3].sql.contains("regexp_replace(query"));
        assert!(
            statements[3].sql.contains("FROM pg_stat_statements(false)"),
            "counters without the texts: {}",
            statements[3].sql
        );
        assert!(
            statements[4].sql.contains("max(ts)"),
            "{}",
            statements[4].sql
        );
        assert!(statements[5].sql.contains("regexp_replace(query"));
        assert!(statements[5].sql.contains("FROM pg_stat_statements WHERE"));
        assert_eq!(
            statements[5].params[0],
            vec![Some("11".to_owned()), Some("12".to_owned())].to_value(),
            "the new rows' queryids"
        );
        let resolve = &statements[6];
        assert_eq!(resolve.params[1], Value::Int8(2), "the row count");
        assert_eq!(
            resolve.params[2],
            vec![Some("11".to_owned()), Some("12".to_owned())].to_value()
        );
        let insert = &statements[7];
        assert!(insert.sql.contains("INSERT INTO powa_statements_src"));
        assert_eq!(insert.params[0], Value::Int4(2));
        // Ids 3 (chunk 0) and 130 (chunk 2): the second row comes first.
        assert_eq!(insert.params[2], vec![0i64, 2].to_value(), "chunks");
        assert_eq!(insert.params[3], vec![0i64, 1].to_value(), "starts");
        assert_eq!(insert.params[4], vec![1i64, 2].to_value(), "ends");
        assert_eq!(insert.params[5], vec![3i64, 130].to_value(), "ids");
        assert_eq!(
            insert.params[6],
            vec![Some(7i64), Some(14), None, Some(3), Some(6), None].to_value(),
            "both rows' bigint counters, flat, in id order"
        );
        assert_eq!(insert.params[7], Value::Int4(3));
        assert_eq!(insert.params[8], vec![Some(0.25f64), Some(1.5)].to_value());
        assert_eq!(insert.params[9], Value::Int4(1));
    }

    /// The repository's answer to the last snapshot's time and the
    /// layout's version.
    fn state(ts: powa_core::Timestamp, generation: &str) -> QueryResult {
        QueryResult::new(
            &["ts", "generation"],
            vec![vec![Value::TimestampTz(ts), Value::Text(generation.into())]],
        )
    }

    #[test]
    fn known_statements_are_neither_resolved_nor_read_again_until_a_purge() {
        // A monitored server with two statements, a repository whose last
        // snapshot is `last` and whose layout row has version `generation`.
        let host_with = |last: powa_core::Timestamp, generation: &str| {
            let mut host = TestHost::new();
            host.respond("JOIN pg_attribute", columns())
                .respond("AS generation", state(last, generation))
                .respond("FROM pg_stat_statements", statements())
                .respond(
                    "LEFT JOIN (SELECT * FROM known",
                    QueryResult::new(&["id"], vec![vec![Value::Int8(130)], vec![Value::Int8(3)]]),
                );
            host
        };
        let now = TestHost::new().host().now();
        let mut test_host = host_with(now, "100");
        let mut history = CounterHistory::new(&STATEMENTS);
        history.snapshot(&mut test_host.host()).unwrap();
        let resolving = |host: &TestHost| {
            host.sql()
                .iter()
                .filter(|sql| sql.contains("LEFT JOIN (SELECT * FROM known"))
                .count()
        };
        let texts = |host: &TestHost| {
            host.sql()
                .iter()
                .filter(|sql| sql.contains("regexp_replace(query"))
                .count()
        };
        assert_eq!((resolving(&test_host), texts(&test_host)), (1, 1));
        // The same statements: their ids are known, their texts not read.
        history.snapshot(&mut test_host.host()).unwrap();
        assert_eq!((resolving(&test_host), texts(&test_host)), (1, 1));
        // A purge deleted keys (the layout's version changed): resolved again.
        let mut moved = host_with(now, "200");
        history.snapshot(&mut moved.host()).unwrap();
        assert_eq!((resolving(&moved), texts(&moved)), (1, 1));
        // Another process's snapshot since (the last time is not ours): too.
        let mut other = host_with(
            powa_core::Timestamp::from_unix_micros(now.unix_micros + 1),
            "200",
        );
        history.snapshot(&mut other.host()).unwrap();
        assert_eq!((resolving(&other), texts(&other)), (1, 1));
    }

    #[test]
    fn a_server_without_pg_stat_statements_gets_a_clear_error() {
        let mut test_host = TestHost::new();
        test_host.respond(
            "JOIN pg_attribute",
            QueryResult::new(
                &["relation", "name", "is_float"],
                vec![vec![
                    Value::Text("pg_stat_statements".into()),
                    Value::Null,
                    Value::Null,
                ]],
            ),
        );
        let error = CounterHistory::new(&STATEMENTS)
            .snapshot(&mut test_host.host())
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("no relation pg_stat_statements")
                && error.contains("CREATE EXTENSION pg_stat_statements"),
            "{error}"
        );
    }

    #[test]
    fn purge_cuts_at_the_retention() {
        let mut test_host = TestHost::new();
        let now = test_host.host().now();
        CounterHistory::new(&STATEMENTS)
            .purge(
                &mut test_host.host(),
                std::time::Duration::from_secs(86_400),
            )
            .unwrap();
        let statements = test_host.statements();
        assert_eq!(statements.len(), STATEMENTS.purge_sql().len());
        assert_eq!(
            statements[0].params[1],
            Value::TimestampTz(powa_core::Timestamp::from_unix_micros(
                now.unix_micros - 86_400_000_000
            ))
        );
    }
}
