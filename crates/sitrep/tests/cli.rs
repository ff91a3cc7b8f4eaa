//! The command line as a script sees it: exit codes, errors on standard
//! error, events on standard output.

use std::io::Write;
use std::process::{Command, Stdio};

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

/// Runs `sitrep` with `args` on `input` as standard input, capturing both
/// output streams.
fn run_stdin(args: &[&str], input: &str) -> std::process::Output {
    let mut child = sitrep().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn bad_lines_are_reported_and_the_rest_is_coded() {
    let dir = std::env::temp_dir().join(format!("sitrep-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("docs.jsonl");
    std::fs::write(&file, "{\"id\":\"a\",\"text\":\"Russian troops attacked Ukrainian soldiers.\",\"date\":\"2025-05-01\"}\n{broken\n{\"id\":\"b\",\"text\":\"Mali expelled the French ambassador.\"}\n").unwrap();
    let out = sitrep().arg("code").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("docs.jsonl:2:"), "{stderr}");
    let events: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let docs: Vec<&str> = events.iter().map(|e| e["doc_id"].as_str().unwrap()).collect();
    assert!(docs.contains(&"a") && docs.contains(&"b"), "{docs:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn standard_input_and_a_clean_exit() {
    let out = run_stdin(&["code", "-"], "Chad accused Sudan of arming rebels.");
    assert_eq!(out.status.code(), Some(0));
    let first: serde_json::Value = serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(first["doc_id"], "stdin");
    for field in ["sentence", "span", "trigger", "source", "target", "cameo", "plover", "quad_class", "goldstein", "certainty", "attribution", "quote", "date", "location", "rule"] {
        assert!(first.get(field).is_some(), "missing field {field}");
    }
}

#[test]
fn a_missing_file_is_an_error_not_a_panic() {
    let out = sitrep().args(["code", "/nonexistent/file.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/file.txt"));
}

#[test]
fn a_broken_lexicon_directory_exits_2() {
    let out = sitrep().args(["code", "--lexicon", "/nonexistent", "-"]).stdin(Stdio::null()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("lexicon"));
}

#[test]
fn explain_shows_groups_matches_and_roles_on_standard_error() {
    let out = run_stdin(&["code", "--explain", "-"], "Chad accused Sudan of arming rebels.");
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("sentence: Chad accused Sudan of arming rebels."), "{stderr}");
    assert!(stderr.contains("\"Chad\" actor=country:tcd"), "{stderr}");
    assert!(stderr.contains("match \"accused Sudan of\"") && stderr.contains("source=g0 target=g1"), "{stderr}");
    // Under each match, what the parse read: the trigger and its arguments.
    assert!(stderr.contains("parse: trigger 2 accused (VERB), source word 1 Chad, target word 3 Sudan"), "{stderr}");
    // The parser's tree follows, a word a line: Chad is the subject of accused.
    let tree = stderr.split("tree:").nth(1).unwrap_or_else(|| panic!("no tree in {stderr}"));
    let chad = tree.lines().find(|l| l.contains(" Chad ")).unwrap_or_else(|| panic!("{tree}"));
    assert!(chad.contains("nsubj") && chad.contains("<- 2 accused"), "{chad}");
    // Each match's outcome: its events, or why it gave none.
    assert!(stderr.contains("outcome \"accused Sudan of\"") && stderr.contains(": 1 event\n"), "{stderr}");
    // The events themselves are unchanged on standard output.
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"cameo\":\"112\""));
}

/// A match that gives no event says which filter passed it over, so a
/// reader can tell a missing pattern from a filtered one.
#[test]
fn explain_says_why_a_match_gave_no_event() {
    let out = run_stdin(&["code", "--explain", "-"], "Britain should impose sanctions on Iran.");
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("outcome \"impose sanctions on Iran\"") && stderr.contains(": none (the writer's own duty, on nobody's word)"), "{stderr}");
    assert!(out.stdout.is_empty());
}

/// A sentence dropped as sport says so and names the phrase, rather than
/// vanishing from the account (round 57 wire z34's ETA sentence did).
#[test]
fn explain_names_the_sports_phrase_that_drops_a_story() {
    let out = run_stdin(&["code", "--explain", "-"], "The Bernabeu was targeted by ETA on 1 May, 2002, when Madrid were about to play FC Barcelona in a Champions League semi-final.");
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("discarded: \"Champions League\" is a phrase of lexicon/en/discards.tsv: the whole document codes nothing"), "{stderr}");
    assert!(out.stdout.is_empty());
}

/// Event locations read from the parse: the place that modifies the event's
/// own verb, not one in the clause of the speaker who reports it.
#[test]
fn an_event_takes_the_place_of_its_own_clause() {
    let locations = |text: &str| -> Vec<String> {
        let out = run_stdin(&["code", "-"], text);
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .filter(|e| e["cameo"].as_str().is_some_and(|c| c.starts_with("19")))
            .map(|e| e["location"]["name"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    assert_eq!(locations("Officials in Bamako said Malian soldiers attacked rebels near Gao."), ["Gao"]);
    // Bamako is where the officials are, not where the attack was.
    assert_eq!(locations("Officials in Bamako said Malian soldiers attacked rebels."), ["Mali"]);
}

/// A French event's place is read from the French parse (`obl:mod`, the
/// Sequoia relation of a phrase with a preposition): the English parser,
/// which read French sentences here before, gave no opinion, and word order
/// found no place for a killing "dans le nord de l'Irak".
#[test]
fn a_french_event_takes_the_place_of_its_own_clause() {
    let locations = |text: &str| -> Vec<String> {
        let out = run_stdin(&["code", "--lang", "fr", "-"], text);
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .map(|e| e["location"]["name"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    assert_eq!(locations("Au moins cinq civils ont été tués dans le nord de l'Irak, selon plusieurs responsables kurdes irakiens."), ["Iraq"]);
    assert_eq!(locations("Des responsables à Bamako ont affirmé que l'armée malienne avait attaqué des rebelles près de Gao."), ["Gao"]);
}
