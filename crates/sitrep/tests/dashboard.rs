//! The dashboard in a real browser: ingest reports, serve the store with
//! `sitrep serve`, and drive Debian's headless Chromium over it at 1440×900
//! (`crates/sitrep-server/e2e/dashboard.mjs`: every interaction of the
//! page, from filters and links to sorting and exports), saving screenshots
//! to `target/e2e/`. Twice: on `examples/` (`dashboard.png`,
//! `dashboard-system-map.png`, `dashboard-timeline.png`, …) and on a slice
//! of the real news corpus in `../shared` (`corpus.png`,
//! `corpus-system-map.png`, …), where the page meets outlier dates, more
//! relations than the map draws, pages of claims and crowded countries.
//!
//! Chromium and playwright-core are installed by `scripts/setup-tests`
//! (which `scripts/test` and CI run); a test never downloads anything.

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// One browser at a time: two Chromiums and two servers on a small machine
/// would make each other's waits time out.
static BROWSER: Mutex<()> = Mutex::new(());

/// Every how many lines of the corpus the slice takes: every 20th of the
/// 23,987 English articles is 1,200 reports (about 940 events) from each of
/// its sources in turn, dated and undated, 1987 and 2018 alike.
const CORPUS_STRIDE: usize = 20;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Says why a test is skipped where `cargo test` shows it: the harness
/// keeps `eprintln!` of a passing test to itself, but not what is written
/// to the process's standard error directly.
fn skip(why: &str) {
    let _ = writeln!(std::io::stderr(), "SKIPPED {why}");
}

/// Whether Chromium and playwright-core are installed (in CI they must be).
fn browser_ready() -> bool {
    let e2e = root().join("crates/sitrep-server/e2e");
    let ready = Path::new("/usr/bin/chromium").exists() && e2e.join("node_modules/playwright-core").exists();
    if !ready {
        assert!(std::env::var_os("CI").is_none(), "Chromium or playwright-core is missing: CI must run scripts/setup-tests");
        skip("the dashboard in Chromium: run scripts/setup-tests (or scripts/test) to install Chromium and playwright-core");
    }
    ready
}

fn ingest(paths: &[&Path], db: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep")).arg("ingest").args(paths).arg("--db").arg(db).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Runs `e2e/run.sh` over `db`, `env` added, and asserts every check passed.
fn browse(db: &Path, screenshot: &Path, env: &[(&str, &str)]) -> String {
    let _one = BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let out = Command::new("bash")
        .arg(root().join("crates/sitrep-server/e2e/run.sh"))
        .arg(db)
        .env("SITREP_BIN", env!("CARGO_BIN_EXE_sitrep"))
        .env("SITREP_SCREENSHOT", screenshot)
        .envs(env.iter().copied())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "the browser test failed");
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
    assert!(screenshot.exists());
    stdout
}

#[test]
fn dashboard_in_headless_chromium() {
    if !browser_ready() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("examples.db");
    ingest(&[&root().join("examples")], &db);
    browse(&db, &root().join("target/e2e/dashboard.png"), &[]);
}

/// Every `stride`th line of a gzipped JSON Lines file, from the first.
fn slice_of(corpus: &Path, stride: usize, to: &Path) -> usize {
    let file = std::fs::File::open(corpus).unwrap();
    let lines = BufReader::new(flate2::read::MultiGzDecoder::new(file)).lines();
    let mut out = BufWriter::new(std::fs::File::create(to).unwrap());
    let mut n = 0;
    for line in lines.step_by(stride) {
        writeln!(out, "{}", line.unwrap()).unwrap();
        n += 1;
    }
    out.flush().unwrap();
    n
}

/// The same browser test on a store ingested from a slice of the English
/// news corpus (`../shared/corpora/combined/news-en.jsonl.gz`, beside the
/// repository), with the checks only a real corpus can fail
/// (`SITREP_E2E_CORPUS`): the timeline's range against outlier dates, the
/// map's busiest relations among more, a period chosen on the timeline
/// redrawing the map, readable labels on a crowded nested map, paging.
#[test]
fn dashboard_on_a_corpus_slice_in_headless_chromium() {
    let corpus = root().join("../shared/corpora/combined/news-en.jsonl.gz");
    if !corpus.exists() {
        skip("the dashboard on a corpus slice: ../shared/corpora/combined/news-en.jsonl.gz is not beside the repository");
        return;
    }
    if !browser_ready() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let slice = dir.path().join("news-en-slice.jsonl");
    let n = slice_of(&corpus, CORPUS_STRIDE, &slice);
    assert!(n > 1000, "{n} reports in the slice");
    let db = dir.path().join("corpus.db");
    ingest(&[&slice], &db);
    let stdout = browse(&db, &root().join("target/e2e/corpus.png"), &[("SITREP_E2E_CORPUS", "1")]);
    assert!(stdout.contains("on a corpus:"), "the corpus checks did not run:\n{stdout}");
}
