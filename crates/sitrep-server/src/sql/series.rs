//! Event counts and Goldstein sums per period, split by quad class: the
//! timeline, and the time series of a dyad.

use rusqlite::{params_from_iter, Connection};
use serde::Serialize;
use sitrep_store::EventFilter;

use super::filter::Where;
use super::{check_text_query, fail};
use crate::error::ApiResult;

/// How wide one period of a series is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Interval {
    Day,
    /// Weeks start on Monday.
    Week,
    Month,
}

impl Interval {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "day" => Some(Self::Day),
            "week" => Some(Self::Week),
            "month" => Some(Self::Month),
            _ => None,
        }
    }

    /// The first day of the period holding `e.day`.
    fn start_sql(self) -> &'static str {
        match self {
            Self::Day => "e.day",
            // 'weekday 0' moves forward to Sunday (or stays on it); six days back is Monday.
            Self::Week => "date(e.day, 'weekday 0', '-6 days')",
            Self::Month => "date(e.day, 'start of month')",
        }
    }
}

/// A time series of the events a filter selects.
#[derive(Debug, Serialize)]
pub(crate) struct Series {
    pub interval: Interval,
    pub periods: Vec<Period>,
    /// Events without a day (neither an event date nor a publication date).
    pub undated: u64,
}

/// One period. Arrays are indexed by quad class − 1: verbal cooperation,
/// material cooperation, verbal conflict, material conflict.
#[derive(Debug, Serialize)]
pub(crate) struct Period {
    pub start: String,
    pub count: u64,
    pub counts: [u64; 4],
    pub goldstein: [f64; 4],
    /// Events with no quad class (codes outside the CAMEO table).
    pub unclassified: u64,
}

pub(crate) fn series(conn: &Connection, filter: &EventFilter, interval: Interval) -> ApiResult<Series> {
    check_text_query(conn, filter.text.as_deref())?;
    let w = Where::new(filter).and("e.day IS NOT NULL");
    let sql = format!(
        "SELECT {start} AS p, e.quad_class, COUNT(*), ROUND(TOTAL(e.goldstein), 3) FROM events e {where_sql}
         GROUP BY p, e.quad_class ORDER BY p",
        start = interval.start_sql(),
        where_sql = w.sql()
    );
    let mut st = conn.prepare(&sql).map_err(fail("series"))?;
    let mut rows = st.query(params_from_iter(&w.params)).map_err(fail("series"))?;
    let mut periods: Vec<Period> = Vec::new();
    while let Some(r) = rows.next().map_err(fail("series"))? {
        let start: Option<String> = r.get(0).map_err(fail("series"))?;
        // A malformed day makes date() NULL; such rows cannot be placed.
        let Some(start) = start else { continue };
        let quad: Option<i64> = r.get(1).map_err(fail("series"))?;
        let n = r.get::<_, i64>(2).map_err(fail("series"))? as u64;
        let g: f64 = r.get(3).map_err(fail("series"))?;
        if !matches!(periods.last(), Some(p) if p.start == start) {
            periods.push(Period { start, count: 0, counts: [0; 4], goldstein: [0.0; 4], unclassified: 0 });
        }
        let Some(p) = periods.last_mut() else { continue };
        p.count += n;
        match quad {
            Some(q @ 1..=4) => {
                p.counts[q as usize - 1] += n;
                p.goldstein[q as usize - 1] += g;
            }
            _ => p.unclassified += n,
        }
    }
    let w = Where::new(filter).and("e.day IS NULL");
    let undated = conn
        .query_row(&format!("SELECT COUNT(*) FROM events e {}", w.sql()), params_from_iter(&w.params), |r| r.get::<_, i64>(0))
        .map_err(fail("count undated events"))? as u64;
    Ok(Series { interval, periods, undated })
}
