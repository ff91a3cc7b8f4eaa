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
}

/// Key of a tag and a lower-cased form (whole word).
pub fn exact_key(tag: u8, lower: &str) -> u64 {
    combine(hash_small(TAG_DOMAIN, tag as u64), hash_str(lower))
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
        Self {
            exact,
            rules,
            strings,
            keep_case,
        }
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
        if let Some(&s) = self.exact.get(&exact_key(tag, lower)) {
            out.push_str(&self.strings[s as usize]);
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
            if let Some(&(cut, add)) = self.rules.get(&suffix_key(tag, suffix)) {
                let cut = cut as usize;
                if cut <= base_chars {
                    out.extend(base.chars().take(base_chars - cut));
                    out.push_str(&self.strings[add as usize]);
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
        Ok(Self {
            exact,
            rules,
            strings,
            keep_case,
        })
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
