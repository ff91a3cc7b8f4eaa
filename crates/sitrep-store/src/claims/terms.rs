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

/// One `SELECT claim FROM claim_terms …` (claims may repeat) per condition
/// of `filter` that has one.
pub(super) fn sets(filter: &EventFilter) -> Vec<Sql> {
    let mut out = Vec::new();
    if let Some(a) = &filter.actor {
        out.push(union(vec![range(SOURCE, a), range(TARGET, a)]));
    }
    if let Some(s) = &filter.source {
        out.push(range(SOURCE, s));
    }
    if let Some(t) = &filter.target {
        out.push(range(TARGET, t));
    }
    if let Some(c) = &filter.cameo {
        out.push(range(CAMEO, c));
    }
    if let Some(p) = &filter.plover_type {
        out.push(range(PLOVER, &CodeMatch::exact(p.clone())));
    }
    if !filter.certainty.is_empty() {
        out.push(union(filter.certainty.iter().map(|c| range(CERTAINTY, &CodeMatch::exact(c.as_str()))).collect()));
    }
    out
}

/// The claims of terms `letter` + a value that `m` matches.
fn range(letter: char, m: &CodeMatch) -> Sql {
    let term = match m {
        CodeMatch::Exact(c) => CodeMatch::exact(format!("{letter}{c}")),
        CodeMatch::Prefix(p) => CodeMatch::prefix(format!("{letter}{p}")),
    };
    let mut s = Sql::new("SELECT claim FROM claim_terms WHERE ");
    s.append(term.sql("term"));
    s
}

fn union(parts: Vec<Sql>) -> Sql {
    Sql::join(parts, " UNION ALL ")
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
        assert_eq!(sets[0].params.len(), 4);
        assert_eq!(sets[0].params[0], "sUSA".to_owned().into());
        assert_eq!(sets[0].params[3], "tUSA\u{7f}".to_owned().into());
        assert_eq!(sets[1].params, vec!["cdenied".to_owned().into(), "cnegated".to_owned().into()]);
        for s in &sets {
            assert_eq!(s.text.matches('?').count(), s.params.len());
        }
    }
}
