//! Three `sitrep ingest` processes started at once on one new store, with
//! overlapping inputs: every one finishes, and the union is stored exactly
//! once. (Before: the migration race failed one on `table documents
//! already exists`, and the write lock failed another with `database is
//! locked`, storing none of its documents.)

use std::path::Path;
use std::process::Command;

/// Documents per process, and how far each process's range is shifted.
const DOCS: usize = 1_500;
const SHIFT: usize = 500;

fn write_input(path: &Path, from: usize) {
    let lines: Vec<String> = (from..from + DOCS)
        .map(|i| {
            format!(
                r#"{{"id":"d{i}","outlet":"Wire","text":"Report {i}: government troops entered town number {i} on Monday after {i} hours of fighting, residents said."}}"#
            )
        })
        .collect();
    std::fs::write(path, lines.join("\n")).unwrap();
}

/// The number after `label` in an ingest summary ("1500 documents read: 700 stored …").
fn count(summary: &str, label: &str) -> usize {
    let at = summary.find(label).unwrap_or_else(|| panic!("{label:?} in {summary}"));
    summary[..at].split_whitespace().last().unwrap().parse().unwrap()
}

#[test]
fn three_ingests_at_once_on_a_new_store_store_the_union_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let children: Vec<_> = (0..3)
        .map(|p| {
            let input = dir.path().join(format!("in{p}.jsonl"));
            write_input(&input, p * SHIFT);
            Command::new(env!("CARGO_BIN_EXE_sitrep"))
                .arg("ingest")
                .arg(&input)
                .arg("--db")
                .arg(&db)
                .env("SITREP_NO_PLACES", "1")
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut stored = 0;
    for child in children {
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        let summary = stderr.lines().last().unwrap();
        assert_eq!(count(summary, "stored (") + count(summary, "already stored"), DOCS, "{summary}");
        stored += count(summary, "stored (");
    }
    assert_eq!(stored, DOCS + 2 * SHIFT, "each document of the union stored once");
    // A rerun finds every document there.
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep")).arg("ingest").arg(dir.path().join("in1.jsonl")).arg("--db").arg(&db).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(count(&stderr, "already stored"), DOCS, "{stderr}");
}
