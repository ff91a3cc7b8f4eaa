//! Dates as people write them in a page's visible text: "12 April 2025",
//! "April 12, 2025", "le 1er avril 2025", "4 de abril de 2025", "12.04.2025",
//! "04/12/2025", "2025-04-12", "2025年4月12日". Month names and the small
//! words that may stand inside a date come from `data/months.tsv` and
//! `data/date_words.tsv`, not from code.
//!
//! A numeric date whose day and month could be swapped (`04/05/2025`) is
//! returned both ways; the caller picks with what else it knows (the
//! capture date).

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;

use super::plausible;

const MONTHS: &str = include_str!("../../data/months.tsv");
pub(crate) const DATE_WORDS: &str = include_str!("../../data/date_words.tsv");

/// A date found in text: where it starts (byte offset), the readings it
/// allows (one, or two when day and month may be swapped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TextDate {
    pub start: usize,
    pub end: usize,
    pub readings: Vec<NaiveDate>,
}

/// The words of `data/`: month names and fillers.
struct Words {
    months: HashMap<String, u32>,
    fillers: Vec<String>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut months = HashMap::new();
        for line in data_lines(MONTHS) {
            let mut cols = line.split('\t');
            let (Some(_lang), Some(number), Some(names)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let Ok(number) = number.trim().parse::<u32>() else {
                continue;
            };
            for name in names.split('|') {
                months.insert(name.trim().to_lowercase(), number);
            }
        }
        let fillers = date_words("filler").map(str::to_lowercase).collect();
        Words { months, fillers }
    })
}

/// The phrases of one kind (`published`, `modified`) in `data/date_words.tsv`.
pub(crate) fn cue_phrases(kind: &str) -> Vec<String> {
    date_words(kind).map(str::to_lowercase).collect()
}

/// The words of the rows of one kind in `data/date_words.tsv`
/// (`|`-separated, trimmed, case as written).
pub(crate) fn date_words(kind: &str) -> impl Iterator<Item = &'static str> + '_ {
    data_lines(DATE_WORDS)
        .filter_map(|line| line.split_once('\t'))
        .filter(move |(k, _)| *k == kind)
        .flat_map(|(_, list)| list.split('|'))
        .map(str::trim)
}

/// A CSS selector for the containers that `data/date_words.tsv` names as
/// lists of other articles (`other-articles-class`), built once.
pub(crate) fn other_articles_selector() -> &'static str {
    static SELECTOR: OnceLock<String> = OnceLock::new();
    SELECTOR.get_or_init(|| {
        let mut all: Vec<String> = date_words("other-articles-class").map(|w| format!("[class*=\"{w}\"]")).collect();
        all.push("aside".to_owned());
        all.join(", ")
    })
}

/// A CSS selector for the elements `data/date_words.tsv` names as holding
/// a date (`element-class`, `element-id`: parts of the name, case as
/// written), built once.
pub(crate) fn date_element_selector() -> &'static str {
    static SELECTOR: OnceLock<String> = OnceLock::new();
    SELECTOR.get_or_init(|| {
        let parts = |kind: &str, attribute: &str| -> Vec<String> {
            date_words(kind).map(|w| format!("[{attribute}*={w}]")).collect()
        };
        let mut all = parts("element-class", "class");
        all.extend(parts("element-id", "id"));
        all.join(", ")
    })
}

pub(crate) fn data_lines(file: &str) -> impl Iterator<Item = &str> {
    file.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Digits: their value and how many there were.
    Number(u32, usize),
    /// A month name.
    Month(u32),
    /// A filler word that may stand inside a date.
    Filler,
    /// A separator inside a numeric date: `.`, `/`, `-`.
    Sep(char),
    /// `,`: allowed between a day and a year.
    Comma,
    /// A CJK date marker: 年, 月, 日 (or 년, 월, 일).
    Cjk(char),
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
}

fn tokens(text: &str) -> Vec<Token> {
    let words = words();
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() {
            let mut end = start + 1;
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = i + 1;
                chars.next();
            }
            let digits = &text[start..end];
            let kind = match digits.parse::<u32>() {
                Ok(value) if digits.len() <= 4 => Kind::Number(value, digits.len()),
                _ => Kind::Other,
            };
            out.push(Token { kind, start, end });
        } else if c.is_alphabetic() && !is_cjk_marker(c) {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_alphabetic() || is_cjk_marker(d) {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            // A full stop after a word belongs to an abbreviation ("Jan.").
            if chars.peek().is_some_and(|&(_, next)| next == '.') {
                chars.next();
            }
            let word = text[start..end].to_lowercase();
            let kind = if let Some(&month) = words.months.get(&word) {
                Kind::Month(month)
            } else if words.fillers.contains(&word) {
                Kind::Filler
            } else {
                Kind::Other
            };
            out.push(Token { kind, start, end });
        } else {
            let kind = match c {
                '.' | '/' | '-' => Kind::Sep(c),
                ',' => Kind::Comma,
                'º' => Kind::Filler,
                c if is_cjk_marker(c) => Kind::Cjk(c),
                _ => Kind::Other,
            };
            out.push(Token {
                kind,
                start,
                end: start + c.len_utf8(),
            });
        }
    }
    out
}

fn is_cjk_marker(c: char) -> bool {
    matches!(c, '年' | '月' | '日' | '년' | '월' | '일')
}

/// Every date written in `text`, in order.
pub(crate) fn dates_in_text(text: &str) -> Vec<TextDate> {
    let tokens = tokens(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match date_at(&tokens, i) {
            Some((next, _)) if in_path(text, tokens[i].start, tokens[next - 1].end) => i = next,
            Some((next, readings)) if !readings.is_empty() => {
                found.push(TextDate {
                    start: tokens[i].start,
                    end: tokens[next - 1].end,
                    readings,
                });
                i = next;
            }
            _ => i += 1,
        }
    }
    found
}

/// A date starting at token `i`: the index after it and its readings.
fn date_at(t: &[Token], i: usize) -> Option<(usize, Vec<NaiveDate>)> {
    let kind = |j: usize| t.get(j).map_or(Kind::Other, |t| t.kind);
    match kind(i) {
        Kind::Number(year, 4) => {
            // 2025-04-12, 2025/04/12, 2025.04.12
            if let (Kind::Sep(s1), Kind::Number(m, 1..=2), Kind::Sep(s2), Kind::Number(d, 1..=2)) =
                (kind(i + 1), kind(i + 2), kind(i + 3), kind(i + 4))
            {
                if s1 == s2 && !followed_by_digit(t, i + 4) {
                    return Some((i + 5, ymd(year, m, d).into_iter().collect()));
                }
            }
            // 2025年4月12日, 2025년 4월 12일
            if let (Kind::Cjk(_), Kind::Number(m, 1..=2), Kind::Cjk(_), Kind::Number(d, 1..=2)) =
                (kind(i + 1), kind(i + 2), kind(i + 3), kind(i + 4))
            {
                return Some((i + 5, ymd(year, m, d).into_iter().collect()));
            }
            None
        }
        Kind::Number(first, 1..=2) => {
            // 12.04.2025, 12/04/2025, 04-12-2025: day and month may swap
            if let (
                Kind::Sep(s1),
                Kind::Number(second, 1..=2),
                Kind::Sep(s2),
                Kind::Number(year, 4),
            ) = (kind(i + 1), kind(i + 2), kind(i + 3), kind(i + 4))
            {
                if s1 == s2 && !followed_by_digit(t, i + 4) && !preceded_by_digit(t, i) {
                    let mut readings: Vec<NaiveDate> =
                        ymd(year, second, first).into_iter().collect();
                    if s1 != '.' {
                        if let Some(us) = ymd(year, first, second) {
                            if !readings.contains(&us) {
                                readings.push(us);
                            }
                        }
                    }
                    return Some((i + 5, readings));
                }
            }
            // 12 April 2025, 1er avril 2025, 4 de abril de 2025, 12. April 2025
            let mut j = i + 1;
            while matches!(kind(j), Kind::Filler | Kind::Sep('.')) {
                j += 1;
            }
            if let Kind::Month(month) = kind(j) {
                j += 1;
                while matches!(kind(j), Kind::Filler | Kind::Comma) {
                    j += 1;
                }
                if let Kind::Number(year, 4) = kind(j) {
                    return Some((j + 1, ymd(year, month, first).into_iter().collect()));
                }
            }
            None
        }
        Kind::Month(month) => {
            // April 12, 2025; April 12th 2025
            let mut j = i + 1;
            if let Kind::Number(day, 1..=2) = kind(j) {
                j += 1;
                while matches!(kind(j), Kind::Filler | Kind::Comma) {
                    j += 1;
                }
                if let Kind::Number(year, 4) = kind(j) {
                    return Some((j + 1, ymd(year, month, day).into_iter().collect()));
                }
            }
            None
        }
        _ => None,
    }
}

/// A date glued to a `/` on either side is a piece of a path
/// (`/img/2024/03/27/photo.jpg`), not a date written for readers.
fn in_path(text: &str, start: usize, end: usize) -> bool {
    text[..start].ends_with('/') || text[end..].starts_with('/')
}

fn followed_by_digit(t: &[Token], last: usize) -> bool {
    matches!(
        (
            t.get(last + 1).map(|t| t.kind),
            t.get(last + 2).map(|t| t.kind)
        ),
        (Some(Kind::Sep(_)), Some(Kind::Number(..)))
    ) && t[last + 1].start == t[last].end
}

fn preceded_by_digit(t: &[Token], first: usize) -> bool {
    first >= 2
        && matches!(t[first - 1].kind, Kind::Sep(_))
        && matches!(t[first - 2].kind, Kind::Number(..))
        && t[first - 1].end == t[first].start
}

fn ymd(year: u32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day).and_then(plausible)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(text: &str) -> Vec<String> {
        dates_in_text(text)
            .first()
            .map(|d| d.readings.iter().map(|r| r.to_string()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn month_names_in_several_languages() {
        assert_eq!(first("Published 12 April 2025, 10:00"), ["2025-04-12"]);
        assert_eq!(first("Posted on April 12, 2025 at noon"), ["2025-04-12"]);
        assert_eq!(first("Sept. 3rd, 2024"), ["2024-09-03"]);
        assert_eq!(first("Publié le 1er avril 2025 à 18h"), ["2025-04-01"]);
        assert_eq!(first("mis à jour le 14 févr. 2024"), ["2024-02-14"]);
        assert_eq!(first("Veröffentlicht am 3. März 2023"), ["2023-03-03"]);
        assert_eq!(first("4 de abril de 2025"), ["2025-04-04"]);
        assert_eq!(first("5 stycznia 2025"), ["2025-01-05"]);
        assert_eq!(first("14 мая 2025 г."), ["2025-05-14"]);
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(first("Stand: 28.04.2023 19:20"), ["2023-04-28"]);
        assert_eq!(first("2025-04-12"), ["2025-04-12"]);
        assert_eq!(first("2026.01.29 18:40"), ["2026-01-29"]);
        assert_eq!(first("2025年4月12日"), ["2025-04-12"]);
        assert_eq!(first("28/04/2023"), ["2023-04-28"]);
        assert_eq!(first("04/05/2023"), ["2023-05-04", "2023-04-05"]);
    }

    #[test]
    fn things_that_are_not_dates() {
        for text in [
            "",
            "12 monkeys",
            "1.2.3.4.2025",
            "version 10.04.2025.1",
            "31.02.2025",
            "May be",
            "0 0 0",
            "/img/2024/03/27/1736701.jpg",
            "uploads/2024-03-27/x",
        ] {
            assert!(first(text).is_empty(), "{text}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]

        /// Any text, and text built from date-like pieces, gives dates
        /// inside the text, on character boundaries, without panicking.
        #[test]
        fn any_text_is_scanned_safely(text in "\\PC{0,120}") {
            for found in dates_in_text(&text) {
                proptest::prop_assert!(found.start <= found.end && found.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(found.start) && text.is_char_boundary(found.end));
            }
        }

        #[test]
        fn date_like_text_is_scanned_safely(
            text in "([0-9]{1,5}|[./, -]|janv|mai|März|1er|de|年|月|日|мая|Sept\\.|é){0,16}"
        ) {
            for found in dates_in_text(&text) {
                proptest::prop_assert!(found.end <= text.len() && !found.readings.is_empty());
            }
            let _ = super::super::parse_stamp(&text);
            let _ = super::super::date_in_url(&text);
        }
    }
}
