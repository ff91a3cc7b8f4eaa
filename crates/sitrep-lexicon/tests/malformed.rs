//! Malformed lexicon files: an error naming file, line and entry; never a
//! panic, on any input.

use proptest::prelude::*;
use sitrep_lexicon::{Lexicon, LexiconSource};

#[test]
fn a_bad_entry_names_file_line_and_entry() {
    let mut src = LexiconSource::default();
    let err = src.parse_file("en/verbs.tsv", "# comment\nok_one\t074\t[protect] +\tx\nbad\t074\t[a] [b]\tx\n").unwrap_err();
    let msg = err.to_string();
    assert!(msg.starts_with("en/verbs.tsv:3:"), "{msg}");
    assert!(msg.contains("at most one") && msg.contains("bad"), "{msg}");

    let err = src.parse_file("actors/people.tsv", "person:x\tBFAGOV@2022-09-30..2020-01-01\tX\n").unwrap_err();
    assert!(err.to_string().contains(":1:") && err.to_string().contains("ends before it starts"), "{err}");

    let err = src.parse_file("actors/people.tsv", "person:x\tBFAGOV\tX\tshe\nperson:y\tBFAGOV\tY\the\n").unwrap_err();
    assert!(err.to_string().contains(":2:") && err.to_string().contains("pronoun"), "{err}");
    let err = src.parse_file("actors/countries.tsv", "country:x\tXXX\tX\tshe\n").unwrap_err();
    assert!(err.to_string().contains("only a person"), "{err}");

    let err = src.parse_file("cameo.tsv", "074\tlots\t2\tAID\t-\tprotect\n").unwrap_err();
    assert!(err.to_string().contains("not a number"), "{err}");

    let err = src.parse_file("en/discards.tsv", "story\tdavis cup\nmatch\tthe referee\n").unwrap_err();
    assert!(err.to_string().starts_with("en/discards.tsv:2:") && err.to_string().contains("neither"), "{err}");

    let err = src.parse_file("official-speakers.tsv", "role\tGOV\nrole\tgovernment\n").unwrap_err();
    assert!(err.to_string().starts_with("official-speakers.tsv:2:") && err.to_string().contains("three capitals"), "{err}");
    let err = src.parse_file("official-speakers.tsv", "speaker\tGOV\n").unwrap_err();
    assert!(err.to_string().contains("role or actor"), "{err}");

    let err = src.parse_file("party-codes.tsv", "192\ttarget\tMED\t181\tx\n166\tdoer\tSPY\t174\tx\n").unwrap_err();
    assert!(err.to_string().starts_with("party-codes.tsv:2:") && err.to_string().contains("not source, target or both"), "{err}");
    let err = src.parse_file("party-codes.tsv", "192\ttarget\tjournalists\t181\tx\n").unwrap_err();
    assert!(err.to_string().contains("three-letter code"), "{err}");
}

#[test]
fn unknown_cameo_codes_in_verb_patterns_are_rejected() {
    let mut src = LexiconSource::default();
    src.parse_file("cameo.tsv", "074\t8.5\t2\tAID\tpeacekeeping\tprotect someone\n").unwrap();
    src.parse_file("en/verbs.tsv", "p\t999\t[protect]\tx\n").unwrap();
    let err = Lexicon::compile(&src).err().expect("999 is not a CAMEO code");
    assert!(err.to_string().contains("999"), "{err}");
}

proptest! {
    #[test]
    fn no_file_kind_panics_on_any_text(text in any::<String>(), kind in any::<usize>()) {
        let name = LexiconSource::file_names().nth(kind % LexiconSource::file_names().count()).unwrap();
        let mut src = LexiconSource::default();
        if src.parse_file(name, &text).is_ok() {
            let _ = Lexicon::compile(&src);
        }
    }

    #[test]
    fn no_panic_on_tab_separated_noise(cols in prop::collection::vec("[\\[\\]|?+. a-zA-Z0-9@;:-]{0,12}", 1..7), kind in any::<usize>()) {
        let line = cols.join("\t");
        let name = LexiconSource::file_names().nth(kind % LexiconSource::file_names().count()).unwrap();
        let mut src = LexiconSource::default();
        if src.parse_file(name, &line).is_ok() {
            let _ = Lexicon::compile(&src);
        }
    }
}
