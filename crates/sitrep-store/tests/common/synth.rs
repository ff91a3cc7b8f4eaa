//! Deterministic synthetic reports for the crash test and the query
//! benchmark: realistic actor codes (country + role, IGOs), a skewed mix of
//! CAMEO codes and certainties, dates over three years, forty outlets, and
//! one report in ten a wire reprint of the one before it.
#![allow(dead_code)]

use chrono::NaiveDate;
use sitrep_model::{
    Actor, ActorCode, Attribution, AttributionKind, CameoCode, Certainty, Document, Event, Plover,
    QuadClass,
};

/// SplitMix64: tiny, seedable, and the same on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// An index skewed towards 0: news is about a few countries most of the time.
    pub fn skewed(&mut self, n: usize) -> usize {
        self.below(n).min(self.below(n)).min(self.below(n))
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

pub const COUNTRIES: &[&str] = &[
    "USA", "RUS", "UKR", "CHN", "ISR", "PSE", "IRN", "FRA", "GBR", "DEU", "SDN", "MLI", "BFA",
    "NER", "SYR", "TUR", "IND", "PAK", "AFG", "NGA", "ETH", "SOM", "KEN", "COD", "VEN", "COL",
    "MEX", "BRA", "EGY", "LBY", "SAU", "YEM", "LBN", "IRQ", "JPN", "KOR", "PRK", "TWN", "POL",
    "BLR", "CIV", "SEN", "TCD", "CMR", "ZAF", "MMR", "PHL", "IDN", "THA", "ARM", "AZE", "GEO",
    "HTI", "NIC", "SSD", "MOZ", "ERI", "QAT", "ARE", "JOR",
];
pub const ROLES: &[&str] = &[
    "", "GOV", "MIL", "REB", "OPP", "COP", "SPY", "JUD", "MED", "CVL", "BUS", "LEG", "GOVMIL",
];
pub const GROUPS: &[&str] = &[
    "IGOUNO",
    "IGOAFRAU",
    "IGOEUREEC",
    "IGONAT",
    "IGOECOWAS",
    "NGOHRIAMN",
    "NGOMSF",
];

/// `(cameo, plover type, weight)`: statements and consultations dominate, as in real news.
pub const CAMEOS: &[(&str, &str, usize)] = &[
    ("010", "", 12),
    ("012", "", 3),
    ("020", "", 3),
    ("036", "AGREE", 4),
    ("040", "CONSULT", 6),
    ("042", "CONSULT", 5),
    ("043", "CONSULT", 5),
    ("046", "CONSULT", 3),
    ("051", "SUPPORT", 3),
    ("057", "AGREE", 2),
    ("061", "COOPERATE", 2),
    ("071", "AID", 2),
    ("074", "AID", 2),
    ("081", "CONCEDE", 1),
    ("087", "RETREAT", 1),
    ("090", "ACCUSE", 2),
    ("111", "ACCUSE", 4),
    ("112", "ACCUSE", 5),
    ("120", "REJECT", 3),
    ("130", "THREATEN", 3),
    ("138", "THREATEN", 1),
    ("141", "PROTEST", 3),
    ("145", "PROTEST", 1),
    ("154", "MOBILIZE", 1),
    ("163", "COERCE", 2),
    ("1663", "SANCTION", 1),
    ("173", "COERCE", 3),
    ("174", "COERCE", 1),
    ("181", "ASSAULT", 1),
    ("183", "ASSAULT", 1),
    ("190", "ASSAULT", 3),
    ("193", "ASSAULT", 2),
    ("194", "ASSAULT", 1),
    ("195", "ASSAULT", 2),
    ("202", "ASSAULT", 1),
];
pub const CERTAINTIES: &[(Certainty, usize)] = &[
    (Certainty::Asserted, 60),
    (Certainty::Reported, 20),
    (Certainty::Alleged, 8),
    (Certainty::Intended, 5),
    (Certainty::Conditional, 3),
    (Certainty::Denied, 2),
    (Certainty::Negated, 2),
];
pub const OUTLETS: &[&str] = &[
    "Wire",
    "Agence",
    "Global Post",
    "Daily",
    "Times",
    "Herald",
    "Courier",
    "Observer",
    "Tribune",
    "Gazette",
    "Monitor",
    "Reporter",
    "Chronicle",
    "Journal",
    "Dispatch",
    "Sentinel",
    "Express",
    "Mirror",
    "Star",
    "Sun",
    "Le Monde",
    "Le Figaro",
    "Jeune Afrique",
    "RFI",
    "Al Jazeera",
    "BBC",
    "DW",
    "France 24",
    "VOA",
    "Xinhua",
    "TASS",
    "Anadolu",
    "Kyiv Post",
    "Haaretz",
    "Dawn",
    "The Hindu",
    "Premium Times",
    "Daily Nation",
    "Sahel Info",
    "Mada",
];
/// Words that full-text queries in the benchmark look for, each in a few percent of reports.
pub const KEYWORDS: &[&str] = &[
    "coup",
    "ceasefire",
    "drone",
    "election",
    "sanctions",
    "refugees",
    "pipeline",
    "junta",
];

fn weighted<T: Copy>(rng: &mut Rng, items: &[(T, usize)]) -> T {
    let total: usize = items.iter().map(|i| i.1).sum();
    let mut n = rng.below(total);
    for &(item, w) in items {
        if n < w {
            return item;
        }
        n -= w;
    }
    items[0].0
}

pub fn actor_code(rng: &mut Rng) -> String {
    if rng.chance(5) {
        return GROUPS[rng.below(GROUPS.len())].to_owned();
    }
    let country = COUNTRIES[rng.skewed(COUNTRIES.len())];
    let role = ROLES[rng.skewed(ROLES.len())];
    format!("{country}{role}")
}

fn word(rng: &mut Rng) -> String {
    // A 3,000-word vocabulary of pronounceable tokens.
    const SYL: &[&str] = &[
        "ka", "ro", "ti", "mu", "sen", "dal", "vo", "pri", "ne", "sha", "lu", "tor", "ba", "qi",
    ];
    let n = rng.below(3000);
    format!(
        "{}{}{}",
        SYL[n % 14],
        SYL[(n / 14) % 14],
        SYL[(n / 196) % 14]
    )
}

/// Batch `index` of `docs` reports with `events` events each, the same for
/// the same arguments.
pub fn batch(seed: u64, index: usize, docs: usize, events: usize) -> Vec<(Document, Vec<Event>)> {
    let mut rng = Rng::new(seed ^ (index as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
    let epoch = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
    let mut out: Vec<(Document, Vec<Event>)> = Vec::with_capacity(docs);
    for i in 0..docs {
        let id = format!("synth-{index}-{i}");
        let outlet = OUTLETS[rng.skewed(OUTLETS.len())].to_owned();
        if i > 0 && rng.chance(10) {
            // A wire reprint of the previous report in another outlet, a day later.
            let (prev, prev_events) = &out[i - 1];
            let mut doc = prev.clone();
            doc.id = id.clone();
            doc.text = format!("{} Reported by {outlet}.", prev.text);
            doc.outlet = Some(outlet);
            doc.date = prev.date.and_then(|d| d.succ_opt());
            doc.url = Some(format!("https://example.org/{id}"));
            let events = prev_events.iter().cloned().map(|mut e| {
                e.doc_id = id.clone();
                e
            });
            out.push((doc.clone(), events.collect()));
            continue;
        }
        let date = epoch + chrono::Days::new(rng.below(3 * 365) as u64);
        let mut words: Vec<String> = (0..60).map(|_| word(&mut rng)).collect();
        for k in KEYWORDS {
            if rng.chance(3) {
                let at = rng.below(words.len());
                words[at] = (*k).to_owned();
            }
        }
        let text = words.join(" ");
        let doc = Document {
            id: id.clone(),
            text,
            date: Some(date),
            date_source: None,
            date_confidence: None,
            url: Some(format!("https://example.org/{id}")),
            outlet: Some(outlet),
            title: Some(format!("{} {}", word(&mut rng), word(&mut rng))),
            language: Some("en".to_owned()),
        };
        let evs = (0..events).map(|k| event(&mut rng, &doc, k)).collect();
        out.push((doc, evs));
    }
    out
}

fn event(rng: &mut Rng, doc: &Document, k: usize) -> Event {
    let (cameo, plover, _) = CAMEOS[{
        let w: Vec<(usize, usize)> = CAMEOS.iter().enumerate().map(|(i, c)| (i, c.2)).collect();
        weighted(rng, &w)
    }];
    let root: u8 = cameo[..2].parse().unwrap();
    let mk = |code: String| Actor {
        text: format!("the {code}"),
        code: Some(ActorCode::parse(&code).unwrap()),
        id: None,
    };
    let source = (!rng.chance(5)).then(|| mk(actor_code(rng)));
    let target = (!rng.chance(15)).then(|| mk(actor_code(rng)));
    let start = (k * 37) % (doc.text.len() / 2);
    let start = doc.text[..start].rfind(' ').map_or(0, |p| p + 1);
    let end = doc.text[start..]
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .nth(5)
        .map_or(doc.text.len(), |(p, _)| start + p);
    Event {
        doc_id: doc.id.clone(),
        sentence: k,
        span: [start, end],
        trigger: [start, end],
        source,
        target,
        cameo: CameoCode::parse(cameo).unwrap(),
        plover: (!plover.is_empty()).then(|| Plover {
            event_type: plover.to_owned(),
            mode: None,
        }),
        quad_class: QuadClass::try_from(match root {
            1..=5 => 1,
            6..=9 => 2,
            10..=14 => 3,
            _ => 4,
        })
        .ok(),
        goldstein: Some(((root as f32) - 10.0) * -0.8),
        certainty: weighted(rng, CERTAINTIES),
        attribution: if rng.chance(30) {
            Attribution {
                text: Some("officials".to_owned()),
                kind: AttributionKind::Anonymous,
            }
        } else {
            Attribution::none()
        },
        quote: None,
        date: None,
        location: None,
        rule: format!("synth.{cameo}"),
    }
}
