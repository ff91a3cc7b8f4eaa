//! Readers for PETRARCH / TABARI event-coding dictionaries and PETRARCH
//! validation records, producing plain data (no coding logic).
//!
//! # Formats
//!
//! All text dictionaries share PETRARCH's comment rules (`#` and `;` end a
//! line, `<!-- ... -->` comments, lines starting with `<!` are skipped) and
//! are upper case. Entries keep their 1-based line numbers.
//!
//! * **Verbs** ([`read_verbs`]): synsets (`&NAME` and `+member` lines),
//!   verb blocks (`--- NAME [CODE] ---`, verb lines `VERB {FORMS} [CODE]`
//!   with `+` marking the verb of multi-word verbs such as `+CORDON_OFF`,
//!   then pattern lines `- PRE * POST [CODE]`). Two pattern syntaxes exist:
//!   PETRARCH-1/TABARI (`PETR.Validate.verbs.txt`: linear words where `_`
//!   means "adjacent" and a blank "words may intervene", with `$` source,
//!   `+` target, `^` skip, `%` compound and `&SYNSET` tokens) and
//!   PETRARCH-2 (`CAMEO.2.0.txt`: `(PREP ...)` and `{NOUN PHRASE}` groups,
//!   plus `~` transformations). See [`VerbFormat`], [`VerbPattern`],
//!   [`PatternElem`].
//! * **Actors** ([`read_actors`]): a primary phrase, `+` synonyms and codes
//!   with optional date restrictions `[CODE <date]`, `[CODE >date]`,
//!   `[CODE date-date]` (own lines or in-line). See [`ActorEntry::code_on`].
//! * **Agents** ([`read_agents`]): `PHRASE {PLURAL} [~CODE]` / `[CODE~]`,
//!   substitution sets `!NAME! = A, B` and automatic plurals.
//! * **Discards** ([`read_discards`]): phrases that stop a sentence, or with
//!   `+` a whole story, from being coded.
//! * **Validation records** ([`read_validation`]): the XML unit-test suite.
//!
//! Codes are kept verbatim; [`classify_code`] interprets verb codes (null
//! `---`, paired `a:b`). [`forms`] reproduces PETRARCH's automatic plurals
//! and verb forms.
//!
//! # Strict and lenient
//!
//! Every reader has a strict form returning `Result<_, PetrarchError>` (the
//! first problem, with file, line, entry and reason) and a lenient form that
//! skips or repairs bad entries and returns the [`Warning`]s. Both read the
//! same way: strict fails exactly when lenient would warn.
//!
//! ```
//! use sitrep_petrarch::{parse_actors, parse_verbs, PatternElem};
//! use chrono::NaiveDate;
//!
//! let verbs = parse_verbs("--- ACCORD [---] ---\nACCORD\n- IN_* [075]\n", "v.txt").unwrap();
//! let block = &verbs.verbs[0];
//! assert_eq!(block.head, "ACCORD");
//! assert_eq!(block.patterns[0].pre, vec![PatternElem::Word("IN".into())]);
//!
//! let actors = parse_actors("GOLLUM\n\t[HOB < 950601]\n\t[HOBREB > 990816]\n", "a.txt").unwrap();
//! let day = NaiveDate::from_ymd_opt(1994, 1, 1);
//! assert_eq!(actors[0].code_on(day), Some("HOB"));
//! assert_eq!(actors[0].code_on(None), Some("HOBREB"));
//! ```

#![warn(missing_docs)]

mod actors;
mod agents;
mod code;
mod discards;
mod error;
pub mod forms;
mod lines;
mod phrase;
mod validation;
mod verb_pattern;
mod verbs;

pub use actors::{
    parse_actors, parse_actors_lenient, read_actors, read_actors_lenient, ActorEntry, DatedCode,
};
pub use agents::{
    parse_agents, parse_agents_lenient, read_agents, read_agents_lenient, AgentCode,
    AgentDictionary, AgentEntry, AgentPlural, AgentPosition,
};
pub use code::{classify_code, CodeKind, NULL_CODE};
pub use discards::{
    parse_discards, parse_discards_lenient, read_discards, read_discards_lenient, Discard,
    DiscardScope,
};
pub use error::{PetrarchError, Warning};
pub use forms::FormRule;
pub use phrase::{Join, Phrase};
pub use validation::{
    parse_validation, parse_validation_lenient, read_validation, read_validation_lenient,
    ConfigOption, Environment, ExpectedActor, ExpectedCoding, ValidationSentence, ValidationSuite,
};
pub use verb_pattern::{PatternElem, VerbPattern};
pub use verbs::{
    parse_verbs, parse_verbs_as, parse_verbs_lenient, read_verbs, read_verbs_lenient, Synset,
    SynsetMember, Transformation, VerbBlock, VerbDictionary, VerbEntry, VerbFormat, VerbPhrase,
};
