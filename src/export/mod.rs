//! Exports for other tools: the Common Impact Data Standard ([`cids`]) as JSON-LD, for a ToV,
//! a value estimate and a monitor report.
//!
//! **May depend on:** `base`, `read`, `model`, `rules`, `value`, `assess`, `compare`, `monitor`.
//!
//! ```
//! use theory_of_value::export::cids;
//! use theory_of_value::{national, Lang};
//!
//! let graph = cids::tov(national(), Lang::Nl);
//! assert!(graph["@graph"].as_array().is_some_and(|nodes| !nodes.is_empty()));
//! ```

pub mod cids;
