//! Which clitics the treebank writes as words of their own although the
//! text joins them to a neighbour (`I'm` → `I` `'m`; French `l'armée` →
//! `l'` `armée`): learned from multiword tokens and from `SpaceAfter=No`.

use rustc_hash::FxHashMap;

use crate::conllu::Sentence;
use crate::words::is_apostrophe;

const MIN_COUNT: u32 = 3;

fn fold(s: &str) -> String {
    s.chars()
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// (suffix clitics, prefix clitics), most frequent first.
pub fn learn(sentences: &[Sentence]) -> (Vec<String>, Vec<String>) {
    let mut suffixes: FxHashMap<String, u32> = FxHashMap::default();
    let mut prefixes: FxHashMap<String, u32> = FxHashMap::default();
    for s in sentences {
        let mut in_token = vec![false; s.words.len()];
        for (a, b, _) in s.multiword_tokens() {
            for flag in in_token.iter_mut().take(b + 1).skip(a) {
                *flag = true;
            }
        }
        for (i, w) in s.words.iter().enumerate() {
            let form = fold(&w.form);
            if form.chars().count() < 2 || !form.chars().any(char::is_alphabetic) {
                continue;
            }
            let joined_before =
                i > 0 && (s.no_space_after(i - 1) || (in_token[i] && in_token[i - 1]));
            let joined_after =
                i + 1 < s.words.len() && (s.no_space_after(i) || (in_token[i] && in_token[i + 1]));
            if form.starts_with('\'') && joined_before {
                *suffixes.entry(form.clone()).or_insert(0) += 1;
            }
            if form.ends_with('\'') && !form.starts_with('\'') && joined_after {
                *prefixes.entry(form).or_insert(0) += 1;
            }
        }
    }
    (ranked(suffixes), ranked(prefixes))
}

fn ranked(counts: FxHashMap<String, u32>) -> Vec<String> {
    let mut v: Vec<(String, u32)> = counts
        .into_iter()
        .filter(|&(_, c)| c >= MIN_COUNT)
        .collect();
    // Longest first, so `'re` is tried before a shorter clitic it ends with.
    v.sort_by(|a, b| {
        b.0.chars()
            .count()
            .cmp(&a.0.chars().count())
            .then(b.1.cmp(&a.1))
            .then(a.0.cmp(&b.0))
    });
    v.into_iter().map(|(s, _)| s).collect()
}
