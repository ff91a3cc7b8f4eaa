//! What a page's markup says about it before any extraction prunes the
//! tree: JSON-LD (inside `@graph` arrays or nested objects), the many
//! `<meta>` names publishers use, the canonical URL, the declared language.
//! The headline and the publication date are chosen from these, and from
//! the page's text, by [`super::headline`] and [`super::published`].

use dom_query::Document;
use serde_json::Value;

use crate::dates::{parse_stamp, Stamp};

/// What the page's head and markup say about it.
#[derive(Debug, Default)]
pub(crate) struct PageMeta {
    /// Every `<meta>` as (lower-cased name, property or itemprop; content).
    pub metas: Vec<(String, String)>,
    /// JSON-LD `datePublished` of an article-typed object, then of any.
    pub ld_published: Option<Stamp>,
    pub ld_any_published: Option<Stamp>,
    /// JSON-LD `dateModified` (of an article, else of any object).
    pub ld_modified: Option<Stamp>,
    /// JSON-LD `headline` of an article-typed object.
    pub ld_headline: Option<String>,
    pub publisher: Option<String>,
    pub canonical_url: Option<String>,
    pub lang: Option<String>,
}

impl PageMeta {
    /// The first value of the first of `keys` the page has.
    pub fn lookup(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|key| {
            self.metas
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        })
    }

    /// Every value of `key`, in page order.
    pub fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.metas
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

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
    let mut ld = LdFound::default();
    for script in doc.select("script[type='application/ld+json']").iter() {
        let text = script.text();
        let text = text
            .trim()
            .trim_start_matches("<![CDATA[")
            .trim_end_matches("]]>");
        if let Ok(value) = serde_json::from_str::<Value>(text) {
            walk(&value, 0, &mut ld);
        }
    }
    let mut meta = PageMeta {
        metas,
        ld_published: ld.article.published,
        ld_any_published: ld.any.published,
        ld_modified: ld.article.modified.or(ld.any.modified),
        ld_headline: ld.article.headline,
        ..PageMeta::default()
    };
    meta.publisher = ld.article.publisher.or(ld.any.publisher).or_else(|| {
        meta.lookup(PUBLISHER_META)
            .filter(|name| !name.starts_with("http") && !name.starts_with('@'))
            .map(str::to_owned)
    });
    meta.canonical_url = doc
        .select("link[rel=canonical]")
        .attr("href")
        .map(|h| h.to_string())
        .or_else(|| meta.lookup(&["og:url"]).map(str::to_owned))
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    meta.lang = doc
        .select("html")
        .attr("lang")
        .map(|l| l.to_string())
        .filter(|l| !l.trim().is_empty());
    meta
}

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

#[derive(Default)]
struct LdFound {
    article: LdObject,
    any: LdObject,
}

#[derive(Default)]
struct LdObject {
    published: Option<Stamp>,
    modified: Option<Stamp>,
    publisher: Option<String>,
    headline: Option<String>,
}

fn walk(value: &Value, depth: usize, found: &mut LdFound) {
    if depth > MAX_JSON_DEPTH {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| walk(v, depth + 1, found)),
        Value::Object(map) => {
            let stamp = |key: &str| map.get(key).and_then(Value::as_str).and_then(parse_stamp);
            let target = if is_article(map.get("@type")) {
                &mut found.article
            } else {
                &mut found.any
            };
            target.published = target.published.or_else(|| stamp("datePublished"));
            target.modified = target.modified.or_else(|| stamp("dateModified"));
            if target.publisher.is_none() {
                target.publisher = map.get("publisher").and_then(publisher_name);
            }
            if target.headline.is_none() {
                target.headline = map
                    .get("headline")
                    .and_then(Value::as_str)
                    .map(|h| super::text::one_line(&decode_entities(h)))
                    .filter(|h| !h.is_empty());
            }
            for (key, child) in map {
                if key != "publisher" {
                    walk(child, depth + 1, found);
                }
            }
        }
        _ => {}
    }
}

/// JSON-LD written by templates sometimes keeps HTML entities (`&amp;`,
/// `&#8217;`) in its strings.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    Document::fragment(format!("<p>{}</p>", text.replace('<', "&lt;")))
        .select("p")
        .text()
        .to_string()
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
               "dateModified":"2025-04-13T08:00:00+02:00","headline":"Le Sahel &amp; la France",
               "publisher":{"@type":"Organization","name":"Le Monde"}}]}
            </script></head><body></body></html>"#;
        let meta = meta_of(html);
        assert_eq!(meta.ld_published.unwrap().date.to_string(), "2025-04-12");
        assert_eq!(meta.ld_published.unwrap().offset, Some(7200));
        assert_eq!(
            meta.ld_any_published.unwrap().date.to_string(),
            "2020-01-01"
        );
        assert_eq!(meta.ld_modified.unwrap().date.to_string(), "2025-04-13");
        assert_eq!(meta.ld_headline.as_deref(), Some("Le Sahel & la France"));
        assert_eq!(meta.publisher.as_deref(), Some("Le Monde"));
        assert_eq!(meta.lang.as_deref(), Some("fr-FR"));
    }

    #[test]
    fn unusable_values_are_skipped() {
        let meta = meta_of(
            r#"<head><meta name="publisher" content="https://facebook.com/x">
            <link rel="canonical" href="/relative">
            <script type="application/ld+json">{not json</script></head>"#,
        );
        assert_eq!(meta.publisher, None);
        assert_eq!(meta.canonical_url, None);
        assert_eq!(meta.ld_published, None);
    }

    #[test]
    fn deep_json_ld_does_not_recurse_without_bound() {
        let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
        let meta = meta_of(&format!(
            r#"<script type="application/ld+json">{deep}</script>"#
        ));
        assert_eq!(meta.ld_published, None);
    }
}
