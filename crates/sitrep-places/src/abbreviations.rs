//! Abbreviated first-level divisions after a town and a comma ("Elgin,
//! Ill.", "Lachine, Que.", "Irvine, CA"), read from
//! `lexicon/places/admin-abbreviations.tsv`. Each names one admin area of
//! one country, resolved against the gazetteer once, at load.

use crate::gazetteer::{Feature, Gazetteer, PlaceId};
use crate::PlacesError;

const FILE: &str = "lexicon/places/admin-abbreviations.tsv";

/// Abbreviations as written (case matters) and the area each stands for.
#[derive(Debug, Default)]
pub struct AdminAbbreviations {
    /// Longest first, so "N.Mex" is tried before "N.M".
    forms: Vec<(String, PlaceId)>,
}

impl AdminAbbreviations {
    pub fn parse(text: &str, gazetteer: &Gazetteer) -> Result<Self, PlacesError> {
        let mut forms = Vec::new();
        for (n, cols) in crate::data_lines(text) {
            let err = |message: String| PlacesError::Data { file: FILE, line: n, message };
            let [abbrevs, iso3, name] = cols.as_slice() else {
                return Err(err("expected: abbreviations, country, division".into()));
            };
            let area = gazetteer
                .named_in(name, iso3)
                .find(|p| p.feature == Feature::Admin1)
                .ok_or_else(|| err(format!("the gazetteer has no division `{name}` in {iso3}")))?;
            for form in abbrevs.split('|').map(str::trim).filter(|f| !f.is_empty()) {
                forms.push((form.to_owned(), area.id));
            }
        }
        forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
        Ok(Self { forms })
    }

    /// The abbreviation that `text` starts with, as a whole word (a period
    /// may follow): its length in bytes and its area.
    pub fn at_start(&self, text: &str) -> Option<(usize, PlaceId)> {
        self.forms.iter().find_map(|(form, id)| {
            let rest = text.strip_prefix(form.as_str())?;
            let whole = !rest.chars().next().is_some_and(|c| c.is_alphanumeric());
            whole.then_some((form.len(), *id))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_resolve_to_their_country_division() {
        let g = Gazetteer::embedded().unwrap();
        let a = AdminAbbreviations::parse(include_str!("../../../lexicon/places/admin-abbreviations.tsv"), &g).unwrap();
        let (len, id) = a.at_start("Ga., police said").unwrap();
        let p = g.place(id).unwrap();
        assert_eq!((len, p.iso3, p.feature), (2, "USA", Feature::Admin1));
        assert_eq!(a.at_start("N.Mex. officials").map(|(l, _)| l), Some(5));
        assert!(a.at_start("Gallup").is_none());
        assert!(a.at_start("in").is_none(), "case matters: IN is Indiana, in is a word");
    }

    #[test]
    fn an_unknown_division_names_its_line() {
        let g = Gazetteer::embedded().unwrap();
        let e = AdminAbbreviations::parse("Xx\tUSA\tNowhere State\n", &g).unwrap_err().to_string();
        assert!(e.contains(":1:"), "{e}");
    }
}
