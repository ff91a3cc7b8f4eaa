//! Event counts and Goldstein sums per period, split by quad class: the
//! timeline, and the time series of a dyad.
//!
//! Two things keep the timeline honest. Its range is read from the dense
//! part of the data (a 1938 date misread in one article must not squeeze
//! ten thousand events into one bar, nor a few reports from thirty years
//! later squeeze the rest into a sliver), with the events outside it counted.
//! And an event dated only to a month or a year is not drawn as a day:
//! where the period is finer than the event's precision it is returned
//! apart (`coarse`), with the span it covers.

use std::collections::BTreeMap;

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

    /// The first day of the period holding `day` (weeks start on Monday).
    fn start(self, day: NaiveDate) -> NaiveDate {
        match self {
            Self::Day => day,
            Self::Week => day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday())),
            Self::Month => day.with_day(1).unwrap_or(day),
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

/// A stretch with no dated event longer than this share of the range
/// splits it in two (the news corpus: 1987's wire reports and 2018's
/// Guardian, 30 years apart, drew 1987 as one sliver at the left edge)...
const GAP: f64 = 0.5;

/// ...and the side with the fewer events is left out, and counted, when it
/// holds at most this share of them; two sides more even are both drawn.
const MINOR_SIDE: f64 = 1.0 / 3.0;

/// Events of one day, precision and quad class: what one scan of the
/// day index gives, and all the series needs. A store holds a few thousand
/// distinct days, so everything after the scan is cheap.
struct DayCount {
    day: NaiveDate,
    precision: Precision,
    quad: Option<i64>,
    n: u64,
    goldstein: f64,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Precision {
    Day,
    Month,
    Year,
}

impl Precision {
    /// Too coarse to be drawn as one period of `interval`.
    fn coarser_than(self, interval: Interval) -> bool {
        match interval {
            Interval::Day | Interval::Week => self != Self::Day,
            Interval::Month => self == Self::Year,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Month => "month",
            Self::Year => "year",
        }
    }

    /// The last day of the span starting on `start`.
    fn end(self, start: NaiveDate) -> NaiveDate {
        let next = match self {
            Self::Day => return start,
            Self::Month => start.checked_add_months(chrono::Months::new(1)),
            Self::Year => start.checked_add_months(chrono::Months::new(12)),
        };
        next.and_then(|d| d.pred_opt()).unwrap_or(start)
    }
}

/// `interval` `None` is `auto`: the range is trimmed to the dense part of
/// the data and the interval chosen from its span. With an interval given,
/// the range is all the data (or the filter's own dates).
pub(crate) fn series(conn: &Connection, filter: &EventFilter, narrow: &Narrowing, interval: Option<Interval>) -> ApiResult<Series> {
    check_text_query(conn, filter.text.as_deref())?;
    let w = Where::new(filter).narrow(narrow).and("e.day IS NULL");
    let undated = conn
        .query_row(&format!("SELECT COUNT(*) FROM ({})", w.union("1")), params_from_iter(&w.params), |r| r.get::<_, i64>(0))
        .map_err(fail("count undated events"))? as u64;
    let days = day_counts(conn, filter, narrow)?;
    let Some(range) = range(&days, filter, interval.is_none()) else {
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
    let mut periods: BTreeMap<NaiveDate, Period> = BTreeMap::new();
    let mut coarse: BTreeMap<(NaiveDate, Precision), u64> = BTreeMap::new();
    let (mut outside_before, mut outside_after) = (0, 0);
    for d in &days {
        if d.precision.coarser_than(interval) {
            // A month or year that ends before the range does not overlap it.
            if d.precision.end(d.day) < range.from {
                outside_before += d.n;
            } else if d.day > range.to {
                outside_after += d.n;
            } else {
                *coarse.entry((d.day, d.precision)).or_default() += d.n;
            }
            continue;
        }
        if d.day < range.from {
            outside_before += d.n;
            continue;
        }
        if d.day > range.to {
            outside_after += d.n;
            continue;
        }
        let start = interval.start(d.day);
        let p = periods.entry(start).or_insert_with(|| Period {
            start: start.to_string(),
            count: 0,
            counts: [0; 4],
            goldstein: [0.0; 4],
            unclassified: 0,
        });
        p.count += d.n;
        match d.quad {
            Some(q @ 1..=4) => {
                p.counts[q as usize - 1] += d.n;
                p.goldstein[q as usize - 1] += d.goldstein;
            }
            _ => p.unclassified += d.n,
        }
    }
    let mut periods: Vec<Period> = periods.into_values().collect();
    for p in &mut periods {
        // Sums rounded as SQL's ROUND(…, 3) did, so answers stay short.
        p.goldstein = p.goldstein.map(|g| (g * 1000.0).round() / 1000.0);
    }
    let coarse = coarse
        .into_iter()
        .map(|((start, precision), count)| Coarse { start: start.to_string(), precision: precision.name().to_owned(), count })
        .collect();
    Ok(Series { interval, range: Some(range), periods, coarse, outside_before, outside_after, undated })
}

/// One pass over the selected events: counts by day, precision and quad class.
/// When the filter selects by dates alone, the counts the store keeps
/// (migration 0014's `event_days`, a few thousand rows) are read instead of
/// every event of the range (the page as it opens: a million).
fn day_counts(conn: &Connection, filter: &EventFilter, narrow: &Narrowing) -> ApiResult<Vec<DayCount>> {
    let (sql, params) = if dates_only(filter, narrow) {
        // Read under the events' alias, so that the date terms read its `day`;
        // '' and 0 stand for no precision and no quad class there.
        let w = Where::new(filter).and("e.events > 0");
        let sql = format!(
            "SELECT e.day, NULLIF(e.date_precision, ''), NULLIF(e.quad_class, 0), e.events, e.goldstein
             FROM event_days e {} ORDER BY e.day",
            w.sql()
        );
        (sql, w.params)
    } else {
        let w = Where::new(filter).narrow(narrow).and("e.day IS NOT NULL");
        let sql = format!(
            "SELECT e.day, e.date_precision, e.quad_class, COUNT(*), TOTAL(e.goldstein)
             FROM ({}) e GROUP BY e.day, e.date_precision, e.quad_class ORDER BY e.day",
            w.union("e.day, e.date_precision, e.quad_class, e.goldstein")
        );
        (sql, w.params)
    };
    let mut st = conn.prepare(&sql).map_err(fail("series"))?;
    let mut rows = st.query(params_from_iter(&params)).map_err(fail("series"))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().map_err(fail("series"))? {
        let day: String = r.get(0).map_err(fail("series"))?;
        // A malformed day cannot be placed on a timeline.
        let Ok(day) = NaiveDate::parse_from_str(&day, "%Y-%m-%d") else { continue };
        let precision = match r.get::<_, Option<String>>(1).map_err(fail("series"))?.as_deref() {
            Some("year") => Precision::Year,
            Some("month") => Precision::Month,
            _ => Precision::Day,
        };
        out.push(DayCount {
            day,
            precision,
            quad: r.get(2).map_err(fail("series"))?,
            n: r.get::<_, i64>(3).map_err(fail("series"))? as u64,
            goldstein: r.get(4).map_err(fail("series"))?,
        });
    }
    Ok(out)
}

/// Whether the filter selects by dates alone (or not at all).
fn dates_only(filter: &EventFilter, narrow: &Narrowing) -> bool {
    let rest = EventFilter { date_from: None, date_to: None, limit: None, offset: 0, ..filter.clone() };
    rest == EventFilter::default() && narrow.is_empty()
}

/// The filter's own dates when it has both. Else, read from events known
/// to the day (a year-only date sits on 1 January and would pull the range
/// towards it; only when there are none do coarse dates count): with
/// `trim`, the days between the 2nd and the 98th percentile padded by a
/// twentieth of their span, never wider than the data; without, all of it.
fn range(days: &[DayCount], filter: &EventFilter, trim: bool) -> Option<Range> {
    if let (Some(from), Some(to)) = (filter.date_from, filter.date_to) {
        return Some(Range { from, to });
    }
    let precise: Vec<(NaiveDate, u64)> = days.iter().filter(|d| d.precision == Precision::Day).map(|d| (d.day, d.n)).collect();
    let points = if precise.is_empty() { days.iter().map(|d| (d.day, d.n)).collect() } else { precise };
    let n: u64 = points.iter().map(|(_, k)| k).sum();
    let (min, max) = (points.first()?.0, points.last()?.0);
    let (mut from, mut to) = (min, max);
    if trim {
        let cut = (n as f64 * TRIM).floor() as u64;
        let lo = nth(&points, cut).unwrap_or(min);
        let hi = nth(&points, n.saturating_sub(1 + cut)).unwrap_or(max);
        let (lo, hi) = past_gaps(&points, lo, hi);
        let pad = ((hi - lo).num_days() / 20).max(1) as u64;
        from = lo.checked_sub_days(Days::new(pad)).unwrap_or(lo).max(min);
        to = hi.checked_add_days(Days::new(pad)).unwrap_or(hi).min(max);
    }
    Some(Range { from: filter.date_from.unwrap_or(from), to: filter.date_to.unwrap_or(to) })
}

/// The part of `lo..=hi` that holds most of the events, where a gap longer
/// than `GAP` of the range leaves `MINOR_SIDE` or fewer of them on one side
/// (a few times over: three clusters far apart keep the busiest).
fn past_gaps(points: &[(NaiveDate, u64)], mut lo: NaiveDate, mut hi: NaiveDate) -> (NaiveDate, NaiveDate) {
    for _ in 0..4 {
        let inside: Vec<&(NaiveDate, u64)> = points.iter().filter(|(d, _)| (lo..=hi).contains(d)).collect();
        let total: u64 = inside.iter().map(|(_, k)| k).sum();
        // The widest gap between two event days next to each other.
        let Some(at) = (1..inside.len()).max_by_key(|&i| (inside[i].0 - inside[i - 1].0, std::cmp::Reverse(i))) else { break };
        if ((inside[at].0 - inside[at - 1].0).num_days() as f64) <= (hi - lo).num_days() as f64 * GAP {
            break;
        }
        let before: u64 = inside[..at].iter().map(|(_, k)| k).sum();
        let minor = before.min(total - before);
        if minor as f64 > total as f64 * MINOR_SIDE {
            break;
        }
        (lo, hi) = if before > total - before { (lo, inside[at - 1].0) } else { (inside[at].0, hi) };
    }
    (lo, hi)
}

/// The day of the `i`-th event (0-based) of day-ordered counts.
fn nth(points: &[(NaiveDate, u64)], i: u64) -> Option<NaiveDate> {
    let mut seen = 0;
    for (day, k) in points {
        seen += k;
        if seen > i {
            return Some(*day);
        }
    }
    None
}
