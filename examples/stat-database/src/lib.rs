//! example_stat_database: a powa data source, written only against
//! powa-core. See README.md.

use powa_core::{export_plugin, DataSource, Host, PluginResult};
use std::time::Duration;

#[derive(Default)]
pub struct StatDatabase;

impl DataSource for StatDatabase {
    fn startup(&mut self, host: &mut Host<'_>) -> PluginResult {
        host.execute(
            "CREATE TABLE IF NOT EXISTS example_stat_database_history (
                srvid integer NOT NULL,
                ts timestamptz NOT NULL,
                datname text NOT NULL,
                xact_commit bigint NOT NULL,
                xact_rollback bigint NOT NULL)",
            &[],
        )?;
        Ok(())
    }

    fn snapshot(&mut self, host: &mut Host<'_>) -> PluginResult {
        let rows = host.query_monitored(
            "SELECT datname::text AS datname, xact_commit, xact_rollback
               FROM pg_stat_database WHERE datname IS NOT NULL",
            &[],
        )?;
        let (server, now) = (host.server_id(), host.now());
        for row in rows.rows() {
            let datname: String = row.get("datname")?;
            let commits: i64 = row.get("xact_commit")?;
            let rollbacks: i64 = row.get("xact_rollback")?;
            host.execute(
                "INSERT INTO example_stat_database_history VALUES ($1, $2, $3, $4, $5)",
                &[&server, &now, &datname, &commits, &rollbacks],
            )?;
        }
        Ok(())
    }

    fn purge(&mut self, host: &mut Host<'_>, retention: Duration) -> PluginResult {
        let oldest = powa_core::Timestamp::from_unix_micros(
            host.now().unix_micros - retention.as_micros() as i64,
        );
        host.execute(
            "DELETE FROM example_stat_database_history WHERE srvid = $1 AND ts < $2",
            &[&host.server_id(), &oldest],
        )?;
        Ok(())
    }

    fn unregister(&mut self, host: &mut Host<'_>) -> PluginResult {
        host.execute("DROP TABLE IF EXISTS example_stat_database_history", &[])?;
        Ok(())
    }
}

export_plugin! { name: "example_stat_database", data_source: StatDatabase::default }

#[cfg(test)]
mod tests {
    use super::*;
    use powa_core::testing::TestHost;
    use powa_core::{QueryResult, Target, Value};

    fn stats() -> QueryResult {
        QueryResult::new(
            &["datname", "xact_commit", "xact_rollback"],
            vec![
                vec![Value::Text("powa".into()), Value::Int8(10), Value::Int8(1)],
                vec![
                    Value::Text("postgres".into()),
                    Value::Int8(7),
                    Value::Int8(0),
                ],
            ],
        )
    }

    #[test]
    fn snapshot_inserts_one_row_per_database() {
        let mut test_host = TestHost::new();
        test_host
            .respond("FROM pg_stat_database", stats())
            .set_server_id(3);
        StatDatabase.snapshot(&mut test_host.host()).unwrap();

        let statements = test_host.statements();
        assert_eq!(statements.len(), 3);
        assert_eq!(statements[0].target, Target::Monitored);
        assert_eq!(statements[1].target, Target::Repository);
        assert!(statements[1]
            .sql
            .starts_with("INSERT INTO example_stat_database_history"));
        assert_eq!(statements[1].params[0], Value::Int4(3));
        assert_eq!(statements[1].params[2], Value::Text("powa".into()));
        assert_eq!(statements[1].params[3], Value::Int8(10));
        assert_eq!(statements[2].params[2], Value::Text("postgres".into()));
    }

    #[test]
    fn snapshot_reports_a_failed_read() {
        let mut test_host = TestHost::new();
        test_host.fail("FROM pg_stat_database", "permission denied");
        let error = StatDatabase.snapshot(&mut test_host.host()).unwrap_err();
        assert_eq!(error.message(), "permission denied");
        assert_eq!(
            test_host.statements().len(),
            1,
            "nothing inserted after the failure"
        );
    }

    #[test]
    fn purge_deletes_what_is_older_than_retention() {
        let mut test_host = TestHost::new();
        let now = test_host.host().now();
        StatDatabase
            .purge(&mut test_host.host(), Duration::from_secs(3600))
            .unwrap();
        let statement = &test_host.statements()[0];
        assert!(statement
            .sql
            .starts_with("DELETE FROM example_stat_database_history"));
        assert_eq!(
            statement.params[1],
            Value::TimestampTz(powa_core::Timestamp::from_unix_micros(
                now.unix_micros - 3_600_000_000
            ))
        );
    }

    #[test]
    fn exported_through_the_abi() {
        let module = powa_plugin_module();
        assert_eq!(module.name().as_str(), "example_stat_database");
        let mut source = (module.new_data_source().unwrap())().unwrap();
        let mut test_host = TestHost::new();
        test_host.respond("FROM pg_stat_database", stats());
        assert!(source.snapshot(test_host.api()).is_ok());
        assert_eq!(test_host.statements().len(), 3);
    }
}
