//! Event locations read from sitrep's dependency parse: a place is the
//! event's when the walk up the tree from the place name reaches the word
//! the event stands on (its `trigger`) through a locative relation
//! (`obl`/`nmod`, through noun-phrase relations), and is not when the name
//! is a participant of that word or the walk crosses into another clause
//! first. Which relation is which is `lexicon/places/tree-relations.tsv`.
//! The coder's own parses are read when it made them; another sentence is
//! parsed once, and only when an event needs it.

use std::cell::RefCell;
use std::ops::Range;

use rustc_hash::FxHashMap;
use sitrep_model::Event;
use sitrep_places::{Attachment, PlaceMention};
use sitrep_syntax::{Analysis, Model, Scratch};

const RELATIONS: &str = include_str!("../../../lexicon/places/tree-relations.tsv");

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Locative,
    Phrase,
    Argument,
    Clause,
}

/// The relation table, read once.
fn relations() -> &'static FxHashMap<&'static str, Kind> {
    static TABLE: std::sync::OnceLock<FxHashMap<&'static str, Kind>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        RELATIONS
            .lines()
            .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (rel, kind) = l.split_once('\t')?;
                let kind = match kind.trim() {
                    "locative" => Kind::Locative,
                    "phrase" => Kind::Phrase,
                    "argument" => Kind::Argument,
                    "clause" => Kind::Clause,
                    _ => return None,
                };
                Some((rel.trim(), kind))
            })
            .collect()
    })
}

/// An [`Attachment`] for one document: its text and the parses of the
/// sentences asked about so far.
pub struct TreeAttachment<'a> {
    /// The parser of the document's language, loaded only when a sentence
    /// the coder did not parse is asked about: a run whose events all
    /// stand in coded sentences loads no model here, and a French document
    /// never loads the English one (about 50 MB).
    model: fn() -> Option<&'static Model>,
    text: &'a str,
    /// The coder's scratch after coding this document: its parses.
    coded: Option<&'a sitrep_coder::Scratch>,
    parses: RefCell<FxHashMap<usize, Analysis>>,
    scratch: RefCell<Scratch>,
}

impl<'a> TreeAttachment<'a> {
    pub fn new(model: fn() -> Option<&'static Model>, text: &'a str) -> Self {
        Self { model, text, coded: None, parses: RefCell::default(), scratch: RefCell::default() }
    }

    /// Reads the parses the coder made of this document before parsing
    /// anew: parsing is most of what an event's location costs.
    pub fn with_coded(mut self, coded: &'a sitrep_coder::Scratch) -> Self {
        self.coded = Some(coded);
        self
    }
}

/// The word whose span holds `offset`.
fn word_at(a: &Analysis, offset: usize) -> Option<usize> {
    (0..a.len()).find(|&i| a.span(i).contains(&offset))
}

/// The head word of the phrase `span`: the word inside it whose head is not.
fn phrase_head(a: &Analysis, span: [usize; 2]) -> Option<usize> {
    let inside = |i: usize| a.span(i).start >= span[0] && a.span(i).end <= span[1];
    (0..a.len()).find(|&i| inside(i) && a.head(i).is_none_or(|h| !inside(h)))
}

impl Attachment for TreeAttachment<'_> {
    fn attached(&self, mention: &PlaceMention, event: &Event, sentence: Range<usize>) -> Option<bool> {
        if sentence.start >= sentence.end || sentence.end > self.text.len() {
            return None;
        }
        let holds = |r: &Range<usize>| r.start <= mention.span[0] && mention.span[1] <= r.end && r.contains(&event.trigger[0]);
        let coded = self.coded.and_then(|c| c.parse_at(event.trigger[0])).filter(|(r, _)| holds(r));
        let mut parses = self.parses.borrow_mut();
        let a = match coded {
            Some((_, a)) => a,
            None => {
                let model = (self.model)()?;
                parses.entry(sentence.start).or_insert_with(|| {
                    let mut a = Analysis::default();
                    model.analyse_text(self.text, sentence.clone(), &mut self.scratch.borrow_mut(), &mut a);
                    a
                })
            }
        };
        let trigger = word_at(a, event.trigger[0])?;
        let mut at = phrase_head(a, mention.span)?;
        let table = relations();
        let mut locative = false;
        // At most one step per word: a tree has no cycles, but be sure.
        for _ in 0..a.len() {
            let kind = table.get(a.deprel(at)).copied();
            // The root (no head) is listed as a clause: reaching it without
            // passing the trigger puts the place in another clause.
            let head = match a.head(at) {
                Some(h) => h,
                None => return (kind == Some(Kind::Clause)).then_some(false),
            };
            match kind {
                // The name is itself a participant ("Mali expelled …"), or
                // modifies one as a place ("attacked rebels near Gao").
                Some(Kind::Argument) if head == trigger => return Some(locative),
                Some(Kind::Clause) => return Some(false),
                Some(Kind::Locative) => locative = true,
                Some(Kind::Phrase) | Some(Kind::Argument) => {}
                None => return None,
            }
            if head == trigger {
                return locative.then_some(true);
            }
            at = head;
        }
        None
    }
}
