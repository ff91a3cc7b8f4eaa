//! Time to read all Phoenix dictionaries (CAMEO.2.0 verbs, the three
//! Phoenix actor files, agents and discards) from `shared/petrarch`.
//!
//! `cargo bench -p sitrep-petrarch --bench load_phoenix`

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion};

fn data_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/petrarch");
    dir.is_dir().then_some(dir)
}

fn load_all(dir: &std::path::Path) -> usize {
    let (verbs, _) = sitrep_petrarch::read_verbs_lenient(dir.join("CAMEO.2.0.txt")).expect("verbs");
    let mut n = verbs.verbs.len();
    for f in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ] {
        n += sitrep_petrarch::read_actors_lenient(dir.join(f))
            .expect("actors")
            .0
            .len();
    }
    n += sitrep_petrarch::read_agents_lenient(dir.join("Phoenix.agents.txt"))
        .expect("agents")
        .0
        .agents
        .len();
    n += sitrep_petrarch::read_discards_lenient(dir.join("Phoenix.discards.txt"))
        .expect("discards")
        .0
        .len();
    n
}

fn bench(c: &mut Criterion) {
    let Some(dir) = data_dir() else {
        eprintln!(
            "shared/petrarch not found next to the repository; skipping the Phoenix load benchmark"
        );
        return;
    };
    let mut g = c.benchmark_group("phoenix");
    g.sample_size(20);
    g.bench_function("load_all_dictionaries", |b| b.iter(|| load_all(&dir)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
