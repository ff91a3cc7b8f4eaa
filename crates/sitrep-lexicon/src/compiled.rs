//! The compiled lexicon: every phrase interned and indexed once, then shared
//! read-only by every thread that codes.

use std::path::Path;

use rustc_hash::{FxHashMap, FxHashSet};
use sitrep_model::CameoCode;
use sitrep_text::{tokenise_in, Abbreviations, Language, Tokens};

use crate::morphology::Morphology;
use crate::morphology_fr::FrenchMorphology;
use crate::pattern::PatternElem;
use crate::phrases::{Interner, PhraseTable, WordId, UNKNOWN};
use crate::source::{ActorEntry, CameoInfo, CueBits, CueKind, DateWord, LexiconSource};
use crate::LexiconError;

/// The role of `en/agents.tsv` for phrases that hold a role noun and name
/// no actor.
pub const NOT_AN_ACTOR: &str = "-";

/// What a noun phrase names: a lexicon actor, a role noun, or both.
#[derive(Debug, Clone, Copy, Default)]
pub struct NounRef {
    /// Index into [`Lexicon::actors`].
    pub actor: Option<u32>,
    /// Index into [`Lexicon::roles`].
    pub agent: Option<u32>,
    /// A phrase of `en/agents.tsv` with the role `-`: it holds a role noun
    /// but names no actor ("market forces", "rugby union"), and as the
    /// longest match it keeps that noun from being read as one.
    pub not_actor: bool,
    /// A name the lexicon writes in lower case (`fr/actor-names.tsv`: a
    /// French demonym adjective, "russes"): it names its actor in lower
    /// case too, where other names must be capitalised.
    pub lowercase: bool,
}

/// One element of a compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    Word { alternatives: Box<[WordId]>, optional: bool },
    /// Any of these token sequences.
    Phrases(Box<[Box<[WordId]>]>),
    Gap,
    Target,
    Source,
    /// A compound actor whose members are coded with one another.
    Compound,
    /// One noun phrase, skipped.
    SkipPhrase,
}

#[derive(Debug, Clone)]
pub struct CompiledPattern {
    pub id: Box<str>,
    /// `None`: matches, codes nothing.
    pub cameo: Option<CameoCode>,
    /// Code of the mirror event, target to source.
    pub reverse: Option<CameoCode>,
    /// Elements before the head, nearest first (matched leftwards).
    pub before: Box<[Elem]>,
    /// Elements after the head, or after the first word of a noun pattern.
    pub after: Box<[Elem]>,
    pub has_head: bool,
    /// Written `+?`: the final target may be absent (`after` still ends in
    /// `Elem::Target`, which a match without an actor there leaves out).
    pub target_optional: bool,
    /// Written `$?`: the verb's subject is the target, and the final source
    /// may be absent (`after` still ends in `Elem::Source`).
    pub source_optional: bool,
    /// Literal words: more specific patterns are tried first.
    pub specificity: u16,
    /// Words that must occur in the sentence for the pattern to match, so
    /// that most patterns are ruled out before any matching.
    pub required: Box<[WordId]>,
    pub example: Option<String>,
    /// An evaluation (`en/evaluations.tsv`): the word is the predicate of a
    /// clause a speaker reports; the speaker is the source, the predicate's
    /// subject (or its owner) the target.
    pub evaluation: bool,
}

/// A pattern reachable from a head verb form.
#[derive(Debug, Clone, Copy)]
pub struct HeadRef {
    pub pattern: u32,
    /// `morphology::form` flags of the form that was looked up.
    pub forms: u8,
}

/// The compiled, immutable lexicon (`Send + Sync`).
pub struct Lexicon {
    /// The language of the text this lexicon codes.
    pub language: Language,
    words: Interner,
    pub nouns: PhraseTable<NounRef>,
    pub cues: PhraseTable<CueBits>,
    pub patterns: Vec<CompiledPattern>,
    heads: FxHashMap<WordId, Vec<HeadRef>>,
    noun_anchors: FxHashMap<WordId, Vec<u32>>,
    pub actors: Vec<ActorEntry>,
    pub roles: Vec<String>,
    cameo: FxHashMap<String, CameoInfo>,
    /// Intent code by act code prefix (`intent.tsv`).
    intents: FxHashMap<String, CameoCode>,
    /// Appeal code by act code prefix (`appeal.tsv`).
    appeals: FxHashMap<String, CameoCode>,
    /// Refusal code by act code prefix (`refusal.tsv`).
    refusals: FxHashMap<String, CameoCode>,
    /// `protest-demand.tsv` by (protest code, demand code or prefix).
    protest_demands: FxHashMap<(String, String), CameoCode>,
    /// Whether an event is a statement by its source, by code prefix
    /// (`speech-acts.tsv`).
    speech_acts: FxHashMap<String, bool>,
    /// Sub-codes by who the parties are (`party-codes.tsv`).
    pub party_codes: Vec<crate::PartyCode>,
    /// What makes a named speaker an official (`official-speakers.tsv`).
    pub official_speakers: crate::OfficialSpeakers,
    /// `local-roles.tsv`: roles whose bare noun belongs where its
    /// sentence places it.
    local_roles: Vec<String>,
    /// Lemmas of reciprocal acts (`reciprocal.tsv`).
    reciprocal_words: FxHashSet<String>,
    /// Reciprocal pronouns ("each other"), lower-case words.
    pub reciprocal_pronouns: Vec<Vec<String>>,
    /// Prepositions whose conjoined objects act on each other
    /// ("between"; `reciprocal.tsv`).
    reciprocal_prepositions: FxHashSet<String>,
    /// Verbs whose passive agents are the parties ("signed by Israel and
    /// Jordan"; `reciprocal.tsv`).
    party_passives: FxHashSet<String>,
    pub abbreviations: Abbreviations,
    pub dates: Vec<DateWord>,
    /// Discard phrases: `true` drops the whole document.
    pub discards: PhraseTable<bool>,
    /// Words that make a match score a sports result, or not one
    /// (`en/discards.tsv`'s score scopes).
    pub score_words: PhraseTable<ScoreWordKinds>,
    /// How many tokens a pattern's gap may skip.
    pub gap_limit: usize,
    /// How far after a verb its object may start when no `+` places it.
    pub object_reach: usize,
    acronyms_by_case: bool,
    /// See [`LexiconSource::roles_from_context`].
    pub roles_from_context: bool,
    /// Word endings of adverbs ("-ly") and participles ("-ing", "-ed"),
    /// for words the lexicon does not list.
    pub adverb_suffixes: Vec<String>,
    pub participle_suffixes: Vec<String>,
    /// Normalised words after which a short quotation is cited words, not
    /// scare quotes (cue kind `quote_intro`).
    pub quote_intro_words: Vec<String>,
    /// Pairs of words some coding pattern spells one right after the other
    /// ("military aid", "military cooperation"), read once from the
    /// patterns so the coder need not walk them per sentence.
    spelled_pairs: FxHashSet<(WordId, WordId)>,
    /// French: a lexicon word with accents by its folded form, where no
    /// lexicon word is spelled so ("etat" → "état"), for text that drops
    /// accents; see [`Lexicon::word_id`].
    folded: FxHashMap<Box<str>, WordId>,
}

impl Lexicon {
    /// The built-in lexicon, compiled.
    pub fn builtin() -> Result<Self, LexiconError> {
        Self::compile(&LexiconSource::embedded()?)
    }

    /// The built-in lexicon of `language`, compiled.
    pub fn builtin_in(language: Language) -> Result<Self, LexiconError> {
        Self::compile(&LexiconSource::embedded_in(language)?)
    }

    /// A lexicon directory, compiled.
    pub fn from_dir(dir: &Path) -> Result<Self, LexiconError> {
        Self::compile(&LexiconSource::from_dir(dir)?)
    }

    /// The lexicon of `language` in a directory, compiled.
    pub fn from_dir_in(dir: &Path, language: Language) -> Result<Self, LexiconError> {
        Self::compile(&LexiconSource::from_dir_in(dir, language)?)
    }

    pub fn compile(src: &LexiconSource) -> Result<Self, LexiconError> {
        let mut tokens = Tokens::default();
        let mut lex = Self {
            language: src.language,
            words: Interner::default(),
            nouns: PhraseTable::default(),
            cues: PhraseTable::default(),
            patterns: Vec::new(),
            heads: FxHashMap::default(),
            noun_anchors: FxHashMap::default(),
            actors: src.actors.clone(),
            roles: Vec::new(),
            cameo: src.cameo.iter().map(|c| (c.code.as_str().to_owned(), c.clone())).collect(),
            intents: src.intents.iter().map(|(act, intent)| (act.as_str().to_owned(), intent.clone())).collect(),
            appeals: src.appeals.iter().map(|(act, appeal)| (act.as_str().to_owned(), appeal.clone())).collect(),
            refusals: src.refusals.iter().map(|(act, refusal)| (act.as_str().to_owned(), refusal.clone())).collect(),
            protest_demands: src.protest_demands.iter().map(|(p, d, c)| ((p.as_str().to_owned(), d.as_str().to_owned()), c.clone())).collect(),
            speech_acts: src.speech_acts.iter().map(|(code, speech)| (code.as_str().to_owned(), *speech)).collect(),
            party_codes: src.party_codes.clone(),
            official_speakers: src.official_speakers.clone(),
            local_roles: src.local_roles.clone(),
            reciprocal_words: src.reciprocal.words.iter().cloned().collect(),
            reciprocal_pronouns: src.reciprocal.pronouns.clone(),
            reciprocal_prepositions: src.reciprocal.prepositions.iter().cloned().collect(),
            party_passives: src.reciprocal.party_passives.iter().cloned().collect(),
            abbreviations: Abbreviations::new(src.abbreviations.iter().map(String::as_str)),
            dates: src.dates.clone(),
            discards: PhraseTable::default(),
            score_words: PhraseTable::default(),
            gap_limit: src.gap_limit,
            object_reach: src.object_reach,
            acronyms_by_case: src.acronyms_by_case,
            roles_from_context: src.roles_from_context,
            adverb_suffixes: Vec::new(),
            participle_suffixes: Vec::new(),
            quote_intro_words: Vec::new(),
            spelled_pairs: FxHashSet::default(),
            folded: FxHashMap::default(),
        };
        for d in &src.discards {
            if let Some((ids, _)) = lex.phrase(&d.phrase, &mut tokens) {
                *lex.discards.entry(ids, false, || d.story) |= d.story;
            }
        }
        for w in &src.score_words {
            if let Some((ids, _)) = lex.phrase(&w.phrase, &mut tokens) {
                lex.score_words.entry(ids, false, ScoreWordKinds::default).add(w.kind);
            }
        }
        if let Some(row) = src.party_codes.iter().find(|r| lex.cameo(r.code.as_str()).is_none() || lex.cameo(r.becomes.as_str()).is_none()) {
            return Err(LexiconError::File {
                file: "lexicon/party-codes.tsv".into(),
                message: format!("{} → {}: both codes must be in cameo.tsv", row.code, row.becomes),
            });
        }
        for (file, pairs) in [("lexicon/intent.tsv", &src.intents), ("lexicon/appeal.tsv", &src.appeals), ("lexicon/refusal.tsv", &src.refusals)] {
            if let Some((act, code)) = pairs.iter().find(|(a, i)| lex.cameo(a.as_str()).is_none() || lex.cameo(i.as_str()).is_none()) {
                return Err(LexiconError::File { file: file.into(), message: format!("{act} → {code}: both codes must be in cameo.tsv") });
            }
        }
        if let Some((p, d, c)) = src.protest_demands.iter().find(|(p, d, c)| [p, d, c].iter().any(|x| lex.cameo(x.as_str()).is_none())) {
            return Err(LexiconError::File { file: "lexicon/protest-demand.tsv".into(), message: format!("{p} {d} → {c}: every code must be in cameo.tsv") });
        }
        if let Some((code, _)) = src.speech_acts.iter().find(|(c, _)| lex.cameo(c.as_str()).is_none()) {
            return Err(LexiconError::File {
                file: "lexicon/speech-acts.tsv".into(),
                message: format!("{code}: not a code of cameo.tsv"),
            });
        }
        let mut seen_ids = FxHashMap::default();
        for (i, actor) in src.actors.iter().enumerate() {
            if seen_ids.insert(actor.id.as_str(), i).is_some() {
                return Err(LexiconError::File {
                    file: "lexicon/actors".into(),
                    message: format!("actor id {:?} is defined twice", actor.id),
                });
            }
            for name in &actor.names {
                if let Some((ids, acronym)) = lex.phrase(name, &mut tokens) {
                    let entry = lex.nouns.entry(ids, acronym, NounRef::default);
                    entry.actor.get_or_insert(i as u32);
                }
            }
        }
        for (i, name) in &src.lowercase_names {
            if let Some((ids, _)) = lex.phrase(name, &mut tokens) {
                let entry = lex.nouns.entry(ids, false, NounRef::default);
                if entry.actor == Some(*i as u32) {
                    entry.lowercase = true;
                }
            }
        }
        for agent in &src.agents {
            if agent.role == NOT_AN_ACTOR {
                for name in &agent.names {
                    if let Some((ids, acronym)) = lex.phrase(name, &mut tokens) {
                        lex.nouns.entry(ids, acronym, NounRef::default).not_actor = true;
                    }
                }
                continue;
            }
            let role = match lex.roles.iter().position(|r| *r == agent.role) {
                Some(r) => r,
                None => {
                    lex.roles.push(agent.role.clone());
                    lex.roles.len() - 1
                }
            };
            for name in &agent.names {
                if let Some((ids, acronym)) = lex.phrase(name, &mut tokens) {
                    lex.nouns.entry(ids, acronym, NounRef::default).agent.get_or_insert(role as u32);
                }
            }
        }
        for cue in &src.cues {
            // Word endings are matched on the normalised word, not as phrases.
            match cue.kind {
                CueKind::AdverbSuffix => lex.adverb_suffixes.push(cue.phrase.to_lowercase()),
                CueKind::ParticipleSuffix => lex.participle_suffixes.push(cue.phrase.to_lowercase()),
                CueKind::QuoteIntro => {
                    let mut norm = String::new();
                    sitrep_text::normalise_in(&cue.phrase, &mut norm, src.language);
                    lex.quote_intro_words.push(norm);
                }
                _ => {}
            }
            if matches!(cue.kind, CueKind::AdverbSuffix | CueKind::ParticipleSuffix | CueKind::QuoteIntro) {
                continue;
            }
            if let Some((ids, _)) = lex.phrase(&cue.phrase, &mut tokens) {
                *lex.cues.entry(ids, false, || 0) |= cue.kind.bit();
            }
            // "prévoit de" stands for "prévoit d'attaquer" too.
            let elided = (src.language == sitrep_text::Language::French)
                .then(|| cue.phrase.rsplit_once(' '))
                .flatten()
                .and_then(|(head, last)| sitrep_text::french_elided(last).map(|e| format!("{head} {e}")));
            if let Some((ids, _)) = elided.and_then(|phrase| lex.phrase(&phrase, &mut tokens)) {
                *lex.cues.entry(ids, false, || 0) |= cue.kind.bit();
            }
        }
        for date in &src.dates {
            for w in &date.words {
                lex.phrase(w, &mut tokens);
            }
        }
        lex.compile_patterns(src, &mut tokens)?;
        lex.spelled_pairs = spelled_pairs(&lex.patterns);
        if lex.language == Language::French {
            lex.folded = lex.words.folded_aliases();
        }
        Ok(lex)
    }

    /// Whether some coding pattern spells `first` right before `second`.
    pub fn spells_in_a_row(&self, first: WordId, second: WordId) -> bool {
        self.spelled_pairs.contains(&(first, second))
    }

    fn compile_patterns(&mut self, src: &LexiconSource, tokens: &mut Tokens) -> Result<(), LexiconError> {
        let english = Morphology::new(&src.irregular);
        let french = FrenchMorphology::new(&src.french_irregular);
        let inflect = |lemma: &str| match src.language {
            Language::English => english.forms(lemma),
            Language::French => french.forms(lemma),
        };
        let mut ids_seen = FxHashMap::default();
        for verb in &src.verbs {
            let file = if verb.evaluation { src.evaluation_file.as_path() } else { src.verb_file.as_path() };
            let err = |m: String| LexiconError::entry(file, verb.line, &verb.id, m);
            if ids_seen.insert(verb.id.clone(), ()).is_some() {
                return Err(err("pattern id defined twice".into()));
            }
            for code in verb.cameo.iter().chain(&verb.reverse) {
                if src.strict_codes && !self.cameo.contains_key(code.as_str()) {
                    return Err(err(format!("CAMEO code {code} is not in cameo.tsv")));
                }
            }
            let index = self.patterns.len() as u32;
            let head_at = verb.pattern.iter().position(|e| matches!(e, PatternElem::Head(_)));
            let anchor_at = head_at.unwrap_or(0);
            let mut specificity = 0u16;
            let mut compile = |elems: &[PatternElem], lex: &mut Self| -> Result<Vec<Elem>, LexiconError> {
                let mut out = Vec::with_capacity(elems.len());
                for e in elems {
                    out.push(lex.compile_elem(e, tokens, &mut specificity).map_err(err)?);
                }
                Ok(out)
            };
            let mut before = compile(&verb.pattern[..anchor_at], self)?;
            before.reverse();
            let after = compile(&verb.pattern[anchor_at + 1..], self)?;
            specificity += 1; // the anchor
            match &verb.pattern[anchor_at] {
                PatternElem::Head(lemma) => {
                    let forms = match &verb.forms {
                        Some(forms) => forms.iter().map(|f| (f.to_lowercase(), guess_form(f))).collect(),
                        None => inflect(lemma),
                    };
                    for (form, flags) in forms {
                        let Some((ids, _)) = self.phrase(&form, tokens) else { continue };
                        if ids.len() != 1 {
                            return Err(err(format!("head form {form:?} must be one token")));
                        }
                        self.heads.entry(ids[0]).or_default().push(HeadRef { pattern: index, forms: flags });
                    }
                }
                PatternElem::Words { alternatives, optional: false } => {
                    for alt in alternatives {
                        let id = self.single_token(alt, tokens).map_err(err)?;
                        self.noun_anchors.entry(id).or_default().push(index);
                    }
                }
                _ => return Err(err("a noun pattern must start with a required word".into())),
            }
            let required: Vec<WordId> = before
                .iter()
                .chain(&after)
                .filter_map(|e| match e {
                    Elem::Word { alternatives, optional: false } if alternatives.len() == 1 => Some(alternatives[0]),
                    Elem::Phrases(p) if p.len() == 1 => p[0].first().copied(),
                    _ => None,
                })
                .collect();
            self.patterns.push(CompiledPattern {
                required: required.into(),
                id: verb.id.as_str().into(),
                cameo: verb.cameo.clone(),
                reverse: verb.reverse.clone(),
                before: before.into(),
                after: after.into(),
                has_head: head_at.is_some(),
                target_optional: verb.pattern.last() == Some(&PatternElem::OptionalTarget),
                source_optional: verb.pattern.last() == Some(&PatternElem::OptionalSource),
                specificity,
                example: verb.example.clone(),
                evaluation: verb.evaluation,
            });
        }
        let patterns = &self.patterns;
        let by_specificity = |p: u32| {
            let p = &patterns[p as usize];
            std::cmp::Reverse((p.specificity, p.before.len() + p.after.len()))
        };
        for refs in self.heads.values_mut() {
            refs.sort_by_key(|r| by_specificity(r.pattern));
        }
        for refs in self.noun_anchors.values_mut() {
            refs.sort_by_key(|&p| by_specificity(p));
        }
        Ok(())
    }

    fn compile_elem(&mut self, elem: &PatternElem, tokens: &mut Tokens, specificity: &mut u16) -> Result<Elem, String> {
        Ok(match elem {
            PatternElem::Head(_) => return Err("at most one `[head]`".into()),
            PatternElem::Gap => Elem::Gap,
            PatternElem::Target | PatternElem::OptionalTarget => Elem::Target,
            PatternElem::Source | PatternElem::OptionalSource => Elem::Source,
            PatternElem::Compound => Elem::Compound,
            PatternElem::SkipPhrase => Elem::SkipPhrase,
            PatternElem::Words { alternatives, optional } => {
                if !optional {
                    *specificity += 1;
                }
                let mut ids = alternatives.iter().map(|a| self.single_token(a, tokens)).collect::<Result<Vec<_>, _>>()?;
                // French: "[avertir] que" is also "avertit qu'il", "soutien
                // de +" also "soutien d'Israël".
                if self.language == Language::French {
                    for alt in alternatives {
                        if let Some(elided) = sitrep_text::french_elided(alt) {
                            let id = self.single_token(&elided, tokens)?;
                            if !ids.contains(&id) {
                                ids.push(id);
                            }
                        }
                    }
                }
                Elem::Word { alternatives: ids.into(), optional: *optional }
            }
            PatternElem::Phrases(phrases) => {
                *specificity += 1;
                let mut out = Vec::new();
                for words in phrases {
                    let text = words.join(" ");
                    if let Some((ids, _)) = self.phrase(&text, tokens) {
                        out.push(ids.into_boxed_slice());
                    }
                }
                if out.is_empty() {
                    return Err("an empty set of phrases".into());
                }
                Elem::Phrases(out.into())
            }
        })
    }

    fn single_token(&mut self, word: &str, tokens: &mut Tokens) -> Result<WordId, String> {
        match self.phrase(word, tokens) {
            Some((w, _)) if w.len() == 1 => Ok(w[0]),
            _ => Err(format!("{word:?} must be exactly one token")),
        }
    }

    /// Tokenises and interns a lexicon phrase; `None` if it has no tokens.
    fn phrase(&mut self, text: &str, tokens: &mut Tokens) -> Option<(Vec<WordId>, bool)> {
        tokens.clear();
        tokenise_in(text, 0..text.len(), tokens, self.language);
        if tokens.is_empty() {
            return None;
        }
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        let acronym = self.acronyms_by_case && tokens.len() == 1 && (2..=4).contains(&letters) && tokens.get(0).all_caps;
        // "Kurdistan Workers' Party": the coder reads the apostrophe of a
        // plural possessive as `'s` (`Sentence::is_possessive`), so the
        // name's must be that word too.
        let n = tokens.len();
        let plural_possessive = |i: usize| {
            tokens.norm(i) == "'" && i > 0 && i + 1 < n && tokens.get(i - 1).end == tokens.get(i).start && tokens.norm(i - 1).ends_with('s')
        };
        let ids = (0..n).map(|i| self.words.intern(if plural_possessive(i) { "'s" } else { tokens.norm(i) })).collect();
        Some((ids, acronym))
    }

    /// Whether the lexicon came from PETRARCH dictionaries, to be coded as
    /// PETRARCH codes (no anaphora, no context for role nouns).
    pub fn petrarch_semantics(&self) -> bool {
        !self.roles_from_context
    }

    /// Does this normalised word end like an adverb ("reportedly")?
    pub fn looks_adverb(&self, word: &str) -> bool {
        self.adverb_suffixes.iter().any(|x| word.len() > x.len() && word.ends_with(x.as_str()))
    }

    /// Is a short quotation after this normalised word the words cited
    /// ("called "foreign fighters"") rather than scare quotes?
    pub fn introduces_quotation(&self, word: &str) -> bool {
        self.quote_intro_words.iter().any(|w| w == word)
    }

    /// Does this normalised word end like a participle ("restructuring")?
    pub fn looks_participle(&self, word: &str) -> bool {
        self.participle_suffixes.iter().any(|x| word.len() > x.len() && word.ends_with(x.as_str()))
    }

    /// The lexicon's id of a normalised token, `UNKNOWN` for a word it
    /// does not hold. A French word keeps the accent of its ending
    /// (`sitrep_text::normalise_in`); one the lexicon does not hold so is
    /// looked up folded whole ("traoré" is an actor file's "traore"), and
    /// a folded one as the lexicon's word that folds so ("libere", from
    /// text without accents, is "liberé").
    pub fn word_id(&self, norm: &str) -> WordId {
        self.word_id_with(norm, &mut String::new())
    }

    /// [`Lexicon::word_id`], folding into `buf` (a buffer the caller
    /// reuses from token to token: the per-sentence path allocates
    /// nothing for it).
    pub fn word_id_with(&self, norm: &str, buf: &mut String) -> WordId {
        let id = self.words.get(norm);
        if id != UNKNOWN || self.language != Language::French {
            return id;
        }
        if norm.is_ascii() {
            return self.folded.get(norm).copied().unwrap_or(UNKNOWN);
        }
        buf.clear();
        sitrep_text::normalise_into(norm, buf);
        match self.words.get(buf) {
            UNKNOWN => self.folded.get(buf.as_str()).copied().unwrap_or(UNKNOWN),
            id => id,
        }
    }

    /// [`Lexicon::word_id_with`] for a word the text writes in lower case:
    /// a French participle's ending ("forcés", "pressé", "voyagé") is not
    /// folded into the other word it would spell without its accent
    /// ("forces", "presse", "voyage"): the accent is what tells them
    /// apart. Names, written with a capital, are still folded ("Traoré" is
    /// an actor file's "traore").
    pub fn word_id_in_lower_case(&self, norm: &str, buf: &mut String) -> WordId {
        let participle_ending = ["é", "ée", "és", "ées"].iter().any(|ending| norm.ends_with(ending));
        if self.language == Language::French && participle_ending {
            return self.words.get(norm);
        }
        self.word_id_with(norm, buf)
    }

    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// Patterns headed by this word form.
    pub fn heads(&self, word: WordId) -> &[HeadRef] {
        if word == UNKNOWN {
            return &[];
        }
        self.heads.get(&word).map_or(&[], Vec::as_slice)
    }

    /// Noun patterns whose first word is this one.
    pub fn noun_patterns(&self, word: WordId) -> &[u32] {
        if word == UNKNOWN {
            return &[];
        }
        self.noun_anchors.get(&word).map_or(&[], Vec::as_slice)
    }

    pub fn cameo(&self, code: &str) -> Option<&CameoInfo> {
        self.cameo.get(code)
    }

    /// The code CAMEO gives an intention to do `act` ("will meet" is 036,
    /// "vowed to attack" 1384): the entry of `intent.tsv` for the longest
    /// prefix of `act`, if any.
    pub fn intent_code(&self, act: &CameoCode) -> Option<&CameoCode> {
        let code = act.as_str();
        (2..=code.len()).rev().find_map(|n| self.intents.get(&code[..n]))
    }

    /// The code CAMEO gives an appeal to do `act` ("urged Israel to halt
    /// its offensive" is 0256): the entry of `appeal.tsv` for the longest
    /// prefix of `act`, if any.
    pub fn appeal_code(&self, act: &CameoCode) -> Option<&CameoCode> {
        let code = act.as_str();
        (2..=code.len()).rev().find_map(|n| self.appeals.get(&code[..n]))
    }

    /// The code CAMEO gives a refusal to do `act` ("will not withdraw" is
    /// 1246): the entry of `refusal.tsv` for the longest prefix of `act`,
    /// if any.
    pub fn refusal_code(&self, act: &CameoCode) -> Option<&CameoCode> {
        let code = act.as_str();
        (2..=code.len()).rev().find_map(|n| self.refusals.get(&code[..n]))
    }

    /// The code of a protest coded `protest` held for a demand coded
    /// `demand` ("marched … to demand Kurdish rights" is 1413):
    /// `protest-demand.tsv`'s row for the protest and the longest prefix
    /// of the demand, if any.
    pub fn protest_demand_code(&self, protest: &CameoCode, demand: &CameoCode) -> Option<&CameoCode> {
        let code = demand.as_str();
        (2..=code.len()).rev().find_map(|n| self.protest_demands.get(&(protest.as_str().to_owned(), code[..n].to_owned())))
    }

    /// The code `party-codes.tsv` gives an event coded `code` whose source
    /// and target are `source` and `target` (their codes, and the kind of
    /// each one's lexicon id, "person", "party", or "" for none), if a row
    /// says so.
    pub fn party_code(&self, code: &CameoCode, source: Option<(&str, &str)>, target: Option<(&str, &str)>) -> Option<&CameoCode> {
        self.party_codes
            .iter()
            .find(|row| {
                let is_one_of_kinds = |side: Option<(&str, &str)>| side.is_some_and(|(actor, kind)| row.kinds.iter().any(|k| party_is(k, actor, kind)));
                row.code == *code
                    && match row.side {
                        crate::PartySide::Source => is_one_of_kinds(source),
                        crate::PartySide::Target => is_one_of_kinds(target),
                        crate::PartySide::Both => is_one_of_kinds(source) && is_one_of_kinds(target),
                    }
            })
            .map(|row| &row.becomes)
    }

    /// Whether a speaker coded `code` (with lexicon id `id`, when it is a
    /// lexicon actor) speaks as an official (`official-speakers.tsv`): a
    /// role the file lists after its country, or an actor of a listed kind
    /// named alone.
    pub fn speaks_officially(&self, code: &str, id: Option<&str>) -> bool {
        let official = &self.official_speakers;
        let listed = |role: &str| self.role_speaks_officially(role);
        // The role after the country, or the IGO that stands in its place.
        if code.get(3..6).is_some_and(listed) || code.get(..3).is_some_and(listed) {
            return true;
        }
        let kind = id.and_then(|id| id.split(':').next());
        code.len() == 3 && kind.is_some_and(|k| official.actor_kinds.iter().any(|o| o == k))
    }

    /// Whether a bare noun of role `role` (an index into `roles`) belongs
    /// to the country where its sentence places it (`local-roles.tsv`:
    /// "protesters in Tripoli", not "officials in Paris").
    pub fn is_local_role(&self, role: u32) -> bool {
        self.roles.get(role as usize).is_some_and(|r| self.local_roles.iter().any(|l| l == r))
    }

    /// Whether a role code ("GOV", "COP") speaks for an office
    /// (`official-speakers.tsv`), whatever its country.
    pub fn role_speaks_officially(&self, role: &str) -> bool {
        self.official_speakers.roles.iter().any(|o| o == role)
    }

    /// Whether an event coded `code` is a statement made by its own source
    /// ("Egypt condemned …" is on Egypt's word): the entry of
    /// `speech-acts.tsv` for the longest prefix of `code`.
    pub fn is_speech_act(&self, code: &CameoCode) -> bool {
        let code = code.as_str();
        (2..=code.len()).rev().find_map(|n| self.speech_acts.get(&code[..n]).copied()).unwrap_or(false)
    }

    /// Whether `lemma` names an act that doers named together do to each
    /// other ("clash", "talks"; `reciprocal.tsv`).
    pub fn is_reciprocal_word(&self, lemma: &str) -> bool {
        self.reciprocal_words.contains(lemma)
    }

    /// Whether the parties after this preposition act on each other
    /// ("clashes between police and protesters"; `reciprocal.tsv`).
    pub fn is_reciprocal_preposition(&self, word: &str) -> bool {
        self.reciprocal_prepositions.contains(word)
    }

    /// Whether the agents of this verb's passive, named together, are its
    /// act's parties ("the accord was signed by Israel and Jordan";
    /// `reciprocal.tsv`).
    pub fn is_party_passive(&self, lemma: &str) -> bool {
        self.party_passives.contains(lemma)
    }

    /// The cue kinds of a single word, as a bit set of [`CueKind::bit`].
    pub fn has_cue(bits: CueBits, kind: CueKind) -> bool {
        bits & kind.bit() != 0
    }
}

/// Which inflection an explicitly listed form probably is; only the
/// participle matters (for the passive), so this errs towards it.
fn guess_form(form: &str) -> u8 {
    use crate::morphology::form;
    let f = form.to_lowercase();
    if f.ends_with("ing") {
        form::ING
    } else if f.ends_with("ed") || f.ends_with("en") || f.ends_with('t') {
        form::PAST | form::PARTICIPLE
    } else if f.ends_with('s') {
        form::THIRD
    } else {
        form::BASE
    }
}

/// Every pair of words a coding pattern spells one right after the other,
/// in text order (`before` is stored nearest first, so read backwards).
fn spelled_pairs(patterns: &[CompiledPattern]) -> FxHashSet<(WordId, WordId)> {
    let mut out = FxHashSet::default();
    let mut add = |first: &Elem, second: &Elem| {
        if let (Elem::Word { alternatives: a, .. }, Elem::Word { alternatives: b, .. }) = (first, second) {
            out.extend(a.iter().flat_map(|&x| b.iter().map(move |&y| (x, y))));
        }
    };
    for p in patterns.iter().filter(|p| p.cameo.is_some()) {
        p.after.windows(2).for_each(|w| add(&w[0], &w[1]));
        p.before.windows(2).for_each(|w| add(&w[1], &w[0]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_lexicon_compiles() {
        let lex = Lexicon::builtin().unwrap();
        assert!(lex.actors.len() > 200, "{} actors", lex.actors.len());
        assert!(lex.patterns.len() > 100, "{} patterns", lex.patterns.len());
        assert!(lex.cameo("074").is_some());
    }

    #[test]
    fn officials_are_state_roles_igos_and_states_named_alone() {
        let lex = Lexicon::builtin().unwrap();
        assert!(lex.speaks_officially("GBRGOV", Some("person:tony_blair")));
        assert!(lex.speaks_officially("USAMIL", None));
        assert!(lex.speaks_officially("IGOUNO", Some("igo:un")));
        assert!(lex.speaks_officially("MLI", Some("country:mli")));
        assert!(lex.speaks_officially("USA", Some("capital:washington")));
        assert!(!lex.speaks_officially("GBROPP", Some("person:michael_howard")));
        assert!(!lex.speaks_officially("USABUS", None));
        // A person whose code is a country alone holds no office.
        assert!(!lex.speaks_officially("GBR", Some("person:someone")));
    }

    #[test]
    fn reciprocal_rows_are_read_and_bad_ones_named() {
        let mut src = LexiconSource::default();
        src.parse_file("en/reciprocal.tsv", "# comment\nword\tClash\npronoun\teach other\npreposition\tBetween\nparty_passive\tSign\n").unwrap();
        assert_eq!(src.reciprocal.words, ["clash"]);
        assert_eq!(src.reciprocal.pronouns, [vec!["each".to_owned(), "other".to_owned()]]);
        assert_eq!(src.reciprocal.prepositions, ["between"]);
        assert_eq!(src.reciprocal.party_passives, ["sign"]);
        let err = src.parse_file("en/reciprocal.tsv", "verb\tclash\n").unwrap_err().to_string();
        assert!(err.contains("word, pronoun, preposition or party_passive"), "{err}");
        let err = src.parse_file("en/reciprocal.tsv", "party_passive\tsign up\n").unwrap_err().to_string();
        assert!(err.contains("one verb"), "{err}");
        let err = src.parse_file("en/reciprocal.tsv", "word\thold talks\n").unwrap_err().to_string();
        assert!(err.contains("one lemma"), "{err}");
    }

    #[test]
    fn a_plural_possessive_in_a_name_is_the_possessive_word() {
        // The coder reads "Workers' Party" as `workers 's party`.
        let lex = Lexicon::builtin().unwrap();
        let ids: Vec<WordId> = ["kurdistan", "workers", "'s", "party"].iter().map(|w| lex.word_id(w)).collect();
        let found = lex.nouns.longest_at(&ids, 0, |_| false).expect("the PKK's name");
        assert_eq!(found.words.len(), 4);
        assert!(found.payload.actor.is_some_and(|a| lex.actors[a as usize].id == "group:pkk"));
    }

    #[test]
    fn a_phrase_of_the_no_actor_role_holds_no_role() {
        let lex = Lexicon::builtin().unwrap();
        let noun = |text: &str| {
            let mut tokens = sitrep_text::Tokens::default();
            sitrep_text::tokenise(text, 0..text.len(), &mut tokens);
            let ids: Vec<WordId> = (0..tokens.len()).map(|i| lex.word_id(tokens.norm(i))).collect();
            lex.nouns.longest_at(&ids, 0, |_| false).map(|p| (p.words.len(), p.payload))
        };
        let (len, market) = noun("market forces").unwrap();
        assert_eq!(len, 2);
        assert!(market.not_actor && market.agent.is_none() && market.actor.is_none());
        let (_, forces) = noun("forces").unwrap();
        assert!(!forces.not_actor && forces.agent.is_some());
        let mut src = LexiconSource::default();
        let err = src.parse_file("en/agents.tsv", "--\tmarket forces\n").unwrap_err().to_string();
        assert!(err.contains("`-` for a phrase that is no actor"), "{err}");
    }
}

/// Whether an actor coded `code` (whose lexicon id is of `lexicon_kind`:
/// "person", "party", or "" for none) is of `kind`: a person or party the
/// lexicon names, a country alone, or three capitals that are the code's
/// party or one of its roles after it.
fn party_is(kind: &crate::PartyKind, code: &str, lexicon_kind: &str) -> bool {
    let party = code.get(..3).unwrap_or("");
    let mut roles = sitrep_model::actor_roles(code);
    match kind {
        crate::PartyKind::Person => lexicon_kind == "person",
        crate::PartyKind::Party => lexicon_kind == "party",
        crate::PartyKind::Country => code.len() == 3 && party != "---",
        crate::PartyKind::Code(c) => party == c || roles.any(|r| r == c),
    }
}


/// The kinds a score word of `en/discards.tsv` was listed under (a word may
/// be both a result verb and a result noun: "win").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScoreWordKinds {
    pub result_then_score: bool,
    pub score_then_result: bool,
    pub unit: bool,
    pub vote_count: bool,
}

impl ScoreWordKinds {
    fn add(&mut self, kind: crate::ScoreWordKind) {
        use crate::ScoreWordKind as K;
        match kind {
            K::ResultThenScore => self.result_then_score = true,
            K::ScoreThenResult => self.score_then_result = true,
            K::Unit => self.unit = true,
            K::VoteCount => self.vote_count = true,
        }
    }
}
