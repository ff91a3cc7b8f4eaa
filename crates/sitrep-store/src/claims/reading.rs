//! A stored event as claim grouping sees it: who, what, when, its stance,
//! the content words of its evidence, and what a claim's summary counts
//! (outlet, certainty, who is credited).

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rusqlite::{Connection, Row};
use sitrep_model::Certainty;

use super::compat::Period;
use super::config::ClaimConfig;
use super::words::content_words;

/// One event, read for grouping and for its claim's summary.
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
    pub cameo: String,
    pub plover: Option<String>,
    pub certainty: String,
    pub kind: String,
    pub attribution: Option<String>,
    /// Credited to its own source: a statement on its speaker's word
    /// ("France condemned …"), which the speaker cannot confirm again.
    pub self_credited: bool,
    /// The words naming its source and target.
    pub names: Vec<String>,
    /// When its source or target names no party (`---BUS`, "chief
    /// executive officer C Perkins resigned"): the content words its
    /// evidence writes with a capital, for the names only the words can
    /// tell apart. Empty otherwise.
    pub unplaced_names: BTreeSet<String>,
    /// Event day, else publication day.
    pub day: Option<String>,
    pub outlet: Option<String>,
    /// The outlet of the story's first copy.
    pub story_outlet: Option<String>,
}

/// The country part of a code that names no party (CAMEO's unknown country).
const NO_PARTY: &str = "---";

/// Columns [`Reading::from_row`] reads, over `events e` and [`JOINS`].
const COLUMNS: &str = "e.id, e.doc, e.sentence, e.span_start, e.span_end, e.source_code, e.target_code,
    e.cameo, e.plover_type, e.certainty, e.date, e.date_precision, d.date,
    substr(CAST(d.text AS BLOB), e.span_start + 1, e.span_end - e.span_start), e.story,
    e.attribution_kind, e.attribution_text, e.source_text, e.target_text, e.day, d.outlet, s.outlet";
const JOINS: &str = "JOIN documents d ON d.id = e.doc JOIN documents s ON s.id = e.story";

impl Reading {
    fn from_row(r: &Row, config: &ClaimConfig) -> rusqlite::Result<Self> {
        let cameo: String = r.get(7)?;
        let plover: Option<String> = r.get(8)?;
        let certainty: String = r.get(9)?;
        // An unknown certainty (a newer sitrep's) supports rather than denies.
        let denies = certainty.parse::<Certainty>().is_ok_and(|c| config.is_denial(c));
        let day = |i: usize| -> rusqlite::Result<Option<NaiveDate>> { super::day::column(r, i) };
        let precision: Option<String> = r.get(11)?;
        let period = Period::of(day(10)?, precision.as_deref(), day(12)?);
        let evidence = String::from_utf8_lossy(&r.get::<_, Option<Vec<u8>>>(13)?.unwrap_or_default()).into_owned();
        let attribution: Option<String> = r.get(16)?;
        let source_text: Option<String> = r.get(17)?;
        let self_credited = attribution.is_some() && attribution == source_text;
        let target_text: Option<String> = r.get(18)?;
        let (source, target): (Option<String>, Option<String>) = (r.get(5)?, r.get(6)?);
        let unplaced = |code: &Option<String>| code.as_deref().is_some_and(|c| c.starts_with(NO_PARTY));
        let unplaced_names = if unplaced(&source) || unplaced(&target) { capitalised_words(&evidence, config) } else { BTreeSet::new() };
        let names: Vec<String> = [source_text, target_text].into_iter().flatten().collect();
        Ok(Self {
            event: r.get(0)?,
            doc: r.get(1)?,
            story: r.get(14)?,
            sentence: r.get(2)?,
            span: [r.get(3)?, r.get(4)?],
            source,
            target,
            key: plover.clone().unwrap_or_else(|| format!("C{}", cameo.get(..2).unwrap_or(&cameo))),
            denies,
            period,
            words: content_words(&evidence, config),
            cameo,
            plover,
            certainty,
            kind: r.get(15)?,
            attribution,
            self_credited,
            names,
            unplaced_names,
            day: r.get(19)?,
            outlet: r.get(20)?,
            story_outlet: r.get(21)?,
        })
    }
}

/// [`content_words`] of the words of `text` that begin with a capital.
fn capitalised_words(text: &str, config: &ClaimConfig) -> BTreeSet<String> {
    let names: Vec<&str> = text.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).collect();
    content_words(&names.join(" "), config)
}

/// Every event with an id above `after`, in id order (a document's events
/// together, documents in the order they were stored).
pub(crate) fn readings_after(conn: &Connection, after: i64, config: &ClaimConfig) -> rusqlite::Result<Vec<Reading>> {
    let sql = format!("SELECT {COLUMNS} FROM events e {JOINS} WHERE e.id > ?1 ORDER BY e.id");
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map([after], |r| Reading::from_row(r, config))?;
    rows.collect()
}

/// The readings of claim `claim`, in id order, each with the stance it was
/// linked with (`denies` as stored, whatever the configuration says now).
pub(crate) fn members(conn: &Connection, claim: i64, config: &ClaimConfig) -> rusqlite::Result<Vec<Reading>> {
    let sql = format!(
        "SELECT {COLUMNS}, ce.stance FROM claim_events ce JOIN events e ON e.id = ce.event {JOINS}
         WHERE ce.claim = ?1 ORDER BY e.id"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map([claim], |r| {
        let mut reading = Reading::from_row(r, config)?;
        reading.denies = r.get::<_, String>(22)? == "denies";
        Ok(reading)
    })?;
    rows.collect()
}
