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
/// `--explain`); `score` when the phrase is a result word beside a match
/// score rather than a discard phrase itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Discard {
    pub story: bool,
    pub start: usize,
    pub end: usize,
    pub score: bool,
}

/// The discard phrase of the sentence, if any: a story phrase wins over a
/// sentence phrase, and either over a sports result.
pub fn discarded(lex: &Lexicon, s: &Sentence) -> Option<Discard> {
    if lex.discards.is_empty() {
        return None;
    }
    let tokens = &s.tokens;
    let mut found: Option<Discard> = None;
    for i in 0..s.ids.len() {
        if let Some(p) = lex.discards.longest_at(&s.ids, i, |j| tokens.get(j).all_caps) {
            if found.is_none_or(|f| p.payload && !f.story) {
                found = Some(Discard { story: p.payload, start: i, end: i + p.words.len(), score: false });
            }
        }
    }
    found.or_else(|| sports_result(lex, s))
}

/// How many words a result verb may stand before its score ("beat
/// Germany's Rainer Schuettler 7-5": the loser's name between).
const RESULT_TO_SCORE: usize = 6;
/// How many words may stand between a score and its result noun ("a 19-13
/// Six Nations loss").
const SCORE_TO_RESULT: usize = 3;

/// A sports result: a match score ("2-0", "6-3") with a result verb a few
/// words before it ("Tunisia beat Algeria 2-0") or a result noun right
/// after it ("a 28-17 victory"), in a sentence with no word of voting
/// ("the committee voted 45-5 to defeat the bill"). The words are
/// `en/discards.tsv`'s; the sentence codes nothing, the story goes on (a
/// political story may report one result).
fn sports_result(lex: &Lexicon, s: &Sentence) -> Option<Discard> {
    if lex.score_words.is_empty() {
        return None;
    }
    let scores: Vec<(usize, usize)> = (0..s.len()).filter_map(|i| match_score(lex, s, i).map(|end| (i, end))).collect();
    if scores.is_empty() {
        return None;
    }
    let tokens = &s.tokens;
    let mut result = None;
    for i in 0..s.len() {
        let Some(p) = lex.score_words.longest_at(&s.ids, i, |j| tokens.get(j).all_caps) else { continue };
        let end = i + p.words.len();
        if p.payload.vote_count {
            return None;
        }
        let after = p.payload.result_then_score && scores.iter().any(|&(a, _)| a >= end && a - end <= RESULT_TO_SCORE);
        let before = p.payload.score_then_result && scores.iter().any(|&(_, b)| b <= i && i - b <= SCORE_TO_RESULT);
        if result.is_none() && (after || before) {
            result = Some(Discard { story: false, start: i, end, score: true });
        }
    }
    result
}

/// The end of the match score starting at token `i`: two numbers of at most
/// three digits joined by a hyphen with no space ("2-0", not "1973-90"),
/// not followed by a unit ("30-40 percent", "8-1/2 pct").
fn match_score(lex: &Lexicon, s: &Sentence, i: usize) -> Option<usize> {
    use sitrep_text::TokenKind;
    if i + 3 > s.len() {
        return None;
    }
    let t = &s.tokens;
    let small_number = |j: usize| t.get(j).kind == TokenKind::Number && t.norm(j).len() <= 3 && t.norm(j).bytes().all(|b| b.is_ascii_digit());
    let joined = |j: usize| t.get(j).end == t.get(j + 1).start;
    if !(small_number(i) && t.norm(i + 1) == "-" && small_number(i + 2) && joined(i) && joined(i + 1)) {
        return None;
    }
    let end = i + 3;
    let unit_follows = end < s.len() && lex.score_words.longest_at(&s.ids, end, |j| t.get(j).all_caps).is_some_and(|p| p.payload.unit);
    (!unit_follows).then_some(end)
}
