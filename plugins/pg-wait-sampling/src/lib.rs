//! powa_pg_wait_sampling: the history of pg_wait_sampling's profile, per
//! (query id, wait event type, wait event): how many times the
//! extension's collector found a backend waiting there. pg_wait_sampling
//! samples in its own background worker, so this source works wherever
//! the extension is installed: remote servers and standbys included,
//! through powa-collector. (powa_wait_sampling, powa's own sampler, runs in
//! the powa worker only and needs no extension.)
//!
//! The profile has a row per backend too (`pg_wait_sampling.profile_pid`):
//! the rows of one query and event are added up, so backends coming and
//! going do not multiply the keys. `powa_wait_profile_deltas(from, to [,
//! srvid])` reads a range.

use powa_core::export_plugin;
use powa_core::history::{Column, CounterHistory, Source};

fn relations(_major: u32) -> Option<&'static [&'static str]> {
    Some(&["pg_wait_sampling_profile"])
}

pub static WAIT_PROFILE: Source = Source {
    prefix: "powa_wait_profile",
    keys_table: "powa_wait_profile_events",
    relations,
    keys: &[
        // 0 for waits outside a query (pg_wait_sampling.profile_queries).
        Column {
            name: "queryid",
            sql_type: "bigint",
            expression: "coalesce(queryid, 0)",
        },
        Column {
            name: "event_type",
            sql_type: "text",
            expression: "coalesce(event_type, 'CPU')",
        },
        Column {
            name: "event",
            sql_type: "text",
            expression: "coalesce(event, 'CPU')",
        },
    ],
    not_counters: &["pid"],
    summed: true,
    extension: Some("pg_wait_sampling"),
    required_counter: Some("count"),
    missing_hint: "; is the extension installed there (CREATE EXTENSION pg_wait_sampling, \
                   with shared_preload_libraries including pg_wait_sampling)?",
    headline: &[("count", "bigint")],
    totals_by: Some("event_type"),
    ..Source::DEFAULT
};

export_plugin! {
    name: "powa_pg_wait_sampling",
    data_source: || CounterHistory::new(&WAIT_PROFILE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use powa_core::history::Layout;

    #[test]
    fn the_backends_of_a_query_and_event_are_added_up() {
        let layout = Layout {
            ints: vec!["count".into()],
            floats: Vec::new(),
        };
        let query = WAIT_PROFILE.read_query(&["pg_wait_sampling_profile"], &layout, &layout);
        assert!(
            query.contains(r#"ARRAY[sum("count")::bigint]::bigint[] AS ints"#),
            "{query}"
        );
        assert!(query.contains("GROUP BY 1, 2, 3"), "{query}");
        assert!(!query.contains("pid"), "{query}");
    }
}
