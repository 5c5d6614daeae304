//! Proptest strategies for property-testing documents (feature `proptest`).
//!
//! ```
//! use proptest::prelude::*;
//! use theory_of_value::strategy;
//!
//! proptest!(|(tov in strategy::theory_of_value())| {
//!     // Every generated ToV is valid: no errors and no warnings.
//!     prop_assert!(tov.validate().is_clean());
//! });
//! ```

mod assess;
mod local;
mod monitor;
mod mutation;
mod tov;
mod value;

pub use assess::assessment;
pub use local::{local_tov_from, refinement_mutation, RefinementMutation};
pub use monitor::measurements_for;
pub use mutation::{mutation, Mutation};
pub use tov::{scope, theory_of_value};
pub use value::{adjustments, care_entry, census_for, funding, persona_set_for};

use crate::base::Text;
use crate::model::Id;
use proptest::prelude::*;
use proptest::sample::select;

/// The words generated texts are made of: plain, accented, quoted, with a slash, a percent
/// sign or a line break.
const WORDS: &[&str] = &[
    "deelnemers",
    "ervaren",
    "meer",
    "grip",
    "op",
    "het",
    "eigen",
    "leven",
    "samen",
    "wijk",
    "verbondenheid",
    "herstel",
    "zelfregie",
    "ontmoeting",
    "veerkracht",
    "koffie",
    "ruimte",
    "café",
    "naasten",
    "één",
    "ervaringskennis",
    "gemeente",
    "zingeving",
    "rollen",
    "elkaar",
    "vrijwilligers",
    "talent",
    "“aanhalingstekens”",
    "a/b",
    "50%",
    "\"quoted\"",
    "regel\nnieuw",
];

/// Text of one to six words, with or without an English gloss. Never empty, never an avoided word.
///
/// ```
/// use proptest::prelude::*;
/// proptest!(|(t in theory_of_value::strategy::text())| {
///     prop_assert!(!t.nl.trim().is_empty());
/// });
/// ```
pub fn text() -> impl Strategy<Value = Text> {
    let words = || prop::collection::vec(select(WORDS), 1..6).prop_map(|w| w.join(" "));
    (words(), prop::option::of(words())).prop_map(|(nl, en)| Text { nl, en })
}

/// The generated ID `{prefix}-{i}`.
fn id(prefix: &str, i: usize) -> Id {
    Id::new(format!("{prefix}-{i}")).expect("generated IDs are well-formed")
}

/// One of the strategies' own IDs.
fn named(s: &str) -> Id {
    Id::new(s).expect("the strategies' own IDs are well-formed")
}
