//! A small real store for the API tests: hand-written reports (with a wire
//! copy of one), events whose spans point into them, written with the
//! store's own `write_batch`; and helpers to ask the router.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use chrono::NaiveDate;
use serde_json::Value;
use sitrep_model::{
    Actor, ActorCode, Attribution, AttributionKind, CameoCode, Certainty, DatePrecision, Document, Event, EventDate, Location,
    Plover, QuadClass,
};
use sitrep_server::{router, AppState, ServerConfig};
use sitrep_store::Store;
use tower::ServiceExt;

pub const SAHEL: &str = "Russia has reportedly sent special forces to Burkina Faso to protect Captain Ibrahim \
Traoré after failed coup attempts, according to intelligence reports and multiple sources. The lockdown doctrine \
restructured the presidential guard and mobilised the VDP militias. Russian forces reportedly took control of the \
airspace. France, expelled by the junta, is concerned. Côte d'Ivoire is accused of harbouring coup plotters.";

pub const MALI: &str = "Malian troops clashed with rebels near Kidal on Saturday, the army said in a statement. \
Mali and Russia signed a defence cooperation agreement in Bamako on Monday, officials said.";

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn doc(id: &str, text: &str, outlet: &str, date: NaiveDate) -> Document {
    Document {
        id: id.to_owned(),
        text: text.to_owned(),
        date: Some(date),
        date_source: Some("url".to_owned()),
        date_confidence: Some(0.9),
        url: Some(format!("https://example.org/{id}")),
        outlet: Some(outlet.to_owned()),
        title: Some(format!("Report {id}")),
        language: Some("en".to_owned()),
    }
}

fn actor(text: &str, code: &str) -> Option<Actor> {
    Some(Actor { text: text.to_owned(), code: Some(ActorCode::parse(code).unwrap()), id: Some(code.to_lowercase()) })
}

/// An event of `doc` on the first occurrence of `evidence`.
pub fn event(doc: &Document, evidence: &str, source: (&str, &str), target: (&str, &str), cameo: &str, quad: u8, goldstein: f32) -> Event {
    let start = doc.text.find(evidence).unwrap_or_else(|| panic!("{evidence:?} not in {}", doc.id));
    Event {
        doc_id: doc.id.clone(),
        sentence: doc.text[..start].matches(". ").count(),
        span: [start, start + evidence.len()],
        trigger: [start, start + evidence.len()],
        source: actor(source.0, source.1),
        target: actor(target.0, target.1),
        cameo: CameoCode::parse(cameo).unwrap(),
        plover: Some(Plover { event_type: if quad <= 2 { "AID".into() } else { "ACCUSE".into() }, mode: None }),
        quad_class: Some(QuadClass::try_from(quad).unwrap()),
        goldstein: Some(goldstein),
        certainty: Certainty::Asserted,
        attribution: Attribution::none(),
        quote: None,
        date: None,
        location: None,
        rule: format!("test.{cameo}"),
    }
}

/// A resolved place, as `sitrep-places` writes an event's location.
pub fn place(name: &str, country: &str, admin1: Option<&str>, feature: &str, lat: f64, lon: f64) -> Location {
    Location {
        name: name.to_owned(),
        country: Some(country.to_owned()),
        admin1: admin1.map(str::to_owned),
        lat: Some(lat),
        lon: Some(lon),
        geonames_id: None,
        precision: feature.to_owned(),
        feature: Some(feature.to_owned()),
        span: None,
    }
}

fn hedged(mut e: Event, certainty: Certainty) -> Event {
    e.certainty = certainty;
    e.attribution = Attribution { text: Some("intelligence reports and multiple sources".into()), kind: AttributionKind::Anonymous };
    e
}

fn sahel_events(d: &Document) -> Vec<Event> {
    let mut civ = event(d, "Côte d'Ivoire is accused of harbouring coup plotters", ("the junta", "BFAGOV"), ("Côte d'Ivoire", "CIV"), "112", 3, -2.0);
    civ.certainty = Certainty::Alleged;
    let mut sent = hedged(event(d, "Russia has reportedly sent special forces to Burkina Faso", ("Russia", "RUSMIL"), ("Burkina Faso", "BFA"), "074", 2, 8.3), Certainty::Reported);
    sent.location = Some(place("Burkina Faso", "BFA", None, "country", 12.5, -1.66667));
    vec![
        sent,
        event(d, "France, expelled by the junta", ("the junta", "BFAGOV"), ("France", "FRA"), "174", 4, -5.0),
        civ,
    ]
}

/// Five documents: the Sahel report, a wire copy of it in another outlet,
/// a Mali report with a dated event, a report without events, and one
/// with an event whose actors the lexicon could not code.
pub fn batch() -> Vec<(Document, Vec<Event>)> {
    let sahel = doc("sahel-1", SAHEL, "Sahel Wire", day(2025, 4, 14));
    let copy_text = format!("{SAHEL} Officials declined to comment.");
    let copy = doc("sahel-2", &copy_text, "Daily Courier", day(2025, 4, 15));
    let mali = doc("mali-1", MALI, "Bamako Post", day(2025, 4, 21));
    let mut agree = event(&mali, "Mali and Russia signed a defence cooperation agreement", ("Mali", "MLIGOV"), ("Russia", "RUSGOV"), "057", 1, 8.0);
    agree.date = Some(EventDate { value: day(2025, 4, 28), precision: DatePrecision::Day });
    agree.location = Some(place("Bamako", "MLI", Some("Bamako"), "capital", 12.65, -8.0));
    let mut clash = event(&mali, "Malian troops clashed with rebels", ("Malian troops", "MLIMIL"), ("rebels", "MLIREB"), "190", 4, -10.0);
    clash.location = Some(place("Kidal", "MLI", Some("Kidal"), "city", 18.44111, 1.40778));
    let quiet = doc("quiet-1", "Nothing of note happened in the capital today, residents said.", "Sahel Wire", day(2025, 3, 2));
    let uncoded_doc = doc("odd-1", "Unknown gunmen attacked a convoy near the border on Friday.", "Bamako Post", day(2025, 3, 7));
    let mut uncoded = event(&uncoded_doc, "Unknown gunmen attacked a convoy", ("x", "MLI"), ("y", "MLI"), "190", 4, -10.0);
    uncoded.source = Some(Actor { text: "Unknown gunmen".into(), code: None, id: None });
    uncoded.target = None;
    vec![
        (sahel.clone(), sahel_events(&sahel)),
        (copy.clone(), sahel_events(&copy)),
        (mali, vec![clash, agree]),
        (quiet, vec![]),
        (uncoded_doc, vec![uncoded]),
    ]
}

/// A store in a temporary directory, filled with [`batch`].
pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub app: Router,
}

impl Fixture {
    pub fn new() -> Self {
        Self::with_config(|c| c)
    }

    pub fn with_config(edit: impl FnOnce(ServerConfig) -> ServerConfig) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sitrep.db");
        let mut store = Store::open(&path).unwrap();
        let summary = store.write_batch(&batch()).unwrap();
        assert_eq!(summary.near_duplicates, 1, "the wire copy must be linked to its first copy");
        drop(store);
        let state = AppState::new(edit(ServerConfig::new(&path))).unwrap();
        Self { dir, app: router(state) }
    }

    pub fn store(&self) -> Store {
        Store::open(self.dir.path().join("sitrep.db")).unwrap()
    }

    pub async fn get(&self, uri: &str) -> (StatusCode, Value) {
        self.send(Request::get(uri).body(Body::empty()).unwrap()).await
    }

    pub async fn ok(&self, uri: &str) -> Value {
        let (status, body) = self.get(uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}: {body}");
        body
    }

    pub async fn send(&self, req: Request<Body>) -> (StatusCode, Value) {
        let (status, bytes) = self.raw(req).await;
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        (status, body)
    }

    pub async fn raw(&self, req: Request<Body>) -> (StatusCode, Vec<u8>) {
        let resp = self.app.clone().oneshot(req).await.unwrap();
        let status = resp.status();
        let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX).await.unwrap();
        (status, bytes.to_vec())
    }
}
