//! Errors that cross the plugin boundary.

use abi_stable::std_types::RString;
use abi_stable::StableAbi;
use std::fmt;

/// An error as it crosses the boundary: a message, nothing that could unwind
/// or allocate across it in an incompatible way.
#[repr(C)]
#[derive(StableAbi, Debug, Clone, PartialEq, Eq)]
pub struct FfiError {
    pub message: RString,
}

impl FfiError {
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: RString::from(message.into()),
        }
    }
}

impl fmt::Display for FfiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// What a plugin callback returns on failure. Any `std::error::Error`
/// converts into it with `?`; [`PluginError::msg`] makes one from text.
///
/// It deliberately does not implement `std::error::Error` itself (as with
/// `anyhow::Error`), so that the blanket conversion is possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginError {
    message: String,
}

impl PluginError {
    pub fn msg(message: impl fmt::Display) -> Self {
        Self {
            message: message.to_string(),
        }
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for PluginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl<E: std::error::Error> From<E> for PluginError {
    fn from(error: E) -> Self {
        // Keep the chain of causes: "could not x: because y".
        let mut message = error.to_string();
        let mut source = error.source();
        while let Some(cause) = source {
            message.push_str(": ");
            message.push_str(&cause.to_string());
            source = cause.source();
        }
        Self { message }
    }
}

impl From<PluginError> for FfiError {
    fn from(error: PluginError) -> Self {
        FfiError::new(error.message)
    }
}

/// The result type of plugin callbacks.
pub type PluginResult<T = ()> = Result<T, PluginError>;

/// A host call that failed: the server's error message (for SQL, the
/// statement was rolled back and the plugin may go on), or a misuse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct HostError {
    pub message: String,
}

impl HostError {
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

impl From<FfiError> for HostError {
    fn from(error: FfiError) -> Self {
        HostError::new(error.message.into_string())
    }
}

/// A value read from a row was not of the type asked for, or absent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RowError {
    #[error("column {column} does not exist (the row has {columns} columns)")]
    NoSuchColumn { column: String, columns: usize },
    #[error("column {column} is {found}, not {expected}")]
    WrongType {
        column: String,
        expected: &'static str,
        found: &'static str,
    },
    #[error("column {column} is NULL; read it as an Option to accept NULL")]
    UnexpectedNull { column: String },
    #[error("query returned {rows} rows where exactly one was expected")]
    NotOneRow { rows: usize },
}
