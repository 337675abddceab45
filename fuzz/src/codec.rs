//! The packed-counter codec (`powa_core::history::codec`) on hostile
//! input: what the SQL functions (`powa_packed_rows`, `powa_pack_staged`,
//! ...) read back from the repository's tables and their arguments. Packed
//! rows of random samples must round-trip exactly; mutated bytes, and row
//! counts and widths as large as an SQL integer, must be refused without a
//! panic, a loop or an allocation the input does not back.

use crate::{hex, Rng, Target};
use powa_core::history::codec::{
    int8_sample, pack_int8, pack_samples, pack_staged, packed_sample, unpack_int8, unpack_samples,
    Staged,
};

pub struct Codec;

impl Codec {
    pub fn new() -> Self {
        Codec
    }
}

impl Default for Codec {
    fn default() -> Self {
        Self::new()
    }
}

fn int(rng: &mut Rng) -> Option<i64> {
    match rng.below(10) {
        0 => None,
        1 => Some(i64::MIN),
        2 => Some(i64::MAX),
        3 => Some(0),
        4 => Some(rng.below(5) as i64 - 2),
        _ => Some(rng.next_u64() as i64 >> rng.below(64)),
    }
}

fn float(rng: &mut Rng) -> Option<f64> {
    match rng.below(10) {
        0 => None,
        1 => Some(f64::NAN),
        2 => Some(f64::INFINITY),
        3 => Some(-0.0),
        4 => Some(f64::MIN_POSITIVE),
        _ => Some(f64::from_bits(rng.next_u64())),
    }
}

/// A count as hostile SQL may give one: small mostly, up to i32::MAX.
fn count(rng: &mut Rng) -> usize {
    match rng.below(10) {
        0 => i32::MAX as usize,
        1 => rng.below(1 << 20),
        _ => rng.below(8),
    }
}

fn same_floats(a: &[Option<f64>], b: &[Option<f64>]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.map(f64::to_bits) == y.map(f64::to_bits))
}

impl Target for Codec {
    fn name(&self) -> &'static str {
        "codec"
    }

    fn case(&mut self, rng: &mut Rng, input: &mut String) -> Result<(), String> {
        let rows = rng.below(12);
        let (iw, fw) = (rng.below(6), rng.below(4));
        let ints: Vec<Option<i64>> = (0..rows * iw).map(|_| int(rng)).collect();
        let floats: Vec<Option<f64>> = (0..rows * fw).map(|_| float(rng)).collect();
        *input = format!("rows {rows} widths {iw}/{fw} ints {ints:?} floats {floats:?}");
        // Round trips, exact to the bit.
        let packed = pack_samples(rows, &ints, iw, &floats, fw).map_err(|e| e.to_string())?;
        let unpacked = unpack_samples(&packed, rows, iw, fw).map_err(|e| e.to_string())?;
        let (back_ints, back_floats): (Vec<_>, Vec<_>) = unpacked.into_iter().unzip();
        let back_ints: Vec<Option<i64>> = back_ints.concat();
        let back_floats: Vec<Option<f64>> = back_floats.concat();
        if back_ints != ints || !same_floats(&back_floats, &floats) {
            return Err(format!(
                "pack_samples then unpack_samples changed the samples: {back_ints:?} {back_floats:?}"
            ));
        }
        if iw > 0 && rows > 0 {
            let packed8 = pack_int8(&ints, rows, iw).map_err(|e| e.to_string())?;
            if unpack_int8(&packed8, rows, iw).map_err(|e| e.to_string())? != ints {
                return Err("pack_int8 then unpack_int8 changed the samples".into());
            }
            let row = rng.below(rows);
            let sample =
                int8_sample(packed8.as_slice(), rows, iw, row).map_err(|e| e.to_string())?;
            if sample != ints[row * iw..(row + 1) * iw] {
                return Err(format!("int8_sample({row}) is not the row"));
            }
        }

        // Hostile bytes and counts: errors allowed, nothing else.
        let hostile = rng.mutate(&packed);
        let (rows, iw, fw, row) = (count(rng), count(rng), count(rng), count(rng));
        input.push_str(&format!(
            "; hostile {} rows {rows} widths {iw}/{fw} row {row}",
            hex(&hostile)
        ));
        let _ = unpack_samples(&hostile, rows, iw, fw);
        let _ = packed_sample(&hostile, rows, iw, fw, row);
        let values: Vec<Option<i64>> = (0..rng.below(16)).map(|_| int(rng)).collect();
        let _ = unpack_int8(&values, rows, iw);
        let _ = int8_sample(values.as_slice(), rows, iw, row);

        // Staging rows as a coalesce reads them from a damaged table.
        let staged: Vec<Staged> = (0..rng.below(5))
            .map(|_| {
                let ids: Vec<Option<i64>> = (0..rng.below(5))
                    .map(|_| (!rng.chance(6)).then(|| rng.below(4) as i64))
                    .collect();
                let (iw, fw) = (rng.below(4), rng.below(3));
                Staged {
                    position: match rng.below(6) {
                        0 => i32::MIN,
                        1 => i32::MAX,
                        _ => rng.below(5) as i32,
                    },
                    ints: (0..ids.len() * iw + rng.below(2))
                        .map(|_| int(rng))
                        .collect(),
                    floats: (0..ids.len() * fw).map(|_| float(rng)).collect(),
                    ids,
                    int_width: iw,
                    float_width: fw,
                }
            })
            .collect();
        let batch_len = count(rng);
        let (iw, fw) = if rng.chance(4) {
            (count(rng), count(rng))
        } else {
            (rng.below(5), rng.below(3))
        };
        input.push_str(&format!("; staged batch {batch_len} widths {iw}/{fw}"));
        let _ = pack_staged(batch_len, &staged, iw, fw);
        Ok(())
    }
}
