//! Verb patterns: the `- ... * ... [code]` lines of a verb block.

use serde::{Deserialize, Serialize};

use crate::error::Diag;
use crate::lines::Line;
use crate::phrase::{Join, Phrase};
use crate::verbs::VerbFormat;

/// One element of a verb pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PatternElem {
    /// A literal word; matches that word of the text (PETRARCH compares
    /// whole, upper-cased words; TABARI stems are not supported).
    Word(String),
    /// `&NAME` (stored without `&` and without a trailing `_`): matches any
    /// member phrase of synset `NAME` (see [`crate::Synset`]). PETRARCH-1
    /// skips a pattern whose synset is not defined before it.
    Synset(String),
    /// `$`: in PETRARCH-1 this must fall inside a noun phrase (NE) of the
    /// text; that phrase becomes the event's source.
    Source,
    /// `+`: as [`PatternElem::Source`], for the event's target.
    Target,
    /// `^`: inside a noun phrase, skips to the end of that phrase without
    /// assigning it (PETRARCH-1 "skip"); lets a pattern jump over an actor.
    Skip,
    /// `%`: the compound-actor slot. PETRARCH-1 reads it and consumes a noun
    /// phrase like the tokens above, but its "deal with compound" branch is
    /// empty, so no source/target is assigned from it.
    Compound,
    /// PETRARCH-2 `{A B C}`: a noun phrase whose head is the last element
    /// (`C`) and whose other elements are modifiers.
    NounPhrase(Vec<PatternElem>),
    /// PETRARCH-2 `(P X ...)`: a prepositional phrase; the first element is
    /// the preposition, the rest are the noun(s) it governs (`(TO)` is a
    /// bare preposition).
    PrepPhrase(Vec<PatternElem>),
}

/// A verb pattern, `- PRE * POST [CODE]`.
///
/// PETRARCH-1 (`check_verbs()`) tries a block's patterns in file order and
/// takes the first whose `pre` matches the words before the verb (walking
/// *backwards* from the verb, within the clause) and whose `post` matches
/// the words after it (within the verb phrase); the pattern's code then
/// replaces the verb's own code. If none matches, the verb's code is used
/// unless it is the null code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerbPattern {
    /// Elements before `*`, in text order (left to right).
    pub pre: Vec<PatternElem>,
    /// `pre_joins[i]` is the connector *after* `pre[i]`, i.e. between it
    /// and the element nearer the verb (the last one is the connector
    /// before `*`): [`Join::Adjacent`] for `_` (no words may intervene),
    /// [`Join::Gap`] for a blank. Same length as `pre`.
    pub pre_joins: Vec<Join>,
    /// Elements after `*`, in text order.
    pub post: Vec<PatternElem>,
    /// `post_joins[i]` is the connector *before* `post[i]` (the first one
    /// is the connector right after `*`). Same length as `post`.
    pub post_joins: Vec<Join>,
    /// The code in `[...]`, trimmed (`None` if the line has none; PETRARCH
    /// then stores an empty code). See [`crate::classify_code`].
    pub code: Option<String>,
    /// 1-based source line.
    pub line: usize,
    /// The source line, trimmed (comment included).
    pub raw: String,
}

impl VerbPattern {
    /// The `pre` elements walked outward from the verb, each with the
    /// connector between it and the previous (nearer) element — the order
    /// in which PETRARCH-1 matches its reversed "upper" sequence.
    pub fn upper_from_verb(&self) -> impl Iterator<Item = (&PatternElem, Join)> {
        self.pre.iter().zip(self.pre_joins.iter().copied()).rev()
    }

    /// The `post` elements walked outward from the verb, each with the
    /// connector before it.
    pub fn lower_from_verb(&self) -> impl Iterator<Item = (&PatternElem, Join)> {
        self.post.iter().zip(self.post_joins.iter().copied())
    }

    /// Names of all synsets the pattern refers to (including inside groups).
    pub fn synsets(&self) -> Vec<&str> {
        fn walk<'a>(elems: &'a [PatternElem], out: &mut Vec<&'a str>) {
            for e in elems {
                match e {
                    PatternElem::Synset(s) => out.push(s),
                    PatternElem::NounPhrase(v) | PatternElem::PrepPhrase(v) => walk(v, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.pre, &mut out);
        walk(&self.post, &mut out);
        out
    }
}

/// Parses a pattern line (starting with `-`). Returns `None` (with a
/// warning) when the line cannot be interpreted.
pub(crate) fn parse_pattern(
    line: &Line<'_>,
    format: VerbFormat,
    diag: &mut Diag,
) -> Option<VerbPattern> {
    let raw = line.raw;
    let body = line.text.trim_start_matches('-');
    let (body, code) = match body.find('[') {
        None => {
            diag.warn(line.no, raw, "pattern has no [code]; kept with no code");
            (body, None)
        }
        Some(open) => {
            let rest = &body[open + 1..];
            let code = match rest.find(']') {
                Some(close) => {
                    if !rest[close + 1..].trim().is_empty() {
                        diag.warn(line.no, raw, "text after the pattern's [code] ignored");
                    }
                    &rest[..close]
                }
                None => {
                    diag.warn(
                        line.no,
                        raw,
                        "missing ']' after the pattern code; rest of line taken as code",
                    );
                    rest
                }
            };
            (&body[..open], Some(code.trim().to_string()))
        }
    };
    let body = match format {
        // TABARI legacy: `XXX_ ` is an open match, as is a final `_`.
        VerbFormat::Petrarch1 => body
            .trim_end()
            .replace("_ ", " ")
            .trim_end_matches('_')
            .to_string(),
        VerbFormat::Petrarch2 => body.trim_end().to_string(),
    };
    if format == VerbFormat::Petrarch1 && body.contains('{') {
        diag.warn(line.no, raw, "TABARI disjunctive `{...}` in a PETRARCH-1 pattern; pattern skipped (as PETRARCH does)");
        return None;
    }
    let stars = body.matches('*').count();
    if stars != 1 {
        let msg = if stars == 0 {
            "pattern has no `*` verb marker"
        } else {
            "pattern has more than one `*`"
        };
        diag.warn(line.no, raw, format!("{msg}; pattern skipped"));
        return None;
    }
    let star = body.find('*').unwrap_or(0);
    let (pre_text, post_text) = (&body[..star], &body[star + 1..]);
    let to_verb = if pre_text.ends_with('_') {
        Join::Adjacent
    } else {
        Join::Gap
    };
    let from_verb = match post_text.chars().next() {
        Some(c) if c.is_whitespace() => Join::Gap,
        _ => Join::Adjacent,
    };
    let seq = |s: &str| match format {
        VerbFormat::Petrarch1 => Ok(seq_v1(s)),
        VerbFormat::Petrarch2 => seq_v2(s),
    };
    let (pre, pre_joins, post, post_joins) = match (seq(pre_text), seq(post_text)) {
        (Ok((pre, mut pj)), Ok((post, qj))) => {
            if !pre.is_empty() {
                pj.push(to_verb);
            }
            let mut post_joins = Vec::with_capacity(post.len());
            if !post.is_empty() {
                post_joins.push(from_verb);
                post_joins.extend(qj);
            }
            (pre, pj, post, post_joins)
        }
        (Err(e), _) | (_, Err(e)) => {
            diag.warn(line.no, raw, format!("{e}; pattern skipped"));
            return None;
        }
    };
    let pattern = VerbPattern {
        pre,
        pre_joins,
        post,
        post_joins,
        code,
        line: line.no,
        raw: raw.trim().to_string(),
    };
    for s in pattern.synsets() {
        if s.is_empty() {
            diag.warn(line.no, raw, "empty synset name `&`");
        }
    }
    Some(pattern)
}

fn classify(tok: &str) -> PatternElem {
    match tok {
        "$" => PatternElem::Source,
        "+" => PatternElem::Target,
        "^" => PatternElem::Skip,
        "%" => PatternElem::Compound,
        _ => match tok.strip_prefix('&') {
            Some(name) => PatternElem::Synset(name.trim_end_matches('_').to_string()),
            None => PatternElem::Word(tok.to_string()),
        },
    }
}

/// PETRARCH-1 `make_phrase_list()`: split at blanks and `_`.
fn seq_v1(s: &str) -> (Vec<PatternElem>, Vec<Join>) {
    let p = Phrase::parse(s);
    (p.words.iter().map(|w| classify(w)).collect(), p.joins)
}

/// PETRARCH-2 syntax: blank-separated tokens, `(...)` and `{...}` groups,
/// `_` joining words adjacently; `&NAME` is a synset name even if it
/// contains `_` (CAMEO.2.0 has `&FIGHT_OF_WORDS`).
fn seq_v2(s: &str) -> Result<(Vec<PatternElem>, Vec<Join>), String> {
    let mut top: Vec<PatternElem> = Vec::new();
    let mut joins: Vec<Join> = Vec::new();
    let mut stack: Vec<(char, Vec<PatternElem>)> = Vec::new();
    let mut word = String::new();

    fn push(
        stack: &mut [(char, Vec<PatternElem>)],
        top: &mut Vec<PatternElem>,
        joins: &mut Vec<Join>,
        e: PatternElem,
        j: Join,
    ) {
        match stack.last_mut() {
            Some((_, v)) => v.push(e),
            None => {
                if !top.is_empty() {
                    joins.push(j);
                }
                top.push(e);
            }
        }
    }
    let flush = |word: &mut String,
                 stack: &mut Vec<(char, Vec<PatternElem>)>,
                 top: &mut Vec<PatternElem>,
                 joins: &mut Vec<Join>| {
        if word.is_empty() {
            return;
        }
        if word.starts_with('&') {
            push(stack, top, joins, classify(word), Join::Gap);
        } else {
            for (i, piece) in word.split('_').filter(|p| !p.is_empty()).enumerate() {
                let j = if i == 0 { Join::Gap } else { Join::Adjacent };
                push(stack, top, joins, classify(piece), j);
            }
        }
        word.clear();
    };
    for c in s.chars() {
        match c {
            '(' | '{' => {
                flush(&mut word, &mut stack, &mut top, &mut joins);
                stack.push((c, Vec::new()));
            }
            ')' | '}' => {
                flush(&mut word, &mut stack, &mut top, &mut joins);
                let open = if c == ')' { '(' } else { '{' };
                match stack.pop() {
                    Some((o, v)) if o == open => {
                        if v.is_empty() {
                            return Err(format!("empty `{open}{c}` group"));
                        }
                        let e = if o == '(' {
                            PatternElem::PrepPhrase(v)
                        } else {
                            PatternElem::NounPhrase(v)
                        };
                        push(&mut stack, &mut top, &mut joins, e, Join::Gap);
                    }
                    _ => return Err(format!("unbalanced `{c}`")),
                }
            }
            c if c.is_whitespace() => flush(&mut word, &mut stack, &mut top, &mut joins),
            c => word.push(c),
        }
    }
    flush(&mut word, &mut stack, &mut top, &mut joins);
    if let Some((o, _)) = stack.last() {
        return Err(format!("unclosed `{o}`"));
    }
    Ok((top, joins))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::logical_lines;
    use PatternElem::*;

    fn pat(src: &str, f: VerbFormat) -> (Option<VerbPattern>, usize) {
        let lines = logical_lines(src);
        let mut d = Diag::new("t");
        let p = parse_pattern(&lines[0], f, &mut d);
        (p, d.warnings.len())
    }

    fn w(s: &str) -> PatternElem {
        Word(s.into())
    }

    #[test]
    fn v1_connectors_and_tokens() {
        let (p, n) = pat(
            "- SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS  [111]  #  x",
            VerbFormat::Petrarch1,
        );
        let p = p.unwrap();
        assert_eq!(n, 0);
        assert_eq!(p.pre, vec![w("SUGGESTED"), Target]);
        assert_eq!(p.pre_joins, vec![Join::Adjacent, Join::Gap]);
        assert_eq!(
            p.post,
            vec![w("DEMAND"), Synset("GENINT".into()), w("CONVENTIONS")]
        );
        assert_eq!(
            p.post_joins,
            vec![Join::Gap, Join::Adjacent, Join::Adjacent]
        );
        assert_eq!(p.code.as_deref(), Some("111"));
        let up: Vec<_> = p.upper_from_verb().collect();
        assert_eq!(
            up,
            vec![(&Target, Join::Gap), (&w("SUGGESTED"), Join::Adjacent)]
        );

        let p = pat("- IN_*  [075]", VerbFormat::Petrarch1).0.unwrap();
        assert_eq!(
            (p.pre_joins.as_slice(), p.post.len()),
            (&[Join::Adjacent][..], 0)
        );
        let p = pat("- IN_ *  [075A]", VerbFormat::Petrarch1).0.unwrap();
        assert_eq!(p.pre_joins, vec![Join::Gap]);
        let p = pat("- *_OUT [074]", VerbFormat::Petrarch1).0.unwrap();
        assert_eq!(
            (p.post.clone(), p.post_joins.clone()),
            (vec![w("OUT")], vec![Join::Adjacent])
        );
        let p = pat("- + KNOWN_ * IN_ $  [076]", VerbFormat::Petrarch1)
            .0
            .unwrap();
        assert_eq!(p.pre_joins, vec![Join::Gap, Join::Gap]);
        assert_eq!(p.post, vec![w("IN"), Source]);
        let p = pat("- * IFTAR AT ^ ^ +  [044]", VerbFormat::Petrarch1)
            .0
            .unwrap();
        assert_eq!(p.post, vec![w("IFTAR"), w("AT"), Skip, Skip, Target]);
        let p = pat("- % * [030:030]", VerbFormat::Petrarch1).0.unwrap();
        assert_eq!(p.pre, vec![Compound]);
    }

    #[test]
    fn v1_rejects() {
        assert!(pat("- * {A B} [1]", VerbFormat::Petrarch1).0.is_none());
        assert!(pat("- NO VERB [1]", VerbFormat::Petrarch1).0.is_none());
        let (p, n) = pat("- * X", VerbFormat::Petrarch1);
        assert_eq!((p.unwrap().code, n), (None, 1));
    }

    #[test]
    fn v2_groups() {
        let (p, n) = pat(
            "- * (TO LIST) (OF {BANNED PARTIES}) [1722]  # ADD",
            VerbFormat::Petrarch2,
        );
        assert_eq!(n, 0);
        let p = p.unwrap();
        assert_eq!(
            p.post,
            vec![
                PrepPhrase(vec![w("TO"), w("LIST")]),
                PrepPhrase(vec![w("OF"), NounPhrase(vec![w("BANNED"), w("PARTIES")])]),
            ]
        );
        assert_eq!(p.post_joins, vec![Join::Gap, Join::Gap]);
        let p = pat("- &MILITARY ON_THE * [154]", VerbFormat::Petrarch2)
            .0
            .unwrap();
        assert_eq!(p.pre, vec![Synset("MILITARY".into()), w("ON"), w("THE")]);
        assert_eq!(p.pre_joins, vec![Join::Gap, Join::Adjacent, Join::Gap]);
        let p = pat("- * &FIGHT_OF_WORDS (FROM ^) [1]", VerbFormat::Petrarch2)
            .0
            .unwrap();
        assert_eq!(
            p.post,
            vec![
                Synset("FIGHT_OF_WORDS".into()),
                PrepPhrase(vec![w("FROM"), Skip])
            ]
        );
        let p = pat("- * (BEFORE COURT)  [:173]", VerbFormat::Petrarch2)
            .0
            .unwrap();
        assert_eq!(p.code.as_deref(), Some(":173"));
        assert!(pat("- * (TO [1]", VerbFormat::Petrarch2).0.is_none());
        assert!(pat("- * TO} [1]", VerbFormat::Petrarch2).0.is_none());
        assert!(pat("- * () [1]", VerbFormat::Petrarch2).0.is_none());
    }
}
