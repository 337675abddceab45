//! The archive's stored files read back: the header parser
//! (`archive_basic::compress`) on mutated compressed segments, and the
//! restore command (`archive_basic::restore`) on hostile file names and
//! damaged archived files. A damaged file is refused with status 126 and
//! leaves nothing at the destination; a name that is a path is refused;
//! an intact file is restored byte for byte.

use crate::{hex, Rng, Target};
use archive_basic::compress::{decode, is_encoded, original_length, Compression, Encoder};
use archive_basic::restore::restore;
use std::path::{Path, PathBuf};

/// WAL-like content: page headers, runs of zeros and records.
fn segment_like(rng: &mut Rng) -> Vec<u8> {
    let mut content = Vec::new();
    for _ in 0..1 + rng.below(6) {
        match rng.below(3) {
            0 => content.extend(std::iter::repeat_n(0u8, rng.below(3000))),
            1 => {
                let len = rng.below(200);
                content.extend(rng.bytes(len));
            }
            _ => content.extend_from_slice(&[0x18, 0xd1, 0x05, 0x00, 0x01, 0x00, 0x00, 0x00]),
        }
    }
    content
}

fn compression(rng: &mut Rng) -> Compression {
    match rng.below(3) {
        0 => Compression::None,
        1 => Compression::Lz4,
        _ => Compression::Zstd { workers: 0 },
    }
}

pub struct ArchiveHeader;

impl ArchiveHeader {
    pub fn new() -> Self {
        ArchiveHeader
    }
}

impl Default for ArchiveHeader {
    fn default() -> Self {
        Self::new()
    }
}

impl Target for ArchiveHeader {
    fn name(&self) -> &'static str {
        "archive-header"
    }

    fn case(&mut self, rng: &mut Rng, input: &mut String) -> Result<(), String> {
        let content = segment_like(rng);
        let mut encoder = Encoder::default();
        let stored = encoder.encode(&content, compression(rng)).to_vec();
        if decode(&stored).map_err(|e| e.to_string())? != content {
            return Err("an intact stored file does not decode to its content".into());
        }
        let hostile = rng.mutate(&stored);
        *input = hex(&hostile);
        let _ = is_encoded(&hostile);
        let _ = original_length(&hostile);
        if let Ok(decoded) = decode(&hostile) {
            // Accepted: a plain copy, or a compressed file whose checks
            // all passed (then it is the content it claims).
            if is_encoded(&hostile) && original_length(&hostile) != Some(decoded.len() as u64) {
                return Err("decoded to another length than its header's".into());
            }
        }
        Ok(())
    }
}

pub struct Restore {
    dir: PathBuf,
}

impl Restore {
    pub fn new(work_dir: &Path) -> Self {
        Self {
            dir: work_dir.join("restore"),
        }
    }
}

/// A file name as PostgreSQL passes one (%f), or a hostile one.
fn file_name(rng: &mut Rng) -> String {
    let segment = format!("{:08X}{:08X}{:08X}", 1, 0, rng.below(200));
    match rng.below(12) {
        0 => format!("../{segment}"),
        1 => format!("/tmp/{segment}"),
        2 => format!("{segment}/.."),
        3 => format!("{segment}\0"),
        4 => "x".repeat(10_000),
        5 => format!("{segment}'; rm -rf /"),
        6 => String::new(),
        7 => "00000002.history".to_owned(),
        _ => segment,
    }
}

impl Target for Restore {
    fn name(&self) -> &'static str {
        "restore"
    }

    fn case(&mut self, rng: &mut Rng, input: &mut String) -> Result<(), String> {
        let _ = std::fs::remove_dir_all(&self.dir);
        let archive = self.dir.join("archive");
        let pg_wal = self.dir.join("pg_wal");
        std::fs::create_dir_all(&archive).map_err(|e| e.to_string())?;
        std::fs::create_dir_all(&pg_wal).map_err(|e| e.to_string())?;
        let content = segment_like(rng);
        let mut encoder = Encoder::default();
        let stored = encoder.encode(&content, compression(rng)).to_vec();
        let damaged = rng.chance(2);
        let written = if damaged { rng.mutate(&stored) } else { stored };
        let file = file_name(rng);
        let plain_name = archive_basic::validate_wal_file_name(&file).is_ok();
        if plain_name {
            std::fs::write(archive.join(&file), &written).map_err(|e| e.to_string())?;
        }
        let destination = pg_wal.join("RECOVERYXLOG");
        *input = format!("file {file:?} stored {}", hex(&written));
        let outcome = restore(&archive, &file, &destination);
        let outside: Vec<_> = std::fs::read_dir(&self.dir)
            .map_err(|e| e.to_string())?
            .filter_map(|entry| entry.ok())
            .map(|entry| entry.file_name())
            .filter(|name| name != "archive" && name != "pg_wal")
            .collect();
        if !outside.is_empty() {
            return Err(format!("restore wrote outside pg_wal: {outside:?}"));
        }
        let left: Vec<_> = std::fs::read_dir(&pg_wal)
            .map_err(|e| e.to_string())?
            .filter_map(|entry| entry.ok())
            .map(|entry| entry.file_name())
            .filter(|name| name != "RECOVERYXLOG")
            .collect();
        if !left.is_empty() {
            return Err(format!("restore left files behind: {left:?}"));
        }
        match outcome {
            Ok(()) => {
                if !plain_name {
                    return Err(format!("restored a file named {file:?}"));
                }
                let restored = std::fs::read(&destination).map_err(|e| e.to_string())?;
                if !damaged && restored != content {
                    return Err("an intact file was not restored byte for byte".into());
                }
                if damaged && decode(&written).ok() != Some(restored) {
                    return Err("restored something its stored file does not decode to".into());
                }
            }
            Err(refused) => {
                if destination.exists() {
                    return Err(format!(
                        "refused ({}) but left a file at the destination",
                        refused.message
                    ));
                }
                let expected = if !plain_name {
                    2
                } else if decode(&written).is_err() {
                    126
                } else {
                    return Err(format!("refused a good file: {}", refused.message));
                };
                if refused.status != expected {
                    return Err(format!(
                        "status {} ({}), expected {expected}",
                        refused.status, refused.message
                    ));
                }
            }
        }
        Ok(())
    }
}
