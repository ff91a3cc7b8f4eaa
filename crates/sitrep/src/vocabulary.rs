//! The CAMEO table as the command line's filters check it: an unknown code
//! or PLOVER type must fail loudly, not select nothing in silence.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use sitrep_lexicon::LexiconSource;

/// The codes and PLOVER types of the built-in `lexicon/cameo.tsv`.
pub struct CameoTable {
    pub codes: BTreeSet<String>,
    pub plover_types: BTreeSet<String>,
}

/// Parsed once, on the first flag that needs it.
pub fn cameo_table() -> &'static CameoTable {
    static TABLE: OnceLock<CameoTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut src = LexiconSource::default();
        // The built-in table is tested with the lexicon; an error here is a
        // broken build, and an empty table only makes every code unknown.
        if let Err(e) = src.parse_file("cameo.tsv", include_str!("../../../lexicon/cameo.tsv")) {
            eprintln!("sitrep: warning: the built-in CAMEO table does not parse: {e}");
        }
        CameoTable {
            codes: src.cameo.iter().map(|c| c.code.as_str().to_owned()).collect(),
            plover_types: src.cameo.iter().filter_map(|c| c.plover_type.clone()).collect(),
        }
    })
}

/// `--cameo`: a code of the table (`074`, `1663`) or a prefix of digits
/// ending in `*` (`19*`, `07*`).
pub fn parse_cameo(v: &str) -> Result<sitrep_store::CodeMatch, String> {
    let forms = "expected a CAMEO code from the table (two to four digits, e.g. 074 or 1663) \
                 or a prefix ending in * (e.g. 19* for every code of root 19)";
    let (code, prefix) = match v.strip_suffix('*') {
        Some(p) => (p, true),
        None => (v, false),
    };
    if code.is_empty() || code.len() > 4 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("{forms}, not {v:?}"));
    }
    let table = &cameo_table().codes;
    let known = if prefix { table.iter().any(|c| c.starts_with(code)) } else { table.contains(code) };
    if !known {
        return Err(format!("{v:?} is not in the CAMEO table; {forms}"));
    }
    Ok(if prefix { sitrep_store::CodeMatch::prefix(code) } else { sitrep_store::CodeMatch::exact(code) })
}

/// `--plover`: one of the PLOVER types of the table, in any case.
pub fn parse_plover(v: &str) -> Result<String, String> {
    let upper = v.trim().to_uppercase();
    let types = &cameo_table().plover_types;
    if types.contains(&upper) {
        Ok(upper)
    } else {
        Err(format!("unknown PLOVER type {v:?}; one of {}", types.iter().cloned().collect::<Vec<_>>().join(", ")))
    }
}

/// `--from`, `--to`: a day written as ISO 8601 says.
pub fn parse_day(v: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
        .map_err(|_| format!("expected a date as YYYY-MM-DD (e.g. 2025-01-31), not {v:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_of_the_table_and_prefixes_pass_others_fail() {
        assert!(parse_cameo("074").is_ok());
        assert!(parse_cameo("19*").is_ok());
        let e = parse_cameo("abc").unwrap_err();
        assert!(e.contains("two to four digits"), "{e}");
        assert!(parse_cameo("999").unwrap_err().contains("not in the CAMEO table"));
        assert!(parse_cameo("99*").is_err());
    }

    #[test]
    fn plover_types_come_from_the_table() {
        assert_eq!(parse_plover("assault").unwrap(), "ASSAULT");
        let e = parse_plover("FIGHT").unwrap_err();
        assert!(e.contains("ASSAULT") && e.contains("AID"), "{e}");
    }

    #[test]
    fn dates_name_their_format() {
        assert!(parse_day("2025-01-31").is_ok());
        assert!(parse_day("2025/01/01").unwrap_err().contains("YYYY-MM-DD"));
    }
}
