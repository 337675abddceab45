//! An in-memory host for plugins' unit tests: it records the SQL it is given
//! and answers with the rows the test provides.
//!
//! ```
//! use powa_core::testing::TestHost;
//! use powa_core::{QueryResult, Value};
//!
//! let mut test_host = TestHost::new();
//! test_host.respond("FROM pg_stat_database", QueryResult::new(&["n"], vec![vec![Value::Int8(3)]]));
//! let mut host = test_host.host();
//! let rows = host.query_monitored("SELECT count(*) AS n FROM pg_stat_database", &[]).unwrap();
//! assert_eq!(rows.one().unwrap().get::<i64>("n").unwrap(), 3);
//! drop(host);
//! assert_eq!(test_host.statements().len(), 1);
//! ```

use crate::error::FfiError;
use crate::host::{Host, HostApi, HostApi_TO, LogLevel, Target};
use crate::value::{QueryResult, Timestamp, Value};
use abi_stable::sabi_trait::TD_Opaque;
use abi_stable::std_types::{ROption, RResult, RSlice, RStr, RString, RVec};
use std::collections::HashMap;

/// A statement the plugin ran.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub target: Target,
    pub sql: String,
    pub params: Vec<Value>,
}

#[derive(Debug, Clone)]
enum Answer {
    Rows(QueryResult),
    Error(String),
}

/// The in-memory host. Statements matching no scripted answer succeed with
/// no rows.
#[derive(Debug, Clone)]
pub struct TestHost {
    statements: Vec<Statement>,
    answers: Vec<(String, Answer)>,
    logs: Vec<(LogLevel, String)>,
    settings: HashMap<String, String>,
    server_version_num: u32,
    server_id: i32,
    now: Timestamp,
    block_images: HashMap<u8, Vec<u8>>,
    required_extensions: Vec<String>,
}

impl Default for TestHost {
    fn default() -> Self {
        Self::new()
    }
}

impl TestHost {
    /// A host that says it is PostgreSQL 18.0, server 0, at 2026-01-01 00:00 UTC.
    pub fn new() -> Self {
        Self {
            statements: Vec::new(),
            answers: Vec::new(),
            logs: Vec::new(),
            settings: HashMap::new(),
            server_version_num: 180_000,
            server_id: 0,
            now: Timestamp::from_unix_micros(1_767_225_600_000_000),
            block_images: HashMap::new(),
            required_extensions: Vec::new(),
        }
    }

    /// Statements whose SQL contains `sql_part` return `result` (the first
    /// matching answer wins).
    pub fn respond(&mut self, sql_part: &str, result: QueryResult) -> &mut Self {
        self.answers
            .push((sql_part.to_owned(), Answer::Rows(result)));
        self
    }

    /// Statements whose SQL contains `sql_part` fail with `message`.
    pub fn fail(&mut self, sql_part: &str, message: &str) -> &mut Self {
        self.answers
            .push((sql_part.to_owned(), Answer::Error(message.to_owned())));
        self
    }

    pub fn set_setting(&mut self, name: &str, value: &str) -> &mut Self {
        self.settings.insert(name.to_owned(), value.to_owned());
        self
    }

    pub fn set_server_version_num(&mut self, version: u32) -> &mut Self {
        self.server_version_num = version;
        self
    }

    pub fn set_server_id(&mut self, id: i32) -> &mut Self {
        self.server_id = id;
        self
    }

    pub fn set_now(&mut self, now: Timestamp) -> &mut Self {
        self.now = now;
        self
    }

    /// `block_image(block_id)` returns `page` (for the record a test hands
    /// to a WAL plugin next).
    pub fn set_block_image(&mut self, block_id: u8, page: Vec<u8>) -> &mut Self {
        self.block_images.insert(block_id, page);
        self
    }

    /// The host as a plugin callback receives it.
    pub fn host(&mut self) -> Host<'_> {
        Host::new(self.api())
    }

    /// The raw trait object, to call a plugin through the boundary.
    pub fn api(&mut self) -> crate::host::HostRef<'_> {
        HostApi_TO::from_ptr(self, TD_Opaque)
    }

    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }

    /// The SQL of every statement, in order.
    pub fn sql(&self) -> Vec<&str> {
        self.statements.iter().map(|s| s.sql.as_str()).collect()
    }

    pub fn logs(&self) -> &[(LogLevel, String)] {
        &self.logs
    }

    /// The extensions the plugin declared it requires.
    pub fn required_extensions(&self) -> &[String] {
        &self.required_extensions
    }
}

impl HostApi for TestHost {
    fn query(
        &mut self,
        target: Target,
        sql: RStr<'_>,
        params: RSlice<'_, Value>,
    ) -> RResult<QueryResult, FfiError> {
        self.statements.push(Statement {
            target,
            sql: sql.to_string(),
            params: params.to_vec(),
        });
        match self
            .answers
            .iter()
            .find(|(part, _)| sql.as_str().contains(part.as_str()))
        {
            Some((_, Answer::Rows(result))) => RResult::ROk(result.clone()),
            Some((_, Answer::Error(message))) => RResult::RErr(FfiError::new(message.clone())),
            None => RResult::ROk(QueryResult::default()),
        }
    }

    fn log(&mut self, level: LogLevel, message: RStr<'_>) {
        self.logs.push((level, message.to_string()));
    }

    fn setting(&mut self, name: RStr<'_>) -> ROption<RString> {
        self.settings
            .get(name.as_str())
            .map(|v| RString::from(v.as_str()))
            .into()
    }

    fn server_version_num(&self) -> u32 {
        self.server_version_num
    }

    fn server_id(&self) -> i32 {
        self.server_id
    }

    fn now(&self) -> Timestamp {
        self.now
    }

    fn block_image(&mut self, block_id: u8) -> RResult<RVec<u8>, FfiError> {
        match self.block_images.get(&block_id) {
            Some(page) => RResult::ROk(RVec::from(page.clone())),
            None => RResult::RErr(FfiError::new(format!(
                "block {block_id} has no image in this test"
            ))),
        }
    }

    fn requires_extension(&mut self, name: RStr<'_>) {
        self.required_extensions.push(name.to_string());
    }
}

/// WAL records captured by `scripts/capture-wal-fixtures.sh`, to test WAL
/// plugins and decoders on real record bytes without a server.
pub mod captured {
    use crate::wal::{parse_lsn, BlockRef, WalRecord};

    /// One captured block reference.
    #[derive(Debug, Clone)]
    pub struct CapturedBlock {
        pub block_id: u8,
        pub tablespace: u32,
        pub database: u32,
        pub relation: u32,
        pub fork: u8,
        pub block: u32,
        pub has_image: bool,
        /// 0 in captures made before it was recorded (a ninth field).
        pub image_len: u16,
        pub data: Vec<u8>,
    }

    /// One captured record.
    #[derive(Debug, Clone)]
    pub struct CapturedRecord {
        pub lsn: u64,
        pub rmgr_id: u8,
        pub info: u8,
        pub xid: u32,
        pub main_data: Vec<u8>,
        pub blocks: Vec<CapturedBlock>,
    }

    impl CapturedBlock {
        /// The block as a WAL plugin receives it, with `data` as its data
        /// (its own, or a copy laid out elsewhere).
        pub fn view<'a>(&self, data: &'a [u8]) -> BlockRef<'a> {
            BlockRef {
                block_id: self.block_id,
                tablespace: self.tablespace,
                database: self.database,
                relation: self.relation,
                fork: self.fork,
                block: self.block,
                has_image: self.has_image,
                image_len: self.image_len,
                data: data.into(),
            }
        }
    }

    impl CapturedRecord {
        /// The record as a WAL plugin receives it, with `blocks` and
        /// `main_data` as its block references and main data.
        pub fn view<'a>(&self, blocks: &'a [BlockRef<'a>], main_data: &'a [u8]) -> WalRecord<'a> {
            WalRecord {
                lsn: self.lsn,
                end_lsn: self.lsn,
                xid: self.xid,
                rmgr_id: self.rmgr_id,
                info: self.info,
                total_len: 0,
                blocks: blocks.into(),
                main_data: main_data.into(),
            }
        }

        /// Calls `f` with the record as a WAL plugin receives it.
        pub fn with_view<R>(&self, f: impl FnOnce(&WalRecord<'_>) -> R) -> R {
            let blocks: Vec<BlockRef<'_>> = self.blocks.iter().map(|b| b.view(&b.data)).collect();
            f(&self.view(&blocks, &self.main_data))
        }
    }

    fn unhex(text: &str) -> Vec<u8> {
        if text == "-" {
            return Vec::new();
        }
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex digits"))
            .collect()
    }

    /// The records of a capture file, and the relation files its header
    /// names. Panics on a malformed file: it is test data.
    pub fn load(path: &str) -> (Vec<CapturedRecord>, Vec<u32>) {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let files = text
            .lines()
            .find_map(|l| l.split("(relation files: ").nth(1))
            .map(|list| {
                list.trim_end_matches("):")
                    .split(',')
                    .map(|f| f.parse().expect("a relation file"))
                    .collect()
            })
            .unwrap_or_default();
        let records = text
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| {
                let p: Vec<&str> = line.split(' ').collect();
                let blocks = if p[5] == "-" {
                    Vec::new()
                } else {
                    p[5].split('|')
                        .map(|b| {
                            let f: Vec<&str> = b.split(',').collect();
                            CapturedBlock {
                                block_id: f[0].parse().expect("block id"),
                                tablespace: f[1].parse().expect("tablespace"),
                                database: f[2].parse().expect("database"),
                                relation: f[3].parse().expect("relation"),
                                fork: f[4].parse().expect("fork"),
                                block: f[5].parse().expect("block"),
                                has_image: f[6] == "1",
                                data: unhex(f[7]),
                                image_len: f.get(8).map_or(0, |n| n.parse().expect("image length")),
                            }
                        })
                        .collect()
                };
                CapturedRecord {
                    lsn: parse_lsn(p[0]).expect("an LSN"),
                    rmgr_id: p[1].parse().expect("rmgr"),
                    info: p[2].parse().expect("info"),
                    xid: p[3].parse().expect("xid"),
                    main_data: unhex(p[4]),
                    blocks,
                }
            })
            .collect();
        (records, files)
    }
}

/// A figure a benchmark could not use for a ratio.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error(
    "no ratio {ratio}: {figure} is {value}, not a measured figure (it must be a positive number)"
)]
pub struct MissingFigure {
    pub ratio: String,
    pub figure: String,
    pub value: f64,
}

/// A benchmark's ratio `numerator / denominator`, each given with its name,
/// refused when either is zero, negative or not a finite number: a ratio
/// from a figure that was not measured reports a win or a loss that never
/// happened. Every benchmark of the project prints its ratios through it.
pub fn ratio(
    ratio: &str,
    numerator: (&str, f64),
    denominator: (&str, f64),
) -> Result<f64, MissingFigure> {
    for (figure, value) in [numerator, denominator] {
        if !(value.is_finite() && value > 0.0) {
            return Err(MissingFigure {
                ratio: ratio.to_owned(),
                figure: figure.to_owned(),
                value,
            });
        }
    }
    Ok(numerator.1 / denominator.1)
}

#[cfg(test)]
mod ratio_tests {
    use super::ratio;

    #[test]
    fn ratios_refuse_figures_that_were_not_measured() {
        assert_eq!(ratio("a / b", ("a", 3.0), ("b", 1.5)), Ok(2.0));
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            let error = ratio("ours / PoWA's", ("ours", bad), ("PoWA's", 1.0)).unwrap_err();
            assert_eq!(error.figure, "ours");
            assert!(
                error
                    .to_string()
                    .starts_with("no ratio ours / PoWA's: ours is"),
                "{error}"
            );
            assert!(ratio("x", ("x", 1.0), ("y", bad)).is_err());
        }
    }
}
