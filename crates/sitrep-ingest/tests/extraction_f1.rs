//! Main-text extraction scored on the article-extraction benchmark
//! (`../shared/corpora/article-extraction-benchmark-en`: 181 English pages
//! with their article bodies written out by hand).
//!
//! Two scores, both printed:
//! - mean token F1: per page, the F1 of the multiset of `\w+` tokens of the
//!   extracted text against the expected body; then the mean over pages;
//! - shingle F1, as the benchmark's own `evaluate.py` computes it: token
//!   4-grams, per-page true/false positive counts normalised to sum to one,
//!   summed over pages, then F1 (comparable to its published table, where
//!   dom_smoothie scores 0.865).

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use sitrep_ingest::{read_bytes, Format};

/// The scores this crate reached when it was written (0.967 and 0.966);
/// a drop below these floors means extraction got worse.
const MIN_MEAN_TOKEN_F1: f64 = 0.955;
const MIN_SHINGLE_F1: f64 = 0.955;

#[test]
fn extraction_f1_on_the_benchmark() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/article-extraction-benchmark-en");
    let Ok(truth) = std::fs::read_to_string(root.join("ground-truth.json")) else {
        eprintln!("skipping: {} is not there", root.display());
        return;
    };
    let truth: HashMap<String, serde_json::Value> = serde_json::from_str(&truth).unwrap();
    let mut keys: Vec<&String> = truth.keys().collect();
    keys.sort();

    let (mut token_f1_sum, mut counts, mut failures) = (0.0, [0.0; 3], 0);
    for key in &keys {
        let expected = truth[*key]["articleBody"].as_str().unwrap_or("");
        let mut html = Vec::new();
        let file = std::fs::File::open(root.join(format!("html/{key}.html.gz"))).unwrap();
        flate2::read::GzDecoder::new(file)
            .read_to_end(&mut html)
            .unwrap();
        let mut extracted = String::new();
        read_bytes(
            &format!("{key}.html"),
            &html,
            Some(Format::Html),
            |item| match item {
                Ok(doc) => extracted = doc.text,
                Err(e) => {
                    eprintln!("{e}");
                    failures += 1;
                }
            },
        );
        token_f1_sum += token_f1(expected, &extracted);
        let page = shingle_counts(expected, &extracted);
        for (total, part) in counts.iter_mut().zip(page) {
            *total += part;
        }
    }
    let mean_token_f1 = token_f1_sum / keys.len() as f64;
    let [tp, fp, fn_] = counts;
    let (precision, recall) = (tp / (tp + fp), tp / (tp + fn_));
    let shingle_f1 = 2.0 * precision * recall / (precision + recall);
    println!(
        "extraction on {} pages: mean token F1 {mean_token_f1:.3}; shingle F1 {shingle_f1:.3} \
         (precision {precision:.3}, recall {recall:.3}); {failures} pages without text",
        keys.len()
    );
    assert!(
        mean_token_f1 >= MIN_MEAN_TOKEN_F1,
        "mean token F1 {mean_token_f1:.3}"
    );
    assert!(shingle_f1 >= MIN_SHINGLE_F1, "shingle F1 {shingle_f1:.3}");
}

/// Word tokens as the benchmark's `\w+` finds them.
fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn token_f1(expected: &str, extracted: &str) -> f64 {
    let mut wanted: HashMap<&str, i64> = HashMap::new();
    for t in tokens(expected) {
        *wanted.entry(t).or_default() += 1;
    }
    let got = tokens(extracted);
    let expected_len: i64 = wanted.values().sum();
    if expected_len == 0 && got.is_empty() {
        return 1.0;
    }
    let mut hits = 0;
    for t in &got {
        if let Some(n) = wanted.get_mut(t).filter(|n| **n > 0) {
            *n -= 1;
            hits += 1;
        }
    }
    if hits == 0 {
        return 0.0;
    }
    let precision = hits as f64 / got.len() as f64;
    let recall = hits as f64 / expected_len as f64;
    2.0 * precision * recall / (precision + recall)
}

/// True positive, false positive and false negative 4-gram counts of one
/// page, normalised to sum to one so that long pages do not weigh more.
fn shingle_counts(expected: &str, extracted: &str) -> [f64; 3] {
    fn shingles(text: &str) -> HashMap<Vec<&str>, i64> {
        let tokens = tokens(text);
        let mut counts = HashMap::new();
        let windows = tokens.len().saturating_sub(3).max(1);
        for i in 0..windows {
            let shingle: Vec<&str> = tokens.iter().skip(i).take(4).copied().collect();
            if !shingle.is_empty() {
                *counts.entry(shingle).or_default() += 1;
            }
        }
        counts
    }
    let (wanted, got) = (shingles(expected), shingles(extracted));
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for (shingle, &w) in &wanted {
        let g = got.get(shingle).copied().unwrap_or(0);
        tp += w.min(g);
        fn_ += (w - g).max(0);
    }
    for (shingle, &g) in &got {
        fp += (g - wanted.get(shingle).copied().unwrap_or(0)).max(0);
    }
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 {
        return [0.0; 3];
    }
    [tp as f64 / sum, fp as f64 / sum, fn_ as f64 / sum]
}
