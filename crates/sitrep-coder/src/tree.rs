//! The sentence's dependency parse as the coder reads it: which parsed word
//! each coder token is, and the participants of a trigger word by the
//! relations `lexicon/tree-roles.tsv` names.
//!
//! The parser splits a few tokens the coder keeps whole (clitics: "don't" is
//! `do` + `n't`); words and tokens are matched by byte offsets, so a token
//! maps to the word its first byte is in and a word to the token holding
//! its first byte.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use sitrep_lexicon::{CueKind, Language};
use sitrep_syntax::{Analysis, Model, Scratch as ParseScratch};

use crate::sentence::Sentence;

const TABLE: &str = include_str!("../../../lexicon/tree-roles.tsv");
/// The French words of the table's word kinds (prepositions, light verbs,
/// act nouns…): the French table's, where the English ones are not.
const FRENCH_TABLE: &str = include_str!("../../../lexicon/fr/tree-roles.tsv");

/// What a relation says about a dependent (see `lexicon/tree-roles.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    Subject,
    PassiveSubject,
    Agent,
    Object,
    Recipient,
    Controlled,
    SharesSubject,
    Relative,
    Participle,
    Modifier,
    Possessor,
}

/// What a preposition says about the phrase it introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrepReading {
    Target,
    NounTarget,
    Agent,
}

#[derive(Default)]
struct Table {
    relations: FxHashMap<&'static str, Reading>,
    prepositions: FxHashMap<&'static str, PrepReading>,
    light_verbs: rustc_hash::FxHashSet<&'static str>,
    act_nouns: rustc_hash::FxHashSet<&'static str>,
    /// Nouns whose "of" phrase is the doer, with the prepositions that
    /// introduce their target ("the withdrawal of French troops from Mali").
    doer_nouns: FxHashMap<&'static str, &'static str>,
    relative_pronouns: rustc_hash::FxHashSet<&'static str>,
    /// Pronouns that stand for the subject ("se"): no object.
    reflexive_pronouns: rustc_hash::FxHashSet<&'static str>,
    /// Hyphenated participles whose actor prefix did the event noun after
    /// them ("the U.S.-led invasion").
    doer_participles: rustc_hash::FxHashSet<&'static str>,
    /// Hyphenated participles after a country that backs what follows
    /// ("US-backed", "Iran-funded"): the country is neither the noun's
    /// nor the story's.
    backer_participles: rustc_hash::FxHashSet<&'static str>,
    /// Prepositions whose noun event, in a verb's oblique phrase, the
    /// verb's subject took part in ("in a phone call with Putin").
    joint_prepositions: rustc_hash::FxHashSet<&'static str>,
    /// Prepositions whose noun event, in a verb's oblique phrase, the
    /// verb's object (or subject) waged ("backed Iraq in the war against
    /// Iran").
    participation_prepositions: rustc_hash::FxHashSet<&'static str>,
    /// Marks of adverbial clauses done by the object above, with the
    /// certainty the clause's act then has.
    object_control: FxHashMap<&'static str, Option<sitrep_model::Certainty>>,
    /// Nouns an infinitive right after them completes ("decision to").
    complement_nouns: rustc_hash::FxHashSet<&'static str>,
    /// Words opening a clause of time ("when", "once", "after").
    time_subordinators: rustc_hash::FxHashSet<&'static str>,
    /// `harm-verb`: "said the tax would impair …".
    harm_verbs: rustc_hash::FxHashSet<&'static str>,
    /// `outcome-verb`: "ministers failed to agree" tells how talks went.
    outcome_verbs: rustc_hash::FxHashSet<&'static str>,
    /// `state-participle`: "France is opposed to …".
    state_participles: rustc_hash::FxHashSet<&'static str>,
    /// `be-perfect-verb`: "le président est arrivé à Bamako" is active.
    be_perfect_verbs: rustc_hash::FxHashSet<&'static str>,
    /// `idiom-clitic`: with the reflexive, "s'en est pris à" is active.
    idiom_clitics: rustc_hash::FxHashSet<&'static str>,
    /// `audience-noun`: "told a Labour Party gathering" is a speech.
    audience_nouns: rustc_hash::FxHashSet<&'static str>,
    /// `document-noun`: "the pact called for" tells what the pact provides.
    document_nouns: rustc_hash::FxHashSet<&'static str>,
    /// `document-doer-code`: CAMEO code prefixes whose act with a
    /// `document-noun` subject is no event.
    document_doer_codes: Vec<&'static str>,
    /// `author-participle`: "the ceasefire proposed by the United States"
    /// is the United States' work.
    author_participles: rustc_hash::FxHashSet<&'static str>,
    /// `policy-noun`: "said the decision was shameful".
    policy_nouns: rustc_hash::FxHashSet<&'static str>,
    /// `naming-verb`: "called the decision a blunder".
    naming_verbs: rustc_hash::FxHashSet<&'static str>,
    /// `naming-preposition`: "described the move as a betrayal".
    naming_prepositions: rustc_hash::FxHashSet<&'static str>,
    /// `occasion-preposition`: "during a visit to Tokyo, Howard …".
    occasion_prepositions: rustc_hash::FxHashSet<&'static str>,
    /// `occasion-span-noun`: "at the end of a visit to Mexico, Garcia …".
    occasion_span_nouns: rustc_hash::FxHashSet<&'static str>,
    /// `journey-verb`, `purpose-preposition`: "left for Washington for
    /// talks with U.S. officials" (the talks are to come).
    journey_verbs: rustc_hash::FxHashMap<&'static str, bool>,
    purpose_prepositions: rustc_hash::FxHashSet<&'static str>,
    /// `purpose-code`: the CAMEO code prefixes a journey's purpose is
    /// read as to come for.
    purpose_codes: Vec<&'static str>,
    /// `anticipation-phrase`: "ahead of her visit to Moscow", the words of
    /// each phrase.
    anticipation_phrases: Vec<Vec<&'static str>>,
    /// `background-preposition`: "since Russia's invasion of Ukraine".
    background_prepositions: rustc_hash::FxHashSet<&'static str>,
    /// CAMEO code prefixes whose act is no event when the parse's doer is
    /// someone the lexicon does not know ("Aksoy travelled to Syria").
    actor_doer_codes: Vec<&'static str>,
    /// `named-doer-code`: no event without a doer ("aid to Kenya").
    named_doer_codes: Vec<&'static str>,
    /// `named-target-code`: no event without a coded target ("told the
    /// Independent he expected …").
    named_target_codes: Vec<&'static str>,
    /// CAMEO code prefixes whose act done to the doer's own country is no
    /// event ("the Iranian oil minister travelled to Tehran").
    foreign_target_codes: Vec<&'static str>,
    /// `quoted-target-code`: acts whose verb, set after a quotation, is
    /// done to the quotation's subject ("« La Maison Blanche est en déni »,
    /// a accusé Andrew Cuomo").
    quoted_target_codes: Vec<&'static str>,
    /// CAMEO code prefixes whose act told by a passive participle that
    /// describes a noun is no event ("forces backed by Moscow").
    descriptive_passive_codes: Vec<&'static str>,
    /// Roles whose bearers do such an act as private people ("Syrian
    /// refugees arriving in Canada", "pupils travelling to Syria").
    private_roles: Vec<&'static str>,
    /// CAMEO code prefixes whose act done in a town is done to its country
    /// ("fired shells at targets in Jericho").
    place_target_codes: Vec<&'static str>,
    /// CAMEO code prefixes whose act, with neither doer nor target named,
    /// is done to the country it happened in ("Martial law was imposed in
    /// Poland").
    place_scope_codes: Vec<&'static str>,
    /// CAMEO code prefixes whose act, with neither doer nor target named,
    /// was done by the people of the country it happened in ("Rioting
    /// erupted in Lagos").
    place_source_codes: Vec<&'static str>,
    /// CAMEO code prefixes whose act noun, modified by a capital or town,
    /// happened there ("the Geneva talks", "the Kabul assault").
    place_modifier_codes: Vec<&'static str>,
    /// Pairs of CAMEO code prefixes (noun, verb): an act noun of the first,
    /// with a doer, that is the subject of a verb of the second tells how
    /// that verb's act was done, and is the one event ("the Iraqi missile
    /// attack on the frigate killed 37 Americans" is 195, not 1823).
    means_over_codes: Vec<(&'static str, &'static str)>,
    /// Nouns that, as the subject of an act, make it nobody's act: an
    /// accident or a disaster ("an explosion at a coal mine killed 40").
    no_doer_nouns: rustc_hash::FxHashSet<&'static str>,
    /// Rows of `en/verbs.tsv` that give way to any pattern matched in the
    /// words their trigger governs ("[agree] to").
    fallback_rows: rustc_hash::FxHashSet<&'static str>,
    /// Rows of `en/verbs.tsv` that code only where their head is a verb
    /// ("Japan's exports to the U.S." is a trade figure).
    verb_only_rows: rustc_hash::FxHashSet<&'static str>,
    /// Rows of `en/verbs.tsv` that code an assault only on or by people a
    /// role word names ("France beat Scotland" is a match).
    people_target_rows: rustc_hash::FxHashSet<&'static str>,
    /// Rows of `en/verbs.tsv` that code only an active verb with no object
    /// ("EU ministers will meet in Brussels", not "to meet demand").
    intransitive_rows: rustc_hash::FxHashSet<&'static str>,
    /// Rows of `en/verbs.tsv` whose passive codes only with its doer named
    /// ("Isis has been defeated" tells an outcome or a claim, no act).
    doer_needed_rows: rustc_hash::FxHashSet<&'static str>,
    /// The fallback row that also stands for a duty laid before its speech
    /// verb ("… should …, the TUC has said").
    duty_said_after_rows: Vec<&'static str>,
    /// The role of a country's name right after a count.
    counted_country_role: Option<&'static str>,
}

/// `s` in lower case, borrowed when it already is (lemmas nearly always
/// are): the per-sentence path allocates nothing for them.
fn lowered(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) { std::borrow::Cow::Owned(s.to_ascii_lowercase()) } else { std::borrow::Cow::Borrowed(s) }
}

/// The word kinds of the table: each language names its own words
/// (`tree-roles.tsv` English, `fr/tree-roles.tsv` French); the other kinds
/// (relations, CAMEO code kinds, roles, row ids) serve every language.
const WORD_KINDS: [&str; 26] = [
    "preposition", "light-verb", "act-noun", "doer-noun", "object-control", "doer-participle", "backer-participle", "joint-preposition",
    "participation-preposition", "occasion-preposition", "relative-pronoun", "reflexive-pronoun", "complement-noun", "time-subordinator",
    "state-participle", "harm-verb", "outcome-verb", "naming-verb", "naming-preposition", "policy-noun", "no-doer-noun", "author-participle",
    "be-perfect-verb", "audience-noun", "document-noun", "background-preposition",
];

/// The table of `language`, read once; a malformed row is a build error
/// caught by the unit test below, so at run time an unknown reading is
/// skipped.
fn table_in(language: Language) -> &'static Table {
    static ENGLISH: OnceLock<Table> = OnceLock::new();
    static FRENCH: OnceLock<Table> = OnceLock::new();
    match language {
        Language::English => ENGLISH.get_or_init(|| build_table(rows_in(Language::English))),
        Language::French => FRENCH.get_or_init(|| build_table(rows_in(Language::French))),
    }
}

/// The rows every language shares (what `table_in` of any language
/// holds): CAMEO code kinds, roles and row ids.
fn table() -> &'static Table {
    table_in(Language::English)
}

fn build_table(rows: impl Iterator<Item = (&'static str, &'static str, &'static str)>) -> Table {
    let mut t = Table::default();
    for (kind, name, reading) in rows {
        match kind {
            "relation" => {
                if let Some(r) = relation_reading(reading) {
                    t.relations.insert(name, r);
                }
            }
            "preposition" => {
                if let Some(r) = preposition_reading(reading) {
                    t.prepositions.insert(name, r);
                }
            }
            "light-verb" => {
                t.light_verbs.insert(name);
            }
            "act-noun" => {
                t.act_nouns.insert(name);
            }
            "doer-noun" => {
                t.doer_nouns.insert(name, reading);
            }
            "relative-pronoun" => {
                t.relative_pronouns.insert(name);
            }
            "reflexive-pronoun" => {
                t.reflexive_pronouns.insert(name);
            }
            "doer-participle" => {
                t.doer_participles.insert(name);
            }
            "backer-participle" => {
                t.backer_participles.insert(name);
            }
            "joint-preposition" => {
                t.joint_prepositions.insert(name);
            }
            "participation-preposition" => {
                t.participation_prepositions.insert(name);
            }
            "complement-noun" => {
                t.complement_nouns.insert(name);
            }
            "time-subordinator" => {
                t.time_subordinators.insert(name);
            }
            "occasion-preposition" => {
                t.occasion_prepositions.insert(name);
            }
            "occasion-span-noun" => {
                t.occasion_span_nouns.insert(name);
            }
            "journey-verb" => {
                t.journey_verbs.insert(name, reading == "departure");
            }
            "purpose-code" => {
                t.purpose_codes.push(name);
            }
            "anticipation-phrase" => {
                t.anticipation_phrases.push(name.split(' ').collect());
            }
            "purpose-preposition" => {
                t.purpose_prepositions.insert(name);
            }
            "background-preposition" => {
                t.background_prepositions.insert(name);
            }
            "policy-noun" => {
                t.policy_nouns.insert(name);
            }
            "naming-verb" => {
                t.naming_verbs.insert(name);
            }
            "naming-preposition" => {
                t.naming_prepositions.insert(name);
            }
            "harm-verb" => {
                t.harm_verbs.insert(name);
            }
            "outcome-verb" => {
                t.outcome_verbs.insert(name);
            }
            "state-participle" => {
                t.state_participles.insert(name);
            }
            "author-participle" => {
                t.author_participles.insert(name);
            }
            "be-perfect-verb" => {
                t.be_perfect_verbs.insert(name);
            }
            "idiom-clitic" => {
                t.idiom_clitics.insert(name);
            }
            "audience-noun" => {
                t.audience_nouns.insert(name);
            }
            "document-noun" => {
                t.document_nouns.insert(name);
            }
            "document-doer-code" => {
                t.document_doer_codes.push(name);
            }
            "actor-doer-code" => {
                t.actor_doer_codes.push(name);
            }
            "named-doer-code" => {
                t.named_doer_codes.push(name);
            }
            "named-target-code" => {
                t.named_target_codes.push(name);
            }
            "private-role" => {
                t.private_roles.push(name);
            }
            "descriptive-passive-code" => {
                t.descriptive_passive_codes.push(name);
            }
            "foreign-target-code" => {
                t.foreign_target_codes.push(name);
            }
            "quoted-target-code" => {
                t.quoted_target_codes.push(name);
            }
            "place-target-code" => {
                t.place_target_codes.push(name);
            }
            "place-scope-code" => {
                t.place_scope_codes.push(name);
            }
            "place-source-code" => {
                t.place_source_codes.push(name);
            }
            "place-modifier-code" => {
                t.place_modifier_codes.push(name);
            }
            "means-over-code" => {
                t.means_over_codes.push((name, reading));
            }
            "no-doer-noun" => {
                t.no_doer_nouns.insert(name);
            }
            "fallback-row" => {
                t.fallback_rows.insert(name);
            }
            "verb-only-row" => {
                t.verb_only_rows.insert(name);
            }
            "people-target-row" => {
                t.people_target_rows.insert(name);
            }
            "intransitive-row" => {
                t.intransitive_rows.insert(name);
            }
            "doer-needed-row" => {
                t.doer_needed_rows.insert(name);
            }
            "duty-said-after-row" => {
                t.duty_said_after_rows.push(name);
            }
            "counted-country-role" => {
                t.counted_country_role = Some(name);
            }
            "object-control" => {
                // `-`: the clause's certainty is its own cues' ("for").
                if reading == "-" {
                    t.object_control.insert(name, None);
                } else if let Ok(c) = reading.parse() {
                    t.object_control.insert(name, Some(c));
                }
            }
            _ => {}
        }
    }
    t
}

/// Whether CAMEO code `code` starts with one of `prefixes` (a kind of
/// codes in `tree-roles.tsv`).
fn starts_with_any(prefixes: &[&str], code: &str) -> bool {
    prefixes.iter().any(|p| code.starts_with(p))
}

/// Whether an event coded `code` needs its doer, where the parse names
/// one, to be an actor (`actor-doer-code`): a visit by a private person
/// the lexicon does not know is no political event.
pub fn needs_actor_doer(code: &str) -> bool {
    starts_with_any(&table().actor_doer_codes, code)
}

/// Whether an act coded `code` made the purpose of a journey is to come
/// (`purpose-code`).
pub fn purpose_is_to_come(code: &str) -> bool {
    starts_with_any(&table().purpose_codes, code)
}

/// Whether an act coded `code` is no event with a document as its subject
/// (`document-doer-code`: "the pact called for …").
pub fn needs_doer_not_document(code: &str) -> bool {
    starts_with_any(&table().document_doer_codes, code)
}

/// Whether an event coded `code` is none when no doer is found
/// (`named-doer-code`): aid, cooperation, a concession or a sanction that
/// nobody gives ("aid to Kenya rose", "the suspension of talks with
/// Israel") is no record of anyone's act.
pub fn needs_named_doer(code: &str) -> bool {
    starts_with_any(&table().named_doer_codes, code)
}

/// Whether an event coded `code` is none when its target has no code
/// (`named-target-code`): a statement to nobody the lexicon knows is what
/// plain "say" is ("told the Independent he expected …").
pub fn needs_named_target(code: &str) -> bool {
    starts_with_any(&table().named_target_codes, code)
}

/// Whether an event coded `code` done to the doer's own country is no
/// event (`foreign-target-code`): a visit home is no visit.
pub fn needs_foreign_target(code: &str) -> bool {
    starts_with_any(&table().foreign_target_codes, code)
}

/// Whether an act coded `code`, its verb set after a quotation with no
/// object of its own, is done to the quotation's subject
/// (`quoted-target-code`: blame, not threats or promises).
pub fn quoted_subject_is_target(code: &str) -> bool {
    starts_with_any(&table().quoted_target_codes, code)
}

/// Whether an act coded `code`, told by a passive participle that
/// describes a noun, is no event (`descriptive-passive-code`): "troops
/// backed by tanks" report no backing.
pub fn passive_only_describes(code: &str) -> bool {
    starts_with_any(&table().descriptive_passive_codes, code)
}

/// Whether a doer with role `role` does an `actor-doer-code` act as a
/// private person (`private-role`).
pub fn is_private_role(role: &str) -> bool {
    table().private_roles.contains(&role)
}

/// Whether an act coded `code`, done in a town, is done to the town's
/// country (`place-target-code`).
pub fn place_is_target(code: &str) -> bool {
    starts_with_any(&table().place_target_codes, code)
}

/// Whether an act noun coded `code` that a capital or town modifies
/// happened there, the place being no doer (`place-modifier-code`).
pub fn place_modifier_is_location(code: &str) -> bool {
    starts_with_any(&table().place_modifier_codes, code)
}

/// Whether an act noun coded `noun`, the subject of a verb coded `verb`,
/// tells how the verb's act was done (`means-over-code`): the noun's is
/// then the one event.
pub fn means_tell_the_act(noun: &str, verb: &str) -> bool {
    table().means_over_codes.iter().any(|(n, v)| noun.starts_with(n) && verb.starts_with(v))
}

/// Whether an act coded `code`, naming neither doer nor target, is done to
/// the country it happened in (`place-scope-code`).
pub fn place_is_scope(code: &str) -> bool {
    starts_with_any(&table().place_scope_codes, code)
}

/// Whether the `en/verbs.tsv` row `id` stands only where no other pattern
/// codes an act in the words its trigger governs (`fallback-row`).
pub fn is_fallback_row(id: &str) -> bool {
    table().fallback_rows.contains(id)
}

/// Whether the `en/verbs.tsv` row `id` codes only where its head is a verb
/// (`verb-only-row`).
pub fn is_verb_only_row(id: &str) -> bool {
    table().verb_only_rows.contains(id)
}

/// Whether the `en/verbs.tsv` row `id` codes only a verb with no object
/// (`intransitive-row`).
pub fn is_intransitive_row(id: &str) -> bool {
    table().intransitive_rows.contains(id)
}

/// Whether the `en/verbs.tsv` row `id` codes a passive only with its doer
/// named (`doer-needed-row`).
pub fn is_doer_needed_row(id: &str) -> bool {
    table().doer_needed_rows.contains(id)
}

/// Whether the `en/verbs.tsv` row `id` codes only an act on people a role
/// word names (`people-target-row`).
pub fn is_people_target_row(id: &str) -> bool {
    table().people_target_rows.contains(id)
}

/// The fallback rows (their ids, one a language: `say_should_any`,
/// `fr_dire_devoir_any`) that stand for a duty laid in a clause before its
/// speech verb (`duty-said-after-row`); a lexicon holds the row of its own
/// language.
pub fn duty_said_after_rows() -> &'static [&'static str] {
    &table().duty_said_after_rows
}

/// Whether an act coded `code`, naming neither doer nor target, was done by
/// the people of the country it happened in (`place-source-code`).
pub fn place_is_source(code: &str) -> bool {
    starts_with_any(&table().place_source_codes, code)
}

/// The role of a country's name right after a count, as an index into
/// `Lexicon::roles` (`counted-country-role`: "1,200 Iraqis" are people).
pub fn counted_country_role(lex: &sitrep_lexicon::Lexicon) -> Option<u32> {
    let role = table().counted_country_role?;
    lex.roles.iter().position(|r| r == role).map(|i| i as u32)
}


/// Whether `form` (lower case) is a hyphenated participle that makes the
/// actor before it the doer of the event noun after it (`doer-participle`;
/// English: French has no such compound, and its table no such word).
pub fn is_doer_participle(form: &str) -> bool {
    table().doer_participles.contains(form)
}

/// Whether a hyphenated participle after a country makes it the backer of
/// the noun after it (`backer-participle`; English, as above).
pub fn is_backer_participle(form: &str) -> bool {
    table().backer_participles.contains(form)
}

fn rows_of(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    text.lines().filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty()).map(|l| {
        let mut cols = l.split('\t').map(str::trim);
        (cols.next().unwrap_or(""), cols.next().unwrap_or(""), cols.next().unwrap_or(""))
    })
}

/// The rows of `language`'s table: the shared file's (its words English),
/// and for French the shared file's kinds that are no words and the French
/// file's words.
fn rows_in(language: Language) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    let own = if language == Language::French { FRENCH_TABLE } else { "" };
    rows_of(TABLE).filter(move |(kind, _, _)| language == Language::English || !WORD_KINDS.contains(kind)).chain(rows_of(own))
}

/// Every row of both files, for the unit tests.
#[cfg(test)]
fn rows() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    rows_of(TABLE).chain(rows_of(FRENCH_TABLE))
}

fn relation_reading(s: &str) -> Option<Reading> {
    Some(match s {
        "subject" => Reading::Subject,
        "passive-subject" => Reading::PassiveSubject,
        "agent" => Reading::Agent,
        "object" => Reading::Object,
        "recipient" => Reading::Recipient,
        "controlled" => Reading::Controlled,
        "shares-subject" => Reading::SharesSubject,
        "relative" => Reading::Relative,
        "participle" => Reading::Participle,
        "modifier" => Reading::Modifier,
        "possessor" => Reading::Possessor,
        _ => return None,
    })
}

fn preposition_reading(s: &str) -> Option<PrepReading> {
    Some(match s {
        "target" => PrepReading::Target,
        "noun-target" => PrepReading::NounTarget,
        "agent" => PrepReading::Agent,
        _ => return None,
    })
}

/// One sentence's parse and its alignment with the coder's tokens.
#[derive(Default)]
pub struct Tree {
    pub analysis: Analysis,
    scratch: ParseScratch,
    /// For each coder token, the parsed word holding its first byte.
    word_of: Vec<u32>,
    /// For each word, the coder token holding its first byte.
    token_of: Vec<u32>,
    /// For each word, its dependents, flattened (`child_start[w]..child_start[w+1]`).
    children: Vec<u32>,
    child_start: Vec<u32>,
    /// For each word, whether it lies in a date phrase
    /// (`Sentence::in_date_phrase`: "on Monday", "last week"): never an
    /// act's target.
    in_date: Vec<bool>,
    parsed: bool,
    /// The language of the sentence: which words of `tree-roles` apply.
    language: Language,
}

/// What a breadth-first search does with one dependent.
enum Step<T> {
    Found(T),
    Descend,
    Skip,
}

/// Who did it and to whom, as words of the parse.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Arguments {
    pub source: Option<usize>,
    pub target: Option<usize>,
    /// An object that names the act itself ("fought an insurgency"): never
    /// the target, whatever word order says.
    pub act_object: Option<usize>,
    /// Who did it where `source` names no actor: "France took part in the
    /// bombing campaign against Libya" (`source` "part", this France).
    pub fallback_source: Option<usize>,
    /// `source` is a proper modifier of a noun event ("the Kabul assault",
    /// "an Iranian attack"): a place there is where it happened.
    pub source_is_modifier: bool,
    /// A proper modifier of a noun event whose owner is its `source`: the
    /// doer when the owner names no actor ("Monday's U.S. raids").
    pub modifier_source: Option<usize>,
    /// The subject of the quotation a French verb with no object reports
    /// from after it ("« La Maison Blanche est en déni », a accusé Andrew
    /// Cuomo": the White House); the target of blame
    /// ([`quoted_subject_is_target`]).
    pub quoted_subject: Option<usize>,
    /// The verb, with no object, reports a quotation before it from after
    /// it (French: « … », reconnaît le ministre): a speech verb there says
    /// only who spoke.
    pub reports_quotation: bool,
}

impl Tree {
    /// Forgets the last parse; the next sentence is in `language`.
    pub fn clear(&mut self, language: Language) {
        self.parsed = false;
        self.language = language;
    }

    /// The table of the sentence's language.
    fn table(&self) -> &'static Table {
        table_in(self.language)
    }

    pub fn is_parsed(&self) -> bool {
        self.parsed
    }

    /// Whether word `w` lies in a date expression ("on Monday").
    fn is_date_word(&self, w: usize) -> bool {
        self.in_date.get(w).copied().unwrap_or(false)
    }

    /// Parses the sentence `s` (whose tokens index `text`) with `model`.
    pub fn parse(&mut self, model: &Model, text: &str, s: &Sentence) {
        self.parsed = false;
        if s.tokens.is_empty() {
            return;
        }
        let range = s.tokens.get(0).start as usize..s.tokens.get(s.len() - 1).end as usize;
        model.analyse_text(text, range, &mut self.scratch, &mut self.analysis);
        repair_aside_predicate(&mut self.analysis);
        repair_parenthetical_speaker(&mut self.analysis);
        repair_opening_participle(&mut self.analysis);
        repair_subject_with_preposition(&mut self.analysis);
        repair_comma_participle(&mut self.analysis);
        repair_set_off_participle(&mut self.analysis);
        repair_object_before_clause(&mut self.analysis, self.language);
        repair_finite_conjunct(&mut self.analysis);
        repair_addressee_as_subject(&mut self.analysis);
        repair_object_read_as_clause_subject(&mut self.analysis);
        let a = &self.analysis;
        let n = a.len();
        // Align by byte offsets; both sequences are in text order.
        self.word_of.clear();
        self.token_of.clear();
        let mut w = 0usize;
        for t in 0..s.len() {
            let start = s.tokens.get(t).start as usize;
            while w + 1 < n && a.span(w).end <= start {
                w += 1;
            }
            self.word_of.push(w as u32);
        }
        let mut t = 0usize;
        for w in 0..n {
            let start = a.span(w).start;
            while t + 1 < s.len() && (s.tokens.get(t).end as usize) <= start {
                t += 1;
            }
            self.token_of.push(t as u32);
        }
        repair_owned_infinitive(&mut self.analysis, s, &self.token_of, self.language);
        if self.language == Language::French {
            repair_quotation_under_its_incise(&mut self.analysis);
            repair_subject_read_as_apposition(&mut self.analysis);
            repair_inverted_subject(&mut self.analysis, s, &self.token_of);
        }
        let a = &self.analysis;
        self.in_date.clear();
        self.in_date.extend(self.token_of.iter().map(|&t| s.in_date_phrase(t as usize)));
        // Dependents by head, in sentence order (a counting sort).
        self.child_start.clear();
        self.child_start.resize(n + 2, 0);
        for d in 0..n {
            if let Some(h) = a.head(d) {
                self.child_start[h + 2] += 1;
            }
        }
        for i in 2..n + 2 {
            self.child_start[i] += self.child_start[i - 1];
        }
        self.children.clear();
        self.children.resize(self.child_start[n + 1] as usize, 0);
        for d in 0..n {
            if let Some(h) = a.head(d) {
                let slot = &mut self.child_start[h + 1];
                self.children[*slot as usize] = d as u32;
                *slot += 1;
            }
        }
        self.parsed = n > 0;
    }

    pub fn word(&self, token: usize) -> usize {
        self.word_of[token] as usize
    }

    /// The word standing for the coder token `token` as an event's
    /// trigger: the last word inside the token, skipping particles and
    /// punctuation, then through hyphens written without spaces:
    /// "test-fired" is parsed `test` `-` `fired`, and an English hyphenated
    /// compound is headed by its last part; "don't" stays `do`.
    pub fn trigger_word(&self, token: usize) -> usize {
        let a = &self.analysis;
        let first = self.word(token);
        let mut best = first;
        let mut w = first + 1;
        while w < a.len() && self.token(w) == token {
            if !matches!(a.upos(w), "PART" | "PUNCT") {
                best = w;
            }
            w += 1;
        }
        // The coder may split the hyphen too: follow "-" written without
        // spaces to the compound's last part.
        while best + 2 < a.len() && a.form(best + 1) == "-" && a.span(best).end == a.span(best + 1).start && a.span(best + 1).end == a.span(best + 2).start {
            best += 2;
        }
        // "Turkey is not concerned about …": a copula's predicate holds the
        // clause (its subject, its negation, its modifiers), not "is".
        if a.universal_deprel(best) == "cop" {
            if let Some(h) = a.head(best) {
                return h;
            }
        }
        best
    }

    /// "should investigate", "must quickly discard", "ought to resign": the
    /// verb at word `w` has a modal of duty for its own auxiliary
    /// (`obligation` cues), and no auxiliary but a form of "be" follows it
    /// ("should have acted" is a counterfactual).
    pub fn under_duty(&self, s: &Sentence, w: usize) -> bool {
        let a = &self.analysis;
        let auxiliary = |c: &usize| a.universal_deprel(*c) == "aux";
        // The parse may make "ought" the verb and the act its `xcomp`.
        let ought = a.universal_deprel(w) == "xcomp" && a.head(w).is_some_and(|h| s.is(self.token(h), CueKind::Obligation));
        let Some(duty) = a.children(w).filter(auxiliary).find(|&c| s.is(self.token(c), CueKind::Obligation)).or(ought.then_some(0)) else {
            return false;
        };
        !a.children(w).filter(auxiliary).any(|c| c > duty && !s.is(self.token(c), CueKind::BeForm))
    }

    /// "said OPEC needed to study the data": the verb at word `w` is itself
    /// a word of duty (`obligation` cues) with the act as its `xcomp`.
    pub fn is_duty_verb(&self, s: &Sentence, w: usize) -> bool {
        let a = &self.analysis;
        s.is(self.token(w), CueKind::Obligation) && a.children(w).any(|c| a.universal_deprel(c) == "xcomp")
    }

    /// Whether the word of coder token `token` is a copula (a `[be]`
    /// pattern's head): its predicate, an adjective or a noun, is what
    /// [`Tree::trigger_word`] answers, and is no modifier.
    pub fn is_copula(&self, token: usize) -> bool {
        self.analysis.universal_deprel(self.word(token)) == "cop"
    }

    pub fn token(&self, word: usize) -> usize {
        self.token_of[word] as usize
    }

    fn children(&self, w: usize) -> &[u32] {
        &self.children[self.child_start[w] as usize..self.child_start[w + 1] as usize]
    }

    fn reading(&self, w: usize) -> Option<Reading> {
        self.table().relations.get(self.analysis.deprel(w)).copied()
    }

    /// Whether the noun at word `w` has an actor as its possessor ("Haiti's
    /// appeal for help"), or as a proper modifier when the pattern spells
    /// words after the noun (`framed`: "a Philippine request for loans") or
    /// a target preposition follows it ("the U.S. raid on its platforms").
    /// "Heavy Soviet demand", "US takeover battles of recent times",
    /// "British jails" are no one's acts.
    pub fn owned_by_actor(&self, s: &Sentence, w: usize, framed: bool) -> bool {
        let a = &self.analysis;
        let target_phrase = || self.children(w).iter().any(|&c| a.universal_deprel(c as usize) == "nmod" && self.preposition(c as usize) == Some(PrepReading::Target));
        let owner = self.child(w, Reading::Possessor).or_else(|| self.doer_modifier(w).filter(|_| framed || target_phrase()));
        self.is_parsed() && matches!(a.upos(w), "NOUN" | "PROPN") && owner.is_some_and(|c| self.group_for(s, c).is_some())
    }

    fn child(&self, w: usize, reading: Reading) -> Option<usize> {
        self.children(w).iter().map(|&c| c as usize).find(|&c| self.reading(c) == Some(reading))
    }

    /// The preposition (`case` dependent) introducing `w`, if any.
    fn preposition(&self, w: usize) -> Option<PrepReading> {
        let a = &self.analysis;
        self.children(w)
            .iter()
            .map(|&c| c as usize)
            .find(|&c| a.universal_deprel(c) == "case")
            .and_then(|c| self.table().prepositions.get(lowered(a.lemma(c)).as_ref()).copied())
    }

    /// Whether the phrase of `w` opens with the passive's "by", wherever
    /// the parser hung it ("by al-Shabaab militants" with "by" under "al").
    fn opens_with_agent_preposition(&self, w: usize) -> bool {
        let a = &self.analysis;
        let first = (0..=w).find(|&v| v == w || self.dominates(w, v)).unwrap_or(w);
        a.universal_deprel(first) == "case" && self.table().prepositions.get(lowered(a.lemma(first)).as_ref()) == Some(&PrepReading::Agent)
    }

    fn is_relative_pronoun(&self, w: usize) -> bool {
        let a = &self.analysis;
        a.upos(w) == "PRON" && self.table().relative_pronouns.contains(lowered(a.lemma(w)).as_ref())
    }

    /// A past participle (passive): "captured", "killed", "taken". The tagger
    /// gives universal tags only, so the form tells: not an -ing form, and
    /// not the lemma itself.
    fn past_participle(&self, w: usize) -> bool {
        let a = &self.analysis;
        a.upos(w) == "VERB" && !self.ends_in_ing(w) && !a.form(w).eq_ignore_ascii_case(a.lemma(w))
    }

    /// A gerund or present participle by its spelling ("using", "killing").
    fn ends_in_ing(&self, w: usize) -> bool {
        ends_in_ing(self.analysis.form(w))
    }

    /// Whether the parse makes the word at coder token `token` a verb of a
    /// clause: not a noun, and no participle describing one ("renewed
    /// protests").
    pub fn reads_as_verb(&self, token: usize) -> bool {
        let w = self.word(token);
        self.analysis.upos(w) == "VERB" && self.analysis.universal_deprel(w) != "amod"
    }

    /// Whether the parse gives the verb at coder token `token` an active
    /// subject (`nsubj`) of its own.
    pub fn has_active_subject(&self, token: usize) -> bool {
        self.child(self.trigger_word(token), Reading::Subject).is_some()
    }

    /// Whether the trigger at word `w` is read as a noun: a noun pattern,
    /// or a verb pattern's word that the parse tags as a noun heading its
    /// own phrase with no subject or object of its own ("Colombia's raid
    /// into Ecuador", "the attack on the embassy"); its doer is then its
    /// possessor or "by" phrase, not a clause subject.
    pub fn reads_as_noun(&self, w: usize, noun_pattern: bool) -> bool {
        noun_pattern
            || self.analysis.upos(w) == "NOUN"
                && [Reading::Subject, Reading::PassiveSubject, Reading::Object].iter().all(|&r| self.child(w, r).is_none())
    }

    /// The participants of the verb or noun at word `w`: `noun` when the
    /// pattern is a noun pattern.
    /// `passive` when the matcher saw a passive the parse may have missed
    /// (a subject labelled `nsubj` under "was opposed").
    pub fn arguments(&self, w: usize, noun: bool, passive: bool) -> Arguments {
        let mut out = Arguments::default();
        if noun {
            self.noun_arguments(w, &mut out);
        } else {
            self.verb_arguments(w, passive, &mut out);
        }
        out
    }

    fn verb_arguments(&self, w: usize, passive_verb: bool, out: &mut Arguments) {
        // A recipient outranks the thing given: "gave the Ivory Coast aid".
        // "talks ended Monday": a date is no object.
        // "se sont retirées de Kherson": a reflexive pronoun is the subject
        // again, never what the act is done to.
        let object = self.child(w, Reading::Recipient).or_else(|| self.child(w, Reading::Object)).filter(|&o| !self.is_date_word(o) && !self.is_reflexive(o));
        // "were killed by al-Shabaab militants" parsed with the militants
        // as object: a phrase under "by" is the doer, whatever its label.
        let by_object = object.filter(|&o| self.opens_with_agent_preposition(o));
        let object = object.filter(|_| by_object.is_none());
        // "fought a decades-long insurgency against the Turkish state": an
        // object that names the act leads to the target through its own
        // preposition, or the verb's.
        let act = object.filter(|&o| self.table().act_nouns.contains(lowered(self.analysis.lemma(o)).as_ref()));
        out.act_object = act;
        if let Some(o) = object.filter(|_| act.is_none()) {
            // "the activist whom police had arrested": the noun the
            // relative clause modifies.
            out.target = Some(self.antecedent(w, o));
        } else if let Some(o) = act.and_then(|a| self.oblique_target(a, true)).or_else(|| self.oblique_target(w, false)) {
            out.target = Some(o);
        } else if object.is_none() && !passive_verb {
            out.target = self.shared_object(w);
        }
        let (subject, passive) = self.subject(w);
        let passive = passive && !self.is_state_participle(w) && !self.is_active_perfect(w);
        match (subject, passive || passive_verb) {
            (Some(s), true) => {
                // "France was expelled by the junta": the subject suffered it.
                if out.target.is_none() {
                    out.target = Some(s);
                }
                out.source = self.agent(w).or(by_object);
            }
            (Some(s), false) => {
                out.source = Some(s);
                // "Air strikes by the Saudi-led coalition killed 30
                // people": where the subject names no actor, the doer of
                // the act it names does.
                if matches!(self.analysis.upos(s), "NOUN" | "PROPN") {
                    out.fallback_source = self.agent_phrase(s);
                }
            }
            (None, _) => out.source = self.agent(w).or(by_object),
        }
        if object.is_none() && self.language == Language::French {
            let quotation = self.quotation_before(w);
            out.reports_quotation = quotation.is_some();
            out.quoted_subject = quotation.and_then(|q| self.child(q, Reading::Subject));
        }
    }

    /// "destroyers attacked and destroyed an Iranian oil platform",
    /// "condemned and rejected the resolution": the object of the verb
    /// coordinated right after the verb at `w` (only a conjunction or
    /// adverbs between them, and no subject of the second verb's own) is
    /// the object of both, when the first has none and is no passive (the
    /// caller's tests).
    /// The parser hangs a shared object on the nearer verb.
    fn shared_object(&self, w: usize) -> Option<usize> {
        let a = &self.analysis;
        let next = self.children(w).iter().map(|&c| c as usize).find(|&c| c > w && a.universal_deprel(c) == "conj")?;
        let between_ok = (w + 1..next).all(|k| matches!(a.universal_deprel(k), "cc" | "advmod") && a.head(k) == Some(next));
        let own_subject = self.children(next).iter().any(|&c| matches!(a.universal_deprel(c as usize), "nsubj" | "nsubj:pass" | "expl"));
        // ("survivors who were raped and infected with HIV": a passive has
        // no object to share; the matcher's reading of its "be" (lemma or
        // `be_form` cue) is the caller's test, since the parser may label
        // that "be" a plain `aux`.)
        let passive_or_copula = self.children(w).iter().any(|&c| matches!(a.deprel(c as usize), "aux:pass" | "cop"));
        if !between_ok || own_subject || passive_or_copula || a.upos(w) != "VERB" || a.upos(next) != "VERB" || (w + 1..next).all(|k| a.universal_deprel(k) != "cc") {
            return None;
        }
        // (An "object" that opens with a preposition is a misread oblique.)
        self.child(next, Reading::Object).filter(|&o| !self.is_date_word(o) && !self.is_reflexive(o) && !self.has_case(o))
    }

    /// The clause a French verb at `w` set after it reports — « … »,
    /// a accusé X; …, fustige X; …, a-t-elle accusé: the verb has its
    /// subject after it or after its auxiliary (see
    /// `repair_inverted_subject`), a comma before it past its auxiliaries,
    /// and the clause before the comma is its head or its dependent.
    fn quotation_before(&self, w: usize) -> Option<usize> {
        let a = &self.analysis;
        // (The subject may stand inside the verb group, after its
        // auxiliary: "a-t-elle accusé".)
        let opens = verb_group_start(a, w);
        if !self.children(w).iter().any(|&c| c as usize > opens && a.universal_deprel(c as usize) == "nsubj") {
            return None;
        }
        if opens == 0 || a.form(opens - 1) != "," {
            return None;
        }
        a.head(w).filter(|&h| h < opens && is_clause(a, h)).or_else(|| self.children(w).iter().map(|&c| c as usize).find(|&c| c < opens && is_clause(a, c)))
    }

    /// "by the junta" under the verb, as `obl:agent` or `obl` with "by".
    fn agent(&self, w: usize) -> Option<usize> {
        self.child(w, Reading::Agent).or_else(|| {
            self.children(w).iter().map(|&c| c as usize).find(|&c| self.analysis.universal_deprel(c) == "obl" && self.preposition(c) == Some(PrepReading::Agent))
        })
    }

    /// The first `obl` (or `nmod`, for nouns) introduced by a target
    /// preposition: "fired at", "met with", "an attack on". A date there
    /// ("released on Monday") is none, and the search ends with it: a
    /// later phrase with the same preposition is no more the target
    /// ("arrived in Gondor on Monday on his first official visit").
    fn oblique_target(&self, w: usize, noun: bool) -> Option<usize> {
        let a = &self.analysis;
        let wanted = if noun { "nmod" } else { "obl" };
        self.children(w)
            .iter()
            .map(|&c| c as usize)
            .find(|&c| {
                a.deprel(c) == wanted
                    && match self.preposition(c) {
                        Some(PrepReading::Target) => true,
                        Some(PrepReading::NounTarget) => noun,
                        _ => false,
                    }
            })
            .filter(|&c| !self.is_date_word(c))
    }

    /// The subject of the verb at `w` and whether it is a passive subject,
    /// through control, coordination and relative clauses.
    fn subject(&self, mut w: usize) -> (Option<usize>, bool) {
        let verb = w;
        // Whether the way up went through a clause of its own (`xcomp`,
        // `advcl`) rather than only through coordination: such a clause has
        // its own voice, so a passive subject above it ("Giuseppe was
        // arrested when travelling to London", "Vice-President Awori was
        // forced to resign") is the lower verb's doer unless that verb is
        // itself passive ("was expected to be released").
        let mut through_clause = false;
        for _ in 0..8 {
            if let Some(s) = self.child(w, Reading::Subject) {
                return (Some(self.antecedent(w, s)), false);
            }
            if let Some(s) = self.child(w, Reading::PassiveSubject) {
                let passive = !through_clause || self.has_passive_auxiliary(verb);
                return (Some(self.antecedent(w, s)), passive);
            }
            let Some(head) = self.analysis.head(w) else { return (None, false) };
            through_clause |= self.analysis.universal_deprel(w) != "conj";
            match self.reading(w) {
                Some(Reading::Controlled) => {
                    // "urged Russia to withdraw": the object does it.
                    if let Some(o) = self.child(head, Reading::Object).or_else(|| self.child(head, Reading::Recipient)) {
                        return (Some(o), false);
                    }
                    w = head;
                }
                Some(Reading::SharesSubject) => {
                    // "warned China against invading Taiwan", "prevented
                    // protesters from marching": the object does it.
                    if self.object_controlled(w) {
                        if let Some(o) = self.child(head, Reading::Object).or_else(|| self.child(head, Reading::Recipient)) {
                            return (Some(o), false);
                        }
                    }
                    // An adverbial clause shares its subject only as a
                    // participle or an infinitive ("Speaking in Paris,
                    // Macron said", "Faced with protests, the junta …").
                    // A verb in its base form there is a misparse
                    // ("Communist rebels killed 18 soldiers …, the army
                    // said" with "Communist" tagged a verb): the speaker
                    // above did not do it.
                    if self.analysis.universal_deprel(w) == "advcl" && !self.inflected_or_infinitive(w) {
                        return (None, false);
                    }
                    w = head
                }
                Some(Reading::Relative) => return (Some(head), false),
                // A participle with an object of its own is active, as a
                // parser's `acl` for a clause it misread often is: "after
                // Calenardhon crowds burned down its embassy".
                Some(Reading::Participle) => return (Some(head), self.past_participle(w) && self.child(w, Reading::Object).is_none()),
                _ => return (None, false),
            }
        }
        (None, false)
    }

    /// The dependent of word `head` on the way down the parse to word `w`,
    /// when `head` lies above `w`.
    pub fn dependent_toward(&self, head: usize, w: usize) -> Option<usize> {
        let mut up = w;
        // Bounded: a parse is a tree, but a walk must not trust that.
        for _ in 0..self.analysis.len() {
            match self.analysis.head(up) {
                Some(h) if h == head => return Some(up),
                Some(h) => up = h,
                None => return None,
            }
        }
        None
    }

    /// "to be released": the verb at `w` has a passive auxiliary of its own.
    fn has_passive_auxiliary(&self, w: usize) -> bool {
        self.children(w).iter().any(|&c| self.analysis.deprel(c as usize) == "aux:pass")
    }

    /// Whether the verb at `w` is written in another form than its lemma
    /// ("speaking", "faced", "driven") or follows an infinitive's "to".
    fn inflected_or_infinitive(&self, w: usize) -> bool {
        let a = &self.analysis;
        !a.form(w).eq_ignore_ascii_case(a.lemma(w)) || self.has_infinitive_mark(w)
    }

    /// Whether the verb at `w` follows an infinitive's particle ("to"):
    /// a `mark` the tagger calls a particle.
    fn has_infinitive_mark(&self, w: usize) -> bool {
        let a = &self.analysis;
        self.children(w).iter().any(|&c| a.universal_deprel(c as usize) == "mark" && a.upos(c as usize) == "PART")
    }

    /// An adverbial clause introduced by a word the table lists as
    /// `object-control` ("against invading", "from marching").
    fn object_controlled(&self, w: usize) -> bool {
        self.object_control_reading(w).is_some()
    }

    /// The certainty an object-controlled clause's act has: "prevented
    /// protesters from marching" (the march did not happen), "warned
    /// China against invading" (it may); `None` also where the clause
    /// keeps its own cues' ("blamed Israel for killing").
    pub fn object_control_certainty(&self, w: usize) -> Option<sitrep_model::Certainty> {
        self.object_control_reading(w).flatten()
    }

    /// The `object-control` row of the word that opens the adverbial
    /// clause at `w` right after its verb's object, if any.
    fn object_control_reading(&self, w: usize) -> Option<Option<sitrep_model::Certainty>> {
        let a = &self.analysis;
        // (A verb's clause: "described the protocol as the latest …" names
        // the object, and a verb the parse coordinates with "latest" is the
        // subject's.)
        if a.universal_deprel(w) != "advcl" || a.upos(w) != "VERB" {
            return None;
        }
        let head = a.head(w)?;
        let object = self.child(head, Reading::Object).or_else(|| self.child(head, Reading::Recipient))?;
        // The mark must follow the object itself ("prevented protesters
        // from"), not another phrase ("did little apart from urging").
        self.children(w)
            .iter()
            .map(|&c| c as usize)
            .filter(|&c| matches!(a.universal_deprel(c), "mark" | "case") && c > 0 && self.dominates(object, c - 1))
            .find_map(|c| self.table().object_control.get(lowered(a.lemma(c)).as_ref()).copied())
    }

    /// "France, which was expelled": a relative pronoun stands for the noun
    /// its clause modifies.
    fn antecedent(&self, verb: usize, subject: usize) -> usize {
        let a = &self.analysis;
        // "Alfonsin, who is beginning a visit to the U.S., …": the parse
        // may hang a relative clause set off by a comma by another relation.
        // The noun it hangs from must end right before the comma ("EU
        // member, but Turkey, which occupies …" is Turkey's clause, not
        // the member's): the word there is that noun or inside its phrase,
        // not coordinated with it.
        let ends_before_comma = |n: usize| {
            let mut w = subject - 2;
            for _ in 0..6 {
                if w == n {
                    return true;
                }
                match a.head(w) {
                    Some(h) if a.universal_deprel(w) != "conj" => w = h,
                    _ => return false,
                }
            }
            false
        };
        let misread_relative = || {
            subject > 1
                && a.form(subject - 1) == ","
                && matches!(a.universal_deprel(verb), "parataxis" | "acl" | "appos" | "conj")
                && a.head(verb).is_some_and(|n| n < subject && matches!(a.upos(n), "NOUN" | "PROPN") && ends_before_comma(n))
        };
        if self.is_relative_pronoun(subject) && (self.reading(verb) == Some(Reading::Relative) || misread_relative()) {
            if let Some(noun) = self.analysis.head(verb) {
                return noun;
            }
        }
        // "… turn for support to Rwanda -- which backed two successive rebel
        // movements": after a dash the parser may hang the relative clause
        // on the verb before it; the name right before the dash is what
        // the pronoun stands for.
        // ("--" may come as two words "-" "-".)
        let dash = |w: usize| matches!(a.form(w), "-" | "--" | "\u{2014}" | "\u{2013}");
        let mut before = subject;
        while before > 0 && subject - before < 2 && dash(before - 1) {
            before -= 1;
        }
        if self.is_relative_pronoun(subject) && before < subject && before > 0 && self.reading(verb) != Some(Reading::Relative) && a.upos(before - 1) == "PROPN" {
            let mut noun = before - 1;
            while matches!(a.universal_deprel(noun), "flat" | "compound") {
                match a.head(noun) {
                    Some(h) if h > noun && h < before => noun = h,
                    _ => break,
                }
            }
            return noun;
        }
        subject
    }

    /// The doer of the noun event at word `w` told as the occasion of a
    /// clause (see `occasion-preposition` in tree-roles.tsv): the clause's
    /// subject, when the noun is a visit (a `doer-noun`) or `joint` (its
    /// target introduced by a `joint-preposition`, as the parse or the
    /// pattern says) and its phrase is introduced by an
    /// `occasion-preposition`.
    pub fn occasion_doer(&self, w: usize, joint: bool) -> Option<usize> {
        if !self.is_parsed() {
            return None;
        }
        let a = &self.analysis;
        let noun = if a.universal_deprel(w) == "compound" { a.head(w).unwrap_or(w) } else { w };
        let occasion_word = |p: &str| self.table().occasion_prepositions.contains(lowered(p).as_ref());
        let visit_or_joint = joint || self.table().doer_nouns.contains_key(lowered(a.lemma(noun)).as_ref());
        // French "lors de sa visite", "au cours de sa visite": the parse
        // hangs the noun under the adverb "lors" or the noun "cours", a
        // word of the list that stands where the preposition would.
        let head_word = a.head(noun).filter(|&h| matches!(a.upos(h), "ADV" | "NOUN") && occasion_word(a.lemma(h)));
        // "at the end of an official visit to Mexico", "after two days of
        // talks with …": a noun of a span of time (`occasion-span-noun`)
        // whose phrase is an occasion carries the event noun it governs.
        let span_noun = || a.head(noun).filter(|&h| a.upos(h) == "NOUN" && a.universal_deprel(noun) == "nmod" && self.table().occasion_span_nouns.contains(lowered(a.lemma(h)).as_ref()));
        let own_occasion = self.case_word(noun).is_some_and(occasion_word);
        let (phrase, occasion) = match head_word {
            Some(h) => (h, true),
            None if own_occasion => (noun, true),
            None => match span_noun().filter(|&h| self.case_word(h).is_some_and(occasion_word)) {
                Some(h) => (h, true),
                None => (noun, false),
            },
        };
        if !occasion || !visit_or_joint || !matches!(a.universal_deprel(phrase), "obl" | "nmod" | "advmod") {
            return None;
        }
        // "Baka, in talks with the IMF, made it clear", "The Polish central
        // bank head, in talks with the IMF, asked …" (the verb hung as an
        // aside of the name): a phrase the parse hangs on the subject, or
        // on a name it leaves at the root, tells that one's occasion.
        if let Some(noun) = a.head(phrase).filter(|&n| a.universal_deprel(phrase) == "nmod" && matches!(a.upos(n), "NOUN" | "PROPN")) {
            if a.deprel(noun) == "nsubj" || a.deprel(noun) == "root" {
                return Some(noun);
            }
        }
        // The nearest verb above with a subject of its own ("the need to
        // control public spending in talks with Lawson": not "control").
        let mut at = phrase;
        for _ in 0..3 {
            let verb = self.clause_verb_above(at)?;
            // (A noun's own infinitive, "the need to control …", tells no
            // doer.)
            if a.universal_deprel(verb) == "acl" && self.has_infinitive_mark(verb) {
                at = verb;
                continue;
            }
            match self.subject(verb) {
                (Some(subject), false) => return Some(subject),
                // "the agreement had been reached during a visit to Moscow":
                // a passive's subject did not visit.
                (Some(_), true) => return None,
                (None, _) => at = verb,
            }
        }
        None
    }

    /// Whether the act at word `t` is the purpose of a journey still under
    /// way, and so to come: an act noun in a `purpose-preposition` phrase
    /// ("left for Washington for talks with U.S. officials") or a verb in
    /// an infinitive clause ("leaves on April 7 to attend the IMF
    /// meetings") of a `journey-verb` that is a departure, or of one told
    /// in no past form ("is flying to Japan for talks"); after a journey
    /// told as done ("travelled to the U.S. for debt negotiations") the act
    /// is as the clause tells it.
    pub fn purpose_of_journey(&self, t: usize) -> bool {
        if !self.is_parsed() {
            return false;
        }
        let a = &self.analysis;
        let table = self.table();
        let Some(h) = a.head(t).filter(|&h| a.upos(h) == "VERB") else { return false };
        let Some(&departure) = table.journey_verbs.get(lowered(a.lemma(h)).as_ref()) else { return false };
        // (A past form: neither the base form, nor "-s" nor "-ing".)
        let form = a.form(h);
        let past = !form.eq_ignore_ascii_case(a.lemma(h)) && !ends_in_ing(form) && !form.ends_with('s');
        if past && !departure {
            return false;
        }
        match a.upos(t) {
            "NOUN" => a.universal_deprel(t) == "obl" && self.case_word(t).is_some_and(|p| table.purpose_prepositions.contains(lowered(p).as_ref())),
            "VERB" => matches!(a.universal_deprel(t), "advcl" | "xcomp") && self.has_infinitive_mark(t),
            _ => false,
        }
    }

    /// Whether the act noun at word `t` is one the clause looks ahead to:
    /// an `anticipation-phrase` ends right before its phrase, or is its
    /// phrase's first word ("ahead of her visit to Moscow next week", "in
    /// preparation for Nakasone's visit to Washington"; the parse of "ahead
    /// of" varies, the words do not).
    pub fn anticipated(&self, t: usize) -> bool {
        if !self.is_parsed() || self.analysis.upos(t) != "NOUN" {
            return false;
        }
        let a = &self.analysis;
        let mut start = t;
        while start > 0 && self.dominates(t, start - 1) {
            start -= 1;
        }
        let ends_at = |end: usize, phrase: &[&str]| end >= phrase.len() && phrase.iter().enumerate().all(|(k, word)| a.form(end - phrase.len() + k).eq_ignore_ascii_case(word));
        self.table().anticipation_phrases.iter().any(|p| ends_at(start, p) || ends_at(start + 1, p))
    }

    /// Whether the noun at word `w` names a decision, policy or statement
    /// (`policy-noun`): what a speaker's evaluation judges even when no
    /// actor owns it ("said the decision was shameful"); a pronoun of the
    /// kind stands for what was just done or said ("“This is
    /// unacceptable,” Lavrov said").
    pub fn is_policy_noun(&self, w: usize) -> bool {
        matches!(self.analysis.upos(w), "NOUN" | "PRON") && self.table().policy_nouns.contains(lowered(self.analysis.lemma(w)).as_ref())
    }

    /// Whether the act at word `trigger` is addressed to an assembly or an
    /// audience: its object or recipient is an `audience-noun` ("told a
    /// Labour Party gathering").
    pub fn addresses_an_audience(&self, trigger: usize, passive: bool) -> bool {
        let a = &self.analysis;
        self.arguments(trigger, false, passive).target.is_some_and(|w| matches!(a.upos(w), "NOUN" | "PROPN") && self.table().audience_nouns.contains(lowered(a.lemma(w)).as_ref()))
    }

    /// Whether the word at `w` is a noun naming a document or an agreement
    /// (`document-noun`: "the pact", "that law").
    pub fn is_document_noun(&self, w: usize) -> bool {
        self.analysis.upos(w) == "NOUN" && self.table().document_nouns.contains(lowered(self.analysis.lemma(w)).as_ref())
    }

    /// Whether the noun at `w` stands in a phrase of time or cause
    /// (`background-preposition`): "since Russia's invasion of Ukraine",
    /// "due to its invasion", "following the attack" (also where
    /// the parser reads "following" as the verb whose object it is).
    pub fn in_background_phrase(&self, w: usize) -> bool {
        let a = &self.analysis;
        let background = |p: usize| self.table().background_prepositions.contains(lowered(a.form(p)).as_ref());
        matches!(a.upos(w), "NOUN" | "PROPN")
            && (a.children(w).any(|c| a.universal_deprel(c) == "case" && background(c))
                || a.head(w).is_some_and(|h| a.universal_deprel(w) == "obj" && a.upos(h) == "VERB" && background(h)))
    }

    /// Whether the word at `w` is a pronoun.
    pub fn is_pronoun(&self, w: usize) -> bool {
        self.analysis.upos(w) == "PRON"
    }

    /// "rejected the ceasefire proposed by the United States", "opposed a
    /// tax proposed by Speaker Wright": the agent of an author participle
    /// (`author-participle` of tree-roles.tsv) modifying the noun at `w`,
    /// whose work the noun is.
    pub fn author_of(&self, w: usize) -> Option<usize> {
        let a = &self.analysis;
        if !matches!(a.upos(w), "NOUN" | "PROPN") {
            return None;
        }
        let authored = |c: usize| a.deprel(c) == "acl" && a.upos(c) == "VERB" && self.table().author_participles.contains(lowered(a.lemma(c)).as_ref());
        self.children(w).iter().map(|&c| c as usize).filter(|&c| authored(c)).find_map(|c| self.agent(c))
    }

    /// Whether the word at `w` is a verb of harm (`harm-verb`).
    pub fn is_harm_verb(&self, w: usize) -> bool {
        self.analysis.upos(w) == "VERB" && self.table().harm_verbs.contains(lowered(self.analysis.lemma(w)).as_ref())
    }

    /// Whether the word at `w` is a verb of an outcome (`outcome-verb`).
    pub fn is_outcome_verb(&self, w: usize) -> bool {
        self.analysis.upos(w) == "VERB" && self.table().outcome_verbs.contains(lowered(self.analysis.lemma(w)).as_ref())
    }

    /// Whether word `w` is a passive participle of `state-participle` with
    /// no agent: the state its subject is in, which the subject holds or
    /// does ("France is opposed to the plan", "Turkey was engaged in talks
    /// with Russia"), not an act done to it ("the plan was opposed by
    /// France").
    pub fn is_state_participle(&self, w: usize) -> bool {
        let a = &self.analysis;
        // The parser tags it a verb with a passive's auxiliary, or an
        // adjective after a copula.
        matches!(a.upos(w), "VERB" | "ADJ")
            && self.table().state_participles.contains(lowered(a.lemma(w)).as_ref())
            && a.children(w).any(|c| matches!(a.universal_deprel(c), "aux" | "aux:pass" | "nsubj:pass" | "cop"))
            && self.agent(w).is_none()
            && !a.children(w).any(|c| self.opens_with_agent_preposition(c))
    }

    /// Whether the participle at word `w` is an active perfect: French
    /// forms the perfect of verbs of motion and of pronominal verbs with
    /// "être" ("se sont retirées de Kherson", "est arrivé à Bamako"), which
    /// word order reads as a passive. The parse marks it with a tense
    /// auxiliary and no passive one; or the verb is a `be-perfect-verb`
    /// with a single auxiliary and no agent, however the parser labelled
    /// that auxiliary ("le gouvernement est revenu sur son projet", parsed
    /// `aux:pass`); or a reflexive with an `idiom-clitic` ("s'en est pris
    /// à"). (UD English has no `aux:tense`, and lists no such verb.)
    pub fn is_active_perfect(&self, w: usize) -> bool {
        let a = &self.analysis;
        if a.upos(w) != "VERB" {
            return false;
        }
        // (Its subject may still be labelled `nsubj:pass`: the tense
        // auxiliary, not the subject's label, tells a French perfect.)
        // A reflexive's perfect is active whatever follows "par": "s'est
        // déclaré déçu par cette annonce" (the parse makes the cause an
        // agent).
        let reflexive = || a.children(w).any(|c| self.is_reflexive(c));
        let agent = || a.children(w).any(|c| a.deprel(c) == "obl:agent");
        let tense_auxiliary = a.children(w).any(|c| a.deprel(c) == "aux:tense") && (reflexive() || !a.children(w).any(|c| matches!(a.deprel(c), "aux:pass" | "obl:agent")));
        // "ont été sortis" (a passive of transitive "sortir") has two.
        let single_auxiliary = || a.children(w).filter(|&c| a.universal_deprel(c) == "aux").count() == 1;
        let be_perfect = || self.table().be_perfect_verbs.contains(lowered(a.lemma(w)).as_ref()) && single_auxiliary() && !agent();
        // "s'en est pris à la Russie", "s'y est opposé": a reflexive with
        // an `idiom-clitic` is a pronominal verb, never a passive, however
        // the parser labelled its auxiliary.
        let idiom = || reflexive() && a.children(w).any(|c| a.upos(c) == "PRON" && self.table().idiom_clitics.contains(lowered(a.lemma(c)).as_ref())) && single_auxiliary() && !agent();
        tense_auxiliary || be_perfect() || idiom()
    }

    /// Whether `lemma` is a light verb (`light-verb`): it lends its
    /// modality and its subject to the event noun it takes ("will resume
    /// the bombing").
    pub fn is_light_verb(&self, lemma: &str) -> bool {
        self.table().light_verbs.contains(lowered(lemma).as_ref())
    }

    /// Whether word `w` is a `reflexive-pronoun` (French "se").
    fn is_reflexive(&self, w: usize) -> bool {
        self.analysis.upos(w) == "PRON" && self.table().reflexive_pronouns.contains(lowered(self.analysis.lemma(w)).as_ref())
    }

    /// Whether `word` (lower case) is a `joint-preposition` ("with").
    pub fn is_joint_preposition(&self, word: &str) -> bool {
        self.table().joint_prepositions.contains(word)
    }

    /// The verb of the clause that the phrase headed by noun `w` belongs
    /// to, however deep in noun phrases the parser hangs it ("the need to
    /// control public spending in talks with Lawson": "talks" under
    /// "spending" under "control"), within a few steps.
    fn clause_verb_above(&self, w: usize) -> Option<usize> {
        let a = &self.analysis;
        let mut at = a.head(w)?;
        for _ in 0..6 {
            if a.upos(at) == "VERB" {
                return Some(at);
            }
            at = a.head(at)?;
        }
        None
    }

    /// The lemma of the preposition (`case` dependent) introducing `w`.
    fn case_word(&self, w: usize) -> Option<&str> {
        let a = &self.analysis;
        self.children(w).iter().map(|&c| c as usize).find(|&c| a.universal_deprel(c) == "case").map(|c| a.lemma(c))
    }

    /// A dependent of `w` introduced by one of the `|`-separated
    /// prepositions `preps`.
    fn introduced_by(&self, w: usize, preps: &str) -> Option<usize> {
        self.children(w).iter().map(|&c| c as usize).find(|&c| {
            matches!(self.analysis.universal_deprel(c), "nmod" | "obl")
                && self.case_word(c).is_some_and(|p| preps.split('|').any(|q| p.eq_ignore_ascii_case(q)))
        })
    }

    /// "by the junta" under `w`: the doer of a noun event.
    fn agent_phrase(&self, w: usize) -> Option<usize> {
        self.children(w).iter().map(|&c| c as usize).find(|&c| self.preposition(c) == Some(PrepReading::Agent))
    }

    /// A "by" phrase modifying a noun inside the noun phrase of `w` (not
    /// `w` itself), nearest first, through modifiers but not into clauses,
    /// over at most 16 words: "the detention of Kuwaiti fishing vessels by
    /// Iran".
    fn agent_below(&self, w: usize) -> Option<usize> {
        let a = &self.analysis;
        self.breadth_first(w, |parent, c| {
            if parent != w && a.universal_deprel(c) == "nmod" && self.preposition(c) == Some(PrepReading::Agent) {
                Step::Found(c)
            } else if matches!(a.universal_deprel(c), "nmod" | "acl" | "obj" | "compound" | "amod" | "appos") {
                Step::Descend
            } else {
                Step::Skip
            }
        })
    }

    /// Visits the dependents of `w` breadth-first, nearest first, over at
    /// most 16 words (fixed storage: the per-sentence path allocates
    /// nothing); `visit(parent, child)` says whether `child` is the answer,
    /// is searched below, or is left.
    fn breadth_first<T>(&self, w: usize, mut visit: impl FnMut(usize, usize) -> Step<T>) -> Option<T> {
        let mut queue = [0u32; 16];
        let mut len = 0;
        queue[len] = w as u32;
        len += 1;
        let mut next = 0;
        while next < len {
            let parent = queue[next] as usize;
            next += 1;
            for &c in self.children(parent) {
                match visit(parent, c as usize) {
                    Step::Found(t) => return Some(t),
                    Step::Descend if len < queue.len() => {
                        queue[len] = c;
                        len += 1;
                    }
                    _ => {}
                }
            }
        }
        None
    }

    fn noun_arguments(&self, w: usize, out: &mut Arguments) {
        let lemma = lowered(self.analysis.lemma(w));
        if let Some(&preps) = self.table().doer_nouns.get(lemma.as_ref()) {
            // "the withdrawal of French troops from Mali": the "of" phrase
            // did it; the target is where the noun's own preposition points.
            let of = self.children(w).iter().map(|&c| c as usize).find(|&c| matches!(self.analysis.universal_deprel(c), "nmod" | "obl") && self.preposition(c) == Some(PrepReading::NounTarget));
            // "a visit to Washington by Japanese Prime Minister Nakasone":
            // a "by" phrase names the doer too.
            out.source = self.child(w, Reading::Possessor).or(of).or_else(|| self.agent_phrase(w)).or_else(|| self.agent_below(w));
            // The parser often hangs "from Mali" on "troops".
            out.target = self.introduced_by(w, preps).or_else(|| of.and_then(|o| self.introduced_by(o, preps)));
        } else {
            out.target = self.oblique_target(w, true);
            // "the invasion of Ukraine by Russia": the parser often hangs the
            // agent lower in the noun phrase, on the noun's object.
            out.source = self.child(w, Reading::Possessor).or_else(|| self.agent_phrase(w)).or_else(|| self.agent_below(w));
        }
        let a = &self.analysis;
        // The trigger may be the phrase's modifier ("the bombing campaign",
        // "a telephone conversation").
        let phrase = if a.universal_deprel(w) == "compound" { a.head(w).unwrap_or(w) } else { w };
        // "Erdogan said in a phone call with Putin": a joint noun event in
        // a verb's oblique phrase was shared by the verb's subject; "Bank
        // President Barber Conable at a meeting with Sri Lanka's Finance
        // Minister emphasised …": one the parse hangs on the subject noun,
        // by that noun.
        let joint_word = |p: usize| self.case_word(p).is_some_and(|p| self.table().joint_prepositions.contains(lowered(p).as_ref()));
        // ("after farm trade talks with Japan agriculture minister Mutsuki
        // Kato": the parser may hang "with" lower in the name.)
        let joint = out.target.is_some_and(joint_word)
            || self
                .breadth_first(phrase, |parent, c| match a.universal_deprel(c) {
                    // (Not the phrase's own preposition: "opened the forum
                    // with an attack on Labour's record".)
                    "case" if parent != phrase && self.table().joint_prepositions.contains(lowered(a.lemma(c)).as_ref()) => Step::Found(()),
                    "nmod" | "flat" | "compound" => Step::Descend,
                    _ => Step::Skip,
                })
                .is_some();
        // "During a visit to Tokyo, Howard presented …", "Baka, in talks in
        // Washington with the IMF, made it clear …", "during his trip to
        // Washington, Bangemann will meet …": a visit, or a joint noun
        // event, in a phrase of occasion (`occasion-preposition`) with no
        // doer of its own but a pronoun was the doing of the subject of the
        // clause it tells the occasion of, wherever the parser hangs the
        // phrase. (Not an attack: "after the attack on X, Y said".)
        let pronoun_owner = out.source.is_some_and(|o| a.upos(o) == "PRON" && a.deprel(o) == "nmod:poss");
        if out.source.is_none() || pronoun_owner {
            if let Some(subject) = self.occasion_doer(w, joint) {
                out.source = Some(subject);
            }
        }
        if out.source.is_none() && matches!(a.universal_deprel(phrase), "obl" | "nmod") {
            match a.head(phrase).filter(|_| joint) {
                Some(verb) if a.universal_deprel(phrase) == "obl" => {
                    if let (Some(subject), false) = self.subject(verb) {
                        out.source = Some(subject);
                    }
                }
                Some(noun) if a.universal_deprel(noun) == "nsubj" && a.head(noun).is_some_and(|v| a.upos(v) == "VERB") => out.source = Some(noun),
                _ => {}
            }
        }
        // "Kuwait has backed Iraq in the war against Iran", "France took
        // part in the bombing campaign against Libya": a noun event in a
        // verb's oblique phrase under a `participation-preposition`, with
        // no doer of its own, was waged by the verb's object, else by its
        // subject.
        if out.source.is_none() && a.universal_deprel(phrase) == "obl" {
            let takes_part = self.case_word(phrase).is_some_and(|p| self.table().participation_prepositions.contains(lowered(p).as_ref()));
            if let Some(verb) = a.head(phrase).filter(|_| takes_part) {
                let subject = match self.subject(verb) {
                    (Some(subject), false) => Some(subject),
                    _ => None,
                };
                match self.child(verb, Reading::Object) {
                    Some(object) => (out.source, out.fallback_source) = (Some(object), subject),
                    None => out.source = subject,
                }
            }
        }
        // "The United States said it would back a bridge loan to
        // Argentina" parsed with the noun as the clause's predicate: the
        // subject of a noun event that heads a clause is its doer.
        // (Not one a preposition opens: "unions are under attack" suffer it.)
        if out.source.is_none() && a.upos(w) == "NOUN" && !self.has_case(w) {
            out.source = self.children(w).iter().map(|&c| c as usize).find(|&c| a.deprel(c) == "nsubj" && matches!(a.upos(c), "NOUN" | "PROPN" | "PRON"));
        }
        // A light verb lends its subject and oblique to the noun it takes
        // as object: "the junta held talks with Russia", "Israel launched
        // an offensive against Hamas", "carried out strikes on the town".
        // A hyphenated participle is no light verb: "US-led airstrikes"
        // are the US's (`Sentence::participant_group`), not done by the
        // subject of the clause around them.
        if a.deprel(w) == "obj" {
            let hyphenated = |v: usize| v > 0 && a.form(v - 1) == "-";
            let light = |v: usize| a.upos(v) == "VERB" && !hyphenated(v) && self.table().light_verbs.contains(lowered(a.lemma(v)).as_ref());
            if let Some(verb) = a.head(w).filter(|&v| light(v)) {
                // "Turkey launched its incursion into …": a pronoun owning
                // the noun is the light verb's subject.
                if out.source.is_some_and(|o| a.upos(o) == "PRON" && a.deprel(o) == "nmod:poss") {
                    out.source = None;
                }
                if out.source.is_none() {
                    if let (Some(subject), false) = self.subject(verb) {
                        out.source = Some(subject);
                    }
                }
                if out.target.is_none() {
                    out.target = self.oblique_target(verb, false);
                }
            }
        }
        // "an Iranian attack on a Kuwaiti ship", "the U.S. raid on Libya":
        // with no other doer, a proper adjective or name (capitalised)
        // modifying the act noun names its doer (not after a hyphen:
        // "anti-Gondor parade"; "a private visit", "military
        // intervention" are no one's).
        if out.source.is_none() {
            out.source = self.doer_modifier(w);
            out.source_is_modifier = out.source.is_some();
        } else if out.source == self.child(w, Reading::Possessor) {
            out.modifier_source = self.doer_modifier(w);
        }
    }

    /// A proper adjective or name (capitalised) modifying the act noun
    /// `w`, which names its doer ("an Iranian attack", "the U.S. raid");
    /// not after a hyphen ("anti-Gondor parade"), nor the sentence's first
    /// word (capitalised anyway).
    fn doer_modifier(&self, w: usize) -> Option<usize> {
        let a = &self.analysis;
        let doer = |c: usize| {
            let proper = a.form(c).chars().next().is_some_and(char::is_uppercase);
            c < w && c > 0 && proper && a.form(c - 1) != "-" && match a.universal_deprel(c) {
                "amod" => a.upos(c) == "ADJ",
                "compound" => a.upos(c) == "PROPN",
                _ => false,
            }
        };
        // "a Turkish-led incursion": the word before a hyphenated doer
        // participle (`doer-participle`) hung on the noun.
        let hyphen_doer = |c: usize| c >= 2 && c < w && a.form(c - 1) == "-" && a.universal_deprel(c) == "amod" && is_doer_participle(lowered(a.form(c)).as_ref());
        let children = || self.children(w).iter().map(|&c| c as usize);
        children().find(|&c| doer(c)).or_else(|| children().find(|&c| hyphen_doer(c)).map(|c| c - 2))
    }

    /// The coder group standing for the phrase headed by word `w`: the
    /// group holding its head token, else one holding a modifier of it
    /// ("Israeli tanks", "the forces of Mali"), searched breadth-first
    /// through modifiers, nearest first.
    pub fn group_for(&self, s: &Sentence, w: usize) -> Option<u32> {
        // "déplore-t-elle": a clitic word the hyphens begin is the group of
        // its last token, the pronoun (`groups::add_pronouns`).
        if is_hyphen_clitic(&self.analysis, w) {
            let last = self.word_of.get(self.token(w)..).and_then(|rest| rest.iter().rposition(|&x| x as usize == w)).map(|k| self.token(w) + k);
            if let Some(g) = last.and_then(|t| s.group_of[t]) {
                return Some(g);
            }
        }
        if let Some(g) = s.group_of[self.token(w)] {
            // "Its president, Captain Ibrahim Traoré, praised Russia": a
            // bare role gives way to the name in apposition to it.
            if s.groups[g as usize].bare_role {
                let named = self.children(w).iter().map(|&c| c as usize).filter(|&c| self.analysis.deprel(c) == "appos").find_map(|c| s.group_of[self.token(c)]);
                if let Some(n) = named.filter(|&n| !s.groups[n as usize].bare_role) {
                    return Some(n);
                }
            }
            return Some(g);
        }
        // "negotiate with Assad's backer, Russia": a phrase whose own head
        // names no actor stands for the actor in apposition to it before
        // its owner.
        if let Some(named) = self.apposed_group(s, w) {
            return Some(named);
        }
        // "by the US-led coalition": a noun right after "X-led" stands for
        // X (`Sentence::argument_group`), however the parse hangs X.
        let t = self.token(w);
        if let Some(g) = t.checked_sub(3).and_then(|k| s.group_of[k]).filter(|&g| s.groups[g as usize].end == t - 2) {
            if s.norm(t - 2) == "-" && is_doer_participle(s.norm(t - 1)) && s.argument_group(g) == Some(g) {
                return Some(g);
            }
        }
        self.breadth_first(w, |_, c| {
            if !matches!(self.reading(c), Some(Reading::Modifier | Reading::Possessor)) {
                return Step::Skip;
            }
            // "the forces of Mali" names whose forces; "talks with
            // Mali", "a base in Mali" name someone or somewhere else.
            // An owner's "'s" is no preposition: "annulled Uhuru Kenyatta's
            // election victory" names whose victory.
            let owner = self.reading(c) == Some(Reading::Possessor);
            if !owner && self.analysis.universal_deprel(c) == "nmod" && self.has_case(c) && self.preposition(c) != Some(PrepReading::NounTarget) {
                return Step::Skip;
            }
            match s.group_of[self.token(c)] {
                Some(g) => Step::Found(g),
                None => Step::Descend,
            }
        })
    }

    /// Whether word `w` is a noun of `no-doer-noun` (an accident or a
    /// disaster), which does no political act.
    pub fn names_no_doer(&self, w: usize) -> bool {
        self.analysis.upos(w) == "NOUN" && self.table().no_doer_nouns.contains(lowered(self.analysis.lemma(w)).as_ref())
    }

    /// The speaker and the subject of a clause headed by the predicate `w`
    /// that a speech verb reports: "Kenya's opposition said [the
    /// government's plan] was unacceptable", "[Russia] was wrong, the
    /// minister said". `None` unless `w` heads a copular clause ("was",
    /// "is a") with a subject, under a speech verb or interrupted by one,
    /// and the clause is neither negated ("was not wrong") nor only
    /// possible ("would be a mistake"); the speaker is `None` when the
    /// speech verb has no subject of its own.
    pub fn reported_predicate(&self, s: &Sentence, w: usize) -> Option<(Option<usize>, usize)> {
        self.reporting(s, w).map(|(_, speaker, subject)| (speaker, subject))
    }

    /// `reported_predicate` with the verb that reports (or names) the
    /// predicate: `(verb, speaker, subject)`.
    pub fn reporting(&self, s: &Sentence, w: usize) -> Option<(usize, Option<usize>, usize)> {
        if !self.is_parsed() {
            return None;
        }
        if let Some(named) = self.named_predicate(s, w) {
            return Some(named);
        }
        let a = &self.analysis;
        let children = || self.children(w).iter().map(|&c| c as usize);
        let cue = |c: usize, kind: CueKind| s.is(self.token(c), kind);
        // A negation among the predicate's function words ("was not
        // wrong"), not its subject ("Zimbabwe's refusal … was deplorable").
        let function_word = |c: usize| matches!(a.universal_deprel(c), "advmod" | "aux" | "cop" | "det");
        let negated = children().any(|c| function_word(c) && cue(c, CueKind::Negation));
        // "said the tax would impair the competitiveness of …": a verb of
        // harm (`harm-verb`) done to an object predicts harm as criticism, a
        // modal and all, as does a failure to act or in a duty ("said the
        // department failed to oversee the project", "failed in its
        // duty"); a passive ("were harmed by") says who was harmed, and
        // with no complement the subject itself fares worse ("the business
        // climate worsened", "the talks failed").
        // A failure to agree or to win (`outcome-verb`) tells how talks or
        // a contest went, not whose fault it was.
        let harm = self.is_harm_verb(w)
            && children().any(|c| matches!(a.universal_deprel(c), "obj" | "xcomp" | "obl"))
            && !children().any(|c| a.universal_deprel(c) == "xcomp" && self.is_outcome_verb(c))
            && !children().any(|c| a.universal_deprel(c) == "aux:pass" || a.deprel(c) == "nsubj:pass");
        if negated || (!harm && (!children().any(|c| a.universal_deprel(c) == "cop") || children().any(|c| a.universal_deprel(c) == "aux" && cue(c, CueKind::Condition)))) {
            return None;
        }
        // "It is unacceptable that so many governments are dragging their
        // feet": with an expletive "it", the clause's own subject is what
        // the evaluation is about.
        let expletive = |c: usize| a.universal_deprel(c) == "expl" || (a.universal_deprel(c) == "nsubj" && a.form(c).eq_ignore_ascii_case("it") && children().any(|v| matches!(a.universal_deprel(v), "csubj" | "ccomp")));
        let subject = match children().find(|&c| expletive(c)) {
            Some(_) => children().filter(|&v| matches!(a.universal_deprel(v), "csubj" | "ccomp")).find_map(|v| self.children(v).iter().map(|&c| c as usize).find(|&c| a.universal_deprel(c) == "nsubj"))?,
            None => children().find(|&c| a.universal_deprel(c) == "nsubj")?,
        };
        // "…, the Congress of SA Trade Unions said": the parse may hang the
        // closing speech verb as a conjunct (without "and" before it).
        let closing = |c: usize| match a.universal_deprel(c) {
            "parataxis" => true,
            "conj" => c > w && !self.children(c).iter().any(|&d| a.universal_deprel(d as usize) == "cc"),
            _ => false,
        };
        // "« … est inacceptable », a déclaré le ministre": the French parse
        // hangs a quotation before its speech verb as the verb's adverbial
        // clause, with no subordinator ("Although the deal was bad, he
        // said …" has one, and reports nothing).
        let quoted_before = |v: usize| v > w && !children().any(|c| a.universal_deprel(c) == "mark");
        // "« C'est une honte », a lancé Marine Le Pen", "'It is a
        // disgrace,' fumed the minister": a verb right after the quotation
        // that holds the predicate reports it, whatever verb it is.
        let token_w = self.token(w);
        let after_its_quotation = |v: usize| s.quotes.iter().any(|&(start, end)| start <= token_w && token_w < end && end <= self.token(v) && self.token(v) <= end + 4);
        let speech_verb = match a.universal_deprel(w) {
            "ccomp" => a.head(w),
            "advcl" => a.head(w).filter(|&v| quoted_before(v)),
            _ => children().find(|&c| (closing(c) && cue(c, CueKind::SpeechVerb)) || (matches!(a.universal_deprel(c), "parataxis" | "conj" | "advcl") && after_its_quotation(c))),
        }
        .filter(|&v| cue(v, CueKind::SpeechVerb) || after_its_quotation(v))?;
        let speaker = self.children(speech_verb).iter().map(|&c| c as usize).find(|&c| a.universal_deprel(c) == "nsubj");
        Some((speech_verb, speaker, subject))
    }

    /// "Rubio called the decision a major blunder", "the SDF described the
    /// move as a blatant betrayal": the word at `w` said of a verb's object
    /// by a verb of naming (`naming-verb`), as its second complement or
    /// after "as"; the verb, and its subject and object as
    /// `reported_predicate` gives them. Not where the naming verb is negated
    /// or only possible ("did not call it a failure", "would call it a
    /// mistake").
    pub fn named_predicate(&self, s: &Sentence, w: usize) -> Option<(usize, Option<usize>, usize)> {
        if !self.is_parsed() {
            return None;
        }
        let a = &self.analysis;
        let kids = |v: usize| self.children(v).iter().map(|&c| c as usize);
        let after_naming_preposition = kids(w).any(|c| matches!(a.universal_deprel(c), "case" | "mark") && self.table().naming_prepositions.contains(lowered(a.form(c)).as_ref()));
        let head = a.head(w)?;
        // The parse may hang the "as" phrase on the object itself ("described
        // [the move as a betrayal]"). In the passive the named thing is the
        // subject ("the budget was described as a disgrace by …"), and the
        // "as" phrase may hang on the agent ("was seen [by the opposition as
        // a betrayal]"): the agent then names it.
        let named = |v: usize| kids(v).find(|&c| a.universal_deprel(c) == "obj").or_else(|| kids(v).find(|&c| a.deprel(c) == "nsubj:pass"));
        // "calling it \"excruciating\"": a quoted predicate after the
        // object, which the parse often hangs beside the verb's clause.
        let quoted_after_object = || named(head).filter(|&o| o < w && s.in_quotation(self.token(w)));
        let (verb, object, agent) = match a.universal_deprel(w) {
            "xcomp" => (head, named(head)?, None),
            "parataxis" => (head, quoted_after_object()?, None),
            "obl" | "advcl" if after_naming_preposition => (head, named(head)?, None),
            "nmod" if after_naming_preposition && a.universal_deprel(head) == "obj" => (a.head(head)?, head, None),
            "nmod" if after_naming_preposition && self.reading(head) == Some(Reading::Agent) => {
                let verb = a.head(head)?;
                (verb, kids(verb).find(|&c| a.deprel(c) == "nsubj:pass")?, Some(head))
            }
            _ => return None,
        };
        if a.upos(verb) != "VERB" || !self.table().naming_verbs.contains(lowered(a.lemma(verb)).as_ref()) {
            return None;
        }
        let cue = |c: usize, kind: CueKind| s.is(self.token(c), kind);
        if kids(verb).any(|c| (matches!(a.universal_deprel(c), "advmod" | "aux") && cue(c, CueKind::Negation)) || (a.universal_deprel(c) == "aux" && cue(c, CueKind::Condition))) {
            return None;
        }
        let speaker = match agent {
            Some(_) => agent,
            // "The plan was described as a disgrace" by no one named: no
            // one's judgement.
            None if a.deprel(object) == "nsubj:pass" => Some(self.agent(verb).or_else(|| self.agent_phrase(w))?),
            // "Rayner posted a clip, calling it \"excruciating\"": a
            // participle's speaker is the subject of the clause it hangs
            // on.
            // ("quoted the minister as calling it scandalous": its object,
            // by `object-control`.)
            None if self.ends_in_ing(verb) && matches!(a.universal_deprel(verb), "advcl" | "parataxis" | "conj") => {
                self.subject(verb).0.or_else(|| self.subject(a.head(verb)?).0)
            }
            None => kids(verb).find(|&c| a.universal_deprel(c) == "nsubj"),
        };
        Some((verb, speaker, object))
    }

    /// The subject of the clause above a pronoun's own: "Washington is
    /// likely to announce sanctions after it accused Tokyo", "Japan has
    /// said that if Reagan imposed the tariffs, it would file a
    /// complaint". The pronoun at token `pronoun` is the subject of a
    /// clause that a verb takes as its complement or adverbial clause;
    /// that verb's own subject, a group, is returned when the verb has no
    /// object that could be the referent instead ("Russia warned Ukraine
    /// that it would …").
    pub fn subject_above_pronoun(&self, s: &Sentence, pronoun: usize) -> Option<u32> {
        if !self.is_parsed() {
            return None;
        }
        let a = &self.analysis;
        let w = self.word(pronoun);
        // Active subjects only: "claimed he had been killed" is not the
        // claimer's own fate.
        if a.deprel(w) != "nsubj" {
            return None;
        }
        let clause = a.head(w)?;
        if !matches!(a.universal_deprel(clause), "ccomp" | "advcl") {
            return None;
        }
        let verb = a.head(clause)?;
        let kids = |v: usize| self.children(v).iter().map(|&c| c as usize);
        if kids(verb).any(|c| matches!(a.universal_deprel(c), "obj" | "iobj") && self.group_for(s, c).is_some()) {
            return None;
        }
        // "Washington is likely to announce …": an infinitive's subject is
        // the one of the word it completes.
        let controller = if a.universal_deprel(verb) == "xcomp" { a.head(verb) } else { None };
        let subject = [Some(verb), controller].into_iter().flatten().find_map(|v| kids(v).find(|&c| a.deprel(c) == "nsubj"))?;
        let g = self.group_for(s, subject)?;
        let group = &s.groups[g as usize];
        (group.pronoun.is_none() && (group.actor.is_some() || group.role.is_some())).then_some(g)
    }

    /// Whether the parse reads word `w` as a noun with a determiner or an
    /// owner ("the shelling of", "Turkey's jailing of").
    pub fn is_determined_noun(&self, w: usize) -> bool {
        self.is_parsed() && self.analysis.upos(w) == "NOUN" && self.children(w).iter().any(|&c| matches!(self.analysis.deprel(c as usize), "det" | "nmod:poss"))
    }

    /// The actor of the first conjunct after the phrase headed by word `w`
    /// when that phrase is a name that names no actor ("was opposed by
    /// Commerce and the U.S. Defense Department": the department).
    pub fn conjoined_group(&self, s: &Sentence, w: usize) -> Option<u32> {
        if s.group_of[self.token(w)].is_some() || self.analysis.upos(w) != "PROPN" {
            return None;
        }
        self.children(w).iter().map(|&c| c as usize).filter(|&c| self.analysis.universal_deprel(c) == "conj" && matches!(self.analysis.upos(c), "NOUN" | "PROPN")).find_map(|c| self.group_for(s, c))
    }

    /// The actor in apposition to the phrase headed by word `w`, when the
    /// head is a common noun that names none ("Assad's allies, Russia and
    /// Iran"); a name the parse takes for the head ("Evil Mordor, the awful
    /// Fornost, and …") is one of a list, not described by the next.
    pub fn apposed_group(&self, s: &Sentence, w: usize) -> Option<u32> {
        if s.group_of[self.token(w)].is_some() || self.analysis.upos(w) != "NOUN" {
            return None;
        }
        self.children(w).iter().map(|&c| c as usize).filter(|&c| self.analysis.deprel(c) == "appos").find_map(|c| s.group_of[self.token(c)])
    }

    /// Whether the speech verb at word `verb` reports the event at word
    /// `trigger`: the event lies in the verb's subtree ("said that Mali
    /// expelled …", "told Mali …"), or the verb hangs as a parenthetical
    /// report off the event's clause or one above it ("Mali expelled …, officials
    /// said"). A speech verb inside a relative or adverbial clause of
    /// another phrase reports nothing outside it.
    pub fn reports(&self, verb: usize, trigger: usize) -> bool {
        let a = &self.analysis;
        if self.dominates(verb, trigger) {
            return true;
        }
        let Some(head) = a.head(verb) else { return false };
        // Parsers attach "…, officials said" as parataxis, or as an
        // adverbial or conjoined clause; one with a complement or object of
        // its own ("which it says are …") or a subordinator ("if X says")
        // reports something else.
        let own_complement = self.children(verb).iter().any(|&c| matches!(a.universal_deprel(c as usize), "ccomp" | "obj" | "mark"));
        let parenthetical = match a.universal_deprel(verb) {
            "parataxis" => true,
            "advcl" | "conj" => !own_complement,
            _ => false,
        };
        // The verb's head must be the trigger or above it.
        (parenthetical && self.dominates(head, trigger)) || (!own_complement && self.closes_sentence_after_comma(verb, trigger))
    }

    /// "…, a Hong Kong newspaper reported.": a speech verb that ends the
    /// sentence, its phrase opened by a comma after the trigger, reports
    /// what comes before, however the parser attached it (here as a
    /// relative clause of "crops").
    fn closes_sentence_after_comma(&self, verb: usize, trigger: usize) -> bool {
        let a = &self.analysis;
        if !(verb + 1..a.len()).all(|w| a.upos(w) == "PUNCT") {
            return false;
        }
        let first = (0..verb).find(|&w| a.upos(w) != "PUNCT" && self.dominates(verb, w)).unwrap_or(verb);
        first > trigger + 1 && a.form(first - 1) == "," && (trigger..first - 1).all(|w| !self.dominates(verb, w))
    }

    /// The subject phrase of the verb at word `verb` as a coder token
    /// range, and whether its head is a proper name: the subject and every
    /// word below it, without punctuation at its edges ("A report in the
    /// Economic Observer said", "…, said Ahmed Ali, a spokesman"). `None`
    /// without a subject, with two (a misparse: "Central Bank President
    /// Jose Luis Machinea said" read as two subjects), or when the phrase
    /// runs over `max_tokens` (a clause, not a speaker).
    pub fn subject_tokens(&self, verb: usize, max_tokens: usize) -> Option<(usize, usize, bool)> {
        let a = &self.analysis;
        let mut subjects = self.children(verb).iter().map(|&c| c as usize).filter(|&c| self.reading(c) == Some(Reading::Subject));
        let subject = subjects.next()?;
        if subjects.next().is_some() {
            return None;
        }
        let (mut first, mut last) = (subject, subject);
        for w in 0..a.len() {
            if w != subject && self.dominates(subject, w) {
                first = first.min(w);
                last = last.max(w);
            }
        }
        while first < subject && a.upos(first) == "PUNCT" {
            first += 1;
        }
        while last > subject && a.upos(last) == "PUNCT" {
            last -= 1;
        }
        let (start, end) = (self.token(first), self.token(last) + 1);
        (end - start <= max_tokens).then_some((start, end, a.upos(subject) == "PROPN"))
    }

    /// The subject phrase a verb without its own subject shares with the
    /// verb it hangs from as a participle, conjunct or complement ("the
    /// minister criticised the decision, saying …", "Dillon refused to
    /// confirm her death, but said …"): that verb's subject, up to two
    /// verbs up. A clause opened by a subordinator or relative pronoun has
    /// a subject of its own that the parse missed, and gets none.
    pub fn shared_subject_tokens(&self, verb: usize, max_tokens: usize) -> Option<(usize, usize, bool)> {
        let a = &self.analysis;
        let mut w = verb;
        for _ in 0..2 {
            if !matches!(a.universal_deprel(w), "advcl" | "conj" | "xcomp") {
                return None;
            }
            if self.children(w).iter().any(|&c| a.universal_deprel(c as usize) == "mark" && a.upos(c as usize) == "SCONJ") {
                return None;
            }
            let head = a.head(w)?;
            // "led Kurds to claim": an object controls the complement
            // (read as `xcomp`, or as an infinitival `advcl`).
            let infinitive = a.universal_deprel(w) == "xcomp" || self.children(w).iter().any(|&c| a.universal_deprel(c as usize) == "mark" && a.upos(c as usize) == "PART");
            if infinitive && self.children(head).iter().any(|&c| a.universal_deprel(c as usize) == "obj") {
                return None;
            }
            // "Deghayes, whose militia have been fighting Isis, said":
            // a verb in a relative clause shares nobody's subject.
            if matches!(a.universal_deprel(head), "acl") {
                return None;
            }
            w = head;
            // "whose newspaper was taken over …, telling dpa": a passive's
            // subject is what was done to, not a speaker.
            if self.children(w).iter().any(|&c| a.deprel(c as usize) == "nsubj:pass") {
                return None;
            }
            if let Some(found) = self.subject_tokens(w, max_tokens) {
                return Some(found);
            }
        }
        None
    }

    /// Whether word `w` lies in the complement clause (`ccomp`) of the
    /// verb at word `verb`: "warned that Iran is delivering missiles".
    pub fn in_complement_of(&self, verb: usize, w: usize) -> bool {
        let a = &self.analysis;
        let mut up = w;
        // Bounded: a parse is a tree, but a walk must not trust that.
        for _ in 0..a.len() {
            let Some(h) = a.head(up) else { return false };
            if h == verb {
                return a.universal_deprel(up) == "ccomp";
            }
            up = h;
        }
        false
    }

    /// Whether group `g` speaks the clause word `w` stands in, a clause
    /// with a subject of its own that is no pronoun: the subject of a
    /// speech verb that takes the clause as its complement ("Muhsen said
    /// fighting was continuing") or interrupts it ("the executive was
    /// freed, the spokesman said"). Where the clause's subject is a pronoun
    /// or missing, or owned by one, the speaker may well be who acts
    /// ("Turkey has said it needs more time", "Shultz said his country
    /// welcomed").
    pub fn speaks_the_clause_of(&self, s: &Sentence, w: usize, g: u32) -> bool {
        let a = &self.analysis;
        let owned_by_pronoun = |c: usize| self.children(c).iter().any(|&o| a.deprel(o as usize) == "nmod:poss" && a.upos(o as usize) == "PRON");
        let nominal_subject = |c: usize| a.universal_deprel(c).starts_with("nsubj") && a.upos(c) != "PRON" && !owned_by_pronoun(c);
        // "the house, which prosecutors say had hosted Abdeslam": a finite
        // complement with no subject at all has it outside (a relative
        // pronoun the parser lost), and it is not the speaker either.
        let children = || self.children(w).iter().map(|&c| c as usize);
        let subjectless_finite = a.universal_deprel(w) == "ccomp"
            && children().any(|c| a.universal_deprel(c) == "aux")
            && !children().any(|c| a.universal_deprel(c).starts_with("nsubj") || a.universal_deprel(c) == "expl" || (a.universal_deprel(c) == "mark" && s.is(self.token(c), CueKind::Infinitive)));
        if !nominal_subject(w) && !children().any(nominal_subject) && !subjectless_finite {
            return false;
        }
        let speaker = |verb: usize| {
            s.is(self.token(verb), CueKind::SpeechVerb)
                && self.children(verb).iter().any(|&c| a.universal_deprel(c as usize) == "nsubj" && self.group_for(s, c as usize) == Some(g))
        };
        let mut up = w;
        // Bounded: a parse is a tree, but a walk must not trust that.
        for _ in 0..a.len() {
            if self.children(up).iter().any(|&c| a.universal_deprel(c as usize) == "parataxis" && speaker(c as usize)) {
                return true;
            }
            let Some(h) = a.head(up) else { return false };
            if a.universal_deprel(up) == "ccomp" && speaker(h) {
                return true;
            }
            up = h;
        }
        false
    }

    /// Whether group `g` is the subject of a verb above word `w` ("the
    /// newspaper said it had been informed": the newspaper, for
    /// "informed").
    pub fn governing_subject_is(&self, s: &Sentence, w: usize, g: u32) -> bool {
        let mut up = w;
        // Bounded: a parse is a tree, but a walk must not trust that.
        for _ in 0..self.analysis.len() {
            let Some(h) = self.analysis.head(up) else { return false };
            up = h;
            if self.child(up, Reading::Subject).is_some_and(|c| self.group_for(s, c) == Some(g)) {
                return true;
            }
        }
        false
    }

    /// The words of the phrases introduced by a word `is_place_preposition`
    /// accepts ("in", "near" …) that hang under the act's word `w` or
    /// under its object: "fighting a war in Yemen", "bombed targets in
    /// Syria".
    pub fn located_phrases<'a>(&'a self, w: usize, is_place_preposition: impl Fn(usize) -> bool + 'a) -> impl Iterator<Item = usize> + 'a {
        let a = &self.analysis;
        let object = self.child(w, Reading::Object);
        let under = move |h: usize| self.children(h).iter().map(|&c| c as usize).filter(move |&c| matches!(a.universal_deprel(c), "obl" | "nmod"));
        under(w).chain(object.into_iter().flat_map(under)).filter(move |&c| self.children(c).iter().any(|&p| a.universal_deprel(p as usize) == "case" && is_place_preposition(self.token(p as usize))))
    }

    /// The words naming where what an act at word `w` is done to lies:
    /// under its object or a target phrase ("attacks on the district of
    /// Afrin in northern Syria", "shelled the outskirts of Aleppo"), the
    /// `nmod` phrases of that noun, each followed by its own `nmod`
    /// phrases. (An iterator over the parse: nothing is allocated.)
    pub fn places_of_what_is_hit(&self, w: usize) -> impl Iterator<Item = usize> + '_ {
        let a = &self.analysis;
        let nmods = move |h: usize| self.children(h).iter().map(|&c| c as usize).filter(move |&c| a.universal_deprel(c) == "nmod");
        let hit = move |c: usize| self.reading(c) == Some(Reading::Object) || (matches!(a.universal_deprel(c), "obl" | "nmod") && self.preposition(c) == Some(PrepReading::Target));
        self.children(w).iter().map(|&c| c as usize).filter(move |&c| hit(c)).flat_map(move |noun| nmods(noun).flat_map(move |c| std::iter::once(c).chain(nmods(c))))
    }

    /// Whether the phrase of word `w` is introduced by a preposition whose
    /// coder token `is_cue` accepts, on `w` or on the name it is part of
    /// or its apposition (up to three `compound`/`flat`/`appos` heads: "in
    /// the Ivory Coast", "in Urumqi, western China").
    pub fn phrase_introduced_by(&self, w: usize, is_cue: impl Fn(usize) -> bool) -> bool {
        let a = &self.analysis;
        let mut up = Some(w);
        for _ in 0..3 {
            let Some(v) = up else { return false };
            if self.children(v).iter().any(|&c| a.universal_deprel(c as usize) == "case" && is_cue(self.token(c as usize))) {
                return true;
            }
            if !matches!(a.universal_deprel(v), "compound" | "flat" | "appos") {
                return false;
            }
            up = a.head(v);
        }
        false
    }

    /// How many heads lie above word `w` (0 for the root).
    pub fn depth(&self, mut w: usize) -> usize {
        let mut depth = 0;
        // Bounded: a parse is a tree, but a walk must not trust that.
        while let Some(h) = self.analysis.head(w).filter(|_| depth < self.analysis.len()) {
            w = h;
            depth += 1;
        }
        depth
    }

    /// Whether `w` is `above` or below it.
    pub fn dominates(&self, above: usize, w: usize) -> bool {
        dominates(&self.analysis, above, w)
    }

    /// Whether the date phrase at word `date` tells when the act at word
    /// `trigger` happens: it lies under the trigger ("will meet on
    /// Thursday"), or under a verb that takes the trigger's clause as its
    /// complement or purpose ("will travel to Geneva on Thursday to meet",
    /// "plans on Thursday to visit"), not under a verb that reports it
    /// ("said on Sunday that it would sever ties", a `ccomp`).
    pub fn dates_the_act(&self, trigger: usize, date: usize) -> bool {
        let a = &self.analysis;
        let mut w = trigger;
        // Bounded: a parse is a tree, but a walk must not trust that.
        for _ in 0..=a.len() {
            if self.dominates(w, date) {
                return true;
            }
            match a.head(w) {
                Some(h) if matches!(a.universal_deprel(w), "xcomp" | "advcl") => w = h,
                _ => return false,
            }
        }
        false
    }

    /// The subordinating `mark` words ("without", "if"; not an
    /// infinitive's "to") of the adverbial clause whose verb heads the
    /// coordination the verb `w` is a later member of: "without confirming
    /// or denying" marks "denying" too. None for a first or lone verb.
    pub fn marks_of_first_conjunct(&self, w: usize) -> Vec<usize> {
        let a = &self.analysis;
        let first = self.first_conjunct(w);
        if first == w || a.universal_deprel(first) != "advcl" {
            return Vec::new();
        }
        a.children(first).filter(|&c| a.universal_deprel(c) == "mark" && a.upos(c) == "SCONJ").collect()
    }

    /// The first member of the coordination word `w` belongs to (`w`
    /// itself when it is no `conj`).
    fn first_conjunct(&self, w: usize) -> usize {
        let a = &self.analysis;
        let mut first = w;
        while let Some(h) = a.head(first).filter(|_| a.universal_deprel(first) == "conj") {
            first = h;
        }
        first
    }

    /// Whether word `w` marks an adverbial clause below the clause of
    /// `trigger` rather than that clause itself: "praised Israel's success
    /// without triggering unemployment" (the praise is no less real), but
    /// "if we reject this treaty, Britain will be isolated" (a condition
    /// the scope takes on purpose). A clause coordinated with the one the
    /// word marks shares the mark: "without confirming or denying the
    /// report" denies nothing.
    pub fn marks_subordinate_clause(&self, w: usize, trigger: usize) -> bool {
        let a = &self.analysis;
        let own = self.first_conjunct(trigger);
        a.universal_deprel(w) == "mark" && a.head(w).is_some_and(|h| h != trigger && h != own && a.universal_deprel(h) == "advcl")
    }

    /// Whether the verb `w` (in the present tense, as its caller knows from
    /// the lexicon's forms) has no auxiliary of its own and heads an
    /// adverbial clause that a `subordinator` opens ("when", "after",
    /// "once") under a verb with an auxiliary that `future` names ("will"):
    /// "will explain the plan when he visits the U.S."; in the third person
    /// under any verb (`third_person`: "sounded pessimistic about defusing
    /// the row when he visits Washington", which would otherwise read
    /// "visited").
    pub fn in_future_time_clause(&self, w: usize, third_person: bool, subordinator: impl Fn(usize) -> bool, future: impl Fn(usize) -> bool) -> bool {
        let a = &self.analysis;
        // The parser often hangs such a clause on the object as a relative
        // clause ("explain the plan when he visits"): then the verb above
        // that noun is the one to come.
        let governing = match a.deprel(w) {
            "advcl" => a.head(w),
            "acl:relcl" => a.head(w).and_then(|n| a.head(n)),
            _ => None,
        };
        let Some(governing) = governing.filter(|_| a.upos(w) == "VERB") else { return false };
        let own_auxiliary = a.children(w).any(|c| matches!(a.universal_deprel(c), "aux" | "aux:pass" | "cop"));
        // UD hangs "when" as `advmod`, "after" as `mark`.
        let opener = |c: usize| matches!(a.universal_deprel(c), "mark" | "advmod") && c < w && subordinator(c);
        let opened = a.children(w).any(opener);
        // Alone, only a clause of time ("when", "once": `time-subordinator`)
        // says so: "even though he refutes …" is no plan.
        let of_time = || a.children(w).any(|c| opener(c) && self.table().time_subordinators.contains(lowered(a.lemma(c)).as_ref()));
        !own_auxiliary && opened && ((third_person && of_time()) || a.children(governing).any(|c| a.universal_deprel(c) == "aux" && future(c)))
    }

    /// The auxiliary of the verb whose active subject is the noun at word
    /// `w` ("assault" in "a Turkish assault would lead to disaster": the
    /// "would"), the first one the parse hangs on that verb.
    pub fn modal_over_subject_noun(&self, w: usize) -> Option<usize> {
        let a = &self.analysis;
        if a.upos(w) != "NOUN" || a.deprel(w) != "nsubj" {
            return None;
        }
        let verb = a.head(w)?;
        self.children(verb).iter().map(|&c| c as usize).find(|&c| a.universal_deprel(c) == "aux")
    }

    /// The words whose cues govern the event at word `trigger`: the
    /// trigger's function-word dependents (`aux`, `advmod`, `mark`, `det`,
    /// `amod`: "will", "not", "reportedly", "if", "alleged") and the
    /// determiners of its core arguments ("no troops were sent"); then, up
    /// through the words that take it as a complement (`xcomp`, `ccomp`,
    /// `csubj`; a purpose clause, `advcl` with "to"; a noun's content
    /// clause, `acl`: "vowed to attack", "denied that it attacked",
    /// "prepared to head to Brussels to meet", "rumours that X attacked"),
    /// and for a noun trigger from the verb it is the object or oblique of
    /// ("is said to be arranging a meeting"), and from a noun whose content
    /// clause its mark opens to the verb that takes the noun as object
    /// ("denied a report that the United States was shipping arms", "will
    /// support a resolution to fund the government"), each governing word itself and its
    /// function-word dependents — never across a conjunction or into
    /// another clause ("vowed to expand ties and criticised ECOWAS": the vow
    /// does not reach the criticism). The trigger itself is not its own
    /// cue: "refused to comment" is a refusal, asserted.
    ///
    /// With `through_conjunctions`, the walk also goes from a conjoined
    /// verb to the first one: an evidential adverb reaches every verb of a
    /// coordination ("have reportedly taken control … and are working
    /// with"), where a negation or a vow does not.
    ///
    /// `subordinator(w)`: word `w` opens a clause of its own ("after",
    /// "despite"): a noun after it is no argument of the clause above ("has
    /// yet to be finalised despite a recent trip to Japan" does not deny
    /// the trip).
    pub fn scope(&self, trigger: usize, through_conjunctions: bool, subordinator: impl Fn(usize) -> bool, out: &mut Vec<usize>) {
        let a = &self.analysis;
        out.clear();
        let function_word = |c: usize| matches!(a.universal_deprel(c), "aux" | "advmod" | "mark" | "det" | "amod");
        for &c in self.children(trigger) {
            let c = c as usize;
            if function_word(c) {
                out.push(c);
            } else if matches!(a.universal_deprel(c), "nsubj" | "obj") {
                out.extend(self.children(c).iter().map(|&d| d as usize).filter(|&d| a.universal_deprel(d) == "det"));
            }
        }
        let noun = matches!(a.upos(trigger), "NOUN" | "PROPN");
        // "If we reject this treaty, Britain will be isolated": a
        // conditional clause conditions the clause it hangs from.
        let conditional_clause = |w: usize, out: &mut Vec<usize>| {
            for &c in self.children(w) {
                if a.universal_deprel(c as usize) == "advcl" {
                    out.extend(self.children(c as usize).iter().map(|&d| d as usize).filter(|&d| a.universal_deprel(d) == "mark"));
                }
            }
        };
        conditional_clause(trigger, out);
        let mut w = trigger;
        // Whether the last step up was from a noun's content clause
        // ("a report that the United States was shipping arms").
        let mut from_content_clause = false;
        for step in 0..=a.len() {
            // Whether the word climbed to is itself a cue of the trigger's
            // clause: not the verb a result participle tells the outcome
            // of ("denied the claims, saying it condemned torture": the
            // saying is not denied; what makes the verb itself uncertain
            // still reaches the participle).
            let mut head_is_cue = true;
            let up = match a.deprel(w) {
                "xcomp" | "ccomp" | "csubj" | "acl" => true,
                // "vowed to retaliate"; "denied using chemical weapons": a
                // gerund with no mark right after its verb is that verb's
                // complement, whatever the parser calls it.
                "advcl" => {
                    let marks = || self.children(w).iter().map(|&c| c as usize).filter(|&c| a.universal_deprel(c) == "mark");
                    let gerund_complement = marks().next().is_none()
                        && self.ends_in_ing(w)
                        && a.head(w).is_some_and(|h| h < w && (h + 1..w).all(|k| a.upos(k) == "ADV"));
                    // "Syria claimed US jets had bombed the camp, killing
                    // three soldiers": a participle set off by a comma after
                    // its verb tells what that act did, and is as certain.
                    let result_participle = marks().next().is_none() && self.ends_in_ing(w) && w > 0 && a.form(w - 1) == "," && a.head(w).is_some_and(|h| h < w);
                    let infinitive = marks().any(|c| a.lemma(c).eq_ignore_ascii_case("to"));
                    head_is_cue = gerund_complement || infinitive;
                    gerund_complement || result_participle || infinitive
                }
                // "held talks", "talks were held", "could lead to
                // fighting"; not a subject's own verb ("threats do not
                // intimidate" does not negate the threats), nor a verb
                // that only speaks of the act ("did not condemn Israel's
                // invasion", "Cuba's call … is not being promoted": the
                // invasion and the call stand). Only a light verb lends
                // the noun its modality.
                "obj" | "nsubj:pass" => (noun && step == 0 && a.head(w).is_some_and(|h| self.is_light_verb(a.lemma(h))))
                    // "The White House denied a report that the United
                    // States was shipping arms": the verb that takes the
                    // report noun speaks of what the report says.
                    || (from_content_clause && a.deprel(w) == "obj"),
                "obl" => noun && step == 0 && !self.children(w).iter().any(|&c| a.universal_deprel(c as usize) == "case" && subordinator(c as usize)),
                // "pledged to stop dumping microchips and (to) open its
                // market": a bare conjunct of a controlled infinitive, with
                // no subject or auxiliary of its own, is under the same
                // verb (not a finite one: "denied it intended to threaten
                // shipping and warned the U.S.").
                "conj" => {
                    let bare = a.form(w).eq_ignore_ascii_case(a.lemma(w)) || self.has_infinitive_mark(w);
                    let own_subject = self.children(w).iter().any(|&c| matches!(a.universal_deprel(c as usize), "nsubj" | "nsubj:pass" | "aux" | "aux:pass"));
                    through_conjunctions || (bare && !own_subject && a.head(w).is_some_and(|h| a.deprel(h) == "xcomp"))
                }
                _ => false,
            };
            let Some(h) = a.head(w).filter(|_| up) else { return };
            // Only a clause its mark opens ("that", "to"), not a participle
            // ("the tax increase called for by the committee").
            from_content_clause = a.deprel(w) == "acl" && matches!(a.upos(h), "NOUN" | "PROPN") && a.children(w).any(|c| a.universal_deprel(c) == "mark");
            w = h;
            if head_is_cue {
                out.push(w);
            }
            out.extend(self.children(w).iter().map(|&c| c as usize).filter(|&c| function_word(c)));
            conditional_clause(w, out);
        }
    }

    fn has_case(&self, w: usize) -> bool {
        self.children(w).iter().any(|&c| self.analysis.universal_deprel(c as usize) == "case")
    }
}

/// "Rex Tillerson, the US secretary of state, outlined Washington's
/// strategy", "The Egyptian army, backed by American aircraft, attacked
/// militants": the parser sometimes takes a name and its apposition (or a
/// participle set off by commas) for the whole sentence and the verb after
/// them for an aside (`parataxis`; `advcl` or `conj` of the participle)
/// of the name or of the apposition. A verb right after the apposition's
/// closing comma with no subject of its own is the sentence's predicate,
/// and the name its subject: the parse is mended so, before the coder
/// reads roles and speakers from it.
fn repair_aside_predicate(a: &mut Analysis) {
    let Some(name) = a.root() else { return };
    if !matches!(a.upos(name), "PROPN" | "NOUN") {
        return;
    }
    // The aside: an apposition, or a participle set off by a comma ("The
    // Egyptian army, backed by American aircraft, attacked …").
    let set_off_participle = |c: usize| a.deprel(c) == "acl" && a.upos(c) == "VERB" && c > 0 && a.form(c - 1) == ",";
    let Some(apposition) = a.children(name).find(|&c| c > name && (a.universal_deprel(c) == "appos" || set_off_participle(c))) else { return };
    let aside = |v: usize| {
        v > apposition
            && (a.deprel(v) == "parataxis" || (set_off_participle(apposition) && matches!(a.deprel(v), "advcl" | "conj")))
            && a.upos(v) == "VERB"
            && a.form(v - 1) == ","
            && !a.children(v).any(|c| matches!(a.universal_deprel(c), "nsubj" | "csubj" | "expl"))
    };
    let Some(verb) = a.children(name).chain(a.children(apposition)).find(|&v| aside(v)) else { return };
    let (was_head, was_label) = (a.head(verb), a.deprel(verb).to_owned());
    if !a.attach(verb, None, "root") {
        return;
    }
    if !a.attach(name, Some(verb), "nsubj") {
        a.attach(verb, was_head, &was_label);
        return;
    }
    // What hung from the name after the verb (the final full stop) is the
    // predicate's now.
    for w in verb + 1..a.len() {
        if a.head(w) == Some(name) {
            let label = a.deprel(w).to_owned();
            a.attach(w, Some(verb), &label);
        }
    }
}

/// "Iran, a senior commander said, could close the Strait of Hormuz",
/// "Sudan, the aid agency said, has expelled 13 aid groups": the parser
/// sometimes makes the first name a second subject of the speech verb set
/// off by commas, and leaves the reported clause after it with no subject.
/// A verb with two subjects, a comma after the first and after the verb
/// itself, and a complement clause after that comma with no subject of its
/// own: the first subject is the complement's.
fn repair_parenthetical_speaker(a: &mut Analysis) {
    for verb in 1..a.len() {
        let (first, second) = {
            let mut subjects = a.children(verb).filter(|&c| a.universal_deprel(c) == "nsubj" && c < verb);
            match (subjects.next(), subjects.next()) {
                (Some(first), Some(second)) => (first, second),
                _ => continue,
            }
        };
        if !(first + 1 < second && a.form(first + 1) == "," && verb + 1 < a.len() && a.form(verb + 1) == ",") {
            continue;
        }
        let own_subject = |c: usize| a.children(c).any(|d| matches!(a.universal_deprel(d), "nsubj" | "csubj" | "expl"));
        let clause = a.children(verb).find(|&c| c > verb + 1 && a.deprel(c) == "ccomp" && a.upos(c) == "VERB" && !own_subject(c));
        let Some(clause) = clause else { continue };
        let passive = a.children(clause).any(|d| a.deprel(d) == "aux:pass");
        a.attach(first, Some(clause), if passive { "nsubj:pass" } else { "nsubj" });
        return;
    }
}

/// "Thanking Egypt for its mediation, Hamas said the truce would hold",
/// "Accusing Israel of war crimes, Iran said …": a participle that opens
/// the sentence and is set off by a comma is an adverbial clause of the
/// verb after it, sharing its subject; the parser sometimes makes it that
/// verb's complement (`ccomp`), which has a subject of its own. It also
/// makes the participle the root and the main clause its `parataxis`
/// ("Defying Russia, the United States imposed sanctions on Iran"): then
/// the clause with a subject and words after its verb becomes the root.
fn repair_opening_participle(a: &mut Analysis) {
    if a.len() < 4 || a.upos(0) != "VERB" || a.children(0).any(|c| a.universal_deprel(c).starts_with("nsubj")) {
        return;
    }
    let Some(verb) = a.head(0) else {
        // "Backed by Russian air power, government forces have swept …":
        // a past participle with a preposition after it opens a passive
        // aside too, and the parse may hang the main clause anywhere
        // below it.
        if !ends_in_ing(a.form(0)) && a.upos(1) != "ADP" {
            return;
        }
        let Some(comma) = (1..a.len()).find(|&k| a.form(k) == ",") else { return };
        let has_subject = |v: usize| a.children(v).any(|d| d > comma && a.universal_deprel(d).starts_with("nsubj"));
        let main = (comma + 1..a.len()).find(|&v| {
            a.upos(v) == "VERB"
                && has_subject(v)
                // "Detaining suspects without trial breaks human rights
                // laws, the court has ruled": a clause that ends with its
                // verb reports what comes before it.
                && a.children(v).any(|c| c > v && a.upos(c) != "PUNCT")
        });
        if let Some(main) = main {
            a.attach(main, None, "root");
            a.attach(0, Some(main), "advcl");
        }
        return;
    };
    if !ends_in_ing(a.form(0)) {
        return;
    }
    let comma = (1..verb).any(|k| a.form(k) == ",");
    if comma && matches!(a.deprel(0), "ccomp" | "parataxis" | "csubj" | "xcomp") && a.upos(verb) == "VERB" {
        a.attach(0, Some(verb), "advcl");
    }
}

/// "The ANC said Zimbabwe's refusal to allow him in was deplorable": the
/// parser sometimes makes the reported clause's subject the verb's object
/// and leaves the clause (`ccomp`) after it with no subject. A clause with
/// no subject of its own after the object takes it as its subject.
///
/// "Byrd contended the White House was applying pressure": the parser may
/// also hang such a clause as an adverbial one (`advcl`). One with no
/// subordinator ("because", "to"), whose auxiliary or copula stands right
/// after the object, is the verb's reported clause (`ccomp`) too (English).
fn repair_object_before_clause(a: &mut Analysis, language: Language) {
    for clause in 0..a.len() {
        if !matches!(a.universal_deprel(clause), "ccomp" | "advcl") || a.children(clause).any(|c| a.universal_deprel(c).starts_with("nsubj") || a.universal_deprel(c) == "expl") {
            continue;
        }
        let Some(verb) = a.head(clause).filter(|&v| v < clause) else { continue };
        let object = a.children(verb).find(|&o| a.universal_deprel(o) == "obj" && o > verb && o < clause && matches!(a.upos(o), "NOUN" | "PROPN" | "PRON"));
        let Some(object) = object else { continue };
        if a.universal_deprel(clause) == "advcl" {
            // (French reports with "que", and its incises hang otherwise.)
            if language != Language::English {
                continue;
            }
            let finite_after_object = a.children(clause).any(|c| c > object && c < clause && matches!(a.universal_deprel(c), "aux" | "cop"));
            let object_ends_before = (object + 1..clause).all(|w| a.head(w) == Some(clause) || dominates(a, object, w));
            if a.children(clause).any(|c| a.universal_deprel(c) == "mark") || !finite_after_object || !object_ends_before || a.children(verb).any(|c| a.universal_deprel(c) == "ccomp") {
                continue;
            }
            a.attach(clause, Some(verb), "ccomp");
        }
        let passive = a.children(clause).any(|d| a.deprel(d) == "aux:pass");
        a.attach(object, Some(clause), if passive { "nsubj:pass" } else { "nsubj" });
    }
}

/// Whether parsed word `w` is `above` or lies below it.
fn dominates(a: &Analysis, above: usize, mut w: usize) -> bool {
    // Bounded: a parse is a tree, but a walk must not trust that.
    for _ in 0..=a.len() {
        if w == above {
            return true;
        }
        match a.head(w) {
            Some(h) => w = h,
            None => return false,
        }
    }
    false
}

/// "According to the Syrian Observatory, Turkish troops shelled Kurdish
/// villages": the parser sometimes makes a noun behind a preposition a
/// second subject of the verb. A subject has no preposition of its own, so
/// such a noun is an oblique (`obl`), and the verb's other subject its doer.
fn repair_subject_with_preposition(a: &mut Analysis) {
    for case in 0..a.len() {
        let Some(noun) = a.head(case).filter(|_| a.universal_deprel(case) == "case") else { continue };
        // Only where the verb has another subject: a possessive "'s" is
        // no preposition, and a lone subject misread is still the doer
        // more often than not ("The military might of Moscow … has helped").
        let Some(verb) = a.head(noun).filter(|_| a.universal_deprel(noun) == "nsubj" && a.upos(case) != "PART") else { continue };
        if a.children(verb).any(|c| c != noun && a.universal_deprel(c) == "nsubj") {
            a.attach(noun, Some(verb), "obl");
        }
    }
}

/// "U.S. officials have accused Tokyo of failing to live up to the accord
/// and have threatened retaliatory action": a conjunct verb with an
/// auxiliary of its own and no subject ("have threatened") coordinates
/// with a finite verb, not with the infinitive or gerund the parser hangs
/// it on ("live", "failing"); it becomes a conjunct of the nearest finite
/// verb above, whose subject it shares (Tokyo did not threaten). So is a
/// conjunct in a past form hung on a bare infinitive ("Musk threatened to
/// walk away from the bid and accused Twitter of …": "accused" is no second
/// thing he threatened to do), on a modal's base verb ("said Indonesia must
/// take further steps … and called for …") or, with an object of its own,
/// on a reported clause in the passive ("said coronavirus rules should
/// only be put in place … and accused Western countries of …").
fn repair_finite_conjunct(a: &mut Analysis) {
    let non_finite = |a: &Analysis, v: usize| {
        let kids = || a.children(v);
        let infinitive = kids().any(|c| a.universal_deprel(c) == "mark" && a.upos(c) == "PART");
        let gerund = ends_in_ing(a.form(v)) && !kids().any(|c| matches!(a.universal_deprel(c), "aux" | "cop" | "nsubj"));
        infinitive || gerund
    };
    for w in 0..a.len() {
        if a.deprel(w) != "conj" || a.upos(w) != "VERB" {
            continue;
        }
        let Some(head) = a.head(w).filter(|&h| h < w && a.upos(h) == "VERB") else { continue };
        let own_auxiliary = || a.children(w).any(|c| a.deprel(c) == "aux" && a.upos(c) == "AUX");
        let own_subject = || a.children(w).any(|c| a.universal_deprel(c).starts_with("nsubj") || a.universal_deprel(c) == "expl");
        let inflected = |v: usize| !ends_in_ing(a.form(v)) && !a.form(v).eq_ignore_ascii_case(a.lemma(v));
        // (The base form after "to"; "to be put" is a participle, whatever
        // its spelling.)
        let bare_infinitive = || {
            a.form(head).eq_ignore_ascii_case(a.lemma(head))
                && a.children(head).any(|c| a.universal_deprel(c) == "mark" && a.upos(c) == "PART")
                && !a.children(head).any(|c| a.universal_deprel(c) == "aux")
        };
        // (Joined by a conjunction, with an object or oblique of its own and
        // no agent: a bare participle may be a predicate, "to show he's back
        // and rehabilitated", and one set off by a comma a reduced passive,
        // "to canvass support for the idea, first proposed by …".)
        let acts = || {
            a.children(w).any(|c| a.universal_deprel(c) == "cc")
                && a.children(w).any(|c| matches!(a.universal_deprel(c), "obj" | "obl"))
                && !a.children(w).any(|c| a.deprel(c) == "obl:agent")
        };
        let past_after_infinitive = || inflected(w) && acts() && bare_infinitive();
        // Or hung on a base form after a modal ("said Indonesia must take
        // further steps … and called for policies supporting growth": the
        // statement called, not Indonesia).
        let after_modal = || a.form(head).eq_ignore_ascii_case(a.lemma(head)) && a.children(head).any(|c| a.deprel(c) == "aux" && a.upos(c) == "AUX") && !a.children(head).any(|c| a.deprel(c) == "aux:pass");
        let past_after_modal = || inflected(w) && !a.children(w).any(|c| a.universal_deprel(c) == "aux") && acts() && after_modal();
        // So is one with an object of its own hung on a reported clause in
        // the passive ("told the Guardian the teenager should be treated
        // as a victim, and rejected claims that …": nobody rejected claims
        // on her).
        // (A passive with no active subject: "Indications are that USDA
        // accepted …" may be parsed with "are" as a passive auxiliary.)
        let passive_head = || a.universal_deprel(head) == "ccomp" && a.children(head).any(|c| a.deprel(c) == "aux:pass") && !a.children(head).any(|c| a.deprel(c) == "nsubj");
        let past_after_passive = || inflected(w) && acts() && a.children(w).any(|c| a.universal_deprel(c) == "obj") && passive_head();
        if own_subject() {
            continue;
        }
        if !past_after_passive() && !past_after_modal() && (!(own_auxiliary() || past_after_infinitive()) || !non_finite(a, head)) {
            continue;
        }
        // (A past form coordinates with a past form: "said … the government
        // should do more to stimulate growth and called for tax cuts" is the
        // institutes' call, not the government's.)
        let past = !own_auxiliary();
        let mut up = head;
        for _ in 0..6 {
            let Some(next) = a.head(up) else { break };
            up = next;
            if a.upos(up) == "VERB" && !non_finite(a, up) && (!past || inflected(up)) {
                a.attach(w, Some(up), "conj");
                break;
            }
        }
    }
}

/// A gerund or present participle by its spelling ("using", "killing").
fn ends_in_ing(form: &str) -> bool {
    let form = form.as_bytes();
    form.len() >= 3 && form[form.len() - 3..].eq_ignore_ascii_case(b"ing")
}

/// "Russian missiles struck Kyiv, killing ten civilians": a present
/// participle after a comma that the parser hangs from the verb's object
/// (`acl`) is an adverbial clause of the verb (`advcl`), whose subject
/// it shares: the missiles killed, not Kyiv.
fn repair_comma_participle(a: &mut Analysis) {
    for w in 1..a.len() {
        if a.deprel(w) != "acl" || a.upos(w) != "VERB" || !ends_in_ing(a.form(w)) || a.form(w - 1) != "," {
            continue;
        }
        let Some(noun) = a.head(w).filter(|&n| n < w && matches!(a.universal_deprel(n), "obj" | "obl")) else { continue };
        if let Some(verb) = a.head(noun).filter(|&v| a.upos(v) == "VERB") {
            a.attach(w, Some(verb), "advcl");
        }
    }
}

/// "The Open Society Institute, financed by George Soros, has accused
/// Kazakh officials …", "IRNA, monitored by the BBC in London, said …": a
/// participle set off by commas right after the subject describes it, but
/// the parser may make it the root, with the subject its own and the main
/// verb after the second comma its `parataxis` or `conj`. That verb, with
/// no subject or coordinating conjunction of its own, is the root: the
/// subject becomes its own and the participle the subject's `acl`. A past participle (or past tense) with an object
/// is a verb of its own ("Alain Levy, chairman of EMI, described the
/// results as …, but added …") and is left alone.
fn repair_set_off_participle(a: &mut Analysis) {
    repair_set_off_participle_before_speaker(a);
    let Some(participle) = a.root() else { return };
    if participle < 2 || a.upos(participle) != "VERB" || a.form(participle - 1) != "," {
        return;
    }
    let own = |c: usize, rels: &[&str]| rels.contains(&a.universal_deprel(c));
    if a.children(participle).any(|c| own(c, &["aux", "cop", "expl"]) || (!ends_in_ing(a.form(participle)) && own(c, &["obj", "ccomp"]))) {
        return;
    }
    let Some(subject) = a.children(participle).find(|&c| c < participle - 1 && a.universal_deprel(c) == "nsubj") else { return };
    // The main verb's first word, not the comma the parser may hang on it.
    let leftmost = |v: usize| (0..v).find(|&w| a.upos(w) != "PUNCT" && dominates(a, v, w)).unwrap_or(v);
    let main = a.children(participle).find(|&c| {
        let first = leftmost(c);
        c > participle
            && a.upos(c) == "VERB"
            && matches!(a.universal_deprel(c), "parataxis" | "conj")
            && first > participle + 1
            && a.form(first - 1) == ","
            && !a.children(c).any(|d| matches!(a.universal_deprel(d), "nsubj" | "cc" | "expl"))
    });
    let Some(main) = main else { return };
    let first = leftmost(main);
    let subject_label = if a.children(main).any(|d| a.deprel(d) == "aux:pass") { "nsubj:pass" } else { "nsubj" };
    let moved: Vec<usize> = a.children(participle).filter(|&c| c != subject && c != main && (c < subject || c >= first)).collect();
    a.attach(main, None, "root");
    a.attach(subject, Some(main), subject_label);
    a.attach(participle, Some(subject), "acl");
    for c in moved {
        let label = a.deprel(c).to_string();
        a.attach(c, Some(main), &label);
    }
}

/// "Britain and West Germany, backed by the Netherlands, opposed the tax,
/// diplomats said": the parser may hang the participle set off after the
/// subject as its `acl` (rightly) but the main verb after the second comma
/// as the participle's `conj`, and the subject as a second subject of the
/// speech verb at the end. The main verb, with no subject or conjunction
/// of its own, is that speech verb's reported clause (`ccomp`), with the
/// subject its own.
fn repair_set_off_participle_before_speaker(a: &mut Analysis) {
    for participle in 2..a.len() {
        if a.deprel(participle) != "acl" || a.upos(participle) != "VERB" || a.form(participle - 1) != "," {
            continue;
        }
        let Some(subject) = a.head(participle).filter(|&n| n < participle && a.deprel(n) == "nsubj") else { continue };
        let Some(speech) = a.head(subject) else { continue };
        let other_subject = a.children(speech).any(|c| c != subject && c > participle && a.universal_deprel(c) == "nsubj");
        if !other_subject {
            continue;
        }
        let main = a.children(participle).find(|&c| {
            c > participle + 1
                && a.upos(c) == "VERB"
                && matches!(a.universal_deprel(c), "conj" | "parataxis")
                && (participle + 1..c).any(|w| a.form(w) == ",")
                && !a.children(c).any(|d| d < c && matches!(a.universal_deprel(d), "nsubj" | "cc" | "expl"))
        });
        if let Some(main) = main {
            a.attach(main, Some(speech), "ccomp");
            a.attach(subject, Some(main), "nsubj");
        }
    }
}

/// "against Parliament's illegal decision to suspend its leadership": an
/// infinitive right after a noun it completes (`complement-noun` in
/// `lexicon/tree-roles.tsv`) whose owner is an actor is that noun's
/// (`acl`), and the owner its doer. The parser often hangs it from a verb
/// further up instead (`advcl`, `xcomp`), which makes that verb's subject
/// the doer ("The EFF will be approaching the court … to suspend").
fn repair_owned_infinitive(a: &mut Analysis, s: &Sentence, token_of: &[u32], language: Language) {
    let in_group = |w: usize| s.group_of[token_of[w] as usize].is_some();
    for to in 1..a.len() {
        let noun = to - 1;
        let infinitive_mark = a.upos(to) == "PART" && s.is(token_of[to] as usize, CueKind::Infinitive);
        if a.upos(noun) != "NOUN" || !infinitive_mark || in_group(noun) || !table_in(language).complement_nouns.contains(lowered(a.lemma(noun)).as_ref()) {
            continue;
        }
        let Some(verb) = a.head(to) else { continue };
        if verb <= to || a.upos(verb) != "VERB" || a.universal_deprel(to) != "mark" || !matches!(a.universal_deprel(verb), "advcl" | "xcomp") {
            continue;
        }
        // "decision to swiftly suspend": only adverbs between.
        if (to + 1..verb).any(|w| a.upos(w) != "ADV") || a.head(verb) == Some(noun) {
            continue;
        }
        let owned_by_actor = a.children(noun).any(|c| a.deprel(c) == "nmod:poss" && a.upos(c) != "PRON" && in_group(c));
        if owned_by_actor {
            a.attach(verb, Some(noun), "acl");
        }
    }
}

/// "The minister told reporters the United States should lift the
/// sanctions": with no "that", the parser may make the addressee right
/// after the speech verb a second subject of the reported clause. A clause
/// verb (`ccomp`) with two subjects before it, the first right after its
/// head verb, which has no object: the first is that verb's object.
fn repair_addressee_as_subject(a: &mut Analysis) {
    for verb in 2..a.len() {
        if a.deprel(verb) != "ccomp" {
            continue;
        }
        let Some(head) = a.head(verb).filter(|&h| h < verb) else { continue };
        let (first, second) = {
            let mut subjects = a.children(verb).filter(|&c| a.deprel(c) == "nsubj" && c < verb);
            match (subjects.next(), subjects.next()) {
                (Some(first), Some(second)) => (first, second),
                _ => continue,
            }
        };
        // The first subject's phrase starts right after the head verb.
        let starts_after_head = (head + 1..=first).all(|w| w == first || a.head(w) == Some(first));
        let head_has_object = a.children(head).any(|c| matches!(a.universal_deprel(c), "obj" | "iobj"));
        if first < second && starts_after_head && !head_has_object {
            a.attach(first, Some(head), "obj");
        }
    }
}

/// "Yukos accused Gazprom of stealing its assets", "urged Moscow to
/// withdraw": the parser at times makes the object of the first verb the
/// subject of the clause that follows it ("Gazprom" the subject of
/// "stealing"). A clause's subject never comes before the clause's own
/// subordinator, so a subject whose phrase runs from right after a verb
/// with no object to the clause's first `mark`, with the clause's verb
/// right after that mark (punctuation between allowed), is that verb's
/// object; the clause is an adverbial one, or with "to" (a particle) the
/// verb's open complement (`xcomp`), whose subject is that object.
fn repair_object_read_as_clause_subject(a: &mut Analysis) {
    for subject in 1..a.len() {
        let Some(clause) = a.head(subject).filter(|&c| a.deprel(subject) == "nsubj" && c > subject && a.upos(c) == "VERB") else { continue };
        let Some(verb) = a.head(clause).filter(|&v| v < subject && a.upos(v) == "VERB") else { continue };
        if !matches!(a.upos(subject), "NOUN" | "PROPN" | "PRON") || a.children(verb).any(|c| matches!(a.universal_deprel(c), "obj" | "iobj")) {
            continue;
        }
        let Some(mark) = a.children(clause).find(|&m| a.universal_deprel(m) == "mark") else { continue };
        let phrase_fills_the_gap = (verb + 1..mark).all(|w| dominates(a, subject, w));
        let mark_opens_the_clause = mark > subject && (mark + 1..clause).all(|w| a.upos(w) == "PUNCT");
        if !phrase_fills_the_gap || !mark_opens_the_clause {
            continue;
        }
        a.attach(subject, Some(verb), "obj");
        a.attach(clause, Some(verb), if a.upos(mark) == "PART" { "xcomp" } else { "advcl" });
    }
}

/// Whether parsed word `w` is a clitic the hyphens join to the word
/// before it ("-t-elle", "-il"): the words the model splits off.
fn is_hyphen_clitic(a: &Analysis, w: usize) -> bool {
    a.form(w).starts_with('-')
}

/// Where the verb at `verb` begins with its auxiliaries and reflexive
/// pronoun before it ("a dénoncé", "s'est insurgé"), and the adverbs and
/// adverbial phrases between them ("a également déploré", "s'est de son
/// côté indigné"; not a phrase between commas).
fn verb_group_start(a: &Analysis, verb: usize) -> usize {
    // (A subject clitic the hyphens join after the auxiliary, "a-t-elle
    // accusé", is inside the group too.)
    let inverted_subject = |w: usize| a.universal_deprel(w) == "nsubj" && is_hyphen_clitic(a, w);
    let in_group = |c: usize| matches!(a.universal_deprel(c), "aux" | "expl" | "advmod" | "obl") || inverted_subject(c);
    // The verb's own dependent whose phrase holds word `w`, if any.
    let dependent_holding = |w: usize| {
        let mut at = w;
        for _ in 0..8 {
            match a.head(at) {
                Some(h) if h == verb => return Some(at),
                Some(h) if h < verb => at = h,
                _ => return None,
            }
        }
        None
    };
    let mut opens = verb;
    // (Never past a comma: the clause the verb reports may hang under it
    // as an adverbial phrase too.)
    while opens > 0 && a.form(opens - 1) != "," && dependent_holding(opens - 1).is_some_and(|c| c < verb && in_group(c)) {
        opens -= 1;
    }
    opens
}

/// Whether word `w` heads a clause: a verb, or a predicate with a subject
/// or a copula ("« Cette décision est une trahison »").
fn is_clause(a: &Analysis, w: usize) -> bool {
    a.upos(w) == "VERB" || a.children(w).any(|c| matches!(a.universal_deprel(c), "nsubj" | "cop"))
}

/// Whether parsed word `w` closes a quotation. The parse's own word, not
/// the coder's token: the coder drops the quotation marks of a short scare
/// quote ("jugeant les conditions « inacceptables », a dénoncé le
/// syndicat").
fn closes_quote(a: &Analysis, w: usize) -> bool {
    matches!(a.form(w), "»" | "\"" | "”")
}

/// Whether parsed word `w` opens a quotation.
fn opens_quote(a: &Analysis, w: usize) -> bool {
    matches!(a.form(w), "«" | "\"" | "“")
}

/// « Lors de sa visite en Algérie, Emmanuel Macron a appelé à la
/// réconciliation »: after a fronted phrase and its comma the French parser
/// at times hangs the clause's subject on that phrase's noun as an
/// apposition, and the verb right after it is left with no subject. A name
/// or noun so read, with only the verb's auxiliaries between its phrase and
/// a verb that has no subject and governs the phrase, is that verb's
/// subject.
fn repair_subject_read_as_apposition(a: &mut Analysis) {
    let n = a.len();
    for x in 1..n {
        if a.deprel(x) != "appos" || a.form(x - 1) != "," || !matches!(a.upos(x), "PROPN" | "NOUN") || a.head(x).is_none_or(|h| h > x) {
            continue;
        }
        let mut end = x;
        while end + 1 < n && dominates(a, x, end + 1) {
            end += 1;
        }
        let Some(verb) = (end + 1..n).find(|&w| a.upos(w) != "AUX") else { continue };
        let auxiliaries_only = (end + 1..verb).all(|w| a.head(w) == Some(verb) && a.universal_deprel(w) == "aux");
        let subjectless = !a.children(verb).any(|c| matches!(a.universal_deprel(c), "nsubj" | "csubj") || a.deprel(c) == "expl:subj");
        if a.upos(verb) == "VERB" && auxiliaries_only && subjectless && dominates(a, verb, x) {
            a.attach(x, Some(verb), "nsubj");
        }
    }
}

/// « Ce que nous obtenons est une escalade incontrôlable », a dénoncé
/// l'ambassadeur: the French parser at times makes the quotation before an
/// incise the incise verb's subject or adverbial clause (the verb the
/// sentence's root). The quotation is the clause the incise reports: its
/// head becomes the root and the verb its inserted clause
/// (`parataxis:insert`), so that `repair_inverted_subject` then finds the
/// speaker after the verb. Only a verb right after the closing quotation
/// mark and a comma, and a quotation whose head alone hangs under it.
fn repair_quotation_under_its_incise(a: &mut Analysis) {
    for verb in 3..a.len() {
        if a.upos(verb) != "VERB" || a.head(verb).is_some() {
            continue;
        }
        let opens = verb_group_start(a, verb);
        if opens < 3 || a.form(opens - 1) != "," || !closes_quote(a, opens - 2) {
            continue;
        }
        let close = opens - 2;
        let Some(open) = (0..close).rev().find(|&w| opens_quote(a, w)) else { continue };
        let mut tops = (open + 1..close).filter(|&w| a.head(w).is_none_or(|h| h <= open || h >= close));
        let (Some(top), None) = (tops.next(), tops.next()) else { continue };
        if a.head(top) != Some(verb) || !matches!(a.universal_deprel(top), "nsubj" | "csubj" | "advcl") || !is_clause(a, top) {
            continue;
        }
        if a.attach(top, None, "root") {
            a.attach(verb, Some(top), "parataxis:insert");
        }
    }
}

/// « … », fustige le ministre malien; « … », a dénoncé mardi la députée;
/// Le gouvernement a menti, a accusé le député: a French verb set off
/// after a clause (an incise) has its subject after it, and the French
/// parser labels that subject `obj` (Sequoia's incises are few). A verb
/// with no subject of its own that follows a comma (past its auxiliaries)
/// and reports the clause before it — the comma closes a quotation, or the
/// parser marks the verb an inserted clause (`parataxis:insert`), or the
/// verb is a speech verb of the cues — has its first object (or, after a
/// quotation, a noun the parser makes its `xcomp`) after it as its subject:
/// the speaker, not the one spoken against; and the verb, with that
/// subject or one the parser found after it, is inserted in the clause
/// it reports (`parataxis:insert`).
fn repair_inverted_subject(a: &mut Analysis, s: &Sentence, token_of: &[u32]) {
    for verb in 2..a.len() {
        let subject = a.children(verb).find(|&c| matches!(a.universal_deprel(c), "nsubj" | "csubj") || a.deprel(c) == "expl:subj");
        // (A subject after the verb is the incise's inverted subject
        // already: "« C'est une honte », a lancé Marine Le Pen".)
        if a.upos(verb) != "VERB" || subject.is_some_and(|c| c < verb) {
            continue;
        }
        let opens = verb_group_start(a, verb);
        if opens < 2 || a.form(opens - 1) != "," {
            continue;
        }
        // The clause it reports stands before it: its head, or a clause it governs.
        let reports_before = a.head(verb).is_some_and(|h| h < verb && is_clause(a, h)) || a.children(verb).any(|c| c < opens && is_clause(a, c));
        let incise = closes_quote(a, opens - 2) || a.deprel(verb) == "parataxis:insert" || s.is(token_of[verb] as usize, CueKind::SpeechVerb);
        if !(reports_before && incise) {
            continue;
        }
        // (A pronoun a hyphen joins to the verb, "déplore-t-elle", is its
        // inverted subject too.)
        let inverted_pronoun = |c: usize| a.upos(c) == "PRON" && is_hyphen_clitic(a, c);
        // (After a closing quotation mark the parser also hangs a name
        // there as `xcomp`: "« … », a déclaré Jean-Luc Mélenchon".)
        let quoted = closes_quote(a, opens - 2);
        if subject.is_none() {
            let Some(object) = a.children(verb).find(|&c| c > verb && (a.universal_deprel(c) == "obj" || (quoted && a.universal_deprel(c) == "xcomp")) && (matches!(a.upos(c), "NOUN" | "PROPN") || inverted_pronoun(c))) else { continue };
            a.attach(object, Some(verb), "nsubj");
        }
        // The incise itself is inserted in the clause it reports
        // (Sequoia's `parataxis:insert`), not that clause's complement or
        // a noun's relative clause: the parser made "a martelé" what "La
        // France doit" do (`xcomp`), "a lancé" a clause of "une honte".
        if let Some(h) = a.head(verb).filter(|&h| h < verb && matches!(a.universal_deprel(verb), "xcomp" | "ccomp" | "obj" | "conj" | "acl")) {
            a.attach(verb, Some(h), "parataxis:insert");
        }
    }
}

/// sitrep's parser for text in `language` (the French model is read on
/// first use).
pub fn model_for(language: sitrep_lexicon::Language) -> Option<&'static Model> {
    match language {
        sitrep_lexicon::Language::English => Model::english().ok(),
        sitrep_lexicon::Language::French => Model::french().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_table_has_a_known_kind_and_reading() {
        for (kind, name, reading) in rows() {
            let known = match kind {
                "relation" => relation_reading(reading).is_some(),
                "preposition" => preposition_reading(reading).is_some(),
                "light-verb" | "act-noun" | "relative-pronoun" | "reflexive-pronoun" | "doer-participle" | "backer-participle" | "joint-preposition" | "participation-preposition" | "complement-noun" | "time-subordinator" | "occasion-preposition" | "occasion-span-noun" | "purpose-preposition" | "anticipation-phrase" | "background-preposition" | "policy-noun" | "naming-verb" | "naming-preposition" | "harm-verb" | "outcome-verb" | "state-participle" | "author-participle" | "be-perfect-verb" | "idiom-clitic" | "audience-noun" | "document-noun" => reading == "-",
                "actor-doer-code" | "purpose-code" | "document-doer-code" | "named-doer-code" | "named-target-code" | "foreign-target-code" | "quoted-target-code" | "descriptive-passive-code" | "place-target-code" | "place-scope-code" | "place-source-code" | "place-modifier-code" => reading == "-" && name.bytes().all(|b| b.is_ascii_digit()),
                "no-doer-noun" | "fallback-row" | "verb-only-row" | "people-target-row" | "intransitive-row" | "doer-needed-row" | "duty-said-after-row" => reading == "-",
                "means-over-code" => [name, reading].iter().all(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit())),
                "counted-country-role" | "private-role" => reading == "-" && name.bytes().all(|b| b.is_ascii_uppercase()),
                "object-control" => reading == "-" || reading.parse::<sitrep_model::Certainty>().is_ok(),
                "doer-noun" => reading == "-" || reading.split('|').all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic)),
                "journey-verb" => reading == "-" || reading == "departure",
                _ => false,
            };
            assert!(known && !name.is_empty(), "lexicon/tree-roles.tsv: bad row {kind} {name} {reading}");
        }
        assert!(table().relations.len() > 10);
    }

    #[test]
    fn every_fallback_row_names_a_row_of_the_lexicon() {
        let english = sitrep_lexicon::Lexicon::builtin().unwrap();
        let french = sitrep_lexicon::Lexicon::builtin_in(Language::French).unwrap();
        for (kind, name, _) in rows().filter(|(kind, _, _)| matches!(*kind, "fallback-row" | "verb-only-row" | "people-target-row" | "intransitive-row" | "duty-said-after-row")) {
            let lex = if name.starts_with("fr_") { &french } else { &english };
            assert!(lex.patterns.iter().any(|p| &*p.id == name), "lexicon/tree-roles.tsv: {kind} {name} is no row of its language's verbs.tsv");
        }
    }
}
