//! Throughput on the corpus news in the thread's CPU time, for measuring
//! on a shared machine where the wall clock of `cargo bench` counts other
//! processes' time too, and for profilers (`perf record`, `valgrind
//! --tool=callgrind --toggle-collect=sitrep_syntax::model::Model::analyse_text`).
//!
//! `cargo run --release -p sitrep-syntax --example profile_news -- ARTICLES ROUNDS`
//! (default 500 articles, 3 rounds); `MODEL=path` reads another model. The
//! checksum changes when any head, tag or relation does. A third argument
//! `fr` reads the French news (`news-fr.jsonl.gz`) with the built-in French
//! model: `-- 500 3 fr`.

use sitrep_syntax::{Analysis, Model, Scratch};
use sitrep_text::{split_sentences, Abbreviations};
use std::io::{BufRead, BufReader};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let articles: usize = args.get(1).map_or(500, |a| a.parse().unwrap());
    let rounds: usize = args.get(2).map_or(3, |a| a.parse().unwrap());
    let french = args.get(3).is_some_and(|a| a == "fr");
    let path = format!(
        "{}/../../../shared/corpora/combined/news-{}.jsonl.gz",
        env!("CARGO_MANIFEST_DIR"),
        if french { "fr" } else { "en" }
    );
    let reader = BufReader::new(flate2::read::GzDecoder::new(
        std::fs::File::open(path).unwrap(),
    ));
    let abbreviations = if french {
        // `M.` (monsieur) and `Mme`: not sentence ends.
        Abbreviations::new(["m", "mme", "mm", "dr", "st"])
    } else {
        Abbreviations::new([
            "mr", "mrs", "dr", "gen", "col", "lt", "capt", "sgt", "gov", "sen", "rep", "st", "jan",
            "feb", "aug", "sept", "oct", "nov", "dec", "no", "inc", "corp", "co", "ltd",
        ])
    };
    let mut sentences = Vec::new();
    for line in reader.lines().take(articles) {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let text = v["text"].as_str().unwrap_or("");
        for r in split_sentences(text, &abbreviations) {
            sentences.push(text[r].to_owned());
        }
    }
    let cpu = || {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
        ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
    };
    let (t, c) = (Instant::now(), cpu());
    let model = match std::env::var("MODEL") {
        Ok(p) => Box::leak(Box::new(Model::from_file(p.as_ref()).unwrap())),
        Err(_) if french => Model::french().unwrap(),
        Err(_) => Model::english().unwrap(),
    };
    eprintln!(
        "load {:.3}s wall, {:.3}s cpu",
        t.elapsed().as_secs_f64(),
        cpu() - c
    );
    let (mut s, mut a) = (Scratch::default(), Analysis::default());
    let mut check = 0u64;
    let c0 = cpu();
    let t = Instant::now();
    for _ in 0..rounds {
        for x in &sentences {
            model.analyse_text(x, 0..x.len(), &mut s, &mut a);
            for i in 0..a.len() {
                check = check.wrapping_mul(31).wrapping_add(
                    a.head(i).unwrap_or(999) as u64 * 7
                        + a.deprel(i).len() as u64
                        + a.upos(i).len() as u64,
                );
            }
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let cpus = cpu() - c0;
    println!(
        "{} sentences x{rounds}: {:.0} sentences/s wall, {:.0} sentences/s cpu, checksum {check:x}",
        sentences.len(),
        (sentences.len() * rounds) as f64 / secs,
        (sentences.len() * rounds) as f64 / cpus
    );
}
