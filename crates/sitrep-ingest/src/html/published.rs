//! A page's publication date, in the manner of htmldate: structured data
//! first (JSON-LD, `<meta>`, `itemprop`, `<time datetime>`), then the URL,
//! then dates written near the headline or in elements named for dates,
//! then publication keys in scripts; modification dates only when nothing
//! else is found. A date after the capture (with a day's grace for time
//! zones) is refused wherever it comes from. The page's own time zone is
//! kept: a UTC timestamp on a page whose other timestamps carry an offset
//! is read in that offset, so a late-evening article keeps its day.

use chrono::{Datelike, NaiveDate};
use dom_query::{Document, Selection};

use super::meta::PageMeta;
use crate::dates::text::{cue_phrases, dates_in_text};
use crate::dates::{date_in_url, parse_stamp, DateSource, Stamp};

/// `<meta>` names and properties that hold a publication date, lower-cased,
/// most specific first.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article:published",
    "article.published",
    "published_time",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "publication_date",
    "citation_publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",
    "date",
    "dc.date",
    "dcterms.date",
];

/// `<meta>` names that hold a modification date.
const MODIFIED_META: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
];

/// Keys of a publication date in the JSON or JavaScript of `<script>`
/// elements other than JSON-LD (`__NEXT_DATA__`, analytics objects).
const SCRIPT_KEYS: &[&str] = &[
    "datePublished",
    "publishDate",
    "publishedDate",
    "published_at",
    "publishedAt",
    "publicationDate",
    "firstPublishDate",
    "date_published",
    "publish_date",
    "pubDate",
];

/// Elements whose class or id names them as holding a date.
const DATE_ELEMENTS: &str = "[class*=date], [class*=Date], [class*=time], [class*=publish], \
    [id*=date], [class*=posted], [class*=dateline], [class*=byline], [class*=meta]";

/// How far after the headline (in bytes of text) a written date is taken
/// for the article's own.
const NEAR_HEADLINE: usize = 1500;
/// How many levels above the headline count as its block (header,
/// byline, dateline).
const HEADLINE_BLOCK_DEPTH: usize = 4;
/// At most this many date-named elements are read.
const MAX_DATE_ELEMENTS: usize = 40;
/// A date-named element with more text than this is a container, not a date.
const MAX_DATE_ELEMENT_TEXT: usize = 200;

/// A publication date and where it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dated {
    pub date: NaiveDate,
    pub source: DateSource,
}

/// The page's publication date. `headline` is the chosen headline, whose
/// place in the text anchors the search of the visible text; `captured` the
/// capture date, after which no date is accepted.
pub(crate) fn publication_date(
    doc: &Document,
    meta: &PageMeta,
    url: Option<&str>,
    headline: Option<&str>,
    captured: Option<NaiveDate>,
) -> Option<Dated> {
    let not_future =
        |date: NaiveDate| captured.is_none_or(|c| date <= with_grace(c));
    let meta_stamps = |keys: &[&str]| -> Option<Stamp> {
        keys.iter().find_map(|key| {
            meta.all(key)
                .find_map(parse_stamp)
                .filter(|s| not_future(s.date))
        })
    };
    let published_meta = meta_stamps(PUBLISHED_META);
    let modified_meta = meta_stamps(MODIFIED_META);
    let itemprop = itemprop_date(doc);
    let zone = [
        meta.ld_published,
        meta.ld_modified,
        published_meta,
        modified_meta,
        itemprop,
    ]
    .into_iter()
    .flatten()
    .find_map(|s| s.offset.filter(|o| *o != 0));
    let stamp = |s: Option<Stamp>, source| {
        s.map(|s| s.date_in(zone))
            .filter(|d| not_future(*d))
            .map(|date| Dated { date, source })
    };

    let structured = stamp(meta.ld_published, DateSource::JsonLd)
        .or_else(|| stamp(published_meta, DateSource::Meta))
        .or_else(|| stamp(meta.ld_any_published, DateSource::JsonLd))
        .or_else(|| stamp(itemprop, DateSource::Itemprop))
        .or_else(|| stamp(time_element(doc), DateSource::TimeElement));
    if structured.is_some() {
        return structured;
    }
    if let Some(date) = url.and_then(date_in_url).filter(|d| not_future(*d)) {
        return Some(Dated {
            date,
            source: DateSource::Url,
        });
    }
    let titles = [
        meta.lookup(&["og:title"]).map(str::to_owned),
        Some(doc.select("head title").text().to_string()),
    ];
    let in_title = titles
        .iter()
        .flatten()
        .flat_map(|t| dates_in_text(t))
        .find_map(|found| pick_reading(&found.readings, captured));
    if let Some(date) = in_title {
        return Some(Dated {
            date,
            source: DateSource::Title,
        });
    }
    let url_month = url.and_then(month_in_url);
    let (written, written_modified) = written_dates(doc, headline, captured, url_month);
    written
        .map(|date| Dated {
            date,
            source: DateSource::Text,
        })
        .or_else(|| stamp(script_date(doc), DateSource::Script))
        .or_else(|| stamp(meta.ld_modified.or(modified_meta), DateSource::Modified))
        .or_else(|| {
            written_modified.map(|date| Dated {
                date,
                source: DateSource::Modified,
            })
        })
}

/// `itemprop="datePublished"` on any element (`content` or `datetime`), and
/// `<time>` marked as the publication time.
fn itemprop_date(doc: &Document) -> Option<Stamp> {
    doc.select("[itemprop=datePublished], time[pubdate], time[data-testid=timestamp]")
        .iter()
        .find_map(|node| {
            ["datetime", "content"]
                .iter()
                .find_map(|attr| node.attr(attr).and_then(|v| parse_stamp(&v)))
        })
}

/// The first `<time datetime>` of the article's header, or of the page,
/// unless it is marked as a modification.
fn time_element(doc: &Document) -> Option<Stamp> {
    let times = doc.select("article time[datetime], header time[datetime], main time[datetime]");
    let times = if times.length() > 0 {
        times
    } else {
        doc.select("time[datetime]")
    };
    times.iter().take(5).find_map(|node| {
        if is_modification(&node) {
            return None;
        }
        node.attr("datetime").and_then(|v| parse_stamp(&v))
    })
}

fn is_modification(node: &Selection) -> bool {
    let marks = [
        node.attr("class"),
        node.attr("itemprop"),
        node.parent().attr("class"),
    ];
    marks.iter().flatten().any(|m| {
        let m = m.to_ascii_lowercase();
        m.contains("updat") || m.contains("modif")
    })
}

/// Year and month from a URL written `/2024/04/slug`: not a date, but a
/// written date in that month is surer than one in another.
fn month_in_url(url: &str) -> Option<(i32, u32)> {
    let segments: Vec<&str> = url.split(['/', '?', '#']).collect();
    segments.windows(2).find_map(|w| {
        let year: i32 = (w[0].len() == 4).then(|| w[0].parse().ok()).flatten()?;
        let month: u32 = (w[1].len() == 2).then(|| w[1].parse().ok()).flatten()?;
        ((1990..=2100).contains(&year) && (1..=12).contains(&month)).then_some((year, month))
    })
}

/// Dates written in the visible text: in elements named for dates, then
/// just after the headline. The first is the publication date, unless a
/// modification phrase ("Updated") stands before it; the first such is
/// returned apart.
fn written_dates(
    doc: &Document,
    headline: Option<&str>,
    captured: Option<NaiveDate>,
    url_month: Option<(i32, u32)>,
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let modified_cues = cue_phrases("modified");
    let date_texts = |scope: &Selection| -> Vec<String> {
        scope
            .select(DATE_ELEMENTS)
            .iter()
            .take(MAX_DATE_ELEMENTS)
            .map(|node| node.text().to_string())
            .filter(|t| t.len() <= MAX_DATE_ELEMENT_TEXT)
            .collect()
    };
    // Nearest first: the headline's own block, the text after the
    // headline, then the article.
    let mut texts: Vec<String> = Vec::new();
    if let Some(heading) = headline_element(doc, headline) {
        for level in heading.ancestors(Some(HEADLINE_BLOCK_DEPTH)).iter() {
            texts.extend(date_texts(&level));
            if !texts.is_empty() {
                break;
            }
        }
    }
    if let Some(near) = headline.and_then(|h| text_after_headline(doc, h)) {
        texts.push(near);
    }
    texts.extend(date_texts(&doc.select("article, main, [role=main]")));
    let (mut published, mut modified) = (Vec::new(), Vec::new());
    for text in &texts {
        for found in dates_in_text(text) {
            let Some(date) = pick_reading(&found.readings, captured) else {
                continue;
            };
            let before = &text[..found.start];
            let before = before[ceil_char_boundary(before, before.len().saturating_sub(40))..]
                .to_lowercase();
            if modified_cues
                .iter()
                .any(|cue| before.contains(cue.as_str()))
            {
                modified.push(date);
            } else {
                published.push(date);
            }
        }
    }
    let in_url_month =
        |d: &NaiveDate| url_month.is_none_or(|(y, m)| d.year() == y && d.month() == m);
    let first = |dates: &[NaiveDate]| {
        dates
            .iter()
            .find(|d| in_url_month(d))
            .or(dates.first())
            .copied()
    };
    (first(&published), first(&modified))
}

/// The capture date and a day more, for time zones east of the capture's.
fn with_grace(captured: NaiveDate) -> NaiveDate {
    captured
        .checked_add_days(chrono::Days::new(1))
        .unwrap_or(captured)
}

/// The `<h1>` that holds the headline, else the page's first.
fn headline_element<'a>(doc: &'a Document, headline: Option<&str>) -> Option<Selection<'a>> {
    let headings = doc.select("body h1");
    let probe: Option<String> = headline.map(|h| h.chars().take(40).collect());
    headings
        .iter()
        .find(|h| probe.as_deref().is_some_and(|p| h.text().contains(p)))
        .or_else(|| headings.iter().next())
}

/// The reading of a date that is not after the capture, the latest such
/// when day and month may be swapped.
fn pick_reading(readings: &[NaiveDate], captured: Option<NaiveDate>) -> Option<NaiveDate> {
    match captured {
        None => readings.first().copied(),
        Some(c) => readings
            .iter()
            .filter(|d| **d <= with_grace(c))
            .max()
            .copied(),
    }
}

/// The page's text from its headline on, a little beyond.
fn text_after_headline(doc: &Document, headline: &str) -> Option<String> {
    let body = doc.select("body").text();
    let probe: String = headline.chars().take(40).collect();
    let at = body.find(probe.as_str())?;
    let end = floor_char_boundary(&body, at + headline.len() + NEAR_HEADLINE);
    Some(body[at..end].to_string())
}

/// A key of `SCRIPT_KEYS` followed by a quoted timestamp in a script.
fn script_date(doc: &Document) -> Option<Stamp> {
    for script in doc
        .select("script:not([type='application/ld+json'])")
        .iter()
    {
        let text = script.text();
        for key in SCRIPT_KEYS {
            for (at, _) in text.match_indices(key) {
                let rest = &text[at + key.len()..];
                let rest = rest.trim_start_matches(['"', '\'', '\\', ' ']);
                let Some(rest) = rest.strip_prefix([':', '=']) else {
                    continue;
                };
                let value = rest.trim_start_matches([' ', '"', '\'', '\\']);
                let end = value
                    .find(['"', '\'', '\\', ',', '}'])
                    .unwrap_or(value.len().min(40));
                if let Some(stamp) = value.get(..end).and_then(parse_stamp) {
                    return Some(stamp);
                }
            }
        }
    }
    None
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_char_boundary(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at.min(text.len())
}
