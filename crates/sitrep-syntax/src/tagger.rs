//! Part-of-speech tagging: greedy left to right, an averaged perceptron over
//! the word, its neighbours, its letters and the two tags before it (and
//! the words' clusters, `clusters`, where the model has them). Words
//! that the training data tags one way almost always (a tag dictionary)
//! skip the classifier.

use rustc_hash::FxHashMap;

use crate::clusters::{MAX_COARSE, MAX_FINE};
use crate::hashing::hash_small;
use crate::lexical::WordHashes;
use crate::scorer::{small_domain, Domains, Scorer};
use crate::templates::Templates;
use crate::weights::Weights;

/// The atoms tagger templates may combine, by name.
pub const ATOMS: &[&str] = &[
    "bias", "w-2", "w-1", "w0", "w+1", "w+2", "f0", "s1", "s2", "s3", "s4", "p1", "p2", "p3",
    "sh-1", "sh0", "sh+1", "s3-1", "s3+1", "s3+2", "t-1", "t-2", "t+1", "t+2", "c-1", "c0", "c+1",
    "k-1", "k0", "k+1",
];

/// Where the word clusters' atoms start (fine for the words before, at
/// and after, then coarse).
const CLUSTER_BASE: usize = 24;

const NONE: u64 = 0x5EED_0000_0000_0001;
const TAG_DOMAIN: u64 = 101;
const CLUSTER_DOMAIN: u64 = 103;
const COARSE_DOMAIN: u64 = 104;

/// What the atoms with few values can be (`scorer`), by small index: the
/// bias; the tags before (none for the first, none for the second word,
/// then every tag); the tags after (no first pass, none for the last, none
/// for the one before, then every tag).
pub fn domains(n_tags: usize) -> Domains {
    let mut d: Domains = vec![None; ATOMS.len()];
    d[0] = Some(vec![1]);
    let before = small_domain(TAG_DOMAIN, [1001, 1002].into_iter().chain(0..n_tags as u64));
    d[20] = before.clone();
    d[21] = before;
    let mut after = vec![NONE];
    after.extend(
        small_domain(
            TAG_DOMAIN + 1,
            [1001, 1002].into_iter().chain(0..n_tags as u64),
        )
        .into_iter()
        .flatten(),
    );
    d[22] = Some(after.clone());
    d[23] = Some(after);
    // Clusters: none (no word there), then the word's (`WordHashes`).
    for k in 0..3 {
        d[CLUSTER_BASE + k] = small_domain(CLUSTER_DOMAIN, 0..MAX_FINE as u64 + 2);
        d[CLUSTER_BASE + 3 + k] = small_domain(COARSE_DOMAIN, 0..MAX_COARSE as u64 + 2);
    }
    d
}

/// Fills `atoms` (length `ATOMS.len()`) for word `i`, given the tags already
/// chosen for the words before it and, in the second pass, the first pass's
/// tags for the words after it (`t+1`, `t+2`); and the small index of each
/// atom that has one (see `domains`) in `small`.
pub fn atoms(
    words: &[WordHashes],
    tags: &[u8],
    ahead: Option<&[u8]>,
    i: usize,
    atoms: &mut [u64],
    small: &mut [u16],
) {
    let at = |d: isize| -> Option<&WordHashes> {
        let j = i as isize + d;
        (j >= 0 && (j as usize) < words.len()).then(|| &words[j as usize])
    };
    let tag = |d: usize| -> (u64, u16) {
        if i >= d {
            (
                hash_small(TAG_DOMAIN, tags[i - d] as u64),
                2 + tags[i - d] as u16,
            )
        } else {
            (hash_small(TAG_DOMAIN, 1000 + d as u64), d as u16 - 1)
        }
    };
    let w = &words[i];
    atoms[0] = 1;
    atoms[1] = at(-2).map_or(NONE, |x| x.lower);
    atoms[2] = at(-1).map_or(NONE, |x| x.lower);
    atoms[3] = w.lower;
    atoms[4] = at(1).map_or(NONE, |x| x.lower);
    atoms[5] = at(2).map_or(NONE, |x| x.lower);
    atoms[6] = w.form;
    atoms[7] = w.suffix[0];
    atoms[8] = w.suffix[1];
    atoms[9] = w.suffix[2];
    atoms[10] = w.suffix[3];
    atoms[11] = w.prefix[0];
    atoms[12] = w.prefix[1];
    atoms[13] = w.prefix[2];
    atoms[14] = at(-1).map_or(NONE, |x| x.shape);
    atoms[15] = w.shape;
    atoms[16] = at(1).map_or(NONE, |x| x.shape);
    atoms[17] = at(-1).map_or(NONE, |x| x.suffix[2]);
    atoms[18] = at(1).map_or(NONE, |x| x.suffix[2]);
    atoms[19] = at(2).map_or(NONE, |x| x.suffix[2]);
    (atoms[20], small[20]) = tag(1);
    (atoms[21], small[21]) = tag(2);
    let next = |d: usize| -> (u64, u16) {
        match ahead {
            Some(t) if i + d < t.len() => (
                hash_small(TAG_DOMAIN + 1, t[i + d] as u64),
                3 + t[i + d] as u16,
            ),
            Some(_) => (hash_small(TAG_DOMAIN + 1, 1000 + d as u64), d as u16),
            None => (NONE, 0),
        }
    };
    (atoms[22], small[22]) = next(1);
    (atoms[23], small[23]) = next(2);
    small[0] = 0;
    for (k, d) in [-1, 0, 1].into_iter().enumerate() {
        let (fine, coarse) = at(d).map_or((0, 0), |x| (1 + x.cluster, 1 + x.coarse));
        atoms[CLUSTER_BASE + k] = hash_small(CLUSTER_DOMAIN, fine as u64);
        small[CLUSTER_BASE + k] = fine;
        atoms[CLUSTER_BASE + 3 + k] = hash_small(COARSE_DOMAIN, coarse as u64);
        small[CLUSTER_BASE + 3 + k] = coarse;
    }
}

/// One left-to-right tagging pass.
#[derive(Debug, Clone)]
pub struct TaggerPass {
    pub templates: Templates,
    pub weights: Weights,
    scorer: Scorer,
}

/// The tagger as inference uses it: a first pass that sees the tags on its
/// left, and a second that also sees the first pass's tags on its right.
#[derive(Debug, Clone)]
pub struct TaggerModel {
    pub first: TaggerPass,
    pub second: TaggerPass,
    /// Exact form hash → tag, for words the training data tags one way.
    pub tag_dictionary: FxHashMap<u64, u8>,
    /// Words whose first-pass tag won by at least this margin keep it;
    /// only the others are tagged again by the second pass (infinite: all
    /// are). Chosen on the dev set by the trainer: the first pass is
    /// rarely wrong where it is sure, and the second pass is half the
    /// tagger's time.
    pub second_pass_margin: f32,
}

/// Reusable buffers for one thread's classifications.
#[derive(Debug, Default, Clone)]
pub struct ClassifierBuffers {
    pub atoms: Vec<u64>,
    /// Small indices of the atoms that have few values (`scorer`).
    pub small: Vec<u16>,
    /// Rows found for one classification.
    pub rows: Vec<u32>,
    /// Summed rows of the dense tables (`scorer`) for one classification.
    pub summed: Vec<u32>,
    /// The parser's atoms of each word of a sentence as a position.
    pub positions: Vec<(u64, u64, u16)>,
    /// The parser's sums per anchor word, for one sentence.
    pub anchored: crate::scorer::AnchorCache,
    pub keys: Vec<u64>,
    pub acc: Vec<i32>,
    pub scores: Vec<f32>,
    /// Per word of the last tagging pass, how far its best tag's score is
    /// ahead of the next best (infinite for words from the dictionary).
    pub margins: Vec<f32>,
    first_margins: Vec<f32>,
}

impl TaggerPass {
    pub fn new(templates: Templates, weights: Weights) -> Self {
        let scorer = Scorer::new(&templates, &weights, &domains(weights.n_classes()));
        Self {
            templates,
            weights,
            scorer,
        }
    }

    /// Scores by hashing every template, as training does (a check on
    /// the dense tables).
    pub fn hash_every_template(&mut self) {
        self.scorer = Scorer::hashed_only(&self.templates, &self.weights);
    }

    /// Tags every word; `tags` is cleared and filled, and `buf.margins`
    /// with each word's margin. With `keep` (the first pass's margins and a
    /// threshold), a word whose first-pass margin reaches the threshold
    /// keeps its first-pass tag (its tag in `ahead`).
    pub fn tag(
        &self,
        words: &[WordHashes],
        dictionary: &FxHashMap<u64, u8>,
        ahead: Option<&[u8]>,
        keep: Option<(&[f32], f32)>,
        tags: &mut Vec<u8>,
        buf: &mut ClassifierBuffers,
    ) {
        tags.clear();
        buf.margins.clear();
        buf.atoms.resize(ATOMS.len().max(buf.atoms.len()), 0);
        buf.small.resize(ATOMS.len().max(buf.small.len()), 0);
        for i in 0..words.len() {
            // A word kept from the first pass first: that pass gave the
            // dictionary's words their tag with an infinite margin, so
            // they are kept with it, without a second look-up.
            if let (Some(ahead), Some((margins, threshold))) = (ahead, keep) {
                if margins[i] >= threshold {
                    tags.push(ahead[i]);
                    buf.margins.push(margins[i]);
                    continue;
                }
            }
            if let Some(&t) = dictionary.get(&words[i].form) {
                tags.push(t);
                buf.margins.push(f32::INFINITY);
                continue;
            }
            atoms(words, tags, ahead, i, &mut buf.atoms, &mut buf.small);
            self.scorer.score(&self.weights, buf);
            let best = argmax(&buf.scores);
            let runner_up = buf
                .scores
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != best)
                .fold(f32::NEG_INFINITY, |m, (_, &s)| m.max(s));
            buf.margins.push(buf.scores[best] - runner_up);
            tags.push(best as u8);
        }
    }
}

impl TaggerModel {
    /// Tags every word; `tags` is cleared and filled, `first` is a buffer
    /// for the first pass.
    pub fn tag(
        &self,
        words: &[WordHashes],
        first: &mut Vec<u8>,
        tags: &mut Vec<u8>,
        buf: &mut ClassifierBuffers,
    ) {
        self.first
            .tag(words, &self.tag_dictionary, None, None, first, buf);
        std::mem::swap(&mut buf.margins, &mut buf.first_margins);
        let margins = std::mem::take(&mut buf.first_margins);
        let keep = Some((margins.as_slice(), self.second_pass_margin));
        self.second
            .tag(words, &self.tag_dictionary, Some(first), keep, tags, buf);
        buf.first_margins = margins;
    }
}

/// Index of the highest score (the first on ties).
pub fn argmax(scores: &[f32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}
