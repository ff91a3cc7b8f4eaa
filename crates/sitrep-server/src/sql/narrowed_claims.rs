//! Claims narrowed by what only this crate's SQL knows (quad class,
//! attribution kind, words of the evidence; `params::Narrowing`): the store
//! lists claims by its own filter and cannot take these.
//!
//! A claim matches as in the store: when one of its readings (supporting or
//! denying) meets every condition, the narrowing ones included. The page is
//! found by gathering every matching claim from the events, then sorted in
//! the store's orders; only the ids are read here, the claims themselves
//! through `Store::claim`, so that they are the store's own records.

use rusqlite::{params_from_iter, Connection};
use sitrep_store::{ClaimFilter, ClaimSort};

use super::filter::Where;
use super::{check_text_query, fail};
use crate::error::ApiResult;
use crate::params::Narrowing;

/// The ids of a page of claims, and how many match (counted up to `cap`).
pub(crate) struct ClaimIds {
    pub ids: Vec<i64>,
    pub total: u64,
    pub total_capped: bool,
}

/// `ORDER BY` of a sort: the store's (`claims/paging.rs`, `order_of`),
/// word for word, so that a page reads the same with or without narrowing.
fn order_by(sort: ClaimSort) -> &'static str {
    match sort {
        ClaimSort::Outlets => "c.independent_outlets DESC, c.documents DESC, c.id",
        ClaimSort::Recency => "c.last_seen DESC, c.id",
        ClaimSort::Status => {
            "(CASE c.status WHEN 'contested' THEN 0 WHEN 'denied-only' THEN 1 WHEN 'corroborated' THEN 2 ELSE 3 END), \
             c.independent_outlets DESC, c.documents DESC, c.id"
        }
    }
}

/// The page of claims `filter` and `narrow` select, in `filter.sort`'s order.
pub(crate) fn narrowed_claim_ids(conn: &Connection, filter: &ClaimFilter, narrow: &Narrowing, cap: u64) -> ApiResult<ClaimIds> {
    check_text_query(conn, filter.events.text.as_deref())?;
    let mut w = Where::new(&filter.events).narrow(narrow);
    let readings = format!("SELECT ce.claim FROM events e CROSS JOIN claim_events ce ON ce.event = e.id {}", w.sql());
    let mut terms = vec![format!("c.id IN ({readings})")];
    if !filter.status.is_empty() {
        let slots: Vec<String> = filter.status.iter().map(|s| w.param(s.as_str().to_owned())).collect();
        terms.push(format!("c.status IN ({})", slots.join(", ")));
    }
    let claims = format!("FROM claims c WHERE {}", terms.join(" AND "));

    let count = format!("SELECT COUNT(*) FROM (SELECT 1 {claims} LIMIT {})", cap.saturating_add(1));
    let n = conn.query_row(&count, params_from_iter(&w.params), |r| r.get::<_, i64>(0)).map_err(fail("count narrowed claims"))? as u64;

    let limit = filter.limit.map_or(-1, i64::from);
    let (lim, off) = (w.param(limit), w.param(i64::from(filter.offset)));
    let page = format!("SELECT c.id {claims} ORDER BY {} LIMIT {lim} OFFSET {off}", order_by(filter.sort));
    let mut st = conn.prepare(&page).map_err(fail("narrowed claims"))?;
    let ids = st
        .query_map(params_from_iter(&w.params), |r| r.get::<_, i64>(0))
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(fail("narrowed claims"))?;
    Ok(ClaimIds { ids, total: n.min(cap), total_capped: n > cap })
}
