//! Builds a store from documents and the events `sitrep code` printed for
//! them, for trying the dashboard before `sitrep ingest` exists:
//!
//! ```sh
//! sitrep code docs.jsonl > events.jsonl
//! cargo run -p sitrep-server --example demo_store -- docs.jsonl events.jsonl demo.db
//! ```

use std::collections::HashMap;
use std::io::BufRead;
use std::process::ExitCode;

use sitrep_model::{Document, Event};
use sitrep_store::Store;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [docs, events, db] = args.as_slice() else {
        eprintln!("usage: demo_store DOCS.jsonl EVENTS.jsonl STORE.db");
        return ExitCode::from(2);
    };
    match run(docs, events, db) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("demo_store: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(docs: &str, events: &str, db: &str) -> Result<(), Box<dyn std::error::Error>> {
    let mut by_doc: HashMap<String, Vec<Event>> = HashMap::new();
    for (n, line) in std::io::BufReader::new(std::fs::File::open(events)?).lines().enumerate() {
        let e: Event = serde_json::from_str(&line?).map_err(|e| format!("{events}:{}: {e}", n + 1))?;
        by_doc.entry(e.doc_id.clone()).or_default().push(e);
    }
    let mut batch = Vec::new();
    for (n, line) in std::io::BufReader::new(std::fs::File::open(docs)?).lines().enumerate() {
        let d: Document = serde_json::from_str(&line?).map_err(|e| format!("{docs}:{}: {e}", n + 1))?;
        let events = by_doc.remove(&d.id).unwrap_or_default();
        batch.push((d, events));
    }
    let mut store = Store::open(db)?;
    let summary = store.write_batch(&batch)?;
    store.optimize()?;
    eprintln!("{summary:?}");
    Ok(())
}
