//! The content words of a reading's evidence, and how much two readings
//! share: lexical overlap decides whether two articles say the same thing.

use std::collections::BTreeSet;

use super::config::ClaimConfig;

/// Distinct stems of `text`'s content words: lower case, cut to
/// `config.stem` characters, stop words and numbers left out. The words
/// naming the actors stay: "Traoré" tells one protection from another.
pub(crate) fn content_words(text: &str, config: &ClaimConfig) -> BTreeSet<String> {
    words(text)
        .map(|w| without_elision(w, config))
        .filter(|w| w.chars().count() >= 3 && !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !config.stopwords.contains(w.as_str()))
        .map(|w| stem(&w, config.stem))
        .collect()
}

/// How many of `of` are found among words as stored ([`join`]), what share
/// of `of` that is (0 for an empty `of`: a reading without words cannot be
/// matched on them), and how many words are stored. The stored words are
/// not read into a set: a statement is compared with hundreds of claims.
pub(crate) fn containment_stored(of: &BTreeSet<String>, stored: &str) -> (usize, f64, usize) {
    let (mut shared, mut n) = (0, 0);
    for w in stored.split(' ').filter(|w| !w.is_empty()) {
        n += 1;
        shared += usize::from(of.contains(w));
    }
    (shared, if of.is_empty() { 0.0 } else { shared as f64 / of.len() as f64 }, n)
}

/// `word` without an elided French word that opens it ("l'armée" is
/// "armée"; `ClaimConfig::elisions`).
fn without_elision(word: String, config: &ClaimConfig) -> String {
    match word.split_once(['\'', '’']) {
        Some((elided, rest)) if !rest.is_empty() && config.elisions.contains(elided) => rest.to_owned(),
        _ => word,
    }
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
    fn french_function_words_and_elisions_do_not_count() {
        let c = ClaimConfig::default();
        let a = content_words("Des forces spéciales russes auraient été déployées au Burkina Faso pour protéger l'armée, selon des sources", &c);
        assert!(a.contains("armée") && a.contains("russes") && a.contains("déploy"), "{a:?}");
        assert!(!a.iter().any(|w| ["des", "auraient", "été", "selon", "sources", "l'armée"].contains(&w.as_str())), "{a:?}");
    }

    #[test]
    fn stop_words_and_inflections_do_not_count() {
        let c = ClaimConfig::default();
        let a = content_words("Russian special forces have reportedly arrived in Burkina Faso to protect Captain Ibrahim Traoré", &c);
        assert!(a.contains("protec") && a.contains("traoré") && a.contains("arrive"), "{a:?}");
        assert!(!a.contains("report") && !a.contains("have"), "{a:?}");
        let b = content_words("these commandos are tasked with protecting Traoré", &c);
        assert_eq!(containment_stored(&b, &join(&a)), (2, 0.5, a.len()));
        assert_eq!(containment_stored(&BTreeSet::new(), &join(&a)), (0, 0.0, a.len()));
    }
}
