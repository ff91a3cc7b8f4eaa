//! Reading the documents a command was given: files and directories as
//! `sitrep_ingest` reads them, `-` as standard input in a chosen format.
//! Each unreadable input is reported on standard error and counted.

use std::path::Path;

use sitrep_ingest::Format;
use sitrep_model::Document;

/// The documents of `path`; `failures` counts the inputs that could not be
/// read. Everything is read whatever its language (no filter here); each
/// document's language is detected as `sitrep ingest` detects it, so that
/// `sitrep code` reads a French document with the French lexicon.
pub fn read(path: &Path, stdin_format: Format, failures: &mut usize) -> Vec<Document> {
    let mut docs = Vec::new();
    let mut reporter = crate::report::Reporter::default();
    let mut on_item = |item: Result<Document, sitrep_ingest::IngestError>| match item {
        Ok(doc) => docs.push(doc),
        Err(e) => {
            if let Some(line) = reporter.report(&e) {
                eprintln!("{line}");
            }
            *failures += usize::from(!e.is_warning());
        }
    };
    let reader = sitrep_ingest::Reader::new();
    if path.as_os_str() == "-" {
        reader.format(Some(stdin_format)).read_stream(
            "stdin",
            std::io::stdin().lock(),
            &mut on_item,
        );
    } else {
        reader.read_path(path, &mut on_item);
    }
    for line in reporter.untold() {
        eprintln!("{line}");
    }
    docs
}
