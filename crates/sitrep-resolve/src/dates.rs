use chrono::{Datelike, Duration, NaiveDate};
use rustc_hash::FxHashMap;
use sitrep_lexicon::DateWord;
use sitrep_model::{DatePrecision, EventDate};
use sitrep_text::Tokens;

/// A date expression: tokens `[start, end)` of the sentence and its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub date: EventDate,
    /// The day a bare day of the week names when what happens on it is
    /// still to come: "will meet on Thursday" in a Wednesday story is the
    /// next day, where "met on Thursday" (`date`) was six days before.
    /// `None` for any other expression, which names one day either way.
    pub to_come: Option<EventDate>,
    /// The phrase ends a period ("until August 15", "jusqu'au 15 août":
    /// `period_end` rows): what happens until then began before, so the
    /// date neither dates the act nor makes it still to come.
    pub ends_period: bool,
}

/// A date expression that lies ahead of the story's day (`weekday`: only
/// when a verb in the present tells what happens on it): tokens
/// `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AheadDate {
    pub start: usize,
    pub end: usize,
    pub weekday: bool,
}

#[derive(Debug, Clone, Copy)]
enum Word {
    Month(u32),
    Weekday(u32),
    RelativeDay(i64),
    Ordinal(u32),
}

/// Finds and resolves date expressions; built once from the lexicon's date
/// words.
#[derive(Debug, Default, Clone)]
pub struct DateResolver {
    words: FxHashMap<String, Word>,
    /// Relative periods ("last month"): their words, count and unit, under
    /// their first word.
    periods: FxHashMap<String, Vec<(Vec<String>, i32, char)>>,
    /// Words that may open a date phrase ("on", "late"): `phrase_lead` rows.
    leads: rustc_hash::FxHashSet<String>,
    /// Lead words that make the phrase the end of a period ("until"):
    /// `period_end` rows.
    period_ends: rustc_hash::FxHashSet<String>,
    /// Words that move a day of the week back or ahead ("last Friday",
    /// "vendredi prochain"): `modifier` rows, by their sign.
    modifiers: FxHashMap<String, i32>,
    /// Phrases after the story's day whatever day that is ("later this
    /// week", "dans les prochains jours"): `ahead` rows, under their first
    /// word.
    ahead_phrases: FxHashMap<String, Vec<Vec<String>>>,
}

/// The tokens of each multi-word form, as written and case-folded, with
/// its first token (the key the resolver files it under).
fn phrase_forms(forms: &[String]) -> impl Iterator<Item = (String, Vec<String>)> + '_ {
    forms.iter().flat_map(|form| {
        [false, true].into_iter().filter_map(move |fold| {
            let toks: Vec<String> = form.split_whitespace().map(|t| normalise(t, fold)).collect();
            toks.first().cloned().map(|first| (first, toks))
        })
    })
}

/// Most lead words before a date phrase's date ("late on Monday").
const MAX_LEADS: usize = 2;

impl DateResolver {
    /// Reads `month`, `weekday`, `relative_day`, `relative_period`,
    /// `ordinal`, `phrase_lead`, `period_end`, `modifier` and `ahead` rows; other kinds are
    /// ignored so that the file may grow.
    pub fn new(words: &[DateWord]) -> Self {
        let mut r = Self::default();
        for w in words {
            let value = w.value.trim();
            let word = match w.kind.as_str() {
                "month" => value.parse().ok().map(Word::Month),
                "weekday" => value.parse().ok().map(Word::Weekday),
                "relative_day" => value.trim_start_matches('+').parse().ok().map(Word::RelativeDay),
                "ordinal" => value.parse().ok().map(Word::Ordinal),
                "relative_period" => {
                    if let Some((n, unit)) = parse_period(value) {
                        for (first, toks) in phrase_forms(&w.words) {
                            let forms = r.periods.entry(first).or_default();
                            if !forms.iter().any(|(f, _, _)| *f == toks) {
                                forms.push((toks, n, unit));
                            }
                        }
                    }
                    None
                }
                "phrase_lead" => {
                    r.leads.extend(w.words.iter().flat_map(|f| [normalise(f, false), normalise(f, true)]));
                    None
                }
                "period_end" => {
                    r.period_ends.extend(w.words.iter().flat_map(|f| [normalise(f, false), normalise(f, true)]));
                    None
                }
                "ahead" => {
                    for (first, toks) in phrase_forms(&w.words) {
                        let forms = r.ahead_phrases.entry(first).or_default();
                        if !forms.contains(&toks) {
                            forms.push(toks);
                        }
                    }
                    None
                }
                "modifier" => {
                    if let Ok(sign) = value.trim_start_matches('+').parse::<i32>() {
                        r.modifiers.extend(w.words.iter().flat_map(|f| [(normalise(f, false), sign), (normalise(f, true), sign)]));
                    }
                    None
                }
                _ => None,
            };
            if let Some(word) = word {
                for form in &w.words {
                    r.words.insert(normalise(form, false), word);
                    r.words.insert(normalise(form, true), word);
                }
            }
        }
        r
    }

    /// Every date expression in `tokens[range]`, resolved against `published`.
    pub fn find(&self, tokens: &Tokens, published: Option<NaiveDate>, out: &mut Vec<DateMention>) {
        out.clear();
        let n = tokens.len();
        let mut i = 0;
        while i < n {
            if let Some((end, date)) = self.at(tokens, i, published) {
                let to_come = self.bare_weekday_ahead(tokens, i, published);
                out.push(DateMention { start: i, end, date, to_come, ends_period: self.ends_period(tokens, i) });
                i = end;
            } else {
                i += 1;
            }
        }
    }

    /// Whether a `period_end` word stands before the date at token `i`,
    /// right before it or before its other lead words ("until", "until
    /// late on", "jusqu'" in "jusqu'au 15 août").
    fn ends_period(&self, tokens: &Tokens, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k <= MAX_LEADS {
            let word = tokens.norm(k - 1);
            if self.period_ends.contains(word) {
                return true;
            }
            if !self.leads.contains(word) {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// For every token of `tokens`, where a date phrase starting there
    /// ends, 0 where none starts, into `out`: up to `MAX_LEADS` lead words
    /// ("late on"), then a date expression, whatever the document's date
    /// (the span, not its value: "agreed on Monday to extradite" reads past
    /// "on Monday" without a publication date). Only a token that can open
    /// a date (a date word, the first word of a period, a number) is looked
    /// at further, so a sentence without one costs a lookup a token.
    pub fn phrase_ends(&self, tokens: &Tokens, out: &mut Vec<u32>) {
        // Any day anchors a relative date; only the span is wanted.
        const ANCHOR: Option<NaiveDate> = NaiveDate::from_ymd_opt(2000, 1, 3);
        out.clear();
        out.resize(tokens.len(), 0);
        for i in 0..tokens.len() {
            let norm = tokens.norm(i);
            let may_open = norm.as_bytes().first().is_some_and(u8::is_ascii_digit) || self.words.contains_key(norm) || self.periods.contains_key(norm);
            let Some((end, _)) = may_open.then(|| self.at(tokens, i, ANCHOR)).flatten() else { continue };
            out[i] = end as u32;
            // Lead words before it ("late on Monday") open the same phrase.
            let mut k = i;
            while k > 0 && i - k < MAX_LEADS && self.leads.contains(tokens.norm(k - 1)) {
                k -= 1;
                if out[k] == 0 {
                    out[k] = end as u32;
                }
            }
        }
    }

    /// Every date expression of `tokens` that points ahead of whatever day
    /// the story was written ("tomorrow", "next week", "next Friday";
    /// "later this month" is not: it may be past), and every other day of
    /// the week ("on Saturday", not "last Friday"), which lies ahead when a
    /// verb in the present tells what happens on it ("Nakasone leaves for
    /// Washington on Saturday"). A sentence coded alone, with no
    /// publication date, still knows these are ahead
    /// (`certainty::scheduled`).
    pub fn ahead(&self, tokens: &Tokens, out: &mut Vec<AheadDate>) {
        out.clear();
        let norm = |j: usize| if j < tokens.len() { tokens.norm(j) } else { "" };
        let mut i = 0;
        while i < tokens.len() {
            let matches = |words: &[String]| (0..words.len()).all(|k| norm(i + k) == words[k]);
            let phrase = self.ahead_phrases.get(norm(i)).and_then(|forms| forms.iter().filter(|words| matches(words)).map(Vec::len).max());
            let period = self.periods.get(norm(i)).and_then(|forms| forms.iter().find(|(words, _, _)| matches(words)));
            let found = match (phrase, period, self.word(tokens, i)) {
                (Some(len), _, _) => Some((i + len, false)),
                (None, Some((words, n, _)), _) => (*n > 0).then_some((i + words.len(), false)),
                (None, None, Some(Word::RelativeDay(n))) => (n > 0).then_some((i + 1, false)),
                (None, None, Some(Word::Weekday(_))) if tokens.get(i).capitalised => {
                    // "last Friday", "vendredi dernier"; "next Friday".
                    match self.modifier_sign(tokens, i) {
                        s if s < 0 => None,
                        s if s > 0 => Some((i + 1, false)),
                        _ => Some((i + 1, true)),
                    }
                }
                _ => None,
            };
            match found {
                Some((end, weekday)) => {
                    out.push(AheadDate { start: i, end, weekday });
                    i = end;
                }
                None => i += 1,
            }
        }
    }

    /// The sign of the modifier next to word `i` ("last Friday",
    /// "vendredi prochain"), 0 without one.
    fn modifier_sign(&self, tokens: &Tokens, i: usize) -> i32 {
        let norm = |j: usize| if j < tokens.len() { tokens.norm(j) } else { "" };
        [i.checked_sub(1), Some(i + 1)].into_iter().flatten().find_map(|j| self.modifiers.get(norm(j)).copied()).unwrap_or(0)
    }

    /// For a day of the week at `i` with no modifier, the first such day
    /// from the story's day on (that day itself included: "meets on
    /// Wednesday" in a Wednesday story is today).
    fn bare_weekday_ahead(&self, tokens: &Tokens, i: usize, published: Option<NaiveDate>) -> Option<EventDate> {
        let Some(Word::Weekday(wd)) = self.word(tokens, i) else { return None };
        if !tokens.get(i).capitalised || self.modifier_sign(tokens, i) != 0 {
            return None;
        }
        let published = published?;
        let ahead = (wd as i64 - published.weekday().number_from_monday() as i64).rem_euclid(7);
        Some(EventDate { value: published + Duration::days(ahead), precision: DatePrecision::Day })
    }

    fn word(&self, tokens: &Tokens, i: usize) -> Option<Word> {
        (i < tokens.len()).then(|| self.words.get(tokens.norm(i)).copied()).flatten()
    }

    fn at(&self, t: &Tokens, i: usize, published: Option<NaiveDate>) -> Option<(usize, EventDate)> {
        let norm = |j: usize| if j < t.len() { t.norm(j) } else { "" };
        // "last month", "this year"
        for (words, n, unit) in self.periods.get(norm(i)).map_or(&[][..], Vec::as_slice) {
            if (0..words.len()).all(|k| norm(i + k) == words[k]) {
                let date = shift(published?, *n, *unit)?;
                return Some((i + words.len(), date));
            }
        }
        match self.word(t, i) {
            Some(Word::Month(m)) if t.get(i).capitalised => {
                // "April 12, 2025", "April 2025", "April 12", "April"
                let mut end = i + 1;
                if norm(end) == "." {
                    end += 1;
                }
                let day = day_number(norm(end)).or_else(|| self.ordinal(t, end));
                let (day, mut end) = match day {
                    Some(d) => (Some(d), end + 1),
                    None => (None, end),
                };
                let mut year_at = end;
                if norm(year_at) == "," {
                    year_at += 1;
                }
                let year = year_number(norm(year_at));
                if year.is_some() {
                    end = year_at + 1;
                }
                Some((end, month_date(year, m, day, published)?))
            }
            Some(Word::Weekday(wd)) if t.get(i).capitalised => {
                // A bare day is the latest such day up to the story's
                // ("met on Thursday"); "next Thursday" the first after it,
                // "last Thursday" the latest before it.
                let published = published?;
                let today = published.weekday().number_from_monday() as i64;
                let offset = match self.modifier_sign(t, i) {
                    s if s > 0 => (wd as i64 - today - 1).rem_euclid(7) + 1,
                    s if s < 0 => -((today - wd as i64 - 1).rem_euclid(7) + 1),
                    _ => -(today - wd as i64).rem_euclid(7),
                };
                let date = published + Duration::days(offset);
                Some((i + 1, EventDate { value: date, precision: DatePrecision::Day }))
            }
            Some(Word::RelativeDay(n)) => {
                let date = published? + Duration::days(n);
                Some((i + 1, EventDate { value: date, precision: DatePrecision::Day }))
            }
            _ => {
                // "12 April 2025", "12th of April"
                if let Some(day) = day_number(norm(i)).or_else(|| self.ordinal(t, i)) {
                    let mut j = i + 1;
                    if norm(j) == "of" {
                        j += 1;
                    }
                    if let Some(Word::Month(m)) = self.word(t, j) {
                        let year = year_number(norm(j + 1));
                        let end = if year.is_some() { j + 2 } else { j + 1 };
                        return Some((end, month_date(year, m, Some(day), published)?));
                    }
                }
                // "in 2022", "since 2022": a bare year after a preposition.
                let year = year_number(norm(i))?;
                let prev = if i > 0 { norm(i - 1) } else { "" };
                if matches!(prev, "in" | "since" | "of" | "until" | "by" | "during" | "from") {
                    let date = NaiveDate::from_ymd_opt(year, 1, 1)?;
                    Some((i + 1, EventDate { value: date, precision: DatePrecision::Year }))
                } else {
                    None
                }
            }
        }
    }

    fn ordinal(&self, t: &Tokens, i: usize) -> Option<u32> {
        match self.word(t, i) {
            Some(Word::Ordinal(n)) => Some(n),
            _ => None,
        }
    }
}

/// A date word as text's tokens read it: folded, as English text and
/// capitalised French words are, or (`fold` false) with the accents French
/// keeps in lower-case words ("février", `sitrep_text::normalise_in`); a
/// word is looked up both ways. English words are the same either way.
fn normalise(s: &str, fold: bool) -> String {
    let mut out = String::new();
    if fold {
        sitrep_text::normalise_into(s.trim(), &mut out);
    } else {
        sitrep_text::normalise_in(s.trim(), &mut out, sitrep_text::Language::French);
    }
    out
}

/// `-1m`, `+1y`, `0w`: a count and a unit (`d`, `w`, `m`, `y`).
fn parse_period(s: &str) -> Option<(i32, char)> {
    let unit = s.chars().last()?;
    let n = s[..s.len() - unit.len_utf8()].trim_start_matches('+').parse().ok()?;
    matches!(unit, 'd' | 'w' | 'm' | 'y').then_some((n, unit))
}

fn shift(published: NaiveDate, n: i32, unit: char) -> Option<EventDate> {
    Some(match unit {
        'd' => EventDate { value: published + Duration::days(n as i64), precision: DatePrecision::Day },
        // A week has no precision of its own here: its Monday, at day precision.
        'w' => {
            let monday = published - Duration::days(published.weekday().num_days_from_monday() as i64);
            EventDate { value: monday + Duration::weeks(n as i64), precision: DatePrecision::Day }
        }
        'm' => {
            let months = published.year() * 12 + published.month0() as i32 + n;
            let value = NaiveDate::from_ymd_opt(months.div_euclid(12), months.rem_euclid(12) as u32 + 1, 1)?;
            EventDate { value, precision: DatePrecision::Month }
        }
        'y' => EventDate { value: NaiveDate::from_ymd_opt(published.year() + n, 1, 1)?, precision: DatePrecision::Year },
        _ => return None,
    })
}

fn day_number(s: &str) -> Option<u32> {
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let suffix = &s[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(s: &str) -> Option<i32> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// How far ahead of publication a day without a year may lie: "tariffs set
/// to take effect on April 17" in a report of April 9 is eight days ahead,
/// not a year back.
const UPCOMING_DAYS: i64 = 90;

/// A month (and day) with an optional year. Without a year, the latest such
/// date not after publication, or a day in the coming three months; without
/// either, unknown.
fn month_date(year: Option<i32>, month: u32, day: Option<u32>, published: Option<NaiveDate>) -> Option<EventDate> {
    let year = match year {
        Some(y) => y,
        None => {
            let p = published?;
            let this_year = NaiveDate::from_ymd_opt(p.year(), month, day.unwrap_or(1))?;
            let upcoming = day.is_some() && (this_year - p).num_days() <= UPCOMING_DAYS;
            if this_year > p && !upcoming { p.year() - 1 } else { p.year() }
        }
    };
    let (value, precision) = match day {
        Some(d) => (NaiveDate::from_ymd_opt(year, month, d)?, DatePrecision::Day),
        None => (NaiveDate::from_ymd_opt(year, month, 1)?, DatePrecision::Month),
    };
    Some(EventDate { value, precision })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_text::tokenise;

    fn resolver() -> DateResolver {
        let w = |kind: &str, words: &[&str], value: &str| DateWord {
            kind: kind.into(),
            words: words.iter().map(|s| s.to_string()).collect(),
            value: value.into(),
        };
        DateResolver::new(&[
            w("month", &["April", "Apr"], "4"),
            w("month", &["March"], "3"),
            w("weekday", &["Saturday"], "6"),
            w("weekday", &["Wednesday"], "3"),
            w("relative_day", &["yesterday"], "-1"),
            w("relative_period", &["last month"], "-1m"),
            w("phrase_lead", &["on", "late", "until"], "-"),
            w("period_end", &["until"], "-"),
            w("relative_day", &["tomorrow"], "1"),
            w("relative_period", &["next week"], "+1w"),
            w("relative_period", &["this month"], "0m"),
            w("modifier", &["last"], "-1"),
            w("modifier", &["next"], "+1"),
            w("ahead", &["later this week", "in the coming days"], "-"),
        ])
    }

    /// The words of each date expression ahead of any story's day, with
    /// `*` after a day of the week (ahead only with a verb in the present).
    fn ahead(text: &str) -> Vec<String> {
        let mut t = Tokens::default();
        tokenise(text, 0..text.len(), &mut t);
        let mut out = Vec::new();
        resolver().ahead(&t, &mut out);
        out.iter().map(|d| (d.start..d.end).map(|i| t.norm(i)).collect::<Vec<_>>().join(" ") + if d.weekday { "*" } else { "" }).collect()
    }

    #[test]
    fn dates_ahead_of_any_story() {
        assert_eq!(ahead("visits Bonn next week and Paris tomorrow"), ["next week", "tomorrow"]);
        assert_eq!(ahead("leaves on Saturday"), ["saturday*"]);
        // "last Saturday" is behind; "next Saturday" ahead whatever the verb.
        assert_eq!(ahead("met last Saturday and meets again next Saturday"), ["saturday"]);
        // Behind, or either: yesterday, last month, this month; a lower-case
        // "saturday" is no day name.
        assert!(ahead("met yesterday, last month and this month on saturday").is_empty());
        // "This week" may be behind; "later this week" never is.
        assert_eq!(ahead("met this week and meets again later this week or in the coming days"), ["later this week", "in the coming days"]);
    }

    fn find(text: &str, published: Option<NaiveDate>) -> Vec<String> {
        let mut t = Tokens::default();
        tokenise(text, 0..text.len(), &mut t);
        let mut out = Vec::new();
        resolver().find(&t, published, &mut out);
        out.iter().map(|m| m.date.iso()).collect()
    }

    #[test]
    fn a_date_after_until_ends_a_period() {
        let mut t = Tokens::default();
        let text = "imposed on Saturday a curfew until late on April 3";
        tokenise(text, 0..text.len(), &mut t);
        let mut out = Vec::new();
        resolver().find(&t, NaiveDate::from_ymd_opt(1987, 3, 25), &mut out);
        let ends: Vec<_> = out.iter().map(|m| (m.date.iso(), m.ends_period)).collect();
        assert_eq!(ends, [("1987-03-21".to_string(), false), ("1987-04-03".to_string(), true)]);
    }

    /// Where the date phrase starting at each token ends (0: none).
    fn phrase_ends(text: &str) -> Vec<u32> {
        let mut t = Tokens::default();
        tokenise(text, 0..text.len(), &mut t);
        let mut out = Vec::new();
        resolver().phrase_ends(&t, &mut out);
        out
    }

    #[test]
    fn phrase_ends_of_whole_sentences() {
        assert_eq!(phrase_ends("agreed late on Saturday to extradite"), [0, 4, 4, 4, 0, 0]);
        assert_eq!(phrase_ends("on April 3 and last month"), [3, 3, 0, 0, 6, 0]);
        assert_eq!(phrase_ends("said on the border on Saturday"), [0, 0, 0, 0, 6, 6]);
        assert_eq!(phrase_ends("in 2022 on Saturday"), [0, 2, 4, 4]);
    }

    #[test]
    fn date_phrases_are_found_without_a_publication_date() {
        assert_eq!(phrase_ends("on Saturday to extradite")[0], 2);
        assert_eq!(phrase_ends("late on Saturday to")[0], 3);
        assert_eq!(phrase_ends("last month for")[0], 2);
        assert_eq!(phrase_ends("April 3 to")[0], 2);
        // A lead word alone, or too many of them, is no date phrase.
        assert_eq!(phrase_ends("on the border")[0], 0);
        assert_eq!(phrase_ends("late late on Saturday")[0], 0);
    }

    #[test]
    fn resolves_absolute_and_relative_dates() {
        let pubd = NaiveDate::from_ymd_opt(2025, 5, 14); // a Wednesday
        assert_eq!(find("the foiled coup in April 2025", None), ["2025-04"]);
        assert_eq!(find("since taking power in 2022", None), ["2022"]);
        assert_eq!(find("on Saturday and yesterday", pubd), ["2025-05-10", "2025-05-13"]);
        assert_eq!(find("on 12 March and April 3, 2024", pubd), ["2025-03-12", "2024-04-03"]);
        // A day soon after publication is ahead; one far after is last year.
        assert_eq!(find("to take effect on April 17", NaiveDate::from_ymd_opt(1987, 4, 9)), ["1987-04-17"]);
        assert_eq!(find("on 12 March", NaiveDate::from_ymd_opt(2025, 1, 2)), ["2025-03-12"]);
        assert_eq!(find("in April", NaiveDate::from_ymd_opt(2025, 3, 2)), ["2024-04"]);
        assert_eq!(find("last month", pubd), ["2025-04"]);
        assert!(find("on Saturday", None).is_empty());
        // "next" and "last" move a day of the week off the story's own.
        assert_eq!(find("next Saturday, last Saturday, next Wednesday, last Wednesday", pubd), ["2025-05-17", "2025-05-10", "2025-05-21", "2025-05-07"]);
        assert!(find("2022 troops", None).is_empty());
    }

    #[test]
    fn a_bare_day_of_the_week_can_be_read_ahead() {
        let pubd = NaiveDate::from_ymd_opt(2025, 5, 14); // a Wednesday
        let mut t = Tokens::default();
        let text = "meets on Saturday and on Wednesday, not next Saturday or in April";
        tokenise(text, 0..text.len(), &mut t);
        let mut out = Vec::new();
        resolver().find(&t, pubd, &mut out);
        let ahead: Vec<Option<String>> = out.iter().map(|m| m.to_come.map(|d| d.iso())).collect();
        assert_eq!(ahead, [Some("2025-05-17".into()), Some("2025-05-14".into()), None, None]);
    }
}
