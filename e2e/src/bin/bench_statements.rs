//! Benchmark of powa_stat_statements (run it through `scripts/bench.sh
//! statements`, which installs a release build first): with N distinct
//! statements in pg_stat_statements (default 5000), a day of snapshots at a
//! 5-minute frequency (288; powa.coalesce 100):
//!
//! 1. snapshot time of `powa_take_snapshot()` (median, p90);
//! 2. coalesce time of 100 snapshots;
//! 3. bytes per statement per snapshot in the coalesced history, against the
//!    same samples in PoWA's layout (per statement and coalesce range, an
//!    array of composite records, plus the min and max records), built in
//!    the same run;
//! 4. a one-day range query for one statement (`powa_statements_deltas`).

use anyhow::Result;
use powa_core::testing::ratio;
use powa_e2e::workload::{statements_workload, StatementsWorkload};
use powa_e2e::{option_number, percentile};
use std::time::Instant;

const HELP: &str = "\
bench_statements: powa_stat_statements snapshot, coalesce, storage and range
query (issue 5 targets: snapshot median < 50 ms, at most a third of PoWA's
bytes, one-day range query for one statement < 10 ms)

usage: bench_statements [--statements N] [--snapshots S]
  --statements N  distinct statements in pg_stat_statements (default 5000)
  --snapshots S   snapshots taken, a day at 5 minutes by default (288)
Needs POWA_PG_CONFIG (or pg_config on PATH) with powa and powa_stat_statements installed.";

fn main() -> Result<()> {
    let (mut statements, mut snapshots) = (5000usize, 288usize);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--statements" => statements = option_number(&mut args, "--statements")?,
            "--snapshots" => snapshots = option_number(&mut args, "--snapshots")?,
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(());
            }
            other => anyhow::bail!("unknown option {other}\n\n{HELP}"),
        }
    }
    let StatementsWorkload {
        cluster,
        tracked,
        mut snapshot_ms,
        coalesce_ms,
    } = statements_workload(
        "bench_statements",
        "powa_stat_statements",
        statements,
        snapshots,
    )?;
    let mut client = cluster.connect("powa")?;
    println!(
        "bench_statements: PostgreSQL {}, {tracked} distinct statements of the workload in pg_stat_statements, {snapshots} snapshots, powa.coalesce 100",
        cluster.install.major
    );
    snapshot_ms.sort_by(f64::total_cmp);
    println!(
        "  snapshot           median {:.1} ms, p90 {:.1} ms (target: median < 50 ms)",
        percentile(&snapshot_ms, 0.5),
        percentile(&snapshot_ms, 0.9)
    );
    println!(
        "  coalesce           {} ms per 100 snapshots",
        coalesce_ms
            .iter()
            .map(|ms| format!("{ms:.0}"))
            .collect::<Vec<_>>()
            .join(", ")
    );

    client.batch_execute("VACUUM ANALYZE powa_statements_history")?;
    client.batch_execute("VACUUM ANALYZE powa_statements_batches")?;
    let columns = client.query_one(
        "WITH n AS (SELECT sum(coalesce(cardinality(h.positions), cardinality(b.ts)))::float8 AS samples
                      FROM powa_statements_history h JOIN powa_statements_batches b USING (srvid, batch))
         SELECT (SELECT sum(pg_table_size(relid)) FROM pg_partition_tree('powa_statements_batches'))::float8 / n.samples,
                (SELECT sum(pg_column_size(packed))::float8 FROM powa_statements_history) / n.samples,
                n.samples
           FROM n",
        &[],
    )?;
    let (ts_bytes, packed_bytes, samples): (f64, f64, f64) =
        (columns.get(0), columns.get(1), columns.get(2));
    let ours: f64 = client
        .query_one(
            // The history tables are partitioned by server: a partitioned
            // table's own size is 0, its partitions hold the bytes.
            "SELECT sum(pg_table_size(relid))::float8
               FROM (SELECT relid FROM pg_partition_tree('powa_statements_history')
                     UNION ALL
                     SELECT relid FROM pg_partition_tree('powa_statements_batches')) parts",
            &[],
        )?
        .get(0);
    println!(
        "  storage            {:.1} bytes per statement per snapshot ({:.1} MB for {samples:.0} coalesced samples)",
        ratio("bytes per sample", ("our bytes", ours), ("coalesced samples", samples))?,
        ours / 1e6
    );
    println!(
        "                     of which per sample: times (batches) {ts_bytes:.2}, packed counters {packed_bytes:.2}"
    );

    // A day's range for one statement: every snapshot taken.
    let bounds = client.query_one(
        "SELECT min(ts), max(ts) FROM powa_statements_snapshots WHERE srvid = 0",
        &[],
    )?;
    let (from, to): (std::time::SystemTime, std::time::SystemTime) = (bounds.get(0), bounds.get(1));
    let queryid: i64 = client
        .query_one(
            "SELECT queryid FROM powa_statements WHERE query = 'SELECT c0 FROM bench_t0 WHERE c0 = $1'",
            &[],
        )?
        .get(0);
    let statement = client
        .prepare("SELECT calls, total_exec_time FROM powa_statements_deltas($1, $2, 0, $3)")?;
    let mut query_ms = Vec::new();
    let mut calls: i64 = 0;
    for _ in 0..21 {
        let began = Instant::now();
        let row = client.query_one(&statement, &[&from, &to, &queryid])?;
        query_ms.push(began.elapsed().as_secs_f64() * 1e3);
        calls = row.get(0);
    }
    query_ms.sort_by(f64::total_cmp);
    println!(
        "  one-day range query for one statement: median {:.2} ms, p90 {:.2} ms ({calls} calls in the range; target < 10 ms)",
        percentile(&query_ms, 0.5),
        percentile(&query_ms, 0.9)
    );
    // PoWA's layout of the same coalesced samples: a composite type of the
    // sample time and every counter, an array of them per statement and
    // coalesce range, and the range's min and max records.
    client.batch_execute(
        "DO $$
         DECLARE l record;
         BEGIN
           SELECT * INTO l FROM powa_statements_layout WHERE srvid = 0;
           EXECUTE format('CREATE TYPE powa_layout_record AS (ts timestamptz, %s, %s)',
               (SELECT string_agg(format('%I bigint', n), ', ') FROM unnest(l.ints) n),
               (SELECT string_agg(format('%I double precision', n), ', ') FROM unnest(l.floats) n));
           CREATE TABLE powa_layout_history (
               srvid integer NOT NULL, queryid bigint NOT NULL, dbid oid NOT NULL,
               userid oid NOT NULL, toplevel boolean NOT NULL,
               coalesce_range tstzrange NOT NULL, records powa_layout_record[] NOT NULL,
               mins_in_range powa_layout_record NOT NULL,
               maxs_in_range powa_layout_record NOT NULL);
           -- One row per statement and batch, as PoWA keeps one per coalesce.
           EXECUTE format($f$
             INSERT INTO powa_layout_history
             SELECT 0, st.queryid, st.dbid, st.userid, st.toplevel,
                    tstzrange(min(s.ts), max(s.ts), '[]'), array_agg(s.rec ORDER BY s.ts),
                    (array_agg(s.rec ORDER BY s.ts))[1],
                    (array_agg(s.rec ORDER BY s.ts DESC))[1]
               FROM (SELECT smp.id, smp.ts, b.batch,
                            ROW(smp.ts, %s, %s)::powa_layout_record AS rec
                       FROM powa_statements_samples(0, '-infinity', 'infinity') smp
                       JOIN powa_statements_batches b
                         ON b.srvid = 0 AND smp.ts BETWEEN b.first_ts AND b.last_ts) s
               JOIN powa_statements st ON st.srvid = 0 AND st.id = s.id
              GROUP BY st.queryid, st.dbid, st.userid, st.toplevel, s.batch $f$,
             (SELECT string_agg(format('smp.ints[%s]', c), ', ')
                FROM generate_series(1, cardinality(l.ints)) c),
             (SELECT string_agg(format('smp.floats[%s]', c), ', ')
                FROM generate_series(1, cardinality(l.floats)) c));
         END $$;",
    )?;
    client.batch_execute("VACUUM ANALYZE powa_layout_history")?;
    let powa: f64 = client
        .query_one("SELECT pg_table_size('powa_layout_history')::float8", &[])?
        .get(0);
    println!(
        "  PoWA's layout      {:.1} bytes per statement per snapshot ({:.1} MB): ours / PoWA's {:.2} (target <= 0.33)",
        ratio("bytes per sample", ("PoWA's bytes", powa), ("coalesced samples", samples))?,
        powa / 1e6,
        ratio("ours / PoWA's", ("our bytes", ours), ("PoWA's bytes", powa))?
    );

    Ok(())
}
