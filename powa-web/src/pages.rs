//! The pages built from the generic grids and charts: a database's page
//! (its activity and statements over time, its statements, tables and
//! indexes), any source's page (a chart per counter of its layout, the
//! grid of its deltas), and every grid as CSV.

use crate::app::{
    bad_request, csv_response, error_page, failure_page, has, prefix, query, render, Catalog,
    Failure, Shared,
};
use crate::charts::{Chart, Rows};
use crate::grids::{Grid, GridRequest};
use crate::range::{now_unix, Range};
use crate::statements::{encode, range_bar, server_name, PageQuery, RangeBar};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use std::collections::HashMap;

/// A page's parameters: the range, and each grid's sort, order and page.
pub struct Params {
    all: HashMap<String, String>,
    pub page: PageQuery,
    pub range: Range,
}

impl Params {
    #[allow(clippy::result_large_err)]
    pub fn parse(
        state: &crate::app::AppState,
        all: HashMap<String, String>,
    ) -> Result<Self, Response> {
        let page = PageQuery {
            from: all.get("from").cloned(),
            to: all.get("to").cloned(),
            ..PageQuery::default()
        };
        let range = Range::from_query(page.from.as_deref(), page.to.as_deref(), now_unix())
            .map_err(|message| bad_request(state, message))?;
        Ok(Self { all, page, range })
    }

    /// `from=...&to=...`, as the page's links keep them.
    pub fn base(&self) -> String {
        format!(
            "from={}&to={}",
            encode(self.page.from.as_deref().unwrap_or("now-1h")),
            encode(self.page.to.as_deref().unwrap_or("now"))
        )
    }

    /// A grid's request from `<id>_sort`, `<id>_order`, `<id>_page`.
    #[allow(clippy::result_large_err)]
    pub fn grid<'a>(
        &self,
        state: &crate::app::AppState,
        id: &'a str,
        title: &'a str,
        source: &'a str,
        csv_path: String,
    ) -> Result<GridRequest<'a>, Response> {
        let page = match self.all.get(&format!("{id}_page")) {
            Some(text) => text.parse().map_err(|_| {
                bad_request(state, format!("{id}_page={text:?}: a page number, from 1"))
            })?,
            None => 1,
        };
        Ok(GridRequest {
            id,
            title,
            source,
            only: None,
            link: None,
            sort: self.all.get(&format!("{id}_sort")).cloned(),
            order: self.all.get(&format!("{id}_order")).cloned(),
            default_sort: None,
            page,
            base: self.base(),
            csv_path,
        })
    }
}

/// A failure of a grid's own parameters is the user's: a bad request.
pub fn grid_failure(state: &crate::app::AppState, failure: Failure) -> Response {
    match failure {
        Failure::Other(message) => bad_request(state, message),
        failure => failure_page(state, failure),
    }
}

/// A page's session, parameters and server name, or the page that
/// replaces it.
pub async fn begin(
    state: &crate::app::AppState,
    headers: &HeaderMap,
    id: i32,
    all: HashMap<String, String>,
) -> Result<(std::sync::Arc<crate::session::Session>, Params, String), Response> {
    let session = crate::app::session(state, headers)?;
    let params = Params::parse(state, all)?;
    let server_name = server_name(state, &session, id).await?;
    Ok((session, params, server_name))
}

/// `name` if the repository has that counter-history source, else a page
/// that says it has not.
async fn find_source(
    state: &crate::app::AppState,
    session: &crate::session::Session,
    name: String,
) -> Result<String, Response> {
    let available = crate::grids::sources(session)
        .await
        .map_err(|failure| failure_page(state, failure))?;
    if available.contains(&name) {
        Ok(name)
    } else {
        Err(error_page(
            state,
            StatusCode::NOT_FOUND,
            "No such source",
            format!("The repository has no counter history named {name:?}."),
            "The server page lists the sources.",
        ))
    }
}

#[derive(Template)]
#[template(path = "database.html")]
struct DatabasePage {
    prefix: String,
    role: String,
    csrf: String,
    server_name: String,
    server_link: String,
    database: String,
    range: RangeBar,
    charts: Vec<Chart>,
    charts_json: String,
    grids: Vec<Grid>,
    functions_note: String,
    suggestions: Option<Vec<crate::extensions::Suggestion>>,
}

pub async fn database_page(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path((id, datid)): Path<(i32, u32)>,
    Query(all): Query<HashMap<String, String>>,
) -> Response {
    let (session, params, server_name) = match begin(&state, &headers, id, all).await {
        Ok(begun) => begun,
        Err(response) => return response,
    };
    let names = match query(
        &session,
        "SELECT coalesce(max(datname), ''), coalesce(array_agg(id), '{}')
           FROM powa_databases WHERE srvid = $1 AND datid = $2",
        &[&id, &datid],
    )
    .await
    {
        Ok(rows) => rows,
        Err(failure) => return failure_page(&state, failure),
    };
    let (database, database_ids): (String, Vec<i64>) = (names[0].get(0), names[0].get(1));
    if database_ids.is_empty() {
        return error_page(
            &state,
            StatusCode::NOT_FOUND,
            "No such database",
            format!("Server {server_name} has no database of oid {datid} in powa_databases."),
            "The server page lists its databases.",
        );
    }
    let prefix_text = prefix(&state);
    let garbagemap = match has(&session, Catalog::Relation, "garbagemap").await {
        Ok(found) => found,
        Err(failure) => return failure_page(&state, failure),
    };
    let csv = |source: &str| format!("{prefix_text}/server/{id}/csv/{source}");
    let mut requests = Vec::new();
    for (grid_id, title, source, link_column, link) in [
        (
            "statements",
            "Statements",
            "powa_statements",
            "queryid",
            Some(format!("{prefix_text}/server/{id}/query/")),
        ),
        (
            "tables",
            "Tables",
            "powa_tables",
            "relid",
            // A table's garbage heat map, where garbagemap runs.
            (id == 0 && garbagemap).then(|| format!("{prefix_text}/server/{id}/garbage/")),
        ),
        ("indexes", "Indexes", "powa_indexes", "indexrelid", None),
    ] {
        let mut request = match params.grid(&state, grid_id, title, source, csv(source)) {
            Ok(request) => request,
            Err(response) => return response,
        };
        request.only = Some(("dbid", datid));
        request.link = link.map(|before| (link_column, before, format!("?{}", params.base())));
        request.default_sort = Some(match grid_id {
            "statements" => "total_exec_time",
            "tables" => "seq_tup_read",
            _ => "idx_scan",
        });
        request.csv_path = format!("{}?db={datid}", request.csv_path);
        requests.push(request);
    }
    let range = params.range;
    // The database's statements: its group of the statements' totals.
    let group = datid.to_string();
    let charts = async {
        let mut charts = crate::charts::charts(
            &session,
            &[crate::statements::DATABASE_ACTIVITY],
            id,
            &range,
            Rows::Ids(&database_ids),
        )
        .await?;
        charts.extend(
            crate::charts::charts(
                &session,
                crate::statements::STATEMENT_CHARTS,
                id,
                &range,
                Rows::Group(&group),
            )
            .await?,
        );
        Ok::<_, Failure>(charts)
    };
    let mut grids = Vec::new();
    let mut missing = Vec::new();
    let available = match crate::grids::sources(&session).await {
        Ok(sources) => sources,
        Err(failure) => return failure_page(&state, failure),
    };
    for request in requests {
        if !available.iter().any(|s| s == request.source) {
            missing.push(request.source);
            continue;
        }
        match crate::grids::grid(&session, request, id, &range).await {
            Ok(grid) => grids.push(grid),
            Err(failure) => return grid_failure(&state, failure),
        }
    }
    let charts = match charts.await {
        Ok(charts) => charts,
        Err(failure) => return failure_page(&state, failure),
    };
    let suggestions = async {
        if !crate::extensions::qualstats_collected(&session, id).await? {
            return Ok(None);
        }
        crate::extensions::suggestions(&session, id, datid, &range, None)
            .await
            .map(Some)
    };
    let suggestions = match suggestions.await {
        Ok(suggestions) => suggestions,
        Err(failure) => return failure_page(&state, failure),
    };
    let mut functions_note = "Functions: no source collects pg_stat_user_functions yet.".to_owned();
    if !missing.is_empty() {
        functions_note = format!(
            "{functions_note} Not collected here: {} (their plugins are not in walker.plugins).",
            missing.join(", ")
        );
    }
    render(
        &DatabasePage {
            server_link: format!("{prefix_text}/server/{id}?{}", params.base()),
            prefix: prefix_text,
            role: session.role.clone(),
            csrf: session.csrf.clone(),
            server_name,
            database,
            range: range_bar(&params.page, &range, Vec::new()),
            charts_json: crate::charts::page_json(&charts),
            charts,
            grids,
            functions_note,
            suggestions,
        },
        StatusCode::OK,
    )
}

#[derive(Template)]
#[template(path = "source.html")]
struct SourcePage {
    prefix: String,
    role: String,
    csrf: String,
    server_name: String,
    server_link: String,
    source: String,
    range: RangeBar,
    charts: Vec<Chart>,
    charts_json: String,
    grids: Vec<Grid>,
    no_grid: String,
}

/// Any counter-history source: a chart per counter of its layout (gauges
/// drawn as values, the others per second), and the grid of its deltas.
pub async fn source_page(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path((id, source)): Path<(i32, String)>,
    Query(all): Query<HashMap<String, String>>,
) -> Response {
    let (session, params, server_name) = match begin(&state, &headers, id, all).await {
        Ok(begun) => begun,
        Err(response) => return response,
    };
    let source = match find_source(&state, &session, source).await {
        Ok(source) => source,
        Err(response) => return response,
    };
    let range = params.range;
    let charts = match crate::charts::source_charts(&session, &source, id, &range).await {
        Ok(charts) => charts,
        Err(failure) => return failure_page(&state, failure),
    };
    let has_deltas = match has(&session, Catalog::Function, &format!("{source}_deltas")).await {
        Ok(found) => found,
        Err(failure) => return failure_page(&state, failure),
    };
    let prefix_text = prefix(&state);
    let mut grids = Vec::new();
    if has_deltas {
        let request = match params.grid(
            &state,
            "deltas",
            "Deltas over the range",
            &source,
            format!("{prefix_text}/server/{id}/csv/{source}"),
        ) {
            Ok(request) => request,
            Err(response) => return response,
        };
        match crate::grids::grid(&session, request, id, &range).await {
            Ok(grid) => grids.push(grid),
            Err(failure) => return grid_failure(&state, failure),
        }
    }
    render(
        &SourcePage {
            server_link: format!("{prefix_text}/server/{id}?{}", params.base()),
            prefix: prefix_text,
            role: session.role.clone(),
            csrf: session.csrf.clone(),
            server_name,
            no_grid: format!("{source} has no {source}_deltas function to read rows from."),
            source,
            range: range_bar(&params.page, &range, Vec::new()),
            charts_json: crate::charts::page_json(&charts),
            charts,
            grids,
        },
        StatusCode::OK,
    )
}

/// Any grid as CSV: `/server/{id}/csv/{source}?from&to&sort&order[&db]`.
pub async fn grid_csv(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path((id, source)): Path<(i32, String)>,
    Query(all): Query<HashMap<String, String>>,
) -> Response {
    let (session, params, _) = match begin(&state, &headers, id, all).await {
        Ok(begun) => begun,
        Err(response) => return response,
    };
    let source = match find_source(&state, &session, source).await {
        Ok(source) => source,
        Err(response) => return response,
    };
    let only = match params.all.get("db") {
        Some(db) => match db.parse::<u32>() {
            Ok(datid) => Some(("dbid", datid)),
            Err(_) => return bad_request(&state, format!("db={db:?}: a database oid")),
        },
        None => None,
    };
    let request = GridRequest {
        id: "csv",
        title: "",
        source: &source,
        only,
        link: None,
        sort: params.all.get("sort").cloned(),
        order: params.all.get("order").cloned(),
        default_sort: None,
        page: 1,
        base: params.base(),
        csv_path: String::new(),
    };
    match crate::grids::csv(&session, &request, id, &params.range).await {
        Ok(csv) => csv_response(&format!("server-{id}-{source}.csv"), csv),
        Err(failure) => grid_failure(&state, failure),
    }
}
