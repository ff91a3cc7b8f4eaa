//! Property tests: no reader panics on arbitrary UTF-8, and strict mode
//! fails exactly when lenient mode warns.

use proptest::prelude::*;
use sitrep_petrarch::*;

/// Text built from the characters the formats give meaning to, so that the
/// generated input reaches the readers' deeper branches.
fn dictionary_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\n".to_string()),
        Just("\t".to_string()),
        Just(" ".to_string()),
        "[-+&_*$^%~!=(){}\\[\\]<>#;:/0-9A-Z]{1,6}",
        Just("--- ".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("950601".to_string()),
        Just("19950601-19990815".to_string()),
        Just("!PERSON! = A, B".to_string()),
        Just("é\u{0}\u{feff}".to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn xml_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<Validation>".to_string()),
        Just("</Validation>".to_string()),
        Just("<Sentences>".to_string()),
        Just("<Sentence date=\"19950101\" id=\"X\" sentence=\"true\">".to_string()),
        Just("<Sentence id=\"Y\" date=\"2010993\">".to_string()),
        Just("</Sentence>".to_string()),
        Just("<Text>a b</Text>".to_string()),
        Just("<EventCoding sourcecode='\"A\"' targetcode=\"B\" eventcode=\"01\"/>".to_string()),
        Just("<EventCoding noevents=\"x\"/>".to_string()),
        Just("<Config option=\"a\"/>".to_string()),
        Just("<Environment><Actorfile>a</Actorfile></Environment>".to_string()),
        Just("<!-- c -->".to_string()),
        "[<>/=\"a-z ]{0,5}",
    ];
    prop::collection::vec(piece, 0..20).prop_map(|v| v.concat())
}

fn check_all(s: &str) {
    let (_, w) = parse_verbs_lenient(s, "f");
    assert_eq!(parse_verbs(s, "f").is_ok(), w.is_empty());
    let _ = parse_verbs_as(s, "f", VerbFormat::Petrarch1);
    let _ = parse_verbs_as(s, "f", VerbFormat::Petrarch2);
    let (actors, w) = parse_actors_lenient(s, "f");
    assert_eq!(parse_actors(s, "f").is_ok(), w.is_empty());
    for a in &actors {
        let _ = a.code_on(None);
        let _ = a.code_on(chrono::NaiveDate::from_ymd_opt(2000, 1, 1));
    }
    let (agents, w) = parse_agents_lenient(s, "f");
    assert_eq!(parse_agents(s, "f").is_ok(), w.is_empty());
    for a in &agents.agents {
        let _ = a.phrases();
    }
    let (_, w) = parse_discards_lenient(s, "f");
    assert_eq!(parse_discards(s, "f").is_ok(), w.is_empty());
    if let Ok((_, w)) = parse_validation_lenient(s, "f") {
        assert_eq!(parse_validation(s, "f").is_ok(), w.is_empty());
    } else {
        assert!(parse_validation(s, "f").is_err());
    }
}

// 256 cases each by default; set PROPTEST_CASES for a longer run.
proptest! {

    #[test]
    fn arbitrary_utf8_never_panics(s in any::<String>()) {
        check_all(&s);
    }

    #[test]
    fn dictionary_like_text_never_panics(s in dictionary_like()) {
        check_all(&s);
        if let Ok(d) = parse_verbs(&s, "f") {
            for b in &d.verbs {
                for v in &b.verbs {
                    let _ = v.surface_forms(FormRule::Petrarch1);
                    let _ = v.surface_forms(FormRule::Petrarch2);
                }
            }
            for syn in d.synsets.values() {
                let _ = syn.phrases();
            }
        }
    }

    #[test]
    fn xml_like_text_never_panics(s in xml_like()) {
        check_all(&s);
    }
}
