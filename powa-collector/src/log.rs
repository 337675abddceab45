//! The collector's log: one line per event on standard error, with the
//! time and the server it is about. Connection parameters appear as
//! `user@host:port/dbname`; passwords never reach this module.

use powa_core::calendar::civil_from_days;
use powa_core::LogLevel;
use std::io::Write;
use std::time::{SystemTime, UNIX_EPOCH};

pub struct Log {
    pub debug: bool,
}

impl Log {
    fn line(&self, level: &str, text: &str) {
        let line = format!(
            "{} powa-collector {level}: {text}\n",
            clock(SystemTime::now())
        );
        // One write per line: lines of concurrent threads do not interleave.
        let _ = std::io::stderr().lock().write_all(line.as_bytes());
    }

    pub fn info(&self, text: &str) {
        self.line("LOG", text);
    }

    pub fn warning(&self, text: &str) {
        self.line("WARNING", text);
    }

    pub fn debug(&self, text: &str) {
        if self.debug {
            self.line("DEBUG", text);
        }
    }

    pub fn server(&self, server_id: i32, text: &str) {
        self.info(&format!("server {server_id}: {text}"));
    }

    pub fn plugin(&self, server_id: i32, plugin: &str, level: LogLevel, text: &str) {
        if level == LogLevel::Debug && !self.debug {
            return;
        }
        let text = format!("server {server_id}: {plugin}: {text}");
        match level {
            LogLevel::Debug => self.debug(&text),
            LogLevel::Warning => self.warning(&text),
            _ => self.info(&text),
        }
    }
}

/// `2026-12-02 15:04:05.123 UTC`: log lines and messages about times.
pub fn clock(time: SystemTime) -> String {
    let since_epoch = time.duration_since(UNIX_EPOCH).unwrap_or_default();
    let seconds = since_epoch.as_secs();
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days as i64);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}.{:03} UTC",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60,
        since_epoch.subsec_millis()
    )
}
