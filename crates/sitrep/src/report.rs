//! Problems with the inputs, on standard error: each error and warning as
//! it comes, but no more than [`SHOWN_PER_FILE`] lines for one file — one
//! garbage JSON Lines file once printed 20,317 — and then a count of the
//! rest ("… and 20,307 more errors in garbage.jsonl").

use std::collections::BTreeMap;

use sitrep_ingest::IngestError;

/// Lines printed for one input before the rest are only counted.
pub const SHOWN_PER_FILE: usize = 10;

#[derive(Default)]
pub struct Reporter {
    /// Problems that cost a document or a file (the exit code says so).
    pub errors: usize,
    /// Limits that cut a document, and inputs left out; nothing was lost
    /// that the reader did not choose to leave.
    pub warnings: usize,
    per_file: BTreeMap<String, usize>,
}

impl Reporter {
    /// Counts `e`, and returns the line to print unless its file has had
    /// its share.
    pub fn report(&mut self, e: &IngestError) -> Option<String> {
        if e.is_warning() {
            self.warnings += 1;
        } else {
            self.errors += 1;
        }
        let seen = self.per_file.entry(e.file().to_owned()).or_insert(0);
        *seen += 1;
        let kind = if e.is_warning() { "warning: " } else { "" };
        (*seen <= SHOWN_PER_FILE).then(|| format!("sitrep: {kind}{e}"))
    }

    /// One line for each file with more problems than were printed.
    pub fn untold(&self) -> Vec<String> {
        self.per_file
            .iter()
            .filter(|(_, &n)| n > SHOWN_PER_FILE)
            .map(|(file, &n)| format!("sitrep: … and {} more errors and warnings in {file}", thousands(n - SHOWN_PER_FILE)))
            .collect()
    }
}

/// `20310` as `20,310`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_prints_its_first_lines_then_a_count() {
        let mut reporter = Reporter::default();
        let mut printed = 0;
        let mut errors = Vec::new();
        sitrep_ingest::read_bytes("garbage.jsonl", "not json\n".repeat(20_317).as_bytes(), None, |item| {
            errors.extend(item.err());
        });
        sitrep_ingest::read_bytes("empty.txt", b"", None, |item| errors.extend(item.err()));
        for e in &errors {
            printed += usize::from(reporter.report(e).is_some());
        }
        assert_eq!(printed, SHOWN_PER_FILE + 1);
        assert_eq!((reporter.errors, reporter.warnings), (20_317, 1));
        assert_eq!(reporter.untold(), ["sitrep: … and 20,307 more errors and warnings in garbage.jsonl"]);
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
