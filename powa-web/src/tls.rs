//! HTTPS: the certificate chain and private key named by `certfile` and
//! `keyfile` (PEM), read once at startup into a rustls configuration.

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use std::path::Path;
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("certfile {path}: {reason}")]
    Certificate { path: String, reason: String },
    #[error("keyfile {path}: {reason}")]
    Key { path: String, reason: String },
    #[error("certfile and keyfile do not go together: {0}")]
    Mismatch(String),
}

/// The server's TLS configuration: TLS 1.2 and 1.3, HTTP/1.1 (what axum
/// serves here).
pub fn server_config(
    certfile: &Path,
    keyfile: &Path,
) -> Result<Arc<rustls::ServerConfig>, TlsError> {
    let cert_error = |reason: String| TlsError::Certificate {
        path: certfile.display().to_string(),
        reason,
    };
    let chain = CertificateDer::pem_file_iter(certfile)
        .map_err(|e| cert_error(e.to_string()))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| cert_error(format!("not PEM certificates ({e})")))?;
    if chain.is_empty() {
        return Err(cert_error(
            "no certificate in it: a PEM file of the server's certificate, then its chain"
                .to_owned(),
        ));
    }
    let key = PrivateKeyDer::from_pem_file(keyfile).map_err(|e| TlsError::Key {
        path: keyfile.display().to_string(),
        reason: format!("no PEM private key in it (PKCS#8, PKCS#1 or SEC1): {e}"),
    })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Mismatch(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| TlsError::Mismatch(e.to_string()))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}
