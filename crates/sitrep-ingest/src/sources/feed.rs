//! The feed source: RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom, read by
//! `feed-rs`. Each item is a document: its link (else its guid or Atom id)
//! as id and URL, its title, its date, and its full content or else its
//! description as text, HTML stripped. An item with no text at all is coded
//! from its title, since a headline is still a report.

use std::borrow::Cow;

use encoding_rs::{UTF_8, WINDOWS_1252};
use feed_rs::model::{Entry, Link};
use sitrep_model::Document;

use crate::decode::xml_encoding;
use crate::error::IngestError;
use crate::guard::guard;
use crate::html::text::{fragment_to_text, one_line};
use crate::sink::{Input, Sink};

/// Feeds that are not well-formed XML are reported, naming the line, and
/// still read as far as `feed-rs` (which is lenient) can: an analyst wants
/// to know the feed is broken, and wants its items all the same.
pub(crate) fn read(input: &Input<'_>, bytes: &[u8], sink: &mut Sink<'_>) {
    let (xml, problem) = match prepare(bytes) {
        Ok(prepared) => prepared,
        Err(message) => return sink.error(IngestError::malformed(input.name, message)),
    };
    let parsed = guard("the feed parser", || parse_feed(&xml))
        .and_then(|parsed| parsed.map_err(|e| format!("not a readable feed: {e}")));
    let feed = match parsed {
        Ok(feed) => feed,
        Err(message) => {
            return sink.error(match problem {
                Some((line, problem)) => IngestError::at_line(
                    input.name,
                    line,
                    format!("not well-formed XML ({problem}); {message}"),
                ),
                None => IngestError::malformed(input.name, message),
            })
        }
    };
    if let Some((line, message)) = problem {
        sink.error(IngestError::at_line(
            input.name,
            line,
            format!("not well-formed XML ({message}); items read leniently"),
        ));
    }
    let outlet = feed
        .title
        .as_ref()
        .map(|t| one_line(&fragment_to_text(&t.content)))
        .filter(|t| !t.is_empty());
    for entry in feed.entries {
        if let Some(doc) = document(entry, outlet.as_deref(), feed.language.as_deref()) {
            sink.document(doc);
        }
    }
}

/// The bytes to give `feed-rs`, and the first well-formedness problem with
/// its line; `Err` when its entities would expand beyond the limit
/// (`entities.rs`), checked before any parser expands them.
///
/// The charset is settled here, not by `feed-rs`: the feed is decoded (from
/// its declared charset, else UTF-8, else windows-1252 when it is not valid
/// UTF-8) and handed over as UTF-8 with every XML declaration turned into a
/// plain processing instruction. Declarations that name a charset once
/// reading has begun (a second one, or one after text) make `quick-xml`
/// 0.42 under `feed-rs` 3.0 panic; fuzzing found two such inputs.
fn prepare(bytes: &[u8]) -> Result<(Vec<u8>, Option<(usize, String)>), String> {
    let (text, problem) = match xml_encoding(bytes) {
        Some(encoding) if encoding != UTF_8 => (encoding.decode_with_bom_removal(bytes).0, None),
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => (
                Cow::Borrowed(text.strip_prefix('\u{feff}').unwrap_or(text)),
                None,
            ),
            Err(e) => {
                let at = e.valid_up_to();
                let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
                let message = format!(
                    "invalid UTF-8 at byte {at} and no encoding declared; read as windows-1252"
                );
                (
                    WINDOWS_1252.decode_without_bom_handling(bytes).0,
                    Some((line, message)),
                )
            }
        },
    };
    super::entities::check(&text)?;
    let problem = problem.or_else(|| {
        let options = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        };
        roxmltree::Document::parse_with_options(&text, options)
            .err()
            .map(|e| (e.pos().row as usize, e.to_string()))
    });
    Ok((without_declarations(text.trim_start()), problem))
}

fn parse_feed(xml: &[u8]) -> Result<feed_rs::model::Feed, feed_rs::parser::ParseFeedError> {
    feed_rs::parser::parse(xml).or_else(|e| match with_rss_version(xml) {
        Some(versioned) => feed_rs::parser::parse(&versioned[..]),
        None => Err(e),
    })
}

/// The text with each `<?xml` declaration renamed `<?ignored-xml`, a
/// processing instruction that parsers skip. Lines and offsets of the rest
/// do not move, except by the added letters.
fn without_declarations(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() + 16);
    let mut rest = bytes;
    while let Some(at) = crate::format::find(rest, b"<?xml") {
        let after = rest.get(at + 5);
        out.extend_from_slice(&rest[..at]);
        if after.is_none_or(|b| b.is_ascii_whitespace() || *b == b'?') {
            out.extend_from_slice(b"<?ignored-xml");
        } else {
            // `<?xml-stylesheet …?>` and the like stay as they are.
            out.extend_from_slice(b"<?xml");
        }
        rest = &rest[at + 5..];
    }
    out.extend_from_slice(rest);
    out
}

/// `feed-rs` knows `<rss>` only by its `version`; a root without one (seen
/// in the wild) is read as RSS 2.0, which the 0.9x versions are a subset of.
fn with_rss_version(xml: &[u8]) -> Option<Vec<u8>> {
    let start = crate::format::find(xml, b"<rss")?;
    let after = *xml.get(start + 4)?;
    if !(after.is_ascii_whitespace() || after == b'>') {
        return None;
    }
    let tag_end = start + xml[start..].iter().position(|&b| b == b'>')?;
    if crate::format::find(&xml[start..tag_end], b"version").is_some() {
        return None;
    }
    let mut versioned = Vec::with_capacity(xml.len() + 16);
    versioned.extend_from_slice(&xml[..start + 4]);
    versioned.extend_from_slice(b" version=\"2.0\"");
    versioned.extend_from_slice(&xml[start + 4..]);
    Some(versioned)
}

fn document(entry: Entry, outlet: Option<&str>, feed_language: Option<&str>) -> Option<Document> {
    let url = article_link(&entry.links);
    let title = entry
        .title
        .as_ref()
        .map(|t| one_line(&fragment_to_text(&t.content)))
        .filter(|t| !t.is_empty());
    let content = entry
        .content
        .as_ref()
        .and_then(|c| c.body.as_deref())
        .map(fragment_to_text)
        .filter(|t| !t.is_empty());
    let summary = entry
        .summary
        .as_ref()
        .map(|s| fragment_to_text(&s.content))
        .filter(|t| !t.is_empty());
    let text = content.or(summary).or_else(|| title.clone())?;
    let id = url
        .clone()
        .or_else(|| Some(entry.id.trim().to_owned()).filter(|id| !id.is_empty()))?;
    Some(Document {
        id,
        text,
        date: entry
            .published
            .or(entry.updated)
            .map(|stamp| stamp.date_naive()),
        date_source: None,
        date_confidence: None,
        url,
        outlet: outlet.map(str::to_owned),
        title,
        language: entry
            .language
            .as_deref()
            .or(feed_language)
            .map(str::to_owned),
    })
}

/// The item's own page: an `alternate` link (or one without `rel`), not an
/// enclosure, a comments page or the feed itself.
fn article_link(links: &[Link]) -> Option<String> {
    links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|rel| rel == "alternate"))
        .map(|l| l.href.trim().to_owned())
        .filter(|href| !href.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::collect;

    fn run(xml: &str) -> (Vec<Document>, Vec<String>) {
        let input = Input {
            name: "f.xml",
            id: "f.xml",
            walked: false,
        };
        let (docs, errors) = collect(|sink| read(&input, xml.as_bytes(), sink));
        (docs, errors.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn rss_items_become_documents() {
        let (docs, errors) = run(
            r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Sahel &amp; World</title>
            <language>fr-FR</language>
            <item><title>Coup &lt;b&gt;foiled&lt;/b&gt;</title><link>https://x.example/a</link><guid>g1</guid>
              <pubDate>Sat, 12 Apr 2025 10:00:00 GMT</pubDate>
              <description>&lt;p&gt;Soldiers were arrested.&lt;/p&gt;&lt;p&gt;More later.&lt;/p&gt;</description></item>
            <item><title>Headline only</title><guid isPermaLink="false">g2</guid></item>
            <item><description></description></item>
            </channel></rss>"#,
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "https://x.example/a");
        assert_eq!(docs[0].title.as_deref(), Some("Coup foiled"));
        assert_eq!(docs[0].text, "Soldiers were arrested.\n\nMore later.");
        assert_eq!(docs[0].date.unwrap().to_string(), "2025-04-12");
        assert_eq!(docs[0].outlet.as_deref(), Some("Sahel & World"));
        assert_eq!(docs[0].language.as_deref(), Some("fr"));
        assert_eq!(docs[1].id, "g2");
        assert_eq!(docs[1].text, "Headline only");
    }

    #[test]
    fn atom_entries_prefer_full_content() {
        let (docs, _) = run(
            r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:f</id><updated>2025-04-12T00:00:00Z</updated>
            <entry><id>urn:e1</id><title type="html">A</title><updated>2025-04-11T23:00:00Z</updated>
              <link rel="enclosure" href="https://x.example/a.mp3"/><link href="https://x.example/a"/>
              <summary>Short.</summary><content type="html">&lt;p&gt;Long text.&lt;/p&gt;</content></entry></feed>"#,
        );
        assert_eq!(docs[0].id, "https://x.example/a");
        assert_eq!(docs[0].text, "Long text.");
        assert_eq!(docs[0].date.unwrap().to_string(), "2025-04-11");
    }

    #[test]
    fn broken_but_readable_feeds_are_reported_and_read() {
        let (docs, errors) = run("\n\n<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>Kept</title><link>https://x/a</link></item></channel></rss>");
        assert_eq!(docs.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("f.xml:3: not well-formed XML"),
            "{errors:?}"
        );
        let input = Input {
            name: "l.rss",
            id: "l.rss",
            walked: false,
        };
        let latin1 = b"<rss><channel><item><title>Not\xedcias</title><link>https://x/n</link></item></channel></rss>";
        let (docs, errors) = collect(|sink| read(&input, latin1, sink));
        assert_eq!(docs[0].title.as_deref(), Some("Not\u{ed}cias"));
        assert!(
            errors[0].to_string().contains("read as windows-1252"),
            "{errors:?}"
        );
    }

    #[test]
    fn a_second_declaration_does_not_crash_the_parser() {
        let xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>T</title>\
                   <item><title>A</title><link>https://x/a</link></item>\
                   <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><item><title>B</title><link>https://x/b</link></item>\
                   </channel></rss>";
        let (docs, errors) = run(xml);
        assert_eq!(docs.len(), 2, "{errors:?}");
        assert!(errors[0].contains("not well-formed XML"), "{errors:?}");
        let doubled = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" <?xml version=\"1.0\" encoding=\"UTF-8\"?>\
                       <rss version=\"2.0\"><channel><item><title>C</title><link>https://x/c</link></item></channel></rss>";
        let (docs, errors) = run(doubled);
        assert_eq!((docs.len(), errors.len()), (1, 1), "{errors:?}");
        assert_eq!(
            without_declarations("<?xml version='1.0'?><?xml-stylesheet href='a'?><a><?xml?></a>"),
            b"<?ignored-xml version='1.0'?><?xml-stylesheet href='a'?><a><?ignored-xml?></a>"
        );
    }

    #[test]
    fn malformed_feeds_are_reported() {
        let (docs, errors) = run("<rss><channel><item><title>x</title></chan");
        assert!(docs.is_empty());
        assert!(
            errors[0].starts_with("f.xml:1: not well-formed XML")
                && errors[0].contains("not a readable feed"),
            "{errors:?}"
        );
    }
}
