//! Every export, read back with an independent reader and checked field by field.

mod common;

use std::collections::HashMap;
use std::path::Path;

use common::*;
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;
use sitrep_model::Event;
use sitrep_store::export::{self, acled_type};
use sitrep_store::{EventFilter, Store, StoredEvent};

/// The Sahel story in two outlets, a Malian report, and an undated event.
fn store() -> (tempfile::TempDir, Store, Vec<StoredEvent>) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("sitrep.db")).unwrap();
    let mut reprint = sahel("s2", "Paper", date(2025, 4, 21));
    reprint.0.text = format!("{SAHEL} Reporting by the Wire desk.");
    let mut undated = mali("m0", "Blog", date(2025, 6, 1));
    undated.0.date = None;
    undated.1.retain(|e| e.date.is_none());
    store
        .write_batch(&[
            sahel("s1", "Wire", date(2025, 4, 20)),
            reprint,
            mali("m1", "Daily", date(2025, 5, 4)),
            undated,
        ])
        .unwrap();
    let events = store.query(&EventFilter::default()).unwrap();
    (dir, store, events)
}

fn by_id(events: &[StoredEvent]) -> HashMap<i64, &StoredEvent> {
    events.iter().map(|e| (e.id, e)).collect()
}

#[test]
fn json_lines_are_the_event_records() {
    let (_d, store, events) = store();
    let mut out = Vec::new();
    let summary = export::jsonl(&store, &EventFilter::default(), &mut out).unwrap();
    assert_eq!(summary.written as usize, events.len());
    let text = String::from_utf8(out).unwrap();
    let read: Vec<Event> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let expected: Vec<Event> = events.iter().map(|e| e.event.clone()).collect();
    assert_eq!(read, expected);
    // The contract's field names, as DESIGN.md spells them.
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    for field in [
        "doc_id",
        "sentence",
        "span",
        "source",
        "target",
        "cameo",
        "plover",
        "quad_class",
        "goldstein",
        "certainty",
        "attribution",
        "quote",
        "date",
        "location",
        "rule",
    ] {
        assert!(first.get(field).is_some(), "missing {field}");
    }
}

fn read_csv(bytes: &[u8], delimiter: u8) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .quoting(delimiter == b',')
        .from_reader(bytes);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            assert_eq!(r.len(), header.len(), "ragged row {r:?}");
            header
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_owned))
                .collect()
        })
        .collect();
    (header, rows)
}

#[test]
fn gdelt_csv_has_the_61_columns_filled_where_they_apply() {
    let (_d, store, events) = store();
    let mut out = Vec::new();
    export::gdelt_csv(&store, &EventFilter::default(), &mut out).unwrap();
    let (header, rows) = read_csv(&out, b'\t');
    // GDELT's 61 in their order, then sitrep's three.
    assert_eq!(header.len(), 64);
    assert_eq!(header[0], "GlobalEventID");
    assert_eq!(header[60], "SOURCEURL");
    assert_eq!(header[61], "ActionGeo_Feature");
    assert_eq!(rows.len(), events.len());
    let events = by_id(&events);
    for row in &rows {
        let e = events[&row["GlobalEventID"].parse::<i64>().unwrap()];
        assert_eq!(row["EventCode"], e.event.cameo.as_str());
        assert_eq!(row["EventRootCode"], e.event.cameo.root());
        assert_eq!(row["NumMentions"], e.counts.mentions.to_string());
        assert_eq!(row["SOURCEURL"], e.document.url.clone().unwrap());
        assert_eq!(row["DATEADDED"].len(), 14);
        assert_eq!(row["AvgTone"], "");
    }

    let aid = rows
        .iter()
        .find(|r| r["EventCode"] == "074" && r["SOURCEURL"].ends_with("/s1"))
        .unwrap();
    let expect = [
        ("Day", "20250401"),
        ("MonthYear", "202504"),
        ("Year", "2025"),
        ("FractionDate", "2025.2466"),
        ("Actor1Code", "RUS"),
        ("Actor1Name", "Russia"),
        ("Actor1CountryCode", "RUS"),
        ("Actor1Type1Code", ""),
        ("Actor2Code", "BFA"),
        ("Actor2CountryCode", "BFA"),
        ("IsRootEvent", "1"),
        ("EventBaseCode", "074"),
        ("QuadClass", "2"),
        ("GoldsteinScale", "3.5"),
        ("NumMentions", "2"),
        ("NumSources", "2"),
        ("NumArticles", "2"),
        ("ActionGeo_Type", "4"),
        ("ActionGeo_FullName", "Ouagadougou, Centre, BFA"),
        ("ActionGeo_CountryCode", "BFA"),
        ("ActionGeo_ADM1Code", "Centre"),
        ("ActionGeo_Lat", "12.3714"),
        ("ActionGeo_Long", "-1.5197"),
        ("ActionGeo_FeatureID", "2357048"),
        ("Actor1Geo_Type", ""),
    ];
    for (column, value) in expect {
        assert_eq!(aid[column], value, "{column}");
    }
    let seize = rows.iter().find(|r| r["EventCode"] == "192").unwrap();
    assert_eq!(
        (
            seize["Actor1CountryCode"].as_str(),
            seize["Actor1Type1Code"].as_str()
        ),
        ("RUS", "MIL")
    );
    assert_eq!(seize["IsRootEvent"], "0");
    let accuse = rows.iter().find(|r| r["EventCode"] == "112").unwrap();
    assert_eq!(accuse["Actor1Code"], "", "no source");
    let undated = rows
        .iter()
        .find(|r| r["SOURCEURL"].ends_with("/m0"))
        .unwrap();
    assert_eq!(
        (undated["Day"].as_str(), undated["Year"].as_str()),
        ("", "")
    );
}

#[test]
fn acled_csv_keeps_the_events_acled_records() {
    let (_d, store, events) = store();
    let mut out = Vec::new();
    let summary = export::acled_csv(&store, &EventFilter::default(), &mut out).unwrap();
    let (header, rows) = read_csv(&out, b',');
    assert_eq!(
        &header[..12],
        [
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
            "notes"
        ]
    );
    let mappable = events
        .iter()
        .filter(|e| {
            acled_type(
                e.event.cameo.as_str(),
                e.event
                    .source
                    .as_ref()
                    .and_then(|a| a.code.as_ref())
                    .map(|c| c.as_str()),
            )
            .is_some()
        })
        .count();
    assert_eq!(rows.len(), mappable);
    assert_eq!(
        summary.written as usize + summary.skipped as usize,
        events.len()
    );
    assert!(
        summary.skipped > 0,
        "statements and aid are not ACLED events"
    );

    let clash = rows.iter().find(|r| r["cameo"] == "193").unwrap();
    let expect = [
        ("event_date", "2025-05-03"),
        ("event_type", "Battles"),
        ("sub_event_type", "Armed clash"),
        ("actor1", "Malian troops"),
        ("actor2", "rebels"),
        ("country", "MLI"),
        ("location", "Kidal"),
        ("latitude", "18.44"),
        ("longitude", "1.41"),
        ("source", "Daily"),
        (
            "notes",
            "[asserted, according to the army] Malian troops clashed with rebels near Kidal",
        ),
    ];
    for (column, value) in expect {
        assert_eq!(clash[column], value, "{column}");
    }
    let seize = rows.iter().find(|r| r["cameo"] == "192").unwrap();
    assert_eq!(seize["sub_event_type"], "Government regains territory");
    assert_eq!(
        seize["notes"],
        "[reported] Russian forces reportedly took control of the airspace"
    );
    let protest = rows.iter().find(|r| r["cameo"] == "141").unwrap();
    assert_eq!(
        (
            protest["event_type"].as_str(),
            protest["sub_event_type"].as_str()
        ),
        ("Protests", "Peaceful protest")
    );
    // A field with a comma and quotes survives the round trip.
    let expel = rows.iter().find(|r| r["cameo"] == "1663").unwrap();
    assert_eq!(expel["notes"], "France, expelled by the junta");
}

#[test]
fn plover_json_has_the_codebook_fields() {
    let (_d, store, events) = store();
    let mut out = Vec::new();
    let summary = export::plover_jsonl(&store, &EventFilter::default(), &mut out).unwrap();
    let records: Vec<serde_json::Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        records.len(),
        events.iter().filter(|e| e.event.plover.is_some()).count()
    );
    assert_eq!(
        summary.skipped, 2,
        "the two statements (CAMEO 010) have no PLOVER type"
    );

    let aid = records
        .iter()
        .find(|r| r["cameo"] == "074" && r["cite_info"]["publication"] == "Wire")
        .unwrap();
    assert!(aid["id"].as_str().unwrap().starts_with("sitrep-"));
    assert_eq!(aid["date"], "2025-04-01");
    assert_eq!(aid["event"], serde_json::json!(["AID"]));
    assert_eq!(aid["mode"], serde_json::json!(["military"]));
    assert_eq!(aid["context"], serde_json::json!([]));
    assert_eq!(aid["actor"][0]["code"], "RUS");
    assert_eq!(aid["actor"][0]["entity_text"], "Russia");
    assert_eq!(aid["recipient"][0]["code"], "BFA");
    assert_eq!(aid["quad_code"], 2);
    assert_eq!(aid["event_scale"], 3.5);
    assert_eq!(
        aid["event_text"][0],
        "Russia has reportedly sent special forces to Burkina Faso"
    );
    assert_eq!(aid["event_loc"]["geonameid"], 2357048);
    assert_eq!(aid["event_loc"]["extracted_place"], "Ouagadougou");
    assert_eq!(aid["text_info"]["sequence"], 0);
    assert_eq!(aid["certainty"], "reported");
    assert_eq!(aid["attribution"]["kind"], "anonymous");
    assert_eq!(aid["story_counts"]["sources"], 2);
    let reprint = records
        .iter()
        .find(|r| r["cameo"] == "074" && r["cite_info"]["publication"] == "Paper")
        .unwrap();
    assert_eq!(aid["link"], reprint["link"], "copies share the story link");

    let seize = records.iter().find(|r| r["cameo"] == "192").unwrap();
    assert_eq!(
        (
            seize["actor"][0]["code"].as_str(),
            seize["actor"][0]["sector"].as_str()
        ),
        (Some("RUS"), Some("MIL"))
    );
    let accuse = records.iter().find(|r| r["cameo"] == "112").unwrap();
    assert_eq!(accuse["actor"], serde_json::json!([]));
    assert_eq!(accuse["quote"], "harbouring coup plotters");
}

/// Every row of every file under `dir`, as name → field, with its partition.
fn read_parquet(dir: &Path) -> Vec<(String, HashMap<String, Field>)> {
    let mut rows = Vec::new();
    let mut files: Vec<_> = walk(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "parquet"))
        .collect();
    files.sort();
    for path in files {
        let partition = path
            .parent()
            .unwrap()
            .strip_prefix(dir)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
        for row in reader.get_row_iter(None).unwrap() {
            let row = row.unwrap();
            let fields = row
                .get_column_iter()
                .map(|(n, f)| (n.clone(), f.clone()))
                .collect();
            rows.push((partition.clone(), fields));
        }
    }
    rows
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn string(f: &Field) -> Option<String> {
    match f {
        Field::Str(s) => Some(s.clone()),
        Field::Null => None,
        other => panic!("not a string: {other:?}"),
    }
}

#[test]
fn parquet_is_partitioned_by_month_and_reads_back_row_by_row() {
    let (dir, store, events) = store();
    let out = dir.path().join("parquet");
    let summary = export::parquet(&store, &EventFilter::default(), &out).unwrap();
    assert_eq!(summary.written as usize, events.len());
    let mut partitions: Vec<String> = summary
        .files
        .iter()
        .map(|f| {
            f.parent()
                .unwrap()
                .strip_prefix(&out)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    partitions.sort();
    assert_eq!(
        partitions,
        [
            "year=2025/month=04",
            "year=2025/month=05",
            "year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__",
        ]
    );
    assert!(summary
        .files
        .iter()
        .all(|f| f.file_name().unwrap() == "part-0.parquet"));

    let rows = read_parquet(&out);
    assert_eq!(rows.len(), events.len());
    let events = by_id(&events);
    for (partition, row) in &rows {
        let Field::Long(id) = row["event_id"] else {
            panic!("event_id {:?}", row["event_id"])
        };
        let e = events[&id];
        let ev = &e.event;
        match e.day {
            Some(day) => {
                assert_eq!(partition, &day.format("year=%Y/month=%m").to_string());
                let Field::Date(days) = row["day"] else {
                    panic!("day {:?}", row["day"])
                };
                assert_eq!(days as i64, (day - date(1970, 1, 1)).num_days());
            }
            None => assert!(
                partition.contains("__HIVE_DEFAULT_PARTITION__") && row["day"] == Field::Null
            ),
        }
        assert_eq!(string(&row["doc_id"]).unwrap(), ev.doc_id);
        assert_eq!(string(&row["cameo"]).unwrap(), ev.cameo.as_str());
        assert_eq!(string(&row["cameo_root"]).unwrap(), ev.cameo.root());
        assert_eq!(
            string(&row["source_code"]),
            ev.source
                .as_ref()
                .and_then(|a| a.code.as_ref())
                .map(|c| c.to_string())
        );
        assert_eq!(
            string(&row["target_text"]),
            ev.target.as_ref().map(|a| a.text.clone())
        );
        assert_eq!(
            string(&row["plover_type"]),
            ev.plover.as_ref().map(|p| p.event_type.clone())
        );
        assert_eq!(string(&row["certainty"]).unwrap(), ev.certainty.as_str());
        assert_eq!(string(&row["attribution_text"]), ev.attribution.text);
        assert_eq!(string(&row["quote"]), ev.quote);
        assert_eq!(string(&row["rule"]).unwrap(), ev.rule);
        assert_eq!(string(&row["evidence"]).unwrap(), e.evidence);
        assert_eq!(string(&row["outlet"]), e.document.outlet);
        assert_eq!(row["sentence"], Field::Long(ev.sentence as i64));
        assert_eq!(row["span_start"], Field::Long(ev.span[0] as i64));
        assert_eq!(
            row["quad_class"],
            ev.quad_class
                .map_or(Field::Null, |q| Field::Int(u8::from(q) as i32))
        );
        assert_eq!(
            row["goldstein"],
            ev.goldstein
                .map_or(Field::Null, |g| Field::Double(g as f64))
        );
        assert_eq!(
            row["location_lat"],
            ev.location
                .as_ref()
                .and_then(|l| l.lat)
                .map_or(Field::Null, Field::Double)
        );
        assert_eq!(
            row["location_geonames_id"],
            ev.location
                .as_ref()
                .and_then(|l| l.geonames_id)
                .map_or(Field::Null, |g| Field::Long(g as i64))
        );
        assert_eq!(row["num_mentions"], Field::Long(e.counts.mentions as i64));
        assert_eq!(row["num_articles"], Field::Long(e.counts.articles as i64));
        assert_eq!(row["num_sources"], Field::Long(e.counts.sources as i64));
        assert_eq!(
            row["duplicate_of"],
            e.document.duplicate_of.map_or(Field::Null, Field::Long)
        );
    }
}

#[test]
fn parquet_refuses_a_directory_with_files_in_it() {
    let (dir, store, _) = store();
    let out = dir.path().join("parquet");
    export::parquet(&store, &EventFilter::default(), &out).unwrap();
    let err = export::parquet(&store, &EventFilter::default(), &out).unwrap_err();
    assert!(err.to_string().contains("not empty"), "{err}");
}

#[test]
fn exports_follow_the_filter() {
    let (_d, store, _) = store();
    let filter = EventFilter {
        outlet: Some("Daily".into()),
        ..Default::default()
    };
    let mut out = Vec::new();
    assert_eq!(export::jsonl(&store, &filter, &mut out).unwrap().written, 3);
    let mut out = Vec::new();
    export::gdelt_csv(&store, &filter, &mut out).unwrap();
    assert_eq!(String::from_utf8(out).unwrap().lines().count(), 1 + 3);
}

#[test]
fn exports_carry_where_the_date_was_read_and_the_places_feature_and_span() {
    let (dir, store, _events) = store();
    // ACLED: the clash's document (dated from JSON-LD, confidence 0.95);
    // its place has no feature or span.
    let mut out = Vec::new();
    export::acled_csv(&store, &EventFilter::default(), &mut out).unwrap();
    let (_, rows) = read_csv(&out, b',');
    let clash = rows.iter().find(|r| r["cameo"] == "193").unwrap();
    assert_eq!(clash["date_source"], "json-ld");
    assert_eq!(clash["date_confidence"], "0.95");
    assert_eq!(clash["location_feature"], "");
    assert_eq!(clash["location_span_start"], "");

    // GDELT: the aid's place after GDELT's own columns, the clash's empty.
    let mut out = Vec::new();
    export::gdelt_csv(&store, &EventFilter::default(), &mut out).unwrap();
    let (_, rows) = read_csv(&out, b'\t');
    let aid = rows
        .iter()
        .find(|r| r["EventCode"] == "074" && r["ActionGeo_Feature"] == "capital")
        .unwrap();
    assert_eq!(aid["ActionGeo_SpanStart"], "0");
    assert_eq!(aid["ActionGeo_SpanEnd"], "11");
    let clash = rows.iter().find(|r| r["EventCode"] == "193").unwrap();
    assert_eq!(clash["ActionGeo_Feature"], "");
    assert_eq!(clash["ActionGeo_SpanEnd"], "");

    // JSON Lines: the event record's location keeps both.
    let mut out = Vec::new();
    export::jsonl(&store, &EventFilter::default(), &mut out).unwrap();
    let located: Vec<serde_json::Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|r| r["location"]["feature"] == "capital")
        .collect();
    assert!(!located.is_empty());
    assert!(located
        .iter()
        .all(|r| r["location"]["span"] == serde_json::json!([0, 11])));

    // PLOVER: the aid in Ouagadougou, a capital named at bytes 0..11.
    let mut out = Vec::new();
    export::plover_jsonl(&store, &EventFilter::default(), &mut out).unwrap();
    let aid: serde_json::Value = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|r| r["cameo"] == "074" && r["cite_info"]["publication"] == "Wire")
        .unwrap();
    assert_eq!(aid["event_loc"]["feature"], "capital");
    assert_eq!(aid["event_loc"]["span"], serde_json::json!([0, 11]));
    assert_eq!(aid["date_source"], "json-ld");
    assert!((aid["date_confidence"].as_f64().unwrap() - 0.95).abs() < 1e-6);

    // Parquet: the same, column by column.
    let parquet = dir.path().join("parquet-dates");
    export::parquet(&store, &EventFilter::default(), &parquet).unwrap();
    let rows = read_parquet(&parquet);
    let (_, aid) = rows
        .iter()
        .find(|(_, r)| {
            string(&r["cameo"]).as_deref() == Some("074")
                && string(&r["outlet"]).as_deref() == Some("Wire")
        })
        .unwrap();
    assert_eq!(string(&aid["location_feature"]).as_deref(), Some("capital"));
    assert_eq!(aid["location_span_start"], Field::Long(0));
    assert_eq!(aid["location_span_end"], Field::Long(11));
    assert_eq!(string(&aid["date_source"]).as_deref(), Some("json-ld"));
    assert!(matches!(aid["date_confidence"], Field::Double(c) if (c - 0.95).abs() < 1e-6));
}
