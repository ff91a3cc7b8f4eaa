//! Event filters on the command line, shared by `query` and `export`.

use chrono::NaiveDate;
use sitrep_model::Certainty;
use sitrep_store::{CodeMatch, EventFilter};

#[derive(clap::Args, Default, Clone)]
pub struct FilterArgs {
    /// Source or target actor code; `RUS*` matches every code starting RUS.
    #[arg(long, value_name = "CODE")]
    pub actor: Option<CodeMatch>,
    /// Source actor code (or prefix with `*`).
    #[arg(long, value_name = "CODE")]
    pub source: Option<CodeMatch>,
    /// Target actor code (or prefix with `*`).
    #[arg(long, value_name = "CODE")]
    pub target: Option<CodeMatch>,
    /// Two actors in either direction: `--dyad RUS* BFA*`.
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    pub dyad: Vec<CodeMatch>,
    /// CAMEO code of the table, or a root/prefix with `*` (`19*`).
    #[arg(long, value_name = "CODE", value_parser = crate::vocabulary::parse_cameo)]
    pub cameo: Option<CodeMatch>,
    /// PLOVER event type (ASSAULT, AID, ACCUSE, …).
    #[arg(long, value_name = "TYPE", value_parser = crate::vocabulary::parse_plover)]
    pub plover: Option<String>,
    /// Certainty; repeat for any of several (asserted, reported, alleged,
    /// conditional, intended, denied, negated).
    #[arg(long, value_name = "LEVEL")]
    pub certainty: Vec<String>,
    /// Events on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::vocabulary::parse_day)]
    pub from: Option<NaiveDate>,
    /// Events on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::vocabulary::parse_day)]
    pub to: Option<NaiveDate>,
    /// Outlet (case-insensitive).
    #[arg(long)]
    pub outlet: Option<String>,
    /// Events located in this country (ISO 3166-1 alpha-3, e.g. BFA).
    #[arg(long, value_name = "ISO3")]
    pub country: Option<String>,
    /// Events located in this first-level division (name, e.g. Sahel).
    #[arg(long, value_name = "NAME")]
    pub admin1: Option<String>,
    /// Events located in this box: west,south,east,north in degrees (e.g.
    /// -6,9,3,15 for Burkina Faso); a west east of east crosses 180°.
    #[arg(long, value_name = "W,S,E,N", value_parser = sitrep_store::BoundingBox::parse, allow_hyphen_values = true)]
    pub bbox: Option<sitrep_store::BoundingBox>,
    /// Full-text search over the documents (SQLite FTS5 syntax).
    #[arg(long, value_name = "QUERY")]
    pub text: Option<String>,
    /// Leave out events read in near-duplicate copies of a story.
    #[arg(long)]
    pub first_copies_only: bool,
}

impl FilterArgs {
    pub fn to_filter(&self) -> anyhow::Result<EventFilter> {
        let certainty = self
            .certainty
            .iter()
            .map(|c| c.to_lowercase().parse::<Certainty>().map_err(anyhow::Error::msg))
            .collect::<anyhow::Result<Vec<_>>>()?;
        if let (Some(from), Some(to)) = (self.from, self.to) {
            anyhow::ensure!(from <= to, "--from {from} is after --to {to}: no event can match");
        }
        let dyad = match self.dyad.as_slice() {
            [a, b] => Some((a.clone(), b.clone())),
            _ => None,
        };
        Ok(EventFilter {
            actor: self.actor.clone(),
            source: self.source.clone(),
            target: self.target.clone(),
            dyad,
            cameo: self.cameo.clone(),
            plover_type: self.plover.clone(),
            certainty,
            date_from: self.from,
            date_to: self.to,
            outlet: self.outlet.clone(),
            location_country: self.country.clone(),
            location_admin1: self.admin1.clone(),
            bbox: self.bbox,
            text: self.text.clone(),
            first_copies_only: self.first_copies_only,
            limit: None,
            offset: 0,
        })
    }
}
