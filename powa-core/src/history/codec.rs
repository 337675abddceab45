//! The array encodings of counter history, as pure functions: the powa
//! extension exposes them to SQL (`powa_pack_int8`, `powa_history_rows`,
//! ...) and their unit tests live here, without a server.
//!
//! A snapshot's counters travel and are staged sample-major: `width`
//! values per row, rows one after the other. Coalesced history is
//! counter-major (all the samples of counter 0, then of counter 1, ...)
//! because one counter's consecutive values are alike, which is what TOAST's
//! compression feeds on; bigint counters are moreover stored as the
//! difference from the counter's previous non-NULL value (the first one from
//! 0), so that a counter that did not move is a run of zeros. Differences
//! wrap on overflow, so unpacking gives back exactly what was packed.
//! double precision counters are only transposed: their exact values are
//! kept, so that a delta computed as `last - first` is exact.

use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum CodecError {
    #[error("the row width must be 1 to {MAX_WIDTH}, not {0}")]
    BadWidth(i64),
    #[error("{what} holds {len} values, which is not {rows} rows of {width}")]
    BadLength {
        what: &'static str,
        len: usize,
        rows: usize,
        width: usize,
    },
    #[error("{what} holds {len} values, which is not a whole number of rows of {width}")]
    NotWholeRows {
        what: &'static str,
        len: usize,
        width: usize,
    },
    #[error("packed history does not decode: {0}")]
    Packed(String),
}

/// The widest a row of counters can be: PostgreSQL's limit on a row's
/// columns (MaxTupleAttributeNumber). A wider one comes from damaged or
/// hostile input, and would size allocations.
pub const MAX_WIDTH: usize = 1664;

/// Rows preallocated at most: a row count from SQL is checked against the
/// data as it is read, not trusted to size memory first.
const MAX_PREALLOCATED_ROWS: usize = 4096;

/// The most counters a packed row may unpack to (samples times width):
/// runs let a few bytes stand for many samples, so a damaged row count
/// would otherwise make a few bytes unpack to gigabytes. A history row
/// holds at most a batch (100 samples) of at most [`MAX_WIDTH`] counters,
/// far below.
const MAX_UNPACKED_VALUES: usize = 1 << 24;

/// `rows` samples of `int_width + float_width` counters unpack within
/// [`MAX_UNPACKED_VALUES`].
fn check_unpacked_size(
    rows: usize,
    int_width: usize,
    float_width: usize,
) -> Result<(), CodecError> {
    let values = rows.checked_mul(int_width.saturating_add(float_width).max(1));
    match values {
        Some(values) if values <= MAX_UNPACKED_VALUES => Ok(()),
        _ => Err(CodecError::Packed(format!(
            "{rows} samples of {} counters: more than a history row holds",
            int_width.saturating_add(float_width)
        ))),
    }
}

/// A width from SQL: 1 to [`MAX_WIDTH`].
pub fn width(width: i64) -> Result<usize, CodecError> {
    match usize::try_from(width) {
        Ok(width) if width > 0 => check_width(width).map(|()| width),
        _ => Err(CodecError::BadWidth(width)),
    }
}

/// A width given to a function: at most [`MAX_WIDTH`] (0 allowed: a
/// source without counters of that type).
fn check_width(width: usize) -> Result<(), CodecError> {
    if width <= MAX_WIDTH {
        Ok(())
    } else {
        Err(CodecError::BadWidth(width.min(i64::MAX as usize) as i64))
    }
}

/// How many rows of `width` `len` values make, when `width` may be 0 (a
/// source without counters of that type: then `rows` is taken as given).
fn check_rows(what: &'static str, len: usize, rows: usize, width: usize) -> Result<(), CodecError> {
    check_width(width)?;
    if rows.checked_mul(width) == Some(len) {
        Ok(())
    } else {
        Err(CodecError::BadLength {
            what,
            len,
            rows,
            width,
        })
    }
}

/// The number of rows of `width` in `len` values.
pub fn whole_rows(what: &'static str, len: usize, width: usize) -> Result<usize, CodecError> {
    if width == 0 {
        return Err(CodecError::BadWidth(0));
    }
    if len.is_multiple_of(width) {
        Ok(len / width)
    } else {
        Err(CodecError::NotWholeRows { what, len, width })
    }
}

/// `values`, `rows` rows of `columns`, transposed.
pub fn transpose<T: Copy>(values: &[T], rows: usize, columns: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(values.len());
    for c in 0..columns {
        out.extend((0..rows).map(|r| values[r * columns + c]));
    }
    out
}

/// Sample-major bigint counters (`rows` samples of `width`) → counter-major
/// differences.
pub fn pack_int8(
    samples: &[Option<i64>],
    rows: usize,
    width: usize,
) -> Result<Vec<Option<i64>>, CodecError> {
    check_rows("the samples", samples.len(), rows, width)?;
    let mut out = Vec::with_capacity(samples.len());
    for c in 0..width {
        let mut previous = 0i64;
        for r in 0..rows {
            out.push(samples[r * width + c].map(|value| {
                let difference = value.wrapping_sub(previous);
                previous = value;
                difference
            }));
        }
    }
    Ok(out)
}

/// The inverse of [`pack_int8`]: sample-major values.
pub fn unpack_int8(
    packed: &[Option<i64>],
    rows: usize,
    width: usize,
) -> Result<Vec<Option<i64>>, CodecError> {
    check_rows("the packed counters", packed.len(), rows, width)?;
    let mut out = vec![None; packed.len()];
    for c in 0..width {
        let mut previous = 0i64;
        for r in 0..rows {
            out[r * width + c] = packed[c * rows + r].map(|difference| {
                previous = previous.wrapping_add(difference);
                previous
            });
        }
    }
    Ok(out)
}

/// Packed values read by position: a slice, or (in the extension) an
/// array read where the server holds it, without copying it first.
pub trait Packed<T> {
    fn count(&self) -> usize;
    fn at(&self, i: usize) -> Option<T>;
}

impl<T: Copy> Packed<T> for [Option<T>] {
    fn count(&self) -> usize {
        self.len()
    }
    fn at(&self, i: usize) -> Option<T> {
        self[i]
    }
}

/// Sample `row` must be one of the `rows`.
fn check_row(row: usize, rows: usize) -> Result<(), CodecError> {
    if row < rows {
        Ok(())
    } else {
        Err(CodecError::Packed(format!(
            "sample {row} of a row of {rows}"
        )))
    }
}

/// Sample `row` of [`pack_int8`]'s output alone: its counters' differences
/// added up to it, without unpacking the other samples.
pub fn int8_sample<P: Packed<i64> + ?Sized>(
    packed: &P,
    rows: usize,
    width: usize,
    row: usize,
) -> Result<Vec<Option<i64>>, CodecError> {
    check_rows("the packed counters", packed.count(), rows, width)?;
    check_row(row, rows)?;
    Ok((0..width)
        .map(|c| {
            let run = c * rows;
            packed.at(run + row).map(|_| {
                (run..=run + row)
                    .filter_map(|i| packed.at(i))
                    .fold(0i64, |value, difference| value.wrapping_add(difference))
            })
        })
        .collect())
}

/// Sample `row` of [`pack_float8`]'s output alone.
pub fn float8_sample<P: Packed<f64> + ?Sized>(
    packed: &P,
    rows: usize,
    width: usize,
    row: usize,
) -> Result<Vec<Option<f64>>, CodecError> {
    check_rows("the packed counters", packed.count(), rows, width)?;
    check_row(row, rows)?;
    Ok((0..width).map(|c| packed.at(c * rows + row)).collect())
}

/// Sample-major double precision counters → counter-major.
pub fn pack_float8(
    samples: &[Option<f64>],
    rows: usize,
    width: usize,
) -> Result<Vec<Option<f64>>, CodecError> {
    check_rows("the samples", samples.len(), rows, width)?;
    Ok(transpose(samples, rows, width))
}

/// The inverse of [`pack_float8`].
pub fn unpack_float8(
    packed: &[Option<f64>],
    rows: usize,
    width: usize,
) -> Result<Vec<Option<f64>>, CodecError> {
    check_rows("the packed counters", packed.len(), rows, width)?;
    Ok(transpose(packed, width, rows))
}

/// `values` cut into `rows` rows of `width` (empty rows when `width` is 0).
pub fn split_rows<T: Copy>(
    what: &'static str,
    values: &[T],
    rows: usize,
    width: usize,
) -> Result<Vec<Vec<T>>, CodecError> {
    check_rows(what, values.len(), rows, width)?;
    Ok((0..rows)
        .map(|r| values[r * width..(r + 1) * width].to_vec())
        .collect())
}

/// Counter arithmetic on one type: what deltas need.
pub trait Counter: Copy + PartialOrd {
    const ZERO: Self;
    fn minus(self, other: Self) -> Self;
    fn plus(self, other: Self) -> Self;
}

impl Counter for i64 {
    const ZERO: Self = 0;
    fn minus(self, other: Self) -> Self {
        self.wrapping_sub(other)
    }
    fn plus(self, other: Self) -> Self {
        self.wrapping_add(other)
    }
}

impl Counter for f64 {
    const ZERO: Self = 0.0;
    fn minus(self, other: Self) -> Self {
        self - other
    }
    fn plus(self, other: Self) -> Self {
        self + other
    }
}

/// What happened between two samples of one row: `last - first` for each
/// cumulative counter (from 0 when `first` is absent or the counter is
/// NULL there), `last` for the gauges (0-based positions).
pub fn difference<T: Counter>(
    last: &[Option<T>],
    first: Option<&[Option<T>]>,
    gauges: &[usize],
) -> Vec<Option<T>> {
    let mut out = Vec::with_capacity(last.len());
    difference_into(&mut out, last, first, gauges);
    out
}

/// [`difference`] into `out` (cleared first), which a loop over rows reuses.
pub fn difference_into<T: Counter>(
    out: &mut Vec<Option<T>>,
    last: &[Option<T>],
    first: Option<&[Option<T>]>,
    gauges: &[usize],
) {
    out.clear();
    out.extend(last.iter().enumerate().map(|(c, value)| {
        let value = (*value)?;
        if gauges.contains(&c) {
            return Some(value);
        }
        let before = first
            .and_then(|first| first.get(c).copied().flatten())
            .unwrap_or(T::ZERO);
        Some(value.minus(before))
    }));
}

/// `0 - value` for each cumulative counter (NULL stays NULL), NULL for the
/// gauges: what subtracting a range's first sample adds to a sum of
/// segments.
pub fn negated<T: Counter>(values: &[Option<T>], gauges: &[usize]) -> Vec<Option<T>> {
    values
        .iter()
        .enumerate()
        .map(|(c, value)| match value {
            Some(value) if !gauges.contains(&c) => Some(T::ZERO.minus(*value)),
            _ => None,
        })
        .collect()
}

/// Whether a cumulative counter went down from `previous` to `current`: the
/// counters were reset (or the row evicted and back), and a new segment
/// starts from 0.
pub fn went_down<T: Counter>(
    current: &[Option<T>],
    previous: &[Option<T>],
    gauges: &[usize],
) -> bool {
    current
        .iter()
        .zip(previous)
        .enumerate()
        .any(|(c, (now, before))| match (now, before) {
            (Some(now), Some(before)) => !gauges.contains(&c) && now < before,
            _ => false,
        })
}

/// The deltas of consecutive segments (rows of `width`, oldest first)
/// added up; a gauge keeps its value in the last segment.
pub fn sum_segments<T: Counter>(
    segments: &[Option<T>],
    width: usize,
    gauges: &[usize],
) -> Result<Vec<Option<T>>, CodecError> {
    let rows = whole_rows("the segments", segments.len(), width)?;
    let mut out: Vec<Option<T>> = vec![None; width];
    for r in 0..rows {
        for (c, total) in out.iter_mut().enumerate() {
            let Some(value) = segments[r * width + c] else {
                continue;
            };
            *total = Some(match total {
                Some(sum) if !gauges.contains(&c) => sum.plus(value),
                _ => value,
            });
        }
    }
    Ok(out)
}

// The packed encoding of a coalesced history row: its samples' counters
// (bigint and double precision, NULL allowed) in one byte string,
// sample after sample, each against the one before it (the first against
// zeros):
//
// - a run of samples equal to the one before is one varint `n << 1`;
// - a changed sample is the varint 1, a bitmap of the counters that
//   changed (bigint ones first, one bit each, least significant bit
//   first), then for each of those its difference from before: a bigint
//   counter's as a zigzag varint (wrapping, so exact), a double precision
//   one's bits XOR the previous bits as a varint (exact too);
// - a changed sample where a counter is NULL is the varint 3, a bitmap of
//   the NULL counters, then as above (a NULL counter has no value, and the
//   next value after a NULL is against zero).
//
// The first byte is the format's version (1). Counters that do not move
// cost nothing but their sample's run, so a statement that ran in 5 of
// 100 snapshots takes some 5 changed samples of a few bytes per counter
// that moved: TOAST compresses nothing under 2 kB, and a history row
// under it was stored raw before this encoding.
//
// Decoding never panics: bytes that do not decode (truncated, a token it
// does not know, more samples than the row has) are an error.

/// One sample's counters: the bigint ones, then the double precision ones.
pub type Sample = (Vec<Option<i64>>, Vec<Option<f64>>);

const FORMAT: u8 = 1;
const RUN: u64 = 0;
const CHANGED: u64 = 1;
const CHANGED_WITH_NULLS: u64 = 3;

fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn zigzag(value: i64) -> u64 {
    ((value << 1) ^ (value >> 63)) as u64
}

fn unzigzag(value: u64) -> i64 {
    ((value >> 1) as i64) ^ -((value & 1) as i64)
}

/// One sample's counters as bits: bigint ones as they are, double
/// precision ones as their IEEE bits.
type State = Vec<Option<u64>>;

fn state_of(ints: &[Option<i64>], floats: &[Option<f64>]) -> State {
    ints.iter()
        .map(|v| v.map(|v| v as u64))
        .chain(floats.iter().map(|v| v.map(f64::to_bits)))
        .collect()
}

fn bitmap(width: usize, set: impl Fn(usize) -> bool) -> Vec<u8> {
    let mut bits = vec![0u8; width.div_ceil(8)];
    for i in (0..width).filter(|&i| set(i)) {
        bits[i / 8] |= 1 << (i % 8);
    }
    bits
}

/// Packs `rows` samples: `ints` holds `int_width` values per sample and
/// `floats` `float_width`, one sample after the other.
pub fn pack_samples(
    rows: usize,
    ints: &[Option<i64>],
    int_width: usize,
    floats: &[Option<f64>],
    float_width: usize,
) -> Result<Vec<u8>, CodecError> {
    check_width(int_width)?;
    check_width(float_width)?;
    check_rows("ints", ints.len(), rows, int_width)?;
    check_rows("floats", floats.len(), rows, float_width)?;
    let width = int_width + float_width;
    let mut out = vec![FORMAT];
    let mut previous: State = vec![Some(0); width];
    let mut run = 0u64;
    for row in 0..rows {
        let current = state_of(
            &ints[row * int_width..(row + 1) * int_width],
            &floats[row * float_width..(row + 1) * float_width],
        );
        if current == previous {
            run += 1;
            continue;
        }
        if run > 0 {
            put_varint(&mut out, run << 1 | RUN);
            run = 0;
        }
        if current.iter().any(Option::is_none) {
            put_varint(&mut out, CHANGED_WITH_NULLS);
            out.extend(bitmap(width, |i| current[i].is_none()));
        } else {
            put_varint(&mut out, CHANGED);
        }
        out.extend(bitmap(width, |i| current[i] != previous[i]));
        for i in (0..width).filter(|&i| current[i] != previous[i]) {
            let Some(value) = current[i] else { continue };
            let base = previous[i].unwrap_or(0);
            if i < int_width {
                put_varint(&mut out, zigzag((value as i64).wrapping_sub(base as i64)));
            } else {
                put_varint(&mut out, value ^ base);
            }
        }
        previous = current;
    }
    if run > 0 {
        put_varint(&mut out, run << 1 | RUN);
    }
    Ok(out)
}

/// Reads packed bytes sample by sample.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    width: usize,
    int_width: usize,
    state: State,
    /// Samples of the current run still to give.
    run: u64,
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8], int_width: usize, float_width: usize) -> Result<Self, CodecError> {
        match bytes.first() {
            Some(&FORMAT) => {}
            Some(other) => return Err(CodecError::Packed(format!("format {other}, not {FORMAT}"))),
            None => return Err(CodecError::Packed("no bytes".into())),
        }
        check_width(int_width)?;
        check_width(float_width)?;
        let width = int_width + float_width;
        Ok(Self {
            bytes,
            at: 1,
            width,
            int_width,
            state: vec![Some(0); width],
            run: 0,
        })
    }

    fn varint(&mut self) -> Result<u64, CodecError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let Some(&byte) = self.bytes.get(self.at) else {
                return Err(CodecError::Packed(format!("truncated at byte {}", self.at)));
            };
            self.at += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(CodecError::Packed(format!(
            "a number longer than 64 bits at byte {}",
            self.at
        )))
    }

    fn bitmap(&mut self) -> Result<&'a [u8], CodecError> {
        let len = self.width.div_ceil(8);
        let bits = self
            .bytes
            .get(self.at..self.at + len)
            .ok_or_else(|| CodecError::Packed(format!("a bitmap truncated at byte {}", self.at)))?;
        self.at += len;
        Ok(bits)
    }

    /// The next sample's counters.
    fn next_sample(&mut self) -> Result<&State, CodecError> {
        if self.run > 0 {
            self.run -= 1;
            return Ok(&self.state);
        }
        let token = self.varint()?;
        let nulls = match token {
            CHANGED => None,
            CHANGED_WITH_NULLS => Some(self.bitmap()?),
            run if run & 1 == RUN && run >> 1 > 0 => {
                self.run = (run >> 1) - 1;
                return Ok(&self.state);
            }
            other => return Err(CodecError::Packed(format!("unknown token {other}"))),
        };
        let changed = self.bitmap()?;
        let bit = |bits: &[u8], i: usize| bits[i / 8] & (1 << (i % 8)) != 0;
        for i in 0..self.width {
            if nulls.is_some_and(|n| bit(n, i)) {
                self.state[i] = None;
            } else if bit(changed, i) {
                let base = self.state[i].unwrap_or(0);
                let stored = self.varint()?;
                self.state[i] = Some(if i < self.int_width {
                    (base as i64).wrapping_add(unzigzag(stored)) as u64
                } else {
                    base ^ stored
                });
            } else if self.state[i].is_none() {
                return Err(CodecError::Packed(format!(
                    "counter {i} is NULL without its bit set"
                )));
            }
        }
        Ok(&self.state)
    }
}

/// One sample as bigint and double precision counters.
fn split(state: &State, int_width: usize) -> Sample {
    (
        state[..int_width]
            .iter()
            .map(|v| v.map(|v| v as i64))
            .collect(),
        state[int_width..]
            .iter()
            .map(|v| v.map(f64::from_bits))
            .collect(),
    )
}

/// The `rows` samples of packed bytes, each as its bigint and double
/// precision counters.
pub fn unpack_samples(
    packed: &[u8],
    rows: usize,
    int_width: usize,
    float_width: usize,
) -> Result<Vec<Sample>, CodecError> {
    let mut reader = Reader::new(packed, int_width, float_width)?;
    check_unpacked_size(rows, int_width, float_width)?;
    let mut samples = Vec::with_capacity(rows.min(MAX_PREALLOCATED_ROWS));
    for _ in 0..rows {
        samples.push(split(reader.next_sample()?, int_width));
    }
    finished(&reader, rows)?;
    Ok(samples)
}

fn finished(reader: &Reader<'_>, rows: usize) -> Result<(), CodecError> {
    if reader.run > 0 || reader.at != reader.bytes.len() {
        return Err(CodecError::Packed(format!(
            "bytes left after the row's {rows} samples"
        )));
    }
    Ok(())
}

/// Sample `row` (0-based) alone: the ones before it are decoded, not kept.
pub fn packed_sample(
    packed: &[u8],
    rows: usize,
    int_width: usize,
    float_width: usize,
    row: usize,
) -> Result<Sample, CodecError> {
    check_row(row, rows)?;
    check_unpacked_size(rows, int_width, float_width)?;
    let mut reader = Reader::new(packed, int_width, float_width)?;
    for _ in 0..row {
        reader.next_sample()?;
    }
    Ok(split(reader.next_sample()?, int_width))
}

/// One staging row (`<prefix>_src`) going into a batch: the 1-based
/// position of its snapshot in the batch, its ids and their counters,
/// `int_width` bigint and `float_width` double precision ones per id
/// (staged before the layout gained counters, it may be narrower than the
/// batch: the missing counters are NULL).
#[derive(Debug, Clone, PartialEq)]
pub struct Staged {
    pub position: i32,
    pub ids: Vec<Option<i64>>,
    pub ints: Vec<Option<i64>>,
    pub int_width: usize,
    pub floats: Vec<Option<f64>>,
    pub float_width: usize,
}

/// One id's coalesced history row: its samples' positions in the batch
/// (None when it has a sample at every one of the batch's positions),
/// their number and their counters packed by [`pack_samples`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackedRow {
    pub id: i64,
    pub positions: Option<Vec<i32>>,
    pub samples: i32,
    pub packed: Vec<u8>,
}

/// An id's samples while a batch is gathered.
#[derive(Default)]
struct Gathered {
    positions: Vec<i32>,
    ints: Vec<Option<i64>>,
    floats: Vec<Option<f64>>,
}

/// The history rows of a batch of `batch_len` snapshots from its staging
/// rows (any order; each id once per position), per id in id order,
/// counters padded to `int_width` and `float_width`. NULL ids (rows
/// skipped at snapshot time) are left out. Coalescing in one pass here
/// instead of a row per sample in SQL is what keeps a coalesce short.
pub fn pack_staged(
    batch_len: usize,
    staged: &[Staged],
    int_width: usize,
    float_width: usize,
) -> Result<Vec<PackedRow>, CodecError> {
    /// Row `row` of `values` (`from` wide), padded with NULLs to `to`.
    fn append<T: Copy>(
        out: &mut Vec<Option<T>>,
        values: &[Option<T>],
        row: usize,
        from: usize,
        to: usize,
    ) {
        out.extend_from_slice(&values[row * from..(row + 1) * from]);
        out.resize(out.len() + to - from, None);
    }
    check_width(int_width)?;
    check_width(float_width)?;
    let mut order: Vec<&Staged> = staged.iter().collect();
    order.sort_by_key(|s| s.position);
    let mut gathered: std::collections::BTreeMap<i64, Gathered> = Default::default();
    for s in order {
        if s.position < 1 || s.position as usize > batch_len {
            return Err(CodecError::Packed(format!(
                "a staging row at position {} of a batch of {batch_len}",
                s.position
            )));
        }
        for (what, width, layout) in [
            ("ints", s.int_width, int_width),
            ("floats", s.float_width, float_width),
        ] {
            if width > layout {
                return Err(CodecError::Packed(format!(
                    "a staging row has {width} {what} per id, more than the layout's {layout}"
                )));
            }
        }
        check_rows("ints", s.ints.len(), s.ids.len(), s.int_width)?;
        check_rows("floats", s.floats.len(), s.ids.len(), s.float_width)?;
        for (row, id) in s.ids.iter().enumerate() {
            let Some(id) = *id else { continue };
            let g = gathered.entry(id).or_default();
            if g.positions.last() == Some(&s.position) {
                return Err(CodecError::Packed(format!(
                    "id {id} is staged twice at position {}",
                    s.position
                )));
            }
            g.positions.push(s.position);
            append(&mut g.ints, &s.ints, row, s.int_width, int_width);
            append(&mut g.floats, &s.floats, row, s.float_width, float_width);
        }
    }
    gathered
        .into_iter()
        .map(|(id, g)| {
            let samples = g.positions.len();
            Ok(PackedRow {
                id,
                packed: pack_samples(samples, &g.ints, int_width, &g.floats, float_width)?,
                samples: samples as i32,
                positions: (samples != batch_len).then_some(g.positions),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by powa-fuzz (`codec`): row counts and widths as large as an
    /// SQL integer, with a few bytes, once allocated gigabytes or looped
    /// for seconds; a row past the last read another counter's values.
    #[test]
    fn hostile_counts_and_widths_are_refused_at_once() {
        let packed = pack_samples(1, &[Some(5)], 1, &[], 0).unwrap();
        let huge = i32::MAX as usize;
        assert!(matches!(
            unpack_samples(&packed, huge, 1, 0),
            Err(CodecError::Packed(message)) if message.contains("more than a history row holds")
        ));
        assert!(packed_sample(&packed, huge, 1, 0, huge - 1).is_err());
        assert_eq!(
            unpack_int8(&[], 0, huge),
            Err(CodecError::BadWidth(huge as i64))
        );
        assert!(pack_samples(0, &[], huge, &[], 0).is_err());
        assert!(pack_staged(3, &[], huge, 0).is_err());
        assert_eq!(width(MAX_WIDTH as i64 + 1), Err(CodecError::BadWidth(1665)));
        let packed8 = pack_int8(&[Some(1), Some(2), Some(3), Some(4)], 2, 2).unwrap();
        assert!(int8_sample(packed8.as_slice(), 2, 2, 2).is_err());
        assert!(float8_sample([Some(1.0), Some(2.0)].as_slice(), 2, 1, 5).is_err());
    }

    /// A reproducible stream of numbers (no dependency for a test).
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0 >> 11
        }
    }

    /// Samples like a statement's: counters that mostly stay, sometimes
    /// grow, sometimes are NULL (counters added later) or extreme.
    fn samples(
        seed: u64,
        rows: usize,
        iw: usize,
        fw: usize,
    ) -> (Vec<Option<i64>>, Vec<Option<f64>>) {
        let mut random = Lcg(seed);
        let mut ints = vec![Some(0i64); iw];
        let mut floats = vec![Some(0f64); fw];
        let (mut all_ints, mut all_floats) = (Vec::new(), Vec::new());
        for _ in 0..rows {
            for value in ints.iter_mut() {
                *value = match random.next() % 10 {
                    0 => None,
                    1 => Some(i64::MIN),
                    2 | 3 => Some(
                        value
                            .unwrap_or(0)
                            .wrapping_add((random.next() % 1000) as i64),
                    ),
                    _ => *value,
                };
            }
            for value in floats.iter_mut() {
                *value = match random.next() % 12 {
                    0 => None,
                    1 => Some(f64::NAN),
                    2 => Some(-0.0),
                    3 | 4 => Some(value.unwrap_or(0.0) + (random.next() % 1000) as f64 / 7.0),
                    _ => *value,
                };
            }
            all_ints.extend_from_slice(&ints);
            all_floats.extend_from_slice(&floats);
        }
        (all_ints, all_floats)
    }

    fn bits(floats: &[Option<f64>]) -> Vec<Option<u64>> {
        floats.iter().map(|v| v.map(f64::to_bits)).collect()
    }

    #[test]
    fn packed_samples_come_back_exactly() {
        for (seed, rows, iw, fw) in [
            (1, 100, 22, 10),
            (2, 1, 3, 0),
            (3, 40, 0, 5),
            (4, 0, 4, 4),
            (5, 12, 9, 17),
        ] {
            let (ints, floats) = samples(seed, rows, iw, fw);
            let packed = pack_samples(rows, &ints, iw, &floats, fw).unwrap();
            let unpacked = unpack_samples(&packed, rows, iw, fw).unwrap();
            assert_eq!(unpacked.len(), rows);
            for (row, (i, f)) in unpacked.iter().enumerate() {
                assert_eq!(
                    i.as_slice(),
                    &ints[row * iw..(row + 1) * iw],
                    "seed {seed} row {row}"
                );
                assert_eq!(
                    bits(f),
                    bits(&floats[row * fw..(row + 1) * fw]),
                    "seed {seed} row {row}"
                );
                let (alone_ints, alone_floats) = packed_sample(&packed, rows, iw, fw, row).unwrap();
                assert_eq!(&alone_ints, i, "sample {row} alone");
                assert_eq!(bits(&alone_floats), bits(f), "sample {row} alone");
            }
        }
    }

    #[test]
    fn counters_that_do_not_move_cost_their_run_only() {
        // 100 samples of 32 counters; they move in 5 samples.
        let (iw, fw, rows) = (22, 10, 100);
        let mut ints = Vec::new();
        let mut floats = Vec::new();
        for row in 0..rows {
            let moves = (row / 20 + 1) as i64;
            ints.extend((0..iw).map(|c| Some(moves * 1000 + c as i64)));
            floats.extend((0..fw).map(|c| Some(moves as f64 * 1.25 + c as f64)));
        }
        let packed = pack_samples(rows, &ints, iw, &floats, fw).unwrap();
        let raw = rows * (iw + fw) * 8;
        assert!(
            packed.len() < raw / 30,
            "{} bytes for {raw} raw",
            packed.len()
        );
    }

    #[test]
    fn bytes_that_do_not_decode_are_an_error_never_a_panic() {
        let (ints, floats) = samples(7, 30, 6, 4);
        let packed = pack_samples(30, &ints, 6, &floats, 4).unwrap();
        for len in 0..packed.len() {
            assert!(
                unpack_samples(&packed[..len], 30, 6, 4).is_err(),
                "truncated to {len}"
            );
        }
        assert!(
            unpack_samples(&packed, 31, 6, 4).is_err(),
            "more samples than packed"
        );
        assert!(
            unpack_samples(&packed, 29, 6, 4).is_err(),
            "fewer samples than packed"
        );
        assert!(packed_sample(&packed, 30, 6, 4, 30).is_err());
        let mut random = Lcg(11);
        for _ in 0..20_000 {
            let mut mutated = packed.clone();
            let at = random.next() as usize % mutated.len();
            mutated[at] = random.next() as u8;
            let rows = (random.next() % 40) as usize;
            let _ = unpack_samples(&mutated, rows, 6, 4);
            let _ = packed_sample(&mutated, rows, 6, 4, rows / 2);
        }
        let garbage: Vec<u8> = (0..64).map(|_| random.next() as u8).collect();
        let _ = unpack_samples(&garbage, 10, 3, 3);
        assert!(unpack_samples(&[9], 0, 1, 1)
            .unwrap_err()
            .to_string()
            .contains("format 9"));
    }

    #[test]
    fn a_negated_first_sample_and_the_last_add_up_to_their_difference() {
        let first = [Some(7), None, Some(i64::MIN), Some(4)];
        let last = [Some(10), Some(3), Some(i64::MIN + 2), Some(9)];
        let gauges = [3];
        assert_eq!(
            negated(&first, &gauges),
            vec![Some(-7), None, Some(i64::MIN), None]
        );
        let mut segments = negated(&first, &gauges);
        segments.extend(last);
        assert_eq!(
            sum_segments(&segments, 4, &gauges).unwrap(),
            difference(&last, Some(&first), &gauges)
        );
        let (a, b) = (0.1_f64, 0.7_f64);
        let mut floats = negated(&[Some(a)], &[]);
        floats.push(Some(b));
        assert_eq!(sum_segments(&floats, 1, &[]).unwrap(), vec![Some(b - a)]);
    }

    #[test]
    fn one_sample_reads_as_the_whole_unpacking_does() {
        let samples = vec![
            Some(5),
            None,
            Some(i64::MAX),
            Some(7),
            None,
            Some(i64::MIN),
            Some(9),
            Some(1),
        ];
        let packed = pack_int8(&samples, 4, 2).unwrap();
        let floats: Vec<Option<f64>> = samples.iter().map(|v| v.map(|v| v as f64)).collect();
        let packed_floats = pack_float8(&floats, 4, 2).unwrap();
        for row in 0..4 {
            assert_eq!(
                int8_sample(packed.as_slice(), 4, 2, row).unwrap(),
                samples[row * 2..row * 2 + 2].to_vec(),
                "row {row}"
            );
            assert_eq!(
                float8_sample(packed_floats.as_slice(), 4, 2, row).unwrap(),
                floats[row * 2..row * 2 + 2].to_vec()
            );
        }
    }

    #[test]
    fn int8_packing_round_trips_with_nulls_and_overflow() {
        let samples = vec![
            Some(5),
            None,
            Some(i64::MAX),
            Some(7),
            Some(3),
            Some(i64::MIN),
            Some(7),
            Some(4),
            None,
        ];
        let packed = pack_int8(&samples, 3, 3).unwrap();
        // Counter 0 is 5, 7, 7: differences 5, 2, 0.
        assert_eq!(&packed[..3], &[Some(5), Some(2), Some(0)]);
        // Counter 1 is NULL, 3, 4: the first value from 0.
        assert_eq!(&packed[3..6], &[None, Some(3), Some(1)]);
        assert_eq!(unpack_int8(&packed, 3, 3).unwrap(), samples);
    }

    #[test]
    fn float8_packing_is_an_exact_transposition() {
        let samples = vec![Some(0.1), Some(1.5), Some(0.30000000000000004), None];
        let packed = pack_float8(&samples, 2, 2).unwrap();
        assert_eq!(
            packed,
            vec![Some(0.1), Some(0.30000000000000004), Some(1.5), None]
        );
        assert_eq!(unpack_float8(&packed, 2, 2).unwrap(), samples);
    }

    #[test]
    fn lengths_that_are_not_whole_rows_are_refused() {
        let error = pack_int8(&[Some(1), Some(2), Some(3)], 2, 2).unwrap_err();
        assert_eq!(
            error.to_string(),
            "the samples holds 3 values, which is not 2 rows of 2"
        );
        assert_eq!(
            width(0).unwrap_err().to_string(),
            "the row width must be 1 to 1664, not 0"
        );
        assert!(split_rows("ids", &[1, 2], 2, 0).is_err());
        assert_eq!(
            split_rows::<i64>("ints", &[], 3, 0).unwrap(),
            vec![Vec::<i64>::new(); 3]
        );
    }

    #[test]
    fn differences_count_from_zero_and_keep_gauges() {
        let last = [Some(10i64), Some(4), None];
        let first = [Some(3i64), Some(9), Some(1)];
        assert_eq!(
            difference(&last, Some(&first), &[1]),
            vec![Some(7), Some(4), None]
        );
        assert_eq!(difference(&last, None, &[]), vec![Some(10), Some(4), None]);
        let last = [Some(0.75f64)];
        assert_eq!(difference(&last, Some(&[Some(0.5)]), &[]), vec![Some(0.25)]);
    }

    #[test]
    fn only_a_cumulative_counter_going_down_is_a_reset() {
        assert!(went_down(&[Some(5i64), Some(1)], &[Some(6), Some(1)], &[]));
        assert!(!went_down(
            &[Some(5i64), Some(1)],
            &[Some(5), Some(9)],
            &[1]
        ));
        assert!(!went_down(&[None, Some(1i64)], &[Some(5), Some(1)], &[]));
    }

    #[test]
    fn segments_add_up_and_gauges_keep_the_last() {
        let segments = [Some(3i64), Some(10), Some(4), Some(2), Some(7), None];
        assert_eq!(
            sum_segments(&segments, 3, &[1]).unwrap(),
            vec![Some(5), Some(7), Some(4)]
        );
    }

    #[test]
    fn a_batch_packs_each_id_as_its_own_samples_would() {
        // Two snapshots' staging rows, given out of order; the first one
        // staged before the layout had its second bigint counter.
        let (ids1, ints1, floats1) = (
            [Some(7i64), None, Some(3)],
            [Some(1i64), Some(9), Some(2)],
            [Some(0.5), Some(1.0), Some(0.25)],
        );
        let (ids2, ints2, floats2) = ([Some(3i64)], [Some(4i64), Some(40)], [Some(0.75)]);
        let staged = [
            Staged {
                position: 2,
                ids: ids2.to_vec(),
                ints: ints2.to_vec(),
                int_width: 2,
                floats: floats2.to_vec(),
                float_width: 1,
            },
            Staged {
                position: 1,
                ids: ids1.to_vec(),
                ints: ints1.to_vec(),
                int_width: 1,
                floats: floats1.to_vec(),
                float_width: 1,
            },
        ];
        let rows = pack_staged(2, &staged, 2, 1).unwrap();
        assert_eq!(rows.iter().map(|r| r.id).collect::<Vec<_>>(), vec![3, 7]);
        let every = &rows[0];
        assert_eq!((every.positions.clone(), every.samples), (None, 2));
        assert_eq!(
            unpack_samples(&every.packed, 2, 2, 1).unwrap(),
            vec![
                (vec![Some(2), None], vec![Some(0.25)]),
                (vec![Some(4), Some(40)], vec![Some(0.75)])
            ]
        );
        let some = &rows[1];
        assert_eq!((some.positions.clone(), some.samples), (Some(vec![1]), 1));
        assert_eq!(
            some.packed,
            pack_samples(1, &[Some(1), None], 2, &[Some(0.5)], 1).unwrap()
        );
    }

    #[test]
    fn a_batch_that_does_not_fit_is_an_error() {
        let (ids, ints, floats) = ([Some(1i64)], [Some(1i64), Some(2)], [None::<f64>; 0]);
        let row = |position| Staged {
            position,
            ids: ids.to_vec(),
            ints: ints.to_vec(),
            int_width: 2,
            floats: floats.to_vec(),
            float_width: 0,
        };
        for (staged, batch_len, int_width, expected) in [
            (vec![row(3)], 2, 2, "position 3 of a batch of 2"),
            (vec![row(0)], 2, 2, "position 0"),
            (vec![row(1)], 2, 1, "more than the layout's 1"),
            (vec![row(1), row(1)], 2, 2, "id 1 is staged twice"),
        ] {
            let error = pack_staged(batch_len, &staged, int_width, 0)
                .unwrap_err()
                .to_string();
            assert!(error.contains(expected), "{error}");
        }
        let short = Staged {
            int_width: 3,
            ..row(1)
        };
        assert!(matches!(
            pack_staged(2, &[short], 3, 0),
            Err(CodecError::BadLength { what: "ints", .. })
        ));
    }
}
