use super::*;

const SRC: &str = r#"<Validation>
<!-- header comment -->
<Environment>
    <Verbfile>PETR.Validate.verbs.txt</Verbfile>
    <Actorfile>PETR.Validate.actors.txt</Actorfile>
    <Agentfile>PETR.Validate.agents.txt</Agentfile>
    <Discardfile>PETR.Validate.discards.txt</Discardfile>
    <Include>valid DEMO ACTOR</Include>
    <Pause>Stop</Pause>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- Simple coding -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties with Gondor almost
five years after crowds trashed its embassy.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor))))
</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "20080801" id ="ERR-1" category="ERROR" sentence="true" extra="x">
<EventCoding noevents = "True"> </EventCoding>
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: --</Text>
</Sentence>
<Sentence id="NO-DATE"><Text>x</Text></Sentence>
</Sentences>
</Validation>
"#;

#[test]
fn reads_records() {
    let (v, w) = parse_validation_lenient(SRC, "u.xml").unwrap();
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].line, 31);
    assert!(w[0].message.contains("missing required date"));
    assert!(parse_validation(SRC, "u.xml").is_err());

    let env = &v.environment;
    assert_eq!(env.verb_file.as_deref(), Some("PETR.Validate.verbs.txt"));
    assert_eq!(env.actor_files, vec!["PETR.Validate.actors.txt"]);
    assert_eq!(env.include, vec!["valid", "DEMO", "ACTOR"]);
    assert_eq!(env.pause.as_deref(), Some("Stop"));
    assert_eq!(env.config.len(), 1);

    assert_eq!(v.sentences.len(), 2);
    let s = &v.sentences[0];
    assert_eq!((s.id.as_str(), s.line), ("DEMO-00", 13));
    assert_eq!(s.date, NaiveDate::from_ymd_opt(1995, 1, 1).unwrap());
    assert_eq!(s.category.as_deref(), Some("DEMO"));
    assert_eq!(s.sentence, Some(true));
    assert!(s.text.starts_with(
        "Arnor is about to restore full diplomatic ties with Gondor almost five years"
    ));
    assert_eq!(
        s.parse.as_deref().map(str::trim),
        Some("(ROOT (S (NP (NNP Arnor))))")
    );
    assert_eq!(s.comments, vec!["Simple coding"]);
    let ev: Vec<_> = s.expected_events().collect();
    assert_eq!(ev.len(), 2);
    assert_eq!(
        ev[0],
        (
            &ExpectedActor::Code("ARN".into()),
            &ExpectedActor::Code("GON".into()),
            "064"
        )
    );
    assert_eq!(ev[1].0, &ExpectedActor::Text("INJURY TOLL".into()));
    assert!(!s.expects_no_events());

    let e = &v.sentences[1];
    assert_eq!(e.id, "ERR-1");
    assert!(e.expects_no_events());
    assert_eq!(e.expected_error(), Some("dateline"));
    assert_eq!(
        e.other_attributes.get("extra").map(String::as_str),
        Some("x")
    );
    assert_eq!(e.config.len(), 1);
    assert_eq!(v.options_at(0).get("require_dyad"), None);
    assert_eq!(
        v.options_at(1).get("require_dyad").map(String::as_str),
        Some("false")
    );
    assert_eq!(
        v.options_at(1).get("stop_on_error").map(String::as_str),
        Some("True")
    );
}

#[test]
fn xml_syntax_error_has_line() {
    let err =
        parse_validation_lenient("<Validation>\n<Sentence>\n</Validation>", "bad.xml").unwrap_err();
    assert_eq!(err.line(), Some(3));
}
