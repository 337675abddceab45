//! The powa archive host (`archive_library = 'powa'`) with archive_basic,
//! on real WAL: files are archived privately and whole; an archived file
//! is never overwritten; configuration problems and plugin failures are
//! reported and retried, never crash the archiver.

use anyhow::{Context, Result};
use powa_e2e::{powa_cluster, wait_for, Cluster};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn archive_cluster(
    name: &str,
    plugins: &str,
    extra: &[(&str, &str)],
) -> Result<(Cluster, PathBuf)> {
    let mut settings = vec![
        ("archive_mode", "on"),
        ("archive_library", "powa"),
        ("walker.plugins", plugins),
        ("powa.frequency", "-1"),
    ];
    settings.extend_from_slice(extra);
    let cluster = powa_cluster(name, &settings)?;
    let archive = cluster.server_dir("archive")?;
    cluster.set_conf(
        "archive_basic.archive_directory",
        &archive.display().to_string(),
    )?;
    cluster.reload()?;
    Ok((cluster, archive))
}

/// (archived_count, failed_count) of pg_stat_archiver.
fn archiver_counts(cluster: &Cluster) -> Result<(i64, i64)> {
    let row = cluster.query_rows(
        "powa",
        "SELECT archived_count, failed_count FROM pg_stat_archiver",
    )?;
    let number = |i: usize| -> i64 { row[0][i].as_deref().unwrap_or("0").parse().unwrap_or(0) };
    Ok((number(0), number(1)))
}

/// Writes some WAL and closes the segment; returns the closed segment's name.
fn switch_segment(cluster: &Cluster) -> Result<String> {
    cluster.execute(
        "powa",
        "CREATE TABLE IF NOT EXISTS arch_t (id int, v text);
         INSERT INTO arch_t SELECT g, md5(g::text) FROM generate_series(1, 2000) g",
    )?;
    cluster
        .query_text("powa", "SELECT pg_walfile_name(pg_switch_wal())")?
        .context("pg_switch_wal")
}

fn wait_archived(cluster: &Cluster, at_least: i64) -> Result<()> {
    wait_for(
        &format!("{at_least} files archived"),
        Duration::from_secs(60),
        || Ok(archiver_counts(cluster)?.0 >= at_least),
    )
}

fn mode(path: &Path) -> Result<u32> {
    Ok(std::fs::metadata(path)?.permissions().mode() & 0o777)
}

#[test]
fn archive_basic_archives_real_wal_privately_and_whole() -> Result<()> {
    let (cluster, archive) = archive_cluster("archive_basic", "archive_basic", &[])?;
    let mut segments = Vec::new();
    for _ in 0..3 {
        segments.push(switch_segment(&cluster)?);
    }
    wait_archived(&cluster, 3)?;
    for segment in &segments {
        let archived = archive.join(segment);
        let bytes = std::fs::read(&archived).with_context(|| archived.display().to_string())?;
        let original = std::fs::read(cluster.data_dir().join("pg_wal").join(segment))?;
        assert!(
            bytes == original,
            "{segment}: the archived copy equals pg_wal's"
        );
        assert_eq!(mode(&archived)?, 0o600, "{segment} is private");
    }
    let leftovers: Vec<_> = std::fs::read_dir(&archive)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("archtemp."))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary file left: {leftovers:?}"
    );
    assert_eq!(archiver_counts(&cluster)?.1, 0, "no failure");
    Ok(())
}

/// Makes the next archived segment meet `existing` (given the real
/// segment's bytes) already in the archive; returns the segment, its real
/// bytes and the archive.
fn with_existing_file(
    name: &str,
    existing: impl Fn(&[u8]) -> Vec<u8>,
    read_only: bool,
) -> Result<(Cluster, String, Vec<u8>, PathBuf)> {
    let (cluster, archive) = archive_cluster(name, "archive_basic", &[])?;
    // Archiving paused: the directory setting points nowhere.
    cluster.set_conf("archive_basic.archive_directory", "")?;
    cluster.reload()?;
    let segment = switch_segment(&cluster)?;
    let real = std::fs::read(cluster.data_dir().join("pg_wal").join(&segment))?;
    let planted = archive.join(&segment);
    std::fs::write(&planted, existing(&real))?;
    if read_only {
        std::fs::set_permissions(&planted, std::fs::Permissions::from_mode(0o444))?;
    }
    let chown = std::process::Command::new("chown")
        .arg("postgres")
        .arg(&planted)
        .status()?;
    anyhow::ensure!(chown.success(), "chown of the planted file");
    cluster.set_conf(
        "archive_basic.archive_directory",
        &archive.display().to_string(),
    )?;
    cluster.reload()?;
    Ok((cluster, segment, real, archive))
}

#[test]
fn an_identical_existing_file_is_success_even_read_only() -> Result<()> {
    for read_only in [false, true] {
        let (cluster, segment, real, archive) =
            with_existing_file("archive_identical", |real| real.to_vec(), read_only)?;
        wait_archived(&cluster, 1)?;
        assert_eq!(std::fs::read(archive.join(&segment))?, real);
        assert_eq!(archiver_counts(&cluster)?.1, 0, "no failure");
    }
    Ok(())
}

#[test]
fn a_different_existing_file_is_never_overwritten() -> Result<()> {
    let cases: Vec<(&str, Box<dyn Fn(&[u8]) -> Vec<u8>>, bool)> = vec![
        (
            "one byte differs",
            Box::new(|real: &[u8]| {
                let mut other = real.to_vec();
                let middle = other.len() / 2;
                other[middle] ^= 0xff;
                other
            }),
            false,
        ),
        (
            "shorter",
            Box::new(|real: &[u8]| real[..real.len() / 2].to_vec()),
            false,
        ),
        (
            "longer",
            Box::new(|real: &[u8]| [real, b"trailing".as_slice()].concat()),
            false,
        ),
        ("zero-length", Box::new(|_: &[u8]| Vec::new()), false),
        (
            "read-only, shorter",
            Box::new(|real: &[u8]| real[..100].to_vec()),
            true,
        ),
    ];
    for (case, existing, read_only) in cases {
        let planted_bytes = |real: &[u8]| existing(real);
        let (cluster, segment, real, archive) =
            with_existing_file("archive_different", planted_bytes, read_only)?;
        wait_for(
            &format!("{case}: a failure"),
            Duration::from_secs(60),
            || Ok(archiver_counts(&cluster)?.1 >= 1),
        )?;
        assert_eq!(
            std::fs::read(archive.join(&segment))?,
            existing(&real),
            "{case}: the existing file is untouched"
        );
        assert_eq!(
            archiver_counts(&cluster)?.0,
            0,
            "{case}: nothing counted archived"
        );
        cluster.wait_for_log(
            "already exists in the archive with different content",
            Duration::from_secs(5),
        )?;
    }
    Ok(())
}

#[test]
fn bad_archive_directories_are_reported_and_nothing_is_archived() -> Result<()> {
    let (cluster, archive) = archive_cluster("archive_bad_dirs", "archive_basic", &[])?;
    let not_a_directory = archive.join("plain-file");
    std::fs::write(&not_a_directory, b"x")?;
    let unwritable = cluster.server_dir("unwritable")?;
    std::fs::set_permissions(&unwritable, std::fs::Permissions::from_mode(0o500))?;
    let too_long = format!("/tmp/{}", "d".repeat(1000));
    let cases = [
        (
            archive.join("missing").display().to_string(),
            "No such file or directory",
        ),
        (not_a_directory.display().to_string(), "is not a directory"),
        (
            unwritable.display().to_string(),
            "is not writable by this server",
        ),
        (too_long, "is too long"),
        (String::new(), "archive_basic.archive_directory is not set"),
    ];
    for (setting, expected) in cases {
        cluster.set_conf("archive_basic.archive_directory", &setting)?;
        cluster.reload()?;
        switch_segment(&cluster)?;
        cluster.wait_for_log(expected, Duration::from_secs(90))?;
    }
    assert_eq!(archiver_counts(&cluster)?.0, 0, "nothing archived");
    assert!(cluster.is_running());
    Ok(())
}

#[test]
fn without_exactly_one_archiver_archiving_does_not_proceed() -> Result<()> {
    let (cluster, _) = archive_cluster("archive_no_archiver", "", &[])?;
    switch_segment(&cluster)?;
    cluster.wait_for_log(
        "no plugin of walker.plugins provides an archiver",
        Duration::from_secs(90),
    )?;
    assert_eq!(archiver_counts(&cluster)?, (0, 0));

    let (cluster, _) = archive_cluster(
        "archive_two_archivers",
        "archive_basic, fixture_panicky",
        &[("fixture_panicky.panic_in", "none")],
    )?;
    switch_segment(&cluster)?;
    cluster.wait_for_log(
        "more than one plugin of walker.plugins provides an archiver (archive_basic, fixture_panicky)",
        Duration::from_secs(90),
    )?;
    assert_eq!(archiver_counts(&cluster)?, (0, 0));
    Ok(())
}

#[test]
fn a_panicking_archiver_fails_the_file_and_the_archiver_carries_on() -> Result<()> {
    let (cluster, archive) = archive_cluster(
        "archive_panicky",
        "fixture_panicky",
        &[("fixture_panicky.panic_in", "archive_file")],
    )?;
    switch_segment(&cluster)?;
    wait_for("a failed attempt", Duration::from_secs(60), || {
        Ok(archiver_counts(&cluster)?.1 >= 1)
    })?;
    cluster.wait_for_log(
        "panicked in archive_file: fixture_panicky panics in archive_file as asked",
        Duration::from_secs(5),
    )?;
    assert!(
        std::fs::read_dir(&archive)?.next().is_none(),
        "nothing archived"
    );
    // Archiving resumes once the plugin stops failing.
    cluster.set_conf("fixture_panicky.panic_in", "none")?;
    cluster.reload()?;
    wait_archived(&cluster, 1)?;
    Ok(())
}
