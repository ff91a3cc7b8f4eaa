//! `sitrep parse`: CoNLL-U out for text, and gold-tokenised CoNLL-U in and
//! out with its words, comments and multiword lines kept.

use std::io::Write;
use std::process::{Command, Stdio};

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

fn parse_stdin(args: &[&str], input: &str) -> std::process::Output {
    let mut child = sitrep()
        .arg("parse")
        .args(args)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A command refused for its arguments exits before it reads its input:
    // the pipe may then be closed under the write (seen once in a full run).
    if let Err(e) = child.stdin.take().unwrap().write_all(input.as_bytes()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

fn word_lines(stdout: &str) -> Vec<Vec<String>> {
    stdout
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

#[test]
fn text_becomes_conllu_with_spans() {
    let text = "Russian forces took control of the airspace. Mali's junta didn't comment.";
    let out = parse_stdin(&[], text);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.matches("# text = ").count(), 2, "{stdout}");
    assert!(stdout.contains("# sent_id = stdin#1"), "{stdout}");
    let words = word_lines(&stdout);
    for w in &words {
        assert_eq!(w.len(), 10, "{w:?}");
        let span = w[9]
            .split('|')
            .next()
            .unwrap()
            .strip_prefix("Span=")
            .unwrap();
        let (s, e) = span.split_once(':').unwrap();
        assert_eq!(
            &text[s.parse::<usize>().unwrap()..e.parse::<usize>().unwrap()],
            w[1]
        );
    }
    let forms: Vec<&str> = words.iter().map(|w| w[1].as_str()).collect();
    assert!(forms.contains(&"'s") && forms.contains(&"n't"), "{forms:?}");
    // Each sentence has exactly one root.
    assert_eq!(words.iter().filter(|w| w[6] == "0").count(), 2);
}

#[test]
fn gold_tokens_are_kept_and_filled_in() {
    let input = "# sent_id = x1\n# text = They don't know.\n1\tThey\t_\t_\t_\t_\t_\t_\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n4\tknow\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
    let out = parse_stdin(&["--input-format", "conllu"], input);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], "# sent_id = x1");
    assert_eq!(lines[3], "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_");
    let words = word_lines(&stdout);
    let words: Vec<&Vec<String>> = words.iter().filter(|w| !w[0].contains('-')).collect();
    assert_eq!(
        words.iter().map(|w| w[1].as_str()).collect::<Vec<_>>(),
        ["They", "do", "n't", "know", "."]
    );
    let know = words[3];
    assert_eq!(
        (
            know[2].as_str(),
            know[3].as_str(),
            know[6].as_str(),
            know[7].as_str()
        ),
        ("know", "VERB", "0", "root")
    );
    assert_eq!(know[9], "SpaceAfter=No");
    assert_eq!((words[0][6].as_str(), words[0][7].as_str()), ("4", "nsubj"));
}

#[test]
fn malformed_conllu_is_an_error_with_its_line() {
    let out = parse_stdin(&["--input-format", "conllu"], "1\tThey\t_\n");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 1") && stderr.contains("columns"),
        "{stderr}"
    );
}

#[test]
fn a_missing_model_file_exits_2() {
    let out = sitrep()
        .args(["parse", "--model", "/nonexistent/model.gz", "-"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/model.gz"));
}

/// Both built-in models parse: `sitrep parse`'s own and the coder's
/// (`--coder-model`), each sentence one tree with every head in range; a
/// model file and the coder's model together are refused.
#[test]
fn the_coders_model_is_selectable() {
    let text = "Israeli tanks fired four shells at targets in Jericho. The European Community gave the Ivory Coast 5.1 million dollars of aid.";
    for args in [&[][..], &["--coder-model"][..]] {
        let out = parse_stdin(args, text);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let stdout = String::from_utf8(out.stdout).unwrap();
        let words = word_lines(&stdout);
        assert_eq!(words.iter().filter(|w| w[6] == "0").count(), 2, "{args:?}: {stdout}");
        assert!(words.iter().all(|w| w[6].parse::<usize>().is_ok_and(|h| h <= 20)), "{args:?}: {stdout}");
    }
    let out = parse_stdin(&["--coder-model", "--model", "/nonexistent/model.gz"], text);
    assert_eq!(out.status.code(), Some(2));
}

/// `--lang fr`: the built-in French model, contractions as UD writes them
/// (a token line `3-4 du` over `de` `le`, the token's span on its words,
/// SpaceAfter on the token line), elisions split; documented in `--help`.
#[test]
fn french_text_with_lang_fr() {
    let text = "Les soldats du Mali sont entrés dans l'armée au nord.";
    let out = parse_stdin(&["--lang", "fr"], text);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines = word_lines(&stdout);
    let ids_forms: Vec<(&str, &str)> = lines.iter().map(|l| (l[0].as_str(), l[1].as_str())).collect();
    assert_eq!(
        ids_forms,
        [
            ("1", "Les"), ("2", "soldats"), ("3-4", "du"), ("3", "de"), ("4", "le"), ("5", "Mali"),
            ("6", "sont"), ("7", "entrés"), ("8", "dans"), ("9", "l'"), ("10", "armée"),
            ("11-12", "au"), ("11", "à"), ("12", "le"), ("13", "nord"), ("14", ".")
        ],
        "{stdout}"
    );
    let misc = |id: &str| lines.iter().find(|l| l[0] == id).map(|l| l[9].clone()).unwrap();
    assert_eq!(misc("3-4"), "Span=12:14");
    assert_eq!(misc("3"), "Span=12:14");
    assert_eq!(misc("9"), "Span=38:40|SpaceAfter=No");
    assert_eq!(misc("13"), "Span=50:54|SpaceAfter=No");
    // A token line has only its id, form and MISC.
    assert!(lines.iter().find(|l| l[0] == "11-12").unwrap()[2..9].iter().all(|f| f == "_"));
    let help = sitrep().args(["parse", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("--lang") && help.contains("fr"), "{help}");
    // English stays the default, with no token lines.
    let en = parse_stdin(&[], "Rebels seized the town.");
    assert!(!String::from_utf8_lossy(&en.stdout).lines().any(|l| l.split('\t').next().unwrap_or("").contains('-')));
}
