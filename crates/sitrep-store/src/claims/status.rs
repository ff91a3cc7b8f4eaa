//! A claim's status, from its counts: how an analyst should read it.

use serde::{Deserialize, Serialize};

use super::config::ClaimConfig;

/// How well a claim is supported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// One independent outlet carries it and no party confirms it.
    SingleSource,
    /// At least `corroborated.outlets` independent outlets carry it, or an
    /// official or actor of a party to it confirms it.
    Corroborated,
    /// Someone denies, rejects or negates it, and someone reports it.
    Contested,
    /// It is only known through denials.
    DeniedOnly,
}

impl Status {
    pub const ALL: [Status; 4] = [Self::SingleSource, Self::Corroborated, Self::Contested, Self::DeniedOnly];

    /// Denials outrank support: a contested claim is contested however many
    /// outlets carry it, and the analyst sees both sides in its detail.
    pub fn of(supporting: usize, independent_outlets: usize, denials: usize, party_confirmed: bool, config: &ClaimConfig) -> Self {
        if supporting == 0 {
            Self::DeniedOnly
        } else if denials > 0 {
            Self::Contested
        } else if independent_outlets >= config.corroborated_outlets || party_confirmed {
            Self::Corroborated
        } else {
            Self::SingleSource
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::SingleSource => "single-source",
            Self::Corroborated => "corroborated",
            Self::Contested => "contested",
            Self::DeniedOnly => "denied-only",
        }
    }
}

impl std::str::FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or_else(|| format!("unknown claim status {s:?}: one of single-source, corroborated, contested, denied-only"))
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
