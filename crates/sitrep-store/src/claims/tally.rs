//! What a claim's summary is computed from, kept with the claim so that a
//! reading joining it updates the summary without reading its other
//! members again: counts, sets of outlets and words, and for each
//! "first" or "strongest" the reading that holds it, so that the result is
//! the same in whatever order readings are absorbed.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use sitrep_model::Certainty;

use super::compat::{general, party, shared_prefix};
use super::config::ClaimConfig;
use super::reading::Reading;
use super::status::Status;
use super::words::content_words;

/// A claim's running summary; stored as JSON in `claims.tally`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Tally {
    /// Supporting readings.
    pub events: u64,
    /// Distinct supporting and denying documents. A document's readings are
    /// stored together, so they join a claim one after the other: a reading
    /// of another document than the last one counted is a new document.
    pub documents: u64,
    pub denials: u64,
    last_document: Option<i64>,
    last_denial: Option<i64>,
    /// Outlets of supporting stories' first copies (reprints once).
    independent: BTreeSet<String>,
    /// Outlets of every supporting document.
    pub outlets: BTreeSet<String>,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// Certainty of the supporting readings: (rank, event, certainty).
    strongest: Option<(usize, i64, String)>,
    weakest: Option<(usize, i64, String)>,
    /// Supporting readings per attribution kind.
    pub credited: BTreeMap<String, u64>,
    /// CAMEO codes of the supporting readings, then of the denying ones.
    cameos: [BTreeMap<String, CameoCount>; 2],
    source: Code,
    target: Code,
    /// Content words naming every reading's actors, and those of the
    /// attributions of supporting readings credited to an official or actor.
    party_words: BTreeSet<String>,
    credit_words: BTreeSet<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct CameoCount {
    readings: u64,
    /// The first reading with the code, and its PLOVER type.
    first: i64,
    plover: Option<String>,
}

/// The code naming every reading's actor in one slot: the first reading's
/// code and the shortest prefix any other shares with it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Code {
    first: Option<(i64, String)>,
    common: usize,
}

impl Code {
    fn absorb(&mut self, event: i64, code: &str) {
        match &self.first {
            None => {
                self.first = Some((event, code.to_owned()));
                self.common = code.len();
            }
            // A reading older than the first: its prefix shared with all the
            // others is the shorter of the one shared with the old first and
            // the old first's with them (prefixes nest).
            Some((first, old)) if event < *first => {
                self.common = self.common.min(shared_prefix(code, old));
                self.first = Some((event, code.to_owned()));
            }
            Some((_, first)) => self.common = self.common.min(shared_prefix(first, code)),
        }
    }

    fn code(&self, config: &ClaimConfig) -> Option<String> {
        self.first.as_ref().map(|(_, first)| general(first, self.common, config))
    }
}

impl Tally {
    /// Counts one reading (supporting, or denying when `r.denies`).
    pub(crate) fn absorb(&mut self, r: &Reading, config: &ClaimConfig) {
        if let Some(code) = &r.source {
            self.source.absorb(r.event, code);
        }
        if let Some(code) = &r.target {
            self.target.absorb(r.event, code);
        }
        if let Some(day) = &r.day {
            if self.first_seen.as_ref().is_none_or(|d| day < d) {
                self.first_seen = Some(day.clone());
            }
            if self.last_seen.as_ref().is_none_or(|d| day > d) {
                self.last_seen = Some(day.clone());
            }
        }
        for name in &r.names {
            self.party_words.extend(content_words(name, config));
        }
        let cameo = self.cameos[usize::from(r.denies)].entry(r.cameo.clone()).or_insert_with(|| CameoCount {
            readings: 0,
            first: r.event,
            plover: r.plover.clone(),
        });
        cameo.readings += 1;
        if r.event < cameo.first {
            cameo.first = r.event;
            cameo.plover = r.plover.clone();
        }
        if r.denies {
            if self.last_denial != Some(r.doc) {
                self.denials += 1;
                self.last_denial = Some(r.doc);
            }
            return;
        }
        self.events += 1;
        if self.last_document != Some(r.doc) {
            self.documents += 1;
            self.last_document = Some(r.doc);
        }
        // Stories with no outlet are each their own unnamed outlet.
        self.independent.insert(match &r.story_outlet {
            Some(o) => o.trim().to_lowercase(),
            None => format!("\u{0}story {}", r.story),
        });
        if let Some(o) = &r.outlet {
            self.outlets.insert(o.clone());
        }
        if let Ok(c) = r.certainty.parse::<Certainty>() {
            let rank = config.strength(c);
            // The first of the strongest and the last of the weakest, in reading order.
            if self.strongest.as_ref().is_none_or(|(k, e, _)| (rank, r.event) < (*k, *e)) {
                self.strongest = Some((rank, r.event, c.as_str().to_owned()));
            }
            if self.weakest.as_ref().is_none_or(|(k, e, _)| (rank, r.event) > (*k, *e)) {
                self.weakest = Some((rank, r.event, c.as_str().to_owned()));
            }
        }
        *self.credited.entry(r.kind.clone()).or_default() += 1;
        if config.party_kinds.contains(&r.kind) && !r.self_credited {
            if let Some(a) = &r.attribution {
                self.credit_words.extend(content_words(a, config));
            }
        }
    }

    /// Whether the claim is described by its denials: nothing supports it.
    pub(crate) fn denied_only(&self) -> bool {
        self.events == 0
    }

    pub(crate) fn independent_outlets(&self) -> u64 {
        self.independent.len() as u64
    }

    /// An official or actor named as the source of a supporting reading
    /// confirms the claim when the words naming them share a content word
    /// with the words naming a party of the claim ("Russia's defence
    /// ministry" for "Russian special forces"): the text then credits the
    /// actor involved.
    pub(crate) fn party_confirmed(&self) -> bool {
        !self.credit_words.is_disjoint(&self.party_words)
    }

    pub(crate) fn status(&self, config: &ClaimConfig) -> Status {
        let (support, outlets, denials) = (self.events as usize, self.independent.len(), self.denials as usize);
        Status::of(support, outlets, denials, self.party_confirmed(), config)
    }

    /// The most frequent CAMEO code of the readings that describe the claim
    /// (the smallest on a tie) and the PLOVER type of its first reading.
    pub(crate) fn cameo(&self) -> (String, Option<String>) {
        let voice = &self.cameos[usize::from(self.denied_only())];
        // BTreeMap order reversed, and max_by_key keeps the last maximum: the smallest code.
        match voice.iter().rev().max_by_key(|(_, c)| c.readings) {
            Some((code, c)) => (code.clone(), c.plover.clone()),
            None => (String::new(), None),
        }
    }

    pub(crate) fn source(&self, config: &ClaimConfig) -> Option<String> {
        self.source.code(config)
    }

    pub(crate) fn target(&self, config: &ClaimConfig) -> Option<String> {
        self.target.code(config)
    }

    pub(crate) fn parties(&self, config: &ClaimConfig) -> (Option<String>, Option<String>) {
        let p = |c: Option<String>| c.map(|c| party(&c, config).to_owned());
        (p(self.source(config)), p(self.target(config)))
    }

    pub(crate) fn strongest(&self) -> Option<&str> {
        self.strongest.as_ref().map(|(_, _, c)| c.as_str())
    }

    pub(crate) fn weakest(&self) -> Option<&str> {
        self.weakest.as_ref().map(|(_, _, c)| c.as_str())
    }
}
