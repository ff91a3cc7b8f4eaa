//! The gazetteer: a read-only view over the bytes that `scripts/build-gazetteer`
//! writes (`data/gazetteer/gazetteer.bin`), embedded in the binary.
//!
//! Nothing is parsed at start-up beyond the header and a hash index of the
//! keys (which point into the bytes): place records are fixed width, and
//! every read checks its bounds, so a damaged file gives an error or no
//! match, never a panic. Layout (little endian):
//!
//! ```text
//! "SRGAZ001" | u32 places, countries, admins, keys, postings, strings_len
//! places   × 28: u32 geonameid | f32 lat | f32 lon | u32 population | u32 name_off | u16 name_len
//!                | u16 country (index) | u16 admin1 (index or 0xFFFF) | u8 feature | u8 forms
//! countries × 12: [u8;2] iso2 | [u8;3] iso3 | 3 × 0 | u32 place
//! admins   × 12: u32 code_off | u16 code_len | 2 × 0 | u32 place
//! keys     × 12: u32 key_off | u16 key_len | u16 postings | u32 first posting   (sorted by key bytes)
//! postings × 4:  u32 place | 1 << 31 when the key is a demonym of that country
//! strings
//! ```

use rustc_hash::{FxHashMap, FxHashSet};

use crate::PlacesError;

const MAGIC: &[u8; 8] = b"SRGAZ001";
const HEADER: usize = 8 + 6 * 4;
const PLACE: usize = 28;
const COUNTRY: usize = 12;
const ADMIN: usize = 12;
const KEY: usize = 12;
const DEMONYM_BIT: u32 = 1 << 31;
const NONE16: u16 = 0xFFFF;

/// What kind of place a gazetteer entry is; the order is the prior for
/// disambiguation (a country before a province before a town).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Feature {
    Country,
    Admin1,
    Admin2,
    Capital,
    City,
    /// A hand-written region (`lexicon/places/regions.tsv`): the Sahel.
    Region,
}

impl Feature {
    fn from_byte(b: u8) -> Option<Self> {
        Some(match b {
            0 => Feature::Country,
            1 => Feature::Admin1,
            2 => Feature::Admin2,
            3 => Feature::Capital,
            4 => Feature::City,
            _ => return None,
        })
    }

    /// The `precision` of a location at this place.
    pub fn precision(self) -> &'static str {
        match self {
            Feature::Country => "country",
            Feature::Admin1 => "admin1",
            Feature::Admin2 => "admin2",
            Feature::Capital | Feature::City => "city",
            Feature::Region => "region",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Feature::Country => "country",
            Feature::Admin1 => "admin1",
            Feature::Admin2 => "admin2",
            Feature::Capital => "capital",
            Feature::City => "city",
            Feature::Region => "region",
        }
    }
}

/// Index of a place record in the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PlaceId(pub u32);

/// One gazetteer entry, decoded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place<'g> {
    pub id: PlaceId,
    /// GeoNames id; `None` for an admin area the packages give none.
    pub geonames_id: Option<u64>,
    pub name: &'g str,
    pub lat: f64,
    pub lon: f64,
    pub population: u32,
    pub feature: Feature,
    /// How many names GeoNames gives the place (alternate names, all
    /// scripts; capped at 255, 255 for a country): how far beyond its
    /// district it is known.
    pub forms: u8,
    /// ISO 3166-1 alpha-2 and alpha-3 codes of the country.
    pub iso2: &'g str,
    pub iso3: &'g str,
    /// The admin1 area the place lies in (itself for an admin1 area).
    pub admin1: Option<PlaceId>,
}

/// A candidate for a name: the place, and whether the name is the
/// country's demonym or adjective ("Malian") rather than its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub place: PlaceId,
    pub demonym: bool,
}

/// The embedded gazetteer (or any bytes in its format).
#[derive(Debug, Clone)]
pub struct Gazetteer<'b> {
    bytes: &'b [u8],
    places: usize,
    countries: usize,
    admins: usize,
    keys: usize,
    postings: usize,
    off_countries: usize,
    off_admins: usize,
    off_keys: usize,
    off_postings: usize,
    off_strings: usize,
    /// Key bytes → key index, and the word prefixes of multi-word keys
    /// ("burkina" of "burkina faso"): built at load (tens of milliseconds),
    /// they make a lookup one hash probe instead of two binary searches
    /// over the key table, which is what every capitalised word costs.
    index: FxHashMap<&'b [u8], u32>,
    prefixes: FxHashSet<&'b [u8]>,
}

static EMBEDDED: &[u8] = include_bytes!("../../../data/gazetteer/gazetteer.bin");

impl Gazetteer<'static> {
    /// The gazetteer built into sitrep (GeoNames, CC BY 4.0).
    pub fn embedded() -> Result<Self, PlacesError> {
        Gazetteer::from_bytes(EMBEDDED)
    }
}

impl<'b> Gazetteer<'b> {
    /// Checks the header and the section sizes; reads nothing else.
    pub fn from_bytes(bytes: &'b [u8]) -> Result<Self, PlacesError> {
        if bytes.len() < HEADER || &bytes[..8] != MAGIC {
            return Err(PlacesError::Gazetteer("not a sitrep gazetteer (bad magic)".into()));
        }
        let n = |i: usize| read_u32(bytes, 8 + 4 * i).map(|v| v as usize);
        let (places, countries, admins, keys, postings, strings) =
            (n(0).unwrap_or(0), n(1).unwrap_or(0), n(2).unwrap_or(0), n(3).unwrap_or(0), n(4).unwrap_or(0), n(5).unwrap_or(0));
        let off_countries = HEADER + places * PLACE;
        let off_admins = off_countries + countries * COUNTRY;
        let off_keys = off_admins + admins * ADMIN;
        let off_postings = off_keys + keys * KEY;
        let off_strings = off_postings + postings * 4;
        if off_strings + strings != bytes.len() {
            return Err(PlacesError::Gazetteer(format!(
                "section sizes add up to {} bytes, the file has {}",
                off_strings + strings,
                bytes.len()
            )));
        }
        let mut g = Self {
            bytes,
            places,
            countries,
            admins,
            keys,
            postings,
            off_countries,
            off_admins,
            off_keys,
            off_postings,
            off_strings,
            index: FxHashMap::default(),
            prefixes: FxHashSet::default(),
        };
        let mut index = FxHashMap::with_capacity_and_hasher(keys, Default::default());
        let mut prefixes = FxHashSet::default();
        for i in 0..keys {
            let Some(key) = g.key(i) else {
                return Err(PlacesError::Gazetteer(format!("key {i} lies outside the file")));
            };
            index.insert(key, i as u32);
            for (at, _) in key.iter().enumerate().filter(|(_, b)| **b == b' ') {
                prefixes.insert(&key[..at]);
            }
        }
        g.index = index;
        g.prefixes = prefixes;
        Ok(g)
    }

    pub fn len(&self) -> usize {
        self.places
    }

    pub fn is_empty(&self) -> bool {
        self.places == 0
    }

    /// Number of distinct names indexed.
    pub fn names(&self) -> usize {
        self.keys
    }

    /// Candidates for a normalised key (`sitrep_text` normalisation, words
    /// joined by one space), best known first (countries and admin areas,
    /// then places by population).
    pub fn lookup(&self, key: &str) -> impl Iterator<Item = Posting> + '_ {
        self.postings_in(self.find_key(key.as_bytes()).unwrap_or(0..0))
    }

    fn postings_in(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = Posting> + '_ {
        range.filter_map(move |i| {
            let raw = read_u32(self.bytes, self.off_postings + 4 * i)?;
            let place = raw & !DEMONYM_BIT;
            ((place as usize) < self.places).then_some(Posting { place: PlaceId(place), demonym: raw & DEMONYM_BIT != 0 })
        })
    }

    /// Whether any name starts with `prefix` followed by a space: a longer
    /// name may still match.
    pub fn has_longer(&self, prefix: &str) -> bool {
        self.prefixes.contains(prefix.as_bytes())
    }

    /// The places a data file names by a written name in a country (not
    /// a demonym): what `exonyms.tsv` and `admin-abbreviations.tsv` rows
    /// point at.
    pub fn named_in<'s>(&'s self, name: &str, iso3: &'s str) -> impl Iterator<Item = Place<'b>> + 's {
        self.lookup(&crate::key_of(name)).filter(|p| !p.demonym).filter_map(|p| self.place(p.place)).filter(move |p| p.iso3 == iso3)
    }

    pub fn place(&self, id: PlaceId) -> Option<Place<'b>> {
        let i = id.0 as usize;
        if i >= self.places {
            return None;
        }
        let o = HEADER + i * PLACE;
        let gid = read_u32(self.bytes, o)?;
        let lat = f32::from_bits(read_u32(self.bytes, o + 4)?) as f64;
        let lon = f32::from_bits(read_u32(self.bytes, o + 8)?) as f64;
        let population = read_u32(self.bytes, o + 12)?;
        let name = self.string(read_u32(self.bytes, o + 16)? as usize, read_u16(self.bytes, o + 20)? as usize)?;
        let country = read_u16(self.bytes, o + 22)? as usize;
        let admin = read_u16(self.bytes, o + 24)?;
        let feature = Feature::from_byte(*self.bytes.get(o + 26)?)?;
        let forms = *self.bytes.get(o + 27)?;
        if country >= self.countries {
            return None;
        }
        let c = self.off_countries + country * COUNTRY;
        let iso2 = std::str::from_utf8(self.bytes.get(c..c + 2)?).ok()?;
        let iso3 = std::str::from_utf8(self.bytes.get(c + 2..c + 5)?).ok()?;
        let admin1 = if admin == NONE16 || admin as usize >= self.admins {
            None
        } else {
            read_u32(self.bytes, self.off_admins + admin as usize * ADMIN + 8).map(PlaceId)
        };
        let lat_ok = lat.is_finite() && (-90.0..=90.0).contains(&lat) && lon.is_finite() && (-180.0..=180.0).contains(&lon);
        lat_ok.then_some(Place {
            id,
            geonames_id: (gid != 0).then_some(gid as u64),
            name,
            lat,
            lon,
            population,
            feature,
            forms,
            iso2,
            iso3,
            admin1,
        })
    }

    /// The index of a place's country in the country table, read without
    /// decoding the rest of its record (for passes over every name at load).
    pub fn country_index_of(&self, id: PlaceId) -> Option<usize> {
        let i = id.0 as usize;
        let country = read_u16(self.bytes, HEADER + i.checked_mul(PLACE)? + 22)? as usize;
        (i < self.places && country < self.countries).then_some(country)
    }

    /// The ISO alpha-3 codes of the country table, in its order.
    pub fn country_codes(&self) -> impl Iterator<Item = &'b str> + '_ {
        (0..self.countries).map(|c| {
            let o = self.off_countries + c * COUNTRY;
            self.bytes.get(o + 2..o + 5).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("")
        })
    }

    /// The country record of an ISO alpha-3 code.
    pub fn country_by_iso3(&self, iso3: &str) -> Option<Place<'b>> {
        (0..self.countries).find_map(|i| {
            let c = self.off_countries + i * COUNTRY;
            if self.bytes.get(c + 2..c + 5)? == iso3.as_bytes() {
                self.place(PlaceId(read_u32(self.bytes, c + 8)?))
            } else {
                None
            }
        })
    }

    fn find_key(&self, key: &[u8]) -> Option<std::ops::Range<usize>> {
        let i = *self.index.get(key)? as usize;
        let o = self.off_keys + i * KEY;
        let count = read_u16(self.bytes, o + 6)? as usize;
        let first = read_u32(self.bytes, o + 8)? as usize;
        (first + count <= self.postings).then_some(first..first + count)
    }

    fn key(&self, i: usize) -> Option<&'b [u8]> {
        let o = self.off_keys + i * KEY;
        let off = read_u32(self.bytes, o)? as usize;
        let len = read_u16(self.bytes, o + 4)? as usize;
        self.bytes.get(self.off_strings + off..self.off_strings + off + len)
    }

    fn string(&self, off: usize, len: usize) -> Option<&'b str> {
        std::str::from_utf8(self.bytes.get(self.off_strings + off..self.off_strings + off + len)?).ok()
    }
}

fn read_u32(b: &[u8], o: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(o..o + 4)?.try_into().ok()?))
}

fn read_u16(b: &[u8], o: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(o..o + 2)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_gazetteer_loads_and_finds_gao_in_two_countries() {
        let g = Gazetteer::embedded().unwrap();
        let countries: Vec<&str> = g.lookup("gao").filter_map(|p| g.place(p.place)).map(|p| p.iso3).collect();
        assert!(countries.contains(&"MLI") && countries.contains(&"BFA"), "{countries:?}");
        assert!(g.has_longer("burkina"));
        assert_eq!(g.country_by_iso3("BFA").unwrap().name, "Burkina Faso");
    }

    #[test]
    fn damaged_bytes_are_an_error_not_a_panic() {
        assert!(Gazetteer::from_bytes(b"nonsense").is_err());
        let mut b = EMBEDDED[..200].to_vec();
        b[9] ^= 0xFF;
        assert!(Gazetteer::from_bytes(&b).is_err());
    }
}
