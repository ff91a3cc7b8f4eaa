//! The interchange formats: each a function from a store and a filter to a
//! writer (or, for Parquet, a directory). Every export streams: memory stays
//! flat however many events are selected. `EXPORTS.md` beside `Cargo.toml`
//! documents every column.
//!
//! | function | format |
//! |---|---|
//! | [`jsonl`] | JSON Lines, one event record (DESIGN.md) per line |
//! | [`gdelt_csv`] | GDELT 2.0 event table, tab-separated with a header |
//! | [`acled_csv`] | ACLED-style CSV, events that map to an ACLED type |
//! | [`plover_jsonl`] | PLOVER JSON Lines, events with a PLOVER type |
//! | [`parquet`] | Parquet, Hive-partitioned by year and month |

mod acled;
mod codes;
mod gdelt;
mod jsonl;
mod parquet_dir;
mod plover;

use std::io::{self, Write};

pub use acled::{acled_csv, acled_type};
pub use gdelt::gdelt_csv;
pub use jsonl::jsonl;
pub use parquet_dir::{parquet, parquet_schema};
pub use plover::plover_jsonl;

use crate::error::StoreError;

/// What an export wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportSummary {
    /// Events written.
    pub written: u64,
    /// Events selected but left out because the format cannot express them
    /// (no ACLED type, no PLOVER type).
    pub skipped: u64,
    /// Files written, for exports to a directory.
    pub files: Vec<std::path::PathBuf>,
}

/// The error for a failed write to a caller's writer.
pub(crate) fn write_err(export: &'static str) -> impl Fn(io::Error) -> StoreError {
    move |source| StoreError::Io {
        export,
        target: "output".to_owned(),
        source,
    }
}

/// Writes `fields` as one delimited line. Fields are quoted the RFC 4180 way
/// when `quote` is set and they hold the delimiter, a quote or a line break;
/// otherwise (GDELT's unquoted TSV) tabs and line breaks become spaces.
pub(crate) fn write_record<W: Write>(
    w: &mut W,
    fields: &[&str],
    delimiter: u8,
    quote: bool,
) -> io::Result<()> {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            w.write_all(&[delimiter])?;
        }
        let special = |c: char| c == delimiter as char || c == '"' || c == '\n' || c == '\r';
        if quote && field.contains(special) {
            w.write_all(b"\"")?;
            w.write_all(field.replace('"', "\"\"").as_bytes())?;
            w.write_all(b"\"")?;
        } else if !quote && field.contains(['\t', '\n', '\r']) {
            w.write_all(field.replace(['\t', '\n', '\r'], " ").as_bytes())?;
        } else {
            w.write_all(field.as_bytes())?;
        }
    }
    w.write_all(b"\n")
}
