//! PETRARCH validation records (`PETR.UnitTest.records.xml`).
//!
//! ```xml
//! <Validation>
//! <Environment>
//!     <Verbfile>PETR.Validate.verbs.txt</Verbfile>
//!     <Actorfile>PETR.Validate.actors.txt</Actorfile> ...
//!     <Include>valid DEMO ACTOR ...</Include>
//!     <Config option="stop_on_error" value="True"></Config>
//! </Environment>
//! <Sentences>
//! <Config option="new_actor_length" value="4"></Config>   (applies from here on)
//! <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
//! <!-- what the record tests -->
//! <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
//! <Text> ... </Text>
//! <Parse> (ROOT ...) </Parse>
//! </Sentence>
//! ```
//!
//! An `<EventCoding>` may instead carry `noevents="True"` (nothing must be
//! coded) or `error="..."` (PETRARCH must reject the record with that error,
//! e.g. `dateline`, `bad_input_parse`, `sentencediscard`, `storydiscard`).
//! A source or target written `'"INJURY TOLL"'` is the text of an actor
//! not in the dictionary (the `new_actor_length` option).

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use roxmltree::{Document, Node, ParsingOptions};
use serde::{Deserialize, Serialize};

use crate::code::{parse_date, DateRead};
use crate::error::{read_text, Diag, PetrarchError, Warning};

/// The whole validation file.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ValidationSuite {
    /// The `<Environment>` block.
    pub environment: Environment,
    /// The records in file order.
    pub sentences: Vec<ValidationSentence>,
}

/// The `<Environment>` settings.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Environment {
    /// `<Verbfile>`.
    pub verb_file: Option<String>,
    /// Every `<Actorfile>`, in order.
    pub actor_files: Vec<String>,
    /// `<Agentfile>`.
    pub agent_file: Option<String>,
    /// `<Discardfile>`.
    pub discard_file: Option<String>,
    /// `<Errorfile>` (deprecated in PETRARCH).
    pub error_file: Option<String>,
    /// `<Include>` categories; `valid` means "only records marked valid".
    pub include: Vec<String>,
    /// `<Exclude>` categories.
    pub exclude: Vec<String>,
    /// `<Pause>` (`Always`, `Never`, `Stop`...).
    pub pause: Option<String>,
    /// `<Config>` options set in the environment.
    pub config: Vec<ConfigOption>,
    /// Any other child element: (tag, trimmed text).
    pub other: Vec<(String, String)>,
}

/// `<Config option="..." value="...">`: changes a PETRARCH option
/// (`new_actor_length`, `require_dyad`, `stop_on_error`, `comma_min`,
/// `comma_max`, `comma_bmin`, `comma_bmax`, `comma_emin`, `comma_emax`) for
/// the records that follow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfigOption {
    /// Option name, verbatim.
    pub option: String,
    /// Value, verbatim (booleans appear as `True`, `false`, `FALSE`...).
    pub value: String,
    /// 1-based line.
    pub line: usize,
}

/// One `<Sentence>` record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidationSentence {
    /// `id` attribute.
    pub id: String,
    /// `date` attribute (`YYYYMMDD`).
    pub date: NaiveDate,
    /// `category` attribute (matched against `<Include>`/`<Exclude>`).
    pub category: Option<String>,
    /// `sentence` attribute (`true`: a single sentence, not a story).
    pub sentence: Option<bool>,
    /// Any other attribute, verbatim.
    pub other_attributes: BTreeMap<String, String>,
    /// `<Text>` with runs of whitespace collapsed to one blank, trimmed.
    pub text: String,
    /// `<Parse>` as written (a Penn Treebank tree), if present.
    pub parse: Option<String>,
    /// The `<EventCoding>` elements in order.
    pub codings: Vec<ExpectedCoding>,
    /// The record's XML comments (what it tests), trimmed.
    pub comments: Vec<String>,
    /// `<Config>` elements met since the previous record; they apply to
    /// this record and the following ones (see [`ValidationSuite::options_at`]).
    pub config: Vec<ConfigOption>,
    /// 1-based line of `<Sentence`.
    pub line: usize,
}

/// What one `<EventCoding>` expects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExpectedCoding {
    /// `sourcecode`, `targetcode`, `eventcode`.
    Event {
        /// Expected source.
        source: ExpectedActor,
        /// Expected target.
        target: ExpectedActor,
        /// Expected event code, verbatim.
        event: String,
        /// 1-based line.
        line: usize,
    },
    /// `noevents="True"`.
    NoEvents {
        /// 1-based line.
        line: usize,
    },
    /// `error="..."`: the record must fail with this error.
    Error {
        /// The error name.
        error: String,
        /// 1-based line.
        line: usize,
    },
}

/// An expected source or target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExpectedActor {
    /// An actor code such as `ARN` or `IGOCOPITP`.
    Code(String),
    /// `"TEXT"` (quotes in the attribute): an actor found by its text.
    Text(String),
}

impl ExpectedActor {
    fn parse(s: &str) -> ExpectedActor {
        let s = s.trim();
        match s.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
            Some(inner) if s.len() >= 2 => ExpectedActor::Text(inner.to_string()),
            _ => ExpectedActor::Code(s.to_string()),
        }
    }
}

impl ValidationSentence {
    /// The expected (source, target, event) triples.
    pub fn expected_events(&self) -> impl Iterator<Item = (&ExpectedActor, &ExpectedActor, &str)> {
        self.codings.iter().filter_map(|c| match c {
            ExpectedCoding::Event {
                source,
                target,
                event,
                ..
            } => Some((source, target, event.as_str())),
            _ => None,
        })
    }

    /// True if the record has `noevents="True"`.
    pub fn expects_no_events(&self) -> bool {
        self.codings
            .iter()
            .any(|c| matches!(c, ExpectedCoding::NoEvents { .. }))
    }

    /// The expected error, if the record has one.
    pub fn expected_error(&self) -> Option<&str> {
        self.codings.iter().find_map(|c| match c {
            ExpectedCoding::Error { error, .. } => Some(error.as_str()),
            _ => None,
        })
    }
}

impl ValidationSuite {
    /// The options in force for sentence `index`: the environment's
    /// `<Config>`s, then those before every record up to and including it
    /// (later settings win). Keys are option names as written.
    pub fn options_at(&self, index: usize) -> BTreeMap<String, String> {
        let mut map = BTreeMap::new();
        let before = self
            .sentences
            .iter()
            .take(index.saturating_add(1))
            .flat_map(|s| &s.config);
        for c in self.environment.config.iter().chain(before) {
            map.insert(c.option.clone(), c.value.clone());
        }
        map
    }
}

/// Reads a validation file strictly.
pub fn read_validation(path: impl AsRef<Path>) -> Result<ValidationSuite, PetrarchError> {
    let path = path.as_ref();
    let (text, _) = read_text(path, false)?;
    parse_validation(&text, &path.display().to_string())
}

/// Reads a validation file leniently. Fails only on I/O or XML syntax
/// errors, which cannot be recovered from.
pub fn read_validation_lenient(
    path: impl AsRef<Path>,
) -> Result<(ValidationSuite, Vec<Warning>), PetrarchError> {
    let path = path.as_ref();
    let (text, w) = read_text(path, true)?;
    let (v, mut warnings) = parse_validation_lenient(&text, &path.display().to_string())?;
    warnings.splice(0..0, w);
    Ok((v, warnings))
}

/// Parses validation XML strictly; `file` names the source in messages.
pub fn parse_validation(text: &str, file: &str) -> Result<ValidationSuite, PetrarchError> {
    let (v, diag) = parse_impl(text, file)?;
    diag.into_strict(v)
}

/// Parses validation XML leniently (records that cannot be used are
/// skipped with a warning); fails only on XML syntax errors.
pub fn parse_validation_lenient(
    text: &str,
    file: &str,
) -> Result<(ValidationSuite, Vec<Warning>), PetrarchError> {
    let (v, diag) = parse_impl(text, file)?;
    Ok((v, diag.warnings))
}

struct Ctx<'d, 'i> {
    doc: &'d Document<'i>,
    diag: Diag,
}

impl Ctx<'_, '_> {
    fn line(&self, n: Node<'_, '_>) -> usize {
        self.doc.text_pos_at(n.range().start).row as usize
    }
    fn warn(&mut self, n: Node<'_, '_>, msg: impl Into<String>) {
        let line = self.line(n);
        let src = self.doc.input_text();
        let entry = &src[n.range()];
        let entry = entry.lines().next().unwrap_or("");
        self.diag.warn(line, entry, msg);
    }
}

fn parse_impl(text: &str, file: &str) -> Result<(ValidationSuite, Diag), PetrarchError> {
    let opts = ParsingOptions {
        allow_dtd: true,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(text, opts).map_err(|e| PetrarchError::Invalid {
        file: file.to_string(),
        line: e.pos().row as usize,
        entry: text
            .lines()
            .nth((e.pos().row as usize).saturating_sub(1))
            .unwrap_or("")
            .trim()
            .to_string(),
        message: format!("XML error: {e}"),
    })?;
    let mut cx = Ctx {
        doc: &doc,
        diag: Diag::new(file),
    };
    let mut suite = ValidationSuite::default();
    let mut pending: Vec<ConfigOption> = Vec::new();
    walk(doc.root_element(), &mut cx, &mut suite, &mut pending, 0);
    if !pending.is_empty() {
        // trailing <Config>s apply to no record; keep nothing but say so
        let line = pending[0].line;
        cx.diag.warn(
            line,
            "<Config>",
            "<Config> after the last record has no effect",
        );
    }
    Ok((suite, cx.diag))
}

fn walk(
    node: Node<'_, '_>,
    cx: &mut Ctx<'_, '_>,
    suite: &mut ValidationSuite,
    pending: &mut Vec<ConfigOption>,
    depth: usize,
) {
    for child in node.children().filter(Node::is_element) {
        match child.tag_name().name() {
            "Environment" => parse_env(child, cx, &mut suite.environment),
            "Sentences" | "Validation" if depth < 4 => walk(child, cx, suite, pending, depth + 1),
            "Config" => pending.extend(parse_config(child, cx)),
            "Sentence" => {
                if let Some(mut s) = parse_sentence(child, cx) {
                    s.config = std::mem::take(pending);
                    suite.sentences.push(s);
                }
            }
            other => {
                let msg = format!("unknown element <{other}> ignored");
                cx.warn(child, msg);
            }
        }
    }
}

fn text_of(n: Node<'_, '_>) -> String {
    n.descendants()
        .filter(|d| d.is_text())
        .filter_map(|d| d.text())
        .collect()
}

fn parse_config(n: Node<'_, '_>, cx: &mut Ctx<'_, '_>) -> Option<ConfigOption> {
    match (n.attribute("option"), n.attribute("value")) {
        (Some(o), Some(v)) => Some(ConfigOption {
            option: o.trim().to_string(),
            value: v.trim().to_string(),
            line: cx.line(n),
        }),
        _ => {
            cx.warn(n, "<Config> needs `option` and `value` attributes; ignored");
            None
        }
    }
}

fn parse_env(n: Node<'_, '_>, cx: &mut Ctx<'_, '_>, env: &mut Environment) {
    for c in n.children().filter(Node::is_element) {
        let val = text_of(c).trim().to_string();
        let words = || val.split_whitespace().map(String::from).collect::<Vec<_>>();
        match c.tag_name().name() {
            "Verbfile" => env.verb_file = Some(val),
            "Actorfile" => env.actor_files.push(val),
            "Agentfile" => env.agent_file = Some(val),
            "Discardfile" => env.discard_file = Some(val),
            "Errorfile" => env.error_file = Some(val),
            "Include" => env.include = words(),
            "Exclude" => env.exclude = words(),
            "Pause" => env.pause = Some(val),
            "Config" => env.config.extend(parse_config(c, cx)),
            other => env.other.push((other.to_string(), val)),
        }
    }
}

fn parse_sentence(n: Node<'_, '_>, cx: &mut Ctx<'_, '_>) -> Option<ValidationSentence> {
    let Some(id) = n.attribute("id") else {
        cx.warn(n, "<Sentence> without id; record skipped");
        return None;
    };
    let date = match n.attribute("date").map(|d| (d, parse_date(d))) {
        Some((_, Some(DateRead::Ok(d)))) => d,
        Some((raw, Some(DateRead::Irregular(d)))) => {
            cx.warn(n, format!("irregular date `{raw}` read as {d}"));
            d
        }
        Some((raw, None)) => {
            cx.warn(
                n,
                format!("invalid date `{raw}`; record skipped (as PETRARCH does)"),
            );
            return None;
        }
        None => {
            cx.warn(
                n,
                "<Sentence> missing required date; record skipped (as PETRARCH does)",
            );
            return None;
        }
    };
    let mut s = ValidationSentence {
        id: id.trim().to_string(),
        date,
        category: n.attribute("category").map(|c| c.trim().to_string()),
        sentence: None,
        other_attributes: BTreeMap::new(),
        text: String::new(),
        parse: None,
        codings: Vec::new(),
        comments: Vec::new(),
        config: Vec::new(),
        line: cx.line(n),
    };
    for a in n.attributes() {
        match a.name() {
            "id" | "date" | "category" => {}
            "sentence" => match a.value().trim().to_ascii_lowercase().as_str() {
                "true" => s.sentence = Some(true),
                "false" => s.sentence = Some(false),
                _ => cx.warn(n, "`sentence` attribute is neither true nor false; ignored"),
            },
            other => {
                s.other_attributes
                    .insert(other.to_string(), a.value().to_string());
            }
        }
    }
    let mut has_text = false;
    for c in n.children() {
        if c.is_comment() {
            s.comments.push(c.text().unwrap_or("").trim().to_string());
            continue;
        }
        if !c.is_element() {
            continue;
        }
        match c.tag_name().name() {
            "Text" => {
                has_text = true;
                s.text = text_of(c).split_whitespace().collect::<Vec<_>>().join(" ");
            }
            "Parse" => s.parse = Some(text_of(c)),
            "EventCoding" => s.codings.extend(parse_coding(c, cx)),
            other => {
                let msg = format!("unknown element <{other}> in <Sentence> ignored");
                cx.warn(c, msg);
            }
        }
    }
    if !has_text {
        cx.warn(n, "<Sentence> without <Text>; record skipped");
        return None;
    }
    Some(s)
}

fn parse_coding(c: Node<'_, '_>, cx: &mut Ctx<'_, '_>) -> Option<ExpectedCoding> {
    let line = cx.line(c);
    if let Some(v) = c.attribute("noevents") {
        if !v.trim().eq_ignore_ascii_case("true") {
            cx.warn(c, "noevents is not True; ignored");
            return None;
        }
        return Some(ExpectedCoding::NoEvents { line });
    }
    if let Some(e) = c.attribute("error") {
        return Some(ExpectedCoding::Error {
            error: e.trim().to_string(),
            line,
        });
    }
    match (
        c.attribute("sourcecode"),
        c.attribute("targetcode"),
        c.attribute("eventcode"),
    ) {
        (Some(s), Some(t), Some(e)) => Some(ExpectedCoding::Event {
            source: ExpectedActor::parse(s),
            target: ExpectedActor::parse(t),
            event: e.trim().to_string(),
            line,
        }),
        _ => {
            cx.warn(c, "<EventCoding> needs sourcecode, targetcode and eventcode (or noevents / error); ignored");
            None
        }
    }
}

#[cfg(test)]
mod tests;
