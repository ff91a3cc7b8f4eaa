//! From sitrep-text's tokens to the treebank's words. sitrep-text already
//! splits the possessive `'s` and `n't` the way UD does (`did` `n't`, `ca`
//! `n't`) and splits hyphens (`counter` `-` `terrorism`), as UD English does.
//! What it keeps whole and a treebank splits (`I'm` → `I` `'m`, French
//! `l'armée` → `l'` `armée`) is split here, by the clitics the model learned
//! from its own training data: no language's list is written in the code.

pub use sitrep_text::is_apostrophe;

/// Splits one token into words: appends `(start, end)` byte ranges of `text`.
pub fn split_token(
    text: &str,
    start: usize,
    end: usize,
    suffixes: &[String],
    prefixes: &[String],
    out: &mut Vec<(u32, u32)>,
) {
    let token = &text[start..end];
    if !token.chars().any(is_apostrophe) || token.chars().count() < 2 {
        out.push((start as u32, end as u32));
        return;
    }
    // Prefix clitics end with an apostrophe ("l'", "qu'").
    for p in prefixes {
        if let Some(cut) = matches_prefix(token, p) {
            if cut < token.len() {
                out.push((start as u32, (start + cut) as u32));
                split_token(text, start + cut, end, suffixes, &[], out);
                return;
            }
        }
    }
    // Suffix clitics begin with one ("'m", "'re").
    for s in suffixes {
        if let Some(cut) = matches_suffix(token, s) {
            if cut > 0 {
                out.push((start as u32, (start + cut) as u32));
                out.push(((start + cut) as u32, end as u32));
                return;
            }
        }
    }
    out.push((start as u32, end as u32));
}

fn fold(c: char) -> char {
    if is_apostrophe(c) {
        '\''
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// If `token` starts with `clitic` (case and apostrophe folded), the byte
/// length of that start.
fn matches_prefix(token: &str, clitic: &str) -> Option<usize> {
    let mut t = token.char_indices();
    for c in clitic.chars() {
        let (_, tc) = t.next()?;
        if fold(tc) != c {
            return None;
        }
    }
    Some(t.next().map_or(token.len(), |(i, _)| i))
}

/// If `token` ends with `clitic`, the byte offset where it begins.
fn matches_suffix(token: &str, clitic: &str) -> Option<usize> {
    let mut t = token.char_indices().rev();
    let mut at = token.len();
    for c in clitic.chars().rev() {
        let (i, tc) = t.next()?;
        if fold(tc) != c {
            return None;
        }
        at = i;
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(token: &str) -> Vec<&str> {
        let suffixes = vec!["'m".to_owned(), "'re".to_owned()];
        let prefixes = vec!["l'".to_owned(), "qu'".to_owned()];
        let mut out = Vec::new();
        split_token(token, 0, token.len(), &suffixes, &prefixes, &mut out);
        out.iter()
            .map(|&(s, e)| &token[s as usize..e as usize])
            .collect()
    }

    #[test]
    fn splits_learned_clitics_only() {
        assert_eq!(split("I’m"), ["I", "’m"]);
        assert_eq!(split("THEY'RE"), ["THEY", "'RE"]);
        assert_eq!(split("L'armée"), ["L'", "armée"]);
        assert_eq!(split("d'Ivoire"), ["d'Ivoire"]);
        assert_eq!(split("'m"), ["'m"]);
        assert_eq!(split("forces"), ["forces"]);
    }
}
