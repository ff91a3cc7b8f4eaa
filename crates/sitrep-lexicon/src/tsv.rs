//! The line format shared by every lexicon file: TAB-separated columns,
//! `#` comments, blank lines ignored.

use std::path::Path;

use crate::LexiconError;

/// One entry line: its 1-based number, the whole line and its columns.
pub struct Row<'a> {
    pub line: usize,
    pub raw: &'a str,
    pub cols: Vec<&'a str>,
}

/// Splits `text` (the contents of `file`) into rows with between `min` and
/// `max` columns; anything else is an error naming the line.
pub fn rows<'a>(file: &Path, text: &'a str, min: usize, max: usize) -> Result<Vec<Row<'a>>, LexiconError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let trimmed = raw.trim_end_matches('\r');
        if trimmed.trim().is_empty() || trimmed.trim_start().starts_with('#') {
            continue;
        }
        let mut cols: Vec<&str> = trimmed.split('\t').map(str::trim).collect();
        while cols.len() > min && cols.last() == Some(&"") {
            cols.pop();
        }
        if cols.len() < min || cols.len() > max {
            let want = if min == max { format!("{min}") } else { format!("{min} to {max}") };
            return Err(LexiconError::entry(
                file,
                line,
                trimmed,
                format!("expected {want} TAB-separated columns, found {}", cols.len()),
            ));
        }
        if cols[..min].iter().any(|c| c.is_empty()) {
            return Err(LexiconError::entry(file, line, trimmed, "a required column is empty"));
        }
        out.push(Row { line, raw: trimmed, cols });
    }
    Ok(out)
}

/// The `|`-separated items of a column, trimmed, empty ones dropped.
pub fn list(col: &str) -> impl Iterator<Item = &str> {
    col.split('|').map(str::trim).filter(|s| !s.is_empty())
}

pub fn read(path: &Path) -> Result<String, LexiconError> {
    std::fs::read_to_string(path).map_err(|source| LexiconError::Io { path: path.to_path_buf(), source })
}
