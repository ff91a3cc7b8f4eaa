//! What the command line refuses, and how it says so: a store that is not
//! there, an address that is not one, a date, CAMEO code or PLOVER type in
//! the wrong form. Each must fail with a message naming what it expected,
//! never run on and answer nothing.

use std::path::Path;
use std::process::{Command, Output};

fn sitrep(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sitrep")).args(args).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A store with the examples in it.
fn store(dir: &Path) -> String {
    let db = dir.join("s.db");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep")).arg("ingest").arg(examples).arg("--db").arg(&db).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    db.to_string_lossy().into_owned()
}

#[test]
fn serve_query_and_export_refuse_a_missing_store_and_create_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("typo.db");
    let typo = typo.to_str().unwrap();
    for args in [vec!["serve", "--db", typo, "--port", "0"], vec!["query", "--db", typo], vec!["export", "--format", "jsonl", "--db", typo]] {
        let out = sitrep(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("no store at"), "{args:?}: {}", stderr(&out));
        assert!(!Path::new(typo).exists(), "{args:?} created the store");
    }
}

#[test]
fn serve_takes_a_port_and_names_the_address_form() {
    let out = sitrep(&["serve", "--addr", "example.org:80"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("HOST:PORT"), "{}", stderr(&out));
    let help = sitrep(&["serve", "--help"]);
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("--port <PORT>") && help.contains("--create"), "{help}");
}

#[test]
fn filters_in_the_wrong_form_are_errors_that_name_the_right_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let cases: [(&[&str], &str); 5] = [
        (&["--from", "2025/01/01"], "YYYY-MM-DD"),
        (&["--cameo", "abc"], "two to four digits"),
        (&["--cameo", "999"], "not in the CAMEO table"),
        (&["--plover", "FIGHT"], "ASSAULT"),
        (&["--from", "2025-02-01", "--to", "2025-01-01"], "after --to"),
    ];
    for (flags, expected) in cases {
        let mut args = vec!["query", "--db", db.as_str()];
        args.extend_from_slice(flags);
        let out = sitrep(&args);
        assert_eq!(out.status.code(), Some(2), "{flags:?}");
        assert!(stderr(&out).contains(expected), "{flags:?}: {}", stderr(&out));
    }
}

#[test]
fn the_query_table_keeps_its_columns_aligned() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let out = sitrep(&["query", "--db", &db, "--limit", "0"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    let columns = ["SOURCE", "CAMEO", "TARGET", "CERTAINTY", "ATTRIBUTION"].map(|c| header.find(c).unwrap());
    let rows: Vec<&str> = lines.collect();
    assert!(rows.len() > 5);
    for row in rows {
        // Every column starts where its heading does, after a space.
        for (i, &at) in columns.iter().enumerate() {
            let before = row.chars().nth(at - 1);
            assert_eq!(before, Some(' '), "column {i} of {row:?} does not start under its heading");
            assert_ne!(row.chars().nth(at), Some(' '), "column {i} of {row:?} is empty or shifted");
        }
    }
}

#[test]
fn ingest_of_a_missing_path_creates_no_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    let missing = dir.path().join("nonexistent");
    let out = sitrep(&["ingest", missing.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("no such file or directory"), "{}", stderr(&out));
    assert!(!db.exists(), "ingest created the store");
}

/// A document that takes longer than `--doc-budget` to code is reported and
/// not stored, whatever its language (the French report too). A budget of 0
/// runs out before any sentence.
#[test]
fn a_document_over_the_coding_budget_is_reported_and_the_rest_stored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("b.db");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let out = sitrep(&["ingest", examples.to_str().unwrap(), "--db", db.to_str().unwrap(), "--doc-budget", "0"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("coding ran out of time after 0 of") && err.contains("not stored"), "{err}");
    assert!(err.contains("ex-fr-001: coding ran out of time"), "{err}");
    assert!(err.contains("10 over the coding budget (not stored)") && err.contains(" 0 stored"), "{err}");
    let bad = sitrep(&["ingest", examples.to_str().unwrap(), "--db", db.to_str().unwrap(), "--doc-budget", "soon"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("is not a number of seconds"), "{}", stderr(&bad));
}
