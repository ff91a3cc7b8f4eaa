//! Publication dates as pages, feeds and URLs write them.
//!
//! The date is taken as written, in the publisher's own time zone: "on
//! Saturday" in a report means the publisher's Saturday, so a timestamp is
//! not moved to UTC before its date is read.

use chrono::{DateTime, NaiveDate, NaiveTime};

pub(crate) mod relative;
pub(crate) mod text;

/// Years outside this range are taken for numbers that are not dates.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Where a page's publication date was read, from the surest to the least
/// sure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateSource {
    /// JSON-LD `datePublished` of an article (or of any object when no
    /// article is typed).
    JsonLd,
    /// A `<meta>` tag: `article:published_time`, Dublin Core, `pubdate`….
    Meta,
    /// An element marked `itemprop="datePublished"` or a `<time>` marked as
    /// the publication time.
    Itemprop,
    /// The first `<time datetime>` near the headline.
    TimeElement,
    /// The URL's path (`/2025/04/12/`, `20250412`).
    Url,
    /// A date the site wrote into the page's `<title>` or `og:title`
    /// ("Headline | DW | 28.04.2023").
    Title,
    /// A date written in the visible text near the headline or in an
    /// element named for dates.
    Text,
    /// A publication-date key in a script's data (`"publishDate": …`).
    Script,
    /// A relative date in the headline's dateline ("vor 14 Minuten", "3
    /// hours ago"), counted back from the capture date.
    Relative,
    /// A modification date (`dateModified`, "Updated …"), taken only when
    /// the page states no publication date.
    Modified,
    /// No date on the page: the capture date of the WARC record stands in
    /// (an upper bound on publication).
    Capture,
}

impl DateSource {
    /// The name stored in the `date_source` column.
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::JsonLd => "json-ld",
            DateSource::Meta => "meta",
            DateSource::Itemprop => "itemprop",
            DateSource::TimeElement => "time-element",
            DateSource::Url => "url",
            DateSource::Title => "title",
            DateSource::Text => "text",
            DateSource::Script => "script",
            DateSource::Relative => "relative",
            DateSource::Modified => "modified",
            DateSource::Capture => "capture",
        }
    }

    /// How sure a date from this source is, from 0 to 1 (a prior by kind of
    /// source, not a measured probability).
    pub fn confidence(self) -> f32 {
        match self {
            DateSource::JsonLd | DateSource::Meta | DateSource::Itemprop => 0.95,
            DateSource::TimeElement | DateSource::Url | DateSource::Title => 0.9,
            DateSource::Text | DateSource::Script => 0.8,
            DateSource::Relative => 0.6,
            DateSource::Modified => 0.5,
            DateSource::Capture => 0.3,
        }
    }
}

impl std::fmt::Display for DateSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A timestamp as written: the date and time in the writer's time zone and
/// that zone's offset from UTC, when given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stamp {
    pub date: NaiveDate,
    /// The time of day, when written.
    pub time: Option<NaiveTime>,
    /// Seconds east of UTC, when written (`Z` is 0).
    pub offset: Option<i32>,
}

impl Stamp {
    /// The date in the page's own zone: a UTC timestamp (`…T22:30:00Z`) on
    /// a page whose other timestamps say `+02:00` is the next day there.
    pub fn date_in(&self, page_offset: Option<i32>) -> NaiveDate {
        match (self.time, self.offset, page_offset) {
            (Some(time), Some(0), Some(zone)) if zone != 0 => {
                (self.date.and_time(time) + chrono::Duration::seconds(i64::from(zone))).date()
            }
            _ => self.date,
        }
    }
}

/// A timestamp from `2025-04-12`, `2025-04-12T10:00:00+02:00`,
/// `2025-04-12 10:00`, `2025/04/12`, `20250412` or RFC 2822
/// (`Sat, 12 Apr 2025 10:00:00 GMT`).
pub(crate) fn parse_stamp(text: &str) -> Option<Stamp> {
    let text = text.trim();
    let head = text.get(..10).unwrap_or(text);
    let rest = text.get(10..).unwrap_or("");
    let head_ends_cleanly = rest.is_empty() || rest.starts_with(['T', 't', ' ', '+', 'Z', 'z']);
    if head_ends_cleanly {
        for pattern in ["%Y-%m-%d", "%Y/%m/%d"] {
            if let Ok(date) = NaiveDate::parse_from_str(head, pattern) {
                let (time, offset) = time_and_offset(rest);
                return plausible(date).map(|date| Stamp { date, time, offset });
            }
        }
    }
    if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(text, "%Y%m%d")
            .ok()
            .and_then(plausible)
            .map(|date| Stamp {
                date,
                time: None,
                offset: None,
            });
    }
    if let Ok(stamp) = DateTime::parse_from_rfc2822(text) {
        return plausible(stamp.date_naive()).map(|date| Stamp {
            date,
            time: Some(stamp.time()),
            offset: Some(stamp.offset().local_minus_utc()),
        });
    }
    None
}

/// A date from a timestamp (see [`parse_stamp`]), as written.
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
    parse_stamp(text).map(|s| s.date)
}

/// The time and zone after a date: `T10:00:00.123+02:00`, ` 10:00`, `Z`.
fn time_and_offset(rest: &str) -> (Option<NaiveTime>, Option<i32>) {
    let rest = rest.trim_start_matches(['T', 't', ' ']);
    let clock_len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let (clock, zone) = rest.split_at(clock_len);
    let clock = clock.split(['.', ',']).next().unwrap_or("");
    let time = ["%H:%M:%S", "%H:%M"]
        .iter()
        .find_map(|p| NaiveTime::parse_from_str(clock, p).ok());
    let zone = zone.trim();
    let utc = ["z", "utc", "gmt"]
        .iter()
        .any(|u| zone.eq_ignore_ascii_case(u));
    let offset = if utc { Some(0) } else { zone_offset(zone) };
    (time, offset)
}

/// `+02:00`, `+0200`, `-05` as seconds east of UTC.
fn zone_offset(zone: &str) -> Option<i32> {
    let (sign, digits) = match zone.as_bytes().first()? {
        b'+' => (1, &zone[1..]),
        b'-' => (-1, &zone[1..]),
        _ => return None,
    };
    let digits: String = digits.chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !(digits.len() == 2 || digits.len() == 4) {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = if digits.len() == 4 {
        digits[2..].parse().ok()?
    } else {
        0
    };
    (hours <= 14 && minutes < 60).then_some(sign * (hours * 3600 + minutes * 60))
}

/// A date written in a URL's path: `/2025/04/12/`, `/2025/apr/12/`,
/// `/2025-04-12-slug`, `/20250412/`, `/2024/0424/`.
pub(crate) fn date_in_url(url: &str) -> Option<NaiveDate> {
    let path = url.split_once("://").map_or(url, |(_, rest)| {
        rest.split_once('/').map_or("", |(_, path)| path)
    });
    let path = path.split(['?', '#']).next().unwrap_or("");
    let segments: Vec<&str> = path.split('/').collect();
    for window in segments.windows(3) {
        if let (Some(year), Some(month), Some(day)) =
            (number(window[0], 4), month(window[1]), day(window[2]))
        {
            if let Some(date) = NaiveDate::from_ymd_opt(year as i32, month, day).and_then(plausible)
            {
                return Some(date);
            }
        }
    }
    // `/2024/0424/`: the month and day in one segment after the year.
    for window in segments.windows(2) {
        if let (Some(year), Some(month_day)) = (number(window[0], 4), number(window[1], 4)) {
            let date = NaiveDate::from_ymd_opt(year as i32, month_day / 100, month_day % 100);
            if let Some(date) = date.and_then(plausible) {
                return Some(date);
            }
        }
    }
    segments.iter().find_map(|segment| dated_segment(segment))
}

/// `2025-04-12…` at the start of a segment, or a segment of 8 digits.
fn dated_segment(segment: &str) -> Option<NaiveDate> {
    if let Some(head) = segment.get(..10) {
        let tail = &segment[10..];
        if tail.is_empty() || tail.starts_with(['-', '_', '.']) {
            if let Ok(date) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
                return plausible(date);
            }
        }
    }
    let stem = segment.split(['.', '?']).next().unwrap_or(segment);
    let pieces: Vec<&str> = stem.split(['-', '_']).collect();
    // `20250412`, `20250412-slug` or `slug-20250412`
    let ends = [pieces.first().copied(), pieces.last().copied()];
    ends.into_iter().flatten().find_map(|digits| {
        (digits.len() == 8 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| NaiveDate::parse_from_str(digits, "%Y%m%d").ok())
            .flatten()
            .and_then(plausible)
    })
}

fn number(segment: &str, len: usize) -> Option<u32> {
    (segment.len() == len && segment.bytes().all(|b| b.is_ascii_digit()))
        .then(|| segment.parse().ok())
        .flatten()
}

fn month(segment: &str) -> Option<u32> {
    if let Some(n) = number(segment, 2).or_else(|| number(segment, 1)) {
        return (1..=12).contains(&n).then_some(n);
    }
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = segment.to_ascii_lowercase();
    NAMES
        .iter()
        .position(|name| lower == *name)
        .map(|i| i as u32 + 1)
}

/// The day segment may carry the slug after it (`/12-title`) on some sites.
fn day(segment: &str) -> Option<u32> {
    let digits = segment.split(['-', '_', '.']).next().unwrap_or(segment);
    number(digits, 2).or_else(|| number(digits, 1))
}

pub(crate) fn plausible(date: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    YEARS.contains(&date.year()).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<NaiveDate> {
        Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn timestamps_keep_the_writers_date() {
        assert_eq!(parse_date("2025-04-12"), d("2025-04-12"));
        assert_eq!(parse_date(" 2025-04-12T23:30:00-05:00 "), d("2025-04-12"));
        assert_eq!(parse_date("2025-04-12 10:00:00"), d("2025-04-12"));
        assert_eq!(parse_date("2025/04/12"), d("2025-04-12"));
        assert_eq!(parse_date("20250412"), d("2025-04-12"));
        assert_eq!(
            parse_date("Sat, 12 Apr 2025 23:10:00 +0100"),
            d("2025-04-12")
        );
        assert_eq!(parse_date("Sat, 12 Apr 2025 23:10:00 GMT"), d("2025-04-12"));
    }

    #[test]
    fn non_dates_are_refused() {
        for bad in [
            "",
            "April",
            "2025-13-01",
            "2025-04-12x",
            "12345678",
            "0001-01-01",
            "2025-04",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_are_found_in_urls() {
        assert_eq!(
            date_in_url("https://example.com/world/2025/04/12/coup-attempt"),
            d("2025-04-12")
        );
        assert_eq!(
            date_in_url("https://www.theguardian.com/world/2025/apr/12/sahel"),
            d("2025-04-12")
        );
        assert_eq!(
            date_in_url("https://x.fr/2025-04-12-article.html"),
            d("2025-04-12")
        );
        assert_eq!(
            date_in_url("https://x.fr/news/20250412/story"),
            d("2025-04-12")
        );
        assert_eq!(date_in_url("https://x.com/2025/4/5/"), d("2025-04-05"));
        assert_eq!(
            date_in_url("http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html"),
            d("2024-04-24")
        );
        assert_eq!(date_in_url("https://x.com/2024/1399/"), None);
        assert_eq!(date_in_url("https://x.com/story/12345678"), None);
        assert_eq!(
            date_in_url("https://www.quantamagazine.org/cells-that-taste-danger-20191115/"),
            d("2019-11-15")
        );
        assert_eq!(date_in_url("https://x.com/a-1-2-33333333/"), None);
        assert_eq!(date_in_url("https://x.com/2025/04/"), None);
        assert_eq!(date_in_url("https://2025/04/12.com/"), None);
        assert_eq!(date_in_url("not a url"), None);
    }
}
