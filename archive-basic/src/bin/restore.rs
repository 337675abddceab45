//! archive_basic_restore: the `restore_command` of archives written by
//! archive_basic, compressed or not.
//!
//!   restore_command = 'archive_basic_restore /path/to/archive %f %p'
//!
//! Exit status: 0 restored; 1 the file is not in the archive (PostgreSQL
//! asks for files that may not exist, and then moves on); 126 the file is
//! there but corrupt or unreadable: recovery must stop rather than end
//! early at a gap (PostgreSQL aborts recovery on a status above 125); 2
//! bad arguments (FILE must be an archived file's name, not a path). The
//! logic is `archive_basic::restore`.

use archive_basic::restore::{restore, NotRestored};
use std::path::Path;
use std::process::ExitCode;

const HELP: &str = "usage: archive_basic_restore ARCHIVE_DIRECTORY FILE DESTINATION
  restore_command = 'archive_basic_restore /path/to/archive %f %p'
Copies FILE from the archive to DESTINATION, decompressing and checking
files archive_basic compressed. Exit status: 0 restored, 1 not in the
archive, 126 corrupt or unreadable (recovery stops), 2 bad arguments
(FILE is an archived file's name, never a path).";

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
        Err(NotRestored { status, message }) => {
            eprintln!("archive_basic_restore: {message}");
            ExitCode::from(status)
        }
    }
}
