//! A stored event as claim grouping sees it: who, what, when, its stance
//! and the content words of its evidence.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rusqlite::{Connection, Row};
use sitrep_model::Certainty;

use super::compat::Period;
use super::config::ClaimConfig;
use super::words::content_words;

/// One event, read for grouping.
#[derive(Debug, Clone)]
pub(crate) struct Reading {
    pub event: i64,
    pub doc: i64,
    /// The first copy of the document's story (itself unless it is a reprint).
    pub story: i64,
    pub sentence: i64,
    pub span: [i64; 2],
    pub source: Option<String>,
    pub target: Option<String>,
    /// The PLOVER type, or `C` and the CAMEO root for roots without one
    /// (statements, appeals): readings of different keys are never one claim.
    pub key: String,
    pub denies: bool,
    pub period: Option<Period>,
    pub words: BTreeSet<String>,
}

/// Columns [`Reading::from_row`] reads, over `events e JOIN documents d`.
pub(crate) const COLUMNS: &str = "e.id, e.doc, e.sentence, e.span_start, e.span_end, e.source_code, e.target_code,
    e.cameo, e.plover_type, e.certainty, e.date, e.date_precision, d.date,
    substr(CAST(d.text AS BLOB), e.span_start + 1, e.span_end - e.span_start), e.story";

impl Reading {
    pub(crate) fn from_row(r: &Row, config: &ClaimConfig) -> rusqlite::Result<Self> {
        let cameo: String = r.get(7)?;
        let plover: Option<String> = r.get(8)?;
        let certainty: String = r.get(9)?;
        // An unknown certainty (a newer sitrep's) supports rather than denies.
        let denies = certainty.parse::<Certainty>().is_ok_and(|c| config.is_denial(c));
        let day = |i: usize| -> rusqlite::Result<Option<NaiveDate>> {
            Ok(r.get::<_, Option<String>>(i)?.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok()))
        };
        let precision: Option<String> = r.get(11)?;
        let period = Period::of(day(10)?, precision.as_deref(), day(12)?);
        let evidence = String::from_utf8_lossy(&r.get::<_, Option<Vec<u8>>>(13)?.unwrap_or_default()).into_owned();
        Ok(Self {
            event: r.get(0)?,
            doc: r.get(1)?,
            story: r.get(14)?,
            sentence: r.get(2)?,
            span: [r.get(3)?, r.get(4)?],
            source: r.get(5)?,
            target: r.get(6)?,
            key: plover.unwrap_or_else(|| format!("C{}", cameo.get(..2).unwrap_or(&cameo))),
            denies,
            period,
            words: content_words(&evidence, config),
        })
    }
}

/// Every event with an id above `after`, in id order (a document's events
/// together, documents in the order they were stored).
pub(crate) fn readings_after(conn: &Connection, after: i64, config: &ClaimConfig) -> rusqlite::Result<Vec<Reading>> {
    let sql = format!("SELECT {COLUMNS} FROM events e JOIN documents d ON d.id = e.doc WHERE e.id > ?1 ORDER BY e.id");
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map([after], |r| Reading::from_row(r, config))?;
    rows.collect()
}
