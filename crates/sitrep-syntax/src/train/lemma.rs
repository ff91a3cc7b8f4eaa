//! Learning the lemmatiser from the treebank's own lemmas.

use rustc_hash::FxHashMap;

use super::Gold;
use crate::lemma::{edit_script, exact_key, suffix_key, Lemmatiser, MAX_SUFFIX};

pub fn train(train: &[Gold], tag_names: &[String]) -> Lemmatiser {
    let n_tags = tag_names.len();
    // Does a tag's lemma keep the word's case? Asked of capitalised words.
    let mut case = vec![(0u32, 0u32); n_tags];
    for g in train {
        for ((form, lemma), &t) in g.forms.iter().zip(&g.lemmas).zip(&g.tags) {
            if form.chars().any(char::is_uppercase) {
                let c = &mut case[t as usize];
                c.1 += 1;
                if form == lemma {
                    c.0 += 1;
                }
            }
        }
    }
    let keep_case: Vec<bool> = case
        .iter()
        .map(|&(same, all)| all > 0 && same * 2 > all)
        .collect();

    let mut strings: Vec<String> = Vec::new();
    let mut string_ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut intern = |s: &str, strings: &mut Vec<String>| -> u32 {
        if let Some(&i) = string_ids.get(s) {
            return i;
        }
        let i = strings.len() as u32;
        strings.push(s.to_owned());
        string_ids.insert(s.to_owned(), i);
        i
    };

    // Whole words: the most frequent lemma of each (tag, lower-cased form).
    let mut seen: FxHashMap<(u8, String), FxHashMap<String, u32>> = FxHashMap::default();
    for g in train {
        for ((form, lemma), &t) in g.forms.iter().zip(&g.lemmas).zip(&g.tags) {
            if lemma == "_" {
                continue;
            }
            *seen
                .entry((t, form.to_lowercase()))
                .or_default()
                .entry(lemma.clone())
                .or_insert(0) += 1;
        }
    }
    let mut types: Vec<(&(u8, String), &FxHashMap<String, u32>)> = seen.iter().collect();
    types.sort_by(|a, b| a.0.cmp(b.0));
    let mut exact = FxHashMap::default();
    // Suffix rules count word types, so one frequent word does not decide.
    let mut scripts: FxHashMap<u64, FxHashMap<(usize, String), u32>> = FxHashMap::default();
    for ((tag, lower), lemmas) in types {
        let mut ranked: Vec<(&String, &u32)> = lemmas.iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let lemma = ranked[0].0;
        let id = intern(lemma, &mut strings);
        exact.insert(exact_key(*tag, lower), id);
        let base: String = if keep_case[*tag as usize] {
            // The written form is needed for case; the lemma's first letter
            // case tells it well enough for the script.
            let mut c = lower.chars();
            match (c.next(), lemma.chars().next()) {
                (Some(f), Some(l)) if l.is_uppercase() => f.to_uppercase().chain(c).collect(),
                _ => lower.clone(),
            }
        } else {
            lower.clone()
        };
        let (cut, add) = edit_script(&base, lemma);
        let chars: Vec<char> = lower.chars().collect();
        for k in 1..=MAX_SUFFIX.min(chars.len()) {
            if cut > k {
                continue;
            }
            let suffix: String = chars[chars.len() - k..].iter().collect();
            *scripts
                .entry(suffix_key(*tag, &suffix))
                .or_default()
                .entry((cut, add.clone()))
                .or_insert(0) += 1;
        }
    }
    let mut rule_keys: Vec<u64> = scripts.keys().copied().collect();
    rule_keys.sort_unstable();
    let mut rules = FxHashMap::default();
    for key in rule_keys {
        let options = &scripts[&key];
        let mut ranked: Vec<(&(usize, String), &u32)> = options.iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let ((cut, add), &count) = ranked[0];
        if count >= 2 && *cut < 256 {
            let id = intern(add, &mut strings);
            rules.insert(key, (*cut as u8, id));
        }
    }
    Lemmatiser::new(exact, rules, strings, keep_case)
}
