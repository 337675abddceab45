//! The collector's log, through `tracing`: one line per event on standard
//! error, plain text (`2026-12-02 15:04:05.123 UTC  INFO server 3: ...`)
//! or, with `log_format = "json"`, one JSON object per line for log
//! shippers. Connection parameters appear as `user@host:port/dbname`;
//! passwords never reach this module.

use chrono::{DateTime, SecondsFormat, Utc};
use powa_config::LogFormat;
use powa_core::LogLevel;
use std::time::SystemTime;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::FormatTime;

/// Sets the process's log up: `debug` lets debug lines through.
pub fn init(format: LogFormat, debug: bool) {
    let builder = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(if debug {
            tracing::Level::DEBUG
        } else {
            tracing::Level::INFO
        })
        .with_target(false)
        .with_ansi(false);
    // A second init (tests) keeps the first subscriber.
    let _ = match format {
        LogFormat::Text => builder.with_timer(Clock).try_init(),
        LogFormat::Json => builder
            .with_timer(Rfc3339)
            .json()
            .flatten_event(true)
            .try_init(),
    };
}

/// What the collector's threads log through.
#[derive(Debug, Clone, Copy, Default)]
pub struct Log;

impl Log {
    pub fn info(&self, text: &str) {
        tracing::info!("{text}");
    }

    pub fn warning(&self, text: &str) {
        tracing::warn!("{text}");
    }

    pub fn debug(&self, text: &str) {
        tracing::debug!("{text}");
    }

    pub fn server(&self, server_id: i32, text: &str) {
        tracing::info!("server {server_id}: {text}");
    }

    pub fn plugin(&self, server_id: i32, plugin: &str, level: LogLevel, text: &str) {
        let text = format!("server {server_id}: {plugin}: {text}");
        match level {
            LogLevel::Debug => tracing::debug!("{text}"),
            LogLevel::Warning => tracing::warn!("{text}"),
            _ => tracing::info!("{text}"),
        }
    }
}

/// `2026-12-02 15:04:05.123 UTC`: log lines and messages about times.
pub fn clock(time: SystemTime) -> String {
    DateTime::<Utc>::from(time)
        .format("%Y-%m-%d %H:%M:%S%.3f UTC")
        .to_string()
}

struct Clock;

impl FormatTime for Clock {
    fn format_time(&self, writer: &mut Writer<'_>) -> std::fmt::Result {
        writer.write_str(&clock(SystemTime::now()))
    }
}

/// JSON lines carry RFC 3339 times, which log shippers parse.
struct Rfc3339;

impl FormatTime for Rfc3339 {
    fn format_time(&self, writer: &mut Writer<'_>) -> std::fmt::Result {
        writer.write_str(&Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn clock_prints_utc_with_milliseconds() {
        let time = UNIX_EPOCH + Duration::from_millis(1_795_878_245_123);
        assert_eq!(clock(time), "2026-11-28 15:04:05.123 UTC");
        assert_eq!(clock(UNIX_EPOCH), "1970-01-01 00:00:00.000 UTC");
    }
}
