//! Headlines and publication dates from small pages written for these
//! tests (`tests/pages/`), one per source the rules read.

use chrono::NaiveDate;
use sitrep_ingest::{read_html_page, DateSource, HtmlPage};

fn page(name: &str, url: Option<&str>, captured: Option<&str>) -> HtmlPage {
    let path = format!("{}/tests/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read(&path).unwrap();
    let captured = captured.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
    read_html_page(name, &html, url, captured).unwrap()
}

fn check(page: &HtmlPage, headline: &str, date: Option<&str>, source: Option<DateSource>) {
    assert_eq!(page.document.title.as_deref(), Some(headline));
    assert_eq!(page.document.date.map(|d| d.to_string()).as_deref(), date);
    assert_eq!(page.date_source, source);
}

#[test]
fn json_ld_headline_and_date_in_the_pages_time_zone() {
    // 23:15 UTC is 01:15 the next day at +02:00, the zone of the page's
    // other timestamp.
    let p = page("json_ld.html", Some("https://sahel.example/a/1"), None);
    check(
        &p,
        "Junta closes border with neighbour",
        Some("2025-04-13"),
        Some(DateSource::JsonLd),
    );
}

#[test]
fn open_graph_and_meta_keep_the_writers_day() {
    // 21:40 at -05:00 stays on the 3rd, though it is the 4th in UTC; the
    // logo heading is not the headline.
    let p = page("open_graph.html", Some("https://thecourier.example/x"), None);
    check(
        &p,
        "Rebels seize mining town",
        Some("2024-11-03"),
        Some(DateSource::Meta),
    );
}

#[test]
fn title_with_sections_and_a_visible_english_date() {
    let p = page("title_only.html", None, None);
    check(
        &p,
        "Chelsea hoping to sign striker before weekend",
        Some("2008-03-03"),
        Some(DateSource::Text),
    );
    let p = page(
        "title_only.html",
        Some("http://news.example/sport/2008/03/04/chelsea.html"),
        None,
    );
    assert_eq!(p.document.date.unwrap().to_string(), "2008-03-04");
    assert_eq!(p.date_source, Some(DateSource::Url));
}

#[test]
fn time_element_of_the_article_not_the_update_nor_the_future() {
    let p = page(
        "time_element.html",
        Some("https://quotidien-sahel.example/politique/niamey"),
        Some("2025-03-10"),
    );
    check(
        &p,
        "Les négociations reprennent à Niamey",
        Some("2025-03-04"),
        Some(DateSource::TimeElement),
    );
}

#[test]
fn visible_french_date_is_publication_not_update() {
    let p = page("visible_date_fr.html", None, Some("2025-04-05"));
    check(
        &p,
        "Le gouvernement annonce un remaniement",
        Some("2025-04-01"),
        Some(DateSource::Text),
    );
}

#[test]
fn visible_numeric_date() {
    let p = page("visible_date_numeric.html", None, Some("2023-04-29"));
    check(
        &p,
        "Streik legt Nahverkehr lahm",
        Some("2023-04-28"),
        Some(DateSource::Text),
    );
}

#[test]
fn dates_after_the_capture_are_refused() {
    let p = page("future_date.html", None, Some("2025-06-01"));
    check(&p, "Ceasefire talks stall", None, None);
    let p = page("future_date.html", None, None);
    assert_eq!(p.document.date.unwrap().to_string(), "2031-06-01");
    let html = std::fs::read(format!(
        "{}/tests/pages/future_date.html",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    for captured in [NaiveDate::MIN, NaiveDate::MAX] {
        assert!(read_html_page("x", &html, None, Some(captured)).is_ok());
    }
}

#[test]
fn a_heading_framed_by_the_title_and_a_month_day_url() {
    // No <h1>: the story's <h2> is what the title frames; the URL writes
    // the month and day in one segment.
    let p = page(
        "framed_heading.html",
        Some("http://www.dailycourier.com/africa/2008/0304/flood.html"),
        None,
    );
    check(
        &p,
        "Flood waters reach the capital's suburbs",
        Some("2008-03-04"),
        Some(DateSource::Url),
    );
}

#[test]
fn hidden_widget_and_aside_headings_are_passed_over() {
    // The article's <time> in UTC shows the page's own day in its text.
    let p = page("hidden_h1.html", Some("https://herald.example/news/budget"), None);
    check(
        &p,
        "Parliament passes the budget after a night of debate",
        Some("2024-07-19"),
        Some(DateSource::TimeElement),
    );
}

#[test]
fn a_publication_attribute_and_a_script_key() {
    let p = page("attribute_date.html", Some("https://www.srf.ch/news/x"), None);
    check(
        &p,
        "Die Zurückhaltung hat viel mit den USA zu tun",
        Some("2024-04-15"),
        Some(DateSource::Itemprop),
    );
    let p = page("script_and_attribute.html", Some("https://gulf.example/a/1"), None);
    check(
        &p,
        "Talks on the ceasefire resume in Doha",
        Some("2024-04-24"),
        Some(DateSource::Script),
    );
}

#[test]
fn short_labels_are_cut_from_a_title_standing_alone() {
    let p = page("title_labels.html", None, None);
    assert_eq!(
        p.document.title.as_deref(),
        Some("Anelka signs for Chelsea before the weekend")
    );
}

#[test]
fn confidence_rises_when_the_url_agrees_and_falls_when_it_does_not() {
    let prior = DateSource::JsonLd.confidence();
    let agreeing = page("json_ld.html", Some("https://sahel.example/2025/04/13/a"), None);
    let alone = page("json_ld.html", Some("https://sahel.example/a/1"), None);
    let disagreeing = page("json_ld.html", Some("https://sahel.example/2025/03/01/a"), None);
    assert_eq!(alone.date_confidence, Some(prior));
    assert!(agreeing.date_confidence.unwrap() > prior, "{agreeing:?}");
    assert!(disagreeing.date_confidence.unwrap() < prior, "{disagreeing:?}");
    assert_eq!(agreeing.document.date_confidence, agreeing.date_confidence);
}

#[test]
fn a_relative_date_in_the_dateline_counts_back_from_the_capture() {
    let p = page("relative_date.html", None, Some("2024-04-26"));
    check(
        &p,
        "Trainer: Nicht mehr viel zu verlieren",
        Some("2024-04-26"),
        Some(DateSource::Relative),
    );
    assert!(p.date_confidence.unwrap() < DateSource::Text.confidence());
    // Without a capture date there is nothing to count back from.
    let p = page("relative_date.html", None, None);
    assert_eq!(p.document.date, None);
}

#[test]
fn a_time_marked_published_and_updated_is_the_publication_not_a_sidebars() {
    let p = page("wordpress_time.html", None, Some("2025-11-24"));
    check(
        &p,
        "Mining blasts shatter homes",
        Some("2025-11-21"),
        Some(DateSource::TimeElement),
    );
}

#[test]
fn captions_scripts_and_paths_hold_no_publication_date() {
    // The `<title>` stands in the body (the parser moved it there); its date
    // is the page's, the caption's and the script's are not.
    let p = page("caption_and_script.html", None, Some("2023-04-28"));
    assert_eq!(p.document.date, None);
    let html = std::fs::read_to_string(format!(
        "{}/tests/pages/caption_and_script.html",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
    .replace("| Weltfunk<", "| Weltfunk | 28.04.2023<");
    let p = read_html_page("inline", html.as_bytes(), None, None).unwrap();
    assert_eq!(p.document.date.map(|d| d.to_string()).as_deref(), Some("2023-04-28"));
    assert_eq!(p.date_source, Some(DateSource::Title));
}

#[test]
fn an_indented_dateline_is_a_date_element_not_a_container() {
    let p = page("indented_dateline.html", None, Some("2025-06-30"));
    check(
        &p,
        "Nationale DemoGewerkschaften demonstrieren Einheit",
        Some("2025-06-28"),
        Some(DateSource::Text),
    );
}
