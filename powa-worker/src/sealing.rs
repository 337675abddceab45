//! The repository's half of sealed passwords (`powa_conninfo::sealed`):
//! powa_register_server seals a server's password to the collectors'
//! public key with these; only powa-collector's key file opens it.

use pgrx::prelude::*;
use powa_conninfo::sealed;

/// The public key as powa stores it (64 lowercase hex digits), or an error
/// saying what a key looks like.
#[pg_extern(strict)]
fn powa_check_public_key(public_key: &str) -> String {
    sealed::check_public_key(public_key)
        .unwrap_or_else(|error| pgrx::error!("powa_set_collector_key: {error}"))
}

/// `password` sealed to `public_key`: hex text only that key's private half
/// opens. The password is in no error message.
#[pg_extern(strict)]
fn powa_seal(public_key: &str, password: &str) -> String {
    sealed::seal(public_key, password)
        .unwrap_or_else(|error| pgrx::error!("powa: cannot seal the password: {error}"))
}
