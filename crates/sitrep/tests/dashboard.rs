//! The dashboard in a real browser: ingest `examples/`, serve the store with
//! `sitrep serve`, and drive Debian's headless Chromium over it at 1440×900
//! (`crates/sitrep-server/e2e/dashboard.mjs`: every interaction of the
//! page, from filters and links to sorting and exports), saving screenshots
//! to `target/e2e/` (`dashboard.png`, `dashboard-system-map.png`,
//! `dashboard-timeline.png`, `dashboard-document.png`, `dashboard-claim.png`,
//! `dashboard-claims-status.png`, `dashboard-actor.png`).
//!
//! Chromium and playwright-core are installed by `scripts/setup-tests`
//! (which `scripts/test` and CI run); a test never downloads anything.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn dashboard_in_headless_chromium() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let e2e = root.join("crates/sitrep-server/e2e");
    let ready = std::path::Path::new("/usr/bin/chromium").exists() && e2e.join("node_modules/playwright-core").exists();
    if !ready {
        assert!(std::env::var_os("CI").is_none(), "Chromium or playwright-core is missing: CI must run scripts/setup-tests");
        eprintln!("skipping: run scripts/setup-tests (or scripts/test) to install Chromium and playwright-core");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("examples.db");
    let ingest = Command::new(env!("CARGO_BIN_EXE_sitrep")).arg("ingest").arg(root.join("examples")).arg("--db").arg(&db).output().unwrap();
    assert!(ingest.status.success(), "{}", String::from_utf8_lossy(&ingest.stderr));

    let screenshot = root.join("target/e2e/dashboard.png");
    let out = Command::new("bash")
        .arg(e2e.join("run.sh"))
        .arg(&db)
        .env("SITREP_BIN", env!("CARGO_BIN_EXE_sitrep"))
        .env("SITREP_SCREENSHOT", &screenshot)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "the browser test failed");
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
    assert!(screenshot.exists());
}
