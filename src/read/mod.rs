//! JSON in and out with located errors: [`from_json_str`] and [`from_json_slice`] read any
//! document kind strictly (unknown fields rejected with a suggestion, duplicate keys refused),
//! and a [`ParseError`] names the JSON Pointer, line and column, a stable code and a Dutch and
//! English message; [`to_json_pretty`] writes a document back.
//!
//! **May depend on:** [`base`](crate::base) only.
//!
//! ```
//! use theory_of_value::read::from_json_str;
//! use theory_of_value::TheoryOfValue;
//!
//! let err = from_json_str::<TheoryOfValue>("{\"titel\": 1}").unwrap_err();
//! assert_eq!(err.code.as_str(), "TOV002");
//! ```

pub(crate) mod message;
pub(crate) mod parse;
pub(crate) mod pointer;
pub(crate) mod strict;
pub(crate) mod suggest;

pub use parse::{from_json_slice, from_json_str, to_json_pretty, ParseError};
