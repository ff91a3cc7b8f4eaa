//! Actors named but not coded: a proper name the parse puts in an act's
//! role that no lexicon entry covers ("Ofgem fined Scottish Power", "Smith
//! accused the government", "troops shelled Kafr Nabl"). The event keeps
//! the name as the actor's words with no code (`Actor::code` `None`), so
//! a reader sees who acted or was acted on where the lexicon is silent.
//! A name never makes an event on its own: the coder's rules on coded
//! actors (`Coder::emit`: somebody the lexicon knows on one side) stand
//! as they were, and a name fills only a role no group took.

use sitrep_lexicon::{CueKind, Lexicon};
use sitrep_text::TokenKind;

use crate::roles::{match_arguments, Roles};
use crate::sentence::Sentence;
use crate::tree::Tree;

/// The longest name read as an uncoded actor, in words: longer runs of
/// capitalised words are headlines or titles more often than names.
const MAX_NAME_WORDS: usize = 6;

/// Token ranges (`start..end`) of the uncoded names in one match's source
/// and target roles.
#[derive(Debug, Clone, Copy, Default)]
pub struct NamedRoles {
    pub source: Option<(usize, usize)>,
    pub target: Option<(usize, usize)>,
}

/// For each match of `s`, the names the parse puts in the roles its
/// [`Roles`] left empty. Only with the built-in lexicon: PETRARCH's
/// dictionaries code unknown actors by their own rules.
pub fn uncoded_names(lex: &Lexicon, s: &Sentence, tree: &Tree, roles: &[Roles], out: &mut Vec<NamedRoles>) {
    out.clear();
    for (k, r) in roles.iter().enumerate() {
        let mut named = NamedRoles::default();
        let evaluation = lex.patterns[s.matches[k].pattern as usize].evaluation;
        if tree.is_parsed() && !lex.petrarch_semantics() && !evaluation {
            if let Some((_, args)) = match_arguments(lex, s, tree, k) {
                if r.source.is_none() {
                    named.source = args.source.and_then(|w| name_phrase(s, tree, w));
                }
                if r.target.is_none() {
                    named.target = args.target.and_then(|w| name_phrase(s, tree, w));
                }
            }
        }
        out.push(named);
    }
}

/// The tokens of the proper name headed by word `w`: the word, its
/// `compound` and `flat` dependents, a proper noun after a preposition
/// right behind it and capitalised words hyphened to it, when the head is
/// a capitalised proper noun, no word of the name is a lexicon mention, a
/// cue (an honorific may open it) or a date, and the words form one run.
fn name_phrase(s: &Sentence, tree: &Tree, w: usize) -> Option<(usize, usize)> {
    let a = &tree.analysis;
    let head_token = tree.token(w);
    if a.upos(w) != "PROPN" || !s.tokens.get(head_token).capitalised || tree.group_for(s, w).is_some() {
        return None;
    }
    let mut words = vec![w];
    let mut next = 0;
    while next < words.len() {
        let v = words[next];
        next += 1;
        words.extend(a.children(v).filter(|&c| matches!(a.universal_deprel(c), "compound" | "flat")));
        // "the Strait of Hormuz", "the Bank of Credit": a proper noun after
        // its preposition right behind the name continues it.
        if v == w {
            for c in a.children(v).filter(|&c| c == v + 2 && a.universal_deprel(c) == "nmod" && a.upos(c) == "PROPN") {
                if a.head(v + 1) == Some(c) && a.universal_deprel(v + 1) == "case" {
                    words.extend([v + 1, c]);
                }
            }
        }
        if words.len() > MAX_NAME_WORDS {
            return None;
        }
    }
    let (first, last) = (*words.iter().min()?, *words.iter().max()?);
    // "Acme Corp.", "Marks & Spencer": punctuation inside a name's run.
    let joins = |v: usize| a.upos(v) == "PUNCT" || a.upos(v) == "CCONJ";
    if !(first..=last).all(|v| words.contains(&v) || joins(v)) {
        return None;
    }
    let (mut start, mut end) = (tree.token(first), tree.token(last) + 1);
    // "Sophie Patterson-Spatz", "Hewlett-Packard": capitalised words
    // hyphened to the name are the name.
    let capitalised = |t: usize| s.tokens.get(t).kind == TokenKind::Word && s.tokens.get(t).capitalised;
    while end + 1 < s.len() && s.norm(end) == "-" && capitalised(end + 1) {
        end += 2;
    }
    while start >= 2 && s.norm(start - 1) == "-" && capitalised(start - 2) {
        start -= 2;
    }
    // ("Mr Hockney": an honorific opens a name.)
    let no_cue = |t: usize| s.cue_bits[t] == 0 || (t == start && t + 1 < end && s.is(t, CueKind::Honorific));
    let free = (start..end).all(|t| s.group_of[t].is_none() && no_cue(t) && !s.in_date_phrase(t));
    // "Kurdish-held territory", "pro-Kurdish": a name hyphened to a word
    // in lower case is part of a modifier.
    let hyphened = (start > 0 && s.norm(start - 1) == "-") || (end < s.len() && s.norm(end) == "-");
    (free && !hyphened).then_some((start, end))
}
