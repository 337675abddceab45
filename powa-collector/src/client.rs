//! Client connections whose every wait is bounded on the client side.
//!
//! A server stopped with SIGSTOP still accepts TCP connections and its
//! kernel answers keepalives: no socket option and no `statement_timeout`
//! ever gives up on it. So each [`Connection`] runs its queries on a
//! runtime of its own and waits for them no longer than its [`Deadline`]
//! (or [`Connection::default_limit`] outside one) and never once the
//! collector is asked to stop. A wait that passes its deadline sends a
//! cancel request (itself bounded), then drops the connection: every later
//! call fails at once, and the caller reconnects.

use crate::conninfo::{describe_error, ConnectError, Resolved};
use crate::convert::{param_type, Cell, Param};
use powa_core::abi::{RString, RVec};
use powa_core::{QueryResult, Value};
use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::time::{Duration, Instant};
use tokio::runtime::Runtime;
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::{AsyncMessage, Client, NoTls, Notification, Statement};

/// How long a cancel request may take: a frozen server accepts it and
/// never answers.
const CANCEL_WAIT: Duration = Duration::from_secs(1);

/// Prepared statements kept per connection: a snapshot runs the same few
/// statements every time.
const MAX_KEPT_STATEMENTS: usize = 256;

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("{}", describe_error(.0))]
    Postgres(#[from] tokio_postgres::Error),
    /// The TLS settings cannot be used (a missing root certificate, a
    /// file that is no certificate).
    #[error("{0}")]
    Tls(String),
    /// A wait passed its deadline: the query was cancelled and the
    /// connection dropped.
    #[error("{0}")]
    NoAnswer(String),
    #[error("the collector is stopping")]
    Stopping,
    /// The connection was dropped before (after a wait passed its deadline).
    #[error("{0}")]
    Dropped(String),
}

impl ClientError {
    /// A bound was hit: the client's deadline, or the server's lock or
    /// statement timeout. The server is stalled, not refusing.
    pub fn is_timeout(&self) -> bool {
        match self {
            ClientError::NoAnswer(_) | ClientError::Dropped(_) => true,
            ClientError::Postgres(error) => matches!(
                error.code(),
                Some(&SqlState::LOCK_NOT_AVAILABLE) | Some(&SqlState::QUERY_CANCELED)
            ),
            ClientError::Stopping | ClientError::Tls(_) => false,
        }
    }
}

/// The collector's stop requests a connection obeys: the whole collector's
/// (SIGTERM) and its server's (the server left `powa_servers`).
#[derive(Clone)]
pub struct Stop {
    signals: Vec<watch::Receiver<bool>>,
}

impl Stop {
    pub fn new(signals: Vec<watch::Receiver<bool>>) -> Self {
        Self { signals }
    }

    pub fn requested(&self) -> bool {
        self.signals.iter().any(|signal| *signal.borrow())
    }

    /// Resolves when a stop is requested (never if none can be).
    async fn wait(&self) {
        let waits = self.signals.iter().cloned().map(|mut signal| {
            Box::pin(async move {
                if signal.wait_for(|stop| *stop).await.is_err() {
                    // The sender is gone without asking: never.
                    std::future::pending::<()>().await;
                }
            })
        });
        let waits: Vec<_> = waits.collect();
        if waits.is_empty() {
            return std::future::pending().await;
        }
        futures_util::future::select_all(waits).await;
    }
}

/// Until when a piece of work may wait, and what it is called when it
/// gives up: `snapshot of server 2 cancelled after 5 s: no answer from the
/// server`.
#[derive(Debug, Clone)]
pub struct Deadline {
    pub at: Instant,
    started: Instant,
    what: String,
}

impl Deadline {
    pub fn after(limit: Duration, what: impl Into<String>) -> Self {
        let started = Instant::now();
        Self {
            at: started + limit,
            started,
            what: what.into(),
        }
    }

    fn message(&self, peer: &str) -> String {
        format!(
            "{} cancelled after {} s: no answer from {peer}",
            self.what,
            seconds(self.at - self.started)
        )
    }
}

/// Whole seconds, or one decimal below ten.
pub fn seconds(duration: Duration) -> String {
    let secs = duration.as_secs_f64();
    if secs >= 10.0 || secs.fract() == 0.0 {
        format!("{secs:.0}")
    } else {
        format!("{secs:.1}")
    }
}

/// Waits for `$work`, an expression of the client `$client`, within the
/// connection's bounds (see `Connection::bounds` and `Connection::settle`).
macro_rules! bounded {
    ($connection:expr, |$client:ident| $work:expr) => {{
        let ($client, deadline, timed_out) = $connection.bounds()?;
        let waited = block(&$connection.runtime, &$connection.stop, deadline, $work);
        $connection.settle(waited, timed_out)
    }};
}

enum Waited<T> {
    Done(T),
    TimedOut,
    Stopping,
}

/// Runs `work` on `runtime` until it ends, `deadline` passes or `stop` is
/// requested.
fn block<T>(
    runtime: &Runtime,
    stop: &Stop,
    deadline: Instant,
    work: impl Future<Output = T>,
) -> Waited<T> {
    if stop.requested() {
        return Waited::Stopping;
    }
    // Past the deadline the work is not even begun: polled once, a query
    // is queued and the driver would send it (a COMMIT after the deadline).
    if Instant::now() >= deadline {
        return Waited::TimedOut;
    }
    runtime.block_on(async {
        tokio::select! {
            biased;
            _ = stop.wait() => Waited::Stopping,
            _ = tokio::time::sleep_until(deadline.into()) => Waited::TimedOut,
            done = work => Waited::Done(done),
        }
    })
}

/// A session on the repository whose every statement is bounded on the
/// server side as well: `statement_timeout` is `limit`, `lock_timeout`
/// half of it (at least 500 ms), so that a lock held on a table shows as
/// a lock timeout of the source that writes there, before the snapshot's
/// deadline.
pub fn repository_connection(
    repository: &Resolved,
    limit: Duration,
    stop: Stop,
) -> Result<Connection, ClientError> {
    let mut repository = repository.clone();
    let statement_ms = limit.as_millis();
    let lock_ms = (statement_ms / 2).max(500);
    let bounds = format!("-c statement_timeout={statement_ms} -c lock_timeout={lock_ms}");
    repository.options = Some(match repository.options.take() {
        Some(options) => format!("{options} {bounds}"),
        None => bounds,
    });
    Connection::connect(&repository, "the repository", limit, stop)
}

/// A runtime shut down without waiting: dropping a plain one waits for
/// its blocking tasks, a host name lookup (getaddrinfo) among them, with no
/// bound.
struct ClientRuntime(Option<Runtime>);

impl ClientRuntime {
    fn new() -> std::io::Result<Self> {
        Ok(Self(Some(
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?,
        )))
    }
}

impl std::ops::Deref for ClientRuntime {
    type Target = Runtime;
    fn deref(&self) -> &Runtime {
        self.0.as_ref().expect("shut down only on drop")
    }
}

impl Drop for ClientRuntime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_background();
        }
    }
}

/// A client connection, its prepared statements and its bounds.
pub struct Connection {
    runtime: ClientRuntime,
    client: Option<Client>,
    driver: Option<JoinHandle<()>>,
    notifications: mpsc::UnboundedReceiver<Notification>,
    /// Who answers, in messages: "the server", "the repository".
    peer: String,
    stop: Stop,
    deadline: Option<Deadline>,
    /// The bound of a wait outside a deadline.
    pub default_limit: Duration,
    /// Why the connection was dropped.
    dropped: Option<String>,
    /// Waits that hit a bound since [`Connection::take_timeouts`].
    timeouts: u32,
    /// Per statement text, the statement prepared for each list of
    /// parameter types (looked up without allocating).
    statements: HashMap<String, Vec<(Vec<Type>, Statement)>>,
    kept: usize,
}

impl Connection {
    /// Connects within `limit` (and the connection's own connect
    /// timeout), with TLS as its `sslmode` asks.
    pub fn connect(
        resolved: &Resolved,
        peer: &str,
        limit: Duration,
        stop: Stop,
    ) -> Result<Self, ClientError> {
        let runtime = ClientRuntime::new()
            .map_err(|e| ClientError::Dropped(format!("cannot start a client runtime: {e}")))?;
        let deadline = Instant::now() + limit;
        // jit = off for powa's statements, as the worker runs its plugins
        // (powa-worker's plugins.rs): compiling them cost more than running them.
        let mut config = resolved.to_config(limit);
        let options = match config.get_options() {
            Some(given) => format!("{given} -c jit=off"),
            None => "-c jit=off".to_owned(),
        };
        config.options(&options);
        let (client, mut connection) =
            match block(&runtime, &stop, deadline, resolved.connect(&config)) {
                Waited::Done(Ok(connected)) => connected,
                Waited::Done(Err(ConnectError::Postgres(error))) => return Err(error.into()),
                Waited::Done(Err(error @ ConnectError::Tls(_))) => {
                    return Err(ClientError::Tls(error.to_string()))
                }
                Waited::TimedOut => {
                    return Err(ClientError::NoAnswer(format!(
                        "no answer from {peer} within {} s",
                        seconds(limit)
                    )))
                }
                Waited::Stopping => return Err(ClientError::Stopping),
            };
        let (sender, notifications) = mpsc::unbounded_channel();
        // Drives the connection and hands its notifications over; ends
        // (dropping `sender`) when the connection does.
        let driver = runtime.spawn(async move {
            while let Some(message) = std::future::poll_fn(|cx| connection.poll_message(cx)).await {
                match message {
                    Ok(AsyncMessage::Notification(notification)) => {
                        let _ = sender.send(notification);
                    }
                    Ok(_) => {}
                    Err(_) => break,
                }
            }
        });
        Ok(Self {
            runtime,
            client: Some(client),
            driver: Some(driver),
            notifications,
            peer: peer.to_owned(),
            stop,
            deadline: None,
            default_limit: limit,
            dropped: None,
            timeouts: 0,
            statements: HashMap::new(),
            kept: 0,
        })
    }

    /// Bounds the following waits by `deadline` (None: each by
    /// `default_limit`).
    pub fn set_deadline(&mut self, deadline: Option<Deadline>) {
        self.deadline = deadline;
    }

    /// How many waits hit a bound since the last call.
    pub fn take_timeouts(&mut self) -> u32 {
        std::mem::take(&mut self.timeouts)
    }

    pub fn is_closed(&self) -> bool {
        self.dropped.is_some() || self.client.as_ref().is_none_or(Client::is_closed)
    }

    /// The client and the bounds of its next wait: when it gives up and
    /// what it then says.
    fn bounds(&self) -> Result<(&Client, Instant, String), ClientError> {
        let client = match (&self.client, &self.dropped) {
            (Some(client), None) => client,
            (_, why) => {
                return Err(ClientError::Dropped(
                    why.clone().unwrap_or_else(|| "dropped".to_owned()),
                ))
            }
        };
        Ok(match &self.deadline {
            Some(deadline) => (client, deadline.at, deadline.message(&self.peer)),
            None => (
                client,
                Instant::now() + self.default_limit,
                format!(
                    "no answer from {} within {} s",
                    self.peer,
                    seconds(self.default_limit)
                ),
            ),
        })
    }

    /// What a bounded wait came to; a wait past its deadline drops the
    /// connection.
    fn settle<T>(
        &mut self,
        waited: Waited<Result<T, tokio_postgres::Error>>,
        timed_out: String,
    ) -> Result<T, ClientError> {
        match waited {
            Waited::Done(Ok(done)) => Ok(done),
            Waited::Done(Err(error)) => {
                let error = ClientError::Postgres(error);
                if error.is_timeout() {
                    self.timeouts += 1;
                }
                Err(error)
            }
            Waited::TimedOut => {
                self.timeouts += 1;
                self.abandon(&timed_out, true);
                Err(ClientError::NoAnswer(timed_out))
            }
            Waited::Stopping => {
                self.abandon("the collector is stopping", false);
                Err(ClientError::Stopping)
            }
        }
    }

    /// Drops the connection (the server rolls back what it had begun),
    /// first asking the server to cancel the running query if `cancel`.
    pub fn abandon(&mut self, why: &str, cancel: bool) {
        if let Some(client) = self.client.take() {
            if cancel {
                let token = client.cancel_token();
                let deadline = Instant::now() + CANCEL_WAIT;
                let _ = block(
                    &self.runtime,
                    &self.stop,
                    deadline,
                    token.cancel_query(NoTls),
                );
            }
        }
        if let Some(driver) = self.driver.take() {
            driver.abort();
            // Let the abort run: the socket closes now, not at drop.
            let _ = self.runtime.block_on(driver);
        }
        self.dropped.get_or_insert_with(|| why.to_owned());
    }

    /// Runs one statement with `$n` parameters typed as the worker's SPI
    /// host types them.
    pub fn run(&mut self, sql: &str, params: &[Value]) -> Result<QueryResult, ClientError> {
        let cached = self.statements.get(sql).and_then(|prepared| {
            prepared
                .iter()
                .find(|(types, _)| {
                    types.len() == params.len()
                        && types.iter().zip(params).all(|(t, p)| *t == param_type(p))
                })
                .map(|(_, statement)| statement.clone())
        });
        let statement = match cached {
            Some(statement) => statement,
            None => {
                let types: Vec<Type> = params.iter().map(param_type).collect();
                let statement = bounded!(self, |client| client.prepare_typed(sql, &types))?;
                if self.kept >= MAX_KEPT_STATEMENTS {
                    self.statements.clear();
                    self.kept = 0;
                }
                self.kept += 1;
                self.statements
                    .entry(sql.to_owned())
                    .or_default()
                    .push((types, statement.clone()));
                statement
            }
        };
        let params: Vec<Param<'_>> = params.iter().map(Param).collect();
        let params: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        if statement.columns().is_empty() {
            let rows_affected = bounded!(self, |client| client.execute(&statement, &params))?;
            return Ok(QueryResult {
                rows_affected,
                ..QueryResult::default()
            });
        }
        let columns = statement
            .columns()
            .iter()
            .map(|c| RString::from(c.name()))
            .collect();
        let rows = bounded!(self, |client| client.query(&statement, &params))?;
        let mut result = QueryResult {
            columns,
            rows_affected: rows.len() as u64,
            ..QueryResult::default()
        };
        for row in &rows {
            let mut values = RVec::with_capacity(row.len());
            for index in 0..row.len() {
                values.push(row.try_get::<_, Cell>(index)?.0);
            }
            result.rows.push(values);
        }
        Ok(result)
    }

    /// Runs statements without parameters or results (transaction control).
    pub fn batch(&mut self, sql: &str) -> Result<(), ClientError> {
        bounded!(self, |client| client.batch_execute(sql))
    }

    /// Rows of a query with parameters of any type (the collector's own
    /// statements, not plugins').
    pub fn query(
        &mut self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Vec<tokio_postgres::Row>, ClientError> {
        bounded!(self, |client| client.query(sql, params))
    }

    /// The next notification, waiting at most `wait` for one.
    pub fn notification(&mut self, wait: Duration) -> Result<Option<Notification>, ClientError> {
        if let Ok(notification) = self.notifications.try_recv() {
            return Ok(Some(notification));
        }
        if let Some(why) = &self.dropped {
            return Err(ClientError::Dropped(why.clone()));
        }
        let deadline = Instant::now() + wait;
        match block(
            &self.runtime,
            &self.stop,
            deadline,
            self.notifications.recv(),
        ) {
            Waited::Done(Some(notification)) => Ok(Some(notification)),
            Waited::Done(None) => {
                let why = format!("lost the connection to {}", self.peer);
                self.abandon(&why, false);
                Err(ClientError::Dropped(why))
            }
            Waited::TimedOut | Waited::Stopping => Ok(None),
        }
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.abandon("dropped", false);
    }
}

impl fmt::Debug for Connection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Connection to {}", self.peer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_are_whole_or_one_decimal_below_ten() {
        assert_eq!(seconds(Duration::from_secs(5)), "5");
        assert_eq!(seconds(Duration::from_millis(2500)), "2.5");
        assert_eq!(seconds(Duration::from_millis(12_400)), "12");
    }

    #[test]
    fn a_deadline_says_what_was_cancelled_and_why() {
        let deadline = Deadline::after(Duration::from_secs(5), "snapshot of server 2");
        assert_eq!(
            deadline.message("the server"),
            "snapshot of server 2 cancelled after 5 s: no answer from the server"
        );
    }

    #[test]
    fn no_answer_is_a_timeout_stopping_is_not() {
        assert!(ClientError::NoAnswer("x".into()).is_timeout());
        assert!(ClientError::Dropped("x".into()).is_timeout());
        assert!(!ClientError::Stopping.is_timeout());
    }

    #[test]
    fn a_wait_past_its_deadline_begins_nothing() {
        let runtime = ClientRuntime::new().expect("a runtime");
        let begun = std::cell::Cell::new(false);
        let waited = block(
            &runtime,
            &Stop::new(Vec::new()),
            Instant::now() - Duration::from_millis(1),
            async { begun.set(true) },
        );
        assert!(matches!(waited, Waited::TimedOut));
        assert!(!begun.get(), "the work was polled past its deadline");
    }

    #[test]
    fn a_stop_ends_a_wait_at_once() {
        let runtime = ClientRuntime::new().expect("a runtime");
        let (sender, receiver) = watch::channel(false);
        let stop = Stop::new(vec![receiver]);
        let asked = Instant::now();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            let _ = sender.send(true);
        });
        let waited = block(
            &runtime,
            &stop,
            Instant::now() + Duration::from_secs(30),
            std::future::pending::<()>(),
        );
        assert!(matches!(waited, Waited::Stopping));
        assert!(asked.elapsed() < Duration::from_secs(5));
    }
}
