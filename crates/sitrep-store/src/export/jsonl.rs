use std::io::{BufWriter, Write};

use super::{write_err, ExportSummary};
use crate::error::Result;
use crate::{EventFilter, Store};

/// Writes each selected event as one line of JSON: exactly the event record
/// of DESIGN.md, which `serde_json` reads back into a
/// [`sitrep_model::Event`]. Store-side facts (outlet, counts) are in the
/// other exports.
pub fn jsonl(store: &Store, filter: &EventFilter, out: impl Write) -> Result<ExportSummary> {
    let mut w = BufWriter::new(out);
    let fail = write_err("JSON Lines");
    let written = store.for_each_event(filter, |e| {
        serde_json::to_writer(&mut w, &e.event)
            .map_err(std::io::Error::from)
            .map_err(&fail)?;
        w.write_all(b"\n").map_err(&fail)
    })?;
    w.flush().map_err(&fail)?;
    Ok(ExportSummary {
        written,
        ..ExportSummary::default()
    })
}
