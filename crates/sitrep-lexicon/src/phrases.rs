//! Whole-token phrase lookup: a hash from each phrase's first word to the
//! phrases that start with it, longest first. On news text this beats an
//! Aho-Corasick scan over bytes (see DESIGN.md's measurements) and finds the
//! same whole-word matches.

use rustc_hash::FxHashMap;

/// Element-wise equality of short word-id slices: faster than the `memcmp`
/// that slice `==` becomes, for the one- to four-word phrases compared
/// millions of times.
#[inline]
pub fn same_words(a: &[WordId], b: &[WordId]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// Interned normalised word.
pub type WordId = u32;
/// The id of every word the lexicon does not contain.
pub const UNKNOWN: WordId = u32::MAX;

/// Normalised word → id.
#[derive(Debug, Default, Clone)]
pub struct Interner {
    ids: FxHashMap<Box<str>, WordId>,
}

impl Interner {
    pub fn intern(&mut self, word: &str) -> WordId {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.ids.len() as WordId;
        self.ids.insert(word.into(), id);
        id
    }

    /// Every word with accents by its folded form ("état" by "etat"),
    /// where no word is spelled so; of several words that fold alike, the
    /// one interned first.
    pub fn folded_aliases(&self) -> FxHashMap<Box<str>, WordId> {
        let mut out: FxHashMap<Box<str>, WordId> = FxHashMap::default();
        let mut folded = String::new();
        for (word, &id) in &self.ids {
            if word.is_ascii() {
                continue;
            }
            folded.clear();
            sitrep_text::normalise_into(word, &mut folded);
            if !self.ids.contains_key(folded.as_str()) {
                let slot = out.entry(folded.as_str().into()).or_insert(id);
                *slot = (*slot).min(id);
            }
        }
        out
    }

    pub fn get(&self, word: &str) -> WordId {
        self.ids.get(word).copied().unwrap_or(UNKNOWN)
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

#[derive(Debug, Clone)]
pub struct Phrase<P> {
    pub words: Box<[WordId]>,
    /// Written in capitals ("US", "AES"): matches only text in capitals, so
    /// that "told us" is not the United States.
    pub acronym: bool,
    pub payload: P,
}

#[derive(Debug, Clone)]
pub struct PhraseTable<P> {
    by_first: FxHashMap<WordId, Vec<u32>>,
    /// Exact words (and case rule) → index, to merge duplicates in O(1).
    exact: FxHashMap<(Box<[WordId]>, bool), u32>,
    phrases: Vec<Phrase<P>>,
}

impl<P> Default for PhraseTable<P> {
    fn default() -> Self {
        Self { by_first: FxHashMap::default(), exact: FxHashMap::default(), phrases: Vec::new() }
    }
}

impl<P> PhraseTable<P> {
    /// Adds a phrase, or returns the existing one with the same words (and
    /// case rule) so that the caller can merge payloads.
    pub fn entry(&mut self, words: Vec<WordId>, acronym: bool, payload: impl FnOnce() -> P) -> &mut P {
        let words: Box<[WordId]> = words.into();
        if let Some(&i) = self.exact.get(&(words.clone(), acronym)) {
            return &mut self.phrases[i as usize].payload;
        }
        let i = self.phrases.len();
        let len = words.len();
        self.exact.insert((words.clone(), acronym), i as u32);
        let list = self.by_first.entry(words[0]).or_default();
        self.phrases.push(Phrase { words, acronym, payload: payload() });
        // Kept longest first: insert after the last phrase at least as long.
        let phrases = &self.phrases;
        let at = list.partition_point(|&j| phrases[j as usize].words.len() >= len);
        list.insert(at, i as u32);
        &mut self.phrases[i].payload
    }

    /// The longest phrase starting at token `i`. `all_caps(j)` says whether
    /// token `j` is written in capitals.
    pub fn longest_at(&self, ids: &[WordId], i: usize, all_caps: impl Fn(usize) -> bool) -> Option<&Phrase<P>> {
        let candidates = self.by_first.get(&ids[i])?;
        candidates.iter().map(|&j| &self.phrases[j as usize]).find(|p| {
            let end = i + p.words.len();
            end <= ids.len() && same_words(&p.words, &ids[i..end]) && (!p.acronym || (i..end).all(&all_caps))
        })
    }

    /// Every phrase starting at token `i`, longest first.
    pub fn all_at<'a>(&'a self, ids: &'a [WordId], i: usize, all_caps: impl Fn(usize) -> bool + 'a) -> impl Iterator<Item = &'a Phrase<P>> + 'a {
        let candidates = self.by_first.get(&ids[i]).map_or(&[][..], Vec::as_slice);
        candidates.iter().map(|&j| &self.phrases[j as usize]).filter(move |p| {
            let end = i + p.words.len();
            end <= ids.len() && same_words(&p.words, &ids[i..end]) && (!p.acronym || (i..end).all(&all_caps))
        })
    }

    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Phrase<P>> {
        self.phrases.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_wins_and_acronyms_need_capitals() {
        let mut t: PhraseTable<&str> = PhraseTable::default();
        t.entry(vec![1], false, || "forces");
        t.entry(vec![0, 1], false, || "special forces");
        t.entry(vec![2], true, || "US");
        let ids = [0, 1, 2];
        assert_eq!(t.longest_at(&ids, 0, |_| false).unwrap().payload, "special forces");
        assert_eq!(t.longest_at(&ids, 1, |_| false).unwrap().payload, "forces");
        assert!(t.longest_at(&ids, 2, |_| false).is_none());
        assert!(t.longest_at(&ids, 2, |_| true).is_some());
    }
}
