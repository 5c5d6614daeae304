//! # theory-of-value
//!
//! The *Theory of Value* (ToV) of Dutch self-direction and recovery organisations
//! (*zelfregie- en herstelorganisaties*, ZHOs) as a typed, validated, exchangeable model.
//!
//! ZHOs are low-threshold places run for and by people with mental vulnerability. Their
//! movement wrote a Theory of Value to say what value they create, turning the usual
//! production chain around: **impact → outcome → output → activities → input**, each layer
//! answering a question ([`Layer::question`](model::Layer::question)). Value is not only
//! change: a contribution can be an improvement, a stabilisation or a slower decline
//! ([`ContributionKind`](model::ContributionKind)).
//!
//! ## Overview
//! The crate is a map of parts (docs/design.md says which part may use which):
//!
//! - [`model`]: the chain, [`TheoryOfValue`] with impact, outcomes, outputs, activities and
//!   inputs at the individual and collective level, reach kept apart from outputs; the
//!   embedded reference data: the national ToV ([`national`]), the four building blocks and
//!   other activities, the preconditions, the craft and the ten characteristics of
//!   low-threshold support points, the four ijkpunten. Dutch as in the sources, English
//!   glosses of our own, every entry attributed.
//! - [`read`]: [`from_json_str`] with errors that carry a JSON Pointer, line and column, a
//!   stable [`Code`] and a Dutch and English [`Message`]; unknown fields are rejected with the
//!   nearest known field suggested; [`to_json_pretty`] writes the document back.
//! - [`rules`]: [`TheoryOfValue::validate`] returns a [`Report`] of [`Finding`]s with stable
//!   codes; the table of every code is in that module's docs.
//! - [`value`]: personas, neighbourhood profiles and a census, and the value estimate of added
//!   value and care costs avoided, in integer cents, every figure traceable to its lines.
//! - [`compare`](mod@compare): a local ToV against the national one, with `refines` links.
//! - [`assess`]: the measuring stick: a self-assessment on the ten characteristics and a
//!   measurement plan.
//! - [`schema`](mod@schema): JSON Schemas in three dialects and two languages, and UI schemas
//!   for form libraries ([`schemas`] is the guide).
//! - [`render`]: pictures and pages: Mermaid, SVG, HTML, Markdown and terminal text of a ToV,
//!   an estimate, who pays and who saves, and the monitor report.
//! - [`board`]: the report for the board and funders, one self-contained HTML file.
//! - [`export`]: export to the Common Impact Data Standard ([`export::cids`]).
//! - [`monitor`]: *tellen en vertellen*: instrument definitions, measurements, stories and
//!   area figures; change per participant with the reliable change index; the monitor report
//!   per output, suppressed below a threshold, and its movement-wide aggregate.
//! - [`base`]: the vocabulary every part speaks: [`Text`], [`Lang`], [`Message`], [`Code`],
//!   [`Report`].
//! - [`example`]: a fictional example organisation used by the docs and the main job.
//!
//! ## Usage
//! ```
//! use theory_of_value::{Lang, TheoryOfValue};
//!
//! let text = r#"{
//!   "id": "tov-de-brug",
//!   "title": {"nl": "ToV van De Brug"},
//!   "scope": {"level": "local", "organisation": "De Brug", "municipalities": ["Deventer"]},
//!   "version": "1.0",
//!   "date": "2026-03-01",
//!   "authors": [{"name": "Deelnemersraad De Brug", "kind": "organisation", "lived_experience": true}],
//!   "impact": {"id": "impact", "statement": {"nl": "Een veerkrachtige samenleving die variatie omarmt."}},
//!   "outcomes": [{"id": "oc-ind", "level": "individual", "statement": {"nl": "Deelnemers hervinden grip op het eigen leven."}}],
//!   "outputs": [{"id": "op-zin", "level": "individual", "statement": {"nl": "Meer zingeving"},
//!                "outcomes": ["oc-ind"], "contributions": ["improvement", "stabilisation"],
//!                "measurement": [{"method": {"nl": "Ervaringsverhalen"}, "kind": "qualitative"}]}],
//!   "activities": [{"id": "act-inloop", "kind": "walk_in", "outputs": ["op-zin"]}],
//!   "inputs": [{"id": "in-ed", "kind": "lived_experience_staff", "activities": ["act-inloop"]}]
//! }"#;
//! let tov = TheoryOfValue::from_json_str(text)?;
//! let report = tov.validate();
//! assert!(!report.has_errors());
//! // Warnings name what a local ToV still lacks, e.g. the collective level and three
//! // building blocks:
//! assert!(report.render(Lang::En).contains("TOV108"));
//! assert_eq!(report.with_code(theory_of_value::Code::MissingBuildingBlock).count(), 3);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Features
//! - `proptest`: public proptest strategies in `strategy` to property-test your own documents.
//! - `cli`: the `tov` command-line tool.
//!
//! ## Guides
//! - [`design`]: why the model looks as it does, the map of the parts and which part may use
//!   which (docs/design.md).
//! - [`schemas`]: the JSON Schemas for form builders and other tools, their dialects,
//!   languages and UI schemas (docs/schema.md).
//! - [`monitor`]: measuring and telling, the reliable change index and suppression
//!   (docs/monitor.md); [`rules`]: every rule code, what it catches and how to fix it.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod assess;
pub mod base;
pub mod board;
pub mod compare;
pub mod example;
pub mod export;
pub mod model;
pub mod monitor;
pub mod read;
pub mod render;
pub mod rules;
pub mod schema;
#[cfg(feature = "proptest")]
pub mod strategy;
pub mod value;

// The everyday types, at the root.
pub use base::{Code, Finding, Lang, Message, Report, Severity, Text};
pub use compare::compare;
pub use model::{national, TheoryOfValue, NATIONAL_JSON};
pub use read::{from_json_slice, from_json_str, to_json_pretty, ParseError};

impl TheoryOfValue {
    /// Reads a ToV from JSON text.
    ///
    /// # Errors
    /// [`ParseError`] with a JSON Pointer, line and column, code and bilingual message.
    ///
    /// ```
    /// let tov = theory_of_value::TheoryOfValue::from_json_str(theory_of_value::NATIONAL_JSON)?;
    /// assert_eq!(tov.id.as_str(), "nvzh-tov");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(text: &str) -> Result<Self, ParseError> {
        from_json_str(text)
    }

    /// Writes the ToV as pretty-printed JSON; reading it back gives an equal ToV.
    ///
    /// ```
    /// let tov = theory_of_value::national();
    /// let again = theory_of_value::TheoryOfValue::from_json_str(&tov.to_json_pretty())?;
    /// assert_eq!(&again, tov);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json_pretty(&self) -> String {
        to_json_pretty(self)
    }
}

#[doc = include_str!("../docs/design.md")]
pub mod design {}

#[doc = include_str!("../docs/schema.md")]
pub mod schemas {}

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
