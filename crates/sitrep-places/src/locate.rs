//! Event locations: where each coded event happened.
//!
//! The place an event's own sentence puts it in: a name after a strong
//! locative ("in", "near", "outside") or with a relative phrase ("20 km
//! north of Gao"), inside the event's evidence first, the most specific
//! first (a town before its province before its country); else a name
//! after a weak one ("sent troops to Burkina Faso"), else a town or area
//! named in the event's own words ("jets bombed Aleppo"). Failing that, the
//! dateline, or the document's main country when one of the event's actors
//! is of that country. A place never changes an actor.
//!
//! Which phrase a place attaches to is read from word order today; a
//! dependency tree (`obl`/`nmod` with `case` in/at/near under the event's
//! head) can answer instead through [`Attachment`].

use std::ops::Range;

use sitrep_model::{Event, Location};

use crate::cues::Strength;
use crate::gazetteer::Feature;
use crate::resolve::{DocPlaces, MentionKind, PlaceMention};

/// Says whether a place mention belongs to an event.
pub trait Attachment {
    /// `Some(true)`: the mention is the event's place; `Some(false)`: it is
    /// not (an actor's name, another clause's place); `None`: no opinion,
    /// word order decides.
    fn attached(&self, mention: &PlaceMention, event: &Event, sentence: Range<usize>) -> Option<bool>;
}

/// No tree: word order alone.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordOrder;

impl Attachment for WordOrder {
    fn attached(&self, _: &PlaceMention, _: &Event, _: Range<usize>) -> Option<bool> {
        None
    }
}

fn specificity(f: Feature) -> u8 {
    match f {
        Feature::City | Feature::Capital => 4,
        Feature::Admin2 => 3,
        Feature::Admin1 => 2,
        Feature::Region => 1,
        Feature::Country => 0,
    }
}

impl DocPlaces {
    /// Sets `location` on every event of the document that has none.
    pub fn locate(&self, events: &mut [Event], attachment: &dyn Attachment) {
        for event in events.iter_mut().filter(|e| e.location.is_none()) {
            event.location = self.event_place(event, attachment).map(|(m, precision)| to_location(m, precision));
        }
    }

    /// The place of one event and the precision it is known to.
    pub fn event_place(&self, event: &Event, attachment: &dyn Attachment) -> Option<(&PlaceMention, &'static str)> {
        let sentence = self.sentence_of(event.span[0])?;
        let range = self.sentences.get(sentence).cloned().unwrap_or(0..0);
        let in_sentence = self.mentions.iter().filter(|m| m.sentence == sentence && m.kind == MentionKind::Toponym);
        let mut best: Option<(&PlaceMention, (u8, u8, u8, usize))> = None;
        for m in in_sentence {
            let inside = m.span[0] >= event.span[0] && m.span[1] <= event.span[1];
            // A town or area in the event's own words, even as its object
            // ("jets bombed Aleppo"), says more than the dateline (which an
            // event's span may hold when the coder read it with the
            // sentence): a country there is an actor ("France condemned
            // Russia").
            let named_in_event = inside && !m.dateline && !matches!(m.feature, Feature::Country | Feature::Region);
            // A country or region the tree hangs under the event with no
            // locative word before it is what the event is about, not where
            // it happened ("vowed to coordinate with France and the US",
            // "retaliate against U.S. goods").
            let bare_country = m.cue.is_none() && m.modifier.is_none() && matches!(m.feature, Feature::Country | Feature::Region);
            let rank = match attachment.attached(m, event, range.clone()) {
                Some(false) if named_in_event => 0,
                Some(false) => continue,
                Some(true) if bare_country => continue,
                Some(true) => 3,
                None => match (&m.cue, &m.modifier) {
                    (_, Some(_)) => 2,
                    (Some(c), _) if c.strength == Strength::Strong => 2,
                    (Some(c), _) if c.strength != Strength::Owner && !matches!(c.word.as_str(), "from" | "between") => 1,
                    _ if named_in_event => 0,
                    _ => continue,
                },
            };
            let inside = u8::from(inside);
            let distance = m.span[0].abs_diff(event.span[1]).min(m.span[1].abs_diff(event.span[0]));
            let key = (rank, inside, specificity(m.feature), usize::MAX - distance);
            if best.as_ref().is_none_or(|(_, k)| key > *k) {
                best = Some((m, key));
            }
        }
        if let Some((m, _)) = best {
            return Some((m, m.precision));
        }
        if let Some(d) = self.mentions.iter().find(|m| m.dateline) {
            return Some((d, d.precision));
        }
        // The main country: named at least twice, and more than any other.
        let (main, count) = self.countries.first()?;
        if *count < 2 || self.countries.get(1).is_some_and(|(_, c)| c == count) {
            return None;
        }
        let local = [&event.source, &event.target]
            .into_iter()
            .flatten()
            .filter_map(|a| a.code.as_ref())
            .any(|c| c.as_str().get(..3) == Some(main.as_str()));
        let place = self.mentions.iter().find(|m| m.country.as_ref() == Some(main) && m.feature == Feature::Country)?;
        local.then_some((place, "country"))
    }

    fn sentence_of(&self, offset: usize) -> Option<usize> {
        self.sentences.iter().position(|r| r.contains(&offset) || r.end == offset)
    }
}

fn to_location(m: &PlaceMention, precision: &'static str) -> Location {
    Location {
        name: m.name.clone(),
        country: m.country.clone(),
        admin1: m.admin1.clone(),
        lat: Some(m.lat),
        lon: Some(m.lon),
        geonames_id: m.geonames_id,
        precision: precision.to_owned(),
        feature: Some(m.feature.as_str().to_owned()),
        span: Some(m.span),
    }
}
