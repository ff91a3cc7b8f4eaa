//! Query strings into typed values: parse at the edge, and answer 400 with a
//! message naming the parameter for anything malformed or unknown (a typo in
//! a filter name must not silently widen a query).

use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use chrono::NaiveDate;
use sitrep_model::Certainty;
use sitrep_store::{CodeMatch, EventFilter};

use crate::error::{ApiError, ApiResult};

/// The pairs of a query string, each to be claimed by name once.
pub(crate) struct Params {
    pairs: Vec<(String, String)>,
    claimed: Vec<bool>,
}

impl<S: Send + Sync> FromRequestParts<S> for Params {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        let Query(pairs) = Query::<Vec<(String, String)>>::try_from_uri(&parts.uri)
            .map_err(|e| ApiError::bad_request(format!("malformed query string: {}", e.body_text())))?;
        Ok(Self::new(pairs))
    }
}

impl Params {
    pub fn new(pairs: Vec<(String, String)>) -> Self {
        let claimed = vec![false; pairs.len()];
        Self { pairs, claimed }
    }

    /// Every non-empty value given for `name`, comma-separated lists split.
    /// Empty values count as absent, as an HTML form sends them.
    pub fn all(&mut self, name: &str) -> Vec<String> {
        let mut out = Vec::new();
        for (i, (k, v)) in self.pairs.iter().enumerate() {
            if k == name {
                self.claimed[i] = true;
                out.extend(v.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned));
            }
        }
        out
    }

    /// The value of `name`, which may be given once.
    pub fn one(&mut self, name: &str) -> ApiResult<Option<String>> {
        let mut found: Option<String> = None;
        for (i, (k, v)) in self.pairs.iter().enumerate() {
            if k != name {
                continue;
            }
            self.claimed[i] = true;
            if found.is_some() {
                return Err(ApiError::bad_request(format!("parameter `{name}` is given more than once")));
            }
            found = Some(v.trim().to_owned());
        }
        Ok(found.filter(|v| !v.is_empty()))
    }

    pub fn number(&mut self, name: &str, default: u32, max: u32) -> ApiResult<u32> {
        let Some(v) = self.one(name)? else { return Ok(default) };
        match v.parse::<u32>() {
            Ok(n) if n <= max => Ok(n),
            _ => Err(ApiError::bad_request(format!("`{name}` must be a whole number from 0 to {max}, not {v:?}"))),
        }
    }

    /// A count from 1 to `max`.
    pub fn positive(&mut self, name: &str, default: u32, max: u32) -> ApiResult<u32> {
        match self.number(name, default, max)? {
            0 => Err(ApiError::bad_request(format!("`{name}` must be from 1 to {max}"))),
            n => Ok(n),
        }
    }

    /// `limit` (1 to `max`) and `offset`.
    pub fn page(&mut self, default: u32, max: u32) -> ApiResult<(u32, u32)> {
        Ok((self.positive("limit", default, max)?, self.number("offset", 0, 10_000_000)?))
    }

    pub fn flag(&mut self, name: &str) -> ApiResult<bool> {
        match self.one(name)?.as_deref() {
            None | Some("false") | Some("0") => Ok(false),
            Some("true") | Some("1") => Ok(true),
            Some(v) => Err(ApiError::bad_request(format!("`{name}` must be true or false, not {v:?}"))),
        }
    }

    pub fn date(&mut self, name: &str) -> ApiResult<Option<NaiveDate>> {
        self.one(name)?
            .map(|v| {
                NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                    .map_err(|_| ApiError::bad_request(format!("`{name}` must be a date as YYYY-MM-DD, not {v:?}")))
            })
            .transpose()
    }

    /// Fails on any parameter no one claimed, listing the accepted ones.
    pub fn finish(self, accepted: &[&str]) -> ApiResult<()> {
        let unknown: Vec<&str> =
            self.pairs.iter().zip(&self.claimed).filter(|(_, c)| !**c).map(|((k, _), _)| k.as_str()).collect();
        if unknown.is_empty() {
            return Ok(());
        }
        let takes = if accepted.is_empty() { "no parameters".to_owned() } else { accepted.join(", ") };
        Err(ApiError::bad_request(format!(
            "unknown parameter{} {}; this endpoint takes {takes}",
            if unknown.len() > 1 { "s" } else { "" },
            unknown.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", "),
        )))
    }
}

/// The filter parameters every event endpoint takes.
pub(crate) const FILTER_PARAMS: &[&str] = &[
    "actor", "country", "source", "target", "dyad", "cameo", "root", "plover", "certainty", "from", "to", "outlet", "q",
    "first_copies_only", "bbox", "loc_country", "loc_admin1",
];

/// What this crate's own SQL can narrow by beyond the store's filter: the
/// quad class, the attribution kind, and words in the evidence itself (not
/// anywhere in its document). Endpoints answered by the store alone do not
/// take these; `/api/claims` answers them with its own SQL
/// (`sql/narrowed_claims.rs`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Narrowing {
    pub quad: Option<u8>,
    /// Who says so: an attribution kind (`anonymous`, `named_official`…).
    pub attribution: Option<&'static str>,
    /// Lower-cased words that must all occur in an event's evidence.
    pub evidence: Vec<String>,
}

impl Narrowing {
    /// Nothing to narrow by: the store's own filter says it all.
    pub fn is_empty(&self) -> bool {
        self.quad.is_none() && self.attribution.is_none() && self.evidence.is_empty()
    }
}

/// The narrowing parameters, for the endpoints that take them.
pub(crate) const NARROWING_PARAMS: &[&str] = &["quad", "attribution", "evidence"];

/// Claims `quad` and `evidence`. Evidence words also narrow `f.text` to the
/// documents holding them (each word quoted, so no input is an FTS5 syntax
/// error), which lets the full-text index do the first cut.
pub(crate) fn narrowing(p: &mut Params, f: &mut EventFilter) -> ApiResult<Narrowing> {
    let quad = match p.one("quad")?.as_deref() {
        None => None,
        Some(v @ ("1" | "2" | "3" | "4")) => v.parse().ok(),
        Some(v) => {
            return Err(ApiError::bad_request(format!(
                "`quad` must be a quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; not {v:?}"
            )))
        }
    };
    let attribution = match p.one("attribution")? {
        None => None,
        Some(v) => match sitrep_model::AttributionKind::ALL.iter().find(|k| k.as_str() == v.to_ascii_lowercase()) {
            Some(k) => Some(k.as_str()),
            None => {
                let kinds: Vec<&str> = sitrep_model::AttributionKind::ALL.iter().map(|k| k.as_str()).collect();
                return Err(ApiError::bad_request(format!("`attribution` must be one of {}, not {v:?}", kinds.join(", "))));
            }
        },
    };
    let evidence = p.one("evidence")?.map(|v| bounded("evidence", v, 200)).transpose()?.unwrap_or_default();
    let words: Vec<String> = evidence.split_whitespace().map(|w| w.to_lowercase()).collect();
    if words.len() > 8 {
        return Err(ApiError::bad_request("`evidence` takes at most 8 words"));
    }
    if !words.is_empty() {
        if f.text.is_some() {
            return Err(ApiError::bad_request("give `evidence` (words in the evidence) or `q` (full-text over documents), not both"));
        }
        f.text = Some(words.iter().map(|w| format!("\"{}\"", w.replace('"', "\"\""))).collect::<Vec<_>>().join(" "));
    }
    Ok(Narrowing { quad, attribution, evidence: words })
}

/// Claims the filter parameters (see `openapi.json` for their meaning).
pub(crate) fn event_filter(p: &mut Params) -> ApiResult<EventFilter> {
    let mut f = EventFilter {
        source: p.one("source")?.map(|v| actor_match("source", &v)).transpose()?,
        target: p.one("target")?.map(|v| actor_match("target", &v)).transpose()?,
        plover_type: p.one("plover")?.map(|v| plover_type(&v)).transpose()?,
        date_from: p.date("from")?,
        date_to: p.date("to")?,
        outlet: p.one("outlet")?.map(|v| bounded("outlet", v, 200)).transpose()?,
        text: p.one("q")?.map(|v| bounded("q", v, 1000)).transpose()?,
        first_copies_only: p.flag("first_copies_only")?,
        bbox: p.one("bbox")?.map(|v| sitrep_store::BoundingBox::parse(&v).map_err(ApiError::bad_request)).transpose()?,
        location_country: p.one("loc_country")?.map(|v| location_country(&v)).transpose()?,
        location_admin1: p.one("loc_admin1")?.map(location_admin1).transpose()?,
        ..EventFilter::default()
    };
    if let (Some(from), Some(to)) = (f.date_from, f.date_to) {
        if from > to {
            return Err(ApiError::bad_request(format!("`from` ({from}) is after `to` ({to})")));
        }
    }
    f.certainty = p.all("certainty").iter().map(|c| certainty(c)).collect::<ApiResult<_>>()?;
    if let Some(d) = p.one("dyad")? {
        f.dyad = Some(dyad(&d)?);
    }
    f.cameo = match (p.one("cameo")?, p.one("root")?) {
        (Some(_), Some(_)) => return Err(ApiError::bad_request("give `cameo` or `root`, not both")),
        (Some(c), None) => Some(cameo_match(&c)?),
        (None, Some(r)) => Some(CodeMatch::prefix(root(&r)?)),
        (None, None) => None,
    };
    let actor = p.one("actor")?.map(|v| actor_match("actor", &v)).transpose()?;
    let country = p.one("country")?.map(|v| country(&v)).transpose()?;
    apply_actor_and_country(&mut f, actor, country)?;
    Ok(f)
}

/// `actor` and `country` both mean "involved as source or target", and the
/// store's filter has one such slot. Both together mean events between the
/// actor and the country, unless the actor belongs to that country, when the
/// country adds nothing.
fn apply_actor_and_country(f: &mut EventFilter, actor: Option<CodeMatch>, country: Option<String>) -> ApiResult<()> {
    let country = country.map(CodeMatch::prefix);
    match (actor, country) {
        (Some(a), Some(CodeMatch::Prefix(c))) if code_of(&a).starts_with(&c) => f.actor = Some(a),
        (Some(a), Some(c)) => {
            if f.dyad.is_some() {
                return Err(ApiError::bad_request("`actor` with `country` is a dyad; it cannot be combined with `dyad`"));
            }
            f.dyad = Some((a, c));
        }
        (a, c) => f.actor = a.or(c),
    }
    Ok(())
}

fn code_of(m: &CodeMatch) -> &str {
    match m {
        CodeMatch::Exact(c) | CodeMatch::Prefix(c) => c,
    }
}

/// An actor code, or a prefix with a trailing `*`; case is ignored.
pub(crate) fn actor_match(name: &str, v: &str) -> ApiResult<CodeMatch> {
    let v = v.to_ascii_uppercase();
    let (code, prefix) = match v.strip_suffix('*') {
        Some(p) => (p, true),
        None => (v.as_str(), false),
    };
    let min = if prefix { 1 } else { 3 };
    // `-` only as PETRARCH's unknown country, the code's first three
    // characters (`---GOV`, a government whose country the text does not
    // name), or the start of it in a prefix.
    let dashes = code.bytes().take_while(|b| *b == b'-').count();
    let rest = &code[dashes..];
    let ok = (min..=24).contains(&code.len())
        && rest.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && (dashes == 0 || dashes == 3 || (prefix && rest.is_empty() && dashes < 3))
        && (prefix || !rest.is_empty());
    if !ok {
        return Err(ApiError::bad_request(format!(
            "`{name}` must be an actor code (3 to 24 letters, digits or `-`, e.g. RUSMIL or ---GOV) or a prefix ending in * (e.g. RUS*), not {v:?}"
        )));
    }
    Ok(if prefix { CodeMatch::prefix(code) } else { CodeMatch::exact(code) })
}

fn country(v: &str) -> ApiResult<String> {
    let v = v.to_ascii_uppercase();
    if v.len() == 3 && (v.bytes().all(|b| b.is_ascii_uppercase()) || v == "---") {
        Ok(v)
    } else {
        Err(ApiError::bad_request(format!("`country` must be three letters (ISO alpha-3 or IGO), or --- for an unknown country, not {v:?}")))
    }
}

/// The event location's country as the resolver stores it: ISO 3166-1
/// alpha-3. Unlike an actor's `country` there is no `---` or IGO here: a
/// place always lies in a real country or in none.
fn location_country(v: &str) -> ApiResult<String> {
    let v = v.to_ascii_uppercase();
    if v.len() == 3 && v.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(v)
    } else {
        Err(ApiError::bad_request(format!(
            "`loc_country` must be the ISO alpha-3 code of the event location's country (e.g. BFA), not {v:?}"
        )))
    }
}

/// The event location's first-level division by name, as the gazetteer
/// writes it ("Sahel", "Île-de-France"); matched without regard to case.
fn location_admin1(v: String) -> ApiResult<String> {
    let v = bounded("loc_admin1", v, 100)?;
    if v.chars().any(char::is_control) {
        return Err(ApiError::bad_request("`loc_admin1` must be the name of a first-level division (e.g. Sahel), without control characters"));
    }
    Ok(v)
}

fn dyad(v: &str) -> ApiResult<(CodeMatch, CodeMatch)> {
    match v.split_once(',') {
        Some((a, b)) if !b.contains(',') => Ok((actor_match("dyad", a.trim())?, actor_match("dyad", b.trim())?)),
        _ => Err(ApiError::bad_request(format!("`dyad` must be two actor codes separated by a comma (RUS*,BFA*), not {v:?}"))),
    }
}

fn cameo_match(v: &str) -> ApiResult<CodeMatch> {
    let (code, prefix) = match v.strip_suffix('*') {
        Some(p) => (p, true),
        None => (v, false),
    };
    let min = if prefix { 1 } else { 2 };
    if (min..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(if prefix { CodeMatch::prefix(code) } else { CodeMatch::exact(code) })
    } else {
        Err(ApiError::bad_request(format!("`cameo` must be a CAMEO code (e.g. 074) or a prefix ending in * (e.g. 07*), not {v:?}")))
    }
}

fn root(v: &str) -> ApiResult<String> {
    if v.len() == 2 && v.bytes().all(|b| b.is_ascii_digit()) {
        Ok(v.to_owned())
    } else {
        Err(ApiError::bad_request(format!("`root` must be a two-digit CAMEO root (01 to 20), not {v:?}")))
    }
}

fn plover_type(v: &str) -> ApiResult<String> {
    let v = v.to_ascii_uppercase();
    if (1..=32).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_uppercase() || b == b'_' || b == b'-') {
        Ok(v)
    } else {
        Err(ApiError::bad_request(format!("`plover` must be a PLOVER event type such as ASSAULT or AID, not {v:?}")))
    }
}

pub(crate) fn certainty(v: &str) -> ApiResult<Certainty> {
    v.to_ascii_lowercase().parse().map_err(|_: String| {
        ApiError::bad_request(format!(
            "`certainty` must be asserted, reported, alleged, conditional, intended, denied or negated, not {v:?}"
        ))
    })
}

pub(crate) fn bounded(name: &str, v: String, max: usize) -> ApiResult<String> {
    if v.chars().count() <= max {
        Ok(v)
    } else {
        Err(ApiError::bad_request(format!("`{name}` is longer than {max} characters")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(q: &[(&str, &str)]) -> Params {
        Params::new(q.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    #[test]
    fn actor_inside_country_keeps_the_actor_alone() {
        let mut p = params(&[("actor", "rusmil"), ("country", "RUS")]);
        let f = event_filter(&mut p).unwrap();
        assert_eq!(f.actor, Some(CodeMatch::exact("RUSMIL")));
        assert!(f.dyad.is_none());
    }

    #[test]
    fn actor_with_another_country_is_a_dyad() {
        let mut p = params(&[("actor", "RUS*"), ("country", "bfa")]);
        let f = event_filter(&mut p).unwrap();
        assert_eq!(f.dyad, Some((CodeMatch::prefix("RUS"), CodeMatch::prefix("BFA"))));
    }

    #[test]
    fn unknown_and_repeated_parameters_are_refused() {
        let mut p = params(&[("actr", "RUS")]);
        event_filter(&mut p).unwrap();
        assert!(p.finish(FILTER_PARAMS).unwrap_err().message.contains("`actr`"));
        let mut p = params(&[("from", "2025-01-01"), ("from", "2025-02-01")]);
        assert!(event_filter(&mut p).is_err());
    }

    #[test]
    fn evidence_words_become_quoted_full_text_terms() {
        let mut p = params(&[("evidence", "Special \"forces"), ("quad", "4")]);
        let mut f = event_filter(&mut p).unwrap();
        let n = narrowing(&mut p, &mut f).unwrap();
        assert_eq!(n.evidence, ["special", "\"forces"]);
        assert_eq!(n.quad, Some(4));
        assert_eq!(f.text.as_deref(), Some("\"special\" \"\"\"forces\""));
        let mut p = params(&[("quad", "5")]);
        let mut f = event_filter(&mut p).unwrap();
        assert!(narrowing(&mut p, &mut f).unwrap_err().message.contains("quad class"));
    }

    #[test]
    fn the_unknown_country_is_a_country_and_a_prefix() {
        // The network draws `---GOV`; its relation and its country must open.
        let mut p = params(&[("source", "---gov"), ("country", "---")]);
        let f = event_filter(&mut p).unwrap();
        assert_eq!(f.source, Some(CodeMatch::exact("---GOV")));
        assert_eq!(f.actor, Some(CodeMatch::prefix("---")));
        assert!(actor_match("actor", "---*").is_ok());
        assert!(actor_match("actor", "---").is_err());
        assert!(actor_match("actor", "RUS MIL").is_err());
        for bad in ["A-B", "--GOV", "----GOV", "GOV---", "-"] {
            assert!(actor_match("actor", bad).is_err(), "{bad}");
        }
        assert!(actor_match("actor", "--*").is_ok(), "the start of ---");
        let mut p = params(&[("country", "-RU")]);
        assert!(event_filter(&mut p).is_err());
    }

    #[test]
    fn location_filters_take_a_country_code_and_an_admin1_name() {
        let mut p = params(&[("loc_country", "bfa"), ("loc_admin1", " Sahel ")]);
        let f = event_filter(&mut p).unwrap();
        assert_eq!(f.location_country.as_deref(), Some("BFA"));
        assert_eq!(f.location_admin1.as_deref(), Some("Sahel"));
        assert!(f.actor.is_none(), "the location's country is no actor's country");
        for bad in ["BF", "BFAX", "B1A", "---", "Burkina Faso"] {
            let mut p = params(&[("loc_country", bad)]);
            let err = event_filter(&mut p).unwrap_err();
            assert!(err.message.contains("`loc_country`"), "{bad}: {}", err.message);
        }
        let mut p = params(&[("loc_admin1", "Sahel\u{0}")]);
        assert!(event_filter(&mut p).unwrap_err().message.contains("`loc_admin1`"));
        let long = "x".repeat(101);
        let mut p = params(&[("loc_admin1", long.as_str())]);
        assert!(event_filter(&mut p).is_err());
    }

    #[test]
    fn certainties_may_be_listed_or_repeated() {
        let mut p = params(&[("certainty", "reported,alleged"), ("certainty", "denied")]);
        assert_eq!(event_filter(&mut p).unwrap().certainty.len(), 3);
    }
}
