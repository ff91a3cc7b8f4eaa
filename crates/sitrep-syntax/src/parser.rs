//! Unlabelled dependency parsing: greedy arc-hybrid transitions chosen by an
//! averaged perceptron over a window of the state (the top three stack
//! words, the first three buffer words and their outermost children),
//! their words and tags, valencies and the distance between stack and
//! buffer. Labels come afterwards (`labeler`).

use crate::hashing::hash_small;
use crate::lexical::WordHashes;
use crate::scorer::{small_domain, Domains, Scorer};
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

/// What the atoms with few values can be (`scorer`), by small index: for
/// tags, none, the root, then every tag; for counts the count, then none;
/// for distances the bucket, then "at the root" and none.
pub fn domains(n_tags: usize) -> Domains {
    let tags = small_domain(TAG_DOMAIN, [999, 998].into_iter().chain(0..n_tags as u64));
    let mut d = Vec::with_capacity(N_ATOMS);
    for _ in POSITIONS {
        d.push(None);
        d.push(tags.clone());
    }
    for _ in 0..4 {
        d.push(small_domain(VALENCY_DOMAIN, (0..=6).chain([99])));
    }
    d.push(small_domain(DIST_DOMAIN, (0..=8).chain([98, 99])));
    d.push(Some(vec![1]));
    for _ in 0..2 {
        d.push(small_domain(PUNCT_DOMAIN, (0..=3).chain([99])));
    }
    d
}

/// Fills `atoms` (length `N_ATOMS`) for the current state, and the small
/// index of each atom that has one (see `domains`) in `small`.
pub fn atoms(
    state: &State,
    words: &[WordHashes],
    tags: &[u8],
    atoms: &mut [u64],
    small: &mut [u16],
) {
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
        let (w, t, i) = if p == NONE {
            (NONE_WORD, hash_small(TAG_DOMAIN, 999), 0)
        } else if p == n {
            (ROOT_WORD, hash_small(TAG_DOMAIN, 998), 1)
        } else {
            let t = tags[p as usize];
            (
                words[p as usize].lower,
                hash_small(TAG_DOMAIN, t as u64),
                2 + t as u16,
            )
        };
        atoms[2 * k] = w;
        atoms[2 * k + 1] = t;
        small[2 * k + 1] = i;
    }
    let base = 2 * positions.len();
    let mut set = |k: usize, domain: u64, value: u16, index: u16| {
        atoms[base + k] = hash_small(domain, value as u64);
        small[base + k] = index;
    };
    let valency = |w: u32, counts: &[u16]| -> (u16, u16) {
        if w == NONE {
            (99, 7)
        } else {
            let c = counts[w as usize].min(6);
            (c, c)
        }
    };
    for (k, (w, counts)) in [
        (s0, &state.n_left),
        (s0, &state.n_right),
        (b0, &state.n_left),
        (s1, &state.n_right),
    ]
    .into_iter()
    .enumerate()
    {
        let (v, i) = valency(w, counts);
        set(k, VALENCY_DOMAIN, v, i);
    }
    let (dist, dist_index) = if s0 == NONE {
        (99, 10)
    } else if b0 == n {
        (98, 9)
    } else {
        let b = bucket(b0 - s0) as u16;
        (b, b)
    };
    set(4, DIST_DOMAIN, dist, dist_index);
    let between = |a: u32, b: u32| -> (u16, u16) {
        if a == NONE || b == NONE {
            (99, 4)
        } else {
            let c = state.punct_between(a, b).min(3);
            (c, c)
        }
    };
    let (p0, i0) = between(s0, b0);
    set(6, PUNCT_DOMAIN, p0, i0);
    let (p1, i1) = between(s1, s0);
    set(7, PUNCT_DOMAIN, p1, i1);
    atoms[base + 5] = 1;
    small[base + 5] = 0;
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
    scorer: Scorer,
}

impl ParserModel {
    /// Scores by hashing every template, as training does (a check on
    /// the dense tables).
    pub fn hash_every_template(&mut self) {
        self.scorer = Scorer::hashed_only(&self.templates, &self.weights);
    }

    /// `n_tags`: the size of the tag set the parser reads.
    pub fn new(
        templates: Templates,
        weights: Weights,
        punct_tag: Option<u8>,
        n_tags: usize,
    ) -> Self {
        let scorer = Scorer::new(&templates, &weights, &domains(n_tags));
        Self {
            templates,
            weights,
            punct_tag,
            scorer,
        }
    }

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
        buf.small.resize(N_ATOMS.max(buf.small.len()), 0);
        while !state.is_terminal() {
            let valid = state.valid();
            let action = if valid.iter().filter(|&&v| v).count() == 1 {
                valid.iter().position(|&v| v).expect("one valid action")
            } else {
                atoms(state, words, tags, &mut buf.atoms, &mut buf.small);
                self.scorer.score(&self.weights, buf);
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
