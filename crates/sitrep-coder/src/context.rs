//! What a document has said so far, for back-references: "the junta", "his
//! administration", "these commandos" name an actor met earlier.

use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use sitrep_lexicon::{CueKind, Lexicon, WordId, UNKNOWN};
use sitrep_model::{Actor, ActorCode};

use crate::sentence::{Group, OrganisationKind, Sentence};

/// CAMEO's role code for elites, which its codebook uses for former office
/// holders ("former security officials").
const ELITE_ROLE: &str = "ELI";
/// CAMEO's government role, which a party's leaders do not take.
const GOVERNMENT_ROLE: &str = "GOV";
/// CAMEO's opposition role: a title that says it ("Shadow home secretary",
/// "opposition leader") tells which of a person's offices is meant. Other
/// titles do not: "Tory leader Michael Howard" is GOV by its noun, but
/// leads the opposition.
const OPPOSITION_ROLE: &str = "OPP";

/// The first three letters of an actor code: a country, `IGO`, or `---`.
/// Kept as bytes so that remembering actors allocates nothing per sentence.
type Prefix = [u8; 3];

fn prefix(code: &str) -> Prefix {
    let b = code.as_bytes();
    [b[0], b[1], b[2]]
}

fn prefix_str(p: &Prefix) -> &str {
    std::str::from_utf8(p).unwrap_or("---")
}

/// Per-document memory, reset for each document.
#[derive(Default)]
pub struct DocContext {
    pub date: Option<NaiveDate>,
    /// `date` is estimated from the text of an undated document.
    date_estimated: bool,
    /// Country (or IGO) prefix of the last actor seen with each role.
    last_by_role: FxHashMap<u32, Prefix>,
    /// … and with each role noun ("junta", "troops"): "the junta" is the
    /// junta named before, not any government met since.
    last_by_noun: FxHashMap<WordId, Prefix>,
    /// Country prefix of the last person named.
    last_person: Option<Prefix>,
    /// Country prefix of the last named actor of any kind.
    last_actor: Option<Prefix>,
    /// The last person "he" (index 0) and "she" (1) can refer to, and the
    /// last named actor, for "it"/"they".
    last_person_group: [Option<Group>; 2],
    last_actor_group: Option<Group>,
    /// For each `OrganisationKind`, the first organisation of that kind
    /// named in the last sentence that named one, usually its subject: what
    /// "the group", "the party", "the company" stand for.
    last_organisation: [Option<Group>; 3],
    /// What each pronoun of the current sentence stands for, by its token
    /// position: fixed when `observe` reaches it, so that "Russia said it
    /// would meet Ukraine" makes "it" Russia, not the later Ukraine.
    pronouns: Vec<(usize, Option<Group>)>,
    /// The same for possessives before a role noun: "Chad said its troops
    /// had captured a Libyan outpost in the central African country" makes
    /// "its troops" Chad's, the actor named last before "its".
    possessives: Vec<(usize, Option<Prefix>)>,
    /// The last two different countries named, the latest first: what
    /// "the two countries" stands for.
    recent_countries: Vec<Prefix>,
    /// What each "the two countries" of the current sentence stands for,
    /// by its token position.
    pairs: Vec<(usize, Option<[Prefix; 2]>)>,
    /// How often each country has been named: the document's focus.
    mentions: FxHashMap<Prefix, (u32, u32)>,
    /// The country of the first town, capital or country the current
    /// sentence names as a place (`where_roles_are`: "in Tripoli", "bombed
    /// Afrin", "in Yemen"): where its bare local roles are when nothing
    /// nearer says ("protesters in Tripoli set fire to the American
    /// embassy" are Libyans, "Turkish jets bombed Afrin, killing 12
    /// civilians" Syrians).
    sentence_place: Option<Prefix>,
    order: u32,
    /// The surname of each person named in full so far, with the lexicon
    /// actor: "Gordon Brown … Mr Brown rejected" (`scan` reads them).
    pub surnames: FxHashMap<WordId, u32>,
}

/// An actor group's code and the lexicon entries behind it.
pub struct Resolved {
    pub code: Option<String>,
    pub id: Option<String>,
    /// The codes of the further actors a joint name stands for.
    pub joint: Vec<String>,
}

impl DocContext {
    /// Starts a document. `estimated`: its date is only the latest year its
    /// text names (`undated.rs`), good for choosing a person's role then,
    /// not for deciding that someone had no role yet.
    pub fn reset(&mut self, date: Option<NaiveDate>, estimated: bool) {
        self.date = date;
        self.date_estimated = estimated;
        self.last_by_role.clear();
        self.last_by_noun.clear();
        self.last_person = None;
        self.last_actor = None;
        self.last_person_group = [None; 2];
        self.last_actor_group = None;
        self.last_organisation = [None; 3];
        self.pronouns.clear();
        self.possessives.clear();
        self.mentions.clear();
        self.recent_countries.clear();
        self.pairs.clear();
        self.order = 0;
        self.surnames.clear();
    }

    /// The code of a group, with dated roles taken on `date` (the event's
    /// date when the sentence gives one, else the publication date).
    pub fn resolve(&self, lex: &Lexicon, g: &Group, date: Option<NaiveDate>) -> Resolved {
        if g.pair_anaphor {
            let pair = self.pairs.iter().find(|(at, _)| *at == g.start).and_then(|(_, p)| *p);
            return match pair {
                // Both countries, the earlier-named one first (`actors`
                // writes the joint codes before the main one): "China and
                // Japan … the two countries" is CHN, then JPN.
                Some([latest, earlier]) => Resolved {
                    code: Some(prefix_str(&latest).to_owned()),
                    id: Some(format!("context:{}", prefix_str(&latest))),
                    joint: vec![prefix_str(&earlier).to_owned()],
                },
                None => Resolved { code: None, id: None, joint: Vec::new() },
            };
        }
        if g.pronoun.is_some() {
            let referent = self.pronouns.iter().find(|(at, _)| *at == g.start).and_then(|(_, r)| r.as_ref());
            return match referent {
                Some(r) if g.country_anaphor => {
                    // "the country": the referent's country, not its role.
                    // Only an actor that is, or belongs to, a country
                    // stands for one: not an IGO or an armed group.
                    let national = r.actor.is_none_or(|a| matches!(lex.actors[a as usize].kind(), "country" | "capital" | "place" | "person"));
                    let code = self.resolve(lex, r, date).code.filter(|c| national && c.len() >= 3 && !c.starts_with("---"));
                    let country = code.as_deref();
                    match country {
                        Some(c) => Resolved { code: Some(c[..3].to_owned()), id: Some(format!("context:{}", &c[..3])), joint: Vec::new() },
                        None => Resolved { code: None, id: None, joint: Vec::new() },
                    }
                }
                Some(r) => self.resolve(lex, r, date),
                None => Resolved { code: None, id: None, joint: Vec::new() },
            };
        }
        // CAMEO codes former office holders as elites.
        let role = g.role.map(|r| if g.former { ELITE_ROLE } else { lex.roles[r as usize].as_str() });
        if let Some(a) = g.actor {
            let entry = &lex.actors[a as usize];
            let with_role = |base: &str| match role {
                // "President Putin": a title before a person adds nothing.
                Some(_) if g.person && !g.role_after_actor => base.to_owned(),
                // "Traoré's military government", "Moscow's troops": the
                // actor's country with the new role.
                Some(r) if (g.person || entry.kind() == "capital") && !r.ends_with('~') => format!("{}{r}", &base[..3]),
                // "Wagner fighters": an armed group's code already says
                // what it is; "Yukos spokesman" speaks for the company.
                Some(_) if entry.kind() == "group" || is_company(entry.kind()) => base.to_owned(),
                // "Tory leader", "Conservative party officials": a party's
                // leaders are the party (GBROPP, not GBROPPGOV); its MPs
                // keep their role ("Tory MPs", GBROPPLEG). So are an
                // organisation's officers ("UN officials" IGOUNO, "UAW
                // vice-president" USALAB, "Amnesty officials" NGOAMN).
                Some(GOVERNMENT_ROLE) if matches!(entry.kind(), "party" | "igo" | "ngo") => base.to_owned(),
                Some(r) => compose(base, r),
                None => base.to_owned(),
            };
            let with_roles = |base: &str| match g.prefix_role {
                Some(p) => compose(&with_role(base), &lex.roles[p as usize]),
                None => with_role(base),
            };
            let on = date.or(self.date);
            // A person before any role of theirs is nobody the lexicon
            // knows (PETRARCH dictionaries keep their own dating).
            let real_date = date.is_some() || !self.date_estimated;
            if lex.roles_from_context && real_date && !entry.started_by(on) {
                return Resolved { code: None, id: None, joint: Vec::new() };
            }
            // "Shadow home secretary David Davis": where the date does not
            // say which of a person's offices is meant, an opposition
            // title does.
            let title = role.filter(|&r| r == OPPOSITION_ROLE && g.person && !g.role_after_actor);
            let dated = title.map_or_else(|| entry.code_on(on), |t| entry.code_on_titled(on, t));
            let code = with_roles(dated.as_str());
            // "struck targets near Damascus": the country, not its government.
            let code = if g.attacked_place && g.role.is_none() && code.len() > 3 { code[..3].to_owned() } else { code };
            let joint = entry.joint.iter().map(|c| with_roles(c.as_str())).collect();
            return Resolved { code: Some(code), id: Some(entry.id.clone()), joint };
        }
        let (Some(r), Some(country)) = (g.role, self.country_of_role(lex, g)) else {
            return Resolved { code: None, id: None, joint: Vec::new() };
        };
        let code = compose(prefix_str(&country), if g.former { ELITE_ROLE } else { &lex.roles[r as usize] });
        let id = lex.roles_from_context.then(|| format!("context:{}", prefix_str(&country)));
        Resolved { code: Some(code), id, joint: Vec::new() }
    }

    /// The country a group's code starts with, without building the code.
    fn prefix_of(&self, lex: &Lexicon, g: &Group) -> Option<Prefix> {
        match g.actor {
            Some(a) if lex.roles_from_context && !self.date_estimated && !lex.actors[a as usize].started_by(self.date) => None,
            Some(a) => Some(prefix(lex.actors[a as usize].code_on(self.date).as_str())),
            None => self.country_of_role(lex, g),
        }
    }

    /// A role noun without a country ("the junta", "his administration"):
    /// the possessor, the last actor with that noun, the document's focus,
    /// or the last actor with that role; failing all, `---`, CAMEO's
    /// unknown country ("the police" in a report that names no country is
    /// still the police). With PETRARCH dictionaries always `---`.
    fn country_of_role(&self, lex: &Lexicon, g: &Group) -> Option<Prefix> {
        let r = g.role?;
        if !lex.roles_from_context || g.unknown_qualifier {
            // "Kurdish forces": the qualifier is a country the lexicon does
            // not know, so no country from context either.
            return Some(*b"---");
        }
        let possessor = self.possessives.iter().find(|(at, _)| *at == g.start).and_then(|(_, p)| *p);
        match g.possessive_person {
            Some(true) => possessor.or(self.last_person),
            Some(false) => possessor.or(self.last_actor),
            None => None,
        }
        .or_else(|| self.last_by_noun.get(&g.head_word).copied())
        .or(self.sentence_place.filter(|_| lex.is_local_role(r)))
        .or_else(|| self.focus())
        .or_else(|| self.last_by_role.get(&r).copied())
        .or(Some(*b"---"))
    }

    /// Remembers the sentence's actors for later back-references.
    pub fn observe(&mut self, lex: &Lexicon, s: &Sentence) {
        self.sentence_place = s
            .mentions
            .iter()
            .filter(|m| m.start > 0 && s.group_of[m.start].is_none_or(|g| s.groups[g as usize].role.is_none()))
            .filter_map(|m| m.noun.actor.map(|a| (m, &lex.actors[a as usize])))
            .find(|(m, a)| where_roles_are(s, m.start, a.kind()))
            .map(|(_, a)| prefix(a.code_on(self.date).as_str()))
            .filter(names_a_country);
        self.pronouns.clear();
        self.possessives.clear();
        self.pairs.clear();
        // For the sentences after this one, the first person and actor
        // named (usually the subject) are what "he" and "it" pick up.
        let mut first_person: [Option<Group>; 2] = [None; 2];
        let mut first_actor = None;
        let mut first_organisation: [Option<Group>; 3] = [None; 3];
        let mut seen_organisation: [Option<Group>; 3] = [None; 3];
        // Who was named before this sentence: what the subject pronoun of
        // an incise stands for ("« … », déplore-t-elle": not an actor of
        // the quotation it reports).
        let (person_before, actor_before) = (self.last_person_group, self.last_actor_group);
        for g in &s.groups {
            if g.pair_anaphor {
                let pair = match self.recent_countries[..] {
                    [latest, earlier] if lex.roles_from_context => Some([latest, earlier]),
                    _ => None,
                };
                self.pairs.push((g.start, pair));
                continue;
            }
            if let Some(kind) = g.organisation_anaphor {
                // "A Renamo spokesman said the party rejected the result":
                // one named earlier in the sentence, else in the last one.
                let referent = seen_organisation[kind as usize].or(self.last_organisation[kind as usize]);
                self.pronouns.push((g.start, referent.filter(|_| lex.roles_from_context)));
                continue;
            }
            if let Some(person) = g.pronoun {
                // "Jordan's prime minister said he …", "Russia said it
                // would …": the speaker; else the last one named before.
                let she = s.is(g.start, CueKind::FemininePronoun);
                let last = match (person, s.is_inverted_pronoun(g.start)) {
                    (true, false) => self.last_person_group[she as usize],
                    (false, false) => self.last_actor_group,
                    (true, true) => person_before[she as usize],
                    // (Whoever speaks in an incise is more often a
                    // person than a country: "il" is not marked a person's
                    // pronoun in French, being also the country's.)
                    (false, true) => person_before[she as usize].or(actor_before),
                };
                let referent = pronoun_speaker(s, g.start).filter(|r| !person || pronoun_fits(lex, r, she)).or(last);
                // PETRARCH dictionaries code as PETRARCH does: no anaphora.
                self.pronouns.push((g.start, referent.filter(|_| lex.roles_from_context)));
                continue;
            }
            if let Some(person) = g.possessive_person {
                self.possessives.push((g.start, if person { self.last_person } else { self.last_actor }));
            }
            let Some(country) = self.prefix_of(lex, g) else { continue };
            // An unknown country is nothing to refer back to.
            if &country == b"---" && lex.roles_from_context {
                continue;
            }
            // "A Boeing spokesman": a company's people say nothing of whose
            // a later "Ministry spokesman" is.
            let company = g.actor.is_some_and(|a| is_company(lex.actors[a as usize].kind()));
            if let Some(r) = g.role.filter(|_| !company) {
                self.last_by_role.insert(r, country);
                self.last_by_noun.insert(g.head_word, country);
            }
            let Some(a) = g.actor else { continue };
            // A town named alone ("fled Afrin") is where things happen:
            // neither who "they" or "it" is nor the country the story's
            // bare roles belong to ("near Basra … the attackers").
            if g.is_bare_place(lex) {
                continue;
            }
            // "India's finance minister … He objected": a country's office
            // holder named by a noun for one person is who "he" is, too.
            let office_holder = !g.person && g.role.is_some() && s.is(g.end - 1, CueKind::PersonNoun);
            if g.person || office_holder {
                // "Chancellor Gordon Brown": later "Brown" alone is him.
                let last = g.end - 1;
                if g.person && lex.roles_from_context && g.end - g.start > 1 && s.tokens.get(last).capitalised && s.ids[last] != UNKNOWN {
                    self.surnames.insert(s.ids[last], a);
                }
                self.last_person = Some(country);
                for she in [false, true] {
                    if pronoun_fits(lex, g, she) {
                        self.last_person_group[she as usize] = Some(*g);
                        first_person[she as usize].get_or_insert(*g);
                    }
                }
            }
            self.last_actor_group = Some(*g);
            first_actor.get_or_insert(*g);
            for &kind in organisation_kinds(lex.actors[a as usize].kind()) {
                first_organisation[kind as usize].get_or_insert(*g);
                seen_organisation[kind as usize] = Some(*g);
            }
            // An armed group's prefix is where it began, a company's where
            // it is based, not what the report is about ("the Boeing jet
            // that crashed" in a story from Japan: "police" are Japan's).
            let kind = lex.actors[a as usize].kind();
            if kind == "group" || is_company(kind) || names_a_backer(s, g) {
                continue;
            }
            self.last_actor = Some(country);
            if names_a_country(&country) {
                self.recent_countries.retain(|c| *c != country);
                self.recent_countries.insert(0, country);
                self.recent_countries.truncate(2);
            }
            self.order += 1;
            let order = self.order;
            self.mentions.entry(country).or_insert((0, order)).0 += 1;
        }
        for (last, first) in self.last_person_group.iter_mut().zip(first_person) {
            if first.is_some() {
                *last = first;
            }
        }
        if first_actor.is_some() {
            self.last_actor_group = first_actor;
        }
        for (last, first) in self.last_organisation.iter_mut().zip(first_organisation) {
            if first.is_some() {
                *last = first;
            }
        }
    }

    /// After the parse: a subject pronoun that word order tied to no
    /// speaker stands for the subject of the clause above its own, where
    /// the parse names one (`Tree::subject_above_pronoun`): in "Washington
    /// is likely to announce sanctions against Japanese products after it
    /// accused Tokyo", "it" is Washington, not the Japan named last.
    pub fn refine_pronouns(&mut self, lex: &Lexicon, s: &Sentence, tree: &crate::tree::Tree) {
        if !lex.roles_from_context {
            return;
        }
        for k in 0..self.pronouns.len() {
            let at = self.pronouns[k].0;
            let Some(g) = s.group_of[at] else { continue };
            let group = &s.groups[g as usize];
            let Some(person) = group.pronoun else { continue };
            // "… after they refused": a plural pronoun stands as often for
            // the other party as for the subject above; left to word order.
            // Nor an incise's inverted subject ("« … », déplore-t-elle"):
            // the clause above is the quotation it reports.
            if group.country_anaphor || group.organisation_anaphor.is_some() || s.is(at, CueKind::PluralPronoun) || pronoun_speaker(s, at).is_some() || s.is_inverted_pronoun(at) {
                continue;
            }
            let she = s.is(at, CueKind::FemininePronoun);
            if let Some(subject) = tree.subject_above_pronoun(s, at).map(|r| s.groups[r as usize]).filter(|r| !person || pronoun_fits(lex, r, she)) {
                self.pronouns[k].1 = Some(subject);
            }
        }
    }

    /// The country named most often so far (the earliest on a tie).
    fn focus(&self) -> Option<Prefix> {
        self.mentions
            .iter()
            .filter(|(c, _)| names_a_country(c))
            .max_by_key(|(_, &(count, first))| (count, std::cmp::Reverse(first)))
            .map(|(c, _)| *c)
    }
}

/// "the American-backed Kurdish militia", "US-funded groups": a country
/// before a `backer-participle` (tree-roles.tsv) backs what follows, which
/// is neither its own nor what the story's bare roles belong to ("US-led",
/// "Bahrain-based" are).
fn names_a_backer(s: &Sentence, g: &Group) -> bool {
    s.norm(g.end) == "-" && crate::tree::is_backer_participle(s.norm(g.end + 1))
}

/// Whether an actor code's first three letters name a country, which the
/// story's bare roles may belong to: not an international organisation, a
/// transnational militant group (`IMG`: "Kotey and Elsheikh, who were
/// captured by Kurds" leaves "journalists" no IMG journalists), an NGO or a
/// multinational company.
fn names_a_country(prefix: &Prefix) -> bool {
    !matches!(prefix, b"IGO" | b"IMG" | b"NGO" | b"MNC")
}

/// Whether two actor codes name actors of one known country ("IRNGOV" and
/// "IRN"; not two IGOs, nor two of no known country).
pub fn same_country(a: &str, b: &str) -> bool {
    a.len() >= 3 && b.len() >= 3 && a[..3] == b[..3] && &a[..3] != "---" && names_a_country(&prefix(a))
}

/// Whether "he" (`she` false) or "she" can refer back to group `g`: a
/// person the lexicon marks as a woman only for "she", any other person
/// only for "he", an office a noun names ("the minister") for either.
fn pronoun_fits(lex: &Lexicon, g: &Group, she: bool) -> bool {
    match g.actor.map(|a| &lex.actors[a as usize]) {
        Some(a) if a.kind() == "person" => a.female == she,
        _ => true,
    }
}

/// "X said (that) he …": the group that spoke, when the pronoun follows a
/// speech verb right after it (past auxiliaries and adverbs, and a date
/// phrase after the verb).
fn pronoun_speaker(s: &Sentence, pronoun: usize) -> Option<Group> {
    s.pronoun_speaker(pronoun).map(|g| s.groups[g as usize])
}

/// `RUS` + `MIL` → `RUSMIL`; a code that already has the role keeps it. A
/// role written `NGO~` (PETRARCH's prefix agents) goes before: `NGOUSA`.
fn compose(base: &str, role: &str) -> String {
    if let Some(prefix) = role.strip_suffix('~') {
        return if base.starts_with(prefix) { base.to_owned() } else { format!("{prefix}{base}") };
    }
    if base.ends_with(role) { base.to_owned() } else { format!("{base}{role}") }
}

/// Turns a resolved group into the event record's actor objects: one, or
/// one per actor a joint name stands for.
pub fn actors(text: &str, s: &Sentence, g: &Group, r: Resolved, out: &mut Vec<Actor>) {
    let start = s.tokens.get(g.start).start as usize;
    let end = s.tokens.get(g.end - 1).end as usize;
    let text = &text[start..end];
    for code in r.joint {
        out.push(Actor { text: text.to_owned(), code: ActorCode::parse(&code).ok(), id: r.id.clone() });
    }
    out.push(Actor { text: text.to_owned(), code: r.code.and_then(|c| ActorCode::parse(&c).ok()), id: r.id });
}

/// Whether a mention of an actor of `kind` at token `start`, with no role,
/// says where the sentence's bare local roles are: a town anywhere ("Turkish
/// jets bombed Afrin, killing 12 civilians"), a capital after "in", "near"
/// … or a verb ("struck Kyiv, killing ten civilians"; as a subject it
/// speaks for its government, after "to" or "for" it is a destination), a country after "in", "near" … ("killed 30
/// civilians in Yemen"; after "to" or "against" it is rarely where the
/// roles are).
fn where_roles_are(s: &Sentence, start: usize, kind: &str) -> bool {
    let before = start - 1;
    match kind {
        "place" => true,
        "capital" => s.is(before, CueKind::LocationPrep) || s.verb_like[before],
        "country" => s.is(before, CueKind::LocationPrep),
        _ => false,
    }
}

/// Which of "the group", "the party" and "the company" may stand for an
/// actor entry of `kind`: an armed group may be "the party" too ("A Renamo
/// spokesman said the party rejected the result").
fn organisation_kinds(kind: &str) -> &'static [OrganisationKind] {
    match kind {
        "group" => &[OrganisationKind::Organisation, OrganisationKind::Party],
        "igo" | "ngo" => &[OrganisationKind::Organisation],
        "party" => &[OrganisationKind::Party],
        k if is_company(k) => &[OrganisationKind::Company],
        _ => &[],
    }
}

/// Whether an actor entry of `kind` is a company or a business body
/// (`actors/companies.tsv`): its country is where it is based, not what a
/// story is about, and its people speak for it.
pub(crate) fn is_company(kind: &str) -> bool {
    matches!(kind, "company" | "business")
}
