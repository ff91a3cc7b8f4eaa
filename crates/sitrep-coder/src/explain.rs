//! A readable account of what the passes found in one sentence, for
//! `sitrep code --explain`: which words became actors, which patterns
//! matched and which groups took the roles. Written for a person extending
//! the lexicon who wants to know why a sentence coded what it did.

use std::fmt::Write;

use sitrep_lexicon::Lexicon;

use crate::roles::Roles;
use crate::sentence::Sentence;
use crate::tree::Tree;

/// Why a sentence codes nothing: a sports phrase of `en/discards.tsv`
/// ("Champions League" drops the whole story, "the match" the sentence), or
/// a result beside a match score ("beat Algeria 2-0").
pub fn describe_discard(text: &str, s: &Sentence, discard: crate::scan::Discard, out: &mut String) {
    let span = |a: usize, b: usize| &text[s.tokens.get(a).start as usize..s.tokens.get(b - 1).end as usize];
    let _ = writeln!(out, "sentence: {}", span(0, s.len()));
    let scope = if discard.story { "the whole document codes nothing" } else { "this sentence codes nothing" };
    let why = if discard.score { "a sports result word beside a match score (lexicon/en/discards.tsv)" } else { "a phrase of lexicon/en/discards.tsv" };
    let _ = writeln!(out, "  discarded: \"{}\" is {why}: {scope}", span(discard.start, discard.end));
}

/// The account of one sentence the coder read: its actor groups, the
/// patterns matched with the roles and parse words they took, and the tree.
pub fn describe(lex: &Lexicon, text: &str, s: &Sentence, roles: &[Roles], tree: &Tree, out: &mut String) {
    let span = |a: usize, b: usize| -> &str {
        if a >= b || b > s.len() {
            return "";
        }
        &text[s.tokens.get(a).start as usize..s.tokens.get(b - 1).end as usize]
    };
    let _ = writeln!(out, "sentence: {}", span(0, s.len()));
    for (g, group) in s.groups.iter().enumerate() {
        let actor = group.actor.map(|a| lex.actors[a as usize].id.as_str()).unwrap_or("-");
        let role = group.role.map(|r| lex.roles[r as usize].as_str()).unwrap_or("-");
        let mut notes = Vec::new();
        if group.bare_role {
            notes.push("bare role".to_owned());
        }
        if group.compound_tail {
            notes.push("compound tail".to_owned());
        }
        if let Some(next) = group.and_next {
            notes.push(format!("and g{next}"));
        }
        if group.pronoun.is_some() {
            notes.push("pronoun".to_owned());
        }
        let _ = writeln!(out, "  g{g} [{}..{}) \"{}\" actor={actor} role={role} {}", group.start, group.end, span(group.start, group.end), notes.join(", "));
    }
    for (k, m) in s.matches.iter().enumerate() {
        let p = &lex.patterns[m.pattern as usize];
        let code = p.cameo.as_ref().map_or("-", |c| c.as_str());
        let r = roles.get(k).copied().unwrap_or_default();
        let name = |g: Option<u32>| g.map_or("none".to_owned(), |g| format!("g{g}"));
        let roles = match m.compound {
            // The members of a `%` compound are each other's source and target.
            Some(c) => format!("among the members of g{c}"),
            None => format!("source={} target={}", name(r.source), name(r.target)),
        };
        let _ = writeln!(out, "  match \"{}\" pattern {} code {code}{} {roles}", span(m.start, m.end), p.id, if m.passive { " passive" } else { "" });
        if tree.is_parsed() {
            // What the parse said, before word order filled any gap.
            let a = &tree.analysis;
            let trigger = tree.trigger_word(m.head);
            let args = tree.arguments(trigger, tree.reads_as_noun(trigger, !p.has_head), m.passive);
            let word = |w: Option<usize>| w.map_or("none".to_owned(), |w| format!("{} {}", w + 1, a.form(w)));
            let mut scope = Vec::new();
            tree.scope(trigger, true, |w| s.is(tree.token(w), sitrep_lexicon::CueKind::Subordinator), &mut scope);
            let cues: Vec<String> = scope.iter().filter(|&&w| s.cue_bits[tree.token(w)] != 0).map(|&w| format!("{} {}", w + 1, a.form(w))).collect();
            let _ = writeln!(out, "    parse: trigger {} {} ({}), source word {}, target word {}, cue words over it: {}", trigger + 1, a.form(trigger), a.upos(trigger), word(args.source), word(args.target), if cues.is_empty() { "none".to_owned() } else { cues.join(", ") });
        }
    }
    if s.matches.is_empty() {
        let _ = writeln!(out, "  no pattern matched");
    }
    if tree.is_parsed() {
        write_analysis(&tree.analysis, out);
    } else if !s.tokens.is_empty() {
        let range = s.tokens.get(0).start as usize..s.tokens.get(s.len() - 1).end as usize;
        write_tree(lex.language, text, range, out);
    }
}

/// The sentence's dependency tree from sitrep's parser, a word a line
/// (index, word, tag, relation, head), so that an account shows the
/// structure beside the roles the coder chose (it reads subjects, objects,
/// agents and clause links from this tree: `tree.rs`). A sentence the coder
/// did not parse (nothing in it could be coded) is parsed here for the
/// account alone.
fn write_tree(language: sitrep_lexicon::Language, text: &str, range: std::ops::Range<usize>, out: &mut String) {
    let Some(model) = crate::tree::model_for(language) else {
        let _ = writeln!(out, "  tree: no parser model in this build");
        return;
    };
    let mut analysis = sitrep_syntax::Analysis::default();
    model.analyse_text(text, range, &mut sitrep_syntax::Scratch::default(), &mut analysis);
    write_analysis(&analysis, out);
}

fn write_analysis(analysis: &sitrep_syntax::Analysis, out: &mut String) {
    let _ = writeln!(out, "  tree:");
    for i in 0..analysis.len() {
        let head = analysis.head(i).map_or("root".to_owned(), |h| format!("{} {}", h + 1, analysis.form(h)));
        let _ = writeln!(
            out,
            "    {:>3} {:<16} {:<5} {:<11} <- {head}",
            i + 1,
            analysis.form(i),
            analysis.upos(i),
            analysis.deprel(i)
        );
    }
}

/// What match `k` gave: how many events, or why it gave none (the first
/// filter that passed it over), so that a reader can tell a missing pattern
/// from a filtered one.
pub fn outcome(lex: &Lexicon, text: &str, s: &Sentence, k: usize, result: Result<usize, &str>, out: &mut String) {
    let m = &s.matches[k];
    let words = &text[s.tokens.get(m.start).start as usize..s.tokens.get(m.end - 1).end as usize];
    let id = &lex.patterns[m.pattern as usize].id;
    let _ = match result {
        Ok(n) => writeln!(out, "  outcome \"{words}\" {id}: {n} event{}", if n == 1 { "" } else { "s" }),
        Err(reason) => writeln!(out, "  outcome \"{words}\" {id}: none ({reason})"),
    };
}
