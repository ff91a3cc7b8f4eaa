//! Learning word clusters from raw text with the exchange algorithm, in
//! its predictive form (Uszkoreit and Brants 2008): a class bigram model
//! P(w | v) = P(class(w) | v) P(w | class(w)), each word moved in turn to
//! the class that most raises the text's likelihood. Deterministic: words
//! are visited by frequency, ties go to the lower class.

use rustc_hash::FxHashMap;

use crate::clusters::{Clusters, MAX_COARSE, MAX_FINE};
use crate::lexical::{fold_lower, WordHashes};
use crate::SyntaxError;

/// Word bigram counts of a text, words as the parser sees them (lower
/// case, digits as 0).
#[derive(Default)]
pub struct Corpus {
    ids: FxHashMap<String, u32>,
    words: Vec<String>,
    counts: Vec<u64>,
    bigrams: FxHashMap<(u32, u32), u32>,
    lower: String,
}

/// The predecessor of a sentence's first word.
const START: &str = "<s>";

impl Corpus {
    fn id(&mut self, lower: &str) -> u32 {
        if let Some(&id) = self.ids.get(lower) {
            return id;
        }
        let id = self.words.len() as u32;
        self.ids.insert(lower.to_owned(), id);
        self.words.push(lower.to_owned());
        self.counts.push(0);
        id
    }

    /// Counts one sentence's (or document's) words.
    pub fn add<'a>(&mut self, words: impl IntoIterator<Item = &'a str>) {
        let mut previous = self.id(START);
        for w in words {
            let mut lower = std::mem::take(&mut self.lower);
            fold_lower(w, &mut lower);
            let id = self.id(&lower);
            self.lower = lower;
            self.counts[id as usize] += 1;
            *self.bigrams.entry((previous, id)).or_insert(0) += 1;
            previous = id;
        }
    }

    pub fn n_words(&self) -> u64 {
        self.counts.iter().sum()
    }
}

/// The words of a treebank and of raw text (one document a line,
/// tokenised as `Model::analyse_text` does, with the clitics the treebank
/// splits split off).
pub fn corpus_of(treebank: &super::Treebank, text: &str) -> Corpus {
    let mut corpus = Corpus::default();
    for s in &treebank.sentences {
        corpus.add(s.words.iter().map(|w| w.form.as_str()));
    }
    let (suffixes, prefixes) = super::clitics::learn(&treebank.sentences);
    let (mut tokens, mut spans) = (sitrep_text::Tokens::default(), Vec::new());
    for line in text.lines() {
        tokens.clear();
        sitrep_text::tokenise(line, 0..line.len(), &mut tokens);
        spans.clear();
        for t in tokens.as_slice() {
            crate::words::split_token(
                line,
                t.start as usize,
                t.end as usize,
                &suffixes,
                &prefixes,
                &mut spans,
            );
        }
        corpus.add(spans.iter().map(|&(a, b)| &line[a as usize..b as usize]));
    }
    corpus
}

/// Words seen at least `min_count` times, most frequent first, with their
/// class among `n_classes`, after `iterations` passes of exchange.
pub fn exchange(
    corpus: &Corpus,
    n_classes: usize,
    min_count: u64,
    iterations: usize,
    log: &mut dyn FnMut(&str),
) -> Vec<(String, u64, u16)> {
    // Frequent words keep their own ids (0..n_kept, most frequent first);
    // the rest share one more, a word like the others; `<s>` is a context
    // only.
    let mut order: Vec<u32> = (0..corpus.words.len() as u32)
        .filter(|&i| corpus.words[i as usize] != START)
        .collect();
    order.sort_by(|&a, &b| {
        corpus.counts[b as usize]
            .cmp(&corpus.counts[a as usize])
            .then_with(|| corpus.words[a as usize].cmp(&corpus.words[b as usize]))
    });
    let n_kept = order
        .iter()
        .take_while(|&&i| corpus.counts[i as usize] >= min_count)
        .count();
    let (rare, start) = (n_kept as u32, n_kept as u32 + 1);
    let mut new_id = vec![rare; corpus.words.len()];
    for (k, &i) in order[..n_kept].iter().enumerate() {
        new_id[i as usize] = k as u32;
    }
    new_id[corpus.ids[START] as usize] = start;
    let n_words = n_kept + 2;
    // Each word's predecessors and how often, sorted for determinism.
    let mut pairs: FxHashMap<(u32, u32), u64> = FxHashMap::default();
    for (&(v, w), &n) in &corpus.bigrams {
        *pairs
            .entry((new_id[w as usize], new_id[v as usize]))
            .or_insert(0) += n as u64;
    }
    let mut pairs: Vec<((u32, u32), u64)> = pairs.into_iter().collect();
    pairs.sort_unstable();
    let mut first = vec![0usize; n_words + 1];
    for &((w, _), _) in &pairs {
        first[w as usize + 1] += 1;
    }
    for k in 0..n_words {
        first[k + 1] += first[k];
    }
    let successor_count: Vec<u64> = (0..n_words)
        .map(|w| pairs[first[w]..first[w + 1]].iter().map(|p| p.1).sum())
        .collect();

    let c = n_classes;
    let mut class: Vec<u16> = (0..n_words).map(|w| (w % c) as u16).collect();
    let mut pred_class = vec![0u64; n_words * c];
    let mut class_count = vec![0u64; c];
    for &((w, v), n) in &pairs {
        pred_class[v as usize * c + class[w as usize] as usize] += n;
    }
    for w in 0..n_words {
        class_count[class[w] as usize] += successor_count[w];
    }
    let f = |x: u64| {
        if x == 0 {
            0.0
        } else {
            x as f64 * (x as f64).ln()
        }
    };
    let mut delta = vec![0f64; c];
    for iteration in 0..iterations {
        let mut moved = 0usize;
        for w in 0..=n_kept {
            let preds = &pairs[first[w]..first[w + 1]];
            let nw = successor_count[w];
            if nw == 0 {
                continue;
            }
            let a = class[w] as usize;
            for &((_, v), n) in preds {
                pred_class[v as usize * c + a] -= n;
            }
            class_count[a] -= nw;
            for (b, d) in delta.iter_mut().enumerate() {
                *d = f(class_count[b]) - f(class_count[b] + nw);
            }
            for &((_, v), n) in preds {
                let row = &pred_class[v as usize * c..(v as usize + 1) * c];
                let fresh = f(n);
                for (d, &r) in delta.iter_mut().zip(row) {
                    *d += if r == 0 { fresh } else { f(r + n) - f(r) };
                }
            }
            let mut best = a;
            for (b, &d) in delta.iter().enumerate() {
                if d > delta[best] + 1e-9 {
                    best = b;
                }
            }
            if best != a {
                moved += 1;
            }
            class[w] = best as u16;
            for &((_, v), n) in preds {
                pred_class[v as usize * c + best] += n;
            }
            class_count[best] += nw;
        }
        log(&format!(
            "  clusters ({c}): pass {}, {moved} of {n_kept} words moved",
            iteration + 1
        ));
        if moved == 0 {
            break;
        }
    }
    order[..n_kept]
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            (
                corpus.words[i as usize].clone(),
                corpus.counts[i as usize],
                class[k],
            )
        })
        .collect()
}

/// How many classes each granularity gets (at most `MAX_FINE` and
/// `MAX_COARSE`; fewer leave room for classes from elsewhere, such as a
/// word list's, in the same file).
#[derive(Debug, Clone, Copy)]
pub struct ClassCounts {
    pub fine: u16,
    pub coarse: u16,
}

impl Default for ClassCounts {
    fn default() -> Self {
        Self {
            fine: MAX_FINE,
            coarse: MAX_COARSE,
        }
    }
}

/// Fine and coarse clusters of the corpus's words, as TSV lines
/// `word<TAB>fine<TAB>coarse<TAB>count`, most frequent first.
pub fn learn_tsv(
    corpus: &Corpus,
    min_count: u64,
    iterations: usize,
    counts: ClassCounts,
    log: &mut dyn FnMut(&str),
) -> String {
    let fine = counts.fine.clamp(1, MAX_FINE) as usize;
    let coarse = counts.coarse.clamp(1, MAX_COARSE) as usize;
    let fine = exchange(corpus, fine, min_count, iterations, log);
    let coarse = exchange(corpus, coarse, min_count, iterations, log);
    let mut out = String::new();
    for ((word, count, f), (_, _, k)) in fine.iter().zip(&coarse) {
        out.push_str(&format!("{word}\t{f}\t{k}\t{count}\n"));
    }
    out
}

/// Reads `learn_tsv`'s output.
pub fn read_tsv(text: &str, what: &str) -> Result<Clusters, SyntaxError> {
    let (mut lower, mut chars) = (String::new(), Vec::new());
    let mut entries = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let bad = |message: &str| SyntaxError::Io {
            path: what.to_owned(),
            message: format!("line {}: {message}", i + 1),
        };
        let fields: Vec<&str> = line.split('\t').collect();
        let [word, fine, coarse, ..] = fields[..] else {
            return Err(bad("wants word, fine cluster, coarse cluster"));
        };
        let fine: u16 = fine.parse().map_err(|_| bad("fine cluster"))?;
        let coarse: u16 = coarse.parse().map_err(|_| bad("coarse cluster"))?;
        entries.push((
            WordHashes::of(word, &mut lower, &mut chars).lower,
            fine,
            coarse,
        ));
    }
    Clusters::new(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words that follow the same words end in the same class.
    #[test]
    fn words_in_the_same_contexts_cluster_together() {
        let mut corpus = Corpus::default();
        for _ in 0..20 {
            for (a, b) in [("the", "cat"), ("the", "dog"), ("we", "ran"), ("we", "sat")] {
                corpus.add([a, b, "."]);
            }
        }
        let classes = exchange(&corpus, 3, 1, 10, &mut |_| {});
        let class = |w: &str| classes.iter().find(|c| c.0 == w).unwrap().2;
        assert_eq!(class("cat"), class("dog"));
        assert_eq!(class("ran"), class("sat"));
        assert_ne!(class("cat"), class("ran"));
    }

    /// `learn_tsv` keeps within the class counts it is given.
    #[test]
    fn fewer_classes_stay_below_their_count() {
        let mut corpus = Corpus::default();
        for i in 0..200 {
            // Letters, not digits: the corpus folds digits to 0.
            let (a, b) = ("a".repeat(i % 37 + 1), "b".repeat(i % 41 + 1));
            corpus.add([a.as_str(), b.as_str(), "."]);
        }
        let counts = ClassCounts { fine: 5, coarse: 2 };
        let tsv = learn_tsv(&corpus, 1, 3, counts, &mut |_| {});
        assert!(tsv.lines().count() > 70);
        for line in tsv.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            assert!(f[1].parse::<u16>().unwrap() < 5, "{line}");
            assert!(f[2].parse::<u16>().unwrap() < 2, "{line}");
        }
    }
}
