use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a code could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("CAMEO event code {0:?} must be 2 to 4 characters of digits or letters")]
    Cameo(String),
    #[error("actor code {0:?} must be 3 to 24 upper-case letters, digits or `-` (PETRARCH's unknown country `---`)")]
    Actor(String),
}

/// A CAMEO event code such as `"074"` or `"1663"`.
///
/// Kept as a string: leading zeros matter, and PETRARCH dictionaries from the
/// WEIS era carry codes that are not in today's table, which a user may still
/// want to load.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CameoCode(String);

impl CameoCode {
    pub fn parse(code: &str) -> Result<Self, CodeError> {
        let ok = (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric());
        if ok {
            Ok(Self(code.to_owned()))
        } else {
            Err(CodeError::Cameo(code.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The two-digit root ("07" for "074").
    pub fn root(&self) -> &str {
        &self.0[..2]
    }

    /// The three-digit base code ("166" for "1663"), or the root when shorter.
    pub fn base(&self) -> &str {
        &self.0[..self.0.len().min(3)]
    }
}

impl TryFrom<String> for CameoCode {
    type Error = CodeError;
    fn try_from(s: String) -> Result<Self, CodeError> {
        Self::parse(&s)
    }
}

impl From<CameoCode> for String {
    fn from(c: CameoCode) -> String {
        c.0
    }
}

impl fmt::Display for CameoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A CAMEO actor code: a country or IGO prefix followed by role codes, e.g.
/// `RUSMIL`, `BFAGOV`, `IGOUNO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ActorCode(String);

impl ActorCode {
    pub fn parse(code: &str) -> Result<Self, CodeError> {
        let ok = (3..=24).contains(&code.len())
            && code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
            && code.bytes().any(|b| b != b'-');
        if ok {
            Ok(Self(code.to_owned()))
        } else {
            Err(CodeError::Actor(code.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The first three letters: the country (ISO alpha-3) or `IGO`.
    pub fn country(&self) -> &str {
        &self.0[..3]
    }

    /// The role codes after the first three letters ("RUSMILGOV": "MIL",
    /// "GOV").
    pub fn roles(&self) -> impl Iterator<Item = &str> {
        actor_roles(&self.0)
    }
}

/// The three-letter role codes after the first three letters of an actor
/// code written as text ("BFAMILVDP": "MIL", "VDP").
pub fn actor_roles(code: &str) -> impl Iterator<Item = &str> {
    code.get(3..).unwrap_or("").as_bytes().chunks(3).filter_map(|r| std::str::from_utf8(r).ok())
}

impl TryFrom<String> for ActorCode {
    type Error = CodeError;
    fn try_from(s: String) -> Result<Self, CodeError> {
        Self::parse(&s)
    }
}

impl From<ActorCode> for String {
    fn from(c: ActorCode) -> String {
        c.0
    }
}

impl fmt::Display for ActorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// GDELT's quad classes: 1 verbal cooperation, 2 material cooperation,
/// 3 verbal conflict, 4 material conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum QuadClass {
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}

impl From<QuadClass> for u8 {
    fn from(q: QuadClass) -> u8 {
        q as u8
    }
}

impl TryFrom<u8> for QuadClass {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, String> {
        match n {
            1 => Ok(Self::VerbalCooperation),
            2 => Ok(Self::MaterialCooperation),
            3 => Ok(Self::VerbalConflict),
            4 => Ok(Self::MaterialConflict),
            _ => Err(format!("quad class must be 1 to 4, not {n}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_actor_code_lists_its_roles_after_the_country() {
        let c = ActorCode::parse("BFAMILVDP").unwrap();
        assert_eq!(c.roles().collect::<Vec<_>>(), ["MIL", "VDP"]);
        assert_eq!(ActorCode::parse("RUS").unwrap().roles().count(), 0);
        assert_eq!(actor_roles("---GOV").collect::<Vec<_>>(), ["GOV"]);
    }

    #[test]
    fn cameo_codes_keep_leading_zeros_and_know_their_root() {
        let c = CameoCode::parse("074").unwrap();
        assert_eq!(c.root(), "07");
        assert_eq!(CameoCode::parse("1663").unwrap().base(), "166");
        assert!(CameoCode::parse("7").is_err());
        assert!(CameoCode::parse("07 4").is_err());
    }

    #[test]
    fn actor_codes_are_upper_case() {
        assert_eq!(ActorCode::parse("RUSMIL").unwrap().country(), "RUS");
        assert!(ActorCode::parse("rus").is_err());
    }
}
