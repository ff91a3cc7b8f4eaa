//! No source panics, whatever bytes it is given, and what it yields keeps
//! the crate's promises: non-empty ids, languages as codes, errors naming
//! the input.

use proptest::prelude::*;
use sitrep_ingest::{read_bytes, Format};

/// Reads `bytes` as `format` (or detected) and checks every item.
fn check(name: &str, bytes: &[u8], format: Option<Format>) {
    read_bytes(name, bytes, format, |item| match item {
        Ok(doc) => {
            assert!(!doc.id.is_empty(), "empty id from {format:?}");
            if let Some(lang) = &doc.language {
                assert!(!lang.trim().is_empty());
            }
        }
        Err(e) => assert_eq!(e.file(), name),
    });
}

/// Fragments that steer random input into each parser's deeper paths.
fn structured() -> impl Strategy<Value = Vec<u8>> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("WARC/1.0\r\n".to_owned()),
            Just("WARC-Type: response\r\n".to_owned()),
            Just("Content-Type: application/http\r\n".to_owned()),
            "Content-Length: [0-9]{1,4}\r\n",
            Just("\r\n".to_owned()),
            Just("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n".to_owned()),
            "[0-9a-f]{1,3}\r\n",
            Just("<rss version=\"2.0\"><channel><item><title>".to_owned()),
            Just("</title><link>http://x/</link><description>&lt;p&gt;".to_owned()),
            Just("</item></channel></rss>".to_owned()),
            Just("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>e</id>".to_owned()),
            Just("<Sentences><Sentence id=\"1\" date=\"20250101\"><Text>".to_owned()),
            Just("</Text></Sentence>".to_owned()),
            Just("<html><head><meta charset=\"latin1\"><script type=\"application/ld+json\">{\"datePublished\":".to_owned()),
            Just("</script></head><body><article><p>".to_owned()),
            Just("{\"id\":\"a\",\"text\":\"".to_owned()),
            Just("\",\"date\":\"2025-01-01\"}\n".to_owned()),
            "\\PC{0,40}",
        ],
        0..24,
    );
    pieces.prop_map(|p| p.concat().into_bytes())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn no_source_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        for format in Format::ALL {
            check("input", &bytes, Some(format));
        }
        check("input", &bytes, None);
    }

    #[test]
    fn no_source_panics_on_near_miss_input(bytes in structured()) {
        for format in Format::ALL {
            check("input", &bytes, Some(format));
        }
        check("x.warc", &bytes, None);
        check("x.xml", &bytes, None);
    }

    #[test]
    fn gzip_of_anything_is_read_or_reported(bytes in structured(), cut in 0usize..64) {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&bytes).unwrap();
        let mut gz = gz.finish().unwrap();
        // Truncated gzip streams too.
        gz.truncate(gz.len().saturating_sub(cut));
        for format in [Format::Warc, Format::Jsonl, Format::Html] {
            check("input.gz", &gz, Some(format));
        }
    }
}

#[test]
fn any_utf8_text_is_kept_byte_for_byte() {
    proptest!(|(text in "\\PC{0,200}")| {
        let mut got = None;
        read_bytes("t.txt", text.as_bytes(), None, |item| got = Some(item.map(|d| d.text)));
        let expected = text.strip_prefix('\u{feff}').unwrap_or(&text);
        match got {
            // A text of white space only is left out, with a warning.
            Some(Err(e)) => prop_assert!(e.is_warning() && expected.trim().is_empty(), "{}", e),
            Some(Ok(kept)) => prop_assert_eq!(kept.as_str(), expected),
            None => prop_assert!(false, "nothing sent"),
        }
    });
}

/// Headline and date rules on arbitrary markup built from the pieces they
/// read never panic, with or without a URL and a capture date.
#[test]
fn page_metadata_never_panics() {
    let piece = prop_oneof![
        Just("<title>".to_owned()),
        Just("</title>".to_owned()),
        Just("<h1>".to_owned()),
        Just("</h1>".to_owned()),
        Just(r#"<meta property="og:title" content=""#.to_owned()),
        Just(r#"<meta property="article:published_time" content=""#.to_owned()),
        Just(r#"">"#.to_owned()),
        Just(r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"#.to_owned()),
        Just(r#"<time datetime=""#.to_owned()),
        Just(r#"<span class="date">"#.to_owned()),
        Just(" | ".to_owned()),
        Just(" - ".to_owned()),
        Just("2025-04-12T23:30:00Z".to_owned()),
        Just("12 avril 2025".to_owned()),
        Just("31.02.2025".to_owned()),
        "\\PC{0,12}",
    ];
    proptest!(|(pieces in prop::collection::vec(piece, 0..40), captured in prop::option::of(0i64..40_000))| {
        let html = pieces.concat();
        let captured = captured.map(|d| chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + chrono::Duration::days(d));
        for url in [None, Some("https://news.example/2025/04/12/a-20250412"), Some("not a url")] {
            let _ = sitrep_ingest::read_html_page("p.html", html.as_bytes(), url, captured);
        }
    });
}
