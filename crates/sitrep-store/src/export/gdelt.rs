//! GDELT 2.0 event table: the 61 columns of the GDELT Event Codebook V2.0,
//! tab-separated, with a header line (GDELT's own files have none), and
//! after them sitrep's own columns ([`SITREP_COLUMNS`]), so that tools
//! reading GDELT's columns by position read them unchanged.

use std::io::{BufWriter, Write};

use chrono::Datelike;
use sitrep_model::Actor;

use super::codes::split;
use super::{write_err, write_record, ExportSummary};
use crate::error::Result;
use crate::{EventFilter, Store, StoredEvent};

/// The header, in GDELT's column order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// Columns after GDELT's: what kind of place the action's location is
/// (`country`, `admin1`, `capital`, `city`, `region`…) and the byte span of
/// its name in the document, as the ACLED-style and PLOVER exports carry
/// them; empty when the event has no location or it was stored without.
pub const SITREP_COLUMNS: [&str; 3] = [
    "ActionGeo_Feature",
    "ActionGeo_SpanStart",
    "ActionGeo_SpanEnd",
];

/// Writes the selected events as a GDELT 2.0 event table. Columns sitrep
/// has no value for (tone, ethnicity, religion, actor geography) are empty.
pub fn gdelt_csv(store: &Store, filter: &EventFilter, out: impl Write) -> Result<ExportSummary> {
    let mut w = BufWriter::new(out);
    let fail = write_err("GDELT CSV");
    let header: Vec<&str> = GDELT_COLUMNS.iter().chain(&SITREP_COLUMNS).copied().collect();
    write_record(&mut w, &header, b'\t', false).map_err(&fail)?;
    let written = store.for_each_event(filter, |e| {
        let row = row(&e);
        let fields: Vec<&str> = row.iter().map(String::as_str).collect();
        write_record(&mut w, &fields, b'\t', false).map_err(&fail)
    })?;
    w.flush().map_err(&fail)?;
    Ok(ExportSummary {
        written,
        ..ExportSummary::default()
    })
}

fn row(e: &StoredEvent) -> Vec<String> {
    let ev = &e.event;
    let mut row = Vec::with_capacity(GDELT_COLUMNS.len() + SITREP_COLUMNS.len());
    row.push(e.id.to_string());
    match e.day {
        Some(d) => {
            row.push(d.format("%Y%m%d").to_string());
            row.push(d.format("%Y%m").to_string());
            row.push(d.year().to_string());
            // The fraction of the year completed before the day. (The codebook's
            // "(MONTH * 30 + DAY) / 365" would exceed 1 in December.)
            row.push(format!(
                "{:.4}",
                d.year() as f64 + d.ordinal0() as f64 / 365.0
            ));
        }
        None => row.extend(std::iter::repeat_n(String::new(), 4)),
    }
    actor_columns(ev.source.as_ref(), &mut row);
    actor_columns(ev.target.as_ref(), &mut row);
    // GDELT flags events of the lead paragraph as "root" events; the first
    // sentence is sitrep's lead.
    row.push(if ev.sentence == 0 { "1" } else { "0" }.to_owned());
    row.push(ev.cameo.as_str().to_owned());
    row.push(ev.cameo.base().to_owned());
    row.push(ev.cameo.root().to_owned());
    row.push(
        ev.quad_class
            .map(|q| u8::from(q).to_string())
            .unwrap_or_default(),
    );
    row.push(ev.goldstein.map(|g| g.to_string()).unwrap_or_default());
    row.push(e.counts.mentions.to_string());
    row.push(e.counts.sources.to_string());
    row.push(e.counts.articles.to_string());
    row.push(String::new()); // AvgTone: sitrep does not score tone.
    row.extend(std::iter::repeat_n(String::new(), 16)); // Actor1Geo_*, Actor2Geo_*
    match &ev.location {
        Some(l) => {
            row.push(geo_type(&l.precision).to_owned());
            let full: Vec<&str> = [
                Some(l.name.as_str()),
                l.admin1.as_deref(),
                l.country.as_deref(),
            ]
            .into_iter()
            .flatten()
            .collect();
            row.push(full.join(", "));
            row.push(l.country.clone().unwrap_or_default());
            row.push(l.admin1.clone().unwrap_or_default());
            row.push(String::new()); // ADM2
            row.push(l.lat.map(|v| v.to_string()).unwrap_or_default());
            row.push(l.lon.map(|v| v.to_string()).unwrap_or_default());
            row.push(l.geonames_id.map(|v| v.to_string()).unwrap_or_default());
        }
        None => row.extend(std::iter::repeat_n(String::new(), 8)),
    }
    // ingested_at is YYYY-MM-DDTHH:MM:SSZ; GDELT wants YYYYMMDDHHMMSS.
    row.push(
        e.document
            .ingested_at
            .chars()
            .filter(char::is_ascii_digit)
            .collect(),
    );
    row.push(e.document.url.clone().unwrap_or_default());
    let loc = ev.location.as_ref();
    row.push(loc.and_then(|l| l.feature.clone()).unwrap_or_default());
    for end in 0..2 {
        row.push(
            loc.and_then(|l| l.span)
                .map(|s| s[end].to_string())
                .unwrap_or_default(),
        );
    }
    row
}

/// Code, name, country, known group, ethnic, religion ×2, type ×3.
fn actor_columns(actor: Option<&Actor>, row: &mut Vec<String>) {
    let Some(actor) = actor else {
        row.extend(std::iter::repeat_n(String::new(), 10));
        return;
    };
    let code = actor.code.as_ref().map(|c| c.as_str()).unwrap_or("");
    let parts = split(code);
    row.push(code.to_owned());
    row.push(actor.text.clone());
    row.push(parts.country.unwrap_or("").to_owned());
    row.push(parts.known_group.unwrap_or("").to_owned());
    row.extend(std::iter::repeat_n(String::new(), 3)); // ethnic, religion 1 and 2
                                                       // An IGO/NGO prefix is GDELT's Type1Code for a known group ("IGO" for the UN).
    let types: Vec<&str> = parts
        .group_kind
        .into_iter()
        .chain(parts.roles.iter().copied())
        .take(3)
        .collect();
    for i in 0..3 {
        row.push(types.get(i).copied().unwrap_or("").to_owned());
    }
}

/// GDELT's geographic resolution: 1 country, 4 world city, 5 world state
/// (admin1). sitrep does not distinguish US places (GDELT's 2 and 3).
fn geo_type(precision: &str) -> &'static str {
    match precision.to_ascii_lowercase().as_str() {
        "country" => "1",
        "admin1" | "region" | "province" | "state" => "5",
        "city" | "town" | "village" | "place" | "locality" | "point" | "district" | "admin2" => "4",
        _ => "",
    }
}
