//! powa-web in a real browser, for the tests and the web benchmark:
//! powa-web and chromedriver started as child processes, a headless
//! Chromium session over WebDriver, raw HTTP requests.

use crate::{free_port, wait_for, workspace_binary, Cluster};
use anyhow::{bail, Context, Result};
use fantoccini::{Client, ClientBuilder, Locator};
use std::fs;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Where the browser tests leave their screenshots (`.run/web`).
pub fn screenshots_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../.run/web")
}

/// A screenshot of the whole page (up to 6,000 pixels high) as
/// `screenshots_dir()/name`; the window is given back its 1280 x 720.
pub async fn full_page_screenshot(client: &Client, name: &str) -> Result<()> {
    let height = client
        .execute("return document.documentElement.scrollHeight", vec![])
        .await?
        .as_u64()
        .unwrap_or(720)
        .clamp(720, 6000) as u32;
    client.set_window_size(1280, height + 140).await?;
    let png = client.screenshot().await;
    client.set_window_size(1280, 720).await?;
    fs::create_dir_all(screenshots_dir())?;
    fs::write(screenshots_dir().join(name), png?)?;
    Ok(())
}

/// A child process killed on drop.
pub struct Process(pub Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn start_web(repository: &Cluster, dir: &Path) -> Result<(Process, String)> {
    start_web_with(repository, dir, "http", "")
}

/// powa-web with more lines of its `[web]` table (`extra`, TOML), served
/// over `scheme`.
pub fn start_web_with(
    repository: &Cluster,
    dir: &Path,
    scheme: &str,
    extra: &str,
) -> Result<(Process, String)> {
    let port = free_port()?;
    let config = dir.join("powa.toml");
    fs::write(
        &config,
        format!(
            "[web]\nrepository = \"host=127.0.0.1 port={} dbname=powa\"\nlisten = \"127.0.0.1:{port}\"\n\
             url_prefix = \"/powa\"\n{extra}",
            repository.port()
        ),
    )?;
    let child = Command::new(workspace_binary("powa-web")?)
        .arg("--config")
        .arg(&config)
        .stdout(Stdio::null())
        .stderr(fs::File::create(dir.join("powa-web.log"))?)
        .spawn()
        .context("starting powa-web")?;
    let process = Process(child);
    wait_for("powa-web to listen", Duration::from_secs(20), || {
        Ok(TcpStream::connect(("127.0.0.1", port)).is_ok())
    })?;
    Ok((process, format!("{scheme}://127.0.0.1:{port}/powa")))
}

pub fn start_chromedriver(dir: &Path) -> Result<(Process, u16)> {
    let port = free_port()?;
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(fs::File::create(dir.join("chromedriver.log"))?)
        .stderr(Stdio::null())
        .spawn()
        .context("starting chromedriver (Debian package chromium-driver; scripts/prereqs.sh installs it)")?;
    let process = Process(child);
    wait_for("chromedriver to listen", Duration::from_secs(20), || {
        Ok(TcpStream::connect(("127.0.0.1", port)).is_ok())
    })?;
    Ok((process, port))
}

pub async fn browser(driver_port: u16, profile: &Path) -> Result<Client> {
    browser_with(driver_port, profile, &[]).await
}

pub async fn browser_with(
    driver_port: u16,
    profile: &Path,
    extra_args: &[String],
) -> Result<Client> {
    let mut args: Vec<String> = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,720",
    ]
    .iter()
    .map(|a| (*a).to_owned())
    .collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    args.extend(extra_args.iter().cloned());
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_owned(),
        serde_json::json!({ "binary": "/usr/bin/chromium", "args": args }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{driver_port}"))
        .await
        .context("opening a Chromium session through chromedriver")
}

/// Runs `pages` in a new Chromium session (its profile in `dir`), closed
/// after whatever the pages did.
pub fn browse<Pages: std::future::Future<Output = Result<()>>>(
    dir: &Path,
    driver_port: u16,
    pages: impl FnOnce(Client) -> Pages,
) -> Result<()> {
    browse_with(dir, driver_port, &[], pages)
}

/// `browse` with more Chromium arguments.
pub fn browse_with<Pages: std::future::Future<Output = Result<()>>>(
    dir: &Path,
    driver_port: u16,
    extra_args: &[String],
    pages: impl FnOnce(Client) -> Pages,
) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let client = browser_with(driver_port, &dir.join("chromium-profile"), extra_args).await?;
        let outcome = pages(client.clone()).await;
        let _ = client.close().await;
        outcome
    })
}

pub async fn log_in(client: &Client, base: &str, role: &str, password: &str) -> Result<()> {
    client.goto(&format!("{base}/login")).await?;
    client
        .find(Locator::Id("role"))
        .await?
        .send_keys(role)
        .await?;
    client
        .find(Locator::Id("password"))
        .await?
        .send_keys(password)
        .await?;
    click_and_wait(client, "login").await
}

/// Clicks button `id` and waits until the page it leads to is loaded (a
/// new document: the old one is marked before the click).
pub async fn click_and_wait(client: &Client, id: &str) -> Result<()> {
    click_on_and_wait(client, Locator::Id(id)).await
}

pub async fn click_on_and_wait(client: &Client, what: Locator<'_>) -> Result<()> {
    let id = format!("{what:?}");
    mark_page(client).await?;
    client.find(what).await?.click().await?;
    wait_for_new_page(client, &format!("clicking {id}")).await
}

/// Marks the current document, so that `wait_for_new_page` can tell it
/// from the next one.
pub async fn mark_page(client: &Client) -> Result<()> {
    client
        .execute("document.documentElement.dataset.stale = 'yes'", vec![])
        .await?;
    Ok(())
}

/// Waits until a document not marked by `mark_page` is loaded.
pub async fn wait_for_new_page(client: &Client, what: &str) -> Result<()> {
    for _ in 0..200 {
        let fresh = client
            .execute(
                "return document.readyState === 'complete' && !document.documentElement.dataset.stale",
                vec![],
            )
            .await;
        if let Ok(serde_json::Value::Bool(true)) = fresh {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    bail!("{what} led to no new page within 10 s")
}

/// Opens `url`, then reads the text of element `id`.
pub async fn read_at(client: &Client, url: &str, id: &str) -> Result<String> {
    client.goto(url).await?;
    text_of(client, id).await
}

/// The text of element `id`; the page's address and source if it has none.
pub async fn text_of(client: &Client, id: &str) -> Result<String> {
    match client.find(Locator::Id(id)).await {
        Ok(element) => Ok(element.text().await?),
        Err(error) => bail!(
            "no #{id} ({error}) at {}:\n{}",
            client.current_url().await?,
            client.source().await?
        ),
    }
}

/// A raw HTTP/1.1 request with the browser's session cookie: what the
/// logged-in user's browser would send, outside the page.
pub async fn http_in_session(
    client: &Client,
    base: &str,
    method: &str,
    path: &str,
    body: &str,
) -> Result<(String, String)> {
    let cookie = client.get_named_cookie("powa_session").await?;
    http(
        base,
        method,
        path,
        &format!("powa_session={}", cookie.value()),
        body,
    )
}

/// A raw HTTP/1.1 request; the status line and the body.
pub fn http(
    base: &str,
    method: &str,
    path: &str,
    cookie: &str,
    body: &str,
) -> Result<(String, String)> {
    http_with(base, method, path, &[("Cookie", cookie)], body)
}

/// A raw HTTP/1.1 request with these headers (empty values left out).
pub fn http_with(
    base: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Result<(String, String)> {
    let address = base
        .trim_start_matches("http://")
        .split('/')
        .next()
        .context("an address")?
        .to_owned();
    let mut stream = TcpStream::connect(&address)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\n{}\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        headers
            .iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(name, value)| format!("{name}: {value}\r\n"))
            .collect::<String>(),
        body.len()
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let status = response.lines().next().unwrap_or_default().to_owned();
    Ok((status, response))
}
