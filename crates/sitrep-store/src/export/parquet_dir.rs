//! Parquet, Hive-partitioned by month: `dir/year=2025/month=04/part-0.parquet`.
//!
//! Written with the `parquet` crate's column writers directly, without
//! Arrow: the schema is flat (one column per field, no nesting), so the
//! Arrow layer would add compile time and nothing else. DuckDB
//! (`read_parquet('dir/**/*.parquet', hive_partitioning = true)`), Spark,
//! Trino and BigQuery read the directory as it is; `year` and `month` come
//! from the paths and are therefore not columns of the files (Spark refuses
//! a column that is both).

use std::fs::{self, File};
use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ::parquet::basic::Compression;
use ::parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use ::parquet::file::properties::WriterProperties;
use ::parquet::file::writer::SerializedFileWriter;
use ::parquet::schema::parser::parse_message_type;
use chrono::{Datelike, NaiveDate};

use super::ExportSummary;
use crate::error::{Result, StoreError};
use crate::{EventFilter, Store, StoredEvent};

/// Rows per row group: large enough for good compression, small enough that
/// a month's buffer stays a few tens of megabytes.
const ROW_GROUP: usize = 65_536;

/// The partition of undated events, as Hive names a NULL partition value.
const NULL_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Str,
    I64,
    I32,
    F64,
    /// Days since 1970-01-01, Parquet's DATE.
    Date,
}

use Kind::*;

/// The file schema: `(name, kind, required)`, in column order.
const COLUMNS: &[(&str, Kind, bool)] = &[
    ("event_id", I64, true),
    ("day", Date, false),
    ("doc_id", Str, true),
    ("sentence", I64, true),
    ("span_start", I64, true),
    ("span_end", I64, true),
    ("source_text", Str, false),
    ("source_code", Str, false),
    ("source_id", Str, false),
    ("target_text", Str, false),
    ("target_code", Str, false),
    ("target_id", Str, false),
    ("cameo", Str, true),
    ("cameo_root", Str, true),
    ("plover_type", Str, false),
    ("plover_mode", Str, false),
    ("quad_class", I32, false),
    ("goldstein", F64, false),
    ("certainty", Str, true),
    ("attribution_text", Str, false),
    ("attribution_kind", Str, true),
    ("quote", Str, false),
    ("date", Date, false),
    ("date_precision", Str, false),
    ("location_name", Str, false),
    ("location_country", Str, false),
    ("location_admin1", Str, false),
    ("location_lat", F64, false),
    ("location_lon", F64, false),
    ("location_geonames_id", I64, false),
    ("location_precision", Str, false),
    ("location_feature", Str, false),
    ("location_span_start", I64, false),
    ("location_span_end", I64, false),
    ("rule", Str, true),
    ("evidence", Str, true),
    ("doc_store_id", I64, true),
    ("outlet", Str, false),
    ("url", Str, false),
    ("title", Str, false),
    ("doc_date", Date, false),
    ("date_source", Str, false),
    ("date_confidence", F64, false),
    ("language", Str, false),
    ("duplicate_of", I64, false),
    ("ingested_at", Str, true),
    ("num_mentions", I64, true),
    ("num_articles", I64, true),
    ("num_sources", I64, true),
];

/// One value of a row, in the kind of its column.
enum Cell {
    Str(Option<String>),
    I64(Option<i64>),
    I32(Option<i32>),
    F64(Option<f64>),
}

fn row(e: &StoredEvent) -> Vec<Cell> {
    let ev = &e.event;
    let s = |v: Option<&str>| Cell::Str(v.map(str::to_owned));
    let date = |d: Option<NaiveDate>| Cell::I32(d.map(days));
    let actor = |a: &Option<sitrep_model::Actor>| {
        let a = a.as_ref();
        [
            s(a.map(|a| a.text.as_str())),
            s(a.and_then(|a| a.code.as_ref()).map(|c| c.as_str())),
            s(a.and_then(|a| a.id.as_deref())),
        ]
    };
    let loc = ev.location.as_ref();
    let mut cells = vec![
        Cell::I64(Some(e.id)),
        date(e.day),
        s(Some(&ev.doc_id)),
        Cell::I64(Some(ev.sentence as i64)),
        Cell::I64(Some(ev.span[0] as i64)),
        Cell::I64(Some(ev.span[1] as i64)),
    ];
    cells.extend(actor(&ev.source));
    cells.extend(actor(&ev.target));
    cells.extend([
        s(Some(ev.cameo.as_str())),
        s(Some(ev.cameo.root())),
        s(ev.plover.as_ref().map(|p| p.event_type.as_str())),
        s(ev.plover.as_ref().and_then(|p| p.mode.as_deref())),
        Cell::I32(ev.quad_class.map(|q| u8::from(q) as i32)),
        Cell::F64(ev.goldstein.map(f64::from)),
        s(Some(ev.certainty.as_str())),
        s(ev.attribution.text.as_deref()),
        s(Some(ev.attribution.kind.as_str())),
        s(ev.quote.as_deref()),
        date(ev.date.map(|d| d.value)),
        s(ev.date.map(|d| crate::ingest::precision_str(d.precision))),
        s(loc.map(|l| l.name.as_str())),
        s(loc.and_then(|l| l.country.as_deref())),
        s(loc.and_then(|l| l.admin1.as_deref())),
        Cell::F64(loc.and_then(|l| l.lat)),
        Cell::F64(loc.and_then(|l| l.lon)),
        Cell::I64(loc.and_then(|l| l.geonames_id).map(|g| g as i64)),
        s(loc.map(|l| l.precision.as_str())),
        s(loc.and_then(|l| l.feature.as_deref())),
        Cell::I64(loc.and_then(|l| l.span).map(|s| s[0] as i64)),
        Cell::I64(loc.and_then(|l| l.span).map(|s| s[1] as i64)),
        s(Some(&ev.rule)),
        s(Some(&e.evidence)),
        Cell::I64(Some(e.document.id)),
        s(e.document.outlet.as_deref()),
        s(e.document.url.as_deref()),
        s(e.document.title.as_deref()),
        date(e.document.date),
        s(e.document.date_source.as_deref()),
        Cell::F64(e.document.date_confidence.map(f64::from)),
        s(e.document.language.as_deref()),
        Cell::I64(e.document.duplicate_of),
        s(Some(&e.document.ingested_at)),
        Cell::I64(Some(e.counts.mentions as i64)),
        Cell::I64(Some(e.counts.articles as i64)),
        Cell::I64(Some(e.counts.sources as i64)),
    ]);
    cells
}

fn days(d: NaiveDate) -> i32 {
    (d - NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default()).num_days() as i32
}

/// The schema of the exported files, as a Parquet message type.
pub fn parquet_schema() -> String {
    let fields: Vec<String> = COLUMNS
        .iter()
        .map(|&(name, kind, required)| {
            let rep = if required { "REQUIRED" } else { "OPTIONAL" };
            let ty = match kind {
                Str => "BYTE_ARRAY",
                I64 => "INT64",
                I32 => "INT32",
                F64 => "DOUBLE",
                Date => "INT32",
            };
            let logical = match kind {
                Str => " (STRING)",
                Date => " (DATE)",
                _ => "",
            };
            format!("  {rep} {ty} {name}{logical};")
        })
        .collect();
    format!("message sitrep_event {{\n{}\n}}", fields.join("\n"))
}

/// Column buffers of the row group being filled.
#[derive(Default)]
struct Buffers {
    strs: Vec<Vec<ByteArray>>,
    i64s: Vec<Vec<i64>>,
    i32s: Vec<Vec<i32>>,
    f64s: Vec<Vec<f64>>,
    /// Definition levels per column: 1 present, 0 null (optional columns only).
    defs: Vec<Vec<i16>>,
    rows: usize,
}

impl Buffers {
    fn new() -> Self {
        let n = COLUMNS.len();
        Self {
            strs: vec![Vec::new(); n],
            i64s: vec![Vec::new(); n],
            i32s: vec![Vec::new(); n],
            f64s: vec![Vec::new(); n],
            defs: vec![Vec::new(); n],
            rows: 0,
        }
    }

    fn push(&mut self, cells: Vec<Cell>) {
        for (i, cell) in cells.into_iter().enumerate() {
            let present = match cell {
                Cell::Str(v) => v
                    .map(|v| self.strs[i].push(ByteArray::from(v.into_bytes())))
                    .is_some(),
                Cell::I64(v) => v.map(|v| self.i64s[i].push(v)).is_some(),
                Cell::I32(v) => v.map(|v| self.i32s[i].push(v)).is_some(),
                Cell::F64(v) => v.map(|v| self.f64s[i].push(v)).is_some(),
            };
            self.defs[i].push(i16::from(present));
        }
        self.rows += 1;
    }
}

/// One open partition file.
struct Part {
    path: PathBuf,
    writer: SerializedFileWriter<BufWriter<File>>,
}

/// Writes the selected events under `dir`, one directory per month of their
/// day (event date, else publication date; undated events under
/// `year=__HIVE_DEFAULT_PARTITION__`). `dir` is created if needed and must
/// be empty, so that no file of an earlier export is read as part of this one.
pub fn parquet(store: &Store, filter: &EventFilter, dir: &Path) -> Result<ExportSummary> {
    let io_err = |path: &Path| {
        let target = path.display().to_string();
        move |source| StoreError::Io {
            export: "Parquet",
            target: target.clone(),
            source,
        }
    };
    fs::create_dir_all(dir).map_err(io_err(dir))?;
    if fs::read_dir(dir).map_err(io_err(dir))?.next().is_some() {
        let source = io::Error::new(io::ErrorKind::AlreadyExists, "directory is not empty");
        return Err(StoreError::Io {
            export: "Parquet",
            target: dir.display().to_string(),
            source,
        });
    }
    let schema =
        Arc::new(
            parse_message_type(&parquet_schema()).map_err(|source| StoreError::Parquet {
                path: dir.to_owned(),
                source,
            })?,
        );
    let props = Arc::new(
        WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(concat!("sitrep ", env!("CARGO_PKG_VERSION")).to_owned())
            .build(),
    );

    let mut summary = ExportSummary::default();
    let mut current: Option<(String, Part)> = None;
    let mut buffers = Buffers::new();
    // Events come in day order, so each month's events are contiguous and one
    // file is open at a time.
    summary.written = store.for_each_event(filter, |e| {
        let partition = partition(e.day);
        if current.as_ref().is_some_and(|(p, _)| *p != partition) {
            let (_, part) = current.take().expect("checked above");
            summary.files.push(finish(part, &mut buffers)?);
        }
        if current.is_none() {
            let path = free_part_path(&dir.join(&partition)).map_err(io_err(dir))?;
            fs::create_dir_all(path.parent().unwrap_or(dir)).map_err(io_err(&path))?;
            let file = File::create(&path).map_err(io_err(&path))?;
            let writer =
                SerializedFileWriter::new(BufWriter::new(file), schema.clone(), props.clone())
                    .map_err(|source| StoreError::Parquet {
                        path: path.clone(),
                        source,
                    })?;
            current = Some((partition, Part { path, writer }));
        }
        buffers.push(row(&e));
        if buffers.rows == ROW_GROUP {
            let (_, part) = current.as_mut().expect("opened above");
            write_row_group(part, &mut buffers)?;
        }
        Ok(())
    })?;
    if let Some((_, part)) = current {
        summary.files.push(finish(part, &mut buffers)?);
    }
    Ok(summary)
}

/// `year=2025/month=04`.
fn partition(day: Option<NaiveDate>) -> String {
    match day {
        Some(d) => format!("year={}/month={:02}", d.year(), d.month()),
        None => format!("year={NULL_PARTITION}/month={NULL_PARTITION}"),
    }
}

/// `part-N.parquet` with the first N not taken: a filter whose order put a
/// month in two runs would otherwise overwrite the first.
fn free_part_path(partition_dir: &Path) -> io::Result<PathBuf> {
    (0..)
        .map(|n| partition_dir.join(format!("part-{n}.parquet")))
        .find(|p| !p.exists())
        .ok_or_else(|| io::Error::other("no free part file name"))
}

fn finish(mut part: Part, buffers: &mut Buffers) -> Result<PathBuf> {
    write_row_group(&mut part, buffers)?;
    let path = part.path;
    let fail = |source| StoreError::Parquet {
        path: path.clone(),
        source,
    };
    let mut inner = part.writer.into_inner().map_err(fail)?;
    std::io::Write::flush(&mut inner).map_err(|source| StoreError::Io {
        export: "Parquet",
        target: path.display().to_string(),
        source,
    })?;
    Ok(path)
}

fn write_row_group(part: &mut Part, buffers: &mut Buffers) -> Result<()> {
    if buffers.rows == 0 {
        return Ok(());
    }
    let fail = |source| StoreError::Parquet {
        path: part.path.clone(),
        source,
    };
    let mut group = part.writer.next_row_group().map_err(fail)?;
    let mut i = 0;
    while let Some(mut column) = group.next_column().map_err(fail)? {
        let (_, kind, required) = COLUMNS[i];
        let defs = if required {
            None
        } else {
            Some(&buffers.defs[i][..])
        };
        match kind {
            Str => column
                .typed::<ByteArrayType>()
                .write_batch(&buffers.strs[i], defs, None),
            I64 => column
                .typed::<Int64Type>()
                .write_batch(&buffers.i64s[i], defs, None),
            I32 | Date => column
                .typed::<Int32Type>()
                .write_batch(&buffers.i32s[i], defs, None),
            F64 => column
                .typed::<DoubleType>()
                .write_batch(&buffers.f64s[i], defs, None),
        }
        .map_err(fail)?;
        column.close().map_err(fail)?;
        i += 1;
    }
    group.close().map_err(fail)?;
    *buffers = Buffers::new();
    Ok(())
}
