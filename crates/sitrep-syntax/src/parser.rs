//! Unlabelled dependency parsing: greedy arc-hybrid transitions chosen by an
//! averaged perceptron over a window of the state (the top three stack
//! words, the first three buffer words and their outermost children),
//! their words and tags, valencies and the distance between stack and
//! buffer. Labels come afterwards (`labeler`).

use crate::hashing::hash_small;
use crate::lexical::WordHashes;
use crate::tagger::{argmax, ClassifierBuffers};
use crate::templates::Templates;
use crate::transition::{State, NONE, N_ACTIONS};
use crate::weights::Weights;

/// Positions in the state, in atom order.
const POSITIONS: &[&str] = &[
    "s0", "s1", "s2", "b0", "b1", "b2", "s0l", "s0l2", "s0r", "s0r2", "s1l", "s1r", "b0l", "b0l2",
];

/// How many atoms `atoms` fills.
pub const N_ATOMS: usize = 14 * 2 + 8;

/// The atoms parser templates may combine: `<position>.w` (word), `<position>.t`
/// (tag) for every position, then valencies, distance and a bias.
pub fn atom_names() -> Vec<String> {
    let mut names = Vec::new();
    for p in POSITIONS {
        names.push(format!("{p}.w"));
        names.push(format!("{p}.t"));
    }
    for extra in [
        "s0.vl", "s0.vr", "b0.vl", "s1.vr", "dist", "bias", "punct", "punct1",
    ] {
        names.push(extra.to_owned());
    }
    names
}

const NONE_WORD: u64 = 0x5EED_0000_0000_0002;
const ROOT_WORD: u64 = 0x5EED_0000_0000_0003;
const TAG_DOMAIN: u64 = 201;
const VALENCY_DOMAIN: u64 = 202;
const DIST_DOMAIN: u64 = 203;
const PUNCT_DOMAIN: u64 = 204;

/// Fills `atoms` (length `N_ATOMS`) for the current state.
pub fn atoms(state: &State, words: &[WordHashes], tags: &[u8], atoms: &mut [u64]) {
    let n = state.n;
    let (s0, s1, s2, b0) = (state.s(0), state.s(1), state.s(2), state.b0);
    let b1 = if b0 + 1 < n { b0 + 1 } else { NONE };
    let b2 = if b0 + 2 < n { b0 + 2 } else { NONE };
    let child =
        |w: u32, side: &[[u32; 2]], k: usize| if w == NONE { NONE } else { side[w as usize][k] };
    let positions = [
        s0,
        s1,
        s2,
        b0,
        b1,
        b2,
        child(s0, &state.left, 0),
        child(s0, &state.left, 1),
        child(s0, &state.right, 0),
        child(s0, &state.right, 1),
        child(s1, &state.left, 0),
        child(s1, &state.right, 0),
        child(b0, &state.left, 0),
        child(b0, &state.left, 1),
    ];
    for (k, &p) in positions.iter().enumerate() {
        let (w, t) = if p == NONE {
            (NONE_WORD, hash_small(TAG_DOMAIN, 999))
        } else if p == n {
            (ROOT_WORD, hash_small(TAG_DOMAIN, 998))
        } else {
            (
                words[p as usize].lower,
                hash_small(TAG_DOMAIN, tags[p as usize] as u64),
            )
        };
        atoms[2 * k] = w;
        atoms[2 * k + 1] = t;
    }
    let base = 2 * positions.len();
    let valency = |w: u32, counts: &[u16]| -> u64 {
        if w == NONE {
            hash_small(VALENCY_DOMAIN, 99)
        } else {
            hash_small(VALENCY_DOMAIN, counts[w as usize].min(6) as u64)
        }
    };
    atoms[base] = valency(s0, &state.n_left);
    atoms[base + 1] = valency(s0, &state.n_right);
    atoms[base + 2] = valency(b0, &state.n_left);
    atoms[base + 3] = valency(s1, &state.n_right);
    atoms[base + 4] = if s0 == NONE {
        hash_small(DIST_DOMAIN, 99)
    } else if b0 == n {
        hash_small(DIST_DOMAIN, 98)
    } else {
        hash_small(DIST_DOMAIN, bucket(b0 - s0) as u64)
    };
    atoms[base + 5] = 1;
    let between = |a: u32, b: u32| {
        if a == NONE || b == NONE {
            hash_small(PUNCT_DOMAIN, 99)
        } else {
            hash_small(PUNCT_DOMAIN, state.punct_between(a, b).min(3) as u64)
        }
    };
    atoms[base + 6] = between(s0, b0);
    atoms[base + 7] = between(s1, s0);
}

/// Distances 1–5 as they are, then coarse buckets.
pub fn bucket(d: u32) -> u32 {
    match d {
        0..=5 => d,
        6..=9 => 6,
        10..=19 => 7,
        _ => 8,
    }
}

#[derive(Debug, Clone)]
pub struct ParserModel {
    pub templates: Templates,
    pub weights: Weights,
    /// The tag of punctuation (UD's `PUNCT`), for "punctuation between".
    pub punct_tag: Option<u8>,
}

impl ParserModel {
    /// Parses a tagged sentence; the heads are left in `state.heads`.
    pub fn parse(
        &self,
        words: &[WordHashes],
        tags: &[u8],
        state: &mut State,
        buf: &mut ClassifierBuffers,
    ) {
        state.reset(words.len());
        state.count_punctuation(tags, self.punct_tag);
        buf.atoms.resize(N_ATOMS.max(buf.atoms.len()), 0);
        while !state.is_terminal() {
            let valid = state.valid();
            let action = if valid.iter().filter(|&&v| v).count() == 1 {
                valid.iter().position(|&v| v).expect("one valid action")
            } else {
                atoms(state, words, tags, &mut buf.atoms);
                self.templates.keys(&buf.atoms, &mut buf.keys);
                self.weights.score(&buf.keys, &mut buf.acc, &mut buf.scores);
                for (a, ok) in valid.iter().enumerate().take(N_ACTIONS) {
                    if !ok {
                        buf.scores[a] = f32::NEG_INFINITY;
                    }
                }
                argmax(&buf.scores)
            };
            state.apply(action);
        }
    }
}
