//! garbagemap: a powa WAL plugin that keeps, for every table and block
//! range, an estimate of its dead tuples, from WAL alone (no table scans).
//!
//! Load it with `walker.plugins = 'garbagemap'`; the range size is
//! `garbagemap.range_blocks` (default 128 blocks, 1 MB). In the powa database:
//! - `garbagemap`: one row per table (schema, table, dead tuples, ranges,
//!   last update);
//! - `garbagemap_ranges(regclass)`: one row per block range (number, first
//!   and last block, dead tuples);
//! - `garbagemap_svg(regclass)`: the heat map as an SVG picture.
//!
//! How the estimate is kept is in `tracker.rs`; the map is persisted at each
//! flush, in the same transaction in which the host records the WAL position
//! it is complete up to, so restarts and crashes neither lose nor double it.

pub mod map;
mod schema;
pub mod tracker;

use map::{GarbageMap, RelFile, MAX_RANGE_BLOCKS};
use powa_core::{
    export_plugin, rmgr, Host, PluginError, PluginResult, RmgrSet, WalPlugin, WalRecord,
};
use tracker::Tracker;

/// Default block range: 128 blocks of 8 kB.
pub const DEFAULT_RANGE_BLOCKS: u32 = 128;

#[derive(Default)]
pub struct Garbagemap {
    tracker: Option<Tracker>,
}

/// `garbagemap.range_blocks`, validated.
pub fn range_blocks(setting: Option<&str>) -> Result<u32, PluginError> {
    match setting.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(DEFAULT_RANGE_BLOCKS),
        Some(text) => match text.parse::<u32>() {
            Ok(n) if (1..=MAX_RANGE_BLOCKS).contains(&n) => Ok(n),
            _ => Err(PluginError::msg(format!(
                "garbagemap.range_blocks is \"{text}\": it must be a number of blocks from 1 to {MAX_RANGE_BLOCKS}"
            ))),
        },
    }
}

/// Moves counts kept with another range size into ranges of `new_size`.
pub fn rebucket(ranges: &[u64], old_size: u32, new_size: u32) -> Vec<u64> {
    let mut out = Vec::new();
    for (index, dead) in ranges.iter().enumerate() {
        let target = (index as u64 * u64::from(old_size) / u64::from(new_size)) as usize;
        if out.len() <= target {
            out.resize(target + 1, 0);
        }
        out[target] += dead;
    }
    out
}

impl Garbagemap {
    fn tracker(&mut self) -> Result<&mut Tracker, PluginError> {
        self.tracker
            .as_mut()
            .ok_or_else(|| PluginError::msg("garbagemap was not started"))
    }

    fn load(host: &mut Host<'_>, range_size: u32) -> PluginResult<Tracker> {
        let mut map = GarbageMap::new(range_size).map_err(PluginError::from)?;
        let rows = host.query(
            "SELECT tablespace::bigint, database::bigint, relfilenode::bigint, range_blocks, dead FROM garbagemap_relation",
            &[],
        )?;
        for row in rows.rows() {
            let rel = RelFile {
                tablespace: row.get::<i64>(0)? as u32,
                database: row.get::<i64>(1)? as u32,
                relation: row.get::<i64>(2)? as u32,
            };
            let stored_size = row.get::<i32>(3)? as u32;
            let dead: Vec<u64> = row
                .get::<Vec<Option<i64>>>(4)?
                .into_iter()
                .map(|d| d.unwrap_or(0).max(0) as u64)
                .collect();
            map.set_ranges(rel, rebucket(&dead, stored_size.max(1), range_size));
        }
        let mut tracker = Tracker::new(map, host.server_major_version());
        let state = host.query("SELECT state FROM garbagemap_state WHERE id = 1", &[])?;
        if let Some(row) = state.rows().next() {
            if let Err(problem) = tracker.decode_state(&row.get::<Vec<u8>>(0)?) {
                host.warning(&problem);
            }
        }
        Ok(tracker)
    }
}

impl WalPlugin for Garbagemap {
    fn startup(&mut self, host: &mut Host<'_>) -> PluginResult<RmgrSet> {
        let range_size = range_blocks(host.setting("garbagemap.range_blocks").as_deref())?;
        for statement in schema::STATEMENTS {
            host.execute(statement, &[])?;
        }
        self.tracker = Some(Self::load(host, range_size)?);
        Ok(RmgrSet::none()
            .with(rmgr::HEAP)
            .with(rmgr::HEAP2)
            .with(rmgr::XACT)
            .with(rmgr::SMGR)
            .with(rmgr::XLOG))
    }

    fn record(&mut self, host: &mut Host<'_>, record: &WalRecord<'_>) -> PluginResult {
        let tracker = self.tracker()?;
        let ended_before = tracker.ended_by_checkpoint;
        tracker.apply(record, |block| {
            host.block_image(block).map_err(|error| error.to_string())
        })?;
        let ended = tracker.ended_by_checkpoint - ended_before;
        if ended > 0 {
            host.log(
                powa_core::LogLevel::Log,
                &format!(
                    "checkpoint at {} ended {ended} transactions left open by a shutdown or crash: their inserts count as dead",
                    powa_core::format_lsn(record.lsn)
                ),
            );
        }
        Ok(())
    }

    fn flush(&mut self, host: &mut Host<'_>) -> PluginResult {
        let tracker = self.tracker()?;
        let (changed, dropped) = tracker.take_changes();
        let written = write_changes(host, tracker, &changed, &dropped);
        if written.is_err() {
            // The host rolls the writes back; write them again next time.
            tracker.restore_changes(changed, dropped);
        }
        written
    }
}

/// Writes the changed and dropped relations and the waiting effects.
fn write_changes(
    host: &mut Host<'_>,
    tracker: &Tracker,
    changed: &[RelFile],
    dropped: &[RelFile],
) -> PluginResult {
    let now = host.now();
    let range_size = tracker.map.range_blocks() as i32;
    let rows: Vec<(RelFile, Vec<i64>)> = changed
        .iter()
        .map(|rel| {
            (
                *rel,
                tracker.map.ranges(*rel).iter().map(|d| *d as i64).collect(),
            )
        })
        .collect();
    let state = tracker.encode_state();
    let key = |rel: &RelFile| {
        [
            i64::from(rel.tablespace),
            i64::from(rel.database),
            i64::from(rel.relation),
        ]
    };
    for rel in dropped {
        let [spc, db, file] = key(rel);
        host.execute(
                "DELETE FROM garbagemap_relation WHERE tablespace = $1::bigint::oid AND database = $2::bigint::oid AND relfilenode = $3::bigint::oid",
                &[&spc, &db, &file],
            )?;
    }
    for (rel, dead) in &rows {
        let [spc, db, file] = key(rel);
        host.execute(
                "INSERT INTO garbagemap_relation VALUES ($1::bigint::oid, $2::bigint::oid, $3::bigint::oid, $4, $5, $6)
                 ON CONFLICT (tablespace, database, relfilenode) DO UPDATE
                 SET range_blocks = excluded.range_blocks, dead = excluded.dead, updated_at = excluded.updated_at",
                &[&spc, &db, &file, &range_size, dead, &now],
            )?;
    }
    host.execute(
            "INSERT INTO garbagemap_state VALUES (1, $1, $2)
             ON CONFLICT (id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
            &[&state, &now],
        )?;
    Ok(())
}

/// garbagemap's settings, as the server knows them.
fn settings() -> Vec<powa_core::SettingSpec> {
    vec![powa_core::SettingSpec::integer(
        "garbagemap.range_blocks",
        "Blocks per range of the garbage map (a change rebuckets the counts kept).",
        DEFAULT_RANGE_BLOCKS as i32,
        1,
        MAX_RANGE_BLOCKS as i32,
    )
    .restart()]
}

export_plugin! { name: "garbagemap", wal: Garbagemap::default, settings: settings }
