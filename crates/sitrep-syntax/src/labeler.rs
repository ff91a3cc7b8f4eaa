//! Dependency labels, given the tree: each word's relation to its head,
//! chosen by an averaged perceptron from the two words, their tags and
//! lemmas, their neighbours, the dependent's function-word children (its
//! adposition, its marker), the head's auxiliary, the head's own label and
//! the label of the previous sibling. Words are labelled top-down and left
//! to right, so those two labels are already known.

use crate::hashing::hash_small;
use crate::parser::bucket;
use crate::scorer::{small_domain, Domains, Scorer};
use crate::tagger::{argmax, ClassifierBuffers};
use crate::templates::Templates;
use crate::weights::Weights;

const POSITIONS: &[&str] = &[
    "d", "h", "d-1", "d+1", "h-1", "h+1", "hh", "dl", "dr", "dcase", "dmark", "haux", "ps",
];

/// How many atoms `atoms` fills.
pub const N_ATOMS: usize = 13 * 3 + 8;

/// Atom names: `<position>.w|t|l` (word, tag, lemma) for every position, then
/// the head's and the previous sibling's labels, direction, distance, the
/// punctuation between, the dependent's child count, whether the head is
/// the root, and a bias.
pub fn atom_names() -> Vec<String> {
    let mut names = Vec::new();
    for p in POSITIONS {
        for a in ["w", "t", "l"] {
            names.push(format!("{p}.{a}"));
        }
    }
    for extra in [
        "h.lab", "ps.lab", "dir", "dist", "punct", "d.nch", "h.root", "bias",
    ] {
        names.push(extra.to_owned());
    }
    debug_assert_eq!(names.len(), N_ATOMS);
    names
}

const NONE: u32 = u32::MAX;
const NONE_VALUE: u64 = 0x5EED_0000_0000_0004;
const ROOT_VALUE: u64 = 0x5EED_0000_0000_0005;
const TAG_DOMAIN: u64 = 401;
const LABEL_DOMAIN: u64 = 402;
const MISC_DOMAIN: u64 = 403;

/// Universal tags the labeler looks for among children (UD's own names, the
/// same in every language).
#[derive(Debug, Clone, Copy, Default)]
pub struct FunctionTags {
    pub adp: Option<u8>,
    pub sconj: Option<u8>,
    pub part: Option<u8>,
    pub aux: Option<u8>,
    pub punct: Option<u8>,
}

impl FunctionTags {
    pub fn from_names(names: &[String]) -> Self {
        let find = |n: &str| names.iter().position(|x| x == n).map(|i| i as u8);
        Self {
            adp: find("ADP"),
            sconj: find("SCONJ"),
            part: find("PART"),
            aux: find("AUX"),
            punct: find("PUNCT"),
        }
    }
}

/// A sentence's tree in the form the labeler reads: children of each word
/// (and of the root, index `n`) in order, and the labelling order.
#[derive(Debug, Default, Clone)]
pub struct TreeIndex {
    offsets: Vec<u32>,
    children: Vec<u32>,
    pub order: Vec<u32>,
    /// Each word's nearest sibling before it (same head), or `NONE`.
    prev_sibling: Vec<u32>,
    /// Each word's last auxiliary child before it, or `NONE`.
    aux_before: Vec<u32>,
    fill: Vec<u32>,
    seen: Vec<bool>,
}

impl TreeIndex {
    /// Indexes a tree; `tags` and `aux` (the auxiliary tag) give each word's
    /// last auxiliary child. Linear in the sentence's length, whatever its
    /// shape (a head with thousands of children costs no more per word).
    pub fn build(&mut self, heads: &[u32], tags: &[u8], aux: Option<u8>) {
        let n = heads.len();
        self.offsets.clear();
        self.offsets.resize(n + 2, 0);
        for &h in heads {
            self.offsets[h as usize + 1] += 1;
        }
        for i in 0..=n {
            self.offsets[i + 1] += self.offsets[i];
        }
        self.children.clear();
        self.children.resize(n, 0);
        self.fill.clear();
        self.fill.extend_from_slice(&self.offsets[..=n]);
        for (d, &h) in heads.iter().enumerate() {
            self.children[self.fill[h as usize] as usize] = d as u32;
            self.fill[h as usize] += 1;
        }
        self.prev_sibling.clear();
        self.prev_sibling.resize(n, NONE);
        self.aux_before.clear();
        self.aux_before.resize(n + 1, NONE);
        for h in 0..=n {
            let kids = &self.children[self.offsets[h] as usize..self.offsets[h + 1] as usize];
            for (k, &c) in kids.iter().enumerate() {
                if k > 0 {
                    self.prev_sibling[c as usize] = kids[k - 1];
                }
                if (c as usize) < h && aux.is_some() && tags.get(c as usize).copied() == aux {
                    self.aux_before[h] = c;
                }
            }
        }
        // Top-down, breadth first, children left to right.
        self.order.clear();
        let roots = self.offsets[n] as usize..self.offsets[n + 1] as usize;
        self.order.extend_from_slice(&self.children[roots]);
        let mut i = 0;
        while i < self.order.len() && self.order.len() <= n {
            let w = self.order[i];
            let kids = &self.children
                [self.offsets[w as usize] as usize..self.offsets[w as usize + 1] as usize];
            self.order.extend_from_slice(kids);
            i += 1;
        }
        // A cycle (only in malformed input trees) leaves words unreached:
        // they are labelled last, in sentence order.
        if self.order.len() != n {
            self.seen.clear();
            self.seen.resize(n, false);
            for &w in &self.order {
                self.seen[w as usize] = true;
            }
            for w in 0..n {
                if !self.seen[w] {
                    self.order.push(w as u32);
                }
            }
        }
    }

    pub fn children_of(&self, w: u32) -> &[u32] {
        &self.children[self.offsets[w as usize] as usize..self.offsets[w as usize + 1] as usize]
    }
}

/// What the labeler reads of a sentence.
pub struct LabelInput<'a> {
    pub words: &'a [u64],
    pub tags: &'a [u8],
    pub lemmas: &'a [u64],
    pub heads: &'a [u32],
    pub tree: &'a TreeIndex,
    pub function: FunctionTags,
}

/// What the atoms with few values can be (`scorer`), by small index: for
/// tags none, the root, then every tag; for labels none, then every label;
/// then the small numbers as they are.
pub fn domains(n_tags: usize, n_labels: usize) -> Domains {
    let mut tags = vec![NONE_VALUE, ROOT_VALUE];
    tags.extend((0..n_tags as u64).map(|t| hash_small(TAG_DOMAIN, t)));
    let labels = small_domain(LABEL_DOMAIN, [999].into_iter().chain(0..n_labels as u64));
    let mut d = Vec::with_capacity(N_ATOMS);
    for _ in POSITIONS {
        d.push(None);
        d.push(Some(tags.clone()));
        d.push(None);
    }
    d.push(labels.clone());
    d.push(labels);
    d.push(small_domain(MISC_DOMAIN, 0..2));
    d.push(small_domain(MISC_DOMAIN + 1, 0..=8));
    d.push(small_domain(MISC_DOMAIN + 2, 0..=3));
    d.push(small_domain(MISC_DOMAIN + 3, 0..=5));
    d.push(small_domain(MISC_DOMAIN + 4, 0..2));
    d.push(Some(vec![1]));
    d
}

/// Fills `atoms` (length `N_ATOMS`) for dependent `d`, with the labels
/// chosen so far (`NO_LABEL` where none yet), and the small index of each
/// atom that has one (see `domains`) in `small`.
pub fn atoms(input: &LabelInput, labels: &[u8], d: u32, atoms: &mut [u64], small: &mut [u16]) {
    let n = input.words.len() as u32;
    let h = input.heads[d as usize];
    let tag_is = |w: u32, t: Option<u8>| t.is_some() && input.tags[w as usize] == t.unwrap_or(0);
    let kids_d = input.tree.children_of(d);
    let first_kid =
        |f: &dyn Fn(u32) -> bool| kids_d.iter().copied().find(|&c| f(c)).unwrap_or(NONE);
    let dcase = first_kid(&|c| tag_is(c, input.function.adp));
    let dmark = first_kid(&|c| {
        c < d && (tag_is(c, input.function.sconj) || tag_is(c, input.function.part))
    });
    let (haux, ps, hh) = if h == n {
        (NONE, NONE, NONE)
    } else {
        (
            input.tree.aux_before[h as usize],
            input.tree.prev_sibling[d as usize],
            input.heads[h as usize],
        )
    };
    let near = |w: u32, delta: i64| -> u32 {
        if w >= n {
            return NONE;
        }
        let j = w as i64 + delta;
        if j >= 0 && j < n as i64 {
            j as u32
        } else {
            NONE
        }
    };
    let positions = [
        d,
        h,
        near(d, -1),
        near(d, 1),
        near(h, -1),
        near(h, 1),
        hh,
        kids_d.first().copied().unwrap_or(NONE),
        kids_d.last().copied().unwrap_or(NONE),
        dcase,
        dmark,
        haux,
        ps,
    ];
    for (k, &p) in positions.iter().enumerate() {
        let (w, t, l, i) = if p == NONE {
            (NONE_VALUE, NONE_VALUE, NONE_VALUE, 0)
        } else if p == n {
            (ROOT_VALUE, ROOT_VALUE, ROOT_VALUE, 1)
        } else {
            let p = p as usize;
            (
                input.words[p],
                hash_small(TAG_DOMAIN, input.tags[p] as u64),
                input.lemmas[p],
                2 + input.tags[p] as u16,
            )
        };
        atoms[3 * k] = w;
        atoms[3 * k + 1] = t;
        atoms[3 * k + 2] = l;
        small[3 * k + 1] = i;
    }
    // A word not labelled yet (only in a malformed tree) reads as none.
    let label = |w: u32| -> (u64, u16) {
        match labels.get(w as usize) {
            Some(&l) if w < n && l != NO_LABEL => (l as u64, 1 + l as u16),
            _ => (999, 0),
        }
    };
    let base = 3 * positions.len();
    let mut set = |k: usize, domain: u64, value: u64, index: u16| {
        atoms[base + k] = hash_small(domain, value);
        small[base + k] = index;
    };
    let (hl, hi) = label(h);
    set(0, LABEL_DOMAIN, hl, hi);
    let (pl, pi) = label(ps);
    set(1, LABEL_DOMAIN, pl, pi);
    let dir = (d < h) as u16;
    set(2, MISC_DOMAIN, dir as u64, dir);
    let dist = bucket(d.abs_diff(h.min(n))) as u16;
    set(3, MISC_DOMAIN + 1, dist as u64, dist);
    let (lo, hi) = if d < h { (d + 1, h.min(n)) } else { (h + 1, d) };
    let puncts = (lo..hi)
        .filter(|&w| tag_is(w, input.function.punct))
        .count()
        .min(3) as u16;
    set(4, MISC_DOMAIN + 2, puncts as u64, puncts);
    let kids = kids_d.len().min(5) as u16;
    set(5, MISC_DOMAIN + 3, kids as u64, kids);
    let at_root = (h == n) as u16;
    set(6, MISC_DOMAIN + 4, at_root as u64, at_root);
    atoms[base + 7] = 1;
    small[base + 7] = 0;
}

/// Label index meaning "not labelled yet".
pub const NO_LABEL: u8 = u8::MAX;

/// Key of a dependent's tag, its head's tag (`u8::MAX` for the root) and the
/// arc's direction, for the label dictionary.
#[inline]
pub fn tag_pair_key(dependent: u8, head: u8, leftward: bool) -> u32 {
    (dependent as u32) << 16 | (head as u32) << 8 | leftward as u32
}

#[derive(Debug, Clone)]
pub struct LabelerModel {
    pub templates: Templates,
    pub weights: Weights,
    /// Index of `root` among the labels: the root word gets it, no other.
    pub root_label: u8,
    /// Tag pairs and directions that the training data labels one way
    /// almost always (punctuation, determiners, adpositions): their label
    /// is read here, not computed.
    pub label_dictionary: rustc_hash::FxHashMap<u32, u8>,
    scorer: Scorer,
}

impl LabelerModel {
    /// Scores by hashing every template, as training does (a check on
    /// the dense tables).
    pub fn hash_every_template(&mut self) {
        self.scorer = Scorer::hashed_only(&self.templates, &self.weights);
    }

    /// `n_tags`: the size of the tag set the labeler reads.
    pub fn new(
        templates: Templates,
        weights: Weights,
        root_label: u8,
        label_dictionary: rustc_hash::FxHashMap<u32, u8>,
        n_tags: usize,
    ) -> Self {
        let scorer = Scorer::new(&templates, &weights, &domains(n_tags, weights.n_classes()));
        Self {
            templates,
            weights,
            root_label,
            label_dictionary,
            scorer,
        }
    }

    pub fn label(&self, input: &LabelInput, labels: &mut Vec<u8>, buf: &mut ClassifierBuffers) {
        let n = input.words.len() as u32;
        labels.clear();
        labels.resize(n as usize, NO_LABEL);
        buf.atoms.resize(N_ATOMS.max(buf.atoms.len()), 0);
        buf.small.resize(N_ATOMS.max(buf.small.len()), 0);
        for &d in &input.tree.order {
            let h = input.heads[d as usize];
            if h == n {
                labels[d as usize] = self.root_label;
                continue;
            }
            let key = tag_pair_key(input.tags[d as usize], input.tags[h as usize], d < h);
            if let Some(&label) = self.label_dictionary.get(&key) {
                labels[d as usize] = label;
                continue;
            }
            atoms(input, labels, d, &mut buf.atoms, &mut buf.small);
            self.scorer.score(&self.weights, buf);
            buf.scores[self.root_label as usize] = f32::NEG_INFINITY;
            labels[d as usize] = argmax(&buf.scores) as u8;
        }
    }
}
