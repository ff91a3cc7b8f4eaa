//! Regions no gazetteer holds as one place, read from
//! `lexicon/places/regions.tsv`: the Sahel, the Horn of Africa, the Donbas.

use rustc_hash::FxHashMap;

use crate::PlacesError;

const FILE: &str = "lexicon/places/regions.tsv";

#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// The first name listed.
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    /// ISO alpha-3 codes of the countries it spans.
    pub members: Vec<String>,
}

/// The regions and their names as gazetteer keys.
#[derive(Debug, Default)]
pub struct Regions {
    pub(crate) list: Vec<Region>,
    by_key: FxHashMap<String, usize>,
    /// Keys that begin a longer region name ("horn", "lake chad").
    prefixes: rustc_hash::FxHashSet<String>,
}

impl Regions {
    pub fn parse(text: &str) -> Result<Self, PlacesError> {
        let mut regions = Regions::default();
        for (n, cols) in crate::data_lines(text) {
            let err = |message: String| PlacesError::Data { file: FILE, line: n, message };
            let [names, lat, lon, rest @ ..] = cols.as_slice() else {
                return Err(err("expected: names, lat, lon, members".into()));
            };
            let coord = |s: &str, max: f64| {
                s.parse::<f64>().ok().filter(|v| v.abs() <= max).ok_or_else(|| err(format!("`{s}` is not a coordinate")))
            };
            let (lat, lon) = (coord(lat, 90.0)?, coord(lon, 180.0)?);
            let members = rest.first().map(|m| m.split('|').filter(|c| !c.is_empty()).map(str::to_owned).collect()).unwrap_or_default();
            let index = regions.list.len();
            let mut first = None;
            for name in names.split('|').map(str::trim).filter(|s| !s.is_empty()) {
                first.get_or_insert(name);
                let key = crate::key_of(name.strip_prefix("the ").unwrap_or(name));
                let words: Vec<&str> = key.split(' ').collect();
                for k in 1..words.len() {
                    regions.prefixes.insert(words[..k].join(" "));
                }
                regions.by_key.insert(key, index);
            }
            let Some(name) = first else { return Err(err("a region needs a name".into())) };
            regions.list.push(Region { name: name.to_owned(), lat, lon, members });
        }
        Ok(regions)
    }

    pub fn get(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    pub fn has_longer(&self, key: &str) -> bool {
        self.prefixes.contains(key)
    }

    pub fn region(&self, i: usize) -> Option<&Region> {
        self.list.get(i)
    }
}
