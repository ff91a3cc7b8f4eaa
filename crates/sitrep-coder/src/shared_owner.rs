//! "Danish media and government", "Iraqi police and soldiers": the country
//! named before the first role noun of a list owns every bare role noun
//! joined right after the conjunction. And the mirror: "Armenian and
//! Azerbaijani troops", "US, British and French forces": the role noun
//! after the last country of a list is every listed country's.

use sitrep_lexicon::{CueKind, Lexicon};

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

/// Gives a country named alone as a list member the role noun of the list's
/// last member when that member is a country with its role noun right
/// after it ("Armenian and Azerbaijani troops": both are troops). Only
/// countries directly joined by a comma or conjunction share it: "Israel
/// and the Hamas fighters" (a determiner of its own) keeps Israel alone.
pub fn share_role(lex: &Lexicon, s: &mut Sentence) {
    let country = |s: &Sentence, g: usize| s.groups[g].actor.is_some_and(|a| lex.actors[a as usize].id.starts_with("country:"));
    for k in 0..s.groups.len() {
        let g = s.groups[k];
        if g.compound_tail || g.role.is_some() || g.person || g.pronoun.is_some() || !country(s, k) {
            continue;
        }
        // The list's members are `k` and the role-less countries joined
        // directly after it; the first member with a role noun ends it.
        let next_member = |s: &Sentence, from: usize| {
            let prev = s.groups[from];
            let n = prev.and_next? as usize;
            let tail = s.groups[n];
            let joined = tail.start > prev.end && (prev.end..tail.start).all(|j| s.is(j, CueKind::Conjunction) || s.norm(j) == ",");
            (joined && country(s, n)).then_some(n)
        };
        let mut last = k;
        while let Some(n) = next_member(s, last) {
            last = n;
            if s.groups[n].role.is_some() {
                break;
            }
        }
        let owner = s.groups[last];
        if last == k || owner.role.is_none() || !owner.role_after_actor || owner.bare_role {
            continue;
        }
        let mut member = Some(k);
        while let Some(m) = member.filter(|&m| m != last) {
            let t = &mut s.groups[m];
            t.role = owner.role;
            t.former = owner.former;
            t.role_after_actor = true;
            t.role_from_list = true;
            member = t.and_next.map(|n| n as usize);
        }
    }
}
