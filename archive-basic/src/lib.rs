//! archive-basic: durable WAL archiving into a directory.
//!
//! The rules are contrib `basic_archive`'s, because an archive is only as good
//! as its worst failure path:
//! - a file is written under a temporary name, fsynced, then given its final
//!   name, so a crash never leaves a partial file under a WAL file's name;
//! - the final name is taken with `link(2)`, which fails if the name exists:
//!   an archived file is never overwritten, not even by a concurrent archiver;
//! - a file that is already archived with identical content is success (after
//!   a crash the archiver offers files again), different content is failure;
//! - the directory is fsynced after each name change, so the name survives a
//!   power loss too.
//!
//! Beyond basic_archive: the directory is checked (set, a directory,
//! writable, short enough) before archiving starts, and temporary files a
//! crash left behind are removed. The plugin (`archive_basic`, see
//! `plugin`) is what the powa archive host loads.

pub mod compress;
mod plugin;
pub mod restore;

pub use compress::{Compression, Encoder};

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// Prefix of the temporary files, as in basic_archive.
pub const TEMP_PREFIX: &str = "archtemp.";

#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error(
        "\"{0}\" is not a WAL file name: expected upper-case hexadecimal digits, optionally \
         followed by .history, .backup or .partial, 16 to 40 characters in all"
    )]
    BadFileName(String),
    #[error("archive directory {}: {reason}", path.display())]
    BadDirectory { path: PathBuf, reason: String },
    #[error(
        "{} already exists in the archive with different content: refusing to overwrite it \
         (two clusters archiving into one directory?)",
        path.display()
    )]
    DifferentContent { path: PathBuf },
    #[error("{what} {}: {source}", path.display())]
    Io {
        what: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

fn io_error<'a>(what: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> ArchiveError + 'a {
    move |source| ArchiveError::Io {
        what,
        path: path.to_path_buf(),
        source,
    }
}

/// What archiving a file did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveOutcome {
    /// The file was copied into the archive: `bytes` of WAL, `stored` on disk.
    Archived { bytes: u64, stored: u64 },
    /// An identical file was already there (a repeat after a crash).
    AlreadyArchived,
}

/// Checks that `name` is a file name the archiver may be given: a WAL
/// segment, a timeline history file, a backup label or a partial segment.
pub fn validate_wal_file_name(name: &str) -> Result<(), ArchiveError> {
    let stem = [".history", ".backup", ".partial"]
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix))
        .unwrap_or(name);
    // A backup label is <segment>.<offset>.backup: one inner dot.
    let dots = stem.matches('.').count();
    // The archiver's own limits (pgarch.c MIN_XFN_CHARS, MAX_XFN_CHARS).
    let valid = (16..=40).contains(&name.len())
        && !stem.is_empty()
        && (dots == 0 || (dots == 1 && name.ends_with(".backup")))
        && stem
            .chars()
            .all(|c| c == '.' || c.is_ascii_digit() || ('A'..='F').contains(&c));
    if valid {
        Ok(())
    } else {
        Err(ArchiveError::BadFileName(name.to_owned()))
    }
}

/// PostgreSQL's MAXPGPATH: a path the server can handle is shorter.
const MAXPGPATH: usize = 1024;

/// Checks that `dir` can serve as the archive directory: set, short enough
/// for a WAL file name and a temporary suffix (basic_archive's rule), a
/// directory, and writable by this process.
pub fn check_archive_directory(dir: &Path) -> Result<(), ArchiveError> {
    let bad = |reason: String| ArchiveError::BadDirectory {
        path: dir.to_path_buf(),
        reason,
    };
    if dir.as_os_str().is_empty() {
        return Err(bad("is not set".into()));
    }
    let length = dir.as_os_str().len();
    if length + 64 + 2 >= MAXPGPATH {
        return Err(bad(format!(
            "is too long ({length} bytes; at most {} leave room for a file name)",
            MAXPGPATH - 64 - 3
        )));
    }
    match fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return Err(bad("is not a directory".into())),
        Err(error) => return Err(bad(error.to_string())),
    }
    let path = std::ffi::CString::new(dir.as_os_str().as_encoded_bytes())
        .map_err(|_| bad("contains a NUL byte".into()))?;
    // SAFETY: a NUL-terminated path; access(2) only reads it.
    if unsafe { libc::access(path.as_ptr(), libc::W_OK | libc::X_OK) } != 0 {
        return Err(bad(format!(
            "is not writable by this server ({})",
            io::Error::last_os_error()
        )));
    }
    Ok(())
}

/// What `dir` holds: its archived files (temporary files left out), the
/// WAL they hold (a compressed file's original length, from its header)
/// and the bytes they take.
pub fn archive_usage(dir: &Path) -> Result<powa_core::ArchiveUsage, ArchiveError> {
    let mut usage = powa_core::ArchiveUsage::default();
    for entry in fs::read_dir(dir).map_err(io_error("could not read", dir))? {
        let entry = entry.map_err(io_error("could not read", dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if validate_wal_file_name(&name).is_err() {
            continue;
        }
        let path = entry.path();
        let stored = entry
            .metadata()
            .map_err(io_error("could not stat", &path))?
            .len();
        let mut head = [0u8; 32];
        let read = read_head(&path, &mut head).map_err(io_error("could not read", &path))?;
        usage.files += 1;
        usage.stored_bytes += stored;
        usage.original_bytes += compress::original_length(&head[..read]).unwrap_or(stored);
    }
    Ok(usage)
}

/// Reads the first bytes of `path` into `head`; returns how many.
fn read_head(path: &Path, head: &mut [u8]) -> io::Result<usize> {
    use std::io::Read;
    let mut file = File::open(path)?;
    let mut read = 0;
    while read < head.len() {
        match file.read(&mut head[read..])? {
            0 => break,
            n => read += n,
        }
    }
    Ok(read)
}

/// Removes the temporary files (`archtemp.<file>.<pid>.<ms>`) of archivers
/// that are no longer running: what a crash in the middle of a copy left.
/// Returns the names removed.
pub fn remove_leftover_temp_files(dir: &Path) -> Result<Vec<String>, ArchiveError> {
    let mut removed = Vec::new();
    for entry in fs::read_dir(dir).map_err(io_error("could not read", dir))? {
        let entry = entry.map_err(io_error("could not read", dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(TEMP_PREFIX) else {
            continue;
        };
        // <file>.<pid>.<ms>: the pid is the next-to-last dot-separated part.
        let pid = rest
            .rsplit('.')
            .nth(1)
            .and_then(|pid| pid.parse::<libc::pid_t>().ok());
        let running = pid.is_some_and(|pid| {
            // SAFETY: signal 0 only checks that the process exists.
            pid == std::process::id() as libc::pid_t
                || unsafe { libc::kill(pid, 0) } == 0
                || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
        });
        if !running {
            let path = entry.path();
            fs::remove_file(&path).map_err(io_error("could not remove", &path))?;
            removed.push(name);
        }
    }
    if !removed.is_empty() {
        fsync_path(dir)?;
    }
    Ok(removed)
}

/// Archives `source` as `dir/file_name` following the rules of the crate
/// doc, compressed as asked (see `compress`).
pub fn archive_file(
    source: &Path,
    dir: &Path,
    file_name: &str,
    compression: Compression,
    encoder: &mut Encoder,
) -> Result<ArchiveOutcome, ArchiveError> {
    validate_wal_file_name(file_name)?;
    check_archive_directory(dir)?;
    let destination = dir.join(file_name);

    if destination.exists() {
        let outcome = judge_existing(source, &destination)?;
        // The earlier copy may not have reached the disk before a crash.
        fsync_path(&destination)?;
        fsync_path(dir)?;
        return Ok(outcome);
    }

    prefetch_next_segment(source, file_name);
    let temp = dir.join(temp_name(file_name));
    let result = write_then_link(source, compression, encoder, &temp, &destination, dir);
    if result.is_err() {
        // A failed attempt must not linger (on success write_then_link
        // has removed the temporary name already).
        let _ = fs::remove_file(&temp);
    }
    result
}

/// An archived file already holds `destination`'s name: success if it
/// holds `source`'s content, never overwritten otherwise.
fn judge_existing(source: &Path, destination: &Path) -> Result<ArchiveOutcome, ArchiveError> {
    let content = fs::read(source).map_err(io_error("could not read", source))?;
    if same_content(&content, destination)? {
        Ok(ArchiveOutcome::AlreadyArchived)
    } else {
        Err(ArchiveError::DifferentContent {
            path: destination.to_path_buf(),
        })
    }
}

/// The WAL segment after `name` (24 hex digits: timeline, log, segment)
/// for segments of `segment_size` bytes; None for other names.
pub fn next_segment_name(name: &str, segment_size: u64) -> Option<String> {
    if name.len() != 24 || !name.bytes().all(|b| b.is_ascii_hexdigit()) || segment_size == 0 {
        return None;
    }
    let log = u32::from_str_radix(&name[8..16], 16).ok()?;
    let segment = u32::from_str_radix(&name[16..24], 16).ok()?;
    let per_log = u32::try_from(0x1_0000_0000u64 / segment_size).ok()?;
    let (log, segment) = if segment + 1 >= per_log {
        (log.checked_add(1)?, 0)
    } else {
        (log, segment + 1)
    };
    Some(format!("{}{log:08X}{segment:08X}", &name[..8]))
}

/// Segments read ahead: with a backlog the archiver asks for them next,
/// and reading them (cold, from disk) while this one is compressed and
/// written keeps the disk and the CPU busy at once.
const PREFETCH_SEGMENTS: usize = 3;

/// Asks the kernel to read the next segments in the background.
fn prefetch_next_segment(source: &Path, file_name: &str) {
    let Ok(size) = fs::metadata(source).map(|m| m.len()) else {
        return;
    };
    let Some(wal) = source.parent() else {
        return;
    };
    let mut name = file_name.to_owned();
    for _ in 0..PREFETCH_SEGMENTS {
        let Some(next) = next_segment_name(&name, size) else {
            return;
        };
        let Ok(file) = File::open(wal.join(&next)) else {
            return;
        };
        use std::os::fd::AsRawFd;
        // SAFETY: an open descriptor; the advice only schedules reads.
        unsafe { libc::posix_fadvise(file.as_raw_fd(), 0, 0, libc::POSIX_FADV_WILLNEED) };
        name = next;
    }
}

fn temp_name(file_name: &str) -> String {
    let epoch_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    format!("{TEMP_PREFIX}{file_name}.{}.{epoch_ms}", std::process::id())
}

fn write_then_link(
    source: &Path,
    compression: Compression,
    encoder: &mut Encoder,
    temp: &Path,
    destination: &Path,
    dir: &Path,
) -> Result<ArchiveOutcome, ArchiveError> {
    let mut output = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(temp)
        .map_err(io_error("could not create", temp))?;
    let (bytes, stored) = match compression {
        // A plain copy streams, starting the writeback of each chunk as it
        // goes (as basic_archive does), so the final fsync waits less.
        Compression::None => {
            let mut input = File::open(source).map_err(io_error("could not open", source))?;
            let bytes = copy_with_writeback(&mut input, &mut output)
                .map_err(io_error("could not copy into", temp))?;
            (bytes, bytes)
        }
        compression => {
            let mapped = Mapped::open(source).map_err(io_error("could not read", source))?;
            let content = mapped.bytes();
            let stored = encoder.encode(content, compression);
            output
                .write_all(&stored)
                .map_err(io_error("could not write", temp))?;
            (content.len() as u64, stored.len() as u64)
        }
    };
    output
        .sync_all()
        .map_err(io_error("could not fsync", temp))?;
    drop(output);

    match fs::hard_link(temp, destination) {
        Ok(()) => {}
        // Someone archived the same name meanwhile: judge it like a repeat.
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
            return judge_existing(source, destination);
        }
        Err(error) => return Err(io_error("could not link", destination)(error)),
    }
    fs::remove_file(temp).map_err(io_error("could not remove", temp))?;
    fsync_path(dir)?;
    Ok(ArchiveOutcome::Archived { bytes, stored })
}

/// A file mapped read-only: compressing from the page cache directly saves
/// copying 16 MB into a fresh buffer per segment. The archiver is only
/// given finished files, which nothing truncates while they are archived.
struct Mapped {
    address: *mut libc::c_void,
    length: usize,
}

impl Mapped {
    fn open(path: &Path) -> io::Result<Mapped> {
        use std::os::fd::AsRawFd;
        let file = File::open(path)?;
        let length = usize::try_from(file.metadata()?.len())
            .map_err(|_| io::Error::other("the file is too large to map"))?;
        if length == 0 {
            return Ok(Mapped {
                address: std::ptr::null_mut(),
                length,
            });
        }
        // SAFETY: a read-only private mapping of an open file; checked below.
        let address = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                length,
                libc::PROT_READ,
                libc::MAP_PRIVATE,
                file.as_raw_fd(),
                0,
            )
        };
        if address == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: the mapping just made; the advice only tunes readahead.
        unsafe { libc::madvise(address, length, libc::MADV_SEQUENTIAL) };
        Ok(Mapped { address, length })
    }

    fn bytes(&self) -> &[u8] {
        if self.length == 0 {
            return &[];
        }
        // SAFETY: `length` readable bytes at `address` while self lives.
        unsafe { std::slice::from_raw_parts(self.address as *const u8, self.length) }
    }
}

impl Drop for Mapped {
    fn drop(&mut self) {
        if self.length > 0 {
            // SAFETY: the mapping made in open, unmapped once.
            unsafe { libc::munmap(self.address, self.length) };
        }
    }
}

fn copy_with_writeback(input: &mut File, output: &mut File) -> io::Result<u64> {
    use std::io::Read;
    use std::os::fd::AsRawFd;
    let mut buffer = vec![0u8; 1 << 20];
    let mut offset: u64 = 0;
    loop {
        let n = input.read(&mut buffer)?;
        if n == 0 {
            return Ok(offset);
        }
        output.write_all(&buffer[..n])?;
        // SAFETY: an open descriptor; this only starts writeback.
        unsafe {
            libc::sync_file_range(
                output.as_raw_fd(),
                offset as libc::off64_t,
                n as libc::off64_t,
                libc::SYNC_FILE_RANGE_WRITE,
            )
        };
        offset += n as u64;
    }
}

fn fsync_path(path: &Path) -> Result<(), ArchiveError> {
    File::open(path)
        .and_then(|file| file.sync_all())
        .map_err(io_error("could not fsync", path))
}

/// Whether the archived `existing` file holds `content`: compared byte for
/// byte, after decompressing it if archive_basic compressed it (a corrupt
/// compressed file is different content: it is never replaced).
fn same_content(content: &[u8], existing: &Path) -> Result<bool, ArchiveError> {
    let stored = fs::read(existing).map_err(io_error("could not read", existing))?;
    Ok(match compress::decode(&stored) {
        Ok(original) => original == content,
        Err(_) => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    const SEGMENT: &str = "000000010000000000000001";

    fn setup(content: &[u8]) -> (tempfile::TempDir, PathBuf, PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let source = tmp.path().join("source");
        fs::write(&source, content).unwrap();
        let archive = tmp.path().join("archive");
        fs::create_dir(&archive).unwrap();
        (tmp, source, archive)
    }

    fn no_temp_files(dir: &Path) -> bool {
        fs::read_dir(dir).unwrap().all(|e| {
            !e.unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(TEMP_PREFIX)
        })
    }

    #[test]
    fn archives_a_private_copy() {
        let (_tmp, source, archive) = setup(b"wal bytes");
        let outcome = archive_file(
            &source,
            &archive,
            SEGMENT,
            Compression::None,
            &mut Encoder::default(),
        )
        .unwrap();
        assert_eq!(
            outcome,
            ArchiveOutcome::Archived {
                bytes: 9,
                stored: 9
            }
        );
        let archived = archive.join(SEGMENT);
        assert_eq!(fs::read(&archived).unwrap(), b"wal bytes");
        assert_eq!(
            fs::metadata(&archived).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert!(no_temp_files(&archive));
    }

    #[test]
    fn usage_counts_archived_files_and_their_original_length() {
        let wal: Vec<u8> = (0..64 * 1024u32).map(|i| (i % 7) as u8).collect();
        let (_tmp, source, archive) = setup(&wal);
        let mut encoder = Encoder::default();
        let mut stored = 0;
        for (name, compression) in [
            (SEGMENT, Compression::None),
            ("000000010000000000000002", Compression::Lz4),
            ("000000010000000000000003", Compression::Zstd { workers: 0 }),
        ] {
            match archive_file(&source, &archive, name, compression, &mut encoder).unwrap() {
                ArchiveOutcome::Archived { stored: s, .. } => stored += s,
                other => panic!("{other:?}"),
            }
        }
        // Neither a temporary file nor a foreign one counts.
        fs::write(archive.join(temp_name("000000010000000000000004")), b"half").unwrap();
        fs::write(archive.join("README"), b"not WAL").unwrap();
        let usage = archive_usage(&archive).unwrap();
        assert_eq!(usage.files, 3);
        assert_eq!(usage.original_bytes, 3 * wal.len() as u64);
        assert_eq!(usage.stored_bytes, stored);
        assert!(usage.stored_bytes < 2 * wal.len() as u64, "{usage:?}");
    }

    #[test]
    fn identical_existing_file_is_success() {
        let (_tmp, source, archive) = setup(b"same");
        fs::write(archive.join(SEGMENT), b"same").unwrap();
        assert_eq!(
            archive_file(
                &source,
                &archive,
                SEGMENT,
                Compression::None,
                &mut Encoder::default()
            )
            .unwrap(),
            ArchiveOutcome::AlreadyArchived
        );
    }

    #[test]
    fn different_existing_file_is_refused_and_kept() {
        for existing in [&b"samf"[..], b"sam", b"same!", b""] {
            let (_tmp, source, archive) = setup(b"same");
            fs::write(archive.join(SEGMENT), existing).unwrap();
            let err = archive_file(
                &source,
                &archive,
                SEGMENT,
                Compression::None,
                &mut Encoder::default(),
            )
            .unwrap_err();
            assert!(
                matches!(err, ArchiveError::DifferentContent { .. }),
                "{err}"
            );
            assert_eq!(fs::read(archive.join(SEGMENT)).unwrap(), existing);
            assert!(no_temp_files(&archive));
        }
    }

    #[test]
    fn refuses_bad_directories() {
        let (tmp, source, _archive) = setup(b"x");
        let missing = tmp.path().join("missing");
        let err = archive_file(
            &source,
            &missing,
            SEGMENT,
            Compression::None,
            &mut Encoder::default(),
        )
        .unwrap_err();
        assert!(matches!(err, ArchiveError::BadDirectory { .. }), "{err}");
        let err = archive_file(
            &source,
            &source,
            SEGMENT,
            Compression::None,
            &mut Encoder::default(),
        )
        .unwrap_err();
        assert!(err.to_string().contains("is not a directory"), "{err}");
        let err = archive_file(
            &source,
            Path::new(""),
            SEGMENT,
            Compression::None,
            &mut Encoder::default(),
        )
        .unwrap_err();
        assert!(err.to_string().contains("is not set"), "{err}");
    }

    #[test]
    fn wal_file_names() {
        for good in [
            SEGMENT,
            "00000002.history",
            "000000010000000000000002.00000028.backup",
            "000000010000000000000003.partial",
        ] {
            validate_wal_file_name(good).unwrap();
        }
        for bad in [
            "",
            "../000000010000000000000001",
            "0000000100000000000000zz",
            "x.history",
            "000000010000000000000001.tmp",
        ] {
            assert!(validate_wal_file_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn too_long_directories_are_refused() {
        let long = PathBuf::from(format!("/tmp/{}", "d".repeat(1000)));
        let error = check_archive_directory(&long).unwrap_err().to_string();
        assert!(error.contains("is too long (1005 bytes"), "{error}");
    }

    #[test]
    fn leftover_temp_files_of_dead_archivers_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let file = "000000010000000000000001";
        let dead = format!("{TEMP_PREFIX}{file}.999999999.1700000000000");
        let alive = format!("{TEMP_PREFIX}{file}.{}.1700000000000", std::process::id());
        for name in [&dead, &alive, &file.to_owned()] {
            fs::write(dir.path().join(name), b"x").unwrap();
        }
        assert_eq!(
            remove_leftover_temp_files(dir.path()).unwrap(),
            vec![dead.clone()]
        );
        assert!(!dir.path().join(&dead).exists());
        assert!(dir.path().join(&alive).exists() && dir.path().join(file).exists());
    }

    #[test]
    fn the_next_segment_wraps_at_the_end_of_a_log() {
        let size = 16 * 1024 * 1024;
        assert_eq!(
            next_segment_name("00000001000000000000000A", size).as_deref(),
            Some("00000001000000000000000B")
        );
        assert_eq!(
            next_segment_name("0000000200000003000000FF", size).as_deref(),
            Some("000000020000000400000000")
        );
        assert_eq!(
            next_segment_name("00000001000000000000003F", 64 * 1024 * 1024).as_deref(),
            Some("000000010000000100000000")
        );
        assert_eq!(next_segment_name("00000002.history", size), None);
    }
}
