//! The coder against sitrep's own development gold (`tests/gold/dev-en.jsonl`:
//! 1,200 sentences drawn at random from the English corpus and annotated by
//! hand before sitrep coded them; `tests/gold/README.md` says how).
//!
//! Each sentence is coded alone, with its article's date. Printed with
//! `cargo test -p sitrep-coder --release --test dev_gold -- --nocapture`:
//! precision, recall and F1 per CAMEO root and overall, under three
//! matchings (CAMEO root only; PLOVER type; root with the first three
//! letters of both actors, as PETRARCH's relaxed score), then, over the
//! events matched by root, how often source, target, certainty and
//! attribution agree. The test fails only below floors set under the
//! figures measured when it was written (README), so that a change that
//! makes the coder worse is seen; it is never a target to tune rules to.
//!
//! `load(file)` reads any gold file of `tests/gold/` and `score(label,
//! sentences, coder)` prints and returns its figures, so another language's
//! gold (`dev-fr.jsonl`, annotated blind before the French coder existed)
//! is scored by a test of a few lines with its own coder and floors.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use sitrep_coder::{Coder, Scratch};
use sitrep_lexicon::Lexicon;
use sitrep_model::{Document, Event};

struct GoldEvent {
    root: String,
    plover: Option<String>,
    source: Option<String>,
    target: Option<String>,
    certainty: String,
    attribution: String,
}

struct Sentence {
    text: String,
    date: Option<chrono::NaiveDate>,
    events: Vec<GoldEvent>,
}

fn code_of(v: &serde_json::Value) -> Option<String> {
    v.get("code").and_then(|c| c.as_str()).map(str::to_owned)
}

/// Loads a gold file of `tests/gold/` (`dev-en.jsonl`, `dev-fr.jsonl`, …): one
/// JSON object a line, the record format of `tests/gold/README.md`.
fn load(file: &str) -> Vec<Sentence> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/gold")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("tests/gold/{file}: {e}"));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            let events = v["events"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|e| GoldEvent {
                            root: e["cameo"].as_str().unwrap_or("").chars().take(2).collect(),
                            plover: e["plover"].as_str().map(str::to_owned),
                            source: code_of(&e["source"]),
                            target: code_of(&e["target"]),
                            certainty: e["certainty"].as_str().unwrap_or("").to_owned(),
                            attribution: e["attribution"]["kind"]
                                .as_str()
                                .unwrap_or("none")
                                .to_owned(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            Sentence {
                text: v["text"].as_str().unwrap_or("").to_owned(),
                date: v["date"]
                    .as_str()
                    .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
                events,
            }
        })
        .collect()
}

fn actor(a: &Option<sitrep_model::Actor>) -> Option<String> {
    a.as_ref()
        .and_then(|a| a.code.as_ref())
        .map(|c| c.as_str().to_owned())
}

fn prefix(code: &Option<String>) -> String {
    code.as_deref()
        .map(|c| c.chars().take(3).collect())
        .unwrap_or_default()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    predicted: usize,
    gold: usize,
}

impl Counts {
    fn p(&self) -> f64 {
        self.tp as f64 / self.predicted.max(1) as f64
    }
    fn r(&self) -> f64 {
        self.tp as f64 / self.gold.max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn line(&self, name: &str) -> String {
        format!(
            "{name:<28} P {:.3}  R {:.3}  F1 {:.3}  (gold {}, predicted {})",
            self.p(),
            self.r(),
            self.f1(),
            self.gold,
            self.predicted
        )
    }
}

/// Greedy one-to-one matching of predicted to gold events by `same`.
fn matches<F: Fn(&Event, &GoldEvent) -> bool>(
    predicted: &[Event],
    gold: &[GoldEvent],
    same: F,
) -> Vec<(usize, usize)> {
    let mut used = vec![false; gold.len()];
    let mut pairs = Vec::new();
    for (i, p) in predicted.iter().enumerate() {
        if let Some(j) = (0..gold.len()).find(|&j| !used[j] && same(p, &gold[j])) {
            used[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

/// The figures of one gold file, as `score` prints them.
struct Scores {
    root: Counts,
    plover: Counts,
    relaxed: Counts,
}

/// Codes every sentence of `sentences` alone (with its article's date) with
/// `coder`, prints the figures under `label` (per root, overall under the
/// three matchings, agreement of actors, certainty and attribution, events on
/// sentences without one) and returns them, for a test's floors.
fn score(label: &str, sentences: &[Sentence], coder: &Coder) -> Scores {
    let mut scratch = Scratch::default();
    let mut by_root: BTreeMap<String, Counts> = BTreeMap::new();
    let (mut root, mut plover, mut relaxed) =
        (Counts::default(), Counts::default(), Counts::default());
    let (mut pairs, mut source_ok, mut target_ok, mut certainty_ok, mut attribution_ok) =
        (0, 0, 0, 0, 0);
    let (mut commentary_events, mut commentary_sentences, mut without_actor) = (0, 0, 0);
    for s in sentences {
        let mut doc = Document::new("dev", s.text.as_str());
        doc.date = s.date;
        let mut events = Vec::new();
        coder.code(&doc, &mut scratch, &mut events);
        let root_of = |e: &Event| e.cameo.as_str().chars().take(2).collect::<String>();
        without_actor += events
            .iter()
            .filter(|e| actor(&e.source).is_none() || actor(&e.target).is_none())
            .count();
        if s.events.is_empty() {
            commentary_sentences += 1;
            commentary_events += events.len();
        }
        for e in &events {
            by_root.entry(root_of(e)).or_default().predicted += 1;
        }
        for g in &s.events {
            by_root.entry(g.root.clone()).or_default().gold += 1;
        }
        let by_code = matches(&events, &s.events, |p, g| root_of(p) == g.root);
        for &(i, j) in &by_code {
            by_root.entry(s.events[j].root.clone()).or_default().tp += 1;
            let (p, g) = (&events[i], &s.events[j]);
            pairs += 1;
            source_ok += (actor(&p.source) == g.source) as usize;
            target_ok += (actor(&p.target) == g.target) as usize;
            certainty_ok += (p.certainty.as_str() == g.certainty) as usize;
            attribution_ok += (p.attribution.kind.as_str() == g.attribution) as usize;
        }
        root.tp += by_code.len();
        root.predicted += events.len();
        root.gold += s.events.len();
        let with_type: Vec<&GoldEvent> = s.events.iter().filter(|g| g.plover.is_some()).collect();
        let typed: Vec<Event> = events
            .iter()
            .filter(|e| e.plover.is_some())
            .cloned()
            .collect();
        let owned: Vec<GoldEvent> = with_type
            .iter()
            .map(|g| GoldEvent {
                root: g.root.clone(),
                plover: g.plover.clone(),
                source: None,
                target: None,
                certainty: String::new(),
                attribution: String::new(),
            })
            .collect();
        plover.tp += matches(&typed, &owned, |p, g| {
            p.plover.as_ref().map(|t| t.event_type.as_str()) == g.plover.as_deref()
        })
        .len();
        plover.predicted += typed.len();
        plover.gold += owned.len();
        relaxed.tp += matches(&events, &s.events, |p, g| {
            root_of(p) == g.root
                && prefix(&actor(&p.source)) == prefix(&g.source)
                && prefix(&actor(&p.target)) == prefix(&g.target)
        })
        .len();
        relaxed.predicted += events.len();
        relaxed.gold += s.events.len();
    }
    println!(
        "{label}: {} sentences, {} gold events",
        sentences.len(),
        root.gold
    );
    for (r, c) in &by_root {
        println!("{}", c.line(&format!("  root {r}")));
    }
    println!("{}", root.line("CAMEO root"));
    println!("{}", plover.line("PLOVER type"));
    println!("{}", relaxed.line("root + actors (3 letters)"));
    let share = |n: usize| n as f64 / pairs.max(1) as f64;
    println!(
        "over {pairs} root matches: source {:.3}, target {:.3}, certainty {:.3}, attribution kind {:.3}",
        share(source_ok),
        share(target_ok),
        share(certainty_ok),
        share(attribution_ok)
    );
    println!(
        "{commentary_events} events from {commentary_sentences} sentences without an event; {:.3} of predicted events lack a source or a target",
        without_actor as f64 / root.predicted.max(1) as f64
    );
    Scores {
        root,
        plover,
        relaxed,
    }
}

#[test]
fn dev_gold_scores_stay_above_their_floors() {
    let sentences = load("dev-en.jsonl");
    assert!(
        sentences.len() >= 600,
        "the dev gold has {} sentences",
        sentences.len()
    );
    let coder = Coder::new(Arc::new(Lexicon::builtin().expect("built-in lexicon")));
    let Scores {
        root,
        plover,
        relaxed,
    } = score("dev gold", &sentences, &coder);
    assert!(
        root.f1() >= FLOOR_ROOT_F1,
        "CAMEO root F1 {:.3} fell below {FLOOR_ROOT_F1}",
        root.f1()
    );
    assert!(
        plover.f1() >= FLOOR_PLOVER_F1,
        "PLOVER type F1 {:.3} fell below {FLOOR_PLOVER_F1}",
        plover.f1()
    );
    assert!(
        relaxed.f1() >= FLOOR_RELAXED_F1,
        "relaxed F1 {:.3} fell below {FLOOR_RELAXED_F1}",
        relaxed.f1()
    );
}

// Measured when written (built-in lexicon, word-order coder): root F1
// 0.109, PLOVER 0.121, relaxed 0.052; with roles and certainty from the
// parse and the wider lexicon: 0.137, 0.159, 0.072; with `---` roles,
// optional targets and intent codes: 0.204, 0.234, 0.074; with reciprocal
// acts, 1975-2000 actors and counts before targets: 0.219, 0.252, 0.081;
// with parties after "between", nouns' doers and lists sharing a role:
// 0.218, 0.251, 0.087; with doers named together, surnames, passive
// doers, about 40 patterns and the actors of 2004-05 British politics,
// central banks and agencies: 0.229, 0.260, 0.110; with doers after the
// verb, shared speakers, pledges and rival parties: 0.276, 0.285, 0.150;
// with the parse deciding verbs after noun phrases, people of one code,
// reported futures, wrapped single sentences and about 400 rows: 0.312,
// 0.323, 0.169.
const FLOOR_ROOT_F1: f64 = 0.29;
const FLOOR_PLOVER_F1: f64 = 0.30;
const FLOOR_RELAXED_F1: f64 = 0.15;

/// The French development gold (`dev-fr.jsonl`, 300 sentences annotated
/// blind before any French coder existed) through the French coder.
#[test]
fn french_dev_gold_scores_stay_above_their_floors() {
    let sentences = load("dev-fr.jsonl");
    assert!(sentences.len() >= 300, "the French dev gold has {} sentences", sentences.len());
    let coder = Coder::new(Arc::new(Lexicon::builtin_in(sitrep_lexicon::Language::French).expect("built-in French lexicon")));
    let Scores { root, plover, relaxed } = score("French dev gold", &sentences, &coder);
    assert!(root.f1() >= FRENCH_FLOOR_ROOT_F1, "French CAMEO root F1 {:.3} fell below {FRENCH_FLOOR_ROOT_F1}", root.f1());
    assert!(plover.f1() >= FRENCH_FLOOR_PLOVER_F1, "French PLOVER type F1 {:.3} fell below {FRENCH_FLOOR_PLOVER_F1}", plover.f1());
    assert!(relaxed.f1() >= FRENCH_FLOOR_RELAXED_F1, "French relaxed F1 {:.3} fell below {FRENCH_FLOOR_RELAXED_F1}", relaxed.f1());
}

// Measured when written (the first French lexicon: 877 verb and noun
// rows, 2,497 cues, 84 role rows, 479 actors' French names): root F1 0.264
// (P 0.708, R 0.162), PLOVER 0.265, relaxed 0.078.
const FRENCH_FLOOR_ROOT_F1: f64 = 0.21;
const FRENCH_FLOOR_PLOVER_F1: f64 = 0.21;
const FRENCH_FLOOR_RELAXED_F1: f64 = 0.05;
