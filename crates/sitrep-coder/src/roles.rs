//! Who did it and to whom: source and target groups for each match, from
//! the dependency parse where it names an actor (`tree.rs`), else from word
//! order, voice, relative clauses and verb chains.

use sitrep_lexicon::morphology::form;
use sitrep_lexicon::{CueKind, Lexicon};

use crate::sentence::{Match, SegmentKind, Sentence};
use crate::tree::{Arguments, Tree};

/// Source and target groups of one match.
#[derive(Debug, Clone, Copy, Default)]
pub struct Roles {
    pub source: Option<u32>,
    pub target: Option<u32>,
}

/// Whether pattern `p` codes an act of force (CAMEO's material conflict:
/// roots 15-20).
pub(crate) fn codes_force(lex: &Lexicon, p: u32) -> bool {
    lex.patterns[p as usize].cameo.as_ref().and_then(|c| lex.cameo(c.as_str())).is_some_and(|i| i.quad_class == sitrep_model::QuadClass::MaterialConflict)
}

pub fn assign_roles(lex: &Lexicon, s: &Sentence, tree: &Tree, out: &mut Vec<Roles>) {
    out.clear();
    for k in 0..s.matches.len() {
        if lex.patterns[s.matches[k].pattern as usize].evaluation {
            out.push(evaluation_roles(lex, s, tree, s.matches[k]));
            continue;
        }
        let word_order = word_order_roles(lex, s, k, out);
        let mut roles = if tree.is_parsed() { from_tree(lex, s, tree, k, word_order) } else { word_order };
        // "called on Mr Hockney to quit": the one the act is done to is
        // named and is no actor; no other actor is it.
        if s.matches[k].unnamed_target {
            roles.target = None;
        }
        out.push(roles);
    }
    if tree.is_parsed() && s.matches.len() > 1 {
        doers_of_event_objects(lex, s, tree, out);
    }
    // A town named alone is what an act is done to ("Turkey attacked
    // Afrin"), never its doer ("Idlib is the last stand for those who
    // fought Assad"); with a role it names people ("Kandahar police").
    for roles in out.iter_mut() {
        roles.source = roles.source.filter(|&g| !s.groups[g as usize].is_bare_place(lex));
    }
    // "his first official visit", "military aid to the rebels": a role
    // word alone that the parse reads as an adjective describes a noun; it
    // names no one, except the doer of the act of force it describes ("the
    // military assault on Afrin"). Before a noun of another group it still
    // says whose that is ("the official news agency"). (PETRARCH's
    // dictionaries read every agent word, as PETRARCH does.)
    if tree.is_parsed() && !lex.petrarch_semantics() {
        let adjective = |g: u32| {
            let group = &s.groups[g as usize];
            let w = tree.word(group.start);
            let a = &tree.analysis;
            (group.bare_role && group.end == group.start + 1 && a.upos(w) == "ADJ" && a.universal_deprel(w) == "amod").then(|| a.head(w)).flatten().filter(|&noun| s.group_of[tree.token(noun)].is_none())
        };
        for (k, roles) in out.iter_mut().enumerate() {
            let m = s.matches[k];
            let trigger = tree.trigger_word(m.head);
            roles.source = roles.source.filter(|&g| adjective(g).is_none_or(|noun| noun == trigger && codes_force(lex, m.pattern)));
            roles.target = roles.target.filter(|&g| adjective(g).is_none());
        }
    }
    // "Martial law was imposed in Poland": an act nobody is named doing or
    // suffering, done in a country, is done to it (`place-scope-code` in
    // `lexicon/tree-roles.tsv`); a riot there, by its people
    // (`place-source-code`).
    for (k, roles) in out.iter_mut().enumerate() {
        let m = s.matches[k];
        let Some(code) = lex.patterns[m.pattern as usize].cameo.as_ref() else { continue };
        let unnamed = roles.source.is_none() && roles.target.is_none();
        if roles.source.is_some() && roles.target.is_none() {
            roles.target = country_attacked(lex, s, tree, k, roles.source);
        }
        if unnamed && crate::tree::place_is_scope(code.as_str()) {
            roles.target = place_after(lex, s, m.end);
        }
        // "Rioting erupted in Lagos" (`place-source-code`): the people of
        // the place did it.
        if crate::tree::place_is_source(code.as_str()) {
            if unnamed {
                roles.source = place_after(lex, s, m.end);
            } else if roles.source.is_none() && roles.target.is_some_and(|t| m.target != Some(t) && where_it_happened(s, t)) {
                // "Rioting erupted in Kenya": where, not against whom; a row
                // whose `+` takes the place ("[protest] in +") keeps it.
                (roles.source, roles.target) = (roles.target, None);
            }
        }
    }
}

/// "Saudi Arabia is fighting a war in Yemen", "Russian jets bombed rebel
/// positions in Syria": an act of force (`place-target-code`) with no
/// target the text names is done to the country of a place phrase the
/// parse hangs under it or its object (a country with no role, or a town
/// read as its country), not to its doer.
fn country_attacked(lex: &Lexicon, s: &Sentence, tree: &Tree, k: usize, source: Option<u32>) -> Option<u32> {
    let m = s.matches[k];
    let force = lex.patterns[m.pattern as usize].cameo.as_ref().is_some_and(|c| crate::tree::place_is_target(c.as_str()));
    if !force || !tree.is_parsed() || lex.petrarch_semantics() {
        return None;
    }
    let trigger = tree.trigger_word(m.head);
    let place = |w: usize| {
        let g = s.group_of[tree.token(w)]?;
        (names_a_country_or_town(lex, &s.groups[g as usize]) && Some(g) != source).then_some(g)
    };
    // "Turkish attacks on the Kurdish-held district of Afrin": what is hit
    // lies in the town its phrase names.
    tree.located_phrases(trigger, |t| s.is(t, CueKind::LocationPrep)).find_map(place).or_else(|| tree.places_of_what_is_hit(trigger).find_map(place))
}

/// Whether `group` is a country with no role, or a town read as its
/// country: where an act happened, or what an act of force was done to.
fn names_a_country_or_town(lex: &Lexicon, group: &crate::sentence::Group) -> bool {
    let country = group.role.is_none() && group.actor.is_some_and(|a| lex.actors[a as usize].kind() == "country");
    country || group.is_bare_place(lex)
}

/// Drops the evaluation words that are no evaluation here ("a failure to
/// meet the requirements", "said the economy was weak"), so that they do
/// not stand as a previous match for the verbs after them.
/// (Removed in place: the per-sentence path allocates nothing here.)
pub fn keep_evaluations_the_tree_reads(lex: &Lexicon, s: &mut Sentence, tree: &Tree) {
    let mut k = 0;
    while k < s.matches.len() {
        let m = s.matches[k];
        if lex.patterns[m.pattern as usize].evaluation && ({ let r = evaluation_roles(lex, s, tree, m); r.target.is_none() && r.source.is_none() } || told_by_its_own_act(lex, s, tree, m) || failed_act(lex, s, tree, m)) {
            s.matches.remove(k);
        } else {
            k += 1;
        }
    }
}

/// "Egyptian negotiators failed to conclude an agreement, Canadian officials
/// said": a failure whose complement is itself an act a pattern codes is
/// that act not done (coded negated), a report of how talks went, not the
/// speaker's blame ("Yeutter said Japan has failed to implement the pact"
/// has no act of its own in the complement).
fn failed_act(lex: &Lexicon, s: &Sentence, tree: &Tree, m: Match) -> bool {
    let w = tree.trigger_word(m.head);
    if !tree.is_harm_verb(w) {
        return false;
    }
    let a = &tree.analysis;
    a.children(w).filter(|&c| a.universal_deprel(c) == "xcomp").any(|c| coded_act_at(lex, s, tree, c, |_| true))
}

/// Whether a pattern other than an evaluation codes an act (of a code
/// `code_ok` accepts) at parsed word `w`.
fn coded_act_at(lex: &Lexicon, s: &Sentence, tree: &Tree, w: usize, code_ok: impl Fn(&sitrep_model::CameoCode) -> bool) -> bool {
    s.matches.iter().any(|o| {
        let p = &lex.patterns[o.pattern as usize];
        !p.evaluation && p.cameo.as_ref().is_some_and(&code_ok) && tree.trigger_word(o.head) == w
    })
}

/// "« Cette réforme est injuste », a dénoncé le député": an evaluation whose
/// reporting verb is itself a pattern's act of the same CAMEO root (the
/// denunciation) is that act, not a second one. (A verb of naming gives
/// way to the evaluation instead: `drop_naming_rows_under_evaluations`.)
fn told_by_its_own_act(lex: &Lexicon, s: &Sentence, tree: &Tree, m: Match) -> bool {
    let Some(root) = lex.patterns[m.pattern as usize].cameo.as_ref().map(|c| c.root()) else { return false };
    let w = tree.trigger_word(m.head);
    if tree.named_predicate(s, w).is_some() {
        return false;
    }
    let Some((verb, _, _)) = tree.reporting(s, w) else { return false };
    coded_act_at(lex, s, tree, verb, |c| c.root() == root)
}

/// "Jim Chalmers called Mr Sunak a great friend": a row of the naming verb
/// itself ("[call] + a|an", 111 whatever follows) gives way to the
/// evaluation the verb names, which knows praise from blame. Run after
/// `keep_evaluations_the_tree_reads`, so only evaluations the tree reads
/// count.
pub fn drop_naming_rows_under_evaluations(lex: &Lexicon, s: &mut Sentence, tree: &Tree) {
    if !tree.is_parsed() || !s.matches.iter().any(|e| lex.patterns[e.pattern as usize].evaluation) {
        return;
    }
    let mut k = 0;
    while k < s.matches.len() {
        let m = s.matches[k];
        let trigger = tree.trigger_word(m.head);
        let named = !lex.patterns[m.pattern as usize].evaluation
            && s.matches.iter().any(|e| lex.patterns[e.pattern as usize].evaluation && tree.named_predicate(s, tree.trigger_word(e.head)).is_some_and(|(verb, _, _)| verb == trigger));
        if named {
            s.matches.remove(k);
        } else {
            k += 1;
        }
    }
}

/// "Kenya's opposition said the government's plan was unacceptable": an
/// evaluation (`en/evaluations.tsv`) is the speaker's act towards the actor
/// its clause is about, the subject or the subject's owner; with no such
/// actor, the speaker's act on no one when the subject is a decision or a
/// policy; with only the speaker there, nobody's act (`tree.rs`,
/// `Tree::reported_predicate`, says when the word is such a predicate).
fn evaluation_roles(lex: &Lexicon, s: &Sentence, tree: &Tree, m: Match) -> Roles {
    if !tree.is_parsed() {
        return Roles::default();
    }
    let Some((speaker, subject)) = tree.reported_predicate(s, tree.trigger_word(m.head)) else { return Roles::default() };
    let group = |w: usize| tree.group_for(s, w).and_then(|g| s.participant_group(g, m.head));
    let source = speaker.and_then(group);
    let harm = tree.is_harm_verb(tree.trigger_word(m.head));
    // A harm foretold by no one the text names ("…, sources said", "…,
    // he added" with no actor before) is a forecast, not criticism.
    if source.is_none() && harm {
        return Roles::default();
    }
    match group(subject) {
        Some(target) if Some(target) != source => Roles { source, target: Some(target) },
        // "Scottish Labour said the decision was shameful": with no actor
        // in the clause, the speaker still criticises (or praises) a
        // decision, policy or statement it is about (`policy-noun` in
        // tree-roles.tsv), whoever's it is; not the weather, not a person
        // ("said Hassani was right"), and not where the speaker is a
        // business ("the bank said the result was positive").
        // A harm a pronoun does ("because it could hurt") is a forecast
        // about whatever "it" is, not a judgement of a decision.
        None if tree.is_policy_noun(subject) && !(tree.is_pronoun(subject) && harm) && source.is_some_and(|g| !business(lex, s, g)) => Roles { source, target: None },
        _ => Roles::default(),
    }
}

/// Whether group `g` is a business: a `BUS` role, or a company or
/// business federation of the actor files ("Bankers Trust").
fn business(lex: &Lexicon, s: &Sentence, g: u32) -> bool {
    let group = &s.groups[g as usize];
    group.role.is_some_and(|r| lex.roles[r as usize].as_str() == "BUS") || group.actor.is_some_and(|a| crate::context::is_company(lex.actors[a as usize].kind()))
}

/// "Russia drew criticism from France": a pattern whose source slot `$`
/// stands after its verb names the doer there, and the verb's subject is
/// what the act is done to; with `$?` the subject is so whether or not a
/// doer is named ("The Kenyan president survived an assassination
/// attempt"). (PETRARCH's dictionaries place `$` as they please and keep
/// their own reading.)
fn converse(lex: &Lexicon, s: &Sentence, k: usize) -> bool {
    let m = s.matches[k];
    // A passive's agent after the head is its doer as written ("Egypt was
    // asked by Israel to explain").
    let victim_subject = lex.patterns[m.pattern as usize].source_optional;
    !lex.petrarch_semantics() && !m.passive && m.target.is_none() && (victim_subject || m.source.is_some_and(|g| s.groups[g as usize].start > m.head))
}

/// "Egypt condemned the invasion of Ukraine by Russia": a verb whose object
/// is itself an event noun with a known doer acts on that doer (Egypt
/// condemned Russia), not on the event's own target. A pattern that
/// places its target itself keeps it.
fn doers_of_event_objects(lex: &Lexicon, s: &Sentence, tree: &Tree, out: &mut [Roles]) {
    for k in 0..s.matches.len() {
        let m = s.matches[k];
        if !lex.patterns[m.pattern as usize].has_head || m.target.is_some() || m.unnamed_target || converse(lex, s, k) {
            continue;
        }
        let Some(object) = tree.arguments(tree.trigger_word(m.head), false, m.passive).target else { continue };
        let event_noun = (0..s.matches.len()).find(|&j| {
            let n = &s.matches[j];
            let p = &lex.patterns[n.pattern as usize];
            j != k && !p.has_head && p.cameo.is_some() && tree.trigger_word(n.head) == object
        });
        if let Some(doer) = event_noun.and_then(|j| out[j].source) {
            if out[k].source != Some(doer) {
                out[k].target = Some(doer);
            }
        }
    }
}

/// The trigger word of match `k` and its arguments as the parse gives
/// them, or `None` where word order places them: a pattern that reaches
/// left of its verb ("noted that + regretted") has placed its
/// participants itself; PETRARCH also reads a passive without its agent
/// as active, which only word order reproduces.
pub(crate) fn match_arguments(lex: &Lexicon, s: &Sentence, tree: &Tree, k: usize) -> Option<(usize, Arguments)> {
    let m = s.matches[k];
    let pattern = &lex.patterns[m.pattern as usize];
    if m.start < m.head || (m.passive && lex.petrarch_semantics()) {
        return None;
    }
    let trigger = tree.trigger_word(m.head);
    // A verb pattern's past, participle or -ing form is otherwise a verb
    // whatever the tag says ("rebels have shot down drones" tagged `shot` NOUN).
    // "Turkey's unjustified jailing of an American pastor": an -ing word
    // with an owner or a determiner is a noun, and names its doer.
    let gerund_noun = m.forms & form::ING != 0 && tree.is_determined_noun(trigger);
    let verb_form = pattern.has_head && m.forms & (form::PAST | form::PARTICIPLE | form::ING) != 0 && !gerund_noun;
    Some((trigger, tree.arguments(trigger, !verb_form && tree.reads_as_noun(trigger, !pattern.has_head), m.passive)))
}

/// The tree's reading where it names an actor, else word order's: a
/// pattern's own slots first ("opened fire on +"), then the trigger's
/// arguments in the parse (`tree.rs`), then the word-order reading below,
/// which still answers where the parse finds no actor in the argument's
/// place (a subject the parser missed, a compound it split).
fn from_tree(lex: &Lexicon, s: &Sentence, tree: &Tree, k: usize, word_order: Roles) -> Roles {
    let m = s.matches[k];
    let pattern = &lex.patterns[m.pattern as usize];
    let group_of_word = |w: usize| tree.group_for(s, w).map(|g| compound_head(s, tree, w, g)).or_else(|| tree.conjoined_group(s, w)).and_then(|g| s.participant_group(g, m.head));
    // "Afghan jets bombed a number of Pakistani villages": a pattern that
    // spells words before its verb names the doer by word order (the
    // spelled noun's actor); the parse still names what was done to. (A
    // passive's spelled words are what it was done to: "the agreement had
    // been reached"; word order reads those.)
    if m.start < m.head && !m.passive {
        let args = tree.arguments(tree.trigger_word(m.head), false, false);
        let tree_target = args.target.and_then(group_of_word).filter(|&t| Some(t) != word_order.source);
        let target = m.target.or(tree_target).or(word_order.target);
        return Roles { source: word_order.source, target };
    }
    let Some((trigger, args)) = match_arguments(lex, s, tree, k) else { return word_order };
    // "the Kabul assault", "the Paris accord": a capital or town modifying
    // a noun of meeting, agreement or violence is where it happened, not
    // who did it (`place-modifier-code`; "the FBI investigation", "a
    // Kremlin decision" are the seat's acts).
    let located = || pattern.cameo.as_ref().is_some_and(|c| crate::tree::place_modifier_is_location(c.as_str()));
    let place = |g: &u32| s.groups[*g as usize].actor.is_some_and(|a| lex.actors[a as usize].is_place()) && located();
    let where_it_happened = args.source.and_then(group_of_word).filter(|g| args.source_is_modifier && place(g));
    // "Monday's U.S. raids": an owner that names no actor gives way to a
    // proper modifier of the noun.
    let modifier = || args.modifier_source.and_then(group_of_word).filter(|g| !place(g));
    let tree_source = args.source.and_then(group_of_word).filter(|&g| Some(g) != where_it_happened).or_else(modifier).or_else(|| args.fallback_source.and_then(group_of_word));
    // "Baka, in talks in Washington with the IMF, made it clear": a noun
    // pattern that spells a joint preposition before its target ("talks
    // with +") is joint whatever the parse makes of that phrase, and as
    // the occasion of a clause it is the clause subject's act
    // (`Tree::occasion_doer`).
    let spelled_joint = || !pattern.has_head && m.target.is_some_and(|g| (s.groups[g as usize].start.saturating_sub(2)..s.groups[g as usize].start).any(|i| tree.is_joint_preposition(s.norm(i))));
    let tree_source = tree_source.or_else(|| if spelled_joint() { tree.occasion_doer(trigger, true).and_then(group_of_word) } else { None });
    // "« La Maison Blanche est en déni », a accusé Andrew Cuomo": blame
    // set after a quotation is aimed at the quotation's subject.
    let quoted = || pattern.cameo.as_ref().is_some_and(|c| crate::tree::quoted_subject_is_target(c.as_str()));
    // "« … », reconnaît le ministre", "…, soutient le député": a speech
    // verb set after the quotation it reports, with no object, says who
    // spoke and does nothing itself, unless it blames.
    if args.reports_quotation && s.is(m.head, CueKind::SpeechVerb) && !quoted() {
        return Roles::default();
    }
    let quoted_subject = args.quoted_subject.filter(|_| quoted()).and_then(group_of_word);
    // "rejected the ceasefire proposed by the United States": a thing no
    // actor owns, made by one, stands for its author (`Tree::author_of`).
    let authored = || args.target.and_then(|w| tree.author_of(w)).and_then(group_of_word);
    let tree_target = args.target.and_then(group_of_word).or(quoted_subject).or_else(authored);
    // "Hailstorms and strong winds in south China killed two people", "a
    // fire in a high-rise block in Urumqi killed 10": an actor after a
    // locative preposition inside the parse's subject phrase is where the
    // subject was, not the doer word order would make it.
    let inside_subject = |g: u32| {
        let w = tree.word(s.groups[g as usize].end - 1);
        args.source.is_some_and(|subject| subject != w && tree.dominates(subject, w)) && tree.phrase_introduced_by(w, |t| s.is(t, CueKind::LocationPrep))
    };
    if converse(lex, s, k) {
        let subject = tree_source.or(word_order.target).filter(|&t| Some(t) != m.source);
        return Roles { source: m.source, target: subject };
    }
    // "Abdul Jabbar Muhsen said on Monday fighting was continuing", "the
    // executive was freed yesterday, the spokesman said": who reports the
    // clause is not, by word order, who acts in it or is acted on; but an
    // official announcing a passive with no agent may well announce his
    // own act ("the minister said 224 prisoners would be released").
    let reporter = |g: u32| tree.speaks_the_clause_of(s, trigger, g);
    // A noun pattern matched without its optional target ("the EU's
    // condemnation of the execution") has only the doer the parse names:
    // an actor before it in word order is no more its doer than its
    // target ("France welcomed the condemnation of the execution").
    let open_noun = !pattern.has_head && pattern.target_optional && m.target.is_none();
    // ("a staged chemical attack by Syrian rebels": a "by" phrase right
    // after the noun still names its doer where the parse hangs it
    // elsewhere.)
    let word_order_source = word_order.source.filter(|&g| (!open_noun || noun_agent(s, m.end) == Some(g)) && Some(g) != where_it_happened);
    // "The rebels, backed by Iran, attacked government positions": an
    // actor behind another verb's passive "by", in a phrase a comma closes
    // before the verb, is that verb's doer, never the subject word order
    // would make it of the verb after the comma. Not before a relative
    // pronoun ("condemned by the African Union, which vowed …"), nor
    // without the comma ("an attack by the Syrian government killed
    // dozens": the act's doer did it).
    let agent_elsewhere = |g: u32| {
        let end = s.groups[g as usize].end;
        let comma = (end..m.head).find(|&i| s.norm(i) == ",");
        !m.passive && follows_agent_by(s, g) && comma.is_some_and(|c| !(c + 1..m.head).any(|i| s.is(i, CueKind::Relative)))
    };
    let source = m.source.or(tree_source).or(word_order_source.filter(|&g| !inside_subject(g) && (m.passive || !reporter(g)) && !agent_elsewhere(g)));
    // "Aksoy travelled to Syria", "the family travelled to London": the
    // parse names a doer who is no actor, and such an act by a private
    // person is no event (`actor-doer-code` in tree-roles.tsv).
    let private_doer = || {
        let anaphor = |t: usize| [CueKind::Relative, CueKind::CountryAnaphor, CueKind::PairAnaphor, CueKind::Anaphor, CueKind::SubjectPronoun, CueKind::PersonPronoun, CueKind::PluralPronoun].into_iter().any(|k| s.is(t, k));
        // "those who have travelled to Syria", "many who left for Isis":
        // a pronoun that no earlier actor stands behind, heading the
        // relative clause of the act, is anyone.
        let generic_antecedent = |w: usize| tree.analysis.head(trigger) == Some(w) && tree.analysis.universal_deprel(trigger) == "acl";
        let subject = args.source.filter(|&w| !m.passive && !anaphor(tree.token(w)) && (tree.analysis.upos(w) != "PRON" || generic_antecedent(w)));
        subject.is_some_and(|w| tree.group_for(s, w).is_none())
    };
    let needs_actor_doer = || pattern.cameo.as_ref().is_some_and(|c| crate::tree::needs_actor_doer(c.as_str()));
    // "Syrian refugees were arriving in Canada": such an act by people of
    // a private role is no event either (`private-role`).
    let private_role = |g: u32| s.groups[g as usize].role.is_some_and(|r| crate::tree::is_private_role(lex.roles[r as usize].as_str()));
    // But a name the lexicon lacks, acting on a person or an official it
    // knows, is someone's envoy more likely than a private traveller:
    // "Kirchner discussed the problem with Chirac", "Tamir has conferred
    // with a number of U.N. diplomats" (not "Aksoy travelled to Syria").
    let official_partner = || {
        m.target.or(tree_target).is_some_and(|g| {
            let group = &s.groups[g as usize];
            group.actor.is_some() && group.pronoun.is_none() && (group.person || group.role.is_some()) && !private_role(g)
        })
    };
    let named_doer = || args.source.is_some_and(|w| tree.analysis.upos(w) == "PROPN");
    if source.is_none() && needs_actor_doer() && private_doer() && !(named_doer() && official_partner()) {
        return Roles::default();
    }
    if !m.passive && needs_actor_doer() && source.is_some_and(private_role) {
        return Roles::default();
    }
    // "The pact called for Tokyo to end …": a document as the subject of
    // an appeal or demand tells what it provides (`document-noun`,
    // `document-doer-code`); not a name the lexicon knows as an actor
    // ("the World Food Programme appealed").
    let document_code = || pattern.cameo.as_ref().is_some_and(|c| crate::tree::needs_doer_not_document(c.as_str()));
    let document = |w: usize| tree.is_document_noun(w) && tree.group_for(s, w).is_none();
    if !m.passive && args.source.is_some_and(document) && document_code() {
        return Roles::default();
    }
    // "An explosion at a coal mine in northern China killed 40 people", "the
    // pandemic had prevented the UK from …", "three soldiers were killed by
    // a landslide": an accident or a disaster as the doer (the subject, or
    // a passive's agent) makes it nobody's act (`no-doer-noun` in
    // tree-roles.tsv). Where the noun is the subject of the act's own
    // clause (or of a clause the act's is coordinated with or adverbial
    // to), or the noun the act's clause modifies ("a shortage of funds
    // forced the government", parsed as a reduced relative), no owner or
    // word order makes a doer of anyone else: "the LDP's setback in the
    // local elections may force the government", "the rise of the yen has
    // hit Japan hard, forcing exporters to …". A subject reached through a
    // noun's modifier further up ("the U.S. threat to impose tariffs",
    // misparsed under "the yen's rise to record highs") leaves the doer
    // found.
    let subject_of_its_clause = |w: usize| {
        if tree.analysis.universal_deprel(trigger) == "acl" && tree.analysis.head(trigger) == Some(w) {
            return true;
        }
        // (The subject or a passive's agent: an object the parse hands on
        // to a controlled verb is a misparse's doer at best.)
        let subject = matches!(tree.analysis.universal_deprel(w), "nsubj" | "obl");
        let mut verb = trigger;
        loop {
            if subject && tree.analysis.head(w) == Some(verb) {
                return true;
            }
            match tree.analysis.head(verb) {
                Some(up) if matches!(tree.analysis.universal_deprel(verb), "conj" | "advcl" | "xcomp") => verb = up,
                _ => return false,
            }
        }
    };
    // (The table lookup first: most subjects are no such noun.)
    if args.source.is_some_and(|w| tree.names_no_doer(w)) && (source.is_none() || m.source.is_none() && args.source.is_some_and(subject_of_its_clause)) {
        return Roles::default();
    }
    let act_object = args.act_object.and_then(|w| tree.group_for(s, w));
    // "… to brief them, and it has generally been positively received": a
    // passive whose subject the parse finds is a pronoun standing for no
    // actor; word order would reach back to any actor named earlier. The
    // subject of a verb above it is what such a pronoun stands for ("the
    // newspaper said it had been reliably informed").
    let pronoun_subject = m.passive && tree_target.is_none() && args.target.is_some_and(|w| tree.analysis.upos(w) == "PRON" && !s.is(tree.token(w), CueKind::Relative));
    let word_order_target = word_order
        .target
        .filter(|&t| Some(t) != act_object && (!pronoun_subject || tree.governing_subject_is(s, trigger, t)) && !reporter(t));
    // PETRARCH reads a participle without its agent as active, as it does
    // a passive: in "a Pakistani woman believed linked to Al-Qaeda" the
    // parse's target (the woman) is the source's own phrase, and word
    // order's target answers (PAK's act on Al-Qaeda).
    let tree_target = tree_target.filter(|&t| !lex.petrarch_semantics() || Some(t) != source);
    // "cooperating with Assad's main backers, Iran and Russia": the
    // pattern's slot took the owner; the parse names the allies.
    let slot_target = m.target.filter(|&t| {
        let apposed = args.target.filter(|&w| tree.apposed_group(s, w).is_some());
        !apposed.is_some_and(|w| tree.dominates(w, tree.word(s.groups[t as usize].start)))
    });
    // The pattern's slot after a verb set after a quotation took its
    // speaker ("…, a accusé Andrew Cuomo"), whom the parse makes the doer.
    let slot_target = slot_target.filter(|&t| quoted_subject.is_none() || Some(t) != source);
    let target = slot_target.or(tree_target).or(word_order_target.filter(|_| !open_noun)).filter(|&t| Some(t) != source);
    // "Washington called Tokyo's rice policy an extreme example": a thing
    // the pattern spells ("[call] … policy a|an") owned by an actor inside
    // the match is that actor's, whatever the parse makes of the clause.
    let owner_in_match = || {
        (m.head + 1..m.end).filter_map(|i| s.group_of[i]).find(|&g| {
            let end = s.groups[g as usize].end;
            end + 1 < m.end && s.is_possessive(end) && Some(g) != source
        })
    };
    let target = target.or_else(|| if pattern.has_head && m.target.is_none() && !lex.petrarch_semantics() { owner_in_match() } else { None });
    Roles { source, target }
}

/// Whether group `g` names where an act happened: a town read as a place,
/// or an actor with no role right after "in", "near" ….
fn where_it_happened(s: &Sentence, g: u32) -> bool {
    let group = &s.groups[g as usize];
    group.attacked_place || (group.role.is_none() && group.start > 0 && s.is(group.start - 1, CueKind::LocationPrep))
}

/// Most tokens between a match's end and the place where it happened.
const PLACE_REACH: usize = 6;

/// The first country (or town read as its country) named right after
/// "in", "near" … within a few words after `end`, in the same clause:
/// where an act happened.
fn place_after(lex: &Lexicon, s: &Sentence, end: usize) -> Option<u32> {
    let seg = s.segment.get(end.saturating_sub(1)).copied()?;
    for i in end..(end + PLACE_REACH).min(s.len()) {
        if s.segment[i] != seg || s.ends_a_phrase(i) {
            return None;
        }
        let Some(g) = s.group_of[i] else { continue };
        let group = &s.groups[g as usize];
        let located = i > 0 && group.start == i && s.is(i - 1, CueKind::LocationPrep);
        return (located && names_a_country_or_town(lex, group)).then_some(g);
    }
    None
}

/// The first member of the compound whose member `g` the parse names at
/// word `w`, where the parse coordinates them too: in "Opposition
/// politicians, businessmen and newspapers criticised …" the parser may
/// take "businessmen" as the subject, and the compound is coded from its
/// first member on. A list the parse does not coordinate ("outreach to
/// Iran and disavowal of Bush's intervention") keeps the member named,
/// unless the list is written tightly (`tightly_listed`).
fn compound_head(s: &Sentence, tree: &Tree, mut w: usize, mut g: u32) -> u32 {
    let a = &tree.analysis;
    while s.groups[g as usize].compound_tail {
        let Some(k) = (0..g).rev().find(|&k| s.groups[k as usize].and_next == Some(g)) else { break };
        // "Russian and Syrian forces storm …": the parse's subject is the
        // phrase's head noun, whose role the list's countries share.
        if s.groups[k as usize].role_from_list {
            g = k;
            continue;
        }
        if tightly_listed(s, k, g) {
            (w, g) = (tree.word(s.groups[k as usize].end - 1), k);
            continue;
        }
        let mut up = w;
        let mut found = None;
        for _ in 0..8 {
            if a.universal_deprel(up) != "conj" {
                break;
            }
            let Some(h) = a.head(up) else { break };
            up = h;
            if s.group_of[tree.token(up)] == Some(k) {
                found = Some(up);
                break;
            }
        }
        // "The Syrian regime and Russia have been besieging Idlib": the
        // parse may hang the verb as a conjunct of the first member's noun,
        // with the second member alone as its subject.
        let found = found.or_else(|| {
            let verb = a.head(w).filter(|_| a.universal_deprel(w).starts_with("nsubj"))?;
            let first = a.head(verb).filter(|_| a.universal_deprel(verb) == "conj")?;
            (s.group_of[tree.token(first)] == Some(k) && matches!(a.upos(first), "NOUN" | "PROPN")).then_some(first)
        });
        let Some(head_word) = found else { break };
        (w, g) = (head_word, k);
    }
    g
}

/// "In Paris, Britain, Canada, France, Japan, the U.S. And West Germany
/// agreed to cooperate": three or more members parted only by a comma, a
/// conjunction and a determiner (`demonstrative` cues: "the") are one list
/// whatever the parse makes of them
/// (long lists of countries are where it errs, splitting off the last
/// members as the subject). Two are not: ", and Erdoğan has threatened"
/// opens a clause after "the US partnership with the Kurds", and "by the
/// Liberian authorities and the IMF has called for" one without a comma.
fn tightly_listed(s: &Sentence, k: u32, g: u32) -> bool {
    let (end, start) = (s.groups[k as usize].end, s.groups[g as usize].start);
    let tight = end < start && (end..start).all(|i| s.norm(i) == "," || s.is(i, CueKind::Conjunction) || s.is(i, CueKind::Demonstrative));
    tight && s.compound_len(s.compound_head(g), 3) >= 3
}

fn word_order_roles(lex: &Lexicon, s: &Sentence, k: usize, out: &[Roles]) -> Roles {
    {
        let m = s.matches[k];
        let pattern = &lex.patterns[m.pattern as usize];
        // Without a `+`, a pattern that names its object ("opened fire on
        // protesters") has it as target; else the next group after it.
        // PETRARCH: a pattern that spans an actor without a `+` ("* THE
        // NEATEST PLACE" over "allowed that Mordor isn't the neatest
        // place") has it as target.
        let named_object = if lex.petrarch_semantics() {
            (m.head + 1..m.end).find_map(|i| s.group_of[i])
        } else {
            s.group_of[m.end - 1].filter(|_| m.end - 1 > m.head)
        };
        let object = m.target.or(named_object).or_else(|| object_after(lex, s, k));
        // "The attack by Israeli jets killed ten people": a pattern that
        // spells its doer's noun before the verb ("jets [kill]") has the
        // actor right before that noun as the doer.
        let spelled_doer = (m.start < m.head && m.start > 0 && !lex.petrarch_semantics()).then(|| s.group_of[m.start - 1]).flatten().filter(|&g| s.groups[g as usize].end == m.start).map(|g| if s.in_compound(g) { s.compound_head(g) } else { g });
        let subject = if m.source.is_some() {
            m.source
        } else if let Some(g) = spelled_doer {
            Some(g)
        } else if pattern.has_head {
            subject_of(lex, s, k, out)
        } else {
            possessor_before(s, m.start).or_else(|| if lex.petrarch_semantics() { None } else { noun_agent(s, m.end) })
        };
        // A passive verb has no object after it: "X was killed and
        // President Chirac …" does not make Chirac the victim.
        let agent = if m.passive { by_agent(s, m.end) } else { None };
        let roles = if converse(lex, s, k) {
            // "Russia drew criticism from France": the subject is the target.
            Roles { source: m.source, target: subject_of(lex, s, k, out) }
        } else if m.passive && m.source.is_some() {
            // "+ WAS * DEAD IN $": the pattern says where both stand; a
            // pattern that spells the subject's noun ("The Egyptian
            // proposal was welcomed by $") has the noun's owner as target.
            // (Past adjectives: "Indonesia's economic changes".)
            let mut start = m.start;
            while start > 0 && m.start - start < 2 && s.is_plain_word(start - 1) && !s.verb_like[start - 1] {
                start -= 1;
            }
            let owner = (m.target.is_none() && m.start < m.head).then(|| possessor_before(s, start)).flatten();
            Roles { source: m.source, target: m.target.or(owner).filter(|&t| Some(t) != m.source) }
        } else if m.passive && m.target.is_some_and(|t| s.groups[t as usize].end <= m.head) {
            // "+ WAS_ *": the pattern puts the target before the verb; the
            // subject left of it is the source.
            Roles { source: agent.or(subject), target: m.target }
        } else if m.reduced {
            // "a British journalist captured by Islamic State", "an Iraqi
            // civilian allegedly killed by UK troops": the noun phrase right
            // before the participle (past adverbs) is what it happened to.
            let mut j = m.head;
            while j > 0 && m.head - j < 2 && (s.adverb_like[j - 1] || s.is(j - 1, CueKind::Hedge) || s.is(j - 1, CueKind::Allegation)) {
                j -= 1;
            }
            // "Assad, supported by Russia, …": the phrase before the comma.
            if j > 0 && s.norm(j - 1) == "," {
                j -= 1;
            }
            let before = j.checked_sub(1).and_then(|j| s.group_of[j]);
            Roles { source: agent, target: before.or(m.target) }
        } else if m.passive && (agent.is_some() || !lex.petrarch_semantics() || has_by_phrase(s, m.end)) {
            // A "by" phrase naming no known actor ("to be allowed to leave
            // Lorien by elves") still names the doer: not an active reading.
            Roles { source: agent, target: subject.or(m.target) }
        } else {
            // Active voice; PETRARCH also reads a passive without its agent
            // as active: "The Philippines was criticized over its dispute
            // with Eriador" is PHL→ERI.
            Roles { source: subject, target: object }
        };
        roles
    }
}

/// The first group after the match, in the same clause, before any other
/// match's head.
fn object_after(lex: &Lexicon, s: &Sentence, k: usize) -> Option<u32> {
    let m = s.matches[k];
    // PETRARCH's target search reads the rest of the verb phrase, through
    // verbs that code nothing ("question whether he really has much of a
    // future with the Morgul Orcs").
    let next_head = s.matches[k + 1..]
        .iter()
        .find(|n| !(lex.petrarch_semantics() && lex.patterns[n.pattern as usize].cameo.is_none()))
        .map_or(usize::MAX, |n| n.head);
    let seg = s.segment[m.head];
    // Tokens up to which the search skips the act's own doers ("by Syrian
    // and Russian jets").
    let mut past_agents = 0;
    for i in m.end..(m.end + lex.object_reach).min(s.len()) {
        if i < past_agents {
            continue;
        }
        // Not across a clause boundary or into a complement clause
        // ("rejected reports that Russian commandos …").
        // PETRARCH takes the first actor of a complement clause ("allowed
        // that Mordor isn't …", "expressed hopes on Thursday that
        // Osgiliath …"), not of a relative clause after a preposition
        // ("raids in which Arnor spokesmen said").
        let after_preposition = s.is(i - 1, CueKind::Preposition) || s.is(i - 1, CueKind::LocationPrep);
        let complement = s.is(i, CueKind::Relative) && (after_preposition || !lex.petrarch_semantics());
        // "resigned last week when ex-senator Howard Baker was named": a
        // subordinate clause has objects of its own.
        if i >= next_head || s.segment[i] != seg || matches!(s.norm(i), ";" | ":" | "\"") || complement || (s.is(i, CueKind::Subordinator) && !lex.petrarch_semantics()) {
            return None;
        }
        // "restore complete, full diplomatic ties with Gondor": a comma
        // between two adjectives stays inside the noun phrase.
        // (PETRARCH only: in news a comma after the object ends it
        // more often: "demand, especially in France".)
        if s.norm(i) == "," && !(lex.petrarch_semantics() && between_adjectives(lex, s, i)) {
            return None;
        }
        if let Some(g) = s.group_of[i] {
            // "filed suit in U.S. District Court against …": a body after
            // "in" or "at" right after the match is where the act took
            // place, not what it was done to; the search goes on past it.
            let group = &s.groups[g as usize];
            let mut before = group.start;
            while before > m.end && s.is(before - 1, CueKind::Demonstrative) {
                before -= 1;
            }
            // Only right after the match: "deplored the infighting at the
            // company" names whose infighting.
            let venue = before == m.end + 1 && s.is(m.end, CueKind::LocationPrep) && group.role.is_some() && !group.person && !lex.petrarch_semantics();
            // "Airstrikes by the US-led coalition hit the town": an actor
            // after a "by" right after the match did the act; it is no
            // target ("attacked the decision by the court" still names
            // whose decision).
            let agent = m.head + 1 == m.end && before == m.end + 1 && s.is(m.end, CueKind::PassiveAgent) && !m.passive && !lex.petrarch_semantics();
            if !venue && !agent {
                return Some(g);
            }
            if agent {
                past_agents = s.compound_end(g);
            }
        }
        // A finite verb starts another clause, except an -s form right
        // after the match's own last word: "fired two artillery shells at
        // Seoul" continues the noun phrase the pattern ended in.
        // "adopt a set of resolutions": after a determiner, a noun.
        let after_determiner = i > 0 && s.is(i - 1, CueKind::Demonstrative);
        let plural_noun = i == m.end && m.end > m.head + 1 && !s.tokens.get(i).capitalised;
        let null_verb = i < next_head && s.matches[k + 1..].iter().any(|n| n.head == i);
        let verb_forms = if after_determiner || null_verb {
            0
        } else if plural_noun {
            form::PAST
        } else {
            form::PAST | form::THIRD
        };
        if lex.heads(s.ids[i]).iter().any(|r| r.forms & verb_forms != 0) {
            return None;
        }
    }
    None
}

/// "complete, full": a comma with a plain lowercase word on each side, the
/// second not a verb.
fn between_adjectives(lex: &Lexicon, s: &Sentence, comma: usize) -> bool {
    let plain = |j: usize| j < s.len() && s.is_plain_word(j);
    comma > 0 && plain(comma - 1) && plain(comma + 1) && lex.heads(s.ids[comma + 1]).is_empty()
}

fn subject_of(lex: &Lexicon, s: &Sentence, k: usize, done: &[Roles]) -> Option<u32> {
    let m = s.matches[k];
    // Relative clause: ", which … was expelled by the junta".
    if let Some(seg) = s.segment_of(m.head) {
        if seg.kind == SegmentKind::Relative {
            if let Some(g) = nearest_left(lex, s, m.head, seg.start, k, done) {
                return Some(g);
            }
            let subordinate = (seg.start..m.head).any(|i| s.is(i, CueKind::Subordinator));
            // "France, which … was expelled": the antecedent is the subject;
            // "Traoré, whom Putin …": "whom" is an object, never a subject.
            let object_pronoun = s.is(seg.start, CueKind::ObjectRelative);
            return if subordinate || object_pronoun { None } else { seg.antecedent };
        }
    }
    // A verb completing the previous one: "accused of harboring", "vowed to
    // attack", "urged Russia to withdraw". Its doer is the previous verb's
    // object if it has one, else its subject.
    // When the pattern itself ends in the linking word ("[accuse] + of",
    // "[urge] + to") the object does the next verb; when the linking "to"
    // comes after the pattern ("arrived in Burkina Faso to protect …") the
    // subject does.
    if k > 0 {
        let prev = s.matches[k - 1];
        let p = done[k - 1];
        // "Russia was wrong to invade Ukraine": who was judged did it.
        if lex.patterns[prev.pattern as usize].evaluation && m.head <= prev.end + 1 {
            return p.target;
        }
        if m.head == prev.end {
            return p.target.or(p.source);
        }
        if m.head == prev.end + 1 && s.is(prev.end, CueKind::Preposition) {
            return p.source.or(p.target);
        }
    }
    if let Some(g) = actor_before_noun_subject(s, m.head) {
        return Some(g);
    }
    // Left of the whole match: "NOTED + *" over "noted that Cirith Ungol
    // regretted" has its target inside.
    let target_before = m.target.is_some_and(|t| s.groups[t as usize].end <= m.head);
    let from = if target_before { m.start } else { m.head };
    // Otherwise the subject of the verb before ("attacked Y and burned Z"),
    // unless a subordinate clause opens between them ("told reporters
    // that … if the charter is rejected").
    let previous_end = k.checked_sub(1).map_or(0, |p| s.matches[p].end);
    let subordinate = (previous_end..m.head).any(|i| s.is(i, CueKind::Subordinator) && governs(s, i, m.head));
    let own_segment = s.segment[m.head];
    let previous_source = || done[..k].iter().zip(&s.matches[..k]).rev().filter(|(_, p)| s.segment[p.head] == own_segment).find_map(|(r, _)| r.source);
    nearest_left(lex, s, from, 0, k, done).or_else(|| if subordinate { None } else { previous_source() })
}

/// "after Calenardhon crowds burned", "Israeli jets struck": an actor
/// right before a plain noun right before the verb (past auxiliaries and
/// adverbs) is the verb's own subject, not the subject of an earlier verb.
fn actor_before_noun_subject(s: &Sentence, head: usize) -> Option<u32> {
    let noun = s.verb_group_start(head).checked_sub(1)?;
    let plain = s.is_plain_word(noun)
        && !s.verb_like[noun]
        && !s.participle_like[noun]
        && !s.dates.iter().any(|d| d.start <= noun && noun < d.end);
    if !plain {
        return None;
    }
    let g = s.group_of[noun.checked_sub(1)?]?;
    // "as Syrian and Russian jets have bombed": the whole list before the noun.
    in_subject_position(s, s.groups[g as usize].start).then(|| s.compound_head(g))
}

/// Does the subordinator at `i` open the clause of the verb at `head`? Not
/// when a comma closes its clause first ("in her first visit since taking
/// power in November, was due to meet"), nor when the verb follows it
/// directly ("after holding talks": no subject of its own).
fn governs(s: &Sentence, i: usize, head: usize) -> bool {
    i + 1 < head && !(i + 1..head).any(|j| s.norm(j) == ",")
}

/// The nearest group left of `head` that stands where a subject stands.
fn nearest_left(lex: &Lexicon, s: &Sentence, head: usize, floor: usize, k: usize, done: &[Roles]) -> Option<u32> {
    let own_segment = s.segment[head];
    // "Turkey, formerly an active supporter of the anti-Assad insurgency,
    // now seeks Russian support": an aside set off by commas right before
    // the verb (past adverbs) describes the actor before it, who acts.
    if let Some(g) = actor_before_aside(s, head, floor) {
        let taken = done[..k].iter().zip(&s.matches[..k]).any(|(r, m)| r.target == Some(g) && s.segment[m.head] == own_segment);
        if !taken && in_subject_position(s, s.groups[g as usize].start) {
            return Some(g);
        }
    }
    let mut i = head;
    while i > floor {
        i -= 1;
        // "…, if a younger brother calls": the subject is inside the
        // subordinate clause or nowhere; but "after holding talks with
        // Mugabe" has no subject of its own and shares the main clause's.
        if s.is_clause_break(i) || (s.is(i, CueKind::Subordinator) && governs(s, i, head)) {
            return None;
        }
        if s.segment[i] != own_segment {
            continue;
        }
        let Some(g) = s.group_of[i] else { continue };
        let group = &s.groups[g as usize];
        i = group.start;
        // Another verb's target in this clause is not this verb's subject;
        // a relative clause's object is ("France, which was expelled by
        // the junta, condemned the coup").
        // An evaluation's target is its clause's subject, not an object
        // ("Russia was wrong to invade Ukraine").
        let taken = done[..k].iter().zip(&s.matches[..k]).any(|(r, m)| r.target == Some(g) && s.segment[m.head] == own_segment && !lex.patterns[m.pattern as usize].evaluation)
            || s.matches[..k].iter().any(|m| m.start < group.start && group.end <= m.end);
        let right_before_verb = (group.end..head).all(|j| {
            s.is(j, CueKind::Auxiliary) || s.is(j, CueKind::BeForm) || s.is(j, CueKind::Negation) || s.adverb_like[j]
        });
        // "after President Gbagbo broke …": a group right before its verb
        // is its subject whatever precedes it.
        if !taken && !group.compound_tail && (right_before_verb || in_subject_position(s, group.start)) {
            return Some(g);
        }
    }
    None
}

/// Most tokens of an aside between an actor and its verb.
const MAX_ASIDE_TOKENS: usize = 16;

/// The group right before an aside that commas set off right before the
/// verb at `head` (past adverbs): ", formerly an active supporter of …,"
/// holding no verb and no other comma.
fn actor_before_aside(s: &Sentence, head: usize, floor: usize) -> Option<u32> {
    let mut close = head;
    while close > floor && s.adverb_like[close - 1] {
        close -= 1;
    }
    let close = close.checked_sub(1).filter(|&c| c > floor && s.norm(c) == ",")?;
    let open = (close.saturating_sub(MAX_ASIDE_TOKENS).max(floor)..close).rev().find(|&k| matches!(s.norm(k), "," | ";" | ":" | "\""))?;
    if s.norm(open) != "," || open == 0 || (open + 1..close).any(|j| s.verb_like[j] || s.is(j, CueKind::Relative)) {
        return None;
    }
    s.group_of[open - 1]
}

/// Not the object of a preposition or of a verb: the word before the group
/// (past determiners and one adjective) is not a preposition, a participle
/// or a verb form.
fn in_subject_position(s: &Sentence, start: usize) -> bool {
    let mut j = start;
    let mut skipped_adjective = false;
    let mut skipped_determiner = false;
    while j > 0 {
        j -= 1;
        if s.is(j, CueKind::Demonstrative) || s.is(j, CueKind::PossessivePronoun) {
            // "that" may be the complementiser of "said that Nigeria …".
            skipped_determiner |= !s.is(j, CueKind::Relative);
            continue;
        }
        if s.is(j, CueKind::Preposition) || s.is(j, CueKind::LocationPrep) {
            return false;
        }
        // "Sources say Nigeria has …": a speech verb opens a new clause.
        if s.is(j, CueKind::SpeechVerb) && !skipped_determiner && !skipped_adjective {
            return true;
        }
        let verbish = s.verb_like[j] || s.participle_like[j];
        let lower_word = s.tokens.get(j).kind == sitrep_text::TokenKind::Word && !s.tokens.get(j).capitalised;
        if verbish && lower_word {
            return false;
        }
        if lower_word && s.cue_bits[j] == 0 && !skipped_adjective {
            skipped_adjective = true;
            continue;
        }
        return true;
    }
    true
}

/// "Russia's attack on Ukraine": the group joined by 's right before a noun pattern.
fn possessor_before(s: &Sentence, start: usize) -> Option<u32> {
    if start >= 2 && s.is_possessive(start - 1) {
        return s.group_of[start - 2];
    }
    if start >= 1 {
        if let Some(g) = s.group_of[start - 1] {
            // "Russian attack on": an adjective actor right before.
            return Some(g);
        }
    }
    // "a Russian-led attack on", "the US-backed offensive": the actor
    // before the hyphenated participle.
    if start >= 3 && s.norm(start - 2) == "-" && s.participle_like[start - 1] {
        return s.group_of[start - 3];
    }
    // "asked for Russia to be expelled … because of its invasion of
    // Ukraine": "its"/"their" is the nearest actor named before it in the
    // sentence ("his"/"her" the nearest person).
    if start >= 1 && s.is(start - 1, CueKind::PossessivePronoun) && !s.is(start - 1, CueKind::Demonstrative) {
        let person = s.is(start - 1, CueKind::PersonPronoun);
        return s.groups.iter().rposition(|g| g.end < start && g.pronoun.is_none() && g.actor.is_some() && g.person == person).map(|g| g as u32);
    }
    None
}

/// Whether group `g` follows a passive agent's "by", directly or past one
/// word ("by the Syrian army").
fn follows_agent_by(s: &Sentence, g: u32) -> bool {
    let start = s.groups[g as usize].start;
    (start.saturating_sub(2)..start).any(|i| s.is(i, CueKind::PassiveAgent) && !(i + 1..start).any(|j| matches!(s.norm(j), "," | ";")))
}

/// Whether a passive agent's "by" follows the match at `end`, whatever it
/// introduces.
fn has_by_phrase(s: &Sentence, end: usize) -> bool {
    by_word(s, end).is_some()
}

/// A noun event's doer named in a "by" phrase right after the match
/// ending at `end`, or after a date there: "a month of airstrikes by
/// Syrian and Russian jets", "a visit to Moscow last week by Iran's Oil
/// Minister".
fn noun_agent(s: &Sentence, end: usize) -> Option<u32> {
    let by_at = s.date_phrase_at(end).unwrap_or(end);
    if s.is(by_at, CueKind::PassiveAgent) {
        by_agent(s, by_at)
    } else {
        None
    }
}

/// The agent of a passive: "by the junta".
fn by_agent(s: &Sentence, end: usize) -> Option<u32> {
    let i = by_word(s, end)?;
    (i + 1..(i + 4).min(s.len())).find_map(|j| s.group_of[j])
}

/// The passive agent's "by" within three tokens after `end`, in the same
/// clause.
fn by_word(s: &Sentence, end: usize) -> Option<usize> {
    (end..(end + 3).min(s.len())).take_while(|&i| !matches!(s.norm(i), "," | ";" | ".")).find(|&i| s.is(i, CueKind::PassiveAgent))
}
