//! Claim-level sets of the event filter's conditions: for each condition
//! that a single column of an event decides (an actor, a code, a certainty,
//! a PLOVER type), the claims with a reading meeting it, read from one range
//! of `claim_terms` (migration 0009) instead of from every matching event.
//!
//! A set says that some reading of the claim meets its condition; a claim
//! matches a filter when one reading meets them all. So a set is the exact
//! answer only for a filter of that one condition; with others it narrows
//! the claims to test.

use crate::filter::{CodeMatch, EventFilter, Sql};

/// The letter a term of `claim_terms` starts with, per event column.
const SOURCE: char = 's';
const TARGET: char = 't';
const CERTAINTY: char = 'c';
const CAMEO: char = 'x';
const PLOVER: char = 'p';

/// The claims with a reading meeting one condition.
pub(super) struct TermSet {
    /// `SELECT claim FROM claim_terms …`, from the terms' index range
    /// (claims may repeat).
    pub claims: Sql,
    /// Whether claim `c` is one, from its own terms.
    pub has: Sql,
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
    out
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
    has.append(Sql::join(terms, " OR ")).push("))");
    TermSet { claims, has }
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
        assert_eq!(sets.len(), 2, "the date has no set");
        assert_eq!(sets[0].claims.params.len(), 4);
        assert_eq!(sets[0].claims.params[0], "sUSA".to_owned().into());
        assert_eq!(sets[0].claims.params[3], "tUSA\u{7f}".to_owned().into());
        assert_eq!(sets[1].claims.params, vec!["cdenied".to_owned().into(), "cnegated".to_owned().into()]);
        for s in sets.iter().flat_map(|s| [&s.claims, &s.has]) {
            assert_eq!(s.text.matches('?').count(), s.params.len());
        }
    }
}
