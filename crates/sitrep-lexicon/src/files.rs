//! Where the lexicon comes from: the copy built into the binary, or a
//! directory laid out like `lexicon/` at the repository root.

use std::path::{Path, PathBuf};

use crate::source::{self, LexiconSource};
use crate::LexiconError;
use sitrep_text::Language;

/// What a file of the lexicon directory holds.
#[derive(Debug, Clone, Copy)]
enum FileKind {
    Cameo,
    Intents,
    Appeals,
    Refusals,
    ProtestDemands,
    SpeechActs,
    Actors,
    Agents,
    Verbs,
    Evaluations,
    Cues,
    Irregular,
    Abbreviations,
    Dates,
    Discards,
    Reciprocal,
    /// `fr/irregular_verbs.tsv`: French verbs by column.
    FrenchIrregular,
    /// `fr/actor-names.tsv`: more names of the shared actors.
    ActorNames,
    PartyCodes,
    OfficialSpeakers,
    LocalRoles,
}

/// A file of the built-in lexicon: its path under `lexicon/`, what it
/// holds, and its text.
type File = (&'static str, FileKind, &'static str);

/// The files every language's lexicon reads: CAMEO, the rules by code and
/// the actors (whose names are read first, so a language's
/// `actor-names.tsv` can add to them).
const SHARED: &[File] = &[
    ("cameo.tsv", FileKind::Cameo, include_str!("../../../lexicon/cameo.tsv")),
    ("intent.tsv", FileKind::Intents, include_str!("../../../lexicon/intent.tsv")),
    ("appeal.tsv", FileKind::Appeals, include_str!("../../../lexicon/appeal.tsv")),
    ("refusal.tsv", FileKind::Refusals, include_str!("../../../lexicon/refusal.tsv")),
    ("protest-demand.tsv", FileKind::ProtestDemands, include_str!("../../../lexicon/protest-demand.tsv")),
    ("speech-acts.tsv", FileKind::SpeechActs, include_str!("../../../lexicon/speech-acts.tsv")),
    ("party-codes.tsv", FileKind::PartyCodes, include_str!("../../../lexicon/party-codes.tsv")),
    ("official-speakers.tsv", FileKind::OfficialSpeakers, include_str!("../../../lexicon/official-speakers.tsv")),
    ("local-roles.tsv", FileKind::LocalRoles, include_str!("../../../lexicon/local-roles.tsv")),
    ("actors/countries.tsv", FileKind::Actors, include_str!("../../../lexicon/actors/countries.tsv")),
    ("actors/capitals.tsv", FileKind::Actors, include_str!("../../../lexicon/actors/capitals.tsv")),
    ("actors/places.tsv", FileKind::Actors, include_str!("../../../lexicon/actors/places.tsv")),
    ("actors/people.tsv", FileKind::Actors, include_str!("../../../lexicon/actors/people.tsv")),
    ("actors/organisations.tsv", FileKind::Actors, include_str!("../../../lexicon/actors/organisations.tsv")),
    ("actors/armed_groups.tsv", FileKind::Actors, include_str!("../../../lexicon/actors/armed_groups.tsv")),
    ("actors/parties.tsv", FileKind::Actors, include_str!("../../../lexicon/actors/parties.tsv")),
    ("actors/companies.tsv", FileKind::Actors, include_str!("../../../lexicon/actors/companies.tsv")),
];

/// The English files.
const ENGLISH: &[File] = &[
    ("en/agents.tsv", FileKind::Agents, include_str!("../../../lexicon/en/agents.tsv")),
    ("en/verbs.tsv", FileKind::Verbs, include_str!("../../../lexicon/en/verbs.tsv")),
    ("en/evaluations.tsv", FileKind::Evaluations, include_str!("../../../lexicon/en/evaluations.tsv")),
    ("en/cues.tsv", FileKind::Cues, include_str!("../../../lexicon/en/cues.tsv")),
    ("en/irregular_verbs.tsv", FileKind::Irregular, include_str!("../../../lexicon/en/irregular_verbs.tsv")),
    ("en/abbreviations.txt", FileKind::Abbreviations, include_str!("../../../lexicon/en/abbreviations.txt")),
    ("en/dates.tsv", FileKind::Dates, include_str!("../../../lexicon/en/dates.tsv")),
    ("en/discards.tsv", FileKind::Discards, include_str!("../../../lexicon/en/discards.tsv")),
    ("en/reciprocal.tsv", FileKind::Reciprocal, include_str!("../../../lexicon/en/reciprocal.tsv")),
];

/// The French files (`[lemma]` heads are infinitives; names add to the
/// shared actors).
const FRENCH: &[File] = &[
    ("fr/agents.tsv", FileKind::Agents, include_str!("../../../lexicon/fr/agents.tsv")),
    ("fr/verbs.tsv", FileKind::Verbs, include_str!("../../../lexicon/fr/verbs.tsv")),
    ("fr/evaluations.tsv", FileKind::Evaluations, include_str!("../../../lexicon/fr/evaluations.tsv")),
    ("fr/cues.tsv", FileKind::Cues, include_str!("../../../lexicon/fr/cues.tsv")),
    ("fr/irregular_verbs.tsv", FileKind::FrenchIrregular, include_str!("../../../lexicon/fr/irregular_verbs.tsv")),
    ("fr/abbreviations.txt", FileKind::Abbreviations, include_str!("../../../lexicon/fr/abbreviations.txt")),
    ("fr/dates.tsv", FileKind::Dates, include_str!("../../../lexicon/fr/dates.tsv")),
    ("fr/discards.tsv", FileKind::Discards, include_str!("../../../lexicon/fr/discards.tsv")),
    ("fr/reciprocal.tsv", FileKind::Reciprocal, include_str!("../../../lexicon/fr/reciprocal.tsv")),
    ("fr/actor-names.tsv", FileKind::ActorNames, include_str!("../../../lexicon/fr/actor-names.tsv")),
];

/// Every file of the built-in lexicon of `language`, shared ones first.
fn files(language: Language) -> impl Iterator<Item = &'static File> {
    let own = match language {
        Language::English => ENGLISH,
        Language::French => FRENCH,
    };
    SHARED.iter().chain(own)
}

/// Every file of every language.
fn all_files() -> impl Iterator<Item = &'static File> {
    SHARED.iter().chain(ENGLISH).chain(FRENCH)
}

impl LexiconSource {
    /// The English lexicon built into sitrep.
    pub fn embedded() -> Result<Self, LexiconError> {
        Self::embedded_in(Language::English)
    }

    /// The lexicon of `language` built into sitrep.
    pub fn embedded_in(language: Language) -> Result<Self, LexiconError> {
        let mut src = Self { language, ..Self::default() };
        for (name, kind, text) in files(language) {
            src.add_file(&Path::new("lexicon").join(name), *kind, text)?;
        }
        Ok(src)
    }

    /// An English lexicon directory with the same layout as the built-in
    /// one. Every file must be present: a partial copy would silently code
    /// less.
    pub fn from_dir(dir: &Path) -> Result<Self, LexiconError> {
        Self::from_dir_in(dir, Language::English)
    }

    /// The lexicon of `language` from a directory laid out like the
    /// built-in one (the shared files and the language's own directory).
    pub fn from_dir_in(dir: &Path, language: Language) -> Result<Self, LexiconError> {
        let mut src = Self { language, ..Self::default() };
        for (name, kind, _) in files(language) {
            let path: PathBuf = dir.join(name);
            let text = source::read(&path)?;
            src.add_file(&path, *kind, &text)?;
        }
        Ok(src)
    }

    fn add_file(&mut self, path: &Path, kind: FileKind, text: &str) -> Result<(), LexiconError> {
        match kind {
            FileKind::Cameo => source::parse_cameo(path, text, &mut self.cameo),
            FileKind::Intents => source::parse_intents(path, text, &mut self.intents),
            FileKind::Appeals => source::parse_intents(path, text, &mut self.appeals),
            FileKind::Refusals => source::parse_intents(path, text, &mut self.refusals),
            FileKind::ProtestDemands => source::parse_protest_demands(path, text, &mut self.protest_demands),
            FileKind::PartyCodes => source::parse_party_codes(path, text, &mut self.party_codes),
            FileKind::OfficialSpeakers => source::parse_official_speakers(path, text, &mut self.official_speakers),
            FileKind::LocalRoles => source::parse_local_roles(path, text, &mut self.local_roles),
            FileKind::SpeechActs => source::parse_speech_acts(path, text, &mut self.speech_acts),
            FileKind::Actors => source::parse_actors(path, text, &mut self.actors),
            FileKind::Agents => source::parse_agents(path, text, &mut self.agents),
            FileKind::Verbs => {
                self.verb_file = path.to_owned();
                source::parse_verbs(path, text, &mut self.verbs)
            }
            FileKind::Evaluations => {
                self.evaluation_file = path.to_owned();
                source::parse_evaluations(path, text, &mut self.verbs)
            }
            FileKind::Cues => source::parse_cues(path, text, &mut self.cues),
            FileKind::Irregular => source::parse_irregular(path, text, &mut self.irregular),
            FileKind::FrenchIrregular => source::parse_french_irregular(path, text, &mut self.french_irregular),
            FileKind::ActorNames => source::parse_actor_names(path, text, &mut self.actors, &mut self.lowercase_names),
            FileKind::Abbreviations => {
                source::parse_abbreviations(text, &mut self.abbreviations);
                Ok(())
            }
            FileKind::Dates => source::parse_dates(path, text, &mut self.dates),
            FileKind::Discards => source::parse_discards(path, text, &mut self.discards, &mut self.score_words),
            FileKind::Reciprocal => source::parse_reciprocal(path, text, &mut self.reciprocal),
        }
    }

    /// Parses `text` as the lexicon file `name` (a path under `lexicon/`,
    /// such as `en/verbs.tsv`) and adds its entries.
    pub fn parse_file(&mut self, name: &str, text: &str) -> Result<(), LexiconError> {
        let Some((_, kind, _)) = all_files().find(|(n, _, _)| *n == name) else {
            return Err(LexiconError::File { file: name.into(), message: "not a lexicon file name".into() });
        };
        self.add_file(Path::new(name), *kind, text)
    }

    /// The names of the files a lexicon directory holds, every language's.
    pub fn file_names() -> impl Iterator<Item = &'static str> {
        all_files().map(|(n, _, _)| *n)
    }
}
