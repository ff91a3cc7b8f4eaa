//! A claim's readings as the detail view shows them: grouped by stance
//! (those that support it, those that deny it) and, within each, by outlet,
//! so an analyst sees at once who says it and who denies it.

use serde::Serialize;
use sitrep_store::{Claim, ClaimDetail, ClaimReading};

#[derive(Debug, Serialize)]
pub(crate) struct ClaimView {
    #[serde(flatten)]
    pub claim: Claim,
    pub supports: Vec<OutletReadings>,
    pub denies: Vec<OutletReadings>,
}

#[derive(Debug, Serialize)]
pub(crate) struct OutletReadings {
    /// `null` for documents that name no outlet.
    pub outlet: Option<String>,
    pub readings: Vec<ClaimReading>,
}

/// Groups the readings, outlets in order of their first reading.
pub(crate) fn view(detail: ClaimDetail) -> ClaimView {
    let mut supports: Vec<OutletReadings> = Vec::new();
    let mut denies: Vec<OutletReadings> = Vec::new();
    for r in detail.readings {
        let side = if r.stance == "denies" { &mut denies } else { &mut supports };
        match side.iter_mut().find(|g| g.outlet == r.outlet) {
            Some(g) => g.readings.push(r),
            None => side.push(OutletReadings { outlet: r.outlet.clone(), readings: vec![r] }),
        }
    }
    ClaimView { claim: detail.claim, supports, denies }
}
