//! One fixture sentence (or two) for each rule of recognition and
//! resolution; written for these tests.

use sitrep_places::{DocHints, Feature, MentionKind, PlaceMention, Places};

fn places() -> &'static Places {
    static PLACES: std::sync::OnceLock<Places> = std::sync::OnceLock::new();
    PLACES.get_or_init(|| Places::embedded().unwrap())
}

fn find(text: &str) -> Vec<PlaceMention> {
    places().find(text, &DocHints::default()).mentions
}

fn named<'a>(found: &'a [PlaceMention], text: &str) -> &'a PlaceMention {
    found.iter().find(|m| m.text == text).unwrap_or_else(|| panic!("no mention `{text}` in {found:#?}"))
}

/// The country of the mention `name` in `text` alone.
fn country_of(text: &str, name: &str) -> Option<String> {
    named(&find(text), name).country.clone()
}

/// Whether `text` alone holds no mention `name`.
fn no_mention(text: &str, name: &str) -> bool {
    find(text).iter().all(|m| m.text != name)
}

#[test]
fn explicit_parent_picks_the_texan_paris() {
    let found = find("Storms hit Paris, Texas, on Monday.");
    let paris = named(&found, "Paris");
    assert_eq!((paris.country.as_deref(), paris.admin1.as_deref()), (Some("USA"), Some("Texas")));
    let found = find("Officials in Long Beach, California, said the port was closed.");
    assert_eq!(named(&found, "Long Beach").admin1.as_deref(), Some("California"));
    // No parent: the biggest Paris.
    assert_eq!(named(&find("Talks opened in Paris."), "Paris").country.as_deref(), Some("FRA"));
}

#[test]
fn document_country_context_picks_the_burkinabe_town() {
    // Two Gaos: a city of 130,000 in Mali, a town of 26,000 in Burkina Faso.
    let alone = find("Soldiers were deployed in Gao.");
    assert_eq!(named(&alone, "Gao").country.as_deref(), Some("MLI"));
    let text = "Burkina Faso's army said on Sunday it had repelled an attack. \
                The junta in Burkina Faso sent reinforcements. Burkina Faso mourns. Soldiers were deployed in Gao.";
    assert_eq!(named(&find(text), "Gao").country.as_deref(), Some("BFA"));
    // The caller's hints (the actors' countries) count as context too.
    let hinted = places().find("Soldiers were deployed in Gao.", &DocHints { countries: vec!["BFA".into(); 3] });
    assert_eq!(hinted.mentions[0].country.as_deref(), Some("BFA"));
}

#[test]
fn a_city_known_abroad_beats_a_namesake_the_context_favours() {
    // Geneva (60 names in GeoNames) over Geneva, Illinois (11), though the
    // United States is named; Manchester over Jamaica's parish.
    let found = find("The talks in Geneva, attended by US and Russian envoys, ended.");
    assert_eq!(named(&found, "Geneva").country.as_deref(), Some("CHE"));
    assert_eq!(named(&find("Police in Manchester arrested two men."), "Manchester").country.as_deref(), Some("GBR"));
}

#[test]
fn towns_that_dwarf_their_namesakes_give_their_country_as_context() {
    // Charlton: 14,000 people in London, 13,000 in Massachusetts.
    let alone = find("The striker moved from Charlton in the summer.");
    assert_eq!(named(&alone, "Charlton").country.as_deref(), Some("USA"));
    let text = "He scored at Preston and again in Bristol. The striker moved from Charlton in the summer.";
    assert_eq!(named(&find(text), "Charlton").country.as_deref(), Some("GBR"));
    // Norwich (143,000) does not dwarf Norwich, Connecticut (40,000): it is
    // no evidence for Britain, so it cannot pull Charlton there.
    let text = "He scored at Norwich. The striker moved from Charlton in the summer.";
    assert_eq!(named(&find(text), "Charlton").country.as_deref(), Some("USA"));
}

#[test]
fn a_bare_town_near_a_sure_town_is_kept() {
    // Antrim (20,000 people) named bare is dropped alone, as a surname
    // would be, but kept 27 km from Belfast, which a preposition places.
    assert!(no_mention("The hospital said Antrim had no beds left.", "Antrim"));
    let near_belfast = find("Ambulances were sent to Belfast because Antrim had no beds left.");
    assert_eq!(named(&near_belfast, "Antrim").admin1.as_deref(), Some("Northern Ireland"));
}

#[test]
fn a_bare_town_little_known_abroad_in_a_country_the_document_never_names_is_dropped() {
    // The gazetteer holds only American Westminsters (Colorado's: 116,000
    // people, 24 names).
    let british = "Britain voted. The mood in Britain is tense, and Britain waits.";
    assert_eq!(country_of("Talks went on as Westminster waited.", "Westminster").as_deref(), Some("USA"));
    assert!(no_mention(&format!("{british} Talks went on as Westminster waited."), "Westminster"));
    // A preposition keeps it: the text puts it somewhere.
    assert_eq!(country_of(&format!("{british} Talks went on in Westminster."), "Westminster").as_deref(), Some("USA"));
}

#[test]
fn a_city_named_after_a_town_and_a_comma_is_its_state() {
    let found = find("The company is based in Rochester, New York, and employs 300.");
    assert_eq!(named(&found, "New York").feature, Feature::Admin1);
    // A part of the city names the city.
    let found = find("He lives in Brooklyn, New York.");
    assert_eq!(named(&found, "New York").name, "New York City");
    // Towns of other provinces make a list, not a parent.
    let found = find("Plants in Omsk, Tver and Kursk closed.");
    assert_eq!(named(&found, "Tver").feature, Feature::City);
}

#[test]
fn an_event_or_facility_after_a_place_leaves_it_a_place() {
    let placed = [
        ("She withdrew from the Sydney Olympics with an injury.", "Sydney", "AUS"),
        ("Washington refused to sign the Kyoto Protocol.", "Kyoto", "JPN"),
        ("Flights were cancelled at Edinburgh Airport on Monday.", "Edinburgh", "GBR"),
        ("He appeared in the Durban High Court.", "Durban", "ZAF"),
    ];
    for (text, name, country) in placed {
        assert_eq!(country_of(text, name).as_deref(), Some(country), "{text}");
    }
    // Other capitalised words still make a longer name, and a facility
    // must be the whole rest of the run.
    assert!(no_mention("She joined Sydney Water last year.", "Sydney"));
    assert!(no_mention("He works for Durban Stadium Company.", "Durban"));
}

#[test]
fn a_region_inside_one_country_gives_its_country() {
    let found = find("Settlers moved into the West Bank while storms hit Yorkshire and the Sahel.");
    assert_eq!(named(&found, "West Bank").country.as_deref(), Some("PSE"));
    assert_eq!(named(&found, "Yorkshire").country.as_deref(), Some("GBR"));
    assert_eq!(named(&found, "Yorkshire").feature, Feature::Region);
    assert_eq!(named(&found, "Sahel").country, None);
}

#[test]
fn an_office_after_a_place_ends_its_name() {
    let found = find("Cape Verde Prime Minister Jose Maria Neves said on Monday the coup had failed.");
    assert_eq!(named(&found, "Cape Verde").country.as_deref(), Some("CPV"));
    // "Greek" before the office is the country's adjective, not a toponym.
    let found = find("Greek Prime Minister Alexis Tsipras urged calm.");
    assert!(found.iter().all(|m| m.kind == MentionKind::Demonym), "{found:#?}");
    // Other capitalised words after a place still make a longer name.
    assert!(find("Paris Hilton arrived late.").is_empty());
}

#[test]
fn a_towns_name_given_as_a_surname_is_the_person_where_named_bare() {
    // Jackson, Mississippi (170,000) is kept bare elsewhere.
    assert_eq!(named(&find("Jackson was quiet on Monday."), "Jackson").country.as_deref(), Some("USA"));
    assert!(find("Michael Jackson's lawyer said Jackson was innocent.").is_empty());
    // Put somewhere, it is the town still; a country's name after a firm's
    // word stays a country ("Statistics Canada … Canada").
    let found = find("Michael Jackson flew in from Jackson, Mississippi.");
    assert_eq!(found.iter().filter(|m| m.text == "Jackson").count(), 1, "{found:#?}");
    let found = find("Canada's sales fell, Statistics Canada said.");
    assert_eq!(named(&found, "Canada").country.as_deref(), Some("CAN"));
    let found = find("Greater London Authority staff met. London was calm.");
    assert_eq!(named(&found, "London").country.as_deref(), Some("GBR"));
}

#[test]
fn a_seat_without_a_population_figure_is_not_outranked_by_every_namesake() {
    // GeoNames gives Syria's Ra's al 'Ayn no population; in a text about
    // Syria it beats Algeria's Râs el Aïoun (34,000).
    let found = find("Kurdish forces withdrew from Ras al-Ain as the fighting in Syria went on.");
    assert_eq!(named(&found, "Ras al-Ain").country.as_deref(), Some("SYR"));
}

#[test]
fn a_town_once_placed_is_that_town_where_named_alone() {
    // Kobani (44,000) named bare is dropped as a possible person or word,
    // unless the document puts it somewhere once.
    assert!(find("They defended Kobane for months.").is_empty());
    let found = find("Fighting raged in Kobane. They defended Kobane for months.");
    assert_eq!(found.iter().filter(|m| m.country.as_deref() == Some("SYR")).count(), 2, "{found:#?}");
}

#[test]
fn demonyms_resolve_to_their_country() {
    let found = find("Malian troops and Burkinabè volunteers crossed the border.");
    let malian = named(&found, "Malian");
    assert_eq!((malian.country.as_deref(), malian.kind, malian.feature), (Some("MLI"), MentionKind::Demonym, Feature::Country));
    assert_eq!(named(&found, "Burkinabè").country.as_deref(), Some("BFA"));
}

#[test]
fn the_sahel_is_the_region_unless_the_text_means_the_province() {
    let region = find("Jihadist violence is spreading across the Sahel.");
    assert_eq!(named(&region, "Sahel").feature, Feature::Region);
    assert_eq!(named(&region, "Sahel").country, None);
    for text in ["Attacks rose in Burkina Faso's Sahel region.", "Attacks rose in the Sahel region of Burkina Faso.", "Attacks rose in the Sahel province."] {
        let found = find(text);
        let sahel = named(&found, "Sahel");
        assert_eq!((sahel.feature, sahel.country.as_deref()), (Feature::Admin1, Some("BFA")), "{text}");
    }
}

#[test]
fn relative_directions_are_kept_as_modifiers() {
    let found = find("The convoy was ambushed 20 km north of Gao.");
    let gao = named(&found, "Gao");
    let modifier = gao.modifier.as_ref().unwrap();
    assert_eq!((modifier.text.as_str(), modifier.bearing, modifier.distance_km), ("20 km north of", Some(0.0), Some(20.0)));
    assert_eq!(gao.precision, "point");
    assert!(gao.lat > 16.4 && gao.lat < 16.5, "moved 20 km north of 16.27: {}", gao.lat);
    let found = find("Clashes broke out in northern Burkina Faso.");
    let bf = named(&found, "Burkina Faso");
    assert_eq!(bf.modifier.as_ref().map(|m| m.text.as_str()), Some("northern"));
    assert_eq!(bf.precision, "country");
}

#[test]
fn a_persons_name_that_is_also_a_place_is_no_place() {
    for text in [
        "Paris Hilton arrived late.",
        "Israel Katz said the talks had failed.",
        "President Jordan met reporters.",
        "The Washington Post reported the leak.",
    ] {
        assert!(find(text).is_empty(), "{text}: {:#?}", find(text));
    }
    // …while the same words as places stay places.
    assert_eq!(named(&find("He flew to Jordan."), "Jordan").country.as_deref(), Some("JOR"));
}

#[test]
fn common_words_opening_a_sentence_are_no_places() {
    for text in ["Police said the attackers fled.", "May brought heavy rains.", "Mobile phones were seized."] {
        assert!(find(text).is_empty(), "{text}: {:#?}", find(text));
    }
}

#[test]
fn datelines_and_multiword_names() {
    let found = find("ABIDJAN, Ivory Coast (Reuters) - Protests spread from Côte d'Ivoire to Bosnia and Herzegovina and the Horn of Africa.");
    let abidjan = named(&found, "ABIDJAN");
    assert!(abidjan.dateline);
    assert_eq!(abidjan.country.as_deref(), Some("CIV"));
    assert_eq!(named(&found, "Côte d'Ivoire").country.as_deref(), Some("CIV"));
    assert_eq!(named(&found, "Bosnia and Herzegovina").country.as_deref(), Some("BIH"));
    assert_eq!(named(&found, "Horn of Africa").feature, Feature::Region);
}

#[test]
fn an_admin_area_named_after_its_town_is_the_town_unless_marked() {
    let found = find("Fighting near Kidal spread across the Kidal region.");
    assert_eq!(found[0].feature, Feature::City);
    assert_eq!(found[1].feature, Feature::Admin1);
}

#[test]
fn big_cities_beat_namesakes_and_small_towns_need_a_preposition() {
    let text = "The United States and the US team trained. Fans in London cheered, and Southampton won in Liverpool.";
    let found = find(text);
    for name in ["London", "Southampton", "Liverpool"] {
        assert_eq!(named(&found, name).country.as_deref(), Some("GBR"), "{name}");
    }
    assert_eq!(named(&find("He moved to New York."), "New York").name, "New York City");
    assert!(find("Radcliffe scored twice for England.").iter().all(|m| m.text != "Radcliffe"));
}

#[test]
fn buildings_that_stand_for_governments_are_no_towns() {
    assert!(find("He was invited to the White House.").is_empty());
}

#[test]
fn an_abbreviated_state_after_a_comma_is_the_parent() {
    // A country's name is a town when a state follows it.
    let found = find("The plant in Angola, Ind., will close.");
    let angola = named(&found, "Angola");
    assert_eq!((angola.country.as_deref(), angola.admin1.as_deref()), (Some("USA"), Some("Indiana")));
    let ind = named(&found, "Ind");
    assert_eq!((ind.feature, ind.admin1.as_deref()), (Feature::Admin1, Some("Indiana")));
    // A firm "of" a town is no longer name when a state follows ("N.Y." is one word).
    let found = find("It bought Allied Research Inc of Salem, Ore., and a mill in Garden City, N.Y.");
    assert_eq!(named(&found, "Salem").admin1.as_deref(), Some("Oregon"));
    assert_eq!(named(&found, "Garden City").admin1.as_deref(), Some("New York"));
    // Without the comma and the town, the abbreviation is a word.
    assert!(find("Pa said Ill and Miss were fine.").is_empty());
}

#[test]
fn a_place_in_a_larger_place_takes_it_as_parent() {
    // Alone, the bigger Hyderabad (India); in Sindh, Pakistan's.
    assert_eq!(named(&find("A bomb exploded at Hyderabad."), "Hyderabad").country.as_deref(), Some("IND"));
    let found = find("A bomb exploded at Hyderabad in Sindh.");
    assert_eq!(named(&found, "Hyderabad").country.as_deref(), Some("PAK"));
}

#[test]
fn an_exonym_names_its_place() {
    // GeoNames gives "Londres" to a town of Argentina first.
    let found = find("Londres a confirmé la décision.");
    assert_eq!(named(&found, "Londres").country.as_deref(), Some("GBR"));
    // A former name GeoNames keeps as a Vincentian village's main name.
    let found = find("PORT ELIZABETH, August 1 (ANA) - A man appeared in court in Port Elizabeth.");
    let in_zaf = found.iter().filter(|m| m.text.eq_ignore_ascii_case("Port Elizabeth") && m.country.as_deref() == Some("ZAF"));
    assert_eq!(in_zaf.count(), 2, "{found:#?}");
}

#[test]
fn a_province_named_of_its_country_is_that_province() {
    // Soum is Burkina Faso's province (its old name, Djelgodji, is what
    // some GeoNames copies keep), not a town of Senegal.
    let found = find("Gunmen attacked a village in the Soum province of Burkina Faso on Sunday.");
    let soum = named(&found, "Soum");
    assert_eq!((soum.country.as_deref(), soum.feature), (Some("BFA"), Feature::Admin2));
}

#[test]
fn georgia_is_the_us_state_when_the_document_lies_in_the_united_states() {
    let found = find("The governor of Georgia signed the bill in Atlanta on Tuesday.");
    let georgia = named(&found, "Georgia");
    assert_eq!((georgia.country.as_deref(), georgia.feature), (Some("USA"), Feature::Admin1));
    let found = find("Russian troops entered Georgia in 2008, and Tbilisi protested.");
    assert_eq!(named(&found, "Georgia").country.as_deref(), Some("GEO"));
    // Alone, or with as many places in each country, the country.
    assert_eq!(named(&find("Talks opened in Georgia."), "Georgia").country.as_deref(), Some("GEO"));
    let found = find("U.S. envoys visited Georgia and met Georgian leaders.");
    assert_eq!(named(&found, "Georgia").country.as_deref(), Some("GEO"));
}

#[test]
fn a_town_missing_from_its_explicit_parent_takes_the_parent_point() {
    // No Kenilworth of Johannesburg in the gazetteer (a suburb): the
    // English town must not win.
    let found = find("A child was injured in an accident at Kenilworth in Johannesburg on Saturday.");
    let kenilworth = named(&found, "Kenilworth");
    let johannesburg = named(&found, "Johannesburg");
    assert_eq!(kenilworth.country.as_deref(), Some("ZAF"));
    assert_eq!((kenilworth.lat, kenilworth.lon), (johannesburg.lat, johannesburg.lon));
    assert_eq!(kenilworth.geonames_id, None);
    let found = find("The utility is based in Gilman, Conn., and serves 30,000 homes.");
    assert_eq!(named(&found, "Gilman").admin1.as_deref(), Some("Connecticut"));
    // A name the gazetteer lacks at all, between a locative and "in" a
    // town it holds, lies in that town.
    let found = find("Three men were arrested in Khayelitsha in Cape Town on Saturday.");
    let khayelitsha = named(&found, "Khayelitsha");
    assert_eq!((khayelitsha.country.as_deref(), khayelitsha.admin1.as_deref()), (Some("ZAF"), Some("Western Cape")));
    assert!(find("The minister spoke in January in Paris.").iter().all(|m| m.text != "January"));
    assert!(find("Protests spread in Zorblat in France.").iter().all(|m| m.text != "Zorblat"), "not in a country");
    // A comma between two towns may part a list: no such reading.
    let found = find("Bombs went off in Kabul, Islamabad and Delhi.");
    assert_eq!(named(&found, "Kabul").country.as_deref(), Some("AFG"));
    // A name the gazetteer lacks cannot be one of a list of towns: a
    // comma, or a comma and "near", before a town is its parent.
    for text in ["Police shot a man in Zorblat, Johannesburg.", "Police shot a man in Zorblat, near Johannesburg."] {
        let found = find(text);
        let suburb = named(&found, "Zorblat");
        assert_eq!((suburb.admin1.as_deref(), suburb.geonames_id), (Some("Gauteng"), None), "{text}");
    }
    assert!(find("Police shot a man in Zorblat, France.").iter().all(|m| m.text != "Zorblat"), "not in a country");
}

#[test]
fn saint_and_st_name_the_same_place() {
    let found = find("Dixie State Bank of St. George, Utah, was sold.");
    let george = named(&found, "St. George");
    assert_eq!((george.admin1.as_deref(), george.feature), (Some("Utah"), Feature::City));
}

#[test]
fn a_name_listed_among_states_is_the_state() {
    let found = find("The chain has outlets in Delaware, New Jersey, New York and Pennsylvania.");
    assert_eq!(named(&found, "New York").feature, Feature::Admin1);
    // Among towns, the town.
    let found = find("The chain has outlets in Boston, Chicago and New York.");
    assert_eq!(named(&found, "New York").feature, Feature::City);
}

#[test]
fn a_capitalised_direction_modifies_the_place_after_it() {
    for (text, name, iso3) in [("Clashes spread across Northern Syria.", "Syria", "SYR"), ("Fires raged in Southern California.", "California", "USA")] {
        let found = find(text);
        let m = named(&found, name);
        assert_eq!(m.country.as_deref(), Some(iso3), "{text}");
        assert!(m.modifier.is_some(), "{text}: {m:#?}");
    }
}

#[test]
fn a_dateline_after_a_headline_and_byline_is_the_dateline() {
    let text = "Two men in court for theft ANA Reporter DURBAN, August 29 (ANA) - Two men appeared in court on Monday.";
    let found = find(text);
    let durban = named(&found, "DURBAN");
    assert!(durban.dateline, "{found:#?}");
    assert_eq!(durban.country.as_deref(), Some("ZAF"));
    // A byline in capitals before it: the longest known end of the run.
    let found = find("Explosions heard near the border By TONG-HYUNG KIM SEOUL, South Korea (AP) — Sounds of explosions were heard.");
    let seoul = named(&found, "SEOUL");
    assert!(seoul.dateline && seoul.country.as_deref() == Some("KOR"), "{found:#?}");
    // Only one dateline: a capitalised first name loses the flag to the shape.
    assert_eq!(found.iter().filter(|m| m.dateline).count(), 1);
    let found = find("Cairo talks stall MOSCOW, May 20 (Sputnik) – Talks stalled.");
    assert!(named(&found, "MOSCOW").dateline && !named(&found, "Cairo").dateline, "{found:#?}");
    // Capitals without an agency and a dash are no dateline.
    assert!(find("Talks in PARIS, the capital, went on.").iter().all(|m| !m.dateline));
    // The headline's own place ends where the byline's capitals begin.
    let found = find("Woman dies in crash in Durban ANA Reporter DURBAN, June 3 (ANA) - A woman died.");
    assert_eq!(found.iter().filter(|m| m.name == "Durban").count(), 2, "{found:#?}");
    // Capitals that go on a name are no byline.
    assert!(find("The policy of George W. Bush and the Frankfurt DAX index.").is_empty());
}

#[test]
fn arabic_names_match_across_spellings() {
    for text in ["Fighting raged in Deir ez-Zor.", "Fighting raged in Deir al-Zour.", "Fighting raged in Deir Ezzor."] {
        let found = find(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        assert_eq!(found[0].country.as_deref(), Some("SYR"), "{text}");
        assert!((found[0].lat - 35.33).abs() < 0.5 && (found[0].lon - 40.14).abs() < 0.5, "{text}: {found:#?}");
    }
    // A lower-case article opens a name; "Ain" is not the French department.
    let found = find("Turkish troops took al-Bab in northern Syria and fought in Ras al-Ain.");
    assert_eq!(named(&found, "al-Bab").country.as_deref(), Some("SYR"));
    // (The whole name is read, not France's Ain; which Ras al-Ain it is
    // stays the gazetteer's: one spelling of it is an Israeli town's.)
    assert_ne!(named(&found, "Ras al-Ain").country.as_deref(), Some("FRA"));
    // Names with no article to mark them keep their exact reading.
    assert_eq!(named(&find("Talks opened in Paris."), "Paris").country.as_deref(), Some("FRA"));
}

#[test]
fn french_a_and_elided_prepositions_put_a_place() {
    // "à" is read as written (folded, it is the English article "a"), and a
    // name after an elided "d'" is read inside its token.
    let found = find("Les renforts sont arrivés à Agadez, puis à Calais.");
    assert_eq!(named(&found, "Agadez").country.as_deref(), Some("NER"));
    assert_eq!(named(&found, "Calais").cue.as_ref().map(|c| c.word.as_str()), Some("à"));
    let found = find("Le ministre est rentré d'Angola et l'armée se retire d'Afghanistan.");
    assert_eq!(named(&found, "Angola").country.as_deref(), Some("AGO"));
    assert_eq!(named(&found, "Afghanistan").span, {
        let text = "Le ministre est rentré d'Angola et l'armée se retire d'Afghanistan.";
        let at = text.find("Afghanistan").unwrap();
        [at, at + "Afghanistan".len()]
    });
    // "la ville d'X" is a town; a person after "qu'" stays a person.
    assert_eq!(named(&find("Ils vivent dans la ville d'Omsk."), "Omsk").feature, Feature::City);
    assert!(no_mention("Il a dit qu'Andrew Lincoln viendrait.", "Lincoln"));
}

#[test]
fn french_articles_open_a_sentence_or_another_name() {
    // "La France" opening a sentence is the country; "Le Figaro" inside one
    // is a newspaper; "l'Atlantique" is no town or Beninese department.
    assert_eq!(country_of("La France envoie des renforts au Niger.", "France").as_deref(), Some("FRA"));
    assert!(no_mention("Il l'a confié au journal Le Figaro lundi.", "Figaro"));
    assert!(no_mention("Le voilier a traversé l'Atlantique en douze jours.", "Atlantique"));
    assert_eq!(country_of("La mousson touche l'Inde depuis juin.", "Inde").as_deref(), Some("IND"));
}

#[test]
fn french_names_of_states_and_nations() {
    let found = find("Des incendies ravagent la Californie, et il pleut en Angleterre.");
    let california = named(&found, "Californie");
    assert_eq!((california.country.as_deref(), california.feature), (Some("USA"), Feature::Admin1));
    let england = named(&found, "Angleterre");
    assert_eq!((england.name.as_str(), england.feature), ("England", Feature::Admin1));
    assert_eq!(country_of("Il vit en Guyane depuis dix ans.", "Guyane").as_deref(), Some("GUF"));
}

#[test]
fn a_bracketed_area_holding_the_town_is_its_parent() {
    let found = find("Un incendie s'est déclaré jeudi près d'Anglet (Pyrénées-Atlantiques).");
    assert_eq!(named(&found, "Anglet").country.as_deref(), Some("FRA"));
    // A player's country in brackets is no parent: the surname stays a name.
    assert!(no_mention("The side: J Smith (Wales), K Jones (Scotland).", "Smith"));
}

#[test]
fn an_area_named_by_compass_words_needs_the_text_to_mark_it() {
    assert!(no_mention("Selon le quotidien Sud Ouest, la grève continue.", "Sud Ouest"));
    // An admin word before it marks it ("la région du Sud-Ouest").
    let found = find("Des attaques ont visé la région du Sud-Ouest lundi.");
    assert_eq!(named(&found, "Sud-Ouest").feature, Feature::Admin1);
}

#[test]
fn headline_capitals_and_datelines_leave_names_whole() {
    // A hyphen joined to a word is no dateline dash.
    assert!(no_mention("Hard-pressed farmers in Iowa sold land.", "Hard"));
    // A word in capitals before a name is a slug's.
    assert_eq!(country_of("2ND LEAD Kenya raises interest rates again.", "Kenya").as_deref(), Some("KEN"));
    // A name before the dateline does not run into it.
    let found = find("Ghana beats Togo 2-0 in friendly in Accra ACCRA (AP) — Ghana won on Sunday.");
    assert!(found.iter().any(|m| m.text == "Accra") && found.iter().any(|m| m.text == "ACCRA" && m.dateline));
}

#[test]
fn a_sentence_opening_word_is_no_place_by_another_name() {
    // "Gold" is one of Gold Coast's names; "Raqqa" a spelling of Ar Raqqah.
    assert!(no_mention("Gold rose in early trading on Tuesday in Asia.", "Gold"));
    assert_eq!(country_of("Raqqa fell to the SDF on Tuesday in October.", "Raqqa").as_deref(), Some("SYR"));
}

#[test]
fn two_countries_of_one_name_the_more_populous() {
    assert_eq!(country_of("Fighting flared in eastern Congo.", "Congo").as_deref(), Some("COD"));
}

#[test]
fn lower_case_adjectives_and_elided_words_leave_names_whole() {
    // "major" is a title only capitalised ("Major Smith").
    assert_eq!(country_of("Only the major Texas banks reported a profit.", "Texas").as_deref(), Some("USA"));
    assert!(no_mention("The inquiry heard Major Lincoln on Monday.", "Lincoln"));
    // "C'est" opening a sentence that ran into the name does not lengthen it.
    assert_eq!(country_of("Notre envoyé à Londres C'est une longue affaire.", "Londres").as_deref(), Some("GBR"));
}

#[test]
fn a_country_heading_in_capitals_and_a_byline_end_a_run() {
    // A country in capitals before a capitalised word heads a section.
    assert_eq!(country_of("Results. KENYA Gor Mahia beat Tusker 2-1 on Sunday.", "KENYA").as_deref(), Some("KEN"));
    // "By" before a name in capitals opens a byline.
    let found = find("Floods hit towns in Mozambique By JANE DOE MAPUTO, Mozambique (AP) — Rain fell.");
    assert!(found.iter().any(|m| m.text == "Mozambique" && m.span[0] < 30));
}
