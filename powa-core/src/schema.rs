//! Versioned repository tables for plugins.
//!
//! A plugin that keeps tables in the repository (every source built on the
//! counter history does) numbers their schema: version 1 is what it made
//! first, and each later change is a [`Migration`] to the next number.
//! [`ensure`] runs in the plugin's `startup`: it makes the tables at the
//! latest version on a new repository, or brings older ones up migration by
//! migration, in the startup's transaction, recording each step in the
//! extension's `powa_schema_migrations` table and the server log. A
//! repository newer than the plugin (its tables at a version the plugin does
//! not know, after a downgrade) is refused rather than written to.

use crate::host::{Host, LogLevel};
use crate::{PluginError, PluginResult};

/// One step of a component's schema: the statements that bring it from
/// `version - 1` to `version`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migration {
    pub version: i32,
    /// What the step changes, for the log and `powa_schema_migrations`.
    pub description: &'static str,
    pub statements: Vec<String>,
}

/// A component's tables: its name in `powa_schema_migrations` (the plugin's
/// name, or a source's table prefix), how to make them at the latest
/// version, and the migrations that lead there from version 1.
#[derive(Debug, Clone)]
pub struct Schema {
    pub component: String,
    /// Statements making every table at [`Schema::latest`], idempotently.
    pub create: Vec<String>,
    /// Versions 2, 3, ... in order; empty while the schema is at version 1.
    pub migrations: Vec<Migration>,
    /// A relation whose existence shows the tables exist although no
    /// version was recorded: they were made before powa recorded versions
    /// (powa 0.1.0), at version 1.
    pub marker_relation: String,
}

/// What [`ensure`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Current(i32),
    Created(i32),
    Migrated { from: i32, to: i32 },
}

impl Schema {
    /// The version the plugin's tables have once [`ensure`] ran.
    pub fn latest(&self) -> i32 {
        self.migrations.last().map_or(1, |m| m.version)
    }

    /// Checks that the migrations are numbered 2, 3, ... without a gap.
    pub fn check(&self) -> Result<(), String> {
        for (index, migration) in self.migrations.iter().enumerate() {
            let expected = index as i32 + 2;
            if migration.version != expected {
                return Err(format!(
                    "{}: migration {} is numbered {} (migrations are numbered 2, 3, ... in order)",
                    self.component,
                    index + 1,
                    migration.version
                ));
            }
        }
        Ok(())
    }
}

/// The partition of `table` (partitioned by server id) for `server`: made
/// apart and then attached, because `CREATE TABLE ... PARTITION OF` would
/// take an ACCESS EXCLUSIVE lock on the parent, waiting for every other
/// server's snapshot writing to it, where ATTACH PARTITION takes SHARE
/// UPDATE EXCLUSIVE, which those writes do not conflict with. Columns keep
/// their parent's compression (ALTER TABLE sets it per table).
/// The partition is read through its parent only: the grants
/// [`WRITER_ROLE`]'s default privileges give it are taken back (else its
/// columns would bypass the parent's narrower ones, [`private_columns_sql`]).
pub fn partition_sql(table: &str, server: i32) -> [String; 3] {
    [
        format!(
            "CREATE TABLE IF NOT EXISTS {table}_srv{server} \
             (LIKE {table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING COMPRESSION)"
        ),
        format!("REVOKE ALL ON {table}_srv{server} FROM {METRICS_ROLE}"),
        format!(
            "ALTER TABLE {table} ATTACH PARTITION {table}_srv{server} FOR VALUES IN ({server})"
        ),
    ]
}

/// The role owning what plugins make in the repository (tables, partitions,
/// reading functions), of which the worker's and the collectors' roles are
/// members (the extension's `added-0.4.0.sql`): the hosts run plugins as
/// this role (powa-collector's `begin_as_writer`, the worker's `AsWriter`).
pub const WRITER_ROLE: &str = "powa_write_all_data";
/// Reads every metric, no text: what the default privileges of
/// [`WRITER_ROLE`] grant its new tables and functions to.
pub const METRICS_ROLE: &str = "powa_read_all_metrics";
/// Reads texts and constants too.
pub const DATA_ROLE: &str = "powa_read_all_data";

/// Statements narrowing what [`METRICS_ROLE`] reads of `table` to its
/// columns other than `private` (query texts, predicate constants), which
/// [`DATA_ROLE`] reads. Idempotent: run at every startup, so columns added
/// by a migration are granted too. Run by the table's owner.
pub fn private_columns_sql(table: &str, private: &[&str]) -> String {
    let private = private
        .iter()
        .map(|column| format!("'{}'", column.replace('\'', "''")))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "DO $private$
         DECLARE
             _columns text;
         BEGIN
             SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO _columns
               FROM pg_attribute a
              WHERE a.attrelid = '{table}'::regclass AND a.attnum > 0 AND NOT a.attisdropped
                AND a.attname <> ALL (ARRAY[{private}]::name[]);
             REVOKE SELECT ON {table} FROM {METRICS_ROLE};
             EXECUTE format('GRANT SELECT (%s) ON {table} TO {METRICS_ROLE}', _columns);
             GRANT SELECT ON {table} TO {DATA_ROLE};
         END
         $private$"
    )
}

/// Serializes makers and migrators of one component until their
/// transaction ends. (In FROM: a host cannot read a `void` column.)
const LOCK_SQL: &str = "SELECT 1 AS locked
    FROM pg_advisory_xact_lock(hashtext('powa_schema_migrations'), hashtext($1))";

/// Makes or migrates `schema`'s tables (see the module's documentation).
/// Serialized per component with a transaction-scoped advisory lock: the
/// worker and several collectors may start the same source at once.
pub fn ensure(host: &mut Host<'_>, schema: &Schema) -> PluginResult<Outcome> {
    schema.check().map_err(PluginError::msg)?;
    let component = schema.component.as_str();
    let latest = schema.latest();
    host.query(LOCK_SQL, &[&component])?;
    let recorded: Option<i32> = host
        .query(
            "SELECT max(version) AS version FROM powa_schema_migrations WHERE component = $1",
            &[&component],
        )?
        .one()?
        .get("version")?;
    let current = match recorded {
        Some(version) => version,
        None => {
            let exists: bool = host
                .query(
                    "SELECT to_regclass($1) IS NOT NULL AS exists",
                    &[&schema.marker_relation],
                )?
                .one()?
                .get("exists")?;
            if exists {
                record(
                    host,
                    component,
                    1,
                    "made before schema versions were recorded (powa 0.1.0)",
                )?;
                1
            } else {
                for statement in &schema.create {
                    host.execute(statement, &[])?;
                }
                record(host, component, latest, "created")?;
                return Ok(Outcome::Created(latest));
            }
        }
    };
    if current > latest {
        return Err(PluginError::msg(format!(
            "the repository's tables of {component} are at schema version {current}, \
             this plugin knows versions up to {latest}: it is older than the powa that \
             upgraded them; install the plugin of that powa version"
        )));
    }
    if current == latest {
        return Ok(Outcome::Current(current));
    }
    for migration in schema.migrations.iter().filter(|m| m.version > current) {
        for statement in &migration.statements {
            host.execute(statement, &[]).map_err(|error| {
                PluginError::msg(format!(
                    "{component}: migrating its tables to schema version {} ({}) failed: {error}",
                    migration.version, migration.description
                ))
            })?;
        }
        record(host, component, migration.version, migration.description)?;
        host.log(
            LogLevel::Log,
            &format!(
                "{component}: tables migrated to schema version {}: {}",
                migration.version, migration.description
            ),
        );
    }
    Ok(Outcome::Migrated {
        from: current,
        to: latest,
    })
}

fn record(host: &mut Host<'_>, component: &str, version: i32, description: &str) -> PluginResult {
    host.execute(
        "INSERT INTO powa_schema_migrations (component, version, description) VALUES ($1, $2, $3)",
        &[&component, &version, &description],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(versions: &[i32]) -> Schema {
        Schema {
            component: "demo".into(),
            create: vec!["CREATE TABLE demo (a int)".into()],
            migrations: versions
                .iter()
                .map(|&version| Migration {
                    version,
                    description: "a step",
                    statements: vec![],
                })
                .collect(),
            marker_relation: "demo".into(),
        }
    }

    #[test]
    fn latest_is_the_last_migration_or_1() {
        assert_eq!(schema(&[]).latest(), 1);
        assert_eq!(schema(&[2, 3]).latest(), 3);
    }

    #[test]
    fn migrations_must_be_numbered_from_2_without_gaps() {
        assert!(schema(&[2, 3]).check().is_ok());
        let error = schema(&[2, 4]).check().unwrap_err();
        assert!(error.contains("migration 2 is numbered 4"), "{error}");
        assert!(schema(&[1]).check().is_err());
    }

    use crate::testing::TestHost;
    use crate::{QueryResult, Value};

    fn host_at(version: Option<i32>, exists: bool) -> TestHost {
        let mut test_host = TestHost::new();
        test_host
            .respond(
                "max(version)",
                QueryResult::new(
                    &["version"],
                    vec![vec![version.map_or(Value::Null, Value::Int4)]],
                ),
            )
            .respond(
                "to_regclass",
                QueryResult::new(&["exists"], vec![vec![Value::Bool(exists)]]),
            );
        test_host
    }

    fn migrating() -> Schema {
        let mut schema = schema(&[2, 3]);
        schema.migrations[0].statements = vec!["ALTER TABLE demo ADD b int".into()];
        schema.migrations[1].statements = vec!["CREATE INDEX demo_b ON demo (b)".into()];
        schema
    }

    #[test]
    fn a_new_repository_gets_the_latest_tables() {
        let mut test_host = host_at(None, false);
        let outcome = ensure(&mut test_host.host(), &migrating()).unwrap();
        assert_eq!(outcome, Outcome::Created(3));
        let sql = test_host.sql();
        assert!(sql.contains(&"CREATE TABLE demo (a int)"), "{sql:?}");
        assert!(!sql.iter().any(|s| s.contains("ALTER TABLE")), "{sql:?}");
        let recorded = &test_host.statements().last().unwrap().params;
        assert_eq!(recorded[1], Value::Int4(3));
    }

    #[test]
    fn tables_from_before_versions_are_version_1_and_migrated_in_order() {
        let mut test_host = host_at(None, true);
        let outcome = ensure(&mut test_host.host(), &migrating()).unwrap();
        assert_eq!(outcome, Outcome::Migrated { from: 1, to: 3 });
        let sql = test_host.sql();
        let alter = sql.iter().position(|s| s.contains("ADD b")).unwrap();
        let index = sql.iter().position(|s| s.contains("CREATE INDEX")).unwrap();
        assert!(alter < index, "{sql:?}");
        assert!(!sql.contains(&"CREATE TABLE demo (a int)"), "{sql:?}");
        let versions: Vec<&Value> = test_host
            .statements()
            .iter()
            .filter(|s| s.sql.starts_with("INSERT INTO powa_schema_migrations"))
            .map(|s| &s.params[1])
            .collect();
        assert_eq!(
            versions,
            [&Value::Int4(1), &Value::Int4(2), &Value::Int4(3)]
        );
        assert_eq!(test_host.logs().len(), 2);
        assert!(
            test_host.logs()[1].1.contains("schema version 3"),
            "{:?}",
            test_host.logs()
        );
    }

    #[test]
    fn only_the_missing_steps_run() {
        let mut test_host = host_at(Some(2), true);
        let outcome = ensure(&mut test_host.host(), &migrating()).unwrap();
        assert_eq!(outcome, Outcome::Migrated { from: 2, to: 3 });
        assert!(!test_host.sql().iter().any(|s| s.contains("ADD b")));
        let mut test_host = host_at(Some(3), true);
        assert_eq!(
            ensure(&mut test_host.host(), &migrating()).unwrap(),
            Outcome::Current(3)
        );
    }

    #[test]
    fn a_newer_repository_is_refused() {
        let mut test_host = host_at(Some(4), true);
        let error = ensure(&mut test_host.host(), &migrating())
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("schema version 4") && error.contains("up to 3"),
            "{error}"
        );
        assert!(!test_host.sql().iter().any(|s| s.contains("demo")));
    }

    #[test]
    fn a_failing_step_names_its_version() {
        let mut test_host = host_at(Some(1), true);
        test_host.fail("ADD b", "column \"b\" already exists");
        let error = ensure(&mut test_host.host(), &migrating())
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("schema version 2") && error.contains("already exists"),
            "{error}"
        );
    }
}
