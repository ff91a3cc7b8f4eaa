//! Acts that doers named together do to each other: "Armenia and
//! Azerbaijan clashed", "Russia and China signed an agreement", "Russia
//! and Ukraine accused each other", and, with no doer named, "talks
//! between China and Japan" (`lexicon/en/reciprocal.tsv`). Each party is
//! then the other's target instead of an event without a target or
//! without a source.

use sitrep_lexicon::Lexicon;

use crate::sentence::Sentence;
use crate::tree::Tree;

/// Whether the pattern matched over tokens `start..end` (trigger `head`)
/// names a reciprocal act: a word of the match whose lemma the lexicon
/// lists, or a reciprocal pronoun right after the trigger or the match.
pub fn is_reciprocal(lex: &Lexicon, s: &Sentence, tree: &Tree, start: usize, end: usize, head: usize) -> bool {
    let pronoun_at = |at: usize| {
        lex.reciprocal_pronouns
            .iter()
            .any(|p| at + p.len() <= s.len() && p.iter().enumerate().all(|(k, w)| s.norm(at + k) == w))
    };
    if pronoun_at(head + 1) || pronoun_at(end) {
        return true;
    }
    let in_match = (start..end).any(|t| {
        let lemma = if tree.is_parsed() { tree.analysis.lemma(tree.trigger_word(t)) } else { s.norm(t) };
        lex.is_reciprocal_word(lemma) || lex.is_reciprocal_word(s.norm(t))
    });
    // "fought a month-long war": the trigger's object, past the match.
    in_match
        || tree.is_parsed() && {
            let a = &tree.analysis;
            a.children(tree.trigger_word(head)).any(|c| a.universal_deprel(c) == "obj" && lex.is_reciprocal_word(a.lemma(c)))
        }
}

/// Whether the target phrase starting at token `start` follows, within
/// two words that are neither actors nor punctuation ("between the two
/// Koreas"), a preposition that names every party of the act ("between").
pub fn introduces_parties(lex: &Lexicon, s: &Sentence, start: usize) -> bool {
    (1..=3).take_while(|&back| back <= start).any(|back| {
        let i = start - back;
        let clear = (i + 1..start).all(|j| s.group_of[j].is_none() && s.norm(j).chars().any(char::is_alphanumeric));
        clear && lex.is_reciprocal_preposition(s.norm(i))
    })
}
