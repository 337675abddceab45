//! The repository's own server's WAL walker and archiver, as both the
//! operations pages and `/metrics` read them: one query each, one place.

use crate::app::{query_pool, Failure};
use deadpool_postgres::Pool;

/// A WAL plugin's flushed position.
pub struct WalkerPosition {
    pub plugin: String,
    pub confirmed_lsn: String,
    /// Bytes between the server's current (or replayed) position and it
    /// (None on a standby that has replayed nothing yet).
    pub lag_bytes: Option<i64>,
    pub failed_records: i64,
    /// Unix seconds.
    pub updated_at: f64,
}

pub async fn walker_positions(pool: &Pool) -> Result<Vec<WalkerPosition>, Failure> {
    let rows = query_pool(
        pool,
        "SELECT plugin, confirmed_lsn::text,
                pg_wal_lsn_diff(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()
                                     ELSE pg_current_wal_lsn() END, confirmed_lsn)::bigint,
                failed_records, extract(epoch FROM updated_at)::float8
           FROM powa_walker_position ORDER BY plugin",
        &[],
    )
    .await?;
    Ok(rows
        .iter()
        .map(|row| WalkerPosition {
            plugin: row.get(0),
            confirmed_lsn: row.get(1),
            lag_bytes: row.get(2),
            failed_records: row.get(3),
            updated_at: row.get(4),
        })
        .collect())
}

/// pg_stat_archiver and how far archiving is behind.
pub struct ArchiverState {
    pub mode: String,
    pub library: String,
    pub archived: i64,
    pub last_archived_wal: Option<String>,
    /// Unix seconds.
    pub last_archived_at: Option<f64>,
    pub failed: i64,
    pub last_failed_wal: Option<String>,
    pub last_failed_at: Option<f64>,
    /// The WAL file being written (None on a standby).
    pub current_wal: Option<String>,
    /// Finished WAL files not archived yet (the one being written not
    /// counted); None when nothing was archived yet, or on a standby.
    pub behind: Option<u64>,
}

pub async fn archiver_state(pool: &Pool) -> Result<ArchiverState, Failure> {
    let rows = query_pool(
        pool,
        "SELECT current_setting('archive_mode'), current_setting('archive_library'),
                archived_count, last_archived_wal, extract(epoch FROM last_archived_time)::float8,
                failed_count, last_failed_wal, extract(epoch FROM last_failed_time)::float8,
                CASE WHEN NOT pg_is_in_recovery() THEN pg_walfile_name(pg_current_wal_lsn()) END,
                pg_size_bytes(current_setting('wal_segment_size'))
           FROM pg_stat_archiver",
        &[],
    )
    .await?;
    let row = rows
        .first()
        .ok_or_else(|| Failure::Other("pg_stat_archiver has no row".to_owned()))?;
    let (last_archived_wal, current_wal): (Option<String>, Option<String>) =
        (row.get(3), row.get(8));
    let per_log = 0x1_0000_0000u64 / row.get::<_, i64>(9).max(1) as u64;
    let behind = match (
        last_archived_wal
            .as_deref()
            .and_then(|f| segment_number(f, per_log)),
        current_wal
            .as_deref()
            .and_then(|f| segment_number(f, per_log)),
    ) {
        (Some(archived), Some(current)) => Some(current.saturating_sub(archived + 1)),
        _ => None,
    };
    Ok(ArchiverState {
        mode: row.get(0),
        library: row.get(1),
        archived: row.get(2),
        last_archived_wal,
        last_archived_at: row.get(4),
        failed: row.get(5),
        last_failed_wal: row.get(6),
        last_failed_at: row.get(7),
        current_wal,
        behind,
    })
}

/// The WAL segment number of a WAL file name (timeline, log, segment: 8
/// hex digits each), with `per_log` segments per log id.
pub fn segment_number(file: &str, per_log: u64) -> Option<u64> {
    if file.len() != 24 || !file.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let log = u64::from_str_radix(&file[8..16], 16).ok()?;
    let segment = u64::from_str_radix(&file[16..24], 16).ok()?;
    Some(log * per_log + segment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wal_file_names_give_segment_numbers() {
        let per_log = 0x1_0000_0000u64 / (16 * 1024 * 1024);
        assert_eq!(segment_number("000000010000000000000003", per_log), Some(3));
        assert_eq!(
            segment_number("0000000100000001000000FF", per_log),
            Some(per_log + 255)
        );
        assert_eq!(segment_number("00000001.history", per_log), None);
    }
}
