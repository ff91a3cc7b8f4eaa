//! Verb and noun patterns against a sentence.

use sitrep_lexicon::morphology::form;
use sitrep_lexicon::{same_words, CueKind, Elem, Lexicon, WordId};
use sitrep_text::TokenKind;

use crate::sentence::{Match, Sentence};
use crate::tree::Tree;

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
        // Words inside the previous match ("sent forces with unique
        // training to …") belong to it, not to a new event.
        if s.matches.last().is_some_and(|m| m.head < i && i < m.end) {
            i += 1;
            continue;
        }
        let found = match head_match(lex, s, i, &|_| true) {
            Some((m, false)) => Some(m),
            Some((m, true)) => {
                s.verb_candidates.push(m);
                noun_match(lex, s, i)
            }
            None => noun_match(lex, s, i),
        };
        if let Some(m) = found {
            s.matches.push(m);
        }
        // Continue right after the head: the span may hold another head
        // ("accused of harboring").
        i += 1;
    }
}

/// Most tokens of a participial clause opening a sentence, to its comma.
const OPENING_CLAUSE_TOKENS: usize = 12;

/// The verb pattern matching at `i`, and whether word order reads the word
/// as a noun there (then only the parse can make it a verb).
fn head_match(lex: &Lexicon, s: &Sentence, i: usize, accept: &dyn Fn(&Match) -> bool) -> Option<(Match, bool)> {
    let refs = lex.heads(s.ids[i]);
    // "un procès intenté devant la Cour suprême … du Brésil": a word the
    // cues list as a preposition is never a verb's form, though it is
    // spelled as one ("devant", "du" of "devoir"; "pendant" of "pendre").
    if refs.is_empty() || s.is(i, CueKind::Preposition) {
        return None;
    }
    // A gerund after a verb is still a verb: "denied sending troops".
    let gerund = refs.iter().any(|r| r.forms & form::ING != 0);
    // "Shell U.K.", "Shell Canada said": a capitalised word inside the
    // sentence, or before another capitalised word, is a name.
    let capitalised = s.tokens.get(i).capitalised;
    // "Thanking Egypt for its mediation, Hamas said": an -ing form opening
    // the sentence, a comma later, is a participle before a name.
    let opening_participle = i == 0 && gerund && (1..s.len().min(OPENING_CLAUSE_TOKENS)).any(|k| s.norm(k) == ",");
    // "the U.S. Criticised Japan's fiscal policy": some wire copy capitalises
    // the word after an abbreviation's full stop; a past form there is no
    // name ("a U.S. Attack on", "U.S. Attacks on", "U.S. Trade
    // Representative" are still read as nouns).
    let inflected = refs.iter().all(|r| r.forms & (form::PAST | form::PARTICIPLE) != 0);
    let after_any_abbreviation = capitalised && i > 0 && s.norm(i - 1).len() > 1 && s.norm(i - 1).ends_with('.');
    let after_abbreviation = inflected && after_any_abbreviation;
    // "the U.S. Wants Japan to …", "U.S. Attacks on …": another form there
    // may be either; only the parse can make it a verb.
    let parse_decides = after_any_abbreviation && !inflected;
    let name = capitalised && !after_abbreviation && !parse_decides && ((i > 0 && !after_quote_or_colon(s, i)) || (i + 1 < s.len() && s.tokens.get(i + 1).capitalised && !opening_participle));
    // "of aid charities", "a direct military clash": a bare base form is a
    // noun in places where an inflected verb form would still be a verb.
    let base_form = refs.iter().all(|r| r.forms == form::BASE);
    // "The proposal drew criticism": a simple past that is no participle
    // ("drew", "took", "began") is a verb after any noun phrase.
    let preterite = refs.iter().all(|r| r.forms & form::PAST != 0 && r.forms & form::PARTICIPLE == 0);
    if name {
        return None;
    }
    let noun_by_word_order = parse_decides || (!preterite && is_noun_here(lex, s, i, gerund, base_form));
    // PETRARCH codes the verbs of clauses, not a gerund inside a
    // prepositional phrase ("after leaving Eriador").
    if lex.petrarch_semantics() && gerund && i > 0 && s.is(i - 1, CueKind::Subordinator) && refs.iter().all(|r| r.forms & form::ING != 0) {
        return None;
    }
    let be_before = is_passive(s, i);
    // "a measure … vetoed by President Reagan": a participle with its
    // agent is passive without a form of "be".
    let agent_after = i + 1 < s.len() && s.is(i + 1, CueKind::PassiveAgent);
    // The first pattern, most specific first, that matched with no actor
    // where its optional target would stand.
    let mut open: Option<Match> = None;
    for r in refs {
        let p = &lex.patterns[r.pattern as usize];
        if !s.has_all(&p.required) {
            continue;
        }
        let participle = r.forms & form::PARTICIPLE != 0;
        let mut after = &p.after[..];
        let mut owner = None;
        // "the arms embargo imposed on China", "sanctions imposed by the
        // United States on Iran": a participle right after the pattern's
        // object word is that object's reduced passive; a "by" phrase
        // right after it names the doer.
        let mut reduced_object = false;
        let mut resume = i + 1;
        let mut agent = None;
        let mut subject_target = None;
        if participle && !be_before {
            if let Some((moved, whose)) = object_word_before(s, i, after) {
                agent = agent_after.then(|| group_from(s, i + 2)).flatten();
                if !agent_after || agent.is_some() {
                    after = moved;
                    owner = whose;
                    reduced_object = true;
                    resume = agent.map_or(i + 1, |g| s.groups[g as usize].end);
                }
            }
        }
        let passive = (be_before || agent_after || reduced_object) && participle;
        // In the passive the object has moved to the subject: a `+` right
        // after the head is filled by it ("France was expelled").
        if passive && after.first() == Some(&Elem::Target) {
            after = &after[1..];
        }
        if passive && be_before {
            if let Some((moved, whose, word, be)) = object_word_in_subject(s, i, after) {
                owner = whose;
                // "The Kuwaiti ambassador to Iran was recalled", "Aid to
                // Sudan was suspended": the rest of the pattern may stand
                // in the subject itself, right after the word.
                // Only for a pattern that writes a gap before its object
                // word (`[recall] ... ambassador ... to +`): "Trading on
                // the market has been called off" is no `[call] on +`.
                let mut inside = Slots { head: i, ..Slots::default() };
                let gap_first = after.first() == Some(&Elem::Gap);
                if gap_first && match_after(lex, s, moved, word + 1, &mut inside).is_some_and(|end| end <= be) && inside.target.is_some() {
                    after = &after[after.len()..];
                    subject_target = inside.target;
                } else {
                    after = moved;
                }
            }
            // "Egypt was asked by Israel to explain", "accused by the
            // junta of plotting": the agent stands between the head and the
            // rest of the pattern, whose next word ("to", "of") follows it.
            if agent_after {
                if let Some(g) = group_from(s, i + 2) {
                    let end = s.groups[g as usize].end;
                    let word_next = matches!(after.first(), Some(Elem::Word { alternatives, .. }) if end < s.len() && alternatives.contains(&s.ids[end]));
                    if word_next {
                        agent = Some(g);
                        resume = end;
                    }
                }
            }
        }
        let resume = past_adverbs_before_word(lex, s, after, resume);
        let mut slots = Slots { passive: passive && be_before, head: i, target: subject_target, ..Slots::default() };
        let Some(start) = match_before_verb(lex, s, &p.before, i, &mut slots) else { continue };
        // `$?`: "survived an assassination attempt" with no doer named.
        let without_doer = |slots: &mut Slots| (p.source_optional && !passive).then(|| match_after(lex, s, &after[..after.len().saturating_sub(1)], resume, slots)).flatten();
        if let Some(end) = match_after(lex, s, after, resume, &mut slots).or_else(|| without_doer(&mut slots)) {
            slots.source = slots.source.or(agent).or(owner);
            let m = Match { pattern: r.pattern, start, end, head: i, target: slots.target, source: slots.source, passive, reduced: passive && !be_before, compound: slots.compound, forms: r.forms, unnamed_target: slots.unnamed_target };
            if !accept(&m) {
                continue;
            }
            // A pattern that spells more words, matched without its
            // optional target, outranks this one: "a imposé des contrôles à
            // l'exportation" is `[imposer] … contrôles à l' exportation +?`
            // (163), not `[imposer] … contrôles` (172); "rebels seized
            // power" stays `[seize] power`, as specific as `rebels [seize] +?`.
            let m = match open {
                Some(o) if lex.patterns[o.pattern as usize].specificity > p.specificity => o,
                _ => m,
            };
            return Some((m, noun_by_word_order));
        }
        if p.target_optional && open.is_none() {
            open = open_target_match(lex, s, i, std::slice::from_ref(r), be_before || agent_after).filter(|o| accept(o));
        }
    }
    open.map(|m| (m, noun_by_word_order))
}

/// Adds the verb candidates the parse reads as verbs ("The attack killed
/// 12 soldiers": `killed` is the root) to the matches, in sentence order,
/// each in place of a noun pattern's match at the same word; one inside
/// another match's span stays out. Without a parse, word order stands.
pub fn keep_verbs_the_tree_reads(s: &mut Sentence, tree: &Tree) {
    if !tree.is_parsed() {
        return;
    }
    let candidates = std::mem::take(&mut s.verb_candidates);
    for c in &candidates {
        if !tree.reads_as_verb(c.head) {
            continue;
        }
        if s.matches.iter().any(|m| m.head != c.head && m.start <= c.head && c.head < m.end) {
            continue;
        }
        s.matches.retain(|m| m.head != c.head);
        let at = s.matches.partition_point(|m| m.head < c.head);
        s.matches.insert(at, *c);
    }
    s.verb_candidates = candidates;
}

/// "Ukraine demanded that Russia withdraw its troops from Crimea": a verb
/// pattern whose `...` gap runs past the subject of a clause below its
/// verb ("Russia … withdraw") reads words of that other clause as its own
/// (`[demand] ... troops ... from +`, a demand for peacekeepers). Where
/// the parse shows it, the most specific pattern at the same word that
/// stays out of such a clause replaces it (`[demand] that? + withdraw`);
/// with none, the match stands.
pub fn keep_gaps_inside_their_clause(lex: &Lexicon, s: &mut Sentence, tree: &Tree) {
    if !tree.is_parsed() || lex.petrarch_semantics() {
        return;
    }
    for k in 0..s.matches.len() {
        let m = s.matches[k];
        if !gap_crosses_a_clause_subject(lex, s, tree, &m) {
            continue;
        }
        let own_clause = |c: &Match| !gap_crosses_a_clause_subject(lex, s, tree, c);
        if let Some((replacement, _)) = head_match(lex, s, m.head, &own_clause) {
            s.matches[k] = replacement;
        }
    }
}

/// Whether match `m`, of a verb pattern with a `...` gap, spans the
/// subject of another clause its verb governs: a group other than the
/// match's own source and target, no pronoun and not the doer's own actor
/// again, whose head word is the subject of the trigger's complement
/// clause (`ccomp`), inside the match, when the pattern does not spell
/// that clause's verb.
fn gap_crosses_a_clause_subject(lex: &Lexicon, s: &Sentence, tree: &Tree, m: &Match) -> bool {
    let p = &lex.patterns[m.pattern as usize];
    if !p.has_head || !p.after.contains(&Elem::Gap) {
        return false;
    }
    let a = &tree.analysis;
    let trigger = tree.trigger_word(m.head);
    (m.head + 1..m.end).filter_map(|t| s.group_of[t]).any(|g| {
        // ("warned that it would retaliate": a pronoun may be the
        // speaker again.)
        if Some(g) == m.target || Some(g) == m.source || s.groups[g as usize].pronoun.is_some() {
            return false;
        }
        let w = tree.word(s.groups[g as usize].end - 1);
        let subject = matches!(a.universal_deprel(w), "nsubj") && !a.deprel(w).ends_with(":pass");
        // ("Iran's navy commander warned that Iran would close …": the
        // doer's own country named again is no other party.)
        let doer_again = || a.children(trigger).filter(|&c| a.universal_deprel(c) == "nsubj").filter_map(|c| tree.group_for(s, c)).any(|d| s.groups[d as usize].actor.is_some() && s.groups[d as usize].actor == s.groups[g as usize].actor);
        // A pattern that spells the clause's verb reads that clause on
        // purpose ("[demand] that ... hold ... elections").
        let spelled = |v: usize| {
            let id = s.ids[tree.token(v)];
            p.after.iter().any(|e| match e {
                Elem::Word { alternatives, .. } => alternatives.contains(&id),
                Elem::Phrases(phrases) => phrases.iter().any(|ph| ph.contains(&id)),
                _ => false,
            })
        };
        let complement = |v: usize| a.head(v) == Some(trigger) && a.universal_deprel(v) == "ccomp" && !spelled(v);
        subject && a.head(w).is_some_and(|v| tree.token(v) < m.end && complement(v)) && !doer_again()
    })
}

/// Most words between a fallback row's match and the act that replaces it
/// when there is no parse ("agreed to quickly impose").
const FALLBACK_REACH: usize = 3;

/// "France agreed to impose sanctions on Russia": a fallback row
/// (`fallback-row` in `tree-roles.tsv`, such as `[agree] to`) gives way to
/// any pattern matched in the words its trigger governs in the parse (one
/// coding nothing too: "agreed to sell its stake"), or, without a parse,
/// right after it. It codes the bare commitment only where
/// what was agreed to is no act the lexicon knows ("Syria agreed to let
/// the United Nations deliver aid": 030), and only where the parse finds
/// that act, a verb the trigger controls (`xcomp`) or a clause it reports
/// (`ccomp`). (Removed in place: the
/// per-sentence path allocates nothing here.)
pub fn drop_fallbacks_with_acts_below(lex: &Lexicon, s: &mut Sentence, tree: &Tree) {
    let mut k = s.matches.len();
    while k > 0 {
        k -= 1;
        let m = s.matches[k];
        if !crate::tree::is_fallback_row(&lex.patterns[m.pattern as usize].id) {
            continue;
        }
        let below = |o: &Match| {
            if o.head <= m.head {
                return false;
            }
            if tree.is_parsed() {
                tree.dominates(tree.trigger_word(m.head), tree.trigger_word(o.head))
            } else {
                o.head >= m.end && o.head <= m.end + FALLBACK_REACH && (m.end..o.head).all(|i| !is_barrier(s, i))
            }
        };
        // "offered to U.K. institutions", "the policy agreed to at the
        // meeting": no act under the verb at all; "a sanctions waiver
        // offered to wean …": no commitment of an actor's.
        let no_act = tree.is_parsed() && {
            let (a, w) = (&tree.analysis, tree.trigger_word(m.head));
            let no_actor_subject = a.children(w).any(|c| a.universal_deprel(c) == "nsubj" && a.upos(c) != "PRON" && tree.group_for(s, c).is_none());
            // (The act is a verb the trigger controls, `xcomp`, or the
            // clause it reports under a duty, `ccomp`: "said Uganda must
            // find a way", not "said the government should have acted".)
            let act = |c: usize| match a.universal_deprel(c) {
                "xcomp" => true,
                "ccomp" => tree.under_duty(s, c) || tree.is_duty_verb(s, c),
                _ => false,
            };
            a.universal_deprel(w) == "acl" || no_actor_subject || !a.children(w).any(act)
        };
        if no_act || s.matches.iter().any(below) {
            s.matches.remove(k);
        }
    }
}

/// Whether the sentence may lay a duty through a speech verb (a group,
/// a word of duty, a speech verb): only then is a sentence no pattern
/// matched worth parsing for one.
pub fn may_lay_a_duty(lex: &Lexicon, s: &Sentence) -> bool {
    if lex.petrarch_semantics() || s.groups.is_empty() || crate::tree::duty_said_after_rows().is_empty() {
        return false;
    }
    (0..s.len()).any(|i| s.is(i, CueKind::Obligation)) && (0..s.len()).any(|i| s.is(i, CueKind::SpeechVerb))
}

/// "The government should change the law …, the TUC has said": a duty
/// laid in a speech verb's clause, whose act no pattern codes, is the
/// speaker's appeal to the one the duty binds, as "The TUC said the
/// government should …" is by word order (the `duty-said-after-row` of
/// tree-roles.tsv stands for it). Word order reads only "said (that) X
/// should"; the parse reads the rest: the clause before its speech verb,
/// after an audience ("told reporters that the government must …") or a
/// colon and a quotation ("told the BBC: “Britain must …”"). The duty
/// clause is the speech verb's `ccomp`. An act a pattern codes there is
/// coded as the speaker's appeal by `emit` already ("Israel must withdraw
/// from Lebanon, Iran said").
///
/// One side may be unnamed: a speaker the lexicon cannot code ("Sweden
/// should continue to cut spending, the report said") or one bound who is
/// no actor ("the program should be eliminated, two Congressmen said"); the
/// blind blocks' gold codes both as appeals. A duty in the passive asks an
/// act of someone unnamed: the one it binds is its subject, when that is an
/// actor ("McBride should be suspended, the Democratic Alliance said").
pub fn add_duties_laid_by_a_speaker(lex: &Lexicon, s: &mut Sentence, tree: &Tree) {
    if !tree.is_parsed() || lex.petrarch_semantics() {
        return;
    }
    let a = &tree.analysis;
    let subject = |w: usize| a.children(w).find(|&c| matches!(a.deprel(c), "nsubj" | "nsubj:pass"));
    // A duty binds an actor the duty clause's subject itself names
    // ("Moscow's trade reforms should result in more trade" binds no
    // Moscow): not a pronoun ("They should seize the moment") nor private
    // people ("people who were doubting us should now believe").
    let private = |g: u32| s.groups[g as usize].role.is_some_and(|r| crate::tree::is_private_role(lex.roles[r as usize].as_str()));
    // A form of "be" by its lemma, or by the language's `be_form` cues ("être", "été").
    let be = |w: usize| a.lemma(w).eq_ignore_ascii_case("be") || s.is(tree.token(w), CueKind::BeForm);
    // "should be" with a predicate foretells ("costs should be below 50
    // cents"): it asks no act. (The parser may label a passive's "be" a
    // plain `aux`: "should be tried" asks an act.)
    let copular = |d: usize| be(d) || a.children(d).any(|c| a.universal_deprel(c) == "cop");
    // Nor does a need in the passive ("more time might be needed to get
    // the law right": the blind blocks hold three such sentences with no
    // event for each one with an appeal).
    let needed = |d: usize| tree.is_duty_verb(s, d) && a.children(d).any(|c| a.deprel(c) == "aux:pass");
    // French: the act is the modal's `xcomp` ("devrait être jugé").
    let asks_no_act = |d: usize| copular(d) || needed(d) || (tree.is_duty_verb(s, d) && a.children(d).filter(|&c| a.universal_deprel(c) == "xcomp").any(copular));
    // The one the duty binds, if an actor names it.
    let bearer = |d: usize| subject(d).and_then(|c| s.group_of[tree.token(c)]).filter(|&g| s.groups[g as usize].pronoun.is_none() && !private(g));
    // Else an act is still asked of someone when the clause is passive
    // ("the program should be eliminated") or its subject a name the
    // lexicon lacks ("Kotey must face justice"); a common noun's duty is
    // mostly a forecast ("Moscow's trade reforms should result in more
    // trade", "the dollar must not fall much further").
    let unnamed_bearer = |d: usize| subject(d).is_some_and(|c| a.deprel(c) == "nsubj:pass" || (a.upos(c) == "PROPN" && s.group_of[tree.token(c)].is_none()));
    // The act under the duty: the duty's verb, or a verb it controls
    // ("should seek to restore ties"), not one in a relative clause of its
    // object ("employees who raise concerns").
    let controlled_by = |d: usize, mut t: usize| {
        for _ in 0..a.len() {
            if t == d {
                return true;
            }
            match a.head(t) {
                Some(h) if a.universal_deprel(t) == "xcomp" => t = h,
                _ => return false,
            }
        }
        false
    };
    let coded_under = |d: usize| s.matches.iter().any(|m| lex.patterns[m.pattern as usize].cameo.is_some() && controlled_by(d, tree.trigger_word(m.head)));
    // (speech verb token, duty verb word, the one bound) triples; most
    // sentences have none, and the rest below is only done for those that
    // do.
    let mut duties = Vec::new();
    for i in (0..s.len()).filter(|&i| s.is(i, CueKind::SpeechVerb)) {
        let v = tree.word(i);
        // "Iran must stop enriching uranium, the minister said/told
        // reporters": the parser often hangs the speech verb after the
        // reported clause as that clause's `parataxis` (as UD annotates
        // it), `conj` or `advcl`; the clause is still what was said when
        // a comma sets the speaker off and the speech verb reports no
        // clause of its own.
        let fronted = a.head(v).filter(|&h| {
            let comma = (h + 1..v).rev().find(|&k| a.form(k) == ",");
            h < v
                && matches!(a.universal_deprel(v), "parataxis" | "conj" | "advcl")
                && !a.children(v).any(|c| a.universal_deprel(c) == "ccomp")
                && comma.is_some_and(|k| (k + 1..v).all(|w| tree.dominates(v, w)))
        });
        let clauses = a.children(v).filter(|&d| a.universal_deprel(d) == "ccomp").chain(fronted);
        // French makes the modal the clause's verb, the act its `xcomp`
        // ("a estimé que la junte devrait libérer le président").
        for d in clauses.filter(|&d| (tree.under_duty(s, d) || tree.is_duty_verb(s, d)) && !asks_no_act(d) && !coded_under(d)) {
            // After its speech verb the word-order row may have read the
            // duty already ("said Uganda must …"): a coded match there with
            // the actor bound as its target, or, for a duty on nobody named,
            // the duty row whatever it took (not another act of the speech
            // verb's: "warned that OPEC shouldn't …" keeps its warning and
            // its appeal).
            let read_by_word_order = |bound: Option<u32>| {
                s.matches.iter().any(|m| {
                    let p = &lex.patterns[m.pattern as usize];
                    m.head == i && p.cameo.is_some() && if bound.is_some() { m.target == bound } else { crate::tree::duty_said_after_rows().contains(&&*p.id) }
                })
            };
            let bound = bearer(d);
            if (bound.is_some() || unnamed_bearer(d)) && !read_by_word_order(bound) {
                duties.push((i, d, bound));
            }
        }
    }
    if duties.is_empty() {
        return;
    }
    let Some(row) = lex.patterns.iter().position(|p| crate::tree::duty_said_after_rows().contains(&&*p.id)) else {
        return;
    };
    // The speaker: the speech verb's subject, else the words the
    // attribution reads where the parse hangs them wrong ("“…,” Ali Akbar
    // Velayati, a senior adviser …, said" parsed as the object of "leave").
    let mut sources = Vec::new();
    crate::attribution::find_sources(lex, s, tree, &mut sources);
    let speaker_words = |i: usize| sources.iter().find(|src| src.verb == Some(i)).and_then(|src| (src.start..src.end).find_map(|k| s.group_of[k]));
    let mut found = Vec::new();
    for (i, d, bearer) in duties {
        let speaker = a.children(tree.word(i)).find(|&c| a.deprel(c) == "nsubj").and_then(|c| tree.group_for(s, c)).or_else(|| speaker_words(i));
        let speaker = speaker.filter(|&g| Some(g) != bearer);
        // Someone named on one side at least: a duty on nobody named, on
        // nobody's named word, is no event.
        if speaker.is_none() && bearer.is_none() {
            continue;
        }
        // The match spans the speech verb, the duty's verb and the one it
        // binds, on whichever side of the speech verb the duty stands.
        let duty = tree.token(d);
        let (mut start, mut end) = (i.min(duty), i.max(duty) + 1);
        if let Some(g) = bearer {
            (start, end) = (start.min(s.groups[g as usize].start), end.max(s.groups[g as usize].end));
        }
        found.push(Match { pattern: row as u32, start, end, head: i, target: bearer, source: speaker, passive: false, reduced: false, compound: None, forms: form::PAST, unnamed_target: bearer.is_none() });
    }
    for m in found {
        let at = s.matches.partition_point(|o| o.head <= m.head);
        s.matches.insert(at, m);
    }
}

/// "Japan stood by the United States": a participle followed by "by"
/// reads as a passive with its agent to the matcher ("when questioned by
/// the prosecution", a row `[question] by +`). Where the pattern spells
/// that "by" itself and the parse gives the verb a subject of its own, it
/// is active, and the actor the pattern placed after "by" is what the act
/// is done to. (Only then: a participle modifying a noun, "a British
/// journalist captured by Islamic State", is often parsed with a subject.)
pub fn active_where_the_tree_finds_a_subject(lex: &Lexicon, s: &mut Sentence, tree: &Tree) {
    if !tree.is_parsed() {
        return;
    }
    let Sentence { matches, ids, .. } = s;
    for m in matches.iter_mut() {
        let spells_next = |m: &Match| {
            let next = ids.get(m.head + 1);
            matches!(lex.patterns[m.pattern as usize].after.first(), Some(Elem::Word { alternatives, optional: false }) if next.is_some_and(|n| alternatives.contains(n)))
        };
        if m.reduced && spells_next(m) && tree.has_active_subject(m.head) {
            m.passive = false;
            m.reduced = false;
            if m.target.is_none() {
                m.target = m.source.take();
            }
        }
    }
}

/// "West Germany and Ireland are opposed to …", "Turkey was engaged in
/// talks with Russia": word order reads a passive of "oppose" or "engage"
/// there, whose subject suffered the act; with no agent such a participle
/// (`state-participle` of tree-roles.tsv) is the state its subject is in,
/// and the subject its doer. The parse decides; an actor word order placed
/// before the head as the passive's target was that subject. So does a
/// French perfect with "être" ("les forces russes se sont retirées de
/// Kherson": `Tree::is_active_perfect`).
pub fn states_of_their_subjects(s: &mut Sentence, tree: &Tree) {
    if !tree.is_parsed() {
        return;
    }
    let Sentence { matches, groups, .. } = s;
    for m in matches.iter_mut().filter(|m| m.passive && !m.reduced) {
        let w = tree.trigger_word(m.head);
        if tree.is_state_participle(w) || tree.is_active_perfect(w) {
            m.passive = false;
            if m.target.is_some_and(|t| groups[t as usize].end <= m.head) {
                m.target = None;
            }
        }
    }
}

/// A pattern whose target is optional (`[warn] +?`) still reports the act
/// when no actor stands where its target would: "Israeli officials have
/// warned that Iran …", "Israel and Hezbollah fought a month-long war". The
/// lexicon marks the verbs that do (not "told", "helped", "called": without
/// their object they are no event); the parse then says whether the verb
/// has an object elsewhere (`roles.rs`).
fn open_target_match(lex: &Lexicon, s: &Sentence, i: usize, refs: &[sitrep_lexicon::HeadRef], passive_context: bool) -> Option<Match> {
    refs.iter().find_map(|r| {
        let p = &lex.patterns[r.pattern as usize];
        if !p.target_optional || !s.has_all(&p.required) {
            return None;
        }
        let passive = passive_context && r.forms & form::PARTICIPLE != 0;
        let mut slots = Slots { passive: passive && is_passive(s, i), head: i, ..Slots::default() };
        let start = match_before_verb(lex, s, &p.before, i, &mut slots)?;
        slots.passive = false;
        let end = match_after(lex, s, &p.after[..p.after.len() - 1], i + 1, &mut slots)?;
        Some(Match { pattern: r.pattern, start, end, head: i, target: None, source: slots.source, passive, reduced: false, compound: slots.compound, forms: r.forms, unnamed_target: false })
    })
}

fn noun_match(lex: &Lexicon, s: &Sentence, i: usize) -> Option<Match> {
    for &pi in lex.noun_patterns(s.ids[i]) {
        let p = &lex.patterns[pi as usize];
        if !s.has_all(&p.required) {
            continue;
        }
        let mut slots = Slots { head: i, ..Slots::default() };
        let found = match_after(lex, s, &p.after, i + 1, &mut slots).or_else(|| {
            // "the visit by the German chancellor to Beijing", "the threat
            // by Moscow against Kiev": a "by" phrase right after the noun
            // names the doer, and the pattern goes on after it.
            let by = i + 1 < s.len() && s.is(i + 1, CueKind::PassiveAgent) && matches!(p.after.first(), Some(Elem::Word { .. }));
            let doer = by.then(|| group_from(s, i + 2)).flatten()?;
            slots = Slots { head: i, source: Some(doer), ..Slots::default() };
            match_after(lex, s, &p.after, s.groups[doer as usize].end, &mut slots)
        });
        // "The EU's condemnation of the execution" (`condemnation of +?`):
        // with no actor where the target would stand, the noun still names
        // the act; its doer then comes from the parse alone (`roles.rs`).
        let found = found.or_else(|| {
            if !p.target_optional {
                return None;
            }
            slots = Slots { head: i, ..Slots::default() };
            match_after(lex, s, &p.after[..p.after.len() - 1], i + 1, &mut slots)
        });
        if let Some(end) = found {
            return Some(Match { pattern: pi, start: i, end, head: i, target: slots.target, source: slots.source, passive: false, reduced: false, compound: slots.compound, forms: 0, unnamed_target: slots.unnamed_target });
        }
    }
    None
}

/// "the attack", "a brief private visit", "two artillery shells": a
/// determiner, possessive or number before the word (past up to three
/// adjectives: "abandon new global economic trade relations") makes it a
/// noun, not a verb.
fn is_noun_here(lex: &Lexicon, s: &Sentence, i: usize, gerund: bool, base_form: bool) -> bool {
    let mut j = i;
    let mut skipped_adjective = false;
    for _ in 0..4 {
        if j == 0 {
            return false;
        }
        j -= 1;
        if base_form {
            // "of aid charities": after a preposition other than "to".
            if j + 1 == i && s.is(j, CueKind::Preposition) && !s.is(j, CueKind::Infinitive) {
                return true;
            }
            // "a direct military clash": a lowercase role noun reads as an
            // adjective; so does an actor after a hyphenated prefix ("an
            // anti-Gondor parade").
            if let Some(g) = s.group_of[j] {
                let group = &s.groups[g as usize];
                let lowercase_role = group.bare_role && (group.start..group.end).all(|t| !s.tokens.get(t).capitalised);
                let after_prefix = group.start >= 2 && s.norm(group.start - 1) == "-" && !s.tokens.get(group.start - 2).capitalised;
                if lowercase_role || after_prefix {
                    j = if after_prefix { group.start - 1 } else { group.start };
                    skipped_adjective = true;
                    continue;
                }
            }
            if s.norm(j) == "-" && j > 0 && skipped_adjective {
                j -= 1; // the prefix itself: "anti" of "anti-Gondor"
                continue;
            }
        }
        // "has immediate demand": an auxiliary, then an adjective: a noun.
        if skipped_adjective && (s.is(j, CueKind::Auxiliary) || s.is(j, CueKind::BeForm)) {
            return true;
        }
        // "that" before a verb is a relative pronoun, not a determiner.
        if s.is(j, CueKind::Relative) {
            return false;
        }
        // A number ends an actor's name ("No 10 criticised", "M-19
        // criticised"): the actor is the verb's subject, not a count.
        let count = s.tokens.get(j).kind == TokenKind::Number && s.group_of[j].is_none();
        if s.is(j, CueKind::Demonstrative) || s.is(j, CueKind::PossessivePronoun) || count {
            return true;
        }
        // "prompted riots", "meet peak demand": right after a verb (not an
        // auxiliary, not a word that may be a plural noun like "guards")
        // comes its object, a noun.
        let verb = lex.heads(s.ids[j]).iter().any(|r| r.forms & !form::THIRD != 0);
        if !gerund && verb && !s.is(j, CueKind::Auxiliary) && !s.is(j, CueKind::BeForm) && s.group_of[j].is_none() {
            return true;
        }
        if s.is(j, CueKind::SubjectPronoun) {
            return false;
        }
        // "suffered from panic attacks": a preposition, an adjective, then
        // the word: a noun phrase.
        if skipped_adjective && s.is(j, CueKind::Preposition) && !s.is(j, CueKind::Infinitive) {
            return true;
        }
        let adjective = s.tokens.get(j).kind == TokenKind::Word
            && !s.tokens.get(j).capitalised
            && s.cue_bits[j] == 0
            && !s.verb_like[j]
            && s.group_of[j].is_none();
        if !adjective {
            return false;
        }
        skipped_adjective |= !s.adverb_like[j];
    }
    false
}

/// At most this many adverbs stand between a verb and the word its
/// pattern wants next.
const MAX_ADVERBS_AFTER_HEAD: usize = 2;

/// "s'en est pris violemment à la France", "objected strongly to the
/// plan": where the pattern's next element is a word that does not stand
/// right after the head, the adverbs there are skipped when the word
/// follows them: words with an `adverb_suffix` of cues.tsv ("-ly",
/// "-ment") and the `adverb`s listed there ("called again for", "appelle
/// aussi à"). A short adverb may also be the neighbour of a preposition that
/// opens a clause ("no decision had been taken yet over whether …" is no
/// "take over"). A pattern that spells the adverb itself matches it
/// first.
fn past_adverbs_before_word(lex: &Lexicon, s: &Sentence, after: &[Elem], resume: usize) -> usize {
    let Some(Elem::Word { alternatives, .. }) = after.first() else { return resume };
    // (Most heads are followed by no adverb: the flag, set once per
    // sentence, is read before the word lists.)
    if resume >= s.len() || !s.adverb_like[resume] {
        return resume;
    }
    let wanted = |j: usize| j < s.len() && alternatives.contains(&s.ids[j]);
    if wanted(resume) {
        return resume;
    }
    let mut j = resume;
    let mut short = false;
    while j < s.len() && j < resume + MAX_ADVERBS_AFTER_HEAD && s.adverb_like[j] && s.group_of[j].is_none() {
        if !lex.looks_adverb(s.norm(j)) {
            if !s.is(j, CueKind::Adverb) {
                break;
            }
            short = true;
        }
        j += 1;
    }
    // A word that opens a clause after the wanted one ("no decision had been
    // taken yet over whether …") makes it that clause's preposition, not the
    // verb's: only adverbs with an `adverb_suffix` are passed then.
    let opens_clause = || short && s.is(j + 1, CueKind::Subordinator);
    if j > resume && wanted(j) && !opens_clause() {
        j
    } else {
        resume
    }
}

/// A capital after an opening quote or a colon starts a sentence of its own.
fn after_quote_or_colon(s: &Sentence, i: usize) -> bool {
    matches!(s.norm(i - 1), "\"" | ":" | "(" | "-")
}

/// Actor groups a pattern's `+` and `$` found.
#[derive(Default)]
pub(crate) struct Slots {
    pub(crate) target: Option<u32>,
    pub(crate) source: Option<u32>,
    pub(crate) compound: Option<u32>,
    /// In a passive with "be" a gap stops at "by": what follows is the
    /// doer, not the words the pattern wants after the verb ("soldiers
    /// were killed by al-Shabaab militants" is no killing of militants).
    /// A participle with "by" right after it may still be active ("has
    /// received by courier money from …").
    pub(crate) passive: bool,
    /// The pattern's head.
    pub(crate) head: usize,
    /// The `+` stood for a noun phrase naming no actor.
    pub(crate) unnamed_target: bool,
}

/// Matches `elems` rightwards from token `pos`; returns where the match ends.
pub(crate) fn match_after(lex: &Lexicon, s: &Sentence, elems: &[Elem], pos: usize, slots: &mut Slots) -> Option<usize> {
    let Some(first) = elems.first() else { return Some(pos) };
    match_element_after(lex, s, elems, pos, slots).or_else(|| {
        // "agreed on Monday to extradite", "asked Britain on Friday to
        // share", "denied on Tuesday that": a date phrase between the verb
        // (or its object) and the pattern's next word is read past, as a
        // gap would be. Not before a gap, which reads past it itself.
        let end = s.date_phrase_at(pos).filter(|_| *first != Elem::Gap)?;
        match_element_after(lex, s, elems, end, slots)
    })
}

fn match_element_after(lex: &Lexicon, s: &Sentence, elems: &[Elem], pos: usize, slots: &mut Slots) -> Option<usize> {
    let Some((first, rest)) = elems.split_first() else { return Some(pos) };
    match first {
        Elem::Word { alternatives, optional } => {
            if pos < s.len() && alternatives.contains(&s.ids[pos]) {
                if let Some(end) = match_after(lex, s, rest, pos + 1, slots) {
                    return Some(end);
                }
            }
            // "told Japanese reporters" is "[tell] reporters": a role word
            // the pattern spells out is the same word when an actor's
            // adjective comes before it, and the group is no actor here.
            if let Some(g) = role_group_ending_in(s, pos, alternatives) {
                if let Some(end) = match_after(lex, s, rest, s.groups[g as usize].end, slots) {
                    return Some(end);
                }
            }
            if *optional { match_after(lex, s, rest, pos, slots) } else { None }
        }
        Elem::Phrases(phrases) => phrases.iter().find_map(|ph| {
            let end = pos + ph.len();
            (end <= s.len() && same_words(&s.ids[pos..end], ph)).then(|| match_after(lex, s, rest, end, slots)).flatten()
        }),
        Elem::Gap => {
            // Up to `gap_limit` words, an amount ("a 130 mln dlr loan") one.
            let mut at = pos;
            for k in 0..=lex.gap_limit {
                at = past_quote_marks(s, at, slots.head);
                if let Some(end) = match_after(lex, s, rest, at, slots) {
                    return Some(end);
                }
                if k == lex.gap_limit || at >= s.len() || is_barrier(s, at) || (slots.passive && s.is(at, CueKind::PassiveAgent)) {
                    break;
                }
                let next = amount_end(s, at).or_else(|| hyphenated_end(s, at)).unwrap_or(at + 1);
                // The next element may still be a word of the amount
                // ("lent Indonesia 10.7 billion dlrs").
                if let Some(end) = (at + 1..next).find_map(|inner| match_after(lex, s, rest, inner, slots)) {
                    return Some(end);
                }
                at = next;
            }
            None
        }
        Elem::Target | Elem::Source => {
            let Some(g) = group_from(s, pos) else {
                return if *first == Elem::Target { unnamed_target(lex, s, rest, pos, slots) } else { None };
            };
            let group = s.groups[g as usize];
            if *first == Elem::Target { slots.target = Some(g) } else { slots.source = Some(g) }
            if let Some(end) = match_after(lex, s, rest, group.end, slots) {
                return Some(end);
            }
            // "asked Turkey, Russia and Iran to meet": the rest of the
            // pattern may follow the whole list the actor opens (a gap
            // does not cross its commas).
            let list_end = s.compound_end(g);
            if let Some(end) = (!rest.is_empty() && list_end > group.end).then(|| match_after(lex, s, rest, list_end, slots)).flatten() {
                return Some(end);
            }
            // "asked Britain, China and possibly some other European
            // countries to lease tankers": past a last member that names
            // no actor.
            let tail_end = s.non_actor_conjunct_end(list_end)?;
            (!rest.is_empty()).then(|| match_after(lex, s, rest, tail_end, slots)).flatten()
        }
        // `^`: past one noun phrase, an actor whole, then as a gap.
        Elem::SkipPhrase => {
            let first = match group_from(s, pos) {
                Some(g) => s.groups[g as usize].end,
                None => pos + 1,
            };
            (first..=pos + lex.gap_limit).take_while(|&e| e <= s.len() && !is_barrier(s, e - 1)).find_map(|e| match_after(lex, s, rest, e, slots))
        }
        // After the verb, `%` is a target that must be a compound: "agrees
        // with the Philippines and France" codes the subject with each.
        Elem::Compound => {
            let g = group_from(s, pos).filter(|&g| s.groups[g as usize].and_next.is_some())?;
            slots.target = Some(g);
            match_after(lex, s, rest, s.compound_end(g), slots)
        }
    }
}

/// Most words of a name that a `+` may stand for when it is no actor
/// ("Mr Hockney", "Rob Callister MHK").
const UNNAMED_TARGET_WORDS: usize = 4;

/// "A spokesman for UKIP called on Mr Hockney to quit", "urged him to
/// resign": where the pattern's own words follow its `+`, those words say
/// what the act is, and the `+` may stand for a person the lexicon does not
/// know: a capitalised name, or "him" or "her". The act is coded without a
/// target rather than not at all. A bare `+` at the end of a pattern, or
/// one followed by a gap, still needs an actor, as does a common noun or
/// "it"/"them" ("prevented the dollar from falling", "asked them to
/// submit"): there the actor is what tells the act from other senses of
/// the verb. PETRARCH's `+` wants an actor.
fn unnamed_target(lex: &Lexicon, s: &Sentence, rest: &[Elem], pos: usize, slots: &mut Slots) -> Option<usize> {
    let spelled_next = matches!(rest.first(), Some(Elem::Word { optional: false, .. } | Elem::Phrases(_)));
    if lex.petrarch_semantics() || !spelled_next || pos >= s.len() {
        return None;
    }
    let person_pronoun = s.is(pos, CueKind::PersonPronoun) && !s.is(pos, CueKind::SubjectPronoun) && !s.is(pos, CueKind::PossessivePronoun);
    let name_end = (pos..(pos + UNNAMED_TARGET_WORDS).min(s.len())).find(|&i| !name_word(s, i)).unwrap_or((pos + UNNAMED_TARGET_WORDS).min(s.len()));
    let end = if person_pronoun { pos + 1 } else { name_end };
    if end == pos {
        return None;
    }
    let found = match_after(lex, s, rest, end, slots)?;
    // A pronoun may still stand for an actor named before, which the
    // roles find.
    slots.unnamed_target = !person_pronoun;
    Some(found)
}

/// A capitalised word that no actor holds and no cue claims: a word of a
/// person's name.
fn name_word(s: &Sentence, i: usize) -> bool {
    let token = s.tokens.get(i);
    token.kind == TokenKind::Word && token.capitalised && s.group_of[i].is_none() && !is_barrier(s, i) && (s.cue_bits[i] == 0 || s.is(i, CueKind::Honorific))
}

/// The group starting at `pos` that is a role noun after its country's
/// adjective ("Japanese reporters") whose noun is one of `words`.
fn role_group_ending_in(s: &Sentence, pos: usize, words: &[WordId]) -> Option<u32> {
    let g = s.group_of.get(pos).copied().flatten()?;
    let group = &s.groups[g as usize];
    (group.start == pos && group.end > pos + 1 && group.role.is_some() && group.role_after_actor && !group.person && words.contains(&s.ids[group.end - 1])).then_some(g)
}

/// "Four rockets had hit the town", "Saudi jets have also struck": the
/// words a pattern spells before its verb stand before the whole verb
/// group, past auxiliaries, negation and adverbs. Not past the "be" of a
/// passive: there the word before is what the act was done to ("suicide
/// bombers were killed").
fn match_before_verb(lex: &Lexicon, s: &Sentence, elems: &[Elem], head: usize, slots: &mut Slots) -> Option<usize> {
    if let Some(start) = match_before(lex, s, elems, head, slots) {
        return Some(start);
    }
    let spelled = matches!(elems.first(), Some(Elem::Word { .. } | Elem::Phrases(_)));
    let group_start = s.verb_group_start(head);
    (spelled && group_start < head && !slots.passive).then(|| match_before(lex, s, elems, group_start, slots)).flatten()
}

/// Matches `elems` (nearest first) leftwards from the head at `head`;
/// returns where the match starts.
pub(crate) fn match_before(lex: &Lexicon, s: &Sentence, elems: &[Elem], head: usize, slots: &mut Slots) -> Option<usize> {
    let Some((first, rest)) = elems.split_first() else { return Some(head) };
    match first {
        Elem::Word { alternatives, optional } => {
            if head > 0 && alternatives.contains(&s.ids[head - 1]) {
                if let Some(start) = match_before(lex, s, rest, head - 1, slots) {
                    return Some(start);
                }
            }
            if *optional { match_before(lex, s, rest, head, slots) } else { None }
        }
        Elem::Phrases(phrases) => phrases.iter().find_map(|ph| {
            let start = head.checked_sub(ph.len())?;
            (same_words(&s.ids[start..head], ph)).then(|| match_before(lex, s, rest, start, slots)).flatten()
        }),
        Elem::Gap => {
            let mut at = head;
            for k in 0..=lex.gap_limit {
                at = before_quote_marks(s, at, slots.head);
                if let Some(start) = match_before(lex, s, rest, at, slots) {
                    return Some(start);
                }
                if k == lex.gap_limit || at == 0 || is_barrier(s, at - 1) {
                    break;
                }
                let next = amount_start(s, at).or_else(|| hyphenated_start(s, at)).unwrap_or(at - 1);
                if let Some(start) = (next + 1..at).rev().find_map(|inner| match_before(lex, s, rest, inner, slots)) {
                    return Some(start);
                }
                at = next;
            }
            None
        }
        Elem::Target | Elem::Source => {
            let g = s.group_of[head.checked_sub(1)?]?;
            if *first == Elem::Target { slots.target = Some(g) } else { slots.source = Some(g) }
            match_before(lex, s, rest, s.groups[g as usize].start, slots)
        }
        Elem::SkipPhrase => {
            let first = match head.checked_sub(1).and_then(|j| s.group_of[j]) {
                Some(g) => s.groups[g as usize].start,
                None => head.checked_sub(1)?,
            };
            (head.saturating_sub(lex.gap_limit)..=first).rev().take_while(|&b| !is_barrier(s, b)).find_map(|b| match_before(lex, s, rest, b, slots))
        }
        Elem::Compound => {
            // "Gondor and Osgiliath have not yet renewed", "the Philippines
            // and the European Union (EU) agree": past auxiliaries, adverbs
            // and a parenthesis to the compound's last member.
            let mut j = s.verb_group_start(head);
            // "Reagan and Mulroney are scheduled to meet": past a phrase of
            // intention and the auxiliaries before it.
            let mut k = j;
            while k > 0 && j - k < 4 && s.is(k - 1, CueKind::Intention) {
                k -= 1;
            }
            if k < j {
                j = s.verb_group_start(k);
            }
            if j > 0 && s.norm(j - 1) == ")" {
                if let Some(open) = (j.saturating_sub(6)..j - 1).rev().find(|&o| s.norm(o) == "(") {
                    j = open;
                }
            }
            // "Shultz and Soviet Foreign Minister Eduard Shevardnaze will
            // meet": past a name the lexicon does not know right after the
            // last member's title.
            // (A name ends with a word: "the UAE - agreed" has a dash.)
            let named = s.before_unknown_name(j);
            if named < j && named > 0 && s.group_of[named - 1].is_some() && s.tokens.get(j - 1).capitalised && s.tokens.get(named).capitalised {
                j = named;
            }
            // "Japan and Australia, which signed a defence pact, conducted
            // naval drills": past a relative clause (not an apposition,
            // which may itself list the doers: "the G-7, the United
            // States, Britain, …, are expected to discuss").
            let aside = s.before_apposition(j);
            let j = if aside < j && s.is(aside + 1, CueKind::Relative) { aside } else { j };
            // "The two countries met in Geneva": a pair named earlier
            // stands for such a list too.
            let g = s.group_of[j.checked_sub(1)?].filter(|&g| s.in_compound(g) || s.groups[g as usize].pair_anaphor)?;
            let first = if s.groups[g as usize].pair_anaphor { g } else { s.compound_head(g) };
            slots.compound = Some(first);
            match_before(lex, s, rest, s.groups[first as usize].start, slots)
        }
    }
}

/// The group starting at `pos` or just after, past determiners and
/// adjectives and counts only: not past a preposition or a verb ("accused of
/// harboring …" has no target right after "accused").
fn group_from(s: &Sentence, pos: usize) -> Option<u32> {
    let number = |k: usize| k < s.len() && s.tokens.get(k).kind == TokenKind::Number;
    let mut reach = TARGET_REACH;
    let mut past_count = false;
    let mut at = pos;
    while at < (pos + reach).min(s.len()) {
        if let Some(g) = s.group_of[at] {
            let group = &s.groups[g as usize];
            if group.start == at {
                // Past the usual reach only for people counted right
                // before them: not "February 22 Paris", "1.87 German".
                let counted = group.role.is_some() && number(at.wrapping_sub(1));
                return (!(past_count || at >= pos + TARGET_REACH) || counted).then_some(g);
            }
        }
        // A count may come before the actor, and takes none of the reach
        // with the words that open it: "killed 12 rebels", "kidnapped up
        // to 16 Russian advisers", "captured a further 200 soldiers".
        if (number(at) || number(at + 1)) && reach < TARGET_REACH + 3 {
            reach += 1;
        }
        let opens = s.is(at, CueKind::Preposition) || s.is(at, CueKind::LocationPrep) || s.is(at, CueKind::Relative);
        // "up to 16": a preposition that opens a count, not a phrase.
        past_count |= opens && number(at + 1);
        let opens_phrase = opens && !number(at + 1);
        // "concerned about continued YPG dominance": a verb's form right
        // after a preposition (not an infinitive's "to") and right before
        // an actor is the actor's adjective, not a verb.
        let attributive = || at > 0 && s.is(at - 1, CueKind::Preposition) && !s.is(at - 1, CueKind::Infinitive) && s.group_of.get(at + 1).is_some_and(Option::is_some);
        if is_barrier(s, at) || s.tokens.get(at).kind == TokenKind::Punct || opens_phrase || (s.verb_like[at] && !attributive()) {
            return None;
        }
        at += 1;
    }
    None
}

/// "130 mln dlr", "$ 1.2 billion", "5.1 million dollars": a number with a
/// currency sign before it or scale and currency words after it, starting
/// at `i`: one past its end.
fn amount_end(s: &Sentence, i: usize) -> Option<usize> {
    let number = |k: usize| k < s.len() && s.tokens.get(k).kind == TokenKind::Number;
    let sign = s.is(i, CueKind::Amount) && number(i + 1);
    let digits = if sign { i + 1 } else { i };
    if !number(digits) {
        return None;
    }
    let mut end = digits + 1;
    while end < s.len() && s.is(end, CueKind::Amount) && end < digits + 4 {
        end += 1;
    }
    (end - i >= 2).then_some(end)
}

/// The start of the amount that ends right before `end`.
fn amount_start(s: &Sentence, end: usize) -> Option<usize> {
    let mut k = end;
    while k > 0 && end - k < 3 && s.is(k - 1, CueKind::Amount) && s.tokens.get(k - 1).kind != TokenKind::Number {
        k -= 1;
    }
    let digits = k.checked_sub(1).filter(|&d| s.tokens.get(d).kind == TokenKind::Number)?;
    let start = if digits > 0 && s.is(digits - 1, CueKind::Amount) { digits - 1 } else { digits };
    (end - start >= 2 && amount_end(s, start) == Some(end)).then_some(start)
}

/// "five-year", "long-range": words joined by hyphens, with no space, are
/// one word of a gap. One past the end of such a word starting at `i`.
fn hyphenated_end(s: &Sentence, i: usize) -> Option<usize> {
    let mut end = i + 1;
    while s.hyphen_joins(end) {
        end += 2;
    }
    (end > i + 1).then_some(end)
}

/// The start of the hyphenated word that ends right before `end`.
fn hyphenated_start(s: &Sentence, end: usize) -> Option<usize> {
    let mut start = end.checked_sub(1)?;
    while start >= 2 && s.hyphen_joins(start - 1) {
        start -= 2;
    }
    (start < end - 1).then_some(start)
}

/// How many words a quotation inside a gap may hold ("dropped the
/// “mother of all bombs” on").
const SHORT_QUOTE_WORDS: usize = 6;

/// The other mark of the short quotation whose quote mark is at `i`: at
/// most `SHORT_QUOTE_WORDS` words away, with no punctuation a gap may not
/// cross between.
fn short_quote_partner(s: &Sentence, i: usize) -> Option<usize> {
    let mark = |k: usize| s.norm(k) == "\"";
    if i >= s.len() || !mark(i) {
        return None;
    }
    let forward = (i + 1..(i + 2 + SHORT_QUOTE_WORDS).min(s.len())).take_while(|&k| mark(k) || !is_barrier(s, k)).find(|&k| mark(k));
    let backward = (i.saturating_sub(SHORT_QUOTE_WORDS + 1)..i).rev().take_while(|&k| mark(k) || !is_barrier(s, k)).find(|&k| mark(k));
    forward.filter(|&k| k > i + 1).or(backward.filter(|&k| k + 1 < i))
}

/// Past the quote marks at `at` of short quotations that lie after the
/// pattern's head: in a gap they are neither words nor a barrier. A
/// quotation the head stands in is not left ("are “famous for staging
/// attacks” in").
fn past_quote_marks(s: &Sentence, mut at: usize, head: usize) -> usize {
    while short_quote_partner(s, at).is_some_and(|p| p > head) {
        at += 1;
    }
    at
}

/// Before the quote marks of short quotations that end right before `at`
/// and lie before the pattern's head.
fn before_quote_marks(s: &Sentence, mut at: usize, head: usize) -> usize {
    while at > 0 && short_quote_partner(s, at - 1).is_some_and(|p| p < head) {
        at -= 1;
    }
    at
}

/// Punctuation a gap may not cross.
fn is_barrier(s: &Sentence, i: usize) -> bool {
    s.barrier.get(i).copied().unwrap_or(true)
}

/// How many words before a passive's "be" may hold the pattern's object
/// word ("Humanitarian aid from the European Union was sent to …").
const PASSIVE_SUBJECT_WORDS: usize = 6;

/// "Aid was sent to Sudan by the European Community", "Sanctions were
/// imposed on Iran": in the passive the pattern's object word (`[send] ...
/// aid ... to +`) has moved into the subject, before the form of "be".
/// Then the rest of the pattern after that word (and the gaps around it)
/// is what must follow the verb, with the actor right before the word as
/// the doer ("US sanctions were lifted on +", "Japanese aid"). The rest
/// must still place the target: a pattern that ends with its object word
/// ("[close] ... offices") would read any passive subject that shares the
/// word ("government offices were closed") as the act. A function word
/// ("to" in "expected to be told") is no object. Also returns the word's
/// position and the "be"'s.
fn object_word_in_subject<'a>(s: &Sentence, head: usize, after: &'a [Elem]) -> Option<(&'a [Elem], Option<u32>, usize, usize)> {
    let (alternatives, rest) = leading_object_word(after)?;
    let be = (head.saturating_sub(3)..head).rev().find(|&j| s.is(j, CueKind::BeForm))?;
    let function_word = |j: usize| FUNCTION_WORDS.iter().any(|&kind| s.is(j, kind));
    let word = (be.saturating_sub(PASSIVE_SUBJECT_WORDS)..be)
        .rev()
        .take_while(|&j| !is_barrier(s, j))
        .find(|&j| alternatives.contains(&s.ids[j]) && !function_word(j))?;
    let owner = word.checked_sub(1).and_then(|j| s.group_of[j]);
    Some((rest, owner, word, be))
}

/// The pattern's object word right before a participle ("the arms
/// embargo imposed on China"), as [`object_word_in_subject`] reads it
/// before "was": the rest of the pattern, which must still place the
/// target, and the actor owning the word ("Japanese tariffs imposed on").
fn object_word_before<'a>(s: &Sentence, head: usize, after: &'a [Elem]) -> Option<(&'a [Elem], Option<u32>)> {
    let (alternatives, rest) = leading_object_word(after)?;
    let word = head.checked_sub(1)?;
    // "a complaint that alleged …": a relative pronoun is no object.
    let function_word = FUNCTION_WORDS.iter().chain(&[CueKind::Relative, CueKind::Demonstrative]).any(|&kind| s.is(word, kind));
    // "The United States rallied its allies": a word of an actor's name
    // is no object.
    if !alternatives.contains(&s.ids[word]) || function_word || s.group_of[word].is_some() {
        return None;
    }
    let owner = word.checked_sub(1).and_then(|j| s.group_of[j]);
    Some((rest, owner))
}

/// A pattern's first word after its head (past a gap) when the rest still
/// places the target: its spellings, and the rest past any gap.
fn leading_object_word<'a>(after: &'a [Elem]) -> Option<(&'a [WordId], &'a [Elem])> {
    let past_gap = |e: &'a [Elem]| if e.first() == Some(&Elem::Gap) { &e[1..] } else { e };
    let Some((Elem::Word { alternatives, optional: false }, rest)) = past_gap(after).split_first() else { return None };
    rest.contains(&Elem::Target).then(|| (&alternatives[..], past_gap(rest)))
}

/// Cue kinds of words that are never a pattern's moved object, nor part of
/// a noun phrase (`groups::ends_its_phrase`).
pub(crate) const FUNCTION_WORDS: [CueKind; 7] = [
    CueKind::Preposition,
    CueKind::LocationPrep,
    CueKind::Subordinator,
    CueKind::Auxiliary,
    CueKind::BeForm,
    CueKind::Conjunction,
    CueKind::Negation,
];

/// "was expelled", "have been accused", "was reportedly seized": a form of
/// "be" shortly before a past participle.
fn is_passive(s: &Sentence, head: usize) -> bool {
    is_passive_after_be(s, head) || headline_passive(s, head)
}

/// Most tokens of a headline read as a passive without its "was".
const MAX_HEADLINE_TOKENS: usize = 14;

/// "British soldier arrested in Turkey", "Curfew lifted in Kathmandu",
/// "Bosnian Serb leader charged with genocide": a headline (a short
/// sentence with no closing punctuation) drops the "was" of a passive. A
/// participle-like word right after a noun phrase (an actor, or a word
/// that is no cue) and before a preposition, or at the end, reads as one.
fn headline_passive(s: &Sentence, head: usize) -> bool {
    let n = s.len();
    if n > MAX_HEADLINE_TOKENS || head == 0 || !s.participle_like[head] {
        return false;
    }
    let closed = s.tokens.get(n - 1).kind == TokenKind::Punct;
    let after_noun = s.group_of[head - 1].is_some() || (s.tokens.get(head - 1).kind == TokenKind::Word && s.cue_bits[head - 1] == 0 && !s.verb_like[head - 1]);
    let before_phrase = head + 1 == n || [CueKind::Preposition, CueKind::LocationPrep, CueKind::PassiveAgent].into_iter().any(|k| s.is(head + 1, k));
    !closed && after_noun && before_phrase
}

fn is_passive_after_be(s: &Sentence, head: usize) -> bool {
    let mut j = head;
    for _ in 0..3 {
        if j == 0 {
            return false;
        }
        j -= 1;
        if s.is(j, CueKind::BeForm) {
            return true;
        }
        let adverb_like = s.adverb_like[j] || s.is(j, CueKind::Negation) || s.is(j, CueKind::Hedge);
        if !adverb_like {
            return false;
        }
    }
    false
}
