//! PETRARCH's automatic English word forms, reproduced literally.
//!
//! These are the rules of PETRARCH's readers, quirks included, so that a
//! matcher built from these dictionaries sees the same vocabulary PETRARCH
//! did. All work on upper-case words.

use serde::{Deserialize, Serialize};

/// Which reader's verb-form rule to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FormRule {
    /// PETRARCH-1 `make_verb_forms()`: `+ES` after S/X/Z else `+S`; `+D`
    /// after E else `+ED`; `-ING` replacing a final E, else `+ING`.
    Petrarch1,
    /// PETRARCH-2 `read_verb_dictionary()`: as PETRARCH-1, but a final Y
    /// becomes `IES`, and a final E is dropped before ING only after a
    /// consonant (`AGREE` → `AGREEING`).
    Petrarch2,
}

/// The regular forms PETRARCH generates for a verb `root` when no `{...}`
/// forms are given: third person singular, past, present participle (the
/// root itself is not repeated).
pub fn regular_verb_forms(root: &str, rule: FormRule) -> [String; 3] {
    let ends = |c: char| root.ends_with(c);
    let third = if ends('S') || ends('X') || ends('Z') {
        format!("{root}ES")
    } else if rule == FormRule::Petrarch2 && ends('Y') {
        format!("{}IES", &root[..root.len() - 1])
    } else {
        format!("{root}S")
    };
    let past = if ends('E') {
        format!("{root}D")
    } else {
        format!("{root}ED")
    };
    let drop_e = match rule {
        FormRule::Petrarch1 => ends('E'),
        FormRule::Petrarch2 => {
            ends('E')
                && root
                    .chars()
                    .rev()
                    .nth(1)
                    .is_some_and(|c| !"AEIOU".contains(c))
        }
    };
    let ing = if drop_e {
        format!("{}ING", &root[..root.len() - 1])
    } else {
        format!("{root}ING")
    };
    [third, past, ing]
}

/// The plural PETRARCH's agents reader generates (`read_agent_dictionary()`):
/// a final `Y` becomes `IES`, a final `S` gets `ES`, anything else gets `S`.
/// Note the Y rule ignores the preceding letter (`ATTORNEY` → `ATTORNEIES`).
pub fn agent_plural(word: &str) -> String {
    if let Some(stem) = word.strip_suffix('Y') {
        format!("{stem}IES")
    } else if word.ends_with('S') {
        format!("{word}ES")
    } else {
        format!("{word}S")
    }
}

/// The plural PETRARCH's verbs reader generates for synset members
/// (`make_plural()`): a final `Y` becomes `IES`, a final `S` is *replaced* by
/// `ES` (so `DOLLARS` → `DOLLARES`, a PETRARCH quirk kept on purpose), and
/// anything else gets `S`. Only the last word of a phrase is pluralised.
pub fn synset_plural(word: &str) -> String {
    if let Some(stem) = word.strip_suffix('Y') {
        format!("{stem}IES")
    } else if let Some(stem) = word.strip_suffix('S') {
        format!("{stem}ES")
    } else {
        format!("{word}S")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms() {
        assert_eq!(
            regular_verb_forms("ABANDON", FormRule::Petrarch1),
            ["ABANDONS", "ABANDONED", "ABANDONING"]
        );
        assert_eq!(
            regular_verb_forms("ACCUSE", FormRule::Petrarch1),
            ["ACCUSES", "ACCUSED", "ACCUSING"]
        );
        assert_eq!(
            regular_verb_forms("FIX", FormRule::Petrarch1),
            ["FIXES", "FIXED", "FIXING"]
        );
        assert_eq!(
            regular_verb_forms("DENY", FormRule::Petrarch1),
            ["DENYS", "DENYED", "DENYING"]
        );
        assert_eq!(
            regular_verb_forms("DENY", FormRule::Petrarch2),
            ["DENIES", "DENYED", "DENYING"]
        );
        assert_eq!(
            regular_verb_forms("AGREE", FormRule::Petrarch1)[2],
            "AGREING"
        );
        assert_eq!(
            regular_verb_forms("AGREE", FormRule::Petrarch2)[2],
            "AGREEING"
        );
    }

    #[test]
    fn plurals() {
        assert_eq!(agent_plural("CONGRESS"), "CONGRESSES");
        assert_eq!(agent_plural("AUTHORITY"), "AUTHORITIES");
        assert_eq!(agent_plural("MINISTER"), "MINISTERS");
        assert_eq!(synset_plural("DOLLARS"), "DOLLARES");
        assert_eq!(synset_plural("CURRENCY"), "CURRENCIES");
        assert_eq!(synset_plural("YEN"), "YENS");
    }
}
