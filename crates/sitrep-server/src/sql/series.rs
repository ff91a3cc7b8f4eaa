//! Event counts and Goldstein sums per period, split by quad class: the
//! timeline, and the time series of a dyad.
//!
//! Two things keep the timeline honest. Its range is read from the dense
//! part of the data (a 1938 date misread in one article must not squeeze
//! ten thousand events into one bar), with the events outside it counted.
//! And an event dated only to a month or a year is not drawn as a day:
//! where the period is finer than the event's precision it is returned
//! apart (`coarse`), with the span it covers.

use chrono::{Datelike, Days, NaiveDate};
use rusqlite::{params_from_iter, Connection};
use serde::Serialize;
use sitrep_store::EventFilter;

use super::filter::Where;
use super::{check_text_query, fail};
use crate::error::ApiResult;
use crate::params::Narrowing;

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
    /// `auto` is `None`: chosen from the dense range.
    pub fn parse(s: &str) -> Option<Option<Self>> {
        match s {
            "day" => Some(Some(Self::Day)),
            "week" => Some(Some(Self::Week)),
            "month" => Some(Some(Self::Month)),
            "auto" => Some(None),
            _ => None,
        }
    }

    /// The widest interval still showing detail over `days` days.
    fn for_span(days: i64) -> Self {
        match days {
            ..=120 => Self::Day,
            121..=1095 => Self::Week,
            _ => Self::Month,
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

    /// The date precisions too coarse to be drawn as one period of this width.
    fn coarser(self) -> &'static str {
        match self {
            Self::Day | Self::Week => "('month', 'year')",
            Self::Month => "('year')",
        }
    }
}

/// A time series of the events a filter selects.
#[derive(Debug, Serialize)]
pub(crate) struct Series {
    pub interval: Interval,
    /// The days the series covers: the dense part of the data, or the
    /// filter's own `from`/`to`; `null` when no event has a day.
    pub range: Option<Range>,
    pub periods: Vec<Period>,
    /// Events dated more coarsely than the interval, by the span they cover.
    pub coarse: Vec<Coarse>,
    /// Dated events before and after `range`, not drawn.
    pub outside_before: u64,
    pub outside_after: u64,
    /// Events without a day (neither an event date nor a publication date).
    pub undated: u64,
}

#[derive(Debug, Serialize)]
pub(crate) struct Range {
    pub from: NaiveDate,
    pub to: NaiveDate,
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

/// Events known only to a month or a year.
#[derive(Debug, Serialize)]
pub(crate) struct Coarse {
    /// The first day of the month or year.
    pub start: String,
    /// `month` or `year`.
    pub precision: String,
    pub count: u64,
}

/// Share of events left out at each end when the range is read from the data.
const TRIM: f64 = 0.02;

pub(crate) fn series(conn: &Connection, filter: &EventFilter, narrow: &Narrowing, interval: Option<Interval>) -> ApiResult<Series> {
    check_text_query(conn, filter.text.as_deref())?;
    let base = || Where::new(filter).narrow(narrow);
    let count = |w: Where| -> ApiResult<u64> {
        let sql = format!("SELECT COUNT(*) FROM events e {}", w.sql());
        conn.query_row(&sql, params_from_iter(&w.params), |r| r.get::<_, i64>(0)).map(|n| n as u64).map_err(fail("count events"))
    };
    let undated = count(base().and("e.day IS NULL"))?;
    let Some(range) = range(conn, filter, narrow)? else {
        return Ok(Series {
            interval: interval.unwrap_or(Interval::Day),
            range: None,
            periods: Vec::new(),
            coarse: Vec::new(),
            outside_before: 0,
            outside_after: 0,
            undated,
        });
    };
    let interval = interval.unwrap_or_else(|| Interval::for_span((range.to - range.from).num_days()));
    let (from, to) = (range.from.to_string(), range.to.to_string());

    let mut w = base().and("e.day IS NOT NULL");
    let (lo, hi) = (w.param(from.clone()), w.param(to.clone()));
    let sql = format!(
        "SELECT {start} AS p, e.quad_class, COUNT(*), ROUND(TOTAL(e.goldstein), 3) FROM events e {where_sql}
           AND e.day >= {lo} AND e.day <= {hi} AND coalesce(e.date_precision, 'day') NOT IN {coarser}
         GROUP BY p, e.quad_class ORDER BY p",
        start = interval.start_sql(),
        where_sql = w.sql(),
        coarser = interval.coarser(),
    );
    let periods = periods(conn, &sql, &w)?;
    let coarse = coarse(conn, base(), interval, &range)?;

    let fine = format!("coalesce(e.date_precision, 'day') NOT IN {}", interval.coarser());
    let mut before = base().and("e.day IS NOT NULL").and(&fine);
    let slot = before.param(from);
    let outside_before = count(before.and(&format!("e.day < {slot}")))?;
    let mut after = base().and("e.day IS NOT NULL").and(&fine);
    let slot = after.param(to);
    let outside_after = count(after.and(&format!("e.day > {slot}")))?;
    // Coarse events not drawn as bands (their month or year lies outside
    // the range) are outside too.
    let coarse_only = format!("e.date_precision IN {}", interval.coarser());
    let earliest = NaiveDate::from_ymd_opt(range.from.year(), 1, 1).unwrap_or(range.from).to_string();
    let mut w = base().and(&coarse_only);
    let slot = w.param(earliest);
    let coarse_before = count(w.and(&format!("e.day < {slot}")))?;
    let mut w = base().and(&coarse_only);
    let slot = w.param(range.to.to_string());
    let coarse_after = count(w.and(&format!("e.day > {slot}")))?;
    Ok(Series {
        interval,
        range: Some(range),
        periods,
        coarse,
        outside_before: outside_before + coarse_before,
        outside_after: outside_after + coarse_after,
        undated,
    })
}

/// The filter's own dates when it has both; else the days between the 2nd
/// and the 98th percentile of event days, padded by a twentieth of their
/// span, and never wider than the data.
fn range(conn: &Connection, filter: &EventFilter, narrow: &Narrowing) -> ApiResult<Option<Range>> {
    if let (Some(from), Some(to)) = (filter.date_from, filter.date_to) {
        return Ok(Some(Range { from, to }));
    }
    // Read from events known to the day; a year-only date sits on 1 January
    // and would pull the range towards it. Only when there are none do
    // coarse dates set it.
    let day_only = "coalesce(e.date_precision, 'day') = 'day'";
    let dated = |precise: bool| {
        let w = Where::new(filter).narrow(narrow).and("e.day IS NOT NULL");
        if precise {
            w.and(day_only)
        } else {
            w
        }
    };
    let count = |w: Where| {
        conn.query_row(&format!("SELECT COUNT(*) FROM events e {}", w.sql()), params_from_iter(&w.params), |r| r.get::<_, i64>(0))
            .map_err(fail("count dated events"))
    };
    let mut precise = true;
    let mut n = count(dated(true))?;
    if n == 0 {
        precise = false;
        n = count(dated(false))?;
    }
    if n == 0 {
        return Ok(None);
    }
    let at = |offset: i64| -> ApiResult<Option<NaiveDate>> {
        let mut w = dated(precise);
        let slot = w.param(offset);
        let sql = format!("SELECT e.day FROM events e {} ORDER BY e.day LIMIT 1 OFFSET {slot}", w.sql());
        let day: String = conn.query_row(&sql, params_from_iter(&w.params), |r| r.get(0)).map_err(fail("event day quantile"))?;
        Ok(NaiveDate::parse_from_str(&day, "%Y-%m-%d").ok())
    };
    let (Some(min), Some(max)) = (at(0)?, at(n - 1)?) else { return Ok(None) };
    let trim = (n as f64 * TRIM).floor() as i64;
    let lo = at(trim)?.unwrap_or(min);
    let hi = at(n - 1 - trim)?.unwrap_or(max);
    let pad = ((hi - lo).num_days() / 20).max(1) as u64;
    let from = lo.checked_sub_days(Days::new(pad)).unwrap_or(lo).max(min);
    let to = hi.checked_add_days(Days::new(pad)).unwrap_or(hi).min(max);
    Ok(Some(Range { from: filter.date_from.unwrap_or(from), to: filter.date_to.unwrap_or(to) }))
}

fn periods(conn: &Connection, sql: &str, w: &Where) -> ApiResult<Vec<Period>> {
    let mut st = conn.prepare(sql).map_err(fail("series"))?;
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
    Ok(periods)
}

/// Coarse events whose month or year overlaps the range.
fn coarse(conn: &Connection, w: Where, interval: Interval, range: &Range) -> ApiResult<Vec<Coarse>> {
    let mut w = w.and("e.day IS NOT NULL");
    // A year overlapping the range starts at most a year before it.
    let earliest = NaiveDate::from_ymd_opt(range.from.year(), 1, 1).unwrap_or(range.from);
    let (lo, hi) = (w.param(earliest.to_string()), w.param(range.to.to_string()));
    let sql = format!(
        "SELECT e.day, e.date_precision, COUNT(*) FROM events e {}
           AND e.day >= {lo} AND e.day <= {hi} AND e.date_precision IN {}
         GROUP BY e.day, e.date_precision ORDER BY e.day",
        w.sql(),
        interval.coarser()
    );
    let mut st = conn.prepare(&sql).map_err(fail("coarse dates"))?;
    let rows = st
        .query_map(params_from_iter(&w.params), |r| {
            Ok(Coarse { start: r.get(0)?, precision: r.get(1)?, count: r.get::<_, i64>(2)? as u64 })
        })
        .map_err(fail("coarse dates"))?;
    let all: Vec<Coarse> = rows.collect::<rusqlite::Result<_>>().map_err(fail("coarse dates"))?;
    let from = range.from.to_string();
    // A month that ends before the range does not overlap it.
    Ok(all.into_iter().filter(|c| c.precision == "year" || month_end(&c.start) >= from).collect())
}

/// The last day of the month starting on `start` (YYYY-MM-01), as text.
fn month_end(start: &str) -> String {
    NaiveDate::parse_from_str(start, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
        .and_then(|d| d.pred_opt())
        .map_or_else(|| start.to_owned(), |d| d.to_string())
}
