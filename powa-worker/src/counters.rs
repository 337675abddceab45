//! SQL functions over counter arrays, for data sources' SQL (see
//! `powa_core::history`): a snapshot's counters travel and are staged as
//! flat arrays (`width` values per row), coalesced history is packed
//! counter-major. These split, pack and unpack in one pass each; doing it
//! in SQL means subscripting arrays per element, which decompresses a
//! stored array every time. The logic is in `powa_core::history::codec`.

use pgrx::prelude::*;
use powa_core::history::codec::{self, Counter};

fn fail(function: &str, error: codec::CodecError) -> ! {
    pgrx::error!("{function}: {error}")
}

fn width(function: &str, width: i32) -> usize {
    if width < 0 {
        fail(function, codec::CodecError::BadWidth(width.into()))
    }
    width as usize
}

fn positions(function: &str, gauges: Vec<Option<i32>>) -> Vec<usize> {
    gauges
        .into_iter()
        .flatten()
        .map(|g| {
            usize::try_from(g).unwrap_or_else(|_| {
                pgrx::error!("{function}: gauge positions are 0-based, not {g}")
            })
        })
        .collect()
}

/// A staging row's ids with their counters: `int_width` bigint and
/// `float_width` double precision counters per id, in the order of `ids`;
/// only the ids in `only` when it is given (reading one row's history
/// builds one row per chunk, not 64).
#[pg_extern(immutable, parallel_safe)]
fn powa_counter_rows(
    ids: Vec<Option<i64>>,
    ints: Vec<Option<i64>>,
    int_width: i32,
    floats: Vec<Option<f64>>,
    float_width: i32,
    only: default!(Option<Vec<Option<i64>>>, "NULL"),
) -> TableIterator<
    'static,
    (
        name!(id, Option<i64>),
        name!(ints, Vec<Option<i64>>),
        name!(floats, Vec<Option<f64>>),
    ),
> {
    const F: &str = "powa_counter_rows";
    let rows = ids.len();
    let (int_width, float_width) = (width(F, int_width), width(F, float_width));
    for (what, len, width) in [
        ("ints", ints.len(), int_width),
        ("floats", floats.len(), float_width),
    ] {
        if len != rows * width {
            fail(
                F,
                codec::CodecError::BadLength {
                    what,
                    len,
                    rows,
                    width,
                },
            )
        }
    }
    let wanted: Vec<usize> = match &only {
        None => (0..rows).collect(),
        Some(only) => (0..rows)
            .filter(|&r| ids[r].is_some() && only.contains(&ids[r]))
            .collect(),
    };
    TableIterator::new(wanted.into_iter().map(move |r| {
        (
            ids[r],
            ints[r * int_width..(r + 1) * int_width].to_vec(),
            floats[r * float_width..(r + 1) * float_width].to_vec(),
        )
    }))
}

/// The position in its batch of each of a history row's `rows` samples:
/// `positions`, or 1, 2, ... when it is NULL (the row has every sample).
fn sample_positions(
    function: &str,
    positions: Option<Vec<Option<i32>>>,
    rows: usize,
) -> Vec<Option<i32>> {
    match positions {
        Some(positions) if positions.len() == rows => positions,
        Some(positions) => pgrx::error!(
            "{function}: {} positions for {rows} samples",
            positions.len()
        ),
        None => (1..=rows as i32).map(Some).collect(),
    }
}

/// Which of a history row's `rows` samples is at `position` of its batch.
fn row_at(positions: Option<Vec<Option<i32>>>, rows: usize, position: i32) -> Option<usize> {
    match positions {
        Some(positions) => positions.iter().position(|p| *p == Some(position)),
        None => usize::try_from(position - 1).ok(),
    }
    .filter(|row| *row < rows)
}

/// The layout before the sources' schema migration 3 (packed rows), which
/// reads it, as do an older plugin's reading functions until it is
/// replaced: a history row's samples, unpacked: the position of each in its batch
/// (`positions[j]`, or j when `positions` is NULL: the row has every
/// sample of the batch) and its counters.
#[pg_extern(immutable, parallel_safe)]
fn powa_history_rows(
    positions: Option<Vec<Option<i32>>>,
    samples: i32,
    ints: Vec<Option<i64>>,
    int_width: i32,
    floats: Vec<Option<f64>>,
    float_width: i32,
) -> TableIterator<
    'static,
    (
        name!(position, Option<i32>),
        name!(ints, Vec<Option<i64>>),
        name!(floats, Vec<Option<f64>>),
    ),
> {
    const F: &str = "powa_history_rows";
    let rows = width(F, samples);
    let (int_width, float_width) = (width(F, int_width), width(F, float_width));
    let ints = codec::unpack_int8(&ints, rows, int_width).unwrap_or_else(|e| fail(F, e));
    let floats = codec::unpack_float8(&floats, rows, float_width).unwrap_or_else(|e| fail(F, e));
    let ints = codec::split_rows("ints", &ints, rows, int_width).unwrap_or_else(|e| fail(F, e));
    let floats =
        codec::split_rows("floats", &floats, rows, float_width).unwrap_or_else(|e| fail(F, e));
    let positions = sample_positions(F, positions, rows);
    TableIterator::new(
        positions
            .into_iter()
            .zip(ints)
            .zip(floats)
            .map(|((position, ints), floats)| (position, ints, floats)),
    )
}

/// The layout before migration 3 (see `powa_history_rows`): one sample of
/// a history row, the one at `position` of its batch (no
/// row when the history row has no sample there), without unpacking the
/// others: a range's bounds read this way.
#[pg_extern(immutable, parallel_safe)]
fn powa_history_sample<'a>(
    positions: Option<Array<'a, i32>>,
    samples: i32,
    ints: Array<'a, i64>,
    int_width: i32,
    floats: Array<'a, f64>,
    float_width: i32,
    position: i32,
) -> TableIterator<
    'static,
    (
        name!(ints, Vec<Option<i64>>),
        name!(floats, Vec<Option<f64>>),
    ),
> {
    const F: &str = "powa_history_sample";
    let rows = width(F, samples);
    let (int_width, float_width) = (width(F, int_width), width(F, float_width));
    let row = row_at(positions.map(|p| p.iter().collect()), rows, position);
    // Read where they are: a day of bounds reads one sample of thousands
    // of rows, and copying each row's arrays whole cost more than that.
    let sample = row.map(|row| {
        (
            codec::int8_sample(&int8_in_place(&ints), rows, int_width, row)
                .unwrap_or_else(|e| fail(F, e)),
            codec::float8_sample(&float8_in_place(&floats), rows, float_width, row)
                .unwrap_or_else(|e| fail(F, e)),
        )
    });
    TableIterator::new(sample)
}

/// A history row's samples, packed (`powa_core::history::codec::pack_samples`):
/// `samples` rows of `int_width` bigint and `float_width` double precision
/// counters, one sample after the other (a two-dimensional array reads as
/// its rows in order; an empty array when a width is 0).
#[pg_extern(immutable, parallel_safe)]
fn powa_pack_history(
    samples: i32,
    ints: Vec<Option<i64>>,
    int_width: i32,
    floats: Vec<Option<f64>>,
    float_width: i32,
) -> Vec<u8> {
    const F: &str = "powa_pack_history";
    let rows = width(F, samples);
    let (int_width, float_width) = (width(F, int_width), width(F, float_width));
    codec::pack_samples(rows, &ints, int_width, &floats, float_width).unwrap_or_else(|e| fail(F, e))
}

/// A coalesce's history rows for one batch of `batch_len` snapshots
/// from its staging rows (`powa_staged_row`: the 1-based position of the
/// row's snapshot in the batch, its ids and counters), per id, packed
/// with counters padded to `int_width` and `float_width`
/// (`powa_core::history::codec::pack_staged`).
#[pg_extern(immutable, parallel_safe)]
fn powa_pack_staged<'a>(
    batch_len: i32,
    staged: Array<'a, pgrx::composite_type!('a, "powa_staged_row")>,
    int_width: i32,
    float_width: i32,
) -> TableIterator<
    'static,
    (
        name!(id, i64),
        name!(positions, Option<Vec<i32>>),
        name!(samples, i32),
        name!(packed, Vec<u8>),
    ),
> {
    const F: &str = "powa_pack_staged";
    let batch_len = width(F, batch_len);
    let (int_width, float_width) = (width(F, int_width), width(F, float_width));
    let staged: Vec<codec::Staged> = staged
        .iter()
        .flatten()
        .map(|tuple| {
            let number = |name: &str| -> i32 {
                match tuple.get_by_name::<i32>(name) {
                    Ok(Some(value)) => value,
                    Ok(None) => pgrx::error!("{F}: a staged row's {name} is NULL"),
                    Err(e) => pgrx::error!("{F}: a staged row's {name}: {e}"),
                }
            };
            let ints = |name: &str| -> Vec<Option<i64>> {
                tuple
                    .get_by_name::<Array<'_, i64>>(name)
                    .unwrap_or_else(|e| pgrx::error!("{F}: a staged row's {name}: {e}"))
                    .map(|array| array.iter().collect())
                    .unwrap_or_default()
            };
            codec::Staged {
                position: number("position"),
                int_width: width(F, number("int_width")),
                float_width: width(F, number("float_width")),
                ids: ints("ids"),
                ints: ints("ints"),
                floats: tuple
                    .get_by_name::<Array<'_, f64>>("floats")
                    .unwrap_or_else(|e| pgrx::error!("{F}: a staged row's floats: {e}"))
                    .map(|array| array.iter().collect())
                    .unwrap_or_default(),
            }
        })
        .collect();
    let packed = codec::pack_staged(batch_len, &staged, int_width, float_width)
        .unwrap_or_else(|e| fail(F, e));
    TableIterator::new(
        packed
            .into_iter()
            .map(|r| (r.id, r.positions, r.samples, r.packed)),
    )
}

/// A packed history row's samples: the position of each in its batch
/// (`positions[j]`, or j when `positions` is NULL: the row has every
/// sample of the batch) and its counters.
#[pg_extern(immutable, parallel_safe)]
fn powa_packed_rows(
    positions: Option<Vec<Option<i32>>>,
    samples: i32,
    packed: &[u8],
    int_width: i32,
    float_width: i32,
) -> TableIterator<
    'static,
    (
        name!(position, Option<i32>),
        name!(ints, Vec<Option<i64>>),
        name!(floats, Vec<Option<f64>>),
    ),
> {
    const F: &str = "powa_packed_rows";
    let rows = width(F, samples);
    let (int_width, float_width) = (width(F, int_width), width(F, float_width));
    let unpacked =
        codec::unpack_samples(packed, rows, int_width, float_width).unwrap_or_else(|e| fail(F, e));
    let positions = sample_positions(F, positions, rows);
    TableIterator::new(
        positions
            .into_iter()
            .zip(unpacked)
            .map(|(position, (ints, floats))| (position, ints, floats)),
    )
}

/// One sample of a packed history row: the one at `position` of its
/// batch (no row when the history row has no sample there); the samples
/// before it are decoded, not returned: a range's bounds read this way.
#[pg_extern(immutable, parallel_safe)]
fn powa_packed_sample(
    positions: Option<Vec<Option<i32>>>,
    samples: i32,
    packed: &[u8],
    int_width: i32,
    float_width: i32,
    position: i32,
) -> TableIterator<
    'static,
    (
        name!(ints, Vec<Option<i64>>),
        name!(floats, Vec<Option<f64>>),
    ),
> {
    const F: &str = "powa_packed_sample";
    let rows = width(F, samples);
    let (int_width, float_width) = (width(F, int_width), width(F, float_width));
    let row = row_at(positions, rows, position);
    let sample = row.map(|row| {
        codec::packed_sample(packed, rows, int_width, float_width, row)
            .unwrap_or_else(|e| fail(F, e))
    });
    TableIterator::new(sample)
}

/// A server array as packed counters: read where it is when it has no
/// NULL (pgrx's per-position access walks the array), copied otherwise.
enum InPlace<'a, T> {
    Whole(&'a [T]),
    Copied(Vec<Option<T>>),
}

impl<T: Copy> codec::Packed<T> for InPlace<'_, T> {
    fn count(&self) -> usize {
        match self {
            InPlace::Whole(values) => values.len(),
            InPlace::Copied(values) => values.len(),
        }
    }
    fn at(&self, i: usize) -> Option<T> {
        match self {
            InPlace::Whole(values) => Some(values[i]),
            InPlace::Copied(values) => values[i],
        }
    }
}

fn int8_in_place<'a>(array: &'a Array<'_, i64>) -> InPlace<'a, i64> {
    match array.as_slice() {
        Ok(values) => InPlace::Whole(values),
        Err(_) => InPlace::Copied(array.iter().collect()),
    }
}

fn float8_in_place<'a>(array: &'a Array<'_, f64>) -> InPlace<'a, f64> {
    match array.as_slice() {
        Ok(values) => InPlace::Whole(values),
        Err(_) => InPlace::Copied(array.iter().collect()),
    }
}

/// Samples (`width` bigint counters each, one after the other; a
/// two-dimensional array reads as its rows in order) packed for history:
/// counter-major, each value the difference from the counter's previous one.
#[pg_extern(immutable, parallel_safe)]
fn powa_pack_int8(samples: Vec<Option<i64>>, width: i32) -> Vec<Option<i64>> {
    const F: &str = "powa_pack_int8";
    let width = codec::width(width.into()).unwrap_or_else(|e| fail(F, e));
    let rows =
        codec::whole_rows("the samples", samples.len(), width).unwrap_or_else(|e| fail(F, e));
    codec::pack_int8(&samples, rows, width).unwrap_or_else(|e| fail(F, e))
}

/// As `powa_pack_int8` for double precision counters: counter-major, the
/// values exact.
#[pg_extern(immutable, parallel_safe)]
fn powa_pack_float8(samples: Vec<Option<f64>>, width: i32) -> Vec<Option<f64>> {
    const F: &str = "powa_pack_float8";
    let width = codec::width(width.into()).unwrap_or_else(|e| fail(F, e));
    let rows =
        codec::whole_rows("the samples", samples.len(), width).unwrap_or_else(|e| fail(F, e));
    codec::pack_float8(&samples, rows, width).unwrap_or_else(|e| fail(F, e))
}

fn went_down<T: Counter>(
    current: Vec<Option<T>>,
    previous: Vec<Option<T>>,
    gauges: Vec<Option<i32>>,
) -> bool {
    codec::went_down(&current, &previous, &positions("went_down", gauges))
}

/// Whether a cumulative counter (not one of the 0-based `gauges`) went
/// down from `previous` to `current`: a reset.
#[pg_extern(immutable, parallel_safe)]
fn powa_int8_went_down(
    current: Vec<Option<i64>>,
    previous: Vec<Option<i64>>,
    gauges: Vec<Option<i32>>,
) -> bool {
    went_down(current, previous, gauges)
}

/// As `powa_int8_went_down`, for double precision counters.
#[pg_extern(immutable, parallel_safe)]
fn powa_float8_went_down(
    current: Vec<Option<f64>>,
    previous: Vec<Option<f64>>,
    gauges: Vec<Option<i32>>,
) -> bool {
    went_down(current, previous, gauges)
}

/// `last - first` per cumulative counter (from 0 when `first` is NULL),
/// `last` for the 0-based `gauges`.
#[pg_extern(immutable, parallel_safe)]
fn powa_int8_difference(
    last: Vec<Option<i64>>,
    first: default!(Option<Vec<Option<i64>>>, "NULL"),
    gauges: default!(Vec<Option<i32>>, "'{}'"),
) -> Vec<Option<i64>> {
    codec::difference(
        &last,
        first.as_deref(),
        &positions("powa_int8_difference", gauges),
    )
}

/// As `powa_int8_difference`, for double precision counters.
#[pg_extern(immutable, parallel_safe)]
fn powa_float8_difference(
    last: Vec<Option<f64>>,
    first: default!(Option<Vec<Option<f64>>>, "NULL"),
    gauges: default!(Vec<Option<i32>>, "'{}'"),
) -> Vec<Option<f64>> {
    codec::difference(
        &last,
        first.as_deref(),
        &positions("powa_float8_difference", gauges),
    )
}

/// `0 - value` per cumulative counter, NULL for the 0-based `gauges`.
#[pg_extern(immutable, parallel_safe)]
fn powa_int8_negated(values: Vec<Option<i64>>, gauges: Vec<Option<i32>>) -> Vec<Option<i64>> {
    codec::negated(&values, &positions("powa_int8_negated", gauges))
}

/// As `powa_int8_negated`, for double precision counters.
#[pg_extern(immutable, parallel_safe)]
fn powa_float8_negated(values: Vec<Option<f64>>, gauges: Vec<Option<i32>>) -> Vec<Option<f64>> {
    codec::negated(&values, &positions("powa_float8_negated", gauges))
}

fn sum_segments<T: Counter>(
    function: &str,
    segments: Vec<Option<T>>,
    width: i32,
    gauges: Vec<Option<i32>>,
) -> Vec<Option<T>> {
    let width = self::width(function, width);
    if width == 0 {
        return Vec::new();
    }
    codec::sum_segments(&segments, width, &positions(function, gauges))
        .unwrap_or_else(|e| fail(function, e))
}

/// The deltas of consecutive segments (rows of `width`, oldest first),
/// added up; a gauge keeps its last value.
#[pg_extern(immutable, parallel_safe)]
fn powa_int8_sum_segments(
    segments: Vec<Option<i64>>,
    width: i32,
    gauges: Vec<Option<i32>>,
) -> Vec<Option<i64>> {
    sum_segments("powa_int8_sum_segments", segments, width, gauges)
}

/// As `powa_int8_sum_segments`, for double precision counters.
#[pg_extern(immutable, parallel_safe)]
fn powa_float8_sum_segments(
    segments: Vec<Option<f64>>,
    width: i32,
    gauges: Vec<Option<i32>>,
) -> Vec<Option<f64>> {
    sum_segments("powa_float8_sum_segments", segments, width, gauges)
}

#[cfg(any(test, feature = "pg_test"))]
#[pg_schema]
mod tests {
    use pgrx::prelude::*;

    fn texts(sql: &str) -> Vec<String> {
        Spi::connect(|client| {
            client
                .select(sql, None, &[])
                .unwrap()
                .map(|row| row.get::<String>(1).unwrap().unwrap())
                .collect()
        })
    }

    #[pg_test]
    fn staging_rows_split_into_counter_rows() {
        assert_eq!(
            texts(
                "SELECT r::text FROM powa_counter_rows(ARRAY[7, 9], ARRAY[1, 2, NULL, 4]::bigint[], 2,
                                                       '{}'::float8[], 0) r"
            ),
            vec!["(7,\"{1,2}\",{})", "(9,\"{NULL,4}\",{})"]
        );
    }

    #[pg_test]
    fn two_dimensional_samples_pack_and_unpack() {
        assert_eq!(
            texts(
                "SELECT r::text FROM powa_history_rows(ARRAY[2, 5], 2,
                        powa_pack_int8(ARRAY[[10, 1], [12, NULL]]::bigint[], 2), 2,
                        powa_pack_float8(ARRAY[[0.5], [0.75]]::float8[], 1), 1) r"
            ),
            vec!["(2,\"{10,1}\",{0.5})", "(5,\"{12,NULL}\",{0.75})"]
        );
        assert_eq!(
            texts("SELECT powa_pack_int8(ARRAY[[10, 1], [12, 1]]::bigint[], 2)::text"),
            vec!["{10,2,1,0}"]
        );
    }

    #[pg_test]
    fn samples_pack_into_bytes_and_come_back() {
        let packed = "powa_pack_history(3, ARRAY[[10, 1], [10, 1], [12, NULL]]::bigint[], 2,
                                        ARRAY[[0.5], [0.5], [0.75]]::float8[], 1)";
        assert_eq!(
            texts(&format!(
                "SELECT r::text FROM powa_packed_rows(ARRAY[2, 5, 9], 3, {packed}, 2, 1) r"
            )),
            vec![
                "(2,\"{10,1}\",{0.5})",
                "(5,\"{10,1}\",{0.5})",
                "(9,\"{12,NULL}\",{0.75})"
            ]
        );
        assert_eq!(
            texts(&format!(
                "SELECT r::text FROM powa_packed_sample(ARRAY[2, 5, 9], 3, {packed}, 2, 1, 9) r"
            )),
            vec!["(\"{12,NULL}\",{0.75})"]
        );
        assert_eq!(
            texts(&format!(
                "SELECT count(*)::text FROM powa_packed_sample(NULL, 3, {packed}, 2, 1, 4)"
            )),
            vec!["0"],
            "no sample at that position"
        );
    }

    #[pg_test]
    fn staging_rows_coalesce_into_packed_rows() {
        // Positions 2 then 1 of a batch of 2; the first row staged with one
        // bigint counter of the layout's two, the second with a NULL id.
        let staged = "ARRAY[ROW(2, ARRAY[3], 2, ARRAY[4, 40]::bigint[], 1, ARRAY[0.75]::float8[]),
                            ROW(1, ARRAY[7, 3, NULL], 1, ARRAY[1, 2, 9]::bigint[], 1,
                                ARRAY[0.5, 0.25, 1]::float8[])]::powa_staged_row[]";
        assert_eq!(
            texts(&format!(
                "SELECT s.id || ' ' || coalesce(s.positions::text, 'every') || ' ' || u::text
                   FROM powa_pack_staged(2, {staged}, 2, 1) s,
                        powa_packed_rows(s.positions, s.samples, s.packed, 2, 1) u
                  ORDER BY s.id, u.position"
            )),
            vec![
                "3 every (1,\"{2,NULL}\",{0.25})",
                "3 every (2,\"{4,40}\",{0.75})",
                "7 {1} (1,\"{1,NULL}\",{0.5})"
            ]
        );
    }

    #[pg_test(
        error = "powa_pack_staged: packed history does not decode: id 3 is staged twice at position 1"
    )]
    fn an_id_staged_twice_in_a_snapshot_is_an_error() {
        texts(
            "SELECT s.id::text FROM powa_pack_staged(1, ARRAY[
                 ROW(1, ARRAY[3], 1, ARRAY[4]::bigint[], 0, '{}'::float8[]),
                 ROW(1, ARRAY[3], 1, ARRAY[5]::bigint[], 0, '{}'::float8[])]::powa_staged_row[], 1, 0) s",
        );
    }

    #[pg_test(error = "powa_packed_rows: packed history does not decode: truncated at byte 3")]
    fn bytes_that_do_not_decode_are_an_error() {
        texts("SELECT r::text FROM powa_packed_rows(NULL, 1, '\\x010104'::bytea, 2, 1) r");
    }

    #[pg_test]
    fn deltas_of_segments() {
        assert_eq!(
            texts(
                "SELECT powa_int8_sum_segments(
                        ARRAY[powa_int8_difference(ARRAY[10, 3]::bigint[], ARRAY[4, 9]::bigint[], '{1}'),
                              powa_int8_difference(ARRAY[2, 5]::bigint[], NULL, '{1}')], 2, '{1}')::text"
            ),
            vec!["{8,5}"]
        );
        assert_eq!(
            texts("SELECT powa_int8_went_down(ARRAY[1, 0]::bigint[], ARRAY[1, 5]::bigint[], '{}')::text"),
            vec!["true"]
        );
    }

    #[pg_test(
        error = "powa_pack_int8: the samples holds 3 values, which is not a whole number of rows of 2"
    )]
    fn a_partial_row_is_refused() {
        Spi::run("SELECT powa_pack_int8(ARRAY[1, 2, 3]::bigint[], 2)").unwrap();
    }
}
