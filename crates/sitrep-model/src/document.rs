use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One news report: the unit that ingest reads, the coder codes and the store
/// keeps. `date` is the publication date against which relative dates ("on
/// Saturday") and dated actor roles are resolved.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Where `date` was read, when the source says (`json-ld`, `meta`,
    /// `url`, `text`, `capture` … for web pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_source: Option<String>,
    /// How sure `date` is, from 0 to 1, when the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_confidence: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Self { id: id.into(), text: text.into(), ..Self::default() }
    }
}
