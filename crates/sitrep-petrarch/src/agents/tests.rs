use super::*;
use crate::phrase::Join;

const SRC: &str = "\
<!-- PETRARCH VALIDATION SUITE AGENTS DICTIONARY -->
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINST! = MINISTER, MINISTERS

PARLIAMENTARY_OPPOSITION {} [~OPP] #jap 11 Oct 2002
AMBASSADOR [~GOV] # LRP 02 Jun 2004
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] # mj 05 Jan 2006
SECURITY SERVICE [~GOV]
CONGRESS [~LEG]
CONGRESS!PERSON! [~LEG] # pas 14.04.22: check for substitution marker
!MINST!_OF_SILLY_WALKS [~GOV]
AUTHORITY  [~GOV]
HUMAN_RIGHTS_ORGANIZATION  [  NGO~] # sls 07 Dec 2007
POLICE {} [ ~COP] # JON 2/8/95
HUSBAND!PERSON![~AGR]
FIRE!PERSON! {} [~GOV]
";

fn texts(e: &AgentEntry) -> Vec<String> {
    e.phrases().iter().map(|p| p.text()).collect()
}

#[test]
fn reads_agents() {
    let d = parse_agents(SRC, "ag.txt").unwrap();
    assert_eq!(
        d.substitutions["PERSON"],
        vec!["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"]
    );
    assert_eq!(d.agents.len(), 8 + 5 + 2 + 5 + 5);
    let a = &d.agents;
    assert_eq!(texts(&a[0]), vec!["PARLIAMENTARY OPPOSITION"]);
    assert_eq!(
        a[0].code,
        AgentCode {
            code: "OPP".into(),
            position: AgentPosition::Suffix
        }
    );
    assert_eq!(texts(&a[1]), vec!["AMBASSADOR", "AMBASSADORS"]);
    assert_eq!(texts(&a[2]), vec!["ATTORNEY GENERAL", "ATTORNEYS GENERAL"]);
    assert_eq!(a[3].name.joins, vec![Join::Gap]);
    assert_eq!(texts(&a[3]), vec!["SECURITY SERVICE", "SECURITY SERVICES"]);
    assert_eq!(texts(&a[4]), vec!["CONGRESS", "CONGRESSES"]);
    let congress: Vec<String> = a[5..10].iter().map(|e| e.name.text()).collect();
    assert_eq!(
        congress,
        vec![
            "CONGRESSMAN",
            "CONGRESSMEN",
            "CONGRESSWOMAN",
            "CONGRESSWOMEN",
            "CONGRESSPERSON"
        ]
    );
    assert!(a[5..10].iter().all(|e| e.plural == AgentPlural::None
        && e.marker.as_deref() == Some("PERSON")
        && e.line == 10));
    assert_eq!(texts(&a[10]), vec!["MINISTER OF SILLY WALKS"]);
    assert_eq!(a[11].name.text(), "MINISTERS OF SILLY WALKS");
    assert_eq!(texts(&a[12]), vec!["AUTHORITY", "AUTHORITIES"]);
    assert_eq!(
        a[13].code,
        AgentCode {
            code: "NGO".into(),
            position: AgentPosition::Prefix
        }
    );
    assert_eq!(texts(&a[14]), vec!["POLICE"]);
    assert_eq!(a[14].code.code, "COP");
    assert_eq!(a[15].name.text(), "HUSBANDMAN");
    assert_eq!(a[15].code.code, "AGR");
    assert_eq!(texts(&a[20]), vec!["FIREMAN"]);
}

#[test]
fn malformed_agents_warn() {
    let src = "\
NO_CODE
DEPARMENT_OF_ENVIRONMENT [~ENV}
BARE [GOV]
!UNKNOWN!_X [~A]
BROKEN {PLURAL [~B]
!BAD = X
OK [~C] extra
";
    let (d, w) = parse_agents_lenient(src, "ag.txt");
    let lines: Vec<usize> = w.iter().map(|w| w.line).collect();
    assert_eq!(lines, vec![1, 2, 3, 4, 5, 6, 7], "{w:#?}");
    assert_eq!(d.agents.len(), 2);
    assert_eq!(d.agents[0].code.code, "ENV");
    assert_eq!(d.agents[1].name.text(), "OK");
    assert!(parse_agents(src, "ag.txt").is_err());
}
