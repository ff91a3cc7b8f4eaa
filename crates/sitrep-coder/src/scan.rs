//! First pass over a sentence: word ids, cue phrases and lexicon mentions.

use rustc_hash::FxHashMap;
use sitrep_lexicon::{CueKind, Lexicon, NounRef, WordId};

use crate::sentence::{Cue, Mention, Sentence};

/// `surnames`: the persons the document has named in full so far, by the
/// last word of the name (`DocContext::surnames`).
pub fn scan(lex: &Lexicon, s: &mut Sentence, surnames: &FxHashMap<WordId, u32>) {
    let n = s.tokens.len();
    let folding = &mut s.folding;
    s.ids.extend((0..n).map(|i| {
        if s.tokens.get(i).capitalised {
            lex.word_id_with(s.tokens.norm(i), folding)
        } else {
            lex.word_id_in_lower_case(s.tokens.norm(i), folding)
        }
    }));
    mark_plural_possessives(lex, s);
    s.vocabulary.extend_from_slice(&s.ids);
    s.vocabulary.sort_unstable();
    s.vocabulary.dedup();
    s.cue_bits.resize(n, 0);
    s.verb_like.extend(s.ids.iter().map(|&id| !lex.heads(id).is_empty()));
    let tokens = &s.tokens;
    let word = |i: usize| tokens.get(i).kind == sitrep_text::TokenKind::Word;
    s.adverb_like.extend((0..n).map(|i| word(i) && lex.looks_adverb(tokens.norm(i))));
    s.participle_like.extend((0..n).map(|i| word(i) && lex.looks_participle(tokens.norm(i))));
    s.barrier.extend((0..n).map(|i| {
        tokens.get(i).kind == sitrep_text::TokenKind::Punct && matches!(tokens.norm(i), "," | ";" | ":" | "." | "\"" | "(" | ")" | "?" | "!")
    }));

    // Every cue at every start: "is" is a form of "be" even where it also
    // begins the hedge "is said to".
    for i in 0..n {
        let tokens = &s.tokens;
        for p in lex.cues.all_at(&s.ids, i, |j| tokens.get(j).all_caps) {
            let end = i + p.words.len();
            s.cues.push(Cue { start: i, end, kinds: p.payload });
            for b in &mut s.cue_bits[i..end] {
                *b |= p.payload;
            }
        }
    }
    for i in 0..n {
        // "an earlier statement", "an already overwhelmed Turkey": after a
        // determiner the word describes a noun, as an adjective does.
        let after_determiner = i > 0 && (s.is(i - 1, CueKind::PossessivePronoun) || (s.is(i - 1, CueKind::Demonstrative) && !s.is(i - 1, CueKind::Relative)));
        if after_determiner && s.cue_bits[i] == CueKind::Adverb.bit() {
            s.cue_bits[i] = 0;
        }
        s.adverb_like[i] |= s.is(i, CueKind::Adverb);
        // "has since criticised", "had before agreed": a word that may be an
        // adverb or open a clause is the adverb right after an auxiliary.
        if s.is(i, CueKind::Adverb) && i > 0 && (s.is(i - 1, CueKind::Auxiliary) || s.is(i - 1, CueKind::BeForm)) {
            s.cue_bits[i] &= !(CueKind::Subordinator.bit() | CueKind::Preposition.bit());
        }
    }

    let mut i = 0;
    while i < n {
        let tokens = &s.tokens;
        match lex.nouns.longest_at(&s.ids, i, |j| tokens.get(j).all_caps) {
            // "market forces": its role noun is no actor here.
            Some(p) if p.payload.not_actor && p.payload.actor.is_none() => i += p.words.len(),
            Some(p) if is_mention(lex, s, i, p.words.len(), p.payload.actor.is_some() && !p.payload.lowercase) => {
                let end = i + p.words.len();
                s.mentions.push(Mention { start: i, end, noun: p.payload });
                i = end;
            }
            // "Mr Brown rejected …" after "Gordon Brown" in the document.
            None if tokens.get(i).capitalised && !tokens.get(i).all_caps => {
                if let Some(&actor) = surnames.get(&s.ids[i]) {
                    s.mentions.push(Mention { start: i, end: i + 1, noun: NounRef { actor: Some(actor), ..NounRef::default() } });
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
}

/// Patterns read the plural possessive ("the Conservatives' plans") as `'s`.
fn mark_plural_possessives(lex: &Lexicon, s: &mut Sentence) {
    let possessive = lex.word_id("'s");
    for i in 0..s.tokens.len() {
        if s.tokens.norm(i) == "'" && s.is_possessive(i) {
            s.ids[i] = possessive;
        }
    }
}

/// Filters lexicon hits that are not actors in this sentence: a named actor
/// written in lower case ("chad" is rarely the country when not capitalised)
/// and role nouns used as determiners or function words.
fn is_mention(lex: &Lexicon, s: &Sentence, start: usize, len: usize, named: bool) -> bool {
    if named {
        // Names and adjectives of named actors are capitalised in news text
        // ("al-Shabaab" at least in part).
        return (start..start + len).any(|i| s.tokens.get(i).capitalised || s.tokens.get(i).kind != sitrep_text::TokenKind::Word);
    }
    // A role noun that is also a demonstrative or relative ("that") is not one.
    !(len == 1 && (s.is(start, CueKind::Demonstrative) || s.is(start, CueKind::Relative)))
        || lex.word_id(s.tokens.norm(start)) == sitrep_lexicon::UNKNOWN
}

/// A discard phrase found in a sentence: whether it drops the whole story,
/// and the tokens `[start, end)` of the first phrase that decides it (for
/// `--explain`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Discard {
    pub story: bool,
    pub start: usize,
    pub end: usize,
}

/// The discard phrase of the sentence, if any: a story phrase wins over a
/// sentence phrase.
pub fn discarded(lex: &Lexicon, s: &Sentence) -> Option<Discard> {
    if lex.discards.is_empty() {
        return None;
    }
    let tokens = &s.tokens;
    let mut found: Option<Discard> = None;
    for i in 0..s.ids.len() {
        if let Some(p) = lex.discards.longest_at(&s.ids, i, |j| tokens.get(j).all_caps) {
            if found.is_none_or(|f| p.payload && !f.story) {
                found = Some(Discard { story: p.payload, start: i, end: i + p.words.len() });
            }
        }
    }
    found
}
