//! Resolving what a sentence says about time and place.
//!
//! Dates: explicit expressions ("in April 2025", "on 12 March", "since 2022",
//! "on Saturday", "yesterday") are found in a sentence's tokens and resolved
//! against the document's publication date, keeping the precision the text
//! gives (day, month or year). The words come from `lexicon/en/dates.tsv`.
//! Places are not resolved yet: events carry `location: null`.

mod dates;

pub use dates::{AheadDate, DateMention, DateResolver};
