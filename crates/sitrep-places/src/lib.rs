//! Places in news text: which words name a place, which place they name, and
//! where each coded event happened.
//!
//! News names places loosely: "Gao" is a town in Mali and one in Burkina
//! Faso, "the Sahel" is a region of nine countries and a province of one,
//! "Malian troops" names a country without naming it, "20 km north of Gao"
//! is a point near a town. This crate reads a document once and returns its
//! place mentions resolved against an embedded GeoNames gazetteer
//! ([`Gazetteer`]), then gives each event the place of its own sentence.
//!
//! The passes, each in its own module:
//!
//! 1. [`recognise`] — candidate names: capitalised runs that the gazetteer
//!    or the region list knows, with the words around them (a locative
//!    preposition, a direction, a distance, an admin word, a title that makes
//!    the name a person's).
//! 2. [`resolve`] — one place per mention: an explicit parent first ("Paris,
//!    Texas"), then the document's countries (named, demonyms, actors'
//!    countries, the dateline), then the kind of place, then population.
//! 3. [`locate`] — an event's location: the place its sentence puts it in,
//!    else the dateline or the document's main place when its actors are
//!    local. Word order decides today; a dependency tree can be plugged in
//!    through [`Attachment`].
//!
//! Linguistic knowledge (prepositions, directions, titles, regions) is in
//! `lexicon/places/`, compiled once into an immutable [`Places`] that is
//! `Send + Sync`.
//!
//! ```
//! let places = sitrep_places::Places::embedded().unwrap();
//! let found = places.find("Clashes broke out near Djibo in northern Burkina Faso.", &Default::default());
//! assert_eq!(found.mentions[0].name, "Djibo");
//! assert_eq!(found.mentions[0].country.as_deref(), Some("BFA"));
//! ```

mod abbreviations;
mod cues;
mod dateline;
mod exonyms;
pub mod gazetteer;
pub mod locate;
pub mod recognise;
mod regions;
mod transliteration;
pub mod resolve;

pub use abbreviations::AdminAbbreviations;
pub use cues::Cues;
pub use exonyms::Exonyms;
pub use gazetteer::{Feature, Gazetteer, Place, PlaceId};
pub use locate::{Attachment, WordOrder};
pub use recognise::{Cue, Modifier};
pub use regions::{Region, Regions};
pub use transliteration::Transliteration;
pub use resolve::{DocHints, DocPlaces, MentionKind, PlaceMention};

use sitrep_text::{Abbreviations, SentenceSplitter};

/// What can go wrong building a [`Places`]: a damaged gazetteer or a bad
/// line in one of the data files.
#[derive(Debug, thiserror::Error)]
pub enum PlacesError {
    #[error("gazetteer: {0}")]
    Gazetteer(String),
    #[error("{file}:{line}: {message}")]
    Data { file: &'static str, line: usize, message: String },
}

const CUES: &str = include_str!("../../../lexicon/places/cues.tsv");
const REGIONS: &str = include_str!("../../../lexicon/places/regions.tsv");
const ADMIN_ABBREVIATIONS: &str = include_str!("../../../lexicon/places/admin-abbreviations.tsv");
const EXONYMS: &str = include_str!("../../../lexicon/places/exonyms.tsv");
const TRANSLITERATION: &str = include_str!("../../../lexicon/places/transliteration.tsv");
const ABBREVIATIONS: &str = include_str!("../../../lexicon/en/abbreviations.txt");

/// The compiled place resolver: gazetteer, cue words and regions.
#[derive(Debug)]
pub struct Places {
    pub(crate) gazetteer: Gazetteer<'static>,
    pub(crate) cues: Cues,
    pub(crate) regions: Regions,
    pub(crate) admin_abbreviations: AdminAbbreviations,
    pub(crate) exonyms: Exonyms,
    pub(crate) transliteration: Transliteration,
    pub(crate) splitter: SentenceSplitter,
}

impl Places {
    /// The built-in gazetteer and `lexicon/places/` files.
    pub fn embedded() -> Result<Self, PlacesError> {
        Self::new(Gazetteer::embedded()?, CUES, REGIONS)
    }

    /// A resolver over any gazetteer and cue and region files (their text).
    pub fn new(gazetteer: Gazetteer<'static>, cues: &str, regions: &str) -> Result<Self, PlacesError> {
        let abbreviations = ABBREVIATIONS
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty());
        Ok(Self {
            admin_abbreviations: AdminAbbreviations::parse(ADMIN_ABBREVIATIONS, &gazetteer)?,
            exonyms: Exonyms::parse(EXONYMS, &gazetteer)?,
            transliteration: Transliteration::parse(TRANSLITERATION)?,
            gazetteer,
            cues: Cues::parse(cues)?,
            regions: Regions::parse(regions)?,
            splitter: SentenceSplitter::new(Abbreviations::new(abbreviations)),
        })
    }

    pub fn gazetteer(&self) -> &Gazetteer<'static> {
        &self.gazetteer
    }
}

/// Normalises a name the way the gazetteer's keys are written: each word
/// normalised (`sitrep_text`), periods dropped, words joined by one space.
pub fn key_of(name: &str) -> String {
    let mut tokens = sitrep_text::Tokens::default();
    sitrep_text::tokenise(name, 0..name.len(), &mut tokens);
    let mut key = String::new();
    for i in 0..tokens.len() {
        if tokens.get(i).kind == sitrep_text::TokenKind::Punct {
            continue;
        }
        recognise::push_word(&mut key, tokens.norm(i));
    }
    key
}

impl Places {
    /// Resolves a document's places and sets the `location` of its events
    /// (those that have none): the binary's pass after coding. The events'
    /// actors' countries count as the document's context.
    pub fn locate_events(&self, text: &str, events: &mut [sitrep_model::Event], attachment: &dyn Attachment) -> DocPlaces {
        let mut hints = DocHints::default();
        for code in events.iter().flat_map(|e| [&e.source, &e.target]).flatten().filter_map(|a| a.code.as_ref()) {
            if let Some(iso3) = code.as_str().get(..3).filter(|c| c.bytes().all(|b| b.is_ascii_uppercase())) {
                if !hints.countries.iter().any(|c| c == iso3) {
                    hints.countries.push(iso3.to_owned());
                }
            }
        }
        let places = self.find(text, &hints);
        places.locate(events, attachment);
        places
    }
}

/// The data lines of a TAB-separated file: 1-based line number and trimmed
/// columns; comments (`#` to the end of the line) and blank lines skipped.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(n, line)| {
        let line = line.split('#').next().unwrap_or("");
        (!line.trim().is_empty()).then(|| (n + 1, line.split('\t').map(str::trim).collect()))
    })
}
