//! The host API inside powa-collector: a plugin's statements go to the
//! monitored server or to the repository over client connections.

use crate::client::Connection;
use crate::server::Shared;
use powa_core::abi::{ROption, RResult, RSlice, RStr, RString, RVec};
use powa_core::{FfiError, HostApi, LogLevel, QueryResult, Target, Timestamp, Value};

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
            .map_err(|e| e.to_string())?;
        match repository.run(sql, params) {
            Ok(result) => {
                repository
                    .batch("RELEASE SAVEPOINT powa_statement")
                    .map_err(|e| e.to_string())?;
                Ok(result)
            }
            Err(error) => {
                let _ = repository.batch(
                    "ROLLBACK TO SAVEPOINT powa_statement; RELEASE SAVEPOINT powa_statement",
                );
                Err(error.to_string())
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
                .map_err(|e| format!("on the monitored server: {e}")),
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
