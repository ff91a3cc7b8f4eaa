use std::io::{self, Write};

use sitrep_model::Event;

pub fn write_jsonl(out: &mut impl Write, events: &[Event]) -> io::Result<()> {
    for e in events {
        serde_json::to_writer(&mut *out, e).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

pub fn write_table_header(out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{:<14} {:>3} {:<12} {:<5} {:<12} {:<11} {:<14} {:<10} EVIDENCE", "DOC", "SEN", "SOURCE", "CAMEO", "TARGET", "CERTAINTY", "ATTRIBUTION", "DATE")
}

/// One row an event; the evidence is the event's span of the document.
pub fn write_table(out: &mut impl Write, events: &[Event], text: &str) -> io::Result<()> {
    for e in events {
        let code = |a: &Option<sitrep_model::Actor>| {
            a.as_ref().map_or("-".to_owned(), |a| a.code.as_ref().map_or_else(|| format!("?{}", a.text), |c| c.to_string()))
        };
        let evidence: String = text.get(e.span[0]..e.span[1]).unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
        let evidence: String = evidence.chars().take(90).collect();
        writeln!(
            out,
            "{:<14} {:>3} {:<12} {:<5} {:<12} {:<11} {:<14} {:<10} {}",
            truncate(&e.doc_id, 14),
            e.sentence,
            truncate(&code(&e.source), 12),
            e.cameo.as_str(),
            truncate(&code(&e.target), 12),
            e.certainty.as_str(),
            e.attribution.kind.as_str(),
            e.date.map_or("-".to_owned(), |d| d.iso()),
            evidence
        )?;
    }
    Ok(())
}

/// At most `n` characters, the last an ellipsis when cut, so columns stay aligned.
pub fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_owned() } else { s.chars().take(n - 1).chain(['…']).collect() }
}
