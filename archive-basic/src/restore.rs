//! The `restore_command` of archives written by archive_basic
//! (`archive_basic_restore`, `src/bin/restore.rs`): one file from the
//! archive to where PostgreSQL asks, decompressed and checked, written
//! whole or not at all.

use crate::compress::decode;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a file was not restored, and the exit status that tells
/// PostgreSQL: 1 not in the archive (it asks for files that may not
/// exist, and then moves on), 126 there but unusable (recovery must stop
/// rather than end early at a gap: PostgreSQL aborts on a status above
/// 125), 2 a request that is no archive file's.
#[derive(Debug, PartialEq, Eq)]
pub struct NotRestored {
    pub status: u8,
    pub message: String,
}

fn refused(status: u8, message: String) -> NotRestored {
    NotRestored { status, message }
}

/// Copies `file` from `archive` to `destination` through a temporary file
/// renamed into place, so that a failure leaves no partial file there.
pub fn restore(archive: &Path, file: &str, destination: &Path) -> Result<(), NotRestored> {
    // The name alone, as the archiver stored it: never a path out of the
    // archive.
    crate::validate_wal_file_name(file).map_err(|e| {
        refused(
            2,
            format!("{e}; FILE is the name of an archived file (%f), not a path"),
        )
    })?;
    let source = archive.join(file);
    let stored = match std::fs::read(&source) {
        Ok(stored) => stored,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err(refused(
                1,
                format!("{file} is not in the archive {}", archive.display()),
            ));
        }
        Err(error) => {
            return Err(refused(
                126,
                format!("cannot read {}: {error}", source.display()),
            ))
        }
    };
    let content = decode(&stored).map_err(|corrupt| {
        refused(
            126,
            format!("{} is corrupt, refusing it: {corrupt}", source.display()),
        )
    })?;
    let temp: PathBuf = destination.with_extension("archive_basic_restore.tmp");
    let written = std::fs::File::create(&temp)
        .and_then(|mut out| out.write_all(&content).and_then(|()| out.sync_all()))
        .and_then(|()| std::fs::rename(&temp, destination));
    written.map_err(|error| {
        let _ = std::fs::remove_file(&temp);
        refused(
            126,
            format!("cannot write {}: {error}", destination.display()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_no_archived_file() {
        let archive = tempfile::tempdir().unwrap();
        let destination = archive.path().join("restored");
        for file in [
            "../../etc/passwd",
            "/etc/passwd",
            "000000010000000000000001/..",
            "",
        ] {
            let error = restore(archive.path(), file, &destination).unwrap_err();
            assert_eq!(error.status, 2, "{file}: {error:?}");
            assert!(!destination.exists());
        }
        let error = restore(archive.path(), "000000010000000000000001", &destination).unwrap_err();
        assert_eq!(error.status, 1);
    }
}
