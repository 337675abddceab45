//! powa_track_settings: configuration changes and restarts over time, read
//! on the monitored server through pg_track_settings' source functions
//! (`pg_track_settings_settings_src(0)`: every setting's value now,
//! `pg_track_settings_reboot_src(0)`: when the postmaster started), so it
//! works on standbys and remote servers, which cannot write
//! pg_track_settings' own history.
//!
//! At each snapshot it compares the server's settings with the last value
//! kept for each, and keeps the differences only (`powa_settings_changes`:
//! time, name, previous and new value, dropped when a setting went away),
//! and each new postmaster start (`powa_settings_reboots`). The first
//! snapshot of a server keeps every setting as its starting point
//! (`initial`). `powa_settings_log(srvid, from, to)` lists the changes of a
//! range (starting points left out), `powa_settings_reboots_in(srvid, from,
//! to)` the restarts. Purge keeps each setting's latest value whatever its
//! age: it is what the next change is compared with.

use powa_core::schema::{self, Schema};
use powa_core::{export_plugin, DataSource, Host, PluginResult};
use std::time::Duration;

const TABLES: &[&str] = &["powa_settings_changes", "powa_settings_reboots"];

fn schema() -> Schema {
    Schema {
        component: "powa_settings".to_owned(),
        create: vec![
            "CREATE TABLE IF NOT EXISTS powa_settings_changes (
                srvid integer NOT NULL,
                ts timestamptz NOT NULL,
                name text NOT NULL,
                setting text,
                previous text,
                is_dropped boolean NOT NULL DEFAULT false,
                initial boolean NOT NULL DEFAULT false,
                PRIMARY KEY (srvid, name, ts)
             ) PARTITION BY LIST (srvid)"
                .to_owned(),
            "CREATE TABLE IF NOT EXISTS powa_settings_reboots (
                srvid integer NOT NULL,
                ts timestamptz NOT NULL,
                PRIMARY KEY (srvid, ts)
             ) PARTITION BY LIST (srvid)"
                .to_owned(),
            READING_LOG.to_owned(),
            READING_REBOOTS.to_owned(),
        ],
        migrations: Vec::new(),
        marker_relation: "powa_settings_changes".to_owned(),
    }
}

const READING_LOG: &str = "CREATE OR REPLACE FUNCTION powa_settings_log(
        _srvid integer, _from timestamptz, _to timestamptz)
    RETURNS TABLE (ts timestamptz, name text, previous text, setting text, is_dropped boolean)
    LANGUAGE sql STABLE AS $$
        SELECT c.ts, c.name, c.previous, c.setting, c.is_dropped
          FROM powa_settings_changes c
         WHERE c.srvid = _srvid AND c.ts BETWEEN _from AND _to AND NOT c.initial
         ORDER BY c.ts, c.name
    $$";

const READING_REBOOTS: &str = "CREATE OR REPLACE FUNCTION powa_settings_reboots_in(
        _srvid integer, _from timestamptz, _to timestamptz)
    RETURNS SETOF timestamptz
    LANGUAGE sql STABLE AS $$
        SELECT r.ts FROM powa_settings_reboots r
         WHERE r.srvid = _srvid AND r.ts BETWEEN _from AND _to ORDER BY r.ts
    $$";

/// The server's settings now, and when its postmaster started.
const READ_SETTINGS: &str = "SELECT array_agg(name ORDER BY name) AS names,
        array_agg(setting ORDER BY name) AS settings,
        (SELECT postmaster_ts::text FROM pg_track_settings_reboot_src(0)) AS started
   FROM pg_track_settings_settings_src(0)";

/// Keeps what differs from each setting's latest row ($3 names, $4
/// values; $2 the snapshot's time), and the settings gone since.
const STORE_CHANGES: &str = "WITH latest AS (
        SELECT DISTINCT ON (c.name) c.name, c.setting, c.is_dropped
          FROM powa_settings_changes c WHERE c.srvid = $1
         ORDER BY c.name, c.ts DESC
    ), first AS (
        SELECT NOT EXISTS (SELECT 1 FROM powa_settings_changes WHERE srvid = $1) AS initial
    ), now AS (
        SELECT * FROM unnest($3::text[], $4::text[]) AS u(name, setting)
    )
    INSERT INTO powa_settings_changes (srvid, ts, name, setting, previous, is_dropped, initial)
    SELECT $1, $2, n.name, n.setting,
           CASE WHEN NOT l.is_dropped THEN l.setting END, false, f.initial
      FROM now n CROSS JOIN first f
      LEFT JOIN latest l ON l.name = n.name
     WHERE l.name IS NULL OR l.is_dropped OR l.setting IS DISTINCT FROM n.setting
    UNION ALL
    SELECT $1, $2, l.name, NULL, l.setting, true, false
      FROM latest l
     WHERE NOT l.is_dropped AND NOT EXISTS (SELECT 1 FROM now n WHERE n.name = l.name)";

const STORE_REBOOT: &str = "INSERT INTO powa_settings_reboots (srvid, ts)
    VALUES ($1, $2::timestamptz) ON CONFLICT DO NOTHING";

#[derive(Default)]
pub struct TrackSettings;

impl DataSource for TrackSettings {
    fn startup(&mut self, host: &mut Host<'_>) -> PluginResult {
        host.requires_extension("pg_track_settings");
        schema::ensure(host, &schema())?;
        let server = host.server_id();
        for table in TABLES {
            let exists = host
                .query(
                    "SELECT to_regclass($1) IS NOT NULL AS exists",
                    &[&format!("{table}_srv{server}")],
                )?
                .one()?
                .get::<bool>("exists")?;
            if !exists {
                for statement in schema::partition_sql(table, server) {
                    host.execute(&statement, &[])?;
                }
            }
        }
        Ok(())
    }

    fn snapshot(&mut self, host: &mut Host<'_>) -> PluginResult {
        let read = host.query_monitored(READ_SETTINGS, &[])?;
        let row = read.one()?;
        let names: Vec<Option<String>> = row.get("names")?;
        let settings: Vec<Option<String>> = row.get("settings")?;
        let started: Option<String> = row.get("started")?;
        let (server, now) = (host.server_id(), host.now());
        host.execute(STORE_CHANGES, &[&server, &now, &names, &settings])?;
        if let Some(started) = started {
            host.execute(STORE_REBOOT, &[&server, &started])?;
        }
        Ok(())
    }

    fn purge(&mut self, host: &mut Host<'_>, retention: Duration) -> PluginResult {
        let server = host.server_id();
        let cutoff = powa_core::Timestamp::from_unix_micros(
            host.now().unix_micros - retention.as_micros() as i64,
        );
        host.execute(
            "DELETE FROM powa_settings_changes c
              WHERE c.srvid = $1 AND c.ts < $2
                AND EXISTS (SELECT 1 FROM powa_settings_changes n
                             WHERE n.srvid = c.srvid AND n.name = c.name AND n.ts > c.ts)",
            &[&server, &cutoff],
        )?;
        host.execute(
            "DELETE FROM powa_settings_reboots WHERE srvid = $1 AND ts < $2",
            &[&server, &cutoff],
        )?;
        Ok(())
    }
}

export_plugin! {
    name: "powa_track_settings",
    data_source: TrackSettings::default
}

#[cfg(test)]
mod tests {
    use super::*;
    use powa_core::testing::TestHost;
    use powa_core::{QueryResult, ToValue, Value};

    #[test]
    fn a_snapshot_keeps_the_changes_and_the_start() {
        let mut test_host = TestHost::new();
        test_host.respond(
            "pg_track_settings_settings_src",
            QueryResult::new(
                &["names", "settings", "started"],
                vec![vec![
                    vec![Some("work_mem".to_owned())].to_value(),
                    vec![Some("4096".to_owned())].to_value(),
                    Value::Text("2026-12-03 10:00:00+00".into()),
                ]],
            ),
        );
        TrackSettings.snapshot(&mut test_host.host()).unwrap();
        let statements = test_host.statements();
        assert!(statements[1]
            .sql
            .contains("INSERT INTO powa_settings_changes"));
        assert_eq!(
            statements[1].params[2],
            vec![Some("work_mem".to_owned())].to_value()
        );
        assert!(statements[2]
            .sql
            .contains("INSERT INTO powa_settings_reboots"));
    }

    #[test]
    fn the_schema_is_numbered() {
        assert_eq!(schema().check(), Ok(()));
        assert_eq!(schema().latest(), 1);
    }
}
