//! The actor network, the dashboard's "system map": actors as nodes, and for
//! each source → target pair the number of events, their mean Goldstein
//! score, and how much of the relation rests on hedged or anonymous words.
//!
//! Edges are drawn from what claims support: a reading that denies a claim,
//! and any reading of a claim known only through denials, draws no edge of
//! the action it denies; such pairs are listed apart (`denied`) for a
//! dotted mark, and an edge says how many of its events belong to
//! contested claims.

use std::collections::BTreeMap;

use chrono::Datelike;
use rusqlite::{params_from_iter, Connection};
use serde::Serialize;
use sitrep_store::EventFilter;

use super::filter::Where;
use super::{check_text_query, fail};
use crate::error::ApiResult;
use crate::params::Narrowing;

#[derive(Debug, Serialize)]
pub(crate) struct Network {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    /// Pairs left out by the edge limit.
    pub omitted_edges: u64,
    /// Pairs whose only claims are denied ones: never an edge of the action.
    pub denied: Vec<Denied>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Denied {
    pub source: String,
    pub target: String,
    /// Denied-only claims between them.
    pub claims: u64,
}

#[derive(Debug, Serialize)]
pub(crate) struct Node {
    /// The actor code.
    pub id: String,
    /// The words that first named the actor, from the actors table.
    pub label: Option<String>,
    /// The actor's events among the shown edges.
    pub events: u64,
}

#[derive(Debug, Serialize)]
pub(crate) struct Edge {
    pub source: String,
    pub target: String,
    pub count: u64,
    /// Mean over events with a score; `null` when none has one.
    pub goldstein_mean: Option<f64>,
    /// Share of events not stated as fact (any certainty but `asserted`).
    pub hedged_share: f64,
    /// Share of events attributed to anonymous sources.
    pub anonymous_share: f64,
    /// Events per quad class (index = class − 1).
    pub quad_counts: [u64; 4],
    /// Events of claims that someone denies.
    pub contested: u64,
}

/// Events no edge may stand on: denying readings, and readings of claims
/// known only through denials, as migration 0015 keeps them. An event's
/// membership is a probe of that table's key, where listing the set from
/// the readings and their claims took 0.1–0.15 s on every call (40,000
/// events of a million).
const UNSUPPORTED: &str = "SELECT event FROM unsupported_events";

/// An edge's events with their reading and its claim's status: an event
/// has at most one reading (its primary key), so one lookup each, and the
/// status is read from the narrow `claims_keys` rather than the claim's wide
/// row (the tests below then need no lookup of their own; 1M events: the
/// few thousand events of the drawn edges).
const WITH_READING: &str =
    "LEFT JOIN claim_events ce ON ce.event = e.id LEFT JOIN claims c INDEXED BY claims_keys ON c.id = ce.claim";

/// Whether event `e` stands on no claim it supports, as `UNSUPPORTED` says:
/// a reading whose claim row is missing counts as supported.
const IS_UNSUPPORTED: &str = "(c.id IS NOT NULL AND (ce.stance = 'denies' OR c.status = 'denied-only'))";

/// Whether event `e` belongs to a contested claim.
const IS_CONTESTED: &str = "(c.status IS 'contested')";

/// How the network is drawn: the busiest edges, by actor or by country,
/// with or without relations inside one country.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NetworkShape {
    pub max_edges: u32,
    /// Actors merged into their country (the first three letters of the code).
    pub by_country: bool,
    /// Relations between actors of one country (USA → USAGOV) left out.
    pub cross_border_only: bool,
}

pub(crate) fn network(conn: &Connection, filter: &EventFilter, narrow: &Narrowing, shape: NetworkShape) -> ApiResult<Network> {
    check_text_query(conn, filter.text.as_deref())?;
    let w = Where::new(filter).narrow(narrow);
    // Every event of each pair the filter selects, when it selects by actors
    // and whole months or years alone: the pairs are counted ahead, for all
    // days (migration 0011) and per period (0012).
    let periods = if pairs_only(filter, narrow) { periods(filter) } else { None };
    let counted = periods.as_ref().is_some_and(|p| p.is_empty());
    let mut w = w.and("e.source_code IS NOT NULL").and("e.target_code IS NOT NULL");
    if shape.cross_border_only {
        w = w.and("substr(e.source_code, 1, 3) <> substr(e.target_code, 1, 3)");
    }
    let (s, t) = if shape.by_country {
        ("substr(e.source_code, 1, 3)", "substr(e.target_code, 1, 3)")
    } else {
        ("e.source_code", "e.target_code")
    };
    let limit = w.param(i64::from(shape.max_edges));
    let filtered = w.sql();
    let but_dates = w.sql_but_dates();
    // An actor pair is an index range of its own; a country pair is not, so
    // the events are read once, each looked up among the few top pairs.
    let pair_events = if shape.by_country {
        format!("events e CROSS JOIN top ON top.s = {s} AND top.t = {t}")
    } else {
        "top JOIN events e ON e.source_code = top.s AND e.target_code = top.t".to_owned()
    };
    // The busiest pairs first, from counts alone: every pair's events less its
    // unsupported ones (a few thousand rows, not a test of each of 800,000
    // events), or the counts the store keeps when only actors are filtered (read
    // in order from their index, when pairs are actors); then an edge's sums
    // over the events of those pairs only. The store's table is read under
    // the events' alias, so that the pair terms read its columns of the same names.
    let top = if counted && !shape.by_country {
        format!(
            "top AS (SELECT e.source_code AS s, e.target_code AS t, e.events AS n,
                            (SELECT COUNT(*) FROM network_pairs e {filtered} AND e.events > 0) AS pairs
                     FROM network_pairs e {filtered} AND e.events > 0
                     ORDER BY e.events DESC, e.source_code, e.target_code LIMIT {limit})"
        )
    } else {
        let none = "SELECT NULL AS s, NULL AS t, 0 AS n WHERE false".to_owned();
        let (every, gone) = if counted {
            (format!("SELECT {s} AS s, {t} AS t, SUM(e.events) AS n FROM network_pairs e {filtered} AND e.events > 0 GROUP BY 1, 2"), none)
        } else if let Some(periods) = periods.filter(|p| !p.is_empty()) {
            // Periods are whole months and years in digits and dashes, written
            // by `periods` from dates: no quoting to escape.
            let list = periods.iter().map(|p| format!("'{p}'")).collect::<Vec<_>>().join(", ");
            (
                format!(
                    "SELECT {s} AS s, {t} AS t, SUM(e.events) AS n FROM network_pair_periods e {but_dates} AND e.period IN ({list}) GROUP BY 1, 2"
                ),
                none,
            )
        } else {
            (
                format!("SELECT {s} AS s, {t} AS t, COUNT(*) AS n FROM ({}) e GROUP BY 1, 2", w.union("e.id, e.source_code, e.target_code")),
                format!(
                    "SELECT {s} AS s, {t} AS t, COUNT(*) AS n FROM ({}) e WHERE e.id IN ({UNSUPPORTED}) GROUP BY 1, 2",
                    w.union("e.id, e.source_code, e.target_code")
                ),
            )
        };
        format!(
            "every AS ({every}), gone AS ({gone}),
             top AS (SELECT a.s, a.t, a.n - COALESCE(g.n, 0) AS n, COUNT(*) OVER () AS pairs
                     FROM every a LEFT JOIN gone g ON g.s = a.s AND g.t = a.t
                     WHERE a.n - COALESCE(g.n, 0) > 0 ORDER BY 3 DESC, a.s, a.t LIMIT {limit})"
        )
    };
    let sql = format!(
        "WITH {top}
         SELECT top.s, top.t, COUNT(*), ROUND(AVG(e.goldstein), 3),
                SUM(e.certainty <> 'asserted'), SUM(e.attribution_kind = 'anonymous'),
                SUM(e.quad_class = 1), SUM(e.quad_class = 2), SUM(e.quad_class = 3), SUM(e.quad_class = 4),
                top.pairs,
                SUM({IS_CONTESTED})
         FROM {pair_events} {WITH_READING}
         {filtered} AND NOT {IS_UNSUPPORTED}
         GROUP BY top.s, top.t ORDER BY COUNT(*) DESC, top.s, top.t"
    );
    let mut st = conn.prepare(&sql).map_err(fail("network"))?;
    let mut rows = st.query(params_from_iter(&w.params)).map_err(fail("network"))?;
    let mut edges = Vec::new();
    let mut pairs = 0u64;
    while let Some(r) = rows.next().map_err(fail("network"))? {
        let n = |i: usize| r.get::<_, Option<i64>>(i).map(|v| v.unwrap_or(0) as u64);
        let count = n(2).map_err(fail("network"))?.max(1);
        let share = |i: usize| n(i).map(|v| v as f64 / count as f64);
        pairs = n(10).map_err(fail("network"))?;
        edges.push(Edge {
            source: r.get(0).map_err(fail("network"))?,
            target: r.get(1).map_err(fail("network"))?,
            count,
            goldstein_mean: r.get(3).map_err(fail("network"))?,
            hedged_share: share(4).map_err(fail("network"))?,
            anonymous_share: share(5).map_err(fail("network"))?,
            quad_counts: [n(6), n(7), n(8), n(9)].map(|v| v.unwrap_or(0)),
            contested: n(11).map_err(fail("network"))?,
        });
    }
    let nodes = nodes(conn, &edges)?;
    let denied = denied(conn, filter, shape.max_edges)?;
    Ok(Network { nodes, omitted_edges: pairs.saturating_sub(edges.len() as u64), edges, denied })
}

/// Whether the filter selects by source and target codes and dates alone,
/// so that an edge's count may be its pair's count kept by the store.
fn pairs_only(filter: &EventFilter, narrow: &Narrowing) -> bool {
    let rest = EventFilter {
        actor: None,
        source: None,
        target: None,
        dyad: None,
        date_from: None,
        date_to: None,
        limit: None,
        offset: 0,
        ..filter.clone()
    };
    rest == EventFilter::default() && narrow.is_empty()
}

/// The periods of `network_pair_periods` (`YYYY`, `YYYY-MM`) whose union is
/// exactly the filter's days: none for no dates; `None` when its dates do
/// not span whole months (or only one end is given).
fn periods(filter: &EventFilter) -> Option<Vec<String>> {
    let (from, to) = match (filter.date_from, filter.date_to) {
        (None, None) => return Some(Vec::new()),
        (Some(from), Some(to)) => (from, to),
        _ => return None,
    };
    let month_end = to.succ_opt().is_some_and(|next| next.day() == 1);
    if from.day() != 1 || !month_end || from > to {
        return None;
    }
    let mut out = Vec::new();
    let (mut year, mut month) = (from.year(), from.month());
    let last = (to.year(), to.month());
    while (year, month) <= last {
        if month == 1 && (year, 12) <= last {
            out.push(format!("{year:04}"));
            year += 1;
            continue;
        }
        out.push(format!("{year:04}-{month:02}"));
        (year, month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    }
    Some(out)
}

/// Pairs of denied-only claims among the filter's events.
fn denied(conn: &Connection, filter: &EventFilter, max_edges: u32) -> ApiResult<Vec<Denied>> {
    // Each denied-only claim (4% of claims) asks for one reading among the
    // filter's events, rather than every reading's claim being listed first;
    // the claims are read in pair order from migration 0013's narrow index,
    // not from their wide rows, and with no filter a reading is enough,
    // without its event's row.
    let w = Where::new(filter);
    let events = if w.sql().is_empty() { "" } else { "JOIN events e ON e.id = ce.event" };
    let w = w.and("ce.claim = c.id");
    let sql = format!(
        "SELECT c.source_code, c.target_code, COUNT(*) FROM claims c INDEXED BY claims_denied_pairs
         WHERE c.status = 'denied-only' AND c.source_code IS NOT NULL AND c.target_code IS NOT NULL
           AND EXISTS (SELECT 1 FROM claim_events ce {events} {})
         GROUP BY c.source_code, c.target_code ORDER BY COUNT(*) DESC, c.source_code, c.target_code LIMIT {max_edges}",
        w.sql()
    );
    let mut st = conn.prepare(&sql).map_err(fail("denied pairs"))?;
    let rows = st
        .query_map(params_from_iter(&w.params), |r| Ok(Denied { source: r.get(0)?, target: r.get(1)?, claims: r.get::<_, i64>(2)? as u64 }))
        .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>());
    rows.map_err(fail("denied pairs"))
}

fn nodes(conn: &Connection, edges: &[Edge]) -> ApiResult<Vec<Node>> {
    let mut events: BTreeMap<&str, u64> = BTreeMap::new();
    for e in edges {
        *events.entry(&e.source).or_default() += e.count;
        if e.target != e.source {
            *events.entry(&e.target).or_default() += e.count;
        }
    }
    let mut st = conn.prepare_cached("SELECT example_text FROM actors WHERE code = ?1").map_err(fail("actor label"))?;
    let mut nodes = Vec::with_capacity(events.len());
    for (code, n) in events {
        let label = match st.query_row([code], |r| r.get::<_, Option<String>>(0)) {
            Ok(l) => l,
            Err(rusqlite::Error::QueryReturnedNoRows) => None,
            Err(e) => return Err(fail("actor label")(e)),
        };
        nodes.push(Node { id: code.to_owned(), label, events: n });
    }
    Ok(nodes)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn of(from: &str, to: &str) -> Option<Vec<String>> {
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        periods(&EventFilter { date_from: Some(day(from)), date_to: Some(day(to)), ..EventFilter::default() })
    }

    #[test]
    fn whole_months_and_years_are_periods() {
        assert_eq!(of("2024-01-01", "2024-12-31").unwrap(), ["2024"]);
        assert_eq!(of("2023-11-01", "2025-02-28").unwrap(), ["2023-11", "2023-12", "2024", "2025-01", "2025-02"]);
        assert_eq!(of("2024-02-01", "2024-02-29").unwrap(), ["2024-02"]);
        assert_eq!(of("2024-01-02", "2024-12-31"), None);
        assert_eq!(of("2024-01-01", "2024-12-30"), None);
        assert_eq!(periods(&EventFilter::default()).unwrap(), Vec::<String>::new());
        let from_only = EventFilter { date_from: NaiveDate::from_ymd_opt(2024, 1, 1), ..EventFilter::default() };
        assert_eq!(periods(&from_only), None);
    }
}
