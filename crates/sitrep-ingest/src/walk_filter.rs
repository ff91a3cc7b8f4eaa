//! Which files a directory walk reads. A folder of news usually holds other
//! files too (`README.md`, `LICENSE`, a `meta.info`, JSON settings): read as
//! reports they became hundreds of documents and 3.5% of all events on one
//! corpus. So a walk takes only files in a news format, decided by
//! extension and content, and says what it left out; `--all-files`
//! ([`crate::Reader::all_files`]) takes everything. Files named on the
//! command line are always read.

use std::path::Path;

use crate::format::Format;

/// File name stems that describe a folder, not report news.
const NOT_NEWS: &str = include_str!("../data/not_news_files.txt");

/// Whether a walk reads the file at `path`, whose content was detected as
/// `format` (`None`: unknown). By extension (after any `.gz`): `.txt`,
/// `.html` and the like, `.jsonl`, feeds and `.warc` are taken; `.json` only
/// when it holds one document a line, `.xml` only when it is a feed or
/// PETRARCH XML; anything else (no extension, `.md`, `.csv`, `.info`…) is
/// left out, and so are files named like `README` or `LICENSE` whatever
/// their extension.
pub(crate) fn takes(path: &Path, format: Option<Format>) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let stem = name.split('.').next().unwrap_or("");
    if is_not_news(stem) {
        return false;
    }
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let extension = name.rsplit_once('.').map_or("", |(_, ext)| ext);
    match extension {
        "txt" | "text" | "html" | "htm" | "xhtml" | "shtml" | "jsonl" | "ndjson" | "warc" | "rss" | "atom" | "rdf" => true,
        "json" => format == Some(Format::Jsonl),
        "xml" => matches!(format, Some(Format::Feed | Format::PetrarchXml)),
        _ => false,
    }
}

fn is_not_news(stem: &str) -> bool {
    NOT_NEWS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .any(|l| l == stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn takes(name: &str, format: Option<Format>) -> bool {
        super::takes(Path::new(name), format)
    }

    #[test]
    fn news_formats_are_taken_and_folder_files_left_out() {
        for name in ["a.txt", "b/c.HTML", "feed.rss", "crawl.warc.gz", "news.jsonl.gz", "x.htm"] {
            assert!(takes(name, Some(Format::Text)), "{name}");
        }
        for name in ["README.md", "README", "LICENSE", "readme.txt", "License.html", "meta.info", "notes.md", "data.csv", "0001"] {
            assert!(!takes(name, Some(Format::Text)), "{name}");
        }
    }

    #[test]
    fn json_and_xml_are_taken_by_what_they_hold() {
        assert!(takes("docs.json", Some(Format::Jsonl)));
        assert!(!takes("settings.json", Some(Format::Text)));
        assert!(takes("feed.xml", Some(Format::Feed)));
        assert!(takes("stories.xml", Some(Format::PetrarchXml)));
        assert!(!takes("catalog.xml", None));
    }
}
