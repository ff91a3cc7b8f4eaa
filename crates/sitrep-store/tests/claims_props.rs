//! Invariants of claim grouping on random reports: every event in exactly
//! one claim, reprints never add an independent outlet, each status
//! agrees with the claim's counts, each summary updated reading by reading
//! is the one counted from all readings, where batches end changes
//! nothing, and the network's pairs counted as readings join are the ones
//! counted from scratch (after ingest, re-ingest and a rebuild).

mod common;

use common::{actor, date, doc, event, event_days, network_pair_periods, network_pairs, rare_terms, unsupported_events};
use proptest::prelude::*;
use sitrep_model::{Certainty, DatePrecision, Document, Event, EventDate};
use sitrep_store::{ClaimConfig, ClaimFilter, ClaimStatus, Store};

const WORDS: &[&str] = &["troops", "protect", "palace", "convoy", "border", "mine", "capital", "airport", "Traore", "Niamey"];
const ACTORS: &[(&str, &str)] = &[("Russia", "RUS"), ("Russian forces", "RUSMIL"), ("Burkina Faso", "BFA"), ("the junta", "BFAGOV"), ("rebels", "BFAREB")];
const CAMEOS: &[&str] = &["074", "042", "190", "112"];
const OUTLETS: &[&str] = &["Sahel Monitor", "Daily Courier", "West Africa Wire"];

/// One random report: an outlet, a day, and events whose evidence is a
/// sentence of the report.
#[derive(Debug, Clone)]
struct Report {
    outlet: usize,
    day: u32,
    events: Vec<(Option<usize>, Option<usize>, usize, bool, Vec<usize>)>,
    reprinted_by: Option<usize>,
}

fn report() -> impl Strategy<Value = Report> {
    let ev = (
        proptest::option::weighted(0.8, 0..ACTORS.len()),
        proptest::option::weighted(0.8, 0..ACTORS.len()),
        0..CAMEOS.len(),
        proptest::bool::weighted(0.2),
        proptest::collection::vec(0..WORDS.len(), 2..6),
    );
    (0..OUTLETS.len(), 1u32..20, proptest::collection::vec(ev, 1..4), proptest::option::of(0..OUTLETS.len()))
        .prop_map(|(outlet, day, events, reprinted_by)| Report { outlet, day, events, reprinted_by })
}

fn build(i: usize, r: &Report, outlet: usize, id: String) -> (Document, Vec<Event>) {
    let sentences: Vec<String> = r
        .events
        .iter()
        .enumerate()
        .map(|(k, (_, _, _, _, words))| {
            let w: Vec<&str> = words.iter().map(|&w| WORDS[w]).collect();
            format!("Report {i} sentence {k} says {} near the town", w.join(" "))
        })
        .collect();
    // Words of this report alone, so that only its reprint is a near-duplicate of it.
    let own: Vec<String> = (0..24).map(|k| format!("w{i}x{k}")).collect();
    let text = format!("{}. {}.", sentences.join(". "), own.join(" "));
    let d = doc(&id, &text, OUTLETS[outlet], date(2025, 5, r.day));
    let events = r
        .events
        .iter()
        .zip(&sentences)
        .map(|((s, t, c, denied, _), sentence)| {
            let a = |x: &Option<usize>| x.map(|x| actor(ACTORS[x].0, ACTORS[x].1));
            let mut e = event(&d, sentence, a(s), a(t), CAMEOS[*c]);
            e.certainty = if *denied { Certainty::Denied } else { Certainty::Reported };
            e.date = Some(EventDate { value: date(2025, 5, r.day), precision: DatePrecision::Day });
            e
        })
        .collect();
    (d, events)
}

/// The reports, each followed by its reprint (the same text under another
/// outlet) when it has one; without reprints when `reprints` is false.
fn batch(reports: &[Report], reprints: bool) -> Vec<(Document, Vec<Event>)> {
    let mut out = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        out.push(build(i, r, r.outlet, format!("r{i}")));
        if let (true, Some(o)) = (reprints, r.reprinted_by) {
            out.push(build(i, r, o, format!("r{i}-copy")));
        }
    }
    out
}

fn ingest(docs: &[(Document, Vec<Event>)], chunk: usize) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("p.db")).unwrap();
    for c in docs.chunks(chunk.max(1)) {
        store.write_batch(c).unwrap();
    }
    (dir, store)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn claims_keep_their_invariants(reports in proptest::collection::vec(report(), 1..10), chunk in 1usize..6) {
        let docs = batch(&reports, true);
        let (dir, store) = ingest(&docs, chunk);
        let page = store.claims(&ClaimFilter::default()).unwrap();
        let config = ClaimConfig::default();

        // Every event in exactly one claim (claim_events is keyed by event).
        let conn = rusqlite::Connection::open(dir.path().join("p.db")).unwrap();
        let q = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
        prop_assert_eq!(q("SELECT COUNT(*) FROM events"), q("SELECT COUNT(*) FROM claim_events"));
        prop_assert_eq!(q("SELECT COUNT(*) FROM events WHERE id NOT IN (SELECT event FROM claim_events)"), 0);
        prop_assert_eq!(q("SELECT COUNT(*) FROM claims WHERE id NOT IN (SELECT claim FROM claim_events)"), 0);

        for c in &page.claims {
            // A status agrees with the counts it is computed from.
            let expected = ClaimStatus::of(c.events as usize, c.independent_outlets as usize, c.denials.len(), c.party_confirmed, &config);
            prop_assert_eq!(c.status, expected, "{:?}", c);
            prop_assert!(c.independent_outlets as usize <= c.outlets.len().max(usize::from(c.events > 0)));
            prop_assert_eq!(c.events == 0, c.status == ClaimStatus::DeniedOnly);
        }

        // Reprints add documents, never independent outlets, and never
        // change how the first copies are grouped.
        let (_d2, plain) = ingest(&batch(&reports, false), chunk);
        let outlets = |s: &Store| {
            let firsts = |docs: Vec<String>| docs.into_iter().filter(|d| !d.ends_with("-copy")).collect::<Vec<_>>();
            let mut v: Vec<(Vec<String>, Vec<String>, u64)> = s
                .claims(&ClaimFilter::default())
                .unwrap()
                .claims
                .into_iter()
                .map(|c| (firsts(c.documents), firsts(c.denials), c.independent_outlets))
                .collect();
            v.sort();
            v
        };
        prop_assert_eq!(outlets(&store), outlets(&plain));

        // Each summary, updated as readings join, is the one counted again
        // from all of the claim's readings.
        prop_assert_eq!(store.claims_out_of_date().unwrap(), Vec::<i64>::new());

        // The network's pairs, kept by triggers as events and readings are
        // written and statuses change, are the ones counted directly; storing
        // the same reports again and grouping from scratch keep them so.
        // So are the pairs per year and month (migration 0012).
        let (kept, direct) = network_pairs(&conn);
        prop_assert_eq!(kept, direct);
        let (kept, direct) = network_pair_periods(&conn);
        prop_assert_eq!(kept, direct);
        let (kept, direct) = event_days(&conn);
        prop_assert_eq!(kept, direct);
        let (kept, direct) = unsupported_events(&conn);
        prop_assert_eq!(kept, direct);
        // The rare statuses' terms follow each status change (migration 0016).
        let (kept, direct) = rare_terms(&conn);
        prop_assert_eq!(kept, direct);
        let mut store = store;
        store.write_batch(&docs).unwrap();
        let again = network_pairs(&conn);
        prop_assert_eq!(&again.0, &again.1);
        let again = network_pair_periods(&conn);
        prop_assert_eq!(&again.0, &again.1);
        let again = event_days(&conn);
        prop_assert_eq!(&again.0, &again.1);
        let again = unsupported_events(&conn);
        prop_assert_eq!(&again.0, &again.1);
        let again = rare_terms(&conn);
        prop_assert_eq!(&again.0, &again.1);
        store.rebuild_claims(ClaimConfig::default()).unwrap();
        let rebuilt = network_pairs(&conn);
        prop_assert_eq!(&rebuilt.0, &rebuilt.1);
        let rebuilt = network_pair_periods(&conn);
        prop_assert_eq!(&rebuilt.0, &rebuilt.1);
        let rebuilt = event_days(&conn);
        prop_assert_eq!(&rebuilt.0, &rebuilt.1);
        let rebuilt = unsupported_events(&conn);
        prop_assert_eq!(&rebuilt.0, &rebuilt.1);
        let rebuilt = rare_terms(&conn);
        prop_assert_eq!(&rebuilt.0, &rebuilt.1);

        // Grouping and summaries do not depend on where batches end.
        let (_d3, one_by_one) = ingest(&docs, 1);
        let all = |s: &Store| s.claims(&ClaimFilter::default()).unwrap().claims;
        prop_assert_eq!(all(&store), all(&one_by_one));
    }
}
