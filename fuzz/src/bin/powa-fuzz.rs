//! `powa-fuzz TARGET MINUTES [SEED]`: runs TARGET's cases (see powa_fuzz)
//! for MINUTES from SEED (the time by default), printing the cases run and
//! every finding; exits 1 when there is one. `scripts/fuzz.sh` runs it.

use anyhow::{bail, Context, Result};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const BATCH: u64 = 2_000;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = format!(
        "usage: powa-fuzz TARGET MINUTES [SEED]\n  TARGET: {}",
        powa_fuzz::TARGET_NAMES.join(", ")
    );
    if args.len() < 2 || args.iter().any(|a| a == "--help") {
        bail!("{usage}");
    }
    let minutes: f64 = args[1]
        .parse()
        .with_context(|| format!("MINUTES {:?} is no number\n{usage}", args[1]))?;
    let mut seed: u64 = match args.get(2) {
        Some(seed) => seed
            .parse()
            .with_context(|| format!("SEED {seed:?} is no number"))?,
        None => SystemTime::now().duration_since(UNIX_EPOCH)?.as_nanos() as u64,
    };
    let work = tempfile::tempdir()?;
    let mut targets = powa_fuzz::targets(work.path());
    let target = targets
        .iter_mut()
        .find(|t| t.name() == args[0])
        .with_context(|| format!("no target {:?}\n{usage}", args[0]))?;
    let until = Instant::now() + Duration::from_secs_f64(minutes * 60.0);
    let (first_seed, mut cases, mut findings) = (seed, 0u64, 0usize);
    while Instant::now() < until {
        for finding in powa_fuzz::run(target.as_mut(), seed, BATCH) {
            findings += 1;
            println!(
                "finding (case {}): {}\n  input: {}",
                finding.case, finding.what, finding.input
            );
        }
        cases += BATCH;
        seed = seed.wrapping_add(BATCH);
    }
    println!(
        "{}: {cases} cases from seed {first_seed}, {findings} findings",
        target.name()
    );
    if findings > 0 {
        std::process::exit(1);
    }
    Ok(())
}
