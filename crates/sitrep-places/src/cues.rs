//! The words around place names, read from `lexicon/places/cues.tsv`.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::PlacesError;

const FILE: &str = "lexicon/places/cues.tsv";

/// How firmly a preposition puts an event at the place after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// "in", "near", "outside": the event happened there.
    Strong,
    /// "to", "from": a destination or origin.
    Weak,
    /// "of", "d'": the place owns what comes before it ("the governor of
    /// Kano", "l'aéroport d'Omsk"); it does not put the name anywhere.
    Owner,
}

/// Cue words, normalised (`sitrep_text::normalise_into`).
#[derive(Debug, Default)]
pub struct Cues {
    /// Locative phrases of two or more words as word lists ("on the
    /// outskirts of"), longest first.
    pub(crate) locative: Vec<(Vec<String>, Strength, String)>,
    /// One-word locatives ("in", "d'"): one lookup per name.
    pub(crate) locative_word: FxHashMap<String, Strength>,
    /// Locative phrases written with a diacritic (folded phrase → as
    /// written, lower case): matched as written, since folded "à" is the
    /// English article "a".
    pub(crate) locative_as_written: FxHashMap<String, String>,
    /// Compass words ("north", "sud", "ouest"): an admin area named with
    /// nothing else ("Sud-Ouest", "Northwest") needs the text to mark it.
    pub(crate) compass: FxHashSet<String>,
    /// Articles ("la", "le"): capitalised inside a run ("De La Soul",
    /// "Vive La France"), they join the name before them; opening one
    /// ("La France s'apprête"), they are no part of the place's name.
    pub(crate) article: FxHashSet<String>,
    /// Words that open a byline ("By GERALD IMRAY"): before a name in
    /// capitals they end a capitalised run.
    pub(crate) byline: FxHashSet<String>,
    pub(crate) direction: FxHashMap<String, f64>,
    pub(crate) unit: FxHashMap<String, f64>,
    pub(crate) admin: FxHashSet<String>,
    pub(crate) settlement: FxHashSet<String>,
    pub(crate) title: FxHashSet<String>,
    /// Titles that are titles only capitalised ("Major Smith", not "the
    /// only major Texas banks"): value `capitalised` in the file.
    pub(crate) title_capitalised: FxHashSet<String>,
    pub(crate) connector: FxHashSet<String>,
    pub(crate) stop: FxHashSet<String>,
    pub(crate) time: FxHashSet<String>,
    pub(crate) area: FxHashSet<String>,
    /// Words that join the names of a list ("and", "or", "et").
    pub(crate) list: FxHashSet<String>,
    /// Compass adjectives that, capitalised before a place, qualify it
    /// rather than name one ("Northern Syria", "Central Mali").
    pub(crate) qualifier: FxHashSet<String>,
    /// Offices that, capitalised after a place's name, end it: the
    /// place's officeholder follows ("Cape Verde Prime Minister Jose
    /// Maria Neves"), not a longer name.
    pub(crate) office: FxHashSet<String>,
    /// Words that, after a comma between two names, put the first by the
    /// second ("KwaDabeka, near Pinetown").
    pub(crate) vicinity: FxHashSet<String>,
    /// Events, meetings and treaties that, capitalised after a place's
    /// name, end it: the place is where they were held ("the Athens
    /// Olympics", "the Kyoto Protocol"), not part of a longer name.
    pub(crate) event: FxHashSet<String>,
    /// Facilities that, as the rest of a capitalised run after a place's
    /// name, leave the name a place: the facility lies there ("the
    /// Johannesburg International Airport", "the Cape Town CBD"), where
    /// other capitalised words make another kind of name ("Kenya Airways").
    pub(crate) facility: FxHashSet<String>,
    /// Every word that ends a capitalised run: time, admin, area,
    /// settlement, office and event words, in one set so that a run's
    /// word costs one lookup.
    pub(crate) run_break: FxHashSet<String>,
}

impl Cues {
    pub fn parse(text: &str) -> Result<Self, PlacesError> {
        let mut cues = Cues::default();
        for (n, cols) in crate::data_lines(text) {
            let err = |message: String| PlacesError::Data { file: FILE, line: n, message };
            let (kind, word) = match cols.as_slice() {
                [kind, word, ..] if !word.is_empty() => (*kind, norm(word)),
                _ => return Err(err("expected: kind, word(s), value".into())),
            };
            let value = cols.get(2).copied().unwrap_or("");
            let number = value.parse::<f64>().map_err(|_| err(format!("{kind} `{word}`: `{value}` is not a number")));
            let set = match kind {
                "locative" => {
                    let strength = match value {
                        "strong" => Strength::Strong,
                        "weak" => Strength::Weak,
                        "owner" => Strength::Owner,
                        _ => return Err(err(format!("locative `{word}`: strength must be strong, weak or owner, not `{value}`"))),
                    };
                    let written = cols[1].to_lowercase();
                    if written != word {
                        cues.locative_as_written.insert(word.clone(), written);
                    }
                    let words: Vec<String> = word.split(' ').map(str::to_owned).collect();
                    if words.len() == 1 {
                        cues.locative_word.insert(word, strength);
                    } else {
                        cues.locative.push((words, strength, word));
                    }
                    continue;
                }
                "direction" => {
                    cues.direction.insert(word, number?);
                    continue;
                }
                "unit" => {
                    cues.unit.insert(word, number?);
                    continue;
                }
                "admin" => &mut cues.admin,
                "area" => &mut cues.area,
                "settlement" => &mut cues.settlement,
                "title" => {
                    if value == "capitalised" {
                        cues.title_capitalised.insert(word.clone());
                    }
                    &mut cues.title
                }
                "connector" => &mut cues.connector,
                "stop" => &mut cues.stop,
                "time" => &mut cues.time,
                "list" => &mut cues.list,
                "qualifier" => &mut cues.qualifier,
                "office" => &mut cues.office,
                "vicinity" => &mut cues.vicinity,
                "event" => &mut cues.event,
                "facility" => &mut cues.facility,
                "compass" => &mut cues.compass,
                "article" => &mut cues.article,
                "byline" => &mut cues.byline,
                other => return Err(err(format!("unknown kind `{other}`"))),
            };
            set.insert(word);
        }
        cues.run_break = [&cues.time, &cues.admin, &cues.area, &cues.settlement, &cues.office, &cues.event]
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        // Longest phrases first, so "on the outskirts of" wins over "of".
        cues.locative.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        Ok(cues)
    }

    /// Whether a name's key is made of compass words only ("sud ouest",
    /// "northwest").
    pub(crate) fn compass_only(&self, key: &str) -> bool {
        key.split([' ', '-']).all(|w| self.compass.contains(w))
    }
}

/// A phrase normalised word by word; hyphens kept inside words.
pub(crate) fn norm(s: &str) -> String {
    let mut out = String::new();
    sitrep_text::normalise_into(s, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_line_names_its_line() {
        let e = Cues::parse("locative\tin\tstrong\ndirection\tnorth\tup\n").unwrap_err();
        assert_eq!(e.to_string(), "lexicon/places/cues.tsv:2: direction `north`: `up` is not a number");
    }
}
