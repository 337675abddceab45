//! powa-core's [`Value`] to and from the `postgres` crate's binary format,
//! reading the same types the worker's SPI host reads.

use bytes::BytesMut;
use powa_core::abi::{ROption, RString, RVec};
use powa_core::{Timestamp, Value};
use std::error::Error;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio_postgres::types::{to_sql_checked, FromSql, IsNull, ToSql, Type};

type BoxError = Box<dyn Error + Sync + Send>;

/// The SQL type a parameter is sent as.
pub fn param_type(value: &Value) -> Type {
    match value {
        // Resolved by the server from the statement's context.
        Value::Null => Type::UNKNOWN,
        Value::Bool(_) => Type::BOOL,
        Value::Int4(_) => Type::INT4,
        Value::Int8(_) => Type::INT8,
        Value::Float8(_) => Type::FLOAT8,
        Value::Text(_) => Type::TEXT,
        Value::Bytea(_) => Type::BYTEA,
        Value::TimestampTz(_) => Type::TIMESTAMPTZ,
        Value::Int8Array(_) => Type::INT8_ARRAY,
        Value::Float8Array(_) => Type::FLOAT8_ARRAY,
        Value::TextArray(_) => Type::TEXT_ARRAY,
        Value::Oid(_) => Type::OID,
    }
}

fn system_time(timestamp: Timestamp) -> SystemTime {
    let micros = timestamp.unix_micros;
    if micros >= 0 {
        UNIX_EPOCH + Duration::from_micros(micros as u64)
    } else {
        UNIX_EPOCH - Duration::from_micros(micros.unsigned_abs())
    }
}

pub fn timestamp(time: SystemTime) -> Timestamp {
    Timestamp::from_unix_micros(match time.duration_since(UNIX_EPOCH) {
        Ok(after) => after.as_micros() as i64,
        Err(before) => -(before.duration().as_micros() as i64),
    })
}

fn options<T: Clone>(items: &RVec<ROption<T>>) -> Vec<Option<T>> {
    items.iter().map(|v| v.clone().into_option()).collect()
}

/// A parameter, sent as the type [`param_type`] gave it.
#[derive(Debug)]
pub struct Param<'a>(pub &'a Value);

impl ToSql for Param<'_> {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
        match self.0 {
            Value::Null => Ok(IsNull::Yes),
            Value::Bool(v) => v.to_sql(ty, out),
            Value::Int4(v) => v.to_sql(ty, out),
            Value::Int8(v) => v.to_sql(ty, out),
            Value::Oid(v) => v.to_sql(ty, out),
            Value::Float8(v) => v.to_sql(ty, out),
            Value::Text(v) => v.as_str().to_sql(ty, out),
            Value::Bytea(v) => v.as_slice().to_sql(ty, out),
            Value::TimestampTz(v) => system_time(*v).to_sql(ty, out),
            Value::Int8Array(v) => options(v).to_sql(ty, out),
            Value::Float8Array(v) => options(v).to_sql(ty, out),
            Value::TextArray(v) => v
                .iter()
                .map(|s| s.as_ref().map(|s| s.as_str()).into_option())
                .collect::<Vec<Option<&str>>>()
                .to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// A result column read as a [`Value`].
pub struct Cell(pub Value);

impl<'a> FromSql<'a> for Cell {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Self, BoxError> {
        let value = match *ty {
            Type::BOOL => Value::Bool(bool::from_sql(ty, raw)?),
            Type::INT2 => Value::Int4(i16::from_sql(ty, raw)?.into()),
            Type::INT4 => Value::Int4(i32::from_sql(ty, raw)?),
            Type::INT8 => Value::Int8(i64::from_sql(ty, raw)?),
            Type::OID => Value::Oid(u32::from_sql(ty, raw)?),
            Type::FLOAT4 => Value::Float8(f32::from_sql(ty, raw)?.into()),
            Type::FLOAT8 => Value::Float8(f64::from_sql(ty, raw)?),
            Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
                Value::Text(String::from_sql(ty, raw)?.into())
            }
            Type::BYTEA => Value::Bytea(Vec::<u8>::from_sql(ty, raw)?.into()),
            Type::TIMESTAMPTZ => Value::TimestampTz(timestamp(SystemTime::from_sql(ty, raw)?)),
            Type::NUMERIC => Value::Text(numeric_text(raw)?.into()),
            Type::INT8_ARRAY => Value::Int8Array(
                Vec::<Option<i64>>::from_sql(ty, raw)?
                    .into_iter()
                    .map(ROption::from)
                    .collect(),
            ),
            Type::FLOAT8_ARRAY => Value::Float8Array(
                Vec::<Option<f64>>::from_sql(ty, raw)?
                    .into_iter()
                    .map(ROption::from)
                    .collect(),
            ),
            Type::TEXT_ARRAY | Type::NAME_ARRAY | Type::VARCHAR_ARRAY => Value::TextArray(
                Vec::<Option<String>>::from_sql(ty, raw)?
                    .into_iter()
                    .map(|s| ROption::from(s.map(RString::from)))
                    .collect(),
            ),
            _ => {
                return Err(format!(
                    "a column of type {} cannot be read by powa-collector: cast it to text",
                    ty.name()
                )
                .into())
            }
        };
        Ok(Cell(value))
    }

    fn from_sql_null(_: &Type) -> Result<Self, BoxError> {
        Ok(Cell(Value::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// numeric's binary form in its text form, every digit kept (as the SPI
/// host gives numeric columns: as text).
fn numeric_text(raw: &[u8]) -> Result<String, BoxError> {
    let word = |at: usize| -> Result<i16, BoxError> {
        raw.get(at..at + 2)
            .map(|b| i16::from_be_bytes([b[0], b[1]]))
            .ok_or_else(|| "a truncated numeric".into())
    };
    let (ndigits, weight, sign, dscale) = (word(0)?, word(2)?, word(4)? as u16, word(6)?);
    match sign {
        0xC000 => return Ok("NaN".into()),
        0xD000 => return Ok("Infinity".into()),
        0xF000 => return Ok("-Infinity".into()),
        _ => {}
    }
    let digits: Vec<i16> = (0..ndigits as usize)
        .map(|i| word(8 + 2 * i))
        .collect::<Result<_, _>>()?;
    let mut text = String::new();
    if sign == 0x4000 {
        text.push('-');
    }
    // Base-10000 digits: `weight` + 1 of them before the point.
    if weight < 0 {
        text.push('0');
    } else {
        for i in 0..=weight as usize {
            let digit = digits.get(i).copied().unwrap_or(0);
            if i == 0 {
                text.push_str(&digit.to_string());
            } else {
                text.push_str(&format!("{digit:04}"));
            }
        }
    }
    if dscale > 0 {
        text.push('.');
        let mut fraction = String::new();
        let mut position = weight as i32 + 1;
        while fraction.len() < dscale as usize {
            let digit = if position < 0 {
                0
            } else {
                digits.get(position as usize).copied().unwrap_or(0)
            };
            fraction.push_str(&format!("{digit:04}"));
            position += 1;
        }
        text.push_str(&fraction[..dscale as usize]);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numeric(ndigits: i16, weight: i16, sign: u16, dscale: i16, digits: &[i16]) -> Vec<u8> {
        let mut raw = Vec::new();
        for word in [ndigits, weight, sign as i16, dscale].iter().chain(digits) {
            raw.extend_from_slice(&word.to_be_bytes());
        }
        raw
    }

    #[test]
    fn numeric_binary_reads_as_its_text() {
        assert_eq!(numeric_text(&numeric(0, 0, 0, 0, &[])).unwrap(), "0");
        assert_eq!(
            numeric_text(&numeric(2, 1, 0, 0, &[12, 3456])).unwrap(),
            "123456"
        );
        assert_eq!(
            numeric_text(&numeric(2, 0, 0x4000, 2, &[7, 5000])).unwrap(),
            "-7.50"
        );
        assert_eq!(
            numeric_text(&numeric(1, -2, 0, 6, &[1200])).unwrap(),
            "0.000012"
        );
        assert_eq!(numeric_text(&numeric(0, 0, 0xC000, 0, &[])).unwrap(), "NaN");
        assert!(numeric_text(&[0, 1]).is_err());
    }

    #[test]
    fn timestamps_round_trip_around_the_epoch() {
        for micros in [0, 1_700_000_000_123_456, -86_400_000_001] {
            let value = Timestamp::from_unix_micros(micros);
            assert_eq!(timestamp(system_time(value)), value);
        }
    }
}
