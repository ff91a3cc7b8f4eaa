//! Names for codes, so that an analyst reads "Russia · military" and
//! "impose blockade" rather than `RUSMIL` and `191`: the built-in lexicon's
//! CAMEO table, countries, organisations and armed groups, and a gloss for
//! each role code (`data/roles.tsv`). Built once, served as
//! `/api/vocabulary`; the dashboard composes actor names from it.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Serialize;
use sitrep_lexicon::LexiconSource;

#[derive(Debug, Serialize)]
pub(crate) struct Vocabulary {
    /// Every CAMEO code with its gloss, quad class, PLOVER type and Goldstein score.
    pub cameo: Vec<CameoEntry>,
    /// The PLOVER event types of the table.
    pub plover_types: Vec<String>,
    /// ISO 3166-1 alpha-3 code → the country's name.
    pub countries: BTreeMap<String, String>,
    /// A whole actor code an organisation or armed group carries
    /// (`IGOUNO`, `MLIINSJNM`) → its first name in the lexicon.
    pub actors: BTreeMap<String, String>,
    /// Role code (`MIL`) → its gloss ("military").
    pub roles: BTreeMap<String, String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct CameoEntry {
    pub code: String,
    pub description: String,
    pub quad_class: u8,
    pub plover_type: Option<String>,
    pub goldstein: f32,
}

/// The vocabulary of the built-in lexicon, read on first use.
pub(crate) fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(build)
}

const FILES: &[(&str, &str)] = &[
    ("cameo.tsv", include_str!("../../../lexicon/cameo.tsv")),
    ("actors/countries.tsv", include_str!("../../../lexicon/actors/countries.tsv")),
    ("actors/organisations.tsv", include_str!("../../../lexicon/actors/organisations.tsv")),
    ("actors/armed_groups.tsv", include_str!("../../../lexicon/actors/armed_groups.tsv")),
];

fn build() -> Vocabulary {
    let mut src = LexiconSource::default();
    for (name, text) in FILES {
        // The same files are parsed and tested as the coder's lexicon; if one
        // ever failed here the dashboard would show codes without names,
        // which is worth a log line and not worth refusing to serve.
        if let Err(e) = src.parse_file(name, text) {
            tracing::warn!("vocabulary: {e}");
        }
    }
    let cameo = src
        .cameo
        .iter()
        .map(|c| CameoEntry {
            code: c.code.as_str().to_owned(),
            description: c.description.clone(),
            quad_class: u8::from(c.quad_class),
            plover_type: c.plover_type.clone(),
            goldstein: c.goldstein,
        })
        .collect();
    let mut plover_types: Vec<String> = src.cameo.iter().filter_map(|c| c.plover_type.clone()).collect();
    plover_types.sort();
    plover_types.dedup();
    let mut countries = BTreeMap::new();
    let mut actors = BTreeMap::new();
    for a in &src.actors {
        let (Some(code), Some(name)) = (a.codes.last(), a.names.first()) else { continue };
        let map = if a.kind() == "country" { &mut countries } else { &mut actors };
        // The first entry of a code names it ("United Nations" before "UN Security Council").
        map.entry(code.code.as_str().to_owned()).or_insert_with(|| name.clone());
    }
    let roles = roles(include_str!("../data/roles.tsv"));
    // A code that is only a country and roles (GBRGOV, GBRLAB) is read from
    // its parts, "United Kingdom · government": an organisation that carries
    // it ("ICO", the Information Commissioner's Office; the TUC) is one of
    // many such actors, not its name.
    actors.retain(|code, _| !country_and_roles(code, &countries, &roles));
    Vocabulary { cameo, plover_types, countries, actors, roles }
}

/// Whether `code` is a country code followed by role codes only.
fn country_and_roles(code: &str, countries: &BTreeMap<String, String>, roles: &BTreeMap<String, String>) -> bool {
    let (Some(country), Some(rest)) = (code.get(..3), code.get(3..)) else { return false };
    countries.contains_key(country)
        && !rest.is_empty()
        && rest.len() % 3 == 0
        && (0..rest.len()).step_by(3).all(|i| rest.get(i..i + 3).is_some_and(|r| roles.contains_key(r)))
}

fn roles(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(code, gloss)| (code.trim().to_owned(), gloss.trim().to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_names_countries_roles_codes_and_organisations() {
        let v = vocabulary();
        assert_eq!(v.countries.get("BFA").map(String::as_str), Some("Burkina Faso"));
        assert_eq!(v.roles.get("MIL").map(String::as_str), Some("military"));
        assert_eq!(v.actors.get("IGOUNO").map(String::as_str), Some("United Nations"));
        assert!(v.cameo.iter().any(|c| c.code == "074" && !c.description.is_empty()));
        assert!(v.plover_types.len() >= 15 && v.plover_types.contains(&"ASSAULT".to_owned()));
        assert!(!v.countries.contains_key("IGO"));
        // A country with roles is named from its parts, never after one
        // organisation that carries the code ("ICO" for GBRGOV).
        assert!(!v.actors.contains_key("GBRGOV") && !v.actors.contains_key("GBRLAB"));
        assert!(v.actors.contains_key("MLIINSJNM"), "an armed group's own code keeps its name");
    }
}
