//! Every source over the real inputs in `../shared/corpora` and
//! `../shared/petrarch`: counts that must hold, and figures printed for the
//! reader. Each test skips, saying so, when its files are not there.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use sitrep_ingest::{read_bytes, read_path, Document, IngestError, Reader};

mod common;
use common::shared;

fn read(path: &Path) -> (Vec<Document>, Vec<IngestError>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    read_path(path, |item| match item {
        Ok(doc) => docs.push(doc),
        Err(e) => errors.push(e),
    });
    (docs, errors)
}

fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_below(&path));
        } else {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn languages(docs: &[Document]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for doc in docs {
        *counts
            .entry(doc.language.clone().unwrap_or_else(|| "-".into()))
            .or_default() += 1;
    }
    counts
}

#[test]
fn every_feed_is_read_or_reported() {
    let Some(dir) = shared("corpora/feeds") else {
        return;
    };
    let malformed = ["feed-test-malformed.xml", "uolNoticias.rss"];
    let (mut read_ok, mut reported, mut items) = (0, 0, 0);
    for file in files_below(&dir) {
        let (docs, errors) = read(&file);
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            !docs.is_empty() || !errors.is_empty(),
            "{name}: neither items nor an error"
        );
        assert!(errors
            .iter()
            .all(|e| e.file() == file.display().to_string()));
        if malformed.contains(&name.as_str()) {
            assert!(
                !errors.is_empty(),
                "{name} is malformed on purpose but was not reported"
            );
        }
        for e in &errors {
            println!("reported: {e}");
        }
        reported += usize::from(!errors.is_empty());
        read_ok += usize::from(!docs.is_empty());
        items += docs.len();
        for doc in &docs {
            assert!(
                !doc.id.is_empty() && !doc.text.trim().is_empty(),
                "{name}: {doc:?}"
            );
        }
    }
    println!(
        "feeds: {} files; {read_ok} read ({items} items), {reported} reported",
        files_below(&dir).len()
    );
}

#[test]
fn every_response_of_the_constructed_warc_is_a_document() {
    let Some(path) = shared("corpora/warc/sitrep-news-sample-constructed.warc.gz") else {
        return;
    };
    let (docs, errors) = read(&path);
    for e in &errors {
        println!("reported: {e}");
    }
    println!(
        "constructed WARC: {} documents, {} errors; languages {:?}",
        docs.len(),
        errors.len(),
        languages(&docs)
    );
    assert_eq!(
        docs.len() + errors.len(),
        619,
        "every response record is a document or a reported error"
    );
    assert!(
        docs.len() >= 610,
        "only {} of 619 responses gave text",
        docs.len()
    );
    let ids: HashSet<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids.len(), docs.len(), "record ids are unique");
    assert!(docs
        .iter()
        .all(|d| d.url.as_deref().is_some_and(|u| u.starts_with("http"))));
    assert!(
        docs.iter().all(|d| d.date.is_some()),
        "WARC-Date stands in for a missing publication date"
    );
    let fr = docs
        .iter()
        .filter(|d| d.language.as_deref() == Some("fr"))
        .count();
    assert!(
        fr >= 180,
        "the 180 OrangeSum pages and a few more are French; found {fr}"
    );
}

#[test]
fn common_crawl_warc_wet_and_wat() {
    let Some(dir) = shared("corpora/warc") else {
        return;
    };
    let (docs, errors) = read(&dir.join("commoncrawl_whirlwind.warc.gz"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        docs.len(),
        1,
        "one response among warcinfo, request, response and metadata"
    );
    assert!(docs[0].text.len() > 200);
    let (wet, errors) = read(&dir.join("commoncrawl_whirlwind.warc.wet.gz"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(wet.len(), 1, "one conversion record");
    let (wat, errors) = read(&dir.join("commoncrawl_whirlwind.warc.wat.gz"));
    assert!(
        wat.is_empty() && errors.is_empty(),
        "metadata only: {errors:?}"
    );
}

/// Optimised builds (as CI runs them) read all 60,000 documents in seconds;
/// debug builds take minutes, so they count and check only the first lines.
const DEBUG: bool = cfg!(debug_assertions);
const LANGUAGE_SAMPLE: usize = if DEBUG { 1_000 } else { usize::MAX };

#[test]
fn combined_json_lines_and_their_languages() {
    let Some(dir) = shared("corpora/combined") else {
        return;
    };
    for (file, expected_docs, language) in [
        ("news-en.jsonl.gz", 23_987, "en"),
        ("news-fr.jsonl.gz", 36_620, "fr"),
    ] {
        let path = dir.join(file);
        if DEBUG {
            println!("{file}: debug build, so the full count is left to `cargo test --release`");
        }
        let (mut docs, mut dated, mut errors) = (0, 0, Vec::new());
        let full = |item: Result<Document, IngestError>| match item {
            Ok(doc) => {
                docs += 1;
                dated += usize::from(doc.date.is_some());
            }
            Err(e) => errors.push(e.to_string()),
        };
        let sample = first_lines(&path, LANGUAGE_SAMPLE);
        let reader = Reader::new().detect_language(false);
        if DEBUG {
            reader.read_bytes(file.trim_end_matches(".gz"), &sample, full);
        } else {
            reader.read_path(&path, full);
        }
        assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(5)]);
        assert_eq!(
            docs,
            if DEBUG {
                LANGUAGE_SAMPLE
            } else {
                expected_docs
            }
        );
        // The first lines (BBC 2005) carry no dates; the whole files mostly do.
        assert!(DEBUG || dated > docs / 2, "{dated} of {docs} dated");

        let mut detected = Vec::new();
        read_bytes(file.trim_end_matches(".gz"), &sample, None, |item| {
            detected.push(item.unwrap())
        });
        let counts = languages(&detected);
        let share = counts.get(language).copied().unwrap_or(0) as f64 / detected.len() as f64;
        println!(
            "{file}: {docs} documents; of {} checked, {:.2}% {language}: {counts:?}",
            detected.len(),
            100.0 * share
        );
        assert!(
            share > 0.99,
            "{file}: only {:.2}% detected as {language}",
            100.0 * share
        );
    }
}

fn first_lines(gz: &Path, lines: usize) -> Vec<u8> {
    use std::io::BufRead;
    let reader = std::io::BufReader::new(flate2::read::GzDecoder::new(
        std::fs::File::open(gz).unwrap(),
    ));
    let mut out = Vec::new();
    for line in reader.split(b'\n').take(lines) {
        out.extend(line.unwrap());
        out.push(b'\n');
    }
    out
}

#[test]
fn petrarch_unit_test_records() {
    let Some(path) = shared("petrarch/PETR.UnitTest.records.xml") else {
        return;
    };
    let (docs, errors) = read(&path);
    println!(
        "PETRARCH unit-test records: {} sentences, {} errors",
        docs.len(),
        errors.len()
    );
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(docs.len(), 284);
    assert!(docs.iter().all(|d| d.date.is_some() && !d.text.is_empty()));
}

/// Fundus's expected metadata for each page: the `<Publisher>.json` beside
/// the pages holds one entry per page, in the pages' order.
#[test]
fn fundus_pages_titles_and_dates() {
    let Some(dir) = shared("corpora/fundus-html") else {
        return;
    };
    let (mut pages, mut with_text, mut dated, mut date_checked, mut date_agrees, mut title_agrees) =
        (0, 0, 0, 0, 0, 0);
    let (mut f1_sum, mut f1_pages) = (0.0, 0);
    for file in files_below(&dir)
        .into_iter()
        .filter(|f| f.to_string_lossy().ends_with(".html.gz"))
    {
        pages += 1;
        let (docs, _) = read(&file);
        let Some(doc) = docs.first() else { continue };
        with_text += 1;
        dated += usize::from(doc.date.is_some());
        let Some(expected) = expected_for(&file) else {
            continue;
        };
        if let (Some(want), Some(got)) = (expected["publishing_date"].as_str(), doc.date) {
            date_checked += 1;
            date_agrees += usize::from(want.starts_with(&got.to_string()));
        }
        let body = fundus_body(&expected["body"]);
        if !body.is_empty() {
            f1_sum += token_f1(&body, &doc.text);
            f1_pages += 1;
        }
        if let (Some(want), Some(got)) = (expected["title"].as_str(), doc.title.as_deref()) {
            title_agrees += usize::from(want.split_whitespace().eq(got.split_whitespace()));
        }
    }
    println!(
        "fundus: {pages} pages, {with_text} with text, {dated} dated; date agrees with fundus on {date_agrees} of \
         {date_checked}; title on {title_agrees}; mean token F1 of the text against fundus's body {:.3} ({f1_pages} pages)",
        f1_sum / f1_pages.max(1) as f64
    );
    assert!(
        with_text * 100 >= pages * 95,
        "{with_text} of {pages} pages gave text"
    );
    assert!(
        f1_sum / f1_pages.max(1) as f64 > 0.90,
        "text F1 against fundus fell below 0.90"
    );
    assert!(
        date_agrees * 100 >= date_checked * 85,
        "dates agree on {date_agrees} of {date_checked}"
    );
}

/// Fundus's body: summary, then each section's headline and paragraphs.
fn fundus_body(body: &serde_json::Value) -> String {
    let mut parts: Vec<&str> = Vec::new();
    fn strings(v: &serde_json::Value) -> impl Iterator<Item = &str> {
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s.as_str())
    }
    parts.extend(strings(&body["summary"]));
    for section in body["sections"].as_array().into_iter().flatten() {
        parts.extend(strings(&section["headline"]));
        parts.extend(strings(&section["paragraphs"]));
    }
    parts.join("\n")
}

/// F1 of the multisets of word tokens, as in `extraction_f1.rs`.
fn token_f1(expected: &str, extracted: &str) -> f64 {
    let tokens = |t: &str| -> Vec<String> {
        t.split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let mut wanted: BTreeMap<String, i64> = BTreeMap::new();
    let expected = tokens(expected);
    for t in &expected {
        *wanted.entry(t.clone()).or_default() += 1;
    }
    let got = tokens(extracted);
    let hits = got
        .iter()
        .filter(|t| {
            wanted.get_mut(*t).is_some_and(|n| {
                *n > 0 && {
                    *n -= 1;
                    true
                }
            })
        })
        .count();
    if hits == 0 {
        return 0.0;
    }
    let (precision, recall) = (
        hits as f64 / got.len() as f64,
        hits as f64 / expected.len() as f64,
    );
    2.0 * precision * recall / (precision + recall)
}

fn expected_for(page: &Path) -> Option<serde_json::Value> {
    let name = page.file_name()?.to_string_lossy().into_owned();
    let publisher = name.rsplitn(4, '_').nth(3)?;
    let dir = page.parent()?;
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{publisher}.json"))).ok()?)
            .ok()?;
    let mut siblings: Vec<String> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| Some(e.ok()?.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".html.gz") && n.rsplitn(4, '_').nth(3) == Some(publisher))
        .collect();
    siblings.sort();
    let versions = json.as_object()?;
    if versions.len() != siblings.len() {
        return None;
    }
    let index = siblings.iter().position(|s| *s == name)?;
    versions.values().nth(index).cloned()
}
