//! Pages of claims are the same whichever way the store finds them: a broad
//! filter's page walked in the order asked (claims tested one by one for a
//! matching reading) and the same page gathered from every matching reading
//! and sorted. A small count cap makes this small store take the walk a
//! million-event store takes.

mod common;

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use common::synth;
use proptest::prelude::*;
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
        // A day range is one claim set of two conditions; rare statuses narrow a set.
        (EventFilter { date_from: chrono::NaiveDate::from_ymd_opt(2024, 1, 1), date_to: chrono::NaiveDate::from_ymd_opt(2024, 12, 31), ..EventFilter::default() }, vec![]),
        (EventFilter { date_to: chrono::NaiveDate::from_ymd_opt(2024, 6, 30), ..EventFilter::default() }, vec![ClaimStatus::DeniedOnly]),
        (EventFilter { date_from: chrono::NaiveDate::from_ymd_opt(2023, 1, 1), date_to: chrono::NaiveDate::from_ymd_opt(2024, 12, 31), ..EventFilter::default() }, vec![ClaimStatus::DeniedOnly, ClaimStatus::Contested]),
        (actor("USA"), vec![ClaimStatus::DeniedOnly]),
        (EventFilter { date_to: chrono::NaiveDate::from_ymd_opt(2024, 12, 31), ..actor("RUS") }, vec![ClaimStatus::Corroborated, ClaimStatus::DeniedOnly]),
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

/// A claims page asked at random: conditions with and without claim sets,
/// statuses, each order, a page anywhere.
fn claim_filter() -> impl Strategy<Value = ClaimFilter> {
    let actor = proptest::option::weighted(0.4, prop::sample::select(&synth::COUNTRIES[..6]).prop_map(CodeMatch::prefix));
    let certainty = prop::sample::select(vec![vec![], vec![], vec![Certainty::Denied], vec![Certainty::Reported, Certainty::Negated]]);
    let cameo = proptest::option::weighted(0.3, prop::sample::select(&["0", "04", "19"][..]).prop_map(CodeMatch::prefix));
    let from = proptest::option::weighted(0.3, (0u32..36).prop_map(|m| NaiveDate::from_ymd_opt(2023 + (m / 12) as i32, 1 + m % 12, 1).unwrap()));
    let to = proptest::option::weighted(0.3, (0u32..36).prop_map(|m| NaiveDate::from_ymd_opt(2023 + (m / 12) as i32, 1 + m % 12, 28).unwrap()));
    let outlet = proptest::option::weighted(0.2, prop::sample::select(&synth::OUTLETS[..4]).prop_map(str::to_owned));
    let status = prop::sample::subsequence(ClaimStatus::ALL.to_vec(), 0..=2);
    let sort = prop::sample::select(vec![ClaimSort::Outlets, ClaimSort::Recency, ClaimSort::Status]);
    ((actor, certainty, cameo, from, to), outlet, proptest::bool::weighted(0.2), status, sort, 1u32..30, 0u32..60).prop_map(
        |((actor, certainty, cameo, date_from, date_to), outlet, first_copies_only, status, sort, limit, offset)| ClaimFilter {
            events: EventFilter { actor, certainty, cameo, date_from, date_to, outlet, first_copies_only, ..EventFilter::default() },
            status,
            sort,
            limit: Some(limit),
            offset,
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Whichever way a page is found (gathered from a driver, counted and
    /// gathered in one pass, walked in the order asked or status by status),
    /// it is the page of the plain query: every claim in the order asked,
    /// kept when one of its readings is an event the event filter selects.
    #[test]
    fn every_path_gives_the_plain_querys_page(seed in any::<u64>(), docs in 60usize..160, filters in proptest::collection::vec(claim_filter(), 16)) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path().join("r.db")).unwrap();
        store.write_batch(&synth::batch(seed, 0, docs, 4)).unwrap();
        let conn = rusqlite::Connection::open(store.path()).unwrap();
        let mut st = conn.prepare("SELECT event, claim FROM claim_events").unwrap();
        let claim_of: HashMap<i64, i64> = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect();
        for f in filters {
            let every = ClaimFilter { sort: f.sort, ..ClaimFilter::default() };
            let all = store.claims_counted_up_to(&every, 1_000_000).unwrap().claims;
            let matching: HashSet<i64> = store.query(&f.events).unwrap().iter().map(|e| claim_of[&e.id]).collect();
            let plain: Vec<i64> = all
                .iter()
                .filter(|c| matching.contains(&c.id) && (f.status.is_empty() || f.status.contains(&c.status)))
                .map(|c| c.id)
                .collect();
            let want: Vec<i64> = plain.iter().skip(f.offset as usize).take(f.limit.unwrap_or(u32::MAX) as usize).copied().collect();
            for cap in [2, 25, 1_000_000] {
                let page = store.claims_counted_up_to(&f, cap).unwrap();
                prop_assert_eq!(ids(&page), want.clone(), "{:?} cap {}", f, cap);
                prop_assert_eq!((page.total, page.total_capped), ((plain.len() as u64).min(cap), plain.len() as u64 > cap), "{:?} cap {}", f, cap);
            }
        }
    }
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
fn a_store_of_schema_15_gains_its_days_and_rare_terms_on_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("u.db");
    let mut store = Store::open(&path).unwrap();
    store.write_batch(&synth::batch(5, 0, 300, 4)).unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let n = |conn: &rusqlite::Connection, sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    let days = n(&conn, "SELECT COUNT(*) FROM claim_terms WHERE term >= 'd' AND term < 'e'");
    let rare = n(&conn, "SELECT COUNT(*) FROM claim_rare_terms");
    assert!(days > 100 && rare > 10, "{days} day terms, {rare} rare terms");
    // Back to schema 15: no day terms, no rare terms (the reading trigger is
    // replaced by the migration either way).
    conn.execute_batch(
        "DROP TRIGGER claim_rare_terms_of_term; DROP TRIGGER claim_rare_terms_status; DROP TRIGGER claim_rare_terms_claim_out;
         DROP TABLE claim_rare_terms; DELETE FROM claim_terms WHERE term >= 'd' AND term < 'e'; PRAGMA user_version = 15;",
    )
    .unwrap();
    drop(conn);
    drop(Store::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(n(&conn, "SELECT COUNT(*) FROM claim_terms WHERE term >= 'd' AND term < 'e'"), days);
    let (kept, direct) = common::rare_terms(&conn);
    assert_eq!(kept.len() as i64, rare);
    assert_eq!(kept, direct);
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
            UNION SELECT 'p' || plover_type, claim FROM claim_events ce JOIN events e ON e.id = ce.event WHERE plover_type IS NOT NULL
            UNION SELECT 'd' || day, claim FROM claim_events ce JOIN events e ON e.id = ce.event WHERE day IS NOT NULL";
        let n = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
        let terms = n("SELECT COUNT(*) FROM claim_terms");
        assert!(terms > 1_000, "{terms} terms");
        assert_eq!(n(&format!("SELECT COUNT(*) FROM ({of_readings})")), terms);
        assert_eq!(n(&format!("SELECT COUNT(*) FROM (SELECT term, claim FROM claim_terms EXCEPT SELECT * FROM ({of_readings}))")), 0);
        // The rare statuses' terms are their claims' terms under the claim's status now.
        let rare = "SELECT c.status, t.term, t.claim FROM claim_terms t JOIN claims c ON c.id = t.claim WHERE c.status <> 'single-source'";
        assert!(n(&format!("SELECT COUNT(*) FROM ({rare})")) > 10, "too few claims of rare statuses to test");
        assert_eq!(n("SELECT COUNT(*) FROM claim_rare_terms"), n(&format!("SELECT COUNT(*) FROM ({rare})")));
        assert_eq!(n(&format!("SELECT COUNT(*) FROM (SELECT * FROM claim_rare_terms EXCEPT {rare})")), 0);
    };
    check();
    store.rebuild_claims(sitrep_store::ClaimConfig::default()).unwrap();
    check();
}
