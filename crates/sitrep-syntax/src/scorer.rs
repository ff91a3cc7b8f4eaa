//! A trained classifier as inference runs it. Templates whose atoms all
//! have few possible values (tags, labels, distances, counts) get a dense
//! table indexed directly by those values, filled at load time from the
//! hash table: no hashing and no probing, and the tables are small enough
//! to stay in cache. Only templates over words are hashed and probed. The
//! scores are exactly those of hashing every template (`score_hashed`),
//! which training uses; the model file is the same either way.

use crate::tagger::ClassifierBuffers;
use crate::templates::Templates;
use crate::weights::{add_packed, Weights};

/// The values an atom takes, by small index: `Some(hashes)` for an atom
/// with few values (`hashes[i]` is the value the atom has when its small
/// index is `i`), `None` for an atom over words.
pub type Domains = Vec<Option<Vec<u64>>>;

/// A template is made dense when its table has at most this many cells.
const MAX_CELLS: usize = 1 << 16;

/// One template with a dense table: cell = `offset + Σ small[atom] × stride`.
#[derive(Debug, Clone)]
struct Dense {
    offset: usize,
    len: usize,
    atoms: [u16; crate::templates::MAX_ATOMS],
    strides: [u32; crate::templates::MAX_ATOMS],
}

#[derive(Debug, Clone)]
pub struct Scorer {
    /// The templates still hashed (over words).
    hashed: Templates,
    dense: Vec<Dense>,
    /// Dense cells: the packed row itself for tables of packed rows,
    /// otherwise the row's index plus one (0: the feature has no weights).
    cells: Vec<u64>,
    packed: bool,
}

impl Scorer {
    /// Splits `templates` into dense and hashed ones (given the atoms'
    /// `domains`) and fills the dense tables from `weights`.
    pub fn new(templates: &Templates, weights: &Weights, domains: &Domains) -> Self {
        let mut dense = Vec::new();
        let mut cells = Vec::new();
        let mut keep_hashed = Vec::new();
        for t in 0..templates.len() {
            let atoms = templates.atoms_of(t);
            let sizes: Option<Vec<usize>> = atoms
                .iter()
                .map(|&a| domains.get(a as usize)?.as_ref().map(Vec::len))
                .collect();
            let cells_needed = sizes.as_ref().map(|s| {
                s.iter()
                    .try_fold(1usize, |n, &d| n.checked_mul(d))
                    .unwrap_or(usize::MAX)
            });
            let (Some(sizes), Some(n_cells)) = (sizes, cells_needed) else {
                keep_hashed.push(true);
                continue;
            };
            if n_cells > MAX_CELLS || n_cells == 0 {
                keep_hashed.push(true);
                continue;
            }
            keep_hashed.push(false);
            let mut d = Dense {
                offset: cells.len(),
                len: atoms.len(),
                atoms: [0; crate::templates::MAX_ATOMS],
                strides: [0; crate::templates::MAX_ATOMS],
            };
            let mut stride = 1u32;
            for (k, &a) in atoms.iter().enumerate().rev() {
                d.atoms[k] = a;
                d.strides[k] = stride;
                stride *= sizes[k] as u32;
            }
            // Every combination of the atoms' values, in cell order (the
            // last atom varies fastest).
            let mut values = vec![0u64; domains.len()];
            let mut index = vec![0usize; atoms.len()];
            for _ in 0..n_cells {
                for (k, &a) in atoms.iter().enumerate() {
                    values[a as usize] = domains[a as usize].as_ref().expect("dense")[index[k]];
                }
                let cell = match weights.find(templates.key_of(t, &values)) {
                    None => 0,
                    Some(p) if weights.is_packed() => p,
                    Some(r) => r + 1,
                };
                cells.push(cell);
                for k in (0..atoms.len()).rev() {
                    index[k] += 1;
                    if index[k] < sizes[k] {
                        break;
                    }
                    index[k] = 0;
                }
            }
            dense.push(d);
        }
        Self {
            hashed: templates.subset(&keep_hashed),
            dense,
            cells,
            packed: weights.is_packed(),
        }
    }

    /// Hashes every template: no dense tables (to check that they score
    /// alike).
    pub fn hashed_only(templates: &Templates, weights: &Weights) -> Self {
        Self {
            hashed: templates.clone(),
            dense: Vec::new(),
            cells: Vec::new(),
            packed: weights.is_packed(),
        }
    }

    /// Templates left to hashing, and those with dense tables.
    pub fn counts(&self) -> (usize, usize) {
        (self.hashed.len(), self.dense.len())
    }

    /// Scores every class into `buf.scores` from the atoms' values
    /// (`buf.atoms`) and small indices (`buf.small`).
    #[inline]
    pub fn score(&self, weights: &Weights, buf: &mut ClassifierBuffers) {
        let acc_len = weights.row_len().max(4);
        buf.acc.clear();
        buf.acc.resize(acc_len, 0);
        self.hashed.keys(&buf.atoms, &mut buf.keys);
        weights.prefetch(&buf.keys);
        if self.packed {
            for d in &self.dense {
                let cell = self.cells[self.cell(d, &buf.small)];
                add_packed(&mut buf.acc, cell);
            }
            weights.add(&buf.keys, &mut buf.acc);
        } else {
            buf.rows.clear();
            for d in &self.dense {
                let cell = self.cells[self.cell(d, &buf.small)];
                if cell != 0 {
                    let r = cell as u32 - 1;
                    weights.prefetch_row(r as usize);
                    buf.rows.push(r);
                }
            }
            weights.find_rows(&buf.keys, &mut buf.rows);
            weights.add_rows(&buf.rows, &mut buf.acc);
        }
        weights.finish(&buf.acc, &mut buf.scores);
    }

    #[inline]
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
            assert_eq!(scorer.counts(), (2, 2));
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
