//! The pattern language of `en/verbs.tsv` (see `lexicon/README.md`).

/// One element of a verb or noun pattern, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternElem {
    /// `[send]`: the head verb in any inflection.
    Head(String),
    /// `a|b|c`: one token, any of these; `optional` when written `a|b?`.
    Words { alternatives: Vec<String>, optional: bool },
    /// `...`: 0 to `MAX_GAP` tokens.
    Gap,
    /// `+`: the target actor stands here.
    Target,
    /// `+?` (last element only): the target stands here if an actor does;
    /// without one the verb still reports the act ("warned that …",
    /// "fought a war"), and the parse says whether it has an object.
    OptionalTarget,
    /// `$` (after the head only, in a pattern without `+`): the source
    /// actor stands here and the verb's subject is the target ("[draw]
    /// criticism from $": "Russia drew criticism from France" is France's
    /// criticism of Russia). PETRARCH's `$` stands anywhere.
    Source,
    /// `$?` (last element only, after the head): the verb's subject is
    /// what the act was done to, whether or not the doer is named here
    /// ("[survive] ... assassination attempt by $?": "The Kenyan president
    /// survived an assassination attempt" is an act on him by nobody named).
    OptionalSource,
    /// Any one of these token sequences (PETRARCH synsets with multi-word
    /// members; not written in the TSV language).
    Phrases(Vec<Vec<String>>),
    /// One noun phrase skipped whole, actor or not (PETRARCH's `^`; not
    /// written in the TSV language): "* AT ^ +" over "warned at the
    /// Gondor of the Prince of Dol Amroth" takes the Prince as target.
    SkipPhrase,
    /// A compound actor ("Gondor and Osgiliath") whose members the event
    /// relates to one another (PETRARCH's `%`; in the TSV language only
    /// first, right before the head: `% [meet]`): "A and B have renewed
    /// ties" codes A→B and B→A.
    Compound,
}

/// How many tokens a `...` may skip.
pub const MAX_GAP: usize = 4;

pub fn parse_pattern(text: &str) -> Result<Vec<PatternElem>, String> {
    let mut elems = Vec::new();
    for item in text.split_whitespace() {
        let elem = match item {
            "..." => PatternElem::Gap,
            "+" => PatternElem::Target,
            "+?" => PatternElem::OptionalTarget,
            "%" => PatternElem::Compound,
            "$" => PatternElem::Source,
            "$?" => PatternElem::OptionalSource,
            _ if item.starts_with('[') => {
                let lemma = item
                    .strip_prefix('[')
                    .and_then(|s| s.strip_suffix(']'))
                    .filter(|s| !s.is_empty() && !s.contains(['[', ']', '|', '?']))
                    .ok_or_else(|| format!("malformed head {item:?}: write `[lemma]`"))?;
                PatternElem::Head(lemma.to_lowercase())
            }
            _ => {
                let (body, optional) = match item.strip_suffix('?') {
                    Some(b) => (b, true),
                    None => (item, false),
                };
                if body.is_empty() || body.contains(['[', ']', '?', '+']) {
                    return Err(format!("malformed element {item:?}"));
                }
                let alternatives: Vec<String> = body.split('|').map(str::to_lowercase).collect();
                if alternatives.iter().any(String::is_empty) {
                    return Err(format!("empty alternative in {item:?}"));
                }
                PatternElem::Words { alternatives, optional }
            }
        };
        elems.push(elem);
    }
    let heads = elems.iter().filter(|e| matches!(e, PatternElem::Head(_))).count();
    if heads > 1 {
        return Err("a pattern has at most one `[head]`".into());
    }
    if heads == 1 && elems.iter().take_while(|e| !matches!(e, PatternElem::Head(_))).any(|e| matches!(e, PatternElem::Target | PatternElem::OptionalTarget)) {
        return Err("the target `+` must come after the `[head]`".into());
    }
    let is_source = |e: &PatternElem| matches!(e, PatternElem::Source | PatternElem::OptionalSource);
    let sources = elems.iter().filter(|e| is_source(e)).count();
    let source_after_head = elems.iter().skip_while(|e| !matches!(e, PatternElem::Head(_))).any(is_source);
    if elems.iter().rev().skip(1).any(|e| *e == PatternElem::OptionalSource) || (elems.last() == Some(&PatternElem::OptionalSource) && heads == 0) {
        return Err("an optional source `$?` ends a verb pattern".into());
    }
    if sources > 1 || (sources == 1 && !source_after_head) {
        return Err("the source `$` stands once, after the `[head]`".into());
    }
    if sources == 1 && elems.iter().any(|e| matches!(e, PatternElem::Target | PatternElem::OptionalTarget)) {
        return Err("a pattern with `$` has no `+`: the verb's subject is the target".into());
    }
    let is_target = |e: &PatternElem| matches!(e, PatternElem::Target | PatternElem::OptionalTarget);
    if elems.iter().filter(|e| is_target(e)).count() > 1 {
        return Err("a pattern has at most one `+`".into());
    }
    if elems.iter().rev().skip(1).any(|e| *e == PatternElem::OptionalTarget) {
        return Err("an optional target `+?` ends a pattern".into());
    }
    // `% [meet]`: doers named together right before the verb, each the
    // other's target ("Kenya and Somalia met"); nowhere else.
    let compounds = elems.iter().filter(|e| **e == PatternElem::Compound).count();
    if compounds > 1 || (compounds == 1 && !matches!(elems.get(..2), Some([PatternElem::Compound, PatternElem::Head(_)]))) {
        return Err("`%` (doers named together) stands once, first, right before the `[head]`".into());
    }
    if compounds == 1 && elems.iter().any(|e| matches!(e, PatternElem::Target | PatternElem::OptionalTarget)) {
        return Err("a pattern with `%` has no `+`: the doers are each other's targets".into());
    }
    match elems.first() {
        None => return Err("empty pattern".into()),
        Some(PatternElem::Compound) => {}
        Some(PatternElem::Words { optional: false, .. } | PatternElem::Head(_)) => {}
        Some(_) if heads == 1 => return Err("words before the `[head]` must start with a required word".into()),
        Some(_) => return Err("a noun pattern must start with a required word".into()),
    }
    Ok(elems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_heads_alternatives_gaps_and_targets() {
        let p = parse_pattern("[send] ... troops|forces ... to +").unwrap();
        assert_eq!(p[0], PatternElem::Head("send".into()));
        assert_eq!(p[1], PatternElem::Gap);
        assert!(matches!(&p[2], PatternElem::Words { alternatives, optional: false } if alternatives.len() == 2));
        assert_eq!(p[5], PatternElem::Target);
    }

    #[test]
    fn a_source_slot_stands_once_after_the_head_without_a_target() {
        let p = parse_pattern("[draw] criticism from $").unwrap();
        assert_eq!(p[3], PatternElem::Source);
        assert!(parse_pattern("$ [draw] criticism").is_err());
        assert!(parse_pattern("[draw] criticism from $ to +").is_err());
        assert!(parse_pattern("[draw] $ from $").is_err());
        assert!(parse_pattern("criticism from $").is_err());
    }

    #[test]
    fn a_compound_of_doers_stands_only_right_before_the_head() {
        let p = parse_pattern("% [meet] in?").unwrap();
        assert_eq!(p[..2], [PatternElem::Compound, PatternElem::Head("meet".into())]);
        for bad in ["[meet] %", "% talks", "% [meet] +", "% % [meet]", "% in [meet]"] {
            assert!(parse_pattern(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn words_may_precede_the_head() {
        let p = parse_pattern("failed to [attack] +").unwrap();
        assert_eq!(p[2], PatternElem::Head("attack".into()));
    }

    #[test]
    fn an_optional_target_ends_a_pattern() {
        assert_eq!(parse_pattern("[fight] +?").unwrap()[1], PatternElem::OptionalTarget);
        assert_eq!(parse_pattern("[warn] of +?").unwrap()[2], PatternElem::OptionalTarget);
        assert_eq!(parse_pattern("[survive] ... attack by $?").unwrap()[4], PatternElem::OptionalSource);
        assert!(parse_pattern("[survive] $? attack").is_err());
        assert!(parse_pattern("attack by $?").is_err());
        assert!(parse_pattern("[survive] ... attack by $? +").is_err());
        // A noun pattern may end so too: "condemnation of +?" (its doer
        // then only from the parse: an owner or a "by" phrase).
        assert_eq!(parse_pattern("condemnation of +?").unwrap()[2], PatternElem::OptionalTarget);
        for bad in ["[fight] +? on", "[fight] + +?", "+? [fight]"] {
            assert!(parse_pattern(bad).is_err(), "{bad:?} should fail");
        }
    }

    #[test]
    fn rejects_malformed_patterns() {
        for bad in ["", "[a] [b]", "+ [send]", "[send] + +", "[]", "... attack", "a||b", "x? attack"] {
            assert!(parse_pattern(bad).is_err(), "{bad:?} should fail");
        }
    }
}
