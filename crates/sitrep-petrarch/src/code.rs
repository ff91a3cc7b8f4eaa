//! Event-code notation and TABARI date strings.

use chrono::NaiveDate;

/// The null code: "no event" for verbs, "no actor" for actors.
pub const NULL_CODE: &str = "---";

/// How PETRARCH-1 interprets the text inside a verb code's `[...]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind<'a> {
    /// `---`: the null code. On a block header or verb it means the verb
    /// alone codes no event; on a pattern, that the match yields no event.
    Null,
    /// A single event code, e.g. `064` (kept verbatim: the validation
    /// dictionary also uses TABARI oddities such as `+++`, `###`, `025?`,
    /// `174K`, `def`).
    Single(&'a str),
    /// `forward:reverse` (e.g. `032:033`): a symmetric/paired event. PETRARCH-1
    /// `make_event_strings()` emits source→target with `forward` and
    /// target→source with `reverse`; if one side is null-coded the other
    /// side's actor is used for both. Either half may be empty (`:173` in
    /// CAMEO.2.0), meaning no code in that direction.
    Paired {
        /// Code of the source→target event.
        forward: &'a str,
        /// Code of the target→source event.
        reverse: &'a str,
    },
}

/// Classifies a code string (the text between `[` and `]`, trimmed).
pub fn classify_code(code: &str) -> CodeKind<'_> {
    let code = code.trim();
    if code == NULL_CODE {
        return CodeKind::Null;
    }
    match code.split_once(':') {
        Some((f, r)) => CodeKind::Paired {
            forward: f.trim(),
            reverse: r.trim(),
        },
        None => CodeKind::Single(code),
    }
}

/// Result of reading a TABARI date string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateRead {
    /// A well-formed `YYMMDD` or `YYYYMMDD`.
    Ok(NaiveDate),
    /// Read by PETRARCH's truncation rule, but the digit count was irregular.
    Irregular(NaiveDate),
}

/// Parses a TABARI/PETRARCH date (`dstr_to_ordate()` rules): `YYYYMMDD`, or
/// `YYMMDD` with years 00–30 read as 20YY and 31–99 as 19YY. Strings longer
/// than 7 digits are read from their first 8 digits and 7-digit strings from
/// their first 6 (PETRARCH's rule); those are reported as
/// [`DateRead::Irregular`]. Returns `None` for non-digits or impossible dates.
pub(crate) fn parse_date(s: &str) -> Option<DateRead> {
    let s = s.trim();
    if s.len() < 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
    let (year, month, day) = if s.len() > 7 {
        (num(0..4)? as i32, num(4..6)?, num(6..8)?)
    } else {
        let yy = num(0..2)? as i32;
        (
            if yy <= 30 { 2000 + yy } else { 1900 + yy },
            num(2..4)?,
            num(4..6)?,
        )
    };
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    Some(if s.len() == 6 || s.len() == 8 {
        DateRead::Ok(date)
    } else {
        DateRead::Irregular(date)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("950601"), Some(DateRead::Ok(d(1995, 6, 1))));
        assert_eq!(parse_date("300101"), Some(DateRead::Ok(d(2030, 1, 1))));
        assert_eq!(parse_date("19950601"), Some(DateRead::Ok(d(1995, 6, 1))));
        assert_eq!(
            parse_date("201005011"),
            Some(DateRead::Irregular(d(2010, 5, 1)))
        );
        assert_eq!(
            parse_date("9008223"),
            Some(DateRead::Irregular(d(1990, 8, 22)))
        );
        assert_eq!(parse_date("20100931"), None);
        assert_eq!(parse_date("2010x931"), None);
        assert_eq!(parse_date("12345"), None);
    }

    #[test]
    fn codes() {
        assert_eq!(classify_code("---"), CodeKind::Null);
        assert_eq!(classify_code("064"), CodeKind::Single("064"));
        assert_eq!(
            classify_code("032:033"),
            CodeKind::Paired {
                forward: "032",
                reverse: "033"
            }
        );
        assert_eq!(
            classify_code(":173"),
            CodeKind::Paired {
                forward: "",
                reverse: "173"
            }
        );
    }
}
