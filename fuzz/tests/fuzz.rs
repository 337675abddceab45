//! A fixed number of cases per target from fixed seeds, in the test suite
//! (seconds): none may panic, loop or break its invariants. Findings are
//! fixed in the code, and their inputs stay here as seeds of these runs.

/// Cases per target: enough to meet every decoder branch with the
/// captured records' mutations, few enough for seconds in a debug build.
const CASES: u64 = 3_000;

#[test]
fn every_target_survives_its_cases() {
    let work = tempfile::tempdir().unwrap();
    let mut report = Vec::new();
    for mut target in powa_fuzz::targets(work.path()) {
        // Two seeds: 0 (kept from the first runs) and one per target.
        for seed in [0u64, 0x5eed_0000 + target.name().len() as u64] {
            let findings = powa_fuzz::run(target.as_mut(), seed, CASES);
            for finding in findings {
                report.push(format!(
                    "{} case {}: {}\n  input: {}",
                    target.name(),
                    finding.case,
                    finding.what,
                    finding.input.chars().take(2000).collect::<String>()
                ));
            }
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn every_target_is_named() {
    let work = tempfile::tempdir().unwrap();
    let names: Vec<&str> = powa_fuzz::targets(work.path())
        .iter()
        .map(|t| t.name())
        .collect();
    assert_eq!(names, powa_fuzz::TARGET_NAMES);
}
