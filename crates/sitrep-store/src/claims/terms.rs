//! Claim-level sets of the event filter's conditions: for each condition
//! that a single column of an event decides (an actor, a code, a certainty,
//! a PLOVER type, the day range), the claims with a reading meeting it, read
//! from one range of `claim_terms` (migration 0009) instead of from every
//! matching event.
//!
//! A set says that some reading of the claim meets its condition; a claim
//! matches a filter when one reading meets them all. So a set is the exact
//! answer only for a filter of that one condition; with others it narrows
//! the claims to test. The claims of a status other than single-source with
//! a set's terms are one range of `claim_rare_terms` (migration 0016).

use super::status::Status;
use crate::filter::{CodeMatch, EventFilter, Sql};

/// The letter a term of `claim_terms` starts with, per event column.
const SOURCE: char = 's';
const TARGET: char = 't';
const CERTAINTY: char = 'c';
const CAMEO: char = 'x';
const PLOVER: char = 'p';
const DAY: char = 'd';

/// The claims with a reading meeting one condition.
pub(super) struct TermSet {
    /// `SELECT claim FROM claim_terms …`, from the terms' index range
    /// (claims may repeat).
    pub claims: Sql,
    /// Whether claim `c` is one, from its own terms.
    pub has: Sql,
    /// How many of the filter's conditions (`EventFilter::terms`) it
    /// decides: the day range is two, its first and its last day.
    pub covers: usize,
    /// Whether it drives only alone or narrowed to rare statuses: a year
    /// holds a third of the claims, and testing other conditions on each
    /// (a year and an outlet: 0.6 s on a million events) costs more than
    /// counting them through the events (50 ms).
    pub broad: bool,
    /// Its terms as conditions on a `term` column.
    terms: Vec<Sql>,
}

impl TermSet {
    /// The claims of `statuses` in the set, from `claim_rare_terms`; `None`
    /// when single-source is among them (those claims are not there).
    pub fn of_statuses(&self, statuses: &[Status]) -> Option<Sql> {
        if statuses.is_empty() || statuses.contains(&Status::SingleSource) {
            return None;
        }
        let ranges = self.terms.iter().map(|t| {
            let mut s = Sql::new("SELECT claim FROM claim_rare_terms WHERE ");
            s.append(Sql::in_list("status", statuses.iter().map(|st| st.as_str().to_owned())));
            s.push(" AND ").append(t.clone());
            s
        });
        Some(Sql::join(ranges.collect(), " UNION ALL "))
    }
}

/// One set per condition of `filter` that has one.
pub(super) fn sets(filter: &EventFilter) -> Vec<TermSet> {
    let mut out = Vec::new();
    if let Some(a) = &filter.actor {
        out.push(set(vec![term(SOURCE, a), term(TARGET, a)]));
    }
    if let Some(s) = &filter.source {
        out.push(set(vec![term(SOURCE, s)]));
    }
    if let Some(t) = &filter.target {
        out.push(set(vec![term(TARGET, t)]));
    }
    if let Some(c) = &filter.cameo {
        out.push(set(vec![term(CAMEO, c)]));
    }
    if let Some(p) = &filter.plover_type {
        out.push(set(vec![term(PLOVER, &CodeMatch::exact(p.clone()))]));
    }
    if !filter.certainty.is_empty() {
        out.push(set(filter.certainty.iter().map(|c| term(CERTAINTY, &CodeMatch::exact(c.as_str()))).collect()));
    }
    if let Some(days) = days(filter) {
        let covers = usize::from(filter.date_from.is_some()) + usize::from(filter.date_to.is_some());
        out.push(TermSet { covers, broad: true, ..set(vec![days]) });
    }
    out
}

/// The day terms from `date_from` to `date_to`, inclusive: `e.day >= from
/// AND e.day <= to` on the days' text, which the prefix keeps in order.
fn days(filter: &EventFilter) -> Option<Sql> {
    if filter.date_from.is_none() && filter.date_to.is_none() {
        return None;
    }
    let mut s = Sql::new("(term >= ");
    s.param(filter.date_from.map_or(DAY.to_string(), |d| format!("{DAY}{d}")));
    match filter.date_to {
        Some(d) => s.push(" AND term <= ").param(format!("{DAY}{d}")),
        // Every day term sorts before the letter after `d`.
        None => s.push(" AND term < ").param(char::from(DAY as u8 + 1).to_string()),
    };
    s.push(")");
    Some(s)
}

/// The terms `letter` + a value that `m` matches.
fn term(letter: char, m: &CodeMatch) -> Sql {
    let term = match m {
        CodeMatch::Exact(c) => CodeMatch::exact(format!("{letter}{c}")),
        CodeMatch::Prefix(p) => CodeMatch::prefix(format!("{letter}{p}")),
    };
    term.sql("term")
}

/// The set of claims having any of `terms`.
fn set(terms: Vec<Sql>) -> TermSet {
    let ranges = terms.iter().map(|t| {
        let mut s = Sql::new("SELECT claim FROM claim_terms WHERE ");
        s.append(t.clone());
        s
    });
    let claims = Sql::join(ranges.collect(), " UNION ALL ");
    let mut has = Sql::new("EXISTS (SELECT 1 FROM claim_terms INDEXED BY claim_terms_claim WHERE claim = c.id AND (");
    has.append(Sql::join(terms.clone(), " OR ")).push("))");
    TermSet { claims, has, covers: 1, broad: false, terms }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_model::Certainty;

    #[test]
    fn one_set_per_condition_a_column_decides() {
        let f = EventFilter {
            actor: Some(CodeMatch::prefix("USA")),
            certainty: vec![Certainty::Denied, Certainty::Negated],
            date_from: chrono::NaiveDate::from_ymd_opt(2024, 1, 1),
            ..EventFilter::default()
        };
        let sets = sets(&f);
        assert_eq!(sets.len(), 3);
        assert_eq!(sets[2].claims.params, vec!["d2024-01-01".to_owned().into(), "e".to_owned().into()]);
        assert_eq!(sets.iter().map(|s| s.covers).collect::<Vec<_>>(), [1, 1, 1]);
        assert_eq!(sets[0].claims.params.len(), 4);
        assert_eq!(sets[0].claims.params[0], "sUSA".to_owned().into());
        assert_eq!(sets[0].claims.params[3], "tUSA\u{7f}".to_owned().into());
        assert_eq!(sets[1].claims.params, vec!["cdenied".to_owned().into(), "cnegated".to_owned().into()]);
        for s in sets.iter().flat_map(|s| [&s.claims, &s.has]) {
            assert_eq!(s.text.matches('?').count(), s.params.len());
        }
    }

    #[test]
    fn a_day_range_is_one_set_of_two_conditions() {
        let f = EventFilter {
            date_from: chrono::NaiveDate::from_ymd_opt(2023, 1, 1),
            date_to: chrono::NaiveDate::from_ymd_opt(2023, 12, 31),
            ..EventFilter::default()
        };
        let sets = sets(&f);
        assert_eq!((sets.len(), sets[0].covers), (1, 2));
        assert_eq!(sets[0].claims.params, vec!["d2023-01-01".to_owned().into(), "d2023-12-31".to_owned().into()]);
    }

    #[test]
    fn rare_statuses_narrow_a_set_and_single_source_does_not() {
        let f = EventFilter { actor: Some(CodeMatch::prefix("USA")), ..EventFilter::default() };
        let set = &sets(&f)[0];
        assert!(set.of_statuses(&[Status::DeniedOnly, Status::SingleSource]).is_none());
        assert!(set.of_statuses(&[]).is_none());
        let narrowed = set.of_statuses(&[Status::DeniedOnly, Status::Contested]).unwrap();
        assert_eq!(narrowed.text.matches("claim_rare_terms").count(), 2, "one range per term");
        assert_eq!(narrowed.text.matches('?').count(), narrowed.params.len());
    }
}
