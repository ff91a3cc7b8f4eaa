//! Part-of-speech tagging: greedy left to right, an averaged perceptron over
//! the word, its neighbours, its letters and the two tags before it. Words
//! that the training data tags one way almost always (a tag dictionary)
//! skip the classifier.

use rustc_hash::FxHashMap;

use crate::hashing::hash_small;
use crate::lexical::WordHashes;
use crate::templates::Templates;
use crate::weights::Weights;

/// The atoms tagger templates may combine, by name.
pub const ATOMS: &[&str] = &[
    "bias", "w-2", "w-1", "w0", "w+1", "w+2", "f0", "s1", "s2", "s3", "s4", "p1", "p2", "p3",
    "sh-1", "sh0", "sh+1", "s3-1", "s3+1", "s3+2", "t-1", "t-2", "t+1", "t+2",
];

const NONE: u64 = 0x5EED_0000_0000_0001;
const TAG_DOMAIN: u64 = 101;

/// Fills `atoms` (length `ATOMS.len()`) for word `i`, given the tags already
/// chosen for the words before it and, in the second pass, the first pass's
/// tags for the words after it (`t+1`, `t+2`).
pub fn atoms(words: &[WordHashes], tags: &[u8], ahead: Option<&[u8]>, i: usize, atoms: &mut [u64]) {
    let at = |d: isize| -> Option<&WordHashes> {
        let j = i as isize + d;
        (j >= 0 && (j as usize) < words.len()).then(|| &words[j as usize])
    };
    let tag = |d: usize| -> u64 {
        if i >= d {
            hash_small(TAG_DOMAIN, tags[i - d] as u64)
        } else {
            hash_small(TAG_DOMAIN, 1000 + d as u64)
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
    atoms[20] = tag(1);
    atoms[21] = tag(2);
    let next = |d: usize| -> u64 {
        match ahead {
            Some(t) if i + d < t.len() => hash_small(TAG_DOMAIN + 1, t[i + d] as u64),
            Some(_) => hash_small(TAG_DOMAIN + 1, 1000 + d as u64),
            None => NONE,
        }
    };
    atoms[22] = next(1);
    atoms[23] = next(2);
}

/// One left-to-right tagging pass.
#[derive(Debug, Clone)]
pub struct TaggerPass {
    pub templates: Templates,
    pub weights: Weights,
}

/// The tagger as inference uses it: a first pass that sees the tags on its
/// left, and a second that also sees the first pass's tags on its right.
#[derive(Debug, Clone)]
pub struct TaggerModel {
    pub first: TaggerPass,
    pub second: TaggerPass,
    /// Exact form hash → tag, for words the training data tags one way.
    pub tag_dictionary: FxHashMap<u64, u8>,
}

/// Reusable buffers for one thread's classifications.
#[derive(Debug, Default, Clone)]
pub struct ClassifierBuffers {
    pub atoms: Vec<u64>,
    /// Small indices of the atoms that have few values (`scorer`).
    pub small: Vec<u16>,
    /// Rows found for one classification.
    pub rows: Vec<u32>,
    pub keys: Vec<u64>,
    pub acc: Vec<i32>,
    pub scores: Vec<f32>,
}

impl TaggerPass {
    /// Tags every word; `tags` is cleared and filled.
    pub fn tag(
        &self,
        words: &[WordHashes],
        dictionary: &FxHashMap<u64, u8>,
        ahead: Option<&[u8]>,
        tags: &mut Vec<u8>,
        buf: &mut ClassifierBuffers,
    ) {
        tags.clear();
        buf.atoms.resize(ATOMS.len().max(buf.atoms.len()), 0);
        for i in 0..words.len() {
            if let Some(&t) = dictionary.get(&words[i].form) {
                tags.push(t);
                continue;
            }
            atoms(words, tags, ahead, i, &mut buf.atoms);
            self.templates.keys(&buf.atoms, &mut buf.keys);
            self.weights.score(&buf.keys, &mut buf.acc, &mut buf.scores);
            tags.push(argmax(&buf.scores) as u8);
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
            .tag(words, &self.tag_dictionary, None, first, buf);
        self.second
            .tag(words, &self.tag_dictionary, Some(first), tags, buf);
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
