//! Any text: one root per sentence, every head in range, no cycle, spans on
//! character boundaries inside the text, and no panic; for the French
//! model too, whose contractions' words (`au` = `à` `le`) share their
//! token's span.

use proptest::prelude::*;
use sitrep_syntax::{Analysis, Model, Scratch};

/// The built-in models: the coder's, `sitrep parse`'s own and the French one.
fn check(text: &str) {
    check_with(Model::english().expect("the built-in model"), text);
    check_with(Model::english_parse().expect("sitrep parse's built-in model"), text);
    check_with(Model::french().expect("the built-in French model"), text);
}

fn check_with(model: &Model, text: &str) {
    let (mut scratch, mut a) = (Scratch::default(), Analysis::default());
    model.analyse_text(text, 0..text.len(), &mut scratch, &mut a);
    let n = a.len();
    if n == 0 {
        return;
    }
    assert_eq!(
        (0..n).filter(|&i| a.head(i).is_none()).count(),
        1,
        "one root in {text:?}"
    );
    let tokens: Vec<_> = a.multiword_tokens().collect();
    for (k, t) in tokens.iter().enumerate() {
        assert!(t.end <= n && t.end - t.start >= 2, "{t:?} in {text:?}");
        assert!(k == 0 || tokens[k - 1].end <= t.start, "tokens in order in {text:?}");
        assert!(t.clone().all(|i| a.span(i) == a.span(t.start)));
    }
    for i in 0..n {
        let span = a.span(i);
        assert!(span.start < span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        if !tokens.iter().any(|t| t.contains(&i)) {
            assert_eq!(&text[span.clone()], a.form(i));
        }
        if let Some(h) = a.head(i) {
            assert!(h < n && h != i);
            assert_ne!(a.deprel(i), "root");
        } else {
            assert_eq!(a.deprel(i), "root");
        }
        // Walking up from any word reaches the root within n steps.
        let (mut at, mut steps) = (i, 0);
        while let Some(h) = a.head(at) {
            at = h;
            steps += 1;
            assert!(steps <= n, "cycle through word {i} in {text:?}");
        }
        assert!(!a.upos(i).is_empty() && !a.lemma(i).is_empty());
    }
    // Words given one by one get the same shape of analysis.
    let forms: Vec<String> = (0..n).map(|i| a.form(i).to_owned()).collect();
    let mut b = Analysis::default();
    model.analyse_words(&forms, &mut scratch, &mut b);
    assert_eq!(b.len(), n);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_gives_one_tree(text in "\\PC{0,200}") {
        check(&text);
    }

    /// French contractions, elisions and hyphens in any case and order,
    /// spaced and run together.
    #[test]
    fn french_contractions_give_one_tree(words in prop::collection::vec(
        prop_oneof![
            "(au|AU|Au|aux|du|DU|Du|des|DES|Des|duquel|auxquels|l'|L’|qu'|d'|-t-il|-ci|-)",
            "[a-zéèàçA-ZÉ'’-]{1,10}",
            "[.,;:!?«»()]",
        ],
        1..60,
    )) {
        check(&words.join(" "));
        check(&words.concat());
    }

    #[test]
    fn wordy_text_gives_one_tree(words in prop::collection::vec("[A-Za-zéÉ'’-]{1,12}|[0-9.,]{1,6}|[.,;:!?\"()]", 1..80)) {
        check(&words.join(" "));
    }
}

#[test]
fn empty_and_odd_inputs() {
    for t in [
        "",
        " ",
        "\u{0}",
        "'",
        "’s",
        "n't",
        "-",
        "I'm'm",
        "l'l'l'",
        "🙂🙂",
        "a\u{301}\u{301}",
    ] {
        check(t);
    }
}

/// Tab-separated lines close to CoNLL-U: ids, ranges, heads and relations
/// that may or may not make sense, comments and blank lines.
fn conllu_like() -> impl Strategy<Value = String> {
    let field = prop_oneof!["[0-9]{1,2}", "[0-9]-[0-9]", "[0-9]\\.[0-9]", "_", "[a-z]{1,5}", "[A-Z]{1,5}", "[a-z:]{1,8}", "\\PC{0,6}"];
    let line = prop_oneof![
        prop::collection::vec(field, 0..12).prop_map(|f| f.join("\t")),
        Just(String::new()),
        "# [a-z_]{1,8} = \\PC{0,20}",
    ];
    prop::collection::vec(line, 0..30).prop_map(|l| l.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The CoNLL-U reader reads or reports any input, line by line, and
    /// never panics; a sentence it returns passes its own tree check or
    /// says why not.
    #[test]
    fn the_conllu_reader_reads_or_reports_anything(text in prop_oneof![conllu_like(), "\\PC{0,300}"]) {
        let mut reader = sitrep_syntax::conllu::Reader::new(text.as_bytes());
        for _ in 0..100 {
            match reader.next_sentence() {
                Ok(Some(sentence)) => {
                    let _ = sentence.check_tree();
                }
                Ok(None) | Err(_) => break,
            }
        }
    }
}
