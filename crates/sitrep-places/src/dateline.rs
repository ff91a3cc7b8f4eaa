//! Datelines inside the opening text: "… Headline words ANA Reporter
//! DURBAN, August 29 (ANA) - …", "By TOM KRISHER DETROIT (AP) — …",
//! "RIO DE JANEIRO, Brazil, April 4/PRNewswire/ -- …".
//!
//! Wire copy often reaches sitrep with its headline and byline run into
//! the dateline on one line, so the dateline is not the document's first
//! name. What marks it is its shape, read backwards from the agency: a
//! name in capitals, an optional parent after a comma ("AUGUSTA, Ga.",
//! "HANGZHOU, China"), an optional date with a day number, then the agency
//! in brackets or slashes, then a dash. The capitals before the name may
//! be a byline ("By TONG-HYUNG KIM SEOUL"), so the caller tries the run's
//! suffixes, longest first, for a name the gazetteer knows.

use std::ops::Range;

use sitrep_text::{TokenKind, Tokens};

/// Most words an agency's name takes inside its brackets: "(AP)",
/// "(Sputnik)", "(Xinhua)", "(ANA)".
const MAX_AGENCY_WORDS: usize = 4;
/// Most words of the parent after the comma: "Bosnia-Herzegovina",
/// "Central African Republic".
const MAX_PARENT_TOKENS: usize = 6;

fn is_dash(tokens: &Tokens, k: usize) -> bool {
    k < tokens.len() && tokens.get(k).kind == TokenKind::Punct && matches!(tokens.norm(k), "-" | "\u{2013}" | "\u{2014}")
}

/// Whether an agency starts at token `k` and a dash follows it ("(AP) —",
/// "/PRNewswire/ --").
fn agency_at(tokens: &Tokens, k: usize) -> bool {
    let close = match tokens.norm(k) {
        "(" => ")",
        "/" => "/",
        _ => return false,
    };
    let mut j = k + 1;
    while j < tokens.len() && j <= k + MAX_AGENCY_WORDS && tokens.get(j).kind == TokenKind::Word && tokens.get(j).capitalised {
        j += 1;
    }
    j > k + 1 && j < tokens.len() && tokens.norm(j) == close && is_dash(tokens, j + 1)
}

/// Moves `p` back over ", April 4" or ", Nov. 14": a capitalised word, an
/// optional period and a day number after a comma.
fn skip_date(tokens: &Tokens, p: usize) -> usize {
    if p < 3 || tokens.get(p - 1).kind != TokenKind::Number {
        return p;
    }
    let mut q = p - 2;
    if tokens.norm(q) == "." && q > 1 {
        q -= 1;
    }
    let month = tokens.get(q);
    if month.kind == TokenKind::Word && month.capitalised && !month.all_caps && q > 0 && tokens.norm(q - 1) == "," {
        q - 1
    } else {
        p
    }
}

/// Moves `p` back over ", Ga." or ", South Korea": capitalised words (not
/// in capitals), periods and hyphens after a comma.
fn skip_parent(tokens: &Tokens, p: usize) -> usize {
    let mut q = p;
    while q > 0 && p - q < MAX_PARENT_TOKENS {
        let t = tokens.get(q - 1);
        let word = t.kind == TokenKind::Word && t.capitalised && !t.all_caps;
        let joiner = t.kind == TokenKind::Punct && matches!(tokens.norm(q - 1), "." | "-");
        if !(word || joiner) {
            break;
        }
        q -= 1;
    }
    if q < p && q > 0 && tokens.norm(q - 1) == "," {
        q - 1
    } else {
        p
    }
}

/// The run of capitals (words joined by hyphens and periods) that ends at
/// token `p`, when the dateline's shape follows it: its token range.
/// Only the first agency of the sentence is read.
pub(crate) fn capitals_before_agency(tokens: &Tokens) -> Option<Range<usize>> {
    let k = (1..tokens.len()).find(|&k| agency_at(tokens, k))?;
    let p = skip_parent(tokens, skip_date(tokens, k));
    let run = capitals_ending_at(tokens, p)?;
    // "JOHANNESBURG, GAUTENG, South Africa": the town before its province.
    if run.start >= 2 && tokens.norm(run.start - 1) == "," {
        if let Some(town) = capitals_ending_at(tokens, run.start - 1) {
            return Some(town);
        }
    }
    Some(run)
}

fn capitals_ending_at(tokens: &Tokens, p: usize) -> Option<Range<usize>> {
    let mut q = p;
    while q > 0 {
        let t = tokens.get(q - 1);
        let caps = t.kind == TokenKind::Word && t.all_caps;
        let joiner = t.kind == TokenKind::Punct && matches!(tokens.norm(q - 1), "-" | ".") && q >= 2 && tokens.get(q - 2).all_caps && q < p;
        if !(caps || joiner) {
            break;
        }
        q -= 1;
    }
    (q < p).then_some(q..p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Option<String> {
        let mut tokens = Tokens::default();
        sitrep_text::tokenise(text, 0..text.len(), &mut tokens);
        capitals_before_agency(&tokens).map(|r| text[tokens.get(r.start).start as usize..tokens.get(r.end - 1).end as usize].to_owned())
    }

    #[test]
    fn reads_the_capitals_before_date_parent_and_agency() {
        assert_eq!(run("Man in court ANA Reporter DURBAN, August 29 (ANA) - A man").as_deref(), Some("DURBAN"));
        assert_eq!(run("Pack chases Spieth By JOHN ZENOR AUGUSTA, Ga. (AP) — A pack").as_deref(), Some("JOHN ZENOR AUGUSTA"));
        assert_eq!(run("Results HANGZHOU, China, Nov. 5 (Xinhua) -- Azmeraw").as_deref(), Some("HANGZHOU"));
        assert_eq!(run("Notice RIO DE JANEIRO, Brazil, April 4/PRNewswire/ -- The").as_deref(), Some("RIO DE JANEIRO"));
        assert_eq!(run("Notice JOHANNESBURG, GAUTENG, South Africa, September 25/PRNewswire/ -- Inge").as_deref(), Some("JOHANNESBURG"));
        assert_eq!(run("Six arrested in KZN Tamaryn Africa KWAZULU-NATAL, November 29 (ANA) - Six").as_deref(), Some("KWAZULU-NATAL"));
    }

    #[test]
    fn needs_capitals_an_agency_and_a_dash() {
        assert_eq!(run("Talks in Durban, August 29 (ANA) - A man"), None);
        assert_eq!(run("DURBAN, August 29 (ANA) A man"), None);
        assert_eq!(run("The deal (AP) was signed"), None);
    }
}
