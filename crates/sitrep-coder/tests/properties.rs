//! Invariants on any input: no panic, every span (and trigger) inside the text and on
//! character boundaries, sentences in order.

use std::sync::{Arc, OnceLock};

use proptest::prelude::*;
use sitrep_coder::{Coder, Scratch};
use sitrep_lexicon::{Lexicon, LexiconSource, PetrarchFiles};
use sitrep_model::Document;

fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(|| Coder::new(Arc::new(Lexicon::builtin().expect("built-in lexicon"))))
}

/// The French coder (the built-in French lexicon and parser).
fn french_coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(|| Coder::new(Arc::new(Lexicon::builtin_in(sitrep_lexicon::Language::French).expect("built-in French lexicon"))))
}

/// The coder with PETRARCH's validation dictionaries (their `%`, `^`, `$`
/// and joint actors exercise the PETRARCH-only paths), or `None` with a
/// message when `../shared/petrarch` is absent.
fn petrarch_coder() -> Option<&'static Coder> {
    static CODER: OnceLock<Option<Coder>> = OnceLock::new();
    CODER
        .get_or_init(|| {
            let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/petrarch");
            if !dir.is_dir() {
                eprintln!("skipping the PETRARCH property test: {} is absent", dir.display());
                return None;
            }
            let files = PetrarchFiles {
                verbs: Some(dir.join("PETR.Validate.verbs.txt")),
                actors: vec![dir.join("PETR.Validate.actors.txt")],
                agents: Some(dir.join("PETR.Validate.agents.txt")),
                discards: Some(dir.join("PETR.Validate.discards.txt")),
            };
            let (src, _) = LexiconSource::from_petrarch(&files, true).expect("validation dictionaries load");
            Some(Coder::new(Arc::new(Lexicon::compile(&src).expect("compile"))))
        })
        .as_ref()
}

/// Pieces of PETRARCH's test sentences: compounds, skips, passives.
fn petrarchy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Gondor", "Osgiliath", "and", "the", "Shire", "have", "delayed", "their", "meeting", "anti", "-", "parade",
        "was", "shot", "dead", "in", "warned", "at", "of", "Prince", "of", "Dol_Amroth", "former", "officials",
        "agree", "with", "(EU)", ",", ".", "Arnor", "restore", "full", "diplomatic", "ties", "said", "that", "by",
    ]);
    prop::collection::vec(prop_oneof![4 => pieces.prop_map(str::to_owned), 1 => any::<String>()], 0..30)
        .prop_map(|v| v.join(" "))
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

/// French pieces: elisions, accents, contractions, the conditional, a
/// glued sentence, inverted speech verbs.
fn frenchy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "La", "Russie", "russes", "forces spéciales", "l'", "armée", "malienne", "d'", "Ivoire", "Côte", "qu'", "il", "n'",
        "a", "pas", "auraient", "été", "déployées", "au", "Burkina Faso", "du", "des", "aux", "selon", "des sources",
        "a-t-il", "déclaré", "se sont", "retirées", "de", "jeudi.Le", "État", "pressé", "à", "par", "la junte", "«", "»",
        ",", ".", "’", "Traoré", "expulsera", "expulserait", "ne", "l’ambassadeur", "\n", " ", "M.", "1er", "é",
    ]);
    prop::collection::vec(prop_oneof![4 => pieces.prop_map(str::to_owned), 1 => any::<String>()], 0..40).prop_map(|v| v.join(" "))
}

fn check(text: &str) {
    check_with(coder(), text);
}

fn check_with(coder: &Coder, text: &str) {
    let doc = Document { date: chrono::NaiveDate::from_ymd_opt(2025, 5, 14), ..Document::new("p", text) };
    let mut events = Vec::new();
    coder.code(&doc, &mut Scratch::explaining(), &mut events);
    let sentences = coder.sentences(text);
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
        let [t0, t1] = e.trigger;
        assert!(a <= t0 && t0 < t1 && t1 <= b, "trigger {t0}..{t1} outside its span {a}..{b}");
        assert!(text.is_char_boundary(t0) && text.is_char_boundary(t1));
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

    #[test]
    fn french_text_keeps_spans_inside_sentences(text in frenchy()) {
        check_with(french_coder(), &text);
    }

    #[test]
    fn any_unicode_is_coded_in_french_without_panic(text in any::<String>()) {
        check_with(french_coder(), &text);
    }

    #[test]
    fn petrarch_dictionaries_keep_spans_inside_sentences(text in petrarchy()) {
        if let Some(coder) = petrarch_coder() {
            check_with(coder, &text);
        }
    }
}
