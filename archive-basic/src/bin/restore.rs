//! archive_basic_restore: the `restore_command` of archives written by
//! archive_basic, compressed or not.
//!
//!   restore_command = 'archive_basic_restore /path/to/archive %f %p'
//!
//! Exit status: 0 restored; 1 the file is not in the archive (PostgreSQL
//! asks for files that may not exist, and then moves on); 126 the file is
//! there but corrupt or unreadable: recovery must stop rather than end
//! early at a gap (PostgreSQL aborts recovery on a status above 125).

use archive_basic::compress::decode;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const HELP: &str = "usage: archive_basic_restore ARCHIVE_DIRECTORY FILE DESTINATION
  restore_command = 'archive_basic_restore /path/to/archive %f %p'
Copies FILE from the archive to DESTINATION, decompressing and checking
files archive_basic compressed. Exit status: 0 restored, 1 not in the
archive, 126 corrupt or unreadable (recovery stops).";

fn restore(archive: &Path, file: &str, destination: &Path) -> Result<(), (u8, String)> {
    let source = archive.join(file);
    let stored = match std::fs::read(&source) {
        Ok(stored) => stored,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err((
                1,
                format!("{file} is not in the archive {}", archive.display()),
            ));
        }
        Err(error) => return Err((126, format!("cannot read {}: {error}", source.display()))),
    };
    let content = decode(&stored).map_err(|corrupt| {
        (
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
        (
            126,
            format!("cannot write {}: {error}", destination.display()),
        )
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [archive, file, destination] = args.as_slice() else {
        eprintln!("{HELP}");
        return ExitCode::from(if args.iter().any(|a| a == "--help") {
            0
        } else {
            2
        });
    };
    match restore(Path::new(archive), file, Path::new(destination)) {
        Ok(()) => ExitCode::SUCCESS,
        Err((status, message)) => {
            eprintln!("archive_basic_restore: {message}");
            ExitCode::from(status)
        }
    }
}
