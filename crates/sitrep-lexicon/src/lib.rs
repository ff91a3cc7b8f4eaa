//! sitrep's lexicon: what it knows about actors, roles, event verbs and the
//! small words that carry hedging, negation and attribution.
//!
//! The knowledge lives in data files (`lexicon/` at the repository root, built
//! into the binary, or a directory a user points at). This crate reads them
//! ([`LexiconSource`]), reporting any malformed entry with its file and line,
//! and compiles them once into a [`Lexicon`]: interned words, whole-token
//! phrase tables and verb patterns indexed by every inflected form of their
//! head. The compiled value is immutable and shared across threads.

mod compiled;
mod error;
mod files;
pub mod morphology;
mod morphology_fr;
mod pattern;
mod petrarch;
mod phrases;
mod source;
mod tsv;

pub use compiled::{CompiledPattern, Elem, HeadRef, Lexicon, NounRef, ScoreWordKinds};
pub use error::LexiconError;
pub use pattern::{parse_pattern, PatternElem, MAX_GAP};
pub use petrarch::{DiscardEntry, PetrarchFiles};
pub use sitrep_text::Language;
pub use phrases::{same_words, Interner, Phrase, PhraseTable, WordId, UNKNOWN};
pub use source::{
    parse_dated_codes, ActorEntry, AgentEntry, CameoInfo, CueBits, CueEntry, CueKind, DateWord, DatedCode,
    FrenchIrregularVerb, IrregularVerb, LexiconSource, OfficialSpeakers, PartyCode, PartyKind, PartySide, ScoreWord, ScoreWordKind, VerbEntry,
};
