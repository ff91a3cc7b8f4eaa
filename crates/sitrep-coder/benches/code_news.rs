//! Coding throughput on real news (`../shared/corpora`), one core.
//!
//! `cargo bench -p sitrep-coder --bench code_news` reports sentences per
//! second over the first 2,000 articles of `combined/news-en.jsonl.gz`, with
//! the built-in lexicon and with the Phoenix dictionaries of
//! `../shared/petrarch` (CAMEO.2.0 verbs, the three Phoenix actor files,
//! agents and discards), and the time to load and compile the latter; and
//! over the first 2,000 articles of `combined/news-fr.jsonl.gz` with the
//! built-in French lexicon and parser.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sitrep_coder::{Coder, Scratch};
use sitrep_lexicon::{Lexicon, LexiconSource, PetrarchFiles};
use sitrep_model::Document;

fn corpus(name: &str, limit: usize) -> Option<Vec<Document>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/combined").join(name);
    let file = std::fs::File::open(&path).ok()?;
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut docs = Vec::new();
    for line in reader.lines().take(limit) {
        let v: serde_json::Value = serde_json::from_str(&line.ok()?).ok()?;
        docs.push(Document::new(v["id"].as_str().unwrap_or("").to_owned(), v["text"].as_str().unwrap_or("").to_owned()));
    }
    Some(docs)
}

fn phoenix_files() -> Option<PetrarchFiles> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/petrarch");
    dir.join("CAMEO.2.0.txt").exists().then(|| PetrarchFiles {
        verbs: Some(dir.join("CAMEO.2.0.txt")),
        actors: ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
            .iter()
            .map(|f| dir.join(f))
            .collect(),
        agents: Some(dir.join("Phoenix.agents.txt")),
        discards: Some(dir.join("Phoenix.discards.txt")),
    })
}

fn load_phoenix() -> Lexicon {
    let files = phoenix_files().expect("Phoenix dictionaries");
    let (src, _warnings) = LexiconSource::from_petrarch(&files, true).expect("Phoenix dictionaries load");
    Lexicon::compile(&src).expect("Phoenix dictionaries compile")
}

fn bench(c: &mut Criterion) {
    if let Some(docs) = corpus("news-fr.jsonl.gz", 2_000) {
        let french = Lexicon::builtin_in(sitrep_lexicon::Language::French).expect("built-in French lexicon");
        bench_coder(c, "built-in French lexicon", &Coder::new(Arc::new(french)), &docs);
    }
    let Some(docs) = corpus("news-en.jsonl.gz", 2_000) else {
        eprintln!("skipping: ../shared/corpora/combined/news-en.jsonl.gz is not there");
        return;
    };
    bench_coder(c, "built-in lexicon", &Coder::new(Arc::new(Lexicon::builtin().expect("built-in lexicon"))), &docs);
    if phoenix_files().is_some() {
        let mut group = c.benchmark_group("load");
        group.sample_size(10);
        group.bench_function("Phoenix dictionaries", |b| b.iter(load_phoenix));
        group.finish();
        bench_coder(c, "Phoenix dictionaries", &Coder::new(Arc::new(load_phoenix())), &docs);
    }
}

fn bench_coder(c: &mut Criterion, name: &str, coder: &Coder, docs: &[Document]) {
    let sentences: usize = docs.iter().map(|d| coder.sentences(&d.text).len()).sum();
    let mut group = c.benchmark_group(format!("code with {name}"));
    group.throughput(Throughput::Elements(sentences as u64));
    group.sample_size(10);
    group.bench_function(format!("{} news articles, {sentences} sentences", docs.len()), |b| {
        let mut scratch = Scratch::default();
        let mut events = Vec::new();
        b.iter(|| {
            events.clear();
            for d in docs {
                coder.code(d, &mut scratch, &mut events);
            }
            events.len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
