//! PETRARCH-2's own unit tests, coded from the text alone (never the parse
//! trees). The floor is the figure reached when this test was written: a
//! change that codes fewer records correctly fails here.

use std::path::PathBuf;
use std::process::Command;

/// Records of `PETR.UnitTest.records.xml` coded exactly right, at least.
const FLOOR: usize = 247;

#[test]
fn petrarch_unit_tests_do_not_regress() {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/petrarch/PETR.UnitTest.records.xml");
    if !file.exists() {
        eprintln!("skipping: {} is not there", file.display());
        return;
    }
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep")).arg("validate").arg("--lenient").arg(&file).output().expect("run sitrep validate");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary = stdout.lines().last().unwrap_or("");
    let words: Vec<&str> = summary.split_whitespace().collect();
    assert!(summary.ends_with("records coded correctly"), "unexpected output: {summary:?}");
    let passed: usize = words[0].parse().expect("a count");
    let total: usize = words[2].parse().expect("a count");
    eprintln!("PETRARCH unit tests: {passed} of {total}");
    assert_eq!(out.status.code(), Some(if passed == total { 0 } else { 1 }), "exit code must say whether all passed");
    assert!(passed >= FLOOR, "{passed} of {total} records coded correctly, fewer than the {FLOOR} reached before");
}
