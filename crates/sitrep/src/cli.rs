use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Turn news reports into a verifiable record of political and security
/// events: who did what to whom, where and when, who says so, and how firmly.
#[derive(Parser)]
#[command(name = "sitrep", version, propagate_version = true)]
#[command(after_help = "Exit codes: 0 success; 1 some input could not be read (the rest was processed); 2 nothing could be done (bad arguments, unreadable lexicon).")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Code documents into CAMEO/PLOVER events, printed as JSON Lines.
    ///
    /// Each event says who did what to whom (`source`, `cameo`, `target`),
    /// how firmly the text says so (`certainty`: asserted, reported,
    /// alleged, conditional, intended, denied, negated), on whose word
    /// (`attribution`), when (`date`), where it was read (`doc_id`,
    /// `sentence`, `span`) and which lexicon pattern fired (`rule`).
    ///
    /// Examples:
    ///   sitrep code article.txt
    ///   sitrep code --format table examples/seed-russia-burkina-faso.txt
    ///   zcat news.jsonl.gz | sitrep code --input-format jsonl -
    #[command(verbatim_doc_comment)]
    Code(CodeArgs),

    /// Run a PETRARCH validation file and compare with its expected codings.
    ///
    /// Reads the <Environment> block (the dictionary files, found in
    /// --dict-dir, default the file's folder), codes each <Sentence> with
    /// its date, compares with its <EventCoding> elements (or
    /// noevents="True"), prints each failing record with what was expected
    /// and what was produced, then "N of M records coded correctly".
    /// Exit code 0 only when every record passes.
    ///
    /// Example:
    ///   sitrep validate ../shared/petrarch/PETR.UnitTest.records.xml
    #[command(verbatim_doc_comment)]
    Validate(ValidateArgs),

    /// Read news into the store: code it, link reprints, keep it searchable.
    ///
    /// Takes files and directory trees of plain text, HTML pages, JSON Lines,
    /// RSS/Atom feeds, WARC(.gz) archives and PETRARCH XML. French
    /// documents are coded with the French lexicon; documents in a language
    /// sitrep cannot code (not English or French) are stored and counted,
    /// not coded.
    /// Ingesting the same document twice changes nothing; a run killed
    /// midway loses at most one batch, and a rerun completes the rest.
    ///
    /// Example:
    ///   sitrep ingest examples/ --db sitrep.db
    #[command(verbatim_doc_comment)]
    Ingest(crate::ingest_cmd::IngestArgs),

    /// Events from the store, filtered, as a table, JSON Lines or CSV.
    ///
    /// Examples:
    ///   sitrep query --actor 'RUS*' --certainty reported
    ///   sitrep query --dyad 'RUS*' 'BFA*' --from 2025-01-01 --format jsonl
    ///   sitrep query --cameo '19*' --text 'Sahel'
    #[command(verbatim_doc_comment)]
    Query(crate::query_cmd::QueryArgs),

    /// Claims from the store: reports of the same statement grouped across
    /// outlets, with independent outlets, denials and a status
    /// (single-source, corroborated, contested, denied-only).
    ///
    /// Examples:
    ///   sitrep claims
    ///   sitrep claims --actor 'RUS*' --status contested --format jsonl
    ///   sitrep claims --sort recency --limit 0 --format csv
    #[command(verbatim_doc_comment)]
    Claims(crate::claims_cmd::ClaimsArgs),

    /// Write the store as JSON Lines, GDELT 2.0 CSV, ACLED CSV, PLOVER JSON
    /// or month-partitioned Parquet.
    ///
    /// Examples:
    ///   sitrep export --format gdelt --out events.tsv
    ///   sitrep export --format parquet --out events/ --actor 'BFA*'
    #[command(verbatim_doc_comment)]
    Export(crate::export_cmd::ExportArgs),

    /// Serve the store: a JSON API and the dashboard (timeline, actor
    /// network, claims, documents with their evidence).
    ///
    /// Example:
    ///   sitrep serve --db sitrep.db --port 8080
    #[command(verbatim_doc_comment)]
    Serve(crate::serve_cmd::ServeArgs),

    /// Parse sentences: Universal Dependencies trees as CoNLL-U.
    ///
    /// Every sentence gets its words (sitrep's tokenisation, with the
    /// clitics UD splits split off), lemmas, universal POS tags, heads and
    /// relations from sitrep's own tagger and parser (trained on UD
    /// English-EWT). Plain text, HTML and JSON Lines documents are split
    /// into sentences; each word's MISC column gives its byte span in the
    /// document (`Span=start:end`). CoNLL-U input (`.conllu`, `.conllu.gz`
    /// or `--input-format conllu`) is read with its own words and sentences
    /// (the FORM column, blank lines) and written back with predicted
    /// LEMMA, UPOS, HEAD and DEPREL; XPOS, FEATS and DEPS become `_`, ID,
    /// FORM, MISC, comments and multiword-token lines stay as read.
    ///
    /// Examples:
    ///   sitrep parse examples/junta-expels-envoy.txt
    ///   sitrep parse gold.conllu > predicted.conllu
    ///   echo "Rebels seized the town." | sitrep parse -
    #[command(verbatim_doc_comment)]
    Parse(ParseArgs),

    /// Print every place named in documents, resolved to coordinates (one
    /// JSON object a line).
    ///
    /// Examples:
    ///   sitrep places article.txt
    ///   sitrep places --input-format jsonl - < news.jsonl
    #[command(verbatim_doc_comment)]
    Places(crate::places_cmd::PlacesArgs),
}

#[derive(clap::Args)]
pub struct ParseArgs {
    /// Files to parse, or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// How to read the input: by default files by their extension (CoNLL-U
    /// for `.conllu`, else as `sitrep code` reads them) and standard input
    /// as plain text.
    #[arg(long, value_enum)]
    pub input_format: Option<ParseInputFormat>,

    /// A model file written by `train-syntax` instead of the built-in one.
    #[arg(long, value_name = "FILE", conflicts_with = "coder_model")]
    pub model: Option<PathBuf>,

    /// Parse with the built-in model the coder reads sentences with (less
    /// accurate than `sitrep parse`'s own, which the coder's rules are not
    /// yet written against): the trees `sitrep code --explain` shows.
    #[arg(long, conflicts_with = "lang")]
    pub coder_model: bool,

    /// The language of the text: `en` (default) or `fr`, the built-in
    /// French model (UD French-Sequoia), loaded only when asked for. French
    /// contractions are written as UD does, a token line over its words
    /// (`au` = `à` `le`), and elisions split (`l'` `armée`). `sitrep code`
    /// reads French documents with this model.
    #[arg(long, value_enum, value_name = "LANG", conflicts_with = "model")]
    pub lang: Option<ParseLang>,

    /// Worker threads (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParseLang {
    /// English (UD English-EWT).
    En,
    /// French (UD French-Sequoia).
    Fr,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ParseInputFormat {
    /// Plain text: one document.
    Text,
    /// JSON Lines documents ({"id", "text", …}).
    Jsonl,
    /// An HTML page: its main text.
    Html,
    /// CoNLL-U: words and sentences as given.
    Conllu,
}

/// Where the lexicon comes from: the built-in one, a directory, or
/// PETRARCH dictionaries.
#[derive(clap::Args, Default)]
pub struct LexiconArgs {
    /// Use the lexicon in this directory (laid out like the repository's
    /// `lexicon/`) instead of the built-in one. Its `fr/` directory, if it
    /// has one, codes French documents; else the built-in French lexicon
    /// does.
    #[arg(long, value_name = "DIR")]
    pub lexicon: Option<PathBuf>,

    /// A PETRARCH/TABARI verb dictionary (PETRARCH-1 or PETRARCH-2 format).
    /// Any --petrarch-* option replaces the built-in actors, roles and verb
    /// patterns by the dictionaries given.
    #[arg(long, value_name = "FILE")]
    pub petrarch_verbs: Option<PathBuf>,

    /// A PETRARCH actor dictionary; repeat for several.
    #[arg(long, value_name = "FILE")]
    pub petrarch_actors: Vec<PathBuf>,

    /// A PETRARCH agent dictionary.
    #[arg(long, value_name = "FILE")]
    pub petrarch_agents: Option<PathBuf>,

    /// A PETRARCH discard dictionary.
    #[arg(long, value_name = "FILE")]
    pub petrarch_discards: Option<PathBuf>,

    /// Skip malformed dictionary entries with a counted warning instead of
    /// stopping at the first.
    #[arg(long)]
    pub lenient: bool,
}

#[derive(clap::Args)]
pub struct ValidateArgs {
    /// The validation file (PETRARCH XML with <Environment> and <Sentence>s).
    pub file: PathBuf,

    /// Where the dictionaries the file names are (default: its folder).
    #[arg(long, value_name = "DIR")]
    pub dict_dir: Option<PathBuf>,

    /// Print every record, not only the failing ones.
    #[arg(long)]
    pub verbose: bool,

    /// Under each printed record, show the coder's analysis: actor
    /// groups, matched patterns and the groups given each role.
    #[arg(long)]
    pub explain: bool,

    /// Grade only the records with this id (repeatable).
    #[arg(long, value_name = "ID")]
    pub record: Vec<String>,

    /// Skip malformed dictionary entries with a warning.
    #[arg(long)]
    pub lenient: bool,
}

#[derive(clap::Args)]
pub struct CodeArgs {
    /// Files or directories to code, or `-` for standard input. A `.jsonl`
    /// file holds one document a line ({"id", "text", "date"?, "url"?,
    /// "outlet"?, "title"?, "language"?}); a `.xml` file is PETRARCH XML
    /// (<Sentence id date> with <Text>) or a feed; HTML pages, RSS/Atom
    /// feeds and WARC archives are read as `sitrep ingest` reads them; any
    /// other file is one plain-text document named after it.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Jsonl)]
    pub format: OutputFormat,

    /// How to read standard input (`-`); files are read by their extension.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input_format: InputFormat,

    #[command(flatten)]
    pub lexicon: LexiconArgs,

    /// Worker threads (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,

    /// Also print to standard error, sentence by sentence, the actor groups
    /// found (g0, g1…), the patterns that matched and the groups given the
    /// source and target roles: the way to see why a sentence codes what
    /// it does when extending a lexicon.
    #[arg(long)]
    pub explain: bool,

    /// The language of every document: `en` or `fr`. Without it each
    /// document's own decides: the language a JSON Lines document or a
    /// page declares, overruled by the detector on text of 50 words or
    /// more, or detected when none is declared; a French document is coded
    /// with the French lexicon and parser, any other as English. Short
    /// French text (a sentence on standard input) needs `--lang fr`.
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<ParseLang>,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum OutputFormat {
    /// One JSON object per event (the event record of DESIGN.md).
    Jsonl,
    /// A table for reading in a terminal.
    Table,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum InputFormat {
    Text,
    Jsonl,
    Xml,
    Html,
}
