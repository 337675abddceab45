//! Unit tests of a counter-history source without a server and without
//! knowing the history's SQL: describe the monitored view's counters and
//! rows, take a snapshot through [`CounterHistory`] on a
//! [`TestHost`](crate::testing::TestHost) that answers what the history
//! asks the repository, and read back what it stored, by counter name.
//!
//! ```
//! use powa_core::history::testing::SourceTest;
//! use powa_core::history::{Column, Source};
//!
//! fn relations(_major: u32) -> Option<&'static [&'static str]> {
//!     Some(&["pg_stat_user_functions"])
//! }
//!
//! static FUNCTIONS: Source = Source {
//!     prefix: "my_functions",
//!     keys_table: "my_functions",
//!     relations,
//!     keys: &[Column::named("funcid", "oid")],
//!     attributes: &[Column::named("funcname", "text")],
//!     ..Source::DEFAULT
//! };
//!
//! let stored = SourceTest::new(&FUNCTIONS)
//!     .integer("calls")
//!     .float("total_time")
//!     .row(&["16384", "f"], &[("calls", 3.0), ("total_time", 1.5)])
//!     .row(&["16385", "g"], &[("calls", 7.0)])
//!     .snapshot()
//!     .unwrap();
//! assert_eq!(stored.len(), 2);
//! assert_eq!(stored[1].identity, ["16385", "g"]);
//! assert_eq!(stored[1].ints["calls"], Some(7));
//! assert_eq!(stored[1].floats["total_time"], None); // the row lacked it
//! ```

use super::{CounterHistory, Layout, Source};
use crate::testing::TestHost;
use crate::{DataSource, QueryResult, Value};
use std::collections::BTreeMap;

/// One row as the source stored it: its key and attribute values (in the
/// source's order) and its counters by name.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredRow {
    pub identity: Vec<String>,
    pub ints: BTreeMap<String, Option<i64>>,
    pub floats: BTreeMap<String, Option<f64>>,
}

/// A row of the monitored view, as the test gives it.
#[derive(Debug, Clone)]
struct ViewRow {
    identity: Vec<String>,
    counters: Vec<(String, f64)>,
}

/// A monitored view and its rows, for one snapshot of a source.
#[derive(Debug, Clone)]
pub struct SourceTest {
    source: &'static Source,
    /// The view's numeric columns in order: (name, is_float).
    columns: Vec<(String, bool)>,
    rows: Vec<ViewRow>,
    server_version_num: u32,
}

impl SourceTest {
    pub fn new(source: &'static Source) -> Self {
        Self {
            source,
            columns: Vec::new(),
            rows: Vec::new(),
            server_version_num: 180_000,
        }
    }

    /// A bigint (or integer) column of the view.
    pub fn integer(mut self, name: &str) -> Self {
        self.columns.push((name.to_owned(), false));
        self
    }

    /// A double precision column of the view.
    pub fn float(mut self, name: &str) -> Self {
        self.columns.push((name.to_owned(), true));
        self
    }

    /// The monitored server's `server_version_num` (default 180000).
    pub fn server_version_num(mut self, version: u32) -> Self {
        self.server_version_num = version;
        self
    }

    /// A row of the view: its keys then attributes as text, and the
    /// counters it has (the others read NULL).
    pub fn row(mut self, identity: &[&str], counters: &[(&str, f64)]) -> Self {
        self.rows.push(ViewRow {
            identity: identity.iter().map(|v| (*v).to_owned()).collect(),
            counters: counters
                .iter()
                .map(|(n, v)| ((*n).to_owned(), *v))
                .collect(),
        });
        self
    }

    /// The columns the history keeps as counters, in the order it stores
    /// them (numeric columns that are keys, attributes or `not_counters`
    /// are left out).
    pub fn layout(&self) -> Layout {
        let mut layout = Layout::default();
        for (name, is_float) in &self.columns {
            if !self.source.is_counter(name) {
                continue;
            }
            if *is_float {
                layout.floats.push(name.clone());
            } else {
                layout.ints.push(name.clone());
            }
        }
        layout
    }

    /// Starts the source and takes one snapshot of the rows; returns what
    /// it stored, or the source's error.
    pub fn snapshot(&self) -> Result<Vec<StoredRow>, String> {
        let source = self.source;
        let major = self.server_version_num / 10_000;
        let relations = (source.relations)(major)
            .ok_or_else(|| format!("{} reads nothing on PostgreSQL {major}", source.prefix))?;
        let layout = self.layout();
        let mut test_host = TestHost::new();
        test_host.set_server_version_num(self.server_version_num);
        let latest = source.schema().latest();
        test_host
            .respond(
                "FROM powa_schema_migrations",
                QueryResult::new(&["version"], vec![vec![Value::Int4(latest)]]),
            )
            .respond(
                "IS NOT NULL AS partitioned",
                QueryResult::new(&["partitioned"], vec![vec![Value::Bool(true)]]),
            );
        let relation = relations.first().copied().unwrap_or_default();
        test_host.respond(
            Source::COUNTERS,
            QueryResult::new(
                &["relation", "name", "is_float"],
                self.columns
                    .iter()
                    .map(|(name, is_float)| {
                        vec![
                            Value::Text(relation.into()),
                            Value::Text(name.as_str().into()),
                            Value::Bool(*is_float),
                        ]
                    })
                    .collect(),
            ),
        );
        let identity: Vec<String> = (0..source.keys.len())
            .map(|i| format!("k{i}"))
            .chain((0..source.attributes.len()).map(|i| format!("a{i}")))
            .collect();
        // A source with lazy attributes reads its keys and counters, then
        // the attributes of the rows it does not know (all, here).
        let read = if source.lazy_attributes() {
            source.keys.len()
        } else {
            identity.len()
        };
        let mut columns: Vec<&str> = identity[..read].iter().map(String::as_str).collect();
        columns.extend(["ints", "floats"]);
        let mut view_rows = Vec::new();
        let mut attribute_rows = Vec::new();
        for ViewRow {
            identity: values,
            counters,
        } in &self.rows
        {
            if values.len() != identity.len() {
                return Err(format!(
                    "a row has {} key and attribute values; {} has {} keys and {} attributes",
                    values.len(),
                    source.prefix,
                    source.keys.len(),
                    source.attributes.len()
                ));
            }
            let counter = |name: &String| counters.iter().find(|(n, _)| n == name).map(|c| c.1);
            let texts: Vec<Value> = values
                .iter()
                .map(|v| Value::Text(v.as_str().into()))
                .collect();
            attribute_rows.push(texts.clone());
            let mut row: Vec<Value> = texts[..read].to_vec();
            row.push(Value::Int8Array(
                layout
                    .ints
                    .iter()
                    .map(|n| counter(n).map(|v| v as i64).into())
                    .collect(),
            ));
            row.push(Value::Float8Array(
                layout.floats.iter().map(|n| counter(n).into()).collect(),
            ));
            view_rows.push(row);
        }
        test_host.respond(
            &source.snapshot_query(relations, &layout, &layout),
            QueryResult::new(&columns, view_rows),
        );
        if source.lazy_attributes() {
            let names: Vec<&str> = identity.iter().map(String::as_str).collect();
            test_host.respond(
                &source.attributes_query(relations),
                QueryResult::new(&names, attribute_rows),
            );
        }
        test_host.respond(
            &source.resolve_ids_sql(),
            QueryResult::new(
                &["id"],
                (1..=self.rows.len() as i64)
                    .map(|id| vec![Value::Int8(id)])
                    .collect(),
            ),
        );
        let mut history = CounterHistory::new(source);
        {
            let mut host = test_host.host();
            history.startup(&mut host).map_err(|e| e.to_string())?;
            history.snapshot(&mut host).map_err(|e| e.to_string())?;
        }
        let insert = source.insert_snapshot_sql();
        let stored = test_host
            .statements()
            .iter()
            .find(|s| s.sql == insert)
            .ok_or_else(|| format!("{} stored no snapshot", source.prefix))?;
        stored_rows(&stored.params, &layout, &self.rows)
    }
}

/// The rows of the snapshot insert's parameters: ids, then the packed
/// counters of each row, `int_width` and `float_width` per row.
fn stored_rows(
    params: &[Value],
    layout: &Layout,
    fed: &[ViewRow],
) -> Result<Vec<StoredRow>, String> {
    let (Value::Int8Array(ids), Value::Int8Array(ints), Value::Float8Array(floats)) =
        (&params[5], &params[6], &params[8])
    else {
        return Err(format!("unexpected snapshot parameters: {params:?}"));
    };
    let (int_width, float_width) = (layout.ints.len(), layout.floats.len());
    let mut rows = Vec::new();
    for (index, id) in ids.iter().enumerate() {
        let id = id.into_option().ok_or("a stored row without id")?;
        let identity = fed
            .get(id as usize - 1)
            .map(|row| row.identity.clone())
            .ok_or_else(|| format!("a stored row of unknown id {id}"))?;
        rows.push(StoredRow {
            identity,
            ints: layout
                .ints
                .iter()
                .enumerate()
                .map(|(i, name)| (name.clone(), ints[index * int_width + i].into_option()))
                .collect(),
            floats: layout
                .floats
                .iter()
                .enumerate()
                .map(|(i, name)| (name.clone(), floats[index * float_width + i].into_option()))
                .collect(),
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relations(_major: u32) -> Option<&'static [&'static str]> {
        Some(&["pg_stat_wal"])
    }

    static WAL: Source = Source {
        prefix: "t_wal",
        keys_table: "t_wal",
        relations,
        required_counter: Some("wal_records"),
        not_counters: &["stats_reset_epoch"],
        ..Source::DEFAULT
    };

    #[test]
    fn a_single_row_view_is_stored_by_counter_name() {
        let stored = SourceTest::new(&WAL)
            .integer("wal_records")
            .integer("stats_reset_epoch")
            .float("wal_write_time")
            .row(&[], &[("wal_records", 12.0), ("wal_write_time", 0.5)])
            .snapshot()
            .unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].ints.len(), 1, "not_counters are left out");
        assert_eq!(stored[0].ints["wal_records"], Some(12));
        assert_eq!(stored[0].floats["wal_write_time"], Some(0.5));
    }

    #[test]
    fn what_the_source_refuses_is_said() {
        let error = SourceTest::new(&WAL)
            .integer("wal_fpi")
            .row(&[], &[("wal_fpi", 1.0)])
            .snapshot()
            .unwrap_err();
        assert!(error.contains("has no wal_records column"), "{error}");
        let error = SourceTest::new(&WAL)
            .integer("wal_records")
            .row(&["unexpected"], &[])
            .snapshot()
            .unwrap_err();
        assert!(error.contains("0 keys and 0 attributes"), "{error}");
    }
}
