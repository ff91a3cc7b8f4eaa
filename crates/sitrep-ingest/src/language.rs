//! Which language a document is written in, as an ISO 639-1 code.
//!
//! `whatlang` (trigram profiles of 70 languages, no model files) decides;
//! its answer is kept only when it says it is reliable. Otherwise the
//! language the source declared stands (`<html lang>`, a feed's
//! `<language>`, a JSON line's `language`), reduced to its primary subtag.
//!
//! The detector overrules a declared language only on enough prose
//! ([`MIN_WORDS_TO_OVERRULE`] words): on short, number-heavy texts it is
//! "reliable" and wrong surprisingly often (about 1% of Reuters-21578, its
//! earnings tables — "Shr loss 20 cts vs profit 96 cts" — come out French),
//! while a publisher that declares a language is rarely wrong about it.

/// How much text the detector looks at: trigram profiles settle well within
/// a few hundred words, and long articles would only cost time.
const SAMPLE_BYTES: usize = 4096;

/// Fewer words than this and a declared language is kept even when the
/// detector disagrees.
pub(crate) const MIN_WORDS_TO_OVERRULE: usize = 50;

/// The language of `text` (with `title` helping when the text is short), or
/// else `declared` normalised; `None` when neither is known.
pub(crate) fn decide(title: Option<&str>, text: &str, declared: Option<&str>) -> Option<String> {
    let declared = declared.and_then(normalise_declared);
    match detect(title, text) {
        Some((code, words))
            if declared.as_deref().is_none_or(|d| d == code) || words >= MIN_WORDS_TO_OVERRULE =>
        {
            Some(code.to_owned())
        }
        _ => declared,
    }
}

/// The ISO 639-1 code whatlang reliably finds, if any, with the number of
/// words it was found in.
pub(crate) fn detect(title: Option<&str>, text: &str) -> Option<(&'static str, usize)> {
    let sample = sample(title, text);
    let info = whatlang::detect(&sample)?;
    if !info.is_reliable() {
        return None;
    }
    let words = sample
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    iso_639_1(info.lang().code()).map(|code| (code, words))
}

/// `en-US` → `en`, `FR` → `fr`; anything that is not a two- or three-letter
/// primary subtag is kept as declared (trimmed), since it may still mean
/// something to the user who wrote it.
pub(crate) fn normalise_declared(declared: &str) -> Option<String> {
    let declared = declared.trim();
    if declared.is_empty() {
        return None;
    }
    let primary = declared.split(['-', '_']).next().unwrap_or(declared);
    if (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        let primary = primary.to_ascii_lowercase();
        return Some(match primary.as_str() {
            "eng" => "en".into(),
            "fra" | "fre" => "fr".into(),
            _ => primary,
        });
    }
    Some(declared.to_owned())
}

fn sample(title: Option<&str>, text: &str) -> String {
    let mut sample = String::with_capacity(SAMPLE_BYTES + 256);
    if let Some(title) = title.filter(|_| text.len() < SAMPLE_BYTES / 4) {
        sample.push_str(title);
        sample.push('\n');
    }
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    sample.push_str(&text[..end]);
    sample
}

/// whatlang's ISO 639-3 codes to ISO 639-1 (every language it knows has one).
fn iso_639_1(code: &str) -> Option<&'static str> {
    Some(match code {
        "afr" => "af",
        "aka" => "ak",
        "amh" => "am",
        "ara" => "ar",
        "aze" => "az",
        "bel" => "be",
        "ben" => "bn",
        "bul" => "bg",
        "cat" => "ca",
        "ces" => "cs",
        "cmn" => "zh",
        "cym" => "cy",
        "dan" => "da",
        "deu" => "de",
        "ell" => "el",
        "eng" => "en",
        "epo" => "eo",
        "est" => "et",
        "fin" => "fi",
        "fra" => "fr",
        "guj" => "gu",
        "heb" => "he",
        "hin" => "hi",
        "hrv" => "hr",
        "hun" => "hu",
        "hye" => "hy",
        "ind" => "id",
        "ita" => "it",
        "jav" => "jv",
        "jpn" => "ja",
        "kan" => "kn",
        "kat" => "ka",
        "khm" => "km",
        "kor" => "ko",
        "lat" => "la",
        "lav" => "lv",
        "lit" => "lt",
        "mal" => "ml",
        "mar" => "mr",
        "mkd" => "mk",
        "mya" => "my",
        "nep" => "ne",
        "nld" => "nl",
        "nob" => "nb",
        "ori" => "or",
        "pan" => "pa",
        "pes" => "fa",
        "pol" => "pl",
        "por" => "pt",
        "ron" => "ro",
        "rus" => "ru",
        "sin" => "si",
        "slk" => "sk",
        "slv" => "sl",
        "sna" => "sn",
        "spa" => "es",
        "srp" => "sr",
        "swe" => "sv",
        "tam" => "ta",
        "tel" => "te",
        "tgl" => "tl",
        "tha" => "th",
        "tuk" => "tk",
        "tur" => "tr",
        "ukr" => "uk",
        "urd" => "ur",
        "uzb" => "uz",
        "vie" => "vi",
        "yid" => "yi",
        "zul" => "zu",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_french_are_told_apart() {
        let en = "Russia reportedly sent special forces to Burkina Faso to protect the president after failed coup attempts, according to intelligence reports.";
        let fr = "La Russie aurait envoyé des forces spéciales au Burkina Faso pour protéger le président après des tentatives de coup d'État manquées.";
        assert_eq!(detect(None, en).map(|d| d.0), Some("en"));
        assert_eq!(detect(None, fr).map(|d| d.0), Some("fr"));
        assert_eq!(decide(None, fr, None).as_deref(), Some("fr"));
        assert_eq!(decide(None, fr, Some("fr-FR")).as_deref(), Some("fr"));
    }

    #[test]
    fn a_declared_language_yields_only_to_enough_prose() {
        let table = "Shr loss 20 cts vs profit 96 cts Net loss 499,000 vs profit 2,369,000 Revs 11.5 mln vs 10.3 mln";
        assert_eq!(decide(None, table, Some("en")).as_deref(), Some("en"));
        let fr = "Le gouvernement de transition a annoncé mardi la dissolution des partis politiques, une décision \
                  que l'opposition en exil a aussitôt dénoncée comme une confiscation du pouvoir. Les partenaires \
                  régionaux du pays, réunis à Abuja, n'ont pas réagi dans l'immédiat, mais plusieurs diplomates ont \
                  fait part de leur inquiétude devant le report sans date des élections promises depuis trois ans.";
        assert_eq!(decide(None, fr, Some("en")).as_deref(), Some("fr"));
    }

    #[test]
    fn short_or_empty_text_keeps_the_declared_language() {
        assert_eq!(decide(None, "", Some("en-GB")).as_deref(), Some("en"));
        assert_eq!(decide(None, "OK", Some("FR")).as_deref(), Some("fr"));
        assert_eq!(decide(None, "", None), None);
        assert_eq!(decide(None, "", Some("  ")), None);
        assert_eq!(
            decide(None, "", Some("English")).as_deref(),
            Some("English")
        );
    }

    #[test]
    fn every_whatlang_language_has_a_two_letter_code() {
        let mut missing = Vec::new();
        for lang in whatlang::Lang::all() {
            if iso_639_1(lang.code()).is_none() {
                missing.push(lang.code());
            }
        }
        assert!(missing.is_empty(), "{missing:?}");
    }

    #[test]
    fn samples_cut_on_character_boundaries() {
        let text = "é".repeat(SAMPLE_BYTES);
        assert!(sample(None, &text).len() <= SAMPLE_BYTES);
    }
}
