//! The lexicon as written in its data files, parsed but not yet compiled.

use std::path::Path;

use chrono::NaiveDate;
use sitrep_model::{ActorCode, CameoCode, QuadClass};

use crate::pattern::{parse_pattern, PatternElem};
use crate::tsv::{self, list, rows};
use crate::LexiconError;

/// One row of `cameo.tsv`.
#[derive(Debug, Clone)]
pub struct CameoInfo {
    pub code: CameoCode,
    pub goldstein: f32,
    pub quad_class: QuadClass,
    pub plover_type: Option<String>,
    pub plover_mode: Option<String>,
    pub description: String,
}

/// An actor code valid over a date range (either end open).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    pub code: ActorCode,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl DatedCode {
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date < t)
    }
}

/// A named actor: a country, capital, person, organisation or armed group.
#[derive(Debug, Clone)]
pub struct ActorEntry {
    pub id: String,
    pub codes: Vec<DatedCode>,
    pub names: Vec<String>,
    /// Further actors the name stands for at once (PETRARCH's
    /// `[FRO/BIL/SAM]`: "the Shire" is three hobbits): an event is coded
    /// once for the dated code and once for each of these.
    pub joint: Vec<ActorCode>,
    /// A person the text calls "she" (people.tsv's `pronoun` column): "he"
    /// never refers back to her, and "she" only to a woman.
    pub female: bool,
}

impl ActorEntry {
    /// The code on `date`: the one whose range covers it; without a date, or
    /// when none covers it, the latest.
    pub fn code_on(&self, date: Option<NaiveDate>) -> &ActorCode {
        self.covering(date)
            .or_else(|| self.codes.iter().max_by_key(|c| c.from))
            .map(|c| &c.code)
            .expect("an actor entry has at least one code")
    }

    /// The code on `date`, as `code_on`; where no range covers the date,
    /// the latest code with `role` among its roles, if one has it: a title
    /// the text gives says which of a person's offices it speaks of
    /// ("Shadow home secretary David Davis" is the opposition's, though
    /// his latest office was in government).
    pub fn code_on_titled(&self, date: Option<NaiveDate>, role: &str) -> &ActorCode {
        self.covering(date)
            .or_else(|| self.codes.iter().filter(|c| c.code.roles().any(|r| r == role)).max_by_key(|c| c.from))
            .map_or_else(|| self.code_on(date), |c| &c.code)
    }

    /// The code whose range covers `date`, if any.
    fn covering(&self, date: Option<NaiveDate>) -> Option<&DatedCode> {
        date.and_then(|d| self.codes.iter().find(|c| c.covers(d)))
    }

    /// Whether the actor holds any role yet on `date`: false for a dated
    /// document older than every role's start ("Zelensky" in 2010 news is
    /// no head of state; an entry's bare surname then names someone else).
    /// Without a date, or with a role open at its start, always true.
    pub fn started_by(&self, date: Option<NaiveDate>) -> bool {
        date.is_none_or(|d| self.codes.iter().any(|c| c.from.is_none_or(|f| f <= d)))
    }

    /// `person`, `country`, `igo`… : the part of the id before the colon.
    pub fn kind(&self) -> &str {
        self.id.split(':').next().unwrap_or("")
    }

    /// Whether the entry is a place that stands for its country or
    /// government (a capital, or a town or province of `places.tsv`): after
    /// a preposition of place it is where something happened, not who.
    pub fn is_place(&self) -> bool {
        matches!(self.kind(), "capital" | "place")
    }
}

/// A role noun ("troops", "junta") and the CAMEO role code it adds.
#[derive(Debug, Clone)]
pub struct AgentEntry {
    pub role: String,
    pub names: Vec<String>,
    pub example: Option<String>,
}

/// A verb or noun pattern with the event code it yields.
#[derive(Debug, Clone)]
pub struct VerbEntry {
    pub id: String,
    /// `None`: the pattern matches but codes nothing (PETRARCH's `[---]`),
    /// which keeps less specific patterns of the same head from firing.
    pub cameo: Option<CameoCode>,
    /// A second event, from target to source, with this code (PETRARCH's
    /// paired codes `[032:033]`: "X arrived in Y" is also Y hosting X).
    pub reverse: Option<CameoCode>,
    pub pattern: Vec<PatternElem>,
    /// The head's surface forms when given explicitly (PETRARCH verb
    /// dictionaries); `None` inflects the lemma by rule.
    pub forms: Option<Vec<String>>,
    pub example: Option<String>,
    pub line: usize,
    /// From `en/evaluations.tsv`: a word that, as the predicate of what a
    /// speaker says about someone, is the speaker's act towards them.
    pub evaluation: bool,
}

/// The closed-class cues the coder reads: see `lexicon/README.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CueKind {
    Hedge,
    Allegation,
    Condition,
    Intention,
    Denial,
    Negation,
    AttributionIntro,
    SpeechVerb,
    AnonymousSource,
    MediaSource,
    DocumentSource,
    OfficialTitle,
    Relative,
    LocationPrep,
    PossessivePronoun,
    Demonstrative,
    BeForm,
    Conjunction,
    Preposition,
    Subordinator,
    ObjectRelative,
    RoleLink,
    Auxiliary,
    SubjectPronoun,
    RoleOrigin,
    Alias,
    PersonPronoun,
    Anaphor,
    AdverbSuffix,
    ParticipleSuffix,
    /// An adverb without an adverb ending ("also", "again", "later").
    Adverb,
    /// "former", "ex-": the role noun it qualifies names an elite (CAMEO's
    /// `ELI`), not an office holder.
    Former,
    /// "to" before a verb: the one preposition a base-form verb may follow.
    Infinitive,
    /// "by" after a passive participle: the doer follows.
    PassiveAgent,
    /// A scale or currency word after a number, or a currency sign before
    /// it ("130 mln dlr", "$ 1.2 billion"): the run is one amount, one word
    /// for a pattern's gap.
    Amount,
    /// A word after which a short quotation is the words cited, not scare
    /// quotes ("called "foreign fighters"", "dubbed "Jihadi Jack""): the
    /// quotation marks stay.
    QuoteIntro,
    /// A courtesy title before a name ("Mr", "Dr", "Sir"): part of how the
    /// name is written, not a first name of someone else.
    Honorific,
    /// "foreign", "overseas" before a role noun ("foreign troops"): the
    /// role belongs to no country the story names, so none from context.
    Foreign,
    /// "pledged to", "vowed to", "threatened to": an intention its subject
    /// states, so the intended act is a statement on that subject's word.
    Commitment,
    /// "the country", "the nation": the country named before (or the
    /// speaker's), as an actor of its own.
    CountryAnaphor,
    /// "would": in a clause a speech verb reports ("said the prisoners
    /// would be released") the speaker's future, an intention, not a
    /// condition; listed under `condition` too.
    ReportedFuture,
    /// "the two countries", "both sides": the last two countries named,
    /// each an actor of its own.
    PairAnaphor,
    /// "minister", "spokesman": a role noun for one person, whom a later
    /// "he" or "she" may stand for ("India's finance minister … He").
    PersonNoun,
    /// "we", "I": in a quotation, the speaker ("“We will attack the YPG,”
    /// Erdogan said", and the quotation's next sentences).
    FirstPerson,
    /// "but": a conjunction that joins clauses, never the members of a
    /// list ("supplied drones to Russia, but Moscow and Tehran deny it").
    ClauseConjunction,
    /// "she", "her": a person pronoun for a woman, who refers back only to
    /// a person `people.tsv` marks `she` (or an office a noun names).
    FemininePronoun,
    /// "the group", "the organisation": the last armed group, IGO or NGO
    /// named, as an actor of its own, before a verb ("Islamic State … The
    /// group claimed responsibility").
    OrganisationAnaphor,
    /// "the party": the last party named, before a verb.
    PartyAnaphor,
    /// "the company", "the firm": the last company named, before a verb.
    CompanyAnaphor,
    /// "refused to", "declined to": a negation that is its doer's refusal
    /// (`refusal.tsv` codes it).
    Refusal,
    /// "thousands", "dozens", "four": a count; a country's name right
    /// after one ("1,200 Iraqis", "thousands of Belarusians") names its
    /// people.
    Count,
    /// "if", "unless", "would", "could": a hostile act under one, in a
    /// clause someone is reported to say, is its doer's threat (intent.tsv's
    /// 13x code): "Morocco said it would sever ties with Iran if the
    /// attacks continued" is 1313.
    ThreatCondition,
    /// "they", "we": a subject pronoun for more than one, which stands for
    /// every member of a list named before ("Iran and Iraq said they
    /// would exchange prisoners": both).
    PluralPronoun,
    /// "should", "must", "ought": a duty. An act a named speaker says
    /// someone should do is the speaker's appeal to them ("the committee
    /// said the audit office should investigate" 020); one nobody is
    /// reported to say is the writer's advice, no event.
    Obligation,
    /// "that": the word that opens a content clause ("said that …",
    /// French "que"); never a relative set off by commas, nor a
    /// subordinator that makes a clause the writer's.
    Complementizer,
    /// "the": a definite article; a phrase it opens names someone the
    /// text has identified ("the company said": on the record).
    DefiniteArticle,
}

/// A set of [`CueKind`]s, one bit each.
pub type CueBits = u64;

// Every kind needs its own bit.
const _: () = assert!(CueKind::ALL.len() <= CueBits::BITS as usize);

impl CueKind {
    pub const ALL: [CueKind; 56] = [
        Self::Hedge,
        Self::Allegation,
        Self::Condition,
        Self::Intention,
        Self::Denial,
        Self::Negation,
        Self::AttributionIntro,
        Self::SpeechVerb,
        Self::AnonymousSource,
        Self::MediaSource,
        Self::DocumentSource,
        Self::OfficialTitle,
        Self::Relative,
        Self::LocationPrep,
        Self::PossessivePronoun,
        Self::Demonstrative,
        Self::BeForm,
        Self::Conjunction,
        Self::Preposition,
        Self::Subordinator,
        Self::ObjectRelative,
        Self::RoleLink,
        Self::Auxiliary,
        Self::SubjectPronoun,
        Self::RoleOrigin,
        Self::Alias,
        Self::PersonPronoun,
        Self::Anaphor,
        Self::AdverbSuffix,
        Self::ParticipleSuffix,
        Self::Adverb,
        Self::Former,
        Self::Infinitive,
        Self::PassiveAgent,
        Self::Amount,
        Self::QuoteIntro,
        Self::Honorific,
        Self::Foreign,
        Self::Commitment,
        Self::CountryAnaphor,
        Self::ReportedFuture,
        Self::PairAnaphor,
        Self::PersonNoun,
        Self::FirstPerson,
        Self::ClauseConjunction,
        Self::FemininePronoun,
        Self::OrganisationAnaphor,
        Self::PartyAnaphor,
        Self::CompanyAnaphor,
        Self::Refusal,
        Self::Count,
        Self::ThreatCondition,
        Self::PluralPronoun,
        Self::Obligation,
        Self::Complementizer,
        Self::DefiniteArticle,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Hedge => "hedge",
            Self::Allegation => "allegation",
            Self::Condition => "condition",
            Self::Intention => "intention",
            Self::Denial => "denial",
            Self::Negation => "negation",
            Self::AttributionIntro => "attribution_intro",
            Self::SpeechVerb => "speech_verb",
            Self::AnonymousSource => "anonymous_source",
            Self::MediaSource => "media_source",
            Self::DocumentSource => "document_source",
            Self::OfficialTitle => "official_title",
            Self::Relative => "relative",
            Self::LocationPrep => "location_prep",
            Self::PossessivePronoun => "possessive_pronoun",
            Self::Demonstrative => "demonstrative",
            Self::BeForm => "be_form",
            Self::Conjunction => "conjunction",
            Self::Preposition => "preposition",
            Self::Subordinator => "subordinator",
            Self::ObjectRelative => "object_relative",
            Self::RoleLink => "role_link",
            Self::Auxiliary => "auxiliary",
            Self::SubjectPronoun => "subject_pronoun",
            Self::RoleOrigin => "role_origin",
            Self::Alias => "alias",
            Self::PersonPronoun => "person_pronoun",
            Self::Anaphor => "anaphor",
            Self::AdverbSuffix => "adverb_suffix",
            Self::ParticipleSuffix => "participle_suffix",
            Self::Adverb => "adverb",
            Self::Former => "former",
            Self::Infinitive => "infinitive",
            Self::PassiveAgent => "passive_agent",
            Self::Amount => "amount",
            Self::QuoteIntro => "quote_intro",
            Self::Honorific => "honorific",
            Self::Foreign => "foreign",
            Self::Commitment => "commitment",
            Self::CountryAnaphor => "country_anaphor",
            Self::ReportedFuture => "reported_future",
            Self::PairAnaphor => "pair_anaphor",
            Self::PersonNoun => "person_noun",
            Self::FirstPerson => "first_person",
            Self::ClauseConjunction => "clause_conjunction",
            Self::FemininePronoun => "feminine_pronoun",
            Self::OrganisationAnaphor => "organisation_anaphor",
            Self::PartyAnaphor => "party_anaphor",
            Self::CompanyAnaphor => "company_anaphor",
            Self::Refusal => "refusal",
            Self::ThreatCondition => "threat_condition",
            Self::PluralPronoun => "plural_pronoun",
            Self::Obligation => "obligation",
            Self::Complementizer => "complementizer",
            Self::DefiniteArticle => "definite_article",
            Self::Count => "count",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == s)
    }

    pub fn bit(self) -> CueBits {
        1 << (self as u8)
    }
}

#[derive(Debug, Clone)]
pub struct CueEntry {
    pub kind: CueKind,
    pub phrase: String,
}

/// Irregular or spelling-changing forms of a verb. Each field may hold
/// alternatives.
#[derive(Debug, Clone, Default)]
pub struct IrregularVerb {
    pub lemma: String,
    pub past: Vec<String>,
    pub past_participle: Vec<String>,
    pub third_person: Vec<String>,
    pub present_participle: Vec<String>,
}

/// A row of `fr/irregular_verbs.tsv`: the forms of a French verb the
/// regular rules get wrong, column by column (an empty column: the rule's).
#[derive(Debug, Clone, Default)]
pub struct FrenchIrregularVerb {
    pub lemma: String,
    /// The masculine singular; the feminine and plural are added.
    pub participle: Vec<String>,
    /// Présent, third person singular and plural.
    pub present: Vec<String>,
    /// Imparfait and passé simple, third person.
    pub past: Vec<String>,
    /// The stem of futur and conditionnel ("prendr").
    pub future_stem: Vec<String>,
    pub present_participle: Vec<String>,
}

/// A word the date resolver knows: `month january 1`, `relative_day yesterday -1`.
#[derive(Debug, Clone)]
pub struct DateWord {
    pub kind: String,
    pub words: Vec<String>,
    pub value: String,
}

/// Everything the lexicon files hold.
#[derive(Debug, Clone)]
pub struct LexiconSource {
    pub cameo: Vec<CameoInfo>,
    pub actors: Vec<ActorEntry>,
    pub agents: Vec<AgentEntry>,
    pub verbs: Vec<VerbEntry>,
    pub cues: Vec<CueEntry>,
    pub irregular: Vec<IrregularVerb>,
    /// `fr/irregular_verbs.tsv` (French lexicons only).
    pub french_irregular: Vec<FrenchIrregularVerb>,
    /// The language of the text this lexicon codes: its verb inflection
    /// and its tokenisation.
    pub language: sitrep_text::Language,
    /// Names `fr/actor-names.tsv` writes in lower case, by actor index:
    /// French writes demonym adjectives so ("les forces russes"), and such
    /// a name matches lower-case text, where other names need a capital.
    pub lowercase_names: Vec<(usize, String)>,
    pub abbreviations: Vec<String>,
    pub dates: Vec<DateWord>,
    /// Phrases whose presence drops a sentence or document (PETRARCH
    /// discard dictionaries; the built-in lexicon has none).
    pub discards: Vec<crate::petrarch::DiscardEntry>,
    /// `en/discards.tsv`'s words around match scores.
    pub score_words: Vec<ScoreWord>,
    /// `intent.tsv`: the code an intended act is coded as, by act code
    /// prefix (none for PETRARCH dictionaries, which code what they say).
    pub intents: Vec<(CameoCode, CameoCode)>,
    /// `appeal.tsv`: the code an appeal to do an act is coded as, by act
    /// code prefix (none for PETRARCH dictionaries).
    pub appeals: Vec<(CameoCode, CameoCode)>,
    /// `refusal.tsv`: the code an act its doer says it will not do is coded
    /// as, by act code prefix (none for PETRARCH dictionaries).
    pub refusals: Vec<(CameoCode, CameoCode)>,
    /// `protest-demand.tsv`: (protest, demand, the protest's code for it).
    pub protest_demands: Vec<(CameoCode, CameoCode, CameoCode)>,
    /// `speech-acts.tsv`: whether an event is a statement by its own
    /// source, by code prefix (none for PETRARCH dictionaries).
    pub speech_acts: Vec<(CameoCode, bool)>,
    /// `party-codes.tsv`: sub-codes that depend on who the parties are
    /// (none for PETRARCH dictionaries).
    pub party_codes: Vec<PartyCode>,
    /// `official-speakers.tsv`: what makes a named speaker an official.
    pub official_speakers: OfficialSpeakers,
    /// `local-roles.tsv`: the roles whose bare noun belongs to the country
    /// where its sentence places it ("protesters in Tripoli").
    pub local_roles: Vec<String>,
    /// `reciprocal.tsv`: acts several named doers do to each other (none
    /// for PETRARCH dictionaries).
    pub reciprocal: Reciprocal,
    /// Verb codes must be in `cameo.tsv` (off for PETRARCH dictionaries,
    /// whose WEIS-era codes predate today's table).
    pub strict_codes: bool,
    /// The file verb patterns come from, for error messages.
    pub verb_file: std::path::PathBuf,
    /// The file evaluations come from, for error messages.
    pub evaluation_file: std::path::PathBuf,
    /// How many tokens a gap in a pattern may skip.
    pub gap_limit: usize,
    /// Short names written in capitals ("US", "AES") match only capitals
    /// in the text. Off for dictionaries written all in capitals.
    pub acronyms_by_case: bool,
    /// A role noun without a country ("the junta") takes the country the
    /// document context suggests. Off for PETRARCH dictionaries, which
    /// code it `---` plus the role, as PETRARCH does.
    pub roles_from_context: bool,
    /// How far after a verb its object may start when the pattern does not
    /// place it.
    pub object_reach: usize,
}

impl Default for LexiconSource {
    fn default() -> Self {
        Self {
            cameo: Vec::new(),
            actors: Vec::new(),
            agents: Vec::new(),
            verbs: Vec::new(),
            cues: Vec::new(),
            irregular: Vec::new(),
            french_irregular: Vec::new(),
            language: sitrep_text::Language::English,
            lowercase_names: Vec::new(),
            abbreviations: Vec::new(),
            dates: Vec::new(),
            discards: Vec::new(),
            score_words: Vec::new(),
            intents: Vec::new(),
            appeals: Vec::new(),
            refusals: Vec::new(),
            protest_demands: Vec::new(),
            speech_acts: Vec::new(),
            party_codes: Vec::new(),
            official_speakers: OfficialSpeakers::default(),
            local_roles: Vec::new(),
            reciprocal: Reciprocal::default(),
            strict_codes: true,
            verb_file: "lexicon/en/verbs.tsv".into(),
            evaluation_file: "lexicon/en/evaluations.tsv".into(),
            gap_limit: crate::pattern::MAX_GAP,
            acronyms_by_case: true,
            roles_from_context: true,
            object_reach: 6,
        }
    }
}

pub fn parse_cameo(file: &Path, text: &str, out: &mut Vec<CameoInfo>) -> Result<(), LexiconError> {
    for row in rows(file, text, 6, 6)? {
        let err = |m: String| LexiconError::entry(file, row.line, row.raw, m);
        let code = CameoCode::parse(row.cols[0]).map_err(|e| err(e.to_string()))?;
        let goldstein: f32 = row.cols[1].parse().map_err(|_| err("Goldstein score is not a number".into()))?;
        if !(-10.0..=10.0).contains(&goldstein) {
            return Err(err("Goldstein score must lie between -10 and 10".into()));
        }
        let quad: u8 = row.cols[2].parse().map_err(|_| err("quad class is not a number".into()))?;
        let quad_class = QuadClass::try_from(quad).map_err(err)?;
        let opt = |s: &str| (s != "-" && !s.is_empty()).then(|| s.to_owned());
        out.push(CameoInfo {
            code,
            goldstein,
            quad_class,
            plover_type: opt(row.cols[3]),
            plover_mode: opt(row.cols[4]),
            description: row.cols[5].to_owned(),
        });
    }
    Ok(())
}

/// `intent.tsv`: act code (or prefix) and the code of its intention; the
/// same for `appeal.tsv` and the code of an appeal to do it, and for
/// `refusal.tsv` and the code of a refusal to do it.
pub fn parse_intents(file: &Path, text: &str, out: &mut Vec<(CameoCode, CameoCode)>) -> Result<(), LexiconError> {
    for row in rows(file, text, 2, 2)? {
        let err = |m: String| LexiconError::entry(file, row.line, row.raw, m);
        let act = CameoCode::parse(row.cols[0]).map_err(|e| err(e.to_string()))?;
        let intent = CameoCode::parse(row.cols[1]).map_err(|e| err(e.to_string()))?;
        out.push((act, intent));
    }
    Ok(())
}

/// Rows of `protest-demand.tsv`: a protest's code, a demand's code (or
/// prefix), and the code of the protest held for that demand.
pub fn parse_protest_demands(file: &Path, text: &str, out: &mut Vec<(CameoCode, CameoCode, CameoCode)>) -> Result<(), LexiconError> {
    for row in rows(file, text, 3, 3)? {
        let err = |m: String| LexiconError::entry(file, row.line, row.raw, m);
        let mut codes = row.cols.iter().map(|c| CameoCode::parse(c).map_err(|e| err(e.to_string())));
        let (Some(protest), Some(demand), Some(code)) = (codes.next(), codes.next(), codes.next()) else { continue };
        out.push((protest?, demand?, code?));
    }
    Ok(())
}

/// Which side of an event a `party-codes.tsv` row looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartySide {
    Source,
    Target,
    /// Both sides, each one of the row's kinds.
    Both,
}

/// One kind of party a `party-codes.tsv` row names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartyKind {
    /// A person the lexicon names (`person:` ids).
    Person,
    /// A political party the lexicon names (`party:` ids).
    Party,
    /// A country's code alone, with no role ("FRA").
    Country,
    /// Three capitals that are the code's party ("IGO") or one of its
    /// roles ("GOV" of "FRAGOV", "MED" of "---MED").
    Code(String),
}

/// A row of `party-codes.tsv`: an event coded `code` whose `side` is one of
/// `kinds` is coded `becomes`.
#[derive(Debug, Clone)]
pub struct PartyCode {
    pub code: CameoCode,
    pub side: PartySide,
    pub kinds: Vec<PartyKind>,
    pub becomes: CameoCode,
    /// A sentence the coder codes `becomes` (tested).
    pub example: String,
}

/// `party-codes.tsv`: code, side, kinds, the code it becomes, example.
pub fn parse_party_codes(file: &Path, text: &str, out: &mut Vec<PartyCode>) -> Result<(), LexiconError> {
    for row in rows(file, text, 5, 5)? {
        let err = |m: String| LexiconError::entry(file, row.line, row.raw, m);
        let code = CameoCode::parse(row.cols[0]).map_err(|e| err(e.to_string()))?;
        let side = match row.cols[1] {
            "source" => PartySide::Source,
            "target" => PartySide::Target,
            "both" => PartySide::Both,
            other => return Err(err(format!("side {other:?} is not source, target or both"))),
        };
        let kinds = row.cols[2]
            .split_whitespace()
            .map(|k| match k {
                "person" => Ok(PartyKind::Person),
                "party" => Ok(PartyKind::Party),
                "country" => Ok(PartyKind::Country),
                code if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) => Ok(PartyKind::Code(code.to_owned())),
                other => Err(err(format!("kind {other:?} is not person, party, country or a three-letter code"))),
            })
            .collect::<Result<Vec<_>, _>>()?;
        if kinds.is_empty() {
            return Err(err("no kinds".to_owned()));
        }
        let becomes = CameoCode::parse(row.cols[3]).map_err(|e| err(e.to_string()))?;
        out.push(PartyCode { code, side, kinds, becomes, example: row.cols[4].to_owned() });
    }
    Ok(())
}

/// Who speaks as an official (`official-speakers.tsv`): role codes and
/// kinds of actor ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfficialSpeakers {
    pub roles: Vec<String>,
    pub actor_kinds: Vec<String>,
}

/// `official-speakers.tsv`: `role  CODE` or `actor  KIND` rows.
pub fn parse_official_speakers(file: &Path, text: &str, out: &mut OfficialSpeakers) -> Result<(), LexiconError> {
    for row in rows(file, text, 2, 2)? {
        let err = |m: String| LexiconError::entry(file, row.line, row.raw, m);
        let name = row.cols[1];
        match row.cols[0] {
            "role" if name.len() == 3 && name.bytes().all(|b| b.is_ascii_uppercase()) => out.roles.push(name.to_owned()),
            "role" => return Err(err(format!("`{name}`: a role is a CAMEO role code, three capitals"))),
            "actor" if !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase()) => out.actor_kinds.push(name.to_owned()),
            "actor" => return Err(err(format!("`{name}`: an actor kind is the lower-case part of an id before its colon"))),
            other => return Err(err(format!("`{other}`: the first column is role or actor"))),
        }
    }
    Ok(())
}

/// `local-roles.tsv`: one CAMEO role code a line, with its reason.
pub fn parse_local_roles(file: &Path, text: &str, out: &mut Vec<String>) -> Result<(), LexiconError> {
    for row in rows(file, text, 2, 2)? {
        let role = row.cols[0];
        if role.len() != 3 || !role.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(LexiconError::entry(file, row.line, row.raw, format!("`{role}`: a role is a CAMEO role code, three capitals")));
        }
        out.push(role.to_owned());
    }
    Ok(())
}

/// `speech-acts.tsv`: code (or prefix) and whether its events are
/// statements by their source.
pub fn parse_speech_acts(file: &Path, text: &str, out: &mut Vec<(CameoCode, bool)>) -> Result<(), LexiconError> {
    for row in rows(file, text, 2, 2)? {
        let err = |m: String| LexiconError::entry(file, row.line, row.raw, m);
        let code = CameoCode::parse(row.cols[0]).map_err(|e| err(e.to_string()))?;
        let speech = match row.cols[1] {
            "yes" => true,
            "no" => false,
            other => return Err(err(format!("`{other}`: the second column is yes or no"))),
        };
        out.push((code, speech));
    }
    Ok(())
}

/// Acts that several doers named together do to each other
/// (`reciprocal.tsv`).
#[derive(Debug, Clone, Default)]
pub struct Reciprocal {
    /// Lemmas of verbs and nouns ("clash", "talks", "agreement").
    pub words: Vec<String>,
    /// Reciprocal pronouns as lower-case words ("each other").
    pub pronouns: Vec<Vec<String>>,
    /// Prepositions that name the parties of a mutual act as its target
    /// ("talks between China and Japan").
    pub prepositions: Vec<String>,
    /// Lemmas of verbs whose passive agents named together are the act's
    /// parties ("the accord was signed by Israel and Jordan"), where
    /// others' are third parties ("talks brokered by Russia and Turkey").
    pub party_passives: Vec<String>,
}

/// `reciprocal.tsv`: `word  lemma`, `pronoun  phrase`, `preposition  word`
/// or `party_passive  lemma`.
pub fn parse_reciprocal(file: &Path, text: &str, out: &mut Reciprocal) -> Result<(), LexiconError> {
    for row in rows(file, text, 2, 2)? {
        let err = |m: String| LexiconError::entry(file, row.line, row.raw, m);
        let form = row.cols[1].trim().to_lowercase();
        if form.is_empty() {
            return Err(err("empty form".into()));
        }
        match row.cols[0] {
            "word" if !form.contains(' ') => out.words.push(form),
            "word" => return Err(err(format!("`{form}`: a word is one lemma; write phrases as `pronoun`"))),
            "pronoun" => out.pronouns.push(form.split_whitespace().map(str::to_owned).collect()),
            "preposition" if !form.contains(' ') => out.prepositions.push(form),
            "preposition" => return Err(err(format!("`{form}`: a preposition is one word"))),
            "party_passive" if !form.contains(' ') => out.party_passives.push(form),
            "party_passive" => return Err(err(format!("`{form}`: a party_passive is one verb's lemma"))),
            other => return Err(err(format!("`{other}`: the first column is word, pronoun, preposition or party_passive"))),
        }
    }
    Ok(())
}

pub fn parse_actors(file: &Path, text: &str, out: &mut Vec<ActorEntry>) -> Result<(), LexiconError> {
    for row in rows(file, text, 3, 4)? {
        let err = |m: String| LexiconError::entry(file, row.line, row.raw, m);
        let id = row.cols[0];
        let female = match row.cols.get(3).copied() {
            None | Some("") => false,
            Some("she") if id.starts_with("person:") => true,
            Some("she") => return Err(err("only a person (`person:` id) has a pronoun".into())),
            Some(other) => return Err(err(format!("pronoun {other:?}: the column holds `she` or nothing"))),
        };
        if !id.contains(':') || id.chars().any(|c| c.is_whitespace() || c.is_ascii_uppercase()) {
            return Err(err("the id must be lower-case `kind:slug`".into()));
        }
        let codes = parse_dated_codes(row.cols[1]).map_err(err)?;
        let names: Vec<String> = list(row.cols[2]).map(str::to_owned).collect();
        if names.is_empty() {
            return Err(err("no names".into()));
        }
        out.push(ActorEntry { id: id.to_owned(), codes, names, joint: Vec::new(), female });
    }
    Ok(())
}

/// `BFAGOV` or `BFAMIL@..2022-09-30; BFAGOV@2022-09-30..`.
pub fn parse_dated_codes(col: &str) -> Result<Vec<DatedCode>, String> {
    let mut codes = Vec::new();
    for item in col.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        let (code, range) = match item.split_once('@') {
            Some((c, r)) => (c.trim(), Some(r.trim())),
            None => (item, None),
        };
        let code = ActorCode::parse(code).map_err(|e| e.to_string())?;
        let (from, to) = match range {
            None => (None, None),
            Some(r) => {
                let (f, t) = r.split_once("..").ok_or_else(|| format!("date range {r:?} needs `..`"))?;
                (parse_date(f)?, parse_date(t)?)
            }
        };
        if let (Some(f), Some(t)) = (from, to) {
            if f >= t {
                return Err(format!("date range of {code} ends before it starts"));
            }
        }
        codes.push(DatedCode { code, from, to });
    }
    if codes.is_empty() {
        return Err("no code".into());
    }
    Ok(codes)
}

fn parse_date(s: &str) -> Result<Option<NaiveDate>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map(Some).map_err(|_| format!("{s:?} is not a YYYY-MM-DD date"))
}

pub fn parse_agents(file: &Path, text: &str, out: &mut Vec<AgentEntry>) -> Result<(), LexiconError> {
    for row in rows(file, text, 2, 3)? {
        let role = row.cols[0];
        let code = (2..=6).contains(&role.len()) && role.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if !code && role != crate::compiled::NOT_AN_ACTOR {
            return Err(LexiconError::entry(file, row.line, row.raw, "the role must be a CAMEO role code such as MIL, or `-` for a phrase that is no actor"));
        }
        out.push(AgentEntry {
            role: role.to_owned(),
            names: list(row.cols[1]).map(str::to_owned).collect(),
            example: row.cols.get(2).filter(|s| !s.is_empty()).map(|s| (*s).to_owned()),
        });
    }
    Ok(())
}

pub fn parse_verbs(file: &Path, text: &str, out: &mut Vec<VerbEntry>) -> Result<(), LexiconError> {
    for row in rows(file, text, 3, 4)? {
        let err = |m: String| LexiconError::entry(file, row.line, row.raw, m);
        // `-`: the pattern matches and codes nothing, so that a shorter
        // pattern of the same head does not fire ("told reporters").
        let cameo = match row.cols[1] {
            "-" => None,
            code => Some(CameoCode::parse(code).map_err(|e| err(e.to_string()))?),
        };
        let pattern = parse_pattern(row.cols[2]).map_err(err)?;
        out.push(VerbEntry {
            id: row.cols[0].to_owned(),
            cameo,
            reverse: None,
            pattern,
            forms: None,
            example: row.cols.get(3).filter(|s| !s.is_empty()).map(|s| (*s).to_owned()),
            line: row.line,
            evaluation: false,
        });
    }
    Ok(())
}

/// `en/evaluations.tsv`: `id  cameo  words  example`, the words a
/// predicate of one token, any of them (`unacceptable|unjustified`).
pub fn parse_evaluations(file: &Path, text: &str, out: &mut Vec<VerbEntry>) -> Result<(), LexiconError> {
    for row in rows(file, text, 4, 4)? {
        let err = |m: String| LexiconError::entry(file, row.line, row.raw, m);
        let cameo = CameoCode::parse(row.cols[1]).map_err(|e| err(e.to_string()))?;
        let alternatives: Vec<String> = list(row.cols[2]).map(str::to_owned).collect();
        if alternatives.iter().any(|w| w.contains(' ')) {
            return Err(err("an evaluation is one word (the predicate's head)".into()));
        }
        out.push(VerbEntry {
            id: row.cols[0].to_owned(),
            cameo: Some(cameo),
            reverse: None,
            pattern: vec![PatternElem::Words { alternatives, optional: false }],
            forms: None,
            example: Some(row.cols[3].to_owned()),
            line: row.line,
            evaluation: true,
        });
    }
    Ok(())
}

pub fn parse_cues(file: &Path, text: &str, out: &mut Vec<CueEntry>) -> Result<(), LexiconError> {
    for row in rows(file, text, 2, 2)? {
        let kind = CueKind::parse(row.cols[0])
            .ok_or_else(|| LexiconError::entry(file, row.line, row.raw, format!("unknown cue kind {:?}", row.cols[0])))?;
        for phrase in list(row.cols[1]) {
            out.push(CueEntry { kind, phrase: phrase.to_owned() });
        }
    }
    Ok(())
}

pub fn parse_irregular(file: &Path, text: &str, out: &mut Vec<IrregularVerb>) -> Result<(), LexiconError> {
    for row in rows(file, text, 5, 5)? {
        let l = |i: usize| list(row.cols[i]).map(str::to_owned).collect::<Vec<_>>();
        out.push(IrregularVerb {
            lemma: row.cols[0].to_owned(),
            past: l(1),
            past_participle: l(2),
            third_person: l(3),
            present_participle: l(4),
        });
    }
    Ok(())
}

pub fn parse_french_irregular(file: &Path, text: &str, out: &mut Vec<FrenchIrregularVerb>) -> Result<(), LexiconError> {
    for row in rows(file, text, 6, 6)? {
        // `-` (or nothing) in a column: the regular rule's forms.
        let l = |i: usize| list(row.cols[i]).filter(|w| *w != "-").map(str::to_owned).collect::<Vec<_>>();
        out.push(FrenchIrregularVerb {
            lemma: row.cols[0].to_owned(),
            participle: l(1),
            present: l(2),
            past: l(3),
            future_stem: l(4),
            present_participle: l(5),
        });
    }
    Ok(())
}

/// `fr/actor-names.tsv`: `id  names`, further names of actors the actor
/// files define (which must be read first). A name written wholly in lower
/// case is also kept in `lowercase`.
pub fn parse_actor_names(file: &Path, text: &str, actors: &mut [ActorEntry], lowercase: &mut Vec<(usize, String)>) -> Result<(), LexiconError> {
    let index: rustc_hash::FxHashMap<String, usize> = actors.iter().enumerate().map(|(i, a)| (a.id.clone(), i)).collect();
    let mut seen = rustc_hash::FxHashSet::default();
    for row in rows(file, text, 2, 2)? {
        let err = |m: String| LexiconError::entry(file, row.line, row.raw, m);
        let Some(&i) = index.get(row.cols[0]) else {
            return Err(err(format!("no actor file defines the id {:?}", row.cols[0])));
        };
        if !seen.insert(i) {
            return Err(err(format!("the id {:?} has a row already", row.cols[0])));
        }
        for name in list(row.cols[1]) {
            if !name.chars().any(char::is_uppercase) {
                lowercase.push((i, name.to_owned()));
            }
            actors[i].names.push(name.to_owned());
        }
    }
    Ok(())
}

pub fn parse_abbreviations(text: &str, out: &mut Vec<String>) {
    out.extend(
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split_whitespace().next().unwrap_or(l).to_owned()),
    );
}

pub fn parse_dates(file: &Path, text: &str, out: &mut Vec<DateWord>) -> Result<(), LexiconError> {
    for row in rows(file, text, 3, 3)? {
        out.push(DateWord {
            kind: row.cols[0].to_owned(),
            words: list(row.cols[1]).map(str::to_owned).collect(),
            value: row.cols[2].to_owned(),
        });
    }
    Ok(())
}

/// `en/discards.tsv`: a scope, then `|`-separated phrases. `sentence` and
/// `story` phrases drop their sentence or document; the `score` scopes
/// hold the words that make a match score a sports result
/// ([`ScoreWordKind`]).
pub fn parse_discards(file: &Path, text: &str, out: &mut Vec<crate::petrarch::DiscardEntry>, scores: &mut Vec<ScoreWord>) -> Result<(), LexiconError> {
    for row in rows(file, text, 2, 2)? {
        let phrases = list(row.cols[1]).map(str::to_owned);
        let kind = match row.cols[0] {
            "story" | "sentence" => {
                let story = row.cols[0] == "story";
                out.extend(phrases.map(|phrase| crate::petrarch::DiscardEntry { phrase, story }));
                continue;
            }
            "result-then-score" => ScoreWordKind::ResultThenScore,
            "score-then-result" => ScoreWordKind::ScoreThenResult,
            "score-unit" => ScoreWordKind::Unit,
            "vote-count" => ScoreWordKind::VoteCount,
            other => {
                return Err(LexiconError::entry(
                    file,
                    row.line,
                    row.raw,
                    format!("scope {other:?} is neither `sentence`, `story`, `result-then-score`, `score-then-result`, `score-unit` nor `vote-count`"),
                ));
            }
        };
        scores.extend(phrases.map(|phrase| ScoreWord { phrase, kind }));
    }
    Ok(())
}

/// A word of `en/discards.tsv` that decides whether two numbers joined by a
/// hyphen ("2-0") are a sports result, which codes nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreWord {
    pub phrase: String,
    pub kind: ScoreWordKind,
}

/// How a score word of `en/discards.tsv` bears on the numbers beside it
/// (its scope column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreWordKind {
    /// A result verb a few words before the score ("beat Algeria 2-0").
    ResultThenScore,
    /// A result noun right after the score ("a 28-17 victory").
    ScoreThenResult,
    /// A word right after the numbers that makes them a quantity ("30-40
    /// percent").
    Unit,
    /// A word that makes the sentence's scores counts of votes ("voted
    /// 45-5"): legislatures defeat bills by such margins.
    VoteCount,
}

/// Reads a file of the lexicon directory.
pub fn read(path: &Path) -> Result<String, LexiconError> {
    tsv::read(path)
}
