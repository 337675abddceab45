//! The host API inside powa-collector: a plugin's statements go to the
//! monitored server or to the repository over client connections.

use crate::convert::{param_type, Cell, Param};
use crate::server::Shared;
use postgres::types::{ToSql, Type};
use postgres::{Client, Statement};
use powa_core::abi::{ROption, RResult, RSlice, RStr, RString, RVec};
use powa_core::{FfiError, HostApi, LogLevel, QueryResult, Target, Timestamp, Value};
use std::collections::HashMap;

/// Prepared statements kept per connection: a snapshot runs the same few
/// statements every time.
const MAX_KEPT_STATEMENTS: usize = 256;

/// A client connection and its prepared statements.
pub struct Connection {
    pub client: Client,
    /// Per statement text, the statement prepared for each list of
    /// parameter types (looked up without allocating).
    statements: HashMap<String, Vec<(Vec<Type>, Statement)>>,
    kept: usize,
}

impl Connection {
    pub fn new(client: Client) -> Self {
        Self {
            client,
            statements: HashMap::new(),
            kept: 0,
        }
    }

    /// Runs one statement with `$n` parameters typed as the worker's SPI
    /// host types them.
    pub fn run(&mut self, sql: &str, params: &[Value]) -> Result<QueryResult, postgres::Error> {
        let cached = self.statements.get(sql).and_then(|prepared| {
            prepared
                .iter()
                .find(|(types, _)| {
                    types.len() == params.len()
                        && types.iter().zip(params).all(|(t, p)| *t == param_type(p))
                })
                .map(|(_, statement)| statement.clone())
        });
        let statement = match cached {
            Some(statement) => statement,
            None => {
                let types: Vec<Type> = params.iter().map(param_type).collect();
                let statement = self.client.prepare_typed(sql, &types)?;
                if self.kept >= MAX_KEPT_STATEMENTS {
                    self.statements.clear();
                    self.kept = 0;
                }
                self.kept += 1;
                self.statements
                    .entry(sql.to_owned())
                    .or_default()
                    .push((types, statement.clone()));
                statement
            }
        };
        let params: Vec<Param<'_>> = params.iter().map(Param).collect();
        let params: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        if statement.columns().is_empty() {
            let rows_affected = self.client.execute(&statement, &params)?;
            return Ok(QueryResult {
                rows_affected,
                ..QueryResult::default()
            });
        }
        let rows = self.client.query(&statement, &params)?;
        let mut result = QueryResult {
            columns: statement
                .columns()
                .iter()
                .map(|c| RString::from(c.name()))
                .collect(),
            rows_affected: rows.len() as u64,
            ..QueryResult::default()
        };
        for row in &rows {
            let mut values = RVec::with_capacity(row.len());
            for index in 0..row.len() {
                values.push(row.try_get::<_, Cell>(index)?.0);
            }
            result.rows.push(values);
        }
        Ok(result)
    }

    /// Runs statements without parameters or results (transaction control).
    pub fn batch(&mut self, sql: &str) -> Result<(), postgres::Error> {
        self.client.batch_execute(sql)
    }
}

/// A client error as PostgreSQL words it: message, detail and hint.
pub fn describe(error: &postgres::Error) -> String {
    match error.as_db_error() {
        Some(db) => {
            let mut text = format!("{}: {}", db.severity(), db.message());
            if let Some(detail) = db.detail() {
                text.push_str(&format!(" (detail: {detail})"));
            }
            if let Some(hint) = db.hint() {
                text.push_str(&format!(" (hint: {hint})"));
            }
            text
        }
        None => {
            let mut text = error.to_string();
            let mut source = std::error::Error::source(error);
            while let Some(cause) = source {
                let cause_text = cause.to_string();
                if !text.contains(&cause_text) {
                    text.push_str(&format!(": {cause_text}"));
                }
                source = cause.source();
            }
            text
        }
    }
}

/// What one plugin call of one server sees.
pub struct CollectorHost<'a> {
    plugin: &'a str,
    server_id: i32,
    monitored: &'a mut Connection,
    repository: &'a mut Connection,
    shared: &'a Shared,
    version_num: u32,
    now: Timestamp,
    /// What the plugin declared with `requires_extension`.
    pub required_extensions: Vec<String>,
}

impl<'a> CollectorHost<'a> {
    pub fn new(
        plugin: &'a str,
        server_id: i32,
        monitored: &'a mut Connection,
        repository: &'a mut Connection,
        shared: &'a Shared,
        version_num: u32,
        now: Timestamp,
    ) -> Self {
        Self {
            plugin,
            server_id,
            monitored,
            repository,
            shared,
            version_num,
            now,
            required_extensions: Vec::new(),
        }
    }

    /// A repository statement in a savepoint of its own: a failure rolls
    /// back that statement only, as the worker's subtransactions do.
    fn repository_statement(&mut self, sql: &str, params: &[Value]) -> Result<QueryResult, String> {
        let repository = &mut *self.repository;
        repository
            .batch("SAVEPOINT powa_statement")
            .map_err(|e| describe(&e))?;
        match repository.run(sql, params) {
            Ok(result) => {
                repository
                    .batch("RELEASE SAVEPOINT powa_statement")
                    .map_err(|e| describe(&e))?;
                Ok(result)
            }
            Err(error) => {
                let _ = repository.batch(
                    "ROLLBACK TO SAVEPOINT powa_statement; RELEASE SAVEPOINT powa_statement",
                );
                Err(describe(&error))
            }
        }
    }
}

impl HostApi for CollectorHost<'_> {
    fn query(
        &mut self,
        target: Target,
        sql: RStr<'_>,
        params: RSlice<'_, Value>,
    ) -> RResult<QueryResult, FfiError> {
        let outcome = match target {
            Target::Monitored => self
                .monitored
                .run(sql.as_str(), params.as_slice())
                .map_err(|e| format!("on the monitored server: {}", describe(&e))),
            Target::Repository => self.repository_statement(sql.as_str(), params.as_slice()),
        };
        match outcome {
            Ok(result) => RResult::ROk(result),
            Err(message) => RResult::RErr(FfiError::new(message)),
        }
    }

    fn log(&mut self, level: LogLevel, message: RStr<'_>) {
        self.shared
            .log
            .plugin(self.server_id, self.plugin, level, message.as_str());
    }

    fn setting(&mut self, name: RStr<'_>) -> ROption<RString> {
        self.shared
            .settings
            .get(name.as_str())
            .map(|value| RString::from(value.as_str()))
            .into()
    }

    fn server_version_num(&self) -> u32 {
        self.version_num
    }

    fn server_id(&self) -> i32 {
        self.server_id
    }

    fn now(&self) -> Timestamp {
        self.now
    }

    fn block_image(&mut self, _block_id: u8) -> RResult<RVec<u8>, FfiError> {
        RResult::RErr(FfiError::new(
            "block images exist only in WAL record callbacks, which powa-collector does not run",
        ))
    }

    fn requires_extension(&mut self, name: RStr<'_>) {
        self.required_extensions.push(name.to_string());
    }
}
