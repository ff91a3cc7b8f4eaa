//! The comment rules shared by every PETRARCH text dictionary.
//!
//! PETRARCH's `read_FIN_line()` (and the TABARI legacy rules documented in
//! `dictionaries.rst`) skip:
//! * blank lines and lines with only whitespace;
//! * lines whose first non-blank character is `#`;
//! * XML comments: a line starting with `<!` is dropped whole (PETRARCH does
//!   this even for `<! -- ... -->`); `<!-- ... -->` inside a line is removed;
//!   a `<!--` left open continues until a line containing `-->` (that whole
//!   closing line is dropped too, as in PETRARCH);
//! * everything from the first `#` on a line (PETRARCH cuts at any `#`, not
//!   only ` #`, so `+WEST_PAPUA#_VERY_IFFY_` reads as `+WEST_PAPUA`);
//! * everything from the first `;` (the old KEDS/TABARI comment character,
//!   still honoured for legacy files; no dictionary uses `;` as content).
//!
//! One deliberate difference: a `#` or `;` inside a closed `[...]` is kept,
//! so TABARI's discard code `[###]` (validation verbs, line 992) reads as
//! `###` where PETRARCH would cut the line to `[`.

use std::borrow::Cow;

/// One non-comment line of a dictionary.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    /// 1-based physical line number.
    pub no: usize,
    /// The physical line, unmodified (for messages and `raw` fields).
    pub raw: &'a str,
    /// Content with comments removed, trimmed on both sides; never empty.
    pub text: Cow<'a, str>,
}

/// Splits `text` into its non-comment lines.
pub(crate) fn logical_lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut in_comment = false;
    for (idx, raw) in text.lines().enumerate() {
        let no = idx + 1;
        if in_comment {
            if raw.contains("-->") {
                in_comment = false;
            }
            continue;
        }
        let trimmed = raw.trim_start();
        if trimmed.starts_with("<!") {
            if trimmed.starts_with("<!--") && !trimmed[4..].contains("-->") {
                in_comment = true;
            }
            continue;
        }
        if trimmed.starts_with('#') {
            continue;
        }
        let mut content: Cow<'_, str> = Cow::Borrowed(raw);
        // mid-line XML comments
        while let Some(start) = content.find("<!--") {
            match content[start + 4..].find("-->") {
                Some(end) => {
                    let end = start + 4 + end + 3;
                    let s = format!("{}{}", &content[..start], &content[end..]);
                    content = Cow::Owned(s);
                }
                None => {
                    in_comment = true;
                    content = cut(content, start);
                    break;
                }
            }
        }
        if let Some(pos) = comment_start(&content) {
            content = cut(content, pos);
        }
        let text = trim_cow(content);
        if !text.is_empty() {
            out.push(Line { no, raw, text });
        }
    }
    out
}

/// Position of the first `#` or `;` that is not inside a closed `[...]`.
fn comment_start(s: &str) -> Option<usize> {
    let mut i = 0;
    while let Some(off) = s[i..].find(['#', ';', '[']) {
        let at = i + off;
        if s.as_bytes()[at] != b'[' {
            return Some(at);
        }
        i = match s[at..].find(']') {
            Some(close) => at + close + 1,
            None => at + 1,
        };
    }
    None
}

fn cut(s: Cow<'_, str>, at: usize) -> Cow<'_, str> {
    match s {
        Cow::Borrowed(b) => Cow::Borrowed(&b[..at]),
        Cow::Owned(mut o) => {
            o.truncate(at);
            Cow::Owned(o)
        }
    }
}

fn trim_cow(s: Cow<'_, str>) -> Cow<'_, str> {
    match s {
        Cow::Borrowed(b) => Cow::Borrowed(b.trim()),
        Cow::Owned(o) => Cow::Owned(o.trim().to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<(usize, String)> {
        logical_lines(s)
            .into_iter()
            .map(|l| (l.no, l.text.into_owned()))
            .collect()
    }

    #[test]
    fn strips_comments() {
        let src = "<!-- header -->\n\nA [X] # c\n# whole\nB ; legacy\n  <!-- multi\nstill\n-->\nC <!-- in --> D\n<! -- odd -->\nE#F\n";
        assert_eq!(
            texts(src),
            vec![
                (3, "A [X]".into()),
                (5, "B".into()),
                (9, "C  D".into()),
                (11, "E".into())
            ]
        );
    }

    #[test]
    fn hash_inside_brackets_is_content() {
        assert_eq!(
            texts("- * X [###] # c\nY [#a] [b # c\nZ [;]; q"),
            vec![
                (1, "- * X [###]".into()),
                (2, "Y [#a] [b".into()),
                (3, "Z [;]".into())
            ]
        );
    }

    #[test]
    fn open_midline_comment_runs_on() {
        assert_eq!(
            texts("A <!-- x\ny\n--> z\nB"),
            vec![(1, "A".into()), (4, "B".into())]
        );
    }
}
