//! Word clusters: each frequent word's class at two granularities, learned
//! from raw text (`train::clusters`, an exchange algorithm over word
//! bigrams), so that the parser can generalise from "ministry" to
//! "ministries" and "embassy" even where the treebank never saw them
//! together. A word the table does not hold has no cluster.

use rustc_hash::FxHashMap;

use crate::binio::{Reader, Writer};
use crate::lexical::WordHashes;
use crate::SyntaxError;

/// The most clusters each granularity may have: the parser's atoms over
/// them have small domains (`parser::domains`), so that templates over a
/// pair of clusters fit a dense table.
pub const MAX_FINE: u16 = 250;
pub const MAX_COARSE: u16 = 32;

/// Word (the hash of its lower-cased form, `WordHashes::lower`) → its fine
/// and coarse cluster.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    map: FxHashMap<u64, (u16, u16)>,
}

impl Clusters {
    /// `entries`: (lower-case hash, fine cluster, coarse cluster).
    pub fn new(entries: impl IntoIterator<Item = (u64, u16, u16)>) -> Result<Self, SyntaxError> {
        let mut map = FxHashMap::default();
        for (k, fine, coarse) in entries {
            if fine >= MAX_FINE || coarse >= MAX_COARSE {
                return Err(SyntaxError::Model(format!(
                    "cluster {fine}/{coarse} past the limits {MAX_FINE}/{MAX_COARSE}"
                )));
            }
            map.insert(k, (fine, coarse));
        }
        Ok(Self { map })
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Sets each word's clusters: 0 for none, else the cluster + 1.
    pub fn fill(&self, words: &mut [WordHashes]) {
        for w in words {
            (w.cluster, w.coarse) = self
                .map
                .get(&w.lower)
                .map_or((0, 0), |&(f, c)| (f + 1, c + 1));
        }
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        let mut entries: Vec<(u64, (u16, u16))> = self.map.iter().map(|(&k, &v)| (k, v)).collect();
        entries.sort_unstable();
        w.u64s(&entries.iter().map(|e| e.0).collect::<Vec<_>>());
        let mut ids = Vec::with_capacity(2 * entries.len());
        for (_, (f, c)) in &entries {
            ids.push(*f as u8);
            ids.push(*c as u8);
        }
        w.bytes(&ids);
    }

    pub(crate) fn read(r: &mut Reader) -> Result<Self, SyntaxError> {
        let keys = r.u64s()?;
        let ids = r.bytes()?;
        if ids.len() != 2 * keys.len() {
            return Err(SyntaxError::Model("cluster table is malformed".into()));
        }
        Self::new(
            keys.into_iter()
                .zip(ids.chunks_exact(2))
                .map(|(k, c)| (k, c[0] as u16, c[1] as u16)),
        )
    }
}
