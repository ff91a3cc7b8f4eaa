//! Finding a page of claims: which claims match, how many (up to a cap),
//! and which of them the page holds, in the order asked.
//!
//! A claim matches when one of its readings meets every event condition;
//! its status may be asked too. The page is found one of three ways, by
//! what is cheapest for the filter:
//!
//! - **Gathered**: the claims of a small driver (the events of a selective
//!   condition, `plan.rs`; a condition's claim set, `terms.rs`, of the
//!   statuses asked when single-source is not among them; the claims of a
//!   status), each tested, all sorted: cost in proportion to the driver.
//!   A larger driver whose claims are tested is counted and gathered in one
//!   pass, which stops at the count cap.
//! - **Walked**: the claims in the order asked, through the index holding
//!   that order, each tested until the page is full; a claim set is tested
//!   on the claim's own terms (`claim_terms_claim`), so a walk past many
//!   non-matching claims stays cheap. Asked for statuses, by outlets or by
//!   status, each status's claims are walked on their own (`claims_status`).
//! - With no claim set to test by (places, outlets on a million events),
//!   a short walk testing each claim's readings, else every match
//!   gathered from the events.

use std::cmp::Reverse;

use rusqlite::{params_from_iter, Connection};

use super::query::{claim_from_row, fill_documents, Claim, ClaimFilter, ClaimPage, ClaimSort, CLAIM_COLUMNS};
use super::status::Status;
use super::terms;
use crate::error::{Result, SqlContext};
use crate::filter::{EventFilter, Sql};
use crate::plan::{Plan, SELECTIVE};

/// A page of a broad filter with no claim set to walk by (more matching
/// claims than the cap) that ends within this many claims is first looked
/// for by walking the claims in the order asked and testing each for a
/// matching reading; a deeper one gathers and sorts every match.
const WALK_MAX: u64 = 2_000;

/// That walk tests no more than this many claims (a probe of a few
/// microseconds each). Matches may lie far down the order, where the walk
/// would pass over most of the store (claims that are only denied have no
/// outlets, and come last by outlets): if the page is not full within the
/// window, the matches are gathered instead.
const WALK_WINDOW: u64 = 40_000;

/// How far claims are counted, and when a driver is small enough to gather.
struct Limits {
    cap: u64,
    /// A driver of at most this many rows is gathered: testing and sorting
    /// that many claims costs about what counting to the cap does.
    gather: u64,
    /// An event condition with fewer candidates finds its claims through
    /// its events (`plan.rs`).
    selective: u64,
}

impl Limits {
    /// From the count cap: a small cap makes a small store take the paths a
    /// large one takes (tests).
    fn of(cap: u64) -> Self {
        Self { cap, gather: cap.saturating_mul(3), selective: SELECTIVE.min(cap) }
    }
}

/// One test a matching claim `c` passes, with the claims that pass it from
/// an index when there is such a query (a driver).
struct Test {
    sql: Sql,
    driver: Option<Sql>,
}

pub(crate) fn claims(conn: &Connection, filter: &ClaimFilter, cap: u64) -> Result<ClaimPage> {
    let limits = Limits::of(cap);
    let events = EventFilter { limit: None, offset: 0, ..filter.events.clone() };
    let conditions = events.terms().len();
    let status = status_sql(filter);
    let (order, index) = order_of(filter.sort);
    if conditions == 0 {
        return every_claim(conn, status, order, index, filter, &limits);
    }
    let plan = Plan::new(conn, &events, limits.selective).sql("plan the claims' events")?;
    if plan.is_selective() {
        let tests: Vec<Sql> = status.into_iter().collect();
        return gathered(conn, &claims_of_events(&plan), &tests, filter, &limits);
    }

    let sets = terms::sets(&events);
    // One set is the whole filter: its claims are the matches.
    let exact = sets.len() == 1 && sets[0].covers == conditions;
    let mut tests: Vec<Test> = Vec::new();
    if let Some(st) = &status {
        tests.push(Test { sql: st.clone(), driver: Some(status_driver(st.clone())) });
    }
    for set in sets {
        // Asked for rare statuses only, a set's claims of those statuses.
        let driver = match set.of_statuses(&filter.status) {
            Some(rare) => Some(rare),
            None if set.broad && !exact => None,
            None => Some(set.claims),
        };
        tests.push(Test { sql: set.has, driver });
    }
    if !exact {
        let mut sql = Sql::new("EXISTS (SELECT 1 FROM claim_events ce JOIN events e ON e.id = ce.event WHERE ce.claim = c.id AND ");
        sql.append(plan.conditions()).push(")");
        tests.push(Test { sql, driver: None });
    }

    // The smallest driver, counted no further than the gather limit.
    let mut smallest: Option<(u64, usize)> = None;
    for (i, t) in tests.iter().enumerate() {
        if let Some(d) = &t.driver {
            let n = rows_up_to(conn, d, limits.gather.saturating_add(1))?;
            if smallest.is_none_or(|(m, _)| n < m) {
                smallest = Some((n, i));
            }
        }
    }
    let Some((rows, driving)) = smallest else {
        return unindexed(conn, &plan, status, order, index, filter, cap);
    };
    let driver = tests[driving].driver.clone().unwrap_or_default();
    let others: Vec<Sql> = tests.iter().enumerate().filter(|(i, _)| *i != driving).map(|(_, t)| t.sql.clone()).collect();
    if rows <= limits.gather {
        return gathered(conn, &driver, &others, filter, &limits);
    }
    if others.is_empty() {
        // Counting the driver's own index range is cheap; gathering reads each claim's keys.
        if count(conn, &driver, &others, cap)? <= cap {
            return gathered(conn, &driver, &others, filter, &limits);
        }
    } else if let Some(keys) = gather(conn, &driver, &others, Some(cap))? {
        // Counted to the cap and, as no more match, gathered in the same pass:
        // each claim's tests are what both cost.
        return page_of(conn, keys, filter, &limits);
    }
    let mut claims = if filter.status.is_empty() || filter.sort == ClaimSort::Recency {
        let all: Vec<Sql> = tests.into_iter().map(|t| t.sql).collect();
        walk(conn, &all, order, index, filter)?
    } else {
        // The status test is the first; each status is walked on its own.
        let rest: Vec<Sql> = tests.into_iter().skip(1).map(|t| t.sql).collect();
        walk_by_status(conn, &filter.status, &rest, order, filter)?
    };
    fill(conn, &mut claims)?;
    Ok(ClaimPage { total: cap, total_capped: true, claims })
}

/// No event condition: the claims (of some statuses) in the order asked.
/// Asked for statuses, a page by outlets or by status is walked status by
/// status; by recency, the claims of rare statuses are gathered and those
/// of a common one found by walking the recency order (a sort of the
/// 860,000 single-source claims of a million events took a second).
fn every_claim(conn: &Connection, status: Option<Sql>, order: &str, index: &str, filter: &ClaimFilter, limits: &Limits) -> Result<ClaimPage> {
    let cap = limits.cap;
    if let (Some(st), ClaimSort::Recency) = (&status, filter.sort) {
        let driver = status_driver(st.clone());
        if rows_up_to(conn, &driver, limits.gather.saturating_add(1))? <= limits.gather {
            return gathered(conn, &driver, &[], filter, limits);
        }
    }
    let mut count = Sql::new("SELECT COUNT(*) FROM (SELECT 1 FROM claims c");
    count.append(where_of(status.clone().into_iter().collect()));
    count.push(&format!(" LIMIT {})", cap.saturating_add(1)));
    let n = query_count(conn, &count)?;
    let mut claims = match status {
        Some(_) if filter.sort != ClaimSort::Recency => walk_by_status(conn, &filter.status, &[], order, filter)?,
        Some(st) => walk(conn, &[st], order, index, filter)?,
        None => {
            let mut sql = Sql::new(&format!("SELECT {CLAIM_COLUMNS} FROM claims c"));
            sql.push(&format!(" ORDER BY {order}{}", limit_sql(filter)));
            page(conn, &sql)?
        }
    };
    fill(conn, &mut claims)?;
    Ok(ClaimPage { total: n.min(cap), total_capped: n > cap, claims })
}

/// The claims of the statuses `st` tests, from their index.
fn status_driver(st: Sql) -> Sql {
    let mut driver = Sql::new("SELECT c.id AS claim FROM claims c INDEXED BY claims_status WHERE ");
    driver.append(st);
    driver
}

/// Every claim of `driver` that passes `tests`, sorted; the page of them
/// read in full.
fn gathered(conn: &Connection, driver: &Sql, tests: &[Sql], filter: &ClaimFilter, limits: &Limits) -> Result<ClaimPage> {
    let keys = gather(conn, driver, tests, None)?.unwrap_or_default();
    page_of(conn, keys, filter, limits)
}

/// What a gathered claim is sorted by, from the narrow index `claims_keys`.
struct Keys {
    id: i64,
    outlets: i64,
    documents: i64,
    last_seen: Option<String>,
    status: String,
}

/// The claims of `driver` that pass `tests`, each once with its keys; `None`
/// as soon as more than `up_to` pass (a count and a gather in one pass).
fn gather(conn: &Connection, driver: &Sql, tests: &[Sql], up_to: Option<u64>) -> Result<Option<Vec<Keys>>> {
    let mut sql = Sql::new("SELECT c.id, c.independent_outlets, c.documents, c.last_seen, c.status FROM (SELECT DISTINCT claim FROM (");
    sql.append(driver.clone()).push(")) q CROSS JOIN claims c INDEXED BY claims_keys ON c.id = q.claim");
    sql.append(where_of(tests.to_vec()));
    let mut st = conn.prepare(&sql.text).sql("gather claims")?;
    let mut rows = st.query(params_from_iter(&sql.params)).sql("gather claims")?;
    let mut keys = Vec::new();
    while let Some(r) = rows.next().sql("gather claims")? {
        if up_to.is_some_and(|n| keys.len() as u64 >= n) {
            return Ok(None);
        }
        let key = || -> rusqlite::Result<Keys> {
            Ok(Keys { id: r.get(0)?, outlets: r.get(1)?, documents: r.get(2)?, last_seen: r.get(3)?, status: r.get(4)? })
        };
        keys.push(key().sql("gather claims")?);
    }
    Ok(Some(keys))
}

/// The page of `keys` in the order asked, read in full. The sort is
/// `order_of`'s `ORDER BY` (a NULL `last_seen` last, as SQLite's `DESC`
/// puts it; text compared bytewise, as its BINARY collation does).
fn page_of(conn: &Connection, mut keys: Vec<Keys>, filter: &ClaimFilter, limits: &Limits) -> Result<ClaimPage> {
    let by_outlets = |k: &Keys| (Reverse(k.outlets), Reverse(k.documents), k.id);
    match filter.sort {
        ClaimSort::Outlets => keys.sort_unstable_by_key(by_outlets),
        ClaimSort::Recency => keys.sort_unstable_by(|a, b| b.last_seen.cmp(&a.last_seen).then(a.id.cmp(&b.id))),
        ClaimSort::Status => keys.sort_unstable_by_key(|k| (status_rank(&k.status), by_outlets(k))),
    }
    let n = keys.len() as u64;
    let take = filter.limit.map_or(usize::MAX, |l| l as usize);
    let mut one = conn.prepare_cached(&format!("SELECT {CLAIM_COLUMNS} FROM claims c WHERE c.id = ?1")).sql("read a claim")?;
    let mut claims = Vec::new();
    for k in keys.iter().skip(filter.offset as usize).take(take) {
        claims.push(one.query_row([k.id], claim_from_row).sql("read a claim")?);
    }
    fill(conn, &mut claims)?;
    Ok(ClaimPage { total: n.min(limits.cap), total_capped: n > limits.cap, claims })
}

/// The claims of `driver` that pass `tests`, counted no further than `cap` + 1.
fn count(conn: &Connection, driver: &Sql, tests: &[Sql], cap: u64) -> Result<u64> {
    let mut s = Sql::new("SELECT COUNT(*) FROM (SELECT DISTINCT q.claim FROM (");
    s.append(driver.clone()).push(") q");
    if !tests.is_empty() {
        s.push(" CROSS JOIN claims c INDEXED BY claims_keys ON c.id = q.claim");
        s.append(where_of(tests.to_vec()));
    }
    s.push(&format!(" LIMIT {})", cap.saturating_add(1)));
    query_count(conn, &s)
}

/// The page of the claims passing `tests`, walking the claims in the order
/// asked through `index`.
fn walk(conn: &Connection, tests: &[Sql], order: &str, index: &str, filter: &ClaimFilter) -> Result<Vec<Claim>> {
    let mut sql = Sql::new(&format!("SELECT {CLAIM_COLUMNS} FROM claims c INDEXED BY {index}"));
    sql.append(where_of(tests.to_vec()));
    sql.push(&format!(" ORDER BY {order}{}", limit_sql(filter)));
    page(conn, &sql)
}

/// The page of the claims of `statuses` passing `tests`, in the outlets or
/// the status order: each status's claims walked through `claims_status`,
/// which holds them by outlets (the order both sorts keep within one
/// status), the first `offset + limit` of each merged. Walking
/// `claims_outlets` and testing the status instead passes every claim of the
/// other statuses first: a denied-only claim has no outlets and comes after
/// 860,000 others on a million events.
fn walk_by_status(conn: &Connection, statuses: &[Status], tests: &[Sql], order: &str, filter: &ClaimFilter) -> Result<Vec<Claim>> {
    let end = filter.limit.map(|l| u64::from(l) + u64::from(filter.offset));
    let mut distinct: Vec<&str> = statuses.iter().map(|s| s.as_str()).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let walks = distinct.into_iter().map(|status| {
        let mut is = Sql::new("c.status = ");
        is.param(status.to_owned());
        let mut parts = vec![is];
        parts.extend(tests.iter().cloned());
        let mut one = Sql::new("SELECT * FROM (SELECT c.* FROM claims c INDEXED BY claims_status");
        one.append(where_of(parts));
        one.push(" ORDER BY c.independent_outlets DESC, c.documents DESC, c.id");
        if let Some(end) = end {
            one.push(&format!(" LIMIT {end}"));
        }
        one.push(")");
        one
    });
    let mut sql = Sql::new(&format!("SELECT {CLAIM_COLUMNS} FROM ("));
    sql.append(Sql::join(walks.collect(), " UNION ALL "));
    sql.push(&format!(") c ORDER BY {order}{}", limit_sql(filter)));
    page(conn, &sql)
}

/// Event conditions no claim set answers: counted through the events; a
/// shallow page of a broad filter walked within a window, else gathered.
fn unindexed(conn: &Connection, plan: &Plan, status: Option<Sql>, order: &str, index: &str, filter: &ClaimFilter, cap: u64) -> Result<ClaimPage> {
    let events = claims_of_events(plan);
    let tests: Vec<Sql> = status.clone().into_iter().collect();
    let n = count(conn, &events, &tests, cap)?;
    let total_capped = n > cap;
    let end = filter.limit.map(|l| u64::from(l) + u64::from(filter.offset));
    let mut claims = None;
    if let (true, Some(end)) = (total_capped, end) {
        if end <= WALK_MAX {
            let page = window_walk(conn, plan, status.clone(), order, index, filter)?;
            if page.len() as u64 + u64::from(filter.offset) >= end {
                claims = Some(page);
            }
        }
    }
    let mut claims = match claims {
        Some(c) => c,
        None => {
            let mut parts: Vec<Sql> = status.into_iter().collect();
            let mut s = Sql::new("c.id IN (");
            s.append(events).push(")");
            parts.push(s);
            let mut sql = Sql::new(&format!("SELECT {CLAIM_COLUMNS} FROM claims c"));
            sql.append(where_of(parts));
            sql.push(&format!(" ORDER BY {order}{}", limit_sql(filter)));
            page(conn, &sql)?
        }
    };
    fill(conn, &mut claims)?;
    Ok(ClaimPage { total: n.min(cap), total_capped, claims })
}

/// The page among the first [`WALK_WINDOW`] claims in the order asked
/// (by the index holding that order) that have a reading matching `plan`'s
/// conditions; short when the window holds too few.
fn window_walk(conn: &Connection, plan: &Plan, status: Option<Sql>, order: &str, index: &str, filter: &ClaimFilter) -> Result<Vec<Claim>> {
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

/// The claims of the events `plan` selects, each once per reading
/// (`SELECT ce.claim …`): the events first, through the plan's own access
/// path (`CROSS JOIN` keeps them the outer loop), then their claims.
fn claims_of_events(plan: &Plan) -> Sql {
    let mut s = Sql::new("SELECT ce.claim FROM (SELECT e.id AS id ");
    s.append(plan.access_sql());
    s.push(") m CROSS JOIN claim_events ce ON ce.event = m.id");
    s
}

/// How many rows `sql` yields, counting no further than `cap`.
fn rows_up_to(conn: &Connection, sql: &Sql, cap: u64) -> Result<u64> {
    let mut s = Sql::new("SELECT COUNT(*) FROM (");
    s.append(sql.clone()).push(&format!(" LIMIT {cap})"));
    query_count(conn, &s)
}

fn query_count(conn: &Connection, sql: &Sql) -> Result<u64> {
    let n = conn.query_row(&sql.text, params_from_iter(&sql.params), |r| r.get::<_, i64>(0)).sql("count claims")?;
    Ok(n as u64)
}

/// `c.status IN (…)`, or nothing.
fn status_sql(filter: &ClaimFilter) -> Option<Sql> {
    if filter.status.is_empty() {
        return None;
    }
    Some(Sql::in_list("c.status", filter.status.iter().map(|st| st.as_str().to_owned())))
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

/// A status's place in the status order: the `CASE` of `order_of` and of
/// the index `claims_by_status`.
fn status_rank(status: &str) -> u8 {
    match status {
        "contested" => 0,
        "denied-only" => 1,
        "corroborated" => 2,
        _ => 3,
    }
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

fn fill(conn: &Connection, claims: &mut [Claim]) -> Result<()> {
    for c in claims {
        fill_documents(conn, c)?;
    }
    Ok(())
}
