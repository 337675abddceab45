//! The collector's log: one line per event on standard error, with the
//! time and the server it is about. Connection parameters appear as
//! `user@host:port/dbname`; passwords never reach this module.

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

/// Year, month, day of a count of days since 1970-01-01 (Howard Hinnant's
/// algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    #[test]
    fn civil_dates() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(20_779), (2026, 11, 22));
        assert_eq!(super::civil_from_days(11_016), (2000, 2, 29));
    }
}
