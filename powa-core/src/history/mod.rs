//! Counter history: everything a data source over a cumulative statistics
//! view needs, from a description of the view ([`Source`]). The source's
//! plugin is then `export_plugin! { name: "...", data_source: || CounterHistory::new(&SOURCE) }`.
//!
//! What it keeps, per server (`srvid`) and row of the view (its key
//! columns, mapped once to an `id` in the keys table, with the row's
//! attributes):
//! - every counter of the running version, found from the view's columns
//!   (bigint, integer, numeric as bigint; double precision), in the order of
//!   `<prefix>_layout`, which is only ever appended to so that older samples
//!   keep their meaning after an upgrade adds counters;
//! - staging, `<prefix>_src`: one row per snapshot and chunk of
//!   [`CHUNK`] ids (id / CHUNK), their counters side by side; reading one
//!   row's history decompresses only its chunk;
//! - coalesced history: a batch per coalesce (`<prefix>_batches`, its
//!   snapshot times once) and per id and batch one `<prefix>_history` row,
//!   counter-major and delta-coded (see [`codec`]), with the positions in the
//!   batch of the samples when the row missed some snapshots (else NULL);
//! - `<prefix>_snapshots`: when each snapshot was taken, which tells a row
//!   that first appears inside a range (it counts from 0) from one that was
//!   there at the start.
//!
//! Reading: `<prefix>_samples` (every sample of a range, staging and history
//! alike), `<prefix>_counter_deltas` (per id: last − first, a counter
//! going down or a row missing from the snapshot before starts a new
//! segment from 0 so deltas are never negative, gauges give their last
//! value), `<prefix>_series` (charts: the whole server's from the
//! per-snapshot `<prefix>_totals`, see [`totals`]; some rows' from their
//! samples) and `<prefix>_deltas(from, to [, srvid])`,
//! what users read: the key and attribute columns, the source's headline
//! counters as columns, every counter in `counters` and per-second rates
//! of the cumulative ones in `rates`. The array work is done by the powa
//! extension's functions (`powa_counter_rows`, `powa_history_rows`,
//! `powa_pack_int8`, ...), which the repository has in local and remote mode.
//!
//! The tables are versioned ([`Source::schema`], see [`crate::schema`]): a
//! change to them is a migration, run by `startup` on existing installs.
//!
//! # A complete source
//!
//! The history of `pg_stat_user_functions`, one row per function: its key,
//! an attribute kept with it, the counters found from the view's columns,
//! two of them shown as columns by `my_functions_deltas(from, to)`. The
//! plugin is this file and the crate's `Cargo.toml` (`crate-type =
//! ["cdylib", "rlib"]`, powa-core as its only dependency).
//!
//! ```
//! use powa_core::export_plugin;
//! use powa_core::history::{Column, CounterHistory, Source};
//!
//! fn relations(_major: u32) -> Option<&'static [&'static str]> {
//!     Some(&["pg_stat_user_functions"])
//! }
//!
//! pub static FUNCTIONS: Source = Source {
//!     prefix: "my_functions",
//!     keys_table: "my_functions",
//!     relations,
//!     keys: &[Column::named("funcid", "oid")],
//!     // Kept with the key, updated when the function is renamed.
//!     attributes: &[Column::named("schemaname", "text"), Column::named("funcname", "text")],
//!     refresh_attributes: true,
//!     required_counter: Some("calls"),
//!     headline: &[("calls", "bigint"), ("total_time", "double precision")],
//!     ..Source::DEFAULT
//! };
//!
//! export_plugin! {
//!     name: "my_functions",
//!     data_source: || CounterHistory::new(&FUNCTIONS)
//! }
//!
//! // Its unit test: one snapshot of two functions, read back by counter.
//! use powa_core::history::testing::SourceTest;
//! let stored = SourceTest::new(&FUNCTIONS)
//!     .integer("calls")
//!     .float("total_time")
//!     .float("self_time")
//!     .row(&["16384", "public", "f"], &[("calls", 3.0), ("total_time", 1.5), ("self_time", 1.0)])
//!     .row(&["16385", "public", "g"], &[("calls", 7.0), ("total_time", 0.25), ("self_time", 0.25)])
//!     .snapshot()
//!     .unwrap();
//! assert_eq!(stored[0].ints["calls"], Some(3));
//! assert_eq!(stored[1].floats["total_time"], Some(0.25));
//! ```
//!
//! Installed as `$libdir/my_functions.so` and listed in `walker.plugins`
//! (or a collector's `plugins`), it snapshots with the others; the e2e kit
//! (`e2e/`) shows how powa's own sources are tested against real servers.

pub mod codec;
pub mod testing;
pub mod totals;

use crate::{schema, DataSource, Host, PluginError, PluginResult, Timestamp};
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

/// Ids per staging row.
pub const CHUNK: i64 = 64;

/// Snapshots per coalesced batch at most: a coalesce of `powa.coalesce`
/// (100 by default) makes one. A row's samples pack into a few bytes per
/// sample that moved, so a row's own cost (its tuple and index entries,
/// some 120 bytes) is what a smaller batch would multiply; reading one
/// sample decodes the ones before it in its row, microseconds.
pub const BATCH_SNAPSHOTS: i64 = 100;

/// A key or attribute column: its name and type in the keys table, and the
/// expression that reads it from the view.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub sql_type: &'static str,
    pub expression: &'static str,
}

impl Column {
    /// A column of the view, under its own name.
    pub const fn named(name: &'static str, sql_type: &'static str) -> Self {
        Self {
            name,
            sql_type,
            expression: name,
        }
    }
}

impl Column {
    /// The database the collecting session is connected to, as `name`: a
    /// key of per-database views (pg_stat_all_tables shows one database).
    pub const fn current_database(name: &'static str) -> Self {
        Self {
            name,
            sql_type: "oid",
            expression: "(SELECT oid FROM pg_database WHERE datname = current_database())",
        }
    }
}

fn no_relations(_major: u32) -> Option<&'static [&'static str]> {
    None
}

/// A statistics view kept as counter history. Sources usually set the
/// first fields and take the rest from [`Source::DEFAULT`].
#[derive(Debug)]
pub struct Source {
    /// Prefix of the tables and functions: `powa_databases` gives
    /// `powa_databases_src`, `powa_databases_deltas`, ...
    pub prefix: &'static str,
    /// The table of keys and attributes (`id` per row of the view).
    pub keys_table: &'static str,
    /// The relations read, per major version; `None` when this version has
    /// none (the source then collects nothing there, and says so once). A
    /// set-returning function without arguments is written `name()`.
    pub relations: fn(major: u32) -> Option<&'static [&'static str]>,
    /// A condition on the rows read, or "".
    pub filter: &'static str,
    /// The column holding a role oid to filter by `powa.ignored_users`.
    pub ignored_users_column: Option<&'static str>,
    /// Identify a row of the view; may be empty (a view of one row).
    pub keys: &'static [Column],
    /// Describe a row (names, texts); stored with the key.
    pub attributes: &'static [Column],
    /// Attributes that are texts a reader of metrics may not see (a query
    /// text, a predicate's constant): only `powa_read_all_data` reads them
    /// ([`schema::private_columns_sql`]).
    pub private_attributes: &'static [&'static str],
    /// Update the attributes when they change (a renamed table), rather than
    /// keep the first ones seen (a query text never changes).
    pub refresh_attributes: bool,
    /// Cheaper forms of relations for a snapshot that does not read the
    /// attributes (lazy ones), as (relation, replacement):
    /// `pg_stat_statements(false)` has the view's columns without loading
    /// every query text from its file.
    pub without_attributes: &'static [(&'static str, &'static str)],
    /// Numeric columns that are not counters.
    pub not_counters: &'static [&'static str],
    pub not_counter_prefixes: &'static [&'static str],
    /// Counters that are not cumulative: a range gives their last value,
    /// and their going down is no reset.
    pub gauges: &'static [&'static str],
    /// The monitored server's extension the relations come from: while it
    /// is not installed, the host unregisters the source.
    pub extension: Option<&'static str>,
    /// A counter the view must have (else the snapshot fails).
    pub required_counter: Option<&'static str>,
    /// What to tell a user whose server lacks a relation.
    pub missing_hint: &'static str,
    /// Counters shown as columns by `<prefix>_deltas`, with their type.
    pub headline: &'static [(&'static str, &'static str)],
    /// Whether to create the generic `<prefix>_deltas` (a source may define
    /// its own in `extra_sql`).
    pub generic_deltas: bool,
    /// Further reading functions, created after the generic ones.
    pub extra_sql: &'static [&'static str],
    /// A key or attribute whose values split the per-snapshot totals
    /// (`<prefix>_totals`, besides the whole server's): what pages chart
    /// per group without reading every row (waits per event type).
    pub totals_by: Option<&'static str>,
    /// The view's rows of one key are added up (pg_wait_sampling's profile
    /// has a row per backend; the source keeps one per query and event).
    pub summed: bool,
}

impl Source {
    /// What a source leaves unset: no keys (one row), no filter, no
    /// gauges, the generic `<prefix>_deltas`.
    pub const DEFAULT: Source = Source {
        prefix: "",
        keys_table: "",
        relations: no_relations,
        filter: "",
        ignored_users_column: None,
        keys: &[],
        attributes: &[],
        private_attributes: &[],
        refresh_attributes: false,
        without_attributes: &[],
        not_counters: &[],
        not_counter_prefixes: &[],
        gauges: &[],
        extension: None,
        required_counter: None,
        missing_hint: "",
        headline: &[],
        generic_deltas: true,
        extra_sql: &[],
        totals_by: None,
        summed: false,
    };
}

/// The counters in array order: bigint ones and double precision ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    pub ints: Vec<String>,
    pub floats: Vec<String>,
}

impl Layout {
    /// `stored` with the counters of `current` it lacks appended: positions
    /// never move, so older samples keep their meaning.
    pub fn merged(stored: &Layout, current: &Layout) -> Layout {
        let append = |stored: &[String], current: &[String]| {
            let mut names = stored.to_vec();
            names.extend(current.iter().filter(|n| !stored.contains(n)).cloned());
            names
        };
        Layout {
            ints: append(&stored.ints, &current.ints),
            floats: append(&stored.floats, &current.floats),
        }
    }
}

/// The `ints` and `floats` of rows `alias` (their deltas, oldest first
/// per `order`) added up: the gauges keep their last value when `gauges`,
/// else they are summed too (rows of different ids). `array_agg` cannot
/// take empty arrays: a source without counters of a type gives '{}'.
fn sum_segments(alias: &str, order: &str, gauges: bool) -> String {
    let (int_gauges, float_gauges) = match gauges {
        true => ("layout.int_gauges", "layout.float_gauges"),
        false => ("'{}'", "'{}'"),
    };
    format!(
        "coalesce(powa_int8_sum_segments(
             array_agg({alias}.ints{order}) FILTER (WHERE layout.int_width > 0),
             layout.int_width, {int_gauges}), '{{}}') AS ints,
         coalesce(powa_float8_sum_segments(
             array_agg({alias}.floats{order}) FILTER (WHERE layout.float_width > 0),
             layout.float_width, {float_gauges}), '{{}}') AS floats"
    )
}

/// Whether sample `s` (windowed by id as `w`, joined to its snapshot
/// `sn` of the `snapshots` CTE) counts from 0 though its row had a sample
/// before in the range: the row missed the snapshot before (a reset, an
/// eviction), or a cumulative counter went down. The totals apply the same
/// rule in Rust (`totals::Rows::totals`).
const RESTARTS: &str = "(lag(s.ts) OVER w IS DISTINCT FROM sn.previous_ts
                        OR powa_int8_went_down(s.ints, lag(s.ints) OVER w, layout.int_gauges)
                        OR powa_float8_went_down(s.floats, lag(s.floats) OVER w,
                                                 layout.float_gauges))";

/// `rows`' ints and floats padded to `int_width` and `float_width` (SQL
/// expressions): counters added to the layout after a sample was taken
/// are NULL in it.
fn padded(rows: &str, int_width: &str, float_width: &str) -> String {
    format!(
        "{rows}.ints || array_fill(NULL::bigint, ARRAY[{int_width} - cardinality({rows}.ints)])
             AS ints,
         {rows}.floats || array_fill(NULL::double precision,
                                     ARRAY[{float_width} - cardinality({rows}.floats)]) AS floats"
    )
}

/// The bucket (0 to `_points` − 1) of a time, within `span`.
fn bucket_of(ts: &str) -> String {
    format!(
        "least(floor(extract(epoch FROM {ts} - span.first_ts) / span.bucket_seconds),
               greatest(_points, 1) - 1)::int"
    )
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

fn text_array(names: &[&str]) -> String {
    let items: Vec<String> = names.iter().map(|n| literal(n)).collect();
    format!("ARRAY[{}]::text[]", items.join(", "))
}

impl Source {
    fn identity(&self) -> impl Iterator<Item = &Column> {
        self.keys.iter().chain(self.attributes)
    }

    fn is_counter(&self, name: &str) -> bool {
        !self.identity().any(|c| c.name == name)
            && !self.not_counters.contains(&name)
            && !self
                .not_counter_prefixes
                .iter()
                .any(|p| name.starts_with(p))
    }

    /// Counters of `relations` (in their order, then column order); a
    /// relation that does not exist gives one row with a NULL name. A
    /// relation written `name()` is a set-returning function without
    /// arguments (`pg_stat_kcache()`): its output columns count. (The CASE
    /// keeps `to_regclass` off such a name: PostgreSQL 15 raises on it.)
    pub const COUNTERS: &'static str = "SELECT r.relation, c.name, c.is_float
       FROM unnest($1::text[]) WITH ORDINALITY AS r(relation, n)
       LEFT JOIN LATERAL (
            SELECT a.attname::text AS name,
                   a.atttypid = 'double precision'::regtype AS is_float,
                   a.attnum::int AS position
              FROM pg_class k JOIN pg_attribute a ON a.attrelid = k.oid
             WHERE k.oid = CASE WHEN r.relation NOT LIKE '%()' THEN to_regclass(r.relation) END
               AND a.attnum > 0 AND NOT a.attisdropped
               AND a.atttypid IN ('bigint'::regtype, 'integer'::regtype, 'smallint'::regtype,
                                  'double precision'::regtype, 'numeric'::regtype)
            UNION ALL
            SELECT f.name::text, f.type = 'double precision'::regtype, f.position::int
              FROM pg_proc p,
                   unnest(p.proargnames, p.proallargtypes, p.proargmodes)
                       WITH ORDINALITY AS f(name, type, mode, position)
             WHERE p.oid = CASE WHEN r.relation LIKE '%()' THEN to_regprocedure(r.relation) END
               AND f.mode IN ('o', 't')
               AND f.type IN ('bigint'::regtype, 'integer'::regtype, 'smallint'::regtype,
                              'double precision'::regtype, 'numeric'::regtype)
       ) c ON true
      ORDER BY r.n, c.position";

    /// The monitored query: key and attribute columns as text (`k0`, ...,
    /// `a0`, ...), then two arrays: `ints` (bigint[], the integer counters
    /// in the order of `layout.ints`) and `floats` (double precision[], in
    /// the order of `layout.floats`), NULL where the server lacks the
    /// counter.
    pub fn read_query(&self, relations: &[&str], layout: &Layout, current: &Layout) -> String {
        self.select_query(relations, layout, current, true)
    }

    /// Whether a snapshot reads the attributes of new rows only: they are
    /// kept as first seen, so a known row's are not needed (a statement's
    /// text, a predicate's names are read once, not at every snapshot).
    pub fn lazy_attributes(&self) -> bool {
        !self.attributes.is_empty() && !self.refresh_attributes
    }

    /// What a snapshot reads: [`Source::read_query`], without the
    /// attribute columns when they are lazy (from the relations' cheaper
    /// forms, [`Source::without_attributes`]).
    pub fn snapshot_query(&self, relations: &[&str], layout: &Layout, current: &Layout) -> String {
        if !self.lazy_attributes() {
            return self.select_query(relations, layout, current, true);
        }
        let cheaper: Vec<&str> = relations
            .iter()
            .map(|relation| {
                self.without_attributes
                    .iter()
                    .find(|(name, _)| name == relation)
                    .map_or(*relation, |(_, replacement)| *replacement)
            })
            .collect();
        self.select_query(&cheaper, layout, current, false)
    }

    /// The key and attribute columns (`k0`, ..., `a0`, ...) of the rows
    /// whose keys are given as text, one array per key ($1, ...): the
    /// attributes of a snapshot's new rows.
    pub fn attributes_query(&self, relations: &[&str]) -> String {
        let mut select: Vec<String> = Vec::new();
        for (i, key) in self.keys.iter().enumerate() {
            select.push(format!("({})::text AS k{i}", key.expression));
        }
        for (i, attribute) in self.attributes.iter().enumerate() {
            select.push(format!("({})::text AS a{i}", attribute.expression));
        }
        let tuple: Vec<String> = self
            .keys
            .iter()
            .map(|k| format!("({})::text", k.expression))
            .collect();
        let arrays: Vec<String> = (1..=self.keys.len())
            .map(|i| format!("${i}::text[]"))
            .collect();
        let mut conditions: Vec<String> = Vec::new();
        if !self.filter.is_empty() {
            conditions.push(format!("({})", self.filter));
        }
        conditions.push(format!(
            "({}) IN (SELECT * FROM unnest({}))",
            tuple.join(", "),
            arrays.join(", ")
        ));
        let group_by: Vec<String> = (1..=select.len()).map(|n| n.to_string()).collect();
        format!(
            "SELECT {} FROM {} WHERE {}{}",
            select.join(", "),
            relations.join(", "),
            conditions.join(" AND "),
            if self.summed {
                format!(" GROUP BY {}", group_by.join(", "))
            } else {
                String::new()
            }
        )
    }

    fn select_query(
        &self,
        relations: &[&str],
        layout: &Layout,
        current: &Layout,
        with_attributes: bool,
    ) -> String {
        let column = |name: &String, kind: &str, present: &[String]| {
            if present.contains(name) && self.summed {
                format!("sum({})::{kind}", quote(name))
            } else if present.contains(name) {
                format!("{}::{kind}", quote(name))
            } else {
                format!("NULL::{kind}")
            }
        };
        let ints: Vec<String> = layout
            .ints
            .iter()
            .map(|n| column(n, "bigint", &current.ints))
            .collect();
        let floats: Vec<String> = layout
            .floats
            .iter()
            .map(|n| column(n, "double precision", &current.floats))
            .collect();
        let mut select: Vec<String> = Vec::new();
        for (i, key) in self.keys.iter().enumerate() {
            select.push(format!("({})::text AS k{i}", key.expression));
        }
        if with_attributes {
            for (i, attribute) in self.attributes.iter().enumerate() {
                select.push(format!("({})::text AS a{i}", attribute.expression));
            }
        }
        select.push(format!("ARRAY[{}]::bigint[] AS ints", ints.join(", ")));
        select.push(format!(
            "ARRAY[{}]::double precision[] AS floats",
            floats.join(", ")
        ));
        let mut conditions: Vec<String> = Vec::new();
        if !self.filter.is_empty() {
            conditions.push(format!("({})", self.filter));
        }
        if let Some(column) = self.ignored_users_column {
            conditions.push(format!(
                "{column} NOT IN (SELECT oid FROM pg_roles WHERE rolname = ANY ($1::text[]))"
            ));
        }
        let identity = self.keys.len()
            + if with_attributes {
                self.attributes.len()
            } else {
                0
            };
        let group_by: Vec<String> = (1..=identity).map(|n| n.to_string()).collect();
        let inner = format!(
            "SELECT {} FROM {}{}{}",
            select.join(", "),
            relations.join(", "),
            if conditions.is_empty() {
                String::new()
            } else {
                format!(" WHERE {}", conditions.join(" AND "))
            },
            if self.summed && identity > 0 {
                format!(" GROUP BY {}", group_by.join(", "))
            } else {
                String::new()
            }
        );
        let not_null: Vec<String> = (0..self.keys.len())
            .map(|i| format!("k{i} IS NOT NULL"))
            .collect();
        if not_null.is_empty() {
            inner
        } else {
            format!("SELECT * FROM ({inner}) v WHERE {}", not_null.join(" AND "))
        }
    }

    /// Maps the rows read ($3... : keys then attributes, as text arrays; $2
    /// the row count) to ids, adding the new ones; returns one `id` per row
    /// in input order (NULL for a row another process added at the same
    /// moment: it is skipped this once).
    pub fn resolve_ids_sql(&self) -> String {
        let p = self.keys_table;
        let names: Vec<String> = self.identity().map(|c| quote(c.name)).collect();
        let input = if names.is_empty() {
            "SELECT n FROM generate_series(1, $2::bigint) AS n".to_owned()
        } else {
            let arrays: Vec<String> = (0..names.len())
                .map(|i| format!("${}::text[]", i + 3))
                .collect();
            format!(
                "SELECT * FROM unnest({}) WITH ORDINALITY AS u({}, n)",
                arrays.join(", "),
                names.join(", ")
            )
        };
        let typed = |c: &Column| format!("i.{}::{}", quote(c.name), c.sql_type);
        let key_match = |table: &str| -> String {
            self.keys
                .iter()
                .map(|k| format!(" AND {table}.{} = {}", quote(k.name), typed(k)))
                .collect()
        };
        let insert_columns: Vec<String> = std::iter::once("srvid".to_owned())
            .chain(names.iter().cloned())
            .collect();
        let insert_values: Vec<String> = std::iter::once("$1".to_owned())
            .chain(self.identity().map(typed))
            .collect();
        let returning: Vec<String> = std::iter::once("id".to_owned())
            .chain(self.keys.iter().map(|k| quote(k.name)))
            .collect();
        let mut sql = format!(
            "WITH input AS ({input}),
            known AS (
                SELECT s.id, i.n FROM input i JOIN {p} s ON s.srvid = $1{known}),
            added AS (
                INSERT INTO {p} ({columns})
                SELECT {values} FROM input i WHERE i.n NOT IN (SELECT k.n FROM known k)
                ON CONFLICT DO NOTHING
                RETURNING {returning}),
            added_rows AS (
                SELECT a.id, i.n FROM added a JOIN input i ON true{added})",
            known = key_match("s"),
            columns = insert_columns.join(", "),
            values = insert_values.join(", "),
            returning = returning.join(", "),
            added = key_match("a"),
        );
        if self.refresh_attributes && !self.attributes.is_empty() {
            let set: Vec<String> = self
                .attributes
                .iter()
                .map(|a| format!("{} = {}", quote(a.name), typed(a)))
                .collect();
            let stored: Vec<String> = self
                .attributes
                .iter()
                .map(|a| format!("s.{}", quote(a.name)))
                .collect();
            let fresh: Vec<String> = self.attributes.iter().map(typed).collect();
            sql.push_str(&format!(
                ",
            refreshed AS (
                UPDATE {p} s SET {set}
                  FROM known k JOIN input i USING (n)
                 WHERE s.srvid = $1 AND s.id = k.id
                   AND ({stored}) IS DISTINCT FROM ({fresh}))",
                set = set.join(", "),
                stored = stored.join(", "),
                fresh = fresh.join(", "),
            ));
        }
        sql.push_str(
            "
            SELECT r.id FROM input i
              LEFT JOIN (SELECT * FROM known UNION ALL SELECT * FROM added_rows) r USING (n)
             ORDER BY i.n",
        );
        sql
    }

    /// Adds one snapshot's staging rows: $3 chunk numbers, with the range
    /// [$4, $5) of each in $6 (ids), $7 (bigint counters, $8 per id) and $9
    /// (double precision counters, $10 per id).
    pub fn insert_snapshot_sql(&self) -> String {
        let p = self.prefix;
        format!(
            "WITH snapshot AS (
                INSERT INTO {p}_snapshots (srvid, ts) VALUES ($1, $2) ON CONFLICT DO NOTHING)
            INSERT INTO {p}_src (srvid, chunk, ts, ids, int_width, float_width, ints, floats)
            SELECT $1, c.chunk, $2, $6[(c.a + 1)::int : c.b::int], $8, $10,
                   $7[(c.a * $8 + 1)::int : (c.b * $8)::int],
                   $9[(c.a * $10 + 1)::int : (c.b * $10)::int]
              FROM unnest($3::bigint[], $4::bigint[], $5::bigint[]) AS c(chunk, a, b)
            ON CONFLICT DO NOTHING"
        )
    }

    /// One snapshot's totals ($3: their groups, NULL first for the whole
    /// server; $4 and $6 their counters one after the other, $5 and $7
    /// wide; the whole server's restarted ids $8, closed ids $9 with their
    /// counters $10 and $11).
    pub fn insert_totals_sql(&self) -> String {
        format!(
            "INSERT INTO {p}_totals (srvid, ts, grp, ints, floats, restarted,
                                     closed_ids, closed_ints, closed_floats)
             SELECT $1, $2, g.grp, ($4::bigint[])[((g.n - 1) * $5 + 1)::int : (g.n * $5)::int],
                    ($6::double precision[])[((g.n - 1) * $7 + 1)::int : (g.n * $7)::int],
                    CASE WHEN g.grp IS NULL THEN $8::bigint[] END,
                    CASE WHEN g.grp IS NULL THEN $9::bigint[] END,
                    CASE WHEN g.grp IS NULL THEN $10::bigint[] END,
                    CASE WHEN g.grp IS NULL THEN $11::double precision[] END
               FROM unnest($3::text[]) WITH ORDINALITY AS g(grp, n)
             ON CONFLICT DO NOTHING",
            p = self.prefix
        )
    }

    /// The gauges' 0-based positions in `layout`'s arrays.
    pub fn gauge_positions_of(&self, layout: &Layout) -> totals::Gauges {
        let positions = |names: &[String]| {
            names
                .iter()
                .enumerate()
                .filter(|(_, name)| self.gauges.contains(&name.as_str()))
                .map(|(i, _)| i)
                .collect()
        };
        totals::Gauges {
            ints: positions(&layout.ints),
            floats: positions(&layout.floats),
        }
    }

    /// Folds the staging rows into batches of at most [`BATCH_SNAPSHOTS`]
    /// snapshots: each batch's times once, and per id
    /// its samples packed (padded to the layout's width: counters added
    /// later are NULL in older samples), with their positions in the batch
    /// when the id missed some snapshots.
    pub fn coalesce_sql(&self) -> String {
        let p = self.prefix;
        format!(
            "WITH moved AS (
                DELETE FROM {p}_src WHERE srvid = $1
                RETURNING chunk, ts, ids, int_width, float_width, ints, floats),
            width AS (
                SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats
                  FROM {p}_layout l WHERE l.srvid = $1),
            -- Batches of at most {BATCH_SNAPSHOTS} snapshots: reading one sample (a
            -- range's bound) decodes the row's samples before it.
            parts AS (
                SELECT t.ts, (row_number() OVER (ORDER BY t.ts) - 1) / {BATCH_SNAPSHOTS} AS part
                  FROM (SELECT DISTINCT m.ts FROM moved m) t),
            batch AS (
                INSERT INTO {p}_batches (srvid, first_ts, last_ts, ts)
                SELECT $1, min(pt.ts), max(pt.ts), array_agg(pt.ts ORDER BY pt.ts)
                  FROM parts pt GROUP BY pt.part
                RETURNING batch, first_ts, last_ts, ts),
            -- Per batch and chunk of ids, its staging rows packed in one
            -- call (powa_core::history::codec::pack_staged).
            staged AS (
                SELECT b.batch, max(cardinality(b.ts)) AS batch_len,
                       array_agg(ROW(array_position(b.ts, m.ts), m.ids, m.int_width, m.ints,
                                     m.float_width, m.floats)::powa_staged_row) AS rows
                  FROM moved m JOIN batch b ON m.ts BETWEEN b.first_ts AND b.last_ts
                 GROUP BY b.batch, m.chunk)
            INSERT INTO {p}_history (srvid, batch, id, positions, samples, int_width, float_width,
                                     packed)
            SELECT $1, s.batch, r.id, r.positions, r.samples, w.ints, w.floats, r.packed
              FROM staged s, width w,
                   powa_pack_staged(s.batch_len, s.rows, w.ints, w.floats) r"
        )
    }

    /// Purge, in order: batches wholly older than the cutoff ($2) and their
    /// rows, the older samples of a batch that straddles it (its rows
    /// unpacked and packed again from the first kept sample), staging
    /// rows, snapshot times, and the keys nothing refers to any more.
    pub fn purge_sql(&self) -> Vec<String> {
        let (p, keys) = (self.prefix, self.keys_table);
        vec![
            format!(
                "DELETE FROM {p}_history h USING {p}_batches b
                  WHERE b.srvid = $1 AND b.last_ts < $2 AND h.srvid = $1 AND h.batch = b.batch"
            ),
            format!("DELETE FROM {p}_batches WHERE srvid = $1 AND last_ts < $2"),
            format!(
                "WITH cut AS (
                    SELECT b.batch,
                           (SELECT min(i) FROM generate_subscripts(b.ts, 1) i WHERE b.ts[i] >= $2) AS k
                      FROM {p}_batches b
                     WHERE b.srvid = $1 AND b.first_ts < $2),
                old AS (
                    DELETE FROM {p}_history h USING cut
                     WHERE h.srvid = $1 AND h.batch = cut.batch
                    RETURNING h.*, cut.k),
                kept AS (
                    SELECT o.batch, o.id, o.positions IS NULL AS every, o.int_width, o.float_width,
                           o.k, r.position, r.ints, r.floats
                      FROM old o,
                           powa_packed_rows(o.positions, o.samples, o.packed, o.int_width,
                                            o.float_width) r
                     WHERE r.position >= o.k),
                repacked AS (
                    INSERT INTO {p}_history (srvid, batch, id, positions, samples, int_width,
                                             float_width, packed)
                    SELECT $1, s.batch, s.id,
                           CASE WHEN bool_and(s.every) THEN NULL
                                ELSE array_agg(s.position - s.k + 1 ORDER BY s.position) END,
                           count(*), min(s.int_width), min(s.float_width),
                           powa_pack_history(count(*)::integer,
                               coalesce(array_agg(s.ints ORDER BY s.position)
                                            FILTER (WHERE cardinality(s.ints) > 0), '{{}}'),
                               min(s.int_width),
                               coalesce(array_agg(s.floats ORDER BY s.position)
                                            FILTER (WHERE cardinality(s.floats) > 0), '{{}}'),
                               min(s.float_width))
                      FROM kept s GROUP BY s.batch, s.id)
                UPDATE {p}_batches b SET ts = b.ts[cut.k:], first_ts = b.ts[cut.k]
                  FROM cut WHERE b.srvid = $1 AND b.batch = cut.batch"
            ),
            format!("DELETE FROM {p}_src WHERE srvid = $1 AND ts < $2"),
            format!("DELETE FROM {p}_totals WHERE srvid = $1 AND ts < $2"),
            format!("DELETE FROM {p}_snapshots WHERE srvid = $1 AND ts < $2"),
            // Deleting keys updates the layout row: sources that cache
            // ids look them up again (see `CounterHistory::check_ids`).
            format!(
                "WITH gone AS (
                    DELETE FROM {keys} s
                     WHERE s.srvid = $1
                       AND s.id NOT IN (SELECT u FROM {p}_src r, unnest(r.ids) u
                                         WHERE r.srvid = $1 AND u IS NOT NULL)
                       AND NOT EXISTS (SELECT 1 FROM {p}_history h
                                        WHERE h.srvid = $1 AND h.id = s.id)
                    RETURNING 1)
                 UPDATE {p}_layout SET ints = ints
                  WHERE srvid = $1 AND EXISTS (SELECT FROM gone)"
            ),
        ]
    }

    /// The sequences, tables and indexes, idempotently.
    pub fn tables_sql(&self) -> Vec<String> {
        let (p, keys) = (self.prefix, self.keys_table);
        let identity: Vec<String> = self
            .keys
            .iter()
            .map(|c| format!("{} {} NOT NULL", quote(c.name), c.sql_type))
            .chain(
                self.attributes
                    .iter()
                    .map(|c| format!("{} {}", quote(c.name), c.sql_type)),
            )
            .collect();
        let unique: Vec<String> = std::iter::once("srvid".to_owned())
            .chain(self.keys.iter().map(|k| quote(k.name)))
            .collect();
        // Every table is partitioned by server (see `partition_sql`); ids
        // come from sequences, as identity columns on partitioned tables
        // need PostgreSQL 17.
        vec![
            format!("CREATE SEQUENCE IF NOT EXISTS {keys}_id_seq"),
            format!("CREATE SEQUENCE IF NOT EXISTS {p}_batch_seq"),
            format!(
                "CREATE TABLE IF NOT EXISTS {keys} (
                    srvid integer NOT NULL,
                    id    bigint NOT NULL DEFAULT nextval('{keys}_id_seq'),
                    {identity}
                    PRIMARY KEY (srvid, id),
                    UNIQUE ({unique})) PARTITION BY LIST (srvid)",
                identity = identity
                    .iter()
                    .map(|c| format!("{c},\n"))
                    .collect::<String>(),
                unique = unique.join(", "),
            ),
            // The counter names, in array order, per server.
            format!(
                "CREATE TABLE IF NOT EXISTS {p}_layout (
                    srvid  integer PRIMARY KEY,
                    ints   text[] NOT NULL,
                    floats text[] NOT NULL) PARTITION BY LIST (srvid)"
            ),
            format!(
                "CREATE TABLE IF NOT EXISTS {p}_snapshots (
                    srvid integer NOT NULL,
                    ts    timestamptz NOT NULL,
                    PRIMARY KEY (srvid, ts)) PARTITION BY LIST (srvid)"
            ),
            format!(
                "CREATE TABLE IF NOT EXISTS {p}_src (
                    srvid       integer NOT NULL,
                    chunk       bigint NOT NULL,
                    ts          timestamptz NOT NULL,
                    ids         bigint[] NOT NULL,
                    int_width   integer NOT NULL,
                    float_width integer NOT NULL,
                    ints        bigint[] NOT NULL,
                    floats      double precision[] NOT NULL,
                    PRIMARY KEY (srvid, chunk, ts)) PARTITION BY LIST (srvid)"
            ),
            format!(
                "CREATE TABLE IF NOT EXISTS {p}_batches (
                    srvid    integer NOT NULL,
                    batch    bigint NOT NULL DEFAULT nextval('{p}_batch_seq'),
                    first_ts timestamptz NOT NULL,
                    last_ts  timestamptz NOT NULL,
                    ts       timestamptz[] NOT NULL,
                    PRIMARY KEY (srvid, batch)) PARTITION BY LIST (srvid)"
            ),
            format!("CREATE INDEX IF NOT EXISTS {p}_batches_ts ON {p}_batches (srvid, last_ts)"),
            format!(
                "CREATE TABLE IF NOT EXISTS {p}_history (
                    srvid       integer NOT NULL,
                    batch       bigint NOT NULL,
                    id          bigint NOT NULL,
                    positions   integer[],
                    samples     integer NOT NULL,
                    int_width   integer NOT NULL,
                    float_width integer NOT NULL,
                    -- codec::pack_samples: a few bytes per sample that moved
                    packed      bytea NOT NULL,
                    PRIMARY KEY (srvid, id, batch)) PARTITION BY LIST (srvid)"
            ),
            format!("CREATE INDEX IF NOT EXISTS {p}_history_batch ON {p}_history (srvid, batch)"),
            // Per snapshot, the steps of every row summed: grp NULL for
            // the whole server, else a value of `totals_by`.
            format!(
                "CREATE TABLE IF NOT EXISTS {p}_totals (
                    srvid  integer NOT NULL,
                    ts     timestamptz NOT NULL,
                    grp    text,
                    ints   bigint[] NOT NULL,
                    floats double precision[] NOT NULL,
                    -- The whole server's row: ids counted from 0 (see
                    -- totals::Total::restarted).
                    restarted bigint[],
                    -- The whole server's row: the segments that closed (see
                    -- totals::Total::closed_ids), as wide as ints and floats.
                    closed_ids    bigint[],
                    closed_ints   bigint[],
                    closed_floats double precision[]) PARTITION BY LIST (srvid)"
            ),
            format!(
                "CREATE UNIQUE INDEX IF NOT EXISTS {p}_totals_key
                    ON {p}_totals (srvid, grp, ts) NULLS NOT DISTINCT"
            ),
            self.totals_time_index_sql(),
            self.staging_compression_sql(),
        ]
    }

    /// Purge deletes a server's totals by time alone, which `_totals_key`
    /// (grp first) cannot find without reading the whole partition.
    fn totals_time_index_sql(&self) -> String {
        let p = self.prefix;
        format!("CREATE INDEX IF NOT EXISTS {p}_totals_ts ON {p}_totals (srvid, ts)")
    }

    /// The tables as a versioned [`schema::Schema`]: `tables_sql` makes
    /// them at the latest version; version 1 is what powa 0.1.0 made.
    pub fn schema(&self) -> schema::Schema {
        schema::Schema {
            component: self.prefix.to_owned(),
            create: self.tables_sql(),
            migrations: vec![
                schema::Migration {
                    version: 2,
                    description: "an index on the totals' times, for purge",
                    statements: vec![self.totals_time_index_sql()],
                },
                schema::Migration {
                    version: 3,
                    description: "history rows packed (codec::pack_samples)",
                    statements: self.packed_history_sql(),
                },
                schema::Migration {
                    version: 4,
                    description: "staging arrays compressed with lz4 where the server has it",
                    statements: vec![self.staging_compression_sql()],
                },
            ],
            marker_relation: format!("{}_totals", self.prefix),
        }
    }

    /// Staging rows' arrays (some 10 kB each) compressed with lz4 when the
    /// server was built with it: pglz, the default, took a tenth of a
    /// snapshot for rows that live until the next coalesce. ALTER TABLE
    /// sets it per table: on `{p}_src` and its existing partitions here
    /// (none yet on a new install); new partitions copy it
    /// (`schema::partition_sql`).
    fn staging_compression_sql(&self) -> String {
        let src = literal(&format!("{}_src", self.prefix));
        format!(
            "DO $lz4$ DECLARE t regclass; BEGIN
                IF EXISTS (SELECT FROM pg_settings
                            WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
                    FOR t IN SELECT {src}::regclass
                             UNION ALL SELECT inhrelid FROM pg_inherits WHERE inhparent = {src}::regclass
                    LOOP
                        EXECUTE format('ALTER TABLE %s ALTER COLUMN ids SET COMPRESSION lz4,
                                                      ALTER COLUMN ints SET COMPRESSION lz4,
                                                      ALTER COLUMN floats SET COMPRESSION lz4', t);
                    END LOOP;
                END IF;
            END $lz4$"
        )
    }

    /// Migration 3: the history's counter arrays (bigint ones delta-coded,
    /// double precision ones transposed) packed into one `packed` bytea.
    fn packed_history_sql(&self) -> Vec<String> {
        let p = self.prefix;
        vec![
            format!("ALTER TABLE {p}_history ADD COLUMN packed bytea"),
            format!(
                "UPDATE {p}_history h SET packed = (
                    SELECT powa_pack_history(h.samples,
                               coalesce(array_agg(r.ints ORDER BY r.position)
                                            FILTER (WHERE cardinality(r.ints) > 0), '{{}}'),
                               h.int_width,
                               coalesce(array_agg(r.floats ORDER BY r.position)
                                            FILTER (WHERE cardinality(r.floats) > 0), '{{}}'),
                               h.float_width)
                      FROM powa_history_rows(h.positions, h.samples, h.ints, h.int_width,
                                             h.floats, h.float_width) r)"
            ),
            format!(
                "ALTER TABLE {p}_history ALTER COLUMN packed SET NOT NULL,
                    DROP COLUMN ints, DROP COLUMN floats"
            ),
        ]
    }

    /// The reading functions (`CREATE OR REPLACE`: run at every startup).
    pub fn functions_sql(&self) -> Vec<String> {
        let mut statements = vec![
            self.samples_function(),
            self.snapshot_rows_function(),
            self.sample_deltas_function(),
            self.counter_deltas_function(),
            self.totals_series_function(),
            self.ids_series_function(),
            self.series_function(),
            self.gauges_function(),
        ];
        if self.generic_deltas {
            statements.push(self.deltas_function());
        }
        statements.extend(self.extra_sql.iter().map(|s| (*s).to_owned()));
        statements
    }

    /// The tables' partitions for server `server` ([`schema::partition_sql`]):
    /// one per table and server, so a server's history is dropped with its
    /// partitions and a table can be distributed by server id (Citus). Run
    /// once per server (`startup` checks the totals' partition, attached
    /// last).
    pub fn partition_sql(&self, server: i32) -> Vec<String> {
        let p = self.prefix;
        [
            self.keys_table.to_owned(),
            format!("{p}_layout"),
            format!("{p}_snapshots"),
            format!("{p}_src"),
            format!("{p}_batches"),
            format!("{p}_history"),
            // Last: its partition tells `startup` that the others exist.
            format!("{p}_totals"),
        ]
        .iter()
        .flat_map(|table| schema::partition_sql(table, server))
        .collect()
    }

    /// Every sample of [from, to] (of some ids, or all), padded to the
    /// layout's width.
    fn samples_function(&self) -> String {
        let p = self.prefix;
        format!(
            "CREATE OR REPLACE FUNCTION {p}_samples(
                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)
             RETURNS TABLE (id bigint, ts timestamptz, ints bigint[], floats double precision[])
             LANGUAGE sql STABLE AS $$
                WITH width AS (
                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats
                      FROM {p}_layout l WHERE l.srvid = _srvid),
                raw AS (
                    -- Every id: each staging row split in one pass.
                    SELECT r.id, s.ts, r.ints, r.floats
                      FROM {p}_src s,
                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r
                     WHERE _ids IS NULL AND s.srvid = _srvid AND s.ts BETWEEN _from AND _to
                       AND r.id IS NOT NULL
                    UNION ALL
                    -- Some ids: their chunks only, each looked up by its key
                    -- (srvid, chunk, ts). The branches for some ids are kept
                    -- apart from those for every id, and the chunk lookup is
                    -- fenced (OFFSET 0), because a SQL function may run on a
                    -- generic plan (PostgreSQL 15 always does): one that does
                    -- not know _ids scanned every chunk of the range.
                    SELECT r.id, s.ts, r.ints, r.floats
                      FROM (SELECT DISTINCT i / {CHUNK} AS chunk FROM unnest(_ids) i) c,
                           LATERAL (SELECT * FROM {p}_src s
                                     WHERE s.srvid = _srvid AND s.chunk = c.chunk
                                       AND s.ts BETWEEN _from AND _to OFFSET 0) s,
                           powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width,
                                             _ids) r
                     WHERE _ids IS NOT NULL
                    UNION ALL
                    SELECT h.id, b.ts[r.position], r.ints, r.floats
                      FROM {p}_batches b
                      JOIN {p}_history h ON h.srvid = b.srvid AND h.batch = b.batch,
                           powa_packed_rows(h.positions, h.samples, h.packed, h.int_width,
                                            h.float_width) r
                     WHERE _ids IS NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from
                       AND b.ts[r.position] BETWEEN _from AND _to
                    UNION ALL
                    -- Some ids' history, by its key (srvid, id, batch).
                    SELECT h.id, b.ts[r.position], r.ints, r.floats
                      FROM {p}_batches b
                      JOIN {p}_history h ON h.srvid = b.srvid AND h.batch = b.batch
                                        AND h.id = ANY (_ids),
                           powa_packed_rows(h.positions, h.samples, h.packed, h.int_width,
                                            h.float_width) r
                     WHERE _ids IS NOT NULL AND b.srvid = _srvid AND b.first_ts <= _to AND b.last_ts >= _from
                       AND b.ts[r.position] BETWEEN _from AND _to)
                SELECT raw.id, raw.ts, {padded}
                  FROM raw, width w
             $$",
            padded = padded("raw", "w.ints", "w.floats"),
        )
    }

    /// The gauges' 0-based positions in the layout's bigint and double
    /// precision arrays, as SQL over `l` (the layout row).
    fn gauge_positions(&self, array: &str) -> String {
        format!(
            "ARRAY(SELECT (u.i - 1)::int FROM unnest(l.{array}) WITH ORDINALITY AS u(n, i)
                    WHERE u.n = ANY ({}))",
            text_array(self.gauges)
        )
    }

    /// The server's layout as the reading functions use it: the arrays'
    /// widths and the gauges' positions.
    fn layout_query(&self) -> String {
        format!(
            "SELECT cardinality(l.ints) AS int_width, cardinality(l.floats) AS float_width,
                    {int_gauges} AS int_gauges, {float_gauges} AS float_gauges
               FROM {p}_layout l WHERE l.srvid = _srvid",
            p = self.prefix,
            int_gauges = self.gauge_positions("ints"),
            float_gauges = self.gauge_positions("floats"),
        )
    }

    /// Every row's sample of one snapshot, padded to the layout's width
    /// (from staging, or one sample of each history row of its batch).
    fn snapshot_rows_function(&self) -> String {
        let p = self.prefix;
        format!(
            "CREATE OR REPLACE FUNCTION {p}_snapshot_rows(_srvid integer, _ts timestamptz)
             RETURNS TABLE (id bigint, ints bigint[], floats double precision[])
             LANGUAGE sql STABLE SET jit = off AS $$
                WITH width AS (
                    SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats
                      FROM {p}_layout l WHERE l.srvid = _srvid),
                raw AS ({rows})
                SELECT raw.id, {padded}
                  FROM raw, width w
             $$",
            rows = self.snapshot_rows_sql("", "_srvid", "_ts"),
            padded = padded("raw", "w.ints", "w.floats"),
        )
    }

    /// The rows of the snapshot of server `srvid` at `ts` (SQL
    /// expressions), unpadded: (id, ints, floats), from the tables named
    /// with `suffix` (their partitions: `_srv<id>`).
    fn snapshot_rows_sql(&self, suffix: &str, srvid: &str, ts: &str) -> String {
        let p = self.prefix;
        format!(
            "SELECT r.id, r.ints, r.floats
               FROM {p}_src{suffix} s,
                    powa_counter_rows(s.ids, s.ints, s.int_width, s.floats, s.float_width) r
              WHERE s.srvid = {srvid} AND s.ts = {ts} AND r.id IS NOT NULL
             UNION ALL
             SELECT h.id, x.ints, x.floats
               FROM {p}_batches{suffix} b
               JOIN {p}_history{suffix} h ON h.srvid = b.srvid AND h.batch = b.batch,
                    powa_packed_sample(h.positions, h.samples, h.packed, h.int_width,
                                       h.float_width, array_position(b.ts, {ts})) x
              WHERE b.srvid = {srvid} AND h.srvid = {srvid}
                AND b.first_ts <= {ts} AND b.last_ts >= {ts}"
        )
    }

    /// Per id and counter, what happened in [from, to], read from the two
    /// bound snapshots and the totals between them, not from every sample:
    /// a row present at both ends and never counted from 0 inside (the
    /// totals list those that were: new, back, reset) did last − first;
    /// any other did last − first + the value at which each of its
    /// segments closed inside the range (the totals keep those: gone,
    /// reset), its last sample being the end's or its last segment's. When
    /// some snapshot of the range has no such totals, and for some ids,
    /// from their samples (`<prefix>_sample_deltas`), which a day of
    /// thousands of rows makes seconds long.
    fn counter_deltas_function(&self) -> String {
        let p = self.prefix;
        format!(
            "CREATE OR REPLACE FUNCTION {p}_counter_deltas(
                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)
             RETURNS TABLE (id bigint, first_ts timestamptz, last_ts timestamptz,
                            ints bigint[], floats double precision[])
             LANGUAGE sql STABLE SET jit = off AS $$
                WITH layout AS ({layout}),
                {previous},
                bounds AS (
                    SELECT min(sn.ts) AS first_ts, max(sn.ts) AS last_ts, count(*) AS snapshots
                      FROM snapshots sn),
                inside AS (
                    SELECT t.ts, t.restarted, t.closed_ids, t.closed_ints, t.closed_floats,
                           cardinality(t.ints) AS int_width, cardinality(t.floats) AS float_width
                      FROM {p}_totals t, bounds b
                     WHERE t.srvid = _srvid AND t.grp IS NULL AND t.closed_ids IS NOT NULL
                       AND t.ts > b.first_ts AND t.ts <= b.last_ts),
                fast AS (
                    SELECT _ids IS NULL AND b.snapshots > 0
                           AND (SELECT count(*) FROM inside) = b.snapshots - 1 AS ok
                      FROM bounds b),
                restarts AS (
                    SELECT r.id, i.ts FROM inside i, unnest(i.restarted) r(id)),
                -- A closed segment's last sample: at the snapshot before the
                -- one that closed it.
                closed AS (
                    SELECT c.id, sn.previous_ts AS ts, c.ints, c.floats
                      FROM inside i
                      JOIN snapshots sn ON sn.ts = i.ts,
                           powa_counter_rows(i.closed_ids, i.closed_ints, i.int_width,
                                             i.closed_floats, i.float_width) c),
                moved AS (
                    SELECT r.id FROM restarts r UNION SELECT c.id FROM closed c),
                at_start AS (
                    SELECT s.* FROM fast, bounds b,
                           LATERAL (SELECT * FROM {p}_snapshot_rows(_srvid, b.first_ts)
                                     WHERE fast.ok) s),
                at_end AS (
                    SELECT s.* FROM fast, bounds b,
                           LATERAL (SELECT * FROM {p}_snapshot_rows(_srvid, b.last_ts)
                                     WHERE fast.ok) s),
                direct AS (
                    SELECT e.id, b.first_ts, b.last_ts,
                           powa_int8_difference(e.ints, s.ints, l.int_gauges) AS ints,
                           powa_float8_difference(e.floats, s.floats, l.float_gauges) AS floats
                      FROM at_end e JOIN at_start s USING (id), bounds b, layout l
                     WHERE NOT EXISTS (SELECT 1 FROM moved m WHERE m.id = e.id)),
                -- The moved rows' segments, summed as `<prefix>_sample_deltas`
                -- does: each one's last sample, minus the range's first.
                segments AS (
                    SELECT s.id, b.first_ts AS ts,
                           powa_int8_negated(s.ints, l.int_gauges) AS ints,
                           powa_float8_negated(s.floats, l.float_gauges) AS floats
                      FROM at_start s, bounds b, layout l
                     WHERE s.id IN (SELECT m.id FROM moved m)
                    UNION ALL
                    SELECT e.id, b.last_ts, e.ints, e.floats
                      FROM at_end e, bounds b
                     WHERE e.id IN (SELECT m.id FROM moved m)
                    UNION ALL
                    SELECT c.id, c.ts, {closed_padded}
                      FROM closed c, layout w),
                -- A moved row's first sample: the range's first, or where it
                -- started from 0.
                firsts AS (
                    SELECT f.id, min(f.ts) AS first_ts
                      FROM (SELECT s.id, b.first_ts AS ts FROM at_start s, bounds b
                             WHERE s.id IN (SELECT m.id FROM moved m)
                            UNION ALL
                            SELECT r.id, r.ts FROM restarts r) f
                     GROUP BY f.id)
                SELECT * FROM direct
                UNION ALL
                SELECT c.id, f.first_ts, max(c.ts), {sum_segments}
                  FROM segments c JOIN firsts f USING (id), layout
                 GROUP BY c.id, f.first_ts, layout.int_width, layout.float_width,
                          layout.int_gauges, layout.float_gauges
                UNION ALL
                SELECT d.* FROM fast,
                       LATERAL {p}_sample_deltas(_srvid, _from, _to, _ids) d
                 WHERE NOT fast.ok
             $$",
            layout = self.layout_query(),
            previous = self.previous_snapshots_sql(),
            closed_padded = padded("c", "w.int_width", "w.float_width"),
            sum_segments = sum_segments("c", " ORDER BY c.ts", true),
        )
    }

    /// Per id and counter, what happened in [from, to], from every sample.
    fn sample_deltas_function(&self) -> String {
        let p = self.prefix;
        format!(
            "CREATE OR REPLACE FUNCTION {p}_sample_deltas(
                _srvid integer, _from timestamptz, _to timestamptz, _ids bigint[] DEFAULT NULL)
             RETURNS TABLE (id bigint, first_ts timestamptz, last_ts timestamptz,
                            ints bigint[], floats double precision[])
             -- JIT off: a SQL function may run on a generic plan (15 always
             -- does) whose cost counts the branches of {p}_samples a call
             -- never runs, so JIT would compile a plan of milliseconds for
             -- hundreds of them (measured: 690 ms instead of 5 ms on 15).
             LANGUAGE sql STABLE SET jit = off AS $$
                WITH layout AS ({layout}),
                start AS (
                    SELECT min(sn.ts) AS ts FROM {p}_snapshots sn
                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                {previous},
                -- A row absent from the range's first snapshot or from the
                -- snapshot before (a reset, an eviction), or whose
                -- cumulative counters went down, starts a segment from 0.
                flagged AS (
                    SELECT s.*,
                           CASE WHEN lag(s.ts) OVER w IS NULL THEN (s.ts > start.ts)::int
                                ELSE ({restarts})::int
                           END AS reset
                      FROM {p}_samples(_srvid, _from, _to, _ids) s
                      JOIN snapshots sn ON sn.ts = s.ts, layout, start
                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),
                -- A row's delta is the sum of its segments: last - first for
                -- the one from the range's start, last for one from 0. Only
                -- the samples that count are kept: each segment's last, and
                -- the first one of the range (the baseline, subtracted), so
                -- a day of samples sorts once and sums two rows per row.
                marked AS (
                    SELECT f.id, f.ts, f.ints, f.floats,
                           min(f.ts) OVER (PARTITION BY f.id) AS first_ts,
                           lead(f.reset) OVER w IS DISTINCT FROM 0 AS is_last,
                           lag(f.ts) OVER w IS NULL AND f.reset = 0 AS is_baseline
                      FROM flagged f
                    WINDOW w AS (PARTITION BY f.id ORDER BY f.ts)),
                counted AS (
                    SELECT m.id, m.ts, m.first_ts,
                           CASE WHEN m.is_last AND m.is_baseline
                                     THEN powa_int8_difference(m.ints, m.ints, layout.int_gauges)
                                WHEN m.is_last
                                     THEN powa_int8_difference(m.ints, NULL, layout.int_gauges)
                                ELSE powa_int8_negated(m.ints, layout.int_gauges)
                           END AS ints,
                           CASE WHEN m.is_last AND m.is_baseline
                                     THEN powa_float8_difference(m.floats, m.floats, layout.float_gauges)
                                WHEN m.is_last
                                     THEN powa_float8_difference(m.floats, NULL, layout.float_gauges)
                                ELSE powa_float8_negated(m.floats, layout.float_gauges)
                           END AS floats
                      FROM marked m, layout
                     WHERE m.is_last OR m.is_baseline)
                SELECT c.id, min(c.first_ts), max(c.ts),
                       {sum_segments}
                  FROM counted c, layout
                 GROUP BY c.id, layout.int_width, layout.float_width, layout.int_gauges,
                          layout.float_gauges
             $$",
            layout = self.layout_query(),
            sum_segments = sum_segments("c", " ORDER BY c.ts", true),
            previous = self.previous_snapshots_sql(),
            restarts = RESTARTS,
        )
    }

    /// The gauges' names: what readers draw as values, not rates.
    fn gauges_function(&self) -> String {
        format!(
            "CREATE OR REPLACE FUNCTION {p}_gauges() RETURNS text[]
             LANGUAGE sql IMMUTABLE AS $$ SELECT {gauges} $$",
            p = self.prefix,
            gauges = text_array(self.gauges),
        )
    }

    /// What charts read: the range cut into about `_points` buckets of
    /// equal time, and per bucket the deltas of every counter summed over
    /// the rows (a gauge: each row's last value, summed), with the seconds
    /// they cover (from the previous bucket's last snapshot, or the range's
    /// first one). Downsampling happens here so a chart receives about its
    /// width in points, whatever the range holds. The whole server's are
    /// read from `<prefix>_totals`, some rows' from their samples.
    fn series_function(&self) -> String {
        let p = self.prefix;
        format!(
            "CREATE OR REPLACE FUNCTION {p}_series(
                _srvid integer, _from timestamptz, _to timestamptz, _points integer,
                _ids bigint[] DEFAULT NULL)
             RETURNS TABLE (ts timestamptz, seconds double precision, ints bigint[],
                            floats double precision[])
             LANGUAGE sql STABLE SET jit = off AS $$
                SELECT t.ts, t.seconds, t.ints, t.floats
                  FROM {p}_totals_series(_srvid, _from, _to, _points) t
                 WHERE _ids IS NULL
                UNION ALL
                SELECT i.ts, i.seconds, i.ints, i.floats
                  FROM {p}_ids_series(_srvid, _from, _to, _points, _ids) i
                 WHERE _ids IS NOT NULL
                ORDER BY 1
             $$"
        )
    }

    /// The span of a range (its first snapshot, the seconds per bucket)
    /// and each bucket's last snapshot with the seconds it covers, as CTEs
    /// `span` and `timed` (the latter after the caller's own CTEs).
    fn span_sql(&self) -> String {
        format!(
            "span AS (
                SELECT min(sn.ts) AS first_ts,
                       greatest(extract(epoch FROM max(sn.ts) - min(sn.ts)), 1e-6)
                           / greatest(_points, 1) AS bucket_seconds
                  FROM {p}_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to)",
            p = self.prefix
        )
    }

    /// The range's snapshots with the one before each (NULL for the
    /// first), as CTE `snapshots`: a sample whose row's previous one is not
    /// from the snapshot before counts from 0.
    fn previous_snapshots_sql(&self) -> String {
        format!(
            "snapshots AS (
                SELECT sn.ts, lag(sn.ts) OVER (ORDER BY sn.ts) AS previous_ts
                  FROM {p}_snapshots sn
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to)",
            p = self.prefix
        )
    }

    fn timed_sql(&self) -> String {
        format!(
            "buckets AS (
                SELECT {bucket} AS bucket, max(sn.ts) AS ts
                  FROM {p}_snapshots sn, span
                 WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to
                 GROUP BY 1),
            timed AS (
                SELECT b.bucket, b.ts,
                       extract(epoch FROM b.ts - coalesce(lag(b.ts) OVER (ORDER BY b.ts),
                                                           span.first_ts))::double precision
                           AS seconds
                  FROM buckets b, span)",
            p = self.prefix,
            bucket = bucket_of("sn.ts"),
        )
    }

    /// The whole server's series (or, `_by_group`, each group's) from the
    /// per-snapshot totals: a row per snapshot, whatever the number of
    /// rows. A snapshot's totals cover the time since the previous one, so
    /// the range's first snapshot's are left out.
    fn totals_series_function(&self) -> String {
        let p = self.prefix;
        format!(
            "CREATE OR REPLACE FUNCTION {p}_totals_series(
                _srvid integer, _from timestamptz, _to timestamptz, _points integer,
                _by_group boolean DEFAULT false)
             RETURNS TABLE (grp text, ts timestamptz, seconds double precision, ints bigint[],
                            floats double precision[])
             LANGUAGE sql STABLE SET jit = off AS $$
                WITH layout AS ({layout}),
                {span},
                steps AS (
                    SELECT t.grp, t.ts, {bucket} AS bucket, {padded}
                      FROM {p}_totals t, layout, span
                     WHERE t.srvid = _srvid AND t.ts > span.first_ts AND t.ts <= _to
                       AND (t.grp IS NOT NULL) = _by_group),
                summed AS (
                    SELECT st.grp, st.bucket,
                           {sum_segments}
                      FROM steps st, layout
                     GROUP BY st.grp, st.bucket, layout.int_width, layout.float_width,
                              layout.int_gauges, layout.float_gauges),
                {timed}
                SELECT s.grp, t.ts, t.seconds, s.ints, s.floats
                  FROM timed t JOIN summed s USING (bucket)
                 WHERE t.seconds > 0
                 ORDER BY s.grp, t.ts
             $$",
            layout = self.layout_query(),
            sum_segments = sum_segments("st", " ORDER BY st.ts", true),
            padded = padded("t", "layout.int_width", "layout.float_width"),
            span = self.span_sql(),
            timed = self.timed_sql(),
            bucket = bucket_of("t.ts"),
        )
    }

    /// Some rows' series (`_ids`; NULL: every row, which reads every
    /// sample of the range: what the totals spare the whole server's
    /// charts, kept to check them against).
    fn ids_series_function(&self) -> String {
        let p = self.prefix;
        format!(
            "CREATE OR REPLACE FUNCTION {p}_ids_series(
                _srvid integer, _from timestamptz, _to timestamptz, _points integer,
                _ids bigint[] DEFAULT NULL)
             RETURNS TABLE (ts timestamptz, seconds double precision, ints bigint[],
                            floats double precision[])
             LANGUAGE sql STABLE SET jit = off AS $$
                WITH layout AS ({layout}),
                {span},
                {previous},
                -- Each sample after the first of its id: what happened since
                -- the previous one. A row absent from the range's first
                -- snapshot or from the snapshot before, or whose cumulative
                -- counters went down, counts from 0 (as {p}_counter_deltas
                -- and the totals).
                flagged AS (
                    SELECT s.id, s.ts, s.ints, s.floats,
                           lag(s.ints) OVER w AS previous_ints,
                           lag(s.floats) OVER w AS previous_floats,
                           CASE WHEN lag(s.ts) OVER w IS NULL THEN
                                     CASE WHEN s.ts > span.first_ts THEN 1 END
                                WHEN {restarts} THEN 1
                                ELSE 0
                           END AS reset
                      FROM {p}_samples(_srvid, _from, _to, _ids) s
                      JOIN snapshots sn ON sn.ts = s.ts, layout, span
                    WINDOW w AS (PARTITION BY s.id ORDER BY s.ts)),
                steps AS (
                    SELECT f.id, f.ts, {bucket} AS bucket,
                           powa_int8_difference(f.ints, CASE WHEN f.reset = 0 THEN f.previous_ints END,
                                                layout.int_gauges) AS ints,
                           powa_float8_difference(f.floats,
                                                  CASE WHEN f.reset = 0 THEN f.previous_floats END,
                                                  layout.float_gauges) AS floats
                      FROM flagged f, layout, span
                     WHERE f.reset IS NOT NULL),
                per_id AS (
                    SELECT st.bucket, st.id,
                           {per_id}
                      FROM steps st, layout
                     GROUP BY st.bucket, st.id, layout.int_width, layout.float_width,
                              layout.int_gauges, layout.float_gauges),
                summed AS (
                    SELECT pi.bucket,
                           {summed}
                      FROM per_id pi, layout
                     GROUP BY pi.bucket, layout.int_width, layout.float_width),
                {timed}
                SELECT t.ts, t.seconds, s.ints, s.floats
                  FROM timed t JOIN summed s USING (bucket)
                 WHERE t.seconds > 0
                 ORDER BY t.ts
             $$",
            layout = self.layout_query(),
            summed = sum_segments("pi", "", false),
            per_id = sum_segments("st", " ORDER BY st.ts", true),
            span = self.span_sql(),
            previous = self.previous_snapshots_sql(),
            restarts = RESTARTS,
            timed = self.timed_sql(),
            bucket = bucket_of("f.ts"),
        )
    }

    /// What users read: per row of the view, the deltas of [from, to].
    fn deltas_function(&self) -> String {
        let (p, keys) = (self.prefix, self.keys_table);
        let identity: Vec<&Column> = self.identity().collect();
        let mut returns: Vec<String> = identity
            .iter()
            .map(|c| format!("{} {}", quote(c.name), c.sql_type))
            .collect();
        returns.extend(
            self.headline
                .iter()
                .map(|(name, kind)| format!("{} {kind}", quote(name))),
        );
        returns.push("seconds double precision".to_owned());
        returns.push("counters jsonb".to_owned());
        returns.push("rates jsonb".to_owned());
        let mut select: Vec<String> = identity
            .iter()
            .map(|c| format!("d.{}", quote(c.name)))
            .collect();
        select.extend(
            self.headline
                .iter()
                .map(|(name, kind)| format!("(d.counters->>{})::{kind}", literal(name))),
        );
        let key_columns: Vec<String> = identity
            .iter()
            .map(|c| format!("k.{}", quote(c.name)))
            .collect();
        format!(
            "CREATE OR REPLACE FUNCTION {p}_deltas(
                _from timestamptz, _to timestamptz, _srvid integer DEFAULT 0)
             RETURNS TABLE ({returns})
             LANGUAGE sql STABLE AS $$
                WITH span AS (
                    SELECT extract(epoch FROM max(sn.ts) - min(sn.ts))::double precision AS seconds
                      FROM {p}_snapshots sn
                     WHERE sn.srvid = _srvid AND sn.ts BETWEEN _from AND _to),
                deltas AS (
                    SELECT {key_columns}{comma} span.seconds,
                           coalesce((SELECT jsonb_object_agg(u.n, d.ints[u.i])
                                       FROM unnest(l.ints) WITH ORDINALITY AS u(n, i)), '{{}}')
                           || coalesce((SELECT jsonb_object_agg(u.n, d.floats[u.i])
                                          FROM unnest(l.floats) WITH ORDINALITY AS u(n, i)), '{{}}')
                           AS counters
                      FROM {p}_counter_deltas(_srvid, _from, _to) d
                      JOIN {keys} k ON k.srvid = _srvid AND k.id = d.id
                      JOIN {p}_layout l ON l.srvid = _srvid, span)
                SELECT {select}{comma2} d.seconds, d.counters,
                       (SELECT jsonb_object_agg(c.key, c.value::text::double precision
                                                    / nullif(d.seconds, 0))
                          FROM jsonb_each(d.counters) c
                         WHERE jsonb_typeof(c.value) = 'number' AND c.key <> ALL ({gauges}))
                  FROM deltas d
             $$",
            returns = returns.join(", "),
            key_columns = key_columns.join(", "),
            comma = if key_columns.is_empty() { "" } else { "," },
            select = select.join(", "),
            comma2 = if select.is_empty() { "" } else { "," },
            gauges = text_array(self.gauges),
        )
    }
}

/// The rows of one snapshot grouped into staging chunks (id / [`CHUNK`]).
#[derive(Debug, Default, PartialEq)]
pub struct Chunks {
    pub chunks: Vec<i64>,
    pub starts: Vec<i64>,
    pub ends: Vec<i64>,
    pub ids: Vec<i64>,
    pub ints: Vec<Option<i64>>,
    pub floats: Vec<Option<f64>>,
}

impl Chunks {
    /// `ids[r]` is row r's id (None: skipped); its counters are
    /// `ints[r * int_width..]` and `floats[r * float_width..]`.
    pub fn group(
        ids: &[Option<i64>],
        ints: &[Option<i64>],
        int_width: usize,
        floats: &[Option<f64>],
        float_width: usize,
    ) -> Chunks {
        let mut rows: BTreeMap<i64, Vec<(i64, usize)>> = BTreeMap::new();
        for (r, id) in ids.iter().enumerate() {
            if let Some(id) = id {
                rows.entry(id.div_euclid(CHUNK)).or_default().push((*id, r));
            }
        }
        let mut out = Chunks::default();
        for (chunk, mut members) in rows {
            members.sort_unstable();
            out.chunks.push(chunk);
            out.starts.push(out.ids.len() as i64);
            for (id, r) in members {
                out.ids.push(id);
                out.ints
                    .extend_from_slice(&ints[r * int_width..(r + 1) * int_width]);
                out.floats
                    .extend_from_slice(&floats[r * float_width..(r + 1) * float_width]);
            }
            out.ends.push(out.ids.len() as i64);
        }
        out
    }
}

/// One snapshot's rows with each id once: when several rows got the same
/// id (a view showing a key twice: pg_qualstats keeps an entry per set of
/// AND-ed predicates, its `uniquequalid`, which is no key of ours), the
/// first one's counters become their sum (None + x = x) and the others are
/// skipped (their id set to None). Returns the counters so summed, None
/// when no id repeats.
fn merge_duplicates(
    ids: &mut [Option<i64>],
    ints: &[Option<i64>],
    int_width: usize,
    floats: &[Option<f64>],
    float_width: usize,
) -> Option<codec::Sample> {
    let mut first: FxHashMap<i64, usize> =
        FxHashMap::with_capacity_and_hasher(ids.len(), Default::default());
    let mut repeated: Vec<(usize, usize)> = Vec::new();
    for (row, id) in ids.iter().enumerate() {
        if let Some(id) = id {
            if let Some(&kept) = first.get(id) {
                repeated.push((kept, row));
            } else {
                first.insert(*id, row);
            }
        }
    }
    if repeated.is_empty() {
        return None;
    }
    /// Row `row`'s counters added into row `kept`'s (kept < row).
    fn fold<T: codec::Counter>(values: &mut [Option<T>], width: usize, kept: usize, row: usize) {
        let (head, tail) = values.split_at_mut(row * width);
        totals::add(&mut head[kept * width..(kept + 1) * width], &tail[..width]);
    }
    let (mut ints, mut floats) = (ints.to_vec(), floats.to_vec());
    for (kept, row) in repeated {
        fold(&mut ints, int_width, kept, row);
        fold(&mut floats, float_width, kept, row);
        ids[row] = None;
    }
    Some((ints, floats))
}

/// A [`DataSource`] keeping a [`Source`]'s counters.
pub struct CounterHistory {
    source: &'static Source,
    /// Whether this server's lack of the view was said already.
    told_unavailable: bool,
    /// Per server, the last snapshot stored and its time: the next
    /// snapshot's totals are the steps from it. Read back from the
    /// repository when it is not the repository's last (after a restart,
    /// or a snapshot rolled back).
    previous: HashMap<i32, (Timestamp, totals::Snapshot)>,
    /// Per server, the ids of the rows seen: only new rows are sent to the
    /// repository to be given one (see [`CounterHistory::check_ids`]).
    ids: HashMap<i32, IdCache>,
}

/// Identity values (keys, or attributes) of one row, as text.
type Values = Vec<Option<String>>;

/// The ids of a server's rows, by key, with the attributes they were
/// stored with when the source refreshes them.
#[derive(Debug, Default)]
struct IdCache {
    /// The layout row's version (its xmin) when the ids were read: a purge
    /// that deletes keys updates that row.
    generation: Option<String>,
    ids: FxHashMap<Key, (i64, Values)>,
}

/// Row `row`'s values of `columns` (column-major).
fn values_of(columns: &[TextColumn<'_>], row: usize) -> Values {
    columns
        .iter()
        .map(|column| column[row].map(str::to_owned))
        .collect()
}

/// A key or attribute column of a snapshot's rows, borrowed from the
/// query's result: a snapshot of thousands of rows copies only the new
/// ones' (for the repository).
type TextColumn<'a> = Vec<Option<&'a str>>;

/// Row `row`'s value of a text column of the host's result.
fn text_at<'r>(row: &crate::Row<'r>, at: usize) -> PluginResult<Option<&'r str>> {
    match &row.values()[at] {
        crate::Value::Text(text) => Ok(Some(text.as_str())),
        crate::Value::Null => Ok(None),
        other => Err(PluginError::msg(format!(
            "column {at} of the snapshot is {}, not text",
            other.type_name()
        ))),
    }
}

/// A row's key in the id cache. Looked up through [`KeyView`], so that a
/// row of column-major values is found without being copied (thousands
/// of rows per snapshot, each a vector and its strings).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key(Values);

/// A key's parts as text (None: NULL), wherever they are.
trait KeyView {
    fn parts(&self) -> usize;
    fn part(&self, i: usize) -> Option<&str>;
}

impl KeyView for Key {
    fn parts(&self) -> usize {
        self.0.len()
    }
    fn part(&self, i: usize) -> Option<&str> {
        self.0[i].as_deref()
    }
}

/// Row `row` of column-major `columns`.
struct RowOf<'a, 'b> {
    columns: &'a [TextColumn<'b>],
    row: usize,
}

impl KeyView for RowOf<'_, '_> {
    fn parts(&self) -> usize {
        self.columns.len()
    }
    fn part(&self, i: usize) -> Option<&str> {
        self.columns[i][self.row]
    }
}

impl std::hash::Hash for dyn KeyView + '_ {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_usize(self.parts());
        for i in 0..self.parts() {
            match self.part(i) {
                None => state.write_u8(0),
                Some(text) => {
                    state.write_u8(1);
                    state.write(text.as_bytes());
                    state.write_u8(0xff);
                }
            }
        }
    }
}

impl PartialEq for dyn KeyView + '_ {
    fn eq(&self, other: &Self) -> bool {
        self.parts() == other.parts() && (0..self.parts()).all(|i| self.part(i) == other.part(i))
    }
}

impl Eq for dyn KeyView + '_ {}

impl std::hash::Hash for Key {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (self as &dyn KeyView).hash(state)
    }
}

impl<'a> std::borrow::Borrow<dyn KeyView + 'a> for Key {
    fn borrow(&self) -> &(dyn KeyView + 'a) {
        self
    }
}

impl CounterHistory {
    pub fn new(source: &'static Source) -> Self {
        Self {
            source,
            told_unavailable: false,
            previous: HashMap::new(),
            ids: HashMap::new(),
        }
    }

    /// The counters the monitored server's relations have.
    fn current_layout(&self, host: &mut Host<'_>, relations: &[&str]) -> PluginResult<Layout> {
        let names: Vec<String> = relations.iter().map(|r| (*r).to_owned()).collect();
        let rows = host
            .query_monitored(Source::COUNTERS, &[&names])
            .map_err(|error| {
                PluginError::msg(format!(
                    "cannot read the columns of {} on the monitored server ({error}){}",
                    relations.join(", "),
                    self.source.missing_hint
                ))
            })?;
        let mut layout = Layout::default();
        for row in rows.rows() {
            let relation: String = row.get("relation")?;
            let Some(name) = row.get::<Option<String>>("name")? else {
                return Err(PluginError::msg(format!(
                    "the monitored server has no relation {relation}{}",
                    self.source.missing_hint
                )));
            };
            if !self.source.is_counter(&name) {
                continue;
            }
            if row.get::<bool>("is_float")? {
                layout.floats.push(name);
            } else {
                layout.ints.push(name);
            }
        }
        if let Some(required) = self.source.required_counter {
            if !layout.ints.iter().any(|n| n == required) {
                return Err(PluginError::msg(format!(
                    "the monitored server's {} has no {required} column",
                    relations.join(", ")
                )));
            }
        }
        Ok(layout)
    }

    /// The repository's layout for this server, extended with `current`'s
    /// new counters (and saved when that changed it).
    pub fn layout(&self, host: &mut Host<'_>, current: &Layout) -> PluginResult<Layout> {
        let (p, server) = (self.source.prefix, host.server_id());
        let stored = host.query(
            &format!("SELECT ints, floats FROM {p}_layout WHERE srvid = $1"),
            &[&server],
        )?;
        let stored = match stored.rows().next() {
            Some(row) => Layout {
                ints: texts(row.get("ints")?),
                floats: texts(row.get("floats")?),
            },
            None => Layout::default(),
        };
        let merged = Layout::merged(&stored, current);
        if merged != stored {
            host.execute(
                &format!(
                    "INSERT INTO {p}_layout (srvid, ints, floats) VALUES ($1, $2, $3)
                     ON CONFLICT (srvid) DO UPDATE SET ints = excluded.ints, floats = excluded.floats"
                ),
                &[&server, &merged.ints, &merged.floats],
            )?;
        }
        Ok(merged)
    }
}

fn texts(values: Vec<Option<String>>) -> Vec<String> {
    values.into_iter().flatten().collect()
}

impl DataSource for CounterHistory {
    fn startup(&mut self, host: &mut Host<'_>) -> PluginResult {
        if let Some(extension) = self.source.extension {
            host.requires_extension(extension);
        }
        let server = host.server_id();
        schema::ensure(host, &self.source.schema())?;
        // Partitions are made once per server: table DDL locks the parent
        // tables, which other servers' snapshots (remote mode) write to.
        let partitioned = host
            .query(
                "SELECT to_regclass($1) IS NOT NULL AS partitioned",
                &[&format!("{}_totals_srv{server}", self.source.prefix)],
            )?
            .one()?
            .get::<bool>("partitioned")?;
        let tables = if partitioned {
            Vec::new()
        } else {
            self.source.partition_sql(server)
        };
        for statement in tables.into_iter().chain(self.source.functions_sql()) {
            host.execute(&statement, &[])?;
        }
        if !self.source.private_attributes.is_empty() {
            let keys = self.source.keys_table;
            host.execute(
                &schema::private_columns_sql(keys, self.source.private_attributes),
                &[],
            )?;
        }
        Ok(())
    }

    fn snapshot(&mut self, host: &mut Host<'_>) -> PluginResult {
        let source = self.source;
        let major = host.server_major_version();
        let Some(relations) = (source.relations)(major) else {
            if !self.told_unavailable {
                self.told_unavailable = true;
                host.log(
                    crate::LogLevel::Log,
                    &format!(
                        "{}: PostgreSQL {major} has nothing to collect for this source{}",
                        source.prefix, source.missing_hint
                    ),
                );
            }
            return Ok(());
        };
        let current = self.current_layout(host, relations)?;
        let layout = self.layout(host, &current)?;
        let lazy = source.lazy_attributes();
        let query = source.snapshot_query(relations, &layout, &current);
        let rows = match source.ignored_users_column {
            Some(_) => {
                let ignored = host.ignored_users()?;
                host.query_monitored(&query, &[&ignored])?
            }
            None => host.query_monitored(&query, &[])?,
        };
        let count = rows.len();
        // The identity columns' names, once: k0.. for keys, a0.. for attributes.
        let read_attributes = if lazy { 0 } else { source.attributes.len() };
        let names: Vec<String> = (0..source.keys.len())
            .map(|i| format!("k{i}"))
            .chain((0..read_attributes).map(|i| format!("a{i}")))
            .collect();
        let mut columns: Vec<TextColumn<'_>> = vec![Vec::with_capacity(count); names.len()];
        let (int_width, float_width) = (layout.ints.len(), layout.floats.len());
        let mut ints: Vec<Option<i64>> = Vec::with_capacity(count * int_width);
        let mut floats: Vec<Option<f64>> = Vec::with_capacity(count * float_width);
        // Columns by position, found once (by name, a lookup per value).
        let position = |name: &str| {
            rows.columns
                .iter()
                .position(|c| c.as_str() == name)
                .ok_or_else(|| {
                    PluginError::msg(format!(
                        "{}: the snapshot has no column {name}",
                        source.prefix
                    ))
                })
        };
        if count > 0 {
            let identity_at = names
                .iter()
                .map(|name| position(name))
                .collect::<PluginResult<Vec<usize>>>()?;
            let (ints_at, floats_at) = (position("ints")?, position("floats")?);
            for row in rows.rows() {
                for (column, &at) in columns.iter_mut().zip(&identity_at) {
                    column.push(text_at(&row, at)?);
                }
                // Straight from the host's arrays, without a vector per row.
                match &row.values()[ints_at] {
                    crate::Value::Int8Array(values) => {
                        ints.extend(values.iter().map(|v| v.into_option()))
                    }
                    _ => ints.extend(row.get::<Vec<Option<i64>>>(ints_at)?),
                }
                match &row.values()[floats_at] {
                    crate::Value::Float8Array(values) => {
                        floats.extend(values.iter().map(|v| v.into_option()))
                    }
                    _ => floats.extend(row.get::<Vec<Option<f64>>>(floats_at)?),
                }
            }
        }
        let last = self.check_ids(host)?;
        let cached = self.cached_ids(host.server_id(), &columns, count);
        // A lazy source's cached ids tell the new rows, whose attributes
        // are read now (and which are skipped if gone since).
        let mut gone = Vec::new();
        let fetched: Vec<(usize, Option<Values>)>;
        if lazy {
            fetched = self.read_new_attributes(host, relations, &columns, &cached)?;
            columns.resize(names.len() + source.attributes.len(), vec![None; count]);
            gone = vec![false; count];
            for (row, attributes) in &fetched {
                match attributes {
                    Some(attributes) => {
                        for (i, value) in attributes.iter().enumerate() {
                            columns[names.len() + i][*row] = value.as_deref();
                        }
                    }
                    None => gone[*row] = true,
                }
            }
        }
        self.store_checked(
            host, last, &layout, count, &columns, &ints, &floats, &gone, &cached,
        )
    }

    fn aggregate(&mut self, host: &mut Host<'_>) -> PluginResult {
        host.execute(&self.source.coalesce_sql(), &[&host.server_id()])?;
        Ok(())
    }

    fn purge(&mut self, host: &mut Host<'_>, retention: Duration) -> PluginResult {
        let cutoff =
            Timestamp::from_unix_micros(host.now().unix_micros - retention.as_micros() as i64);
        let server = host.server_id();
        for statement in self.source.purge_sql() {
            host.execute(&statement, &[&server, &cutoff])?;
        }
        Ok(())
    }

    // unregister: the default, which keeps the history. A source leaves
    // walker.plugins or loses its extension, perhaps for a while: what it
    // collected stays readable, and continues if it comes back.
}

impl CounterHistory {
    /// Stores one snapshot of the source's `count` rows: `identity` holds
    /// one text column per key then attribute, `ints` and `floats` the
    /// rows' counters one row after the other in `layout`'s order; then
    /// the totals of what they did since the previous snapshot. Public for
    /// sources whose rows come from elsewhere than a monitored query (the
    /// wait-event sampler's memory).
    pub fn store(
        &mut self,
        host: &mut Host<'_>,
        layout: &Layout,
        count: usize,
        identity: &[Vec<Option<String>>],
        ints: &[Option<i64>],
        floats: &[Option<f64>],
    ) -> PluginResult {
        let last = self.check_ids(host)?;
        let identity: Vec<TextColumn<'_>> = identity
            .iter()
            .map(|column| column.iter().map(|v| v.as_deref()).collect())
            .collect();
        let cached = self.cached_ids(host.server_id(), &identity, count);
        self.store_checked(
            host,
            last,
            layout,
            count,
            &identity,
            ints,
            floats,
            &[],
            &cached,
        )
    }

    /// [`CounterHistory::store`] once [`CounterHistory::check_ids`] gave the
    /// repository's `last` snapshot time; the rows marked in `gone` (gone
    /// from the monitored server before their attributes were read) are
    /// left out this once; `cached`: the ids the cache gave
    /// ([`CounterHistory::cached_ids`]).
    #[allow(clippy::too_many_arguments)]
    fn store_checked(
        &mut self,
        host: &mut Host<'_>,
        last: Option<Timestamp>,
        layout: &Layout,
        count: usize,
        identity: &[TextColumn<'_>],
        ints: &[Option<i64>],
        floats: &[Option<f64>],
        gone: &[bool],
        cached: &[Option<i64>],
    ) -> PluginResult {
        let source = self.source;
        let (int_width, float_width) = (layout.ints.len(), layout.floats.len());
        if identity.iter().any(|column| column.len() != count)
            || ints.len() != count * int_width
            || floats.len() != count * float_width
        {
            return Err(PluginError::msg(format!(
                "{}: the rows to store do not match: {count} rows, {} identity columns, \
                 {} bigint counters of {int_width} per row, {} double precision of {float_width}",
                source.prefix,
                identity.len(),
                ints.len(),
                floats.len()
            )));
        }
        let server = host.server_id();
        let (mut ids, added) = self.ids_of(host, identity, gone, cached)?;
        let merged = merge_duplicates(&mut ids, ints, int_width, floats, float_width);
        let (ints, floats) = match &merged {
            Some((ints, floats)) => (ints.as_slice(), floats.as_slice()),
            None => (ints, floats),
        };
        let previous = self.previous_snapshot(host, layout, last)?;
        let chunks = Chunks::group(&ids, ints, int_width, floats, float_width);
        let (int_width_param, float_width_param) = (int_width as i32, float_width as i32);
        let now = host.now();
        host.execute(
            &source.insert_snapshot_sql(),
            &[
                &server,
                &now,
                &chunks.chunks,
                &chunks.starts,
                &chunks.ends,
                &chunks.ids,
                &chunks.ints,
                &int_width_param,
                &chunks.floats,
                &float_width_param,
            ],
        )?;
        let groups = match source.totals_by {
            Some(name) => {
                let column = source
                    .identity()
                    .position(|c| c.name == name)
                    .ok_or_else(|| {
                        PluginError::msg(format!(
                            "{}: totals_by names {name}, which is no key nor attribute",
                            source.prefix
                        ))
                    })?;
                Some(identity[column].as_slice())
            }
            None => None,
        };
        let rows = totals::Rows {
            ids: &ids,
            ints,
            int_width,
            floats,
            float_width,
            groups,
        };
        if let Some(previous) = previous {
            let totals = rows.totals(&previous, &source.gauge_positions_of(layout));
            let names: Vec<Option<String>> = totals.iter().map(|t| t.group.clone()).collect();
            let total_ints: Vec<Option<i64>> =
                totals.iter().flat_map(|t| t.ints.iter().copied()).collect();
            let total_floats: Vec<Option<f64>> = totals
                .iter()
                .flat_map(|t| t.floats.iter().copied())
                .collect();
            host.execute(
                &source.insert_totals_sql(),
                &[
                    &server,
                    &now,
                    &names,
                    &total_ints,
                    &int_width_param,
                    &total_floats,
                    &float_width_param,
                    &totals[0].restarted,
                    &totals[0].closed_ids,
                    &totals[0].closed_ints,
                    &totals[0].closed_floats,
                ],
            )?;
        }
        self.previous.insert(server, (now, rows.snapshot()));
        // Only now: a snapshot that failed rolled back the keys it added.
        self.ids.entry(server).or_default().ids.extend(added);
        Ok(())
    }

    /// The repository's last snapshot time of the server; the cached ids
    /// are forgotten unless they are still right: that snapshot is the
    /// one this source stored last (not rolled back, none taken by another
    /// process since, which may have added keys) and no purge deleted keys
    /// since (it updates the layout row).
    fn check_ids(&mut self, host: &mut Host<'_>) -> PluginResult<Option<Timestamp>> {
        let (p, server) = (self.source.prefix, host.server_id());
        // The server's partitions, not the parent tables: the collector's
        // statements are prepared once, and a generic plan over a parent
        // locks every server's partition, so it would wait on another
        // server's lock (a stalled snapshot, a user's LOCK TABLE).
        let state = host.query(
            &format!(
                "SELECT (SELECT max(ts) FROM {p}_snapshots_srv{server}) AS ts,
                        (SELECT xmin::text FROM {p}_layout_srv{server}) AS generation"
            ),
            &[],
        )?;
        let (last, generation) = match state.rows().next() {
            Some(row) => (
                row.get::<Option<Timestamp>>("ts")?,
                row.get::<Option<String>>("generation")?,
            ),
            None => (None, None),
        };
        let stored_last = self.previous.get(&server).map(|(ts, _)| *ts);
        let cache = self.ids.entry(server).or_default();
        if stored_last != last || cache.generation != generation {
            cache.ids.clear();
            cache.generation = generation;
        }
        Ok(last)
    }

    /// Each row's cached id (None: a new row, or one whose refreshed
    /// attributes changed), looked up without copying its key; `identity`
    /// may stop after the keys (a lazy source's attributes are not read yet,
    /// and are never refreshed).
    fn cached_ids(
        &self,
        server: i32,
        identity: &[TextColumn<'_>],
        count: usize,
    ) -> Vec<Option<i64>> {
        let source = self.source;
        let (keys, attributes) = identity.split_at(source.keys.len().min(identity.len()));
        let Some(cache) = self.ids.get(&server) else {
            return vec![None; count];
        };
        (0..count)
            .map(|row| {
                let (known, stored) = cache
                    .ids
                    .get(&RowOf { columns: keys, row } as &dyn KeyView)?;
                let fresh = !source.refresh_attributes
                    || (stored.len() == attributes.len()
                        && stored
                            .iter()
                            .zip(attributes)
                            .all(|(s, column)| s.as_deref() == column[row]));
                fresh.then_some(*known)
            })
            .collect()
    }

    /// Each row's id (None: skipped this once, for a row marked in `gone`
    /// or whose key another process added at the same moment): `cached`'s,
    /// and for the rows it does not know from the keys table, adding them;
    /// returns the ids and the cache entries to add once the snapshot is
    /// stored.
    #[allow(clippy::type_complexity)]
    fn ids_of(
        &self,
        host: &mut Host<'_>,
        identity: &[TextColumn<'_>],
        gone: &[bool],
        cached: &[Option<i64>],
    ) -> PluginResult<(Vec<Option<i64>>, Vec<(Key, (i64, Values))>)> {
        let source = self.source;
        let server = host.server_id();
        let (keys, attributes) = identity.split_at(source.keys.len().min(identity.len()));
        let refreshed = |row: usize| -> Values {
            if source.refresh_attributes {
                values_of(attributes, row)
            } else {
                Vec::new()
            }
        };
        let mut ids: Vec<Option<i64>> = cached.to_vec();
        let unknown: Vec<usize> = (0..cached.len())
            .filter(|&row| cached[row].is_none() && gone.get(row) != Some(&true))
            .collect();
        if unknown.is_empty() {
            return Ok((ids, Vec::new()));
        }
        let columns: Vec<Values> = identity
            .iter()
            .map(|column| {
                unknown
                    .iter()
                    .map(|&r| column[r].map(str::to_owned))
                    .collect()
            })
            .collect();
        let count_param = unknown.len() as i64;
        let mut params: Vec<&dyn crate::ToValue> = vec![&server, &count_param];
        params.extend(columns.iter().map(|c| c as &dyn crate::ToValue));
        let resolved = host.query(&source.resolve_ids_sql(), &params)?;
        let mut found: Vec<Option<i64>> = Vec::with_capacity(unknown.len());
        for row in resolved.rows() {
            found.push(row.get::<Option<i64>>("id")?);
        }
        if found.len() != unknown.len() {
            return Err(PluginError::msg(format!(
                "{}: {} new rows but {} ids resolved",
                source.prefix,
                unknown.len(),
                found.len()
            )));
        }
        let mut added = Vec::new();
        for (&row, id) in unknown.iter().zip(found) {
            ids[row] = id;
            if let Some(id) = id {
                added.push((Key(values_of(keys, row)), (id, refreshed(row))));
            }
        }
        Ok((ids, added))
    }

    /// For a source whose attributes are lazy, the attributes of the rows
    /// `cached` does not know, read by their `keys` from the monitored
    /// server: per such row, its attributes, or None when they could not be
    /// read (the row is gone since).
    fn read_new_attributes(
        &self,
        host: &mut Host<'_>,
        relations: &[&str],
        keys: &[TextColumn<'_>],
        cached: &[Option<i64>],
    ) -> PluginResult<Vec<(usize, Option<Values>)>> {
        let source = self.source;
        let key_count = source.keys.len();
        let unknown: Vec<usize> = (0..cached.len())
            .filter(|&row| cached[row].is_none())
            .collect();
        if unknown.is_empty() {
            return Ok(Vec::new());
        }
        let arrays: Vec<Values> = keys
            .iter()
            .map(|column| {
                unknown
                    .iter()
                    .map(|&r| column[r].map(str::to_owned))
                    .collect()
            })
            .collect();
        let params: Vec<&dyn crate::ToValue> =
            arrays.iter().map(|a| a as &dyn crate::ToValue).collect();
        let rows = host.query_monitored(&source.attributes_query(relations), &params)?;
        let mut read: FxHashMap<Values, Values> = FxHashMap::default();
        for row in rows.rows() {
            let keys = (0..key_count)
                .map(|i| row.get::<Option<String>>(format!("k{i}").as_str()))
                .collect::<Result<Values, _>>()?;
            let attributes = (0..source.attributes.len())
                .map(|i| row.get::<Option<String>>(format!("a{i}").as_str()))
                .collect::<Result<Values, _>>()?;
            read.insert(keys, attributes);
        }
        Ok(unknown
            .into_iter()
            .map(|row| (row, read.remove(&values_of(keys, row))))
            .collect())
    }

    /// The server's previous snapshot: the one kept if it is the
    /// repository's last, else read back (None: this is the first).
    fn previous_snapshot(
        &mut self,
        host: &mut Host<'_>,
        layout: &Layout,
        last: Option<Timestamp>,
    ) -> PluginResult<Option<totals::Snapshot>> {
        let server = host.server_id();
        let Some(last) = last else {
            return Ok(None);
        };
        if let Some((ts, snapshot)) = self.previous.remove(&server) {
            if ts == last {
                return Ok(Some(snapshot));
            }
        }
        let rows = host.query(
            &self.source.snapshot_rows_sql(
                &format!("_srv{server}"),
                "$1::integer",
                "$2::timestamptz",
            ),
            &[&server, &last],
        )?;
        let mut snapshot = totals::Snapshot::new(layout.ints.len(), layout.floats.len());
        for row in rows.rows() {
            let ints = row.get::<Vec<Option<i64>>>("ints")?;
            let floats = row.get::<Vec<Option<f64>>>("floats")?;
            snapshot.push(row.get("id")?, &ints, &floats);
        }
        Ok(Some(snapshot))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TestHost;

    fn only_from_16(major: u32) -> Option<&'static [&'static str]> {
        (major >= 16).then_some(&["pg_stat_io"][..])
    }

    static KEYLESS: Source = Source {
        prefix: "t_one",
        keys_table: "t_one",
        relations: only_from_16,
        ..Source::DEFAULT
    };

    static RELATIONS: Source = Source {
        prefix: "t_rel",
        keys_table: "t_rel",
        keys: &[Column::named("relid", "oid")],
        attributes: &[Column::named("relname", "text")],
        refresh_attributes: true,
        gauges: &["n_live_tup"],
        ..Source::DEFAULT
    };

    #[test]
    fn rows_of_one_id_count_as_one() {
        let mut ids = vec![Some(4), Some(9), Some(4), None, Some(4)];
        let ints = [
            Some(1),
            Some(10),
            Some(2),
            Some(20),
            Some(3),
            Some(30),
            Some(5),
            Some(50),
            Some(4),
            None,
        ];
        let floats = [Some(0.5), Some(9.0), None, Some(1.0), Some(0.25)];
        let (ints, floats) = merge_duplicates(&mut ids, &ints, 2, &floats, 1).unwrap();
        assert_eq!(ids, vec![Some(4), Some(9), None, None, None]);
        assert_eq!(&ints[..4], &[Some(8), Some(40), Some(2), Some(20)]);
        assert_eq!(&floats[..2], &[Some(0.75), Some(9.0)]);
        let mut unique = vec![Some(1), None, Some(2)];
        assert_eq!(merge_duplicates(&mut unique, &[], 0, &[], 0), None);
    }

    #[test]
    fn rows_are_grouped_by_chunk_of_ids_in_id_order() {
        let chunks = Chunks::group(
            &[Some(70), None, Some(3), Some(64)],
            &[Some(1), Some(2), Some(3), Some(4)],
            1,
            &[],
            0,
        );
        assert_eq!(chunks.chunks, vec![0, 1]);
        assert_eq!((chunks.starts, chunks.ends), (vec![0, 1], vec![1, 3]));
        assert_eq!(chunks.ids, vec![3, 64, 70]);
        assert_eq!(
            chunks.ints,
            vec![Some(3), Some(4), Some(1)],
            "row 1 skipped"
        );
    }

    #[test]
    fn a_view_of_one_row_has_no_key_columns() {
        let resolve = KEYLESS.resolve_ids_sql();
        assert!(
            resolve.contains("generate_series(1, $2::bigint)"),
            "{resolve}"
        );
        assert!(!resolve.contains("refreshed"), "{resolve}");
        let read = KEYLESS.read_query(&["pg_stat_io"], &Layout::default(), &Layout::default());
        assert!(!read.contains("IS NOT NULL"), "{read}");
    }

    #[test]
    fn keyed_rows_refresh_their_attributes_and_skip_null_keys() {
        let resolve = RELATIONS.resolve_ids_sql();
        assert!(
            resolve.contains("s.\"relid\" = i.\"relid\"::oid"),
            "{resolve}"
        );
        assert!(
            resolve.contains("UPDATE t_rel s SET \"relname\" = i.\"relname\"::text"),
            "{resolve}"
        );
        let read = RELATIONS.read_query(
            &["pg_stat_all_tables"],
            &Layout::default(),
            &Layout::default(),
        );
        assert!(read.ends_with("WHERE k0 IS NOT NULL"), "{read}");
        assert!(RELATIONS
            .functions_sql()
            .iter()
            .any(|s| s.contains("'n_live_tup'")));
    }

    #[test]
    fn a_version_without_the_view_collects_nothing_and_says_so_once() {
        let mut test_host = TestHost::new();
        test_host.set_server_version_num(150_004);
        let mut source = CounterHistory::new(&KEYLESS);
        source.snapshot(&mut test_host.host()).unwrap();
        source.snapshot(&mut test_host.host()).unwrap();
        assert!(test_host.statements().is_empty(), "{:?}", test_host.sql());
        let logged = test_host.logs();
        assert_eq!(logged.len(), 1, "{logged:?}");
        assert!(logged[0].1.contains("PostgreSQL 15 has nothing to collect"));
    }
}
