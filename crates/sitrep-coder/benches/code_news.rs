//! Coding throughput on real English news (`../shared/corpora`), one core.
//!
//! `cargo bench -p sitrep-coder --bench code_news` reports sentences per
//! second with the built-in lexicon over the first 2,000 articles of
//! `combined/news-en.jsonl.gz`.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sitrep_coder::{Coder, Scratch};
use sitrep_lexicon::Lexicon;
use sitrep_model::Document;

fn corpus(limit: usize) -> Option<Vec<Document>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/combined/news-en.jsonl.gz");
    let file = std::fs::File::open(&path).ok()?;
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut docs = Vec::new();
    for line in reader.lines().take(limit) {
        let v: serde_json::Value = serde_json::from_str(&line.ok()?).ok()?;
        docs.push(Document::new(v["id"].as_str().unwrap_or("").to_owned(), v["text"].as_str().unwrap_or("").to_owned()));
    }
    Some(docs)
}

fn bench(c: &mut Criterion) {
    let Some(docs) = corpus(2_000) else {
        eprintln!("skipping: ../shared/corpora/combined/news-en.jsonl.gz is not there");
        return;
    };
    let coder = Coder::new(Arc::new(Lexicon::builtin().expect("built-in lexicon")));
    let sentences: usize = docs.iter().map(|d| coder.sentences(&d.text).len()).sum();
    let mut group = c.benchmark_group("code");
    group.throughput(Throughput::Elements(sentences as u64));
    group.sample_size(10);
    group.bench_function(format!("{} news articles, {sentences} sentences", docs.len()), |b| {
        let mut scratch = Scratch::default();
        let mut events = Vec::new();
        b.iter(|| {
            events.clear();
            for d in &docs {
                coder.code(d, &mut scratch, &mut events);
            }
            events.len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
