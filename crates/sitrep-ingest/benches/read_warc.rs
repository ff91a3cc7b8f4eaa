//! Documents per second reading the constructed WARC of
//! `../shared/corpora/warc` (619 HTML responses, gzip per record, 24 MB):
//! decompression, WARC framing, HTTP parsing, charset decoding, main-text
//! extraction and language detection, on one core.
//!
//! `cargo bench -p sitrep-ingest --bench read_warc`

use std::path::PathBuf;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sitrep_ingest::read_path;

fn read_warc(c: &mut Criterion) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/warc/sitrep-news-sample-constructed.warc.gz");
    if !path.exists() {
        eprintln!("skipping: {} is not there", path.display());
        return;
    }
    let count = || {
        let mut documents = 0u64;
        read_path(&path, |item| documents += u64::from(item.is_ok()));
        documents
    };
    let documents = count();
    let mut group = c.benchmark_group("read_warc");
    // One pass takes about two seconds: ten of them, unhurried.
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(30));
    group.throughput(Throughput::Elements(documents));
    group.bench_function("constructed_619_responses", |b| b.iter(count));
    group.finish();
}

criterion_group!(benches, read_warc);
criterion_main!(benches);
