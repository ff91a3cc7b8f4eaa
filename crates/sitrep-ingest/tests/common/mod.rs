//! Helpers shared by the tests that read `../shared`.

use std::path::{Path, PathBuf};

/// `../shared/<relative>` beside the repository, or `None` (saying so) when
/// it is not there, so that tests over real corpora skip rather than fail.
pub fn shared(relative: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(relative);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("skipping: ../shared/{relative} is not there");
        None
    }
}
