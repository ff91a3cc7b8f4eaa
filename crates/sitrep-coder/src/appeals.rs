//! Acts that someone is asked to do: "the United States urged Israel to halt
//! its offensive" is an appeal (02x) whose sub-code follows the act asked
//! for (`lexicon/appeal.tsv`), and the halt is not coded as happening.

use sitrep_lexicon::Lexicon;
use sitrep_model::CameoCode;

use crate::sentence::Sentence;
use crate::tree::Tree;

/// Whether match `k` asks someone to act: an appeal (CAMEO 02) or a demand
/// (10).
fn is_appeal(lex: &Lexicon, s: &Sentence, k: usize) -> bool {
    lex.patterns[s.matches[k].pattern as usize].cameo.as_ref().is_some_and(|c| matches!(c.root(), "02" | "10"))
}

/// The appeal or demand match whose trigger asks for the act of match `k`:
/// the act's verb (past conjuncts, "to halt its offensive and withdraw",
/// and verbs between, "to stop arming") is the appeal verb's complement,
/// an infinitive ("urged Sudan to expel"), a "to" clause the parser hung
/// as adverbial ("called on Mr Hockney to quit") or a "that" clause
/// ("demanded that the prisoners be freed").
/// Also returns whether the act is the appeal's own complement, with no
/// other verb between ("to stop arming Ukraine" asks for no arming).
pub fn asking_appeal(lex: &Lexicon, s: &Sentence, tree: &Tree, k: usize) -> Option<(usize, bool)> {
    if !tree.is_parsed() || is_appeal(lex, s, k) {
        return None;
    }
    let a = &tree.analysis;
    let to_clause = |w: usize| a.children(w).any(|c| a.universal_deprel(c) == "mark" && a.lemma(c).eq_ignore_ascii_case("to"));
    let mut w = tree.trigger_word(s.matches[k].head);
    // "urged the Pentagon not to sell Turkey F-35 fighters" asks for no sale.
    let negated = |w: usize| a.children(w).any(|c| s.is(tree.token(c), sitrep_lexicon::CueKind::Negation));
    let mut direct = !negated(w);
    for _ in 0..6 {
        let up = match a.universal_deprel(w) {
            "conj" | "xcomp" | "ccomp" => true,
            "advcl" => to_clause(w),
            _ => false,
        };
        let head = a.head(w).filter(|_| up)?;
        if let Some(j) = (0..s.matches.len()).find(|&j| j != k && is_appeal(lex, s, j) && tree.trigger_word(s.matches[j].head) == head) {
            // A conjunct of the appeal verb itself is an act of its own
            // ("urged restraint and sent envoys").
            return (a.universal_deprel(w) != "conj").then_some((j, direct));
        }
        direct &= a.universal_deprel(w) == "conj";
        w = head;
    }
    None
}

/// The code of a general appeal (020) that asks for an act a pattern codes:
/// `appeal.tsv`'s entry for the first such act ("urged Kenya to send
/// troops" is 0234); `None` for a specific appeal or one asking for no act
/// the lexicon codes.
pub fn appeal_code<'a>(lex: &'a Lexicon, s: &Sentence, tree: &Tree, k: usize) -> Option<&'a CameoCode> {
    let own = lex.patterns[s.matches[k].pattern as usize].cameo.as_ref()?;
    if own.as_str() != "020" {
        return None;
    }
    let act = (0..s.matches.len()).filter(|&j| asking_appeal(lex, s, tree, j) == Some((k, true))).find_map(|j| lex.patterns[s.matches[j].pattern as usize].cameo.as_ref())?;
    lex.appeal_code(act)
}
