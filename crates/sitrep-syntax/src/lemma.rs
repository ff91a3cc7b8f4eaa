//! Lemmas: the training data's own lemma for a word it has seen with that
//! tag; otherwise an edit script ("cut 3 letters, add `y`") chosen by the
//! longest suffix that the training data's words of that tag share.
//! Whether a tag's lemma keeps the word's case (proper nouns) is learned too.

use rustc_hash::FxHashMap;

use crate::binio::{Reader, Writer};
use crate::hashing::{combine, hash_small, hash_str};
use crate::SyntaxError;

pub const MAX_SUFFIX: usize = 5;
const TAG_DOMAIN: u64 = 303;

#[derive(Debug, Clone, Default)]
pub struct Lemmatiser {
    exact: FxHashMap<u64, u32>,
    rules: FxHashMap<u64, (u8, u32)>,
    strings: Vec<String>,
    keep_case: Vec<bool>,
    /// The same as `exact` and `rules`, as `lemma_into` reads them: each
    /// key beside its string's place in `arena` (and the letters to cut),
    /// so that a word costs one probe and one read of its lemma's letters,
    /// not a hash map's control bytes, bucket, `String` and letters (the
    /// lemmatiser was a twentieth of parsing time, nearly all waiting).
    exact_slots: Slots,
    rule_slots: Slots,
    arena: String,
}

/// An open-addressing table (linear probing, at most half full) from a
/// key (a finalised hash, so its low bits are spread) to a payload: the
/// lemma string's offset in the arena (high 32 bits), its length (24 bits)
/// and the letters to cut (low 8 bits).
#[derive(Debug, Clone, Default)]
struct Slots {
    mask: usize,
    slots: Vec<[u64; 2]>,
}

impl Slots {
    fn new(entries: impl ExactSizeIterator<Item = (u64, u64)>) -> Self {
        let capacity = (entries.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![[0u64; 2]; capacity];
        let mask = capacity - 1;
        for (key, payload) in entries {
            let key = crate::weights::nonzero(key);
            let mut at = key as usize & mask;
            while slots[at][0] != 0 && slots[at][0] != key {
                at = (at + 1) & mask;
            }
            slots[at] = [key, payload];
        }
        Self { mask, slots }
    }

    #[inline]
    fn get(&self, key: u64) -> Option<u64> {
        let key = crate::weights::nonzero(key);
        let mut at = key as usize & self.mask;
        loop {
            let [k, payload] = *self.slots.get(at)?;
            if k == key {
                return Some(payload);
            }
            if k == 0 {
                return None;
            }
            at = (at + 1) & self.mask;
        }
    }
}

/// Key of a tag and a lower-cased form (whole word).
pub fn exact_key(tag: u8, lower: &str) -> u64 {
    exact_key_of_hash(tag, hash_str(lower))
}

/// `exact_key` from the hash of the lower-cased form.
fn exact_key_of_hash(tag: u8, lower: u64) -> u64 {
    combine(hash_small(TAG_DOMAIN, tag as u64), lower)
}

/// Key of a tag and the last letters of a lower-cased form.
pub fn suffix_key(tag: u8, suffix: &str) -> u64 {
    combine(hash_small(TAG_DOMAIN + 1, tag as u64), hash_str(suffix))
}

/// How to turn `base` into `lemma`: letters cut from the end, then the text
/// added.
pub fn edit_script(base: &str, lemma: &str) -> (usize, String) {
    let common = base
        .chars()
        .zip(lemma.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let cut = base.chars().count() - common;
    (cut, lemma.chars().skip(common).collect())
}

impl Lemmatiser {
    pub fn new(
        exact: FxHashMap<u64, u32>,
        rules: FxHashMap<u64, (u8, u32)>,
        strings: Vec<String>,
        keep_case: Vec<bool>,
    ) -> Self {
        let mut l = Self {
            exact,
            rules,
            strings,
            keep_case,
            ..Self::default()
        };
        l.index();
        l
    }

    /// Asks the memory system for the slot `lemma_into` will read first
    /// for a word tagged `tag` whose lower-cased form hashes to `lower`
    /// (`hash_str`), so that a sentence's look-ups overlap. Only a hint: a
    /// wrong hash costs nothing but the hint.
    #[inline]
    pub fn prefetch(&self, tag: u8, lower: u64) {
        #[cfg(target_arch = "x86_64")]
        if !self.exact_slots.slots.is_empty() {
            let key = crate::weights::nonzero(exact_key_of_hash(tag, lower));
            let p = self.exact_slots.slots[key as usize & self.exact_slots.mask].as_ptr();
            // SAFETY: a prefetch is only a hint and `p` points into the slots.
            unsafe {
                std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                    p as *const i8,
                )
            };
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = (tag, lower);
    }

    /// Lays out `exact_slots`, `rule_slots` and `arena` from the maps.
    fn index(&mut self) {
        let mut places = Vec::with_capacity(self.strings.len());
        for s in &self.strings {
            places.push((self.arena.len() as u64) << 32 | (s.len() as u64 & 0xFF_FFFF) << 8);
            self.arena.push_str(s);
        }
        self.exact_slots = Slots::new(self.exact.iter().map(|(&k, &s)| (k, places[s as usize])));
        self.rule_slots = Slots::new(
            self.rules
                .iter()
                .map(|(&k, &(cut, s))| (k, places[s as usize] | cut as u64)),
        );
    }

    /// The lemma string and letters to cut of a payload of `Slots`.
    #[inline]
    fn place(&self, payload: u64) -> (&str, usize) {
        let start = (payload >> 32) as usize;
        let len = ((payload >> 8) & 0xFF_FFFF) as usize;
        (&self.arena[start..start + len], (payload & 0xFF) as usize)
    }

    /// Writes the lemma of `form` tagged `tag` into `out` (cleared first).
    /// `lower` and `chars` are reusable buffers.
    pub fn lemma_into(&self, form: &str, tag: u8, lower: &mut String, out: &mut String) {
        out.clear();
        lower.clear();
        if form.is_ascii() {
            lower.push_str(form);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(form.chars().flat_map(char::to_lowercase));
        }
        if let Some(p) = self.exact_slots.get(exact_key(tag, lower)) {
            out.push_str(self.place(p).0);
            return;
        }
        let keep_case = self.keep_case.get(tag as usize).copied().unwrap_or(false);
        let base: &str = if keep_case { form } else { lower };
        // Suffixes by character, longest first: the byte offsets where the
        // last 1..=MAX_SUFFIX characters begin, from the end of the word.
        let mut starts = [0usize; MAX_SUFFIX];
        let mut n = 0;
        for (i, _) in lower.char_indices().rev().take(MAX_SUFFIX) {
            starts[n] = i;
            n += 1;
        }
        let base_chars = base.chars().count();
        for &start in starts[..n].iter().rev() {
            let suffix = &lower[start..];
            if let Some(p) = self.rule_slots.get(suffix_key(tag, suffix)) {
                let (add, cut) = self.place(p);
                if cut <= base_chars {
                    out.extend(base.chars().take(base_chars - cut));
                    out.push_str(add);
                    if !out.is_empty() {
                        return;
                    }
                }
            }
        }
        out.clear();
        out.push_str(base);
    }

    pub fn write(&self, w: &mut Writer) {
        let mut exact: Vec<(u64, u32)> = self.exact.iter().map(|(&k, &v)| (k, v)).collect();
        exact.sort_unstable();
        w.u64s(&exact.iter().map(|e| e.0).collect::<Vec<_>>());
        w.u32s(&exact.iter().map(|e| e.1).collect::<Vec<_>>());
        let mut rules: Vec<(u64, (u8, u32))> = self.rules.iter().map(|(&k, &v)| (k, v)).collect();
        rules.sort_unstable();
        w.u64s(&rules.iter().map(|e| e.0).collect::<Vec<_>>());
        w.u32s(
            &rules
                .iter()
                .map(|e| (e.1 .0 as u32) << 24 | e.1 .1)
                .collect::<Vec<_>>(),
        );
        w.strs(&self.strings);
        w.bytes(&self.keep_case.iter().map(|&b| b as u8).collect::<Vec<_>>());
    }

    pub fn read(r: &mut Reader) -> Result<Self, SyntaxError> {
        let exact_keys = r.u64s()?;
        let exact_values = r.u32s()?;
        let rule_keys = r.u64s()?;
        let rule_values = r.u32s()?;
        let strings = r.strs()?;
        let keep_case = r.bytes()?.iter().map(|&b| b != 0).collect();
        let bad = |m: &str| Err(SyntaxError::Model(format!("lemmatiser: {m}")));
        if exact_keys.len() != exact_values.len() || rule_keys.len() != rule_values.len() {
            return bad("keys and values differ in length");
        }
        let n = strings.len() as u32;
        if exact_values.iter().any(|&v| v >= n) || rule_values.iter().any(|&v| v & 0xFF_FFFF >= n) {
            return bad("string index out of range");
        }
        let exact = exact_keys.into_iter().zip(exact_values).collect();
        let rules = rule_keys
            .into_iter()
            .zip(rule_values)
            .map(|(k, v)| (k, ((v >> 24) as u8, v & 0xFF_FFFF)))
            .collect();
        Ok(Self::new(exact, rules, strings, keep_case))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_scripts() {
        assert_eq!(edit_script("studies", "study"), (3, "y".into()));
        assert_eq!(edit_script("was", "be"), (3, "be".into()));
        assert_eq!(edit_script("troops", "troop"), (1, "".into()));
    }

    #[test]
    fn exact_then_suffix_rules_then_the_word() {
        let mut exact = FxHashMap::default();
        exact.insert(exact_key(1, "was"), 0);
        let mut rules = FxHashMap::default();
        rules.insert(suffix_key(2, "ies"), (3, 1));
        let l = Lemmatiser::new(
            exact,
            rules,
            vec!["be".into(), "y".into()],
            vec![false, false, false, true],
        );
        let (mut lower, mut out) = (String::new(), String::new());
        l.lemma_into("Was", 1, &mut lower, &mut out);
        assert_eq!(out, "be");
        l.lemma_into("armies", 2, &mut lower, &mut out);
        assert_eq!(out, "army");
        l.lemma_into("Studies", 2, &mut lower, &mut out);
        assert_eq!(out, "study");
        l.lemma_into("Ouagadougou", 3, &mut lower, &mut out);
        assert_eq!(out, "Ouagadougou");
        let mut w = Writer::default();
        l.write(&mut w);
        let back = Lemmatiser::read(&mut Reader::new(&w.bytes)).unwrap();
        back.lemma_into("armies", 2, &mut lower, &mut out);
        assert_eq!(out, "army");
    }
}
