//! PETRARCH pattern markers the coder must honour, on small dictionaries
//! written here in PETRARCH's own format: `%` (a compound whose members are
//! coded with one another) and placeholder codes that leave a pattern out.

use std::path::Path;
use std::sync::Arc;

use sitrep_coder::{Coder, CoderOptions, Scratch};
use sitrep_lexicon::{Lexicon, LexiconSource, PetrarchFiles};
use sitrep_model::Document;

const ACTORS: &str = "ISRAEL [ISR]\nSYRIA [SYR]\nEGYPT [EGY]\n";

fn coder(dir: &Path, verbs: &str) -> Coder {
    std::fs::write(dir.join("verbs.txt"), verbs).unwrap();
    std::fs::write(dir.join("actors.txt"), ACTORS).unwrap();
    let files = PetrarchFiles { verbs: Some(dir.join("verbs.txt")), actors: vec![dir.join("actors.txt")], ..Default::default() };
    let (src, _warnings) = LexiconSource::from_petrarch(&files, true).expect("dictionaries load");
    Coder::new(Arc::new(Lexicon::compile(&src).expect("compiles"))).with_options(CoderOptions { require_dyad: true })
}

/// The events of `text` as sorted `SOURCE TARGET CODE` lines.
fn code(coder: &Coder, text: &str) -> Vec<String> {
    let mut events = Vec::new();
    coder.code(&Document::new("t", text), &mut Scratch::default(), &mut events);
    let code = |a: &Option<sitrep_model::Actor>| a.as_ref().and_then(|a| a.code.as_ref()).map_or("---".to_owned(), |c| c.to_string());
    let mut lines: Vec<String> = events.iter().map(|e| format!("{} {} {}", code(&e.source), code(&e.target), e.cameo)).collect();
    lines.sort();
    lines
}

/// A directory of its own for one test's dictionaries, removed when the
/// test ends (the property test makes one per case).
fn temp_dir(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("sitrep-petrarch-patterns-{name}-")).tempdir().unwrap()
}

const RENEW: &str = "--- RENEW [---] ---\nRENEW\n- % * DIPLOMATIC [064]\n- * TIES [031]\n";

#[test]
fn compound_before_the_verb_codes_its_members_with_each_other() {
    let dir = temp_dir("compound");
    let c = coder(dir.path(), RENEW);
    assert_eq!(code(&c, "Israel and Syria have renewed diplomatic ties."), ["ISR SYR 064", "SYR ISR 064"]);
    // Three members: every ordered pair.
    assert_eq!(code(&c, "Israel, Syria and Egypt renewed diplomatic ties.").len(), 6);
}

#[test]
fn compound_pattern_needs_a_compound() {
    let dir = temp_dir("single");
    let c = coder(dir.path(), RENEW);
    // One subject: the `%` pattern cannot match, and "* TIES" (a blank
    // lets words in between) codes the object instead.
    assert_eq!(code(&c, "Israel has renewed diplomatic ties with Syria."), ["ISR SYR 031"]);
}

#[test]
fn compound_after_the_verb_is_a_target() {
    let dir = temp_dir("after");
    let c = coder(dir.path(), "--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n");
    assert_eq!(code(&c, "Egypt agrees with Israel and Syria."), ["EGY ISR 031", "EGY SYR 031"]);
    // Not a compound: the pattern does not match and the verb's code holds.
    assert_eq!(code(&c, "Egypt agrees with Israel."), ["EGY ISR 081"]);
}

#[test]
fn placeholder_code_leaves_the_pattern_out() {
    let dir = temp_dir("placeholder");
    let c = coder(dir.path(), "--- RESTORE [064] ---\nRESTORE\n- * FULL DIPLOMATIC [+++]\n");
    assert_eq!(code(&c, "Egypt restored full diplomatic ties with Israel."), ["EGY ISR 064"]);
}

#[test]
fn joint_actor_codes_once_per_member() {
    let dir = temp_dir("joint");
    std::fs::write(dir.path().join("more.txt"), "THE_BENELUX [BEL/NLD/LUX]\n").unwrap();
    let files = PetrarchFiles {
        verbs: Some(dir.path().join("verbs.txt")),
        actors: vec![dir.path().join("actors.txt"), dir.path().join("more.txt")],
        ..Default::default()
    };
    coder(dir.path(), "--- CRITICIZE [122] ---\nCRITICIZE\n");
    let (src, _) = LexiconSource::from_petrarch(&files, true).unwrap();
    let c = Coder::new(Arc::new(Lexicon::compile(&src).unwrap())).with_options(CoderOptions { require_dyad: true });
    assert_eq!(code(&c, "The Benelux criticized Syria."), ["BEL SYR 122", "LUX SYR 122", "NLD SYR 122"]);
}

mod any_dictionary {
    //! Verb dictionaries assembled from PETRARCH's pattern tokens (`%`, `^`,
    //! `$`, `+`, `*`, joined words, odd codes): loading, compiling and
    //! coding never panic and spans stay inside the text.

    use super::*;
    use proptest::prelude::*;

    fn pattern_line() -> impl Strategy<Value = String> {
        let token = prop::sample::select(vec!["%", "^", "$", "+", "*", "HAVE", "WITH", "TIES", "FULL_DIPLOMATIC", "THE", "&NOPE", "AT"]);
        let code = prop::sample::select(vec!["[064]", "[---]", "[+++]", "[025?]", "[064:064]", "[]", "[0874]", ""]);
        (prop::collection::vec(token, 1..6), code).prop_map(|(t, c)| format!("- {} {c}", t.join(" ")))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn dictionaries_of_any_pattern_code_without_panic(lines in prop::collection::vec(pattern_line(), 0..6), text in prop::sample::select(vec![
            "Israel and Syria have renewed full diplomatic ties.",
            "Egypt agrees with Israel and Syria at the summit.",
            "The Benelux restored ties with Syria, Israel and Egypt.",
            "",
        ])) {
            let dir = temp_dir("any");
            let verbs = format!("--- RENEW [064] ---\nRENEW\nAGREE\nRESTORE\n{}\n", lines.join("\n"));
            std::fs::write(dir.path().join("verbs.txt"), verbs).unwrap();
            std::fs::write(dir.path().join("actors.txt"), format!("{ACTORS}THE_BENELUX [BEL/NLD/LUX]\n")).unwrap();
            let files = PetrarchFiles { verbs: Some(dir.path().join("verbs.txt")), actors: vec![dir.path().join("actors.txt")], ..Default::default() };
            let Ok((src, _)) = LexiconSource::from_petrarch(&files, true) else { return Ok(()) };
            let Ok(lex) = Lexicon::compile(&src) else { return Ok(()) };
            let coder = Coder::new(Arc::new(lex));
            let mut events = Vec::new();
            coder.code(&Document::new("t", text), &mut Scratch::explaining(), &mut events);
            for e in &events {
                prop_assert!(e.span[0] < e.span[1] && e.span[1] <= text.len());
            }
        }
    }
}

#[test]
fn country_before_the_first_role_noun_owns_the_bare_roles_after_it() {
    let dir = temp_dir("owner");
    std::fs::write(dir.path().join("more.txt"), "DANISH [DNK]\n").unwrap();
    std::fs::write(dir.path().join("agents.txt"), "MEDIA [~MED]\nGOVERNMENT [~GOV]\n").unwrap();
    coder(dir.path(), "--- CRITICIZE [122] ---\nCRITICIZE\n");
    let files = PetrarchFiles {
        verbs: Some(dir.path().join("verbs.txt")),
        actors: vec![dir.path().join("actors.txt"), dir.path().join("more.txt")],
        agents: Some(dir.path().join("agents.txt")),
        ..Default::default()
    };
    let (src, _) = LexiconSource::from_petrarch(&files, true).unwrap();
    let c = Coder::new(Arc::new(Lexicon::compile(&src).unwrap())).with_options(CoderOptions { require_dyad: false });
    assert_eq!(code(&c, "Danish media and government criticized Syria."), ["DNKGOV SYR 122", "DNKMED SYR 122"]);
    // A determiner of its own: whose government is not said.
    assert_eq!(code(&c, "Danish media and the government criticized Syria."), ["---GOV SYR 122", "DNKMED SYR 122"]);
}

#[test]
fn passive_with_an_unknown_agent_is_not_read_as_active() {
    let dir = temp_dir("by");
    let c = coder(dir.path(), "--- ATTACK [190] ---\nATTACK\n");
    // PETRARCH reads a passive without an agent as active; "by gunmen"
    // names the doer, though no actor the dictionaries know: not "SYR EGY".
    assert_eq!(code(&c, "Syria was attacked in Egypt by gunmen."), Vec::<String>::new());
    assert_eq!(code(&c, "Syria was attacked by Israel."), ["ISR SYR 190"]);
}
