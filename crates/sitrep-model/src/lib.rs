//! The record that every sitrep stage shares.
//!
//! A news report becomes a [`Document`]; the coder turns its sentences into
//! [`Event`]s, each of which says who did what to whom ([`Actor`],
//! [`CameoCode`], [`Plover`]), how firmly the text says so ([`Certainty`]),
//! on whose word ([`Attribution`]), and when ([`EventDate`]). The JSON form
//! of [`Event`] is the contract of `DESIGN.md`: every export and the API
//! serialise exactly these fields.

mod codes;
mod document;
mod event;

pub use codes::{actor_roles, ActorCode, CameoCode, CodeError, QuadClass};
pub use document::Document;
pub use event::{
    Actor, Attribution, AttributionKind, Certainty, DatePrecision, Event, EventDate, Location,
    Plover,
};
