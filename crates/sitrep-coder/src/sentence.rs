//! Per-sentence analysis state, kept in reusable buffers.

use sitrep_lexicon::{CueBits, CueKind, Lexicon, NounRef, WordId};
use sitrep_resolve::{AheadDate, DateMention};
use sitrep_text::{TokenKind, Tokens};

/// A phrase of the noun lexicon found in the sentence: tokens `[start, end)`.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub noun: NounRef,
}

/// A cue phrase found in the sentence.
#[derive(Debug, Clone, Copy)]
pub struct Cue {
    pub start: usize,
    pub end: usize,
    pub kinds: CueBits,
}

/// The longest apposition or relative clause between a speaker and its
/// speech verb that [`Sentence::before_apposition`] looks across.
const MAX_APPOSITION_TOKENS: usize = 8;

/// Mentions combined into one actor ("Burkina Faso 's junta", "President
/// Vladimir Putin"), with what the combination names.
#[derive(Debug, Clone, Copy, Default)]
pub struct Group {
    pub start: usize,
    pub end: usize,
    /// A lexicon actor (country, person, organisation…), if any.
    pub actor: Option<u32>,
    /// Whether `actor` is a person named with a title or alone.
    pub person: bool,
    /// The role noun's index into `Lexicon::roles`, if any.
    pub role: Option<u32>,
    /// The role noun came after the actor ("Putin's government"), not
    /// before it as a title ("President Putin").
    pub role_after_actor: bool,
    /// Only a role noun: the country comes from the document context.
    pub bare_role: bool,
    /// The group's last word: its head noun.
    pub head_word: WordId,
    /// A subject pronoun standing for an actor named earlier: `Some(true)`
    /// for a person ("he"), `Some(false)` for any actor ("it", "they").
    pub pronoun: Option<bool>,
    /// "the country": a pronoun (`Some(false)`) whose code is its
    /// referent's country alone.
    pub country_anaphor: bool,
    /// "the two countries", "both sides": the last two countries named.
    pub pair_anaphor: bool,
    /// "the group", "the party", "the company": a pronoun (`Some(false)`)
    /// standing for the last organisation of that kind named.
    pub organisation_anaphor: Option<OrganisationKind>,
    /// Introduced by "his"/"her" (true) or "its"/"their".
    pub possessive_person: Option<bool>,
    /// The next group of an "A and B" compound.
    pub and_next: Option<u32>,
    /// Part of a compound whose first member is another group.
    pub compound_tail: bool,
    /// "former security officials": the role is CAMEO's elite (`ELI`).
    pub former: bool,
    /// A bare role qualified by a name the lexicon does not know ("Kurdish
    /// forces", "Tigrayan fighters") or said to be foreign ("foreign
    /// troops"): whose forces they are is unknown, so the document's
    /// context must not supply a country.
    pub unknown_qualifier: bool,
    /// The role was lent by the list's last member ("Russian" in "Russian
    /// and Syrian forces"): that member's phrase stands for the whole list.
    pub role_from_list: bool,
    /// A prefix role (PETRARCH's `NGO~`) kept beside a suffix role: "an
    /// MSF Arnor diplomat" is `NGO` + `ARN` + `GOV`.
    pub prefix_role: Option<u32>,
    /// A town or capital after "in", "near" … that an attack was done to
    /// ("fired shells at targets near Damascus"): its country, not the
    /// government a capital otherwise stands for.
    pub attacked_place: bool,
}

impl Group {
    /// A town of `actors/places.tsv` named alone, with no role: what an act
    /// is done to, never its doer nor a referent ("Kandahar police" is a
    /// role of the place's country and is not one); so is a town or capital
    /// an attack was done to.
    pub fn is_bare_place(&self, lex: &Lexicon) -> bool {
        self.role.is_none() && (self.attacked_place || self.actor.is_some_and(|a| lex.actors[a as usize].kind() == "place"))
    }
}

/// The kinds of organisation "the group", "the party" and "the company"
/// stand for (`organisation_anaphor`, `party_anaphor`, `company_anaphor` in
/// `en/cues.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrganisationKind {
    /// An armed group, an IGO or an NGO.
    Organisation,
    Party,
    Company,
}

/// One pattern that matched.
#[derive(Debug, Clone, Copy)]
pub struct Match {
    pub pattern: u32,
    /// First and one-past-last token of the match (head to last element).
    pub start: usize,
    pub end: usize,
    pub head: usize,
    pub target: Option<u32>,
    /// The source when the pattern says where it stands (PETRARCH's `$`).
    pub source: Option<u32>,
    pub passive: bool,
    /// A passive participle without "be" ("a journalist captured by …").
    pub reduced: bool,
    /// The first member of a compound whose members the event relates to
    /// one another (a pattern's `%`).
    pub compound: Option<u32>,
    /// `morphology::form` flags of the head as written (0 for nouns).
    pub forms: u8,
    /// The pattern's `+` stood for a noun phrase that names no actor
    /// ("called on Mr Hockney to quit"): the event has no target, and no
    /// actor elsewhere is to take its place.
    pub unnamed_target: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    /// ", which …", ", who …": its subject is the group before the comma.
    Relative,
    /// "According to …,": who says so, not what happened.
    Attribution,
}

/// A stretch of the sentence outside its main clause.
#[derive(Debug, Clone, Copy)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub kind: SegmentKind,
    /// For a relative clause, the group it describes.
    pub antecedent: Option<u32>,
}

/// Most tokens of a date phrase looked for backwards from a verb ("late
/// on Monday", "on 12 March 2024").
pub const MAX_DATE_PHRASE_TOKENS: usize = 6;

/// All buffers of one sentence's analysis; reused across sentences.
#[derive(Default)]
pub struct Sentence {
    pub tokens: Tokens,
    pub ids: Vec<WordId>,
    /// A French word folded to look it up (`Lexicon::word_id_with`),
    /// reused from token to token.
    pub folding: String,
    /// `ids` sorted and deduplicated: which words the sentence has.
    pub vocabulary: Vec<WordId>,
    /// Cue kinds of the cue phrase covering each token (0: none).
    pub cue_bits: Vec<CueBits>,
    /// Tokens that are an inflected form of some pattern's head verb.
    pub verb_like: Vec<bool>,
    /// Punctuation a pattern's gap may not cross.
    pub barrier: Vec<bool>,
    /// Words ending like an adverb ("reportedly") or a participle
    /// ("restructuring", "expelled"), by `lexicon/en/cues.tsv`.
    pub adverb_like: Vec<bool>,
    pub participle_like: Vec<bool>,
    pub cues: Vec<Cue>,
    pub mentions: Vec<Mention>,
    /// For each token, the group covering it.
    pub group_of: Vec<Option<u32>>,
    pub groups: Vec<Group>,
    pub matches: Vec<Match>,
    /// Verb matches at words that word order reads as nouns ("The attack
    /// killed …": "killed" after "attack"); the parse decides
    /// (`matching::keep_verbs_the_tree_reads`).
    pub verb_candidates: Vec<Match>,
    /// For each token, 1 + the index of the segment it lies in (0: main clause).
    pub segment: Vec<u16>,
    pub segments: Vec<Segment>,
    pub dates: Vec<DateMention>,
    /// Date expressions ahead of the story's day, whatever that day is
    /// ("next week", "tomorrow", "on Saturday"): `certainty::scheduled`.
    pub ahead: Vec<AheadDate>,
    /// For each token, where a date phrase starting there ends ("on
    /// Monday", "late on Tuesday"), 0 where none starts: what a verb
    /// pattern reads past (`matching`).
    pub date_phrase_end: Vec<u32>,
    /// Token ranges between quotation marks.
    pub quotes: Vec<(usize, usize)>,
    /// Tokens starting a town that an attack in the sentence was done to
    /// (`groups::mark_places_after_attack_words`): an actor, not only a place.
    pub place_is_target: Vec<bool>,
}

impl Sentence {
    /// The first member of the compound `g` belongs to ("Gondor" for
    /// "Osgiliath" in "Gondor and Osgiliath"), or `g` itself.
    pub fn compound_head(&self, g: u32) -> u32 {
        let mut head = g;
        for _ in 0..8 {
            match self.groups.iter().position(|o| o.and_next == Some(head)) {
                Some(prev) => head = prev as u32,
                None => break,
            }
        }
        head
    }

    /// Whether the word before `head`, past adverbs, is a cue of `kind`:
    /// "is [now] imposing" (a form of "be"), "had [already] lent" (an
    /// auxiliary).
    pub fn cue_before_adverbs(&self, head: usize, kind: CueKind) -> bool {
        let mut before = head;
        while before > 0 && self.adverb_like[before - 1] {
            before -= 1;
        }
        before > 0 && self.is(before - 1, kind)
    }

    /// From the verb at `head` leftwards past up to three auxiliaries, forms
    /// of "be", negations and adverbs ("have not yet renewed"), and a date
    /// phrase ("China and Portugal today initialled"): where the verb group
    /// starts.
    pub fn verb_group_start(&self, head: usize) -> usize {
        let mut j = head;
        let mut words = 0;
        loop {
            if j > 0 && words < 3 && (self.is(j - 1, CueKind::Auxiliary) || self.is(j - 1, CueKind::BeForm) || self.is(j - 1, CueKind::Negation) || self.adverb_like[j - 1]) {
                j -= 1;
                words += 1;
                continue;
            }
            match (j.saturating_sub(MAX_DATE_PHRASE_TOKENS)..j).find(|&k| self.date_phrase_at(k) == Some(j)) {
                Some(k) => j = k,
                None => return j,
            }
        }
    }

    /// "Turkey, a Nato member, said", "Turkey, which occupies northern
    /// Cyprus, had insisted": where the phrase before an apposition or a
    /// relative clause ends, when `end` follows the aside's closing comma
    /// and a group stands right before its opening one (at most
    /// `MAX_APPOSITION_TOKENS` apart); `end` itself otherwise, and when
    /// the aside names a person ("the UN envoy, Staffan de Mistura,
    /// announced": the person is who speaks).
    pub fn before_apposition(&self, end: usize) -> usize {
        if end < 2 || self.norm(end - 1) != "," {
            return end;
        }
        let Some(opening) = (end.saturating_sub(MAX_APPOSITION_TOKENS + 1)..end - 1).rev().find(|&k| self.norm(k) == ",") else { return end };
        let names_a_person = (opening + 1..end - 1).any(|i| self.group_of[i].is_some_and(|g| self.groups[g as usize].person));
        if opening > 0 && self.group_of[opening - 1].is_some() && !names_a_person {
            opening
        } else {
            end
        }
    }

    /// "X said (that) he …": the group that spoke, when the pronoun at
    /// token `pronoun` follows a speech verb right after it (past
    /// auxiliaries and adverbs, and a date phrase after the verb).
    pub fn pronoun_speaker(&self, pronoun: usize) -> Option<u32> {
        let mut j = pronoun.checked_sub(1)?;
        if self.is(j, CueKind::Relative) {
            j = j.checked_sub(1)?;
        }
        // "Officials said on Tuesday (that) they would …": past a date phrase.
        if let Some(k) = (j.saturating_sub(MAX_DATE_PHRASE_TOKENS)..=j).find(|&k| self.date_phrase_at(k) == Some(j + 1)) {
            j = k.checked_sub(1)?;
        }
        if !self.is(j, CueKind::SpeechVerb) {
            return None;
        }
        while j > 0 && (self.is(j - 1, CueKind::Auxiliary) || self.adverb_like[j - 1]) {
            j -= 1;
        }
        // "Turkey, a Nato member, said it …": the speaker is named before its
        // apposition, not in it.
        let j = self.before_apposition(self.before_unknown_name(j));
        let g = self.group_of[j.checked_sub(1)?]?;
        let group = &self.groups[g as usize];
        (group.pronoun.is_none() && (group.actor.is_some() || group.role.is_some())).then_some(g)
    }

    /// "Iran and Iraq said they would exchange prisoners": the first
    /// member of the list of actors a plural pronoun (group `g`) stands
    /// for, when the list is who spoke right before it.
    pub fn plural_pronoun_list(&self, g: u32) -> Option<u32> {
        let group = &self.groups[g as usize];
        if group.pronoun.is_none() || !self.is(group.start, CueKind::PluralPronoun) {
            return None;
        }
        let speaker = self.pronoun_speaker(group.start)?;
        self.in_compound(speaker).then(|| self.compound_head(speaker))
    }

    /// One past the last token of the list that group `g` is in or opens
    /// ("Syrian and Russian jets"): the end of its last member.
    pub fn compound_end(&self, g: u32) -> usize {
        let mut cur = g;
        for _ in 0..8 {
            match self.groups[cur as usize].and_next {
                Some(next) => cur = next,
                None => break,
            }
        }
        self.groups[cur as usize].end
    }

    /// "Britain, China and possibly some other European countries to …":
    /// where a list of actors ending at token `end` goes on with a member
    /// that names no actor ("and other European allies"), the token after
    /// that member: a conjunction, then one to six plain words that are no
    /// actor, no verb and no function word, up to a function word, a
    /// punctuation mark or the sentence's end.
    pub fn non_actor_conjunct_end(&self, end: usize) -> Option<usize> {
        let conj = if end < self.len() && self.is(end, CueKind::Conjunction) {
            end
        } else if end + 1 < self.len() && self.norm(end) == "," && self.is(end + 1, CueKind::Conjunction) {
            end + 1
        } else {
            return None;
        };
        if self.is(conj, CueKind::ClauseConjunction) {
            return None;
        }
        let function_word = |i: usize| crate::matching::FUNCTION_WORDS.iter().any(|&k| self.is(i, k)) || self.is(i, CueKind::Infinitive) || self.is(i, CueKind::Relative);
        let plain = |i: usize| self.tokens.get(i).kind == TokenKind::Word && self.group_of[i].is_none() && !self.verb_like[i] && !function_word(i) && !self.is(i, CueKind::SubjectPronoun);
        let stop = (conj + 1..(conj + 8).min(self.len() + 1)).find(|&i| i == self.len() || !plain(i))?;
        // (The list may be a subject: "The US, Britain and other countries
        // accused Moscow".)
        let ends_well = stop == self.len() || function_word(stop) || self.tokens.get(stop).kind != TokenKind::Word || self.verb_like[stop];
        (stop > conj + 1 && ends_well).then_some(stop)
    }

    /// From token `j` leftwards past a name the lexicon does not know
    /// ("Zaid al-Rifa'i" in "Jordanian Prime Minister Zaid al-Rifa'i
    /// said"): capitalised words, hyphens, apostrophes and name particles
    /// before a hyphen, at most five tokens. Returns where the name starts.
    pub fn before_unknown_name(&self, mut j: usize) -> usize {
        let name_part = |k: usize| self.tokens.get(k).capitalised || matches!(self.norm(k), "-" | "'") || self.norm(k + 1) == "-";
        let mut taken = 0;
        while j > 0 && taken < 5 && self.group_of[j - 1].is_none() && self.cue_bits[j - 1] == 0 && name_part(j - 1) {
            j -= 1;
            taken += 1;
        }
        j
    }

    /// The possessive `'s`, or an apostrophe joined to a word ending in "s"
    /// and followed by a word ("the Conservatives' plans"), unless an
    /// opening single quote before it makes it a closing quote ("the
    /// 'hawks' say").
    pub fn is_possessive(&self, i: usize) -> bool {
        match self.norm(i) {
            "'s" => true,
            "'" if i > 0 && i + 1 < self.len() => {
                let t = &self.tokens;
                let joined = |a: usize, b: usize| t.get(a).end == t.get(b).start;
                let word = |k: usize| t.get(k).kind == TokenKind::Word;
                let opened = (0..i).rev().find(|&k| t.norm(k) == "'").is_some_and(|k| k + 1 < i && joined(k, k + 1) && (k == 0 || !joined(k - 1, k)));
                joined(i - 1, i) && !joined(i, i + 1) && word(i - 1) && word(i + 1) && t.norm(i - 1).ends_with('s') && !opened
            }
            _ => false,
        }
    }

    /// How many members the list that group `g` opens has from `g` on
    /// ("Britain and France": 2), counting at most to `limit`.
    pub fn compound_len(&self, g: u32, limit: usize) -> usize {
        let mut count = 1;
        let mut cur = g;
        while let Some(next) = self.groups[cur as usize].and_next.filter(|_| count < limit) {
            count += 1;
            cur = next;
        }
        count
    }

    /// Whether `g` is one member of an "A and B" compound.
    pub fn in_compound(&self, g: u32) -> bool {
        let group = &self.groups[g as usize];
        group.and_next.is_some() || group.compound_tail
    }

    pub fn clear(&mut self) {
        self.tokens.clear();
        self.ids.clear();
        self.vocabulary.clear();
        self.cue_bits.clear();
        self.verb_like.clear();
        self.barrier.clear();
        self.adverb_like.clear();
        self.participle_like.clear();
        self.cues.clear();
        self.mentions.clear();
        self.group_of.clear();
        self.groups.clear();
        self.matches.clear();
        self.verb_candidates.clear();
        self.segment.clear();
        self.segments.clear();
        self.dates.clear();
        self.ahead.clear();
        self.date_phrase_end.clear();
        self.quotes.clear();
        self.place_is_target.clear();
    }

    /// Where a date phrase that starts at token `i` ends, if one does.
    pub fn date_phrase_at(&self, i: usize) -> Option<usize> {
        self.date_phrase_end.get(i).copied().filter(|&e| e > 0).map(|e| e as usize)
    }

    /// Whether token `i` lies inside a date phrase ("on Monday").
    pub fn in_date_phrase(&self, i: usize) -> bool {
        (i.saturating_sub(MAX_DATE_PHRASE_TOKENS)..=i).any(|k| self.date_phrase_at(k).is_some_and(|end| end > i))
    }

    /// Whether token `i` is a plain lower-case word: no cue, no actor's.
    pub fn is_plain_word(&self, i: usize) -> bool {
        let t = self.tokens.get(i);
        t.kind == TokenKind::Word && !t.capitalised && self.cue_bits[i] == 0 && self.group_of[i].is_none()
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Does the sentence contain every one of these words?
    pub fn has_all(&self, words: &[WordId]) -> bool {
        words.iter().all(|w| self.vocabulary.binary_search(w).is_ok())
    }

    /// Whether token `i` is a pronoun a hyphen joins to the word before it,
    /// the inverted subject of that verb ("déplore-t-elle", "a-t-il").
    pub fn is_inverted_pronoun(&self, i: usize) -> bool {
        i >= 2 && self.hyphen_joins(i - 1)
    }

    /// Whether token `i` is a hyphen written with no space on either side,
    /// joining the words around it into one ("US-backed", "five-year").
    pub fn hyphen_joins(&self, i: usize) -> bool {
        let touching = |a: usize| self.tokens.get(a).end == self.tokens.get(a + 1).start;
        i >= 1 && i + 1 < self.len() && self.norm(i) == "-" && touching(i - 1) && touching(i)
    }

    /// The group standing for group `g` as a verb's argument. An actor
    /// before a hyphenated participle ("US-backed rebels") only describes
    /// the noun after it: that noun's group stands in (none when the noun
    /// is no actor: "Turkish-supported groups"), except that an actor
    /// before a doer participle ("led") stands for a noun that names no
    /// actor: "the US-led coalition bombed Raqqa" is the US's act. Any other
    /// group stands for itself.
    pub fn argument_group(&self, g: u32) -> Option<u32> {
        let end = self.groups[g as usize].end;
        let prefix = self.hyphen_joins(end) && self.participle_like[end + 1];
        if prefix {
            let noun = self.group_of.get(end + 2).copied().flatten();
            noun.or_else(|| crate::tree::is_doer_participle(self.norm(end + 1)).then_some(g))
        } else {
            Some(g)
        }
    }

    /// The group standing for group `g` as a participant of the event whose
    /// trigger is token `head`: as `argument_group`, except that an actor
    /// before a doer participle right before the event noun did the event
    /// ("the U.S.-led invasion of Iraq").
    pub fn participant_group(&self, g: u32, head: usize) -> Option<u32> {
        let end = self.groups[g as usize].end;
        self.argument_group(g).or_else(|| (end + 2 == head && crate::tree::is_doer_participle(self.norm(end + 1))).then_some(g))
    }

    pub fn norm(&self, i: usize) -> &str {
        if i < self.tokens.len() { self.tokens.norm(i) } else { "" }
    }

    pub fn is(&self, i: usize, kind: CueKind) -> bool {
        i < self.cue_bits.len() && Lexicon::has_cue(self.cue_bits[i], kind)
    }

    /// Whether token `i` stands between quotation marks.
    pub fn in_quotation(&self, i: usize) -> bool {
        self.quotes.iter().any(|&(start, end)| start <= i && i < end)
    }

    /// The longest cue of this kind that covers token `i`, in tokens (0
    /// for none).
    pub fn longest_cue_over(&self, i: usize, kind: CueKind) -> usize {
        self.cues.iter().filter(|c| c.start <= i && i < c.end && Lexicon::has_cue(c.kinds, kind)).map(|c| c.end - c.start).max().unwrap_or(0)
    }

    /// A cue of this kind starts at token `i`: its end.
    pub fn cue_at(&self, i: usize, kind: CueKind) -> Option<usize> {
        self.cues.iter().find(|c| c.start == i && Lexicon::has_cue(c.kinds, kind)).map(|c| c.end)
    }

    /// The segment token `i` lies in, if not the main clause.
    pub fn segment_of(&self, i: usize) -> Option<&Segment> {
        match self.segment.get(i) {
            Some(&k) if k > 0 => Some(&self.segments[k as usize - 1]),
            _ => None,
        }
    }

    /// A clause break: `;`, `:`, or a sentence-internal quote boundary.
    pub fn is_clause_break(&self, i: usize) -> bool {
        matches!(self.norm(i), ";" | ":")
    }

    /// Whether token `i` ends the phrase an act's place or target may be
    /// read in: a clause mark, a quotation mark, a conjunction or a
    /// subordinator ("fired shells at targets in Jericho", but not "…,
    /// then met officials in Geneva").
    pub fn ends_a_phrase(&self, i: usize) -> bool {
        matches!(self.norm(i), "," | ";" | ":" | "\"") || self.is(i, CueKind::Conjunction) || self.is(i, CueKind::Subordinator)
    }
}
