//! Charts: a counter-history source's `<prefix>_series` (downsampled in
//! the repository to about [`POINTS`] buckets) turned into lines, and the
//! JSON the page's script (`static/charts.js`, drawing with uPlot) reads.
//! A chart names its counters; those the server's version lacks are left
//! out, and a chart left with nothing says why instead of drawing.

use crate::app::{has, query, Catalog, Failure};
use crate::range::{sql_time, Range};
use crate::session::Session;
use serde::Serialize;
use tokio_postgres::types::ToSql;

/// Points per chart: about the width in pixels of a chart drawn two per
/// row, so a day of snapshots costs the browser no more than ten minutes.
pub const POINTS: i32 = 300;

/// How a line's value comes from one bucket's counter deltas.
#[derive(Debug, Clone, Copy)]
pub enum Value {
    /// The counters' sum per second, times `scale`.
    Rate(&'static [&'static str], f64),
    /// 100 × part / (part + rest), in %: a hit ratio.
    Share {
        part: &'static [&'static str],
        rest: &'static [&'static str],
    },
    /// 100 × part / whole, in %: full-page images among WAL records.
    Ratio {
        part: &'static [&'static str],
        whole: &'static [&'static str],
    },
}

#[derive(Debug, Clone, Copy)]
pub struct Line {
    pub label: &'static str,
    pub value: Value,
}

pub const fn rate(label: &'static str, counters: &'static [&'static str]) -> Line {
    Line {
        label,
        value: Value::Rate(counters, 1.0),
    }
}

#[derive(Debug, Clone, Copy)]
pub struct ChartSpec {
    /// The element id (tests find charts by it).
    pub id: &'static str,
    pub title: &'static str,
    pub unit: &'static str,
    /// The counter-history source: its `<prefix>_series` and `_layout`.
    pub source: &'static str,
    pub lines: &'static [Line],
}

/// What the page's script draws.
#[derive(Debug, Serialize, PartialEq)]
pub struct Chart {
    pub id: String,
    pub title: String,
    pub unit: String,
    pub labels: Vec<String>,
    /// Unix seconds of each point (the bucket's last snapshot).
    pub x: Vec<i64>,
    /// Per line, a value per point.
    pub ys: Vec<Vec<Option<f64>>>,
    /// Stacked lines: each is drawn on top of the ones before.
    pub stacked: bool,
    /// Why nothing is drawn, when nothing is.
    pub empty: Option<String>,
    /// Events drawn across the chart (setting changes, restarts).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub markers: Vec<Marker>,
}

/// An event at a time: a dashed line with its label.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Marker {
    /// Unix seconds.
    pub x: i64,
    pub label: String,
}

impl Chart {
    fn empty(spec_id: &str, title: &str, unit: &str, reason: String) -> Self {
        Self {
            id: spec_id.to_owned(),
            title: title.to_owned(),
            unit: unit.to_owned(),
            labels: Vec::new(),
            x: Vec::new(),
            ys: Vec::new(),
            stacked: false,
            empty: Some(reason),
            markers: Vec::new(),
        }
    }
}

/// A source's counter names, in the order of its arrays.
#[derive(Debug, Default, Clone)]
pub struct Layout {
    pub ints: Vec<String>,
    pub floats: Vec<String>,
}

/// Which rows of a source a chart sums.
#[derive(Debug, Clone, Copy)]
pub enum Rows<'a> {
    /// The whole server (its per-snapshot totals).
    All,
    /// These rows' samples (a query, a database's row).
    Ids(&'a [i64]),
    /// One group of the source's totals (`totals_by`: a database's
    /// statements).
    Group(&'a str),
}

/// One bucket of `<prefix>_series`.
#[derive(Debug, Clone)]
pub struct Bucket {
    pub ts: i64,
    pub seconds: f64,
    pub ints: Vec<Option<i64>>,
    pub floats: Vec<Option<f64>>,
}

impl Bucket {
    /// A counter's delta in this bucket; None when the layout lacks it.
    fn counter(&self, layout: &Layout, name: &str) -> Option<f64> {
        if let Some(i) = layout.ints.iter().position(|n| n == name) {
            return Some(self.ints.get(i).copied().flatten().unwrap_or(0) as f64);
        }
        layout
            .floats
            .iter()
            .position(|n| n == name)
            .map(|i| self.floats.get(i).copied().flatten().unwrap_or(0.0))
    }

    fn sum(&self, layout: &Layout, names: &[&str]) -> f64 {
        names
            .iter()
            .filter_map(|n| self.counter(layout, n))
            .sum::<f64>()
    }
}

fn has_any(layout: &Layout, names: &[&str]) -> bool {
    names
        .iter()
        .any(|n| layout.ints.iter().chain(&layout.floats).any(|c| c == n))
}

/// A line's value in a bucket: None when it means nothing there (a ratio
/// of no block access, a bucket of no time).
pub fn line_value(bucket: &Bucket, layout: &Layout, value: Value) -> Option<f64> {
    match value {
        Value::Rate(names, scale) => {
            (bucket.seconds > 0.0).then(|| bucket.sum(layout, names) / bucket.seconds * scale)
        }
        Value::Share { part, rest } => {
            let part = bucket.sum(layout, part);
            let whole = part + bucket.sum(layout, rest);
            (whole > 0.0).then(|| 100.0 * part / whole)
        }
        Value::Ratio { part, whole } => {
            let whole = bucket.sum(layout, whole);
            (whole > 0.0).then(|| 100.0 * bucket.sum(layout, part) / whole)
        }
    }
}

/// The chart of `spec` from a source's layout and buckets.
pub fn build(spec: &ChartSpec, layout: &Layout, buckets: &[Bucket]) -> Chart {
    let lines: Vec<&Line> = spec
        .lines
        .iter()
        .filter(|line| match line.value {
            Value::Rate(names, _) => has_any(layout, names),
            Value::Share { part, .. } | Value::Ratio { part, .. } => has_any(layout, part),
        })
        .collect();
    if lines.is_empty() {
        return Chart::empty(
            spec.id,
            spec.title,
            spec.unit,
            "this server's PostgreSQL has none of these counters".to_owned(),
        );
    }
    if buckets.is_empty() {
        return Chart::empty(
            spec.id,
            spec.title,
            spec.unit,
            "fewer than two snapshots in this range".to_owned(),
        );
    }
    Chart {
        id: spec.id.to_owned(),
        title: spec.title.to_owned(),
        unit: spec.unit.to_owned(),
        labels: lines.iter().map(|l| l.label.to_owned()).collect(),
        x: buckets.iter().map(|b| b.ts).collect(),
        ys: lines
            .iter()
            .map(|line| {
                buckets
                    .iter()
                    .map(|b| line_value(b, layout, line.value))
                    .collect()
            })
            .collect(),
        stacked: false,
        empty: None,
        markers: Vec::new(),
    }
}

/// A source's series for server `srvid` over `range`, for some of its ids
/// or all; `Ok(None)` when the repository has no such source or it never
/// collected for this server.
pub async fn series(
    session: &Session,
    source: &str,
    srvid: i32,
    range: &Range,
    rows: Rows<'_>,
) -> Result<Option<(Layout, Vec<Bucket>)>, Failure> {
    let Some(layout) = layout(session, source, srvid).await? else {
        return Ok(None);
    };
    Ok(Some((
        layout,
        buckets(session, source, srvid, range, rows).await?,
    )))
}

/// A source's counter names for server `srvid`; None when the repository
/// has no such source or it never collected for this server.
pub async fn layout(
    session: &Session,
    source: &str,
    srvid: i32,
) -> Result<Option<Layout>, Failure> {
    let exists = query(
        session,
        "SELECT to_regproc($1) IS NOT NULL AND to_regclass($2) IS NOT NULL",
        &[&format!("{source}_series"), &format!("{source}_layout")],
    )
    .await?;
    if !exists.first().is_some_and(|row| row.get::<_, bool>(0)) {
        return Ok(None);
    }
    // `source` is one of the pages' fixed names or a name the repository
    // listed (`sources`), never a URL's text.
    let rows = query(
        session,
        &format!("SELECT ints, floats FROM {source}_layout WHERE srvid = $1"),
        &[&srvid],
    )
    .await?;
    Ok(rows.first().map(|row| Layout {
        ints: row.get(0),
        floats: row.get(1),
    }))
}

fn bucket(row: &tokio_postgres::Row) -> Bucket {
    Bucket {
        ts: row.get("epoch"),
        seconds: row.get("seconds"),
        ints: row.get("ints"),
        floats: row.get("floats"),
    }
}

/// The buckets of `<source>_series` (the source exists: `layout` said so).
async fn buckets(
    session: &Session,
    source: &str,
    srvid: i32,
    range: &Range,
    rows: Rows<'_>,
) -> Result<Vec<Bucket>, Failure> {
    let (from, to) = (sql_time(range.from), sql_time(range.to));
    let select = "SELECT extract(epoch FROM ts)::bigint AS epoch, seconds, ints, floats";
    let found = match rows {
        Rows::All | Rows::Ids(_) => {
            let ids: Option<Vec<i64>> = match rows {
                Rows::Ids(ids) => Some(ids.to_vec()),
                _ => None,
            };
            let params: [&(dyn ToSql + Sync); 5] = [&srvid, &from, &to, &POINTS, &ids];
            query(
                session,
                &format!(
                    "{select} FROM {source}_series($1, $2::text::timestamptz,
                                                   $3::text::timestamptz, $4, $5)"
                ),
                &params,
            )
            .await?
        }
        Rows::Group(group) => {
            let params: [&(dyn ToSql + Sync); 5] = [&srvid, &from, &to, &POINTS, &group];
            query(
                session,
                &format!(
                    "{select} FROM {source}_totals_series($1, $2::text::timestamptz,
                                                          $3::text::timestamptz, $4, true)
                      WHERE grp = $5"
                ),
                &params,
            )
            .await?
        }
    };
    Ok(found.iter().map(bucket).collect())
}

/// Each group's buckets of `<source>_totals_series`, in group order.
async fn group_buckets(
    session: &Session,
    source: &str,
    srvid: i32,
    range: &Range,
) -> Result<Vec<(String, Vec<Bucket>)>, Failure> {
    let (from, to) = (sql_time(range.from), sql_time(range.to));
    let params: [&(dyn ToSql + Sync); 4] = [&srvid, &from, &to, &POINTS];
    let found = query(
        session,
        &format!(
            "SELECT grp, extract(epoch FROM ts)::bigint AS epoch, seconds, ints, floats
               FROM {source}_totals_series($1, $2::text::timestamptz, $3::text::timestamptz,
                                           $4, true)"
        ),
        &params,
    )
    .await?;
    let mut groups: Vec<(String, Vec<Bucket>)> = Vec::new();
    for row in &found {
        let group: String = row.get("grp");
        match groups.last_mut() {
            Some((last, buckets)) if *last == group => buckets.push(bucket(row)),
            _ => groups.push((group, vec![bucket(row)])),
        }
    }
    Ok(groups)
}

/// The charts of `specs`, each source's series read once (concurrently,
/// on the session's pool) for all the charts drawn from it.
pub async fn charts(
    session: &Session,
    specs: &[ChartSpec],
    srvid: i32,
    range: &Range,
    rows: Rows<'_>,
) -> Result<Vec<Chart>, Failure> {
    let mut sources: Vec<&str> = specs.iter().map(|s| s.source).collect();
    sources.sort_unstable();
    sources.dedup();
    let fetched = futures_util::future::join_all(
        sources
            .iter()
            .map(|source| series(session, source, srvid, range, rows)),
    )
    .await;
    let mut by_source = std::collections::HashMap::new();
    for (source, result) in sources.iter().zip(fetched) {
        by_source.insert(*source, result?);
    }
    Ok(specs
        .iter()
        .map(|spec| match &by_source[spec.source] {
            Some((layout, buckets)) => build(spec, layout, buckets),
            None => not_collected(spec),
        })
        .collect())
}

fn nothing_sampled(spec: &ChartSpec) -> Chart {
    Chart::empty(
        spec.id,
        spec.title,
        spec.unit,
        "nothing sampled in this range".to_owned(),
    )
}

fn not_collected(spec: &ChartSpec) -> Chart {
    Chart::empty(
        spec.id,
        spec.title,
        spec.unit,
        format!(
            "nothing collected: the repository has no {} history for this server",
            spec.source
        ),
    )
}

/// A chart per counter of a source's layout, for the source's page: the
/// counters it declares, with no UI code of its own. Gauges (the source's
/// `<prefix>_gauges()`) are drawn as values summed over its rows, the
/// others per second.
pub async fn source_charts(
    session: &Session,
    source: &str,
    srvid: i32,
    range: &Range,
) -> Result<Vec<Chart>, Failure> {
    let Some((layout, buckets)) = series(session, source, srvid, range, Rows::All).await? else {
        return Ok(vec![Chart::empty(
            "none",
            source,
            "",
            format!("nothing collected: the repository has no {source} history for this server"),
        )]);
    };
    let gauges: Vec<String> =
        match has(session, Catalog::Function, &format!("{source}_gauges")).await? {
            true => query(session, &format!("SELECT {source}_gauges()"), &[]).await?[0].get(0),
            false => Vec::new(),
        };
    Ok(counter_charts(&layout, &gauges, &buckets))
}

/// One chart per counter of `layout`.
pub fn counter_charts(layout: &Layout, gauges: &[String], buckets: &[Bucket]) -> Vec<Chart> {
    layout
        .ints
        .iter()
        .chain(&layout.floats)
        .map(|name| {
            let gauge = gauges.contains(name);
            let unit = if gauge { "value" } else { "per second" };
            if buckets.is_empty() {
                return Chart::empty(
                    name,
                    name,
                    unit,
                    "fewer than two snapshots in this range".to_owned(),
                );
            }
            Chart {
                id: name.clone(),
                title: name.clone(),
                unit: unit.to_owned(),
                labels: vec![name.clone()],
                x: buckets.iter().map(|b| b.ts).collect(),
                ys: vec![buckets
                    .iter()
                    .map(|b| {
                        let value = b.counter(layout, name)?;
                        if gauge {
                            Some(value)
                        } else {
                            (b.seconds > 0.0).then(|| value / b.seconds)
                        }
                    })
                    .collect()],
                stacked: false,
                empty: None,
                markers: Vec::new(),
            }
        })
        .collect()
}

/// Lines of one chart, one per group of ids (waits per event type),
/// stacked: each line is the sum of itself and the ones before, so the
/// top one is the total.
pub async fn stacked_chart(
    session: &Session,
    spec: &ChartSpec,
    srvid: i32,
    range: &Range,
    groups: &[(String, Vec<i64>)],
) -> Result<Chart, Failure> {
    if groups.is_empty() {
        return Ok(nothing_sampled(spec));
    }
    // The layout once, then each group's buckets.
    let Some(layout) = layout(session, spec.source, srvid).await? else {
        return Ok(not_collected(spec));
    };
    let fetched = futures_util::future::join_all(
        groups
            .iter()
            .map(|(_, ids)| buckets(session, spec.source, srvid, range, Rows::Ids(ids))),
    )
    .await;
    let mut parts = Vec::new();
    for ((label, _), result) in groups.iter().zip(fetched) {
        parts.push((label.clone(), build(spec, &layout, &result?)));
    }
    Ok(stack(spec, parts))
}

/// Lines of one chart, one per group of the source's totals (the whole
/// server's waits per event type), stacked: read in one query whatever
/// the number of rows.
pub async fn grouped_chart(
    session: &Session,
    spec: &ChartSpec,
    srvid: i32,
    range: &Range,
) -> Result<Chart, Failure> {
    let Some(layout) = layout(session, spec.source, srvid).await? else {
        return Ok(not_collected(spec));
    };
    let groups = group_buckets(session, spec.source, srvid, range).await?;
    if groups.is_empty() {
        return Ok(nothing_sampled(spec));
    }
    let parts = groups
        .into_iter()
        .map(|(group, buckets)| {
            let chart = build(spec, &layout, &buckets);
            (group, chart)
        })
        .collect();
    Ok(stack(spec, parts))
}

/// Sums charts of one line each (same spec, different ids) into stacked
/// lines on the union of their points.
pub fn stack(spec: &ChartSpec, parts: Vec<(String, Chart)>) -> Chart {
    let parts: Vec<(String, Chart)> = parts
        .into_iter()
        .filter(|(_, chart)| chart.empty.is_none() && !chart.ys.is_empty())
        .collect();
    if parts.is_empty() {
        return Chart::empty(
            spec.id,
            spec.title,
            spec.unit,
            "fewer than two snapshots in this range".to_owned(),
        );
    }
    let mut x: Vec<i64> = parts.iter().flat_map(|(_, c)| c.x.clone()).collect();
    x.sort_unstable();
    x.dedup();
    let mut below = vec![0.0; x.len()];
    let mut ys = Vec::new();
    for (_, chart) in &parts {
        let mut line = below.clone();
        for (ts, value) in chart.x.iter().zip(&chart.ys[0]) {
            let i = x
                .binary_search(ts)
                .expect("x is the union of the parts' points");
            line[i] += value.unwrap_or(0.0);
        }
        below.clone_from(&line);
        ys.push(line.into_iter().map(Some).collect());
    }
    Chart {
        id: spec.id.to_owned(),
        title: spec.title.to_owned(),
        unit: spec.unit.to_owned(),
        labels: parts.into_iter().map(|(label, _)| label).collect(),
        x,
        ys,
        stacked: true,
        empty: None,
        markers: Vec::new(),
    }
}

/// A sparkline's SVG polyline points (120 x 24, highest value at the top)
/// from a series; None when it has fewer than two values.
pub fn sparkline(values: &[Option<f64>]) -> Option<String> {
    let points: Vec<(usize, f64)> = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.filter(|v| v.is_finite()).map(|v| (i, v)))
        .collect();
    if points.len() < 2 {
        return None;
    }
    let top = points.iter().map(|p| p.1).fold(0.0, f64::max);
    let last = (values.len() - 1).max(1) as f64;
    Some(
        points
            .iter()
            .map(|(i, v)| {
                let y = if top > 0.0 {
                    22.0 - 20.0 * v / top
                } else {
                    22.0
                };
                format!("{:.1},{:.1}", *i as f64 * 120.0 / last, y)
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The charts as the JSON the page embeds in a `<script
/// type="application/json">` element: `<`, `>` and `&` escaped so no text
/// (a chart label from the repository) can close that element.
pub fn page_json(charts: &[Chart]) -> String {
    serde_json::to_string(charts)
        .expect("charts serialize")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout() -> Layout {
        Layout {
            ints: vec![
                "calls".into(),
                "shared_blks_hit".into(),
                "shared_blks_read".into(),
            ],
            floats: vec!["total_exec_time".into()],
        }
    }

    fn bucket(ts: i64, seconds: f64, ints: [i64; 3], time: f64) -> Bucket {
        Bucket {
            ts,
            seconds,
            ints: ints.iter().map(|v| Some(*v)).collect(),
            floats: vec![Some(time)],
        }
    }

    const SPEC: ChartSpec = ChartSpec {
        id: "blocks",
        title: "Blocks",
        unit: "/s",
        source: "powa_statements",
        lines: &[
            rate("hit", &["shared_blks_hit"]),
            rate("read", &["shared_blks_read"]),
            rate("dirtied", &["shared_blks_dirtied"]),
            Line {
                label: "hit ratio",
                value: Value::Share {
                    part: &["shared_blks_hit"],
                    rest: &["shared_blks_read"],
                },
            },
        ],
    };

    #[test]
    fn lines_are_rates_and_shares_of_the_buckets() {
        let buckets = [
            bucket(100, 10.0, [5, 90, 10], 1.0),
            bucket(110, 10.0, [0, 0, 0], 0.0),
        ];
        let chart = build(&SPEC, &layout(), &buckets);
        // "dirtied" is not in this layout: left out.
        assert_eq!(chart.labels, ["hit", "read", "hit ratio"]);
        assert_eq!(chart.x, [100, 110]);
        assert_eq!(chart.ys[0], [Some(9.0), Some(0.0)]);
        assert_eq!(chart.ys[1], [Some(1.0), Some(0.0)]);
        // No block accessed: no ratio, not 0 %.
        assert_eq!(chart.ys[2], [Some(90.0), None]);
        assert_eq!(chart.empty, None);
    }

    #[test]
    fn an_empty_chart_says_why() {
        let chart = build(&SPEC, &layout(), &[]);
        assert_eq!(
            chart.empty.as_deref(),
            Some("fewer than two snapshots in this range")
        );
        let chart = build(&SPEC, &Layout::default(), &[bucket(1, 1.0, [1, 1, 1], 1.0)]);
        assert!(chart.empty.unwrap().contains("none of these counters"));
    }

    #[test]
    fn stacked_lines_add_up_on_the_union_of_points() {
        let one = |x: Vec<i64>, y: Vec<f64>| Chart {
            id: "w".into(),
            title: "w".into(),
            unit: "".into(),
            labels: vec!["l".into()],
            x,
            ys: vec![y.into_iter().map(Some).collect()],
            stacked: false,
            empty: None,
            markers: Vec::new(),
        };
        let chart = stack(
            &SPEC,
            vec![
                ("CPU".into(), one(vec![1, 2], vec![1.0, 2.0])),
                ("Lock".into(), one(vec![2, 3], vec![10.0, 20.0])),
            ],
        );
        assert_eq!(chart.x, [1, 2, 3]);
        assert_eq!(chart.ys[0], [Some(1.0), Some(2.0), Some(0.0)]);
        assert_eq!(chart.ys[1], [Some(1.0), Some(12.0), Some(20.0)]);
        assert!(chart.stacked);
    }

    #[test]
    fn a_source_gets_a_chart_per_counter_gauges_as_values() {
        let charts = counter_charts(
            &layout(),
            &["shared_blks_read".to_owned()],
            &[bucket(100, 10.0, [5, 90, 10], 2.0)],
        );
        let titles: Vec<&str> = charts.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "calls",
                "shared_blks_hit",
                "shared_blks_read",
                "total_exec_time"
            ]
        );
        assert_eq!(charts[0].ys[0], [Some(0.5)]);
        assert_eq!(charts[2].ys[0], [Some(10.0)]);
        assert_eq!(charts[2].unit, "value");
        assert_eq!(charts[3].ys[0], [Some(0.2)]);
    }

    #[test]
    fn sparklines_span_their_box() {
        assert_eq!(
            sparkline(&[Some(0.0), None, Some(10.0)]).as_deref(),
            Some("0.0,22.0 120.0,2.0")
        );
        assert_eq!(sparkline(&[Some(1.0)]), None);
    }

    #[test]
    fn the_page_json_cannot_close_its_script_element() {
        let mut chart = Chart::empty("c", "</script><b>", "", "x".into());
        chart.labels.push("a&b".into());
        let json = page_json(&[chart]);
        assert!(!json.contains('<') && !json.contains('&'), "{json}");
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back[0]["title"], "</script><b>");
    }
}
