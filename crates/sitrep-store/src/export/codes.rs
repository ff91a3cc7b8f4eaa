//! Splitting CAMEO actor codes into the parts GDELT and PLOVER name.
//!
//! A CAMEO actor code is a chain of three-letter elements: a country (ISO
//! alpha-3, or a region such as `AFR`), or a known-group prefix (`IGO`,
//! `NGO`, `NGM`, `MNC`, `IMG`) followed by the group, then role codes:
//! `RUSMIL`, `BFAGOVMIL`, `IGOUNO`, `REB` (a rebel group of no stated
//! country).

/// Role (GDELT "type", PLOVER "sector") codes: when the code starts with
/// one of these, it names no country.
const ROLES: &[&str] = &[
    "AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "INS", "JRN",
    "JUD", "LAB", "LEG", "MED", "MIL", "MOD", "OPP", "PRE", "PTY", "RAD", "REB", "REF", "REL",
    "SEP", "SOC", "SPY", "UAF", "UNK", "UNR",
];

/// Prefixes of international non-state actors; the next element is the
/// group (`IGOUNO`: the United Nations).
const GROUPS: &[&str] = &["IGO", "NGO", "NGM", "MNC", "IMG", "ISM"];

/// An actor code in parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct CodeParts<'a> {
    /// ISO alpha-3 country or CAMEO region.
    pub country: Option<&'a str>,
    /// `IGO`, `NGO`…: what kind of international actor.
    pub group_kind: Option<&'a str>,
    /// The group's own code (`UNO`, `AFU`…).
    pub known_group: Option<&'a str>,
    /// Role codes in order (`MIL`, `GOV`…), at most three as GDELT has.
    pub roles: Vec<&'a str>,
}

/// Splits `code` into its three-letter elements and names them. A trailing
/// element shorter than three letters is kept as a role.
pub(crate) fn split(code: &str) -> CodeParts<'_> {
    let elements: Vec<&str> = (0..code.len())
        .step_by(3)
        .filter_map(|i| code.get(i..(i + 3).min(code.len())))
        .collect();
    let mut parts = CodeParts::default();
    let mut rest = &elements[..];
    if let Some((&first, tail)) = rest.split_first() {
        if GROUPS.contains(&first) {
            parts.group_kind = Some(first);
            parts.known_group = tail.first().copied();
            rest = tail.get(1..).unwrap_or(&[]);
        } else if ROLES.contains(&first) {
            // No country: the roles start at once.
        } else {
            parts.country = Some(first);
            rest = tail;
        }
    }
    parts.roles = rest.iter().copied().take(3).collect();
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_then_roles() {
        let p = split("BFAGOVMIL");
        assert_eq!(p.country, Some("BFA"));
        assert_eq!(p.roles, ["GOV", "MIL"]);
    }

    #[test]
    fn international_groups() {
        let p = split("IGOUNO");
        assert_eq!(
            (p.country, p.group_kind, p.known_group),
            (None, Some("IGO"), Some("UNO"))
        );
        assert!(p.roles.is_empty());
    }

    #[test]
    fn roles_without_a_country() {
        let p = split("REBMIL");
        assert_eq!(p.country, None);
        assert_eq!(p.roles, ["REB", "MIL"]);
    }
}
