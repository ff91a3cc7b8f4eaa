//! Claims from constructed multi-outlet reports: a report, its wire reprint,
//! an independent second outlet, a denial by the accused party and a later
//! official confirmation each move the claim's status as an analyst expects.

mod common;

use common::{actor, date, doc, event};
use sitrep_model::{Attribution, AttributionKind, Certainty, DatePrecision, Document, Event, EventDate};
use sitrep_store::{Claim, ClaimFilter, ClaimSort, ClaimStatus, Store};

const REPORT: &str = "Russian special forces reportedly protect Captain Ibrahim Traore in Ouagadougou, according \
to security sources. The commandos arrived after a failed coup attempt in April and took positions around the \
presidential palace, the sources said, adding that more troops could follow in the coming weeks.";

const SECOND: &str = "Moscow has deployed commandos to protect Ibrahim Traore, two Western diplomats said on \
Tuesday. The unit guards the presidential palace in Ouagadougou and travels with the captain, they said.";

const DENIAL: &str = "Burkina Faso's government denied that Russian soldiers protect Captain Traore. A spokesman \
said Burkinabe troops alone guard the presidential palace and called the reports foreign propaganda.";

const CONFIRMATION: &str = "Russia's defence ministry confirmed that Russian instructors protect Captain Traore \
at the presidential palace, in a statement read on state television on Thursday evening.";

const UNRELATED: &str = "Russian forces reportedly protect a gold mine in the north of Burkina Faso, where \
miners were attacked twice last month, a local official told reporters.";

fn on(day: u32) -> EventDate {
    EventDate { value: date(2025, 5, day), precision: DatePrecision::Day }
}

/// The report of `text` in `outlet`: Russian forces protect Traoré.
fn protection(id: &str, text: &str, outlet: &str, day: u32, evidence: &str, source: (&str, &str), certainty: Certainty) -> (Document, Vec<Event>) {
    let d = doc(id, text, outlet, date(2025, 5, day));
    let mut e = event(&d, evidence, Some(actor(source.0, source.1)), Some(actor("Captain Ibrahim Traore", "BFAGOV")), "074");
    e.certainty = certainty;
    e.date = Some(on(day));
    (d, vec![e])
}

fn report() -> (Document, Vec<Event>) {
    let (d, mut e) = protection("report", REPORT, "Sahel Monitor", 12, "Russian special forces reportedly protect Captain Ibrahim Traore in Ouagadougou", ("Russian special forces", "RUSMIL"), Certainty::Reported);
    e[0].attribution = Attribution { text: Some("security sources".into()), kind: AttributionKind::Anonymous };
    (d, e)
}

fn reprint() -> (Document, Vec<Event>) {
    let text = format!("OUAGADOUGOU (Wire) - {REPORT} Reporting by the Wire desk.");
    let (d, mut e) = protection("reprint", &text, "Reprint Daily", 12, "Russian special forces reportedly protect Captain Ibrahim Traore in Ouagadougou", ("Russian special forces", "RUSMIL"), Certainty::Reported);
    e[0].attribution = Attribution { text: Some("security sources".into()), kind: AttributionKind::Anonymous };
    (d, e)
}

fn second() -> (Document, Vec<Event>) {
    let (d, mut e) = protection("second", SECOND, "Daily Courier", 13, "Moscow has deployed commandos to protect Ibrahim Traore", ("Moscow", "RUS"), Certainty::Asserted);
    e[0].attribution = Attribution { text: Some("two Western diplomats".into()), kind: AttributionKind::Anonymous };
    (d, e)
}

fn denial() -> (Document, Vec<Event>) {
    let (d, mut e) = protection("denial", DENIAL, "West Africa Wire", 13, "Russian soldiers protect Captain Traore", ("Russian soldiers", "RUSMIL"), Certainty::Denied);
    e[0].attribution = Attribution { text: Some("Burkina Faso's government".into()), kind: AttributionKind::NamedActor };
    (d, e)
}

fn confirmation() -> (Document, Vec<Event>) {
    let (d, mut e) = protection("confirmation", CONFIRMATION, "Sahel Monitor", 15, "Russian instructors protect Captain Traore at the presidential palace", ("Russian instructors", "RUSMIL"), Certainty::Asserted);
    e[0].attribution = Attribution { text: Some("Russia's defence ministry".into()), kind: AttributionKind::NamedActor };
    (d, e)
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("claims.db")).unwrap();
    (dir, store)
}

fn all(store: &Store) -> Vec<Claim> {
    store.claims(&ClaimFilter::default()).unwrap().claims
}

fn only(store: &Store) -> Claim {
    let claims = all(store);
    assert_eq!(claims.len(), 1, "{claims:#?}");
    claims.into_iter().next().unwrap()
}

#[test]
fn report_reprint_second_outlet_denial() {
    let (_dir, mut store) = store();
    store.write_batch(&[report()]).unwrap();
    let c = only(&store);
    assert_eq!((c.status, c.independent_outlets), (ClaimStatus::SingleSource, 1));
    assert_eq!((c.source.as_deref(), c.target.as_deref()), (Some("RUSMIL"), Some("BFAGOV")));

    // A wire reprint is another document and another outlet's name, not another source.
    store.write_batch(&[reprint()]).unwrap();
    let c = only(&store);
    assert_eq!((c.status, c.independent_outlets), (ClaimStatus::SingleSource, 1));
    assert_eq!(c.outlets, ["Reprint Daily", "Sahel Monitor"]);
    assert_eq!(c.documents, ["report", "reprint"]);

    // An independent outlet, worded otherwise, naming Russia rather than its forces.
    store.write_batch(&[second()]).unwrap();
    let c = only(&store);
    assert_eq!((c.status, c.independent_outlets), (ClaimStatus::Corroborated, 2));
    assert_eq!(c.source.as_deref(), Some("RUS"), "RUS and RUSMIL: the claim names the country");
    assert_eq!((c.strongest.as_deref(), c.weakest.as_deref()), (Some("asserted"), Some("reported")));

    // The accused party denies it: linked, not counted as support.
    store.write_batch(&[denial()]).unwrap();
    let c = only(&store);
    assert_eq!(c.status, ClaimStatus::Contested);
    assert_eq!(c.denials, ["denial"]);
    assert_eq!((c.independent_outlets, c.events), (2, 3));
    assert_eq!((c.strongest.as_deref(), c.weakest.as_deref()), (Some("asserted"), Some("reported")));
    assert!(!c.outlets.contains(&"West Africa Wire".to_owned()));

    let detail = store.claim(c.id).unwrap().unwrap();
    let stances: Vec<(&str, &str)> = detail.readings.iter().map(|r| (r.stance.as_str(), r.doc_id.as_str())).collect();
    assert_eq!(stances.iter().filter(|s| s.0 == "denies").count(), 1, "{stances:?}");
    assert_eq!(stances.len(), 4);
}

#[test]
fn a_denial_alone_is_denied_only_until_someone_reports_it() {
    let (_dir, mut store) = store();
    store.write_batch(&[denial()]).unwrap();
    let c = only(&store);
    assert_eq!((c.status, c.events, c.independent_outlets), (ClaimStatus::DeniedOnly, 0, 0));
    assert!(c.documents.is_empty());
    store.write_batch(&[report()]).unwrap();
    assert_eq!(only(&store).status, ClaimStatus::Contested);
}

#[test]
fn an_official_of_the_party_confirms_it_alone() {
    let (_dir, mut store) = store();
    store.write_batch(&[report()]).unwrap();
    store.write_batch(&[confirmation()]).unwrap();
    let c = only(&store);
    // One outlet carries both, yet Russia's own ministry confirms the Russian action.
    assert_eq!(c.independent_outlets, 1);
    assert!(c.party_confirmed);
    assert_eq!(c.status, ClaimStatus::Corroborated);
    assert_eq!(c.credited.get("named_actor"), Some(&1));
}

#[test]
fn another_statement_or_another_month_is_another_claim() {
    let (_dir, mut store) = store();
    store.write_batch(&[report()]).unwrap();
    // Same actors and type, other words: a different protection.
    let d = doc("mine", UNRELATED, "Daily Courier", date(2025, 5, 12));
    let mut e = event(&d, "Russian forces reportedly protect a gold mine in the north of Burkina Faso", Some(actor("Russian forces", "RUSMIL")), Some(actor("Burkina Faso", "BFA")), "074");
    e.date = Some(on(12));
    // The same words two months later: a new event, not the same claim.
    let (later, mut again) = protection("later", SECOND, "Daily Courier", 13, "Moscow has deployed commandos to protect Ibrahim Traore", ("Moscow", "RUS"), Certainty::Asserted);
    again[0].date = Some(EventDate { value: date(2025, 7, 20), precision: DatePrecision::Day });
    store.write_batch(&[(d, vec![e]), (later, again)]).unwrap();
    let claims = all(&store);
    assert_eq!(claims.len(), 3, "{claims:#?}");
    assert!(claims.iter().all(|c| c.status == ClaimStatus::SingleSource));
}

#[test]
fn actors_of_no_country_are_told_apart_by_their_names() {
    let (_dir, mut store) = store();
    // Two chief executives resign in one week: one code (---BUS), one
    // type, most words shared; only the names differ.
    let resignation = |id: &str, outlet: &str, day: u32, name: &str, rest: &str| {
        let text = format!("Chief executive officer {name} resigned {rest}");
        let d = doc(id, &text, outlet, date(1987, 3, day));
        let e = event(&d, &format!("Chief executive officer {name} resigned"), Some(actor(&format!("Chief executive officer {name}"), "---BUS")), None, "0831");
        (d, vec![e])
    };
    let told = "on Tuesday, the company said in a statement.";
    store.write_batch(&[resignation("perkins", "Wire One", 3, "Charles Perkins", told), resignation("smith", "Wire Two", 4, "John Smith", told)]).unwrap();
    assert_eq!(all(&store).len(), 2, "{:#?}", all(&store));
    // Another outlet on Perkins joins his claim.
    let own_words = "after the board turned down his plan to sell the steel division, a spokesman for the group told reporters in Pittsburgh.";
    store.write_batch(&[resignation("perkins-again", "Wire Three", 4, "Charles Perkins", own_words)]).unwrap();
    let claims = all(&store);
    assert_eq!(claims.len(), 2, "{claims:#?}");
    assert!(claims.iter().any(|c| c.independent_outlets == 2 && c.text.contains("Perkins")), "{claims:#?}");
}

#[test]
fn one_article_restating_its_claim_is_one_reading_of_it() {
    let (_dir, mut store) = store();
    let d = doc("seedlike", REPORT, "Sahel Monitor", date(2025, 5, 12));
    let a = event(&d, "Russian special forces reportedly protect Captain Ibrahim Traore", Some(actor("Russian special forces", "RUSMIL")), Some(actor("Captain Ibrahim Traore", "BFAGOV")), "074");
    // Other words of the same article, other codes of the same parties.
    let b = event(&d, "The commandos arrived after a failed coup attempt", Some(actor("The commandos", "RUS")), Some(actor("Burkina Faso", "BFA")), "074");
    store.write_batch(&[(d, vec![a, b])]).unwrap();
    let c = only(&store);
    assert_eq!((c.source.as_deref(), c.target.as_deref(), c.events), (Some("RUS"), Some("BFA"), 2));
}

#[test]
fn claims_sort_by_status_and_recency_and_filter_like_events() {
    let (_dir, mut store) = store();
    store.write_batch(&[report(), second(), denial()]).unwrap();
    let d = doc("mine", UNRELATED, "Daily Courier", date(2025, 5, 20));
    let e = event(&d, "Russian forces reportedly protect a gold mine", Some(actor("Russian forces", "RUSMIL")), Some(actor("Burkina Faso", "BFA")), "074");
    store.write_batch(&[(d, vec![e])]).unwrap();
    let by = |sort| store.claims(&ClaimFilter { sort, ..ClaimFilter::default() }).unwrap().claims;
    assert_eq!(by(ClaimSort::Status)[0].status, ClaimStatus::Contested);
    assert_eq!(by(ClaimSort::Recency)[0].documents, ["mine"]);
    let mut f = ClaimFilter { status: vec![ClaimStatus::SingleSource], ..ClaimFilter::default() };
    assert_eq!(store.claims(&f).unwrap().total, 1);
    f.status.clear();
    f.events.certainty = vec![Certainty::Denied];
    let denied = store.claims(&f).unwrap();
    assert_eq!((denied.total, denied.claims[0].status), (1, ClaimStatus::Contested));
    f.limit = Some(1);
    f.offset = 1;
    assert!(store.claims(&f).unwrap().claims.is_empty());
}

#[test]
fn rebuilding_gives_the_same_claims() {
    let (_dir, mut store) = store();
    store.write_batch(&[report(), reprint()]).unwrap();
    store.write_batch(&[second(), denial(), confirmation()]).unwrap();
    let before = all(&store);
    let n = store.rebuild_claims(sitrep_store::ClaimConfig::default()).unwrap();
    assert_eq!(n, 5);
    let after: Vec<Claim> = all(&store).into_iter().map(|c| Claim { id: before[0].id, ..c }).collect();
    assert_eq!(before, after);
}
