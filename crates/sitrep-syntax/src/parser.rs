//! Unlabelled dependency parsing: greedy arc-hybrid transitions chosen by an
//! averaged perceptron over a window of the state (the top three stack
//! words, the first three buffer words and their outermost children),
//! their words and tags, valencies and the distance between stack and
//! buffer, and the stack's and buffer's words' clusters (`clusters`) where
//! the model has them. Labels come afterwards (`labeler`), or with each
//! arc (`ArcLabeler`).

use rustc_hash::FxHashMap;

use crate::clusters::{MAX_COARSE, MAX_FINE};
use crate::hashing::hash_small;
use crate::labeler::tag_pair_key;
use crate::lexical::WordHashes;
use crate::scorer::{small_domain, Domains, Scorer};
use crate::tagger::{argmax, ClassifierBuffers};
use crate::templates::Templates;
use crate::transition::{State, LEFT, NONE, NO_ARC_LABEL, N_ACTIONS, RIGHT};
use crate::weights::Weights;

/// Positions in the state, in atom order.
const POSITIONS: &[&str] = &[
    "s0", "s1", "s2", "b0", "b1", "b2", "s0l", "s0l2", "s0r", "s0r2", "s1l", "s1r", "b0l", "b0l2",
];

/// How many atoms `atoms` fills.
pub const N_ATOMS: usize = SPELLING_BASE + 2 * SPELLING_POSITIONS.end;

/// The positions (in `POSITIONS`) whose word clusters are atoms: the
/// stack's and the buffer's three words.
const CLUSTER_POSITIONS: std::ops::Range<usize> = 0..6;

/// The positions (in `POSITIONS`) whose spelling (last three letters and
/// shape) are atoms: the stack's and the buffer's three words, so that a
/// word the treebank rarely shows still looks like the words it resembles.
const SPELLING_POSITIONS: std::ops::Range<usize> = 0..6;

/// The positions (in `POSITIONS`) that are children, whose labels are atoms.
const CHILD_POSITIONS: std::ops::Range<usize> = 6..14;

/// The atoms parser templates may combine: `<position>.w` (word), `<position>.t`
/// (tag) for every position, then valencies, distance and a bias.
pub fn atom_names() -> Vec<String> {
    let mut names = Vec::new();
    for p in POSITIONS {
        names.push(format!("{p}.w"));
        names.push(format!("{p}.t"));
    }
    for extra in [
        "s0.vl", "s0.vr", "b0.vl", "s1.vr", "dist", "bias", "punct", "punct1", "dist1", "s1.vl",
    ] {
        names.push(extra.to_owned());
    }
    for p in &POSITIONS[CHILD_POSITIONS] {
        names.push(format!("{p}.lab"));
    }
    // The arc being labelled (`arc_atoms`): LEFT or RIGHT, its head (b0
    // or s1; the dependent is s0) and their distance.
    for extra in ["act", "h.w", "h.t", "hd"] {
        names.push(extra.to_owned());
    }
    // Word clusters (`clusters`): fine, then coarse.
    for p in &POSITIONS[CLUSTER_POSITIONS] {
        names.push(format!("{p}.c"));
        names.push(format!("{p}.k"));
    }
    // Spelling (`spelling_atoms`): the last three letters, then the shape.
    for p in &POSITIONS[SPELLING_POSITIONS] {
        names.push(format!("{p}.s"));
        names.push(format!("{p}.sh"));
    }
    names
}

const NONE_WORD: u64 = 0x5EED_0000_0000_0002;
const ROOT_WORD: u64 = 0x5EED_0000_0000_0003;
const NONE_SPELLING: u64 = 0x5EED_0000_0000_0004;
const ROOT_SPELLING: u64 = 0x5EED_0000_0000_0005;
const TAG_DOMAIN: u64 = 201;
const VALENCY_DOMAIN: u64 = 202;
const DIST_DOMAIN: u64 = 203;
const PUNCT_DOMAIN: u64 = 204;
const DIST1_DOMAIN: u64 = 205;
const LABEL_DOMAIN: u64 = 206;
const ACT_DOMAIN: u64 = 207;
const HDIST_DOMAIN: u64 = 208;
const CLUSTER_DOMAIN: u64 = 209;
const COARSE_DOMAIN: u64 = 210;
/// Where the label atoms start.
const LABEL_BASE: usize = 14 * 2 + 10;
const ARC_BASE: usize = LABEL_BASE + 8;
const CLUSTER_BASE: usize = ARC_BASE + 4;
const SPELLING_BASE: usize = CLUSTER_BASE + 2 * CLUSTER_POSITIONS.end;

/// What the atoms with few values can be (`scorer`), by small index: for
/// tags, none, the root, then every tag; for counts the count, then none;
/// for distances the bucket, then "at the root" and none.
pub fn domains(n_tags: usize, n_labels: usize) -> Domains {
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
    d.push(small_domain(DIST1_DOMAIN, (0..=8).chain([99])));
    d.push(small_domain(VALENCY_DOMAIN, (0..=6).chain([99])));
    let labels = small_domain(LABEL_DOMAIN, [999].into_iter().chain(0..n_labels as u64));
    for _ in CHILD_POSITIONS {
        d.push(labels.clone());
    }
    d.push(small_domain(ACT_DOMAIN, [LEFT as u64, RIGHT as u64]));
    d.push(None);
    d.push(tags);
    d.push(small_domain(HDIST_DOMAIN, (0..=8).chain([98])));
    for _ in CLUSTER_POSITIONS {
        d.push(small_domain(CLUSTER_DOMAIN, 0..MAX_FINE as u64 + 3));
        d.push(small_domain(COARSE_DOMAIN, 0..MAX_COARSE as u64 + 3));
    }
    for _ in SPELLING_POSITIONS {
        d.push(None);
        d.push(None);
    }
    d
}

/// The hashes of position `p`'s last three letters and shape (none, the
/// root, or a word's).
#[inline]
fn spelling_atoms(p: u32, n: u32, words: &[WordHashes]) -> (u64, u64) {
    if p == NONE {
        (NONE_SPELLING, NONE_SPELLING)
    } else if p == n {
        (ROOT_SPELLING, ROOT_SPELLING)
    } else {
        let w = &words[p as usize];
        (w.suffix[2], w.shape)
    }
}

/// The small indices of position `p`'s fine and coarse clusters: 0 for
/// none, 1 for the root, 2 for a word without one, then 3 + the cluster.
#[inline]
fn cluster_indices(p: u32, n: u32, words: &[WordHashes]) -> (u16, u16) {
    if p == NONE {
        (0, 0)
    } else if p == n {
        (1, 1)
    } else {
        let w = &words[p as usize];
        (2 + w.cluster, 2 + w.coarse)
    }
}

/// The word, tag and small tag index of position `p`: none, the virtual
/// root (`p == n`) or a word of the sentence.
#[inline]
fn position_atoms(p: u32, n: u32, words: &[WordHashes], tags: &[u8]) -> (u64, u64, u16) {
    if p == NONE {
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
    }
}

/// Sets the atoms of the arc `action` (LEFT or RIGHT) would make: which
/// action, its head and the distance to it (the dependent is s0), after
/// `atoms` has filled the rest.
pub fn arc_atoms(
    state: &State,
    words: &[WordHashes],
    tags: &[u8],
    action: usize,
    atoms: &mut [u64],
    small: &mut [u16],
) {
    let (d, h) = state.arc(action).expect("an arc action");
    let right = (action == RIGHT) as u16;
    atoms[ARC_BASE] = hash_small(ACT_DOMAIN, action as u64);
    small[ARC_BASE] = right;
    let (w, t, i) = position_atoms(h, state.n, words, tags);
    atoms[ARC_BASE + 1] = w;
    atoms[ARC_BASE + 2] = t;
    small[ARC_BASE + 2] = i;
    let (v, i) = if h == state.n {
        (98, 9)
    } else {
        let b = bucket(d.abs_diff(h)) as u16;
        (b, b)
    };
    atoms[ARC_BASE + 3] = hash_small(HDIST_DOMAIN, v as u64);
    small[ARC_BASE + 3] = i;
}

/// Anchor kinds (`Scorer::with_anchors`): templates over the buffer's
/// words alone (`b0`, `b1`, `b2`: a function of `b0`), then templates over
/// the word and tag of one position alone (`1 + position`).
const N_ANCHOR_KINDS: usize = 1 + POSITIONS.len();
const BUFFER_POSITIONS: std::ops::Range<usize> = 3..6;

/// The position (in `POSITIONS`) an atom is a function of alone, if it is
/// one of a position's word, tag or spelling.
fn position_of(a: u16) -> Option<usize> {
    let a = a as usize;
    if a < 2 * POSITIONS.len() {
        Some(a / 2)
    } else if (SPELLING_BASE..N_ATOMS).contains(&a) {
        Some((a - SPELLING_BASE) / 2)
    } else {
        None
    }
}

/// The anchor kind of a template over `atoms`, if it reads only the
/// buffer's words or only one position's word, tag and spelling.
fn anchor_of(atoms: &[u16]) -> Option<usize> {
    let positions: Option<Vec<usize>> = atoms.iter().map(|&a| position_of(a)).collect();
    let positions = positions.filter(|p| !p.is_empty())?;
    if positions.iter().all(|p| BUFFER_POSITIONS.contains(p)) {
        return Some(0);
    }
    let p = positions[0];
    positions.iter().all(|&q| q == p).then_some(1 + p)
}

/// The anchor word of each kind, given the state's positions (as `atoms`
/// returns them): `n` for the root, `n + 1` for none.
fn anchors(positions: &[u32; POSITIONS.len()], n: u32, out: &mut [u32; N_ANCHOR_KINDS]) {
    out[0] = positions[3];
    for (k, &p) in positions.iter().enumerate() {
        out[1 + k] = if p == NONE { n + 1 } else { p };
    }
}

/// Fills `atoms` (length `N_ATOMS`) for the current state, and the small
/// index of each atom that has one (see `domains`) in `small`; returns the
/// word at each position (`POSITIONS`; `NONE` for none).
pub fn atoms(
    state: &State,
    words: &[WordHashes],
    tags: &[u8],
    atoms: &mut [u64],
    small: &mut [u16],
) -> [u32; POSITIONS.len()] {
    let at = |p: u32| position_atoms(p, state.n, words, tags);
    let clusters = Some(|p: u32| cluster_indices(p, state.n, words));
    let spelling = Some(|p: u32| spelling_atoms(p, state.n, words));
    fill_atoms(state, at, true, clusters, spelling, atoms, small)
}

/// Each word's `position_atoms` for one sentence, read by `parse` instead
/// of computing them at every transition: the words, then the root (`n`),
/// then none (`n + 1`).
fn position_table(words: &[WordHashes], tags: &[u8], out: &mut Vec<(u64, u64, u16)>) {
    let n = words.len() as u32;
    out.clear();
    out.extend((0..n).map(|p| position_atoms(p, n, words, tags)));
    out.push(position_atoms(n, n, words, tags));
    out.push(position_atoms(NONE, n, words, tags));
}

/// `atoms`, with each position's word, tag and small tag index from `at`;
/// the children's labels only `with_labels`, the clusters and spelling
/// only when given (their atoms are left as they were otherwise: for a
/// model whose templates do not read them).
#[inline]
fn fill_atoms<C: Fn(u32) -> (u16, u16), S: Fn(u32) -> (u64, u64)>(
    state: &State,
    at: impl Fn(u32) -> (u64, u64, u16),
    with_labels: bool,
    clusters: Option<C>,
    spelling: Option<S>,
    atoms: &mut [u64],
    small: &mut [u16],
) -> [u32; POSITIONS.len()] {
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
        let (w, t, i) = at(p);
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
    // Between the two stack words (the RIGHT arc's words), as `dist` is
    // between the LEFT arc's.
    let (d1, i1) = if s1 == NONE {
        (99, 9)
    } else {
        let b = bucket(s0 - s1) as u16;
        (b, b)
    };
    atoms[base + 8] = hash_small(DIST1_DOMAIN, d1 as u64);
    small[base + 8] = i1;
    let (v, i) = valency(s1, &state.n_left);
    atoms[base + 9] = hash_small(VALENCY_DOMAIN, v as u64);
    small[base + 9] = i;
    let label_positions = if with_labels {
        &positions[CHILD_POSITIONS]
    } else {
        &[]
    };
    for (k, &p) in label_positions.iter().enumerate() {
        let l = if p == NONE || p >= n {
            NO_ARC_LABEL
        } else {
            state.labels[p as usize]
        };
        let (v, i) = if l == NO_ARC_LABEL {
            (999, 0)
        } else {
            (l as u64, 1 + l as u16)
        };
        atoms[LABEL_BASE + k] = hash_small(LABEL_DOMAIN, v);
        small[LABEL_BASE + k] = i;
    }
    for k in 0..4 {
        atoms[ARC_BASE + k] = 0;
        small[ARC_BASE + k] = 0;
    }
    if let Some(clusters) = clusters {
        for (k, &p) in positions[CLUSTER_POSITIONS].iter().enumerate() {
            let (fine, coarse) = clusters(p);
            let at = CLUSTER_BASE + 2 * k;
            atoms[at] = hash_small(CLUSTER_DOMAIN, fine as u64);
            small[at] = fine;
            atoms[at + 1] = hash_small(COARSE_DOMAIN, coarse as u64);
            small[at + 1] = coarse;
        }
    }
    if let Some(spelling) = spelling {
        for (k, &p) in positions[SPELLING_POSITIONS].iter().enumerate() {
            let (suffix, shape) = spelling(p);
            atoms[SPELLING_BASE + 2 * k] = suffix;
            atoms[SPELLING_BASE + 2 * k + 1] = shape;
        }
    }
    positions
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

/// The relation of each arc, chosen when the parser makes it, from the
/// parser's atoms and the arc's (`arc_atoms`): the dependent's children
/// are all attached by then, with their labels, which later decisions read.
#[derive(Debug, Clone)]
pub struct ArcLabeler {
    pub templates: Templates,
    pub weights: Weights,
    /// The label of the word attached to the root (only it gets it).
    pub root_label: u8,
    /// Whether these labels are the model's answer (otherwise they only
    /// inform the parser, and the labeler relabels the finished tree).
    pub are_final: bool,
    /// (dependent tag, head tag, direction) → the label the training data
    /// almost always gives it (`labeler::tag_pair_key`): read, not scored.
    pub dictionary: FxHashMap<u32, u8>,
    scorer: Scorer,
}

impl ArcLabeler {
    pub fn new(
        templates: Templates,
        weights: Weights,
        root_label: u8,
        are_final: bool,
        dictionary: FxHashMap<u32, u8>,
        n_tags: usize,
    ) -> Self {
        let scorer = Scorer::new(&templates, &weights, &domains(n_tags, weights.n_classes()));
        Self {
            templates,
            weights,
            root_label,
            are_final,
            dictionary,
            scorer,
        }
    }

    /// The dictionary's label for the arc from `h` to `d`, if it has one.
    #[inline]
    pub fn from_dictionary(&self, tags: &[u8], d: u32, h: u32) -> Option<u8> {
        if self.dictionary.is_empty() {
            return None;
        }
        let key = tag_pair_key(tags[d as usize], tags[h as usize], d < h);
        self.dictionary.get(&key).copied()
    }

    /// The label of the arc `action` makes, from atoms filled by `atoms`.
    pub fn label(
        &self,
        state: &State,
        words: &[WordHashes],
        tags: &[u8],
        action: usize,
        buf: &mut ClassifierBuffers,
    ) -> u8 {
        let (d, h) = state.arc(action).expect("an arc action");
        if h == state.n {
            return self.root_label;
        }
        if let Some(label) = self.from_dictionary(tags, d, h) {
            return label;
        }
        arc_atoms(state, words, tags, action, &mut buf.atoms, &mut buf.small);
        self.scorer.score(&self.weights, buf);
        buf.scores[self.root_label as usize] = f32::NEG_INFINITY;
        argmax(&buf.scores) as u8
    }
}

#[derive(Debug, Clone)]
pub struct ParserModel {
    pub templates: Templates,
    pub weights: Weights,
    /// The tag of punctuation (UD's `PUNCT`), for "punctuation between".
    pub punct_tag: Option<u8>,
    /// Labels chosen with the arcs, if the model has them.
    pub labels: Option<ArcLabeler>,
    scorer: Scorer,
    /// Whether any template reads the children's labels (otherwise `parse`
    /// leaves their atoms unset).
    reads_labels: bool,
    /// Likewise for the word clusters and the spelling.
    reads_clusters: bool,
    reads_spelling: bool,
}

impl ParserModel {
    /// Scores by hashing every template, as training does (a check on
    /// the dense tables).
    pub fn hash_every_template(&mut self) {
        self.scorer = Scorer::hashed_only(&self.templates, &self.weights);
        if let Some(l) = &mut self.labels {
            l.scorer = Scorer::hashed_only(&l.templates, &l.weights);
        }
    }

    /// `n_tags`: the size of the tag set the parser reads.
    pub fn new(
        templates: Templates,
        weights: Weights,
        labels: Option<ArcLabeler>,
        punct_tag: Option<u8>,
        n_tags: usize,
    ) -> Self {
        let n_labels = labels.as_ref().map_or(0, |l| l.weights.n_classes());
        let scorer =
            Scorer::with_anchors(&templates, &weights, &domains(n_tags, n_labels), &anchor_of);
        let reads = |range: std::ops::Range<usize>| {
            let reads_in = |t: &Templates| {
                (0..t.len()).any(|k| t.atoms_of(k).iter().any(|&a| range.contains(&(a as usize))))
            };
            reads_in(&templates) || labels.as_ref().is_some_and(|l| reads_in(&l.templates))
        };
        let reads_labels = labels.is_some() || reads(LABEL_BASE..ARC_BASE);
        let reads_clusters = reads(CLUSTER_BASE..SPELLING_BASE);
        let reads_spelling = reads(SPELLING_BASE..N_ATOMS);
        Self {
            templates,
            weights,
            punct_tag,
            labels,
            scorer,
            reads_labels,
            reads_clusters,
            reads_spelling,
        }
    }

    /// Parses a tagged sentence; the heads are left in `state.heads`, and
    /// with arc labels, the labels in `state.labels`.
    ///
    /// UD never hangs a word under punctuation, yet a greedy parser out of
    /// its domain does: a quoted predicate ('… is "dangerous and
    /// inconsistent"') comes out as the quotation mark's dependent, out of
    /// the reach of every reader of the tree. Such a sentence is parsed
    /// again with punctuation kept a leaf
    /// (`State::valid_with_punctuation_leaves`). Only then: forcing every
    /// sentence so costs the treebank's punctuation its far heads (EWT dev
    /// UAS 83.54 → 81.87, 0.17 of it on other words).
    pub fn parse(
        &self,
        words: &[WordHashes],
        tags: &[u8],
        state: &mut State,
        buf: &mut ClassifierBuffers,
    ) {
        self.parse_with(words, tags, state, buf, None);
        if let Some(punct) = self.punct_tag {
            let under_punctuation = |(d, &h): (usize, &u32)| h < state.n && tags[h as usize] == punct && tags[d] != punct;
            if state.heads.iter().enumerate().any(under_punctuation) {
                self.parse_with(words, tags, state, buf, Some(punct));
            }
        }
    }

    /// `parse`, with punctuation kept a leaf when `punctuation_leaves`
    /// names its tag.
    fn parse_with(
        &self,
        words: &[WordHashes],
        tags: &[u8],
        state: &mut State,
        buf: &mut ClassifierBuffers,
        punctuation_leaves: Option<u8>,
    ) {
        state.reset(words.len());
        state.count_punctuation(tags, self.punct_tag);
        buf.atoms.resize(N_ATOMS.max(buf.atoms.len()), 0);
        buf.small.resize(N_ATOMS.max(buf.small.len()), 0);
        // Anchor words: the sentence's, the root (`n`) and none (`n + 1`).
        buf.anchored
            .reset(self.scorer.anchor_kinds().count(), words.len() + 2);
        let mut anchor_words = [0u32; N_ANCHOR_KINDS];
        position_table(words, tags, &mut buf.positions);
        let n = words.len() as u32;
        while !state.is_terminal() {
            let valid = match punctuation_leaves {
                Some(punct) => state.valid_with_punctuation_leaves(tags, punct),
                None => state.valid(),
            };
            let forced = valid.iter().filter(|&&v| v).count() == 1;
            let action = if forced {
                valid.iter().position(|&v| v).expect("one valid action")
            } else {
                let table = &buf.positions;
                let at = |p: u32| table[if p == NONE { n + 1 } else { p } as usize];
                let clusters = self
                    .reads_clusters
                    .then_some(|p: u32| cluster_indices(p, n, words));
                let spelling = self
                    .reads_spelling
                    .then_some(|p: u32| spelling_atoms(p, n, words));
                let positions = fill_atoms(
                    state,
                    at,
                    self.reads_labels,
                    clusters,
                    spelling,
                    &mut buf.atoms,
                    &mut buf.small,
                );
                anchors(&positions, state.n, &mut anchor_words);
                self.scorer
                    .score_anchored(&self.weights, buf, &anchor_words);
                for (a, ok) in valid.iter().enumerate().take(N_ACTIONS) {
                    if !ok {
                        buf.scores[a] = f32::NEG_INFINITY;
                    }
                }
                argmax(&buf.scores)
            };
            match (&self.labels, state.arc(action)) {
                (Some(labeler), Some((d, h))) => {
                    if forced && h != state.n && labeler.from_dictionary(tags, d, h).is_none() {
                        atoms(state, words, tags, &mut buf.atoms, &mut buf.small);
                    }
                    let label = labeler.label(state, words, tags, action, buf);
                    state.apply(action);
                    state.labels[d as usize] = label;
                }
                _ => state.apply(action),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atoms_of(names: &[&str]) -> Vec<u16> {
        let all = atom_names();
        names
            .iter()
            .map(|n| all.iter().position(|a| a == n).expect("an atom") as u16)
            .collect()
    }

    /// Templates over one position's word, tag and spelling, or over the
    /// buffer's (a function of `b0`), are summed once a word; any other atom makes them per
    /// transition.
    #[test]
    fn spelling_atoms_anchor_like_the_word_they_spell() {
        let s0 = 1 + POSITIONS.iter().position(|p| *p == "s0").unwrap();
        let s1 = 1 + POSITIONS.iter().position(|p| *p == "s1").unwrap();
        assert_eq!(anchor_of(&atoms_of(&["s0.s", "s0.t"])), Some(s0));
        assert_eq!(anchor_of(&atoms_of(&["s1.sh", "s1.w"])), Some(s1));
        assert_eq!(anchor_of(&atoms_of(&["b0.s", "b0.t"])), Some(0));
        assert_eq!(anchor_of(&atoms_of(&["b0.s", "b1.t", "b2.sh"])), Some(0));
        assert_eq!(anchor_of(&atoms_of(&["s0.s", "b0.t"])), None);
        assert_eq!(anchor_of(&atoms_of(&["b0.s", "b0.c"])), None);
        assert_eq!(anchor_of(&atoms_of(&["b0.s", "dist"])), None);
        assert_eq!(atom_names().len(), N_ATOMS);
        assert_eq!(domains(17, 51).len(), N_ATOMS);
    }
}
