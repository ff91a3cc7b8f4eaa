//! Event locations: the place in the event's sentence, else the dateline,
//! else the document's main country when an actor is local.

use sitrep_model::Event;
use sitrep_places::{Places, WordOrder};

fn event(text: &str, evidence: &str, source: Option<&str>, target: Option<&str>) -> Event {
    let start = text.find(evidence).expect("evidence in the text");
    let actor = |code: Option<&str>| code.map(|c| serde_json::json!({"text": c, "code": c, "id": null}));
    serde_json::from_value(serde_json::json!({
        "doc_id": "d", "sentence": 0, "span": [start, start + evidence.len()], "trigger": [start, start + evidence.len()],
        "source": actor(source), "target": actor(target), "cameo": "190", "plover": null,
        "quad_class": 4, "goldstein": -10.0, "certainty": "asserted",
        "attribution": {"text": null, "kind": "none"}, "quote": null, "date": null,
        "location": null, "rule": "test"
    }))
    .expect("a valid event")
}

fn locate(text: &str, events: &mut [Event]) {
    let places = Places::embedded().unwrap();
    places.locate_events(text, events, &WordOrder);
}

#[test]
fn the_place_in_the_events_sentence_most_specific_first() {
    let text = "Mali is tense. Soldiers attacked militants near Djibo in northern Burkina Faso on Sunday.";
    let mut events = [event(text, "Soldiers attacked militants", Some("BFAMIL"), Some("BFAREB"))];
    locate(text, &mut events);
    let loc = events[0].location.as_ref().unwrap();
    assert_eq!((loc.name.as_str(), loc.country.as_deref(), loc.precision.as_str()), ("Djibo", Some("BFA"), "city"));
    // The kind of place and where its name stands in the text go with it.
    let span = loc.span.unwrap();
    assert_eq!((loc.feature.as_deref(), &text[span[0]..span[1]]), (Some("city"), "Djibo"));
}

#[test]
fn an_actors_name_is_not_the_events_place() {
    let text = "France condemned Russia on Tuesday.";
    let mut events = [event(text, "France condemned Russia", Some("FRA"), Some("RUS"))];
    locate(text, &mut events);
    assert_eq!(events[0].location, None);
}

/// A tree that hangs every place under the event.
struct AllAttached;

impl sitrep_places::Attachment for AllAttached {
    fn attached(&self, _: &sitrep_places::PlaceMention, _: &Event, _: std::ops::Range<usize>) -> Option<bool> {
        Some(true)
    }
}

#[test]
fn a_country_under_the_event_without_a_locative_is_no_place() {
    let places = Places::embedded().unwrap();
    // "with the US": what the cabinet will do, not where.
    let text = "The cabinet vowed to coordinate with the US.";
    let mut events = [event(text, "The cabinet vowed to coordinate with the US", Some("GBRGOV"), Some("USA"))];
    places.locate_events(text, &mut events, &AllAttached);
    assert_eq!(events[0].location, None);
    // After a locative the tree's word stands: "met in France".
    let text = "The ministers met in France.";
    let mut events = [event(text, "The ministers met in France", Some("GBRGOV"), None)];
    places.locate_events(text, &mut events, &AllAttached);
    assert_eq!(events[0].location.as_ref().map(|l| l.name.as_str()), Some("France"));
}

#[test]
fn the_dateline_when_the_sentence_names_no_place() {
    let text = "BAMAKO, Mali (Reuters) - The army said it killed 20 militants.";
    let mut events = [event(text, "it killed 20 militants", Some("MLIMIL"), None)];
    locate(text, &mut events);
    assert_eq!(events[0].location.as_ref().map(|l| l.name.as_str()), Some("Bamako"));
}

#[test]
fn a_town_in_the_events_own_words_before_the_dateline() {
    let text = "BEIRUT (Reuters) - Syrian jets bombed Aleppo on Tuesday.";
    let mut events = [event(text, "Syrian jets bombed Aleppo", Some("SYRMIL"), None)];
    locate(text, &mut events);
    assert_eq!(events[0].location.as_ref().map(|l| l.name.as_str()), Some("Aleppo"));
    // The dateline is a sentence of its own (`sitrep_text`'s splitter), so
    // no event's span holds both it and the lead.
}

#[test]
fn the_main_country_when_an_actor_is_local() {
    let text = "Burkina Faso is in crisis. Burkina Faso's junta arrested two officers. The junta fired the minister.";
    let mut events = [
        event(text, "The junta fired the minister", Some("BFAGOV"), Some("BFAGOV")),
        event(text, "The junta fired the minister", Some("FRAGOV"), None),
    ];
    locate(text, &mut events);
    let loc = events[0].location.as_ref().unwrap();
    assert_eq!((loc.country.as_deref(), loc.precision.as_str()), (Some("BFA"), "country"));
    assert_eq!(events[1].location, None);
}

#[test]
fn relative_places_give_a_point() {
    let text = "Jihadists ambushed a convoy 20 km north of Gao.";
    let mut events = [event(text, "Jihadists ambushed a convoy", None, None)];
    locate(text, &mut events);
    let loc = events[0].location.as_ref().unwrap();
    assert_eq!((loc.name.as_str(), loc.precision.as_str()), ("Gao", "point"));
}
