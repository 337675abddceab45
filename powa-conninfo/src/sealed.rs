//! Passwords sealed for powa-collector: `powa_register_server(...,
//! password => ...)` stores a server's password sealed (a libsodium sealed
//! box: X25519 and XSalsa20-Poly1305) to the collectors' public key, which
//! the repository holds; only the private key, in a file named by the
//! collector's configuration (`password_key`), opens it. The repository,
//! its dumps and its logs never see the password in plaintext once it is
//! registered.
//!
//! Keys and sealed passwords are written in hex: a public key is 64 hex
//! digits; a key file holds the private key's 64 on their own line, after
//! comment lines starting with `#`.

use crate::Secret;
use crypto_box::aead::OsRng;
use crypto_box::{PublicKey, SecretKey};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const KEY_BYTES: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum SealError {
    #[error("a public key is 64 hex digits (what `powa-collector keygen` prints), not {0} characters of text")]
    BadPublicKey(usize),
    #[error("{}: {reason}", path.display())]
    KeyFile { path: PathBuf, reason: String },
    #[error(
        "a sealed password is hex digits written by powa_register_server; this one is damaged"
    )]
    BadSealed,
    #[error("the password was sealed for the collector key {sealed_for}, and this collector's key is {ours}: register it again (powa_configure_server(id, '{{\"password\": \"...\"}}')) or use the key it was sealed for")]
    WrongKey { sealed_for: String, ours: String },
    #[error("the sealed password does not open with this collector's key (it is damaged)")]
    DoesNotOpen,
}

fn hex(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        let _ = write!(text, "{byte:02x}");
    }
    text
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

fn public_key(text: &str) -> Result<PublicKey, SealError> {
    let text = text.trim();
    let bytes: [u8; KEY_BYTES] = unhex(text)
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or(SealError::BadPublicKey(text.len()))?;
    Ok(PublicKey::from_bytes(bytes))
}

/// Checks a public key as written (64 hex digits); returns it normalized.
pub fn check_public_key(text: &str) -> Result<String, SealError> {
    public_key(text).map(|key| hex(key.as_bytes()))
}

/// Seals `password` to the public key `public` (hex): the hex text to store.
pub fn seal(public: &str, password: &str) -> Result<String, SealError> {
    let sealed = public_key(public)?
        .seal(&mut OsRng, password.as_bytes())
        .map_err(|_| SealError::BadSealed)?;
    Ok(hex(&sealed))
}

/// The collector's private key.
pub struct PasswordKey {
    secret: SecretKey,
}

impl std::fmt::Debug for PasswordKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PasswordKey(public {})", self.public_hex())
    }
}

impl PasswordKey {
    /// A new random key.
    pub fn generate() -> Self {
        Self {
            secret: SecretKey::generate(&mut OsRng),
        }
    }

    /// The key file's text.
    pub fn to_file_text(&self) -> String {
        format!(
            "# powa-collector's password key: it opens the passwords sealed in the repository.\n\
             # Keep it private (mode 0600). Its public key: {}\n{}\n",
            self.public_hex(),
            hex(&self.secret.to_bytes())
        )
    }

    /// Reads a key file, refusing one that others than its owner may read.
    pub fn read(path: &Path) -> Result<Self, SealError> {
        let failed = |reason: String| SealError::KeyFile {
            path: path.to_path_buf(),
            reason,
        };
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path)
                .map_err(|e| failed(e.to_string()))?
                .permissions()
                .mode();
            if mode & 0o077 != 0 {
                return Err(failed(format!(
                    "the key is readable by others than its owner (mode {:o}): chmod 600 it",
                    mode & 0o777
                )));
            }
        }
        let text = std::fs::read_to_string(path).map_err(|e| failed(e.to_string()))?;
        let line = text
            .lines()
            .map(str::trim)
            .find(|line| !line.is_empty() && !line.starts_with('#'))
            .ok_or_else(|| {
                failed("it holds no key (write one with powa-collector keygen)".into())
            })?;
        let bytes: [u8; KEY_BYTES] = unhex(line)
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or_else(|| failed("its key line is not 64 hex digits".into()))?;
        Ok(Self {
            secret: SecretKey::from_bytes(bytes),
        })
    }

    /// The public key, as `powa_set_collector_key` takes it.
    pub fn public_hex(&self) -> String {
        hex(self.secret.public_key().as_bytes())
    }

    /// Opens a password sealed for `sealed_for` (the public key it was
    /// sealed to, as the repository records it).
    pub fn open(&self, sealed_for: &str, sealed: &str) -> Result<Secret, SealError> {
        let ours = self.public_hex();
        if sealed_for.trim() != ours {
            return Err(SealError::WrongKey {
                sealed_for: sealed_for.trim().to_owned(),
                ours,
            });
        }
        let bytes = unhex(sealed.trim()).ok_or(SealError::BadSealed)?;
        let opened = self
            .secret
            .unseal(&bytes)
            .map_err(|_| SealError::DoesNotOpen)?;
        String::from_utf8(opened)
            .map(Secret)
            .map_err(|_| SealError::DoesNotOpen)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_password_opens_with_its_key_only() {
        let key = PasswordKey::generate();
        let sealed = seal(&key.public_hex(), "s3cret'pw").unwrap();
        assert!(!sealed.contains("s3cret"));
        assert_eq!(
            key.open(&key.public_hex(), &sealed).unwrap().expose(),
            "s3cret'pw"
        );
        // Sealing twice gives two texts (an ephemeral key each time).
        assert_ne!(sealed, seal(&key.public_hex(), "s3cret'pw").unwrap());
        let other = PasswordKey::generate();
        assert!(matches!(
            other.open(&key.public_hex(), &sealed),
            Err(SealError::WrongKey { .. })
        ));
        assert!(matches!(
            other.open(&other.public_hex(), &sealed),
            Err(SealError::DoesNotOpen)
        ));
        let mut damaged = sealed.clone();
        damaged.replace_range(70..72, if &sealed[70..72] == "00" { "01" } else { "00" });
        assert!(matches!(
            key.open(&key.public_hex(), &damaged),
            Err(SealError::DoesNotOpen)
        ));
        assert!(matches!(
            key.open(&key.public_hex(), "xyz"),
            Err(SealError::BadSealed)
        ));
    }

    #[test]
    fn public_keys_are_64_hex_digits() {
        let key = PasswordKey::generate();
        assert_eq!(
            check_public_key(&key.public_hex().to_uppercase()).unwrap(),
            key.public_hex()
        );
        assert!(matches!(
            check_public_key("-----BEGIN PGP PUBLIC KEY BLOCK-----"),
            Err(SealError::BadPublicKey(36))
        ));
    }

    #[test]
    fn key_files_round_trip_and_must_be_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("collector.key");
        let key = PasswordKey::generate();
        std::fs::write(&path, key.to_file_text()).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let error = PasswordKey::read(&path).unwrap_err().to_string();
        assert!(error.contains("chmod 600"), "{error}");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(
            PasswordKey::read(&path).unwrap().public_hex(),
            key.public_hex()
        );
        std::fs::write(&path, "# nothing\n").unwrap();
        let error = PasswordKey::read(&path).unwrap_err().to_string();
        assert!(error.contains("holds no key"), "{error}");
    }
}
