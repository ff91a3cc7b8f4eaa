//! Which source reads an input: by its name first, by its first bytes when
//! the name says nothing (or says only `.xml`).

use std::fmt;
use std::path::Path;
use std::str::FromStr;

/// The kinds of input sitrep reads. Each has one source module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text: the whole input is one document.
    Text,
    /// One web page: its main text, title, date and outlet.
    Html,
    /// JSON Lines: one document per line.
    Jsonl,
    /// RSS 2.0, RSS 1.0 (RDF) or Atom: one document per item.
    Feed,
    /// A web archive: one document per HTML `response` record.
    Warc,
    /// PETRARCH XML: one document per `<Sentence>`.
    PetrarchXml,
}

impl Format {
    /// Every format, in the order of their names in messages.
    pub const ALL: [Format; 6] = [
        Format::Text,
        Format::Html,
        Format::Jsonl,
        Format::Feed,
        Format::Warc,
        Format::PetrarchXml,
    ];

    /// The short name used on the command line and in messages.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Jsonl => "jsonl",
            Format::Feed => "feed",
            Format::Warc => "warc",
            Format::PetrarchXml => "petrarch",
        }
    }

    /// The format of an input from its path and its first bytes (after any
    /// gzip layer is removed; a few kilobytes are plenty). A trailing `.gz`
    /// in the name is looked through. `None` when neither tells.
    ///
    /// ```
    /// use std::path::Path;
    /// use sitrep_ingest::Format;
    ///
    /// assert_eq!(Format::detect(Path::new("a.html.gz"), b""), Some(Format::Html));
    /// assert_eq!(Format::detect(Path::new("news.xml"), b"<?xml version=\"1.0\"?><rss>"), Some(Format::Feed));
    /// assert_eq!(Format::detect(Path::new("-"), b"WARC/1.0\r\n"), Some(Format::Warc));
    /// ```
    pub fn detect(path: &Path, first_bytes: &[u8]) -> Option<Format> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let extension = name.rsplit_once('.').map_or("", |(_, ext)| ext);
        match extension {
            "txt" | "text" => Some(Format::Text),
            "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "warc" => Some(Format::Warc),
            "rss" | "atom" | "rdf" => Some(Format::Feed),
            "xml" => sniff_markup(first_bytes).filter(|f| *f != Format::Html),
            _ => sniff(first_bytes),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.to_ascii_lowercase();
        Format::ALL
            .into_iter()
            .find(|f| f.name() == lower || (lower == "xml" && *f == Format::PetrarchXml))
            .ok_or_else(|| {
                let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
                format!(
                    "unknown format {s:?} (expected one of {})",
                    names.join(", ")
                )
            })
    }
}

/// True when the bytes start a gzip member.
pub(crate) fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// Why [`Format::detect`] found nothing, for the error message.
pub(crate) fn describe_unknown(path: &Path, first_bytes: &[u8]) -> String {
    let body = trim_start(first_bytes);
    if body.is_empty() {
        return "the input is empty".into();
    }
    if body.starts_with(b"<") {
        return match xml_root(body) {
            Some(root) => format!("markup whose root element <{root}> is neither a feed (rss, feed, RDF) nor PETRARCH XML (Sentences, Validation)"),
            None => "markup without a recognisable root element".into(),
        };
    }
    describe_binary(path)
}

/// Whether the first bytes are binary, not text in any encoding: a NUL, or
/// more than one byte in a hundred a control character that text never
/// holds (a UTF-16 byte-order mark excepted). Legacy single-byte pages
/// (windows-1252) have high bytes but no such controls.
pub(crate) fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return false;
    }
    let controls = bytes
        .iter()
        .filter(|&&b| matches!(b, 0 | 1..=8 | 0x0e..=0x1a | 0x1c..=0x1f | 0x7f))
        .count();
    bytes.contains(&0) || controls * 100 > bytes.len()
}

/// The message for an input refused by [`looks_binary`].
pub(crate) fn describe_binary(path: &Path) -> String {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!("binary content (extension {ext:?}); expected text, HTML, JSON Lines, a feed, WARC or PETRARCH XML")
}

/// The format from content alone.
fn sniff(bytes: &[u8]) -> Option<Format> {
    let body = trim_start(bytes);
    if body.starts_with(b"WARC/") {
        return Some(Format::Warc);
    }
    if body.starts_with(b"<") {
        if let Some(format) = sniff_markup(body) {
            return Some(format);
        }
    }
    if body.starts_with(b"{\"") && first_line_is_json_object(body) {
        return Some(Format::Jsonl);
    }
    looks_like_text(bytes).then_some(Format::Text)
}

/// Feeds, PETRARCH XML and HTML told apart by their root element.
fn sniff_markup(bytes: &[u8]) -> Option<Format> {
    let body = trim_start(bytes);
    let root = xml_root(body).map(|r| r.to_ascii_lowercase());
    let local = root.as_deref().map(|r| r.rsplit(':').next().unwrap_or(r));
    match local {
        Some("rss" | "feed" | "rdf" | "channel") => return Some(Format::Feed),
        Some("sentences" | "validation") => return Some(Format::PetrarchXml),
        Some("html") => return Some(Format::Html),
        _ => {}
    }
    if contains(body, b"<Sentence ") || contains(body, b"<Sentence>") {
        return Some(Format::PetrarchXml);
    }
    let lower: Vec<u8> = body.iter().take(4096).map(u8::to_ascii_lowercase).collect();
    (contains(&lower, b"<html") || contains(&lower, b"<body") || contains(&lower, b"<head"))
        .then_some(Format::Html)
}

/// The name of the first element, past the XML declaration, processing
/// instructions, comments and the doctype (`html` for an HTML doctype).
fn xml_root(bytes: &[u8]) -> Option<String> {
    let mut rest = trim_start(bytes);
    loop {
        if rest.starts_with(b"<?") {
            rest = trim_start(after(rest, b"?>")?);
        } else if rest.starts_with(b"<!--") {
            rest = trim_start(after(rest, b"-->")?);
        } else if rest.len() >= 9 && rest[..9].eq_ignore_ascii_case(b"<!doctype") {
            let name = trim_start(&rest[9..]);
            if name.len() >= 4 && name[..4].eq_ignore_ascii_case(b"html") {
                return Some("html".into());
            }
            rest = trim_start(after(rest, b">")?);
        } else if rest.starts_with(b"<") {
            let name: Vec<u8> = rest[1..]
                .iter()
                .take_while(|&&b| !b.is_ascii_whitespace() && b != b'>' && b != b'/')
                .copied()
                .collect();
            return (!name.is_empty()).then(|| String::from_utf8_lossy(&name).into_owned());
        } else {
            return None;
        }
    }
}

fn first_line_is_json_object(body: &[u8]) -> bool {
    match body.iter().position(|&b| b == b'\n') {
        Some(end) => matches!(
            serde_json::from_slice::<serde_json::Value>(&body[..end]),
            Ok(serde_json::Value::Object(_))
        ),
        // A first line longer than the sniffed window: `{"` is enough.
        None => true,
    }
}

/// Text if it has no NUL bytes and is UTF-8 (a character cut at the end of
/// the window is forgiven) or starts with a UTF-16 byte-order mark.
fn looks_like_text(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return true;
    }
    if bytes.contains(&0) {
        return false;
    }
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    }
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

fn after<'a>(bytes: &'a [u8], needle: &[u8]) -> Option<&'a [u8]> {
    find(bytes, needle).map(|i| &bytes[i + needle.len()..])
}

pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    find(haystack, needle).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(name: &str, bytes: &[u8]) -> Option<Format> {
        Format::detect(Path::new(name), bytes)
    }

    #[test]
    fn names_decide_first() {
        assert_eq!(detect("a.txt", b"<html>"), Some(Format::Text));
        assert_eq!(detect("dir/a.HTM", b""), Some(Format::Html));
        assert_eq!(detect("a.jsonl.gz", b""), Some(Format::Jsonl));
        assert_eq!(detect("crawl.warc.gz", b""), Some(Format::Warc));
        assert_eq!(detect("x.rss", b""), Some(Format::Feed));
        assert_eq!(detect("x.atom", b""), Some(Format::Feed));
    }

    #[test]
    fn xml_is_told_apart_by_its_root() {
        let decl = "\u{feff}\n\n<?xml version=\"1.0\"?>\n<!-- c -->\n";
        assert_eq!(
            detect("a.xml", format!("{decl}<rss version=\"2.0\">").as_bytes()),
            Some(Format::Feed)
        );
        assert_eq!(
            detect("a.xml", format!("{decl}<feed xmlns=\"x\">").as_bytes()),
            Some(Format::Feed)
        );
        assert_eq!(
            detect("a.xml", format!("{decl}<rdf:RDF>").as_bytes()),
            Some(Format::Feed)
        );
        assert_eq!(
            detect("a.xml", b"<Sentences><Sentence id=\"1\">"),
            Some(Format::PetrarchXml)
        );
        assert_eq!(detect("a.xml", b"<Validation>"), Some(Format::PetrarchXml));
        assert_eq!(
            detect("a.xml", b"<Stories>\n<Sentence date=\"20250101\">"),
            Some(Format::PetrarchXml)
        );
        assert_eq!(detect("a.xml", b"<catalog><book/></catalog>"), None);
    }

    #[test]
    fn content_decides_when_the_name_says_nothing() {
        assert_eq!(
            detect("-", b"WARC/1.1\r\nWARC-Type: warcinfo"),
            Some(Format::Warc)
        );
        assert_eq!(detect("page", b"<!DOCTYPE html><html>"), Some(Format::Html));
        assert_eq!(
            detect("page", b"<div><p>x</p></div><body>"),
            Some(Format::Html)
        );
        assert_eq!(
            detect("x.json", b"{\"id\":1,\"text\":\"a\"}\n{\"id\":2}"),
            Some(Format::Jsonl)
        );
        assert_eq!(detect("x.json", b"{\n  \"a\": 1\n}\n"), Some(Format::Text));
        assert_eq!(
            detect("README", "Le président a dit…".as_bytes()),
            Some(Format::Text)
        );
        assert_eq!(detect("cut", &"é".as_bytes()[..1]), Some(Format::Text));
        assert_eq!(detect("img.png", b"\x89PNG\r\n\x1a\n\0\0"), None);
    }

    #[test]
    fn binary_bytes_are_told_whatever_the_name() {
        let mut state = 7u64;
        let random: Vec<u8> = (0..16_384)
            .map(|_| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (state >> 56) as u8
            })
            .collect();
        assert!(looks_binary(&random));
        assert!(looks_binary(b"<html>\0</html>"));
        assert!(!looks_binary("<html>Le pr\u{e9}sident a dit\u{2026}\t\r\n</html>".as_bytes()));
        assert!(!looks_binary(b"caf\xe9 cr\xe8me, 1\x80"), "windows-1252 is text");
        assert!(!looks_binary(&[0xff, 0xfe, b'a', 0]), "UTF-16");
    }

    #[test]
    fn names_parse_back() {
        for format in Format::ALL {
            assert_eq!(format.name().parse::<Format>(), Ok(format));
        }
        assert_eq!("xml".parse::<Format>(), Ok(Format::PetrarchXml));
        assert!("pdf"
            .parse::<Format>()
            .unwrap_err()
            .contains("expected one of"));
    }
}
