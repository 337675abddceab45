//! powa-collector over TLS, with certificates from a CA this test makes:
//! the repository and a monitored server that refuse connections in
//! clear are collected with `sslmode=verify-full`; a wrong host name, an
//! unknown CA and an expired certificate each fail with their reason in
//! `powa_servers.last_error`; and, with servers without TLS, `require`
//! fails with its reason while `prefer` (the default) connects in clear.
//!
//! The tests named `tls_*` need a server built with SSL: scripts/test.sh
//! skips them (counted as skipped, with the reason) on a PostgreSQL built
//! without it, as the embedded PostgreSQL 18 is; they run on 15.

use anyhow::{Context, Result};
use powa_e2e::collector::CollectorProcess;
use powa_e2e::{wait_for, Cluster, PgInstall};
use rcgen::{BasicConstraints, Certificate, CertificateParams, IsCa, KeyPair};
use std::fs;
use std::path::Path;
use std::time::Duration;

struct Authority {
    certificate: Certificate,
    key: KeyPair,
}

impl Authority {
    fn new(name: &str) -> Result<Self> {
        let key = KeyPair::generate()?;
        let mut params = CertificateParams::new(Vec::<String>::new())?;
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, name);
        Ok(Self {
            certificate: params.self_signed(&key)?,
            key,
        })
    }

    /// A server certificate for `names` (IP addresses or DNS names), its
    /// PEM and its key's; expired when `expired`.
    fn issue(&self, names: &[&str], expired: bool) -> Result<(String, String)> {
        let key = KeyPair::generate()?;
        let mut params =
            CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>())?;
        if expired {
            params.not_before = rcgen::date_time_ymd(2020, 1, 1);
            params.not_after = rcgen::date_time_ymd(2021, 1, 1);
        }
        let certificate = params.signed_by(&key, &self.certificate, &self.key)?;
        Ok((certificate.pem(), key.serialize_pem()))
    }
}

/// A cluster serving TLS with `pem`, refusing TCP connections in clear.
fn tls_cluster(install: &PgInstall, name: &str, pem: Option<(String, String)>) -> Result<Cluster> {
    let mut cluster = Cluster::init(install, name)?;
    if let Some((cert, key)) = pem {
        cluster.use_tls(&cert, &key)?;
        cluster.prepend_hba("host all all 127.0.0.1/32 reject")?;
        cluster.prepend_hba("hostssl all all 127.0.0.1/32 trust")?;
    }
    cluster.start()?;
    Ok(cluster)
}

/// Registers `cluster`'s database `dbname` reached as `host`, with the
/// collector's service file section `service`; its id.
fn register(
    repository: &Cluster,
    host: &str,
    cluster: &Cluster,
    dbname: &str,
    service: &str,
) -> Result<i64> {
    repository.query_i64(
        "powa",
        &format!(
            "SELECT powa_register_server(hostname => '{host}', port => {}, username => 'postgres',
                    dbname => '{dbname}', frequency => 5, service => '{service}')",
            cluster.port()
        ),
    )
}

fn last_error(repository: &Cluster, srvid: i64) -> Result<Option<String>> {
    repository.query_text(
        "powa",
        &format!("SELECT last_error FROM powa_servers WHERE id = {srvid}"),
    )
}

#[test]
fn tls_the_collector_verifies_certificates_as_libpq_does() -> Result<()> {
    let install = PgInstall::from_env()?;
    let authority = Authority::new("powa test CA")?;
    let stranger = Authority::new("another CA")?;
    let repository = tls_cluster(
        &install,
        "tls-repository",
        Some(authority.issue(&["127.0.0.1"], false)?),
    )?;
    let expired = tls_cluster(
        &install,
        "tls-expired",
        Some(authority.issue(&["127.0.0.1"], true)?),
    )?;
    repository.execute("postgres", "CREATE DATABASE powa")?;
    repository.execute("powa", "CREATE EXTENSION powa")?;

    let dir = repository.server_dir("collector")?;
    let write = |name: &str, text: &str| -> Result<std::path::PathBuf> {
        let path = dir.join(name);
        fs::write(&path, text)?;
        Ok(path)
    };
    let ca = write("ca.pem", &authority.certificate.pem())?;
    let other_ca = write("other-ca.pem", &stranger.certificate.pem())?;
    let services = write(
        "pg_service.conf",
        &format!(
            "[good]\nsslmode=verify-full\nsslrootcert={ca}\n\n\
             [stranger]\nsslmode=verify-full\nsslrootcert={other}\n",
            ca = ca.display(),
            other = other_ca.display()
        ),
    )?;
    let r = &repository;
    let good = register(r, "127.0.0.1", r, "powa", "good")?;
    let wrong_name = register(r, "localhost", r, "powa", "good")?;
    let unknown_ca = register(r, "127.0.0.1", r, "postgres", "stranger")?;
    let out_of_date = register(r, "127.0.0.1", &expired, "postgres", "good")?;

    // The repository over TLS as well, verified.
    let config = dir.join("collector.toml");
    fs::write(
        &config,
        format!(
            "[collector]\nrepository = \"host=127.0.0.1 port={} user=postgres dbname=powa \
             sslmode=verify-full sslrootcert={}\"\nlibdir = {:?}\nplugins = [\"powa_stat_bgwriter\"]\n",
            repository.port(),
            ca.display(),
            install.pkglibdir.display().to_string()
        ),
    )?;
    let collector =
        CollectorProcess::spawn(&dir, &config, &[("PGSERVICEFILE", Path::new(&services))])?;

    wait_for(
        "a snapshot of the server verified with verify-full",
        Duration::from_secs(60),
        || {
            Ok(repository.query_i64(
                "powa",
                &format!("SELECT count(*) FROM powa_snapshots WHERE srvid = {good} AND failed = 0"),
            )? > 0)
        },
    )
    .with_context(|| collector.log())?;
    assert_eq!(last_error(&repository, good)?, None);

    for (srvid, expected) in [
        (
            wrong_name,
            "server certificate for \"127.0.0.1\" does not match host name \"localhost\"",
        ),
        (
            unknown_ca,
            "not signed by a CA of the root certificate file",
        ),
        (out_of_date, "the server's certificate has expired"),
    ] {
        let mut seen = None;
        wait_for(
            &format!("server {srvid}'s error: {expected}"),
            Duration::from_secs(60),
            || {
                seen = last_error(&repository, srvid)?;
                Ok(seen.as_deref().is_some_and(|e| e.contains(expected)))
            },
        )
        .with_context(|| format!("last_error: {seen:?}\n{}", collector.log()))?;
        assert_eq!(
            repository.query_i64(
                "powa",
                &format!(
                    "SELECT count(*) FROM powa_snapshots WHERE srvid = {srvid} AND failed = 0"
                ),
            )?,
            0
        );
    }
    Ok(())
}

/// Servers without TLS: the repository reached over TCP with `prefer`
/// (libpq's default) in clear, a server asked for `require` refused with
/// the reason.
#[test]
fn require_fails_without_tls_and_prefer_connects_in_clear() -> Result<()> {
    let install = PgInstall::from_env()?;
    let repository = tls_cluster(&install, "tls-clear-repository", None)?;
    repository.execute("postgres", "CREATE DATABASE powa")?;
    repository.execute("powa", "CREATE EXTENSION powa")?;
    let dir = repository.server_dir("collector")?;
    let services = dir.join("pg_service.conf");
    fs::write(
        &services,
        "[require]\nsslmode=require\n\n[prefer]\nsslmode=prefer\n",
    )?;
    let r = &repository;
    let in_clear = register(r, "127.0.0.1", r, "powa", "prefer")?;
    let required = register(r, "127.0.0.1", r, "postgres", "require")?;
    let config = dir.join("collector.toml");
    fs::write(
        &config,
        format!(
            "[collector]\nrepository = \"host=127.0.0.1 port={} user=postgres dbname=powa\"\n\
             libdir = {:?}\nplugins = [\"powa_stat_bgwriter\"]\n",
            repository.port(),
            install.pkglibdir.display().to_string()
        ),
    )?;
    let collector =
        CollectorProcess::spawn(&dir, &config, &[("PGSERVICEFILE", services.as_path())])?;
    wait_for(
        "a snapshot of the server in clear (prefer)",
        Duration::from_secs(60),
        || {
            Ok(repository.query_i64(
                "powa",
                &format!(
                    "SELECT count(*) FROM powa_snapshots WHERE srvid = {in_clear} AND failed = 0"
                ),
            )? > 0)
        },
    )
    .with_context(|| collector.log())?;
    let mut seen = None;
    wait_for("require's refusal", Duration::from_secs(60), || {
        seen = last_error(&repository, required)?;
        Ok(seen
            .as_deref()
            .is_some_and(|e| e.contains("server does not support TLS")))
    })
    .with_context(|| format!("last_error: {seen:?}\n{}", collector.log()))?;
    Ok(())
}
