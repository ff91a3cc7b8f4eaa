//! Acts that someone is asked to do, refuses or threatens to do: "the
//! United States urged Israel to halt its offensive" is an appeal (02x)
//! whose sub-code follows the act asked for (`lexicon/appeal.tsv`), "Israel
//! refused to withdraw" a refusal (12x, `lexicon/refusal.tsv`), "Turkey
//! warned it could close its embassy" a threat (13x) whose sub-code follows
//! the act threatened (`lexicon/intent.tsv`, as for a vow), and none of the
//! acts is coded as happening. A protest held for a demand ("marched to
//! demand Kurdish rights") is one event, the protest coded for its aim
//! (`lexicon/protest-demand.tsv`).

use sitrep_lexicon::{CueKind, Lexicon};
use sitrep_model::CameoCode;

use crate::roles::Roles;
use crate::sentence::Sentence;
use crate::tree::Tree;

/// Whether match `k` asks someone to act, refuses to or threatens to: an
/// appeal (CAMEO 02), a demand (10), a refusal (12) or a threat (13).
fn is_appeal(lex: &Lexicon, s: &Sentence, k: usize) -> bool {
    lex.patterns[s.matches[k].pattern as usize].cameo.as_ref().is_some_and(|c| matches!(c.root(), "02" | "10" | "12" | "13"))
}

/// Whether match `k`'s code has the CAMEO root `root` ("13": a threat).
fn has_root(lex: &Lexicon, s: &Sentence, k: usize, root: &str) -> bool {
    lex.patterns[s.matches[k].pattern as usize].cameo.as_ref().is_some_and(|c| c.root() == root)
}

/// The appeal, demand, refusal or threat match whose trigger governs the
/// act of match `k`:
/// the act's verb (past conjuncts, "to halt its offensive and withdraw",
/// and verbs between, "to stop arming") is the appeal verb's complement,
/// an infinitive ("urged Sudan to expel"), a "to" clause the parser hung
/// as adverbial ("called on Mr Hockney to quit") or a "that" clause
/// ("demanded that the prisoners be freed").
/// Also returns whether the act is the appeal's own complement, with no
/// other verb between ("to stop arming Ukraine" asks for no arming).
pub fn asking_appeal(lex: &Lexicon, s: &Sentence, tree: &Tree, k: usize) -> Option<(usize, bool)> {
    if !tree.is_parsed() {
        return None;
    }
    let a = &tree.analysis;
    let infinitive_mark = |c: usize| a.universal_deprel(c) == "mark" && s.is(tree.token(c), CueKind::Infinitive);
    let to_clause = |w: usize| a.children(w).any(infinitive_mark);
    let announced = |w: usize| {
        a.children(w).any(|c| {
            let t = tree.token(c);
            (a.universal_deprel(c) == "aux" && [CueKind::Condition, CueKind::ReportedFuture, CueKind::Intention].into_iter().any(|kind| s.is(t, kind))) || infinitive_mark(c)
        })
    };
    let mut w = tree.trigger_word(s.matches[k].head);
    // "urged the Pentagon not to sell Turkey F-35 fighters" asks for no sale.
    let negated = |w: usize| a.children(w).any(|c| a.universal_deprel(c) == "advmod" && s.is(tree.token(c), CueKind::Negation));
    let mut direct = !negated(w);
    for _ in 0..6 {
        // A conjunct with its own auxiliary or subject is a clause of its
        // own ("had refused to continue financing … and were pressing the
        // government", however the parser hangs it).
        let finite = || a.children(w).any(|c| matches!(a.universal_deprel(c), "aux" | "nsubj"));
        let up = match a.universal_deprel(w) {
            "conj" => !finite(),
            "xcomp" | "ccomp" => true,
            // "warned it would resume the bombing of Gaza": an event noun
            // a light verb takes.
            "obj" | "nsubj:pass" => a.head(w).is_some_and(|h| tree.is_light_verb(a.lemma(h))),
            "advcl" => to_clause(w),
            // "asked the Commodity Futures Trading Commission to
            // investigate": an infinitive the parser hangs on the asked
            // party, the appeal verb's object.
            "acl" if to_clause(w) => match a.head(w) {
                Some(party) if matches!(a.universal_deprel(party), "obj" | "iobj") => {
                    w = party;
                    true
                }
                // "Japan's call to Iran to release the hostages": an
                // infinitive hung on the appeal noun itself.
                Some(noun) => (0..s.matches.len()).any(|j| j != k && is_appeal(lex, s, j) && tree.trigger_word(s.matches[j].head) == noun),
                None => false,
            },
            _ => false,
        };
        let head = a.head(w).filter(|_| up)?;
        if let Some(j) = (0..s.matches.len()).find(|&j| j != k && is_appeal(lex, s, j) && tree.trigger_word(s.matches[j].head) == head) {
            // A threat threatens what its clause says will or could be
            // done ("warned it could close its embassy", "threatened to
            // cut"), not what it reports as done ("warned that Iran is
            // delivering missiles").
            if has_root(lex, s, j, "13") && !announced(w) {
                return None;
            }
            // A conjunct of the appeal verb itself is an act of its own
            // ("urged restraint and sent envoys").
            return (a.universal_deprel(w) != "conj").then_some((j, direct));
        }
        direct &= matches!(a.universal_deprel(w), "conj" | "obj" | "nsubj:pass");
        w = head;
    }
    None
}

/// The code of a general appeal (020), refusal (120) or threat (130) over
/// an act a pattern codes: `appeal.tsv`'s entry for the first such act
/// ("urged Kenya to send troops" is 0234), `refusal.tsv`'s ("refused to
/// hold talks" 125), or the threat
/// `intent.tsv` gives it ("warned it could close its embassy", relations
/// cut, is 1313); `None` for a specific appeal or threat, or one over no
/// act the lexicon codes. Also returns that act's match, whose target the
/// appeal takes when it names none ("is threatening to revoke the licence
/// of Japanese banks").
pub fn appeal_code<'a>(lex: &'a Lexicon, s: &Sentence, tree: &Tree, k: usize) -> Option<(&'a CameoCode, usize)> {
    let own = lex.patterns[s.matches[k].pattern as usize].cameo.as_ref()?;
    if !matches!(own.as_str(), "020" | "120" | "130") {
        return None;
    }
    let (j, act) = (0..s.matches.len()).filter(|&j| asking_appeal(lex, s, tree, j) == Some((k, true))).find_map(|j| lex.patterns[s.matches[j].pattern as usize].cameo.as_ref().map(|c| (j, c)))?;
    let code = match own.as_str() {
        "020" => lex.appeal_code(act),
        "120" => lex.refusal_code(act),
        _ => lex.intent_code(act).filter(|c| c.root() == "13"),
    };
    code.map(|c| (c, j))
}

/// Whether the demand whose trigger is word `d` is the aim of the protest
/// whose trigger is word `p`: its purpose or participle clause ("rallied
/// in Belgrade to demand …", "walked out demanding …"), or a participle or
/// relative clause of the protest's subject ("protesters demanding voting
/// rights hurled stones", "rioters, who demand an end to the monarchy,
/// attacked police").
fn aim_of(tree: &Tree, p: usize, d: usize) -> bool {
    let a = &tree.analysis;
    match a.head(d) {
        Some(h) if h == p => matches!(a.universal_deprel(d), "advcl" | "xcomp"),
        Some(h) => a.universal_deprel(d) == "acl" && a.universal_deprel(h) == "nsubj" && a.head(h) == Some(p),
        None => false,
    }
}

/// The demand (CAMEO 10) match that is the aim of protest (14) match `k`,
/// by the same doer where both name one (`roles`: each match's groups):
/// the protest is coded for it (`protest-demand.tsv`) and the demand is
/// no event of its own ([`aims_a_protest`]).
pub fn protest_aim(lex: &Lexicon, s: &Sentence, tree: &Tree, roles: &[Roles], k: usize) -> Option<usize> {
    if !tree.is_parsed() || !has_root(lex, s, k, "14") {
        return None;
    }
    let p = tree.trigger_word(s.matches[k].head);
    let same_doer = |j: usize| roles[j].source.is_none() || roles[k].source.is_none() || roles[j].source == roles[k].source;
    (0..s.matches.len()).find(|&j| j != k && has_root(lex, s, j, "10") && same_doer(j) && aim_of(tree, p, tree.trigger_word(s.matches[j].head)))
}

/// Whether demand match `k` is the aim of a protest match ([`protest_aim`]).
pub fn aims_a_protest(lex: &Lexicon, s: &Sentence, tree: &Tree, roles: &[Roles], k: usize) -> bool {
    has_root(lex, s, k, "10") && (0..s.matches.len()).any(|j| j != k && protest_aim(lex, s, tree, roles, j) == Some(k))
}

/// Whether statement match `k` (CAMEO 01: "Norway warned that …") only
/// frames a threat its own doer makes: a hostile act (one `intent.tsv`
/// gives a 13x code) in its complement clause, under a future or
/// conditional auxiliary ("would", "will", "could"), by the same doer or a
/// pronoun for it ("warned that it would abandon its mediation"). The
/// threat is the event (13x, coded from the act); the statement is none.
pub fn frames_a_threat(lex: &Lexicon, s: &Sentence, tree: &Tree, roles: &[Roles], k: usize) -> bool {
    if !tree.is_parsed() || !has_root(lex, s, k, "01") {
        return false;
    }
    let a = &tree.analysis;
    let statement = tree.trigger_word(s.matches[k].head);
    let future = |w: usize| a.children(w).any(|c| a.universal_deprel(c) == "aux" && [CueKind::Intention, CueKind::ReportedFuture, CueKind::ThreatCondition].into_iter().any(|kind| s.is(tree.token(c), kind)));
    let same_doer = |j: usize| roles[j].source == roles[k].source || roles[j].source.is_some_and(|g| s.groups[g as usize].pronoun.is_some());
    (0..s.matches.len()).any(|j| {
        let hostile = lex.patterns[s.matches[j].pattern as usize].cameo.as_ref().and_then(|c| lex.intent_code(c)).is_some_and(|c| c.root() == "13");
        let act = tree.trigger_word(s.matches[j].head);
        j != k && hostile && same_doer(j) && future(act) && a.universal_deprel(act) == "ccomp" && a.head(act) == Some(statement)
    })
}
