//! Quotations that run on past their speaker's sentence: "“… on our
//! borders,” Erdogan said in a speech in Ankara. “Our mission is to strangle
//! it before it is even born. We will attack the YPG in Afrin.”" The last
//! two sentences name no speaker; they are still Erdogan's words.

use sitrep_model::{Actor, AttributionKind};

/// Who speaks a quotation: as credited in the sentence that named them.
#[derive(Debug, Clone)]
pub struct Speaker {
    pub text: String,
    pub kind: AttributionKind,
    /// The speaker as an actor, when the lexicon knows them: the doer of a
    /// quoted "we" or "I".
    pub actor: Option<Actor>,
}

/// What a document's earlier sentences leave for the next one.
#[derive(Debug, Default)]
pub struct QuoteCarry {
    /// A quotation opened and not yet closed.
    open: bool,
    /// The speaker of the last quotation, while quotations follow one
    /// another ("“…,” he said. “…”"); a sentence with no quotation ends it.
    speaker: Option<Speaker>,
}

impl QuoteCarry {
    pub fn reset(&mut self) {
        self.open = false;
        self.speaker = None;
    }

    /// Whether the sentence about to be read begins inside a quotation.
    /// A new paragraph closes any: news style opens a quotation that runs
    /// on into a new paragraph again with a quotation mark of its own.
    pub fn begin_sentence(&mut self, new_paragraph: bool) -> bool {
        if new_paragraph {
            self.open = false;
        }
        self.open
    }

    /// The speaker a quoted event of a sentence naming no speaker takes.
    pub fn speaker(&self) -> Option<&Speaker> {
        self.speaker.as_ref()
    }

    /// After a sentence: whether a quotation is still open at its end,
    /// whether it quotes anything, and the speaker it names for its
    /// quotation, if any.
    pub fn after_sentence(&mut self, open: bool, quotes: bool, own: Option<Speaker>) {
        if quotes {
            if own.is_some() {
                self.speaker = own;
            }
        } else if !self.open {
            self.speaker = None;
        }
        self.open = open;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speaker(text: &str) -> Speaker {
        Speaker { text: text.to_owned(), kind: AttributionKind::NamedOfficial, actor: None }
    }

    #[test]
    fn a_quotation_keeps_its_speaker_until_a_sentence_quotes_nothing() {
        let mut carry = QuoteCarry::default();
        carry.after_sentence(false, true, Some(speaker("Erdogan")));
        assert_eq!(carry.speaker().map(|s| s.text.as_str()), Some("Erdogan"));
        // "“Our mission is to strangle it." opens a quotation of its own.
        carry.after_sentence(true, true, None);
        assert!(carry.begin_sentence(false));
        assert_eq!(carry.speaker().map(|s| s.text.as_str()), Some("Erdogan"));
        // "We will attack the YPG in Afrin.”" closes it.
        carry.after_sentence(false, true, None);
        assert!(!carry.begin_sentence(false));
        // Narrative, no quotation: the next quotation's speaker is unknown.
        carry.after_sentence(false, false, None);
        assert!(carry.speaker().is_none());
    }

    #[test]
    fn a_new_paragraph_closes_a_quotation() {
        let mut carry = QuoteCarry::default();
        carry.after_sentence(true, true, Some(speaker("Erdogan")));
        assert!(!carry.begin_sentence(true));
        // A paragraph that quotes nothing ends the speaker too.
        carry.after_sentence(false, false, None);
        assert!(carry.speaker().is_none());
    }

    #[test]
    fn a_sentence_inside_an_open_quotation_keeps_the_speaker() {
        let mut carry = QuoteCarry::default();
        carry.after_sentence(true, true, Some(speaker("the minister")));
        // No quotation mark at all, but still inside the quotation.
        carry.after_sentence(true, true, None);
        assert_eq!(carry.speaker().map(|s| s.text.as_str()), Some("the minister"));
    }
}
