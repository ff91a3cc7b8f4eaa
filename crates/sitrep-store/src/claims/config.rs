//! The rules that group events into claims, read from `data/claims.tsv`
//! (built in) or a user's copy of it: thresholds are data a reader can
//! check and change, not constants in code.

use std::collections::HashSet;

use sitrep_model::Certainty;

use crate::error::{Result, StoreError};

const BUILT_IN: &str = include_str!("../../data/claims.tsv");
const STOPWORDS: &str = include_str!("../../data/claims-stopwords.txt");

/// Every threshold of claim grouping and status. [`ClaimConfig::default`]
/// is the built-in file.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimConfig {
    pub window_day: i64,
    pub window_month: i64,
    pub window_year: i64,
    pub window_published: i64,
    pub overlap_exact_actors: f64,
    pub overlap_compatible_actors: f64,
    pub overlap_missing_actor: f64,
    pub overlap_weak: f64,
    pub min_shared_weak: usize,
    /// Whether a reading with no date and a missing actor may join another
    /// article's claim at all.
    pub weak_both_join: bool,
    pub stem: usize,
    pub words_per_claim: usize,
    pub candidates: usize,
    pub state_roles: Vec<String>,
    pub wide_parties: Vec<String>,
    pub denies: Vec<Certainty>,
    /// Strongest first.
    pub certainty_order: Vec<Certainty>,
    pub corroborated_outlets: usize,
    pub party_kinds: Vec<String>,
    pub stopwords: HashSet<String>,
    /// Elided French words ("l", "qu"), cut with their apostrophe from the
    /// word they open before the word is read ("l'armée" is "armée").
    pub elisions: HashSet<String>,
}

impl Default for ClaimConfig {
    fn default() -> Self {
        // The built-in file is tested (tests below); failing here would be a build error.
        Self::parse(BUILT_IN, "built-in claims.tsv").unwrap_or_else(|e| panic!("{e}"))
    }
}

impl ClaimConfig {
    /// Reads a configuration in the format of `data/claims.tsv`; every key
    /// must be given. `origin` names the text in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Self> {
        let mut c = Partial::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut fields = line.split_whitespace();
            let key = fields.next().unwrap_or("");
            let values: Vec<&str> = fields.collect();
            let bad = |message: String| StoreError::ClaimConfig { origin: origin.to_owned(), line: n + 1, message };
            c.set(key, &values).map_err(bad)?;
        }
        c.finish(origin)
    }

    pub(crate) fn is_denial(&self, c: Certainty) -> bool {
        self.denies.contains(&c)
    }

    /// Rank of a certainty, 0 the strongest; unlisted ones after all listed.
    pub(crate) fn strength(&self, c: Certainty) -> usize {
        self.certainty_order.iter().position(|&o| o == c).unwrap_or(self.certainty_order.len())
    }
}

#[derive(Default)]
struct Partial {
    ints: std::collections::HashMap<&'static str, i64>,
    floats: std::collections::HashMap<&'static str, f64>,
    lists: std::collections::HashMap<&'static str, Vec<String>>,
}

const INTS: &[&str] = &[
    "window.day", "window.month", "window.year", "window.published", "words.stem", "words.per_claim",
    "match.candidates", "corroborated.outlets", "words.min_shared_weak", "weak.both_join",
];
const FLOATS: &[&str] = &["overlap.exact_actors", "overlap.compatible_actors", "overlap.missing_actor", "overlap.weak"];
const LISTS: &[&str] = &["roles.state", "party.wide", "stance.denies", "certainty.order", "corroborated.party_kinds"];

impl Partial {
    fn set(&mut self, key: &str, values: &[&str]) -> std::result::Result<(), String> {
        if let Some(&k) = INTS.iter().find(|&&k| k == key) {
            let [v] = values else { return Err(format!("`{key}` takes one whole number")) };
            let n: i64 = v.parse().map_err(|_| format!("`{key}` must be a whole number, not {v:?}"))?;
            if n < 0 {
                return Err(format!("`{key}` must not be negative"));
            }
            self.ints.insert(k, n);
        } else if let Some(&k) = FLOATS.iter().find(|&&k| k == key) {
            let [v] = values else { return Err(format!("`{key}` takes one number")) };
            let x: f64 = v.parse().map_err(|_| format!("`{key}` must be a number, not {v:?}"))?;
            if !(0.0..=1.0).contains(&x) {
                return Err(format!("`{key}` is a share, from 0 to 1, not {x}"));
            }
            self.floats.insert(k, x);
        } else if let Some(&k) = LISTS.iter().find(|&&k| k == key) {
            self.lists.insert(k, values.iter().map(|v| v.to_string()).collect());
        } else {
            return Err(format!("unknown key `{key}`"));
        }
        Ok(())
    }

    fn finish(self, origin: &str) -> Result<ClaimConfig> {
        let missing = |key: &str| StoreError::ClaimConfig { origin: origin.to_owned(), line: 0, message: format!("`{key}` is not given") };
        let int = |k: &'static str| self.ints.get(k).copied().ok_or_else(|| missing(k));
        let float = |k: &'static str| self.floats.get(k).copied().ok_or_else(|| missing(k));
        let list = |k: &'static str| self.lists.get(k).cloned().ok_or_else(|| missing(k));
        let certainties = |k: &'static str| -> Result<Vec<Certainty>> {
            list(k)?
                .iter()
                .map(|v| v.parse().map_err(|m: String| StoreError::ClaimConfig { origin: origin.to_owned(), line: 0, message: format!("`{k}`: {m}") }))
                .collect()
        };
        let stem = int("words.stem")? as usize;
        if stem == 0 {
            return Err(StoreError::ClaimConfig { origin: origin.to_owned(), line: 0, message: "`words.stem` must be at least 1".into() });
        }
        Ok(ClaimConfig {
            window_day: int("window.day")?,
            window_month: int("window.month")?,
            window_year: int("window.year")?,
            window_published: int("window.published")?,
            overlap_exact_actors: float("overlap.exact_actors")?,
            overlap_compatible_actors: float("overlap.compatible_actors")?,
            overlap_missing_actor: float("overlap.missing_actor")?,
            overlap_weak: float("overlap.weak")?,
            min_shared_weak: int("words.min_shared_weak")? as usize,
            weak_both_join: int("weak.both_join")? != 0,
            stem,
            words_per_claim: int("words.per_claim")? as usize,
            candidates: int("match.candidates")? as usize,
            state_roles: list("roles.state")?,
            wide_parties: list("party.wide")?,
            denies: certainties("stance.denies")?,
            certainty_order: certainties("certainty.order")?,
            corroborated_outlets: int("corroborated.outlets")? as usize,
            party_kinds: list("corroborated.party_kinds")?,
            stopwords: STOPWORDS
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .flat_map(str::split_whitespace)
                .filter(|w| !w.ends_with('\''))
                .map(str::to_owned)
                .collect(),
            elisions: STOPWORDS
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .flat_map(str::split_whitespace)
                .filter_map(|w| w.strip_suffix('\''))
                .map(str::to_owned)
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_file_reads() {
        let c = ClaimConfig::parse(BUILT_IN, "built-in").unwrap();
        assert_eq!(c.corroborated_outlets, 2);
        assert!(c.is_denial(Certainty::Denied));
        assert!(c.strength(Certainty::Asserted) < c.strength(Certainty::Reported));
        assert!(c.stopwords.contains("reportedly"));
        assert!(c.stopwords.contains("selon") && c.elisions.contains("qu") && !c.stopwords.contains("l'"));
    }

    #[test]
    fn errors_name_the_line_and_key() {
        let text = BUILT_IN.replace("overlap.missing_actor\t0.6", "overlap.missing_actor\t6");
        let e = ClaimConfig::parse(&text, "mine.tsv").unwrap_err().to_string();
        assert!(e.contains("mine.tsv") && e.contains("overlap.missing_actor"), "{e}");
        let e = ClaimConfig::parse("window.dya 3", "x").unwrap_err().to_string();
        assert!(e.contains("line 1") && e.contains("window.dya"), "{e}");
        let e = ClaimConfig::parse("window.day 3", "x").unwrap_err().to_string();
        assert!(e.contains("is not given"), "{e}");
    }
}
