//! Golden tests: one sentence (or short document) per construction the coder
//! handles, with its events as compact lines. A change in behaviour shows up
//! as a snapshot diff for a reviewer to read (`cargo insta review`).

use std::fmt::Write;
use std::sync::{Arc, OnceLock};

use sitrep_coder::{Coder, Scratch};
use sitrep_lexicon::Lexicon;
use sitrep_model::Document;

fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(|| Coder::new(Arc::new(Lexicon::builtin().expect("built-in lexicon"))))
}

/// Codes each text as a document published on Wednesday 14 May 2025 and
/// prints one line per event: source, code, target, certainty, attribution,
/// date, quote, rule.
fn code(texts: &[&str]) -> String {
    code_published(texts, chrono::NaiveDate::from_ymd_opt(2025, 5, 14))
}

/// A publication date for [`code_published`].
fn day(y: i32, m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

/// [`code`] for documents published on `date` (`None`: undated).
fn code_published(texts: &[&str], date: Option<chrono::NaiveDate>) -> String {
    code_with(coder(), texts, date)
}

/// [`code_published`] through `coder`.
fn code_with(coder: &Coder, texts: &[&str], date: Option<chrono::NaiveDate>) -> String {
    let mut out = String::new();
    let mut scratch = Scratch::default();
    for text in texts {
        let doc = Document { date, ..Document::new("g", *text) };
        let mut events = Vec::new();
        coder.code(&doc, &mut scratch, &mut events);
        writeln!(out, "> {text}").unwrap();
        for e in &events {
            let actor = |a: &Option<sitrep_model::Actor>| match a {
                Some(a) => format!("{}[{}]", a.code.as_ref().map_or("?", |c| c.as_str()), a.text),
                None => "-".into(),
            };
            let attribution = match &e.attribution.text {
                Some(t) => format!("{}({t})", e.attribution.kind.as_str()),
                None => e.attribution.kind.as_str().to_owned(),
            };
            writeln!(
                out,
                "  {} {} {} | {} | {} | date={} | quote={} | {}",
                actor(&e.source),
                e.cameo,
                actor(&e.target),
                e.certainty,
                attribution,
                e.date.map_or("-".into(), |d| d.iso()),
                e.quote.as_deref().unwrap_or("-"),
                e.rule
            )
            .unwrap();
        }
    }
    out
}

#[test]
fn voice() {
    insta::assert_snapshot!(code(&[
        "Russian troops attacked Ukrainian positions near Kharkiv.",
        "The French ambassador was expelled by the Malian junta.",
        "Ukrainian positions were shelled by Russian artillery on Saturday.",
        "The family of an Iraqi civilian allegedly killed by UK troops have won a challenge against the government's refusal to order a full inquiry.",
        "John Cantlie, the British journalist captured by Islamic State more than six years ago, is still alive, the Home Office has said.",
    ]));
}

/// A plural possessive is an apostrophe alone ("the Tories' call"); an
/// adverb between the auxiliary and the verb ("had earlier rejected") leaves
/// the verb a verb, but after a determiner it is an adjective ("an already
/// overwhelmed Turkey" is no attack).
#[test]
fn plural_possessives_and_adverbs_after_auxiliaries() {
    insta::assert_snapshot!(code(&[
        "Police struggled to control thousands of striking teachers' union members at the Union Buildings in Pretoria on Wednesday.",
        "But he rejected the Tories' call for a quota on economic migrants, saying no \"arbitrary figure\" could reflect the UK's needs.",
        "Labour attacked the Conservatives' plans.",
        "Vladimir Putin had earlier rejected Erdoğan's calls for a ceasefire in Idlib, the last opposition stronghold in Syria.",
        "The Bank of England had earlier declined comment.",
        "Diplomatic sources in Lusaka had earlier expressed doubts over Zambia's ability to ship all its copper through Beira and Dar es Salaam.",
        "The Malian junta has since expelled the French ambassador.",
        "Assad's offensive would lead to the displacement of as many as 800,000 refugees across the border into an already overwhelmed Turkey.",
    ]));
}

/// An amount ("130 mln dlr", "$1.2 billion") is one word for a pattern's
/// gap; a pattern may still name one of its words ("lent X ... dlrs").
#[test]
fn amounts_in_gaps() {
    insta::assert_snapshot!(code(&[
        "China has signed a 130 mln dlr loan agreement with the World Bank to partly finance 12 new berths.",
        "Argentina, seeking 2.15 bln dlrs in fresh loans from private international banks to meet 1987 growth targets, has been negotiating with the banks' steering committee since February.",
        "In 2009, Alaska exported $1.6 billion worth of seafood to Japan, China, South Korea, Canada, and Europe.",
        "The World Bank has lent Indonesia 10.7 billion dlrs over the past 20 years.",
    ]));
}

#[test]
fn negation_and_denial() {
    insta::assert_snapshot!(code(&[
        "Niger did not expel the French ambassador.",
        "Rwanda denied sending troops to Congo.",
        "Syria denied using chemical weapons.",
        "Mali never recognised the new government.",
        "Russia denied the report and said it would meet Ukraine.",
        "The opposition accused Mr Blair and other Cabinet ministers of lying.",
    ]));
}

#[test]
fn a_negation_the_pattern_spells_out_is_the_act_itself() {
    insta::assert_snapshot!(code_published(&["A spokesman said Downing Street had no comment to make."], chrono::NaiveDate::from_ymd_opt(2004, 11, 30)));
}

#[test]
fn a_date_after_publication_dates_no_event_that_happened() {
    insta::assert_snapshot!(code_published(
        &["Prime Ministers Zhao Ziyang of China and\nAnibal Cavaco Silva of Portugal signed an agreement to end more\nthan four centuries of Portuguese rule over the territory of\nMacao and return it to Chinese control in 1999."],
        chrono::NaiveDate::from_ymd_opt(1987, 4, 13)
    ));
}

#[test]
fn a_speech_verb_that_is_an_event_credits_its_complement() {
    insta::assert_snapshot!(code_published(
        &["French Agricultural Minister\nFrancois Guillaume warned that France would flatly reject\nproposed reforms of the European Community, EC, cereals, sugar\nand oilseeds sectors, which he said would disrupt these\nmarkets."],
        chrono::NaiveDate::from_ymd_opt(1987, 3, 26)
    ));
}

#[test]
fn compounds_and_apposition() {
    insta::assert_snapshot!(code(&[
        "Russia and China criticised the United States.",
        "President Vladimir Putin met Chinese President Xi Jinping in Moscow.",
        "Mali, Burkina Faso and Niger withdrew from ECOWAS in January 2024.",
        "He also called for reform of the United Nations, the World Bank and the IMF.",
        "Four Western hostages -- a Briton, an Irishman, a German and an American -- were abducted.",
    ]));
}

#[test]
fn relative_clauses() {
    insta::assert_snapshot!(code(&[
        "France, which was expelled by the junta, condemned the coup.",
        "The United Nations condemned Sudan, whose army attacked civilians.",
    ]));
}

#[test]
fn doers_named_together_meet() {
    insta::assert_snapshot!(code(&[
        "U.S. And Japanese officials met in Washington last week to discuss the removal of U.S. Sanctions against some Japanese exports.",
        "U.S. And Kuwait have been negotiating for over a month on methods of protecting Kuwaiti oil tankers.",
        "Ministers and unions have clashed over the plans.",
    ]));
}

#[test]
fn persons_who_share_a_surname() {
    insta::assert_snapshot!(code(&[
        "Ademerval Garcia Peres welcomed a decision by the U.S. Commerce Department.",
        "Gen Musharraf held talks with Tony Blair on Monday.",
        "Philippe Sands QC, a member of Cherie Blair's Matrix Chambers, says Lord Goldsmith warned Tony Blair on 7 March 2003 that the Iraq war could be illegal.",
    ]));
}

#[test]
fn surnames_of_persons_named_before() {
    insta::assert_snapshot!(code(&[
        "Finance Minister Michael Wilson said it was too early to comment on the tax implications of TransCanada PipeLines Ltd's 4.3 billion dlr offer for Dome Petroleum Ltd. \"The specific offer by TransCanada is just in the course of being made and we don't have the details of all the elements of the proposal,\" Wilson told the House of Commons daily question period. Opposition parties were questioning Wilson about a possible loss of tax revenue if the takeover was completed because of the large tax credits held by Dome.",
    ]));
}

#[test]
fn passive_doers_and_led_participles() {
    insta::assert_snapshot!(code(&[
        "Three Kenyan soldiers were killed by al-Shabaab militants.",
        "Over in Cyprus, officials are attempting to kill off speculation Russia would retaliate with an attack against British sovereign bases on the island in the event of US-led punitive airstrikes inside Syria.",
    ]));
}

#[test]
fn noun_events_waged_by_a_verbs_object_or_subject() {
    insta::assert_snapshot!(code(&[
        "Kuwait has backed Iraq in the seven-year war against Iran and its ships have increasingly been the target of Iranian attacks.",
        "The force would be composed of \u{201c}states that have actively participated in the war against IS, and the UN should also play a role\u{201d}, she said.",
    ]));
}

#[test]
fn roles_of_an_actor_named_with_an_article() {
    insta::assert_snapshot!(code(&[
        "A spokesman for Yeutter said officials of the Japanese Ministry of International Trade and Industry (MITI) would hold technical talks with U.S. officials next Monday and Tuesday.",
    ]));
}

#[test]
fn foreign_roles_take_no_country_from_the_story() {
    insta::assert_snapshot!(code(&[
        "Rouhani said the grounds for a political settlement had been laid but he argued it was \u{201c}unacceptable\u{201d} for foreign troops not invited into Syria by the government to remain in the country \u{2013} a reference to US troops in the north-east of the country.",
        "Burkina Faso's government denied that foreign troops were deployed in the capital.",
    ]));
}

#[test]
fn rival_parties_of_one_code() {
    insta::assert_snapshot!(code(&[
        "The Tories criticised the Lib Dem stance, saying Mr Oaten had initially said he accepted Mr Blunkett's word unless further evidence emerged.",
        "As Tory leader Michael Howard kicked off his election campaign, the Lib Dem leader Charles Kennedy dismissed the Conservatives as a \"fading\" force.",
        "On Monday, Sinn F\u{e9}in's Conor Murphy accused the DUP of creating a \"political limbo\" for Northern Ireland by \"holding out and preventing us from forming an assembly\".",
    ]));
}

#[test]
fn two_people_of_one_code_act_on_each_other() {
    insta::assert_snapshot!([
        code_published(&["Tony Blair has backed Chancellor Gordon Brown's pre-Budget report amid opposition claims he was too bullish about the state of the UK economy."], day(2005, 12, 6)),
        code_published(&["Sayad disagreed with Finance Minister Dilson Funaro on a range of policy issues and submitted his resignation."], day(1987, 3, 25)),
        code_published(&["However, Kadyrov has lobbied Vladimir Putin for the return of Russian-speakers from Isis and helped organise nearly a dozen evacuation flights from Syria to Grozny."], day(2019, 3, 2)),
    ]
    .concat());
}

#[test]
fn the_parse_decides_whether_a_word_after_a_noun_phrase_is_its_verb() {
    insta::assert_snapshot!([
        code_published(&["The won strengthened by 6.60 won to the dollar in three days earlier this month while an International Monetary Fund team held talks here to discuss revaluation."], day(1987, 6, 18)),
        code_published(&["The Syrian Observatory for Human Rights, a monitoring group, reported that the suspected US-led coalition airstrike hit a Syrian army post near an Islamic State stronghold in Deir al-Zour."], day(2018, 5, 25)),
        code_published(&["It has caused a new wave of concern among Labour MPs gearing up to defend their seats in an election, widely expected to be held in May."], day(2005, 2, 1)),
    ]
    .concat());
}

#[test]
fn a_verb_the_parse_gives_a_subject_is_active_before_the_by_its_pattern_spells() {
    insta::assert_snapshot!([
        code_published(&["Gaddafi repeated his stand that no Libyan forces are in\nChad, saying he stood by Chad rebel forces of GUNT -- the\nTransitional Government of National Unity -- fighting the\nforces of President Hissene Habre."], day(1987, 3, 29)),
        code_published(&["During his second day of questioning in the New York trial Mr Ebbers denied he frequently met him to discuss company business when questioned by the prosecution."], None),
    ]
    .concat());
}

#[test]
fn a_name_its_apposition_and_the_verb_after_them_are_one_clause() {
    // Parsed with the name as the sentence and "told" as an aside of it:
    // the coder mends the parse, and the speaker is the name.
    insta::assert_snapshot!(code_published(&["Gennady Gerasimov, chief of the Soviet Foreign Ministry's\nInformation Directorate, told reporters the agreement had been\nreached during a visit to Moscow last week by Iran's Oil\nMinister Gholamreza Aqazadeh."], day(1987, 10, 20)));
}

#[test]
fn a_speaker_above_a_misparsed_clause_did_not_do_it() {
    // "Communist" is tagged a verb, and the killing hangs below it from
    // "said": an adverbial clause in its base form shares no subject.
    insta::assert_snapshot!(code_published(&["Communist rebels killed 18 soldiers on\nMindanao island in the southern Philippines, the army said."], day(1987, 3, 20)));
}

#[test]
fn a_pronoun_after_said_is_the_speaker_named_before_its_apposition() {
    insta::assert_snapshot!([
        code_published(&["Turkey, a Nato member, said it would shortly mount an assault on the Kurdish-held Syrian town of Afrin, close to the Turkish border."], day(2018, 1, 15)),
        code_published(&["The internationally recognised southern part of Cyprus is an EU member, but Turkey, which occupies northern Cyprus, had previously insisted it would not bow to demands to recognise the country, calling the issue a \"red line\"."], None),
    ]
    .concat());
}

/// Two actors under one code: a person, party or organisation the lexicon
/// names and another actor are two ("Mr Blair praised his chancellor", "the
/// Tory party are urging Mr Howard"); the doer's own office after "as" is
/// one with the doer, so the act stands without a target ("resigned as
/// Home Secretary").
#[test]
fn two_actors_under_one_code() {
    insta::assert_snapshot!(code_published(
        &[
            "Lord Strathclyde warned ministers that they should \"prepare themselves for substantial rewriting of various aspects of the Bill\".",
            "Mr Blair praised his chancellor for his role in creating economic stability, which he said was the \"cornerstone\" of Labour's programme.",
            "Ideas already floated include raising tax thresholds and abolishing or reducing inheritance tax, although some in the Tory party are urging Mr Howard to announce something more eye-catching before the election.",
            "Mr Blunkett resigned as Home Secretary on Wednesday after an inquiry uncovered an e-mail showing a visa application by Mrs Quinn's former nanny had been speeded up.",
        ],
        day(2005, 1, 10)
    ));
}

/// A passive whose subject holds the pattern's object word ("sanctions
/// were lifted on +", "an agreement was reached with +"): the rest of the
/// pattern follows the verb. (Who lifted them, "US" before "sanctions",
/// is not read yet.)
#[test]
fn passives_with_the_object_word_first() {
    insta::assert_snapshot!(code_published(
        &[
            "US sanctions were lifted on several Turkish citizens, and a six-month sanctions waiver offered to wean Turkish energy interests off Iran.",
            "The International Committee of the Red Cross said on Wednesday that as many as 20,000 Iraqis could be transferred from al-Hawl camp to their homeland after an agreement was reached with Baghdad.",
        ],
        day(2018, 11, 6)
    ));
}

/// "the two countries", "both countries" stand for the last two countries
/// named, each an actor of its own: a reciprocal act is each one's on the
/// other ("the two countries signed"), an act on them is on each; "both
/// sides of" a place is no actor.
#[test]
fn the_two_countries_named_before() {
    insta::assert_snapshot!(code_published(
        &[
            "Trade between Helsinki and Moscow is based on a barter system, and is balanced under long-term accords. In January the two countries signed a 1987 agreement worth 30 billion markka, but trade in the past two years has been declining due to the fall in the price of crude oil.",
            "Greece and Turkey's NATO allies today called on both countries to avoid any action that could aggravate an explosive situation in the Aegean.",
            "The UK has welcomed the decision by India and Pakistan to open a bus link across the ceasefire line dividing the disputed region of Kashmir. Kashmiri politicians on both sides of the Line of Control which divides the region welcomed the move.",
        ],
        day(1987, 3, 27)
    ));
}

/// A role word the pattern spells out ("[tell] reporters", no event: the
/// audience of a statement is not its target) is the same word after its
/// country's adjective ("telling Japanese reporters").
#[test]
fn role_words_after_a_country_adjective() {
    insta::assert_snapshot!(code_published(
        &["He quoted Miyazawa as telling Japanese reporters that major industrial nations are aggressively intervening in currency markets worldwide to prevent a dollar free-fall."],
        day(1987, 3, 30)
    ));
}

/// "he" after a country's office holder named by a role noun for one
/// person ("India's finance minister … He") stands for that office holder.
#[test]
fn he_after_an_office_holder() {
    insta::assert_snapshot!(code_published(
        &["In London on Thursday ahead of the meeting, India's finance minister, lashed out at the restrictive trade policies of the G7 nations. He objected to subsidies on agriculture that make it hard for developing nations like India to compete. He also called for reform of the United Nations, the World Bank and the IMF."],
        day(2005, 2, 3)
    ));
}

/// What a question asks about is not reported: no event from the question
/// a sentence ends with, from the colon, quotation mark or dash that opens
/// it ("… my way is right - if I were wrong, why would they threaten me?"
/// keeps the threats received, not the threatening asked about).
#[test]
fn questions_report_nothing() {
    insta::assert_snapshot!(code_published(
        &[
            "When I receive threats from the government of Iran I just think my way is right - if I were wrong, why would they threaten me?",
            "\u{201c}A country we call an ally is insisting on forming a terror army on our borders,\u{201d} Erdo\u{11f}an said in a speech in Ankara. \u{201c}What can that terror army target but Turkey? Our mission is to strangle it before it\u{2019}s even born.\u{201d}",
        ],
        day(2018, 1, 15)
    ));
}

/// A phrase whose head names no actor stands for the actor in apposition
/// to it, not for its owner: "Assad's backer, Russia" is Russia.
#[test]
fn an_apposition_names_the_actor_not_its_owner() {
    insta::assert_snapshot!(code_published(
        &["Rebel fighters are trying to negotiate with Assad\u{2019}s backer, Russia, as the opposition-held enclave in southern Daraa province rapidly shrinks under airstrikes and ground attacks, but say conditions offered are \u{201c}hard to accept\u{201d}."],
        day(2018, 6, 30)
    ));
}

/// A speaker set off by commas ("General Guven Ergenc, Secretary General
/// of the Turkish General Staff, said …") is the one credited, not the
/// words after the speech verb.
#[test]
fn a_speaker_in_apposition_before_the_speech_verb() {
    insta::assert_snapshot!(code_published(
        &["General Guven Ergenc, Secretary General of the Turkish\nGeneral Staff, said today the Turkish research ship Sismik 1,\nescorted by an unspecified number of warships, would sail into\ndisputed waters in the Aegean Sea tomorrow morning."],
        day(1987, 3, 27)
    ));
}

/// An -ing word the parse reads as a noun with an owner or a determiner
/// names its own doer ("Turkey's jailing of", "the kidnapping of … by air
/// force paratroopers"), not the subject of the verb above it.
#[test]
fn gerunds_with_an_owner_or_a_determiner_are_nouns() {
    insta::assert_snapshot!(code_published(
        &["The two have clashed over Turkey\u{2019}s unjustified jailing of an American pastor on terrorism charges."],
        day(2018, 8, 14)
    ));
}

#[test]
fn a_gerund_with_a_determiner_takes_its_agent() {
    insta::assert_snapshot!(code_published(
        &["Ecuadorean officials held their last formal meeting with\nthe advisory committee in New York in January, but the\nnegotiations were suspended on January 16 due to the 12-hour\nkidnapping of President Leon Febres Cordero by air force\nparatroopers."],
        day(1987, 3, 11)
    ));
}

/// "have yet to" and "were barred from" deny the act they govern.
#[test]
fn not_yet_and_barred_from_deny_the_act() {
    insta::assert_snapshot!(code_published(
        &[
            "Three creditors have yet to agree to the deal struck last week.",
            "The German lender is one of six banks that were barred from providing financing to Gazprom, the Russian state-owned company that was expected to win the auction for Yuganskneftegas.",
        ],
        day(2005, 2, 14)
    ));
}

/// An event noun that is sought, wanted or upcoming has not happened: it
/// is an intention, coded as CAMEO codes one (032 for a rapprochement
/// sought; 036 for negotiations to come, but "in upcoming negotiations with
/// South Africa's mining companies" names no doer inside another clause's
/// phrase, and such a noun is background, no event).
#[test]
fn event_nouns_sought_or_upcoming_are_intentions() {
    insta::assert_snapshot!(code_published(
        &[
            "The National Union of Mineworkers,\nNUM, said it will demand a 55 pct annual wage increase in\nupcoming negotiations with South Africa's mining companies.",
            "But Turkey\u{2019}s interests have diverged from those of the rebels over the last two years, as its focus turned to the Kurdish militias and it sought a rapprochement with Russia, Assad\u{2019}s most important ally, to kickstart peace negotiations.",
        ],
        day(2018, 1, 26)
    ));
}

/// What a party claims is its allegation, not an asserted fact. (A defeat
/// claimed with no doer named is no act at all: `doer-needed-row`.)
#[test]
fn what_a_party_claims_is_alleged() {
    insta::assert_snapshot!(code_published(
        &[
            "Trump claimed in a tweet Wednesday that ISIS has been defeated in the country and that combating the terrorist group was the only reason for a US presence in Syria.",
            "Syria claimed that US jets had bombed a camp of Syrian regime forces, killing three soldiers.",
        ],
        day(2018, 12, 19)
    ));
}

/// An organisation's officers speak as the organisation: "UAW
/// vice-president" is the union (USALAB), not a government inside it.
#[test]
fn an_organisations_officers_are_the_organisation() {
    insta::assert_snapshot!(code_published(
        &["AlThough the sessions were closed to the press, UAW\nvice-president Donald Ephlin urged delegates in a bargaining\ndocument obtained by Reuters to be \"willing to use creative and\nnon-traditional means in achieving our bargaining goals.\""],
        day(1987, 6, 1)
    ));
}

/// An -ing form after a form of "be" is a progressive verb, though the
/// parse may take it for an adjective before its object.
#[test]
fn progressives_are_verbs() {
    insta::assert_snapshot!(code_published(
        &["Nicola Sturgeon is urging world leaders to deliver on climate pledges made in Glasgow last year as she attends COP27."],
        day(2022, 11, 7)
    ));
}

/// A quotation that runs on past its speaker's sentence is still theirs:
/// "“…,” the rebel commander said. “The armed Syrian revolution was
/// defeated militarily …”" credits the commander.
#[test]
fn a_quotation_keeps_its_speaker_into_the_next_sentence() {
    insta::assert_snapshot!(code_published(
        &["\u{201c}We have to reinforce and start over,\u{201d} the rebel commander said. \u{201c}The armed Syrian revolution was defeated militarily, but it wasn\u{2019}t Bashar al-Assad who won, and the fact that there is an opposition at all is a victory in itself against the entire world. Syrians have zero influence over any decision related to Syria.\u{201d}"],
        day(2018, 1, 26)
    ));
}

/// A participle right after a pattern's object word is its reduced
/// passive: "US sanctions imposed on Russia" is the US's act on Russia.
#[test]
fn an_object_word_before_its_participle() {
    insta::assert_snapshot!(code_published(
        &["Sweeping US sanctions imposed on Russia last week as punishment for the Salisbury nerve agent attack help maintain the comforting impression of an international community united in its determination to prevent the use of chemical weapons."],
        day(2018, 8, 11)
    ));
}

/// A clause of its own below a passive has its own voice: the passive's
/// subject does the lower act ("is expected to attend", "after allegedly
/// receiving threats").
#[test]
fn a_passive_subject_does_the_act_of_the_clause_below() {
    insta::assert_snapshot!(code_published(
        &[
            "Two traders, who asked not to be named, said separately Brazil is expected to attend the meeting along with most or all of the Central American producers.",
            "An Iranian wrestler who won gold for Scotland has been given police security after allegedly receiving threats from her government.",
        ],
        day(1987, 3, 18)
    ));
}

/// An argument that names no actor stands for its owner, whose "'s" is no
/// preposition: "denied Botha's charges", "Trump's decision to
/// withdraw".
#[test]
fn an_owner_stands_for_the_thing_owned() {
    insta::assert_snapshot!(code_published(
        &[
            "Zambia, Mozambique, Botswana and Zimbabwe denied Botha's charges and said they were a pretext for South African attacks on them.",
            "He was responding to Trump\u{2019}s decision to withdraw US troops from Syria, a move that has privately infuriated the UK military and many policymakers in Washington.",
        ],
        day(2019, 2, 5)
    ));
}

/// An infinitive right after an owned noun that names no actor is that
/// noun's, and the owner does it, wherever the parser hung it: here it
/// made "suspend" an adverbial of "approaching", whose subject is the EFF.
#[test]
fn an_owners_decision_to_act_is_the_owners_act() {
    insta::assert_snapshot!(code_published(
        &["\"The EFF will be approaching the court for an urgent interdict against Parliament's illegal decision to suspend its leadership,\" said EFF spokesman Mbuyiseni Ndlozi."],
        day(2015, 2, 20)
    ));
}

/// "She" refers back only to a woman the lexicon marks (people.tsv's
/// `pronoun` column) and "he" to anyone but her: the victim here is no
/// longer the PKK's leader, named last.
#[test]
fn she_refers_back_only_to_a_woman() {
    insta::assert_snapshot!(code_published(
        &[
            "Inspired by the ideology of Abdullah \u{d6}calan, the imprisoned leader of the outlawed Kurdistan Workers\u{2019} Party (PKK) in Turkey, people have organised themselves into grassroots assemblies and co-operatives. In 2015, she was beaten unconscious at an anti-fascist march by police.",
            "Theresa May said she would not criticise Turkey. She told Erdo\u{11f}an she was concerned. He told May that Turkey would act.",
        ],
        day(2018, 4, 1)
    ));
}

/// A town the lexicon lists (`actors/places.tsv`) is what an act is done
/// to, coded as its country ("invaded Afrin", "besieging Idlib"), but it
/// is no doer ("Idlib is likely to be the last stand for those who first
/// fought against Assad": the fighters, not Syria), no referent of "they",
/// and after "in" only where the act happened ("fighting in Raqqa").
#[test]
fn a_town_is_what_an_act_is_done_to() {
    insta::assert_snapshot!(code_published(
        &[
            "Turkey has for years been threatening the Kurds in Syria, and in 2018 invaded Afrin with the aid of Islamist proxies.",
            "The Syrian regime and Russia have been besieging Idlib and eastern Ghouta, while Turkey and a proxy Arab force launched an offensive against the Kurdish enclave of Afrin in January.",
            "Idlib is likely to be the last stand for those who first fought against Assad and others who have since joined the battle.",
            "There also remains a lethal threat from mines and unexploded bombs left over from fighting in Raqqa and Deir ez-Zor.",
        ],
        day(2018, 3, 20)
    ));
}

/// Doers named together are both the doers when the parse hangs the verb
/// as a conjunct of the first one's noun, with the second alone as its
/// subject ("The Syrian regime and Russia have been besieging").
#[test]
fn doers_named_together_where_the_parse_splits_them() {
    insta::assert_snapshot!(code_published(
        &[
            "Sao Tome's military junta and the mediators were to resume talks  on Monday.",
            "Opposition members and some Labour MPs had long called for Ms Hutt's removal after sustained criticism over extended hospital waiting times.",
        ],
        day(2005, 6, 1)
    ));
}

/// An evaluation (`en/evaluations.tsv`) in what a speaker says about an
/// actor is the speaker's act towards it: Straw's criticism of the law
/// lords ("he" is Straw), criticism of NATO and, through its claims, of the
/// EPA; "the UK economy had been pretty weak" judges no actor's act.
#[test]
fn what_a_speaker_says_about_an_actor_is_an_act() {
    insta::assert_snapshot!(code_published(
        &[
            "But Mr Straw denied it amounted to a \"constitutional crisis\". \"The law lords are simply wrong to imply that this is a decision to detain these people on the whim or the certificate of the home secretary,\" he told BBC Radio 4's Today programme.",
            "\u{201c}The silence of the Nato members is unacceptable when one of their members is killing civilians by the dozens,\u{201d} said Ilham Ahmad, the co-chair of a local Kurdish political group, the Syrian Democratic Council.",
            "CECOS said it believes strongly that the EPA's claims and\nproposed remedies concerning the Livingston waste disposal site\nare unreasonable.",
            "Martyn Beck, chief economic advisor to the EY Item Club and former Treasury economist, said the UK economy had been \"pretty weak over the last few months\".",
        ],
        day(2018, 2, 1)
    ));
}

/// Who reports a clause with a subject of its own is neither its doer nor
/// the one it is done to by word order ("Benedicto had surrendered
/// control"; "the pandemic had prevented the UK" is, besides, nobody's act:
/// `no-doer-noun` in tree-roles.tsv); where the clause's
/// subject is a pronoun or owned by one, the speaker may be who acts
/// ("Turkey has said it needs more time to force", "his country welcomed").
#[test]
fn who_reports_a_clause_is_not_its_doer() {
    insta::assert_snapshot!(code_published(
        &[
            "He said Benedicto had surrendered control of several newspapers and radio and television stations.",
            "He said the coronavirus pandemic had prevented the UK from taking advantage of opportunities open to it after leaving the European Union.",
            "Turkey has said it needs more time to force the militants to leave.",
            "Secretary of State George Shultz said his country welcomed China's interest in participating in GATT.",
        ],
        day(1987, 3, 2)
    ));
}

/// A bare role of `local-roles.tsv` (civilians, protesters, police,
/// rebels …) with no country of its own belongs where its sentence places
/// it: Kabul's civilians, the Coptic victims in Cairo; the story's other
/// country no longer decides. ("an account of a massacre of civilians in
/// Rakhine state" names no doer inside another phrase: background, no
/// event.)
#[test]
fn bare_local_roles_belong_where_their_sentence_places_them() {
    insta::assert_snapshot!(code_published(
        &[
            "Last Thursday, dozens of civilians in Kabul were killed in a suicide attack that targeted a Shia cultural centre in the Afghan capital.",
            "Just as shocking is the situation in Myanmar, where two Reuters journalists face long jail terms when they should be in line for international prizes for their scrupulous account of a massacre of civilians in Rakhine state.",
            "On November 13, a series of coordinated attacks at several locations in the French capital killed at least 130 people and injured over 360.",
        ],
        day(2018, 4, 1)
    ));
}

/// A verb the parse uses as a preposition ("According" as `case`) is no
/// predicate, so the tagger's NOUN for the real verb is not believed when
/// nothing else is one (sentence written for this test).
#[test]
fn a_verb_used_as_a_preposition_is_no_predicate() {
    insta::assert_snapshot!(code_published(&["According to Syrian state media, Israeli jets struck targets near Damascus."], day(2018, 4, 1)));
}

/// An accident or a disaster as the subject of an act makes it nobody's
/// act (`no-doer-noun`); a blast or gunfire is still someone's.
#[test]
fn an_accident_is_nobodys_act() {
    insta::assert_snapshot!(code_published(
        &[
            "(GRAPHIC) An explosion at a coal mine in northern China killed 40 people Thursday and trapped another 74 underground, officials said, in the latest tragedy to strike the notoriously unsafe industry.",
            "Residents of Kurdish towns east of the Euphrates have been bracing themselves for a Turkish attack after several months of shelling and cross-border fire that has killed several civilians.",
        ],
        day(2018, 4, 1)
    ));
}

/// "Not" that begins "not only … but also" negates nothing, even where a
/// negation cue as long covers it ("are not"); an act "avoided" did not
/// happen (second sentence written for this test).
#[test]
fn not_only_but_also_negates_nothing() {
    insta::assert_snapshot!(code_published(
        &[
            "Grimsson said they are not only the attacks on the French nation but also the attacks on the \"civilization of our time, freedom, democracy and human rights\".",
            "Turkey avoided blaming Russia for the attack.",
        ],
        day(2015, 11, 14)
    ));
}

/// A noun behind "according to" that the parse makes a second subject of
/// the verb is who reports it, not who did it: the other subject is.
#[test]
fn according_to_names_no_doer() {
    insta::assert_snapshot!(code_published(
        &["According to Kazakhstan presidential news agency Akorda, Nazarbayev sent his condolences over the casualties of civilians and servicemen in the conflict."],
        day(2015, 11, 14)
    ));
}

/// A relative pronoun as the object of its clause stands for the noun the
/// clause modifies: the activist is who police arrested (sentence written
/// for this test).
#[test]
fn a_relative_object_is_the_noun_it_modifies() {
    insta::assert_snapshot!(code_published(&["The Kenyan government released the activist whom police had arrested in Nairobi."], day(2020, 6, 1)));
}

/// A participle set off by commas after the subject ("backed by American
/// aircraft") is an aside: the verb after it is the sentence's, and its
/// doer the noun before the aside, however the parse hung it (sentence
/// written for this test).
#[test]
fn a_participle_aside_keeps_the_subject() {
    insta::assert_snapshot!(code_published(&["The Egyptian army, backed by American aircraft, attacked militants in Sinai."], day(2018, 2, 9)));
}

/// An evaluation with an expletive "it" is about its clause's subject:
/// "it is unacceptable that Russia …" criticises Russia (sentence written
/// for this test).
#[test]
fn an_extraposed_evaluation_is_about_its_clause() {
    insta::assert_snapshot!(code_published(&["\"It is unacceptable that Russia continues to bomb civilians in Kharkiv,\" the French foreign minister said."], day(2022, 5, 3)));
}

/// "The group", "the party", "the company" before a verb stand for the
/// organisation of that kind named last (first in its sentence): Isis
/// claimed the Cairo shooting.
#[test]
fn the_group_is_the_organisation_named_before() {
    insta::assert_snapshot!(code_published(
        &["Isis’s sectarian focus makes its persistence even more troubling for the country and the wider region. A day after the Kabul assault, the group also claimed responsibility for a militant shooting on a church in Cairo, killing about a dozen people."],
        day(2018, 1, 2)
    ));
}

/// A passive appeal or accusation with its agent before the rest of the
/// pattern: the agent is the doer, the subject the target (first sentence
/// written for this test).
#[test]
fn a_passive_appeal_keeps_its_agent_and_target() {
    insta::assert_snapshot!(code_published(
        &["Egypt was asked by Israel to explain the incident.", "Bentley Whitfield, 31, was accused by the Grand Jury of mail fraud stemming from a scheme in which he deposited a check payable to Merrill Lynch."],
        day(1987, 3, 12)
    ));
}

/// An administrative restriction that names neither doer nor target is
/// done to the country it is imposed in (`place-scope-code`), a town read
/// as its country (sentences written for this test).
#[test]
fn a_curfew_imposed_in_a_country_is_done_to_it() {
    insta::assert_snapshot!(code_published(&["Martial law was imposed in Poland.", "A curfew was imposed in Bamako after the coup."], day(2021, 5, 25)));
}

/// Bare local roles belong to the country of a town the sentence names
/// anywhere, of a capital after "in" or a verb, or of a country after
/// "in", before the story's focus: civilians evacuated from Afrin are
/// Syria's (the second sentence written for this test).
#[test]
fn local_roles_take_the_country_of_the_town_named() {
    insta::assert_snapshot!(code_published(
        &[
            "Anna Campbell died on 15 March when her position was struck by a Turkish missile as she and five other female soldiers helped to evacuate civilians from the besieged city of Afrin in northern Syria.",
            "Saudi-led coalition airstrikes killed 30 civilians in Yemen.",
        ],
        day(2018, 3, 20)
    ));
}

/// A pattern's target slot followed by the pattern's own words may hold a
/// person the lexicon does not know: the act is coded with no coded
/// target (a proper name stays as an uncoded actor, `?[Mr Hockney]`), and
/// no actor further on takes the slot ("the London Assembly" is not
/// whom UKIP appealed to). A spokesman "for" an actor speaks for it. Not
/// a common noun or "it": the central bank that "prevented the dollar
/// from falling" did nothing to anyone. (Corpus sentences: bbc-politics-288,
/// masakhanews-eng-test-363, reuters-16189.)
#[test]
fn unnamed_person_in_a_target_slot() {
    insta::assert_snapshot!(code(&[
        "A spokesman for UKIP called on Mr Hockney to quit the London Assembly.",
        "Chief Minister Alfred Cannan said he asked Rob Callister MHK to step down after deciding the health department needed a \"different approach\".",
        "The central bank had placed buy orders at that level and prevented the dollar from falling when it came under heavy selling pressure from investment trusts and trading houses, they said.",
    ]));
}

/// A passive whose subject holds the pattern's object word and, right
/// after it, the rest of the pattern: "the ambassador to Iran was
/// recalled" is `[recall] ... ambassador ... to +` with Iran as target and
/// the ambassador's country as doer. (Corpus sentences:
/// glocon-5db56b79ee1f200017463a4a, reuters-20511.)
#[test]
fn rest_of_a_passive_pattern_inside_its_subject() {
    insta::assert_snapshot!(code(&[
        "The report did not specify whether the Kuwaiti ambassador to Iran was being recalled for consultations or indefinitely.",
        "The deal with Argentina was agreed by a majority of EC states after West Germany withdrew objections to increased quotas for Argentina on high-quality beef.",
    ]));
}

/// `$?`: the verb's subject suffered the act, whether or not the doer is
/// named; "survived a heart attack" is no attack. (Sentences written for
/// this test, after the rows' examples.)
#[test]
fn subject_suffered_the_act() {
    insta::assert_snapshot!(code(&[
        "The Kenyan president survived an assassination attempt.",
        "The Pakistani prime minister survived an assassination attempt by the Taliban.",
        "Israeli troops came under attack near Gaza.",
        "The Kenyan president survived a heart attack.",
    ]));
}

/// A commitment to an act the lexicon does not know is the general intent
/// to cooperate (`fallback-row` in tree-roles.tsv), towards another actor
/// only; an act it knows under the verb replaces it, and a company's deal
/// codes nothing. (Corpus sentences: glocon-5da6f8180d84000017827c0f,
/// masakhanews-eng-test-587, reuters-253; the Liberal Democrats' promise is
/// a dev-gold sentence annotated with no event, bbc-politics.)
#[test]
fn commitments_to_unknown_acts() {
    insta::assert_snapshot!(code(&[
        "Rwanda, Kenya and Uganda agreed to link up to the Kenyan port of Mombasa along a standard-gauge railway estimated to cost 13 billion U.S. dollars.",
        "The UK pledged to stop using Russian resources.",
        "Cairo agreed to purchase 500,000 tonnes of Canadian wheat a year.",
        "The Liberal Democrats are promising to cut class sizes for the youngest children and ensure all children are taught by a qualified teacher in each subject.",
        "Hospital Corp has agreed to sell 104 acute care hospitals to a new company owned by an employee stock ownership plan.",
    ]));
}

/// A protest or riot with no doer named was done by the people of the
/// place it broke out in (`place-source-code` in tree-roles.tsv); one
/// event where a pattern spells the riot before its own verb. (Sentences
/// written for this test: the corpus has few riots without a doer.)
#[test]
fn riots_that_break_out_in_a_place() {
    insta::assert_snapshot!(code(&[
        "Rioting erupted in Lagos after the fuel price increase.",
        "The rioting erupted in Lagos on Monday.",
        "Riots broke out in Kenya after the vote.",
        "Thousands protested in Bangkok.",
    ]));
}

/// A verb's pattern read at a noun stands without a target when an actor
/// owns the noun ("Ankara's demands for a truce"); a bare noun does not
/// ("peak demand"). (Corpus sentences: guardian-204, reuters-7589.)
#[test]
fn nouns_an_actor_owns() {
    insta::assert_snapshot!(code(&[
        "Ankara’s demands for a truce, made during a recent trilateral summit in Tehran, were rebuffed by Moscow.",
        "Cuba's call for a joint negotiating front is not being promoted by Brazil or even defended by Peru, the region's flag-bearer in unilateral payment decisions.",
        "Peak demand for electricity rose in January.",
    ]));
}

/// A verb's negation or modal speaks for a noun event it takes only when
/// the verb is a light verb ("will not hold talks": a refusal to meet,
/// `lexicon/refusal.tsv`); a verb that speaks of
/// the act leaves the act as reported ("did not condemn Israel's invasion":
/// the invasion stands). (Sentences written for this test.)
#[test]
fn modality_reaches_a_noun_event_through_light_verbs_only() {
    insta::assert_snapshot!(code(&[
        "Russia did not condemn Israel's invasion of Lebanon.",
        "Israel will not hold talks with Hamas.",
    ]));
}

/// An act someone is asked or told to do is not done: a general appeal
/// takes the act's code (`lexicon/appeal.tsv`), a negated or embedded act
/// leaves it 020, and a demand's clause is no event either. (Corpus
/// sentences: guardian-237, reuters-8095; the others written for this test.)
#[test]
fn acts_asked_for_are_appeals() {
    insta::assert_snapshot!(code(&[
        "The African Union urged Sudan to expel the mercenaries.",
        "King Fahd may ask Britain to restore diplomatic relations with Syria, broken off by London last October.",
        "Members of Congress urged the Pentagon not to sell Turkey F-35 fighters.",
        "Russia urged the West to stop arming Ukraine.",
        "The opposition demanded that the prisoners be released.",
    ]));
}

/// A threat's act is threatened, not done: a general threat takes the
/// threat code `intent.tsv` gives the act (and its target when it names
/// none); a warning that reports what is being done leaves the act
/// standing. (Corpus sentence: reuters-12730; the others written for this
/// test.)
#[test]
fn acts_threatened_are_threats() {
    insta::assert_snapshot!(code(&[
        "Britain is threatening to revoke the license of Japanese banks in retaliation for restrictive trade practices.",
        "Turkey warned it could close its embassy in Vienna.",
        "Israel warned Hamas that it would resume the bombing of Gaza.",
        "Russia warned the United States that its troops were attacking civilians in Syria.",
    ]));
}

/// An act its doer says it will not do is a refusal (`lexicon/refusal.tsv`),
/// asserted, as is one it refuses ("refuse to meet", cue kind `refusal`);
/// a past negation stays a negated act; so is a readiness denied ("not
/// willing to negotiate"), and a decision not to act ("decided not to
/// withdraw": 1246). (Corpus sentences: reuters-18717,
/// glocon-5da6f8180d84000017827e6e, bbc-politics-384; the last three
/// written for this test.)
#[test]
fn refusals_said_with_will_not() {
    insta::assert_snapshot!(code(&[
        "The State Department said the United States would not yield to terrorist blackmail.",
        "Republicans have even said they'd refuse to meet with Obama's nominee.",
        "The detainees would not be freed until the new powers were in place, the home secretary told MPs.",
        "Iran did not release the British sailors.",
        "Iran is not willing to negotiate with the United States.",
        "Israel decided not to withdraw its troops from Lebanon.",
    ]));
}

/// A participle after a perfect auxiliary is a verb, however the parse
/// tags it. (Sentence written for this test from a helper's miss.)
#[test]
fn perfect_participles_tagged_as_adjectives() {
    insta::assert_snapshot!(code(&[
        "Japan said it had lent Indonesia 500 million dollars.",
    ]));
}

/// A country's name right after a count, ending its phrase, names its
/// people (`counted-country-role` in tree-roles.tsv); one before a noun it
/// describes does not ("two Kuwaiti tankers"). (Corpus sentences:
/// reuters-3464, reuters-18271, reuters-20774. The Iraqi attack that killed
/// 37 Americans is the attack alone, `means-over-code`.)
#[test]
fn counted_demonyms_are_people() {
    insta::assert_snapshot!(code(&[
        "Iraq said 2,500 Iranians were killed and large quantities of armour and weapons were left behind.",
        "The Iraqi missile attack on the U.S. frigate Stark in the Gulf killed 37 Americans.",
        "A U.S. destroyer began escorting two Kuwaiti tankers flying the U.S. flag southwards.",
    ]));
}

/// A participle that opens a noun phrase names someone by a past act
/// ("convicted murderer", "jailed tycoon"); an -ing word between a number
/// and its noun describes the noun ("striking locals"). Neither is an act
/// the sentence reports; the verbs of the same sentences still are.
/// (Corpus sentences: glocon-5db56b78ee1f2000174638da, bbc-business-444,
/// reuters-17783; the last two written for this test.)
#[test]
fn participles_describing_a_noun_are_no_acts() {
    insta::assert_snapshot!(code(&[
        "The cross-examination of convicted Trompsburg farm murderer Moeketsi Hlaasa continued in the Bloemfontein High Court on Thursday.",
        "Jailed tycoon Mikhail Khodorkovsky has transferred his controlling stake in oil giant Yukos to a business partner.",
        "It had no meeting scheduled with the other three striking locals, which rejected a tentative three-year contract Saturday, Cominco spokesman Richard Fish said.",
        "Mbalula said assassinated SA Communist Party leader Chris Hani would have been proud of the ANC.",
        "Police arrested opposition leader Kizza Besigye.",
    ]));
}

/// A date after a target preposition ("released on Monday") is never the
/// act's target. (Sentence written for this test.)
#[test]
fn dates_are_no_targets() {
    insta::assert_snapshot!(code(&[
        "The business loan data are scheduled to be released on Monday.",
        "Hamas released 20 Israeli soldiers on Monday.",
    ]));
}

/// A participle set off by a comma after its verb ("…, killing three
/// soldiers") is as certain as that verb; the verb itself is no cue of
/// it ("denied the claims, saying …": the saying is not denied).
/// (Corpus sentence: bbc-politics-100; the first written for this test.)
#[test]
fn result_participles_share_their_verbs_certainty() {
    insta::assert_snapshot!(code(&[
        "Syria claimed that US jets had bombed a camp of Syrian regime forces, killing three soldiers.",
        "The US government denied the claims, saying it condemned and prohibited torture.",
    ]));
}

/// A noun that names its doer's movement ("a visit to Washington") takes
/// a "by" phrase as its doer; a relative pronoun after a comma stands for
/// the noun right before the comma even where the parse hangs its clause
/// by another relation. (Corpus sentences: reuters-17363, reuters-8239,
/// reuters-19456, guardian-771.)
#[test]
fn doers_of_visits_and_of_relative_clauses() {
    insta::assert_snapshot!(code(&[
        "Some even believe an announcement could come this week during a visit to Washington by Japanese Prime Minister Yasuhiro Nakasone.",
        "The commercial bank rescheduling has yet to be finalised because of the reluctance of Japanese banks to participate in the agreement, despite a recent trip to Japan by senior Nigerian officials and representatives of the steering committee.",
        "Alfonsin, who is beginning a four-day private visit to the U.S., was in Philadelphia to speak to the private World Affairs Council.",
        "Turkey has long argued that the US-backed YPG is a terrorist organisation affiliated with its own Kurdish insurgent group, the Kurdistan Workers' party (PKK), which has waged an insurgency against the Turkish state for decades.",
    ]));
}

/// A disaster or disease as a passive's agent ("killed by a landslide",
/// "threatened by the Zika virus") makes the act nobody's, as it does as
/// a subject. (Corpus sentence: glocon-5da6f8190d84000017827f0a; the
/// first written for this test.)
#[test]
fn disasters_as_passive_agents_do_nothing() {
    insta::assert_snapshot!(code(&[
        "Three soldiers were killed by a landslide in northern Pakistan.",
        "Despite their staunch opposition to contraceptives, Philippine Roman Catholic bishops say they fully support Pope Francis' remarks suggesting artificial contraception can be used by women threatened by the Zika virus.",
        "Two Israeli soldiers were killed by Hamas gunmen.",
    ]));
}

/// A date phrase between a verb (or its object) and the pattern's next
/// word is read past: "agreed on Monday to", "asked Britain on Friday to",
/// "denied on Sunday that", "called last month for". (Corpus sentences:
/// reuters-4633, guardian-555, reuters-12178; the others from a helper's
/// round-39 block, written there.)
#[test]
fn date_phrases_inside_a_pattern() {
    insta::assert_snapshot!(code(&[
        "West Germany agreed on February 22 to cooperate in stabilizing exchange rates around the current levels.",
        "Turkey denied on Sunday that it was bound to observe the ceasefire.",
        "Jacques Delors, President of the European Community's Executive Commission, called last month for control to go to West Germany's Siemens AG in order to strengthen European industry.",
        "Britain agreed on Monday to extradite the Nigerian businessman to Nigeria.",
        "The Nigerian government asked Britain on Monday to extradite the former minister.",
    ]));
}

/// A hostile act its doer would or could do, in a clause someone is
/// reported to say, also on a condition ("if", "unless"), is that doer's
/// threat (`threat_condition` cues; 13x from intent.tsv), not a
/// conditional act; not without a doer, nor inside the "if" clause itself
/// ("Asked if South Korea would retaliate …"). Under "should" it is the
/// speaker's appeal to the doer (see `duties_a_speaker_lays_are_appeals`).
/// (Corpus sentences: reuters-10697, reuters-15957, reuters-3931; the
/// others from helper x3's round-39 block, written there, and written for
/// this test.)
#[test]
fn conditional_hostile_acts_are_threats() {
    insta::assert_snapshot!(code(&[
        "Pressure on Tokyo stepped up last week when U.K. Government sources said Britain may revoke the licences of some Japanese banks and securities firms operating in London when they come up for renewal if progress is not made towards opening Japan's markets to foreign competition.",
        "Argentina's Economy Minister Juan Sourrouille said the \"narrow interest\" of creditor banks was holding up an accord to stretch out debt repayments and warned Argentina may break off negotiations.",
        "Morocco said on Sunday that it would sever ties with Iran if the attacks continued.",
        "Donors said on Monday they would suspend aid to Malawi unless the election was rerun.",
        "The US said Israel should attack Hezbollah.",
        "The detainees could be brought to trial if the evidence allowed it, the home secretary said.",
        "Asked if South Korea would retaliate against U.S. goods if Congress closed U.S. markets to its products, he said \"at this moment, we have no thought of retaliation.\"",
    ]));
}

/// A protest held for a demand is one event, the protest coded for the
/// demand's aim (`protest-demand.tsv`); a demand with no aim there leaves
/// the protest's own code and is no event of its own. (Corpus sentence:
/// glocon-5dad8233eab6db0017098593; the others from helper x3's round-39
/// block, written there.)
#[test]
fn protests_for_demands_are_one_event() {
    insta::assert_snapshot!(code(&[
        "Thousands of Kurds marched in Istanbul on Sunday to demand Kurdish rights.",
        "Garment workers in Bangladesh went on strike to demand the right to form unions.",
        "Opposition supporters rallied in Harare to demand the resignation of President Mugabe.",
        "The workers went on strike on September 12, demanding a monthly salary of R16,000.",
    ]));
}

/// "X, a senior commander said, could …": a name set off by commas before
/// a speech verb with its own subject is the subject of the clause
/// reported after it, however the parse hangs it. (Sentences from helper
/// x3's round-39 block, written there.)
#[test]
fn parenthetical_speakers_leave_the_subject_to_the_clause() {
    insta::assert_snapshot!(code(&[
        "Iran, a senior commander said, could close the Strait of Hormuz to shipping.",
        "Sudan, the aid agency said, has expelled 13 foreign aid groups from Darfur.",
    ]));
}

/// A date phrase right before the verb belongs to its verb group: doers
/// named together before it still meet or sign together. (Corpus
/// sentence: reuters-9696; the other from helper x1's round-39 notes.)
#[test]
fn a_date_before_the_verb_keeps_doers_together() {
    insta::assert_snapshot!(code(&[
        "China and Portugal today initialled a joint declaration under which the 400-year-old colony of Macao will be handed over to Peking on December 20, 1999, the official New China News Agency reported.",
        "Kenya and Somalia today met in Nairobi.",
    ]));
}

/// "X said on Tuesday (that) they would …": the pronoun after the speech
/// verb and a date phrase is still the speaker. (Sentences from helper
/// x3's round-39 notes, written there.)
#[test]
fn pronouns_after_said_and_a_date_are_the_speaker() {
    insta::assert_snapshot!(code(&[
        "Officials said on Tuesday they would shut down newspapers.",
        "The opposition said on Monday it will stage mass protests.",
    ]));
}

/// A noun pattern reads past a "by" phrase right after its noun, which
/// names the doer ("the visit by the German chancellor to Beijing").
/// (Sentences from helpers x1's and x3's round-39 notes, written there.)
#[test]
fn noun_events_with_their_doer_after_by() {
    insta::assert_snapshot!(code(&[
        "The visit by the German chancellor to Beijing was his first.",
        "The threat by Moscow against Kiev drew criticism in Brussels.",
    ]));
}

/// Where an act's subject is a noun that names no actor, the "by" phrase
/// of that noun names the doer ("the decision by Donald Trump to
/// withdraw", "recommendations by the U.S. Justice Department that would
/// loosen"). (Corpus sentences: guardian-155, reuters-5111; the last
/// written for this test.)
#[test]
fn doers_named_by_the_subjects_by_phrase() {
    insta::assert_snapshot!(code(&[
        "Senator Rand Paul is welcoming the decision by Donald Trump to withdraw US troops from Syria.",
        "MCI Communications Corp said it opposed recent recommendations by the U.S. Justice Department that would loosen restrictions on the regional bell operating companies.",
        "Shelling by government forces killed five civilians in Aleppo.",
    ]));
}

/// A headline drops the "was" of a passive: a short sentence with no
/// closing punctuation, a participle after a noun phrase and before a
/// preposition or at the end, is a passive, its subject the target.
/// (Corpus headlines: bbc-politics-074, bbc-business-037,
/// masakhanews-eng-test-569; the last written for this test.)
#[test]
fn headline_passives() {
    insta::assert_snapshot!(code(&[
        "BNP leader Nick Griffin arrested",
        "Japanese mogul arrested for fraud",
        "Rishi Sunak accused of wasting billions servicing government debt",
        "British soldier arrested in Turkey",
    ]));
}

/// A participle opening the sentence, set off by a comma, is done by the
/// subject of the clause after it ("Thanking Egypt …, Hamas said"), though
/// a capitalised name follows it and the parse makes it a complement.
/// (Corpus sentence: reuters-16181; the others from helper x1's round-39
/// notes and written for this test.)
#[test]
fn opening_participles_share_the_main_subject() {
    insta::assert_snapshot!(code(&[
        "Thanking Egypt for its mediation, Hamas said the truce would hold.",
        "Accusing Israel of war crimes, Iran said it would respond.",
        "Discussing the election results with reporters, Nakasone said the proposed sales tax had some effect.",
    ]));
}

/// Doers named together act together past a relative clause set off by
/// commas between them and the verb. (Corpus sentence: reuters-19456; the
/// other from helper x1's round-39 notes, written there.)
#[test]
fn doers_together_past_a_relative_clause() {
    insta::assert_snapshot!(code(&[
        "Japan and Australia, which signed a defence pact, conducted naval drills in the Pacific.",
        "Alfonsin and Camdessus, who had not met before, discussed Argentina's political and economic situation.",
    ]));
}

/// An actor before a doer participle ("US-led") stands for the noun after
/// it when that noun names no actor ("the US-led coalition"); before
/// another participle ("US-backed rebels") it only describes the noun.
/// (Corpus sentence: guardian-572; the others written for this test.)
#[test]
fn led_coalitions_are_their_leaders() {
    insta::assert_snapshot!(code(&[
        "The US-led coalition bombed Raqqa.",
        "Russian officials confirmed that citizens of former Soviet states were killed by a US-led coalition strike in Deir ez-Zor, eastern Syria, two weeks ago.",
        "US-backed rebels attacked the town.",
    ]));
}

/// A warning whose complement is its own doer's future hostile act is
/// that threat alone (13x); a warning about another's act stays a
/// warning beside that act. (Sentences from helper x3's round-39 block,
/// written there, and written for this test.)
#[test]
fn warnings_of_ones_own_hostile_acts_are_threats() {
    insta::assert_snapshot!(code(&[
        "Norway warned that it would abandon its mediation in Sri Lanka.",
        "Israeli officials warned that Iran would attack Israel.",
    ]));
}

/// A passive pattern that spells its subject's noun and names the doer
/// with `$` ("The Egyptian proposal was welcomed by Jordan") has the
/// noun's owner as target, past adjectives; a thing welcomed is praise
/// (051), not a visitor received (043). (Written for this test, from
/// reuters-237's construction.)
#[test]
fn owners_of_passive_nouns_are_targets() {
    insta::assert_snapshot!(code(&[
        "The Egyptian proposal was warmly welcomed by Jordan.",
        "Indonesia's economic changes have been welcomed by the World Bank.",
    ]));
}

/// A noun pattern may end in an optional target (`condemnation of +?`):
/// with no actor there, the noun names the act only when the parse names
/// its doer (an owner, a light verb's subject, a "by" phrase), never an
/// actor word order finds. (Corpus sentence: guardian-435, shortened;
/// the others from helper x2's round-39 notes and written for this test.)
#[test]
fn noun_events_with_no_actor_after_them() {
    insta::assert_snapshot!(code(&[
        "The EU's condemnation of the execution came on Friday.",
        "The OPCW's investigation into the possible use of chemical weapons in Douma will begin on Wednesday.",
        "France welcomed the condemnation of the execution.",
        "A condemnation of violence was read out.",
    ]));
}

/// A participle opening the sentence that the parse makes the root, with
/// the clause after the comma beside it, is still done by that clause's
/// subject ("Defying Russia, … Turkey's president is betting"); a clause
/// that ends with its verb only reports what comes before it ("…, the
/// court has ruled"): its subject does not detain. A past participle with
/// a preposition after it ("Backed by Russian air power, government forces
/// have swept …") opens such an aside too, wherever the parse hangs the
/// main clause. (Corpus sentences: guardian-629, bbc-politics-224, a
/// round-41 wire sentence; the first written for this test.)
#[test]
fn opening_participle_roots_give_way_to_the_main_clause() {
    insta::assert_snapshot!(code(&[
        "Defying Russia, the United States imposed sanctions on Iran.",
        "Backed by Russian air power and unopposed by Assad’s foreign adversaries, government forces have swept through southwestern Syria in the last month.",
        "Defying Russia, the US, and Bashar al-Assad’s regime, Turkey’s headstrong president is betting on a decisive victory over Syrian Kurd forces.",
        "Detaining foreign terrorist suspects without trial breaks human rights laws, the UK's highest court has ruled.",
    ]));
}

/// An actor behind another verb's passive "by", in a phrase a comma
/// closes, is not the doer of the verb after the comma; before a relative
/// pronoun it still is ("condemned by the African Union, which vowed …").
/// (Corpus sentences: reuters-316, glocon-5dad8233eab6db001709841e; the
/// first written for this test.)
#[test]
fn passive_agents_in_asides_do_not_act_after_them() {
    insta::assert_snapshot!(code(&[
        "The rebels, backed by Iran, attacked government positions.",
        "The analysts said Sy, backed by the government, would probably suggest replacements for PCGG nominees.",
        "The bloodless coup has been strongly condemned by the African Union, which vowed not to recognise the new regime.",
    ]));
}

/// "they" right after a speech verb whose subject is a list of actors
/// stands for every member of the list; an act such members do to each
/// other (`reciprocal.tsv`, now with "cooperation") pairs them. (Corpus
/// sentence: guardian-398, cut after "norm"; the others written for this
/// test.)
#[test]
fn plural_pronouns_stand_for_the_speaking_list() {
    insta::assert_snapshot!(code(&[
        "The US, UK and France say they carried out the airstrikes to enforce a norm.",
        "Iran and Iraq said they would exchange prisoners next week.",
        "Japan and India agreed to boost defence cooperation.",
    ]));
}

/// An act after a noun of commitment ("commitments to buy", "its
/// determination to protect") has not happened: it is intended, and takes
/// its intent code. (Corpus sentence: reuters-1385; the other written for
/// this test.)
#[test]
fn acts_after_nouns_of_commitment_are_intended() {
    insta::assert_snapshot!(code(&[
        "Japanese traders have apparently sharply reduced commitments to buy Chinese corn over the next six months due to high prices, the U.S. Agriculture Department said.",
        "Germany repeated its commitment to send troops to Lithuania.",
    ]));
}

/// A joint noun event ("a telephone conversation with", "a meeting with")
/// in a verb's oblique phrase is shared by the verb's subject, also when
/// the trigger is the phrase's modifier ("telephone"); one the parse hangs
/// on the subject noun is that noun's. (Corpus sentence: guardian-435; the
/// others written for this test.)
#[test]
fn joint_noun_events_are_the_subjects() {
    insta::assert_snapshot!(code(&[
        "French President Emmanuel Macron has raised concerns about the deterioration of the situation in Syria in a phone call with his Russia counterpart Vladimir Putin.",
        "Trump made the decision during a telephone conversation with his Turkish counterpart.",
        "Bank President Barber Conable at a meeting with Sri Lanka's Finance Minister emphasised the need for reforms.",
    ]));
}

/// An appeal's infinitive that the parse hangs on the asked party ("asked
/// the Commission to investigate", `acl` of the object) is still the act
/// asked for: the appeal takes its code (`appeal.tsv`) and the act is not
/// coded as done. (Corpus sentence: reuters-1472, cut after "renegotiations";
/// the other written for this test, after a round-41 wire sentence.)
#[test]
fn appeals_reach_infinitives_hung_on_the_asked() {
    insta::assert_snapshot!(code(&[
        "\"I think what speeded an agreement was the attitude of the U.S. Government, which urged several major banks to soften their position in various debt renegotiations.",
        "The agriculture secretary asked the Commodity Futures Trading Commission to investigate reports that wheat prices were being manipulated.",
    ]));
}

/// Some wire copy capitalises the word after an abbreviation's full stop
/// ("the U.S. Criticised"): a past form there is a verb, not a name; a noun
/// there ("U.S. Attacks on") is still read as one. (Corpus sentences:
/// reuters-2992, cut after "deflationary"; reuters-17373 with its subject
/// written out for this test; the last written for this test.)
#[test]
fn capitalised_verbs_after_abbreviations() {
    insta::assert_snapshot!(code(&[
        "In high-level talks last week, the U.S. Criticised Japan's overall fiscal policy as deflationary.",
        "Japan wanted more votes. The U.S. Opposed the move.",
        "U.S. Attacks on two Iranian oil platforms angered Tehran.",
    ]));
}

/// A country before a `backer-participle` ("the American-backed Kurdish
/// militia") backs the noun: it is not the country the sentence's bare
/// roles belong to (see also `led_coalitions_are_their_leaders`). (Written
/// for this test after a round-41 wire sentence.)
#[test]
fn backers_lend_no_country() {
    insta::assert_snapshot!(code(&[
        "The two men were captured by the American-backed Kurdish militia.",
    ]));
}

/// A body after "in" or "at" right after the match is where an act took
/// place, not what it was done to ("filed suit in U.S. District Court");
/// word order's search for the target goes on past it. After an object
/// noun it names the noun's owner ("deplored the infighting at the company",
/// in `scare_quoted_verbs`). (Corpus sentence: reuters-17701, its line
/// breaks joined; the second written for this test.)
#[test]
fn venues_are_no_targets() {
    insta::assert_snapshot!(code(&[
        "British Printing filed suit in U.S. District Court in Manhattan to block what Maxwell called a fraudulent recapitalization announced by Harcourt last week.",
        "The Tory leader said the minister resigned in parliament.",
    ]));
}

/// A present-tense act in a time clause ("when he visits") of a verb still
/// to come ("will explain") is itself to come: intended, with its intent
/// code; one under a past verb stays asserted. (Corpus sentence:
/// reuters-16787, its capitals after "U.S." as in the corpus; the others
/// written for this test.)
#[test]
fn time_clauses_of_future_acts_are_intended() {
    insta::assert_snapshot!(code(&[
        "LDP executive council chairman Shintaro Abe will explain the plan to U.S. Officials when he visits the U.S. On April 19.",
        "The Japanese prime minister will sign the accord after he arrives in Washington.",
        "The Japanese prime minister signed the accord after he arrived in Washington.",
    ]));
}

/// The verb that takes a noun as its object governs the noun's content
/// clause: a denied report's act is denied, an act a pledged resolution is
/// "to" do is intended. (Corpus sentences: a round-41 attribution gold
/// sentence's wording, reuters-13246, cut; guardian-155; the last written
/// for this test.)
#[test]
fn verbs_govern_their_objects_content_clauses() {
    insta::assert_snapshot!(code(&[
        "The White House denied a report that the United States was continuing to ship arms to Iran.",
        "House Democratic leader Nancy Pelosi says her caucus will support a continuing resolution to fund the government into the new year and avert a partial government shutdown.",
        "The newspaper published a report that Israel had attacked Syria.",
    ]));
}

/// The "if" clause of a speech act (a warning, a threat) conditions what is
/// said, not the saying: the warning is asserted. (Corpus sentences:
/// reuters-20981, bbc-politics-312; the last written for this test.)
#[test]
fn conditions_of_warnings_condition_what_is_said() {
    insta::assert_snapshot!(code(&[
        "President Reagan and Defense Secretary Caspar Weinberger warned Iran of even stronger countermeasures if the military escalation between the two countries continued in the volatile waterway.",
        "PCS leader Mark Serwotka warned last week that there could be further walkouts unless there was a government rethink.",
        "The minister will resign if he loses the vote.",
    ]));
}

/// A speaker phrase before a closing "said" runs back over words that
/// could be verbs' forms but are not so parsed ("trade sources said":
/// "sources" is no verb there), so the anonymous sources speak, not the
/// first actor of the sentence. (Corpus sentence: reuters-11052, cut, a
/// sentence of the attribution gold's wire41 stratum; the construction
/// recurs in reuters-1151, -10701, -12710 and others.)
#[test]
fn sources_that_look_like_verbs_still_speak() {
    insta::assert_snapshot!(code(&[
        "Japanese crushers bought 2,000 tonnes of Canadian rapeseed last week, trade sources said.",
    ]));
}

/// When the parse misses the subject, word order reads past an aside set
/// off by commas right before the verb to the actor it describes ("Turkey,
/// formerly an active supporter of the anti-Assad insurgency, now seeks").
/// (Corpus sentence: a round-42 wire sentence (guardian), cut; written
/// down before this rule.)
#[test]
fn word_order_reads_past_asides() {
    insta::assert_snapshot!(code(&[
        "Turkey, formerly an active supporter of the anti-Assad insurgency, now seeks Russian support against the Kurds.",
    ]));
}

/// A noun event's doer named in a "by" phrase right after it ("a month of
/// airstrikes by Syrian and Russian jets", "next week's visit to Tokyo by
/// Corporate Affairs Minister Michael Howard") is its source, however the
/// parse hangs the phrase, and never its target; "by the US-led
/// coalition" stands for the US; a pattern that spells the doer's noun
/// ("jets [kill]") has the actor right before that noun as its doer.
/// (Corpus sentences: guardian-530, cut; reuters-12942, cut; the last two
/// written for this test.)
#[test]
fn noun_events_by_their_doers() {
    insta::assert_snapshot!(code(&[
        "Civilians were targeted in Ghouta over the past month of airstrikes by Syrian and Russian jets.",
        "The U.K. Government hopes for a breakthrough on the deadlock with Japan over trade policies during next week's visit to Tokyo by Corporate Affairs Minister Michael Howard, political sources said.",
        "Airstrikes by the US-led coalition hit the town.",
        "The attack by Israeli jets killed ten people.",
    ]));
}

/// A place in capitals opening the sentence before a dash or a comma is
/// the dateline, no actor ("BAHRAIN - Iran reported …" is Iran's report,
/// and Iran, not "BAHRAIN - Iran", is who speaks);
/// "UK-based" is no dateline. (Corpus sentence: a round-42 wire sentence,
/// reuters; the others written for this test.)
#[test]
fn datelines_are_no_actors() {
    insta::assert_snapshot!(code(&[
        "BAHRAIN - Iran reported launching a new offensive east of Basra, saying troops supported by planes had killed over 2,400 Iraqis.",
        "WASHINGTON, March 2 - Japan accused the United States of dumping.",
        "UK-based Deliveroo says it is quitting Australia.",
    ]));
}

/// A reported clause whose subject the parse made the speech verb's object
/// ("said [Zimbabwe's refusal …] was deplorable") gets its subject back, and
/// an evaluation is negated only by its own function words, not by a
/// refusal in its subject; a closing speech verb the parse hangs as a
/// conjunct still reports it. (Written for this test after round 42's wire
/// sentence "Zimbabwe's refusal to allow … was deplorable, the Congress of
/// SA Trade Unions (Cosatu) said".)
#[test]
fn evaluations_of_noun_acts_reported_by_speakers() {
    insta::assert_snapshot!(code(&[
        "The ANC said Zimbabwe's refusal to allow the church leader into the country was deplorable.",
        "The ANC said Zimbabwe's plan was not unacceptable.",
        "Zimbabwe's decision was deplorable, the Congress of SA Trade Unions said on Tuesday.",
    ]));
}

/// A hostile act its doer intends on a condition ("agreed to impose tariffs
/// … unless Tokyo opened its markets") is a threat, as one it is reported to
/// say it would do; a conjecture on the writer's own word is not. (The
/// ministers' country is still the sentence's guess, JPN: "of the 12 EC
/// nations" names no actor the lexicon knows; a known gap.) (Corpus
/// sentence: a round-42 wire sentence (reuters), cut; the others written
/// for this test.)
#[test]
fn intended_conditional_acts_are_threats() {
    insta::assert_snapshot!(code(&[
        "Last week, foreign ministers of the 12 EC nations agreed to impose tariffs on Japanese electrical goods unless Tokyo opened its markets more to EC exports.",
        "The government plans to expel the envoys if the attacks continue.",
        "Russia could invade Moldova if NATO intervenes.",
    ]));
}

/// A pair named earlier ("the two countries") stands for its two members
/// where a pattern wants doers named together ("% [meet]"): each acts on
/// the other. (Written for this test as one document; the 6k sample's
/// "the two countries were working closely on the Lamu Port" now codes
/// the same way.)
#[test]
fn pair_anaphors_act_on_each_other() {
    insta::assert_snapshot!(code(&[
        "Armenia and Azerbaijan fought a war in 2020. The two countries met in Geneva on Monday.",
    ]));
}

/// A duty a named speaker lays on someone ("should", "must", "ought to")
/// is the speaker's appeal to them, coded by the act asked for
/// (`appeal.tsv`), not the act, or 020 where the lexicon knows no such act
/// (`say_should_any`, a fallback row); the writer's own advice is no event;
/// a counterfactual ("should have sent") stays a conditional act, and a
/// government's word on what its own country must do is an appeal to that
/// country (as the blind blocks code it).
/// (Corpus sentences: bbc-politics-028, guardian-120, bbc-politics-224,
/// reuters-7611, bbc-politics-192; the others written for this test.)
#[test]
fn duties_a_speaker_lays_are_appeals() {
    insta::assert_snapshot!(code(&[
        "A judge should look into the David Blunkett controversy as key questions remain unanswered, the Lib Dems say.",
        "The US, in concert with its European (particularly French) allies, should push Turkey and the YPG to make some difficult choices.",
        "The Kenyan government said Uganda should withdraw its troops from the border.",
        "Britain ought to impose sanctions on Russia, the Polish foreign minister said.",
        "France should have sent troops to Mali, the minister said.",
        "Liberal Democrats say Mr Clarke should use the fact he is new to the job to take issue with a law established by his predecessor, David Blunkett.",
        "President Reagan said the United States must do more to lessen its reliance on imported oil.",
        "Lawyer Louise Christian, who represents Mr Abbasi and Mr Mubanga, said the government should have acted sooner.",
    ]));
}

/// An inflected verb between its doer and its target, each right beside
/// it, is a verb though the tagger calls it a noun (headlines: "Kazakhstan
/// urges Azerbaijan, Armenia …", "Qatar frees Dutch woman …"); a base form
/// or a word before a title and a name stays part of a noun phrase ("US
/// phone company Qwest", "Soviet arms negotiator Yuli Vorontsov").
/// (Corpus sentences: glocon-5dc272416c767a0017f2da2e,
/// glocon-5dc271f06c767a0017f2c769, masakhanews-eng-test-591, bbc-business-188
/// and reuters-2730, cut.)
#[test]
fn verbs_between_doer_and_target_whatever_their_tag() {
    insta::assert_snapshot!(code(&[
        "Kazakhstan urges Azerbaijan, Armenia to resolve conflict peacefully.",
        "Qatar frees Dutch woman held after rape report.",
        "Labour leader warns businesses.",
        "US phone company Qwest has said it will table a new offer for MCI.",
        "Soviet arms negotiator Yuli Vorontsov said Soviet-American talks on cutting medium-range nuclear missiles had made a breakthrough.",
    ]));
}

/// An act told in the present tense or by a noun, with a date after the
/// story's on its own word, is scheduled: intended, coded as the intention
/// (036 for a visit); a date on another word of the clause does not count
/// ("talks … that would lead to membership … next year"). (Corpus
/// sentences: reuters-8107 and reuters-18131, cut; one story dated
/// 1987-03-22.)
#[test]
fn acts_dated_after_the_story_are_scheduled() {
    insta::assert_snapshot!(code_published(
        &[
            "Mikulic visits West Germany next week, and debt is expected to figure high on the agenda of his talks with Chancellor Helmut Kohl.",
            "Nigel Lawson said satisfactory progress has been made in talks with Japan that would lead to membership of the Tokyo Stock Exchange for three British merchant banks next year.",
        ],
        day(1987, 3, 22)
    ));
}

/// A passive's agents named together are the act's parties where the verb
/// is a `party_passive` of `reciprocal.tsv` ("signed by"), each the
/// other's target; a broker's are not. (Corpus sentence: reuters-8881, a
/// round-42 wire sentence, whose second signer, the ECGD's chief, names no
/// actor the lexicon knows; the others written for this test.)
#[test]
fn passive_agents_as_parties() {
    insta::assert_snapshot!(code(&[
        "The agreement was signed by Nigerian Finance Minister Chu Okongwu and the Export Credits Guarantee Department's (ECGD) chief executive Jack Gill.",
        "The accord was signed by Israel and Jordan in Washington.",
        "Peace talks were brokered by Russia and Turkey.",
    ]));
}

/// A pronoun that speaks ("It said …", "they noted") stands for the
/// speaker the sentence before named and takes that one's kind: a
/// document, anonymous dealers (whose claims are then reported); a
/// pronoun of the wrong sort ("he" after a party) does not. (Written for
/// this test after the forms of reuters-10624 and reuters-9764, one
/// document each.)
#[test]
fn pronoun_speakers_take_the_previous_speakers_kind() {
    insta::assert_snapshot!(code(&[
        "The loan will help finance the rehabilitation of the railway, a bank statement said. It said Senegal was given a 5.5 mln dlrs loan by the World Bank.",
        "Oil prices rose in nervous trading, dealers said. Iran attacked Iraqi oil installations again on Monday, they noted.",
        "The cuts were wrong, the Labour Party said. He said Britain had imposed sanctions on Iran.",
    ]));
}

/// A proper adjective or name modifying an act noun names its doer when
/// nothing else does ("Iraqi air attacks on Iranian export facilities",
/// "Kuwait protested an Iranian attack on a Kuwaiti ship"); a common
/// adjective does not ("a private visit to the U.S."). (Corpus sentences:
/// reuters-2522 and reuters-19456, cut; the Kuwaiti one written for this
/// test after a round-44 wire sentence.)
#[test]
fn proper_adjectives_name_an_act_nouns_doer() {
    insta::assert_snapshot!(code(&[
        "Iraqi air attacks on Iranian export facilities allowed Iran's output to reach 2.2 mln bpd in January.",
        "Kuwait protested an Iranian attack on a Kuwaiti ship last Friday.",
        "Alfonsin, who is beginning a four-day private visit to the U.S., was in Philadelphia.",
    ]));
}

/// The act of a "for" clause right after a verb's object is the object's
/// ("blamed unions for striking", "criticised the government for refusing
/// to explain"), with its own clause's certainty. (Corpus sentences:
/// masakhanews-eng-test-343 and guardian-727, cut; the third written for
/// this test.)
#[test]
fn for_clauses_after_an_object_are_the_objects_acts() {
    insta::assert_snapshot!(code(&[
        "Barclay blamed unions for striking when the NHS was under significant pressure.",
        "Parliament's joint committee on human rights criticised the government for refusing to explain how targets were selected.",
        "The EU agreed to punish Moscow for invading Ukraine.",
    ]));
}

/// A bare conjunct of a controlled infinitive is under the same verb
/// ("pledged to stop dumping microchips and to open its market": the
/// opening is pledged, intended; "were not intended to unseat the regime
/// or directly protect the Syrian people": not done); a finite conjunct
/// is not ("denied it intended to threaten Gulf shipping and warned the
/// U.S."). (Corpus sentences: guardian-397 and reuters-8688, cut; the
/// first written for this test after a round-44 wire sentence.)
#[test]
fn conjuncts_of_a_controlled_infinitive_share_its_verb() {
    insta::assert_snapshot!(code(&[
        "Japan pledged to stop dumping microchips and to open its market to U.S. semiconductors.",
        "They were not intended to unseat the Assad regime or directly protect the Syrian people.",
        "Tehran denied last Sunday it intended to threaten Gulf shipping and warned the U.S. Any interference in the region would meet a strong response.",
    ]));
}

/// A list of named actors whose last member names none ("and other
/// European allies", "and possibly some other European countries") is
/// still a list, and a pattern goes on after that member ("asked … to");
/// an apposition is no list. (Corpus sentence: a round-45 wire sentence
/// (guardian), cut; the others written for this test after a round-42
/// wire sentence.)
#[test]
fn lists_ending_in_a_member_that_names_no_actor() {
    insta::assert_snapshot!(code(&[
        "The United States is asking Britain, France, Germany and other European allies to take back over 800 Isis fighters.",
        "Kuwait has asked Britain, China and possibly some other European countries to lease tankers.",
        "Its leader, Captain Traoré, and other officers met Russia.",
    ]));
}

/// An act noun whose doer is a proper adjective or name ("the American
/// raid", "a Security Council call") is that doer's act when the pattern
/// or a target preposition says what it was done to or for, though it has
/// no coded target; a bare one ("British jails", "US takeover battles")
/// is none. (Corpus sentences: reuters and bbc stories, cut.)
#[test]
fn act_nouns_with_a_proper_modifier_as_their_doer() {
    insta::assert_snapshot!(code(&[
        "Iran is preparing lawsuits to file for compensation from the U.S. over the American raid on its Gulf oil platforms.",
        "Perez de Cuellar might still persuade Iran to accept a Security Council call for a ceasefire.",
        "Under the Anti-Terrorism Crimes and Security Act 2001, foreign terror suspects can be detained in British jails without trial or charge.",
        "Oracle's 18-month fight to acquire Peoplesoft was one of the most hard-fought US takeover battles of recent times.",
    ]));
}

/// Act nouns whose doer the parse names (an owner, a "by" phrase, a proper
/// adjective): an attack, a deployment, an accusation, an agreement between
/// parties. A capital or town modifying a noun of meeting, agreement or
/// violence is where it happened ("the Kabul assault", "the Paris
/// accord"); parties after "between" beyond four tell no pair; an attack
/// that is the subject of a violent verb, or its oblique with the same
/// doer, is that verb's act. An owner that names no actor ("Monday's")
/// gives way to a proper modifier. (Corpus sentences: Reuters and
/// Guardian stories, some cut.)
#[test]
fn act_nouns_with_their_doers() {
    insta::assert_snapshot!(code(&[
        "He said the Reshadat rigs were in the final stages of reconstruction after an attack by Iraqi jets last year.",
        "The offer was made to Kuwait in light of Iran's deployment of Chinese-built missiles to cover the entrance to the Gulf.",
        "The Foreign Office says Moscow's accusation that Britain directed the attack on Douma is ludicrous.",
        "The US describes this as the most important economic agreement between Egypt and Israel in two decades.",
        "Eyskens said he felt the Paris accord between the United States, Japan, West Germany, France, Britain and Canada had proved itself workable.",
        "A day after the Kabul assault, the group also claimed responsibility for a militant shooting on a church in Cairo.",
        "In recent weeks, Russian attacks have targeted Ukraine's civilian infrastructure.",
        "Macron claims France has proof the Syrian regime used chemical weapons in an attack last week.",
        "Shipping sources said Iran would avenge Monday's U.S. Raids by unleashing more Silkworm missiles.",
    ]));
}

/// A wish is an intention: "would like to" is no condition, "hoping for"
/// no statement of fact; the meeting wished for takes its intent code
/// (036). (Corpus sentences: a Reuters story and a round-43 wire sentence,
/// cut.)
#[test]
fn wishes_are_intentions() {
    insta::assert_snapshot!(code(&[
        "China would like to have dialogue with the United States on the South China Sea to avoid misjudgement, he said.",
        "The officials say Japan is hoping for talks with the Fed on the subject.",
        "The EU is due to stage a second Syria reconstruction conference early next year in Brussels.",
    ]));
}

/// A present-tense act in the third person inside a clause of time is
/// still to come, whatever the verb above it ("when he visits Washington":
/// intended, 036); a clause of concession is no plan. (Corpus sentences:
/// Reuters and BBC stories, cut.)
#[test]
fn present_tense_in_a_clause_of_time_is_to_come() {
    insta::assert_snapshot!(code(&[
        "The senior official sounded pessimistic about Prime Minister Yasuhiro Nakasone defusing anger over Japanese trade practices when he visits Washington on April 29.",
        "Finance Minister Chung In-yong will resist pressure for a currency revaluation when he meets Treasury Secretary James Baker next week.",
        "Although the White House officially still backs the traditional strong dollar policy, it has tacitly indicated it would be happy with a slide.",
    ]));
}

/// A role word alone that the parse reads as an adjective ("his first
/// official visit", "military aid") names no one, except the doer of the
/// act of force it describes ("the military assault on Afrin"). (Corpus
/// sentences: Reuters and Guardian stories, cut.)
#[test]
fn role_adjectives_name_no_one() {
    insta::assert_snapshot!(code(&[
        "Raimond, due here tomorrow from Oman for his first official visit to the United Arab Emirates, will meet the president.",
        "The House voted to block 40 mln dlrs in military aid to the Nicaraguan rebels.",
        "Erdogan said preparations for the military assault on Afrin are complete.",
    ]));
}

/// "Needs to" is a duty like "should": a named speaker's "Y needed to V"
/// is the speaker's appeal to Y, and the act has not happened. (Corpus
/// sentences: a Reuters story and a round-46 wire sentence.)
#[test]
fn needing_to_is_a_duty() {
    insta::assert_snapshot!(code(&[
        "Saudi's oil minister Ali al-Nuaimi said OPEC needed to study key data before making its decision.",
        "He also said the army needed to carry out its duties in a manner that would open up democratic processes in that country.",
    ]));
}

/// A refusal to comment the pattern writes out, modal and all ("would not
/// comment", "could not comment", "was unable to comment"), is the act
/// (011), asserted: its "would" or "could" conditions nothing. (Corpus
/// sentences: BBC and Reuters stories, cut.)
#[test]
fn refusals_to_comment_are_asserted() {
    insta::assert_snapshot!(code(&[
        "The Department for Education and Skills would not comment on the concerns.",
        "Brennan said he could not comment on the impact of Brazil's interest payment moratorium.",
        "The Kenyan embassy was unable to comment on the report.",
    ]));
}

/// An act noun's doer before a hyphenated doer participle ("a Turkish-led
/// incursion", "a UN-led investigation"), and a pronoun owning the object
/// of a light verb, which is the verb's subject ("Turkey launched its
/// incursion"); an act noun an adjective says is expected is intended; an
/// infinitive hung on an appeal noun is the act asked for ("Japan's call
/// to Iran to release the hostages": 0253). (Corpus sentences: Guardian
/// stories, cut; the last written after a Reuters one.)
#[test]
fn hyphenated_doers_and_light_verbs_with_a_pronoun_owner() {
    insta::assert_snapshot!(code(&[
        "Afrin had avoided the war in the rest of the north until a Turkish-led incursion into its surrounding hills seven weeks ago.",
        "Turkey launched its incursion into Kurdish-held territory on 20 January.",
        "A low-level insurgency against Turkish forces continued ahead of the expected Russian-led air assault.",
        "Japan's call to Iran to release the hostages was ignored.",
    ]));
}

/// A visit by private people is no political event: a doer of a private
/// role (refugees, pupils, a correspondent; `private-role` in
/// tree-roles.tsv), or a generic pronoun heading the visit's relative
/// clause ("those who have travelled to Syria"). An official's visit
/// stays. (Corpus sentences: Guardian and BBC stories, cut.)
#[test]
fn visits_by_private_people_are_no_events() {
    insta::assert_snapshot!(code(&[
        "Tens of thousands of Syrian refugees were arriving in Canada.",
        "In the half-term break, three pupils at Bethnal Green academy followed their friend in travelling to Syria to join Isis.",
        "In their eyes, those who have travelled to Syria have forfeited their rights.",
        "The Kenyan foreign minister travelled to Uganda on Monday.",
    ]));
}

/// An official in a foreign country with a purpose is visiting it ("is in
/// New Zealand for a meeting", "was in London to brief"); a visit to the
/// doer's own country or capital is none (`foreign-target-code` in
/// tree-roles.tsv). (Corpus sentences: Reuters and Guardian stories, cut.)
#[test]
fn officials_abroad_visit_and_a_visit_home_is_none() {
    insta::assert_snapshot!(code(&[
        "Yeutter is in New Zealand for a two-day informal meeting of trade ministers who are reviewing the Uruguay round.",
        "Nicaraguan Foreign Trade Minister Alejandro Martinez Cuenca was in London to brief International Coffee Organisation executive board members.",
        "They said that they had been subjected to intense scrutiny after returning to Russia, with regular interrogations and police visits in her native Dagestan.",
    ]));
}

/// A thing a pattern spells, owned by an actor inside the match, is that
/// actor's: "called Tokyo's rice policy an extreme example" criticises
/// Japan's government, "denied Syria's claim" denies Syria (the parse may
/// hang the thing elsewhere). A duty laid on an actor past a few words
/// ("said the OSCE Minsk Group should monitor") is an appeal to it.
/// (Corpus sentences: Reuters and dpa stories, cut; the last written after
/// a GLOCON one.)
#[test]
fn owners_inside_a_match_are_its_target() {
    insta::assert_snapshot!(code(&[
        "Washington has called Tokyo's rice policy an extreme example of protectionism.",
        "The United States denied on Monday Syria's claim that a US-led air alliance had targeted a camp of Syrian regime forces.",
        "The Kazakh foreign minister said the OSCE Minsk Group should monitor the process.",
    ]));
}

/// A subject pronoun word order ties to no speaker stands for the subject
/// of the clause above its own, where the parse names one and that clause
/// has no actor as its object ("announce sanctions … after it accused
/// Tokyo": Washington; "warned Ukraine that it would" stays Ukraine's).
/// (Corpus sentences: Reuters stories, cut; the last written after one.)
#[test]
fn pronouns_stand_for_the_subject_above() {
    insta::assert_snapshot!(code(&[
        "Washington is likely to announce today a series of tariff sanctions against Japanese electrical products after it accused Tokyo of failing to meet terms of a 1986 bilateral pact.",
        "Japan has said that if Reagan imposed the tariffs, it would file a complaint with the General Agreement on Tariffs and Trade.",
        "Iran warned Iraq that it would face a crushing response.",
    ]));
}

/// An act noun that is the active subject of a verb under a modal is as
/// possible ("would", "could": conditional) or as much to come ("will":
/// intended) as that verb; a negation there stays the verb's. (Corpus
/// sentences: Guardian and Reuters stories, cut.)
#[test]
fn act_nouns_take_the_modal_of_their_verb() {
    insta::assert_snapshot!(code(&[
        "In a statement it said any airstrikes could hamper the OPCW's investigation into the possible use of chemical weapons in Douma.",
        "A free trade pact between the United States and Canada could spur the economies of both sides substantially, according to a study.",
        "Russian attacks have killed 20 civilians in Idlib.",
    ]));
}

/// A passive participle that describes a noun, after it ("government
/// forces backed by Moscow and Tehran") or opening the sentence ("Backed by
/// Russian air power, …": `opening_participle_roots_give_way_to_the_main_clause`),
/// reports no backing (`descriptive-passive-code` in tree-roles.tsv); a
/// backing told by a clause of its own still codes. (Corpus sentences:
/// Guardian and BBC stories, cut.)
#[test]
fn backings_that_describe_a_noun_are_no_events() {
    insta::assert_snapshot!(code(&[
        "The rebels suffered repeated military defeats by government forces backed by Moscow and Tehran.",
        "His comments came as President George W Bush said the US backed Russian entry.",
    ]));
}

/// A speaker named before an auxiliary of its speech verb is the
/// speaker ("…, EU Trade Commissioner Peter Mandelson has announced"), and
/// a list joined by "and" speaks whole ("Britain and West Germany have
/// insisted"). (Corpus sentences: BBC and Reuters stories, cut.)
#[test]
fn speakers_before_an_auxiliary_are_speakers() {
    insta::assert_snapshot!(code(&[
        "The EU and US have agreed to begin talks on ending subsidies given to aircraft makers, EU Trade Commissioner Peter Mandelson has announced.",
        "Iran plans to supply Russia with hundreds of drones for its war in Ukraine, a US official has said.",
        "But hardliners Britain and West Germany have insisted that there can be no extra cash for the Community this year and instead call for a clampdown on farm spending.",
    ]));
}

/// A duty laid on an actor in a clause before its speech verb is the
/// speaker's appeal to that actor, when no pattern codes the act asked
/// for (tree-roles.tsv's `duty-said-after-row`); "should" of a forecast
/// whose subject names no actor lays none. (Corpus sentences: Reuters and
/// BBC stories, cut.)
#[test]
fn duties_said_before_their_speaker_are_appeals() {
    insta::assert_snapshot!(code(&[
        "World Bank President Barber Conable should prod the government of President Suharto towards further economic change, the Jakarta Post newspaper said.",
        "The government must act quickly on the Law Lords' ruling that detention of foreign terror suspects without trial is unlawful, Mary Robinson has said.",
        "There is little chance Soviet exports to the United States will rise in 1987, but Moscow's current trade reforms should result in more trade in manufactured goods in future, a Soviet economist said.",
    ]));
}

/// What is not ruled out is possible, not negated, and refusing to rule
/// it out is no refusal ("refused to rule out future tax rises"); an event
/// that is the ruling-out itself stays negated. (The first a BBC story's
/// sentence; the last two written after corpus ones.)
#[test]
fn acts_not_ruled_out_are_possible() {
    insta::assert_snapshot!(code(&[
        "Mr Brown earlier denied his economic forecasts were too optimistic - but refused to rule out future tax rises.",
        "Britain did not rule out sending troops to Libya.",
        "Iran did not rule out talks with the United States.",
    ]));
}

/// A list of named actors that ends in a member naming none is still a
/// list when its verb follows ("Mexico, Colombia, Argentina and others
/// rejected such action": all three reject); no list runs across a
/// subordinator ("…, while Turkey and …", `clause_conjunction` in
/// cues.tsv). (Corpus sentences: Reuters and Guardian stories, cut.)
#[test]
fn lists_ending_in_others_keep_their_members() {
    insta::assert_snapshot!(code(&[
        "Mexico, Colombia, Argentina and others rejected such action.",
        "The Syrian regime and Russia have been besieging Idlib and eastern Ghouta, while Turkey and a proxy Arab force launched an offensive against the Kurdish enclave of Afrin in January.",
    ]));
}

/// An actor's short name in brackets right after its name is part of that
/// name ("the European Community (EC) and the United States" is a list of
/// two; "in the United Arab Emirates (UAE) to discuss"). (Corpus sentences:
/// Reuters stories, cut.)
#[test]
fn bracketed_short_names_belong_to_the_name() {
    insta::assert_snapshot!(code(&[
        "Top-level talks last week between the European Community (EC) and the United States failed to resolve a dispute over pasta, diplomatic sources said.",
        "Iranian Oil Minister Gholamreza Aqazadeh is in the United Arab Emirates (UAE) to discuss oil prices and the general market situation, Iranian officials accompanying him said.",
    ]));
}

/// A visit or talks told as the occasion of a clause ("during a visit to",
/// "in talks with", "on a visit to") were the clause subject's, wherever
/// the parser hangs the phrase; a passive's subject did not visit.
#[test]
fn visits_and_talks_of_occasion_are_the_subjects() {
    insta::assert_snapshot!(code(&[
        "French Finance Minister Edouard Balladur discussed the need to control public spending in talks here today with British Chancellor of the Exchequer Nigel Lawson, a Treasury spokesman said.",
        "Speaking after farm trade talks with Japan agriculture minister Mutsuki Kato, Lyng said the U.S. Had not asked for total liberalisation of the rice market in Japan.",
        "British prime minister has reiterated the UK's support for Ukraine on a visit to the country.",
        "Gennady Gerasimov, chief of the Soviet Foreign Ministry's Information Directorate, told reporters the agreement had been reached during a visit to Moscow last week by Iran's Oil Minister Gholamreza Aqazadeh.",
    ]));
}

/// A noun of a span of time between the occasion's preposition and the
/// event noun ("at the end of a three-day visit to", "after two days of
/// talks with": `occasion-span-noun` in tree-roles.tsv) leaves the visit
/// or the talks the clause subject's. (Corpus sentence: reuters-8747.)
#[test]
fn visits_in_a_span_of_time_are_the_subjects() {
    insta::assert_snapshot!(code(&[
        "\"We would like to see the Indonesian government continue the adjustment process ... To move towards increased deregulation of the economy,\" Conable told a press conference at the end of a three-day visit to Jakarta.",
    ]));
}

/// Talks a journey is made for are to come, an intention (036), after a
/// departure ("left … for talks with") or a journey told in no past form
/// ("before flying to Auckland to attend"); after a journey told as done
/// they are as the clause tells them ("travelled to the U.S. for fresh
/// debt negotiations"), and a fight is never made an intention ("went to
/// Syria to fight Islamic State"). (`journey-verb`, `purpose-code` in
/// tree-roles.tsv; corpus sentences: reuters-19558, reuters-878,
/// reuters-14640, guardian-678.)
#[test]
fn the_purposes_of_journeys_are_to_come() {
    insta::assert_snapshot!(code(&[
        "Argentine Economy Minister Juan Sourrouille left at the weekend for the United States for talks with creditor banks and the IMF aimed at obtaining the release of new loans, the semi-official news agency Telam said.",
        "Prime Minister David Lange visited the region today before flying to Auckland to attend a South Pacific Forum conference of foreign ministers.",
        "Yesterday Funaro travelled to the U.S. for fresh debt negotiations with creditors deeply angered by Brasilia's suspension of interest payments.",
        "A British man who went to Syria to fight Islamic State has been killed in Raqqa, the terrorist group’s former capital, Kurdish sources have confirmed.",
    ]));
}

/// A visit or talks the clause looks ahead to ("ahead of", "in preparation
/// for": `anticipation-phrase` in tree-roles.tsv) are to come, an
/// intention (036). (Corpus sentence: masakhanews-eng-test-831.)
#[test]
fn visits_looked_ahead_to_are_to_come() {
    insta::assert_snapshot!(code(&[
        "His comments came ahead of US President Joe Biden's visit to Israel and Saudi Arabia this week.",
    ]));
}

/// A relative pronoun after a dash stands for the name right before the
/// dash, however the parser hangs its clause.
#[test]
fn relative_clauses_after_a_dash_are_the_names() {
    insta::assert_snapshot!(code(&[
        "But another diplomat said excluding Nord Kivu would rekindle anger among Congolese of Rwandan origin living in the province, who could turn for support to Rwanda -- which backed two successive rebel movements in the DRC, in 1996 and 1998.",
        "Russia, too, has shown signs of impatience over Idlib, demanding that Turkey \u{2013} which backs Syria\u{2019}s opposition groups and is guarantor of the ceasefire \u{2013} do more to tackle the HTS presence there.",
    ]));
}

/// A conjunct verb with an auxiliary of its own is coordinated with the
/// finite verb above, not with the infinitive or gerund the parser hangs
/// it on: it shares that verb's subject. So is a past form joined by "and"
/// to a bare infinitive, with an object or oblique of its own (the
/// refusal does not take in the stoning: written after glocon-5db56b78…,
/// whose subject is "They").
#[test]
fn finite_conjuncts_share_the_finite_verbs_subject() {
    insta::assert_snapshot!(code(&[
        "Senior U.S. Officials have accused Tokyo of failing to live up to the accord and have threatened retaliatory action.",
        "He said the United States also was pressing Canada to stop giving favored treatment to domestic banks over U.S. competitors and was talking with Canadian representatives.",
        "South African students refused to disperse and threw stones at the police who then opened fire, killing and injuring some of the learners.",
    ]));
}

/// Two to four doers named together who agree to an act the lexicon
/// does not know commit to each other; more, or one alone, stay no event.
#[test]
fn doers_agreeing_together_commit_to_each_other() {
    insta::assert_snapshot!(code(&[
        "Under this accord, Canada and France also agreed to refer differences over a maritime boundary zone near the French islands of Saint-Pierre et Miquelon to international arbitration.",
        "The Liberal Democrats are promising to cut class sizes.",
    ]));
}

/// "the two governments" is a pair anaphor even though "governments" is a
/// role noun; the pair acts on each other.
#[test]
fn pair_anaphors_over_role_nouns_are_pairs() {
    insta::assert_snapshot!(code(&[
        "The mining sector official also said he doubted Mexico would follow Peru's policy, reasoning that if the two governments had intended to coordinate silver policies, Mexico would have announced a sales suspension along with Peru last week.",
    ]));
}

/// A speaker who foretells harm done by a policy or an actor criticises it
/// (a `harm-verb` heading the reported clause, a modal allowed): the
/// criticism is asserted, whatever the modal says of the harm.
#[test]
fn harm_foretold_is_criticism() {
    insta::assert_snapshot!(code(&[
        "The Zimbabwe Congress of Trade Unions said the freeze would worsen the plight of the lowest paid workers.",
        "On Monday Lib Dem constitutional affairs committee chairman Alan Beith warned that the deletion of millions of government e-mails could harm the ability of key probes like the Hutton Inquiry.",
        "The business climate in West German manufacturing industry worsened slightly last month after deteriorating markedly in January, the IFO economic research institute said.",
    ]));
}

/// A speaker's evaluation of "this", "that" or "it" judges what was just
/// done or said: criticism with no target named; not a harm "it" may do.
#[test]
fn evaluations_of_pronouns_are_the_speakers() {
    insta::assert_snapshot!(code(&[
        "\"It is ludicrous for the nations of the world to plough immense amounts of financial resources into the production of items that nobody wants to buy,\" Yeutter said.",
        "Fed officials say the dollar must not fall much further, because it could hurt the economy.",
    ]));
}

/// An evaluation a verb of naming says of its object ("called X a
/// blunder", "described X as a betrayal") is its subject's judgement of
/// the object's owner, or of no one named; not where the naming is negated.
#[test]
fn evaluations_named_by_call_and_describe() {
    insta::assert_snapshot!(code(&[
        "More Republican opposition to Donald Trump\u{2019}s decision to withdraw troops from Syria: Senator Marco Rubio calls it a \u{201c}major blunder\u{201d} that will haunt the US for years.",
        "The SDF and the YPG, a partner Kurdish militia, described the move as a \u{201c}blatant betrayal\u{201d}.",
        "Treasurer Jim Chalmers called Mr Sunak a great friend of Australia.",
        "Lavrov did not call the British claims absurd.",
    ]));
}

/// A verb of naming as a participle ("…, calling it X", "quoted the
/// minister as calling it X") says its judgement for the subject of the
/// clause it hangs on; a quoted predicate after the object is named too,
/// wherever the parse hangs it. Where the clause's own verb already
/// coded that judgement ("denounced the decision, calling it a mistake"),
/// the participle says it again and adds no event.
#[test]
fn evaluations_named_by_a_participle_are_the_clause_subjects() {
    insta::assert_snapshot!(code(&[
        "Lindsey Graham, a senior Republican senator who is a Trump loyalist on most issues, denounced the decision, calling it \u{201c}an Obama-like mistake made by the Trump administration\u{201d}.",
        "However, Italian sources quoted Italian Treasury Minister Giovanni Goria as calling it scandalous that the meeting here did not include a discussion of what he called the problem of falling world demand.",
        "The Commons education select committee called this \"morally indefensible\" but the government said the e-University project had \"improved understanding\".",
    ]));
}

/// An ability denied in the present ("cannot", "can't") is the doer's
/// refusal of the act, as "will not" is (`refusal` in en/cues.tsv, the
/// code from refusal.tsv); "could not" stays a negation.
#[test]
fn cannot_is_a_refusal() {
    insta::assert_snapshot!(code(&[
        "Japanese politicians have said repeatedly the country cannot bow to U.S. Pressure to liberalize rice imports because the issue is too sensitive.",
        "Police could not stop the protesters from entering the Kenyan parliament.",
    ]));
}

/// A duty a speaker lays on an actor is the speaker's appeal wherever the
/// parse puts the duty: before a speech verb it hangs as that clause's
/// `parataxis` ("…, says Tory leader Michael Howard"), after an audience or
/// a colon and a quotation ("told reporters, “Farmers should …”"), after
/// "said" where word order does not reach the bearer ("said the United
/// States and Japan must"); a passive duty asks an act of someone unnamed,
/// concerning its subject, the appeal's target ("argued that Kotey and
/// Elsheikh should be tried").
#[test]
fn duties_laid_through_any_speech_verb_are_appeals() {
    insta::assert_snapshot!(code(&[
        "Prince Harry should personally make clear how sorry he is about wearing a Nazi uniform to a friend's fancy dress party, says Tory leader Michael Howard.",
        "French minister Francois Guillaume told reporters, \"Farmers should not become recipients of public assistance -- their survival should be assured by price mechanisms and the market.\"",
        "Chancellor of the Exchequer Nigel Lawson said the United States and Japan must work to avert a possible trade war, and he added that a trade war would not be in the interests of Britain.",
        "Some, including the defence minister, Tobias Ellwood, have argued that Kotey and Elsheikh should be tried at the international criminal court in The Hague, which can prosecute people for war crimes and crimes against humanity.",
    ]));
}

/// A duty laid in a reported clause is an appeal with one side unnamed too:
/// a speaker the lexicon cannot code ("oil industry sources say") appeals
/// to the actor bound; a passive duty ("the budget deficit should be
/// reduced") asks an act of nobody named. A past form coordinated after the
/// duty's verb ("must take … and called for", "should only be put in place
/// … and accused") is the speaker's own act, not one asked for; so is one
/// after a modal's verb ("said his troops would … and warned").
/// (Corpus sentences: reuters-20095, reuters-1999, masakhanews-eng-test-331,
/// reuters-18734, guardian-76.)
#[test]
fn duties_with_one_side_unnamed_are_appeals() {
    insta::assert_snapshot!(code(&[
        "Indonesia, one of the 13 members of OPEC, must find new oil reserves if it is to remain an exporter in the next decade, oil industry sources say.",
        "Democrats said the budget deficit should be reduced but also wanted the government to spend more on education, job training, research and development and health care.",
        "Beijing's foreign ministry has said coronavirus rules should only be put in place on a \"scientific\" basis and accused Western countries and media of \"hyping up\" the situation.",
        "The statement said Indonesia must take further steps toward economic growth to create employment and called for policies supporting growth of agriculture.",
        "In a speech broadcast on Syrian state television, Bashar al-Assad said his troops would “liberate every inch” of the country and warned Kurdish forces not to rely on US protection.",
    ]));
}

/// "X is opposed to Y", "X was engaged in the fight against Y": a passive
/// participle of `state-participle` with no agent is the state its subject
/// is in, the subject its doer; with "by" it stays a passive ("is opposed
/// by Damascus").
#[test]
fn states_told_by_participles_are_their_subjects() {
    insta::assert_snapshot!(code(&[
        "South African Deputy President Jacob Zuma said Tuesday that Burundi's neighbors are opposed to any changes in the country's constitution that is to be put to a referendum next month.",
        "Currently the plan also has the support of France, the Netherlands and Italy while Britain, Japan and West Germany are all opposed.",
        "I heard them in Afghanistan in 2002, but US troops are still engaged in the fight against the Taliban.",
        "The Turkish deployment, targeting Syrian Kurd fighters who Ankara regards as terrorists, is opposed by Damascus.",
    ]));
}

/// "no longer" negates the act it governs: a demand no longer made is
/// negated, a supply the doer says it will no longer give is a refusal.
#[test]
fn no_longer_negates_the_act() {
    insta::assert_snapshot!(code(&[
        "Turkish officials in briefings no longer demand that Assad be ousted outright, although Erdoğan recently described him in a speech as a terrorist.",
        "After Trump’s call with Erdoğan, the Turkish foreign minister, Mevlüt Çavuşoğlu, said the American president had told his counterpart the US would no longer supply arms to Syrian Kurdish fighters whom Turkey considers to be terrorists.",
    ]));
}

/// A pattern that spells more words outranks a less specific one even
/// when no actor stands where its optional target would: backing rebels is
/// military aid (`[support] ... rebels +?`, 072), not praise (`[support] +`,
/// 051); a pattern as specific keeps its place ("seized power" is
/// `[seize] power`, not `rebels [seize] +?`). Sentences of the corpus.
#[test]
fn a_more_specific_pattern_outranks_without_its_optional_target() {
    insta::assert_snapshot!(code(&[
        "It has also supported rival Syrian rebels and independently fought to drive Isis from parts of Syria.",
        "Army rebels seized power of the tiny nation in west Africa's Gulf of Guinea last week while President Fradique de Menezes was in Nigeria.",
    ]));
}

/// "informed its creditors it had to suspend payments": with no "that",
/// the parser may take the addressee after the speech verb for a second
/// subject of the reported clause; it is the verb's object, and the clause's
/// own subject does the act (`repair_addressee_as_subject`). Corpus
/// sentence.
#[test]
fn the_addressee_of_a_speech_verb_is_not_the_reported_clauses_doer() {
    insta::assert_snapshot!(code(&[
        "Last month the Ivory Coast informed its creditors it had to suspend payments on its foreign debt, estimated at more than eight billion dlrs.",
    ]));
}

/// The French coder, for the French golden tests.
fn french_coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(|| Coder::new(Arc::new(Lexicon::builtin_in(sitrep_lexicon::Language::French).expect("built-in French lexicon"))))
}

/// [`code`] for French texts, through the French coder.
fn code_fr(texts: &[&str]) -> String {
    code_with(french_coder(), texts, day(2025, 5, 14))
}

/// French puts the speaker after a quotation with the verb first: "…",
/// a déclaré le ministre; past whom it was told ("à l'AFP") and when
/// ("mardi"), the noun phrase after the verb is the speaker.
#[test]
fn french_speaker_after_the_verb_that_follows_a_quotation() {
    insta::assert_snapshot!(code_fr(&[
        "\"La Turquie attaquera les positions kurdes\", a déclaré le ministre turc.",
        "\"L'armée malienne a bombardé le village\", a affirmé à l'AFP un responsable sécuritaire.",
        "\"Le Mali a expulsé l'ambassadeur de France\", a déclaré mardi le ministre algérien de la Défense.",
    ]));
}

/// A verb set after the quotation it reports (an incise) has its subject
/// after it, which the French parser labels as its object: "…", a dénoncé
/// l'ambassadeur russe is the ambassador's criticism, not one of him; blame
/// is aimed at the quotation's subject ("La Maison Blanche est en déni",
/// a accusé Andrew Cuomo); a speech verb there ("a reconnu le ministre",
/// "soutient le député") only says who spoke. Sentences of news-fr.
/// (Since the parser's Lefff classes, 2026-12-07, the parse may hang the
/// quotation under the incise's verb as its subject or adverbial clause:
/// the quotation then becomes the root and the verb its inserted clause,
/// `repair_quotation_under_its_incise`.)
#[test]
fn french_blame_set_after_a_quotation() {
    insta::assert_snapshot!(code_fr(&[
        "\"Ce que nous obtenons en fin de compte est une escalade incontrôlable\", a dénoncé l'ambassadeur russe Vassily Nebenzia.",
        "\"La Maison Blanche est en déni sur le coronavirus depuis le début\", a accusé Andrew Cuomo.",
        "\"Notre hiérarchie nous lâche en pâture sur la voie publique\", a déploré un policier du Val-de-Marne.",
        "\"Bien sûr, on vient de loin\", a reconnu le ministre de la Santé.",
        "\"La police, comme la gendarmerie, est profondément républicaine\", soutient l'ancien ministre de l'Intérieur.",
    ]));
}

/// "a-t-il déclaré", "estime-t-il", "a-t-elle souligné": the pronoun a
/// hyphen joins to the verb (or to its auxiliary) is the speaker, and
/// stands for someone named before the sentence, never for an actor of
/// the quotation it reports (alone here, it stands for no one).
#[test]
fn french_pronoun_joined_to_the_speech_verb_is_the_speaker() {
    insta::assert_snapshot!(code_fr(&[
        "\"La Russie a attaqué l'Ukraine\", a-t-il déclaré.",
        "\"Le Mali a expulsé l'ambassadeur de France\", a-t-elle souligné.",
        "\"L'armée malienne a bombardé les rebelles\", estime-t-il.",
    ]));
}

/// "X a déclaré que …", "X a indiqué que …": "que" opens what the
/// speaker says, as "that" does in English.
#[test]
fn french_speaker_of_a_clause_que_opens() {
    insta::assert_snapshot!(code_fr(&[
        "Le ministre turc a déclaré que la Turquie attaquera les positions kurdes.",
        "Le gouvernement malien a indiqué que l'armée a bombardé les rebelles.",
    ]));
}

/// "selon X", "d'après X", "de source sécuritaire", "…, a rapporté
/// l'AFP": who the writer credits, by kind (a source word the intro ends on
/// is part of the source).
#[test]
fn french_sources_the_writer_credits() {
    insta::assert_snapshot!(code_fr(&[
        "Selon le porte-parole, l'armée malienne a bombardé les rebelles.",
        "D'après un responsable sécuritaire, l'armée malienne a bombardé les rebelles.",
        "De source sécuritaire, l'armée malienne a bombardé les rebelles.",
        "L'armée malienne a bombardé les rebelles, a rapporté l'AFP.",
        "Le président malien a accusé la France d'avoir armé les rebelles, a rapporté la télévision nationale.",
    ]));
}

/// A quoted "nous" whose speaker the sentence names after the quotation
/// is that speaker, the event's doer.
#[test]
fn french_quoted_we_is_the_speaker_named_after_the_quotation() {
    insta::assert_snapshot!(code_fr(&["\"Nous allons attaquer les rebelles\", a déclaré le président malien."]));
}

/// The seed report's story told in French: the journalistic conditional
/// ("auraient été déployées") is a hedge, "selon des sources sécuritaires"
/// an anonymous source; the deployed troops' side is the doer of a passive
/// with no agent; a denial by the government.
#[test]
fn french_a_sahel_report_hedged_and_denied() {
    insta::assert_snapshot!(code_fr(&[
        "Des forces spéciales russes auraient été déployées au Burkina Faso pour protéger le capitaine Ibrahim Traoré, selon des sources sécuritaires. Le gouvernement burkinabè a démenti ces informations.",
    ]));
}

/// Word order and voice: the subject does the act, "par" names a passive's
/// doer, a country's adjective after its role noun names the role's
/// country ("l'armée malienne"), "du Mali" after a role too.
#[test]
fn french_voice_and_actors_in_french_order() {
    insta::assert_snapshot!(code_fr(&[
        "Les forces russes ont attaqué des positions ukrainiennes près de Kharkiv.",
        "L'ambassadeur de France a été expulsé par la junte malienne.",
        "Le gouvernement du Niger a condamné l'attaque contre l'armée malienne.",
    ]));
}

/// A perfect with "être" is active ("se sont retirées", "s'est rendu",
/// and a `be-perfect-verb`'s "sont descendues", "est arrivé", however the
/// parser labels the auxiliary), not a passive: its subject did it. A
/// passive with two auxiliaries stays one.
#[test]
fn french_perfects_with_etre_are_active() {
    insta::assert_snapshot!(code_fr(&[
        "Les forces russes se sont retirées de Kherson.",
        "Le président sénégalais s'est rendu au Mali.",
        "Des milliers de personnes sont descendues dans la rue pour dénoncer les violences policières.",
        "Le président sénégalais est arrivé à Bamako.",
        "Les manifestants ont été arrêtés par la police malienne.",
    ]));
}

/// The verb's ending tells certainty: futur is intended, conditionnel
/// conditional; "ne … pas" negates.
#[test]
fn french_certainty_by_the_verbs_ending_and_negation() {
    insta::assert_snapshot!(code_fr(&[
        "Le Mali expulsera l'ambassadeur de France.",
        "Le Niger expulserait l'ambassadeur de France.",
        "Le Tchad n'a pas expulsé l'ambassadeur de France.",
    ]));
}

/// Accents tell words apart ("pressé" is a verb, "la presse" the press)
/// while capitals fold ("coup d'État" is "coup d'état").
#[test]
fn french_accents_that_tell_words_apart() {
    insta::assert_snapshot!(code_fr(&[
        "Les États-Unis ont pressé Israël de protéger les civils.",
        "Le coup d'État contre le président nigérien a été condamné par la CEDEAO.",
    ]));
}

/// Doers named together meet each other past a phrase of intention ("are
/// to meet"), and a hyphenated word is one word of a pattern's gap
/// ("launch a new cross-border military operation … against").
#[test]
fn joint_doers_past_an_intention_and_hyphenated_words_in_a_gap() {
    insta::assert_snapshot!(code_published(
        &[
            "U.S. And Japanese officials are to meet under the emergency provisions of a July 1986 semiconductor pact to discuss trade and the punitive tariffs.",
            "On Monday, Erdo\u{11f}an said he was ready to launch a new cross-border military operation at any moment against the Kurdish People\u{2019}s Protection Units, or YPG, which have been shielded \u{2013} until now \u{2013} by the US military presence.",
        ],
        day(2018, 12, 17)
    ));
}

#[test]
fn doers_after_the_verb_and_simple_pasts_after_a_noun_phrase() {
    insta::assert_snapshot!(code(&[
        "Japan has come under growing criticism from both the United States and European countries for its only modest efforts to open its markets to outside competition and to reduce its exports.",
        "However, it the Bank has faced criticism from MPs for not doing enough to tackle the crisis.",
        "Harbour Workers around the country went on strike for 24 hours on March 16, but Wilson said any further action will occur on a port-by-port basis.",
        "Therefore, the G-7 countries welcomed Miyazawa's presentation of plans for a supplemental budget to stimulate domestic demand.",
    ]));
}

#[test]
fn speakers_shared_by_a_participle_or_a_conjoined_verb() {
    insta::assert_snapshot!(code(&[
        "A broadcast monitored in Nicosia said several civilian personnel on the Rashadat oil platforms in the Gulf east of Qatar were injured when U.S. Warships bombarded them this afternoon.",
    ]));
}

#[test]
fn pledges_and_offers_are_their_subjects_statements() {
    insta::assert_snapshot!(code(&[
        "Venezuela has also offered to supply 120,000 barrels of fuel oil a month to China.",
        "Kenya's leadership has so far pledged to cooperate with the court, with Ruto's trial underway and Kenyatta due in court on November 12.",
    ]));
}

#[test]
fn the_country_stands_for_the_country_named_before() {
    insta::assert_snapshot!(code(&[
        "China's premier has called on the country's richest provinces to offer economic support to boost pro-growth measures.",
        "Syria allowed international observers into the country.",
    ]));
}

/// An undated document takes the roles of the latest year its text names
/// (here 2020: Sunak the chancellor, Starmer the opposition leader), not
/// each person's latest role (Sunak in opposition from 2024).
#[test]
fn undated_documents_take_the_roles_of_the_latest_year_they_name() {
    insta::assert_snapshot!(code_published(
        &["Mr Corbyn was suspended from the party in October 2020 over his reaction to a highly critical report about anti-Semitism in the party under his leadership. Mr Sunak has repeatedly attacked current Labour leader Sir Keir Starmer over his support for Mr Corbyn at the last general election."],
        None
    ));
}

#[test]
fn back_references() {
    insta::assert_snapshot!(code(&["Burkina Faso's junta took power in 2022. The junta expelled French troops. Its president, Captain Ibrahim Traoré, praised Russia. His administration later arrested opposition leaders."]));
}

#[test]
fn pronouns() {
    insta::assert_snapshot!(code(&[
        "President Vladimir Putin met Chinese President Xi Jinping. He later accused Ukraine of attacking Russian civilians.",
        // Reuters-21578: the speaker of "said he".
        "Jordanian Prime Minister Zaid al-Rifa'i said he had made progress in talks with U.S. Secretary of State George Shultz on the possibility of convening an international peace conference.",
    ]));
}

#[test]
fn attribution_and_quotes() {
    insta::assert_snapshot!(code(&[
        "According to intelligence sources, Russian commandos are protecting the Burkinabe president.",
        "Iran will attack Israel, a senior official told Reuters.",
        "“We will never negotiate with Russia,” Ukrainian President Volodymyr Zelensky said.",
        "Chad accused Sudan of arming rebels, state television reported.",
    ]));
}

#[test]
fn hedges_and_modality() {
    insta::assert_snapshot!(code(&[
        "Wagner fighters reportedly killed civilians in central Mali.",
        "Ethiopian troops allegedly attacked Eritrean positions.",
        "Sources say Nigeria has arrested separatist leaders.",
        "Algeria is said to have expelled Malian diplomats.",
        "Iran threatened to attack Israel.",
        "Kenya vowed to send troops to Haiti.",
        "Russia could invade Moldova if NATO intervenes.",
        "Turkey may impose sanctions on Israel.",
    ]));
}

#[test]
fn dates() {
    insta::assert_snapshot!(code(&[
        "Mali expelled the French ambassador on Saturday.",
        "Niger's junta seized power in July 2023.",
        "Since 2022, Russian troops have occupied parts of Ukraine.",
        "Senegal arrested opposition leader Ousmane Sonko on 28 July 2023.",
        "Guinea's military detained President Alpha Condé yesterday.",
    ]));
}

#[test]
fn commentary_yields_nothing() {
    insta::assert_snapshot!(code(&[
        "The alliance between Burkina Faso and Russia is emblematic of a new geopolitical landscape in Africa.",
        "The future of the Sahel remains a focal point of international attention.",
        // BBC sport: a story discard ("Davis Cup") silences the match report.
        "Spain's only other Davis Cup title came in 2000, when they beat Australia in Barcelona.",
    ]));
}

/// Roles the dependency parse reads where word order misreads them: the
/// subject of a verb under control ("has asked the WTO to investigate":
/// the WTO investigates; "prepared to head … to meet with": Yushchenko
/// meets), the noun a relative clause modifies ("lawmakers who blame
/// China"). Sentences from the BBC News 2005 corpus.
#[test]
fn roles_from_the_tree() {
    insta::assert_snapshot!(code(&[
        "The US has asked the World Trade Organisation to investigate European Union customs tariffs, which it says are inconsistent and hamper trade.",
        "The comments came as Viktor Yushchenko prepared to head to Brussels to meet with US President George W Bush and other North Atlantic Treaty Organisation (Nato) leaders.",
        "The government keeps it pegged close to a rate of 8.28 to the US dollar, - much to the chagrin of many US lawmakers who blame China for lost jobs and competitiveness.",
    ]));
}

/// Certainty read from the cues the parse puts over each event, not from
/// every cue before it: a conditional clause conditions its main clause; a
/// denial inside a relative clause does not reach the main verb.
/// Sentences from the BBC News 2005 corpus.
#[test]
fn certainty_from_the_tree() {
    insta::assert_snapshot!(code(&[
        "\"If we reject this treaty, Britain will be isolated and weak in Europe,\" said Foreign Secretary Jack Straw, after the question was unveiled.",
        "All three, who have repeatedly denied the allegations, have also been charged by a Greek prosecutor and face trial for doping-related charges.",
    ]));
}

/// Sentences from the English corpus. A role with no country in the text
/// is CAMEO's unknown country (`---`) when it is the doer; a verb marked
/// `+?` in the lexicon reports its act without an actor as object.
#[test]
fn roles_of_no_country_and_optional_targets() {
    insta::assert_snapshot!(code(&[
        "In Wiltshire, police arrested four men under the new law suspected of hunting with dogs.",
        "Syrian Kurdish militants are closely linked to the PKK, which has fought a four-decade insurgency against the Turkish state.",
        "Christian Aid condemned the move, saying it would see almost a million jobs in Bangladesh alone being axed.",
        "Phasiwe urged people to switch off all non-essential appliances.",
    ]));
}

/// Noun events read from the tree: an agent hung low in the noun phrase,
/// a noun whose "of" phrase is its doer, a verb acting on the doer of the
/// event it names, and statements credited to their own speaker
/// (sentences from the Reuters and Guardian corpora).
#[test]
fn noun_event_doers_and_speakers() {
    insta::assert_snapshot!(code(&[
        "Today's Foreign Ministry statement said the recent detention of Kuwaiti fishing vessels by Iran was not the first.",
        "Pretoria insists on making Namibian independence conditional on the withdrawal of more than 30,000 Cuban troops from neighbouring Angola.",
        "The French Defence Ministry said it could not confirm the departure of the Libyan troops.",
        "Shaheen condemned the detentions and accusations, and asked Tehran to free all fishing boats and sailors held by Iran, the statement said.",
        "Macron also expressed regret at Russia’s use of its United Nations Security Council veto on the attack.",
    ]));
}

/// An attribution intro that names nobody ("In a statement on Friday, …")
/// leaves the speaker to the speech verb (a Guardian sentence).
#[test]
fn intro_naming_nobody() {
    insta::assert_snapshot!(code(&[
        "In a statement on Friday, the Australian foreign affairs minister, Julie Bishop said: “We are disappointed that the Kilis criminal court in Turkey has rejected the request to extradite Neil Prakash to Australia.",
    ]));
}

/// A clause after "from"/"against" is done by the object of the verb above
/// it, and did not happen or may not (`object-control` rows of
/// lexicon/tree-roles.tsv; BBC and Guardian sentences).
#[test]
fn object_control() {
    insta::assert_snapshot!(code(&[
        "He was detained to prevent him from fighting against the US and our allies in the war on terror.",
        "Turkey’s president Recep Tayyip Erdogăn has warned Russia and the US against treating the Syrian conflict as a proxy war.",
    ]));
}

/// Doers named together act on each other when the act is reciprocal
/// (`lexicon/en/reciprocal.tsv`); allies fighting together do not; a
/// hyphenated participle after an actor describes the noun after it.
#[test]
fn reciprocal_acts_and_hyphenated_participles() {
    insta::assert_snapshot!(code(&[
        "Argentine President Nestor Kirchner and Venezuelan President Hugo Chavez signed the deal.",
        "Jordan and Sudan signed a barter trade agreement under which they will exchange 100 mln dlrs' worth of goods a year, Sudanese officials said.",
        "Israel and Hezbollah fought a month-long war in 2006 and Israeli defence officials have warned that Iran is delivering missiles and rockets to the group via a land route with Syria.",
        "Lebanon’s Iran-backed Hezbollah does not believe the latest Syria crisis will spiral into a wider war, its deputy leader has said, Reuters reports.",
        "US-backed rebels and Turkish-supported groups have fought alongside each other throughout the war, particularly in Idlib province.",
    ]));
}

/// A capital after "in" is where something happened, unless a pattern of
/// the verb just before takes an actor there (`[arrive] in +`); a town an
/// attack was done to is its target, coded as its country
/// (`place-target-code`: "fired four shells at targets in Jericho"), and
/// so is a town whose phrase names where what was hit lies ("the
/// outskirts of Aleppo", `Tree::places_of_what_is_hit`).
#[test]
fn capitals_as_destinations_and_places() {
    insta::assert_snapshot!(code(&[
        "U.S. Energy Secretary John Herrington arrived in Rabat on Monday after a tour of the Gulf and the Middle East.",
        "Israeli tanks fired four shells at targets in Jericho.",
        "Turkish troops launched an assault on the Kurdish-held town of Afrin on Saturday.",
    ]));
}

/// The parties after "between" act on each other when no doer is named
/// (`preposition` rows of `lexicon/en/reciprocal.tsv`); a verb pattern's
/// word the parse reads as a noun takes a noun's doer (its possessor), but
/// a trade verb's (`verb-only-row`) names a figure: "Canada's exports …
/// shipped to the U.S." is no event; an
/// actor before a doer participle ("U.S.-led") did the event noun after it
/// (`doer-participle` rows of `lexicon/tree-roles.tsv`); a joint noun
/// event ("a meeting with") in a verb's phrase was shared by the verb's
/// subject (`joint-preposition`).
#[test]
fn parties_and_doers_of_noun_events() {
    insta::assert_snapshot!(code(&[
        "Talks between the United States and Japan on alleged Japanese dumping of computer microchips have failed to head off U.S. imposition of retaliatory tariffs, two senior White House officials said.",
        "As clashes between Israel and Iran mount, it is hard to see this White House staying out of the fight.",
        "The U.S. Senate on Tuesday backed President Reagan's retaliatory strike against Iranian targets in the Gulf as it moved to take a greater role in making policy in the volatile region.",
        "Aid agencies fear that as many as 700,000 people could be displaced within a day of a Russian-led bombardment of Syria’s Idlib province as momentum towards an expected attack on the last large rebel enclave continues to gather pace.",
        "Nearly 80 pct of Canada's exports are shipped to the U.S. each year.",
        "The US president told reporters in the Oval Office during a meeting with the emir of Kuwait: “That cannot be a slaughter.”",
        "Senate Republican leader Robert Dole said President Reagan changed no minds in a meeting with Republican senators to seek support for his veto of an 88 billion dlr highway bill.",
    ]));
}

/// The role noun after the last country of a list is every listed
/// country's ("U.S. and Soviet officials", "Russian and Syrian forces",
/// whose head noun, the parse's subject, stands for the whole list); the
/// country before the first role noun of a list owns the
/// bare role nouns joined to it ("Danish media and government").
#[test]
fn roles_shared_across_country_lists() {
    insta::assert_snapshot!(code(&[
        "Prospects appear slim for a summer meeting between U.S. and Soviet officials before the two countries enter the final year of their bilateral grains agreement, Agriculture Department officials said.",
        "ROME - Israeli Foreign Minister Shimon Peres discussed the Middle East with Palestinian and Soviet officials at a Socialist International committee meeting here.",
        "UN and aid agency officials suggest tens of thousands may die, and hundreds of thousands may be displaced, as Russian and Syrian forces storm the last rebel stronghold.",
    ]));
}

/// "without" negates the clause it introduces (a `negation` cue), never
/// the clause above it: the trip to Syria stays as reported
/// (`Tree::marks_subordinate_clause`).
#[test]
fn clauses_introduced_by_without() {
    insta::assert_snapshot!(code(&[
        "Wright, a Texas Democrat, told reporters the Administration had gone ahead with plans to reflag the Kuwaiti tankers as U.S. ships without asking Congressional leaders for their advice.",
        "It is understood that Aksoy travelled to Syria on 22 July without telling his parents, who own an off-licence in Luton.",
    ]));
}

/// A visit, a meeting or talks by a name the lexicon lacks is no event
/// when it goes to a place ("Aksoy travelled to Syria"), but is one, with
/// no coded doer, when its partner is a person or an official the lexicon
/// knows (`roles::from_tree`). (Corpus sentences: guardian-743,
/// reuters-3902.)
#[test]
fn unknown_names_meeting_officials() {
    insta::assert_snapshot!(code(&[
        "It is understood that Aksoy travelled to Syria on 22 July without telling his parents, who own an off-licence in Luton.",
        "Rha leaves today for Ottawa for trade talks with Canadian officials and businessmen.",
    ]));
}

/// A passive whose subject is a pronoun standing for no actor takes no
/// target from earlier in the sentence; a proposal is an intention.
#[test]
fn pronoun_passives_and_proposals() {
    insta::assert_snapshot!(code(&[
        "Our representatives have gone to Washington to the (International Monetary) Fund, the (World) Bank, the Fed (Federal Reserve Board) and the (U.S.) Treasury to brief them in advance on this alternative and it has generally been positively received.",
        "The Treasury also proposed allowing U.S.-origin goods to be imported temporarily from South African state-controlled organizations for repair or servicing in the U.S.",
        "The U.S. Justice Department has proposed lifting restrictions on the regional phone companies so they can enter the long-distance business in areas where they do not provide local service.",
    ]));
}

/// "A source close to X said": the anonymous source is the speaker, not the
/// circle it is close to.
#[test]
fn sources_close_to_an_actor() {
    insta::assert_snapshot!(code(&[
        "A source close to the Iraqi leadership said Washington had been intensively lobbying Baghdad to help find a solution to the crisis in Syria, where overwhelming numbers of detainees and chaotic conditions in the two camps is seen as an ongoing threat to post-war stability and global security.",
        "Debt talks between the Philippine government and its bank advisory committee were delicately poised after a brief meeting between the two sides today, bankers and sources close to the Philippine delegation said.",
    ]));
}

/// A country after a locative preposition inside a subject that names no
/// actor is where it happened, not who did it.
#[test]
fn places_inside_a_subject() {
    insta::assert_snapshot!(code(&[
        "Hailstorms and strong winds in south China killed two people, injured 20 and damaged an undisclosed amount of crops, a Hong Kong newspaper reported.",
    ]));
}

/// Scare quotes around a verb do not stand between it and its object or
/// doer; the quoted word stays the event's quotation.
#[test]
fn scare_quoted_verbs() {
    insta::assert_snapshot!(code(&[
        "French finance minister Herve Gaymard is on record as saying that he \"deplored\" the infighting at the company.",
        "Labour has urged the government to reveal whether the prime minister was \"lobbied\" by bankers for the cap on their bonuses to be lifted.",
        "Health Secretary Stephen Barclay has said the three unions striking on Wednesday have \"refused\" to work with the government at the national level.",
        "According to the Turkish army, dozens of PKK militants were “neutralised” in Iraq and south-east Turkey this week alone.",
    ]));
}

/// "may/might have" done is a hedge on the past; "might have to", "could
/// have" (counterfactual) and "(un)likely to" stay conditions.
#[test]
fn modals_of_the_past_and_predictions() {
    insta::assert_snapshot!(code(&[
        "However, a report in the China-published Economic Observer said on Monday that the two banks may have scrapped plans to list in New York because of the cost of meeting regulatory requirements imposed since the Enron scandal.",
        "Political analysts said Nakasone might have to step down before the Venice summit of industrial democracies on June 8-10 if the LDP lost too many major local seats.",
        "Indonesia is unlikely to import copra from the Philippines in 1987 after importing 30,000 tonnes in 1986, the U.S. Embassy's annual agriculture report said.",
        "There was a moment, after the Ghouta massacre, when Assad could have been forced to the table by a sustained and coordinated military and diplomatic campaign.",
    ]));
}

/// An opening phrase of capitalised words that names a day ("On Friday")
/// is no speaker, in an undated document too, where no date is resolved:
/// the name after it is.
#[test]
fn an_opening_day_is_no_speaker_in_an_undated_document() {
    insta::assert_snapshot!(code_published(
        &["On Friday, Frank Bottini, who is one of the lawyers representing the Twitter investors, told the BBC that the lawsuit was filed as Mr Musk \"continues to disparage the company he wants to buy for $44bn in an effort to renegotiate the purchase price\"."],
        None
    ));
}

/// Words before a speech verb that hold a clause's verb are that clause,
/// not its speaker: the clause's subject speaks ("The pair", not "The pair
/// spent four days in a hospital"); a parse subject that runs back past a
/// comma before the speaker's words ("… contract Saturday, Cominco
/// spokesman Richard Fish said") is a misparse of them.
#[test]
fn a_clause_before_a_speech_verb_is_no_speaker() {
    insta::assert_snapshot!(code(&[
        "Greek sprinters Kostas Kenteris and Katerina Thanou have appeared before an independent tribunal which will decide if their bans should stand. The pair spent four days in a hospital, claiming they had been injured in a motorcycle crash.",
        "It had no meeting scheduled with the other three striking locals, which rejected a tentative three-year contract Saturday, Cominco spokesman Richard Fish said.",
    ]));
}

/// An intro that names an occasion or an outlet ("Speaking to …", "In a
/// statement at …", "writing in The Times") gives way to the speaker the
/// clause names; one that names a source ("quoted by SUNA") stays.
#[test]
fn an_occasion_intro_is_no_source() {
    insta::assert_snapshot!(code(&[
        "Speaking to Parliament on his first day in office as home secretary following David Blunkett's resignation, Mr Clarke said: \"I will be asking Parliament to renew this legislation in the New Year.\"",
        "In a statement at a White House meeting with Senate Republicans on the legislation, he said: \"I would have no choice but to veto that bill in its present form.\"",
        "Mr Clarke, writing in The Times, accused some critics of \"liberal woolly thinking and spreading false fears\" by claiming ID cards would erode civil liberties.",
        "The unnamed commander, quoted by the Iranian news agency IRNA, said foreign reporters could now visit Iranian strongholds in the region.",
        "Finance Minister Beshir Omer, quoted by SUNA, said his government also rejected an IMF demand to lift state subsidies on basic consumer goods.",
    ]));
}

/// A speech verb that is an event credits its speaker with what it says
/// however the parse hangs it ("told the media it was seeking", read as a
/// relative clause); a speech verb closing the sentence reports what comes
/// before even with an addressee of its own ("…, a Goldstar spokesman told
/// reporters").
#[test]
fn a_speech_verb_credits_what_it_says_however_parsed() {
    insta::assert_snapshot!(code(&[
        "Earlier on Wednesday the DA told the media it was seeking an urgent meeting with SABC news editorial staff over the SABC's election coverage policy.",
        "&lt;Goldstar Precision Co Ltd>, part of South Korea's &lt;Lucky-Goldstar Group>, agreed with Japan's Canon Inc &lt;CANN.T> to make cameras using Canon technology, a Goldstar spokesman told reporters.",
    ]));
}

/// An allegation noun makes alleged only what its content says ("claim
/// that … had targeted"): not the verb it is the object of ("denied the
/// claims", "denied Syria's claim") nor a clause describing the claim ("a
/// claim dismissed by critics").
#[test]
fn an_allegation_noun_alleges_only_its_content() {
    insta::assert_snapshot!(code(&[
        "The US government denied the claims, saying it condemned and prohibited torture.",
        "Authorities have tried to suppress them by force, while Ayatollah Khamenei has accused the US and Israel of orchestrating \"riots\" - a claim dismissed by critics.",
        "The United States denied on Monday Syria's claim that a US-led air alliance against Islamic State militants had targeted a camp of Syrian regime forces in the war-torn country, killing three of its soldiers and injuring 13.",
    ]));
}

/// "not only … but also" joins; its "not" negates nothing. A speech verb
/// closing the sentence after a clause and set-off phrases has its speaker
/// among them ("…, the secretary of state, Rex Tillerson, said").
#[test]
fn not_only_is_no_negation() {
    insta::assert_snapshot!(code_published(
        &["The US intends to maintain an open-ended military presence in Syria, not only to fight Isis and al-Qaida but also to provide a bulwark against Iranian influence, ensure the departure of the Assad regime and create conditions for the return of refugees, the secretary of state, Rex Tillerson, said on Wednesday."],
        day(2018, 1, 17)
    ));
}

/// People the text neither names nor identifies ("Rebels", "Grain
/// traders") are anonymous sources, and what rests on them alone is
/// reported; "media" and "journalists" are the press. A passive speech verb
/// names no speaker, with an adverb before it too ("was initially told").
#[test]
fn unnamed_people_and_the_press_as_sources() {
    insta::assert_snapshot!(code_published(
        &[
            "Rebels say they conducted the vast majority of the fighting in Afrin, backed by Turkish artillery and fighter planes.",
            "On Saturday, media reported that the United States has deployed an additional Patriot missile battery in South Korea.",
            "French journalists in Egypt demanded an explanation, saying in a note that the deportation was a sign of \"authorities' growing repression of Egyptian and foreign media: surveillance, arrest, expulsion and detention.\"",
            "No meetings had been confirmed by Monday afternoon. The Pentagon was initially told to plan for the withdrawal of US soldiers within 100 days.",
        ],
        day(2019, 3, 13)
    ));
}

/// A subject too long to be a speaker phrase names its speaker before the
/// first comma, where the name stands before its apposition ("Mickey
/// Sheinfeld, a Houston lawyer who represented …, said").
#[test]
fn a_long_subject_speaks_by_its_name_before_the_apposition() {
    insta::assert_snapshot!(code_published(
        &["Mickey Sheinfeld, a Houston lawyer who represented Continental Airlines in an historic bankruptcy case that set aside labor union agreements, said the track record of the bitter Texaco-Pennzoil struggle indicates that the two companies could spend two or three years fighting in bankruptcy court."],
        day(1987, 4, 13)
    ));
}

/// What someone believes or estimates is held probable, not stated as fact
/// ("Western officials believe Iran has supplied …": reported). A cited
/// phrase that names nobody gives a reason, not a source, beside a speaker
/// who does ("Deliveroo says …, citing tough economic conditions").
#[test]
fn beliefs_are_reported_and_a_cited_reason_is_no_source() {
    insta::assert_snapshot!(code(&[
        "Western officials believe Iran has supplied a large number of drones to Russia, but Moscow and Tehran deny it.",
        "Deliveroo says it is quitting Australia, citing tough economic conditions.",
    ]));
}

/// A name the lexicon lacks, of two words or more, right before a speech
/// verb and after the common noun it stands in apposition to, is the
/// speaker ("Jardine Fleming (Securities) Ltd economist Eric Rasmussen
/// said").
#[test]
fn an_unknown_name_after_its_title_noun_speaks() {
    insta::assert_snapshot!(code_published(
        &["\"The world has every reason to be furious with Japan for not moving more quickly,\" Jardine Fleming (Securities) Ltd economist Eric Rasmussen said."],
        day(1987, 3, 25)
    ));
}

/// An occasion intro that opens a sentence without a comma names no source
/// ("In a tweet Johnson suggested …" is no statement by "Johnson suggested
/// …"); a speaker phrase begins past a subordinator, preposition or
/// conjunction ("after Europe's central aviation agency warned").
#[test]
fn an_opening_occasion_and_a_clause_opener_are_no_speaker() {
    insta::assert_snapshot!(code_published(
        &[
            "In a tweet Johnson suggested that any US-led action in Syria would be coordinated with the UK.",
            "Donald Trump’s erratic tweets regarding strikes – and when they will happen – are already impacting tourism, with tour operators weighing in after Europe’s central aviation agency warned commercial airlines to exercise caution in the eastern Mediterranean.",
        ],
        day(2018, 4, 12)
    ));
}

/// A cue inside a relative clause set off by commas speaks for that clause
/// alone, however the parser hangs the main verb: Macron's regret is no
/// claim ("Macron, who claims France has proof …, also expressed regret").
#[test]
fn a_relative_clauses_claim_alleges_nothing_outside_it() {
    insta::assert_snapshot!(code_published(
        &["Macron, who claims France has proof the Syrian regime used chemical weapons in an attack last week, also expressed regret at Russia’s use of its United Nations Security Council veto on the attack."],
        day(2018, 4, 13)
    ));
}

/// The words a pattern spells before its verb stand before the whole verb
/// group: past auxiliaries and adverbs ("jets have bombed" is `jets
/// [bomb]`), not past the "be" of a passive.
#[test]
fn a_word_before_the_verb_stands_before_its_auxiliaries() {
    insta::assert_snapshot!(code_published(
        &[
            "Idlib has seen an increase in bloodshed as Syrian and Russian jets have bombed rebel-held positions.",
            "The Syrian Observatory for Human Rights said calm had generally prevailed in eastern Ghouta since midnight, though four rockets had hit the town of Douma on Tuesday morning.",
        ],
        day(2018, 5, 9)
    ));
}

/// A pattern goes on after the whole list its actor opens: "asking
/// Turkey, Russia and Iran to meet" is `[ask] + ... to meet` for each.
#[test]
fn a_pattern_goes_on_after_a_list_of_actors() {
    insta::assert_snapshot!(code_published(
        &["De Mistura said he was asking Turkey, Russia and Iran to meet on 10 and 11 September, followed three days later by a meeting with France, the UK, US, Saudi Arabia, Jordan, Germany and Egypt."],
        day(2018, 8, 29)
    ));
}

/// The quote marks of a short quotation inside a gap are no words:
/// "dropped the “mother of all bombs” on" is `[drop] ... bombs ... on +`.
#[test]
fn quote_marks_in_a_gap_are_no_words() {
    insta::assert_snapshot!(code_published(
        &["In April, the US even dropped the “mother of all bombs” on an Isis base in Afghanistan, an indication of the ferocious campaign against it."],
        day(2017, 12, 31)
    ));
}

/// A role noun between a country and another noun describes that noun
/// ("offered Egypt military aid": the aid is military, Egypt gets it);
/// before a verb it is still the country's role ("the Egypt military
/// said"). Written for this test.
#[test]
fn a_role_noun_before_a_noun_describes_the_noun() {
    insta::assert_snapshot!(code_published(&["Russia offered Egypt military aid.", "The Egypt military said it had killed 12 militants."], None));
}

/// A proper name the parse puts in a role that no lexicon entry covers is
/// that side's actor with no code (`?[…]`): the doer of "USAir rejected",
/// the speaker of "Ogpin denied", a French passive's agent ("accusé par
/// Sophie Patterson-Spatz", hyphened name whole). A name never makes an
/// event alone: "Nomura urged the government" has no event, the
/// government being of no country the lexicon knows. (Corpus
/// sentences: reuters-2375, reuters-3520 and reuters-11240, cut;
/// orangesum-473.)
#[test]
fn names_the_lexicon_cannot_code_are_uncoded_actors() {
    insta::assert_snapshot!(code_published(
        &[
            "Today, USAir rejected Icahn's 52 dlr per share offer and said the bid was a last-minute effort to interfere in its takeover of Piedmont.",
            "Nomura urged the government to take pump-priming measures to help redress trade imbalances and boost employment.",
            "But Ogpin denied Manila was playing down the prepayment aspect of the restructuring.",
        ],
        day(1987, 3, 20)
    ));
    insta::assert_snapshot!(code_fr(&["Gérald Darmanin est accusé par Sophie Patterson-Spatz de l'avoir violée en 2009."]));
}

/// French: a reflexive's perfect with "être" is active whatever follows
/// "par" (the parse makes the cause an agent): the one who "s'est dite
/// déçue par la décision" is the doer, not the target (a housewife is no
/// actor: her demonym codes her). A participle in
/// lower case keeps its ending's accent: "voyagé" is no "voyage" (a
/// visit), as "forcés" is no "forces". (Corpus sentences: orangesum-2202
/// and orangesum-3621, cut.)
#[test]
fn french_reflexive_perfects_and_accented_participles() {
    insta::assert_snapshot!(code_fr(&[
        "Une ménagère iranienne, Javadgaran, s'est dite \"déçue et attristée par la décision\" saoudienne.",
        "La Delahaye 135 Cabriolet de 1946 a pour sa part voyagé puisqu'elle fut livrée à l'ambassade de France en Argentine.",
    ]));
}

/// An act of force with no target named is done to the country of a
/// place phrase the parse hangs under it or its object ("a war in
/// Yemen"); a target the text names still wins ("rebel positions in
/// Syria"). Written for this test.
#[test]
fn an_act_of_force_is_done_to_the_country_it_is_in() {
    insta::assert_snapshot!(code(&["Saudi Arabia is fighting a three-year war in Yemen.", "Russian warplanes bombed rebel positions in Syria."]));
}

/// French incises with the inverted pronoun: "déplore-t-elle", "a-t-elle
/// accusé" (the French model splits `-t-elle` off as it does `-t-il`,
/// `crates/sitrep-syntax/data/fr-hyphen-suffixes.txt`) blame the
/// quotation's subject, on the word of the person named before. Written
/// for this test.
#[test]
fn french_blame_in_an_incise_with_an_inverted_pronoun() {
    insta::assert_snapshot!(code_fr(&[
        "Marine Le Pen a réagi mardi soir. « Le gouvernement a menti aux Français », déplore-t-elle.",
        "Marine Le Pen a réagi mardi soir. « Le gouvernement a menti aux Français », a-t-elle accusé.",
    ]));
}

/// A thing an actor authored stands for its author when the act names no
/// other target ("rejected the ceasefire proposed by the United States",
/// `author-participle` of tree-roles.tsv); a name the lexicon does not
/// know gives way to the actor conjoined to it ("opposed by Commerce and
/// the U.S. Defense Department"). Written for this test.
#[test]
fn authors_of_what_is_rejected_and_conjoined_unknown_names() {
    insta::assert_snapshot!(code(&[
        "The Sudanese army rejected the ceasefire proposed by the United States.",
        "Britain rejected a plan put forward by France.",
        "The sale was opposed by Commerce and the U.S. Defense Department.",
    ]));
}

/// A noun event's "by" phrase right after it names its doer even where the
/// parse hangs the phrase on a verb above (the noun matched without a
/// target); an actor said to be responsible is accused by the speaker
/// (`eval_responsible`). Written for this test.
#[test]
fn a_noun_events_by_phrase_and_responsibility_said() {
    insta::assert_snapshot!(code(&[
        "Moscow has been warning for weeks of the possibility of a staged chemical attack by Syrian rebels.",
        "Washington said Moscow was responsible for the hack.",
    ]));
}

/// A verb pattern's `...` gap does not run past the subject of the clause
/// its verb reports: "demanded that Russia withdraw its troops from
/// Crimea" is a demand for withdrawal made of Russia, not a demand for
/// troops from Crimea (`matching::keep_gaps_inside_their_clause`). Written
/// for this test.
#[test]
fn a_gap_stays_out_of_a_reported_clause() {
    insta::assert_snapshot!(code(&[
        "Ukraine demanded that Russia withdraw its troops from Crimea.",
        "Iran's navy commander warned that Iran would close the Strait of Hormuz.",
    ]));
}

/// A noun event the parse makes a clause's predicate has that clause's
/// subject as its doer ("said it would back a bridge loan", where the
/// tagger reads "back" as an adverb); not one a preposition opens ("the
/// unions are under attack" suffer it). Written for this test.
#[test]
fn the_subject_of_a_noun_event_heading_a_clause() {
    insta::assert_snapshot!(code(&[
        "The United States said last week it would back a 500 mln dlr bridge loan to Argentina.",
        "Kenyan trade unions say they are under attack from the government.",
    ]));
}

/// Wire copy that capitalises the word after "U.S.": a verb there is a
/// verb where the parse reads one ("The U.S. Wants Japan to …", "The U.S.
/// Said it would …"), a noun where it reads one ("U.S. Attacks on Libya").
/// Written for this test.
#[test]
fn wire_capitals_after_an_abbreviation() {
    insta::assert_snapshot!(code(&[
        "The U.S. Wants Japan to open its rice market.",
        "The U.S. Said it would retaliate against Japan.",
        "U.S. Attacks on Libya drew criticism from France.",
    ]));
}

/// A sports result beside a match score codes nothing ("beat Algeria 2-0",
/// "a 28-17 victory"), in a story the discard phrases let through; numbers
/// that are years, fractions, shares or a vote's margin are no score, and a
/// political sentence with one codes as before. Corpus wordings (the first
/// two from the blind wire blocks' no-event lines), shortened.
#[test]
fn sports_results_beside_a_score() {
    insta::assert_snapshot!(code(&[
        "Tunisia beat neighbours Algeria 2-0 on Monday in Tunis.",
        "Ireland coach Eddie O'Sullivan heaped praise on Italy after seeing his side stutter to a 28-17 victory in Rome.",
        "The House Banking Committee voted 45-5 to defeat a bill to assist the Federal Savings and Loan Insurance Corp.",
        "Gen Pinochet has never been put on trial for human rights violations under his 1973-90 rule.",
        "Iraq defeated Iran in a 1980-88 war that killed hundreds of thousands.",
    ]));
}

/// An act told in the simple present or by a noun, on a day ahead of any
/// story's ("next week", "tomorrow", "later this week", a day of the week
/// with a verb in the simple present), is scheduled, and coded as its
/// intention (036, not 042 or 040), even in a sentence coded alone with no
/// publication date; a day of the week with an -ing form or a past tense is
/// not ahead, nor "this week" alone. Written for this test in the wording of
/// 1987 wire copy.
#[test]
fn acts_scheduled_ahead_without_a_story_date() {
    insta::assert_snapshot!(code(&[
        "The Yugoslav prime minister visits West Germany next week.",
        "The Japanese foreign minister flies to Washington on Saturday.",
        "Britain hopes for a breakthrough during next week's visit to Tokyo by the British trade minister.",
        "OPEC ministers were arriving in the United Arab Emirates on Monday.",
        "The Japanese foreign minister flew to Washington on Saturday.",
        "The Japanese prime minister makes his visit to the United States later this week.",
        "The Japanese prime minister makes his visit to the United States this week.",
    ]));
}

/// « … », a déclaré Jean-Luc Mélenchon: after a closing quotation mark the
/// French parser may hang the incise's inverted subject as the verb's
/// `xcomp`; it is the speaker (`repair_inverted_subject`), so the
/// quotation's evaluation is his criticism (the second, blame told by the
/// incise's own verb). A verb right after the quotation reports it
/// whatever verb it is ("a lancé", "a tweeté": not speech verbs of the
/// cues, which would make "lancer une offensive" a statement); hung as a
/// relative clause of the quotation's noun ("une honte" … "a lancé"), it
/// is still the incise. Written for this test. (Since the parser's Lefff
/// classes, 2026-12-07, "a tweeté", a verb the Lefff lacks, is tagged as
/// foreign words and the last sentence loses its speaker.)
#[test]
fn french_incise_speakers_the_parser_makes_complements() {
    insta::assert_snapshot!(code_fr(&[
        "\"Cette réforme est injuste\", a déclaré Jean-Luc Mélenchon.",
        "\"Cette réforme du gouvernement est injuste\", a dénoncé Marine Le Pen.",
        "\"C'est une honte\", a lancé Marine Le Pen.",
        "\"Le gouvernement est irresponsable\", a tweeté Marine Le Pen.",
    ]));
}

/// A cue phrase of `fr/cues.tsv` that ends with a word French elides
/// before a vowel stands in its elided form too: "prévoyait de" is also
/// "prévoyait d'attaquer" (an intended act, 1384 as 190's intent), "il
/// n'était pas question de" also "… question d'extrader" (a refusal); so
/// does a word of a `fr/verbs.tsv` pattern ("[envisager] de" is also
/// "envisage d'interdire"). Written for this test.
#[test]
fn french_cues_in_their_elided_form() {
    insta::assert_snapshot!(code_fr(&[
        "La Russie prévoyait d'attaquer l'Ukraine.",
        "La Russie prévoyait de bombarder l'Ukraine.",
        "Le ministre américain de la Justice a indiqué qu'il n'était pas question d'extrader le fondateur de WikiLeaks vers la Suède.",
        "Le gouvernement allemand envisage d'interdire les rassemblements.",
    ]));
}

/// "Senator Byrd contended the White House was applying pressure on
/// Japan": with no "that", the parser may make the reported clause's
/// subject the speech verb's object and the clause an adverbial one; a
/// clause with no subordinator whose auxiliary stands right after that
/// object is the reported clause, and the object its subject (the White
/// House presses Japan). Wording of the blind wire blocks, written for
/// this test.
#[test]
fn a_reported_clause_the_parser_makes_adverbial() {
    insta::assert_snapshot!(code(&[
        "Senator Byrd contended the White House was applying pressure on Japan.",
        "The Japanese finance minister stressed West Germany should stimulate its economy.",
    ]));
}

/// A failure said of an actor is the speaker's blame, as a harm is
/// (`eval_failure`, `harm-verb` "fail" with a complement): the Kenyan
/// opposition criticises the government (111). A failure to agree or to
/// win (`outcome-verb`) reports how talks went, and a failure whose
/// complement is itself a coded act ("failed to sign the accord") is that
/// act not done: no blame in either. Wording of the clear blocks' misses,
/// written for this test.
#[test]
fn failures_said_of_an_actor_are_blame() {
    insta::assert_snapshot!(code(&[
        "The Kenyan opposition said the Kenyan government had failed to protect farmers.",
        "\"The ministry failed in its duty to oversee the project,\" said the South African public protector.",
        "Canadian officials said Egyptian negotiators had failed to agree on wheat prices.",
        "Canadian officials said Egypt had failed to sign the accord.",
    ]));
}

/// A verb of naming in the passive: its agent judges its subject ("the
/// budget was described as a disgrace by the opposition", also with the
/// "as" phrase after the agent), and with no agent nobody does. Verbs of
/// opinion ("regards … as unacceptable", "was seen by … as a betrayal")
/// name their object as "call" does. Wording of the blind wire blocks'
/// misses, written for this test.
#[test]
fn passive_and_opinion_verbs_of_naming() {
    insta::assert_snapshot!(code(&[
        "The Kenyan budget was described as a disgrace by the Kenyan opposition.",
        "The Ugandan decision was seen by the Kenyan opposition as a betrayal.",
        "Kenya regards the Ugandan decision as unacceptable.",
        "The Ugandan decision is regarded as unacceptable.",
    ]));
}

/// Doers named together act on each other: also when the only actor after
/// the verb is one of them again ("… an agreement to reschedule Nigeria's
/// debt" names what the agreement is about), and when the last doer's
/// title is followed by a name the lexicon does not know ("Soviet Foreign
/// Minister Eduard Shevardnaze will meet"). A list closed by a dash is no
/// such name. Wording of the blind wire blocks' misses, written for this
/// test.
#[test]
fn doers_named_together_past_a_repeated_doer_or_an_unknown_name() {
    insta::assert_snapshot!(code(&[
        "Kenya and Uganda have signed a bilateral agreement to reschedule Kenya's official debt to Uganda.",
        "The American secretary of state and Soviet Foreign Minister Ivan Petrovsky will meet in Geneva.",
        "The six states - Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the UAE - agreed to integrate their economies.",
    ]));
}

/// A trade verb's row (`verb-only-row`: "[export] … to +") codes where its
/// head is a verb ("Finland exports machinery to the Soviet Union"), not a
/// trade flow its noun names ("Japan's exports to the United States rose",
/// "imports from Russia fell"). Wording of the blind wire blocks' false
/// events, written for this test.
#[test]
fn trade_verbs_read_as_nouns_are_figures() {
    insta::assert_snapshot!(code(&[
        "Finland exports machinery to the Soviet Union.",
        "Japan's exports to the United States rose by eight pct in March.",
        "Finnish imports from the Soviet Union fell sharply last year.",
    ]));
}

/// Coercion (170) is an actor's act: a thing in the doer's place ("the
/// lack of funds", a drought) makes it no event (`actor-doer-code` 170 in
/// tree-roles.tsv). Wording of the blind wire blocks' false events,
/// written for this test.
#[test]
fn coercion_by_a_thing_is_no_event() {
    insta::assert_snapshot!(code(&[
        "Kenya forced Uganda to withdraw its troops from the border.",
        "The lack of funds might force the Kenyan government to halt the program.",
    ]));
}

/// A participle set off by commas after the subject describes it; the
/// verb after the second comma is the clause's own, also where a speaker
/// follows (`repair_set_off_participle`; the last sentence is Reuters').
#[test]
fn participles_set_off_after_the_subject() {
    insta::assert_snapshot!(code(&[
        "A Saudi-led coalition, backed by the United States and Britain, has launched airstrikes on the port.",
        "Iran's news agency, monitored by the BBC in London, said Iraqi troops had seized the border post.",
        "The Kenyan foreign minister, speaking in Nairobi, accused Uganda of arming the rebels.",
        "Britain and West Germany, backed by the Netherlands and Denmark, opposed a proposed tax on edible oils and fats which has already sparked strong protest from exporters to the EC led by the U.S. and from EC consumer groups, diplomats said.",
        "Assad, supported by Russia, wants, in contrast, to reassert sovereign control over all Syrian territory.",
    ]));
}

/// Beating people is an assault; beating a country, a party or a named
/// person is a match or a vote won (`people-target-row`).
#[test]
fn beatings_of_people_not_of_sides() {
    insta::assert_snapshot!(code(&[
        "Kenyan police beat protesters outside parliament in Nairobi.",
        "Opposition supporters were beaten by police agents in Maputo.",
        "France beat Scotland in Paris on Saturday.",
        "The Liberal Democrats hope to beat Labour in 14 seats.",
    ]));
}

/// A body meeting as itself is its meeting (`meet_as_a_body`, an
/// `intransitive-row`); meeting a demand, a response or a requirement is
/// none, and nor is the noun "meeting".
#[test]
fn bodies_meeting_as_themselves() {
    insta::assert_snapshot!(code(&[
        "European Union finance ministers will meet in Brussels on Monday to discuss the budget.",
        "NATO ambassadors met in emergency session on Tuesday.",
        "Kenya imported maize from Uganda to meet growing demand.",
        "Iran warned that any interference would meet a strong response.",
        "The dollar fell ahead of the Group of Seven meeting in Washington.",
    ]));
}

/// An agreement, a law or a plan that "calls for" something tells what it
/// provides (`document-noun`, `document-doer-code`); a resolution urging
/// is its authors' appeal. Sentences from the news corpus.
#[test]
fn documents_provide_and_do_not_appeal() {
    insta::assert_snapshot!(code(&[
        "That law, named after Republican Senators Phil Gramm of Texas, Warren Rudman of New Hampshire and Democrat Ernest Hollings of South Carolina, calls for a balanced budget by 1991.",
        "That agreement, hammered out late last year after months of heated negotiations, called on Japan to stop selling cut-price chips in world markets.",
        "The two senators introduced a resolution urging the European Union to designate Hezbollah as a terrorist organization.",
    ]));
}

/// A statement to an assembly or an audience (`audience-noun`) is a
/// speech, whoever is gathered; to a government or a counterpart it is a
/// statement. Sentences from the news corpus.
#[test]
fn statements_to_an_assembly_are_speeches() {
    insta::assert_snapshot!(code(&[
        "Canada and the EC told a GATT (General Agreement on Tariffs and Trade) council meeting that the fee is illegal under GATT rules.",
        "He told the Treasury Select Committee that a growing economy would fund his spending.",
        "Wright said the House vote expected later today will tell the White House its contra program is in trouble.",
    ]));
}

/// A statement to nobody the lexicon codes is what plain "say" is
/// (`named-target-code` 010); to a named actor it is a statement.
#[test]
fn statements_need_a_coded_addressee() {
    insta::assert_snapshot!(code(&[
        "The opposition leader told the Independent he expected some voters to switch parties.",
        "The Kenyan president told the Ugandan president that the border would stay open.",
    ]));
}

/// Talks scheduled, attributively or as the predicate, are still to come
/// (the intention cue "scheduled", the light verb `schedule`).
#[test]
fn scheduled_talks_are_to_come() {
    insta::assert_snapshot!(code(&[
        "Talks between Japan and the United States are scheduled for Thursday.",
        "The scheduled talks between Kenya and Uganda were postponed.",
    ]));
}

/// A verb coordinated right before another shares that verb's object: the
/// frigates shelled the platforms as they destroyed them (USAMIL→IRN 194),
/// South Africa failed to arrest Al Bashir as it failed to surrender him
/// (a refusal; the arrest is SDNGOV's). A passive or a misread "be" shares
/// nothing (`Tree::shared_object`).
#[test]
fn coordinated_verbs_share_their_object() {
    insta::assert_snapshot!(code_published(
        &[
            "Washington said four American frigates shelled and\ndestroyed two Iranian platforms at the Rashadat (formerly\nRostam) field at 1100 GMT on Monday in response to Friday's\nmissile attack on a U.S.-flag ship in Kuwaiti waters.",
            "She said a pre-trial chamber of the Court planned to decide whether South Africa acted in non-compliance with the Statute when it failed to arrest and surrender Al Bashir in June 2015.",
        ],
        day(1987, 10, 20)
    ));
}

/// An act beside an accusation (its verb's `conj`) is done, not alleged;
/// only an act the accusation governs is ("accused Uganda of attacking and
/// seizing"). The corpora hold no such pair of coded verbs, so the first
/// sentence is written here to the construction.
#[test]
fn an_act_beside_an_accusation_is_not_alleged() {
    insta::assert_snapshot!(code(&[
        "The Kenyan government condemned and criticised the Ugandan government.",
        "Kenya accused Uganda of attacking and seizing Kenyan fishermen.",
    ]));
}

/// A pattern that spells its doer's noun before the verb ("aircraft
/// [raid] … villages") takes its doer by word order and what the act was
/// done to from the parse: "a number of Pakistani villages" is Pakistan.
/// (A passive's spelled words are what it was done to, and word order
/// still reads those: "the agreement had been reached".)
#[test]
fn a_pattern_spelling_its_doer_reads_its_target_from_the_parse() {
    insta::assert_snapshot!(code(&[
        "Almost 150 people were killed when Afghan aircraft raided a number of Pakistani villages on Monday, Pakistani officials said.",
        "U.S. warships attacked and destroyed an Iranian oil platform on Monday in retaliation for Friday's Iranian attack damaging a U.S.-flagged ship, U.S. Defense Secretary Caspar Weinberger said.",
    ]));
}

/// A pattern that spells its doer's noun before the verb is read through the
/// parse's subject, past a "by" phrase or a place between them: air strikes
/// by Syrian planes killing civilians are 195 (SYR), not a killing (1823)
/// beside a doerless air strike; snipers killing soldiers are 193; a fire at
/// a mine kills no one politically
/// (`spelled_subjects::spelled_subjects_the_tree_reads`). An attack with its
/// doer named that killed people is the attack (`means-over-code`), done to
/// those it killed where it names no target of its own.
#[test]
fn a_spelled_doer_noun_is_read_through_the_subject() {
    insta::assert_snapshot!(code(&[
        "In the last few weeks, air strikes by Syrian planes have killed more than 600 civilians in Ghouta, a suburb of Damascus held by the opposition since 2013.",
        "In the first 24 hours of the renewed campaign, snipers and IEDs killed three SDF soldiers and injured another seven.",
        "A fire at a platinum mine in South Africa killed four miners, the Impala Platinum Holdings Limited (Implats) operator said in a statement.",
        "The Iraqi missile attack on the U.S. frigate Stark in the Gulf killed 37 Americans.",
        "Ismail al-Abdullah, a 30-year-old former teacher and volunteer with the Syria Civil Defence from the rural area around Aleppo, was present when 46 civilians were killed by a US-led airstrike on a mosque in Al-Jinah, a village held by the rebel faction Ahrar al-Sham.",
    ]));
}

/// "Defeat" in the passive with no doer named tells an outcome or a claim
/// about one, no act (`doer-needed-row` in tree-roles.tsv); with its doer
/// it is one. (Corpus sentences: guardian-142, guardian-153, reuters.)
#[test]
fn a_defeat_with_no_doer_is_no_act() {
    insta::assert_snapshot!(code(&[
        "Now Isis is largely defeated and other local countries, including Turkey, should be able to easily take care of whatever remains.",
        "The war against Islamic State has not ended and Islamic State has not been defeated, the SDF said.",
        "Diplomatic relations were established with China in 1975, after Thailand's military rulers had been ousted and U.S.-backed governments in neighboring Indochina were defeated by communist forces.",
    ]));
}

/// The mark of an adverbial clause speaks for the verbs coordinated with
/// its own: "without confirming or denying the US claim" denies nothing
/// (the denial is negated); "if the EC goes ahead and bans imports" makes
/// the ban conditional too (`Tree::marks_of_first_conjunct`). (Corpus
/// sentences: masakhanews-eng-test-831, reuters. A known miss: the GATT
/// investigation that "without the issue being investigated" says has not
/// happened still reads as asserted.)
#[test]
fn a_clause_mark_speaks_for_its_coordinated_verbs() {
    insta::assert_snapshot!(code(&[
        "Iran said technological co-operation with Russia preceded the war, without confirming or denying the US claim.",
        "He reiterated Washington's firm intention to retaliate if the EC goes ahead and bans imports of hormone-fed beef without the issue being investigated by a GATT special committee.",
    ]));
}

/// A market's or an economy's movement is nobody's act (`no-doer-noun` in
/// tree-roles.tsv), and a disaster that is the subject of the act's own
/// clause, or the noun the act's clause modifies, leaves no doer for an
/// owner or word order to supply: the LDP's setback forces no one, nor
/// does the yen's rise or a shortage of funds. A subject reached through
/// a noun's modifier further up (the U.S. threat to impose tariffs,
/// misparsed under "the yen's rise to record highs") leaves the doer found.
/// (Corpus sentences: reuters-16168, reuters-342, reuters-14870,
/// reuters-11175; "giving Nakasone's critics fresh ammunition" in the last
/// is an argument, no arms: `give_critics_ammunition`.)
#[test]
fn a_movement_of_the_market_is_nobodys_act() {
    insta::assert_snapshot!(code(&[
        "The ruling Liberal Democratic Party's (LDP) setback in Sunday's nationwide local elections may force the government to water down its controversial proposal for a five pct sales tax and undermine its commitment to stimulating the economy, private economists said.",
        "The official said the 40 pct rise of the yen over the last 18 months has hit Japan hard, forcing exporters to slash spending and lay off workers to make up for lost sales abroad.",
        "He told reporters a shortage of funds forced the government to shelve the project, which involved building several dams and a 20,000 megawatt capacity undersea cable.",
        "The yen's rise to record highs and the U.S. Threat on Friday to impose tariffs on Japanese electronics goods in retaliation for Japan's alleged violation of a microchip trade pact are now giving Nakasone's critics fresh ammunition, the analysts said.",
    ]));
}

/// Une épidémie qui « a fait » des morts, ou qui « a tué », n'est le fait
/// de personne, même quand un acteur est nommé plus haut dans la phrase
/// (`no-doer-noun`). (Phrases du corpus : orangesum-1224, orangesum-1910.)
#[test]
fn une_epidemie_ne_tue_au_nom_de_personne() {
    insta::assert_snapshot!(code_fr(&[
        "Le président français Emmanuel Macron a annoncé de nouvelles mesures de déconfinement plus tôt que prévu dimanche, promettant de \"tirer les leçons\" de l'épidémie qui a fait quelque 30.000 morts en France.",
        "L'épidémie a tué 28.940 personnes en France, selon le bilan publié mardi soir.",
    ]));
}

/// Les citations parlent à la première personne : « nous saluons », « nous
/// avertissons », « nous demanderons » se conjuguent comme les formes de la
/// troisième personne (`morphology_fr` : « nous » sur le radical de
/// l'imparfait, le futur et le conditionnel en -rai, -rons, -rais, -rions).
/// (Phrases du corpus : orangesum-2913, orangesum-2114, orangesum-657.)
#[test]
fn les_citations_parlent_a_la_premiere_personne() {
    insta::assert_snapshot!(code_fr(&[
        "\"Nous saluons aujourd'hui cette décision de la Cour rejetant la tentative du gouvernement d'éliminer le livre\" de John Bolton, a commenté son avocat Charles Cooper.",
        "\"Nous avertissons que nous ne tolérerons plus les actions et paroles déraisonnables du Nord\", avait déclaré un porte-parole de la présidence sud-coréenne.",
        "\"Si ce plan est maintenu nous demanderons la suspension des contrats juteux obtenus par Nokia dans le cadre de l'organisation des Jeux Olympiques\", a ajouté ce syndicaliste.",
    ]));
}

/// A date after "until" or "jusqu'" ends a period the act began
/// (`period_end` in dates.tsv): it neither dates the act nor makes it one
/// still to come. In a July story "jusqu'au 15 août" was an intended
/// 1324 dated 15 August. (Corpus sentence of the French attribution
/// development set; the English one is written after it.)
#[test]
fn a_date_that_ends_a_period_dates_nothing() {
    let july = day(2020, 7, 20);
    insta::assert_snapshot!(code_with(french_coder(), &["\"Nous déclarons l'état d'urgence\" jusqu'au 15 août, a déclaré le gouverneur de la région, Denny Tamak."], july)
        + &code_published(&["The governor declared a state of emergency until August 15."], july));
}

/// Un verbe en incise après une citation a son sujet après lui, même
/// quand un adverbe ou une locution sépare l'auxiliaire du participe (« a
/// notamment dénoncé Valérie Pécresse », « a également déploré Emmanuel
/// Macron », « s'est de son côté indigné le leader Insoumis ») : ils
/// appartiennent au groupe verbal (`verb_group_start`), et le nom
/// que l'analyseur fait objet est le sujet inversé, la source du blâme.
/// (Phrases du corpus : orangesum-2273, et orangesum-8235 du bloc f61 ;
/// la deuxième reprend la tournure d'une phrase du bloc f60.) Depuis les
/// classes du Lefff (2026-12-07), l'analyseur lit mal la dernière (« s' »
/// rattaché à la citation, « indigné » à « côté ») : Mélenchon y est la
/// cible, non la source ; laissé tel que l'analyseur le lit.
#[test]
fn un_adverbe_dans_l_incise_laisse_le_sujet_inverse() {
    insta::assert_snapshot!(code_fr(&[
        "\"Reporter des élections n'est pas un choix de convenance personnelle, ni du président de la République ni des présidents de régions. Il faut respecter le peuple\", a notamment dénoncé Valérie Pécresse, citée par le Parisien.",
        "\"Je n'ai aucune indulgence\", a également déploré Emmanuel Macron.",
        "\"C'est un test pour mesurer la capacité d'indignation du pays?\", s'est de son côté indigné le leader Insoumis Jean-Luc Mélenchon.",
    ]));
}

/// « Lors de sa visite en Algérie, Macron … », « En visite à Varsovie, le
/// chef de la diplomatie allemande … » : une visite ou une réunion dite
/// comme l'occasion d'une proposition est le fait de son sujet. « lors »
/// (et « cours ») que l'analyseur met en tête du nom sous « de » l'introduit
/// (`occasion-preposition`), et une capitale après « à » est l'hôte de la
/// visite qu'un motif nominal annonce (« sa visite à Moscou »), non un lieu.
/// (Phrases du corpus : orangesum-1248, orangesum-1659, orangesum-3917 ; la
/// dernière est écrite d'après le bloc f60.)
#[test]
fn une_visite_en_incise_est_celle_du_sujet() {
    insta::assert_snapshot!(code_fr(&[
        "Lors d'une réunion avec les syndicats, le ministre de la Santé Olivier Véran a ainsi mis sur la table mercredi une enveloppe de six milliards d'euros pour augmenter la rémunération des personnels hospitaliers non médicaux.",
        "En 2019, Imran Khan avait toutefois déclaré lors d'un voyage aux États-Unis que le renseignement militaire pakistanais avait fourni à Washington une piste qui avait permis de débusquer Ben Laden.",
        "En visite à Varsovie, le chef de la diplomatie allemande a affirmé que Berlin n'avait pas reçu de détails sur la date et les modalités de cette réduction.",
        "Lors de sa visite en Algérie, Emmanuel Macron a appelé à la réconciliation.",
    ]));
}

/// « s'en prendre à », « s'y opposer » : le réfléchi avec « en » ou « y »
/// (`idiom-clitic`) fait un verbe pronominal, dont le passé composé avec
/// « être » est actif même quand l'analyseur le lit comme un passif ; un
/// adverbe en « -ment » entre le verbe et le mot que le motif attend est
/// passé, comme un adverbe que cues.tsv nomme (« aussi », « même »).
/// (Écrites pour ce test, sur le modèle de « Donald Trump … s'en est pris
/// aux "casseurs" », orangesum-1504, et « Le président américain s'en prend
/// aussi aux journalistes », orangesum-3372.)
#[test]
fn un_pronominal_en_en_ou_y_est_actif() {
    insta::assert_snapshot!(code_fr(&[
        "Le président turc s'en est pris à la Russie.",
        "Le Premier ministre malien s'en est pris violemment à la France.",
        "Le président américain s'en prend aussi aux journalistes.",
    ]));
}

/// An adverb in "-ly" between a verb and the word its pattern wants next
/// is passed over ("objected strongly to", "met separately with"), as is a
/// short adverb cues.tsv lists ("called again for", after reuters-9436's
/// "He also called again for Congressional approval"), except before a
/// preposition that opens a clause ("no decision had been taken yet over
/// whether" is no "take over"). (The first is written after reuters-2077;
/// the others for this test.)
#[test]
fn an_adverb_between_the_verb_and_its_preposition() {
    insta::assert_snapshot!(code(&[
        "The West German farm minister objected strongly to the European Community's agreement.",
        "The Kenyan president met separately with the Ugandan president.",
        "The Kenyan opposition called again for the resignation of the Kenyan president.",
        "No decision had been taken yet over whether the British minister would stay.",
    ]));
}

/// Two companies the lexicon names are two actors, though their codes are
/// one (RUSBUS): the accused company is the target (bbc-business-332). The
/// object the parser makes the subject of the clause after it ("accused
/// Gazprom of stealing": "Gazprom" under "stealing") is the verb's object
/// again (the second is written for this test).
#[test]
fn named_companies_of_one_code_and_an_object_before_of() {
    insta::assert_snapshot!(code(&[
        "The Rosneft announcement came just hours after Yukos accused Gazprom of illegally taking part in Sunday's auction.",
        "Yukos accused Gazprom of stealing its assets.",
    ]));
}

/// A word the cues list as a preposition is no verb's form: "du" and
/// "devant" are spelled as forms of "devoir", whose rows ("doit
/// rencontrer") would otherwise take "du Delaware pour y rencontrer" for a
/// duty to meet and leave the meeting uncoded (orangesum-1415, with its
/// subject named).
#[test]
fn une_preposition_n_est_pas_un_verbe() {
    insta::assert_snapshot!(code_fr(&[
        "Joe Biden s'est rendu lundi dans l'église d'une paroisse noire de son Etat du Delaware pour y rencontrer des responsables locaux.",
    ]));
}

/// Without a date to say which of a person's offices is meant, an
/// opposition title does: David Davis was shadow home secretary (GBROPP)
/// before he was a minister (GBRGOV), and the sentence says which
/// (bbc-politics-168; the second for this test). "Tory leader" says no
/// such thing: "leader" is a government title by its noun.
#[test]
fn an_opposition_title_picks_the_persons_office() {
    insta::assert_snapshot!(code(&[
        "Shadow home secretary David Davis echoed criticisms of the way Mr Blunkett introduced the murder review.",
        "Shadow home secretary David Davis criticised the government.",
    ]));
}

/// A verb's form right after a preposition and right before an actor is
/// that actor's adjective ("concerned about continued YPG dominance",
/// dev gold guardian): a row with the head [continue] once took the
/// match from `be_concerned_about`. After an infinitive's "to" it stays a
/// verb ("likely to allow U.S. banks to …", reuters-914).
#[test]
fn a_participle_before_an_actor_after_a_preposition() {
    insta::assert_snapshot!(code(&[
        "Turkey is concerned about continued YPG dominance near its borders.",
        "Japan looks likely to allow U.S. Banks to conduct securities business here.",
    ]));
}

/// Three or more members parted only by commas, "and" and "the" are one
/// list, the parse's subject or not: the parser took "the Seychelles" alone
/// as the doer (bbc-business-491). Two members after a comma are not:
/// ", and Erdoğan has repeatedly threatened" opens a clause (guardian-160).
/// "among" names the parties of talks as "between" does (reuters-15738).
#[test]
fn a_tight_list_is_one_doer_and_among_names_the_parties() {
    insta::assert_snapshot!(code(&[
        "Indonesia, Sri Lanka and the Seychelles accepted the Paris Club offer, which was criticised by some aid groups as being too little.",
        "Washington and Ankara have been at odds throughout the US partnership with the Kurds, and Erdoğan has repeatedly threatened to send his forces to confront its Nato ally.",
        "Yeutter said agriculture will also be on the agenda of the trade ministers \"quadrilateral\" talks among Japan, the European Community, the U.S. and Canada this month.",
    ]));
}

/// An act of force told by a noun in a phrase of time or cause is the
/// background of its clause, its doer named or not (`background-preposition`
/// of tree-roles.tsv; the blind blocks code about one in five): "following
/// Russia's invasion" (guardian, z81). "after" and "over" still report the
/// act ("after U.S. attacks on Iranian oil platforms", reuters, z55; "over
/// its invasion" too, in the second sentence).
#[test]
fn an_act_of_force_in_a_phrase_of_time_or_cause_is_background() {
    insta::assert_snapshot!(code(&[
        "Food and energy prices have been going up around the world following Russia's invasion of Ukraine which has disrupted production and exports, as well as pushing up prices at supermarket tills.",
        "Some electricity producers have seen their costs soar as global coal and gas prices have jumped due to sanctions on Russia over its invasion of Ukraine.",
        "Seoul's composite index lost over 11 points by late morning to 505.28, with investors worried about a possible rise in oil prices after U.S. Attacks on Iranian oil platforms in the Gulf.",
    ]));
}
