//! powa_stat_statements: the history of pg_stat_statements, per (queryid,
//! dbid, userid, toplevel), with every cumulative counter of the running
//! version and each query text stored once. See `schema` for the storage
//! and the reading functions (`powa_statements_deltas`).
//!
//! A snapshot is one read of the monitored server and one statement on the
//! repository (the rows travel as arrays), so it works the same in local
//! mode and through the collector.

mod schema;

use powa_core::{export_plugin, DataSource, Host, PluginError, PluginResult, Timestamp};
use std::time::Duration;

/// Columns of pg_stat_statements that identify a statement or are not
/// cumulative, so not counters of a delta.
fn is_counter(name: &str) -> bool {
    !matches!(name, "userid" | "dbid" | "toplevel" | "queryid")
        && !["min_", "max_", "mean_", "stddev_"]
            .iter()
            .any(|prefix| name.starts_with(prefix))
}

/// The counters in array order: bigint ones (numeric wal_bytes included)
/// and double precision ones.
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

    /// The monitored query: one row per statement, counters in this
    /// layout's order (NULL for one the server does not have).
    pub fn read_query(&self, current: &Layout) -> String {
        let column = |name: &String, kind: &str, present: &[String]| {
            if present.contains(name) {
                format!("\"{}\"::{kind}", name.replace('"', "\"\""))
            } else {
                format!("NULL::{kind}")
            }
        };
        let ints: Vec<String> = self
            .ints
            .iter()
            .map(|n| column(n, "bigint", &current.ints))
            .collect();
        let floats: Vec<String> = self
            .floats
            .iter()
            .map(|n| column(n, "double precision", &current.floats))
            .collect();
        format!(
            "SELECT queryid, dbid::bigint AS dbid, userid::bigint AS userid,
                    toplevel::int::bigint AS toplevel, query,
                    ARRAY[{}]::bigint[] AS ints,
                    ARRAY[{}]::double precision[] AS floats
               FROM pg_stat_statements
              WHERE queryid IS NOT NULL
                AND userid NOT IN (SELECT oid FROM pg_roles WHERE rolname = ANY ($1::text[]))",
            ints.join(", "),
            floats.join(", ")
        )
    }
}

/// The counters the monitored server's pg_stat_statements has.
const COUNTERS: &str = "SELECT a.attname::text AS name,
        a.atttypid = 'double precision'::regtype AS is_float
   FROM pg_attribute a
  WHERE a.attrelid = 'pg_stat_statements'::regclass AND a.attnum > 0 AND NOT a.attisdropped
    AND a.atttypid IN ('bigint'::regtype, 'double precision'::regtype, 'numeric'::regtype)
  ORDER BY a.attnum";

/// Adds the snapshot: new statements (with their text) first, then one
/// staging row with the statements' ids in input order and the flat counter
/// arrays as they came ($8 ints, $10 floats, with $9 and $11 counters per
/// statement). A statement another process added at the same moment gets a
/// NULL id here, which no reader matches.
const INSERT_SNAPSHOT: &str = "WITH input AS (
        SELECT u.queryid, u.dbid::oid AS dbid, u.userid::oid AS userid,
               u.toplevel <> 0 AS toplevel, u.query, u.n
          FROM unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::text[])
               WITH ORDINALITY AS u(queryid, dbid, userid, toplevel, query, n)),
    known AS (
        SELECT s.id, i.n
          FROM input i
          JOIN powa_statements s
            ON s.srvid = $1 AND s.queryid = i.queryid AND s.dbid = i.dbid
           AND s.userid = i.userid AND s.toplevel = i.toplevel),
    added AS (
        INSERT INTO powa_statements (srvid, queryid, dbid, userid, toplevel, query)
        SELECT $1, i.queryid, i.dbid, i.userid, i.toplevel, i.query
          FROM input i WHERE i.n NOT IN (SELECT k.n FROM known k)
        ON CONFLICT DO NOTHING
        RETURNING id, queryid, dbid, userid, toplevel),
    added_rows AS (
        SELECT a.id, i.n FROM added a
          JOIN input i USING (queryid, dbid, userid, toplevel)),
    snapshot AS (
        INSERT INTO powa_statements_snapshots (srvid, ts) VALUES ($1, $7)
        ON CONFLICT DO NOTHING)
    INSERT INTO powa_statements_src (srvid, ts, ids, int_width, float_width, ints, floats)
    SELECT $1, $7, coalesce(array_agg(r.id ORDER BY i.n), '{}'), $9, $11, $8, $10
      FROM input i
      LEFT JOIN (SELECT * FROM known UNION ALL SELECT * FROM added_rows) r USING (n)
    ON CONFLICT (srvid, ts) DO NOTHING";

/// Folds the staging rows into a batch (each staging row split in one pass
/// by the powa extension's `powa_bigint_rows` and `powa_float8_rows`): the
/// snapshot times once, and per
/// statement its samples' counters as `[sample][counter]` arrays (padded
/// to the layout's width: counters added later are NULL in older samples),
/// with the positions of its samples in the batch when it missed some.
const COALESCE: &str = "WITH moved AS (
        DELETE FROM powa_statements_src WHERE srvid = $1
        RETURNING ts, ids, int_width, float_width, ints, floats),
    width AS (
        SELECT cardinality(l.ints) AS ints, cardinality(l.floats) AS floats
          FROM powa_statements_layout l WHERE l.srvid = $1),
    batch AS (
        INSERT INTO powa_statements_batches (srvid, first_ts, last_ts, ts)
        SELECT $1, min(m.ts), max(m.ts), array_agg(m.ts ORDER BY m.ts) FROM moved m
        HAVING count(*) > 0
        RETURNING batch, ts),
    samples AS (
        SELECT r.id, array_position(b.ts, m.ts) AS position,
               r.ints || array_fill(NULL::bigint, ARRAY[w.ints - m.int_width]) AS ints,
               r.floats || array_fill(NULL::double precision, ARRAY[w.floats - m.float_width])
                   AS floats
          FROM moved m, batch b, width w,
               ROWS FROM (unnest(m.ids), powa_bigint_rows(m.ints, m.int_width),
                          powa_float8_rows(m.floats, m.float_width)) AS r(id, ints, floats)
         WHERE r.id IS NOT NULL),
    grouped AS (
        SELECT s.id, count(*)::integer AS n,
               array_agg(s.position ORDER BY s.position) AS positions,
               array_agg(s.ints ORDER BY s.position) AS ints,
               array_agg(s.floats ORDER BY s.position) AS floats
          FROM samples s GROUP BY s.id)
    INSERT INTO powa_statements_history (srvid, batch, id, positions, ints, floats)
    SELECT $1, b.batch, g.id,
           CASE WHEN g.n = cardinality(b.ts) THEN NULL ELSE g.positions END,
           g.ints, g.floats
      FROM grouped g, batch b";

/// Purge, in order: batches wholly older than the cutoff ($2) and their
/// rows, the older samples of a batch that straddles it, staging rows,
/// snapshot times, and the statements no sample refers to any more.
const PURGE: &[&str] = &[
    "DELETE FROM powa_statements_history h USING powa_statements_batches b
      WHERE b.srvid = $1 AND b.last_ts < $2 AND h.srvid = $1 AND h.batch = b.batch",
    "DELETE FROM powa_statements_batches WHERE srvid = $1 AND last_ts < $2",
    // A statement's samples from position k of the batch on: its first
    // such sample is `first`, and its arrays are sliced from there.
    "WITH cut AS (
        SELECT b.batch,
               (SELECT min(i) FROM generate_subscripts(b.ts, 1) i WHERE b.ts[i] >= $2) AS k
          FROM powa_statements_batches b
         WHERE b.srvid = $1 AND b.first_ts < $2),
    old AS (
        DELETE FROM powa_statements_history h USING cut
         WHERE h.srvid = $1 AND h.batch = cut.batch
        RETURNING h.batch, h.id, h.positions, h.ints, h.floats, cut.k,
                  CASE WHEN h.positions IS NULL THEN cut.k
                       ELSE (SELECT min(j) FROM generate_subscripts(h.positions, 1) j
                              WHERE h.positions[j] >= cut.k)
                  END AS first),
    kept AS (
        INSERT INTO powa_statements_history (srvid, batch, id, positions, ints, floats)
        SELECT $1, o.batch, o.id,
               CASE WHEN o.positions IS NOT NULL THEN
                   ARRAY(SELECT p - o.k + 1 FROM unnest(o.positions) p WHERE p >= o.k ORDER BY p)
               END,
               o.ints[o.first:][:], o.floats[o.first:][:]
          FROM old o
         WHERE o.first IS NOT NULL)
    UPDATE powa_statements_batches b SET ts = b.ts[cut.k:], first_ts = b.ts[cut.k]
      FROM cut WHERE b.srvid = $1 AND b.batch = cut.batch",
    "DELETE FROM powa_statements_src WHERE srvid = $1 AND ts < $2",
    "DELETE FROM powa_statements_snapshots WHERE srvid = $1 AND ts < $2",
    "DELETE FROM powa_statements s
      WHERE s.srvid = $1
        AND s.id NOT IN (SELECT u FROM powa_statements_src r, unnest(r.ids) u
                          WHERE r.srvid = $1 AND u IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM powa_statements_history h
                         WHERE h.srvid = $1 AND h.id = s.id)",
];

#[derive(Default)]
pub struct StatStatements;

impl StatStatements {
    fn current_layout(host: &mut Host<'_>) -> PluginResult<Layout> {
        let rows = host.query_monitored(COUNTERS, &[]).map_err(|error| {
            PluginError::msg(format!(
                "cannot read pg_stat_statements' columns on the monitored server ({error}); \
                 is the extension installed there (CREATE EXTENSION pg_stat_statements, with \
                 shared_preload_libraries including pg_stat_statements)?"
            ))
        })?;
        let mut layout = Layout::default();
        for row in rows.rows() {
            let name: String = row.get("name")?;
            let is_float: bool = row.get("is_float")?;
            if !is_counter(&name) {
                continue;
            }
            if is_float {
                layout.floats.push(name);
            } else {
                layout.ints.push(name);
            }
        }
        if !layout.ints.iter().any(|n| n == "calls") {
            return Err(PluginError::msg(
                "the monitored server's pg_stat_statements has no calls column",
            ));
        }
        Ok(layout)
    }

    /// The repository's layout for this server, extended with `current`'s
    /// new counters (and saved when that changed it).
    fn layout(host: &mut Host<'_>, current: &Layout) -> PluginResult<Layout> {
        let server = host.server_id();
        let stored = host.query(
            "SELECT ints, floats FROM powa_statements_layout WHERE srvid = $1",
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
                "INSERT INTO powa_statements_layout (srvid, ints, floats) VALUES ($1, $2, $3)
                 ON CONFLICT (srvid) DO UPDATE SET ints = excluded.ints, floats = excluded.floats",
                &[&server, &merged.ints, &merged.floats],
            )?;
        }
        Ok(merged)
    }
}

fn texts(values: Vec<Option<String>>) -> Vec<String> {
    values.into_iter().flatten().collect()
}

/// `powa.ignored_users`: role names, comma-separated.
fn ignored_users(host: &mut Host<'_>) -> PluginResult<Vec<String>> {
    powa_core::settings::parse_ignored_users(
        &host.setting("powa.ignored_users").unwrap_or_default(),
    )
    .map_err(PluginError::msg)
}

impl DataSource for StatStatements {
    fn startup(&mut self, host: &mut Host<'_>) -> PluginResult {
        for statement in schema::STATEMENTS {
            host.execute(statement, &[])?;
        }
        Ok(())
    }

    fn snapshot(&mut self, host: &mut Host<'_>) -> PluginResult {
        let current = Self::current_layout(host)?;
        let layout = Self::layout(host, &current)?;
        let ignored = ignored_users(host)?;
        let rows = host.query_monitored(&layout.read_query(&current), &[&ignored])?;
        let count = rows.len();
        let mut queryids = Vec::with_capacity(count);
        let mut dbids = Vec::with_capacity(count);
        let mut userids = Vec::with_capacity(count);
        let mut toplevels = Vec::with_capacity(count);
        let mut queries = Vec::with_capacity(count);
        let mut ints: Vec<Option<i64>> = Vec::with_capacity(count * layout.ints.len());
        let mut floats: Vec<Option<f64>> = Vec::with_capacity(count * layout.floats.len());
        for row in rows.rows() {
            queryids.push(row.get::<i64>("queryid")?);
            dbids.push(row.get::<i64>("dbid")?);
            userids.push(row.get::<i64>("userid")?);
            toplevels.push(row.get::<i64>("toplevel")?);
            queries.push(row.get::<Option<String>>("query")?.unwrap_or_default());
            ints.extend(row.get::<Vec<Option<i64>>>("ints")?);
            floats.extend(row.get::<Vec<Option<f64>>>("floats")?);
        }
        let (ints_width, floats_width) = (layout.ints.len() as i64, layout.floats.len() as i64);
        host.execute(
            INSERT_SNAPSHOT,
            &[
                &host.server_id(),
                &queryids,
                &dbids,
                &userids,
                &toplevels,
                &queries,
                &host.now(),
                &ints,
                &ints_width,
                &floats,
                &floats_width,
            ],
        )?;
        Ok(())
    }

    fn aggregate(&mut self, host: &mut Host<'_>) -> PluginResult {
        host.execute(COALESCE, &[&host.server_id()])?;
        Ok(())
    }

    fn purge(&mut self, host: &mut Host<'_>, retention: Duration) -> PluginResult {
        let cutoff =
            Timestamp::from_unix_micros(host.now().unix_micros - retention.as_micros() as i64);
        let server = host.server_id();
        for statement in PURGE {
            host.execute(statement, &[&server, &cutoff])?;
        }
        Ok(())
    }

    fn unregister(&mut self, host: &mut Host<'_>) -> PluginResult {
        for statement in schema::DROP {
            host.execute(statement, &[])?;
        }
        Ok(())
    }
}

export_plugin! { name: "powa_stat_statements", data_source: StatStatements::default }

#[cfg(test)]
mod tests {
    use super::*;
    use powa_core::testing::TestHost;
    use powa_core::{QueryResult, Target, ToValue, Value};

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|n| n.to_string()).collect()
    }

    fn columns() -> QueryResult {
        let column =
            |name: &str, is_float: bool| vec![Value::Text(name.into()), Value::Bool(is_float)];
        QueryResult::new(
            &["name", "is_float"],
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
                Value::Int8(queryid),
                Value::Int8(5),
                Value::Int8(10),
                Value::Int8(1),
                Value::Text(format!("SELECT {queryid}").into()),
                vec![Some(calls), Some(calls * 2), None].to_value(),
                vec![Some(time)].to_value(),
            ]
        };
        QueryResult::new(
            &[
                "queryid", "dbid", "userid", "toplevel", "query", "ints", "floats",
            ],
            vec![row(11, 3, 1.5), row(12, 7, 0.25)],
        )
    }

    #[test]
    fn counters_leave_out_keys_and_non_cumulative_columns() {
        assert!(is_counter("calls") && is_counter("wal_bytes"));
        assert!(!is_counter("queryid") && !is_counter("min_exec_time"));
        assert!(!is_counter("stddev_plan_time") && !is_counter("toplevel"));
    }

    #[test]
    fn layouts_only_grow() {
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
        assert_eq!(
            merged.floats,
            names(&["total_exec_time", "total_plan_time"])
        );
        let query = merged.read_query(&current);
        assert!(
            query.contains(
                r#"ARRAY["calls"::bigint, "rows"::bigint, NULL::bigint, "new_counter"::bigint]"#
            ),
            "{query}"
        );
    }

    #[test]
    fn snapshot_reads_once_and_writes_once() {
        let mut test_host = TestHost::new();
        test_host
            .respond("FROM pg_attribute", columns())
            .respond("FROM pg_stat_statements", statements())
            .set_setting("powa.ignored_users", "monitor, backup")
            .set_server_id(2);
        StatStatements.snapshot(&mut test_host.host()).unwrap();
        let statements = test_host.statements();
        let targets: Vec<Target> = statements.iter().map(|s| s.target).collect();
        assert_eq!(
            targets,
            vec![
                Target::Monitored,
                Target::Repository,
                Target::Repository,
                Target::Monitored,
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
        let insert = &statements[4];
        assert!(insert.sql.contains("INSERT INTO powa_statements_src"));
        assert_eq!(insert.params[0], Value::Int4(2));
        assert_eq!(insert.params[1], vec![Some(11i64), Some(12)].to_value());
        assert_eq!(
            insert.params[7],
            vec![Some(3i64), Some(6), None, Some(7), Some(14), None].to_value(),
            "both rows' bigint counters, flat"
        );
        assert_eq!(insert.params[8], Value::Int8(3));
        assert_eq!(insert.params[9], vec![Some(1.5f64), Some(0.25)].to_value());
        assert_eq!(insert.params[10], Value::Int8(1));
    }

    #[test]
    fn a_server_without_pg_stat_statements_gets_a_clear_error() {
        let mut test_host = TestHost::new();
        test_host.fail(
            "FROM pg_attribute",
            "relation \"pg_stat_statements\" does not exist",
        );
        let error = StatStatements
            .snapshot(&mut test_host.host())
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("CREATE EXTENSION pg_stat_statements")
                && error.contains("does not exist"),
            "{error}"
        );
    }

    #[test]
    fn purge_cuts_at_the_retention() {
        let mut test_host = TestHost::new();
        let now = test_host.host().now();
        StatStatements
            .purge(&mut test_host.host(), Duration::from_secs(86_400))
            .unwrap();
        let statements = test_host.statements();
        assert_eq!(statements.len(), PURGE.len());
        assert_eq!(
            statements[0].params[1],
            Value::TimestampTz(Timestamp::from_unix_micros(
                now.unix_micros - 86_400_000_000
            ))
        );
    }
}
