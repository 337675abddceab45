//! Grids of any source's deltas over a range (`<prefix>_deltas(from, to,
//! srvid)`), driven by the function's own result columns: a third-party
//! source's grid needs no UI code. Sorted and paged in SQL (the sort column
//! checked against the function's columns), texts cut to a prefix with
//! their length, every grid also as CSV.

use crate::app::Failure;
use crate::range::{sql_time, Range};
use crate::session::Session;
use crate::statements::{csv_line, encode, thousands};
use tokio_postgres::types::{ToSql, Type};

/// Rows per page of a grid.
pub const GRID_ROWS: i64 = 50;
/// Characters of a text shown in a grid cell.
const TEXT_PREFIX: usize = 200;

/// A source's name as the repository's functions and tables use it:
/// lower-case letters, digits and `_` (it is put into SQL, so only a name
/// the repository listed is ever used).
pub fn is_source_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 60
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && name.as_bytes()[0].is_ascii_lowercase()
}

/// The counter-history sources of the repository: every `<prefix>_series`
/// with its `<prefix>_layout`.
pub async fn sources(session: &Session) -> Result<Vec<String>, Failure> {
    let rows = crate::app::query(
        session,
        "SELECT left(p.proname, -7) FROM pg_proc p
          WHERE p.proname LIKE '%\\_series' AND p.pronamespace = current_schema()::regnamespace
            AND to_regclass(left(p.proname, -7) || '_layout') IS NOT NULL
          ORDER BY 1",
        &[],
    )
    .await?;
    Ok(rows
        .iter()
        .map(|row| row.get::<_, String>(0))
        .filter(|name| is_source_name(name))
        .collect())
}

#[derive(Debug, Clone)]
pub struct GridColumn {
    pub name: String,
    pub number: bool,
    /// The sort link of its header (numbers only).
    pub link: Option<String>,
    pub active: bool,
}

#[derive(Debug, Clone)]
pub struct Cell {
    pub text: String,
    /// The length of a text cut to its prefix.
    pub cut_length: Option<usize>,
    /// A text long enough to wrap anywhere (short ones never break).
    pub long: bool,
    pub number: bool,
    /// The raw value (tests read it).
    pub value: String,
    pub link: Option<String>,
}

/// What a grid shows, ready for `grid.html`.
#[derive(Debug, Clone)]
pub struct Grid {
    pub id: String,
    pub title: String,
    pub columns: Vec<GridColumn>,
    pub rows: Vec<Vec<Cell>>,
    pub total: i64,
    pub first_row: i64,
    pub last_row: i64,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub csv: String,
    pub order: String,
    /// Why the grid is empty.
    pub empty: String,
}

/// Which grid, and how: its URL parameters are `<id>_sort`, `<id>_order`,
/// `<id>_page`.
pub struct GridRequest<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// `<source>_deltas` is read.
    pub source: &'a str,
    /// Only rows whose column equals the value (`dbid` of a database).
    pub only: Option<(&'a str, u32)>,
    /// Links a row: (column whose value goes into the link, the link
    /// before it, the link after it).
    pub link: Option<(&'a str, String, String)>,
    pub sort: Option<String>,
    pub order: Option<String>,
    /// The column sorted by when the URL names none (else the first
    /// number).
    pub default_sort: Option<&'a str>,
    pub page: i64,
    /// The page's own query string (from, to, ...), kept by the grid's
    /// links.
    pub base: String,
    /// The CSV endpoint of this grid, its query string to add.
    pub csv_path: String,
}

fn is_number(kind: &Type) -> bool {
    [
        Type::INT2,
        Type::INT4,
        Type::INT8,
        Type::FLOAT4,
        Type::FLOAT8,
        Type::NUMERIC,
    ]
    .contains(kind)
}

/// Columns a grid shows: not the JSON of every counter, not the span.
fn shown(name: &str, kind: &Type) -> bool {
    !matches!(*kind, Type::JSONB | Type::JSON) && name != "seconds"
}

/// Identifiers (queryid, relid) are not figures: shown as they are, not
/// sorted by, not the text a row's link is on.
fn is_identifier(name: &str) -> bool {
    name == "id" || name.ends_with("id")
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// What a grid's SQL gave.
struct Rows {
    /// Each shown column's name and whether it is a figure.
    columns: Vec<(String, bool)>,
    sort: String,
    order: &'static str,
    /// Rows of the range and filter, all pages.
    total: i64,
    /// This page's rows, each value as text.
    values: Vec<Vec<Option<String>>>,
}

/// The grid's rows; `limit` None: every row.
async fn rows(
    session: &Session,
    request: &GridRequest<'_>,
    srvid: i32,
    range: &Range,
    limit: Option<i64>,
    offset: i64,
) -> Result<Rows, Failure> {
    let function = format!("{}_deltas", request.source);
    let call = format!("{function}($1::text::timestamptz, $2::text::timestamptz, $3)");
    let client = session
        .pool
        .get()
        .await
        .map_err(|e| Failure::Other(format!("no connection to the repository: {e}")))?;
    let statement = client
        .prepare_cached(&format!("SELECT * FROM {call}"))
        .await
        .map_err(Failure::Database)?;
    let columns: Vec<(String, bool)> = statement
        .columns()
        .iter()
        .filter(|c| shown(c.name(), c.type_()))
        .map(|c| {
            (
                c.name().to_owned(),
                is_number(c.type_()) && !is_identifier(c.name()),
            )
        })
        .collect();
    drop(client);
    let numbers: Vec<&String> = columns.iter().filter(|c| c.1).map(|c| &c.0).collect();
    let sort = match &request.sort {
        Some(sort) if numbers.contains(&sort) => sort.clone(),
        Some(sort) => {
            return Err(Failure::Other(format!(
                "{}_sort={sort:?} is not a column of {function}; its columns are {}",
                request.id,
                numbers
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )))
        }
        None => request
            .default_sort
            .filter(|d| numbers.iter().any(|n| n == d))
            .map(str::to_owned)
            .or_else(|| numbers.first().map(|s| (*s).clone()))
            .unwrap_or_else(|| columns[0].0.clone()),
    };
    let order = match request.order.as_deref() {
        None | Some("desc") => "desc",
        Some("asc") => "asc",
        Some(other) => {
            return Err(Failure::Other(format!(
                "{}_order={other:?}: it is asc or desc",
                request.id
            )))
        }
    };
    let condition = match request.only {
        Some((column, _)) if columns.iter().any(|c| c.0 == column) => {
            format!("d.{} = $6::bigint::oid", quote(column))
        }
        Some((column, _)) => {
            return Err(Failure::Other(format!("{function} has no column {column}")))
        }
        None => "$6::bigint IS NULL".to_owned(),
    };
    let select: Vec<String> = columns
        .iter()
        .map(|(name, _)| format!("d.{}::text", quote(name)))
        .collect();
    let sql = format!(
        "SELECT count(*) OVER ()::bigint, {} FROM {call} d WHERE {condition}
          ORDER BY d.{} {order} NULLS LAST, 2 LIMIT $4 OFFSET $5",
        select.join(", "),
        quote(&sort),
    );
    let (from, to) = (sql_time(range.from), sql_time(range.to));
    let only: Option<i64> = request.only.map(|(_, value)| i64::from(value));
    let params: [&(dyn ToSql + Sync); 6] = [&from, &to, &srvid, &limit, &offset, &only];
    let result = crate::app::query(session, &sql, &params).await?;
    let total = result.first().map_or(0, |row| row.get::<_, i64>(0));
    let values = result
        .iter()
        .map(|row| (1..=columns.len()).map(|i| row.get(i)).collect())
        .collect();
    Ok(Rows {
        columns,
        sort,
        order,
        total,
        values,
    })
}

/// A number as people read it: integers with thousands separators,
/// others to 2 decimals.
fn number_text(raw: &str) -> String {
    match raw.parse::<i64>() {
        Ok(integer) => thousands(integer),
        Err(_) => match raw.parse::<f64>() {
            Ok(float) => format!("{float:.2}"),
            Err(_) => raw.to_owned(),
        },
    }
}

/// One page of the grid.
pub async fn grid(
    session: &Session,
    request: GridRequest<'_>,
    srvid: i32,
    range: &Range,
) -> Result<Grid, Failure> {
    if !(1..=1_000_000).contains(&request.page) {
        return Err(Failure::Other(format!(
            "{}_page={}: pages are numbered from 1",
            request.id, request.page
        )));
    }
    let offset = (request.page - 1) * GRID_ROWS;
    let Rows {
        columns,
        sort,
        order,
        total,
        values,
    } = rows(session, &request, srvid, range, Some(GRID_ROWS), offset).await?;
    let id = request.id;
    let link = |sort: &str, order: &str, page: i64| {
        format!(
            "?{}&{id}_sort={}&{id}_order={order}&{id}_page={page}#{id}",
            request.base,
            encode(sort)
        )
    };
    let link_index = request
        .link
        .as_ref()
        .and_then(|(column, _, _)| columns.iter().position(|c| c.0 == *column));
    // The link goes on the most specific label: the last text column
    // (relname after schemaname, the query).
    let first_text = columns.iter().rposition(|c| !c.1 && !is_identifier(&c.0));
    let rows: Vec<Vec<Cell>> = values
        .into_iter()
        .map(|row| {
            let row_link = link_index.and_then(|i| {
                let (_, before, after) = request.link.as_ref()?;
                row[i]
                    .as_ref()
                    .map(|value| format!("{before}{}{after}", encode(value)))
            });
            row.iter()
                .zip(&columns)
                .enumerate()
                .map(|(i, (value, (_, number)))| {
                    let raw = value.clone().unwrap_or_default();
                    let length = raw.chars().count();
                    let (text, cut_length) = if *number {
                        (number_text(&raw), None)
                    } else if length > TEXT_PREFIX {
                        (raw.chars().take(TEXT_PREFIX).collect(), Some(length))
                    } else {
                        (raw.clone(), None)
                    };
                    Cell {
                        long: length > 40,
                        text,
                        cut_length,
                        number: *number,
                        value: raw,
                        link: if Some(i) == first_text {
                            row_link.clone()
                        } else {
                            None
                        },
                    }
                })
                .collect()
        })
        .collect();
    let last_row = offset + rows.len() as i64;
    let columns = columns
        .iter()
        .map(|(name, number)| {
            let active = *name == sort;
            let next_order = if active && order == "desc" {
                "asc"
            } else {
                "desc"
            };
            GridColumn {
                name: name.clone(),
                number: *number,
                link: number.then(|| link(name, next_order, 1)),
                active,
            }
        })
        .collect();
    Ok(Grid {
        id: id.to_owned(),
        title: request.title.to_owned(),
        columns,
        empty: if request.page > 1 && total == 0 {
            "No rows on this page: go back to the first one.".to_owned()
        } else {
            "Nothing in this range: fewer than two snapshots in this range, or no row of \
             this source changed."
                .to_owned()
        },
        rows,
        total,
        first_row: offset + 1,
        last_row,
        previous: (request.page > 1).then(|| link(&sort, order, request.page - 1)),
        next: (last_row < total).then(|| link(&sort, order, request.page + 1)),
        csv: format!(
            "{}{}{}&sort={}&order={order}",
            request.csv_path,
            if request.csv_path.contains('?') {
                "&"
            } else {
                "?"
            },
            request.base,
            encode(&sort)
        ),
        order: order.to_owned(),
    })
}

/// Every row of the grid (range, filter, sort) as CSV, texts whole.
pub async fn csv(
    session: &Session,
    request: &GridRequest<'_>,
    srvid: i32,
    range: &Range,
) -> Result<String, Failure> {
    let Rows {
        columns, values, ..
    } = rows(session, request, srvid, range, None, 0).await?;
    let mut out = csv_line(columns.iter().map(|(name, _)| name.as_str()));
    for row in values {
        out.push_str(&csv_line(
            row.iter().map(|value| value.as_deref().unwrap_or("")),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_names_are_sources() {
        assert!(is_source_name("powa_statements"));
        assert!(is_source_name("acme_locks2"));
        assert!(!is_source_name("powa_x; DROP TABLE y"));
        assert!(!is_source_name("Powa"));
        assert!(!is_source_name("_x"));
        assert!(!is_source_name(""));
    }

    #[test]
    fn numbers_read_well() {
        assert_eq!(number_text("1234567"), "1,234,567");
        assert_eq!(number_text("0.5"), "0.50");
        assert_eq!(number_text(""), "");
    }

    #[test]
    fn grids_leave_out_the_json_and_the_span() {
        assert!(!shown("counters", &Type::JSONB));
        assert!(!shown("seconds", &Type::FLOAT8));
        assert!(shown("seq_scan", &Type::INT8));
    }
}
