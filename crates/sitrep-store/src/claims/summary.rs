//! What an analyst reads about a claim: its wording, support, independent
//! outlets, certainty range, who is credited and its status, written from
//! its [`Tally`]; and the most representative reading, its wording.

use std::collections::{BTreeSet, HashMap};

use rusqlite::{params, Connection, OptionalExtension};

use super::config::ClaimConfig;
use super::reading::{members, Reading};
use super::tally::Tally;

/// Claim `claim`'s tally as stored, or counted from its readings when the
/// claim was grouped before tallies were kept.
pub(crate) fn load(conn: &Connection, claim: i64, config: &ClaimConfig) -> rusqlite::Result<Tally> {
    let stored: Option<String> =
        conn.prepare_cached("SELECT tally FROM claims WHERE id = ?1")?.query_row([claim], |r| r.get(0)).optional()?.flatten();
    if let Some(t) = stored.and_then(|json| serde_json::from_str(&json).ok()) {
        return Ok(t);
    }
    Ok(recount(&members(conn, claim, config)?, config))
}

/// The tally of these readings, absorbed in any order.
pub(crate) fn recount(readings: &[Reading], config: &ClaimConfig) -> Tally {
    let mut t = Tally::default();
    for r in readings {
        t.absorb(r, config);
    }
    t
}

/// Writes claim `claim`'s summary columns and tally.
pub(crate) fn write(conn: &Connection, claim: i64, t: &Tally, config: &ClaimConfig) -> rusqlite::Result<()> {
    let (source, target) = (t.source(config), t.target(config));
    let (source_party, target_party) = t.parties(config);
    let (cameo, plover) = t.cameo();
    conn.prepare_cached(
        "UPDATE claims SET source_code = ?2, target_code = ?3, source_party = ?4, target_party = ?5, cameo = ?6,
            plover_type = ?7, status = ?8, independent_outlets = ?9, outlets = ?10, events = ?11, documents = ?12,
            denials = ?13, first_seen = ?14, last_seen = ?15, strongest = ?16, weakest = ?17, credited = ?18,
            party_confirmed = ?19, tally = ?20
         WHERE id = ?1",
    )?
    .execute(params![
        claim,
        source,
        target,
        source_party,
        target_party,
        cameo,
        plover,
        t.status(config).as_str(),
        t.independent_outlets() as i64,
        serde_json::to_string(&t.outlets).unwrap_or_else(|_| "[]".into()),
        t.events as i64,
        t.documents as i64,
        t.denials as i64,
        t.first_seen,
        t.last_seen,
        t.strongest(),
        t.weakest(),
        serde_json::to_string(&t.credited).unwrap_or_else(|_| "{}".into()),
        t.party_confirmed(),
        serde_json::to_string(t).unwrap_or_default(),
    ])?;
    Ok(())
}

/// Writes the claim's canonical wording: the evidence of reading `event`.
pub(crate) fn write_text(conn: &Connection, claim: i64, event: Option<i64>) -> rusqlite::Result<()> {
    let evidence: Option<Vec<u8>> = match event {
        Some(e) => conn
            .prepare_cached(
                "SELECT substr(CAST(d.text AS BLOB), e.span_start + 1, e.span_end - e.span_start)
                 FROM events e JOIN documents d ON d.id = e.doc WHERE e.id = ?1",
            )?
            .query_row([e], |r| r.get(0))
            .optional()?
            .flatten(),
        None => None,
    };
    let text = String::from_utf8_lossy(&evidence.unwrap_or_default()).split_whitespace().collect::<Vec<_>>().join(" ");
    conn.prepare_cached("UPDATE claims SET text = ?2, text_event = ?3 WHERE id = ?1")?.execute(params![claim, text, event])?;
    Ok(())
}

/// The most representative of the readings that describe a claim (its
/// supporting ones, else its denials): the one whose words the others
/// share most (mean document frequency of its words); the earliest on a tie.
pub(crate) fn canonical<'a>(readings: impl IntoIterator<Item = &'a Reading>) -> Option<i64> {
    let all: Vec<&Reading> = readings.into_iter().collect();
    let supported = all.iter().any(|r| !r.denies);
    let mut voice: Vec<&Reading> = all.into_iter().filter(|r| r.denies != supported).collect();
    voice.sort_by_key(|r| r.event);
    let mut df: HashMap<&str, usize> = HashMap::new();
    for r in &voice {
        for x in &r.words {
            *df.entry(x.as_str()).or_default() += 1;
        }
    }
    let score = |w: &BTreeSet<String>| -> f64 {
        if w.is_empty() {
            0.0
        } else {
            w.iter().map(|x| df.get(x.as_str()).copied().unwrap_or(0) as f64).sum::<f64>() / (w.len() as f64).sqrt()
        }
    };
    let mut best: Option<(f64, i64)> = None;
    for r in &voice {
        let s = score(&r.words);
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, r.event));
        }
    }
    best.map(|(_, e)| e)
}

/// Claims whose stored summary differs from one counted again from their
/// readings: none, unless incremental counting has a bug.
pub(crate) fn out_of_date(conn: &Connection, config: &ClaimConfig) -> rusqlite::Result<Vec<i64>> {
    let ids: Vec<(i64, Option<String>, Option<i64>)> = conn
        .prepare("SELECT id, tally, text_event FROM claims ORDER BY id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stale = Vec::new();
    for (id, tally, text_event) in ids {
        let readings = members(conn, id, config)?;
        let stored: Option<Tally> = tally.and_then(|t| serde_json::from_str(&t).ok());
        if stored.as_ref() != Some(&recount(&readings, config)) || text_event != canonical(&readings) {
            stale.push(id);
        }
    }
    Ok(stale)
}
