//! `sitrep ingest` codes a batch while the batch before is stored. The store
//! must come out as if each batch were stored before the next was coded:
//! one ingest of a file of several batches is compared with ingests of its
//! batches one process after another (each process stores its one batch
//! before the next process starts), on input built so that documents repeat
//! and reprint documents of the batch just before.

use std::path::Path;
use std::process::Command;

use sitrep_store::{ContentHash, Store};

/// Documents per batch (`BATCH` in src/ingest_cmd.rs).
const BATCH: usize = 500;
const BATCHES: usize = 3;

const PARTIES: [&str; 6] = ["Russian", "Ukrainian", "Kenyan", "Nigerian", "Turkish", "Iranian"];
const VERBS: [&str; 4] = ["attacked", "arrested", "criticized", "met with"];

/// Document `i`: a statement of one of 6 × 5 × 4 party and verb triples,
/// so that reports group into claims across batches; every hundredth is in
/// Spanish (stored, not coded: sitrep codes English and French) and another has a sentence the coder cuts,
/// which the summary counts only for documents not stored already.
fn line(i: usize, ext: &str, dateline: &str) -> String {
    if i % 100 == 20 {
        return format!(
            r#"{{"id":"{ext}","outlet":"Prensa","text":"{dateline}Las tropas del gobierno entraron el lunes en la ciudad fronteriza de Dorna {i} tras dos días de combates con los rebeldes, según declararon vecinos y trabajadores humanitarios, mientras miles de civiles huían hacia la frontera y las autoridades pedían calma."}}"#
        );
    }
    if i % 100 == 40 {
        let long = "troops moved along the river road and ".repeat(60);
        return format!(r#"{{"id":"{ext}","outlet":"Wire","text":"{dateline}Near Dorna {i} {long}stopped."}}"#);
    }
    let (a, b, v) = (PARTIES[i % 6], PARTIES[(i / 6 + 1 + i % 6) % 6], VERBS[(i / 36) % 4]);
    let day = 1 + i % 28;
    format!(
        r#"{{"id":"{ext}","outlet":"Outlet {o}","date":"2026-03-{day:02}","text":"{dateline}{a} troops {v} {b} officials in the border town of Dorna {i} on Monday, residents said. Talks between the two sides ended after {n} hours without agreement."}}"#,
        o = i % 7,
        n = i % 13 + 2,
    )
}

/// Documents `0..BATCH * BATCHES`. In each batch after the first, some lines
/// repeat a document of the batch before word for word (stored already, or
/// being stored while this batch is coded) and some reprint one under a new
/// dateline (a near-duplicate of it); some lines repeat one of their own
/// batch. What they repeat is always a line of its own (`at % 10 == 0`).
fn input() -> Vec<String> {
    (0..BATCH * BATCHES)
        .map(|i| {
            let (batch, at) = (i / BATCH, i % BATCH);
            match at % 10 {
                3 if batch > 0 => line(i - BATCH - 3, &format!("repeat-{i}"), ""),
                7 if batch > 0 => line(i - BATCH - 7, &format!("reprint-{i}"), "DORNA (Wire) - "),
                9 if at > 100 => line(i - 9, &format!("own-batch-{i}"), ""),
                _ => line(i, &format!("doc-{i}"), ""),
            }
        })
        .collect()
}

fn ingest(db: &Path, input: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .arg("ingest")
        .arg(input)
        .arg("--db")
        .arg(db)
        .env("SITREP_NO_PLACES", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{err}");
    err
}

/// The counts of an ingest summary ("1500 documents read: 1400 stored (…"),
/// without the documents per second after the first `;` and the sentence
/// length limit ("with sentences over 2000 bytes cut").
fn counts(summary: &str) -> Vec<usize> {
    let line = summary.lines().last().unwrap().split(';').next().unwrap().replace(" over 2000 bytes", "");
    line.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).map(|n| n.parse().unwrap()).collect()
}

fn output(db: &Path, command: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args([command, "--format", "jsonl", "--limit", "0", "--db"])
        .arg(db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Each input line's store row: whether it is stored and the first copy it
/// is linked to.
fn links(db: &Path, lines: &[String]) -> Vec<Option<Option<i64>>> {
    let store = Store::open(db).unwrap();
    lines
        .iter()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let hash = ContentHash::of_parts(v["outlet"].as_str(), v["text"].as_str().unwrap());
            store.duplicate_of(&hash).unwrap()
        })
        .collect()
}

#[test]
fn one_ingest_stores_what_ingests_of_its_batches_one_after_another_store() {
    let dir = tempfile::tempdir().unwrap();
    let lines = input();
    let whole = dir.path().join("all.jsonl");
    std::fs::write(&whole, lines.join("\n")).unwrap();
    let overlapped = dir.path().join("overlapped.db");
    let summary = ingest(&overlapped, &whole);
    let together = counts(&summary);
    // Counted only for documents coded: a repeat of one in the batch being
    // written must not be.
    assert!(together[4] > 0 && summary.contains("with sentences over"), "{summary}");

    let serial = dir.path().join("serial.db");
    let mut summed = vec![0; together.len()];
    for (n, chunk) in lines.chunks(BATCH).enumerate() {
        let part = dir.path().join(format!("part{n}.jsonl"));
        std::fs::write(&part, chunk.join("\n")).unwrap();
        for (sum, c) in summed.iter_mut().zip(counts(&ingest(&serial, &part))) {
            *sum += c;
        }
    }

    assert_eq!(together, summed);
    assert_eq!(links(&overlapped, &lines), links(&serial, &lines));
    // The input does what it is for: near-duplicates and documents stored
    // already, at least the reprints and repeats of the batch before.
    let (near_duplicates, already_stored) = (together[2], together[3]);
    assert!(near_duplicates >= 2 * (BATCH / 10) && already_stored >= 2 * (BATCH / 10), "{together:?}");
    let events = output(&overlapped, "query");
    assert!(events.lines().count() > BATCH, "{}", events.lines().count());
    assert_eq!(events, output(&serial, "query"));
    let claims = output(&overlapped, "claims");
    assert!(claims.lines().count() > 10);
    assert_eq!(claims, output(&serial, "claims"));
}
