//! Every field of `EventFilter`, alone and combined.

mod common;

use common::*;
use sitrep_model::Certainty;
use sitrep_store::{CodeMatch, EventFilter, Store, StoreError};

/// Three reports over three months, two outlets for the Sahel story.
fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("sitrep.db")).unwrap();
    let mut reprint = sahel("s2", "Paper", date(2025, 4, 21));
    reprint.0.text = format!("{SAHEL} Reporting by the Wire desk.");
    store
        .write_batch(&[
            sahel("s1", "Wire", date(2025, 4, 20)),
            reprint,
            mali("m1", "Daily", date(2025, 5, 4)),
            mali("m2", "Daily News", date(2025, 6, 10)),
            bank("b1", "Money", date(2025, 6, 11)),
        ])
        .unwrap();
    (dir, store)
}

/// `(doc_id, cameo)` of what `filter` selects, in result order.
fn select(store: &Store, filter: EventFilter) -> Vec<(String, String)> {
    let events = store.query(&filter).unwrap();
    assert!(
        store
            .count_events(&EventFilter {
                limit: None,
                offset: 0,
                ..filter
            })
            .unwrap() as usize
            >= events.len()
    );
    events
        .into_iter()
        .map(|e| (e.event.doc_id, e.event.cameo.to_string()))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn no_filter_selects_everything_in_day_order() {
    let (_d, store) = store();
    let all = store.query(&EventFilter::default()).unwrap();
    assert_eq!(all.len(), 4 + 4 + 3 + 3);
    let days: Vec<_> = all.iter().map(|e| e.day).collect();
    let mut sorted = days.clone();
    sorted.sort();
    assert_eq!(days, sorted);
    // The aid event's own date (April 2025, month precision) is its day, not the publication date.
    assert_eq!(all[0].day, Some(date(2025, 4, 1)));
}

#[test]
fn actor_matches_source_or_target() {
    let (_d, store) = store();
    let got = select(
        &store,
        EventFilter {
            actor: Some(CodeMatch::exact("BFA")),
            ..Default::default()
        },
    );
    assert_eq!(got.iter().filter(|(_, c)| c == "074").count(), 2);
    assert_eq!(got.len(), 4, "aid and seizure, both copies");
    let prefix = select(
        &store,
        EventFilter {
            actor: Some("BFA*".parse().unwrap()),
            ..Default::default()
        },
    );
    assert_eq!(prefix.len(), 6, "plus the junta (BFAGOV) expelling France");
}

#[test]
fn source_and_target_exact_and_prefix() {
    let (_d, store) = store();
    let rus = select(
        &store,
        EventFilter {
            source: Some(CodeMatch::exact("RUS")),
            ..Default::default()
        },
    );
    assert_eq!(rus, pairs(&[("s1", "074"), ("s2", "074")]));
    let russian = select(
        &store,
        EventFilter {
            source: Some(CodeMatch::prefix("RUS")),
            ..Default::default()
        },
    );
    assert_eq!(russian.len(), 4);
    let fra = select(
        &store,
        EventFilter {
            target: Some(CodeMatch::exact("FRA")),
            ..Default::default()
        },
    );
    assert_eq!(fra, pairs(&[("s1", "1663"), ("s2", "1663")]));
    let mali_targets = select(
        &store,
        EventFilter {
            target: Some(CodeMatch::prefix("MLI")),
            ..Default::default()
        },
    );
    assert_eq!(mali_targets.len(), 4, "rebels and government, two reports");
}

#[test]
fn dyad_matches_either_direction() {
    let (_d, store) = store();
    let ab = select(
        &store,
        EventFilter {
            dyad: Some((CodeMatch::exact("MLIREB"), CodeMatch::exact("MLIMIL"))),
            ..Default::default()
        },
    );
    let ba = select(
        &store,
        EventFilter {
            dyad: Some((CodeMatch::exact("MLIMIL"), CodeMatch::exact("MLIREB"))),
            ..Default::default()
        },
    );
    assert_eq!(ab, ba);
    assert_eq!(ab, pairs(&[("m1", "193"), ("m2", "193")]));
    let wide = select(
        &store,
        EventFilter {
            dyad: Some((CodeMatch::prefix("RUS"), CodeMatch::prefix("BFA"))),
            ..Default::default()
        },
    );
    assert_eq!(wide.len(), 4);
}

#[test]
fn cameo_exact_and_root() {
    let (_d, store) = store();
    assert_eq!(
        select(
            &store,
            EventFilter {
                cameo: Some(CodeMatch::exact("19")),
                ..Default::default()
            }
        )
        .len(),
        0
    );
    let fights = select(
        &store,
        EventFilter {
            cameo: Some(CodeMatch::prefix("19")),
            ..Default::default()
        },
    );
    assert_eq!(
        fights.iter().map(|(_, c)| c.as_str()).collect::<Vec<_>>(),
        ["192", "192", "193", "193"]
    );
    assert_eq!(
        select(
            &store,
            EventFilter {
                cameo: Some("1663".parse().unwrap()),
                ..Default::default()
            }
        )
        .len(),
        2
    );
}

#[test]
fn plover_type_and_certainty() {
    let (_d, store) = store();
    let assaults = select(
        &store,
        EventFilter {
            plover_type: Some("ASSAULT".into()),
            ..Default::default()
        },
    );
    assert_eq!(assaults.len(), 4);
    let reported = select(
        &store,
        EventFilter {
            certainty: vec![Certainty::Reported],
            ..Default::default()
        },
    );
    assert_eq!(reported.len(), 4);
    let hedged = select(
        &store,
        EventFilter {
            certainty: vec![Certainty::Reported, Certainty::Alleged],
            ..Default::default()
        },
    );
    assert_eq!(hedged.len(), 6);
    assert_eq!(
        select(
            &store,
            EventFilter {
                certainty: vec![Certainty::Negated],
                ..Default::default()
            }
        )
        .len(),
        0
    );
}

#[test]
fn date_range_is_inclusive_on_the_event_day() {
    let (_d, store) = store();
    let may = select(
        &store,
        EventFilter {
            date_from: Some(date(2025, 5, 1)),
            date_to: Some(date(2025, 5, 31)),
            ..Default::default()
        },
    );
    // m1's clash is dated the day before publication (May 3); its others take the publication date.
    assert_eq!(may.len(), 3);
    let clash_day = select(
        &store,
        EventFilter {
            date_from: Some(date(2025, 5, 3)),
            date_to: Some(date(2025, 5, 3)),
            ..Default::default()
        },
    );
    assert_eq!(clash_day, pairs(&[("m1", "193")]));
    let from_june = select(
        &store,
        EventFilter {
            date_from: Some(date(2025, 6, 1)),
            ..Default::default()
        },
    );
    assert_eq!(from_june.len(), 3);
    let to_april = select(
        &store,
        EventFilter {
            date_to: Some(date(2025, 4, 30)),
            ..Default::default()
        },
    );
    assert_eq!(to_april.len(), 8);
}

#[test]
fn outlet_is_case_insensitive_and_exact() {
    let (_d, store) = store();
    assert_eq!(
        select(
            &store,
            EventFilter {
                outlet: Some("daily".into()),
                ..Default::default()
            }
        )
        .len(),
        3
    );
    assert_eq!(
        select(
            &store,
            EventFilter {
                outlet: Some("Daily News".into()),
                ..Default::default()
            }
        )
        .len(),
        3
    );
    assert_eq!(
        select(
            &store,
            EventFilter {
                outlet: Some("Nobody".into()),
                ..Default::default()
            }
        )
        .len(),
        0
    );
}

#[test]
fn text_is_a_full_text_query_over_titles_and_texts() {
    let (_d, store) = store();
    let kidal = select(
        &store,
        EventFilter {
            text: Some("Kidal".into()),
            ..Default::default()
        },
    );
    assert_eq!(kidal.len(), 6);
    let phrase = select(
        &store,
        EventFilter {
            text: Some("\"coup plotters\" AND traore".into()),
            ..Default::default()
        },
    );
    assert_eq!(phrase.len(), 8);
    // Titles are searched too ("Headline of m2").
    let title = select(
        &store,
        EventFilter {
            text: Some("title:m2".into()),
            ..Default::default()
        },
    );
    assert_eq!(title.len(), 3);
    // Diacritics fold: "Traoré" finds "Traore".
    assert_eq!(
        select(
            &store,
            EventFilter {
                text: Some("Traoré".into()),
                ..Default::default()
            }
        )
        .len(),
        8
    );
}

#[test]
fn a_bad_text_query_is_named_in_the_error() {
    let (_d, store) = store();
    let err = store
        .query(&EventFilter {
            text: Some("\"unclosed AND".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::TextQuery { .. }), "{err}");
    assert!(err.to_string().contains("unclosed"), "{err}");
}

#[test]
fn filters_combine() {
    let (_d, store) = store();
    let f = EventFilter {
        actor: Some(CodeMatch::prefix("RUS")),
        certainty: vec![Certainty::Reported],
        cameo: Some(CodeMatch::prefix("07")),
        outlet: Some("paper".into()),
        date_from: Some(date(2025, 4, 1)),
        text: Some("airspace".into()),
        ..Default::default()
    };
    assert_eq!(select(&store, f), pairs(&[("s2", "074")]));
}

#[test]
fn limit_and_offset_page_through_the_results() {
    let (_d, store) = store();
    let all = select(&store, EventFilter::default());
    let mut paged = Vec::new();
    for page in 0..5 {
        paged.extend(select(
            &store,
            EventFilter {
                limit: Some(3),
                offset: page * 3,
                ..Default::default()
            },
        ));
    }
    assert_eq!(paged, all);
    assert_eq!(
        select(
            &store,
            EventFilter {
                offset: 12,
                ..Default::default()
            }
        )
        .len(),
        2
    );
    assert_eq!(
        store
            .count_events(&EventFilter {
                limit: Some(1),
                ..Default::default()
            })
            .unwrap(),
        14
    );
}

/// Both ways of finding events (src/plan.rs) select the same rows in the
/// same order, and count them alike.
#[test]
fn every_plan_gives_the_same_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("sitrep.db")).unwrap();
    for i in 0..8 {
        store
            .write_batch(&common::synth::batch(11, i, 100, 3))
            .unwrap();
    }
    let filters = vec![
        EventFilter::default(),
        EventFilter {
            actor: Some(CodeMatch::prefix("RUS")),
            ..Default::default()
        },
        EventFilter {
            actor: Some(CodeMatch::exact("USAGOV")),
            limit: Some(7),
            offset: 3,
            ..Default::default()
        },
        EventFilter {
            source: Some(CodeMatch::prefix("U")),
            target: Some(CodeMatch::prefix("R")),
            ..Default::default()
        },
        EventFilter {
            dyad: Some((CodeMatch::prefix("USA"), CodeMatch::prefix("RUS"))),
            ..Default::default()
        },
        EventFilter {
            cameo: Some(CodeMatch::prefix("1")),
            certainty: vec![Certainty::Reported],
            ..Default::default()
        },
        EventFilter {
            plover_type: Some("CONSULT".into()),
            date_from: Some(date(2024, 1, 1)),
            date_to: Some(date(2024, 6, 30)),
            ..Default::default()
        },
        EventFilter {
            outlet: Some("wire".into()),
            limit: Some(20),
            ..Default::default()
        },
        EventFilter {
            text: Some("coup OR junta".into()),
            actor: Some(CodeMatch::prefix("U")),
            ..Default::default()
        },
        EventFilter {
            first_copies_only: true,
            cameo: Some(CodeMatch::exact("010")),
            ..Default::default()
        },
    ];
    for filter in filters {
        let mut answers = Vec::new();
        for threshold in [0, 5, u64::MAX] {
            store.set_plan_threshold(threshold);
            let ids: Vec<i64> = store.query(&filter).unwrap().iter().map(|e| e.id).collect();
            let count = store.count_events(&filter).unwrap();
            answers.push((store.explain(&filter).unwrap(), ids, count));
        }
        assert!(answers[0].0.starts_with("scan"), "{}", answers[0].0);
        for (plan, ids, count) in &answers[1..] {
            assert_eq!(ids, &answers[0].1, "{filter:?} via {plan}");
            assert_eq!(count, &answers[0].2, "{filter:?} via {plan}");
        }
        assert!(
            !answers[0].1.is_empty(),
            "{filter:?} selects nothing: a weak test"
        );
    }
}

#[test]
fn capped_counts_stop_at_the_cap_and_say_so() {
    let (_d, store) = store();
    let all = EventFilter::default();
    let total = store.count_events(&all).unwrap();
    assert!(total > 2);
    assert_eq!(store.count_events_up_to(&all, total).unwrap(), (total, false));
    assert_eq!(store.count_events_up_to(&all, total + 5).unwrap(), (total, false));
    assert_eq!(store.count_events_up_to(&all, 2).unwrap(), (2, true));
    let russian = EventFilter { actor: Some(CodeMatch::prefix("RUS")), ..Default::default() };
    let n = store.count_events(&russian).unwrap();
    assert_eq!(store.count_events_up_to(&russian, 1_000).unwrap(), (n, false));
}

#[test]
fn location_country_and_admin1() {
    let (_d, store) = store();
    let in_bfa = select(
        &store,
        EventFilter {
            location_country: Some("bfa".into()),
            ..Default::default()
        },
    );
    assert!(!in_bfa.is_empty());
    assert!(in_bfa.iter().all(|(doc, _)| doc.starts_with('s')), "{in_bfa:?}");
    let in_centre = select(
        &store,
        EventFilter {
            location_admin1: Some("centre".into()),
            ..Default::default()
        },
    );
    assert_eq!(in_centre, in_bfa);
    let in_mali = select(
        &store,
        EventFilter {
            location_country: Some("MLI".into()),
            cameo: Some(CodeMatch::exact("193")),
            ..Default::default()
        },
    );
    assert!(!in_mali.is_empty() && in_mali.iter().all(|(doc, _)| doc.starts_with('m')));
}

/// A location filter alone is found from migration 0017's indexes (a
/// country clicked on the dashboard's map no longer reads every event), with
/// the same events as the scan.
#[test]
fn location_filters_are_read_from_their_indexes() {
    use sitrep_store::BoundingBox;
    let (_d, mut store) = store();
    let filters = [
        EventFilter { location_country: Some("bfa".into()), ..Default::default() },
        EventFilter { location_country: Some("BFA".into()), location_admin1: Some("CENTRE".into()), ..Default::default() },
        EventFilter { bbox: Some(BoundingBox::parse("-6,9,3,15").unwrap()), ..Default::default() },
        // Across the antimeridian: every longitude but a band around Greenwich.
        EventFilter { bbox: Some(BoundingBox::parse("-1,-90,-179,90").unwrap()), ..Default::default() },
    ];
    for filter in filters {
        store.set_plan_threshold(0);
        let scanned: Vec<i64> = store.query(&filter).unwrap().iter().map(|e| e.id).collect();
        assert!(store.explain(&filter).unwrap().starts_with("scan"));
        store.set_plan_threshold(u64::MAX);
        let plan = store.explain(&filter).unwrap();
        assert!(plan.contains("INDEXED BY events_location"), "{filter:?}: {plan}");
        let indexed: Vec<i64> = store.query(&filter).unwrap().iter().map(|e| e.id).collect();
        assert!(!scanned.is_empty(), "{filter:?} selects nothing: a weak test");
        assert_eq!(indexed, scanned, "{filter:?} via {plan}");
        assert_eq!(store.count_events(&filter).unwrap(), scanned.len() as u64);
        // Too many to count as selective, every match is still read from
        // the location's candidates (a walk of `events_scan` would read each
        // event's row to check it), but a page walks the day order.
        store.set_plan_threshold(1);
        let wide = store.explain(&filter).unwrap();
        assert!(wide.contains("INDEXED BY events_location"), "{filter:?}: {wide}");
        assert_eq!(store.query(&filter).unwrap().iter().map(|e| e.id).collect::<Vec<_>>(), scanned);
        let page = EventFilter { limit: Some(2), ..filter.clone() };
        assert!(store.explain(&page).unwrap().starts_with("scan"), "{page:?}");
    }
}

#[test]
fn bounding_box() {
    use sitrep_store::BoundingBox;
    let (_d, store) = store();
    let in_bfa = select(
        &store,
        EventFilter {
            location_country: Some("BFA".into()),
            ..Default::default()
        },
    );
    // Ouagadougou (12.37 N, 1.52 W) lies in Burkina Faso's box; Kidal
    // (18.44 N, 1.41 E) does not.
    let boxed = |text: &str| {
        select(
            &store,
            EventFilter {
                bbox: Some(BoundingBox::parse(text).unwrap()),
                ..Default::default()
            },
        )
    };
    assert_eq!(boxed("-6,9,3,15"), in_bfa);
    let mali = boxed("-5,15,5,20");
    assert!(!mali.is_empty() && mali.iter().all(|(doc, _)| doc.starts_with('m')), "{mali:?}");
    assert!(boxed("10,40,20,50").is_empty());
    // Across the antimeridian: everything but a band around Greenwich.
    assert!(boxed("170,-90,-170,90").is_empty());
    let east_of_greenwich = boxed("-1,-90,-179,90");
    assert!(!east_of_greenwich.is_empty(), "Kidal is in it");
    assert!(east_of_greenwich.iter().all(|(doc, _)| doc.starts_with('m')), "{east_of_greenwich:?}");
    for bad in ["1,2,3", "a,b,c,d", "0,10,1,5", "-200,0,0,1"] {
        assert!(BoundingBox::parse(bad).is_err(), "{bad}");
    }
}
