use unicode_normalization::char::decompose_canonical;
use unicode_normalization::char::is_combining_mark;

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
}
