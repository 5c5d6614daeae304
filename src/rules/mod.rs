//! The validation rules of a Theory of Value (`TOV1xx`, run by
//! [`TheoryOfValue::validate`](crate::TheoryOfValue::validate)), the avoided-word rules
//! ([`avoided_word`], [`avoided_words_in`]), and the helpers the rules of the other document
//! kinds share. The full table of codes follows below.
//!
//! **May depend on:** [`base`](crate::base), [`read`](crate::read) and [`model`](crate::model).
//!
//! ```
//! use theory_of_value::rules::avoided_word;
//!
//! assert_eq!(avoided_word("cliënten").map(|w| w.instead.nl), Some("deelnemer"));
//! ```
//!
#![doc = include_str!("../../docs/rules.md")]

pub(crate) mod common;
pub(crate) mod language;
pub(crate) mod tov;
pub mod unicode;

pub use language::{avoided_word, avoided_words_in, AvoidedWord};
