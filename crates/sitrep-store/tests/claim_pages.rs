//! Pages of claims are the same whichever way the store finds them: a broad
//! filter's page walked in the order asked (claims tested one by one for a
//! matching reading) and the same page gathered from every matching reading
//! and sorted. A small count cap makes this small store take the walk a
//! million-event store takes.

mod common;

use common::synth;
use sitrep_model::Certainty;
use sitrep_store::{ClaimFilter, ClaimSort, ClaimStatus, CodeMatch, EventFilter, Store};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("s.db")).unwrap();
    for i in 0..3 {
        store.write_batch(&synth::batch(7, i, 200, 4)).unwrap();
    }
    (dir, store)
}

fn ids(page: &sitrep_store::ClaimPage) -> Vec<i64> {
    page.claims.iter().map(|c| c.id).collect()
}

#[test]
fn walked_pages_are_the_gathered_pages() {
    let (_dir, store) = store();
    let actor = |c: &str| EventFilter { actor: Some(CodeMatch::prefix(c)), ..EventFilter::default() };
    let filters = [
        (actor("USA"), vec![]),
        (actor("RUS"), vec![]),
        (EventFilter { certainty: vec![Certainty::Reported, Certainty::Denied], ..EventFilter::default() }, vec![]),
        (EventFilter { cameo: Some(CodeMatch::prefix("19")), ..EventFilter::default() }, vec![]),
        (actor("USA"), vec![ClaimStatus::SingleSource]),
        (EventFilter { first_copies_only: true, ..actor("CHN") }, vec![ClaimStatus::SingleSource, ClaimStatus::Corroborated]),
        // Two claim sets, and a reading that must meet both at once.
        (EventFilter { certainty: vec![Certainty::Asserted], ..actor("USA") }, vec![]),
        (EventFilter { certainty: vec![Certainty::Denied, Certainty::Negated], ..actor("RUS") }, vec![ClaimStatus::Contested]),
        (EventFilter { source: Some(CodeMatch::prefix("USA")), target: Some(CodeMatch::prefix("RUS")), ..EventFilter::default() }, vec![]),
        (EventFilter { plover_type: Some("CONSULT".to_owned()), ..EventFilter::default() }, vec![]),
        // A claim set and a condition that has none.
        (EventFilter { date_from: chrono::NaiveDate::from_ymd_opt(2024, 1, 1), ..actor("USA") }, vec![]),
        (EventFilter { date_from: chrono::NaiveDate::from_ymd_opt(2024, 1, 1), ..EventFilter::default() }, vec![]),
        (EventFilter { certainty: vec![Certainty::Reported] , ..EventFilter::default() }, vec![ClaimStatus::Corroborated]),
    ];
    let mut walked_any = false;
    for (events, status) in filters {
        for sort in [ClaimSort::Outlets, ClaimSort::Recency, ClaimSort::Status] {
            for (limit, offset) in [(20, 0), (20, 40), (7, 3), (10, 300)] {
                let f = ClaimFilter { events: events.clone(), status: status.clone(), sort, limit: Some(limit), offset };
                let gathered = store.claims_counted_up_to(&f, 1_000_000).unwrap();
                assert!(!gathered.total_capped);
                let walked = store.claims_counted_up_to(&f, 5).unwrap();
                let what = format!("{events:?} {status:?} {sort:?} {limit}+{offset}");
                assert_eq!(ids(&walked), ids(&gathered), "{what}");
                assert_eq!(walked.claims, gathered.claims, "{what}");
                if gathered.total > 5 {
                    walked_any = true;
                    assert_eq!((walked.total, walked.total_capped), (5, true), "{what}");
                } else {
                    assert_eq!((walked.total, walked.total_capped), (gathered.total, false), "{what}");
                }
            }
        }
    }
    assert!(walked_any, "no filter matched enough claims to be walked");
}

#[test]
fn every_order_holds() {
    let (_dir, store) = store();
    let all = |sort| store.claims(&ClaimFilter { sort, ..ClaimFilter::default() }).unwrap().claims;
    let by_outlets = all(ClaimSort::Outlets);
    assert!(by_outlets.len() > 100);
    assert!(by_outlets.windows(2).all(|w| w[0].independent_outlets >= w[1].independent_outlets));
    let recent = all(ClaimSort::Recency);
    assert!(recent.windows(2).all(|w| w[0].last_seen >= w[1].last_seen));
    let rank = |s: ClaimStatus| [ClaimStatus::Contested, ClaimStatus::DeniedOnly, ClaimStatus::Corroborated, ClaimStatus::SingleSource].iter().position(|x| *x == s);
    let by_status = all(ClaimSort::Status);
    assert!(by_status.windows(2).all(|w| (rank(w[0].status), std::cmp::Reverse(w[0].independent_outlets)) <= (rank(w[1].status), std::cmp::Reverse(w[1].independent_outlets))));
    assert_ne!(by_status[0].status, by_status[by_status.len() - 1].status, "the synthetic store has one status only");
}

#[test]
fn claim_terms_are_the_terms_of_their_readings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let mut store = Store::open(&path).unwrap();
    for i in 0..3 {
        store.write_batch(&synth::batch(11, i, 150, 4)).unwrap();
    }
    let check = || {
        let conn = rusqlite::Connection::open(&path).unwrap();
        let of_readings = "SELECT 's' || source_code, claim FROM claim_events ce JOIN events e ON e.id = ce.event WHERE source_code IS NOT NULL
            UNION SELECT 't' || target_code, claim FROM claim_events ce JOIN events e ON e.id = ce.event WHERE target_code IS NOT NULL
            UNION SELECT 'c' || certainty, claim FROM claim_events ce JOIN events e ON e.id = ce.event
            UNION SELECT 'x' || cameo, claim FROM claim_events ce JOIN events e ON e.id = ce.event
            UNION SELECT 'p' || plover_type, claim FROM claim_events ce JOIN events e ON e.id = ce.event WHERE plover_type IS NOT NULL";
        let n = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
        let terms = n("SELECT COUNT(*) FROM claim_terms");
        assert!(terms > 1_000, "{terms} terms");
        assert_eq!(n(&format!("SELECT COUNT(*) FROM ({of_readings})")), terms);
        assert_eq!(n(&format!("SELECT COUNT(*) FROM (SELECT term, claim FROM claim_terms EXCEPT SELECT * FROM ({of_readings}))")), 0);
    };
    check();
    store.rebuild_claims(sitrep_store::ClaimConfig::default()).unwrap();
    check();
}
