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

/// Scores of a model reading raw text (each sentence's `# text`), its own
/// words aligned to the gold words as CoNLL 2018 aligns a system's words:
/// here by the longest common subsequence of lower-cased forms, which is
/// that alignment where the two tokenisations agree on the forms (a split
/// contraction's words are the treebank's forms, `à` `le`). Each figure is
/// an F1: right words over the system's words and over the gold words.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TextScores {
    pub sentences: usize,
    pub gold_words: usize,
    pub system_words: usize,
    /// Words aligned (the words' F1).
    pub words: f64,
    pub upos: f64,
    pub uas: f64,
    pub las: f64,
    /// Gold multiword tokens (not at an apostrophe) whose words the text's
    /// reading gave exactly, and how many there were; and how many tokens
    /// the reading split where the gold keeps one word.
    pub contractions_right: usize,
    pub contractions: usize,
    pub contractions_wrongly_split: usize,
}

impl std::fmt::Display for TextScores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} sentences, {} gold words, {} system words (F1): words {:.2}  UPOS {:.2}  UAS {:.2}  LAS {:.2}; contractions {} of {} expanded right, {} split wrongly",
            self.sentences,
            self.gold_words,
            self.system_words,
            100.0 * self.words,
            100.0 * self.upos,
            100.0 * self.uas,
            100.0 * self.las,
            self.contractions_right,
            self.contractions,
            self.contractions_wrongly_split
        )
    }
}

/// Pairs (system word, gold word) of the longest common subsequence of
/// the two form sequences (lower-cased), in order.
fn align(system: &[String], gold: &[String]) -> Vec<(usize, usize)> {
    let (n, m) = (system.len(), gold.len());
    // lcs[i][j]: the longest common subsequence of system[i..], gold[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if system[i] == gold[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while i < n && j < m {
        if system[i] == gold[j] {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

/// Reads each gold sentence's `# text` with `Model::analyse_text` and
/// scores the result against the gold tree (`TextScores`). Sentences
/// without a `# text` comment are skipped.
pub fn evaluate_text(model: &Model, gold: &[Sentence]) -> TextScores {
    use crate::conllu::Line;
    let mut scratch = Scratch::default();
    let mut a = Analysis::default();
    let mut t = TextScores::default();
    let (mut aligned, mut upos, mut uas, mut las) = (0usize, 0usize, 0usize, 0usize);
    for s in gold.iter().filter(|s| !s.words.is_empty()) {
        let Some(text) = s.lines.iter().find_map(|l| match l {
            Line::Comment(c) => c.strip_prefix("# text = "),
            _ => None,
        }) else {
            continue;
        };
        t.sentences += 1;
        model.analyse_text(text, 0..text.len(), &mut scratch, &mut a);
        let system: Vec<String> = (0..a.len()).map(|i| a.form(i).to_lowercase()).collect();
        let gold_forms: Vec<String> = s.words.iter().map(|w| w.form.to_lowercase()).collect();
        t.gold_words += gold_forms.len();
        t.system_words += system.len();
        let pairs = align(&system, &gold_forms);
        let mut gold_of = vec![None; system.len()];
        for &(i, j) in &pairs {
            gold_of[i] = Some(j);
        }
        aligned += pairs.len();
        for &(i, j) in &pairs {
            let w = &s.words[j];
            upos += (a.upos(i) == w.upos) as usize;
            let head_right = match (a.head(i), w.head) {
                (None, Some(0)) => true,
                (Some(h), Some(g)) if g > 0 => gold_of[h] == Some(g - 1),
                _ => false,
            };
            uas += head_right as usize;
            las += (head_right && universal(a.deprel(i)) == universal(&w.deprel)) as usize;
        }
        // Contractions: a gold multiword token's words all aligned to the
        // words of one token of the reading.
        let system_tokens: Vec<std::ops::Range<usize>> = a.multiword_tokens().collect();
        for (first, last, surface) in s.multiword_tokens() {
            if surface.chars().any(crate::words::is_apostrophe) {
                continue;
            }
            t.contractions += 1;
            let words: Vec<usize> = (first..=last)
                .filter_map(|j| pairs.iter().find(|p| p.1 == j).map(|p| p.0))
                .collect();
            if words.len() == last - first + 1
                && system_tokens.iter().any(|r| r.start == words[0] && r.end == words[words.len() - 1] + 1)
            {
                t.contractions_right += 1;
            }
        }
        let in_gold_token = |j: usize| s.multiword_tokens().any(|(f, l, _)| (f..=l).contains(&j));
        for r in &system_tokens {
            if (r.start..r.end).any(|i| gold_of[i].is_none_or(|j| !in_gold_token(j))) {
                t.contractions_wrongly_split += 1;
            }
        }
    }
    let f1 = |c: usize| {
        let p = c as f64 / t.system_words.max(1) as f64;
        let r = c as f64 / t.gold_words.max(1) as f64;
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    };
    t.words = f1(aligned);
    t.upos = f1(upos);
    t.uas = f1(uas);
    t.las = f1(las);
    t
}
