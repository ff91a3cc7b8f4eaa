use unicode_normalization::char::decompose_canonical;
use unicode_normalization::char::is_combining_mark;

use crate::Language;

/// Appends the matching form of `word` to `out`: lower case, diacritics
/// removed (`Traoré` → `traore`), typographic quotes, apostrophes and dashes
/// made plain ASCII. Lexicon entries and text go through this same function,
/// so "Côte d’Ivoire" in a report matches "Cote d'Ivoire" in a data file.
pub fn normalise_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
        return;
    }
    for c in word.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => out.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => out.push('"'),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
            '\u{00A0}' => out.push(' '),
            '\u{0153}' => out.push_str("oe"),
            '\u{0152}' => out.push_str("oe"),
            '\u{00E6}' | '\u{00C6}' => out.push_str("ae"),
            '\u{00DF}' => out.push_str("ss"),
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            _ => decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            }),
        }
    }
}

/// [`normalise_into`] for a word of text in `language`. French keeps one
/// accent: that of a word's last accented vowel when only "e", "s" or "es"
/// follow it, which tells apart words folding would merge ("pressé" the
/// participle, "presse" the press; "attaquées", "attaques"; "à", "a";
/// "dès", "des"; "où", "ou"). Every other accent is folded, whatever the
/// case, so that "État" and "état" are one word and news that drops the
/// accents of capitals ("Etat") still meets the lexicon. The French
/// lexicon also answers a word it does not hold by the word folded
/// whole (`Lexicon::word_id`): "Traoré" is an actor file's "Traore".
pub fn normalise_in(word: &str, out: &mut String, language: Language) {
    if language != Language::French || word.is_ascii() {
        normalise_into(word, out);
        return;
    }
    let kept = kept_accent(word);
    for (i, c) in word.char_indices() {
        if Some(i) == kept {
            out.extend(c.to_lowercase());
        } else {
            let mut buf = [0u8; 4];
            normalise_into(c.encode_utf8(&mut buf), out);
        }
    }
}

/// The byte offset of the accented vowel French keeps (see
/// [`normalise_in`]), if any.
fn kept_accent(word: &str) -> Option<usize> {
    let (at, c) = word.char_indices().rev().find(|&(_, c)| !c.is_ascii() && c.is_alphabetic())?;
    let accented_vowel = matches!(c.to_lowercase().next(), Some('à' | 'â' | 'é' | 'è' | 'ê' | 'ë' | 'î' | 'ï' | 'ô' | 'ù' | 'û' | 'ü'));
    let rest = &word[at + c.len_utf8()..];
    (accented_vowel && ["", "e", "s", "es", "E", "S", "ES"].contains(&rest)).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        let mut out = String::new();
        normalise_into(s, &mut out);
        out
    }

    #[test]
    fn folds_case_diacritics_and_typographic_marks() {
        assert_eq!(norm("Traoré"), "traore");
        assert_eq!(norm("d’Ivoire"), "d'ivoire");
        assert_eq!(norm("Côte"), "cote");
        assert_eq!(norm("ÉTATS"), "etats");
        assert_eq!(norm("Œuvre"), "oeuvre");
    }

    #[test]
    fn french_keeps_the_accent_that_tells_words_apart() {
        let fr = |s: &str| {
            let mut out = String::new();
            normalise_in(s, &mut out, Language::French);
            out
        };
        assert_eq!(fr("pressé"), "pressé");
        assert_eq!(fr("attaquées"), "attaquées");
        assert_eq!(fr("libéré"), "liberé");
        assert_eq!(fr("à"), "à");
        assert_eq!(fr("Dès"), "dès");
        assert_eq!(fr("l’œuvre"), "l'oeuvre");
        assert_eq!(fr("État"), "etat");
        assert_eq!(fr("États-Unis"), "etats-unis");
        assert_eq!(fr("février"), "fevrier");
        assert_eq!(fr("Sénégal"), "senegal");
        assert_eq!(fr("ARMÉE"), "armée");
    }

}
