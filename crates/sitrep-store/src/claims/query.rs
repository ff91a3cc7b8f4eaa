//! Reading claims back: a filtered, sorted page, and one claim with its
//! evidence.

use std::collections::BTreeMap;

use rusqlite::{params_from_iter, Connection, OptionalExtension, Row};
use serde::Serialize;

use super::status::Status;
use crate::error::{Result, SqlContext};
use crate::filter::{EventFilter, Sql};
use crate::plan::{Plan, SELECTIVE};

/// Which claims to list, in what order.
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    /// A claim is selected when any of its readings (supporting or denying)
    /// matches; `limit` and `offset` of the event filter are ignored.
    pub events: EventFilter,
    /// Any of these statuses; empty for all.
    pub status: Vec<Status>,
    pub sort: ClaimSort,
    /// `None` for all.
    pub limit: Option<u32>,
    pub offset: u32,
}

/// The order of a claim list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ClaimSort {
    /// Most independent outlets first, then most documents.
    #[default]
    Outlets,
    /// Most recently seen first.
    Recency,
    /// Contested, denied-only, corroborated, single-source; then by outlets.
    Status,
}

impl std::str::FromStr for ClaimSort {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "outlets" => Ok(Self::Outlets),
            "recency" => Ok(Self::Recency),
            "status" => Ok(Self::Status),
            _ => Err(format!("unknown claim order {s:?}: one of outlets, recency, status")),
        }
    }
}

/// One claim: a statement about the world and how it is supported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub id: i64,
    pub status: Status,
    /// Its canonical wording: the most representative evidence.
    pub text: String,
    pub source: Option<String>,
    pub target: Option<String>,
    pub cameo: String,
    pub plover: Option<String>,
    /// Distinct outlets of the supporting stories; a reprint counts once.
    pub independent_outlets: u64,
    /// Outlets of every supporting document, reprints included.
    pub outlets: Vec<String>,
    /// Supporting documents, by their ids as ingested.
    pub documents: Vec<String>,
    /// Documents that deny it, by their ids as ingested.
    pub denials: Vec<String>,
    /// Supporting readings (events).
    pub events: u64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// Strongest and weakest certainty of the supporting readings.
    pub strongest: Option<String>,
    pub weakest: Option<String>,
    /// Supporting readings per attribution kind (anonymous, named_official…).
    pub credited: BTreeMap<String, u64>,
    /// An official or actor of a party to the claim is credited with it.
    pub party_confirmed: bool,
}

/// A page of claims.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimPage {
    /// Claims the filter selects, ignoring limit and offset, counted up to
    /// [`CLAIM_COUNT_CAP`].
    pub total: u64,
    /// More claims match than `total` says.
    pub total_capped: bool,
    pub claims: Vec<Claim>,
}

/// One reading of a claim, for its detail.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimReading {
    pub event: i64,
    /// `supports` or `denies`.
    pub stance: String,
    pub document: i64,
    pub doc_id: String,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    /// The document this one reprints, if it is a near-duplicate.
    pub duplicate_of: Option<i64>,
    pub source: Option<String>,
    pub target: Option<String>,
    pub cameo: String,
    pub certainty: String,
    pub attribution_kind: String,
    pub attribution_text: Option<String>,
    pub evidence: String,
    pub span: [i64; 2],
}

/// A claim with every reading.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimDetail {
    pub claim: Claim,
    pub readings: Vec<ClaimReading>,
}

const CLAIM_COLUMNS: &str = "c.id, c.status, c.text, c.source_code, c.target_code, c.cameo, c.plover_type,
    c.independent_outlets, c.outlets, c.events, c.first_seen, c.last_seen, c.strongest, c.weakest, c.credited,
    c.party_confirmed";

fn claim_from_row(r: &Row) -> rusqlite::Result<Claim> {
    let status: String = r.get(1)?;
    let json = |i: usize| -> rusqlite::Result<String> { r.get(i) };
    Ok(Claim {
        id: r.get(0)?,
        // The column's CHECK allows only the four statuses.
        status: status.parse().unwrap_or(Status::SingleSource),
        text: r.get(2)?,
        source: r.get(3)?,
        target: r.get(4)?,
        cameo: r.get(5)?,
        plover: r.get(6)?,
        independent_outlets: r.get::<_, i64>(7)? as u64,
        outlets: serde_json::from_str(&json(8)?).unwrap_or_default(),
        documents: Vec::new(),
        denials: Vec::new(),
        events: r.get::<_, i64>(9)? as u64,
        first_seen: r.get(10)?,
        last_seen: r.get(11)?,
        strongest: r.get(12)?,
        weakest: r.get(13)?,
        credited: serde_json::from_str(&json(14)?).unwrap_or_default(),
        party_confirmed: r.get::<_, i64>(15)? != 0,
    })
}

/// Claims are counted no further than this: on a million events a broad
/// filter would otherwise gather every matching claim for each page only to
/// count them. Beyond it, [`ClaimPage::total_capped`] is set.
pub const CLAIM_COUNT_CAP: u64 = 10_000;

/// A page of a broad filter (more matching claims than the cap) that ends
/// within this many claims is first looked for by walking the claims in the
/// order asked and testing each for a matching reading; a deeper one
/// gathers and sorts every match.
const WALK_MAX: u64 = 2_000;

/// The walk tests no more than this many claims (a probe of a few
/// microseconds each). Matches may lie far down the order, where the walk
/// would pass over most of the store (claims that are only denied have no
/// outlets, and come last by outlets): if the page is not full within the
/// window, the matches are gathered instead.
const WALK_WINDOW: u64 = 40_000;

/// `c.status IN (…)`, or nothing.
fn status_sql(filter: &ClaimFilter) -> Option<Sql> {
    if filter.status.is_empty() {
        return None;
    }
    let mut s = Sql::new("c.status IN (");
    for (i, st) in filter.status.iter().enumerate() {
        if i > 0 {
            s.push(", ");
        }
        s.param(st.as_str().to_owned());
    }
    s.push(")");
    Some(s)
}

/// ` WHERE a AND b`, or nothing.
fn where_of(parts: Vec<Sql>) -> Sql {
    if parts.is_empty() {
        return Sql::default();
    }
    let mut w = Sql::new(" WHERE ");
    w.append(Sql::join(parts, " AND "));
    w
}

/// The claims of the events `plan` selects, each once per reading
/// (`SELECT ce.claim …`): the events first, through the plan's own access
/// path (`CROSS JOIN` keeps them the outer loop), then their claims.
fn claims_of_events(plan: &Plan) -> Sql {
    let mut s = Sql::new("SELECT ce.claim FROM (SELECT e.id AS id ");
    s.append(plan.access_sql());
    s.push(") m CROSS JOIN claim_events ce ON ce.event = m.id");
    s
}

/// `ORDER BY` of a sort, and the index that holds claims in that order.
fn order_of(sort: ClaimSort) -> (&'static str, &'static str) {
    match sort {
        ClaimSort::Outlets => ("c.independent_outlets DESC, c.documents DESC, c.id", "claims_outlets"),
        ClaimSort::Recency => ("c.last_seen DESC, c.id", "claims_recent"),
        // The expression of the index `claims_by_status` (migration 0007), word for word.
        ClaimSort::Status => (
            "(CASE c.status WHEN 'contested' THEN 0 WHEN 'denied-only' THEN 1 WHEN 'corroborated' THEN 2 ELSE 3 END), \
             c.independent_outlets DESC, c.documents DESC, c.id",
            "claims_by_status",
        ),
    }
}

pub(crate) fn claims(conn: &Connection, filter: &ClaimFilter, cap: u64) -> Result<ClaimPage> {
    let events = EventFilter { limit: None, offset: 0, ..filter.events.clone() };
    let has_terms = !events.terms().is_empty();
    let status = status_sql(filter);
    let plan = if has_terms { Some(Plan::new(conn, &events, SELECTIVE).sql("plan the claims' events")?) } else { None };

    // The count, up to the cap: distinct claims of matching readings,
    // which stops as soon as the cap is passed.
    let count = match &plan {
        Some(plan) => {
            let mut s = Sql::new("SELECT COUNT(*) FROM (SELECT DISTINCT q.claim FROM (");
            s.append(claims_of_events(plan));
            s.push(") q");
            if let Some(st) = &status {
                s.push(" JOIN claims c ON c.id = q.claim WHERE ").append(st.clone());
            }
            s.push(&format!(" LIMIT {})", cap.saturating_add(1)));
            s
        }
        None => {
            let mut s = Sql::new("SELECT COUNT(*) FROM (SELECT 1 FROM claims c");
            s.append(where_of(status.clone().into_iter().collect()));
            s.push(&format!(" LIMIT {})", cap.saturating_add(1)));
            s
        }
    };
    let n = conn.query_row(&count.text, params_from_iter(&count.params), |r| r.get::<_, i64>(0)).sql("count claims")? as u64;
    let total_capped = n > cap;

    let (order, index) = order_of(filter.sort);
    let end = filter.limit.map(|l| u64::from(l) + u64::from(filter.offset));
    let mut claims = None;
    if let (Some(plan), true, Some(end)) = (&plan, total_capped, end) {
        if end <= WALK_MAX {
            let page = walk(conn, plan, status.clone(), order, index, filter)?;
            if page.len() as u64 + u64::from(filter.offset) >= end {
                claims = Some(page);
            }
        }
    }
    let mut claims = match claims {
        Some(c) => c,
        None => gather(conn, plan.as_ref(), status, order, filter)?,
    };
    for c in &mut claims {
        fill_documents(conn, c)?;
    }
    Ok(ClaimPage { total: n.min(cap), total_capped, claims })
}

/// The page among the first [`WALK_WINDOW`] claims in the order asked
/// (by the index holding that order) that have a reading matching `plan`'s
/// conditions; short when the window holds too few.
fn walk(conn: &Connection, plan: &Plan, status: Option<Sql>, order: &str, index: &str, filter: &ClaimFilter) -> Result<Vec<Claim>> {
    let mut window = Sql::new(&format!("SELECT * FROM claims c INDEXED BY {index}"));
    window.append(where_of(status.into_iter().collect()));
    window.push(&format!(" ORDER BY {order} LIMIT {WALK_WINDOW}"));
    let mut sql = Sql::new(&format!("SELECT {CLAIM_COLUMNS} FROM ("));
    sql.append(window);
    sql.push(") c WHERE EXISTS (SELECT 1 FROM claim_events ce JOIN events e ON e.id = ce.event WHERE ce.claim = c.id AND ");
    sql.append(plan.conditions());
    sql.push(&format!(") ORDER BY {order}{}", limit_sql(filter)));
    page(conn, &sql)
}

/// The page of the claims of every matching reading, sorted; every claim
/// in that order when there are no event conditions.
fn gather(conn: &Connection, plan: Option<&Plan>, status: Option<Sql>, order: &str, filter: &ClaimFilter) -> Result<Vec<Claim>> {
    let mut parts: Vec<Sql> = status.into_iter().collect();
    if let Some(plan) = plan {
        let mut s = Sql::new("c.id IN (");
        s.append(claims_of_events(plan));
        s.push(")");
        parts.push(s);
    }
    let mut sql = Sql::new(&format!("SELECT {CLAIM_COLUMNS} FROM claims c"));
    sql.append(where_of(parts));
    sql.push(&format!(" ORDER BY {order}{}", limit_sql(filter)));
    page(conn, &sql)
}

fn limit_sql(filter: &ClaimFilter) -> String {
    match (filter.limit, filter.offset) {
        (Some(l), o) => format!(" LIMIT {l} OFFSET {o}"),
        (None, 0) => String::new(),
        (None, o) => format!(" LIMIT -1 OFFSET {o}"),
    }
}

fn page(conn: &Connection, sql: &Sql) -> Result<Vec<Claim>> {
    let mut st = conn.prepare(&sql.text).sql("list claims")?;
    let rows = st.query_map(params_from_iter(&sql.params), claim_from_row).and_then(|r| r.collect()).sql("list claims");
    rows
}

fn fill_documents(conn: &Connection, c: &mut Claim) -> Result<()> {
    let mut st = conn
        .prepare_cached(
            "SELECT d.ext_id, ce.stance, MIN(e.id) FROM claim_events ce JOIN events e ON e.id = ce.event
             JOIN documents d ON d.id = e.doc WHERE ce.claim = ?1 GROUP BY d.id, ce.stance ORDER BY MIN(e.id)",
        )
        .sql("claim documents")?;
    let rows: Vec<(String, String)> =
        st.query_map([c.id], |r| Ok((r.get(0)?, r.get(1)?))).and_then(|r| r.collect()).sql("claim documents")?;
    for (doc, stance) in rows {
        if stance == "supports" { &mut c.documents } else { &mut c.denials }.push(doc);
    }
    Ok(())
}

pub(crate) fn claim(conn: &Connection, id: i64) -> Result<Option<ClaimDetail>> {
    let sql = format!("SELECT {CLAIM_COLUMNS} FROM claims c WHERE c.id = ?1");
    let Some(mut claim) = conn.query_row(&sql, [id], claim_from_row).optional().sql("read a claim")? else {
        return Ok(None);
    };
    fill_documents(conn, &mut claim)?;
    let mut st = conn
        .prepare_cached(
            "SELECT e.id, ce.stance, d.id, d.ext_id, d.outlet, d.title, d.url, d.date, d.duplicate_of,
                    e.source_code, e.target_code, e.cameo, e.certainty, e.attribution_kind, e.attribution_text,
                    substr(CAST(d.text AS BLOB), e.span_start + 1, e.span_end - e.span_start), e.span_start, e.span_end
             FROM claim_events ce JOIN events e ON e.id = ce.event JOIN documents d ON d.id = e.doc
             WHERE ce.claim = ?1 ORDER BY ce.stance DESC, d.outlet, e.id",
        )
        .sql("claim readings")?;
    let readings = st
        .query_map([id], |r| {
            Ok(ClaimReading {
                event: r.get(0)?,
                stance: r.get(1)?,
                document: r.get(2)?,
                doc_id: r.get(3)?,
                outlet: r.get(4)?,
                title: r.get(5)?,
                url: r.get(6)?,
                date: r.get(7)?,
                duplicate_of: r.get(8)?,
                source: r.get(9)?,
                target: r.get(10)?,
                cameo: r.get(11)?,
                certainty: r.get(12)?,
                attribution_kind: r.get(13)?,
                attribution_text: r.get(14)?,
                evidence: String::from_utf8_lossy(&r.get::<_, Option<Vec<u8>>>(15)?.unwrap_or_default()).into_owned(),
                span: [r.get(16)?, r.get(17)?],
            })
        })
        .and_then(|r| r.collect())
        .sql("claim readings")?;
    Ok(Some(ClaimDetail { claim, readings }))
}
