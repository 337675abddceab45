//! Every SQL function of powa and of its plugins that takes text (or
//! JSON, or a text array) called with hostile text: quotes and a
//! statement after them, a quoted identifier, a `;`, a NUL, format
//! directives, and 10 kB. Each call may fail with an error or store the
//! text as data; none may run it as SQL (a canary table must survive and
//! no role or table may appear), crash the server, or hang (each call is
//! bounded by statement_timeout), and an alias accepted reads back as
//! given. The functions are read from the catalog (those of powa and its
//! plugins in the powa database), so a new function is covered without
//! being listed here; each textual argument gets the hostile text in
//! turn, the others valid values. `HOSTILE_DEBUG=1` prints each refusal.

use anyhow::{ensure, Context, Result};
use powa_e2e::powa_cluster;

/// The hostile texts.
fn hostile() -> Vec<String> {
    vec![
        "x'); DROP TABLE canary; CREATE ROLE intruder; --".to_owned(),
        "\"quoted identifier\"".to_owned(),
        "a;b".to_owned(),
        "nul\0byte".to_owned(),
        "%s %n %I $1 \\x00 \\'".to_owned(),
        "x".repeat(10 * 1024),
    ]
}

/// A function to call: its name, its arguments' types and names.
struct Function {
    signature: String,
    name: String,
    types: Vec<String>,
    names: Vec<String>,
}

fn textual(ty: &str) -> bool {
    matches!(
        ty,
        "text" | "character varying" | "name" | "regclass" | "text[]" | "name[]" | "jsonb" | "json"
    )
}

/// A valid value for the argument `name` of textual type `ty`, so that a
/// call fails (or not) for its hostile argument, not for the others.
fn valid(name: &str, ty: &str) -> String {
    let value = match name {
        "hostname" => "'127.0.0.1'",
        "alias" => "'a-valid-alias'",
        "username" | "dbname" => "'powa'",
        "relation" | "rel" | "_relation" => "'pg_class'",
        _ => "NULL",
    };
    format!("{value}::{ty}")
}

/// An argument `name` of `ty` when the hostile text is `text`: the text
/// itself for textual types, a valid value otherwise (as SQL, with the
/// text as parameter $1).
fn argument(name: &str, ty: &str) -> String {
    match (name, ty) {
        ("port", _) => return "5432".to_owned(),
        ("frequency", _) => return "300".to_owned(),
        ("powa_coalesce", _) => return "100".to_owned(),
        // A registered server (the one a hostile alias registered).
        ("_srvid" | "srvid", _) => {
            return "(SELECT coalesce(max(id), 0) FROM powa_servers)".to_owned()
        }
        _ => {}
    }
    match ty {
        "text" | "character varying" | "name" | "regclass" => format!("$1::text::{ty}"),
        "text[]" | "name[]" => "ARRAY[$1::text]".to_owned(),
        "jsonb" | "json" => format!("jsonb_build_object('alias', $1::text)::{ty}"),
        "integer" | "bigint" | "smallint" => format!("1::{ty}"),
        "oid" => "0::oid".to_owned(),
        "boolean" => "false".to_owned(),
        "timestamp with time zone" => "now()".to_owned(),
        "interval" => "'1 day'::interval".to_owned(),
        "double precision" | "real" | "numeric" => format!("1::{ty}"),
        other => format!("NULL::{other}"),
    }
}

#[test]
fn hostile_text_is_refused_or_kept_as_data_never_run() -> Result<()> {
    let cluster = powa_cluster(
        "hostile-text",
        &[
            (
                "walker.plugins",
                "powa_stat_statements, powa_stat_database, garbagemap, powa_track_settings",
            ),
            ("shared_preload_libraries", "powa, pg_stat_statements"),
            ("powa.frequency", "3600"),
        ],
    )?;
    cluster.execute(
        "powa",
        "CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
         CREATE TABLE canary (alive boolean); INSERT INTO canary VALUES (true);",
    )?;
    // The plugins create their functions when they start.
    cluster.execute("powa", "SELECT powa_take_snapshot()")?;
    let mut client = cluster.connect("powa")?;
    client.batch_execute("SET statement_timeout = '10s'")?;
    let functions: Vec<Function> = client
        .query(
            "SELECT p.oid::regprocedure::text, p.oid::regproc::text,
                    ARRAY(SELECT format_type(t, NULL) FROM unnest(p.proargtypes::oid[]) t),
                    coalesce(p.proargnames[1:p.pronargs], array_fill(''::text, ARRAY[p.pronargs]))
               FROM pg_proc p
              WHERE p.pronamespace = 'public'::regnamespace
                AND p.prokind = 'f'
                AND p.proname ~ '^(powa|garbagemap)'
                AND EXISTS (SELECT 1 FROM unnest(p.proargtypes::oid[]) t
                             WHERE t IN ('text'::regtype, 'text[]'::regtype, 'jsonb'::regtype,
                                         'json'::regtype, 'name'::regtype, 'varchar'::regtype,
                                         'regclass'::regtype))
              -- Registration first: configuration then has a server.
              ORDER BY p.proname <> 'powa_register_server', 1",
            &[],
        )?
        .into_iter()
        .map(|row| Function {
            signature: row.get(0),
            name: row.get(1),
            types: row.get(2),
            names: row.get(3),
        })
        .collect();
    let names: Vec<&str> = functions.iter().map(|f| f.signature.as_str()).collect();
    println!("{} functions take text: {}", names.len(), names.join(", "));
    // The ones the issue names at least: registration and configuration.
    for expected in ["powa_register_server(", "powa_configure_server("] {
        ensure!(
            names.iter().any(|n| n.starts_with(expected)),
            "{expected}...) is not among the functions that take text: {names:?}"
        );
    }
    let (mut refused, mut accepted, mut calls, mut aliases_kept) = (0, 0, 0, 0);
    // The hostile text in each textual argument in turn, the others valid.
    let cases = functions.iter().flat_map(|function| {
        (0..function.types.len())
            .filter(|&i| textual(&function.types[i]))
            .map(move |hostile_at| (function, hostile_at))
    });
    for (function, hostile_at) in cases {
        let call = format!(
            "SELECT {}({})",
            function.name,
            function
                .types
                .iter()
                .enumerate()
                .map(|(i, ty)| match i == hostile_at {
                    true => argument(&function.names[i], ty),
                    false if textual(ty) => valid(&function.names[i], ty),
                    false => argument(&function.names[i], ty),
                })
                .collect::<Vec<_>>()
                .join(", ")
        );
        for text in hostile() {
            calls += 1;
            let outcome = client.query(&call, &[&text]);
            match outcome {
                Ok(_) => {
                    accepted += 1;
                    // An alias given is stored as given.
                    let alias_given = (function.name == "powa_register_server"
                        && function.names[hostile_at] == "alias")
                        || function.name == "powa_configure_server";
                    if alias_given {
                        let stored: Option<String> = client
                            .query_one(
                                "SELECT alias FROM powa_servers ORDER BY id DESC LIMIT 1",
                                &[],
                            )?
                            .get(0);
                        ensure!(
                            stored.as_deref() == Some(text.as_str()),
                            "{} stored the alias {stored:.60?}, not {text:.60?}",
                            function.signature
                        );
                        aliases_kept += 1;
                    }
                }
                Err(error) => {
                    ensure!(
                        error.as_db_error().is_some(),
                        "{}: not an error of the server's but {error}: did it crash?",
                        function.signature
                    );
                    refused += 1;
                    if std::env::var_os("HOSTILE_DEBUG").is_some() {
                        println!(
                            "{} #{hostile_at}: {}",
                            function.name,
                            powa_conninfo::describe_error(&error)
                        );
                    }
                }
            }
            let alive: bool = client
                .query_one("SELECT alive FROM canary", &[])
                .with_context(|| format!("after {} with {:.60}", function.signature, text))?
                .get(0);
            let intruder: i64 = client
                .query_one(
                    "SELECT count(*) FROM pg_roles WHERE rolname = 'intruder'",
                    &[],
                )?
                .get(0);
            ensure!(
                alive && intruder == 0,
                "{} ran its text as SQL",
                function.signature
            );
        }
    }
    println!(
        "{} functions, {calls} calls: {refused} refused, {accepted} accepted",
        functions.len()
    );
    // Text stored as data reads back as it was given: the servers
    // registered with a hostile alias, username or database name.
    let stored: Vec<(String, String, String)> = client
        .query(
            "SELECT coalesce(alias, ''), username, dbname FROM powa_servers WHERE id > 0",
            &[],
        )?
        .into_iter()
        .map(|row| (row.get(0), row.get(1), row.get(2)))
        .collect();
    let given = |text: &String, valid: &str| text == valid || hostile().contains(text);
    ensure!(accepted > 0, "no hostile text was kept as data");
    for (alias, username, dbname) in &stored {
        ensure!(
            given(alias, "a-valid-alias") && given(username, "powa") && given(dbname, "powa"),
            "a stored server is not as given: {alias:.60} {username:.60} {dbname:.60}"
        );
    }
    // Every hostile alias but the NUL one is kept, by registration or
    // configuration.
    ensure!(
        aliases_kept >= hostile().len() - 1,
        "{aliases_kept} hostile aliases kept as data"
    );
    Ok(())
}
