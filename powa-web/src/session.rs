//! Server-side sessions: the browser holds an opaque random id (an
//! HttpOnly, SameSite=Strict cookie); the role's connection pool and the
//! session's CSRF token stay here. No password ever reaches a cookie.

use deadpool_postgres::Pool;
use powa_conninfo::ConnInfo;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const SESSION_COOKIE: &str = "powa_session";
/// The login form's token (double-submitted: cookie and form field).
pub const LOGIN_COOKIE: &str = "powa_login";

/// 32 random bytes, hex: session ids and CSRF tokens.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the OS has a random source");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two tokens in a time that does not depend on where they differ.
pub fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

pub struct Session {
    pub role: String,
    /// Connections as the logged-in role: pages see what its privileges allow.
    pub pool: Pool,
    /// The role's connection parameters to the repository, its password
    /// included (as the pool keeps it): the same login is used on the
    /// monitored databases to estimate index gains there.
    pub login: ConnInfo,
    pub csrf: String,
    last_seen: Mutex<Instant>,
}

pub struct Sessions {
    map: Mutex<HashMap<String, Arc<Session>>>,
    idle: Duration,
}

impl Sessions {
    pub fn new(idle: Duration) -> Self {
        Self {
            map: Mutex::new(HashMap::new()),
            idle,
        }
    }

    /// A new session; its id (the cookie's value).
    pub fn create(&self, role: String, pool: Pool, login: ConnInfo) -> (String, Arc<Session>) {
        let id = random_token();
        let session = Arc::new(Session {
            role,
            pool,
            login,
            csrf: random_token(),
            last_seen: Mutex::new(Instant::now()),
        });
        let mut map = self.map.lock().expect("sessions lock");
        // Expired sessions go as new ones come.
        map.retain(|_, s| s.last_seen.lock().expect("session lock").elapsed() < self.idle);
        map.insert(id.clone(), Arc::clone(&session));
        (id, session)
    }

    /// The live session of `id`, its idle time restarted.
    pub fn get(&self, id: &str) -> Option<Arc<Session>> {
        let mut map = self.map.lock().expect("sessions lock");
        let session = map.get(id)?;
        let mut last_seen = session.last_seen.lock().expect("session lock");
        if last_seen.elapsed() >= self.idle {
            drop(last_seen);
            map.remove(id);
            return None;
        }
        *last_seen = Instant::now();
        drop(last_seen);
        Some(Arc::clone(map.get(id).expect("checked above")))
    }

    pub fn remove(&self, id: &str) {
        self.map.lock().expect("sessions lock").remove(id);
    }
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Strict, scoped to the prefix.
pub fn cookie(
    name: &str,
    value: &str,
    path: &str,
    max_age: Option<Duration>,
    secure: bool,
) -> String {
    let mut cookie = format!("{name}={value}; Path={path}; HttpOnly; SameSite=Strict");
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={}", age.as_secs()));
    }
    if secure {
        cookie.push_str("; Secure");
    }
    cookie
}

/// The value of cookie `name` in a `Cookie` header.
pub fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_compared_whole() {
        let (a, b) = (random_token(), random_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert!(same_token(&a, &a.clone()));
        assert!(!same_token(&a, &b));
        assert!(!same_token(&a, &a[..63]));
    }

    #[test]
    fn cookies_are_http_only_and_strict() {
        let c = cookie(
            SESSION_COOKIE,
            "abc",
            "/powa",
            Some(Duration::from_secs(60)),
            true,
        );
        assert_eq!(
            c,
            "powa_session=abc; Path=/powa; HttpOnly; SameSite=Strict; Max-Age=60; Secure"
        );
        assert_eq!(
            cookie_value("a=1; powa_session=abc; b=2", SESSION_COOKIE),
            Some("abc")
        );
        assert_eq!(cookie_value("a=1", SESSION_COOKIE), None);
    }
}
