//! Acceptance on the report that started the project
//! (`../shared/seed/000_10a7c1480707286d.txt`): each of its claims coded with
//! the right actors, codes and certainty, and nothing from commentary.

use std::path::PathBuf;
use std::sync::Arc;

use sitrep_coder::{Coder, Scratch};
use sitrep_lexicon::Lexicon;
use sitrep_model::{AttributionKind, Certainty, Document, Event};

fn seed_events() -> Option<(String, Vec<Event>)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/000_10a7c1480707286d.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} is not there", path.display());
        return None;
    };
    let coder = Coder::new(Arc::new(Lexicon::builtin().expect("built-in lexicon")));
    let mut events = Vec::new();
    coder.code(&Document::new("seed", text.as_str()), &mut Scratch::default(), &mut events);
    Some((text, events))
}

fn code(a: &Option<sitrep_model::Actor>) -> &str {
    a.as_ref().and_then(|a| a.code.as_ref()).map_or("", |c| c.as_str())
}

/// The events whose evidence contains `words`.
fn about<'a>(text: &str, events: &'a [Event], words: &str) -> Vec<&'a Event> {
    events.iter().filter(|e| text[e.span[0]..e.span[1]].contains(words)).collect()
}

#[test]
fn russia_sends_special_forces_to_protect_traore_reportedly() {
    let Some((text, events)) = seed_events() else { return };
    let sent = about(&text, &events, "sent special forces");
    assert!(
        sent.iter().any(|e| code(&e.source) == "RUS" && e.cameo.as_str() == "074" && code(&e.target).starts_with("BFA") && e.certainty == Certainty::Reported),
        "{sent:#?}"
    );
    // The event stands on the verb: its trigger is "sent".
    assert!(sent.iter().any(|e| &text[e.trigger[0]..e.trigger[1]] == "sent"), "{sent:#?}");
    let protect: Vec<&Event> = events.iter().filter(|e| e.cameo.as_str() == "074" && code(&e.target) == "BFAGOV").collect();
    assert!(protect.iter().any(|e| code(&e.source).starts_with("RUS")), "{protect:#?}");
    let anonymous = protect.iter().find(|e| e.attribution.kind == AttributionKind::Anonymous).expect("the protection claim rests on anonymous sources");
    assert_eq!(code(&anonymous.source), "RUSMIL");
    assert_eq!(anonymous.certainty, Certainty::Reported);
    assert!(anonymous.attribution.text.as_deref().unwrap_or("").contains("intelligence reports"));
}

#[test]
fn failed_coup_attempts_target_traores_government() {
    let Some((text, events)) = seed_events() else { return };
    let coups = about(&text, &events, "coup attempts against");
    assert!(coups.iter().any(|e| code(&e.target) == "BFAGOV" && e.source.is_none()), "{coups:#?}");
}

#[test]
fn traore_mobilises_the_vdp_militias() {
    let Some((text, events)) = seed_events() else { return };
    let mobilise = about(&text, &events, "mobilizing");
    // The militias are the VDP, named by "known as".
    assert!(
        mobilise.iter().any(|e| code(&e.source) == "BFAGOV" && e.cameo.as_str() == "154" && code(&e.target) == "BFAMILVDP"),
        "{mobilise:#?}"
    );
}

#[test]
fn russian_forces_take_the_airspace_and_work_with_local_agencies_reportedly() {
    let Some((text, events)) = seed_events() else { return };
    let airspace = about(&text, &events, "taken control of");
    assert!(airspace.iter().any(|e| code(&e.source) == "RUSMIL" && code(&e.target).starts_with("BFA") && e.certainty == Certainty::Reported), "{airspace:#?}");
    let work = about(&text, &events, "working closely with");
    assert!(
        work.iter().any(|e| code(&e.source) == "RUSMIL" && e.cameo.root() == "06" && code(&e.target).starts_with("BFA") && e.certainty == Certainty::Reported),
        "{work:#?}"
    );
}

#[test]
fn france_was_expelled_by_the_junta() {
    let Some((text, events)) = seed_events() else { return };
    let expelled = about(&text, &events, "expelled by the junta");
    assert!(expelled.iter().any(|e| code(&e.source) == "BFAGOV" && code(&e.target) == "FRA" && e.cameo.root() == "16"), "{expelled:#?}");
}

#[test]
fn ivory_coast_is_accused_of_harbouring_coup_plotters() {
    let Some((text, events)) = seed_events() else { return };
    let accused = about(&text, &events, "accused");
    assert!(accused.iter().any(|e| e.cameo.root() == "11" && code(&e.target) == "CIV"), "{accused:#?}");
    assert!(accused.iter().any(|e| code(&e.source) == "CIV" && e.cameo.as_str() == "075" && e.certainty == Certainty::Alleged), "{accused:#?}");
}

#[test]
fn commentary_yields_nothing() {
    let Some((text, events)) = seed_events() else { return };
    let coder = Coder::new(Arc::new(Lexicon::builtin().expect("built-in lexicon")));
    let sentences = coder.sentences(&text);
    for words in ["The deployment symbolizes", "This military support is seen", "The alliance between Burkina Faso and Russia is emblematic", "As Russia deepens its footprint"] {
        let index = sentences.iter().position(|r| text[r.clone()].starts_with(words)).expect("sentence in the seed");
        let inside: Vec<&Event> = events.iter().filter(|e| e.sentence == index).collect();
        assert!(inside.is_empty(), "{words}: {inside:#?}");
    }
}
