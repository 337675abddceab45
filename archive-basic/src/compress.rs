//! archive_basic's compressed file format: what `archive_basic.compression`
//! = lz4 or zstd writes, and what the restore command reads back.
//!
//! ```text
//! 0  "POWAWAL1"          magic
//! 8  u8                  1 = lz4, 2 = zstd
//! 9  3 bytes             0
//! 12 u32 LE              CRC-32 of the original content
//! 16 u64 LE              original length
//! 24 u64 LE              payload length
//! 32 payload             the compressed content
//! ```
//!
//! With `none` the file is a plain copy (as basic_archive's, restorable by
//! `cp`); a WAL segment never begins with the magic (it begins with a page
//! header), so both kinds are told apart by their first bytes.

use std::str::FromStr;
use thiserror::Error;

pub const MAGIC: &[u8; 8] = b"POWAWAL1";
const HEADER_LEN: usize = 32;
/// PostgreSQL's largest WAL segment size.
const MAX_ORIGINAL_LENGTH: u64 = 1 << 30;
/// zstd's level: -1, zstd's first "fast" level. On pgbench WAL it keeps
/// level 1's ratio within a few percent (about 0.12 of the WAL) and
/// compresses faster, which is what keeps up with a plain copy.
const ZSTD_LEVEL: i32 = -1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Lz4,
    /// zstd with this many worker threads (0: in the calling thread).
    Zstd {
        workers: u32,
    },
}

/// zstd's worker threads by default: WAL segments are compressed while
/// the archiver has a backlog, and two threads keep zstd ahead of a plain
/// copy on a 2-core machine (as pg_basebackup's server-side zstd workers).
pub const DEFAULT_ZSTD_WORKERS: u32 = 2;

impl FromStr for Compression {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        match text.trim() {
            "" | "none" => Ok(Compression::None),
            "lz4" => Ok(Compression::Lz4),
            "zstd" => Ok(Compression::Zstd {
                workers: DEFAULT_ZSTD_WORKERS,
            }),
            other => Err(format!(
                "archive_basic.compression must be none, lz4 or zstd, not {other:?}"
            )),
        }
    }
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum CorruptFile {
    #[error("it is {0} bytes long, shorter than its {HEADER_LEN}-byte header")]
    Truncated(usize),
    #[error("its header names an unknown compression ({0})")]
    UnknownCompression(u8),
    #[error("its header says {expected} bytes of payload, the file holds {actual}")]
    PayloadLength { expected: u64, actual: usize },
    #[error("its payload does not decompress: {0}")]
    Undecompressable(String),
    #[error("it decompresses to {actual} bytes, its header says {expected}")]
    Length { expected: u64, actual: usize },
    #[error("its header says {0} bytes of content, more than any WAL file (1 GB)")]
    TooLong(u64),
    #[error("its content's CRC-32 is {actual:08x}, its header says {expected:08x}")]
    Checksum { expected: u32, actual: u32 },
}

/// Encodes segment after segment with one zstd context and one output
/// buffer: a fresh multi-threaded zstd context per segment pays for its
/// threads and buffers every time (2 ms of 11 on a 16 MB segment here).
#[derive(Default)]
pub struct Encoder {
    zstd: Option<(u32, zstd::bulk::Compressor<'static>)>,
    buffer: Vec<u8>,
}

impl Encoder {
    /// What to store for `content`.
    pub fn encode<'a>(&'a mut self, content: &'a [u8], compression: Compression) -> &'a [u8] {
        let (algorithm, bound) = match compression {
            Compression::None => return content,
            Compression::Lz4 => (1u8, lz4_flex::block::get_maximum_output_size(content.len())),
            Compression::Zstd { .. } => (2u8, zstd::zstd_safe::compress_bound(content.len())),
        };
        let Encoder { zstd, buffer } = self;
        buffer.resize(HEADER_LEN + bound, 0);
        let (header, payload) = buffer.split_at_mut(HEADER_LEN);
        // The CRC-32 is computed on another core while the content is
        // compressed: both read the same pages, neither waits for the other.
        let (checksum, payload_length) = std::thread::scope(|scope| {
            let checksum = scope.spawn(|| crc32fast::hash(content));
            let payload_length = match compression {
                Compression::Zstd { workers } => zstd_context(zstd, workers)
                    .compress_to_buffer(content, payload)
                    .expect("zstd compresses any input into its bound"),
                _ => lz4_flex::block::compress_into(content, payload)
                    .expect("lz4 compresses any input into its bound"),
            };
            (
                checksum.join().expect("CRC-32 never panics"),
                payload_length,
            )
        });
        header[..8].copy_from_slice(MAGIC);
        header[8..12].copy_from_slice(&[algorithm, 0, 0, 0]);
        header[12..16].copy_from_slice(&checksum.to_le_bytes());
        header[16..24].copy_from_slice(&(content.len() as u64).to_le_bytes());
        header[24..32].copy_from_slice(&(payload_length as u64).to_le_bytes());
        &buffer[..HEADER_LEN + payload_length]
    }
}

/// The zstd context for `workers` threads, made once and then reused.
fn zstd_context<'a>(
    slot: &'a mut Option<(u32, zstd::bulk::Compressor<'static>)>,
    workers: u32,
) -> &'a mut zstd::bulk::Compressor<'static> {
    if !matches!(slot, Some((made_for, _)) if *made_for == workers) {
        let mut compressor =
            zstd::bulk::Compressor::new(ZSTD_LEVEL).expect("a zstd context at a valid level");
        if workers > 0 {
            // Without thread support in the library this fails; one thread
            // then does the work.
            let _ = compressor.set_parameter(zstd::zstd_safe::CParameter::NbWorkers(workers));
        }
        *slot = Some((workers, compressor));
    }
    &mut slot.as_mut().expect("made above").1
}

pub fn is_encoded(stored: &[u8]) -> bool {
    stored.starts_with(MAGIC)
}

/// The length of the original content of a stored file whose first bytes
/// are `head` (at least 32 of them for a compressed file): the header's
/// for a compressed file, None for a plain copy (its own length) or a
/// header too short to hold it.
pub fn original_length(head: &[u8]) -> Option<u64> {
    if !is_encoded(head) || head.len() < HEADER_LEN {
        return None;
    }
    Some(u64::from_le_bytes(
        head[16..24].try_into().expect("8 bytes"),
    ))
}

/// The original content of a stored file: a plain copy as it is, a
/// compressed one decompressed and checked against its length and CRC.
pub fn decode(stored: &[u8]) -> Result<Vec<u8>, CorruptFile> {
    if !is_encoded(stored) {
        return Ok(stored.to_vec());
    }
    if stored.len() < HEADER_LEN {
        return Err(CorruptFile::Truncated(stored.len()));
    }
    let u32_at = |at: usize| u32::from_le_bytes(stored[at..at + 4].try_into().expect("4 bytes"));
    let u64_at = |at: usize| u64::from_le_bytes(stored[at..at + 8].try_into().expect("8 bytes"));
    let (checksum, length, payload_length) = (u32_at(12), u64_at(16), u64_at(24));
    let payload = &stored[HEADER_LEN..];
    if payload.len() as u64 != payload_length {
        return Err(CorruptFile::PayloadLength {
            expected: payload_length,
            actual: payload.len(),
        });
    }
    // The length sizes the allocation: a damaged header must not ask for
    // more than a WAL file can be (1 GB segments at most).
    if length > MAX_ORIGINAL_LENGTH {
        return Err(CorruptFile::TooLong(length));
    }
    let content = match stored[8] {
        1 => lz4_flex::block::decompress(payload, length as usize)
            .map_err(|e| CorruptFile::Undecompressable(e.to_string()))?,
        2 => zstd::bulk::decompress(payload, length as usize)
            .map_err(|e| CorruptFile::Undecompressable(e.to_string()))?,
        other => return Err(CorruptFile::UnknownCompression(other)),
    };
    if content.len() as u64 != length {
        return Err(CorruptFile::Length {
            expected: length,
            actual: content.len(),
        });
    }
    let actual = crc32fast::hash(&content);
    if actual != checksum {
        return Err(CorruptFile::Checksum {
            expected: checksum,
            actual,
        });
    }
    Ok(content)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wal_like() -> Vec<u8> {
        (0..200_000u32)
            .flat_map(|i| (i / 7).to_le_bytes())
            .collect()
    }

    #[test]
    fn both_compressions_round_trip_and_shrink() {
        let content = wal_like();
        // One encoder for all, as the archiver keeps one: switching the
        // compression or zstd's threads between segments stays correct.
        let mut encoder = Encoder::default();
        for compression in [
            Compression::Zstd { workers: 2 },
            Compression::Lz4,
            Compression::Zstd { workers: 0 },
            Compression::Zstd { workers: 2 },
        ] {
            let other = &content[..content.len() / 3];
            let stored = encoder.encode(other, compression).to_vec();
            assert_eq!(decode(&stored).unwrap(), other, "{compression:?}");
            let stored = encoder.encode(&content, compression);
            assert!(
                is_encoded(&stored) && stored.len() < content.len() / 2,
                "{compression:?}"
            );
            assert_eq!(decode(&stored).unwrap(), content);
        }
        assert_eq!(
            encoder.encode(&content, Compression::None),
            content.as_slice()
        );
        assert_eq!(decode(&content).unwrap(), content, "a plain copy is itself");
    }

    #[test]
    fn corruption_is_refused_with_its_reason() {
        let content = wal_like();
        let stored = Encoder::default()
            .encode(&content, Compression::Zstd { workers: 0 })
            .to_vec();
        let mut flipped = stored.clone();
        flipped[12] ^= 1;
        assert!(matches!(
            decode(&flipped),
            Err(CorruptFile::Checksum { .. })
        ));
        let cut = &stored[..stored.len() - 10];
        assert!(matches!(
            decode(cut),
            Err(CorruptFile::PayloadLength { .. })
        ));
        assert_eq!(decode(&stored[..20]), Err(CorruptFile::Truncated(20)));
        let mut huge = stored.clone();
        huge[16..24].copy_from_slice(&u64::MAX.to_le_bytes());
        assert_eq!(decode(&huge), Err(CorruptFile::TooLong(u64::MAX)));
        let mut garbage = stored.clone();
        let middle = HEADER_LEN + (garbage.len() - HEADER_LEN) / 2;
        garbage[middle] ^= 0x5a;
        assert!(decode(&garbage).is_err(), "a damaged payload never passes");
    }

    #[test]
    fn settings_are_checked() {
        assert_eq!(
            "zstd".parse::<Compression>(),
            Ok(Compression::Zstd { workers: 2 })
        );
        assert_eq!("".parse::<Compression>(), Ok(Compression::None));
        assert!("gzip"
            .parse::<Compression>()
            .unwrap_err()
            .contains("none, lz4 or zstd"));
    }
}
