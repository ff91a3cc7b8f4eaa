//! The averaged perceptron as the trainer uses it: dense rows of weights
//! per feature, and for averaging the running sum of each update weighted
//! by when it happened (the average is `w - u / c`, no per-step copying).

use rustc_hash::{FxHashMap, FxHashSet};

use crate::weights::{nonzero, Weights};

pub struct Perceptron {
    n_classes: usize,
    index: FxHashMap<u64, u32>,
    w: Vec<f32>,
    u: Vec<f64>,
    /// Examples seen (the clock of the average).
    c: f64,
    /// When set, only these features get weights (rare ones are left out).
    allowed: Option<FxHashSet<u64>>,
}

impl Perceptron {
    pub fn new(n_classes: usize, allowed: Option<FxHashSet<u64>>) -> Self {
        Self {
            n_classes,
            index: FxHashMap::default(),
            w: Vec::new(),
            u: Vec::new(),
            c: 1.0,
            allowed,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Current (not averaged) scores.
    pub fn score(&self, keys: &[u64], scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(self.n_classes, 0.0);
        for k in keys {
            if let Some(&row) = self.index.get(&nonzero(*k)) {
                let r = row as usize * self.n_classes;
                for (s, w) in scores.iter_mut().zip(&self.w[r..r + self.n_classes]) {
                    *s += w;
                }
            }
        }
    }

    fn row(&mut self, key: u64) -> Option<usize> {
        let key = nonzero(key);
        if let Some(&r) = self.index.get(&key) {
            return Some(r as usize);
        }
        if self.allowed.as_ref().is_some_and(|a| !a.contains(&key)) {
            return None;
        }
        let r = self.index.len();
        self.index.insert(key, r as u32);
        self.w.resize(self.w.len() + self.n_classes, 0.0);
        self.u.resize(self.u.len() + self.n_classes, 0.0);
        Some(r)
    }

    /// Moves weight from `guess` to `truth` for every feature.
    pub fn update(&mut self, keys: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        for &k in keys {
            if let Some(r) = self.row(k) {
                let base = r * self.n_classes;
                self.w[base + truth] += 1.0;
                self.u[base + truth] += self.c;
                self.w[base + guess] -= 1.0;
                self.u[base + guess] -= self.c;
            }
        }
    }

    /// One example has been seen.
    pub fn tick(&mut self) {
        self.c += 1.0;
    }

    /// The averaged weights as an inference table, leaving out features
    /// whose every averaged weight is below `threshold` in magnitude.
    pub fn averaged(&self, threshold: f32) -> Weights {
        let mut entries: Vec<(u64, Vec<f32>)> = Vec::with_capacity(self.index.len());
        let mut keys: Vec<(u64, u32)> = self.index.iter().map(|(&k, &r)| (k, r)).collect();
        keys.sort_unstable();
        for (key, row) in keys {
            let base = row as usize * self.n_classes;
            let avg: Vec<f32> = (0..self.n_classes)
                .map(|j| (self.w[base + j] as f64 - self.u[base + j] / self.c) as f32)
                .collect();
            if avg.iter().any(|w| w.abs() >= threshold) {
                entries.push((key, avg));
            }
        }
        Weights::from_rows(self.n_classes, &entries)
    }
}

/// Counts feature keys, to keep only those seen at least `min` times, and
/// remembers which template made each (keys come in template order).
#[derive(Default)]
pub struct FeatureCounts {
    counts: FxHashMap<u64, (u32, u16)>,
}

impl FeatureCounts {
    pub fn add(&mut self, keys: &[u64]) {
        for (t, &k) in keys.iter().enumerate() {
            self.counts.entry(nonzero(k)).or_insert((0, t as u16)).0 += 1;
        }
    }

    /// The kept features, and the template of every feature.
    pub fn at_least(self, min: u32) -> (FxHashSet<u64>, FxHashMap<u64, u16>) {
        let kept = self
            .counts
            .iter()
            .filter(|(_, &(c, _))| c >= min)
            .map(|(&k, _)| k)
            .collect();
        let templates = self.counts.into_iter().map(|(k, (_, t))| (k, t)).collect();
        (kept, templates)
    }
}

impl Perceptron {
    /// How much each template weighs in the trained model: the sum of the
    /// absolute averaged weights of its features, as a share of all. A
    /// guide for pruning templates (the trainer logs it).
    pub fn template_shares(
        &self,
        template_of: &FxHashMap<u64, u16>,
        n_templates: usize,
    ) -> Vec<f64> {
        let mut sums = vec![0f64; n_templates];
        for (key, &row) in &self.index {
            let Some(&t) = template_of.get(key) else {
                continue;
            };
            let base = row as usize * self.n_classes;
            sums[t as usize] += (0..self.n_classes)
                .map(|j| (self.w[base + j] as f64 - self.u[base + j] / self.c).abs())
                .sum::<f64>();
        }
        let total: f64 = sums.iter().sum::<f64>().max(f64::MIN_POSITIVE);
        sums.iter().map(|s| s / total).collect()
    }
}

/// A small deterministic generator (xorshift64*), so training is the same
/// for the same seed on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}
