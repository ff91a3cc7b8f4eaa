//! Verb and noun patterns against a sentence.

use sitrep_lexicon::morphology::form;
use sitrep_lexicon::{CueKind, Elem, Lexicon, MAX_GAP};
use sitrep_text::TokenKind;

use crate::sentence::{Match, Sentence};

/// How far past a `+` the target group may start ("to the junta of …").
const TARGET_REACH: usize = 3;

pub fn find_matches(lex: &Lexicon, s: &mut Sentence) {
    let n = s.len();
    let mut i = 0;
    while i < n {
        if s.group_of[i].is_some() || s.tokens.get(i).kind != TokenKind::Word {
            i += 1;
            continue;
        }
        let found = head_match(lex, s, i).or_else(|| noun_match(lex, s, i));
        match found {
            Some(m) => {
                s.matches.push(m);
                // Continue right after the head: the span may hold another
                // head ("accused of harboring").
                i += 1;
            }
            None => i += 1,
        }
    }
}

fn head_match(lex: &Lexicon, s: &Sentence, i: usize) -> Option<Match> {
    let refs = lex.heads(s.ids[i]);
    if refs.is_empty() {
        return None;
    }
    // "the attack", "a protest": a determiner makes the word a noun.
    if i > 0 && s.norm(i - 1) != "to" && (s.is(i - 1, CueKind::Demonstrative) || matches!(s.norm(i - 1), "a" | "an")) {
        return None;
    }
    for r in refs {
        let p = &lex.patterns[r.pattern as usize];
        let mut target = None;
        if let Some(end) = match_elems(s, &p.elems[1..], i + 1, &mut target) {
            let passive = r.forms & form::PARTICIPLE != 0 && is_passive(s, i);
            return Some(Match { pattern: r.pattern, start: i, end, head: i, target, passive, forms: r.forms });
        }
    }
    None
}

fn noun_match(lex: &Lexicon, s: &Sentence, i: usize) -> Option<Match> {
    for &pi in lex.noun_patterns(s.ids[i]) {
        let p = &lex.patterns[pi as usize];
        let mut target = None;
        if let Some(end) = match_elems(s, &p.elems[1..], i + 1, &mut target) {
            return Some(Match { pattern: pi, start: i, end, head: i, target, passive: false, forms: 0 });
        }
    }
    None
}

/// Matches `elems` from token `pos`; returns where the match ends.
fn match_elems(s: &Sentence, elems: &[Elem], pos: usize, target: &mut Option<u32>) -> Option<usize> {
    let Some((first, rest)) = elems.split_first() else { return Some(pos) };
    match first {
        Elem::Head => match_elems(s, rest, pos, target),
        Elem::Word { alternatives, optional } => {
            if pos < s.len() && alternatives.contains(&s.ids[pos]) {
                if let Some(end) = match_elems(s, rest, pos + 1, target) {
                    return Some(end);
                }
            }
            if *optional { match_elems(s, rest, pos, target) } else { None }
        }
        Elem::Gap => {
            for skip in 0..=MAX_GAP {
                let at = pos + skip;
                if at > s.len() {
                    break;
                }
                if skip > 0 && is_barrier(s, at - 1) {
                    break;
                }
                if let Some(end) = match_elems(s, rest, at, target) {
                    return Some(end);
                }
            }
            None
        }
        Elem::Target => {
            for at in pos..(pos + TARGET_REACH).min(s.len()) {
                if let Some(g) = s.group_of[at] {
                    if s.groups[g as usize].start == at {
                        *target = Some(g);
                        return match_elems(s, rest, s.groups[g as usize].end, target);
                    }
                }
                if is_barrier(s, at) || s.tokens.get(at).kind != TokenKind::Word {
                    break;
                }
            }
            None
        }
    }
}

/// Punctuation a gap may not cross.
fn is_barrier(s: &Sentence, i: usize) -> bool {
    matches!(s.norm(i), "," | ";" | ":" | "." | "\"" | "(" | ")" | "?" | "!")
}

/// "was expelled", "have been accused", "was reportedly seized": a form of
/// "be" shortly before a past participle.
fn is_passive(s: &Sentence, head: usize) -> bool {
    let mut j = head;
    for _ in 0..3 {
        if j == 0 {
            return false;
        }
        j -= 1;
        if s.is(j, CueKind::BeForm) {
            return true;
        }
        let adverb_like = s.norm(j).ends_with("ly") || s.is(j, CueKind::Negation) || s.is(j, CueKind::Hedge);
        if !adverb_like {
            return false;
        }
    }
    false
}
