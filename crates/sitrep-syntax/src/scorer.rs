//! A trained classifier as inference runs it. Templates whose atoms all
//! have few possible values (tags, labels, distances, counts) get a dense
//! table indexed directly by those values, filled at load time from the
//! hash table: no hashing and no probing, and the tables are small enough
//! to stay in cache. Only templates over words are hashed and probed. The
//! scores are exactly those of hashing every template (`score_hashed`),
//! which training uses; the model file is the same either way.

use crate::keys::KeySet;
use crate::lanes::Sum4;
use crate::lookups::Lookups;
use crate::tagger::ClassifierBuffers;
use crate::templates::{Templates, MAX_ATOMS};
use crate::weights::{add_packed, add_rows_of, Weights};

/// The values an atom takes, by small index: `Some(hashes)` for an atom
/// with few values (`hashes[i]` is the value the atom has when its small
/// index is `i`), `None` for an atom over words.
pub type Domains = Vec<Option<Vec<u64>>>;

/// A template is made dense when its table has at most this many cells.
const MAX_CELLS: usize = 1 << 16;

/// One dense table: cell = `offset + Σ small[atom] × stride`.
#[derive(Debug, Clone)]
struct Dense {
    offset: usize,
    len: usize,
    atoms: [u16; MAX_ATOMS],
    strides: [u32; MAX_ATOMS],
    /// Packed cells whose sums all fit an `i16` are kept as `i16`s
    /// (`narrow_cells`), halving the bytes the lookups bring into cache.
    narrow: bool,
    /// A table of separate rows whose cells are summed rows
    /// (`summed_rows`) rather than the index of one template's row.
    summed: bool,
}

#[derive(Debug, Clone)]
pub struct Scorer {
    /// The templates still hashed (over words).
    hashed: KeySet,
    /// Hashed templates whose features all read one word of the sentence
    /// (its anchor: for the parser, a word at one position, or the first
    /// of the buffer for the buffer's words), by anchor kind: their summed
    /// weights are looked up once per word and kept (`AnchorCache`), not
    /// at every transition that reads them again (packed rows only).
    anchored: Vec<(usize, KeySet)>,
    dense: Vec<Dense>,
    /// The dense tables' cells, as `lookups` computes them: of packed
    /// rows, narrow and wide; of separate rows, summed and one template's.
    narrow_lookups: Lookups,
    wide_lookups: Lookups,
    summed_lookups: Lookups,
    row_lookups: Lookups,
    /// For a table of packed rows (the parser's few actions): each cell
    /// holds the summed weights of every template folded into its table.
    /// A template whose atoms are among another's (atoms with one value,
    /// the bias, aside) is folded into that one's table, so the parser
    /// reads 17 tables for 33 templates.
    packed_cells: Vec<[i32; 4]>,
    /// The same for the tables whose sums fit an `i16` (most: a cell sums
    /// few weights), stored narrow; the sums are the same.
    narrow_cells: Vec<[i16; 4]>,
    /// For separate rows (the tagger's tags, the labeler's relations),
    /// templates are folded the same way when every summed weight fits an
    /// `i16`: each cell is then one row of the summed weights, laid out as
    /// the weight table's rows (`row_stride` apart, from `summed_base`), so
    /// a word adds one row per table instead of one per template.
    summed_rows: Vec<i16>,
    summed_base: usize,
    row_stride: usize,
    /// Otherwise each template has its own table, whose cells hold the
    /// index of the template's row plus one (0: the feature has no weights).
    row_cells: Vec<u32>,
    packed: bool,
}

impl Scorer {
    /// Splits `templates` into dense and hashed ones (given the atoms'
    /// `domains`) and fills the dense tables from `weights`.
    pub fn new(templates: &Templates, weights: &Weights, domains: &Domains) -> Self {
        Self::with_anchors(templates, weights, domains, &|_| None)
    }

    /// As `new`, and the hashed templates for which `anchor_of` (given
    /// their atoms) names an anchor kind are scored by `score_anchored`
    /// once per anchor word.
    pub fn with_anchors(
        templates: &Templates,
        weights: &Weights,
        domains: &Domains,
        anchor_of: &dyn Fn(&[u16]) -> Option<usize>,
    ) -> Self {
        if weights.n_features() == 0 {
            // Every score is 0 however it is looked up: no dense tables
            // full of zeros (10 MB for the labeler of a model whose arc
            // labels are final, which never runs).
            return Self::hashed_only(templates, weights);
        }
        let packed = weights.is_packed();
        let size = |atoms: &[u16]| -> Option<usize> {
            atoms.iter().try_fold(1usize, |n, &a| {
                let d = domains.get(a as usize)?.as_ref()?.len();
                n.checked_mul(d).filter(|&n| n <= MAX_CELLS && d > 0)
            })
        };
        // An atom with one value (the bias) selects no cell: a template
        // may be folded into a table that does not index it.
        let constant = |a: u16| domains[a as usize].as_ref().is_some_and(|d| d.len() == 1);
        let mut keep_hashed = vec![true; templates.len()];
        // Dense templates, those with more atoms first, then each with the
        // templates folded into its table.
        let mut dense_templates: Vec<usize> = (0..templates.len())
            .filter(|&t| size(templates.atoms_of(t)).is_some())
            .collect();
        dense_templates.sort_by_key(|&t| std::cmp::Reverse(templates.atoms_of(t).len()));
        let mut groups: Vec<(Vec<u16>, Vec<usize>)> = Vec::new();
        for t in dense_templates {
            keep_hashed[t] = false;
            let atoms = templates.atoms_of(t);
            let within =
                |g: &(Vec<u16>, Vec<usize>)| atoms.iter().all(|&a| constant(a) || g.0.contains(&a));
            match groups.iter_mut().find(|g| within(g)) {
                Some(g) => g.1.push(t),
                None => groups.push((atoms.to_vec(), vec![t])),
            }
        }
        let row_stride = weights.row_stride();
        let mut anchored = Vec::new();
        if packed {
            let kinds: Vec<Option<usize>> = (0..templates.len())
                .map(|t| anchor_of(templates.atoms_of(t)).filter(|_| keep_hashed[t]))
                .collect();
            let mut found: Vec<usize> = kinds.iter().flatten().copied().collect();
            found.sort_unstable();
            found.dedup();
            for kind in found {
                let members: Vec<bool> = kinds.iter().map(|&k| k == Some(kind)).collect();
                anchored.push((kind, KeySet::of(&templates.subset(&members).by_length())));
            }
            for (t, k) in kinds.iter().enumerate() {
                if k.is_some() {
                    keep_hashed[t] = false;
                }
            }
        }
        let mut scorer = Self {
            anchored,
            hashed: KeySet::of(&templates.subset(&keep_hashed).by_length()),
            dense: Vec::new(),
            narrow_lookups: Lookups::default(),
            wide_lookups: Lookups::default(),
            summed_lookups: Lookups::default(),
            row_lookups: Lookups::default(),
            packed_cells: Vec::new(),
            narrow_cells: Vec::new(),
            summed_rows: Vec::new(),
            summed_base: 0,
            row_stride,
            row_cells: Vec::new(),
            packed,
        };
        // The summed rows are written straight into their final buffer
        // (rows `row_stride` apart, as the weight table's, from a 64-byte
        // line `summed_base` `i16`s in; on a 2 MB page when that large),
        // sized for every
        // table that may be summed: a copy grown and then copied would be
        // garbage left on the heap after loading (the tagger's tables are
        // 8 to 11 MB).
        let summed_bound: usize = groups
            .iter()
            .filter(|g| !packed && g.1.len() > 1)
            .map(|g| {
                let cells: usize = g.0.iter().map(|&a| domains[a as usize].as_ref().map_or(0, Vec::len)).product();
                cells * row_stride
            })
            .sum();
        if summed_bound > 0 {
            (scorer.summed_rows, scorer.summed_base) =
                crate::weights::huge_buffer::<i16>(summed_bound);
        }
        let mut summed_len = 0;
        let n_classes = weights.n_classes();
        let mut cells: Vec<[i32; 4]> = Vec::new();
        let mut sums: Vec<i32> = Vec::new();
        let mut values = vec![0u64; domains.len()];
        for (a, d) in domains.iter().enumerate() {
            if let Some(d) = d.as_ref().filter(|d| d.len() == 1) {
                values[a] = d[0];
            }
        }
        let mut keys: Vec<u64> = Vec::new();
        let mut queue = groups;
        queue.reverse();
        while let Some((atoms, members)) = queue.pop() {
            let sizes: Vec<usize> = atoms
                .iter()
                .map(|&a| domains[a as usize].as_ref().map_or(0, Vec::len))
                .collect();
            let n_cells: usize = sizes.iter().product();
            let summed = !packed && members.len() > 1;
            let mut d = Dense {
                offset: 0,
                len: atoms.len(),
                atoms: [0; MAX_ATOMS],
                strides: [0; MAX_ATOMS],
                narrow: false,
                summed,
            };
            let mut stride = 1u32;
            for (k, &a) in atoms.iter().enumerate().rev() {
                d.atoms[k] = a;
                d.strides[k] = stride;
                stride *= sizes[k] as u32;
            }
            // Every combination of the atoms' values, in cell order (the
            // last atom varies fastest): first every cell's keys (one per
            // member template), then their weights, each probe asked for
            // `AHEAD` cells before it is made, so that the cache misses of
            // loading overlap (they were most of a model's load time).
            const AHEAD: usize = 16;
            keys.clear();
            let mut index = vec![0usize; atoms.len()];
            for _ in 0..n_cells {
                for (k, &a) in atoms.iter().enumerate() {
                    values[a as usize] = domains[a as usize].as_ref().map_or(0, |v| v[index[k]]);
                }
                keys.extend(members.iter().map(|&t| templates.key_of(t, &values)));
                for k in (0..atoms.len()).rev() {
                    index[k] += 1;
                    if index[k] < sizes[k] {
                        break;
                    }
                    index[k] = 0;
                }
            }
            let m = members.len();
            cells.clear();
            // Whether every summed weight so far fits an `i16`.
            let mut sums_fit = true;
            weights.prefetch(&keys[..AHEAD.min(n_cells) * m]);
            let row_cells_start = scorer.row_cells.len();
            for c in 0..n_cells {
                if c + AHEAD < n_cells {
                    weights.prefetch(&keys[(c + AHEAD) * m..(c + AHEAD + 1) * m]);
                }
                let cell_keys = &keys[c * m..(c + 1) * m];
                if packed {
                    let mut sum = [0i32; 4];
                    for &key in cell_keys {
                        if let Some(p) = weights.find(key) {
                            add_packed(&mut sum, p);
                        }
                    }
                    cells.push(sum);
                } else if summed {
                    if !sums_fit {
                        continue;
                    }
                    // One cell's sums, written as its row at once (the rows
                    // of a table of 65,536 cells of 52 labels were 14 MB
                    // of `i32`s while loading).
                    sums.clear();
                    sums.resize(n_classes, 0);
                    for &key in cell_keys {
                        if let Some(r) = weights.find(key) {
                            for (s, &w) in sums.iter_mut().zip(weights.row(r as usize)) {
                                *s += w as i32;
                            }
                        }
                    }
                    sums_fit = sums.iter().all(|v| i16::try_from(*v).is_ok());
                    let at = scorer.summed_base + summed_len + c * row_stride;
                    for (to, &v) in scorer.summed_rows[at..at + n_classes].iter_mut().zip(&sums) {
                        *to = v as i16;
                    }
                } else {
                    let cell = weights.find(cell_keys[0]).map_or(0, |r| r as u32 + 1);
                    scorer.row_cells.push(cell);
                }
            }
            let fits = |v: &i32| i16::try_from(*v).is_ok();
            if packed {
                d.narrow = cells.iter().flatten().all(fits);
                if d.narrow {
                    d.offset = scorer.narrow_cells.len();
                    scorer
                        .narrow_cells
                        .extend(cells.iter().map(|c| c.map(|v| v as i16)));
                } else {
                    d.offset = scorer.packed_cells.len();
                    scorer.packed_cells.extend_from_slice(&cells);
                }
            } else if summed {
                if !sums_fit {
                    // Some sum needs more than an `i16`: each member keeps
                    // a table of its own rows (the rows written are left
                    // to the next table's).
                    for &t in members.iter().rev() {
                        queue.push((templates.atoms_of(t).to_vec(), vec![t]));
                    }
                    continue;
                }
                d.offset = summed_len / row_stride;
                summed_len += n_cells * row_stride;
            } else {
                d.offset = row_cells_start;
            }
            scorer.dense.push(d);
        }
        for d in &scorer.dense {
            let lookups = match (packed, d.narrow, d.summed) {
                (true, true, _) => &mut scorer.narrow_lookups,
                (true, false, _) => &mut scorer.wide_lookups,
                (false, _, true) => &mut scorer.summed_lookups,
                (false, _, false) => &mut scorer.row_lookups,
            };
            lookups.push(d.offset, &d.atoms[..d.len], &d.strides[..d.len]);
        }
        // Grown by doubling: their unused room handed back.
        scorer.narrow_cells.shrink_to_fit();
        scorer.packed_cells.shrink_to_fit();
        scorer.row_cells.shrink_to_fit();
        scorer
    }

    /// Hashes every template: no dense tables (to check that they score
    /// alike).
    pub fn hashed_only(templates: &Templates, weights: &Weights) -> Self {
        Self {
            anchored: Vec::new(),
            hashed: KeySet::of(templates),
            dense: Vec::new(),
            narrow_lookups: Lookups::default(),
            wide_lookups: Lookups::default(),
            summed_lookups: Lookups::default(),
            row_lookups: Lookups::default(),
            packed_cells: Vec::new(),
            narrow_cells: Vec::new(),
            summed_rows: Vec::new(),
            summed_base: 0,
            row_stride: weights.row_stride(),
            row_cells: Vec::new(),
            packed: weights.is_packed(),
        }
    }

    /// Templates left to hashing (anchored or not), and dense tables.
    pub fn counts(&self) -> (usize, usize) {
        let anchored: usize = self.anchored.iter().map(|a| a.1.len()).sum();
        (self.hashed.len() + anchored, self.dense.len())
    }

    /// The anchor kinds that have templates, and so need an anchor word.
    pub fn anchor_kinds(&self) -> impl Iterator<Item = usize> + '_ {
        self.anchored.iter().map(|a| a.0)
    }

    /// The summed packed rows of the dense tables.
    #[inline]
    fn dense_sum(&self, small: &[u16]) -> Sum4 {
        let mut sum = Sum4::zero();
        self.narrow_lookups
            .for_each(small, |at| sum.add_i16(&self.narrow_cells[at]));
        self.wide_lookups
            .for_each(small, |at| sum.add_i32(&self.packed_cells[at]));
        sum
    }

    /// As `score` (packed rows), with the anchored templates' sums read
    /// from `cache` where their anchor word (`anchors[kind]`, `< cache`'s
    /// words) has them, and kept there otherwise.
    #[inline]
    pub fn score_anchored(&self, weights: &Weights, buf: &mut ClassifierBuffers, anchors: &[u32]) {
        debug_assert!(self.packed);
        self.hashed.keys(&buf.atoms, &mut buf.keys);
        let free = buf.keys.len();
        let cache = &mut buf.anchored;
        cache.missing.clear();
        for (k, (kind, templates)) in self.anchored.iter().enumerate() {
            let slot = k * cache.stride + anchors[*kind] as usize;
            if !cache.known[slot] {
                templates.append_keys(&buf.atoms, &mut buf.keys);
                cache.missing.push((k as u32, slot as u32));
            }
        }
        weights.prefetch(&buf.keys);
        let mut sum = self.dense_sum(&buf.small);
        weights.add(&buf.keys[..free], &mut sum);
        let mut at = free;
        for &(k, slot) in &cache.missing {
            let n = self.anchored[k as usize].1.len();
            let mut part = Sum4::zero();
            weights.add(&buf.keys[at..at + n], &mut part);
            at += n;
            cache.sums[slot as usize] = part.to_array();
            cache.known[slot as usize] = true;
        }
        for (k, (kind, _)) in self.anchored.iter().enumerate() {
            sum.add_i32(&cache.sums[k * cache.stride + anchors[*kind] as usize]);
        }
        buf.acc.clear();
        buf.acc.extend_from_slice(&sum.to_array());
        weights.finish(&buf.acc, &mut buf.scores);
    }

    /// Scores every class into `buf.scores` from the atoms' values
    /// (`buf.atoms`) and small indices (`buf.small`).
    #[inline]
    pub fn score(&self, weights: &Weights, buf: &mut ClassifierBuffers) {
        self.hashed.keys(&buf.atoms, &mut buf.keys);
        weights.prefetch(&buf.keys);
        buf.acc.clear();
        if self.packed {
            let mut sum = self.dense_sum(&buf.small);
            weights.add(&buf.keys, &mut sum);
            buf.acc.extend_from_slice(&sum.to_array());
        } else {
            buf.acc.resize(weights.row_len(), 0);
            buf.rows.clear();
            buf.summed.clear();
            let summed = &mut buf.summed;
            self.summed_lookups
                .for_each(&buf.small, |at| summed.push(at as u32));
            let rows = &mut buf.rows;
            self.row_lookups.for_each(&buf.small, |at| {
                if self.row_cells[at] != 0 {
                    let r = self.row_cells[at] - 1;
                    weights.prefetch_row(r as usize);
                    rows.push(r);
                }
            });
            weights.find_rows(&buf.keys, &mut buf.rows);
            if !buf.summed.is_empty() {
                add_rows_of(
                    &self.summed_rows[self.summed_base..],
                    self.row_stride,
                    weights.row_len(),
                    &buf.summed,
                    &mut buf.acc,
                );
            }
            weights.add_rows(&buf.rows, &mut buf.acc);
        }
        weights.finish(&buf.acc, &mut buf.scores);
    }
}

/// The anchored templates' summed packed rows (`Scorer::score_anchored`)
/// for the words of one sentence, by anchor kind and word.
#[derive(Debug, Default, Clone)]
pub struct AnchorCache {
    /// Anchor words per kind (the sentence's words and two more).
    stride: usize,
    sums: Vec<[i32; 4]>,
    known: Vec<bool>,
    /// Kinds (their index in `Scorer::anchored`) and slots to fill.
    missing: Vec<(u32, u32)>,
}

impl AnchorCache {
    /// Forgets every sum: `kinds` anchor kinds, anchors `0..words`.
    pub fn reset(&mut self, kinds: usize, words: usize) {
        self.stride = words;
        self.known.clear();
        self.known.resize(kinds * words, false);
        self.sums.resize(kinds * words, [0; 4]);
    }
}

/// Scores every class by hashing every template (as training does): the
/// reference that `Scorer::score` must equal.
pub fn score_hashed(templates: &Templates, weights: &Weights, buf: &mut ClassifierBuffers) {
    templates.keys(&buf.atoms, &mut buf.keys);
    weights.score(&buf.keys, &mut buf.acc, &mut buf.scores);
}

/// A domain of small numbers in hashing's `domain`, by small index.
pub fn small_domain(domain: u64, values: impl IntoIterator<Item = u64>) -> Option<Vec<u64>> {
    Some(
        values
            .into_iter()
            .map(|v| crate::hashing::hash_small(domain, v))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hashing::hash_small;

    /// A folded cell whose sum does not fit an `i16` keeps its table wide,
    /// and still scores as hashing.
    #[test]
    fn sums_past_i16_stay_exact() {
        let domains: Domains = vec![small_domain(7, 0..3), small_domain(8, [5, 9])];
        let templates = Templates::parse("x\nx + y\n", &["x", "y"], "test").unwrap();
        let mut buf = ClassifierBuffers::default();
        let mut keys = Vec::new();
        let mut entries = Vec::new();
        for x in 0..3u64 {
            for y in [5u64, 9] {
                templates.keys(&[hash_small(7, x), hash_small(8, y)], &mut keys);
                entries.extend(keys.iter().map(|&k| (k, vec![100.0, -100.0, 1.0])));
            }
        }
        entries.sort_by_key(|e| e.0);
        entries.dedup_by_key(|e| e.0);
        let weights = Weights::from_rows(3, &entries);
        let scorer = Scorer::new(&templates, &weights, &domains);
        assert!(scorer.dense.iter().all(|d| !d.narrow));
        for x in 0..3u64 {
            for (j, y) in [5u64, 9].into_iter().enumerate() {
                buf.atoms = vec![hash_small(7, x), hash_small(8, y)];
                buf.small = vec![x as u16, j as u16];
                score_hashed(&templates, &weights, &mut buf);
                let expected = buf.scores.clone();
                scorer.score(&weights, &mut buf);
                assert_eq!(buf.scores, expected);
                assert!((expected[0] - 200.0).abs() < 0.1, "{expected:?}");
            }
        }
    }

    /// Separate rows whose sums do not fit an `i16` keep a table per
    /// template; those that fit are summed, the bias folded in too.
    #[test]
    fn summed_rows_fold_only_what_fits() {
        let domains: Domains = vec![
            small_domain(7, 0..3),
            small_domain(8, [5, 9]),
            Some(vec![1]),
        ];
        let templates = Templates::parse("x + y\nx\nbias\n", &["x", "y", "bias"], "test").unwrap();
        let mut buf = ClassifierBuffers::default();
        let mut keys = Vec::new();
        for big in [false, true] {
            // A feature of no template sets the scale: 10 is `i16::MAX`.
            let mut entries = vec![(12345u64, vec![10.0, 0.0, 0.0, 0.0, 0.0, 0.0])];
            for x in 0..3u64 {
                for y in [5u64, 9] {
                    templates.keys(&[hash_small(7, x), hash_small(8, y), 1], &mut keys);
                    for (t, &k) in keys.iter().enumerate() {
                        let w = if big { 9.0 } else { 0.5 + t as f32 };
                        entries.push((k, vec![w, -w, 0.25, 2.0, -1.0, x as f32]));
                    }
                }
            }
            entries.sort_by_key(|e| e.0);
            entries.dedup_by_key(|e| e.0);
            let weights = Weights::from_rows(6, &entries);
            let scorer = Scorer::new(&templates, &weights, &domains);
            assert_eq!(scorer.counts(), (0, if big { 3 } else { 1 }));
            for x in 0..3u64 {
                for (j, y) in [5u64, 9].into_iter().enumerate() {
                    buf.atoms = vec![hash_small(7, x), hash_small(8, y), 1];
                    buf.small = vec![x as u16, j as u16, 0];
                    score_hashed(&templates, &weights, &mut buf);
                    let expected = buf.scores.clone();
                    scorer.score(&weights, &mut buf);
                    assert_eq!(buf.scores, expected, "big {big}, x {x}, y {y}");
                }
            }
        }
    }

    #[test]
    fn dense_tables_score_as_hashing() {
        // Atoms: 0 a word (hashed), 1 and 2 small (3 and 2 values).
        let domains: Domains = vec![None, small_domain(7, 0..3), small_domain(8, [5, 9])];
        let templates = Templates::parse("w\nx\nx + y\nw + y\n", &["w", "x", "y"], "test").unwrap();
        let mut buf = ClassifierBuffers::default();
        let mut all_keys = Vec::new();
        for n_classes in [3, 6] {
            // Weights for every combination the atoms can make.
            let mut entries = Vec::new();
            for (i, x) in (0..3u64).enumerate() {
                for (j, y) in [5u64, 9].into_iter().enumerate() {
                    buf.atoms = vec![1234, hash_small(7, x), hash_small(8, y)];
                    templates.keys(&buf.atoms, &mut all_keys);
                    for (t, &k) in all_keys.iter().enumerate() {
                        if (i + j + t) % 3 != 0 {
                            let row = (0..n_classes)
                                .map(|c| (c * 7 + t * 3 + i * 2 + j) as f32 - 5.0)
                                .collect();
                            entries.push((k, row));
                        }
                    }
                }
            }
            entries.sort_by_key(|e| e.0);
            entries.dedup_by_key(|e| e.0);
            let weights = Weights::from_rows(n_classes, &entries);
            let scorer = Scorer::new(&templates, &weights, &domains);
            // Packed rows fold `x` into `x + y`; separate rows would too,
            // but these weights' sums do not fit an `i16`
            // (`summed_rows_fold_only_what_fits`).
            let expect_tables = if n_classes <= 4 { 1 } else { 2 };
            assert_eq!(scorer.counts(), (2, expect_tables));
            for x in 0..3u64 {
                for (j, y) in [5u64, 9].into_iter().enumerate() {
                    buf.atoms = vec![1234, hash_small(7, x), hash_small(8, y)];
                    buf.small = vec![0, x as u16, j as u16];
                    score_hashed(&templates, &weights, &mut buf);
                    let expected = buf.scores.clone();
                    scorer.score(&weights, &mut buf);
                    assert_eq!(buf.scores, expected, "{n_classes} classes, x {x}, y {y}");
                }
            }
        }
    }
}
