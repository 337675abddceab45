//! A page's time range, as its URL carries it: `?from=now-1h&to=now`, or
//! absolute UTC times (`2026-12-02T10:00`, `2026-12-02 10:00:30`).

use chrono::{DateTime, Datelike, NaiveDateTime};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// `now`, or `now-<n><unit>` (s, m, h, d, w).
    Ago(u64),
    /// Seconds since the epoch, UTC.
    At(i64),
}

impl Bound {
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let refused = || {
            format!(
                "{text:?} is not a time: use now, now-15m, now-1h, now-7d (units s, m, h, d, w) \
                 or a UTC date and time such as 2026-12-02T10:00"
            )
        };
        if text == "now" {
            return Ok(Bound::Ago(0));
        }
        if let Some(ago) = text.strip_prefix("now-") {
            let split = ago
                .find(|c: char| !c.is_ascii_digit())
                .ok_or_else(refused)?;
            let (number, unit) = ago.split_at(split);
            let number: u64 = number.parse().map_err(|_| refused())?;
            let unit = match unit {
                "s" => 1,
                "m" => 60,
                "h" => 3600,
                "d" => 86_400,
                "w" => 604_800,
                _ => return Err(refused()),
            };
            return number
                .checked_mul(unit)
                .filter(|s| *s <= 3650 * 86_400)
                .map(Bound::Ago)
                .ok_or_else(refused);
        }
        parse_utc(text).map(Bound::At).ok_or_else(refused)
    }

    pub fn resolve(self, now: i64) -> i64 {
        match self {
            Bound::Ago(seconds) => now - seconds as i64,
            Bound::At(at) => at,
        }
    }
}

/// A resolved range, in seconds since the epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub from: i64,
    pub to: i64,
}

impl Range {
    /// The range of the URL's `from` and `to` (defaults: the last hour).
    pub fn from_query(from: Option<&str>, to: Option<&str>, now: i64) -> Result<Self, String> {
        let from = Bound::parse(from.unwrap_or("now-1h"))?.resolve(now);
        let to = Bound::parse(to.unwrap_or("now"))?.resolve(now);
        if from >= to {
            return Err(format!(
                "the range ends ({}) before it begins ({}): from must be earlier than to",
                sql_time(to),
                sql_time(from)
            ));
        }
        Ok(Self { from, to })
    }
}

pub fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs() as i64
}

/// `2026-12-02 10:00:00+00`: what `timestamptz` reads.
pub fn sql_time(unix: i64) -> String {
    match DateTime::from_timestamp(unix, 0) {
        Some(time) => time.format("%Y-%m-%d %H:%M:%S+00").to_string(),
        // Beyond chrono's years: only a forged bound gets here, and
        // PostgreSQL refuses it as it refuses any garbage.
        None => format!("epoch {unix}"),
    }
}

/// `2026-12-02T10:00:00`: what the URL and date inputs carry.
pub fn url_time(unix: i64) -> String {
    sql_time(unix).trim_end_matches("+00").replacen(' ', "T", 1)
}

/// `YYYY-MM-DD[T| ]HH:MM[:SS][Z]`, UTC, years 1970 to 9999.
fn parse_utc(text: &str) -> Option<i64> {
    let text = text.strip_suffix('Z').unwrap_or(text).replacen(' ', "T", 1);
    let time = NaiveDateTime::parse_from_str(&text, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(&text, "%Y-%m-%dT%H:%M"))
        .ok()?;
    (1970..=9999)
        .contains(&time.year())
        .then(|| time.and_utc().timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_bounds() {
        assert_eq!(Bound::parse("now"), Ok(Bound::Ago(0)));
        assert_eq!(Bound::parse("now-15m"), Ok(Bound::Ago(900)));
        assert_eq!(Bound::parse("now-2d"), Ok(Bound::Ago(172_800)));
        assert!(Bound::parse("now-1y")
            .unwrap_err()
            .contains("units s, m, h, d, w"));
        assert!(Bound::parse("now-h").is_err());
        assert!(Bound::parse("now-99999999999w").is_err());
    }

    #[test]
    fn absolute_bounds_are_utc() {
        assert_eq!(Bound::parse("1970-01-01T00:00"), Ok(Bound::At(0)));
        assert_eq!(
            Bound::parse("2000-03-01 00:00:01"),
            Ok(Bound::At(951_868_801))
        );
        assert_eq!(sql_time(951_868_801), "2000-03-01 00:00:01+00");
        assert_eq!(url_time(951_868_801), "2000-03-01T00:00:01");
        assert!(Bound::parse("2001-02-29T00:00").is_err());
        assert!(Bound::parse("2000-02-29T24:00").is_err());
        assert!(Bound::parse("2000-02-29T23:59").is_ok());
        assert!(Bound::parse("'; DROP TABLE x").is_err());
    }

    #[test]
    fn a_range_begins_before_it_ends() {
        let now = 1_000_000;
        let range = Range::from_query(None, None, now).unwrap();
        assert_eq!(
            range,
            Range {
                from: now - 3600,
                to: now
            }
        );
        let error = Range::from_query(Some("now"), Some("now-1h"), now).unwrap_err();
        assert!(error.contains("from must be earlier than to"), "{error}");
    }
}
