//! When an undated document was written, for the roles its people held
//! then: BBC and MasakhaNEWS stories come without dates, and a person's
//! latest role is wrong for most of them (Rishi Sunak in a 2022 story is
//! the government, not the opposition he led from 2024).

use chrono::NaiveDate;

/// The last day of the latest year the text names (a report is written
/// after most of what it dates), reading four-digit numbers from 1900 to
/// 2100 that stand alone: not part of a longer number ("12,000", "2000.5",
/// "20001") or a word. A report names its own year
/// and years before it ("apologised for the 1974 bombings", "since the
/// 1997 election"): the latest is its own. A year ahead ("by 2030") or an
/// amount that looks like a year ("2000 troops") gives a year after any
/// dated role, which is a person's latest role, as with no date at all;
/// so does a year before every role of theirs.
pub fn latest_year_named(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let mut latest: Option<i32> = None;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let before = start.checked_sub(1).map(|j| bytes[j]);
        let after = bytes.get(i).copied();
        let grouped = |b: Option<u8>, next: Option<u8>| matches!(b, Some(b',' | b'.')) && next.is_some_and(|n| n.is_ascii_digit());
        let standalone = i - start == 4
            && !before.is_some_and(|b| b.is_ascii_alphanumeric())
            && !after.is_some_and(|b| b.is_ascii_alphanumeric())
            && !grouped(before, start.checked_sub(2).map(|j| bytes[j]))
            && !grouped(after, bytes.get(i + 1).copied());
        if !standalone {
            continue;
        }
        let Ok(year) = text[start..i].parse::<i32>() else { continue };
        if !(1900..=2100).contains(&year) {
            continue;
        }
        latest = latest.max(Some(year));
    }
    NaiveDate::from_ymd_opt(latest?, 12, 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_year_named_counts_and_amounts_do_not() {
        let text = "In 2005 the party, unlike in 1997's campaign, said it would cut 12,000 jobs and raise 2010.5 mln; code A2022.";
        assert_eq!(latest_year_named(text), NaiveDate::from_ymd_opt(2005, 12, 31));
        assert_eq!(latest_year_named("Troops: 12,000 and 1,999; 20001 votes."), None);
        assert_eq!(latest_year_named("Since 1979 and until 1989."), NaiveDate::from_ymd_opt(1989, 12, 31));
    }
}
