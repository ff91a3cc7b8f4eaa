//! Page metadata the extractor's own reading may miss: JSON-LD inside
//! `@graph` arrays or nested objects, the many `<meta>` names publishers use
//! for a publication date, `<time itemprop="datePublished">`, the canonical
//! URL. Read before extraction, which prunes the tree.

use chrono::NaiveDate;
use dom_query::Document;
use serde_json::Value;

use crate::dates::parse_date;

/// What the page's head and markup say about it.
#[derive(Debug, Default)]
pub(crate) struct PageMeta {
    pub date: Option<NaiveDate>,
    pub publisher: Option<String>,
    pub canonical_url: Option<String>,
    pub title: Option<String>,
    pub lang: Option<String>,
}

/// `<meta>` names and properties that hold a publication date, lower-cased,
/// most specific first.
const DATE_META: &[&str] = &[
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

/// `<meta>` names that hold the outlet's name.
const PUBLISHER_META: &[&str] = &[
    "og:site_name",
    "application-name",
    "dc.publisher",
    "publisher",
    "cxenseparse:recs:publisher",
];

/// Deep JSON-LD is refused past this nesting, so a hostile page cannot make
/// the walk recurse without bound.
const MAX_JSON_DEPTH: usize = 16;

pub(crate) fn scan(doc: &Document) -> PageMeta {
    let metas = meta_values(doc);
    let lookup = |keys: &[&str]| {
        keys.iter()
            .find_map(|key| metas.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()))
    };
    let (ld_date, ld_publisher) = json_ld(doc);

    let date = ld_date
        .or_else(|| {
            DATE_META.iter().find_map(|key| {
                metas
                    .iter()
                    .filter(|(k, _)| k == key)
                    .find_map(|(_, v)| parse_date(v))
            })
        })
        .or_else(|| time_element_date(doc));
    let publisher = ld_publisher.or_else(|| {
        lookup(PUBLISHER_META).filter(|name| !name.starts_with("http") && !name.starts_with('@'))
    });
    let canonical_url = doc
        .select("link[rel=canonical]")
        .attr("href")
        .map(|h| h.to_string())
        .or_else(|| lookup(&["og:url"]))
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let title = lookup(&["og:title", "twitter:title"]).or_else(|| {
        let title = doc.select("head title").text();
        Some(title.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|t| !t.is_empty())
    });
    let lang = doc
        .select("html")
        .attr("lang")
        .map(|l| l.to_string())
        .filter(|l| !l.trim().is_empty());
    PageMeta {
        date,
        publisher,
        canonical_url,
        title,
        lang,
    }
}

/// Every `<meta>` as (lower-cased name, property or itemprop; content).
fn meta_values(doc: &Document) -> Vec<(String, String)> {
    let mut values = Vec::new();
    for node in doc.select("meta[content]").iter() {
        let Some(content) = node.attr("content") else {
            continue;
        };
        let content = content.trim();
        if content.is_empty() {
            continue;
        }
        for key_attr in ["property", "name", "itemprop"] {
            if let Some(key) = node.attr(key_attr) {
                values.push((key.trim().to_ascii_lowercase(), content.to_owned()));
            }
        }
    }
    values
}

/// `<time datetime>` marked as the publication time.
fn time_element_date(doc: &Document) -> Option<NaiveDate> {
    let marked =
        doc.select("time[itemprop=datePublished], time[pubdate], time[data-testid=timestamp]");
    marked
        .iter()
        .find_map(|t| t.attr("datetime").and_then(|d| parse_date(&d)))
}

/// The publication date and publisher name of the first article-like object
/// in the page's JSON-LD blocks (or of any object, when none is typed as an
/// article).
fn json_ld(doc: &Document) -> (Option<NaiveDate>, Option<String>) {
    let mut best = Found::default();
    let mut any = Found::default();
    for script in doc.select("script[type='application/ld+json']").iter() {
        let text = script.text();
        let text = text
            .trim()
            .trim_start_matches("<![CDATA[")
            .trim_end_matches("]]>");
        let Ok(value) = serde_json::from_str::<Value>(text) else {
            continue;
        };
        walk(&value, 0, &mut best, &mut any);
    }
    (best.date.or(any.date), best.publisher.or(any.publisher))
}

#[derive(Default)]
struct Found {
    date: Option<NaiveDate>,
    publisher: Option<String>,
}

fn walk(value: &Value, depth: usize, best: &mut Found, any: &mut Found) {
    if depth > MAX_JSON_DEPTH {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| walk(v, depth + 1, best, any)),
        Value::Object(map) => {
            let date = map
                .get("datePublished")
                .and_then(Value::as_str)
                .and_then(parse_date);
            let publisher = map.get("publisher").and_then(publisher_name);
            let target = if is_article(map.get("@type")) {
                &mut *best
            } else {
                &mut *any
            };
            if target.date.is_none() {
                target.date = date;
            }
            if target.publisher.is_none() {
                target.publisher = publisher;
            }
            for (key, child) in map {
                if key != "publisher" {
                    walk(child, depth + 1, best, any);
                }
            }
        }
        _ => {}
    }
}

fn publisher_name(value: &Value) -> Option<String> {
    let name = match value {
        Value::String(s) => s.as_str(),
        Value::Object(map) => map.get("name").and_then(Value::as_str)?,
        Value::Array(items) => return items.iter().find_map(publisher_name),
        _ => return None,
    };
    let name = name.trim();
    (!name.is_empty() && !name.starts_with("http")).then(|| name.to_owned())
}

fn is_article(kind: Option<&Value>) -> bool {
    let is = |s: &str| {
        s.contains("Article") || s.contains("Posting") || s == "Report" || s == "LiveBlogPosting"
    };
    match kind {
        Some(Value::String(s)) => is(s),
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(html: &str) -> PageMeta {
        scan(&Document::from(html))
    }

    #[test]
    fn json_ld_graphs_are_searched() {
        let html = r#"<html lang="fr-FR"><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Site","datePublished":"2020-01-01"},
              {"@type":"NewsArticle","datePublished":"2025-04-12T08:00:00+02:00",
               "publisher":{"@type":"Organization","name":"Le Monde"}}]}
            </script></head><body></body></html>"#;
        let meta = meta_of(html);
        assert_eq!(meta.date.unwrap().to_string(), "2025-04-12");
        assert_eq!(meta.publisher.as_deref(), Some("Le Monde"));
        assert_eq!(meta.lang.as_deref(), Some("fr-FR"));
    }

    #[test]
    fn meta_tags_and_time_elements_give_dates() {
        let meta = meta_of(
            r#"<head><meta name="pubdate" content="20240503"><meta property="og:site_name" content="Der Standard"></head>"#,
        );
        assert_eq!(meta.date.unwrap().to_string(), "2024-05-03");
        assert_eq!(meta.publisher.as_deref(), Some("Der Standard"));
        let meta = meta_of(
            r#"<body><time datetime="2023-02-01T10:00Z" itemprop="datePublished">1 Feb</time></body>"#,
        );
        assert_eq!(meta.date.unwrap().to_string(), "2023-02-01");
    }

    #[test]
    fn unusable_values_are_skipped() {
        let meta = meta_of(
            r#"<head><meta name="date" content="yesterday"><meta name="publisher" content="https://facebook.com/x">
            <link rel="canonical" href="/relative"><title>  A   title </title>
            <script type="application/ld+json">{not json</script></head>"#,
        );
        assert_eq!(meta.date, None);
        assert_eq!(meta.publisher, None);
        assert_eq!(meta.canonical_url, None);
        assert_eq!(meta.title.as_deref(), Some("A title"));
    }

    #[test]
    fn deep_json_ld_does_not_recurse_without_bound() {
        let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
        let meta = meta_of(&format!(
            r#"<script type="application/ld+json">{deep}</script>"#
        ));
        assert_eq!(meta.date, None);
    }
}
