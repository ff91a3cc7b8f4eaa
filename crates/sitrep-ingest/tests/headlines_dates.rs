//! Headlines and publication dates scored against pages whose right answers
//! are known: the fundus test pages in `../shared/corpora/fundus-html`
//! (expected `title` and `publishing_date` per page, URL and crawl date in
//! `meta.info`), read as a WARC response would be (the page's URL, its
//! capture date). The article-extraction benchmark has no expected titles
//! or dates, so for it only how many pages get each is printed.
//!
//! ```sh
//! cargo test -p sitrep-ingest --release --test headlines_dates -- --nocapture
//! ```
//!
//! `SITREP_SHOW_MISSES=1` prints every page whose headline or date is wrong.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use sitrep_ingest::read_html_page;

mod common;
use common::shared;

/// The figures reached when this test was written; falling below them means
/// the headline or date rules got worse.
const MIN_TITLE_EXACT: f64 = 0.80;
const MIN_DATE_RIGHT: f64 = 0.98;

fn gunzip(path: &Path) -> Vec<u8> {
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap())
        .read_to_end(&mut bytes)
        .unwrap();
    bytes
}

fn show_misses() -> bool {
    std::env::var_os("SITREP_SHOW_MISSES").is_some()
}

#[test]
fn fundus_headlines_and_dates() {
    let Some(root) = shared("corpora/fundus-html") else {
        return;
    };
    let (mut pages, mut titled, mut title_exact) = (0, 0, 0);
    let (mut dated_truth, mut date_right, mut date_missing) = (0, 0, 0);
    let mut sources: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for dir in subdirs(&root) {
        let Some(meta) = read_json(&dir.join("meta.info")) else {
            continue;
        };
        for (publisher, files) in pages_by_publisher(&dir) {
            let Some(expected) = read_json(&dir.join(format!("{publisher}.json"))) else {
                continue;
            };
            let versions: Vec<&serde_json::Value> = expected
                .as_object()
                .into_iter()
                .flat_map(|m| m.values())
                .collect();
            if versions.len() != files.len() {
                continue;
            }
            for (file, want) in files.iter().zip(versions) {
                let name = file.file_name().unwrap().to_string_lossy().into_owned();
                let url = meta[&name]["url"].as_str();
                let captured = meta[&name]["crawl_date"]
                    .as_str()
                    .and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
                pages += 1;
                let page = read_html_page(&name, &gunzip(file), url, captured).ok();
                let got_title = page.as_ref().and_then(|p| p.document.title.clone());
                let got_date = page.as_ref().and_then(|p| p.document.date);
                let source = page
                    .as_ref()
                    .and_then(|p| p.date_source)
                    .map_or_else(|| "-".into(), |s| s.to_string());
                if let Some(title) = want["title"].as_str() {
                    titled += 1;
                    let right = got_title
                        .as_deref()
                        .is_some_and(|got| got.split_whitespace().eq(title.split_whitespace()));
                    title_exact += usize::from(right);
                    if !right && show_misses() {
                        println!("TITLE {name}\n  want {title:?}\n  got  {got_title:?}");
                    }
                }
                if let Some(date) = want["publishing_date"].as_str() {
                    dated_truth += 1;
                    date_missing += usize::from(got_date.is_none());
                    let right = got_date.is_some_and(|got| date.starts_with(&got.to_string()));
                    date_right += usize::from(right);
                    let counts = sources.entry(source.clone()).or_default();
                    counts.0 += 1;
                    counts.1 += usize::from(right);
                    if !right && show_misses() {
                        println!(
                            "DATE  {name} ({})\n  want {date}\n  got  {got_date:?} from {source}",
                            url.unwrap_or("-")
                        );
                    }
                }
            }
        }
    }
    let title_share = title_exact as f64 / titled.max(1) as f64;
    let date_share = date_right as f64 / dated_truth.max(1) as f64;
    println!(
        "fundus: {pages} pages; headline exactly right on {title_exact} of {titled} ({title_share:.3}); \
         publication date right on {date_right} of {dated_truth} ({date_share:.3}), missing on {date_missing}"
    );
    for (source, (n, right)) in &sources {
        println!("  date from {source}: {right} right of {n}");
    }
    assert!(title_share >= MIN_TITLE_EXACT, "headlines {title_share:.3}");
    assert!(date_share >= MIN_DATE_RIGHT, "dates {date_share:.3}");
}

#[test]
fn benchmark_pages_get_a_headline_and_a_date() {
    let Some(root) = shared("corpora/article-extraction-benchmark-en") else {
        return;
    };
    let truth: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("ground-truth.json")).unwrap())
            .unwrap();
    let (mut pages, mut titled, mut dated) = (0, 0, 0);
    for (key, entry) in truth.as_object().unwrap() {
        let html = gunzip(&root.join(format!("html/{key}.html.gz")));
        pages += 1;
        let Ok(page) = read_html_page(key, &html, entry["url"].as_str(), None) else {
            continue;
        };
        let doc = page.document;
        if show_misses() {
            let raw = String::from_utf8_lossy(&html);
            let title_tag = raw
                .split_once("<title")
                .and_then(|(_, rest)| rest.split_once('>'))
                .and_then(|(_, rest)| rest.split_once("</title>"))
                .map(|(title, _)| title.split_whitespace().collect::<Vec<_>>().join(" "));
            println!(
                "PAGE {key}\n  title tag {title_tag:?}\n  headline  {:?}\n  date      {:?} from {:?} ({})",
                doc.title,
                doc.date,
                page.date_source,
                entry["url"].as_str().unwrap_or("-")
            );
        }
        titled += usize::from(doc.title.is_some());
        dated += usize::from(doc.date.is_some());
    }
    println!("article-extraction benchmark: {pages} pages, {titled} with a headline, {dated} with a date");
}

fn subdirs(root: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn read_json(path: &Path) -> Option<serde_json::Value> {
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

/// Each publisher's pages (`<Publisher>_<yyyy>_<mm>_<dd>.html.gz`) in name
/// order, which is the order of the versions in `<Publisher>.json`.
fn pages_by_publisher(dir: &Path) -> BTreeMap<String, Vec<PathBuf>> {
    let mut pages: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".html.gz") {
            continue;
        }
        if let Some(publisher) = name.rsplitn(4, '_').nth(3) {
            pages
                .entry(publisher.to_owned())
                .or_default()
                .push(entry.path());
        }
    }
    for files in pages.values_mut() {
        files.sort();
    }
    pages
}
