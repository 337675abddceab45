//! Index gains estimated in the monitored database itself, for the
//! suggestions `powa_index_suggestions` cannot estimate where it runs (a
//! remote server's database, or another database of the local server).
//!
//! As PoWA's UI does, powa-web connects there with the logged-in role's
//! login and plans each candidate's statements (pg_qualstats' example
//! texts, read there) without and with the candidate as a hypopg
//! hypothetical index, the same steps the SQL function takes in its own
//! database. Everything runs in one read-only transaction that is rolled
//! back (hypothetical indexes live in the session's memory and are reset),
//! so nothing is written there and a standby works too.

use powa_conninfo::{ConnInfo, ProcessEnvironment};
use std::time::Duration;
use tokio_postgres::Client;

/// The longest the whole estimate may take: a page waits for it.
const ESTIMATE_WAIT: Duration = Duration::from_secs(10);

/// A candidate index and the statements asking for it.
pub struct Candidate<'a> {
    pub ddl: &'a str,
    pub queryids: &'a [i64],
}

/// The summed estimated cost of a candidate's statements, or why there is
/// none.
#[derive(Debug, Clone, PartialEq)]
pub enum Estimate {
    Costs { before: f64, after: f64 },
    Note(String),
}

/// Whether an example statement may be planned: one statement that only
/// reads (the SQL function applies the same rule).
fn plannable(query: &str) -> Option<&str> {
    let statement = query.trim().trim_end_matches([';', ' ', '\n', '\t', '\r']);
    let first_word: String = statement
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    let word_ends = statement[first_word.len()..].starts_with(char::is_whitespace);
    ((first_word == "select" || first_word == "with") && word_ends && !statement.contains(';'))
        .then_some(statement)
}

/// The estimates of `candidates` in the database `target` names (`what`
/// describes it in messages): one per candidate, in order.
pub async fn estimate(target: ConnInfo, what: &str, candidates: &[Candidate<'_>]) -> Vec<Estimate> {
    let outcome = tokio::time::timeout(ESTIMATE_WAIT, estimate_all(target, what, candidates)).await;
    let note = match outcome {
        Ok(Ok(estimates)) => return estimates,
        Ok(Err(note)) => note,
        Err(_) => format!("{what} did not answer within {} s", ESTIMATE_WAIT.as_secs()),
    };
    candidates
        .iter()
        .map(|_| Estimate::Note(note.clone()))
        .collect()
}

async fn estimate_all(
    target: ConnInfo,
    what: &str,
    candidates: &[Candidate<'_>],
) -> Result<Vec<Estimate>, String> {
    let resolved = target
        .resolve(&ProcessEnvironment)
        .map_err(|e| format!("cannot connect to {what}: {e}"))?;
    let mut config = resolved.to_config(ESTIMATE_WAIT);
    config.application_name("powa-web");
    let (client, connection) = resolved
        .connect(&config)
        .await
        .map_err(|e| format!("cannot connect to {what} as {}: {e}", resolved.user))?;
    tokio::spawn(connection);
    let failed =
        |e: tokio_postgres::Error| format!("on {what}: {}", powa_conninfo::describe_error(&e));
    client
        .batch_execute("BEGIN READ ONLY; SET LOCAL statement_timeout = '5s'")
        .await
        .map_err(failed)?;
    let installed = client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'hypopg'),
                    to_regproc('pg_qualstats_example_query') IS NOT NULL",
            &[],
        )
        .await
        .map_err(failed)?;
    if !installed.get::<_, bool>(0) {
        return Err(format!(
            "hypopg is not installed in {what} (CREATE EXTENSION hypopg there)"
        ));
    }
    if !installed.get::<_, bool>(1) {
        return Err(format!("pg_qualstats is not installed in {what}"));
    }
    let mut estimates = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        client
            .batch_execute("SAVEPOINT candidate")
            .await
            .map_err(failed)?;
        let estimate = match costs(&client, candidate).await {
            Ok(estimate) => estimate,
            Err(error) => {
                // A statement that no longer plans (a dropped table): no estimate.
                client
                    .batch_execute("ROLLBACK TO SAVEPOINT candidate")
                    .await
                    .map_err(failed)?;
                Estimate::Note(format!(
                    "planning an example statement failed: {}",
                    powa_conninfo::describe_error(&error)
                ))
            }
        };
        // Hypothetical indexes are not transactional.
        client
            .batch_execute("SELECT hypopg_reset()")
            .await
            .map_err(failed)?;
        estimates.push(estimate);
    }
    let _ = client.batch_execute("ROLLBACK").await;
    Ok(estimates)
}

/// One candidate's statements planned without and with it.
async fn costs(
    client: &Client,
    candidate: &Candidate<'_>,
) -> Result<Estimate, tokio_postgres::Error> {
    let (mut before, mut after) = (0.0, 0.0);
    for queryid in candidate.queryids {
        let example: Option<String> = client
            .query_one("SELECT pg_qualstats_example_query($1)", &[queryid])
            .await?
            .get(0);
        let Some(statement) = example.as_deref().and_then(plannable) else {
            continue;
        };
        // The extended protocol plans exactly one statement.
        let explain = format!("EXPLAIN (FORMAT JSON) {statement}");
        before += total_cost(client, &explain).await?;
        client
            .query("SELECT hypopg_create_index($1)", &[&candidate.ddl])
            .await?;
        after += total_cost(client, &explain).await?;
        client.batch_execute("SELECT hypopg_reset()").await?;
    }
    Ok(if before > 0.0 {
        Estimate::Costs { before, after }
    } else {
        Estimate::Note(
            "pg_qualstats keeps no single-statement example of these statements".to_owned(),
        )
    })
}

async fn total_cost(client: &Client, explain: &str) -> Result<f64, tokio_postgres::Error> {
    let plan: serde_json::Value = client.query_one(explain, &[]).await?.get(0);
    Ok(plan[0]["Plan"]["Total Cost"].as_f64().unwrap_or(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_one_reading_statement_is_planned() {
        assert_eq!(
            plannable("  SELECT count(*) FROM t WHERE v = 3;\n"),
            Some("SELECT count(*) FROM t WHERE v = 3")
        );
        assert_eq!(
            plannable("with x AS (SELECT 1) SELECT * FROM x"),
            Some("with x AS (SELECT 1) SELECT * FROM x")
        );
        for refused in [
            "DELETE FROM t WHERE v = 3",
            "SELECT 1; DROP TABLE t",
            "selector FROM t",
            "SELECT",
            "",
            "with",
        ] {
            assert_eq!(plannable(refused), None, "{refused:?}");
        }
    }
}
