//! Near-duplicate linking when one story is reprinted over and over: N
//! near-identical documents (another dateline each) written into a new
//! store in batches of 500, for N and 2N. Linear linking takes about twice
//! as long for 2N; checking every copy against every earlier one took four
//! times as long (0.5 / 1.8 / 6.2 s for 500 / 1,000 / 2,000 in issue 15).
//!
//! `cargo bench -p sitrep-store --bench neardup`

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use sitrep_model::{Document, Event};
use sitrep_store::Store;

fn copies(n: usize) -> Vec<(Document, Vec<Event>)> {
    (0..n)
        .map(|i| {
            let text = format!(
                "DESK {i} (Wire) - Government troops entered the northern town on Monday after two days of \
                 fighting with rebel forces, residents and aid workers said, as thousands of civilians fled \
                 towards the border and officials appealed for calm."
            );
            (Document::new(format!("copy-{i}"), text), Vec::new())
        })
        .collect()
}

fn neardup(c: &mut Criterion) {
    let mut group = c.benchmark_group("reprinted_story");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    for n in [1_000, 2_000] {
        let docs = copies(n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &docs, |b, docs| {
            b.iter_batched(
                || tempfile::tempdir().unwrap(),
                |dir| {
                    let mut store = Store::open(dir.path().join("s.db")).unwrap();
                    for batch in docs.chunks(500) {
                        store.write_batch(batch).unwrap();
                    }
                    dir
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, neardup);
criterion_main!(benches);
