//! Golden output: a report of our own, every place mention as `sitrep
//! places` prints it. A change of behaviour shows up as a reviewed diff.

use sitrep_places::{DocHints, Places};

const REPORT: &str = "\
BAMAKO, Mali (AFP) - Gunmen killed 12 soldiers near Djibo in northern Burkina Faso on Sunday, \
and a convoy was ambushed 20 km north of Gao, officials said.
Malian and Burkinabè troops have pushed back jihadists across the Sahel, while fighting in Burkina Faso's Sahel region went on.
Protests were held in Paris, Texas, and in Long Beach, California.
Paris Hilton did not comment. Police said the Ministry of Homeland Security had been told.
The Lake Chad basin and the Horn of Africa face drought; aid arrived in Côte d'Ivoire and Bosnia and Herzegovina.";

#[test]
fn report_places() {
    let places = Places::embedded().unwrap();
    let found = places.find(REPORT, &DocHints::default());
    let lines: Vec<String> = found
        .mentions
        .iter()
        .map(|m| {
            let modifier = m.modifier.as_ref().map(|x| format!(" [{}]", x.text)).unwrap_or_default();
            let cue = m.cue.as_ref().map(|c| format!(" <{}>", c.word)).unwrap_or_default();
            format!(
                "{:>3}..{:<3} {:<24} -> {} ({}, {}) {:?} {} {:.2},{:.2}{cue}{modifier}{}",
                m.span[0],
                m.span[1],
                m.text,
                m.name,
                m.country.as_deref().unwrap_or("-"),
                m.admin1.as_deref().unwrap_or("-"),
                m.kind,
                m.precision,
                m.lat,
                m.lon,
                if m.dateline { " dateline" } else { "" }
            )
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}
