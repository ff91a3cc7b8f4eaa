//! Claims: the same event (CAMEO code between the same source and target)
//! across every report that carries it, with how firmly, on whose word, and
//! in how many articles, stories and outlets. An analyst reads this table to
//! see which claims independent outlets confirm.

use std::collections::BTreeMap;

use rusqlite::{params_from_iter, Connection};
use serde::Serialize;
use sitrep_store::EventFilter;

use super::filter::Where;
use super::{check_text_query, fail};
use crate::error::ApiResult;

#[derive(Debug, Serialize)]
pub(crate) struct Claims {
    /// Claims the filter selects, ignoring limit and offset.
    pub total: u64,
    pub claims: Vec<Claim>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Claim {
    pub cameo: String,
    pub plover_type: Option<String>,
    pub source: Option<String>,
    pub target: Option<String>,
    /// The words of one report naming each side.
    pub source_text: Option<String>,
    pub target_text: Option<String>,
    /// Events so coded, every mention in every copy.
    pub mentions: u64,
    /// Documents carrying it.
    pub articles: u64,
    /// Stories (a first copy and its near-duplicates count once).
    pub stories: u64,
    /// Distinct outlets.
    pub outlets: u64,
    /// Events per certainty, e.g. `{"reported": 3, "asserted": 1}`.
    pub certainty: BTreeMap<String, u64>,
    /// Events per attribution kind.
    pub attribution: BTreeMap<String, u64>,
    /// One attribution as written, when any report gives one.
    pub attribution_text: Option<String>,
    pub goldstein: Option<f64>,
    pub first_day: Option<String>,
    pub last_day: Option<String>,
    /// The first event of the claim, for its evidence.
    pub example_event: i64,
    pub example_doc: i64,
    pub evidence: String,
}

pub(crate) fn claims(conn: &Connection, filter: &EventFilter, limit: u32, offset: u32) -> ApiResult<Claims> {
    check_text_query(conn, filter.text.as_deref())?;
    // Two steps: rank the groups on the events table alone (no join, no
    // string building), then fill in only the page's claims, each from an
    // index lookup on its source and target. On a million events this is
    // the difference between seconds and many seconds.
    let w = Where::new(filter);
    let sql = format!(
        "SELECT e.cameo, e.source_code, e.target_code, COUNT(*) AS mentions, COUNT(DISTINCT e.doc) AS articles,
                MIN(e.id) AS first, COUNT(*) OVER ()
         FROM events e {} GROUP BY e.cameo, e.source_code, e.target_code
         ORDER BY articles DESC, mentions DESC, first LIMIT {limit} OFFSET {offset}",
        w.sql()
    );
    let mut st = conn.prepare(&sql).map_err(fail("claims"))?;
    let mut rows = st.query(params_from_iter(&w.params)).map_err(fail("claims"))?;
    let mut claims = Vec::new();
    let mut total = 0;
    while let Some(r) = rows.next().map_err(fail("claims"))? {
        let n = |i: usize| r.get::<_, i64>(i).map(|v| v as u64).map_err(fail("claims"));
        total = n(6)?;
        claims.push(Claim {
            cameo: r.get(0).map_err(fail("claims"))?,
            source: r.get(1).map_err(fail("claims"))?,
            target: r.get(2).map_err(fail("claims"))?,
            mentions: n(3)?,
            articles: n(4)?,
            example_event: r.get(5).map_err(fail("claims"))?,
            stories: 0,
            outlets: 0,
            certainty: BTreeMap::new(),
            attribution: BTreeMap::new(),
            goldstein: None,
            first_day: None,
            last_day: None,
            plover_type: None,
            source_text: None,
            target_text: None,
            attribution_text: None,
            example_doc: 0,
            evidence: String::new(),
        });
    }
    if claims.is_empty() && offset > 0 {
        // Past the last page the window saw no rows: count on its own.
        let count = format!("SELECT COUNT(*) FROM (SELECT 1 FROM events e {} GROUP BY e.cameo, e.source_code, e.target_code)", w.sql());
        total = conn.query_row(&count, params_from_iter(&w.params), |r| r.get::<_, i64>(0)).map_err(fail("count claims"))? as u64;
    }
    for claim in &mut claims {
        fill_details(conn, filter, claim)?;
        fill_example(conn, claim)?;
    }
    Ok(Claims { total, claims })
}

/// Stories, outlets, certainties, attributions, score and days of one
/// claim, within the filter.
fn fill_details(conn: &Connection, filter: &EventFilter, c: &mut Claim) -> ApiResult<()> {
    let mut w = Where::new(filter);
    let cameo = w.param(c.cameo.clone());
    let source = w.param(c.source.clone());
    let target = w.param(c.target.clone());
    let w = w.and(&format!("e.cameo = {cameo} AND e.source_code IS {source} AND e.target_code IS {target}"));
    let sql = format!(
        "SELECT COUNT(DISTINCT e.story), COUNT(DISTINCT d.outlet), group_concat(e.certainty, ','),
                group_concat(e.attribution_kind, ','), ROUND(AVG(e.goldstein), 3), MIN(e.day), MAX(e.day)
         FROM events e JOIN documents d ON d.id = e.doc {}",
        w.sql()
    );
    conn.query_row(&sql, params_from_iter(&w.params), |r| {
        c.stories = r.get::<_, i64>(0)? as u64;
        c.outlets = r.get::<_, i64>(1)? as u64;
        c.certainty = tally(r.get::<_, Option<String>>(2)?.as_deref().unwrap_or(""));
        c.attribution = tally(r.get::<_, Option<String>>(3)?.as_deref().unwrap_or(""));
        c.goldstein = r.get(4)?;
        c.first_day = r.get(5)?;
        c.last_day = r.get(6)?;
        Ok(())
    })
    .map_err(fail("claim details"))
}

fn tally(list: &str) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    for v in list.split(',').filter(|v| !v.is_empty()) {
        *out.entry(v.to_owned()).or_default() += 1;
    }
    out
}

/// The example event's words: its actors as written, attribution, evidence.
fn fill_example(conn: &Connection, c: &mut Claim) -> ApiResult<()> {
    let mut st = conn
        .prepare_cached(
            "SELECT e.plover_type, e.source_text, e.target_text, e.doc,
                    substr(CAST(d.text AS BLOB), e.span_start + 1, e.span_end - e.span_start),
                    (SELECT m.attribution_text FROM events m WHERE m.cameo = e.cameo
                        AND m.source_code IS e.source_code AND m.target_code IS e.target_code
                        AND m.attribution_text IS NOT NULL LIMIT 1)
             FROM events e JOIN documents d ON d.id = e.doc WHERE e.id = ?1",
        )
        .map_err(fail("claim example"))?;
    st.query_row([c.example_event], |r| {
        c.plover_type = r.get(0)?;
        c.source_text = r.get(1)?;
        c.target_text = r.get(2)?;
        c.example_doc = r.get(3)?;
        c.evidence = String::from_utf8_lossy(&r.get::<_, Vec<u8>>(4).unwrap_or_default()).into_owned();
        c.attribution_text = r.get(5)?;
        Ok(())
    })
    .map_err(fail("claim example"))
}
