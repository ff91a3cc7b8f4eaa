//! The store writer of `sitrep ingest`: a thread that stores one batch while
//! the next is coded.
//!
//! Coding is parallel and storing is serial (one transaction a batch, which
//! also groups claims); run one after the other, storing left a core idle
//! for most of an ingest. At most one batch is in flight, and its outcome is
//! taken before the next batch's is told (see `ingest_cmd::flush`), so the
//! store, the summary, the messages and the exit code are those of storing
//! each batch before coding the next.

use std::collections::HashSet;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::thread::JoinHandle;

use anyhow::Context;
use sitrep_model::{Document, Event};
use sitrep_store::{BatchSummary, ContentHash, DocumentKeys, Store};

/// A batch's documents with their events, and each document's keys
/// (computed on the coding threads, off the writer's).
type Batch = (Vec<(Document, Vec<Event>)>, Vec<DocumentKeys>);

pub struct Writer {
    batches: Option<SyncSender<Batch>>,
    outcomes: Receiver<sitrep_store::Result<BatchSummary>>,
    thread: Option<JoinHandle<()>>,
    /// Content hashes of the batch being written: stored once its outcome
    /// is taken, so a lookup must count them as stored already.
    in_flight: HashSet<ContentHash>,
    waiting: bool,
}

impl Writer {
    /// Starts the thread that writes batches to `store`.
    pub fn spawn(mut store: Store) -> Self {
        let (batches, inbox) = sync_channel::<Batch>(0);
        let (report, outcomes) = sync_channel(1);
        let thread = std::thread::spawn(move || {
            for (batch, keys) in inbox {
                if report.send(store.write_batch_with_keys(&batch, &keys)).is_err() {
                    return;
                }
            }
        });
        Self { batches: Some(batches), outcomes, thread: Some(thread), in_flight: HashSet::new(), waiting: false }
    }

    /// Whether a document with this hash is in the batch being written: a
    /// lookup in the store may not see it yet.
    pub fn is_in_flight(&self, hash: &ContentHash) -> bool {
        self.in_flight.contains(hash)
    }

    /// Hands `batch` to the thread, with `keys[i]` the [`DocumentKeys`] of
    /// `batch[i]`'s document; the outcome of the batch before must have
    /// been taken ([`Writer::outcome`]).
    pub fn write(&mut self, batch: Vec<(Document, Vec<Event>)>, keys: Vec<DocumentKeys>) -> anyhow::Result<()> {
        assert!(!self.waiting, "a batch is written only after the outcome of the one before is taken");
        self.in_flight = keys.iter().map(|k| *k.hash()).collect();
        let batch = (batch, keys);
        let sender = self.batches.as_ref().expect("the writer is open until finish");
        if sender.send(batch).is_err() {
            return Err(self.thread_failure());
        }
        self.waiting = true;
        Ok(())
    }

    /// Waits for the batch in flight to be stored: what it stored, or
    /// nothing when no batch is in flight.
    pub fn outcome(&mut self) -> anyhow::Result<Option<BatchSummary>> {
        if !self.waiting {
            return Ok(None);
        }
        self.waiting = false;
        let written = match self.outcomes.recv() {
            Ok(written) => written.context("cannot write to the store")?,
            Err(_) => return Err(self.thread_failure()),
        };
        self.in_flight.clear();
        Ok(Some(written))
    }

    /// Stops the thread once it has written what it was given.
    pub fn finish(mut self) -> anyhow::Result<()> {
        match self.stop() {
            Some(Err(_)) => Err(anyhow::anyhow!("the store writer thread panicked")),
            _ => Ok(()),
        }
    }

    fn stop(&mut self) -> Option<std::thread::Result<()>> {
        self.batches = None;
        self.thread.take().map(JoinHandle::join)
    }

    /// The error to give when the thread is gone: it can only have panicked.
    fn thread_failure(&mut self) -> anyhow::Error {
        self.stop();
        anyhow::anyhow!("the store writer thread panicked")
    }
}

/// A run that ends early (an error elsewhere) still lets the batch in
/// flight commit, as it had when storing came before coding the next batch.
impl Drop for Writer {
    fn drop(&mut self) {
        self.stop();
    }
}
