//! Who says so: "according to …", "X said", "X told …".

use sitrep_lexicon::{CueKind, Lexicon};
use sitrep_model::AttributionKind;
use sitrep_text::TokenKind;

use crate::sentence::{SegmentKind, Sentence};
use crate::tree::Tree;

/// A speaker phrase longer than this is a clause the parse mistook for a
/// subject, not a speaker.
const MAX_SPEAKER_TOKENS: usize = 12;

/// The source of a sentence's claims: a token range and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub start: usize,
    pub end: usize,
    pub kind: AttributionKind,
    /// The speech verb ("said", "told"), when a verb introduces the source
    /// (not "according to …"): the parse decides which events it covers.
    pub verb: Option<usize>,
    /// The speech verb is itself an event ("Iran warned that it would
    /// retaliate"): it covers only its complement clause, never a clause
    /// it hangs from as a parenthetical or one the parser hung below it.
    pub event_verb: bool,
    /// The words of the parse (the first 128) the lexicon reads as a
    /// complementizer ("that", "que"): a clause one opens is what the
    /// speech verb says, however the parse labels it.
    pub complementizers: u128,
}

/// Every source the sentence names, into `out`: the "according to …"
/// phrase alone when there is one, else each speech verb with its speaker,
/// in sentence order (an event takes the outermost one that reports it:
/// see [`source_for`]).
pub fn find_sources(lex: &Lexicon, s: &Sentence, tree: &Tree, out: &mut Vec<Source>) {
    out.clear();
    let intro = according_to(lex, s);
    for i in 0..s.len() {
        // "Speaking to reporters, …": the intro's own verb is no speaker's.
        if intro.is_some_and(|(_, at)| occasion_intro(s, at) && i == at) {
            continue;
        }
        if let Some(src) = speech_verb_source(lex, s, tree, i) {
            out.push(src);
        }
    }
    // "Speaking to Parliament on his first day …, Mr Clarke said", "Mr
    // Clarke, writing in The Times, accused …", "In a statement it said
    // …": an intro that opens with a preposition or a speech verb names
    // the occasion or the outlet, not who speaks: a speech verb's speaker
    // or the clause's own doer does. Only one that closes the sentence
    // with nobody else named stands ("…, in a statement by the ministry").
    // "According to …" names the source itself.
    // "Deliveroo says it is quitting Australia, citing tough economic
    // conditions": a cited phrase that names nobody gives a reason, not a
    // source, beside a speaker who does.
    let closes_sentence = |src: &Source| (src.end..s.len()).all(|k| matches!(s.norm(k), "." | "\"" | "!" | "?"));
    let names_nobody = |src: &Source| out.iter().any(|o| o.end <= src.start) && !names_someone(lex, s, src.start, src.end);
    match intro {
        Some((src, at)) if (!occasion_intro(s, at) && !names_nobody(&src)) || (at > 0 && out.is_empty() && closes_sentence(&src)) => {
            out.clear();
            out.push(src);
        }
        _ => {}
    }
}

/// Whether the words `start..end` name someone: an actor, a sourcing word
/// ("witnesses", "a family member", "state media"), a capitalised word
/// that is no date.
fn names_someone(lex: &Lexicon, s: &Sentence, start: usize, end: usize) -> bool {
    (start..end).any(|i| s.group_of[i].is_some() || is_source_word(s, i) || (s.tokens.get(i).capitalised && !is_date_part(lex, s, i)))
}

/// Whether token `i` is a word that names a source without naming who
/// ("witnesses", "state media", "a report", "spokesman").
fn is_source_word(s: &Sentence, i: usize) -> bool {
    [CueKind::AnonymousSource, CueKind::MediaSource, CueKind::DocumentSource, CueKind::OfficialTitle].into_iter().any(|k| s.is(i, k))
}

/// Whether token `i` is any word a date phrase is built of ("on", "last",
/// "week", "Friday").
fn is_date_part(lex: &Lexicon, s: &Sentence, i: usize) -> bool {
    lex.dates.iter().any(|d| d.words.iter().any(|w| w.eq_ignore_ascii_case(s.norm(i))))
}

/// Whether the attribution intro at token `i` names an occasion ("in a
/// statement", "speaking to", "writing in"), not a source ("according
/// to", "citing", "quoted by", "as reported by").
fn occasion_intro(s: &Sentence, i: usize) -> bool {
    let end = s.cue_at(i, CueKind::AttributionIntro).unwrap_or(i + 1);
    (s.is(i, CueKind::LocationPrep) || s.is(i, CueKind::SpeechVerb)) && !(i..end).any(|k| s.is(k, CueKind::PassiveAgent))
}

/// The source an event at coder token `trigger` is credited to: with a
/// parse, the outermost speech verb that reports it ("A said B accused C":
/// A, for B's accusation too); without one, the sentence's first source.
pub fn source_for(sources: &[Source], tree: &Tree, trigger: usize) -> Option<Source> {
    if !tree.is_parsed() {
        return sources.first().copied();
    }
    let t = tree.trigger_word(trigger);
    sources
        .iter()
        .filter(|src| {
            src.verb.is_none_or(|v| {
                let v = tree.word(v);
                if src.event_verb {
                    tree.in_complement_of(v, t) || in_own_clause_after(tree, src, v, t) || closes_sentence_as_report(tree, src, v, t)
                } else {
                    tree.reports(v, t) || closes_sentence_as_report(tree, src, v, t)
                }
            })
        })
        .min_by_key(|src| src.verb.map_or(0, |v| tree.depth(tree.word(v))))
        .copied()
}

/// Whether the event at word `t` lies in what the speech-act verb at word
/// `v` says, however the parse hangs it, right of the verb: "told the
/// nation he was resigning" (read as a relative clause of "nation"),
/// "urged Iran to stop", "accused Kiev of shelling". Not its subject, not
/// a clause conjoined to it ("warned … and launched"), a parenthetical, or an
/// adverbial clause a subordinator opens ("warned … after Israel struck"):
/// those are the writer's.
fn in_own_clause_after(tree: &Tree, src: &Source, v: usize, t: usize) -> bool {
    let a = &tree.analysis;
    if t <= v {
        return false;
    }
    let Some(top) = tree.dependent_toward(v, t) else { return false };
    let complementizer = |c: usize| c < 128 && src.complementizers >> c & 1 == 1;
    let opened_by_subordinator = a.children(top).any(|c| a.universal_deprel(c) == "mark" && a.upos(c) == "SCONJ" && !complementizer(c));
    match a.universal_deprel(top) {
        "ccomp" | "xcomp" | "obj" | "iobj" | "obl" => true,
        "advcl" => !opened_by_subordinator,
        _ => false,
    }
}

/// "A 50 pct cut … should help boost exports, a spokesman for the
/// importers told Reuters.": a speech verb whose phrase closes the
/// sentence after a comma reports what comes before, even with an object
/// of its own (who was told) that [`Tree::reports`] reads as a complement.
/// Not one with a clause of its own ("…, which it says are …", "…, and
/// said that …").
fn closes_sentence_as_report(tree: &Tree, src: &Source, v: usize, t: usize) -> bool {
    let a = &tree.analysis;
    // Its speaker stands in the closing phrase ("…, a spokesman told
    // Reuters", "…, said an official"); "He was questioned …, saying …"
    // reports only its own words.
    if tree.dominates(v, t) || t >= v || tree.word(src.start) <= t {
        return false;
    }
    let clause_of_its_own = a.children(v).any(|c| matches!(a.universal_deprel(c), "ccomp" | "xcomp" | "mark" | "cc") || (a.upos(c) == "PRON" && c < v && a.universal_deprel(c) == "obj"));
    if clause_of_its_own {
        return false;
    }
    let first = (0..v).find(|&w| a.upos(w) != "PUNCT" && tree.dominates(v, w)).unwrap_or(v);
    let rest_is_the_verbs = (v + 1..a.len()).all(|w| a.upos(w) == "PUNCT" || tree.dominates(v, w));
    // No other verb between the speaker and its verb (a parse subject
    // from an earlier clause is none of this phrase's).
    let speaker_next_to_verb = src.verb.is_some_and(|verb| (src.start..verb).all(|k| !tree.reads_as_verb(k)));
    rest_is_the_verbs && speaker_next_to_verb && first > t + 1 && a.form(first - 1) == "," && (t..first - 1).all(|w| !tree.dominates(v, w))
}

/// "According to intelligence reports and multiple sources, …": the
/// source and the token its intro starts at.
fn according_to(lex: &Lexicon, s: &Sentence) -> Option<(Source, usize)> {
    for seg in &s.segments {
        if seg.kind == SegmentKind::Attribution {
            let start = s.cue_at(seg.start, CueKind::AttributionIntro).unwrap_or(seg.start);
            // "de source sécuritaire": a source word the intro ends on
            // begins the source ("source sécuritaire").
            let source_word = |c: &&crate::sentence::Cue| seg.start < c.start && c.start < start && c.end > start && [CueKind::AnonymousSource, CueKind::MediaSource].into_iter().any(|k| Lexicon::has_cue(c.kinds, k));
            let start = s.cues.iter().filter(source_word).map(|c| c.start).min().unwrap_or(start);
            // "In a statement on Friday, the minister said": an intro
            // followed only by a date ("on Friday", "issued last week")
            // names nobody and leaves the speaker to the speech verb; "a
            // family member" or "witnesses" is a source.
            let only_a_date = !names_someone(lex, s, start, seg.end) && (start..seg.end).any(|i| is_date_part(lex, s, i));
            if start < seg.end && !only_a_date {
                return Some((Source { start, end: seg.end, kind: kind_of(lex, s, start, seg.end), verb: None, event_verb: false, complementizers: 0 }, seg.start));
            }
        }
    }
    None
}

/// Whether token `i` names a day the lexicon knows ("Friday", "March",
/// "yesterday"), whether or not the document's date lets the resolver
/// place it. Not the numbers and modifiers a date phrase is built of ("a",
/// "this", "first"), nor "may" the modal.
fn is_date_word(lex: &Lexicon, s: &Sentence, i: usize) -> bool {
    lex.dates.iter().any(|d| {
        let names_a_day = matches!(d.kind.as_str(), "weekday" | "relative_day") || (d.kind == "month" && s.tokens.get(i).capitalised);
        names_a_day && d.words.iter().any(|w| w.eq_ignore_ascii_case(s.norm(i)))
    })
}

/// "X said", "X told reporters", "said X": the speaker of the speech verb
/// at token `i`, if it is one.
fn speech_verb_source(lex: &Lexicon, s: &Sentence, tree: &Tree, i: usize) -> Option<Source> {
    // "is said to", "was told", "was initially told": a hedge or a
    // passive, not a speaker.
    let before_adverbs = (0..i).rev().find(|&k| !s.adverb_like[k]);
    let passive = before_adverbs.is_some_and(|k| s.is(k, CueKind::BeForm));
    // "Bolton's added condition", "the reported deaths": a speech verb's
    // participle describing a noun speaks of nothing.
    let modifier = tree.is_parsed() && tree.analysis.universal_deprel(tree.word(i)) == "amod";
    // A speech verb that is itself an event ("Iran warned that it would
    // retaliate", "told Turkey that …") credits its speaker only with its
    // complement clause (`Source::event_verb`).
    let event = s.matches.iter().any(|m| m.head == i && lex.patterns[m.pattern as usize].cameo.is_some());
    if !s.is(i, CueKind::SpeechVerb) || passive || modifier {
        return None;
    }
    // The parse names the speaker: the speech verb's subject, wherever
    // it stands. It is believed where the words around the verb find
    // no speaker ("Analysts said", "it said") or only part of the one
    // it names ("A report in the Economic Observer said", "a senior
    // administration official said"); otherwise the words are.
    let parsed = tree
        .is_parsed()
        .then(|| {
            let w = tree.word(i);
            tree.subject_tokens(w, usize::MAX).or_else(|| tree.shared_subject_tokens(w, usize::MAX)).and_then(|subject| up_to_apposition(s, tree, subject))
        })
        .flatten()
        .filter(|&(start, end, _)| {
            // "officials who said", "whose militia … said": a phrase
            // opened by a relative pronoun names nobody.
            // ("That report said": "that" as a determiner does.)
            let relative_pronoun = s.is(start, CueKind::Relative) && (end - start == 1 || !s.is(start, CueKind::Demonstrative));
            !(start..end).contains(&i) && !relative_pronoun
        });
    // "The Turkish leader, Recep Tayyip Erdogan, said in a phone call
    // with …": words after a comma-closed subject are no speaker when the
    // parse puts the verb's subject before it (after a closing quotation
    // mark, "said X" is the speaker).
    let after_apposition = i > 0 && s.norm(i - 1) == "," && parsed.is_some_and(|(start, _, _)| start < i);
    // "…, a rapporté l'AFP": an auxiliary right after the comma opens an
    // inverted clause whose speaker follows; the words before it are what
    // is reported.
    let words = if inverted_after_comma(s, tree, i) {
        speaker_after(lex, s, tree, i).or_else(|| speaker_before(lex, s, tree, i))
    } else {
        speaker_before(lex, s, tree, i).or_else(|| speaker_after(lex, s, tree, i).filter(|_| !after_apposition))
    };
    // "The pair spent four days in a hospital, claiming …": words with a
    // verb of a clause in them are that clause, not a speaker; its
    // subject ("The pair") is, and no other subject the parse offers.
    let clause_verb = words.and_then(|(ws, we)| (ws..we).find(|&k| tree.is_parsed() && tree.reads_as_verb(k) && tree.has_active_subject(k)));
    let (words, parsed) = match clause_verb {
        Some(k) => (None, tree.subject_tokens(tree.word(k), MAX_SPEAKER_TOKENS).filter(|&(ps, pe, _)| words.is_some_and(|(ws, _)| ws <= ps && pe <= k))),
        None => (words, parsed),
    };
    // "…, which rejected a tentative contract Saturday, Cominco spokesman
    // Richard Fish said": a parse subject that runs back past a comma
    // before the words found is a misparse of the words.
    let comma_before = |ps: usize, ws: usize| (ps..ws).any(|k| s.norm(k) == ",");
    let speaker = match (words, parsed) {
        (Some((ws, we)), Some((ps, pe, proper))) if ps <= ws && we <= pe && !comma_before(ps, ws) => Some((ps, pe, proper)),
        (Some((ws, we)), _) => Some((ws, we, false)),
        (None, parsed) => parsed,
    };
    let speaker = speaker.map(|(start, end, proper)| (past_clause_opener(s, start, end), end, proper));
    // "…, a-t-il déclaré", "…, estime-t-elle": the pronoun written into
    // the verb is its speaker, whatever the words around or the parse say.
    let speaker = inverted_pronoun(s, i).map(|k| (k, k + 1, false)).or(speaker);
    if let Some((start, end, proper_name)) = speaker {
        let kind = match kind_of(lex, s, start, end) {
            // "Jolie said": a name the lexicon lacks.
            AttributionKind::Anonymous if proper_name => AttributionKind::NamedActor,
            kind => kind,
        };
        return Some(Source { start, end, kind, verb: Some(i), event_verb: event, complementizers: complementizer_words(s, tree) });
    }
    None
}

/// A parse subject as a speaker phrase: itself when at most
/// `MAX_SPEAKER_TOKENS` long, else its words before the first comma ("Ryan
/// Dillon, spokesman for Operation Inherent Resolve, the Baghdad-based
/// coalition of anti-Isis forces, … said": Ryan Dillon), when that is short
/// enough; a longer phrase is a clause taken for a subject.
fn up_to_apposition(s: &Sentence, tree: &Tree, (start, end, proper): (usize, usize, bool)) -> Option<(usize, usize, bool)> {
    if end - start <= MAX_SPEAKER_TOKENS {
        return Some((start, end, proper));
    }
    let comma = (start..end).find(|&k| s.norm(k) == ",")?;
    // The subject's head must come before the comma ("Earlier this month,
    // a cross-party group …" misparsed as one subject is no "this month").
    let inside = |k: usize| (start..end).contains(&tree.token(k));
    let head_before_comma = (0..tree.analysis.len()).any(|w| inside(w) && tree.token(w) < comma && !tree.analysis.head(w).is_some_and(inside));
    // And the words before it name someone: an actor, a name, a source.
    let names = (start..comma).any(|k| s.group_of[k].is_some() || is_source_word(s, k) || tree.analysis.upos(tree.word(k)) == "PROPN");
    (head_before_comma && names && comma > start && comma - start <= MAX_SPEAKER_TOKENS).then_some((start, comma, proper))
}

/// Where a speaker phrase `start..end` begins past the subordinator,
/// preposition or conjunction a parse or the words may take in ("… after
/// Europe's central aviation agency warned", "… and union officials said").
fn past_clause_opener(s: &Sentence, start: usize, end: usize) -> usize {
    let opener = |k: usize| [CueKind::Subordinator, CueKind::Preposition, CueKind::LocationPrep, CueKind::Conjunction].into_iter().any(|c| s.is(k, c));
    // "BAHRAIN - Iran reported …": a dateline in capitals and its dash
    // open the sentence, not the speaker's name.
    let dateline_end = (start == 0).then(|| (0..end).find(|&k| s.norm(k) == "-")).flatten().filter(|&dash| {
        dash > 0 && dash + 1 < end && (0..dash).all(|k| s.tokens.get(k).all_caps || s.tokens.get(k).kind != TokenKind::Word)
    });
    let start = dateline_end.map_or(start, |dash| dash + 1);
    (start..end).find(|&k| !opener(k)).unwrap_or(start)
}

/// The noun phrase right before a speech verb: a group, or words back to a
/// comma or the sentence start ("intelligence sources", "an official").
fn speaker_before(lex: &Lexicon, s: &Sentence, tree: &Tree, verb: usize) -> Option<(usize, usize)> {
    let mut end = verb;
    while end > 0 && s.adverb_like[end - 1] {
        end -= 1; // "X reportedly said"
    }
    // "…, the TUC has said": an auxiliary stands between a named speaker
    // and the verb (only before a group: "Mr Yushchenko - keen to reassure
    // investors - had said" is read as before).
    let mut past_auxiliaries = end;
    while past_auxiliaries > 0 && (s.adverb_like[past_auxiliaries - 1] || s.is(past_auxiliaries - 1, CueKind::Auxiliary)) {
        past_auxiliaries -= 1;
    }
    // (Not after a list with commas, "Turkey, the UN and aid groups have
    // warned": the parse's subject names all of it; nor where the parse
    // makes the group another verb's subject: "saying Mr Oaten had
    // initially said" hangs "Mr Oaten" on "saying".)
    let listed_with_commas = |g: u32| (s.groups[s.compound_head(g) as usize].start..s.groups[g as usize].start).any(|k| s.norm(k) == ",");
    let parse_agrees = |g: u32| {
        let group = &s.groups[g as usize];
        let subject_of_another_verb = |k: usize| {
            let a = &tree.analysis;
            // From a word of the name to the head of its phrase ("Mr Oaten").
            let mut w = tree.word(k);
            while matches!(a.universal_deprel(w), "flat" | "compound") {
                let Some(h) = a.head(w) else { break };
                w = h;
            }
            a.universal_deprel(w) == "nsubj" && a.head(w) != Some(tree.word(verb))
        };
        !tree.is_parsed() || !(group.start..group.end).any(subject_of_another_verb)
    };
    if past_auxiliaries < end && past_auxiliaries > 0 && s.group_of[past_auxiliaries - 1].is_some_and(|g| !listed_with_commas(g) && parse_agrees(g)) {
        end = past_auxiliaries;
    }
    if end == 0 {
        return None;
    }
    if let Some(g) = s.group_of[end - 1] {
        // "Britain and West Germany have insisted": the whole list speaks
        // (not across a comma: "… is in Damascus, and diplomats said").
        let start = if listed_with_commas(g) { s.groups[g as usize].start } else { s.groups[s.compound_head(g) as usize].start };
        // "A source close to the DRC presidency said": the anonymous
        // source whose circle the group names is the speaker.
        let article = start > 0 && s.is(start - 1, CueKind::Demonstrative);
        let reach = if article { start - 1 } else { start };
        let circle = s.cues.iter().filter(|c| c.end == reach && Lexicon::has_cue(c.kinds, CueKind::AnonymousSource)).map(|c| c.start).min();
        return Some((circle.unwrap_or(start), end));
    }
    // "Jordanian Prime Minister Zaid al-Rifa'i said": a title group, then a
    // name the lexicon lacks.
    let name_start = s.before_unknown_name(end);
    if name_start < end {
        if let Some(g) = name_start.checked_sub(1).and_then(|k| s.group_of[k]) {
            return Some((s.groups[g as usize].start, end));
        }
        // "Charity boss Gordon Lishman said": a name of two words or more
        // the lexicon lacks, at the sentence's start or after the common
        // noun it stands in apposition to; not the end of a longer phrase
        // ("a member of Cherie Blair's Matrix Chambers says", "a report in
        // the China-published Economic Observer said").
        let all_capitalised = (name_start..end).all(|k| s.tokens.get(k).capitalised);
        let title_noun = |k: usize| !s.tokens.get(k).capitalised && tree.is_parsed() && tree.analysis.upos(tree.word(k)) == "NOUN" && !(k > 0 && [CueKind::Preposition, CueKind::LocationPrep, CueKind::RoleLink].into_iter().any(|c| s.is(k - 1, c)));
        if end - name_start >= 2 && all_capitalised && (name_start == 0 || title_noun(name_start - 1)) {
            // With the noun when it says whose the person is: "Tass
            // commentator Mikhail Krutikhin", "Charity boss Gordon Lishman".
            let Some(title) = name_start.checked_sub(1) else { return Some((name_start, end)) };
            let owner = title.checked_sub(1).and_then(|k| s.group_of[k].map(|g| s.groups[g as usize].start).or(s.is(k, CueKind::MediaSource).then_some(k)));
            return Some((owner.unwrap_or(name_start), end));
        }
    }
    // "Ratmansky, who grew up in Ukraine, told …", "A Boeing spokesman,
    // contacted at the firm's headquarters in Seattle, Washington, told":
    // the phrase that opens the clause, before phrases set off by commas.
    if s.norm(end - 1) == "," {
        // "…, Rex Tillerson, said on Wednesday.": nothing after the verb
        // but a phrase naming nobody.
        let closing = (verb + 1..s.len()).all(|k| !s.verb_like[k] && s.group_of[k].is_none() && !s.is(k, CueKind::SubjectPronoun));
        if let Some(speaker) = speaker_before_set_off_phrases(lex, s, end - 1, closing) {
            return Some(speaker);
        }
    }
    let mut start = end;
    while start > 0 && start + 4 > end {
        let w = s.norm(start - 1);
        if matches!(w, "," | ";" | ":" | "\"") || s.is(start - 1, CueKind::Relative) {
            break;
        }
        // "Russia denied the report and said …": the speaker is the
        // subject of the first verb, not the words of its object.
        // ("trade sources said": a word that may be a verb's form is one
        // only where the parse reads it so.)
        let verb = s.verb_like[start - 1] && (!tree.is_parsed() || tree.reads_as_verb(start - 1) || tree.analysis.upos(tree.word(start - 1)) == "AUX");
        if s.is(start - 1, CueKind::Conjunction) || verb {
            let first = s.groups.first().filter(|g| g.start == 0 || (0..g.start).all(|i| s.is(i, CueKind::Demonstrative)));
            return first.map(|g| (g.start, g.end));
        }
        start -= 1;
    }
    let has_source_word = (start..end).any(|i| {
        s.is(i, CueKind::AnonymousSource) || s.is(i, CueKind::MediaSource) || s.is(i, CueKind::DocumentSource)
    });
    has_source_word.then_some((start, end))
}

/// Left of the comma at `comma` (right before a speech verb), past phrases
/// set off by commas (appositions, relative and participle clauses, "who
/// grew up in Ukraine"), to the phrase that opens the clause: a group or a
/// capitalised name at most `MAX_SPEAKER_TOKENS` long. When a phrase on
/// the way is a clause of its own, the leftmost set-off phrase after it
/// that names someone, for a speech verb `closing` the sentence ("…,
/// the secretary of state, Rex Tillerson, said."), else None ("Inside
/// Afrin, a group of students praised …, insisting": nobody speaks there).
fn speaker_before_set_off_phrases(lex: &Lexicon, s: &Sentence, comma: usize, closing: bool) -> Option<(usize, usize)> {
    let clause_start = |i: usize| i == 0 || matches!(s.norm(i - 1), "\"" | ":" | ";");
    let no_verb = |a: usize, b: usize| (a..b).all(|i| !s.verb_like[i]);
    let set_off = |a: usize, b: usize| a < b && (s.is(a, CueKind::Relative) || s.participle_like[a] || no_verb(a, b));
    // "In a disturbing interview this week, Jürgen Stock, …, said", "On
    // Friday, Frank Bottini, …, told": an opening adverbial is no speaker;
    // the phrase after it is.
    // A date ("On Friday") makes the phrase a time: one the resolver
    // placed, or, in an undated document it cannot place, a date word in
    // a phrase that names nobody ("Mr Musk on Friday" names someone).
    let names_nobody = |a: usize, b: usize| (a..b).all(|i| s.group_of[i].is_none() && (i == a || !s.tokens.get(i).capitalised || is_date_word(lex, s, i)));
    let dated = |a: usize, b: usize| s.dates.iter().any(|d| a <= d.start && d.end <= b) || ((a..b).any(|i| is_date_word(lex, s, i)) && names_nobody(a, b));
    let adverbial = |a: usize, b: usize| [CueKind::Preposition, CueKind::LocationPrep, CueKind::Subordinator, CueKind::AttributionIntro].into_iter().any(|k| s.is(a, k)) || s.adverb_like[a] || dated(a, b);
    let speaker = |a: usize, b: usize| {
        let a = (a..b).find(|&i| !s.is(i, CueKind::Conjunction)).unwrap_or(a);
        // A group, or a name: two capitalised words ("Ross McKinnon"), or
        // one where a capital proves something ("…,” Ratmansky, who …");
        // one capital may only open the sentence ("As a result").
        let names = (a..b).any(|i| s.group_of[i].is_some())
            || (a..b).filter(|&i| s.tokens.get(i).capitalised).count() >= 2
            || (s.tokens.get(a).capitalised && !opens_sentence_or_quote(s, a));
        (a < b && b - a <= MAX_SPEAKER_TOKENS && names && no_verb(a, b)).then_some((a, b))
    };
    let mut end = comma;
    let mut after: Option<(usize, usize)> = None;
    // The leftmost set-off phrase that names someone: "…, the secretary
    // of state, Rex Tillerson, said on Wednesday." (a clause before them).
    let mut named: Option<(usize, usize)> = None;
    for _ in 0..4 {
        let start = (end.saturating_sub(2 * MAX_SPEAKER_TOKENS)..end).rev().find(|&i| clause_start(i) || s.norm(i - 1) == ",")?;
        if clause_start(start) {
            return match after {
                Some((a, b)) if adverbial(start, end) => speaker(a, b).filter(|_| !s.is(a, CueKind::Relative)),
                _ if adverbial(start, end) => None,
                _ => speaker(start, end),
            };
        }
        if !set_off(start, end) {
            // Only a speech verb that closes the sentence has its speaker
            // between it and the clause it reports.
            return named.filter(|_| closing);
        }
        after = Some((start, end));
        if !s.is(start, CueKind::Relative) {
            named = speaker(start, end).or(named);
        }
        end = start - 1;
    }
    None
}

/// "…, said Ahmed Ali, a spokesman": the phrase after the verb, to a comma.
/// Not a time or a place ("…, said on Wednesday", "…, said in Ankara"):
/// a phrase the parse opens with a preposition, or a date naming nobody.
fn speaker_after(lex: &Lexicon, s: &Sentence, tree: &Tree, verb: usize) -> Option<(usize, usize)> {
    // "…, a déclaré le ministre": past the auxiliaries of the verb.
    let opens = if inverted_after_comma(s, tree, verb) { past_auxiliaries(s, verb) } else { verb };
    if opens == 0 || !matches!(s.norm(opens - 1), "," | "\"") {
        return None;
    }
    // "…, a affirmé à l'AFP un responsable", "…, a déclaré mardi le
    // ministre": past the phrases of whom it was told and when, the
    // speaker the parse hangs on the verb after them.
    let addressed = addressed_speaker(s, tree, verb);
    let inverted = opens < verb || addressed.is_some();
    let start = addressed.unwrap_or(verb + 1);
    // "…, confirmed by multiple rebel officials": a passive's doer.
    let start = if start < s.len() && s.is(start, CueKind::PassiveAgent) { start + 1 } else { start };
    let preposition = start < s.len() && (s.is(start, CueKind::Preposition) || s.is(start, CueKind::LocationPrep) || (tree.is_parsed() && tree.analysis.upos(tree.word(start)) == "ADP"));
    let phrase = || (start..s.len()).take_while(|&k| !matches!(s.norm(k), "," | "." | ";"));
    let date = phrase().any(|k| is_date_word(lex, s, k) && s.group_of[k].is_none());
    // "…, saying no U.S. official was involved", "…, telling reporters":
    // what a participle clause says or whom it tells is no speaker. (An
    // inverted "…, argues the report, …" heads its clause; the parser may
    // still call its subject an object.)
    // (One with an auxiliary is finite: "…, a rapporté l'AFP".)
    let participle_clause = tree.is_parsed() && opens == verb && matches!(tree.analysis.universal_deprel(tree.word(verb)), "advcl" | "acl" | "xcomp");
    let object = participle_clause && phrase().any(|k| tree.analysis.head(tree.word(k)) == Some(tree.word(verb)) && matches!(tree.analysis.universal_deprel(tree.word(k)), "obj" | "iobj" | "ccomp"));
    if preposition || date || object {
        return None;
    }
    let end = (start..s.len()).find(|&i| matches!(s.norm(i), "," | "." | ";")).unwrap_or(s.len());
    let (start, end) = if inverted { inverted_speaker_phrase(s, tree, start, end) } else { (start, end) };
    // "…, say they can do nothing": a clause, not a speaker.
    let clause = (start..end).any(|i| s.is(i, CueKind::SubjectPronoun) || s.is(i, CueKind::Auxiliary) || s.is(i, CueKind::Relative) || s.is(i, CueKind::BeForm));
    (end > start && end - start <= 8 && !clause).then_some((start, end))
}

/// What kind of source the words `start..end` name: a named person, an
/// official, a medium, a document, an institution or nobody named.
pub fn kind_of(lex: &Lexicon, s: &Sentence, start: usize, end: usize) -> AttributionKind {
    let has = |kind| (start..end).any(|i| s.is(i, kind));
    let groups = (start..end).filter_map(|i| s.group_of[i]);
    let mut named_person = false;
    let mut named_actor = false;
    for g in groups {
        let group = &s.groups[g as usize];
        match group.actor {
            Some(a) if lex.actors[a as usize].kind() == "person" => named_person = true,
            // "he said": a person, whoever the document says he is.
            _ if group.pronoun == Some(true) => named_person = true,
            // "Many hundreds of women say", "residents said": people the
            // text does not name or identify, unless they speak for an
            // office ("police said").
            None if unnamed_people(lex, s, group) => {}
            // "the army said": an institution speaking on the record.
            _ => named_actor = true,
        }
    }
    if named_person {
        AttributionKind::NamedOfficial
    } else if has(CueKind::OfficialTitle) && !has(CueKind::AnonymousSource) {
        // "a government spokesman said": an official on the record, if
        // unnamed; not the anonymous sourcing that makes a claim reported.
        AttributionKind::NamedOfficial
    } else if has(CueKind::MediaSource) {
        AttributionKind::Media
    } else if has(CueKind::AnonymousSource) {
        AttributionKind::Anonymous
    } else if has(CueKind::DocumentSource) {
        if named_actor { AttributionKind::NamedActor } else { AttributionKind::Document }
    } else if named_actor || (start..end).any(|i| s.tokens.get(i).capitalised && (i > start || !opens_sentence_or_quote(s, i))) {
        // A known actor, or a name the lexicon lacks ("Luna Lovegood's news
        // agency", "…,” Ratmansky, who grew up in Ukraine, told"); a
        // capital that opens the sentence or a quotation proves nothing.
        AttributionKind::NamedActor
    } else if has(CueKind::SubjectPronoun) || starts_definite(s, start) {
        // "it said", "the company said": someone the text has identified,
        // on the record; "analysts said" names nobody.
        AttributionKind::NamedActor
    } else {
        AttributionKind::Anonymous
    }
}

/// Whether `group` is a role noun alone, no office's, that no definite
/// article or possessive identifies ("women", "a protester"; not "the
/// company", "its workers", "police").
fn unnamed_people(lex: &Lexicon, s: &Sentence, group: &crate::sentence::Group) -> bool {
    let office = group.role.is_some_and(|r| lex.role_speaks_officially(&lex.roles[r as usize]));
    let identified = (group.start.saturating_sub(1)..=group.start).any(|i| starts_definite(s, i));
    group.bare_role && !office && !identified
}

/// Whether token `i` opens the sentence, a quotation or a parenthesis, or
/// follows a colon: where any word is capitalised. (After a closing
/// quotation mark a capital is a name's: "…,” Ratmansky told".)
fn opens_sentence_or_quote(s: &Sentence, i: usize) -> bool {
    i == 0 || matches!(s.norm(i - 1), ":" | "(") || s.quotes.iter().any(|&(a, _)| a == i)
}

/// Whether the phrase at `start` opens with a definite article or a
/// possessive ("the company", "its lawyers").
fn starts_definite(s: &Sentence, start: usize) -> bool {
    start < s.len() && (s.is(start, CueKind::DefiniteArticle) || s.is(start, CueKind::PossessivePronoun))
}

/// A statement with nobody else credited is on its own speaker's word
/// ("Egypt condemned the invasion": Egypt says so). `group` is the source
/// group and `actor_id` the lexicon id it resolved to (a pronoun's group
/// names nobody, but `kind_of` knows "he" is a person).
pub fn speaker_attribution(lex: &Lexicon, s: &Sentence, group: &crate::sentence::Group, actor_text: &str, actor_id: Option<&str>) -> sitrep_model::Attribution {
    let speaker = (group.start, group.end);
    let person = actor_id.is_some_and(|id| id.split('+').any(|part| part.starts_with("person:")));
    let kind = match kind_of(lex, s, speaker.0, speaker.1) {
        // "the ministry", "Mali": an institution speaking on the record.
        AttributionKind::None | AttributionKind::Anonymous if !person => AttributionKind::NamedActor,
        _ if person => AttributionKind::NamedOfficial,
        kind => kind,
    };
    sitrep_model::Attribution { text: Some(actor_text.to_owned()), kind }
}

/// A statement whose speaker the lexicon does not know ("Dr Fox accused Mr
/// Blair …", "Other parties have accused the Lib Dems …") is still on that
/// speaker's word: the parse's subject of the trigger `head`, a phrase of
/// at most `MAX_SPEAKER_TOKENS` that is no relative pronoun. A passive's
/// subject is who it was done to ("Russia was blamed"), so `None` there.
pub fn unknown_speaker_attribution(lex: &Lexicon, s: &Sentence, tree: &Tree, m: &crate::sentence::Match, text: &str) -> Option<sitrep_model::Attribution> {
    let head = m.head;
    if !tree.is_parsed() || m.passive {
        return None;
    }
    let (start, end, proper) = tree.subject_tokens(tree.trigger_word(head), MAX_SPEAKER_TOKENS)?;
    let start = past_clause_opener(s, start, end);
    if (end - start == 1 && (s.is(start, CueKind::Relative) || s.is(start, CueKind::SubjectPronoun))) || (start..end).contains(&head) {
        return None;
    }
    let kind = match kind_of(lex, s, start, end) {
        // "Leahy faulted …": a name, even one word long.
        AttributionKind::Anonymous if proper => AttributionKind::NamedActor,
        AttributionKind::None => AttributionKind::NamedActor,
        kind => kind,
    };
    let span = s.tokens.get(start).start as usize..s.tokens.get(end - 1).end as usize;
    Some(sitrep_model::Attribution { text: text.get(span).map(str::to_owned), kind })
}

/// The words of the parse, the first 128, whose token the lexicon reads as
/// a complementizer ("that", "que"): see [`Source::complementizers`].
fn complementizer_words(s: &Sentence, tree: &Tree) -> u128 {
    if !tree.is_parsed() {
        return 0;
    }
    (0..tree.analysis.len().min(128)).filter(|&w| s.is(tree.token(w), CueKind::Complementizer)).fold(0, |bits, w| bits | 1 << w)
}

/// "…, a-t-il déclaré", "…, estime-t-elle", "…, ont-ils affirmé": the
/// subject pronoun a hyphen joins to the speech verb at token `verb`, or
/// to the auxiliary right before it, in an inverted clause; its token.
/// Only words written together count ("said - he" is two clauses).
fn inverted_pronoun(s: &Sentence, verb: usize) -> Option<usize> {
    let n = s.len();
    let joined = |a: usize, b: usize| b < n && s.tokens.get(a).end == s.tokens.get(b).start;
    // The pronoun after the word at `w`: "-il", "-t-il".
    let after = |w: usize| -> Option<usize> {
        let hyphen = w + 1;
        if !(joined(w, hyphen) && s.norm(hyphen) == "-" && joined(hyphen, hyphen + 1)) {
            return None;
        }
        let mut k = hyphen + 1;
        if s.norm(k).eq_ignore_ascii_case("t") && joined(k, k + 1) && s.norm(k + 1) == "-" && joined(k + 1, k + 2) {
            k += 2;
        }
        (k < n && s.is(k, CueKind::SubjectPronoun)).then_some(k)
    };
    if let Some(k) = after(verb) {
        return Some(k);
    }
    // "a-t-il déclaré": the auxiliary before the verb carries it.
    let mut j = verb;
    while j > 0 && s.adverb_like[j - 1] {
        j -= 1;
    }
    let pronoun = j.checked_sub(1).filter(|&k| s.is(k, CueKind::SubjectPronoun))?;
    (pronoun.saturating_sub(4)..pronoun).rev().find(|&a| s.is(a, CueKind::Auxiliary) || s.is(a, CueKind::BeForm)).filter(|&a| after(a) == Some(pronoun)).map(|_| pronoun)
}

/// "…, a affirmé à l'AFP un responsable sécuritaire": where the speaker
/// of an inverted speech verb at token `verb` starts, past the
/// prepositional phrases and dates between them: a noun the parse hangs
/// on the verb as its subject or object, with nothing before it after the
/// verb but its obliques, dates and adverbs. None when the words right
/// after the verb are no such phrase.
fn addressed_speaker(s: &Sentence, tree: &Tree, verb: usize) -> Option<usize> {
    if !tree.is_parsed() {
        return None;
    }
    let a = &tree.analysis;
    let v = tree.word(verb);
    let after = verb + 1;
    let first = tree.word(after.min(s.len().saturating_sub(1)));
    let skippable = |w: usize| matches!(a.universal_deprel(w), "obl" | "iobj" | "advmod") && matches!(a.upos(w), "NOUN" | "PROPN" | "ADV") && a.head(w) == Some(v);
    let Some(top) = (first..a.len()).find(|&w| a.head(w) == Some(v) && w > v) else { return None };
    if !skippable(top) {
        return None;
    }
    let speaker = (top + 1..a.len()).find(|&w| a.head(w) == Some(v) && !skippable(w) && a.upos(w) != "PUNCT")?;
    if !(matches!(a.universal_deprel(speaker), "nsubj" | "obj") && matches!(a.upos(speaker), "NOUN" | "PROPN")) {
        return None;
    }
    // The speaker's phrase: its first word below it.
    let start = (v + 1..=speaker).find(|&w| tree.dominates(speaker, w))?;
    // Everything between the verb and it hangs from a skipped phrase.
    let between_skipped = (v + 1..start).all(|w| a.upos(w) == "PUNCT" || (v + 1..start).any(|o| skippable(o) && tree.dominates(o, w)));
    between_skipped.then(|| tree.token(start)).filter(|&k| k > verb)
}

/// Where the auxiliaries right before the verb at token `verb` begin
/// ("a déclaré": at "a"); `verb` itself without any.
fn past_auxiliaries(s: &Sentence, verb: usize) -> usize {
    let mut opens = verb;
    while opens > 0 && s.is(opens - 1, CueKind::Auxiliary) {
        opens -= 1;
    }
    opens
}

/// "…, a rapporté l'AFP", "« … », a déclaré le ministre": the speech
/// verb at token `verb` has auxiliaries of its own right after a comma or
/// a quotation mark, no hyphened pronoun, and no subject before it in the
/// parse: an inverted clause. ("Suez's subsidiary, which has been fined
/// …, has maintained a tense relationship": the subject stands before.)
fn inverted_after_comma(s: &Sentence, tree: &Tree, verb: usize) -> bool {
    if !tree.is_parsed() {
        return false;
    }
    let opens = past_auxiliaries(s, verb);
    let v = tree.word(verb);
    let subject_before = |a: &sitrep_syntax::Analysis| a.children(v).any(|c| c < v && a.universal_deprel(c).starts_with("nsubj"));
    // It reports a clause before it: one it governs, or the one it hangs
    // from ("…, has maintained a tense relationship" reports nothing).
    let a = &tree.analysis;
    let clausal = |w: usize| matches!(a.universal_deprel(w), "advcl" | "ccomp" | "parataxis" | "conj" | "csubj");
    let reports_before = a.children(v).any(|c| c < v && clausal(c)) || (a.head(v).is_some_and(|h| h < v) && clausal(v));
    opens < verb && opens > 0 && matches!(s.norm(opens - 1), "," | "\"") && inverted_pronoun(s, verb).is_none() && !subject_before(a) && reports_before
}

/// The speaker phrase of an inverted speech verb within `start..end` (to
/// the next comma): past a date that opens it ("…, a déclaré la semaine
/// dernière Sam Brownback"), and only the words the parse hangs below its
/// head ("…, a indiqué le préfet dans la matinée": "le préfet").
fn inverted_speaker_phrase(s: &Sentence, tree: &Tree, start: usize, end: usize) -> (usize, usize) {
    if !tree.is_parsed() {
        return (start, end);
    }
    let a = &tree.analysis;
    let mut first = start;
    while first < end && s.in_date_phrase(first) {
        first += 1;
    }
    let inside = |w: usize| (first..end).contains(&tree.token(w));
    let Some(head) = (first..end).map(|k| tree.word(k)).find(|&w| a.head(w).is_none_or(|h| !inside(h))) else { return (start, end) };
    let last = (first..end).take_while(|&k| tree.dominates(head, tree.word(k))).count();
    if last == 0 { (start, end) } else { (first, first + last) }
}
