//! Arabic place names written many ways ("Deir ez-Zor", "Deir al-Zour",
//! "Dayr az Zawr", "Deir Ezzor"), read from
//! `lexicon/places/transliteration.tsv`: a name the gazetteer lacks as
//! written is looked up by its skeleton, an index built at its first use
//! over the main names of the places of the file's countries.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::gazetteer::{Gazetteer, PlaceId};
use crate::PlacesError;

const FILE: &str = "lexicon/places/transliteration.tsv";

/// Skeletons shorter than this name too many places to mean one; a name
/// with no article to show it Arabic needs a longer one, and one word
/// longer still ("Kurdish" is no Kirdasah, "Mohammad" no Mahmudiyah).
const MIN_SKELETON: usize = 3;
const MIN_SKELETON_NO_ARTICLE: usize = 4;
const MIN_SKELETON_ONE_WORD: usize = 5;
/// Places kept per skeleton (most populous first): enough for a town and
/// its province.
const MAX_PLACES: usize = 8;

#[derive(Debug, Default)]
pub struct Transliteration {
    articles: FxHashSet<String>,
    countries: FxHashSet<String>,
    /// (skeleton, whether the gazetteer's name has an article) → places
    /// of the listed countries with a name of that skeleton, most populous
    /// first. Built at the first name that needs it (a pass over the
    /// gazetteer's places), so loading stays as fast as before.
    by_skeleton: OnceLock<FxHashMap<(String, bool), Vec<(PlaceId, u32)>>>,
}

impl Transliteration {
    pub fn parse(text: &str) -> Result<Self, PlacesError> {
        let mut t = Transliteration::default();
        for (n, cols) in crate::data_lines(text) {
            match cols.as_slice() {
                ["article", form] if !form.is_empty() => t.articles.insert(form.to_lowercase()),
                ["country", iso3] if iso3.len() == 3 => t.countries.insert((*iso3).to_owned()),
                _ => return Err(PlacesError::Data { file: FILE, line: n, message: "expected: article FORM or country ISO3".into() }),
            };
        }
        Ok(t)
    }

    fn index(&self, gazetteer: &Gazetteer) -> &FxHashMap<(String, bool), Vec<(PlaceId, u32)>> {
        self.by_skeleton.get_or_init(|| {
            let mut by_skeleton: FxHashMap<(String, bool), Vec<(PlaceId, u32)>> = FxHashMap::default();
            let (mut skeleton, mut name) = (String::new(), String::new());
            let listed_country: Vec<bool> = gazetteer.country_codes().map(|c| self.countries.contains(c)).collect();
            // Main names only (alternate names are found as written): the
            // country is read first, as most places lie elsewhere.
            for i in 0..gazetteer.len() {
                let id = PlaceId(i as u32);
                if !gazetteer.country_index_of(id).is_some_and(|c| listed_country[c]) {
                    continue;
                }
                let Some(p) = gazetteer.place(id) else { continue };
                // Folded whole (no tokeniser: this runs over thousands of
                // names); hyphens part words as spaces do.
                name.clear();
                sitrep_text::normalise_into(p.name, &mut name);
                let article = self.skeleton(&name, &mut skeleton);
                if letters(&skeleton) >= MIN_SKELETON {
                    by_skeleton.entry((skeleton.clone(), article)).or_default().push((p.id, p.population));
                }
            }
            for places in by_skeleton.values_mut() {
                places.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                places.truncate(MAX_PLACES);
            }
            by_skeleton
        })
    }

    /// Whether a normalised word is a form of the article.
    pub fn is_article(&self, word: &str) -> bool {
        // Every form is two or three letters: most words need no hash.
        (2..=3).contains(&word.len()) && self.articles.contains(word)
    }

    /// The places a key (normalised words joined by spaces) names by its
    /// skeleton, most populous first: a name written with an article
    /// ("Deir al-Zour") only those whose gazetteer name has one too ("al
    /// Shabaab" is no Şaḩam), a name without ("Deir Ezzor") any. The
    /// index is built from the first `gazetteer` given: pass the same one.
    pub fn places(&self, key: &str, gazetteer: &Gazetteer) -> Vec<PlaceId> {
        let mut skeleton = String::new();
        let article = self.skeleton(key, &mut skeleton);
        let min = match (article, key.contains(' ')) {
            (true, _) => MIN_SKELETON,
            (false, true) => MIN_SKELETON_NO_ARTICLE,
            (false, false) => MIN_SKELETON_ONE_WORD,
        };
        if letters(&skeleton) < min {
            return Vec::new();
        }
        let index = self.index(gazetteer);
        let with = index.get(&(skeleton.clone(), true)).into_iter().flatten();
        let without = index.get(&(skeleton, false)).into_iter().flatten().filter(|_| !article);
        let mut places: Vec<(PlaceId, u32)> = with.chain(without).copied().collect();
        places.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        places.into_iter().map(|(id, _)| id).take(MAX_PLACES).collect()
    }

    /// Articles dropped; in each word, letters only, a final h dropped,
    /// vowels, w and y dropped, q read as k, doubled letters made one;
    /// words parted by a space or hyphen (so "Ras al-Ain" is not
    /// Arsinoe), the clitic "'s" of a tokenised key joined to the word
    /// before ("ra 's" of GeoNames' "Ra's al 'Ayn").
    /// Returns whether the key holds an article.
    fn skeleton(&self, key: &str, out: &mut String) -> bool {
        out.clear();
        let mut article = false;
        for word in key.split([' ', '-']) {
            if self.articles.contains(word) {
                article = true;
                continue;
            }
            let glued = matches!(word, "'s" | "\u{2019}s");
            if !glued && !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            let letters: Vec<char> = word.chars().filter(char::is_ascii_alphabetic).collect();
            let cut = if letters.len() > 3 && letters.last() == Some(&'h') { letters.len() - 1 } else { letters.len() };
            for &c in &letters[..cut] {
                let c = if c == 'q' { 'k' } else { c };
                if matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'w' | 'y') || out.ends_with(c) {
                    continue;
                }
                out.push(c);
            }
        }
        article
    }
}

fn letters(skeleton: &str) -> usize {
    skeleton.bytes().filter(|b| *b != b' ').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_place_share_a_skeleton() {
        let g = Gazetteer::embedded().unwrap();
        let t = Transliteration::parse(include_str!("../../../lexicon/places/transliteration.tsv")).unwrap();
        let deir = t.places("deir ez zor", &g);
        assert!(deir.iter().any(|id| g.place(*id).unwrap().name == "Deir ez-Zor"), "{deir:?}");
        for spelling in ["deir al zour", "dayr az zawr", "deir el zor"] {
            assert_eq!(t.places(spelling, &g), deir, "{spelling}");
        }
        assert!(t.places("deir ezzor", &g).starts_with(&deir[..1]));
        assert!(t.is_article("ez") && !t.is_article("deir"));
        assert!(t.places("al", &g).is_empty());
        assert!(t.places("kurdish", &g).is_empty() && !t.places("qamishli", &g).is_empty());
        // Words keep their bounds: "Ras al-Ain" is not Arsinoe (Al Fayyum).
        let ras: Vec<_> = t.places("ras al ain", &g).into_iter().map(|id| g.place(id).unwrap()).collect();
        assert!(ras.iter().any(|p| p.iso3 == "SYR") && ras.iter().all(|p| p.name != "Al Fayyum"), "{ras:?}");
        assert!(Transliteration::parse("article\n").is_err());
    }
}
