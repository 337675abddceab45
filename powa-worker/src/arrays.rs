//! Array helpers for data sources' SQL: a snapshot's counters travel and are
//! staged as one flat array (`width` values per statement), and these split
//! it back into rows in one pass. Subscripting such an array per statement
//! in SQL decompresses the whole array each time.

use pgrx::prelude::*;

fn rows<T: Copy>(values: Vec<Option<T>>, width: i32) -> Vec<Vec<Option<T>>> {
    if width <= 0 {
        pgrx::error!("powa array rows: the width must be positive, not {width}");
    }
    values
        .chunks(width as usize)
        .map(<[Option<T>]>::to_vec)
        .collect()
}

/// The rows of `width` consecutive values of `values`, in order (the last
/// one shorter if the length is not a multiple of `width`).
#[pg_extern(immutable, parallel_safe)]
fn powa_bigint_rows(
    values: Vec<Option<i64>>,
    width: i32,
) -> SetOfIterator<'static, Vec<Option<i64>>> {
    SetOfIterator::new(rows(values, width))
}

/// As `powa_bigint_rows`, for double precision values.
#[pg_extern(immutable, parallel_safe)]
fn powa_float8_rows(
    values: Vec<Option<f64>>,
    width: i32,
) -> SetOfIterator<'static, Vec<Option<f64>>> {
    SetOfIterator::new(rows(values, width))
}

#[cfg(any(test, feature = "pg_test"))]
#[pg_schema]
mod tests {
    use pgrx::prelude::*;

    #[pg_test]
    fn flat_arrays_split_into_rows() {
        let rows: Vec<String> = Spi::connect(|client| {
            client
                .select(
                    "SELECT r::text FROM powa_bigint_rows(ARRAY[1, 2, NULL, 4, 5]::bigint[], 2) r",
                    None,
                    &[],
                )
                .unwrap()
                .map(|row| row.get::<String>(1).unwrap().unwrap())
                .collect()
        });
        assert_eq!(rows, vec!["{1,2}", "{NULL,4}", "{5}"]);
    }

    #[pg_test(error = "powa array rows: the width must be positive, not 0")]
    fn a_zero_width_is_refused() {
        Spi::run("SELECT powa_float8_rows(ARRAY[1.5]::float8[], 0)").unwrap();
    }
}
