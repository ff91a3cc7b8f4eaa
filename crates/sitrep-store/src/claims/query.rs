//! Reading claims back: a filtered, sorted page, and one claim with its
//! evidence.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, Row};
use serde::Serialize;

use super::status::Status;
use crate::error::{Result, SqlContext};
use crate::filter::EventFilter;

/// Which claims to list, in what order.
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    /// A claim is selected when any of its readings (supporting or denying)
    /// matches; `limit` and `offset` of the event filter are ignored.
    pub events: EventFilter,
    /// Any of these statuses; empty for all.
    pub status: Vec<Status>,
    pub sort: ClaimSort,
    /// `None` for all.
    pub limit: Option<u32>,
    pub offset: u32,
}

/// The order of a claim list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ClaimSort {
    /// Most independent outlets first, then most documents.
    #[default]
    Outlets,
    /// Most recently seen first.
    Recency,
    /// Contested, denied-only, corroborated, single-source; then by outlets.
    Status,
}

impl std::str::FromStr for ClaimSort {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "outlets" => Ok(Self::Outlets),
            "recency" => Ok(Self::Recency),
            "status" => Ok(Self::Status),
            _ => Err(format!("unknown claim order {s:?}: one of outlets, recency, status")),
        }
    }
}

/// One claim: a statement about the world and how it is supported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub id: i64,
    pub status: Status,
    /// Its canonical wording: the most representative evidence.
    pub text: String,
    pub source: Option<String>,
    pub target: Option<String>,
    pub cameo: String,
    pub plover: Option<String>,
    /// Distinct outlets of the supporting stories; a reprint counts once.
    pub independent_outlets: u64,
    /// Outlets of every supporting document, reprints included.
    pub outlets: Vec<String>,
    /// Supporting documents, by their ids as ingested.
    pub documents: Vec<String>,
    /// Documents that deny it, by their ids as ingested.
    pub denials: Vec<String>,
    /// Supporting readings (events).
    pub events: u64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// Strongest and weakest certainty of the supporting readings.
    pub strongest: Option<String>,
    pub weakest: Option<String>,
    /// Supporting readings per attribution kind (anonymous, named_official…).
    pub credited: BTreeMap<String, u64>,
    /// An official or actor of a party to the claim is credited with it.
    pub party_confirmed: bool,
}

/// A page of claims.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimPage {
    /// Claims the filter selects, ignoring limit and offset, counted up to
    /// [`CLAIM_COUNT_CAP`].
    pub total: u64,
    /// More claims match than `total` says.
    pub total_capped: bool,
    pub claims: Vec<Claim>,
}

/// One reading of a claim, for its detail.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimReading {
    pub event: i64,
    /// `supports` or `denies`.
    pub stance: String,
    pub document: i64,
    pub doc_id: String,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    /// The document this one reprints, if it is a near-duplicate.
    pub duplicate_of: Option<i64>,
    pub source: Option<String>,
    pub target: Option<String>,
    pub cameo: String,
    pub certainty: String,
    pub attribution_kind: String,
    pub attribution_text: Option<String>,
    pub evidence: String,
    pub span: [i64; 2],
}

/// A claim with every reading.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimDetail {
    pub claim: Claim,
    pub readings: Vec<ClaimReading>,
}

pub(super) const CLAIM_COLUMNS: &str = "c.id, c.status, c.text, c.source_code, c.target_code, c.cameo, c.plover_type,
    c.independent_outlets, c.outlets, c.events, c.first_seen, c.last_seen, c.strongest, c.weakest, c.credited,
    c.party_confirmed";

pub(super) fn claim_from_row(r: &Row) -> rusqlite::Result<Claim> {
    let status: String = r.get(1)?;
    let json = |i: usize| -> rusqlite::Result<String> { r.get(i) };
    Ok(Claim {
        id: r.get(0)?,
        // The column's CHECK allows only the four statuses.
        status: status.parse().unwrap_or(Status::SingleSource),
        text: r.get(2)?,
        source: r.get(3)?,
        target: r.get(4)?,
        cameo: r.get(5)?,
        plover: r.get(6)?,
        independent_outlets: r.get::<_, i64>(7)? as u64,
        outlets: serde_json::from_str(&json(8)?).unwrap_or_default(),
        documents: Vec::new(),
        denials: Vec::new(),
        events: r.get::<_, i64>(9)? as u64,
        first_seen: r.get(10)?,
        last_seen: r.get(11)?,
        strongest: r.get(12)?,
        weakest: r.get(13)?,
        credited: serde_json::from_str(&json(14)?).unwrap_or_default(),
        party_confirmed: r.get::<_, i64>(15)? != 0,
    })
}

/// Claims are counted no further than this: on a million events a broad
/// filter would otherwise gather every matching claim for each page only to
/// count them. Beyond it, [`ClaimPage::total_capped`] is set.
pub const CLAIM_COUNT_CAP: u64 = 10_000;

pub(super) fn fill_documents(conn: &Connection, c: &mut Claim) -> Result<()> {
    let mut st = conn
        .prepare_cached(
            "SELECT d.ext_id, ce.stance, MIN(e.id) FROM claim_events ce JOIN events e ON e.id = ce.event
             JOIN documents d ON d.id = e.doc WHERE ce.claim = ?1 GROUP BY d.id, ce.stance ORDER BY MIN(e.id)",
        )
        .sql("claim documents")?;
    let rows: Vec<(String, String)> =
        st.query_map([c.id], |r| Ok((r.get(0)?, r.get(1)?))).and_then(|r| r.collect()).sql("claim documents")?;
    for (doc, stance) in rows {
        if stance == "supports" { &mut c.documents } else { &mut c.denials }.push(doc);
    }
    Ok(())
}

pub(crate) fn claim(conn: &Connection, id: i64) -> Result<Option<ClaimDetail>> {
    let sql = format!("SELECT {CLAIM_COLUMNS} FROM claims c WHERE c.id = ?1");
    let Some(mut claim) = conn.query_row(&sql, [id], claim_from_row).optional().sql("read a claim")? else {
        return Ok(None);
    };
    fill_documents(conn, &mut claim)?;
    let mut st = conn
        .prepare_cached(
            "SELECT e.id, ce.stance, d.id, d.ext_id, d.outlet, d.title, d.url, d.date, d.duplicate_of,
                    e.source_code, e.target_code, e.cameo, e.certainty, e.attribution_kind, e.attribution_text,
                    substr(CAST(d.text AS BLOB), e.span_start + 1, e.span_end - e.span_start), e.span_start, e.span_end
             FROM claim_events ce JOIN events e ON e.id = ce.event JOIN documents d ON d.id = e.doc
             WHERE ce.claim = ?1 ORDER BY ce.stance DESC, d.outlet, e.id",
        )
        .sql("claim readings")?;
    let readings = st
        .query_map([id], |r| {
            Ok(ClaimReading {
                event: r.get(0)?,
                stance: r.get(1)?,
                document: r.get(2)?,
                doc_id: r.get(3)?,
                outlet: r.get(4)?,
                title: r.get(5)?,
                url: r.get(6)?,
                date: r.get(7)?,
                duplicate_of: r.get(8)?,
                source: r.get(9)?,
                target: r.get(10)?,
                cameo: r.get(11)?,
                certainty: r.get(12)?,
                attribution_kind: r.get(13)?,
                attribution_text: r.get(14)?,
                evidence: String::from_utf8_lossy(&r.get::<_, Option<Vec<u8>>>(15)?.unwrap_or_default()).into_owned(),
                span: [r.get(16)?, r.get(17)?],
            })
        })
        .and_then(|r| r.collect())
        .sql("claim readings")?;
    Ok(Some(ClaimDetail { claim, readings }))
}
