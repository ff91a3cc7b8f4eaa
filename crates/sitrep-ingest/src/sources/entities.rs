//! A bound on what an XML document's own entities expand to, checked before
//! any parser sees it.
//!
//! `<!ENTITY e "…50 KB…">` used 50,000 times in a 200 KB feed asks a parser
//! for 2.5 GB of text; the feed parser copied it piece by piece and never
//! finished (2,000 uses of a 2 KB entity already took 20 s). Nested
//! entities ("billion laughs") are the same attack, compressed. Real feeds
//! declare a few short entities, if any, so a document whose references
//! would add more than [`MAX_ENTITY_EXPANSION`] bytes is refused with the
//! figure, in time linear in its length.

use std::collections::HashMap;

/// The most bytes the references to a document's own entities may expand to.
pub(crate) const MAX_ENTITY_EXPANSION: u64 = 1 << 20;

/// `Err` with a message when the general entities declared in `xml`'s
/// internal DTD subset would expand to more than [`MAX_ENTITY_EXPANSION`]
/// bytes, counting every reference in the document and inside other
/// entities' values.
pub(crate) fn check(xml: &str) -> Result<(), String> {
    let Some(doctype) = xml.find("<!DOCTYPE") else {
        return Ok(());
    };
    let (declared, subset_end) = declarations(&xml[doctype..]);
    if declared.is_empty() {
        return Ok(());
    }
    let mut sizes: HashMap<&str, u64> = HashMap::new();
    for name in declared.keys() {
        expanded(name, &declared, &mut sizes, 0);
    }
    let body = &xml[doctype + subset_end..];
    let total = references(body).fold(0u64, |sum, name| sum.saturating_add(sizes.get(name).copied().unwrap_or(0)));
    if total > MAX_ENTITY_EXPANSION {
        return Err(format!(
            "its entities would expand to {total} bytes, more than the limit of {MAX_ENTITY_EXPANSION}; refused"
        ));
    }
    Ok(())
}

/// Name → literal value of each `<!ENTITY name "value">` (parameter and
/// external entities are not expanded by the parsers sitrep uses), and
/// where the last declaration ends.
fn declarations(dtd: &str) -> (HashMap<&str, &str>, usize) {
    let mut declared = HashMap::new();
    let mut rest = dtd;
    while let Some(at) = rest.find("<!ENTITY") {
        rest = rest[at + 8..].trim_start();
        if rest.starts_with('%') {
            continue;
        }
        let name_len = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
        let (name, after) = rest.split_at(name_len);
        let after = after.trim_start();
        let Some(quote) = after.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
            continue;
        };
        let Some(len) = after[1..].find(quote) else {
            break;
        };
        declared.entry(name).or_insert(&after[1..1 + len]);
        rest = &after[1 + len..];
    }
    (declared, dtd.len() - rest.len())
}

/// The names in `&name;` references, in order.
fn references(text: &str) -> impl Iterator<Item = &str> {
    text.split('&').skip(1).filter_map(|piece| {
        let end = piece.find(';')?;
        let name = &piece[..end];
        (!name.is_empty() && !name.starts_with('#') && !name.contains(|c: char| c.is_whitespace() || c == '<')).then_some(name)
    })
}

/// The expanded length of entity `name`, memoised; a reference cycle or
/// nesting deeper than any honest document counts as over the limit.
fn expanded<'a>(name: &'a str, declared: &HashMap<&'a str, &'a str>, sizes: &mut HashMap<&'a str, u64>, depth: usize) -> u64 {
    if let Some(&size) = sizes.get(name) {
        return size;
    }
    let Some(value) = declared.get(name) else {
        return 0;
    };
    let size = if depth > 32 {
        u64::MAX
    } else {
        sizes.insert(name, u64::MAX); // a cycle back to here is over the limit
        // Each reference's text gives way to what it expands to.
        references(value).fold(value.len() as u64, |sum, inner| {
            sum.saturating_sub(inner.len() as u64 + 2).saturating_add(expanded(inner, declared, sizes, depth + 1))
        })
    };
    sizes.insert(name, size);
    size
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed(entity: &str, uses: usize) -> String {
        format!(
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e \"{entity}\"><!ENTITY nbsp \"&#160;\">]>\
             <rss version=\"2.0\"><channel><item><description>{} AT&amp;T&nbsp;</description></item></channel></rss>",
            "&e; ".repeat(uses)
        )
    }

    #[test]
    fn small_entities_pass_and_large_expansions_are_refused() {
        assert_eq!(check("<rss><channel/></rss>"), Ok(()));
        assert_eq!(check(&feed("short", 100)), Ok(()));
        let error = check(&feed(&"x".repeat(50_000), 50_000)).unwrap_err();
        assert!(error.contains("2500000006 bytes"), "{error}");
    }

    #[test]
    fn nested_and_cyclic_entities_count_in_full() {
        let laughs = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\
            <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\
            <!ENTITY f \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><x>&g;&g;</x>";
        assert!(check(laughs).unwrap_err().contains("2000000 bytes"));
        let cycle = "<!DOCTYPE x [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]><x>&a;</x>";
        assert!(check(cycle).is_err());
    }

    #[test]
    fn a_million_references_are_counted_in_linear_time() {
        // Expanding these would copy gigabytes; counting them is one pass.
        let error = check(&feed(&"x".repeat(2_000), 1_000_000)).unwrap_err();
        assert!(error.contains("2000000006 bytes"), "{error}");
    }
}
