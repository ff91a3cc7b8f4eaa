use std::ops::Range;
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use chrono::NaiveDate;
use sitrep_lexicon::morphology::form;
use sitrep_lexicon::{CueKind, Lexicon};
use sitrep_model::{Attribution, AttributionKind, Certainty, Document, Event, EventDate, Plover};
use sitrep_resolve::DateResolver;
use sitrep_text::{tokenise_in, Language, SentenceSplitter};

use crate::attribution::{find_sources, source_for, speaker_attribution, unknown_speaker_attribution, Source};
use crate::quotes::{QuoteCarry, Speaker};
use crate::certainty::certainty;
use crate::context::{actors, DocContext};
use crate::names::{uncoded_names, NamedRoles};
use crate::roles::{assign_roles, Roles};
use crate::sentence::{Group, Sentence};
use crate::tree::Tree;
use crate::{clauses, explain, groups, matching, reciprocal, scan};

/// Codes documents with one compiled lexicon. Cheap to clone and share:
/// the lexicon sits behind an `Arc`.
#[derive(Clone)]
pub struct Coder {
    lexicon: Arc<Lexicon>,
    splitter: SentenceSplitter,
    dates: DateResolver,
    options: CoderOptions,
    /// The coder of French documents, when this one (English) has one.
    french: Option<FrenchCoder>,
}

/// Builds the French coder on the first French document.
type FrenchLoader = dyn Fn() -> Option<Coder> + Send + Sync;

/// The coder of French documents: given built, or built by a loader on
/// the first French document, so that a run that meets none never compiles
/// the French lexicon nor loads its parser.
#[derive(Clone)]
enum FrenchCoder {
    Ready(Arc<Coder>),
    Lazy(Arc<(OnceLock<Option<Coder>>, Box<FrenchLoader>)>),
}

/// Choices a user may make about what counts as an event.
#[derive(Debug, Clone, Copy, Default)]
pub struct CoderOptions {
    /// Only events with both a coded source and a coded target (PETRARCH's
    /// `require_dyad`). Off by default: "Ivory Coast was accused" is news
    /// even though the accuser is not named.
    pub require_dyad: bool,
}

/// Buffers reused from document to document; one per thread.
#[derive(Default)]
pub struct Scratch {
    sentences: Vec<Range<usize>>,
    sentence: Sentence,
    roles: Vec<Roles>,
    /// The proper names, no lexicon entry's, in the roles each match's
    /// `roles` left empty (`names.rs`).
    names: Vec<NamedRoles>,
    /// The sentence's sources ("according to …", each speech verb's
    /// speaker); each event takes the one that reports it.
    sources: Vec<Source>,
    tree: Tree,
    context: DocContext,
    /// When set, each coded sentence appends an account of its analysis
    /// here (see [`Scratch::explaining`]).
    explanation: Option<String>,
    /// The parses of the document's sentences that were parsed, in order:
    /// later passes (event locations) read them instead of parsing again.
    /// The first `parsed` entries are this document's; the rest are kept
    /// for their allocations.
    parses: Vec<(Range<usize>, sitrep_syntax::Analysis)>,
    parsed: usize,
    /// A quotation left open by the sentences before, and its speaker.
    quotes: QuoteCarry,
    /// The speaker the sentence before named ("…, a bank statement
    /// said."), for a pronoun that speaks in this one ("It said …").
    last_speaker: Option<PreviousSpeaker>,
}

impl Scratch {
    /// Scratch buffers that also record, sentence by sentence, which
    /// actors and patterns the coder found: read them with
    /// [`Scratch::take_explanation`].
    pub fn explaining() -> Self {
        Self { explanation: Some(String::new()), ..Self::default() }
    }

    /// The account written since the last call (empty when not explaining).
    pub fn take_explanation(&mut self) -> String {
        self.explanation.as_mut().map(std::mem::take).unwrap_or_default()
    }

    /// The parse of the last coded document's sentence that holds byte
    /// `offset`, with the byte range parsed, when the coder parsed it.
    pub fn parse_at(&self, offset: usize) -> Option<(Range<usize>, &sitrep_syntax::Analysis)> {
        self.parses[..self.parsed].iter().find(|(r, _)| r.start <= offset && offset < r.end).map(|(r, a)| (r.clone(), a))
    }
}

/// Keeps a copy of the sentence parse just made, reusing an old slot's
/// buffers when there is one.
fn keep_parse(parses: &mut Vec<(Range<usize>, sitrep_syntax::Analysis)>, parsed: &mut usize, analysis: &sitrep_syntax::Analysis, range: Range<usize>) {
    if *parsed == parses.len() {
        parses.push((range, analysis.clone()));
    } else {
        let slot = &mut parses[*parsed];
        slot.0 = range;
        slot.1.clone_from(analysis);
    }
    *parsed += 1;
}

impl Coder {
    pub fn new(lexicon: Arc<Lexicon>) -> Self {
        let splitter = SentenceSplitter::new(lexicon.abbreviations.clone()).with_glued_sentences(lexicon.language == Language::French);
        let dates = DateResolver::new(&lexicon.dates);
        Self { lexicon, splitter, dates, options: CoderOptions::default(), french: None }
    }

    /// These options, for the French coder too (set them before the first
    /// French document: a French coder built already keeps its own).
    pub fn with_options(mut self, options: CoderOptions) -> Self {
        self.options = options;
        if let Some(FrenchCoder::Ready(french)) = self.french.take() {
            self.french = Some(FrenchCoder::Ready(Arc::new(Coder::clone(&french).with_options(options))));
        }
        self
    }

    /// This coder for English documents and `french` for French ones (by
    /// [`Document::language`]); documents in other languages, or with
    /// none, are read as English.
    pub fn with_french(mut self, french: Coder) -> Self {
        self.french = Some(FrenchCoder::Ready(Arc::new(french.with_options(self.options))));
        self
    }

    /// As [`Coder::with_french`], the French coder built by `load` on the
    /// first French document (`None`: French documents are read as
    /// English, the loader having said why).
    pub fn with_french_on_first_use(mut self, load: impl Fn() -> Option<Coder> + Send + Sync + 'static) -> Self {
        self.french = Some(FrenchCoder::Lazy(Arc::new((OnceLock::new(), Box::new(load)))));
        self
    }

    /// The coder that reads `doc`: the French one for a French document
    /// when there is one, else this one.
    pub fn for_document(&self, doc: &Document) -> &Coder {
        let french = doc.language.as_deref().and_then(Language::from_code) == Some(Language::French);
        match &self.french {
            Some(FrenchCoder::Ready(coder)) if french => coder,
            Some(FrenchCoder::Lazy(lazy)) if french => {
                let (cell, load) = &**lazy;
                cell.get_or_init(|| load().map(|c| c.with_options(self.options))).as_ref().unwrap_or(self)
            }
            _ => self,
        }
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Splits a text into sentences as the coder does.
    pub fn sentences(&self, text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        self.splitter.split(text, &mut out);
        out
    }

    /// Codes a document, appending its events to `out`.
    pub fn code(&self, doc: &Document, scratch: &mut Scratch, out: &mut Vec<Event>) {
        // Without a deadline the budget cannot run out.
        let _ = self.code_within(doc, scratch, out, None);
    }

    /// Codes a document as [`Coder::code`] does, but gives up when
    /// `deadline` passes before its last sentence: the document's events
    /// are then taken back out of `out` and the error says how far it got.
    /// The deadline is checked between sentences (each sentence's cost is
    /// bounded by the sentence splitter's length cap), so a document stops
    /// at most one sentence late.
    pub fn code_within(&self, doc: &Document, scratch: &mut Scratch, out: &mut Vec<Event>, deadline: Option<Instant>) -> Result<(), OverBudget> {
        let coder = self.for_document(doc);
        if !std::ptr::eq(coder, self) {
            return coder.code_within(doc, scratch, out, deadline);
        }
        // An undated document's people take the roles of the latest year its
        // text names (the built-in lexicon's dated roles; PETRARCH's
        // dictionaries keep their own dating).
        match doc.date {
            None if self.lexicon.roles_from_context => scratch.context.reset(crate::undated::latest_year_named(&doc.text), true),
            date => scratch.context.reset(date, false),
        }
        self.splitter.split(&doc.text, &mut scratch.sentences);
        let first_event = out.len();
        let sentences = scratch.sentences.len();
        for index in 0..sentences {
            if deadline.is_some_and(|d| Instant::now() >= d) {
                out.truncate(first_event);
                return Err(OverBudget { sentences_coded: index, sentences });
            }
            let range = scratch.sentences[index].clone();
            if self.code_sentence(doc, index, range, scratch, out) == Verdict::DiscardDocument {
                out.truncate(first_event);
                return Ok(());
            }
        }
        Ok(())
    }

    /// Codes one sentence of a document (`range` indexes `doc.text`) as the
    /// `index`-th. Back-references use what `scratch` remembers of the
    /// document's earlier sentences.
    pub fn code_sentence(&self, doc: &Document, index: usize, range: Range<usize>, scratch: &mut Scratch, out: &mut Vec<Event>) -> Verdict {
        let lex = &*self.lexicon;
        if index == 0 {
            scratch.parsed = 0;
            scratch.quotes.reset();
            scratch.last_speaker = None;
        }
        let s = &mut scratch.sentence;
        s.clear();
        let range_start = range.start;
        tokenise_in(&doc.text, range, &mut s.tokens, lex.language);
        // "Fujitsu Ltd's <ITSU.T> plan": a ticker is no word of the sentence.
        s.tokens.remove_company_markup();
        // "MONUC had "captured" 400 soldiers": the verb meets its object;
        // the words stay a quotation of the event.
        s.tokens.remove_scare_quotes(|w| lex.introduces_quotation(w), &mut s.quotes);
        if s.tokens.is_empty() {
            return Verdict::Coded;
        }
        scan::scan(lex, s, &scratch.context.surnames);
        if let Some(discard) = scan::discarded(lex, s) {
            if let Some(out) = scratch.explanation.as_mut() {
                explain::describe_discard(&doc.text, s, discard, out);
            }
            return if discard.story { Verdict::DiscardDocument } else { Verdict::DiscardSentence };
        }
        groups::build_groups(lex, s);
        clauses::mark_segments(s);
        let before = &doc.text[..range_start];
        let new_paragraph = before[before.trim_end().len()..].contains('\n');
        let quote_open = clauses::find_quotes(s, scratch.quotes.begin_sentence(new_paragraph));
        self.dates.phrase_ends(&s.tokens, &mut s.date_phrase_end);
        // "Theresa May said": a month inside an actor's name opens no date
        // phrase (as for the dates themselves, below).
        for (end, group) in s.date_phrase_end.iter_mut().zip(&s.group_of) {
            if group.is_some() {
                *end = 0;
            }
        }
        matching::find_matches(lex, s);
        // "Israeli tanks fired four shells at targets in Jericho": a town
        // an attack was done to is an actor; the groups and matches are
        // read again with it, and again without it where no attack's match
        // reaches it (rare: an attack's word, then a town).
        if groups::mark_places_after_attack_words(lex, s) {
            regroup_and_match(lex, s);
            if groups::unmark_places_no_attack_reached(lex, s) {
                regroup_and_match(lex, s);
            }
        }
        // The sentence's own named actors count as context for its role
        // nouns: "Burkina Faso's junta … the junta" and "France … expelled by
        // the junta" both need the country named most.
        scratch.context.observe(lex, s);
        scratch.tree.clear(lex.language);
        // "Japan should do more, the LDP said" names no pattern's word but
        // may lay a duty (`matching::add_duties_laid_by_a_speaker`).
        let may_lay_a_duty = matching::may_lay_a_duty(lex, s);
        if s.matches.is_empty() && s.verb_candidates.is_empty() && !may_lay_a_duty {
            if let Some(out) = scratch.explanation.as_mut() {
                explain::describe(lex, &doc.text, s, &[], &scratch.tree, out);
            }
            // "“…,” Erdogan said." names the speaker of the quotation the
            // next sentences may run on with, though it codes nothing; so
            // does "…, a bank statement said." for a pronoun in the next
            // ("It said …").
            find_sources(lex, s, &scratch.tree, &mut scratch.sources);
        } else {
            self.dates.find(&s.tokens, doc.date, &mut s.dates);
            self.dates.ahead(&s.tokens, &mut s.ahead);
            // "Theresa May said": a month inside an actor's name dates nothing.
            let group_of = &s.group_of;
            s.dates.retain(|d| group_of[d.start..d.end].iter().all(Option::is_none));
            s.ahead.retain(|d| group_of[d.start..d.end].iter().all(Option::is_none));
            // Parsing costs more than all other passes together: only a
            // sentence that can yield an event (an actor, a coding match)
            // is parsed.
            let can_code = !s.groups.is_empty() && (may_lay_a_duty || s.matches.iter().chain(&s.verb_candidates).any(|m| lex.patterns[m.pattern as usize].cameo.is_some()));
            // sitrep's parser for the lexicon's language, read on the first
            // sentence that needs it: a run that meets no French sentence
            // never loads the French model.
            if let Some(model) = can_code.then(|| crate::tree::model_for(lex.language)).flatten() {
                scratch.tree.parse(model, &doc.text, s);
                if scratch.tree.is_parsed() {
                    let range = s.tokens.get(0).start as usize..s.tokens.get(s.len() - 1).end as usize;
                    keep_parse(&mut scratch.parses, &mut scratch.parsed, &scratch.tree.analysis, range);
                }
            }
            scratch.context.refine_pronouns(lex, s, &scratch.tree);
            matching::keep_verbs_the_tree_reads(s, &scratch.tree);
            matching::keep_gaps_inside_their_clause(lex, s, &scratch.tree);
            matching::drop_fallbacks_with_acts_below(lex, s, &scratch.tree);
            matching::add_duties_laid_by_a_speaker(lex, s, &scratch.tree);
            matching::active_where_the_tree_finds_a_subject(lex, s, &scratch.tree);
            matching::states_of_their_subjects(s, &scratch.tree);
            crate::spelled_subjects::spelled_subjects_the_tree_reads(lex, s, &scratch.tree);
            crate::roles::keep_evaluations_the_tree_reads(lex, s, &scratch.tree);
            crate::roles::drop_naming_rows_under_evaluations(lex, s, &scratch.tree);
            assign_roles(lex, s, &scratch.tree, &mut scratch.roles);
            find_sources(lex, s, &scratch.tree, &mut scratch.sources);
            quoted_speaker_as_source(lex, s, scratch.sources.first().copied(), &mut scratch.roles);
            means_take_their_victims(lex, s, &scratch.tree, &mut scratch.roles);
            uncoded_names(lex, s, &scratch.tree, &scratch.roles, &mut scratch.names);
            if let Some(out) = scratch.explanation.as_mut() {
                explain::describe(lex, &doc.text, s, &scratch.roles, &scratch.tree, out);
            }
            let asked_from = question_start(s);
            // A quotation carried from an earlier sentence counts only in a
            // sentence with a quotation mark of its own: one with none may
            // be narrative after a mark left unbalanced.
            let marked = (0..s.len()).any(|i| s.norm(i) == "\"");
            let first_of_sentence = out.len();
            for k in 0..s.matches.len() {
                // "How can they fight crime when they are fighting each
                // other?": what a question asks about is not reported.
                if asked_from.is_some_and(|q| s.matches[k].head >= q) {
                    if let Some(out) = scratch.explanation.as_mut() {
                        explain::outcome(lex, &doc.text, s, k, Err("asked in a question"), out);
                    }
                    continue;
                }
                // "Rioting erupted in Lagos", "the airstrike hit a Syrian
                // army post": a word a later pattern spells before its own
                // head, coded the same, is that pattern's act, not a second.
                let m = s.matches[k];
                let code = &lex.patterns[m.pattern as usize].cameo;
                if s.matches[k + 1..].iter().any(|later| later.start <= m.head && m.head < later.head && lex.patterns[later.pattern as usize].cameo == *code) {
                    if let Some(out) = scratch.explanation.as_mut() {
                        explain::outcome(lex, &doc.text, s, k, Err("a later pattern's act, coded the same"), out);
                    }
                    continue;
                }
                if violence_told_by_its_verb(lex, s, &scratch.tree, &scratch.roles, k) {
                    if let Some(out) = scratch.explanation.as_mut() {
                        explain::outcome(lex, &doc.text, s, k, Err("the subject of another match's violent verb: that verb's act"), out);
                    }
                    continue;
                }
                if violence_told_by_its_means(lex, s, &scratch.tree, &scratch.roles, k) {
                    if let Some(out) = scratch.explanation.as_mut() {
                        explain::outcome(lex, &doc.text, s, k, Err("its subject, an act noun, tells how it was done: that noun's act"), out);
                    }
                    continue;
                }
                let source = source_for(&scratch.sources, &scratch.tree, s.matches[k].head);
                // A quotation run on from an earlier sentence, in a
                // sentence that names no speaker, is that speaker's.
                let head = s.matches[k].head;
                let quoted = s.in_quotation(head);
                // An event whose doer the sentence names ("Government
                // ministers have denied the story") is no quoted speech.
                let own_doer = scratch.roles[k].source.is_some() || s.matches[k].source.is_some();
                let carried = scratch.quotes.speaker().filter(|_| source.is_none() && scratch.sources.is_empty() && quoted && marked && !own_doer);
                let previous_speaker = scratch.last_speaker;
                let result = self.emit(doc, index, k, source, Parts { s, roles: &scratch.roles, names: &scratch.names, context: &scratch.context, tree: &scratch.tree, carried, previous_speaker }, out);
                // "Graham denounced the decision, calling it a mistake": a
                // judgement said of what the sentence's own verb already
                // coded, by the same source of the same target, is that act
                // again.
                let result = match result {
                    Ok(n) if n > 0 && lex.patterns[m.pattern as usize].evaluation && restates_earlier(&out[first_of_sentence..], n) => {
                        out.truncate(out.len() - n);
                        Err("a judgement of the act the sentence's verb already coded")
                    }
                    other => other,
                };
                if let Some(out) = scratch.explanation.as_mut() {
                    explain::outcome(lex, &doc.text, s, k, result, out);
                }
            }
        }
        // Only a speech verb's short speaker phrase is carried: an
        // "according to" phrase or a clause taken for a speaker is not who
        // the next sentence quotes.
        let speaker_phrase = |src: &&Source| src.verb.is_some() && src.end - src.start <= MAX_CARRIED_SPEAKER_TOKENS && (src.start..src.end).all(|i| s.norm(i) != "\"" && !s.is(i, CueKind::SpeechVerb));
        let own_speaker = if s.quotes.is_empty() { None } else { scratch.sources.first().filter(speaker_phrase).map(|src| quote_speaker(lex, &doc.text, s, &scratch.context, src)) };
        scratch.quotes.after_sentence(quote_open, !s.quotes.is_empty(), own_speaker);
        // A pronoun speaker ("He added …") goes on with the same one.
        match scratch.sources.first().filter(speaker_phrase) {
            Some(src) if pronoun_speaker(s, src) => {}
            Some(src) => scratch.last_speaker = Some(previous_speaker(lex, &doc.text, s, &scratch.context, src)),
            None => scratch.last_speaker = None,
        }
        Verdict::Coded
    }

    fn emit(&self, doc: &Document, index: usize, k: usize, source: Option<Source>, parts: Parts<'_>, out: &mut Vec<Event>) -> Result<usize, &'static str> {
        let Parts { s, roles, names, context, tree, carried, previous_speaker } = parts;
        let lex = &*self.lexicon;
        let m = s.matches[k];
        let pattern = &lex.patterns[m.pattern as usize];
        let mut r = roles[k];
        // "Gondor and Osgiliath have renewed ties": the members of the
        // pattern's compound are each other's source and target.
        if let Some(first) = m.compound {
            r = Roles { source: Some(first), target: Some(first) };
        }
        // Names no lexicon entry covers, in the roles no group took
        // (`names.rs`): the match's own roles only, so not for a
        // compound's members nor a duty's speaker (below).
        let mut unknown_names = if m.compound.is_some() { NamedRoles::default() } else { names.get(k).copied().unwrap_or_default() };
        if r.source.is_none() && r.target.is_none() {
            return Err("no source and no target"); // an event nobody does to nobody is not news
        }
        // "The African Union urged Sudan to expel the mercenaries": the
        // expulsion is asked for, not done (`appeals.rs`).
        if !lex.petrarch_semantics() && crate::appeals::asking_appeal(lex, s, tree, k).is_some() {
            return Err("an act asked for: the appeal is coded");
        }
        // "Thousands of Kurds marched in Istanbul to demand Kurdish
        // rights": the demand is the protest's aim, coded with the protest.
        if !lex.petrarch_semantics() && crate::appeals::aims_a_protest(lex, s, tree, roles, k) {
            return Err("a protest's aim: coded with the protest");
        }
        // "Norway warned that it would abandon its mediation": the threat
        // is the event, not also a warning.
        if !lex.petrarch_semantics() && crate::appeals::frames_a_threat(lex, s, tree, roles, k) {
            return Err("framed as a threat: the threat is coded");
        }
        // "The Liberal Democrats are promising to cut class sizes": a
        // commitment to an act the lexicon does not know (a fallback row)
        // is an event only towards another actor; alone it is a party's
        // programme.
        // "Leaders of Italy's five coalition parties have agreed to meet",
        // "Britain and France agreed to …": doers named together in a
        // reciprocal act (`en/reciprocal.tsv`: "agree") commit to each other.
        // (Two to four of them, as for every act done to each other.)
        let joint_doers = || {
            let Some(first) = r.source.map(|g| s.plural_pronoun_list(g).unwrap_or(g)) else { return false };
            // ("the two countries agreed to …": one group for both.)
            let count = if s.groups[first as usize].pair_anaphor { 2 } else { s.compound_len(first, 5) };
            (2..=4).contains(&count) && reciprocal::is_reciprocal(lex, s, tree, m.start, m.end, m.head)
        };
        // (A duty on someone the clause names, no actor, is the speaker's
        // appeal: `matching::add_duties_laid_by_a_speaker`.)
        if r.target.is_none() && crate::tree::is_fallback_row(&pattern.id) && !m.unnamed_target && !joint_doers() {
            return Err("a commitment to an unknown act with no target");
        }
        // "peak demand", "a price hit": a base or present form with no
        // object may be a noun; past tenses, participles and -ing forms are
        // verbs. The tagger decides the rest ("Israel will evacuate all 21
        // settlements" is a verb); without a parse, such a match codes
        // nothing. PETRARCH's dictionaries code such words regardless.
        let verb_form = m.forms & (form::PAST | form::PARTICIPLE | form::ING) != 0;
        let tagged_verb = || tree.is_parsed() && (tree.is_copula(m.head) || matches!(tree.analysis.upos(tree.trigger_word(m.head)), "VERB" | "AUX"));
        // A noun an actor owns is that actor's act ("Haiti's appeal for
        // help", "the U.S. raid on Libya"), whatever else it may mean.
        let owned_act = || tree.is_parsed() && tree.owned_by_actor(s, tree.trigger_word(m.head), m.end > m.head + 1);
        if pattern.has_head && r.target.is_none() && !m.passive && !verb_form && !lex.petrarch_semantics() && !tagged_verb() && !owned_act() {
            return Err("a bare word with no object that may be a noun");
        }
        // "Australia's two largest exports to Japan": a trade flow, not an
        // act (`verb-only-row` in tree-roles.tsv).
        // An -ing form the parse tags as a noun is one too ("the G7
        // meeting").
        let tagged_noun = || tree.analysis.upos(tree.trigger_word(m.head)) == "NOUN";
        if tree.is_parsed() && !tagged_verb() && (!verb_form || tagged_noun()) && crate::tree::is_verb_only_row(&pattern.id) {
            return Err("a verb-only row's word read as a noun");
        }
        // "European Union ministers will meet in Brussels", but not "to
        // meet growing demand", "would meet a strong response",
        // "expectations that cannot be met", "the requirements it failed
        // to meet": an `intransitive-row` codes only a verb in the active
        // voice with no object, none before it (a relative clause's) and
        // no noun phrase opening right after it, wherever the parse hung
        // that.
        let with_object = || {
            let a = &tree.analysis;
            let w = tree.trigger_word(m.head);
            a.children(w).any(|c| matches!(a.universal_deprel(c), "obj" | "iobj" | "xcomp" | "ccomp")) || a.universal_deprel(w) == "acl" || (w + 1 < a.len() && matches!(a.upos(w + 1), "DET" | "ADJ"))
        };
        if tree.is_parsed() && crate::tree::is_intransitive_row(&pattern.id) && (!tagged_verb() || m.passive || with_object()) {
            return Err("an intransitive row's verb with an object");
        }
        // "Trump claimed that Isis had been defeated", "ISIS is not
        // defeated in Syria": a `doer-needed-row`'s passive with no doer
        // named tells an outcome or a claim about one, no act.
        if m.passive && r.source.is_none() && crate::tree::is_doer_needed_row(&pattern.id) {
            return Err("a doer-needed row's passive with no doer");
        }
        // "France may have beaten Scotland", "beat Swede Daniel Persson",
        // "went on to beat Labour": a `people-target-row` names an assault
        // only on people a role word names ("police beat protesters") or
        // by them ("members of Renamo were beaten by police agents"); a
        // country, party or named person beaten by another lost a match or
        // a vote.
        let people = |g: Option<u32>, bare: bool| g.is_some_and(|g| { let g = &s.groups[g as usize]; g.role.is_some() && (g.bare_role || !bare) });
        if crate::tree::is_people_target_row(&pattern.id) && !people(r.target, false) && !people(r.source, true) {
            return Err("a people-target row's act on no people a role names");
        }
        // "armed opposition groups", "attack submarines", "the telephone
        // business": a verb pattern's word that the parse reads as an
        // adjective, or as a noun modifying another noun, is no act. A noun
        // heading its own phrase may still be one ("talks with Japan",
        // "protests against the president"). A parse with no verb at all
        // has missed the predicate ("China lent billions to Pakistan" tagged
        // `lent` ADJ): then the tag is not believed; nor is it for a
        // simple past that is no participle ("unfroze", "began").
        let preterite = m.forms & form::PAST != 0 && m.forms & form::PARTICIPLE == 0;
        // "The United States is imposing sanctions on Russia": an -ing
        // form after a form of "be" is a progressive verb, though the
        // parse may read it as an adjective before its object.
        let progressive = m.forms & form::ING != 0 && s.cue_before_adverbs(m.head, CueKind::BeForm);
        let modifier_word = || {
            let w = tree.trigger_word(m.head);
            let a = &tree.analysis;
            // "the other three striking locals": an -ing word between a
            // determiner, number or adjective and the noun the parse hangs
            // it on (`amod`) describes that noun, as an adjective does. (The
            // parse also makes finite verbs `amod` of a following noun, so
            // the word before must say that a noun phrase has begun.)
            let prenominal = m.forms & form::ING != 0
                && w > 0
                && matches!(a.upos(w - 1), "DET" | "NUM" | "ADJ")
                && a.universal_deprel(w) == "amod"
                && a.head(w).is_some_and(|h| h > w);
            let modifier = a.upos(w) == "ADJ" || (matches!(a.upos(w), "NOUN" | "PROPN") && matches!(a.universal_deprel(w), "compound" | "amod")) || (a.upos(w) == "VERB" && prenominal);
            // "According to Syrian state media, Israeli jets struck …":
            // a verb the parse uses as a preposition is no predicate.
            let predicate = |v: usize| matches!(a.upos(v), "VERB" | "AUX") && !matches!(a.universal_deprel(v), "case" | "fixed" | "mark");
            // "Iran decided to free the British sailors": a word after an
            // infinitive's "to" or with an object of its own is a verb,
            // whatever its tag.
            let verb_by_its_dependents = a.children(w).any(|c| matches!(a.universal_deprel(c), "obj" | "iobj") || (a.universal_deprel(c) == "mark" && a.upos(c) == "PART"));
            modifier && !verb_by_its_dependents && (0..a.len()).any(|v| v != w && predicate(v))
        };
        // "Japan said it had lent Indonesia 500 million dollars": a
        // participle after an auxiliary ("had", "has") is a perfect verb,
        // though the parse may read it as an adjective before a name.
        let perfect = m.forms & form::PARTICIPLE != 0 && s.cue_before_adverbs(m.head, CueKind::Auxiliary);
        // "Kazakhstan urges Azerbaijan, Armenia to resolve conflict": an
        // inflected verb form ("urges", "frees", "shot") standing between
        // its doer and its target, each right beside it, is the verb,
        // whatever the tag (a headline's present tense is often tagged a
        // plural noun). Not a base form ("US phone company Qwest"), nor
        // before a title and a name ("Soviet arms negotiator Yuli
        // Vorontsov": the words are one noun phrase).
        let flanked = || {
            let group_at = |g: Option<u32>| g.map(|g| &s.groups[g as usize]);
            let inflected = m.forms & (form::THIRD | form::PAST | form::PARTICIPLE) != 0;
            let titled_name = |g: &Group| !s.tokens.get(g.start).capitalised && (g.person || (g.end < s.len() && s.tokens.get(g.end).capitalised));
            inflected && m.head > 0 && group_at(r.source).is_some_and(|g| g.end == m.head) && group_at(r.target).is_some_and(|g| g.start == m.head + 1 && !titled_name(g))
        };
        if pattern.has_head && !m.passive && !preterite && !progressive && !perfect && !lex.petrarch_semantics() && tree.is_parsed() && !tree.is_copula(m.head) && modifier_word() && !flanked() {
            return Err("the parse reads the word as a modifier");
        }
        // "Iran-backed Hezbollah", "the US-led coalition": a hyphenated
        // participle after an actor and before a noun describes that noun;
        // it reports no act (the parse often misses this, having seen few
        // such words). "Police tear-gassed protesters" is an act.
        let attributive_participle = || {
            let a = &tree.analysis;
            let w = tree.trigger_word(m.head);
            let actor_prefix = m.head >= 2 && s.group_of[m.head - 2].is_some_and(|g| s.argument_group(g) != Some(g));
            actor_prefix && w + 1 < a.len() && matches!(a.upos(w + 1), "NOUN" | "PROPN" | "ADJ")
        };
        if pattern.has_head && m.forms & form::PARTICIPLE != 0 && !lex.petrarch_semantics() && tree.is_parsed() && attributive_participle() {
            return Err("a hyphenated participle describing a noun");
        }
        // "the convicted murderer Moeketsi Hlaasa", "Mbalula said
        // assassinated party leader Chris Hani would have been proud": a
        // participle that opens a noun phrase (nothing before it that could
        // be its subject: the sentence's start, a determiner, a preposition
        // or a speech verb; a noun right after it) names someone by a past
        // act; the sentence reports no such act. The parse often reads the
        // participle as a verb of its own clause here.
        let descriptive_participle = || {
            let a = &tree.analysis;
            let w = tree.trigger_word(m.head);
            let opens_phrase = m.head == 0 || w == 0 || matches!(a.upos(w - 1), "DET" | "ADP") || s.is(m.head - 1, CueKind::SpeechVerb);
            let noun_after = w + 1 < a.len() && matches!(a.upos(w + 1), "NOUN" | "PROPN" | "ADJ");
            let own_subject = a.children(w).any(|c| matches!(a.universal_deprel(c), "nsubj" | "nsubj:pass" | "aux" | "aux:pass" | "expl"));
            opens_phrase && noun_after && !own_subject
        };
        if pattern.has_head && m.forms & form::PARTICIPLE != 0 && !m.passive && !perfect && !progressive && !lex.petrarch_semantics() && tree.is_parsed() && descriptive_participle() {
            return Err("a participle naming someone by a past act");
        }
        // "An Iranian brigade, backed by tanks, launched the attack",
        // "Backed by Russian air power, government forces swept …": a
        // passive participle with no clause of its own that describes a
        // noun (`acl`), or opens the sentence before its subject, tells
        // what that noun is; for the codes `tree-roles.tsv` lists
        // (`descriptive-passive-code`), that is no event.
        let describing_passive = || {
            let a = &tree.analysis;
            let w = tree.trigger_word(m.head);
            let own_clause = a.children(w).any(|c| matches!(a.universal_deprel(c), "nsubj" | "aux" | "expl" | "cop"));
            let after_its_noun = a.deprel(w) == "acl" && a.head(w).is_some_and(|h| h < w);
            let opens_sentence = a.universal_deprel(w) == "advcl" && a.head(w).is_some_and(|h| h > w) && (0..w).all(|i| !matches!(a.upos(i), "VERB" | "NOUN" | "PROPN" | "PRON"));
            !own_clause && (after_its_noun || opens_sentence)
        };
        let describing_code = || pattern.cameo.as_ref().is_some_and(|c| crate::tree::passive_only_describes(c.as_str()));
        if pattern.has_head && m.passive && m.forms & form::PARTICIPLE != 0 && !perfect && !lex.petrarch_semantics() && tree.is_parsed() && describing_code() && describing_passive() {
            return Err("a passive participle describing a noun");
        }
        // "refused to comment on the talks with Ethiopia", "troops involved
        // in the war against Islamic State": an act told by a noun inside
        // a prepositional phrase, with no doer named, is the background of
        // another clause, not news (on the dev and wire golds such events
        // were wrong two times in three). "talks between China and Japan"
        // names its doers.
        if r.source.is_none() && !lex.petrarch_semantics() && tree.is_parsed() && background_noun(lex, s, tree, m.head, r.target) {
            return Err("a doer-less act noun in a prepositional phrase (background)");
        }
        // "prices rose following Russia's invasion of Ukraine", "prices
        // jumped due to Russia's invasion": an act of force told by a noun in a
        // phrase of time or cause (`background-preposition` of
        // tree-roles.tsv) is what the clause happened after or because of,
        // known from earlier news, even with its doer named (the blind
        // blocks code about one such noun in five).
        if !lex.petrarch_semantics() && tree.is_parsed() && crate::roles::codes_force(lex, m.pattern) && tree.in_background_phrase(tree.trigger_word(m.head)) {
            return Err("an act of force in a phrase of time or cause (background)");
        }
        let text = &doc.text;
        // "…, a bank statement said. It said Senegal was given a loan": a
        // pronoun speaking stands for the speaker the sentence before named
        // and takes that one's kind (a document, anonymous dealers); the
        // words stay the pronoun, as the text writes them.
        let standing_for = source.and_then(|src| previous_speaker.filter(|previous| pronoun_stands_for(s, &src, previous)));
        let attribution = match (source, standing_for) {
            (Some(src), Some(previous)) => Attribution { text: Some(token_text(text, s, src.start, src.end)), kind: previous.kind },
            (Some(src), None) => Attribution {
                text: Some(token_text(text, s, src.start, src.end)),
                kind: src.kind,
            },
            (None, _) => match carried {
                Some(speaker) => Attribution { text: Some(speaker.text.clone()), kind: speaker.kind },
                None => Attribution::none(),
            },
        };
        // "… Erdogan said. “… We will attack the YPG in Afrin.”": a quoted
        // "we" or "I" in a sentence a quotation ran on into is its speaker.
        let first_person_speaker = carried.and_then(|speaker| speaker.actor.as_ref()).filter(|_| {
            !m.passive && tree.is_parsed() && tree.arguments(tree.trigger_word(m.head), false, false).source.is_some_and(|w| s.is(tree.token(w), CueKind::FirstPerson))
        });
        // "accused Iran of attacking (and seizing) ships": an act the
        // accusation right before it governs is what is alleged. With a
        // parse, only an act under the accusation's own verb, not one
        // beside it: in "condemned and criticised the government" the
        // criticism is done, not alleged (a `conj` of the accusing verb).
        let linked_to_accusation = k > 0 && {
            let prev = &s.matches[k - 1];
            let accuses = lex.patterns[prev.pattern as usize].cameo.as_ref().is_some_and(|c| c.root() == "11") && prev.end + 1 >= m.head;
            accuses && (!tree.is_parsed() || {
                let (accusing, act) = (tree.trigger_word(prev.head), tree.trigger_word(m.head));
                tree.dependent_toward(accusing, act).is_none_or(|below| tree.analysis.universal_deprel(below) != "conj")
            })
        };
        let mut scope = Vec::new();
        let speech_act = lex.patterns[m.pattern as usize].cameo.as_ref().is_some_and(|c| lex.is_speech_act(c));
        let certainty = certainty(s, tree, &m, &lex.patterns[m.pattern as usize], linked_to_accusation, speech_act, attribution.kind, &mut scope);
        // "said the freeze would worsen the plight of the lowest paid": an
        // evaluation's modal is the harm's; the criticism itself is said.
        let certainty = match certainty {
            Certainty::Intended | Certainty::Conditional if lex.patterns[m.pattern as usize].evaluation => Certainty::Asserted,
            c => c,
        };
        // "Kenya pledged to cooperate": the intention is Kenya's statement.
        let committed = certainty == sitrep_model::Certainty::Intended && scope.iter().any(|&w| s.is(tree.token(w), CueKind::Commitment));
        // The negation's scope holds a future modal ("will not", "would
        // not") or a refusal ("refused to"): the doer says it will not act.
        // French says it by the verb's ending: "ne participera pas" (will
        // not), "a dit qu'il ne participerait pas" (would not).
        let french_future = || m.forms & form::FUTURE != 0 || (m.forms & form::CONDITIONAL != 0 && tree.is_parsed() && crate::certainty::reported_by_speech_verb(s, tree, tree.trigger_word(m.head)));
        let future_negation = certainty == Certainty::Negated
            && (french_future()
                || scope.iter().any(|&w| {
                    let t = tree.token(w);
                    s.is(t, CueKind::Refusal) || (tree.analysis.universal_deprel(w) == "aux" && (s.is(t, CueKind::Intention) || s.is(t, CueKind::ReportedFuture)))
                }));
        // The conditional is its doer's threat when a `threat_condition`
        // cue governs it (an "if"/"unless" clause hung below it, or a modal:
        // "would", "could") in a clause someone is reported to say.
        // Only a doer named acting (no passive: "detainees could be
        // brought to trial" threatens nobody by name).
        let conditional_threat = certainty == Certainty::Conditional
            && !lex.petrarch_semantics()
            && r.source.is_some()
            && !m.passive
            && tree.is_parsed()
            && scope.iter().any(|&w| {
                let a = &tree.analysis;
                s.is(tree.token(w), CueKind::ThreatCondition) && (tree.marks_subordinate_clause(w, tree.trigger_word(m.head)) || a.universal_deprel(w) == "aux")
            })
            // Said by someone, or its doer's own intention ("the EC
            // ministers agreed to impose tariffs unless Tokyo opened its
            // markets"): "Russia could invade Moldova if NATO intervenes"
            // on the writer's own word is a conjecture.
            && (attribution.text.is_some() || scope.iter().any(|&w| [CueKind::Intention, CueKind::Commitment].into_iter().any(|kind| s.is(tree.token(w), kind))))
            // Not the act inside the "if" clause itself: "Asked if South
            // Korea would retaliate …" asks; "if Iran attacks" conditions.
            && !tree.analysis.children(tree.trigger_word(m.head)).any(|c| tree.analysis.universal_deprel(c) == "mark" && s.is(tree.token(c), CueKind::ThreatCondition));
        // "The committee said the National Audit Office should
        // investigate": a duty a named speaker lays on the act's doer is
        // the speaker's appeal to that doer (`appeal.tsv`'s code for the
        // act, else 020), asserted on the speaker's word; the act has not
        // happened. On nobody's word ("Britain should impose sanctions") it
        // is the writer's advice, no event.
        let duty = !lex.petrarch_semantics() && !m.passive && certainty == Certainty::Conditional && r.source.is_some() && tree.is_parsed() && tree.under_duty(s, tree.trigger_word(m.head));
        let quoted = s.in_quotation(m.head);
        // (A sentence with a speech verb anywhere reports someone's words,
        // however the parse hangs them.)
        let reports_words = || (0..s.len()).any(|i| s.is(i, CueKind::SpeechVerb));
        if duty && source.is_none() && carried.is_none() && !quoted && !reports_words() {
            return Err("the writer's own duty, on nobody's word");
        }
        let duty_speaker = source.filter(|_| duty).and_then(|src| (src.start..src.end).find_map(|i| s.group_of[i])).filter(|&g| Some(g) != r.source);
        let (certainty, conditional_threat) = if duty_speaker.is_some() { (Certainty::Asserted, false) } else { (certainty, conditional_threat) };
        let duty_appeal = duty_speaker.and_then(|_| pattern.cameo.as_ref()).map(|act| lex.appeal_code(act).cloned().unwrap_or_else(general_appeal));
        if let Some(speaker) = duty_speaker {
            r = Roles { source: Some(speaker), target: r.source };
            unknown_names = NamedRoles::default();
        }
        let quote = s.quotes.iter().find(|&&(a, b)| a <= m.head && m.head < b && a < b).map(|&(a, b)| token_text(text, s, a, b));
        // The nearest date expression in the same clause: "…, which has
        // faced pressures since 2022" does not date the main clause, nor
        // does the end of a period, "until August 15" (`ends_period`).
        let clause_date = s.dates.iter().filter(|d| s.segment[d.start] == s.segment[m.head] && !d.ends_period).min_by_key(|d| if d.end <= m.head { m.head - d.end } else { d.start.saturating_sub(m.end) });
        // "Nakasone visits Washington on April 29" in a story of April 20,
        // "leaves for Tokyo next week" in any: scheduled, intended
        // (`certainty::scheduled`).
        let scheduled = certainty == Certainty::Asserted && !lex.petrarch_semantics() && crate::certainty::scheduled(s, tree, &m, doc.date);
        let certainty = if scheduled { Certainty::Intended } else { certainty };
        // "will meet on Thursday": a bare day of the week that the parse
        // hangs under an act still to come is the coming such day; one
        // under the speech verb ("said on Sunday that it would sever
        // ties") dates the saying, which is past (`Tree::dates_the_act`).
        let to_come = matches!(certainty, Certainty::Intended | Certainty::Conditional);
        let date = clause_date.and_then(|d| {
            let ahead = d.to_come.filter(|_| to_come && tree.is_parsed() && tree.dates_the_act(tree.trigger_word(m.head), tree.word(d.start)));
            happened_by(ahead.unwrap_or(d.date), certainty, doc.date)
        });
        // "Gennady Gerasimov, chief of …, told reporters": who is credited
        // speaks as an official or not by their code (`official-speakers.tsv`).
        // Only a named speaker's kind can change: others resolve nobody.
        // A pronoun standing for the speaker before has that one's kind,
        // already so judged (`quote_speaker`).
        let named = standing_for.is_none() && matches!(attribution.kind, AttributionKind::NamedOfficial | AttributionKind::NamedActor);
        let speaker = source.filter(|_| named).and_then(|src| speaker_actor(lex, text, s, context, &src, date.map(|d| d.value)));
        let kind = if named { official_or_not(lex, attribution.kind, speaker.as_ref()) } else { attribution.kind };
        let attribution = Attribution { kind, ..attribution };
        let members = |g: Option<u32>| -> Vec<Option<u32>> {
            let mut v = Vec::new();
            let mut cur = g.map(|c| if lex.petrarch_semantics() { c } else { s.plural_pronoun_list(c).unwrap_or(c) });
            while let Some(c) = cur {
                // "US-backed rebels and Turkish-supported groups": the
                // prefixes are no members.
                if let Some(member) = s.participant_group(c, m.head) {
                    if !v.contains(&Some(member)) {
                        v.push(Some(member));
                    }
                }
                cur = s.groups[c as usize].and_next;
                if v.len() > 8 {
                    break;
                }
            }
            if v.is_empty() {
                v.push(None);
            }
            v
        };
        let mut emitted = 0usize;
        // Why the last pair of actors was passed over, for `--explain`.
        let mut skipped = None;
        // A general appeal takes the code of the act it asks for
        // (`appeal.tsv`: "urged Kenya to send troops to Haiti" 0234).
        let asked = if lex.petrarch_semantics() { None } else { crate::appeals::appeal_code(lex, s, tree, k) };
        if let Some((_, act)) = asked {
            if r.target.is_none() {
                r.target = roles[act].target.filter(|&t| Some(t) != r.source);
            }
        }
        let own = duty_appeal.clone().or_else(|| asked.map(|(code, _)| code.clone())).or_else(|| pattern.cameo.clone());
        // A protest held for a demand takes the demand's aim
        // (`protest-demand.tsv`: a rally for rights is 1413).
        let aim = if lex.petrarch_semantics() { None } else { crate::appeals::protest_aim(lex, s, tree, roles, k) };
        let own = match (&own, aim.and_then(|j| lex.patterns[s.matches[j].pattern as usize].cameo.as_ref())) {
            (Some(protest), Some(demand)) => lex.protest_demand_code(protest, demand).cloned().or(own),
            _ => own,
        };
        let reverse = if duty_appeal.is_some() { &None } else { &pattern.reverse };
        let codes = [(&own, false), (reverse, true)];
        for (cameo, reversed) in codes.into_iter().filter_map(|(c, rev)| c.as_ref().map(|c| (c, rev))) {
            // A statement by its source ("Kenya pledged …"), judged by what
            // the words say, not by the intent code a plan takes below
            // ("Kenya is expected to send troops" is nobody's statement).
            let speech_act = lex.is_speech_act(cameo) || committed;
            // CAMEO codes a promise, plan or vow as the intention (03x,
            // 13x), not the act (`lexicon/intent.tsv`).
            // "Israel will not withdraw": a refusal (12x) the doer states,
            // not a negated withdrawal (`lexicon/refusal.tsv`).
            let refusal = (certainty == Certainty::Negated && future_negation && !lex.petrarch_semantics()).then(|| lex.refusal_code(cameo)).flatten();
            // "Morocco said it would sever ties with Iran if the attacks
            // continued": a hostile act its doer says it would or could do,
            // or will do on a condition, is a threat (13x), intended.
            let threat = conditional_threat.then(|| lex.intent_code(cameo).filter(|c| c.root() == "13")).flatten();
            let cameo = match (refusal.or(threat), certainty) {
                (Some(code), _) => code,
                (None, Certainty::Intended) if !lex.petrarch_semantics() => lex.intent_code(cameo).unwrap_or(cameo),
                _ => cameo,
            };
            let certainty = if refusal.is_some() {
                Certainty::Asserted
            } else if threat.is_some() {
                Certainty::Intended
            } else {
                certainty
            };
            let info = lex.cameo(cameo.as_str());
            let plover = info.and_then(|i| {
                i.plover_type.as_ref().map(|t| Plover { event_type: t.clone(), mode: i.plover_mode.clone() })
            });
            let (from, to) = if reversed { (r.target, r.source) } else { (r.source, r.target) };
            // Each member of a compound, and each actor a joint name
            // stands for, with the group it was read from.
            let side = |g: Option<u32>| -> Vec<(Option<u32>, Option<sitrep_model::Actor>)> {
                let mut out = Vec::new();
                for member in members(g) {
                    let Some(m) = member else {
                        out.push((None, None));
                        continue;
                    };
                    let group = &s.groups[m as usize];
                    let mut found = Vec::new();
                    actors(text, s, group, context.resolve(lex, group, date.map(|d| d.value)), &mut found);
                    out.extend(found.into_iter().map(|a| (member, Some(a))));
                }
                out
            };
            let (mut sources, mut targets) = (side(from), side(to));
            if let (Some(speaker), None, false) = (first_person_speaker, from, reversed) {
                sources = vec![(None, Some(speaker.clone()))];
            }
            // "Syria allowed observers into the country": "the country" that
            // is the other party itself names no second party; the event
            // stands without it (the same code on both sides would drop it).
            if country_anaphor_of(s, from, &sources, &targets) {
                sources = vec![(None, None)];
            }
            if country_anaphor_of(s, to, &targets, &sources) {
                targets = vec![(None, None)];
            }
            // "Ofgem fined the Iranian carrier": a name in a role no group
            // took is that side's actor, uncoded.
            let (from_name, to_name) = if reversed { (unknown_names.target, unknown_names.source) } else { (unknown_names.source, unknown_names.target) };
            let (from_name, to_name) = (from_name.filter(|_| from.is_none()), to_name.filter(|_| to.is_none()));
            let name_actor = |(start, end): (usize, usize)| vec![(None, Some(sitrep_model::Actor { text: token_text(text, s, start, end), code: None, id: None }))];
            if let Some(range) = from_name.filter(|_| sources.iter().all(|(_, a)| a.is_none())) {
                sources = name_actor(range);
            }
            if let Some(range) = to_name.filter(|_| targets.iter().all(|(_, a)| a.is_none())) {
                targets = name_actor(range);
            }
            // "Armenia and Azerbaijan clashed": doers named together with
            // nobody else as the target act on each other. Beyond four
            // ("the Group of Seven agreed to cooperate") the pairs would
            // swamp the sentence's other events.
            let distinct = |side: &[(Option<u32>, Option<sitrep_model::Actor>)]| {
                let mut codes = side.iter().filter_map(|(_, a)| a.as_ref().and_then(|a| a.code.as_ref()));
                let Some(first) = codes.next() else { return false };
                let (count, differ) = codes.fold((1, false), |(n, d), c| (n + 1, d || c != first));
                (2..=4).contains(&count) && differ
            };
            // "talks between China and Japan": with no doer named, the
            // parties after the preposition are each other's doer and target.
            let parties_between = from.is_none() && !lex.petrarch_semantics() && to.is_some_and(|t| reciprocal::introduces_parties(lex, s, s.groups[t as usize].start));
            let between = parties_between && distinct(&targets);
            // "the Paris accord between the United States, Japan, West
            // Germany, France, Britain and Canada": parties beyond four, or
            // one alone, tell no pair; none of them is the target.
            if parties_between && !between {
                skipped = Some("the parties after \"between\" are not two to four actors");
                continue;
            }
            let doers = if between { &targets } else { &sources };
            // "peace talks brokered by Russia, Turkey and Iran": doers named
            // in a passive's agent act on what the talks are about, not on
            // each other.
            // "The accord was signed by Israel and Jordan": a passive's
            // agents are the parties where the verb says so
            // (`party_passive` of `reciprocal.tsv`).
            let parties_by = || m.passive && tree.is_parsed() && lex.is_party_passive(tree.analysis.lemma(tree.trigger_word(m.head)));
            // "Nigeria and France signed an agreement to reschedule
            // Nigeria's debt": a target that is one of the doers again
            // names what their joint act is about, not a third party.
            let target_is_a_doer = || !targets.is_empty() && targets.iter().all(|(_, t)| code_of(t).is_some_and(|c| doers.iter().any(|(_, d)| code_of(d) == Some(c))));
            let mutual = between
                || (to.is_none() || target_is_a_doer())
                    && (!m.passive || parties_by())
                    && !lex.petrarch_semantics()
                    && distinct(doers)
                    && reciprocal::is_reciprocal(lex, s, tree, m.start, m.end, m.head);
            for (i, (src, source_actor)) in doers.iter().enumerate() {
                let partners: Vec<_> = if mutual {
                    doers.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, p)| p).collect()
                } else {
                    targets.iter().collect()
                };
                let listed = doers.len() > 1 || partners.len() > 1;
                for (tgt, target_actor) in partners {
                    let (src, tgt) = (*src, *tgt);
                    let coded = |a: &Option<sitrep_model::Actor>| a.as_ref().is_some_and(|a| a.code.is_some());
                    if self.options.require_dyad && !(coded(source_actor) && coded(target_actor)) {
                        skipped = Some("no source and target both coded (--require-dyad)");
                        continue;
                    }
                    // Nobody the lexicon knows on either side: not an event
                    // anyone can use ("told the court"). Roles of no known
                    // country ("police", "the government") count when they
                    // are the doer ("police stopped the protest"), not when
                    // they are only what an unknown someone acted on
                    // ("urged people to switch off appliances").
                    let placed = |a: &Option<sitrep_model::Actor>| {
                        a.as_ref().and_then(|a| a.code.as_ref()).is_some_and(|c| c.country() != "---")
                    };
                    let known_doer = coded(source_actor) || lex.petrarch_semantics();
                    if !placed(source_actor) && !placed(target_actor) && !known_doer {
                        skipped = Some("no actor the lexicon places in a country");
                        continue;
                    }
                    if !coded(source_actor) && !coded(target_actor) {
                        skipped = Some("neither side has an actor code");
                        continue;
                    }
                    // (A name the lexicon cannot code is no doer here: on
                    // the 6k sample such transfers were mostly business,
                    // "Toyota severed ties", "Vukani Aviation trains".)
                    let uncoded_name = src.is_none() && source_actor.as_ref().is_some_and(|a| a.code.is_none());
                    if (source_actor.is_none() || uncoded_name) && !lex.petrarch_semantics() && crate::tree::needs_named_doer(cameo.as_str()) {
                        skipped = Some("a transfer, concession or sanction with no doer named");
                        continue;
                    }
                    // A pair anaphor ("the two countries met") is one group
                    // standing for both members: its actors, not its group,
                    // must differ.
                    let pair = src.is_some_and(|g| s.groups[g as usize].pair_anaphor);
                    let same_actor = source_actor.as_ref().and_then(|a| a.code.as_ref()) == target_actor.as_ref().and_then(|a| a.code.as_ref());
                    if m.compound.is_some() && src == tgt && (!pair || same_actor) {
                        skipped = Some("a compound's member with itself");
                        continue;
                    }
                    // PETRARCH's rule: no event of an actor on itself. With
                    // the built-in lexicon the act still happened, done by
                    // the source to someone its code does not tell apart
                    // ("The military junta detained the president", "David
                    // Blunkett, who has resigned as home secretary"): it
                    // stands without a target.
                    let one_actor = match (source_actor, target_actor) {
                        (Some(a), Some(b)) => a.code.is_some() && a.code == b.code && !two_actors(s, [src, tgt], [a, b]),
                        _ => false,
                    };
                    // In a list the other members carry the act ("U.S. and
                    // Kuwait … protecting Kuwaiti oil tankers"). A duty or a
                    // commitment towards oneself is no appeal ("Iran said it
                    // must defend itself"). (A government's word on what its
                    // own country must do is: "Reagan said the United States
                    // must do more", 020 USAGOV → USA, as the blind blocks
                    // code it.)
                    let towards_another = duty_appeal.is_some() || crate::tree::is_fallback_row(&pattern.id);
                    if one_actor && towards_another && !lex.petrarch_semantics() {
                        skipped = Some("a duty or commitment towards oneself");
                        continue;
                    }
                    // "The Iranian oil minister travelled to Tehran": a
                    // visit home is no visit (`foreign-target-code`).
                    let home = || match (source_actor, target_actor) {
                        (Some(a), Some(b)) => a.code.as_ref().zip(b.code.as_ref()).is_some_and(|(a, b)| crate::context::same_country(a.as_str(), b.as_str())),
                        _ => false,
                    };
                    let visit = || pattern.cameo.as_ref().is_some_and(|c| crate::tree::needs_foreign_target(c.as_str()));
                    if !lex.petrarch_semantics() && visit() && home() {
                        skipped = Some("a visit to the doer's own country");
                        continue;
                    }
                    if one_actor && (lex.petrarch_semantics() || listed) {
                        skipped = Some("an actor on itself");
                        continue;
                    }
                    let (tgt, target_actor) = if one_actor { (None, &None) } else { (tgt, target_actor) };
                    // "told the Independent he expected …": a statement to
                    // nobody the lexicon codes, or to the speaker again, is
                    // what plain "say" is (`named-target-code`); so is one
                    // to an assembly or audience, whoever is gathered ("told
                    // a Labour Party gathering that …", `audience-noun`).
                    if !lex.petrarch_semantics() && crate::tree::needs_named_target(cameo.as_str()) {
                        if !coded(target_actor) {
                            skipped = Some("a statement to no addressee the lexicon codes");
                            continue;
                        }
                        if tree.is_parsed() && tree.addresses_an_audience(tree.trigger_word(m.head), m.passive) {
                            skipped = Some("a statement to an assembly or audience");
                            continue;
                        }
                    }
                    // "Gunmen seized two French journalists": who the
                    // parties are refines the code (`party-codes.tsv`).
                    fn party(a: &Option<sitrep_model::Actor>) -> Option<(&str, &str)> {
                        // (The kind of a lexicon actor's id: "person", "party".)
                        let a = a.as_ref()?;
                        let kind = a.id.as_deref().and_then(|id| id.split_once(':')).map_or("", |(kind, _)| kind);
                        a.code.as_ref().map(|c| (c.as_str(), kind))
                    }
                    let (cameo, info, plover) = match lex.party_code(cameo, party(source_actor), party(target_actor)) {
                        Some(refined) => {
                            let info = lex.cameo(refined.as_str());
                            let plover = info.and_then(|i| i.plover_type.as_ref().map(|t| Plover { event_type: t.clone(), mode: i.plover_mode.clone() }));
                            (refined, info, plover)
                        }
                        None => (cameo, info, plover.clone()),
                    };
                    // "accused Mr Blair and other Cabinet ministers": two
                    // targets with one code are one event.
                    let first_of_match = out.len() - emitted;
                    let same = out[first_of_match..].iter().any(|e: &Event| {
                        e.cameo == *cameo
                            && code_of(&e.source) == code_of(source_actor)
                            && code_of(&e.target) == code_of(target_actor)
                    });
                    if same {
                        skipped = Some("the same event as another target's");
                        continue;
                    }
                    emitted += 1;
                    let groups = [src, tgt];
                    let names = [from_name, to_name];
                    let starts = groups.iter().flatten().map(|&g| s.groups[g as usize].start).chain(names.iter().flatten().map(|&(start, _)| start));
                    let ends = groups.iter().flatten().map(|&g| s.groups[g as usize].end).chain(names.iter().flatten().map(|&(_, end)| end));
                    let first = starts.chain([m.start]).min().unwrap_or(m.start);
                    let last = ends.chain([m.end]).max().unwrap_or(m.end);
                    out.push(Event {
                        doc_id: doc.id.clone(),
                        sentence: index,
                        span: [s.tokens.get(first).start as usize, s.tokens.get(last - 1).end as usize],
                        trigger: [s.tokens.get(m.head).start as usize, s.tokens.get(m.head).end as usize],
                        source: source_actor.clone(),
                        target: target_actor.clone(),
                        cameo: cameo.clone(),
                        plover: plover.clone(),
                        quad_class: info.map(|i| i.quad_class),
                        goldstein: info.map(|i| i.goldstein),
                        certainty,
                        attribution: match (src, source_actor) {
                            (Some(g), Some(actor)) if attribution.kind == AttributionKind::None && speech_act => {
                                let own = speaker_attribution(lex, s, &s.groups[g as usize], &actor.text, actor.id.as_deref());
                                Attribution { kind: official_or_not(lex, own.kind, Some(actor)), ..own }
                            }
                            // (A name the lexicon cannot code speaks as an
                            // unknown speaker does.)
                            (None, actor) if actor.as_ref().is_none_or(|a| a.code.is_none()) && attribution.kind == AttributionKind::None && speech_act => {
                                unknown_speaker_attribution(lex, s, tree, &m, &doc.text).unwrap_or_else(|| attribution.clone())
                            }
                            (_, None) if attribution.kind == AttributionKind::None && speech_act => {
                                unknown_speaker_attribution(lex, s, tree, &m, &doc.text).unwrap_or_else(|| attribution.clone())
                            }
                            _ => attribution.clone(),
                        },
                        quote: quote.clone(),
                        date,
                        location: None,
                        rule: pattern.id.to_string(),
                    });
                }
            }
        }
        match (emitted, skipped) {
            (0, Some(reason)) => Err(reason),
            _ => Ok(emitted),
        }
    }
}

/// A named speaker's kind by who they are: `named_official` for a code
/// `official-speakers.tsv` lists (a minister, the army, a state named
/// alone), `named_actor` for any other coded actor (an opposition leader,
/// a company). Other kinds, and speakers with no code, keep theirs.
fn official_or_not(lex: &Lexicon, kind: AttributionKind, speaker: Option<&sitrep_model::Actor>) -> AttributionKind {
    let Some((code, id)) = speaker.and_then(|a| a.code.as_ref().map(|c| (c.as_str(), a.id.as_deref()))) else { return kind };
    match kind {
        AttributionKind::NamedOfficial | AttributionKind::NamedActor if lex.speaks_officially(code, id) => AttributionKind::NamedOfficial,
        AttributionKind::NamedOfficial | AttributionKind::NamedActor => AttributionKind::NamedActor,
        kind => kind,
    }
}

/// A document whose coding ran past its deadline (see
/// [`Coder::code_within`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverBudget {
    /// Sentences coded before the deadline passed.
    pub sentences_coded: usize,
    pub sentences: usize,
}

impl std::fmt::Display for OverBudget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "coding ran out of time after {} of {} sentences", self.sentences_coded, self.sentences)
    }
}

impl std::error::Error for OverBudget {}

/// What became of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Coded,
    /// A discard phrase: the sentence codes nothing.
    DiscardSentence,
    /// A story discard phrase: the whole document codes nothing.
    DiscardDocument,
}

struct Parts<'a> {
    s: &'a Sentence,
    roles: &'a [Roles],
    names: &'a [NamedRoles],
    context: &'a DocContext,
    tree: &'a Tree,
    /// The speaker of a quotation run on from an earlier sentence, for an
    /// event inside it that the sentence credits to no one.
    carried: Option<&'a Speaker>,
    /// The speaker the sentence before named, whom a pronoun speaker of
    /// this one stands for.
    previous_speaker: Option<PreviousSpeaker>,
}

/// Whether a source's speaker is a lone subject pronoun ("he", "it",
/// "they").
fn pronoun_speaker(s: &Sentence, src: &Source) -> bool {
    src.end == src.start + 1 && s.is(src.start, CueKind::SubjectPronoun)
}

/// Whether a source's lone pronoun can stand for `previous`: "he", "she",
/// "I" for one person; "it", "they", "we" for a body or a group ("you"
/// for nobody named).
fn pronoun_stands_for(s: &Sentence, src: &Source, previous: &PreviousSpeaker) -> bool {
    if !pronoun_speaker(s, src) {
        return false;
    }
    let at = src.start;
    let one_person = s.is(at, CueKind::PersonPronoun) || (s.is(at, CueKind::FirstPerson) && !s.is(at, CueKind::PluralPronoun));
    let body = !one_person && (s.is(at, CueKind::PluralPronoun) || s.is(at, CueKind::Anaphor));
    (one_person && previous.person != Some(false)) || (body && previous.person != Some(true))
}

/// A speaker phrase longer than this ("the Hardtalk programme's Stephen
/// Sackur" is 6) is more likely a clause than a speaker.
const MAX_CARRIED_SPEAKER_TOKENS: usize = 8;

/// The speaker a sentence names for its quotation, to be carried into the
/// sentences the quotation runs on into.
fn quote_speaker(lex: &Lexicon, text: &str, s: &Sentence, context: &DocContext, src: &Source) -> Speaker {
    let actor = speaker_actor(lex, text, s, context, src, None);
    Speaker { text: token_text(text, s, src.start, src.end), kind: official_or_not(lex, src.kind, actor.as_ref()), actor }
}

/// What a pronoun that speaks in the next sentence takes from this one's
/// speaker: its kind, and whether it is one person (a person's name, an
/// office holder: "he" may stand for them) or not (a country, an
/// organisation, a group of people: "it", "they"; `None` when the words
/// name no actor the lexicon knows). Its words are not kept: the pronoun
/// keeps its own.
#[derive(Debug, Clone, Copy)]
struct PreviousSpeaker {
    kind: AttributionKind,
    person: Option<bool>,
}

fn previous_speaker(lex: &Lexicon, text: &str, s: &Sentence, context: &DocContext, src: &Source) -> PreviousSpeaker {
    let actor = speaker_actor(lex, text, s, context, src, None);
    let person = (src.start..src.end).find_map(|i| s.group_of[i]).map(|g| {
        let group = &s.groups[g as usize];
        group.person || s.is(group.end - 1, CueKind::PersonNoun)
    });
    PreviousSpeaker { kind: official_or_not(lex, src.kind, actor.as_ref()), person }
}

/// The actor of the first group in a source's words, with roles taken on
/// `date`: who the speaker is, when the lexicon knows them.
fn speaker_actor(lex: &Lexicon, text: &str, s: &Sentence, context: &DocContext, src: &Source, date: Option<NaiveDate>) -> Option<sitrep_model::Actor> {
    let g = (src.start..src.end).find_map(|i| s.group_of[i])?;
    let group = &s.groups[g as usize];
    let mut found = Vec::new();
    actors(text, s, group, context.resolve(lex, group, date), &mut found);
    found.into_iter().next()
}

/// "“We will never negotiate with Russia,” Zelensky said": a quoted claim
/// with no subject of its own is the speaker's; a passive with no agent
/// ("“US service members were killed during an explosion") names no doer;
/// nor does an evaluation about nobody the text names ("“His comments are
/// unacceptable,” the ANC said", `roles.rs`).
fn quoted_speaker_as_source(lex: &Lexicon, s: &Sentence, source: Option<Source>, roles: &mut [Roles]) {
    let Some(src) = source else { return };
    let Some(speaker) = (src.start..src.end).find_map(|i| s.group_of[i]) else { return };
    for (m, r) in s.matches.iter().zip(roles.iter_mut()) {
        let quoted = s.in_quotation(m.head);
        let evaluation = lex.patterns[m.pattern as usize].evaluation;
        if r.source.is_none() && quoted && !m.passive && !evaluation && r.target != Some(speaker) {
            r.source = Some(speaker);
        }
    }
}

/// Whether the trigger at token `head` is a noun inside a prepositional
/// phrase ("on the talks with Ethiopia"), and `target` no party a
/// "between" introduces (they are the act's doers). Not a phrase that
/// completes a verb with an object: "blamed Israel for the assassination
/// of …", "linked Iran to the attempt on …" say what the object did.
fn background_noun(lex: &Lexicon, s: &Sentence, tree: &Tree, head: usize, target: Option<u32>) -> bool {
    let a = &tree.analysis;
    let w = tree.trigger_word(head);
    let parties = target.is_some_and(|t| reciprocal::introduces_parties(lex, s, s.groups[t as usize].start));
    let object_of_governor = a.head(w).is_some_and(|h| a.children(h).any(|c| matches!(a.universal_deprel(c), "obj" | "iobj")));
    matches!(a.upos(w), "NOUN" | "PROPN") && a.children(w).any(|c| a.universal_deprel(c) == "case") && !parties && !object_of_governor
}

/// The match whose verb of material conflict has match `k`, a noun of
/// material conflict, as its subject, or as an oblique with the same doer:
/// "Russian attacks have targeted Ukraine's power plants", "the regime used
/// chemical weapons in an attack last week" report one act, the verb's
/// ("killed in an offensive against Abu Sayyaf" with no killer named keeps
/// the offensive), unless the noun tells how the verb's act was done
/// (`means_tell_the_act`, which the callers check).
fn violent_verb_over_noun(lex: &Lexicon, s: &Sentence, tree: &Tree, roles: &[Roles], k: usize) -> Option<usize> {
    if !tree.is_parsed() || lex.petrarch_semantics() {
        return None;
    }
    let violent = |j: usize| crate::roles::codes_force(lex, s.matches[j].pattern);
    if !violent(k) {
        return None;
    }
    let a = &tree.analysis;
    // "air strikes by Syrian planes have killed": a noun pattern's first
    // word may be a compound of the noun the parse makes the subject.
    let mut w = tree.trigger_word(s.matches[k].head);
    while let Some(h) = a.head(w).filter(|&h| a.universal_deprel(w) == "compound" && tree.token(h) < s.matches[k].end) {
        w = h;
    }
    let verb = a.head(w).filter(|_| matches!(a.upos(w), "NOUN" | "PROPN") && matches!(a.universal_deprel(w), "nsubj" | "obl"))?;
    let subject = a.universal_deprel(w) == "nsubj";
    (0..s.matches.len()).find(|&j| j != k && tree.trigger_word(s.matches[j].head) == verb && violent(j) && (subject || (roles[j].source.is_some() && roles[j].source == roles[k].source)))
}

/// Whether noun match `noun`, the subject of verb match `verb`, tells how
/// the verb's act was done: "the Iraqi missile attack on the U.S. frigate
/// Stark killed 37 Americans" is the attack (195), not a killing beside it
/// (`means-over-code` in tree-roles.tsv). Only a noun whose doer is named.
fn means_tell_the_act(lex: &Lexicon, s: &Sentence, roles: &[Roles], noun: usize, verb: usize) -> bool {
    let code = |k: usize| lex.patterns[s.matches[k].pattern as usize].cameo.as_ref().map(|c| c.as_str());
    roles[noun].source.is_some() && code(noun).zip(code(verb)).is_some_and(|(n, v)| crate::tree::means_tell_the_act(n, v))
}

/// Whether match `k`, a noun, is the subject of another match's violent
/// verb that tells the act (`violent_verb_over_noun`).
fn violence_told_by_its_verb(lex: &Lexicon, s: &Sentence, tree: &Tree, roles: &[Roles], k: usize) -> bool {
    violent_verb_over_noun(lex, s, tree, roles, k).is_some_and(|verb| !means_tell_the_act(lex, s, roles, k, verb))
}

/// "46 civilians were killed by a US-led airstrike", "a chemical attack by
/// the Syrian government killed dozens of people": an act noun that tells
/// how a killing was done (`means_tell_the_act`) and names no target of its
/// own takes the verb's: those it killed.
fn means_take_their_victims(lex: &Lexicon, s: &Sentence, tree: &Tree, roles: &mut [Roles]) {
    let pairs: Vec<(usize, usize)> = (0..s.matches.len()).filter_map(|j| violent_verb_over_noun(lex, s, tree, roles, j).filter(|&k| means_tell_the_act(lex, s, roles, j, k)).map(|k| (j, k))).collect();
    for (noun, verb) in pairs {
        if roles[noun].target.is_none() {
            roles[noun].target = roles[verb].target;
        }
    }
}

/// Whether match `k`, a violent verb, has for its subject an act noun that
/// tells how it was done (`means_tell_the_act`): the noun's is the event.
fn violence_told_by_its_means(lex: &Lexicon, s: &Sentence, tree: &Tree, roles: &[Roles], k: usize) -> bool {
    // Only a violent verb can be told by its means: most matches stop here.
    crate::roles::codes_force(lex, s.matches[k].pattern) && (0..s.matches.len()).any(|j| j != k && violent_verb_over_noun(lex, s, tree, roles, j) == Some(k) && means_tell_the_act(lex, s, roles, j, k))
}

/// CAMEO's general appeal, for an act `appeal.tsv` lists no appeal for.
fn general_appeal() -> sitrep_model::CameoCode {
    sitrep_model::CameoCode::parse("020").expect("020 is a CAMEO code")
}

fn token_text(text: &str, s: &Sentence, start: usize, end: usize) -> String {
    if start >= end {
        return String::new();
    }
    text[s.tokens.get(start).start as usize..s.tokens.get(end - 1).end as usize].to_owned()
}

/// Where the question a sentence ends with begins: after the colon,
/// quotation mark, dash or semicolon that opens it ("Mr Howard asked: \"How
/// can they fight crime …?\"", "Blair has told Labour supporters he's
/// back - but does that sum up the mood …?"), else at the sentence's
/// start; `None` when the sentence does not end with a question mark.
fn question_start(s: &Sentence) -> Option<usize> {
    // Normalised forms: typographic quotes and dashes read as ASCII ones.
    const CLOSERS: [&str; 3] = ["\"", "'", ")"];
    const OPENERS: [&str; 5] = [":", "\"", "'", "-", ";"];
    let mut end = s.len();
    while end > 0 && CLOSERS.contains(&s.norm(end - 1)) {
        end -= 1;
    }
    if end == 0 || s.norm(end - 1) != "?" {
        return None;
    }
    // A hyphen inside a word ("five-percent") opens nothing: only one
    // with a space before it is a dash.
    let spaced = |i: usize| i > 0 && s.tokens.get(i).start > s.tokens.get(i - 1).end;
    let opener = (0..end - 1).rev().find(|&i| OPENERS.contains(&s.norm(i)) && (s.norm(i) != "-" || spaced(i)));
    Some(opener.map_or(0, |i| i + 1))
}

/// The date `d` of an event of `certainty` in a document published on
/// `published`. A date after publication dates only what is still to
/// come, never what the text says has happened ("signed an agreement to
/// hand Macao back in 1999", "extend the agreement through May 30"): such
/// an event keeps no date of its own. (A day named without its year that
/// means the last one, "left for Iraq on 18 August", is lost with them:
/// half the corpus cases were coming events the certainty missed.)
fn happened_by(d: EventDate, certainty: Certainty, published: Option<NaiveDate>) -> Option<EventDate> {
    let to_come = matches!(certainty, Certainty::Intended | Certainty::Conditional);
    let after_publication = published.is_some_and(|p| d.value > p);
    (to_come || !after_publication).then_some(d)
}

/// Two different actors under one code are two actors, not one acting on
/// itself: domestic politics is mostly parties, leaders and institutions of
/// one country ("the Liberal Democrats accused the Conservatives", both
/// GBROPP; "Sharon criticised Peres", both ISRGOV; "Democrats have accused
/// the president"; "Yukos accused Gazprom", both RUSBUS). Only an actor
/// the lexicon names (a person, party, armed group, organisation or
/// company) tells two actors apart: two role nouns of
/// one country ("officials" and "the government", "banks" and "lenders")
/// may be one actor, and their country is often the document's guess; a
/// pronoun ("Tehran denied that it") and a country named twice are one;
/// a role after "as" is the doer's own office ("Blunkett resigned as Home
/// Secretary").
fn two_actors(s: &Sentence, groups: [Option<u32>; 2], actors: [&sitrep_model::Actor; 2]) -> bool {
    const NAMED: [&str; 7] = ["party", "person", "group", "igo", "ngo", "company", "business"];
    fn named(x: &sitrep_model::Actor) -> Option<&str> {
        NAMED.iter().find_map(|kind| lexicon_id(x, kind))
    }
    let [a, b] = actors;
    if let (Some(x), Some(y)) = (named(a), named(b)) {
        return x != y;
    }
    let [Some(src), Some(tgt)] = groups else { return false };
    let (gs, gt) = (&s.groups[src as usize], &s.groups[tgt as usize]);
    let thing_pronoun = |g: &Group| g.pronoun == Some(false) || g.country_anaphor;
    if thing_pronoun(gs) || thing_pronoun(gt) || same_noun(&a.text, &b.text) {
        return false;
    }
    if gt.start > 0 && s.norm(gt.start - 1) == "as" {
        return false;
    }
    let country_alone = |x: &sitrep_model::Actor| x.code.as_ref().is_some_and(|c| c.as_str().len() == 3);
    match (named(a), named(b)) {
        (Some(_), None) => !country_alone(b),
        (None, Some(_)) => !country_alone(a),
        _ => false,
    }
}

/// Whether two actors' words end in the same noun, plural or not.
fn same_noun(a: &str, b: &str) -> bool {
    let head = |t: &str| t.split_whitespace().last().map(|w| w.to_lowercase().trim_end_matches('s').to_owned()).unwrap_or_default();
    head(a) == head(b)
}

/// The lexicon id of `actor` when it is an entry of `kind` ("person",
/// "party": ids `person:tony_blair`, `party:gbr_labour`).
fn lexicon_id<'a>(actor: &'a sitrep_model::Actor, kind: &str) -> Option<&'a str> {
    actor.id.as_deref().filter(|id| id.strip_prefix(kind).is_some_and(|rest| rest.starts_with(':')))
}

/// Whether group `g` is a "the country" whose code (in `own`, its side's
/// actors) is the code of an actor on the other side.
fn country_anaphor_of(s: &Sentence, g: Option<u32>, own: &[(Option<u32>, Option<sitrep_model::Actor>)], other: &[(Option<u32>, Option<sitrep_model::Actor>)]) -> bool {
    if !g.is_some_and(|g| s.groups[g as usize].country_anaphor) {
        return false;
    }
    own.iter().filter_map(|(_, a)| code_of(a)).any(|c| other.iter().any(|(_, b)| code_of(b) == Some(c)))
}

/// An actor's code, if it has one.
fn code_of(a: &Option<sitrep_model::Actor>) -> Option<&sitrep_model::ActorCode> {
    a.as_ref().and_then(|a| a.code.as_ref())
}

/// Builds the sentence's groups and matches again, after marks that turn
/// places into actors changed.
fn regroup_and_match(lex: &Lexicon, s: &mut Sentence) {
    s.groups.clear();
    s.group_of.clear();
    s.matches.clear();
    s.verb_candidates.clear();
    groups::build_groups(lex, s);
    matching::find_matches(lex, s);
}

/// Whether each of the last `n` events of `events` (one sentence's so far)
/// repeats one before them: the same code between the same coded actors.
fn restates_earlier(events: &[Event], n: usize) -> bool {
    let (earlier, last) = events.split_at(events.len() - n);
    last.iter().all(|e| earlier.iter().any(|x| x.cameo == e.cameo && code_of(&x.source) == code_of(&e.source) && code_of(&x.target) == code_of(&e.target)))
}
