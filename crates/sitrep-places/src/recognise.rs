//! Recognition: which words of a document name places, and what the words
//! around them say (a locative preposition, a direction and distance, an
//! admin word, a parent place).
//!
//! Word order only: a name is a capitalised run (lower-case connectors
//! inside: "Bosnia and Herzegovina") that the gazetteer or the region list
//! holds, matched longest first. A run that goes on with capitalised words
//! the gazetteer lacks is someone's or something's name ("Paris Hilton",
//! "the Washington Post"), as is a name after a title ("President Jordan").

use std::ops::Range;

use rustc_hash::FxHashSet;
use sitrep_text::{TokenKind, Tokens};

use crate::cues::Strength;
use crate::Places;

/// A dateline inside the text is looked for in the first sentences only
/// (a headline and a byline may come before it), and near the start.
const DATELINE_SENTENCES: usize = 3;
const DATELINE_BYTES: usize = 600;

/// The preposition before a name.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Cue {
    pub word: String,
    pub strength: Strength,
}

/// A relative phrase kept with the place it is relative to: "20 km north
/// of" Gao, "northern" Burkina Faso.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Modifier {
    /// The words as written.
    pub text: String,
    /// Compass bearing in degrees; `None` for "central".
    pub bearing: Option<f64>,
    pub distance_km: Option<f64>,
}

/// What a word next to the name says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hint {
    /// "Sahel region", "the province of Soum".
    Admin,
    /// "the town of Djibo".
    Settlement,
    /// "the Gao region", "the Sahel region": an admin area or a region.
    Area,
}

/// A recognised name, before resolution.
#[derive(Debug, Clone)]
pub(crate) struct Raw {
    pub sentence: usize,
    pub tokens: Range<usize>,
    pub span: [usize; 2],
    pub key: String,
    pub region: Option<usize>,
    pub cue: Option<Cue>,
    pub modifier: Option<Modifier>,
    pub hint: Option<Hint>,
    /// Index (in the document's list) of the place this one lies in.
    pub parent: Option<usize>,
    /// The parent follows "in" ("Kenilworth in Johannesburg"), not a comma
    /// that may part a list.
    pub parent_in: bool,
    /// The parent stands in brackets after the name ("Anglet
    /// (Pyrénées-Atlantiques)", "Norwood (Ohio)"): resolution keeps it only
    /// if it is an admin area holding a place of the name, as "J Thomas
    /// (Wales)" gives a player's country.
    pub parent_bracketed: bool,
    /// The name follows an elided article ("l'Inde", "l'Élysée"): French
    /// gives one to countries, regions and areas, never to a town.
    pub after_article: bool,
    pub sentence_initial: bool,
    pub all_caps: bool,
    pub dateline: bool,
    /// An abbreviated division after a town and a comma ("Elgin, Ill."):
    /// the one place it names.
    pub fixed: Option<crate::PlaceId>,
    /// An Arabic name spelt otherwise than the gazetteer spells it ("Deir
    /// al-Zour"): its candidates come from the transliteration index.
    pub spelling: bool,
}

/// Appends a normalised word to a key: periods dropped, one space between words.
pub(crate) fn push_word(key: &mut String, word: &str) {
    let word = word.trim_matches('.');
    if word.is_empty() {
        return;
    }
    if !key.is_empty() {
        key.push(' ');
    }
    key.extend(word.chars().filter(|&c| c != '.'));
}

/// What recognition found in a document.
#[derive(Debug, Default)]
pub(crate) struct Recognised {
    pub raws: Vec<Raw>,
    /// Byte ranges of the sentences.
    pub sentences: Vec<Range<usize>>,
    /// Keys of names read as the last word of a person's name ("Michael
    /// Jackson"): the same name alone is the person's too, unless the text
    /// puts it somewhere.
    pub surnames: FxHashSet<String>,
}

impl Places {
    /// Every candidate place name of `text`, sentence by sentence, with the
    /// byte ranges of the sentences.
    pub(crate) fn recognise(&self, text: &str) -> Recognised {
        let mut sentences = Vec::new();
        self.splitter.split(text, &mut sentences);
        let mut raws = Vec::new();
        let mut surnames = FxHashSet::default();
        let mut tokens = Tokens::default();
        let mut dateline_found = false;
        for (s, range) in sentences.iter().enumerate() {
            tokens.clear();
            sitrep_text::tokenise(text, place_bearing(text, range.clone()), &mut tokens);
            let first = raws.len();
            let dateline = if !dateline_found && s < DATELINE_SENTENCES && range.start < DATELINE_BYTES {
                self.dateline_name(text, &tokens)
            } else {
                None
            };
            if dateline.is_some() {
                // The shape is surer than a capitalised first name.
                raws.iter_mut().for_each(|r: &mut Raw| r.dateline = false);
                dateline_found = true;
            }
            self.sentence_names(text, s, &tokens, dateline, &mut raws, &mut surnames);
            link_parents(&self.cues, &tokens, &mut raws, first);
            if s == 0 && !dateline_found {
                mark_dateline(&tokens, &mut raws);
            }
        }
        Recognised { raws, sentences, surnames }
    }

    /// The dateline's name inside a sentence ("… ANA Reporter DURBAN,
    /// August 29 (ANA) - …"): the longest suffix of the capitals before
    /// the agency that the gazetteer or the region list knows.
    fn dateline_name(&self, text: &str, tokens: &Tokens) -> Option<(usize, usize, String, Option<usize>)> {
        let run = crate::dateline::capitals_before_agency(tokens)?;
        run.clone().filter(|&q| tokens.get(q).kind == TokenKind::Word).find_map(|q| {
            let (end, key, region) = self.longest_name(text, tokens, q)?;
            (end == run.end && key.len() > 2 && !self.cues.stop.contains(&key)).then_some((q, end, key, region))
        })
    }

    fn sentence_names(
        &self,
        text: &str,
        sentence: usize,
        tokens: &Tokens,
        dateline: Option<(usize, usize, String, Option<usize>)>,
        out: &mut Vec<Raw>,
        surnames: &mut FxHashSet<String>,
    ) {
        let n = tokens.len();
        let mut i = 0;
        let mut dateline = dateline;
        while i < n {
            if let Some((start, end, key, region)) = dateline.take_if(|d| i >= d.0) {
                // Names read before it may have run into its words.
                while out.last().is_some_and(|r| r.sentence == sentence && r.tokens.end > start) {
                    out.pop();
                }
                out.push(Raw {
                    sentence,
                    tokens: start..end,
                    span: [tokens.get(start).start as usize, tokens.get(end - 1).end as usize],
                    key,
                    region,
                    cue: None,
                    modifier: None,
                    hint: None,
                    parent: None,
                    parent_in: false,
                    parent_bracketed: false,
                    after_article: false,
                    sentence_initial: start == 0,
                    all_caps: true,
                    dateline: true,
                    fixed: None,
                    spelling: false,
                });
                i = end;
                continue;
            }
            let t = tokens.get(i);
            // "hors d'Italie", "l'aéroport d'Omsk": a name after an elided
            // French word, inside its token.
            let elision = if t.capitalised || !tokens.norm(i).as_bytes().contains(&b'\'') { None } else { self.elision(text, tokens, i) };
            if t.kind != TokenKind::Word || !t.capitalised && !self.hyphened_article(tokens, i) && elision.is_none() {
                i += 1;
                continue;
            }
            if let Some(next) = self.admin_abbreviation(text, sentence, tokens, i, out) {
                i = next;
                continue;
            }
            let (norm_skip, text_skip) = elision.as_ref().map_or((0, 0), |e| (e.1, e.2));
            let found = self.longest_name_after(text, tokens, i, norm_skip);
            let transliterated = if elision.is_some() { None } else { self.transliterated(tokens, i, found.as_ref().map(|f| f.0)) };
            let spelling = transliterated.is_some();
            let Some((end, key, region)) = transliterated.map(|(end, key)| (end, key, None)).or(found) else {
                i = self.unknown_within(text, sentence, tokens, i, out).unwrap_or(i + 1);
                continue;
            };
            // "in Durban ANA Reporter DURBAN": capitals after a name that
            // is not in capitals may begin a byline.
            let run_end = capitalised_run_end(text, tokens, end, &self.cues, !tokens.get(end - 1).all_caps);
            // "in Miami MIAMI (AP) —": the run stops at the dateline.
            let run_end = dateline.as_ref().filter(|d| d.0 >= end).map_or(run_end, |d| run_end.min(d.0));
            // "Allied Research Inc of Salem, Ore.": a state after the comma
            // makes the name a town's, whatever comes before it.
            let state_follows = end + 1 < tokens.len()
                && tokens.norm(end) == ","
                && self.admin_abbreviations.at_start(text.get(tokens.get(end + 1).start as usize..).unwrap_or("")).is_some();
            let facility = run_end > end && self.facility_follows(tokens, end, run_end);
            let part_of_longer_name = run_end > end && !facility || self.prev_is_name_word(text, tokens, i) && !state_follows;
            let person = i > 0 && {
                let title = tokens.norm(i - 1).trim_end_matches('.');
                self.cues.title.contains(title) && (tokens.get(i - 1).capitalised || !self.cues.title_capitalised.contains(title))
            };
            let single = end - i == 1 || key.split(' ').count() == 1;
            // "Northern Syria": a direction that the gazetteer also holds
            // as a name (Zambia's Northern province) modifies the next one.
            if single && self.cues.qualifier.contains(&key) {
                i = end;
                continue;
            }
            // "4TH LEAD Kuwait recalls": a word of four or more capitals
            // before capitalised words not in capitals is a headline's or
            // slug's; the name may begin after it.
            let caps_then_title = part_of_longer_name
                && run_end > end
                && key.len() >= 4
                && (i..end).all(|k| tokens.get(k).all_caps || tokens.get(k).kind != TokenKind::Word)
                && !tokens.get(end).all_caps;
            // A country in capitals there is a section's heading ("ITALY
            // Napoli came from behind"): the place on its own.
            if caps_then_title && !self.names_a_country(&key) {
                i = end;
                continue;
            }
            let part_of_longer_name = part_of_longer_name && !caps_then_title;
            let stop = self.cues.stop.contains(&key) || single && self.cues.time.contains(&key);
            let short_caps = t.all_caps && key.len() <= 3 && !self.names_a_country(&key);
            if part_of_longer_name || person || stop || short_caps || key.chars().count() < 3 && !self.names_a_country(&key) {
                // "Michael Jackson": a one-word town's name right after a
                // capitalised name word, ending the run, is a surname; a
                // country, area, demonym or big city there ends another
                // kind of name ("Statistics Canada", "BBC Wales", "Nissan
                // Japanese", "Greater London").
                // The run's last word is read so when the name opens the
                // run ("Michael" is a town too).
                // "qu'Andrew Lincoln": a first name after an elided word.
                let after_name = self.prev_is_name_word(text, tokens, i)
                    && (tokens.get(i - 1).capitalised || self.elision(text, tokens, i - 1).is_some())
                    && tokens.norm(i - 1) != "of";
                if single && run_end == end && !state_follows && after_name && region.is_none() && self.surname_like(&key) {
                    surnames.insert(key);
                } else if run_end > end && !state_follows && !tokens.get(run_end - 1).all_caps {
                    let mut last = String::new();
                    push_word(&mut last, tokens.norm(run_end - 1));
                    if self.surname_like(&last) {
                        surnames.insert(last);
                    }
                }
                i = run_end.max(i + 1);
                continue;
            }
            let after_article = elision.as_ref().is_some_and(|(elided, _, _)| self.cues.article.contains(elided));
            let (cue, modifier, hint_before) = match &elision {
                // "dans l'Hérault": the preposition before the article.
                Some(_) if after_article => self.context_before(text, tokens, i),
                Some((elided, _, _)) => {
                    let (cue, hint) = self.elided_context(tokens, i, elided);
                    (cue, None, hint)
                }
                None => self.context_before(text, tokens, i),
            };
            let hint_after = tokens_norm(tokens, end).and_then(|w| self.kind_hint(w));
            out.push(Raw {
                sentence,
                tokens: i..end,
                span: [tokens.get(i).start as usize + text_skip, tokens.get(end - 1).end as usize],
                key,
                region,
                cue,
                modifier,
                hint: hint_before.or(hint_after),
                parent: None,
                parent_in: false,
                parent_bracketed: false,
                after_article,
                sentence_initial: i == 0,
                all_caps: (i..end).all(|k| tokens.get(k).all_caps || tokens.get(k).kind != TokenKind::Word),
                dateline: false,
                fixed: None,
                spelling,
            });
            i = end;
        }
    }

    /// Whether the words `end..run_end` after a name are a facility of
    /// `cues.tsv` ("International Airport", "CBD").
    fn facility_follows(&self, tokens: &Tokens, end: usize, run_end: usize) -> bool {
        if run_end - end > 2 {
            return false;
        }
        let mut rest = String::new();
        for k in end..run_end {
            push_word(&mut rest, tokens.norm(k));
        }
        self.cues.facility.contains(&rest)
    }

    /// "in Khayelitsha in Cape Town", "at Koeberg in Cape Town", "in
    /// Lenasia, Johannesburg", "in KwaDabeka, near Pinetown": a
    /// capitalised word the gazetteer lacks (one word: longer runs are
    /// mostly firms and venues, "Lehman Brothers in Tokyo"), after a
    /// locative and before "in", a comma or a comma and a `vicinity` cue
    /// ("near"), and a name
    /// it holds, is pushed as a name of its own (resolution puts it in that
    /// place when that place is a town or an area); returns the token
    /// after it.
    fn unknown_within(&self, text: &str, sentence: usize, tokens: &Tokens, i: usize, out: &mut Vec<Raw>) -> Option<usize> {
        let end = capitalised_run_end(text, tokens, i, &self.cues, false);
        if end != i + 1 || end + 1 >= tokens.len() {
            return None;
        }
        let parent_at = match tokens.norm(end) {
            "in" => end + 1,
            "," if self.cues.vicinity.contains(tokens.norm(end + 1)) => end + 2,
            "," => end + 1,
            _ => return None,
        };
        if parent_at >= tokens.len() || !tokens.get(parent_at).capitalised {
            return None;
        }
        let mut key = String::new();
        for k in i..end {
            push_word(&mut key, tokens.norm(k));
        }
        let t = tokens.get(i);
        if self.cues.stop.contains(&key) || self.cues.title.contains(key.as_str()) || t.all_caps || key.chars().count() < 4 {
            return None;
        }
        let (cue, modifier, hint) = self.context_before(text, tokens, i);
        if cue.as_ref().is_none_or(|c| c.strength == Strength::Owner) || modifier.is_some() {
            return None;
        }
        self.longest_name(text, tokens, parent_at)?;
        out.push(Raw {
            sentence,
            tokens: i..end,
            span: [t.start as usize, tokens.get(end - 1).end as usize],
            key,
            region: None,
            cue,
            modifier: None,
            hint,
            parent: None,
            parent_in: false,
            parent_bracketed: false,
            after_article: false,
            sentence_initial: i == 0,
            all_caps: false,
            dateline: false,
            fixed: None,
            spelling: false,
        });
        Some(end)
    }

    /// "Elgin, Ill.", "Irvine, CA": an abbreviated division at token `i`
    /// right after a capitalised word and a comma is pushed as a name of
    /// that division; returns the token after it.
    fn admin_abbreviation(&self, text: &str, sentence: usize, tokens: &Tokens, i: usize, out: &mut Vec<Raw>) -> Option<usize> {
        if i < 2 || tokens.norm(i - 1) != "," {
            return None;
        }
        let before = tokens.get(i - 2);
        let after_name = before.capitalised || tokens.norm(i - 2) == "." && i >= 3 && tokens.get(i - 3).capitalised;
        if !after_name {
            return None;
        }
        let start = tokens.get(i).start as usize;
        let (len, id) = self.admin_abbreviations.at_start(text.get(start..)?)?;
        let end_byte = start + len;
        let mut j = i;
        while j < tokens.len() && (tokens.get(j).start as usize) < end_byte {
            j += 1;
        }
        // The tokenizer's words must end where the abbreviation does, or
        // with its period ("N.Y." may be one token).
        let last_end = tokens.get(j - 1).end as usize;
        if last_end != end_byte && !(last_end == end_byte + 1 && text.as_bytes().get(end_byte) == Some(&b'.')) {
            return None;
        }
        out.push(Raw {
            sentence,
            tokens: i..j,
            span: [start, end_byte],
            key: crate::key_of(text.get(start..end_byte)?),
            region: None,
            cue: None,
            modifier: None,
            hint: Some(Hint::Admin),
            parent: None,
            parent_in: false,
            parent_bracketed: false,
            after_article: false,
            sentence_initial: false,
            all_caps: false,
            dateline: false,
            fixed: Some(id),
            spelling: false,
        });
        Some(j)
    }

    /// The longest name starting at token `i`: end token, key, region.
    fn longest_name(&self, text: &str, tokens: &Tokens, i: usize) -> Option<(usize, String, Option<usize>)> {
        self.longest_name_after(text, tokens, i, 0)
    }

    /// The longest name starting `skip` bytes into the normalised form of
    /// token `i` (after an elided word: "d'Italie").
    fn longest_name_after(&self, text: &str, tokens: &Tokens, i: usize, skip: usize) -> Option<(usize, String, Option<usize>)> {
        let n = tokens.len();
        let mut key = String::new();
        let mut best = None;
        let mut j = i;
        let mut words = 0;
        while j < n && words < 8 {
            let t = tokens.get(j);
            let elided = j == i && skip > 0;
            let w = if elided { tokens.norm(j).get(skip..).unwrap_or("") } else { tokens.norm(j) };
            if t.kind == TokenKind::Punct {
                // Hyphens and periods inside a name: "Centre-Nord", "St. Louis".
                let joins = matches!(w, "-" | ".") && words > 0 && j + 1 < n && tokens.get(j + 1).kind == TokenKind::Word;
                if !joins {
                    break;
                }
                j += 1;
                continue;
            }
            let connector = !t.capitalised && !elided_capital(text, t) && !elided;
            let joins = self.hyphened_article(tokens, j) || words > 0 && self.cues.connector.contains(w) && j + 1 < n && tokens.get(j + 1).capitalised;
            if connector && !joins {
                break;
            }
            push_word(&mut key, w);
            words += 1;
            j += 1;
            if connector {
                continue;
            }
            let region = self.regions.get(&key);
            if region.is_some() || self.exonyms.get(&key).is_some() || self.gazetteer.lookup(&key).next().is_some() {
                best = Some((j, key.clone(), region));
            }
            if !self.gazetteer.has_longer(&key) && !self.regions.has_longer(&key) && !self.exonyms.has_longer(&key) {
                break;
            }
        }
        best
    }

    /// "al-Bab", "Deir ez-Zor": a form of the Arabic article joined by a
    /// hyphen to a capitalised word.
    fn hyphened_article(&self, tokens: &Tokens, i: usize) -> bool {
        i + 2 < tokens.len()
            && tokens.get(i + 1).kind == TokenKind::Punct
            && tokens.get(i + 2).capitalised
            && tokens.get(i + 2).kind == TokenKind::Word
            && tokens.norm(i + 1) == "-"
            && self.transliteration.is_article(tokens.norm(i))
    }

    /// An Arabic name spelt otherwise than the gazetteer spells it ("Deir
    /// al-Zour", "Ras al-Ain", "in Qamishly"), longer than the name the
    /// gazetteer gave (`found`, its end): the end and key of the longest
    /// run of its words that the transliteration index knows. Only runs
    /// that hold an article, or that follow a strong locative where the
    /// gazetteer knows nothing, are tried.
    fn transliterated(&self, tokens: &Tokens, i: usize, found: Option<usize>) -> Option<(usize, String)> {
        const MAX_WORDS: usize = 5;
        let n = tokens.len();
        let (mut j, mut words, mut article) = (i, 0, false);
        let mut ends = [(0usize, false); MAX_WORDS];
        let mut count = 0;
        while j < n && words < MAX_WORDS {
            let t = tokens.get(j);
            if t.kind == TokenKind::Punct {
                if words > 0 && j + 1 < n && tokens.get(j + 1).kind == TokenKind::Word && tokens.norm(j) == "-" {
                    j += 1;
                    continue;
                }
                break;
            }
            if t.kind != TokenKind::Word {
                break;
            }
            // Articles and short capitals are two or three bytes: only
            // those words are read (this runs at every capitalised word).
            let short = (2..=3).contains(&(t.end - t.start));
            let is_article = short && {
                let w = tokens.norm(j);
                self.transliteration.is_article(w) && (self.cues.connector.contains(w) || self.hyphened_article(tokens, j))
            };
            if !t.capitalised && !is_article || t.all_caps && t.end - t.start <= 3 {
                break;
            }
            article |= is_article;
            words += 1;
            j += 1;
            if !is_article {
                ends[count] = (j, article);
                count += 1;
            }
        }
        let after_locative = found.is_none() && i > 0 && {
            let prev = tokens.norm(i - 1);
            self.cues.locative_word.get(prev) == Some(&Strength::Strong)
        };
        // The article must lie inside the words read: "Bashar" of "Bashar
        // al-Assad" has none.
        let tried = |&&(end, article): &&(usize, bool)| found.is_none_or(|f| end > f) && (article || after_locative && found.is_none());
        ends[..count].iter().rev().filter(tried).find_map(|&(end, _)| {
            let mut key = String::new();
            for k in (i..end).filter(|&k| tokens.get(k).kind == TokenKind::Word) {
                push_word(&mut key, tokens.norm(k));
            }
            let known = self.gazetteer.lookup(&key).next().is_some();
            (!known && !self.transliteration.places(&key, &self.gazetteer).is_empty()).then_some((end, key))
        })
    }

    fn names_a_country(&self, key: &str) -> bool {
        self.gazetteer
            .lookup(key)
            .any(|p| !p.demonym && self.gazetteer.place(p.place).is_some_and(|p| p.feature == crate::Feature::Country))
    }

    /// Whether `key` may be a surname: every reading of it is a town under
    /// a million people (no country, area, region, demonym, capital or big
    /// city: "Greater London" leaves London a place).
    fn surname_like(&self, key: &str) -> bool {
        let mut readings = self.gazetteer.lookup(key).peekable();
        readings.peek().is_some()
            && readings.all(|p| {
                !p.demonym
                    && self.gazetteer.place(p.place).is_some_and(|q| q.feature == crate::Feature::City && q.population < 1_000_000)
            })
    }

    /// A capitalised word before the name that is no cue, title or stop word
    /// makes the name part of a longer one ("Lake Tana", "Fort Worth" when
    /// the gazetteer lacks them, "Captain Ibrahim").
    fn prev_is_name_word(&self, text: &str, tokens: &Tokens, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        // "the Ministry of Homeland Security", "the Bank of England".
        // "the Defense of the Homeland".
        let i = if i >= 3 && tokens.norm(i - 1) == "the" && tokens.norm(i - 2) == "of" { i - 1 } else { i };
        let i = if i >= 2 && tokens.norm(i - 1) == "of" { i - 1 } else { i };
        // "qu'Andrew Lincoln": a capitalised word after an elided one.
        if self.elision(text, tokens, i - 1).is_some() {
            return true;
        }
        let t = tokens.get(i - 1);
        let w = tokens.norm(i - 1);
        // "Le Figaro", "De La Soul": a capitalised article inside a
        // sentence opens a name (French writes "la France" there); opening
        // the sentence it is the place's ("La France s'apprête").
        if t.capitalised && self.cues.article.contains(w) {
            return i >= 2;
        }
        t.kind == TokenKind::Word
            && t.capitalised
            && !t.all_caps
            && !self.cues.stop.contains(w)
            && !self.cues.time.contains(w)
            && !self.cues.admin.contains(w)
            && !self.cues.area.contains(w)
            && !self.cues.settlement.contains(w)
            && !self.cues.title.contains(w)
            && !self.cues.direction.contains_key(w)
            // "In Paris", not the particle of "De Lille", "Du Plessis".
            && self.cues.locative_word.get(w).is_none_or(|s| *s == Strength::Owner)
    }

    /// The preposition, relative phrase and admin or settlement word before
    /// the name at token `i`.
    fn context_before(&self, text: &str, tokens: &Tokens, i: usize) -> (Option<Cue>, Option<Modifier>, Option<Hint>) {
        let cues = &self.cues;
        let norm = |k: usize| tokens.norm(k);
        let skip_the = |k: usize| if k > 0 && norm(k - 1) == "the" { k - 1 } else { k };
        let mut k = skip_the(i);
        let mut hint = None;
        let mut modifier = None;
        // "the town of Djibo", "the province of Soum", "la ville de Djibo",
        // "la région du Sud-Ouest".
        let owner = |k: usize| self.strength_of(norm(k)) == Some(Strength::Owner);
        if k >= 2 && owner(k - 1) {
            let w = norm(k - 2);
            if let Some(h) = self.kind_hint(w) {
                hint = Some(h);
                k = skip_the(k - 2);
            }
        }
        // "20 km north of Gao", "north-east of Gao", "the north of Mali".
        if k >= 2 && norm(k - 1) == "of" {
            if let Some(mut bearing) = cues.direction.get(norm(k - 2)).copied() {
                let end = tokens.get(k - 1).end as usize;
                let mut k2 = k - 2;
                if k2 >= 2 && norm(k2 - 1) == "-" {
                    let joined = format!("{}-{}", norm(k2 - 2), norm(k2));
                    if let Some(b) = cues.direction.get(&joined) {
                        bearing = *b;
                        k2 -= 2;
                    }
                }
                let mut distance = None;
                if k2 >= 2 && tokens.get(k2 - 2).kind == TokenKind::Number {
                    if let (Some(unit), Ok(n)) = (cues.unit.get(norm(k2 - 1)), norm(k2 - 2).replace(',', "").parse::<f64>()) {
                        distance = Some(n * unit).filter(|d| d.is_finite() && *d < 20_000.0);
                        k2 -= 2;
                    }
                }
                let start = tokens.get(k2).start as usize;
                modifier = Some(Modifier {
                    text: text.get(start..end).unwrap_or("").to_owned(),
                    bearing: (bearing >= 0.0).then_some(bearing),
                    distance_km: distance,
                });
                k = skip_the(k2);
            }
        } else if k >= 1 {
            // "northern Burkina Faso", "central Mali".
            let w = norm(k - 1);
            if let Some(&bearing) = cues.direction.get(w).filter(|_| w.ends_with("ern") || w == "central") {
                let t = tokens.get(k - 1);
                modifier = Some(Modifier {
                    text: text.get(t.start as usize..t.end as usize).unwrap_or("").to_owned(),
                    bearing: (bearing >= 0.0).then_some(bearing),
                    distance_km: None,
                });
                k = skip_the(k - 1);
            }
        }
        let as_written = |phrase: &String, len: usize| {
            // "à Calais", not the article "a".
            cues.locative_as_written.get(phrase).is_none_or(|written| {
                let (from, to) = (tokens.get(k - len).start as usize, tokens.get(k - 1).end as usize);
                text.get(from..to).is_some_and(|w| w.to_lowercase() == *written)
            })
        };
        let cue_of = |phrase: &String, strength: Strength| {
            let word = cues.locative_as_written.get(phrase).unwrap_or(phrase);
            Cue { word: word.clone(), strength }
        };
        let phrase = cues.locative.iter().find_map(|(words, strength, phrase)| {
            let len = words.len();
            let matches = k >= len && (0..len).all(|x| norm(k - len + x) == words[x]) && as_written(phrase, len);
            matches.then(|| cue_of(phrase, *strength))
        });
        let cue = phrase.or_else(|| {
            let (word, strength) = cues.locative_word.get_key_value(norm(k.checked_sub(1)?))?;
            as_written(word, 1).then(|| cue_of(word, *strength))
        });
        (cue, modifier, hint)
    }

    /// What a kind word says a name is ("province", "region", "town").
    fn kind_hint(&self, w: &str) -> Option<Hint> {
        if self.cues.admin.contains(w) {
            Some(Hint::Admin)
        } else if self.cues.area.contains(w) {
            Some(Hint::Area)
        } else if self.cues.settlement.contains(w) {
            Some(Hint::Settlement)
        } else {
            None
        }
    }

    /// The strength of a one-word locative.
    fn strength_of(&self, word: &str) -> Option<Strength> {
        self.cues.locative_word.get(word).copied()
    }

    /// "d'Italie", "l'Inde", "qu'Andrew": a token that opens with an
    /// elided French word before a capital. Returns the elided word as
    /// normalised ("d'"), and how many bytes of the token's normalised form
    /// and of the text it takes.
    fn elision(&self, text: &str, tokens: &Tokens, i: usize) -> Option<(String, usize, usize)> {
        const MAX_ELIDED: usize = 7; // "lorsqu'", "jusqu'"
        let t = tokens.get(i);
        if t.kind != TokenKind::Word || t.capitalised {
            return None;
        }
        let word = text.get(t.start as usize..t.end as usize)?;
        let (at, apostrophe) = word.char_indices().take(MAX_ELIDED).find(|&(_, c)| sitrep_text::is_apostrophe(c))?;
        let text_bytes = at + apostrophe.len_utf8();
        let elided_lower = word[..at].chars().all(char::is_lowercase);
        if at == 0 || !elided_lower || !word[text_bytes..].chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let norm = tokens.norm(i);
        let (norm_at, norm_apostrophe) = norm.char_indices().find(|&(_, c)| sitrep_text::is_apostrophe(c))?;
        let norm_bytes = norm_at + norm_apostrophe.len_utf8();
        Some((norm[..norm_bytes].to_owned(), norm_bytes, text_bytes))
    }

    /// What an elided word before a name says ("hors d'Italie"): its
    /// locative cue, and a kind word before it ("la ville d'Abiy Addi").
    fn elided_context(&self, tokens: &Tokens, i: usize, elided: &str) -> (Option<Cue>, Option<Hint>) {
        let strength = self.strength_of(elided);
        let cue = strength.map(|strength| Cue { word: elided.to_owned(), strength });
        let kind_word = (i > 0 && strength == Some(Strength::Owner)).then(|| tokens.norm(i - 1));
        let hint = kind_word.and_then(|w| self.kind_hint(w));
        (cue, hint)
    }
}

/// The part of a sentence that may name a place: all of it, or only its
/// first word when no capital (nor any non-ASCII letter, which may be one)
/// follows that word. A quarter of news sentences are so ("He said the
/// talks would go on."), and tokenising them was a third of what places
/// cost the coder (callgrind).
fn place_bearing(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(sentence) = text.get(range.clone()) else { return range };
    let lead = sentence.len() - sentence.trim_start().len();
    let first_end = sentence[lead..].find(char::is_whitespace).map_or(sentence.len(), |i| lead + i);
    let capital_later = sentence.as_bytes()[first_end..].iter().any(|b| b.is_ascii_uppercase() || !b.is_ascii());
    if capital_later {
        range
    } else {
        range.start..range.start + first_end
    }
}

/// "d'Ivoire", "l'Ouest": a lower-case elision before a capital.
fn elided_capital(text: &str, t: &sitrep_text::Token) -> bool {
    let word = text.get(t.start as usize..t.end as usize).unwrap_or("");
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('\'' | '\u{2019}'), Some(u)) if c.is_lowercase() && u.is_uppercase())
}

/// "C'est", "L'armée": a capitalised elided word before a lower-case one.
fn elided_lower(text: &str, t: &sitrep_text::Token) -> bool {
    // The apostrophe's first byte (ASCII or U+2019) follows one letter:
    // most words are ruled out without decoding.
    if !matches!(text.as_bytes().get(t.start as usize + 1), Some(b'\'' | 0xE2)) {
        return false;
    }
    let word = text.get(t.start as usize..t.end as usize).unwrap_or("");
    let mut chars = word.chars().skip(1);
    matches!((chars.next(), chars.next()), (Some(a), Some(l)) if sitrep_text::is_apostrophe(a) && l.is_lowercase())
}

fn tokens_norm(tokens: &Tokens, i: usize) -> Option<&str> {
    (i < tokens.len()).then(|| tokens.norm(i))
}

/// Where the capitalised run that a name ends at `end` really ends: further
/// capitalised words (not months, weekdays, admin or settlement words)
/// belong to it: "Homeland Security", "Kenya Airways"; with `caps_break`,
/// not a word in capitals before a capitalised one ("Durban ANA
/// Reporter": an agency's byline; "Frankfurt DAX", "George W. Bush" go on),
/// nor an elided word opening a sentence that ran into the name ("à
/// Londres C'est une erreur": "O'Brien", "D'Artagnan" go on).
fn capitalised_run_end(text: &str, tokens: &Tokens, end: usize, cues: &crate::Cues, caps_break: bool) -> usize {
    let mut j = end;
    while j < tokens.len() {
        let t = tokens.get(j);
        if t.kind != TokenKind::Word || !t.capitalised || elided_lower(text, t) {
            break;
        }
        let byline = caps_break && t.all_caps && j + 1 < tokens.len() && tokens.get(j + 1).capitalised && !tokens.get(j + 1).all_caps;
        // "in South Africa By GERALD IMRAY": a byline's opening word
        // before a name in capitals, after a name not in capitals.
        let byline = byline || caps_break && !t.all_caps && j + 1 < tokens.len() && tokens.get(j + 1).all_caps && cues.byline.contains(tokens.norm(j));
        if byline || cues.run_break.contains(tokens.norm(j)) {
            break;
        }
        j += 1;
    }
    j
}

/// Links each name to the place it says it lies in: "Paris, Texas" (a
/// comma), "Burkina Faso's Sahel" (a possessive), "the Sahel region of
/// Burkina Faso" (an admin word and "of").
fn link_parents(cues: &crate::Cues, tokens: &Tokens, raws: &mut [Raw], first: usize) {
    for a in first..raws.len() {
        for b in first..raws.len() {
            if a == b {
                continue;
            }
            let (ea, sb) = (raws[a].tokens.end, raws[b].tokens.start);
            let between = |k: usize| tokens.norm(k);
            // b is a's parent.
            let comma = sb == ea + 1 && between(ea) == ",";
            // "Kenilworth in Johannesburg", "George in the Western Cape".
            let within = (sb == ea + 1 || sb == ea + 2 && between(ea + 1) == "the") && between(ea) == "in";
            // "KwaDabeka, near Pinetown": near its parent, as good as in it
            // at the scale of a town.
            let comma = comma || sb == ea + 2 && between(ea) == "," && cues.vicinity.contains(between(ea + 1));
            let admin_of = sb == ea + 2 && (cues.admin.contains(between(ea)) || cues.area.contains(between(ea))) && between(ea + 1) == "of";
            // "Anglet (Pyrénées-Atlantiques)", "Portes-lès-Valence (Drôme)":
            // French local news puts a town's département in brackets.
            let bracketed = sb == ea + 1 && between(ea) == "(" && raws[b].tokens.end < tokens.len() && between(raws[b].tokens.end) == ")";
            if (comma || admin_of || within || bracketed) && raws[a].parent.is_none() {
                raws[a].parent = Some(b);
                raws[a].parent_in = within;
                raws[a].parent_bracketed = bracketed;
            }
            // a is b's parent: "A's B", "A's northern B".
            let possessive = ea < tokens.len()
                && between(ea) == "'s"
                && (sb == ea + 1 || sb == ea + 2 && cues.direction.contains_key(between(ea + 1)));
            if possessive && raws[b].parent.is_none() {
                raws[b].parent = Some(a);
            }
        }
    }
}

/// "BAMAKO, Mali (Reuters) —": a name opening the document, in capitals or
/// followed by its parent and an opening bracket or dash, is the dateline.
fn mark_dateline(tokens: &Tokens, raws: &mut [Raw]) {
    let Some(first) = raws.first() else { return };
    if first.tokens.start != 0 {
        return;
    }
    let after = raws.get(1).filter(|r| first.parent.is_some() && r.tokens.start == first.tokens.end + 1).map_or(first.tokens.end, |r| r.tokens.end);
    // A hyphen joining two words ("Hard-hit by loan losses") is no dash.
    let compound = |k: usize| {
        tokens.norm(k) == "-"
            && tokens.get(k - 1).end == tokens.get(k).start
            && k + 1 < tokens.len()
            && tokens.get(k + 1).start == tokens.get(k).end
            && tokens.get(k + 1).kind == TokenKind::Word
    };
    let opens = after < tokens.len() && matches!(tokens.norm(after), "(" | "-" | "\u{2014}" | "\u{2013}" | ":") && !compound(after);
    if first.all_caps && first.key.len() > 2 || opens {
        raws[0].dateline = true;
    }
}

#[cfg(test)]
mod tests {
    use super::place_bearing;

    #[test]
    fn only_the_first_word_of_a_sentence_without_later_capitals() {
        let text = "He said so. Britain said the talks would go on. Talks in Bamako went on. Talks à côté went on.";
        let whole = |s: &str| {
            let at = text.find(s).unwrap();
            at..at + s.len()
        };
        let r = place_bearing(text, whole("He said so."));
        assert_eq!(&text[r], "He");
        let r = place_bearing(text, whole("Britain said the talks would go on."));
        assert_eq!(&text[r], "Britain");
        let r = place_bearing(text, whole("Talks in Bamako went on."));
        assert_eq!(&text[r], "Talks in Bamako went on.");
        // A non-ASCII letter may be a capital: the whole sentence is read.
        let r = place_bearing(text, whole("Talks à côté went on."));
        assert_eq!(&text[r], "Talks à côté went on.");
    }
}
