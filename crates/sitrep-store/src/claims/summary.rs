//! What an analyst reads about a claim, recomputed from its readings: its
//! wording, support, independent outlets, certainty range, who is credited
//! and its status.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rusqlite::{params, Connection};
use sitrep_model::Certainty;

use super::compat::{generalize, party};
use super::config::ClaimConfig;
use super::status::Status;
use super::words::content_words;

struct Member {
    event: i64,
    doc: i64,
    story: i64,
    supports: bool,
    certainty: String,
    kind: String,
    attribution: Option<String>,
    source: Option<String>,
    target: Option<String>,
    names: Vec<String>,
    cameo: String,
    plover: Option<String>,
    day: Option<String>,
    outlet: Option<String>,
    story_outlet: Option<String>,
    evidence: String,
}

fn members(conn: &Connection, claim: i64) -> rusqlite::Result<Vec<Member>> {
    let mut st = conn.prepare_cached(
        "SELECT e.id, e.doc, e.story, ce.stance, e.certainty, e.attribution_kind, e.attribution_text,
                e.source_code, e.target_code, e.source_text, e.target_text, e.cameo, e.plover_type, e.day,
                d.outlet, s.outlet, substr(CAST(d.text AS BLOB), e.span_start + 1, e.span_end - e.span_start)
         FROM claim_events ce JOIN events e ON e.id = ce.event JOIN documents d ON d.id = e.doc
              JOIN documents s ON s.id = e.story
         WHERE ce.claim = ?1 ORDER BY e.id",
    )?;
    let rows = st.query_map([claim], |r| {
        let names: Vec<String> = [r.get::<_, Option<String>>(9)?, r.get(10)?].into_iter().flatten().collect();
        Ok(Member {
            event: r.get(0)?,
            doc: r.get(1)?,
            story: r.get(2)?,
            supports: r.get::<_, String>(3)? == "supports",
            certainty: r.get(4)?,
            kind: r.get(5)?,
            attribution: r.get(6)?,
            source: r.get(7)?,
            target: r.get(8)?,
            names,
            cameo: r.get(11)?,
            plover: r.get(12)?,
            day: r.get(13)?,
            outlet: r.get(14)?,
            story_outlet: r.get(15)?,
            evidence: String::from_utf8_lossy(&r.get::<_, Option<Vec<u8>>>(16)?.unwrap_or_default()).split_whitespace().collect::<Vec<_>>().join(" "),
        })
    })?;
    rows.collect()
}

/// Recomputes claim `claim`'s summary columns from its readings.
pub(crate) fn summarise(conn: &Connection, claim: i64, config: &ClaimConfig) -> rusqlite::Result<()> {
    let all = members(conn, claim)?;
    let support: Vec<&Member> = all.iter().filter(|m| m.supports).collect();
    let denial: Vec<&Member> = all.iter().filter(|m| !m.supports).collect();
    // A claim only denied is described by its denials.
    let voice = if support.is_empty() { &denial } else { &support };

    // Reprints count once: a story is counted under its first copy's outlet;
    // stories with no outlet are each their own unnamed outlet.
    let independent: BTreeSet<String> = support
        .iter()
        .map(|m| match &m.story_outlet {
            Some(o) => o.trim().to_lowercase(),
            None => format!("\u{0}story {}", m.story),
        })
        .collect();
    let outlets: BTreeSet<&str> = support.iter().filter_map(|m| m.outlet.as_deref()).collect();
    let documents: BTreeSet<i64> = support.iter().map(|m| m.doc).collect();
    let denials: BTreeSet<i64> = denial.iter().map(|m| m.doc).collect();
    let days: Vec<&str> = all.iter().filter_map(|m| m.day.as_deref()).collect();
    let certainties: Vec<Certainty> = support.iter().filter_map(|m| m.certainty.parse().ok()).collect();
    let strongest = certainties.iter().min_by_key(|c| config.strength(**c)).map(|c| c.as_str());
    let weakest = certainties.iter().max_by_key(|c| config.strength(**c)).map(|c| c.as_str());
    let mut credited: BTreeMap<&str, u64> = BTreeMap::new();
    for m in &support {
        *credited.entry(m.kind.as_str()).or_default() += 1;
    }
    let party_confirmed = confirmed_by_party(&support, &all, config);
    let status = Status::of(support.len(), independent.len(), denials.len(), party_confirmed, config);
    let cameo = most_frequent(voice.iter().map(|m| m.cameo.as_str())).unwrap_or_default();
    let plover = voice.iter().find(|m| m.cameo == cameo).and_then(|m| m.plover.clone());
    let source = generalize(all.iter().filter_map(|m| m.source.as_deref()), config);
    let target = generalize(all.iter().filter_map(|m| m.target.as_deref()), config);
    let canonical = canonical(voice, config);
    conn.prepare_cached(
        "UPDATE claims SET source_code = ?2, target_code = ?3, source_party = ?4, target_party = ?5, cameo = ?6,
            plover_type = ?7, status = ?8, text = ?9, text_event = ?10, independent_outlets = ?11, outlets = ?12,
            events = ?13, documents = ?14, denials = ?15, first_seen = ?16, last_seen = ?17, strongest = ?18,
            weakest = ?19, credited = ?20, party_confirmed = ?21
         WHERE id = ?1",
    )?
    .execute(params![
        claim,
        source,
        target,
        source.as_deref().map(|c| party(c, config)),
        target.as_deref().map(|c| party(c, config)),
        cameo,
        plover,
        status.as_str(),
        canonical.map_or("", |m| m.evidence.as_str()),
        canonical.map(|m| m.event),
        independent.len() as i64,
        serde_json::to_string(&outlets).unwrap_or_else(|_| "[]".into()),
        support.len() as i64,
        documents.len() as i64,
        denials.len() as i64,
        days.iter().min(),
        days.iter().max(),
        strongest,
        weakest,
        serde_json::to_string(&credited).unwrap_or_else(|_| "{}".into()),
        party_confirmed,
    ])?;
    Ok(())
}

/// An official or actor named as the source of a supporting reading
/// confirms the claim when the words naming them share a content word with
/// the words naming a party of the claim ("Russia's defence ministry" for
/// "Russian special forces"): the text then credits the actor involved.
fn confirmed_by_party(support: &[&Member], all: &[Member], config: &ClaimConfig) -> bool {
    let parties: BTreeSet<String> =
        all.iter().flat_map(|m| m.names.iter()).flat_map(|n| content_words(n, config)).collect();
    support.iter().any(|m| {
        config.party_kinds.iter().any(|k| *k == m.kind)
            && m.attribution.as_deref().is_some_and(|a| content_words(a, config).iter().any(|w| parties.contains(w)))
    })
}

fn most_frequent<'a>(items: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for i in items {
        *counts.entry(i).or_default() += 1;
    }
    // The smallest code on a tie: BTreeMap order, and max_by_key keeps the last maximum.
    counts.into_iter().rev().max_by_key(|(_, n)| *n).map(|(k, _)| k)
}

/// The most representative reading: the one whose words the other readings
/// share most (mean document frequency of its words); the earliest on a tie.
fn canonical<'a>(voice: &[&'a Member], config: &ClaimConfig) -> Option<&'a Member> {
    let words: Vec<BTreeSet<String>> = voice.iter().map(|m| content_words(&m.evidence, config)).collect();
    let mut df: HashMap<&str, usize> = HashMap::new();
    for w in &words {
        for x in w {
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
    let mut best: Option<(f64, &'a Member)> = None;
    for (m, w) in voice.iter().zip(&words) {
        let s = score(w);
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, m));
        }
    }
    best.map(|(_, m)| m)
}
