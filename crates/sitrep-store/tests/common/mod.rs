//! Fixtures shared by the integration tests: small hand-written reports and
//! events whose spans point into them.
#![allow(dead_code)]

pub mod synth;

use chrono::NaiveDate;
use sitrep_model::{
    Actor, ActorCode, Attribution, AttributionKind, CameoCode, Certainty, DatePrecision, Document,
    Event, EventDate, Location, Plover, QuadClass,
};

pub const SAHEL: &str = "Russia has reportedly sent special forces to Burkina Faso to protect Captain Ibrahim \
Traore after failed coup attempts, according to intelligence reports and multiple sources. The lockdown doctrine \
restructured the presidential guard, expanded counter-intelligence and mobilised the VDP militias. Russian forces \
reportedly took control of the airspace. France, expelled by the junta, is concerned. Cote d'Ivoire is accused of \
harbouring coup plotters.";

pub const MALI: &str = "Malian troops clashed with rebels near Kidal on Saturday, the army said in a statement. \
Several fighters were killed and the town's airport was closed while the fighting lasted, officials added. \
Protesters later gathered in Bamako to demand that the government negotiate with the rebel coalition.";

pub const BANK: &str = "The central bank raised interest rates by half a point on Tuesday, citing persistent \
inflation in food and fuel prices, and signalled further increases before the end of the year as the currency \
weakened against the dollar.";

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn doc(id: &str, text: &str, outlet: &str, day: NaiveDate) -> Document {
    Document {
        id: id.to_owned(),
        text: text.to_owned(),
        date: Some(day),
        date_source: Some("json-ld".to_owned()),
        date_confidence: Some(0.95),
        url: Some(format!(
            "https://{}/{id}",
            outlet.to_lowercase().replace(' ', "-")
        )),
        outlet: Some(outlet.to_owned()),
        title: Some(format!("Headline of {id}")),
        language: Some("en".to_owned()),
    }
}

pub fn actor(text: &str, code: &str) -> Actor {
    Actor {
        text: text.to_owned(),
        code: Some(ActorCode::parse(code).unwrap()),
        id: Some(format!("lex:{code}")),
    }
}

/// An event of `doc` whose evidence is the first occurrence of `evidence`.
pub fn event(
    doc: &Document,
    evidence: &str,
    source: Option<Actor>,
    target: Option<Actor>,
    cameo: &str,
) -> Event {
    let start = doc
        .text
        .find(evidence)
        .unwrap_or_else(|| panic!("{evidence:?} not in {}", doc.id));
    let sentence = doc.text[..start].matches(". ").count();
    let root: u8 = cameo[..2].parse().unwrap();
    Event {
        doc_id: doc.id.clone(),
        sentence,
        span: [start, start + evidence.len()],
        trigger: [start, start + evidence.len()],
        source,
        target,
        cameo: CameoCode::parse(cameo).unwrap(),
        plover: plover_of(root),
        quad_class: Some(
            QuadClass::try_from(match root {
                1..=5 => 1,
                6..=9 => 2,
                10..=14 => 3,
                _ => 4,
            })
            .unwrap(),
        ),
        goldstein: Some(if root >= 10 { -5.0 } else { 3.5 }),
        certainty: Certainty::Asserted,
        attribution: Attribution::none(),
        quote: None,
        date: None,
        location: None,
        rule: format!("test.{cameo}"),
    }
}

fn plover_of(root: u8) -> Option<Plover> {
    let t = match root {
        1 | 2 => return None,
        3 => "AGREE",
        4 => "CONSULT",
        7 => "AID",
        11 => "ACCUSE",
        14 => "PROTEST",
        16 => "SANCTION",
        17 => "COERCE",
        18..=20 => "ASSAULT",
        _ => "COOPERATE",
    };
    Some(Plover {
        event_type: t.to_owned(),
        mode: (t == "AID").then(|| "military".to_owned()),
    })
}

/// The seed report's events, with hedges, attribution, a date and a place.
pub fn sahel(id: &str, outlet: &str, day: NaiveDate) -> (Document, Vec<Event>) {
    let d = doc(id, SAHEL, outlet, day);
    let mut aid = event(
        &d,
        "Russia has reportedly sent special forces to Burkina Faso",
        Some(actor("Russia", "RUS")),
        Some(actor("Burkina Faso", "BFA")),
        "074",
    );
    aid.certainty = Certainty::Reported;
    aid.attribution = Attribution {
        text: Some("intelligence reports and multiple sources".to_owned()),
        kind: AttributionKind::Anonymous,
    };
    aid.date = Some(EventDate {
        value: date(2025, 4, 1),
        precision: DatePrecision::Month,
    });
    aid.location = Some(Location {
        name: "Ouagadougou".to_owned(),
        country: Some("BFA".to_owned()),
        admin1: Some("Centre".to_owned()),
        lat: Some(12.3714),
        lon: Some(-1.5197),
        geonames_id: Some(2357048),
        precision: "city".to_owned(),
        feature: Some("capital".to_owned()),
        span: Some([0, 11]),
    });
    let mut seize = event(
        &d,
        "Russian forces reportedly took control of the airspace",
        Some(actor("Russian forces", "RUSMIL")),
        Some(actor("Burkina Faso", "BFA")),
        "192",
    );
    seize.certainty = Certainty::Reported;
    let mut accuse = event(
        &d,
        "Cote d'Ivoire is accused of harbouring coup plotters",
        None,
        Some(actor("Cote d'Ivoire", "CIV")),
        "112",
    );
    accuse.certainty = Certainty::Alleged;
    accuse.quote = Some("harbouring coup plotters".to_owned());
    let expel = event(
        &d,
        "France, expelled by the junta",
        Some(actor("the junta", "BFAGOV")),
        Some(actor("France", "FRA")),
        "1663",
    );
    (d, vec![aid, seize, accuse, expel])
}

/// A Malian battle, a protest and a statement.
pub fn mali(id: &str, outlet: &str, day: NaiveDate) -> (Document, Vec<Event>) {
    let d = doc(id, MALI, outlet, day);
    let mut clash = event(
        &d,
        "Malian troops clashed with rebels near Kidal",
        Some(actor("Malian troops", "MLIMIL")),
        Some(actor("rebels", "MLIREB")),
        "193",
    );
    clash.attribution = Attribution {
        text: Some("the army".to_owned()),
        kind: AttributionKind::NamedActor,
    };
    clash.date = Some(EventDate {
        value: day.pred_opt().unwrap(),
        precision: DatePrecision::Day,
    });
    clash.location = Some(Location {
        name: "Kidal".to_owned(),
        country: Some("MLI".to_owned()),
        admin1: None,
        lat: Some(18.44),
        lon: Some(1.41),
        geonames_id: None,
        precision: "city".to_owned(),
        feature: None,
        span: None,
    });
    let protest = event(
        &d,
        "Protesters later gathered in Bamako",
        Some(actor("Protesters", "MLICVL")),
        Some(actor("the government", "MLIGOV")),
        "141",
    );
    let statement = event(
        &d,
        "the army said in a statement",
        Some(actor("the army", "MLIMIL")),
        None,
        "010",
    );
    (d, vec![clash, protest, statement])
}

/// A report with no events.
pub fn bank(id: &str, outlet: &str, day: NaiveDate) -> (Document, Vec<Event>) {
    (doc(id, BANK, outlet, day), Vec::new())
}

/// The pairs per year and month (`YYYY`, `YYYY-MM` of the event's day) as
/// migration 0012's triggers keep them, and as counted directly from every
/// event and reading (periods with no supported event left out of both).
pub fn network_pair_periods(conn: &rusqlite::Connection) -> (Vec<(String, String, String, i64)>, Vec<(String, String, String, i64)>) {
    let rows = |sql: &str| -> Vec<(String, String, String, i64)> {
        let mut st = conn.prepare(sql).unwrap();
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    let kept = rows("SELECT period, source_code, target_code, events FROM network_pair_periods WHERE events <> 0 ORDER BY 1, 2, 3");
    let direct = rows(
        "SELECT p, source_code, target_code, COUNT(*) FROM (
             SELECT substr(day, 1, 4) AS p, source_code, target_code, id FROM events
             UNION ALL SELECT substr(day, 1, 7), source_code, target_code, id FROM events)
         WHERE source_code IS NOT NULL AND target_code IS NOT NULL AND p IS NOT NULL AND id NOT IN (
             SELECT ce.event FROM claim_events ce JOIN claims c ON c.id = ce.claim
             WHERE ce.stance = 'denies' OR c.status = 'denied-only')
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
    );
    (kept, direct)
}

/// The events no network edge may stand on, as migration 0015's triggers
/// keep them, and as the network's direct query lists them from every
/// reading and claim: the two must be equal.
pub fn unsupported_events(conn: &rusqlite::Connection) -> (Vec<i64>, Vec<i64>) {
    let rows = |sql: &str| -> Vec<i64> {
        let mut st = conn.prepare(sql).unwrap();
        let rows = st.query_map([], |r| r.get(0)).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    let kept = rows("SELECT event FROM unsupported_events ORDER BY 1");
    let direct = rows(
        "SELECT ce.event FROM claim_events ce JOIN claims c ON c.id = ce.claim
         WHERE ce.stance = 'denies' OR c.status = 'denied-only' ORDER BY 1",
    );
    (kept, direct)
}

/// The terms of the claims of rare statuses as migration 0016's triggers keep
/// them, and as `claim_terms` and each claim's status now give them.
pub fn rare_terms(conn: &rusqlite::Connection) -> (Vec<(String, String, i64)>, Vec<(String, String, i64)>) {
    let rows = |sql: &str| -> Vec<(String, String, i64)> {
        let mut st = conn.prepare(sql).unwrap();
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    let kept = rows("SELECT status, term, claim FROM claim_rare_terms ORDER BY 1, 2, 3");
    let direct = rows(
        "SELECT c.status, t.term, t.claim FROM claim_terms t JOIN claims c ON c.id = t.claim
         WHERE c.status <> 'single-source' ORDER BY 1, 2, 3",
    );
    (kept, direct)
}

/// The timeline's day counts as migration 0014's triggers keep them, and as
/// the series' direct query groups every dated event (days with no event
/// left out of both; Goldstein totals to 1e-6, since the kept ones are
/// added and taken away one event at a time): the two must be equal.
pub fn event_days(conn: &rusqlite::Connection) -> (Vec<(String, String, i64, i64, i64)>, Vec<(String, String, i64, i64, i64)>) {
    let rows = |sql: &str| -> Vec<(String, String, i64, i64, i64)> {
        let mut st = conn.prepare(sql).unwrap();
        let rows = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, (r.get::<_, f64>(4)? * 1e6).round() as i64)))
            .unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    let kept = rows("SELECT day, date_precision, quad_class, events, goldstein FROM event_days WHERE events <> 0 ORDER BY 1, 2, 3");
    let direct = rows(
        "SELECT day, IFNULL(date_precision, ''), IFNULL(quad_class, 0), COUNT(*), TOTAL(goldstein) FROM events
         WHERE day IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
    );
    (kept, direct)
}

/// The network's pairs as migration 0011's triggers keep them, and as the
/// network's direct query counts them from every event and reading (pairs
/// with no supported event left out of both): the two must be equal.
pub fn network_pairs(conn: &rusqlite::Connection) -> (Vec<(String, String, i64)>, Vec<(String, String, i64)>) {
    let rows = |sql: &str| -> Vec<(String, String, i64)> {
        let mut st = conn.prepare(sql).unwrap();
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    let kept = rows("SELECT source_code, target_code, events FROM network_pairs WHERE events <> 0 ORDER BY 1, 2");
    let direct = rows(
        "SELECT source_code, target_code, COUNT(*) FROM events
         WHERE source_code IS NOT NULL AND target_code IS NOT NULL AND id NOT IN (
             SELECT ce.event FROM claim_events ce JOIN claims c ON c.id = ce.claim
             WHERE ce.stance = 'denies' OR c.status = 'denied-only')
         GROUP BY 1, 2 ORDER BY 1, 2",
    );
    (kept, direct)
}
