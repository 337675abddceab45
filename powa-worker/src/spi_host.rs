//! The host API inside the powa worker: SQL through SPI.
//!
//! Every statement runs in its own subtransaction: a PostgreSQL ERROR raised
//! while running it is caught here, the statement is rolled back, and the
//! plugin gets the server's message as an error value. Nothing unwinds into
//! the plugin, and the plugin's earlier statements in the same callback stay.

use pgrx::datum::{Array, FromDatum, IntoDatum};
use pgrx::pg_sys;
use pgrx::pg_sys::panic::CaughtError;
use pgrx::PgTryBuilder;
use powa_core::abi::{ROption, RResult, RSlice, RStr, RString, RVec};
use powa_core::{FfiError, HostApi, LogLevel, QueryResult, Target, Timestamp, Value};
use std::ffi::{CStr, CString};

/// Microseconds between the Unix epoch and PostgreSQL's (2000-01-01).
const POSTGRES_EPOCH_UNIX_MICROS: i64 = 946_684_800_000_000;

pub fn unix_micros(timestamp: pg_sys::TimestampTz) -> i64 {
    timestamp + POSTGRES_EPOCH_UNIX_MICROS
}

/// The text of an error caught from PostgreSQL or from Rust.
pub fn caught_message(error: &CaughtError) -> String {
    let report = match error {
        CaughtError::PostgresError(report)
        | CaughtError::ErrorReport(report)
        | CaughtError::RustPanic {
            ereport: report, ..
        } => report,
    };
    let mut message = report.message().to_owned();
    if let Some(detail) = report.detail() {
        message.push_str(&format!(" (detail: {detail})"));
    }
    if let Some(hint) = report.hint() {
        message.push_str(&format!(" (hint: {hint})"));
    }
    message
}

/// Runs `work` in an internal subtransaction: released if it returns Ok,
/// rolled back if it returns Err, raises an ERROR or panics (the error is
/// returned as text).
/// The caller's memory context and resource owner are restored either way,
/// as PL/pgSQL's exception blocks do.
pub fn in_subtransaction<R>(
    work: impl FnOnce() -> Result<R, String> + std::panic::UnwindSafe,
) -> Result<R, String> {
    // SAFETY: called inside a transaction of a backend or background worker;
    // the pairs Begin/Release and Begin/Rollback are always completed below.
    unsafe {
        let context = pg_sys::CurrentMemoryContext;
        let owner = pg_sys::CurrentResourceOwner;
        pg_sys::BeginInternalSubTransaction(std::ptr::null());
        pg_sys::MemoryContextSwitchTo(context);
        let outcome = PgTryBuilder::new(work)
            .catch_others(|error| Err(caught_message(&error)))
            .execute();
        if outcome.is_ok() {
            pg_sys::ReleaseCurrentSubTransaction();
        } else {
            pg_sys::RollbackAndReleaseCurrentSubTransaction();
        }
        pg_sys::MemoryContextSwitchTo(context);
        pg_sys::CurrentResourceOwner = owner;
        outcome
    }
}

/// The host for plugins running inside this server process.
pub struct SpiHost {
    /// The plugin the calls are made for, named in log lines.
    pub plugin: String,
    /// False in processes without a database (the archiver).
    pub has_database: bool,
    /// The WAL reader whose current record is being dispatched, for block
    /// images; null outside WAL record callbacks.
    wal_reader: *mut pg_sys::XLogReaderState,
    /// The time every data source of one snapshot cycle is given, so that
    /// their samples line up; None: the current time.
    cycle_time: Option<Timestamp>,
    /// What the plugin declared with `requires_extension`.
    pub required_extensions: Vec<String>,
}

impl SpiHost {
    pub fn new(plugin: &str, has_database: bool) -> Self {
        Self {
            plugin: plugin.to_owned(),
            has_database,
            wal_reader: std::ptr::null_mut(),
            cycle_time: None,
            required_extensions: Vec::new(),
        }
    }

    /// A host whose `now()` is `time`: the snapshot cycle's.
    pub fn at(plugin: &str, time: Timestamp) -> Self {
        Self {
            cycle_time: Some(time),
            ..Self::new(plugin, true)
        }
    }

    /// The current time, as plugins see it.
    pub fn current_time() -> Timestamp {
        Timestamp::from_unix_micros(unix_micros(unsafe { pg_sys::GetCurrentTimestamp() }))
    }

    /// A host for WAL record callbacks on the records `reader` reads: the
    /// reader must outlive the host and hold a record while it is used.
    pub fn for_wal_records(plugin: &str, reader: *mut pg_sys::XLogReaderState) -> Self {
        Self {
            wal_reader: reader,
            ..Self::new(plugin, true)
        }
    }
}

impl HostApi for SpiHost {
    fn query(
        &mut self,
        _target: Target,
        sql: RStr<'_>,
        params: RSlice<'_, Value>,
    ) -> RResult<QueryResult, FfiError> {
        // Local mode: the monitored server and the repository are this database.
        if !self.has_database {
            return RResult::RErr(FfiError::new(
                "this process has no database connection (the archiver cannot run SQL)",
            ));
        }
        let sql = match CString::new(sql.as_str()) {
            Ok(sql) => sql,
            Err(_) => return RResult::RErr(FfiError::new("the statement contains a NUL byte")),
        };
        if let Err(message) = crate::limits::before_statement() {
            return RResult::RErr(FfiError::new(message));
        }
        let params = params.to_vec();
        in_subtransaction(move || run_statement(&sql, &params))
            .map_err(FfiError::new)
            .into()
    }

    fn log(&mut self, level: LogLevel, message: RStr<'_>) {
        let text = format!("powa plugin \"{}\": {}", self.plugin, message.as_str());
        let level = match level {
            LogLevel::Debug => pgrx::PgLogLevel::DEBUG1,
            LogLevel::Log => pgrx::PgLogLevel::LOG,
            LogLevel::Info => pgrx::PgLogLevel::INFO,
            LogLevel::Notice => pgrx::PgLogLevel::NOTICE,
            LogLevel::Warning => pgrx::PgLogLevel::WARNING,
        };
        // Below ERROR, ereport returns: nothing unwinds.
        pgrx::ereport!(
            level,
            pgrx::PgSqlErrorCode::ERRCODE_SUCCESSFUL_COMPLETION,
            text
        );
    }

    fn setting(&mut self, name: RStr<'_>) -> ROption<RString> {
        let Ok(name) = CString::new(name.as_str()) else {
            return ROption::RNone;
        };
        // missing_ok: an unknown name is None, never an ERROR.
        let value = unsafe { pg_sys::GetConfigOption(name.as_ptr(), true, false) };
        if value.is_null() {
            ROption::RNone
        } else {
            ROption::RSome(
                unsafe { CStr::from_ptr(value) }
                    .to_string_lossy()
                    .as_ref()
                    .into(),
            )
        }
    }

    fn server_version_num(&self) -> u32 {
        pg_sys::PG_VERSION_NUM
    }

    fn server_id(&self) -> i32 {
        0
    }

    fn now(&self) -> Timestamp {
        self.cycle_time.unwrap_or_else(Self::current_time)
    }

    fn requires_extension(&mut self, name: RStr<'_>) {
        self.required_extensions.push(name.to_string());
    }

    fn block_image(&mut self, block_id: u8) -> RResult<RVec<u8>, FfiError> {
        if self.wal_reader.is_null() {
            return RResult::RErr(FfiError::new(
                "block images exist only in WAL record callbacks",
            ));
        }
        // SAFETY: the reader outlives this host and holds the record being
        // dispatched (for_wal_records); RestoreBlockImage writes one page.
        unsafe {
            let record = (*self.wal_reader).record;
            if record.is_null() || i32::from(block_id) > (*record).max_block_id {
                return RResult::RErr(FfiError::new(format!(
                    "the record has no block reference {block_id}"
                )));
            }
            let block = &*(*record).blocks.as_ptr().add(usize::from(block_id));
            if !block.in_use || !block.has_image {
                return RResult::RErr(FfiError::new(format!(
                    "block reference {block_id} of the record carries no page image"
                )));
            }
            let mut page = vec![0u8; pg_sys::BLCKSZ as usize];
            if !pg_sys::RestoreBlockImage(self.wal_reader, block_id, page.as_mut_ptr().cast()) {
                let reason = (*self.wal_reader).errormsg_buf;
                let reason = if reason.is_null() {
                    "unknown reason".to_owned()
                } else {
                    CStr::from_ptr(reason).to_string_lossy().into_owned()
                };
                return RResult::RErr(FfiError::new(format!(
                    "could not restore the image of block reference {block_id}: {reason}"
                )));
            }
            RResult::ROk(RVec::from(page))
        }
    }
}

/// A bigint or double precision array (8-byte, by value: every 64-bit
/// build since PostgreSQL 13) in one call: pgrx's builder calls into the
/// server per element, each call behind a setjmp, and a snapshot passes
/// some 100,000 counters.
fn counter_array<T: Copy>(
    items: &RVec<ROption<T>>,
    element: pg_sys::Oid,
    datum: impl Fn(T) -> pg_sys::Datum,
) -> pg_sys::Datum {
    let (mut datums, mut nulls): (Vec<pg_sys::Datum>, Vec<bool>) = items
        .iter()
        .map(|item| match item {
            ROption::RSome(v) => (datum(*v), false),
            ROption::RNone => (pg_sys::Datum::from(0usize), true),
        })
        .unzip();
    // SAFETY: the arrays outlive the call, which copies them into a new
    // array in the current memory context; 8, true, 'd' are int8's and
    // float8's length, by-value and alignment.
    unsafe {
        let array = if datums.is_empty() {
            pg_sys::construct_empty_array(element)
        } else {
            let mut dims = [datums.len() as std::ffi::c_int];
            let mut lower_bounds = [1 as std::ffi::c_int];
            pg_sys::construct_md_array(
                datums.as_mut_ptr(),
                nulls.as_mut_ptr(),
                1,
                dims.as_mut_ptr(),
                lower_bounds.as_mut_ptr(),
                element,
                8,
                true,
                b'd' as std::ffi::c_char,
            )
        };
        pg_sys::Datum::from(array)
    }
}

/// A parameter as SPI takes it.
fn to_datum(value: &Value) -> (pg_sys::Oid, Option<pg_sys::Datum>) {
    match value {
        // The parser infers a NULL's type from where it is used.
        Value::Null => (pg_sys::UNKNOWNOID, None),
        Value::Bool(v) => (pg_sys::BOOLOID, v.into_datum()),
        Value::Int4(v) => (pg_sys::INT4OID, v.into_datum()),
        Value::Oid(v) => (pg_sys::OIDOID, pg_sys::Oid::from(*v).into_datum()),
        Value::Int8(v) => (pg_sys::INT8OID, v.into_datum()),
        Value::Float8(v) => (pg_sys::FLOAT8OID, v.into_datum()),
        Value::Text(v) => (pg_sys::TEXTOID, v.as_str().into_datum()),
        Value::Bytea(v) => (pg_sys::BYTEAOID, v.as_slice().into_datum()),
        Value::TimestampTz(v) => (
            pg_sys::TIMESTAMPTZOID,
            Some(pg_sys::Datum::from(
                v.unix_micros - POSTGRES_EPOCH_UNIX_MICROS,
            )),
        ),
        Value::Int8Array(v) => (
            pg_sys::INT8ARRAYOID,
            Some(counter_array(v, pg_sys::INT8OID, |v| {
                pg_sys::Datum::from(v)
            })),
        ),
        Value::Float8Array(v) => (
            pg_sys::FLOAT8ARRAYOID,
            Some(counter_array(v, pg_sys::FLOAT8OID, |v| {
                pg_sys::Datum::from(v.to_bits())
            })),
        ),
        Value::TextArray(v) => {
            let items: Vec<Option<String>> = v
                .iter()
                .map(|i| i.clone().into_option().map(RString::into_string))
                .collect();
            (pg_sys::TEXTARRAYOID, items.into_datum())
        }
    }
}

/// Runs one statement through SPI and copies its rows out. Raises an ERROR
/// (caught by the caller's subtransaction) when PostgreSQL does.
/// Plans kept across calls, per statement text and parameter types:
/// plugins run the same statements at every snapshot (and the wait
/// sampler every few milliseconds), and parsing and planning them each
/// time cost more than running them. PostgreSQL's plan cache replans them
/// when what they use changes.
struct PlanCache {
    plans: std::collections::HashMap<(Vec<u8>, Vec<pg_sys::Oid>), pg_sys::SPIPlanPtr>,
}

/// Statements kept at most; past that the cache starts afresh.
const MAX_KEPT_PLANS: usize = 512;

thread_local! {
    static PLANS: std::cell::RefCell<PlanCache> = std::cell::RefCell::new(PlanCache {
        plans: std::collections::HashMap::new(),
    });
}

/// The kept plan of `sql` with parameters of `types`, prepared now if new.
/// SAFETY: inside SPI_connect; an ERROR while preparing propagates (the
/// caller runs in a subtransaction that catches it).
unsafe fn prepared_plan(
    sql: &CStr,
    types: &mut [pg_sys::Oid],
) -> Result<pg_sys::SPIPlanPtr, String> {
    let key = (sql.to_bytes().to_vec(), types.to_vec());
    if let Some(plan) = PLANS.with(|cache| cache.borrow().plans.get(&key).copied()) {
        return Ok(plan);
    }
    let plan = pg_sys::SPI_prepare(sql.as_ptr(), types.len() as i32, types.as_mut_ptr());
    if plan.is_null() {
        return Err(format!(
            "SPI_prepare failed with code {}",
            pg_sys::SPI_result
        ));
    }
    if pg_sys::SPI_keepplan(plan) != 0 {
        return Err("SPI_keepplan failed".into());
    }
    PLANS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.plans.len() >= MAX_KEPT_PLANS {
            for (_, old) in cache.plans.drain() {
                pg_sys::SPI_freeplan(old);
            }
        }
        cache.plans.insert(key, plan);
    });
    Ok(plan)
}

fn run_statement(sql: &CStr, params: &[Value]) -> Result<QueryResult, String> {
    // SAFETY: SPI is connected and finished in this function; the tuple
    // table is read before SPI_finish frees it.
    unsafe {
        if pg_sys::SPI_connect() < 0 {
            return Err("SPI_connect failed".into());
        }
        let mut types = Vec::with_capacity(params.len());
        let mut values = Vec::with_capacity(params.len());
        let mut nulls = Vec::with_capacity(params.len());
        for param in params {
            let (oid, datum) = to_datum(param);
            types.push(oid);
            values.push(datum.unwrap_or(pg_sys::Datum::from(0usize)));
            nulls.push(if datum.is_some() {
                b' ' as std::ffi::c_char
            } else {
                b'n' as std::ffi::c_char
            });
        }
        let plan = match prepared_plan(sql, &mut types) {
            Ok(plan) => plan,
            Err(message) => {
                pg_sys::SPI_finish();
                return Err(message);
            }
        };
        let status = pg_sys::SPI_execute_plan(plan, values.as_mut_ptr(), nulls.as_ptr(), false, 0);
        if status < 0 {
            pg_sys::SPI_finish();
            return Err(format!("SPI_execute_plan failed with code {status}"));
        }
        let processed = pg_sys::SPI_processed;
        let mut result = QueryResult {
            rows_affected: processed,
            ..QueryResult::default()
        };
        let table = pg_sys::SPI_tuptable;
        if !table.is_null() {
            let desc = (*table).tupdesc;
            let columns = (*desc).natts;
            // Each column's type once, not per row: every call into the
            // server costs a setjmp (thousands of rows per snapshot).
            let mut types = Vec::with_capacity(columns as usize);
            for column in 1..=columns {
                let name = pg_sys::SPI_fname(desc, column);
                result
                    .columns
                    .push(CStr::from_ptr(name).to_string_lossy().as_ref().into());
                types.push(pg_sys::SPI_gettypeid(desc, column));
            }
            result.rows.reserve(processed as usize);
            // A row's columns in one call (not one per column).
            let mut datums = vec![pg_sys::Datum::from(0usize); columns as usize];
            let mut nulls = vec![false; columns as usize];
            for row in 0..processed as usize {
                let tuple = *(*table).vals.add(row);
                pg_sys::heap_deform_tuple(tuple, desc, datums.as_mut_ptr(), nulls.as_mut_ptr());
                let mut values = RVec::with_capacity(columns as usize);
                for (column, oid) in (1..=columns).zip(&types) {
                    let at = column as usize - 1;
                    values.push(read_column(
                        tuple, desc, column, *oid, datums[at], nulls[at],
                    ));
                }
                result.rows.push(values);
            }
        }
        pg_sys::SPI_finish();
        Ok(result)
    }
}

/// An array's elements as the host API carries them.
macro_rules! options_of {
    ($array:expr) => {{
        let array = $array;
        match array.as_slice() {
            Ok(values) => values.iter().map(|v| ROption::RSome(*v)).collect(),
            Err(_) => array.iter().map(ROption::from).collect(),
        }
    }};
}

/// A text datum's value: read in place when it is stored inline and
/// uncompressed, as a result's keys are, else detoasted by the server
/// (a call behind a setjmp, for each of a snapshot's tens of thousands).
/// SAFETY: `datum` is a non-NULL text, varchar or bpchar.
unsafe fn text_value(datum: pg_sys::Datum) -> Option<RString> {
    use pgrx::varlena::{
        varatt_is_1b, varatt_is_1b_e, varatt_is_4b_u, vardata_any, varsize_any_exhdr,
    };
    unsafe {
        let varlena = datum.cast_mut_ptr::<pg_sys::varlena>();
        let inline = varatt_is_4b_u(varlena) || (varatt_is_1b(varlena) && !varatt_is_1b_e(varlena));
        if !inline {
            return String::from_datum(datum, false).map(RString::from);
        }
        let bytes = std::slice::from_raw_parts(
            vardata_any(varlena).cast::<u8>(),
            varsize_any_exhdr(varlena),
        );
        Some(String::from_utf8_lossy(bytes).into_owned().into())
    }
}

/// One column (of type `oid`, deformed into `datum` and `is_null`) of a
/// result row as a [`Value`]; types without a variant of their own are
/// read in their text output form.
unsafe fn read_column(
    tuple: pg_sys::HeapTuple,
    desc: pg_sys::TupleDesc,
    column: i32,
    oid: pg_sys::Oid,
    datum: pg_sys::Datum,
    is_null: bool,
) -> Value {
    unsafe {
        if is_null {
            return Value::Null;
        }
        let value = match oid {
            pg_sys::BOOLOID => bool::from_datum(datum, false).map(Value::Bool),
            pg_sys::INT2OID => i16::from_datum(datum, false).map(|v| Value::Int4(v.into())),
            pg_sys::INT4OID => i32::from_datum(datum, false).map(Value::Int4),
            pg_sys::INT8OID => i64::from_datum(datum, false).map(Value::Int8),
            pg_sys::OIDOID => pg_sys::Oid::from_datum(datum, false).map(|v| Value::Oid(v.to_u32())),
            pg_sys::FLOAT4OID => f32::from_datum(datum, false).map(|v| Value::Float8(v.into())),
            pg_sys::FLOAT8OID => f64::from_datum(datum, false).map(Value::Float8),
            pg_sys::TEXTOID | pg_sys::VARCHAROID | pg_sys::BPCHAROID => {
                text_value(datum).map(Value::Text)
            }
            pg_sys::BYTEAOID => Vec::<u8>::from_datum(datum, false).map(|v| Value::Bytea(v.into())),
            pg_sys::TIMESTAMPTZOID => Some(Value::TimestampTz(Timestamp::from_unix_micros(
                unix_micros(datum.value() as i64),
            ))),
            // Counter arrays, thousands per snapshot: read in place when
            // they have no NULL, into the value without a vector between.
            pg_sys::INT8ARRAYOID => {
                Array::<i64>::from_datum(datum, false).map(|a| Value::Int8Array(options_of!(a)))
            }
            pg_sys::FLOAT8ARRAYOID => {
                Array::<f64>::from_datum(datum, false).map(|a| Value::Float8Array(options_of!(a)))
            }
            pg_sys::TEXTARRAYOID => Vec::<Option<String>>::from_datum(datum, false).map(|v| {
                Value::TextArray(
                    v.into_iter()
                        .map(|s| ROption::from(s.map(RString::from)))
                        .collect(),
                )
            }),
            _ => None,
        };
        value.unwrap_or_else(|| {
            let text = pg_sys::SPI_getvalue(tuple, desc, column);
            if text.is_null() {
                Value::Null
            } else {
                Value::Text(CStr::from_ptr(text).to_string_lossy().as_ref().into())
            }
        })
    }
}

/// powa's own tables through SPI, for the code the worker shares with
/// powa-collector (`powa_host`).
impl powa_host::Repository for SpiHost {
    fn run(
        &mut self,
        sql: &str,
        params: &[Value],
    ) -> Result<QueryResult, powa_host::RepositoryError> {
        HostApi::query(self, Target::Repository, sql.into(), params.into())
            .into_result()
            .map_err(|error| powa_host::RepositoryError(error.to_string()))
    }
}
