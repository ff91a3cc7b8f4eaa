//! The WARC source: web archives, read record by record so that an archive
//! of any size needs one record in memory at a time.
//!
//! - `response` records with an HTML payload are documents: the HTTP header
//!   is parsed and removed (chunked and gzip bodies decoded), the page goes
//!   through the HTML extractor with the record's `WARC-Target-URI` as URL.
//!   Responses that are not 2xx or not HTML (images, scripts, redirects)
//!   are passed over without a word.
//! - `resource` records holding HTML are read the same way, without HTTP.
//! - `conversion` records holding plain text (Common Crawl WET files) are
//!   documents as they are.
//!
//! The id is the `WARC-Record-ID`: unique per capture, so two captures of
//! one URL stay two documents (the store decides whether they repeat).
//! The date is the page's own publication date when it states one, else the
//! record's `WARC-Date` (the capture time, an upper bound on publication).

mod http;
mod record;

use std::io::BufRead;

use sitrep_model::Document;

use crate::dates::{parse_date, DateSource};
use crate::decode::{charset_param, decode_html};
use crate::error::IngestError;
use crate::html;
use crate::sink::{Input, Sink};
use record::{Record, Records};

pub(crate) fn read(
    input: &Input<'_>,
    reader: &mut dyn BufRead,
    max_record: u64,
    sink: &mut Sink<'_>,
) {
    for item in Records::new(reader, max_record) {
        match item {
            Ok(record) => match document(&record, max_record) {
                Ok(Some((doc, flattened))) => {
                    if let Some(message) = super::html::flattened(flattened) {
                        sink.error(IngestError::warning(input.name, format!("record {}: {message}", record.number)));
                    }
                    sink.document(doc)
                }
                Ok(None) => {}
                Err(message) => {
                    // The target URI tells the reader which page it was.
                    let message = match record.header("WARC-Target-URI") {
                        Some(uri) => format!("{}: {message}", uri.trim_matches(['<', '>', ' '])),
                        None => message,
                    };
                    sink.error(IngestError::Record {
                        file: input.name.to_owned(),
                        record: record.number,
                        message,
                    });
                }
            },
            Err(e) => sink.error(IngestError::Record {
                file: input.name.to_owned(),
                record: e.record,
                message: e.message,
            }),
        }
    }
}

/// The document a record holds, `None` for records that hold none, with
/// the number of elements its page had flattened.
fn document(record: &Record, max_body: u64) -> Result<Option<(Document, usize)>, String> {
    let kind = record
        .header("WARC-Type")
        .unwrap_or("")
        .to_ascii_lowercase();
    let content_type = record
        .header("Content-Type")
        .unwrap_or("")
        .to_ascii_lowercase();
    match kind.as_str() {
        "response" if content_type.is_empty() || content_type.starts_with("application/http") => {
            let response = http::parse(&record.block, max_body)?;
            if !(200..300).contains(&response.status) {
                return Ok(None);
            }
            let payload_type = response.header("Content-Type").unwrap_or("");
            if !is_html(payload_type, &response.body) {
                return Ok(None);
            }
            page(record, &response.body, charset_param(payload_type)).map(Some)
        }
        "resource" | "response" if is_html(&content_type, &record.block) => {
            page(record, &record.block, charset_param(&content_type)).map(Some)
        }
        "conversion" if content_type.starts_with("text/plain") => {
            let text = String::from_utf8_lossy(&record.block).trim().to_owned();
            if text.is_empty() {
                return Ok(None);
            }
            let mut doc = identify(record);
            doc.text = text;
            Ok(Some((doc, 0)))
        }
        _ => Ok(None),
    }
}

fn page(record: &Record, body: &[u8], charset: Option<&str>) -> Result<(Document, usize), String> {
    let mut doc = identify(record);
    let html_text = decode_html(body, charset);
    let page = html::extract(&html_text, doc.url.as_deref(), doc.date)?;
    doc.text = page.text;
    doc.title = page.title;
    (doc.date_source, doc.date_confidence) = match (page.date_source, doc.date) {
        (Some(source), _) => (Some(source.as_str().to_owned()), page.date_confidence),
        (None, Some(_)) => (
            Some(DateSource::Capture.as_str().to_owned()),
            Some(DateSource::Capture.confidence()),
        ),
        (None, None) => (None, None),
    };
    doc.date = page.date.or(doc.date);
    doc.url = page.url.or(doc.url);
    doc.outlet = page.outlet;
    doc.language = page.declared_language;
    Ok((doc, page.flattened))
}

/// Id, URL and capture date from the WARC header.
fn identify(record: &Record) -> Document {
    let unbracket = |v: &str| {
        v.trim()
            .trim_start_matches('<')
            .trim_end_matches('>')
            .to_owned()
    };
    let url = record
        .header("WARC-Target-URI")
        .map(unbracket)
        .filter(|u| !u.is_empty());
    let id = record
        .header("WARC-Record-ID")
        .map(unbracket)
        .filter(|id| !id.is_empty())
        .or_else(|| url.clone())
        .unwrap_or_else(|| format!("record-{}", record.number));
    let date = record.header("WARC-Date").and_then(parse_date);
    Document {
        id,
        url,
        date,
        ..Document::default()
    }
}

/// HTML by its declared type, or by its first byte when the type is missing
/// or says nothing (`application/octet-stream`).
fn is_html(content_type: &str, body: &[u8]) -> bool {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match mime.as_str() {
        "text/html" | "application/xhtml+xml" => true,
        "" | "application/octet-stream" | "text/plain" | "unknown/unknown" => {
            http::looks_like_markup(body) && {
                let head: Vec<u8> = body.iter().take(1024).map(u8::to_ascii_lowercase).collect();
                crate::format::find(&head, b"<html").is_some()
                    || crate::format::find(&head, b"<!doctype html").is_some()
            }
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::collect;

    const PAGE: &str = "<html><head><title>Envoy expelled</title></head><body><article><p>The junta in Ouagadougou expelled the \
        French ambassador on Saturday, accusing him of meddling, according to a statement read on state television \
        and confirmed by diplomats in the capital.</p></article></body></html>";

    fn warc_record(kind: &str, headers: &str, block: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{kind}>\r\nWARC-Date: 2025-04-13T01:02:03Z\r\n\
             WARC-Target-URI: https://news.example/2025/04/12/envoy\r\n{headers}Content-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    }

    fn run(archive: &str) -> (Vec<Document>, Vec<String>) {
        let input = Input {
            name: "a.warc",
            id: "a.warc",
            walked: false,
        };
        let (docs, errors) = collect(|sink| read(&input, &mut archive.as_bytes(), 1 << 20, sink));
        (docs, errors.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn html_responses_become_documents() {
        let http =
            format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{PAGE}");
        let archive = [
            warc_record(
                "warcinfo",
                "Content-Type: application/warc-fields\r\n",
                "software: test",
            ),
            warc_record(
                "request",
                "Content-Type: application/http; msgtype=request\r\n",
                "GET / HTTP/1.1\r\n\r\n",
            ),
            warc_record(
                "response",
                "Content-Type: application/http; msgtype=response\r\n",
                &http,
            ),
            warc_record("metadata", "", "x: y"),
        ]
        .concat();
        let (docs, errors) = run(&archive);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(docs.len(), 1);
        let doc = &docs[0];
        assert_eq!(doc.id, "urn:uuid:response");
        assert_eq!(
            doc.url.as_deref(),
            Some("https://news.example/2025/04/12/envoy")
        );
        assert!(doc.text.contains("expelled the French ambassador"));
        assert_eq!(doc.title.as_deref(), Some("Envoy expelled"));
        assert_eq!(
            doc.date.unwrap().to_string(),
            "2025-04-12",
            "the URL's date beats the capture date"
        );
        assert_eq!(doc.language.as_deref(), Some("en"));
    }

    #[test]
    fn other_payloads_are_passed_over() {
        let archive = [
            warc_record(
                "response",
                "Content-Type: application/http\r\n",
                "HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n",
            ),
            warc_record(
                "response",
                "Content-Type: application/http\r\n",
                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\u{1}PNG",
            ),
            warc_record(
                "response",
                "Content-Type: application/http\r\n",
                &format!("HTTP/1.1 200 OK\r\n\r\n{PAGE}"),
            ),
        ]
        .concat();
        let (docs, errors) = run(&archive);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(docs.len(), 1, "the untyped HTML response is sniffed");
    }

    #[test]
    fn wet_conversions_and_bad_payloads() {
        let archive = [
            warc_record(
                "conversion",
                "Content-Type: text/plain\r\n",
                "Plain extracted text of the page.",
            ),
            warc_record(
                "response",
                "Content-Type: application/http\r\n",
                "garbage without header end",
            ),
        ]
        .concat();
        let (docs, errors) = run(&archive);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].text, "Plain extracted text of the page.");
        assert_eq!(docs[0].date.unwrap().to_string(), "2025-04-13");
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0],
            "a.warc: record 2: https://news.example/2025/04/12/envoy: no end of the HTTP header"
        );
    }
}
