//! "Danish media and government", "Iraqi police and soldiers": the country
//! named before the first role noun of a list owns every bare role noun
//! joined right after the conjunction.

use sitrep_lexicon::CueKind;

use crate::sentence::Sentence;

/// Gives each bare role noun of a compound the actor of the compound's
/// first member when that member is an actor followed by its role noun
/// ("Danish media") and the bare role follows the conjunction directly.
/// "the Danish media and the government" (a determiner of its own) and
/// "the government of Mali and rebels" (the actor after its role) keep
/// their bare role.
pub fn share_owner(s: &mut Sentence) {
    for k in 0..s.groups.len() {
        let g = s.groups[k];
        if g.compound_tail || g.person || !g.role_after_actor || g.role.is_none() {
            continue;
        }
        let Some(actor) = g.actor else { continue };
        let (mut prev_end, mut next) = (g.end, g.and_next);
        while let Some(n) = next {
            let tail = s.groups[n as usize];
            let conj = if s.is(prev_end, CueKind::Conjunction) { prev_end } else { prev_end + 1 };
            if !tail.bare_role || tail.start != conj + 1 || !s.is(conj, CueKind::Conjunction) {
                break;
            }
            let t = &mut s.groups[n as usize];
            t.actor = Some(actor);
            t.bare_role = false;
            t.role_after_actor = true;
            prev_end = tail.end;
            next = tail.and_next;
        }
    }
}
