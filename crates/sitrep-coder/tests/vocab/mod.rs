//! What the blind vocabulary checks share: `vocab_check.rs` (English,
//! `tests/gold/vocab-check-en.tsv`) and `vocab_check_fr.rs` (French,
//! `tests/gold/vocab-check-fr.tsv`) read the same line format and print and
//! check the same figures per block (exact / root only / other root / no
//! event per root, the relaxed P/R/F1 of root and of root with actors, the
//! misses, the no-event lines that give an event, a floor and a ceiling per
//! block); each test only names its file, its coder and its limits.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use sitrep_coder::{Coder, Scratch};
use sitrep_model::Document;


#[derive(Default)]
pub struct Tally {
    exact: usize,
    root: usize,
    other: usize,
    none: usize,
}

impl Tally {
    fn total(&self) -> usize {
        self.exact + self.root + self.other + self.none
    }

    fn add(&mut self, t: &Tally) {
        self.exact += t.exact;
        self.root += t.root;
        self.other += t.other;
        self.none += t.none;
    }
}

#[derive(Default)]
pub struct Block {
    by_root: BTreeMap<String, Tally>,
    no_event_rows: usize,
    false_events: Vec<String>,
    misses: Vec<String>,
    /// Each sentence with its gold events (code, source, target), in the
    /// order first seen; a `#-` sentence has none.
    gold: Vec<(String, Vec<[String; 3]>)>,
}

/// Counts of the relaxed measure: matched, predicted, gold.
#[derive(Default, Clone, Copy)]
pub struct Relaxed {
    matched: usize,
    predicted: usize,
    gold: usize,
}

impl Relaxed {
    fn add(&mut self, other: Relaxed) {
        self.matched += other.matched;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    fn line(&self) -> String {
        let p = self.matched as f64 / self.predicted.max(1) as f64;
        let r = self.matched as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        format!("P {p:.3} R {r:.3} F1 {f:.3} (matched {}, predicted {}, gold {})", self.matched, self.predicted, self.gold)
    }
}

/// Matches between two lists of keys, each key used once.
pub fn matched<K: PartialEq>(gold: &[K], predicted: &[K]) -> usize {
    let mut used = vec![false; predicted.len()];
    gold.iter().filter(|g| predicted.iter().enumerate().position(|(i, p)| !used[i] && p == *g).map(|i| used[i] = true).is_some()).count()
}

/// The relaxed measure of one block: [root, root with actors].
pub fn relaxed(block: &Block, code: &mut impl FnMut(&str) -> Vec<sitrep_model::Event>) -> [Relaxed; 2] {
    let prefix = |c: &str| c.chars().take(3).collect::<String>();
    let mut out = [Relaxed::default(); 2];
    for (sentence, gold) in &block.gold {
        let events = code(sentence);
        let actor = |a: &Option<sitrep_model::Actor>| a.as_ref().and_then(|a| a.code.as_ref()).map_or("-".to_owned(), |c| prefix(c.as_str()));
        let predicted: Vec<[String; 3]> = events.iter().map(|e| [e.cameo.root().to_owned(), actor(&e.source), actor(&e.target)]).collect();
        let gold: Vec<[String; 3]> = gold.iter().map(|[c, s, t]| [c.chars().take(2).collect(), prefix(s), prefix(t)]).collect();
        let roots = |v: &[[String; 3]]| v.iter().map(|k| k[0].clone()).collect::<Vec<_>>();
        for (i, (g, p)) in [(roots(&gold), roots(&predicted))].into_iter().enumerate() {
            out[i].add(Relaxed { matched: matched(&g, &p), predicted: p.len(), gold: g.len() });
        }
        out[1].add(Relaxed { matched: matched(&gold, &predicted), predicted: predicted.len(), gold: gold.len() });
    }
    out
}

/// What one check file is checked with.
pub struct Check<'a> {
    /// The file under the repository root (`tests/gold/vocab-check-en.tsv`).
    pub file: &'a str,
    /// The name of the rows before the first `# ---… round N` line.
    pub first_block: &'a str,
    /// Share of a block's rows that must give their exact code, by block.
    pub floors: &'a [(&'a str, f64)],
    /// Share of a block's `#-` lines that may give an event, by block.
    pub ceilings: &'a [(&'a str, f64)],
    /// The blocks summed at the end (those whose name holds the first
    /// string) and the label of the sum (`all blind wire blocks`).
    pub sum: (&'a str, &'a str),
}

/// Codes every row of the check file, prints each block's figures and the
/// sum, and fails the test when a block is below its floor or above its
/// ceiling. A block with no rows at all is not printed.
pub fn run(check: &Check, coder: &Coder) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").join(check.file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", check.file));
    let mut scratch = Scratch::default();
    let mut blocks: Vec<(String, Block)> = vec![(check.first_block.to_owned(), Block::default())];
    let mut code = |sentence: &str| {
        let doc = Document::new("check", sentence);
        let mut events = Vec::new();
        coder.code(&doc, &mut scratch, &mut events);
        events
    };
    for (line, row) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        if let Some(name) = row.strip_prefix("# ").and_then(|r| r.trim_start_matches('-').strip_prefix(' ')).filter(|n| n.starts_with("round ")) {
            blocks.push((name.trim().to_owned(), Block::default()));
            continue;
        }
        let block = &mut blocks.last_mut().expect("a block").1;
        if let Some(rest) = row.strip_prefix("#-\t") {
            let sentence = rest.split('\t').next().unwrap_or("");
            block.no_event_rows += 1;
            if !block.gold.iter().any(|(s, _)| s == sentence) {
                block.gold.push((sentence.to_owned(), Vec::new()));
            }
            let events = code(sentence);
            if !events.is_empty() {
                let got: Vec<&str> = events.iter().map(|e| e.cameo.as_str()).collect();
                block.false_events.push(format!("  none got {got:?}: {sentence}"));
            }
            continue;
        }
        if row.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = row.split('\t').collect();
        assert!(cols.len() >= 2 && cols[1].len() >= 2, "{}:{}: needs a sentence and a code", check.file, line + 1);
        let (sentence, expected) = (cols[0], cols[1]);
        let gold_event = [expected.to_owned(), cols.get(2).unwrap_or(&"-").to_string(), cols.get(3).unwrap_or(&"-").to_string()];
        match block.gold.iter_mut().find(|(s, _)| s == sentence) {
            Some((_, events)) => events.push(gold_event),
            None => block.gold.push((sentence.to_owned(), vec![gold_event])),
        }
        let events = code(sentence);
        let tally = block.by_root.entry(expected.chars().take(2).collect()).or_default();
        if events.iter().any(|e| e.cameo.as_str() == expected) {
            tally.exact += 1;
            continue;
        }
        if events.iter().any(|e| e.cameo.root() == &expected[..2]) {
            tally.root += 1;
        } else if events.is_empty() {
            tally.none += 1;
        } else {
            tally.other += 1;
        }
        let got: Vec<&str> = events.iter().map(|e| e.cameo.as_str()).collect();
        block.misses.push(format!("  {expected} got {got:?}: {sentence}"));
    }
    let mut failures = Vec::new();
    let mut summed = [Relaxed::default(); 2];
    for (name, block) in &blocks {
        if block.gold.is_empty() && block.by_root.is_empty() {
            continue;
        }
        let mut all = Tally::default();
        println!("== {name}\nroot  exact  root only  other root  no event  (sentences)");
        for (root, t) in &block.by_root {
            println!("{root}    {:5}  {:9}  {:10}  {:8}  ({})", t.exact, t.root, t.other, t.none, t.total());
            all.add(t);
        }
        let exact = all.exact as f64 / all.total().max(1) as f64;
        println!("all   {:5}  {:9}  {:10}  {:8}  ({}): exact {exact:.3}", all.exact, all.root, all.other, all.none, all.total());
        let [root, actors] = relaxed(block, &mut code);
        println!("relaxed: root {}; root and actors {}", root.line(), actors.line());
        if name.contains(check.sum.0) {
            summed[0].add(root);
            summed[1].add(actors);
        }
        println!("misses:\n{}", block.misses.join("\n"));
        if let Some((_, floor)) = check.floors.iter().find(|(n, _)| n == name) {
            if exact < *floor {
                failures.push(format!("{name}: exact code for {exact:.3} of the sentences, below the floor {floor}"));
            }
        }
        if block.no_event_rows > 0 {
            let share = block.false_events.len() as f64 / block.no_event_rows as f64;
            println!("sentences with no event that give one: {} of {} ({share:.3})\n{}", block.false_events.len(), block.no_event_rows, block.false_events.join("\n"));
            if let Some((_, ceiling)) = check.ceilings.iter().find(|(n, _)| n == name) {
                if share > *ceiling {
                    failures.push(format!("{name}: {share:.3} of the sentences with no event give one, above the ceiling {ceiling}"));
                }
            }
        }
    }
    println!("== {}, relaxed: root {}; root and actors {}", check.sum.1, summed[0].line(), summed[1].line());
    assert!(failures.is_empty(), "{}", failures.join("; "));
}
