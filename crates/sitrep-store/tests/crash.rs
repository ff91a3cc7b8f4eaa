//! Crash safety: a writer killed mid-run loses at most the batch in flight,
//! and rerunning the same input completes the store without duplicates.
//!
//! The writer is this test binary itself, started again with an environment
//! variable that turns `crash_child` from a no-op into the writer.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::synth;
use sitrep_store::{ContentHash, EventFilter, Store};

const CHILD_ENV: &str = "SITREP_STORE_CRASH_CHILD";
const SEED: u64 = 7;
const BATCHES: usize = 40;
const DOCS: usize = 100;
const EVENTS: usize = 3;

fn input(index: usize) -> Vec<(sitrep_model::Document, Vec<sitrep_model::Event>)> {
    synth::batch(SEED, index, DOCS, EVENTS)
}

/// The writer: does nothing unless started by the test below.
#[test]
fn crash_child() {
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return;
    };
    let mut store = Store::open(&path).unwrap();
    for i in 0..BATCHES {
        store.write_batch(&input(i)).unwrap();
        println!("committed {i}");
    }
    // Never finish on our own: the parent must be the one to stop us.
    loop {
        std::thread::sleep(Duration::from_secs(1));
    }
}

#[test]
fn a_killed_writer_loses_at_most_the_batch_in_flight() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sitrep.db");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, &path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut committed = 0;
    for line in BufReader::new(stdout).lines() {
        if line.unwrap().starts_with("committed ") {
            committed += 1;
            if committed == 3 {
                break;
            }
        }
    }
    assert_eq!(
        committed, 3,
        "the writer stopped before committing three batches"
    );
    // A moment into the fourth batch, then SIGKILL: no destructor, no rollback.
    std::thread::sleep(Duration::from_millis(15));
    child.kill().unwrap();
    child.wait().unwrap();

    let mut store = Store::open(&path).unwrap();
    assert!(store.integrity_check().unwrap().is_empty());
    let stats = store.stats().unwrap();
    eprintln!("after the kill: {stats:?}");
    assert!(stats.documents >= 3 * DOCS as u64, "{stats:?}");
    assert_eq!(
        stats.documents % DOCS as u64,
        0,
        "only whole batches survive: {stats:?}"
    );
    assert_eq!(stats.events, stats.documents * EVENTS as u64);

    // The rerun: the same input from the start.
    let mut skipped = 0;
    for i in 0..BATCHES {
        skipped += store.write_batch(&input(i)).unwrap().already_stored;
    }
    assert_eq!(
        skipped as u64, stats.documents,
        "every surviving document was recognised"
    );
    let stats = store.stats().unwrap();
    assert_eq!(stats.documents, (BATCHES * DOCS) as u64);
    assert_eq!(stats.events, (BATCHES * DOCS * EVENTS) as u64);
    for i in 0..BATCHES {
        for (doc, _) in input(i) {
            assert!(
                store.has_document(&ContentHash::of(&doc)).unwrap(),
                "{} missing",
                doc.id
            );
        }
    }
    // Each document's events once: no document id appears with more than its events.
    let mut per_doc = std::collections::HashMap::<String, usize>::new();
    store
        .for_each_event(&EventFilter::default(), |e| {
            *per_doc.entry(e.event.doc_id).or_default() += 1;
            Ok(())
        })
        .unwrap();
    assert_eq!(per_doc.len(), BATCHES * DOCS);
    assert!(per_doc.values().all(|&n| n == EVENTS));
}
