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
    archive_into(&cluster, &archive)?;
    Ok((cluster, archive))
}

/// Points archive_basic at `dir` (an empty path pauses archiving) and reloads.
fn archive_into(cluster: &Cluster, dir: impl AsRef<Path>) -> Result<()> {
    cluster.set_conf(
        "archive_basic.archive_directory",
        &dir.as_ref().display().to_string(),
    )?;
    cluster.reload()
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
    archive_into(&cluster, "")?;
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
    archive_into(&cluster, &archive)?;
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
        // The reason, which pg_stat_archiver lacks, for the archive page.
        let failure = cluster.query_rows(
            "powa",
            "SELECT file, reason, failed_at > now() - interval '5 minutes'
               FROM powa_archive_last_failure()",
        )?;
        assert_eq!(failure.len(), 1, "{case}: {failure:?}");
        assert_eq!(failure[0][0].as_deref(), Some(segment.as_str()), "{case}");
        assert!(
            failure[0][1]
                .as_deref()
                .is_some_and(|r| r.contains("already exists in the archive with different content")),
            "{case}: {failure:?}"
        );
        assert_eq!(failure[0][2].as_deref(), Some("t"), "{case}: recent");
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
        archive_into(&cluster, &setting)?;
        switch_segment(&cluster)?;
        cluster.wait_for_log(expected, Duration::from_secs(90))?;
    }
    assert_eq!(archiver_counts(&cluster)?.0, 0, "nothing archived");
    assert_usage_fails(&cluster, "archive_basic.archive_directory is not set")?;
    archive_into(&cluster, archive.join("missing"))?;
    assert_usage_fails(&cluster, "No such file or directory")?;
    assert!(cluster.is_running());
    Ok(())
}

/// powa_archive_usage() fails with `expected` in its message.
fn assert_usage_fails(cluster: &Cluster, expected: &str) -> Result<()> {
    let error = cluster
        .query_rows("powa", "SELECT * FROM powa_archive_usage()")
        .expect_err("powa_archive_usage() fails");
    assert!(format!("{error:#}").contains(expected), "{error:#}");
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
    assert_usage_fails(&cluster, "no plugin of walker.plugins provides an archiver")?;

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

/// `archive_basic_restore` of the tested installation.
fn restore_program(cluster: &Cluster) -> PathBuf {
    cluster.install.bin("archive_basic_restore")
}

/// Runs the restore program; returns its exit code and standard error.
fn run_restore(cluster: &Cluster, archive: &Path, file: &str, to: &Path) -> Result<(i32, String)> {
    let output = std::process::Command::new(restore_program(cluster))
        .arg(archive)
        .arg(file)
        .arg(to)
        .output()?;
    Ok((
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    ))
}

/// powa_archive_usage() reports what the archive directory holds: its
/// files, their bytes on disk, the WAL segments they hold (every file
/// archived here is a whole segment) and the ratio.
fn assert_usage_matches_the_directory(cluster: &Cluster, archive: &Path, case: &str) -> Result<()> {
    let mut files = 0i64;
    let mut stored = 0i64;
    for entry in std::fs::read_dir(archive)? {
        files += 1;
        stored += entry?.metadata()?.len() as i64;
    }
    let usage = cluster.query_rows(
        "powa",
        "SELECT archiver, files, wal_bytes, stored_bytes, compression_ratio,
                current_setting('wal_segment_size', true)
           FROM powa_archive_usage()",
    )?;
    assert_eq!(usage.len(), 1, "{case}: {usage:?}");
    let number = |i: usize| -> i64 { usage[0][i].as_deref().unwrap_or("0").parse().unwrap_or(-1) };
    assert_eq!(usage[0][0].as_deref(), Some("archive_basic"), "{case}");
    assert_eq!(number(1), files, "{case}: {usage:?}");
    assert_eq!(number(3), stored, "{case}: {usage:?}");
    assert_eq!(number(2), files * 16 * 1024 * 1024, "{case}: {usage:?}");
    let ratio: f64 = usage[0][4].as_deref().unwrap_or("0").parse()?;
    assert!(
        (ratio - number(2) as f64 / stored as f64).abs() < 1e-6 && ratio > 2.0,
        "{case}: {usage:?}"
    );
    Ok(())
}

#[test]
fn compressed_archives_restore_exactly_and_corruption_is_refused() -> Result<()> {
    for compression in ["lz4", "zstd"] {
        let (cluster, archive) = archive_cluster(
            "archive_compressed",
            "archive_basic",
            &[("archive_basic.compression", compression)],
        )?;
        let segment = switch_segment(&cluster)?;
        wait_archived(&cluster, 1)?;
        let stored = std::fs::read(archive.join(&segment))?;
        let original = std::fs::read(cluster.data_dir().join("pg_wal").join(&segment))?;
        assert!(
            stored.len() * 2 < original.len(),
            "{compression}: {} bytes stored for {}",
            stored.len(),
            original.len()
        );
        assert_usage_matches_the_directory(&cluster, &archive, compression)?;
        let scratch = cluster.server_dir("restored")?;
        let restored = scratch.join("RECOVERYXLOG");
        let (code, stderr) = run_restore(&cluster, &archive, &segment, &restored)?;
        assert_eq!(code, 0, "{compression}: {stderr}");
        assert!(
            std::fs::read(&restored)? == original,
            "{compression}: restored exactly"
        );

        // One flipped byte in the payload: refused, recovery would stop.
        let corrupt_name = "0000000100000000000000FF";
        let mut corrupt = stored.clone();
        let middle = 32 + (corrupt.len() - 32) / 2;
        corrupt[middle] ^= 0x01;
        std::fs::write(archive.join(corrupt_name), &corrupt)?;
        let (code, stderr) = run_restore(&cluster, &archive, corrupt_name, &restored)?;
        assert_eq!(code, 126, "{compression}: {stderr}");
        assert!(stderr.contains("is corrupt, refusing it"), "{stderr}");

        let (code, stderr) = run_restore(&cluster, &archive, "00000002.history", &restored)?;
        assert_eq!(code, 1, "a missing file: {stderr}");
        assert!(stderr.contains("is not in the archive"), "{stderr}");

        // A path, not an archived file's name: never read.
        let (code, stderr) = run_restore(
            &cluster,
            &archive,
            "../archive/0000000100000000000000FF",
            &restored,
        )?;
        assert_eq!(code, 2, "a path: {stderr}");
        assert!(stderr.contains("not a path"), "{stderr}");
    }
    Ok(())
}

/// Point-in-time recovery from a base backup and the archive, with
/// archive_basic_restore: the recovered cluster holds exactly the rows
/// committed up to the restore point.
fn point_in_time_recovery(compression: &str) -> Result<()> {
    let (primary, archive) = archive_cluster(
        "pitr_primary",
        "archive_basic",
        &[("archive_basic.compression", compression)],
    )?;
    primary.execute("powa", "CREATE TABLE pitr_t (id int PRIMARY KEY, v text)")?;
    primary.execute(
        "powa",
        "INSERT INTO pitr_t SELECT g, md5(g::text) FROM generate_series(1, 1000) g",
    )?;
    let mut restored = Cluster::base_backup_of(&primary, "pitr_restored")?;
    // After the backup: more rows, in several segments, then the target.
    for round in 1..=3 {
        primary.execute(
            "powa",
            &format!(
                "INSERT INTO pitr_t SELECT g, md5(g::text) FROM generate_series({}, {}) g",
                round * 1000 + 1,
                round * 1000 + 1000
            ),
        )?;
        primary.execute("powa", "SELECT pg_switch_wal()")?;
    }
    primary.execute("powa", "DELETE FROM pitr_t WHERE id % 10 = 0")?;
    primary.execute("powa", "SELECT pg_create_restore_point('powa_target')")?;
    let expected = primary
        .query_text("powa", "SELECT count(*) || ' ' || sum(id) FROM pitr_t")?
        .context("count")?;
    // What must not come back: committed after the target.
    primary.execute(
        "powa",
        "INSERT INTO pitr_t SELECT g, 'late' FROM generate_series(5001, 6000) g;
         UPDATE pitr_t SET v = 'late' WHERE id < 100",
    )?;
    let last = switch_segment(&primary)?;
    wait_for("the last segment archived", Duration::from_secs(60), || {
        Ok(primary
            .query_text("powa", "SELECT last_archived_wal FROM pg_stat_archiver")?
            .is_some_and(|archived| archived >= last))
    })?;

    restored.set_conf(
        "restore_command",
        &format!(
            "{} {} %f %p",
            restore_program(&primary).display(),
            archive.display()
        ),
    )?;
    restored.set_conf("recovery_target_name", "powa_target")?;
    restored.set_conf("recovery_target_action", "promote")?;
    // The restored cluster archives its own files elsewhere: the new
    // timeline's history file.
    let second_archive = restored.server_dir("archive")?;
    restored.set_conf(
        "archive_basic.archive_directory",
        &second_archive.display().to_string(),
    )?;
    restored.request_recovery()?;
    restored.start()?;
    wait_for("recovery to the target", Duration::from_secs(120), || {
        Ok(restored
            .query_text("powa", "SELECT pg_is_in_recovery()")?
            .as_deref()
            == Some("f"))
    })?;
    let recovered = restored
        .query_text("powa", "SELECT count(*) || ' ' || sum(id) FROM pitr_t")?
        .context("count")?;
    assert_eq!(
        recovered, expected,
        "{compression}: exactly the rows up to the target"
    );
    let late = restored.query_text("powa", "SELECT count(*) FROM pitr_t WHERE v = 'late'")?;
    assert_eq!(
        late.as_deref(),
        Some("0"),
        "{compression}: nothing after the target"
    );
    restored.wait_for_log(
        "recovery stopping at restore point \"powa_target\"",
        Duration::from_secs(5),
    )?;

    // .backup and .history files are archived too.
    let names = |dir: &Path| -> Vec<String> {
        std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    assert!(
        names(&archive).iter().any(|n| n.ends_with(".backup")),
        "{:?}",
        names(&archive)
    );
    wait_for(
        "the .history file archived",
        Duration::from_secs(60),
        || {
            Ok(names(&second_archive)
                .iter()
                .any(|n| n == "00000002.history"))
        },
    )?;
    for name in names(&second_archive) {
        let scratch = restored.server_dir("check")?.join("file");
        let (code, stderr) = run_restore(&restored, &second_archive, &name, &scratch)?;
        assert_eq!(code, 0, "{name}: {stderr}");
    }
    Ok(())
}

#[test]
fn point_in_time_recovery_uncompressed() -> Result<()> {
    point_in_time_recovery("none")
}

#[test]
fn point_in_time_recovery_lz4() -> Result<()> {
    point_in_time_recovery("lz4")
}

#[test]
fn point_in_time_recovery_zstd() -> Result<()> {
    point_in_time_recovery("zstd")
}

#[test]
fn kill_9_while_archiving_leaves_no_partial_file_and_everything_is_archived() -> Result<()> {
    let (mut cluster, archive) = archive_cluster(
        "archive_kill9",
        "archive_basic",
        &[("archive_basic.compression", "zstd")],
    )?;
    // A backlog first (archiving paused), then archiving and a kill -9 in
    // the middle of it.
    archive_into(&cluster, "")?;
    let mut last = String::new();
    for _ in 0..40 {
        last = switch_segment(&cluster)?;
    }
    archive_into(&cluster, &archive)?;
    wait_for("archiving under way", Duration::from_secs(60), || {
        Ok(archiver_counts(&cluster)?.0 >= 3)
    })?;
    cluster.kill9()?;
    // Every file under a final name is whole: it decodes to a segment.
    let check_archive = |cluster: &Cluster| -> Result<usize> {
        let mut whole = 0;
        for entry in std::fs::read_dir(&archive)? {
            let name = entry?.file_name().to_string_lossy().into_owned();
            if name.starts_with("archtemp.") {
                continue;
            }
            let scratch = cluster.server_dir("check")?.join("segment");
            let (code, stderr) = run_restore(cluster, &archive, &name, &scratch)?;
            assert_eq!(code, 0, "{name} is whole: {stderr}");
            assert_eq!(
                std::fs::metadata(&scratch)?.len(),
                16 * 1024 * 1024,
                "{name}"
            );
            whole += 1;
        }
        Ok(whole)
    };
    let before = check_archive(&cluster)?;
    assert!(
        before < 21,
        "the kill came before the end ({before} archived)"
    );
    cluster.start()?;
    wait_for(
        "the whole backlog archived",
        Duration::from_secs(120),
        || {
            Ok(cluster
                .query_text("powa", "SELECT last_archived_wal FROM pg_stat_archiver")?
                .is_some_and(|archived| archived >= last))
        },
    )?;
    check_archive(&cluster)?;
    let leftovers = std::fs::read_dir(&archive)?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("archtemp."))
        .count();
    assert_eq!(
        leftovers, 0,
        "temporary files of the killed archiver are removed"
    );
    Ok(())
}

#[test]
fn a_full_filesystem_fails_the_file_cleanly_and_archiving_resumes() -> Result<()> {
    let (cluster, _) = archive_cluster("archive_full_fs", "archive_basic", &[])?;
    let small = cluster.server_dir("small")?;
    // Room for one segment and a half: the second one cannot be written.
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=24m", "tmpfs"])
        .arg(&small)
        .status()?;
    anyhow::ensure!(mounted.success(), "mounting a small tmpfs (needs root)");
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(&self.0).status();
        }
    }
    let _unmount = Unmount(small.clone());
    let chown = std::process::Command::new("chown")
        .arg("postgres")
        .arg(&small)
        .status()?;
    anyhow::ensure!(chown.success());
    archive_into(&cluster, &small)?;
    let first = switch_segment(&cluster)?;
    wait_archived(&cluster, 1)?;
    let second = switch_segment(&cluster)?;
    wait_for(
        "a failure on the full filesystem",
        Duration::from_secs(60),
        || Ok(archiver_counts(&cluster)?.1 >= 1),
    )?;
    cluster.wait_for_log("No space left on device", Duration::from_secs(5))?;
    let names: Vec<String> = std::fs::read_dir(&small)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        vec![first.clone()],
        "no partial {second}, no temporary file"
    );
    let grown = std::process::Command::new("mount")
        .args(["-o", "remount,size=64m"])
        .arg(&small)
        .status()?;
    anyhow::ensure!(grown.success());
    wait_for(
        "the second segment archived",
        Duration::from_secs(90),
        || Ok(small.join(&second).exists()),
    )?;
    assert!(
        std::fs::read(small.join(&second))?
            == std::fs::read(cluster.data_dir().join("pg_wal").join(&second))?
    );
    Ok(())
}

#[test]
fn a_promoted_standby_archives_its_partial_segment_and_history() -> Result<()> {
    let (primary, _) = archive_cluster("archive_partial_primary", "archive_basic", &[])?;
    primary.execute("powa", "CREATE TABLE partial_t (id int)")?;
    let mut standby = Cluster::standby_of(&primary, "archive_partial_standby")?;
    let standby_archive = standby.server_dir("archive")?;
    standby.set_conf(
        "archive_basic.archive_directory",
        &standby_archive.display().to_string(),
    )?;
    standby.set_conf("archive_basic.compression", "zstd")?;
    standby.start()?;
    primary.execute(
        "powa",
        "INSERT INTO partial_t SELECT generate_series(1, 1000)",
    )?;
    let lsn = primary
        .query_text("powa", "SELECT pg_current_wal_lsn()::text")?
        .context("lsn")?;
    standby.wait_for_replay(&lsn)?;
    standby.promote()?;
    let names = || -> Result<Vec<String>> {
        Ok(std::fs::read_dir(&standby_archive)?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect())
    };
    wait_for(
        ".partial and .history archived",
        Duration::from_secs(60),
        || {
            let archived = names()?;
            Ok(archived.iter().any(|n| n == "00000002.history")
                && archived.iter().any(|n| n.ends_with(".partial")))
        },
    )?;
    for name in names()? {
        let scratch = standby.server_dir("check")?.join("file");
        let (code, stderr) = run_restore(&standby, &standby_archive, &name, &scratch)?;
        assert_eq!(code, 0, "{name}: {stderr}");
    }
    Ok(())
}
