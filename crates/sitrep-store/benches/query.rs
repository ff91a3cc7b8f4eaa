//! Filtered queries on a store of one million synthetic events.
//!
//! `cargo bench -p sitrep-store --bench query`. The store (250,000 reports,
//! four events each, one in ten a wire reprint) is built once and cached
//! under `target/sitrep-store-bench/`; building it takes a minute or two.
//! Besides criterion's estimates, prints p50 and p99 latency per query kind
//! over varied parameters (the goal: p99 under 50 ms).

#[path = "../tests/common/synth.rs"]
mod synth;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use sitrep_model::Certainty;
use sitrep_store::{CodeMatch, EventFilter, Store, SCHEMA_VERSION};

const SEED: u64 = 2025;
const DOCS_PER_BATCH: usize = 1_000;
const BATCHES: usize = 250;
const EVENTS_PER_DOC: usize = 4;
/// Bump when `synth` changes, so a stale cached store is rebuilt.
const GENERATOR: u32 = 1;
/// The schema, hashed into the cache's name so a changed index rebuilds it.
const SCHEMA_SQL: &str = include_str!("../migrations/0001_initial.sql");

fn cached_store() -> Store {
    let target = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.ancestors().nth(3).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("target"));
    let dir = target.join("sitrep-store-bench");
    std::fs::create_dir_all(&dir).expect("bench cache directory");
    let schema = SCHEMA_SQL.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    });
    let path = dir.join(format!(
        "events-1m-s{SCHEMA_VERSION}-{schema:016x}-g{GENERATOR}.db"
    ));
    if !path.exists() {
        let building = dir.join("building.db");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", building.display()));
        }
        let started = Instant::now();
        let mut store = Store::open(&building).expect("open the bench store");
        for i in 0..BATCHES {
            store
                .write_batch(&synth::batch(SEED, i, DOCS_PER_BATCH, EVENTS_PER_DOC))
                .expect("write a batch");
        }
        store.optimize().expect("analyze");
        let stats = store.stats().expect("stats");
        let took = started.elapsed();
        drop(store);
        eprintln!(
            "built {} events, {} documents ({} near-duplicates) in {:.1} s: {:.0} events/s",
            stats.events,
            stats.documents,
            stats.duplicates,
            took.as_secs_f64(),
            stats.events as f64 / took.as_secs_f64()
        );
        std::fs::rename(&building, &path).expect("cache the bench store");
    }
    Store::open(&path).expect("open the cached bench store")
}

type Kind = (&'static str, Box<dyn Fn(usize) -> EventFilter>);

/// Query kinds, each varied by iteration number so that p99 is not one
/// cached answer.
fn kinds() -> Vec<Kind> {
    let country = |i: usize| synth::COUNTRIES[i % 20];
    let page = |limit| Some(limit);
    let month = |i: usize| {
        let from = NaiveDate::from_ymd_opt(2023 + (i % 3) as i32, 1 + (i % 12) as u32, 1).unwrap();
        (from, from + chrono::Months::new(1) - chrono::Days::new(1))
    };
    vec![
        (
            "actor prefix",
            Box::new(move |i| EventFilter {
                actor: Some(CodeMatch::prefix(country(i))),
                limit: page(100),
                ..Default::default()
            }),
        ),
        (
            "actor exact",
            Box::new(move |i| EventFilter {
                actor: Some(CodeMatch::exact(format!("{}GOV", country(i)))),
                limit: page(100),
                ..Default::default()
            }),
        ),
        (
            "source + target",
            Box::new(move |i| EventFilter {
                source: Some(CodeMatch::prefix(country(i))),
                target: Some(CodeMatch::exact(format!("{}MIL", country(i + 1)))),
                limit: page(100),
                ..Default::default()
            }),
        ),
        (
            "dyad",
            Box::new(move |i| EventFilter {
                dyad: Some((
                    CodeMatch::prefix(country(i)),
                    CodeMatch::prefix(country(i + 3)),
                )),
                limit: page(100),
                ..Default::default()
            }),
        ),
        (
            "cameo root",
            Box::new(move |i| EventFilter {
                cameo: Some(CodeMatch::prefix(["19", "14", "04", "11", "17"][i % 5])),
                limit: page(100),
                ..Default::default()
            }),
        ),
        (
            "cameo exact + month",
            Box::new(move |i| {
                let (from, to) = month(i);
                EventFilter {
                    cameo: Some(CodeMatch::exact(synth::CAMEOS[i % synth::CAMEOS.len()].0)),
                    date_from: Some(from),
                    date_to: Some(to),
                    limit: page(100),
                    ..Default::default()
                }
            }),
        ),
        (
            "plover + certainty",
            Box::new(move |i| EventFilter {
                plover_type: Some(["ASSAULT", "PROTEST", "AID", "COERCE"][i % 4].into()),
                certainty: vec![
                    [Certainty::Reported, Certainty::Alleged, Certainty::Denied][i % 3],
                ],
                limit: page(100),
                ..Default::default()
            }),
        ),
        (
            "date range (month)",
            Box::new(move |i| {
                let (from, to) = month(i);
                EventFilter {
                    date_from: Some(from),
                    date_to: Some(to),
                    limit: page(100),
                    ..Default::default()
                }
            }),
        ),
        (
            "outlet",
            Box::new(move |i| EventFilter {
                outlet: Some(synth::OUTLETS[i % synth::OUTLETS.len()].into()),
                limit: page(100),
                ..Default::default()
            }),
        ),
        (
            "full text",
            Box::new(move |i| EventFilter {
                text: Some(synth::KEYWORDS[i % synth::KEYWORDS.len()].into()),
                limit: page(100),
                ..Default::default()
            }),
        ),
        (
            "full text + actor",
            Box::new(move |i| EventFilter {
                text: Some(synth::KEYWORDS[i % synth::KEYWORDS.len()].into()),
                actor: Some(CodeMatch::prefix(country(i))),
                limit: page(100),
                ..Default::default()
            }),
        ),
        (
            "actor + cameo + year",
            Box::new(move |i| EventFilter {
                actor: Some(CodeMatch::prefix(country(i + 5))),
                cameo: Some(CodeMatch::prefix("19")),
                date_from: NaiveDate::from_ymd_opt(2024, 1, 1),
                date_to: NaiveDate::from_ymd_opt(2024, 12, 31),
                limit: page(100),
                ..Default::default()
            }),
        ),
        (
            "rare dyad, all rows",
            Box::new(move |i| EventFilter {
                dyad: Some((
                    CodeMatch::exact(format!("{}REB", country(i))),
                    CodeMatch::exact(format!("{}GOV", country(i))),
                )),
                ..Default::default()
            }),
        ),
        (
            "deep page (offset 10k)",
            Box::new(move |i| EventFilter {
                certainty: vec![Certainty::Reported],
                offset: 10_000 + i as u32 * 100,
                limit: page(100),
                ..Default::default()
            }),
        ),
    ]
}

fn percentiles(store: &Store) {
    const RUNS: usize = 200;
    eprintln!(
        "{:<26} {:>9} {:>9} {:>9} {:>8}",
        "query (limit 100)", "p50 ms", "p99 ms", "max ms", "rows"
    );
    for (name, make) in kinds() {
        let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
        let mut rows = 0;
        for i in 0..RUNS {
            let filter = make(i);
            let t = Instant::now();
            rows += store.query(&filter).expect("query").len();
            times.push(t.elapsed());
        }
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        eprintln!(
            "{name:<26} {:>9.2} {:>9.2} {:>9.2} {:>8.0}",
            ms(times[RUNS / 2]),
            ms(times[RUNS * 99 / 100 - 1]),
            ms(times[RUNS - 1]),
            rows as f64 / RUNS as f64
        );
    }
}

fn bench(c: &mut Criterion) {
    let store = cached_store();
    percentiles(&store);
    let mut group = c.benchmark_group("query 1M events");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1));
    for (name, make) in kinds() {
        let mut i = 0;
        group.bench_function(name, |b| {
            b.iter(|| {
                i += 1;
                store.query(&make(i)).expect("query").len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
