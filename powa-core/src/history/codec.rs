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
    #[error("the row width must be positive, not {0}")]
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
}

/// A width from SQL: positive.
pub fn width(width: i64) -> Result<usize, CodecError> {
    if width > 0 {
        Ok(width as usize)
    } else {
        Err(CodecError::BadWidth(width))
    }
}

/// How many rows of `width` `len` values make, when `width` may be 0 (a
/// source without counters of that type: then `rows` is taken as given).
fn check_rows(what: &'static str, len: usize, rows: usize, width: usize) -> Result<(), CodecError> {
    if len == rows * width {
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
    if len % width == 0 {
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

/// Sample `row` of [`pack_int8`]'s output alone: its counters' differences
/// added up to it, without unpacking the other samples.
pub fn int8_sample<P: Packed<i64> + ?Sized>(
    packed: &P,
    rows: usize,
    width: usize,
    row: usize,
) -> Result<Vec<Option<i64>>, CodecError> {
    check_rows("the packed counters", packed.count(), rows, width)?;
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
    last.iter()
        .enumerate()
        .map(|(c, value)| {
            let value = (*value)?;
            if gauges.contains(&c) {
                return Some(value);
            }
            let before = first
                .and_then(|first| first.get(c).copied().flatten())
                .unwrap_or(T::ZERO);
            Some(value.minus(before))
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

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
            "the row width must be positive, not 0"
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
}
