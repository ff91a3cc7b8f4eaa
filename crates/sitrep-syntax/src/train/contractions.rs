//! Which surface forms the treebank writes as several words without an
//! apostrophe between them (French `au` = `à le`), learned from its
//! multiword tokens, with what it did after each previous word and tag
//! where the surface is also a word of its own (`des`). Splits at an
//! apostrophe are the clitics' (`train::clitics`), not these.

use rustc_hash::FxHashMap;

use crate::conllu::Sentence;
use crate::contractions::{fold_into, key_of, Contraction, Contractions, SPLIT, WHOLE};
use crate::words::is_apostrophe;

/// A contraction seen fewer times is left out (a typo or an odd split).
const MIN_COUNT: u32 = 2;
/// A surface is ambiguous (context decides) when it is a word of its own
/// at least this share of the times and `MIN_WHOLE` times: `du` (11 whole
/// of 465 in Sequoia, all partitives) is always split, `des` (267 of 778)
/// is not.
const MIN_WHOLE_SHARE: f64 = 0.05;
const MIN_WHOLE: u32 = 3;
/// A previous word decides for itself when seen this often before the
/// surface.
const MIN_PREVIOUS_WORD: u32 = 2;
/// A word beginning with a hyphen is split off when seen this often.
const MIN_HYPHEN_SUFFIX: u32 = 2;
/// An abbreviation is joined to its period when seen this often.
const MIN_ABBREVIATION: u32 = 2;

#[derive(Default)]
struct Seen {
    /// The lower-cased words, by how often.
    words: FxHashMap<Vec<String>, u32>,
    split: u32,
    whole: u32,
    /// (split, whole) by the previous word's tag (index `n_tags`: start).
    by_tag: Vec<(u32, u32)>,
    by_word: FxHashMap<u64, (u32, u32)>,
}

/// Learns the contractions of `sentences` (those whose tree is sound).
/// `tag_names` is the model's tag set. `extra_hyphen_suffixes` are split
/// off as the learned ones are, though the treebank may show them too
/// rarely or not at all (Sequoia's training words hold `-t-il` but no
/// `-t-elle`: `TrainConfig::hyphen_suffixes`).
pub fn learn(sentences: &[&Sentence], tag_names: &[String], extra_hyphen_suffixes: &[String]) -> Contractions {
    let mut seen: FxHashMap<String, Seen> = FxHashMap::default();
    let mut folded = String::new();
    // First the multiword tokens that are no split at an apostrophe.
    for s in sentences {
        for (a, b, surface) in s.multiword_tokens() {
            if surface.chars().any(is_apostrophe) || b <= a || b >= s.words.len() {
                continue;
            }
            fold_into(surface, &mut folded);
            let words: Vec<String> = s.words[a..=b]
                .iter()
                .map(|w| w.form.to_lowercase())
                .collect();
            let e = seen.entry(folded.clone()).or_default();
            *e.words.entry(words).or_insert(0) += 1;
        }
    }
    // Then every token of those surfaces, split or whole, with its
    // previous token and that token's (last word's) tag.
    let n_tags = tag_names.len();
    let mut previous = String::new();
    for s in sentences {
        let starts: FxHashMap<usize, (usize, &str)> = s
            .multiword_tokens()
            .map(|(a, b, surface)| (a, (b, surface)))
            .collect();
        let mut i = 0;
        let mut prev: Option<(u64, usize)> = None;
        while i < s.words.len() {
            let (last, surface) = match starts.get(&i) {
                Some(&(b, surface)) if b >= i && b < s.words.len() => (b, surface),
                _ => (i, s.words[i].form.as_str()),
            };
            fold_into(surface, &mut folded);
            if let Some(e) = seen.get_mut(&folded) {
                let split = last > i;
                if e.by_tag.is_empty() {
                    e.by_tag = vec![(0, 0); n_tags + 1];
                }
                let (tag_at, word) = match prev {
                    Some((key, tag)) => (tag, Some(key)),
                    None => (n_tags, None),
                };
                let bump = |c: &mut (u32, u32)| if split { c.0 += 1 } else { c.1 += 1 };
                if split {
                    e.split += 1;
                } else {
                    e.whole += 1;
                }
                bump(&mut e.by_tag[tag_at]);
                if let Some(k) = word {
                    bump(e.by_word.entry(k).or_insert((0, 0)));
                }
            }
            fold_into(surface, &mut previous);
            let tag = tag_names
                .iter()
                .position(|t| *t == s.words[last].upos)
                .unwrap_or(n_tags);
            prev = Some((key_of(&previous), tag));
            i = last + 1;
        }
    }
    let by_surface = seen
        .into_iter()
        .filter(|(_, e)| e.split >= MIN_COUNT)
        .filter_map(|(surface, e)| {
            // The most frequent split (ties: the first in order).
            let words = e
                .words
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(w, _)| w.clone())?;
            let total = e.split + e.whole;
            let ambiguous = e.whole >= MIN_WHOLE && f64::from(e.whole) >= MIN_WHOLE_SHARE * f64::from(total);
            let majority = |c: (u32, u32)| match c {
                (0, 0) => crate::contractions::NO_DATA,
                (s, w) if s >= w => SPLIT,
                _ => WHOLE,
            };
            let (by_previous_tag, mut by_previous_word) = if ambiguous {
                (
                    e.by_tag.iter().map(|&c| majority(c)).collect(),
                    e.by_word
                        .iter()
                        .filter(|(_, c)| c.0 + c.1 >= MIN_PREVIOUS_WORD)
                        .map(|(&k, &c)| (k, c.0 >= c.1))
                        .collect::<Vec<_>>(),
                )
            } else {
                (vec![crate::contractions::NO_DATA; n_tags + 1], Vec::new())
            };
            by_previous_word.sort_unstable();
            Some((
                surface,
                Contraction {
                    words,
                    ambiguous,
                    split_by_default: e.split >= e.whole,
                    by_previous_tag,
                    by_previous_word,
                },
            ))
        })
        .collect();
    let (joins_hyphens, mut hyphen_suffixes) = hyphens(sentences);
    for suffix in extra_hyphen_suffixes {
        fold_into(suffix, &mut folded);
        if !hyphen_suffixes.contains(&folded) {
            hyphen_suffixes.push(folded.clone());
        }
    }
    // Longest first, so `-t-elle` is tried before `-elle` (a stable sort:
    // the learned order stays among suffixes of one length).
    hyphen_suffixes.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    Contractions::new(by_surface, joins_hyphens, hyphen_suffixes, abbreviations(sentences))
}

/// Words of letters ending with a period that the treebank writes whole
/// (`M.`, `Mme.`, `etc.`), seen `MIN_ABBREVIATION` times, folded, where the
/// letters alone are never a word of their own followed by a period word
/// (which would make the period a sentence's end).
fn abbreviations(sentences: &[&Sentence]) -> Vec<String> {
    let mut whole: FxHashMap<String, u32> = FxHashMap::default();
    let mut apart: FxHashMap<String, u32> = FxHashMap::default();
    let mut folded = String::new();
    for s in sentences {
        for (i, w) in s.words.iter().enumerate() {
            let Some(letters) = w.form.strip_suffix('.') else {
                if i + 1 < s.words.len() && s.words[i + 1].form == "." && s.no_space_after(i) {
                    fold_into(&w.form, &mut folded);
                    folded.push('.');
                    *apart.entry(folded.clone()).or_insert(0) += 1;
                }
                continue;
            };
            if !letters.is_empty() && letters.chars().all(char::is_alphabetic) {
                fold_into(&w.form, &mut folded);
                *whole.entry(folded.clone()).or_insert(0) += 1;
            }
        }
    }
    whole
        .into_iter()
        .filter(|(a, c)| *c >= MIN_ABBREVIATION && !apart.contains_key(a))
        .map(|(a, _)| a)
        .collect()
}

/// Whether the treebank keeps words with an inner hyphen whole more often
/// than it writes a hyphen between two words it touches; and the words
/// beginning with a hyphen joined to the word before (`-t-il`, `-ci`),
/// seen `MIN_HYPHEN_SUFFIX` times, longest first.
fn hyphens(sentences: &[&Sentence]) -> (bool, Vec<String>) {
    let (mut whole, mut split) = (0u32, 0u32);
    let mut suffixes: FxHashMap<String, u32> = FxHashMap::default();
    let mut folded = String::new();
    for s in sentences {
        for (i, w) in s.words.iter().enumerate() {
            let chars: Vec<char> = w.form.chars().collect();
            let inner = chars.len() >= 3
                && chars[1..chars.len() - 1].iter().enumerate().any(|(k, &c)| {
                    c == '-' && chars[k].is_alphanumeric() && chars[k + 2].is_alphanumeric()
                });
            whole += inner as u32;
            if w.form == "-" && i > 0 && i + 1 < s.words.len() && s.no_space_after(i - 1) && s.no_space_after(i) {
                split += 1;
            }
            if chars.len() >= 2 && chars[0] == '-' && chars[1].is_alphabetic() && i > 0 && s.no_space_after(i - 1) {
                fold_into(&w.form, &mut folded);
                *suffixes.entry(folded.clone()).or_insert(0) += 1;
            }
        }
    }
    let mut v: Vec<(String, u32)> = suffixes.into_iter().filter(|&(_, c)| c >= MIN_HYPHEN_SUFFIX).collect();
    // Longest first, so `-t-il` is tried before `-il`.
    v.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()).then(b.1.cmp(&a.1)).then(a.0.cmp(&b.0)));
    (whole >= MIN_COUNT && whole > split, v.into_iter().map(|(s, _)| s).collect())
}
