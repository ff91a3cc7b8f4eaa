//! Mentions into actor groups: "Russian special forces", "Burkina Faso's
//! junta", "President Vladimir Putin", "the government of Mali", and
//! compounds "Russia and China".

use sitrep_lexicon::{CueKind, Elem, Lexicon};
use sitrep_text::TokenKind;

use crate::sentence::{Group, OrganisationKind, Sentence};

pub fn build_groups(lex: &Lexicon, s: &mut Sentence) {
    s.group_of.resize(s.len(), None);
    let mut k = 0;
    // Where the last place read as a place (not an actor) ended: "in Raqqa
    // and Deir ez-Zor" puts both towns after the preposition.
    let mut last_place_end = None;
    while k < s.mentions.len() {
        let first = s.mentions[k];
        let mut g = Group { start: first.start, end: first.end, ..Group::default() };
        add(lex, &mut g, first.noun.actor, first.noun.agent);
        k += 1;
        while k < s.mentions.len() {
            let next = s.mentions[k];
            // "UK military intervention": the role word is no actor either.
            if role_describes_next_noun(lex, s, &g, next) {
                k += 1;
                break;
            }
            // "l'armée malienne", "les forces spéciales russes": French
            // puts the country's adjective (a lower-case name) after the
            // role noun it qualifies.
            let adjective_after_role = next.noun.lowercase && next.start == g.end && g.role.is_some() && g.actor.is_none() && !g.person;
            if !adjective_after_role && !joins(lex, s, &g, next.start, next.noun.actor, next.noun.agent) {
                break;
            }
            g.end = next.end;
            add(lex, &mut g, next.noun.actor, next.noun.agent);
            k += 1;
        }
        // "the European Community (EC) and the United States", "the Group
        // of Seven (G-7) industrial countries": the same actor's short name
        // in brackets right after its name is part of that name, not an
        // actor of its own between the name and what follows it.
        let name_end = g.end;
        if let Some(&abbreviation) = s.mentions.get(k) {
            let bracketed = abbreviation.start == g.end + 1 && s.norm(g.end) == "(" && abbreviation.end < s.len() && s.norm(abbreviation.end) == ")";
            if bracketed && abbreviation.noun.actor.is_some() && abbreviation.noun.actor == g.actor {
                g.end = abbreviation.end + 1;
                k += 1;
            }
        }
        if is_place_not_actor(lex, s, &g) || conjoined_place(lex, s, &g, last_place_end) || is_dateline(s, &g) {
            last_place_end = Some(g.end);
            continue;
        }
        g.attacked_place = s.place_is_target.get(g.start).copied().unwrap_or(false);
        // "1,200 Iraqis were killed", "thousands of Belarusians defied a
        // protest ban": a country's name after a count names its people.
        if g.role.is_none() && !g.person && g.actor.is_some_and(|a| lex.actors[a as usize].kind() == "country") && counted(s, g.start) && ends_its_phrase(lex, s, g.end) {
            g.role = crate::tree::counted_country_role(lex);
            g.role_after_actor = g.role.is_some();
        }
        if is_part_of_a_name(lex, s, &g) || is_another_persons_surname(lex, s, &g) {
            continue;
        }
        g.bare_role = g.actor.is_none() && g.role.is_some();
        g.former = g.role.is_some() && (g.start.saturating_sub(1)..g.end).any(|i| s.is(i, CueKind::Former));
        // (The name's last word, not a closing bracket.)
        g.head_word = s.ids[name_end - 1];
        if g.bare_role && g.start > 1 {
            let before = g.start - 1;
            let t = s.tokens.get(before);
            g.unknown_qualifier = t.kind == TokenKind::Word && t.capitalised && s.cue_bits[before] == 0 && s.group_of[before].is_none() && !matches!(s.norm(before - 1), "." | "\"" | ":");
        }
        if g.bare_role && g.start > 0 && s.is(g.start - 1, CueKind::Foreign) {
            g.unknown_qualifier = true;
        }
        if g.bare_role && g.start > 0 && s.is(g.start - 1, CueKind::PossessivePronoun) {
            g.possessive_person = Some(s.is(g.start - 1, CueKind::PersonPronoun));
        }
        let index = s.groups.len() as u32;
        for slot in &mut s.group_of[g.start..g.end] {
            *slot = Some(index);
        }
        s.groups.push(g);
    }
    // PETRARCH dictionaries code as PETRARCH does: no anaphora.
    if lex.roles_from_context {
        add_pronouns(s);
    }
    link_compounds(s);
    crate::shared_owner::share_owner(s);
    crate::shared_owner::share_role(lex, s);
    name_by_alias(s);
}

/// Whether a verb comes within three words from token `from`, past
/// auxiliaries, negation and adverbs ("he later accused", "the group has
/// also claimed").
fn verb_follows(s: &Sentence, from: usize) -> bool {
    let adverb = |j: usize| {
        s.adverb_like[j] || (s.tokens.get(j).kind == TokenKind::Word && !s.tokens.get(j).capitalised && s.cue_bits[j] == 0 && !s.verb_like[j])
    };
    (from..(from + 3).min(s.len()))
        .find(|&j| !(s.is(j, CueKind::Auxiliary) || s.is(j, CueKind::BeForm) || s.is(j, CueKind::Negation) || adverb(j)))
        .is_some_and(|j| s.verb_like[j])
}

/// "he said", "it accused": subject pronouns right before a verb become
/// groups that stand for the actor named before (resolved in `context`).
fn add_pronouns(s: &mut Sentence) {
    let before = s.groups.len();
    for i in 0..s.len() {
        // "« … », déplore-t-elle", "a-t-il ajouté": a pronoun a hyphen
        // joins after the word before it is that verb's inverted subject.
        if s.group_of[i].is_none() && s.is(i, CueKind::Anaphor) && (verb_follows(s, i + 1) || s.is_inverted_pronoun(i)) {
            let person = s.is(i, CueKind::PersonPronoun);
            s.groups.push(Group { start: i, end: i + 1, pronoun: Some(person), head_word: s.ids[i], ..Group::default() });
        }
        // "the country", wherever it stands ("troops entered the country").
        if let Some(end) = s.cue_at(i, CueKind::CountryAnaphor) {
            if (i..end).all(|j| s.group_of[j].is_none()) && !s.groups[before..].iter().any(|g| g.start < end && i < g.end) {
                s.groups.push(Group { start: i, end, pronoun: Some(false), country_anaphor: true, head_word: s.ids[end - 1], ..Group::default() });
            }
        }
        // "The group claimed responsibility": an organisation named by its
        // kind, right before its verb.
        let kinds = [(CueKind::OrganisationAnaphor, OrganisationKind::Organisation), (CueKind::PartyAnaphor, OrganisationKind::Party), (CueKind::CompanyAnaphor, OrganisationKind::Company)];
        for (cue, kind) in kinds {
            let Some(end) = s.cue_at(i, cue) else { continue };
            let free = (i..end).all(|j| s.group_of[j].is_none()) && !s.groups[before..].iter().any(|g| g.start < end && i < g.end);
            // "the group's rampage": an owner, not a doer.
            let possessive = end < s.len() && s.norm(end).starts_with('\'');
            if free && verb_follows(s, end) && !possessive {
                s.groups.push(Group { start: i, end, pronoun: Some(false), organisation_anaphor: Some(kind), head_word: s.ids[end - 1], ..Group::default() });
            }
        }
        // "the two countries", "both sides", but not "both sides of the
        // border": what follows names what the sides are of.
        if let Some(end) = s.cue_at(i, CueKind::PairAnaphor) {
            let partitive = s.norm(end) == "of";
            let pair = Group { start: i, end, pair_anaphor: true, head_word: s.ids[end - 1], ..Group::default() };
            // "the two governments": a bare role noun inside the phrase is
            // the pair's own word, not a group of its own.
            let bare_role = (i..end).find_map(|j| s.group_of[j]).filter(|&g| {
                let g = &s.groups[g as usize];
                g.bare_role && i <= g.start && g.end <= end && g.and_next.is_none()
            });
            let free = (i..end).all(|j| s.group_of[j].is_none() || s.group_of[j] == bare_role) && !s.groups[before..].iter().any(|g| g.start < end && i < g.end);
            if !partitive && free {
                match bare_role {
                    Some(g) if !s.groups.iter().any(|o| o.and_next == Some(g)) => s.groups[g as usize] = pair,
                    Some(_) => {}
                    None => s.groups.push(pair),
                }
            }
        }
    }
    if s.groups.len() == before {
        return;
    }
    s.groups.sort_by_key(|g| g.start);
    for slot in s.group_of.iter_mut() {
        *slot = None;
    }
    for (index, g) in s.groups.iter().enumerate() {
        for slot in &mut s.group_of[g.start..g.end] {
            *slot = Some(index as u32);
        }
    }
}

/// "civilian militias known as the Volunteers for the Defense of the
/// Homeland": a role noun takes the named actor its alias gives.
fn name_by_alias(s: &mut Sentence) {
    for k in 0..s.groups.len() {
        let g = s.groups[k];
        if !g.bare_role {
            continue;
        }
        let Some(mut end) = s.cue_at(g.end, CueKind::Alias) else { continue };
        while end < s.len() && s.is(end, CueKind::Demonstrative) {
            end += 1;
        }
        let named = s.group_of.get(end).copied().flatten().map(|h| s.groups[h as usize]).filter(|h| h.start == end && h.actor.is_some());
        if let Some(h) = named {
            let g = &mut s.groups[k];
            g.actor = h.actor;
            g.person = h.person;
            g.bare_role = false;
            g.role_after_actor = true;
        }
    }
}

fn add(lex: &Lexicon, g: &mut Group, actor: Option<u32>, agent: Option<u32>) {
    if let Some(a) = actor {
        let is_person = lex.actors[a as usize].kind() == "person";
        // A person is the most specific: "Russian President Vladimir Putin".
        if g.actor.is_none() || is_person {
            g.actor = Some(a);
            g.person = is_person;
            if is_person {
                g.role_after_actor = false;
            }
        }
    }
    if actor.is_none() {
        if let Some(r) = agent {
            let prefix = |r: u32| lex.roles[r as usize].ends_with('~');
            match g.role {
                // "MSF … diplomat": the prefix role stays beside the new one.
                Some(old) if prefix(old) && !prefix(r) => g.prefix_role = Some(old),
                Some(_) if prefix(r) => {
                    g.prefix_role = Some(r);
                    return;
                }
                _ => {}
            }
            g.role = Some(r);
            g.role_after_actor = g.actor.is_some();
        }
    }
}

/// Whether a count stands right before token `start`, or a count and a
/// role link ("thousands of").
fn counted(s: &Sentence, start: usize) -> bool {
    let count = |i: usize| s.tokens.get(i).kind == TokenKind::Number || s.is(i, CueKind::Count);
    (start > 0 && count(start - 1)) || (start > 1 && s.is(start - 1, CueKind::RoleLink) && count(start - 2))
}

/// Whether the noun phrase ends before token `end`: a mark, a verb or a
/// function word follows, not a noun the name describes ("11 Kuwaiti
/// tankers", "two German members" are no people of a country).
/// A verb form that may be a plural noun ("marks", "allies") is no verb
/// here.
fn ends_its_phrase(lex: &Lexicon, s: &Sentence, end: usize) -> bool {
    let plural_noun_form = || lex.heads(s.ids[end]).iter().all(|r| r.forms == sitrep_lexicon::morphology::form::THIRD);
    let function_word = s.is(end, CueKind::Relative) || crate::matching::FUNCTION_WORDS.into_iter().any(|k| s.is(end, k));
    let joined = end < s.len() && s.norm(end) == "-";
    end >= s.len() || (s.tokens.get(end).kind != TokenKind::Word && !joined) || function_word || (s.verb_like[end] && !s.tokens.get(end).capitalised && !plural_noun_form())
}

/// May the mention starting at `next` join group `g`?
fn joins(lex: &Lexicon, s: &Sentence, g: &Group, next: usize, actor: Option<u32>, agent: Option<u32>) -> bool {
    let next_is_person = actor.is_some_and(|a| lex.actors[a as usize].kind() == "person");
    let next_is_role = actor.is_none() && agent.is_some();
    let gap = next - g.end;
    match gap {
        // "Russian troops", "President Putin", "Russian President Putin"
        // "Bree Prime Minister Romendacil": a title then a name.
        // A role right before a country is one actor only as a title
        // ("Bree Prime Minister Romendacil"); "told reporters Japan had
        // rejected" is two. PETRARCH names may stand for either.
        0 => {
            let title_of = next_is_person || g.actor.is_some() || !lex.roles_from_context;
            next_is_role || (next_is_person && !g.person) || (g.actor.is_none() && actor.is_some() && (g.role.is_none() || title_of)) || (actor.is_some() && g.role.is_some() && !g.person && title_of)
        }
        1 if s.is_possessive(g.end) => next_is_role,
        // "British Corporate Affairs Minister": capitalised title words
        // between a country and its role noun.
        2..=3 if next_is_role && g.actor.is_some() && !g.person && (g.end..next).all(|i| s.tokens.get(i).capitalised && s.cue_bits[i] == 0 && !s.verb_like[i]) => true,
        // "Ithilen's awful and evil minister": adjectives between.
        2..=4 if s.is_possessive(g.end) => {
            next_is_role
                && (g.end + 1..next).all(|i| {
                    let t = s.tokens.get(i);
                    t.kind == TokenKind::Word && !t.capitalised && !s.verb_like[i] && (s.cue_bits[i] == 0 || s.is(i, CueKind::Conjunction))
                })
        }
        // "the government of Mali" anywhere; "soldiers from Gondor",
        // "lawmakers in Fornost" where a clause starts.
        // Only where a clause starts: in "requested troops from Rwanda" or
        // "millions of refugees from Ukraine" the place is where they come
        // from, and the verb pattern reads it.
        // "the government of the United States": an article between.
        1 | 2 if (s.is(g.end, CueKind::RoleLink) || s.is(g.end, CueKind::RoleOrigin)) && (gap == 1 || (s.is(g.end + 1, CueKind::Demonstrative) && !s.is(g.end + 1, CueKind::Relative))) => {
            let anywhere = s.is(g.end, CueKind::RoleLink);
            g.actor.is_none() && g.role.is_some() && actor.is_some() && (anywhere || starts_clause(s, g.start))
        }
        // "Russian elite troops", "local security agencies", "Arnor former
        // security officials", "Rwandan Hutu rebels": one adjective.
        1 => {
            next_is_role
                && g.actor.is_some()
                && !g.person
                && s.tokens.get(g.end).kind == TokenKind::Word
                && (s.cue_bits[g.end] == 0 || s.is(g.end, CueKind::Former))
                && !s.verb_like[g.end]
        }
        _ => false,
    }
}

/// "offered Egypt military cooperation", "gave Ukraine military aid": a
/// role noun between a verb's first object, a country, and a noun the
/// lexicon's patterns write it with ("military aid", "security
/// cooperation") describes that noun as an adjective does and is no part
/// of the actor ("the Egypt military said" keeps it; so does "Further UK
/// military intervention", where the country owns the act).
fn role_describes_next_noun(lex: &Lexicon, s: &Sentence, g: &Group, next: crate::sentence::Mention) -> bool {
    let role_alone = next.noun.actor.is_none() && next.noun.agent.is_some() && next.end == next.start + 1;
    if !role_alone || g.actor.is_none() || g.person || g.role.is_some() || next.start != g.end || next.end >= s.len() {
        return false;
    }
    let after_verb = g.start > 0 && s.verb_like[g.start - 1] && !s.tokens.get(g.start - 1).capitalised;
    if !after_verb {
        return false;
    }
    let noun = next.end;
    let t = s.tokens.get(noun);
    if t.kind != TokenKind::Word || t.capitalised || s.cue_bits[noun] != 0 || s.mentions.iter().any(|m| m.start == noun) {
        return false;
    }
    lex.spells_in_a_row(s.ids[next.start], s.ids[noun])
}

/// Does the phrase at `start` open its clause (past determiners, up to
/// two adjectives and up to two capitalised words of a name no actor
/// holds: "Former security officials in …", "the Kilis criminal court in
/// Turkey")?
fn starts_clause(s: &Sentence, start: usize) -> bool {
    let mut j = start;
    let (mut adjectives, mut names) = (0, 0);
    while j > 0 {
        j -= 1;
        // "that" is both: "disappointed that the court in Turkey …" opens
        // a clause.
        if matches!(s.norm(j), "," | ";" | ":" | "\"") || s.is(j, CueKind::Conjunction) || s.is(j, CueKind::Relative) {
            return true;
        }
        if s.is(j, CueKind::Demonstrative) || s.is(j, CueKind::PossessivePronoun) {
            continue;
        }
        let adjective = s.tokens.get(j).kind == TokenKind::Word && (s.cue_bits[j] == 0 || s.is(j, CueKind::Former)) && !s.verb_like[j];
        if adjective && s.tokens.get(j).capitalised && s.group_of[j].is_none() && names < 2 {
            names += 1;
            continue;
        }
        if adjective && adjectives < 2 {
            adjectives += 1;
            continue;
        }
        return false;
    }
    true
}

/// "in Moscow", "in Mosul": a capital or town after a preposition of place
/// is where something happened, not who did it, unless a verb or noun just
/// before has a pattern that takes an actor after that preposition,
/// spelling the words between ("arrived in Damascus": `[arrive] in +`, the
/// visit's host; "sa visite à Moscou").
fn is_place_not_actor(lex: &Lexicon, s: &Sentence, g: &Group) -> bool {
    g.role.is_none()
        && g.start > 0
        && s.is(g.start - 1, CueKind::LocationPrep)
        && g.actor.is_some_and(|a| lex.actors[a as usize].is_place())
        && !destination_of_a_pattern(lex, s, g.start - 1)
        && !s.place_is_target.get(g.start).copied().unwrap_or(false)
}

/// "BAHRAIN - Iran reported …", "WASHINGTON, March 2 - …": a place in
/// capitals opening the sentence before a dash or a comma is the dateline,
/// where the report was filed: no actor of the sentence.
fn is_dateline(s: &Sentence, g: &Group) -> bool {
    let caps = (g.start..g.end).all(|i| s.tokens.get(i).all_caps || s.tokens.get(i).kind != TokenKind::Word);
    // "UK-based Deliveroo": a hyphen joining a lower-case word is no dash.
    let next_capitalised = g.end + 1 < s.len() && s.tokens.get(g.end + 1).capitalised;
    g.start == 0 && g.role.is_none() && caps && g.end < s.len() && matches!(s.norm(g.end), "-" | ",") && next_capitalised
}

/// Most tokens between an attack's verb and the town its object lies in
/// ("fired four shells at targets in Jericho").
const ATTACK_REACH: usize = 10;

/// Whether the tokens `from..to` hold no clause boundary.
fn one_clause(s: &Sentence, from: usize, to: usize) -> bool {
    (from..to).all(|i| !s.ends_a_phrase(i))
}

/// Whether an act coded `code`, done in a town, may be done to it
/// (`place-target-code` and `place-scope-code` in `lexicon/tree-roles.tsv`).
fn done_to_the_place(code: &str) -> bool {
    crate::tree::place_is_target(code) || crate::tree::place_is_scope(code) || crate::tree::place_is_source(code)
}

/// Whether a pattern headed by word `w` codes an act that, done in a town,
/// may be done to it.
fn heads_an_attack(lex: &Lexicon, w: sitrep_lexicon::WordId) -> bool {
    lex.heads(w).iter().any(|h| lex.patterns[h.pattern as usize].cameo.as_ref().is_some_and(|c| done_to_the_place(c.as_str())))
}

/// "Israeli tanks fired four shells at targets in Jericho", "drones struck
/// a compound in Waziristan": marks each town read only as a place (after
/// "in", "near" …) that a word heading an attack's pattern comes shortly
/// before, in the same clause. Returns whether any was marked: the caller
/// then builds the groups and matches again with those towns as actors
/// (bare places: never a doer), and then keeps only the marks an attack's
/// match reaches (`unmark_places_no_attack_reached`).
pub fn mark_places_after_attack_words(lex: &Lexicon, s: &mut Sentence) -> bool {
    s.place_is_target.clear();
    s.place_is_target.resize(s.len(), false);
    let mut marked = false;
    for k in 0..s.mentions.len() {
        let t = s.mentions[k];
        let candidate = t.start > 0
            && s.group_of[t.start].is_none()
            && s.is(t.start - 1, CueKind::LocationPrep)
            && t.noun.actor.is_some_and(|a| lex.actors[a as usize].is_place());
        if !candidate {
            continue;
        }
        let prep = t.start - 1;
        let from = prep.saturating_sub(ATTACK_REACH);
        if (from..prep).rev().take_while(|&h| one_clause(s, h, prep)).any(|h| heads_an_attack(lex, s.ids[h])) {
            s.place_is_target[t.start] = true;
            marked = true;
        }
    }
    marked
}

/// Keeps the marks of `mark_places_after_attack_words` only where an
/// attack's match now takes the town as its target or ends shortly before
/// it, in the same clause, with no target of its own; "will hold talks in
/// Beijing" (a word that heads "hold hostage") keeps Beijing a place.
/// Returns whether any mark was taken back.
pub fn unmark_places_no_attack_reached(lex: &Lexicon, s: &mut Sentence) -> bool {
    let mut unmarked = false;
    for t in 0..s.len() {
        if !s.place_is_target[t] {
            continue;
        }
        let group = s.group_of[t];
        // A verb the parse has yet to confirm ("The rioting erupted in
        // Lagos": `erupted` after an -ing word) may reach it too.
        let reached = s.matches.iter().chain(&s.verb_candidates).any(|m| {
            let attack = lex.patterns[m.pattern as usize].cameo.as_ref().is_some_and(|c| done_to_the_place(c.as_str()));
            attack && m.head < t && (m.target == group || (m.target.is_none() && t <= m.end + ATTACK_REACH && one_clause(s, m.end, t)))
        });
        if !reached {
            s.place_is_target[t] = false;
            unmarked = true;
        }
    }
    unmarked
}

/// "in Raqqa and Deir ez-Zor", "in Aleppo, Homs and Hama": a place joined
/// by a conjunction or comma to a place read as where something happened.
fn conjoined_place(lex: &Lexicon, s: &Sentence, g: &Group, last_place_end: Option<usize>) -> bool {
    g.role.is_none()
        && g.start > 0
        && last_place_end == Some(g.start - 1)
        && (s.is(g.start - 1, CueKind::Conjunction) || s.norm(g.start - 1) == ",")
        && g.actor.is_some_and(|a| lex.actors[a as usize].is_place())
}

/// Whether a pattern headed by a word at most four tokens before the
/// preposition at `prep` ends with that preposition and its target.
fn destination_of_a_pattern(lex: &Lexicon, s: &Sentence, prep: usize) -> bool {
    let prep_word = s.ids[prep];
    let reaches = |pattern: u32, head: usize| {
        let p = &lex.patterns[pattern as usize];
        // The preposition right before the target slot, wherever the
        // slot stands ("[be] in + to": "was in London to brief").
        let slot = p.after.windows(2).position(|w| matches!(w, [Elem::Word { alternatives, .. }, Elem::Target] if alternatives.contains(&prep_word)));
        p.cameo.is_some() && slot.is_some_and(|n| words_between(lex, s, &p.after[..n], head + 1..prep))
    };
    // A verb's pattern, or a noun's from its first word ("sa visite à
    // Moscou": `visite|voyage ... à|en +`).
    (prep.saturating_sub(4)..prep).any(|head| lex.heads(s.ids[head]).iter().any(|h| reaches(h.pattern, head)) || lex.noun_patterns(s.ids[head]).iter().any(|&p| reaches(p, head)))
}

/// Whether the pattern elements `elems` spell exactly the tokens
/// `between` (its head's words before the preposition of its target
/// slot): "[be] expected in +" does not reach the "in" of "was imposed in
/// Bamako", nor "[be] currently? in +" that of "was imposed in". Elements
/// that name actors are taken to match. (The matcher's `match_after` reads
/// barriers, date phrases and groups, which groups are built before.)
fn words_between(lex: &Lexicon, s: &Sentence, elems: &[Elem], between: std::ops::Range<usize>) -> bool {
    let Some((first, rest)) = elems.split_first() else { return between.is_empty() };
    let (at, end) = (between.start, between.end);
    match first {
        Elem::Word { alternatives, optional } => {
            (at < end && alternatives.contains(&s.ids[at]) && words_between(lex, s, rest, at + 1..end)) || (*optional && words_between(lex, s, rest, at..end))
        }
        Elem::Phrases(phrases) => phrases.iter().any(|p| at + p.len() <= end && p.iter().enumerate().all(|(k, w)| s.ids[at + k] == *w) && words_between(lex, s, rest, at + p.len()..end)),
        Elem::Gap => (0..=lex.gap_limit).any(|k| at + k <= end && words_between(lex, s, rest, at + k..end)),
        Elem::Target | Elem::Source | Elem::Compound | Elem::SkipPhrase => true,
    }
}

/// "the Tokyo Shimbun", "the Washington Post": a capital or town followed by a
/// capitalised word the lexicon does not know (not even as a date: "the
/// White House Monday") begins another name.
fn is_part_of_a_name(lex: &Lexicon, s: &Sentence, g: &Group) -> bool {
    let next = g.end;
    let date_word = |i: usize| lex.dates.iter().any(|d| d.words.iter().any(|w| w.eq_ignore_ascii_case(s.norm(i))));
    g.role.is_none()
        && g.actor.is_some_and(|a| lex.actors[a as usize].is_place())
        && next < s.len()
        && s.tokens.get(next).kind == TokenKind::Word
        && s.tokens.get(next).capitalised
        && !s.tokens.get(next).all_caps
        && s.cue_bits[next] == 0
        && !s.mentions.iter().any(|m| m.start == next)
        && !date_word(next)
}

/// "Cherie Blair", "Jeb Bush": a person named by the surname alone, right
/// after a capitalised word that is neither a cue (a title, "Mr"), an
/// initial, a date word, one of the person's own names ("Tayyip Erdogan")
/// nor the sentence's first word, is someone else who shares the surname.
fn is_another_persons_surname(lex: &Lexicon, s: &Sentence, g: &Group) -> bool {
    let Some(actor) = g.actor.map(|a| &lex.actors[a as usize]) else { return false };
    if g.start == 0 || g.end - g.start != 1 || g.role.is_some() || actor.kind() != "person" {
        return false;
    }
    let before = g.start - 1;
    // "But Putin accused …", "While Reagan retains …": a sentence's first
    // word is capitalised whatever it is.
    if before == 0 {
        return false;
    }
    let t = s.tokens.get(before);
    let word = s.norm(before);
    let date_word = lex.dates.iter().any(|d| d.words.iter().any(|w| w.eq_ignore_ascii_case(word)));
    let mut part_norm = String::new();
    let own_name = actor.names.iter().any(|n| {
        n.split_whitespace().any(|part| {
            part_norm.clear();
            sitrep_text::normalise_into(part, &mut part_norm);
            part_norm == word
        })
    });
    t.kind == TokenKind::Word
        && t.capitalised
        && !t.all_caps
        && word.trim_end_matches('.').chars().count() > 1
        && s.cue_bits[before] == 0
        && s.group_of[before].is_none()
        && !s.mentions.iter().any(|m| (m.start..m.end).contains(&before))
        && !s.verb_like[before]
        && !s.adverb_like[before]
        && !date_word
        && !own_name
}

/// "A and B", "A, B and C": links each member to the next. A comma alone
/// joins only when an "and" follows the next member, so that apposition
/// ("its leader, Captain Traoré") is not read as a list.
fn link_compounds(s: &mut Sentence) {
    // "A and B", "A, and B", "A and the evil awful B": a conjunction, then
    // at most determiners and two adjectives.
    let conj_joined = |s: &Sentence, a: usize| {
        let (end, start) = (s.groups[a].end, s.groups[a + 1].start);
        let conj = if s.is(end, CueKind::Conjunction) {
            end
        } else if s.norm(end) == "," && s.is(end + 1, CueKind::Conjunction) {
            end + 1
        } else {
            return false;
        };
        // "its focus turned to the Kurdish militias and it sought …": a
        // subject pronoun after the conjunction opens a clause.
        if s.is(start, CueKind::SubjectPronoun) {
            return false;
        }
        let between = conj + 1..start;
        let adjectives = between.clone().filter(|&i| !s.is(i, CueKind::Demonstrative)).count();
        adjectives <= 2 && between.into_iter().all(|i| s.tokens.get(i).kind == TokenKind::Word && !s.verb_like[i])
    };
    // "A, the awful B": a comma, then at most determiners and two
    // adjectives; not an object's relative pronoun ("Islamabad, que Kaboul
    // et Washington accusent", "whom"): the clause's subject after it is no
    // member of a list.
    let comma_joined = |s: &Sentence, a: usize| {
        let (end, start) = (s.groups[a].end, s.groups[a + 1].start);
        if s.norm(end) != "," {
            return false;
        }
        let between = end + 1..start;
        let adjectives = between.clone().filter(|&i| !s.is(i, CueKind::Demonstrative)).count();
        adjectives <= 2 && between.into_iter().all(|i| s.tokens.get(i).kind == TokenKind::Word && !s.verb_like[i] && !s.tokens.get(i).capitalised && !s.is(i, CueKind::ClauseConjunction) && !s.is(i, CueKind::ObjectRelative))
    };
    // "Britain, China and possibly some other European countries": a list
    // of named actors whose last member names none still links the
    // actors before it (both of each pair named, so that apposition, "its
    // leader, Captain Traoré, and other officers", is no list).
    let named = |s: &Sentence, k: usize| s.groups[k].actor.is_some() && !s.groups[k].bare_role;
    let ends_with_unnamed = |s: &Sentence, k: usize| named(s, k) && named(s, k + 1) && s.groups[k + 1].and_next.is_none() && s.non_actor_conjunct_end(s.groups[k + 1].end).is_some();
    // Right to left, so that "A, B, C and D" links A–B because B–C does.
    let mut joined_to_next = false;
    for k in (0..s.groups.len().saturating_sub(1)).rev() {
        let comma = comma_joined(s, k);
        joined_to_next = conj_joined(s, k) || (comma && (joined_to_next || ends_with_unnamed(s, k)));
        if joined_to_next {
            s.groups[k].and_next = Some(k as u32 + 1);
            s.groups[k + 1].compound_tail = true;
        }
    }
    // "Lawmakers in Fornost and Gondor", "the ambassadors of Arnor,
    // Osgiliath and Gondor": the role before a linked list applies to
    // every member.
    for k in 0..s.groups.len() {
        let g = s.groups[k];
        if g.compound_tail || g.actor.is_none() || g.role_after_actor {
            continue;
        }
        let Some(role) = g.role else { continue };
        let mut next = g.and_next;
        while let Some(n) = next {
            let n = &mut s.groups[n as usize];
            if n.actor.is_some() && n.role.is_none() {
                n.role = Some(role);
                n.role_after_actor = true;
            }
            next = n.and_next;
        }
    }
}
