//! Events as the dashboard's table shows them: flat rows, sorted by any
//! column, a page at a time, narrowed by quad class and by words of the
//! evidence (which the store's own query cannot do).

use rusqlite::{params_from_iter, Connection};
use serde::Serialize;
use sitrep_store::EventFilter;

use super::filter::Where;
use super::{check_text_query, fail};
use crate::error::{ApiError, ApiResult};
use crate::params::Narrowing;

/// A sortable column and its direction.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Order {
    column: &'static str,
    descending: bool,
}

/// Sortable columns: the name the API takes, and its SQL.
const COLUMNS: &[(&str, &str)] = &[
    ("day", "e.day"),
    ("source", "e.source_code"),
    ("target", "e.target_code"),
    ("cameo", "e.cameo"),
    ("goldstein", "e.goldstein"),
    ("certainty", "e.certainty"),
    ("attribution", "e.attribution_kind"),
    ("outlet", "d.outlet"),
];

impl Order {
    /// `day`, `-goldstein`…: a column, descending with a leading `-`.
    pub fn parse(v: Option<&str>) -> ApiResult<Self> {
        let v = v.unwrap_or("day");
        let (name, descending) = match v.strip_prefix('-') {
            Some(n) => (n, true),
            None => (v, false),
        };
        match COLUMNS.iter().find(|(n, _)| *n == name) {
            Some((_, column)) => Ok(Self { column, descending }),
            None => Err(ApiError::bad_request(format!(
                "`sort` must be one of {} (a leading - sorts descending), not {v:?}",
                COLUMNS.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
            ))),
        }
    }
}

#[derive(Debug, Serialize)]
pub(crate) struct EventRows {
    /// Matching events, counted up to 10,000.
    pub total: u64,
    pub total_capped: bool,
    pub limit: u32,
    pub offset: u32,
    pub rows: Vec<EventRow>,
}

#[derive(Debug, Serialize)]
pub(crate) struct EventRow {
    pub id: i64,
    pub day: Option<String>,
    /// The event date's precision (`day`, `month`, `year`); `null` when its
    /// day is the publication date.
    pub date_precision: Option<String>,
    pub source: Option<String>,
    pub source_text: Option<String>,
    pub target: Option<String>,
    pub target_text: Option<String>,
    pub cameo: String,
    pub plover_type: Option<String>,
    pub quad_class: Option<i64>,
    pub goldstein: Option<f64>,
    pub certainty: String,
    pub attribution_kind: String,
    pub attribution_text: Option<String>,
    pub doc: i64,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub evidence: String,
    /// The evidence's byte span in its document.
    pub span: [i64; 2],
    /// With `sentences=true`: the sentence around the evidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<crate::routes::Context>,
}

/// Counted no further than this, as `/api/events` counts.
const TOTAL_CAP: u64 = 10_000;

/// The deepest page (offset + limit) read by walking the days in order: at
/// 1% of the events matching, about 100 times as many rows are read.
const WALK_MAX: u64 = 2_000;

pub(crate) fn event_rows(
    conn: &Connection,
    filter: &EventFilter,
    narrow: &Narrowing,
    order: Order,
    limit: u32,
    offset: u32,
) -> ApiResult<EventRows> {
    check_text_query(conn, filter.text.as_deref())?;
    let w = Where::new(filter).narrow(narrow);
    let count_sql = format!("SELECT COUNT(*) FROM ({} LIMIT {})", w.union("1"), TOTAL_CAP + 1);
    let n = conn.query_row(&count_sql, params_from_iter(&w.params), |r| r.get::<_, i64>(0)).map_err(fail("count events"))? as u64;
    let mut w = w;
    let (lim, off) = (w.param(i64::from(limit)), w.param(i64::from(offset)));
    let dir = if order.descending { "DESC" } else { "ASC" };
    // Rows without a value sort last either way (SQLite puts NULLs last when
    // descending, so only an ascending order needs the `IS NULL` key, and a
    // descending one reads an index such as migration 0011's `events_recent`
    // in order), and the id keeps pages stable.
    let nulls_last = if order.descending { String::new() } else { format!("{} IS NULL, ", order.column) };
    // Newest first among more than TOTAL_CAP matches (1% of a million
    // events or more): walking the days in order meets a page of them within
    // a few thousand rows, where the planner may instead gather every match
    // of an actor's index ranges and sort them all (80,000 events: 1.1 s).
    let walk = n > TOTAL_CAP && order.column == "e.day" && order.descending && u64::from(limit) + u64::from(offset) <= WALK_MAX;
    let events = if walk { "events e INDEXED BY events_recent" } else { "events e" };
    let sql = format!(
        "SELECT e.id, e.day, e.date_precision, e.source_code, e.source_text, e.target_code, e.target_text, e.cameo,
                e.plover_type, e.quad_class, e.goldstein, e.certainty, e.attribution_kind, e.attribution_text,
                d.id, d.outlet, d.title, d.url,
                CAST(substr(CAST(d.text AS BLOB), e.span_start + 1, e.span_end - e.span_start) AS TEXT),
                e.span_start, e.span_end
         FROM {events} JOIN documents d ON d.id = e.doc {}
         ORDER BY {nulls_last}{col} {dir}, e.id {dir} LIMIT {lim} OFFSET {off}",
        w.sql(),
        col = order.column,
    );
    let mut st = conn.prepare(&sql).map_err(fail("event rows"))?;
    let rows = st
        .query_map(params_from_iter(&w.params), |r| {
            Ok(EventRow {
                id: r.get(0)?,
                day: r.get(1)?,
                date_precision: r.get(2)?,
                source: r.get(3)?,
                source_text: r.get(4)?,
                target: r.get(5)?,
                target_text: r.get(6)?,
                cameo: r.get(7)?,
                plover_type: r.get(8)?,
                quad_class: r.get(9)?,
                goldstein: r.get(10)?,
                certainty: r.get(11)?,
                attribution_kind: r.get(12)?,
                attribution_text: r.get(13)?,
                doc: r.get(14)?,
                outlet: r.get(15)?,
                title: r.get(16)?,
                url: r.get(17)?,
                evidence: r.get::<_, Option<String>>(18)?.unwrap_or_default(),
                span: [r.get(19)?, r.get(20)?],
                context: None,
            })
        })
        .map_err(fail("event rows"))?;
    let rows = rows.collect::<rusqlite::Result<_>>().map_err(fail("event rows"))?;
    Ok(EventRows { total: n.min(TOTAL_CAP), total_capped: n > TOTAL_CAP, limit, offset, rows })
}

/// The header and rows of the table as CSV.
pub(crate) fn csv(rows: &[EventRow]) -> String {
    let mut out = String::new();
    crate::download::csv_line(
        &mut out,
        &[
            "id", "day", "date_precision", "source", "source_text", "cameo", "plover_type", "quad_class", "goldstein", "target",
            "target_text", "certainty", "attribution_kind", "attribution_text", "document", "outlet", "title", "url", "evidence",
        ],
    );
    for r in rows {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let evidence: String = r.evidence.split_whitespace().collect::<Vec<_>>().join(" ");
        crate::download::csv_line(
            &mut out,
            &[
                &r.id.to_string(),
                &opt(&r.day),
                &opt(&r.date_precision),
                &opt(&r.source),
                &opt(&r.source_text),
                &r.cameo,
                &opt(&r.plover_type),
                &r.quad_class.map(|q| q.to_string()).unwrap_or_default(),
                &r.goldstein.map(|g| g.to_string()).unwrap_or_default(),
                &opt(&r.target),
                &opt(&r.target_text),
                &r.certainty,
                &r.attribution_kind,
                &opt(&r.attribution_text),
                &r.doc.to_string(),
                &opt(&r.outlet),
                &opt(&r.title),
                &opt(&r.url),
                &evidence,
            ],
        );
    }
    out
}
