//! Scoring a model against gold trees with gold tokens, the way CoNLL 2018
//! scores parsers given gold tokenisation: every word counts, punctuation
//! included; LAS compares universal relations (`obl:agent` = `obl`), and
//! the full labels are reported beside it.

use crate::analysis::Analysis;
use crate::conllu::Sentence;
use crate::model::{Model, Scratch};

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    pub sentences: usize,
    pub words: usize,
    pub upos: f64,
    pub lemma: f64,
    pub uas: f64,
    /// Universal relation and head right (CoNLL 2018 LAS).
    pub las: f64,
    /// Full relation (with subtype) and head right.
    pub las_full: f64,
}

impl std::fmt::Display for Scores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} sentences, {} words: UPOS {:.2}  lemma {:.2}  UAS {:.2}  LAS {:.2}  LAS (full labels) {:.2}",
            self.sentences,
            self.words,
            100.0 * self.upos,
            100.0 * self.lemma,
            100.0 * self.uas,
            100.0 * self.las,
            100.0 * self.las_full
        )
    }
}

fn universal(label: &str) -> &str {
    label.split(':').next().unwrap_or(label)
}

/// Per gold universal relation: (relation, words, head right, head and
/// relation right), most frequent first.
pub fn by_relation(model: &Model, gold: &[Sentence]) -> Vec<(String, usize, usize, usize)> {
    let mut scratch = Scratch::default();
    let mut a = Analysis::default();
    let mut table: std::collections::BTreeMap<String, (usize, usize, usize)> = Default::default();
    for s in gold.iter().filter(|s| !s.words.is_empty()) {
        let forms: Vec<&str> = s.forms().collect();
        model.analyse_words(&forms, &mut scratch, &mut a);
        for (i, w) in s.words.iter().enumerate() {
            let head_right = a.head(i).map_or(0, |h| h + 1) == w.head.unwrap_or(usize::MAX);
            let e = table.entry(universal(&w.deprel).to_owned()).or_default();
            e.0 += 1;
            e.1 += head_right as usize;
            e.2 += (head_right && universal(a.deprel(i)) == universal(&w.deprel)) as usize;
        }
    }
    let mut rows: Vec<_> = table
        .into_iter()
        .map(|(k, (n, h, l))| (k, n, h, l))
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    rows
}

pub fn evaluate(model: &Model, gold: &[Sentence]) -> Scores {
    let mut scratch = Scratch::default();
    let mut a = Analysis::default();
    let mut counts = [0usize; 5];
    let mut words = 0;
    let mut sentences = 0;
    for s in gold.iter().filter(|s| !s.words.is_empty()) {
        sentences += 1;
        let forms: Vec<&str> = s.forms().collect();
        model.analyse_words(&forms, &mut scratch, &mut a);
        for (i, w) in s.words.iter().enumerate() {
            words += 1;
            let head_right = a.head(i).map_or(0, |h| h + 1) == w.head.unwrap_or(usize::MAX);
            counts[0] += (a.upos(i) == w.upos) as usize;
            counts[1] += (a.lemma(i) == w.lemma) as usize;
            counts[2] += head_right as usize;
            counts[3] += (head_right && universal(a.deprel(i)) == universal(&w.deprel)) as usize;
            counts[4] += (head_right && a.deprel(i) == w.deprel) as usize;
        }
    }
    let r = |c: usize| c as f64 / words.max(1) as f64;
    Scores {
        sentences,
        words,
        upos: r(counts[0]),
        lemma: r(counts[1]),
        uas: r(counts[2]),
        las: r(counts[3]),
        las_full: r(counts[4]),
    }
}
