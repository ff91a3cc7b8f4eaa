//! Invariants on any text: no panic, spans on character boundaries inside
//! the text, coordinates in range.

use proptest::prelude::*;
use sitrep_places::{DocHints, Places};

fn places() -> &'static Places {
    static PLACES: std::sync::OnceLock<Places> = std::sync::OnceLock::new();
    PLACES.get_or_init(|| Places::embedded().unwrap())
}

fn words() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("Paris".to_owned()), Just("Texas".to_owned()), Just("Gao".to_owned()), Just("the".to_owned()),
        Just("Sahel".to_owned()), Just("in".to_owned()), Just("near".to_owned()), Just("20".to_owned()),
        Just("km".to_owned()), Just("north".to_owned()), Just("of".to_owned()), Just("'s".to_owned()),
        Just(",".to_owned()), Just(".".to_owned()), Just("Malian".to_owned()), Just("Côte d'Ivoire".to_owned()),
        Just("region".to_owned()), Just("BAMAKO".to_owned()), Just("-".to_owned()), "\\PC{0,8}",
    ];
    prop::collection::vec(word, 0..40).prop_map(|w| w.join(" "))
}

fn check(text: &str) {
    let found = places().find(text, &DocHints::default());
    for m in &found.mentions {
        assert!(m.span[0] < m.span[1] && m.span[1] <= text.len());
        assert!(text.is_char_boundary(m.span[0]) && text.is_char_boundary(m.span[1]));
        assert_eq!(&text[m.span[0]..m.span[1]], m.text);
        assert!((-90.0..=90.0).contains(&m.lat) && (-180.0..=180.0).contains(&m.lon), "{m:?}");
        assert!(m.sentence < found.sentences.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text(text in "\\PC{0,300}") {
        check(&text);
    }

    #[test]
    fn place_like_text(text in words()) {
        check(&text);
    }

    #[test]
    fn far_offsets_stay_on_the_globe(km in 0u32..100_000, dir in prop_oneof![Just("north"), Just("south"), Just("east"), Just("west")]) {
        check(&format!("The attack happened {km} km {dir} of Gao."));
    }
}
