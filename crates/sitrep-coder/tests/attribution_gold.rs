//! Attribution and certainty against sitrep's own attribution development
//! set (`tests/gold/attribution-en.jsonl`): 1,450 corpus sentences that hold a
//! reporting word, drawn at random by `scripts/sample-attribution-gold` and
//! annotated by hand before sitrep coded them. Strata: "whole" (40, the whole
//! corpus), "politics" (210, the political and world sources), "wire41"
//! (300, `--wire41`: a reporting or hedging word and two actors the lexicon
//! names; half Reuters, half GLOCON/BBC/Guardian), "wire43" (250,
//! `--wire43`: drawn the same way with another seed, none already in the file)
//! "wire46" (250, `--wire46`: likewise, a third seed), "wire50" (200,
//! `--wire50`: likewise, a fourth seed) and "wire52" (200, `--wire52`:
//! likewise, a fifth seed).
//!
//! The French attribution development set (`tests/gold/attribution-fr.jsonl`,
//! the second test, through the French coder) is drawn by
//! `scripts/sample-attribution-gold-fr` (fixed seed; the French splitter and
//! candidate rule of `scripts/sample-dev-gold-fr`; a French reporting or
//! hedging word or a quotation mark; none of `dev-fr.jsonl` or
//! `vocab-check-fr.tsv`): 200 sentences, strata "orangesum" (150, OrangeSum
//! `politique` and `monde`) and "masakhane" (50, MasakhaNEWS French, articles
//! with an even id), one per article, annotated blind on 2026-12-06 before
//! sitrep coded them: 297 clauses, 17 sentences without clauses (a quotation
//! whose speaker the two sentences do not name). Same format and scoring, with
//! the French conventions of `tests/gold/README.md` ("French attribution
//! set"): the journalistic conditional ("l'armée aurait tué") `reported`,
//! "selon X" crediting X, the incise after a quotation ("…, a déclaré le
//! ministre", "a-t-il affirmé") naming the speaker, the futur and
//! "doit"/"va"/"devrait" + infinitive of a schedule `intended`. First measured
//! on main d16b7e1 (branch frattgold): only 14 events fall in an annotated
//! clause (the French coder codes few of these sentences' events): speaker
//! 0.786, kind 0.500, certainty 0.857, r -0.077; the floors are 0.05 under
//! these, and the test asks for 10 scored events, not 30.
//!
//! # Annotation format
//!
//! One JSON object per line:
//!
//! ```json
//! {"id": "<doc id>#<sentence index>", "date": "YYYY-MM-DD" | null, "stratum": "whole|politics|wire41|wire43|wire46|wire50|wire52",
//!  "before": "<the article from the previous sentence's start up to this sentence>",
//!  "text": "<the sentence as in the corpus>",
//!  "clauses": [{"text": "<words of the clause, an exact substring of text>",
//!               "speaker": "<words naming who says it, in text or before>" | null,
//!               "kind": "none|named_official|named_actor|anonymous|media|document",
//!               "certainty": "asserted|reported|alleged|conditional|intended|denied|negated"}]}
//! ```
//!
//! A clause is each stretch that states an event or a claim: a reporting
//! clause ("the Presidency said on Wednesday") as well as what it reports.
//! The speaker is on whose word the clause rests: for a reported clause the
//! outermost speaker who reports it ("A said B accused C": A); for a clause
//! that is itself a speech act (said, told, urged, rejected, insisted) its
//! own subject; for a quotation whose speaker the previous sentence names,
//! those words in `before`; `null` for the writer's own narrative (kind
//! `none`) or for nobody named (`anonymous`, "what were claimed to be").
//! Kinds follow `tests/gold/README.md`: a named official, spokesperson or
//! government body is `named_official` ("police", "the Presidency"); a named
//! company, party outside government, union, NGO or private person
//! `named_actor`; unnamed sources ("analysts", "diplomats", "they" for
//! them) `anonymous`. Certainty is what a careful reader gives the clause's
//! event: `intended` for announced or expected future acts, `conditional`
//! for what is only possible or depends on a condition, `reported` for a
//! hedge or an unnamed source's claim, `alleged` for what one party accuses
//! another of, `denied`/`negated` for what is denied or said not to be.
//! A sentence whose quotation has no speaker in the two sentences carries
//! no clauses (it is kept, so the sample stays as drawn).
//!
//! # Scoring
//!
//! Each sentence is coded after its previous sentence (the coder reads a
//! quotation or a pronoun the previous one opens), with the article's date.
//! For each event whose trigger lies in an annotated clause (the shortest
//! one holding it): speaker right (the attribution's words share a content
//! word with the gold speaker's, or both name nobody), kind right and
//! certainty right, for the whole file and each stratum, with the kind and
//! certainty misses counted by gold and sitrep value (for each stratum and
//! for the whole file). Printed with `cargo test -p sitrep-coder --release
//! --test attribution_gold -- --nocapture`, with every miss. The test fails
//! only below floors a little under the figures measured when it was
//! written, so that a change that makes attribution worse is seen; the
//! floors are not a target to tune rules to.

use std::path::PathBuf;
use std::sync::Arc;

use sitrep_coder::{Coder, Scratch};
use sitrep_lexicon::Lexicon;
use sitrep_model::{Document, Event};

struct Clause {
    start: usize,
    end: usize,
    speaker: Option<String>,
    kind: String,
    certainty: String,
}

struct Item {
    id: String,
    stratum: String,
    date: Option<chrono::NaiveDate>,
    before: String,
    text: String,
    clauses: Vec<Clause>,
}

/// The sentences of one attribution gold file (`file` under tests/gold/).
fn load(file: &str) -> Vec<Item> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/gold").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("tests/gold/{file}: {e}"));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            let before = v["before"].as_str().unwrap_or("").to_owned();
            let sentence = v["text"].as_str().unwrap_or("").to_owned();
            let clauses = v["clauses"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|c| {
                            let words = c["text"].as_str().expect("a clause's text");
                            let at = sentence.find(words).unwrap_or_else(|| panic!("clause {words:?} is not in {sentence:?}"));
                            Clause {
                                start: before.len() + at,
                                end: before.len() + at + words.len(),
                                speaker: c["speaker"].as_str().map(str::to_owned),
                                kind: c["kind"].as_str().unwrap_or("none").to_owned(),
                                certainty: c["certainty"].as_str().unwrap_or("").to_owned(),
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            Item {
                id: v["id"].as_str().unwrap_or("").to_owned(),
                stratum: v["stratum"].as_str().unwrap_or("").to_owned(),
                date: v["date"].as_str().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
                before,
                text: sentence,
                clauses,
            }
        })
        .collect()
}

/// Lower-case words that name someone: articles and particles say nothing
/// about who speaks.
fn content_words(text: &str) -> Vec<String> {
    const FUNCTION: &[&str] = &["the", "a", "an", "of", "and", "in", "on", "for", "to", "s", "at", "from", "by"];
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !FUNCTION.contains(&w.as_str()))
        .collect()
}

fn same_speaker(predicted: Option<&str>, gold: Option<&str>) -> bool {
    match (predicted, gold) {
        (None, None) => true,
        (Some(p), Some(g)) => {
            let g = content_words(g);
            content_words(p).iter().any(|w| g.contains(w))
        }
        _ => false,
    }
}

/// A factuality scale for the correlation: how far the text commits to the
/// event happening (1 fact, 0 unknown, -1 not happening).
fn factuality(certainty: &str) -> f64 {
    match certainty {
        "asserted" => 1.0,
        "reported" => 0.6,
        "alleged" => 0.4,
        "intended" => 0.3,
        "conditional" => 0.1,
        "denied" => -0.8,
        "negated" => -1.0,
        _ => 0.0,
    }
}

fn pearson(pairs: &[(f64, f64)]) -> f64 {
    let n = pairs.len().max(1) as f64;
    let (mx, my) = (pairs.iter().map(|p| p.0).sum::<f64>() / n, pairs.iter().map(|p| p.1).sum::<f64>() / n);
    let cov: f64 = pairs.iter().map(|(x, y)| (x - mx) * (y - my)).sum();
    let (vx, vy): (f64, f64) = (pairs.iter().map(|p| (p.0 - mx).powi(2)).sum(), pairs.iter().map(|p| (p.1 - my).powi(2)).sum());
    if vx == 0.0 || vy == 0.0 { 0.0 } else { cov / (vx * vy).sqrt() }
}

/// Agreement counts over a set of scored events (the whole file or one stratum).
#[derive(Default)]
struct Tally {
    scored: usize,
    speaker: usize,
    kind: usize,
    certainty: usize,
    factualities: Vec<(f64, f64)>,
}

impl Tally {
    fn add(&mut self, speaker: bool, kind: bool, certainty: bool, factuality: (f64, f64)) {
        self.scored += 1;
        self.speaker += speaker as usize;
        self.kind += kind as usize;
        self.certainty += certainty as usize;
        self.factualities.push(factuality);
    }

    fn share(&self, n: usize) -> f64 {
        n as f64 / self.scored.max(1) as f64
    }

    fn line(&self) -> String {
        format!(
            "{} events: speaker {:.3}, kind {:.3}, certainty {:.3}, r {:.3}",
            self.scored,
            self.share(self.speaker),
            self.share(self.kind),
            self.share(self.certainty),
            pearson(&self.factualities)
        )
    }
}

/// Kind and certainty misses counted by (gold, sitrep) value.
type Confusion<'a> = [std::collections::BTreeMap<(String, &'a str), usize>; 2];

fn print_confusion(indent: &str, confusion: &Confusion) {
    for (what, pairs) in ["kind", "certainty"].iter().zip(confusion) {
        let mut pairs: Vec<_> = pairs.iter().collect();
        pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let list: Vec<String> = pairs.iter().map(|((g, p), n)| format!("{g}->{p} {n}")).collect();
        println!("{indent}{what} misses, gold->sitrep: {}", list.join(", "));
    }
}

/// The shares of scored events whose speaker, kind and certainty agree with
/// the gold, and how many events were scored.
struct Scores {
    scored: usize,
    speaker: f64,
    kind: f64,
    certainty: f64,
}

/// Codes every sentence of `items` with `coder`, prints the figures (headed
/// by `label`), the strata, the confusions and every miss, and returns the
/// whole file's shares.
fn score(label: &str, items: &[Item], coder: &Coder) -> Scores {
    let mut scratch = Scratch::default();
    let mut strata: std::collections::BTreeMap<&str, Tally> = std::collections::BTreeMap::new();
    let (mut scored, mut speaker_ok, mut kind_ok, mut certainty_ok, mut found, mut should_find) = (0, 0, 0, 0, 0, 0);
    let (mut outside, mut factualities) = (0, Vec::new());
    // (gold, predicted) pairs that disagree, for kind and for certainty
    let mut confusion: Confusion = Default::default();
    // the same, stratum by stratum
    let mut stratum_confusion: std::collections::BTreeMap<&str, Confusion> = std::collections::BTreeMap::new();
    for item in items {
        let doc_id = item.id.split('#').next().unwrap_or(&item.id);
        let mut doc = Document::new(doc_id, format!("{}{}", item.before, item.text));
        doc.date = item.date;
        let mut events: Vec<Event> = Vec::new();
        coder.code(&doc, &mut scratch, &mut events);
        for e in events.iter().filter(|e| e.trigger[0] >= item.before.len()) {
            let Some(gold) = item
                .clauses
                .iter()
                .filter(|c| c.start <= e.trigger[0] && e.trigger[1] <= c.end)
                .min_by_key(|c| c.end - c.start)
            else {
                outside += 1;
                continue;
            };
            scored += 1;
            let predicted = e.attribution.text.as_deref();
            let speaker = same_speaker(predicted, gold.speaker.as_deref());
            let kind = e.attribution.kind.as_str() == gold.kind;
            let certainty = e.certainty.as_str() == gold.certainty;
            speaker_ok += speaker as usize;
            kind_ok += kind as usize;
            certainty_ok += certainty as usize;
            if gold.speaker.is_some() {
                should_find += 1;
                found += predicted.is_some() as usize;
            }
            factualities.push((factuality(e.certainty.as_str()), factuality(&gold.certainty)));
            for c in [&mut confusion, stratum_confusion.entry(item.stratum.as_str()).or_default()] {
                if !kind {
                    *c[0].entry((gold.kind.clone(), e.attribution.kind.as_str())).or_default() += 1;
                }
                if !certainty {
                    *c[1].entry((gold.certainty.clone(), e.certainty.as_str())).or_default() += 1;
                }
            }
            strata.entry(item.stratum.as_str()).or_default().add(
                speaker,
                kind,
                certainty,
                (factuality(e.certainty.as_str()), factuality(&gold.certainty)),
            );
            if !(speaker && kind && certainty) {
                println!(
                    "{} ({}) {:?} [{}]: speaker {:?}/{} vs gold {:?}/{}; certainty {} vs {}",
                    item.id,
                    item.stratum,
                    &doc.text[e.trigger[0]..e.trigger[1]],
                    e.cameo.as_str(),
                    predicted,
                    e.attribution.kind.as_str(),
                    gold.speaker,
                    gold.kind,
                    e.certainty.as_str(),
                    gold.certainty
                );
            }
        }
    }
    let share = |n: usize| n as f64 / scored.max(1) as f64;
    println!(
        "{label}: {} sentences, {} clauses; {scored} events in an annotated clause ({outside} outside any)",
        items.len(),
        items.iter().map(|i| i.clauses.len()).sum::<usize>()
    );
    println!(
        "speaker {:.3}, kind {:.3}, certainty {:.3}; a speaker found for {found} of {should_find} events the gold credits; certainty ~ gold factuality r {:.3}",
        share(speaker_ok),
        share(kind_ok),
        share(certainty_ok),
        pearson(&factualities)
    );
    for (stratum, tally) in &strata {
        println!("  stratum {stratum}: {}", tally.line());
        if let Some(c) = stratum_confusion.get(stratum) {
            print_confusion("    ", c);
        }
    }
    print_confusion("  ", &confusion);
    Scores { scored, speaker: share(speaker_ok), kind: share(kind_ok), certainty: share(certainty_ok) }
}

#[test]
fn attribution_gold_scores_stay_above_their_floors() {
    let items = load("attribution-en.jsonl");
    assert!(items.len() >= 150, "the attribution gold has {} sentences", items.len());
    let coder = Coder::new(Arc::new(Lexicon::builtin().expect("built-in lexicon")));
    let Scores { scored, speaker, kind, certainty } = score("attribution gold", &items, &coder);
    assert!(scored >= 30, "only {scored} events fell in an annotated clause");
    assert!(speaker >= FLOOR_SPEAKER, "speaker {speaker:.3} fell below {FLOOR_SPEAKER}");
    assert!(kind >= FLOOR_KIND, "kind {kind:.3} fell below {FLOOR_KIND}");
    assert!(certainty >= FLOOR_CERTAINTY, "certainty {certainty:.3} fell below {FLOOR_CERTAINTY}");
}

/// The French attribution development set (`tests/gold/attribution-fr.jsonl`)
/// through the French coder, scored as the English one.
#[test]
fn french_attribution_gold_scores_stay_above_their_floors() {
    let items = load("attribution-fr.jsonl");
    assert!(items.len() >= 120, "the French attribution gold has {} sentences", items.len());
    let coder = Coder::new(Arc::new(Lexicon::builtin_in(sitrep_lexicon::Language::French).expect("built-in French lexicon")));
    let Scores { scored, speaker, kind, certainty } = score("French attribution gold", &items, &coder);
    // the French coder codes few events yet: 14 when the set was written
    assert!(scored >= 10, "only {scored} events fell in an annotated French clause");
    assert!(speaker >= FRENCH_FLOOR_SPEAKER, "French speaker {speaker:.3} fell below {FRENCH_FLOOR_SPEAKER}");
    assert!(kind >= FRENCH_FLOOR_KIND, "French kind {kind:.3} fell below {FRENCH_FLOOR_KIND}");
    assert!(certainty >= FRENCH_FLOOR_CERTAINTY, "French certainty {certainty:.3} fell below {FRENCH_FLOOR_CERTAINTY}");
}

// Floors 0.05 under the figures measured with the wire52 stratum added,
// its five plain corrections and its round's cue row ("official" as an
// anonymous source) in (branch a5 on main 3b87322; 536 events: speaker
// 0.769, kind 0.703, certainty 0.769, r 0.654; wire52 alone, 77 events:
// 0.883, 0.766, 0.740, r 0.752). wire52 as first annotated, blind, on main
// 3b87322: 0.870, 0.701, 0.714, r 0.655 (whole file 0.767, 0.692, 0.767, r
// 0.638). The certainty floor is lower than before (0.725): the new
// stratum's certainty is under the file's, its misses structure (a
// condition clause after a reported "would", a modal reaching a
// participle adjunct, a gerund subject of "will").
// The floors before wire52 were 0.699, 0.642, 0.725, set 0.05 under the
// figures measured with the wire50 stratum added,
// its seven plain corrections and its round's cue rows in (branch a4 on
// main 8c353e5; 458 events: speaker 0.749, kind 0.692, certainty 0.775, r
// 0.634; wire50 alone, 92 events: 0.728, 0.685, 0.717, r 0.515). wire50 as
// first annotated, blind, on main 8c353e5: 0.685, 0.630, 0.674, r 0.483
// (whole file 0.740, 0.681, 0.766, r 0.624; the file without wire50, 366
// events: 0.754, 0.694, 0.790, r 0.682). Most of wire50's misses are
// structure: a negation or modal reaching an adjunct instead of its
// coordinated or purpose verb, a later reporting clause taking the first
// conjunct, a nominal subject of "will"/"would".
// The floors before wire50 were 0.709, 0.640, 0.734, set 0.05 under the
// figures measured with the wire46 stratum added,
// its three plain corrections and its round's cue rows in, with main merged
// at 2ffb93e (361 events: speaker 0.759, kind 0.690, certainty 0.784, r
// 0.678; wire46 alone, 85 events: 0.706, 0.694, 0.788, r 0.848; main alone
// with the same gold: 0.759, 0.690, 0.781, r 0.672). Branch a3 before the
// merge (on main c22e91e), 354 events: 0.760, 0.692, 0.794, r 0.733. The
// drop comes from fd654ca's act nouns: five of the six events they add are
// nouns inside a clause the gold gives one certainty as a whole ("denied
// published reports that Weinberger sought air cover ... from attacks by
// Iran and Iraq" denied, "had failed to deter further chemical attacks"
// negated, "a source of potential attack" asserted, "the proposed
// deployment ... is also likely to be discussed" reported), where the
// coder's asserted, conditional or intended is the noun's own: the gold's
// clause is too coarse there. wire46 as first annotated, blind, on c22e91e:
// 0.702, 0.690, 0.774, r 0.838 (whole file 0.760, 0.692, 0.788, r 0.726).
// The floors before wire46 were 0.735, 0.629, 0.739 (wire43's round: 265
// events at 0.785, 0.679, 0.789, r 0.666).
const FLOOR_SPEAKER: f64 = 0.719;
const FLOOR_KIND: f64 = 0.653;
const FLOOR_CERTAINTY: f64 = 0.719;

// French floors 0.05 under the figures first measured, the set as annotated
// blind (2026-12-06, branch frattgold on main d16b7e1; 200 sentences, 297
// clauses; 14 events in an annotated clause: speaker 0.786, kind 0.500,
// certainty 0.857, r -0.077; orangesum 10 events: 0.800, 0.500, 0.900;
// masakhane 4 events: 0.750, 0.500, 0.750). With 14 events one event moves a
// share by 0.071: the floors catch a collapse, not a drift. The certainty
// floor was 0.807 until the French parser gained the Lefff's word classes
// (2026-12-07): a fifteenth event came into an annotated clause (an
// agreement the gold reads intended, sitrep asserted) and certainty fell to
// 12 of 15 (0.800) with the same 12 right; the floor is now 0.05 under that.
const FRENCH_FLOOR_SPEAKER: f64 = 0.736;
const FRENCH_FLOOR_KIND: f64 = 0.450;
const FRENCH_FLOOR_CERTAINTY: f64 = 0.750;
