//! Agent dictionaries (`*.agents.txt`).
//!
//! ```text
//! !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     substitution set
//! PRESIDENT [~GOV]                              ~CODE: appended to the actor code
//! HUMAN_RIGHTS_BODY  [NGO~]                     CODE~: prefixed to the actor code
//! ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   explicit plural
//! MEDIA {} [~MED]                               no plural
//! CONGRESS!PERSON! [~LEG]                       one agent per set member, no plurals
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{read_text, Diag, PetrarchError, Warning};
use crate::forms::agent_plural;
use crate::lines::{logical_lines, Line};
use crate::phrase::Phrase;

/// A whole agents dictionary.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AgentDictionary {
    /// Agents in file order; a line with a substitution marker yields one
    /// entry per member of the set.
    pub agents: Vec<AgentEntry>,
    /// Substitution sets by marker name (without the `!`s).
    pub substitutions: BTreeMap<String, Vec<String>>,
}

/// One agent phrase and its code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentEntry {
    /// The singular phrase (words split at blanks and `_`, connectors kept:
    /// PETRARCH-1 allows intervening words at a blank).
    pub name: Phrase,
    /// Which plural PETRARCH also matches.
    pub plural: AgentPlural,
    /// The agent code and where it goes.
    pub code: AgentCode,
    /// The substitution marker this entry was expanded from, if any.
    pub marker: Option<String>,
    /// 1-based line.
    pub line: usize,
}

/// The plural of an agent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AgentPlural {
    /// No `{...}`: PETRARCH generates the regular plural of the last word
    /// ([`agent_plural`]: Y→IES, S→SES, else +S).
    Auto,
    /// `{PLURAL}`: this phrase instead.
    Explicit(Phrase),
    /// `{}`, or a substitution-marker entry: no plural.
    None,
}

/// Where an agent code is put relative to the actor code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgentPosition {
    /// `~CODE`: appended after the actor code (`USA` + `GOV` → `USAGOV`).
    Suffix,
    /// `CODE~`: put before the actor code (`NGO` + `USA` → `NGOUSA`), used
    /// for organisations.
    Prefix,
}

/// An agent code without its `~`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AgentCode {
    /// The code, e.g. `GOV`.
    pub code: String,
    /// Suffix (`~GOV`) or prefix (`NGO~`).
    pub position: AgentPosition,
}

impl AgentEntry {
    /// The plural phrase PETRARCH matches besides the singular, if any.
    pub fn plural_phrase(&self) -> Option<Phrase> {
        match &self.plural {
            AgentPlural::None => None,
            AgentPlural::Explicit(p) => Some(p.clone()),
            AgentPlural::Auto => {
                let mut p = self.name.clone();
                let last = p.words.last_mut()?;
                *last = agent_plural(last);
                Some(p)
            }
        }
    }

    /// The singular and, if any, the plural phrase.
    pub fn phrases(&self) -> Vec<Phrase> {
        let mut v = vec![self.name.clone()];
        v.extend(self.plural_phrase());
        v
    }
}

/// Reads an agents file strictly.
pub fn read_agents(path: impl AsRef<Path>) -> Result<AgentDictionary, PetrarchError> {
    let path = path.as_ref();
    let (text, _) = read_text(path, false)?;
    parse_agents(&text, &path.display().to_string())
}

/// Reads an agents file leniently; errors only on I/O.
pub fn read_agents_lenient(
    path: impl AsRef<Path>,
) -> Result<(AgentDictionary, Vec<Warning>), PetrarchError> {
    let path = path.as_ref();
    let (text, w) = read_text(path, true)?;
    let (v, mut warnings) = parse_agents_lenient(&text, &path.display().to_string());
    warnings.splice(0..0, w);
    Ok((v, warnings))
}

/// Parses agents-file text strictly; `file` names the source in messages.
pub fn parse_agents(text: &str, file: &str) -> Result<AgentDictionary, PetrarchError> {
    let (v, diag) = parse_impl(text, file);
    diag.into_strict(v)
}

/// Parses agents-file text leniently, collecting warnings.
pub fn parse_agents_lenient(text: &str, file: &str) -> (AgentDictionary, Vec<Warning>) {
    let (v, diag) = parse_impl(text, file);
    (v, diag.warnings)
}

fn parse_impl(text: &str, file: &str) -> (AgentDictionary, Diag) {
    let mut diag = Diag::new(file);
    let mut dict = AgentDictionary::default();
    for line in logical_lines(text) {
        let t: &str = &line.text;
        if t.contains('!') && t.contains('=') {
            define_marker(t, &line, &mut dict, &mut diag);
            continue;
        }
        let Some(open) = t.find('[') else {
            diag.warn(line.no, line.raw, "agent without [code]; skipped");
            continue;
        };
        let (spec, rest) = (&t[..open], &t[open + 1..]);
        let inner = match rest.find(']') {
            Some(close) => {
                if !rest[close + 1..].trim().is_empty() {
                    diag.warn(line.no, line.raw, "text after the [code] ignored");
                }
                &rest[..close]
            }
            None => {
                diag.warn(
                    line.no,
                    line.raw,
                    "missing ']' after the agent code; rest of line taken as the code",
                );
                rest.trim_end().trim_end_matches('}')
            }
        };
        let Some(code) = parse_code(inner, &line, &mut diag) else {
            continue;
        };
        if spec.contains('!') {
            expand_marker(spec, code, &line, &mut dict, &mut diag);
            continue;
        }
        let (name_text, plural) = match spec.find('{') {
            None => (spec, AgentPlural::Auto),
            Some(b) => {
                let Some(close) = spec[b..].find('}') else {
                    diag.warn(line.no, line.raw, "missing '}'; agent skipped");
                    continue;
                };
                let p = Phrase::parse(&spec[b + 1..b + close]);
                if !spec[b + close + 1..].trim().is_empty() {
                    diag.warn(line.no, line.raw, "text after `}` ignored");
                }
                (
                    &spec[..b],
                    if p.is_empty() {
                        AgentPlural::None
                    } else {
                        AgentPlural::Explicit(p)
                    },
                )
            }
        };
        let name = Phrase::parse(name_text);
        if name.is_empty() {
            diag.warn(line.no, line.raw, "empty agent phrase; skipped");
            continue;
        }
        dict.agents.push(AgentEntry {
            name,
            plural,
            code,
            marker: None,
            line: line.no,
        });
    }
    (dict, diag)
}

fn parse_code(inner: &str, line: &Line<'_>, diag: &mut Diag) -> Option<AgentCode> {
    let inner = inner.trim();
    let (code, position) = if let Some(c) = inner.strip_prefix('~') {
        (c, AgentPosition::Suffix)
    } else if let Some(c) = inner.strip_suffix('~') {
        (c, AgentPosition::Prefix)
    } else {
        diag.warn(
            line.no,
            line.raw,
            "agent code needs a `~` before or after it; skipped",
        );
        return None;
    };
    let code = code.trim();
    if code.is_empty() || code.contains(|c: char| c.is_whitespace() || c == '~') {
        diag.warn(line.no, line.raw, "malformed agent code; skipped");
        return None;
    }
    Some(AgentCode {
        code: code.to_string(),
        position,
    })
}

fn define_marker(t: &str, line: &Line<'_>, dict: &mut AgentDictionary, diag: &mut Diag) {
    let (lhs, rhs) = t.split_once('=').unwrap_or((t, ""));
    let lhs = lhs.trim();
    let name = lhs.strip_prefix('!').and_then(|s| s.strip_suffix('!'));
    match name {
        Some(n) if !n.is_empty() && !n.contains(['!', ' ']) => {
            let items: Vec<String> = rhs
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            if items.is_empty() {
                diag.warn(line.no, line.raw, "empty substitution set");
            }
            dict.substitutions.insert(n.to_string(), items);
        }
        _ => diag.warn(
            line.no,
            line.raw,
            "substitution set must read `!NAME! = A, B, ...`; skipped",
        ),
    }
}

fn expand_marker(
    spec: &str,
    code: AgentCode,
    line: &Line<'_>,
    dict: &mut AgentDictionary,
    diag: &mut Diag,
) {
    // Marker entries get no plural: drop a `{...}` (silently if empty).
    let mut spec = spec.to_string();
    if let (Some(a), Some(b)) = (spec.find('{'), spec.find('}')) {
        if a < b {
            if !spec[a + 1..b].trim().is_empty() {
                diag.warn(
                    line.no,
                    line.raw,
                    "plural given for a substitution-marker agent; ignored",
                );
            }
            spec.replace_range(a..=b, " ");
        }
    }
    let Some((before, after)) = spec.split_once('!') else {
        return;
    };
    let Some((marker, tail)) = after.split_once('!') else {
        diag.warn(
            line.no,
            line.raw,
            "unterminated substitution marker; skipped",
        );
        return;
    };
    if tail.contains(['!', '{', '}']) {
        diag.warn(line.no, line.raw, "only the first substitution marker is expanded (as in PETRARCH); the rest is kept verbatim");
    }
    let Some(items) = dict.substitutions.get(marker) else {
        diag.warn(
            line.no,
            line.raw,
            format!("substitution marker !{marker}! is not defined (before this line); skipped"),
        );
        return;
    };
    let mut new = Vec::with_capacity(items.len());
    for item in items {
        let name = Phrase::parse(&format!("{before}{item}{tail}"));
        if !name.is_empty() {
            new.push(AgentEntry {
                name,
                plural: AgentPlural::None,
                code: code.clone(),
                marker: Some(marker.to_string()),
                line: line.no,
            });
        }
    }
    dict.agents.extend(new);
}

#[cfg(test)]
mod tests;
