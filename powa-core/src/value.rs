//! Values exchanged with the host: SQL parameters and result columns.

use crate::error::RowError;
use abi_stable::std_types::{ROption, RString, RVec};
use abi_stable::StableAbi;

/// A point in time, microseconds since the Unix epoch (UTC): `timestamptz`.
#[repr(transparent)]
#[derive(StableAbi, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    pub unix_micros: i64,
}

impl Timestamp {
    pub fn from_unix_micros(unix_micros: i64) -> Self {
        Self { unix_micros }
    }

    /// Seconds since the epoch, with a fraction.
    pub fn as_unix_seconds_f64(self) -> f64 {
        self.unix_micros as f64 / 1e6
    }
}

/// One SQL value. Columns of other types reach plugins as `Text`, in
/// PostgreSQL's text output form (numeric, for example, keeps every digit).
#[repr(u8)]
#[derive(StableAbi, Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int4(i32),
    Int8(i64),
    Float8(f64),
    Text(RString),
    Bytea(RVec<u8>),
    TimestampTz(Timestamp),
    Int8Array(RVec<ROption<i64>>),
    Float8Array(RVec<ROption<f64>>),
    TextArray(RVec<ROption<RString>>),
    /// An `oid` (cast a reg* type to oid to read its number).
    Oid(u32),
}

impl Value {
    /// The SQL type name, for messages and for `$n::type` casts.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Int4(_) => "integer",
            Value::Int8(_) => "bigint",
            Value::Float8(_) => "double precision",
            Value::Text(_) => "text",
            Value::Bytea(_) => "bytea",
            Value::TimestampTz(_) => "timestamp with time zone",
            Value::Int8Array(_) => "bigint[]",
            Value::Float8Array(_) => "double precision[]",
            Value::TextArray(_) => "text[]",
            Value::Oid(_) => "oid",
        }
    }
}

/// Rust values usable as SQL parameters.
pub trait ToValue {
    fn to_value(&self) -> Value;
}

/// Rust values readable from a result column.
pub trait FromValue: Sized {
    /// The SQL type expected, for error messages.
    const EXPECTED: &'static str;
    /// `None` when the value is not of this type.
    fn from_value(value: &Value) -> Option<Self>;
    /// What a NULL reads as: an error, except for `Option<T>`.
    fn from_null() -> Option<Self> {
        None
    }
}

macro_rules! scalar {
    ($rust:ty, $variant:ident, $expected:literal) => {
        impl ToValue for $rust {
            fn to_value(&self) -> Value {
                Value::$variant(self.clone().into())
            }
        }
        impl FromValue for $rust {
            const EXPECTED: &'static str = $expected;
            fn from_value(value: &Value) -> Option<Self> {
                match value {
                    Value::$variant(v) => Some(v.clone().into()),
                    _ => None,
                }
            }
        }
    };
}

scalar!(bool, Bool, "boolean");
scalar!(i32, Int4, "integer");
scalar!(f64, Float8, "double precision");
scalar!(Timestamp, TimestampTz, "timestamp with time zone");
scalar!(u32, Oid, "oid");

impl ToValue for i64 {
    fn to_value(&self) -> Value {
        Value::Int8(*self)
    }
}

impl FromValue for i64 {
    const EXPECTED: &'static str = "bigint";
    fn from_value(value: &Value) -> Option<Self> {
        // Reading an integer column as i64 is always exact.
        match value {
            Value::Int8(v) => Some(*v),
            Value::Int4(v) => Some(i64::from(*v)),
            Value::Oid(v) => Some(i64::from(*v)),
            _ => None,
        }
    }
}

impl ToValue for str {
    fn to_value(&self) -> Value {
        Value::Text(self.into())
    }
}

impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::Text(self.as_str().into())
    }
}

impl FromValue for String {
    const EXPECTED: &'static str = "text";
    fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Text(v) => Some(v.to_string()),
            _ => None,
        }
    }
}

impl ToValue for [u8] {
    fn to_value(&self) -> Value {
        Value::Bytea(self.into())
    }
}

impl ToValue for Vec<u8> {
    fn to_value(&self) -> Value {
        Value::Bytea(self.as_slice().into())
    }
}

impl FromValue for Vec<u8> {
    const EXPECTED: &'static str = "bytea";
    fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Bytea(v) => Some(v.to_vec()),
            _ => None,
        }
    }
}

macro_rules! array {
    ($rust:ty, $variant:ident, $expected:literal, $to:expr, $from:expr) => {
        impl ToValue for [Option<$rust>] {
            fn to_value(&self) -> Value {
                Value::$variant(
                    self.iter()
                        .map(|e| ROption::from(e.clone().map($to)))
                        .collect(),
                )
            }
        }
        impl ToValue for Vec<Option<$rust>> {
            fn to_value(&self) -> Value {
                self.as_slice().to_value()
            }
        }
        impl ToValue for [$rust] {
            fn to_value(&self) -> Value {
                Value::$variant(
                    self.iter()
                        .map(|e| ROption::RSome(($to)(e.clone())))
                        .collect(),
                )
            }
        }
        impl ToValue for Vec<$rust> {
            fn to_value(&self) -> Value {
                self.as_slice().to_value()
            }
        }
        impl FromValue for Vec<Option<$rust>> {
            const EXPECTED: &'static str = $expected;
            fn from_value(value: &Value) -> Option<Self> {
                match value {
                    Value::$variant(v) => Some(
                        v.iter()
                            .map(|e| e.clone().into_option().map($from))
                            .collect(),
                    ),
                    _ => None,
                }
            }
        }
    };
}

array!(i64, Int8Array, "bigint[]", |v: i64| v, |v: i64| v);
array!(
    f64,
    Float8Array,
    "double precision[]",
    |v: f64| v,
    |v: f64| v
);
array!(
    String,
    TextArray,
    "text[]",
    |v: String| RString::from(v),
    |v: RString| v.into_string()
);

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value {
        match self {
            Some(v) => v.to_value(),
            None => Value::Null,
        }
    }
}

impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}

impl ToValue for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}

impl<T: FromValue> FromValue for Option<T> {
    const EXPECTED: &'static str = T::EXPECTED;
    fn from_value(value: &Value) -> Option<Self> {
        T::from_value(value).map(Some)
    }
    fn from_null() -> Option<Self> {
        Some(None)
    }
}

/// The rows a statement returned, with the column names.
#[repr(C)]
#[derive(StableAbi, Debug, Clone, PartialEq, Default)]
pub struct QueryResult {
    pub columns: RVec<RString>,
    pub rows: RVec<RVec<Value>>,
    /// Rows inserted, updated or deleted (or returned, for a SELECT).
    pub rows_affected: u64,
}

impl QueryResult {
    /// A result with the given column names and rows, as a test host answers.
    pub fn new(columns: &[&str], rows: Vec<Vec<Value>>) -> Self {
        let rows_affected = rows.len() as u64;
        Self {
            columns: columns.iter().map(|c| RString::from(*c)).collect(),
            rows: rows.into_iter().map(RVec::from).collect(),
            rows_affected,
        }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows.iter().map(move |values| Row {
            columns: &self.columns,
            values,
        })
    }

    /// The only row; an error if there are none or several.
    pub fn one(&self) -> Result<Row<'_>, RowError> {
        if self.rows.len() != 1 {
            return Err(RowError::NotOneRow {
                rows: self.rows.len(),
            });
        }
        Ok(self.rows().next().expect("checked: one row"))
    }
}

/// One result row.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    columns: &'a [RString],
    values: &'a [Value],
}

/// A column, by position (from 0) or by name.
pub trait ColumnIndex {
    fn position(&self, columns: &[RString]) -> Option<usize>;
    fn describe(&self) -> String;
}

impl ColumnIndex for usize {
    fn position(&self, columns: &[RString]) -> Option<usize> {
        (*self < columns.len()).then_some(*self)
    }
    fn describe(&self) -> String {
        format!("#{self}")
    }
}

impl ColumnIndex for &str {
    fn position(&self, columns: &[RString]) -> Option<usize> {
        columns.iter().position(|c| c.as_str() == *self)
    }
    fn describe(&self) -> String {
        format!("\"{self}\"")
    }
}

impl<'a> Row<'a> {
    pub fn values(&self) -> &'a [Value] {
        self.values
    }

    /// The column as `T`; read nullable columns as `Option<T>`.
    pub fn get<T: FromValue>(&self, column: impl ColumnIndex) -> Result<T, RowError> {
        let position = column
            .position(self.columns)
            .ok_or_else(|| RowError::NoSuchColumn {
                column: column.describe(),
                columns: self.columns.len(),
            })?;
        let value = &self.values[position];
        if let Value::Null = value {
            return T::from_null().ok_or_else(|| RowError::UnexpectedNull {
                column: column.describe(),
            });
        }
        T::from_value(value).ok_or_else(|| RowError::WrongType {
            column: column.describe(),
            expected: T::EXPECTED,
            found: value.type_name(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result() -> QueryResult {
        QueryResult::new(
            &["id", "name", "tags", "missing"],
            vec![vec![
                Value::Int4(7),
                Value::Text("x".into()),
                vec![Some("a".to_string()), None].to_value(),
                Value::Null,
            ]],
        )
    }

    #[test]
    fn reads_columns_by_position_and_name() {
        let result = result();
        let row = result.one().unwrap();
        assert_eq!(row.get::<i32>(0).unwrap(), 7);
        assert_eq!(row.get::<i64>("id").unwrap(), 7, "int4 widens to i64");
        assert_eq!(row.get::<String>("name").unwrap(), "x");
        assert_eq!(
            row.get::<Vec<Option<String>>>("tags").unwrap(),
            vec![Some("a".to_string()), None]
        );
        assert_eq!(row.get::<Option<i64>>("missing").unwrap(), None);
    }

    #[test]
    fn reports_wrong_types_nulls_and_missing_columns() {
        let result = result();
        let row = result.one().unwrap();
        assert_eq!(
            row.get::<bool>("name").unwrap_err().to_string(),
            "column \"name\" is text, not boolean"
        );
        assert!(matches!(
            row.get::<i64>("missing"),
            Err(RowError::UnexpectedNull { .. })
        ));
        assert!(matches!(
            row.get::<i64>(9),
            Err(RowError::NoSuchColumn { .. })
        ));
        assert!(matches!(
            QueryResult::default().one(),
            Err(RowError::NotOneRow { rows: 0 })
        ));
    }

    #[test]
    fn parameters_convert() {
        assert_eq!(5i64.to_value(), Value::Int8(5));
        assert_eq!("t".to_value(), Value::Text("t".into()));
        assert_eq!(None::<i32>.to_value(), Value::Null);
        assert_eq!(
            vec![1.5f64].to_value(),
            Value::Float8Array(vec![ROption::RSome(1.5)].into())
        );
        assert_eq!(vec![1u8, 2].to_value(), Value::Bytea(vec![1u8, 2].into()));
        assert_eq!(16384u32.to_value(), Value::Oid(16384));
    }

    #[test]
    fn oids_read_as_u32_or_i64() {
        assert_eq!(u32::from_value(&Value::Oid(u32::MAX)), Some(u32::MAX));
        assert_eq!(
            i64::from_value(&Value::Oid(u32::MAX)),
            Some(i64::from(u32::MAX))
        );
        assert_eq!(u32::from_value(&Value::Int8(5)), None, "not an oid");
        assert_eq!(Value::Oid(1).type_name(), "oid");
    }
}
