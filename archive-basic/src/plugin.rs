//! The `archive_basic` plugin: the archiver the powa archive host loads
//! (`archive_library = 'powa'`, `walker.plugins = 'archive_basic'`).
//!
//! Settings (read at each call, so a reload applies at once):
//! `archive_basic.archive_directory`, the archive (required);
//! `archive_basic.compression`: none (default; plain copies), lz4 or zstd
//! (with a CRC-32 of the original; restore with `archive_basic_restore`);
//! `archive_basic.zstd_workers`: zstd's threads, 0 to 16 (default 2).

use crate::compress::DEFAULT_ZSTD_WORKERS;
use crate::{
    archive_file, archive_usage, check_archive_directory, remove_leftover_temp_files,
    ArchiveOutcome, Compression, Encoder,
};
use powa_core::{
    export_plugin, ArchiveUsage, Archiver, Host, PluginError, PluginResult, SettingSpec,
};
use std::path::PathBuf;

pub const DIRECTORY_SETTING: &str = "archive_basic.archive_directory";
pub const COMPRESSION_SETTING: &str = "archive_basic.compression";

pub const ZSTD_WORKERS_SETTING: &str = "archive_basic.zstd_workers";

fn compression(host: &mut Host<'_>) -> Result<Compression, String> {
    let compression = host
        .setting(COMPRESSION_SETTING)
        .unwrap_or_default()
        .parse()?;
    let Compression::Zstd { .. } = compression else {
        return Ok(compression);
    };
    match host.setting(ZSTD_WORKERS_SETTING).as_deref().map(str::trim) {
        None | Some("") => Ok(compression),
        Some(text) => match text.parse::<u32>() {
            Ok(workers @ 0..=16) => Ok(Compression::Zstd { workers }),
            _ => Err(format!(
                "{ZSTD_WORKERS_SETTING} must be a number of threads from 0 to 16, not {text:?}"
            )),
        },
    }
}

#[derive(Default)]
pub struct ArchiveBasic {
    /// The directory whose leftover temporary files were removed already.
    cleaned: Option<PathBuf>,
    /// Kept from segment to segment (its zstd context and buffer).
    encoder: Encoder,
}

fn directory(host: &mut Host<'_>) -> Result<PathBuf, String> {
    match host.setting(DIRECTORY_SETTING) {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => Err(format!("{DIRECTORY_SETTING} is not set")),
    }
}

impl Archiver for ArchiveBasic {
    fn check_configured(&mut self, host: &mut Host<'_>) -> PluginResult<Option<String>> {
        if let Err(reason) = compression(host) {
            return Ok(Some(reason));
        }
        Ok(match directory(host) {
            Err(reason) => Some(reason),
            Ok(dir) => check_archive_directory(&dir)
                .err()
                .map(|error| format!("{DIRECTORY_SETTING}: {error}")),
        })
    }

    fn archive_file(&mut self, host: &mut Host<'_>, file: &str, path: &str) -> PluginResult {
        let dir = directory(host).map_err(PluginError::msg)?;
        let compression = compression(host).map_err(PluginError::msg)?;
        if self.cleaned.as_ref() != Some(&dir) {
            // check_configured, called before each file, vouched for `dir`.
            for name in remove_leftover_temp_files(&dir)? {
                host.log(
                    powa_core::LogLevel::Log,
                    &format!("removed {name}, left in the archive directory by a crash"),
                );
            }
            self.cleaned = Some(dir.clone());
        }
        match archive_file(
            std::path::Path::new(path),
            &dir,
            file,
            compression,
            &mut self.encoder,
        )? {
            ArchiveOutcome::Archived { bytes, stored } => {
                host.log(
                    powa_core::LogLevel::Debug,
                    &format!("archived {file}: {bytes} bytes, {stored} stored"),
                );
            }
            ArchiveOutcome::AlreadyArchived => host.log(
                powa_core::LogLevel::Log,
                &format!("{file} was archived already with the same content"),
            ),
        }
        Ok(())
    }

    fn usage(&mut self, host: &mut Host<'_>) -> PluginResult<Option<ArchiveUsage>> {
        let dir = directory(host).map_err(PluginError::msg)?;
        Ok(Some(archive_usage(&dir)?))
    }
}

/// archive_basic's settings, as the server knows them.
fn settings() -> Vec<SettingSpec> {
    vec![
        SettingSpec::text(
            DIRECTORY_SETTING,
            "The directory archive_basic archives WAL files into.",
            "",
        ),
        SettingSpec::choice(
            COMPRESSION_SETTING,
            "How archived files are stored: plain copies, or compressed with lz4 or zstd.",
            "none",
            &["none", "lz4", "zstd"],
        ),
        SettingSpec::integer(
            ZSTD_WORKERS_SETTING,
            "zstd's threads in the archiver (0: none besides the archiver's own).",
            DEFAULT_ZSTD_WORKERS as i32,
            0,
            16,
        ),
    ]
}

export_plugin! { name: "archive_basic", archiver: ArchiveBasic::default, settings: settings }
