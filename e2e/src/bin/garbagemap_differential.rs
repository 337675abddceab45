//! Longer differential runs of garbagemap (see `powa_e2e::differential`):
//! each seed in a fresh cluster of the PostgreSQL named by POWA_PG_CONFIG.
//! Run through `scripts/differential.sh`.

use anyhow::{bail, Context, Result};
use powa_e2e::differential::DifferentialRun;
use std::time::Instant;

const USAGE: &str = "usage: garbagemap_differential [--seeds FIRST-LAST | --seed N] [--steps N]";

fn main() -> Result<()> {
    let mut seeds = 1..=4u64;
    let mut steps = 500usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args
            .next()
            .with_context(|| format!("{arg} needs a value; {USAGE}"))?;
        match arg.as_str() {
            "--seed" => {
                let seed = value
                    .parse()
                    .with_context(|| format!("--seed {value}: not a number"))?;
                seeds = seed..=seed;
            }
            "--seeds" => {
                let (first, last) = value
                    .split_once('-')
                    .with_context(|| format!("--seeds {value}: give FIRST-LAST, e.g. 1-10"))?;
                seeds = first.parse()?..=last.parse()?;
            }
            "--steps" => {
                steps = value
                    .parse()
                    .with_context(|| format!("--steps {value}: not a number"))?
            }
            _ => bail!("unknown option {arg}; {USAGE}"),
        }
    }
    let mut failures = Vec::new();
    let mut total_steps = 0;
    for seed in seeds {
        let started = Instant::now();
        let mut run = DifferentialRun::new(&format!("differential_seed{seed}"))?;
        let outcome = run.run(seed, steps);
        total_steps += run.steps_run;
        match outcome {
            Ok(()) => println!(
                "seed {seed}: {} steps exact (up to {} dead tuples) in {:.0} s",
                run.steps_run,
                run.dead_seen,
                started.elapsed().as_secs_f64()
            ),
            Err(error) => {
                println!("seed {seed}: FAILED: {error:#}");
                failures.push(seed);
            }
        }
    }
    println!(
        "{total_steps} steps, {} seeds failed{}",
        failures.len(),
        if failures.is_empty() {
            String::new()
        } else {
            format!(": {failures:?}")
        }
    );
    if !failures.is_empty() {
        std::process::exit(1);
    }
    Ok(())
}
