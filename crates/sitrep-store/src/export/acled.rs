//! ACLED-style CSV: political violence, demonstrations and strategic
//! developments, in ACLED's event types and sub-event types.
//!
//! ACLED records physical events, so only CAMEO codes with an ACLED
//! counterpart are written (see [`acled_type`]); statements, appeals and
//! other verbal events are skipped and counted in [`ExportSummary::skipped`].

use std::io::{BufWriter, Write};

use super::codes::split;
use super::{write_err, write_record, ExportSummary};
use crate::error::Result;
use crate::{EventFilter, Store, StoredEvent};

/// The header: ACLED's column names, then sitrep's own.
pub const ACLED_COLUMNS: [&str; 20] = [
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "source",
    "notes",
    "cameo",
    "certainty",
    "event_id",
    "location_feature",
    "location_span_start",
    "location_span_end",
    "date_source",
    "date_confidence",
];

const BATTLES: &str = "Battles";
const EXPLOSIONS: &str = "Explosions/Remote violence";
const VIOLENCE: &str = "Violence against civilians";
const PROTESTS: &str = "Protests";
const RIOTS: &str = "Riots";
const STRATEGIC: &str = "Strategic developments";

/// The ACLED event type and sub-event type of a CAMEO code, or `None` when
/// ACLED has no such event. `source` (the acting actor's code) decides who
/// took territory. The table is in `EXPORTS.md`.
pub fn acled_type(cameo: &str, source: Option<&str>) -> Option<(&'static str, &'static str)> {
    let code = |prefix: &str| cameo.starts_with(prefix);
    let t = match cameo {
        // 14 PROTEST: violent protest is a riot, the rest demonstrations.
        _ if code("145") => (RIOTS, "Violent demonstration"),
        _ if code("14") => (PROTESTS, "Peaceful protest"),
        // 15 EXHIBIT FORCE POSTURE, 16 REDUCE RELATIONS: no violence, but a development.
        _ if code("15") || code("16") => (STRATEGIC, "Other"),
        // 17 COERCE
        _ if code("171") => (STRATEGIC, "Looting/property destruction"),
        _ if code("173") => (STRATEGIC, "Arrests"),
        _ if code("175") => (VIOLENCE, "Attack"),
        _ if code("17") => (STRATEGIC, "Other"),
        // 18 ASSAULT: one-sided violence, bombings.
        _ if code("181") || code("184") => (VIOLENCE, "Abduction/forced disappearance"),
        _ if code("1821") => (VIOLENCE, "Sexual violence"),
        _ if code("1831") => (EXPLOSIONS, "Suicide bomb"),
        _ if code("183") => (EXPLOSIONS, "Remote explosive/landmine/IED"),
        _ if code("18") => (VIOLENCE, "Attack"),
        // 19 FIGHT
        _ if code("191") => (STRATEGIC, "Other"),
        _ if code("192") => (BATTLES, territory(source)),
        _ if code("194") => (EXPLOSIONS, "Shelling/artillery/missile attack"),
        _ if code("195") => (EXPLOSIONS, "Air/drone strike"),
        _ if code("19") => (BATTLES, "Armed clash"),
        // 20 MASS VIOLENCE
        _ if code("204") => (EXPLOSIONS, "Chemical weapon"),
        _ if code("20") => (VIOLENCE, "Attack"),
        // Cooperation that ACLED records as strategic developments.
        "057" | "0871" => (STRATEGIC, "Agreement"),
        "0873" => (STRATEGIC, "Change to group/activity"),
        "0874" => (STRATEGIC, "Non-violent transfer of territory"),
        _ => return None,
    };
    Some(t)
}

/// Occupying territory: by a state's forces it is a government regaining
/// it; by anyone else, a non-state actor taking it.
fn territory(source: Option<&str>) -> &'static str {
    let state = source.is_some_and(|code| {
        let parts = split(code);
        parts.country.is_some()
            && parts
                .roles
                .first()
                .is_some_and(|r| matches!(*r, "GOV" | "MIL" | "COP" | "SPY"))
    });
    if state {
        "Government regains territory"
    } else {
        "Non-state actor overtakes territory"
    }
}

/// Writes the selected events that map to an ACLED event type as CSV with a
/// header. Filter out `negated` and `denied` events (or keep only `asserted`
/// ones) when the result is to be read as ACLED data: the `certainty` column
/// says how firmly each was reported.
pub fn acled_csv(store: &Store, filter: &EventFilter, out: impl Write) -> Result<ExportSummary> {
    let mut w = BufWriter::new(out);
    let fail = write_err("ACLED CSV");
    write_record(&mut w, &ACLED_COLUMNS, b',', true).map_err(&fail)?;
    let mut summary = ExportSummary::default();
    store.for_each_event(filter, |e| {
        let source = e
            .event
            .source
            .as_ref()
            .and_then(|a| a.code.as_ref())
            .map(|c| c.as_str());
        let Some((event_type, sub_event_type)) = acled_type(e.event.cameo.as_str(), source) else {
            summary.skipped += 1;
            return Ok(());
        };
        let row = row(&e, event_type, sub_event_type);
        let fields: Vec<&str> = row.iter().map(String::as_str).collect();
        summary.written += 1;
        write_record(&mut w, &fields, b',', true).map_err(&fail)
    })?;
    w.flush().map_err(&fail)?;
    Ok(summary)
}

fn row(e: &StoredEvent, event_type: &str, sub_event_type: &str) -> Vec<String> {
    let ev = &e.event;
    let loc = ev.location.as_ref();
    let text =
        |a: &Option<sitrep_model::Actor>| a.as_ref().map(|a| a.text.clone()).unwrap_or_default();
    vec![
        e.day.map(|d| d.to_string()).unwrap_or_default(),
        event_type.to_owned(),
        sub_event_type.to_owned(),
        text(&ev.source),
        text(&ev.target),
        loc.and_then(|l| l.country.clone()).unwrap_or_default(),
        loc.and_then(|l| l.admin1.clone()).unwrap_or_default(),
        loc.map(|l| l.name.clone()).unwrap_or_default(),
        loc.and_then(|l| l.lat)
            .map(|v| v.to_string())
            .unwrap_or_default(),
        loc.and_then(|l| l.lon)
            .map(|v| v.to_string())
            .unwrap_or_default(),
        e.document.outlet.clone().unwrap_or_default(),
        notes(e),
        ev.cameo.as_str().to_owned(),
        ev.certainty.as_str().to_owned(),
        e.id.to_string(),
        loc.and_then(|l| l.feature.clone()).unwrap_or_default(),
        loc.and_then(|l| l.span)
            .map(|s| s[0].to_string())
            .unwrap_or_default(),
        loc.and_then(|l| l.span)
            .map(|s| s[1].to_string())
            .unwrap_or_default(),
        e.document.date_source.clone().unwrap_or_default(),
        e.document
            .date_confidence
            .map(|c| format!("{c:.2}"))
            .unwrap_or_default(),
    ]
}

/// The evidence, prefixed with how firmly and on whose word it was reported
/// when that is not the outlet's own plain statement.
fn notes(e: &StoredEvent) -> String {
    let ev = &e.event;
    let evidence = e.evidence.split_whitespace().collect::<Vec<_>>().join(" ");
    let who = ev.attribution.text.as_deref();
    match (ev.certainty, who) {
        (sitrep_model::Certainty::Asserted, None) => evidence,
        (c, Some(who)) => format!("[{c}, according to {who}] {evidence}"),
        (c, None) => format!("[{c}] {evidence}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn violence_maps_by_sub_code() {
        assert_eq!(acled_type("193", None), Some((BATTLES, "Armed clash")));
        assert_eq!(
            acled_type("195", None),
            Some((EXPLOSIONS, "Air/drone strike"))
        );
        assert_eq!(
            acled_type("1833", None),
            Some((EXPLOSIONS, "Remote explosive/landmine/IED"))
        );
        assert_eq!(acled_type("202", None), Some((VIOLENCE, "Attack")));
        assert_eq!(
            acled_type("1451", None),
            Some((RIOTS, "Violent demonstration"))
        );
        assert_eq!(
            acled_type("141", None),
            Some((PROTESTS, "Peaceful protest"))
        );
        assert_eq!(acled_type("173", None), Some((STRATEGIC, "Arrests")));
        assert_eq!(acled_type("042", None), None);
    }

    #[test]
    fn who_occupies_decides_the_territory_sub_type() {
        assert_eq!(
            acled_type("192", Some("MLIMIL")).unwrap().1,
            "Government regains territory"
        );
        assert_eq!(
            acled_type("192", Some("MLIREB")).unwrap().1,
            "Non-state actor overtakes territory"
        );
    }
}
