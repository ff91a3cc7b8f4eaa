use super::*;
use crate::phrase::Join;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const SRC: &str = "\
<!-- header -->
HAMAS [PSEREBHMS]
HAMAS WING [PSEHMSBRD]
ARNOR_  [ARN]
GOLLUM  # pas 27 Apr 03
+SMEAGOL
+SLINKER
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
#\t[950601-990815]  incorrect code block check 09.11.18
\t[HOBREB > 990816]

PRINCE OF DOL AMROTH
\t[--- <950630]
\t[DOL]
SAM_GAMGEE [HOB]  # default
\t[HOBCIV <20080120]
\t[ORCHOB 20100109-20100112] # overrides the next one
\t[HOBMIL 20080120-20121109]
\t[HOBELI >20130119]
JOSEPH_LUNS_\t[IGOEUREEC 600701-601231][IGOWSTNAT 711001-840625] # in-line
INTERNATIONAL_CRIMINAL_POLICE_ORGANIZATION_\t
+INTERPOL
\t[IGOCOPITP]\t# Interpol
";

#[test]
fn reads_entries() {
    let actors = parse_actors(SRC, "a.txt").unwrap();
    assert_eq!(actors.len(), 8);
    assert_eq!(actors[1].names[0].words, vec!["HAMAS", "WING"]);
    assert_eq!(actors[1].names[0].joins, vec![Join::Gap]);
    assert_eq!(actors[2].names[0].words, vec!["ARNOR"]);
    let g = &actors[3];
    assert_eq!(g.line, 5);
    assert_eq!(g.names.len(), 3);
    assert_eq!(g.codes.len(), 3);
    assert_eq!(
        g.codes[0],
        DatedCode {
            code: "HOB".into(),
            from: None,
            to: Some(d(1995, 6, 1)),
            line: 8
        }
    );
    assert_eq!(
        (g.codes[1].from, g.codes[1].to),
        (Some(d(1995, 6, 1)), Some(d(1999, 8, 15)))
    );
    assert_eq!(
        (g.codes[2].from, g.codes[2].to),
        (Some(d(1999, 8, 16)), None)
    );
    let luns = &actors[6];
    assert_eq!(luns.codes.len(), 2);
    assert_eq!(luns.codes[1].from, Some(d(1971, 10, 1)));
    assert_eq!(actors[7].names.len(), 2);
    assert_eq!(actors[7].codes[0].code, "IGOCOPITP");
}

#[test]
fn code_on_follows_petrarch() {
    let actors = parse_actors(SRC, "a.txt").unwrap();
    let g = &actors[3];
    assert_eq!(g.code_on(Some(d(1995, 6, 1))), Some("HOB")); // inclusive, first wins
    assert_eq!(g.code_on(Some(d(1997, 1, 1))), Some("HOBGOV"));
    assert_eq!(g.code_on(Some(d(1999, 8, 16))), Some("HOBREB"));
    assert_eq!(g.code_on(None), Some("HOBREB")); // no default: the latest
    let prince = &actors[4];
    assert_eq!(prince.code_on(Some(d(1990, 1, 1))), Some("---"));
    assert_eq!(prince.code_on(Some(d(2000, 1, 1))), Some("DOL"));
    assert_eq!(prince.code_on(None), Some("DOL"));
    let sam = &actors[5];
    assert_eq!(sam.code_on(Some(d(2010, 1, 10))), Some("ORCHOB"));
    assert_eq!(sam.code_on(Some(d(2010, 1, 13))), Some("HOBMIL"));
    assert_eq!(sam.code_on(Some(d(2012, 12, 1))), Some("HOB"));
    assert_eq!(sam.code_on(None), Some("HOB"));
    let luns = &actors[6];
    assert_eq!(luns.code_on(Some(d(1990, 1, 1))), None);
    assert_eq!(luns.code_on(None), Some("IGOWSTNAT"));
    assert_eq!(actors[0].code_on(Some(d(2000, 1, 1))), Some("PSEREBHMS"));
}

#[test]
fn malformed_lines_warn() {
    let src = "\
[ORPHAN]
+ORPHAN_SYN
A [X 20121204]
B\n\t[Y 9008223-911221]
C\n\t[Z 20100931-20101010]
D\n\t[W 20100101-20000101]
E [V] junk [U
F
+FAEROYENE]_
---STOP---
G [NEVER]
";
    let (actors, w) = parse_actors_lenient(src, "bad.txt");
    let msgs: Vec<(usize, &str)> = w.iter().map(|w| (w.line, w.message.as_str())).collect();
    assert_eq!(actors.len(), 4, "{actors:?}");
    assert_eq!(msgs.len(), 12, "{msgs:#?}");
    let lines: Vec<usize> = msgs.iter().map(|m| m.0).collect();
    assert_eq!(lines, vec![1, 2, 3, 5, 6, 7, 8, 9, 10, 10, 11, 12]);
    assert!(msgs[0].1.contains("before any actor"));
    assert!(msgs[1].1.contains("synonym before any actor"));
    assert!(msgs[2].1.contains("without `<`"));
    assert_eq!(actors[0].codes[0].from, None);
    assert!(msgs[3].1.contains("irregular date `9008223`"));
    assert_eq!(actors[1].codes[0].from, Some(d(1990, 8, 22)));
    assert!(msgs[4]
        .1
        .contains("no code; merged into the entry at line 10")); // C lost its only code
    assert!(msgs[5].1.contains("invalid date `20100931`"));
    assert!(msgs[7].1.contains("ends before it starts"));
    assert!(msgs[8].1.contains("missing ']'"));
    assert!(msgs[9].1.contains("text outside"));
    let e = &actors[2];
    assert_eq!(
        e.codes.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(),
        vec!["V", "U"]
    );
    let names: Vec<String> = e.names.iter().map(|n| n.text()).collect();
    assert_eq!(
        (names, e.line),
        (vec!["C".to_string(), "D".to_string(), "E".to_string()], 6)
    );
    assert!(msgs[10].1.contains("no code"));
    assert!(actors[3].codes.is_empty());
    assert!(msgs[11].1.contains("stray bracket"));
    assert_eq!(actors[3].names[1].words, vec!["FAEROYENE"]);
    let err = parse_actors(src, "bad.txt").unwrap_err();
    assert_eq!(err.line(), Some(1));
}
