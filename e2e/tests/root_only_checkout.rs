//! A checkout in a directory only root can enter (`/root/powa`, `mktemp
//! -d`): the scripts' `reach_checkout_as_server_user` lets the postgres OS
//! user, which runs the servers, enter it (an ACL entry granting search
//! permission on each directory it could not enter, and nothing more), or,
//! with POWA_GRANT_SEARCH=0, stops and says what to change.

use anyhow::{Context, Result};
use powa_e2e::running_as_root;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs lib.sh's reach_checkout_as_server_user on `target`.
fn reach(target: &Path, grant: bool) -> Result<Output> {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/lib.sh");
    Command::new("bash")
        .arg("-c")
        .arg(r#". "$1" && reach_checkout_as_server_user "$2""#)
        .arg("bash")
        .arg(&lib)
        .arg(target)
        .env("POWA_GRANT_SEARCH", if grant { "1" } else { "0" })
        .output()
        .context("running bash")
}

fn postgres_can_enter(dir: &Path) -> Result<bool> {
    Ok(Command::new("runuser")
        .args(["-u", "postgres", "--", "test", "-x"])
        .arg(dir)
        .status()?
        .success())
}

fn postgres_can_list(dir: &Path) -> Result<bool> {
    Ok(Command::new("runuser")
        .args(["-u", "postgres", "--", "ls"])
        .arg(dir)
        .output()?
        .status
        .success())
}

/// A directory only root can enter, removed on drop.
struct PrivateDir(PathBuf);

impl Drop for PrivateDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn the_server_user_is_let_into_a_root_only_checkout() -> Result<()> {
    if !running_as_root() {
        // The scripts grant nothing when not run as root: nothing to check.
        eprintln!("skipped: the grant is made by root's scripts only (CI runs as root)");
        return Ok(());
    }
    let private =
        PrivateDir(std::env::temp_dir().join(format!("powa-root-only-{}", std::process::id())));
    std::fs::create_dir_all(&private.0)?;
    std::fs::set_permissions(&private.0, std::fs::Permissions::from_mode(0o700))?;
    let checkout = private.0.join("powa");
    std::fs::create_dir_all(checkout.join(".tools"))?;
    assert!(!postgres_can_enter(&checkout)?, "the setup is root-only");

    // Refused when asked not to change anything, with what to do.
    let refused = reach(&checkout, false)?;
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success(), "{message}");
    assert!(
        message.contains(&format!("cannot enter {}", private.0.display()))
            && message.contains("setfacl -m u:postgres:x"),
        "{message}"
    );
    assert!(!postgres_can_enter(&checkout)?);

    let granted = reach(&checkout, true)?;
    let message = String::from_utf8_lossy(&granted.stderr);
    assert!(granted.status.success(), "{message}");
    assert!(
        message.contains(&format!("search permission (x) on {}", private.0.display())),
        "{message}"
    );
    assert!(postgres_can_enter(&checkout)?, "{message}");
    assert!(postgres_can_enter(&checkout.join(".tools"))?);
    // Search only: the private directory still cannot be listed, and
    // nothing changed for other users.
    assert!(!postgres_can_list(&private.0)?);
    let mode = std::fs::metadata(&private.0)?.permissions().mode();
    assert_eq!(mode & 0o007, 0, "others get nothing: {mode:o}");

    // A second run changes nothing and says nothing.
    let again = reach(&checkout, true)?;
    assert!(again.status.success() && again.stderr.is_empty());
    Ok(())
}
