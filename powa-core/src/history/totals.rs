//! Per-snapshot totals: what every row of a source did since the previous
//! snapshot, summed, for the whole server and per group (a key or
//! attribute such as a wait's event type). Charts of a whole server read
//! these (a row per snapshot) instead of every row's samples, whose
//! number grows with the rows (5,000 statements x 288 snapshots took
//! minutes to chart a day).
//!
//! A row's step follows `<prefix>_counter_deltas`: current − previous for
//! the cumulative counters, from 0 when the row was not in the previous
//! snapshot or a counter went down (a reset); a gauge gives its current
//! value. Totals add the steps up (gauges too: the server's sum).

use super::codec::{difference_into, went_down};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;

/// One row's counters in a snapshot: bigint ones, double precision ones.
pub type RowCounters<'a> = (&'a [Option<i64>], &'a [Option<f64>]);

/// One snapshot's rows by id, kept to compute the next snapshot's steps:
/// their counters side by side, `int_width` and `float_width` per row (a
/// pair of vectors per row made 10,000 allocations a snapshot of 5,000).
#[derive(Debug, Default, Clone)]
pub struct Snapshot {
    /// Each id's row in `ints` and `floats`.
    index: FxHashMap<i64, usize>,
    int_width: usize,
    float_width: usize,
    ints: Vec<Option<i64>>,
    floats: Vec<Option<f64>>,
}

impl Snapshot {
    pub fn new(int_width: usize, float_width: usize) -> Self {
        Self {
            int_width,
            float_width,
            ..Self::default()
        }
    }

    /// Adds row `id`, its counters cut or padded with NULLs to the
    /// snapshot's widths (a second push of an id replaces the first).
    pub fn push(&mut self, id: i64, ints: &[Option<i64>], floats: &[Option<f64>]) {
        // The rows stored so far (either array tells; rows of no counters
        // have no position to tell).
        let row = match (self.int_width, self.float_width) {
            (0, 0) => 0,
            (0, width) => self.floats.len() / width,
            (width, _) => self.ints.len() / width,
        };
        self.index.insert(id, row);
        self.ints.extend(widened(ints, self.int_width));
        self.floats.extend(widened(floats, self.float_width));
    }

    /// Row `id`'s counters.
    pub fn get(&self, id: i64) -> Option<RowCounters<'_>> {
        self.index.get(&id).map(|&row| self.row(row))
    }

    fn row(&self, row: usize) -> RowCounters<'_> {
        let (w, fw) = (self.int_width, self.float_width);
        (
            &self.ints[row * w..(row + 1) * w],
            &self.floats[row * fw..(row + 1) * fw],
        )
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }
}

/// The gauges' 0-based positions in each of the layout's arrays.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Gauges {
    pub ints: Vec<usize>,
    pub floats: Vec<usize>,
}

/// One totals row: `group` None for the whole server.
#[derive(Debug, Clone, PartialEq)]
pub struct Total {
    pub group: Option<String>,
    pub ints: Vec<Option<i64>>,
    pub floats: Vec<Option<f64>>,
    /// The whole server's: the rows counted from 0 (new since the previous
    /// snapshot, or reset), in id order. A range's deltas are last − first
    /// for every other row present at both ends.
    pub restarted: Vec<i64>,
    /// The whole server's: the rows whose segment ended with the previous
    /// snapshot (gone from this one, or reset), in id order, with their
    /// counters there (`closed_ints` and `closed_floats`, as wide as
    /// `ints` and `floats`). A row's delta over a range is its last sample
    /// − its first + these values inside the range: read from the bounds
    /// and the totals, not from every sample.
    pub closed_ids: Vec<i64>,
    pub closed_ints: Vec<Option<i64>>,
    pub closed_floats: Vec<Option<f64>>,
}

/// `values` cut or padded with NULLs to `width` (the layout may have grown
/// since the previous snapshot).
fn widened<T: Copy>(values: &[Option<T>], width: usize) -> impl Iterator<Item = Option<T>> + '_ {
    values
        .iter()
        .copied()
        .chain(std::iter::repeat(None))
        .take(width)
}

/// Adds `step` into `sum` (None + x = x).
pub(crate) fn add<T: super::codec::Counter>(sum: &mut [Option<T>], step: &[Option<T>]) {
    for (total, value) in sum.iter_mut().zip(step) {
        if let Some(value) = value {
            *total = Some(total.map_or(*value, |t| t.plus(*value)));
        }
    }
}

/// The snapshot of rows `ids` (None: a row without key, skipped), whose
/// counters are `ints[r * int_width..]` and `floats[r * float_width..]`,
/// and `groups[r]` the group of row r when the source has groups.
pub struct Rows<'a> {
    pub ids: &'a [Option<i64>],
    pub ints: &'a [Option<i64>],
    pub int_width: usize,
    pub floats: &'a [Option<f64>],
    pub float_width: usize,
    pub groups: Option<&'a [Option<&'a str>]>,
}

impl Rows<'_> {
    fn row(&self, r: usize) -> (&[Option<i64>], &[Option<f64>]) {
        (
            &self.ints[r * self.int_width..(r + 1) * self.int_width],
            &self.floats[r * self.float_width..(r + 1) * self.float_width],
        )
    }

    /// These rows as the previous snapshot of the next one.
    pub fn snapshot(&self) -> Snapshot {
        let mut snapshot = Snapshot::new(self.int_width, self.float_width);
        snapshot.index.reserve(self.ids.len());
        for (r, id) in self.ids.iter().enumerate() {
            if let Some(id) = id {
                let (ints, floats) = self.row(r);
                snapshot.push(*id, ints, floats);
            }
        }
        snapshot
    }

    /// The totals since `previous`: the whole server's first (counters 0
    /// when no row moved, gauges NULL), then each group's in name order.
    pub fn totals(&self, previous: &Snapshot, gauges: &Gauges) -> Vec<Total> {
        let whole = Total {
            restarted: Vec::new(),
            closed_ids: Vec::new(),
            closed_ints: Vec::new(),
            closed_floats: Vec::new(),
            group: None,
            ints: (0..self.int_width)
                .map(|c| (!gauges.ints.contains(&c)).then_some(0))
                .collect(),
            floats: (0..self.float_width)
                .map(|c| (!gauges.floats.contains(&c)).then_some(0.0))
                .collect(),
        };
        let mut groups: BTreeMap<&str, Total> = BTreeMap::new();
        let mut out = vec![whole];
        // The previous snapshot's rows still here and not reset.
        let mut continued: FxHashSet<i64> =
            FxHashSet::with_capacity_and_hasher(self.ids.len(), Default::default());
        let (mut step_ints, mut step_floats) = (Vec::new(), Vec::new());
        for (r, id) in self.ids.iter().enumerate() {
            let Some(id) = id else { continue };
            let (ints, floats) = self.row(r);
            let before = previous.get(*id).filter(|(before_ints, before_floats)| {
                !went_down(ints, before_ints, &gauges.ints)
                    && !went_down(floats, before_floats, &gauges.floats)
            });
            if before.is_none() {
                out[0].restarted.push(*id);
            } else {
                continued.insert(*id);
            }
            difference_into(&mut step_ints, ints, before.map(|b| b.0), &gauges.ints);
            difference_into(
                &mut step_floats,
                floats,
                before.map(|b| b.1),
                &gauges.floats,
            );
            add(&mut out[0].ints, &step_ints);
            add(&mut out[0].floats, &step_floats);
            if let Some(Some(group)) = self.groups.map(|g| &g[r]) {
                let total = groups.entry(group).or_insert_with(|| Total {
                    group: Some((*group).to_owned()),
                    restarted: Vec::new(),
                    closed_ids: Vec::new(),
                    closed_ints: Vec::new(),
                    closed_floats: Vec::new(),
                    ints: vec![None; self.int_width],
                    floats: vec![None; self.float_width],
                });
                add(&mut total.ints, &step_ints);
                add(&mut total.floats, &step_floats);
            }
        }
        out[0].restarted.sort_unstable();
        // (id, row in previous), in id order.
        let mut closed: Vec<(i64, usize)> = previous
            .index
            .iter()
            .filter(|(id, _)| !continued.contains(id))
            .map(|(id, row)| (*id, *row))
            .collect();
        closed.sort_unstable();
        for &(_, row) in &closed {
            let (ints, floats) = previous.row(row);
            out[0].closed_ints.extend(widened(ints, self.int_width));
            out[0]
                .closed_floats
                .extend(widened(floats, self.float_width));
        }
        out[0].closed_ids = closed.into_iter().map(|(id, _)| id).collect();
        out.extend(groups.into_values());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn previous(rows: &[(i64, Vec<Option<i64>>)]) -> Snapshot {
        let width = rows.iter().map(|(_, ints)| ints.len()).max().unwrap_or(0);
        let mut snapshot = Snapshot::new(width, 0);
        for (id, ints) in rows {
            snapshot.push(*id, ints, &[]);
        }
        snapshot
    }

    #[test]
    fn steps_count_new_and_reset_rows_from_zero_and_sum_gauges() {
        // Counters: calls (cumulative), live (gauge at position 1).
        let gauges = Gauges {
            ints: vec![1],
            floats: Vec::new(),
        };
        let before = previous(&[
            (1, vec![Some(10), Some(5)]),
            (2, vec![Some(50), Some(7)]),
            (9, vec![Some(90)]),
        ]);
        let groups = [Some("a"), Some("b"), Some("a"), None];
        let rows = Rows {
            // 1 moved by 5; 2 was reset (went down); 3 is new; 9 is gone
            // (its sample predates the second counter); the row without
            // key is skipped.
            ids: &[Some(1), Some(2), Some(3), None],
            ints: &[
                Some(15),
                Some(6),
                Some(4),
                Some(8),
                Some(2),
                None,
                Some(1000),
                Some(1000),
            ],
            int_width: 2,
            floats: &[],
            float_width: 0,
            groups: Some(&groups),
        };
        let totals = rows.totals(&before, &gauges);
        assert_eq!(
            totals,
            vec![
                Total {
                    group: None,
                    ints: vec![Some(5 + 4 + 2), Some(6 + 8)],
                    floats: vec![],
                    restarted: vec![2, 3],
                    closed_ids: vec![2, 9],
                    closed_ints: vec![Some(50), Some(7), Some(90), None],
                    closed_floats: vec![],
                },
                Total {
                    group: Some("a".to_owned()),
                    ints: vec![Some(5 + 2), Some(6)],
                    floats: vec![],
                    restarted: vec![],
                    closed_ids: vec![],
                    closed_ints: vec![],
                    closed_floats: vec![],
                },
                Total {
                    group: Some("b".to_owned()),
                    ints: vec![Some(4), Some(8)],
                    floats: vec![],
                    restarted: vec![],
                    closed_ids: vec![],
                    closed_ints: vec![],
                    closed_floats: vec![],
                },
            ]
        );
        let next = rows.snapshot();
        assert_eq!(next.len(), 3);
        assert_eq!(next.get(2).unwrap().0, &[Some(4), Some(8)]);
    }

    #[test]
    fn an_empty_snapshot_totals_zero_counters_and_no_gauge() {
        let gauges = Gauges {
            ints: vec![1],
            floats: vec![0],
        };
        let rows = Rows {
            ids: &[],
            ints: &[],
            int_width: 2,
            floats: &[],
            float_width: 1,
            groups: None,
        };
        assert_eq!(
            rows.totals(&Snapshot::default(), &gauges),
            vec![Total {
                group: None,
                ints: vec![Some(0), None],
                floats: vec![None],
                restarted: vec![],
                closed_ids: vec![],
                closed_ints: vec![],
                closed_floats: vec![],
            }]
        );
    }
}
