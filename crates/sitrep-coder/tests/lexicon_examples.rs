//! The lexicon tests itself: every verb pattern's example sentence must
//! yield an event with that pattern's CAMEO code — from the pattern itself,
//! or from a longer pattern that reads the same sentence with the same code
//! ("launched a coup attempt against" is `launch_coup`, 175, before the noun
//! pattern `coup attempt against` can fire); every row of
//! `party-codes.tsv` must turn its example into its code.

use std::sync::Arc;

use sitrep_coder::{Coder, Scratch};
use sitrep_lexicon::{Language, Lexicon};
use sitrep_model::Document;

#[test]
fn every_verb_pattern_fires_on_its_example() {
    every_pattern_fires_on_its_example(Language::English, 100);
}

#[test]
fn every_french_verb_pattern_fires_on_its_example() {
    every_pattern_fires_on_its_example(Language::French, 2);
}

/// The examples of the built-in lexicon of `language` (at least `min`).
fn every_pattern_fires_on_its_example(language: Language, min: usize) {
    let lexicon = Arc::new(Lexicon::builtin_in(language).expect("built-in lexicon"));
    let coder = Coder::new(lexicon.clone());
    let mut scratch = Scratch::default();
    let mut failures = Vec::new();
    let mut checked = 0;
    for p in &lexicon.patterns {
        let (Some(example), Some(code)) = (&p.example, &p.cameo) else { continue };
        checked += 1;
        let mut events = Vec::new();
        coder.code(&Document::new("example", example.as_str()), &mut scratch, &mut events);
        if !events.iter().any(|e| e.rule == *p.id || e.cameo == *code) {
            let fired: Vec<&str> = events.iter().map(|e| e.rule.as_str()).collect();
            failures.push(format!("{} ({code}): {example:?} fired {fired:?}", p.id));
        }
    }
    assert!(checked > min, "only {checked} {language} patterns have examples");
    assert!(failures.is_empty(), "{} of {checked} patterns do not fire on their example:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_party_code_applies_to_its_example() {
    let lexicon = Arc::new(Lexicon::builtin().expect("built-in lexicon"));
    let coder = Coder::new(lexicon.clone());
    let mut scratch = Scratch::default();
    assert!(!lexicon.party_codes.is_empty());
    for row in &lexicon.party_codes {
        let mut events = Vec::new();
        coder.code(&Document::new("example", row.example.as_str()), &mut scratch, &mut events);
        let codes: Vec<&str> = events.iter().map(|e| e.cameo.as_str()).collect();
        assert!(codes.contains(&row.becomes.as_str()), "{} → {}: {:?} coded {codes:?}", row.code, row.becomes, row.example);
    }
}
