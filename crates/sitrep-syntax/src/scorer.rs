//! A trained classifier as inference runs it. Templates whose atoms all
//! have few possible values (tags, labels, distances, counts) get a dense
//! table indexed directly by those values, filled at load time from the
//! hash table: no hashing and no probing, and the tables are small enough
//! to stay in cache. Only templates over words are hashed and probed. The
//! scores are exactly those of hashing every template (`score_hashed`),
//! which training uses; the model file is the same either way.

use crate::tagger::ClassifierBuffers;
use crate::templates::{Templates, MAX_ATOMS};
use crate::weights::{add_packed, Weights};

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
}

#[derive(Debug, Clone)]
pub struct Scorer {
    /// The templates still hashed (over words).
    hashed: Templates,
    dense: Vec<Dense>,
    /// For a table of packed rows (the parser's few actions): each cell
    /// holds the summed weights of every template folded into its table.
    /// A template whose atoms are among another's is folded into that
    /// one's table, so the parser reads 17 tables for 33 templates.
    packed_cells: Vec<[i32; 4]>,
    /// The same for the tables whose sums fit an `i16` (most: a cell sums
    /// few weights), stored narrow; the sums are the same.
    narrow_cells: Vec<[i16; 4]>,
    /// Otherwise each template has its own table, whose cells hold the
    /// index of the template's row plus one (0: the feature has no weights).
    row_cells: Vec<u32>,
    packed: bool,
}

impl Scorer {
    /// Splits `templates` into dense and hashed ones (given the atoms'
    /// `domains`) and fills the dense tables from `weights`.
    pub fn new(templates: &Templates, weights: &Weights, domains: &Domains) -> Self {
        let packed = weights.is_packed();
        let size = |atoms: &[u16]| -> Option<usize> {
            atoms.iter().try_fold(1usize, |n, &a| {
                let d = domains.get(a as usize)?.as_ref()?.len();
                n.checked_mul(d).filter(|&n| n <= MAX_CELLS && d > 0)
            })
        };
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
            let within = |g: &(Vec<u16>, Vec<usize>)| atoms.iter().all(|a| g.0.contains(a));
            match groups.iter_mut().find(|g| packed && within(g)) {
                Some(g) => g.1.push(t),
                None => groups.push((atoms.to_vec(), vec![t])),
            }
        }
        let mut scorer = Self {
            hashed: templates.subset(&keep_hashed),
            dense: Vec::new(),
            packed_cells: Vec::new(),
            narrow_cells: Vec::new(),
            row_cells: Vec::new(),
            packed,
        };
        let mut cells: Vec<[i32; 4]> = Vec::new();
        let mut values = vec![0u64; domains.len()];
        let mut keys: Vec<u64> = Vec::new();
        for (atoms, members) in groups {
            let sizes: Vec<usize> = atoms
                .iter()
                .map(|&a| domains[a as usize].as_ref().map_or(0, Vec::len))
                .collect();
            let n_cells: usize = sizes.iter().product();
            let mut d = Dense {
                offset: scorer.row_cells.len(),
                len: atoms.len(),
                atoms: [0; MAX_ATOMS],
                strides: [0; MAX_ATOMS],
                narrow: false,
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
            weights.prefetch(&keys[..AHEAD.min(n_cells) * m]);
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
                } else {
                    let cell = weights.find(cell_keys[0]).map_or(0, |r| r as u32 + 1);
                    scorer.row_cells.push(cell);
                }
            }
            if packed {
                let fits = |v: i32| i16::try_from(v).is_ok();
                d.narrow = cells.iter().flatten().all(|&v| fits(v));
                if d.narrow {
                    d.offset = scorer.narrow_cells.len();
                    scorer
                        .narrow_cells
                        .extend(cells.iter().map(|c| c.map(|v| v as i16)));
                } else {
                    d.offset = scorer.packed_cells.len();
                    scorer.packed_cells.extend_from_slice(&cells);
                }
            }
            scorer.dense.push(d);
        }
        scorer
    }

    /// Hashes every template: no dense tables (to check that they score
    /// alike).
    pub fn hashed_only(templates: &Templates, weights: &Weights) -> Self {
        Self {
            hashed: templates.clone(),
            dense: Vec::new(),
            packed_cells: Vec::new(),
            narrow_cells: Vec::new(),
            row_cells: Vec::new(),
            packed: weights.is_packed(),
        }
    }

    /// Templates left to hashing, and dense tables.
    pub fn counts(&self) -> (usize, usize) {
        (self.hashed.len(), self.dense.len())
    }

    /// Scores every class into `buf.scores` from the atoms' values
    /// (`buf.atoms`) and small indices (`buf.small`).
    #[inline]
    pub fn score(&self, weights: &Weights, buf: &mut ClassifierBuffers) {
        self.hashed.keys(&buf.atoms, &mut buf.keys);
        weights.prefetch(&buf.keys);
        buf.acc.clear();
        if self.packed {
            let mut sum = [0i32; 4];
            for d in &self.dense {
                let at = self.cell(d, &buf.small);
                if d.narrow {
                    let cell = &self.narrow_cells[at];
                    for (s, &c) in sum.iter_mut().zip(cell) {
                        *s += c as i32;
                    }
                } else {
                    for (s, c) in sum.iter_mut().zip(&self.packed_cells[at]) {
                        *s += c;
                    }
                }
            }
            weights.add(&buf.keys, &mut sum);
            buf.acc.extend_from_slice(&sum);
        } else {
            buf.acc.resize(weights.row_len(), 0);
            buf.rows.clear();
            for d in &self.dense {
                let cell = self.row_cells[self.cell(d, &buf.small)];
                if cell != 0 {
                    let r = cell - 1;
                    weights.prefetch_row(r as usize);
                    buf.rows.push(r);
                }
            }
            weights.find_rows(&buf.keys, &mut buf.rows);
            weights.add_rows(&buf.rows, &mut buf.acc);
        }
        weights.finish(&buf.acc, &mut buf.scores);
    }

    #[inline(always)]
    fn cell(&self, d: &Dense, small: &[u16]) -> usize {
        let mut cell = d.offset;
        for k in 0..d.len {
            cell += small[d.atoms[k] as usize] as usize * d.strides[k] as usize;
        }
        cell
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
            // Packed rows fold `x` into `x + y`.
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
