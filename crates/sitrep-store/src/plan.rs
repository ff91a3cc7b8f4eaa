//! How a filter's events are found: from the candidates of its rarest
//! indexed condition, or by walking the day-ordered covering index.
//!
//! SQLite's planner, asked for `... ORDER BY day LIMIT 100`, must guess
//! whether to collect every match through an actor index and sort them, or to
//! walk the events in day order until a hundred match. The first is fast for
//! rare matches and slow for common ones (`RUS*` is 80,000 of a million
//! events, each a table lookup); the second the reverse. Its range estimates
//! are too coarse to choose well, so the store chooses: it counts, through
//! the index alone and up to [`SELECTIVE`], the candidates of each indexed
//! condition.
//!
//! - Some condition has fewer: its candidates are looked up and sorted.
//! - None has: the covering index `events_scan (day, source_code,
//!   target_code, cameo, certainty, plover_type, doc, story)` is walked in
//!   day order, every condition checked in the index itself without touching
//!   the table, until the page is full.
//! - None has, the query is not a page, and a condition `events_scan` does
//!   not hold (the event's location) has fewer than 64 times as many: its
//!   candidates, since the walk would read every event's row to check it.
//!
//! Either way the heavy columns (the evidence, the story counts) are computed
//! for the rows of the page only.

use rusqlite::{params_from_iter, Connection};

use crate::filter::{EventFilter, Sql};

/// Below this many candidates a condition drives the query: at a few
/// microseconds per table lookup, 4,000 candidates cost about 15 ms, about
/// what walking the covering index for a page of common matches costs.
pub(crate) const SELECTIVE: u64 = 4_000;

/// How many times [`SELECTIVE`] candidates a condition that `events_scan`
/// does not hold may have and still drive an unpaged query: each is one
/// table lookup, as each event of the scan would be.
pub(crate) const OFF_SCAN_FACTOR: u64 = 64;

enum Access {
    /// Ids of the events that can match, from one condition's index.
    Candidates(Sql),
    /// Walk `events_scan`.
    Scan,
}

pub(crate) struct Plan {
    access: Access,
    /// Every condition, ANDed; empty for none.
    conditions: Sql,
    limit: String,
    limited: bool,
}

impl Plan {
    pub(crate) fn new(
        conn: &Connection,
        filter: &EventFilter,
        selective: u64,
    ) -> rusqlite::Result<Self> {
        let terms = filter.terms();
        let limited = filter.limit.is_some() || filter.offset > 0;
        let mut best: Option<(u64, Sql)> = None;
        for term in &terms {
            if let Some(candidates) = &term.candidates {
                let n = estimate(conn, candidates, selective)?;
                if n < selective && best.as_ref().is_none_or(|(m, _)| n < *m) {
                    best = Some((n, candidates.clone()));
                }
            }
        }
        // A condition the scan cannot check in its index (the location)
        // costs the scan a table lookup per event; every match, unpaged,
        // is then cheaper from that condition's candidates, up to
        // OFF_SCAN_FACTOR times as many (a country clicked on the map: its
        // claims read 1.5M events' rows, now its 180,000).
        if best.is_none() && !limited {
            let wide = selective.saturating_mul(OFF_SCAN_FACTOR);
            for term in terms.iter().filter(|t| !t.in_scan_index) {
                if let Some(candidates) = &term.candidates {
                    let n = estimate(conn, candidates, wide)?;
                    if n < wide && best.as_ref().is_none_or(|(m, _)| n < *m) {
                        best = Some((n, candidates.clone()));
                    }
                }
            }
        }
        let access = best.map_or(Access::Scan, |(_, c)| Access::Candidates(c));
        let conditions = Sql::join(terms.into_iter().map(|t| t.sql).collect(), " AND ");
        Ok(Self {
            access,
            conditions,
            limit: filter.limit_sql(),
            limited,
        })
    }

    /// `FROM events e … WHERE …` of the chosen access path.
    pub(crate) fn access_sql(&self) -> Sql {
        let mut sql = Sql::default();
        match &self.access {
            Access::Candidates(c) => {
                // NOT INDEXED: look the candidates up by rowid, never walk an index instead.
                sql.push("FROM events e NOT INDEXED WHERE e.id IN (")
                    .append(c.clone())
                    .push(")");
                if !self.conditions.text.is_empty() {
                    sql.push(" AND ");
                }
            }
            Access::Scan => {
                sql.push("FROM events e INDEXED BY events_scan");
                if !self.conditions.text.is_empty() {
                    sql.push(" WHERE ");
                }
            }
        }
        sql.append(self.conditions.clone());
        sql
    }

    /// Whether one condition's few candidates find the rows.
    pub(crate) fn is_selective(&self) -> bool {
        matches!(self.access, Access::Candidates(_))
    }

    /// Every condition over `events e`, ANDed; empty for none.
    pub(crate) fn conditions(&self) -> Sql {
        self.conditions.clone()
    }

    /// The selected rows with `columns` (over `e` events and `d` documents),
    /// in day order.
    pub(crate) fn select(&self, columns: &str) -> Sql {
        let streaming = matches!(self.access, Access::Scan) && !self.limited;
        if streaming {
            // Everything, in index order: no sort beyond each day's rows.
            let mut sql = Sql::new(&format!("SELECT {columns} FROM events e INDEXED BY events_scan JOIN documents d ON d.id = e.doc"));
            if !self.conditions.text.is_empty() {
                sql.push(" WHERE ").append(self.conditions.clone());
            }
            sql.push(" ORDER BY e.day, e.id");
            return sql;
        }
        // The page's ids first, so the heavy columns are computed for them alone.
        let mut sql = Sql::new(&format!("SELECT {columns} FROM events e JOIN documents d ON d.id = e.doc WHERE e.id IN (SELECT e.id "));
        sql.append(self.access_sql())
            .push(" ORDER BY e.day, e.id")
            .push(&self.limit)
            .push(") ORDER BY e.day, e.id");
        sql
    }

    /// The number of selected rows, ignoring limit and offset.
    pub(crate) fn count(&self) -> Sql {
        let mut sql = Sql::new("SELECT COUNT(*) ");
        sql.append(self.access_sql());
        sql
    }

    /// Counts matching events no further than `cap`: a broad filter on a
    /// large store then costs a bounded walk, not a full count.
    pub(crate) fn count_up_to(&self, cap: u64) -> Sql {
        let mut sql = Sql::new("SELECT COUNT(*) FROM (SELECT 1 ");
        sql.append(self.access_sql());
        sql.push(&format!(" LIMIT {})", cap.min(i64::MAX as u64)));
        sql
    }

    /// For tests and tuning: which way the rows are found.
    pub(crate) fn describe(&self) -> String {
        match &self.access {
            Access::Candidates(c) => format!("candidates: {}", c.text),
            Access::Scan => "scan events_scan".to_owned(),
        }
    }
}

/// How many events `candidates` yields, counting no further than `cap`.
fn estimate(conn: &Connection, candidates: &Sql, cap: u64) -> rusqlite::Result<u64> {
    if cap == 0 {
        return Ok(0);
    }
    let cap = cap.min(i64::MAX as u64);
    let sql = format!("SELECT COUNT(*) FROM ({} LIMIT {cap})", candidates.text);
    let mut st = conn.prepare_cached(&sql)?;
    st.query_row(params_from_iter(candidates.params.iter()), |r| {
        r.get::<_, i64>(0)
    })
    .map(|n| n as u64)
}
