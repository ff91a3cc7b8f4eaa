//! Scaling on the hostile inputs of issue 15, each at 1× and 2× size: the
//! time for 2× should be about twice the time for 1× (linear), not four
//! times (quadratic). Criterion's report gives both; compare them.
//!
//! - `nested_html/N`: a page of N nested `<div>`s (flattened past depth 256);
//! - `entity_feed/N`: an RSS item with N uses of a 2 KB entity (refused
//!   past 1 MiB of expansion, after a linear count);
//! - `warc_overrun/N`: N records, the first with a `Content-Length` that
//!   runs into the others.
//!
//! `cargo bench -p sitrep-ingest --bench hostile`

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use sitrep_ingest::read_bytes;

fn nested_html(n: usize) -> String {
    format!(
        "<html><body>{}<p>Troops entered the town on Monday, residents said.</p>{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    )
}

fn entity_feed(n: usize) -> String {
    format!(
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e \"{}\">]><rss version=\"2.0\"><channel><title>x</title>\
         <item><title>t</title><link>http://a/1</link><description>{}</description></item></channel></rss>",
        "x".repeat(2048),
        "&e; ".repeat(n)
    )
}

fn warc_overrun(n: usize) -> String {
    let record = |i: usize, extra: usize| {
        let block = format!("Report {i}: troops entered the town on Monday, residents said.");
        format!(
            "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Record-ID: <urn:{i}>\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len() + extra
        )
    };
    (0..n).map(|i| record(i, if i == 0 { 10_000 } else { 0 })).collect()
}

fn hostile(c: &mut Criterion) {
    let inputs: [(&str, &str, fn(usize) -> String, usize); 3] = [
        ("nested_html", "page.html", nested_html, 50_000),
        ("entity_feed", "feed.rss", entity_feed, 50_000),
        ("warc_overrun", "a.warc", warc_overrun, 5_000),
    ];
    for (group_name, file, make, base) in inputs {
        let mut group = c.benchmark_group(group_name);
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(3));
        for n in [base, 2 * base] {
            let input = make(n);
            group.throughput(Throughput::Bytes(input.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(n), &input, |b, input| {
                b.iter(|| {
                    let mut items = 0usize;
                    read_bytes(file, input.as_bytes(), None, |_| items += 1);
                    items
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, hostile);
criterion_main!(benches);
