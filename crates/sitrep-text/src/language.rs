//! The languages sitrep codes, and what each changes in reading text.

use std::fmt;
use std::str::FromStr;

/// A language sitrep has a lexicon and a parser for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    English,
    French,
}

impl Language {
    /// Every language, in the order `--help` lists them.
    pub const ALL: [Language; 2] = [Language::English, Language::French];

    /// The ISO 639-1 code (`en`, `fr`), as documents carry it.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
        }
    }

    /// The language of an ISO 639-1 code, if sitrep codes it.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// Whether an elided word is a token of its own: French writes the
    /// article, pronoun or conjunction before a vowel as one word with the
    /// next ("l'armée", "d'Ivoire", "qu'il"), and the lexicon spells them
    /// apart; English keeps inner apostrophes ("O'Brien").
    pub fn splits_elisions(self) -> bool {
        self == Language::French
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code sitrep does not code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

impl fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown language {:?} (sitrep codes en and fr)", self.0)
    }
}

impl std::error::Error for UnknownLanguage {}

impl FromStr for Language {
    type Err = UnknownLanguage;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_code(s).ok_or_else(|| UnknownLanguage(s.to_owned()))
    }
}
