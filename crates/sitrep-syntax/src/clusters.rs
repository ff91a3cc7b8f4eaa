//! Word clusters: each frequent word's class at two granularities, learned
//! from raw text (`train::clusters`, an exchange algorithm over word
//! bigrams), so that the parser can generalise from "ministry" to
//! "ministries" and "embassy" even where the treebank never saw them
//! together. A word the table does not hold has no cluster.
//!
//! The table is a sorted array of word hashes with a bucket index over
//! their top bits, not a hash map: the French table holds 452,000 forms
//! (the Lefff's), and a map's buckets, built insert by insert, were half
//! of the French model's load time (fresh pages, cleared by the kernel).
//! The sorted keys are the file's own layout, so a load only checks the
//! order and counts the buckets.

use crate::binio::{Reader, Writer};
use crate::lexical::WordHashes;
use crate::SyntaxError;

/// The most clusters each granularity may have: the parser's atoms over
/// them have small domains (`parser::domains`), so that templates over a
/// pair of clusters fit a dense table.
pub const MAX_FINE: u16 = 250;
pub const MAX_COARSE: u16 = 32;

/// Bits of a hash that choose its bucket: 65,536 buckets, a few words
/// each for the largest table, 256 KB of index.
const BUCKET_BITS: u32 = 16;

/// Word (the hash of its lower-cased form, `WordHashes::lower`) → its fine
/// and coarse cluster.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    /// Word hashes, strictly increasing.
    keys: Vec<u64>,
    /// `(fine, coarse)` of `keys[i]`.
    ids: Vec<(u8, u8)>,
    /// `keys[starts[b]..starts[b + 1]]` are the hashes whose top bits are
    /// `b`; empty when the table is.
    starts: Vec<u32>,
}

impl Clusters {
    /// `entries`: (lower-case hash, fine cluster, coarse cluster). A hash
    /// given twice keeps its last clusters.
    pub fn new(entries: impl IntoIterator<Item = (u64, u16, u16)>) -> Result<Self, SyntaxError> {
        let mut entries: Vec<(u64, u16, u16)> = entries.into_iter().collect();
        // Stable, so that of equal hashes the last given stays last.
        entries.sort_by_key(|e| e.0);
        let mut keys: Vec<u64> = Vec::with_capacity(entries.len());
        let mut ids = Vec::with_capacity(entries.len());
        for (k, fine, coarse) in entries {
            check_limits(fine, coarse)?;
            if keys.last() == Some(&k) {
                ids.pop();
                keys.pop();
            }
            keys.push(k);
            ids.push((fine as u8, coarse as u8));
        }
        Ok(Self::indexed(keys, ids))
    }

    fn indexed(keys: Vec<u64>, ids: Vec<(u8, u8)>) -> Self {
        let starts = if keys.is_empty() {
            Vec::new()
        } else {
            let mut starts = vec![0u32; (1 << BUCKET_BITS) + 1];
            for &k in &keys {
                starts[bucket(k) + 1] += 1;
            }
            for b in 1..starts.len() {
                starts[b] += starts[b - 1];
            }
            starts
        };
        Self { keys, ids, starts }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    fn get(&self, key: u64) -> Option<(u8, u8)> {
        let b = bucket(key);
        let (lo, hi) = (*self.starts.get(b)? as usize, self.starts[b + 1] as usize);
        let i = lo + self.keys[lo..hi].binary_search(&key).ok()?;
        Some(self.ids[i])
    }

    /// Sets each word's clusters: 0 for none, else the cluster + 1.
    pub fn fill(&self, words: &mut [WordHashes]) {
        for w in words {
            (w.cluster, w.coarse) = self
                .get(w.lower)
                .map_or((0, 0), |(f, c)| (f as u16 + 1, c as u16 + 1));
        }
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.u64s(&self.keys);
        let mut ids = Vec::with_capacity(2 * self.ids.len());
        for &(f, c) in &self.ids {
            ids.push(f);
            ids.push(c);
        }
        w.bytes(&ids);
    }

    pub(crate) fn read(r: &mut Reader) -> Result<Self, SyntaxError> {
        let keys = r.u64s()?;
        let raw_ids = r.bytes()?;
        if raw_ids.len() != 2 * keys.len() || keys.windows(2).any(|p| p[0] >= p[1]) {
            return Err(SyntaxError::Model("cluster table is malformed".into()));
        }
        let mut ids = Vec::with_capacity(keys.len());
        for c in raw_ids.chunks_exact(2) {
            check_limits(c[0] as u16, c[1] as u16)?;
            ids.push((c[0], c[1]));
        }
        Ok(Self::indexed(keys, ids))
    }
}

fn bucket(key: u64) -> usize {
    (key >> (64 - BUCKET_BITS)) as usize
}

fn check_limits(fine: u16, coarse: u16) -> Result<(), SyntaxError> {
    if fine >= MAX_FINE || coarse >= MAX_COARSE {
        return Err(SyntaxError::Model(format!(
            "cluster {fine}/{coarse} past the limits {MAX_FINE}/{MAX_COARSE}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(lower: u64) -> WordHashes {
        WordHashes {
            lower,
            ..WordHashes::default()
        }
    }

    #[test]
    fn finds_every_word_and_no_other() {
        let entries: Vec<(u64, u16, u16)> = (0..5000u64)
            .map(|i| (i.wrapping_mul(0x9E37_79B9_7F4A_7C15), (i % 200) as u16, (i % 30) as u16))
            .collect();
        let table = Clusters::new(entries.iter().rev().copied()).unwrap();
        assert_eq!(table.len(), 5000);
        for &(k, f, c) in &entries {
            let mut w = [word(k)];
            table.fill(&mut w);
            assert_eq!((w[0].cluster, w[0].coarse), (f + 1, c + 1));
        }
        let mut unknown = [word(1), word(u64::MAX)];
        table.fill(&mut unknown);
        assert!(unknown.iter().all(|w| (w.cluster, w.coarse) == (0, 0)));
    }

    #[test]
    fn survives_its_own_file_layout_and_rejects_a_shuffled_one() {
        let table = Clusters::new([(7, 1, 1), (3, 2, 0), (u64::MAX, 3, 4), (7, 5, 6)]).unwrap();
        assert_eq!(table.len(), 3, "a hash given twice keeps one entry");
        let mut w = Writer::default();
        table.write(&mut w);
        let back = Clusters::read(&mut Reader::new(&w.bytes)).unwrap();
        let mut words = [word(7), word(3), word(u64::MAX)];
        back.fill(&mut words);
        let got: Vec<(u16, u16)> = words.iter().map(|w| (w.cluster, w.coarse)).collect();
        assert_eq!(got, [(6, 7), (3, 1), (4, 5)]);

        let mut shuffled = Writer::default();
        shuffled.u64s(&[7, 3]);
        shuffled.bytes(&[1, 1, 2, 0]);
        assert!(Clusters::read(&mut Reader::new(&shuffled.bytes)).is_err());
    }

    #[test]
    fn an_empty_table_finds_nothing() {
        let mut w = [word(42)];
        Clusters::default().fill(&mut w);
        assert_eq!((w[0].cluster, w[0].coarse), (0, 0));
    }
}
