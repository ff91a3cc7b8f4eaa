//! Stretches outside the main clause, and quotations.

use sitrep_lexicon::CueKind;

use crate::sentence::{Segment, SegmentKind, Sentence};

pub fn mark_segments(s: &mut Sentence) {
    let n = s.len();
    s.segment.resize(n, 0);
    let mut i = 0;
    while i < n {
        let after_comma = i == 0 || s.norm(i - 1) == ",";
        let kind = if after_comma && i > 0 && s.is(i, CueKind::Relative) && !s.is(i, CueKind::Complementizer) {
            Some(SegmentKind::Relative)
        } else if after_comma && s.cue_at(i, CueKind::AttributionIntro).is_some() {
            Some(SegmentKind::Attribution)
        } else {
            None
        };
        let Some(kind) = kind else {
            i += 1;
            continue;
        };
        // A segment that runs to the sentence's end ends before its closing
        // mark ("…, selon des sources sécuritaires."; "…, according to
        // officials."): the mark is no word of the source.
        let mut sentence_end = n;
        while sentence_end > i + 1 && matches!(s.norm(sentence_end - 1), "." | "!" | "?") {
            sentence_end -= 1;
        }
        let end = (i + 1..n).find(|&j| matches!(s.norm(j), "," | ";" | ":")).unwrap_or(sentence_end);
        let antecedent = match kind {
            SegmentKind::Relative if i >= 2 => s.group_of[i - 2].filter(|&g| s.groups[g as usize].end == i - 1),
            _ => None,
        };
        s.segments.push(Segment { start: i, end, kind, antecedent });
        let id = s.segments.len() as u16;
        for t in &mut s.segment[i..end] {
            *t = id;
        }
        i = end;
    }
}

/// The quotations of the sentence, as token ranges; `continued`: it begins
/// inside a quotation an earlier sentence opened. A quotation still open
/// at the end runs to it. Returns whether one is open at the end.
pub fn find_quotes(s: &mut Sentence, continued: bool) -> bool {
    // The first word a quotation holds.
    let mut open = continued.then_some(0);
    for i in 0..s.len() {
        if s.norm(i) == "\"" {
            match open.take() {
                None => open = Some(i + 1),
                Some(o) => s.quotes.push((o, i)),
            }
        }
    }
    match open {
        Some(o) => {
            if o < s.len() {
                s.quotes.push((o, s.len()));
            }
            true
        }
        None => false,
    }
}
