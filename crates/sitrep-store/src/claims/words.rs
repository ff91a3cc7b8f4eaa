//! The content words of a reading's evidence, and how much two readings
//! share: lexical overlap decides whether two articles say the same thing.

use std::collections::BTreeSet;

use super::config::ClaimConfig;

/// Distinct stems of `text`'s content words: lower case, cut to
/// `config.stem` characters, stop words and numbers left out, and the words
/// of `names` (the actors as written) too, so that overlap measures what is
/// said about the actors rather than their names, which the codes compare.
pub(crate) fn content_words(text: &str, names: &[&str], config: &ClaimConfig) -> BTreeSet<String> {
    let named: BTreeSet<String> = names.iter().flat_map(|n| words(n)).map(|w| stem(&w, config.stem)).collect();
    words(text)
        .filter(|w| w.chars().count() >= 3 && !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !config.stopwords.contains(w.as_str()))
        .map(|w| stem(&w, config.stem))
        .filter(|s| !named.contains(s))
        .collect()
}

/// Share of `of` found in `among`; 0 for an empty `of` (a reading that says
/// nothing beyond its actors cannot be matched on words).
pub(crate) fn containment(of: &BTreeSet<String>, among: &BTreeSet<String>) -> f64 {
    if of.is_empty() {
        return 0.0;
    }
    of.iter().filter(|w| among.contains(*w)).count() as f64 / of.len() as f64
}

/// Lower-cased runs of letters, digits and apostrophes within words.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .map(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

fn stem(word: &str, chars: usize) -> String {
    word.chars().take(chars).collect()
}

/// Words stored with a claim: space-separated, as the `claims.words` column.
pub(crate) fn join(words: &BTreeSet<String>) -> String {
    words.iter().map(String::as_str).collect::<Vec<_>>().join(" ")
}

pub(crate) fn split(stored: &str) -> BTreeSet<String> {
    stored.split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_stop_words_and_inflections_do_not_count() {
        let c = ClaimConfig::default();
        let a = content_words(
            "Russian special forces have reportedly arrived in Burkina Faso to protect Captain Ibrahim Traoré",
            &["Russian special forces", "Burkina Faso"],
            &c,
        );
        assert!(a.contains("protec") && a.contains("traoré") && a.contains("arrive"), "{a:?}");
        assert!(!a.contains("burkin") && !a.contains("report") && !a.contains("have"), "{a:?}");
        let b = content_words("these commandos are tasked with protecting Traoré", &[], &c);
        assert!(containment(&b, &a) > 0.0);
        assert_eq!(containment(&BTreeSet::new(), &a), 0.0);
    }
}
