//! A page's headline, chosen by agreement among its candidates: JSON-LD
//! `headline`, `og:title`, `twitter:title`, the page's `<h1>` headings and
//! `<title>`. Each candidate is cleaned of the site name, section, date or
//! author that sites add before or after it ("… | Sport | Sahel Daily"),
//! recognised from the page's own site name (`og:site_name`, the JSON-LD
//! publisher, the host name) or from another candidate that the segment
//! frames ("Headline - Section" when the `<h1>` is "Headline"). A part
//! before a colon ("Murph's Turf: …") is never cut: it belongs to the
//! headline. Separators and marker words are in `data/`.

use std::collections::HashMap;
use std::sync::OnceLock;

use dom_query::Document;
use unicode_normalization::UnicodeNormalization;

use super::meta::PageMeta;
use super::text::one_line;
use crate::dates::text::{data_lines, dates_in_text};

const SEPARATORS: &str = include_str!("../../data/title_separators.tsv");
const HEADLINE_WORDS: &str = include_str!("../../data/headline_words.tsv");

/// At most this many `<h1>` elements are candidates.
const MAX_H1: usize = 3;
/// At most this many smaller headings are compared with `<title>` on a page
/// without `<h1>`, and only those of a headline's length.
const MAX_HEADINGS: usize = 200;
const MIN_HEADING_CHARS: usize = 10;
const MAX_HEADING_CHARS: usize = 300;
/// A segment at the end of `<title>` with at most this many words is a
/// label (site, section, edition), when what stays has at least
/// `MIN_HEADLINE_WORDS`.
const MAX_LABEL_WORDS: usize = 3;
const MIN_HEADLINE_WORDS: usize = 4;
/// A whole candidate holding the site's name is the site's name, not a
/// headline, when it has at most this many words.
const MAX_NAME_WORDS: usize = 3;
/// A segment that names an author has at most this many words.
const MAX_AUTHOR_WORDS: usize = 5;
/// A segment containing the site's name is taken for the site's only when
/// it has at most this many words.
const MAX_SITE_WORDS: usize = 6;

/// Where a candidate came from, in the order that breaks ties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Origin {
    JsonLd,
    OpenGraph,
    Twitter,
    H1,
    /// A smaller heading or an element named for the headline whose text
    /// is part of `<title>` or `og:title` ("Headline" in "Headline - Sport
    /// - Daily"): on pages without `<h1>` it is what the title frames.
    Heading,
    Title,
}

impl Origin {
    /// A candidate's vote. The publisher's structured headline (JSON-LD)
    /// and `og:title` are the headline it means to be read; the `<h1>`
    /// counts nearly as much; `twitter:title` mostly copies `og:title` and
    /// `<title>` is what the others are cut from, so both only break ties.
    /// On the fundus pages, each source alone is right for 83% (JSON-LD),
    /// 82% (`og:title`), 77% (`twitter:title`), 74% (`<h1>`) and 67%
    /// (`<title>`) of the pages that have it.
    fn weight(self) -> f32 {
        match self {
            Origin::JsonLd => 1.5,
            Origin::OpenGraph => 1.0,
            Origin::H1 => 0.75,
            Origin::Heading => 0.5,
            Origin::Twitter | Origin::Title => 0.25,
        }
    }
}

#[derive(Debug, Clone)]
struct Candidate {
    origin: Origin,
    text: String,
}

struct Words {
    /// Separators and whether they need a space on both sides.
    separators: Vec<(String, bool)>,
    authors: Vec<String>,
    sections: Vec<String>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let separators = data_lines(SEPARATORS)
            .filter_map(|line| {
                let (sep, spaced) = line.split_once('\t')?;
                Some((sep.to_owned(), spaced.trim() == "yes"))
            })
            .collect();
        let listed = |kind: &str| -> Vec<String> {
            data_lines(HEADLINE_WORDS)
                .filter_map(|line| line.split_once('\t'))
                .filter(|(k, _)| *k == kind)
                .flat_map(|(_, list)| list.split('|'))
                .map(key)
                .collect()
        };
        Words {
            separators,
            authors: listed("author"),
            sections: listed("section"),
        }
    })
}

/// The headline of the page, or `None` when it has no candidate.
pub(crate) fn headline(doc: &Document, meta: &PageMeta, url: Option<&str>) -> Option<String> {
    let sites = site_keys(meta, url);
    let mut candidates = gather(doc, meta);
    candidates.retain(|c| !names_site(&c.text, &sites));
    // Short labels at the end of `<title>` are cut only when nothing else
    // on the page says what the headline is: a clause after a dash
    // ("… - Generalsekretär tritt zurück") belongs to it as often as not.
    let title_alone = candidates.iter().all(|c| c.origin == Origin::Title);
    for c in &mut candidates {
        c.text = strip_boilerplate(&c.text, &sites);
        if title_alone {
            c.text = cut_short_suffixes(&c.text);
        }
    }
    candidates.retain(|c| !c.text.is_empty() && !names_site(&c.text, &sites));
    if candidates.is_empty() {
        return None;
    }
    // A candidate framed by another ("Headline | Section") is that other.
    let cores: Vec<String> = candidates.iter().map(|c| c.text.clone()).collect();
    for c in &mut candidates {
        if let Some(core) = cores
            .iter()
            .filter(|core| core.len() < c.text.len())
            .find(|core| frames(&c.text, core))
        {
            c.text = core.clone();
        }
    }
    let mut weights: HashMap<String, (f32, Origin)> = HashMap::new();
    for c in &candidates {
        let entry = weights.entry(key(&c.text)).or_insert((0.0, c.origin));
        entry.0 += c.origin.weight();
        entry.1 = entry.1.min(c.origin);
    }
    // Ties go to the surer origin, then to the candidate sharing most with
    // `<title>` (the article's `<h1>` rather than a widget's or a teaser's),
    // then to the earlier.
    let title_pairs = pairs(
        &candidates
            .iter()
            .rfind(|c| c.origin == Origin::Title)
            .map_or_else(String::new, |c| key(&c.text)),
    );
    let shared: Vec<usize> = candidates
        .iter()
        .map(|c| pairs(&key(&c.text)).intersection(&title_pairs).count())
        .collect();
    let (_, best) = candidates.iter().enumerate().max_by(|(ia, a), (ib, b)| {
        let (wa, oa) = weights[&key(&a.text)];
        let (wb, ob) = weights[&key(&b.text)];
        wa.total_cmp(&wb)
            .then(ob.cmp(&oa))
            .then(b.origin.cmp(&a.origin))
            .then(shared[*ia].cmp(&shared[*ib]))
            .then(ib.cmp(ia))
    })?;
    Some(best.text.clone())
}

fn gather(doc: &Document, meta: &PageMeta) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut h1s = 0;
    let mut push = |origin, text: &str| {
        let text = one_line(text);
        if text.is_empty() || (origin == Origin::H1 && h1s == MAX_H1) {
            return;
        }
        h1s += usize::from(origin == Origin::H1);
        out.push(Candidate { origin, text });
    };
    if let Some(h) = &meta.ld_headline {
        push(Origin::JsonLd, h);
    }
    if let Some(t) = meta.lookup(&["og:title"]) {
        push(Origin::OpenGraph, t);
    }
    if let Some(t) = meta.lookup(&["twitter:title"]) {
        push(Origin::Twitter, t);
    }
    for h1 in doc.select("body h1").iter() {
        if !is_logo(&h1) && !is_hidden(&h1) {
            push(Origin::H1, &h1.text());
        }
    }
    let title = page_title(doc);
    if !out.iter().any(|c| c.origin == Origin::H1) {
        let framing = [
            meta.lookup(&["og:title"]).map(one_line),
            Some(one_line(&title)),
        ];
        if let Some(heading) = framed_heading(doc, &framing) {
            out.push(Candidate {
                origin: Origin::Heading,
                text: heading,
            });
        }
    }
    let title = one_line(&title);
    if !title.is_empty() {
        out.push(Candidate {
            origin: Origin::Title,
            text: title,
        });
    }
    out
}

/// The pairs of adjacent characters of a text: how much two headlines
/// share, in any script, with or without spaces between words.
fn pairs(text: &str) -> std::collections::HashSet<(char, char)> {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}

/// The longest heading (`<h2>`–`<h4>`, or an element named for the
/// headline or title) whose text is a run of segments of one of `titles`
/// but not a whole one: what a page without `<h1>` shows as its headline.
fn framed_heading(doc: &Document, titles: &[Option<String>]) -> Option<String> {
    const HEADINGS: &str =
        "body h2, body h3, body h4, body [class*=headline], body [class*=title], \
        body [id*=headline], body [id*=title]";
    let runs: Vec<String> = titles
        .iter()
        .flatten()
        .flat_map(|t| inner_runs(t))
        .collect();
    if runs.is_empty() {
        return None;
    }
    doc.select(HEADINGS)
        .iter()
        .take(MAX_HEADINGS)
        .map(|node| one_line(&node.text()))
        .filter(|text| (MIN_HEADING_CHARS..=MAX_HEADING_CHARS).contains(&text.chars().count()))
        .filter(|text| runs.contains(&key(text)))
        .max_by_key(|text| text.len())
}

/// A heading hidden from sight, kept for screen readers ("Article detail").
fn is_hidden(h1: &dom_query::Selection) -> bool {
    const HIDDEN: &str = "[hidden], [aria-hidden=true], [class*=blind], [class*=sr-only], \
        [class*=visually-hidden], [class*=visuallyhidden], [class*=screen-reader]";
    h1.is(HIDDEN)
}

/// `<title>` less the short segments at its end ("… - Soccer - Sport",
/// "… - Güncel haberler") that no site name or section word identified:
/// a headline is longer than the labels a site appends to it.
fn cut_short_suffixes(text: &str) -> String {
    let parts = segments(text);
    let mut last = parts.len() - 1;
    let words = |range: (usize, usize)| text[range.0..range.1].split_whitespace().count();
    while last > 0
        && words(parts[last]) <= MAX_LABEL_WORDS
        && words((parts[0].0, parts[last - 1].1)) >= MIN_HEADLINE_WORDS
    {
        last -= 1;
    }
    text[parts[0].0..parts[last].1].trim().to_owned()
}

/// A heading that is the site's logo or name: a link to the home page, an
/// image, or an element named for the logo or the site.
fn is_logo(h1: &dom_query::Selection) -> bool {
    const LOGO: &str = "[class*=logo], [id*=logo], [class*=site-title], [id*=site-title], \
        [class*=site-name], [id*=site-name], [class*=brand]";
    h1.is(LOGO)
        || h1.is(":has(a[href='/'], img, svg)")
        || h1.ancestors(Some(3)).is(&format!("a, {LOGO}"))
}

/// Keys of the site's names: `og:site_name`, the publisher, the
/// application name, the Twitter handle, the host with and without its
/// top-level domain.
fn site_keys(meta: &PageMeta, url: Option<&str>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for key in [
        "og:site_name",
        "application-name",
        "twitter:site",
        "publisher",
    ] {
        names.extend(meta.all(key).map(|v| v.trim_start_matches('@').to_owned()));
    }
    names.extend(meta.publisher.clone());
    if let Some(host) = url.and_then(host_of) {
        let host = host.trim_start_matches("www.");
        names.push(host.to_owned());
        let labels: Vec<&str> = host.split('.').collect();
        if let Some(first) = labels.first() {
            names.push((*first).to_owned());
        }
        // Second-level names under a country code: news.example.co.uk.
        if labels.len() >= 2 {
            names.push(labels[labels.len() - 2].to_owned());
        }
    }
    let mut keys: Vec<String> = names
        .iter()
        .flat_map(|n| keys_of(n))
        .filter(|k| k.chars().count() >= 2)
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// A name reduced to its letters and digits, lower-cased, diacritics
/// dropped; and a second form with German umlauts written out (`ö` = `oe`),
/// as host names spell them.
fn keys_of(name: &str) -> Vec<String> {
    let lower = name.to_lowercase();
    let stripped: String = lower.nfd().filter(|c| c.is_alphanumeric()).collect();
    let spelled: String = lower
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss")
        .nfd()
        .filter(|c| c.is_alphanumeric())
        .collect();
    if stripped == spelled {
        vec![stripped]
    } else {
        vec![stripped, spelled]
    }
}

/// Whether a whole candidate is the site's name, alone or in a few words
/// ("Газета «Коммерсантъ»" where the site is "Коммерсантъ").
fn names_site(text: &str, sites: &[String]) -> bool {
    let few_words = text.split_whitespace().count() <= MAX_NAME_WORDS;
    keys_of(text).iter().any(|k| {
        sites.contains(k)
            || (few_words
                && sites
                    .iter()
                    .any(|site| site.chars().count() >= 5 && k.contains(site.as_str())))
    })
}

/// Whether a segment names the site: its key is a site key, holds one and
/// the segment is short ("The Namibian" for `namibian.com.na`), or is part
/// of one ("Xinhua" for `xinhuanet.com`).
fn is_site(segment: &str, sites: &[String]) -> bool {
    let keys = keys_of(segment);
    let short = segment.split_whitespace().count() <= MAX_SITE_WORDS;
    keys.iter().any(|k| {
        !k.is_empty()
            && sites.iter().any(|site| {
                k == site
                    || (short && site.chars().count() >= 4 && k.contains(site.as_str()))
                    || (k.chars().count() >= 4 && site.contains(k.as_str()))
            })
    })
}

/// A segment that is a date, an author credit, or the site name.
fn is_boilerplate(segment: &str, sites: &[String]) -> bool {
    let segment = segment.trim();
    if segment.is_empty() || is_site(segment, sites) {
        return true;
    }
    let is_date = dates_in_text(segment)
        .first()
        .is_some_and(|d| d.start == 0 && d.end + 6 >= segment.len());
    let first_word = segment
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let is_author = segment.split_whitespace().count() <= MAX_AUTHOR_WORDS
        && words().authors.contains(&first_word);
    let is_section = words().sections.contains(&key(segment));
    is_date || is_author || is_section || is_host_name(segment)
}

/// A segment written as a host name ("SZ.de", "news.example.co.uk"): the
/// site's, whatever site the page is on.
fn is_host_name(segment: &str) -> bool {
    let Some((name, tld)) = segment.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}

/// The text split at every separator: the segments, and the byte range of
/// each in `text`.
fn segments(text: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for (sep, spaced) in &words().separators {
        let pattern = if *spaced {
            format!(" {sep} ")
        } else {
            sep.clone()
        };
        cuts.extend(
            text.match_indices(pattern.as_str())
                .map(|(at, p)| (at, at + p.len())),
        );
    }
    cuts.sort();
    let mut ranges = Vec::new();
    let mut from = 0;
    for (start, end) in cuts {
        if start < from {
            continue;
        }
        ranges.push((from, start));
        from = end;
    }
    ranges.push((from, text.len()));
    ranges
}

/// The candidate without site, section-date and author segments at its ends.
fn strip_boilerplate(text: &str, sites: &[String]) -> String {
    let parts = segments(text);
    if parts.len() < 2 {
        return text.to_owned();
    }
    let (mut first, mut last) = (0, parts.len() - 1);
    while last > first && is_boilerplate(&text[parts[last].0..parts[last].1], sites) {
        last -= 1;
    }
    while first < last && is_boilerplate(&text[parts[first].0..parts[first].1], sites) {
        first += 1;
    }
    text[parts[first].0..parts[last].1].trim().to_owned()
}

/// Whether `core` is `outer` less some segments before or after it.
fn frames(outer: &str, core: &str) -> bool {
    inner_runs(outer).contains(&key(core))
}

/// The keys of every run of `outer`'s segments but the whole.
fn inner_runs(outer: &str) -> Vec<String> {
    let parts = segments(outer);
    let mut runs = Vec::new();
    for i in 0..parts.len() {
        for j in i..parts.len() {
            if (i, j) != (0, parts.len() - 1) {
                runs.push(key(&outer[parts[i].0..parts[j].1]));
            }
        }
    }
    runs
}

/// A string for comparing headlines: case, quotes, dashes and spaces
/// made uniform, soft hyphens and zero-width spaces dropped.
fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' => {}
            '‘' | '’' | '‚' | '‛' | '`' | '´' => out.push('\''),
            '“' | '”' | '„' | '‟' | '«' | '»' => out.push('"'),
            '–' | '—' | '‐' | '‑' => out.push('-'),
            c if c.is_whitespace() => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c => out.extend(c.to_lowercase()),
        }
    }
    out.trim().to_owned()
}

/// The page's `<title>`: the head's, else the first anywhere (a parser
/// moves it into the body when the head holds body content before it).
pub(crate) fn page_title(doc: &Document) -> String {
    let title = doc.select("head title").text();
    if title.trim().is_empty() {
        doc.select("title").first().text().to_string()
    } else {
        title.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headline_of(html: &str, url: Option<&str>) -> Option<String> {
        let doc = Document::from(html);
        let meta = super::super::meta::scan(&doc);
        headline(&doc, &meta, url)
    }

    #[test]
    fn the_site_name_is_cut_from_the_title() {
        let html = r#"<head><title>Junta expels envoy | Sahel Daily</title>
            <meta property="og:site_name" content="Sahel Daily"></head><body><p>x</p></body>"#;
        assert_eq!(
            headline_of(html, None).as_deref(),
            Some("Junta expels envoy")
        );
        let html = "<head><title>Junta expels envoy - Golem.de</title></head>";
        assert_eq!(
            headline_of(html, Some("https://www.golem.de/news/x.html")).as_deref(),
            Some("Junta expels envoy")
        );
        let html = "<head><title>Steigende Zinsen setzen Dax zu | Börsen-Zeitung</title></head>";
        assert_eq!(
            headline_of(html, Some("https://www.boersen-zeitung.de/x")).as_deref(),
            Some("Steigende Zinsen setzen Dax zu")
        );
    }

    #[test]
    fn sections_are_cut_when_another_candidate_agrees() {
        let html = r#"<head><title>Chelsea hoping to sign Anelka - Soccer - Sport - Breaking News</title></head>
            <body><h1>Chelsea hoping to sign Anelka</h1></body>"#;
        assert_eq!(
            headline_of(html, None).as_deref(),
            Some("Chelsea hoping to sign Anelka")
        );
        let html = "<head><title>China opens new rail line_English_Xinhua</title></head>";
        assert_eq!(
            headline_of(
                html,
                Some("http://www.xinhuanet.com/english/2019-11/19/c_1.htm")
            )
            .as_deref(),
            Some("China opens new rail line")
        );
        let html = "<head><title>That Way iCutting Lies - The Opinionator - Opinion</title></head>";
        assert_eq!(
            headline_of(
                html,
                Some("https://opinionator.blogs.nytimes.com/2008/01/01/x/")
            )
            .as_deref(),
            Some("That Way iCutting Lies")
        );
    }

    #[test]
    fn dates_and_authors_are_cut() {
        let html = "<head><title>Ziele, Chancen, Risiken | DW | 28.04.2023</title></head>";
        assert_eq!(
            headline_of(html, Some("https://www.dw.com/de/a-1")).as_deref(),
            Some("Ziele, Chancen, Risiken")
        );
        let html = "<head><title>Zelensky considers firing his top general * The Gateway Pundit * by Paul Serran</title></head>";
        assert_eq!(
            headline_of(html, Some("https://www.thegatewaypundit.com/2026/07/x/")).as_deref(),
            Some("Zelensky considers firing his top general")
        );
    }

    #[test]
    fn prefixes_that_belong_to_the_headline_are_kept() {
        let html = r#"<head><title>Murph's Turf: Why the rain never stops - Summit Daily</title>
            <meta property="og:site_name" content="Summit Daily"></head>"#;
        assert_eq!(
            headline_of(html, None).as_deref(),
            Some("Murph's Turf: Why the rain never stops")
        );
    }

    #[test]
    fn a_site_name_is_never_the_headline() {
        let html = r#"<head><title>Summit Daily News</title>
            <meta property="og:title" content="Summit Daily News">
            <meta property="og:site_name" content="Summit Daily News"></head>
            <body><h1>Snow closes the pass</h1></body>"#;
        assert_eq!(
            headline_of(html, None).as_deref(),
            Some("Snow closes the pass")
        );
        let html = r#"<head><title>Газета «Коммерсантъ»</title>
            <meta property="og:title" content="Газета «Коммерсантъ»">
            <meta property="og:site_name" content="Коммерсантъ"></head>
            <body><h1>Легкий троннинг</h1></body>"#;
        assert_eq!(headline_of(html, None).as_deref(), Some("Легкий троннинг"));
    }

    #[test]
    fn a_logo_heading_is_not_a_candidate() {
        let html = r#"<head><title>Snow closes the pass - Entermedia</title></head>
            <body><div id="header"><a href="/"><h1>엔터 미디어</h1></a></div>
            <h1 class="site-title"><img src="logo.png" alt="Entermedia"></h1></body>"#;
        assert_eq!(
            headline_of(
                html,
                Some("http://entermedia.co.kr/news/news_view.html?idx=1")
            )
            .as_deref(),
            Some("Snow closes the pass")
        );
    }

    #[test]
    fn agreement_beats_order() {
        let html = r#"<head><title>Army retakes town | Daily</title>
            <meta property="og:title" content="Army retakes town">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Click here: the army did it"}</script>
            </head><body><h1>Army retakes town</h1></body>"#;
        assert_eq!(
            headline_of(html, None).as_deref(),
            Some("Army retakes town")
        );
        let alone = html.replace("<h1>Army retakes town</h1>", "");
        let alone = alone.replace("Army retakes town\">", "Other words\">");
        assert_eq!(
            headline_of(&alone, None).as_deref(),
            Some("Click here: the army did it")
        );
    }
}

