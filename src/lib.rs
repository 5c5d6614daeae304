//! # theory-of-value
//!
//! The *Theory of Value* (ToV) of Dutch self-direction and recovery organisations
//! (*zelfregie- en herstelorganisaties*, ZHOs) as a typed, validated, exchangeable model.
//!
//! ZHOs are low-threshold places run for and by people with mental vulnerability. Their
//! movement wrote a Theory of Value to say what value they create, turning the usual
//! production chain around: **impact → outcome → output → activities → input**, each layer
//! answering a question ([`Layer::question`]). Value is not only change: a contribution can be
//! an improvement, a stabilisation or a slower decline ([`ContributionKind`]).
//!
//! ## Overview
//! - The chain: [`TheoryOfValue`] with [`Impact`], [`Outcome`], [`Output`], [`Activity`],
//!   [`Input`] at the individual and collective [`Level`]; [`Reach`] kept apart from outputs.
//! - The embedded reference data: the national ToV ([`national`]), the four building blocks
//!   ([`BuildingBlock`]) and other activities ([`ActivityKind`]), the preconditions
//!   ([`InputKind`]), the craft ([`CraftConcept`]) and the ten characteristics of
//!   low-threshold support points ([`Characteristic`]). Dutch as in the sources, English glosses
//!   of our own, every entry attributed ([`SourceRef`]).
//! - Reading and writing: [`from_json_str`] with errors that carry a JSON Pointer, line and
//!   column, a stable [`Code`] and a Dutch and English [`Message`]; unknown fields are rejected
//!   with the nearest known field suggested; [`to_json_pretty`] writes the document back.
//! - Validation: [`TheoryOfValue::validate`] returns a [`Report`] of [`Finding`]s with stable
//!   codes, documented in [`rules`].
//! - Personas, neighbourhood profiles and a census ([`PersonaSet`], [`Census`]), and the value
//!   estimate of added value and care costs avoided ([`estimate`]), in integer cents
//!   ([`Money`]), every figure traceable to its lines.
//! - A local ToV against the national one ([`compare`]), with `refines` links.
//! - The measuring stick: a self-assessment on the ten characteristics ([`Assessment`]), a
//!   measurement plan ([`MeasurementPlan`]) and the four ijkpunten ([`ijkpunt_coverage`]).
//! - JSON Schemas in three dialects and two languages ([`schema()`], [`schemas`]).
//! - Pictures and reports ([`render`]) and export to the Common Impact Data Standard ([`cids`]).
//! - A fictional example organisation ([`example`]) used by the docs and the main job.
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
//! ## Design
//! The crate's stance on a few modelling questions is in [`design`].
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod assessment;
mod catalogue;
mod catalogue_macro;
mod census;
mod chain;
pub mod cids;
mod code;
mod compare;
mod date;
mod document;
mod estimate;
pub mod example;
mod id;
mod ijkpunt;
mod language;
mod measurement_plan;
mod money;
mod national;
mod parse;
mod persona;
mod persona_rules;
mod pointer;
pub mod render;
mod report;
mod schema;
#[cfg(feature = "proptest")]
pub mod strategy;
mod strict;
mod suggest;
mod text;
mod validate;

pub use assessment::{
    Assessment, AssessmentChange, AssessmentLevel, Assessor, AssessorRole, CharacteristicScore,
    CraftScore, GroupSummary, LevelChange,
};
pub use catalogue::{
    ActivityKind, BuildingBlock, Characteristic, CraftConcept, InputKind, PartnerKind,
    QuestionGroup, UnknownId,
};
pub use census::{
    Census, Definitions, FundingNeed, NeighbourhoodCount, Period, PersonaCount, Visitors,
    WEEKS_PER_YEAR,
};
pub use chain::{
    Activity, ContributionKind, Impact, Input, Layer, Level, Measurement, MeasurementKind, Outcome,
    Output, Reach, ReachKind, SourceRef,
};
pub use code::{Code, Severity, UnknownCode};
pub use compare::{
    compare, Addition, BlockCoverage, Comparison, ElementCoverage, InputCoverage, LayerCoverage,
};
pub use date::{DateError, DocumentDate};
pub use document::{Author, AuthorKind, Scope, ScopeLevel, TheoryOfValue};
pub use estimate::{estimate, CareLine, Estimate, OutputEstimate, ValueLine, YearLine};
pub use id::{Id, IdError, MAX_ID_LEN};
pub use ijkpunt::{ijkpunt_coverage, Ijkpunt, IjkpuntActivities, IjkpuntCoverage};
pub use language::{avoided_word, avoided_words_in, AvoidedWord};
pub use measurement_plan::{Instrument, MeasurementPlan, PlanLine};
pub use money::{Money, Share, ShareError, BASIS_POINTS};
pub use national::{national, NATIONAL_JSON};
pub use parse::{from_json_slice, from_json_str, to_json_pretty, ParseError};
pub use persona::{
    Adjustment, Adjustments, CareEntry, CareKind, Duration, DurationError, NeighbourhoodProfile,
    Persona, PersonaSet, Strength, ValueEntry, VisitorKind, MAX_DURATION_YEARS,
};
pub use persona_rules::OBSERVED_COST_BAND;
pub use report::{Finding, Report};
pub use schema::{schema, schema_id, schema_path, Dialect, DocumentKind, UnknownName};
pub use text::{Label, Lang, Message, Text, UnknownLang};

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

#[doc = include_str!("../docs/rules.md")]
pub mod rules {}

#[doc = include_str!("../docs/design.md")]
pub mod design {}

#[doc = include_str!("../docs/schema.md")]
pub mod schemas {}

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
