//! PLOVER JSON Lines: the event fields of the PLOVER codebook (chapter
//! "Data Fields"), one object per event.

use std::io::{BufWriter, Write};

use serde_json::{json, Map, Value};
use sitrep_model::{Actor, Certainty};

use super::codes::split;
use super::{write_err, ExportSummary};
use crate::error::Result;
use crate::{EventFilter, Store, StoredEvent};

/// The codebook this export follows, for `cite_info.codebook`.
const CODEBOOK: &str = "plover-base-0.8";

/// Writes each selected event that has a PLOVER type as one PLOVER JSON
/// object per line. Events of CAMEO roots PLOVER dropped (01 statements, 02
/// appeals) have none and are skipped.
pub fn plover_jsonl(store: &Store, filter: &EventFilter, out: impl Write) -> Result<ExportSummary> {
    let mut w = BufWriter::new(out);
    let fail = write_err("PLOVER JSON");
    let mut summary = ExportSummary::default();
    store.for_each_event(filter, |e| {
        let Some(record) = record(&e) else {
            summary.skipped += 1;
            return Ok(());
        };
        summary.written += 1;
        serde_json::to_writer(&mut w, &record)
            .map_err(std::io::Error::from)
            .map_err(&fail)?;
        w.write_all(b"\n").map_err(&fail)
    })?;
    w.flush().map_err(&fail)?;
    Ok(summary)
}

/// The PLOVER object for one event, or `None` without a PLOVER type.
pub(crate) fn record(e: &StoredEvent) -> Option<Value> {
    let ev = &e.event;
    let plover = ev.plover.as_ref()?;
    let mut r = Map::new();
    r.insert("id".into(), json!(format!("sitrep-{}", e.id)));
    r.insert("date".into(), json!(e.day.map(|d| d.to_string())));
    r.insert("actor".into(), json!(entity(ev.source.as_ref())));
    r.insert("recipient".into(), json!(entity(ev.target.as_ref())));
    r.insert("event".into(), json!([plover.event_type]));
    r.insert("mode".into(), json!(plover.mode.iter().collect::<Vec<_>>()));
    r.insert("context".into(), json!(context(ev.certainty)));
    if let Some(l) = &ev.location {
        r.insert(
            "event_loc".into(),
            json!({
                "extracted_place": l.name,
                "geonameid": l.geonames_id,
                "lat": l.lat,
                "lon": l.lon,
                "province": l.admin1,
                "country_code": l.country,
                "resolution": l.precision,
                "feature": l.feature,
                "span": l.span,
            }),
        );
    }
    r.insert("event_text".into(), json!([e.evidence]));
    r.insert("quad_code".into(), json!(ev.quad_class.map(u8::from)));
    r.insert("event_scale".into(), json!(ev.goldstein));
    r.insert(
        "link".into(),
        json!(format!(
            "sitrep-story-{}",
            e.document.duplicate_of.unwrap_or(e.document.id)
        )),
    );
    r.insert(
        "text_info".into(),
        json!({ "sequence": ev.sentence, "start": ev.span[0], "end": ev.span[1] }),
    );
    r.insert(
        "cite_info".into(),
        json!({
            "citation": ev.doc_id,
            "url": e.document.url,
            "title": e.document.title,
            "language": e.document.language,
            "publication": e.document.outlet,
            "coder": concat!("sitrep ", env!("CARGO_PKG_VERSION")),
            "codebook": CODEBOOK,
        }),
    );
    r.insert("coder".into(), json!("sitrep"));
    r.insert("coded_date".into(), json!(e.document.ingested_at.get(..10)));
    r.insert("coded_time".into(), json!(e.document.ingested_at.get(11..)));
    // Beyond the codebook's fields, which it allows: what sitrep adds.
    r.insert("cameo".into(), json!(ev.cameo.as_str()));
    r.insert("certainty".into(), json!(ev.certainty));
    r.insert("attribution".into(), json!(ev.attribution));
    r.insert("quote".into(), json!(ev.quote));
    r.insert("rule".into(), json!(ev.rule));
    r.insert("date_source".into(), json!(e.document.date_source));
    r.insert("date_confidence".into(), json!(e.document.date_confidence));
    r.insert(
        "story_counts".into(),
        json!({ "mentions": e.counts.mentions, "articles": e.counts.articles, "sources": e.counts.sources }),
    );
    Some(Value::Object(r))
}

/// A one-entity list in the codebook's entity object, or an empty list.
fn entity(actor: Option<&Actor>) -> Vec<Value> {
    let Some(actor) = actor else {
        return Vec::new();
    };
    let code = actor.code.as_ref().map(|c| c.as_str()).unwrap_or("");
    let parts = split(code);
    // PLOVER's top-level entity: the country, or for the UN and the EU their
    // own code, or the generic kind (IGO, NGO…) for other groups.
    let top = parts
        .country
        .or(match (parts.group_kind, parts.known_group) {
            (_, Some(g @ ("UNO" | "EUR"))) => Some(g),
            (kind, _) => kind,
        });
    let mut o = Map::new();
    o.insert("code".into(), json!(top));
    o.insert("sector".into(), json!(parts.roles.first()));
    o.insert(
        "other_sector_codes".into(),
        json!(parts.roles.get(1..).unwrap_or(&[]).join(" ")),
    );
    o.insert("entity_text".into(), json!(actor.text));
    o.insert("identifier_id".into(), json!(actor.id));
    o.insert(
        "cameo_code".into(),
        json!(actor.code.as_ref().map(|c| c.as_str())),
    );
    vec![Value::Object(o)]
}

/// PLOVER's auxiliary contexts for what is not a plain past event.
fn context(certainty: Certainty) -> Vec<&'static str> {
    match certainty {
        Certainty::Intended => vec!["future"],
        Certainty::Conditional => vec!["hypothetical"],
        Certainty::Negated | Certainty::Denied => vec!["negation"],
        Certainty::Asserted | Certainty::Reported | Certainty::Alleged => Vec::new(),
    }
}
