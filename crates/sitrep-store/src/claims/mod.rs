//! Claims: reports of the same statement grouped across outlets, with
//! their corroboration and their contest.
//!
//! An event is one reading of a statement in one article; a claim is the
//! statement ("Russian special forces protect Traoré") however many
//! articles carry it. As documents are stored, each document's readings are
//! grouped into statements (`statement.rs`), and each statement joins the
//! stored claim it best matches or opens a new one (`assign.rs`): actors of
//! the same parties with roles that may be the same actor (`compat.rs`),
//! the same PLOVER type, dates within a window that depends on their
//! precision, and evidence that shares enough content words (`words.rs`).
//! The thresholds are data (`data/claims.tsv`, [`ClaimConfig`]).
//!
//! A reading that denies or negates the statement is linked to the claim it
//! denies, never counted in its support; a claim's summary (`summary.rs`)
//! counts independent outlets with reprints once and gives its [`Status`],
//! updated from each reading that joins it (`tally.rs`).

mod assign;
mod compat;
mod config;
mod day;
mod paging;
mod query;
mod reading;
mod statement;
mod status;
mod summary;
mod tally;
mod terms;
mod words;

pub use config::ClaimConfig;
pub use query::{Claim, ClaimDetail, ClaimFilter, ClaimPage, ClaimReading, ClaimSort, CLAIM_COUNT_CAP};
pub use status::Status;

use crate::error::{Result, SqlContext};
use crate::store::Store;

impl Store {
    /// Groups into claims every stored event not yet in one, with the
    /// store's [`ClaimConfig`]; answers how many events it grouped.
    /// [`Store::write_batch`] calls it for each batch; call it after opening
    /// a store written before claims existed.
    pub fn update_claims(&mut self) -> Result<usize> {
        let tx = self.conn.transaction().sql("begin grouping claims")?;
        let n = assign::assign_new(&tx, &self.claim_config).sql("group claims")?;
        tx.commit().sql("commit claims")?;
        Ok(n)
    }

    /// Forgets every claim and groups all events again, in the order they
    /// were stored, with `config` (which becomes the store's).
    pub fn rebuild_claims(&mut self, config: ClaimConfig) -> Result<usize> {
        self.claim_config = std::sync::Arc::new(config);
        let tx = self.conn.transaction().sql("begin rebuilding claims")?;
        tx.execute_batch("DELETE FROM claim_rare_terms; DELETE FROM claim_terms; DELETE FROM claim_events; DELETE FROM claims;").sql("forget claims")?;
        let n = assign::assign_new(&tx, &self.claim_config).sql("group claims")?;
        tx.commit().sql("commit claims")?;
        Ok(n)
    }

    /// Claims whose stored summary differs from one counted again from all
    /// their readings; empty unless the incremental summary has a bug.
    #[doc(hidden)]
    pub fn claims_out_of_date(&self) -> Result<Vec<i64>> {
        summary::out_of_date(&self.conn, &self.claim_config).sql("recount claims")
    }

    /// The rules claims are grouped by.
    pub fn set_claim_config(&mut self, config: ClaimConfig) {
        self.claim_config = std::sync::Arc::new(config);
    }

    /// Claims the filter selects, in its order, counted up to
    /// [`CLAIM_COUNT_CAP`].
    pub fn claims(&self, filter: &ClaimFilter) -> Result<ClaimPage> {
        paging::claims(&self.conn, filter, CLAIM_COUNT_CAP)
    }

    /// [`Store::claims`] counting up to `cap`: a small cap makes a small
    /// store take the path a large one takes for broad filters (tests).
    #[doc(hidden)]
    pub fn claims_counted_up_to(&self, filter: &ClaimFilter, cap: u64) -> Result<ClaimPage> {
        paging::claims(&self.conn, filter, cap)
    }

    /// One claim with each of its readings, grouped by stance (supporting
    /// first) and outlet; `None` when there is no such claim.
    pub fn claim(&self, id: i64) -> Result<Option<ClaimDetail>> {
        query::claim(&self.conn, id)
    }
}

/// Groups the events a batch stored: called inside its transaction, so
/// that claims and events are committed together.
pub(crate) fn on_batch(tx: &rusqlite::Transaction, config: &ClaimConfig) -> Result<()> {
    assign::assign_new(tx, config).map(|_| ()).sql("group the batch's events into claims")
}
