//! Patterns that spell their doer's noun before the verb, read through the
//! parse: "air strikes by Syrian planes have killed 600 civilians" is the
//! lexicon's `air strike|strikes [kill] +?` (195) although a "by" phrase
//! and an auxiliary stand between the noun and the verb, where word order
//! (`matching::match_before_verb`) only reads the noun right before the
//! verb group.

use sitrep_lexicon::{Elem, Lexicon};

use crate::matching::{match_after, match_before, Slots};
use crate::sentence::{Match, Sentence};
use crate::tree::Tree;

/// Replaces a verb's match by the first pattern of the same verb (the
/// lexicon's order, most specific first) that spells words before the verb
/// and finds them ending at the verb's subject in the parse, unless the
/// match it would replace is more specific, or as specific with the same
/// code. Only where word order could not see them: the subject ends before
/// the verb group (its auxiliaries and adverbs). The doer is the subject
/// noun's own doer in the parse ("by Syrian planes"), else the actor right
/// before the spelled words, as word order reads it
/// (`roles::word_order_roles`).
pub fn spelled_subjects_the_tree_reads(lex: &Lexicon, s: &mut Sentence, tree: &Tree) {
    if !tree.is_parsed() || lex.petrarch_semantics() {
        return;
    }
    for k in 0..s.matches.len() {
        let m = s.matches[k];
        if m.passive || m.start < m.head {
            continue;
        }
        let verb = tree.trigger_word(m.head);
        if tree.analysis.upos(verb) != "VERB" {
            continue;
        }
        let Some(subject) = tree.analysis.children(verb).find(|&c| tree.analysis.universal_deprel(c) == "nsubj" && tree.analysis.upos(c) == "NOUN") else { continue };
        let subject_end = tree.token(subject) + 1;
        if subject_end >= s.verb_group_start(m.head) {
            continue;
        }
        // "forces, backed by militias, recaptured the town from IS" keeps
        // `[recapture] + from +` (192, as specific as `forces [recapture]`,
        // and naming from whom); "snipers and IEDs killed three SDF
        // soldiers" is `snipers [kill]` (193), which says how, not `[kill]
        // ... soldiers` (1823).
        let current = &lex.patterns[m.pattern as usize];
        let better = |f: &Match| {
            let p = &lex.patterns[f.pattern as usize];
            p.specificity > current.specificity || (p.specificity == current.specificity && p.cameo != current.cameo)
        };
        let found = match_with_subject(lex, s, m.head, subject_end).filter(better);
        if let Some(mut found) = found {
            found.source = found.source.or_else(|| tree.arguments(subject, true, false).source.and_then(|w| tree.group_for(s, w)));
            s.matches[k] = found;
        }
    }
}

/// The first pattern of the verb at token `head` whose spelled words end
/// at token `subject_end` and whose words after the verb match.
fn match_with_subject(lex: &Lexicon, s: &Sentence, head: usize, subject_end: usize) -> Option<Match> {
    lex.heads(s.ids[head]).iter().find_map(|r| {
        let p = &lex.patterns[r.pattern as usize];
        if !matches!(p.before.first(), Some(Elem::Word { .. } | Elem::Phrases(_))) || !s.has_all(&p.required) {
            return None;
        }
        let mut slots = Slots { head, ..Slots::default() };
        let start = match_before(lex, s, &p.before, subject_end, &mut slots)?;
        // `+?`: the act is coded without a target where none follows.
        let end = match_after(lex, s, &p.after, head + 1, &mut slots).or_else(|| {
            slots.target = None;
            p.target_optional.then(|| match_after(lex, s, &p.after[..p.after.len().saturating_sub(1)], head + 1, &mut slots)).flatten()
        })?;
        Some(Match { pattern: r.pattern, start, end, head, target: slots.target, source: slots.source, passive: false, reduced: false, compound: slots.compound, forms: r.forms, unnamed_target: slots.unnamed_target })
    })
}
