//! What an analyst reads about a claim: its wording, support, independent
//! outlets, certainty range, who is credited and its status, written from
//! its [`Tally`]; and the most representative reading, its wording.

use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};

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

/// The columns a claim's summary fills, in the order of [`values`].
pub(crate) const SUMMARY_COLUMNS: &str = "source_code, target_code, source_party, target_party, cameo, plover_type, status,
    independent_outlets, outlets, events, documents, denials, first_seen, last_seen, strongest, weakest, credited,
    party_confirmed, tally";

/// The values of [`SUMMARY_COLUMNS`] for a claim with tally `t`.
pub(crate) fn values(t: &Tally, config: &ClaimConfig) -> Vec<Value> {
    let (source_party, target_party) = t.parties(config);
    let (cameo, plover) = t.cameo();
    let text = |s: Option<&str>| Value::from(s.map(str::to_owned));
    vec![
        t.source(config).into(),
        t.target(config).into(),
        source_party.into(),
        target_party.into(),
        cameo.into(),
        plover.into(),
        text(Some(t.status(config).as_str())),
        (t.independent_outlets() as i64).into(),
        serde_json::to_string(&t.outlets).unwrap_or_else(|_| "[]".into()).into(),
        (t.events as i64).into(),
        (t.documents as i64).into(),
        (t.denials as i64).into(),
        t.first_seen.clone().into(),
        t.last_seen.clone().into(),
        text(t.strongest()),
        text(t.weakest()),
        serde_json::to_string(&t.credited).unwrap_or_else(|_| "{}".into()).into(),
        t.party_confirmed().into(),
        serde_json::to_string(t).unwrap_or_default().into(),
    ]
}

/// Writes claim `claim`'s summary columns and tally.
pub(crate) fn write(conn: &Connection, claim: i64, t: &Tally, config: &ClaimConfig) -> rusqlite::Result<()> {
    let mut all = vec![Value::from(claim)];
    all.extend(values(t, config));
    static SQL: LazyLock<String> =
        LazyLock::new(|| format!("UPDATE claims SET ({SUMMARY_COLUMNS}) = ({}) WHERE id = ?1", placeholders(2, 20)));
    conn.prepare_cached(&SQL)?.execute(params_from_iter(all))?;
    Ok(())
}

/// `?from, …, ?to`.
pub(crate) fn placeholders(from: usize, to: usize) -> String {
    (from..=to).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
}

/// Writes the claim's canonical wording: the evidence of reading `event`.
pub(crate) fn write_text(conn: &Connection, claim: i64, event: Option<i64>) -> rusqlite::Result<()> {
    let text = text_of(conn, event)?;
    conn.prepare_cached("UPDATE claims SET text = ?2, text_event = ?3 WHERE id = ?1")?.execute(params![claim, text, event])?;
    Ok(())
}

/// The evidence of reading `event`, its white space collapsed.
pub(crate) fn text_of(conn: &Connection, event: Option<i64>) -> rusqlite::Result<String> {
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
    Ok(String::from_utf8_lossy(&evidence.unwrap_or_default()).split_whitespace().collect::<Vec<_>>().join(" "))
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
