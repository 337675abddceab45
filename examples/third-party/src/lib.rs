//! example_user_functions: the history of `pg_stat_user_functions` (calls,
//! total and self time per function), written against powa-core alone,
//! as a third party writes a data source. `example_user_functions_deltas(
//! from, to [, srvid])` reads it. The server must count function calls
//! (`track_functions = 'pl'` or `'all'`).

use powa_core::export_plugin;
use powa_core::history::{Column, CounterHistory, Source};

fn relations(_major: u32) -> Option<&'static [&'static str]> {
    Some(&["pg_stat_user_functions"])
}

pub static USER_FUNCTIONS: Source = Source {
    prefix: "example_user_functions",
    keys_table: "example_user_functions",
    relations,
    keys: &[
        Column::current_database("dbid"),
        Column::named("funcid", "oid"),
    ],
    attributes: &[
        Column::named("schemaname", "text"),
        Column::named("funcname", "text"),
    ],
    refresh_attributes: true,
    required_counter: Some("calls"),
    missing_hint: " (pg_stat_user_functions counts calls when track_functions is pl or all)",
    headline: &[("calls", "bigint"), ("total_time", "double precision")],
    ..Source::DEFAULT
};

export_plugin! {
    name: "example_user_functions",
    data_source: || CounterHistory::new(&USER_FUNCTIONS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use powa_core::history::testing::SourceTest;

    #[test]
    fn calls_and_times_are_kept_per_function() {
        let stored = SourceTest::new(&USER_FUNCTIONS)
            .integer("funcid")
            .integer("calls")
            .float("total_time")
            .float("self_time")
            .row(
                &["5", "16384", "public", "f"],
                &[("calls", 4.0), ("total_time", 2.5), ("self_time", 2.0)],
            )
            .snapshot()
            .unwrap();
        assert_eq!(stored[0].identity, ["5", "16384", "public", "f"]);
        assert_eq!(stored[0].ints.len(), 1, "funcid is a key, not a counter");
        assert_eq!(stored[0].ints["calls"], Some(4));
        assert_eq!(stored[0].floats["self_time"], Some(2.0));
    }
}
