//! Loads every file of `shared/petrarch` and checks counts verified by hand
//! (grep/awk/Python over the raw files, independently of this crate).
//! Skipped, with a message, when that directory is absent.

use std::path::PathBuf;

use chrono::NaiveDate;
use sitrep_petrarch::*;

fn data_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/petrarch");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "SKIPPED: {} not found; PETRARCH reference-data tests not run",
            dir.display()
        );
        None
    }
}

macro_rules! data {
    () => {
        match data_dir() {
            Some(d) => d,
            None => return,
        }
    };
}

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

fn count_patterns(v: &VerbDictionary, f: impl Fn(&VerbPattern) -> bool) -> usize {
    v.verbs
        .iter()
        .flat_map(|b| &b.patterns)
        .filter(|p| f(p))
        .count()
}

fn kind(p: &VerbPattern) -> Option<CodeKind<'_>> {
    p.code.as_deref().map(classify_code)
}

fn has(p: &VerbPattern, e: &PatternElem) -> bool {
    fn walk(v: &[PatternElem], e: &PatternElem) -> bool {
        v.iter().any(|x| {
            x == e
                || match (x, e) {
                    (PatternElem::NounPhrase(_), PatternElem::NounPhrase(_)) => true,
                    (PatternElem::PrepPhrase(_), PatternElem::PrepPhrase(_)) => true,
                    (PatternElem::NounPhrase(i) | PatternElem::PrepPhrase(i), _) => walk(i, e),
                    _ => false,
                }
        })
    }
    walk(&p.pre, e) || walk(&p.post, e)
}

#[test]
fn validation_verbs_petrarch1() {
    let dir = data!();
    let v = read_verbs(dir.join("PETR.Validate.verbs.txt")).expect("strict read");
    assert_eq!(v.format, VerbFormat::Petrarch1);
    assert_eq!(v.synsets.len(), 17);
    assert_eq!(
        v.synsets.values().map(|s| s.members.len()).sum::<usize>(),
        56
    );
    assert_eq!(v.verbs.len(), 261);
    assert_eq!(v.verbs.iter().map(|b| b.verbs.len()).sum::<usize>(), 269);
    assert_eq!(v.verbs.iter().map(|b| b.patterns.len()).sum::<usize>(), 474);
    assert!(v.transformations.is_empty());
    assert_eq!(count_patterns(&v, |p| has(p, &PatternElem::Source)), 23);
    assert_eq!(count_patterns(&v, |p| has(p, &PatternElem::Target)), 28);
    assert_eq!(count_patterns(&v, |p| has(p, &PatternElem::Skip)), 10);
    assert_eq!(count_patterns(&v, |p| has(p, &PatternElem::Compound)), 15);
    assert_eq!(count_patterns(&v, |p| !p.synsets().is_empty()), 41);
    assert_eq!(count_patterns(&v, |p| kind(p) == Some(CodeKind::Null)), 5);
    assert_eq!(
        count_patterns(&v, |p| matches!(kind(p), Some(CodeKind::Paired { .. }))),
        9
    );

    let abandon = &v.verbs[0];
    assert_eq!(
        (
            abandon.name.as_str(),
            abandon.code.as_deref(),
            abandon.head.as_str()
        ),
        ("ABANDON", Some("345"), "ABANDON")
    );
    assert_eq!((abandon.verbs.len(), abandon.patterns.len()), (4, 5));
    assert_eq!(
        abandon.verbs[2].phrase.before(),
        &["KLM".to_string(), "NOP".to_string()][..]
    );
    assert_eq!(abandon.code_for(&abandon.verbs[2]), Some("002"));
    assert_eq!(v.verbs.iter().filter(|b| b.head == "SHOT").count(), 2);
    let accord = &v.synsets["ACCORDSYN"];
    assert_eq!(
        accord
            .members
            .iter()
            .filter_map(|m| m.synset_ref())
            .collect::<Vec<_>>(),
        vec!["TIETYPES", "CURRENCY"]
    );
    let restore = v.verbs.iter().find(|b| b.head == "RESTORE").unwrap();
    let dipl = restore.patterns.iter().find(|p| p.line == 992).unwrap();
    assert_eq!(dipl.code.as_deref(), Some("###"));
    let warn = v.verbs.iter().find(|b| b.head == "WARN").unwrap();
    assert_eq!(
        warn.patterns[0].pre,
        vec![
            PatternElem::Word("NOW".into()),
            PatternElem::Target,
            PatternElem::Word("HAVE".into()),
            PatternElem::Word("BEEN".into())
        ]
    );
    assert_eq!(
        warn.patterns[0].post,
        vec![PatternElem::Source, PatternElem::Word("RECENT".into())]
    );
    let wire = &v
        .verbs
        .iter()
        .find(|b| b.head == "CONFISCATE")
        .unwrap()
        .verbs[1];
    assert_eq!(
        (wire.phrase.before(), wire.phrase.verb()),
        (&["WIRE".to_string()][..], "TAP")
    );
}

#[test]
fn cameo_verbs_petrarch2() {
    let dir = data!();
    let err = read_verbs(dir.join("CAMEO.2.0.txt")).unwrap_err();
    assert_eq!(err.line(), Some(2374), "{err}");
    let (v, w) = read_verbs_lenient(dir.join("CAMEO.2.0.txt")).unwrap();
    let lines: Vec<usize> = w.iter().map(|w| w.line).collect();
    assert_eq!(lines, vec![2374, 2406, 3887, 7606, 8443, 8444], "{w:#?}");
    assert_eq!(v.format, VerbFormat::Petrarch2);
    assert_eq!(v.synsets.len(), 40);
    assert_eq!(
        v.synsets.values().map(|s| s.members.len()).sum::<usize>(),
        558
    );
    assert_eq!(v.verbs.len(), 397);
    assert_eq!(v.verbs.iter().map(|b| b.verbs.len()).sum::<usize>(), 1817);
    assert_eq!(
        v.verbs.iter().map(|b| b.patterns.len()).sum::<usize>(),
        4666
    ); // 4668 lines, 2 malformed
    assert_eq!(v.transformations.len(), 8);
    assert_eq!(
        count_patterns(&v, |p| has(p, &PatternElem::PrepPhrase(vec![]))),
        1096
    );
    assert_eq!(
        count_patterns(&v, |p| has(p, &PatternElem::NounPhrase(vec![]))),
        659
    );
    assert_eq!(count_patterns(&v, |p| kind(p) == Some(CodeKind::Null)), 168);
    assert_eq!(
        count_patterns(&v, |p| matches!(kind(p), Some(CodeKind::Paired { .. }))),
        436
    );
    let ask = v.verbs.iter().find(|b| b.name == "ASK").unwrap();
    assert_eq!(ask.verbs[0].phrase.after(), &["FOR".to_string()][..]);
    assert_eq!(ask.code_for(&ask.verbs[0]), Some("020"));
    assert_eq!(ask.code_for(&ask.verbs[2]), Some("---"));
}

#[test]
fn actors() {
    let dir = data!();
    // (file, entries after merging codeless ones, names, codes, warnings)
    let expect = [
        ("PETR.Validate.actors.txt", 128, 161, 138, 0),
        ("Phoenix.Countries.actors.txt", 18353, 25917, 28388, 46),
        ("Phoenix.International.actors.txt", 7838, 7907, 7895, 8),
        ("Phoenix.MilNonState.actors.txt", 1021, 1793, 1021, 0),
    ];
    for (f, n, names, codes, warns) in expect {
        let (a, w) = read_actors_lenient(dir.join(f)).unwrap();
        assert_eq!(a.len(), n, "{f}");
        assert_eq!(a.iter().map(|e| e.names.len()).sum::<usize>(), names, "{f}");
        assert_eq!(a.iter().map(|e| e.codes.len()).sum::<usize>(), codes, "{f}");
        assert_eq!(w.len(), warns, "{f}: {w:#?}");
        assert_eq!(read_actors(dir.join(f)).is_ok(), warns == 0, "{f}");
    }
    let a = read_actors(dir.join("PETR.Validate.actors.txt")).unwrap();
    let by = |name: &str| a.iter().find(|e| e.names[0].text() == name).unwrap();
    let gollum = by("GOLLUM");
    assert_eq!(gollum.names.len(), 4);
    assert_eq!(gollum.code_on(d(1995, 1, 1)), Some("HOB"));
    assert_eq!(gollum.code_on(d(1996, 1, 1)), Some("HOBGOV"));
    assert_eq!(gollum.code_on(d(2001, 1, 1)), Some("HOBREB"));
    let sam = by("SAM GAMGEE");
    assert_eq!(sam.code_on(d(2010, 1, 10)), Some("ORCHOB"));
    assert_eq!(sam.code_on(d(2014, 1, 1)), Some("HOBELI"));
    assert_eq!(sam.code_on(None), Some("HOB"));
    assert_eq!(by("ONODOHER").code_on(d(1995, 1, 1)), None);
    assert_eq!(by("THE SHIRE").code_on(None), Some("FRO/BIL/SAM"));

    let (c, _) = read_actors_lenient(dir.join("Phoenix.Countries.actors.txt")).unwrap();
    let karzai = c
        .iter()
        .find(|e| e.names[0].text() == "HAMID KARZAI")
        .unwrap();
    assert_eq!(karzai.names.len(), 3);
    assert_eq!(karzai.code_on(d(1990, 1, 1)), Some("AFGELI"));
    assert_eq!(karzai.code_on(d(2005, 1, 1)), Some("AFGGOV"));
    assert_eq!(karzai.code_on(None), Some("AFGELI"));
    let zahir = c
        .iter()
        .find(|e| e.names[0].text() == "MOHAMMAD ZAHIR SHAH")
        .unwrap();
    assert_eq!(zahir.code_on(d(1950, 1, 1)), Some("AFGGOV"));
    assert_eq!(zahir.code_on(None), Some("AFGELI"));
    let brezhnev = c
        .iter()
        .find(|e| e.names[0].text() == "LEONID BREZHNEV")
        .unwrap();
    assert_eq!(brezhnev.names.len(), 5); // four codeless primaries merged, as PETRARCH-1 reads them
    assert_eq!(brezhnev.code_on(d(1970, 1, 1)), Some("RUSGOV"));
}

#[test]
fn agents() {
    let dir = data!();
    let v = read_agents(dir.join("PETR.Validate.agents.txt")).unwrap();
    assert_eq!(v.agents.len(), 95); // 86 plain + 5 CONGRESS!PERSON! + 4 !MINST!_OF_SILLY_WALKS
    assert_eq!(v.substitutions.len(), 2);
    assert_eq!(
        v.agents
            .iter()
            .filter(|a| a.code.position == AgentPosition::Prefix)
            .count(),
        3
    );
    assert_eq!(
        v.agents
            .iter()
            .filter(|a| a.plural == AgentPlural::None)
            .count(),
        16 + 9
    );
    let golden = v
        .agents
        .iter()
        .find(|a| a.name.text() == "GOLDEN GOOSE")
        .unwrap();
    assert_eq!(golden.plural_phrase().unwrap().text(), "GOLDEN GEESE");

    let (p, w) = read_agents_lenient(dir.join("Phoenix.agents.txt")).unwrap();
    assert_eq!(p.agents.len(), 3302); // 1898 plain + 20 x 5 !PERSON! + 326 x 4 !MINIST!
    let lines: Vec<usize> = w.iter().map(|w| w.line).collect();
    assert_eq!(lines, vec![544, 904, 925, 930, 1041, 1065, 1069, 1927]);
    assert!(read_agents(dir.join("Phoenix.agents.txt")).is_err());
}

#[test]
fn discards() {
    let dir = data!();
    let v = read_discards(dir.join("PETR.Validate.discards.txt")).unwrap();
    assert_eq!(
        (
            v.len(),
            v.iter().filter(|d| d.scope == DiscardScope::Story).count()
        ),
        (9, 4)
    );
    let p = read_discards(dir.join("Phoenix.discards.txt")).unwrap();
    assert_eq!(
        (
            p.len(),
            p.iter().filter(|d| d.scope == DiscardScope::Story).count()
        ),
        (506, 64)
    );
    assert_eq!(p.iter().filter(|d| d.whole_word).count(), 8);
}

#[test]
fn validation_records() {
    let dir = data!();
    let v = read_validation(dir.join("PETR.UnitTest.records.xml")).expect("strict read");
    let env = &v.environment;
    assert_eq!(env.verb_file.as_deref(), Some("PETR.Validate.verbs.txt"));
    assert_eq!(env.actor_files, vec!["PETR.Validate.actors.txt"]);
    assert_eq!(env.agent_file.as_deref(), Some("PETR.Validate.agents.txt"));
    assert_eq!(
        env.discard_file.as_deref(),
        Some("PETR.Validate.discards.txt")
    );
    assert_eq!(env.error_file.as_deref(), Some("Errors.unit-test.txt"));
    assert_eq!(env.include.len(), 12);
    assert_eq!(env.pause.as_deref(), Some("Stop"));
    assert_eq!(env.config.len(), 1);

    assert_eq!(v.sentences.len(), 284);
    assert_eq!(
        v.sentences
            .iter()
            .map(|s| s.expected_events().count())
            .sum::<usize>(),
        359
    );
    assert_eq!(
        v.sentences.iter().filter(|s| s.expects_no_events()).count(),
        19
    );
    assert_eq!(
        v.sentences
            .iter()
            .filter(|s| s.expected_error().is_some())
            .count(),
        7
    );
    assert_eq!(
        v.sentences.iter().map(|s| s.config.len()).sum::<usize>(),
        28
    ); // 29 <Config> elements, 1 of them in <Environment>
    assert!(v
        .sentences
        .iter()
        .all(|s| s.parse.is_some() && !s.text.is_empty()));
    assert_eq!(
        v.sentences
            .iter()
            .filter(|s| s.sentence == Some(true))
            .count(),
        279
    );
    assert_eq!(
        v.sentences
            .iter()
            .filter(|s| s.sentence == Some(false))
            .count(),
        5
    );
    let texts = v
        .sentences
        .iter()
        .flat_map(|s| s.expected_events())
        .filter(|e| matches!(e.0, ExpectedActor::Text(_)) || matches!(e.1, ExpectedActor::Text(_)))
        .count();
    assert_eq!(texts, 5);

    let s0 = &v.sentences[0];
    assert_eq!(
        (s0.id.as_str(), s0.date, s0.category.as_deref()),
        ("DEMO-00", d(1995, 1, 1).unwrap(), Some("DEMO"))
    );
    assert_eq!(
        s0.expected_events().collect::<Vec<_>>(),
        vec![(
            &ExpectedActor::Code("ARN".into()),
            &ExpectedActor::Code("GON".into()),
            "064"
        )]
    );
    assert!(s0.text.starts_with(
        "Arnor is about to restore full diplomatic ties with Gondor almost five years"
    ));
    let e1 = v.sentences.iter().find(|s| s.id == "ERROR-01").unwrap();
    assert_eq!(e1.expected_error(), Some("dateline"));
    let idx = v.sentences.iter().position(|s| s.id == "DEMO-22").unwrap();
    assert_eq!(
        v.options_at(idx)
            .get("new_actor_length")
            .map(String::as_str),
        Some("4")
    );
    assert_eq!(
        v.options_at(idx).get("stop_on_error").map(String::as_str),
        Some("True")
    );
}
