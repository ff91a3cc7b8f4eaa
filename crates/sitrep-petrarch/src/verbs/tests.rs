use super::*;
use crate::phrase::Join;
use crate::verb_pattern::PatternElem;

const V1: &str = "\
<!-- PETRARCH VALIDATION SUITE VERBS DICTIONARY -->
&CURRENCY
+DOLLARS
+GOLDEN_GOBLIN_GALLEONS
+YUM YENNYEN
+KRONER_

&PREPOSIT1_
+AGAINST
+IN

&ACCORDSYN  # nested
+&TIETYPES
+CLOSER

&TIETYPES
+MILITARY

--- BREAK [1717] ---
BREAK { BROKE BROKEN  }
+BREAK_DOWN {+BREAKS_DOWN +BREAKING_DOWN +BROKE_DOWN +BROKEN_DOWN }
- + KNOWN_ * IN_ $  [076]  #  pattern CONNECT-15D
- * &PREPOSIT1 &CURRENCY [903]

--- DELAY [120]  [031:031]  ---
DELAY
DOWNPLAY [014]
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
- % HAVE  *  [191]

--- LASH OUT  [122] ---
LASH OUT
";

#[test]
fn reads_v1_structure() {
    let (d, w) = parse_verbs_lenient(V1, "v1.txt");
    assert_eq!(d.format, VerbFormat::Petrarch1);
    // &TIETYPES is used (in &ACCORDSYN) before it is defined
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].message.contains("before its definition"));
    assert_eq!(w[0].line, 13);
    assert!(parse_verbs(V1, "v1.txt").is_err());

    assert_eq!(d.synsets.len(), 4);
    let cur = &d.synsets["CURRENCY"];
    assert!(!cur.no_plural);
    assert_eq!(cur.members.len(), 4);
    assert_eq!(
        cur.members[1].phrase.words,
        vec!["GOLDEN", "GOBLIN", "GALLEONS"]
    );
    assert!(cur.members[3].no_plural);
    let texts: Vec<String> = cur.phrases().iter().map(|p| p.text()).collect();
    assert_eq!(
        texts,
        vec![
            "DOLLARS",
            "DOLLARES",
            "GOLDEN GOBLIN GALLEONS",
            "GOLDEN GOBLIN GALLEONES",
            "YUM YENNYEN",
            "YUM YENNYENS",
            "KRONER"
        ]
    );
    assert!(d.synsets["PREPOSIT1"].no_plural);
    assert_eq!(d.synsets["PREPOSIT1"].phrases().len(), 2);
    assert_eq!(
        d.synsets["ACCORDSYN"].members[0].synset_ref(),
        Some("TIETYPES")
    );

    assert_eq!(d.verbs.len(), 3);
    let b = &d.verbs[0];
    assert_eq!(
        (b.name.as_str(), b.code.as_deref(), b.head.as_str()),
        ("BREAK", Some("1717"), "BREAK")
    );
    let forms: Vec<&str> = b.verbs[0]
        .forms
        .as_ref()
        .unwrap()
        .iter()
        .map(|f| f.verb())
        .collect();
    assert_eq!(forms, vec!["BROKE", "BROKEN"]);
    let bd = &b.verbs[1];
    assert_eq!(
        (bd.phrase.verb(), bd.phrase.after()),
        ("BREAK", &["DOWN".to_string()][..])
    );
    assert_eq!(bd.forms.as_ref().unwrap().len(), 4);
    assert_eq!(b.patterns.len(), 2);
    assert_eq!(
        b.patterns[0].pre,
        vec![PatternElem::Target, PatternElem::Word("KNOWN".into())]
    );
    assert_eq!(
        b.patterns[1].post,
        vec![
            PatternElem::Synset("PREPOSIT1".into()),
            PatternElem::Synset("CURRENCY".into())
        ]
    );

    let delay = &d.verbs[1];
    assert_eq!(delay.code.as_deref(), Some("120"));
    assert_eq!(delay.code_for(&delay.verbs[0]), Some("120"));
    assert_eq!(delay.code_for(&delay.verbs[1]), Some("014"));
    let tap = &delay.verbs[2];
    assert_eq!(
        (tap.phrase.before(), tap.phrase.verb()),
        (&["WIRE".to_string()][..], "TAP")
    );
    assert_eq!(tap.phrase.phrase.joins, vec![Join::Adjacent]);
    let surf: Vec<String> = delay.verbs[0]
        .surface_forms(FormRule::Petrarch1)
        .iter()
        .map(|p| p.verb().to_string())
        .collect();
    assert_eq!(surf, vec!["DELAY", "DELAYS", "DELAYED", "DELAYING"]);
    assert_eq!(
        delay.patterns[0].pre,
        vec![PatternElem::Compound, PatternElem::Word("HAVE".into())]
    );

    let lash = &d.verbs[2];
    assert_eq!(
        (lash.name.as_str(), lash.head.as_str()),
        ("LASH OUT", "LASH")
    );
    assert_eq!(lash.verbs[0].phrase.after(), &["OUT".to_string()][..]);
    assert_eq!(lash.verbs[0].phrase.phrase.joins, vec![Join::Gap]);
}

const V2: &str = "\
####### SYNONYM SETS #######
&AUXVERB1_
+WAS

&FIGHT_OF_WORDS
+ARGUMENT

####### VERB PATTERNS #######
---  ASK   [---]  ---
+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
ASK     [020]
QUERY {QUERYING QUERIES QUERIED }
- * (FOR {FINANCIAL AID})                         [0231]        # ASK
- * &FIGHT_OF_WORDS                               [0231]        # ASK
- * &WEATHER  [0]

---  ANGER   [---]  ---
+ANGERED_BY {}
SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93

~ a (a b ATTACK) SAY = a b 015
";

#[test]
fn reads_v2_structure() {
    let (d, w) = parse_verbs_lenient(V2, "cameo.txt");
    assert_eq!(d.format, VerbFormat::Petrarch2);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].message.contains("undefined synset &WEATHER"));
    assert_eq!(d.synsets.len(), 2);
    assert!(d.synsets["AUXVERB1"].no_plural);
    let ask = &d.verbs[0];
    assert_eq!(
        (ask.code.as_deref(), ask.head.as_str()),
        (Some("---"), "ASK")
    );
    assert_eq!(ask.verbs.len(), 3);
    assert_eq!(ask.code_for(&ask.verbs[0]), Some("020"));
    assert_eq!(ask.verbs[0].phrase.after(), &["FOR".to_string()][..]);
    assert_eq!(ask.patterns.len(), 3);
    assert_eq!(
        ask.patterns[1].post,
        vec![PatternElem::Synset("FIGHT_OF_WORDS".into())]
    );
    let anger = &d.verbs[1];
    assert_eq!(anger.verbs[0].forms, Some(vec![]));
    assert_eq!(anger.verbs[1].forms.as_ref().unwrap().len(), 3);
    assert_eq!(d.transformations.len(), 1);
    assert_eq!(
        d.transformations[0].lhs,
        vec!["a", "(", "a", "b", "ATTACK", ")", "SAY"]
    );
    assert_eq!(d.transformations[0].rhs, vec!["a", "b", "015"]);
}

#[test]
fn strict_reports_location() {
    let err = parse_verbs("--- X [1] ---\nX\n- * &NOPE [2]\n", "f.txt").unwrap_err();
    match err {
        PetrarchError::Invalid {
            file,
            line,
            entry,
            message,
        } => {
            assert_eq!(
                (file.as_str(), line, entry.as_str()),
                ("f.txt", 3, "- * &NOPE [2]")
            );
            assert!(message.contains("undefined synset"));
        }
        other => panic!("{other:?}"),
    }
    let ok = parse_verbs("--- X [1] ---\nX\n- * Y [2]\n", "f.txt").unwrap();
    assert_eq!(ok.verbs[0].patterns.len(), 1);
}

#[test]
fn odd_lines_warn() {
    let (d, w) = parse_verbs_lenient(
        "- * A [1]\nLONE\n--- EMPTY [2] ---\n--- B ---\n+X_+Y_+Z\nB {C\n",
        "f",
    );
    let msgs: Vec<&str> = w.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(msgs.len(), 5, "{msgs:?}");
    assert!(msgs[0].contains("pattern outside"));
    assert!(msgs[1].contains("verb outside"));
    assert!(msgs[2].contains("no verbs"));
    assert!(msgs[3].contains("more than one `+`"));
    assert!(msgs[4].contains("missing `}`"));
    assert_eq!(d.verbs.len(), 2);
    assert_eq!(d.verbs[1].code, None);
}
