//! Scores place recognition and resolution against the hand-annotated
//! development gold (`tests/gold/dev-places.txt`, see its README): accuracy
//! within 161 km and country accuracy over every gold mention (a mention
//! sitrep misses counts as wrong), and the places sitrep reports that the
//! gold does not hold, for the whole gold and for each batch of it (`#=`
//! lines). Fails only under the floors below; run with `--nocapture` to
//! see the figures and each error (`far`, `country` for a place near
//! enough but in another country, `missed`, `extra`).

use sitrep_places::{DocHints, MentionKind, Places};

const GOLD: &str = include_str!("gold/dev-places.txt");

/// Floors a change must not fall under (measured figures are in the README).
const FLOOR_ACC_161: f64 = 0.86;
const FLOOR_COUNTRY: f64 = 0.87;
const CEILING_FALSE_PLACES: usize = 20;

struct GoldPlace {
    span: [usize; 2],
    written: String,
    name: String,
    country: Option<String>,
    lat: f64,
    lon: f64,
}

struct Sentence {
    id: String,
    /// The batch the sentence was annotated in (`#= name` lines), so that
    /// sentences added later can be scored apart from those rules were
    /// written on.
    batch: String,
    text: String,
    places: Vec<GoldPlace>,
    skipped: Vec<[usize; 2]>,
}

/// The byte span of the `n`-th (1-based) occurrence of `words` in `text`.
fn find_nth(text: &str, words: &str, n: usize) -> Option<[usize; 2]> {
    let (mut from, mut at) = (0, 0);
    for _ in 0..n {
        at = from + text.get(from..)?.find(words)?;
        from = at + words.len();
    }
    Some([at, from])
}

fn span_of(text: &str, written: &str, id: &str) -> ([usize; 2], String) {
    let (words, n) = match written.rsplit_once('#') {
        Some((w, n)) => (w, n.parse().expect("occurrence number")),
        None => (written, 1),
    };
    let span = find_nth(text, words, n).unwrap_or_else(|| panic!("{id}: {written:?} is not in the sentence"));
    (span, words.to_owned())
}

fn parse() -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::new();
    let mut batch = String::from("earlier");
    let mut lines = GOLD.lines().filter(|l| !l.trim().is_empty()).peekable();
    while let Some(line) = lines.next() {
        if let Some(name) = line.strip_prefix("#= ") {
            batch = name.trim().to_owned();
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let id = line.strip_prefix("@ ").unwrap_or_else(|| panic!("expected a sentence, got {line:?}")).to_owned();
        let text = lines.next().expect("sentence text").to_owned();
        let mut s = Sentence { id, batch: batch.clone(), text, places: Vec::new(), skipped: Vec::new() };
        while let Some(l) = lines.next_if(|l| l.starts_with("- ") || l.starts_with("~ ")) {
            if let Some(words) = l.strip_prefix("~ ") {
                s.skipped.push(span_of(&s.text, words.trim(), &s.id).0);
                continue;
            }
            let cols: Vec<&str> = l[2..].split('|').map(str::trim).collect();
            assert_eq!(cols.len(), 6, "{}: {l:?}", s.id);
            let (span, written) = span_of(&s.text, cols[0], &s.id);
            s.places.push(GoldPlace {
                span,
                written,
                name: cols[1].to_owned(),
                country: (cols[2] != "-").then(|| cols[2].to_owned()),
                lat: cols[4].parse().expect("lat"),
                lon: cols[5].parse().expect("lon"),
            });
        }
        out.push(s);
    }
    out
}

/// Great-circle distance in km.
fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
}

fn overlaps(a: [usize; 2], b: [usize; 2]) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

#[test]
fn gold_is_well_formed() {
    let gold = parse();
    assert!(gold.len() >= 100, "{} sentences", gold.len());
    let mentions: usize = gold.iter().map(|s| s.places.len()).sum();
    assert!((150..=800).contains(&mentions), "{mentions} mentions");
    for s in &gold {
        for p in &s.places {
            assert!((-90.0..=90.0).contains(&p.lat) && (-180.0..=180.0).contains(&p.lon), "{}: {}", s.id, p.name);
            assert_eq!(&s.text[p.span[0]..p.span[1]], p.written);
        }
    }
}

/// Counts for one batch of the gold, or for all of it.
#[derive(Default)]
struct Tally {
    sentences: usize,
    total: usize,
    found: usize,
    within: usize,
    with_country: usize,
    country_right: usize,
    false_places: usize,
}

impl Tally {
    fn acc_161(&self) -> f64 {
        self.within as f64 / self.total as f64
    }

    fn country(&self) -> f64 {
        self.country_right as f64 / self.with_country as f64
    }

    fn line(&self, label: &str) -> String {
        format!(
            "{label}: {} sentences, {} gold mentions, found {}; acc@161km {:.3}; country {:.3} ({}/{}); false places {}",
            self.sentences,
            self.total,
            self.found,
            self.acc_161(),
            self.country(),
            self.country_right,
            self.with_country,
            self.false_places
        )
    }
}

#[test]
fn dev_gold_scores_above_the_floors() {
    let places = Places::embedded().unwrap();
    let gold = parse();
    let mut all = Tally::default();
    let mut batches: Vec<(String, Tally)> = Vec::new();
    let mut false_places = Vec::new();
    for s in &gold {
        if batches.last().is_none_or(|(name, _)| *name != s.batch) {
            batches.push((s.batch.clone(), Tally::default()));
        }
        let batch = &mut batches.last_mut().expect("pushed above").1;
        batch.sentences += 1;
        all.sentences += 1;
        let got = places.find(&s.text, &DocHints::default());
        for p in &s.places {
            let m = got.mentions.iter().find(|m| overlaps(m.span, p.span));
            for t in [&mut all, &mut *batch] {
                t.total += 1;
                t.with_country += usize::from(p.country.is_some());
            }
            let Some(m) = m else {
                println!("missed  {}: {:?} ({})", s.id, p.written, p.name);
                continue;
            };
            let d = km(p.lat, p.lon, m.lat, m.lon);
            let country_right = p.country.is_some() && p.country == m.country;
            for t in [&mut all, &mut *batch] {
                t.found += 1;
                t.within += usize::from(d <= 161.0);
                t.country_right += usize::from(country_right);
            }
            if d > 161.0 {
                println!("far     {}: {:?} gold {} ({:?}) got {} {:?} {:.0} km", s.id, p.written, p.name, p.country, m.name, m.country, d);
            } else if p.country.is_some() && !country_right {
                println!("country {}: {:?} gold {} ({:?}) got {} {:?}", s.id, p.written, p.name, p.country, m.name, m.country);
            }
        }
        for m in got.mentions.iter().filter(|m| m.kind == MentionKind::Toponym) {
            let known = s.places.iter().map(|p| p.span).chain(s.skipped.iter().copied()).any(|g| overlaps(g, m.span));
            if !known {
                println!("extra   {}: {:?} → {} {:?}", s.id, m.text, m.name, m.country);
                false_places.push(m.text.clone());
                all.false_places += 1;
                batch.false_places += 1;
            }
        }
    }
    for (name, batch) in &batches {
        println!("{}", batch.line(&format!("  batch {name}")));
    }
    println!("{}", all.line("dev places"));
    let (acc, country) = (all.acc_161(), all.country());
    assert!(acc >= FLOOR_ACC_161, "acc@161km {acc:.3} under the floor {FLOOR_ACC_161}");
    assert!(country >= FLOOR_COUNTRY, "country accuracy {country:.3} under the floor {FLOOR_COUNTRY}");
    assert!(false_places.len() <= CEILING_FALSE_PLACES, "{} false places: {false_places:?}", false_places.len());
}
