//! Actor dictionaries (`*.actors.txt`, TABARI/PETRARCH format).
//!
//! ```text
//! GOLLUM  # pas 27 Apr 03          primary phrase (code optional)
//! +SMEAGOL                          synonyms
//!     [HOB < 950601]                date restrictions, one per line
//!     [HOBGOV 19950601 - 19990815]
//!     [HOBREB > 990816]
//! ZIMBABWE
//!     [RHO <790606]
//!     [ZBW]                         an undated line is a default code
//! JAVIER_SOLANA_ [IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]
//! ```
//!
//! Codes may also follow the primary phrase in-line, several per line
//! (TABARI's older format, used in `Phoenix.International.actors.txt`).
//! Dates are `YYYYMMDD` or `YYMMDD` (00–30 → 20YY); all bounds inclusive.
//! A line containing `---STOP---` ends the file (PETRARCH-1).
//!
//! An entry with no code at all (usually a synonym missing its `+`) gets,
//! in PETRARCH-1, the codes of the next entry that has some; the reader
//! merges such entries into that one (names first) and warns.

use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::code::{parse_date, DateRead};
use crate::error::{read_text, Diag, PetrarchError, Warning};
use crate::lines::{logical_lines, Line};
use crate::phrase::Phrase;

/// One actor: its names and its (possibly date-restricted) codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorEntry {
    /// The primary phrase first, then the `+` synonyms. Words split at
    /// blanks and `_` with their connectors kept (PETRARCH-1 lets other
    /// words intervene at a blank, not at `_`; TABARI's trailing `_` is
    /// dropped, as PETRARCH ignores it).
    pub names: Vec<Phrase>,
    /// Codes in file order (in-line ones first). Empty only for a codeless
    /// entry at the end of a file (a warning is issued).
    pub codes: Vec<DatedCode>,
    /// 1-based line of the primary phrase (of the first one, when codeless
    /// entries were merged in).
    pub line: usize,
}

/// A code with an optional validity interval (inclusive bounds).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedCode {
    /// The code, verbatim (`---` is the null code).
    pub code: String,
    /// First day it applies (`>date` or the start of `a-b`).
    pub from: Option<NaiveDate>,
    /// Last day it applies (`<date` or the end of `a-b`).
    pub to: Option<NaiveDate>,
    /// 1-based line it was read from.
    pub line: usize,
}

impl DatedCode {
    /// True if the code carries a date restriction.
    pub fn is_dated(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// True if `date` falls within the restriction (always for undated).
    pub fn applies(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| date >= f) && self.to.is_none_or(|t| date <= t)
    }
}

impl ActorEntry {
    /// The code PETRARCH-1 (`get_actor_code()`) assigns on `date`:
    /// the first date restriction, in file order, that covers the date;
    /// failing that, the first undated (default) code; failing that, `None`
    /// (PETRARCH's null code `---`).
    ///
    /// With no date: the first undated code, else the dated code that
    /// reaches latest (an open-ended `>date` beats any end date; ties go to
    /// the later line).
    pub fn code_on(&self, date: Option<NaiveDate>) -> Option<&str> {
        let default = || {
            self.codes
                .iter()
                .find(|c| !c.is_dated())
                .map(|c| c.code.as_str())
        };
        match date {
            Some(d) => self
                .codes
                .iter()
                .find(|c| c.is_dated() && c.applies(d))
                .map(|c| c.code.as_str())
                .or_else(default),
            None => default().or_else(|| {
                self.codes
                    .iter()
                    .enumerate()
                    .max_by_key(|(i, c)| (c.to.is_none(), c.to, c.from, *i))
                    .map(|(_, c)| c.code.as_str())
            }),
        }
    }
}

/// Reads an actors file strictly.
pub fn read_actors(path: impl AsRef<Path>) -> Result<Vec<ActorEntry>, PetrarchError> {
    let path = path.as_ref();
    let (text, _) = read_text(path, false)?;
    parse_actors(&text, &path.display().to_string())
}

/// Reads an actors file leniently; errors only on I/O.
pub fn read_actors_lenient(
    path: impl AsRef<Path>,
) -> Result<(Vec<ActorEntry>, Vec<Warning>), PetrarchError> {
    let path = path.as_ref();
    let (text, w) = read_text(path, true)?;
    let (v, mut warnings) = parse_actors_lenient(&text, &path.display().to_string());
    warnings.splice(0..0, w);
    Ok((v, warnings))
}

/// Parses actors-file text strictly; `file` names the source in messages.
pub fn parse_actors(text: &str, file: &str) -> Result<Vec<ActorEntry>, PetrarchError> {
    let (v, diag) = parse_impl(text, file);
    diag.into_strict(v)
}

/// Parses actors-file text leniently, collecting warnings.
pub fn parse_actors_lenient(text: &str, file: &str) -> (Vec<ActorEntry>, Vec<Warning>) {
    let (v, diag) = parse_impl(text, file);
    (v, diag.warnings)
}

fn parse_impl(text: &str, file: &str) -> (Vec<ActorEntry>, Diag) {
    let mut diag = Diag::new(file);
    let mut out: Vec<ActorEntry> = Vec::new();
    let raws: Vec<&str> = text.lines().collect();
    let mut cur: Option<ActorEntry> = None;
    let mut orphans: Vec<ActorEntry> = Vec::new();
    for line in logical_lines(text) {
        let t: &str = &line.text;
        if t.contains("---STOP---") {
            break;
        }
        if t.starts_with('[') {
            match cur.as_mut() {
                Some(e) => e.codes.extend(parse_codes(t, &line, &mut diag)),
                None => diag.warn(
                    line.no,
                    line.raw,
                    "date restriction before any actor; skipped",
                ),
            }
            continue;
        }
        let (is_syn, body) = match t.strip_prefix('+') {
            Some(b) => (true, b),
            None => (false, t),
        };
        let (name_text, codes_text) = match body.find('[') {
            Some(i) => (&body[..i], Some(&body[i..])),
            None => (body, None),
        };
        let mut name_text = name_text.to_string();
        if name_text.contains([']', '{', '}']) {
            diag.warn(line.no, line.raw, "stray bracket in actor name; removed");
            name_text.retain(|c| !matches!(c, ']' | '{' | '}'));
        }
        let name = Phrase::parse(&name_text);
        if name.is_empty() {
            diag.warn(line.no, line.raw, "empty actor name; line skipped");
            continue;
        }
        if is_syn {
            let Some(e) = cur.as_mut() else {
                diag.warn(line.no, line.raw, "synonym before any actor; skipped");
                continue;
            };
            e.names.push(name);
            if let Some(ct) = codes_text {
                diag.warn(line.no, line.raw, "code on a synonym line (PETRARCH reads it as part of the name); attached to the actor");
                e.codes.extend(parse_codes(ct, &line, &mut diag));
            }
        } else {
            if let Some(e) = cur.take() {
                finish(e, &mut orphans, &mut out, &mut diag, &raws);
            }
            let codes = codes_text
                .map(|ct| parse_codes(ct, &line, &mut diag))
                .unwrap_or_default();
            cur = Some(ActorEntry {
                names: vec![name],
                codes,
                line: line.no,
            });
        }
    }
    if let Some(e) = cur.take() {
        finish(e, &mut orphans, &mut out, &mut diag, &raws);
    }
    finish_file(orphans, &mut out, &mut diag, &raws);
    diag.warnings.sort_by_key(|w| w.line);
    (out, diag)
}

/// Ends an entry. PETRARCH-1 gives an entry that has no code of its own
/// the code list stored next, so codeless entries wait in `orphans` and
/// are merged (names first) into the next entry that has codes.
fn finish(
    mut e: ActorEntry,
    orphans: &mut Vec<ActorEntry>,
    out: &mut Vec<ActorEntry>,
    diag: &mut Diag,
    raws: &[&str],
) {
    if e.codes.is_empty() {
        orphans.push(e);
        return;
    }
    if let Some(first) = orphans.first() {
        let line = first.line;
        let mut names: Vec<Phrase> = Vec::new();
        for o in orphans.drain(..) {
            let raw = raws.get(o.line - 1).copied().unwrap_or("");
            diag.warn(o.line, raw, format!("actor has no code; merged into the entry at line {} whose codes PETRARCH-1 gives it", e.line));
            names.extend(o.names);
        }
        names.append(&mut e.names);
        e.names = names;
        e.line = line;
    }
    out.push(e);
}

fn finish_file(
    orphans: Vec<ActorEntry>,
    out: &mut Vec<ActorEntry>,
    diag: &mut Diag,
    raws: &[&str],
) {
    for o in orphans {
        let raw = raws.get(o.line - 1).copied().unwrap_or("");
        diag.warn(o.line, raw, "actor has no code");
        out.push(o);
    }
}

/// Parses every `[...]` group in `s`.
fn parse_codes(s: &str, line: &Line<'_>, diag: &mut Diag) -> Vec<DatedCode> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut stray = false;
    while !rest.is_empty() {
        let Some(open) = rest.find('[') else {
            stray |= !rest.trim().is_empty();
            break;
        };
        stray |= !rest[..open].trim().is_empty();
        let after = &rest[open + 1..];
        let (inner, next) = match after.find(']') {
            Some(close) => (&after[..close], &after[close + 1..]),
            None => {
                diag.warn(
                    line.no,
                    line.raw,
                    "missing ']'; rest of line taken as the code",
                );
                (after, "")
            }
        };
        if let Some(c) = parse_group(inner, line, diag) {
            out.push(c);
        }
        rest = next;
    }
    if stray {
        diag.warn(line.no, line.raw, "text outside [...] ignored");
    }
    out
}

fn parse_group(inner: &str, line: &Line<'_>, diag: &mut Diag) -> Option<DatedCode> {
    let inner = inner.trim();
    let split = inner
        .find(|c: char| c.is_whitespace() || c == '<' || c == '>')
        .unwrap_or(inner.len());
    let (code, rest) = (&inner[..split], inner[split..].trim());
    if code.is_empty() {
        diag.warn(line.no, line.raw, "empty code in [...]; skipped");
        return None;
    }
    let mut dc = DatedCode {
        code: code.to_string(),
        from: None,
        to: None,
        line: line.no,
    };
    let mut date = |s: &str| -> Option<NaiveDate> {
        match parse_date(s) {
            Some(DateRead::Ok(d)) => Some(d),
            Some(DateRead::Irregular(d)) => {
                diag.warn(
                    line.no,
                    line.raw,
                    format!(
                        "irregular date `{}` read as {d} (PETRARCH's truncation rule)",
                        s.trim()
                    ),
                );
                Some(d)
            }
            None => {
                diag.warn(
                    line.no,
                    line.raw,
                    format!("invalid date `{}`; code skipped", s.trim()),
                );
                None
            }
        }
    };
    if rest.is_empty() {
        // undated default code
    } else if let Some(d) = rest.strip_prefix('<') {
        dc.to = Some(date(d)?);
    } else if let Some(d) = rest.strip_prefix('>') {
        dc.from = Some(date(d)?);
    } else if let Some((a, b)) = rest.split_once('-') {
        let (from, to) = (date(a)?, date(b)?);
        if to < from {
            diag.warn(
                line.no,
                line.raw,
                "interval ends before it starts; code skipped (as PETRARCH does)",
            );
            return None;
        }
        (dc.from, dc.to) = (Some(from), Some(to));
    } else {
        diag.warn(
            line.no,
            line.raw,
            "date without `<`, `>` or `-`; PETRARCH ignores it, code kept undated",
        );
    }
    Some(dc)
}

#[cfg(test)]
mod tests;
