//! When two readings can be the same claim: their actors name the same
//! parties, and their dates lie close enough for their precision.

use chrono::{Datelike, NaiveDate};

use super::config::ClaimConfig;

/// How two actor slots agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Agreement {
    /// Different parties, or roles that are different actors (BFAREB, BFAGOV).
    Conflict,
    /// One side names no actor.
    Missing,
    /// Same party, roles that may be the same actor (RUS, RUSMIL).
    Compatible,
    /// The same code.
    Exact,
}

/// The party of a code: its country, or for wide prefixes such as `IGO` the
/// prefix and the organisation (`IGOWAFECO` → `IGOWAF`).
pub(crate) fn party<'a>(code: &'a str, config: &ClaimConfig) -> &'a str {
    let wide = code.len() >= 6 && config.wide_parties.iter().any(|p| code.starts_with(p.as_str()));
    let end = if wide { 6 } else { 3 };
    code.get(..end).unwrap_or(code)
}

fn first_role<'a>(code: &'a str, config: &ClaimConfig) -> &'a str {
    let rest = &code[party(code, config).len()..];
    rest.get(..3).unwrap_or(rest)
}

pub(crate) fn agree(a: Option<&str>, b: Option<&str>, config: &ClaimConfig) -> Agreement {
    let (Some(a), Some(b)) = (a, b) else { return Agreement::Missing };
    if a == b {
        return Agreement::Exact;
    }
    if party(a, config) != party(b, config) {
        return Agreement::Conflict;
    }
    let (ra, rb) = (first_role(a, config), first_role(b, config));
    // The bare party stands for its state; organs of the state act for it.
    let state = |r: &str| r.is_empty() || config.state_roles.iter().any(|s| s == r);
    if ra == rb || (state(ra) && state(rb)) {
        Agreement::Compatible
    } else {
        Agreement::Conflict
    }
}

/// The code that names every one of `codes`: the code itself when they are
/// all equal, else their common prefix cut to whole roles, at least the
/// party (`RUS` for `RUS` and `RUSMIL`). `None` when there are none.
pub(crate) fn generalize<'a>(codes: impl IntoIterator<Item = &'a str>, config: &ClaimConfig) -> Option<String> {
    let mut codes = codes.into_iter();
    let first = codes.next()?;
    let mut common = first.len();
    for c in codes {
        common = common.min(shared_prefix(first, c));
    }
    Some(general(first, common, config))
}

/// Bytes `a` and `b` begin with alike.
pub(crate) fn shared_prefix(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

/// [`generalize`] of codes whose first is `first` and whose shortest shared
/// prefix with it is `common` bytes long.
pub(crate) fn general(first: &str, common: usize, config: &ClaimConfig) -> String {
    if common >= first.len() {
        return first.to_owned();
    }
    let base = party(first, config).len();
    let cut = if common <= base { base } else { base + (common - base) / 3 * 3 };
    first[..cut.min(first.len())].to_owned()
}

/// How precisely a reading is dated, coarsest last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Precision {
    Day,
    /// No date of its own: its article's publication day.
    Published,
    Month,
    Year,
}

impl Precision {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Published => "published",
            Self::Month => "month",
            Self::Year => "year",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<Self> {
        [Self::Day, Self::Published, Self::Month, Self::Year].into_iter().find(|p| p.as_str() == s)
    }
}

/// The days a reading's date covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub precision: Precision,
}

impl Period {
    /// From the stored `date` (first day of the period) and `date_precision`
    /// of an event, else its article's publication date.
    pub(crate) fn of(date: Option<NaiveDate>, precision: Option<&str>, published: Option<NaiveDate>) -> Option<Self> {
        match (date, precision) {
            (Some(d), Some("month")) => Some(Self { start: d, end: last_of_month(d), precision: Precision::Month }),
            (Some(d), Some("year")) => {
                let end = NaiveDate::from_ymd_opt(d.year(), 12, 31).unwrap_or(d);
                Some(Self { start: d, end, precision: Precision::Year })
            }
            (Some(d), _) => Some(Self { start: d, end: d, precision: Precision::Day }),
            (None, _) => published.map(|d| Self { start: d, end: d, precision: Precision::Published }),
        }
    }

    /// Days between the two periods, 0 when they overlap.
    fn gap(&self, other: &Period) -> i64 {
        let after = (other.start - self.end).num_days();
        let before = (self.start - other.end).num_days();
        after.max(before).max(0)
    }

    /// Whether the two may be the same event, by the coarser precision's window.
    pub(crate) fn near(&self, other: &Period, config: &ClaimConfig) -> bool {
        let window = match self.precision.max(other.precision) {
            Precision::Day => config.window_day,
            Precision::Published => config.window_published,
            Precision::Month => config.window_month,
            Precision::Year => config.window_year,
        };
        self.gap(other) <= window
    }

    /// The smallest period holding both.
    pub(crate) fn hull(&self, other: &Period) -> Period {
        Period { start: self.start.min(other.start), end: self.end.max(other.end), precision: self.precision.max(other.precision) }
    }
}

/// Readings with no date at all are compatible with any date: nothing says
/// they are not.
pub(crate) fn dates_near(a: Option<&Period>, b: Option<&Period>, config: &ClaimConfig) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.near(b, config),
        _ => true,
    }
}

fn last_of_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 { (d.year() + 1, 1) } else { (d.year(), d.month() + 1) };
    NaiveDate::from_ymd_opt(y, m, 1).and_then(|n| n.pred_opt()).unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_state_organ_is_its_country_but_rebels_are_not() {
        let c = ClaimConfig::default();
        assert_eq!(agree(Some("RUSMIL"), Some("RUS"), &c), Agreement::Compatible);
        assert_eq!(agree(Some("BFAGOV"), Some("BFAMILVDP"), &c), Agreement::Compatible);
        assert_eq!(agree(Some("BFAREB"), Some("BFA"), &c), Agreement::Conflict);
        assert_eq!(agree(Some("RUS"), Some("BFA"), &c), Agreement::Conflict);
        assert_eq!(agree(Some("IGOWAFECO"), Some("IGOUNO"), &c), Agreement::Conflict);
        assert_eq!(agree(None, Some("BFA"), &c), Agreement::Missing);
    }

    #[test]
    fn the_general_code_keeps_whole_roles() {
        let c = ClaimConfig::default();
        assert_eq!(generalize(["RUS", "RUSMIL"], &c).as_deref(), Some("RUS"));
        assert_eq!(generalize(["BFAGOVMIL", "BFAGOVMED"], &c).as_deref(), Some("BFAGOV"));
        assert_eq!(generalize(["BFAMIL", "BFAMIL"], &c).as_deref(), Some("BFAMIL"));
        assert_eq!(generalize(["IGOWAFECO", "IGOWAFEC2"], &c).as_deref(), Some("IGOWAF"));
        assert_eq!(generalize([], &c), None);
    }

    #[test]
    fn windows_follow_the_coarser_precision() {
        let c = ClaimConfig::default();
        let day = |x| Period::of(Some(x), Some("day"), None).unwrap();
        let month = Period::of(Some(d(2025, 4, 1)), Some("month"), None).unwrap();
        assert!(day(d(2025, 4, 30)).near(&month, &c));
        assert!(!day(d(2025, 5, 9)).near(&month, &c));
        assert!(day(d(2025, 5, 1)).near(&day(d(2025, 5, 4)), &c));
        assert!(!day(d(2025, 5, 1)).near(&day(d(2025, 5, 10)), &c));
        let published = Period::of(None, None, Some(d(2025, 5, 8))).unwrap();
        assert!(published.near(&day(d(2025, 5, 1)), &c));
        assert!(dates_near(None, Some(&month), &c));
    }
}
