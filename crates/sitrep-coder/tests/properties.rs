//! Invariants on any input: no panic, every span inside the text and on
//! character boundaries, sentences in order.

use std::sync::{Arc, OnceLock};

use proptest::prelude::*;
use sitrep_coder::{Coder, Scratch};
use sitrep_lexicon::Lexicon;
use sitrep_model::Document;

fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(|| Coder::new(Arc::new(Lexicon::builtin().expect("built-in lexicon"))))
}

/// Text built from pieces that exercise the coder: actor names, verbs,
/// cues, punctuation, quotes and arbitrary Unicode.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Russia", "Russian", "troops", "special forces", "Burkina Faso", "’s", "'s", "junta", "the", "and",
        "attacked", "sent", "to", "was", "expelled", "by", "reportedly", "did", "n't", "not", "accused", "of",
        "harboring", "according to", ",", ".", "“", "”", "\"", "which", "President", "Putin", "Traoré",
        "in April 2025", "on Saturday", "U.S.", "Capt.", "\n", " ", "—", "é", "…", "said", "his", "administration",
    ]);
    prop::collection::vec(prop_oneof![pieces.prop_map(str::to_owned), any::<String>()], 0..40)
        .prop_map(|v| v.join(" "))
}

fn check(text: &str) {
    let doc = Document { date: chrono::NaiveDate::from_ymd_opt(2025, 5, 14), ..Document::new("p", text) };
    let mut events = Vec::new();
    coder().code(&doc, &mut Scratch::default(), &mut events);
    let sentences = coder().sentences(text);
    for w in sentences.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
    for e in &events {
        let [a, b] = e.span;
        assert!(a < b && b <= text.len(), "span {a}..{b} outside {} bytes", text.len());
        assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
        assert!(e.sentence < sentences.len());
        let s = &sentences[e.sentence];
        assert!(s.start <= a && b <= s.end, "span outside its sentence");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_unicode_is_coded_without_panic(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn newsy_text_keeps_spans_inside_sentences(text in newsy()) {
        check(&text);
    }
}
