//! `sitrep parse`: sentences in, CoNLL-U out (tags, lemmas, heads and
//! relations from sitrep's own parser).

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use sitrep_model::Document;
use sitrep_syntax::conllu::{self, Sentence};
use sitrep_syntax::{Analysis, Model, Scratch};
use sitrep_text::SentenceSplitter;

use crate::cli::{ParseArgs, ParseInputFormat, ParseLang};

/// CoNLL-U sentences analysed together in parallel, then printed in input
/// order.
const BATCH: usize = 2048;
/// Documents analysed together in parallel, then printed in input order:
/// fewer than sentences, since each document's CoNLL-U is held until its
/// batch is printed (2,048 news articles' were 47 MB).
const DOC_BATCH: usize = 64;

pub fn run(args: ParseArgs) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot start worker threads")?;
    }
    let loaded;
    let model: &Model = match &args.model {
        Some(path) => {
            loaded = Model::from_file(path).context("cannot load the parser model")?;
            &loaded
        }
        None if args.coder_model => Model::english().context("cannot load the coder's built-in parser model")?,
        // Only asked for here: an English run never loads it.
        None if args.lang == Some(ParseLang::Fr) => Model::french().context("cannot load the built-in French parser model")?,
        None => Model::english_parse().context("cannot load the built-in parser model")?,
    };
    // The lexicon's abbreviations split documents into sentences; CoNLL-U
    // input has its sentences, and does without the lexicon's memory.
    let mut splitter = None;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failures = 0usize;
    for path in &args.paths {
        let conllu_input = matches!(args.input_format, Some(ParseInputFormat::Conllu))
            || (args.input_format.is_none() && is_conllu_name(path));
        if conllu_input {
            match parse_conllu(model, path, &mut out) {
                Ok(()) => {}
                Err(e) => {
                    eprintln!("sitrep: {}: {e:#}", path.display());
                    failures += 1;
                }
            }
            continue;
        }
        let stdin_format = match args.input_format {
            Some(ParseInputFormat::Jsonl) => sitrep_ingest::Format::Jsonl,
            Some(ParseInputFormat::Html) => sitrep_ingest::Format::Html,
            _ => sitrep_ingest::Format::Text,
        };
        let docs = crate::documents::read(path, stdin_format, &mut failures);
        if splitter.is_none() {
            let lexicon =
                sitrep_lexicon::Lexicon::builtin().context("the built-in lexicon is broken")?;
            splitter = Some(SentenceSplitter::new(lexicon.abbreviations.clone()));
        }
        let splitter = splitter.as_ref().expect("made just above");
        parse_documents(model, splitter, &docs, &mut out)?;
    }
    out.flush().context("cannot write the output")?;
    if failures > 0 {
        eprintln!("sitrep: {failures} input error(s); the rest was parsed");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn is_conllu_name(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with(".conllu") || name.ends_with(".conllu.gz") || name.ends_with(".conll")
}

fn progress(total: usize, what: &str) -> ProgressBar {
    if total <= BATCH {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total as u64);
    let template = format!("{{bar:40}} {{pos}}/{{len}} {what} ({{per_sec}}, {{eta}} left)");
    bar.set_style(
        ProgressStyle::with_template(&template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// Plain documents: split into sentences, tokenised by sitrep-text, each
/// word's byte span into the document in MISC (`Span=start:end`).
fn parse_documents(
    model: &Model,
    splitter: &SentenceSplitter,
    docs: &[Document],
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let bar = progress(docs.len(), "documents");
    for batch in docs.chunks(DOC_BATCH) {
        let rendered: Vec<Vec<u8>> = batch
            .par_iter()
            .map_init(
                || (Scratch::default(), Analysis::default(), Vec::new()),
                |(scratch, analysis, ranges), doc| {
                    let mut buf = Vec::new();
                    splitter.split(&doc.text, ranges);
                    for (k, range) in ranges.iter().enumerate() {
                        model.analyse_text(&doc.text, range.clone(), scratch, analysis);
                        if analysis.is_empty() {
                            continue;
                        }
                        write_document_sentence(&mut buf, doc, k, range.clone(), analysis)
                            .expect("writing to a Vec cannot fail");
                    }
                    buf
                },
            )
            .collect();
        for r in rendered {
            out.write_all(&r).context("cannot write the output")?;
        }
        bar.inc(batch.len() as u64);
    }
    bar.finish_and_clear();
    Ok(())
}

fn write_document_sentence(
    out: &mut Vec<u8>,
    doc: &Document,
    k: usize,
    range: std::ops::Range<usize>,
    a: &Analysis,
) -> io::Result<()> {
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    writeln!(out, "# doc_id = {}", one_line(&doc.id))?;
    writeln!(out, "# sent_id = {}#{k}", one_line(&doc.id))?;
    writeln!(out, "# text = {}", one_line(&doc.text[range]))?;
    let mut misc = String::new();
    // Contractions (French `au` = `à le`): a token line over their words,
    // which carry the token's span; SpaceAfter goes on the token line.
    let mut tokens = a.multiword_tokens().peekable();
    let mut inside = 0..0;
    let joined_to_next = |i: usize| i + 1 < a.len() && a.span(i + 1).start == a.span(i).end;
    for i in 0..a.len() {
        let span = a.span(i);
        if tokens.peek().is_some_and(|t| t.start == i) {
            inside = tokens.next().expect("peeked");
            let no_space = joined_to_next(inside.end - 1);
            writeln!(
                out,
                "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\tSpan={}:{}{}",
                inside.start + 1,
                inside.end,
                doc.text[span.clone()].replace(char::is_whitespace, "_"),
                span.start,
                span.end,
                if no_space { "|SpaceAfter=No" } else { "" }
            )?;
        }
        misc.clear();
        misc.push_str(&format!("Span={}:{}", span.start, span.end));
        if !inside.contains(&i) && joined_to_next(i) {
            misc.push_str("|SpaceAfter=No");
        }
        // A form never contains white space in CoNLL-U.
        let form = a.form(i).replace(char::is_whitespace, "_");
        conllu::write_word(out, a, i, &form, &misc)?;
    }
    writeln!(out)
}

/// Gold-tokenised input: the FORM column gives the words, blank lines the
/// sentences; everything else is written back as it was read, with the
/// predicted LEMMA, UPOS, HEAD and DEPREL.
fn parse_conllu(model: &Model, path: &Path, out: &mut impl Write) -> anyhow::Result<()> {
    let input: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(BufReader::new(io::stdin()))
    } else {
        let file = File::open(path).context("cannot open")?;
        if path.extension().is_some_and(|e| e == "gz") {
            Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
        } else {
            Box::new(BufReader::new(file))
        }
    };
    let mut reader = conllu::Reader::new(input);
    let mut batch: Vec<Sentence> = Vec::with_capacity(BATCH);
    loop {
        batch.clear();
        while batch.len() < BATCH {
            match reader.next_sentence().context("cannot read CoNLL-U")? {
                Some(s) => batch.push(s),
                None => break,
            }
        }
        if batch.is_empty() {
            return Ok(());
        }
        let rendered: Vec<Vec<u8>> = batch
            .par_iter()
            .map_init(
                || (Scratch::default(), Analysis::default()),
                |(scratch, analysis), sentence| {
                    let forms: Vec<&str> = sentence.forms().collect();
                    model.analyse_words(&forms, scratch, analysis);
                    let mut buf = Vec::new();
                    conllu::write_with_analysis(&mut buf, sentence, analysis)
                        .expect("writing to a Vec cannot fail");
                    buf
                },
            )
            .collect();
        for r in rendered {
            out.write_all(&r).context("cannot write the output")?;
        }
    }
}
