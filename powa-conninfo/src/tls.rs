//! TLS for tokio-postgres with rustls, as libpq's `sslmode` asks:
//! `disable`, `allow`, `prefer` (the default), `require`, `verify-ca` and
//! `verify-full`, with `sslrootcert`, `sslcert`, `sslkey` and `sslcrl`
//! (and libpq's defaults under `~/.postgresql/`).
//!
//! What each mode checks, as libpq does: `require` encrypts and checks
//! nothing of the certificate, unless a root certificate file exists, in
//! which case it checks the chain as `verify-ca` does; `verify-ca` checks
//! that a trusted CA signed the server's certificate (and that it is
//! neither expired nor revoked); `verify-full` also checks that the
//! certificate names the host connected to. Certificate errors are worded
//! for a DBA: `server certificate for "db1" does not match host name
//! "db2"`.

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{
    CertificateDer, CertificateRevocationListDer, PrivateKeyDer, ServerName, UnixTime,
};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use std::future::Future;
use std::io;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio_postgres::tls::{ChannelBinding, MakeTlsConnect, TlsConnect};

/// libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SslMode {
    Disable,
    Allow,
    #[default]
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    pub const ALLOWED: &'static str = "disable, allow, prefer, require, verify-ca, verify-full";

    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "disable" => Self::Disable,
            "allow" => Self::Allow,
            "prefer" => Self::Prefer,
            "require" => Self::Require,
            "verify-ca" => Self::VerifyCa,
            "verify-full" => Self::VerifyFull,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Disable => "disable",
            Self::Allow => "allow",
            Self::Prefer => "prefer",
            Self::Require => "require",
            Self::VerifyCa => "verify-ca",
            Self::VerifyFull => "verify-full",
        }
    }
}

/// The TLS parameters of one connection, after libpq's defaults.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TlsSettings {
    pub mode: SslMode,
    /// The trusted CAs (`sslrootcert`; `~/.postgresql/root.crt`).
    pub root_cert: Option<PathBuf>,
    /// The client's certificate and key, when both are given or exist.
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
    /// Revoked certificates (`sslcrl`; `~/.postgresql/root.crl` if it exists).
    pub crl: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("root certificate file \"{}\" does not exist; give one with sslrootcert, or use sslmode={mode} without certificate verification: require", path.display())]
    NoRootCertificate { path: PathBuf, mode: &'static str },
    #[error("sslmode={0} needs a root certificate file (sslrootcert)")]
    NoRootCertificatePath(&'static str),
    #[error("{what} \"{}\": {reason}", path.display())]
    File {
        what: &'static str,
        path: PathBuf,
        reason: String,
    },
    #[error("TLS configuration: {0}")]
    Config(String),
}

fn read_file<T>(
    what: &'static str,
    path: &Path,
    parse: impl FnOnce(&Path) -> Result<T, String>,
) -> Result<T, TlsError> {
    parse(path).map_err(|reason| TlsError::File {
        what,
        path: path.to_owned(),
        reason,
    })
}

fn certificates(what: &'static str, path: &Path) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    read_file(what, path, |path| {
        let certificates = CertificateDer::pem_file_iter(path)
            .map_err(|e| e.to_string())?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.to_string())?;
        if certificates.is_empty() {
            return Err("no PEM certificate in it".to_owned());
        }
        Ok(certificates)
    })
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The connector of a connection whose TLS settings are `settings`
/// (none for `disable`).
pub fn connector(settings: &TlsSettings) -> Result<MakeRustlsConnect, TlsError> {
    let provider = provider();
    // As libpq: disable, allow and prefer check no certificate; require
    // checks the chain when a root certificate file exists; verify-ca and
    // verify-full need one.
    let root_cert = match (&settings.root_cert, settings.mode) {
        (_, SslMode::Disable | SslMode::Allow | SslMode::Prefer) => None,
        (Some(path), SslMode::Require) => path.exists().then(|| path.clone()),
        (Some(path), _) => Some(path.clone()),
        (None, SslMode::Require) => None,
        (None, mode) => return Err(TlsError::NoRootCertificatePath(mode.as_str())),
    };
    let chain = match root_cert {
        None => None,
        Some(path) => {
            if !path.exists() {
                return Err(TlsError::NoRootCertificate {
                    path,
                    mode: settings.mode.as_str(),
                });
            }
            let mut roots = RootCertStore::empty();
            for certificate in certificates("root certificate file", &path)? {
                roots.add(certificate).map_err(|e| TlsError::File {
                    what: "root certificate file",
                    path: path.clone(),
                    reason: e.to_string(),
                })?;
            }
            let mut builder =
                WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone());
            if let Some(crl) = &settings.crl {
                let crls = read_file("certificate revocation list", crl, |path| {
                    CertificateRevocationListDer::pem_file_iter(path)
                        .map_err(|e| e.to_string())?
                        .collect::<Result<Vec<_>, _>>()
                        .map_err(|e| e.to_string())
                })?;
                builder = builder.with_crls(crls).allow_unknown_revocation_status();
            }
            Some(
                builder
                    .build()
                    .map_err(|e| TlsError::Config(e.to_string()))?,
            )
        }
    };
    let verifier = Arc::new(Verifier {
        provider: provider.clone(),
        chain,
        check_name: settings.mode == SslMode::VerifyFull,
    });
    let builder = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Config(e.to_string()))?
        .dangerous()
        .with_custom_certificate_verifier(verifier);
    let config = match (&settings.cert, &settings.key) {
        (Some(cert), Some(key)) => {
            let chain = certificates("client certificate file", cert)?;
            let key = read_file("client key file", key, |path| {
                PrivateKeyDer::from_pem_file(path).map_err(|e| e.to_string())
            })?;
            builder
                .with_client_auth_cert(chain, key)
                .map_err(|e| TlsError::Config(format!("client certificate and key: {e}")))?
        }
        _ => builder.with_no_client_auth(),
    };
    Ok(MakeRustlsConnect {
        config: Arc::new(config),
    })
}

/// What a connection checks of the server's certificate: nothing
/// (`require` without a root certificate: encrypted, though the
/// handshake's signatures are still checked), the chain (`verify-ca`:
/// its CA, expiry and revocation), or the chain and the host name
/// (`verify-full`).
#[derive(Debug)]
struct Verifier {
    provider: Arc<CryptoProvider>,
    chain: Option<Arc<WebPkiServerVerifier>>,
    check_name: bool,
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let Some(chain) = &self.chain else {
            return Ok(ServerCertVerified::assertion());
        };
        match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) if !self.check_name => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// A certificate's name as rustls presents it (`DnsName("db1")`,
/// `IpAddress(127.0.0.1)`), bare.
fn bare_name(presented: &str) -> &str {
    let inner = presented
        .split_once('(')
        .filter(|(kind, _)| kind.chars().all(|c| c.is_ascii_alphabetic()))
        .and_then(|(_, rest)| rest.strip_suffix(')'))
        .unwrap_or(presented);
    inner.trim_matches('"')
}

/// A certificate error in a DBA's words.
fn worded(error: &rustls::Error, host: &str) -> String {
    match error {
        rustls::Error::InvalidCertificate(certificate) => match certificate {
            CertificateError::NotValidForNameContext { presented, .. } => format!(
                "server certificate for \"{}\" does not match host name \"{host}\"",
                presented
                    .iter()
                    .map(|name| bare_name(name))
                    .collect::<Vec<_>>()
                    .join("\", \"")
            ),
            CertificateError::NotValidForName => {
                format!("server certificate does not match host name \"{host}\"")
            }
            CertificateError::UnknownIssuer => {
                "certificate verify failed: the server's certificate is not signed by a CA of \
                 the root certificate file (sslrootcert)"
                    .to_owned()
            }
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                format!("certificate verify failed: the server's certificate has expired ({certificate})")
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                format!("certificate verify failed: the server's certificate is not valid yet ({certificate})")
            }
            CertificateError::Revoked => {
                "certificate verify failed: the server's certificate is revoked (sslcrl)".to_owned()
            }
            other => format!("certificate verify failed: {other}"),
        },
        other => other.to_string(),
    }
}

/// tokio-postgres' TLS connector over rustls.
#[derive(Clone)]
pub struct MakeRustlsConnect {
    config: Arc<ClientConfig>,
}

impl<S> MakeTlsConnect<S> for MakeRustlsConnect
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    type Stream = RustlsStream<S>;
    type TlsConnect = RustlsConnect;
    type Error = io::Error;

    // Called for every host, TLS or not (a unix socket's is ""): a name
    // TLS cannot use is an error only when TLS is used.
    fn make_tls_connect(&mut self, domain: &str) -> io::Result<RustlsConnect> {
        Ok(RustlsConnect {
            config: self.config.clone(),
            name: ServerName::try_from(domain.to_owned()).map_err(|e| e.to_string()),
            host: domain.to_owned(),
        })
    }
}

pub struct RustlsConnect {
    config: Arc<ClientConfig>,
    name: Result<ServerName<'static>, String>,
    host: String,
}

impl<S> TlsConnect<S> for RustlsConnect
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    type Stream = RustlsStream<S>;
    type Error = io::Error;
    type Future = Pin<Box<dyn Future<Output = io::Result<RustlsStream<S>>> + Send>>;

    fn connect(self, stream: S) -> Self::Future {
        Box::pin(async move {
            let name = self.name.map_err(|e| {
                io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!("host name \"{}\" for TLS: {e}", self.host),
                )
            })?;
            let connector = tokio_rustls::TlsConnector::from(self.config);
            match connector.connect(name, stream).await {
                Ok(stream) => Ok(RustlsStream(Box::new(stream))),
                Err(error) => {
                    let rustls_error = error
                        .get_ref()
                        .and_then(|inner| inner.downcast_ref::<rustls::Error>());
                    Err(match rustls_error {
                        Some(rustls_error) => {
                            io::Error::new(error.kind(), worded(rustls_error, &self.host))
                        }
                        None => error,
                    })
                }
            }
        })
    }
}

pub struct RustlsStream<S>(Box<tokio_rustls::client::TlsStream<S>>);

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncRead for RustlsStream<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut *self.0).poll_read(cx, buf)
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncWrite for RustlsStream<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut *self.0).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut *self.0).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut *self.0).poll_shutdown(cx)
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> tokio_postgres::tls::TlsStream for RustlsStream<S> {
    // SCRAM without channel binding, as libpq's channel_binding=prefer
    // falls back to when the client offers none.
    fn channel_binding(&self) -> ChannelBinding {
        ChannelBinding::none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_parse_as_libpq_spells_them() {
        for mode in [
            SslMode::Disable,
            SslMode::Allow,
            SslMode::Prefer,
            SslMode::Require,
            SslMode::VerifyCa,
            SslMode::VerifyFull,
        ] {
            assert_eq!(SslMode::parse(mode.as_str()), Some(mode));
            assert!(SslMode::ALLOWED.contains(mode.as_str()));
        }
        assert_eq!(SslMode::parse("verify_full"), None);
        assert_eq!(SslMode::default(), SslMode::Prefer);
    }

    #[test]
    fn verifying_modes_need_their_root_certificate() {
        let missing = PathBuf::from("/nonexistent/root.crt");
        let error = connector(&TlsSettings {
            mode: SslMode::VerifyFull,
            root_cert: Some(missing.clone()),
            ..TlsSettings::default()
        })
        .err()
        .expect("no root certificate");
        assert!(
            error
                .to_string()
                .contains("/nonexistent/root.crt\" does not exist"),
            "{error}"
        );
        // require checks nothing when there is no root certificate.
        assert!(connector(&TlsSettings {
            mode: SslMode::Require,
            root_cert: Some(missing),
            ..TlsSettings::default()
        })
        .is_ok());
        // prefer reads no root certificate, even a broken one.
        let dir = tempfile::tempdir().unwrap();
        let broken = dir.path().join("root.crt");
        std::fs::write(&broken, "not a certificate\n").unwrap();
        for mode in [SslMode::Disable, SslMode::Allow, SslMode::Prefer] {
            assert!(connector(&TlsSettings {
                mode,
                root_cert: Some(broken.clone()),
                ..TlsSettings::default()
            })
            .is_ok());
        }
        assert!(connector(&TlsSettings {
            mode: SslMode::Require,
            root_cert: Some(broken),
            ..TlsSettings::default()
        })
        .is_err());
        let error = connector(&TlsSettings {
            mode: SslMode::VerifyCa,
            ..TlsSettings::default()
        })
        .err()
        .expect("no path");
        assert!(error.to_string().contains("sslrootcert"), "{error}");
    }

    #[test]
    fn a_file_that_is_no_certificate_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("root.crt");
        std::fs::write(&path, "not a certificate\n").unwrap();
        let error = connector(&TlsSettings {
            mode: SslMode::VerifyCa,
            root_cert: Some(path.clone()),
            ..TlsSettings::default()
        })
        .err()
        .expect("refused");
        let text = error.to_string();
        assert!(
            text.contains("root certificate file") && text.contains("root.crt"),
            "{text}"
        );
    }

    #[test]
    fn certificate_errors_are_worded_for_a_dba() {
        let wrong_name =
            rustls::Error::InvalidCertificate(CertificateError::NotValidForNameContext {
                expected: ServerName::try_from("db2").unwrap().to_owned(),
                presented: vec!["db1".to_owned()],
            });
        assert_eq!(
            worded(&wrong_name, "db2"),
            "server certificate for \"db1\" does not match host name \"db2\""
        );
        let by_ip = rustls::Error::InvalidCertificate(CertificateError::NotValidForNameContext {
            expected: ServerName::try_from("localhost").unwrap().to_owned(),
            presented: vec![
                "IpAddress(127.0.0.1)".to_owned(),
                "DnsName(\"db1\")".to_owned(),
            ],
        });
        assert_eq!(
            worded(&by_ip, "localhost"),
            "server certificate for \"127.0.0.1\", \"db1\" does not match host name \"localhost\""
        );
        let unknown = rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer);
        assert!(worded(&unknown, "db").contains("not signed by a CA"));
        let expired = rustls::Error::InvalidCertificate(CertificateError::Expired);
        assert!(worded(&expired, "db").contains("has expired"));
    }
}
