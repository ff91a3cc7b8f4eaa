//! Gazetteer load and resolution time. `cargo bench -p sitrep-places`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use sitrep_places::{DocHints, Places};

const TEXT: &str = "OUAGADOUGOU, Burkina Faso (Reuters) - Gunmen killed at least 20 soldiers near Djibo in northern \
Burkina Faso on Sunday, 20 km north of the Malian border town of Boulkessi, officials said. Russian forces \
have reportedly taken control of Burkina Faso's airspace. France, expelled by the junta, is concerned about the Sahel. \
Ivory Coast has been accused of harbouring coup plotters in Abidjan. Protesters gathered in Paris, Texas, and in \
Long Beach, California, while the Malian army moved north of Gao towards Kidal.";

fn bench(c: &mut Criterion) {
    c.bench_function("load/embedded gazetteer and cues", |b| b.iter(|| black_box(Places::embedded().unwrap())));
    let places = Places::embedded().unwrap();
    c.bench_function("find/seven-sentence report", |b| b.iter(|| black_box(places.find(black_box(TEXT), &DocHints::default()))));
}

criterion_group!(benches, bench);
criterion_main!(benches);
