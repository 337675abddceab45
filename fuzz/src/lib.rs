//! Hostile input for the code that reads bytes powa does not control:
//! the WAL decoders (every resource manager powa decodes, for each format
//! version 15 to 18), the packed-counter codec (a history row read back
//! from the repository), the archive's header (a stored file read back by
//! the restore command) and the restore command itself.
//!
//! Stable Rust, no fuzzing engine: a fixed-seed generator makes random
//! inputs and mutations of real ones (captured WAL records, packed rows,
//! compressed segments). A case fails when the code panics (which, in a
//! plugin, would cross the FFI boundary; an index out of bounds is a
//! panic in Rust), when it takes longer than [`CASE_LIMIT`] (a loop), or
//! when an invariant breaks (a round trip that changes the data, a
//! restore that leaves a partial file). `tests/fuzz.rs` runs a fixed
//! number of cases per target in the test suite; `scripts/fuzz.sh TARGET
//! MINUTES` runs longer.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::time::{Duration, Instant};

pub mod codec;
pub mod restore;
pub mod wal;

/// A case slower than this is a finding (the code loops, or allocates as
/// the input says rather than as it holds).
pub const CASE_LIMIT: Duration = Duration::from_secs(2);

/// xorshift64*: fast, and the same cases for the same seed everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    pub fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next_u64() as u8).collect()
    }

    /// A value that breaks assumptions more often than a uniform one:
    /// 0, 1, the extremes, or anything.
    pub fn edgy_u64(&mut self) -> u64 {
        match self.below(8) {
            0 => 0,
            1 => 1,
            2 => u64::MAX,
            3 => u32::MAX as u64,
            4 => u16::MAX as u64,
            5 => self.below(256) as u64,
            _ => self.next_u64(),
        }
    }

    /// `input` changed a few times: bits flipped, bytes set to edge
    /// values, truncated, extended, a run duplicated or a length field
    /// inflated.
    pub fn mutate(&mut self, input: &[u8]) -> Vec<u8> {
        let mut out = input.to_vec();
        for _ in 0..1 + self.below(4) {
            match self.below(7) {
                0 if !out.is_empty() => {
                    let at = self.below(out.len());
                    out[at] ^= 1 << self.below(8);
                }
                1 if !out.is_empty() => {
                    let at = self.below(out.len());
                    out[at] = [0, 0xff, 0x7f, 0x80, 1][self.below(5)];
                }
                2 => {
                    let keep = self.below(out.len() + 1);
                    out.truncate(keep);
                }
                3 => {
                    let extra = self.below(64);
                    let more = self.bytes(extra);
                    out.extend(more);
                }
                4 if out.len() > 1 => {
                    let start = self.below(out.len());
                    let end = start + self.below(out.len() - start) + 1;
                    let run = out[start..end].to_vec();
                    let at = self.below(out.len());
                    out.splice(at..at, run);
                }
                5 if out.len() >= 4 => {
                    let at = self.below(out.len() - 3);
                    let value = self.edgy_u64() as u32;
                    out[at..at + 4].copy_from_slice(&value.to_le_bytes());
                }
                _ => {
                    let len = self.below(96);
                    out = self.bytes(len);
                }
            }
        }
        out
    }
}

/// What a target's case did wrong.
#[derive(Debug, Clone)]
pub struct Finding {
    pub case: u64,
    pub what: String,
    /// The input, as the target describes it (hex bytes and parameters).
    pub input: String,
}

/// A fuzzing target: makes the case's input from `rng`, describes it,
/// runs it.
pub trait Target {
    fn name(&self) -> &'static str;
    /// One case: Err(invariant broken) or Ok. `input` receives a
    /// description of the input before the code under test runs.
    fn case(&mut self, rng: &mut Rng, input: &mut String) -> Result<(), String>;
}

/// The targets, by name.
pub fn targets(work_dir: &Path) -> Vec<Box<dyn Target>> {
    let mut all: Vec<Box<dyn Target>> = wal::targets();
    all.push(Box::new(codec::Codec::new()));
    all.push(Box::new(restore::ArchiveHeader::new()));
    all.push(Box::new(restore::Restore::new(work_dir)));
    all
}

pub const TARGET_NAMES: &[&str] = &[
    "wal-heap",
    "wal-heap2",
    "wal-xact",
    "wal-smgr",
    "codec",
    "archive-header",
    "restore",
];

/// Runs `cases` cases of `target` from `seed`; panics are caught (their
/// message is the finding), the panic hook silenced meanwhile.
pub fn run(target: &mut dyn Target, seed: u64, cases: u64) -> Vec<Finding> {
    let mut findings = Vec::new();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for case in 0..cases {
        let mut rng = Rng::new(seed.wrapping_add(case));
        let mut input = String::new();
        let started = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| target.case(&mut rng, &mut input)));
        let elapsed = started.elapsed();
        let what = match outcome {
            Ok(Ok(())) if elapsed <= CASE_LIMIT => continue,
            Ok(Ok(())) => format!("took {elapsed:?} (limit {CASE_LIMIT:?})"),
            Ok(Err(broken)) => broken,
            Err(panic) => format!(
                "panicked: {}",
                panic
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| panic.downcast_ref::<&str>().copied())
                    .unwrap_or("(no message)")
            ),
        };
        findings.push(Finding {
            case: seed.wrapping_add(case),
            what,
            input,
        });
    }
    std::panic::set_hook(hook);
    findings
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_cases() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        let mut c = Rng::new(8);
        assert_ne!(Rng::new(7).next_u64(), c.next_u64());
    }

    #[test]
    fn a_panic_is_a_finding_with_its_message() {
        struct Panicky;
        impl Target for Panicky {
            fn name(&self) -> &'static str {
                "panicky"
            }
            fn case(&mut self, rng: &mut Rng, input: &mut String) -> Result<(), String> {
                let v = rng.below(4);
                *input = v.to_string();
                let slice = [1, 2, 3];
                if slice[v] == 2 {
                    return Err("two".into());
                }
                Ok(())
            }
        }
        let findings = run(&mut Panicky, 1, 200);
        assert!(findings
            .iter()
            .any(|f| f.what.contains("index out of bounds")));
        assert!(findings.iter().any(|f| f.what == "two"));
        assert!(findings.len() < 200);
    }
}
