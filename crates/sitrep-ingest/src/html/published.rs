//! A page's publication date, in the manner of htmldate: structured data
//! first (JSON-LD, `<meta>`, `itemprop`, `<time datetime>`), then the URL,
//! then dates written near the headline or in elements named for dates,
//! then publication keys in scripts; modification dates only when nothing
//! else is found. A date after the capture (with a day's grace for time
//! zones) is refused wherever it comes from. The page's own time zone is
//! kept: a UTC timestamp on a page whose other timestamps carry an offset
//! is read in that offset, so a late-evening article keeps its day.

use chrono::{Datelike, NaiveDate};
use dom_query::{Document, NodeId, Selection};

use super::headline::page_title;
use super::meta::PageMeta;
use super::text::one_line;
use super::visible::visible_text;
use crate::dates::relative::relative_date;
use crate::dates::text::{
    cue_phrases, date_element_selector, dates_in_text, other_articles_selector,
};
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

/// Parts of other keys in scripts that name a publication date
/// (`publishTime`, `content_publication_datetime`, `article_date`), matched
/// case-insensitively when no key of `SCRIPT_KEYS` is found; keys holding
/// any of `NOT_PUBLICATION_KEYS` are something else's date.
const SCRIPT_KEY_PARTS: &[&str] = &[
    "publish",
    "publicat",
    "pubdate",
    "article_date",
    "articledate",
];
const NOT_PUBLICATION_KEYS: &[&str] = &["modif", "updat", "video", "image", "expir", "embargo"];

/// Attributes that hold an element's publication timestamp
/// (`<p data-publicationdate="2024-04-15T13:38:00+02:00">`).
const PUBLISHED_ATTRIBUTES: &[&str] = &[
    "data-publicationdate",
    "data-publication-date",
    "data-published",
    "data-published-date",
    "data-publish-date",
    "data-date-published",
    "data-pubdate",
];

/// How far after the headline (in characters of visible text, spaces
/// collapsed) a written date is taken for the article's own.
const NEAR_HEADLINE: usize = 1000;
/// How far after the headline a relative date ("vor 14 Minuten") is taken
/// for the article's own: only in its dateline, not in the story, where
/// "3 days ago" is something else's time.
const RELATIVE_NEAR_HEADLINE: usize = 200;
/// The headline may be written more than once (a sticky header before the
/// article's own); the text after each of this many is searched.
const HEADLINE_OCCURRENCES: usize = 3;
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

/// A publication date, where it was read and how sure it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Published {
    pub date: NaiveDate,
    pub source: DateSource,
    /// From 0 to 1: the source's prior ([`DateSource::confidence`]), halfway
    /// to 1 when another source of the page (JSON-LD, `<meta>`, the URL)
    /// gives the same day, halved when they give only other days (more than
    /// a day apart, so a time zone is no disagreement).
    pub confidence: f32,
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
) -> Option<Published> {
    let dated = find_date(doc, meta, url, headline, captured)?;
    let published_meta = PUBLISHED_META
        .iter()
        .find_map(|key| meta.all(key).find_map(parse_stamp));
    let witnesses = [
        (
            DateSource::JsonLd,
            meta.ld_published.or(meta.ld_any_published).map(|s| s.date),
        ),
        (DateSource::Meta, published_meta.map(|s| s.date)),
        (DateSource::Url, url.and_then(date_in_url)),
    ];
    let (mut agree, mut disagree) = (false, false);
    for (source, date) in witnesses {
        let Some(date) = date.filter(|_| source != dated.source) else {
            continue;
        };
        let apart = (date - dated.date).num_days().abs();
        agree |= apart == 0;
        disagree |= apart > 1;
    }
    let prior = dated.source.confidence();
    let confidence = if agree {
        prior + (1.0 - prior) / 2.0
    } else if disagree {
        prior / 2.0
    } else {
        prior
    };
    Some(Published {
        date: dated.date,
        source: dated.source,
        confidence,
    })
}

fn find_date(
    doc: &Document,
    meta: &PageMeta,
    url: Option<&str>,
    headline: Option<&str>,
    captured: Option<NaiveDate>,
) -> Option<Dated> {
    let not_future = |date: NaiveDate| captured.is_none_or(|c| date <= with_grace(c));
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
    let heading = headline_element(doc, headline);
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
    let stamp_date = |s: Option<Stamp>, source| {
        s.map(|s| s.date_in(zone))
            .filter(|d| not_future(*d))
            .map(|date| (date, source))
    };
    let stamp = |s: Option<Stamp>, source| {
        stamp_date(s, source).map(|(date, source)| Dated { date, source })
    };

    let structured = stamp_date(meta.ld_published, DateSource::JsonLd)
        .or_else(|| stamp_date(published_meta, DateSource::Meta))
        .or_else(|| stamp_date(meta.ld_any_published, DateSource::JsonLd))
        .or_else(|| stamp_date(itemprop, DateSource::Itemprop))
        .or_else(|| time_element(doc, heading.as_ref(), zone, captured))
        .map(|(date, source)| Dated { date, source });
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
        Some(page_title(doc).to_string()),
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
    let written = written_dates(doc, heading.as_ref(), headline, captured, url_month);
    written
        .published
        .map(|date| Dated {
            date,
            source: DateSource::Text,
        })
        .or_else(|| stamp(script_date(doc), DateSource::Script))
        .or_else(|| {
            page_date_elements(doc, captured).map(|date| Dated {
                date,
                source: DateSource::Text,
            })
        })
        .or_else(|| {
            written.relative.map(|date| Dated {
                date,
                source: DateSource::Relative,
            })
        })
        .or_else(|| stamp(meta.ld_modified.or(modified_meta), DateSource::Modified))
        .or_else(|| {
            written.modified.map(|date| Dated {
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
        .or_else(|| {
            let selector = PUBLISHED_ATTRIBUTES
                .iter()
                .map(|a| format!("[{a}]"))
                .collect::<Vec<_>>()
                .join(", ");
            doc.select(&selector).iter().find_map(|node| {
                PUBLISHED_ATTRIBUTES
                    .iter()
                    .find_map(|attr| node.attr(attr).and_then(|v| parse_stamp(&v)))
            })
        })
}

/// The publication `<time>`: the first in the headline's own block (the
/// header or byline around the `<h1>`), else the first of the article's
/// header, else of the page, unless it is marked as a modification. A
/// `<time datetime>` in UTC on a page that states no zone is read as the
/// date its own text shows when that is a day either side ("18.07.2024,
/// 11.08 Uhr" for `…T09:08Z` is the page's local rendering); a `<time>`
/// with a date in its text only, in the headline's block, counts too.
fn time_element(
    doc: &Document,
    heading: Option<&Selection>,
    zone: Option<i32>,
    captured: Option<NaiveDate>,
) -> Option<(NaiveDate, DateSource)> {
    let read = |node: &Selection, with_text: bool| -> Option<NaiveDate> {
        if is_modification(node) {
            return None;
        }
        let shown = || {
            dates_in_text(&node.text())
                .first()
                .and_then(|found| pick_reading(&found.readings, captured))
        };
        match node.attr("datetime").and_then(|v| parse_stamp(&v)) {
            Some(stamp) => {
                let date = stamp.date_in(zone);
                let utc_only = stamp.offset == Some(0) && zone.is_none();
                match shown() {
                    Some(local) if utc_only && (local - date).num_days().abs() == 1 => Some(local),
                    _ => Some(date),
                }
            }
            None if with_text => shown(),
            None => None,
        }
    };
    let not_future = |d: &NaiveDate| captured.is_none_or(|c| *d <= with_grace(c));
    if let Some(heading) = heading {
        for level in heading.ancestors(Some(HEADLINE_BLOCK_DEPTH)).iter() {
            let found = level
                .select("time")
                .iter()
                .take(5)
                .find_map(|node| read(&node, true).filter(not_future));
            if let Some(date) = found {
                return Some((date, DateSource::TimeElement));
            }
        }
    }
    // Elsewhere, passing over the `<time>`s of lists of other articles
    // (sidebars, "related", "latest"), which are other articles' dates.
    let elsewhere: Vec<NodeId> = doc
        .select(other_articles_selector())
        .select("time")
        .nodes()
        .iter()
        .map(|n| n.id)
        .collect();
    let own = |node: &Selection| node.nodes().first().is_some_and(|n| !elsewhere.contains(&n.id));
    let times = doc.select("article time[datetime], header time[datetime], main time[datetime]");
    let times = if times.length() > 0 {
        times
    } else {
        doc.select("time")
    };
    times
        .iter()
        .filter(own)
        .take(5)
        .find_map(|node| read(&node, true).filter(not_future))
        .map(|date| (date, DateSource::TimeElement))
}

/// A `<time>` marked as an update, unless it is marked as the publication
/// too (WordPress writes `class="entry-date published updated"` on a post
/// never updated).
fn is_modification(node: &Selection) -> bool {
    let marks = [
        node.attr("class"),
        node.attr("itemprop"),
        node.parent().attr("class"),
    ];
    let marked = |words: &[&str]| {
        marks.iter().flatten().any(|m| {
            let m = m.to_ascii_lowercase();
            words.iter().any(|w| m.contains(w))
        })
    };
    marked(&["updat", "modif"]) && !marked(&["publish"])
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

/// The dates written near the headline, by kind.
#[derive(Debug, Default)]
struct Written {
    /// The first written date not after a modification phrase.
    published: Option<NaiveDate>,
    /// The first after one ("Updated 3 May 2025").
    modified: Option<NaiveDate>,
    /// The first relative date ("vor 14 Minuten") in the headline's
    /// dateline, read against the capture date.
    relative: Option<NaiveDate>,
}

/// Dates written in the visible text: in elements named for dates, then
/// just after the headline. The first is the publication date, unless a
/// modification phrase ("Updated") stands before it; the first such is
/// returned apart, and so is the first relative date.
fn written_dates(
    doc: &Document,
    heading: Option<&Selection>,
    headline: Option<&str>,
    captured: Option<NaiveDate>,
    url_month: Option<(i32, u32)>,
) -> Written {
    let modified_cues = cue_phrases("modified");
    // An element's size is that of its words: indentation does not make a
    // date element a container.
    let date_texts = |scope: &Selection| -> Vec<String> {
        scope
            .select(date_element_selector())
            .iter()
            .take(MAX_DATE_ELEMENTS)
            .map(|node| one_line(&node.text()))
            .filter(|t| t.len() <= MAX_DATE_ELEMENT_TEXT)
            .collect()
    };
    // Nearest first: the headline's own block, the text after the
    // headline, then the article.
    let mut texts: Vec<String> = Vec::new();
    if let Some(heading) = heading {
        for level in heading.ancestors(Some(HEADLINE_BLOCK_DEPTH)).iter() {
            texts.extend(date_texts(&level));
            if !texts.is_empty() {
                break;
            }
        }
    }
    // After the chosen headline, else after the `<h1>` when the headline
    // came from elsewhere and is not written on the page as such.
    let block_texts = texts.len();
    let near = headline
        .and_then(|h| text_after_headline(doc, h))
        .or_else(|| {
            let h1 = one_line(&heading?.text());
            (!h1.is_empty())
                .then(|| text_after_headline(doc, &h1))
                .flatten()
        });
    let relative = captured.and_then(|captured| {
        let dateline = near.iter().flatten().map(|after| {
            let end = after
                .char_indices()
                .nth(RELATIVE_NEAR_HEADLINE)
                .map_or(after.len(), |(i, _)| i);
            &after[..end]
        });
        texts[..block_texts]
            .iter()
            .map(String::as_str)
            .chain(dateline)
            .find_map(|text| relative_date(text, captured))
    });
    texts.extend(near.into_iter().flatten());
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
    Written {
        published: first(&published),
        modified: first(&modified),
        relative,
    }
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

/// The page's visible text (no scripts, no captions) from its headline on,
/// a little beyond; one piece for each time the headline is written.
fn text_after_headline(doc: &Document, headline: &str) -> Option<Vec<String>> {
    let body = visible_text(&doc.select("body"));
    let probe: String = one_line(headline).chars().take(40).collect();
    if probe.is_empty() {
        return None;
    }
    let pieces: Vec<String> = body
        .match_indices(probe.as_str())
        .take(HEADLINE_OCCURRENCES)
        .map(|(at, _)| {
            let end = body[at..]
                .char_indices()
                .nth(headline.chars().count() + NEAR_HEADLINE)
                .map_or(body.len(), |(i, _)| at + i);
            body[at..end].to_string()
        })
        .collect();
    (!pieces.is_empty()).then_some(pieces)
}

/// A key of `SCRIPT_KEYS` followed by a quoted timestamp in a script, else
/// any key naming a publication (`SCRIPT_KEY_PARTS`) so followed.
fn script_date(doc: &Document) -> Option<Stamp> {
    let scripts: Vec<String> = doc
        .select("script:not([type='application/ld+json'])")
        .iter()
        .map(|s| s.text().to_string())
        .collect();
    let exact = scripts.iter().find_map(|text| {
        SCRIPT_KEYS.iter().find_map(|key| {
            text.match_indices(key)
                .find_map(|(at, _)| value_after_key(&text[at + key.len()..]))
        })
    });
    exact.or_else(|| scripts.iter().find_map(|text| any_publication_key(text)))
}

/// The timestamp after a key: `": "2024-…"`, `' : '2024-…'`, `=\"2024-…`.
fn value_after_key(rest: &str) -> Option<Stamp> {
    let rest = rest.trim_start_matches(['"', '\'', '\\', ' ']);
    let rest = rest.strip_prefix([':', '='])?;
    let value = rest.trim_start_matches([' ', '"', '\'', '\\']);
    let end = value
        .find(['"', '\'', '\\', ',', '}'])
        .unwrap_or(value.len().min(40));
    value.get(..end).and_then(parse_stamp)
}

/// The first quoted key holding one of `SCRIPT_KEY_PARTS` and none of
/// `NOT_PUBLICATION_KEYS` whose value is a timestamp.
fn any_publication_key(text: &str) -> Option<Stamp> {
    let lower = text.to_ascii_lowercase();
    SCRIPT_KEY_PARTS.iter().find_map(|part| {
        lower.match_indices(part).find_map(|(at, _)| {
            let is_key_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
            let start = lower[..at]
                .rfind(|c: char| !is_key_char(c))
                .map_or(0, |i| i + 1);
            let end = lower[at..]
                .find(|c: char| !is_key_char(c))
                .map_or(lower.len(), |i| at + i);
            let key = &lower[start..end];
            let quoted = lower[..start].ends_with(['"', '\'']);
            if !quoted || NOT_PUBLICATION_KEYS.iter().any(|n| key.contains(n)) {
                return None;
            }
            value_after_key(&text[end..])
        })
    })
}

/// The first date written in an element named for dates anywhere on the
/// page: the last resort before modification dates, for pages whose date
/// stands in a toolbar apart from the headline.
fn page_date_elements(doc: &Document, captured: Option<NaiveDate>) -> Option<NaiveDate> {
    doc.select(date_element_selector())
        .iter()
        .take(MAX_DATE_ELEMENTS)
        .map(|node| one_line(&node.text()))
        .filter(|t| t.len() <= MAX_DATE_ELEMENT_TEXT)
        .find_map(|text| {
            dates_in_text(&text)
                .first()
                .and_then(|found| pick_reading(&found.readings, captured))
        })
}

fn ceil_char_boundary(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at.min(text.len())
}
