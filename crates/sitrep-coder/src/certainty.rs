//! How firmly the text states each event.

use sitrep_lexicon::morphology::form;
use sitrep_lexicon::{CompiledPattern, CueKind, Elem, Lexicon};
use sitrep_model::{AttributionKind, Certainty};

use crate::sentence::{Match, SegmentKind, Sentence};
use crate::tree::Tree;

/// Certainty from the cues the parse puts over the event (`Tree::scope`):
/// a cue counts only when it governs the event's own clause, whatever the
/// distance in words ("did not, as officials had feared, attack") and
/// never from another clause ("…, who denied the charges, was jailed").
/// The first kind found wins, in this order: negation, denial, condition
/// (unless a longer hedge phrase covers the modal; a `reported_future`
/// modal alone in a clause a speech verb reports is an intention),
/// intention, allegation, hedge; anonymous sourcing makes an otherwise
/// asserted event `reported`. Without a parse (a build with no model) no
/// cue is read.
/// `spelled`: the words the pattern writes out; a negation among them inside
/// the match is the act itself ("gave no comment on", 011), not a denial
/// of it.
pub fn certainty(s: &Sentence, tree: &Tree, m: &Match, pattern: &CompiledPattern, linked_to_accusation: bool, speech_act: bool, attribution: AttributionKind, scope: &mut Vec<usize>) -> Certainty {
    let subordinator = |w: usize| s.is(tree.token(w), CueKind::Subordinator);
    if tree.is_parsed() {
        // "prevented protesters from marching": the clause's act is what
        // the verb above kept from happening, or warned against.
        if let Some(c) = tree.object_control_certainty(tree.trigger_word(m.head)) {
            return c;
        }
        tree.scope(tree.trigger_word(m.head), false, subordinator, scope);
    } else {
        scope.clear();
    }
    // A subordinate clause's mark speaks for its clause; only a condition
    // ("if", "unless") reaches the clause above. (Without a parse the scope
    // is empty.)
    let trigger = tree.is_parsed().then(|| tree.trigger_word(m.head));
    // "without confirming or denying the report": the mark of a clause
    // speaks for the verbs coordinated with its own.
    if let Some(t) = trigger {
        for w in tree.marks_of_first_conjunct(t) {
            if !scope.contains(&w) {
                scope.push(w);
            }
        }
    }
    // A cue inside a relative clause set off by commas speaks for that
    // clause alone, however the parser hangs the main verb ("Ankara, which
    // claims the YPG is a terrorist group, launched an offensive": the
    // offensive is no claim).
    let relative_segment = |t: usize| s.segment_of(t).filter(|seg| seg.kind == SegmentKind::Relative).map(|seg| seg.start);
    let same_clause = |w: usize| relative_segment(tree.token(w)).is_none_or(|seg| relative_segment(m.head) == Some(seg));
    let own = |w: usize, kind: CueKind| same_clause(w) && (kind == CueKind::Condition || trigger.is_none_or(|t| !tree.marks_subordinate_clause(w, t)));
    let any = |kind: CueKind| scope.iter().any(|&w| own(w, kind) && s.is(tree.token(w), kind));
    // A word the pattern itself writes before its head ("would not
    // [comment]").
    let written_before = |t: usize| (m.start..m.head).contains(&t) && pattern.before.iter().any(|e| matches!(e, Elem::Word { alternatives, .. } if alternatives.contains(&s.ids[t])));
    let in_pattern = |t: usize| (m.start..m.end).contains(&t) && (pattern.required.contains(&s.ids[t]) || written_before(t));
    // "The ministry would not comment": a refusal the pattern writes out,
    // modal and all, is the act; its "would" conditions nothing.
    let refusal_written = (m.start..m.head).any(|t| s.is(t, CueKind::Negation) && written_before(t));
    // "not only to fight Isis but also …": a negation word inside a longer
    // conjunction cue, or one that begins it ("they are not only the
    // attacks on the French nation but also …", where "are not" is as long),
    // joins, it does not negate; one inside a longer condition cue ("did
    // not rule out sending troops") leaves the act possible, unless the
    // event is the very act the cue names ("did not rule out talks", coded
    // as ruling out talks, is that act negated).
    let negates = |t: usize| {
        let longest = s.longest_cue_over(t, CueKind::Negation);
        let possible = s.cues.iter().any(|c| c.start <= t && t < c.end && c.end - c.start > longest && Lexicon::has_cue(c.kinds, CueKind::Condition) && !(c.start..c.end).contains(&m.head));
        s.is(t, CueKind::Negation) && s.cue_at(t, CueKind::Conjunction).is_none() && longest >= s.longest_cue_over(t, CueKind::Conjunction) && !possible
    };
    if scope.iter().any(|&w| own(w, CueKind::Negation) && negates(tree.token(w)) && !in_pattern(tree.token(w))) {
        return Certainty::Negated;
    }
    if any(CueKind::Denial) {
        return Certainty::Denied;
    }
    // A modal inside a longer hedge ("may have attacked", "might have
    // been killed") speaks of the past as possible: the hedge reads it,
    // unless a still longer condition covers it ("might have to resign");
    // one inside a longer intention ("would like to meet") is a wish.
    let condition = |w: usize| {
        let t = tree.token(w);
        let longest = s.longest_cue_over(t, CueKind::Condition);
        s.is(t, CueKind::Condition) && longest >= s.longest_cue_over(t, CueKind::Hedge) && longest >= s.longest_cue_over(t, CueKind::Intention)
    };
    // "warned Iran of stronger countermeasures if the escalation
    // continued": the "if" clause of a speech act (a warning, a threat)
    // conditions what is said, not the saying.
    let said = speech_act && s.is(m.head, CueKind::SpeechVerb);
    let conditions_what_is_said = |w: usize| {
        let a = &tree.analysis;
        said && trigger.is_some_and(|t| a.head(w).is_some_and(|clause| a.universal_deprel(clause) == "advcl" && a.head(clause) == Some(t)))
    };
    let mut conditions = scope.iter().copied().filter(|&w| own(w, CueKind::Condition) && condition(w) && !conditions_what_is_said(w) && !(refusal_written && written_before(tree.token(w)))).peekable();
    if conditions.peek().is_some() {
        // "said the prisoners would be released": a reported future.
        let future_only = conditions.all(|w| s.is(tree.token(w), CueKind::ReportedFuture));
        let reported = trigger.is_some_and(|t| reported_by_speech_verb(s, tree, t));
        return if future_only && reported { Certainty::Intended } else { Certainty::Conditional };
    }
    // French tells by the verb's own ending what English tells by a
    // modal: "attaquera" (will attack) is still to come, "attaquerait"
    // (would attack) only possible, except as the future a speech verb
    // reports ("a annoncé que le Mali participerait", would take part).
    if m.forms & form::CONDITIONAL != 0 {
        let reported = trigger.is_some_and(|t| reported_by_speech_verb(s, tree, t));
        return if reported { Certainty::Intended } else { Certainty::Conditional };
    }
    if any(CueKind::Intention) || m.forms & form::FUTURE != 0 {
        return Certainty::Intended;
    }
    // "will explain the plan to U.S. officials when he visits the U.S.": a
    // present-tense act in a time clause of a verb still to come is to come.
    let cue = |kind: CueKind| move |w: usize| s.is(tree.token(w), kind);
    let present = m.forms & (form::BASE | form::THIRD) != 0 && m.forms & (form::PAST | form::PARTICIPLE) == 0;
    let third_person = m.forms & form::THIRD != 0;
    if present && trigger.is_some_and(|t| tree.in_future_time_clause(t, third_person, cue(CueKind::Subordinator), cue(CueKind::Intention))) {
        return Certainty::Intended;
    }
    // Evidential adverbs reach across a coordination.
    if tree.is_parsed() {
        tree.scope(tree.trigger_word(m.head), true, subordinator, scope);
    }
    let any = |kind: CueKind| scope.iter().any(|&w| own(w, kind) && s.is(tree.token(w), kind));
    let alleged = scope.iter().any(|&w| own(w, CueKind::Allegation) && s.is(tree.token(w), CueKind::Allegation) && trigger.is_none_or(|t| alleges(tree, w, t)));
    if linked_to_accusation || alleged {
        return Certainty::Alleged;
    }
    if any(CueKind::Hedge) || attribution == AttributionKind::Anonymous {
        return Certainty::Reported;
    }
    // "A Turkish assault on Afrin would lead to a disaster", "Putin's visit
    // to China will strengthen ties": an act noun that is the subject of a
    // verb under a modal is as possible, or as much to come, as that verb
    // (a negation there stays the verb's: "threats do not intimidate").
    if let Some(modal) = trigger.and_then(|t| tree.modal_over_subject_noun(t)) {
        let t = tree.token(modal);
        if s.is(t, CueKind::Intention) {
            return Certainty::Intended;
        }
        if s.is(t, CueKind::Condition) {
            return Certainty::Conditional;
        }
    }
    // "left for Washington for talks with U.S. officials": the talks a
    // journey is made for are still to come (not a fight: "went to Syria
    // to fight Isis").
    let purpose_code = || pattern.cameo.as_ref().is_some_and(|c| crate::tree::purpose_is_to_come(c.as_str()));
    // "ahead of her visit to Moscow next week": so are talks or a visit
    // the clause looks ahead to.
    if purpose_code() && trigger.is_some_and(|t| tree.purpose_of_journey(t) || tree.anticipated(t)) {
        return Certainty::Intended;
    }
    Certainty::Asserted
}

/// Whether the allegation cue at word `w` makes the event at word `t`
/// alleged. An allegation noun ("claims", "allegations") does so only for
/// what its content says ("claims that Russian troops attacked", "claims
/// of infighting"): not for the verb it is the object of ("denied the
/// claims", "denied Syria's claim that …") nor for a clause describing the
/// claim ("a claim dismissed by critics", "claims, which he rejected").
fn alleges(tree: &Tree, w: usize, t: usize) -> bool {
    let a = &tree.analysis;
    if a.upos(w) != "NOUN" {
        return true;
    }
    let Some(top) = tree.dependent_toward(w, t) else { return false };
    let content_clause = a.deprel(top) == "acl" && a.children(top).any(|c| a.universal_deprel(c) == "mark");
    content_clause || matches!(a.universal_deprel(top), "nmod" | "ccomp")
}

/// "Nakasone visits Washington on April 29", "Nakasone's visit to
/// Washington next week" in a story of April 20: an act told in the present
/// tense or by a noun, with a date after the story's `published` day, is
/// scheduled (intended, coded as CAMEO codes the intention: 036, not 042).
/// Some dates are ahead whatever the story's day (`Sentence::ahead`):
/// "next week", "tomorrow", and a day of the week on which a verb in the
/// simple present tells what happens ("Howard leaves for Japan on
/// Saturday"; a noun's "Monday's talks" may be past). The date must hang
/// on the act's own word, on the verb a noun act is the object of ("holds
/// its meetings … next week"), or on a noun of the act's phrase ("visit to
/// Washington, April 29 to May 5"); "talks that would lead to membership
/// next year" date the membership, not the talks.
pub fn scheduled(s: &Sentence, tree: &Tree, m: &Match, published: Option<chrono::NaiveDate>) -> bool {
    if !tree.is_parsed() || m.forms & (form::PAST | form::PARTICIPLE) != 0 {
        return false;
    }
    let a = &tree.analysis;
    let t = tree.trigger_word(m.head);
    let noun = |w: usize| matches!(a.upos(w), "NOUN" | "PROPN");
    let on_act = |w: usize| match a.head(w) {
        Some(h) if h == t => true,
        Some(h) if noun(t) && a.head(t) == Some(h) => true,
        Some(h) => noun(h) && a.head(h) == Some(t),
        None => false,
    };
    // ("until August 15" ends a period the act began: `ends_period`.)
    let dated = published.is_some_and(|p| s.dates.iter().filter(|d| d.date.value > p && !d.ends_period).any(|d| (d.start..d.end).any(|i| on_act(tree.word(i)))));
    // A verb pattern's third-person form whatever the tagger makes of
    // "leaves" or "flies"; a base form the tagger reads as a verb ("the
    // release … began on Friday" is a noun). ("were Monday arriving",
    // "since launching … on Sunday": a day of the week with an -ing form
    // is as often past.)
    let present_verb = m.forms & form::ING == 0 && (m.forms & form::THIRD != 0 || (m.forms & form::BASE != 0 && a.upos(t) == "VERB"));
    dated || s.ahead.iter().filter(|d| !d.weekday || present_verb).any(|d| (d.start..d.end).any(|i| on_act(tree.word(i))))
}

/// Whether a speech verb other than the word at `trigger` reports the
/// clause it stands in ("said the prisoners would be released").
pub fn reported_by_speech_verb(s: &Sentence, tree: &Tree, trigger: usize) -> bool {
    (0..s.len()).any(|k| s.is(k, CueKind::SpeechVerb) && tree.word(k) != trigger && tree.reports(tree.word(k), trigger))
}
