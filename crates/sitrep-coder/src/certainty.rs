//! How firmly the text states each event.

use sitrep_lexicon::CueKind;
use sitrep_model::{AttributionKind, Certainty};

use crate::sentence::{Match, Sentence};

/// Reads the cues between the start of the event's clause and its head.
///
/// Negation and modality count only between the subject and the head ("did
/// not", "will", "vowed to"); hedges, allegations and conditions anywhere
/// before the head ("Reportedly, …", "If …"); a denial verb anywhere in the
/// sentence before the head ("denied sending"). Anonymous sourcing makes an
/// otherwise asserted event `reported`.
pub fn certainty(s: &Sentence, m: &Match, subject_end: Option<usize>, linked_to_accusation: bool, attribution: AttributionKind) -> Certainty {
    let clause_start = clause_start(s, m.head);
    let near_start = subject_end.filter(|&e| e <= m.head && e >= clause_start).unwrap_or(clause_start);
    // "vowed to expand ties and criticised ECOWAS": modality and negation do
    // not reach across a conjunction to a second verb.
    let near_start = (near_start..m.head).rev().find(|&i| s.is(i, CueKind::Conjunction)).map_or(near_start, |i| i + 1);
    let any = |from: usize, kind: CueKind| (from..m.head).any(|i| s.is(i, kind));
    if any(near_start.max(clause_start), CueKind::Negation) {
        return Certainty::Negated;
    }
    // A denial governs the verbs that follow it, not those across an "and":
    // "X denied the report and says he would meet Y".
    let denial = (clause_start..m.head).rev().find(|&i| s.is(i, CueKind::Denial));
    if denial.is_some_and(|d| !(d + 1..m.head).any(|i| s.is(i, CueKind::Conjunction) || s.is(i, CueKind::SpeechVerb))) {
        return Certainty::Denied;
    }
    if any(clause_start, CueKind::Condition) {
        return Certainty::Conditional;
    }
    if any(near_start, CueKind::Intention) {
        return Certainty::Intended;
    }
    if linked_to_accusation || any(clause_start, CueKind::Allegation) {
        return Certainty::Alleged;
    }
    if any(clause_start, CueKind::Hedge) || attribution == AttributionKind::Anonymous {
        return Certainty::Reported;
    }
    Certainty::Asserted
}

/// The clause the head lies in starts after the last `;` or `:` before it,
/// or at the start of its relative segment.
fn clause_start(s: &Sentence, head: usize) -> usize {
    if let Some(seg) = s.segment_of(head) {
        return seg.start;
    }
    (0..head).rev().find(|&i| s.is_clause_break(i)).map_or(0, |i| i + 1)
}
