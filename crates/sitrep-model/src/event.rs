use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{ActorCode, CameoCode, QuadClass};

/// One coded event: the record of `DESIGN.md`, field for field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub doc_id: String,
    /// 0-based index of the sentence in the document.
    pub sentence: usize,
    /// `[start, end)` byte offsets of the evidence in the document text.
    pub span: [usize; 2],
    /// `[start, end)` byte offsets of the word the event stands on (the
    /// verb or noun that was coded), inside `span`.
    pub trigger: [usize; 2],
    pub source: Option<Actor>,
    pub target: Option<Actor>,
    pub cameo: CameoCode,
    pub plover: Option<Plover>,
    pub quad_class: Option<QuadClass>,
    pub goldstein: Option<f32>,
    pub certainty: Certainty,
    pub attribution: Attribution,
    pub quote: Option<String>,
    pub date: Option<EventDate>,
    pub location: Option<Location>,
    /// Id of the lexicon pattern that fired, so every event can be explained.
    pub rule: String,
}

/// An actor as the text names it and as the lexicon codes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// The words of the text that name the actor.
    pub text: String,
    /// `None` when the text names an actor the lexicon cannot code.
    pub code: Option<ActorCode>,
    /// Id of the lexicon entry (or entries, joined by `+`) behind the code.
    pub id: Option<String>,
}

/// PLOVER event type and, where the ontology has one, mode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plover {
    #[serde(rename = "type")]
    pub event_type: String,
    pub mode: Option<String>,
}

/// How firmly the text states the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// Stated as fact.
    Asserted,
    /// Hedged: "reportedly", "is said to", anonymous sourcing.
    Reported,
    /// An accusation by a party: "accused of", "allegedly".
    Alleged,
    /// Depends on a condition or is only possible: "if", "would", "could".
    Conditional,
    /// Announced as future or intended: "will", "vowed to", "threatened to".
    Intended,
    /// A party denies it happened.
    Denied,
    /// The text says it did not happen.
    Negated,
}

impl Certainty {
    pub const ALL: [Certainty; 7] =
        [Self::Asserted, Self::Reported, Self::Alleged, Self::Conditional, Self::Intended, Self::Denied, Self::Negated];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Asserted => "asserted",
            Self::Reported => "reported",
            Self::Alleged => "alleged",
            Self::Conditional => "conditional",
            Self::Intended => "intended",
            Self::Denied => "denied",
            Self::Negated => "negated",
        }
    }
}

impl std::str::FromStr for Certainty {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL.into_iter().find(|c| c.as_str() == s).ok_or_else(|| {
            format!("unknown certainty {s:?}: one of asserted, reported, alleged, conditional, intended, denied, negated")
        })
    }
}

impl fmt::Display for Certainty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    pub text: Option<String>,
    pub kind: AttributionKind,
}

impl Attribution {
    pub fn none() -> Self {
        Self { text: None, kind: AttributionKind::None }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionKind {
    /// "sources", "intelligence reports", "an official" — nobody named.
    Anonymous,
    /// A named person speaking in an official role.
    NamedOfficial,
    /// A named actor (state, organisation, group) speaking.
    NamedActor,
    /// A news outlet or agency.
    Media,
    /// A report, statement or document.
    Document,
    /// The text gives no source: the outlet's own voice.
    None,
}

impl AttributionKind {
    pub const ALL: [AttributionKind; 6] =
        [Self::Anonymous, Self::NamedOfficial, Self::NamedActor, Self::Media, Self::Document, Self::None];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Anonymous => "anonymous",
            Self::NamedOfficial => "named_official",
            Self::NamedActor => "named_actor",
            Self::Media => "media",
            Self::Document => "document",
            Self::None => "none",
        }
    }
}

impl std::str::FromStr for AttributionKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL.into_iter().find(|k| k.as_str() == s).ok_or_else(|| format!("unknown attribution kind {s:?}"))
    }
}

/// A resolved date with the precision the text supports. Serialised as
/// `{"value": "2025-04", "precision": "month"}`: ISO 8601 cut to the precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventDate {
    /// The first day of the period the text names.
    pub value: NaiveDate,
    pub precision: DatePrecision,
}

impl EventDate {
    pub fn iso(&self) -> String {
        match self.precision {
            DatePrecision::Day => self.value.format("%Y-%m-%d").to_string(),
            DatePrecision::Month => self.value.format("%Y-%m").to_string(),
            DatePrecision::Year => self.value.format("%Y").to_string(),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct EventDateJson {
    value: String,
    precision: DatePrecision,
}

impl Serialize for EventDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        EventDateJson { value: self.iso(), precision: self.precision }.serialize(s)
    }
}

impl<'de> Deserialize<'de> for EventDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let json = EventDateJson::deserialize(d)?;
        let padded = match json.value.len() {
            4 => format!("{}-01-01", json.value),
            7 => format!("{}-01", json.value),
            _ => json.value,
        };
        let value = NaiveDate::parse_from_str(&padded, "%Y-%m-%d").map_err(serde::de::Error::custom)?;
        Ok(Self { value, precision: json.precision })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    Day,
    Month,
    Year,
}

/// Where the event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonames_id: Option<u64>,
    pub precision: String,
    /// What kind of place the name is (`country`, `admin1`, `admin2`,
    /// `capital`, `city`, `region`); absent in events stored before schema 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature: Option<String>,
    /// `[start, end)` byte offsets of the place's name in the document text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<[usize; 2]>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certainty_serialises_in_snake_case() {
        let json = serde_json::to_string(&Certainty::Reported).unwrap();
        assert_eq!(json, "\"reported\"");
        let kind = serde_json::to_string(&AttributionKind::NamedOfficial).unwrap();
        assert_eq!(kind, "\"named_official\"");
    }

    #[test]
    fn event_dates_print_at_their_precision() {
        let d = EventDate {
            value: NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(),
            precision: DatePrecision::Month,
        };
        assert_eq!(d.iso(), "2025-04");
    }
}
