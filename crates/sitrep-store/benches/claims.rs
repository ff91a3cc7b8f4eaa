//! The claims view on a store of synthetic events, and what grouping costs
//! while storing them.
//!
//! `cargo bench -p sitrep-store --bench claims`. Builds (once, cached under
//! `target/sitrep-store-bench/`) a store of `SITREP_CLAIMS_BENCH_DOCS`
//! reports (default 250,000) of four events each, grouping claims as every
//! batch is written, and prints the build's events per second; then the p50
//! and p99 latency of each kind of claims page over varied parameters (the
//! goal: p99 under 300 ms on a million events).

#[path = "../tests/common/synth.rs"]
mod synth;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use sitrep_model::Certainty;
use sitrep_store::{ClaimFilter, ClaimSort, ClaimStatus, CodeMatch, EventFilter, Store, SCHEMA_VERSION};

const SEED: u64 = 2025;
const DOCS_PER_BATCH: usize = 1_000;
const EVENTS_PER_DOC: usize = 4;
const RUNS: usize = 60;

fn cached_store(docs: usize) -> Store {
    let target = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.ancestors().nth(3).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("target"));
    let dir = target.join("sitrep-store-bench");
    std::fs::create_dir_all(&dir).expect("bench cache directory");
    let path = dir.join(format!("claims-{docs}-s{SCHEMA_VERSION}.db"));
    if !path.exists() {
        let building = dir.join("claims-building.db");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", building.display()));
        }
        let started = Instant::now();
        let mut store = Store::open(&building).expect("open the bench store");
        for i in 0..docs.div_ceil(DOCS_PER_BATCH) {
            store.write_batch(&synth::batch(SEED, i, DOCS_PER_BATCH, EVENTS_PER_DOC)).expect("write a batch");
        }
        store.optimize().expect("analyze");
        let stats = store.stats().expect("stats");
        let took = started.elapsed();
        let claims = store.claims(&ClaimFilter { limit: Some(1), ..Default::default() }).expect("claims").total;
        drop(store);
        eprintln!(
            "built {} events into {claims} claims in {:.1} s with grouping: {:.0} events/s",
            stats.events,
            took.as_secs_f64(),
            stats.events as f64 / took.as_secs_f64()
        );
        std::fs::rename(&building, &path).expect("cache the bench store");
    }
    Store::open(&path).expect("open the cached bench store")
}

type Kind = (&'static str, Box<dyn Fn(usize) -> ClaimFilter>);

fn kinds() -> Vec<Kind> {
    let page = |events: EventFilter, sort, status: Vec<ClaimStatus>, i: usize| ClaimFilter {
        events,
        status,
        sort,
        limit: Some(50),
        offset: (i % 4 * 50) as u32,
    };
    vec![
        ("first pages by outlets", Box::new(move |i| page(EventFilter::default(), ClaimSort::Outlets, vec![], i))),
        ("by recency", Box::new(move |i| page(EventFilter::default(), ClaimSort::Recency, vec![], i))),
        ("contested, by status", Box::new(move |i| page(EventFilter::default(), ClaimSort::Status, vec![ClaimStatus::Contested], i))),
        (
            "actor prefix",
            Box::new(move |i| page(EventFilter { actor: Some(CodeMatch::prefix(synth::COUNTRIES[i % 20])), ..Default::default() }, ClaimSort::Outlets, vec![], i)),
        ),
        (
            "dyad + month",
            Box::new(move |i| {
                let from = NaiveDate::from_ymd_opt(2023 + (i % 3) as i32, 1 + (i % 12) as u32, 1).unwrap();
                let to = from + chrono::Months::new(1) - chrono::Days::new(1);
                let dyad = (CodeMatch::prefix(synth::COUNTRIES[i % 20]), CodeMatch::prefix(synth::COUNTRIES[(i + 3) % 20]));
                page(EventFilter { dyad: Some(dyad), date_from: Some(from), date_to: Some(to), ..Default::default() }, ClaimSort::Outlets, vec![], i)
            }),
        ),
        (
            "certainty denied",
            Box::new(move |i| page(EventFilter { certainty: vec![Certainty::Denied], ..Default::default() }, ClaimSort::Outlets, vec![], i)),
        ),
        ("by status", Box::new(move |i| page(EventFilter::default(), ClaimSort::Status, vec![], i))),
        (
            "actor prefix by recency",
            Box::new(move |i| page(EventFilter { actor: Some(CodeMatch::prefix(synth::COUNTRIES[i % 20])), ..Default::default() }, ClaimSort::Recency, vec![], i)),
        ),
        (
            "actor prefix by status",
            Box::new(move |i| page(EventFilter { actor: Some(CodeMatch::prefix(synth::COUNTRIES[i % 20])), ..Default::default() }, ClaimSort::Status, vec![], i)),
        ),
        (
            "actor prefix, page 21-40",
            Box::new(move |i| ClaimFilter {
                offset: (1_000 + i % 20 * 50) as u32,
                ..page(EventFilter { actor: Some(CodeMatch::prefix(synth::COUNTRIES[i % 20])), ..Default::default() }, ClaimSort::Outlets, vec![], i)
            }),
        ),
        (
            "actor + denied, contested",
            Box::new(move |i| {
                let events = EventFilter { actor: Some(CodeMatch::prefix(synth::COUNTRIES[i % 20])), certainty: vec![Certainty::Denied], ..Default::default() };
                page(events, ClaimSort::Outlets, vec![ClaimStatus::Contested], i)
            }),
        ),
        (
            "denied by recency",
            Box::new(move |i| page(EventFilter { certainty: vec![Certainty::Denied], ..Default::default() }, ClaimSort::Recency, vec![], i)),
        ),
        (
            "denied by status",
            Box::new(move |i| page(EventFilter { certainty: vec![Certainty::Denied], ..Default::default() }, ClaimSort::Status, vec![], i)),
        ),
        (
            "denied, page 21-40",
            Box::new(move |i| ClaimFilter {
                offset: (1_000 + i % 20 * 50) as u32,
                ..page(EventFilter { certainty: vec![Certainty::Denied], ..Default::default() }, ClaimSort::Outlets, vec![], i)
            }),
        ),
        (
            "actor prefix by status, p21-40",
            Box::new(move |i| ClaimFilter {
                offset: (1_000 + i % 20 * 50) as u32,
                ..page(EventFilter { actor: Some(CodeMatch::prefix(synth::COUNTRIES[i % 20])), ..Default::default() }, ClaimSort::Status, vec![], i)
            }),
        ),
        (
            "CAMEO root",
            Box::new(move |i| page(EventFilter { cameo: Some(CodeMatch::prefix(["01", "04", "11", "19"][i % 4])), ..Default::default() }, ClaimSort::Outlets, vec![], i)),
        ),
        (
            "one year",
            Box::new(move |i| {
                let from = NaiveDate::from_ymd_opt(2023 + (i % 3) as i32, 1, 1).unwrap();
                let to = NaiveDate::from_ymd_opt(2023 + (i % 3) as i32, 12, 31).unwrap();
                page(EventFilter { date_from: Some(from), date_to: Some(to), ..Default::default() }, ClaimSort::Outlets, vec![], i)
            }),
        ),
        (
            "one year, denied-only",
            Box::new(move |i| {
                let from = NaiveDate::from_ymd_opt(2023 + (i % 3) as i32, 1, 1).unwrap();
                let to = NaiveDate::from_ymd_opt(2023 + (i % 3) as i32, 12, 31).unwrap();
                page(EventFilter { date_from: Some(from), date_to: Some(to), ..Default::default() }, ClaimSort::Outlets, vec![ClaimStatus::DeniedOnly], i)
            }),
        ),
        (
            "outlet",
            Box::new(move |i| page(EventFilter { outlet: Some(synth::OUTLETS[i % 10].to_owned()), ..Default::default() }, ClaimSort::Outlets, vec![], i)),
        ),
        (
            // A day range's claim set with a condition that has none.
            "one year, outlet",
            Box::new(move |i| {
                let from = NaiveDate::from_ymd_opt(2023 + (i % 3) as i32, 1, 1).unwrap();
                let to = NaiveDate::from_ymd_opt(2023 + (i % 3) as i32, 12, 31).unwrap();
                let outlet = Some(synth::OUTLETS[i % 10].to_owned());
                page(EventFilter { date_from: Some(from), date_to: Some(to), outlet, ..Default::default() }, ClaimSort::Outlets, vec![], i)
            }),
        ),
        (
            "first copies only",
            Box::new(move |i| page(EventFilter { first_copies_only: true, ..Default::default() }, ClaimSort::Recency, vec![], i)),
        ),
        (
            "actor + denied-only",
            Box::new(move |i| page(EventFilter { actor: Some(CodeMatch::prefix(synth::COUNTRIES[i % 20])), ..Default::default() }, ClaimSort::Outlets, vec![ClaimStatus::DeniedOnly], i)),
        ),
        ("single-source, by status", Box::new(move |i| page(EventFilter::default(), ClaimSort::Status, vec![ClaimStatus::SingleSource], i))),
        ("denied-only", Box::new(move |i| page(EventFilter::default(), ClaimSort::Outlets, vec![ClaimStatus::DeniedOnly], i))),
        ("denied-only by recency", Box::new(move |i| page(EventFilter::default(), ClaimSort::Recency, vec![ClaimStatus::DeniedOnly], i))),
        ("single-source by recency", Box::new(move |i| page(EventFilter::default(), ClaimSort::Recency, vec![ClaimStatus::SingleSource], i))),
        (
            "two statuses by outlets",
            Box::new(move |i| page(EventFilter::default(), ClaimSort::Outlets, vec![ClaimStatus::DeniedOnly, ClaimStatus::Corroborated], i)),
        ),
    ]
}

fn main() {
    let docs = std::env::var("SITREP_CLAIMS_BENCH_DOCS").ok().and_then(|v| v.parse().ok()).unwrap_or(250_000);
    let store = cached_store(docs);
    // `SITREP_CLAIMS_BENCH_ONLY=denied` times the views whose name holds it.
    let only = std::env::var("SITREP_CLAIMS_BENCH_ONLY").unwrap_or_default();
    for (name, filter) in kinds().into_iter().filter(|(name, _)| name.contains(only.as_str())) {
        let mut times: Vec<Duration> = (0..RUNS)
            .map(|i| {
                let f = filter(i);
                let t = Instant::now();
                let page = store.claims(&f).expect("claims");
                std::hint::black_box(page);
                t.elapsed()
            })
            .collect();
        times.sort();
        let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
        println!("{name:<31} p50 {:>8.1} ms  p99 {:>8.1} ms", at(0.5).as_secs_f64() * 1e3, at(0.99).as_secs_f64() * 1e3);
    }
}
