//! Times the store writer alone: the documents and events of an existing
//! store written again, batch by batch, into a new one, as `sitrep ingest`
//! writes them (without reading, coding or places).
//!
//! `cargo run --release -p sitrep-store --example replay_writes -- FROM.db TO.db [BATCH]`

use std::collections::BTreeMap;
use std::time::Instant;

use chrono::NaiveDate;
use sitrep_model::{Document, Event};
use sitrep_store::{EventFilter, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (from, to) = (&args[1], &args[2]);
    let batch_size: usize = args.get(3).map_or(Ok(500), |b| b.parse())?;
    let conn = rusqlite::Connection::open(from)?;
    let mut docs: BTreeMap<i64, (Document, Vec<(i64, Event)>)> = BTreeMap::new();
    let mut st = conn.prepare(
        "SELECT id, ext_id, text, date, date_source, date_confidence, url, outlet, title, language FROM documents ORDER BY id",
    )?;
    let rows = st.query_map([], |r| {
        let date: Option<String> = r.get(3)?;
        Ok((
            r.get::<_, i64>(0)?,
            Document {
                id: r.get(1)?,
                text: r.get(2)?,
                date: date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                date_source: r.get(4)?,
                date_confidence: r.get::<_, Option<f64>>(5)?.map(|c| c as f32),
                url: r.get(6)?,
                outlet: r.get(7)?,
                title: r.get(8)?,
                language: r.get(9)?,
            },
        ))
    })?;
    for row in rows {
        let (id, doc) = row?;
        docs.insert(id, (doc, Vec::new()));
    }
    let source = Store::open(from)?;
    let filter = EventFilter { limit: None, ..EventFilter::default() };
    for e in source.query(&filter)? {
        docs.get_mut(&e.document.id).expect("an event's document").1.push((e.id, e.event));
    }
    let batch: Vec<(Document, Vec<Event>)> = docs
        .into_values()
        .map(|(doc, mut events)| {
            events.sort_by_key(|(id, _)| *id);
            (doc, events.into_iter().map(|(_, e)| e).collect())
        })
        .collect();
    let events: usize = batch.iter().map(|(_, e)| e.len()).sum();
    let mut store = Store::open(to)?;
    store.set_page_cache_mib(24)?;
    let start = Instant::now();
    for chunk in batch.chunks(batch_size) {
        store.write_batch(chunk)?;
    }
    let secs = start.elapsed().as_secs_f64();
    println!("{} documents, {events} events written in {secs:.2} s: {:.0} documents/s", batch.len(), batch.len() as f64 / secs);
    Ok(())
}
