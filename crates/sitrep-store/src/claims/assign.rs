//! Incremental grouping: each new statement joins the stored claim it best
//! matches, or opens a claim of its own.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use chrono::{Duration, NaiveDate};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};

use super::compat::{agree, party, Agreement, Period, Precision};
use super::config::ClaimConfig;
use super::reading::{members, readings_after};
use super::statement::{statements, Statement};
use super::summary::{canonical, load, placeholders, text_of, values, write, write_text, SUMMARY_COLUMNS};
use super::tally::Tally;
use super::words::{containment_stored, join, split};
use crate::flags::{with_flag, STABLE_PLANS};

/// Groups every event not yet in a claim (those with an id above the
/// highest one grouped), one statement at a time, each seeing the claims
/// of its key as they stand after the statements before it. Returns how
/// many events it grouped.
pub(crate) fn assign_new(conn: &Connection, config: &ClaimConfig) -> rusqlite::Result<usize> {
    // Grouping's queries bind new values on every call; without the planner's
    // stability guarantee SQLite prepares them again for each binding (37% of
    // grouping's time). Other queries of the connection still plan by their
    // values.
    with_flag(conn, STABLE_PLANS, true, || group(conn, config))?
}

fn group(conn: &Connection, config: &ClaimConfig) -> rusqlite::Result<usize> {
    let after: i64 = conn.query_row("SELECT COALESCE(MAX(event), 0) FROM claim_events", [], |r| r.get(0))?;
    let readings = readings_after(conn, after, config)?;
    // Claims this batch changed: their tally, counted as each statement
    // joins, and the readings that joined. What grouping reads of a claim
    // (its codes and parties) is written at once, so the next statement sees
    // it as if statements came one at a time; the rest of the summary once
    // per claim at the end.
    let mut touched: BTreeMap<i64, Touched> = BTreeMap::new();
    let mut start = 0;
    while start < readings.len() {
        let doc = readings[start].doc;
        let end = start + readings[start..].iter().take_while(|r| r.doc == doc).count();
        let of_doc = &readings[start..end];
        for s in statements(of_doc, config) {
            let Some(claim) = place(conn, &s, config)? else {
                // A new claim is written whole, as the end of the batch
                // would write it if no later statement joins it.
                let mut tally = Tally::default();
                for &i in &s.readings {
                    tally.absorb(&of_doc[i], config);
                }
                let text_event = canonical(s.readings.iter().map(|&i| &of_doc[i]));
                let claim = open(conn, &s, &tally, text_event, config)?;
                link(conn, claim, &s)?;
                let codes = (tally.source(config), tally.target(config));
                let joined = s.readings.iter().map(|&i| start + i).collect();
                touched.insert(claim, Touched { tally, codes, opened: true, rejoined: false, joined });
                continue;
            };
            let t = match touched.entry(claim) {
                Entry::Occupied(t) => {
                    let t = t.into_mut();
                    t.rejoined = true;
                    t
                }
                Entry::Vacant(v) => {
                    // Read before this statement's readings are linked to it.
                    let tally = load(conn, claim, config)?;
                    let codes = stored_codes(conn, claim)?;
                    v.insert(Touched { tally, codes, opened: false, rejoined: false, joined: Vec::new() })
                }
            };
            link(conn, claim, &s)?;
            for &i in &s.readings {
                t.tally.absorb(&of_doc[i], config);
                t.joined.push(start + i);
            }
            let codes = (t.tally.source(config), t.tally.target(config));
            if codes != t.codes {
                let (sp, tp) = t.tally.parties(config);
                conn.prepare_cached(
                    "UPDATE claims SET source_code = ?2, target_code = ?3, source_party = ?4, target_party = ?5 WHERE id = ?1",
                )?
                .execute(params![claim, codes.0, codes.1, sp, tp])?;
                t.codes = codes;
            }
        }
        start = end;
    }
    for (claim, t) in &touched {
        if t.opened && !t.rejoined {
            continue;
        }
        write(conn, *claim, &t.tally, config)?;
        // The wording changes only when a reading joins the readings that
        // describe the claim (its support, else its denials).
        let supported = !t.tally.denied_only();
        if !t.joined.iter().any(|&i| readings[i].denies != supported) {
            continue;
        }
        let text = if t.opened {
            canonical(t.joined.iter().map(|&i| &readings[i]))
        } else {
            canonical(&members(conn, *claim, config)?)
        };
        write_text(conn, *claim, text)?;
    }
    Ok(readings.len())
}

/// A claim a batch changed.
struct Touched {
    tally: Tally,
    /// Its source and target codes as stored.
    codes: (Option<String>, Option<String>),
    /// Opened by this batch: every reading of it is in `joined`.
    opened: bool,
    /// Joined by a statement after the one it was opened or loaded for:
    /// a claim opened and not rejoined is stored as it was opened.
    rejoined: bool,
    /// Indexes of the batch's readings that joined it.
    joined: Vec<usize>,
}

fn stored_codes(conn: &Connection, claim: i64) -> rusqlite::Result<(Option<String>, Option<String>)> {
    conn.prepare_cached("SELECT source_code, target_code FROM claims WHERE id = ?1")?.query_row([claim], |r| Ok((r.get(0)?, r.get(1)?)))
}

/// The stored claim the statement joins (its words added), if any: the
/// caller opens a new one otherwise.
fn place(conn: &Connection, s: &Statement, config: &ClaimConfig) -> rusqlite::Result<Option<i64>> {
    // A reprint adds no words: its first copy's are already there, and
    // growing another claim of the story would change later matches.
    if let Some(c) = story_claim(conn, s, config)? {
        return Ok(Some(c));
    }
    let best = best_claim(conn, s, config)?;
    if let Some(c) = best {
        grow(conn, c, s, config)?;
    }
    Ok(best)
}

fn link(conn: &Connection, claim: i64, s: &Statement) -> rusqlite::Result<()> {
    let stance = if s.denies { "denies" } else { "supports" };
    let mut st = conn.prepare_cached("INSERT INTO claim_events (event, claim, stance) VALUES (?1, ?2, ?3)")?;
    for e in &s.events {
        st.execute(params![e, claim, stance])?;
    }
    Ok(())
}

/// A reprint's statement joins the claim its first copy's words went to
/// with the same stance: the same text says the same thing, whatever the
/// thresholds. (A report that both states and denies one thing holds two
/// statements with the same words; its reprint's assertion must not join
/// the claim its denial opened.)
fn story_claim(conn: &Connection, s: &Statement, config: &ClaimConfig) -> rusqlite::Result<Option<i64>> {
    if s.story == s.doc {
        return Ok(None);
    }
    let mut st = conn.prepare_cached(
        "SELECT DISTINCT c.id, c.source_code, c.target_code, c.words FROM events e
         JOIN claim_events ce ON ce.event = e.id JOIN claims c ON c.id = ce.claim
         WHERE e.story = ?1 AND e.doc <> ?2 AND c.plover_key = ?3 AND ce.stance = ?4 ORDER BY c.id",
    )?;
    let stance = if s.denies { "denies" } else { "supports" };
    let rows = st.query_map(params![s.story, s.doc, s.key, stance], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, Option<String>>(2)?, r.get::<_, String>(3)?))
    })?;
    // Most of the statement's words, then the fewest others: the claim its
    // first copy's statement opened or joined, not a wider sibling.
    let mut best: Option<(f64, usize, i64)> = None;
    for row in rows {
        let (id, source, target, words) = row?;
        let conflict = agree(s.source.as_deref(), source.as_deref(), config) == Agreement::Conflict
            || agree(s.target.as_deref(), target.as_deref(), config) == Agreement::Conflict;
        let (_, overlap, count) = containment_stored(&s.words, &words);
        let better = best.is_none_or(|(b, n, _)| overlap > b || (overlap == b && count < n));
        if !conflict && overlap > 0.0 && better {
            best = Some((overlap, count, id));
        }
    }
    Ok(best.map(|(_, _, id)| id))
}

struct Candidate {
    id: i64,
    source: Option<String>,
    target: Option<String>,
    anchor: Option<Period>,
    /// How many of the statement's words the claim has, and what share.
    shared: usize,
    overlap: f64,
    /// The claim's words hold every one of the statement's unplaced names
    /// ("C Perkins" resigning is not another chief executive resigning).
    names_held: bool,
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
        if !c.names_held {
            continue;
        }
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
        let (shared, overlap) = (c.shared, c.overlap);
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
            let day = |i: usize| -> rusqlite::Result<Option<NaiveDate>> { super::day::column(r, i) };
            let precision = r.get::<_, Option<String>>(5)?.as_deref().and_then(Precision::parse);
            let anchor = match (day(3)?, day(4)?, precision) {
                (Some(start), Some(end), Some(precision)) => Some(Period { start, end, precision }),
                _ => None,
            };
            let stored = r.get_ref(6)?.as_str()?;
            let (shared, overlap, _) = containment_stored(&s.words, stored);
            let names_held = s.unplaced_names.is_empty() || containment_stored(&s.unplaced_names, stored).0 == s.unplaced_names.len();
            Ok(Candidate { id: r.get(0)?, source: r.get(1)?, target: r.get(2)?, anchor, shared, overlap, names_held })
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

/// A new claim from the statement, with the summary of its readings'
/// tally and the wording of reading `text_event`.
fn open(conn: &Connection, s: &Statement, t: &Tally, text_event: Option<i64>, config: &ClaimConfig) -> rusqlite::Result<i64> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "INSERT INTO claims (plover_key, anchor_start, anchor_end, anchor_precision, words, text, text_event, {SUMMARY_COLUMNS})
             VALUES ({})",
            placeholders(1, 26)
        )
    });
    let mut all: Vec<Value> = vec![
        s.key.clone().into(),
        s.period.map(|p| p.start.to_string()).into(),
        s.period.map(|p| p.end.to_string()).into(),
        s.period.map(|p| p.precision.as_str().to_owned()).into(),
        join(&s.words).into(),
        text_of(conn, text_event)?.into(),
        text_event.into(),
    ];
    all.extend(values(t, config));
    conn.prepare_cached(&SQL)?.execute(rusqlite::params_from_iter(all))?;
    Ok(conn.last_insert_rowid())
}
