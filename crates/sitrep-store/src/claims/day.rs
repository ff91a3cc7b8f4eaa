//! Stored days (`YYYY-MM-DD`) read back as dates: grouping reads two or
//! three per candidate claim and per reading, and chrono's format parser
//! cost more than the rest of reading a candidate's row.

use chrono::NaiveDate;
use rusqlite::types::ValueRef;
use rusqlite::Row;

/// The date `text` writes as `YYYY-MM-DD`, as `NaiveDate::parse_from_str`
/// with `%Y-%m-%d` reads it: digits in place are read directly, anything
/// else goes to chrono.
pub(crate) fn parse(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')));
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        if let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) {
            return NaiveDate::from_ymd_opt(y as i32, m, d);
        }
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// Column `i` of `row` as a date: `None` for NULL or text that is no date.
pub(crate) fn column(row: &Row, i: usize) -> rusqlite::Result<Option<NaiveDate>> {
    match row.get_ref(i)? {
        ValueRef::Null => Ok(None),
        ValueRef::Text(t) => Ok(std::str::from_utf8(t).ok().and_then(parse)),
        // Whatever reading it as text answers (an error for a number).
        _ => Ok(row.get::<_, Option<String>>(i)?.and_then(|s| parse(&s))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_chrono_reads() {
        for text in [
            "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "0000-01-01", "9999-12-31", "2024-1-05",
            "2024-01-5", "+2024-01-05", "2024/01/05", "2024-01-05T00:00", " 2024-01-05", "", "abcd-ef-gh", "2024-01-32",
        ] {
            assert_eq!(parse(text), NaiveDate::parse_from_str(text, "%Y-%m-%d").ok(), "{text:?}");
        }
    }
}
