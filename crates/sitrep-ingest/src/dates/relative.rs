//! Relative dates that pages print instead of a date: "vor 14 Minuten",
//! "3 hours ago", "il y a 2 jours", "Prieš 2 val.". Read against the
//! capture date, they give the day of publication to within the hours of
//! the capture: minutes and hours are the capture's day, days and weeks
//! count back from it. The words come from `data/date_words.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{Days, NaiveDate};

use super::text::date_words;

/// A relative date is refused beyond this many days back: "in 400 days"
/// is no publication date.
const MAX_DAYS_BACK: u64 = 60;

struct Words {
    before: Vec<Vec<String>>,
    after: Vec<Vec<String>>,
    /// Unit word to its length in days (0 for minutes and hours).
    units: HashMap<String, u64>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let list = |kind: &str| -> Vec<String> {
            date_words(kind).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
        };
        let phrases = |kind: &str| -> Vec<Vec<String>> {
            list(kind)
                .iter()
                .map(|p| p.split_whitespace().map(str::to_owned).collect())
                .collect()
        };
        let mut units = HashMap::new();
        for (kind, days) in [
            ("unit-minute", 0),
            ("unit-hour", 0),
            ("unit-day", 1),
            ("unit-week", 7),
        ] {
            for word in list(kind) {
                units.insert(word, days);
            }
        }
        Words {
            before: phrases("ago-before"),
            after: phrases("ago-after"),
            units,
        }
    })
}

/// The words of `text`, lower-cased, without the punctuation around them
/// ("min." is "min").
fn tokens(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn starts_with(tokens: &[String], phrase: &[String]) -> bool {
    tokens.len() >= phrase.len() && tokens.iter().zip(phrase).all(|(t, p)| t == p)
}

/// The first relative date of `text`, as a day counted back from
/// `captured`: a number and a unit with an "ago" word before the number or
/// after the unit.
pub(crate) fn relative_date(text: &str, captured: NaiveDate) -> Option<NaiveDate> {
    let words = words();
    let tokens = tokens(text);
    for (i, token) in tokens.iter().enumerate() {
        let Ok(count) = token.parse::<u64>() else {
            continue;
        };
        let Some(&unit_days) = tokens.get(i + 1).and_then(|u| words.units.get(u)) else {
            continue;
        };
        let before = words.before.iter().any(|phrase| {
            i >= phrase.len() && starts_with(&tokens[i - phrase.len()..], phrase)
        });
        let after = words
            .after
            .iter()
            .any(|phrase| starts_with(&tokens[i + 2..], phrase));
        if !(before || after) {
            continue;
        }
        let back = count.checked_mul(unit_days)?;
        if back > MAX_DAYS_BACK {
            return None;
        }
        return captured.checked_sub_days(Days::new(back));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(text: &str) -> Option<String> {
        let captured = NaiveDate::from_ymd_opt(2024, 4, 26).unwrap();
        relative_date(text, captured).map(|d| d.to_string())
    }

    #[test]
    fn ago_words_before_or_after() {
        assert_eq!(on("vor 14 Minuten").as_deref(), Some("2024-04-26"));
        assert_eq!(on("Updated 3 hours ago").as_deref(), Some("2024-04-26"));
        assert_eq!(on("il y a 2 jours").as_deref(), Some("2024-04-24"));
        assert_eq!(on("Prieš\n 1 d.").as_deref(), Some("2024-04-25"));
        assert_eq!(on("för 2 veckor sedan").as_deref(), Some("2024-04-12"));
        assert_eq!(on("hace 1 día").as_deref(), Some("2024-04-25"));
    }

    #[test]
    fn numbers_without_an_ago_word_are_not_dates() {
        assert_eq!(on("14 Minuten Lesezeit"), None);
        assert_eq!(on("3 days of talks"), None);
        assert_eq!(on("ago"), None);
        assert_eq!(on("vor 900 Tagen"), None);
        assert_eq!(on(""), None);
    }
}
