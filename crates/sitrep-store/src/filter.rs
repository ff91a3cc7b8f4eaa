//! Which events a query or an export selects, and its SQL.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use rusqlite::types::Value;
use sitrep_model::Certainty;

/// A code to match exactly or by prefix. CAMEO codes are hierarchical, so a
/// prefix selects a family: `RUS*` is every Russian actor (`RUS`, `RUSMIL`,
/// `RUSGOVMIL`), `19*` every "fight" event (`19`, `190`, `193`…).
///
/// Parsed from a string: a trailing `*` makes a prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeMatch {
    Exact(String),
    Prefix(String),
}

impl CodeMatch {
    pub fn exact(code: impl Into<String>) -> Self {
        Self::Exact(code.into())
    }

    pub fn prefix(code: impl Into<String>) -> Self {
        Self::Prefix(code.into())
    }

    /// Whether `code` matches.
    pub fn matches(&self, code: &str) -> bool {
        match self {
            Self::Exact(c) => code == c,
            Self::Prefix(p) => code.starts_with(p.as_str()),
        }
    }

    /// SQL for `column` matching. A prefix becomes a range
    /// (`>= p AND < p || x'7F'`) rather than `LIKE`, so that the column's
    /// ordinary (binary) index serves it.
    pub(crate) fn sql(&self, column: &str) -> Sql {
        let mut sql = Sql::default();
        match self {
            Self::Exact(c) => {
                sql.push(&format!("{column} = "));
                sql.param(c.clone());
            }
            Self::Prefix(p) => {
                sql.push(&format!("({column} >= "));
                sql.param(p.clone());
                sql.push(&format!(" AND {column} < "));
                // Codes are printable ASCII, all below DEL.
                sql.param(format!("{p}\u{7f}"));
                sql.push(")");
            }
        }
        sql
    }
}

impl FromStr for CodeMatch {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.strip_suffix('*') {
            Some(p) => Self::Prefix(p.to_owned()),
            None => Self::Exact(s.to_owned()),
        })
    }
}

impl fmt::Display for CodeMatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Exact(c) => f.write_str(c),
            Self::Prefix(p) => write!(f, "{p}*"),
        }
    }
}

/// A box of longitudes and latitudes, edges included. A box whose west edge
/// is east of its east edge crosses the antimeridian (170,-20,-170,-10).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoundingBox {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl BoundingBox {
    /// `west,south,east,north` in degrees, as GeoJSON and most map tools
    /// write a box.
    pub fn parse(text: &str) -> Result<Self, String> {
        let numbers: Vec<f64> = text
            .split(',')
            .map(|n| n.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .map_err(|_| format!("bounding box {text:?} is not four numbers west,south,east,north"))?;
        let [west, south, east, north] = numbers[..] else {
            return Err(format!("bounding box {text:?} is not four numbers west,south,east,north"));
        };
        let lon = -180.0..=180.0;
        let lat = -90.0..=90.0;
        if !(lon.contains(&west) && lon.contains(&east) && lat.contains(&south) && lat.contains(&north)) {
            return Err(format!("bounding box {text:?}: longitudes run from -180 to 180, latitudes from -90 to 90"));
        }
        if south > north {
            return Err(format!("bounding box {text:?}: south {south} is north of north {north}"));
        }
        Ok(Self { west, south, east, north })
    }
}

/// Which events to select. Every field set narrows the selection (AND);
/// `Default` selects everything.
///
/// Results come in order of event day (the event's date, else the
/// publication date; undated first), then store id — the order exports write.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    /// Source or target actor code.
    pub actor: Option<CodeMatch>,
    pub source: Option<CodeMatch>,
    pub target: Option<CodeMatch>,
    /// Events between the two, in either direction.
    pub dyad: Option<(CodeMatch, CodeMatch)>,
    pub cameo: Option<CodeMatch>,
    /// PLOVER event type, e.g. `"ASSAULT"`.
    pub plover_type: Option<String>,
    /// Any of these certainties; empty for all.
    pub certainty: Vec<Certainty>,
    /// First and last event day, inclusive.
    pub date_from: Option<NaiveDate>,
    pub date_to: Option<NaiveDate>,
    /// Outlet name, case-insensitive.
    pub outlet: Option<String>,
    /// The event location's country (ISO alpha-3, as the resolver writes it).
    pub location_country: Option<String>,
    /// The event location's first-level division, by name, case-insensitive.
    pub location_admin1: Option<String>,
    /// Events whose location's point lies in this box.
    pub bbox: Option<BoundingBox>,
    /// An FTS5 query over document titles and texts, e.g. `coup AND "Burkina Faso"`.
    pub text: Option<String>,
    /// Only events of first copies, leaving out the events of near-duplicate
    /// reprints (which the story counts already count).
    pub first_copies_only: bool,
    pub limit: Option<u32>,
    pub offset: u32,
}

/// SQL text with its `?` parameters in textual order, built together so
/// that they cannot drift apart.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sql {
    pub text: String,
    pub params: Vec<Value>,
}

impl Sql {
    pub fn new(text: &str) -> Self {
        Self {
            text: text.to_owned(),
            params: Vec::new(),
        }
    }

    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    pub fn param(&mut self, value: impl Into<Value>) -> &mut Self {
        self.text.push('?');
        self.params.push(value.into());
        self
    }

    pub fn append(&mut self, other: Sql) -> &mut Self {
        self.text.push_str(&other.text);
        self.params.extend(other.params);
        self
    }

    /// `column IN (?, ?, …)` with one parameter per value.
    pub fn in_list<V: Into<Value>>(column: &str, values: impl IntoIterator<Item = V>) -> Sql {
        let mut sql = Sql::new(column);
        sql.push(" IN (");
        for (i, v) in values.into_iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.param(v);
        }
        sql.push(")");
        sql
    }

    /// `parts` joined by `sep`.
    pub fn join(parts: Vec<Sql>, sep: &str) -> Sql {
        let mut out = Sql::default();
        for (i, part) in parts.into_iter().enumerate() {
            if i > 0 {
                out.push(sep);
            }
            out.append(part);
        }
        out
    }
}

/// One condition of a filter over `events e`.
pub(crate) struct Term {
    pub sql: Sql,
    /// The ids of the events that can satisfy it, read from one index alone
    /// (`SELECT id FROM events INDEXED BY … WHERE …`), for terms that have one.
    pub candidates: Option<Sql>,
    /// Whether `events_scan` holds its columns: a walk of that index then
    /// checks it without reading the table (not so the event's location).
    pub in_scan_index: bool,
}

impl EventFilter {
    /// Every condition of the filter, each with its candidate query where an
    /// index serves it.
    pub(crate) fn terms(&self) -> Vec<Term> {
        let mut terms = Vec::new();
        let indexed = |index: &str, cond: Sql| {
            let mut c = Sql::new(&format!("SELECT id FROM events INDEXED BY {index} WHERE "));
            c.append(cond);
            c
        };
        // UNION ALL, not UNION: a LIMIT stops it early (the estimate in
        // src/plan.rs relies on that), and `e.id IN (…)` ignores the duplicates.
        let union = |a: Sql, b: Sql| {
            let mut u = a;
            u.push(" UNION ALL ").append(b);
            u
        };
        if let Some(a) = &self.actor {
            let sql = Sql::join(vec![a.sql("e.source_code"), a.sql("e.target_code")], " OR ");
            let cand = union(
                indexed("events_source", a.sql("source_code")),
                indexed("events_target", a.sql("target_code")),
            );
            terms.push(Term {
                sql: paren(sql),
                candidates: Some(cand),
                in_scan_index: true,
            });
        }
        if let Some(s) = &self.source {
            terms.push(Term {
                sql: s.sql("e.source_code"),
                candidates: Some(indexed("events_source", s.sql("source_code"))),
                in_scan_index: true,
            });
        }
        if let Some(t) = &self.target {
            terms.push(Term {
                sql: t.sql("e.target_code"),
                candidates: Some(indexed("events_target", t.sql("target_code"))),
                in_scan_index: true,
            });
        }
        if let Some((a, b)) = &self.dyad {
            let both = |x: &CodeMatch, y: &CodeMatch, prefix: &str| {
                paren(Sql::join(
                    vec![
                        x.sql(&format!("{prefix}source_code")),
                        y.sql(&format!("{prefix}target_code")),
                    ],
                    " AND ",
                ))
            };
            let sql = paren(Sql::join(vec![both(a, b, "e."), both(b, a, "e.")], " OR "));
            let cand = union(
                indexed("events_source", both(a, b, "")),
                indexed("events_source", both(b, a, "")),
            );
            terms.push(Term {
                sql,
                candidates: Some(cand),
                in_scan_index: true,
            });
        }
        if let Some(c) = &self.cameo {
            terms.push(Term {
                sql: c.sql("e.cameo"),
                candidates: Some(indexed("events_cameo", c.sql("cameo"))),
                in_scan_index: true,
            });
        }
        if let Some(p) = &self.plover_type {
            let mut sql = Sql::new("e.plover_type = ");
            sql.param(p.clone());
            terms.push(Term {
                sql,
                candidates: None,
                in_scan_index: true,
            });
        }
        // A location from migration 0017's partial indexes: the country
        // with its division when both are given; a division alone (a name
        // that may recur in several countries) narrows other filters.
        let country = |prefix: &str| {
            self.location_country.as_ref().map(|c| {
                let mut sql = Sql::new(&format!("{prefix}location_country = "));
                sql.param(c.to_uppercase());
                sql
            })
        };
        let admin1 = |prefix: &str| {
            self.location_admin1.as_ref().map(|a| {
                let mut sql = Sql::new(&format!("{prefix}location_admin1 = "));
                sql.param(a.clone());
                sql.push(" COLLATE NOCASE");
                sql
            })
        };
        if let Some(sql) = country("e.") {
            let cond = Sql::join(country("").into_iter().chain(admin1("")).collect(), " AND ");
            terms.push(Term { sql, candidates: Some(indexed("events_location", cond)), in_scan_index: false });
        }
        if let Some(sql) = admin1("e.") {
            terms.push(Term { sql, candidates: None, in_scan_index: false });
        }
        if let Some(b) = self.bbox {
            let within = |prefix: &str| {
                let mut sql = Sql::new(&format!("{prefix}location_lat BETWEEN "));
                sql.param(b.south).push(" AND ").param(b.north);
                let joint = if b.west <= b.east { " AND " } else { " OR " };
                sql.push(&format!(" AND ({prefix}location_lon >= ")).param(b.west);
                sql.push(joint).push(&format!("{prefix}location_lon <= ")).param(b.east).push(")");
                sql
            };
            terms.push(Term { sql: within("e."), candidates: Some(indexed("events_location_point", within(""))), in_scan_index: false });
        }
        if !self.certainty.is_empty() {
            let sql = Sql::in_list("e.certainty", self.certainty.iter().map(|c| c.as_str().to_owned()));
            terms.push(Term {
                sql,
                candidates: None,
                in_scan_index: true,
            });
        }
        if let Some(from) = self.date_from {
            let mut sql = Sql::new("e.day >= ");
            sql.param(from.to_string());
            terms.push(Term {
                sql,
                candidates: None,
                in_scan_index: true,
            });
        }
        if let Some(to) = self.date_to {
            let mut sql = Sql::new("e.day <= ");
            sql.param(to.to_string());
            terms.push(Term {
                sql,
                candidates: None,
                in_scan_index: true,
            });
        }
        if let Some(o) = &self.outlet {
            // documents.outlet is COLLATE NOCASE, so this is case-insensitive and indexed.
            let docs = || {
                let mut d = Sql::new("(SELECT id FROM documents WHERE outlet = ");
                d.param(o.trim().to_owned()).push(")");
                d
            };
            let mut sql = Sql::new("e.doc IN ");
            sql.append(docs());
            let mut cand = Sql::new("SELECT id FROM events INDEXED BY events_doc WHERE doc IN ");
            cand.append(docs());
            terms.push(Term {
                sql,
                candidates: Some(cand),
                in_scan_index: true,
            });
        }
        if let Some(q) = &self.text {
            let docs = || {
                let mut d = Sql::new("(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ");
                d.param(q.clone()).push(")");
                d
            };
            let mut sql = Sql::new("e.doc IN ");
            sql.append(docs());
            let mut cand = Sql::new("SELECT id FROM events INDEXED BY events_doc WHERE doc IN ");
            cand.append(docs());
            terms.push(Term {
                sql,
                candidates: Some(cand),
                in_scan_index: true,
            });
        }
        if self.first_copies_only {
            terms.push(Term {
                sql: Sql::new("e.story = e.doc"),
                candidates: None,
                in_scan_index: true,
            });
        }
        terms
    }

    /// `LIMIT … OFFSET …`, or nothing.
    pub(crate) fn limit_sql(&self) -> String {
        match (self.limit, self.offset) {
            (Some(l), o) => format!(" LIMIT {l} OFFSET {o}"),
            (None, 0) => String::new(),
            (None, o) => format!(" LIMIT -1 OFFSET {o}"),
        }
    }
}

fn paren(sql: Sql) -> Sql {
    let mut p = Sql::new("(");
    p.append(sql).push(")");
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trailing_star_makes_a_prefix() {
        assert_eq!(
            "RUS*".parse::<CodeMatch>().unwrap(),
            CodeMatch::prefix("RUS")
        );
        assert_eq!(
            "RUSMIL".parse::<CodeMatch>().unwrap(),
            CodeMatch::exact("RUSMIL")
        );
        assert!(CodeMatch::prefix("RUS").matches("RUSMIL"));
        assert!(!CodeMatch::exact("RUS").matches("RUSMIL"));
    }

    #[test]
    fn parameters_follow_the_text() {
        let f = EventFilter {
            dyad: Some((CodeMatch::exact("RUS"), CodeMatch::prefix("BFA"))),
            ..Default::default()
        };
        let terms = f.terms();
        let sql = &terms[0].sql;
        assert_eq!(sql.params.len(), 6);
        assert_eq!(sql.text.matches('?').count(), 6);
        assert_eq!(sql.params[0], Value::Text("RUS".into()));
        assert_eq!(sql.params[1], Value::Text("BFA".into()));
        let cand = terms[0].candidates.as_ref().unwrap();
        assert_eq!(cand.text.matches('?').count(), cand.params.len());
    }
}
