//! Every source over small inputs written for these tests (`tests/fixtures/`),
//! and a WARC.gz assembled here record by record.

use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use flate2::Compression;
use sitrep_ingest::{read_bytes, read_path, Document, Format, IngestError, Reader};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn read(path: &Path) -> (Vec<Document>, Vec<IngestError>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    read_path(path, |item| match item {
        Ok(doc) => docs.push(doc),
        Err(e) => errors.push(e),
    });
    (docs, errors)
}

#[test]
fn html_page_loses_its_navigation_and_keeps_its_metadata() {
    let (docs, errors) = read(&fixture("page_with_nav.html"));
    assert!(errors.is_empty(), "{errors:?}");
    let doc = &docs[0];
    assert_eq!(doc.id, "page_with_nav.html");
    assert!(
        doc.text
            .starts_with("Mali's military leader, General Assimi Goïta, signed a decree"),
        "{}",
        doc.text
    );
    assert!(doc.text.contains("Alliance of Sahel States"));
    for boilerplate in [
        "Home",
        "cookies",
        "Most read",
        "Football",
        "All rights reserved",
        "newsletter",
        "font-family",
    ] {
        assert!(
            !doc.text.contains(boilerplate),
            "{boilerplate:?} left in: {}",
            doc.text
        );
    }
    assert_eq!(
        doc.title.as_deref(),
        Some("Mali junta extends transition by five years")
    );
    assert_eq!(
        doc.date.unwrap().to_string(),
        "2025-07-08",
        "JSON-LD datePublished beats the URL's date"
    );
    assert_eq!(doc.outlet.as_deref(), Some("The Bamako Observer"));
    assert_eq!(
        doc.url.as_deref(),
        Some("https://observer.example/africa/2025/07/09/mali-transition")
    );
    assert_eq!(doc.language.as_deref(), Some("en"));
}

#[test]
fn rss_items_are_documents() {
    let (docs, errors) = read(&fixture("tiny.rss"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].id, "https://wire.example/2025/06/19/niger-uranium");
    assert_eq!(docs[0].url, Some(docs[0].id.clone()));
    assert_eq!(docs[0].text, "Niger's military authorities suspended exports of uranium concentrate on Thursday, the mines ministry said in a statement.");
    assert_eq!(docs[0].date.unwrap().to_string(), "2025-06-19");
    assert_eq!(docs[0].outlet.as_deref(), Some("Sahel Wire"));
    assert_eq!(docs[0].language.as_deref(), Some("en"));
    // No link: the guid is the id; the full content beats the description.
    assert_eq!(docs[1].id, "wire-1002");
    assert_eq!(docs[1].url, None);
    assert!(
        docs[1].text.ends_with("people it says plotted a coup."),
        "{}",
        docs[1].text
    );
    assert!(docs[1].text.contains("Friday.\n\nThe foreign"));
}

#[test]
fn atom_entries_are_documents() {
    let (docs, errors) = read(&fixture("tiny.atom"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].id, "https://depeches.example/2025/05/02/tchad");
    assert_eq!(
        docs[0].title.as_deref(),
        Some("Le Tchad expulse un diplomate")
    );
    assert!(docs[0]
        .text
        .starts_with("Le gouvernement tchadien a expulsé vendredi"));
    assert_eq!(docs[0].date.unwrap().to_string(), "2025-05-02");
    assert_eq!(docs[0].language.as_deref(), Some("fr"));
    assert_eq!(docs[1].id, "urn:uuid:6a1f3c3e-0000-4000-8000-000000000003");
    assert_eq!(
        docs[1].date.unwrap().to_string(),
        "2025-05-01",
        "updated stands in for published"
    );
}

#[test]
fn petrarch_sentences_are_documents() {
    let (docs, errors) = read(&fixture("sentences.xml"));
    assert_eq!(
        docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ["SAHEL-001", "SAHEL-002"]
    );
    assert_eq!(docs[0].text, "Russian special forces reportedly arrived in Ouagadougou to protect Captain Ibrahim Traore.");
    assert_eq!(docs[0].date.unwrap().to_string(), "2025-04-12");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line(), Some(11));
    assert!(errors[0].to_string().contains("\"SAHEL-003\""));
}

#[test]
fn json_lines_keep_good_lines_and_name_bad_ones() {
    let (docs, errors) = read(&fixture("news.jsonl"));
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].outlet.as_deref(), Some("AMAP"));
    assert_eq!(docs[0].language.as_deref(), Some("fr"));
    assert_eq!(
        docs[1].language.as_deref(),
        Some("en"),
        "too short to detect: the declared en-GB, reduced"
    );
    assert_eq!(docs[1].date.unwrap().to_string(), "2025-03-03");
    let lines: Vec<Option<usize>> = errors.iter().map(IngestError::line).collect();
    assert_eq!(lines, [Some(3), Some(4)]);
    assert!(errors.iter().all(|e| e.file().ends_with("news.jsonl")));
}

#[test]
fn directories_are_walked_in_order_without_hidden_entries() {
    let (docs, errors) = read(&fixture("tree"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ["b.txt", "sub/a.txt"]
    );
    assert_eq!(docs[0].language.as_deref(), Some("en"));

    let (docs, errors) = read(&fixture(""));
    assert_eq!(
        docs.len(),
        1 + 2 + 2 + 2 + 2 + 1 + 2,
        "{:?}",
        docs.iter().map(|d| &d.id).collect::<Vec<_>>()
    );
    assert_eq!(errors.len(), 3, "{errors:?}");
}

#[test]
fn language_detection_can_be_turned_off() {
    let mut languages = Vec::new();
    Reader::new()
        .detect_language(false)
        .read_path(&fixture("news.jsonl"), |item| {
            if let Ok(doc) = item {
                languages.push(doc.language);
            }
        });
    assert_eq!(languages, [Some("fr".to_owned()), Some("en".to_owned())]);
}

/// A response record as warcio writes it, with the HTTP payload `html`.
fn response_record(number: usize, url: &str, html: &str, chunked: bool) -> Vec<u8> {
    let body = if chunked {
        let (a, b) = html.split_at(html.len() / 2);
        format!("{:x}\r\n{a}\r\n{:x}\r\n{b}\r\n0\r\n\r\n", a.len(), b.len())
    } else {
        html.to_owned()
    };
    let coding = if chunked {
        "Transfer-Encoding: chunked\r\n"
    } else {
        ""
    };
    let http =
        format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{coding}\r\n{body}");
    format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{number:012}>\r\n\
         WARC-Date: 2025-07-10T06:00:00Z\r\nWARC-Target-URI: {url}\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
        http.len()
    )
    .into_bytes()
}

/// Each record in its own gzip member, as crawlers write WARC.gz.
fn gzip_members(records: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    for record in records {
        let mut gz = GzEncoder::new(Vec::new(), Compression::default());
        gz.write_all(record).unwrap();
        out.extend(gz.finish().unwrap());
    }
    out
}

#[test]
fn warc_gz_with_one_member_per_record() {
    let page = std::fs::read_to_string(fixture("page_with_nav.html")).unwrap();
    let info =
        b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 14\r\n\r\nsoftware: test\r\n\r\n"
            .to_vec();
    let records = vec![
        info,
        response_record(
            1,
            "https://observer.example/africa/2025/07/09/mali-transition",
            &page,
            false,
        ),
        response_record(2, "https://observer.example/other", &page, true),
        b"WARC/1.0\r\nWARC-Type: response\r\n\r\n".to_vec(),
        response_record(3, "https://observer.example/third", &page, false),
    ];
    let bytes = gzip_members(&records);
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    read_bytes("crawl.warc.gz", &bytes, None, |item| match item {
        Ok(doc) => docs.push(doc),
        Err(e) => errors.push(e),
    });
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0].id, "urn:uuid:00000000-0000-4000-8000-000000000001");
    assert_eq!(
        docs[1].url.as_deref(),
        Some("https://observer.example/other")
    );
    assert_eq!(
        docs[1].text, docs[0].text,
        "the chunked copy reads the same"
    );
    assert_eq!(docs[2].date.unwrap().to_string(), "2025-07-08");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].record(), Some(4));
    assert!(
        errors[0]
            .to_string()
            .starts_with("crawl.warc.gz: record 4: no Content-Length"),
        "{}",
        errors[0]
    );

    // The same archive through the path reader, and forced as WARC under any name.
    let dir = std::env::temp_dir().join(format!("sitrep-ingest-warc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("crawl.warc.gz");
    std::fs::write(&path, &bytes).unwrap();
    let (from_path, _) = read(&path);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(from_path, docs);
    let mut forced = 0;
    read_bytes("download.bin", &bytes, Some(Format::Warc), |item| {
        forced += usize::from(item.is_ok())
    });
    assert_eq!(forced, 3);
}
