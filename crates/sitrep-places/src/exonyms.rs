//! Names other languages give to places ("Londres", "États-Unis", "Le
//! Cap"), read from `lexicon/places/exonyms.tsv` and resolved against the
//! gazetteer once, at load. Each names one place.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::gazetteer::{Feature, Gazetteer, PlaceId};
use crate::PlacesError;

const FILE: &str = "lexicon/places/exonyms.tsv";

#[derive(Debug, Default)]
pub struct Exonyms {
    by_key: FxHashMap<String, PlaceId>,
    /// Keys that begin a longer exonym ("le" of "le cap").
    prefixes: FxHashSet<String>,
}

impl Exonyms {
    pub fn parse(text: &str, gazetteer: &Gazetteer) -> Result<Self, PlacesError> {
        let mut exonyms = Exonyms::default();
        for (n, cols) in crate::data_lines(text) {
            let err = |message: String| PlacesError::Data { file: FILE, line: n, message };
            let [exonym, iso3, name] = cols.as_slice() else {
                return Err(err("expected: name, country, gazetteer name".into()));
            };
            // The place whose own name it is first ("England" is the
            // area, not the United Kingdom that "England" also names; the
            // city of Moscow, not the oblast of Moskva), then a country,
            // then the most populous.
            let own = crate::key_of(name);
            let place = gazetteer
                .named_in(name, iso3)
                .max_by_key(|p| (crate::key_of(p.name) == own, p.feature == Feature::Country, p.population))
                .ok_or_else(|| err(format!("the gazetteer has no `{name}` in {iso3}")))?;
            let key = crate::key_of(exonym);
            for (at, _) in key.match_indices(' ') {
                exonyms.prefixes.insert(key[..at].to_owned());
            }
            exonyms.by_key.insert(key, place.id);
        }
        Ok(exonyms)
    }

    pub fn get(&self, key: &str) -> Option<PlaceId> {
        self.by_key.get(key).copied()
    }

    pub fn has_longer(&self, key: &str) -> bool {
        self.prefixes.contains(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exonyms_name_their_place() {
        let g = Gazetteer::embedded().unwrap();
        let e = Exonyms::parse(include_str!("../../../lexicon/places/exonyms.tsv"), &g).unwrap();
        let london = g.place(e.get("londres").unwrap()).unwrap();
        assert_eq!((london.name, london.iso3), ("London", "GBR"));
        assert_eq!(g.place(e.get("etats unis").unwrap()).unwrap().feature, Feature::Country);
        assert!(e.has_longer("le"));
        let england = g.place(e.get("angleterre").unwrap()).unwrap();
        assert_eq!((england.name, england.feature), ("England", Feature::Admin1));
        assert!(Exonyms::parse("Nowhere\tFRA\tNo Such Town\n", &g).is_err());
    }
}
