//! Incremental grouping: each new statement joins the stored claim it best
//! matches, or opens a claim of its own.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::{Duration, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension};

use super::compat::{agree, party, Agreement, Period, Precision};
use super::config::ClaimConfig;
use super::reading::readings_after;
use super::statement::{statements, Statement};
use super::summary::summarise;
use super::words::{containment, join, split};

/// Groups every event not yet in a claim (those with an id above the
/// highest one grouped), one statement at a time, each seeing the claims
/// of its key as recomputed after the statements before it. Returns how
/// many events it grouped.
pub(crate) fn assign_new(conn: &Connection, config: &ClaimConfig) -> rusqlite::Result<usize> {
    let after: i64 = conn.query_row("SELECT COALESCE(MAX(event), 0) FROM claim_events", [], |r| r.get(0))?;
    let readings = readings_after(conn, after, config)?;
    // Claims changed by this batch and not yet recomputed, with their key.
    // A statement only ever looks at claims of its own key (`plover_key`),
    // so before it is placed the changed claims of that key are brought up
    // to date, the rest at the end: every statement sees the claims as one
    // statement at a time would, wherever the batch ends, at the cost of one
    // summary per claim and batch unless statements of a key follow each
    // other.
    let mut dirty: BTreeMap<i64, String> = BTreeMap::new();
    let mut start = 0;
    while start < readings.len() {
        let doc = readings[start].doc;
        let end = start + readings[start..].iter().take_while(|r| r.doc == doc).count();
        for s in statements(&readings[start..end], config) {
            let stale: Vec<i64> = dirty.iter().filter(|(_, key)| **key == s.key).map(|(&c, _)| c).collect();
            for claim in stale {
                summarise(conn, claim, config)?;
                dirty.remove(&claim);
            }
            let claim = place(conn, &s, config)?;
            dirty.insert(claim, s.key.clone());
        }
        start = end;
    }
    for claim in dirty.into_keys() {
        summarise(conn, claim, config)?;
    }
    Ok(readings.len())
}

/// Puts the statement in its best claim, or a new one; answers the claim.
fn place(conn: &Connection, s: &Statement, config: &ClaimConfig) -> rusqlite::Result<i64> {
    // A reprint adds no words: its first copy's are already there, and
    // growing another claim of the story would change later matches.
    let claim = match story_claim(conn, s, config)? {
        Some(c) => c,
        None => match best_claim(conn, s, config)? {
            Some(c) => {
                grow(conn, c, s, config)?;
                c
            }
            None => open(conn, s, config)?,
        },
    };
    let stance = if s.denies { "denies" } else { "supports" };
    let mut st = conn.prepare_cached("INSERT INTO claim_events (event, claim, stance) VALUES (?1, ?2, ?3)")?;
    for e in &s.events {
        st.execute(params![e, claim, stance])?;
    }
    Ok(claim)
}

/// A reprint's statement joins the claim its first copy's words went to:
/// the same text says the same thing, whatever the thresholds.
fn story_claim(conn: &Connection, s: &Statement, config: &ClaimConfig) -> rusqlite::Result<Option<i64>> {
    if s.story == s.doc {
        return Ok(None);
    }
    let mut st = conn.prepare_cached(
        "SELECT DISTINCT c.id, c.source_code, c.target_code, c.words FROM events e
         JOIN claim_events ce ON ce.event = e.id JOIN claims c ON c.id = ce.claim
         WHERE e.story = ?1 AND e.doc <> ?2 AND c.plover_key = ?3 ORDER BY c.id",
    )?;
    let rows = st.query_map(params![s.story, s.doc, s.key], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, Option<String>>(2)?, r.get::<_, String>(3)?))
    })?;
    // Most of the statement's words, then the fewest others: the claim its
    // first copy's statement opened or joined, not a wider sibling.
    let mut best: Option<(f64, usize, i64)> = None;
    for row in rows {
        let (id, source, target, words) = row?;
        let conflict = agree(s.source.as_deref(), source.as_deref(), config) == Agreement::Conflict
            || agree(s.target.as_deref(), target.as_deref(), config) == Agreement::Conflict;
        let words = split(&words);
        let (_, overlap) = containment(&s.words, &words);
        let better = best.is_none_or(|(b, n, _)| overlap > b || (overlap == b && words.len() < n));
        if !conflict && overlap > 0.0 && better {
            best = Some((overlap, words.len(), id));
        }
    }
    Ok(best.map(|(_, _, id)| id))
}

struct Candidate {
    id: i64,
    source: Option<String>,
    target: Option<String>,
    anchor: Option<Period>,
    words: BTreeSet<String>,
}

fn best_claim(conn: &Connection, s: &Statement, config: &ClaimConfig) -> rusqlite::Result<Option<i64>> {
    let mut best: Option<((Agreement, f64), i64)> = None;
    for c in candidates(conn, s, config)? {
        let (sa, ta) = (agree(s.source.as_deref(), c.source.as_deref(), config), agree(s.target.as_deref(), c.target.as_deref(), config));
        let weakest = sa.min(ta);
        let mut needed = match weakest {
            Agreement::Conflict => continue,
            Agreement::Missing => config.overlap_missing_actor,
            Agreement::Compatible => config.overlap_compatible_actors,
            Agreement::Exact => config.overlap_exact_actors,
        };
        let (undated, mut min_shared) = (c.anchor.is_none() || s.period.is_none(), 1);
        if let (Some(a), Some(p)) = (&c.anchor, &s.period) {
            if !a.near(p, config) {
                continue;
            }
        }
        if undated && weakest == Agreement::Missing && !config.weak_both_join {
            continue;
        }
        // Neither time nor both parties vouch for the match: the words must.
        if undated || weakest == Agreement::Missing {
            needed = needed.max(config.overlap_weak);
            min_shared = config.min_shared_weak;
        }
        let (shared, overlap) = containment(&s.words, &c.words);
        if overlap < needed || shared < min_shared {
            continue;
        }
        // Best actor agreement, then most words shared; the oldest claim on a tie
        // (candidates come newest first, so only a strictly better one replaces).
        let score = (weakest, overlap);
        if best.as_ref().is_none_or(|(b, _)| score.0 > b.0 || (score.0 == b.0 && score.1 >= b.1)) {
            best = Some((score, c.id));
        }
    }
    Ok(best.map(|(_, id)| id))
}

/// Claims of the statement's key whose parties may match, dated near it,
/// newest first, at most `match.candidates`.
fn candidates(conn: &Connection, s: &Statement, config: &ClaimConfig) -> rusqlite::Result<Vec<Candidate>> {
    let sp = s.source.as_deref().map(|c| party(c, config));
    let tp = s.target.as_deref().map(|c| party(c, config));
    // (source party, target party): Some(None) is a claim naming none, None any.
    let probes: Vec<(Option<Option<&str>>, Option<Option<&str>>)> = match (sp, tp) {
        (Some(a), Some(b)) => vec![(Some(Some(a)), Some(Some(b))), (Some(None), Some(Some(b))), (Some(Some(a)), Some(None))],
        (None, Some(b)) => vec![(None, Some(Some(b)))],
        (Some(a), None) => vec![(Some(Some(a)), None)],
        (None, None) => return Ok(Vec::new()),
    };
    let slack = config.window_day.max(config.window_month).max(config.window_year).max(config.window_published);
    // A claim's dates are at most a year long (year precision), so one whose
    // period reaches the statement's starts at most a year and the slack before it.
    let lo = s.period.map(|p| (p.start - Duration::days(slack + 366)).to_string());
    let hi = s.period.map(|p| (p.end + Duration::days(slack)).to_string());
    let reach = s.period.map(|p| (p.start - Duration::days(slack)).to_string());
    // Dated claims in the date range, and undated ones, each probe through its index.
    let ranges: Vec<Option<(String, String, String)>> = match (lo, hi, reach) {
        (Some(lo), Some(hi), Some(reach)) => vec![Some((lo, hi, reach)), None],
        _ => vec![None],
    };
    let dated = s.period.is_some();
    let mut out = Vec::new();
    for ((src, tgt), range) in probes.iter().flat_map(|p| ranges.iter().map(move |r| (*p, r.clone()))) {
        let mut terms = vec!["plover_key = ?1".to_owned()];
        let mut values: Vec<Option<String>> = vec![Some(s.key.clone())];
        for (column, probe) in [("source_party", src), ("target_party", tgt)] {
            if let Some(p) = probe {
                values.push(p.map(str::to_owned));
                terms.push(format!("{column} IS ?{}", values.len()));
            }
        }
        match range {
            Some((lo, hi, reach)) => {
                values.push(Some(lo));
                values.push(Some(hi));
                values.push(Some(reach));
                let n = values.len();
                // The range uses the index; the end, in it too, drops claims that end too early.
                terms.push(format!("anchor_start BETWEEN ?{} AND ?{} AND anchor_end >= ?{n}", n - 2, n - 1));
            }
            None if dated => terms.push("anchor_start IS NULL".to_owned()),
            None => {}
        }
        let sql = format!(
            "SELECT id, source_code, target_code, anchor_start, anchor_end, anchor_precision, words FROM claims
             WHERE {} ORDER BY id DESC LIMIT {}",
            terms.join(" AND "),
            config.candidates
        );
        let mut st = conn.prepare_cached(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(&values), |r| {
            let day = |i: usize| -> rusqlite::Result<Option<NaiveDate>> {
                Ok(r.get::<_, Option<String>>(i)?.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()))
            };
            let precision = r.get::<_, Option<String>>(5)?.as_deref().and_then(Precision::parse);
            let anchor = match (day(3)?, day(4)?, precision) {
                (Some(start), Some(end), Some(precision)) => Some(Period { start, end, precision }),
                _ => None,
            };
            Ok(Candidate { id: r.get(0)?, source: r.get(1)?, target: r.get(2)?, anchor, words: split(&r.get::<_, String>(6)?) })
        })?;
        for c in rows {
            out.push(c?);
        }
    }
    let mut seen = HashSet::new();
    out.retain(|c| seen.insert(c.id));
    Ok(out)
}

/// Adds the statement's words to the claim's, up to `words.per_claim`; a
/// claim opened by an undated reading takes the first date that joins it.
fn grow(conn: &Connection, claim: i64, s: &Statement, config: &ClaimConfig) -> rusqlite::Result<()> {
    let words = &s.words;
    let stored: Option<String> = conn
        .prepare_cached("SELECT words FROM claims WHERE id = ?1")?
        .query_row([claim], |r| r.get(0))
        .optional()?;
    let mut all = split(stored.as_deref().unwrap_or(""));
    for w in words {
        if all.len() >= config.words_per_claim {
            break;
        }
        all.insert(w.clone());
    }
    conn.prepare_cached(
        "UPDATE claims SET words = ?2, anchor_start = COALESCE(anchor_start, ?3), anchor_end = COALESCE(anchor_end, ?4),
            anchor_precision = COALESCE(anchor_precision, ?5) WHERE id = ?1",
    )?
    .execute(params![
        claim,
        join(&all),
        s.period.map(|p| p.start.to_string()),
        s.period.map(|p| p.end.to_string()),
        s.period.map(|p| p.precision.as_str()),
    ])?;
    Ok(())
}

/// A new claim from the statement; its summary columns are filled by
/// [`summarise`] once its readings are linked.
fn open(conn: &Connection, s: &Statement, config: &ClaimConfig) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "INSERT INTO claims (plover_key, source_party, target_party, anchor_start, anchor_end, anchor_precision, words,
            source_code, target_code, cameo, status, text, independent_outlets, outlets, events, documents, denials,
            credited, party_confirmed)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, '', 'single-source', '', 0, '[]', 0, 0, 0, '{}', 0)",
    )?
    .execute(params![
        s.key,
        s.source.as_deref().map(|c| party(c, config)),
        s.target.as_deref().map(|c| party(c, config)),
        s.period.map(|p| p.start.to_string()),
        s.period.map(|p| p.end.to_string()),
        s.period.map(|p| p.precision.as_str()),
        join(&s.words),
        s.source,
        s.target,
    ])?;
    Ok(conn.last_insert_rowid())
}
