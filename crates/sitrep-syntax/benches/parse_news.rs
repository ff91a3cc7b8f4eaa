//! Tagging and parsing throughput on real English news, one core.
//!
//! `cargo bench -p sitrep-syntax --bench parse_news` tags, lemmatises and
//! parses every sentence of the first 2,000 articles of
//! `../shared/corpora/combined/news-en.jsonl.gz` (tokenisation included) and
//! reports sentences per second; `load` times reading the shipped model.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sitrep_syntax::{Analysis, Model, Scratch};
use sitrep_text::{split_sentences, Abbreviations};

fn sentences(limit: usize) -> Option<Vec<String>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/combined/news-en.jsonl.gz");
    let file = std::fs::File::open(&path).ok()?;
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let abbreviations = Abbreviations::new([
        "mr", "mrs", "dr", "gen", "col", "lt", "capt", "sgt", "gov", "sen", "rep", "st", "jan",
        "feb", "aug", "sept", "oct", "nov", "dec", "no", "inc", "corp", "co", "ltd",
    ]);
    let mut out = Vec::new();
    for line in reader.lines().take(limit) {
        let v: serde_json::Value = serde_json::from_str(&line.ok()?).ok()?;
        let text = v["text"].as_str().unwrap_or("");
        for r in split_sentences(text, &abbreviations) {
            out.push(text[r].to_owned());
        }
    }
    Some(out)
}

fn bench(c: &mut Criterion) {
    let model_path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("model/en.sitrep-syntax.gz");
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    group.bench_function("English model", |b| {
        b.iter(|| Model::from_file(&model_path).expect("model"))
    });
    group.finish();

    let Some(sentences) = sentences(2_000) else {
        eprintln!("skipping: ../shared/corpora/combined/news-en.jsonl.gz is not there");
        return;
    };
    let model = Model::english().expect("the built-in model");
    let words: usize = {
        let (mut s, mut a) = (Scratch::default(), Analysis::default());
        sentences
            .iter()
            .map(|t| {
                model.analyse_text(t, 0..t.len(), &mut s, &mut a);
                a.len()
            })
            .sum()
    };
    eprintln!("{} sentences, {} words", sentences.len(), words);
    let mut group = c.benchmark_group("parse");
    group.sample_size(10);
    group.throughput(Throughput::Elements(sentences.len() as u64));
    group.bench_function(
        "news sentences (tokenise, tag, lemmatise, parse, label)",
        |b| {
            let (mut scratch, mut analysis) = (Scratch::default(), Analysis::default());
            b.iter(|| {
                let mut heads = 0usize;
                for t in &sentences {
                    model.analyse_text(t, 0..t.len(), &mut scratch, &mut analysis);
                    heads += analysis.root().unwrap_or(0);
                }
                heads
            })
        },
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
