//! Time to read all Phoenix dictionaries. Ignored by default:
//! `cargo test --release -p sitrep-petrarch --test load_time -- --ignored --nocapture`
//! (the criterion bench `load_phoenix` measures the same thing).

use std::path::PathBuf;
use std::time::Instant;

#[test]
#[ignore = "timing measurement; run in release with --ignored"]
fn phoenix_load_time() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/petrarch");
    if !dir.is_dir() {
        eprintln!("SKIPPED: {} not found", dir.display());
        return;
    }
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        let (verbs, _) = sitrep_petrarch::read_verbs_lenient(dir.join("CAMEO.2.0.txt")).unwrap();
        let mut actors = 0;
        for f in [
            "Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt",
        ] {
            actors += sitrep_petrarch::read_actors_lenient(dir.join(f))
                .unwrap()
                .0
                .len();
        }
        let (agents, _) =
            sitrep_petrarch::read_agents_lenient(dir.join("Phoenix.agents.txt")).unwrap();
        let (discards, _) =
            sitrep_petrarch::read_discards_lenient(dir.join("Phoenix.discards.txt")).unwrap();
        let secs = t.elapsed().as_secs_f64();
        assert_eq!(
            (
                verbs.verbs.len(),
                actors,
                agents.agents.len(),
                discards.len()
            ),
            (397, 27212, 3302, 506)
        );
        best = best.min(secs);
    }
    eprintln!(
        "read all Phoenix dictionaries in {:.1} ms (best of 5)",
        best * 1000.0
    );
    if !cfg!(debug_assertions) {
        assert!(best < 1.0, "loading took {best:.3} s");
    }
}
