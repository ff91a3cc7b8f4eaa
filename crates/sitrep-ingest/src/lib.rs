//! # sitrep-ingest: news reports in, documents out
//!
//! The first stage of sitrep. Analysts bring reports in whatever form they
//! have them: a folder of saved web pages, a newsroom's RSS feeds, a crawl
//! in a WARC archive, a JSON Lines dump, PETRARCH XML from an older pipeline,
//! or plain text. This crate reads all of them into one shape,
//! [`sitrep_model::Document`] (id, text, date, URL, outlet, title,
//! language), and says exactly which file, line or record it could not read
//! and why, without stopping at the first problem.
//!
//! ## Sources
//!
//! One module per source, chosen by [`Format`] (from the file name, or
//! sniffed from the first bytes; `.gz` is looked through everywhere):
//!
//! | format | files | one document per | id |
//! |---|---|---|---|
//! | [`Format::Text`] | `.txt`, or unknown names that hold text | file | file name |
//! | [`Format::Html`] | `.html`, `.htm` | page (main text only) | file name |
//! | [`Format::Jsonl`] | `.jsonl`, `.ndjson` | line | the `id` field |
//! | [`Format::Feed`] | `.rss`, `.atom`, `.xml` with a feed root | item | link, else guid |
//! | [`Format::Warc`] | `.warc`, `.warc.gz` | HTML `response` record | `WARC-Record-ID` |
//! | [`Format::PetrarchXml`] | `.xml` with `<Sentences>`/`<Validation>` root | `<Sentence>` | its `id` |
//!
//! Directories are walked recursively in sorted order, hidden entries
//! skipped; whole-file documents found there take their path below the
//! directory as id, so that `a/index.html` and `b/index.html` stay apart.
//!
//! HTML main text is found by `dom_smoothie` (Readability's algorithm),
//! which drops navigation, menus and boilerplate; captions, credits and
//! bylines are pruned first. The headline is chosen by agreement among
//! JSON-LD, `og:`/`twitter:` titles, `<h1>` and `<title>` with site and
//! section names cut; the publication date comes from structured data, the
//! URL, the `<title>`, dates written near the headline or scripts, never
//! after the capture date, and [`read_html_page`] says which
//! ([`DateSource`]); in a WARC, a page that states no date takes its
//! capture date (`WARC-Date`). Dates are read as
//! the publisher wrote them, not moved to UTC (feeds excepted: their parser
//! gives UTC). Feeds that are not well-formed XML are reported with their
//! line and still read as far as the lenient parser gets.
//!
//! Every document's language is detected (`whatlang`) and set as an ISO
//! 639-1 code when the detector is confident, else the language the source
//! declared is kept (the detector overrules a declared language only on 50
//! words or more). Nothing here looks for duplicates: the store does.
//!
//! ## Streaming
//!
//! Results go to a callback as they are read, so a large WARC or JSON Lines
//! file never has to be held as documents: memory holds one record or one
//! line (plus, for the other formats, one file, up to a limit).
//!
//! ```
//! use sitrep_ingest::read_bytes;
//!
//! let input = concat!(
//!     r#"{"id":"a1","date":"2025-04-12","text":"Government troops entered the capital on Monday "#,
//!     r#"after two days of fighting with rebel forces, residents and aid workers said."}"#,
//!     "\nnot json\n",
//! );
//! let mut documents = Vec::new();
//! let mut errors = Vec::new();
//! read_bytes("news.jsonl", input.as_bytes(), None, |item| match item {
//!     Ok(doc) => documents.push(doc),
//!     Err(e) => errors.push(e.to_string()),
//! });
//! assert_eq!(documents[0].id, "a1");
//! assert_eq!(documents[0].language.as_deref(), Some("en"));
//! assert!(errors[0].starts_with("news.jsonl:2:"));
//! ```
//!
//! [`Reader`] holds the settings (forced format, language detection, size
//! limit) when the defaults do not fit.

mod dates;
mod decode;
mod error;
mod format;
mod guard;
mod html;
mod language;
mod sink;
mod sources;
mod walk;
mod walk_filter;

use std::fs::File;
use std::io::{self, BufReader, Cursor, Read};
use std::path::Path;

use flate2::read::MultiGzDecoder;

pub use dates::DateSource;
pub use error::IngestError;
pub use format::Format;
pub use sitrep_model::Document;

use sink::{Input, Sink};

/// How many leading bytes format detection looks at.
const SNIFF_BYTES: u64 = 16 * 1024;
/// Read buffer size: large enough that WARC lines and JSON lines are
/// mostly found in one piece.
const BUFFER_BYTES: usize = 256 * 1024;
/// The default for [`Reader::limit`].
pub const DEFAULT_LIMIT: u64 = 64 * 1024 * 1024;

/// Reads files, directories, byte slices and streams into documents.
///
/// The defaults: the format is detected per input, language detection is
/// on, and no single file, JSON line or WARC record above [`DEFAULT_LIMIT`]
/// bytes is read (it is reported instead).
#[derive(Debug, Clone)]
pub struct Reader {
    format: Option<Format>,
    detect_language: bool,
    limit: u64,
    all_files: bool,
}

impl Default for Reader {
    fn default() -> Self {
        Reader {
            format: None,
            detect_language: true,
            limit: DEFAULT_LIMIT,
            all_files: false,
        }
    }
}

impl Reader {
    /// A reader with the default settings.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads every input as this format instead of detecting it (`None`
    /// restores detection).
    pub fn format(mut self, format: Option<Format>) -> Self {
        self.format = format;
        self
    }

    /// Whether to detect each document's language (on by default). When
    /// off, the declared language is kept, reduced to its primary subtag.
    pub fn detect_language(mut self, on: bool) -> Self {
        self.detect_language = on;
        self
    }

    /// The most bytes held at once: a whole file for text, HTML, feeds and
    /// PETRARCH XML (after decompression), one line of JSON Lines, one WARC
    /// record. Larger items are reported as errors and skipped.
    pub fn limit(mut self, bytes: u64) -> Self {
        self.limit = bytes;
        self
    }

    /// Whether a directory walk reads every file (off by default: it reads
    /// files in a news format only, by extension and content, and leaves
    /// out `README`, `LICENSE` and the like; see [`Reader::read_path`]).
    pub fn all_files(mut self, on: bool) -> Self {
        self.all_files = on;
        self
    }

    /// Reads a file, or every file below a directory, calling `on_item` with
    /// each document or error as soon as it is read.
    ///
    /// A directory walk reads `.txt`, `.text`, `.html`, `.htm`, `.xhtml`,
    /// `.shtml`, `.jsonl`, `.ndjson`, `.rss`, `.atom`, `.rdf` and `.warc`
    /// files, `.json` files that hold one document a line, `.xml` files that
    /// are feeds or PETRARCH XML, and the gzip of each; other files and
    /// files named like `README` or `LICENSE` (`data/not_news_files.txt`)
    /// are left out unless [`Reader::all_files`] is on, and one warning per
    /// directory names them.
    pub fn read_path(&self, path: &Path, mut on_item: impl FnMut(Result<Document, IngestError>)) {
        let mut sink = Sink::new(self.detect_language, &mut on_item);
        let name = path.display().to_string();
        match std::fs::metadata(path) {
            Err(e) => sink.error(IngestError::io(&name, e)),
            Ok(meta) if meta.is_dir() => {
                walk::walk(path, &mut |entry| match entry {
                    Ok(file) => {
                        let id = walk::relative_id(path, file);
                        self.read_file(file, &id, !self.all_files, &mut sink)
                    }
                    Err((at, e)) => sink.error(IngestError::io(&at.display().to_string(), e)),
                });
                let skipped = std::mem::take(&mut sink.skipped);
                if !skipped.is_empty() {
                    sink.error(IngestError::warning(&name, skipped_message(&skipped)));
                }
            }
            Ok(_) => self.read_file(path, &file_name(&name), false, &mut sink),
        }
    }

    /// Reads one input held in memory; `name` is used for messages, for
    /// format detection by extension, and (its file name) as the id of a
    /// whole-input document.
    pub fn read_bytes(
        &self,
        name: &str,
        bytes: &[u8],
        on_item: impl FnMut(Result<Document, IngestError>),
    ) {
        self.read_stream(name, bytes, on_item);
    }

    /// Reads one input from a stream (standard input, a socket), holding no
    /// more of it than its format needs.
    pub fn read_stream(
        &self,
        name: &str,
        stream: impl Read,
        mut on_item: impl FnMut(Result<Document, IngestError>),
    ) {
        let mut sink = Sink::new(self.detect_language, &mut on_item);
        let id = file_name(name);
        let input = Input { name, id: &id, walked: false };
        self.read_input(Path::new(name), &input, stream, &mut sink);
    }

    fn read_file(&self, path: &Path, id: &str, walked: bool, sink: &mut Sink<'_>) {
        let name = path.display().to_string();
        match File::open(path) {
            Ok(file) => self.read_input(path, &Input { name: &name, id, walked }, file, sink),
            Err(e) => sink.error(IngestError::io(&name, e)),
        }
    }

    /// Removes a gzip layer if the bytes have one, then detects the format
    /// and hands the stream to its source.
    fn read_input(
        &self,
        path: &Path,
        input: &Input<'_>,
        mut stream: impl Read,
        sink: &mut Sink<'_>,
    ) {
        sink.file = input.name.to_owned();
        let head = match read_head(&mut stream) {
            Ok(head) => head,
            Err(e) => return sink.error(IngestError::io(input.name, e)),
        };
        if format::is_gzip(&head) {
            let mut inflated = MultiGzDecoder::new(Cursor::new(head).chain(stream));
            match read_head(&mut inflated) {
                Ok(head) => self.read_plain(path, input, head, inflated, sink),
                Err(e) => sink.error(IngestError::io(input.name, e)),
            }
        } else {
            self.read_plain(path, input, head, stream, sink);
        }
    }

    fn read_plain(
        &self,
        path: &Path,
        input: &Input<'_>,
        head: Vec<u8>,
        rest: impl Read,
        sink: &mut Sink<'_>,
    ) {
        let detected = self.format.or_else(|| Format::detect(path, &head));
        if input.walked && !walk_filter::takes(path, detected) {
            return sink.skipped.push(input.id.to_owned());
        }
        if detected != Some(Format::Warc) && format::looks_binary(&head) {
            // Whatever the name says: 5 MB of random bytes named `.html`
            // once became a 634,789-character document "in Welsh".
            return sink.error(IngestError::UnknownFormat {
                file: input.name.to_owned(),
                reason: format::describe_binary(path),
            });
        }
        let Some(format) = detected else {
            let reason = format::describe_unknown(path, &head);
            return sink.error(IngestError::UnknownFormat {
                file: input.name.to_owned(),
                reason,
            });
        };
        let mut reader = BufReader::with_capacity(BUFFER_BYTES, Cursor::new(head).chain(rest));
        sources::read(format, input, &mut reader, self.limit, sink);
    }
}

/// Reads a file or a directory tree with the default settings; see
/// [`Reader::read_path`].
pub fn read_path(path: &Path, on_item: impl FnMut(Result<Document, IngestError>)) {
    Reader::new().read_path(path, on_item);
}

/// Reads one input held in memory (standard input, a fuzzer's bytes) as
/// `format`, or as detected from `name` and the bytes when `None`; see
/// [`Reader::read_bytes`].
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    format: Option<Format>,
    on_item: impl FnMut(Result<Document, IngestError>),
) {
    Reader::new()
        .format(format)
        .read_bytes(name, bytes, on_item);
}

/// Reads one saved web page as a WARC response is read: `url` is where it
/// came from and `captured` when (a page's date later than its capture is
/// refused). The date is only the one the page states: unlike a WARC record,
/// no capture date stands in. The language is left as the page declares it.
pub fn read_html_page(
    id: &str,
    html: &[u8],
    url: Option<&str>,
    captured: Option<chrono::NaiveDate>,
) -> Result<HtmlPage, IngestError> {
    sources::html::page(id, html, url, captured).map_err(|m| IngestError::malformed(id, m))
}

/// A page read by [`read_html_page`]: the document, and where its date came
/// from.
#[derive(Debug, Clone)]
pub struct HtmlPage {
    pub document: Document,
    pub date_source: Option<DateSource>,
    /// How sure the date is, from 0 to 1 (see [`DateSource::confidence`]).
    pub date_confidence: Option<f32>,
    /// Start tags nested too deep, removed before parsing (their text is
    /// kept); 0 for any ordinary page.
    pub flattened: usize,
}

/// The warning that names the files a walk left out (the first few).
fn skipped_message(skipped: &[String]) -> String {
    const NAMED: usize = 5;
    let mut names = skipped.iter().take(NAMED).cloned().collect::<Vec<_>>().join(", ");
    if skipped.len() > NAMED {
        names.push_str(&format!(" and {} more", skipped.len() - NAMED));
    }
    let files = if skipped.len() == 1 { "file" } else { "files" };
    format!("left out {} {files} not in a news format ({names}); --all-files reads them", skipped.len())
}

/// Up to `SNIFF_BYTES` from the start of a stream, however many reads the
/// stream needs to give them (pipes and decompressors give little at once).
fn read_head(stream: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(SNIFF_BYTES as usize);
    stream.take(SNIFF_BYTES).read_to_end(&mut head)?;
    Ok(head)
}

fn file_name(name: &str) -> String {
    Path::new(name)
        .file_name()
        .map_or_else(|| name.to_owned(), |n| n.to_string_lossy().into_owned())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Runs a source against a sink and collects what it sends.
    pub(crate) fn collect(run: impl FnOnce(&mut Sink<'_>)) -> (Vec<Document>, Vec<IngestError>) {
        let mut docs = Vec::new();
        let mut errors = Vec::new();
        let mut on_item = |item: Result<Document, IngestError>| match item {
            Ok(doc) => docs.push(doc),
            Err(e) => errors.push(e),
        };
        run(&mut Sink::new(true, &mut on_item));
        (docs, errors)
    }

    fn read(name: &str, bytes: &[u8], format: Option<Format>) -> (Vec<Document>, Vec<String>) {
        let mut docs = Vec::new();
        let mut errors = Vec::new();
        read_bytes(name, bytes, format, |item| match item {
            Ok(doc) => docs.push(doc),
            Err(e) => errors.push(e.to_string()),
        });
        (docs, errors)
    }

    #[test]
    fn gzip_is_looked_through() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"{\"id\":\"x\",\"text\":\"Bonjour tout le monde\"}\n")
            .unwrap();
        let bytes = gz.finish().unwrap();
        let (docs, errors) = read("in.jsonl.gz", &bytes, None);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(docs[0].id, "x");
        let (docs, _) = read("-", &bytes, None);
        assert_eq!(docs.len(), 1, "sniffed without a name");
    }

    #[test]
    fn forced_formats_and_unknown_inputs() {
        let (docs, _) = read(
            "notes.md",
            b"<rss><channel></channel></rss>",
            Some(Format::Text),
        );
        assert_eq!(docs[0].id, "notes.md");
        let (_, errors) = read("img.png", b"\x89PNG\0\0", None);
        assert!(
            errors[0].starts_with("img.png: unrecognised format: binary content"),
            "{errors:?}"
        );
        let (docs, errors) = read("empty.txt", b" \n\t", None);
        assert_eq!(docs.len(), 0, "an empty text is not a document");
        assert_eq!(errors, ["empty.txt: document \"empty.txt\" has no text; not stored"]);
    }

    #[test]
    fn binary_content_is_refused_whatever_the_extension() {
        let noise: Vec<u8> = (0..50_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        for name in ["page.html", "notes.txt", "feed.rss", "x.jsonl"] {
            let (docs, errors) = read(name, &noise, None);
            assert!(docs.is_empty(), "{name}");
            assert!(errors[0].starts_with(&format!("{name}: unrecognised format: binary content")), "{errors:?}");
        }
    }

    #[test]
    fn directory_walks_take_news_formats_and_say_what_they_left_out() {
        let dir = tempfile_dir("walk-filter");
        let report = "Government troops entered the northern town on Monday, residents said.";
        for (name, body) in [
            ("a.txt", report.to_owned()),
            ("b.jsonl", format!("{{\"id\":\"b1\",\"text\":\"{report}\"}}")),
            ("c.json", format!("{{\"id\":\"c1\",\"text\":\"{report}\"}}\n")),
            ("README.md", "# A corpus\nRead me.".to_owned()),
            ("LICENSE", "Permission is hereby granted.".to_owned()),
            ("readme.txt", "About this folder.".to_owned()),
            ("settings.json", "{\n  \"a\": 1\n}\n".to_owned()),
            ("meta.info", "source=wire".to_owned()),
        ] {
            std::fs::write(dir.join(name), body).unwrap();
        }
        let ids = |reader: Reader| {
            let (mut ids, mut warnings) = (Vec::new(), Vec::new());
            reader.read_path(&dir, |item| match item {
                Ok(doc) => ids.push(doc.id),
                Err(e) => warnings.push((e.is_warning(), e.to_string())),
            });
            (ids, warnings)
        };
        let (taken, warnings) = ids(Reader::new());
        assert_eq!(taken, ["a.txt", "b1", "c1"]);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].0);
        assert!(warnings[0].1.ends_with("left out 5 files not in a news format (LICENSE, README.md, meta.info, readme.txt, settings.json); --all-files reads them"), "{warnings:?}");
        let (all, _) = ids(Reader::new().all_files(true));
        assert_eq!(all.len(), 8, "{all:?}");
        std::fs::remove_dir_all(&dir).unwrap();
        // A file named on the command line is read whatever its name.
        let mut docs = 0;
        let readme = std::env::temp_dir().join(format!("README-{}", std::process::id()));
        std::fs::write(&readme, report).unwrap();
        read_path(&readme, |item| docs += usize::from(item.is_ok()));
        std::fs::remove_file(&readme).unwrap();
        assert_eq!(docs, 1);
    }

    fn tempfile_dir(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("sitrep-ingest-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn limits_are_enforced() {
        let mut docs = 0;
        let mut errors = Vec::new();
        Reader::new()
            .limit(10)
            .read_bytes("big.txt", &[b'a'; 11], |item| match item {
                Ok(_) => docs += 1,
                Err(e) => errors.push(e.to_string()),
            });
        assert_eq!(docs, 0);
        assert_eq!(errors, ["big.txt: larger than the limit of 10 bytes"]);
    }

    #[test]
    fn missing_paths_are_errors() {
        let mut errors = Vec::new();
        read_path(Path::new("/nonexistent/sitrep.txt"), |item| {
            errors.push(item.unwrap_err())
        });
        assert!(matches!(errors[0], IngestError::Io { .. }));
        assert_eq!(errors[0].file(), "/nonexistent/sitrep.txt");
    }
}
