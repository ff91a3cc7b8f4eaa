//! The shipped English model: its accuracy on UD English-EWT test (gold
//! tokens) stays above a floor, and it parses what a reader would expect on
//! sentences from the news corpus. Figures in the README come from
//! `train-syntax eval --gold …/en_ewt-ud-test.conllu.gz`.

use std::path::PathBuf;

use sitrep_syntax::train::{evaluate, read_treebank};
use sitrep_syntax::{Analysis, Model, Scratch};

#[test]
fn accuracy_on_ewt_test_stays_above_the_floor() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/ud/en_ewt-ud-test.conllu.gz");
    let bank = read_treebank(&path).expect("../shared/ud/en_ewt-ud-test.conllu.gz");
    let model = Model::english().expect("the built-in model");
    let scores = evaluate(model, &bank.sentences);
    eprintln!("{scores}");
    // Floors just under the shipped model's figures (README): a regression
    // shows here; the targets (UPOS 95, LAS 82) are not reached yet.
    assert!(scores.upos >= 0.948, "{scores}");
    assert!(scores.las >= 0.79, "{scores}");
    assert!(scores.uas >= 0.83, "{scores}");
    assert!(scores.lemma >= 0.96, "{scores}");
}

fn analyse(text: &str) -> Analysis {
    let model = Model::english().expect("the built-in model");
    let mut a = Analysis::default();
    model.analyse_text(text, 0..text.len(), &mut Scratch::default(), &mut a);
    a
}

fn find(a: &Analysis, form: &str) -> usize {
    (0..a.len())
        .find(|&i| a.form(i) == form)
        .unwrap_or_else(|| panic!("no `{form}`"))
}

#[test]
fn subjects_objects_and_passive_agents() {
    // Constructions the coder reads, in sentences from the tree-coder
    // issue's list of misses. (Two others of that list are misparsed
    // today: "kidnapped up to 16 Russian advisers" makes the advisers
    // `obl`, and "gave the Ivory Coast 5.1 million dollars" joins the
    // dollars to the Ivory Coast by `conj`; see the README.)
    let a = analyse("Turkish police prevented the demonstration.");
    let (police, prevented, demonstration) = (
        find(&a, "police"),
        find(&a, "prevented"),
        find(&a, "demonstration"),
    );
    assert_eq!(
        (a.head(police), a.deprel(police)),
        (Some(prevented), "nsubj")
    );
    assert_eq!(
        (a.head(demonstration), a.deprel(demonstration)),
        (Some(prevented), "obj")
    );
    assert_eq!(a.lemma(prevented), "prevent");

    let a = analyse("Vice-President Awori has declined to resign.");
    let (declined, resign) = (find(&a, "declined"), find(&a, "resign"));
    assert_eq!(
        (a.head(resign), a.deprel(resign)),
        (Some(declined), "xcomp")
    );
    assert_eq!(a.deprel(find(&a, "Awori")), "nsubj");

    let a = analyse("France was expelled by the junta.");
    let (france, expelled, junta) = (find(&a, "France"), find(&a, "expelled"), find(&a, "junta"));
    assert_eq!(
        (a.head(france), a.deprel(france)),
        (Some(expelled), "nsubj:pass")
    );
    assert_eq!(a.head(junta), Some(expelled));
    assert_eq!(a.deprel(junta), "obl:agent");

    let a = analyse("France, which was expelled by the junta, is concerned.");
    let (which, expelled) = (find(&a, "which"), find(&a, "expelled"));
    assert_eq!(
        (a.head(expelled), a.deprel(expelled)),
        (Some(find(&a, "France")), "acl:relcl")
    );
    assert_eq!(a.deprel(which), "nsubj:pass");
}

/// A quoted predicate, which the greedy parse hung under the opening
/// quotation mark, is parsed again with punctuation kept a leaf
/// (`Parser::parse`). The sentence is from the news corpus.
#[test]
fn no_word_hangs_under_a_quotation_mark() {
    let a = analyse("Anti-Defamation League (ADL) says Elon Musk's surprise move to reinstate former President Donald Trump's account is \"dangerous and inconsistent\".");
    for w in 0..a.len() {
        if let Some(h) = a.head(w) {
            assert!(a.upos(h) != "PUNCT" || a.upos(w) == "PUNCT", "`{}` under `{}`", a.form(w), a.form(h));
        }
    }
    let (says, dangerous) = (find(&a, "says"), find(&a, "dangerous"));
    assert_eq!((a.head(dangerous), a.deprel(dangerous)), (Some(says), "ccomp"));
    assert_eq!(a.deprel(find(&a, "is")), "cop");
}

#[test]
fn clitics_split_as_the_treebank_does() {
    let a = analyse("I'm sure they don't know.");
    let forms: Vec<&str> = (0..a.len()).map(|i| a.form(i)).collect();
    assert_eq!(forms, ["I", "'m", "sure", "they", "do", "n't", "know", "."]);
    assert_eq!(a.span(1), 1..3);
}

/// "The U.S. Said it would retaliate": a function word or speech verb that
/// wire copy capitalises after an abbreviation is read in lower case
/// (`data/en-lower-after-abbreviation.txt`), so the speech verb heads the
/// sentence; a name after an abbreviation keeps its capital.
#[test]
fn wire_capitals_after_an_abbreviation_are_read_in_lower_case() {
    let a = analyse("The U.S. Said it would retaliate against Japan.");
    let said = find(&a, "said");
    assert_eq!(a.upos(said), "VERB");
    assert_eq!(a.head(said), None, "{:?}", (0..a.len()).map(|i| (a.form(i), a.head(i))).collect::<Vec<_>>());
    let b = analyse("The U.S. Treasury said it would act.");
    find(&b, "Treasury");
}
