//! What a document has said so far, for back-references: "the junta", "his
//! administration", "these commandos" name an actor met earlier.

use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use sitrep_lexicon::{Lexicon, WordId};
use sitrep_model::{Actor, ActorCode};

use crate::sentence::{Group, Sentence};

/// Per-document memory, reset for each document.
#[derive(Default)]
pub struct DocContext {
    pub date: Option<NaiveDate>,
    /// Country (or IGO) prefix of the last actor seen with each role.
    last_by_role: FxHashMap<u32, String>,
    /// … and with each role noun ("junta", "troops"): "the junta" is the
    /// junta named before, not any government met since.
    last_by_noun: FxHashMap<WordId, String>,
    /// Country prefix of the last person named.
    last_person: Option<String>,
    /// Full code and entry of the last person and of the last named actor,
    /// for "he" and "it"/"they".
    last_person_code: Option<(String, String)>,
    last_actor_code: Option<(String, String)>,
    /// What each pronoun of the current sentence stands for, by its token
    /// position: fixed when `observe` reaches it, so that "Russia said it
    /// would meet Ukraine" makes "it" Russia, not the later Ukraine.
    pronouns: Vec<(usize, Option<(String, String)>)>,
    /// Country prefix of the last named actor of any kind.
    last_actor: Option<String>,
    /// How often each country has been named: the document's focus.
    mentions: FxHashMap<String, (u32, u32)>,
    order: u32,
}

/// An actor group's code and the lexicon entries behind it.
pub struct Resolved {
    pub code: Option<String>,
    pub id: Option<String>,
}

impl DocContext {
    pub fn reset(&mut self, date: Option<NaiveDate>) {
        self.date = date;
        self.last_by_role.clear();
        self.last_by_noun.clear();
        self.last_person = None;
        self.last_actor = None;
        self.last_person_code = None;
        self.last_actor_code = None;
        self.pronouns.clear();
        self.mentions.clear();
        self.order = 0;
    }

    /// The code of a group, with dated roles taken on `date` (the event's
    /// date when the sentence gives one, else the publication date).
    pub fn resolve(&self, lex: &Lexicon, g: &Group, date: Option<NaiveDate>) -> Resolved {
        if g.pronoun.is_some() {
            let found = self.pronouns.iter().find(|(at, _)| *at == g.start).and_then(|(_, r)| r.as_ref());
            return match found {
                Some((code, id)) => Resolved { code: Some(code.clone()), id: Some(id.clone()) },
                None => Resolved { code: None, id: None },
            };
        }
        let role = g.role.map(|r| lex.roles[r as usize].as_str());
        if let Some(a) = g.actor {
            let entry = &lex.actors[a as usize];
            let base = entry.code_on(date.or(self.date)).as_str();
            let code = match role {
                // "President Putin": a title before a person adds nothing.
                Some(_) if g.person && !g.role_after_actor => base.to_owned(),
                // "Traoré's military government", "Moscow's troops": the
                // actor's country with the new role.
                Some(r) if (g.person || entry.kind() == "capital") && !r.ends_with('~') => format!("{}{r}", &base[..3]),
                // "Wagner fighters": an armed group's code already says
                // what it is.
                Some(_) if entry.kind() == "group" => base.to_owned(),
                Some(r) => compose(base, r),
                None => base.to_owned(),
            };
            return Resolved { code: Some(code), id: Some(entry.id.clone()) };
        }
        let Some(r) = g.role else { return Resolved { code: None, id: None } };
        let role_code = &lex.roles[r as usize];
        if !lex.roles_from_context {
            return Resolved { code: Some(compose("---", role_code)), id: None };
        }
        let country = match g.possessive_person {
            Some(true) => self.last_person.clone(),
            Some(false) => self.last_actor.clone(),
            None => None,
        }
        .or_else(|| self.last_by_noun.get(&g.head_word).cloned())
        .or_else(|| self.focus())
        .or_else(|| self.last_by_role.get(&r).cloned());
        match country {
            Some(c) => Resolved { code: Some(compose(&c, role_code)), id: Some(format!("context:{c}")) },
            None => Resolved { code: None, id: None },
        }
    }

    /// Remembers the sentence's actors for later back-references.
    pub fn observe(&mut self, lex: &Lexicon, s: &Sentence) {
        self.pronouns.clear();
        // For the sentences after this one, the first person and actor
        // named (usually the subject) are what "he" and "it" pick up.
        let mut first_person = None;
        let mut first_actor = None;
        for g in &s.groups {
            if let Some(person) = g.pronoun {
                // PETRARCH dictionaries code as PETRARCH does: no anaphora.
                let last = if person { &self.last_person_code } else { &self.last_actor_code };
                let stands_for = if lex.roles_from_context { last.clone() } else { None };
                self.pronouns.push((g.start, stands_for));
                continue;
            }
            let resolved = self.resolve(lex, g, None);
            let Some(code) = resolved.code else { continue };
            let prefix = code[..3].to_owned();
            if let Some(r) = g.role {
                self.last_by_role.insert(r, prefix.clone());
                self.last_by_noun.insert(g.head_word, prefix.clone());
            }
            if g.actor.is_none() {
                continue;
            }
            let id = resolved.id.clone().unwrap_or_default();
            if g.person {
                self.last_person = Some(prefix.clone());
                self.last_person_code = Some((code.clone(), id.clone()));
                first_person.get_or_insert_with(|| (code.clone(), id.clone()));
            }
            self.last_actor_code = Some((code.clone(), id.clone()));
            first_actor.get_or_insert((code.clone(), id));
            // An armed group's prefix is where it began, not what the
            // report is about.
            if g.actor.is_some_and(|a| lex.actors[a as usize].kind() == "group") {
                continue;
            }
            self.last_actor = Some(prefix.clone());
            self.order += 1;
            let order = self.order;
            let e = self.mentions.entry(prefix).or_insert((0, order));
            e.0 += 1;
        }
        if first_person.is_some() {
            self.last_person_code = first_person;
        }
        if first_actor.is_some() {
            self.last_actor_code = first_actor;
        }
    }

    /// The country named most often so far (the earliest on a tie).
    fn focus(&self) -> Option<String> {
        self.mentions
            .iter()
            .filter(|(c, _)| c.as_str() != "IGO")
            .max_by_key(|(_, &(count, first))| (count, std::cmp::Reverse(first)))
            .map(|(c, _)| c.clone())
    }
}

/// `RUS` + `MIL` → `RUSMIL`; a code that already has the role keeps it. A
/// role written `NGO~` (PETRARCH's prefix agents) goes before: `NGOUSA`.
fn compose(base: &str, role: &str) -> String {
    if let Some(prefix) = role.strip_suffix('~') {
        return if base.starts_with(prefix) { base.to_owned() } else { format!("{prefix}{base}") };
    }
    if base.ends_with(role) { base.to_owned() } else { format!("{base}{role}") }
}

/// Turns a resolved group into the event record's actor object.
pub fn actor(text: &str, s: &Sentence, g: &Group, r: Resolved) -> Actor {
    let start = s.tokens.get(g.start).start as usize;
    let end = s.tokens.get(g.end - 1).end as usize;
    Actor {
        text: text[start..end].to_owned(),
        code: r.code.and_then(|c| ActorCode::parse(&c).ok()),
        id: r.id,
    }
}
