//! The main job end to end: `sitrep ingest` into a store, `query` and
//! `export` out of it, idempotence, and a real ingest killed midway.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

fn examples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn ingest(db: &Path, input: &Path) -> String {
    let out = sitrep().arg("ingest").arg(input).arg("--db").arg(db).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn query_jsonl(db: &Path, extra: &[&str]) -> Vec<serde_json::Value> {
    let limit: &[&str] = if extra.contains(&"--limit") { &[] } else { &["--limit", "0"] };
    let out = sitrep().args(["query", "--format", "jsonl", "--db"]).arg(db).args(limit).args(extra).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// Whether a store being written already holds an event; a store still
/// being created may not answer yet, which counts as no.
fn has_events(db: &Path) -> bool {
    let out = sitrep().args(["query", "--format", "jsonl", "--limit", "1", "--db"]).arg(db).output().unwrap();
    out.status.success() && !out.stdout.is_empty()
}

#[test]
fn examples_ingest_query_and_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let summary = ingest(&db, &examples());
    // examples/README.md describes the folder: a walk leaves it out and says so.
    assert!(summary.contains("10 documents read"), "{summary}");
    assert!(summary.contains("left out 1 file not in a news format (README.md)"), "{summary}");
    // The French report is coded too, with the French lexicon.
    assert!(summary.contains("0 not coded (language)"), "{summary}");
    assert!(summary.contains("1 near-duplicates"), "{summary}");
    let all = query_jsonl(&db, &[]);
    assert!(all.len() >= 15, "{} events", all.len());
    // Every stored event keeps the word it stands on, inside its evidence.
    for e in &all {
        let (span, trigger) = (&e["span"], &e["trigger"]);
        let (s0, s1, t0, t1) = (span[0].as_u64().unwrap(), span[1].as_u64().unwrap(), trigger[0].as_u64().unwrap(), trigger[1].as_u64().unwrap());
        assert!(s0 <= t0 && t0 < t1 && t1 <= s1, "{e}");
    }

    // Filters narrow the answer.
    let russian = query_jsonl(&db, &["--actor", "RUS*"]);
    assert!(!russian.is_empty() && russian.len() < all.len());
    assert!(russian.iter().all(|e| [&e["source"], &e["target"]].iter().any(|a| a["code"].as_str().is_some_and(|c| c.starts_with("RUS")))));
    let reported = query_jsonl(&db, &["--certainty", "reported"]);
    assert!(reported.iter().all(|e| e["certainty"] == "reported"));
    let reprinted = query_jsonl(&db, &["--text", "presidency"]);
    assert!(reprinted.iter().any(|e| e["articles"] == 2 && e["outlets"] == 2), "a wire copy counts twice: {reprinted:?}");

    // Ingesting again changes nothing.
    let again = ingest(&db, &examples());
    assert!(again.contains("0 stored") && again.contains("10 already stored"), "{again}");
    assert_eq!(query_jsonl(&db, &[]).len(), all.len());

    // Every export writes the selected events.
    for (format, min_lines) in [("jsonl", all.len()), ("gdelt", all.len() + 1), ("acled", 2), ("plover", 2)] {
        let out = sitrep().args(["export", "--format", format, "--db"]).arg(&db).output().unwrap();
        assert!(out.status.success(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        let lines = String::from_utf8_lossy(&out.stdout).lines().count();
        assert!(lines >= min_lines, "{format}: {lines} lines");
    }
    let parquet = dir.path().join("parquet");
    let out = sitrep().args(["export", "--format", "parquet", "--out"]).arg(&parquet).arg("--db").arg(&db).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read_dir(&parquet).unwrap().next().is_some());
}

#[test]
fn a_query_without_a_store_is_a_clear_error() {
    let out = sitrep().args(["query", "--db", "/nonexistent/s.db"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no store"));
}

/// Kills a real `sitrep ingest` once it has committed some batches, reruns
/// it, and compares the store with one ingested in a single run.
#[test]
fn a_killed_ingest_completes_on_rerun_without_duplicates() {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/combined/news-en.jsonl.gz");
    if !corpus.exists() {
        eprintln!("skipping: {} is not there", corpus.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // 4,000 real articles: eight batches.
    let input = dir.path().join("news.jsonl");
    let text = {
        use std::io::{BufRead, BufReader};
        let reader = BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(&corpus).unwrap()));
        reader.lines().take(4000).map(|l| l.unwrap() + "\n").collect::<String>()
    };
    std::fs::write(&input, text).unwrap();

    let whole = dir.path().join("whole.db");
    ingest(&whole, &input);
    let expected = query_jsonl(&whole, &[]).len();

    let killed = dir.path().join("killed.db");
    let mut child = sitrep().arg("ingest").arg(&input).arg("--db").arg(&killed).stderr(Stdio::null()).spawn().unwrap();
    let started = Instant::now();
    // Wait for the first committed batch, then kill mid-run.
    while started.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(50));
        if killed.exists() && has_events(&killed) {
            break;
        }
    }
    let finished_early = child.try_wait().unwrap().is_some();
    child.kill().ok();
    child.wait().unwrap();
    if finished_early {
        eprintln!("the ingest finished before it could be killed; the rerun still must change nothing");
    }
    let partial = query_jsonl(&killed, &[]).len();
    assert!(partial <= expected);
    let rerun = ingest(&killed, &input);
    assert!(rerun.contains("already stored"), "{rerun}");
    let after = query_jsonl(&killed, &[]);
    assert_eq!(after.len(), expected, "a rerun completes the store exactly (partial run had {partial})");
}
