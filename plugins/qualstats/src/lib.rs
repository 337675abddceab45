//! powa_qualstats: the history of pg_qualstats, one row per predicate of
//! a statement and set of constants (pg_qualstats' `uniquequalnodeid`):
//! how often it was evaluated (`occurences`, `execution_count`) and how
//! many rows it filtered out (`nbfiltered`). Kept with each: the
//! operator, its left and right columns as oids and, for the database the
//! source is connected to, as names (another database's stay NULL: their
//! catalogs are not readable from here), the access methods whose
//! operator classes have the operator (what an index on the column could
//! use), and the constant. `powa_qualstats_deltas(from, to [, srvid])`
//! reads a range; `powa_index_suggestions(srvid, dbid, from, to)` turns
//! the costliest predicates into candidate indexes (see `suggestions`).

mod suggestions;

use powa_core::export_plugin;
use powa_core::history::{Column, CounterHistory, Source};

fn relations(_major: u32) -> Option<&'static [&'static str]> {
    // The function, for every database (its view shows the current one).
    Some(&["pg_qualstats()"])
}

/// Whether a row of pg_qualstats() is of the connected database.
macro_rules! here {
    ($expression:literal) => {
        concat!(
            "CASE WHEN dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) THEN (",
            $expression,
            ") END"
        )
    };
}

pub static QUALSTATS: Source = Source {
    prefix: "powa_qualstats",
    keys_table: "powa_qualstats_quals",
    relations,
    filter: "queryid IS NOT NULL",
    ignored_users_column: Some("userid"),
    keys: &[
        Column::named("queryid", "bigint"),
        Column::named("dbid", "oid"),
        Column::named("userid", "oid"),
        Column::named("qualnodeid", "bigint"),
        Column::named("uniquequalnodeid", "bigint"),
        Column {
            name: "eval_type",
            sql_type: "text",
            expression: "eval_type::text",
        },
    ],
    attributes: &[
        Column::named("qualid", "bigint"),
        Column::named("lrelid", "oid"),
        Column::named("lattnum", "smallint"),
        Column::named("opno", "oid"),
        Column::named("rrelid", "oid"),
        Column::named("rattnum", "smallint"),
        Column::named("constvalue", "text"),
        Column {
            name: "relname",
            sql_type: "text",
            expression: here!("SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = lrelid"),
        },
        Column {
            name: "attname",
            sql_type: "text",
            expression: here!("SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = lrelid AND a.attnum = lattnum"),
        },
        Column {
            name: "opname",
            sql_type: "text",
            expression: here!("SELECT o.oprname::text FROM pg_operator o WHERE o.oid = opno"),
        },
        Column {
            name: "access_methods",
            sql_type: "text[]",
            expression: here!("SELECT array_agg(DISTINCT am.amname::text ORDER BY am.amname::text) FROM pg_amop ao JOIN pg_am am ON am.oid = ao.amopmethod WHERE ao.amopopr = opno"),
        },
    ],
    private_attributes: &["constvalue"],
    // uniquequalid identifies a set of AND-ed predicates (a hash, NULL for
    // a predicate alone): no counter, and no key of ours (rows that differ
    // only by it are summed).
    not_counters: &["constant_position", "lattnum", "rattnum", "uniquequalid"],
    not_counter_prefixes: &["min_", "max_", "mean_", "stddev_"],
    extension: Some("pg_qualstats"),
    required_counter: Some("execution_count"),
    missing_hint: "; is the extension installed there (CREATE EXTENSION pg_qualstats, \
                   with shared_preload_libraries including pg_stat_statements and pg_qualstats)?",
    headline: &[
        ("occurences", "bigint"),
        ("execution_count", "bigint"),
        ("nbfiltered", "bigint"),
    ],
    totals_by: Some("dbid"),
    extra_sql: &[suggestions::SUGGESTIONS],
    ..Source::DEFAULT
};

export_plugin! {
    name: "powa_qualstats",
    data_source: || CounterHistory::new(&QUALSTATS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use powa_core::history::testing::SourceTest;

    #[test]
    fn a_snapshot_keeps_each_predicate_with_its_constant() {
        let stored = SourceTest::new(&QUALSTATS)
            .integer("occurences")
            .integer("execution_count")
            .integer("nbfiltered")
            .row(
                &[
                    "42",
                    "5",
                    "10",
                    "7",
                    "8",
                    "f",
                    "3",
                    "16384",
                    "2",
                    "96",
                    "",
                    "",
                    "'17'",
                    "public.t",
                    "v",
                    "=",
                    "{btree,hash}",
                ],
                &[
                    ("occurences", 2.0),
                    ("execution_count", 2000.0),
                    ("nbfiltered", 1998.0),
                ],
            )
            .snapshot()
            .unwrap();
        assert_eq!(stored[0].ints["nbfiltered"], Some(1998));
    }

    #[test]
    fn ids_and_positions_of_the_view_are_no_counters() {
        let layout = SourceTest::new(&QUALSTATS)
            .integer("uniquequalid")
            .integer("constant_position")
            .integer("occurences")
            .integer("execution_count")
            .integer("nbfiltered")
            .float("mean_err_estimate_ratio")
            .layout();
        assert_eq!(
            layout.ints,
            ["occurences", "execution_count", "nbfiltered"].map(String::from)
        );
        assert!(layout.floats.is_empty());
    }

    #[test]
    fn names_are_read_for_the_connected_database_only() {
        let query = QUALSTATS.read_query(
            &["pg_qualstats()"],
            &Default::default(),
            &Default::default(),
        );
        assert!(
            query.contains("CASE WHEN dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) THEN (SELECT a.attname::text"),
            "{query}"
        );
    }
}
